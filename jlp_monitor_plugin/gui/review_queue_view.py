"""The Review dock's queue as a tree: one group per review reason (with its count), one row per
feature (key, layer, site, candidate, overlap, locked), and the selection read back as ReviewItems."""

from typing import Dict, List, Optional, Set

from qgis.PyQt.QtCore import QItemSelection, QItemSelectionModel, QObject, Qt
from qgis.PyQt.QtGui import QFont, QStandardItem, QStandardItemModel
from qgis.PyQt.QtWidgets import QHeaderView, QTreeView

from ..core.formatting import format_number
from ..core.review import ReviewItem, reason_labels
from ..core.translation import tr
from .review_details import layer_labels

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
REASON_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = ["key", "layer", "site_ref", "tag_candidate", "tag_overlap", "tag_locked"]
OVERLAP_COLUMN = COLUMNS.index("tag_overlap")


def column_headers() -> List[str]:
    return [tr("Feature"), tr("Layer"), tr("Site"), tr("Candidate"), tr("Overlap"), tr("Locked")]


def format_overlap(value: Optional[float]) -> str:
    return "" if value is None else "{:.0f} %".format(value * 100)


class QueueTree:
    """Fills ``tree`` (the panel's QTreeView) with the queue through its own ``model``, keeping the groups
    the officer opened (``expanded``: the reasons kept open; None: all)."""

    def __init__(self, tree: QTreeView, parent: QObject):
        self.tree = tree
        self.expanded: Optional[Set[str]] = None
        self.model = QStandardItemModel(0, len(COLUMNS), parent)
        self.model.setHorizontalHeaderLabels(column_headers())
        tree.setModel(self.model)
        header = tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)

    def fill(self, queue: List[ReviewItem], counts: Dict[str, int]) -> None:
        """One group per reason with features (``counts``: features per reason), in that order."""
        self.model.removeRows(0, self.model.rowCount())
        labels = reason_labels()
        layers = layer_labels()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for reason, count in counts.items():
            if not count:
                continue
            group = QStandardItem(
                tr("{reason} ({count})").format(reason=labels.get(reason, reason), count=format_number(count))
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
                cells[OVERLAP_COLUMN].setTextAlignment(
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
                group.appendRow(cells)
            self.model.appendRow([group] + fillers)
        root = self.model.invisibleRootItem().index()
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, root, True)
            reason = self.model.item(row, 0).data(REASON_ROLE)
            self.tree.setExpanded(self.model.index(row, 0), self.expanded is None or reason in self.expanded)

    def remember_expansion(self) -> None:
        self.expanded = {
            self.model.item(row, 0).data(REASON_ROLE)
            for row in range(self.model.rowCount())
            if self.tree.isExpanded(self.model.index(row, 0))
        }

    def group_texts(self) -> List[str]:
        """The groups as the tree shows them, e.g. "Multiple sites (11)"."""
        return [self.model.item(row, 0).text() for row in range(self.model.rowCount())]

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
        self.tree.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def select_group(self, reason: str) -> None:
        """Select a whole group: the decisions then apply to every feature in it."""
        for row in range(self.model.rowCount()):
            if self.model.item(row, 0).data(REASON_ROLE) == reason:
                self.tree.selectionModel().select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                return

    def selected_items(self, queue: List[ReviewItem]) -> List[ReviewItem]:
        """The selected features in ``queue`` order; a selected group stands for all its features."""
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
        position = {(i.layer, i.key, i.fid): n for n, i in enumerate(queue)}
        return sorted(chosen.values(), key=lambda i: position.get((i.layer, i.key, i.fid), 0))
