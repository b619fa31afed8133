"""The jlpmonitor Processing algorithms, run through processing.run as scripts and models run them."""

import csv
import subprocess

import pytest
from qgis.core import QgsPointXY, QgsProcessingException

from jlp_monitor_plugin.core import schema
from jlp_monitor_plugin.core.store import Store


def run(algorithm, params):
    import processing

    return processing.run(algorithm, params)


def test_provider_lists_its_algorithms(processing_ready):
    ids = sorted(a.id() for a in processing_ready.algorithms())
    assert {"jlpmonitor:createstore", "jlpmonitor:loadstandard", "jlpmonitor:tag"} <= set(ids)
    assert {
        "jlpmonitor:importpermissions",
        "jlpmonitor:importcompletions",
        "jlpmonitor:importboundaries",
        "jlpmonitor:importstarts",
        "jlpmonitor:importtrajectory",
        "jlpmonitor:exportbrownfieldregister",
        "jlpmonitor:exportplanningdata",
        "jlpmonitor:summary",
    } <= set(ids)
    for algorithm in processing_ready.algorithms():
        assert len(algorithm.shortHelpString()) > 80, algorithm.id()
        assert not algorithm.icon().isNull()


@pytest.mark.parametrize("preset", ["jlp", 0])
def test_createstore_accepts_the_preset_by_name_or_index(processing_ready, tmp_path, preset):
    path = tmp_path / "new.gpkg"
    result = run("jlpmonitor:createstore", {"STORE": str(path), "PRESET": preset})
    assert result["STORE"] == str(path)
    store = Store.open(str(path))
    assert store.plan_settings()["requirements"]["PLAN"]["total"] == 26700
    assert set(store.layer_names()) == set(schema.LAYERS)


def test_createstore_refuses_an_existing_file(processing_ready, new_store):
    with pytest.raises(QgsProcessingException, match="already exists"):
        run("jlpmonitor:createstore", {"STORE": new_store.path, "PRESET": "jlp"})


def _source(tmp_path):
    """A small standard GeoPackage in WGS84, written by ogr2ogr (another tool), with two bad rows."""
    path = tmp_path / "source.gpkg"
    allocations = (
        '{"type":"FeatureCollection","features":['
        '{"type":"Feature","properties":{"site_ref":"TTV21","site_name":"Baltic Wharf, Totnes","lpa":"SHA",'
        '"policy_area":"TTV","homes_capacity":190},"geometry":{"type":"Polygon","coordinates":'
        "[[[-3.685,50.428],[-3.680,50.428],[-3.680,50.432],[-3.685,50.432],[-3.685,50.428]]]}}]}"
    )
    permissions = (
        '{"type":"FeatureCollection","features":['
        '{"type":"Feature","properties":{"app_ref":"1234/20/FUL","net_units":12,"decision_date":"2020-06-01",'
        '"council_extra":"x"},"geometry":{"type":"Point","coordinates":[-3.6825,50.43]}},'
        '{"type":"Feature","properties":{"app_ref":"1234/20/FUL","net_units":3},'
        '"geometry":{"type":"Point","coordinates":[-3.69,50.43]}},'
        '{"type":"Feature","properties":{"app_ref":"0456/21/ARM","net_units":null},'
        '"geometry":{"type":"Point","coordinates":[-3.69,50.44]}}]}'
    )
    for name, text in (("allocations", allocations), ("permissions", permissions)):
        subprocess.run(
            [
                "ogr2ogr",
                "-f",
                "GPKG",
                "-update",
                "-append",
                str(path),
                "/vsistdin/",
                "-nln",
                name,
                "-a_srs",
                "EPSG:4326",
            ],
            input=text.encode(),
            check=True,
        )
    return path


def test_loadstandard_transforms_keeps_good_rows_and_rejects_bad_ones_with_reasons(
    processing_ready, new_store, tmp_path
):
    rejects = tmp_path / "rejects.csv"
    result = run(
        "jlpmonitor:loadstandard",
        {"INPUT": str(_source(tmp_path)), "STORE": new_store.path, "REJECTS": str(rejects)},
    )
    assert (result["READ"], result["LOADED"], result["REJECTED"]) == (4, 2, 2)
    assert result["READ"] == result["LOADED"] + result["REJECTED"]

    site = next(new_store.layer("allocations").getFeatures())
    assert site["site_ref"] == "TTV21" and site["homes_capacity"] == 190
    # Transformed from WGS84 to British National Grid: Totnes is near 280,500 / 60,500.
    centre = site.geometry().centroid().asPoint()
    assert 279000 < centre.x() < 282000 and 59000 < centre.y() < 62000
    permission = next(new_store.layer("permissions").getFeatures())
    assert site.geometry().contains(permission.geometry())
    assert permission["decision_date"].toString("yyyy-MM-dd") == "2020-06-01"

    with open(rejects, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["layer"], r["row"]) for r in rows] == [("permissions", "2"), ("permissions", "3")]
    assert "the same app_ref ('1234/20/FUL') as row 1 of this layer (a duplicate)" in rows[0]["reason"]
    assert rows[0]["net_units"] == "3"  # the original columns are kept
    assert "required field 'net_units' is empty" in rows[1]["reason"]
    assert rows[1]["app_ref"] == "0456/21/ARM"


def test_loading_the_same_source_twice_adds_nothing_twice(processing_ready, new_store, tmp_path):
    source = str(_source(tmp_path))
    run("jlpmonitor:loadstandard", {"INPUT": source, "STORE": new_store.path})
    again = run("jlpmonitor:loadstandard", {"INPUT": source, "STORE": new_store.path})
    # Matched on their keys: the two good rows are found unchanged, the two bad ones rejected again.
    assert (again["LOADED"], again["REJECTED"]) == (2, 2)
    assert (again["INSERTED"], again["CHANGED"], again["UNCHANGED"]) == (0, 0, 2)
    assert new_store.count("permissions") == 1 and new_store.count("allocations") == 1


def test_loadstandard_names_the_problem_with_a_bad_store(processing_ready, tmp_path):
    bad = tmp_path / "bad.gpkg"
    bad.write_text("not a database")
    with pytest.raises(QgsProcessingException, match="is not a GeoPackage"):
        run("jlpmonitor:loadstandard", {"INPUT": str(_source(tmp_path)), "STORE": str(bad)})


def test_polygon_in_a_point_layer_becomes_a_point_on_its_surface(processing_ready, new_store, tmp_path):
    path = tmp_path / "poly_points.gpkg"
    subprocess.run(
        ["ogr2ogr", "-f", "GPKG", str(path), "/vsistdin/", "-nln", "permissions", "-a_srs", "EPSG:27700"],
        input=b'{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"app_ref":"P1",'
        b'"net_units":4},"geometry":{"type":"Polygon","coordinates":[[[0,0],[100,0],[100,10],[0,10],[0,0]]]}}]}',
        check=True,
    )
    result = run("jlpmonitor:loadstandard", {"INPUT": str(path), "STORE": new_store.path})
    assert result["LOADED"] == 1
    point = next(new_store.layer("permissions").getFeatures()).geometry().asPoint()
    assert 0 <= point.x() <= 100 and 0 <= point.y() <= 10
    assert isinstance(point, QgsPointXY)
