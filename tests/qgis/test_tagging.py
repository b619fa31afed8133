"""DOMAIN.md §3, rule by rule, on a small constructed store whose answers are worked by hand.

The map (EPSG:27700 metres):

    SITE_A  square 0..100 x 0..100        (area 10,000)
    SITE_B  square 100..200 x 0..100      (area 10,000; shares the edge x = 100 with SITE_A)
    SMALL   square 20..40 x 20..40        (area 400, inside SITE_A)
    FAR     square 1000..1100 x 1000..1100
    BOW     bow-tie (self-intersecting) ring over 2000..2100 x 2000..2100; repaired it is two
            triangles (left and right) meeting at (2050, 2050)
"""

import subprocess

import pytest
from backends import DB_ERRORS, refuse_inserts, run_sql
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingFeedback

from jlp_monitor_plugin.core.store import Store
from jlp_monitor_plugin.core.tagging import TagCounts, TaggingCancelledError, tag_store

BOTH_BACKENDS = True  # every test on new_store runs on a GeoPackage and on PostGIS (conftest.py)

SITES = {
    "SITE_A": "POLYGON((0 0,100 0,100 100,0 100,0 0))",
    "SITE_B": "POLYGON((100 0,200 0,200 100,100 100,100 0))",
    "SMALL": "POLYGON((20 20,40 20,40 40,20 40,20 20))",
    "FAR": "POLYGON((1000 1000,1100 1000,1100 1100,1000 1100,1000 1000))",
    "BOW": "POLYGON((2000 2000,2100 2100,2100 2000,2000 2100,2000 2000))",
}


def rect(x0, x1, y0=0, y1=100):
    return "POLYGON(({a} {c},{b} {c},{b} {d},{a} {d},{a} {c}))".format(a=x0, b=x1, c=y0, d=y1)


# app_ref: (point WKT or None, extra attributes)
PERMISSIONS = {
    "P1": ("POINT(50 80)", {}),  # in SITE_A only
    "P2": ("POINT(30 30)", {}),  # in SITE_A and SMALL: the smaller, multiple_sites
    "P3": ("POINT(100 50)", {}),  # on the shared edge: both contain it; equal areas → SITE_A by ref
    "P4": ("POINT(230 50)", {}),  # 30 m east of SITE_B: near_boundary
    "P5": ("POINT(500 500)", {}),  # nowhere near: windfall
    "P6": (None, {}),  # no point, no boundary: no_geometry
    "P7": ("POINT(50 50)", {"site_ref": "FAR", "tag_method": "manual", "tag_locked": 1}),  # locked
    "P8": ("POINT(2080 2050)", {}),  # in the right-hand triangle of the repaired bow-tie
    "Q1": ("POINT(240 50)", {}),
    "Q2": ("POINT(110 50)", {}),
    "Q3": ("POINT(240 50)", {}),
    "Q4": ("POINT(230 50)", {}),
    "Q5": ("POINT(240 50)", {}),
    "Q6": ("POINT(70 70)", {}),
    "Q7": ("POINT(45 45)", {}),
    "Q8": ("POINT(5 50)", {}),
}

# Red-line boundaries: the polygon decides, not the point.
BOUNDARIES = [
    ("Q1", rect(150, 250)),  # 5,000 of 10,000 m² in SITE_B: f = 0.5 ≥ 0.5 → SITE_B
    ("Q2", rect(60, 160)),  # SITE_A 4,000 (0.4), SITE_B 6,000 (0.6) → SITE_B, second ≥ 0.1: multiple_sites
    ("Q3", rect(190, 290)),  # SITE_B 1,000 (0.1) < 0.5 → partial_overlap, candidate SITE_B
    ("Q4", rect(200, 260)),  # shares SITE_B's edge, no area in common → near_boundary (distance 0)
    ("Q5", rect(220, 260)),  # 20 m from SITE_B → near_boundary
    ("Q6", "POLYGON((50 50,90 90,90 50,50 90,50 50))"),  # bow-tie inside SITE_A, repaired: f = 1
    ("Q7", rect(30, 50, 30, 50)),  # 400 m²: SITE_A 400 (1.0), SMALL 100 (0.25) → SITE_A, multiple_sites
    ("Q8", rect(0, 10)),  # two parts of one permission: 1,000 m² in SITE_A ...
    ("Q8", rect(300, 310)),  # ... and 1,000 m² outside: f = 1,000 / 2,000 = 0.5 → SITE_A
]

