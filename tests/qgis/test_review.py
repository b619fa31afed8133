"""The review queue and the officer's manual decisions, on the hand-worked store of test_tagging.py.

After automatic tagging that store's queue is (DOMAIN.md §3):

    multiple_sites     P2 (SMALL, candidate SITE_A), P3 (SITE_A / SITE_B), Q2 (SITE_B / SITE_A, 0.6),
                       Q7 (SITE_A / SMALL)
    partial_overlap    Q3 (untagged, candidate SITE_B, 0.1)
    near_boundary      P4, Q4, Q5 (untagged, candidate SITE_B)
    location_conflict  C2 (untagged / SITE_A), C3 (SITE_A / SITE_B), C7 (FAR / SITE_A)
    no_geometry        P6, C6
"""

import pytest
from backends import DB_ERRORS, refuse_inserts, run_sql
from test_tagging import build

from jlp_monitor_plugin.core import review, review_state
from jlp_monitor_plugin.core.review import review_counts, review_queue
from jlp_monitor_plugin.core.review_decisions import (
    LOCK,
    accept_candidate,
    assign_site,
    confirm,
    set_locked,
    untag,
)
from jlp_monitor_plugin.core.review_effects import ACCEPT, ASSIGN, UNTAG, describe_decision
from jlp_monitor_plugin.core.review_history import StaleChangeError, history, redo, undo
from jlp_monitor_plugin.core.tagging import AUDIT_FIELDS, TagCounts, current_user, tag_store

OFFICER = "Jo Officer"
AUTOMATIC_AUDIT_ROWS = 15
BOTH_BACKENDS = True  # every test on new_store runs on a GeoPackage and on PostGIS (conftest.py)


@pytest.fixture()
def store(new_store):
    build(new_store)
    tag_store(new_store, "both", user="tagger")
    return new_store


def state(store, layer, key):
    """(site_ref, tag_method, tag_overlap, tag_review, tag_candidate, tag_locked) of one feature."""
    key_field = "app_ref" if layer == "permissions" else "completion_id"
    row = run_sql(
        store,
        "SELECT site_ref, tag_method, tag_overlap, tag_review, tag_candidate, tag_locked "
        "FROM {} WHERE {} = ?".format(layer, key_field),
        (key,),
    )[0]
    return (row[0], row[1], None if row[2] is None else round(row[2], 6), row[3], row[4], row[5] or 0)


def all_states(store):
    out = {}
    for layer, key_field in (("permissions", "app_ref"), ("completions", "completion_id")):
        rows = run_sql(
            store,
            "SELECT {}, site_ref, tag_method, tag_overlap, tag_review, tag_candidate, tag_locked "
            "FROM {}".format(key_field, layer),
        )
        out.update({(layer, r[0]): tuple(r[1:]) for r in rows})
    return out


def audit(store):
    return run_sql(
        store,
        'SELECT layer, feature_key, old_site_ref, new_site_ref, method, reason, "user", at '
        "FROM tag_audit ORDER BY fid",
    )


def new_audit(store):
    return audit(store)[AUTOMATIC_AUDIT_ROWS:]


# -- the queue -----------------------------------------------------------------------------------------


def test_the_queue_lists_every_review_grouped_by_reason(store):
    queue = review_queue(store)
    assert [(i.layer, i.key, i.site_ref, i.tag_review, i.tag_candidate, i.tag_overlap) for i in queue] == [
        ("permissions", "P2", "SMALL", "multiple_sites", "SITE_A", 1.0),
        ("permissions", "P3", "SITE_A", "multiple_sites", "SITE_B", 1.0),
        ("permissions", "Q2", "SITE_B", "multiple_sites", "SITE_A", 0.6),
        ("permissions", "Q7", "SITE_A", "multiple_sites", "SMALL", 1.0),
        ("permissions", "Q3", None, "partial_overlap", "SITE_B", 0.1),
        ("permissions", "P4", None, "near_boundary", "SITE_B", None),
        ("permissions", "Q4", None, "near_boundary", "SITE_B", None),
        ("permissions", "Q5", None, "near_boundary", "SITE_B", None),
        ("completions", "C2", None, "location_conflict", "SITE_A", None),
        ("completions", "C3", "SITE_A", "location_conflict", "SITE_B", None),
        ("completions", "C7", "FAR", "location_conflict", "SITE_A", None),
        ("permissions", "P6", None, "no_geometry", None, None),
        ("completions", "C6", None, "no_geometry", None, None),
    ]
    assert not any(i.tag_locked for i in queue)
    assert review_counts(store) == {
        "multiple_sites": 4,
        "partial_overlap": 1,
        "near_boundary": 3,
        "location_conflict": 3,
        "no_geometry": 2,
    }
    # The queue holds exactly what automatic tagging put in review.
    assert sum(review_counts(store).values()) == 13


