"""The demo data generator (scripts/make_demo_data.py), run as users run it, read back with plain OGR.

Given the script run twice with the default seed and once with another, the data is deterministic,
follows the monitoring data standard, has plausible JLP-sized numbers and holds the mess the
plugin's tagging and review must cope with.
"""

import os
import re
import sqlite3
import subprocess
import sys
import zipfile
from collections import Counter, defaultdict
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from osgeo import ogr, osr

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # also runnable without the suite's conftest
    sys.path.insert(0, str(ROOT))

from jlp_monitor_plugin.core import schema  # noqa: E402

SCRIPT = ROOT / "scripts" / "make_demo_data.py"
MAIN = "demo_source.gpkg"
WGS84 = "demo_source_wgs84.gpkg"
# Completion evidence arrives as EPC / council-tax / building-control extracts (demo_evidence_extract.py);
# its candidates are the plugin's to make, as are the frozen positions.
MAIN_LAYERS = [
    name
    for name in schema.LAYERS
    if name
    not in (
        schema.TAG_AUDIT,
        schema.PLAN_SETTINGS,
        schema.IMPORT_LOG,
        schema.COMPLETION_EVIDENCE,
        schema.EVIDENCE_CANDIDATES,
        *schema.FROZEN_LAYERS,  # frozen by the plugin (demo_positions.py)
    )
]
OGR_TYPES = {
    schema.TEXT: ogr.OFTString,
    schema.INTEGER: ogr.OFTInteger,
    schema.REAL: ogr.OFTReal,
    schema.DATE: ogr.OFTDate,
}
OGR_GEOMETRIES = {schema.POINT: ogr.wkbPoint, schema.MULTIPOLYGON: ogr.wkbMultiPolygon, None: ogr.wkbNone}
MONITORING_YEARS = ["{}/{:02d}".format(y, (y + 1) % 100) for y in range(2014, 2025)]

# DOMAIN.md section 1: the real sites and their indicative capacities.
REAL_SITES = {
    "PLY29": 742,
    "PLY40": 933,
    "PLY44": 2000,
    "PLY58.3": 40,
    "PLY58.4": 44,
    "PLY58.9": 57,
    "PLY59.1": 72,
    "PLY60.1": 190,
    "PLY60.3": 54,
    "PLY60.8": 60,
    "TTV7": 200,
    "TTV14": 775,
    "TTV16": 600,
    "TTV17": 0,
    "TTV21": 190,
    "TTV24.1": 30,
    "TTV24.5": 80,
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """Output folder and printed summary of: the default seed, the same seed again, another seed."""
    seeds = {"first": None, "again": 2014, "other": 7}
    started = {}
    for name, seed in seeds.items():  # three processes side by side: the suite waits once
        folder = tmp_path_factory.mktemp("demo-" + name)
        command = [sys.executable, str(SCRIPT), "--out", str(folder)]
        if seed is not None:
            command += ["--seed", str(seed)]
        started[name] = (
            folder,
            subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True),
        )
    done = {}
    for name, (folder, process) in started.items():
        printed, errors = process.communicate(timeout=300)
        assert process.returncode == 0, errors
        done[name] = (folder, printed)
    return done


def read(path, name):
    """A layer's rows as dicts (dates as date objects) with the geometry under "_geom"."""
    dataset = ogr.Open(str(path))
    layer = dataset.GetLayerByName(name)
    assert layer is not None, "{} has no layer {}".format(path, name)
    definition = layer.GetLayerDefn()
    dates = [
        definition.GetFieldDefn(i).GetName()
        for i in range(definition.GetFieldCount())
        if definition.GetFieldDefn(i).GetType() == ogr.OFTDate
    ]
    rows = []
    for feature in layer:
        row = feature.items()
        for field in dates:
            if row[field] is not None:
                row[field] = date(*(int(part) for part in row[field].split("/")))
        geom = feature.GetGeometryRef()
        row["_geom"] = geom.Clone() if geom is not None else None
        row["_fid"] = feature.GetFID()
        rows.append(row)
    return rows


@pytest.fixture(scope="module")
def demo(runs):
    folder = runs["first"][0]
    return {name: read(folder / MAIN, name) for name in MAIN_LAYERS}


@pytest.fixture(scope="module")
def valid_sites(demo):
    sites = {}
    for row in demo[schema.ALLOCATIONS]:
        geom = row["_geom"]
        sites[row["site_ref"]] = geom if geom.IsValid() else geom.MakeValid()
    return sites


