"""Importing back-office extracts into the store (permissions, completions, red-line boundaries,
starts and trajectory): ``import_table``, its ``ImportReport``, and ``preview``.

The INPUT is read one row at a time (``source.SourceTable``), each row checked and converted by the
import's plan (``plan.ImportPlan``: the mapping, ``validation``'s value checks, ``geometry``'s location
checks) and written by ``writer.LayerWriter`` in ONE transaction of the store, on either backend
(GeoPackage or PostGIS: ``Store.transaction``): rows and geometries alike, so a failure or a cancel
half-way leaves the store exactly as it was.

Counting: every row read ends up INSERTED (its key was not in the store), UPDATED (its key was; the
row was matched) or REJECTED (written to the rejects file with the reason), so
READ = INSERTED + UPDATED + REJECTED always. Of the UPDATED rows, CHANGED had at least one value that
differed and was written; UNCHANGED were identical and left alone. Importing the same file twice
therefore gives INSERTED = 0 and CHANGED = 0 the second time, and nothing in the store changes.

Modes: ``upsert`` inserts new keys and updates matched rows, writing only the values that changed and
only the fields the mapping fills; ``replace`` does the same and then deletes the target layer's rows
whose key did not come back (DELETED). A row whose new version was rejected keeps its stored version.
Officer tag fields (site_ref, tag_*) of existing permissions and completions are never touched by an
import; site_ref and tag_locked may be imported for new rows. A blank in a mapped column empties the
stored value (the extract says there is none); blank coordinates leave a stored location alone.

A dry run reads, checks and compares every row the same way and counts what the import would do,
writing nothing (no rejects file either). A real import records every change in the store's
``import_log`` in the same transaction, so that ``undo.undo_import`` can reverse it.

Rejected rows go to a rejects CSV (the given path, or a temporary file), which may be neither the store
nor the input (``output_guard``). It is written as ``….part`` and moved into place before the store
commits: when it cannot be completed, nothing is committed.

Memory: rows are streamed; what grows with the file is one entry a key (its row, or the stored row's
fid and a 16-byte digest of its values and geometry), a few hundred bytes a row.

A polygon source for permissions fills ``permission_boundaries`` with the polygon (as given, even
when invalid) and ``permissions`` with a point on its surface (of the repaired polygon when invalid).
Importing boundaries alone also gives their point to permissions that have no location yet.
"""

import logging
import os
import re
import tempfile
import time
from collections import Counter
from typing import Any, Dict, List, NamedTuple, Optional, Set, Tuple, Union

from .. import schema
from ..output_guard import OutputRefused, Protected, os_error_text
from ..rejects import Rejected, RejectsWriter
from ..store import Store
from ..store_base import StoreError
from ..translation import tr
from ..values import comparable
from . import validation as v
from .field_map import BOUNDARIES, PERMISSIONS
from .geometry import flat
from .plan import REPLACE, ImportFailed, ImportOptions, ImportPlan
from .source import SourceError, SourceTable
from .undo import ChangeLog
from .writer import BoundaryPoints, LayerWriter, RedLineParts

LOG = logging.getLogger(__name__)

KEPT_PROBLEMS = 1000  # problems kept in the report (all are counted; rejected rows all go to the file)
PROGRESS_EVERY = 250


class ImportCancelled(Exception):  # noqa: N818
    """The import was cancelled; the store was left as it was."""


