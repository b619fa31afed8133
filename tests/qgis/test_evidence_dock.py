"""The Evidence section of the Monitoring dock in real QGIS offscreen, on the hand-made store of
tests/qgis/test_annex2.py: each site's Annex 2 result and evidence, evidence added, changed and removed
through the form (the figures following), opened from the map, the allocations coloured by result."""

import datetime
from pathlib import Path

from conftest import wait_until
from qgis.core import QgsProject, QgsRuleBasedRenderer
from qgis.PyQt.QtCore import QDate
from test_annex2 import worked_store

from jlp_monitor_plugin.core import evidence
from jlp_monitor_plugin.core.project import store_layer_in_project

ARTIFACTS = Path(__file__).resolve().parents[2] / "tests" / "artifacts"


def computed(panel, qgis_app):
    wait_until(qgis_app, lambda: panel.task is None and panel._pending is None)
    qgis_app.processEvents()
    return panel.result


def table(view):
    return [
        [view.item(r, c).text() if view.item(r, c) else "" for c in range(view.columnCount())]
        for r in range(view.rowCount())
    ]


def test_evidence_section_lists_edits_and_colours_the_map(plugin, qgis_app, tmp_path):
    store = worked_store(str(tmp_path / "evidence.gpkg"))
    plugin.open_store(store.path)
    dock = plugin.monitoring_dock
    panel = dock.panel
    computed(panel, qgis_app)
    panel.set_base_date(datetime.date(2025, 3, 31))
    assert computed(panel, qgis_app).supply.deliverable_supply == 235
    section = dock.evidence_panel
    rows = {r[0]: r for r in table(section.sitesTable)}
    assert rows["A"][2:] == ["b", "developable", "1", "no"]
    assert rows["B"][2:] == ["b", "deliverable", "1", "30 April 2024"]
    assert rows["C"][2:] == ["a", "deliverable", "0", "no"]
    assert "Developer questionnaire returns recorded for 1 of" in section.repliedLabel.text()
    assert section.removedLabel.text() == (
        "Removed from the five-year supply (no clear evidence, or lapsed): 80 homes — "
        "A 50, F 10, W2 12, W3 8."
    )

    # From the map: "Site evidence…" on allocation A opens the section at A.
    layer = store_layer_in_project(QgsProject.instance(), store.path, "allocations")
    action = next(a for a in plugin.feature_actions.actions_for(layer) if a.text() == "Site evidence…")
    feature = next(f for f in layer.getFeatures() if f["site_ref"] == "A")
    action.triggerForFeature(layer, feature)
    assert panel.tabs.currentIndex() == dock.evidence_index and section.selected_site() == "A"
    assert table(section.evidenceTable)[0][:3] == [
        "29 February 2024",
        "written agreement on delivery intentions",
        "A Homes Ltd",
    ]
    assert section.siteLabel.text().startswith("A Site A — developable; category b: allocation without")

    # Change A's agreement to 11 months before the base date: A's 50 homes come back.
    section.evidenceTable.selectRow(0)
    section.dateEdit.setDate(QDate(2024, 4, 30))
    section.summaryEdit.setText("renewed in writing")
    assert section.save_current()
    assert computed(panel, qgis_app).supply.deliverable_supply == 285
    assert [(r.evidence_date.isoformat(), r.summary) for r in evidence.read_evidence(store, "A")] == [
        ("2024-04-30", "renewed in writing")
    ]
    # Add a second row (a site visit) and remove it again.
    section.select_site("A")
    section.typeCombo.setCurrentIndex(section.typeCombo.findData("site_visit"))
    section.summaryEdit.setText("ground works begun")
    assert section.add_current()
    computed(panel, qgis_app)
    assert sorted(r.evidence_type for r in evidence.read_evidence(store, "A")) == [
        "site_visit",
        "written_agreement",
    ]
    section.select_site("A")
    rows = table(section.evidenceTable)
    section.evidenceTable.selectRow([r[1] for r in rows].index("site visit"))
    assert section.remove_current()
    computed(panel, qgis_app)
    assert [r.evidence_type for r in evidence.read_evidence(store, "A")] == ["written_agreement"]
    # A bad row is refused with the reason and nothing is written.
    section.select_site("A")
    section.typeCombo.setCurrentIndex(-1)
    assert not section.add_current()
    assert len(evidence.read_evidence(store, "A")) == 1

    section.select_site("A")
    section.evidenceTable.selectRow(0)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    dock.resize(520, 1000)
    qgis_app.processEvents()
    image = dock.grab()  # not floated: a floating dock offscreen crashes QGIS 3.22 at exit here
    assert not image.isNull() and image.save(str(ARTIFACTS / "evidence_dock.png"))
    section.resize(520, max(section.sizeHint().height(), 760))
    assert section.grab().save(str(ARTIFACTS / "evidence_section.png"))

    # The map by Annex 2 result.
    section.mapCheck.setChecked(True)
    renderer = layer.renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer)
    labels = [rule.label() for rule in renderer.rootRule().children()]
    assert labels == ["deliverable (5)", "developable (1)", "not counted (0)", "No result"]
    section.mapCheck.setChecked(False)
    assert not isinstance(layer.renderer(), QgsRuleBasedRenderer)
