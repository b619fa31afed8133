"""Permission lineage, extant and lapsed permissions (DOMAIN.md §2 and §4), without QGIS."""

import datetime

from jlp_monitor_plugin.core.monitoring import lineage as ln
from jlp_monitor_plugin.core.monitoring.records import Permission

BASE = datetime.date(2025, 3, 31)


def permission(ref, units, kind="full", decided="2023-06-01", parent=None, expiry=None, site="PLY40"):
    return Permission(
        app_ref=ref,
        lpa="PLY",
        permission_type=kind,
        decision_date=datetime.date.fromisoformat(decided) if decided else None,
        expiry_date=datetime.date.fromisoformat(expiry) if expiry else None,
        parent_ref=parent,
        net_units=units,
        affordable_units=0,
        site_ref=site,
        geometry=None,
    )


def lineages(permissions, base=BASE, events=()):
    return ln.Lineages(permissions, base, 3, set(events))


def test_reserved_matters_under_an_outline_count_the_larger_of_parent_and_children():
    # Outline for 100; reserved matters for 60 and 30: the lineage counts max(100, 90) = 100,
    # the children carrying their own units and the outline the 10 left over.
    found = lineages(
        [
            permission("O1", 100, "outline"),
            permission("RM1", 60, "reserved_matters", "2024-01-10", parent="O1"),
            permission("RM2", 30, "reserved_matters", "2024-02-10", parent="O1"),
        ]
    )
    assert found.lineage_units() == {"O1": 100}
    assert {(p.app_ref, p.units, p.detailed) for p in found.parts} == {
        ("RM1", 60, True),
        ("RM2", 30, True),
        ("O1", 10, False),
    }
    # Reserved matters for more than the outline: max(100, 120) = 120, nothing left to the outline.
    more = lineages(
        [
            permission("O1", 100, "outline"),
            permission("RM1", 70, "reserved_matters", "2024-01-10", parent="O1"),
            permission("RM2", 50, "reserved_matters", "2024-02-10", parent="O1"),
        ]
    )
    assert more.lineage_units() == {"O1": 120}
    assert sorted(p.app_ref for p in more.parts) == ["RM1", "RM2"]


def test_the_latest_s73_variation_replaces_its_parent_and_earlier_variations():
    found = lineages(
        [
            permission("F1", 100, decided="2022-06-01"),
            permission("V1", 110, "s73_variation", "2023-01-10", parent="F1"),
            permission("V2", 120, "s73_variation", "2024-01-10", parent="F1"),
        ]
    )
    assert found.lineage_units() == {"F1": 120}
    assert [p.app_ref for p in found.parts] == ["V2"]
    assert {ref: s.status for ref, s in found.status.items()} == {
        "F1": ln.SUPERSEDED,
        "V1": ln.SUPERSEDED,
        "V2": ln.EXTANT,
    }
    # A variation decided after the base date replaces nothing yet.
    earlier = lineages(
        [
            permission("F1", 100, decided="2022-06-01"),
            permission("V1", 110, "s73_variation", "2025-06-10", parent="F1"),
        ]
    )
    assert earlier.lineage_units() == {"F1": 100}
    assert earlier.status["V1"].status == ln.NOT_GRANTED


def test_a_permission_lapses_three_years_after_its_decision_unless_started():
    # Decided 1 April 2021, no expiry date: expires at the end of 1 April 2024 (default 3 years).
    granted = [permission("F1", 12, decided="2021-04-01")]
    assert lineages(granted, datetime.date(2024, 3, 31)).status["F1"].status == ln.EXTANT
    assert lineages(granted, datetime.date(2024, 3, 31)).status["F1"].expiry == datetime.date(2024, 4, 1)
    lapsed = lineages(granted, datetime.date(2025, 3, 31))
    assert lapsed.status["F1"].status == ln.LAPSED and lapsed.lineage_units() == {}  # counts nothing
    started = lineages(granted, datetime.date(2025, 3, 31), events={"F1"})
    assert started.status["F1"].status == ln.IMPLEMENTED and started.lineage_units() == {"F1": 12}
    # An expiry date given wins over the default.
    given = lineages([permission("F1", 12, decided="2021-04-01", expiry="2026-04-01")])
    assert given.status["F1"].status == ln.EXTANT


def test_a_start_on_any_permission_of_the_lineage_keeps_all_of_it_from_lapsing():
    found = lineages(
        [
            permission("O1", 100, "outline", decided="2019-01-10"),
            permission("RM1", 40, "reserved_matters", "2020-01-10", parent="O1"),
        ],
        events={"RM1"},
    )
    assert found.implemented == {"O1": True}
    assert found.lineage_units() == {"O1": 100}