class ImportReport:
    """What an import did: READ = INSERTED + UPDATED + REJECTED; UPDATED = CHANGED + UNCHANGED."""

    def __init__(self, target: str, source_name: str):
        self.target = target
        self.source_name = source_name
        self.read = self.inserted = self.updated = self.changed = self.rejected = 0
        self.deleted = 0
        self.warnings = 0
        self.boundaries = 0  # permission_boundaries rows inserted or changed
        self.points_filled = 0  # permissions given the point of their newly imported boundary
        self.merged = 0  # red-line rows merged into an earlier row of the file with the same app_ref
        self.skipped = 0  # evidence rows that are not of a new home (EPC sales, lettings): not READ
        self.problems = []  # type: List[v.Problem]
        self.reasons = Counter()  # type: Counter
        self.rejects_path = ""
        self.field_map = ""
        self.x_field = ""
        self.y_field = ""
        self.seconds = 0.0
        self.notes = []  # type: List[str]
        self.dry_run = False  # a dry run: the counts of what the import would do; nothing written
        self.changed_fields = Counter()  # type: Counter  # field → rows whose value it changed
        self.run_id = ""  # the import_log run (undo_import), when something was written

    @property
    def unchanged(self) -> int:
        return self.updated - self.changed

    def add_problem(self, problem: v.Problem) -> None:
        if problem.severity == v.WARNING:
            self.warnings += 1
        # Grouped by kind: numbers (rows, values) taken out, so "the same app_ref as row 12" and "… row 40"
        # count as one reason.
        self.reasons[(problem.severity, problem.target, re.sub(r"\d+", "#", problem.reason))] += 1
        if len(self.problems) < KEPT_PROBLEMS:
            self.problems.append(problem)

    def messages(self, severity: Optional[str] = None) -> List[str]:
        return [p.message(self.source_name) for p in self.problems if severity in (None, p.severity)]

    def as_dict(self) -> Dict[str, Any]:
        return {
            "READ": self.read,
            "INSERTED": self.inserted,
            "UPDATED": self.updated,
            "REJECTED": self.rejected,
            "CHANGED": self.changed,
            "UNCHANGED": self.unchanged,
            "DELETED": self.deleted,
            "WARNINGS": self.warnings,
            "BOUNDARIES": self.boundaries,
            "POINTS_FILLED": self.points_filled,
            "MERGED": self.merged,
            "SKIPPED": self.skipped,
        }

    def summary(self) -> str:
        text = tr(
            "{name} → {target}: read {read}, inserted {inserted}, updated {updated} ({changed} changed, "
            "{unchanged} unchanged), rejected {rejected}, deleted {deleted}, warnings {warnings}."
        ).format(
            name=self.source_name,
            target=self.target,
            read=self.read,
            inserted=self.inserted,
            updated=self.updated,
            changed=self.changed,
            unchanged=self.unchanged,
            rejected=self.rejected,
            deleted=self.deleted,
            warnings=self.warnings,
        )
        return text + self.skipped_text()

    def skipped_text(self) -> str:
        """The sentence saying how many rows an evidence import skipped, or an empty text."""
        if not self.skipped:
            return ""
        return " " + tr(
            "Skipped {} rows that are not evidence of a new home (EPC lodgements other than 'new dwelling'); "
            "they are not counted as read."
        ).format(self.skipped)


# -- GeoPackage geometry blobs -------------------------------------------------------------------


# -- previews and imports ------------------------------------------------------------------------


class PreviewRow(NamedTuple):
    row: int
    values: Dict[str, Any]
    problems: List[v.Problem]


def preview(
    source: Union[str, SourceTable], store: Store, options: ImportOptions, limit: int = 20
) -> Tuple[ImportPlan, List[PreviewRow]]:
    """The first ``limit`` rows with the problems the import would find in them; nothing is written."""
    table = source if isinstance(source, SourceTable) else _open(source)
    plan = ImportPlan(table, store, options)
    seen = {}  # type: Dict[Tuple, int]
    rows = []
    for row in table.rows(with_geometry=plan.from_layer, limit=limit):
        converted = plan.convert(row)
        problems = list(converted.problems)
        if not converted.errors:
            problem = _duplicate(plan, converted.values, row.row, seen)
            if problem:
                problems.append(problem)
        rows.append(PreviewRow(row.row, row.values, problems))
    return plan, rows


def _open(source) -> SourceTable:
    try:
        return SourceTable.open(source)
    except SourceError as exc:
        raise ImportFailed(str(exc)) from None


