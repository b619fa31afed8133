"""The store on PostGIS: the schema createstore installs, security, concurrent officers (on both
backends), and copying a store GeoPackage → PostGIS → GeoPackage with nothing lost.

The server is the throw-away one of conftest.py (scripts/pg_test_server.sh).
"""

import threading
import urllib.parse
from pathlib import Path

import psycopg2
import pytest
from backends import new_schema_uri, run_sql, server_password
from qgis.core import QgsGeometry, QgsProcessingFeedback
from test_tagging import build

from jlp_monitor_plugin.core import schema
from jlp_monitor_plugin.core.review import review_queue
from jlp_monitor_plugin.core.review_decisions import accept_candidate, assign_site, set_locked, untag
from jlp_monitor_plugin.core.store import Store
from jlp_monitor_plugin.core.store_base import StaleEditError, StoreError
from jlp_monitor_plugin.core.store_copy import copy_store
from jlp_monitor_plugin.core.store_postgis import PostgisStore
from jlp_monitor_plugin.core.tagging import tag_store

BOTH_BACKENDS = True  # tests on new_store run on a GeoPackage and on PostGIS (conftest.py)


def with_password(uri, password):
    parts = urllib.parse.urlsplit(uri)
    netloc = "{}:{}@{}:{}".format(parts.username, password, parts.hostname, parts.port)
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def password_of(uri):
    """The test server's password (the URI holds none: conftest puts it in a pgpass file)."""
    return server_password()


# -- the schema ------------------------------------------------------------------------------------------


def test_createstore_installs_keys_checks_indexes_and_an_append_only_audit(qgis_app, postgis_uri):
    store = Store.create(new_schema_uri(postgis_uri), "jlp")
    assert isinstance(store, PostgisStore) and store.backend == "postgis"
    name = store.location.schema
    assert password_of(postgis_uri) not in store.path and "schema=" + name in store.path
    con = psycopg2.connect(postgis_uri)
    try:
        cur = con.cursor()
        cur.execute(
            "SELECT tc.table_name, kcu.column_name, tc.constraint_type "
            "FROM information_schema.table_constraints tc "
            "JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name "
            "AND kcu.table_schema = tc.table_schema WHERE tc.table_schema = %s "
            "AND tc.constraint_type IN ('PRIMARY KEY', 'UNIQUE')",
            (name,),
        )
        keys = set(cur.fetchall())
        assert {(t, "fid", "PRIMARY KEY") for t in schema.LAYERS} <= keys
        assert {
            ("allocations", "site_ref", "UNIQUE"),
            ("permissions", "app_ref", "UNIQUE"),
            ("completions", "completion_id", "UNIQUE"),
            ("plan_settings", "key", "UNIQUE"),
        } <= keys
        cur.execute(
            "SELECT tablename FROM pg_indexes WHERE schemaname = %s "
            "AND indexdef LIKE '%%USING gist (geom)%%'",
            (name,),
        )
        assert {r[0] for r in cur.fetchall()} == {
            "allocations",
            "areas",
            "completion_evidence",
            "permissions",
            "permission_boundaries",
            "completions",
        }
        cur.execute(
            "SELECT f_table_name, type, srid FROM geometry_columns WHERE f_table_schema = %s ORDER BY 1",
            (name,),
        )
        assert ("allocations", "MULTIPOLYGON", 27700) in cur.fetchall()
    finally:
        con.close()
    # Coded values and keys are enforced by the database itself.
    with pytest.raises(psycopg2.errors.CheckViolation):
        run_sql(store, "INSERT INTO permissions (app_ref, net_units, tag_method) VALUES ('X1', 1, 'guess')")
    with pytest.raises(psycopg2.errors.CheckViolation):
        run_sql(store, "INSERT INTO completions (completion_id, units, source) VALUES ('C', 1, 'rumour')")
    run_sql(store, "INSERT INTO permissions (app_ref, net_units) VALUES ('X1', 1)")
    with pytest.raises(psycopg2.errors.UniqueViolation):
        run_sql(store, "INSERT INTO permissions (app_ref, net_units) VALUES ('X1', 2)")
    assert store.count("permissions") == 1


