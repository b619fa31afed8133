"""NPPF Annex 2 (core/monitoring/annex2.py) rule by rule on plain records, without QGIS: the evidence
window, what counts as clear evidence, category a and b, and the split of a five-year row."""

import datetime

from jlp_monitor_plugin.core.monitoring import annex2
from jlp_monitor_plugin.core.monitoring import lineage as ln
from jlp_monitor_plugin.core.monitoring.records import Allocation, Permission

BASE = datetime.date(2025, 3, 31)
BASE_YEAR = 2024  # 2024/25


def evidence(kind, day, site="S", app=None):
    return annex2.EvidenceRecord(None, site, app, kind, datetime.date.fromisoformat(day))


def permission(ref, units, kind="full", site="S", decided="2024-06-01"):
    return Permission(
        ref, "PLY", kind, datetime.date.fromisoformat(decided), None, None, units, 0, site, None
    )


def row(units, year=2025, deliverable=1, site="S", app=None, source="officer"):
    return {"site_ref": site, "app_ref": app, "year": year, "units": units, "deliverable": deliverable,
            "source": source, "evidence": ""}  # fmt: skip


def classify(permissions, rows, records, capacity=100):
    lineages = ln.Lineages(permissions, BASE, 3, set())
    allocations = {"S": Allocation("S", "Site S", "PLY", "PPA", capacity)}
    permitted = sum(p.units for p in lineages.parts if p.site_ref == "S")
    sites = [{"site_ref": "S", "capacity": capacity, "permitted": permitted, "completed": 0}]
    return annex2.Annex2(BASE, BASE_YEAR, 12, lineages, allocations, sites, {}, records).apply(rows)


def test_the_evidence_window_is_the_months_before_the_base_date_both_ends_included():
    assert annex2.counts_as_clear(evidence("written_agreement", "2024-03-31"), BASE, 12)  # 12 months
    assert annex2.counts_as_clear(evidence("written_agreement", "2024-04-30"), BASE, 12)  # 11 months
    assert not annex2.counts_as_clear(evidence("written_agreement", "2024-02-29"), BASE, 12)  # 13 months
    assert not annex2.counts_as_clear(evidence("written_agreement", "2024-03-30"), BASE, 12)  # a day more
    assert annex2.counts_as_clear(evidence("site_visit", "2025-03-31"), BASE, 12)  # the base date
    assert not annex2.counts_as_clear(evidence("site_visit", "2025-04-01"), BASE, 12)  # after it
    # An officer's judgement or comparable sites' build-out rates are never clear evidence on their own.
    assert not annex2.counts_as_clear(evidence("officer_judgement", "2025-01-01"), BASE, 12)
    assert not annex2.counts_as_clear(evidence("comparable_build_out", "2025-01-01"), BASE, 12)


def test_an_allocation_without_permission_counts_only_with_clear_evidence():
    rows, classes, removed = classify(
        [], [row(30), row(20, 2026)], [evidence("written_agreement", "2024-02-29")]
    )
    assert [(r["units"], r["deliverable"]) for r in rows] == [(30, 0), (20, 0)]
    assert classes[0]["category"] == "b" and classes[0]["result"] == "developable"
    assert [(r["site_ref"], r["units"]) for r in removed] == [("S", 50)]
    rows, classes, removed = classify(
        [], [row(30), row(20, 2026)], [evidence("written_agreement", "2024-04-30")]
    )
    assert [(r["units"], r["deliverable"]) for r in rows] == [(30, 1), (20, 1)] and removed == []


def test_detailed_permission_is_category_a_and_a_partly_permitted_site_keeps_only_those_homes():
    rows, classes, removed = classify([permission("P", 100)], [row(60), row(40, 2026)], [])
    assert classes[0]["category"] == "a" and classes[0]["result"] == "deliverable" and removed == []
    # 30 homes with full permission on a site of 100: of 40 + 40 flagged deliverable, the first 30 count.
    rows, classes, removed = classify([permission("P", 30)], [row(40), row(40, 2026)], [])
    assert [(r["year"], r["units"], r["deliverable"]) for r in rows] == [
        (2025, 30, 1), (2025, 10, 0), (2026, 40, 0),
    ]  # fmt: skip
    assert classes[0]["category"] == "b" and classes[0]["category_a_units"] == 30
    assert removed[0]["units"] == 50


def test_outline_for_major_development_is_b_and_non_major_outline_is_a():
    major = classify([permission("O", 12, "outline")], [row(12)], [])
    assert major[1][0]["category"] == "b" and major[2][0]["units"] == 12
    minor = classify([permission("O", 9, "outline")], [row(9)], [], capacity=9)
    assert minor[1][0]["category"] == "a" and minor[2] == []
    pip = classify([permission("PIP", 12, "pip")], [row(12)], [])
    assert "permission in principle" in pip[1][0]["reason"]


def test_evidence_turns_default_build_out_rows_deliverable_and_years_after_five_are_untouched():
    rows, _classes, removed = classify(
        [permission("O", 100, "outline")],
        [row(50, 2027, 0, source="default"), row(50, 2030, 0, source="default")],
        [evidence("site_visit", "2025-03-31")],
    )
    assert [(r["year"], r["deliverable"]) for r in rows] == [(2027, 1), (2030, 0)] and removed == []
