"""A monitoring store in a GeoPackage file: ``GeoPackageStore`` and its SQLite connection.

Layers are made by GDAL (``QgsVectorFileWriter``: ``fid`` primary key, the standard's fields, the
layer's description in ``gpkg_contents``) and read through QGIS's "ogr" provider; the store's own
reads and writes go straight to SQLite. Writes take the whole file (``BEGIN IMMEDIATE``), waiting up to
BUSY_SECONDS for another program's write, and keep GDAL's bookkeeping right (row counts, last change,
extents, the R-tree triggers' ST_* functions); append-only layers refuse UPDATE and DELETE by trigger.
Geometries are GeoPackage blobs (``gpkg_blob``, ``gpkg_geometry``, ``blob_wkb``).
"""

import logging
import os
import sqlite3
import struct
import threading
from contextlib import closing, contextmanager
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFields,
    QgsGeometry,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from ..compat import WKB_MULTIPOLYGON, WKB_NO_GEOMETRY, WKB_POINT, make_field
from . import plan_settings as ps
from . import schema
from .sql import quote_identifier
from .store_base import StoreBase, StoreConnection, StoreError
from .translation import tr

LOG = logging.getLogger(__name__)

_WKB = {
    schema.POINT: WKB_POINT,
    schema.MULTIPOLYGON: WKB_MULTIPOLYGON,
    schema.NO_GEOMETRY: WKB_NO_GEOMETRY,
}

BUSY_SECONDS = 30  # how long a GeoPackage write waits for another program's write to finish


def append_only_triggers(name: str) -> Dict[str, str]:
    """{trigger name: CREATE TRIGGER} keeping layer ``name`` append-only (UPDATE and DELETE refused)."""
    return {
        "{}_no_{}".format(name, operation.lower()): "CREATE TRIGGER IF NOT EXISTS {0}_no_{1} BEFORE {2} "
        "ON {0} BEGIN SELECT RAISE(ABORT, '{0} is append-only: {2} refused'); END".format(
            name, operation.lower(), operation
        )
        for operation in ("UPDATE", "DELETE")
    }


def standard_fields(layer_def: schema.LayerDef) -> QgsFields:
    fields = QgsFields()
    for field_def in layer_def.fields:
        fields.append(make_field(field_def.name, field_def.kind))
    return fields


