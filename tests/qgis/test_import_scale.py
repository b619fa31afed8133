"""Importing at scale: a 100,000-row extract streams through with flat memory, and the real national
brownfield land file (25,080 sites in WGS84) lands in British National Grid with every row accounted for."""

import csv
import json
import os
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from jlp_monitor_plugin.core import schema
from jlp_monitor_plugin.core.exports import BLR_COLUMNS, export_brownfield_register
from jlp_monitor_plugin.core.importing import ImportOptions, import_table
from jlp_monitor_plugin.core.importing import validation as v

ROOT = Path(__file__).resolve().parents[2]
BROWNFIELD = ROOT.parent / "shared" / "data" / "brownfield-sites-england.csv"
ROWS = 100_000
MAP = (
    "app_ref=Application Number;address=Site Address;proposal=Proposal;permission_type=Application Type;"
    "decision_date=Decision Date;units_proposed=Proposed Units;units_existing=Existing Units;"
    "net_units=Net Units;affordable_units=Affordable Units;brownfield=Brownfield"
)

# Run in a fresh Python so the peak resident memory it reports is this import's alone.
MEASURE = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from qgis.core import QgsApplication
QgsApplication.setPrefixPath("/usr", True)
app = QgsApplication([], False)
app.initQgis()
from jlp_monitor_plugin.core.importing import ImportOptions, import_table
from jlp_monitor_plugin.core.importing.source import SourceTable
from jlp_monitor_plugin.core.store import Store

source, store_path, what, field_map = sys.argv[2:6]
store = Store.create(store_path)
table = SourceTable.open(source)
next(table.rows())  # GDAL and QGIS warmed up: their start-up is not the import's


def status(key):
    with open("/proc/self/status") as handle:
        return next(int(line.split()[1]) for line in handle if line.startswith(key + ":"))


# The peak resident memory from here on: the kernel's high-water mark reset to the current size (Linux),
# else getrusage's lifetime peak (which start-up may already have set higher).
try:
    with open("/proc/self/clear_refs", "w") as handle:
        handle.write("5")
    peak = lambda: status("VmHWM")  # noqa: E731
    before = status("VmRSS")
except OSError:
    peak = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # noqa: E731
    before = peak()
started = time.time()
if what == "import":
    report = import_table(table, store, ImportOptions("permissions", field_map, "Easting", "Northing"))
    counts = report.as_dict()
else:  # what holding the whole file needs: every row as the provider gives it, kept in a list
    rows = [row.values for row in table.rows(with_geometry=False)]
    counts = {"READ": len(rows)}