def test_a_fresh_store_has_an_empty_queue(new_store):
    assert review_queue(new_store) == []
    assert set(review_counts(new_store).values()) == {0}


# -- accepting the candidate -----------------------------------------------------------------------------


def test_accepting_the_candidate_of_multiple_sites_retags_to_it(store):
    change = accept_candidate(store, [("permissions", "P2")], "the larger site is the allocation", OFFICER)

    # The point lies in both; the officer picks SITE_A. The overlap was SMALL's: no longer measured.
    assert state(store, "permissions", "P2") == ("SITE_A", "manual", None, None, None, 1)
    rows = new_audit(store)
    assert [r[:7] for r in rows] == [
        ("permissions", "P2", "SMALL", "SITE_A", "manual", "the larger site is the allocation", OFFICER)
    ]
    assert len(rows[0][7]) == 19  # ISO timestamp to the second
    assert [(f.key, f.before.site_ref, f.after.site_ref) for f in change.features] == [
        ("P2", "SMALL", "SITE_A")
    ]
    assert "P2" not in [i.key for i in review_queue(store)]
    assert review_counts(store)["multiple_sites"] == 3


def test_accepting_a_location_conflict_moves_the_completion_to_where_it_lies(store):
    accept_candidate(store, [("completions", "C7")], "built on SITE_A, not on the permission's site", OFFICER)
    assert state(store, "completions", "C7") == ("SITE_A", "manual", None, None, None, 1)
    assert [r[:5] for r in new_audit(store)] == [("completions", "C7", "FAR", "SITE_A", "manual")]


def test_accepting_a_partial_overlap_keeps_the_candidates_overlap(store):
    accept_candidate(store, [("permissions", "Q3")], "the homes are on the allocated part", OFFICER)
    assert state(store, "permissions", "Q3") == ("SITE_B", "manual", 0.1, None, None, 1)


def test_bulk_accept_writes_one_audit_row_per_feature(store, monkeypatch):
    monkeypatch.setattr(review_state, "BATCH", 2)  # the features are read in batches; make it take two
    change = accept_candidate(
        store,
        [("permissions", "P4"), ("permissions", "Q4"), ("permissions", "Q5")],
        "near misses of a digitising error",
        OFFICER,
    )
    assert len(change.features) == 3
    for key in ("P4", "Q4", "Q5"):
        assert state(store, "permissions", key) == ("SITE_B", "manual", None, None, None, 1)
    rows = new_audit(store)
    assert sorted((r[1], r[2], r[3], r[4], r[5], r[6]) for r in rows) == [
        (key, None, "SITE_B", "manual", "near misses of a digitising error", OFFICER)
        for key in ("P4", "Q4", "Q5")
    ]
    assert len({r[7] for r in rows}) == 1  # one decision, one time
    assert review_counts(store)["near_boundary"] == 0


def test_review_items_from_the_queue_can_be_passed_as_they_are(store):
    near = [i for i in review_queue(store) if i.tag_review == "near_boundary"]
    accept_candidate(store, near, "near misses", OFFICER)
    assert review_counts(store)["near_boundary"] == 0


def test_accept_without_a_candidate_changes_nothing_at_all(store):
    before = all_states(store)
    with pytest.raises(ValueError, match="No candidate site to accept for: permissions P6"):
        accept_candidate(store, [("permissions", "P4"), ("permissions", "P6")], "bulk", OFFICER)
    assert all_states(store) == before
    assert new_audit(store) == []


