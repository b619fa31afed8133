"""All the monitoring figures of a store at a base date, in one pass: ``compute_monitoring``.

Imports pandas: reach it through ``core.monitoring``, which loads this module only when asked.
"""

import datetime
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

import pandas as pd

from ..store import Store
from . import annex2, plan_age, requirement, site_progress, trajectory
from . import five_year_supply as fys
from . import hdt as hdt_module
from .area_view import AreaFigures
from .inputs import Inputs, read_inputs
from .lineage import Lineages
from .location import Placer
from .periods import DateLike, base_year, label, parse_base_date
from .records import Completion, Start
from .settings import PLAN, MonitoringSettings, read_settings

COMPLETIONS_BY_YEAR_COLUMNS = [
    "monitoring_year",
    "lpa",
    "policy_area",
    "allocated",
    "net_units",
    "gross_units",
    "affordable_units",
]
COMPLETION_COLUMNS = [
    "completion_id",
    "app_ref",
    "completion_date",
    "monitoring_year",
    "year",
    "units",
    "gross_units",
    "affordable_units",
    "site_ref",
    "allocated",
    "lpa",
    "policy_area",
    "placed_by",
    "in_plan_period",
]
PERMISSION_COLUMNS = [
    "app_ref",
    "lineage",
    "permission_type",
    "decision_date",
    "expiry_date",
    "status",
    "net_units",
    "counted_units",
    "site_ref",
]


@dataclass
class MonitoringResult:
    """The figures at one base date. The five SPEC.md tables hold exactly its columns first (extra
    columns may follow); the rest are the workings behind them."""

    base_date: datetime.date
    settings: MonitoringSettings
    completions_by_year: pd.DataFrame
    site_progress: pd.DataFrame
    requirement_progress: pd.DataFrame
    five_year_supply: pd.DataFrame  # one row
    hdt: pd.DataFrame  # one row
    completions: pd.DataFrame  # each completion up to the base date, with where it belongs
    permissions: pd.DataFrame  # each permission: lineage, status, units counted
    trajectory: pd.DataFrame  # officer rows and default build-out rows
    supply: fys.FiveYearSupply  # every figure of the five-year supply
    supply_statement: pd.DataFrame  # step, label, value, working
    delivery_test: hdt_module.Hdt
    hdt_years: pd.DataFrame  # monitoring_year, required, delivered
    warnings: List[str] = field(default_factory=list)
    sites: List[dict] = field(default_factory=list)  # site_progress's rows, flags as lists of codes
    # NPPF Annex 2 (annex2.py): each site's and permission's category and result, and the homes
    # removed from the five-year supply for want of clear evidence.
    annex2: Optional[pd.DataFrame] = None
    supply_removed: Optional[pd.DataFrame] = None

    @property
    def base_year(self) -> int:
        return base_year(self.base_date)

    def tables(self) -> "OrderedDict[str, pd.DataFrame]":
        """The five summary tables by CSV name (without .csv), in SPEC.md's order."""
        return OrderedDict(
            [
                ("completions_by_year", self.completions_by_year),
                ("site_progress", self.site_progress),
                ("requirement_progress", self.requirement_progress),
                ("five_year_supply", self.five_year_supply),
                ("hdt", self.hdt),
            ]
        )

    def area_column(self, area: str) -> Optional[str]:
        """The column that holds ``area``'s code: None for PLAN (everything), "policy_area" for a
        policy area, else "lpa"."""
        if area == PLAN:
            return None
        return "policy_area" if area in self.settings.policy_areas else "lpa"

    def in_area(self, frame: pd.DataFrame, area: str) -> pd.DataFrame:
        """The rows of ``frame`` (with lpa and policy_area columns) that belong to ``area``."""
        column = self.area_column(area)
        if column is None or not len(frame):
            return frame
        return frame[frame[column] == area]

    def area_completions(self, area: str) -> pd.DataFrame:
        """The completions that belong to an area: PLAN (all), a policy area or an LPA code."""
        return self.in_area(self.completions, area)

    def for_area(self, area: str = PLAN) -> "AreaFigures":
        """The figures of one area (PLAN, a policy area or an LPA) ready to show."""
        return AreaFigures(self, area)

    def series(self, area: str = PLAN) -> pd.DataFrame:
        """By monitoring year, for the trajectory chart: net completions (to the base date), the
        requirement (plan years), projected units (after the base date; all and deliverable), and
        the cumulative completions-then-projection and requirement."""
        # Dicts by year: looked up by the year itself (a Series' get() on an empty or object index
        # falls back to positions, which pandas is deprecating).
        done = self.area_completions(area).groupby("year")["units"].sum().to_dict()
        future = self.in_area(self.trajectory[self.trajectory["year"] > self.base_year], area)
        projected = future.groupby("year")["units"].sum().to_dict()
        deliverable = future[future["deliverable"] == 1].groupby("year")["units"].sum().to_dict()
        years = sorted(set(self.settings.plan_years) | set(done) | set(projected))
        rows = []
        delivered_total = 0.0
        required_total = 0.0
        for year in years:
            required = self.settings.requirement_for_year(area, year) if self.settings.in_plan(year) else None
            completed = int(done.get(year, 0)) if year <= self.base_year else None
            ahead = float(projected.get(year, 0)) if year > self.base_year else None
            delivered_total += (completed or 0) + (ahead or 0)
            required_total += required or 0
            rows.append(
                {
                    "monitoring_year": label(year),
                    "year": year,
                    "completions": completed,
                    "requirement": required,
                    "projected": ahead,
                    "projected_deliverable": float(deliverable.get(year, 0))
                    if year > self.base_year
                    else None,
                    "cumulative": delivered_total,
                    "cumulative_requirement": required_total if self.settings.in_plan(year) else None,
                }
            )
        return pd.DataFrame(rows)


