"""DOMAIN.md §2 and §4–6, rule by rule, on small constructed stores whose figures are worked by hand.

The map (EPSG:27700 metres): four areas pieces side by side, each 1,000 m square.

    PLY/PPA  x 0..1000      SHA/PPA  x 1000..2000      SHA/TTV  x 2000..3000      WDE/TTV  x 3000..4000

Allocations are 100 m squares inside a piece. Base date 31 March 2025 (monitoring year 2024/25)
unless a test says otherwise.
"""

import csv
import datetime
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from backends import add_rows as add
from backends import new_schema_uri
from qgis.core import QgsProcessingException

from jlp_monitor_plugin.core import monitoring
from jlp_monitor_plugin.core.monitoring import MonitoringError, compute_monitoring, parse_base_date
from jlp_monitor_plugin.core.store import Store

BASE = "2025-03-31"
PIECES = [
    ("PLY", "PPA", 0),
    ("SHA", "PPA", 1000),
    ("SHA", "TTV", 2000),
    ("WDE", "TTV", 3000),
]


def square(x0, y0, size):
    return "POLYGON(({a} {c},{b} {c},{b} {d},{a} {d},{a} {c}))".format(a=x0, b=x0 + size, c=y0, d=y0 + size)


def point(x, y=500):
    return "POINT({} {})".format(x, y)


BOTH_BACKENDS = True  # every test runs on a GeoPackage store and on a PostGIS one (conftest.py)
_WHERE = {"backend": "gpkg", "uri": None}


@pytest.fixture(autouse=True)
def _backend(request, store_backend):
    """make_store makes its store on the backend under test."""
    _WHERE["backend"] = store_backend
    _WHERE["uri"] = request.getfixturevalue("postgis_uri") if store_backend == "postgis" else None
    yield
    _WHERE.update(backend="gpkg", uri=None)


def make_store(tmp_path, name="store", settings=None, sites=(), gpkg=False):
    """A jlp store with the four areas pieces, the given allocations (site_ref, lpa, area, capacity,
    x) and plan settings; on the backend under test unless ``gpkg``."""
    if _WHERE["backend"] == "postgis" and not gpkg:
        store = Store.create(new_schema_uri(_WHERE["uri"]))
    else:
        store = Store.create(str(tmp_path / (name + ".gpkg")))
    add(
        store,
        "areas",
        [{"lpa": lpa, "policy_area": area, "geometry": square(x, 0, 1000)} for lpa, area, x in PIECES],
    )
    add(
        store,
        "allocations",
        [
            {
                "site_ref": ref,
                "site_name": "Site " + ref,
                "lpa": lpa,
                "policy_area": area,
                "homes_capacity": capacity,
                "geometry": square(x, 100, 100),
            }
            for ref, lpa, area, capacity, x in sites
        ],
    )
    # On the plan requirement unless the test says otherwise (the jlp preset's auto uses LHN from 2024).
    store.write_plan_settings(dict({"five_year_basis": "plan"}, **(settings or {})))
    return Store.open(store.path)


def completion(cid, units, day=None, year=None, **extra):
    row = {"completion_id": cid, "units": units}
    if day:
        row["completion_date"] = day
    if year:
        row["monitoring_year"] = year
    row.update(extra)
    return row


def permission(ref, units, decided, **extra):
    row = {"app_ref": ref, "net_units": units, "decision_date": decided, "permission_type": "full"}
    row.update(extra)
    return row


def by_year(result):
    return result.completions_by_year.groupby("monitoring_year")[["net_units", "gross_units"]].sum()


def site(result, ref):
    frame = result.site_progress
    return frame[frame["site_ref"] == ref].iloc[0]


def statuses(result):
    return dict(zip(result.permissions["app_ref"], result.permissions["status"]))


# -- monitoring years and base dates ---------------------------------------------------------------


def test_base_date_is_a_31_march_and_defaults_to_the_latest_one():
    assert parse_base_date("2025-03-31").isoformat() == "2025-03-31"
    # The latest 31 March on or before today.
    assert parse_base_date(None, today="2025-03-30").isoformat() == "2024-03-31"
    assert parse_base_date("", today="2025-03-31").isoformat() == "2025-03-31"
    assert parse_base_date(None, today="2025-11-05").isoformat() == "2025-03-31"
    with pytest.raises(MonitoringError, match="not a 31 March"):
        parse_base_date("2025-04-01")
    with pytest.raises(MonitoringError, match="not a date"):
        parse_base_date("2025-13-01")
    with pytest.raises(MonitoringError, match="not a date"):
        parse_base_date("31/03/2025")


def test_a_completion_on_31_march_is_in_the_year_ending_then_and_on_1_april_in_the_next(tmp_path):
    store = make_store(tmp_path)
    add(
        store,
        "completions",
        [
            completion("C1", 5, "2024-03-31"),  # last day of 2023/24
            completion("C2", 7, "2024-04-01"),  # first day of 2024/25
            completion("C3", 2, "2025-03-31"),  # last day of 2024/25: on the base date, counted
            completion("C4", 100, "2025-04-01"),  # after the base date: not counted
            completion("C5", 3, year="2024/25"),  # no date, only a monitoring year: counts in it
            completion("C6", 50, year="2025/26"),  # a year after the base date: not counted
        ],
    )
    result = compute_monitoring(store, BASE)
    # 2023/24: 5.  2024/25: 7 + 2 + 3 = 12.
    assert by_year(result)["net_units"].to_dict() == {"2023/24": 5, "2024/25": 12}

    earlier = compute_monitoring(store, "2024-03-31")
    # At 31 March 2024 only C1 has happened (C5 is in 2024/25, which has not ended).
    assert by_year(earlier)["net_units"].to_dict() == {"2023/24": 5}


