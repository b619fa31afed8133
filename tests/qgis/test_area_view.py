"""One view of the monitoring figures per area (issue 15): ``MonitoringResult.for_area`` on a small
hand-worked store, and the dock and report modules rendering it without figure logic of their own
(read from their source with ``ast``)."""

import ast
import csv
import os
import shutil
from pathlib import Path

import pytest
from test_monitoring import BASE, add, completion, make_store, permission, point

from jlp_monitor_plugin.core.monitoring import compute_monitoring
from jlp_monitor_plugin.core.monitoring import units as u
from jlp_monitor_plugin.core.monitoring.area_view import site_fields, statement_fields
from jlp_monitor_plugin.core.store import Store

PACKAGE = Path(__file__).resolve().parents[2] / "jlp_monitor_plugin"

# The modules that only render the figures (issue 15: "no figure logic outside core/monitoring").
RENDERERS = [
    "gui/monitoring_panel.py",
    "gui/monitoring_models.py",
    "gui/monitoring_supply.py",
    "gui/monitoring_map.py",
    "core/reports/context.py",
    "core/reports/tables.py",
]
# What a renderer may ask a MonitoringResult (everything else of it is a pandas table).
RESULT_API = {"for_area", "base_date", "base_year", "warnings", "settings", "supply", "delivery_test"}
# pandas' table methods: a renderer calling one is adding up figures itself.
FRAME_METHODS = {
    "groupby", "sum", "loc", "iloc", "iterrows", "itertuples", "to_dict", "agg", "merge", "pivot_table",
    "set_index", "reset_index", "dropna", "isin", "astype", "value_counts", "query",
}  # fmt: skip


