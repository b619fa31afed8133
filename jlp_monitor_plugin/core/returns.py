"""Developer questionnaire returns, coming back (core/questionnaires.py sends them): read one or many
returned workbooks, check them like every importer, and write them in one transaction.

Per workbook: the ``Evidence`` sheet's ``reply_date`` must be a date (YYYY-MM-DD, or a date cell) and the
site (``site_ref``) or permission (``app_ref``) must be in the store, otherwise every row of the workbook is
rejected with that reason. Per row of the ``Trajectory`` sheet with ``your_units`` filled in (a blank
one keeps the current figure and is not read): a valid ``monitoring_year`` and a whole number of homes,
0 or more, else the row is rejected with the reason (file, row, field, value). A good row updates the
officer's trajectory row of that site or permission and year (UPDATED) or adds one (INSERTED; source
``officer``, deliverable 1, evidence "developer questionnaire return dated …"). Each workbook with a
good row, or with answers, adds one ``site_evidence`` row (``developer_questionnaire``, dated on the
reply, the organisation, the answers as the summary, the file as the source). READ = INSERTED +
UPDATED + REJECTED. Rejected rows go to the REJECTS CSV (written whole before the store commits).
"""

import csv
import datetime
import os
from typing import Any, Dict, List, NamedTuple, Optional, Sequence

from . import schema
from .evidence import insert_evidence, recorded_now, recorder
from .monitoring.periods import year_of_label
from .monitoring_year import as_date
from .output_guard import Protected, os_error_text, written_whole
from .questionnaires import EVIDENCE_SHEET, TRAJECTORY_SHEET
from .safe_cells import safe_row
from .translation import tr

TRAJECTORY_FIELDS = ["site_ref", "app_ref", "monitoring_year", "units", "deliverable", "source", "evidence"]


class ReturnsError(Exception):
    """The returns could not be imported; nothing was written. The message says why."""


class ReturnsReport(NamedTuple):
    read: int
    inserted: int
    updated: int
    rejected: int
    replies: List[str]  # the sites (site_ref or app_ref) whose returns were taken
    evidence_rows: int
    rejects_path: Optional[str]


def _sheet(path: str, name: str) -> List[Dict[str, Any]]:
    """The rows of one sheet of a workbook (first row: the headings), as dicts; [] if no such sheet."""
    from osgeo import gdal

    gdal.UseExceptions()
    try:
        options = ["HEADERS=FORCE", "FIELD_TYPES=STRING"]
        source = gdal.OpenEx(str(path), gdal.OF_VECTOR, allowed_drivers=["XLSX"], open_options=options)
    except RuntimeError as exc:
        raise ReturnsError(tr("{} cannot be read as a workbook: {}").format(path, exc)) from None
    if source is None:
        raise ReturnsError(tr("{} cannot be read as a workbook.").format(path))
    layer = source.GetLayerByName(name)
    if layer is None:
        return []
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    rows = []
    for feature in layer:
        rows.append({n: feature.GetField(i) for i, n in enumerate(names)})
    source = None  # noqa: F841 - closes the file
    if rows and names and all(n == "Field{}".format(i + 1) for i, n in enumerate(names)):
        # GDAL took the headings for data (a sheet of text only): they are the first row.
        headings = [_text(rows[0][n]) or n for n in names]
        rows = [{h: row[n] for h, n in zip(headings, names)} for row in rows[1:]]
    return rows


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _reply_date(value: Any) -> Optional[datetime.date]:
    text = _text(value)
    if not text:
        return None
    try:
        return as_date(text[:10].replace("/", "-"))
    except (TypeError, ValueError):
        return None


def _units(value: Any) -> Optional[int]:
    text = _text(value)
    try:
        number = float(text)
    except ValueError:
        return None
    if number != int(number) or number < 0 or number > 2147483647:
        return None
    return int(number)


def workbook_paths(inputs: Sequence[str]) -> List[str]:
    """The workbooks to read: each file given, and every ``*.xlsx`` in a folder given."""
    paths = []
    for item in inputs:
        item = item.strip()
        if not item:
            continue
        if os.path.isdir(item):
            paths.extend(
                sorted(os.path.join(item, f) for f in os.listdir(item) if f.lower().endswith(".xlsx"))
            )
        elif os.path.isfile(item):
            paths.append(item)
        else:
            raise ReturnsError(tr("INPUT {} is neither a workbook nor a folder.").format(item))
    if not paths:
        raise ReturnsError(tr("No returned workbooks (*.xlsx) were given."))
    return paths