# -- assigning, untagging, confirming, locking --------------------------------------------------------


def test_assigning_a_site_tags_to_it(store):
    change = assign_site(store, [("permissions", "Q3")], "SITE_A", "the access road is on SITE_A", OFFICER)
    assert state(store, "permissions", "Q3") == ("SITE_A", "manual", None, None, None, 1)
    assert [r[:7] for r in new_audit(store)] == [
        ("permissions", "Q3", None, "SITE_A", "manual", "the access road is on SITE_A", OFFICER)
    ]
    assert change.action == "manual" and change.user == OFFICER


def test_assigning_an_unknown_site_is_refused_naming_it(store):
    before = all_states(store)
    with pytest.raises(ValueError, match="no allocation site 'SITE_Z'"):
        assign_site(store, [("permissions", "Q3")], "SITE_Z", "typo", OFFICER)
    assert all_states(store) == before
    assert new_audit(store) == []


def test_an_unknown_feature_is_refused_naming_it(store):
    before = all_states(store)
    with pytest.raises(ValueError, match="permissions NOPE"):
        untag(store, [("permissions", "P2"), ("permissions", "NOPE")], "windfall", OFFICER)
    with pytest.raises(ValueError, match="not a layer that is tagged"):
        untag(store, [("allocations", "SITE_A")], "windfall", OFFICER)
    with pytest.raises(ValueError, match="No features"):
        untag(store, [], "windfall", OFFICER)
    assert all_states(store) == before


def test_untagging_makes_a_windfall(store):
    untag(store, [("permissions", "P2")], "a windfall beside the allocation", OFFICER)
    assert state(store, "permissions", "P2") == (None, "manual", None, None, None, 1)
    assert [r[:6] for r in new_audit(store)] == [
        ("permissions", "P2", "SMALL", None, "manual", "a windfall beside the allocation")
    ]


def test_confirming_keeps_the_tag_and_clears_the_review(store):
    confirm(store, [("permissions", "P3"), ("completions", "C3")], "checked on the plans", OFFICER)
    assert state(store, "permissions", "P3") == ("SITE_A", "spatial", 1.0, None, None, 1)
    assert state(store, "completions", "C3") == ("SITE_A", "reference", None, None, None, 1)
    # Recorded although site_ref did not change, so the trail shows the decision.
    assert [r[:6] for r in new_audit(store)] == [
        ("permissions", "P3", "SITE_A", "SITE_A", "confirm", "checked on the plans"),
        ("completions", "C3", "SITE_A", "SITE_A", "confirm", "checked on the plans"),
    ]


def test_locking_keeps_automatic_runs_off_and_is_audited(store):
    set_locked(store, [("permissions", "P3")], True, "agreed with the developer", OFFICER)
    assert state(store, "permissions", "P3") == ("SITE_A", "spatial", 1.0, "multiple_sites", "SITE_B", 1)
    assert [r[:6] for r in new_audit(store)] == [
        ("permissions", "P3", "SITE_A", "SITE_A", "lock", "agreed with the developer")
    ]
    # Locking it again changes nothing, so writes nothing.
    assert set_locked(store, [("permissions", "P3")], True, "again", OFFICER).features == ()
    assert len(new_audit(store)) == 1

    set_locked(store, [("permissions", "P3")], False, "reopened", OFFICER)
    assert state(store, "permissions", "P3")[5] == 0
    assert new_audit(store)[-1][:6] == ("permissions", "P3", "SITE_A", "SITE_A", "unlock", "reopened")


def test_officer_decisions_are_locked_and_kept_by_automatic_runs(store):
    assign_site(store, [("permissions", "P2")], "SITE_A", "officer's decision", OFFICER)
    confirm(store, [("permissions", "P3")], "checked", OFFICER)
    set_locked(store, [("permissions", "P3")], False, "hand back to automatic tagging", OFFICER)

    counts = tag_store(store, "permissions", user="tagger")

    # Decided, so locked (DOMAIN.md §3 rule 1: a tag set by an officer has tag_locked = 1): kept.
    assert state(store, "permissions", "P2") == ("SITE_A", "manual", None, None, None, 1)
    # Unlocked again by the officer: tested again and back in the queue.
    assert state(store, "permissions", "P3") == ("SITE_A", "spatial", 1.0, "multiple_sites", "SITE_B", 0)
    assert counts.review == 1
    assert isinstance(counts, TagCounts)


