"""NPPF Annex 2 at a base date (core/monitoring/annex2.py) and the site_evidence layer (core/evidence.py),
rule by rule, on a small hand-made store worked by hand; on a GeoPackage and on PostGIS.

Base date 31 March 2025 (2024/25); the five years are 2025/26 .. 2029/30; evidence counts when dated
from 31 March 2024 to 31 March 2025 (12 months, the default).

    A  capacity 100, no permission; officer 20 + 30 deliverable in years 1-2, 50 in 2030/31;
       written agreement 2024-02-29 (13 months before: too old).
    B  capacity 60, no permission; officer 30 + 30 deliverable in years 1-2; questionnaire 2024-04-30
       (11 months before: counts).
    C  capacity 40, C/FUL full 40; default build-out 2026/27 25, 2027/28 15 (category a); no evidence.
    D  capacity 200, D/OUT outline 200; default 50 a year from 2027/28 (not deliverable); officer
       judgement 2025-01-01 (not qualifying); written agreement 2025-04-15 (after the base date).
    E  capacity 100, E/OUT outline 100; default 2027/28 50, 2028/29 50; site visit 2025-03-31 (the
       base date: counts).
    F  capacity 100, F/FUL full 30; officer 40 deliverable in 2025/26; no evidence.
    windfall W1 full 5 (default 2026/27 5), W2 outline 12 (officer 12 deliverable 2025/26), W3 full 8
    granted 2020-01-01, lapsed 2023 (officer 8 deliverable 2025/26).
"""

import datetime

import pytest
from backends import add_rows as add
from backends import new_schema_uri

from jlp_monitor_plugin.core import evidence as ev
from jlp_monitor_plugin.core.monitoring import compute_monitoring
from jlp_monitor_plugin.core.monitoring.annex2 import months_before
from jlp_monitor_plugin.core.store import Store

BASE = "2025-03-31"
BOTH_BACKENDS = True


def square(x0, size=100):
    return "POLYGON(({a} 100,{b} 100,{b} {c},{a} {c},{a} 100))".format(a=x0, b=x0 + size, c=100 + size)


@pytest.fixture()
def location(request, store_backend, tmp_path):
    if store_backend == "postgis":
        return new_schema_uri(request.getfixturevalue("postgis_uri"))
    return str(tmp_path / "annex2.gpkg")


def worked_store(location):
    store = Store.create(location)
    store.write_plan_settings({"five_year_basis": "plan"})  # the plan requirement (jlp's auto: LHN from 2024)
    add(store, "areas", [{"lpa": "PLY", "policy_area": "PPA", "geometry": square(0, 10000)}])
    capacities = {"A": 100, "B": 60, "C": 40, "D": 200, "E": 100, "F": 100}
    add(
        store,
        "allocations",
        [
            {
                "site_ref": ref,
                "site_name": "Site " + ref,
                "lpa": "PLY",
                "policy_area": "PPA",
                "homes_capacity": cap,
                "geometry": square(200 * i),
            }
            for i, (ref, cap) in enumerate(sorted(capacities.items()))
        ],
    )

    def perm(ref, units, kind, decided, site=None):
        row = {"app_ref": ref, "net_units": units, "permission_type": kind, "decision_date": decided}
        if site:
            row["site_ref"] = site
        return row

    add(
        store,
        "permissions",
        [
            perm("C/FUL", 40, "full", "2024-06-01", "C"),
            perm("D/OUT", 200, "outline", "2024-01-01", "D"),
            perm("E/OUT", 100, "outline", "2023-06-01", "E"),
            perm("F/FUL", 30, "full", "2024-06-01", "F"),
            perm("W1", 5, "full", "2024-06-01"),
            perm("W2", 12, "outline", "2024-06-01"),
            perm("W3", 8, "full", "2020-01-01"),
        ],
    )

    def row(site=None, app=None, year="2025/26", units=0, deliverable=1):
        return {
            "site_ref": site,
            "app_ref": app,
            "monitoring_year": year,
            "units": units,
            "deliverable": deliverable,
            "source": "officer",
            "evidence": "officer's estimate",
        }

    add(
        store,
        "trajectory",
        [
            row("A", units=20),
            row("A", year="2026/27", units=30),
            row("A", year="2030/31", units=50),
            row("B", units=30),
            row("B", year="2026/27", units=30),
            row("F", units=40),
            row(app="W2", units=12),
            row(app="W3", units=8),
        ],
    )
    ev.add_evidence(
        store,
        [
            {
                "site_ref": "A",
                "evidence_type": "written_agreement",
                "evidence_date": "2024-02-29",
                "contact_organisation": "A Homes Ltd",
                "summary": "start 2025",
            },
            {
                "site_ref": "B",
                "evidence_type": "developer_questionnaire",
                "evidence_date": "2024-04-30",
                "contact_organisation": "B Homes Ltd",
                "source": "return_B.xlsx",
            },
            {"site_ref": "D", "evidence_type": "officer_judgement", "evidence_date": "2025-01-01"},
            {"app_ref": "D/OUT", "evidence_type": "written_agreement", "evidence_date": "2025-04-15"},
            {"app_ref": "E/OUT", "evidence_type": "site_visit", "evidence_date": "2025-03-31"},
        ],
        user="tester",
    )
    return Store.open(store.path)