def test_tag_audit_takes_new_rows_only(qgis_app, postgis_uri):
    store = Store.create(new_schema_uri(postgis_uri), "jlp")
    build(store)
    tag_store(store, "both", user="tagger")
    assert store.count("tag_audit") == 15
    with pytest.raises(psycopg2.Error, match="tag_audit is append-only: UPDATE refused"):
        run_sql(store, "UPDATE tag_audit SET new_site_ref = 'FAR'")
    with pytest.raises(psycopg2.Error, match="tag_audit is append-only: DELETE refused"):
        run_sql(store, "DELETE FROM tag_audit WHERE feature_key = 'P1'")
    with pytest.raises(psycopg2.Error, match="append-only: TRUNCATE refused"):
        run_sql(store, "TRUNCATE tag_audit")
    # Through QGIS too: the edit fails and the rows stay.
    layer = store.layer("tag_audit")
    fid = next(layer.getFeatures()).id()
    assert not layer.dataProvider().deleteFeatures([fid])
    assert store.count("tag_audit") == 15
    untag(store, [("permissions", "P1")], "windfall after all", "Jo")  # appending is allowed
    assert store.count("tag_audit") == 16


# -- security --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", ['x"; DROP SCHEMA public CASCADE; --', "a;b", "o'neil", "two words", ""])
def test_a_schema_name_with_quotes_or_semicolons_is_refused(qgis_app, postgis_uri, bad):
    uri = "{}?schema={}".format(postgis_uri, urllib.parse.quote(bad))
    if bad == "":
        # No schema: the default (public) is taken, and it already holds PostGIS's own tables.
        with pytest.raises(StoreError, match="already holds tables"):
            Store.create(uri, "jlp")
        return
    with pytest.raises(StoreError, match="is not allowed: use letters, digits and underscores"):
        Store.create(uri, "jlp")
    with pytest.raises(StoreError, match="is not allowed"):
        Store.open("dbname=jlp_test schema='{}'".format(bad.replace("'", "\\'")))
    con = psycopg2.connect(postgis_uri)
    try:
        cur = con.cursor()
        cur.execute("SELECT count(*) FROM pg_namespace WHERE nspname = 'public'")
        assert cur.fetchone()[0] == 1  # nothing was run
    finally:
        con.close()


def test_a_wrong_password_gives_a_clear_error_without_the_password(
    qgis_app, postgis_uri, tmp_path, monkeypatch
):
    secret = "Wr0ng-S3cret-Pa55"
    parts = urllib.parse.urlsplit(postgis_uri)
    pgpass = tmp_path / "pgpass"
    pgpass.write_text("{}:{}:*:jlp:{}\n".format(parts.hostname, parts.port, secret))
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    with pytest.raises(StoreError) as info:
        Store.open(new_schema_uri(postgis_uri))
    message = str(info.value)
    assert "Could not connect to the PostGIS store postgresql://jlp@127.0.0.1:" in message
    assert "password authentication failed" in message
    assert secret not in message and password_of(postgis_uri) not in message
    with pytest.raises(StoreError, match="Could not connect"):
        Store.open("host=127.0.0.1 port=1 dbname=none user=jlp schema=s")


def test_the_store_path_has_no_password_and_reopens_in_this_session(qgis_app, postgis_uri):
    store = Store.create(new_schema_uri(postgis_uri), "jlp")
    assert password_of(postgis_uri) not in store.path
    # QGIS layers have no password in their source (what a project file keeps): QGIS's credentials
    # cache has it for the session.
    layer = store.layer("allocations")
    assert layer.isValid() and layer.dataProvider().name() == "postgres"
    assert password_of(postgis_uri) not in layer.source() and "password" not in layer.source()
    again = Store.open(store.path)  # a background task does this: the password stays in memory
    assert again.count("plan_settings") == store.count("plan_settings") > 0