def monitoring_year(row):
    day = row["completion_date"]
    if day is None:
        return row["monitoring_year"]
    start = day.year if day.month >= 4 else day.year - 1
    return "{}/{:02d}".format(start, (start + 1) % 100)


def comparable(rows):
    return [
        tuple(sorted((k, v) for k, v in row.items() if k != "_geom"))
        + ((row["_geom"].ExportToIsoWkt() if row["_geom"] is not None else None),)
        for row in rows
    ]


def near(envelope, geom, distance):
    minx, maxx, miny, maxy = envelope
    x0, x1, y0, y1 = geom.GetEnvelope()
    return x0 <= maxx + distance and x1 >= minx - distance and y0 <= maxy + distance and y1 >= miny - distance


# -- deterministic -----------------------------------------------------------------------------


def test_the_same_seed_gives_the_same_rows_and_geometries(runs):
    first, again = runs["first"][0], runs["again"][0]
    for filename, layers in ((MAIN, MAIN_LAYERS), (WGS84, [schema.PERMISSIONS, schema.COMPLETIONS])):
        for name in layers:
            # Every column as stored, the geometry blobs (GeoPackage WKB) included.
            sql = 'SELECT * FROM "{}" ORDER BY fid'.format(name)
            with (
                closing(sqlite3.connect(str(first / filename))) as one,
                closing(sqlite3.connect(str(again / filename))) as two,
            ):
                rows = one.execute(sql).fetchall()
                assert rows and rows == two.execute(sql).fetchall(), (filename, name)
    assert runs["first"][1] == runs["again"][1]


def test_another_seed_gives_other_permissions(runs):
    first = read(runs["first"][0] / MAIN, schema.PERMISSIONS)
    other = read(runs["other"][0] / MAIN, schema.PERMISSIONS)
    assert [r["app_ref"] for r in first] != [r["app_ref"] for r in other]
    assert comparable(first) != comparable(other)
    # The real sites stay the plan's whatever the seed.
    capacities = {
        r["site_ref"]: r["homes_capacity"] for r in read(runs["other"][0] / MAIN, schema.ALLOCATIONS)
    }
    assert all(capacities[ref] == cap for ref, cap in REAL_SITES.items())


# -- standard-conforming -----------------------------------------------------------------------


def test_every_layer_has_the_standard_fields_geometry_and_crs(runs):
    dataset = ogr.Open(str(runs["first"][0] / MAIN))
    names = [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())]
    assert sorted(names) == sorted(MAIN_LAYERS)  # tag_audit and plan_settings are the plugin's to make
    for name in MAIN_LAYERS:
        definition = schema.LAYERS[name]
        layer = dataset.GetLayerByName(name)
        layer_defn = layer.GetLayerDefn()
        fields = [
            (layer_defn.GetFieldDefn(i).GetName(), layer_defn.GetFieldDefn(i).GetType())
            for i in range(layer_defn.GetFieldCount())
        ]
        assert fields == [(f.name, OGR_TYPES[f.kind]) for f in definition.fields], name
        assert layer.GetGeomType() == OGR_GEOMETRIES[definition.geometry], name
        assert layer.GetFIDColumn() == "fid"
        if definition.geometry is not None:
            assert layer.GetSpatialRef().GetAuthorityCode(None) == "27700", name


def test_required_fields_keys_and_coded_values(demo):
    for name in MAIN_LAYERS:
        definition = schema.LAYERS[name]
        rows = demo[name]
        assert rows, name
        for field in definition.required_fields:
            assert all(r[field] is not None and r[field] != "" for r in rows), (name, field)
        if definition.key:
            keys = [r[definition.key] for r in rows]
            assert len(keys) == len(set(keys)), (name, definition.key)
        for field, allowed in schema.CODED_VALUES.get(name, {}).items():
            assert {r[field] for r in rows} - {None} <= set(allowed), (name, field)
    assert all(r["completion_date"] or r["monitoring_year"] for r in demo[schema.COMPLETIONS])
    assert {r["permission_type"] for r in demo[schema.PERMISSIONS]} == set(schema.PERMISSION_TYPES)
    assert {r["lpa"] for r in demo[schema.ALLOCATIONS]} == {"PLY", "SHA", "WDE"}
    assert {r["policy_area"] for r in demo[schema.ALLOCATIONS]} == {"PPA", "TTV"}
    assert {r["tenure"] for r in demo[schema.COMPLETIONS]} <= {
        "market",
        "social_rent",
        "affordable_rent",
        "shared_ownership",
    }
    assert all(r["brownfield"] in (0, 1) for r in demo[schema.PERMISSIONS])