def test_losses_are_negative_completions_net_counts_them_gross_does_not(tmp_path):
    store = make_store(tmp_path)
    add(
        store,
        "completions",
        [
            completion("C1", 10, "2024-06-01", geometry=point(500)),
            completion("C2", -4, "2024-07-01", geometry=point(500)),  # demolition of 4 dwellings
            completion("C3", 3, "2024-08-01", affordable_units=2, geometry=point(500)),
        ],
    )
    result = compute_monitoring(store, BASE)
    rows = result.completions_by_year
    assert len(rows) == 1
    row = rows.iloc[0]
    # net 10 − 4 + 3 = 9; gross 10 + 3 = 13 (gains only); affordable 2.
    assert (row["monitoring_year"], row["lpa"], row["policy_area"], row["allocated"]) == (
        "2024/25",
        "PLY",
        "PPA",
        "no",
    )
    assert (row["net_units"], row["gross_units"], row["affordable_units"]) == (9, 13, 2)
    plan = result.requirement_progress.set_index("area")
    assert plan.loc["PLAN", "completions_to_date"] == 9
    assert plan.loc["PLAN", "affordable_to_date"] == 2


# -- permission lineage -------------------------------------------------------------------------------


def test_an_s73_variation_replaces_its_parent_and_the_rule_applies_again(tmp_path):
    store = make_store(tmp_path, sites=[("S1", "PLY", "PPA", 50, 0)])
    add(
        store,
        "permissions",
        [
            permission("P1", 10, "2022-06-01", site_ref="S1"),
            permission(
                "V1", 12, "2023-06-01", site_ref="S1", permission_type="s73_variation", parent_ref="P1"
            ),
            permission(
                "V2", 9, "2024-06-01", site_ref="S1", permission_type="s73_variation", parent_ref="V1"
            ),
            # An earlier sibling variation of P1: the latest (V1) replaces P1, not this one.
            permission(
                "V0", 30, "2022-12-01", site_ref="S1", permission_type="s73_variation", parent_ref="P1"
            ),
        ],
    )
    # At 31 March 2025: P1 → its latest variation V1 → V1's variation V2: 9 units, counted once.
    result = compute_monitoring(store, BASE)
    assert site(result, "S1")["permitted"] == 9
    assert statuses(result) == {"P1": "superseded", "V0": "superseded", "V1": "superseded", "V2": "extant"}
    # At 31 March 2024 V2 is not yet granted: V1 replaces P1, 12 units.
    assert site(compute_monitoring(store, "2024-03-31"), "S1")["permitted"] == 12
    # At 31 March 2023 only V0 (Dec 2022) varies P1: 30 units.
    assert site(compute_monitoring(store, "2023-03-31"), "S1")["permitted"] == 30


def test_reserved_matters_count_the_larger_of_the_outline_and_their_sum(tmp_path):
    store = make_store(tmp_path, sites=[("S2", "SHA", "PPA", 200, 1000)])
    outline = {"permission_type": "outline", "site_ref": "S2", "expiry_date": "2028-01-10"}
    rm = {"permission_type": "reserved_matters", "site_ref": "S2", "parent_ref": "O1"}
    add(
        store,
        "permissions",
        [
            permission("O1", 100, "2023-01-10", **outline),
            permission("RM1", 30, "2023-06-01", **rm),
            permission("RM2", 40, "2024-01-01", **rm),
            permission("RM3", 50, "2024-09-01", **rm),
        ],
    )
    # 31 March 2024: RM1 + RM2 = 70 < 100 → max(100, 70) = 100.
    assert site(compute_monitoring(store, "2024-03-31"), "S2")["permitted"] == 100
    # 31 March 2025: RM1 + RM2 + RM3 = 120 > 100 → 120.
    result = compute_monitoring(store, BASE)
    assert site(result, "S2")["permitted"] == 120
    # The outline carries nothing of its own any more; each RM carries its units.
    counted = dict(zip(result.permissions["app_ref"], result.permissions["counted_units"]))
    assert counted == {"O1": 0, "RM1": 30, "RM2": 40, "RM3": 50}

    # An s73 variation of RM2 (45 units) replaces RM2 inside the sum: 30 + 45 + 50 = 125.
    add(
        store,
        "permissions",
        [
            permission(
                "RM2V", 45, "2024-10-01", site_ref="S2", permission_type="s73_variation", parent_ref="RM2"
            )
        ],
    )
    assert site(compute_monitoring(store, BASE), "S2")["permitted"] == 125