# completion_id: (app_ref, point WKT or None, extra attributes)
COMPLETIONS = {
    "C1": ("P1", "POINT(50 80)", {}),  # follows P1 → SITE_A
    "C2": ("P5", "POINT(60 60)", {}),  # follows windfall P5 (untagged) but lies in SITE_A: conflict
    "C3": ("P1", "POINT(150 50)", {}),  # follows P1 (SITE_A) but lies in SITE_B: conflict, keeps SITE_A
    "C4": ("P1", None, {}),  # no geometry, but a reference: SITE_A
    "C5": ("NOPE", "POINT(150 50)", {}),  # reference matches nothing: by its point → SITE_B
    "C6": (None, None, {}),  # nothing to go on: no_geometry
    "C7": ("P7", "POINT(50 50)", {}),  # follows the locked P7 (FAR), lies in SITE_A: conflict
    "C8": ("P1", "POINT(150 50)", {"site_ref": "X", "tag_locked": 1}),  # locked: untouched
    "C9": ("Q2", "POINT(120 50)", {}),  # follows Q2 → SITE_B
    "C10": ("P6", None, {}),  # follows P6, which is untagged: reference, no site, no review
}

EXPECTED_PERMISSIONS = {
    # app_ref: (site_ref, tag_method, tag_overlap, tag_review, tag_candidate)
    "P1": ("SITE_A", "spatial", 1.0, None, None),
    "P2": ("SMALL", "spatial", 1.0, "multiple_sites", "SITE_A"),
    "P3": ("SITE_A", "spatial", 1.0, "multiple_sites", "SITE_B"),
    "P4": (None, "none", None, "near_boundary", "SITE_B"),
    "P5": (None, "none", None, None, None),
    "P6": (None, "none", None, "no_geometry", None),
    "P7": ("FAR", "manual", None, None, None),
    "P8": ("BOW", "spatial", 1.0, None, None),
    "Q1": ("SITE_B", "spatial", 0.5, None, None),
    "Q2": ("SITE_B", "spatial", 0.6, "multiple_sites", "SITE_A"),
    "Q3": (None, "none", 0.1, "partial_overlap", "SITE_B"),
    "Q4": (None, "none", None, "near_boundary", "SITE_B"),
    "Q5": (None, "none", None, "near_boundary", "SITE_B"),
    "Q6": ("SITE_A", "spatial", 1.0, None, None),
    "Q7": ("SITE_A", "spatial", 1.0, "multiple_sites", "SMALL"),
    "Q8": ("SITE_A", "spatial", 0.5, None, None),
}
EXPECTED_COMPLETIONS = {
    "C1": ("SITE_A", "reference", None, None, None),
    "C2": (None, "reference", None, "location_conflict", "SITE_A"),
    "C3": ("SITE_A", "reference", None, "location_conflict", "SITE_B"),
    "C4": ("SITE_A", "reference", None, None, None),
    "C5": ("SITE_B", "spatial", 1.0, None, None),
    "C6": (None, "none", None, "no_geometry", None),
    "C7": ("FAR", "reference", None, "location_conflict", "SITE_A"),
    "C8": ("X", None, None, None, None),
    "C9": ("SITE_B", "reference", None, None, None),
    "C10": (None, "reference", None, None, None),
}


def _feature(layer, attributes, wkt):
    feature = QgsFeature(layer.fields())
    for name, value in attributes.items():
        feature[name] = value
    if wkt:
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
    return feature


def add(store, name, rows):
    layer = store.layer(name)
    ok, error = store.add_features(name, [_feature(layer, attrs, wkt) for attrs, wkt in rows])
    assert ok, error


def build(store):
    add(
        store,
        "allocations",
        [({"site_ref": ref, "lpa": "PLY", "policy_area": "PPA"}, wkt) for ref, wkt in SITES.items()],
    )
    add(
        store,
        "permissions",
        [
            (dict({"app_ref": ref, "net_units": 10}, **extra), wkt)
            for ref, (wkt, extra) in PERMISSIONS.items()
        ],
    )
    add(store, "permission_boundaries", [({"app_ref": ref}, wkt) for ref, wkt in BOUNDARIES])
    add(
        store,
        "completions",
        [
            (
                dict(
                    {"completion_id": cid, "app_ref": ref, "units": 1, "completion_date": "2020-05-01"},
                    **extra,
                ),
                wkt,
            )
            for cid, (ref, wkt, extra) in COMPLETIONS.items()
        ],
    )
    return store


