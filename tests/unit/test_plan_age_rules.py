"""The five-year basis by the plan's age (issue 11 item 5; DOMAIN.md §1), worked by hand on the
JLP's dates (adopted 26 March 2019, five years old on 26 March 2024), without QGIS."""

import datetime

import pytest

from jlp_monitor_plugin.core.monitoring.five_year_supply import five_year_supply
from jlp_monitor_plugin.core.monitoring.hdt import housing_delivery_test
from jlp_monitor_plugin.core.monitoring.periods import MonitoringError
from jlp_monitor_plugin.core.monitoring.plan_age import anniversary, plan_age, resolved
from jlp_monitor_plugin.core.monitoring.settings import read_settings
from jlp_monitor_plugin.core.plan_settings import PlanSettings


def settings(**stored):
    return read_settings(PlanSettings(stored, "jlp"))


def day(text):
    return datetime.date.fromisoformat(text)


def test_auto_uses_the_plan_until_five_years_after_adoption_then_local_housing_need():
    s = settings(five_year_basis="auto", plan_adopted="2019-03-26", lhn_annual=1000)
    young = plan_age(s, day("2023-03-31"))
    assert (young.basis, young.over_five, young.note) == ("plan", False, "")
    assert young.five_years_on == day("2024-03-26")
    old = plan_age(s, day("2024-03-31"))
    assert (old.basis, old.over_five) == ("lhn", True)
    assert "2019-03-26" in old.note and "2024-03-26" in old.note and "1,000" in old.note
    # The resolved settings drive the statement and the HDT: 1,000 a year, no shortfall.
    used, _ = resolved(s, day("2025-03-31"))
    supply = five_year_supply(used, day("2025-03-31"), 14685, 12000, None, {2025: 5000}, 0)
    assert supply.basis == "lhn" and supply.annual_requirement == 1000 and supply.shortfall == 0
    # 5,000 × 1.05 = 5,250; 5,000 / 1,050 = 4.76.
    assert supply.five_year_requirement == pytest.approx(5250) and supply.years_supply == 4.76
    test = housing_delivery_test(used, 2024, {2022: 900, 2023: 900, 2024: 900})
    assert test.required == 3000 and test.pct == pytest.approx(90.0)
    # Before the fifth anniversary the same settings give the plan's 1,335 a year.
    used, _ = resolved(s, day("2023-03-31"))
    assert five_year_supply(used, day("2023-03-31"), 0, 0, None, {}, 0).annual_requirement == 1335


def test_the_later_of_adoption_and_review_counts():
    s = settings(
        five_year_basis="auto", plan_adopted="2019-03-26", plan_review_date="2022-06-01", lhn_annual=900
    )
    assert plan_age(s, day("2027-03-31")).basis == "plan"  # five years on 2027-06-01
    age = plan_age(s, day("2028-03-31"))
    assert (age.basis, age.since_key, age.five_years_on) == ("lhn", "plan_review_date", day("2027-06-01"))
    assert "reviewed on 2022-06-01" in age.note


def test_five_years_to_the_day_is_five_years_old_and_29_february_counts_from_28_february():
    assert plan_age(
        settings(five_year_basis="auto", plan_adopted="2020-03-31", lhn_annual=1), day("2025-03-31")
    ).over_five
    assert not plan_age(
        settings(five_year_basis="auto", plan_adopted="2020-04-01", lhn_annual=1), day("2025-03-31")
    ).over_five
    assert anniversary(day("2016-02-29"), 5) == day("2021-02-28")


def test_auto_on_an_old_plan_without_local_housing_need_is_refused_with_what_to_do():
    s = settings(five_year_basis="auto", plan_adopted="2019-03-26")
    with pytest.raises(MonitoringError, match="'lhn_annual' is not set") as caught:
        plan_age(s, day("2025-03-31"))
    assert "2019-03-26" in str(caught.value) and "2024-03-26" in str(caught.value)
    assert plan_age(s, day("2023-03-31")).basis == "plan"  # young enough: no need of it


def test_the_plan_basis_on_an_old_plan_is_kept_and_said_prominently():
    age = plan_age(settings(five_year_basis="plan", plan_adopted="2019-03-26"), day("2025-03-31"))
    assert age.basis == "plan" and "more than five years old" in age.note and "2024-03-26" in age.note
    # No dates: nothing to say, and auto is the plan requirement.
    age = plan_age(settings(five_year_basis="auto", plan_adopted=None), day("2040-03-31"))
    assert (age.basis, age.note, age.since) == ("plan", "", None)


def test_a_plan_date_that_is_not_a_date_is_refused_by_name():
    with pytest.raises(MonitoringError, match="'plan_review_date' is 'soon'"):
        settings(plan_review_date="soon")


def test_a_store_of_another_plan_never_falls_back_to_the_jlps_own_figures():
    stored = {
        "preset": "anytown",
        "plan_start": "2020-04-01",
        "plan_end": "2040-03-31",
        "lpas": [],
        "policy_areas": [],
    }
    settings = PlanSettings(stored, "anytown")
    assert settings.get("plan_adopted") is None and settings["five_year_basis"] == "auto"
    assert settings.get("requirements") is None and settings["lapse_rate_pct"] == 10
