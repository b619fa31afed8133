"""Where a PostGIS store is and what its tables are: connection strings, connections, QGIS's saved
PostgreSQL connections, and the DDL of the standard's tables (``store_postgis.PostgisStore`` runs it).

A PostGIS store is one schema of a PostgreSQL database. STORE names it as a libpq URI
(``postgresql://user@host:port/dbname?schema=NAME``) or a conninfo string
(``service=jlp schema=NAME``, ``host=... dbname=... user=... schema=NAME``); ``authcfg=ID`` takes the
user name and password from the QGIS authentication database. A STORE holding a password is refused
(QGIS prints and keeps the parameters of a run): the password goes in pgpass (with a service file) or
the authentication database. A saved QGIS connection's password is kept in memory for the session.

Every identifier is quoted (``psycopg2.sql.Identifier`` or ``quote_identifier``) and every value is
bound as a parameter; schema names are restricted to letters, digits and underscores besides.
"""

import re
import urllib.parse
from typing import Any, Dict, List, Optional, Tuple

from . import schema

SCHEMA_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")
GEOMETRY_COLUMN = "geom"
DEFAULT_SCHEMA = "public"
_CONNINFO_PAIR = re.compile(r"\s*([A-Za-z_]+)\s*=\s*('(?:[^'\\]|\\.)*'|\S+)")
SQL_TYPES = {
    schema.TEXT: "text",
    schema.INTEGER: "integer",
    schema.REAL: "double precision",
    schema.DATE: "date",
}

# Passwords of stores opened in this session, by the store's password-free path: a Store made again
# from its path (a background task does so) connects without the password being written anywhere.
_PASSWORDS: Dict[str, str] = {}


class PgConnectionError(Exception):
    """Raised by connect(); the store turns it into a StoreError."""


# Keywords of a libpq connection string, and the store's own (schema, authcfg): text made of key=value
# pairs with one of these is a PostgreSQL STORE, never a file name.
CONNINFO_KEYS = {
    "host", "hostaddr", "port", "dbname", "user", "password", "passfile", "service", "sslmode",
    "sslcert", "sslkey", "sslrootcert", "connect_timeout", "application_name", "options",
    "target_session_attrs", "gssencmode", "krbsrvname", "channel_binding", "schema", "authcfg",
}  # fmt: skip
PASSWORD_REFUSED = (
    "a password is not accepted in a store's connection text (STORE, DESTINATION), because QGIS shows "
    "and keeps the parameters of a run (qgis_process prints them, the Processing history and logs keep "
    "them); nothing was done. Give the login another way: a service file (pg_service.conf, with the "
    "password in pgpass / pgpass.conf, or PGPASSFILE) and STORE service=NAME schema=NAME; or a login "
    "saved in QGIS's authentication database (Settings > Options > Authentication) and STORE "
    "... authcfg=ID schema=NAME."
)


def _uri_form(text: str) -> bool:
    return bool(re.match(r"^postgres(ql)?://", text, re.IGNORECASE))


def looks_like_conninfo(text: str) -> bool:
    """True when the text is made of key=value pairs, one of them a libpq or store keyword."""
    stripped = (text or "").strip()
    if not stripped or stripped.lower().endswith(".gpkg"):
        return False
    pairs = list(_CONNINFO_PAIR.finditer(stripped))
    if not pairs or "".join(m.group(0) for m in pairs).strip() != stripped:
        return False
    return any(m.group(1).lower() in CONNINFO_KEYS for m in pairs)


def is_postgis(text: str) -> bool:
    """True when STORE names a PostgreSQL database rather than a GeoPackage file."""
    stripped = (text or "").strip()
    return _uri_form(stripped) or looks_like_conninfo(stripped)


def holds_password(text: str) -> bool:
    """True when a STORE text carries a password, in whatever form: ``user:password@`` in a URI (an
    unencoded ``#``, ``/`` or ``@`` in it included: everything before the last ``@`` is the login),
    ``?password=`` in a URI, or ``password=`` in a conninfo string."""
    stripped = (text or "").strip()
    if _uri_form(stripped):
        rest = stripped.split("://", 1)[1]
        if "@" in rest and ":" in rest.rsplit("@", 1)[0]:
            return True
        return bool(re.search(r"[?&]password=", rest, re.IGNORECASE))
    return looks_like_conninfo(stripped) and any(
        m.group(1).lower() == "password" for m in _CONNINFO_PAIR.finditer(stripped)
    )


def remember_password(path: str, password: str) -> None:
    """Keep the password of a saved QGIS connection in memory for the session (never in a STORE text)."""
    if password:
        _PASSWORDS[path] = password


