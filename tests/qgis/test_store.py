"""The monitoring store: created by the plugin, or by another tool, checked against the standard."""

import sqlite3
import subprocess

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer, QgsWkbTypes

from jlp_monitor_plugin.compat import field_kind
from jlp_monitor_plugin.core import plan_settings, schema
from jlp_monitor_plugin.core.store import Store
from jlp_monitor_plugin.core.store_base import StoreError
from jlp_monitor_plugin.core.values import plain_value

BOTH_BACKENDS = True  # the tests on new_store run on a GeoPackage and on PostGIS (conftest.py)


def gpkg_tables(path):
    with sqlite3.connect(str(path)) as con:
        return {r[0]: r[1] for r in con.execute("SELECT table_name, data_type FROM gpkg_contents")}


def store_tables(store, sql):
    """{table: 'features' or 'attributes'} on either backend."""
    if store.backend == "gpkg":
        return gpkg_tables(store.path)
    return {name: "features" if store.geometry_column(name) else "attributes" for name in store.layer_names()}


def test_created_store_has_every_standard_layer_with_its_fields(new_store, sql):
    tables = store_tables(new_store, sql)
    assert set(tables) == set(schema.LAYERS)
    assert tables["allocations"] == "features" and tables["starts"] == "attributes"
    for layer_def in schema.LAYERS.values():
        layer = new_store.layer(layer_def.name)
        names = layer.fields().names()
        assert names[0] == "fid"
        assert names[1:] == layer_def.field_names, layer_def.name
        for field_def in layer_def.fields:
            assert field_kind(layer.fields().field(field_def.name)) == field_def.kind, (
                layer_def.name,
                field_def,
            )
    assert new_store.layer("allocations").wkbType() == QgsWkbTypes.MultiPolygon
    assert new_store.layer("permissions").wkbType() == QgsWkbTypes.Point
    assert new_store.layer("completions").crs().authid() == "EPSG:27700"
    assert not new_store.layer("starts").isSpatial()


def test_created_store_holds_the_jlp_plan_settings(new_store, sql):
    stored = dict(sql(new_store, "SELECT key, value FROM plan_settings"))
    assert stored["plan_start"] == '"2014-04-01"' and stored["plan_end"] == '"2034-03-31"'
    settings = new_store.plan_settings()
    assert settings["requirements"]["PLAN"] == {"total": 26700, "affordable": 6600}
    assert settings["requirements"]["PPA"] == {"total": 19000, "affordable": 4550}
    assert settings["requirements"]["TTV"] == {"total": 7700, "affordable": 2050}
    assert {k: v["total"] for k, v in settings["requirements"].items() if k in ("PLY", "SHA", "WDE")} == {
        "PLY": 13200,
        "SHA": 10300,
        "WDE": 3200,
    }
    assert [lpa["gss"] for lpa in settings["lpas"]] == ["E06000026", "E07000044", "E07000047"]
    assert settings["buffer_pct"] == "auto" and settings["windfall_years"] == [4, 5]
    assert (settings["overlap_threshold"], settings["minor_overlap"], settings["near_distance"]) == (
        0.5,
        0.1,
        50,
    )
    assert settings.lpa_name("SHA") == "South Hams District Council"


def test_absent_settings_fall_back_to_the_preset_and_stored_ones_win(new_store, sql):
    sql(new_store, "DELETE FROM plan_settings WHERE key IN ('lapse_rate_pct', 'near_distance')")
    store = Store.open(new_store.path)
    assert store.plan_settings()["lapse_rate_pct"] == 10
    assert not store.plan_settings().is_stored("lapse_rate_pct")
    store.write_plan_settings({"near_distance": 25, "buffer_pct": 20})
    reopened = Store.open(new_store.path).plan_settings()
    assert reopened["near_distance"] == 25 and reopened["buffer_pct"] == 20
    assert reopened["plan_name"] == "Plymouth and South West Devon Joint Local Plan"


def test_unknown_preset_is_refused_with_the_known_names(tmp_path, qgis_app):
    with pytest.raises(KeyError, match="known presets: jlp"):
        Store.create(str(tmp_path / "x.gpkg"), "nowhere")
    assert not (tmp_path / "x.gpkg").exists()


def test_create_never_overwrites_an_existing_store(new_store):
    with pytest.raises(StoreError, match="already exists|already holds tables"):
        Store.create(new_store.path)


