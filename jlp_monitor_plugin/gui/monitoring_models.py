"""Table models and the progress-bar delegate of the Monitoring dock: figures shown in the user's locale,
numbers right-aligned and sorted as numbers, never as their formatted text."""

from typing import Any, Callable, Dict, List, NamedTuple, Optional, Sequence

from qgis.PyQt.QtCore import QAbstractTableModel, QRect, Qt
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionProgressBar

from ..core.monitoring.area_view import Field
from ..core.monitoring.units import INTEGER, NUMBER, PERCENT, TEXT, YEARS, plain, screen_precise, screen_text

__all__ = ["INTEGER", "NUMBER", "PERCENT", "TEXT", "YEARS", "Column", "ProgressDelegate", "RowsModel"]

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's dict, for double-click and tests

FLAG_COLOUR = QColor("#c92a2a")


class Column(NamedTuple):
    key: str
    header: str
    kind: str = TEXT  # a unit of core.monitoring.units
    tooltip: str = ""


def field_columns(fields: Sequence[Field]) -> List[Column]:
    """The dock's columns for core's fields: their short label, unit and description."""
    return [Column(f.key, f.label, f.unit, f.description) for f in fields]


class RowsModel(QAbstractTableModel):
    """Rows (dicts) shown in columns; DisplayRole formatted, SORT_ROLE the raw value."""

    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: List[Dict[str, Any]] = []
        # key → how to show a value, given the value and its row (codes → names, mixed units)
        self.texts: Dict[str, Callable[[Any, Dict[str, Any]], str]] = {}
        self.tooltips: Dict[str, Callable[[Any, Dict[str, Any]], str]] = {}
        self.colours: Dict[str, Callable[[Dict[str, Any]], Optional[QColor]]] = {}
        self.bold_rows: Callable[[Dict[str, Any]], bool] = lambda _row: False

    def set_rows(self, rows: List[Dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=None) -> int:  # noqa: N802 - Qt API
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None) -> int:  # noqa: N802 - Qt API
        return 0 if parent is not None and parent.isValid() else len(self.columns)

    def column_index(self, key: str) -> int:
        return [c.key for c in self.columns].index(key)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return (
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                if column.kind == TEXT
                else int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            )
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        value = plain(row.get(column.key))
        if role == Qt.ItemDataRole.DisplayRole:
            if column.key in self.texts:
                return self.texts[column.key](value, row)
            return screen_text(value, column.kind)
        if role == SORT_ROLE:
            if value is None:
                return float("-inf") if column.kind != TEXT else ""
            return value if column.kind == TEXT else float(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.kind == TEXT:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.key in self.tooltips:
                return self.tooltips[column.key](value, row)
            if column.kind in (NUMBER, PERCENT, YEARS) and value is not None:
                return "{}: {}".format(column.header, screen_precise(value))  # more precise than shown
            text = self.data(index, Qt.ItemDataRole.DisplayRole)
            return text or None
        if role == Qt.ItemDataRole.ForegroundRole and column.key in self.colours:
            colour = self.colours[column.key](row)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.FontRole and self.bold_rows(row):
            font = QApplication.font()
            font.setBold(True)
            return font
        if role == ROW_ROLE:
            return row
        return None


class ProgressDelegate(QStyledItemDelegate):
    """Draws a percentage (0–100, blank for none) as a progress bar with its figure."""

    def paint(self, painter, option, index):
        value = index.data(SORT_ROLE)
        if value is None or value == float("-inf"):
            super().paint(painter, option, index)
            return
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        bar = QStyleOptionProgressBar()
        bar.rect = QRect(option.rect.adjusted(2, 3, -2, -3))
        bar.minimum = 0
        bar.maximum = 100
        bar.progress = int(max(0, min(100, round(value))))
        bar.text = "{:.0f}%".format(value)
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)

    def sizeHint(self, option, index):  # noqa: N802 - Qt API
        hint = super().sizeHint(option, index)
        hint.setWidth(max(hint.width(), 90))
        return hint
