"""The Review dock's main panel: the review queue of the current store, worked through on the map.

The panel puts together the queue tree (``review_queue_view``), the details pane and legend below it
(``review_details``), the highlights on the map (``review_map``), the decisions with their reasons,
undo and redo (``decision_flow``), the Tag store run (``tag_run``) and the History panel of a feature
(``history_panel``); it keeps the store, the queue read from it and the buttons' states.
"""

import functools
import logging
from typing import Any, Dict, List, Optional

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.gui import QgsMapCanvas, QgsPanelWidget
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QPushButton, QSplitter, QWidget

from ..core import schema
from ..core.formatting import format_number
from ..core.project import store_layer_in_project
from ..core.review import ReviewItem, review_counts, review_queue
from ..core.store import Store
from ..core.store_base import StoreError
from ..core.tagging import TagCounts
from ..core.translation import tr
from . import load_ui, show_store
from .decision_dialog import DecisionDialog
from .decision_flow import DecisionFlow
from .dock import message_text, tell
from .evidence_suggestions import SuggestionsBox
from .history_panel import HistoryPanel
from .review_details import ItemDetails
from .review_map import ReviewHighlights, remove_highlights
from .review_queue_view import QueueTree
from .site_picker_tool import SitePickerTool
from .tag_run import TagRun
from .tag_task import TagTask

try:  # Qt5 keeps the undo framework in QtWidgets, Qt6 in QtGui
    from qgis.PyQt.QtWidgets import QUndoStack
except ImportError:  # pragma: no cover - Qt6
    from qgis.PyQt.QtGui import QUndoStack

LOG = logging.getLogger(__name__)

FORM_CLASS = load_ui("review_panel.ui")


def _on_panel_destroyed(state: Dict[str, Any], *_args) -> None:
    # Runs when QGIS deletes the dock (unload): what the panel put on the map and in the task
    # manager must go with it, and it can no longer rely on its own Python methods.
    remove_highlights(state["canvas"], state["highlights"])
    task = state.get("task")
    if task is not None and not sip.isdeleted(task):
        task.cancel()


