"""The officer's manual tagging decisions on the store (DOMAIN.md §3, rule 8).

The decisions work on a list of (layer, key) items, need a reason, and write the tag fields and the
``tag_audit`` rows in one transaction: all items change, or none does.

- ``accept_candidate``: the tag becomes the candidate site (for ``multiple_sites`` and
  ``location_conflict`` that retags the feature to the candidate); the review is cleared.
- ``assign_site``: the tag becomes a site the officer chose (it must exist in the allocations).
- ``untag``: no site; the review is cleared.
- ``confirm``: "accept as is" — the tag is kept, the review is cleared.
- ``set_locked``: lock or unlock; nothing else changes.

Accept, assign and untag set ``tag_method`` = ``manual``. Every decision (accept, assign, untag,
confirm) locks the tag: DOMAIN.md rule 1 calls a tag set by an officer one with ``tag_locked`` = 1, and
an automatic run must not undo the officer's work or refill the queue they cleared. ``set_locked``
unlocks a feature to hand it back to automatic tagging.

Manual actions apply to locked features too: the lock keeps automatic runs off, not the officer. Items
given as ReviewItems carry the tag the officer saw: a feature someone else changed since is refused
(StaleEditError), never overwritten.

Each action returns a ``Change`` with every changed feature's tag fields before and after, which
``review_history.undo`` restores.
"""

from typing import Dict, Optional, Tuple

from . import schema
from .review import ReviewItem
from .review_state import Change, FeatureChange, TagState, normalise, now, read_states, write_changes
from .sql import quote_identifier
from .store import Store
from .store_base import StaleEditError
from .tagging import current_user
from .tagging_rules import MANUAL, PARTIAL_OVERLAP
from .translation import tr

# Audit methods of the decisions that do not change site_ref, so the trail shows them too.
CONFIRM = "confirm"
LOCK = "lock"
UNLOCK = "unlock"


def _required_reason(reason: Optional[str]) -> str:
    text = (reason or "").strip()
    if not text:
        raise ValueError(
            tr("A manual change of a tag needs a reason (DOMAIN.md §3, rule 8); nothing was changed.")
        )
    return text


def _loaded(items) -> Dict[Tuple[str, str], ReviewItem]:
    """The ReviewItems among the items, by (layer, key): what the officer saw when deciding."""
    return {(i.layer, str(i.key)): i for i in items if isinstance(i, ReviewItem)}


def _check_not_stale(states, loaded: Dict[Tuple[str, str], ReviewItem]) -> None:
    """Refuse (StaleEditError, nothing written) when a feature's stored tag is no longer the one the
    officer loaded: someone else changed it since (optimistic concurrency)."""
    stale = []
    for name, _fid, key, state in states:
        item = loaded.get((name, key))
        if item is None:
            continue
        overlap = None if state.tag_overlap is None else round(float(state.tag_overlap), 6)
        seen = None if item.tag_overlap is None else round(float(item.tag_overlap), 6)
        if (
            (state.site_ref or None) != item.site_ref
            or (state.tag_review or "") != (item.tag_review or "")
            or (state.tag_candidate or None) != item.tag_candidate
            or overlap != seen
            or bool(state.tag_locked or 0) != bool(item.tag_locked)
        ):
            stale.append("{} {}".format(name, key))
    if stale:
        raise StaleEditError(
            tr(
                "{} changed by someone else since you loaded it; reload the review queue. "
                "Nothing was changed."
            ).format(", ".join(stale))
        )


def _overlap_for(before: TagState, site_ref: Optional[str]) -> Optional[float]:
    """The stored overlap where it still describes the new site, else None (not measured)."""
    if site_ref is None:
        return None
    if site_ref == before.site_ref:
        return before.tag_overlap
    if before.tag_review == PARTIAL_OVERLAP and site_ref == before.tag_candidate:
        return before.tag_overlap  # a partial overlap stores the candidate's fraction
    return None


