"""Monitoring years, base dates and the plan period (DOMAIN.md §1–2), without QGIS."""

import datetime

import pytest

from jlp_monitor_plugin.core.monitoring import periods
from jlp_monitor_plugin.core.monitoring.settings import PLAN, read_settings
from jlp_monitor_plugin.core.plan_settings import PlanSettings


def test_a_monitoring_year_runs_from_1_april_to_31_march():
    # DOMAIN.md §2: a completion on 31 March 2024 is in 2023/24; on 1 April 2024 in 2024/25.
    assert periods.year_of(datetime.date(2024, 3, 31)) == 2023
    assert periods.year_of(datetime.date(2024, 4, 1)) == 2024
    assert periods.label(2023) == "2023/24"
    assert periods.year_end(2023) == datetime.date(2024, 3, 31)
    assert periods.base_year(datetime.date(2025, 3, 31)) == 2024


@pytest.mark.parametrize(
    "text, year",
    [
        ("2023/24", 2023),
        ("2023/2024", 2023),
        ("2023-24", 2023),
        ("2023", 2023),
        ("2023/25", None),
        ("x", None),
    ],
)
def test_written_monitoring_years(text, year):
    assert periods.year_of_label(text) == year


def test_the_base_date_is_a_31_march():
    assert periods.parse_base_date("2025-03-31") == datetime.date(2025, 3, 31)
    assert periods.parse_base_date(None, today=datetime.date(2025, 6, 1)) == datetime.date(2025, 3, 31)
    assert periods.parse_base_date("", today=datetime.date(2025, 3, 31)) == datetime.date(2025, 3, 31)
    with pytest.raises(periods.MonitoringError, match=r"2025-03-30 is not a 31 March.*e\.g\. 2024-03-31"):
        periods.parse_base_date("2025-03-30")
    with pytest.raises(periods.MonitoringError, match="not a date"):
        periods.parse_base_date("31/03/2025")


def test_adding_years_to_29_february():
    assert periods.add_years(datetime.date(2020, 2, 29), 3) == datetime.date(2023, 2, 28)
    assert periods.add_years(datetime.date(2020, 2, 29), 4) == datetime.date(2024, 2, 29)


def test_the_jlp_plan_period_and_its_flat_annual_requirement():
    # DOMAIN.md §1: 1 April 2014 – 31 March 2034, 26,700 homes: 20 monitoring years, 1,335 a year.
    settings = read_settings(PlanSettings({}, "jlp"))
    assert (settings.first_year, settings.last_year) == (2014, 2033)
    assert len(settings.plan_years) == 20
    assert settings.flat_annual(PLAN) == 1335
    assert settings.flat_annual("PPA") == 950  # 19,000 / 20
    assert settings.flat_annual("TTV") == 385  # 7,700 / 20
    assert settings.areas() == ["PLAN", "PPA", "TTV", "PLY", "SHA", "WDE"]


def test_a_stepped_requirement_replaces_the_flat_figure_in_its_years():
    settings = read_settings(
        PlanSettings({"stepped_requirement": {"PLAN": {"2014/15": 700, "2015/16": 800}}})
    )
    assert settings.requirement_for_year(PLAN, 2014) == 700
    assert settings.requirement_for_year(PLAN, 2015) == 800
    assert settings.requirement_for_year(PLAN, 2016) == 1335
    with pytest.raises(periods.MonitoringError, match="'2014/16' is not a monitoring year"):
        read_settings(PlanSettings({"stepped_requirement": {"PLAN": {"2014/16": 700}}}))
