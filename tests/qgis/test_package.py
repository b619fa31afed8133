"""The installable zip, checked against the QGIS plugin repository's rules, and installed into a
throw-away profile where the real qgis_process lists and runs its algorithms."""

import configparser
import json
import sqlite3
import zipfile
from pathlib import Path

from jlp_monitor_plugin.core import schema

# Fields the plugin repository (plugins.qgis.org) refuses an upload without.
REQUIRED_METADATA = [
    "name",
    "qgisMinimumVersion",
    "description",
    "about",
    "version",
    "author",
    "email",
    "repository",
]


def read_metadata(archive):
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keep qgisMinimumVersion's case
    parser.read_string(archive.read("jlp_monitor_plugin/metadata.txt").decode("utf-8"))
    return dict(parser["general"])


def test_zip_has_one_top_folder_with_what_the_repository_requires(packaged_zip):
    with zipfile.ZipFile(packaged_zip) as archive:
        names = archive.namelist()
        assert {n.split("/")[0] for n in names} == {"jlp_monitor_plugin"}
        for required in (
            "__init__.py",
            "metadata.txt",
            "LICENSE",
            "i18n/jlp_monitor_plugin_cy.qm",
            "docs/user_guide.md",  # opened by JLP Monitor ▸ User guide
        ):
            assert "jlp_monitor_plugin/" + required in names, required
        assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".pyo"))]
        assert not [n for n in names if "/tests/" in n or n.split("/")[-1].startswith("test_")]
        assert not [n for n in names if "/." in n], "no hidden files"
        assert "GNU GENERAL PUBLIC LICENSE" in archive.read("jlp_monitor_plugin/LICENSE").decode()
        metadata = read_metadata(archive)
        icon = "jlp_monitor_plugin/" + metadata["icon"]
        assert icon in names
        ui_files = [n for n in names if n.endswith(".ui")]
        assert ui_files, "the docks' .ui files are shipped"
    assert packaged_zip.stat().st_size < 25 * 1024 * 1024


def test_metadata_has_every_field_the_repository_needs(packaged_zip):
    with zipfile.ZipFile(packaged_zip) as archive:
        metadata = read_metadata(archive)
    for key in REQUIRED_METADATA + ["tracker", "homepage", "hasProcessingProvider", "icon", "changelog"]:
        assert metadata.get(key, "").strip(), key
    assert metadata["qgisMinimumVersion"] == "3.22"
    assert metadata["hasProcessingProvider"] == "yes"
    assert metadata["repository"].startswith("https://") and metadata["tracker"].startswith("https://")
    assert "@" in metadata["email"]
    version = metadata["version"].split(".")
    assert len(version) == 3 and all(part.isdigit() for part in version)


def test_metadata_versions_are_the_tested_ones(packaged_zip):
    """metadata.txt's range is what README's support line says is tested (3.22 and 3.40 LTR, not QGIS 4),
    and the QGIS running this test (3.22 on Debian 12, 3.40 in scripts/qgis340.sh's chroot) is inside it."""
    from qgis.core import Qgis

    with zipfile.ZipFile(packaged_zip) as archive:
        metadata = read_metadata(archive)
    assert (metadata["qgisMinimumVersion"], metadata["qgisMaximumVersion"]) == ("3.22", "3.99")
    assert "supportsQt6" not in metadata  # QGIS 4 (Qt6) is not tested
    keys = ("qgisMinimumVersion", "qgisMaximumVersion")
    low, high = (tuple(int(part) for part in metadata[key].split(".")) for key in keys)
    running = divmod(Qgis.QGIS_VERSION_INT // 100, 100)
    assert low <= running <= high, Qgis.QGIS_VERSION
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    tested = [line for line in readme.splitlines() if line.startswith("Tested:")]
    assert len(tested) == 1 and "QGIS 3.22" in tested[0] and "QGIS 3.40" in tested[0], tested
    assert "QGIS 3.22 to 3.99 (metadata.txt)" in tested[0], tested


def test_qgis_process_lists_the_installed_plugins_algorithms(qgis_profile):
    listed = qgis_profile.qgis_process("list")
    assert listed.returncode == 0, listed.stderr
    assert "jlpmonitor:createstore" in listed.stdout
    assert "jlpmonitor:loadstandard" in listed.stdout
    help_text = qgis_profile.qgis_process("help", "jlpmonitor:createstore")
    assert "PRESET" in help_text.stdout and "never overwritten" in help_text.stdout


def test_qgis_process_creates_a_store_from_the_zip(qgis_profile, tmp_path):
    path = tmp_path / "from_qgis_process.gpkg"
    result = qgis_profile.qgis_process(
        "run", "jlpmonitor:createstore", "--json", "--STORE={}".format(path), "--PRESET=jlp"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    outputs = json.loads(result.stdout[result.stdout.index("{") :])["results"]
    assert outputs["STORE"] == str(path)
    with sqlite3.connect(str(path)) as con:
        tables = {r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")}
        requirement = con.execute("SELECT value FROM plan_settings WHERE key = 'requirements'").fetchone()[0]
    assert tables == set(schema.LAYERS)
    assert json.loads(requirement)["PLAN"] == {"total": 26700, "affordable": 6600}


def test_qgis_process_reports_a_refused_store_clearly(qgis_profile, tmp_path):
    bad = tmp_path / "bad.gpkg"
    bad.write_text("x")
    source = tmp_path / "src.gpkg"
    source.write_text("x")
    result = qgis_profile.qgis_process(
        "run", "jlpmonitor:loadstandard", "--INPUT={}".format(source), "--STORE={}".format(bad)
    )
    assert result.returncode != 0
    assert "{} is not a GeoPackage".format(bad) in result.stdout + result.stderr
