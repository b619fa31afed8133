"""The review queue and the officer's manual tagging decisions (DOMAIN.md §3, rule 8), on the store.

The queue is every permission and completion with a ``tag_review``. The manual actions work on a list
of (layer, key) items, need a reason, and write the tag fields and the ``tag_audit`` rows in one
transaction: all items change, or none does.

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

Manual actions apply to locked features too: the lock keeps automatic runs off, not the officer.

Each action returns a ``Change`` with every changed feature's tag fields before and after, which
``undo`` restores (and ``redo`` re-applies), refusing when the feature has been changed since.
"""

import datetime
from typing import Any, Dict, Iterable, List, NamedTuple, Optional, Sequence, Tuple

from qgis.core import QgsExpression, QgsFeatureRequest, QgsGeometry

from . import schema
from .formatting import format_number, plural
from .sql import quote_identifier
from .store import StaleEditError, Store
from .tagging import AUDIT_FIELDS, KEYS, current_user
from .tagging_rules import (
    LOCATION_CONFLICT,
    MANUAL,
    MULTIPLE_SITES,
    NEAR_BOUNDARY,
    NO_GEOMETRY,
    PARTIAL_OVERLAP,
)
from .translation import tr
from .values import plain_value

# Audit methods of the decisions that do not change site_ref, so the trail shows them too.
CONFIRM = "confirm"
LOCK = "lock"
UNLOCK = "unlock"

# Queue order: the doubtful tags first, the features with nothing to go on last.
REASONS = [MULTIPLE_SITES, PARTIAL_OVERLAP, NEAR_BOUNDARY, LOCATION_CONFLICT, NO_GEOMETRY]
LAYERS = [schema.PERMISSIONS, schema.COMPLETIONS]
BATCH = 500
STATE_FIELDS = ["site_ref", "tag_method", "tag_overlap", "tag_review", "tag_candidate", "tag_locked"]


def reason_labels() -> Dict[str, str]:
    """What each review reason is called in the interface, translated."""
    return {
        MULTIPLE_SITES: tr("Multiple sites"),
        PARTIAL_OVERLAP: tr("Partial overlap"),
        NEAR_BOUNDARY: tr("Near boundary"),
        LOCATION_CONFLICT: tr("Location conflict"),
        NO_GEOMETRY: tr("No geometry"),
    }


class ReviewItem(NamedTuple):
    """One feature in the review queue."""

    layer: str
    fid: int
    key: str
    site_ref: Optional[str]
    tag_review: str
    tag_candidate: Optional[str]
    tag_overlap: Optional[float]
    tag_locked: bool


class TagState(NamedTuple):
    """A feature's tag fields, exactly as stored (NULL as None)."""

    site_ref: Optional[str]
    tag_method: Optional[str]
    tag_overlap: Optional[float]
    tag_review: Optional[str]
    tag_candidate: Optional[str]
    tag_locked: int


class FeatureChange(NamedTuple):
    layer: str
    fid: int
    key: str
    before: TagState
    after: TagState


class Change(NamedTuple):
    """What one manual action changed: enough to undo it exactly."""

    action: str  # the audit method: manual, confirm, lock or unlock
    reason: str
    user: str
    at: str
    features: Tuple[FeatureChange, ...]


class StaleChangeError(ValueError):
    """A feature was changed after the change to undo or redo; nothing was written."""


# -- the queue -----------------------------------------------------------------------------------


def _key_of(feature, name: str) -> str:
    # The same fallback as tagging: a feature without its key is known by its fid.
    return str(plain_value(feature[KEYS[name]]) or feature.id())


def feature_key(feature, name: str) -> str:
    """The key a permission or completion is known by in the queue and the audit (its app_ref or
    completion_id; its fid when it has none)."""
    return _key_of(feature, name)