class Location:
    """Where a PostGIS store is: libpq parameters, the schema, an authcfg. Never a password: a STORE
    holding one is refused (ValueError, its message without any part of the STORE)."""

    def __init__(self, text: str):
        self.text = (text or "").strip()
        if holds_password(self.text):
            raise ValueError("This store text holds a password: " + PASSWORD_REFUSED)
        self.uri_form = _uri_form(self.text)
        self.params, self.schema, self.authcfg = self._parse()
        self.params.pop("password", None)
        self.password = None  # type: Optional[str]
        if not (self.params.get("service") or self.params.get("host") or self.params.get("dbname")):
            raise ValueError(
                "STORE looks like a PostgreSQL connection but names no service, host or dbname: give "
                "service=NAME (a pg_service.conf entry) or host=… dbname=…, with schema=NAME."
            )
        if not self.schema:
            self.schema = DEFAULT_SCHEMA
        if not SCHEMA_NAME.match(self.schema):
            raise ValueError(
                "Schema name {!r} is not allowed: use letters, digits and underscores only "
                "(no quotes, spaces or semicolons).".format(self.schema)
            )
        # As PostgreSQL reads an unquoted name: schema=PUBLIC is the schema public, JLP is jlp (never a
        # second schema beside it that only quoting could reach).
        self.schema = self.schema.lower()
        self.path = self._path()
        self.password = _PASSWORDS.get(self.path)  # a saved QGIS connection's, for this session

    def _parse(self) -> Tuple[Dict[str, str], str, Optional[str]]:
        params: Dict[str, str] = {}
        if self.uri_form:
            try:
                parts = urllib.parse.urlsplit(self.text)
                hostname, port, username = parts.hostname, parts.port, parts.username
            except ValueError:  # Python's message quotes the text: never shown (it may hold a login)
                raise ValueError(
                    "STORE is not a PostgreSQL URI that can be read (a port that is not a number, or "
                    "brackets that do not match): write it as "
                    "postgresql://user@host:port/dbname?schema=NAME, or use service=NAME schema=NAME."
                ) from None
            if hostname:
                params["host"] = hostname
            if port:
                params["port"] = str(port)
            if username:
                params["user"] = urllib.parse.unquote(username)
            dbname = urllib.parse.unquote(parts.path.lstrip("/"))
            if dbname:
                params["dbname"] = dbname
            for key, value in urllib.parse.parse_qsl(parts.query, keep_blank_values=True):
                params[key] = value
        else:
            for match in _CONNINFO_PAIR.finditer(self.text):
                value = match.group(2)
                if value.startswith("'") and value.endswith("'") and len(value) >= 2:
                    value = re.sub(r"\\(.)", r"\1", value[1:-1])
                params[match.group(1).lower()] = value
        store_schema = params.pop("schema", "") or ""
        authcfg = params.pop("authcfg", None) or None
        return params, store_schema, authcfg

    def _path(self) -> str:
        """The store as text without its password: shown to officers, kept in projects, reopenable."""
        if self.uri_form:
            user = urllib.parse.quote(self.params.get("user", ""), safe="")
            host = self.params.get("host", "")
            port = self.params.get("port")
            netloc = (user + "@" if user else "") + host + (":" + port if port else "")
            query = [
                (k, v) for k, v in sorted(self.params.items()) if k not in ("host", "port", "user", "dbname")
            ]
            query.append(("schema", self.schema))
            if self.authcfg:
                query.append(("authcfg", self.authcfg))
            return "postgresql://{}/{}?{}".format(
                netloc,
                urllib.parse.quote(self.params.get("dbname", ""), safe=""),
                urllib.parse.urlencode(query),
            )
        pairs = ["{}={}".format(k, _conninfo_value(v)) for k, v in sorted(self.params.items())]
        pairs.append("schema={}".format(self.schema))
        if self.authcfg:
            pairs.append("authcfg={}".format(_conninfo_value(self.authcfg)))
        return " ".join(pairs)

    def describe(self) -> str:
        """The schema, database and server in words (no password): shown in the docks."""
        params = self.params
        if params.get("service"):
            server = "service {}".format(params["service"])
        else:
            server = params.get("host") or "localhost"
            if params.get("port"):
                server += ":" + params["port"]
        database = params.get("dbname") or ""
        text = "schema {} of database {} on {}".format(self.schema, database, server)
        if not database:
            text = "schema {} on {}".format(self.schema, server)
        return text + (" (user {})".format(params["user"]) if params.get("user") else "")

    @property
    def name(self) -> str:
        return "{}.{}".format(
            self.params.get("dbname") or self.params.get("service") or "postgis", self.schema
        )

    def credentials(self) -> Tuple[Optional[str], Optional[str]]:
        """(user, password): from the QGIS authentication database when an authcfg is given."""
        user, password = self.params.get("user"), self.password
        if self.authcfg:
            try:
                from qgis.core import QgsApplication, QgsAuthMethodConfig

                config = QgsAuthMethodConfig()
                if QgsApplication.authManager().loadAuthenticationConfig(self.authcfg, config, True):
                    user = config.config("username") or user
                    password = config.config("password") or password
            except Exception:  # noqa: BLE001 - no QGIS application (plain scripts)
                pass
        return user, password

    def connect(self):
        """A psycopg2 connection; errors are clear and never show the password."""
        import psycopg2
        import psycopg2.extensions

        params = dict(self.params)
        user, password = self.credentials()
        if user:
            params["user"] = user
        if password:
            params["password"] = password
        params.setdefault("connect_timeout", "10")
        params.setdefault("application_name", "JLP Monitor")
        try:
            con = psycopg2.connect(**params)
        except psycopg2.Error as exc:
            message = str(exc).strip()
            if password:
                message = message.replace(password, "***")
            raise PgConnectionError(
                "Could not connect to the PostGIS store {}: {}".format(self.path, message)
            ) from None
        # Dates as ISO text, as the GeoPackage gives them.
        date_text = psycopg2.extensions.new_type((1082,), "DATE_AS_TEXT", lambda value, _cur: value)
        psycopg2.extensions.register_type(date_text, con)
        return con

    def qgis_uri(
        self, table: str, geometry: Optional[str], srid: int = 0, wkb_type=None, key: str = "fid"
    ) -> str:
        """The QgsDataSourceUri of one table for the "postgres" provider. It never holds a password:
        an authcfg or a service gives the credentials, or the session's password is handed to QGIS's
        credentials cache (QgsCredentials, kept in memory) for this connection, so that layer sources,
        project files and logs carry none."""
        from qgis.core import QgsDataSourceUri

        uri = QgsDataSourceUri()
        p = self.params
        user = p.get("user", "")
        if p.get("service"):
            uri.setConnection(
                p["service"], p.get("dbname", ""), user, "", _ssl_mode(p.get("sslmode")), self.authcfg or ""
            )
        else:
            uri.setConnection(
                p.get("host", ""),
                p.get("port", "5432"),
                p.get("dbname", ""),
                user,
                "",
                _ssl_mode(p.get("sslmode")),
                self.authcfg or "",
            )
        if self.password and not self.authcfg:
            try:
                from qgis.core import QgsCredentials

                QgsCredentials.instance().put(uri.connectionInfo(False), user, self.password)
            except Exception:  # noqa: BLE001 - no QGIS application
                pass
        uri.setDataSource(self.schema, table, geometry or "", "", key)
        if geometry:
            uri.setSrid(str(srid))
            if wkb_type is not None:
                uri.setWkbType(wkb_type)
        if key:
            uri.setKeyColumn(key)
        uri.setUseEstimatedMetadata(False)
        return uri.uri(False)


