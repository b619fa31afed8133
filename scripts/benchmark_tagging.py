"""Tagging speed against QGIS's own spatial join and geopandas, on the same data in the same run.

SPEC.md's target: tagging 200,000 completion points and 100,000 permission boundaries against 2,000
allocations, written back to the store, in at most half the time of `native:joinattributesbylocation`
(largest overlap for the polygons) and within 3x of a geopandas `sjoin` with overlap areas.

Usage: .venv/bin/python scripts/benchmark_tagging.py [--sites 2000] [--boundaries 100000]
       [--points 200000] [--seed 7] [--keep DIR] [--postgis auto|postgresql://…]
Prints each time and the ratios. Numbers vary by machine: compare ratios, not seconds.

--postgis also copies the store to PostGIS (a throw-away server from scripts/pg_test_server.sh with
"auto", or the given database; a new schema each time) and times tagging there, by SQL in the database
(the default on PostGIS) and by the QGIS engine reading through the store; their counts must equal the
GeoPackage's.

For the geopandas comparison use a separate venv, so pip's numpy 2 does not replace the numpy that
Debian's pandas and GDAL were built against:
    /usr/bin/python3 -m venv --system-site-packages /tmp/geo-venv
    /tmp/geo-venv/bin/pip install numpy==1.24.2 pandas==1.5.3 geopandas==0.14.4 pyogrio==0.7.2 shapely==2.0.4
    QT_QPA_PLATFORM=offscreen /tmp/geo-venv/bin/python scripts/benchmark_tagging.py
"""

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

from qgis.core import QgsApplication, QgsFeature, QgsGeometry, QgsPointXY

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
QgsApplication.setPrefixPath("/usr", True)

SITE = 200.0  # allocation squares, 200 m a side, on a grid with 100 m between them
PITCH = 300.0
X0, Y0 = 220000.0, 40000.0


