"""The settings editor completes the plan (issue 17): councils and policy areas as editable lists that
the requirement tables follow, adoption and review dates, the basis by the plan's age, and the same
checks as a plan file. Screenshot: tests/artifacts/settings_plan_lists.png."""

from pathlib import Path

from jlp_monitor_plugin.core.plan_setup import create_plan_store
from jlp_monitor_plugin.core.store import Store
from jlp_monitor_plugin.gui.settings_editor import SettingsEditor

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
PLAN = {
    "plan_id": "anytown",
    "plan_name": "Anytown Local Plan",
    "plan_start": "2020-04-01",
    "plan_end": "2040-03-31",
    "lpas": [{"code": "ANY", "name": "Anytown District Council", "gss": "E07000999"}],
    "requirements": {"PLAN": {"total": 8000, "affordable": 2400}},
}


def test_councils_and_policy_areas_are_edited_and_checked_as_a_plan_file(qgis_app, tmp_path):
    store = create_plan_store(str(tmp_path / "anytown.gpkg"), settings=dict(PLAN)).store
    editor = SettingsEditor()
    editor.resize(520, 1400)
    editor.set_store(store)
    assert editor.lpaList.items() == PLAN["lpas"] and editor.policyAreaList.items() == []
    assert editor.basisCombo.currentData() == "auto"
    assert editor.areas == ["PLAN", "ANY"]

    # A second council and a policy area: the requirement tables gain their rows, typed figures stay.
    editor.lpaList.add_row()
    table = editor.lpaList.table
    for column, text in enumerate(["BEE", "Beeton Borough Council", "E0700"]):
        table.item(1, column).setText(text)
    editor.policyAreaList.set_items([{"code": "NORTH", "name": "North Anytown"}])
    assert editor.areas == ["PLAN", "NORTH", "ANY", "BEE"]
    assert editor.requirementsTable.item(0, 1).text() == "8000"
    editor.requirementsTable.item(editor.areas.index("BEE"), 1).setText("3000")
    editor.adoptedEdit.setText("2021-05-14")
    assert not editor.save()
    assert editor.statusLabel.text() == (
        "'lpas', item 2: 'gss' is \"E0700\": an ONS/GSS code is a letter and 8 digits, e.g. E07000044."
    )
    table.item(1, 2).setText("E07000998")
    editor.reviewEdit.setText("2041-01-01")
    assert not editor.save()
    assert (
        editor.statusLabel.text()
        == "'plan_review_date' (2041-01-01) is after the end of the plan period (2040-03-31)."
    )
    editor.reviewEdit.setText("")
    assert editor.save(), editor.statusLabel.text()
    ARTIFACTS.mkdir(exist_ok=True)
    editor.grab().save(str(ARTIFACTS / "settings_plan_lists.png"))

    # Shared as a plan file: it loads back as the store's settings.
    shared = tmp_path / "anytown.json"
    assert editor.save_definition(str(shared))
    assert editor.statusLabel.text() == "Saved the plan definition {}.".format(shared)
    from jlp_monitor_plugin.core.plan_definition import read_definition

    assert read_definition(str(shared)).values["lpas"][1]["code"] == "BEE"

    settings = Store.open(store.path).plan_settings()
    assert settings["lpas"] == PLAN["lpas"] + [
        {"code": "BEE", "name": "Beeton Borough Council", "gss": "E07000998"}
    ]
    assert settings["policy_areas"] == [{"code": "NORTH", "name": "North Anytown"}]
    assert settings["requirements"]["BEE"] == {"total": 3000, "affordable": None}
    assert settings["plan_adopted"] == "2021-05-14" and settings["plan_review_date"] is None


def test_the_clear_evidence_age_is_a_field_saved_like_the_other_figures(qgis_app, tmp_path):
    from jlp_monitor_plugin.core.monitoring.settings import read_settings

    store = create_plan_store(str(tmp_path / "anytown.gpkg"), settings=dict(PLAN)).store
    editor = SettingsEditor()
    editor.set_store(store)
    spin = editor.evidenceAgeSpin
    assert spin.value() == 12  # NPPF Annex 2's default
    assert (spin.minimum(), spin.maximum()) == (1, 60)
    assert "Annex 2" in spin.toolTip() and editor.evidenceAgeLabel.text()
    assert editor.save() and "evidence age" not in editor.statusLabel.text()  # 12 was already the setting
    spin.setValue(18)
    assert editor.save()
    assert editor.statusLabel.text() == "Saved 1 setting: evidence age."
    assert Store(store.path).plan_settings()["evidence_max_age_months"] == 18
    assert read_settings(Store(store.path).plan_settings()).evidence_max_age_months == 18
    spin.setValue(6)
    editor.revert()
    assert spin.value() == 18
