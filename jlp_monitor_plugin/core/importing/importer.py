"""Importing back-office extracts into the store: permissions, completions, red-line boundaries,
starts and trajectory.

The INPUT is read one row at a time (``source.SourceTable``), each row checked and converted
(``validation``), and written to the store in ONE SQLite transaction on the GeoPackage (``Store.
transaction``): rows and geometries alike, so a failure or a cancel half-way leaves the store exactly
as it was. Geometries are written as GeoPackage blobs in the target layer's CRS and the R-tree is kept
by the GeoPackage's own triggers.

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

Memory: rows are streamed; what grows with the file is one entry a key (its row, or the stored row's
fid and a 16-byte digest of its values and geometry), a few hundred bytes a row.

A polygon source for permissions fills ``permission_boundaries`` with the polygon (as given, even
when invalid) and ``permissions`` with a point on its surface (of the repaired polygon when invalid).
Importing boundaries alone also gives their point to permissions that have no location yet.
"""

import hashlib
import logging
import os
import re
import tempfile
import time
from collections import Counter
from typing import Any, Dict, Iterable, List, NamedTuple, Optional, Sequence, Set, Tuple, Union

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
    QgsWkbTypes,
)

from .. import schema
from ..loading import Rejected, RejectsWriter
from ..output_guard import OutputRefused, Protected, os_error_text
from ..sql import quote_identifier
from ..store import Store, StoreError
from ..translation import tr
from . import validation as v
from .field_map import (
    BOUNDARIES,
    COMPLETIONS,
    PERMISSIONS,
    STARTS,
    TARGET_LAYERS,
    TARGETS,
    TEMPLATE_PART,
    TRAJECTORY,
    FieldMap,
    FieldMapError,
    parse_field_map,
    resolve_heading,
    suggest_mapping,
)
from .source import REPLACEMENT, SourceError, SourceTable
from .undo import GEOMETRY_KEY, ChangeLog, whole_rows

LOG = logging.getLogger(__name__)

UPSERT = "upsert"
REPLACE = "replace"
MODES = [UPSERT, REPLACE]

KEYS = {
    PERMISSIONS: ("app_ref",),
    COMPLETIONS: ("completion_id",),
    BOUNDARIES: ("app_ref",),
    STARTS: ("app_ref", "start_date"),
    TRAJECTORY: ("site_ref", "app_ref", "monitoring_year"),
}
OFFICER_FIELDS = {f.name for f in schema.TAG_FIELDS}
NOT_NEGATIVE = {
    PERMISSIONS: ("units_proposed", "units_existing", "affordable_units"),
    COMPLETIONS: (),
    STARTS: ("units",),
    TRAJECTORY: (),
    BOUNDARIES: (),
}
KEPT_PROBLEMS = 1000  # problems kept in the report (all are counted; rejected rows all go to the file)
BATCH = 500
PROGRESS_EVERY = 250
WGS84 = "EPSG:4326"


class ImportFailed(Exception):  # noqa: N818
    """An import that cannot start (mapping, input), with a message an officer can act on; nothing
    was written."""


class ImportCancelled(Exception):  # noqa: N818
    """The import was cancelled; the store was left as it was."""


