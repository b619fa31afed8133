"""The Review dock's decisions (DOMAIN.md §3, rule 8), from the officer's click to the store and back:
show what a decision will change (core.review_effects) and ask its reason (DecisionDialog), apply it
(core.review_decisions), put it on the undo stack, say what happened and move on to the next item of
the queue; assigning by clicking a site on the map; retagging any feature; undo and redo
(core.review_history).

``DecisionFlow`` is a part of ReviewPanel: it uses the panel's store (``_store``), its running tag task
(``task``), its queue and selection (``_queue``, ``selected_items``, ``select_items``), its message bar
(``tell``), ``undo_stack``, the assign button and map canvas with the ``site_picker``, and
``_after_change`` to show the store as it now is.
"""

from typing import Callable, List, Optional, Sequence, Tuple

from qgis.core import Qgis, QgsProject
from qgis.PyQt import sip

from ..core import review_history, schema
from ..core.formatting import format_number, plural
from ..core.project import store_layer_in_project
from ..core.review import ReviewItem, allocation_sites, feature_item
from ..core.review_decisions import (
    CONFIRM,
    LOCK,
    UNLOCK,
    accept_candidate,
    assign_site,
    confirm,
    set_locked,
    untag,
)
from ..core.review_effects import ACCEPT, ASSIGN, UNTAG, describe_decision
from ..core.review_history import StaleChangeError
from ..core.review_state import Change
from ..core.store import DATABASE_ERRORS
from ..core.store_base import StoreError
from ..core.tagging import current_user
from ..core.translation import tr
from .decision_dialog import DecisionDialog
from .review_details import layer_labels

try:  # Qt5 keeps the undo framework in QtWidgets, Qt6 in QtGui
    from qgis.PyQt.QtWidgets import QUndoCommand
except ImportError:  # pragma: no cover - Qt6
    from qgis.PyQt.QtGui import QUndoCommand


class ReviewCommand(QUndoCommand):
    """One manual decision on the undo stack; it was applied before being pushed."""

    def __init__(self, panel: "DecisionFlow", text: str, change: Change):
        super().__init__(text)
        self.panel = panel
        self.change = change
        self._applied = True

    def redo(self) -> None:
        if self._applied:  # QUndoStack.push calls redo(); the change is already in the store
            return
        if self.panel.restore(self, undo=False):
            self._applied = True

    def undo(self) -> None:
        if self.panel.restore(self, undo=True):
            self._applied = False


