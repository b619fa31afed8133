"""SQL on a store of either backend, for tests that look under the store's calls (GeoPackage: sqlite3;
PostGIS: psycopg2, through ``Store.transaction`` which takes ``?`` placeholders on both)."""

import os
import sqlite3

import psycopg2

_SCHEMAS = {"n": 0}

# What a failed write raises on each backend.
DB_ERRORS = (sqlite3.DatabaseError, psycopg2.DatabaseError)


def run_sql(store, text, params=()):
    """Run one statement in its own transaction; its rows as tuples ([] when it returns none)."""
    with store.transaction() as con:
        cursor = con.execute(text, params)
        try:
            return [tuple(r) for r in cursor.fetchall()]
        except (sqlite3.Error, psycopg2.ProgrammingError):
            return []


def refuse_inserts(store, table, message):
    """A trigger that fails every INSERT into ``table`` with ``message`` (a full disk, say)."""
    if store.backend == "gpkg":
        run_sql(
            store,
            "CREATE TRIGGER refuse_{0} BEFORE INSERT ON {0} BEGIN SELECT RAISE(ABORT, '{1}'); END".format(
                table, message
            ),
        )
    else:
        run_sql(
            store,
            "CREATE FUNCTION refuse_{}() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION '{}'; END $$".format(table, message),
        )
        run_sql(
            store,
            "CREATE TRIGGER refuse_{0} BEFORE INSERT ON {0} FOR EACH ROW "
            "EXECUTE FUNCTION refuse_{0}()".format(table),
        )


def server_password() -> str:
    """The test server's password, from the pgpass file PGPASSFILE names (conftest's postgis_uri)."""
    with open(os.environ["PGPASSFILE"], encoding="utf-8") as handle:
        return handle.readline().rstrip("\n").split(":", 4)[4]


def new_schema_uri(postgis_uri: str, prefix: str = "t") -> str:
    """The URI of a new, unused schema on the test server."""
    _SCHEMAS["n"] += 1
    name = "{}_{}_{}".format(prefix, os.getpid(), _SCHEMAS["n"])
    return "{}?schema={}".format(postgis_uri, name)


def add_rows(store, name, rows):
    """Append rows (dicts; an optional "geometry" WKT) to a store layer through the store's own API."""
    from qgis.core import QgsFeature, QgsGeometry

    layer = store.layer(name)
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        for key, value in row.items():
            if key == "geometry":
                feature.setGeometry(QgsGeometry.fromWkt(value))
            else:
                feature[key] = value
        features.append(feature)
    ok, error = store.add_features(name, features)
    assert ok, error
