"""A second real plan, not the JLP (issue 17): the New Forest National Park Local Plan made from its
plan definition file (docs/examples/new_forest_national_park.json), the real National Park boundary
(ONS, in ../shared/data) and the Authority's real brownfield register sites (the national digital-land
file, WGS84) as allocation sites, permissions and completions — through the same Processing algorithms
an officer runs (createstore PLAN_FILE, loadplanlayers, importpermissions, importcompletions, tag,
summary). The sites' outlines are circles of the register's area round its point and the homes are
30 a hectare: the places and sizes are real, the capacities and dates made up for the test."""

import csv
import math
import os
from pathlib import Path

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from jlp_monitor_plugin.core import schema
from jlp_monitor_plugin.core.monitoring import compute_monitoring
from jlp_monitor_plugin.core.store import Store

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
if not SHARED.exists():
    SHARED = Path("/work/shared/data")
BROWNFIELD = SHARED / "brownfield-sites-england.csv"
PARKS = SHARED / "jlp-boundaries" / "national-parks-gb-dec2021.geojson"
PLAN_FILE = ROOT / "docs" / "examples" / "new_forest_national_park.json"
ORGANISATION = "national-park-authority:Q72617158"  # New Forest National Park Authority

pytestmark = pytest.mark.skipif(not BROWNFIELD.exists() or not PARKS.exists(), reason="shared data absent")


def run(algorithm, params):
    import processing

    return processing.run(algorithm, params)


def register_sites():
    """The Authority's register rows: (number, point in EPSG:27700, hectares or None)."""
    to_bng = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsCoordinateReferenceSystem("EPSG:27700"),
        QgsProject.instance(),
    )
    out = []
    with open(BROWNFIELD, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["organisation"] != ORGANISATION:
                continue
            lon, lat = float(row["longitude"]), float(row["latitude"])
            point = QgsGeometry.fromPointXY(QgsPointXY(lon, lat))
            point.transform(to_bng)
            hectares = float(row["hectares"]) if row["hectares"].strip() else None
            out.append((len(out) + 1, lon, lat, point, hectares))
    return out


def homes(hectares):
    return max(1, round((hectares or 0.1) * 30))


def write_allocations(path, sites):
    """Sites of at least 0.3 ha as allocations: a circle of the register's area round the point."""
    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:27700&field=Ref:string&field=Name:string&field=Homes:integer", "sites", "memory"
    )
    features = []
    for number, _lon, _lat, point, hectares in sites:
        if hectares is None or hectares < 0.3:
            continue
        feature = QgsFeature(layer.fields())
        feature.setAttributes(
            ["NFBR{:02d}".format(number), "Register site {}".format(number), homes(hectares)]
        )
        feature.setGeometry(point.buffer(math.sqrt(hectares * 10000 / math.pi), 24))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV2(
        layer, str(path), QgsProject.instance().transformContext(), options
    )
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    return {f["Ref"]: QgsGeometry(f.geometry()) for f in features}


