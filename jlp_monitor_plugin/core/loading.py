"""Loading layers that already follow the monitoring data standard into a store.

The source is a GeoPackage whose layers carry the standard's names and fields (as another tool, or
the demo-data generator, writes them). Rows are checked for the required values and unique keys,
geometries are transformed to the store layer's CRS, and every rejected row is kept with its reason.
Back-office extracts with other column names go through the importers instead.
"""

import csv
import logging
import os
from typing import Any, Dict, List, NamedTuple, Optional

from qgis.core import (
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsWkbTypes,
)

from . import schema
from .safe_cells import safe_row
from .store import Store, StoreError
from .translation import tr
from .values import plain_value

LOG = logging.getLogger(__name__)

# Tables the plugin writes itself; a source's copies of them are not loaded.
NOT_LOADED = {schema.TAG_AUDIT, schema.PLAN_SETTINGS, schema.IMPORT_LOG}
CHUNK = 5000


class Rejected(NamedTuple):
    layer: str
    row: int  # 1-based position of the row in the source layer
    reason: str
    values: Dict[str, Any]


class LoadReport(NamedTuple):
    read: Dict[str, int]
    loaded: Dict[str, int]
    rejected: List[Rejected]

    @property
    def total_read(self) -> int:
        return sum(self.read.values())

    @property
    def total_loaded(self) -> int:
        return sum(self.loaded.values())


def load_standard(source_path: str, store: Store, feedback=None) -> LoadReport:
    """Append the standard layers found in ``source_path`` to ``store``; READ = LOADED + REJECTED."""
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
    total = sum(source.count(n) for n in names) or 1
    done = 0
    report = LoadReport({}, {}, [])
    for name in names:
        if feedback is not None and feedback.isCanceled():
            break
        src = source.layer(name)
        dst = store.layer(name)
        layer_def = schema.LAYERS[name]
        keys = _existing_keys(dst, layer_def.key)
        transform = None
        if dst.isSpatial() and src.isSpatial() and src.crs() != dst.crs():
            transform = QgsCoordinateTransform(src.crs(), dst.crs(), QgsCoordinateTransformContext())
        src_names = set(src.fields().names())
        batch = []  # type: List[QgsFeature]
        read = loaded = 0
        for row, feature in enumerate(src.getFeatures(), start=1):
            read += 1
            values = {f: plain_value(feature[f]) for f in src.fields().names()}
            reason = _row_problem(layer_def, values, src_names, keys)
            geometry = None
            if reason is None and dst.isSpatial() and feature.hasGeometry():
                geometry, reason = _fit_geometry(
                    QgsGeometry(feature.geometry()), dst.geometryType(), transform
                )
            if reason is not None:
                report.rejected.append(Rejected(name, row, reason, values))
                continue
            out = QgsFeature(dst.fields())
            for field_name in dst.fields().names():
                if field_name in src_names and field_name != "fid":
                    out[field_name] = feature[field_name]
            if geometry is not None:
                out.setGeometry(geometry)
            if layer_def.key:
                keys.add(values[layer_def.key])
            batch.append(out)
            if len(batch) >= CHUNK:
                loaded += _write(store, name, batch)
                batch = []
            done += 1
            if feedback is not None and done % 500 == 0:
                feedback.setProgress(100.0 * done / total)
                if feedback.isCanceled():
                    break
        loaded += _write(store, name, batch)
        report.read[name] = read
        report.loaded[name] = loaded
        description = source.layer_description(name)
        if description:
            store.set_layer_description(name, description)
        LOG.info("Loaded %s: %d of %d rows from %s", name, loaded, read, source_path)
    return report


def _existing_keys(layer, key: Optional[str]) -> set:
    if not key:
        return set()
    index = layer.fields().indexOf(key)
    return {plain_value(v) for v in layer.uniqueValues(index)} - {None}


def _row_problem(layer_def: schema.LayerDef, values: Dict[str, Any], src_names, keys) -> Optional[str]:
    for field_name in layer_def.required_fields:
        if field_name not in src_names:
            return tr("the layer has no '{}' field").format(field_name)
        if values.get(field_name) in (None, ""):
            return tr("required field '{}' is empty").format(field_name)
    if layer_def.name == schema.COMPLETIONS and not (
        values.get("completion_date") or values.get("monitoring_year")
    ):
        return tr("neither completion_date nor monitoring_year is given")
    if layer_def.key and values.get(layer_def.key) in keys:
        return tr("{} '{}' is already in the store or earlier in this file").format(
            layer_def.key, values.get(layer_def.key)
        )
    return None


def _fit_geometry(geometry: QgsGeometry, target_type, transform):
    """The geometry in the target CRS and geometry kind, or (None, reason)."""
    if transform is not None:
        try:
            geometry.transform(transform)
        except Exception as exc:  # noqa: BLE001 - QgsCsException and friends
            return None, tr("geometry cannot be transformed to the store's CRS ({})").format(exc)
    if target_type == QgsWkbTypes.PointGeometry and geometry.type() == QgsWkbTypes.PolygonGeometry:
        geometry = geometry.pointOnSurface()
    elif target_type == QgsWkbTypes.PolygonGeometry:
        if geometry.type() != QgsWkbTypes.PolygonGeometry:
            return None, tr("a {} geometry where a polygon is needed").format(
                QgsWkbTypes.geometryDisplayString(geometry.type())
            )
        geometry.convertToMultiType()
    return geometry, None


def _write(store: Store, name: str, batch: List[QgsFeature]) -> int:
    if not batch:
        return 0
    ok, error = store.add_features(name, batch)
    if not ok:
        raise StoreError(tr("Writing {} rows to layer '{}' failed: {}").format(len(batch), name, error))
    return len(batch)


def write_rejects(path: str, rejected: List[Rejected]) -> None:
    """Rejected rows with their reason and every original column, as CSV (UTF-8 with BOM for Excel)."""
    columns = []  # type: List[str]
    for item in rejected:
        for column in item.values:
            if column not in columns:
                columns.append(column)
    with RejectsWriter(path, columns) as writer:
        for item in rejected:
            writer.write(item)


class RejectsWriter:
    """Rejected rows written as they come (an import streams its input, so they are never all held):
    layer, row, reason, then the given original columns; CSV, UTF-8 with BOM for Excel."""

    def __init__(self, path: str, columns: List[str]):
        self.path = path
        self.columns = list(columns)
        self.count = 0
        self._handle = open(path, "w", newline="", encoding="utf-8-sig")
        self._writer = csv.writer(self._handle)
        self._writer.writerow(safe_row(["layer", "row", "reason"] + self.columns))

    def write(self, item: Rejected) -> None:
        values = [_text(item.values.get(c)) for c in self.columns]
        self._writer.writerow(safe_row([item.layer, item.row, item.reason] + values))
        self.count += 1

    def close(self) -> None:
        """Finish the file: flushed and on the disk (an OSError here means it is not complete)."""
        if self._handle.closed:
            return
        try:
            self._handle.flush()
            os.fsync(self._handle.fileno())
        finally:
            self._handle.close()

    def __enter__(self) -> "RejectsWriter":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def _text(value: Any) -> str:
    return "" if value is None else str(value)
