"""The officer's decisions on candidate completions: accept, reject, assign to another permission, and
the undo of each — every one in one transaction, audited in ``tag_audit``, on either backend.

- ``accept``: a completion is created (1 unit; ``completion_date`` the earliest evidence date; the
  point of the evidence, else of the permission; ``source`` building_control or council_tax when the
  evidence has them, else other; ``site_ref`` its permission's, so it counts at once), the candidate
  becomes ``accepted`` with the reason and the completion's id. A confirmation is only marked
  ``accepted``: its home is recorded already. Audit: the completion's new site_ref,
  method ``evidence_accept``.
- ``reject``: the candidate becomes ``rejected`` with the reason, which a later matching run keeps
  (it does not come back). Audit: method ``evidence_reject``.
- ``assign``: the candidate is moved to another permission (it stays to decide). Audit:
  ``evidence_assign``.
- ``undo``: puts back what a decision changed (the completion deleted, the candidate as it was),
  refused — nothing written — when the completion or the candidate was changed since. Audit:
  ``evidence_undo``.

A candidate already decided by someone else is refused with a message naming it.
"""

import hashlib
from typing import Any, Dict, List, NamedTuple, Optional, Sequence, Tuple

from qgis.core import QgsGeometry

from .. import schema
from ..review_state import now
from ..sql import quote_identifier
from ..store import Store
from ..tagging import AUDIT_FIELDS, current_user
from ..translation import tr
from ..values import plain_value
from .run import CANDIDATE_FIELDS, SEPARATOR

ACCEPT, REJECT, ASSIGN, UNDO = "evidence_accept", "evidence_reject", "evidence_assign", "evidence_undo"
OPEN = ("new", "confirmation")
WRITTEN = [
    "completion_id",
    "app_ref",
    "uprn",
    "address",
    "completion_date",
    "units",
    "source",
    "site_ref",
    "tag_method",
]


class Decided(NamedTuple):
    candidate_id: str
    before: Dict[str, Any]  # the candidate row's fields before
    after: Dict[str, Any]
    completion: Optional[Dict[str, Any]] = None  # the completion an accept created (WRITTEN fields)


class EvidenceChange(NamedTuple):
    action: str
    items: Tuple[Decided, ...]
    skipped: Tuple[str, ...] = ()  # candidates an accept could not take, with why


def completion_id_for(candidate_id: str) -> str:
    return "ev-" + hashlib.sha1(candidate_id.encode("utf-8")).hexdigest()[:16]


def _reason(reason: Optional[str]) -> str:
    text = (reason or "").strip()
    if not text:
        raise ValueError(tr("A decision on a candidate completion needs a reason; nothing was changed."))
    return text


def _read(con, candidate_ids: Sequence[str]) -> Dict[str, Tuple[int, Dict[str, Any]]]:
    columns = ", ".join(quote_identifier(f) for f in CANDIDATE_FIELDS)
    out = {}
    for candidate_id in candidate_ids:
        row = con.execute(
            "SELECT fid, {} FROM evidence_candidates WHERE candidate_id = ?{}".format(
                columns, con.lock_rows()
            ),
            (candidate_id,),
        ).fetchone()
        if row is None:
            raise ValueError(
                tr("Candidate {} is not in the store; nothing was changed.").format(candidate_id)
            )
        out[candidate_id] = (row[0], {f: plain_value(v) for f, v in zip(CANDIDATE_FIELDS, row[1:])})
    return out


def _write_candidate(con, fid: int, values: Dict[str, Any]) -> None:
    fields = [f for f in CANDIDATE_FIELDS if f != "candidate_id"]
    con.update_rows(schema.EVIDENCE_CANDIDATES, fields, [tuple(values[f] for f in fields) + (fid,)])


def _audit(con, rows: List[Tuple]) -> None:
    con.insert_rows(schema.TAG_AUDIT, AUDIT_FIELDS, rows)


def _open(candidates: Dict[str, Tuple[int, Dict[str, Any]]]) -> None:
    decided = [
        "{} ({})".format(k, v[1]["status"]) for k, v in candidates.items() if v[1]["status"] not in OPEN
    ]
    if decided:
        raise ValueError(
            tr(
                "Already decided, by you or someone else: {}; reload the suggestions. Nothing was changed."
            ).format(", ".join(decided))
        )