seconds = time.time() - started
grown = (peak() - before) / 1024.0
print(json.dumps({"seconds": seconds, "grown_mb": grown, "counts": counts}), flush=True)
import os
os._exit(0)  # measured; QGIS's own teardown is not part of it
"""


def write_big_csv(path: Path, rows: int) -> None:
    rnd = random.Random(2014)
    with open(path, "w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(
            ["Application Number", "Site Address", "Proposal", "Application Type", "Decision Date", "Easting",
             "Northing", "Proposed Units", "Existing Units", "Net Units", "Affordable Units", "Brownfield"]
        )  # fmt: skip
        for i in range(rows):
            proposed, existing = rnd.randint(1, 40), rnd.randint(0, 2)
            writer.writerow(
                [
                    "{:02d}/{:05d}/FUL".format(10 + i % 15, i),
                    "{} High Street, Plymouth PL1 {}AA".format(i, i % 9),
                    "Erection of {} dwellings with access, parking and landscaping".format(proposed),
                    rnd.choice(["Full", "Outline", "Reserved Matters", "Prior Approval"]),
                    "{:02d}/{:02d}/{}".format(
                        rnd.randint(1, 28), rnd.randint(1, 12), rnd.randint(2010, 2024)
                    ),
                    rnd.randint(240000, 290000),
                    rnd.randint(40000, 100000),
                    proposed,
                    existing,
                    proposed - existing,
                    rnd.randint(0, proposed // 3),
                    rnd.choice(["Y", "N"]),
                ]
            )


def measure(tmp_path: Path, source: Path, what: str) -> dict:
    script = tmp_path / "measure.py"
    script.write_text(MEASURE)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    result = subprocess.run(
        [sys.executable, str(script), str(ROOT), str(source), str(tmp_path / (what + ".gpkg")), what, MAP],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_100000_row_extract_streams_with_flat_memory(tmp_path):
    source = tmp_path / "extract.csv"
    write_big_csv(source, ROWS)
    imported = measure(tmp_path, source, "import")
    whole = measure(tmp_path, source, "whole")
    print(
        "100,000 rows ({:.1f} MB): import {:.1f} s, peak memory +{:.0f} MB; holding the file as rows: "
        "+{:.0f} MB".format(
            source.stat().st_size / 1e6, imported["seconds"], imported["grown_mb"], whole["grown_mb"]
        )
    )
    counts = imported["counts"]
    assert counts["READ"] == ROWS == whole["counts"]["READ"]
    assert (counts["INSERTED"], counts["UPDATED"], counts["REJECTED"]) == (ROWS, 0, 0)
    # Streamed: the import keeps a key index (a few hundred bytes a row), never the rows themselves.
    assert whole["grown_mb"] > 50  # the measurement sees memory being used
    assert imported["grown_mb"] < 100
    assert imported["grown_mb"] < whole["grown_mb"] / 2


@pytest.fixture(scope="module")
def brownfield_rows():
    if not BROWNFIELD.is_file():
        pytest.skip("real data {} is absent (see /work/shared/data/README.md)".format(BROWNFIELD))
    with open(BROWNFIELD, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_real_national_brownfield_file_lands_with_every_row_accounted_for(
    new_store, tmp_path, brownfield_rows
):
    # The file has no site reference: each site is keyed by its organisation and location. The same
    # organisation listing two sites at one point is a duplicate key: the second row is rejected.
    options = ImportOptions(
        "permissions",
        "app_ref={organisation}/{latitude},{longitude};lpa=organisation;net_units='0';brownfield='1'",
        "longitude",
        "latitude",
        "EPSG:4326",
    )
    rejects = tmp_path / "rejects.csv"
    report = import_table(str(BROWNFIELD), new_store, options, str(rejects))

    keys = Counter((r["organisation"], r["latitude"], r["longitude"]) for r in brownfield_rows)
    duplicates = sum(n - 1 for n in keys.values())
    jlp = {
        "local-authority-eng:PLY": "PLY",
        "local-authority-eng:SHA": "SHA",
        "local-authority-eng:WDE": "WDE",
    }
    print(
        "brownfield-sites-england.csv: read {}, inserted {}, rejected {} (same organisation and location "
        "as an earlier row), warnings {} (organisation not one of the plan's LPAs)".format(
            report.read, report.inserted, report.rejected, report.warnings
        )
    )
    assert report.read == len(brownfield_rows) == 25080
    assert report.read == report.inserted + report.updated + report.rejected
    assert report.rejected == duplicates == 819
    assert report.inserted == len(keys) == new_store.count(schema.PERMISSIONS)
    kinds = {(k[0], k[1]) for k, n in report.reasons.items() if k[0] == v.ERROR}
    assert kinds == {(v.ERROR, "app_ref")}
    assert report.warnings == sum(1 for r in brownfield_rows if r["organisation"] not in jlp)
    rejected = list(csv.DictReader(open(rejects, encoding="utf-8-sig", newline="")))
    assert len(rejected) == report.rejected
    assert list(rejected[0])[3:] == ["organisation", "latitude", "longitude", "hectares", "end-date"]
    assert "the same app_ref as row" in rejected[0]["reason"]

    # Transformed to British National Grid: every point in Great Britain's grid, the JLP's in Devon.
    lpas = Counter()
    for feature in new_store.layer(schema.PERMISSIONS).getFeatures():
        point = feature.geometry().asPoint()
        assert 0 < point.x() < 700000 and 0 < point.y() < 1300000, feature["app_ref"]
        if feature["lpa"] in ("PLY", "SHA", "WDE"):
            lpas[feature["lpa"]] += 1
            assert 220000 < point.x() < 300000 and 30000 < point.y() < 110000, feature["app_ref"]
    expected = Counter(jlp[o] for (o, _lat, _lon) in keys if o in jlp)
    assert lpas == expected and sum(lpas.values()) > 100

    # Exported back as the Brownfield Land Register: the WGS84 coordinates come back to 6 decimals.
    register = tmp_path / "register.csv"
    assert export_brownfield_register(new_store, str(register)) == report.inserted
    with open(register, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == BLR_COLUMNS
        for row in reader:
            organisation, location = row["SiteReference"].rsplit("/", 1)
            latitude, longitude = location.split(",")
            assert abs(float(row["GeoX"]) - float(longitude)) < 2e-6
            assert abs(float(row["GeoY"]) - float(latitude)) < 2e-6
            assert -7.0 < float(row["GeoX"]) < 2 and 49.8 < float(row["GeoY"]) < 56  # England, Scilly too
            if organisation == "local-authority-eng:SHA":
                assert (
                    row["OrganisationURI"] == "http://opendatacommunities.org/id/district-council/south-hams"
                )
