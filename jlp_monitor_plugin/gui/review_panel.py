"""The Review dock's panels: the review queue worked through on the map, and a feature's audit trail."""

import functools
import html
import logging
from typing import Any, Callable, Dict, List, Optional, Sequence, Set, Tuple

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.gui import QgsMapCanvas, QgsPanelWidget, QgsRubberBand
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QItemSelection, QItemSelectionModel, Qt
from qgis.PyQt.QtGui import QColor, QFont, QStandardItem, QStandardItemModel
from qgis.PyQt.QtWidgets import QHeaderView, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from ..core import review, schema
from ..core.formatting import format_date, format_number, plural
from ..core.project import store_layer_in_project
from ..core.review import Change, ReviewItem, StaleChangeError
from ..core.store import DATABASE_ERRORS, Store, StoreError
from ..core.tagging import TagCounts, current_user
from ..core.translation import tr
from . import load_ui, show_store
from .decision_dialog import DecisionDialog
from .site_picker_tool import SitePickerTool
from .tag_task import TagTask

try:  # Qt5 keeps the undo framework in QtWidgets, Qt6 in QtGui
    from qgis.PyQt.QtWidgets import QUndoCommand, QUndoStack
except ImportError:  # pragma: no cover - Qt6
    from qgis.PyQt.QtGui import QUndoCommand, QUndoStack

LOG = logging.getLogger(__name__)

ITEM_ROLE = Qt.UserRole + 1
REASON_ROLE = Qt.UserRole + 2

COLUMNS = ["key", "layer", "site_ref", "tag_candidate", "tag_overlap", "tag_locked"]
OVERLAP_COLUMN = COLUMNS.index("tag_overlap")

# Share of the shown extent added around it, and the smallest extent shown around a lone point
# (metres; degrees for a map in a geographic CRS), so the officer sees the feature's surroundings.
ZOOM_MARGIN = 0.2
MINIMUM_EXTENT = 150.0
MINIMUM_EXTENT_DEGREES = 0.002
# Highlights of a multiple selection: enough to see the group without drawing thousands of items.
MAX_HIGHLIGHTS = 200
MESSAGE_SECONDS = 8

FEATURE_COLOUR = QColor(227, 26, 28)
CANDIDATE_COLOUR = QColor(255, 127, 0)
SITE_COLOUR = QColor(31, 120, 180)

FORM_CLASS = load_ui("review_panel.ui")
HISTORY_FORM_CLASS = load_ui("history_panel.ui")


def column_headers() -> List[str]:
    return [tr("Feature"), tr("Layer"), tr("Site"), tr("Candidate"), tr("Overlap"), tr("Locked")]


def layer_labels() -> Dict[str, str]:
    return {schema.PERMISSIONS: tr("Permission"), schema.COMPLETIONS: tr("Completion")}


def format_overlap(value: Optional[float]) -> str:
    return "" if value is None else "{:.0f} %".format(value * 100)


class ReviewCommand(QUndoCommand):
    """One manual decision on the undo stack; it was applied before being pushed."""

    def __init__(self, panel: "ReviewPanel", text: str, change: Change):
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


def legend_html() -> str:
    """The legend of the review highlights: which colour is which on the map."""
    swatch = '<span style="color:{0}; font-size:large">&#9632;</span>&nbsp;{1}'
    return "&nbsp;&nbsp; ".join(
        [
            swatch.format(FEATURE_COLOUR.name(), tr("feature under review")),
            swatch.format(CANDIDATE_COLOUR.name(), tr("candidate site (dashed)")),
            swatch.format(SITE_COLOUR.name(), tr("current site (dashed)")),
        ]
    )


