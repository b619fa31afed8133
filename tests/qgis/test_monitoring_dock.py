"""The Monitoring dock in real QGIS offscreen, on the demo store, as the officer works it: the figures at a
base date for the plan, a policy area or an LPA (the same numbers core.monitoring computes), the site
table zooming the map, the trajectory and plan-settings editors writing the store and the figures
following, and the allocations coloured by percentage complete."""

import datetime
import re
from pathlib import Path

import pytest
from conftest import wait_until
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsLayerTreeModel,
    QgsProject,
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDateEdit

from jlp_monitor_plugin.core import schema
from jlp_monitor_plugin.core.monitoring import compute_monitoring
from jlp_monitor_plugin.core.monitoring.area_view import records as frame_rows
from jlp_monitor_plugin.core.project import store_layer_in_project
from jlp_monitor_plugin.core.store import Store
from jlp_monitor_plugin.gui.monitoring_models import ROW_ROLE, SORT_ROLE
from jlp_monitor_plugin.gui.monitoring_task import default_base_date

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
BASE = datetime.date(2025, 3, 31)


def computed(panel, qgis_app):
    """Wait for the panel's task to end; the figures it shows."""
    wait_until(qgis_app, lambda: panel.task is None and panel._pending is None)
    qgis_app.processEvents()
    return panel.result


@pytest.fixture()
def panel(plugin, demo_copy, qgis_app):
    """The Monitoring panel on the demo store at base date 31 March 2025."""
    plugin.open_store(demo_copy)
    panel = plugin.monitoring_dock.panel
    computed(panel, qgis_app)
    panel.set_base_date(BASE)
    assert computed(panel, qgis_app).base_date == BASE
    return panel


def shown(view, key):
    """The column ``key`` of a table view as the officer sees it (text), top to bottom."""
    model = view.model()
    source = model.sourceModel() if hasattr(model, "sourceModel") else model
    column = source.column_index(key)
    return [model.index(row, column).data() for row in range(model.rowCount())]


def shown_rows(view):
    model = view.model()
    return [model.index(row, 0).data(ROW_ROLE) for row in range(model.rowCount())]


# -- the figures --------------------------------------------------------------------------------------


def test_a_store_behind_the_times_opens_at_its_own_last_monitoring_year():
    # The demo's completions end in 2024/25: on 27 November 2026 it opens at 31 March 2025, not 2026.
    assert default_base_date(2024, datetime.date(2026, 11, 27)) == datetime.date(2025, 3, 31)
    # A store up to date opens at the latest 31 March on or before today (31 March counts as today).
    assert default_base_date(2025, datetime.date(2026, 3, 31)) == datetime.date(2026, 3, 31)
    assert default_base_date(2025, datetime.date(2026, 3, 30)) == datetime.date(2025, 3, 31)
    assert default_base_date(None, datetime.date(2026, 4, 1)) == datetime.date(2026, 3, 31)


