"""Nothing lost, nothing leaked (issue 16): loadstandard matched on natural keys and in one transaction
(a failure or a kill -9 leaves the store as it was), a tag run that respects an officer's decision on a
permission made while it ran, copystore to a GeoPackage whole or not at all, passwords never taken in
STORE, the GeoPackage's tag_audit append-only, createstore whole or not at all, clear lock messages.

Both backends where it applies (``new_store``: a GeoPackage and a schema on the throw-away PostGIS).
"""

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from backends import refuse_inserts, run_sql

from jlp_monitor_plugin.core import schema
from jlp_monitor_plugin.core.loading import APPEND, NOT_LOADED, REPLACE, load_standard
from jlp_monitor_plugin.core.store import Store
from jlp_monitor_plugin.core.store_base import StoreError

BOTH_BACKENDS = True
ROOT = Path(__file__).resolve().parents[2]
# The layers the demo source holds (completion evidence and its candidates arrive by import).
LOADED = [
    n
    for n in schema.LAYERS
    if n not in NOT_LOADED and n not in (schema.COMPLETION_EVIDENCE, schema.EVIDENCE_CANDIDATES)
]


@pytest.fixture()
def demo_source(demo_master):
    """The generated demo data as the demo loads it (a GeoPackage following the standard)."""
    return str(Path(demo_master).parent / "source" / "demo_source.gpkg")


def years_supply(store) -> float:
    from jlp_monitor_plugin.core.monitoring import compute_monitoring

    return compute_monitoring(store, "2025-03-31").supply.years_supply


def layer_counts(store):
    return {name: store.count(name) for name in schema.LAYERS}


# -- item 2: a second identical load changes nothing --------------------------------------------------------


def test_loading_the_same_standard_file_twice_changes_nothing(new_store, demo_source):
    new_store.write_plan_settings({"five_year_basis": "plan"})  # as the demo store (demo_settings.py)
    first = load_standard(demo_source, new_store)
    counts, supply = layer_counts(new_store), years_supply(new_store)
    source = Store(demo_source)
    for name in LOADED:
        if name in source.layer_names():
            assert counts[name] == source.count(name) > 0, name
    assert first.total("inserted") == first.total_loaded == first.total_read - len(first.rejected)

    again = load_standard(demo_source, new_store)
    assert layer_counts(new_store) == counts  # trajectory, starts, areas, boundaries not doubled
    assert years_supply(new_store) == supply
    assert (again.total("inserted"), again.total("changed"), again.total("deleted")) == (0, 0, 0)
    assert again.total("unchanged") == first.total_loaded
    assert len(again.rejected) == len(first.rejected)


def test_a_changed_row_is_updated_in_place_and_replace_deletes_what_did_not_come_back(
    new_store, demo_source, tmp_path
):
    load_standard(demo_source, new_store)
    edited = tmp_path / "edited.gpkg"
    shutil.copy(demo_source, edited)
    with sqlite3.connect(str(edited)) as con:
        site, year = con.execute("SELECT site_ref, monitoring_year FROM trajectory ORDER BY fid").fetchone()
        con.execute(
            "UPDATE trajectory SET units = 999 WHERE site_ref = ? AND monitoring_year = ?", (site, year)
        )
        gone = con.execute("SELECT app_ref FROM starts ORDER BY fid").fetchone()[0]
        removed = con.execute("DELETE FROM starts WHERE app_ref = ?", (gone,)).rowcount
    before = layer_counts(new_store)
    report = load_standard(str(edited), new_store)
    assert report.changed["trajectory"] == 1 and report.inserted["trajectory"] == 0
    assert layer_counts(new_store) == before  # upsert deletes nothing
    assert run_sql(
        new_store, "SELECT units FROM trajectory WHERE site_ref = ? AND monitoring_year = ?", (site, year)
    ) == [(999,)]
    replaced = load_standard(str(edited), new_store, mode=REPLACE)
    assert replaced.deleted["starts"] == removed > 0
    assert replaced.deleted["trajectory"] == 0 and replaced.total("inserted") == 0
    assert new_store.count("starts") == before["starts"] - removed
    # append adds every row as new: the unique keys refuse theirs, keyless layers take them.
    appended = load_standard(str(edited), new_store, mode=APPEND)
    assert appended.inserted["permissions"] == 0 and appended.inserted["trajectory"] == before["trajectory"]


