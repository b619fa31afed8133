"""The History panel of the Review dock: the ``tag_audit`` trail of one permission or completion (when,
who, old and new site, method, reason), read by core.review_history."""

from typing import Any, Dict, List, Optional

from qgis.gui import QgsPanelWidget
from qgis.PyQt.QtGui import QStandardItem, QStandardItemModel
from qgis.PyQt.QtWidgets import QHeaderView, QWidget

from ..core.formatting import format_date, format_number
from ..core.review_decisions import CONFIRM, LOCK, UNLOCK
from ..core.review_history import history
from ..core.store import Store
from ..core.translation import tr
from . import load_ui
from .review_details import layer_labels

HISTORY_FORM_CLASS = load_ui("history_panel.ui")


def method_labels() -> Dict[str, str]:
    """What each audit method is called in the History."""
    return {
        "spatial": tr("automatic (on the map)"),
        "reference": tr("automatic (follows its permission)"),
        "none": tr("automatic (no site)"),
        "manual": tr("manual"),
        CONFIRM: tr("confirmed as is"),
        LOCK: tr("locked"),
        UNLOCK: tr("unlocked"),
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
        rows = history(store, layer, key)
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