def test_service_and_conninfo_forms(qgis_app, postgis_uri, tmp_path, monkeypatch):
    parts = urllib.parse.urlsplit(new_schema_uri(postgis_uri, "svc"))
    name = urllib.parse.parse_qs(parts.query)["schema"][0]
    service_file = tmp_path / "pg_service.conf"
    service_file.write_text(
        "[jlp]\nhost={}\nport={}\ndbname=jlp_test\nuser=jlp\npassword={}\n".format(
            parts.hostname, parts.port, server_password()
        )
    )
    monkeypatch.setenv("PGSERVICEFILE", str(service_file))
    store = Store.create("service=jlp schema={}".format(name), "jlp")
    assert store.path == "service=jlp schema={}".format(name)
    assert "password" not in store.layer_uri("allocations")  # the service file holds it
    assert store.layer("allocations").isValid()
    conninfo = "host={} port={} dbname=jlp_test user=jlp schema={}".format(parts.hostname, parts.port, name)
    assert Store.open(conninfo).counts() == store.counts()


def test_algorithms_take_a_postgis_store(processing_ready, postgis_uri):
    import processing

    uri = new_schema_uri(postgis_uri)
    created = processing.run("jlpmonitor:createstore", {"STORE": uri, "PRESET": "jlp"})
    assert password_of(postgis_uri) not in created["STORE"]
    build(Store.open(uri))
    result = processing.run("jlpmonitor:tag", {"STORE": uri, "TARGETS": "both"})
    assert (result["TAGGED"], result["REVIEW"], result["UNTAGGED"], result["UNCHANGED"]) == (9, 13, 2, 2)


# -- two officers at once (both backends) -----------------------------------------------------------------


def item(queue, key):
    return next(i for i in queue if i.key == key)


def test_a_stale_review_decision_is_refused_and_nothing_is_lost(new_store, sql):
    build(new_store)
    tag_store(new_store, "both", user="tagger")
    officer_a, officer_b = Store(new_store.path), Store(new_store.path)  # two officers, own connections
    queue_a, queue_b = review_queue(officer_a), review_queue(officer_b)
    assign_site(officer_b, [item(queue_b, "P2")], "SITE_A", "the larger site is right", "Officer B")
    audit_before = sql(new_store, "SELECT count(*) FROM tag_audit")[0][0]
    with pytest.raises(StaleEditError, match="permissions P2 changed by someone else since you loaded it"):
        accept_candidate(officer_a, [item(queue_a, "P3"), item(queue_a, "P2")], "bulk accept", "Officer A")
    # B's decision stands; A's other item was not written either (all or nothing); no audit rows.
    rows = dict(
        (r[0], r[1:])
        for r in sql(
            new_store, "SELECT app_ref, site_ref, tag_method, tag_locked, tag_review FROM permissions"
        )
    )
    assert rows["P2"] == ("SITE_A", "manual", 1, None)
    assert rows["P3"] == ("SITE_A", "spatial", None, "multiple_sites")
    assert sql(new_store, "SELECT count(*) FROM tag_audit")[0][0] == audit_before
    # Reloaded, A's decision goes through.
    accept_candidate(officer_a, [item(review_queue(officer_a), "P3")], "reloaded", "Officer A")
    assert sql(new_store, "SELECT site_ref FROM permissions WHERE app_ref = 'P3'") == [("SITE_B",)]


def test_a_tagging_run_never_overwrites_an_officers_edit_made_while_it_ran(new_store, sql):
    build(new_store)
    officer = Store(new_store.path)
    feedback = QgsProcessingFeedback()

    def officer_edits(value):
        if value >= 90 and not officer_edits.done:  # the run has read and tested everything
            officer_edits.done = True
            set_locked(officer, [("permissions", "P1")], True, "I'm checking this one", "Officer")

    officer_edits.done = False
    feedback.progressChanged.connect(officer_edits)
    with pytest.raises(
        StaleEditError, match="changed by someone else since this run read them .*permissions P1"
    ):
        tag_store(new_store, "both", feedback, user="tagger")
    assert sql(
        new_store, "SELECT site_ref, tag_method, tag_locked FROM permissions WHERE app_ref = 'P1'"
    ) == [(None, None, 1)]
    assert sql(new_store, "SELECT count(*) FROM tag_audit WHERE \"user\" = 'tagger'") == [(0,)]
    assert sql(new_store, "SELECT count(*) FROM permissions WHERE tag_method IS NOT NULL") == [(1,)]  # P7's
    counts = tag_store(new_store, "both", user="tagger")  # run again: P1 is locked now and left alone
    assert sql(new_store, "SELECT site_ref, tag_locked FROM permissions WHERE app_ref = 'P1'") == [(None, 1)]
    assert counts.unchanged == 3


