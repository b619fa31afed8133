"""Plan definition files (issue 17): the schema, its plain messages, jlp as a shipped file,
createstore's PLAN_FILE, and the five-year basis by the plan's age on a real store (issue 11 item 5)."""

import json
import os

import pytest
from qgis.core import QgsProcessingException

from jlp_monitor_plugin.core import plan_definition as pd
from jlp_monitor_plugin.core import plan_settings as ps
from jlp_monitor_plugin.core.monitoring import MonitoringError, compute_monitoring
from jlp_monitor_plugin.core.plan_setup import create_plan_store
from jlp_monitor_plugin.core.store import Store

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

SMALL = {
    "jlp_monitor_plan": 1,
    "plan_id": "anytown",
    "description": "A hand-made plan for the tests",
    "plan_name": "Anytown Local Plan",
    "plan_start": "2020-04-01",
    "plan_end": "2030-03-31",
    "plan_adopted": "2020-03-31",
    "lpas": [{"code": "ANY", "name": "Anytown District Council", "gss": "E07000999"}],
    "requirements": {"PLAN": {"total": 1000, "affordable": 300}},
    "lhn_annual": 150,
}


def write(tmp_path, data, name="plan.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def run(algorithm, params):
    import processing

    return processing.run(algorithm, params)


def test_jlp_is_a_plan_file_shipped_with_the_plugin_and_every_preset_key_is_in_the_schema():
    assert pd.shipped_plans() == {"jlp": os.path.join(pd.PLANS_FOLDER, "jlp.json")}
    checked = pd.read_definition(pd.shipped_plans()["jlp"])
    assert checked.values == dict(ps.JLP_PRESET, preset="jlp")
    assert checked.values["requirements"]["PLAN"] == {"total": 26700, "affordable": 6600}
    assert checked.values["plan_adopted"] == "2019-03-26"
    assert set(ps.JLP_PRESET) <= set(pd.KEYS)
    # The documentation names every key of the schema.
    doc = open(os.path.join(ROOT, "docs", "plan_file.md"), encoding="utf-8").read()
    assert [k for k in pd.KEYS if "`{}`".format(k) not in doc] == []


def test_a_small_plan_takes_the_defaults_and_auto_as_its_five_year_basis():
    checked = pd.check_definition(dict(SMALL))
    assert checked.values["five_year_basis"] == "auto" and checked.values["policy_areas"] == []
    assert checked.values["preset"] == "anytown" and "plan_id" not in checked.values
    assert checked.values["lapse_rate_pct"] == 10 and checked.warnings == []
    no_lhn = dict(SMALL)
    del no_lhn["lhn_annual"]
    assert "'lhn_annual' is not set" in pd.check_definition(no_lhn).warnings[0]


def test_every_problem_of_a_definition_is_named_by_key_at_once(tmp_path):
    bad = dict(SMALL)
    bad.update(
        plan_end="2030-31-03",
        lpas=[{"code": "ANY", "name": "Anytown"}, {"code": "ANY", "name": "Again", "gss": "123"}],
        requirements={"PLAN": {"total": "lots"}, "XYZ": {"total": 5}},
        five_year_basis="sometimes",
        buffer_pct=-5,
        lapse_rate=10,
    )
    del bad["plan_name"]
    with pytest.raises(pd.PlanFileError) as caught:
        pd.read_definition(write(tmp_path, bad))
    problems = caught.value.problems
    text = str(caught.value)
    assert "plan.json" in text
    for expected in (
        "unknown key 'lapse_rate' (did you mean 'lapse_rate_pct'?)",
        "'plan_name' is missing; it is required.",
        "'plan_end' is \"2030-31-03\": it must be a date written YYYY-MM-DD.",
        "'lpas', item 2: the code ANY is given twice.",
        "'lpas', item 2: 'gss' is \"123\"",
        "'requirements', PLAN: 'total' is \"lots\"",
        "'five_year_basis' is \"sometimes\": use one of auto, plan, lhn.",
        "'buffer_pct' is -5: it must be a number, 0 or more.",
    ):
        assert any(p.startswith(expected) for p in problems), (expected, problems)


def test_cross_checks_name_the_areas_and_dates():
    bad = dict(SMALL, requirements={"PLAN": {"total": 1000}, "XYZ": {"total": 5}}, plan_adopted="2031-01-01")
    with pytest.raises(pd.PlanFileError) as caught:
        pd.check_definition(bad, "mine.json")
    assert caught.value.problems == [
        "'requirements' gives XYZ, which is not PLAN, an LPA or a policy area (ANY, PLAN).",
        "'plan_adopted' (2031-01-01) is after the end of the plan period (2030-03-31).",
    ]


def test_a_file_that_is_not_json_says_where(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{\n  "plan_id": "x",\n  "plan_name": oops\n}', encoding="utf-8")
    with pytest.raises(pd.PlanFileError, match=r"not valid JSON \(line 3, column 16\)"):
        pd.read_definition(str(path))
    (tmp_path / "list.json").write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(pd.PlanFileError, match="one JSON object"):
        pd.read_definition(str(tmp_path / "list.json"))


def test_a_definition_saved_from_a_store_loads_back_the_same(tmp_path, qgis_app):
    created = create_plan_store(str(tmp_path / "a.gpkg"), write(tmp_path, SMALL))
    stored = created.store.plan_settings().as_dict()
    saved = str(tmp_path / "saved.json")
    pd.write_definition(pd.definition_of(stored, "saved"), saved)
    assert pd.read_definition(saved).values == pd.check_definition(dict(SMALL)).values


def test_createstore_takes_a_plan_file(processing_ready, tmp_path):
    path = tmp_path / "anytown.gpkg"
    result = run("jlpmonitor:createstore", {"STORE": str(path), "PLAN_FILE": write(tmp_path, SMALL)})
    settings = Store.open(result["STORE"]).plan_settings()
    assert settings["plan_name"] == "Anytown Local Plan" and settings["preset"] == "anytown"
    assert settings["lpas"] == SMALL["lpas"] and settings["five_year_basis"] == "auto"
    assert settings["requirements"] == {"PLAN": {"total": 1000, "affordable": 300}}
    # A bad file: refused with its problems, and no store is left behind.
    bad = write(tmp_path, dict(SMALL, plan_start="soon"), "bad.json")
    with pytest.raises(QgsProcessingException, match="'plan_start' is \"soon\""):
        run("jlpmonitor:createstore", {"STORE": str(tmp_path / "bad.gpkg"), "PLAN_FILE": bad})
    assert not (tmp_path / "bad.gpkg").exists()


def test_the_basis_follows_the_plans_age_on_a_real_store(tmp_path, qgis_app):
    """Anytown: 1,000 homes over 10 years (100 a year), adopted 31 March 2020, LHN 150 a year; no
    completions, no supply. At 31 March 2024 (four years old) the plan basis: 100 × 5 + shortfall
    4 × 100 = 900, × 1.2 (HDT 0%) = 1,080. At 31 March 2025 (five years to the day) local housing
    need: 150 × 5 × 1.2 = 900, and the HDT requires 3 × 150 = 450."""
    store = create_plan_store(str(tmp_path / "a.gpkg"), write(tmp_path, SMALL)).store
    young = compute_monitoring(store, "2024-03-31")
    assert young.supply.basis == "plan" and young.supply.basis_note == ""
    assert young.supply.five_year_requirement == pytest.approx(1080)
    old = compute_monitoring(store, "2025-03-31")
    assert old.supply.basis == "lhn" and old.supply.five_year_requirement == pytest.approx(900)
    assert old.delivery_test.required == pytest.approx(450)
    assert "five years old since 2025-03-31" in old.supply.basis_note
    # Without the LHN figure: refused, saying what to do.
    store.write_plan_settings({"lhn_annual": None})
    with pytest.raises(MonitoringError, match="'lhn_annual' is not set. Enter the local housing need"):
        compute_monitoring(Store.open(store.path), "2025-03-31")
    # On the plan basis the figures stay the plan's and say the plan is old.
    store.write_plan_settings({"five_year_basis": "plan"})
    kept = compute_monitoring(Store.open(store.path), "2025-03-31").supply
    assert kept.basis == "plan" and "more than five years old" in kept.basis_note


def test_the_demo_shows_both_bases(demo_copy):
    """demo.sh: the demo store keeps the plan requirement and says the JLP (adopted 26 March 2019) is
    more than five years old at 31 March 2025; its copy on auto uses the demo's LHN figure."""
    from scripts.demo_settings import DEMO_LHN_ANNUAL, set_demo_lhn

    store = Store.open(demo_copy)
    set_demo_lhn(store)
    plan = compute_monitoring(Store.open(demo_copy), "2025-03-31")
    assert plan.supply.basis == "plan" and plan.supply.annual_requirement == 1335
    assert (
        "more than five years old: it was adopted on 2019-03-26, five years on 2024-03-26"
        in plan.supply.basis_note
    )
    set_demo_lhn(store, lhn_basis=True)
    lhn = compute_monitoring(Store.open(demo_copy), "2025-03-31")
    assert lhn.supply.basis == "lhn" and lhn.supply.annual_requirement == DEMO_LHN_ANNUAL
    assert lhn.supply.shortfall == 0 and lhn.delivery_test.required == 3 * DEMO_LHN_ANNUAL
    assert lhn.supply.basis_note.startswith("Local housing need basis: the plan was adopted on 2019-03-26")
    # The same completions, two requirements: the years of supply differ by the requirement alone.
    assert lhn.supply.total_supply == plan.supply.total_supply


def test_a_plan_file_makes_a_postgis_store_too(postgis_uri, tmp_path, qgis_app):
    from backends import new_schema_uri

    uri = new_schema_uri(postgis_uri, "plan")
    created = create_plan_store(uri, write(tmp_path, SMALL))
    settings = Store.open(created.store.path).plan_settings()
    assert settings["preset"] == "anytown" and settings["lpas"] == SMALL["lpas"]
    assert settings["plan_adopted"] == "2020-03-31" and settings["five_year_basis"] == "auto"
    old = compute_monitoring(Store.open(created.store.path), "2025-03-31")
    assert old.supply.basis == "lhn" and old.supply.five_year_requirement == pytest.approx(900)


def test_the_statement_in_the_report_says_how_the_plans_age_sets_the_basis(processing_ready, tmp_path):
    store = create_plan_store(str(tmp_path / "a.gpkg"), write(tmp_path, SMALL)).store
    out = tmp_path / "report"
    run(
        "jlpmonitor:report",
        {
            "STORE": store.path,
            "BASE_DATE": "2025-03-31",
            "TEMPLATE": "five_year_supply_statement",
            "FORMATS": "html",
            "OUTPUT_FOLDER": str(out),
        },
    )
    (html,) = list(out.glob("*.html"))
    text = html.read_text(encoding="utf-8")
    assert "Local housing need basis: the plan was adopted on 2020-03-31" in text
    assert "<b>local housing need</b>" in text
