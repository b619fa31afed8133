"""Deploying to a council's officers (issue 17): scripts/package.sh writes plugins.xml beside the zip,
in the QGIS plugin repository format; QGIS's own plugin installer (pyplugin_installer, as the Plugin
Manager runs it) reads a repository pointing at a local folder through file://, lists the plugin, and
the zip it downloads from there unpacks into a plugin folder."""

import configparser
import json
import os
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsNetworkAccessManager
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, "/usr/share/qgis/python")


def metadata(zip_path):
    with zipfile.ZipFile(zip_path) as archive:
        text = archive.read("jlp_monitor_plugin/metadata.txt").decode("utf-8")
    parser = configparser.ConfigParser(interpolation=None)
    parser.read_string(text)
    return parser["general"]


def test_package_writes_plugins_xml_beside_the_zip(packaged_zip):
    written = ROOT / "dist" / "plugins.xml"
    root = ET.parse(written).getroot()
    (plugin,) = root.findall("pyqgis_plugin")
    meta = metadata(packaged_zip)
    assert plugin.get("name") == "JLP Monitor" and plugin.get("version") == meta["version"]
    assert plugin.findtext("file_name") == "jlp_monitor_plugin.zip"
    assert plugin.findtext("download_url") == (ROOT / "dist" / "jlp_monitor_plugin.zip").as_uri()
    assert (
        plugin.findtext("qgis_minimum_version") == "3.22"
        and plugin.findtext("qgis_maximum_version") == "3.99"
    )
    assert plugin.findtext("changelog") == meta["changelog"].strip()
    # On the council's web server: the address IT gives.
    out = ROOT / "dist" / "plugins_test_https.xml"
    metadata_txt = written.parent / "metadata_test.txt"
    with zipfile.ZipFile(packaged_zip) as archive:
        metadata_txt.write_bytes(archive.read("jlp_monitor_plugin/metadata.txt"))
    try:
        subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "plugins_xml.py"), str(metadata_txt), str(packaged_zip),
             str(out), "https://gis.example.gov.uk/qgis-plugins/"],
            check=True,
        )  # fmt: skip
        hosted = ET.parse(out).getroot().find("pyqgis_plugin")
        assert (
            hosted.findtext("download_url")
            == "https://gis.example.gov.uk/qgis-plugins/jlp_monitor_plugin.zip"
        )
    finally:
        out.unlink(missing_ok=True)
        metadata_txt.unlink(missing_ok=True)


def test_qgis_plugin_installer_lists_and_installs_from_a_local_folder_repository(
    qgis_app, packaged_zip, tmp_path
):
    from pyplugin_installer import installer_data
    from pyplugin_installer.unzip import unzip

    share = tmp_path / "share"  # the council's shared folder
    share.mkdir()
    zip_path = share / "jlp_monitor_plugin.zip"
    zip_path.write_bytes(packaged_zip.read_bytes())
    metadata_txt = tmp_path / "metadata.txt"
    with zipfile.ZipFile(zip_path) as archive:
        metadata_txt.write_bytes(archive.read("jlp_monitor_plugin/metadata.txt"))
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "plugins_xml.py"), str(metadata_txt), str(zip_path),
         str(share / "plugins.xml")],
        check=True,
    )  # fmt: skip

    # The repository as Plugins ▸ Settings ▸ Add… makes it, fetched and parsed by QGIS's own code.
    repositories = installer_data.Repositories()
    key = "Council plugins"
    repositories.mRepositories[key] = {
        "url": (share / "plugins.xml").as_uri(),
        "authcfg": "",
        "enabled": True,
        "valid": True,
        "Relay": installer_data.Relay(key),
        "xmlData": None,
        "state": installer_data.Repositories.STATE_DISABLED,
        "error": "",
    }
    repositories.requestFetching(key)
    deadline = time.time() + 30
    while repositories.fetchingInProgress() and time.time() < deadline:
        qgis_app.processEvents()
    assert (
        repositories.mRepositories[key]["state"] == installer_data.Repositories.STATE_LOADED
    ), repositories.mRepositories[key]["error"]
    (listed,) = installer_data.plugins.repoCache[key]
    assert listed["id"] == "jlp_monitor_plugin" and listed["name"] == "JLP Monitor"
    assert listed["version_available"] == metadata(zip_path)["version"]
    assert listed["download_url"] == zip_path.as_uri()

    # Installing: the zip fetched from the download address and unpacked as the installer does.
    reply = QgsNetworkAccessManager.blockingGet(QNetworkRequest(QUrl(listed["download_url"])))
    assert reply.error() == 0, reply.errorString()
    downloaded = tmp_path / "download.zip"
    downloaded.write_bytes(bytes(reply.content()))
    plugins = tmp_path / "profile" / "python" / "plugins"
    plugins.mkdir(parents=True)
    unzip(str(downloaded), str(plugins))
    installed = plugins / "jlp_monitor_plugin"
    assert (installed / "metadata.txt").is_file() and (installed / "__init__.py").is_file()
    assert (installed / "plans" / "jlp.json").is_file() and (installed / "docs" / "user_guide.md").is_file()
    assert (installed / "docs" / "plan_file.md").is_file()
    assert (installed / "docs" / "examples" / "new_forest_national_park.json").is_file()


