"""Reports and summaries from a frozen position (issue 11 item 2): the same, table for table, after
later edits of the live data, and saying which position they show."""

import csv
import filecmp
import os

import pytest
from backends import run_sql
from position_stores import add, make_bridge_store, make_position_store, trajectory_row, year_on
from qgis.core import QgsProcessingException

from jlp_monitor_plugin.core import positions
from jlp_monitor_plugin.core.position_report import position_report

BOTH_BACKENDS = True


@pytest.fixture()
def store(qgis_app, tmp_path, store_backend, request):
    uri = request.getfixturevalue("postgis_uri") if store_backend == "postgis" else None
    return make_position_store(tmp_path, store_backend, uri)


def _edit_live_data(store, tmp_path):
    """A late completion, a trajectory revision, a new permission, a changed plan setting, a rejects file."""
    add(store, "completions", [{"completion_id": "LATE", "units": 25, "completion_date": "2023-09-01",
                                "geometry": "POINT(500 500)"}])  # fmt: skip
    run_sql(store, "UPDATE trajectory SET units = 600 WHERE monitoring_year = '2025/26'")
    new = {"app_ref": "NEW", "net_units": 2, "decision_date": "2023-10-01", "permission_type": "full",
           "address": "1 New Street", "geometry": "POINT(650 650)"}  # fmt: skip
    add(store, "permissions", [new])
    store.write_plan_settings({"buffer_pct": 20})
    folder = os.path.dirname(store.path) if store.backend == "gpkg" else str(tmp_path)
    with open(os.path.join(folder, "rejects_late.csv"), "w", encoding="utf-8") as handle:
        handle.write("layer,reason\ncompletions,units: 'x' is not a number\n")


def _tables(folder):
    return sorted(os.listdir(os.path.join(folder, "housing_monitoring_report_tables")))


def test_a_report_from_a_position_is_the_same_after_edits_of_the_live_data(store, tmp_path):
    position = positions.freeze_position(store, "2024-03-31", "HPS 2023/24, published", user="Officer A")
    before = tmp_path / "before"
    report = position_report(store, position.position_id, formats="csv,html", folder=str(before))
    assert report.base_date == "2024-03-31"
    live_before = tmp_path / "live_before"
    from jlp_monitor_plugin.core import reports

    reports.make_report(store, "2024-03-31", formats="csv", folder=str(live_before))
    names = _tables(before)
    assert names == _tables(live_before) and "five_year_supply_statement.csv" in names
    # Made from the position or from the store before any edit: the same tables.
    match, mismatch, errors = filecmp.cmpfiles(
        before / "housing_monitoring_report_tables", live_before / "housing_monitoring_report_tables", names,
        shallow=False,
    )  # fmt: skip
    assert mismatch == [] and errors == []

    _edit_live_data(store, tmp_path)
    after = tmp_path / "after"
    position_report(store, "HPS 2023/24, published", formats="csv,html", folder=str(after))
    match, mismatch, errors = filecmp.cmpfiles(
        before / "housing_monitoring_report_tables",
        after / "housing_monitoring_report_tables",
        names,
        shallow=False,
    )
    assert sorted(match) == names and mismatch == [] and errors == []
    # The live figures did move: the same report from the store now differs.
    live_after = tmp_path / "live_after"
    reports.make_report(store, "2024-03-31", formats="csv", folder=str(live_after))
    _match, moved, _errors = filecmp.cmpfiles(
        before / "housing_monitoring_report_tables", live_after / "housing_monitoring_report_tables", names,
        shallow=False,
    )  # fmt: skip
    assert "five_year_supply_statement.csv" in moved and "headline.csv" in moved
    html = (after / "housing_monitoring_report.html").read_text(encoding="utf-8")
    assert "Frozen position:</b> HPS 2023/24, published (2024-03-31-1), frozen on" in html
    assert "by\nOfficer A" in html or "by Officer A" in html


