"""The plan settings' requirement tables in the settings editor: the total and affordable requirement of
each area, and the stepped requirement (a row per monitoring year, a column per area; an empty cell
takes the flat average), with the cell helpers that keep an untouched figure exactly as stored."""

from typing import Any, Dict, List, Optional

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from ..core.monitoring.periods import label, year_of_label
from ..core.translation import tr


def number_text(value: Any) -> str:
    """A figure to edit: whole numbers as whole, others with at most two decimals (never
    33.33333333333333); no grouping, so it reads back as typed."""
    if value is None:
        return ""
    number = float(value)
    if number == int(number):
        return str(int(number))
    return "{:.2f}".format(number).rstrip("0").rstrip(".")


ORIGINAL_ROLE = Qt.ItemDataRole.UserRole + 1  # (text shown, value stored): an untouched cell keeps its value


def _cell(value: Any) -> QTableWidgetItem:
    item = QTableWidgetItem(number_text(value))
    item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
    if value is not None:
        item.setData(ORIGINAL_ROLE, [item.text(), value])
    return item


def _cell_number(item: Optional[QTableWidgetItem]) -> Optional[float]:
    """The figure in a table cell: the stored value when the cell was not changed, else what is typed
    (ValueError when that is not a number)."""
    if item is None:
        return None
    original = item.data(ORIGINAL_ROLE)
    if original and original[0] == item.text():
        return original[1]
    return parse_number(item.text())


def parse_number(text: str) -> Optional[float]:
    text = text.strip().replace(",", "")
    if not text:
        return None
    number = float(text)
    return int(number) if number == int(number) else number


def whole(value: float) -> Any:
    return int(value) if float(value) == int(value) else float(value)


