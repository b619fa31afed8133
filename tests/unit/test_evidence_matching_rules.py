"""The matching rules of completion evidence (issue 13), one by one, on hand-made records with the
addresses councils really get: abbreviations, flats, lettered numbers, development names, wrong UPRNs."""

import pytest

from jlp_monitor_plugin.core.evidence_matching import address as ad
from jlp_monitor_plugin.core.evidence_matching.engine import (
    CONFIRMATION,
    MEDIUM,
    NEW,
    STRONG,
    WEAK,
    Completion,
    Matcher,
    Permission,
    Record,
    counts_by_strength,
)

PERMISSIONS = [
    Permission("4567/21/FUL", "PLY", "14 High Street, Plymouth PL1 2AB", 6),
    Permission("0123/22/FUL", "PLY", "Land at 20-24 Mill Road, Plympton", 3),
    Permission("0999/20/ARM", "SHA", "Saltram Meadow, Land off Haye Road, Elburton", 120, ("100040009999",)),
    Permission("0555/23/FUL", "WDE", "Former Depot, Station Road, Tavistock PL19 8AA", 4),
    Permission("0777/23/FUL", "PLY", "Mill Road, Plymouth", 2),  # a Mill Road in another place
]


def matcher(completions=(), locate=None):
    return Matcher(PERMISSIONS, completions, locate)


@pytest.mark.parametrize(
    "text, postcode, flat, number, suffix, street, names",
    [
        ("Flat 2, 14 High St, Plymouth", "PL1 2AB", "2", 14, "", "HIGH STREET", set()),
        ("14a High Street", None, None, 14, "A", "HIGH STREET", set()),
        ("14 A High St.", None, None, 14, "A", "HIGH STREET", set()),
        ("Flat A, 14 High Street", None, "A", 14, "", "HIGH STREET", set()),
        ("2/14 High St", None, "2", 14, "", "HIGH STREET", set()),
        (
            "Apartment 12, Harbour View, Quay Rd, Plymouth",
            None,
            "12",
            None,
            "",
            "QUAY ROAD",
            {"HARBOUR VIEW"},
        ),
        ("Saltram Meadow, 3 Kestrel Cl, Elburton", None, None, 3, "", "KESTREL CLOSE", {"SALTRAM MEADOW"}),
        ("St Mary's Rd", None, None, None, "", "SAINT MARYS ROAD", set()),
        ("Land off Mill Lane, Plympton", None, None, None, "", "MILL LANE", set()),
        ("Ground Floor Flat, 14 High Street", None, "GROUND FLOOR", 14, "", "HIGH STREET", set()),
        ("Apartment 3, The Maltings, 2 Mill Ln", None, "3", 2, "", "MILL LANE", {"MALTINGS"}),
        ("Unit 4, 12 Fore St, Totnes TQ9 5AA", None, "4", 12, "", "FORE STREET", set()),
        ("Land rear of 14 - 16 High St", None, None, None, "", "HIGH STREET", set()),
        ("FLAT 02, 7 QUAY ROAD", None, "2", 7, "", "QUAY ROAD", set()),
    ],
)
def test_addresses_are_read_into_flat_number_street_and_names(
    text, postcode, flat, number, suffix, street, names
):
    parsed = ad.parse(text, postcode)
    assert (parsed.flat, parsed.number, parsed.suffix, parsed.street, set(parsed.names)) == (
        flat,
        number,
        suffix,
        street,
        names,
    )


def test_dwelling_keys_tell_flats_from_lettered_numbers():
    flat_a = ad.dwelling_key(ad.parse("Flat A, 14 High St", "PL1 2AB"))
    lettered = ad.dwelling_key(ad.parse("14a High Street, Plymouth", "pl12ab"))
    flat_2 = ad.dwelling_key(ad.parse("Flat 2, 14 High St", "PL1 2AB"))
    assert flat_a == lettered == ("PL1 2AB", "HIGH STREET", "14", "A")
    assert flat_2 != lettered
    # both are in building 14, which a permission for 14 High Street covers
    assert ad.building_key(ad.parse("Flat 2, 14 High St", "PL1 2AB")) == ad.building_key(
        ad.parse("14a High Street", "PL1 2AB")
    )
    assert ad.dwelling_key(ad.parse("14 High Street")) is None  # no postcode: cannot tell a dwelling


def test_rule_1_planning_reference_wins_and_is_strong_alone():
    record = Record(
        "building_control",
        "BC1",
        address="Flat 9, Nowhere Street",
        postcode="PL9 9ZZ",
        app_ref="4567 / 21 / ful",
    )
    [candidate] = matcher().run([record])
    assert (candidate.app_ref, candidate.rule, candidate.strength) == ("4567/21/FUL", "reference", STRONG)
    assert (
        "planning reference 4567/21/FUL on the building-control completion certificate"
        in candidate.explanation
    )


