"""Loading layers that already follow the monitoring data standard into a store.

The source is a GeoPackage whose layers carry the standard's names and fields (as another tool, or
the demo-data generator, writes them). Rows are checked for the required values, geometries are
transformed to the store layer's CRS, and every rejected row is kept with its reason.
Back-office extracts with other column names go through the importers instead.

Every layer is matched on its natural key (``schema.NATURAL_KEYS``: allocations by site_ref, areas by
lpa + policy_area, permissions and boundaries by app_ref, completions by completion_id, starts by
app_ref + start_date, trajectory by site_ref + app_ref + monitoring_year). MODE:

- ``upsert`` (default): a row whose key is new is inserted; a row whose key the store holds updates
  that row, only the values that differ (officer tag fields of existing permissions and completions
  are never touched). Loading the same file twice changes nothing the second time.
- ``replace``: as upsert, then the rows of each loaded layer whose key did not come back are deleted.
- ``append``: every row is added as a new row (a key the store's unique keys already hold is refused).

A row whose key comes earlier in the same layer of the file is rejected (a duplicate). The whole load
is ONE transaction (``Store.transaction``): a failure, a cancel or a killed process leaves the store
exactly as it was. READ = LOADED + REJECTED; LOADED = INSERTED + CHANGED + UNCHANGED (upsert).
"""

import logging
from typing import Any, Dict, List, NamedTuple, Optional

from qgis.core import (
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsWkbTypes,
)

from ..compat import POINT_GEOMETRY, POLYGON_GEOMETRY
from . import schema
from .output_guard import written_whole
from .rejects import Rejected, write_rejects
from .store import Store
from .store_base import StoreError
from .translation import tr
from .values import plain_value

LOG = logging.getLogger(__name__)

# Tables the plugin writes itself; a source's copies of them are not loaded.
NOT_LOADED = {schema.TAG_AUDIT, schema.PLAN_SETTINGS, schema.IMPORT_LOG} | set(schema.FROZEN_LAYERS)
UPSERT = "upsert"
REPLACE = "replace"
APPEND = "append"
MODES = [UPSERT, REPLACE, APPEND]
OFFICER_FIELDS = {f.name for f in schema.TAG_FIELDS}


class LoadCancelledError(Exception):
    """The load was cancelled; the store was left as it was."""


class LoadReport(NamedTuple):
    read: Dict[str, int]
    loaded: Dict[str, int]
    rejected: List[Rejected]
    inserted: Dict[str, int]
    changed: Dict[str, int]
    unchanged: Dict[str, int]
    deleted: Dict[str, int]

    @property
    def total_read(self) -> int:
        return sum(self.read.values())

    @property
    def total_loaded(self) -> int:
        return sum(self.loaded.values())

    def total(self, what: str) -> int:
        return sum(getattr(self, what).values())


class _Target(NamedTuple):
    """What the load needs to know of one store layer, read before the transaction starts."""

    spatial: bool
    geometry_type: Any
    crs: Any
    fields: List[str]


def load_standard(
    source_path: str, store: Store, feedback=None, mode: str = UPSERT, rejects_path: Optional[str] = None
) -> LoadReport:
    """Load the standard layers found in ``source_path`` into ``store`` in one transaction; see the
    module's description. ``rejects_path``: the rejected rows are written there before the load commits
    (if they cannot be, nothing is loaded). Raises StoreError or LoadCancelledError (nothing written)."""
    if mode not in MODES:
        raise StoreError(tr("Unknown MODE '{}'; choose upsert, replace or append.").format(mode))
    source = Store(source_path)
    try:
        names = [n for n in source.layer_names() if n in schema.LAYERS and n not in NOT_LOADED]
    except StoreError as exc:
        raise StoreError(tr("Source {}: {}").format(source_path, exc)) from None
    if not names:
        raise StoreError(
            tr("{} has no layer named after the monitoring data standard ({}).").format(
                source_path, ", ".join(n for n in schema.LAYERS if n not in NOT_LOADED)
            )
        )
    targets = {}
    for name in names:
        dst = store.layer(name)
        targets[name] = _Target(dst.isSpatial(), dst.geometryType(), dst.crs(), dst.fields().names())
    total = sum(source.count(n) for n in names) or 1
    report = LoadReport({}, {}, [], {}, {}, {}, {})
    try:
        with store.transaction() as con:
            done = 0
            for name in names:
                done = _load_layer(
                    source, store, con, name, targets[name], mode, report, feedback, done, total
                )
            if rejects_path:
                _write_rejects_whole(rejects_path, report.rejected)
    except (StoreError, LoadCancelledError):
        raise
    except Exception as exc:  # noqa: BLE001 - a database error: undone, said plainly
        LOG.exception("Loading %s into %s failed", source_path, store.path)
        raise StoreError(
            tr("Loading {} failed and was undone; the store is as it was. {}").format(source_path, exc)
        ) from None
    for name in names:
        LOG.info(
            "Loaded %s from %s: read %d, loaded %d (%d inserted, %d changed), deleted %d",
            name,
            source_path,
            report.read[name],
            report.loaded[name],
            report.inserted[name],
            report.changed[name],
            report.deleted[name],
        )
    return report