def review_queue(store: Store) -> List[ReviewItem]:
    """Permissions and completions with a review reason, by reason (REASONS order), layer and key."""
    items = []
    for name in LAYERS:
        layer = store.layer(name)
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
        request.setSubsetOfAttributes([KEYS[name]] + STATE_FIELDS, layer.fields())
        request.setFilterExpression('"tag_review" IS NOT NULL')
        for feature in layer.getFeatures(request):
            review = plain_value(feature["tag_review"])
            if not review:
                continue
            overlap = plain_value(feature["tag_overlap"])
            items.append(
                ReviewItem(
                    name,
                    feature.id(),
                    _key_of(feature, name),
                    plain_value(feature["site_ref"]) or None,
                    str(review),
                    plain_value(feature["tag_candidate"]) or None,
                    None if overlap is None else float(overlap),
                    bool(plain_value(feature["tag_locked"]) or 0),
                )
            )

    def order(item: ReviewItem):
        rank = REASONS.index(item.tag_review) if item.tag_review in REASONS else len(REASONS)
        return (rank, item.tag_review, LAYERS.index(item.layer), _natural(item.key), item.fid)

    return sorted(items, key=order)


def _natural(text: str) -> Tuple:
    """A sort key that puts P2 before P10."""
    parts: List[Any] = []
    number = ""
    word = ""
    for char in text:
        if char.isdigit():
            if word:
                parts.append((1, word))
                word = ""
            number += char
        else:
            if number:
                parts.append((0, int(number)))
                number = ""
            word += char
    if number:
        parts.append((0, int(number)))
    if word:
        parts.append((1, word))
    return tuple(parts)


def feature_item(store: Store, layer: str, key: str) -> ReviewItem:
    """Any permission or completion as a ReviewItem, queued or not: what the officer sees when deciding
    about it from the map (its tag as stored now; a change by someone else before OK is refused)."""
    with store.transaction() as con:
        states = _read_states(con, _normalise([(layer, key)]))
    name, fid, key, state = states[0]
    return ReviewItem(
        name,
        fid,
        key,
        state.site_ref or None,
        state.tag_review or "",
        state.tag_candidate or None,
        None if state.tag_overlap is None else float(state.tag_overlap),
        bool(state.tag_locked or 0),
    )


DETAIL_FIELDS = {
    schema.PERMISSIONS: ["address", "proposal", "net_units", "permission_type", "decision_date"],
    schema.COMPLETIONS: ["address", "units", "completion_date", "app_ref"],
}


def feature_details(store: Store, layer: str, key: str, fid: Optional[int] = None) -> Dict[str, Any]:
    """What the officer needs to recognise a feature under review: address, proposal, units, dates
    (plain values; absent fields left out) and whether it has a location."""
    source = store.layer(layer)
    fields = [f for f in DETAIL_FIELDS.get(layer, []) if source.fields().indexFromName(f) >= 0]
    if fid is not None:
        feature = source.getFeature(fid)
        features = [feature] if feature.isValid() else []
    else:
        request = QgsFeatureRequest().setFilterExpression(
            QgsExpression.createFieldEqualityExpression(KEYS[layer], str(key))
        )
        features = list(source.getFeatures(request))
    if not features:
        return {}
    feature = features[0]
    details = {name: plain_value(feature[name]) for name in fields}
    details["has_geometry"] = feature.hasGeometry() and not feature.geometry().isEmpty()
    return details


def allocation_sites(store: Store) -> List[Tuple[str, str]]:
    """(site_ref, site_name) of every allocation, in natural order of site_ref: the sites a feature can
    be retagged to."""
    layer = store.layer(schema.ALLOCATIONS)
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes(["site_ref", "site_name"], layer.fields())
    sites = {}
    for feature in layer.getFeatures(request):
        ref = plain_value(feature["site_ref"])
        if ref:
            sites[str(ref)] = str(plain_value(feature["site_name"]) or "")
    return sorted(sites.items(), key=lambda item: _natural(item[0]))


# -- what a decision will change, said before it is made -------------------------------------------

ACCEPT = "accept"
ASSIGN = "assign"
UNTAG = "untag"
MAX_LISTED = 5


