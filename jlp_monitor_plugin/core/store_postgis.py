"""A monitoring store in a schema of a PostGIS database: ``PostgisStore`` and its psycopg2 connection.

Tables (``postgis.create_table_statements``): ``fid`` serial primary key, the standard's fields,
``geom`` (typed, GiST-indexed), unique keys and CHECKs on coded values; append-only layers refuse
UPDATE, DELETE and TRUNCATE by trigger. Layers are read through QGIS's "postgres" provider; the store's
own reads and writes use psycopg2 (imported only when a PostGIS store is used: QGIS builds without it
have GeoPackage stores only), with the store's SQL (``?`` placeholders) turned into psycopg2's. The
"sql" tagging engine (``postgis_tagging``) is offered here, on stores whose tables createstore made.
"""

import logging
from contextlib import contextmanager
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsVectorLayer

from . import plan_settings as ps
from . import postgis, schema
from .postgis_tagging import SqlSites, sql_ready
from .sql import quote_identifier
from .store_base import StoreBase, StoreConnection, StoreError

LOG = logging.getLogger(__name__)


def _psycopg2_errors() -> Tuple[type, ...]:
    try:
        import psycopg2
    except ImportError:  # pragma: no cover - QGIS builds without psycopg2 have no PostGIS stores
        return ()
    return (psycopg2.Error,)


class PostgisStore(StoreBase):
    """A monitoring store in a schema of a PostGIS database."""

    backend = "postgis"
    provider = "postgres"
    database_errors = _psycopg2_errors()

    def __init__(self, path: str):
        try:
            self.location = postgis.Location(path)
        except ValueError as exc:
            raise StoreError(str(exc)) from None
        super().__init__(self.location.path)
        self._geometry_columns = None  # type: Optional[Dict[str, Tuple[str, int]]]

    @classmethod
    def create(cls, path: str, preset_name: str = "jlp", crs: str = schema.DEFAULT_CRS) -> "PostgisStore":
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

    @classmethod
    def create_whole(cls, destination: str, make, fill) -> Tuple[Any, "PostgisStore"]:
        """Filled in one transaction after the schema is made; on a failure the tables it made are
        dropped again (the schema was empty before)."""
        target = make(destination)
        try:
            return fill(target), target
        except BaseException:
            target._drop_tables()
            raise

    def _drop_tables(self) -> None:
        from psycopg2 import sql

        try:
            with self.transaction() as con:
                for name in schema.LAYERS:
                    con.execute(
                        sql.SQL("DROP TABLE IF EXISTS {} CASCADE")
                        .format(sql.Identifier(self.location.schema, name))
                        .as_string(con.con)
                    )
                for name in schema.APPEND_ONLY_LAYERS:
                    con.execute(
                        sql.SQL("DROP FUNCTION IF EXISTS {}()")
                        .format(sql.Identifier(self.location.schema, postgis.append_only_function(name)))
                        .as_string(con.con)
                    )
        except Exception:  # noqa: BLE001 - the error that made the store fail is the one to report
            pass

    def _protect_append_only(self) -> List[str]:
        return []  # made with each table (postgis.append_only_statements)

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

    def _select(self, sql: str) -> List[Tuple[Any, ...]]:
        with self.transaction() as con:
            return con.execute(sql).fetchall()

    def _geometry_expression(self, column: str) -> str:
        return "ST_AsBinary({})".format(quote_identifier(column))

    def _geometry_from(self, value: Optional[bytes]) -> Optional[QgsGeometry]:
        if value is None:
            return None
        geometry = QgsGeometry()
        geometry.fromWkb(bytes(value))
        return None if geometry.isNull() or geometry.isEmpty() else geometry

    # -- writing ----------------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator["PgConnection"]:
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
            yield PgConnection(con, self)
            con.commit()
        except BaseException:
            con.rollback()
            raise
        finally:
            con.close()

    def _fit_geometries(self, provider, features: List[QgsFeature]) -> List[QgsFeature]:
        """A typed PostGIS column takes Polygon parts as a MultiPolygon: geometries converted."""
        for feature in features:
            if feature.hasGeometry():
                converted = provider.convertToProviderType(feature.geometry())
                if not converted.isNull():  # null: no conversion needed
                    feature.setGeometry(converted)
        return features

    # -- tagging ----------------------------------------------------------------------------------

    def tagging_engines(self) -> Tuple[str, ...]:
        """Both; the "sql" engine first when the tables are as createstore makes them (geometry column
        ``geom``, which its queries assume), else the "qgis" engine."""
        return ("sql", "qgis") if sql_ready(self) else ("qgis", "sql")

    def sql_sites(self, near_distance: float) -> SqlSites:
        return SqlSites.from_store(self, near_distance)