class DecisionFlow:
    """The decision buttons' and the map actions' work, for ReviewPanel (see the module's docstring)."""

    def ask_reason(self, title: str, effects: Sequence[str] = ()) -> Optional[str]:
        """The officer's reason for a manual change, asked after showing what it will change (``effects``);
        None when they cancel. OK is disabled until a reason is typed (tests replace this)."""
        dialog = DecisionDialog(title, lambda _site: effects, parent=self)
        self.dialog = dialog
        try:
            return dialog.reason() if dialog.exec() else None
        finally:
            self.dialog = None
            dialog.deleteLater()

    def ask_retag(
        self, title: str, effects: Callable[[Optional[str]], Sequence[str]], sites, current, heading: str
    ) -> Optional[Tuple[Optional[str], str]]:
        """(site_ref or None for no site, reason) the officer chose to retag a feature to; None when they
        cancel (tests replace this)."""
        dialog = DecisionDialog(title, effects, sites=sites, current=current, heading=heading, parent=self)
        self.dialog = dialog
        try:
            return (dialog.site_ref(), dialog.reason()) if dialog.exec() else None
        finally:
            self.dialog = None
            dialog.deleteLater()

    def effects(self, items, kind: str, site_ref: Optional[str] = None) -> List[str]:
        """What a decision on ``items`` would change, read from the store (core.review)."""
        if self._store is None or not items:
            return []
        try:
            return describe_decision(self._store, items, kind, site_ref)
        except (ValueError, StoreError) + DATABASE_ERRORS as exc:
            return [str(exc)]

    # -- the decisions --------------------------------------------------------------------------------

    def decide(
        self,
        title: str,
        action: Callable[[str], Change],
        done: Callable[[int], str],
        effects: Sequence[str] = (),
    ) -> Optional[Change]:
        """Show what will change, ask the reason, apply ``action(reason)``, put it on the undo stack,
        refresh, say so and move on to the next item of the queue.

        ``done(count)`` is the message, given the number of features changed.
        """
        if self._store is None or self.task is not None:
            return None
        reason = self.ask_reason(title, list(effects))
        if reason is None:
            return None
        return self.apply_decision(title, action, reason, done)

    def apply_decision(
        self, title: str, action: Callable[[str], Change], reason: str, done: Callable[[int], str]
    ) -> Optional[Change]:
        if not (reason or "").strip():
            self.tell(tr("A manual change needs a reason; nothing was changed."), Qgis.MessageLevel.Warning)
            return None
        decided = self.selected_items()
        position = self._queue_position(decided)
        try:
            change = action(reason.strip())
        except (ValueError,) + DATABASE_ERRORS as exc:
            self.tell(str(exc), Qgis.MessageLevel.Warning)
            return None
        count = len(change.features)
        if count:
            self.undo_stack.push(ReviewCommand(self, "{} ({})".format(title, count), change))
            self.tell(done(count), Qgis.MessageLevel.Success)
        else:
            self.tell(tr("Nothing to change for the selected features."), Qgis.MessageLevel.Info)
        self._after_change()
        self._move_on(decided, position)
        return change

    def _queue_position(self, items: List[ReviewItem]) -> Optional[int]:
        keys = [(i.layer, i.key) for i in self._queue]
        positions = [keys.index((i.layer, i.key)) for i in items if (i.layer, i.key) in keys]
        return min(positions) if positions else None

    def _move_on(self, decided: List[ReviewItem], position: Optional[int]) -> None:
        """After a decision that took its items out of the queue, select the item that followed them."""
        if position is None or not decided:
            return
        remaining = {(i.layer, i.key) for i in self._queue}
        if any((i.layer, i.key) in remaining for i in decided):
            return  # still to review (a lock, an unlock): the selection stays on them
        if not self._queue:
            return
        following = self._queue[min(position, len(self._queue) - 1)]
        self.select_items([following])

    def accept_selected(self) -> Optional[Change]:
        """Tag the selected features to their candidate sites (those without one are left)."""
        selected = self.selected_items()
        with_candidate = [i for i in selected if i.tag_candidate]
        if not with_candidate:
            self.tell(tr("None of the selected features has a candidate site."), Qgis.MessageLevel.Warning)
            return None
        left = len(selected) - len(with_candidate)

        def done(count: int) -> str:
            text = plural(
                count,
                tr("Tagged {} feature to its candidate site."),
                tr("Tagged {} features to their candidate sites."),
            )
            if left:
                text += " " + plural(
                    left,
                    tr("{} without a candidate was left as it was."),
                    tr("{} without a candidate were left as they were."),
                )
            return text

        return self.decide(
            tr("Accept candidate"),
            lambda reason: accept_candidate(self._store, with_candidate, reason, current_user()),
            done,
            self.effects(with_candidate, ACCEPT),
        )

    def confirm_selected(self) -> Optional[Change]:
        items = self.selected_items()
        return self.decide(
            tr("Confirm as is"),
            lambda reason: confirm(self._store, items, reason, current_user()),
            lambda count: plural(
                count, tr("Confirmed the tag of {} feature."), tr("Confirmed the tags of {} features.")
            ),
            self.effects(items, CONFIRM),
        )

    def untag_selected(self) -> Optional[Change]:
        items = self.selected_items()
        return self.decide(
            tr("Untag"),
            lambda reason: untag(self._store, items, reason, current_user()),
            lambda count: plural(count, tr("Untagged {} feature."), tr("Untagged {} features.")),
            self.effects(items, UNTAG),
        )

    def lock_selected(self, locked: bool) -> Optional[Change]:
        items = self.selected_items()
        if locked:
            done = lambda count: plural(count, tr("Locked {} feature."), tr("Locked {} features."))  # noqa: E731
        else:
            done = lambda count: plural(count, tr("Unlocked {} feature."), tr("Unlocked {} features."))  # noqa: E731
        return self.decide(
            tr("Lock") if locked else tr("Unlock"),
            lambda reason: set_locked(self._store, items, locked, reason, current_user()),
            done,
            self.effects(items, LOCK if locked else UNLOCK),
        )

    def assign_selected(self, site_ref: str, items: Optional[List[ReviewItem]] = None) -> Optional[Change]:
        items = list(items) if items is not None else self.selected_items()
        return self.decide(
            tr("Assign to site {}").format(site_ref),
            lambda reason: assign_site(self._store, items, site_ref, reason, current_user()),
            lambda count: plural(
                count,
                tr("Tagged {} feature to site {site}."),
                tr("Tagged {} features to site {site}."),
                site=site_ref,
            ),
            self.effects(items, ASSIGN, site_ref),
        )

    def retag(self, layer: str, key: str) -> Optional[Change]:
        """Retag any permission or completion (queued or not, e.g. from the map's identify results or
        the attribute table): choose a site or none, see what will change, give a reason. The same
        audited, locked, undoable decision as the queue's."""
        if self._store is None or self.task is not None:
            return None
        try:
            item = feature_item(self._store, layer, key)
            sites = allocation_sites(self._store)
        except (ValueError, StoreError) + DATABASE_ERRORS as exc:
            self.tell(str(exc), Qgis.MessageLevel.Warning)
            return None
        label = layer_labels().get(layer, layer)
        heading = tr("{layer} {key}, now on {site}.").format(
            layer=label, key=item.key, site=item.site_ref or tr("no site")
        )

        def effects(site_ref: Optional[str]) -> List[str]:
            if site_ref:
                return self.effects([item], ASSIGN, site_ref)
            return self.effects([item], UNTAG)

        answer = self.ask_retag(tr("Retag {}").format(item.key), effects, sites, item.site_ref, heading)
        if answer is None:
            return None
        site_ref, reason = answer
        self.select_items([item])
        if site_ref:
            action = lambda text: assign_site(self._store, [item], site_ref, text, current_user())  # noqa: E731
            done = lambda _count: tr("Tagged {key} to site {site}.").format(key=item.key, site=site_ref)  # noqa: E731
        else:
            action = lambda text: untag(self._store, [item], text, current_user())  # noqa: E731
            done = lambda _count: tr("Tagged {} to no site.").format(item.key)  # noqa: E731
        return self.apply_decision(tr("Retag {}").format(item.key), action, reason, done)

    def retag_selected(self) -> Optional[Change]:
        selected = self.selected_items()
        if len(selected) != 1:
            return None
        return self.retag(selected[0].layer, selected[0].key)

    def restore(self, command: ReviewCommand, undo: bool) -> bool:
        """Undo or redo ``command`` in the store; a feature changed since makes it obsolete."""
        if self._store is None:
            command.setObsolete(True)
            return False
        try:
            if undo:
                review_history.undo(self._store, command.change, user=current_user())
                self.tell(tr("Undone: {}").format(command.text()), Qgis.MessageLevel.Success)
            else:
                review_history.redo(self._store, command.change, user=current_user())
                self.tell(tr("Redone: {}").format(command.text()), Qgis.MessageLevel.Success)
        except (StaleChangeError,) + DATABASE_ERRORS as exc:
            command.setObsolete(True)  # QUndoStack drops it
            self.tell(str(exc), Qgis.MessageLevel.Warning)
            ok = False
        else:
            ok = True
        self._after_change()
        return ok

    # -- assigning by clicking a site -------------------------------------------------------------------

    def _on_assign_toggled(self, checked: bool) -> None:
        if checked:
            self.start_picking()
        else:
            self._end_picking()

    def start_picking(self) -> bool:
        """Let the officer click the site to assign the selected features to."""
        items = self.selected_items()
        if self.site_picker is None or self._store is None or not items:
            self._set_assign_checked(False)
            return False
        layer = store_layer_in_project(QgsProject.instance(), self._store.path, schema.ALLOCATIONS)
        if layer is None:
            layer = self._store.layer(schema.ALLOCATIONS)
        self.site_picker.set_layer(layer)
        self._pending_assign = items
        current = self.canvas.mapTool()
        if current is not self.site_picker:
            self._previous_tool = current
        self.canvas.setMapTool(self.site_picker)
        self._set_assign_checked(True)
        self.tell(
            tr("Click the allocation site for the {} selected features on the map; Esc cancels.").format(
                format_number(len(items))
            ),
            Qgis.MessageLevel.Info,
        )
        return True

    def _set_assign_checked(self, checked: bool) -> None:
        self.assignButton.blockSignals(True)
        self.assignButton.setChecked(checked)
        self.assignButton.blockSignals(False)

    def _end_picking(self) -> None:
        self._pending_assign = []
        self._set_assign_checked(False)
        picker = self.site_picker
        if picker is None or self.canvas is None or self.canvas.mapTool() is not picker:
            return
        previous = self._previous_tool
        self._previous_tool = None
        if previous is not None and not sip.isdeleted(previous):
            self.canvas.setMapTool(previous)
        else:
            self.canvas.unsetMapTool(picker)

    def _on_site_picked(self, site_ref: str) -> None:
        items = self._pending_assign
        self._end_picking()
        if items:
            self.assign_selected(site_ref, items)

    def _on_nothing_picked(self) -> None:
        self.tell(
            tr("No allocation site there: click inside a site, or press Esc to cancel."),
            Qgis.MessageLevel.Info,
        )

    def _on_pick_canceled(self) -> None:
        self._end_picking()
        self.tell(tr("Assigning on the map was cancelled; nothing was changed."), Qgis.MessageLevel.Info)

    def _on_picker_deactivated(self) -> None:
        # The officer chose another map tool: the assignment is off.
        self._pending_assign = []
        self._set_assign_checked(False)
