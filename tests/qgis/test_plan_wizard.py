"""The new-plan wizard (JLP Monitor ▸ Create monitoring store…, issue 17): each page checks its own keys
as a plan file is checked, the definition saved is a plan file, and finishing makes the store with its
areas and allocations — here the New Forest National Park plan from real public data. Screenshots of
every page go to tests/artifacts/plan_wizard_*.png."""

import json
from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsVectorLayer
from test_second_plan import BROWNFIELD, PARKS, PLAN_FILE, register_sites, write_allocations

from jlp_monitor_plugin.core import plan_definition as pd
from jlp_monitor_plugin.core import schema
from jlp_monitor_plugin.core.store import Store
from jlp_monitor_plugin.gui.plan_wizard import PlanWizard

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def shot(wizard, name):
    ARTIFACTS.mkdir(exist_ok=True)
    wizard.grab().save(str(ARTIFACTS / "plan_wizard_{}.png".format(name)))


def test_each_page_stops_on_its_own_problems(qgis_app, tmp_path):
    wizard = PlanWizard()
    wizard.show()
    page = wizard.planPage
    page.nameEdit.setText("Anytown Local Plan")
    page.idEdit.setText("anytown")
    page.startEdit.setText("2020-04-01")
    page.endEdit.setText("2040-31-03")
    wizard.next()
    assert wizard.currentPage() is page
    assert page.errors.text() == "• 'plan_end' is \"2040-31-03\": it must be a date written YYYY-MM-DD."
    shot(wizard, "0_problem")
    page.endEdit.setText("2040-03-31")
    wizard.next()
    assert wizard.currentPage() is wizard.areasPage
    wizard.next()  # no council yet
    assert wizard.currentPage() is wizard.areasPage
    assert (
        "'lpas' is missing" in wizard.areasPage.errors.text()
        or "'lpas' is empty" in wizard.areasPage.errors.text()
    )
    wizard.areasPage.lpas.set_items([{"code": "ANY", "name": "Anytown District Council", "gss": "E07000999"}])
    wizard.next()
    assert wizard.currentPage() is wizard.requirementsPage
    assert wizard.requirementsPage.table.areas == ["PLAN", "ANY"]
    wizard.next()  # no PLAN total
    assert "no PLAN total" in wizard.requirementsPage.errors.text()
    requirements = wizard.requirementsPage
    requirements.table.item(0, 1).setText("8000")
    # A stepped requirement: a row per monitoring year of the plan, a column per area.
    requirements.steppedCheck.setChecked(True)
    stepped = requirements.steppedTable
    assert stepped.years[0] == "2020/21" and stepped.years[-1] == "2039/40" and len(stepped.years) == 20
    assert stepped.areas == ["PLAN", "ANY"]
    stepped.item(0, 0).setText("lots")
    wizard.next()
    assert wizard.currentPage() is requirements
    assert (
        requirements.errors.text()
        == "• The stepped requirement of PLAN for 2020/21 is 'lots': type a number of homes."
    )
    stepped.item(0, 0).setText("300")
    shot(wizard, "3_stepped")
    wizard.next()
    assert wizard.currentPage() is wizard.layersPage
    assert wizard.definition()["stepped_requirement"] == {"PLAN": {"2020/21": 300}}
    assert wizard.checked().values["requirements"] == {"PLAN": {"total": 8000, "affordable": None}}
    wizard.close()


@pytest.mark.skipif(not BROWNFIELD.exists() or not PARKS.exists(), reason="shared data absent")
def test_the_wizard_makes_a_national_park_plan_from_a_shared_file_and_real_layers(qgis_app, tmp_path):
    allocations = write_allocations(tmp_path / "allocations.gpkg", register_sites())
    parks = QgsVectorLayer(str(PARKS), "National Parks (ONS)", "ogr")
    sites = QgsVectorLayer(str(tmp_path / "allocations.gpkg"), "Register sites", "ogr")
    QgsProject.instance().addMapLayers([parks, sites])
    try:
        wizard = PlanWizard()
        wizard.show()
        assert wizard.open_definition(str(PLAN_FILE))
        assert wizard.planPage.nameEdit.text() == "New Forest National Park Local Plan"
        shot(wizard, "1_plan")
        wizard.next()
        assert wizard.areasPage.lpas.items() == [
            {"code": "NFNPA", "name": "New Forest National Park Authority"}
        ]
        shot(wizard, "2_areas")
        wizard.next()
        table = wizard.requirementsPage.table
        assert table.requirements() == {
            "PLAN": {"total": 800, "affordable": None},
            "NFNPA": {"total": 800, "affordable": None},
        }
        assert wizard.requirementsPage.basisCombo.currentData() == "plan"
        shot(wizard, "3_requirements")
        wizard.next()
        layers = wizard.layersPage
        layers.lpaLayer.setLayer(parks)
        layers.lpaField.setField("name")
        layers.sitesLayer.setLayer(sites)
        layers.fieldMapEdit.setText("site_ref=Ref;site_name=Name;homes_capacity=Homes")
        assert layers.check()
        assert layers.findings.toPlainText().startswith("1 area piece.")
        assert (
            "14 features whose code is not one of the plan's were left out." in layers.findings.toPlainText()
        )
        shot(wizard, "4_layers")
        wizard.next()
        assert wizard.currentPage() is wizard.storePage
        assert "800 homes required" in wizard.storePage.summary.text()
        saved = tmp_path / "shared_plan.json"
        assert wizard.save_definition(str(saved))
        assert pd.read_definition(str(saved)).values == pd.read_definition(str(PLAN_FILE)).values
        wizard.storePage.fileWidget.setFilePath(str(tmp_path / "new_forest"))
        shot(wizard, "5_store")
        wizard.next()  # Finish
        assert wizard.created_path == str(tmp_path / "new_forest.gpkg")
        store = Store.open(wizard.created_path)
        assert store.plan_settings()["preset"] == "new_forest_np"
        assert [r["lpa"] for r in store.rows(schema.AREAS, ["lpa"])] == ["NFNPA"]
        assert sorted(r["site_ref"] for r in store.rows(schema.ALLOCATIONS, ["site_ref"])) == sorted(
            allocations
        )
        assert json.loads(saved.read_text(encoding="utf-8"))["plan_id"] == "new_forest_np"
        wizard.close()
    finally:
        QgsProject.instance().removeAllMapLayers()