class GeoPackageStore(StoreBase):
    """A monitoring store in a GeoPackage file."""

    backend = "gpkg"
    provider = "ogr"
    database_errors = (sqlite3.Error,)

    def __init__(self, path: str):
        super().__init__(os.path.abspath(path))
        self._writing = None  # type: Optional[Tuple[int, sqlite3.Connection]]

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """A connection for the store's own small reads. Inside this store's write transaction (same
        thread) that transaction's connection: once SQLite spills a big transaction to the file it holds
        an exclusive lock, and a second connection would get "database is locked"."""
        writing = self._writing
        if writing is not None and writing[0] == threading.get_ident():
            yield writing[1]
            return
        with closing(_connect_ro(self.path)) as con:
            yield con

    # -- creating and opening -------------------------------------------------------------------

    @classmethod
    def create(cls, path: str, preset_name: str = "jlp", crs: str = schema.DEFAULT_CRS) -> "GeoPackageStore":
        values = ps.preset(preset_name)  # fails early on an unknown preset
        if os.path.exists(path):
            raise StoreError("{} already exists; choose a new file name for the new store.".format(path))
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            raise StoreError("Folder {} does not exist.".format(folder))
        store = cls(path)
        qgs_crs = QgsCoordinateReferenceSystem(crs)
        for layer_def in schema.LAYERS.values():
            store._create_layer(layer_def, qgs_crs)
        store._protect_append_only()
        values["preset"] = preset_name
        store.write_plan_settings(values)
        LOG.info("Created store %s with preset %s", store.path, preset_name)
        return store

    @classmethod
    def create_whole(cls, destination: str, make, fill) -> Tuple[Any, "GeoPackageStore"]:
        """Made as a hidden temporary file in the destination's folder and moved into place only when
        complete (never over an existing file): a failure, a cancel or a killed process leaves no store
        at ``destination``."""
        final = os.path.abspath(destination)
        if os.path.exists(final):
            raise StoreError(tr("{} already exists; choose a new file name for the copy.").format(final))
        folder, name = os.path.split(final)
        if not os.path.isdir(folder):
            raise StoreError(tr("Folder {} does not exist.").format(folder))
        part = os.path.join(folder, ".{}.{}.part.gpkg".format(os.path.splitext(name)[0], os.getpid()))
        _remove_gpkg(part)
        try:
            result = fill(make(part))
            _move_into_place(part, final)
        except BaseException:
            _remove_gpkg(part)
            raise
        return result, cls(final)

    def _protect_append_only(self) -> List[str]:
        """Append-only layers take new rows only: triggers refuse UPDATE and DELETE (as on PostGIS),
        made when the store is created and when a store made before them, or by another tool, is
        opened (a read-only copy is used as it is)."""
        with self._reading() as con:
            present = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        missing = {}
        for name in schema.APPEND_ONLY_LAYERS:
            triggers = append_only_triggers(name)
            if not set(triggers) <= present:
                missing[name] = triggers.values()
        if not missing:
            return []
        try:
            with self.transaction() as con:
                for statements in missing.values():
                    for statement in statements:
                        con.execute(statement)
        except (StoreError, sqlite3.Error) as exc:  # a read-only copy: used as it is
            LOG.warning("Could not make %s of %s append-only: %s", ", ".join(missing), self.path, exc)
            return []
        return list(missing)

    def _add_fields(self, layer_def: schema.LayerDef, layer: QgsVectorLayer, missing) -> bool:
        return layer.dataProvider().addAttributes([make_field(f.name, f.kind) for f in missing])

    def _check_exists(self) -> None:
        if not os.path.isfile(self.path):
            raise StoreError("Store {} does not exist.".format(self.path))
        if not _is_sqlite(self.path):
            raise StoreError("{} is not a GeoPackage (it is not an SQLite database).".format(self.path))

    def _create_layer(self, layer_def: schema.LayerDef, crs: QgsCoordinateReferenceSystem) -> None:
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = layer_def.name
        options.fileEncoding = "UTF-8"
        options.layerOptions = ["FID=fid", "DESCRIPTION={}".format(layer_def.description)]
        if os.path.exists(self.path):
            options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        writer = QgsVectorFileWriter.create(
            self.path,
            standard_fields(layer_def),
            _WKB[layer_def.geometry],
            crs if layer_def.geometry else QgsCoordinateReferenceSystem(),
            QgsCoordinateTransformContext(),
            options,
        )
        error = writer.hasError()
        message = writer.errorMessage()
        del writer  # closes the file
        if error != QgsVectorFileWriter.WriterError.NoError:
            raise StoreError(
                "Could not create layer '{}' in {}: {}".format(layer_def.name, self.path, message)
            )

    # -- reading ----------------------------------------------------------------------------------

    @property
    def name(self) -> str:
        return os.path.splitext(os.path.basename(self.path))[0]

    @property
    def where(self) -> str:
        return self.path

    def layer_names(self) -> List[str]:
        """Names of the tables in the GeoPackage (feature and attribute tables)."""
        try:
            with self._reading() as con:
                rows = con.execute("SELECT table_name FROM gpkg_contents ORDER BY table_name").fetchall()
        except sqlite3.Error as exc:
            raise StoreError("{} is not a readable GeoPackage: {}".format(self.path, exc)) from None
        return [r[0] for r in rows]

    def layer_uri(self, name: str) -> str:
        return "{}|layername={}".format(self.path, name)

    def layer_description(self, name: str) -> str:
        with self._reading() as con:
            row = con.execute(
                "SELECT description FROM gpkg_contents WHERE table_name = ?", (name,)
            ).fetchone()
        return (row[0] or "") if row else ""

    def set_layer_description(self, name: str, text: str) -> None:
        with closing(sqlite3.connect(self.path)) as con:
            with con:
                con.execute("UPDATE gpkg_contents SET description = ? WHERE table_name = ?", (text, name))

    def geometry_column(self, name: str) -> Optional[str]:
        with self._reading() as con:
            row = con.execute(
                "SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?", (name,)
            ).fetchone()
        return row[0] if row else None

    def srid(self, name: str) -> int:
        with self._reading() as con:
            row = con.execute(
                "SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?", (name,)
            ).fetchone()
        return int(row[0]) if row else 0

    def _select(self, sql: str) -> Iterator[Sequence[Any]]:
        with self._reading() as con:
            yield from con.execute(sql)

    def _geometry_expression(self, column: str) -> str:
        return quote_identifier(column)

    def _geometry_from(self, value: Optional[bytes]) -> Optional[QgsGeometry]:
        return gpkg_geometry(value)

    # -- writing ----------------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator["GpkgConnection"]:
        """SQLite waits up to BUSY_SECONDS for another writer instead of failing at once."""
        con = sqlite3.connect(self.path, timeout=BUSY_SECONDS, isolation_level=None)
        _register_gpkg_functions(con)
        outer = self._writing
        try:
            _begin(con, self.path)
            self._writing = (threading.get_ident(), con)
            yield GpkgConnection(con, self)
            con.execute("COMMIT")
        except BaseException:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise
        finally:
            self._writing = outer
            con.close()