def describe_decision(store: Store, items, action: str, site_ref: Optional[str] = None) -> List[str]:
    """What a decision will change, in plain sentences, read from the store before it is made.

    ``action``: ACCEPT (each feature to its candidate), ASSIGN (to ``site_ref``), UNTAG, CONFIRM, LOCK or
    UNLOCK. Says which features change site (from → to), which completions will follow a retagged
    permission at the next Tag store, and what becomes of the review and the lock. Nothing is written.
    """
    pairs = _normalise(items)
    with store.transaction() as con:
        states = _read_states(con, pairs)
        followers = _following_completions(
            con, [key for name, _f, key, _s in states if name == schema.PERMISSIONS]
        )
    labels = {schema.PERMISSIONS: tr("permission"), schema.COMPLETIONS: tr("completion")}
    none = tr("no site")
    lines: List[str] = []
    moves = []
    unchanged = 0
    for name, _fid, key, before in states:
        if action == ACCEPT:
            after = before.tag_candidate
        elif action == ASSIGN:
            after = (site_ref or "").strip() or None
        elif action == UNTAG:
            after = None
        else:
            after = before.site_ref
        if action in (ACCEPT, ASSIGN, UNTAG) and (before.site_ref or None) != (after or None):
            moves.append((name, key, before.site_ref or None, after or None))
        else:
            unchanged += 1
    verbs = {
        ACCEPT: tr("Accepting the candidate"),
        ASSIGN: tr("Assigning"),
        UNTAG: tr("Untagging"),
        CONFIRM: tr("Confirming"),
        LOCK: tr("Locking"),
        UNLOCK: tr("Unlocking"),
    }
    verb = verbs.get(action, action)
    for name, key, old, new in moves[:MAX_LISTED]:
        lines.append(
            tr("{verb} moves {layer} {key} from {old} to {new}.").format(
                verb=verb, layer=labels[name], key=key, old=old or none, new=new or none
            )
        )
    if len(moves) > MAX_LISTED:
        lines.append(tr("…and {} more features change site.").format(_count(len(moves) - MAX_LISTED)))
    if action in (ACCEPT, ASSIGN, UNTAG) and unchanged:
        lines.append(
            tr("{} are already on that site: their tags are kept.").format(_features(unchanged))
            if unchanged > 1
            else tr("1 feature is already on that site: its tag is kept.")
        )
    if action in (ACCEPT, ASSIGN, UNTAG):
        for name, key, _old, new in moves:
            if name != schema.PERMISSIONS:
                continue
            for site, count in sorted(followers.get(key, {}).items(), key=lambda kv: str(kv[0] or "")):
                if site is LOCKED_KEY or (site or None) == (new or None):
                    continue
                lines.append(
                    plural(
                        count,
                        tr("At the next Tag store, {} completion of {key} follows it from {old} to {new}."),
                        tr("At the next Tag store, {} completions of {key} follow it from {old} to {new}."),
                        key=key,
                        old=site or none,
                        new=new or none,
                    )
                )
            locked = followers.get(key, {}).get(LOCKED_KEY)
            if locked:
                lines.append(
                    plural(
                        locked,
                        tr("{} completion of {key} is locked: it stays where it is."),
                        tr("{} completions of {key} are locked: they stay where they are."),
                        key=key,
                    )
                )
    if action in (ACCEPT, ASSIGN, UNTAG, CONFIRM):
        lines.append(
            tr(
                "The review is cleared and the tag locked: automatic tagging will leave it alone. "
                "Recorded in the tag audit with your reason; Undo puts it back."
            )
        )
    elif action == LOCK:
        lines.append(
            tr("The tag is locked: automatic tagging will leave {} alone.").format(_features(len(states)))
        )
    elif action == UNLOCK:
        lines.append(
            tr("Unlocked, {} will be tagged again by the next Tag store.").format(_features(len(states)))
        )
    return lines


LOCKED_KEY = object()  # the count of a permission's locked completions, among its followers' sites