def test_the_dock_shows_the_demo_store_figures(panel, demo_copy):
    expected = compute_monitoring(Store.open(demo_copy), BASE)
    assert panel.baseDateCombo.currentData() == "2025-03-31"
    assert panel.area() == "PLAN"

    # Completions by year, whole plan: net, gross, affordable and the allocated / windfall split.
    table = expected.completions_by_year
    by_year = table.groupby("monitoring_year")[["net_units", "gross_units", "affordable_units"]].sum()
    allocated = table[table["allocated"] == "yes"].groupby("monitoring_year")["net_units"].sum()
    rows = shown_rows(panel.completionsTable)
    assert [r["monitoring_year"] for r in rows] == [
        "{}/{:02d}".format(y, (y + 1) % 100) for y in range(2014, 2025)
    ]
    for row in rows:
        year = row["monitoring_year"]
        assert row["net_units"] == by_year.loc[year, "net_units"]
        assert row["gross_units"] == by_year.loc[year, "gross_units"]
        assert row["affordable_units"] == by_year.loc[year, "affordable_units"]
        assert row["allocated"] == allocated.get(year, 0)
        assert row["allocated"] + row["windfall"] == row["net_units"]
    net_2018 = int(by_year.loc["2018/19", "net_units"])
    assert shown(panel.completionsTable, "net_units")[4] == "{:,}".format(net_2018)
    total = int(by_year["net_units"].sum())
    assert "{:,} net".format(total) in panel.completionsTitle.text()
    # Numbers are right-aligned, codes left.
    model = panel.completionsTable.model()
    assert model.index(0, 3).data(Qt.TextAlignmentRole) & Qt.AlignRight
    assert model.index(0, 0).data(Qt.TextAlignmentRole) & Qt.AlignLeft

    # Site progress: every allocation with core's figures and flags.
    sites = {r["site_ref"]: r for r in shown_rows(panel.sitesTable)}
    assert len(sites) == len(expected.site_progress) == 60
    for site in frame_rows(expected.site_progress):
        row = sites[site["site_ref"]]
        for key in ("capacity", "permitted", "completed", "under_construction", "not_started", "remaining"):
            assert row[key] == site[key], key
        assert ";".join(row["flags"]) == site["flags"]  # codes in the row, ";"-joined in the table
    flagged = sum(1 for f in expected.site_progress["flags"] if f)
    assert "{} flagged".format(flagged) in panel.sitesTitle.text()

    # Sorted by percentage complete, as numbers: the most complete site first.
    column = panel.sites_model.column_index("pct_complete")
    panel.sitesTable.sortByColumn(column, Qt.DescendingOrder)
    first = panel.sitesTable.model().index(0, column)
    assert first.data(SORT_ROLE) == pytest.approx(expected.site_progress["pct_complete"].max())
    assert first.data() == "{:.1f}%".format(expected.site_progress["pct_complete"].max())

    # Requirement progress for the plan, each policy area and each LPA.
    requirement = {r["area"]: r for r in shown_rows(panel.requirementTable)}
    assert list(requirement) == ["PLAN", "PPA", "TTV", "PLY", "SHA", "WDE"]
    for _, area in expected.requirement_progress.iterrows():
        row = requirement[area["area"]]
        assert row["completions_to_date"] == area["completions_to_date"]
        assert row["requirement_to_date"] == pytest.approx(area["requirement_to_date"])
        assert row["difference"] == pytest.approx(area["difference"])
    # 26,700 over 20 years is 1,335 a year; 11 years to 31 March 2025 make 14,685.
    assert requirement["PLAN"]["requirement_to_date"] == 14685

    # The five-year supply statement, step by step, and its headline.
    statement = shown_rows(panel.statementTable)
    assert [r["step"] for r in statement] == list(expected.supply_statement["step"])
    for row, (_, step) in zip(statement, expected.supply_statement.iterrows()):
        assert row["label"] == step["label"]
        assert row["value"] == pytest.approx(step["value"])
    # The demo's figures are recomputed from its store, not pinned: a few years' supply, HDT near 100%.
    supply, hdt = expected.supply, expected.delivery_test
    years = supply.years_supply
    assert 2 < years < 5 and years == round(supply.total_supply / (supply.five_year_requirement / 5), 2)
    assert panel.yearsLabel.text() == "{:.2f} years".format(years)
    assert shown(panel.statementTable, "value")[14] == "{:.2f}".format(years)
    assert 95 <= hdt.pct < 130
    assert shown(panel.statementTable, "value")[6] == "5%"  # buffer: HDT ≥ 85%
    shortfall = round(supply.five_year_requirement - supply.total_supply)
    assert "a shortfall of {:,} homes".format(shortfall) in panel.supplySubtitle.text()

    # The Housing Delivery Test: three years, delivered against 3 × 1,335 = 4,005 required.
    assert [r["monitoring_year"] for r in shown_rows(panel.hdtTable)] == ["2022/23", "2023/24", "2024/25"]
    assert sum(r["delivered"] for r in shown_rows(panel.hdtTable)) == hdt.delivered
    assert panel.hdtLabel.text().startswith(
        "{:.1f}% — delivered {:,} of 4,005 required; consequence: none".format(hdt.pct, hdt.delivered)
    )

    # The chart is fed the plan's series.
    assert list(panel.chart.series["monitoring_year"]) == list(expected.series("PLAN")["monitoring_year"])


