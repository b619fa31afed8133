"""Shared fixtures: real QGIS offscreen (pytest-qgis), real GeoPackage stores, the packaged zip and a
throw-away QGIS profile for the real qgis_process."""

import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

QGIS_PROCESS = "/usr/bin/qgis_process.bin"  # Debian's wrapper passes an option the binary rejects


# -- helpers and fixtures of the GUI tests -----------------------------------------------------------


def wait_until(qgis_app, condition, timeout=120.0):
    """Run QGIS's event loop until ``condition()`` holds (a task finished, a signal came); fail after
    ``timeout`` seconds. Test modules import it: ``from conftest import wait_until``."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        qgis_app.processEvents()
        time.sleep(0.01)


def flush_deletes():
    """Run the deleteLater() calls QGIS's event loop would run after unload."""
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    QCoreApplication.processEvents()


def _push(bar, level, title, text, *_args, **_kwargs):
    bar.pushMessage(title, text, level, 0)


@pytest.fixture()
def iface(qgis_iface, monkeypatch):
    """pytest-qgis's QgisInterface stub, completed with what the real QGIS interface does for plugins."""
    import functools

    from qgis.core import Qgis
    from qgis.PyQt.QtWidgets import QMenu

    main_window = qgis_iface.mainWindow()
    bar = qgis_iface.messageBar()
    for messages in bar.messages.values():
        messages.clear()
    for name, level in (
        ("pushInfo", Qgis.Info),
        ("pushWarning", Qgis.Warning),
        ("pushCritical", Qgis.Critical),
        ("pushSuccess", Qgis.Success),
    ):
        if not hasattr(bar, name):
            monkeypatch.setattr(bar, name, functools.partial(_push, bar, level), raising=False)

    # As QgisApp does: a submenu of Plugins per name, taken out of Plugins when emptied but not deleted.
    plugins_menu = main_window.menuBar().findChild(QMenu, "mPluginMenu")
    if plugins_menu is None:
        plugins_menu = main_window.menuBar().addMenu("&Plugins")
        plugins_menu.setObjectName("mPluginMenu")
    menus = {}

    def plugin_menu(name):
        for action in plugins_menu.actions():
            if action.menu() is not None and action.text() == name:
                return action.menu()
        menu = QMenu(name, main_window)
        menu.setObjectName(name.replace("&", "").replace(" ", ""))
        plugins_menu.addMenu(menu)
        return menu

    def add_plugin_to_menu(name, action):
        plugin_menu(name).addAction(action)
        menus.setdefault(name, []).append(action)

    def remove_plugin_menu(name, action):
        menu = plugin_menu(name)
        menu.removeAction(action)
        if not menu.actions():
            plugins_menu.removeAction(menu.menuAction())
        menus[name].remove(action)
        if not menus[name]:
            del menus[name]

    stub_add_toolbar = qgis_iface.addToolBar

    def add_toolbar(name):
        toolbar = stub_add_toolbar(name)
        main_window.addToolBar(toolbar)
        return toolbar

    def add_dock_widget(area, dock):
        main_window.addDockWidget(area, dock)
        dock.show()

    monkeypatch.setattr(qgis_iface, "plugin_menus", menus, raising=False)
    monkeypatch.setattr(qgis_iface, "addPluginToMenu", add_plugin_to_menu)
    monkeypatch.setattr(qgis_iface, "removePluginMenu", remove_plugin_menu, raising=False)
    monkeypatch.setattr(qgis_iface, "addToolBar", add_toolbar)
    monkeypatch.setattr(qgis_iface, "addDockWidget", add_dock_widget)
    monkeypatch.setattr(qgis_iface, "removeDockWidget", main_window.removeDockWidget, raising=False)
    # Settings ▸ Options… pages, as QgisApp keeps them.
    options_factories = []
    monkeypatch.setattr(qgis_iface, "options_factories", options_factories, raising=False)
    monkeypatch.setattr(qgis_iface, "registerOptionsWidgetFactory", options_factories.append, raising=False)
    monkeypatch.setattr(qgis_iface, "unregisterOptionsWidgetFactory", options_factories.remove, raising=False)
    return qgis_iface


@pytest.fixture()
def empty_project(qgis_new_project):
    from qgis.core import QgsProject

    QgsProject.instance().clear()
    yield QgsProject.instance()
    QgsProject.instance().clear()


@pytest.fixture()
def plugin(iface, empty_project, qgis_canvas):
    """The plugin loaded as QGIS loads it (classFactory, initGui) into the completed interface stub."""
    from qgis.core import QgsCoordinateReferenceSystem

    from jlp_monitor_plugin import classFactory

    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:27700"))
    plugin = classFactory(iface)
    plugin.initGui()
    yield plugin
    plugin.unload()
    flush_deletes()