class RequirementTablesMixin:
    """For the SettingsEditor: fills and reads its ``requirementsTable`` and the stepped table it adds
    beside ``steppedEdit``; uses its plan start and end date edits."""

    def _build_stepped_table(self) -> None:
        """The stepped requirement as a table: a row per monitoring year of the plan, a column per
        area; an empty cell takes the flat average (the old JSON box stays hidden)."""
        self.steppedEdit.setVisible(False)
        self.steppedTable = QTableWidget(0, 0)
        self.steppedTable.setObjectName("steppedTable")
        self.steppedTable.setWordWrap(False)
        self.steppedTable.verticalHeader().setDefaultSectionSize(self.steppedTable.fontMetrics().height() + 8)
        self.steppedTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.steppedTable.setMinimumHeight(160)
        index = self.requirementLayout.indexOf(self.steppedEdit)
        self.requirementLayout.insertWidget(index + 1, self.steppedTable)
        self.stepped_years: List[int] = []
        self.stepped_areas: List[str] = []
        self.planStartEdit.dateChanged.connect(
            lambda _d: self._fill_stepped(self._stepped_values(strict=False))
        )
        self.planEndEdit.dateChanged.connect(
            lambda _d: self._fill_stepped(self._stepped_values(strict=False))
        )

    def _load_requirements(self, values: Dict[str, Any]) -> None:
        requirements = values.get("requirements") or {}
        self.area_names = {"PLAN": tr("Whole plan")}
        areas = ["PLAN"]
        for item in list(values.get("policy_areas") or []) + list(values.get("lpas") or []):
            code = item.get("code") if isinstance(item, dict) else item
            if code and code not in areas:
                areas.append(str(code))
                self.area_names[str(code)] = (item.get("name") if isinstance(item, dict) else None) or str(
                    code
                )
        areas += sorted(a for a in requirements if a not in areas)
        self.areas = areas
        table = self.requirementsTable
        table.setRowCount(len(areas))
        for row, area in enumerate(areas):
            # The code keeps the table narrow; the name is its tooltip.
            name = QTableWidgetItem(tr("Plan") if area == "PLAN" else area)
            name.setToolTip(self.area_names.get(area, area))
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setData(Qt.ItemDataRole.UserRole, area)
            table.setItem(row, 0, name)
            figures = requirements.get(area) or {}
            if not isinstance(figures, dict):
                figures = {"total": figures}
            for column, key in ((1, "total"), (2, "affordable")):
                table.setItem(row, column, _cell(figures.get(key)))
        height = table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(len(areas)))
        height += 2 * table.frameWidth() + 2
        table.setMinimumHeight(min(height, 260))
        table.setMaximumHeight(height)

    def _area_title(self, area: str) -> str:
        name = self.area_names.get(area)
        if area == "PLAN":
            return tr("the whole plan")
        return "{} ({})".format(name, area) if name and name != area else area

    def _plan_years(self) -> List[int]:
        start = self.planStartEdit.date()
        end = self.planEndEdit.date()
        if not start.isValid() or not end.isValid() or end <= start:
            return []
        return list(range(start.year() if start.month() >= 4 else start.year() - 1, end.year()))

    def _fill_stepped(self, stepped: Dict[str, Any]) -> None:
        """Rows: the plan's monitoring years (and any year the settings hold outside it); columns: the
        areas of the requirement table."""
        by_area: Dict[str, Dict[int, Any]] = {}
        for area, years in (stepped or {}).items():
            for key, units in (years or {}).items():
                year = key if isinstance(key, int) else year_of_label(str(key))
                if year is not None:
                    by_area.setdefault(str(area), {})[year] = units
        years = sorted(set(self._plan_years()) | {y for v in by_area.values() for y in v})
        areas = list(self.areas) + sorted(a for a in by_area if a not in self.areas)
        table = self.steppedTable
        table.blockSignals(True)
        try:
            table.clear()
            table.setRowCount(len(years))
            table.setColumnCount(len(areas))
            table.setHorizontalHeaderLabels([tr("Plan") if a == "PLAN" else a for a in areas])
            table.setVerticalHeaderLabels([label(y) for y in years])
            for column, area in enumerate(areas):
                header = table.horizontalHeaderItem(column)
                if header is not None:
                    header.setToolTip(self.area_names.get(area, area))
                for row, year in enumerate(years):
                    table.setItem(row, column, _cell(by_area.get(area, {}).get(year)))
        finally:
            table.blockSignals(False)
        self.stepped_years = years
        self.stepped_areas = areas

    def _stepped_values(self, strict: bool) -> Dict[str, Dict[str, Any]]:
        """{area: {"2024/25": homes}} of the filled cells; ``strict``: a cell that is not a number raises
        ValueError naming the area and the year (else it is dropped)."""
        out: Dict[str, Dict[str, Any]] = {}
        for column, area in enumerate(self.stepped_areas):
            for row, year in enumerate(self.stepped_years):
                item = self.steppedTable.item(row, column)
                try:
                    value = _cell_number(item)
                except ValueError:
                    if not strict:
                        continue
                    raise ValueError(
                        tr(
                            "The stepped requirement of {area} for {year} is '{text}': type a number of "
                            "homes, or leave it empty for the flat average."
                        ).format(area=self._area_title(area), year=label(year), text=item.text())
                    ) from None
                if value is None:
                    continue
                if strict and value < 0:
                    raise ValueError(
                        tr("The stepped requirement of {area} for {year} cannot be negative.").format(
                            area=self._area_title(area), year=label(year)
                        )
                    )
                out.setdefault(area, {})[label(year)] = value
        return out

    def _requirement_values(self) -> Dict[str, Any]:
        """{area: {"total": homes, "affordable": homes}} from the requirements table; raises ValueError
        naming the area of a figure that is not a number."""
        requirements: Dict[str, Any] = {}
        for row, area in enumerate(self.areas):
            figures = {}
            for column, key in ((1, "total"), (2, "affordable")):
                item = self.requirementsTable.item(row, column)
                text = item.text() if item is not None else ""
                try:
                    figures[key] = _cell_number(item)
                except ValueError:
                    raise ValueError(
                        tr("The {kind} requirement of {area} is '{text}': type a number of homes.").format(
                            kind=tr("total") if key == "total" else tr("affordable"),
                            area=self._area_title(area),
                            text=text,
                        )
                    ) from None
            requirements[area] = figures
        return requirements