def _ogr_store(tmp_path, allocation_fields, extra_layers=()):
    """A GeoPackage written by ogr2ogr from GeoJSON — a store made by another tool."""
    props = ", ".join('"{}": {}'.format(k, v) for k, v in allocation_fields.items())
    geojson = tmp_path / "allocations.geojson"
    geojson.write_text(
        '{"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "EPSG:27700"}},'
        ' "features": [{"type": "Feature", "properties": {%s}, "geometry": {"type": "Polygon",'
        ' "coordinates": [[[248000, 54500], [248200, 54500], [248200, 54700], [248000, 54500]]]}}]}' % props
    )
    path = tmp_path / "other_tool.gpkg"
    subprocess.run(
        ["ogr2ogr", "-f", "GPKG", str(path), str(geojson), "-nln", "allocations", "-nlt", "MULTIPOLYGON"],
        check=True,
    )
    for name, sql in extra_layers:
        subprocess.run(
            [
                "ogr2ogr",
                "-update",
                "-f",
                "GPKG",
                str(path),
                str(geojson),
                "-dialect",
                "SQLite",
                "-sql",
                sql,
                "-nln",
                name,
            ],
            check=True,
        )
    return path


def test_store_made_by_another_tool_is_accepted_and_completed(tmp_path, qgis_app):
    path = _ogr_store(
        tmp_path,
        {"site_ref": '"PLY60.1"', "lpa": '"PLY"', "policy_area": '"PPA"', "council_note": '"keep me"'},
        extra_layers=[("officer_notes", "SELECT 'n1' AS note")],
    )
    # No plan settings: not a store yet, so it is changed only when that is asked for (issue 14).
    store = Store.open(str(path), upgrade=True)
    # Missing optional fields added, empty; missing layers created; extra fields and layers kept.
    allocations = store.layer("allocations")
    assert {"homes_capacity", "site_name", "policy_ref", "employment_sqm", "notes"} <= set(
        allocations.fields().names()
    )
    feature = next(allocations.getFeatures())
    assert feature["site_ref"] == "PLY60.1" and feature["council_note"] == "keep me"
    assert plain_value(feature["homes_capacity"]) is None
    tables = gpkg_tables(path)
    assert set(schema.LAYERS) <= set(tables)
    assert "officer_notes" in tables
    assert store.count("allocations") == 1
    # Created layers take the allocations' CRS; plan settings fall back to the preset.
    assert store.layer("permissions").crs().authid() == "EPSG:27700"
    assert store.plan_settings()["requirements"]["PLAN"]["total"] == 26700
    # Opening again adds nothing.
    assert Store(str(path)).check_and_complete() == []


def test_store_missing_a_required_field_is_refused_naming_layer_and_field(tmp_path, qgis_app):
    path = _ogr_store(tmp_path, {"site_ref": '"PLY60.1"', "lpa": '"PLY"'})
    with pytest.raises(StoreError) as info:
        Store.open(str(path))
    message = str(info.value)
    assert "Layer 'allocations'" in message and "required field 'policy_area'" in message
    assert str(path) in message
    # Refusing changes nothing: no layers were added.
    assert set(gpkg_tables(path)) == {"allocations"}


def test_upper_case_field_names_get_a_hint(tmp_path, qgis_app):
    path = _ogr_store(tmp_path, {"SITE_REF": '"PLY60.1"', "lpa": '"PLY"', "policy_area": '"PPA"'})
    with pytest.raises(StoreError, match="required field 'site_ref' \\(it has 'SITE_REF'"):
        Store.open(str(path))


def test_store_without_allocations_or_not_a_geopackage_is_refused(tmp_path, qgis_app):
    empty = tmp_path / "empty.gpkg"
    subprocess.run(
        ["ogr2ogr", "-f", "GPKG", str(empty), "/vsistdin/", "-nln", "permissions"],
        input=b'{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"app_ref":"A",'
        b'"net_units":1},"geometry":{"type":"Point","coordinates":[1,2]}}]}',
        check=True,
    )
    with pytest.raises(StoreError, match="has no 'allocations' layer"):
        Store.open(str(empty))
    text = tmp_path / "notes.gpkg"
    text.write_text("site_ref,lpa\n")
    with pytest.raises(StoreError, match="is not a GeoPackage"):
        Store.open(str(text))
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(str(tmp_path / "missing.gpkg"))


def test_point_allocations_are_refused(tmp_path, qgis_app):
    path = tmp_path / "points.gpkg"
    subprocess.run(
        ["ogr2ogr", "-f", "GPKG", str(path), "/vsistdin/", "-nln", "allocations"],
        input=b'{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"site_ref":"X",'
        b'"lpa":"PLY","policy_area":"PPA"},"geometry":{"type":"Point","coordinates":[1,2]}}]}',
        check=True,
    )
    with pytest.raises(StoreError, match="Layer 'allocations' .* has Point geometry; the standard needs"):
        Store.open(str(path))