def _qmark_to_format(text: str) -> str:
    """``?`` placeholders as psycopg2's ``%s`` (a literal % doubled). The store's SQL puts values in
    parameters only, so a ``?`` is always a placeholder."""
    return text.replace("%", "%%").replace("?", "%s")


class PgConnection(StoreConnection):
    """A psycopg2 connection that takes the store's SQL (``?`` placeholders, unqualified table names:
    the transaction's search_path is the store's schema)."""

    def execute(self, text: str, params: Optional[Sequence[Any]] = None):
        cursor = self.con.cursor()
        if params is None or (not isinstance(params, dict) and len(params) == 0):
            cursor.execute(text)
        else:
            cursor.execute(_qmark_to_format(text), _adapt(params))
        return cursor

    def executemany(self, text: str, rows: Iterable[Sequence[Any]]):
        from psycopg2.extras import execute_batch

        cursor = self.con.cursor()
        execute_batch(cursor, _qmark_to_format(text), [_adapt(r) for r in rows], page_size=500)
        return cursor

    def _template(self, name: str, fields: Sequence[str], extra: str = "") -> str:
        kinds = {f.name: f.kind for f in schema.LAYERS[name].fields} if name in schema.LAYERS else {}
        marks = ["%s::" + postgis.SQL_TYPES[kinds[f]] if f in kinds else "%s" for f in fields]
        return "(" + ", ".join(marks + ([extra] if extra else [])) + ")"

    def _update_rows(self, name: str, fields: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """UPDATE many rows by fid in a few statements (UPDATE … FROM VALUES): rows are (values…, fid)."""
        from psycopg2.extras import execute_values

        rows = [_adapt(r) for r in rows]
        if not rows:
            return
        columns = [quote_identifier(f) for f in fields]
        text = "UPDATE {} AS t SET {} FROM (VALUES %s) AS v({}, fid) WHERE t.fid = v.fid".format(
            quote_identifier(name),
            ", ".join("{0} = v.{0}".format(c) for c in columns),
            ", ".join(columns),
        )
        execute_values(
            self.con.cursor(),
            text,
            rows,
            template=self._template(name, fields, "%s::integer"),
            page_size=1000,
        )

    def insert_rows(self, name: str, fields: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """INSERT many rows (no geometry) in a few statements."""
        from psycopg2.extras import execute_values

        rows = [_adapt(r) for r in rows]
        if not rows:
            return
        text = "INSERT INTO {} ({}) VALUES %s".format(
            quote_identifier(name), ", ".join(quote_identifier(f) for f in fields)
        )
        execute_values(self.con.cursor(), text, rows, template=self._template(name, fields), page_size=1000)

    # geometries
    def geometry_select(self, column: str) -> str:
        return "ST_AsBinary({})".format(quote_identifier(column))

    def geometry_placeholder(self, name: str) -> str:
        srid = int(self.store.srid(name))
        if schema.LAYERS.get(name) and schema.LAYERS[name].geometry == schema.MULTIPOLYGON:
            return "ST_Multi(ST_GeomFromWKB(?, {}))".format(srid)
        return "ST_GeomFromWKB(?, {})".format(srid)

    def geometry_value(self, geometry, name: str):
        import psycopg2

        return None if geometry is None else psycopg2.Binary(bytes(geometry.asWkb()))

    def wkb(self, value) -> Optional[bytes]:
        return None if value is None else bytes(value)

    def rows_written(self, name: str, extent=None) -> None:
        """Nothing to keep: PostgreSQL counts rows and extents itself."""

    def fids_written(self, name: str) -> None:
        """After rows were inserted with their own fids: the fid sequence continues after the largest."""
        self.execute(
            "SELECT setval(pg_get_serial_sequence(?, 'fid'), "
            "coalesce((SELECT max(fid) FROM {}), 0) + 1, false)".format(quote_identifier(name)),
            (quote_identifier(self.store.location.schema) + "." + quote_identifier(name),),
        )

    def rows_counted_again(self, name: str) -> None:
        """Nothing to keep (see rows_written)."""

    def lock_rows(self) -> str:
        return " FOR UPDATE"

    def describe(self, name: str, text: str) -> None:
        """PostGIS: the table's comment."""
        from psycopg2 import sql

        self.con.cursor().execute(
            sql.SQL("COMMENT ON TABLE {} IS {}").format(
                sql.Identifier(self.store.location.schema, name), sql.Literal(text)
            )
        )


def _adapt(params):
    if isinstance(params, dict):
        return params
    out = []
    for value in params:
        if isinstance(value, (bytes, bytearray, memoryview)):
            import psycopg2

            value = psycopg2.Binary(bytes(value))
        out.append(value)
    return out