def test_rule_2_uprn_listed_for_a_permission_or_its_completions():
    by_permission = Record(
        "epc", "E1", uprn="100040009999", address="1 Some Road", postcode="PL9 1AA", lpa="SHA"
    )
    by_completion = Record("epc", "E2", uprn="100040000077", address="7 Other Road", postcode="PL7 7AA")
    completions = [Completion("C1", "0123/22/FUL", "100040000077", "7 Other Road PL7 7AA")]
    first, second = sorted(
        matcher(completions).run([by_permission, by_completion]), key=lambda c: c.candidate_id
    )
    assert (first.app_ref, first.rule, first.strength, first.status) == (
        "0123/22/FUL",
        "uprn",
        MEDIUM,
        CONFIRMATION,
    )
    assert "already recorded as completion C1" in first.explanation
    assert (second.app_ref, second.rule, second.strength, second.status) == (
        "0999/20/ARM",
        "uprn",
        MEDIUM,
        NEW,
    )
    assert "UPRN 100040009999 listed for 0999/20/ARM" in second.explanation


def test_rule_3_address_postcode_street_and_house_number():
    records = [
        Record("epc", "E1", address="Flat 2, 14 High St", postcode="PL1 2AB", lpa="PLY"),
        Record("epc", "E2", address="14a High Street", postcode="PL1 2AB", lpa="PLY"),
        Record("epc", "E3", address="16 High Street", postcode="PL1 2AB", lpa="PLY"),  # not number 14
        Record("epc", "E4", address="14 High Street", postcode="PL4 4ZZ", lpa="PLY"),  # another postcode
        Record(
            "council_tax", "C1", address="22 Mill Rd, Plympton", postcode="PL7 1AA", lpa="PLY"
        ),  # in 20-24
    ]
    found = {c.records[0].evidence_id: c for c in matcher().run(records)}
    assert found["E1"].app_ref == found["E2"].app_ref == "4567/21/FUL"
    assert found["E1"].candidate_id != found["E2"].candidate_id  # two dwellings of one building
    assert found["E1"].strength == MEDIUM and found["E1"].rule == "address"
    assert "house number 14 (flat 2) of High Street" in found["E1"].explanation
    assert found["E3"].app_ref is None and found["E3"].strength == WEAK
    assert found["E4"].app_ref is None
    # 22 is within 20-24; the other Mill Road (0777/23/FUL) names no number but fits too: the range is better
    assert found["C1"].app_ref == "0123/22/FUL"


def test_rule_3_needs_postcode_or_council_to_agree_and_reads_development_names():
    records = [
        Record(
            "epc", "E1", address="Saltram Meadow, 3 Kestrel Close, Elburton", postcode="PL9 8ZZ", lpa="SHA"
        ),
        Record("epc", "E2", address="5 Station Rd, Tavistock", postcode="PL19 8AA", lpa=None),
        Record("epc", "E3", address="5 Station Rd, Tavistock", postcode=None, lpa=None),  # nothing agrees
    ]
    found = {c.records[0].evidence_id: c for c in matcher().run(records)}
    assert found["E1"].app_ref == "0999/20/ARM"
    assert "development name Saltram Meadow" in found["E1"].explanation
    assert found["E2"].app_ref == "0555/23/FUL"
    assert found["E3"].app_ref is None


def test_rule_4_location_inside_or_near_a_red_line():
    def locate(x, y):
        if x < 100:
            return ("0555/23/FUL", 0.0)
        if x < 200:
            return ("0555/23/FUL", 32.4)
        return None

    records = [
        Record("council_tax", "C1", address="Plot 7, New Estate Road", x=50.0, y=0.0, band="B"),
        Record("council_tax", "C2", address="Plot 8, New Estate Road", x=150.0, y=0.0),
        Record("council_tax", "C3", address="Plot 9, New Estate Road", x=950.0, y=0.0),
    ]
    found = {c.records[0].evidence_id: c for c in matcher(locate=locate).run(records)}
    assert (found["C1"].app_ref, found["C1"].rule, found["C1"].strength) == ("0555/23/FUL", "location", WEAK)
    assert "council tax band B; inside 0555/23/FUL's red line" in found["C1"].explanation
    assert "32 m from 0555/23/FUL's red line" in found["C2"].explanation
    assert found["C3"].app_ref is None


