"""Matching the store's completion evidence (jlpmonitor:matchevidence, core/evidence_matching/run) and
the officer's decisions on the candidates — accept, reject (remembered), assign, undo — audited, on
both backends, on a hand-made store."""

import pytest
from backends import run_sql
from test_tagging import add

from jlp_monitor_plugin.core.evidence_matching import decisions
from jlp_monitor_plugin.core.evidence_matching.run import evidence_by_strength, match_store, stored_candidates

BOTH_BACKENDS = True
OFFICER = "Jo Officer"
SQUARE = "MULTIPOLYGON(((1000 1000, 1100 1000, 1100 1100, 1000 1100, 1000 1000)))"


def build(store):
    store.write_plan_settings({"five_year_basis": "plan"})  # its report's figures at 2025 need no LHN figure
    add(store, "allocations", [({"site_ref": "SITE_A", "lpa": "PLY", "policy_area": "PPA"}, SQUARE)])
    add(
        store,
        "permissions",
        [
            (
                {
                    "app_ref": "4567/21/FUL",
                    "lpa": "PLY",
                    "address": "14 High Street, Plymouth PL1 2AB",
                    "net_units": 2,
                    "site_ref": "SITE_A",
                },
                "POINT(1050 1050)",
            ),
            (
                {
                    "app_ref": "0123/22/FUL",
                    "lpa": "PLY",
                    "address": "Land off Mill Lane, Plympton",
                    "net_units": 5,
                },
                "POINT(5000 5000)",
            ),
            (
                {"app_ref": "0999/20/FUL", "lpa": "PLY", "address": "1 Old Road", "net_units": 1},
                "POINT(9000 9000)",
            ),
        ],
    )
    add(store, "permission_boundaries", [({"app_ref": "4567/21/FUL"}, SQUARE)])
    add(
        store,
        "completions",
        [
            (
                {
                    "completion_id": "C-OLD",
                    "app_ref": "0999/20/FUL",
                    "uprn": "100040000099",
                    "units": 1,
                    "completion_date": "2023-05-01",
                },
                "POINT(9000 9000)",
            )
        ],
    )
    add(
        store,
        "completion_evidence",
        [
            # one dwelling, two sources, the same UPRN: strong
            (
                {
                    "source": "epc",
                    "evidence_id": "E1",
                    "uprn": "100040000003",
                    "address": "14a High St",
                    "postcode": "PL1 2AB",
                    "lpa": "PLY",
                    "evidence_date": "2024-07-09",
                },
                None,
            ),
            (
                {
                    "source": "council_tax",
                    "evidence_id": "CT1",
                    "uprn": "100040000003",
                    "address": "14A HIGH STREET, PLYMOUTH",
                    "postcode": "PL1 2AB",
                    "band": "B",
                    "evidence_date": "2024-08-01",
                },
                "POINT(1020 1020)",
            ),
            # the other flat of number 14, EPC only: medium
            (
                {
                    "source": "epc",
                    "evidence_id": "E2",
                    "address": "Flat 2, 14 High St",
                    "postcode": "PL1 2AB",
                    "lpa": "PLY",
                    "evidence_date": "2024-07-10",
                },
                None,
            ),
            # a new home on Mill Lane, by location only (near nothing): weak, no permission
            (
                {
                    "source": "council_tax",
                    "evidence_id": "CT2",
                    "address": "Plot 3, Kestrel Close",
                    "postcode": "PL7 9ZZ",
                    "evidence_date": "2024-09-01",
                },
                "POINT(20000 20000)",
            ),
            # a home recorded already: a confirmation
            (
                {
                    "source": "epc",
                    "evidence_id": "E3",
                    "uprn": "100040000099",
                    "address": "1 Old Road",
                    "postcode": "PL5 5AA",
                    "evidence_date": "2023-04-20",
                },
                None,
            ),
        ],
    )
    return store


@pytest.fixture()
def store(new_store):
    return build(new_store)


def by_id(store):
    return {r["candidate_id"]: r for r in stored_candidates(store)}


def audit(store):
    return run_sql(
        store,
        "SELECT layer, feature_key, old_site_ref, new_site_ref, method, reason FROM tag_audit ORDER BY fid",
    )


