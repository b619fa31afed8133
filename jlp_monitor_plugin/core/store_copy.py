"""Copying a whole store to a new one, on either backend: GeoPackage → PostGIS (moving a council's store
onto the shared server) and PostGIS → GeoPackage (a snapshot to hand round or archive).

Every standard layer is copied row by row with its fid, attributes and geometry (transformed to the new
store's CRS when a layer of the source has another one), in one transaction on the destination: the
copy is whole or there is none. ``tag_audit`` rows keep their fids and order; plan settings are copied
exactly (the destination's preset rows replaced). Fields outside the standard are not copied; the
result lists them.
"""

import os
from typing import Any, Dict, List, NamedTuple, Optional

from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle

from . import postgis, schema
from .store import Store, StoreError, quote_identifier
from .translation import tr


class CopyResult(NamedTuple):
    destination: Store
    counts: Dict[str, int]
    left_out: List[str]  # "layer.field" outside the standard, not copied


class CopyCancelledError(Exception):
    """The copy was cancelled; the destination was not created or holds nothing."""


def copy_store(source: Store, destination: str, feedback=None) -> CopyResult:
    """Copy ``source`` into a new store at ``destination`` (a .gpkg path or a PostGIS URI/conninfo).

    A GeoPackage is written as a hidden temporary file in the destination's folder and moved into place
    only when complete (never over an existing file): a failure, a cancel or a killed process leaves no
    store at ``destination``. A PostGIS copy is one transaction after the schema is made; on a failure
    the tables it made are dropped again."""
    _check_keys(source)
    crs_authid = source.crs_authid()
    preset = source.plan_settings().get("preset") or "jlp"
    if postgis.is_postgis(destination):
        target = _create(destination, preset, crs_authid)
        try:
            return _copy_into(source, target, crs_authid, feedback)
        except BaseException:
            _drop_tables(target)
            raise
    final = os.path.abspath(destination)
    if os.path.exists(final):
        raise StoreError(tr("{} already exists; choose a new file name for the copy.").format(final))
    folder, name = os.path.split(final)
    if not os.path.isdir(folder):
        raise StoreError(tr("Folder {} does not exist.").format(folder))
    part = os.path.join(folder, ".{}.{}.part.gpkg".format(os.path.splitext(name)[0], os.getpid()))
    _remove_gpkg(part)
    try:
        result = _copy_into(source, _create(part, preset, crs_authid), crs_authid, feedback)
        _move_into_place(part, final)
    except BaseException:
        _remove_gpkg(part)
        raise
    return CopyResult(Store(final), result.counts, result.left_out)


def _create(destination: str, preset: str, crs_authid: str) -> Store:
    try:
        return Store.create(destination, preset, crs_authid)
    except KeyError:  # a preset this version does not know: the stored settings are copied anyway
        return Store.create(destination, "jlp", crs_authid)


def _move_into_place(part: str, final: str) -> None:
    """Rename the finished copy to its name, never over a file that appeared meanwhile."""
    exists = tr("{} already exists; choose a new file name for the copy.").format(final)
    try:
        os.link(part, final)  # fails if final exists
    except FileExistsError:
        raise StoreError(exists) from None
    except OSError:  # a file system without hard links: rename (Windows refuses an existing target)
        if os.path.exists(final):
            raise StoreError(exists) from None
        os.rename(part, final)
        return
    os.remove(part)


def _remove_gpkg(path: str) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        try:
            os.remove(path + suffix)
        except OSError:
            pass


def _drop_tables(target: Store) -> None:
    """Undo a PostGIS copy that failed: the tables copy_store made (the schema was empty before)."""
    from psycopg2 import sql

    try:
        with target.transaction() as con:
            for name in schema.LAYERS:
                con.execute(
                    sql.SQL("DROP TABLE IF EXISTS {} CASCADE")
                    .format(sql.Identifier(target.location.schema, name))
                    .as_string(con.con)
                )
            for function in ("jlp_tag_audit_append_only", "jlp_frozen_position"):
                con.execute(
                    sql.SQL("DROP FUNCTION IF EXISTS {}()")
                    .format(sql.Identifier(target.location.schema, function))
                    .as_string(con.con)
                )
    except Exception:  # noqa: BLE001 - the copy's own error is the one to report
        pass


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