def _duplicate(
    plan: ImportPlan, values: Dict[str, Any], number: int, seen: Dict[Tuple, int]
) -> Optional[v.Problem]:
    """For previews: a Problem when the row's key came earlier in ``seen`` (which it joins)."""
    key = tuple(values.get(f) for f in plan.key_fields)
    first = seen.get(key)
    if first is None:
        seen[key] = number
        return None
    return plan.duplicate_problem(key, number, first)


def default_rejects_path(source_name: str) -> str:
    stem = os.path.splitext(os.path.basename(source_name))[0] or "import"
    stamp = time.strftime("%Y%m%d-%H%M%S")
    return os.path.join(tempfile.gettempdir(), "jlp_rejects_{}_{}.csv".format(stem, stamp))


def import_table(
    source: Union[str, SourceTable],
    store: Store,
    options: ImportOptions,
    rejects_path: Optional[str] = None,
    feedback=None,
    rejects_parameter: str = "REJECTS",
    dry_run: bool = False,
    user: Optional[str] = None,
) -> ImportReport:
    """Import ``source`` into the store in one transaction; see the module's description.

    ``dry_run``: read, check and compare every row exactly as the import does, and count what it
    would insert, update (per field), delete and reject, writing nothing (no rejects file either).
    Otherwise every change is recorded in the store's ``import_log`` (by ``user``) in the same
    transaction, so that ``undo.undo_import`` can reverse it.

    ``feedback`` may be a QgsProcessingFeedback or a QgsTask (isCanceled, setProgress). Rejected rows
    are written to ``rejects_path`` (a temporary file when none is given and rows are rejected), which
    may not be the store or the input (``rejects_parameter`` names it in the message). The rejects
    file is complete and in place before the store commits: when it cannot be written, nothing is
    committed. Raises ImportFailed before anything is written when the import cannot start,
    ImportCancelled when cancelled (nothing written), StoreError when the store or the rejects file
    cannot be written (nothing written).
    """
    started = time.time()
    table = source if isinstance(source, SourceTable) else _open(source)
    if rejects_path:
        try:
            Protected(store, [table.path]).check(rejects_path, rejects_parameter)
        except OutputRefused as exc:
            raise ImportFailed(str(exc)) from None
    plan = ImportPlan(table, store, options)
    report = ImportReport(plan.target, table.name)
    report.dry_run = bool(dry_run)
    report.field_map = plan.field_map.text()
    report.x_field, report.y_field = plan.x_field or "", plan.y_field or ""
    report.notes.extend(plan.notes)
    total = table.count()
    final_rejects = rejects_path or default_rejects_path(table.name)
    part = final_rejects + ".part"
    try:
        rejects = RejectsWriter(part, table.headings)
    except OSError as exc:
        raise ImportFailed(
            tr("The rejects file {} cannot be written: {}. Nothing was imported.").format(
                final_rejects, os_error_text(exc)
            )
        ) from None
    log = None
    if not dry_run:
        if schema.IMPORT_LOG not in store.layer_names():
            store.check_and_complete()  # a store of an earlier version: its import_log is added
        from ..tagging import current_user

        log = ChangeLog(table.name, user or current_user())
    placed = False
    try:
        with store.transaction() as con:
            if log is not None:
                log.con = con
            _run(plan, con, report, rejects, total, feedback, log)
            if log is not None and log.count:
                log.flush()
                report.run_id = log.run_id
            # The rejects file is finished and in place before the store commits: a rejected row is
            # never lost to a full disk after the good ones were written. A dry run keeps none.
            keep = not dry_run and bool(report.rejected or rejects_path)
            placed = _place_rejects(rejects, part, final_rejects, keep)
    except ImportCancelled:
        rejects.close()
        _remove(part)
        raise
    except BaseException as exc:
        rejects.close()
        _remove(part)
        if placed:
            _remove(final_rejects)
        if isinstance(exc, RejectsNotWritten):
            raise StoreError(
                tr(
                    "The rejected rows of {name} could not be written to {path}: {why}. Nothing was "
                    "imported; the store is as it was."
                ).format(name=table.name, path=final_rejects, why=exc)
            ) from None
        if isinstance(exc, (ImportFailed, StoreError)):
            raise
        if isinstance(exc, Exception):
            LOG.exception("Import of %s into %s failed", table.name, store.path)
            why = os_error_text(exc) if isinstance(exc, OSError) else str(exc)
            raise StoreError(
                tr("The import of {} failed and was undone; the store is as it was. {}").format(
                    table.name, why
                )
            ) from exc
        raise
    if placed:
        report.rejects_path = final_rejects
    report.seconds = time.time() - started
    LOG.info("%s (%.1f s)", report.summary(), report.seconds)
    return report