def test_manual_actions_may_change_a_locked_tag_and_keep_it_locked(store):
    set_locked(store, [("permissions", "Q2")], True, "keep", OFFICER)
    accept_candidate(store, [("permissions", "Q2")], "the homes are on SITE_A", OFFICER)
    assert state(store, "permissions", "Q2") == ("SITE_A", "manual", None, None, None, 1)


@pytest.mark.parametrize("reason", ["", "   ", None])
def test_every_manual_action_needs_a_reason(store, reason):
    before = all_states(store)
    item = [("permissions", "P2")]
    actions = [
        lambda: accept_candidate(store, item, reason, OFFICER),
        lambda: assign_site(store, item, "SITE_A", reason, OFFICER),
        lambda: untag(store, item, reason, OFFICER),
        lambda: confirm(store, item, reason, OFFICER),
        lambda: set_locked(store, item, True, reason, OFFICER),
    ]
    for action in actions:
        with pytest.raises(ValueError, match="needs a reason"):
            action()
    assert all_states(store) == before
    assert new_audit(store) == []


def test_the_officer_is_the_current_user_by_default(store):
    untag(store, [("permissions", "P4")], "windfall")
    assert new_audit(store)[0][6] == current_user()


def test_a_failed_write_changes_nothing(store):
    refuse_inserts(store, "tag_audit", "disk full")
    before = all_states(store)
    with pytest.raises(DB_ERRORS, match="disk full"):
        accept_candidate(store, [("permissions", "P2"), ("permissions", "P4")], "bulk", OFFICER)
    assert all_states(store) == before


# -- undo and redo --------------------------------------------------------------------------------------


def test_undo_restores_every_field_exactly_and_is_audited(store):
    before = all_states(store)
    items = [("permissions", "P2"), ("permissions", "Q3"), ("completions", "C7")]
    change = accept_candidate(store, items, "bulk accept", OFFICER)
    after = all_states(store)
    assert after != before

    undone = undo(store, change, user=OFFICER)

    assert all_states(store) == before
    rows = new_audit(store)[3:]
    assert sorted((r[1], r[2], r[3], r[4], r[5]) for r in rows) == [
        ("C7", "SITE_A", "FAR", "manual", "undo: bulk accept"),
        ("P2", "SITE_A", "SMALL", "manual", "undo: bulk accept"),
        ("Q3", "SITE_B", None, "manual", "undo: bulk accept"),
    ]
    assert len(undone.features) == 3

    redo(store, change, user=OFFICER)
    assert all_states(store) == after
    assert {(r[4], r[5]) for r in new_audit(store)[6:]} == {("manual", "redo: bulk accept")}


def test_undo_of_a_lock_and_of_a_confirm(store):
    before = all_states(store)
    locked = set_locked(store, [("permissions", "P3")], True, "keep", OFFICER)
    confirmed = confirm(store, [("permissions", "P3")], "checked", OFFICER)
    undo(store, confirmed, "wrong feature", OFFICER)
    undo(store, locked, "wrong feature", OFFICER)
    assert all_states(store) == before
    assert [(r[4], r[5]) for r in new_audit(store)] == [
        ("lock", "keep"),
        ("confirm", "checked"),
        ("manual", "undo: wrong feature"),  # the review put back
        ("unlock", "undo: wrong feature"),  # the lock taken off again: said as it is
    ]


def test_undo_is_refused_when_the_feature_changed_since(store):
    change = accept_candidate(store, [("permissions", "P2")], "larger site", OFFICER)
    assign_site(store, [("permissions", "P2")], "SITE_B", "second thoughts", OFFICER)
    before = all_states(store)
    with pytest.raises(StaleChangeError, match="permissions P2"):
        undo(store, change, user=OFFICER)
    assert all_states(store) == before
    assert len(new_audit(store)) == 2


