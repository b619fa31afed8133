"""What changed since a frozen position, and the five-year supply bridge (issue 11 item 3), worked by
hand on a small store (tests/position_stores.py), on both backends.

At 31 March 2024 (position 1): B 5,000 (1,000 a year), requirement to date C 4,000, completions D
3,200, shortfall 800 (Sedgefield), buffer 5%: R = 5,800 × 1.05 = 6,090. Supply: S 1,000 a year
2024/25–2028/29 = 5,000, and W3 (30 homes, expiring 1 June 2024) 10 a year 2024/25–2026/27: K 5,030;
lapse discount 10% of W1's 4 = 0.4: S = 5,029.6. Years 5 × 5,029.6 ÷ 6,090 = 4.1294 → 4.13.

Then: 900 completions in 2024/25 and 25 notified late for 2023/24; N1 (40, full) with 20 a year
2025/26–2026/27 and N2 (2, full, no trajectory); W3 lapsed and its rows deleted; S's 2025/26 revised
to 600; buffer set to 20%; windfall 50 a year (years 4 and 5).

At 31 March 2025 (position 2): C 5,000, D 4,125, shortfall 875: R = 5,875 × 1.2 = 7,050. K = S 600 +
4 × 1,000 + N1 40 = 4,640; windfall 100; lapse discount 10% of (4 + 2) = 0.6: S = 4,739.4. Years
5 × 4,739.4 ÷ 7,050 = 3.3613 → 3.36.

The bridge, step by step (years = 5 × S ÷ R after each step):
1 requirement  C → 5,000: R 6,800 × 1.05 = 7,140; 25,148/7,140 − 25,148/6,090     = −0.607264
2 buffer       G → 20: R 8,160; 25,148/8,160 − 25,148/7,140                         = −0.440266
3 in the year  D + 900, K − 1,010 (2024/25 passed): R 7,080; 20,098/7,080 − 3.081863 = −0.243162
4 late         D → 4,125: R 7,050; 20,098/7,050 − 20,098/7,080                      = +0.012080
5 new          K + 40 (N1): 20,298/7,050 − 20,098/7,050                             = +0.028369
6 lapses       K − 20 (W3's 2025/26 and 2026/27): 20,198/7,050 − 20,298/7,050       = −0.014184
7 trajectory   K → 4,640 (+600: S −400 in 2025/26, +1,000 in 2029/30)               = +0.425532
8 windfall     L → 100                                                              = +0.070922
9 discount     M → 0.6                                                              = −0.000142
Sum −0.768115 = 3.361277 − 4.129392; shown (largest remainders) −0.61 −0.44 −0.24 +0.01 +0.03 −0.01
+0.42 +0.07 0.00 = −0.77 = 3.36 − 4.13.
"""

import csv
import os
from fractions import Fraction

import pytest
from backends import run_sql
from position_stores import add, make_bridge_store, make_position_store, windfall_row, year_on
from qgis.core import QgsProcessingException

from jlp_monitor_plugin.core import positions
from jlp_monitor_plugin.core.position_compare import compare_positions

BOTH_BACKENDS = True


@pytest.fixture()
def store(qgis_app, tmp_path, store_backend, request):
    uri = request.getfixturevalue("postgis_uri") if store_backend == "postgis" else None
    return make_bridge_store(tmp_path, store_backend, uri)


EXACT = {
    "requirement": Fraction(25148, 7140) - Fraction(25148, 6090),
    "buffer": Fraction(25148, 8160) - Fraction(25148, 7140),
    "completions_in_year": Fraction(20098, 7080) - Fraction(25148, 8160),
    "late_completions": Fraction(20098, 7050) - Fraction(20098, 7080),
    "new_permissions": Fraction(200, 7050),
    "lapses": Fraction(-100, 7050),
    "trajectory": Fraction(3000, 7050),
    "windfall": Fraction(500, 7050),
    "lapse_discount": Fraction(-1, 7050),
}
SHOWN = {"requirement": -0.61, "buffer": -0.44, "completions_in_year": -0.24, "late_completions": 0.01,
         "new_permissions": 0.03, "lapses": -0.01, "trajectory": 0.42, "windfall": 0.07,
         "lapse_discount": 0.0}  # fmt: skip