class ReviewPanel(QgsPanelWidget, FORM_CLASS, DecisionFlow, TagRun):
    """The review queue of the current store, grouped by reason, and the officer's decisions on it."""

    def __init__(self, canvas: Optional[QgsMapCanvas], parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setupUi(self)
        self.setPanelTitle(tr("Review"))
        self.setDockMode(True)  # open the history inside the dock, not as a dialog
        self.canvas = canvas
        self._store: Optional[Store] = None
        self._queue: List[ReviewItem] = []
        self._filling = False
        self.task: Optional[TagTask] = None
        self.last_counts: Optional[TagCounts] = None
        self.map_highlights = ReviewHighlights(canvas)
        self.highlights = self.map_highlights.bands
        self._pending_assign: List[ReviewItem] = []
        self._previous_tool = None
        self.history_panel: Optional[HistoryPanel] = None
        self.dialog: Optional[DecisionDialog] = None  # the decision dialog while it is open
        self._state: Dict[str, Any] = {"canvas": canvas, "highlights": self.highlights, "task": None}
        self.destroyed.connect(functools.partial(_on_panel_destroyed, self._state))

        # Plain buttons rather than the stack's own actions, which would re-enable themselves while
        # tagging runs in the background.
        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(self._on_undo_index_changed)
        self.undoButton.setIcon(QgsApplication.getThemeIcon("/mActionUndo.svg"))
        self.redoButton.setIcon(QgsApplication.getThemeIcon("/mActionRedo.svg"))

        self.site_picker: Optional[SitePickerTool] = None
        if canvas is not None:
            self.site_picker = SitePickerTool(canvas)
            self.site_picker.setParent(self)  # deleted with the dock; it unsets itself from the canvas
            self.site_picker.sitePicked.connect(self._on_site_picked)
            self.site_picker.nothingPicked.connect(self._on_nothing_picked)
            self.site_picker.canceled.connect(self._on_pick_canceled)
            self.site_picker.deactivated.connect(self._on_picker_deactivated)

        self._set_texts()
        self.queue_tree = QueueTree(self.tree, self)
        self.model = self.queue_tree.model
        self._build_details()

        self.tree.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.tree.expanded.connect(self._remember_expansion)
        self.tree.collapsed.connect(self._remember_expansion)
        self.tree.doubleClicked.connect(lambda _index: self._show_selection(zoom=True))
        self.tagButton.clicked.connect(self.run_tagging)
        self.cancelButton.clicked.connect(self.cancel_tagging)
        self.acceptButton.clicked.connect(self.accept_selected)
        self.confirmButton.clicked.connect(self.confirm_selected)
        self.assignButton.toggled.connect(self._on_assign_toggled)
        self.untagButton.clicked.connect(self.untag_selected)
        self.lockButton.clicked.connect(lambda: self.lock_selected(True))
        self.unlockButton.clicked.connect(lambda: self.lock_selected(False))
        self.historyButton.clicked.connect(self.show_history)
        self.retagButton = QPushButton(tr("Retag…"))
        self.retagButton.setObjectName("retagButton")
        self.retagButton.setToolTip(
            tr("Choose the site for the selected feature from a list (also for features without a location)")
        )
        self.retagButton.clicked.connect(self.retag_selected)
        self.actionsLayout.addWidget(self.retagButton, self.actionsLayout.rowCount(), 0)
        self.undoButton.clicked.connect(self.undo)
        self.redoButton.clicked.connect(self.redo)
        self.set_store(None)

    def _build_details(self) -> None:
        """Below the queue, in a splitter the officer can drag: the item under review (address,
        proposal, units; what to do when it has no location) and the legend of the map's highlights."""
        self.detailsBox = ItemDetails()
        self.detailsLabel = self.detailsBox.detailsLabel
        self.legendLabel = self.detailsBox.legendLabel
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("reviewSplitter")
        self.splitter.setChildrenCollapsible(False)
        index = self.reviewLayout.indexOf(self.tree)
        self.reviewLayout.insertWidget(index, self.splitter, 1)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.detailsBox)
        self.suggestions = SuggestionsBox(self.map_highlights, self)
        self.splitter.addWidget(self.suggestions)
        self.splitter.setStretchFactor(2, 4)
        self.detailsBox.setMinimumHeight(self.detailsBox.sizeHint().height())
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        # Enough of the queue to work through: at least ten rows before the splitter gives way.
        self.tree.setMinimumHeight(self.tree.fontMetrics().height() * 12)
        for label in (self.statusLabel, self.storeLabel, self.descriptionLabel):
            label.setWordWrap(True)
        self.detailsBox.show_items(self._store, [])

    def _set_texts(self) -> None:
        self.descriptionLabel.setText(
            tr(
                "The review queue: permissions and completions whose tag to an allocation site is doubtful "
                "— multiple sites, partial overlaps, near misses, location conflicts, missing geometry — "
                "grouped by reason, for you to accept, reassign on the map, untag or lock. Every change "
                "is audited and can be undone."
            )
        )
        buttons = [
            (
                self.tagButton,
                tr("Tag store"),
                tr("Tag every permission and completion to the allocation sites (locked tags are kept)"),
            ),
            (self.cancelButton, tr("Cancel"), tr("Stop tagging; the store is left as it was")),
            (
                self.acceptButton,
                tr("Accept candidate"),
                tr("Tag the selected features to their candidate site"),
            ),
            (
                self.confirmButton,
                tr("Confirm as is"),
                tr("Keep the selected features' tags and clear their review"),
            ),
            (
                self.assignButton,
                tr("Assign on map…"),
                tr("Click a site on the map to tag the selected features to it (Esc cancels)"),
            ),
            (self.untagButton, tr("Untag"), tr("Tag the selected features to no site (windfall)")),
            (self.lockButton, tr("Lock"), tr("Keep the selected features' tags from automatic tagging")),
            (self.unlockButton, tr("Unlock"), tr("Let automatic tagging test the selected features again")),
            (self.historyButton, tr("History…"), tr("Show the audit trail of the selected feature")),
        ]
        for button, text, tip in buttons:
            button.setText(text)
            button.setToolTip(tip)
        self.undoButton.setText(tr("Undo"))
        self.redoButton.setText(tr("Redo"))
        self.tree.setToolTip(
            tr(
                "Select a feature to see it and its candidate site on the map; select several, or a "
                "whole group, to decide for them all"
            )
        )
        self.progressBar.setVisible(False)
        self.cancelButton.setVisible(False)

    # -- store ----------------------------------------------------------------------------------------

    @property
    def store(self) -> Optional[Store]:
        return self._store

    def set_store(self, store: Optional[Store]) -> None:
        """Show the review queue of ``store``; undo history belongs to a store and is cleared."""
        self._end_picking()
        self.clear_highlights()
        self.undo_stack.clear()
        self._store = store
        self._queue = []  # nothing of the old store's selection carries over
        self.queue_tree.expanded = None
        if store is None:
            show_store(self.storeLabel, None)
            self._fill([])
            self.pages.setCurrentWidget(self.emptyPage)
        else:
            show_store(self.storeLabel, store)
            self.pages.setCurrentWidget(self.reviewPage)
            self.refresh()
        self.suggestions.set_store(store)
        self._update_buttons()

    def refresh(self) -> None:
        """Read the queue again, keeping the selection and the open groups."""
        if self._store is None:
            return
        try:
            queue = review_queue(self._store)
        except StoreError as exc:
            LOG.warning("Review queue of %s could not be read: %s", self._store.path, exc)
            self.tell(tr("The review queue could not be read: {}").format(exc), Qgis.MessageLevel.Critical)
            queue = []
        self._fill(queue)

    # -- the tree -------------------------------------------------------------------------------------

    def _fill(self, queue: List[ReviewItem]) -> None:
        keep = {(i.layer, i.key) for i in self.selected_items()} if self._queue else set()
        self._filling = True
        try:
            self._queue = queue
            counts = review_counts(self._store, queue) if self._store is not None else {}
            self.queue_tree.fill(queue, counts)
            self.select_items(keep)
        finally:
            self._filling = False
        self._update_status()
        self._show_selection(zoom=False)
        self.detailsBox.show_items(self._store, self.selected_items())

    def _remember_expansion(self, *_args) -> None:
        if not self._filling:
            self.queue_tree.remember_expansion()

    def group_texts(self) -> List[str]:
        """The groups as the tree shows them, e.g. "Multiple sites (11)"."""
        return self.queue_tree.group_texts()

    def queue(self) -> List[ReviewItem]:
        return list(self._queue)

    def select_items(self, wanted) -> None:
        """Select the features ``wanted`` ((layer, key) pairs or ReviewItems) in the tree."""
        self.queue_tree.select_items(wanted)

    def select_group(self, reason: str) -> None:
        """Select a whole group: the decisions then apply to every feature in it."""
        self.queue_tree.select_group(reason)

    def selected_items(self) -> List[ReviewItem]:
        """The selected features in queue order; a selected group stands for all its features."""
        return self.queue_tree.selected_items(self._queue)

    def _on_selection_changed(self, *_args) -> None:
        if self._filling:
            return
        self._show_selection(zoom=True)
        self.detailsBox.show_items(self._store, self.selected_items())
        self._update_buttons()

    def _update_status(self) -> None:
        if self._store is None:
            self.statusLabel.setText("")
            return
        total = len(self._queue)
        locked = sum(1 for i in self._queue if i.tag_locked)
        if total == 0:
            text = tr("Nothing to review: every tag is settled.")
        elif total == 1:
            text = tr("1 feature to review.")
        else:
            text = tr("{} features to review.").format(format_number(total))
        if locked:
            text += " " + tr("{} of them locked.").format(format_number(locked))
        self.statusLabel.setText(text)

    def _update_buttons(self) -> None:
        selected = self.selected_items() if self._store is not None else []
        idle = self._store is not None and self.task is None
        self.tagButton.setEnabled(idle)
        self.acceptButton.setEnabled(idle and any(i.tag_candidate for i in selected))
        for button in (self.confirmButton, self.untagButton, self.lockButton, self.unlockButton):
            button.setEnabled(idle and bool(selected))
        self.assignButton.setEnabled(idle and bool(selected) and self.site_picker is not None)
        self.historyButton.setEnabled(self._store is not None and len(selected) == 1)
        self.retagButton.setEnabled(idle and len(selected) == 1)
        self.undoButton.setEnabled(idle and self.undo_stack.canUndo())
        self.redoButton.setEnabled(idle and self.undo_stack.canRedo())
        self.undoButton.setToolTip(
            tr("Undo: {} (audited)").format(self.undo_stack.undoText()) if self.undo_stack.canUndo() else ""
        )
        self.redoButton.setToolTip(
            tr("Redo: {} (audited)").format(self.undo_stack.redoText()) if self.undo_stack.canRedo() else ""
        )

    def _on_undo_index_changed(self, _index: int) -> None:
        if sip.isdeleted(self.tree):  # the stack empties itself while the panel is being deleted
            return
        self._update_buttons()

    def undo(self) -> None:
        """Undo the last decision (not while tagging runs: its results would meet the undo)."""
        if self.task is None and self.undo_stack.canUndo():
            self.undo_stack.undo()

    def redo(self) -> None:
        if self.task is None and self.undo_stack.canRedo():
            self.undo_stack.redo()

    # -- the map --------------------------------------------------------------------------------------

    def clear_highlights(self) -> None:
        self.map_highlights.clear()

    def _show_selection(self, zoom: bool) -> None:
        self.map_highlights.show(self._store, self.selected_items(), zoom)

    def _refresh_map_layers(self) -> None:
        if self._store is None:
            return
        for name in (schema.PERMISSIONS, schema.COMPLETIONS, schema.TAG_AUDIT):
            layer = store_layer_in_project(QgsProject.instance(), self._store.path, name)
            if layer is not None:
                layer.reload()  # the tags were written past QGIS, straight to the GeoPackage
                layer.triggerRepaint()

    # -- telling the officer --------------------------------------------------------------------------

    def tell(self, text: str, level=Qgis.MessageLevel.Info) -> None:
        """One message at a time in the dock's message bar (warnings stay until closed)."""
        tell(self.messageBar, tr("Review"), text, level)

    def message_text(self) -> str:
        """The text of the message the bar shows now ("" when none)."""
        return message_text(self.messageBar)

    def _after_change(self) -> None:
        self.refresh()
        self._refresh_map_layers()
        self._update_buttons()

    # -- history ----------------------------------------------------------------------------------------

    def show_history(self) -> Optional[HistoryPanel]:
        selected = self.selected_items()
        if self._store is None or len(selected) != 1:
            return None
        return self.show_history_of(selected[0].layer, selected[0].key)

    def show_history_of(self, layer: str, key: str) -> Optional[HistoryPanel]:
        """The audit trail of any permission or completion (queued or not), opened in the dock."""
        if self._store is None:
            return None
        if self.history_panel is not None and not sip.isdeleted(self.history_panel):
            self.history_panel.acceptPanel()  # one trail at a time
        panel = HistoryPanel()
        try:
            panel.show_history(self._store, layer, key)
        except StoreError as exc:
            self.tell(str(exc), Qgis.MessageLevel.Warning)
            return None
        self.history_panel = panel
        self.openPanel(panel)
        return panel