def test_completions_are_counted_once_whichever_permission_of_a_lineage_they_name(tmp_path):
    store = make_store(tmp_path, sites=[("S1", "PLY", "PPA", 50, 0)])
    add(
        store,
        "permissions",
        [
            permission("P1", 10, "2022-06-01", site_ref="S1"),
            permission(
                "V1", 12, "2023-06-01", site_ref="S1", permission_type="s73_variation", parent_ref="P1"
            ),
        ],
    )
    add(
        store,
        "completions",
        [
            completion("C1", 4, "2023-01-15", app_ref="P1", site_ref="S1"),
            completion("C2", 5, "2024-05-15", app_ref="V1", site_ref="S1"),
        ],
    )
    add(store, "starts", [{"app_ref": "P1", "start_date": "2022-09-01", "units": 12}])
    row = site(compute_monitoring(store, BASE), "S1")
    # permitted 12 (V1 replaces P1); completed 4 + 5 = 9; under construction 12 started − 9 = 3;
    # not started max(12 − 9 − 3, 0) = 0; remaining max(50 − max(12, 9), 0) = 38; 9 / 50 = 18%.
    assert (row["permitted"], row["completed"], row["under_construction"], row["not_started"]) == (
        12,
        9,
        3,
        0,
    )
    assert row["remaining"] == 38 and row["pct_complete"] == pytest.approx(18.0)


# -- extant and lapsed ----------------------------------------------------------------------------------


def test_lapse_default_expiry_expiry_date_and_implemented_permissions(tmp_path):
    store = make_store(tmp_path, sites=[("S", "PLY", "PPA", 100, 0)])
    day = "2021-03-31"
    add(
        store,
        "permissions",
        [
            permission("L1", 1, day, site_ref="S"),  # default expiry 3 years: ends 31 March 2024
            permission("L2", 2, day, site_ref="S", expiry_date="2025-06-30"),  # given expiry: extant
            permission("L3", 4, day, site_ref="S"),  # a start recorded: never lapses
            permission("L4", 8, day, site_ref="S"),  # a completion recorded: never lapses
            permission("L5", 16, "2025-04-01", site_ref="S"),  # granted after the base date
            permission("L6", 32, day, site_ref="S", expiry_date="2025-03-31"),  # expires on the base date
        ],
    )
    add(store, "starts", [{"app_ref": "L3", "start_date": "2023-01-01", "units": 4}])
    add(store, "completions", [completion("C1", 1, "2022-05-01", app_ref="L4", site_ref="S")])

    result = compute_monitoring(store, BASE)
    assert statuses(result) == {
        "L1": "lapsed",
        "L2": "extant",
        "L3": "implemented",
        "L4": "implemented",
        "L5": "not granted",
        "L6": "extant",  # a permission expires at the end of its expiry date
    }
    # permitted = L2 2 + L3 4 + L4 8 + L6 32 = 46.
    assert site(result, "S")["permitted"] == 46

    # At 31 March 2024 L1 is on its last day: extant. 1 + 2 + 4 + 8 + 32 = 47.
    assert site(compute_monitoring(store, "2024-03-31"), "S")["permitted"] == 47

    # With a 5-year default expiry L1 lasts to 31 March 2026.
    store.write_plan_settings({"default_expiry_years": 5})
    assert statuses(compute_monitoring(Store.open(store.path), BASE))["L1"] == "extant"


# -- requirement -------------------------------------------------------------------------------------


def test_requirement_progress_flat_average_by_plan_policy_area_and_lpa(tmp_path):
    store = make_store(tmp_path)
    add(
        store,
        "completions",
        [
            completion("A", 1000, "2015-01-01", geometry=point(500), affordable_units=100),  # PLY PPA 2014/15
            completion("B", 200, "2024-06-01", geometry=point(1500)),  # SHA PPA
            completion("C", 300, "2024-06-01", geometry=point(2500), affordable_units=30),  # SHA TTV
            completion("D", 50, "2024-06-01", geometry=point(3500)),  # WDE TTV
            completion("E", 99, "2014-03-31", geometry=point(500)),  # 2013/14: before the plan period
        ],
    )
    result = compute_monitoring(store, BASE)
    table = result.requirement_progress.set_index("area")
    assert list(table.index) == ["PLAN", "PPA", "TTV", "PLY", "SHA", "WDE"]
    # 11 plan years elapsed (2014/15 .. 2024/25).
    # PLAN 26,700 / 20 = 1,335 a year × 11 = 14,685; completions 1,000 + 200 + 300 + 50 = 1,550.
    assert table.loc["PLAN", "requirement_to_date"] == pytest.approx(14685)
    assert table.loc["PLAN", "completions_to_date"] == 1550
    assert table.loc["PLAN", "difference"] == pytest.approx(1550 - 14685)
    assert table.loc["PLAN", "affordable_requirement_total"] == 6600
    assert table.loc["PLAN", "affordable_to_date"] == 130
    # PPA 19,000 / 20 = 950 × 11 = 10,450; completions 1,000 + 200.
    assert table.loc["PPA", "requirement_to_date"] == pytest.approx(10450)
    assert table.loc["PPA", "completions_to_date"] == 1200
    # TTV 7,700 / 20 = 385 × 11 = 4,235; 300 + 50.
    assert table.loc["TTV", "requirement_to_date"] == pytest.approx(4235)
    assert table.loc["TTV", "completions_to_date"] == 350
    # SHA 10,300 / 20 = 515 × 11 = 5,665; 200 + 300. PLY 660 × 11 = 7,260. WDE 160 × 11 = 1,760.
    assert table.loc["SHA", "requirement_to_date"] == pytest.approx(5665)
    assert table.loc["SHA", "completions_to_date"] == 500
    assert table.loc["PLY", "requirement_to_date"] == pytest.approx(7260)
    assert table.loc["WDE", "completions_to_date"] == 50
    assert table.loc["WDE", "requirement_total"] == 3200
    # Completions by year keeps the history before the plan period.
    assert by_year(result)["net_units"].to_dict()["2013/14"] == 99