def test_the_bridge_between_two_positions_worked_by_hand(store):
    year_on(store)
    positions.freeze_position(store, "2025-03-31", "HPS 2024/25")
    bridge = compare_positions(store, "HPS 2023/24", "HPS 2024/25").bridge
    assert (bridge.from_years, bridge.to_years) == (4.13, 3.36)
    assert [s.key for s in bridge.steps] == list(EXACT)
    for step in bridge.steps:
        assert step.years == pytest.approx(float(EXACT[step.key]), abs=1e-12), step.key
        assert step.shown == SHOWN[step.key], step.key
    # Exact: the unrounded contributions add up to the difference of the unrounded years, and the
    # shown ones (in hundredths) to the difference of the published years.
    assert sum(EXACT.values()) == Fraction(23697, 7050) - Fraction(25148, 6090)
    assert sum(Fraction(s.years) for s in bridge.steps) == pytest.approx(
        float(sum(EXACT.values())), abs=1e-12
    )
    assert sum(round(s.shown * 100) for s in bridge.steps) == -77
    homes = {s.key: (s.supply_homes, s.requirement_homes) for s in bridge.steps}
    assert homes["requirement"] == (0, 1050) and homes["buffer"] == (0, 1020)
    assert homes["completions_in_year"] == (-1010, -1080) and homes["late_completions"] == (0, -30)
    assert homes["new_permissions"] == (40, 0) and homes["lapses"] == (-20, 0)
    assert homes["trajectory"] == (600, 0) and homes["windfall"] == (100, 0)


def test_the_change_lists(store):
    year_on(store)
    run_sql(store, "INSERT INTO tag_audit (layer, feature_key, old_site_ref, new_site_ref, method, reason, "
                   "\"user\", at) VALUES ('completions', 'C2020', NULL, 'S', 'manual', 'on the site plan', "
                   "'Officer B', '2024-08-01T10:00:00')")  # fmt: skip
    run_sql(store, "UPDATE completions SET site_ref = 'S' WHERE completion_id = 'C2020'")
    comparison = compare_positions(store, "2024-03-31-1", None, "2025-03-31")  # the live store
    assert comparison.later.frozen_at is None and comparison.bridge.to_years == 3.36
    tables = comparison.tables
    permissions = {r["app_ref"]: r for r in tables["permission_changes"].records}
    assert set(permissions) == {"N1", "N2", "W3"}
    assert permissions["N1"]["change"] == "new" and permissions["N1"]["units_to"] == 40
    assert permissions["W3"]["change"].startswith("lapsed") and permissions["W3"]["status_from"] == "extant"
    completions = {r["completion_id"]: r for r in tables["completion_changes"].records}
    assert completions["C2024"]["change"] == "in the year" and completions["C2024"]["units_change"] == 900
    assert (
        completions["LATE"]["change"] == "notified late"
        and completions["LATE"]["monitoring_year"] == "2023/24"
    )
    retagged = completions["C2020"]
    assert retagged["change"] == "re-tagged" and (retagged["site_ref_from"], retagged["site_ref_to"]) == (
        None,
        "S",
    )
    assert (retagged["who"], retagged["when"], retagged["why"]) == ("Officer B", "2024-08-01T10:00:00",
                                                                     "on the site plan")  # fmt: skip
    sites = {r["site_ref"]: r for r in tables["site_changes"].records}
    assert sites["S"]["completed_from"] == 0 and sites["S"]["completed_to"] == 800
    trajectory = {
        (r["site_ref"], r["app_ref"], r["monitoring_year"]): r for r in tables["trajectory_changes"].records
    }
    assert trajectory[("S", None, "2025/26")]["units_change"] == -400
    assert trajectory[(None, "W3", "2024/25")]["deliverable_change"] == -10
    assert trajectory[(None, "N1", "2026/27")]["units_to"] == 20 and len(trajectory) == 6
    settings = {r["key"]: (r["from"], r["to"]) for r in tables["settings_changes"].records}
    assert settings == {"buffer_pct": ("5", "20"), "windfall_allowance_per_year": ("0", "50")}