def _geometry(con, table: str, column: str, where: str, args) -> Optional[QgsGeometry]:
    row = con.execute(
        "SELECT {} FROM {} WHERE {}".format(con.geometry_select(column), quote_identifier(table), where), args
    ).fetchone()
    wkb = con.wkb(row[0]) if row else None
    if wkb is None:
        return None
    geometry = QgsGeometry()
    geometry.fromWkb(wkb)
    return None if geometry.isEmpty() else geometry


def _completion(store: Store, con, candidate: Dict[str, Any], completion_date: Optional[str]):
    """The completion an accept writes (WRITTEN values) and its point; (None, why) when it cannot."""
    keys = [k for k in (candidate["evidence_ids"] or "").split(SEPARATOR) if k]
    sources, dates, point = set(), [], None
    column = store.geometry_column(schema.COMPLETION_EVIDENCE)
    for key in keys:
        source, _, evidence_id = key.partition(":")
        sources.add(source)
        row = con.execute(
            "SELECT evidence_date FROM completion_evidence WHERE source = ? AND evidence_id = ?",
            (source, evidence_id),
        ).fetchone()
        if row and row[0]:
            dates.append(str(plain_value(row[0]))[:10])
        if point is None:
            point = _geometry(
                con,
                schema.COMPLETION_EVIDENCE,
                column,
                "source = ? AND evidence_id = ?",
                (source, evidence_id),
            )
    date = completion_date or (min(dates) if dates else None)
    if not date:
        return None, None, tr("no evidence date: give the completion date")
    if not candidate["app_ref"]:
        return None, None, tr("no permission: assign one first")
    row = con.execute(
        "SELECT site_ref FROM permissions WHERE app_ref = ?", (candidate["app_ref"],)
    ).fetchone()
    if row is None:
        return None, None, tr("permission {} is not in the store").format(candidate["app_ref"])
    site_ref = row[0]
    if point is None:
        point = _geometry(
            con,
            schema.PERMISSIONS,
            store.geometry_column(schema.PERMISSIONS),
            "app_ref = ?",
            (candidate["app_ref"],),
        )
    source = next((s for s in ("building_control", "council_tax") if s in sources), "other")
    values = {
        "completion_id": completion_id_for(candidate["candidate_id"]),
        "app_ref": candidate["app_ref"],
        "uprn": candidate["uprn"],
        "address": candidate["address"],
        "completion_date": date,
        "units": 1,
        "source": source,
        "site_ref": site_ref,
        "tag_method": "reference" if site_ref else None,
    }
    return values, point, None


def accept(
    store: Store,
    candidate_ids: Sequence[str],
    reason: str,
    user: Optional[str] = None,
    completion_date: Optional[str] = None,
) -> EvidenceChange:
    """Accept candidates as completions (see the module); those that cannot be (no date, no
    permission) are left as they were and named in ``skipped``."""
    reason = _reason(reason)
    user, at = user or current_user(), now()
    items, skipped = [], []
    column = store.geometry_column(schema.COMPLETIONS)
    with store.transaction() as con:
        candidates = _read(con, candidate_ids)
        _open(candidates)
        for candidate_id, (fid, before) in candidates.items():
            if before["status"] == "confirmation":  # the home is recorded already: confirmed, not added
                after = dict(before, status="accepted", reason=reason, user=user, at=at)
                _write_candidate(con, fid, after)
                _audit(
                    con, [(schema.EVIDENCE_CANDIDATES, candidate_id, None, None, ACCEPT, reason, user, at)]
                )
                items.append(Decided(candidate_id, before, after))
                continue
            values, point, why = _completion(store, con, before, completion_date)
            if values is None:
                skipped.append("{}: {}".format(candidate_id, why))
                continue
            if con.execute(
                "SELECT 1 FROM completions WHERE completion_id = ?", (values["completion_id"],)
            ).fetchone():
                skipped.append(
                    tr("{}: completion {} exists already").format(candidate_id, values["completion_id"])
                )
                continue
            con.execute(
                "INSERT INTO completions ({}, {}) VALUES ({}, {})".format(
                    ", ".join(quote_identifier(f) for f in WRITTEN),
                    quote_identifier(column),
                    ", ".join("?" for _ in WRITTEN),
                    con.geometry_placeholder(schema.COMPLETIONS),
                ),
                [values[f] for f in WRITTEN] + [con.geometry_value(point, schema.COMPLETIONS)],
            )
            after = dict(before, status="accepted", reason=reason, user=user, at=at)
            after["completion_id"] = values["completion_id"]
            _write_candidate(con, fid, after)
            _audit(
                con,
                [
                    (
                        schema.COMPLETIONS,
                        values["completion_id"],
                        None,
                        values["site_ref"],
                        ACCEPT,
                        reason,
                        user,
                        at,
                    )
                ],
            )
            items.append(Decided(candidate_id, before, after, values))
        if items:
            con.rows_written(schema.COMPLETIONS, None)
    return EvidenceChange(ACCEPT, tuple(items), tuple(skipped))