@pytest.fixture(scope="session")
def demo_master(qgis_app, tmp_path_factory):
    """The demo store as scripts/demo.sh builds it (generated data loaded into a jlp store and tagged),
    built once a session; tests that write to it take a copy (``demo_copy``)."""
    from jlp_monitor_plugin.core.loading import load_standard
    from jlp_monitor_plugin.core.store import Store
    from jlp_monitor_plugin.core.tagging import tag_store

    folder = tmp_path_factory.mktemp("demo")
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_demo_data.py"), "--out", str(folder / "source")],
        check=True,
        capture_output=True,
    )
    store = Store.create(str(folder / "demo_store.gpkg"))
    for name in ("demo_source.gpkg", "demo_source_wgs84.gpkg"):
        load_standard(str(folder / "source" / name), store)
    tag_store(store, "both")
    from scripts.demo_settings import add_boundary_attribution

    add_boundary_attribution(store)  # as scripts/demo.sh does
    store.write_plan_settings({"five_year_basis": "plan"})  # as demo.sh's demo_settings.py does
    return store.path


@pytest.fixture()
def demo_copy(demo_master, tmp_path):
    """A copy of the demo store for one test, its path."""
    path = tmp_path / "jlp_demo_store.gpkg"
    shutil.copy(demo_master, path)
    return str(path)


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


BACKENDS = ["gpkg", "postgis"]
PG_SCRIPT = ROOT / "scripts" / "pg_test_server.sh"


def pytest_generate_tests(metafunc):
    """Modules with ``BOTH_BACKENDS = True`` run every test that uses ``store_backend`` (``new_store``
    does) twice: on a GeoPackage and on PostGIS."""
    if "store_backend" in metafunc.fixturenames and getattr(metafunc.module, "BOTH_BACKENDS", False):
        metafunc.parametrize("store_backend", BACKENDS, indirect=True)


@pytest.fixture()
def store_backend(request):
    return getattr(request, "param", "gpkg")


def _password_to_pgpass(uri: str, folder: Path) -> str:
    """The URI without its password; the password goes to a pgpass file that PGPASSFILE names (for
    this process and the qgis_process runs it starts): JLP Monitor refuses a password in STORE."""
    import urllib.parse

    parts = urllib.parse.urlsplit(uri)
    if parts.password is None:
        return uri
    pgpass = folder / "pgpass"
    pgpass.write_text(
        "{}:{}:*:{}:{}\n".format(parts.hostname, parts.port or 5432, parts.username, parts.password)
    )
    pgpass.chmod(0o600)
    os.environ["PGPASSFILE"] = str(pgpass)
    netloc = "{}@{}".format(parts.username, parts.hostname) + (":{}".format(parts.port) if parts.port else "")
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


@pytest.fixture(scope="session")
def postgis_uri(tmp_path_factory):
    """A throw-away PostgreSQL + PostGIS server for the session (scripts/pg_test_server.sh): its URI
    (database jlp_test; no password: PGPASSFILE names the pgpass file holding it, as an officer's
    pg_service.conf / pgpass would). JLP_TEST_PG_URI points the tests at another server."""
    given = os.environ.get("JLP_TEST_PG_URI")
    if given:
        yield _password_to_pgpass(given, tmp_path_factory.mktemp("pgpass"))
        return
    folder = Path(tempfile.mkdtemp(prefix="jlp-pg-"))
    folder.chmod(0o755)
    server = folder / "server"
    started = subprocess.run(
        ["bash", str(PG_SCRIPT), "start", str(server)], capture_output=True, text=True, timeout=180
    )
    if started.returncode != 0:
        pytest.fail("The PostGIS test server did not start: " + started.stderr + started.stdout)
    pgpass = server / "pgpass"
    if pgpass.exists():
        os.environ["PGPASSFILE"] = str(pgpass)
    try:
        yield started.stdout.strip().splitlines()[-1]
    finally:
        subprocess.run(["bash", str(PG_SCRIPT), "stop", str(server)], capture_output=True, timeout=120)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture()
def store_location(request, store_backend, tmp_path):
    """Where a new store goes on the backend under test: a .gpkg path or a PostGIS schema URI."""
    if store_backend == "postgis":
        from backends import new_schema_uri

        return new_schema_uri(request.getfixturevalue("postgis_uri"))
    return str(tmp_path / "store.gpkg")


@pytest.fixture()
def new_store(qgis_app, store_location):
    """An empty store made by the plugin, with the jlp preset (on PostGIS too in BOTH_BACKENDS modules)."""
    from jlp_monitor_plugin.core.store import Store

    return Store.create(store_location, "jlp")


@pytest.fixture()
def sql():
    """Run SQL on a store of either backend: sql(store, text, params) -> rows (``?`` placeholders)."""

    def run(store, text, params=()):
        with store.transaction() as con:
            cursor = con.execute(text, params)
            try:
                return [tuple(r) for r in cursor.fetchall()]
            except Exception:  # noqa: BLE001 - statements without rows
                return []

    return run


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
        env = dict(self.env)
        if os.environ.get("PGPASSFILE"):  # the test server's password, when it started after this profile
            env["PGPASSFILE"] = os.environ["PGPASSFILE"]
        return subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True, timeout=timeout)


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
