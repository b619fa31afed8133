"""What a manual tagging decision will change, said in plain sentences before it is made (DOMAIN.md §3,
rule 8): read from the store, nothing written. The decision dialog shows them above the reason."""

from typing import Any, Dict, List, Optional

from . import schema
from .formatting import format_number, plural
from .review_decisions import CONFIRM, LOCK, UNLOCK
from .review_state import BATCH, normalise, read_states
from .sql import quote_identifier
from .store import Store
from .translation import tr

# The decisions that change site_ref (the others: review_decisions' CONFIRM, LOCK and UNLOCK).
ACCEPT = "accept"
ASSIGN = "assign"
UNTAG = "untag"
MAX_LISTED = 5  # moves listed one by one; those beyond are counted


def describe_decision(store: Store, items, action: str, site_ref: Optional[str] = None) -> List[str]:
    """What a decision will change, in plain sentences, read from the store before it is made.

    ``action``: ACCEPT (each feature to its candidate), ASSIGN (to ``site_ref``), UNTAG, CONFIRM, LOCK or
    UNLOCK. Says which features change site (from → to), which completions will follow a retagged
    permission at the next Tag store, and what becomes of the review and the lock. Nothing is written.
    """
    pairs = normalise(items)
    with store.transaction() as con:
        states = read_states(con, pairs)
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
