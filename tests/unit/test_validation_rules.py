"""Checking imported values (core/importing/validation.py), without QGIS."""

import pytest

from jlp_monitor_plugin.core.importing import validation as v
from jlp_monitor_plugin.core.plan_settings import JLP_PRESET


@pytest.mark.parametrize(
    "text, day_first, iso",
    [
        ("21/01/2008", True, "2008-01-21"),  # DOMAIN.md §7: UK day-first dates
        ("01/21/2008", False, "2008-01-21"),
        ("2008-01-21", True, "2008-01-21"),
        ("21-Jan-2008", True, "2008-01-21"),
        ("21 January 2008", True, "2008-01-21"),
        ("21/01/2008 14:30", True, "2008-01-21"),
        ("39468", True, "2008-01-21"),  # an Excel serial number
    ],
)
def test_dates_in_the_forms_extracts_use(text, day_first, iso):
    assert v.parse_date(text, day_first) == (iso, None)


def test_impossible_dates_are_refused_with_the_reason():
    assert v.parse_date("31/02/2020") == (None, "not a real date: February 2020 has 29 days")
    iso, reason = v.parse_date("01/21/2008")
    assert iso is None and "are the dates month first? set DAY_FIRST accordingly" in reason
    assert v.parse_date("soon")[1] == "not a date (write dates as dd/mm/yyyy or yyyy-mm-dd)"
    assert v.parse_date("n/a") == (None, None)  # blank


def test_units_and_flags():
    assert v.parse_whole("1,200") == (1200, None)
    assert v.parse_whole("12.0") == (12, None)
    assert v.parse_whole("12.5") == (None, "not a whole number")
    assert v.parse_whole("") == (None, None)
    assert v.parse_flag("Brownfield") == (1, None)
    assert v.parse_flag("no") == (0, None)
    assert v.parse_flag("maybe") == (None, "not a yes/no value (1/0, yes/no)")


def test_monitoring_years():
    assert v.parse_monitoring_year("2019-20") == ("2019/20", None)
    assert v.parse_monitoring_year("19/20") == ("2019/20", None)
    assert v.parse_monitoring_year("2019/21") == (
        None,
        "not a monitoring year: 2021 is not the year after 2019",
    )


def test_coded_values_and_the_plans_lpas():
    assert v.permission_type("Reserved Matters") == ("reserved_matters", None)
    code, warning = v.permission_type("Lawful development certificate")
    assert code == "other" and "kept as 'other'" in warning
    lpas = v.LpaCodes(JLP_PRESET["lpas"])
    assert lpas.code("South Hams District Council") == ("SHA", None)
    assert lpas.code("E07000047") == ("WDE", None)
    assert lpas.code("local-authority-eng:PLY") == ("PLY", None)
    assert lpas.code("Cornwall") == ("Cornwall", "not one of the plan's LPAs (PLY, SHA, WDE); kept as given")


def test_net_units_must_be_proposed_less_existing():
    problem = v.net_units_problem(
        {"units_proposed": 10, "units_existing": 2, "net_units": 9}, {"net_units": "Net Units"}, 12
    )
    assert problem.message("uniform.csv") == (
        "uniform.csv row 12, Net Units (net_units) = '9': "
        "disagrees with units_proposed − units_existing = 10 − 2 = 8"
    )
    filled = {"units_proposed": 10, "units_existing": 2, "net_units": None}
    assert v.net_units_problem(filled, {}, 1) is None and filled["net_units"] == 8


def test_a_completion_date_must_fall_in_the_monitoring_year_given():
    problem = v.completion_period_problem(
        {"completion_date": "2024-03-31", "monitoring_year": "2024/25"}, {}, 3
    )
    assert problem.reason == "the completion date 2024-03-31 is in monitoring year 2023/24, not 2024/25"
    assert (
        v.completion_period_problem({"completion_date": "2024-04-01", "monitoring_year": "2024/25"}, {}, 3)
        is None
    )
    missing = v.completion_period_problem({}, {}, 4)
    assert missing.reason == "neither a completion date nor a monitoring year is given"


def test_generated_completion_ids_are_stable():
    digest = v.content_digest(["2019/20", "12 High Street", 1])
    assert digest == v.content_digest(["2019/20", "12 High Street", 1])
    first = v.generated_completion_id(digest, 1)
    assert first.startswith("gen-") and len(first) == 20
    assert first == v.generated_completion_id(digest, 1) != v.generated_completion_id(digest, 2)