def import_returns(store, inputs: Sequence[str], rejects: Optional[str] = None, user: Optional[str] = None):
    """Read, check and write the returns in ``inputs`` (files or folders); a ReturnsReport. Raises
    ReturnsError (nothing written) for an unreadable input or a failed write."""
    paths = workbook_paths(inputs)
    if rejects:
        try:
            Protected(store, paths).check(rejects, "REJECTS")
        except Exception as exc:  # noqa: BLE001 - refused: said in words
            raise ReturnsError(str(exc)) from None
    sites = {r[2] for r in store.read_rows(schema.ALLOCATIONS, ["site_ref"], with_geometry=False) if r[2]}
    apps = {r[2] for r in store.read_rows(schema.PERMISSIONS, ["app_ref"], with_geometry=False) if r[2]}
    existing: Dict[tuple, int] = {}
    for fid, _g, site, app, year, source in store.read_rows(
        schema.TRAJECTORY, ["site_ref", "app_ref", "monitoring_year", "source"], with_geometry=False
    ):
        if (source or "officer") != "default":
            existing[(site or None, app or None, year_of_label(year))] = fid
    rejected: List[Dict[str, Any]] = []
    inserts, updates, evidence_rows, replies = [], [], [], []
    read = 0
    user, at = user or recorder(), recorded_now()
    for path in paths:
        name = os.path.basename(path)
        rows = _sheet(path, TRAJECTORY_SHEET)
        answers = {_text(r.get("question_id")): _text(r.get("answer")) for r in _sheet(path, EVIDENCE_SHEET)}
        filled = [(n, r) for n, r in enumerate(rows, start=2) if _text(r.get("your_units"))]
        read += len(filled)
        keys = {(_text(r.get("site_ref")), _text(r.get("app_ref"))) for r in rows}
        reply = _reply_date(answers.get("reply_date"))
        problem = None
        if not rows:
            problem = tr("{}: no sheet '{}' with rows").format(name, TRAJECTORY_SHEET)
        elif len(keys) != 1:
            problem = tr("{}: the rows name more than one site").format(name)
        elif reply is None:
            problem = tr("{}: sheet {}, reply_date '{}' is not a date (YYYY-MM-DD)").format(
                name, EVIDENCE_SHEET, answers.get("reply_date", "")
            )
        site, app = next(iter(keys)) if len(keys) == 1 else ("", "")
        if problem is None and site and site not in sites:
            problem = tr("{}: site_ref '{}' is not an allocation in the store").format(name, site)
        if problem is None and not site and app not in apps:
            problem = tr("{}: app_ref '{}' is not a permission in the store").format(name, app)
        if problem is not None:
            rejected.extend(dict(r, file=name, row=n, reason=problem) for n, r in filled)
            continue
        label = tr("developer questionnaire return dated {}").format(reply.isoformat())
        taken = 0
        for number, row in filled:
            year = year_of_label(_text(row.get("monitoring_year")))
            units = _units(row.get("your_units"))
            reason = None
            if year is None:
                reason = tr(
                    "{}, row {}: monitoring_year '{}' is not a monitoring year (e.g. 2025/26)"
                ).format(name, number, _text(row.get("monitoring_year")))
            elif units is None:
                reason = tr("{}, row {}: your_units '{}' is not a whole number of homes, 0 or more").format(
                    name, number, _text(row.get("your_units"))
                )
            if reason is not None:
                rejected.append(dict(row, file=name, row=number, reason=reason))
                continue
            values = (
                site or None,
                None if site else app,
                _text(row.get("monitoring_year")),
                units,
                1,
                "officer",
                label,
            )
            fid = existing.get((site or None, None if site else app, year))
            if fid is not None:
                updates.append(values + (fid,))
            else:
                inserts.append(values)
            taken += 1
        if taken or any(v for k, v in answers.items() if k != "reply_date"):
            summary = "; ".join(
                "{}: {}".format(k, v)
                for k, v in answers.items()
                if v and k not in ("reply_date", "organisation")
            )
            evidence_rows.append(
                {
                    "site_ref": site or None,
                    "app_ref": None if site else app,
                    "evidence_type": "developer_questionnaire",
                    "evidence_date": reply.isoformat(),
                    "contact_organisation": answers.get("organisation") or None,
                    "summary": summary or tr("trajectory returned"),
                    "source": name,
                }
            )
            replies.append(site or app)
    rejects_path = None
    if rejects and rejected:
        rejects_path = _write_rejects(rejects, rejected)
    try:
        with store.transaction() as con:
            if inserts:
                con.insert_rows(schema.TRAJECTORY, TRAJECTORY_FIELDS, inserts)
            if updates:
                con.update_rows(schema.TRAJECTORY, TRAJECTORY_FIELDS, updates)
            if evidence_rows:
                insert_evidence(con, store, evidence_rows, user, at)
    except Exception as exc:  # noqa: BLE001 - a database error: undone, said plainly
        raise ReturnsError(
            tr("Importing the returns failed and was undone; the store is as it was. {}").format(exc)
        ) from None
    return ReturnsReport(
        read, len(inserts), len(updates), len(rejected), replies, len(evidence_rows), rejects_path
    )


def _write_rejects(path: str, rows: List[Dict[str, Any]]) -> str:
    columns = [
        "file",
        "row",
        "reason",
        "site_ref",
        "app_ref",
        "monitoring_year",
        "current_units",
        "your_units",
    ]
    try:
        with written_whole(path) as part:
            with open(part, "w", newline="", encoding="utf-8-sig") as handle:
                writer = csv.writer(handle)
                writer.writerow(columns)
                for row in rows:
                    writer.writerow(safe_row(_text(row.get(c)) for c in columns))
    except OSError as exc:
        raise ReturnsError(
            tr("The rejects file {} could not be written ({}); nothing was imported.").format(
                path, os_error_text(exc)
            )
        ) from None
    return path