def test_the_area_selector_changes_the_completions_and_sites(panel, demo_copy, qgis_app):
    expected = compute_monitoring(Store.open(demo_copy), BASE)
    table = expected.completions_by_year

    assert panel.set_area("WDE")
    wde = table[table["lpa"] == "WDE"].groupby("monitoring_year")["net_units"].sum()
    rows = shown_rows(panel.completionsTable)
    assert {r["monitoring_year"]: r["net_units"] for r in rows} == {k: int(v) for k, v in wde.items()}
    assert (
        "West Devon Borough Council (WDE): {:,} net".format(int(wde.sum())) in panel.completionsTitle.text()
    )
    sites = expected.site_progress
    assert sorted(r["site_ref"] for r in shown_rows(panel.sitesTable)) == sorted(
        sites[sites["lpa"] == "WDE"]["site_ref"]
    )
    series = panel.chart.series
    assert list(series["completions"].dropna()) == list(expected.series("WDE")["completions"].dropna())

    assert panel.set_area("TTV")
    ttv = table[table["policy_area"] == "TTV"].groupby("monitoring_year")["net_units"].sum()
    assert {r["monitoring_year"]: r["net_units"] for r in shown_rows(panel.completionsTable)} == {
        k: int(v) for k, v in ttv.items()
    }
    # A policy area's completions are fewer than the plan's and the areas add up to the plan.
    ppa = table[table["policy_area"] == "PPA"]["net_units"].sum()
    unknown = table[table["policy_area"] == "unknown"]["net_units"].sum()
    assert int(ttv.sum()) + int(ppa) + int(unknown) == int(table["net_units"].sum())
    # Readable names in the selector.
    names = [panel.areaCombo.itemText(i) for i in range(panel.areaCombo.count())]
    assert names == [
        "Whole plan",
        "Plymouth Policy Area (PPA)",
        "Thriving Towns and Villages Policy Area (TTV)",
        "Plymouth City Council (PLY)",
        "South Hams District Council (SHA)",
        "West Devon Borough Council (WDE)",
    ]


def test_the_supply_tab_says_it_is_measured_for_the_whole_plan_area(panel, qgis_app):
    plan_years = panel.yearsLabel.text()
    assert panel.supplyBasisLabel.text() == (
        "Five-year supply for the whole plan area (Plymouth and South West Devon Joint Local Plan)."
    )
    assert panel.supplyBasisLabel.wordWrap()

    panel.set_area("SHA")
    qgis_app.processEvents()

    assert panel.supplyBasisLabel.text() == (
        "Five-year supply is measured for the whole plan area (Plymouth and South West Devon Joint Local "
        "Plan), not for South Hams District Council (SHA): the figures below are the whole plan's."
    )
    assert "background" in panel.supplyBasisLabel.styleSheet()  # prominent, not a footnote
    assert panel.yearsLabel.text() == plan_years


def test_another_base_date_gives_that_years_figures(panel, demo_copy, qgis_app):
    panel.set_base_date(datetime.date(2020, 3, 31))
    result = computed(panel, qgis_app)
    expected = compute_monitoring(Store.open(demo_copy), "2020-03-31")
    assert result.base_date == datetime.date(2020, 3, 31)
    assert [r["monitoring_year"] for r in shown_rows(panel.completionsTable)][-1] == "2019/20"
    assert panel.yearsLabel.text() == "{:.2f} years".format(expected.supply.years_supply)
    plan = next(r for r in shown_rows(panel.requirementTable) if r["area"] == "PLAN")
    assert plan["requirement_to_date"] == 6 * 1335


