"""The plugin in real QGIS offscreen, loaded as QGIS loads it: toolbar, menu, docks, opening a store,
the Sites list zooming the map, and the docks remembered with the project."""

import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import flush_deletes
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsSettings,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QObject, Qt
from qgis.PyQt.QtWidgets import QDockWidget, QMenu, QTabBar, QToolBar

from jlp_monitor_plugin import classFactory
from jlp_monitor_plugin.core import schema
from jlp_monitor_plugin.core.project import set_project_store, store_layer_in_project
from jlp_monitor_plugin.core.store import Store
from jlp_monitor_plugin.core.user_settings import QGIS_WINDOW_STATE as WINDOW_STATE_SETTING
from jlp_monitor_plugin.gui.sites_dock import CAPACITY_COLUMN, SITE_REF_COLUMN, SORT_ROLE

MENU = "&JLP Monitor"
DOCK_NAMES = ["JLPMonitorSitesDock", "JLPMonitorReviewDock", "JLPMonitorMonitoringDock"]

# Real JLP allocations (DOMAIN.md §1) on 400 m squares at their places, in EPSG:27700.
SITES = [
    # site_ref, site_name, lpa, policy_area, homes_capacity, (x, y) of the south-west corner
    ("PLY40", "Seaton Neighbourhood", "PLY", "PPA", 933, (249300, 58800)),
    ("PLY44", "Land at Woolwell", "SHA", "PPA", 2000, (251800, 61300)),
    ("TTV21", "Baltic Wharf, Totnes", "SHA", "TTV", 190, (280300, 60300)),
    ("TTV17", "Exeter Road, Okehampton", "WDE", "TTV", None, (258300, 94800)),
]


def _messages(iface, level):
    return iface.messageBar().get_messages(level)


def _add_sites(store):
    layer = store.layer(schema.ALLOCATIONS)
    features = []
    for site_ref, site_name, lpa, policy_area, capacity, (x, y) in SITES:
        feature = QgsFeature(layer.fields())
        feature["site_ref"] = site_ref
        feature["site_name"] = site_name
        feature["lpa"] = lpa
        feature["policy_area"] = policy_area
        if capacity is not None:
            feature["homes_capacity"] = capacity
        geometry = QgsGeometry.fromRect(QgsRectangle(x, y, x + 400, y + 400))
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
        features.append(feature)
    ok, _ = layer.dataProvider().addFeatures(features)
    assert ok


@pytest.fixture()
def store_path(qgis_app, tmp_path):
    """A store made by the plugin's store module, holding four real JLP allocation sites."""
    store = Store.create(str(tmp_path / "jlp_monitoring.gpkg"), "jlp")
    _add_sites(store)
    return store.path


def _table_rows(panel):
    proxy = panel.proxy
    return [
        [proxy.index(row, column).data() for column in range(proxy.columnCount())]
        for row in range(proxy.rowCount())
    ]


# -- loading and unloading ------------------------------------------------------------------------------


def test_load_and_unload_twice_leave_nothing_behind(iface, empty_project):
    registry = QgsApplication.processingRegistry()
    # Another test module's session fixture may have registered the provider already; then it must stay.
    registered_before = registry.providerById("jlpmonitor")
    main_window = iface.mainWindow()
    for _cycle in range(2):
        plugin = classFactory(iface)
        plugin.initGui()

        assert registry.providerById("jlpmonitor") is not None
        assert registry.algorithmById("jlpmonitor:createstore") is not None
        toolbar = main_window.findChild(QToolBar, "JLPMonitorToolbar")
        assert toolbar is not None
        toolbar_texts = [a.text() for a in toolbar.actions() if not a.isSeparator()]
        assert toolbar_texts == [
            "Open monitoring store…",
            "Create monitoring store…",
            "Import data…",
            "Sites",
            "Review",
            "Monitoring && Reports",
        ]
        menu_texts = (
            toolbar_texts[:2]
            + [
                "Open monitoring store on PostGIS…",
                "Create monitoring store on PostGIS…",
                "Copy monitoring store…",
            ]
            + toolbar_texts[2:]
            + ["User guide"]
        )
        assert [a.text() for a in iface.plugin_menus[MENU]] == menu_texts
        assert [a.text() for a in main_window.findChild(QMenu, "JLPMonitor").actions()] == menu_texts
        assert all(not a.icon().isNull() for a in iface.plugin_menus[MENU])
        assert all(a.isCheckable() for a in iface.plugin_menus[MENU][6:-1])
        docks = {d.objectName(): d for d in main_window.findChildren(QDockWidget)}
        for name in DOCK_NAMES:
            assert main_window.dockWidgetArea(docks[name]) == Qt.RightDockWidgetArea
            assert docks[name].whatsThis()
            assert docks[name].toggleViewAction().toolTip()
        # No store in the project: nothing of ours is shown.
        assert all(docks[name].isHidden() for name in DOCK_NAMES)

        plugin.unload()
        flush_deletes()

        if registered_before is None:
            assert registry.providerById("jlpmonitor") is None
        else:
            assert registry.providerById("jlpmonitor") is registered_before
        leftovers = [
            o.objectName()
            for o in main_window.findChildren(QObject)
            if o.objectName().startswith("JLPMonitor")
        ]
        assert leftovers == []
        assert MENU not in iface.plugin_menus