def test_loadstandard_takes_a_mode(processing_ready, new_store, demo_source):
    import processing

    params = {"INPUT": demo_source, "STORE": new_store.path}
    processing.run("jlpmonitor:loadstandard", params)
    counts = layer_counts(new_store)
    again = processing.run("jlpmonitor:loadstandard", dict(params, MODE="upsert"))
    assert (again["INSERTED"], again["CHANGED"], again["DELETED"]) == (0, 0, 0)
    assert again["READ"] == again["LOADED"] + again["REJECTED"]
    assert layer_counts(new_store) == counts


# -- item 3: all or nothing ---------------------------------------------------------------------------------


def test_a_load_failing_on_its_last_layer_leaves_every_layer_unchanged(new_store, demo_source, tmp_path):
    small = tmp_path / "small.gpkg"
    shutil.copy(demo_source, small)
    with sqlite3.connect(str(small)) as con:  # half of each layer first: the store holds some already
        for name in LOADED:
            con.execute("DELETE FROM {} WHERE fid % 2 = 0".format(name))
    load_standard(str(small), new_store)
    before = {name: run_sql(new_store, "SELECT count(*), max(fid) FROM {}".format(name)) for name in LOADED}
    last = sorted(n for n in Store(demo_source).layer_names() if n in LOADED)[-1]
    refuse_inserts(new_store, last, "disk full")
    with pytest.raises(StoreError, match="failed and was undone; the store is as it was.*disk full"):
        load_standard(demo_source, new_store)
    after = {name: run_sql(new_store, "SELECT count(*), max(fid) FROM {}".format(name)) for name in LOADED}
    assert after == before


def test_rejects_that_cannot_be_written_undo_the_load(new_store, tmp_path):
    from test_processing import _source

    source = str(_source(tmp_path))  # two good rows, two rejected
    with pytest.raises(StoreError, match="rejected rows could not be written to .*; nothing was loaded"):
        load_standard(source, new_store, rejects_path=str(tmp_path / "no such folder" / "rejects.csv"))
    assert new_store.count("allocations") == new_store.count("permissions") == 0
    rejects = tmp_path / "rejects.csv"
    report = load_standard(source, new_store, rejects_path=str(rejects))
    assert len(report.rejected) == 2 and len(rejects.read_text(encoding="utf-8-sig").splitlines()) == 3
    assert new_store.count("permissions") == 1


def _big_source(path: Path, rows: int) -> None:
    """A standard GeoPackage with ``rows`` completions (no geometry), made quickly with SQL."""
    source = Store.create(str(path))
    with source.transaction() as con:
        con.executemany(
            "INSERT INTO completions (completion_id, completion_date, units, source) "
            "VALUES (?, ?, 1, 'other')",
            (("C{:07d}".format(i), "2024-0{}-15".format(1 + i % 9)) for i in range(rows)),
        )
        con.rows_counted_again("completions")