def _ssl_mode(text: Optional[str]):
    from qgis.core import QgsDataSourceUri

    return QgsDataSourceUri.decodeSslMode(text) if text else QgsDataSourceUri.SslMode.SslPrefer


def _conninfo_value(value: str) -> str:
    if value and re.match(r"^[^\s'\\]+$", value):
        return value
    return "'{}'".format(value.replace("\\", "\\\\").replace("'", "\\'"))


# -- the schema ----------------------------------------------------------------------------------------


def create_table_statements(layer_def: schema.LayerDef, srid: int) -> List[Any]:
    """CREATE TABLE (primary key, unique key, checks on coded values), GiST index, comment."""
    from psycopg2 import sql

    table = sql.Identifier(layer_def.name)
    columns = [sql.SQL("fid serial PRIMARY KEY")]
    for field in layer_def.fields:
        columns.append(sql.SQL("{} {}").format(sql.Identifier(field.name), sql.SQL(SQL_TYPES[field.kind])))
    if layer_def.geometry:
        columns.append(
            sql.SQL("{} geometry({}, {})").format(
                sql.Identifier(GEOMETRY_COLUMN), sql.SQL(layer_def.geometry), sql.Literal(int(srid))
            )
        )
    if layer_def.key:
        columns.append(
            sql.SQL("CONSTRAINT {} UNIQUE ({})").format(
                sql.Identifier("{}_{}_key".format(layer_def.name, layer_def.key)),
                sql.Identifier(layer_def.key),
            )
        )
    for field_name, values in schema.CODED_VALUES.get(layer_def.name, {}).items():
        columns.append(
            sql.SQL("CONSTRAINT {} CHECK ({} IS NULL OR {} = '' OR {} IN ({}))").format(
                sql.Identifier("{}_{}_check".format(layer_def.name, field_name)),
                sql.Identifier(field_name),
                sql.Identifier(field_name),
                sql.Identifier(field_name),
                sql.SQL(", ").join(sql.Literal(v) for v in values),
            )
        )
    if layer_def.name in (schema.PERMISSIONS, schema.COMPLETIONS):
        columns.append(
            sql.SQL("CONSTRAINT {} CHECK (tag_locked IS NULL OR tag_locked IN (0, 1))").format(
                sql.Identifier("{}_tag_locked_check".format(layer_def.name))
            )
        )
    statements = [sql.SQL("CREATE TABLE {} ({})").format(table, sql.SQL(", ").join(columns))]
    if layer_def.geometry:
        statements.append(
            sql.SQL("CREATE INDEX {} ON {} USING GIST ({})").format(
                sql.Identifier("{}_geom_idx".format(layer_def.name)), table, sql.Identifier(GEOMETRY_COLUMN)
            )
        )
    for field_name in ("app_ref", "site_ref"):
        if layer_def.field(field_name) is not None and layer_def.key != field_name:
            statements.append(
                sql.SQL("CREATE INDEX {} ON {} ({})").format(
                    sql.Identifier("{}_{}_idx".format(layer_def.name, field_name)),
                    table,
                    sql.Identifier(field_name),
                )
            )
    statements.append(sql.SQL("COMMENT ON TABLE {} IS {}").format(table, sql.Literal(layer_def.description)))
    if layer_def.name in schema.APPEND_ONLY_LAYERS:
        statements.extend(append_only_statements(layer_def.name))
    return statements