def test_compareposition_writes_every_list_as_csv_and_xlsx(processing_ready, store, tmp_path):
    import processing

    year_on(store)
    out = processing.run(
        "jlpmonitor:compareposition",
        {
            "STORE": store.path,
            "FROM": "HPS 2023/24",
            "BASE_DATE": "2025-03-31",
            "OUTPUT_FOLDER": str(tmp_path / "c"),
        },
    )
    assert (out["YEARS_FROM"], out["YEARS_TO"]) == (4.13, 3.36)
    names = ["permission_changes", "completion_changes", "site_changes", "trajectory_changes",
             "settings_changes", "supply_bridge"]  # fmt: skip
    assert sorted(os.listdir(tmp_path / "c")) == sorted(n + e for n in names for e in (".csv", ".xlsx"))
    with open(tmp_path / "c" / "supply_bridge.csv", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["years"] == "4.13" and rows[-1]["years"] == "3.36"
    assert [r["years"] for r in rows[1:-1]] == [
        "-0.61",
        "-0.44",
        "-0.24",
        "0.01",
        "0.03",
        "-0.01",
        "0.42",
        "0.07",
        "0.0",
    ]
    with pytest.raises(QgsProcessingException, match="no position 'nope'"):
        processing.run(
            "jlpmonitor:compareposition",
            {"STORE": store.path, "FROM": "nope", "OUTPUT_FOLDER": str(tmp_path / "d")},
        )


def test_a_permission_held_before_its_decision_is_new_when_granted(qgis_app, tmp_path):
    """The store holds N3 (decided 1 September 2024) and an officer's 30 homes for it in 2025/26 before
    the 31 March 2024 position: N3 is not granted then (no permission to list), so NPPF Annex 2 does
    not count its homes (no permission, no evidence); at 31 March 2025 it is new in the permission
    list and its 30 homes enter the supply as a new permission's."""
    store = make_position_store(tmp_path, "gpkg")
    n3 = {"app_ref": "N3", "net_units": 30, "decision_date": "2024-09-01", "permission_type": "full",
          "geometry": "POINT(840 840)"}  # fmt: skip
    add(store, "permissions", [n3])
    add(store, "trajectory", [windfall_row("N3", 2025, 30)])
    positions.freeze_position(store, "2024-03-31", "first")
    positions.freeze_position(store, "2025-03-31", "second")
    comparison = compare_positions(store, "first", "second")
    [row] = [r for r in comparison.tables["permission_changes"].records if r["app_ref"] == "N3"]
    assert row["change"] == "new" and row["units_to"] == 30
    steps = {s.key: s for s in comparison.bridge.steps}
    assert steps["new_permissions"].supply_homes == 30 and steps["trajectory"].supply_homes == 1000


def test_who_when_and_why_are_given_for_re_tags_only(qgis_app, tmp_path):
    store = make_bridge_store(tmp_path, "gpkg")
    # An audit row for W3 that set the tag it already had at the position: W3's lapse is not a re-tag.
    run_sql(store, "INSERT INTO tag_audit (layer, feature_key, old_site_ref, new_site_ref, method, reason, "
                   "\"user\", at) VALUES ('permissions', 'W3', 'S', NULL, 'manual', 'not on the site', "
                   "'Officer C', '2023-01-01T10:00:00')")  # fmt: skip
    year_on(store)
    comparison = compare_positions(store, "HPS 2023/24", None, "2025-03-31")
    [w3] = [r for r in comparison.tables["permission_changes"].records if r["app_ref"] == "W3"]
    assert w3["change"].startswith("lapsed") and (w3["who"], w3["when"], w3["why"]) == (None, None, None)