# -- the map ------------------------------------------------------------------------------------------


def test_double_clicking_a_site_zooms_the_map_to_it_and_selects_it(panel, demo_copy, qgis_canvas):
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:27700"))
    qgis_canvas.setExtent(QgsRectangle(200000, 30000, 300000, 110000))
    view = panel.sitesTable
    row = [r["site_ref"] for r in shown_rows(view)].index("PLY29")
    index = view.model().index(row, 0)

    view.doubleClicked.emit(index)

    store = Store.open(demo_copy)
    request = QgsFeatureRequest().setFilterExpression("\"site_ref\" = 'PLY29'")
    site = next(store.layer(schema.ALLOCATIONS).getFeatures(request))
    box = site.geometry().boundingBox()
    extent = qgis_canvas.extent()
    assert extent.contains(box)
    assert extent.width() < 4 * box.width() or extent.height() < 4 * box.height()
    layer = store_layer_in_project(QgsProject.instance(), demo_copy, schema.ALLOCATIONS)
    assert [f["site_ref"] for f in layer.getSelectedFeatures()] == ["PLY29"]


def test_allocations_are_coloured_by_percentage_complete_and_restored(panel, demo_copy):
    layer = store_layer_in_project(QgsProject.instance(), demo_copy, schema.ALLOCATIONS)
    assert isinstance(layer.renderer(), QgsSingleSymbolRenderer)

    panel.progressStyleCheck.setChecked(True)

    renderer = layer.renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer)
    labels = [rule.label() for rule in renderer.rootRule().children()]
    pct = list(panel.result.site_progress["pct_complete"])
    complete = sum(1 for p in pct if p == p and p >= 100)
    not_started = sum(1 for p in pct if p == p and p <= 0)
    assert "Complete (100%) ({})".format(complete) in labels
    assert "Not started (0%) ({})".format(not_started) in labels
    assert layer.labelsEnabled() and layer.labeling().settings().fieldName == "site_ref"

    panel.progressStyleCheck.setChecked(False)
    assert isinstance(layer.renderer(), QgsSingleSymbolRenderer)


def _tree_order(path):
    """The store's layers in the legend, top first (the order they are drawn in: top over bottom)."""
    root = QgsProject.instance().layerTreeRoot()
    names = {
        store_layer_in_project(QgsProject.instance(), path, n).id(): n
        for n in ("allocations", "permissions", "completions", "permission_boundaries", "areas")
    }
    return [names[layer.id()] for layer in root.layerOrder() if layer.id() in names]


def test_colour_on_map_draws_the_allocations_above_the_points_with_its_bands_in_the_legend(panel, demo_copy):
    before = _tree_order(demo_copy)
    assert before.index("allocations") > before.index("completions")  # under 17,000 points

    panel.progressStyleCheck.setChecked(True)

    order = _tree_order(demo_copy)
    assert order[0] == "allocations" and order[1:] == [n for n in before if n != "allocations"]
    layer = store_layer_in_project(QgsProject.instance(), demo_copy, schema.ALLOCATIONS)
    root = QgsProject.instance().layerTreeRoot()
    node = root.findLayer(layer.id())
    assert node.isExpanded()
    model = QgsLayerTreeModel(root)
    legend = [n.data(Qt.DisplayRole) for n in model.layerLegendNodes(node)]
    assert any(text.startswith("Complete (100%)") for text in legend), legend
    assert any(text.startswith("Under 25% complete") for text in legend), legend

    panel.progressStyleCheck.setChecked(False)
    assert _tree_order(demo_copy) == before


# -- the editors --------------------------------------------------------------------------------------