def append_only_function(name: str) -> str:
    """The name of the trigger function that keeps table ``name`` append-only."""
    return "jlp_{}_append_only".format(name)


def append_only_statements(name: str) -> List[Any]:
    """Table ``name`` takes new rows only: a trigger refuses UPDATE, DELETE and TRUNCATE for everyone."""
    from psycopg2 import sql

    table, function = sql.Identifier(name), sql.Identifier(append_only_function(name))
    return [
        sql.SQL(
            "CREATE OR REPLACE FUNCTION {}() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION '" + name + " is append-only: % refused', TG_OP; END $$"
        ).format(function),
        sql.SQL("CREATE TRIGGER {} BEFORE UPDATE OR DELETE ON {} FOR EACH ROW EXECUTE FUNCTION {}()").format(
            sql.Identifier(name + "_append_only"), table, function
        ),
        sql.SQL("CREATE TRIGGER {} BEFORE TRUNCATE ON {} FOR EACH STATEMENT EXECUTE FUNCTION {}()").format(
            sql.Identifier(name + "_no_truncate"), table, function
        ),
    ]


def same_postgis_table(layer_source: str, store_path: str, table: str) -> bool:
    """True when a "postgres" layer source shows ``table`` of the PostGIS store at ``store_path``."""
    from qgis.core import QgsDataSourceUri

    try:
        location = Location(store_path)
    except ValueError:
        return False
    uri = QgsDataSourceUri(layer_source)
    p = location.params
    if uri.schema() != location.schema or uri.table() != table:
        return False
    if p.get("service"):
        return uri.service() == p["service"]
    return (
        uri.host() == p.get("host", "")
        and (uri.port() or "5432") == p.get("port", "5432")
        and uri.database() == p.get("dbname", "")
    )


# -- QGIS's saved PostgreSQL connections (Browser ▸ PostgreSQL) -----------------------------------------


def saved_connections() -> List[str]:
    """Names of the PostgreSQL connections saved in QGIS, sorted."""
    from qgis.core import QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    return sorted(metadata.connections().keys()) if metadata is not None else []


def store_text_for_connection(name: str, store_schema: str) -> str:
    """STORE for schema ``store_schema`` reached through the saved QGIS connection ``name``: its
    service or host/port/database/user, sslmode and authcfg; a password the connection saved is kept
    in memory for the session only, never in the text (what projects and logs get)."""
    from qgis.core import QgsDataSourceUri, QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    connections = metadata.connections() if metadata is not None else {}
    if name not in connections:
        raise ValueError("There is no saved PostgreSQL connection named {!r} in QGIS.".format(name))
    uri = QgsDataSourceUri(connections[name].uri())
    pairs = []
    if uri.service():
        pairs.append(("service", uri.service()))
    for key, value in (("host", uri.host()), ("port", uri.port()), ("dbname", uri.database())):
        if value:
            pairs.append((key, value))
    if uri.username():
        pairs.append(("user", uri.username()))
    if uri.sslMode() not in (QgsDataSourceUri.SslMode.SslPrefer,):
        pairs.append(("sslmode", QgsDataSourceUri.encodeSslMode(uri.sslMode())))
    pairs.append(("schema", store_schema))
    if uri.authConfigId():
        pairs.append(("authcfg", uri.authConfigId()))
    text = " ".join("{}={}".format(k, _conninfo_value(v)) for k, v in pairs)
    path = Location(text).path
    if uri.password() and not uri.authConfigId():
        remember_password(path, uri.password())  # in memory for the session only
    return path