def test_the_real_jlp_sites_carry_the_plans_references_and_capacities(demo):
    sites = {r["site_ref"]: r for r in demo[schema.ALLOCATIONS]}
    for ref, capacity in REAL_SITES.items():
        assert sites[ref]["homes_capacity"] == capacity, ref
    assert sites["PLY29"]["site_name"] == "Millbay"
    assert (sites["PLY44"]["lpa"], sites["PLY44"]["policy_area"]) == ("SHA", "PPA")
    assert sites["PLY40"]["employment_sqm"] == 8000 and sites["TTV17"]["employment_sqm"] == 35000
    assert (sites["TTV16"]["lpa"], sites["TTV21"]["lpa"], sites["PLY60.1"]["lpa"]) == ("WDE", "SHA", "PLY")
    for ref, row in sites.items():
        assert row["policy_ref"] == ref.split(".")[0]
        assert row["policy_area"] == ("PPA" if ref.startswith("PLY") else "TTV")
    assert 15000 <= sum(r["homes_capacity"] for r in sites.values()) <= 20000


def test_allocations_lie_in_their_area_and_overlap_only_once(demo, valid_sites):
    areas = {(r["lpa"], r["policy_area"]): r["_geom"] for r in demo[schema.AREAS]}
    assert sorted(areas) == [("PLY", "PPA"), ("SHA", "PPA"), ("SHA", "TTV"), ("WDE", "TTV")]
    for a, b in [(a, b) for a in areas for b in areas if a < b]:
        assert areas[a].Intersection(areas[b]).GetArea() < 1, (a, b)
    for row in demo[schema.ALLOCATIONS]:
        assert areas[(row["lpa"], row["policy_area"])].Contains(valid_sites[row["site_ref"]]), row["site_ref"]
    refs = sorted(valid_sites)
    overlapping = [
        (a, b) for i, a in enumerate(refs) for b in refs[i + 1 :] if valid_sites[a].Intersects(valid_sites[b])
    ]
    assert len(overlapping) == 1
    small, big = sorted(overlapping[0], key=lambda ref: valid_sites[ref].GetArea())
    assert valid_sites[big].Contains(valid_sites[small])


# -- plausible numbers ---------------------------------------------------------------------------


def test_layer_sizes_are_plan_sized(demo):
    assert 55 <= len(demo[schema.ALLOCATIONS]) <= 65
    assert 1800 <= len(demo[schema.PERMISSIONS]) <= 2200
    assert 14000 <= len(demo[schema.COMPLETIONS]) <= 16000
    assert 500 <= len(demo[schema.STARTS]) <= 700
    assert 35 <= len({r["site_ref"] for r in demo[schema.TRAJECTORY]}) <= 45
    share = len(demo[schema.PERMISSION_BOUNDARIES]) / len(demo[schema.PERMISSIONS])
    assert 0.8 <= share <= 0.9


def test_net_completions_each_monitoring_year_are_jlp_like(demo):
    totals = Counter()
    for row in demo[schema.COMPLETIONS]:
        totals[monitoring_year(row)] += row["units"]
    assert sorted(totals) == MONITORING_YEARS
    for year in MONITORING_YEARS:
        assert 1100 <= totals[year] <= 1600, (year, totals[year])


def test_about_seventy_percent_of_located_completions_are_in_the_plymouth_policy_area(demo):
    areas = [(r["policy_area"], r["_geom"], r["_geom"].GetEnvelope()) for r in demo[schema.AREAS]]
    units = Counter()
    for row in demo[schema.COMPLETIONS]:
        geom = row["_geom"]
        if geom is None:
            continue
        x, y = geom.GetX(), geom.GetY()
        for policy_area, polygon, (minx, maxx, miny, maxy) in areas:
            if minx <= x <= maxx and miny <= y <= maxy and polygon.Contains(geom):
                units[policy_area] += row["units"]
                break
    share = units["PPA"] / (units["PPA"] + units["TTV"])
    assert 0.65 <= share <= 0.75, share