def by_subject(result):
    frame = result.annex2
    return {(r["site_ref"] or r["app_ref"]): r for r in frame.to_dict("records")}


def test_months_before_clamps_to_the_end_of_a_shorter_month():
    base = datetime.date(2025, 3, 31)
    assert months_before(base, 12) == datetime.date(2024, 3, 31)
    assert months_before(base, 13) == datetime.date(2024, 2, 29)
    assert months_before(base, 11) == datetime.date(2024, 4, 30)
    assert months_before(base, 1) == datetime.date(2025, 2, 28)


def test_annex2_classification_rule_by_rule(qgis_app, location):
    store = worked_store(location)
    result = compute_monitoring(store, BASE)
    rows = by_subject(result)

    # A: allocation, no permission → b; its written agreement is 13 months old → no clear evidence.
    assert (rows["A"]["category"], rows["A"]["clear_evidence"], rows["A"]["result"]) == (
        "b",
        False,
        "developable",
    )
    assert "allocation without planning permission" in rows["A"]["reason"]
    assert "no clear evidence dated within 12 months" in rows["A"]["reason"]
    assert (rows["A"]["units_years_1_5"], rows["A"]["removed_units"]) == (0, 50)
    # B: allocation, questionnaire 11 months old → clear evidence, deliverable 60.
    assert (rows["B"]["category"], rows["B"]["clear_evidence"], rows["B"]["result"]) == (
        "b",
        True,
        "deliverable",
    )
    assert "developer questionnaire return dated 2024-04-30" in rows["B"]["reason"]
    assert rows["B"]["units_years_1_5"] == 60
    # C: full permission for all its homes → a, deliverable (default build-out 25 + 15).
    assert (rows["C"]["category"], rows["C"]["result"], rows["C"]["units_years_1_5"]) == (
        "a",
        "deliverable",
        40,
    )
    # D: outline for major development; an officer's judgement is not clear evidence, nor is a
    # written agreement dated after the base date → developable, nothing in the five years.
    assert (rows["D"]["category"], rows["D"]["clear_evidence"], rows["D"]["result"]) == (
        "b",
        False,
        "developable",
    )
    assert "outline permission D/OUT for major development (200 homes)" in rows["D"]["reason"]
    assert rows["D"]["evidence_count"] == 2 and rows["D"]["units_years_1_5"] == 0
    # E: outline, site visit on the base date → clear; its default rows count: 50 + 50.
    assert (rows["E"]["category"], rows["E"]["clear_evidence"], rows["E"]["result"]) == (
        "b",
        True,
        "deliverable",
    )
    assert rows["E"]["units_years_1_5"] == 100
    # F: 30 homes with full permission count (category a); the other 10 of the officer's 40 do not.
    assert (rows["F"]["category"], rows["F"]["category_a_units"]) == ("b", 30)
    assert (rows["F"]["result"], rows["F"]["units_years_1_5"], rows["F"]["removed_units"]) == (
        "deliverable",
        30,
        10,
    )
    # Windfall: W1 non-major full → a; W2 outline for 12 (major) → b, removed; W3 lapsed → not counted.
    assert (rows["W1"]["category"], rows["W1"]["result"], rows["W1"]["units_years_1_5"]) == (
        "a",
        "deliverable",
        5,
    )
    assert (rows["W2"]["category"], rows["W2"]["result"], rows["W2"]["removed_units"]) == (
        "b",
        "developable",
        12,
    )
    assert "outline permission for major development (12 homes)" in rows["W2"]["reason"]
    assert rows["W3"]["result"] == "not counted" and rows["W3"]["category"] is None
    assert rows["W3"]["reason"] == "permission W3 is lapsed at the base date"