def test_rows_and_counts_read_back_what_was_written(new_store):
    layer = new_store.layer("allocations")
    feature = QgsFeature(layer.fields())
    feature["site_ref"] = "TTV21"
    feature["site_name"] = "Baltic Wharf, Totnes"
    feature["lpa"] = "SHA"
    feature["policy_area"] = "TTV"
    feature["homes_capacity"] = 190
    feature.setGeometry(
        QgsGeometry.fromWkt("MULTIPOLYGON(((280500 60500,280600 60500,280600 60600,280500 60500)))")
    )
    assert new_store.add_features("allocations", [feature]) == (True, "")
    assert new_store.count("allocations") == 1
    assert new_store.rows("allocations", ["site_ref", "homes_capacity", "employment_sqm"]) == [
        {"site_ref": "TTV21", "homes_capacity": 190, "employment_sqm": None}
    ]


def test_preset_copies_are_independent():
    first = plan_settings.preset("jlp")
    first["requirements"]["PLAN"]["total"] = 1
    assert plan_settings.preset("jlp")["requirements"]["PLAN"]["total"] == 26700


def test_layer_is_a_real_gpkg_or_postgres_layer(new_store):
    provider = "ogr" if new_store.backend == "gpkg" else "postgres"
    layer = QgsVectorLayer(new_store.layer_uri("trajectory"), "t", provider)
    assert layer.isValid() and layer.providerType() == provider
    assert new_store.layer("trajectory").providerType() == provider
    assert new_store.layer_description("allocations") == "Allocation sites of the plan"
    new_store.set_layer_description("allocations", "Sites; 'quoted'")
    assert new_store.layer_description("allocations") == "Sites; 'quoted'"


def test_rows_written_in_a_transaction_keep_the_spatial_index(new_store):
    if new_store.backend != "gpkg":
        pytest.skip("GeoPackage R-tree triggers only")
    """GeoPackage R-tree triggers call ST_* functions that plain SQLite lacks; the store supplies them,
    reading the envelope from the blob header or, when the blob has none, from its WKB."""
    import struct

    wkb = bytes(QgsGeometry.fromWkt("POINT(248000 54500)").asWkb())
    no_envelope = b"GP\x00\x01" + struct.pack("<i", 27700) + wkb
    with new_store.transaction() as con:
        con.execute("INSERT INTO permissions (geom, app_ref, net_units) VALUES (?, 'T1', 3)", (no_envelope,))
    with sqlite3.connect(new_store.path) as con:
        box = con.execute("SELECT minx, maxx, miny, maxy FROM rtree_permissions_geom").fetchone()
    assert box == pytest.approx((248000, 248000, 54500, 54500))
    layer = new_store.layer("permissions")
    assert next(layer.getFeatures()).geometry().asPoint().x() == 248000


def test_a_layer_added_to_the_append_only_list_refuses_update_and_delete(
    qgis_app, store_location, monkeypatch, sql
):
    """schema.APPEND_ONLY_LAYERS is the one place: a layer listed there gets the triggers on both backends."""
    import psycopg2

    monkeypatch.setattr(schema, "APPEND_ONLY_LAYERS", [schema.TAG_AUDIT, schema.TRAJECTORY])
    store = Store.create(store_location)
    sql(store, "INSERT INTO trajectory (site_ref, monitoring_year, units) VALUES ('S1', '2025/26', 5)")
    for statement, operation in (
        ("UPDATE trajectory SET units = 6", "UPDATE"),
        ("DELETE FROM trajectory", "DELETE"),
    ):
        with pytest.raises(
            (sqlite3.IntegrityError, psycopg2.Error),
            match="trajectory is append-only: {} refused".format(operation),
        ):
            sql(store, statement)
    assert sql(store, "SELECT units FROM trajectory") == [(5,)]
    sql(store, "INSERT INTO completions (completion_id, units) VALUES ('C1', 1)")
    sql(store, "UPDATE completions SET units = 2")  # a layer not listed takes updates as before
    assert sql(store, "SELECT units FROM completions") == [(2,)]
    sql(store, "INSERT INTO tag_audit (layer, reason) VALUES ('completions', 'test')")
    with pytest.raises(
        (sqlite3.IntegrityError, psycopg2.Error), match="tag_audit is append-only: DELETE refused"
    ):
        sql(store, "DELETE FROM tag_audit")


def test_a_geopackage_made_before_a_layer_was_listed_gets_its_triggers_when_opened(
    qgis_app, tmp_path, monkeypatch, sql
):
    store = Store.create(str(tmp_path / "older.gpkg"))
    sql(store, "INSERT INTO trajectory (site_ref, monitoring_year, units) VALUES ('S1', '2025/26', 5)")
    sql(store, "UPDATE trajectory SET units = 6")  # not listed yet
    monkeypatch.setattr(schema, "APPEND_ONLY_LAYERS", [schema.TAG_AUDIT, schema.TRAJECTORY])
    assert Store(store.path).check_and_complete() == ["append-only triggers on trajectory"]
    with pytest.raises(sqlite3.IntegrityError, match="trajectory is append-only: UPDATE refused"):
        sql(store, "UPDATE trajectory SET units = 7")
    assert Store(store.path).check_and_complete() == []  # once
