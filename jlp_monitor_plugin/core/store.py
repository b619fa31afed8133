"""The monitoring store: one module through which every part of the plugin reads and writes it.

A store is a GeoPackage file or a schema of a PostGIS database (``core/postgis.py``; ``Store(text)``
and ``Store.open/create(text)`` choose the backend from the text: a path or a PostgreSQL URI/conninfo)
holding the layers of the monitoring data standard (``core/schema.py``). Any tool may have made it:
opening a store checks it against the standard, refuses one whose layer lacks a required field, and
adds missing optional fields and missing layers (other than ``allocations``), empty. A file that is
not a store yet (no ``plan_settings``) is left untouched unless the caller asks to upgrade it.
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
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..compat import (
    POINT_GEOMETRY,
    POLYGON_GEOMETRY,
    UNKNOWN_GEOMETRY,
    WKB_MULTIPOLYGON,
    WKB_NO_GEOMETRY,
    WKB_POINT,
    make_field,
)
from . import plan_settings as ps
from . import postgis, schema
from .sql import quote_identifier
from .values import plain_value

LOG = logging.getLogger(__name__)

_WKB = {
    schema.POINT: WKB_POINT,
    schema.MULTIPOLYGON: WKB_MULTIPOLYGON,
    schema.NO_GEOMETRY: WKB_NO_GEOMETRY,
}
_GEOMETRY_FAMILY = {
    schema.POINT: POINT_GEOMETRY,
    schema.MULTIPOLYGON: POLYGON_GEOMETRY,
}


BUSY_SECONDS = 30  # how long a GeoPackage write waits for another program's write to finish

# SQLite triggers that keep a GeoPackage's tag_audit append-only (PostGIS: postgis.append_only_statements).
GPKG_APPEND_ONLY = {
    "tag_audit_no_update": "CREATE TRIGGER IF NOT EXISTS tag_audit_no_update BEFORE UPDATE ON tag_audit "
    "BEGIN SELECT RAISE(ABORT, 'tag_audit is append-only: UPDATE refused'); END",
    "tag_audit_no_delete": "CREATE TRIGGER IF NOT EXISTS tag_audit_no_delete BEFORE DELETE ON tag_audit "
    "BEGIN SELECT RAISE(ABORT, 'tag_audit is append-only: DELETE refused'); END",
}
# Frozen positions take new rows only, as tag_audit (issue 11; PostGIS: postgis.frozen_statements).
for _name in schema.FROZEN_LAYERS:
    for _op in ("UPDATE", "DELETE"):
        GPKG_APPEND_ONLY["{}_no_{}".format(_name, _op.lower())] = (
            "CREATE TRIGGER IF NOT EXISTS {0}_no_{1} BEFORE {2} ON {0} BEGIN SELECT RAISE(ABORT, "
            "'{0} holds frozen positions: {2} refused'); END".format(_name, _op.lower(), _op)
        )


class StoreError(Exception):
    """A store that cannot be opened or written, with a message an officer can act on."""


class NotAStoreError(StoreError):
    """A GeoPackage (or schema) that is not a monitoring store yet: it has allocations but no plan
    settings (plan layers, say). Nothing was changed; ``layers`` and ``fields`` say what making it a
    store (``Store.open(path, upgrade=True)``) would add."""

    def __init__(self, store: "Store", layers: List[str], fields):
        self.path = store.path
        self.layers = list(layers)
        self.fields = [(d.name, [f.name for f in missing]) for d, missing in fields]
        super().__init__(
            "{} is not a monitoring store: it has no plan_settings layer. Nothing was changed. Making it "
            "a store would add {}. Open it with JLP Monitor > Open monitoring store… and confirm to make "
            "it one, or create a store (jlpmonitor:createstore) and load these layers into it "
            "(jlpmonitor:loadstandard).".format(store.path, self.additions_text())
        )

    def additions_text(self) -> str:
        parts = []
        if self.layers:
            parts.append("the empty layers " + ", ".join(self.layers))
        for name, fields in self.fields:
            parts.append("the fields {} to {}".format(", ".join(fields), name))
        return "; ".join(parts) or "nothing"


class StaleEditError(StoreError, ValueError):
    """Someone else changed a feature after it was read for this edit; nothing was written
    (optimistic concurrency: the stored values are checked, in the writing transaction, against
    those the edit was based on)."""


def database_errors() -> Tuple[type, ...]:
    """What a failing database raises on either backend (psycopg2 only when it is installed), so the
    docks can report a locked GeoPackage or a dropped PostgreSQL connection instead of crashing."""
    errors = [StoreError, sqlite3.Error]  # type: List[type]
    try:
        import psycopg2
    except ImportError:  # pragma: no cover - QGIS builds without psycopg2 have no PostGIS stores
        pass
    else:
        errors.append(psycopg2.Error)
    return tuple(errors)


DATABASE_ERRORS = database_errors()


def read_for_update(con, name: str, columns: Sequence[str], fids: Sequence[int]) -> Dict[int, Tuple]:
    """{fid: (columns...)} of the given rows, locked until the transaction ends (PostGIS: FOR
    UPDATE; a GeoPackage transaction holds the whole file already)."""
    out = {}  # type: Dict[int, Tuple]
    wanted = sorted(set(fids))
    names = ", ".join(quote_identifier(c) for c in ["fid"] + list(columns))
    for start in range(0, len(wanted), 500):  # SQLite limits the number of parameters
        chunk = wanted[start : start + 500]
        sql = "SELECT {} FROM {} WHERE fid IN ({}){}".format(
            names, quote_identifier(name), ", ".join("?" for _ in chunk), con.lock_rows()
        )
        for row in con.execute(sql, chunk):
            out[row[0]] = tuple(row[1:])
    return out


def refuse_frozen(name: str) -> None:
    """The store's API never changes a frozen position (issue 11): it is a StoreError to try."""
    if name in schema.FROZEN_LAYERS:
        raise StoreError("{} holds frozen positions: they cannot be changed or deleted.".format(name))