def figure_logic(source: str):
    """What in ``source`` computes with pandas or reads the result's tables: (line, what) pairs."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [
                (node.lineno, a.name) for a in node.names if a.name.split(".")[0] in ("pandas", "numpy")
            ]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in ("pandas", "numpy"):
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Name) and node.id in ("pd", "pandas", "np", "numpy"):
            found.append((node.lineno, node.id))
        elif isinstance(node, ast.Attribute):
            if node.attr in FRAME_METHODS:
                found.append((node.lineno, "." + node.attr))
            owner = node.value
            named = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", None)
            if named == "result" and node.attr not in RESULT_API:
                found.append((node.lineno, "result." + node.attr))
    return found


def test_the_dock_and_report_modules_only_render_the_area_view():
    problems = {path: figure_logic((PACKAGE / path).read_text(encoding="utf-8")) for path in RENDERERS}
    assert {path: found for path, found in problems.items() if found} == {}


def test_the_scan_finds_figure_logic():
    source = (
        "import pandas as pd\n"
        "def f(result):\n"
        "    by_year = result.completions_by_year\n"
        "    return by_year.groupby('lpa')['net_units'].sum()\n"
    )
    found = [what for _line, what in figure_logic(source)]
    assert sorted(found) == sorted(["pandas", "result.completions_by_year", ".groupby", ".sum"])
    assert figure_logic("def f(result):\n    return result.for_area('PLAN').sites\n") == []


@pytest.fixture(scope="module")
def small_store(qgis_app, tmp_path_factory):
    """Two sites (PLY/PPA with a permission of 40, WDE/TTV with none) and completions:
    2023/24: 12 on the PLY site; 2024/25: 8 on the PLY site, 3 windfall in SHA/PPA, 5 windfall
    (2 affordable) in SHA/TTV and a loss of 1 in WDE/TTV."""
    store = make_store(
        tmp_path_factory.mktemp("area_view"),
        sites=[("S1", "PLY", "PPA", 100, 0), ("S2", "WDE", "TTV", 20, 3000)],
    )
    add(store, "permissions", [permission("P1", 40, "2021-05-01", site_ref="S1", lpa="PLY")])
    add(
        store,
        "completions",
        [
            completion("C1", 12, "2023-06-01", app_ref="P1", site_ref="S1", geometry=point(50, 150)),
            completion("C2", 8, "2024-06-01", app_ref="P1", site_ref="S1", geometry=point(50, 150)),
            completion("C3", 3, "2024-09-01", geometry=point(1500, 600)),
            completion("C4", 5, "2024-07-01", affordable_units=2, geometry=point(2500)),
            completion("C5", -1, "2024-10-01", geometry=point(3500)),
        ],
    )
    return store.path


@pytest.fixture(scope="module")
def result(small_store):
    return compute_monitoring(Store.open(small_store), BASE)


def statement_d(report):
    """Step D of the five-year supply statement CSV: net completions to date."""
    with open(
        os.path.join(report.paths["csv"], "five_year_supply_statement.csv"), encoding="utf-8"
    ) as handle:
        return next(row[2] for row in csv.reader(handle) if row[0] == "D")  # step, label, figure, working


def year(view, label):
    return next(r for r in view.completions if r["monitoring_year"] == label)


def test_the_plan_view_adds_completions_by_year_with_the_allocated_and_windfall_split(result):
    plan = result.for_area("PLAN")
    assert plan.completions == [
        {"monitoring_year": "2023/24", "allocated": 12, "windfall": 0, "net_units": 12, "gross_units": 12,
         "affordable_units": 0},
        # windfall 3 + 5 − 1 = 7; gross counts the gains only: 8 + 3 + 5 = 16.
        {"monitoring_year": "2024/25", "allocated": 8, "windfall": 7, "net_units": 15, "gross_units": 16,
         "affordable_units": 2},
    ]  # fmt: skip
    assert plan.completions_total == 27
    assert plan.net_in_year("2024/25") == 15
    lpas = plan.codes("lpa", ["PLY", "SHA", "WDE"])
    assert lpas == ["PLY", "SHA", "WDE"]
    assert plan.completions_by("lpa", lpas) == [
        {"monitoring_year": "2023/24", "PLY": 12, "SHA": 0, "WDE": 0, "total": 12},
        {"monitoring_year": "2024/25", "PLY": 8, "SHA": 8, "WDE": -1, "total": 15},
    ]
    assert [r["total"] for r in plan.completions_by("allocated", ["yes", "no"])] == [12, 15]


def test_a_policy_area_and_an_lpa_view_hold_only_their_completions_and_sites(result):
    ttv = result.for_area("TTV")  # a policy area: SHA/TTV 5 and WDE/TTV −1
    assert [
        (r["monitoring_year"], r["windfall"], r["net_units"], r["gross_units"]) for r in ttv.completions
    ] == [("2024/25", 4, 4, 5)]
    assert [s["site_ref"] for s in ttv.sites] == ["S2"]
    sha = result.for_area("SHA")  # an LPA: 3 in PPA and 5 in TTV, no site
    assert (sha.completions_total, sha.sites, year(sha, "2024/25")["windfall"]) == (8, [], 8)
    # SHA's requirement 10,300 over 20 years, 11 of them to 31 March 2025: 5,665; done 8.
    row = sha.requirement_row
    assert (row["requirement_to_date"], row["completions_to_date"], row["difference"]) == (5665, 8, -5657)
    ppa = result.for_area("PPA")
    assert [r["net_units"] for r in ppa.completions] == [12, 11]
    assert list(ttv.series["completions"].dropna()) == list(result.series("TTV")["completions"].dropna())


def test_site_rows_carry_flag_codes_with_translated_labels_and_totals(result):
    plan = result.for_area("PLAN")
    s1, s2 = plan.sites
    # S1: 40 permitted, 12 + 8 completed of 100; S2: capacity 20 and nothing permitted.
    assert (s1["permitted"], s1["completed"], s1["pct_complete"], s1["flags"]) == (40, 20, 20.0, [])
    assert (s2["flags"], s2["flag_labels"], s2["pct_complete"]) == (["no_permission"], ["no permission"], 0.0)
    assert plan.flagged == 1
    assert plan.pct_by_site == {"S1": 20.0, "S2": 0.0}
    totals = plan.site_totals
    assert (totals["capacity"], totals["permitted"], totals["completed"], totals["remaining"]) == (
        120,
        40,
        20,
        80,
    )
    # The summary table keeps SPEC's codes, ";"-separated.
    assert list(result.site_progress["flags"]) == ["", "no_permission"]
    units = {f.key: f.unit for f in site_fields()}
    assert (units["pct_complete"], units["capacity"], units["flags"]) == (u.PERCENT, u.INTEGER, u.TEXT)


def test_statement_steps_carry_their_unit_and_render_alike_on_screen_and_in_documents(result):
    plan = result.for_area("PLAN")
    steps = {r["step"]: r for r in plan.statement}
    assert list(steps) == list("ABCDEFGHIJKLMNOP")
    assert {s: r["unit"] for s, r in steps.items() if r["unit"] != u.NUMBER} == {
        "G": u.RATE, "H": u.DECIMAL, "J": u.DECIMAL, "M": u.DECIMAL, "O": u.YEARS,
    }  # fmt: skip
    assert [s for s, r in steps.items() if r["headline"]] == ["I", "N", "O"]
    # 26,700 over 20 years: 1,335 a year; C: 11 years, 14,685; D: 27 done; E: the rest.
    assert (steps["A"]["value"], steps["C"]["value"], steps["D"]["value"]) == (1335, 14685, 27)
    assert steps["E"]["value"] == 14685 - 27
    assert u.document_text(steps["C"]["value"], steps["C"]["unit"]) == "14,685"
    assert u.screen_text(steps["G"]["value"], steps["G"]["unit"]) == "20%"  # HDT far below 85: 20%
    assert u.document_text(steps["G"]["value"], steps["G"]["unit"]) == "20%"
    assert u.document_text(1744.4, u.DECIMAL) == "1,744.4" and u.screen_text(1744.4, u.NUMBER) == "1,744.4"
    assert u.document_text(None, u.YEARS) == u.MISSING and u.screen_text(None, u.YEARS) == ""
    assert [f.key for f in statement_fields()] == ["step", "label", "value", "working"]
    assert [r["monitoring_year"] for r in plan.hdt_years] == ["2022/23", "2023/24", "2024/25"]
    assert sum(r["delivered"] for r in plan.hdt_years) == plan.delivery_test.delivered == 27


def test_a_report_made_with_the_docks_figures_shows_them_and_not_a_second_computation(small_store, tmp_path):
    from jlp_monitor_plugin.core import reports

    copy = tmp_path / "copy.gpkg"
    shutil.copy(small_store, copy)  # the module's store stays as the other tests worked it
    store = Store.open(str(copy))
    result = compute_monitoring(store, BASE)
    # The store changes after the figures were computed: a report given them shows them (27 net
    # completions to date), as the dock does; given none, or figures at another base date, it computes.
    add(store, "completions", [completion("C_LATE", 1000, "2024-12-01", geometry=point(1500, 600))])
    made = reports.make_report(
        store, BASE, "five_year_supply_statement", "csv", str(tmp_path / "a"), result=result
    )
    assert float(statement_d(made)) == 27
    made = reports.make_report(store, BASE, "five_year_supply_statement", "csv", str(tmp_path / "b"))
    assert float(statement_d(made)) == 1027
    earlier = compute_monitoring(store, "2024-03-31")
    made = reports.make_report(
        store, BASE, "five_year_supply_statement", "csv", str(tmp_path / "c"), result=earlier
    )
    assert float(statement_d(made)) == 1027