def _following_completions(con, app_refs: List[str]) -> Dict[str, Dict[Any, int]]:
    """{app_ref: {site_ref now: completions that will follow the permission, LOCKED_KEY: locked ones}}."""
    found: Dict[str, Dict[Any, int]] = {}
    keys = sorted(set(app_refs))
    for start in range(0, len(keys), BATCH):
        chunk = keys[start : start + BATCH]
        rows = con.execute(
            "SELECT app_ref, site_ref, COALESCE(tag_locked, 0), COUNT(*) FROM {} WHERE app_ref IN ({}) "
            "GROUP BY app_ref, site_ref, COALESCE(tag_locked, 0)".format(
                quote_identifier(schema.COMPLETIONS), ", ".join("?" for _ in chunk)
            ),
            chunk,
        ).fetchall()
        for app_ref, site, locked, count in rows:
            entry = found.setdefault(str(app_ref), {})
            slot = LOCKED_KEY if locked else (site or None)
            entry[slot] = entry.get(slot, 0) + int(count)
    return found


def _count(number: int) -> str:
    return format_number(number)


def _features(number: int) -> str:
    return plural(number, tr("{} feature"), tr("{} features"))


def review_counts(store: Store, queue: Optional[List[ReviewItem]] = None) -> Dict[str, int]:
    """Features to review per reason, permissions and completions together; every reason present."""
    counts = {reason: 0 for reason in REASONS}
    for item in review_queue(store) if queue is None else queue:
        counts[item.tag_review] = counts.get(item.tag_review, 0) + 1
    return counts


# -- the manual actions ----------------------------------------------------------------------------


def _now() -> str:
    return datetime.datetime.now().replace(microsecond=0).isoformat()


def _required_reason(reason: Optional[str]) -> str:
    text = (reason or "").strip()
    if not text:
        raise ValueError(
            tr("A manual change of a tag needs a reason (DOMAIN.md §3, rule 8); nothing was changed.")
        )
    return text


def _normalise(items: Iterable[Any]) -> List[Tuple[str, str]]:
    """(layer, key) pairs, in order, without repeats; ReviewItems are accepted too."""
    out: List[Tuple[str, str]] = []
    for item in items:
        if hasattr(item, "layer") and hasattr(item, "key"):
            pair = (item.layer, str(item.key))
        else:
            layer, key = item
            pair = (layer, str(key))
        if pair[0] not in KEYS:
            raise ValueError(
                tr("'{}' is not a layer that is tagged; use permissions or completions.").format(pair[0])
            )
        if pair not in out:
            out.append(pair)
    if not out:
        raise ValueError(tr("No features were given; nothing was changed."))
    return out


def _state(row: Sequence[Any]) -> TagState:
    # As stored, NULLs included, so that undo puts back exactly what was there.
    return TagState(*row)


def _select_state(con, name: str, where: str, args: Sequence[Any]) -> List[Tuple[int, str, TagState]]:
    columns = ", ".join(quote_identifier(f) for f in ["fid", KEYS[name]] + STATE_FIELDS)
    rows = con.execute(
        "SELECT {} FROM {} WHERE {} ORDER BY fid{}".format(
            columns, quote_identifier(name), where, con.lock_rows()
        ),
        args,
    ).fetchall()
    return [(row[0], str(row[1] if row[1] not in (None, "") else row[0]), _state(row[2:])) for row in rows]