def _officer_rows(path):
    return sorted(
        (r["site_ref"], r["monitoring_year"], r["units"], r["deliverable"], r["source"], r["evidence"])
        for r in Store(path).rows("trajectory")
        if r["source"] == "officer"
    )


def test_the_trajectory_editor_writes_the_store_and_the_supply_follows(panel, demo_copy, qgis_app):
    before = panel.result
    trajectory = before.trajectory
    defaults = trajectory[(trajectory["source"] == "default") & trajectory["site_ref"].notna()]
    officer_sites = set(trajectory[trajectory["source"] == "officer"]["site_ref"].dropna())
    site = next(ref for ref in defaults["site_ref"] if ref not in officer_sites)
    # NPPF Annex 2: the site's homes count in the five years with clear evidence (tests/qgis/test_annex2.py).
    from jlp_monitor_plugin.core.evidence import add_evidence

    clear = {"site_ref": site, "evidence_type": "written_agreement", "evidence_date": "2025-01-10"}
    add_evidence(Store.open(demo_copy), [clear], user="test")
    panel.recompute(reread=True)
    before = computed(panel, qgis_app)
    trajectory = before.trajectory
    defaults = trajectory[(trajectory["source"] == "default") & trajectory["site_ref"].notna()]
    five_years = set(before.supply.years)
    own = defaults[(defaults["site_ref"] == site) & (defaults["deliverable"] == 1)]
    default_deliverable = int(own[own["year"].isin(five_years)]["units"].sum())
    rows_before = _officer_rows(demo_copy)
    editor = panel.trajectory_editor

    # A deliverable row needs its evidence; nothing is written without it.
    editor.set_form(site, 2026, 40, deliverable=True, evidence="")
    assert editor.add_from_form() is None
    assert "needs its evidence" in editor.statusLabel.text()
    assert _officer_rows(demo_copy) == rows_before
    # A site that is not an allocation is refused by name.
    editor.set_form("PLY999", 2026, 40, deliverable=False)
    assert editor.add_from_form() is None
    assert editor.statusLabel.text() == "Site PLY999 is not an allocation in this store."

    editor.set_form(site, 2026, 40, deliverable=True, evidence="developer's programme, March 2025")
    editor.addButton.click()

    assert _officer_rows(demo_copy) == sorted(
        rows_before + [(site, "2026/27", 40, 1, "officer", "developer's programme, March 2025")]
    )
    after = computed(panel, qgis_app)
    rows = after.trajectory[after.trajectory["site_ref"] == site]
    assert list(rows["source"]) == ["officer"] and list(rows["units"]) == [40]
    # The site's default build-out gives way to the officer's row in the deliverable supply (step K).
    expected_k = before.supply.deliverable_supply - default_deliverable + 40
    assert after.supply.deliverable_supply == expected_k
    assert shown_rows(panel.statementTable)[10]["value"] == expected_k
    assert (
        after.supply.deliverable_supply
        == compute_monitoring(Store.open(demo_copy), BASE).supply.deliverable_supply
    )

    # The same site and year again is refused: change the row instead.
    editor.set_form(site, 2026, 10, deliverable=False)
    assert editor.add_from_form() is None
    assert "already a row for {} in 2026/27".format(site) in editor.statusLabel.text()

    # Change it: select the row, edit the units, save.
    row = next(r for r in editor.rows() if r["site_ref"] == site)
    assert editor.select_fid(row["fid"])
    editor.unitsSpin.setValue(55)
    assert editor.save_selected(), editor.statusLabel.text()
    assert (site, "2026/27", 55, 1, "officer", "developer's programme, March 2025") in _officer_rows(
        demo_copy
    )
    assert computed(panel, qgis_app).supply.deliverable_supply == expected_k + 15

    # Undo the change, then delete the row: the store is as it was and so are the figures.
    editor.undoButton.click()
    assert (site, "2026/27", 40, 1, "officer", "developer's programme, March 2025") in _officer_rows(
        demo_copy
    )
    computed(panel, qgis_app)
    assert editor.select_fid(row["fid"])
    editor.deleteButton.click()
    assert _officer_rows(demo_copy) == rows_before
    assert computed(panel, qgis_app).supply.deliverable_supply == before.supply.deliverable_supply


