"""What a report template sees: a plain dict of text, tables and images, rendering the plan's
monitoring figures (``MonitoringResult.for_area(PLAN)``, core.monitoring.area_view) with the plan
settings, the review queue and the importers' rejects files.

Nothing here adds up a figure or chooses a number format: the area view gives the rows and each
column's unit and label; ``tables`` holds the Table/Image objects and the text filters.
"""

import csv
import datetime
import glob
import os
from collections import OrderedDict
from typing import Any, Dict, List, NamedTuple, Optional, Sequence, Tuple

from ..evidence_matching.figures import evidence_table, strength_counts
from ..monitoring.area_view import Field, hdt_fields, requirement_fields, site_fields, statement_fields
from ..monitoring.periods import label
from ..monitoring.settings import PLAN
from ..monitoring.units import TEXT, document_text
from ..review import reason_labels, review_counts
from ..translation import tr
from .tables import MISSING, Column, Image, Table, homes, long_date, percent, text, years_text

PERMISSION_WIDTHS = [12, 7, 18, 28, 10, 10, 7, 8]
SITE_WIDTHS = [9, 14, 8, 10, 10, 11, 9, 10, 9, 10]
SITE_TOTALS = ["capacity", "permitted", "completed", "under_construction", "not_started", "remaining"]


class Names(NamedTuple):
    lpas: Dict[str, str]  # LPA code: name
    areas: Dict[str, str]  # policy area and LPA codes, and PLAN: name


def plan_names(settings: Dict[str, Any]) -> Names:
    lpa_names = {lpa["code"]: lpa.get("name") or lpa["code"] for lpa in settings["lpas"]}
    area_names = {a["code"]: a.get("name") or a["code"] for a in settings["policy_areas"]}
    area_names.update(lpa_names)
    area_names[PLAN] = tr("Plan area")
    return Names(lpa_names, area_names)


def field_column(field: Field, key: Optional[str] = None) -> Column:
    """A report column for one of core's fields: its document heading, its unit's format."""
    if field.unit == TEXT:
        return Column(key or field.key, field.heading)
    return Column(key or field.key, field.heading, lambda v, unit=field.unit: document_text(v, unit), True)


def site_columns() -> List[Column]:
    fields = {f.key: f for f in site_fields()}
    order = ["site_ref", "site_name", "capacity", "permitted", "completed", "under_construction",
             "not_started", "remaining", "pct_complete", "flags"]  # fmt: skip
    return [field_column(fields[k]) for k in order]


# -- the tables ----------------------------------------------------------------------------------------


def completion_tables(plan, figures, names: Names) -> "OrderedDict[str, Table]":
    """Net completions by year and council, by year and policy area, allocated and windfall, and the
    full breakdown. Completions that could not be placed ("unknown") get a column of their own, so
    totals agree."""
    lpa_codes = plan.codes("lpa", figures.lpas)
    area_codes = plan.codes("policy_area", figures.policy_areas)
    year = Column("monitoring_year", tr("Monitoring year"))
    total = Column("total", tr("Total"), homes, True)
    tables: OrderedDict[str, Table] = OrderedDict()
    unplaced = tr("Not in a council area")
    tables["completions_by_lpa"] = Table(
        "completions_by_lpa",
        tr("Net completions by monitoring year and council"),
        [year] + [Column(c, names.lpas.get(c, unplaced), homes, True) for c in lpa_codes] + [total],
        plan.completions_by("lpa", lpa_codes),
    ).with_total(tr("Total"), lpa_codes + ["total"])
    unplaced = tr("Not in a policy area")
    tables["completions_by_policy_area"] = Table(
        "completions_by_policy_area",
        tr("Net completions by monitoring year and policy area"),
        [year] + [Column(c, names.areas.get(c, unplaced), homes, True) for c in area_codes] + [total],
        plan.completions_by("policy_area", area_codes),
    ).with_total(tr("Total"), area_codes + ["total"])
    tables["completions_allocated_windfall"] = Table(
        "completions_allocated_windfall",
        tr("Net completions on allocated sites and windfall"),
        [year, Column("yes", tr("Allocated sites"), homes, True), Column("no", tr("Windfall"), homes, True),
         total],
        plan.completions_by("allocated", ["yes", "no"]),
    ).with_total(tr("Total"), ["yes", "no", "total"])  # fmt: skip
    tables["completions_by_year"] = Table(
        "completions_by_year",
        tr("Completions by monitoring year, council, policy area and allocated or windfall"),
        [
            year,
            Column("lpa", tr("Council")),
            Column("policy_area", tr("Policy area")),
            Column("allocated", tr("Allocated")),
            Column("net_units", tr("Net"), homes, True),
            Column("gross_units", tr("Gross"), homes, True),
            Column("affordable_units", tr("Affordable"), homes, True),
        ],
        plan.completion_records,
    )
    return tables


