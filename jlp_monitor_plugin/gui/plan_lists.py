"""Editable lists of a plan's councils (code, name, GSS code) and policy areas (code, name), and its
requirement table (an area a row: total and affordable homes), for the new-plan wizard and the
settings editor. What they hold is checked by core/plan_definition.py, as a plan file is."""

from typing import Any, Dict, List, Optional

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.translation import tr
from .settings_requirements import number_text, parse_number


def _fit_rows(table: QTableWidget, at_most: int = 8) -> None:
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    rows = max(min(table.rowCount(), at_most), 2)
    height = table.horizontalHeader().height() + rows * table.verticalHeader().defaultSectionSize()
    table.setMinimumHeight(height + 2 * table.frameWidth() + 2)


class CodeListEditor(QWidget):
    """A table of {code, name[, gss]} with Add and Remove; ``changed`` when a row or a code changes."""

    changed = pyqtSignal()

    def __init__(self, with_gss: bool, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.keys = ["code", "name", "gss"] if with_gss else ["code", "name"]
        headings = {"code": tr("Code"), "name": tr("Name"), "gss": tr("GSS code")}
        self.table = QTableWidget(0, len(self.keys))
        self.table.setHorizontalHeaderLabels([headings[k] for k in self.keys])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.addButton = QPushButton(tr("Add"))
        self.removeButton = QPushButton(tr("Remove"))
        self.addButton.clicked.connect(self.add_row)
        self.removeButton.clicked.connect(self.remove_row)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        buttons = QHBoxLayout()
        buttons.addWidget(self.addButton)
        buttons.addWidget(self.removeButton)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        _fit_rows(self.table)

    def set_items(self, items: List[Dict[str, Any]]) -> None:
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(0)
            for item in items or []:
                self._append(item)
        finally:
            self.table.blockSignals(False)
        _fit_rows(self.table)
        self.changed.emit()

    def _append(self, item: Dict[str, Any]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, key in enumerate(self.keys):
            self.table.setItem(row, column, QTableWidgetItem(str(item.get(key) or "")))

    def add_row(self) -> None:
        self._append({})
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        _fit_rows(self.table)
        self.changed.emit()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def items(self) -> List[Dict[str, Any]]:
        """The rows as a plan file writes them (an empty GSS code left out; empty rows dropped)."""
        out = []
        for row in range(self.table.rowCount()):
            values = {}
            for column, key in enumerate(self.keys):
                cell = self.table.item(row, column)
                text = cell.text().strip() if cell is not None else ""
                if text or key != "gss":
                    values[key] = text
            if any(values.values()):
                out.append(values)
        return out


class RequirementTable(QTableWidget):
    """Total and affordable homes over the plan period for the whole plan, each policy area and each
    council; rows follow the lists, figures typed are kept when the lists change."""

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([tr("Area"), tr("Total"), tr("Affordable")])
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.areas: List[str] = []

    def set_areas(self, areas: List[Dict[str, Any]], requirements: Optional[Dict[str, Any]] = None) -> None:
        """``areas``: the policy areas then the councils ({code, name}); PLAN comes first."""
        try:
            kept = self.requirements(strict=False)
        except ValueError:
            kept = {}
        kept.update(requirements or {})
        codes = [("PLAN", tr("Whole plan"))] + [
            (a["code"], a.get("name") or a["code"]) for a in areas if a.get("code")
        ]
        self.setRowCount(len(codes))
        self.areas = [code for code, _name in codes]
        for row, (code, name) in enumerate(codes):
            item = QTableWidgetItem(tr("Plan") if code == "PLAN" else "{} — {}".format(code, name))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.setItem(row, 0, item)
            figures = kept.get(code) or {}
            for column, key in ((1, "total"), (2, "affordable")):
                cell = QTableWidgetItem(number_text(figures.get(key)))
                cell.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                self.setItem(row, column, cell)
        _fit_rows(self, 5)

    def requirements(self, strict: bool = True) -> Dict[str, Dict[str, Any]]:
        """{area: {total, affordable}} of the rows with a figure; ``strict``: ValueError naming the
        area of a figure that is not a number."""
        out = {}
        for row, code in enumerate(self.areas):
            figures = {}
            for column, key in ((1, "total"), (2, "affordable")):
                cell = self.item(row, column)
                text = cell.text() if cell is not None else ""
                try:
                    figures[key] = parse_number(text)
                except ValueError:
                    if strict:
                        raise ValueError(
                            tr("The {} requirement of {} is '{}': type a number of homes.").format(
                                tr("total") if key == "total" else tr("affordable"), code, text
                            )
                        ) from None
                    figures[key] = None
            if figures["total"] is not None or figures["affordable"] is not None:
                out[code] = figures
        return out


class SteppedTable(QTableWidget):
    """A stepped requirement: a row per monitoring year of the plan, a column per area; an empty cell
    takes the flat average (total ÷ plan years)."""

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(0, 0, parent)
        self.years: List[str] = []
        self.areas: List[str] = []
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def set_frame(self, years: List[str], areas: List[str], stepped: Optional[Dict[str, Any]] = None) -> None:
        """``years``: monitoring year labels ("2024/25"); typed figures in kept cells stay."""
        try:
            kept = self.stepped(strict=False)
        except ValueError:
            kept = {}
        for area, steps in (stepped or {}).items():
            kept.setdefault(area, {}).update(steps or {})
        self.years, self.areas = list(years), list(areas)
        self.clear()
        self.setRowCount(len(self.years))
        self.setColumnCount(len(self.areas))
        self.setHorizontalHeaderLabels([tr("Plan") if a == "PLAN" else a for a in self.areas])
        self.setVerticalHeaderLabels(self.years)
        for column, area in enumerate(self.areas):
            for row, year in enumerate(self.years):
                cell = QTableWidgetItem(number_text((kept.get(area) or {}).get(year)))
                cell.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                self.setItem(row, column, cell)
        _fit_rows(self, 4)

    def stepped(self, strict: bool = True) -> Dict[str, Dict[str, Any]]:
        """{area: {"2024/25": homes}} of the filled cells; ``strict``: ValueError naming the cell."""
        out: Dict[str, Dict[str, Any]] = {}
        for column, area in enumerate(self.areas):
            for row, year in enumerate(self.years):
                cell = self.item(row, column)
                text = cell.text() if cell is not None else ""
                try:
                    value = parse_number(text)
                except ValueError:
                    if strict:
                        raise ValueError(
                            tr(
                                "The stepped requirement of {} for {} is '{}': type a number of homes."
                            ).format(area, year, text)
                        ) from None
                    continue
                if value is not None:
                    out.setdefault(area, {})[year] = value
        return out
