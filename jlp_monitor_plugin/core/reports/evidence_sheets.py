"""What the ``site_evidence_sheets`` report sees (``context["evidence"]``): one sheet per allocation and per
non-allocated site of major development in the five-year supply — after the government's "Local plans:
housing land supply evidence" templates (2026) as far as they are known — and the small-sites summary
(non-major sites with permission in the supply). The tables (``evidence["tables"]``) are what the XLSX
and CSV of that report hold.

Figures come from the MonitoringResult (trajectory, permissions, NPPF Annex 2) and the store's
allocations, permissions, starts and ``site_evidence``; nothing is added up twice.
"""

import datetime
from collections import OrderedDict
from typing import Any, Dict, List, Optional

from ..evidence import read_evidence
from ..monitoring.annex2 import MAJOR_DEVELOPMENT, evidence_type_label
from ..monitoring.area_view import records
from ..monitoring.periods import label
from ..translation import tr
from .tables import Column, Table, homes

# Evidence that speaks to each heading of the sheet (PPG 68-007 / 68-020 types).
HEADINGS = OrderedDict(
    [
        ("availability", ("ownership", "developer_questionnaire", "written_agreement")),
        (
            "suitability",
            ("site_assessment", "site_visit", "application_progress", "reserved_matters_progress"),
        ),
        ("achievability", ("viability", "comparable_build_out", "planning_performance_agreement")),
        ("infrastructure", ("infrastructure_funding",)),
    ]
)
EVIDENCE_TEMPLATES = ("site_evidence_sheets",)


def heading_labels() -> Dict[str, str]:
    return {
        "availability": tr("Availability"),
        "suitability": tr("Suitability"),
        "achievability": tr("Achievability"),
        "infrastructure": tr("Infrastructure"),
    }


def _iso(value: Any) -> Optional[str]:
    if value is None or value != value:  # NaN
        return None
    return value.isoformat() if isinstance(value, datetime.date) else str(value)


def _hectares(store) -> Dict[str, float]:
    out = {}
    for _fid, geometry, ref in store.read_rows("allocations", ["site_ref"]):
        if geometry is not None and not geometry.isEmpty():
            out[ref] = geometry.area() / 10000.0
    return out


def _bands(rows: List[dict], base_year: int) -> Dict[str, int]:
    """Years 1–5 one by one, then 6–10 and 11–15 in total, of some trajectory rows."""
    bands = {"y{}".format(i): 0 for i in range(1, 6)}
    bands.update(y6_10=0, y11_15=0, deliverable_1_5=0)
    for row in rows:
        n = int(row["year"]) - base_year
        units = int(row["units"])
        if 1 <= n <= 5:
            bands["y{}".format(n)] += units
            if int(row["deliverable"]) == 1:
                bands["deliverable_1_5"] += units
        elif 6 <= n <= 10:
            bands["y6_10"] += units
        elif 11 <= n <= 15:
            bands["y11_15"] += units
    return bands


def _assumption(rows: List[dict], base_year: int) -> str:
    future = sorted(
        (r for r in rows if int(r["year"]) > base_year and int(r["units"]) > 0), key=lambda r: r["year"]
    )
    if not future:
        return tr("No homes expected after the base date.")
    first = future[0]
    lead_in = int(first["year"]) - base_year - 1
    peak = max(int(r["units"]) for r in future)
    basis = first.get("evidence") or ""
    if first.get("source") == "default":
        kind = tr("default build-out from the plan settings")
    else:
        kind = tr("officer trajectory")
    return tr(
        "First homes in {} (lead-in {} years after the base year), up to {} a year; basis: {}{}"
    ).format(label(int(first["year"])), lead_in, peak, kind, ": " + basis if basis else "")