def test_stepped_requirement_sums_the_steps(tmp_path):
    steps = {"{}/{:02d}".format(y, (y + 1) % 100): (800 if y < 2025 else 1200) for y in range(2020, 2030)}
    store = make_store(
        tmp_path,
        settings={
            "plan_start": "2020-04-01",
            "plan_end": "2030-03-31",
            "requirements": {"PLAN": {"total": 10000, "affordable": None}},
            "stepped_requirement": {"PLAN": steps},
        },
    )
    add(store, "completions", [completion("C", 700, "2024-06-01", geometry=point(500))])
    result = compute_monitoring(store, BASE)
    plan = result.requirement_progress.set_index("area").loc["PLAN"]
    # 2020/21 .. 2024/25 at 800 = 4,000 (flat would be 10,000 / 10 × 5 = 5,000).
    assert plan["requirement_to_date"] == pytest.approx(4000)
    # Five-year requirement on the plan basis: the steps of 2025/26 .. 2029/30, 5 × 1,200 = 6,000.
    supply = result.supply
    assert supply.five_year_base == pytest.approx(6000) and supply.annual_requirement == pytest.approx(1200)
    # HDT: 2022/23 .. 2024/25 required 3 × 800 = 2,400; delivered 700.
    assert result.delivery_test.required == pytest.approx(2400) and result.delivery_test.delivered == 700


# -- five-year supply -----------------------------------------------------------------------------


def supply_store(tmp_path, name="store", settings=None, recent=(800, 800, 800)):
    """Plan 2020/21 – 2034/35 (15 years), PLAN 15,000: 1,000 a year. Completions 800 a year in
    2020/21 and 2021/22, then ``recent`` in 2022/23 .. 2024/25. An officer trajectory for site S of
    1,000 deliverable a year in 2025/26 .. 2029/30, plus rows that must not count."""
    values = {
        "plan_start": "2020-04-01",
        "plan_end": "2035-03-31",
        "requirements": {"PLAN": {"total": 15000, "affordable": None}},
    }
    values.update(settings or {})
    store = make_store(tmp_path, name, values, sites=[("S", "PLY", "PPA", 9000, 0)])
    units = [800, 800] + list(recent)
    add(
        store,
        "completions",
        [
            completion("C{}".format(i), n, "{}-06-01".format(2020 + i), geometry=point(500))
            for i, n in enumerate(units)
        ],
    )
    rows = [{"site_ref": "S", "monitoring_year": "{}/{}".format(y, y - 1999), "units": 1000, "deliverable": 1}
            for y in range(2025, 2030)]  # fmt: skip
    rows += [
        {"site_ref": "S", "monitoring_year": "2030/31", "units": 1000, "deliverable": 1},  # year 6
        {"site_ref": "S", "monitoring_year": "2026/27", "units": 300, "deliverable": 0},  # not deliverable
        {
            "site_ref": "S",
            "monitoring_year": "2024/25",
            "units": 700,
            "deliverable": 1,
        },  # before the base date
    ]
    for row in rows:
        row["source"] = "officer"
    add(store, "trajectory", rows)
    # S has no permission (NPPF Annex 2 category b): its homes count with clear evidence, dated
    # within the 12 months before the base date (tests/qgis/test_annex2.py pins that rule).
    evidence = {"site_ref": "S", "evidence_type": "written_agreement", "evidence_date": "2025-01-15"}
    add(store, "site_evidence", [evidence])
    return store


def test_sedgefield_adds_the_whole_shortfall_and_liverpool_spreads_it(tmp_path):
    result = compute_monitoring(supply_store(tmp_path), BASE)
    s = result.supply
    # Requirement to date 5 × 1,000 = 5,000; completions 5 × 800 = 4,000; shortfall 1,000.
    assert (s.requirement_to_date, s.completions_to_date, s.shortfall) == (5000, 4000, 1000)
    # HDT: 2,400 / 3,000 = 80% < 85 → auto buffer 20%.
    assert result.delivery_test.pct == pytest.approx(80.0) and s.buffer_pct == 20
    # Sedgefield: (1,000 × 5 + 1,000) × 1.2 = 7,200. Supply 5 × 1,000 = 5,000.
    # Years: 5,000 / (7,200 / 5) = 5,000 / 1,440 = 3.4722… → 3.47.
    assert s.shortfall_component == 1000 and s.five_year_requirement == pytest.approx(7200)
    assert s.deliverable_supply == 5000 and s.total_supply == 5000
    assert s.years_supply == 3.47

    store = supply_store(tmp_path, "liverpool", {"shortfall_method": "liverpool"})
    s = compute_monitoring(store, BASE).supply
    # Liverpool: 10 plan years remain (2025/26 .. 2034/35): 1,000 × 5 / 10 = 500.
    # (5,000 + 500) × 1.2 = 6,600; 5,000 / 1,320 = 3.7878… → 3.79.
    assert s.remaining_plan_years == 10 and s.shortfall_component == pytest.approx(500)
    assert s.five_year_requirement == pytest.approx(6600) and s.years_supply == 3.79

    # On the lhn basis there is no shortfall: 1,100 × 5 × 1.2 (HDT on 1,100 a year: 2,400 / 3,300
    # = 72.7% → 20%) = 6,600.
    store = supply_store(tmp_path, "lhn", {"five_year_basis": "lhn", "lhn_annual": 1100})
    result = compute_monitoring(store, BASE)
    assert result.supply.shortfall == 0 and result.supply.annual_requirement == 1100
    assert result.delivery_test.required == pytest.approx(3300)
    assert result.supply.five_year_requirement == pytest.approx(6600)