def test_summary_from_a_position(processing_ready, store, tmp_path):
    import processing

    positions.freeze_position(store, "2024-03-31", "published")
    first = processing.run(
        "jlpmonitor:summary",
        {"STORE": store.path, "POSITION": "published", "OUTPUT_FOLDER": str(tmp_path / "a")},
    )
    _edit_live_data(store, tmp_path)
    second = processing.run(
        "jlpmonitor:summary",
        {"STORE": store.path, "POSITION": "published", "OUTPUT_FOLDER": str(tmp_path / "b")},
    )
    assert first["BASE_DATE"] == second["BASE_DATE"] == "2024-03-31"
    assert first["YEARS_SUPPLY"] == second["YEARS_SUPPLY"] == 4.10
    for name in ("COMPLETIONS_BY_YEAR", "SITE_PROGRESS", "REQUIREMENT_PROGRESS", "FIVE_YEAR_SUPPLY", "HDT"):
        assert filecmp.cmp(first[name], second[name], shallow=False), name
    live = processing.run(
        "jlpmonitor:summary",
        {"STORE": store.path, "BASE_DATE": "2024-03-31", "OUTPUT_FOLDER": str(tmp_path / "c")},
    )
    assert live["YEARS_SUPPLY"] != 4.10
    with pytest.raises(QgsProcessingException, match="is at 2024-03-31, not 2025-03-31"):
        processing.run(
            "jlpmonitor:summary",
            {
                "STORE": store.path,
                "POSITION": "published",
                "BASE_DATE": "2025-03-31",
                "OUTPUT_FOLDER": str(tmp_path),
            },
        )
    with pytest.raises(QgsProcessingException, match="no position 'draft'"):
        processing.run(
            "jlpmonitor:report",
            {
                "STORE": store.path,
                "POSITION": "draft",
                "FORMATS": "csv",
                "OUTPUT_FOLDER": str(tmp_path / "r"),
            },
        )


def test_report_algorithm_from_a_position_says_which(processing_ready, store, tmp_path):
    import processing

    positions.freeze_position(store, "2024-03-31", "HPS 2023/24")
    add(store, "trajectory", [trajectory_row(2030, 10)])
    out = processing.run(
        "jlpmonitor:report",
        {"STORE": store.path, "POSITION": "HPS 2023/24", "TEMPLATE": "five_year_supply_statement",
         "FORMATS": "html", "OUTPUT_FOLDER": str(tmp_path / "r")},
    )  # fmt: skip
    assert out["BASE_DATE"] == "2024-03-31"
    html = open(out["HTML"], encoding="utf-8").read()
    assert "Frozen position:</b> HPS 2023/24 (2024-03-31-1)" in html


def test_the_report_shows_the_changes_since_the_last_position(qgis_app, tmp_path):
    from jlp_monitor_plugin.core import reports

    store = make_bridge_store(tmp_path, "gpkg")  # position "HPS 2023/24" at 31 March 2024
    year_on(store)
    out = tmp_path / "live"
    report = reports.make_report(store, "2025-03-31", formats="html,pdf,csv", folder=str(out))
    html = (out / "housing_monitoring_report.html").read_text(encoding="utf-8")
    assert "12. Changes since the last position" in html
    assert "and the store at 2025-03-31" in html and "HPS 2023/24 (2024-03-31-1)" in html
    assert 'alt="Five-year supply bridge: from HPS 2023/24 (2024-03-31-1) to the store at 2025-03-31"' in html
    assert "<b>Five-year supply bridge: what moved the years of supply</b></caption>" in html
    assert '<th scope="col"' in html
    tables = out / "housing_monitoring_report_tables"
    with open(tables / "changes_supply_bridge.csv", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["years"] for r in rows] == ["4.13", "-0.61", "-0.44", "-0.24", "0.01", "0.03", "-0.01", "0.42",
                                          "0.07", "0.0", "3.36"]  # fmt: skip
    assert (tables / "changes_completion_changes.csv").exists() and "pdf" in report.paths
    # Made from the later position, the report compares the two positions.
    positions.freeze_position(store, "2025-03-31", "HPS 2024/25")
    frozen = tmp_path / "frozen"
    position_report(store, "HPS 2024/25", formats="html", folder=str(frozen))
    html = (frozen / "housing_monitoring_report.html").read_text(encoding="utf-8")
    assert "and HPS 2024/25 (2025-03-31-1)" in html
    # No position before the base date: no section.
    early = tmp_path / "early"
    reports.make_report(store, "2024-03-31", formats="html", folder=str(early))
    assert "Changes since the last position" not in (early / "housing_monitoring_report.html").read_text(
        "utf-8"
    )