class RejectsNotWritten(Exception):  # noqa: N818
    """The rejects file could not be completed (inside the transaction, so the import is undone)."""


def _place_rejects(rejects: RejectsWriter, part: str, final: str, keep: bool) -> bool:
    """Finish the rejects file and move it into place (True), or drop it when nothing needs it."""
    try:
        rejects.close()
        if not keep:
            _remove(part)
            return False
        os.replace(part, final)
        return True
    except OSError as exc:
        raise RejectsNotWritten(os_error_text(exc)) from None


def _remove(path: str) -> None:
    try:
        os.remove(path)
    except OSError:
        pass


def _run(
    plan: ImportPlan,
    con,
    report: ImportReport,
    rejects: RejectsWriter,
    total: int,
    feedback,
    log: Optional[ChangeLog] = None,
) -> None:
    store = plan.store
    dry_run = report.dry_run
    writer = LayerWriter(
        con,
        store,
        plan.layer_name,
        plan.key_fields,
        plan.fields,
        plan.protected,
        geometry=plan.spatial,
        log=log,
        dry_run=dry_run,
        scope={"source": plan.target} if plan.evidence else None,
    )
    writer.load()
    boundary_writer = None
    if plan.with_boundaries:
        boundary_writer = LayerWriter(
            con,
            store,
            schema.PERMISSION_BOUNDARIES,
            ("app_ref",),
            (),
            geometry=True,
            log=log,
            dry_run=dry_run,
        )
        boundary_writer.load()
    points = BoundaryPoints(con, store, log, dry_run) if plan.target == BOUNDARIES else None

    rejected_keys = set()  # type: Set[Tuple]
    parents = []  # type: List[Tuple[int, str, str]]
    # A red line drawn as several features with one app_ref is one boundary of several parts: the
    # parts are gathered (only for the app_refs the file repeats) and written once, merged.
    repeated = _repeated_keys(plan, writer) if plan.target == BOUNDARIES else set()
    parts = {}  # type: Dict[Tuple, RedLineParts]
    for row in plan.table.rows(with_geometry=plan.from_layer):
        seen = report.read + report.skipped + 1
        if seen % PROGRESS_EVERY == 0 and feedback is not None:
            if feedback.isCanceled():
                raise ImportCancelled(tr("The import was cancelled; the store was left as it was."))
            if total > 0:
                feedback.setProgress(min(99.0, 100.0 * seen / total))
        converted = plan.convert(row)
        if converted.skipped:
            report.skipped += 1
            continue
        report.read += 1
        problems = list(converted.problems)
        key = writer.key_of(converted.values)
        if not converted.errors and key not in repeated:
            first = writer.first_row(key)
            if first is not None:
                problems.append(plan.duplicate_problem(key, row.row, first))
        errors = [p for p in problems if p.severity == v.ERROR]
        for problem in problems:
            report.add_problem(problem)
        if errors:
            report.rejected += 1
            key = writer.key_of(converted.values)
            if any(part is not None for part in key):
                rejected_keys.add(key)
            reason = "; ".join(p.message(plan.table.name) for p in errors)
            try:
                rejects.write(Rejected(plan.layer_name, row.row, reason, _raw(row.values)))
            except OSError as exc:
                raise RejectsNotWritten(os_error_text(exc)) from None
            continue
        if key in repeated:
            held = parts.get(key)
            if held is None:
                parts[key] = RedLineParts(converted.values, [converted.geometry], [row.row])
            else:
                held.add(converted.geometry, row.row)
                report.add_problem(
                    v.Problem(
                        row.row,
                        "app_ref",
                        plan.columns.get("app_ref", ""),
                        converted.values.get("app_ref"),
                        tr("the same app_ref as row {} of this file: merged into one red line").format(
                            held.rows[0]
                        ),
                        v.WARNING,
                    )
                )
        else:
            _count(report, writer.upsert(converted.values, converted.geometry, row.row))
        if boundary_writer is not None and converted.boundary is not None:
            if (
                boundary_writer.upsert({"app_ref": converted.values["app_ref"]}, converted.boundary)
                != "unchanged"
            ):
                report.boundaries += 1
        if plan.target == PERMISSIONS and converted.values.get("parent_ref"):
            parents.append(
                (row.row, plan.columns.get("parent_ref", "parent_ref"), converted.values["parent_ref"])
            )
        if points is not None:
            app_ref = converted.values["app_ref"]
            if app_ref not in points.refs:
                report.add_problem(
                    v.Problem(
                        row.row,
                        "app_ref",
                        plan.columns.get("app_ref", ""),
                        app_ref,
                        tr("no permission with this app_ref in the store (the boundary is kept)"),
                        v.WARNING,
                    )
                )
            fid = points.take(app_ref)
            if fid is not None and converted.geometry is not None and row.geometry is not None:
                point = plan.geometry_rules.point_for_permissions(flat(row.geometry))
                if point is not None:
                    points.set_point(fid, app_ref, point)
                    report.points_filled += 1

    for held in parts.values():
        outcome = writer.upsert(held.values, held.merged(), held.rows[0])
        _count(report, outcome)
        for _row in held.rows[1:]:  # the rows merged into the first: part of the red line it wrote
            _count(report, "unchanged" if outcome == "unchanged" else "changed")
            report.merged += 1
    if plan.mode == REPLACE:
        report.deleted = writer.delete_unmatched(rejected_keys)
    if parents:
        known = {key[0] for key in writer.keys()}
        for number, column, parent in parents:
            if comparable(schema.TEXT, parent) not in known:
                report.add_problem(
                    v.Problem(
                        number,
                        "parent_ref",
                        column,
                        parent,
                        tr("no permission with this reference in the file or the store (loaded as given)"),
                        v.WARNING,
                    )
                )
    for item in (writer, boundary_writer, points):
        if item is not None:
            item.finish()
    report.changed_fields = writer.changed_fields
    if feedback is not None:
        if feedback.isCanceled():
            raise ImportCancelled(tr("The import was cancelled; the store was left as it was."))
        feedback.setProgress(100.0)


def _count(report: ImportReport, outcome: str) -> None:
    if outcome == "inserted":
        report.inserted += 1
    else:
        report.updated += 1
        if outcome == "changed":
            report.changed += 1


def _repeated_keys(plan: "ImportPlan", writer: LayerWriter) -> Set[Tuple]:
    """The keys that more than one row of the source carries (a first pass reading attributes only)."""
    seen = set()  # type: Set[Tuple]
    repeated = set()  # type: Set[Tuple]
    for row in plan.table.rows(with_geometry=False):
        values = plan.key_values(row)
        key = writer.key_of(values)
        if all(part is None for part in key):
            continue
        if key in seen:
            repeated.add(key)
        seen.add(key)
    return repeated


def _raw(values: Dict[str, Any]) -> Dict[str, Any]:
    return {k: v.as_text(x) if not isinstance(x, str) else x for k, x in values.items()}