def test_two_connections_at_once_the_second_waits_then_is_refused(qgis_app, postgis_uri):
    """Officer A's edit holds the row (an open transaction on one connection); officer B's decision on
    another connection waits for it, then sees the row changed and is refused: nothing lost."""
    store = Store.create(new_schema_uri(postgis_uri), "jlp")
    build(store)
    tag_store(store, "both", user="tagger")
    officer_b = Store(store.path)
    loaded = item(review_queue(officer_b), "P4")
    a = store.location.connect()
    try:
        cur = a.cursor()
        cur.execute("SET search_path TO {}, public".format(store.location.schema))
        cur.execute(
            "UPDATE permissions SET site_ref = 'SITE_B', tag_method = 'manual', tag_review = NULL, "
            "tag_candidate = NULL, tag_locked = 1 WHERE app_ref = 'P4'"
        )  # not committed yet
        outcome = {}

        def decide():
            try:
                untag(officer_b, [loaded], "windfall", "Officer B")
                outcome["result"] = "written"
            except StaleEditError as exc:
                outcome["result"] = str(exc)

        thread = threading.Thread(target=decide)
        thread.start()
        thread.join(2)
        assert thread.is_alive()  # B waits on A's row lock
        a.commit()
        thread.join(30)
        assert not thread.is_alive()
    finally:
        a.close()
    assert "permissions P4 changed by someone else" in outcome["result"]
    assert run_sql(
        store, "SELECT site_ref, tag_method, tag_locked FROM permissions WHERE app_ref = 'P4'"
    ) == [("SITE_B", "manual", 1)]


# -- copying a store ---------------------------------------------------------------------------------------


def everything(store):
    """Every standard layer's rows by fid: attributes, and geometry as normalised WKT."""
    out = {}
    for name, layer_def in schema.LAYERS.items():
        rows = {}
        for row in store.read_rows(name, layer_def.field_names):
            geometry = row[1]
            if geometry is not None:
                geometry = QgsGeometry(geometry)
                geometry.convertToMultiType()
                geometry = geometry.asWkt(3)
            rows[row[0]] = (geometry,) + tuple(round(v, 9) if isinstance(v, float) else v for v in row[2:])
        out[name] = rows
    return out


def test_copy_gpkg_to_postgis_to_gpkg_loses_nothing(processing_ready, tmp_path, postgis_uri):
    import processing

    source = Store.create(str(tmp_path / "source.gpkg"), "jlp")
    build(source)
    tag_store(source, "both", user="tagger")
    queue = review_queue(source)
    accept_candidate(source, [item(queue, "P2"), item(queue, "C3")], "checked on site", "Officer")
    untag(source, [("permissions", "P4")], "windfall", "Officer")
    source.write_plan_settings({"near_distance": 35, "buffer_pct": 20})
    run_sql(source, "UPDATE permissions SET decision_date = '2019-04-01', proposal = 'Café; \"quoted\"'")
    run_sql(source, "INSERT INTO starts (app_ref, start_date, units) VALUES ('P1', '2021-06-30', 4)")
    expected = everything(source)
    assert len(expected["tag_audit"]) == 18 and len(expected["permissions"]) == 16

    uri = new_schema_uri(postgis_uri, "copy")
    result = processing.run("jlpmonitor:copystore", {"STORE": source.path, "DESTINATION": uri})
    assert result["ROWS"] == sum(len(rows) for rows in expected.values())
    on_postgis = Store.open(uri)
    assert everything(on_postgis) == expected
    assert on_postgis.counts() == source.counts()
    assert on_postgis.plan_settings()["near_distance"] == 35
    assert review_queue(on_postgis) == review_queue(source)

    back = copy_store(on_postgis, str(tmp_path / "back.gpkg")).destination
    assert everything(back) == expected
    assert back.counts() == source.counts()  # QGIS counts them too (GDAL's bookkeeping kept)
    assert back.layer("permissions").extent() == source.layer("permissions").extent()
    assert dict((r["key"], r["value"]) for r in back.rows("plan_settings")) == dict(
        (r["key"], r["value"]) for r in source.rows("plan_settings")
    )
    # New rows after a copy get new fids (the fid sequence continues after the copied ones).
    untag(on_postgis, [("permissions", "P5")], "after the copy", "Officer")
    assert max(r[0] for r in on_postgis.read_rows("tag_audit", ["layer"])) == max(expected["tag_audit"]) + 1
    with pytest.raises(StoreError, match="already"):
        copy_store(source, uri)