def test_a_national_park_plan_from_real_public_data_end_to_end(processing_ready, tmp_path):
    sites = register_sites()
    assert len(sites) == 26  # the Authority's rows in the national file
    allocations = write_allocations(tmp_path / "allocations.gpkg", sites)
    with open(tmp_path / "permissions.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Application Number", "Decision Date", "Type", "Net Units", "Longitude", "Latitude"])
        for number, lon, lat, _point, hectares in sites:
            writer.writerow(["NF/22/{:04d}".format(number), "2022-06-01", "full", homes(hectares), lon, lat])
    built = [s for s in sites if s[0] % 2 == 0]  # every other permission completed in 2023/24
    with open(tmp_path / "completions.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Ref", "Application Number", "Completed", "Units"])
        for number, _lon, _lat, _point, hectares in built:
            writer.writerow(
                ["NFC{:04d}".format(number), "NF/22/{:04d}".format(number), "2023-09-01", homes(hectares)]
            )

    store_path = str(tmp_path / "new_forest.gpkg")
    run("jlpmonitor:createstore", {"STORE": store_path, "PLAN_FILE": str(PLAN_FILE)})
    layers = run(
        "jlpmonitor:loadplanlayers",
        {
            "STORE": store_path,
            "LPA_LAYER": str(PARKS),
            "LPA_FIELD": "name",
            "VALUE_MAP": "New Forest=NFNPA",
            "ALLOCATIONS": str(tmp_path / "allocations.gpkg"),
            "FIELD_MAP": "site_ref=Ref;site_name=Name;homes_capacity=Homes",
            "REJECTS": str(tmp_path / "rejects_plan.csv"),
        },
    )
    assert (
        layers["AREAS"] == 1 and layers["ALLOCATIONS_LOADED"] == len(allocations) and layers["REJECTED"] == 0
    )
    assert "14 features whose code is not one of the plan's were left out." in layers["FINDINGS"]
    store = Store.open(store_path)
    (piece,) = list(store.read_rows(schema.AREAS, ["lpa", "policy_area"]))
    assert (
        piece[2:] == ("NFNPA", "PLAN") and 55000 < piece[1].area() / 10000 < 56000
    )  # 553 km² generalised (566 official)

    permissions = run(
        "jlpmonitor:importpermissions",
        {
            "INPUT": str(tmp_path / "permissions.csv"),
            "STORE": store_path,
            "FIELD_MAP": "app_ref=Application Number;decision_date=Decision Date;permission_type=Type;"
            "net_units=Net Units",
            "X_FIELD": "Longitude",
            "Y_FIELD": "Latitude",
            "SOURCE_CRS": "EPSG:4326",
            "REJECTS": str(tmp_path / "rejects_permissions.csv"),
        },
    )
    assert permissions["INSERTED"] == 26 and permissions["REJECTED"] == 0
    completions = run(
        "jlpmonitor:importcompletions",
        {
            "INPUT": str(tmp_path / "completions.csv"),
            "STORE": store_path,
            "FIELD_MAP": "completion_id=Ref;app_ref=Application Number;completion_date=Completed;units=Units",
            "REJECTS": str(tmp_path / "rejects_completions.csv"),
        },
    )
    assert completions["INSERTED"] == len(built)
    run("jlpmonitor:tag", {"STORE": store_path, "TARGETS": "both"})

    # Each permission goes to the one allocation holding its point (the smallest, for review, when
    # several do); worked out here from the geometries, independently of the tagging code.
    expected = {}
    for number, _lon, _lat, point, _ha in sites:
        holding = sorted((g.area(), ref) for ref, g in allocations.items() if g.intersects(point))
        expected["NF/22/{:04d}".format(number)] = holding[0][1] if holding else None
    store = Store.open(store_path)
    tagged = {
        r["app_ref"]: r["site_ref"] or None for r in store.rows(schema.PERMISSIONS, ["app_ref", "site_ref"])
    }
    assert tagged == expected
    assert sum(1 for v in expected.values() if v) >= len(allocations)  # every site's own point at least

    out = tmp_path / "summary"
    run("jlpmonitor:summary", {"STORE": store_path, "BASE_DATE": "2025-03-31", "OUTPUT_FOLDER": str(out)})
    with open(out / "completions_by_year.csv", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["monitoring_year"] for r in rows} == {"2023/24"} and {r["lpa"] for r in rows} == {"NFNPA"}
    assert sum(int(r["net_units"]) for r in rows) == sum(homes(s[4]) for s in built)
    allocated = sum(int(r["net_units"]) for r in rows if r["allocated"] == "yes")
    assert allocated == sum(homes(s[4]) for s in built if expected["NF/22/{:04d}".format(s[0])])
    with open(out / "site_progress.csv", encoding="utf-8-sig") as handle:
        assert sorted(r["site_ref"] for r in csv.DictReader(handle)) == sorted(allocations)
    with open(out / "five_year_supply.csv", encoding="utf-8-sig") as handle:
        (supply,) = list(csv.DictReader(handle))
    assert supply["basis"] == "plan" and float(supply["annual_requirement"]) == 40  # 800 over 20 years
    result = compute_monitoring(store, "2025-03-31")
    assert "adopted on 2019-08-29" in result.supply.basis_note and "2024-08-29" in result.supply.basis_note
    assert os.path.getsize(out / "hdt.csv") > 0