def _frame(rows: List[dict], columns: List[str], integers: Tuple[str, ...] = ()) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=columns)
    for name in integers:
        frame[name] = frame[name].astype("Int64")  # integers with blanks stay integers
    return frame


def counted_completions(inputs: Inputs, base_date: datetime.date) -> List[Completion]:
    """Completions on or before the base date; one with only a monitoring year counts in that year."""
    last = base_year(base_date)
    return [
        c
        for c in inputs.completions
        if (c.completion_date <= base_date if c.completion_date is not None else c.year <= last)
    ]


def compute_monitoring(
    store: Store, base_date: Optional[DateLike] = None, today: Optional[DateLike] = None
) -> MonitoringResult:
    """Every monitoring figure of ``store`` at ``base_date`` (default: the latest 31 March on or
    before ``today``). Raises MonitoringError for a bad base date or unusable plan settings."""
    base = parse_base_date(base_date, today)
    settings = read_settings(store.plan_settings())
    inputs = read_inputs(store)
    return compute_from_inputs(inputs, settings, base)


def compute_from_inputs(
    inputs: Inputs, settings: MonitoringSettings, base: datetime.date
) -> MonitoringResult:
    """The figures from inputs already read (``read_inputs``): a caller showing several base dates
    reads the store once."""
    settings, age = plan_age.resolved(settings, base)  # five_year_basis auto: by the plan's age
    last = base_year(base)
    completions = counted_completions(inputs, base)
    starts = [s for s in inputs.starts if s.start_date <= base]
    events = {s.app_ref for s in starts} | {c.app_ref for c in completions if c.app_ref}
    lineages = Lineages(inputs.permissions, base, settings.default_expiry_years, events)
    linked = linked_figures(lineages, starts, completions)
    placer = Placer(inputs.locator, inputs.allocations, inputs.permissions)
    completion_rows = [_completion_row(c, placer, settings) for c in completions]
    completion_frame = _frame(completion_rows, COMPLETION_COLUMNS)

    sites = site_progress.site_rows(inputs.allocations, lineages.parts, completions, linked, lineages, base)
    net_by_area, affordable_by_area = plan_period_totals(completion_rows)
    requirement_frame = _frame(
        requirement.requirement_rows(settings, last, net_by_area, affordable_by_area),
        requirement.COLUMNS + requirement.EXTRA_COLUMNS,
        integers=("completions_to_date", "affordable_to_date", "years_elapsed"),
    )
    delivery_test = hdt_module.housing_delivery_test(settings, last, net_by_year(completion_rows))

    # Trajectory: officer entries and default build-out.
    builder = trajectory.TrajectoryBuilder(settings, last, lineages, linked, placer)
    # NPPF Annex 2: category-b homes in the five years count only with clear evidence.
    classifier = annex2.Annex2(
        base,
        last,
        settings.evidence_max_age_months,
        lineages,
        inputs.allocations,
        sites,
        linked,
        inputs.evidence,
        placer,
    )
    trajectory_rows, annex2_rows, removed_rows = classifier.apply(
        builder.rows(inputs.trajectory, sites, lineages.parts)
    )
    trajectory_frame = _frame(
        trajectory_rows,
        trajectory.COLUMNS + trajectory.EXTRA_COLUMNS,
        integers=("units", "deliverable", "year"),
    )
    supply = fys.five_year_supply(
        settings,
        base,
        requirement.requirement_to_date(settings, PLAN, last) or 0.0,
        net_by_area.get(PLAN, 0),
        delivery_test.pct,
        deliverable_by_year(trajectory_frame),
        small_sites_not_started(lineages, linked, settings.small_site_threshold),
    )._replace(basis_note=age.note)

    return MonitoringResult(
        base_date=base,
        settings=settings,
        completions_by_year=completions_by_year(completion_frame),
        site_progress=_site_frame(sites),
        requirement_progress=requirement_frame,
        five_year_supply=_frame([supply.row()], fys.COLUMNS + fys.EXTRA_COLUMNS),
        hdt=_frame([delivery_test.row()], hdt_module.COLUMNS),
        completions=completion_frame,
        permissions=_frame([_permission_row(lineages, ref) for ref in lineages.by_ref], PERMISSION_COLUMNS),
        trajectory=trajectory_frame,
        supply=supply,
        supply_statement=_frame(supply.statement(), ["step", "label", "value", "working"]),
        delivery_test=delivery_test,
        hdt_years=_frame(delivery_test.year_rows(), ["monitoring_year", "required", "delivered"]),
        warnings=list(inputs.warnings),
        sites=sites,
        annex2=_frame(annex2_rows, annex2.COLUMNS),
        supply_removed=_frame(removed_rows, annex2.REMOVED_COLUMNS, integers=("units",)),
    )


