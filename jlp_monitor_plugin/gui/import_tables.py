"""The import dialog's two tables: ``MappingTable`` (one row a field of the store, with the file's
column, a 'constant' or a {Column} template for it in an editable list) and ``PreviewTable`` (the
file's first rows, each problem the import would find marked on its cell: red for an error that
rejects the row, amber for a warning, the message as the tooltip)."""

from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem

from ..core import schema
from ..core.importing import field_map as fm
from ..core.importing.validation import ERROR, Problem, as_text
from ..core.translation import tr

ERROR_COLOUR = QColor(255, 196, 196)
WARNING_COLOUR = QColor(255, 232, 170)


class MappingTable:
    """The mapping as the officer edits it; ``edited`` is called when any of its sources changes."""

    def __init__(self, table: QTableWidget, edited: Callable[..., None]):
        self.table = table
        self.edited = edited

    @staticmethod
    def sources(mapping: fm.FieldMap) -> Dict[str, str]:
        """A mapping's source for each field, as the table shows it."""
        sources = dict(mapping.columns)
        sources.update({t: "'{}'".format(c) for t, c in mapping.constants.items()})
        sources.update(mapping.templates)
        return sources

    def build(self, target: str, headings: Sequence[str], sources: Dict[str, str]) -> None:
        fields = fm.importable_fields(target)
        required = set(schema.LAYERS[fm.TARGET_LAYERS[target]].required_fields)
        self.table.setRowCount(len(fields))
        for row, field in enumerate(fields):
            label = field + (" *" if field in required else "")
            item = QTableWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, field)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if field in ("site_ref", "tag_locked") and target in (fm.PERMISSIONS, fm.COMPLETIONS):
                item.setToolTip(tr("Imported for new rows only: an import never changes existing tags"))
            self.table.setItem(row, 0, item)
            combo = QComboBox(self.table)
            combo.setEditable(True)
            combo.addItem("")
            combo.addItems(headings)
            value = sources.get(field, "")
            index = combo.findText(value)
            if index >= 0:
                combo.setCurrentIndex(index)
            else:
                combo.setEditText(value)
            combo.currentTextChanged.connect(self.edited)
            self.table.setCellWidget(row, 1, combo)
        self.table.resizeColumnToContents(0)

    def combo(self, field: str) -> Optional[QComboBox]:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == field:
                return self.table.cellWidget(row, 1)
        return None

    def text(self) -> str:
        """The mapping in FIELD_MAP form (``target=source;…``), the fields left empty left out."""
        parts = []
        for row in range(self.table.rowCount()):
            field = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            source = self.table.cellWidget(row, 1).currentText().strip()
            if source:
                parts.append("{}={}".format(field, source))
        return ";".join(parts)


class PreviewTable:
    """The first rows of the file with their problems marked."""

    def __init__(self, table: QTableWidget):
        self.table = table
        self.headings = []  # type: List[str]

    def clear(self) -> None:
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.headings = []

    def show(
        self, headings: List[str], name: str, rows: Sequence[Tuple[int, Dict[str, Any], List[Problem]]]
    ) -> Tuple[int, int]:
        """Fill the table with ``rows`` (number, values, problems) of the file ``name``; returns (rows
        with problems, rows that would be rejected)."""
        self.headings = list(headings)
        self.table.setColumnCount(len(headings))
        self.table.setHorizontalHeaderLabels(headings)
        self.table.setRowCount(len(rows))
        flagged = errors = 0
        for index, (number, values, problems) in enumerate(rows):
            header = QTableWidgetItem(str(number))
            self.table.setVerticalHeaderItem(index, header)
            for column, heading in enumerate(headings):
                self.table.setItem(index, column, QTableWidgetItem(as_text(values.get(heading)) or ""))
            if problems:
                flagged += 1
                errors += any(p.severity == ERROR for p in problems)
                self._mark(index, header, name, problems)
        self.table.resizeColumnsToContents()
        return flagged, errors

    def _mark(self, index: int, header: QTableWidgetItem, name: str, problems: List[Problem]) -> None:
        colours = {}  # type: Dict[int, QColor]
        tips = {}  # type: Dict[int, List[str]]
        headings = self.headings
        for problem in problems:
            colour = ERROR_COLOUR if problem.severity == ERROR else WARNING_COLOUR
            columns = [c for c in (problem.column or "").split(" / ") if c in headings]
            columns += [c for c in (problem.column or "").split(" + ") if c in headings and c not in columns]
            for heading in columns or headings[:1]:
                column = headings.index(heading)
                if colours.get(column) != ERROR_COLOUR:
                    colours[column] = colour
                tips.setdefault(column, []).append(problem.message(name))
        for column, colour in colours.items():
            item = self.table.item(index, column)
            item.setBackground(QBrush(colour))
            item.setToolTip("\n".join(tips[column]))
        worst = ERROR_COLOUR if any(p.severity == ERROR for p in problems) else WARNING_COLOUR
        header.setBackground(QBrush(worst))
        header.setToolTip("\n".join(p.message(name) for p in problems))

    def cell_problem(self, row: int, heading: str) -> str:
        """The tooltip of a cell (its problems), for tests and screen readers."""
        item = self.table.item(row, self.headings.index(heading))
        return item.toolTip() if item is not None else ""

    def cell_colour(self, row: int, heading: str) -> Optional[QColor]:
        item = self.table.item(row, self.headings.index(heading))
        brush = item.background() if item is not None else None
        return brush.color() if brush is not None and brush.style() != Qt.BrushStyle.NoBrush else None