def standard_fields(layer_def: schema.LayerDef) -> QgsFields:
    fields = QgsFields()
    for field_def in layer_def.fields:
        fields.append(make_field(field_def.name, field_def.kind))
    return fields


class Store:
    """A monitoring store in a GeoPackage file (``Store(text)`` gives a PostgisStore for a PostgreSQL
    URI or conninfo: both take the same calls and behave the same)."""

    backend = "gpkg"

    def __new__(cls, path: str, *args, **kwargs):
        if cls is Store and postgis.is_postgis(str(path)):
            cls = PostgisStore
        return super().__new__(cls)

    def __init__(self, path: str):
        self.path = os.path.abspath(path)
        self._settings_cache = None  # type: Optional[ps.PlanSettings]
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
    def create(cls, path: str, preset_name: str = "jlp", crs: str = schema.DEFAULT_CRS) -> "Store":
        """A new, empty store with every standard layer and the preset's plan settings.

        Refuses to overwrite an existing file: a store holds officers' work.
        """
        values = ps.preset(preset_name)  # fails early on an unknown preset
        if cls is Store and postgis.is_postgis(str(path)):
            return PostgisStore.create(path, preset_name, crs)
        if os.path.exists(path):
            raise StoreError("{} already exists; choose a new file name for the new store.".format(path))
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            raise StoreError("Folder {} does not exist.".format(folder))
        store = cls(path)
        store._create_layers(QgsCoordinateReferenceSystem(crs))
        store._protect_audit()
        values["preset"] = preset_name
        store.write_plan_settings(values)
        LOG.info("Created store %s with preset %s", store.path, preset_name)
        return store

    def _protect_audit(self) -> bool:
        """tag_audit takes new rows only: triggers refuse UPDATE and DELETE (as on PostGIS), made when
        the store is created and when a store made before them, or by another tool, is opened. True when
        they were added."""
        with self._reading() as con:
            present = {
                row[0]
                for row in con.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN (?, ?, ?)",
                    (schema.TAG_AUDIT, *schema.FROZEN_LAYERS),
                )
            }
        if set(GPKG_APPEND_ONLY) <= present:
            return False
        try:
            with self.transaction() as con:
                for statement in GPKG_APPEND_ONLY.values():
                    con.execute(statement)
        except (StoreError, sqlite3.Error) as exc:  # a read-only copy: used as it is
            LOG.warning("Could not make tag_audit of %s append-only: %s", self.path, exc)
            return False
        return True

    @classmethod
    def open(cls, path: str, upgrade: bool = False) -> "Store":
        """Open a store, checking it against the standard and completing what it may lack.

        A store (it has ``allocations`` and ``plan_settings``) made by another tool or by an older
        version is completed: missing optional fields and layers are added. A GeoPackage or schema that
        is not a store yet (no ``plan_settings``: plan layers, say) is refused with NotAStoreError and
        left untouched, unless ``upgrade`` is True (the officer agreed to turn it into a store).
        """
        store = cls(path)
        store.check_and_complete(upgrade=upgrade)
        return store

    def check_and_complete(self, upgrade: bool = False) -> List[str]:
        """Check the store against the standard; add missing optional fields and layers.

        Returns what was added, one line each. Raises StoreError naming the layer and field of the
        first problem that makes the store unusable, and NotAStoreError (nothing written) when it is
        not a store yet and ``upgrade`` is False.
        """
        self._check_exists()
        present = self.layer_names()
        problems = []
        for name in schema.REQUIRED_LAYERS:
            if name not in present:
                problems.append(
                    "Store {} has no '{}' layer; the monitoring data standard requires one.".format(
                        self.path, name
                    )
                )
        layers = {}  # type: Dict[str, QgsVectorLayer]
        for name in present:
            layer_def = schema.LAYERS.get(name)
            if layer_def is None:
                continue  # extra layers are kept untouched
            layers[name] = self.layer(name)
            problems.extend(self._structure_problems(layer_def, layers[name]))
        if problems:
            raise StoreError("\n".join(problems))

        missing_layers = [d for d in schema.LAYERS.values() if d.name not in present]
        missing_fields = []  # type: List[Tuple[schema.LayerDef, List[schema.FieldDef]]]
        for name, layer in layers.items():
            layer_def = schema.LAYERS[name]
            missing = [f for f in layer_def.fields if layer.fields().indexOf(f.name) < 0]
            if missing:
                missing_fields.append((layer_def, missing))
        if schema.PLAN_SETTINGS not in present and not upgrade:
            raise NotAStoreError(self, [d.name for d in missing_layers], missing_fields)

        added = []
        crs = QgsCoordinateReferenceSystem(self.crs_authid())
        for layer_def in missing_layers:
            self._create_layer(layer_def, crs)
            added.append("layer {}".format(layer_def.name))
        for layer_def, missing in missing_fields:
            if not self._add_fields(layer_def, layers[layer_def.name], missing):
                raise StoreError(
                    "Could not add fields {} to layer '{}' of {}.".format(
                        ", ".join(f.name for f in missing), layer_def.name, self.path
                    )
                )
            added.extend("field {}.{}".format(layer_def.name, f.name) for f in missing)
        if self._protect_audit():
            added.append("append-only triggers on tag_audit")
        for line in added:
            LOG.info("Store %s: added missing %s", self.path, line)
        return added

    def _add_fields(self, layer_def: schema.LayerDef, layer: QgsVectorLayer, missing) -> bool:
        return layer.dataProvider().addAttributes([make_field(f.name, f.kind) for f in missing])

    def _check_exists(self) -> None:
        if not os.path.isfile(self.path):
            raise StoreError("Store {} does not exist.".format(self.path))
        if not _is_sqlite(self.path):
            raise StoreError("{} is not a GeoPackage (it is not an SQLite database).".format(self.path))

    def _create_layers(self, crs: QgsCoordinateReferenceSystem) -> None:
        for layer_def in schema.LAYERS.values():
            self._create_layer(layer_def, crs)

    def _structure_problems(self, layer_def: schema.LayerDef, layer: QgsVectorLayer) -> List[str]:
        problems = []
        names = layer.fields().names()
        lower = {n.lower(): n for n in names}
        for field_name in layer_def.required_fields:
            if field_name in names:
                continue
            hint = ""
            if field_name in lower:
                hint = " (it has '{}'; the standard's field names are lower case)".format(lower[field_name])
            problems.append(
                "Layer '{}' of store {} lacks the required field '{}'{}.".format(
                    layer_def.name, self.path, field_name, hint
                )
            )
        family = _GEOMETRY_FAMILY.get(layer_def.geometry)
        if family is not None and layer.geometryType() not in (family, UNKNOWN_GEOMETRY):
            problems.append(
                "Layer '{}' of store {} has {} geometry; the standard needs {}.".format(
                    layer_def.name,
                    self.path,
                    QgsWkbTypes.geometryDisplayString(layer.geometryType()),
                    layer_def.geometry,
                )
            )
        return problems

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
        """Where the store is, in full, for officers (never a password): the GeoPackage's absolute path,
        or a PostGIS store's schema, database and server."""
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

    def layer(self, name: str, display_name: Optional[str] = None) -> QgsVectorLayer:
        """The store's layer ``name`` as a QgsVectorLayer (the standard's layer names)."""
        layer = QgsVectorLayer(self.layer_uri(name), display_name or name, "ogr")
        if not layer.isValid():
            raise StoreError("Layer '{}' of store {} cannot be opened.".format(name, self.path))
        return layer

    def layer_description(self, name: str) -> str:
        with self._reading() as con:
            row = con.execute(
                "SELECT description FROM gpkg_contents WHERE table_name = ?", (name,)
            ).fetchone()
        return (row[0] or "") if row else ""

    def set_layer_description(self, name: str, text: str) -> None:
        """Set a layer's GeoPackage description (carried into the project's layer metadata)."""
        with closing(sqlite3.connect(self.path)) as con:
            with con:
                con.execute("UPDATE gpkg_contents SET description = ? WHERE table_name = ?", (text, name))

    def crs_authid(self) -> str:
        """The allocations' CRS: the CRS every spatial test is made in."""
        if schema.ALLOCATIONS in self.layer_names():
            crs = self.layer(schema.ALLOCATIONS).crs()
            if crs.isValid():
                return crs.authid()
        return schema.DEFAULT_CRS

    def transform_to(self, name: str, crs: QgsCoordinateReferenceSystem) -> Optional[QgsCoordinateTransform]:
        """The transform from layer ``name``'s CRS to ``crs``; None when no transform is needed."""
        layer_crs = self.layer(name).crs()
        if crs.isValid() and layer_crs.isValid() and layer_crs != crs:
            return QgsCoordinateTransform(layer_crs, crs, QgsCoordinateTransformContext())
        return None

    def count(self, name: str) -> int:
        return self.layer(name).featureCount()

    def counts(self) -> Dict[str, int]:
        return {name: self.count(name) for name in schema.LAYERS}

    def rows(self, name: str, fields: Optional[Iterable[str]] = None) -> List[Dict[str, Any]]:
        """Attribute rows of a layer as dicts (NULL as None), in fid order."""
        layer = self.layer(name)
        wanted = list(fields) if fields else layer.fields().names()
        out = []
        for feature in layer.getFeatures():
            out.append({f: plain_value(feature[f]) for f in wanted})
        return out

    def geometry_column(self, name: str) -> Optional[str]:
        with self._reading() as con:
            row = con.execute(
                "SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?", (name,)
            ).fetchone()
        return row[0] if row else None

    def srid(self, name: str) -> int:
        """The spatial reference id of layer ``name``'s geometries in the database (0 when none)."""
        with self._reading() as con:
            row = con.execute(
                "SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?", (name,)
            ).fetchone()
        return int(row[0]) if row else 0

    def read_rows(
        self, name: str, fields: Sequence[str], with_geometry: bool = True
    ) -> Iterator[Tuple[Any, ...]]:
        """(fid, geometry or None, *values) for every row of a layer, read straight from SQLite.

        Much faster than a feature iterator for whole-layer passes (tagging); values are plain
        Python (dates as ISO text), geometries QgsGeometry in the layer's own CRS.
        """
        columns = ["fid"] + [quote_identifier(f) for f in fields]
        geometry_column = self.geometry_column(name) if with_geometry else None
        if geometry_column:
            columns.insert(1, quote_identifier(geometry_column))
        sql = "SELECT {} FROM {} ORDER BY fid".format(", ".join(columns), quote_identifier(name))
        with self._reading() as con:
            for row in con.execute(sql):
                if geometry_column:
                    yield (row[0], gpkg_geometry(row[1])) + tuple(row[2:])
                else:
                    yield (row[0], None) + tuple(row[1:])

    def plan_settings(self) -> ps.PlanSettings:
        if self._settings_cache is None:
            stored = {}
            for row in self.rows(schema.PLAN_SETTINGS, ["key", "value"]):
                if row["key"]:
                    stored[row["key"]] = ps.decode_value(row["key"], row["value"])
            self._settings_cache = ps.PlanSettings(stored, stored.get("preset") or "jlp")
        return self._settings_cache

    # -- writing ----------------------------------------------------------------------------------

    def write_plan_settings(self, values: Dict[str, Any]) -> None:
        """Set plan settings (insert or replace each key) in one edit session."""
        layer = self.layer(schema.PLAN_SETTINGS)
        existing = {f["key"]: f.id() for f in layer.getFeatures()}
        value_idx = layer.fields().indexOf("value")
        changes = {}
        new = []
        for key, text in ps.encode_rows(values):
            if key in existing:
                changes[existing[key]] = {value_idx: text}
            else:
                feature = QgsFeature(layer.fields())
                feature["key"] = key
                feature["value"] = text
                new.append(feature)
        provider = layer.dataProvider()
        if changes and not provider.changeAttributeValues(changes):
            raise StoreError("Could not update plan settings in {}.".format(self.path))
        if new and not provider.addFeatures(new)[0]:
            raise StoreError("Could not write plan settings to {}.".format(self.path))
        self._settings_cache = None

    @contextmanager
    def transaction(self) -> Iterator["GpkgConnection"]:
        """One write transaction on the store: everything done inside lands, or nothing does.

        Yields a connection taking the store's SQL on either backend (``?`` placeholders, unqualified
        table names; ``geometry_*`` helpers for geometry columns). On a GeoPackage, SQLite waits up
        to 30 s for another writer instead of failing at once.
        """
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

    @staticmethod
    def update_rows(
        con: "GpkgConnection", name: str, fields: Sequence[str], rows: Iterable[Tuple[Any, ...]]
    ) -> None:
        """UPDATE ``fields`` of layer ``name`` by fid; each row is (value, ..., fid)."""
        refuse_frozen(name)
        if con.dialect == "postgis":
            con.update_rows(name, fields, rows)
            return
        assignments = ", ".join("{} = ?".format(quote_identifier(f)) for f in fields)
        con.executemany("UPDATE {} SET {} WHERE fid = ?".format(quote_identifier(name), assignments), rows)

    @staticmethod
    def insert_rows(
        con: "GpkgConnection", name: str, fields: Sequence[str], rows: Iterable[Tuple[Any, ...]]
    ) -> None:
        """INSERT rows into a table without geometry (e.g. tag_audit), inside a transaction."""
        if con.dialect == "postgis":
            con.insert_rows(name, fields, rows)
            return
        columns = ", ".join(quote_identifier(f) for f in fields)
        marks = ", ".join("?" for _ in fields)
        con.executemany(
            "INSERT INTO {} ({}) VALUES ({})".format(quote_identifier(name), columns, marks), rows
        )
        con.rows_counted_again(name)

    @staticmethod
    def delete_rows(con: "GpkgConnection", name: str, fids: Iterable[int]) -> None:
        """DELETE rows of a table without geometry by fid, inside a transaction (e.g. trajectory rows)."""
        refuse_frozen(name)
        con.executemany("DELETE FROM {} WHERE fid = ?".format(quote_identifier(name)), [(f,) for f in fids])
        con.rows_counted_again(name)

    def add_features(self, name: str, features: List[QgsFeature]) -> Tuple[bool, str]:
        """Append features (already in the layer's fields and CRS) in one provider call."""
        layer = self.layer(name)
        provider = layer.dataProvider()
        ok, _ = provider.addFeatures(features)
        if not ok:
            return False, "; ".join(provider.errors()) or "unknown error"
        return True, ""