def requirement_table(plan, names: Names) -> Table:
    fields = requirement_fields()
    records = [dict(r, area_name=names.areas.get(r["area"], r["area"])) for r in plan.requirement]
    return Table(
        "requirement_progress",
        tr("Progress against the housing requirement"),
        [field_column(fields[0], "area_name")] + [field_column(f) for f in fields[1:]],
        records,
    )


def statement_table(plan) -> Table:
    """The five-year supply statement; ``shown`` is each step's figure in its own unit."""
    step, item, value, working = statement_fields()
    records = [
        {"step": r["step"], "label": r["label"], "value": r["value"], "working": r["working"],
         "shown": document_text(r["value"], r["unit"])}
        for r in plan.statement
    ]  # fmt: skip
    return Table(
        "five_year_supply_statement",
        tr("Five-year housing land supply at {}").format(long_date(plan.base_date)),
        [
            Column("step", ""),
            Column("label", item.heading),
            Column("value", value.heading, years_text, True),  # two decimals; print shows "shown"
            Column("working", working.heading),
        ],
        records,
    )


def hdt_table(plan) -> Table:
    return Table(
        "hdt", tr("Housing Delivery Test"), [field_column(f) for f in hdt_fields()], plan.hdt_years
    ).with_total(tr("Total"), ["required", "delivered"])


def site_tables(result, plan, names: Names, images) -> Tuple["OrderedDict[str, Table]", List[dict]]:
    """All allocated sites, and a schedule of the sites of each council (with its map)."""
    fields = {f.key: f for f in site_fields()}
    columns = site_columns()

    def site_records(figures) -> List[Dict[str, Any]]:
        keys = [c.key for c in columns] + ["lpa", "policy_area"]
        return [dict({k: r[k] for k in keys}, flags=", ".join(r["flag_labels"])) for r in figures.sites]

    all_sites = site_records(plan)
    tables: OrderedDict[str, Table] = OrderedDict()
    tables["site_progress"] = Table(
        "site_progress",
        tr("Progress on allocated sites"),
        columns[:2] + [field_column(fields["lpa"]), field_column(fields["policy_area"])] + columns[2:],
        all_sites,
    )
    schedules = []
    known = list(result.settings.lpas)
    for code in known + sorted({r["lpa"] for r in all_sites} - set(known)):
        council = result.for_area(code)
        table = (
            Table(
                "site_schedule_" + code,
                tr("Allocated sites: {}").format(names.lpas.get(code, code)),
                site_columns(),
                site_records(council),
            )
            .with_total(tr("Total"), SITE_TOTALS)
            .with_widths(SITE_WIDTHS)
        )
        tables[table.name] = table
        totals = council.site_totals
        schedules.append(
            {
                "code": code,
                "name": names.lpas.get(code, code),
                "table": table,
                "sites": len(table.records),
                "capacity": homes(totals["capacity"]),
                "completed": homes(totals["completed"]),
                "map": images.get("map_" + code),
            }
        )
    return tables, schedules


def permission_tables(store, plan) -> "OrderedDict[str, Table]":
    """Lapsed and superseded permissions, with what the back-office said about them."""
    details = {
        r["app_ref"]: r
        for r in store.rows("permissions", ["app_ref", "lpa", "address", "proposal"])
        if r.get("app_ref")
    }

    def with_details(records):
        return [dict(r, **{k: details.get(r["app_ref"], {}).get(k) for k in ("lpa", "address", "proposal")})
                for r in records]  # fmt: skip

    columns = [
        Column("app_ref", tr("Application")),
        Column("lpa", tr("Council")),
        Column("address", tr("Address")),
        Column("proposal", tr("Proposal")),
        Column("decision_date", tr("Decided")),
        Column("expiry_date", tr("Expiry")),
        Column("net_units", tr("Homes"), homes, True),
        Column("site_ref", tr("Site")),
    ]
    tables: OrderedDict[str, Table] = OrderedDict()
    tables["lapsed_permissions"] = Table(
        "lapsed_permissions",
        tr("Permissions that lapsed unimplemented by the base date"),
        columns,
        with_details(plan.permissions_with_status("lapsed")),
    ).with_widths(PERMISSION_WIDTHS)
    tables["superseded_permissions"] = Table(
        "superseded_permissions",
        tr("Permissions superseded by a later permission (counted once, in the later one)"),
        columns,
        with_details(plan.permissions_with_status("superseded")),
    ).with_widths(PERMISSION_WIDTHS)
    tables["superseded_summary"] = Table(
        "superseded_summary",
        tr("Superseded permissions by type"),
        [
            Column("permission_type", tr("Type of the superseded permission")),
            Column("permissions", tr("Permissions"), homes, True),
            Column("net_units", tr("Net homes (not counted again)"), homes, True),
        ],
        plan.superseded_by_type(),
    ).with_total(tr("Total"), ["permissions", "net_units"])
    return tables