# -- opening a store -----------------------------------------------------------------------------------


def test_opening_a_store_lists_its_sites(plugin, iface, store_path):
    store = plugin.open_store(store_path)

    assert store is not None and plugin.context.store.path == store_path
    panel = plugin.sites_dock.panel
    assert not plugin.sites_dock.isHidden()
    assert panel.pages.currentWidget() is panel.sitesPage
    headers = [panel.proxy.headerData(c, Qt.Horizontal) for c in range(panel.proxy.columnCount())]
    assert headers == ["Site ref", "LPA", "Policy area", "Capacity", "Name"]
    assert _table_rows(panel) == [
        ["PLY40", "PLY", "PPA", "933", "Seaton Neighbourhood"],
        ["PLY44", "SHA", "PPA", "2,000", "Land at Woolwell"],
        ["TTV17", "WDE", "TTV", "", "Exeter Road, Okehampton"],
        ["TTV21", "SHA", "TTV", "190", "Baltic Wharf, Totnes"],
    ]
    assert panel.statusLabel.text() == "4 allocations · capacity 3,123"
    capacity = panel.proxy.index(0, CAPACITY_COLUMN)
    assert capacity.data(Qt.TextAlignmentRole) & Qt.AlignRight

    # The layers are in the project, and the officer is told what was loaded.
    assert store_layer_in_project(QgsProject.instance(), store_path, schema.ALLOCATIONS) is not None
    assert any(
        "Loaded store jlp_monitoring: 4 allocations, 0 permissions, 0 completions" in m
        for m in _messages(iface, Qgis.Success)
    )
    # The other docks name the store they will read.
    assert "jlp_monitoring" in plugin.review_dock.panel.storeLabel.text()
    assert "jlp_monitoring" in plugin.monitoring_dock.panel.storeLabel.text()


def test_capacity_sorts_as_a_number_and_the_filter_narrows_the_list(plugin, store_path):
    plugin.open_store(store_path)
    panel = plugin.sites_dock.panel

    panel.table.sortByColumn(CAPACITY_COLUMN, Qt.DescendingOrder)
    assert panel.shown_site_refs() == ["PLY44", "PLY40", "TTV21", "TTV17"]
    assert panel.proxy.index(0, CAPACITY_COLUMN).data(SORT_ROLE) == 2000

    panel.filterEdit.setText("ttv")
    assert sorted(panel.shown_site_refs()) == ["TTV17", "TTV21"]
    assert panel.statusLabel.text() == "2 of 4 allocations · capacity 190"
    panel.filterEdit.setText("woolwell")
    assert panel.shown_site_refs() == ["PLY44"]


def test_without_a_store_the_sites_dock_says_what_to_do(plugin):
    panel = plugin.sites_dock.panel
    assert panel.pages.currentWidget() is panel.emptyPage
    assert "Open monitoring store" in panel.emptyLabel.text()
    assert "No monitoring store open" in plugin.review_dock.panel.storeLabel.text()
    assert "review queue" in plugin.review_dock.panel.descriptionLabel.text()
    assert "five-year land supply" in plugin.monitoring_dock.panel.emptyLabel.text()