def _read_states(con, pairs: List[Tuple[str, str]]) -> List[Tuple[str, int, str, TagState]]:
    """The stored tag fields of the items' features (every feature with the key); unknown keys fail."""
    by_key: Dict[Tuple[str, str], List[Tuple[int, TagState]]] = {}
    for name in {name for name, _key in pairs}:
        keys = sorted({key for layer, key in pairs if layer == name})
        column = quote_identifier(KEYS[name])
        for start in range(0, len(keys), BATCH):  # SQLite limits the number of parameters
            chunk = keys[start : start + BATCH]
            where = "{} IN ({})".format(column, ", ".join("?" for _ in chunk))
            for fid, key, state in _select_state(con, name, where, chunk):
                by_key.setdefault((name, key), []).append((fid, state))
    found = []
    missing = []
    for name, key in pairs:
        rows = by_key.get((name, key), [])
        if not rows and key.isdigit():
            # A feature without its key is listed by its fid.
            where = "fid = ? AND ({0} IS NULL OR {0} = '')".format(quote_identifier(KEYS[name]))
            rows = [(fid, state) for fid, _key, state in _select_state(con, name, where, (int(key),))]
        if not rows:
            missing.append("{} {}".format(name, key))
        found.extend((name, fid, key, state) for fid, state in rows)
    if missing:
        raise ValueError(tr("Not found in the store: {}; nothing was changed.").format(", ".join(missing)))
    return found


def _loaded(items) -> Dict[Tuple[str, str], "ReviewItem"]:
    """The ReviewItems among the items, by (layer, key): what the officer saw when deciding."""
    return {(i.layer, str(i.key)): i for i in items if isinstance(i, ReviewItem)}


def _check_not_stale(states, loaded: Dict[Tuple[str, str], "ReviewItem"]) -> None:
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


def _write(con, features: List[FeatureChange], method_of, reason: str, user: str, at: str) -> None:
    by_layer: Dict[str, List[FeatureChange]] = {}
    for feature in features:
        by_layer.setdefault(feature.layer, []).append(feature)
    for name, changes in by_layer.items():
        Store.update_rows(con, name, STATE_FIELDS, [tuple(c.after) + (c.fid,) for c in changes])
    audit = [
        (c.layer, c.key, c.before.site_ref, c.after.site_ref, method_of(c), reason, user, at)
        for c in features
    ]
    Store.insert_rows(con, schema.TAG_AUDIT, AUDIT_FIELDS, audit)


def _apply(store: Store, items, reason, user, action: str, decide, check=None) -> Change:
    """Read the items' features, decide their new tag fields, write the changed ones with audit rows.

    ``decide(before) -> after``; ``check(con, states)`` validates inside the transaction before
    anything is written. Items that are ReviewItems (from ``review_queue``) carry the tag the officer
    saw: a feature changed since by someone else is refused (StaleEditError), never overwritten.
    Features whose fields would not change are left out (no write, no audit row).
    """
    reason = _required_reason(reason)
    items = list(items)
    pairs = _normalise(items)
    loaded = _loaded(items)
    user = user or current_user()
    at = _now()
    with store.transaction() as con:
        states = _read_states(con, pairs)  # locked until the transaction ends
        _check_not_stale(states, loaded)
        if check is not None:
            check(con, states)
        changes = []
        for name, fid, key, before in states:
            after = decide(before)
            if after != before:
                changes.append(FeatureChange(name, fid, key, before, after))
        if changes:
            _write(con, changes, lambda _c: action, reason, user, at)
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


def _restore(
    store: Store, change: Change, to_before: bool, reason: str, user: Optional[str], method
) -> Change:
    user = user or current_user()
    at = _now()
    stale = []
    restored = []
    with store.transaction() as con:
        for feature in change.features:
            rows = _select_state(con, feature.layer, "fid = ?", (feature.fid,))
            expected = feature.after if to_before else feature.before
            if not rows or rows[0][2] != expected:
                stale.append("{} {}".format(feature.layer, feature.key))
                continue
            target = feature.before if to_before else feature.after
            restored.append(FeatureChange(feature.layer, feature.fid, feature.key, expected, target))
        if stale:
            raise StaleChangeError(
                tr("Changed since, so not restored: {}; nothing was changed.").format(", ".join(stale))
            )
        if restored:
            _write(con, restored, method, reason, user, at)
    return Change(MANUAL if to_before else change.action, reason, user, at, tuple(restored))


