"""Deliverability evidence in the store's ``site_evidence`` layer: read, check, add, change, remove.

A row names a site (``site_ref``, an allocation) or a permission (``app_ref``), an ``evidence_type``
(``schema.EVIDENCE_TYPES``: PPG 68-007 / 68-020's list, ``developer_questionnaire``, ``site_visit``,
``officer_judgement``), the ``evidence_date`` it is dated, its ``source`` (document or link), the
``contact_organisation``, a ``summary``, and who recorded it when. Every write is one transaction on
either backend; a row that does not pass the checks is refused with the reason, nothing written.
"""

import datetime
from typing import Any, Dict, Iterable, List, Optional, Sequence

from . import schema
from .monitoring.annex2 import EvidenceRecord
from .monitoring_year import date_or_none
from .translation import tr

FIELDS = [f.name for f in schema.LAYERS[schema.SITE_EVIDENCE].fields]
EDITABLE = [
    "site_ref",
    "app_ref",
    "evidence_type",
    "evidence_date",
    "source",
    "contact_organisation",
    "summary",
]


class EvidenceError(ValueError):
    """A row of evidence that cannot be written, with the reason."""


def _text(value: Any) -> Optional[str]:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def read_evidence(
    store, site_ref: Optional[str] = None, app_refs: Iterable[str] = ()
) -> List[EvidenceRecord]:
    """Every evidence row (or a site's: its site_ref or one of ``app_refs``), newest first."""
    if schema.SITE_EVIDENCE not in store.layer_names():
        return []
    wanted = set(app_refs)
    out = []
    for row in store.read_rows(schema.SITE_EVIDENCE, FIELDS, with_geometry=False):
        values = dict(zip(FIELDS, row[2:]))
        record = EvidenceRecord(
            fid=int(row[0]),
            site_ref=_text(values["site_ref"]),
            app_ref=_text(values["app_ref"]),
            evidence_type=_text(values["evidence_type"]) or "",
            evidence_date=date_or_none(values["evidence_date"]),
            source=_text(values["source"]),
            contact_organisation=_text(values["contact_organisation"]),
            summary=_text(values["summary"]),
            recorded_by=_text(values["recorded_by"]),
            recorded_at=_text(values["recorded_at"]),
        )
        if site_ref is not None and record.site_ref != site_ref and record.app_ref not in wanted:
            continue
        out.append(record)
    out.sort(key=lambda r: (r.evidence_date or datetime.date.min, r.fid or 0), reverse=True)
    return out


def check_evidence(values: Dict[str, Any], sites: Sequence[str] = (), apps: Sequence[str] = ()) -> List[str]:
    """What is wrong with a row of evidence (empty when nothing). ``sites`` / ``apps``: the store's
    site_refs and app_refs, when the reference is to be checked against them."""
    problems = []
    site, app = _text(values.get("site_ref")), _text(values.get("app_ref"))
    if not site and not app:
        problems.append(tr("name a site (site_ref) or a permission (app_ref)"))
    if site and sites and site not in sites:
        problems.append(tr("site_ref '{}' is not an allocation in the store").format(site))
    if app and apps and app not in apps:
        problems.append(tr("app_ref '{}' is not a permission in the store").format(app))
    kind = _text(values.get("evidence_type"))
    if kind not in schema.EVIDENCE_TYPES:
        problems.append(
            tr("evidence_type '{}' is not one of {}").format(kind or "", ", ".join(schema.EVIDENCE_TYPES))
        )
    day = values.get("evidence_date")
    if date_or_none(day) is None:
        problems.append(tr("evidence_date '{}' is not a date (YYYY-MM-DD)").format(day if day else ""))
    return problems


def _row(values: Dict[str, Any], user: str, at: str) -> tuple:
    clean = {name: _text(values.get(name)) for name in EDITABLE}
    clean["evidence_date"] = date_or_none(values.get("evidence_date")).isoformat()
    clean["recorded_by"] = _text(values.get("recorded_by")) or user
    clean["recorded_at"] = _text(values.get("recorded_at")) or at
    return tuple(clean[name] for name in FIELDS)


def _known(store):
    sites = [r[2] for r in store.read_rows(schema.ALLOCATIONS, ["site_ref"], with_geometry=False)]
    apps = [r[2] for r in store.read_rows(schema.PERMISSIONS, ["app_ref"], with_geometry=False)]
    return sites, apps


def _checked(store, rows: List[Dict[str, Any]]) -> None:
    sites, apps = _known(store)
    for number, values in enumerate(rows, start=1):
        problems = check_evidence(values, sites, apps)
        if problems:
            where = tr("row {}: ").format(number) if len(rows) > 1 else ""
            raise EvidenceError(tr("Evidence not saved: {}{}.").format(where, "; ".join(problems)))


def recorder() -> str:
    from .tagging import current_user

    return current_user()


def recorded_now() -> str:
    return datetime.datetime.now().replace(microsecond=0).isoformat()


def insert_evidence(con, store, rows: List[Dict[str, Any]], user: str, at: str) -> None:
    """Insert rows already checked, inside the caller's transaction ``con``."""
    con.insert_rows(schema.SITE_EVIDENCE, FIELDS, [_row(values, user, at) for values in rows])


def add_evidence(store, rows: List[Dict[str, Any]], user: Optional[str] = None) -> int:
    """Check and add rows of evidence in one transaction; returns how many. Raises EvidenceError."""
    _checked(store, rows)
    user, at = user or recorder(), recorded_now()
    with store.transaction() as con:
        insert_evidence(con, store, rows, user, at)
    return len(rows)


def update_evidence(store, fid: int, values: Dict[str, Any], user: Optional[str] = None) -> None:
    """Change one row (by fid): its editable fields, and who recorded it when. Raises EvidenceError."""
    _checked(store, [values])
    row = dict(
        zip(
            FIELDS, _row(dict(values, recorded_by=None, recorded_at=None), user or recorder(), recorded_now())
        )
    )
    with store.transaction() as con:
        found = con.execute("SELECT fid FROM site_evidence WHERE fid = ?", (int(fid),)).fetchall()
        if not found:
            raise EvidenceError(tr("Evidence row {} is no longer in the store; reload the list.").format(fid))
        con.update_rows(schema.SITE_EVIDENCE, FIELDS, [tuple(row[f] for f in FIELDS) + (int(fid),)])


def delete_evidence(store, fids: Iterable[int]) -> None:
    """Remove rows of evidence by fid, in one transaction."""
    fids = [int(f) for f in fids]
    with store.transaction() as con:
        con.delete_rows(schema.SITE_EVIDENCE, fids)