@pytest.mark.parametrize(
    "delivered, consequence, buffer",
    [
        (2850, "none", 5),  # 2,850 / 3,000 = 95.0%
        (2849, "action plan", 5),  # 94.97%
        (2550, "action plan", 5),  # 85.0%: not below 85
        (2549, "20% buffer", 20),  # 84.97%
        (2250, "20% buffer", 20),  # 75.0%
        (2249, "presumption in favour of sustainable development", 20),  # 74.97%
    ],
)
def test_hdt_consequence_and_the_automatic_buffer_at_the_exact_thresholds(
    tmp_path, delivered, consequence, buffer
):
    # 2022/23 .. 2024/25 each required 1,000; delivered split 1,000 / 1,000 / the rest.
    store = supply_store(tmp_path, settings={}, recent=(1000, 1000, delivered - 2000))
    result = compute_monitoring(store, BASE)
    test = result.hdt.iloc[0]
    assert test["monitoring_years"] == "2022/23;2023/24;2024/25"
    assert (test["required"], test["delivered"]) == (3000, delivered)
    assert test["hdt_pct"] == pytest.approx(delivered / 30.0)
    assert test["consequence"] == consequence
    assert result.supply.buffer_pct == buffer


def test_a_set_buffer_is_used_whatever_the_hdt(tmp_path):
    store = supply_store(tmp_path, settings={"buffer_pct": 10})
    s = compute_monitoring(store, BASE).supply
    # (5,000 + 1,000) × 1.1 = 6,600 though the HDT is 80%.
    assert s.buffer_pct == 10 and s.five_year_requirement == pytest.approx(6600)


@pytest.mark.parametrize("years, allowance", [([4, 5], 80), ([1, 2, 3, 4, 5], 200), ([5, 6], 40), ([], 0)])
def test_windfall_allowance_is_units_a_year_times_the_years_it_applies_to(tmp_path, years, allowance):
    store = supply_store(tmp_path, settings={"windfall_allowance_per_year": 40, "windfall_years": years})
    s = compute_monitoring(store, BASE).supply
    # 40 a year × the years among 1–5 (year 6 is outside the five).
    assert s.windfall_allowance == allowance
    assert s.total_supply == 5000 + allowance


def test_lapse_discount_on_not_started_units_of_small_sites_with_extant_permission(tmp_path):
    store = make_store(tmp_path)
    where = {"geometry": point(500)}
    add(
        store,
        "permissions",
        [
            permission("W1", 3, "2024-01-01", **where),  # 3 not started
            permission("W2", 4, "2024-01-01", **where),  # 2 started, 1 completed: 1 building, 2 not started
            permission("W3", 5, "2024-01-01", **where),  # 5 is not fewer than 5: not small
            permission("W4", 2, "2021-01-01", **where),  # lapsed in January 2024
            permission("W5", 6, "2023-01-01", **where),  # varied to 4 by W5V: small, 4 not started
            permission("W5V", 4, "2024-02-01", permission_type="s73_variation", parent_ref="W5", **where),
            permission("W6", 20, "2024-01-01", permission_type="outline", **where),  # major outline
        ],
    )
    add(store, "starts", [{"app_ref": "W2", "start_date": "2024-06-01", "units": 2}])
    add(store, "completions", [completion("C1", 1, "2024-09-01", app_ref="W2", **where)])
    result = compute_monitoring(store, BASE)
    s = result.supply
    # Not started on small sites: W1 3 + W2 (4 − 1 − 1) 2 + W5V 4 = 9; 10% = 0.9.
    assert s.small_site_not_started == 9 and s.lapse_discount == pytest.approx(0.9)
    # Default build-out, all inside the five years: W1 3, W2 4 − 1 = 3, W3 5, W5V 4 are deliverable
    # (non-major permissions); W6 is an outline for 20, not deliverable without evidence.
    assert s.deliverable_supply == 3 + 3 + 5 + 4
    assert s.total_supply == pytest.approx(15 - 0.9)
    defaults = result.trajectory[result.trajectory["source"] == "default"]
    assert set(defaults["app_ref"]) == {"W1", "W2", "W3", "W5V", "W6"}
    assert defaults[defaults["app_ref"] == "W6"]["deliverable"].tolist() == [0]


