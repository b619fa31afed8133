"""The audit trail of a feature's tag and the undo and redo of a manual decision (DOMAIN.md §3, rule 8).

``undo`` puts back the tag fields a decision's ``Change`` replaced and ``redo`` applies them again,
each audited like a decision; both refuse (StaleChangeError, nothing written) when a feature has been
changed since. ``history`` reads a feature's ``tag_audit`` rows.
"""

from typing import Any, Dict, List, Optional

from qgis.core import QgsFeatureRequest

from . import schema
from .review import field_equals
from .review_decisions import LOCK, UNLOCK
from .review_state import Change, FeatureChange, now, select_states, write_changes
from .store import Store
from .tagging import AUDIT_FIELDS, current_user
from .tagging_rules import MANUAL
from .translation import tr
from .values import plain_value


class StaleChangeError(ValueError):
    """A feature was changed after the change to undo or redo; nothing was written."""


def _restore(
    store: Store, change: Change, to_before: bool, reason: str, user: Optional[str], method
) -> Change:
    user = user or current_user()
    at = now()
    stale = []
    restored = []
    with store.transaction() as con:
        for feature in change.features:
            rows = select_states(con, feature.layer, "fid = ?", (feature.fid,))
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
            write_changes(con, restored, method, reason, user, at)
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


def history(store: Store, layer: str, key: str) -> List[Dict[str, Any]]:
    """The ``tag_audit`` rows of one feature, oldest first."""
    audit = store.layer(schema.TAG_AUDIT)
    request = QgsFeatureRequest()
    request.setFilterExpression(
        "{} AND {}".format(field_equals("layer", layer), field_equals("feature_key", str(key)))
    )
    rows = []
    for feature in audit.getFeatures(request):
        row = {name: plain_value(feature[name]) for name in AUDIT_FIELDS}
        rows.append((str(row["at"] or ""), feature.id(), row))
    return [row for _at, _fid, row in sorted(rows, key=lambda r: (r[0], r[1]))]