# -- tagging in the database ------------------------------------------------------------------------------


def all_tags(store):
    out = {}
    for name, key in (("permissions", "app_ref"), ("completions", "completion_id")):
        for row in run_sql(
            store,
            "SELECT {}, site_ref, tag_method, tag_overlap, tag_review, tag_candidate FROM {}".format(
                key, name
            ),
        ):
            out[(name, row[0])] = (row[1], row[2], None if row[3] is None else round(row[3], 6)) + tuple(
                row[4:]
            )
    return out


def test_sql_tagging_gives_the_same_tags_as_qgis_on_a_random_store(processing_ready, tmp_path, postgis_uri):
    """The benchmark's generator (sites on a grid; random red lines across them; random points), small:
    every tag, review reason, candidate and overlap the same from the SQL and the QGIS engines."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    try:
        from benchmark_tagging import make_store
    finally:
        sys.path.pop(0)
    source = make_store(str(tmp_path / "random.gpkg"), 60, 600, 1500, seed=11)
    source.write_plan_settings({"near_distance": 40})
    # Invalid red lines across site edges (bow-ties, a ring touching itself) and a permission in two
    # parts: repaired and merged alike by both engines.
    from qgis.core import QgsFeature

    layer = source.layer("permission_boundaries")
    odd = []
    for n, wkt in enumerate(
        [
            "MULTIPOLYGON(((220150 40150,220250 40250,220250 40150,220150 40250,220150 40150)))",
            "MULTIPOLYGON(((220450 40350,220550 40450,220550 40350,220450 40450,220450 40350)))",
            "MULTIPOLYGON(((220180 40580,220260 40580,220260 40660,220220 40580,220180 40660,220180 40580)))",
            "MULTIPOLYGON(((220480 40180,220520 40180,220520 40220,220480 40220,220480 40180)))",
            "MULTIPOLYGON(((220700 40100,220900 40100,220900 40300,220700 40300,220700 40100)))",
        ]
    ):
        feature = QgsFeature(layer.fields())
        feature["app_ref"] = "B{}".format(n)  # B0..B3 gain a part; B4 too
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        odd.append(feature)
    assert source.add_features("permission_boundaries", odd)[0]
    sql_store = copy_store(source, new_schema_uri(postgis_uri, "sql")).destination
    qgis_on_postgis = copy_store(source, new_schema_uri(postgis_uri, "qgis")).destination
    by_qgis = tag_store(source, "both", user="t")
    by_sql = tag_store(sql_store, "both", user="t", engine="sql")
    assert tag_store(qgis_on_postgis, "both", user="t", engine="qgis") == by_qgis
    assert by_sql == by_qgis
    expected = all_tags(source)
    assert all_tags(sql_store) == expected
    assert all_tags(qgis_on_postgis) == expected
    reviews = {v[3] for v in expected.values()}
    assert {"partial_overlap", "near_boundary", None} <= reviews  # the rules were exercised (multiple_sites:
    # test_tagging.py, on both backends)
    with pytest.raises(ValueError, match="not available"):
        tag_store(source, "both", engine="sql")


def test_a_project_keeps_a_postgis_store_without_its_password(qgis_app, postgis_uri, tmp_path):
    from qgis.core import QgsProject

    from jlp_monitor_plugin.core.project import load_store_layers, project_store_path, store_layer_in_project

    store = Store.create(new_schema_uri(postgis_uri), "jlp")
    project = QgsProject()
    layers = load_store_layers(store, project)
    assert set(layers) == set(schema.LAYERS)
    assert store_layer_in_project(project, store.path, "allocations") is layers["allocations"]
    assert project_store_path(project) == store.path
    path = tmp_path / "shared.qgs"
    assert project.write(str(path))
    text = path.read_text()
    assert "schema=" + store.location.schema in text or store.location.schema in text
    assert password_of(postgis_uri) not in text


def _ogr_to_postgis(tmp_path, postgis_uri, schema_name, properties, *options):
    import subprocess

    run_sql_uri = psycopg2.connect(postgis_uri)
    try:
        with run_sql_uri, run_sql_uri.cursor() as cur:
            cur.execute("CREATE SCHEMA {}".format(schema_name))
    finally:
        run_sql_uri.close()
    geojson = tmp_path / "allocations.geojson"
    geojson.write_text(
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": %s, "geometry": '
        '{"type": "Polygon", "coordinates": [[[248000, 54500], [248200, 54500], [248200, 54700], '
        "[248000, 54500]]]}}]}" % properties
    )
    parts = urllib.parse.urlsplit(postgis_uri)
    target = "PG:host={} port={} dbname=jlp_test user=jlp password={}".format(
        parts.hostname, parts.port, server_password()
    )
    subprocess.run(
        ["ogr2ogr", "-f", "PostgreSQL", target, str(geojson), "-nln", "allocations", "-a_srs", "EPSG:27700",
         "-nlt", "MULTIPOLYGON", "-lco", "SCHEMA=" + schema_name, *options],
        check=True,
    )  # fmt: skip


def test_a_postgis_store_made_by_ogr2ogr_is_completed_or_refused_clearly(qgis_app, tmp_path, postgis_uri):
    uri = new_schema_uri(postgis_uri, "ogr")
    name = urllib.parse.parse_qs(urllib.parse.urlsplit(uri).query)["schema"][0]
    _ogr_to_postgis(
        tmp_path,
        postgis_uri,
        name,
        '{"site_ref": "PLY60.1", "lpa": "PLY", "policy_area": "PPA", "council_note": "keep me"}',
        "-lco",
        "FID=fid",
        "-lco",
        "GEOMETRY_NAME=geom",
    )
    store = Store.open(uri, upgrade=True)  # no plan settings: made a store only when asked
    assert set(schema.LAYERS) <= set(store.layer_names())
    assert store.rows("allocations", ["site_ref", "council_note", "homes_capacity"]) == [
        {"site_ref": "PLY60.1", "council_note": "keep me", "homes_capacity": None}
    ]
    assert store.layer("permissions").crs().authid() == "EPSG:27700"
    assert Store(uri).check_and_complete() == []
    # Without a fid column the store is refused, naming the table and what to do.
    other = new_schema_uri(postgis_uri, "ogr")
    other_name = urllib.parse.parse_qs(urllib.parse.urlsplit(other).query)["schema"][0]
    _ogr_to_postgis(
        tmp_path, postgis_uri, other_name, '{"site_ref": "X", "lpa": "PLY", "policy_area": "PPA"}'
    )
    with pytest.raises(StoreError, match="Table 'allocations' of store .* has no 'fid' column"):
        Store.open(other)


def test_a_store_with_duplicate_keys_or_unknown_codes_is_not_copied_to_postgis(
    qgis_app, tmp_path, postgis_uri
):
    source = Store.create(str(tmp_path / "dups.gpkg"), "jlp")
    build(source)
    run_sql(source, "UPDATE allocations SET site_ref = 'SITE_A' WHERE site_ref = 'SMALL'")
    run_sql(source, "UPDATE permissions SET permission_type = 'householder' WHERE app_ref = 'P1'")
    uri = new_schema_uri(postgis_uri, "dups")
    with pytest.raises(StoreError) as info:
        copy_store(source, uri)
    message = str(info.value)
    assert "nothing was copied" in message
    assert "allocations has site_ref more than once: SITE_A" in message
    assert "permissions.permission_type has 'householder'" in message
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(uri)  # nothing was made


def test_the_qgis_authentication_database_gives_the_login(qgis_app, postgis_uri):
    """STORE with authcfg=ID: the user and password come from QGIS's authentication database, and
    neither STORE, the store's path nor its layers' sources hold a password."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    manager = QgsApplication.authManager()
    assert manager.setMasterPassword("test-master-password", True)
    parts = urllib.parse.urlsplit(postgis_uri)
    config = QgsAuthMethodConfig("Basic")
    config.setName("JLP shared store")
    config.setConfig("username", parts.username)
    config.setConfig("password", server_password())
    assert manager.storeAuthenticationConfig(config)[0]
    name = urllib.parse.parse_qs(urllib.parse.urlsplit(new_schema_uri(postgis_uri, "auth")).query)["schema"][
        0
    ]
    text = "host={} port={} dbname=jlp_test schema={} authcfg={}".format(
        parts.hostname, parts.port, name, config.id()
    )
    store = Store.create(text, "jlp")
    assert store.path == "dbname=jlp_test host={} port={} schema={} authcfg={}".format(
        parts.hostname, parts.port, name, config.id()
    )
    build(store)
    layer = store.layer("permissions")
    assert layer.isValid() and layer.featureCount() == 16
    assert "authcfg={}".format(config.id()) in layer.source()
    assert server_password() not in layer.source() and "password" not in layer.source()
    assert tag_store(Store.open(text), "both", user="t").tagged == 9


