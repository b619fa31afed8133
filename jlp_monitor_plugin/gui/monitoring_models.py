"""Table models and the progress-bar delegate of the Monitoring dock: figures shown in the user's locale,
numbers right-aligned and sorted as numbers, never as their formatted text."""

import math
from typing import Any, Callable, Dict, List, NamedTuple, Optional, Sequence

from qgis.PyQt.QtCore import QAbstractTableModel, QRect, Qt
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionProgressBar

from ..core.formatting import format_number, format_percent
from ..core.translation import tr

SORT_ROLE = Qt.UserRole + 1
ROW_ROLE = Qt.UserRole + 2  # the row's dict, for double-click and tests

TEXT = "text"
INTEGER = "integer"  # whole numbers, grouped
NUMBER = "number"  # homes that may be fractional (requirements): whole when whole, else one decimal
PERCENT = "percent"  # one decimal and a % sign
YEARS = "years"  # two decimals

FLAG_COLOUR = QColor("#c92a2a")


class Column(NamedTuple):
    key: str
    header: str
    kind: str = TEXT
    tooltip: str = ""


def is_blank(value: Any) -> bool:
    """None, NaN, and pandas' NA / NaT (recognised by type, so pandas need not be importable)."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    return type(value).__name__ in ("NAType", "NaTType")


def plain(value: Any) -> Any:
    """A pandas / numpy scalar as plain Python (None for blanks)."""
    if is_blank(value):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def format_value(value: Any, kind: str) -> str:
    value = plain(value)
    if value is None:
        return ""
    if kind == TEXT:
        return str(value)
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    if kind == INTEGER:
        return format_number(number, 0)
    if kind == PERCENT:
        return format_percent(number, 1)
    if kind == YEARS:
        return format_number(number, 2)
    if abs(number - round(number)) < 1e-9:
        return format_number(number, 0)
    return format_number(number, 1)


def frame_rows(frame) -> List[Dict[str, Any]]:
    """A DataFrame's rows as dicts of plain Python values."""
    return [{k: plain(v) for k, v in row.items()} for row in frame.to_dict("records")]


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

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 - Qt API
        if orientation != Qt.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.DisplayRole:
            return column.header
        if role == Qt.ToolTipRole:
            return column.tooltip or None
        if role == Qt.TextAlignmentRole:
            return (
                int(Qt.AlignLeft | Qt.AlignVCenter)
                if column.kind == TEXT
                else int(Qt.AlignRight | Qt.AlignVCenter)
            )
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        value = plain(row.get(column.key))
        if role == Qt.DisplayRole:
            if column.key in self.texts:
                return self.texts[column.key](value, row)
            return format_value(value, column.kind)
        if role == SORT_ROLE:
            if value is None:
                return float("-inf") if column.kind != TEXT else ""
            return value if column.kind == TEXT else float(value)
        if role == Qt.TextAlignmentRole:
            if column.kind == TEXT:
                return int(Qt.AlignLeft | Qt.AlignVCenter)
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ToolTipRole:
            if column.key in self.tooltips:
                return self.tooltips[column.key](value, row)
            if column.kind in (NUMBER, PERCENT, YEARS) and value is not None:
                return "{}: {}".format(column.header, format_number(value, 2))  # more precise than shown
            text = self.data(index, Qt.DisplayRole)
            return text or None
        if role == Qt.ForegroundRole and column.key in self.colours:
            colour = self.colours[column.key](row)
            return QBrush(colour) if colour is not None else None
        if role == Qt.FontRole and self.bold_rows(row):
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
        if option.state & QStyle.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        bar = QStyleOptionProgressBar()
        bar.rect = QRect(option.rect.adjusted(2, 3, -2, -3))
        bar.minimum = 0
        bar.maximum = 100
        bar.progress = int(max(0, min(100, round(value))))
        bar.text = "{:.0f}%".format(value)
        bar.textVisible = True
        bar.textAlignment = Qt.AlignCenter
        bar.state = QStyle.State_Enabled | QStyle.State_Horizontal
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawControl(QStyle.CE_ProgressBar, bar, painter)

    def sizeHint(self, option, index):  # noqa: N802 - Qt API
        hint = super().sizeHint(option, index)
        hint.setWidth(max(hint.width(), 90))
        return hint


def flag_text(flags: Optional[str]) -> str:
    """``over_capacity;stalled`` → ``over capacity, stalled`` in the user's language."""
    names = {
        "over_capacity": tr("over capacity"),
        "stalled": tr("stalled"),
        "no_permission": tr("no permission"),
    }
    parts = [p for p in (flags or "").split(";") if p]
    return ", ".join(names.get(p, p.replace("_", " ")) for p in parts)