def test_permissions_and_completions_hang_together(demo):
    permissions = {r["app_ref"]: r for r in demo[schema.PERMISSIONS]}
    for row in permissions.values():
        assert row["net_units"] == row["units_proposed"] - row["units_existing"]
        assert row["decision_date"] is not None and date(2012, 1, 1) <= row["decision_date"] <= date(
            2025, 3, 31
        )
        if row["parent_ref"] is not None:
            assert row["parent_ref"] in permissions
    completed = Counter()
    for row in demo[schema.COMPLETIONS]:
        if row["completion_date"] is not None:
            assert date(2014, 4, 1) <= row["completion_date"] <= date(2025, 3, 31)
        parent = permissions.get(row["app_ref"])
        if parent is not None:
            completed[row["app_ref"]] += row["units"]
            if row["completion_date"] is not None:
                assert row["completion_date"] >= parent["decision_date"], row["completion_id"]
    # Lineages: completions on an s73 chain may quote either reference, so compare whole chains.
    root = {}
    for ref, row in permissions.items():
        top = row
        while top["permission_type"] == "s73_variation":
            top = permissions[top["parent_ref"]]
        root[ref] = top["app_ref"]
    by_chain = Counter()
    for ref, units in completed.items():
        by_chain[root[ref]] += units
    allowed = {}
    for ref, row in permissions.items():
        allowed[root[ref]] = max(allowed.get(root[ref], row["net_units"]), row["net_units"])
    over = [ref for ref, units in by_chain.items() if units > allowed[ref]]
    assert 1 <= len(over) <= 3, over  # a couple of deliberate over-completions, no more
    for row in demo[schema.STARTS]:
        parent = permissions[row["app_ref"]]
        assert parent["decision_date"] < row["start_date"] <= date(2025, 3, 31)
        assert 0 < row["units"] <= parent["net_units"]
    dates = {r["completion_date"] for r in demo[schema.COMPLETIONS]}
    assert any(d is not None and (d.month, d.day) == (3, 31) for d in dates)
    assert any(d is not None and (d.month, d.day) == (4, 1) for d in dates)


def test_lineages_losses_and_lapses_are_all_there(demo):
    permissions = {r["app_ref"]: r for r in demo[schema.PERMISSIONS]}
    children = defaultdict(list)
    for row in permissions.values():
        if row["parent_ref"]:
            children[row["parent_ref"]].append(row)
    outlines = [
        (
            sum(c["net_units"] for c in children[ref] if c["permission_type"] == "reserved_matters"),
            row["net_units"],
        )
        for ref, row in permissions.items()
        if row["permission_type"] == "outline" and children[ref]
    ]
    assert any(total < units for total, units in outlines) and any(total > units for total, units in outlines)
    s73s = [r for r in permissions.values() if r["permission_type"] == "s73_variation"]
    assert any(permissions[r["parent_ref"]]["permission_type"] == "full" for r in s73s)
    assert any(permissions[r["parent_ref"]]["permission_type"] == "s73_variation" for r in s73s)
    assert sum(1 for r in permissions.values() if r["net_units"] < 0) >= 10
    assert any(
        r["units_existing"] > r["units_proposed"] and "Demolition" in r["proposal"]
        for r in permissions.values()
    )
    active = {r["app_ref"] for r in demo[schema.STARTS]} | {r["app_ref"] for r in demo[schema.COMPLETIONS]}
    lapsed = [
        r
        for r in permissions.values()
        if r["decision_date"] < date(2022, 3, 31)
        and r["app_ref"] not in active
        and not children[r["app_ref"]]
    ]
    assert len(lapsed) >= 20
    big = [r for r in permissions.values() if r["units_proposed"] >= 10 and r["permission_type"] != "outline"]
    share = sum(r["affordable_units"] for r in big) / sum(r["units_proposed"] for r in big)
    assert 0.15 <= share <= 0.3, share


# -- the mess --------------------------------------------------------------------------------------


def test_red_lines_straddle_sites_and_some_geometry_is_invalid(demo, valid_sites):
    envelopes = {ref: geom.GetEnvelope() for ref, geom in valid_sites.items()}
    straddling = 0
    for row in demo[schema.PERMISSION_BOUNDARIES]:
        geom = row["_geom"] if row["_geom"].IsValid() else row["_geom"].MakeValid()
        hits = [
            ref for ref in valid_sites if near(envelopes[ref], geom, 0) and geom.Intersects(valid_sites[ref])
        ]
        straddling += len(hits) >= 2 and "PLY42" not in hits  # PLY42 lies inside PLY40: not a straddle
    assert straddling >= 3
    assert any(not r["_geom"].IsValid() for r in demo[schema.ALLOCATIONS])
    assert any(not r["_geom"].IsValid() for r in demo[schema.PERMISSION_BOUNDARIES])