def evidence_context(store, result) -> Dict[str, Any]:
    settings = store.plan_settings()
    lpa_names = {lpa["code"]: lpa.get("name") or lpa["code"] for lpa in settings["lpas"]}
    area_names = {a["code"]: a.get("name") or a["code"] for a in settings["policy_areas"]}
    base_year = result.base_year
    trajectory = records(result.trajectory)
    permissions = records(result.permissions)
    annex2 = (
        {(r["site_ref"] or r["app_ref"]): r for r in records(result.annex2)}
        if result.annex2 is not None
        else {}
    )
    details = {
        r["app_ref"]: r
        for r in store.rows("permissions", ["app_ref", "address", "lpa", "site_ref"])
        if r["app_ref"]
    }
    started: Dict[str, int] = {}
    for row in store.rows("starts", ["app_ref", "start_date", "units"]):
        if (
            row["app_ref"]
            and row["start_date"]
            and str(row["start_date"])[:10] <= result.base_date.isoformat()
        ):
            started[row["app_ref"]] = started.get(row["app_ref"], 0) + int(row["units"] or 0)
    completed: Dict[str, int] = {}
    for row in records(result.completions):
        if row.get("app_ref"):
            completed[row["app_ref"]] = completed.get(row["app_ref"], 0) + int(row["units"])
    lineage_of = {p["app_ref"]: p["lineage"] for p in permissions}
    evidence = read_evidence(store)
    hectares = _hectares(store)
    sites = {s["site_ref"]: s for s in result.sites}
    allocation_rows = {
        r["site_ref"]: r
        for r in store.rows(
            "allocations", ["site_ref", "site_name", "lpa", "policy_area", "homes_capacity", "notes"]
        )
    }

    def sheet(key, kind, name, lpa, area, capacity, perms, rows, evidence_rows, notes=None):
        a2 = annex2.get(key, {})
        by_heading = OrderedDict()
        for heading, types in HEADINGS.items():
            found = [e for e in evidence_rows if e.evidence_type in types and e.summary]
            by_heading[heading] = "; ".join(
                "{} ({}, {})".format(e.summary, evidence_type_label(e.evidence_type), _iso(e.evidence_date))
                for e in found
            ) or tr("No evidence recorded.")
        organisations = [e.contact_organisation for e in evidence_rows if e.contact_organisation]
        agreements = [
            e
            for e in evidence_rows
            if e.evidence_type in ("written_agreement", "planning_performance_agreement")
        ]
        bands = _bands(rows, base_year)
        return {
            "key": key,
            "kind": kind,
            "name": name or "",
            "council": lpa_names.get(lpa, lpa or ""),
            "policy_area": area_names.get(area, area or ""),
            "hectares": "{:.2f}".format(hectares[key]) if key in hectares else "",
            "capacity": homes(capacity) if capacity is not None else "",
            "permissions": perms,
            "category": a2.get("category") or tr("none"),
            "result": a2.get("result") or tr("not in the supply"),
            "reason": a2.get("reason") or "",
            "notes": notes or "",
            "evidence_by_heading": [
                {"heading": heading_labels()[h], "text": t} for h, t in by_heading.items()
            ],
            "developer": organisations[0] if organisations else tr("Not recorded."),
            "agreement": "; ".join(
                "{} {}".format(evidence_type_label(e.evidence_type), _iso(e.evidence_date))
                for e in agreements
            )
            or tr("None recorded."),
            "assumption": _assumption(rows, base_year),
            "bands": {k: homes(v) for k, v in bands.items()},
            "raw_bands": bands,
            "evidence": [
                {
                    "date": _iso(e.evidence_date) or "",
                    "type": evidence_type_label(e.evidence_type),
                    "organisation": e.contact_organisation or "",
                    "summary": e.summary or "",
                    "source": e.source or "",
                }
                for e in evidence_rows
            ],
        }

    def permission_rows(refs):
        return [
            {
                "app_ref": p["app_ref"],
                "type": p["permission_type"] or "",
                "decided": _iso(p["decision_date"]) or "",
                "expiry": _iso(p["expiry_date"]) or "",
                "status": p["status"],
                "units": homes(p["net_units"]),
            }
            for p in permissions
            if p["app_ref"] in refs
        ]

    sheets = []
    for ref in sorted(sites):
        site = sites[ref]
        alloc = allocation_rows.get(ref, {})
        refs = {a for a, d in details.items() if d.get("site_ref") == ref}
        rows = [r for r in trajectory if r.get("site_ref") == ref or (r.get("app_ref") in refs)]
        mine = [e for e in evidence if e.site_ref == ref or e.app_ref in refs]
        sheets.append(
            sheet(ref, "allocation", site.get("site_name"), site.get("lpa"), site.get("policy_area"),
                  site.get("capacity"), permission_rows(refs), rows, mine, alloc.get("notes"))
        )  # fmt: skip

    small = []
    for key, a2 in sorted(annex2.items()):
        if a2["subject"] != "permission":
            continue
        members = {a for a, lineage in lineage_of.items() if lineage == key} | {key}
        rows = [r for r in trajectory if r.get("app_ref") in members and not r.get("site_ref")]
        units = sum(int(p["counted_units"] or 0) for p in permissions if p["app_ref"] in members)
        in_supply = int(a2["units_years_1_5"]) > 0 or int(a2["removed_units"]) > 0
        if not in_supply or a2["category"] is None:  # a lapsed permission is in no supply
            continue
        shown = a2["app_ref"] or key
        detail = details.get(shown, {})
        if units >= MAJOR_DEVELOPMENT:
            mine = [e for e in evidence if e.app_ref in members]
            sheets.append(
                sheet(shown, "windfall", detail.get("address"), a2["lpa"], a2["policy_area"], units,
                      permission_rows(members), rows, mine)
            )  # fmt: skip
            continue
        current = next((p for p in permissions if p["app_ref"] == shown), {})
        built = sum(completed.get(a, 0) for a in members)
        begun = sum(started.get(a, 0) for a in members)
        small.append(
            {
                "app_ref": shown,
                "address": detail.get("address") or "",
                "permission_type": current.get("permission_type") or "",
                "decision_date": _iso(current.get("decision_date")),
                "expiry_date": _iso(current.get("expiry_date")),
                "net_units": units,
                "started": begun,
                "completed": built,
                "remaining": max(units - built, 0),
                "five_years": _bands(rows, base_year)["deliverable_1_5"],
            }
        )

    tables: OrderedDict[str, Table] = OrderedDict()
    tables["evidence_sheets"] = Table(
        "evidence_sheets",
        tr("Sites in the five-year supply: NPPF Annex 2 and trajectory"),
        [
            Column("key", tr("Site")),
            Column("name", tr("Name")),
            Column("council", tr("Council")),
            Column("category", tr("Annex 2 category")),
            Column("result", tr("Result")),
            Column("y1", tr("Year 1"), homes, True),
            Column("y2", tr("Year 2"), homes, True),
            Column("y3", tr("Year 3"), homes, True),
            Column("y4", tr("Year 4"), homes, True),
            Column("y5", tr("Year 5"), homes, True),
            Column("y6_10", tr("Years 6–10"), homes, True),
            Column("y11_15", tr("Years 11–15"), homes, True),
            Column("reason", tr("Reason")),
        ],
        [dict(s, **s["raw_bands"]) for s in sheets],
    )
    tables["small_sites"] = Table(
        "small_sites",
        tr("Small sites with permission in the five-year supply"),
        [
            Column("app_ref", tr("Reference")),
            Column("address", tr("Address")),
            Column("permission_type", tr("Permission")),
            Column("decision_date", tr("Decided")),
            Column("expiry_date", tr("Expires")),
            Column("net_units", tr("Net homes"), homes, True),
            Column("started", tr("Started"), homes, True),
            Column("completed", tr("Completed"), homes, True),
            Column("remaining", tr("Remaining"), homes, True),
            Column("five_years", tr("In the five years"), homes, True),
        ],
        small,
    ).with_total(tr("Total"), ["net_units", "started", "completed", "remaining", "five_years"])
    removed = records(result.supply_removed) if result.supply_removed is not None else []
    tables["supply_removed"] = Table(
        "supply_removed",
        tr("Removed from the five-year supply"),
        [
            Column("site_ref", tr("Site")),
            Column("app_ref", tr("Permission")),
            Column("name", tr("Name")),
            Column("category", tr("Category")),
            Column("units", tr("Homes"), homes, True),
            Column("reason", tr("Reason")),
        ],
        removed,
    ).with_total(tr("Total"), ["units"])
    tables["site_evidence"] = Table(
        "site_evidence",
        tr("Deliverability evidence"),
        [
            Column("site_ref", tr("Site")),
            Column("app_ref", tr("Permission")),
            Column("evidence_date", tr("Dated")),
            Column("evidence_type", tr("Type")),
            Column("contact_organisation", tr("Organisation")),
            Column("summary", tr("Summary")),
            Column("source", tr("Source")),
        ],
        [
            {
                "site_ref": e.site_ref,
                "app_ref": e.app_ref,
                "evidence_date": _iso(e.evidence_date),
                "evidence_type": evidence_type_label(e.evidence_type),
                "contact_organisation": e.contact_organisation,
                "summary": e.summary,
                "source": e.source,
            }
            for e in evidence
        ],
    )
    return {
        "sheets": sheets,
        "small_sites": tables["small_sites"],
        "removed": tables["supply_removed"],
        "removed_units": homes(sum(int(r["units"]) for r in removed)),
        "max_age_months": result.settings.evidence_max_age_months,
        "years": [label(base_year + i) for i in range(1, 6)],
        "tables": tables,
    }
