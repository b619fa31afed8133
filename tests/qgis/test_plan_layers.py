"""Boundaries and allocations of a new plan from any layer (issue 17): the LPA × policy area pieces,
gaps and overlaps reported in hectares (worked by hand on squares), allocations through a field map
with rejected rows and their reasons, and the load into a store."""

import csv

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

from jlp_monitor_plugin.core import schema
from jlp_monitor_plugin.core.plan_layers import (
    PlanLayerError,
    load_plan_layers,
    read_allocations,
    read_boundaries,
)
from jlp_monitor_plugin.core.plan_setup import create_plan_store

PLAN = {
    "jlp_monitor_plan": 1,
    "plan_id": "twin",
    "plan_name": "Twin Towns Joint Plan",
    "plan_start": "2020-04-01",
    "plan_end": "2040-03-31",
    "lpas": [
        {"code": "AAA", "name": "Aton Council", "gss": "E07000901"},
        {"code": "BBB", "name": "Beeton Council"},
    ],
    "policy_areas": [{"code": "P1", "name": "West"}, {"code": "P2", "name": "East"}],
    "requirements": {"PLAN": {"total": 4000, "affordable": None}},
}


def rect(x0, y0, x1, y1):
    return "POLYGON(({a} {c},{b} {c},{b} {d},{a} {d},{a} {c}))".format(a=x0, b=x1, c=y0, d=y1)


def layer(rows, fields="code:string", crs="EPSG:27700"):
    out = QgsVectorLayer(
        "MultiPolygon?crs={}&{}".format(crs, "&".join("field=" + f for f in fields.split(","))), "m", "memory"
    )
    features = []
    for values, wkt in rows:
        feature = QgsFeature(out.fields())
        feature.setAttributes(list(values))
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    assert out.dataProvider().addFeatures(features)[0]
    return out


def boundaries():
    """A: 0–1000 × 0–1000 m (100 ha) with a 100 m square hole; B: 900–1900 (overlaps A by 10 ha), given
    by its name; an unrelated council left out. P1: 0–1000 (whole), P2: 1000–1800."""
    a = "POLYGON((0 0,1000 0,1000 1000,0 1000,0 0),(400 400,500 400,500 500,400 500,400 400))"
    lpas = layer(
        [
            (("AAA",), a),
            (("Beeton Council",), rect(900, 0, 1900, 1000)),
            (("ZZZ",), rect(5000, 0, 6000, 1000)),
        ]
    )
    areas = layer([(("P1",), rect(0, 0, 1000, 1000)), (("p2",), rect(1000, 0, 1800, 1000))])
    return read_boundaries(PLAN, lpas, "code", areas, "code")


def test_pieces_gaps_and_overlaps_in_hectares():
    found = boundaries()
    pieces = {(lpa, area): round(g.area() / 10000, 4) for lpa, area, g in found.pieces}
    # A ∩ P1 = 100 − 1 (the hole); A ∩ P2 only touches; B ∩ P1 = 900–1000 (10 ha); B ∩ P2 = 80 ha.
    assert pieces == {("AAA", "P1"): 99.0, ("BBB", "P1"): 10.0, ("BBB", "P2"): 80.0}
    findings = sorted((f.kind, f.what, round(f.hectares, 4)) for f in found.findings)
    assert findings == [
        ("gap", "a gap inside the plan area, in no LPA", 1.0),
        ("gap", "land of the LPAs in no policy area", 10.0),  # 1800–1900
        ("gap", "policy area land outside the LPAs", 1.0),  # P1 over A's hole
        ("overlap", "LPAs AAA and BBB overlap", 10.0),
    ]
    assert found.ignored == 1
    assert "LPAs AAA and BBB overlap (10.0000 ha)" in found.messages()


def test_a_missing_lpa_a_wrong_field_or_no_policy_area_layer_is_refused_plainly():
    lpas = layer([(("AAA",), rect(0, 0, 10, 10))])
    with pytest.raises(PlanLayerError, match="has the code of BBB in field 'code'"):
        read_boundaries(PLAN, lpas, "code")
    with pytest.raises(PlanLayerError, match="has no field 'lad'; its fields are code"):
        read_boundaries(PLAN, lpas, "lad")
    both = layer([(("AAA",), rect(0, 0, 10, 10)), (("BBB",), rect(10, 0, 20, 10))])
    with pytest.raises(PlanLayerError, match=r"policy areas \(P1, P2\): give their layer"):
        read_boundaries(PLAN, both, "code")


