"""A matching run on the store: read the completion evidence, the permissions, their red lines and
the recorded completions; match (``engine``); keep the candidates in ``evidence_candidates``.

The run replaces the undecided candidates (status ``new`` and ``confirmation``) in one transaction and
never touches the decided ones (``accepted``, ``rejected``): a candidate the officer rejected does not
come back — neither under its id nor when any of its records turns up again in another candidate
(HELD counts those).
"""

from collections import OrderedDict
from typing import Dict, Iterable, List, NamedTuple, Optional, Sequence, Tuple

from qgis.core import QgsCoordinateReferenceSystem

from .. import schema
from ..store import Store
from ..translation import tr
from . import engine
from .spatial import RedLines

SEPARATOR = "; "
DECIDED = ("accepted", "rejected")
CANDIDATE_FIELDS = [f.name for f in schema.LAYERS[schema.EVIDENCE_CANDIDATES].fields]
EVIDENCE_FIELDS = [
    "source",
    "evidence_id",
    "uprn",
    "address",
    "postcode",
    "app_ref",
    "lpa",
    "band",
    "evidence_date",
]


class RunResult(NamedTuple):
    records: int
    candidates: List[engine.Candidate]  # the ones written (not held back by a decision)
    held: int  # candidates left out because the officer decided on them (or their records) before
    counts: Dict[str, int]  # new candidates by strength
    confirmations: int


def _uprns(value) -> Tuple[str, ...]:
    if value in (None, ""):
        return ()
    parts = str(value).replace(",", ";").split(";")
    return tuple(p.strip().lstrip("0") for p in parts if p.strip())


def read_permissions(store: Store) -> List[engine.Permission]:
    """The permissions, with the UPRNs a ``uprn`` or ``uprns`` field lists (an extra field some
    back-office extracts bring: "100040000001; 100040000002")."""
    names = store.layer(schema.PERMISSIONS).fields().names()
    extra = [n for n in ("uprns", "uprn") if n in names]
    fields = ["app_ref", "lpa", "address", "net_units", "parent_ref"] + extra
    out = []
    for row in store.read_rows(schema.PERMISSIONS, fields, with_geometry=False):
        values = dict(zip(fields, row[2:]))
        if not values["app_ref"]:
            continue
        uprns = ()  # type: Tuple[str, ...]
        for name in extra:
            uprns += _uprns(values[name])
        out.append(
            engine.Permission(
                values["app_ref"],
                values["lpa"],
                values["address"],
                values["net_units"],
                uprns,
                values["parent_ref"],
            )
        )
    return out


def read_completions(store: Store) -> List[engine.Completion]:
    fields = ["completion_id", "app_ref", "uprn", "address"]
    return [
        engine.Completion(*[None if v in ("", None) else str(v) for v in row[2:]])
        for row in store.read_rows(schema.COMPLETIONS, fields, with_geometry=False)
    ]


def read_records(store: Store, sources: Optional[Sequence[str]] = None) -> List[engine.Record]:
    crs = QgsCoordinateReferenceSystem(store.crs_authid())
    transform = store.transform_to(schema.COMPLETION_EVIDENCE, crs)
    out = []
    for row in store.read_rows(schema.COMPLETION_EVIDENCE, EVIDENCE_FIELDS, with_geometry=True):
        values = dict(zip(EVIDENCE_FIELDS, row[2:]))
        if sources and values["source"] not in sources:
            continue
        x = y = None
        geometry = row[1]
        if geometry is not None and not geometry.isEmpty():
            if transform is not None:
                geometry.transform(transform)
            point = geometry.asPoint()
            x, y = point.x(), point.y()
        values = {k: (None if v in ("", None) else str(v)) for k, v in values.items()}
        out.append(engine.Record(x=x, y=y, **values))
    return out


def red_lines(store: Store) -> RedLines:
    crs = QgsCoordinateReferenceSystem(store.crs_authid())
    transform = store.transform_to(schema.PERMISSION_BOUNDARIES, crs)
    shapes = {}
    for row in store.read_rows(schema.PERMISSION_BOUNDARIES, ["app_ref"], with_geometry=True):
        geometry, app_ref = row[1], row[2]
        if geometry is None or not app_ref:
            continue
        if transform is not None:
            geometry.transform(transform)
        shapes[app_ref] = geometry
    return RedLines(shapes, float(store.plan_settings().get("near_distance", 50) or 50))