def test_the_settings_editor_writes_a_value_and_the_figures_follow(panel, demo_copy, qgis_app):
    editor = panel.settings_editor
    not_started = panel.result.supply.small_site_not_started
    assert panel.result.supply.lapse_discount == pytest.approx(not_started * 10 / 100)

    # The lhn basis without a local housing need figure is refused; nothing is written.
    editor.basisCombo.setCurrentIndex(editor.basisCombo.findData("lhn"))
    assert not editor.save()
    assert editor.statusLabel.text() == "The LHN basis needs the local housing need figure (homes a year)."
    assert Store(demo_copy).plan_settings()["five_year_basis"] == "plan"
    editor.revert()

    editor.lapseSpin.setValue(20)
    editor.bufferCombo.setCurrentIndex(editor.bufferCombo.findData("set"))
    editor.bufferSpin.setValue(20)
    editor.saveButton.click()

    settings = Store(demo_copy).plan_settings()
    assert settings["lapse_rate_pct"] == 20 and settings["buffer_pct"] == 20
    assert editor.statusLabel.text() == "Saved 2 settings: buffer, lapse discount."
    result = computed(panel, qgis_app)
    # M = 20% of the not-started units on small sites; H = (B + F) × 20%.
    assert result.supply.lapse_discount == pytest.approx(not_started * 20 / 100)
    assert result.supply.buffer_units == pytest.approx((6675 + result.supply.shortfall_component) * 0.2)
    assert shown(panel.statementTable, "value")[6] == "20%"
    assert panel.yearsLabel.text() == "{:.2f} years".format(result.supply.years_supply)


def test_the_settings_editor_has_a_stepped_table_tagging_thresholds_and_plain_errors(panel, demo_copy):
    editor = panel.settings_editor
    assert not editor.steppedEdit.isVisibleTo(editor)  # no raw JSON for officers
    table = editor.steppedTable
    years = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    areas = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert years[0] == "2014/15" and years[-1] == "2033/34" and len(years) == 20
    assert areas == ["Plan", "PPA", "TTV", "PLY", "SHA", "WDE"]
    assert all(table.item(r, c).text() == "" for r in range(len(years)) for c in range(len(areas)))
    assert editor.nearDistanceSpin.value() == 50 and editor.overlapSpin.value() == 50
    assert editor.minorOverlapSpin.value() == 10

    cell = table.item(years.index("2025/26"), areas.index("SHA"))
    cell.setText("lots")
    assert not editor.save()
    assert editor.statusLabel.text() == (
        "The stepped requirement of South Hams District Council (SHA) for 2025/26 is 'lots': type a number "
        "of homes, or leave it empty for the flat average."
    )
    cell.setText("600")
    editor.nearDistanceSpin.setValue(75)
    editor.overlapSpin.setValue(60)
    editor.minorOverlapSpin.setValue(70)
    assert not editor.save()
    assert editor.statusLabel.text().startswith("The share that puts a second site in the review (70 %) must")
    editor.minorOverlapSpin.setValue(15)
    editor.saveButton.click()

    settings = Store(demo_copy).plan_settings()
    assert settings["stepped_requirement"] == {"SHA": {"2025/26": 600}}
    assert settings["near_distance"] == 75
    assert settings["overlap_threshold"] == 0.6 and settings["minor_overlap"] == 0.15
    assert editor.statusLabel.text() == (
        "Saved 4 settings: minor overlap, near distance, overlap threshold, stepped requirement. "
        "The tagging thresholds apply from the next Tag store."
    )
    editor.revert()
    assert table.item(years.index("2025/26"), areas.index("SHA")).text() == "600"


