"""Copying a whole store to a new one, on either backend: GeoPackage → PostGIS (moving a council's store
onto the shared server) and PostGIS → GeoPackage (a snapshot to hand round or archive).

Every standard layer is copied row by row with its fid, attributes and geometry (transformed to the new
store's CRS when a layer of the source has another one), in one transaction on the destination: the
copy is whole or there is none. ``tag_audit`` rows keep their fids and order; plan settings are copied
exactly (the destination's preset rows replaced). Fields outside the standard are not copied; the
result lists them.
"""

from typing import Any, Dict, List, NamedTuple, Optional

from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle

from . import schema
from .sql import quote_identifier
from .store import Store, backend_for
from .store_base import StoreError
from .translation import tr


class CopyResult(NamedTuple):
    destination: Store
    counts: Dict[str, int]
    left_out: List[str]  # "layer.field" outside the standard, not copied


class CopyCancelledError(Exception):
    """The copy was cancelled; the destination was not created or holds nothing."""


def copy_store(source: Store, destination: str, feedback=None) -> CopyResult:
    """Copy ``source`` into a new store at ``destination`` (a .gpkg path or a PostGIS URI/conninfo).

    Whole or not at all (``create_whole``): a GeoPackage is written as a hidden temporary file in the
    destination's folder and moved into place only when complete (never over an existing file), so a
    failure, a cancel or a killed process leaves no store at ``destination``; a PostGIS copy is one
    transaction after the schema is made, and on a failure the tables it made are dropped again."""
    _check_keys(source)
    crs_authid = source.crs_authid()
    preset = source.plan_settings().get("preset") or "jlp"
    backend = backend_for(destination)

    def make(path: str) -> Store:
        try:
            return backend.create(path, preset, crs_authid)
        except KeyError:  # a preset this version does not know: the stored settings are copied anyway
            return backend.create(path, "jlp", crs_authid)

    result, copy = backend.create_whole(
        destination, make, lambda target: _copy_into(source, target, crs_authid, feedback)
    )
    return CopyResult(copy, result.counts, result.left_out)


def _copy_into(source: Store, target: Store, crs_authid: str, feedback) -> CopyResult:
    crs = QgsCoordinateReferenceSystem(crs_authid)
    present = set(source.layer_names())
    counts: Dict[str, int] = {}
    left_out: List[str] = []
    names = [n for n in schema.LAYERS if n in present]
    left_out.extend("layer {}".format(n) for n in sorted(present) if n not in schema.LAYERS)
    with target.transaction() as con:
        con.execute("DELETE FROM {}".format(quote_identifier(schema.PLAN_SETTINGS)))
        for step, name in enumerate(names):
            if feedback is not None:
                if feedback.isCanceled():
                    raise CopyCancelledError(tr("The copy was cancelled; nothing was copied."))
                feedback.setProgress(100.0 * step / max(len(names), 1))
            layer_def = schema.LAYERS[name]
            fields = layer_def.field_names
            source_fields = source.layer(name).fields().names()
            left_out.extend("{}.{}".format(name, f) for f in source_fields if f != "fid" and f not in fields)
            fields = [f for f in fields if f in source_fields]
            counts[name] = _copy_layer(source, target, con, name, fields, crs)
        con.rows_written(schema.PLAN_SETTINGS)
    target._settings_cache = None
    if feedback is not None:
        feedback.setProgress(100.0)
    return CopyResult(target, counts, left_out)


def _check_keys(source: Store) -> None:
    """Refuse, before anything is made, a source whose keys or coded values a PostGIS store refuses
    (SPEC: site_ref, app_ref, completion_id and plan settings' key are unique), naming them."""
    problems = []
    present = set(source.layer_names())
    for name, layer_def in schema.LAYERS.items():
        if name not in present:
            continue
        checks = {field: None for field in schema.CODED_VALUES.get(name, {})}
        if layer_def.key:
            checks[layer_def.key] = None
        fields = [f for f in checks if source.layer(name).fields().indexOf(f) >= 0]
        if not fields:
            continue
        seen: Dict[Any, int] = {}
        for row in source.read_rows(name, fields, with_geometry=False):
            values = dict(zip(fields, row[2:]))
            key = values.get(layer_def.key) if layer_def.key else None
            if key not in (None, ""):
                seen[key] = seen.get(key, 0) + 1
            for field, allowed in schema.CODED_VALUES.get(name, {}).items():
                value = values.get(field)
                if value not in (None, "") and value not in allowed:
                    problems.append(
                        tr("{}.{} has '{}', not one of the standard's values").format(name, field, value)
                    )
        twice = sorted(str(k) for k, n in seen.items() if n > 1)
        if twice:
            problems.append(
                tr("{} has {} more than once: {}").format(name, layer_def.key, ", ".join(twice[:10]))
            )
    if problems:
        raise StoreError(
            tr("The store cannot be copied as it is; nothing was copied. {}").format(
                "; ".join(sorted(set(problems))[:20])
            )
        )


def _copy_layer(source: Store, target: Store, con, name: str, fields: List[str], crs) -> int:
    geometry_column = target.geometry_column(name)
    transform = source.transform_to(name, crs) if geometry_column and source.geometry_column(name) else None
    columns = ["fid"] + list(fields)
    marks = ["?" for _ in columns]
    if geometry_column:
        columns.append(geometry_column)
        marks.append(con.geometry_placeholder(name))
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        quote_identifier(name), ", ".join(quote_identifier(c) for c in columns), ", ".join(marks)
    )
    extent: Optional[QgsRectangle] = None
    batch: List[List[Any]] = []
    count = 0
    for row in source.read_rows(name, fields, with_geometry=bool(geometry_column)):
        fid, geometry, values = row[0], row[1], list(row[2:])
        values = [_plain(v) for v in values]
        record = [fid] + values
        if geometry_column:
            if geometry is not None and transform is not None:
                try:
                    geometry.transform(transform)
                except Exception as exc:  # noqa: BLE001 - QgsCsException
                    raise StoreError(
                        tr("Feature {} of {} cannot be transformed to {}: {}").format(
                            fid, name, crs.authid(), exc
                        )
                    ) from None
            record.append(con.geometry_value(geometry, name))
            if geometry is not None:
                box = geometry.boundingBox()
                if extent is None:
                    extent = QgsRectangle(box)
                else:
                    extent.combineExtentWith(box)
        batch.append(record)
        count += 1
        if len(batch) >= 500:
            con.executemany(sql, batch)
            batch = []
    if batch:
        con.executemany(sql, batch)
    con.fids_written(name)
    con.rows_written(name, extent)
    return count


def _plain(value: Any) -> Any:
    if isinstance(value, memoryview):
        return bytes(value)
    return value