def data_quality_tables(
    counts: Dict[str, int], reject_paths: Sequence[str], rejected: Optional[List[Dict[str, Any]]] = None
) -> "OrderedDict[str, Table]":
    """The review queue and the importers' rejects (``rejected``: a frozen position's, else read)."""
    labels = reason_labels()
    tables: OrderedDict[str, Table] = OrderedDict()
    tables["review_queue"] = Table(
        "review_queue",
        tr("Tags waiting for review"),
        [Column("reason", tr("Reason")), Column("count", tr("Features"), homes, True)],
        [{"reason": labels.get(k, k), "count": v} for k, v in counts.items()],
    ).with_total(tr("Total"), ["count"])
    tables["rejected_rows"] = Table(
        "rejected_rows",
        tr("Rows refused by the importers"),
        [
            Column("file", tr("Rejects file")),
            Column("layer", tr("Layer")),
            Column("reason", tr("Reason")),
            Column("rows", tr("Rows"), homes, True),
        ],
        read_rejects(reject_paths) if rejected is None else rejected,
    ).with_total(tr("Total"), ["rows"])
    return tables


def headline_rows(plan) -> List[Tuple[str, str]]:
    supply = plan.supply
    this_year = label(plan.base_year)
    plan_row = plan.requirement_row
    return [
        (tr("Net completions in {}").format(this_year), homes(plan.net_in_year(this_year))),
        (tr("Net completions since the start of the plan period"), homes(supply.completions_to_date)),
        (tr("Requirement to date"), homes(supply.requirement_to_date)),
        (
            tr("Difference from the requirement to date"),
            homes(plan_row["difference"]) if plan_row else MISSING,
        ),
        (tr("Five-year housing land supply"), tr("{} years").format(years_text(supply.years_supply))),
        (tr("Housing Delivery Test"), percent(plan.delivery_test.pct, 0)),
    ]


def headline_table(headline: List[Tuple[str, str]]) -> Table:
    return Table(
        "headline",
        tr("Headline figures"),
        [Column("figure", tr("Figure")), Column("value", tr("Value"), text, True)],
        [{"figure": k, "value": v} for k, v in headline],
    )


def rejects_files(store_path: str) -> List[str]:
    """The importers' rejects files next to the store (``rejects*.csv``, as the demo and most
    officers name them) — the store itself does not record rejected rows."""
    folder = os.path.dirname(os.path.abspath(store_path))
    found = set(glob.glob(os.path.join(folder, "rejects*.csv"))) | set(
        glob.glob(os.path.join(folder, "*_rejects*.csv"))
    )
    return sorted(found)


def read_rejects(paths: Sequence[str]) -> List[Dict[str, Any]]:
    """One row per rejects file and reason: file, layer, reason, rows."""
    rows = []
    for path in paths:
        counts: OrderedDict[tuple, int] = OrderedDict()
        try:
            with open(path, newline="", encoding="utf-8-sig") as handle:
                for record in csv.DictReader(handle):
                    reason = (record.get("reason") or "").strip()
                    # Reasons name the row's values ("… 'abc' is not a date"); group on the kind.
                    kind = reason.split(":")[0] if ":" in reason else reason
                    key = (record.get("layer") or "", kind)
                    counts[key] = counts.get(key, 0) + 1
        except (OSError, UnicodeDecodeError, csv.Error):
            continue
        for (layer, reason), count in counts.items():
            rows.append({"file": os.path.basename(path), "layer": layer, "reason": reason, "rows": count})
    return rows


# -- the context -----------------------------------------------------------------------------------------