class GpkgConnection:
    """The SQLite connection of a GeoPackage transaction, with the helpers the PostGIS one has too."""

    dialect = "gpkg"

    def __init__(self, con: sqlite3.Connection, store: "Store"):
        self.con = con
        self.store = store
        self._srids = {}  # type: Dict[str, int]

    def __getattr__(self, name):
        return getattr(self.con, name)

    def execute(self, text: str, params: Any = ()):
        return self.con.execute(text, params)

    def executemany(self, text: str, rows: Iterable[Sequence[Any]]):
        return self.con.executemany(text, rows)

    @staticmethod
    def geometry_select(column: str) -> str:
        return quote_identifier(column)

    @staticmethod
    def geometry_placeholder(name: str) -> str:
        return "?"

    def geometry_value(self, geometry: Optional[QgsGeometry], name: str) -> Optional[bytes]:
        if geometry is None:
            return None
        if name not in self._srids:
            row = self.con.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?", (name,))
            found = row.fetchone()
            self._srids[name] = int(found[0]) if found else 0
        return gpkg_blob(geometry, self._srids[name])

    @staticmethod
    def wkb(value: Optional[bytes]) -> Optional[bytes]:
        return blob_wkb(value)

    @staticmethod
    def lock_rows() -> str:
        return ""  # BEGIN IMMEDIATE holds the whole file

    def describe(self, name: str, text: str) -> None:
        """Set a layer's description inside the transaction (GeoPackage: gpkg_contents)."""
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