def _method_of_restore(feature: FeatureChange) -> str:
    """The audit method of what an undo did to a feature: a change of site is manual; putting back only
    the lock is a lock or an unlock (so the trail says what happened, not "manual" for a re-lock)."""
    before, after = feature.before, feature.after
    if (before.site_ref or None) != (after.site_ref or None):
        return MANUAL
    if bool(before.tag_locked or 0) != bool(after.tag_locked or 0):
        return LOCK if after.tag_locked else UNLOCK
    return MANUAL


def undo(store: Store, change: Change, reason: Optional[str] = None, user: Optional[str] = None) -> Change:
    """Put back the tag fields ``change`` replaced (audited as method manual, reason "undo: …").

    Refused (StaleChangeError, nothing written) when a feature no longer holds what ``change`` wrote.
    """
    text = tr("undo: {}").format((reason or "").strip() or change.reason)
    return _restore(store, change, True, text, user, _method_of_restore)


def redo(store: Store, change: Change, reason: Optional[str] = None, user: Optional[str] = None) -> Change:
    """Apply ``change`` again after an undo (audited with its own method, reason "redo: …")."""
    text = tr("redo: {}").format((reason or "").strip() or change.reason)
    return _restore(store, change, False, text, user, lambda _c: change.action)


# -- the trail and the geometries to show ------------------------------------------------------------


def history(store: Store, layer: str, key: str) -> List[Dict[str, Any]]:
    """The ``tag_audit`` rows of one feature, oldest first."""
    audit = store.layer(schema.TAG_AUDIT)
    request = QgsFeatureRequest()
    request.setFilterExpression("{} AND {}".format(_equals("layer", layer), _equals("feature_key", str(key))))
    rows = []
    for feature in audit.getFeatures(request):
        row = {name: plain_value(feature[name]) for name in AUDIT_FIELDS}
        rows.append((str(row["at"] or ""), feature.id(), row))
    return [row for _at, _fid, row in sorted(rows, key=lambda r: (r[0], r[1]))]


def _equals(field: str, value: Any) -> str:
    """``"field" = 'value'`` quoted by QGIS itself: a key holding a quote or a backslash
    (``20\\00577``) is matched as written, never read as an escape or the end of the string."""
    return QgsExpression.createFieldEqualityExpression(field, value)


def feature_geometry(store: Store, layer: str, key: str, fid: Optional[int] = None):
    """(geometry, crs) the feature is tagged by: a permission's red-line boundary when it has one, else
    its point; (None, None) when it has neither."""
    if layer == schema.PERMISSIONS:
        boundaries = store.layer(schema.PERMISSION_BOUNDARIES)
        request = QgsFeatureRequest().setFilterExpression(_equals("app_ref", str(key)))
        parts = [QgsGeometry(f.geometry()) for f in boundaries.getFeatures(request) if f.hasGeometry()]
        parts = [g for g in parts if not g.isEmpty()]
        if parts:
            geometry = parts[0] if len(parts) == 1 else QgsGeometry.collectGeometry(parts)
            return geometry, boundaries.crs()
    source = store.layer(layer)
    if fid is not None:
        feature = source.getFeature(fid)
        features = [feature] if feature.isValid() else []
    else:
        request = QgsFeatureRequest().setFilterExpression(_equals(KEYS[layer], str(key)))
        features = list(source.getFeatures(request))
    for feature in features:
        if feature.hasGeometry() and not feature.geometry().isEmpty():
            return QgsGeometry(feature.geometry()), source.crs()
    return None, None


def site_geometry(store: Store, site_ref: Optional[str]):
    """(geometry, crs) of an allocation site; (None, None) when it is not in the store."""
    if not site_ref:
        return None, None
    sites = store.layer(schema.ALLOCATIONS)
    request = QgsFeatureRequest().setFilterExpression(_equals("site_ref", site_ref))
    for feature in sites.getFeatures(request):
        if feature.hasGeometry() and not feature.geometry().isEmpty():
            return QgsGeometry(feature.geometry()), sites.crs()
    return None, None