class GpkgConnection(StoreConnection):
    """The SQLite connection of a GeoPackage transaction (other sqlite3 calls pass through to it)."""

    def __init__(self, con: sqlite3.Connection, store: GeoPackageStore):
        super().__init__(con, store)
        self._srids = {}  # type: Dict[str, int]

    def __getattr__(self, name):
        return getattr(self.con, name)

    def execute(self, text: str, params: Any = ()):
        return self.con.execute(text, params)

    def executemany(self, text: str, rows: Iterable[Sequence[Any]]):
        return self.con.executemany(text, rows)

    def _update_rows(self, name: str, fields: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        assignments = ", ".join("{} = ?".format(quote_identifier(f)) for f in fields)
        self.con.executemany(
            "UPDATE {} SET {} WHERE fid = ?".format(quote_identifier(name), assignments), rows
        )

    def insert_rows(self, name: str, fields: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        columns = ", ".join(quote_identifier(f) for f in fields)
        marks = ", ".join("?" for _ in fields)
        self.con.executemany(
            "INSERT INTO {} ({}) VALUES ({})".format(quote_identifier(name), columns, marks), rows
        )
        self.rows_counted_again(name)

    def geometry_select(self, column: str) -> str:
        return quote_identifier(column)

    def geometry_placeholder(self, name: str) -> str:
        return "?"

    def geometry_value(self, geometry: Optional[QgsGeometry], name: str) -> Optional[bytes]:
        if geometry is None:
            return None
        if name not in self._srids:
            row = self.con.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?", (name,))
            found = row.fetchone()
            self._srids[name] = int(found[0]) if found else 0
        return gpkg_blob(geometry, self._srids[name])

    def wkb(self, value: Optional[bytes]) -> Optional[bytes]:
        return blob_wkb(value)

    def lock_rows(self) -> str:
        return ""  # BEGIN IMMEDIATE holds the whole file

    def describe(self, name: str, text: str) -> None:
        """GeoPackage: the description in gpkg_contents."""
        self.con.execute("UPDATE gpkg_contents SET description = ? WHERE table_name = ?", (text, name))

    def fids_written(self, name: str) -> None:
        """Nothing to do: SQLite's next rowid follows the largest fid."""

    def rows_counted_again(self, name: str) -> None:
        # GDAL caches row counts in gpkg_ogr_contents (when the file has it); NULL makes it count again.
        if self.con.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_ogr_contents'").fetchone():
            self.con.execute(
                "UPDATE gpkg_ogr_contents SET feature_count = NULL WHERE table_name = ?", (name,)
            )

    def rows_written(self, name: str, extent=None) -> None:
        """Keep GDAL's bookkeeping right: row count recounted, last change, layer extent grown."""
        self.rows_counted_again(name)
        self.con.execute(
            "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
            "WHERE table_name = ?",
            (name,),
        )
        if extent is not None:
            e = extent
            self.con.execute(
                "UPDATE gpkg_contents SET min_x = min(coalesce(min_x, :x0), :x0), "
                "max_x = max(coalesce(max_x, :x1), :x1), min_y = min(coalesce(min_y, :y0), :y0), "
                "max_y = max(coalesce(max_y, :y1), :y1) WHERE table_name = :t",
                {"x0": e.xMinimum(), "x1": e.xMaximum(), "y0": e.yMinimum(), "y1": e.yMaximum(), "t": name},
            )


# -- GeoPackage geometry blobs ---------------------------------------------------------------------


def gpkg_blob(geometry: QgsGeometry, srs_id: int) -> bytes:
    """A GeoPackage binary geometry: standard little-endian header with an XY envelope (points
    included: the R-tree triggers' ST_MinX… then read the envelope, not the WKB), then the WKB."""
    wkb = bytes(geometry.asWkb())
    box = geometry.boundingBox()
    envelope = struct.pack("<4d", box.xMinimum(), box.xMaximum(), box.yMinimum(), box.yMaximum())
    return b"GP" + struct.pack("<BBi", 0, 0x03, srs_id) + envelope + wkb


def blob_wkb(blob: Optional[bytes]) -> Optional[bytes]:
    """The WKB inside a GeoPackage blob (None for NULL or an empty geometry)."""
    if blob is None or len(blob) < 8 or blob[:2] != b"GP" or blob[3] & 0x10:
        return None
    return bytes(blob[8 + 8 * _ENVELOPE_DOUBLES.get((blob[3] >> 1) & 7, 0) :])


_ENVELOPE_DOUBLES = {0: 0, 1: 4, 2: 6, 3: 6, 4: 8}


def _gpkg_envelope(blob: Optional[bytes]) -> Optional[Tuple[float, float, float, float]]:
    """(minx, maxx, miny, maxy) of a GeoPackage geometry blob; None for NULL or empty."""
    if blob is None or len(blob) < 8 or blob[:2] != b"GP":
        return None
    flags = blob[3]
    if flags & 0x10:  # the empty-geometry flag
        return None
    order = "<" if flags & 1 else ">"
    doubles = _ENVELOPE_DOUBLES.get((flags >> 1) & 7, 0)
    if doubles:
        return struct.unpack(order + "4d", blob[8 : 8 + 32])
    geometry = gpkg_geometry(blob)  # no envelope stored: read the WKB
    if geometry is None:
        return None
    box = geometry.boundingBox()
    return (box.xMinimum(), box.xMaximum(), box.yMinimum(), box.yMaximum())


def gpkg_geometry(blob: Optional[bytes]) -> Optional[QgsGeometry]:
    """A GeoPackage geometry blob as a QgsGeometry (None for NULL or an empty geometry)."""
    if blob is None or len(blob) < 8 or blob[:2] != b"GP" or blob[3] & 0x10:
        return None
    offset = 8 + 8 * _ENVELOPE_DOUBLES.get((blob[3] >> 1) & 7, 0)
    geometry = QgsGeometry()
    geometry.fromWkb(bytes(blob[offset:]))
    return None if geometry.isNull() else geometry


# -- SQLite ----------------------------------------------------------------------------------------


def _register_gpkg_functions(con: sqlite3.Connection) -> None:
    """The SQL functions GeoPackage R-tree triggers call, which plain SQLite lacks (GDAL adds them)."""
    con.create_function("ST_IsEmpty", 1, lambda g: 1 if _gpkg_envelope(g) is None else 0)
    for position, name in enumerate(("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")):
        con.create_function(name, 1, lambda g, p=position: (_gpkg_envelope(g) or (None,) * 4)[p])


def _begin(con: sqlite3.Connection, path: str) -> None:
    """BEGIN IMMEDIATE, or a StoreError an officer understands when another program holds the file."""
    try:
        con.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise StoreError(
                "The store {} is in use by another program that is writing to it (QGIS editing a layer, "
                "another import or tagging run, a copy): nothing was changed. Save or stop that edit, or "
                "wait until it has finished, and try again.".format(path)
            ) from None
        raise


def _connect_ro(path: str) -> sqlite3.Connection:
    return sqlite3.connect("file:{}?mode=ro".format(path), uri=True)


def _is_sqlite(path: str) -> bool:
    with open(path, "rb") as handle:
        return handle.read(16) == b"SQLite format 3\x00"


def _move_into_place(part: str, final: str) -> None:
    """Rename the finished file to its name, never over a file that appeared meanwhile."""
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