def details_html(item: ReviewItem, details: Dict[str, Any]) -> str:
    """The item under review in a few lines: what it is, where, what for, how many homes."""
    label = layer_labels().get(item.layer, item.layer)
    lines = [
        "<b>{} {}</b> — {}".format(
            html.escape(label),
            html.escape(item.key),
            html.escape(review.reason_labels().get(item.tag_review, item.tag_review or "")),
        )
    ]
    if details.get("address"):
        lines.append(html.escape(str(details["address"])))
    if details.get("proposal"):
        lines.append(html.escape(str(details["proposal"])))
    if item.layer == schema.PERMISSIONS and details.get("net_units") is not None:
        lines.append(plural(details["net_units"], tr("{} net home"), tr("{} net homes")))
    elif item.layer == schema.COMPLETIONS and details.get("units") is not None:
        text = plural(details["units"], tr("{} home"), tr("{} homes"))
        if details.get("completion_date"):
            text += " " + tr("completed {}").format(format_date(details["completion_date"]))
        if details.get("app_ref"):
            text += " " + tr("(permission {})").format(html.escape(str(details["app_ref"])))
        lines.append(text)
    none = tr("no site")
    lines.append(
        tr("Site: {site} · candidate: {candidate}").format(
            site=html.escape(item.site_ref or none), candidate=html.escape(item.tag_candidate or none)
        )
    )
    if not details.get("has_geometry", True):
        if item.layer == schema.COMPLETIONS:
            help_text = tr("This completion has no location; assign it with Retag… or by its permission.")
        else:
            help_text = tr(
                "This permission has no location (no point and no red line); assign it with Retag…, "
                "or add its location and tag the store again."
            )
        lines.append("<i>{}</i>".format(html.escape(help_text)))
    return "<br>".join(lines)


def _remove_highlights(canvas: Optional[QgsMapCanvas], highlights: List[QgsRubberBand]) -> None:
    for band in highlights:
        if sip.isdeleted(band):
            continue
        if canvas is not None and not sip.isdeleted(canvas):
            canvas.scene().removeItem(band)
        sip.delete(band)
    del highlights[:]


def _on_panel_destroyed(state: Dict[str, Any], *_args) -> None:
    # Runs when QGIS deletes the dock (unload): what the panel put on the map and in the task
    # manager must go with it, and it can no longer rely on its own Python methods.
    _remove_highlights(state["canvas"], state["highlights"])
    task = state.get("task")
    if task is not None and not sip.isdeleted(task):
        task.cancel()


def method_labels() -> Dict[str, str]:
    """What each audit method is called in the History."""
    return {
        "spatial": tr("automatic (on the map)"),
        "reference": tr("automatic (follows its permission)"),
        "none": tr("automatic (no site)"),
        "manual": tr("manual"),
        review.CONFIRM: tr("confirmed as is"),
        review.LOCK: tr("locked"),
        review.UNLOCK: tr("unlocked"),
    }


class HistoryPanel(QgsPanelWidget, HISTORY_FORM_CLASS):
    """The audit trail of one feature: when, who, old and new site, method, reason."""

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setupUi(self)
        self.setPanelTitle(tr("History"))
        self.featureLabel.setWordWrap(True)
        self.model = QStandardItemModel(0, 6, self)
        self.model.setHorizontalHeaderLabels(
            [tr("When"), tr("User"), tr("Old site"), tr("New site"), tr("Method"), tr("Reason")]
        )
        self.table.setModel(self.model)
        # Reason (and method) wrap in the dock's width instead of running off its edge.
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(4, self.table.fontMetrics().horizontalAdvance("automatic (on the") + 12)

    def show_history(self, store: Store, item: Any, key: Optional[str] = None) -> None:
        """The trail of ``item`` (a ReviewItem), or of ``item`` = layer name and ``key``."""
        layer = item if isinstance(item, str) else item.layer
        key = str(key) if isinstance(item, str) else item.key
        rows = review.history(store, layer, key)
        label = layer_labels().get(layer, layer)
        self.setPanelTitle(tr("History of {}").format(key))
        if len(rows) == 1:
            self.featureLabel.setText(tr("{layer} {key}: 1 recorded change.").format(layer=label, key=key))
        elif rows:
            self.featureLabel.setText(
                tr("{layer} {key}: {count} recorded changes, oldest first.").format(
                    layer=label, key=key, count=format_number(len(rows))
                )
            )
        else:
            self.featureLabel.setText(
                tr("{layer} {key}: no change of its tag has been recorded.").format(layer=label, key=key)
            )
        self.model.removeRows(0, self.model.rowCount())
        none = tr("none")
        methods = method_labels()
        for row in rows:
            values = [
                format_date(row["at"]),
                row["user"] or "",
                row["old_site_ref"] or none,
                row["new_site_ref"] or none,
                methods.get(row["method"] or "", row["method"] or ""),
                row["reason"] or "",
            ]
            items = []
            for value in values:
                cell = QStandardItem(str(value))
                cell.setEditable(False)
                cell.setToolTip(str(value))
                items.append(cell)
            items[0].setToolTip(str(row["at"] or ""))  # the exact timestamp
            self.model.appendRow(items)
        self.table.resizeRowsToContents()

    def rows(self) -> List[List[str]]:
        """The table as shown, one list per row."""
        return [
            [self.model.index(r, c).data() for c in range(self.model.columnCount())]
            for r in range(self.model.rowCount())
        ]