def test_selecting_a_site_zooms_the_map_to_it_and_selects_it(plugin, store_path, qgis_canvas):
    # A canvas in another CRS than the store: the site's extent is transformed.
    canvas_crs = QgsCoordinateReferenceSystem("EPSG:3857")
    qgis_canvas.setDestinationCrs(canvas_crs)
    qgis_canvas.setExtent(QgsRectangle(-1e6, 6e6, 1e6, 8e6))
    plugin.open_store(store_path)
    panel = plugin.sites_dock.panel

    row = panel.shown_site_refs().index("TTV21")
    panel.table.selectRow(row)

    x, y = SITES[2][5]
    site = QgsRectangle(x, y, x + 400, y + 400)
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:27700"), canvas_crs, QgsProject.instance()
    )
    site_in_canvas = transform.transformBoundingBox(site)
    extent = qgis_canvas.extent()
    assert extent.contains(site_in_canvas)
    # Zoomed to the site, not merely somewhere that contains it.
    assert extent.width() < 4 * site_in_canvas.width() or extent.height() < 4 * site_in_canvas.height()

    allocations = store_layer_in_project(QgsProject.instance(), store_path, schema.ALLOCATIONS)
    selected = [f["site_ref"] for f in allocations.getSelectedFeatures()]
    assert selected == ["TTV21"]
    assert panel.proxy.index(row, SITE_REF_COLUMN).data() == "TTV21"


# -- stores that cannot be opened ----------------------------------------------------------------------


def test_a_file_that_is_not_a_store_is_refused_in_the_message_bar(plugin, iface, store_path, tmp_path):
    plugin.open_store(store_path)
    not_a_store = tmp_path / "minutes.gpkg"
    not_a_store.write_text("Minutes of the monitoring meeting\n")

    assert plugin.open_store(str(not_a_store)) is None

    critical = _messages(iface, Qgis.Critical)
    assert len(critical) == 1 and "minutes.gpkg is not a GeoPackage" in critical[0]
    assert plugin.context.store.path == store_path
    assert len(plugin.sites_dock.panel.shown_site_refs()) == 4


def test_a_store_missing_site_ref_is_refused_naming_layer_and_field(plugin, iface, store_path, tmp_path):
    plugin.open_store(store_path)
    # Allocations exported by another tool, with the site reference under another name.
    source = QgsVectorLayer(
        "MultiPolygon?crs=EPSG:27700&field=ref:string&field=lpa:string&field=policy_area:string",
        "allocations",
        "memory",
    )
    feature = QgsFeature(source.fields())
    feature.setAttributes(["PLY40", "PLY", "PPA"])
    feature.setGeometry(
        QgsGeometry.fromWkt("MultiPolygon(((249300 58800, 249700 58800, 249700 59200, 249300 58800)))")
    )
    source.dataProvider().addFeatures([feature])
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "allocations"
    bad_path = str(tmp_path / "other_tool.gpkg")
    error = QgsVectorFileWriter.writeAsVectorFormatV2(
        source, bad_path, QgsCoordinateTransformContext(), options
    )
    assert error[0] == QgsVectorFileWriter.NoError

    assert plugin.open_store(bad_path) is None

    critical = _messages(iface, Qgis.Critical)
    assert len(critical) == 1
    assert "Layer 'allocations'" in critical[0] and "required field 'site_ref'" in critical[0]
    assert plugin.context.store.path == store_path
    assert store_layer_in_project(QgsProject.instance(), bad_path, schema.ALLOCATIONS) is None


# -- remembered with the project -----------------------------------------------------------------------


def test_dock_visibility_and_store_are_restored_with_the_project(plugin, store_path, tmp_path):
    plugin.open_store(store_path)
    plugin.sites_dock.setVisible(False)
    plugin.review_dock.setVisible(True)
    plugin.monitoring_dock.setVisible(False)
    project_path = str(tmp_path / "monitoring.qgs")
    assert QgsProject.instance().write(project_path)

    QgsProject.instance().clear()
    assert plugin.context.store is None
    assert plugin.sites_dock.panel.pages.currentWidget() is plugin.sites_dock.panel.emptyPage
    plugin.sites_dock.setVisible(True)
    plugin.review_dock.setVisible(False)
    plugin.monitoring_dock.setVisible(True)

    assert QgsProject.instance().read(project_path)

    assert plugin.sites_dock.isHidden()
    assert not plugin.review_dock.isHidden()
    assert plugin.monitoring_dock.isHidden()
    assert plugin.context.store is not None and plugin.context.store.path == store_path
    assert len(plugin.sites_dock.panel.shown_site_refs()) == 4