@pytest.mark.parametrize(
    "text, postgis",
    [
        ("/data/monitoring.gpkg", False),
        ("C:\\Users\\jo\\host=1 store.gpkg", False),
        ("monitoring", False),
        ("postgresql://jo@db:5432/planning?schema=jlp", True),
        ("postgres://db/planning?schema=jlp", True),
        ("service=jlp schema=jlp", True),
        ("host=db dbname=planning user=jo schema=jlp", True),
    ],
)
def test_the_store_text_chooses_the_backend(text, postgis):
    from jlp_monitor_plugin.core.postgis import is_postgis

    assert is_postgis(text) is postgis


def test_the_store_path_is_the_text_as_given_in_a_canonical_form():
    from jlp_monitor_plugin.core.postgis import Location

    location = Location("postgresql://jo@db.example:5433/planning?schema=jlp&sslmode=require")
    assert location.path == "postgresql://jo@db.example:5433/planning?sslmode=require&schema=jlp"
    assert location.password is None and location.schema == "jlp"
    assert location.params == {"host": "db.example", "port": "5433", "user": "jo", "dbname": "planning",
                               "sslmode": "require"}  # fmt: skip
    other = Location("host=db dbname='plan ning' user=jo schema=jlp")
    assert other.path == "dbname='plan ning' host=db user=jo schema=jlp"


def test_a_store_through_a_saved_qgis_connection(qgis_app, postgis_uri):
    from qgis.core import QgsProviderRegistry

    from jlp_monitor_plugin.core.postgis import saved_connections, store_text_for_connection

    parts = urllib.parse.urlsplit(postgis_uri)
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    connection = metadata.createConnection(
        "host={} port={} dbname=jlp_test user={} password={}".format(
            parts.hostname, parts.port, parts.username, server_password()
        ),
        {"saveUsername": True, "savePassword": True},
    )
    metadata.saveConnection(connection, "Shared JLP server")
    assert "Shared JLP server" in saved_connections()
    name = urllib.parse.parse_qs(urllib.parse.urlsplit(new_schema_uri(postgis_uri, "saved")).query)["schema"][
        0
    ]
    text = store_text_for_connection("Shared JLP server", name)
    assert text == "dbname=jlp_test host={} port={} user=jlp schema={}".format(
        parts.hostname, parts.port, name
    )
    store = Store.create(text, "jlp")
    assert store.path == text and store.count("plan_settings") > 0
    with pytest.raises(ValueError, match="no saved PostgreSQL connection named 'Nowhere'"):
        store_text_for_connection("Nowhere", name)