LOADER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[1])
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    from jlp_monitor_plugin.core.loading import load_standard
    from jlp_monitor_plugin.core.store import Store
    load_standard(sys.argv[2], Store.open(sys.argv[3]))
    print("finished")
    """
)


def _writing(store, process) -> bool:
    """Has the loading process started writing (an open write transaction)?"""
    if store.backend == "gpkg":
        return os.path.exists(store.path + "-journal") or os.path.exists(store.path + "-wal")
    con = store.location.connect()
    try:
        cur = con.cursor()
        cur.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'JLP Monitor' "
            "AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()"
        )
        return cur.fetchone()[0] > 0
    finally:
        con.close()


def test_a_load_killed_midway_leaves_the_store_as_it_was(new_store, tmp_path):
    source = tmp_path / "big.gpkg"
    _big_source(source, 150000)
    before = layer_counts(new_store)
    script = tmp_path / "loader.py"
    script.write_text(LOADER)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen(
        [sys.executable, str(script), str(ROOT), str(source), new_store.path],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.time() + 120
        while not _writing(new_store, process):
            assert process.poll() is None, process.communicate()
            assert time.time() < deadline, "the load never started writing"
            time.sleep(0.05)
        time.sleep(1.0)  # well into the writing
        assert process.poll() is None, "the load finished before it could be killed"
        os.kill(process.pid, signal.SIGKILL)
        process.wait(30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == -signal.SIGKILL
    again = Store.open(new_store.path)  # opens fine
    assert layer_counts(again) == before
    if again.backend == "gpkg":
        with sqlite3.connect(again.path) as con:
            assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    # and takes the same load afterwards, whole
    assert load_standard(str(source), again).inserted["completions"] == 150000


# -- item 9: copystore to a GeoPackage, whole or not at all -------------------------------------------------


def test_copystore_of_the_demo_store_to_a_geopackage_is_whole(processing_ready, demo_copy, tmp_path):
    import processing

    target = tmp_path / "out" / "copy.gpkg"
    target.parent.mkdir()
    result = processing.run("jlpmonitor:copystore", {"STORE": demo_copy, "DESTINATION": str(target)})
    expected = layer_counts(Store.open(demo_copy))
    assert expected["completions"] > 1000 and expected["permission_boundaries"] > 1000
    assert layer_counts(Store.open(str(target))) == expected
    assert result["ROWS"] == sum(expected.values())
    assert os.listdir(target.parent) == ["copy.gpkg"]  # no temporary file left beside it


def test_copystore_from_postgis_to_a_geopackage_is_whole(processing_ready, demo_copy, tmp_path, postgis_uri):
    from backends import new_schema_uri

    from jlp_monitor_plugin.core.store_copy import copy_store

    shared = copy_store(Store.open(demo_copy), new_schema_uri(postgis_uri, "copy")).destination
    target = tmp_path / "snapshot.gpkg"
    copied = copy_store(Store.open(shared.path), str(target))
    assert layer_counts(Store.open(str(target))) == layer_counts(Store.open(demo_copy)) == copied.counts


def test_a_failed_copy_leaves_no_store_behind_and_a_retry_works(processing_ready, demo_copy, tmp_path):
    from qgis.core import QgsProcessingFeedback

    from jlp_monitor_plugin.core.store_copy import CopyCancelledError, copy_store

    target = tmp_path / "out" / "copy.gpkg"
    target.parent.mkdir()
    feedback = QgsProcessingFeedback()

    def cancel_half_way(value):
        if value >= 40:
            feedback.cancel()

    feedback.progressChanged.connect(cancel_half_way)
    with pytest.raises(CopyCancelledError):
        copy_store(Store.open(demo_copy), str(target), feedback)
    assert os.listdir(target.parent) == []  # neither the store nor a temporary file
    copied = copy_store(Store.open(demo_copy), str(target))  # nothing blocks a second try
    assert layer_counts(copied.destination) == layer_counts(Store.open(demo_copy))


# -- item 8: a tag run never contradicts a decision on a permission made while it ran ------------------------


def test_completions_do_not_follow_a_permission_to_the_site_an_officer_moved_it_from(new_store, sql):
    from qgis.core import QgsProcessingFeedback
    from test_tagging import build

    from jlp_monitor_plugin.core.review_decisions import assign_site
    from jlp_monitor_plugin.core.tagging import tag_store

    build(new_store)
    tag_store(new_store, "permissions", user="tagger")  # P1 → SITE_A; its completions not yet tagged
    officer = Store(new_store.path)  # another officer, own connection
    feedback = QgsProcessingFeedback()

    def officer_moves_p1(value):
        if value >= 90 and not officer_moves_p1.done:  # the run has read and tested everything
            officer_moves_p1.done = True
            assign_site(officer, [("permissions", "P1")], "SITE_B", "the red line is in SITE_B", "Officer")

    officer_moves_p1.done = False
    feedback.progressChanged.connect(officer_moves_p1)
    counts = tag_store(new_store, "both", feedback, user="tagger")
    assert officer_moves_p1.done
    followers = sql(
        new_store,
        "SELECT completion_id, site_ref, tag_method FROM completions WHERE app_ref = 'P1' "
        "AND (tag_locked IS NULL OR tag_locked = 0) ORDER BY completion_id",
    )
    # C1, C3, C4 follow P1: left as they were, not committed to the old site SITE_A; reported.
    assert followers == [("C1", None, None), ("C3", None, None), ("C4", None, None)]
    assert counts.held == 3
    p1 = sql(new_store, "SELECT site_ref, tag_locked FROM permissions WHERE app_ref = 'P1'")
    assert p1 == [("SITE_B", 1)]
    assert sql(
        new_store,
        "SELECT count(*) FROM tag_audit WHERE new_site_ref = 'SITE_A' AND feature_key IN "
        "('C1', 'C3', 'C4')",
    ) == [(0,)]
    # The other completions were tagged as usual, and the next run has C1, C3, C4 follow P1 to SITE_B.
    assert sql(new_store, "SELECT site_ref FROM completions WHERE completion_id = 'C9'") == [("SITE_B",)]
    again = tag_store(new_store, "both", user="tagger")
    assert again.held == 0
    assert sql(
        new_store, "SELECT DISTINCT site_ref FROM completions WHERE completion_id IN ('C1', 'C3', 'C4')"
    ) == [("SITE_B",)]


# -- item 5: passwords never taken in STORE, never shown -----------------------------------------------------

SECRET = "Summer2024Secret"
WITH_PASSWORDS = [
    "postgresql://jlp:{}@db.example/planning?schema=jlp".format(SECRET),
    "postgresql://jlp:Summer#{}@db.example:5432/planning?schema=jlp".format(SECRET),  # unencoded '#'
    "postgresql://jlp:Sum/mer{}@db.example/planning?schema=jlp".format(SECRET),  # unencoded '/'
    "postgresql://jlp:p@ss{}@db.example/planning?schema=jlp".format(SECRET),  # unencoded '@'
    "postgresql://jlp@db.example/planning?password={}&schema=jlp".format(SECRET),
    "host=db.example dbname=planning user=jlp password={} schema=jlp".format(SECRET),
    "service=jlp password='{} x' schema=jlp".format(SECRET),
    "user=jlp password={} schema=jlp".format(SECRET),  # no host, dbname or service either
]


@pytest.mark.parametrize("text", WITH_PASSWORDS)
def test_a_password_in_store_is_refused_without_showing_any_of_it(qgis_app, text, tmp_path):
    for attempt in (Store.open, Store.create):
        with pytest.raises(StoreError) as refused:
            attempt(text)
        message = str(refused.value)
        assert "a password is not accepted" in message and "pg_service.conf" in message
        assert "authcfg=" in message
        assert SECRET not in message and "Summer" not in message and "Sum/" not in message
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize(
    "text, expected",
    [
        ("postgresql://jlp@db.example:Summer/planning?schema=jlp", "not a PostgreSQL URI that can be read"),
        ("postgresql://jlp@[db.example/planning?schema=jlp", "not a PostgreSQL URI that can be read"),
        ("user=officer_summer port=5432 schema=jlp", "names no service, host or dbname"),
        ("user=officer_summer sslmode=require", "names no service, host or dbname"),
    ],
)
def test_a_store_text_that_cannot_be_read_says_why_without_echoing_it(qgis_app, text, expected):
    with pytest.raises(StoreError) as refused:
        Store.open(text)
    message = str(refused.value)
    assert expected in message
    assert "ummer" not in message and "does not exist" not in message


def test_qgis_process_never_prints_a_password_given_in_store(qgis_profile, tmp_path):
    runs = [
        ("run", "jlpmonitor:summary", "--STORE=" + text, "--BASE_DATE=2025-03-31",
         "--OUTPUT_FOLDER=" + str(tmp_path / "out"))
        for text in WITH_PASSWORDS[:3] + WITH_PASSWORDS[5:6]
    ]  # fmt: skip
    runs.append(("--json", "run", "jlpmonitor:tag", "--STORE=" + WITH_PASSWORDS[1], "--TARGETS=both"))
    runs.append(
        ("run", "jlpmonitor:copystore", "--STORE=" + str(tmp_path / "none.gpkg"),
         "--DESTINATION=" + WITH_PASSWORDS[0])
    )  # fmt: skip
    for args in runs:
        result = qgis_profile.qgis_process(*args)
        printed = result.stdout + result.stderr
        assert result.returncode != 0, printed
        assert "a password is not accepted" in result.stderr, printed
        assert SECRET not in printed and "Summer" not in printed, printed
    assert not (tmp_path / "out").exists()


# -- item 11: tag_audit append-only in a GeoPackage, createstore whole, schema names, a locked store ---------


def test_tag_audit_in_a_geopackage_takes_new_rows_only(qgis_app, tmp_path):
    from test_tagging import build

    from jlp_monitor_plugin.core.tagging import tag_store

    store = Store.create(str(tmp_path / "store.gpkg"))
    build(store)
    tag_store(store, "both", user="tagger")
    audited = store.count("tag_audit")
    assert audited > 0
    with sqlite3.connect(store.path) as con:
        with pytest.raises(sqlite3.IntegrityError, match="tag_audit is append-only: UPDATE refused"):
            con.execute("UPDATE tag_audit SET new_site_ref = 'FAR'")
        with pytest.raises(sqlite3.IntegrityError, match="tag_audit is append-only: DELETE refused"):
            con.execute("DELETE FROM tag_audit")
    # A store made before the triggers (or by another tool) gets them when it is opened.
    with sqlite3.connect(store.path) as con:
        con.execute("DROP TRIGGER tag_audit_no_update")
        con.execute("DROP TRIGGER tag_audit_no_delete")
    assert "append-only triggers on tag_audit" in Store(store.path).check_and_complete()
    with sqlite3.connect(store.path) as con:
        with pytest.raises(sqlite3.IntegrityError, match="append-only: DELETE refused"):
            con.execute("DELETE FROM tag_audit")
    assert store.count("tag_audit") == audited
    from jlp_monitor_plugin.core.review_decisions import untag

    untag(Store.open(store.path), [("permissions", "P1")], "windfall after all", "Jo")  # appending works
    assert store.count("tag_audit") == audited + 1


def test_a_failed_postgis_createstore_leaves_no_half_made_schema(qgis_app, postgis_uri):
    """A disk that fills while the store is made (here: the plan settings' first row is refused)."""
    import psycopg2
    from backends import new_schema_uri

    uri = new_schema_uri(postgis_uri, "half")
    name = uri.rsplit("schema=", 1)[1]
    admin = psycopg2.connect(postgis_uri)
    admin.autocommit = True
    cur = admin.cursor()
    cur.execute(
        "CREATE FUNCTION public.jlp_test_full() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RAISE EXCEPTION 'could not extend file: No space left on device'; END $$"
    )
    cur.execute(
        "CREATE FUNCTION public.jlp_test_arm() RETURNS event_trigger LANGUAGE plpgsql AS $$ "
        "BEGIN IF EXISTS (SELECT 1 FROM pg_event_trigger_ddl_commands() "
        "WHERE object_identity = '{0}.plan_settings') THEN EXECUTE 'CREATE TRIGGER full_disk BEFORE INSERT "
        "ON {0}.plan_settings FOR EACH ROW EXECUTE FUNCTION public.jlp_test_full()'; END IF; END $$".format(
            name
        )
    )
    cur.execute(
        "CREATE EVENT TRIGGER jlp_test_arm ON ddl_command_end WHEN TAG IN ('CREATE TABLE') "
        "EXECUTE FUNCTION public.jlp_test_arm()"
    )
    try:
        with pytest.raises(StoreError, match="No space left on device"):
            Store.create(uri, "jlp")
    finally:
        cur.execute("DROP EVENT TRIGGER jlp_test_arm")
        cur.execute("DROP FUNCTION public.jlp_test_arm(), public.jlp_test_full()")
    cur.execute("SELECT count(*) FROM pg_namespace WHERE nspname = %s", (name,))
    assert cur.fetchone() == (0,)  # neither the schema nor any of its tables
    admin.close()
    assert Store.create(uri, "jlp").count("plan_settings") > 0  # a second try is not blocked


def test_schema_names_are_read_as_postgresql_reads_unquoted_names(qgis_app, postgis_uri):
    import psycopg2
    from backends import new_schema_uri

    with pytest.raises(StoreError, match="Schema public .* already holds tables"):
        Store.create(postgis_uri + "?schema=PUBLIC", "jlp")
    upper = new_schema_uri(postgis_uri, "MIXED_Case")
    store = Store.create(upper, "jlp")
    lower = upper.rsplit("schema=", 1)[1].lower()
    assert store.location.schema == lower and store.path.endswith("schema=" + lower)
    assert Store.open(upper.replace("MIXED_Case", "mixed_case")).counts() == store.counts()
    con = psycopg2.connect(postgis_uri)
    try:
        cur = con.cursor()
        cur.execute("SELECT nspname FROM pg_namespace WHERE lower(nspname) IN ('public', %s)", (lower,))
        assert sorted(r[0] for r in cur.fetchall()) == sorted(["public", lower])
    finally:
        con.close()


def test_a_store_in_use_by_another_program_says_so(qgis_app, tmp_path, monkeypatch):
    from test_tagging import build

    from jlp_monitor_plugin.core import store_gpkg
    from jlp_monitor_plugin.core.tagging import tag_store

    store = Store.create(str(tmp_path / "store.gpkg"))
    build(store)
    monkeypatch.setattr(store_gpkg, "BUSY_SECONDS", 1)
    other = sqlite3.connect(store.path, isolation_level=None)  # another program writing
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError) as busy:
            tag_store(store, "both", user="tagger")
    finally:
        other.execute("ROLLBACK")
        other.close()
    message = str(busy.value)
    assert "is in use by another program" in message and "nothing was changed" in message
    assert "cannot rollback" not in message
    assert tag_store(store, "both", user="tagger").tagged > 0  # and works once the other has finished