def test_sources_merge_by_uprn_or_address_into_one_strong_candidate():
    records = [
        Record("epc", "E1", uprn="100040000003", address="14a High St", postcode="PL1 2AB", lpa="PLY"),
        Record(
            "council_tax",
            "C1",
            uprn="100040000003",
            address="14A HIGH STREET, PLYMOUTH",
            postcode="PL1 2AB",
            band="B",
        ),
        Record("building_control", "B1", address="Flat A, 14 High Street", postcode="PL1 2AB"),  # no UPRN
    ]
    [candidate] = matcher().run(records)
    assert candidate.sources == ["building_control", "council_tax", "epc"]
    assert candidate.strength == STRONG
    assert candidate.candidate_id == "uprn:100040000003"
    assert candidate.explanation.startswith(
        "EPC new dwelling + council tax band B + building-control completion certificate, same address; "
        "same postcode PL1 2AB, house number 14A of High Street as 4567/21/FUL's address"
    )


def test_a_wrong_uprn_does_not_merge_two_dwellings_and_is_said():
    records = [
        Record("epc", "E1", uprn="100040000003", address="14a High St", postcode="PL1 2AB", lpa="PLY"),
        # the same UPRN typed on a council-tax record of another address: not one dwelling
        Record("council_tax", "C1", uprn="100040000003", address="3 Quay Road", postcode="PL1 3CD"),
    ]
    candidates = matcher().run(records)
    assert len(candidates) == 2
    # a UPRN pointing one way and a reference another: the reference wins, the conflict is said
    tricky = Record(
        "building_control",
        "B1",
        uprn="100040009999",
        app_ref="4567/21/FUL",
        address="14 High St",
        postcode="PL1 2AB",
    )
    [candidate] = matcher().run([tricky])
    assert candidate.app_ref == "4567/21/FUL"
    assert "but UPRN 100040009999 listed for 0999/20/ARM" in candidate.explanation
    assert candidate.strength == MEDIUM  # strong by its reference, one step down for the conflict


def test_two_records_of_one_source_are_not_two_sources():
    records = [
        Record("epc", "E1", uprn="100040000050", address="50 High St", postcode="PL1 2AB", lpa="PLY"),
        Record("epc", "E2", uprn="100040000050", address="50 High St", postcode="PL1 2AB", lpa="PLY"),
    ]
    [candidate] = matcher().run(records)
    assert len(candidate.records) == 2 and candidate.strength == WEAK  # 50 is not number 14: no permission


def test_counts_by_strength_and_sorting():
    records = [
        Record(
            "building_control", "B1", app_ref="4567/21/FUL", address="Flat 1, 14 High St", postcode="PL1 2AB"
        ),
        Record("epc", "E1", address="Flat 3, 14 High St", postcode="PL1 2AB", lpa="PLY"),
        Record("epc", "E9", address="1 Unknown Lane", postcode="PL1 9ZZ"),
    ]
    candidates = matcher().run(records)
    assert [c.strength for c in candidates] == [STRONG, MEDIUM, WEAK]
    assert counts_by_strength(candidates) == {STRONG: 1, MEDIUM: 1, WEAK: 1}


def test_a_town_is_not_a_development_name():
    permissions = [Permission("12/01916/OUT", "PLY", "Millbay, Plymouth", 700)]
    records = [
        Record("epc", "E1", address="Plymouth, 3 Kestrel Way", postcode="PL1 3AA", lpa="PLY"),
        Record("epc", "E2", address="Millbay Village, 4 Kestrel Way", postcode="PL1 3AA", lpa="PLY"),
        Record("epc", "E3", address="Millbay, 5 Kestrel Way", postcode="PL1 3AA", lpa="PLY"),
    ]
    found = {c.records[0].evidence_id: c.app_ref for c in Matcher(permissions).run(records)}
    assert found == {"E1": None, "E2": None, "E3": "12/01916/OUT"}


def test_a_phase_number_is_not_a_house_number():
    parsed = ad.parse("Phase 10, Land at Plymouth Road, Tavistock")
    assert (parsed.number, parsed.street) == (None, "PLYMOUTH ROAD")
    permissions = [
        Permission("0177/19/ARM", "WDE", "Phase 10, Land at Plymouth Road, Tavistock", 20),
        Permission("0618/19/ARM", "WDE", "Phase 8, Land at Plymouth Road, Tavistock", 20),
    ]
    [candidate] = Matcher(permissions).run(
        [Record("epc", "E1", address="8 Plymouth Rd", postcode="PL19 8AB", lpa="WDE")]
    )
    assert candidate.app_ref is None  # two phases of one road: the address cannot tell which
    assert "fits 2 permissions equally" in candidate.explanation