def test_a_fractional_requirement_shows_rounded_and_is_kept_when_untouched(panel, demo_copy):
    editor = panel.settings_editor
    editor.store.write_plan_settings(
        {"requirements": dict(editor.settings["requirements"], WDE={"total": 10000 / 3, "affordable": None})}
    )
    editor.revert()
    row = editor.areas.index("WDE")
    assert editor.requirementsTable.item(row, 1).text() == "3333.33"  # never 3333.3333333333335
    editor.lapseSpin.setValue(15)
    assert editor.save()
    assert Store(demo_copy).plan_settings()["requirements"]["WDE"]["total"] == 10000 / 3
    assert editor.statusLabel.text() == "Saved 1 setting: lapse discount."


def test_figures_in_the_docks_are_formatted_once(panel):
    from jlp_monitor_plugin.core.formatting import format_date, format_number, format_percent, plural

    assert format_number(33.33333333333333) == "33.3"
    assert format_number(4.0833333) == "4.08"
    assert format_number(26700) == "26,700" and format_number(1234.5, 0) == "1,235"
    assert format_percent(85.333) == "85.3%"
    assert format_date(datetime.date(2025, 3, 31)) == "31 March 2025"
    assert format_date("2026-11-30T16:41:31") == "30 November 2026 16:41"
    assert plural(1, "{} site", "{} sites") == "1 site" and plural(2, "{} site", "{} sites") == "2 sites"
    # The dock uses them: one date style, no long decimals anywhere in its tables or titles.
    assert panel.baseDateCombo.currentText() == "31 March 2025"
    assert "31 March 2025" in panel.supplySubtitle.text() and "2025-03-31" not in panel.supplySubtitle.text()
    date_edits = panel.findChildren(QDateEdit)  # plan start and end, the report's base date
    assert len(date_edits) >= 3 and {e.displayFormat() for e in date_edits} == {"d MMMM yyyy"}
    for view in (panel.requirementTable, panel.statementTable, panel.hdtTable, panel.sitesTable):
        model = view.model()
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                for role in (Qt.DisplayRole, Qt.ToolTipRole):
                    text = str(model.index(row, column).data(role) or "")
                    assert not re.search(r"\d\.\d{3,}", text), (text, row, column)


def test_the_site_table_key_columns_are_not_clipped(panel, qgis_app):
    panel.resize(560, 900)
    qgis_app.processEvents()
    view = panel.sitesTable
    header = view.horizontalHeader()
    for key in ("site_ref", "pct_complete", "flags", "site_name"):
        column = panel.sites_model.column_index(key)
        width = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
        assert header.sectionSize(column) >= width, key


# -- sections, no store, no pandas --------------------------------------------------------------------


def test_reports_and_exports_are_sections_that_follow_the_store(plugin, panel, demo_copy):
    dock = plugin.monitoring_dock
    titles = [panel.tabs.tabText(i) for i in range(panel.tabs.count())]
    assert titles[-4:] == ["Reports", "Exports", "Evidence", "Changes"]
    assert panel.tabs.widget(panel.tabs.count() - 3).widget() is dock.exports_panel  # in a scroll area
    assert dock.changes_panel._store is not None and dock.changes_panel._store.path == demo_copy
    exports, reports = dock.exports_panel, dock.reports_panel
    assert exports._store is not None and exports._store.path == demo_copy
    assert reports._store is not None and reports._store.path == demo_copy
    # the exports section lists the store's authorities; the reports section has the dock's base date
    codes = [exports.lpaCombo.itemData(i) for i in range(exports.lpaCombo.count())]
    assert codes == ["", "PLY", "SHA", "WDE"]
    assert reports.base_date() == panel.base_date()
    plugin.context.clear()
    assert exports._store is None and reports._store is None
    assert not exports.exportButton.isEnabled()
    assert panel.pages.currentWidget() is panel.emptyPage


