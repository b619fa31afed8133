"""A small hand-worked store for the frozen-position tests (issue 11), on either backend.

Plan 2020/21 – 2034/35 (15 years), PLAN 15,000: 1,000 a year; buffer set at 5%; no default build-out
(only the officer trajectory counts); windfall 0; lapse rate 10% of small sites (< 5 homes) not
started. One area piece PLY/PPA (x 0..1000), one allocation S (capacity 9,000).

At 31 March 2024 (monitoring year 2023/24 just ended):
- completions 800 a year 2020/21 .. 2023/24 = 3,200; requirement to date 4,000; shortfall 800;
- officer trajectory for S: 1,000 deliverable a year 2024/25 .. 2028/29 (and 2029/30);
- permission W1 for 4 homes (small, not started, decided 2023-06-01, expiring 2026-06-01);
  permission W2 for 3 homes (decided 2021-01-01, expiring 2024-01-01: lapsed by 31 March 2024).
"""

from backends import add_rows as add
from backends import new_schema_uri, run_sql

from jlp_monitor_plugin.core import positions
from jlp_monitor_plugin.core.store import Store

SETTINGS = {
    "plan_start": "2020-04-01",
    "plan_end": "2035-03-31",
    "requirements": {"PLAN": {"total": 15000, "affordable": None}},
    "buffer_pct": 5,
    "trajectory_defaults": False,
    "windfall_allowance_per_year": 0,
    "lapse_rate_pct": 10,
    "small_site_threshold": 5,
    "five_year_basis": "plan",  # the plan requirement (the jlp preset's auto would use LHN from 2024)
}


def square(x0, y0, size):
    return "POLYGON(({a} {c},{b} {c},{b} {d},{a} {d},{a} {c}))".format(a=x0, b=x0 + size, c=y0, d=y0 + size)


def year_label(year):
    return "{}/{:02d}".format(year, (year + 1) % 100)


def trajectory_row(year, units, deliverable=1, site="S"):
    return {"site_ref": site, "monitoring_year": year_label(year), "units": units, "deliverable": deliverable}


def make_position_store(tmp_path, backend, postgis_uri=None, name="positions"):
    if backend == "postgis":
        store = Store.create(new_schema_uri(postgis_uri))
    else:
        store = Store.create(str(tmp_path / (name + ".gpkg")))
    add(store, "areas", [{"lpa": "PLY", "policy_area": "PPA", "geometry": square(0, 0, 1000)}])
    add(
        store,
        "allocations",
        [{"site_ref": "S", "site_name": "Site S", "lpa": "PLY", "policy_area": "PPA", "homes_capacity": 9000,
          "geometry": square(100, 100, 100)}],
    )  # fmt: skip
    store.write_plan_settings(SETTINGS)
    store = Store.open(store.path)
    add(
        store,
        "completions",
        [
            {"completion_id": "C{}".format(y), "units": 800, "completion_date": "{}-06-01".format(y),
             "geometry": "POINT(500 500)"}
            for y in range(2020, 2024)
        ],
    )  # fmt: skip
    add(store, "trajectory", [trajectory_row(y, 1000) for y in range(2024, 2030)])
    # Site S is an allocation (NPPF Annex 2 category b): clear evidence within a year of each base date.
    add(
        store,
        "site_evidence",
        [
            {
                "site_ref": "S",
                "evidence_type": "written_agreement",
                "evidence_date": day,
                "source": "agreement",
            }
            for day in ("2024-01-15", "2025-01-15")
        ],
    )
    add(
        store,
        "permissions",
        [
            {"app_ref": "W1", "net_units": 4, "decision_date": "2023-06-01", "expiry_date": "2026-06-01",
             "permission_type": "full", "geometry": "POINT(600 600)"},
            {"app_ref": "W2", "net_units": 3, "decision_date": "2021-01-01", "expiry_date": "2024-01-01",
             "permission_type": "full", "geometry": "POINT(700 700)"},
        ],
    )  # fmt: skip
    return store


def windfall_row(app_ref, year, units):
    return dict(trajectory_row(year, units, site=None), app_ref=app_ref)


def make_bridge_store(tmp_path, backend, postgis_uri=None):
    """The store of tests/qgis/test_position_compare.py, with position "HPS 2023/24" frozen at
    31 March 2024."""
    store = make_position_store(tmp_path, backend, postgis_uri, "bridge")
    w3 = {"app_ref": "W3", "net_units": 30, "decision_date": "2021-06-01", "expiry_date": "2024-06-01",
          "permission_type": "full", "geometry": "POINT(800 800)"}  # fmt: skip
    add(store, "permissions", [w3])
    add(store, "trajectory", [windfall_row("W3", y, 10) for y in (2024, 2025, 2026)])
    positions.freeze_position(store, "2024-03-31", "HPS 2023/24")
    return store


def year_on(store):
    """What happened in 2024/25, and the position at 31 March 2025."""
    point = "POINT(500 500)"
    add(store, "completions", [
        {"completion_id": "C2024", "units": 900, "completion_date": "2024-06-01", "geometry": point},
        {"completion_id": "LATE", "units": 25, "completion_date": "2023-09-01", "geometry": point},
    ])  # fmt: skip
    add(store, "permissions", [
        {"app_ref": "N1", "net_units": 40, "decision_date": "2024-05-01", "permission_type": "full",
         "geometry": "POINT(820 820)"},
        {"app_ref": "N2", "net_units": 2, "decision_date": "2024-07-01", "permission_type": "full",
         "geometry": "POINT(830 830)"},
    ])  # fmt: skip
    add(store, "trajectory", [windfall_row("N1", y, 20) for y in (2025, 2026)])
    run_sql(store, "DELETE FROM trajectory WHERE app_ref = 'W3'")
    run_sql(store, "UPDATE trajectory SET units = 600 WHERE site_ref = 'S' AND monitoring_year = '2025/26'")
    store.write_plan_settings({"buffer_pct": 20, "windfall_allowance_per_year": 50})
