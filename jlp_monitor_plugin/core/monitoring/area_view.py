"""The monitoring figures of one area — the plan, a policy area or an LPA — as plain rows ready to show:
``MonitoringResult.for_area(code)`` gives an ``AreaFigures``.

Everything the Monitoring dock, the reports and the charts show comes from here, with the unit and
the translated label of each column (``Field``), flag and statement step, so they only render: no
figure is added up and no number format is chosen outside ``core.monitoring``. Rows are dicts of
plain Python values (None for a blank); the five-year supply and the HDT are the whole plan's whatever
the area (DOMAIN.md §1).
"""

from collections import OrderedDict
from typing import Any, Dict, List, NamedTuple, Optional, Sequence

from ..translation import tr
from . import units
from .settings import PLAN
from .site_progress import NO_PERMISSION, OVER_CAPACITY, STALLED
from .units import DECIMAL, INTEGER, NUMBER, PERCENT, RATE, TEXT, YEARS


class Field(NamedTuple):
    """A column (or flag, or step): ``label`` is the short heading the dock shows, ``title`` the one a
    report prints (``label`` when blank), ``description`` what it means."""

    key: str
    label: str
    unit: str = TEXT
    description: str = ""
    title: str = ""

    @property
    def heading(self) -> str:
        return self.title or self.label


def completion_fields() -> List[Field]:
    return [
        Field("monitoring_year", tr("Year"), TEXT, tr("Monitoring year, 1 April to 31 March"),
              tr("Monitoring year")),
        Field("allocated", tr("Allocated"), INTEGER, tr("Net completions on allocation sites")),
        Field("windfall", tr("Windfall"), INTEGER, tr("Net completions not on an allocation site")),
        Field("net_units", tr("Net"), INTEGER, tr("Net completions: gains less losses")),
        Field("gross_units", tr("Gross"), INTEGER, tr("Gross completions: gains only")),
        Field("affordable_units", tr("Affordable"), INTEGER, tr("Affordable completions")),
    ]  # fmt: skip


def site_fields() -> List[Field]:
    return [
        Field("site_ref", tr("Site"), TEXT, tr("Double-click a site to zoom the map to it"), tr("Site ref")),
        Field("pct_complete", tr("Complete"), PERCENT, tr("Completed ÷ capacity"), tr("% complete")),
        Field("capacity", tr("Capacity"), INTEGER, tr("Homes capacity of the allocation")),
        Field("permitted", tr("Permitted"), INTEGER, tr("Net units of extant or implemented permissions")),
        Field("completed", tr("Completed"), INTEGER, tr("Net completions up to the base date")),
        Field("under_construction", tr("Building"), INTEGER, tr("Units started and not yet completed"),
              tr("Under construction")),
        Field("not_started", tr("Not started"), INTEGER, tr("Permitted units not started")),
        Field("remaining", tr("Unpermitted"), INTEGER, tr("Capacity with no permission yet"),
              tr("Remaining")),
        Field("flags", tr("Flags"), TEXT, tr("over capacity, stalled, no permission")),
        Field("lpa", tr("LPA"), TEXT, "", tr("Council")),
        Field("policy_area", tr("Policy area"), TEXT),
        Field("site_name", tr("Name"), TEXT, "", tr("Site")),
    ]  # fmt: skip


def flag_fields() -> List[Field]:
    """The site flags (site_progress), by code."""
    return [
        Field(OVER_CAPACITY, tr("over capacity"), TEXT, tr("Completed or permitted above the capacity")),
        Field(STALLED, tr("stalled"), TEXT, tr("Permitted two years or more, no completion in two years")),
        Field(NO_PERMISSION, tr("no permission"), TEXT, tr("Capacity and nothing permitted")),
    ]


def requirement_fields() -> List[Field]:
    return [
        Field("area", tr("Area"), TEXT),
        Field("requirement_total", tr("Requirement"), NUMBER, tr("Net homes required over the plan period"),
              tr("Plan requirement")),
        Field("requirement_to_date", tr("Required to date"), NUMBER, tr("Requirement for the years elapsed"),
              tr("Requirement to date")),
        Field("completions_to_date", tr("Completed"), INTEGER, tr("Net completions in the plan period"),
              tr("Completions to date")),
        Field("difference", tr("Difference"), NUMBER, tr("Completed − required to date")),
        Field("affordable_requirement_total", tr("Affordable req."), NUMBER, tr("Affordable homes required"),
              tr("Affordable requirement")),
        Field("affordable_to_date", tr("Affordable done"), INTEGER, tr("Affordable completions to date"),
              tr("Affordable to date")),
    ]  # fmt: skip


def statement_fields() -> List[Field]:
    """The columns of the five-year supply statement; each step's figure has the unit of its row."""
    return [
        Field("step", tr("Step"), TEXT),
        Field("label", tr("Item"), TEXT, "", tr("Step")),
        Field("value", tr("Figure"), NUMBER),
        Field("working", tr("Working"), TEXT),
    ]


# The unit of each statement step (FiveYearSupply.statement): the buffer is a set percentage, the years
# of supply two decimals, the buffer in homes, the annual figure with it and the lapse discount fractional.
STEP_UNITS = {"G": RATE, "O": YEARS, "H": DECIMAL, "J": DECIMAL, "M": DECIMAL}
HEADLINE_STEPS = ("I", "N", "O")  # the five-year requirement, the supply and the years: its result


def hdt_fields() -> List[Field]:
    return [
        Field("monitoring_year", tr("Year"), TEXT, "", tr("Monitoring year")),
        Field("required", tr("Required"), NUMBER, "", tr("Homes required")),
        Field("delivered", tr("Delivered"), INTEGER, "", tr("Homes delivered")),
    ]