def test_a_run_keeps_candidates_by_strength_with_their_explanation(store):
    result = match_store(store)
    assert result.records == 5
    assert dict(result.counts) == {"strong": 1, "medium": 1, "weak": 1}
    assert result.confirmations == 1
    rows = by_id(store)
    strong = rows["uprn:100040000003"]
    assert (strong["app_ref"], strong["strength"], strong["status"]) == ("4567/21/FUL", "strong", "new")
    assert strong["evidence_ids"] == "epc:E1; council_tax:CT1"
    assert strong["explanation"] == (
        "EPC new dwelling + council tax band B, same UPRN; same postcode PL1 2AB, house number 14A of High "
        "Street as 4567/21/FUL's address (14 High Street, Plymouth PL1 2AB); inside 4567/21/FUL's red line"
    )
    assert rows["addr:PL1 2AB|HIGH STREET|14|2"]["strength"] == "medium"
    assert rows["uprn:100040000099"]["status"] == "confirmation"
    assert "already recorded as completion C-OLD" in rows["uprn:100040000099"]["explanation"]
    assert [r["strength"] for r in stored_candidates(store)][:2] == ["strong", "medium"]
    again = match_store(store)  # a second run replaces, does not add
    assert len(stored_candidates(store)) == len(rows) == 4 and again.held == 0


def test_accept_creates_an_audited_completion_and_undo_removes_it(store):
    match_store(store)
    change = decisions.accept(store, ["uprn:100040000003"], "EPC and council tax agree", OFFICER)
    assert change.skipped == ()
    completion_id = decisions.completion_id_for("uprn:100040000003")
    [row] = run_sql(
        store,
        "SELECT app_ref, uprn, completion_date, units, source, site_ref FROM completions "
        "WHERE completion_id = ?",
        (completion_id,),
    )
    assert (row[0], row[1], str(row[2])[:10], row[3], row[4], row[5]) == (
        "4567/21/FUL",
        "100040000003",
        "2024-07-09",
        1,
        "council_tax",
        "SITE_A",
    )
    point = [f for f in store.layer("completions").getFeatures() if f["completion_id"] == completion_id][0]
    assert point.geometry().asPoint().x() == 1020  # the council-tax record's UPRN point
    assert by_id(store)["uprn:100040000003"]["status"] == "accepted"
    assert audit(store)[-1] == (
        "completions",
        completion_id,
        None,
        "SITE_A",
        "evidence_accept",
        "EPC and council tax agree",
    )
    with pytest.raises(ValueError, match="Already decided"):
        decisions.reject(store, ["uprn:100040000003"], "no", OFFICER)
    decisions.undo(store, change, user=OFFICER)
    assert run_sql(store, "SELECT count(*) FROM completions WHERE completion_id = ?", (completion_id,)) == [
        (0,)
    ]
    assert by_id(store)["uprn:100040000003"]["status"] == "new"
    assert [r[4] for r in audit(store)[-2:]] == ["evidence_undo", "evidence_undo"]


def test_a_rejection_is_remembered_by_later_runs_and_can_be_undone(store):
    match_store(store)
    change = decisions.reject(store, ["addr:PL1 2AB|HIGH STREET|14|2"], "flat conversion, not new", OFFICER)
    assert by_id(store)["addr:PL1 2AB|HIGH STREET|14|2"]["reason"] == "flat conversion, not new"
    result = match_store(store)
    assert result.held == 1 and dict(result.counts) == {"strong": 1, "medium": 0, "weak": 1}
    assert by_id(store)["addr:PL1 2AB|HIGH STREET|14|2"]["status"] == "rejected"
    assert audit(store)[-1][4:] == ("evidence_reject", "flat conversion, not new")
    decisions.undo(store, change, user=OFFICER)
    assert by_id(store)["addr:PL1 2AB|HIGH STREET|14|2"]["status"] == "new"


def test_assign_moves_a_candidate_and_a_decision_needs_a_reason(store):
    match_store(store)
    weak = [k for k, r in by_id(store).items() if r["strength"] == "weak"][0]
    with pytest.raises(ValueError, match="needs a reason"):
        decisions.assign(store, [weak], "0123/22/FUL", " ", OFFICER)
    with pytest.raises(ValueError, match="no permission 9/99"):
        decisions.assign(store, [weak], "9/99", "typo", OFFICER)
    change = decisions.assign(store, [weak], "0123/22/FUL", "plot 3 of the Mill Lane scheme", OFFICER)
    assert by_id(store)[weak]["app_ref"] == "0123/22/FUL"
    # accept without a date needs one; this one has its council-tax date
    accepted = decisions.accept(store, [weak], "site visit", OFFICER)
    assert len(accepted.items) == 1
    with pytest.raises(ValueError, match="changed since"):
        decisions.undo(store, change, user=OFFICER)  # accepted since: the assign cannot be undone
    decisions.undo(store, accepted, user=OFFICER)
    decisions.undo(store, change, user=OFFICER)
    assert by_id(store)[weak]["app_ref"] is None