# -- the steps ------------------------------------------------------------------------------------

Linked = Dict[Tuple[str, Optional[str]], Dict[str, int]]


def linked_figures(lineages: Lineages, starts: List[Start], completions: List[Completion]) -> Linked:
    """Starts and completions recorded on each lineage's permissions, by the permission's site:
    {(lineage root, site_ref): {"started", "completed", "rows"}} ("rows": completions with units)."""
    linked: Linked = {}

    def figures(app_ref: str) -> Dict[str, int]:
        key = (lineages.root_of[app_ref], lineages.by_ref[app_ref].site_ref)
        return linked.setdefault(key, {"started": 0, "completed": 0, "rows": 0})

    for start in starts:
        if start.app_ref in lineages.root_of:
            figures(start.app_ref)["started"] += start.units
    for completion in completions:
        if completion.app_ref in lineages.root_of:
            entry = figures(completion.app_ref)
            entry["completed"] += completion.units
            entry["rows"] += 1 if completion.units > 0 else 0
    return linked


def _completion_row(c: Completion, placer: Placer, settings: MonitoringSettings) -> dict:
    """One counted completion with where it belongs (COMPLETION_COLUMNS)."""
    place = placer.completion_place(c)
    return {
        "completion_id": c.completion_id,
        "app_ref": c.app_ref,
        "completion_date": c.completion_date.isoformat() if c.completion_date else None,
        "monitoring_year": label(c.year),
        "year": c.year,
        "units": c.units,
        "gross_units": max(c.units, 0),
        "affordable_units": c.affordable_units,
        "site_ref": c.site_ref,
        "allocated": "yes" if c.site_ref else "no",
        "lpa": place.lpa,
        "policy_area": place.policy_area,
        "placed_by": place.placed_by,
        "in_plan_period": settings.in_plan(c.year),
    }