def test_a_red_line_of_a_reserved_matters_under_the_outline_found_by_address_wins():
    permissions = [
        Permission("0950/12/OPA", "SHA", "Sherford New Community", 5500),
        Permission("2352/24/ARM", "SHA", "Phase 4, Sherford New Community", 120, parent_ref="0950/12/OPA"),
        Permission("9999/24/FUL", "SHA", "Somewhere Else", 3),
    ]

    def locate(x, y):
        return ("2352/24/ARM", 0.0) if x < 10 else ("9999/24/FUL", 0.0)

    records = [
        Record(
            "epc",
            "E1",
            address="Sherford New Community, 3 Kestrel Way",
            postcode="PL9 8AA",
            lpa="SHA",
            x=1,
            y=1,
        ),
        Record(
            "epc",
            "E2",
            address="Sherford New Community, 5 Kestrel Way",
            postcode="PL9 8AA",
            lpa="SHA",
            x=50,
            y=1,
        ),
    ]
    found = {c.records[0].evidence_id: c for c in Matcher(permissions, (), locate).run(records)}
    assert (found["E1"].app_ref, found["E1"].strength) == ("2352/24/ARM", MEDIUM)
    assert "inside 2352/24/ARM's red line, a permission under 0950/12/OPA" in found["E1"].explanation
    assert (found["E2"].app_ref, found["E2"].strength) == (
        "0950/12/OPA",
        WEAK,
    )  # a red line of another scheme


def test_sources_finding_the_outline_and_its_reserved_matters_agree_on_the_reserved_matters():
    permissions = [
        Permission("0950/12/OPA", "SHA", "Sherford New Community", 5500),
        Permission("2352/24/ARM", "SHA", "Phase 4, Sherford New Community", 120, parent_ref="0950/12/OPA"),
    ]
    records = [
        Record(
            "epc",
            "E1",
            uprn="1",
            address="Sherford New Community, 3 Kestrel Way",
            postcode="PL9 8AA",
            lpa="SHA",
        ),
        Record("council_tax", "C1", uprn="1", address="3 KESTREL WAY", postcode="PL9 8AA", x=1.0, y=1.0),
    ]
    [candidate] = Matcher(permissions, (), lambda x, y: ("2352/24/ARM", 0.0)).run(records)
    assert (candidate.app_ref, candidate.strength) == ("2352/24/ARM", STRONG)
    assert "other permissions" not in candidate.explanation


def test_a_red_line_beats_a_street_alone():
    permissions = [
        Permission("13/02265/PRIOR", "PLY", "Land at Glen Road, Plympton", 4),
        Permission("24/00102/FUL", "PLY", "Former Garage, Plympton", 10),
    ]
    records = [
        Record("epc", "E1", uprn="7", address="3 Glen Rd, Plympton", postcode="PL7 2AA", lpa="PLY"),
        Record(
            "council_tax", "C1", uprn="7", address="3 GLEN ROAD", postcode="PL7 2AA", lpa="PLY", x=1.0, y=1.0
        ),
    ]
    [candidate] = Matcher(permissions, (), lambda x, y: ("24/00102/FUL", 0.0)).run(records)
    assert (candidate.app_ref, candidate.strength) == ("24/00102/FUL", STRONG)
    assert "its street is also in 13/02265/PRIOR's address" in candidate.explanation


def test_a_record_without_a_council_takes_its_postcode_sectors_council():
    permissions = [Permission("0123/22/FUL", "PLY", "Land off Mill Lane, Plympton", 6)]
    records = [
        Record("epc", "E1", address="3 Mill Ln", postcode="PL7 1AB", lpa="PLY"),
        Record("council_tax", "C1", address="5 MILL LANE, PLYMPTON", postcode="PL7 1XY"),  # no council given
        Record("council_tax", "C2", address="7 MILL LANE", postcode="TQ9 5AA"),  # another sector: unknown
    ]
    found = {c.records[0].evidence_id: c.app_ref for c in Matcher(permissions).run(records)}
    assert found == {"E1": "0123/22/FUL", "C1": "0123/22/FUL", "C2": None}


def test_an_address_fitting_several_phases_of_one_outline_goes_to_the_outline():
    permissions = [
        Permission("2548/16/OPA", "SHA", "Dairy Crest, Ivybridge", 300),
        Permission("4692/17/ARM", "SHA", "Phase 1, Dairy Crest, Ivybridge", 80, parent_ref="2548/16/OPA"),
        Permission("1305/17/ARM", "SHA", "Phase 2, Dairy Crest, Ivybridge", 90, parent_ref="2548/16/OPA"),
        Permission("0001/18/FUL", "SHA", "Phase 1, Dairy Crest Farm, Ivybridge", 2),  # another scheme
    ]
    record = Record(
        "epc", "E1", address="Dairy Crest, 2 Kestrel Way, Ivybridge", postcode="PL21 0AB", lpa="SHA"
    )
    [candidate] = Matcher(permissions).run([record])
    assert (candidate.app_ref, candidate.strength) == ("2548/16/OPA", MEDIUM)
    assert "fits 3 permissions under 2548/16/OPA equally" in candidate.explanation