def test_undo_of_an_accept_is_refused_when_the_completion_changed(store):
    match_store(store)
    change = decisions.accept(store, ["uprn:100040000003"], "agree", OFFICER)
    completion_id = change.items[0].completion["completion_id"]
    run_sql(store, "UPDATE completions SET units = 2 WHERE completion_id = ?", (completion_id,))
    with pytest.raises(ValueError, match="changed or deleted since"):
        decisions.undo(store, change, user=OFFICER)
    assert by_id(store)["uprn:100040000003"]["status"] == "accepted"


def test_figures_by_strength_and_status(store):
    match_store(store)
    decisions.accept(store, ["uprn:100040000003"], "agree", OFFICER)
    figures = evidence_by_strength(store)
    assert figures["strong"] == {"new": 0, "confirmation": 0, "accepted": 1, "rejected": 0}
    assert figures["medium"] == {"new": 1, "confirmation": 1, "accepted": 0, "rejected": 0}  # E2; E3 by UPRN


def test_the_matchevidence_algorithm_outputs_counts_by_strength(processing_ready, store):
    import processing
    from qgis.core import QgsProcessingException

    result = processing.run("jlpmonitor:matchevidence", {"STORE": store.path, "SOURCES": "epc,council_tax"})
    assert {k: result[k] for k in ("RECORDS", "STRONG", "MEDIUM", "WEAK", "CONFIRMATIONS", "HELD")} == {
        "RECORDS": 5,
        "STRONG": 1,
        "MEDIUM": 1,
        "WEAK": 1,
        "CONFIRMATIONS": 1,
        "HELD": 0,
    }
    only_epc = processing.run("jlpmonitor:matchevidence", {"STORE": store.path, "SOURCES": "epc"})
    assert (only_epc["RECORDS"], only_epc["STRONG"], only_epc["MEDIUM"]) == (3, 0, 2)
    with pytest.raises(QgsProcessingException, match="SOURCES: ctax is not an evidence source"):
        processing.run("jlpmonitor:matchevidence", {"STORE": store.path, "SOURCES": "epc, ctax"})


def test_watch_lists_more_evidence_than_units_and_overdue_without_evidence(store):
    import datetime

    from jlp_monitor_plugin.core.evidence_matching.watch import watch_lists

    add(
        store,
        "completion_evidence",
        [
            (
                {
                    "source": "epc",
                    "evidence_id": "E4",
                    "address": "Flat 3, 14 High St",
                    "postcode": "PL1 2AB",
                    "lpa": "PLY",
                },
                None,
            )
        ],
    )
    run_sql(
        store, "INSERT INTO trajectory (app_ref, monitoring_year, units) VALUES ('0123/22/FUL', '2023/24', 5)"
    )
    match_store(store)
    over, overdue = watch_lists(store, today=datetime.date(2025, 1, 1))
    assert [(w.app_ref, w.evidence, w.net_units) for w in over] == [("4567/21/FUL", 3, 2)]
    assert [(w.app_ref, w.expected_by) for w in overdue] == [("0123/22/FUL", "2024-03-31")]
    decisions.reject(store, ["addr:PL1 2AB|HIGH STREET|14|3"], "duplicate of flat 2", OFFICER)
    assert watch_lists(store, today=datetime.date(2025, 1, 1))[0] == []


def test_accepting_a_confirmation_adds_no_second_completion(store):
    match_store(store)
    before = run_sql(store, "SELECT count(*) FROM completions")[0][0]
    change = decisions.accept(store, ["uprn:100040000099"], "the home we recorded", OFFICER)
    assert run_sql(store, "SELECT count(*) FROM completions")[0][0] == before
    assert by_id(store)["uprn:100040000099"]["status"] == "accepted"
    assert by_id(store)["uprn:100040000099"]["completion_id"] == "C-OLD"
    decisions.undo(store, change, user=OFFICER)
    assert by_id(store)["uprn:100040000099"]["status"] == "confirmation"