# -- the trail -------------------------------------------------------------------------------------------


def test_history_is_the_features_trail_oldest_first(store):
    accept_candidate(store, [("permissions", "P2")], "larger site", OFFICER)  # decided: locked
    unlocked = set_locked(store, [("permissions", "P2")], False, "reopen", OFFICER)
    undo(store, unlocked, "mistake", OFFICER)

    trail = history(store, "permissions", "P2")

    assert [(h["old_site_ref"], h["new_site_ref"], h["method"], h["reason"], h["user"]) for h in trail] == [
        (None, "SMALL", "spatial", "automatic: lies in the allocation", "tagger"),
        ("SMALL", "SITE_A", "manual", "larger site", OFFICER),
        ("SITE_A", "SITE_A", "unlock", "reopen", OFFICER),
        # The undo of the unlock locked the tag again: the trail says so.
        ("SITE_A", "SITE_A", "lock", "undo: mistake", OFFICER),
    ]
    assert set(trail[0]) == set(AUDIT_FIELDS)
    assert history(store, "completions", "P2") == []


def test_geometries_to_show(store):
    geometry, crs = review.feature_geometry(store, "permissions", "Q8")
    assert crs.authid() == "EPSG:27700"
    assert geometry.area() == pytest.approx(2000)  # the two boundary parts, not the point
    point, _ = review.feature_geometry(store, "permissions", "P2")
    assert point.asPoint().x() == 30
    assert review.feature_geometry(store, "permissions", "P6") == (None, None)
    site, _ = review.site_geometry(store, "SITE_B")
    assert site.boundingBox().xMinimum() == 100
    assert review.site_geometry(store, "SITE_Z") == (None, None)


# -- what a decision will change, said before it is made (issue 14, item 7) ------------------------------


def test_a_decision_says_what_it_will_change_and_writes_nothing(store):
    before = all_states(store)
    audit_rows = len(new_audit(store))

    # P1 (SITE_A, not queued) carries C1, C3, C4 (SITE_A) and the locked C8.
    assert describe_decision(store, [("permissions", "P1")], ASSIGN, "SITE_B") == [
        "Assigning moves permission P1 from SITE_A to SITE_B.",
        "At the next Tag store, 3 completions of P1 follow it from SITE_A to SITE_B.",
        "1 completion of P1 is locked: it stays where it is.",
        "The review is cleared and the tag locked: automatic tagging will leave it alone. "
        "Recorded in the tag audit with your reason; Undo puts it back.",
    ]
    lines = describe_decision(store, [("permissions", "Q2"), ("permissions", "P2")], ACCEPT)
    assert lines[:3] == [  # in the order the officer chose them
        "Accepting the candidate moves permission Q2 from SITE_B to SITE_A.",
        "Accepting the candidate moves permission P2 from SMALL to SITE_A.",
        "At the next Tag store, 1 completion of Q2 follows it from SITE_B to SITE_A.",
    ]
    assert describe_decision(store, [("completions", "C5")], UNTAG)[0] == (
        "Untagging moves completion C5 from SITE_B to no site."
    )
    assert describe_decision(store, [("permissions", "P3")], LOCK) == [
        "The tag is locked: automatic tagging will leave 1 feature alone."
    ]
    assert all_states(store) == before and len(new_audit(store)) == audit_rows


def test_any_feature_can_be_decided_on_as_a_review_item(store):
    item = review.feature_item(store, "permissions", "P1")
    assert (item.key, item.site_ref, item.tag_review, item.tag_locked) == ("P1", "SITE_A", "", False)
    assign_site(store, [item], "SITE_B", "seen on site", OFFICER)
    assert state(store, "permissions", "P1")[:2] == ("SITE_B", "manual")
    assert state(store, "permissions", "P1")[5] == 1
    # The item as it was seen is stale now: a second decision on it is refused, nothing written.
    with pytest.raises(Exception, match="changed by someone else"):
        untag(store, [item], "again", OFFICER)
    assert state(store, "permissions", "P1")[0] == "SITE_B"