@pytest.fixture()
def store(new_store):
    return build(new_store)


def tags(store, name, key):
    rows = run_sql(
        store,
        "SELECT {}, site_ref, tag_method, tag_overlap, tag_review, tag_candidate FROM {}".format(key, name),
    )
    return {r[0]: (r[1], r[2], None if r[3] is None else round(r[3], 6), r[4], r[5]) for r in rows}


def audit(store):
    return run_sql(
        store,
        'SELECT layer, feature_key, old_site_ref, new_site_ref, method, reason, "user", at FROM tag_audit '
        "ORDER BY fid",
    )


def test_every_rule_gives_the_hand_worked_tag(store):
    counts = tag_store(store, "both", user="test officer")
    assert tags(store, "permissions", "app_ref") == EXPECTED_PERMISSIONS
    assert tags(store, "completions", "completion_id") == EXPECTED_COMPLETIONS
    # Permissions: tagged P1 P8 Q1 Q6 Q8; review P2 P3 P4 P6 Q2 Q3 Q4 Q5 Q7; untagged P5; locked P7.
    # Completions: tagged C1 C4 C5 C9; review C2 C3 C6 C7; untagged C10 (now 'reference'); locked C8.
    assert counts == TagCounts(tagged=9, review=13, untagged=2, unchanged=2)


def test_every_change_of_site_ref_is_audited_once(store):
    tag_store(store, "both", user="test officer")
    rows = audit(store)
    changed = sorted((r[0], r[1], r[2], r[3], r[4]) for r in rows)
    assert changed == sorted(
        [
            ("permissions", "P1", None, "SITE_A", "spatial"),
            ("permissions", "P2", None, "SMALL", "spatial"),
            ("permissions", "P3", None, "SITE_A", "spatial"),
            ("permissions", "P8", None, "BOW", "spatial"),
            ("permissions", "Q1", None, "SITE_B", "spatial"),
            ("permissions", "Q2", None, "SITE_B", "spatial"),
            ("permissions", "Q6", None, "SITE_A", "spatial"),
            ("permissions", "Q7", None, "SITE_A", "spatial"),
            ("permissions", "Q8", None, "SITE_A", "spatial"),
            ("completions", "C1", None, "SITE_A", "reference"),
            ("completions", "C3", None, "SITE_A", "reference"),
            ("completions", "C4", None, "SITE_A", "reference"),
            ("completions", "C5", None, "SITE_B", "spatial"),
            ("completions", "C7", None, "FAR", "reference"),
            ("completions", "C9", None, "SITE_B", "reference"),
        ]
    )
    assert {r[6] for r in rows} == {"test officer"}
    assert all(r[5].startswith("automatic") and len(r[7]) == 19 for r in rows)  # reason, ISO timestamp
    assert Store.open(store.path).count("tag_audit") == 15  # QGIS sees the new rows too


def test_running_again_changes_nothing(store):
    tag_store(store, "both")
    before_tags = (tags(store, "permissions", "app_ref"), tags(store, "completions", "completion_id"))
    again = tag_store(store, "both")
    assert again == TagCounts(unchanged=len(PERMISSIONS) + len(COMPLETIONS))
    assert (tags(store, "permissions", "app_ref"), tags(store, "completions", "completion_id")) == before_tags
    assert len(audit(store)) == 15


def test_a_moved_site_retags_and_audits_the_change(store):
    tag_store(store, "both")
    # The officer redraws SITE_B away: Q1, Q2, C5, C9 lose it.
    run_sql(store, "DELETE FROM allocations WHERE site_ref = 'SITE_B'")
    counts = tag_store(store, "both")
    now = tags(store, "permissions", "app_ref")
    assert now["Q1"] == (None, "none", None, "near_boundary", "SITE_A")  # x 150 is 50 m from SITE_A
    assert now["Q2"] == (None, "none", 0.4, "partial_overlap", "SITE_A")  # 0.4 < 0.5
    assert tags(store, "completions", "completion_id")["C9"] == (None, "reference", None, None, None)
    moved = [(r[1], r[2], r[3]) for r in audit(store)[15:]]
    assert sorted(moved) == sorted(
        [("Q1", "SITE_B", None), ("Q2", "SITE_B", None), ("C5", "SITE_B", None), ("C9", "SITE_B", None)]
    )
    assert counts.unchanged > 0