def test_a_project_open_before_the_plugin_shows_sites_with_its_store(
    iface, empty_project, store_path, tmp_path
):
    # Saved before the plugin was enabled: a store, but no dock entries.
    project_path = str(tmp_path / "before.qgs")
    set_project_store(empty_project, store_path)
    assert empty_project.write(project_path)

    plugin = classFactory(iface)
    plugin.initGui()
    try:
        # All three docks open, as tabs of one group, the Review dock in front.
        assert not any(dock.isHidden() for dock in plugin.docks)
        window = iface.mainWindow()
        assert set(window.tabifiedDockWidgets(plugin.sites_dock)) == {
            plugin.review_dock,
            plugin.monitoring_dock,
        }
        assert plugin.context.store.path == store_path
        assert plugin.sites_dock.panel.shown_site_refs()[0] == "PLY40"
    finally:
        plugin.unload()
        flush_deletes()


def _front_tab(window, dock_titles):
    """The title of the tab in front in the tab group holding the docks titled ``dock_titles``."""
    for bar in window.findChildren(QTabBar):
        titles = {bar.tabText(i) for i in range(bar.count())}
        if set(dock_titles) <= titles:
            return bar.tabText(bar.currentIndex())
    return None


def test_on_first_use_the_docks_open_tabbed_on_the_right_with_review_in_front(
    iface, empty_project, store_path, qgis_app
):
    QgsSettings().remove(WINDOW_STATE_SETTING)  # QGIS's saved layout knows nothing of our docks
    plugin = classFactory(iface)
    plugin.initGui()
    try:
        window = iface.mainWindow()
        window.show()
        # What QGIS does after loading the plugins: it restores its saved window layout, and that
        # splits a tab group made by the plugin into a column of docks (three docks in 420 px).
        window.splitDockWidget(plugin.sites_dock, plugin.review_dock, Qt.Vertical)
        window.splitDockWidget(plugin.review_dock, plugin.monitoring_dock, Qt.Vertical)
        assert window.tabifiedDockWidgets(plugin.sites_dock) == []
        plugin.open_store(store_path)
        qgis_app.processEvents()  # QGIS is up: the plugin arranges its docks once

        assert set(window.tabifiedDockWidgets(plugin.review_dock)) == {
            plugin.sites_dock,
            plugin.monitoring_dock,
        }
        assert all(window.dockWidgetArea(d) == Qt.RightDockWidgetArea for d in plugin.docks)
        assert not any(dock.isHidden() for dock in plugin.docks)
        titles = [dock.windowTitle() for dock in plugin.docks]
        assert _front_tab(window, titles) == "Review"
        # Once QGIS has saved its layout with our docks in it, a later start leaves them as they are.
        QgsSettings().setValue(WINDOW_STATE_SETTING, window.saveState())
        assert plugin.dock_layout.in_saved_layout()
    finally:
        QgsSettings().remove(WINDOW_STATE_SETTING)
        plugin.unload()
        flush_deletes()
        iface.mainWindow().hide()


def test_a_project_whose_store_is_gone_warns_without_failing(plugin, iface, tmp_path):
    project = QgsProject.instance()
    set_project_store(project, str(tmp_path / "moved_away.gpkg"))
    project_path = str(tmp_path / "old.qgs")
    assert project.write(project_path)
    project.clear()

    assert project.read(project_path)

    warnings = _messages(iface, Qgis.Warning)
    assert len(warnings) == 1 and "moved_away.gpkg" in warnings[0]
    assert plugin.context.store is None


def test_a_project_without_a_store_keeps_no_entries_and_shows_no_docks(plugin, tmp_path):
    project = QgsProject.instance()
    project_path = str(tmp_path / "unrelated.qgs")
    assert project.write(project_path)
    assert project.entryList("JLPMonitor", "docks") == []

    project.clear()
    plugin.sites_dock.setVisible(True)
    assert project.read(project_path)
    assert all(dock.isHidden() for dock in plugin.docks)


# -- the actions as the officer triggers them -----------------------------------------------------------