def test_default_build_out_fills_sites_and_permissions_without_officer_entries(tmp_path):
    sites = [
        ("A", "PLY", "PPA", 300, 0),  # no permission: medium, lead-in 2, 50 a year, not deliverable
        ("B", "SHA", "PPA", 120, 1000),  # full permission for 120, 20 built: building, no lead-in
        ("C", "SHA", "TTV", 600, 2000),  # outline for 600: large, lead-in 3, 100 a year
        ("D", "WDE", "TTV", 80, 3000),  # an officer entry: no default rows
    ]
    store = make_store(tmp_path, sites=sites)
    add(
        store,
        "permissions",
        [
            permission("PB", 120, "2024-01-01", site_ref="B"),
            permission("PC", 600, "2024-01-01", site_ref="C", permission_type="outline"),
            permission("PW", 12, "2024-06-01", geometry=point(500)),  # windfall, major (12): small band
        ],
    )
    add(store, "completions", [completion("CB", 20, "2024-10-01", app_ref="PB", site_ref="B")])
    add(
        store,
        "trajectory",
        [
            {
                "site_ref": "D",
                "monitoring_year": "2025/26",
                "units": 30,
                "deliverable": 1,
                "source": "officer",
            },
            # A default row left in the store by an earlier run is ignored and made afresh.
            {
                "site_ref": "A",
                "monitoring_year": "2025/26",
                "units": 999,
                "deliverable": 1,
                "source": "default",
            },
        ],
    )
    # D's officer homes count in the five years with clear evidence (NPPF Annex 2 category b).
    evidence = {"site_ref": "D", "evidence_type": "site_visit", "evidence_date": "2025-02-01"}
    add(store, "site_evidence", [evidence])
    result = compute_monitoring(store, BASE)
    rows = result.trajectory

    def plan(ref):
        mine = rows[(rows["site_ref"] == ref) | (rows["app_ref"] == ref)]
        return [
            (y, u, d, s)
            for y, u, d, s in zip(mine["monitoring_year"], mine["units"], mine["deliverable"], mine["source"])
        ]

    # A: 300 to come, first year 2025/26 + 2 = 2027/28, 50 a year for six years.
    assert plan("A") == [("{}/{}".format(y, y - 1999), 50, 0, "default") for y in range(2027, 2033)]
    # B: 120 − 20 = 100, building already: 2025/26 and 2026/27, 50 each, deliverable.
    assert plan("B") == [("2025/26", 50, 1, "default"), ("2026/27", 50, 1, "default")]
    # C: large, lead-in 3: 2028/29 .. 2033/34, 100 a year, not deliverable (outline).
    assert plan("C") == [("{}/{}".format(y, y - 1999), 100, 0, "default") for y in range(2028, 2034)]
    assert plan("D") == [("2025/26", 30, 1, "officer")]
    # PW: 12 homes is small (< 50): lead-in 1, 25 a year → all 12 in 2026/27; major (≥ 10) but
    # detailed, so deliverable.
    assert plan("PW") == [("2026/27", 12, 1, "default")]
    # Deliverable in 2025/26 .. 2029/30: B 100 + D 30 + PW 12 = 142.
    assert result.supply.deliverable_supply == 142
    assert set(rows[rows["source"] == "default"]["evidence"].str[:19]) == {"default build-out: "}

    store.write_plan_settings({"trajectory_defaults": False})
    result = compute_monitoring(Store.open(store.path), BASE)
    assert result.trajectory["source"].tolist() == ["officer"] and result.supply.deliverable_supply == 30


# -- site progress ------------------------------------------------------------------------------------


def test_site_progress_figures_and_flags(tmp_path):
    sites = [
        ("OVER", "PLY", "PPA", 10, 0),
        ("STALL", "PLY", "PPA", 50, 200),
        ("ACTIVE", "PLY", "PPA", 50, 400),
        ("NEW", "PLY", "PPA", 50, 600),
        ("NONE", "SHA", "PPA", 40, 1000),
        ("BLANK", "SHA", "TTV", None, 2000),
        ("PROG", "WDE", "TTV", 100, 3000),
    ]
    store = make_store(tmp_path, sites=sites)
    add(
        store,
        "permissions",
        [
            permission("P_OVER", 12, "2024-01-01", site_ref="OVER"),
            permission("P_STALL", 50, "2023-03-31", site_ref="STALL", expiry_date="2026-03-31"),
            permission("P_ACTIVE", 50, "2022-01-01", site_ref="ACTIVE", expiry_date="2026-03-31"),
            permission("P_NEW", 50, "2023-04-01", site_ref="NEW"),
            permission("P_BLANK", 7, "2024-01-01", site_ref="BLANK"),
            permission("P_PROG", 80, "2021-06-01", site_ref="PROG"),
        ],
    )
    add(
        store,
        "completions",
        [
            # On 31 March 2023, the day before the two years up to the base date begin.
            completion("C_STALL", 5, "2023-03-31", app_ref="P_STALL", site_ref="STALL"),
            completion("C_ACTIVE", 5, "2023-04-01", app_ref="P_ACTIVE", site_ref="ACTIVE"),
            completion("C_PROG", 20, "2023-06-01", app_ref="P_PROG", site_ref="PROG"),
        ],
    )
    add(store, "starts", [{"app_ref": "P_PROG", "start_date": "2022-01-01", "units": 30}])
    result = compute_monitoring(store, BASE)
    flags = dict(zip(result.site_progress["site_ref"], result.site_progress["flags"]))
    assert flags == {
        "OVER": "over_capacity",  # permitted 12 > capacity 10
        # permitted 50, no completion since 1 April 2023, granted 31 March 2023 = two years before.
        "STALL": "stalled",
        "ACTIVE": "",  # a completion on 1 April 2023 is within the two years
        "NEW": "",  # granted 1 April 2023: less than two years before the base date
        "NONE": "no_permission",  # capacity 40, nothing permitted
        "BLANK": "",  # no capacity: nothing to compare
        "PROG": "",
    }
    prog = site(result, "PROG")
    # permitted 80, completed 20, under construction 30 − 20 = 10, not started 80 − 20 − 10 = 50,
    # remaining 100 − max(80, 20) = 20, 20 / 100 = 20%.
    assert [
        prog[k] for k in ("permitted", "completed", "under_construction", "not_started", "remaining")
    ] == [
        80,
        20,
        10,
        50,
        20,
    ]
    assert prog["pct_complete"] == pytest.approx(20.0)
    none = site(result, "NONE")
    assert (none["permitted"], none["remaining"], none["pct_complete"]) == (0, 40, 0.0)
    blank = site(result, "BLANK")
    assert pd.isna(blank["remaining"]) and pd.isna(blank["pct_complete"])
    assert list(result.site_progress.columns) == monitoring.SUMMARY_TABLES["site_progress"]


