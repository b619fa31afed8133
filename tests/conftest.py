"""Shared fixtures: real QGIS offscreen (pytest-qgis), real GeoPackage stores, the packaged zip and a
throw-away QGIS profile for the real qgis_process."""

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

QGIS_PROCESS = "/usr/bin/qgis_process.bin"  # Debian's wrapper passes an option the binary rejects


@pytest.fixture(scope="session")
def processing_ready(qgis_app, qgis_processing):
    """Processing initialised with the plugin's provider registered, as QGIS does at start-up."""
    from qgis.core import QgsApplication

    from jlp_monitor_plugin.processing.provider import JlpMonitorProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("jlpmonitor")
    if provider is None:
        provider = JlpMonitorProvider()
        registry.addProvider(provider)
    yield provider


@pytest.fixture()
def new_store(qgis_app, tmp_path):
    """An empty store made by the plugin, with the jlp preset."""
    from jlp_monitor_plugin.core.store import Store

    return Store.create(str(tmp_path / "store.gpkg"), "jlp")


@pytest.fixture(scope="session")
def packaged_zip(tmp_path_factory):
    """dist/jlp_monitor_plugin.zip, built once per run by scripts/package.sh."""
    subprocess.run(["bash", str(ROOT / "scripts" / "package.sh")], check=True, cwd=ROOT)
    built = ROOT / "dist" / "jlp_monitor_plugin.zip"
    copy = tmp_path_factory.mktemp("dist") / built.name
    shutil.copy(built, copy)
    return copy


class QgisProfile:
    """A throw-away HOME with the packaged plugin unzipped on QGIS_PLUGINPATH and enabled."""

    def __init__(self, home: Path, zip_path: Path):
        self.home = home
        self.plugins = home / "plugins"
        self.plugins.mkdir(parents=True)
        with zipfile.ZipFile(zip_path) as archive:
            archive.extractall(self.plugins)
        runtime = home / "run"
        runtime.mkdir(mode=0o700)
        self.env = dict(os.environ)
        self.env.update(
            HOME=str(home),
            QGIS_PLUGINPATH=str(self.plugins),
            QT_QPA_PLATFORM="offscreen",
            XDG_RUNTIME_DIR=str(runtime),
        )
        self.env.pop("PYTHONPATH", None)  # the plugin must come from the zip, not the source tree
        # pytest-qgis points QGIS_CUSTOM_CONFIG_PATH at its own profile; this one stands alone.
        self.env["QGIS_CUSTOM_CONFIG_PATH"] = str(home / "qgis-config")
        enabled = self.qgis_process("plugins", "enable", "jlp_monitor_plugin")
        assert enabled.returncode == 0, enabled.stdout + enabled.stderr

    def qgis_process(self, *args: str, timeout: int = 300) -> subprocess.CompletedProcess:
        return subprocess.run(
            [QGIS_PROCESS, *args], env=self.env, capture_output=True, text=True, timeout=timeout
        )


@pytest.fixture(scope="session")
def qgis_profile(tmp_path_factory, packaged_zip):
    return QgisProfile(tmp_path_factory.mktemp("qgis-home"), packaged_zip)


_EXIT_STATUS = {"value": 0}


def pytest_sessionfinish(session, exitstatus):
    _EXIT_STATUS["value"] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """Leave without Python's final garbage collection of Qt/QGIS objects.

    After QgsApplication.exitQgis() (pytest-qgis's session teardown), destroying the Qt objects that
    are still referenced can crash the interpreter on its way out (SIGSEGV, exit 139) although every
    test passed and the results are printed. The run's own exit status is kept.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_EXIT_STATUS["value"])
