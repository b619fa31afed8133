"""The monitoring figures of the demo store hang together: totals add up across LPA, policy area and
plan, year by year, and agree with the completions counted straight from the GeoPackage."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from jlp_monitor_plugin.core.monitoring import compute_monitoring, write_summary_csvs
from jlp_monitor_plugin.core.store import Store

ROOT = Path(__file__).resolve().parents[2]
BASE = "2025-03-31"


@pytest.fixture(scope="module")
def demo_store(demo_master, tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo_store.gpkg"
    shutil.copy(demo_master, path)
    return Store.open(str(path))


@pytest.fixture(scope="module")
def result(demo_store):
    return compute_monitoring(demo_store, BASE)


def test_completions_add_up_across_lpa_policy_area_and_plan_every_year(result):
    table = result.completions_by_year
    plan = table.groupby("monitoring_year")["net_units"].sum()
    by_lpa = table.groupby(["monitoring_year", "lpa"])["net_units"].sum().groupby(level=0).sum()
    by_area = table.groupby(["monitoring_year", "policy_area"])["net_units"].sum().groupby(level=0).sum()
    assert plan.to_dict() == by_lpa.to_dict() == by_area.to_dict()
    assert list(plan.index) == ["{}/{:02d}".format(y, (y + 1) % 100) for y in range(2014, 2025)]
    # Every row is a real place or "unknown" for both; an LPA sits in the policy areas DOMAIN gives it.
    pairs = set(zip(table["lpa"], table["policy_area"]))
    assert pairs <= {("PLY", "PPA"), ("SHA", "PPA"), ("SHA", "TTV"), ("WDE", "TTV"), ("unknown", "unknown")}
    assert (table["gross_units"] >= table["net_units"]).all()
    assert set(table["allocated"]) == {"yes", "no"}


def test_totals_agree_with_the_completions_counted_straight_from_the_store(demo_store, result):
    with sqlite3.connect(demo_store.path) as con:
        (dated,) = con.execute(
            "SELECT sum(units) FROM completions "
            "WHERE completion_date <= ? AND completion_date >= '2014-04-01'",
            (BASE,),
        ).fetchone()
        (year_only,) = con.execute(
            "SELECT sum(units) FROM completions "
            "WHERE completion_date IS NULL AND monitoring_year <= '2024/25'"
        ).fetchone()
        (allocated,) = con.execute(
            "SELECT sum(c.units) FROM completions c JOIN allocations a ON a.site_ref = c.site_ref "
            "WHERE (c.completion_date IS NOT NULL AND c.completion_date <= ?) "
            "OR (c.completion_date IS NULL AND c.monitoring_year <= '2024/25')",
            (BASE,),
        ).fetchone()
    requirement = result.requirement_progress.set_index("area")
    assert requirement.loc["PLAN", "completions_to_date"] == dated + (year_only or 0)
    table = result.completions_by_year
    assert table[table["allocated"] == "yes"]["net_units"].sum() == allocated
    # Plan = policy areas + unknown = LPAs + unknown, to date.
    unknown = table[table["lpa"] == "unknown"]["net_units"].sum()
    assert requirement.loc["PLAN", "completions_to_date"] == (
        requirement.loc["PPA", "completions_to_date"]
        + requirement.loc["TTV", "completions_to_date"]
        + unknown
    )
    assert requirement.loc["PLAN", "completions_to_date"] == (
        sum(requirement.loc[lpa, "completions_to_date"] for lpa in ("PLY", "SHA", "WDE")) + unknown
    )
    # 11 plan years at 1,335.
    assert requirement.loc["PLAN", "requirement_to_date"] == pytest.approx(14685)


def test_site_progress_supply_and_hdt_are_consistent(result, tmp_path):
    sites = result.site_progress
    assert len(sites) == 60
    assert (sites["not_started"] >= 0).all() and (sites["under_construction"] >= 0).all()
    assert (sites["remaining"].dropna() >= 0).all()
    # Every allocation's completions are in the allocated rows of completions by year.
    table = result.completions_by_year
    assert sites["completed"].sum() == table[table["allocated"] == "yes"]["net_units"].sum()

    supply = result.supply
    assert supply.total_supply == pytest.approx(
        supply.deliverable_supply + supply.windfall_allowance - supply.lapse_discount
    )
    assert supply.years_supply == round(supply.total_supply / (supply.five_year_requirement / 5), 2)
    assert 1 < supply.years_supply < 10
    hdt = result.delivery_test
    assert result.hdt.iloc[0]["monitoring_years"] == "2022/23;2023/24;2024/25"
    assert hdt.delivered == sum(
        table[table["monitoring_year"] == y]["net_units"].sum() for y in ("2022/23", "2023/24", "2024/25")
    )
    assert hdt.required == pytest.approx(3 * 1335)
    assert supply.buffer_pct == (20 if hdt.pct < 85 else 5)

    paths = write_summary_csvs(result, str(tmp_path))
    assert sorted(paths) == sorted(result.tables())
    assert all(Path(p).stat().st_size > 0 for p in paths.values())