# -- where a completion belongs ----------------------------------------------------------------------


def test_a_completion_belongs_to_its_site_else_its_area_else_its_permissions_else_unknown(tmp_path):
    # Site S is recorded as SHA/PPA though it lies in the PLY piece: the tagged site's place wins.
    store = make_store(tmp_path, sites=[("S", "SHA", "PPA", 10, 0)])
    add(
        store,
        "permissions",
        [
            permission("PW", 1, "2024-01-01", geometry=point(3500)),  # in WDE/TTV
            permission("PP", 1, "2024-01-01", geometry=point(500)),  # in PLY/PPA
            permission("PX", 1, "2024-01-01"),  # no geometry
        ],
    )
    add(
        store,
        "completions",
        [
            completion("C_SITE", 1, "2024-06-01", site_ref="S", geometry=point(150, 150)),
            completion("C_AREA", 2, "2024-06-01", app_ref="PW", geometry=point(2500)),  # SHA/TTV by itself
            completion("C_PERM", 4, "2024-06-01", app_ref="PW"),  # no geometry: its permission's
            completion("C_OUT", 8, "2024-06-01", app_ref="PP", geometry=point(9000)),  # outside every piece
            completion("C_NONE", 16, "2024-06-01", app_ref="PX"),  # nothing to go on
            completion("C_ORPHAN", 32, "2024-06-01", app_ref="NOPE"),  # a reference that matches nothing
            completion("C_EDGE", 64, "2024-06-01", geometry=point(1000)),  # on the PLY/SHA edge: first piece
        ],
    )
    result = compute_monitoring(store, BASE)
    placed = {
        cid: (lpa, area, by)
        for cid, lpa, area, by in result.completions[
            ["completion_id", "lpa", "policy_area", "placed_by"]
        ].itertuples(index=False)
    }
    assert placed == {
        "C_SITE": ("SHA", "PPA", "site"),
        "C_AREA": ("SHA", "TTV", "area"),
        "C_PERM": ("WDE", "TTV", "permission"),
        "C_OUT": ("PLY", "PPA", "permission"),
        "C_NONE": ("unknown", "unknown", "unknown"),
        "C_ORPHAN": ("unknown", "unknown", "unknown"),
        "C_EDGE": ("PLY", "PPA", "area"),
    }
    table = result.requirement_progress.set_index("area")["completions_to_date"].to_dict()
    # SHA: 1 + 2; PPA: 1 + 8 + 64; PLAN counts everything, unknown included: 127.
    assert (table["SHA"], table["PPA"], table["PLAN"]) == (3, 73, 127)
    allocated = result.completions_by_year.groupby("allocated")["net_units"].sum().to_dict()
    assert allocated == {"yes": 1, "no": 126}


def test_areas_in_another_crs_are_tested_after_transforming(tmp_path):
    store = make_store(tmp_path, gpkg=True)  # the other tool here is ogr2ogr into the GeoPackage
    # Replace the areas with one piece around Plymouth in WGS84, as another tool might store it.
    geojson = (
        '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"lpa":"PLY",'
        '"policy_area":"PPA"},"geometry":{"type":"Polygon","coordinates":'
        "[[[-4.25,50.33],[-4.05,50.33],[-4.05,50.45],[-4.25,50.45],[-4.25,50.33]]]}}]}"
    )
    subprocess.run(
        ["ogr2ogr", "-f", "GPKG", "-update", "-overwrite", store.path, "/vsistdin/", "-nln", "areas",
         "-a_srs", "EPSG:4326", "-nlt", "MULTIPOLYGON"],
        input=geojson.encode(),
        check=True,
    )  # fmt: skip
    store = Store.open(store.path)
    assert store.layer("areas").crs().authid() == "EPSG:4326"
    add(
        store,
        "completions",
        [
            completion("PLYMOUTH", 3, "2024-06-01", geometry="POINT(248000 54500)"),  # central Plymouth
            completion("TOTNES", 5, "2024-06-01", geometry="POINT(280500 60500)"),  # well east of it
        ],
    )
    placed = dict(zip(*[compute_monitoring(store, BASE).completions[c] for c in ("completion_id", "lpa")]))
    assert placed == {"PLYMOUTH": "PLY", "TOTNES": "unknown"}


# -- the summary tables ----------------------------------------------------------------------------