def test_open_action_asks_for_a_geopackage_and_opens_it(plugin, store_path, monkeypatch):
    asked = []

    def choose(parent, caption, folder, file_filter):
        asked.append(file_filter)
        return store_path, file_filter

    monkeypatch.setattr("jlp_monitor_plugin.plugin.QFileDialog.getOpenFileName", choose)
    open_action = next(a for a in plugin.actions if a.objectName() == "JLPMonitorOpenStoreAction")

    open_action.trigger()

    assert asked and "*.gpkg" in asked[0]
    assert plugin.context.store.path == store_path


def test_create_action_runs_the_new_plan_wizard_then_opens_the_store(plugin, tmp_path, monkeypatch):
    from jlp_monitor_plugin.gui.plan_wizard import PlanWizard

    new_path = str(tmp_path / "new_store.gpkg")
    shown = []

    def exec_wizard(wizard):
        # What the officer would do: start from the JLP plan, go through the pages, name the file, Finish.
        shown.append(wizard.windowTitle())
        wizard.show()
        wizard.start_from("jlp")
        wizard.storePage.fileWidget.setFilePath(new_path)
        for _page in range(5):
            wizard.next()
        return wizard.created_path is not None

    monkeypatch.setattr(PlanWizard, "exec", exec_wizard)
    create_action = next(a for a in plugin.actions if a.objectName() == "JLPMonitorCreateStoreAction")

    create_action.trigger()

    assert shown == ["Create monitoring store"]
    assert plugin.context.store.path == new_path
    assert plugin.context.store.plan_settings()["requirements"]["PLAN"]["total"] == 26700
    assert plugin.sites_dock.panel.statusLabel.text() == "No allocation sites in this store yet."


def test_ui_files_hold_layout_only():
    """Texts come from tr() in code (one translation context) and signals are connected in code."""
    ui_files = sorted(
        (Path(__file__).resolve().parents[2] / "jlp_monitor_plugin" / "gui" / "ui").glob("*.ui")
    )
    assert [p.name for p in ui_files] == [
        "exports_panel.ui",
        "history_panel.ui",
        "import_dialog.ui",
        "monitoring_panel.ui",
        "monitoring_settings.ui",
        "monitoring_trajectory.ui",
        "placeholder_panel.ui",
        "postgis_dialog.ui",
        "reports_panel.ui",
        "review_panel.ui",
        "sites_panel.ui",
    ]
    for path in ui_files:
        root = ET.parse(str(path)).getroot()
        assert [s.text for s in root.iter("string") if s.text] == [], path.name
        assert list(root.iter("connection")) == [], path.name


# -- PostGIS and copying ------------------------------------------------------------------------------


def test_the_plugin_copies_its_store_and_reopens_a_postgis_project_store(
    plugin, iface, qgis_app, postgis_uri, store_path, tmp_path
):
    from backends import new_schema_uri

    def run_copy(destination):
        outcome = []
        task = plugin.copy_store(destination=destination)
        task.copied.connect(lambda ok, text, message: outcome.append((ok, text, message)))
        deadline = time.monotonic() + 120
        while not outcome:
            assert time.monotonic() < deadline, "timed out"
            qgis_app.processEvents()
            time.sleep(0.02)
        return outcome[0]

    assert plugin.copy_store() is None  # no store open: a warning, nothing started
    source = plugin.open_store(store_path)
    ok, text, message = run_copy(new_schema_uri(postgis_uri, "plug"))
    assert ok, message
    assert iface.messageBar().messages[Qgis.Success][-1].endswith(message)
    # a project whose store is on PostGIS opens it again (there is no file to look for)
    store = plugin._open_project_store(text)
    assert store is not None and store.path == text
    assert store.counts() == source.counts()
    ok, copied, message = run_copy(str(tmp_path / "copy.gpkg"))
    assert ok and Store.open(copied).counts() == source.counts()


def test_the_help_entry_opens_the_user_guide(plugin, monkeypatch):
    opened = []
    monkeypatch.setattr(
        "jlp_monitor_plugin.plugin.QDesktopServices.openUrl", lambda url: opened.append(url) or True
    )
    action = next(a for a in plugin.menu_actions if a.objectName() == "JLPMonitorHelpAction")
    assert action.text() == "User guide"

    action.trigger()

    assert len(opened) == 1 and opened[0].isLocalFile()
    guide = Path(opened[0].toLocalFile())
    assert guide.name == "user_guide.md" and guide.is_file()
    text = guide.read_text(encoding="utf-8")
    for step in ("Open or create the store", "Import", "Tag", "Review", "Monitor", "Report"):
        assert step in text, step