def test_allocations_through_a_field_map_placed_by_the_boundaries_and_loaded(tmp_path):
    found = boundaries()
    sites = layer(
        [
            (("S1", "Mill Lane", "120"), rect(100, 100, 200, 200)),  # in A, P1
            (("S2", "Quay", "40"), rect(1200, 100, 1300, 200)),  # in B, P2
            (("", "No ref", "5"), rect(100, 600, 150, 650)),
            (("S4", "Lots", "lots"), rect(100, 700, 150, 750)),
            (("S5", "Far away", "9"), rect(9000, 0, 9100, 100)),
        ],
        "Ref:string,Name:string,Homes:string",
    )
    allocations = read_allocations(
        PLAN, sites, "site_ref=Ref;site_name=Name;homes_capacity=Homes", found.pieces
    )
    assert [
        (v["site_ref"], v["lpa"], v["policy_area"], v["homes_capacity"]) for v, _ in allocations.rows
    ] == [
        ("S1", "AAA", "P1", 120),
        ("S2", "BBB", "P2", 40),
    ]
    assert [(r.row, r.reason) for r in allocations.rejected] == [
        (3, "site_ref is empty"),
        (4, "homes_capacity is 'lots', not a number of homes"),
        (5, "the site lies in none of the plan's areas; map lpa and policy_area"),
    ]
    # lpa and policy_area given by name, as a council's own layer may hold them.
    named = layer(
        [(("S7", "Beeton", "Beeton", "east"), rect(1200, 300, 1250, 350))],
        "Ref:string,Name:string,Council:string,Area:string",
    )
    (row,) = read_allocations(PLAN, named, "site_ref=Ref;lpa=Council;policy_area=Area", found.pieces).rows
    assert (row[0]["lpa"], row[0]["policy_area"]) == ("BBB", "P2")
    with pytest.raises(PlanLayerError, match="may map only site_ref, policy_ref"):
        read_allocations(PLAN, sites, "site_ref=Ref;homes=Homes", found.pieces)

    store = create_plan_store(str(tmp_path / "twin.gpkg"), settings=dict(PLAN)).store
    rejects = tmp_path / "rejects.csv"
    report = load_plan_layers(store, found, allocations, str(rejects))
    assert report.inserted == {name: 0 for name in report.inserted} | {schema.AREAS: 3, schema.ALLOCATIONS: 2}
    rows = {(r["lpa"], r["policy_area"]) for r in store.rows(schema.AREAS, ["lpa", "policy_area"])}
    assert rows == {("AAA", "P1"), ("BBB", "P1"), ("BBB", "P2")}
    assert sorted(r["site_ref"] for r in store.rows(schema.ALLOCATIONS, ["site_ref"])) == ["S1", "S2"]
    with open(rejects, encoding="utf-8-sig") as handle:
        assert [r["reason"] for r in csv.DictReader(handle)][0] == "site_ref is empty"
    # Loading again changes nothing.
    again = load_plan_layers(store, found, allocations)
    assert again.total("inserted") == 0 and again.total("changed") == 0


def test_the_plan_layers_load_into_a_postgis_store(postgis_uri, qgis_app):
    from backends import new_schema_uri

    found = boundaries()
    sites = layer(
        [(("S1", "Mill Lane", "120"), rect(100, 100, 200, 200))], "Ref:string,Name:string,Homes:string"
    )
    allocations = read_allocations(
        PLAN, sites, "site_ref=Ref;site_name=Name;homes_capacity=Homes", found.pieces
    )
    store = create_plan_store(new_schema_uri(postgis_uri, "layers"), settings=dict(PLAN)).store
    report = load_plan_layers(store, found, allocations)
    assert report.inserted[schema.AREAS] == 3 and report.inserted[schema.ALLOCATIONS] == 1
    (row,) = list(store.rows(schema.ALLOCATIONS, ["site_ref", "lpa", "policy_area", "homes_capacity"]))
    assert (row["site_ref"], row["lpa"], row["policy_area"], row["homes_capacity"]) == (
        "S1",
        "AAA",
        "P1",
        120,
    )
    again = load_plan_layers(store, found, allocations)
    assert again.total("inserted") == 0 and again.total("changed") == 0
