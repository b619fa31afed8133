"""The project remembers its store relative to the project file (issue 14, item 4): a copied project
folder works on its own copy of the store, a moved one still opens its store; the docks show the
store's full location (never a password)."""

import shutil
import zipfile

import pytest
import test_gui
from qgis.core import Qgis, QgsProject

from jlp_monitor_plugin.core.project import SCOPE, STORE_KEY, load_store_layers
from jlp_monitor_plugin.core.store import Store
from jlp_monitor_plugin.core.store_base import StoreError

store_path = test_gui.store_path


def _entry(project_file):
    """The store entry as written in the .qgz."""
    with zipfile.ZipFile(project_file) as archive:
        text = archive.read(next(n for n in archive.namelist() if n.endswith(".qgs"))).decode("utf-8")
    start = text.index("<{}>".format(SCOPE))
    section = text[start : text.index("</{}>".format(SCOPE))]
    tag = '<{} type="QString">'.format(STORE_KEY)
    return section[section.index(tag) + len(tag) : section.index("</{}>".format(STORE_KEY))]


def test_a_copied_project_folder_opens_its_own_store_and_a_moved_one_opens(
    plugin, iface, tmp_path, store_path
):
    original = tmp_path / "office" / "jlp"
    original.mkdir(parents=True)
    store_file = original / "monitoring.gpkg"
    shutil.copy(store_path, store_file)
    project = QgsProject.instance()
    plugin.open_store(str(store_file))  # before the project has a file name, as an officer does
    project_file = original / "monitoring.qgz"
    assert project.write(str(project_file))
    assert _entry(project_file) == "./monitoring.gpkg"
    project.clear()

    copied = tmp_path / "laptop" / "jlp"
    shutil.copytree(original, copied)
    assert project.read(str(copied / "monitoring.qgz"))
    assert plugin.context.store.path == str(copied / "monitoring.gpkg")
    label = plugin.sites_dock.panel.storeLabel.text()
    assert label == "Store: {}".format(copied / "monitoring.gpkg")
    assert plugin.monitoring_dock.panel.storeLabel.text() == label
    assert plugin.review_dock.panel.storeLabel.text() == label
    assert len(plugin.sites_dock.panel.shown_site_refs()) == 4
    project.clear()

    moved = tmp_path / "archive" / "jlp"
    moved.parent.mkdir()
    shutil.move(str(original), str(moved))
    assert project.read(str(moved / "monitoring.qgz"))
    assert plugin.context.store is not None and plugin.context.store.path == str(moved / "monitoring.gpkg")
    assert len(plugin.sites_dock.panel.shown_site_refs()) == 4
    assert not iface.messageBar().get_messages(Qgis.Warning)

    # Saved elsewhere ("Save As" in another folder): still the same store, by a path that fits there.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    assert project.write(str(elsewhere / "copy.qgz"))
    assert _entry(elsewhere / "copy.qgz") == "../archive/jlp/monitoring.gpkg"


def test_an_older_project_with_an_absolute_path_moved_elsewhere_finds_its_store(plugin, tmp_path, store_path):
    """Saved before the path was kept relative: the store is found where QGIS found its layers."""
    folder = tmp_path / "old" / "jlp"
    folder.mkdir(parents=True)
    shutil.copy(store_path, folder / "monitoring.gpkg")
    project = QgsProject.instance()
    plugin.open_store(str(folder / "monitoring.gpkg"))
    plugin.context.clear()  # as the plugin of before: nothing rewrites the entry when saving
    project.writeEntry(SCOPE, STORE_KEY, str(folder / "monitoring.gpkg"))
    assert project.write(str(folder / "monitoring.qgz"))
    assert _entry(folder / "monitoring.qgz") == str(folder / "monitoring.gpkg")
    project.clear()
    moved = tmp_path / "new" / "jlp"
    moved.parent.mkdir()
    shutil.move(str(folder), str(moved))
    assert project.read(str(moved / "monitoring.qgz"))
    assert plugin.context.store is not None and plugin.context.store.path == str(moved / "monitoring.gpkg")


def test_a_project_set_to_absolute_paths_keeps_the_absolute_path(plugin, tmp_path, store_path):
    project = QgsProject.instance()
    project.setFilePathStorage(Qgis.FilePathType.Absolute)
    plugin.open_store(store_path)
    assert project.write(str(tmp_path / "absolute.qgz"))
    assert _entry(tmp_path / "absolute.qgz") == store_path


def test_a_headless_project_records_the_store_relative_when_named_first(qgis_app, tmp_path, store_path):
    """As scripts/make_demo_project.py does: the project named, then the store's layers loaded."""
    shutil.copy(store_path, tmp_path / "demo.gpkg")
    project = QgsProject()
    project.setFileName(str(tmp_path / "demo.qgz"))
    load_store_layers(Store.open(str(tmp_path / "demo.gpkg")), project)
    assert project.write()
    assert _entry(tmp_path / "demo.qgz") == "./demo.gpkg"


def test_a_postgis_store_is_shown_by_schema_database_and_server_without_its_password(qgis_app):
    # A password in the store text is refused outright (tests/qgis/test_atomic.py); the login comes from
    # pgpass or a service file, and the docks show where the store is, never how to log in.
    store = Store("postgresql://officer@gis-db.example.gov.uk:5433/planning?schema=jlp_monitor")
    assert (
        store.where == "schema jlp_monitor of database planning on gis-db.example.gov.uk:5433 (user officer)"
    )
    assert Store("service=jlp schema=jlp_monitor").where == "schema jlp_monitor on service jlp"
    with pytest.raises(StoreError) as refused:
        Store("postgresql://officer:s3cret-pw@gis-db.example.gov.uk:5433/planning?schema=jlp_monitor")
    assert "s3cret" not in str(refused.value)