def completions_by_year(completion_frame: pd.DataFrame) -> pd.DataFrame:
    """Net, gross and affordable completions by monitoring year, area and allocated or windfall."""
    if not len(completion_frame):
        return _frame([], COMPLETIONS_BY_YEAR_COLUMNS)
    by_year = (
        completion_frame.groupby(["year", "monitoring_year", "lpa", "policy_area", "allocated"], sort=True)
        .agg(
            net_units=("units", "sum"),
            gross_units=("gross_units", "sum"),
            affordable_units=("affordable_units", "sum"),
        )
        .reset_index()
    )
    by_year = by_year[COMPLETIONS_BY_YEAR_COLUMNS].reset_index(drop=True)
    return by_year.astype({"net_units": "int64", "gross_units": "int64", "affordable_units": "int64"})


def _site_frame(sites: List[dict]) -> pd.DataFrame:
    """The site progress rows as a table (flags joined with ";")."""
    frame = _frame(
        [dict(r, flags=";".join(r["flags"])) for r in sites],
        site_progress.COLUMNS,
        integers=("capacity", "permitted", "completed", "under_construction", "not_started", "remaining"),
    )
    frame["pct_complete"] = frame["pct_complete"].astype("float64")
    return frame


def plan_period_totals(completion_rows: List[dict]) -> Tuple[Dict[str, int], Dict[str, int]]:
    """Plan-period completions to date, net and affordable, by area (the plan, each LPA and policy
    area): what requirement progress and the five-year supply measure against."""
    net_by_area: Dict[str, int] = {PLAN: 0}
    affordable_by_area: Dict[str, int] = {PLAN: 0}
    for r in completion_rows:
        if not r["in_plan_period"]:
            continue
        for area in {PLAN, r["lpa"], r["policy_area"]}:
            net_by_area[area] = net_by_area.get(area, 0) + r["units"]
            affordable_by_area[area] = affordable_by_area.get(area, 0) + r["affordable_units"]
    return net_by_area, affordable_by_area


def net_by_year(completion_rows: List[dict]) -> Dict[int, int]:
    """Net completions by monitoring year (the Housing Delivery Test's delivered homes)."""
    totals: Dict[int, int] = {}
    for r in completion_rows:
        totals[r["year"]] = totals.get(r["year"], 0) + r["units"]
    return totals


def deliverable_by_year(trajectory_frame: pd.DataFrame) -> Dict[int, float]:
    """Units of the trajectory's deliverable rows, by year (the five-year supply's sites)."""
    totals: Dict[int, float] = {}
    for year, units, flag in zip(
        trajectory_frame["year"], trajectory_frame["units"], trajectory_frame["deliverable"]
    ):
        if flag == 1:
            totals[int(year)] = totals.get(int(year), 0) + int(units)
    return totals


def small_sites_not_started(lineages: Lineages, linked: Linked, threshold: float) -> int:
    """The lapse discount's base: not-started units of small lineages (under ``threshold`` units) with
    extant (or implemented) permission."""
    started: Dict[str, int] = {}
    built: Dict[str, int] = {}
    for (root, _site), entry in linked.items():
        started[root] = started.get(root, 0) + entry["started"]
        built[root] = built.get(root, 0) + entry["completed"]
    not_started = 0
    for root, units in lineages.lineage_units().items():
        if 0 < units < threshold:
            under_construction = max(started.get(root, 0) - built.get(root, 0), 0)
            not_started += max(units - built.get(root, 0) - under_construction, 0)
    return not_started


def _permission_row(lineages: Lineages, ref: str) -> dict:
    """One permission with its lineage and status at the base date (PERMISSION_COLUMNS)."""
    permission, status = lineages.by_ref[ref], lineages.status[ref]
    return {
        "app_ref": ref,
        "lineage": status.lineage,
        "permission_type": permission.permission_type,
        "decision_date": permission.decision_date.isoformat() if permission.decision_date else None,
        "expiry_date": status.expiry.isoformat() if status.expiry else None,
        "status": status.status,
        "net_units": permission.net_units,
        "counted_units": status.counted_units,
        "site_ref": permission.site_ref,
    }