def test_near_misses_without_red_lines(demo, valid_sites):
    bounded = {r["app_ref"] for r in demo[schema.PERMISSION_BOUNDARIES]}
    envelopes = {ref: geom.GetEnvelope() for ref, geom in valid_sites.items()}
    misses = 0
    for row in demo[schema.PERMISSIONS]:
        if row["app_ref"] in bounded:
            continue
        geom = row["_geom"]
        distances = [
            geom.Distance(site) for ref, site in valid_sites.items() if near(envelopes[ref], geom, 50)
        ]
        misses += bool(distances) and 5 <= min(distances) <= 40
    assert misses >= 5


def test_completions_with_unknown_references_no_location_or_only_a_year(demo):
    refs = {r["app_ref"] for r in demo[schema.PERMISSIONS]}
    rows = demo[schema.COMPLETIONS]
    assert sum(1 for r in rows if r["app_ref"] is not None and r["app_ref"] not in refs) >= 20
    assert sum(1 for r in rows if r["_geom"] is None and r["app_ref"] is not None) >= 30
    assert sum(1 for r in rows if r["completion_date"] is None and r["monitoring_year"]) >= 10
    assert any(r["units"] < -1 for r in rows) and min(r["units"] for r in rows) >= -12


def test_tags_are_left_to_the_plugin_except_a_few_locked_ones(demo):
    sites = {r["site_ref"] for r in demo[schema.ALLOCATIONS]}
    locked = [r for r in demo[schema.PERMISSIONS] if r["tag_locked"] == 1]
    assert 3 <= len(locked) <= 8 and all(r["site_ref"] in sites for r in locked)
    tag_fields = [f.name for f in schema.TAG_FIELDS]
    for name in (schema.PERMISSIONS, schema.COMPLETIONS):
        for row in demo[name]:
            if row.get("tag_locked") == 1:
                continue
            assert all(row[field] is None for field in tag_fields), row


def test_one_proposal_carries_markup_for_escaping(demo):
    marked = [r for r in demo[schema.PERMISSIONS] if "<script>" in r["proposal"]]
    assert len(marked) == 1 and "&" in marked[0]["proposal"]


def test_wgs84_extract_is_lon_lat_and_lands_in_sites_once_transformed(runs, demo, valid_sites):
    path = runs["first"][0] / WGS84
    dataset = ogr.Open(str(path))
    assert sorted(dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())) == [
        schema.COMPLETIONS,
        schema.PERMISSIONS,
    ]
    to_bng = osr.CoordinateTransformation(*(_crs(code) for code in (4326, 27700)))
    inside = 0
    counts = {}
    for name, key in ((schema.PERMISSIONS, "app_ref"), (schema.COMPLETIONS, "completion_id")):
        assert dataset.GetLayerByName(name).GetSpatialRef().GetAuthorityCode(None) == "4326"
        rows = read(path, name)
        counts[name] = len(rows)
        assert not {r[key] for r in rows} & {r[key] for r in demo[name]}
        for row in rows:
            lon, lat = row["_geom"].GetX(), row["_geom"].GetY()
            assert -5 < lon < -3 and 50 < lat < 51
            x, y, _ = to_bng.TransformPoint(lon, lat)
            projected = ogr.CreateGeometryFromWkt("POINT ({} {})".format(x, y))
            inside += any(site.Contains(projected) for site in valid_sites.values())
    assert 15 <= counts[schema.PERMISSIONS] <= 25 and 40 <= counts[schema.COMPLETIONS] <= 60
    assert inside >= 2


def _crs(code):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(code)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def test_every_layer_says_its_geometry_is_synthetic(runs):
    for filename in (MAIN, WGS84):
        dataset = ogr.Open(str(runs["first"][0] / filename))
        result = dataset.ExecuteSQL("SELECT table_name, description FROM gpkg_contents")
        descriptions = {feature.GetField(0): feature.GetField(1) for feature in result}
        dataset.ReleaseResultSet(result)
        assert descriptions
        assert all("synthetic" in (text or "").lower() for text in descriptions.values()), descriptions