def test_without_pandas_the_dock_says_what_is_missing(plugin, demo_copy, monkeypatch, qgis_app):
    message = "pandas is needed for monitoring figures; install python3-pandas."
    monkeypatch.setattr("jlp_monitor_plugin.gui.monitoring_panel.pandas_available", lambda: (False, message))
    plugin.open_store(demo_copy)
    panel = plugin.monitoring_dock.panel
    assert panel.task is None and panel.result is None
    assert panel.statusLabel.text() == message
    assert panel.message_text() == message
    # The editors need no pandas.
    assert len(panel.trajectory_editor.rows()) == len(Store(demo_copy).rows("trajectory"))
    assert panel.settings_editor.planNameEdit.text() == "Plymouth and South West Devon Joint Local Plan"


# -- looked at ----------------------------------------------------------------------------------------


def test_screenshots_of_the_dock(plugin, panel, qgis_app):
    """Saved for a person to look at (tests/artifacts is git-ignored); the sizes are asserted."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    dock = plugin.monitoring_dock
    dock.setFloating(True)
    dock.resize(520, 900)
    dock.show()
    names = ["figures", "supply", "chart", "trajectory", "settings"]
    for number, name in enumerate(names):
        panel.tabs.setCurrentIndex(number)
        qgis_app.processEvents()
        image = dock.grab()
        assert image.width() == 520 and image.height() == 900
        assert image.save(str(ARTIFACTS / "monitoring_dock_{}.png".format(name)))
    # Nothing in the dock is wider than the dock.
    assert panel.minimumSizeHint().width() <= dock.width()


# -- on PostGIS ---------------------------------------------------------------------------------------


def test_the_dock_on_a_postgis_copy_shows_the_same_figures_and_finds_its_layers(
    plugin, demo_copy, postgis_uri, qgis_app, qgis_canvas
):
    from backends import new_schema_uri

    from jlp_monitor_plugin.core.review import review_counts, review_queue
    from jlp_monitor_plugin.core.store_copy import copy_store

    expected = compute_monitoring(Store.open(demo_copy), BASE)
    shared = copy_store(Store.open(demo_copy), new_schema_uri(postgis_uri, "dock")).destination
    assert plugin.open_store(shared.path) is not None
    panel = plugin.monitoring_dock.panel
    computed(panel, qgis_app)
    panel.set_base_date(BASE)
    result = computed(panel, qgis_app)
    assert result.supply.years_supply == pytest.approx(expected.supply.years_supply)
    assert panel.yearsLabel.text() == "{:.2f} years".format(expected.supply.years_supply)
    assert list(result.site_progress["completed"]) == list(expected.site_progress["completed"])
    # the review dock reads the same queue from the database
    assert review_counts(shared, review_queue(shared)) == review_counts(
        Store.open(demo_copy), review_queue(Store.open(demo_copy))
    )
    # double-click zooms to and selects the site on the project's PostGIS layer
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:27700"))
    view = panel.sitesTable
    row = [r["site_ref"] for r in shown_rows(view)].index("PLY29")
    view.doubleClicked.emit(view.model().index(row, 0))
    layer = store_layer_in_project(QgsProject.instance(), shared.path, schema.ALLOCATIONS)
    assert layer is not None and layer.providerType() == "postgres"
    assert [f["site_ref"] for f in layer.getSelectedFeatures()] == ["PLY29"]


def test_the_reports_section_reuses_the_figures_the_dock_shows(panel, plugin, qgis_app):
    reports_panel = plugin.monitoring_dock.reports_panel
    assert reports_panel.base_date() == BASE
    assert reports_panel._held_result(BASE) is panel.result
    assert reports_panel._held_result(datetime.date(2020, 3, 31)) is None  # another base date: computed
    # Its print layouts take the percentages from those figures, without computing them again.
    project = QgsProject()
    layouts = reports_panel.open_print_layouts(project)
    assert len(layouts) == 4