def _simple(store: Store, candidate_ids, reason, user, action: str, change) -> EvidenceChange:
    reason = _reason(reason)
    user, at = user or current_user(), now()
    items = []
    with store.transaction() as con:
        candidates = _read(con, candidate_ids)
        _open(candidates)
        for candidate_id, (fid, before) in candidates.items():
            after = change(dict(before), reason, user, at)
            _write_candidate(con, fid, after)
            _audit(con, [(schema.EVIDENCE_CANDIDATES, candidate_id, None, None, action, reason, user, at)])
            items.append(Decided(candidate_id, before, after))
    return EvidenceChange(action, tuple(items))


def reject(
    store: Store, candidate_ids: Sequence[str], reason: str, user: Optional[str] = None
) -> EvidenceChange:
    def change(row, reason, user, at):
        row.update(status="rejected", reason=reason, user=user, at=at)
        return row

    return _simple(store, candidate_ids, reason, user, REJECT, change)


def assign(
    store: Store, candidate_ids: Sequence[str], app_ref: str, reason: str, user: Optional[str] = None
) -> EvidenceChange:
    with store.transaction() as con:
        if con.execute("SELECT 1 FROM permissions WHERE app_ref = ?", (app_ref,)).fetchone() is None:
            raise ValueError(
                tr("There is no permission {} in the store; nothing was changed.").format(app_ref)
            )

    def change(row, reason, user, at):
        row["explanation"] = "{}; {}".format(
            row.get("explanation") or "", tr("assigned to {} by {}: {}").format(app_ref, user, reason)
        )
        row.update(app_ref=app_ref, reason=reason, user=user, at=at)
        return row

    return _simple(store, candidate_ids, reason, user, ASSIGN, change)


def undo(
    store: Store, change: EvidenceChange, reason: Optional[str] = None, user: Optional[str] = None
) -> None:
    """Put back what ``change`` did; refused (ValueError, nothing written) when a candidate or an
    accepted completion was changed since."""
    reason = (reason or "").strip() or tr("undo")
    user, at = user or current_user(), now()
    with store.transaction() as con:
        candidates = _read(con, [i.candidate_id for i in change.items])
        for item in change.items:
            fid, current = candidates[item.candidate_id]
            if current != item.after:
                raise ValueError(
                    tr(
                        "Candidate {} was changed since; the decision cannot be undone. Nothing was changed."
                    ).format(item.candidate_id)
                )
            if item.completion is not None:
                columns = [f for f in WRITTEN if f != "completion_id"]
                row = con.execute(
                    "SELECT fid, {} FROM completions WHERE completion_id = ?{}".format(
                        ", ".join(quote_identifier(f) for f in columns), con.lock_rows()
                    ),
                    (item.completion["completion_id"],),
                ).fetchone()
                now_values = {f: plain_value(v) for f, v in zip(columns, row[1:])} if row else None
                if now_values is None or any(
                    str(now_values[f] or "")[:10] != str(item.completion[f] or "")[:10] for f in columns
                ):
                    raise ValueError(
                        tr(
                            "Completion {} was changed or deleted since; the accept cannot be undone. "
                            "Nothing was changed."
                        ).format(item.completion["completion_id"])
                    )
                con.delete_rows(schema.COMPLETIONS, [row[0]])
                _audit(
                    con,
                    [
                        (
                            schema.COMPLETIONS,
                            item.completion["completion_id"],
                            now_values["site_ref"],
                            None,
                            UNDO,
                            reason,
                            user,
                            at,
                        )
                    ],
                )
            _write_candidate(con, fid, item.before)
            _audit(con, [(schema.EVIDENCE_CANDIDATES, item.candidate_id, None, None, UNDO, reason, user, at)])
