"""The five-year housing land supply and the Housing Delivery Test (DOMAIN.md §5–6), worked by hand
on the JLP's plan figures, without QGIS."""

import datetime

import pytest

from jlp_monitor_plugin.core.monitoring import hdt
from jlp_monitor_plugin.core.monitoring.five_year_supply import five_year_supply
from jlp_monitor_plugin.core.monitoring.periods import MonitoringError
from jlp_monitor_plugin.core.monitoring.requirement import requirement_to_date
from jlp_monitor_plugin.core.monitoring.settings import PLAN, read_settings
from jlp_monitor_plugin.core.plan_settings import PlanSettings

BASE = datetime.date(2025, 3, 31)  # closes monitoring year 2024/25
DELIVERABLE = {2025: 1500, 2026: 1600, 2027: 1700, 2028: 1800, 2029: 1900, 2030: 5000}


def jlp(**stored):
    """The jlp preset's settings, on the plan requirement unless ``stored`` says otherwise."""
    return read_settings(PlanSettings(dict({"five_year_basis": "plan"}, **stored), "jlp"))


def test_sedgefield_on_the_plan_basis():
    settings = jlp(buffer_pct=5, windfall_allowance_per_year=50)
    # 11 plan years to the base date (2014/15 … 2024/25) × 1,335 = 14,685 required to date.
    to_date = requirement_to_date(settings, PLAN, 2024)
    assert to_date == 14685
    supply = five_year_supply(settings, BASE, to_date, 12000, None, DELIVERABLE, 200)
    assert supply.years == [2025, 2026, 2027, 2028, 2029]
    assert supply.annual_requirement == 1335 and supply.five_year_base == 6675
    assert supply.shortfall == 2685  # 14,685 − 12,000
    assert supply.shortfall_component == 2685  # Sedgefield: all of it
    assert supply.buffer_units == pytest.approx(468)  # (6,675 + 2,685) × 5%
    assert supply.five_year_requirement == pytest.approx(9828)
    assert supply.deliverable_supply == 8500  # 2030/31 is not in the five years
    assert supply.windfall_allowance == 100  # 50 a year in years 4 and 5
    assert supply.lapse_discount == 20  # 10% of 200 small-site units not started
    assert supply.total_supply == 8580
    assert supply.years_supply == 4.37  # 8,580 / (9,828 / 5) = 4.365…


def test_liverpool_spreads_the_shortfall_over_the_remaining_plan_years():
    settings = jlp(buffer_pct=5, windfall_allowance_per_year=50, shortfall_method="liverpool")
    supply = five_year_supply(settings, BASE, 14685, 12000, None, DELIVERABLE, 200)
    assert supply.remaining_plan_years == 9  # 2025/26 … 2033/34
    assert supply.shortfall_component == pytest.approx(2685 * 5 / 9)
    assert supply.five_year_requirement == pytest.approx(8575)  # (6,675 + 1,491.67) × 1.05
    assert supply.years_supply == 5.0  # 8,580 / 1,715 = 5.003


def test_the_buffer_follows_the_hdt_when_automatic():
    settings = jlp()  # buffer_pct "auto"
    assert five_year_supply(settings, BASE, 14685, 14685, 84.9, {}, 0).buffer_pct == 20
    assert five_year_supply(settings, BASE, 14685, 14685, 85.0, {}, 0).buffer_pct == 5
    assert five_year_supply(settings, BASE, 14685, 14685, None, {}, 0).buffer_pct == 5


def test_local_housing_need_has_no_shortfall():
    settings = jlp(five_year_basis="lhn", lhn_annual=1000, buffer_pct=5)
    supply = five_year_supply(settings, BASE, 14685, 12000, None, DELIVERABLE, 0)
    assert supply.shortfall == 0 and supply.five_year_requirement == pytest.approx(5250)
    assert supply.years_supply == round(8500 / 1050, 2)
    with pytest.raises(MonitoringError, match="'lhn_annual' is not set"):
        five_year_supply(jlp(five_year_basis="lhn"), BASE, 0, 0, None, {}, 0)


def test_the_housing_delivery_test_over_the_last_three_years():
    settings = jlp()
    result = hdt.housing_delivery_test(settings, 2024, {2021: 9999, 2022: 1100, 2023: 1000, 2024: 1300})
    assert result.years == [2022, 2023, 2024]
    assert result.monitoring_years == "2022/23;2023/24;2024/25"
    assert result.required == 4005  # 3 × 1,335
    assert result.delivered == 3400
    assert result.pct == pytest.approx(84.894, abs=0.001)
    assert result.consequence == hdt.BUFFER_20
    # Only plan years count: at the plan's first base date there is one year to test.
    first = hdt.housing_delivery_test(settings, 2014, {2014: 1335})
    assert first.years == [2014] and first.pct == 100 and first.consequence == hdt.NONE


@pytest.mark.parametrize(
    "pct, consequence",
    [
        (95.0, hdt.NONE),
        (94.99, hdt.ACTION_PLAN),
        (85.0, hdt.ACTION_PLAN),
        (84.99, hdt.BUFFER_20),
        (75.0, hdt.BUFFER_20),
        (74.99, hdt.PRESUMPTION),
        (None, hdt.NOT_MEASURED),
    ],
)
def test_hdt_consequences_at_their_exact_thresholds(pct, consequence):
    assert hdt.consequence(pct) == consequence