class PostgisStore(Store):
    """A monitoring store in a schema of a PostGIS database; the same calls as a GeoPackage store.

    Tables: ``fid`` serial primary key, the standard's fields, ``geom`` (typed, GiST-indexed), unique
    keys and CHECKs on coded values; ``tag_audit`` refuses UPDATE and DELETE (append-only).
    """

    backend = "postgis"

    def __init__(self, path: str):
        try:
            self.location = postgis.Location(path)
        except ValueError as exc:
            raise StoreError(str(exc)) from None
        self.path = self.location.path
        self._settings_cache = None  # type: Optional[ps.PlanSettings]
        self._writing = None
        self._geometry_columns = None  # type: Optional[Dict[str, Tuple[str, int]]]

    @classmethod
    def create(cls, path: str, preset_name: str = "jlp", crs: str = schema.DEFAULT_CRS) -> "Store":
        values = ps.preset(preset_name)
        store = cls(path)
        present = store.layer_names()
        if present:
            raise StoreError(
                "Schema {} of {} already holds tables ({}); choose a new schema for the new store.".format(
                    store.location.schema, store.path, ", ".join(present)
                )
            )
        values["preset"] = preset_name
        # One transaction: the schema, every table and the plan settings, or (on a failure) none of them.
        store._create_tables(list(schema.LAYERS.values()), QgsCoordinateReferenceSystem(crs), values)
        LOG.info("Created store %s with preset %s", store.path, preset_name)
        return store

    def _protect_audit(self) -> bool:
        return False  # made with the table (postgis.append_only_statements)

    @property
    def name(self) -> str:
        return self.location.name

    @property
    def where(self) -> str:
        return self.location.describe()

    # -- connections ------------------------------------------------------------------------------

    def _connect(self):
        try:
            return self.location.connect()
        except postgis.PgConnectionError as exc:
            raise StoreError(str(exc)) from None

    @contextmanager
    def _read(self):
        con = self._connect()
        try:
            con.set_session(readonly=True, autocommit=False)
            yield con.cursor()
        finally:
            con.close()

    def _check_exists(self) -> None:
        with self._read() as cur:
            cur.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (self.location.schema,))
            if cur.fetchone() is None:
                raise StoreError(
                    "Schema {} does not exist in the database of {}.".format(self.location.schema, self.path)
                )
            cur.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")
            if cur.fetchone() is None:
                raise StoreError("The database of {} lacks the postgis extension.".format(self.path))

    def _add_fields(self, layer_def: schema.LayerDef, layer: QgsVectorLayer, missing) -> bool:
        from psycopg2 import sql

        try:
            with self.transaction() as con:
                for field in missing:
                    con.execute(
                        sql.SQL("ALTER TABLE {} ADD COLUMN {} {}")
                        .format(
                            sql.Identifier(self.location.schema, layer_def.name),
                            sql.Identifier(field.name),
                            sql.SQL(postgis.SQL_TYPES[field.kind]),
                        )
                        .as_string(con.con)
                    )
        except Exception as exc:  # noqa: BLE001 - psycopg2.Error: reported by the caller
            LOG.warning("Adding fields to %s of %s failed: %s", layer_def.name, self.path, exc)
            return False
        return True

    def _structure_problems(self, layer_def: schema.LayerDef, layer: QgsVectorLayer) -> List[str]:
        problems = super()._structure_problems(layer_def, layer)
        if layer.fields().indexOf("fid") < 0:
            problems.append(
                "Table '{}' of store {} has no 'fid' column; the store's tables need an integer primary "
                "key named fid (ogr2ogr: -lco FID=fid -lco GEOMETRY_NAME=geom).".format(
                    layer_def.name, self.path
                )
            )
        return problems

    def _create_layers(self, crs: QgsCoordinateReferenceSystem) -> None:
        """Every standard layer in one transaction (the schema made when missing)."""
        self._create_tables(list(schema.LAYERS.values()), crs)

    def _create_layer(self, layer_def: schema.LayerDef, crs: QgsCoordinateReferenceSystem) -> None:
        self._create_tables([layer_def], crs)

    def _create_tables(
        self,
        layer_defs: List[schema.LayerDef],
        crs: QgsCoordinateReferenceSystem,
        settings: Optional[Dict[str, Any]] = None,
    ) -> None:
        from psycopg2 import sql

        srid = crs.postgisSrid() if crs.isValid() else 0
        con = self._connect()
        try:
            with con:
                with con.cursor() as cur:
                    name = sql.Identifier(self.location.schema)
                    cur.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(name))
                    cur.execute(sql.SQL("SET LOCAL search_path TO {}, public").format(name))
                    for layer_def in layer_defs:
                        for statement in postgis.create_table_statements(layer_def, srid):
                            cur.execute(statement)
                    for key, text in ps.encode_rows(settings or {}):
                        cur.execute("INSERT INTO plan_settings (key, value) VALUES (%s, %s)", (key, text))
        except Exception as exc:  # noqa: BLE001 - psycopg2.Error, shown with the store's name
            raise StoreError("Could not create the store's tables in {}: {}".format(self.path, exc)) from None
        finally:
            con.close()
        self._geometry_columns = None

    # -- reading ----------------------------------------------------------------------------------

    def layer_names(self) -> List[str]:
        with self._read() as cur:
            cur.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = %s "
                "AND table_type = 'BASE TABLE' ORDER BY table_name",
                (self.location.schema,),
            )
            return [r[0] for r in cur.fetchall()]

    def _geometry_info(self) -> Dict[str, Tuple[str, int]]:
        if self._geometry_columns is None:
            with self._read() as cur:
                cur.execute(
                    "SELECT f_table_name, f_geometry_column, srid FROM geometry_columns "
                    "WHERE f_table_schema = %s",
                    (self.location.schema,),
                )
                self._geometry_columns = {r[0]: (r[1], int(r[2] or 0)) for r in cur.fetchall()}
        return self._geometry_columns

    def geometry_column(self, name: str) -> Optional[str]:
        info = self._geometry_info().get(name)
        return info[0] if info else None

    def srid(self, name: str) -> int:
        info = self._geometry_info().get(name)
        return info[1] if info else 0

    def layer_uri(self, name: str) -> str:
        # Typed geometry columns tell QGIS their type; a table made by another tool without a fid
        # column is opened on its own primary key (and refused by check_and_complete, naming it).
        key = "fid" if "fid" in self._columns(name) else ""
        return self.location.qgis_uri(name, self.geometry_column(name), self.srid(name), key=key)

    def _columns(self, name: str) -> List[str]:
        with self._read() as cur:
            cur.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = %s AND table_name = %s",
                (self.location.schema, name),
            )
            return [r[0] for r in cur.fetchall()]

    def layer(self, name: str, display_name: Optional[str] = None) -> QgsVectorLayer:
        layer = QgsVectorLayer(self.layer_uri(name), display_name or name, "postgres")
        if not layer.isValid():
            raise StoreError("Layer '{}' of store {} cannot be opened.".format(name, self.path))
        return layer

    def layer_description(self, name: str) -> str:
        with self._read() as cur:
            cur.execute(
                "SELECT obj_description(c.oid, 'pg_class') FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s AND c.relname = %s",
                (self.location.schema, name),
            )
            row = cur.fetchone()
        return (row[0] or "") if row else ""

    def set_layer_description(self, name: str, text: str) -> None:
        from psycopg2 import sql

        with self.transaction() as con:
            con.execute(
                sql.SQL("COMMENT ON TABLE {} IS {}")
                .format(sql.Identifier(self.location.schema, name), sql.Literal(text))
                .as_string(con.con)
            )

    def read_rows(
        self, name: str, fields: Sequence[str], with_geometry: bool = True
    ) -> Iterator[Tuple[Any, ...]]:
        columns = ["fid"] + [quote_identifier(f) for f in fields]
        geometry_column = self.geometry_column(name) if with_geometry else None
        if geometry_column:
            columns.insert(1, "ST_AsBinary({})".format(quote_identifier(geometry_column)))
        with self.transaction() as con:
            cursor = con.execute(
                "SELECT {} FROM {} ORDER BY fid".format(", ".join(columns), quote_identifier(name))
            )
            rows = cursor.fetchall()
        for row in rows:
            if geometry_column:
                yield (row[0], _wkb_geometry(row[1])) + tuple(row[2:])
            else:
                yield (row[0], None) + tuple(row[1:])

    # -- writing ----------------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[postgis.PgConnection]:
        """One transaction on the store's schema (search_path set to it): all of it lands or none."""
        from psycopg2 import sql

        con = self._connect()
        try:
            with con.cursor() as cur:
                cur.execute(
                    sql.SQL("SET LOCAL search_path TO {}, public").format(
                        sql.Identifier(self.location.schema)
                    )
                )
            yield postgis.PgConnection(con, self)
            con.commit()
        except BaseException:
            con.rollback()
            raise
        finally:
            con.close()

    def add_features(self, name: str, features: List[QgsFeature]) -> Tuple[bool, str]:
        layer = self.layer(name)
        provider = layer.dataProvider()
        for feature in features:  # a typed PostGIS column takes Polygon parts as a MultiPolygon
            if feature.hasGeometry():
                converted = provider.convertToProviderType(feature.geometry())
                if not converted.isNull():  # null: no conversion needed
                    feature.setGeometry(converted)
        ok, _ = provider.addFeatures(features)
        if not ok:
            return False, "; ".join(provider.errors()) or "unknown error"
        return True, ""


def _wkb_geometry(value: Optional[bytes]) -> Optional[QgsGeometry]:
    if value is None:
        return None
    geometry = QgsGeometry()
    geometry.fromWkb(bytes(value))
    return None if geometry.isNull() or geometry.isEmpty() else geometry