def decided(store: Store) -> Tuple[Dict[str, str], Dict[str, str]]:
    """(candidate_id → status, evidence key → candidate_id) of the decided candidates."""
    by_id, by_record = {}, {}
    for row in store.rows(schema.EVIDENCE_CANDIDATES, ["candidate_id", "status", "evidence_ids"]):
        if row["status"] in DECIDED:
            by_id[row["candidate_id"]] = row["status"]
            for key in (row["evidence_ids"] or "").split(SEPARATOR):
                if key:
                    by_record[key] = row["candidate_id"]
    return by_id, by_record


def candidate_row(candidate: engine.Candidate) -> Dict[str, object]:
    return {
        "candidate_id": candidate.candidate_id,
        "app_ref": candidate.app_ref,
        "strength": candidate.strength,
        "status": candidate.status,
        "evidence_ids": SEPARATOR.join(candidate.evidence_ids),
        "uprn": candidate.uprn,
        "address": candidate.address,
        "explanation": candidate.explanation,
        "completion_id": candidate.completion_id,
        "reason": None,
        "user": None,
        "at": None,
    }


def match_store(store: Store, sources: Optional[Sequence[str]] = None, feedback=None) -> RunResult:
    """Match the store's evidence (of ``sources``, default all) and keep the candidates; see the module."""
    records = read_records(store, sources)
    matcher = engine.Matcher(read_permissions(store), read_completions(store), red_lines(store).locate)
    if feedback is not None:
        feedback.pushInfo(tr("Matching {} evidence records…").format(len(records)))
    candidates = matcher.run(records)
    by_id, by_record = decided(store)
    kept = []
    held = 0
    for candidate in candidates:
        if candidate.candidate_id in by_id or any(k in by_record for k in candidate.evidence_ids):
            held += 1
            continue
        kept.append(candidate)
    write_candidates(store, kept)
    return RunResult(
        len(records),
        kept,
        held,
        engine.counts_by_strength(kept),
        sum(1 for c in kept if c.status == engine.CONFIRMATION),
    )


def write_candidates(store: Store, candidates: Iterable[engine.Candidate]) -> None:
    """Replace the undecided candidates with these, in one transaction."""
    rows = [tuple(candidate_row(c)[f] for f in CANDIDATE_FIELDS) for c in candidates]
    with store.transaction() as con:
        fids = [
            r[0]
            for r in con.execute(
                "SELECT fid FROM evidence_candidates WHERE status IS NULL OR status NOT IN (?, ?)", DECIDED
            ).fetchall()
        ]
        if fids:
            con.delete_rows(schema.EVIDENCE_CANDIDATES, fids)
        if rows:
            con.insert_rows(schema.EVIDENCE_CANDIDATES, CANDIDATE_FIELDS, rows)


def stored_candidates(store: Store, statuses: Optional[Sequence[str]] = None) -> List[Dict[str, object]]:
    """The stored candidates (of ``statuses``), strongest first."""
    rows = [
        r for r in store.rows(schema.EVIDENCE_CANDIDATES) if statuses is None or r.get("status") in statuses
    ]
    order = {s: i for i, s in enumerate(engine.STRENGTHS)}
    rows.sort(
        key=lambda r: (
            order.get(r.get("strength"), 9),
            str(r.get("app_ref") or "\uffff"),
            str(r["candidate_id"]),
        )
    )
    return rows


def evidence_by_strength(store: Store) -> "OrderedDict[str, Dict[str, int]]":
    """Candidates by strength and status (new, confirmation, accepted, rejected): the figures."""
    out = OrderedDict((s, OrderedDict((st, 0) for st in schema.CANDIDATE_STATUSES)) for s in engine.STRENGTHS)
    for row in store.rows(schema.EVIDENCE_CANDIDATES, ["strength", "status"]):
        if row["strength"] in out and row["status"] in out[row["strength"]]:
            out[row["strength"]][row["status"]] += 1
    return out