def _load_layer(source, store, con, name, target: _Target, mode, report: LoadReport, feedback, done, total):
    from .importing.writer import LayerWriter

    src = source.layer(name)
    layer_def = schema.LAYERS[name]
    src_names = src.fields().names()
    fields = [f for f in target.fields if f in src_names and f != "fid"]
    key_fields = [f for f in schema.NATURAL_KEYS[name] if f in target.fields]
    protected = OFFICER_FIELDS if name in (schema.PERMISSIONS, schema.COMPLETIONS) else ()
    writer = LayerWriter(con, store, name, key_fields, fields, protected, geometry=target.spatial)
    writer.load()
    unique = set()  # append mode: the values of the layer's unique key, stored and loaded
    if mode == APPEND and layer_def.key:
        unique = {key[key_fields.index(layer_def.key)] for key in writer.keys()}
    transform = None
    if target.spatial and src.isSpatial() and src.crs() != target.crs:
        transform = QgsCoordinateTransform(src.crs(), target.crs, QgsCoordinateTransformContext())
    counts = {"inserted": 0, "changed": 0, "unchanged": 0}
    rejected_keys = set()
    read = 0
    for row, feature in enumerate(src.getFeatures(), start=1):
        read += 1
        done += 1
        if feedback is not None and done % 500 == 0:
            if feedback.isCanceled():
                raise LoadCancelledError(tr("The load was cancelled; the store was left as it was."))
            feedback.setProgress(min(99.0, 100.0 * done / total))
        values = {f: plain_value(feature[f]) for f in src_names}
        reason = _row_problem(layer_def, values, set(src_names))
        key = writer.key_of(values)
        if reason is None:
            reason = _key_problem(writer, layer_def, key_fields, key, values, mode, unique)
        geometry = None
        if reason is None and target.spatial and feature.hasGeometry():
            geometry, reason = _fit_geometry(QgsGeometry(feature.geometry()), target.geometry_type, transform)
        if reason is not None:
            report.rejected.append(Rejected(name, row, reason, values))
            if any(part is not None for part in key):
                rejected_keys.add(key)
            continue
        if mode == APPEND:
            writer._insert(values, geometry)  # noqa: SLF001 - append: a new row whatever its key
            if layer_def.key:
                unique.add(values.get(layer_def.key))
            counts["inserted"] += 1
        else:
            counts[writer.upsert(values, geometry, row)] += 1
    deleted = writer.delete_unmatched(rejected_keys) if mode == REPLACE else 0
    writer.finish()
    description = source.layer_description(name)
    if description:
        con.describe(name, description)
    report.read[name] = read
    report.loaded[name] = sum(counts.values())
    report.inserted[name] = counts["inserted"]
    report.changed[name] = counts["changed"]
    report.unchanged[name] = counts["unchanged"]
    report.deleted[name] = deleted
    return done


def _key_problem(writer, layer_def, key_fields, key, values, mode, unique) -> Optional[str]:
    """Why a row's key cannot be loaded: a duplicate earlier in the layer, or (append) a unique key
    the store already holds."""
    shown = " / ".join("" if values.get(f) is None else str(values.get(f)) for f in key_fields)
    if mode == APPEND:
        if layer_def.key and values.get(layer_def.key) in unique:
            return tr("{} '{}' is already in the store or earlier in this file").format(
                layer_def.key, values.get(layer_def.key)
            )
        return None
    first = writer.first_row(key)
    if first is not None:
        return tr("the same {} ('{}') as row {} of this layer (a duplicate)").format(
            " + ".join(key_fields), shown, first
        )
    return None


def _row_problem(layer_def: schema.LayerDef, values: Dict[str, Any], src_names) -> Optional[str]:
    for field_name in layer_def.required_fields:
        if field_name not in src_names:
            return tr("the layer has no '{}' field").format(field_name)
        if values.get(field_name) in (None, ""):
            return tr("required field '{}' is empty").format(field_name)
    if layer_def.name == schema.COMPLETIONS and not (
        values.get("completion_date") or values.get("monitoring_year")
    ):
        return tr("neither completion_date nor monitoring_year is given")
    return None


def _fit_geometry(geometry: QgsGeometry, target_type, transform):
    """The geometry in the target CRS and geometry kind, or (None, reason)."""
    if transform is not None:
        try:
            geometry.transform(transform)
        except Exception as exc:  # noqa: BLE001 - QgsCsException and friends
            return None, tr("geometry cannot be transformed to the store's CRS ({})").format(exc)
    if target_type == POINT_GEOMETRY and geometry.type() == POLYGON_GEOMETRY:
        geometry = geometry.pointOnSurface()
    elif target_type == POLYGON_GEOMETRY:
        if geometry.type() != POLYGON_GEOMETRY:
            return None, tr("a {} geometry where a polygon is needed").format(
                QgsWkbTypes.geometryDisplayString(geometry.type())
            )
        geometry.convertToMultiType()
    return geometry, None


def _write_rejects_whole(path: str, rejected: List[Rejected]) -> None:
    """The rejects file written beside its target and moved into place when complete; a failure (a full
    disk) is a StoreError, raised before the load commits."""
    try:
        with written_whole(path) as part:
            write_rejects(part, rejected)
    except OSError as exc:
        raise StoreError(
            tr("The rejected rows could not be written to {} ({}); nothing was loaded.").format(path, exc)
        ) from None