class ReviewPanel(QgsPanelWidget, FORM_CLASS):
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
        self._expanded: Optional[Set[str]] = None  # reasons the officer keeps open; None: all
        self.task: Optional[TagTask] = None
        self.last_counts: Optional[TagCounts] = None
        self.highlights: List[QgsRubberBand] = []
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
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels(column_headers())
        self.tree.setModel(self.model)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
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
        self.detailsBox = QWidget()
        layout = QVBoxLayout(self.detailsBox)
        layout.setContentsMargins(0, 0, 0, 0)
        self.detailsLabel = QLabel()
        self.detailsLabel.setObjectName("detailsLabel")
        self.detailsLabel.setWordWrap(True)
        self.detailsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detailsLabel)
        self.legendLabel = QLabel()
        self.legendLabel.setObjectName("legendLabel")
        self.legendLabel.setWordWrap(True)
        self.legendLabel.setText(legend_html())
        self.legendLabel.setToolTip(tr("How the map shows the selected item"))
        layout.addWidget(self.legendLabel)
        layout.addStretch(1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("reviewSplitter")
        self.splitter.setChildrenCollapsible(False)
        index = self.reviewLayout.indexOf(self.tree)
        self.reviewLayout.insertWidget(index, self.splitter, 1)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.detailsBox)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        # Enough of the queue to work through: at least ten rows before the splitter gives way.
        self.tree.setMinimumHeight(self.tree.fontMetrics().height() * 12)
        for label in (self.statusLabel, self.storeLabel, self.descriptionLabel):
            label.setWordWrap(True)
        self._show_details([])

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
        self._expanded = None
        if store is None:
            show_store(self.storeLabel, None)
            self._fill([])
            self.pages.setCurrentWidget(self.emptyPage)
        else:
            show_store(self.storeLabel, store)
            self.pages.setCurrentWidget(self.reviewPage)
            self.refresh()
        self._update_buttons()

    def refresh(self) -> None:
        """Read the queue again, keeping the selection and the open groups."""
        if self._store is None:
            return
        try:
            queue = review.review_queue(self._store)
        except StoreError as exc:
            LOG.warning("Review queue of %s could not be read: %s", self._store.path, exc)
            self.tell(tr("The review queue could not be read: {}").format(exc), Qgis.Critical)
            queue = []
        self._fill(queue)

    # -- the tree -------------------------------------------------------------------------------------

    def _fill(self, queue: List[ReviewItem]) -> None:
        keep = {(i.layer, i.key) for i in self.selected_items()} if self._queue else set()
        self._filling = True
        try:
            self._queue = queue
            self.model.removeRows(0, self.model.rowCount())
            counts = review.review_counts(self._store, queue) if self._store is not None else {}
            labels = review.reason_labels()
            layers = layer_labels()
            bold = QFont(self.tree.font())
            bold.setBold(True)
            for reason, count in counts.items():
                if not count:
                    continue
                group = QStandardItem(
                    tr("{reason} ({count})").format(
                        reason=labels.get(reason, reason), count=format_number(count)
                    )
                )
                group.setData(reason, REASON_ROLE)
                group.setEditable(False)
                group.setFont(bold)
                fillers = [QStandardItem() for _ in COLUMNS[1:]]
                for filler in fillers:
                    filler.setEditable(False)
                for item in (i for i in queue if i.tag_review == reason):
                    values = [
                        item.key,
                        layers.get(item.layer, item.layer),
                        item.site_ref or "",
                        item.tag_candidate or "",
                        format_overlap(item.tag_overlap),
                        tr("Locked") if item.tag_locked else "",
                    ]
                    cells = []
                    for value in values:
                        cell = QStandardItem(value)
                        cell.setEditable(False)
                        cells.append(cell)
                    cells[0].setData(item, ITEM_ROLE)
                    cells[OVERLAP_COLUMN].setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                    group.appendRow(cells)
                self.model.appendRow([group] + fillers)
            root = self.model.invisibleRootItem().index()
            for row in range(self.model.rowCount()):
                self.tree.setFirstColumnSpanned(row, root, True)
                reason = self.model.item(row, 0).data(REASON_ROLE)
                self.tree.setExpanded(
                    self.model.index(row, 0), self._expanded is None or reason in self._expanded
                )
            self.select_items(keep)
        finally:
            self._filling = False
        self._update_status()
        self._show_selection(zoom=False)
        self._show_details(self.selected_items())

    def _remember_expansion(self, *_args) -> None:
        if self._filling:
            return
        self._expanded = {
            self.model.item(row, 0).data(REASON_ROLE)
            for row in range(self.model.rowCount())
            if self.tree.isExpanded(self.model.index(row, 0))
        }

    def group_texts(self) -> List[str]:
        """The groups as the tree shows them, e.g. "Multiple sites (11)"."""
        return [self.model.item(row, 0).text() for row in range(self.model.rowCount())]

    def queue(self) -> List[ReviewItem]:
        return list(self._queue)

    def select_items(self, wanted) -> None:
        """Select the features ``wanted`` ((layer, key) pairs or ReviewItems) in the tree."""
        keys = {(w.layer, w.key) if isinstance(w, ReviewItem) else (w[0], str(w[1])) for w in wanted}
        selection = QItemSelection()
        for row in range(self.model.rowCount()):
            group = self.model.item(row, 0)
            for child in range(group.rowCount()):
                item = group.child(child, 0).data(ITEM_ROLE)
                if (item.layer, item.key) in keys:
                    first = group.child(child, 0).index()
                    last = group.child(child, len(COLUMNS) - 1).index()
                    selection.select(first, last)
        self.tree.selectionModel().select(selection, QItemSelectionModel.ClearAndSelect)

    def select_group(self, reason: str) -> None:
        """Select a whole group: the decisions then apply to every feature in it."""
        for row in range(self.model.rowCount()):
            if self.model.item(row, 0).data(REASON_ROLE) == reason:
                self.tree.selectionModel().select(
                    self.model.index(row, 0),
                    QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows,
                )
                return

    def selected_items(self) -> List[ReviewItem]:
        """The selected features in queue order; a selected group stands for all its features."""
        chosen = {}
        for index in self.tree.selectionModel().selectedRows(0):
            cell = self.model.itemFromIndex(index)
            if cell is None:
                continue
            if cell.parent() is None:
                children = [cell.child(r, 0).data(ITEM_ROLE) for r in range(cell.rowCount())]
            else:
                children = [cell.data(ITEM_ROLE)]
            for item in children:
                chosen[(item.layer, item.key, item.fid)] = item
        position = {(i.layer, i.key, i.fid): n for n, i in enumerate(self._queue)}
        return sorted(chosen.values(), key=lambda i: position.get((i.layer, i.key, i.fid), 0))

    def _on_selection_changed(self, *_args) -> None:
        if self._filling:
            return
        self._show_selection(zoom=True)
        self._show_details(self.selected_items())
        self._update_buttons()

    def _show_details(self, selected: List[ReviewItem]) -> None:
        """The item under review as the officer recognises it: address, proposal, units; and what to do
        with one that has no location."""
        if self._store is None:
            self.detailsLabel.setText("")
            return
        if not selected:
            self.detailsLabel.setText(tr("Select an item to see its address, proposal and units here."))
            return
        if len(selected) > 1:
            self.detailsLabel.setText(
                plural(
                    len(selected),
                    tr("{} feature selected: a decision applies to it."),
                    tr("{} features selected: a decision applies to all of them."),
                )
            )
            return
        item = selected[0]
        try:
            details = review.feature_details(self._store, item.layer, item.key, item.fid)
        except StoreError as exc:
            self.detailsLabel.setText(str(exc))
            return
        self.detailsLabel.setText(details_html(item, details))

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
        _remove_highlights(self.canvas, self.highlights)

    def _highlight(
        self,
        geometry: QgsGeometry,
        crs: QgsCoordinateReferenceSystem,
        colour: QColor,
        line_style=Qt.SolidLine,
    ) -> None:
        if self.canvas is None or geometry is None or geometry.isEmpty():
            return
        kind = geometry.type()
        band = QgsRubberBand(self.canvas, kind)
        band.setToGeometry(geometry, crs)
        band.setStrokeColor(colour)
        fill = QColor(colour)
        fill.setAlpha(50 if kind == QgsWkbTypes.PolygonGeometry else 160)
        band.setFillColor(fill)
        band.setWidth(3)
        band.setLineStyle(line_style)
        if kind == QgsWkbTypes.PointGeometry:
            band.setIcon(QgsRubberBand.ICON_CIRCLE)
            band.setIconSize(14)
        band.show()
        self.highlights.append(band)

    def _show_selection(self, zoom: bool) -> None:
        """Highlight the selected features (with the candidate and current site of a single one) and
        zoom the map to a single one."""
        self.clear_highlights()
        if self._store is None or self.canvas is None:
            return
        selected = self.selected_items()
        if not selected:
            return
        try:
            if len(selected) == 1:
                self._show_one(selected[0], zoom)
            else:
                for item in selected[:MAX_HIGHLIGHTS]:
                    geometry, crs = review.feature_geometry(self._store, item.layer, item.key, item.fid)
                    if geometry is not None:
                        self._highlight(geometry, crs, FEATURE_COLOUR)
        except StoreError as exc:
            LOG.warning("Could not show the selection on the map: %s", exc)
        self.canvas.refresh()

    def _show_one(self, item: ReviewItem, zoom: bool) -> None:
        geometry, crs = review.feature_geometry(self._store, item.layer, item.key, item.fid)
        candidate, candidate_crs = review.site_geometry(self._store, item.tag_candidate)
        site, site_crs = review.site_geometry(self._store, item.site_ref)
        if site is not None:
            self._highlight(site, site_crs, SITE_COLOUR, Qt.DashLine)
        if candidate is not None:
            self._highlight(candidate, candidate_crs, CANDIDATE_COLOUR, Qt.DashLine)
        if geometry is not None:
            self._highlight(geometry, crs, FEATURE_COLOUR)
        if not zoom:
            return
        if geometry is None:
            return  # the details below the queue say it has no location, and what to do
        shown = [(geometry.boundingBox(), crs)]
        if candidate is not None:
            shown.append((candidate.boundingBox(), candidate_crs))
        self.zoom_to(shown)

    def zoom_to(self, boxes: Sequence[Tuple[QgsRectangle, QgsCoordinateReferenceSystem]]) -> bool:
        """Zoom the map to the union of the boxes (each in its CRS), with a margin."""
        canvas_crs = self.canvas.mapSettings().destinationCrs()
        extent = QgsRectangle()
        extent.setMinimal()
        for box, crs in boxes:
            if canvas_crs.isValid() and crs is not None and crs.isValid() and crs != canvas_crs:
                try:
                    box = QgsCoordinateTransform(crs, canvas_crs, QgsProject.instance()).transformBoundingBox(
                        box
                    )
                except QgsCsException as exc:
                    LOG.warning("Cannot show the feature in the map's CRS %s: %s", canvas_crs.authid(), exc)
                    return False
            extent.combineExtentWith(box)
        if extent.isEmpty() and extent.width() < 0:
            return False
        smallest = MINIMUM_EXTENT_DEGREES if canvas_crs.isGeographic() else MINIMUM_EXTENT
        size = max(extent.width(), extent.height())
        grow = max(size * ZOOM_MARGIN, (smallest - size) / 2.0, 0.0)
        center = extent.center()
        extent = QgsRectangle(
            extent.xMinimum() - grow,
            extent.yMinimum() - grow,
            extent.xMaximum() + grow,
            extent.yMaximum() + grow,
        )
        if extent.width() <= 0 or extent.height() <= 0:
            self.canvas.setCenter(center)
        else:
            self.canvas.setExtent(extent)
        self.canvas.refresh()
        return True

    def _refresh_map_layers(self) -> None:
        if self._store is None:
            return
        for name in (schema.PERMISSIONS, schema.COMPLETIONS, schema.TAG_AUDIT):
            layer = store_layer_in_project(QgsProject.instance(), self._store.path, name)
            if layer is not None:
                layer.reload()  # the tags were written past QGIS, straight to the GeoPackage
                layer.triggerRepaint()

    # -- telling the officer --------------------------------------------------------------------------

    def tell(self, text: str, level=Qgis.Info) -> None:
        """One message at a time in the dock's message bar (warnings stay until closed)."""
        self.messageBar.clearWidgets()
        duration = MESSAGE_SECONDS if level in (Qgis.Info, Qgis.Success) else 0
        self.messageBar.pushMessage(tr("Review"), text, level, duration)
        LOG.info("Review: %s", text)

    def message_text(self) -> str:
        """The text of the message the bar shows now ("" when none)."""
        item = self.messageBar.currentItem()
        return item.text() if item is not None else ""

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
            return review.describe_decision(self._store, items, kind, site_ref)
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
            self.tell(tr("A manual change needs a reason; nothing was changed."), Qgis.Warning)
            return None
        decided = self.selected_items()
        position = self._queue_position(decided)
        try:
            change = action(reason.strip())
        except (ValueError,) + DATABASE_ERRORS as exc:
            self.tell(str(exc), Qgis.Warning)
            return None
        count = len(change.features)
        if count:
            self.undo_stack.push(ReviewCommand(self, "{} ({})".format(title, count), change))
            self.tell(done(count), Qgis.Success)
        else:
            self.tell(tr("Nothing to change for the selected features."), Qgis.Info)
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
            self.tell(tr("None of the selected features has a candidate site."), Qgis.Warning)
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
            lambda reason: review.accept_candidate(self._store, with_candidate, reason, current_user()),
            done,
            self.effects(with_candidate, review.ACCEPT),
        )

    def confirm_selected(self) -> Optional[Change]:
        items = self.selected_items()
        return self.decide(
            tr("Confirm as is"),
            lambda reason: review.confirm(self._store, items, reason, current_user()),
            lambda count: plural(
                count, tr("Confirmed the tag of {} feature."), tr("Confirmed the tags of {} features.")
            ),
            self.effects(items, review.CONFIRM),
        )

    def untag_selected(self) -> Optional[Change]:
        items = self.selected_items()
        return self.decide(
            tr("Untag"),
            lambda reason: review.untag(self._store, items, reason, current_user()),
            lambda count: plural(count, tr("Untagged {} feature."), tr("Untagged {} features.")),
            self.effects(items, review.UNTAG),
        )

    def lock_selected(self, locked: bool) -> Optional[Change]:
        items = self.selected_items()
        if locked:
            done = lambda count: plural(count, tr("Locked {} feature."), tr("Locked {} features."))  # noqa: E731
        else:
            done = lambda count: plural(count, tr("Unlocked {} feature."), tr("Unlocked {} features."))  # noqa: E731
        return self.decide(
            tr("Lock") if locked else tr("Unlock"),
            lambda reason: review.set_locked(self._store, items, locked, reason, current_user()),
            done,
            self.effects(items, review.LOCK if locked else review.UNLOCK),
        )

    def assign_selected(self, site_ref: str, items: Optional[List[ReviewItem]] = None) -> Optional[Change]:
        items = list(items) if items is not None else self.selected_items()
        return self.decide(
            tr("Assign to site {}").format(site_ref),
            lambda reason: review.assign_site(self._store, items, site_ref, reason, current_user()),
            lambda count: plural(
                count,
                tr("Tagged {} feature to site {site}."),
                tr("Tagged {} features to site {site}."),
                site=site_ref,
            ),
            self.effects(items, review.ASSIGN, site_ref),
        )

    def retag(self, layer: str, key: str) -> Optional[Change]:
        """Retag any permission or completion (queued or not, e.g. from the map's identify results or
        the attribute table): choose a site or none, see what will change, give a reason. The same
        audited, locked, undoable decision as the queue's."""
        if self._store is None or self.task is not None:
            return None
        try:
            item = review.feature_item(self._store, layer, key)
            sites = review.allocation_sites(self._store)
        except (ValueError, StoreError) + DATABASE_ERRORS as exc:
            self.tell(str(exc), Qgis.Warning)
            return None
        label = layer_labels().get(layer, layer)
        heading = tr("{layer} {key}, now on {site}.").format(
            layer=label, key=item.key, site=item.site_ref or tr("no site")
        )

        def effects(site_ref: Optional[str]) -> List[str]:
            if site_ref:
                return self.effects([item], review.ASSIGN, site_ref)
            return self.effects([item], review.UNTAG)

        answer = self.ask_retag(tr("Retag {}").format(item.key), effects, sites, item.site_ref, heading)
        if answer is None:
            return None
        site_ref, reason = answer
        self.select_items([item])
        if site_ref:
            action = lambda text: review.assign_site(self._store, [item], site_ref, text, current_user())  # noqa: E731
            done = lambda _count: tr("Tagged {key} to site {site}.").format(key=item.key, site=site_ref)  # noqa: E731
        else:
            action = lambda text: review.untag(self._store, [item], text, current_user())  # noqa: E731
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
                review.undo(self._store, command.change, user=current_user())
                self.tell(tr("Undone: {}").format(command.text()), Qgis.Success)
            else:
                review.redo(self._store, command.change, user=current_user())
                self.tell(tr("Redone: {}").format(command.text()), Qgis.Success)
        except (StaleChangeError,) + DATABASE_ERRORS as exc:
            command.setObsolete(True)  # QUndoStack drops it
            self.tell(str(exc), Qgis.Warning)
            ok = False
        else:
            ok = True
        self._after_change()
        return ok

    def _after_change(self) -> None:
        self.refresh()
        self._refresh_map_layers()
        self._update_buttons()

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
            Qgis.Info,
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
        self.tell(tr("No allocation site there: click inside a site, or press Esc to cancel."), Qgis.Info)

    def _on_pick_canceled(self) -> None:
        self._end_picking()
        self.tell(tr("Assigning on the map was cancelled; nothing was changed."), Qgis.Info)

    def _on_picker_deactivated(self) -> None:
        # The officer chose another map tool: the assignment is off.
        self._pending_assign = []
        self._set_assign_checked(False)

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
            self.tell(str(exc), Qgis.Warning)
            return None
        self.history_panel = panel
        self.openPanel(panel)
        return panel

    # -- tagging in the background ------------------------------------------------------------------------

    def run_tagging(self) -> Optional[TagTask]:
        """Tag the store as a QgsTask: progress in the dock, Cancel beside it, QGIS stays responsive."""
        if self._store is None or self.task is not None:
            return None
        self._end_picking()
        task = TagTask(self._store, "both", current_user())
        task.progressChanged.connect(self._on_progress)
        task.tagged.connect(self._on_tagged)
        self.task = task
        self._state["task"] = task
        self.progressBar.setValue(0)
        self.progressBar.setVisible(True)
        self.cancelButton.setVisible(True)
        self.cancelButton.setEnabled(True)
        self.statusLabel.setText(tr("Tagging…"))
        self._update_buttons()
        QgsApplication.taskManager().addTask(task)
        return task

    def _on_progress(self, value: float) -> None:
        if not sip.isdeleted(self.progressBar):
            self.progressBar.setValue(int(value))

    def cancel_tagging(self) -> None:
        if self.task is not None:
            self.cancelButton.setEnabled(False)
            self.statusLabel.setText(tr("Cancelling…"))
            self.task.cancel()

    def _on_tagged(self, ok: bool, counts: Optional[TagCounts], message: str) -> None:
        self.task = None
        self._state["task"] = None
        self.progressBar.setVisible(False)
        self.cancelButton.setVisible(False)
        if ok:
            self.last_counts = counts
        self.tell(message, Qgis.Success if ok else Qgis.Warning)
        self._after_change()
