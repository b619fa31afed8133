"""A feature's tag fields as the review decisions read and write them (DOMAIN.md §3, rule 8).

The manual decisions (``review_decisions``), their undo and redo (``review_history``) and the preview of
what a decision will change (``review_effects``) all read the same fields of the same features inside
one transaction, and write them with their ``tag_audit`` rows: that shared part is here, with the
record of what one decision changed (``Change``).
"""

import datetime
from typing import Any, Dict, Iterable, List, NamedTuple, Optional, Sequence, Tuple

from . import schema
from .sql import quote_identifier
from .tagging import AUDIT_FIELDS, KEYS
from .translation import tr

BATCH = 500  # keys a query at the most: SQLite limits the number of parameters
STATE_FIELDS = ["site_ref", "tag_method", "tag_overlap", "tag_review", "tag_candidate", "tag_locked"]


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


def now() -> str:
    """The time a decision is recorded at, to the second."""
    return datetime.datetime.now().replace(microsecond=0).isoformat()


def normalise(items: Iterable[Any]) -> List[Tuple[str, str]]:
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


def select_states(con, name: str, where: str, args: Sequence[Any]) -> List[Tuple[int, str, TagState]]:
    """(fid, key, TagState) of the features of layer ``name`` matching ``where``, locked for the
    transaction; as stored, NULLs included, so that an undo puts back exactly what was there."""
    columns = ", ".join(quote_identifier(f) for f in ["fid", KEYS[name]] + STATE_FIELDS)
    rows = con.execute(
        "SELECT {} FROM {} WHERE {} ORDER BY fid{}".format(
            columns, quote_identifier(name), where, con.lock_rows()
        ),
        args,
    ).fetchall()
    return [(row[0], str(row[1] if row[1] not in (None, "") else row[0]), TagState(*row[2:])) for row in rows]


def read_states(con, pairs: List[Tuple[str, str]]) -> List[Tuple[str, int, str, TagState]]:
    """The stored tag fields of the items' features (every feature with the key); unknown keys fail."""
    by_key: Dict[Tuple[str, str], List[Tuple[int, TagState]]] = {}
    for name in {name for name, _key in pairs}:
        keys = sorted({key for layer, key in pairs if layer == name})
        column = quote_identifier(KEYS[name])
        for start in range(0, len(keys), BATCH):
            chunk = keys[start : start + BATCH]
            where = "{} IN ({})".format(column, ", ".join("?" for _ in chunk))
            for fid, key, state in select_states(con, name, where, chunk):
                by_key.setdefault((name, key), []).append((fid, state))
    found = []
    missing = []
    for name, key in pairs:
        rows = by_key.get((name, key), [])
        if not rows and key.isdigit():
            # A feature without its key is listed by its fid.
            where = "fid = ? AND ({0} IS NULL OR {0} = '')".format(quote_identifier(KEYS[name]))
            rows = [(fid, state) for fid, _key, state in select_states(con, name, where, (int(key),))]
        if not rows:
            missing.append("{} {}".format(name, key))
        found.extend((name, fid, key, state) for fid, state in rows)
    if missing:
        raise ValueError(tr("Not found in the store: {}; nothing was changed.").format(", ".join(missing)))
    return found


def write_changes(con, features: List[FeatureChange], method_of, reason: str, user: str, at: str) -> None:
    """Write the features' new tag fields and one ``tag_audit`` row each (``method_of(change)`` its
    method), inside the caller's transaction."""
    by_layer: Dict[str, List[FeatureChange]] = {}
    for feature in features:
        by_layer.setdefault(feature.layer, []).append(feature)
    for name, changes in by_layer.items():
        con.update_rows(name, STATE_FIELDS, [tuple(c.after) + (c.fid,) for c in changes])
    audit = [
        (c.layer, c.key, c.before.site_ref, c.after.site_ref, method_of(c), reason, user, at)
        for c in features
    ]
    con.insert_rows(schema.TAG_AUDIT, AUDIT_FIELDS, audit)