def test_the_summary_gives_counts_and_yearly_totals(runs):
    printed = runs["first"][1]
    assert "completions" in printed and "2018/19 1,388" in printed
    for year in MONITORING_YEARS:
        assert year in printed


# -- the real map ------------------------------------------------------------------------------------

BOUNDARIES = ROOT / "scripts" / "demo_data" / "jlp-boundaries"
COUNCILS = {"PLY": "E06000026", "SHA": "E07000044", "WDE": "E07000047"}


@pytest.fixture(scope="module")
def real_map():
    """The wards ({name: (lpa, polygon)}), councils and Dartmoor in British National Grid, read and
    transformed here independently of the generator (PROJ's own choice of transformation)."""
    to_bng = osr.CoordinateTransformation(_crs(4326), _crs(27700))

    def polygons(filename, field):
        dataset = ogr.Open(str(BOUNDARIES / filename))
        found = {}
        for feature in dataset.GetLayer():
            geom = feature.GetGeometryRef().Clone()
            geom.Transform(to_bng)
            found[feature.GetField(field)] = geom
        return found

    wards = {}
    councils = {}
    for lpa, code in COUNCILS.items():
        for name, geom in polygons(code + ".geojson", "cmwd11nm").items():
            wards[name] = (lpa, geom)
            councils[lpa] = geom.Clone() if lpa not in councils else councils[lpa].Union(geom)
    park = polygons("dartmoor-national-park-dec2021.geojson", "name")["Dartmoor"]
    return {"wards": wards, "councils": councils, "park": park}


def test_the_boundary_files_carry_their_source_and_licence():
    readme = (BOUNDARIES / "README.md").read_text(encoding="utf-8")
    assert "Open Government Licence v3.0" in readme and "Office for National Statistics" in readme
    assert "Contains OS data © Crown copyright and database right" in readme
    dataset = ogr.Open(str(BOUNDARIES / "dartmoor-national-park-dec2021.geojson"))
    assert [f.GetField("name") for f in dataset.GetLayer()] == ["Dartmoor"]


def test_the_areas_are_the_councils_outside_dartmoor(demo, real_map):
    park = real_map["park"]
    areas = {(r["lpa"], r["policy_area"]): r["_geom"] for r in demo[schema.AREAS]}
    assert all(geom.IsValid() for geom in areas.values())
    plan = ogr.Geometry(ogr.wkbMultiPolygon)
    for lpa, council in real_map["councils"].items():
        expected = council.Difference(park)
        pieces = [geom for (code, _), geom in areas.items() if code == lpa]
        union = pieces[0] if len(pieces) == 1 else pieces[0].Union(pieces[1])
        # Equal but for the metres along the Park's edge where the two outlines disagree (slivers).
        difference = union.SymDifference(expected)
        assert difference.GetArea() < 0.005 * expected.GetArea(), lpa
        assert difference.Difference(park.Buffer(50)).GetArea() < 0.0005 * expected.GetArea(), lpa
        plan = plan.Union(union)
    # README: about 1,431 km² in all; South Hams outside the Park about 721, West Devon about 630.
    assert 1420e6 < plan.GetArea() < 1440e6
    assert plan.Intersection(park).GetArea() < 0.5e6
    ppa_fringe = areas[("SHA", "PPA")]
    fringe_wards = [
        name
        for name, (lpa, geom) in real_map["wards"].items()
        if lpa == "SHA" and geom.Intersection(ppa_fringe).GetArea() > 0.5 * geom.Difference(park).GetArea()
    ]
    assert sorted(fringe_wards) == ["Bickleigh and Shaugh", "Cornwood and Sparkwell", "Wembury and Brixton"]