def test_summary_algorithm_writes_the_five_tables_with_specs_columns(processing_ready, tmp_path):
    import processing

    store = supply_store(tmp_path)
    add(store, "completions", [completion("LOSS", -3, "2024-07-01", geometry=point(1500))])
    folder = tmp_path / "summary"
    result = processing.run(
        "jlpmonitor:summary", {"STORE": store.path, "BASE_DATE": BASE, "OUTPUT_FOLDER": str(folder)}
    )
    tables = {}
    for output, name in [
        ("COMPLETIONS_BY_YEAR", "completions_by_year"),
        ("SITE_PROGRESS", "site_progress"),
        ("REQUIREMENT_PROGRESS", "requirement_progress"),
        ("FIVE_YEAR_SUPPLY", "five_year_supply"),
        ("HDT", "hdt"),
    ]:
        assert result[output] == str(folder / (name + ".csv"))
        with open(result[output], encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        spec = monitoring.SUMMARY_TABLES[name]
        assert rows[0][: len(spec)] == spec, name
        tables[name] = [dict(zip(rows[0], r)) for r in rows[1:]]
    assert result["OUTPUT_FOLDER"] == str(folder)
    assert tables["site_progress"][0]["site_ref"] == "S"

    # 2024/25: 800 in PLY/PPA, −3 in SHA/PPA.
    last = [r for r in tables["completions_by_year"] if r["monitoring_year"] == "2024/25"]
    assert [(r["lpa"], r["net_units"], r["gross_units"]) for r in last] == [
        ("PLY", "800", "800"),
        ("SHA", "-3", "0"),
    ]
    supply = tables["five_year_supply"][0]
    # Completions to date 3,997, requirement 5,000: shortfall 1,003; HDT 2,397 / 3,000 = 79.9% → 20%.
    # (5,000 + 1,003) × 1.2 = 7,203.6; 5,000 / 1,440.72 = 3.4705 → 3.47.
    assert (supply["basis"], supply["method"], supply["buffer_pct"]) == ("plan", "sedgefield", "20")
    assert (supply["annual_requirement"], supply["shortfall"]) == ("1000", "1003")
    assert float(supply["five_year_requirement"]) == pytest.approx(7203.6)
    assert (supply["total_supply"], supply["years_supply"]) == ("5000", "3.47")
    hdt = tables["hdt"][0]
    assert (hdt["required"], hdt["delivered"], hdt["consequence"]) == ("3000", "2397", "20% buffer")
    assert float(hdt["hdt_pct"]) == pytest.approx(79.9)
    plan = tables["requirement_progress"][0]
    assert (plan["area"], plan["requirement_to_date"], plan["completions_to_date"], plan["difference"]) == (
        "PLAN",
        "5000",
        "3997",
        "-1003",
    )
    assert result["YEARS_SUPPLY"] == pytest.approx(3.47) and result["BASE_DATE"] == BASE


@pytest.mark.parametrize("bad", ["2025-04-01", "31/03/2025", "soon"])
def test_summary_refuses_a_bad_base_date(processing_ready, new_store, tmp_path, bad):
    import processing

    with pytest.raises(QgsProcessingException, match="Base date"):
        processing.run(
            "jlpmonitor:summary", {"STORE": new_store.path, "BASE_DATE": bad, "OUTPUT_FOLDER": str(tmp_path)}
        )


def test_summary_without_a_base_date_takes_the_latest_31_march(processing_ready, tmp_path):
    import processing

    result = processing.run(
        "jlpmonitor:summary", {"STORE": make_store(tmp_path).path, "OUTPUT_FOLDER": str(tmp_path / "o")}
    )
    assert result["BASE_DATE"] == parse_base_date(None, datetime.date.today()).isoformat()
    with open(result["HDT"], encoding="utf-8") as handle:
        assert handle.readline().strip() == "monitoring_years,required,delivered,hdt_pct,consequence"


def test_loading_the_plugin_does_not_import_pandas():
    code = (
        "import sys\n"
        "import jlp_monitor_plugin, jlp_monitor_plugin.plugin\n"
        "from jlp_monitor_plugin.processing.provider import JlpMonitorProvider\n"
        "from jlp_monitor_plugin.core import monitoring\n"
        "print('pandas' in sys.modules)\n"
        "print(monitoring.pandas_available())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=str(Path(__file__).resolve().parents[2]),
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert out.returncode == 0, out.stderr
    # Loading imports no pandas; asking whether it is there does.
    assert out.stdout.strip().splitlines()[-2:] == ["False", "(True, '')"]


def test_without_pandas_the_plugin_loads_and_says_what_is_missing(tmp_path):
    code = (
        "import sys\n"
        "sys.modules['pandas'] = None  # as on a Linux QGIS without python3-pandas\n"
        "from qgis.core import QgsApplication\n"
        "app = QgsApplication([], False)\n"
        "app.initQgis()\n"
        "import jlp_monitor_plugin, jlp_monitor_plugin.plugin\n"
        "from jlp_monitor_plugin.processing.provider import JlpMonitorProvider\n"
        "from jlp_monitor_plugin.core import monitoring\n"
        "from jlp_monitor_plugin.core.store import Store\n"
        "print(monitoring.pandas_available())\n"
        "try:\n"
        "    monitoring.compute_monitoring(Store.create(sys.argv[1]), '2025-03-31')\n"
        "except monitoring.MonitoringError as exc:\n"
        "    print('refused:', exc)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "s.gpkg")],
        capture_output=True,
        text=True,
        cwd=str(Path(__file__).resolve().parents[2]),
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert out.returncode == 0, out.stderr
    message = (
        "pandas is needed for monitoring figures; it ships with QGIS on Windows (OSGeo4W) — on Linux "
        "install python3-pandas."
    )
    assert out.stdout.splitlines()[-2:] == [str((False, message)), "refused: " + message]


def test_lhn_basis_without_an_lhn_figure_is_refused_clearly(tmp_path):
    store = make_store(tmp_path, settings={"five_year_basis": "lhn"})
    with pytest.raises(MonitoringError, match="'lhn_annual' is not set"):
        compute_monitoring(store, BASE)
    store.write_plan_settings({"shortfall_method": "chapman"})
    with pytest.raises(MonitoringError, match="use sedgefield or liverpool"):
        compute_monitoring(Store.open(store.path), BASE)