def test_settings_from_the_store_drive_the_thresholds(store):
    store.write_plan_settings({"overlap_threshold": 0.7, "minor_overlap": 0.45, "near_distance": 10})
    tag_store(store, "permissions")
    now = tags(store, "permissions", "app_ref")
    assert now["Q2"] == (None, "none", 0.6, "partial_overlap", "SITE_B")  # 0.6 < 0.7
    assert now["Q7"] == ("SITE_A", "spatial", 1.0, None, None)  # SMALL's 0.25 < 0.45
    assert now["Q5"] == (None, "none", None, None, None)  # 20 m > 10 m
    assert now["P4"] == (None, "none", None, None, None)  # 30 m > 10 m
    assert now["Q4"] == (None, "none", None, "near_boundary", "SITE_B")  # touching: 0 m


def test_targets_permissions_leaves_completions_alone(store):
    counts = tag_store(store, "permissions")
    assert counts == TagCounts(tagged=5, review=9, untagged=1, unchanged=1)
    assert all(v[1] is None for k, v in tags(store, "completions", "completion_id").items())
    # Completions then follow the permissions' stored tags.
    tag_store(store, "completions")
    assert tags(store, "completions", "completion_id") == EXPECTED_COMPLETIONS


def test_a_failed_write_leaves_the_store_as_it_was(store):
    refuse_inserts(store, "tag_audit", "disk full")
    with pytest.raises(DB_ERRORS, match="disk full"):
        tag_store(store, "both")
    assert set(tags(store, "permissions", "app_ref").values()) == {
        (None, None, None, None, None),
        ("FAR", "manual", None, None, None),
    }
    assert audit(store) == []


def test_a_cancel_leaves_the_store_as_it_was(store):
    feedback = QgsProcessingFeedback()
    # Cancel at the last moment: after the updates are written in the transaction, before commit.
    feedback.progressChanged.connect(lambda value: feedback.cancel() if value >= 90 else None)
    with pytest.raises(TaggingCancelledError):
        tag_store(store, "both", feedback)
    assert tags(store, "permissions", "app_ref")["P1"] == (None, None, None, None, None)
    assert audit(store) == []


def test_layers_in_another_crs_are_transformed(new_store, tmp_path):
    """Permissions kept in WGS84 (a store made by another tool) are tested in the allocations' CRS."""
    if new_store.backend != "gpkg":
        pytest.skip("the other tool here is ogr2ogr into the GeoPackage")
    site = "POLYGON((280400 60400,280600 60400,280600 60600,280400 60600,280400 60400))"
    add(new_store, "allocations", [({"site_ref": "TTV21", "lpa": "SHA", "policy_area": "TTV"}, site)])
    geojson = tmp_path / "p.geojson"
    # 280500,60500 in British National Grid is about 3.6839 W, 50.4322 N; the other point is 4.5 km east.
    geojson.write_text(
        '{"type":"FeatureCollection","features":['
        '{"type":"Feature","properties":{"app_ref":"IN","net_units":3},'
        '"geometry":{"type":"Point","coordinates":[-3.68391,50.43216]}},'
        '{"type":"Feature","properties":{"app_ref":"OUT","net_units":3},'
        '"geometry":{"type":"Point","coordinates":[-3.62,50.43]}}]}'
    )
    subprocess.run(
        [
            "ogr2ogr",
            "-f",
            "GPKG",
            "-update",
            "-overwrite",
            new_store.path,
            str(geojson),
            "-nln",
            "permissions",
        ],
        check=True,
    )
    store = Store.open(new_store.path)  # adds the tag fields the other tool left out
    assert store.layer("permissions").crs().authid() == "EPSG:4326"
    tag_store(store, "permissions")
    now = tags(store, "permissions", "app_ref")
    assert now["IN"] == ("TTV21", "spatial", 1.0, None, None)
    assert now["OUT"] == (None, "none", None, None, None)


def test_tag_algorithm_reports_the_counts(processing_ready, store):
    import processing

    result = processing.run("jlpmonitor:tag", {"STORE": store.path, "TARGETS": "both"})
    assert (result["TAGGED"], result["REVIEW"], result["UNTAGGED"], result["UNCHANGED"]) == (9, 13, 2, 2)
    again = processing.run("jlpmonitor:tag", {"STORE": store.path, "TARGETS": 2})  # index of "both"
    assert (again["TAGGED"], again["REVIEW"], again["UNTAGGED"], again["UNCHANGED"]) == (0, 0, 0, 26)