def test_each_site_lies_in_its_real_council_and_town_outside_dartmoor(demo, valid_sites, real_map):
    councils, park, wards = real_map["councils"], real_map["park"], real_map["wards"]
    for row in demo[schema.ALLOCATIONS]:
        site = valid_sites[row["site_ref"]]
        assert councils[row["lpa"]].Contains(site), row["site_ref"]
        assert not site.Intersects(park), row["site_ref"]

    def ward_of(ref):
        centre = valid_sites[ref].PointOnSurface()
        return next(name for name, (_, geom) in wards.items() if geom.Contains(centre))

    # A few the plan and the issue name: Millbay, Seaton, Woolwell, Sherford, the towns.
    assert ward_of("PLY29") == "St Peter and the Waterfront"
    assert ward_of("PLY40") in ("Moor View", "Budshead")
    assert ward_of("PLY44") == "Bickleigh and Shaugh" and ward_of("PLY48") == "Wembury and Brixton"
    assert ward_of("PLY49") == "Cornwood and Sparkwell"
    towns = {"TTV7": "Ivybridge", "TTV16": "Tavistock", "TTV21": "Totnes", "TTV10": "Dartmouth",
             "TTV13": "Kingsbridge", "TTV24.5": "Dartington"}  # fmt: skip
    for ref, town in towns.items():
        assert town in ward_of(ref), (ref, ward_of(ref))
    assert ward_of("TTV17").startswith("Okehampton") and ward_of("TTV24.1") == "Bere Ferrers"


def test_sites_are_the_size_of_their_homes(demo, valid_sites):
    """About 35 dwellings a hectare: Sherford, a new town of 5,500 homes, about 1.6 km²."""
    rows = {r["site_ref"]: r for r in demo[schema.ALLOCATIONS]}
    assert rows["PLY48"]["homes_capacity"] == 5500
    assert 1.3e6 < valid_sites["PLY48"].GetArea() < 1.9e6
    assert 0.45e6 < valid_sites["PLY44"].GetArea() < 0.7e6  # Woolwell, 2,000 homes
    for ref, row in rows.items():
        if row["homes_capacity"] >= 20 and ref != "PLY59.4":  # PLY59.4's ring crosses itself
            hectares = valid_sites[ref].GetArea() / 10000
            assert 0.8 < row["homes_capacity"] / hectares / 35 < 1.25, (ref, hectares)


def test_schemes_and_completions_fall_in_the_plan_area_mostly_in_plymouth(demo, real_map):
    areas = [(r["lpa"], r["_geom"], r["_geom"].GetEnvelope()) for r in demo[schema.AREAS]]
    park = real_map["park"]
    by_lpa = Counter()
    for name in (schema.PERMISSIONS, schema.COMPLETIONS):
        for row in demo[name]:
            geom = row["_geom"]
            if geom is None:
                continue
            x, y = geom.GetX(), geom.GetY()
            hits = [
                lpa
                for lpa, polygon, (minx, maxx, miny, maxy) in areas
                if minx <= x <= maxx and miny <= y <= maxy and polygon.Contains(geom)
            ]
            assert len(hits) == 1, (name, row.get("app_ref"), x, y)
            by_lpa[hits[0]] += 1
            assert not park.Contains(geom)
    # Windfall by a population proxy: Plymouth holds about two thirds of the people.
    assert 0.5 < by_lpa["PLY"] / sum(by_lpa.values()) < 0.75, by_lpa
    assert by_lpa["SHA"] > 1000 and by_lpa["WDE"] > 1000


def test_the_demo_project_and_store_carry_the_boundaries_attribution(demo_master, tmp_path):
    """The demo store's map copyright line (every report map) and the demo project (metadata and the
    canvas's copyright label) credit ONS and OS under the OGL."""
    from jlp_monitor_plugin.core.reports.maps import source_text
    from jlp_monitor_plugin.core.store import Store

    store = Store.open(str(demo_master))
    text = source_text(store, "31 March 2025")
    assert "Office for National Statistics licensed under the Open Government Licence v3.0" in text
    assert "Contains OS data © Crown copyright and database right" in text
    project = tmp_path / "demo.qgz"
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_demo_project.py"), "--store", str(demo_master),
         "--project", str(project)],
        check=True, capture_output=True, env=env, timeout=300,
    )  # fmt: skip
    with zipfile.ZipFile(project) as archive:
        qgs = archive.read(next(n for n in archive.namelist() if n.endswith(".qgs"))).decode("utf-8")
    assert "<CopyrightLabel>" in qgs
    label = qgs[qgs.index("<CopyrightLabel>") : qgs.index("</CopyrightLabel>")]
    assert "Office for National Statistics" in label and "© Crown copyright" in label
    assert re.search(r'<Enabled type="(bool|int)">(true|1)</Enabled>', label), label
    rights = qgs[qgs.index("<projectMetadata>") : qgs.index("</projectMetadata>")]
    assert "Office for National Statistics" in rights and "Open Government Licence v3.0" in rights