class ImportOptions(NamedTuple):
    target: str
    field_map: Union[None, str, FieldMap] = None  # None or "": suggested from the headings
    x_field: Optional[str] = None
    y_field: Optional[str] = None
    source_crs: Union[None, str, QgsCoordinateReferenceSystem] = None
    day_first: bool = True
    mode: str = UPSERT


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
        }

    def summary(self) -> str:
        return tr(
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


# -- GeoPackage geometry blobs -------------------------------------------------------------------


def _hash(data: Optional[bytes]) -> Optional[bytes]:
    """A 16-byte digest (what the writer keeps per stored row instead of the values themselves)."""
    return None if data is None else hashlib.blake2b(data, digest_size=16).digest()


def _flat(geometry: QgsGeometry) -> QgsGeometry:
    """The geometry without Z or M values (the standard's layers are 2D)."""
    if QgsWkbTypes.hasZ(geometry.wkbType()) or QgsWkbTypes.hasM(geometry.wkbType()):
        geometry = QgsGeometry(geometry)
        abstract = geometry.get()
        abstract.dropZValue()
        abstract.dropMValue()
    return geometry


# -- writing one layer ---------------------------------------------------------------------------


def _comparable(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == schema.INTEGER:
        try:
            number = float(value)
        except (TypeError, ValueError):
            return str(value)
        return int(number) if number.is_integer() else number
    if kind == schema.REAL:
        try:
            return float(value)
        except (TypeError, ValueError):
            return str(value)
    if kind == schema.DATE:
        return str(value)[:10]
    return str(value)


class LayerWriter:
    """Inserts, updates (only what changed) and deletes rows of one store layer inside a transaction."""

    def __init__(
        self,
        con,
        store: Store,
        name: str,
        key_fields: Sequence[str],
        fields: Sequence[str],
        protected: Iterable[str] = (),
        geometry: bool = False,
        log: Optional[ChangeLog] = None,
        dry_run: bool = False,
    ):
        self.con = con
        self.name = name
        # A dry run reads and compares exactly as an import does but writes nothing; the log (when
        # given) records every change written, for undo_import.
        self.log = log
        self.dry_run = dry_run
        self.changed_fields = Counter()  # type: Counter
        self.layer_def = schema.LAYERS[name]
        self.key_fields = list(key_fields)
        self.fields = [f for f in fields if f not in self.key_fields]  # written on insert
        self.compared = [f for f in self.fields if f not in set(protected)]  # written on update
        self.kinds = {f.name: f.kind for f in self.layer_def.fields}
        self.geometry_column = store.geometry_column(name) if geometry else None
        # The geometry column in SQL on either backend: read as WKB, written from a QgsGeometry.
        self.geometry_mark = con.geometry_placeholder(name) if self.geometry_column else "?"
        self.index = {}  # type: Dict[Tuple, Tuple[Optional[int], str, Optional[bytes]]]
        self.all_fids = set()  # type: Set[int]
        self.matched = set()  # type: Set[int]
        self.pending = []  # type: List[Tuple]
        self.touched = False
        self.extent = None  # type: Optional[QgsRectangle]
        self.table = quote_identifier(name)

    # reading what the layer holds
    def load(self) -> None:
        columns = ["fid"] + [quote_identifier(f) for f in self.key_fields + self.compared]
        if self.geometry_column:
            columns.append(self.con.geometry_select(self.geometry_column))
        sql = "SELECT {} FROM {} ORDER BY fid".format(", ".join(columns), self.table)
        n_keys = len(self.key_fields)
        for row in self.con.execute(sql):
            fid = row[0]
            self.all_fids.add(fid)
            key = self._key(row[1 : 1 + n_keys])
            if key in self.index:
                continue  # a key the store holds twice: the first row is the one matched
            values = row[1 + n_keys : 1 + n_keys + len(self.compared)]
            geometry = _hash(self.con.wkb(row[-1])) if self.geometry_column else None
            self.index[key] = (fid, self._digest(values), geometry)

    def _key(self, parts: Sequence[Any]) -> Tuple:
        return tuple(_comparable(self.kinds[f], p) for f, p in zip(self.key_fields, parts))

    def _digest(self, values: Sequence[Any]) -> bytes:
        return _hash(
            repr([_comparable(self.kinds[f], x) for f, x in zip(self.compared, values)]).encode("utf-8")
        )

    def key_of(self, values: Dict[str, Any]) -> Tuple:
        return self._key([values.get(f) for f in self.key_fields])

    def keys(self) -> Set[Tuple]:
        return set(self.index)

    def first_row(self, key: Tuple) -> Optional[int]:
        """The row of this import's source that brought ``key``, if one did (duplicates are found so:
        the index of stored keys doubles as the record of the keys seen, one entry a key)."""
        found = self.index.get(key)
        if found is None or isinstance(found, int):
            return found
        return found[3] if len(found) > 3 else None

    # writing
    def upsert(self, values: Dict[str, Any], geometry: Optional[QgsGeometry], row: int = 0) -> str:
        """'inserted', 'changed' or 'unchanged'. A None geometry leaves a stored geometry alone. ``row``:
        the source row, remembered against the key (see first_row)."""
        key = self.key_of(values)
        geometry_digest = None
        if geometry is not None and self.geometry_column:
            geometry_digest = _hash(bytes(geometry.asWkb()))
        found = self.index.get(key)
        if found is None:
            self._insert(values, geometry)
            if self.log is not None:
                new = {f: values.get(f) for f in self.key_fields + self.fields}
                if self.geometry_column and geometry is not None:
                    new[GEOMETRY_KEY] = bytes(geometry.asWkb())
                self.log.add(self.name, key, "inserted", None, None, new)
            self.index[key] = row  # inserted by this import: only its row is kept
            return "inserted"
        if isinstance(found, int):
            return "unchanged"  # inserted earlier in this import (a second source row for the key)
        fid, digest, stored_digest = found[:3]
        self.matched.add(fid)
        new_digest = self._digest([values.get(f) for f in self.compared])
        geometry_changed = geometry_digest is not None and geometry_digest != stored_digest
        if new_digest == digest and not geometry_changed:
            self.index[key] = (fid, digest, stored_digest, row)
            return "unchanged"
        changes, old = self._changes(fid, values) if new_digest != digest else ({}, {})
        if geometry_changed:
            stored_wkb = self.con.wkb(
                self.con.execute(
                    "SELECT {} FROM {} WHERE fid = ?".format(
                        self.con.geometry_select(self.geometry_column), self.table
                    ),
                    (fid,),
                ).fetchone()[0]
            )
            stored = QgsGeometry()
            if stored_wkb is not None:
                stored.fromWkb(stored_wkb)
            if stored_wkb is None or not stored.equals(geometry):
                changes[self.geometry_column] = self.con.geometry_value(geometry, self.name)
                old[GEOMETRY_KEY] = stored_wkb
                self._grow(geometry)
            else:
                geometry_digest = stored_digest  # the same shape, written another way: left alone
        if not changes:
            self.index[key] = (fid, digest, stored_digest, row)
            return "unchanged"
        self.changed_fields.update("geometry" if c == self.geometry_column else c for c in changes)
        if self.log is not None:
            new = {c: values.get(c) for c in changes if c != self.geometry_column}
            if self.geometry_column in changes:
                new[GEOMETRY_KEY] = bytes(geometry.asWkb())
            self.log.add(self.name, key, "updated", fid, old, new)
        if not self.dry_run:
            self._flush()
            assignments = ", ".join("{} = {}".format(quote_identifier(c), self._mark(c)) for c in changes)
            self.con.execute(
                "UPDATE {} SET {} WHERE fid = ?".format(self.table, assignments),
                list(changes.values()) + [fid],
            )
        self.index[key] = (fid, new_digest, geometry_digest if geometry_changed else stored_digest, row)
        self.touched = True
        return "changed"

    def _changes(self, fid: int, values: Dict[str, Any]) -> Tuple[Dict[str, Any], Dict[str, Any]]:
        """(new values, old values) of the compared fields that differ."""
        columns = ", ".join(quote_identifier(f) for f in self.compared)
        row = self.con.execute(
            "SELECT {} FROM {} WHERE fid = ?".format(columns, self.table), (fid,)
        ).fetchone()
        changes, old_values = {}, {}
        for field, old in zip(self.compared, row):
            new = values.get(field)
            if _comparable(self.kinds[field], old) != _comparable(self.kinds[field], new):
                changes[field] = new
                old_values[field] = old
        return changes, old_values

    def _insert(self, values: Dict[str, Any], geometry: Optional[QgsGeometry]) -> None:
        if self.dry_run:
            return
        row = [values.get(f) for f in self.key_fields + self.fields]
        if self.geometry_column:
            row.append(self.con.geometry_value(geometry, self.name))
            if geometry is not None:
                self._grow(geometry)
        self.pending.append(tuple(row))
        if len(self.pending) >= BATCH:
            self._flush()

    def _flush(self) -> None:
        if not self.pending:
            return
        columns = [quote_identifier(f) for f in self.key_fields + self.fields]
        if self.geometry_column:
            columns.append(quote_identifier(self.geometry_column))
        marks = ["?" for _ in self.key_fields + self.fields]
        if self.geometry_column:
            marks.append(self.geometry_mark)
        sql = "INSERT INTO {} ({}) VALUES ({})".format(self.table, ", ".join(columns), ", ".join(marks))
        self.con.executemany(sql, self.pending)
        self.pending = []
        self.touched = True

    def set_geometry(self, fid: int, geometry: QgsGeometry, key: Tuple = ()) -> None:
        """Give row ``fid`` (which has none) a geometry."""
        if self.log is not None:
            self.log.add(
                self.name, key, "updated", fid, {GEOMETRY_KEY: None}, {GEOMETRY_KEY: bytes(geometry.asWkb())}
            )
        if self.dry_run:
            return
        self._flush()
        self.con.execute(
            "UPDATE {} SET {} = {} WHERE fid = ?".format(
                self.table, quote_identifier(self.geometry_column), self.geometry_mark
            ),
            (self.con.geometry_value(geometry, self.name), fid),
        )
        self._grow(geometry)
        self.touched = True

    def delete_unmatched(self, kept_keys: Set[Tuple]) -> int:
        """Replace mode: delete the rows that were not matched, except those whose key is kept."""
        self._flush()
        kept = {self.index[k][0] for k in kept_keys if isinstance(self.index.get(k), tuple)}
        doomed = sorted(self.all_fids - self.matched - kept)
        if self.log is not None:
            for fid, key, old in whole_rows(
                self.con, self.name, self.key_fields, self.geometry_column, doomed
            ):
                self.log.add(self.name, self._key(key), "deleted", fid, old, None)
        if self.dry_run:
            return len(doomed)
        for start in range(0, len(doomed), BATCH):
            chunk = doomed[start : start + BATCH]
            self.con.execute(
                "DELETE FROM {} WHERE fid IN ({})".format(self.table, ", ".join("?" for _ in chunk)), chunk
            )
        if doomed:
            self.touched = True
        return len(doomed)

    def _mark(self, column: str) -> str:
        return self.geometry_mark if column == self.geometry_column else "?"

    def _grow(self, geometry: QgsGeometry) -> None:
        box = geometry.boundingBox()
        if self.extent is None:
            self.extent = QgsRectangle(box)
        else:
            self.extent.combineExtentWith(box)

    def finish(self) -> None:
        """Flush, and keep GDAL's bookkeeping right: row count recounted, layer extent grown."""
        self._flush()
        if not self.touched or self.dry_run:
            return
        self.con.rows_written(self.name, self.extent if self.geometry_column else None)


# -- the plan of one import ----------------------------------------------------------------------


class Converted(NamedTuple):
    values: Dict[str, Any]
    geometry: Optional[QgsGeometry]  # in the target layer's CRS, of the target layer's kind
    boundary: Optional[QgsGeometry]  # permissions from polygons: the red line, in the boundaries' CRS
    problems: List[v.Problem]

    @property
    def errors(self) -> List[v.Problem]:
        return [p for p in self.problems if p.severity == v.ERROR]


def _crs(value) -> Optional[QgsCoordinateReferenceSystem]:
    if value is None:
        return None
    if isinstance(value, QgsCoordinateReferenceSystem):
        return value if value.isValid() else None
    text = str(value).strip()
    if not text:
        return None
    crs = QgsCoordinateReferenceSystem(text)
    if not crs.isValid():
        raise ImportFailed(
            tr("SOURCE_CRS '{}' is not a coordinate reference system QGIS knows.").format(text)
        )
    return crs


PLAN_MARGIN = 10000.0  # metres around the plan's areas and allocations still taken as "in the plan"


def _plan_extent(store: Store, crs: QgsCoordinateReferenceSystem) -> Optional[QgsRectangle]:
    """The extent of the store's areas and allocations in ``crs``, 10 km wider; None when empty."""
    extent = None  # type: Optional[QgsRectangle]
    for name in (schema.AREAS, schema.ALLOCATIONS):
        layer = store.layer(name)
        if layer.featureCount() == 0:
            continue
        box = layer.extent()
        if box.isEmpty():
            continue
        if layer.crs().isValid() and layer.crs() != crs:
            try:
                transform = QgsCoordinateTransform(layer.crs(), crs, QgsCoordinateTransformContext())
                box = transform.transformBoundingBox(box)
            except Exception:  # noqa: BLE001 - QgsCsException
                continue
        if extent is None:
            extent = QgsRectangle(box)
        else:
            extent.combineExtentWith(box)
    if extent is None:
        return None
    margin = PLAN_MARGIN if not crs.isGeographic() else PLAN_MARGIN / 111000.0
    return extent.buffered(margin)


def _layer_crs(store: Store, name: str) -> QgsCoordinateReferenceSystem:
    crs = store.layer(name).crs()
    return crs if crs.isValid() else QgsCoordinateReferenceSystem(store.crs_authid())


class ImportPlan:
    """Everything decided before the first row is read: mapping, CRSs, transforms, rules."""

    def __init__(self, table: SourceTable, store: Store, options: ImportOptions):
        if options.target not in TARGETS:
            raise ImportFailed(
                tr("Unknown import target '{}'; choose one of {}.").format(options.target, ", ".join(TARGETS))
            )
        if options.mode not in MODES:
            raise ImportFailed(tr("Unknown MODE '{}'; choose upsert or replace.").format(options.mode))
        self.table = table
        self.store = store
        self.target = options.target
        self.mode = options.mode
        self.day_first = bool(options.day_first)
        self.layer_name = TARGET_LAYERS[self.target]
        self.layer_def = schema.LAYERS[self.layer_name]
        self.kinds = {f.name: f.kind for f in self.layer_def.fields}
        self.key_fields = KEYS[self.target]
        self.notes = []  # type: List[str]

        suggestion = None
        field_map = options.field_map
        try:
            if isinstance(field_map, FieldMap):
                mapping = field_map
            elif field_map and str(field_map).strip():
                mapping = parse_field_map(str(field_map), self.target)
            else:
                suggestion = suggest_mapping(table.headings, self.target)
                mapping = suggestion.field_map
                self.notes.append(
                    tr("No field map given; mapped from the headings: {}").format(mapping.text())
                )
            self.field_map = mapping.resolved(table.headings, table.name)
        except FieldMapError as exc:
            raise ImportFailed(str(exc)) from None
        for target in self.field_map.targets:
            if target not in self.kinds:
                raise ImportFailed(tr("{} is not a field of {}.").format(target, self.layer_name))
        self.columns = dict(self.field_map.columns)

        x_field, y_field = options.x_field or None, options.y_field or None
        source_crs = _crs(options.source_crs)
        if suggestion is not None and not (x_field or y_field):
            x_field, y_field = suggestion.x_field, suggestion.y_field
            if suggestion.source_crs and source_crs is None:
                source_crs = QgsCoordinateReferenceSystem(suggestion.source_crs)
        if bool(x_field) != bool(y_field):
            raise ImportFailed(tr("Give both X_FIELD and Y_FIELD, or neither."))
        self.spatial = self.layer_def.geometry is not None
        if not self.spatial and x_field:
            self.notes.append(
                tr("{} has no geometry: X_FIELD and Y_FIELD are ignored.").format(self.layer_name)
            )
            x_field = y_field = None
        if x_field:
            x_field = self._heading("X_FIELD", x_field)
            y_field = self._heading("Y_FIELD", y_field)
        self.x_field, self.y_field = x_field, y_field

        self._check_mapping()
        self._check_duplicates()

        # Geometry: from X/Y columns, else from the layer; transformed to the target layer's CRS.
        self.plan_crs = QgsCoordinateReferenceSystem(store.crs_authid())
        self.from_xy = bool(self.x_field)
        self.from_layer = self.spatial and not self.from_xy and table.is_spatial
        self.source_crs = None  # type: Optional[QgsCoordinateReferenceSystem]
        if self.from_xy:
            self.source_crs = source_crs or self.plan_crs
        elif self.from_layer:
            layer_crs = table.crs()
            self.source_crs = layer_crs if layer_crs.isValid() else source_crs
            if self.source_crs is None:
                raise ImportFailed(tr("{} has no CRS: set SOURCE_CRS.").format(table.name))
            if source_crs is not None and layer_crs.isValid() and source_crs != layer_crs:
                self.notes.append(
                    tr("{name} is in {crs}; SOURCE_CRS applies to X/Y columns only and was not used.").format(
                        name=table.name, crs=layer_crs.authid()
                    )
                )
        if self.target == BOUNDARIES and not (self.from_layer and table.is_polygon):
            raise ImportFailed(
                tr(
                    "Boundaries are imported from a polygon layer (Shapefile, GeoPackage, GeoJSON); "
                    "{} has no polygons."
                ).format(table.name)
            )
        context = QgsCoordinateTransformContext()
        self.to_target = None  # type: Optional[QgsCoordinateTransform]
        self.to_boundaries = None  # type: Optional[QgsCoordinateTransform]
        self.to_wgs84 = None  # type: Optional[QgsCoordinateTransform]
        self.with_boundaries = self.target == PERMISSIONS and self.from_layer and table.is_polygon
        self.area = None  # type: Optional[QgsRectangle]
        self.plan_extent = None  # type: Optional[QgsRectangle]
        if self.source_crs is not None:
            target_crs = _layer_crs(store, self.layer_name)
            self.target_crs = target_crs
            self.to_target = QgsCoordinateTransform(self.source_crs, target_crs, context)
            boundaries_crs = _layer_crs(store, schema.PERMISSION_BOUNDARIES)
            self.to_boundaries = QgsCoordinateTransform(self.source_crs, boundaries_crs, context)
            self.to_permissions = QgsCoordinateTransform(
                self.source_crs, _layer_crs(store, schema.PERMISSIONS), context
            )
            wgs84 = QgsCoordinateReferenceSystem(WGS84)
            self.to_wgs84 = QgsCoordinateTransform(self.source_crs, wgs84, context)
            bounds = self.plan_crs.bounds()
            if not bounds.isEmpty():
                self.area = bounds.buffered(0.01)
            self.geographic = self.source_crs.isGeographic()
            self.plan_extent = _plan_extent(store, target_crs)

        settings = store.plan_settings()
        self.lpas = v.LpaCodes(settings.get("lpas") or [])
        self.generate_ids = self.target == COMPLETIONS and "completion_id" not in self.field_map
        self.occurrences = Counter()  # type: Counter
        # What the import writes: the mapped fields, and those it derives.
        fields = [f for f in self.layer_def.field_names if f in self.field_map]
        if self.target == PERMISSIONS and "net_units" not in fields and "units_proposed" in fields:
            fields.append("net_units")
        if self.generate_ids:
            fields.insert(0, "completion_id")
        if self.target == TRAJECTORY and "source" not in fields:
            fields.append("source")  # imported projections are the officer's
        for key in self.key_fields:
            if key not in fields:
                fields.append(key)
        self.fields = fields
        self.protected = OFFICER_FIELDS if self.target in (PERMISSIONS, COMPLETIONS) else set()

    def _heading(self, parameter: str, wanted: str) -> str:
        heading = resolve_heading(self.table.headings, wanted)
        if heading is None:
            raise ImportFailed(
                tr("{parameter} '{wanted}' is not a column of {name}. Its columns are: {columns}.").format(
                    parameter=parameter,
                    wanted=wanted,
                    name=self.table.name,
                    columns=", ".join(self.table.headings),
                )
            )
        return heading

    def _check_duplicates(self) -> None:
        """A heading the file repeats: refused when the mapping uses it (which column is meant?), a
        note when it does not."""
        duplicates = self.table.duplicates
        if not duplicates:
            return
        used = set(self.columns.values()) | {self.x_field, self.y_field}
        for target in self.field_map.templates:
            used.update(self.field_map.template_columns(target))
        for heading, places in duplicates.items():
            where = ", ".join(str(p) for p in places)
            if heading in used:
                raise ImportFailed(
                    tr(
                        "The column heading '{heading}' appears {count} times in {name} (columns {where}): "
                        "the import cannot tell which one is meant. Rename the columns in the file."
                    ).format(heading=heading, count=len(places), name=self.table.name, where=where)
                )
            self.notes.append(
                tr(
                    "The column heading '{heading}' appears {count} times in {name} (columns {where}); "
                    "it is not imported."
                ).format(heading=heading, count=len(places), name=self.table.name, where=where)
            )

    def _check_mapping(self) -> None:
        mapped = self.field_map
        missing = []
        if self.target == PERMISSIONS:
            if "app_ref" not in mapped.columns and "app_ref" not in mapped.templates:
                missing.append("app_ref")
            if "net_units" not in mapped and "units_proposed" not in mapped:
                missing.append(tr("net_units (or units_proposed)"))
        elif self.target == COMPLETIONS:
            if "units" not in mapped:
                missing.append("units")
            if "completion_date" not in mapped and "monitoring_year" not in mapped:
                missing.append(tr("completion_date or monitoring_year"))
        elif self.target == BOUNDARIES:
            if "app_ref" not in mapped.columns and "app_ref" not in mapped.templates:
                missing.append("app_ref")
        elif self.target == STARTS:
            missing.extend(f for f in ("app_ref", "start_date", "units") if f not in mapped)
        elif self.target == TRAJECTORY:
            missing.extend(f for f in ("monitoring_year", "units") if f not in mapped)
            if "site_ref" not in mapped and "app_ref" not in mapped:
                missing.append(tr("site_ref or app_ref"))
        if missing:
            raise ImportFailed(
                tr(
                    "The field map gives no column for {missing} (required in {layer}). "
                    "{name} has the columns: {columns}."
                ).format(
                    missing=", ".join(missing),
                    layer=self.layer_name,
                    name=self.table.name,
                    columns=", ".join(self.table.headings),
                )
            )

    # converting one row
    def _convert_value(self, target: str, raw: Any) -> Tuple[Any, Optional[str], str]:
        """(value, reason, severity) for one mapped value."""
        kind = self.kinds[target]
        if target == "permission_type":
            value, reason = v.permission_type(raw)
            return value, reason, v.WARNING
        if target == "lpa":
            value, reason = self.lpas.code(raw)
            return value, reason, v.WARNING
        if target == "source" and self.target == COMPLETIONS:
            value, reason = v.coded(
                raw, v.COMPLETION_SOURCE_CODES, "other", tr("completion source"), schema.COMPLETION_SOURCES
            )
            return value, reason, v.WARNING
        if target == "source" and self.target == TRAJECTORY:
            value, reason = v.coded(
                raw, v.TRAJECTORY_SOURCE_CODES, "officer", tr("trajectory source"), schema.TRAJECTORY_SOURCES
            )
            return value, reason, v.WARNING
        if target == "monitoring_year":
            value, reason = v.parse_monitoring_year(raw)
            return value, reason, v.ERROR
        if target in ("brownfield", "deliverable", "tag_locked"):
            value, reason = v.parse_flag(raw)
            return value, (reason + tr("; left empty") if reason else None), v.WARNING
        if kind == schema.INTEGER:
            value, reason = v.parse_whole(raw)
            return value, reason, v.ERROR
        if kind == schema.REAL:
            value, reason = v.parse_number(raw)
            return value, reason, v.ERROR
        if kind == schema.DATE:
            value, reason = v.parse_date(raw, self.day_first)
            return value, reason, v.ERROR
        return v.as_text(raw), None, v.ERROR

    def _field_values(self, row, only: Optional[Set[str]] = None) -> Tuple[Dict[str, Any], List[v.Problem]]:
        """The row's values for the store's fields (all, or ``only`` these), and their problems."""
        values = {}  # type: Dict[str, Any]
        problems = []  # type: List[v.Problem]
        number = row.row
        sources = []  # type: List[Tuple[str, Any, Any]]  (target, raw value, what it came from)
        for target, column in self.columns.items():
            sources.append((target, row.values.get(column), column))
        for target, constant in self.field_map.constants.items():
            sources.append((target, constant, "'{}'".format(constant)))
        for target, template in self.field_map.templates.items():
            parts = {c: v.as_text(row.values.get(c)) for c in self.field_map.template_columns(target)}
            raw = None
            if any(part is not None for part in parts.values()):
                raw = TEMPLATE_PART.sub(lambda m, parts=parts: parts.get(m.group(1)) or "", template)
            sources.append((target, raw, template))
        for target, raw, origin in sources:
            if only is not None and target not in only:
                continue
            value, reason, severity = self._convert_value(target, raw)
            if reason:
                problems.append(v.Problem(number, target, origin, v.as_text(raw), reason, severity))
            values[target] = value if not (reason and severity == v.ERROR) else None
        return values, problems

    def key_values(self, row) -> Dict[str, Any]:
        """Only the key fields of a row, converted as an import converts them."""
        return self._field_values(row, set(self.key_fields))[0]

    def convert(self, row) -> Converted:
        number = row.row
        values, problems = self._field_values(row)
        failed = {p.target for p in problems if p.severity == v.ERROR}

        for target in NOT_NEGATIVE[self.target]:
            value = values.get(target)
            if value is not None and value < 0:
                problems.append(
                    v.Problem(
                        number, target, self.columns.get(target, target), value, tr("cannot be negative")
                    )
                )
                failed.add(target)
        if self.target == PERMISSIONS and not failed & {"units_proposed", "units_existing", "net_units"}:
            problem = v.net_units_problem(values, self.columns, number)
            if problem:
                problems.append(problem)
        if self.target == COMPLETIONS and not failed & {"completion_date", "monitoring_year"}:
            problem = v.completion_period_problem(values, self.columns, number)
            if problem:
                problems.append(problem)
        if self.target == TRAJECTORY:
            if values.get("site_ref") is None and values.get("app_ref") is None:
                problems.append(
                    v.Problem(number, "site_ref", "", None, tr("neither site_ref nor app_ref is given"))
                )
            if "source" not in self.field_map:
                values["source"] = "officer"

        required = [f for f in self.layer_def.required_fields if f not in failed]
        if self.generate_ids:
            required = [f for f in required if f != "completion_id"]
        if self.target == PERMISSIONS and "net_units" in required and "net_units" not in self.field_map:
            if values.get("net_units") is None and "units_proposed" not in failed:
                problems.append(
                    v.Problem(
                        number,
                        "units_proposed",
                        self.columns.get("units_proposed", ""),
                        None,
                        tr("is empty: net_units is required (from units_proposed − units_existing)"),
                    )
                )
            required.remove("net_units")
        for field in required:
            if values.get(field) is None and field not in failed:
                column = self.columns.get(field, "")
                reason = tr("is empty: {} is required").format(field)
                problems.append(v.Problem(number, field, column, None, reason))

        if self.table.mixed_encoding:
            for column, value in row.values.items():
                if isinstance(value, str) and REPLACEMENT in value:
                    problems.append(
                        v.Problem(
                            number,
                            "",
                            column,
                            value,
                            tr(
                                "holds a byte that is not UTF-8 (shown as \ufffd) in a file that is UTF-8 "
                                "elsewhere: loaded; correct the text, or save the file as CSV UTF-8"
                            ),
                            v.WARNING,
                        )
                    )

        geometry = boundary = None
        if self.spatial:
            geometry, boundary, geometry_problems = self._geometry(row)
            problems.extend(geometry_problems)

        if self.generate_ids and not any(p.severity == v.ERROR for p in problems):
            content = [values.get(f) for f in sorted(self.field_map.targets) if f not in OFFICER_FIELDS]
            if self.from_xy:
                content += [v.as_text(row.values.get(self.x_field)), v.as_text(row.values.get(self.y_field))]
            elif row.geometry is not None:
                content.append(row.geometry.asWkt(6))
            digest = v.content_digest(content)
            self.occurrences[digest] += 1
            values["completion_id"] = v.generated_completion_id(digest, self.occurrences[digest])
        return Converted(values, geometry, boundary, problems)

    def _geometry(self, row) -> Tuple[Optional[QgsGeometry], Optional[QgsGeometry], List[v.Problem]]:
        number = row.row
        problems = []  # type: List[v.Problem]
        if self.from_xy:
            column = "{} / {}".format(self.x_field, self.y_field)
            x_raw, y_raw = row.values.get(self.x_field), row.values.get(self.y_field)
            shown = "{}, {}".format(v.as_text(x_raw) or "", v.as_text(y_raw) or "")
            x, x_error = v.parse_number(x_raw)
            y, y_error = v.parse_number(y_raw)
            if x_error or y_error:
                problems.append(
                    v.Problem(number, "geometry", column, shown, tr("the coordinates are not numbers"))
                )
                return None, None, problems
            if x is None and y is None:
                if self.target == PERMISSIONS:
                    problems.append(
                        v.Problem(
                            number,
                            "geometry",
                            column,
                            shown,
                            tr("no coordinates: loaded without a location"),
                            v.WARNING,
                        )
                    )
                return None, None, problems
            if x is None or y is None:
                problems.append(
                    v.Problem(
                        number, "geometry", column, shown, tr("only one of the two coordinates is given")
                    )
                )
                return None, None, problems
            if x == 0 and y == 0:
                problems.append(
                    v.Problem(
                        number,
                        "geometry",
                        column,
                        shown,
                        tr("0, 0 is not a location: loaded without one"),
                        v.WARNING,
                    )
                )
                return None, None, problems
            source = QgsGeometry.fromPointXY(QgsPointXY(x, y))
        else:
            if not self.from_layer:
                return None, None, problems
            if row.geometry is None or row.geometry.isNull() or row.geometry.isEmpty():
                if self.target == BOUNDARIES:
                    problems.append(
                        v.Problem(
                            number,
                            "geometry",
                            tr("geometry"),
                            tr("empty") if row.geometry is not None else None,
                            tr("no polygon: the feature's geometry is empty or missing"),
                        )
                    )
                return None, None, problems
            column = tr("geometry")
            source = _flat(row.geometry)
            shown = source.asWkt(3)[:60]
        reason = self._location_problem(source)
        if reason:
            problems.append(v.Problem(number, "geometry", column, shown, reason))
            return None, None, problems
        geometry, boundary, problems = self._fit(source, number, column, shown, problems)
        if geometry is not None and self.plan_extent is not None:
            reason, severity = self._plan_area_problem(source, geometry)
            if reason:
                problems.append(v.Problem(number, "geometry", column, shown, reason, severity))
                if severity == v.ERROR:
                    return None, None, problems
        return geometry, boundary, problems

    def _plan_area_problem(self, source: QgsGeometry, geometry: QgsGeometry) -> Tuple[Optional[str], str]:
        """A point outside the plan's areas and allocations (10 km around them): an error when its
        coordinates swapped lie inside (they were swapped), else a warning."""
        centre = geometry.boundingBox().center()
        if self.plan_extent.contains(centre):
            return None, v.WARNING
        point = source.boundingBox().center()
        try:
            swapped = self.to_target.transform(QgsPointXY(point.y(), point.x()))
        except Exception:  # noqa: BLE001 - QgsCsException
            swapped = None
        if swapped is not None and self.plan_extent.contains(swapped):
            if self.geographic:
                return tr("latitude and longitude look swapped (the Y column holds the longitude)"), v.ERROR
            return tr("X and Y look swapped (the X column holds the northing)"), v.ERROR
        return tr("outside the plan area (more than 10 km from its areas and allocations); loaded"), v.WARNING

    def _location_problem(self, geometry: QgsGeometry) -> Optional[str]:
        """Why a geometry (in the source CRS) is not in the plan's CRS area, or None."""
        centre = geometry.boundingBox().center()
        x, y = centre.x(), centre.y()
        crs_name = self.source_crs.authid() or self.source_crs.description()
        if self.geographic:
            if abs(x) > 180 or abs(y) > 90:
                return tr(
                    "these look like eastings/northings, not longitude/latitude ({}): "
                    "set SOURCE_CRS (e.g. EPSG:27700)"
                ).format(crs_name)
        elif abs(x) <= 180 and abs(y) <= 90:
            return tr("these look like longitude/latitude, not {}: set SOURCE_CRS to EPSG:4326").format(
                crs_name
            )
        if self.area is None:
            return None
        try:
            lon_lat = self.to_wgs84.transform(centre)
        except Exception:  # noqa: BLE001 - QgsCsException: not transformable, so not in the area
            lon_lat = None
        if lon_lat is not None and self.area.contains(lon_lat):
            return None
        if self.geographic and self.area.contains(QgsPointXY(y, x)):
            return tr("latitude and longitude look swapped (the Y column holds the longitude)")
        if not self.geographic:
            try:
                swapped = self.to_wgs84.transform(QgsPointXY(y, x))
            except Exception:  # noqa: BLE001
                swapped = None
            if swapped is not None and self.area.contains(swapped):
                return tr("X and Y look swapped (the X column holds the northing)")
        return tr("outside the area of use of the plan's CRS {}").format(self.plan_crs.authid())

    def _fit(self, source: QgsGeometry, number, column, shown, problems):
        kind = source.type()
        target_kind = self.layer_def.geometry
        boundary = None
        try:
            if target_kind == schema.MULTIPOLYGON:
                if kind != QgsWkbTypes.PolygonGeometry:
                    problems.append(v.Problem(number, "geometry", column, shown, tr("not a polygon")))
                    return None, None, problems
                geometry = QgsGeometry(source)
                geometry.transform(self.to_target)
                geometry.convertToMultiType()
                if not geometry.isGeosValid():
                    problems.append(
                        v.Problem(
                            number,
                            "geometry",
                            column,
                            shown,
                            tr("the polygon is not valid; kept as given"),
                            v.WARNING,
                        )
                    )
                return geometry, None, problems
            if kind == QgsWkbTypes.PointGeometry:
                geometry = QgsGeometry(source)
                if geometry.isMultipart():
                    parts = geometry.asMultiPoint()
                    if len(parts) != 1:
                        problems.append(
                            v.Problem(number, "geometry", column, shown, tr("several points, not one"))
                        )
                        return None, None, problems
                    geometry = QgsGeometry.fromPointXY(parts[0])
                geometry.transform(self.to_target)
                return geometry, None, problems
            if kind == QgsWkbTypes.PolygonGeometry:
                valid = source if source.isGeosValid() else source.makeValid()
                if self.with_boundaries:
                    boundary = QgsGeometry(source)
                    boundary.transform(self.to_boundaries)
                    boundary.convertToMultiType()
                    if valid is not source:
                        problems.append(
                            v.Problem(
                                number,
                                "geometry",
                                column,
                                shown,
                                tr(
                                    "the red line is not valid; kept as given, "
                                    "its point taken from the repaired shape"
                                ),
                                v.WARNING,
                            )
                        )
                geometry = valid.pointOnSurface()
                if geometry.isNull() or geometry.isEmpty():
                    problems.append(
                        v.Problem(number, "geometry", column, shown, tr("no point on the polygon's surface"))
                    )
                    return None, None, problems
                geometry.transform(self.to_target)
                return geometry, boundary, problems
        except Exception as exc:  # noqa: BLE001 - QgsCsException and GEOS errors, per row
            problems.append(
                v.Problem(
                    number,
                    "geometry",
                    column,
                    shown,
                    tr("cannot be transformed to the store's CRS ({})").format(exc),
                )
            )
            return None, None, problems
        problems.append(
            v.Problem(number, "geometry", column, shown, tr("a line, where a point or polygon is needed"))
        )
        return None, None, problems

    def point_for_permissions(self, source: QgsGeometry) -> Optional[QgsGeometry]:
        """A point on a boundary's surface in the permissions' CRS (for permissions lacking one)."""
        valid = source if source.isGeosValid() else source.makeValid()
        point = valid.pointOnSurface()
        if point.isNull() or point.isEmpty():
            return None
        point.transform(self.to_permissions)
        return point


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
    return _duplicate_problem(plan, key, number, first)


def _duplicate_problem(plan: ImportPlan, key: Tuple, number: int, first: int) -> v.Problem:
    shown = " / ".join("" if k is None else str(k) for k in key)
    field = " + ".join(plan.key_fields)
    column = " + ".join(plan.columns.get(f, f) for f in plan.key_fields)
    return v.Problem(
        number,
        field,
        column,
        shown,
        tr("the same {} as row {} of this file (a duplicate)").format(field, first),
    )


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
            _run(plan, con, report, rejects, total, feedback, log)
            if log is not None and log.rows:
                log.write(con)
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
    permission_points = {}  # type: Dict[Any, int]
    permission_refs = set()  # type: Set[Any]
    points_writer = None
    if plan.target == BOUNDARIES:
        points_writer = LayerWriter(
            con, store, schema.PERMISSIONS, ("app_ref",), (), geometry=True, log=log, dry_run=dry_run
        )
        geometry_column = quote_identifier(points_writer.geometry_column)
        for fid, app_ref, has_point in con.execute(
            "SELECT fid, app_ref, {} IS NOT NULL FROM permissions".format(geometry_column)
        ):
            permission_refs.add(app_ref)
            if not has_point and app_ref is not None:
                permission_points.setdefault(app_ref, fid)

    rejected_keys = set()  # type: Set[Tuple]
    parents = []  # type: List[Tuple[int, str, str]]
    # A red line drawn as several features with one app_ref is one boundary of several parts: the
    # parts are gathered (only for the app_refs the file repeats) and written once, merged.
    repeated = _repeated_keys(plan, writer) if plan.target == BOUNDARIES else set()
    parts = {}  # type: Dict[Tuple, RedLineParts]
    for row in plan.table.rows(with_geometry=plan.from_layer):
        report.read += 1
        if report.read % PROGRESS_EVERY == 0 and feedback is not None:
            if feedback.isCanceled():
                raise ImportCancelled(tr("The import was cancelled; the store was left as it was."))
            if total > 0:
                feedback.setProgress(min(99.0, 100.0 * report.read / total))
        converted = plan.convert(row)
        problems = list(converted.problems)
        key = writer.key_of(converted.values)
        if not converted.errors and key not in repeated:
            first = writer.first_row(key)
            if first is not None:
                problems.append(_duplicate_problem(plan, key, row.row, first))
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
        if points_writer is not None:
            app_ref = converted.values["app_ref"]
            if app_ref not in permission_refs:
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
            fid = permission_points.pop(app_ref, None)
            if fid is not None and converted.geometry is not None and row.geometry is not None:
                point = plan.point_for_permissions(_flat(row.geometry))
                if point is not None:
                    points_writer.set_geometry(fid, point, points_writer.key_of({"app_ref": app_ref}))
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
            if _comparable(schema.TEXT, parent) not in known:
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
    for item in (writer, boundary_writer, points_writer):
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


class RedLineParts:
    """The features of one red line that a file gives as several rows with one app_ref."""

    def __init__(self, values: Dict[str, Any], geometries: List[Optional[QgsGeometry]], rows: List[int]):
        self.values = values
        self.geometries = [g for g in geometries if g is not None]
        self.rows = rows

    def add(self, geometry: Optional[QgsGeometry], row: int) -> None:
        if geometry is not None:
            self.geometries.append(geometry)
        self.rows.append(row)

    def merged(self) -> Optional[QgsGeometry]:
        if not self.geometries:
            return None
        merged = QgsGeometry.unaryUnion(self.geometries)
        if merged.isNull():  # GEOS could not union them: keep every part as drawn
            merged = QgsGeometry.collectGeometry(self.geometries)
        merged.convertToMultiType()
        return merged


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