def build_context(
    store,
    result,
    images: Optional[Dict[str, Image]] = None,
    rejects: Optional[Sequence[str]] = None,
) -> Dict[str, Any]:
    """The dict a report template is rendered with (see the built-in templates for its use).

    ``result`` is a MonitoringResult; ``images`` the maps and charts by name; ``rejects`` the
    importers' rejects CSVs (default: those next to the store).
    """
    settings = store.plan_settings()
    plan = result.for_area(PLAN)
    names = plan_names(settings)
    images = images or {}
    tables: OrderedDict[str, Table] = completion_tables(plan, result.settings, names)
    tables["requirement_progress"] = requirement_table(plan, names)
    tables["five_year_supply_statement"] = statement_table(plan)
    tables["hdt"] = hdt_table(plan)
    sites, schedules = site_tables(result, plan, names, images)
    tables.update(sites)
    tables.update(permission_tables(store, plan))
    frozen = getattr(result, "position", None)  # a frozen position (issue 11): its own data quality
    counts = review_counts(store) if frozen is None else frozen.review_counts()
    reject_paths = rejects_files(store.path) if rejects is None else list(rejects)
    if frozen is not None:
        reject_paths = frozen.rejects_files()
    rejected = None if frozen is None else frozen.rejected_rows()
    tables.update(data_quality_tables(counts, reject_paths, rejected))
    strengths = strength_counts(store) if frozen is None else frozen.evidence_strengths()
    tables["completion_evidence"] = evidence_table(strengths)
    headline = headline_rows(plan)
    tables["headline"] = headline_table(headline)
    context = {
        "plan": plan_text(settings["plan_name"], result.settings),
        "base_date": plan.base_date.isoformat(),
        "base_date_text": long_date(plan.base_date),
        "monitoring_year": label(plan.base_year),
        "generated": long_date(datetime.date.today()),
        "store_name": store.name,
        "councils": councils(settings, images),
        "policy_areas": [dict(a) for a in settings["policy_areas"]],
        "area_names": names.areas,
        "headline": headline,
        "tables": tables,
        "site_schedules": schedules,
        "supply": supply_text(plan, tables["five_year_supply_statement"]),
        "hdt": hdt_text(plan, tables["hdt"]),
        "data_quality": {
            "review_total": sum(counts.values()),
            "rejected_total": sum(r["rows"] for r in tables["rejected_rows"].records),
            "rejects_files": [os.path.basename(p) for p in reject_paths],
            "warnings": list(plan.warnings),
        },
    }
    context["council_names"] = [lpa["name"] for lpa in context["councils"]]
    context["position"] = None if frozen is None else frozen.describe()
    context.update(image_groups(images))
    from .evidence_sheets import evidence_context

    context["evidence"] = evidence_context(store, result)  # NPPF Annex 2: site evidence sheets
    return context


def plan_text(name: str, figures) -> Dict[str, str]:
    return {
        "name": name,
        "start": long_date(figures.plan_start),
        "end": long_date(figures.plan_end),
        "period": "{}–{}".format(figures.plan_start.year, figures.plan_end.year),
    }


def councils(settings: Dict[str, Any], images: Dict[str, Image]) -> List[Dict[str, Any]]:
    """The plan's councils as the settings give them, with their logo and map."""
    lpas = [dict(lpa) for lpa in settings["lpas"]]
    for lpa in lpas:
        lpa["logo"] = images.get("logo_" + lpa["code"])
        lpa["map"] = images.get("map_" + lpa["code"])
    return lpas


def supply_text(plan, statement: Table) -> Dict[str, Any]:
    supply = plan.supply
    return {
        "years": years_text(supply.years_supply),
        "period": supply.period,
        "basis": supply.basis,
        "method": supply.method,
        "buffer": percent(supply.buffer_pct, 0),
        "five_year_requirement": homes(supply.five_year_requirement),
        "total_supply": homes(supply.total_supply),
        "surplus": homes(supply.surplus),
        "has_five_years": supply.years_supply is not None and supply.years_supply >= 5,
        "basis_note": supply.basis_note,  # the plan's age (monitoring/plan_age.py)
        "statement": statement,
    }


def hdt_text(plan, table: Table) -> Dict[str, Any]:
    test = plan.delivery_test
    return {
        "pct": percent(test.pct, 0),
        "years": ", ".join(label(y) for y in test.years),
        "required": homes(test.required),
        "delivered": homes(test.delivered),
        "consequence": test.consequence,
        "table": table,
    }


def image_groups(images: Dict[str, Image]) -> Dict[str, Any]:
    return {
        "images": images,
        "pages": {},  # heading text: page number, filled in for the print layouts
        "maps": [images[k] for k in images if k.startswith("map_")],
        "charts": [images[k] for k in images if k.startswith("chart_")],
        "chart": {k[len("chart_") :]: v for k, v in images.items() if k.startswith("chart_")},
        "map": {k[len("map_") :]: v for k, v in images.items() if k.startswith("map_")},
    }