def _apply(store: Store, items, reason, user, action: str, decide, check=None) -> Change:
    """Read the items' features, decide their new tag fields, write the changed ones with audit rows.

    ``decide(before) -> after``; ``check(con, states)`` validates inside the transaction before
    anything is written. Items that are ReviewItems (from ``review_queue``) carry the tag the officer
    saw: a feature changed since by someone else is refused (StaleEditError), never overwritten.
    Features whose fields would not change are left out (no write, no audit row).
    """
    reason = _required_reason(reason)
    items = list(items)
    pairs = normalise(items)
    loaded = _loaded(items)
    user = user or current_user()
    at = now()
    with store.transaction() as con:
        states = read_states(con, pairs)  # locked until the transaction ends
        _check_not_stale(states, loaded)
        if check is not None:
            check(con, states)
        changes = []
        for name, fid, key, before in states:
            after = decide(before)
            if after != before:
                changes.append(FeatureChange(name, fid, key, before, after))
        if changes:
            write_changes(con, changes, lambda _c: action, reason, user, at)
    return Change(action, reason, user, at, tuple(changes))


def accept_candidate(store: Store, items, reason: str, user: Optional[str] = None) -> Change:
    """Tag each feature to its candidate site and clear its review (``tag_method`` = manual).

    Every feature must have a candidate; otherwise nothing is written and ValueError names those
    without one.
    """

    def check(_con, states) -> None:
        without = ["{} {}".format(name, key) for name, _fid, key, state in states if not state.tag_candidate]
        if without:
            raise ValueError(
                tr("No candidate site to accept for: {}; nothing was changed.").format(", ".join(without))
            )

    def decide(before: TagState) -> TagState:
        site = before.tag_candidate
        return TagState(site, MANUAL, _overlap_for(before, site), None, None, 1)

    return _apply(store, items, reason, user, MANUAL, decide, check)


def assign_site(store: Store, items, site_ref: str, reason: str, user: Optional[str] = None) -> Change:
    """Tag each feature to ``site_ref`` (an allocation of the store) and clear its review."""
    site_ref = (site_ref or "").strip()

    def check(con, _states) -> None:
        known = con.execute(
            "SELECT 1 FROM {} WHERE site_ref = ? LIMIT 1".format(quote_identifier(schema.ALLOCATIONS)),
            (site_ref,),
        ).fetchone()
        if not site_ref or known is None:
            raise ValueError(
                tr("There is no allocation site '{}' in the store; nothing was changed.").format(site_ref)
            )

    def decide(before: TagState) -> TagState:
        return TagState(site_ref, MANUAL, _overlap_for(before, site_ref), None, None, 1)

    return _apply(store, items, reason, user, MANUAL, decide, check)


def untag(store: Store, items, reason: str, user: Optional[str] = None) -> Change:
    """Tag each feature to no site (a windfall, for instance) and clear its review."""

    def decide(before: TagState) -> TagState:
        return TagState(None, MANUAL, None, None, None, 1)

    return _apply(store, items, reason, user, MANUAL, decide)


def confirm(store: Store, items, reason: str, user: Optional[str] = None) -> Change:
    """Accept each feature's tag as it is: the review and the candidate are cleared, the tag locked."""

    def decide(before: TagState) -> TagState:
        return before._replace(tag_review=None, tag_candidate=None, tag_locked=1)

    return _apply(store, items, reason, user, CONFIRM, decide)


def set_locked(store: Store, items, locked: bool, reason: str, user: Optional[str] = None) -> Change:
    """Lock (automatic runs leave the tag alone) or unlock each feature; nothing else changes."""
    value = 1 if locked else 0

    def decide(before: TagState) -> TagState:
        if bool(before.tag_locked) == bool(locked):
            return before
        return before._replace(tag_locked=value)

    return _apply(store, items, reason, user, LOCK if locked else UNLOCK, decide)