def make_store(path, sites, boundaries, points, seed):
    from jlp_monitor_plugin.core.store import Store

    rng = random.Random(seed)
    store = Store.create(path, "jlp")
    columns = int(sites**0.5) + 1
    width = columns * PITCH

    def features(name, rows):
        layer = store.layer(name)
        out = []
        for attributes, geometry in rows:
            feature = QgsFeature(layer.fields())
            for key, value in attributes.items():
                feature[key] = value
            feature.setGeometry(geometry)
            out.append(feature)
        ok, error = store.add_features(name, out)
        assert ok, error

    def site(i):
        x, y = X0 + (i % columns) * PITCH, Y0 + (i // columns) * PITCH
        return QgsGeometry.fromRect(_rect(x, y, x + SITE, y + SITE))

    features(
        "allocations",
        [({"site_ref": "S{}".format(i), "lpa": "PLY", "policy_area": "PPA"}, site(i)) for i in range(sites)],
    )
    height = (sites // columns + 1) * PITCH
    permission_rows, boundary_rows = [], []
    for i in range(boundaries):
        x, y = X0 + rng.uniform(-100, width), Y0 + rng.uniform(-100, height)
        w, h = rng.uniform(20, 120), rng.uniform(20, 120)
        ref = "B{}".format(i)
        boundary_rows.append(({"app_ref": ref}, QgsGeometry.fromRect(_rect(x, y, x + w, y + h))))
        permission_rows.append(
            ({"app_ref": ref, "net_units": 1}, QgsGeometry.fromPointXY(QgsPointXY(x + w / 2, y + h / 2)))
        )
    features("permission_boundaries", boundary_rows)
    features("permissions", permission_rows)
    point_rows = (
        (
            {"completion_id": "C{}".format(i), "units": 1, "completion_date": "2020-06-01"},
            QgsGeometry.fromPointXY(
                QgsPointXY(X0 + rng.uniform(-100, width), Y0 + rng.uniform(-100, height))
            ),
        )
        for i in range(points)
    )
    features("completions", point_rows)
    return store


def _rect(x0, y0, x1, y1):
    from qgis.core import QgsRectangle

    return QgsRectangle(x0, y0, x1, y1)


def time_plugin(store):
    from jlp_monitor_plugin.core.tagging import tag_store

    start = time.perf_counter()
    counts = tag_store(store, "both", user="benchmark")
    return time.perf_counter() - start, counts


def time_native(store, folder):
    import processing

    start = time.perf_counter()
    processing.run(
        "native:joinattributesbylocation",
        {
            "INPUT": store.layer_uri("permission_boundaries"),
            "JOIN": store.layer_uri("allocations"),
            "PREDICATE": [0],  # intersects
            "JOIN_FIELDS": ["site_ref"],
            "METHOD": 2,  # the feature with the largest overlap
            "DISCARD_NONMATCHING": False,
            "OUTPUT": os.path.join(folder, "native_boundaries.gpkg"),
        },
    )
    polygons = time.perf_counter() - start
    processing.run(
        "native:joinattributesbylocation",
        {
            "INPUT": store.layer_uri("completions"),
            "JOIN": store.layer_uri("allocations"),
            "PREDICATE": [0],
            "JOIN_FIELDS": ["site_ref"],
            "METHOD": 1,  # first matching (points)
            "DISCARD_NONMATCHING": False,
            "OUTPUT": os.path.join(folder, "native_completions.gpkg"),
        },
    )
    return time.perf_counter() - start, polygons


def copy_to_postgis(store, uri, folder):
    """(server folder or None, [copy for the SQL engine, copy for the QGIS engine]) of the untagged
    store on PostGIS: a throw-away server with "auto"."""
    from jlp_monitor_plugin.core.store_copy import copy_store

    server = None
    if uri == "auto":
        server = os.path.join(folder, "pg")
        os.chmod(folder, 0o755)
        uri = subprocess.run(
            ["bash", os.path.join(ROOT, "scripts", "pg_test_server.sh"), "start", server],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()[-1]
        os.environ["PGPASSFILE"] = os.path.join(server, "pgpass")  # the URI holds no password
    copies = []
    for engine in ("sql", "qgis"):
        start = time.perf_counter()
        joiner = "&" if "?" in uri else "?"
        target = "{}{}schema=bench_{}_{}".format(uri, joiner, engine, int(time.time()))
        copies.append(copy_store(store, target).destination)
        print("copy to PostGIS for the {} engine {:7.2f} s".format(engine, time.perf_counter() - start))
    return server, copies


def time_postgis(copies):
    """[(seconds, counts)] tagging each copy, by SQL in the database and by the QGIS engine."""
    from jlp_monitor_plugin.core.tagging import tag_store

    out = []
    for copy, engine in zip(copies, ("sql", "qgis")):
        start = time.perf_counter()
        counts = tag_store(copy, "both", user="benchmark", engine=engine)
        out.append((time.perf_counter() - start, counts))
    return out


def time_geopandas(store):
    try:
        import geopandas as gpd
        import numpy as np
        import shapely
    except ImportError:
        return None
    start = time.perf_counter()
    sites = gpd.read_file(store.path, layer="allocations")[["site_ref", "geometry"]]
    boundaries = gpd.read_file(store.path, layer="permission_boundaries")[["app_ref", "geometry"]]
    points = gpd.read_file(store.path, layer="completions")[["completion_id", "geometry"]]
    pairs = gpd.sjoin(boundaries, sites, how="left", predicate="intersects")
    matched = pairs.dropna(subset=["index_right"])
    left = np.asarray(matched.geometry.values)
    right = np.asarray(sites.geometry.values)[matched["index_right"].astype(int).to_numpy()]
    fraction = shapely.area(shapely.intersection(left, right)) / shapely.area(left)
    matched = matched.assign(fraction=fraction)
    best = matched.sort_values("fraction", ascending=False).drop_duplicates("app_ref")
    tagged_points = gpd.sjoin(points, sites, how="left", predicate="intersects").drop_duplicates(
        "completion_id"
    )
    return time.perf_counter() - start, len(best), int(tagged_points["site_ref"].notna().sum())


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=2000)
    parser.add_argument("--boundaries", type=int, default=100000)
    parser.add_argument("--points", type=int, default=200000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", help="keep the generated store in this folder")
    parser.add_argument("--postgis", help="also time tagging on PostGIS: 'auto' or a postgresql:// URI")
    args = parser.parse_args(argv)

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    folder = tempfile.mkdtemp(prefix="jlp-bench-")
    server = None
    try:
        start = time.perf_counter()
        store = make_store(
            os.path.join(folder, "bench.gpkg"), args.sites, args.boundaries, args.points, args.seed
        )
        print(
            "data: {:,} allocations, {:,} boundaries, {:,} completion points ({:.1f} s to generate)".format(
                args.sites, args.boundaries, args.points, time.perf_counter() - start
            )
        )
        server, copies = copy_to_postgis(store, args.postgis, folder) if args.postgis else (None, [])
        native, native_polygons = time_native(store, folder)
        print(
            "native:joinattributesbylocation  {:7.2f} s  (polygons, largest overlap {:.2f} s)".format(
                native, native_polygons
            )
        )
        plugin, counts = time_plugin(store)
        print("jlpmonitor tag (with write)      {:7.2f} s  {}".format(plugin, dict(counts._asdict())))
        print("ratio plugin / native            {:7.2f}   (target <= 0.5)".format(plugin / native))
        if args.postgis:
            (sql_seconds, sql_counts), (qgis_seconds, qgis_counts) = time_postgis(copies)
            print(
                "PostGIS: tag by SQL (with write) {:7.2f} s  {}".format(
                    sql_seconds, dict(sql_counts._asdict())
                )
            )
            print(
                "PostGIS: tag by QGIS engine      {:7.2f} s  {}".format(
                    qgis_seconds, dict(qgis_counts._asdict())
                )
            )
            print("ratio PostGIS SQL / native       {:7.2f}".format(sql_seconds / native))
            same = sql_counts == counts and qgis_counts == counts
            print("counts equal to the GeoPackage's: {}".format("yes" if same else "NO"))
        geo = time_geopandas(store)
        if geo is None:
            print("geopandas not installed: pip install geopandas for that comparison")
        else:
            print(
                "geopandas sjoin + overlap areas  {:7.2f} s  ({:,} boundaries, {:,} points matched)".format(
                    *geo
                )
            )
            print("ratio plugin / geopandas         {:7.2f}   (target <= 3)".format(plugin / geo[0]))
        if args.keep:
            os.makedirs(args.keep, exist_ok=True)
            shutil.copy(store.path, args.keep)
    finally:
        if server:
            subprocess.run(["bash", os.path.join(ROOT, "scripts", "pg_test_server.sh"), "stop", server])
        shutil.rmtree(folder, ignore_errors=True)
        app.exitQgis()


if __name__ == "__main__":
    main()