def records(frame, columns: Optional[Sequence[str]] = None) -> List[Dict[str, Any]]:
    """A table's rows as dicts of plain Python values (None for blanks), ``columns`` in that order."""
    keys = list(frame.columns) if columns is None else list(columns)
    return [{k: units.plain(v) for k, v in zip(keys, row)} for row in frame[keys].itertuples(index=False)]


class AreaFigures:
    """The figures of ``code`` at the result's base date. Build with ``MonitoringResult.for_area``."""

    def __init__(self, result, code: str = PLAN):
        self.code = code
        self.base_date = result.base_date
        self.base_year = result.base_year
        self.supply = result.supply  # the whole plan's, whatever the area
        self.delivery_test = result.delivery_test
        self.warnings = list(result.warnings)
        self._result = result
        in_area = result.in_area
        self.completion_records = records(in_area(result.completions_by_year, code))
        self.completions = self._by_year(self.completion_records)
        self.completions_total = sum(r["net_units"] for r in self.completions)
        labels = {f.key: f.label for f in flag_fields()}
        self.sites = []
        for row in result.sites:
            if code == PLAN or row[result.area_column(code)] == code:
                row = dict(row, flags=list(row["flags"]))
                row["flag_labels"] = [labels.get(f, f.replace("_", " ")) for f in row["flags"]]
                self.sites.append(row)
        self.flagged = sum(1 for r in self.sites if r["flags"])
        self.requirement = records(result.requirement_progress)
        self.statement = [
            dict(r, unit=STEP_UNITS.get(r["step"], NUMBER), headline=r["step"] in HEADLINE_STEPS)
            for r in records(result.supply_statement, ["step", "label", "value", "working"])
        ]
        self.hdt_years = records(result.hdt_years, ["monitoring_year", "required", "delivered"])

    @staticmethod
    def _by_year(rows: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
        """Net, gross and affordable completions by monitoring year, net split allocated / windfall."""
        years: OrderedDict[str, Dict[str, Any]] = OrderedDict()
        for entry in rows:
            row = years.setdefault(
                entry["monitoring_year"],
                {"monitoring_year": entry["monitoring_year"], "allocated": 0, "windfall": 0, "net_units": 0,
                 "gross_units": 0, "affordable_units": 0},
            )  # fmt: skip
            row["allocated" if entry["allocated"] == "yes" else "windfall"] += entry["net_units"]
            for key in ("net_units", "gross_units", "affordable_units"):
                row[key] += entry[key]
        return list(years.values())

    @property
    def requirement_row(self) -> Optional[Dict[str, Any]]:
        """The requirement progress of this area (None when it has no requirement row)."""
        return next((r for r in self.requirement if r["area"] == self.code), None)

    @property
    def series(self):
        """The trajectory chart's series (``MonitoringResult.series``)."""
        return self._result.series(self.code)

    @property
    def pct_by_site(self) -> Dict[str, Optional[float]]:
        """site_ref: % complete (None without a capacity), for colouring the map."""
        return {str(r["site_ref"]): r["pct_complete"] for r in self.sites}

    def net_in_year(self, year_label: str) -> int:
        """Net completions in the monitoring year ``year_label`` ("2024/25")."""
        return sum(r["net_units"] for r in self.completions if r["monitoring_year"] == year_label)

    def codes(self, column: str, known: Sequence[str]) -> List[str]:
        """The codes of ``column`` ("lpa", "policy_area") a table of completions needs: ``known`` first,
        then any others the completions hold (completions not placed: "unknown"), sorted."""
        present = {r[column] for r in self.completion_records}
        return list(known) + sorted(present - set(known))

    def completions_by(self, column: str, codes: Sequence[str]) -> List[Dict[str, Any]]:
        """Net completions by monitoring year with one key per code of ``column`` ("lpa", "policy_area"
        or "allocated" with codes yes/no) and their ``total``."""
        years: OrderedDict[str, Dict[str, Any]] = OrderedDict()
        for r in self.completion_records:
            row = years.setdefault(r["monitoring_year"], {"monitoring_year": r["monitoring_year"]})
            row[r[column]] = row.get(r[column], 0) + int(r["net_units"])
        for row in years.values():
            for code in codes:
                row.setdefault(code, 0)
            row["total"] = sum(row[c] for c in codes)
        return list(years.values())

    @property
    def site_totals(self) -> Dict[str, int]:
        """The area's sites added up: capacity, permitted, completed, under construction, not started
        and remaining (blank capacities count as 0)."""
        keys = ("capacity", "permitted", "completed", "under_construction", "not_started", "remaining")
        return {k: sum(int(r[k] or 0) for r in self.sites) for k in keys}

    def permissions_with_status(self, status: str) -> List[Dict[str, Any]]:
        """The permissions whose status at the base date is ``status`` (lapsed, superseded…)."""
        return [r for r in self.permissions if r["status"] == status]

    def superseded_by_type(self) -> List[Dict[str, Any]]:
        """Superseded permissions by permission type: how many and their net units (counted once, in
        the later permission), the most numerous type first."""
        by_type: OrderedDict[str, Dict[str, Any]] = OrderedDict()
        for record in self.permissions_with_status("superseded"):
            kind = record.get("permission_type") or tr("not given")
            entry = by_type.setdefault(kind, {"permission_type": kind, "permissions": 0, "net_units": 0})
            entry["permissions"] += 1
            entry["net_units"] += int(record.get("net_units") or 0)
        return sorted(by_type.values(), key=lambda r: -r["permissions"])

    @property
    def permissions(self) -> List[Dict[str, Any]]:
        """Each permission at the base date: lineage, status (extant, lapsed, superseded…), units."""
        return records(self._result.permissions)