@pytest.fixture(autouse=True)
def _no_stray_files():
    yield
    for name in ("plugins_test_https.xml", "metadata_test.txt"):
        (ROOT / "dist" / name).unlink(missing_ok=True)


@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="xvfb-run is not installed")
def test_qgis_desktop_lists_and_installs_the_plugin_from_the_council_repository(packaged_zip, tmp_path):
    """The real QGIS desktop under xvfb-run, a profile whose only enabled repository is the council's
    plugins.xml on a shared folder (file://), as IT sets it in QGIS3.ini."""
    share = tmp_path / "share"
    share.mkdir()
    zip_path = share / "jlp_monitor_plugin.zip"
    zip_path.write_bytes(packaged_zip.read_bytes())
    metadata_txt = tmp_path / "metadata.txt"
    with zipfile.ZipFile(zip_path) as archive:
        metadata_txt.write_bytes(archive.read("jlp_monitor_plugin/metadata.txt"))
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "plugins_xml.py"), str(metadata_txt), str(zip_path),
         str(share / "plugins.xml")],
        check=True,
    )  # fmt: skip
    home = tmp_path / "home"
    ini = home / ".local" / "share" / "QGIS" / "QGIS3" / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    official = "plugin_repositories\\QGIS%20Official%20Plugin%20Repository\\"
    council = "plugin_repositories\\Council%20plugins\\"
    ini.write_text(
        "[app]\n"
        + council + "url=" + (share / "plugins.xml").as_uri() + "\n"
        + council + "enabled=true\n"
        + official + "url=https://plugins.qgis.org/plugins/plugins.xml\n"
        + official + "enabled=false\n"
        "plugin_installer\\checkOnStart=false\nplugin_installer\\allowExperimental=true\n\n"
        "[qgis]\ncheckVersion=false\nallowVersionCheck=false\n\n[core]\nNewsFeed\\enabled=false\n\n"
        # QGIS 3.34+ keeps the Plugin Manager's own settings in its settings tree.
        "[plugin-manager]\nallow-experimental=true\nautomatically-check-for-updates=false\n",
        encoding="utf-8",
    )  # fmt: skip
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    result_path = tmp_path / "result.json"
    env = dict(os.environ, HOME=str(home), XDG_RUNTIME_DIR=str(runtime), JLP_REPO_RESULT=str(result_path))
    for name in ("QT_QPA_PLATFORM", "PYTHONPATH", "QGIS_PLUGINPATH", "QGIS_CUSTOM_CONFIG_PATH"):
        env.pop(name, None)
    run = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "/usr/bin/qgis", "--nologo", "--noversioncheck",
         "--code", str(ROOT / "tests" / "e2e" / "repository_check.py")],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result_path.is_file(), "QGIS did not run the check (exit {}):\n{}".format(
        run.returncode, run.stderr[-3000:]
    )
    found = json.loads(result_path.read_text(encoding="utf-8"))
    assert "error" not in found, found.get("error")
    assert found["repositories"]["Council plugins"][1] == 2, found["repositories"]  # loaded
    assert found["listed"] == {
        "name": "JLP Monitor",
        "version_available": metadata(zip_path)["version"],
        "download_url": zip_path.as_uri(),
        "zip_repository": "Council plugins",
    }
    assert found["status_before"] == "not installed"
    assert found["installed_metadata"] and found["active"] and found["status_after"] == "installed"
    assert found["version_installed"] == metadata(zip_path)["version"]