def test_statement_moves_unevidenced_category_b_homes_to_developable(qgis_app, location):
    store = worked_store(location)
    result = compute_monitoring(store, BASE)
    # Deliverable in 2025/26 .. 2029/30, worked by hand:
    #   A 0 (50 removed) + B 60 + C 40 + D 0 + E 100 + F 30 (10 removed) + W1 5 + W2 0 (12 removed)
    #   + W3 0 (8 not counted) = 235.  Before Annex 2 (the flags alone) it was
    #   50 + 60 + 40 + 0 + 0 + 40 + 5 + 12 + 8 = 215.
    assert result.supply.deliverable_supply == 235
    removed = {
        (r["site_ref"] or r["app_ref"]): (r["units"], r["reason"])
        for r in result.supply_removed.to_dict("records")
    }
    assert removed == {
        "A": (50, "removed from the five-year supply: no clear evidence"),
        "F": (10, "removed from the five-year supply: no clear evidence"),
        "W2": (12, "removed from the five-year supply: no clear evidence"),
        "W3": (8, "not counted in the five-year supply: permission W3 is lapsed at the base date"),
    }
    # The moved homes stay in the trajectory, not deliverable (F's 2025/26 row is split 30 + 10).
    traj = result.trajectory
    f_rows = traj[(traj["site_ref"] == "F")][["units", "deliverable"]].values.tolist()
    assert sorted(map(tuple, f_rows)) == [(10, 0), (30, 1)]
    a_rows = traj[(traj["site_ref"] == "A") & (traj["year"] <= 2029)]
    assert a_rows["deliverable"].tolist() == [0, 0] and a_rows["units"].sum() == 50
    # The evidence window is a plan setting: 14 months lets A's agreement (13 months old) count.
    store.write_plan_settings({"evidence_max_age_months": 14})
    wider = compute_monitoring(Store.open(store.path), BASE)
    assert wider.supply.deliverable_supply == 235 + 50
    assert by_subject(wider)["A"]["result"] == "deliverable"


def test_evidence_rows_are_checked_added_changed_and_removed(qgis_app, location):
    store = worked_store(location)
    with pytest.raises(ev.EvidenceError) as caught:
        ev.add_evidence(store, [{"site_ref": "ZZ", "evidence_type": "rumour", "evidence_date": "31/02/2025"}])
    text = str(caught.value)
    assert "site_ref 'ZZ' is not an allocation in the store" in text
    assert "evidence_type 'rumour' is not one of" in text
    assert "evidence_date '31/02/2025' is not a date" in text
    assert len(ev.read_evidence(store)) == 5  # nothing written

    records = ev.read_evidence(store, "A")
    assert [(r.evidence_type, r.evidence_date.isoformat(), r.recorded_by) for r in records] == [
        ("written_agreement", "2024-02-29", "tester")
    ]
    ev.update_evidence(
        store,
        records[0].fid,
        {
            "site_ref": "A",
            "evidence_type": "written_agreement",
            "evidence_date": "2024-05-01",
            "summary": "renewed",
        },
        user="editor",
    )
    changed = ev.read_evidence(store, "A")[0]
    assert (changed.evidence_date.isoformat(), changed.summary, changed.recorded_by) == (
        "2024-05-01",
        "renewed",
        "editor",
    )
    assert by_subject(compute_monitoring(store, BASE))["A"]["result"] == "deliverable"
    ev.delete_evidence(store, [changed.fid])
    assert ev.read_evidence(store, "A") == [] and len(ev.read_evidence(store)) == 4
    # A site's list includes evidence recorded against its permissions.
    assert [r.evidence_type for r in ev.read_evidence(store, "E", ["E/OUT"])] == ["site_visit"]
