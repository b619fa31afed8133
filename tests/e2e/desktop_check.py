"""Run inside the real QGIS desktop (qgis --code): waits for the demo project, checks the plugin and
its docks, saves a screenshot, writes the findings to $JLP_E2E_RESULT as JSON, and quits."""

import json
import os
import sys

import qgis.utils
from qgis.core import Qgis, QgsProject
from qgis.gui import QgsGui
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QDockWidget, QTabBar, QTableView, QToolBar
from qgis.utils import iface

RESULT = os.environ["JLP_E2E_RESULT"]
SCREENSHOT = os.environ["JLP_E2E_SCREENSHOT"]
DOCKS = ["JLPMonitorSitesDock", "JLPMonitorReviewDock", "JLPMonitorMonitoringDock"]


def check():
    window = iface.mainWindow()
    findings = {
        "plugin_loaded": "jlp_monitor_plugin" in qgis.utils.plugins,
        "plugin_file": getattr(sys.modules.get("jlp_monitor_plugin"), "__file__", None),
        "active_plugins": sorted(qgis.utils.active_plugins),
        "project_layers": sorted(layer.name() for layer in QgsProject.instance().mapLayers().values()),
        "toolbar": bool(window.findChild(QToolBar, "JLPMonitorToolbar")),
        "docks": {},
    }
    for name in DOCKS:
        dock = window.findChild(QDockWidget, name)
        findings["docks"][name] = (
            None
            if dock is None
            else {
                "visible": dock.isVisible(),
                "open": not dock.isHidden(),
                "title": dock.windowTitle(),
                "area": int(window.dockWidgetArea(dock)),
                "tabified_with": sorted(d.objectName() for d in window.tabifiedDockWidgets(dock)),
            }
        )
    for bar in window.findChildren(QTabBar):
        titles = [bar.tabText(i) for i in range(bar.count())]
        if "Review" in titles and "Sites" in titles:
            findings["dock_tabs"] = titles
            findings["front_dock_tab"] = bar.tabText(bar.currentIndex())
    sites = window.findChild(QDockWidget, "JLPMonitorSitesDock")
    table = sites.findChild(QTableView) if sites else None
    # Warnings and errors; QGIS 3.40 also reports its own finished tasks ("Task complete: ...") as successes.
    shown = [(m.level(), "{}: {}".format(m.title(), m.text())) for m in iface.messageBar().items()]
    findings["messages"] = [text for level, text in shown if level in (Qgis.Warning, Qgis.Critical)]
    findings["notices"] = [text for level, text in shown if level not in (Qgis.Warning, Qgis.Critical)]
    findings["sites_rows"] = table.model().rowCount() if table is not None and table.model() else None
    findings["screenshot"] = iface.mainWindow().grab().save(SCREENSHOT)
    findings["overview_extent"] = iface.mapCanvas().extent().toString(0)
    check_tag_actions(findings)
    # The review queue's first item, as an officer starts the day: highlighted, with its details.
    review = window.findChild(QDockWidget, "JLPMonitorReviewDock")
    if review is not None and review.panel.queue():
        review.raise_()
        review.panel.select_items([review.panel.queue()[0]])
        findings["review_details"] = review.panel.detailsLabel.text()
        findings["review_legend"] = review.panel.legendLabel.text()
    QTimer.singleShot(2500, lambda: after_review(findings, table))


def check_tag_actions(findings):
    """Item 3 of issue 14: the tag fields are read-only, and Retag… / Tag history are offered for any
    permission or completion of the map (identify results, attribute table)."""
    for layer in QgsProject.instance().mapLayers().values():
        if layer.name() not in ("Permissions", "Completions"):
            continue
        config = layer.editFormConfig()
        findings.setdefault("tag_fields_read_only", {})[layer.name()] = all(
            config.readOnly(layer.fields().indexFromName(name))
            for name in ("site_ref", "tag_method", "tag_overlap", "tag_review", "tag_candidate", "tag_locked")
        )
        findings.setdefault("feature_actions", {})[layer.name()] = [
            action.text() for action in QgsGui.mapLayerActionRegistry().mapLayerActions(layer)
        ]


def after_review(findings, table):
    findings["review_screenshot"] = iface.mainWindow().grab().save(SCREENSHOT.replace(".png", "_review.png"))
    sites = iface.mainWindow().findChild(QDockWidget, "JLPMonitorSitesDock")
    if sites is not None:
        sites.raise_()
    if table is not None and table.model() and table.model().rowCount():
        table.selectRow(0)  # zoom to the first site, as an officer would
    QTimer.singleShot(3000, lambda: finish(findings))


def finish(findings):
    QApplication.processEvents()
    findings["site_screenshot"] = iface.mainWindow().grab().save(SCREENSHOT.replace(".png", "_site.png"))
    findings["site_extent"] = iface.mapCanvas().extent().toString(0)
    # The Monitoring and Reports dock, as an officer opens it: the figures are computed in the background.
    monitoring = iface.mainWindow().findChild(QDockWidget, "JLPMonitorMonitoringDock")
    if monitoring is not None:
        monitoring.setVisible(True)
        monitoring.raise_()
        monitoring.panel.tabs.setCurrentWidget(monitoring.panel.supplyTab)
    QTimer.singleShot(5000, lambda: finish_monitoring(findings, monitoring))


def finish_monitoring(findings, monitoring):
    QApplication.processEvents()
    if monitoring is not None:
        findings["monitoring_years"] = monitoring.panel.yearsLabel.text()
        findings["monitoring_tabs"] = [
            monitoring.panel.tabs.tabText(i) for i in range(monitoring.panel.tabs.count())
        ]
        findings["monitoring_screenshot"] = (
            iface.mainWindow().grab().save(SCREENSHOT.replace(".png", "_monitoring.png"))
        )
        monitoring.panel.tabs.setCurrentWidget(monitoring.panel.chartTab)
        QApplication.processEvents()
        findings["chart_screenshot"] = (
            iface.mainWindow().grab().save(SCREENSHOT.replace(".png", "_chart.png"))
        )
        check_print_layouts(findings, monitoring)
        return
    write_and_quit(findings)


def check_print_layouts(findings, monitoring):
    """Reports ▸ Open as print layout, as the officer clicks it: the layouts are added to the project and
    the overview opens in the layout designer; the others are opened too. QGIS must draw them (legends
    included) and keep running."""
    panel = monitoring.reports_panel
    for index in range(monitoring.panel.tabs.count()):
        if monitoring.panel.tabs.tabText(index) == "Reports":
            monitoring.panel.tabs.setCurrentIndex(index)
    QApplication.processEvents()
    panel.layoutButton.click()
    QApplication.processEvents()
    layouts = QgsProject.instance().layoutManager().printLayouts()
    findings["print_layouts"] = [layout.name() for layout in layouts]
    for layout in layouts[1:]:
        iface.openLayoutDesigner(layout)
    QTimer.singleShot(6000, lambda: after_designers(findings))


def after_designers(findings):
    QApplication.processEvents()
    designers = iface.openLayoutDesigners()
    findings["layout_designers"] = len(designers)
    if designers:
        window = designers[0].window()
        window.resize(1400, 900)
        window.raise_()
        QApplication.processEvents()
        findings["layout_screenshot"] = window.grab().save(SCREENSHOT.replace(".png", "_layout.png"))
    for designer in designers:
        designer.close()
    QApplication.processEvents()
    findings["running_after_layouts"] = True
    QTimer.singleShot(1000, lambda: check_import(findings))


def check_import(findings):
    """The Import dialog with the demo's building-control workbook: the target it suggests, and Enter
    in the file box (which reads the file and must not start an import)."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    plugin = qgis.utils.plugins["jlp_monitor_plugin"]
    dialog = plugin.import_data()
    path = os.path.join(QgsProject.instance().homePath(), "extracts", "building_control_completions.xlsx")
    dialog.resize(1200, 800)
    dialog.fileEdit.setFocus()
    dialog.fileEdit.setText(path)
    QTest.keyClick(dialog.fileEdit, Qt.Key.Key_Return)
    QApplication.processEvents()
    findings["import_running_after_enter"] = dialog.running
    findings["import_target"] = dialog.target
    findings["import_hint"] = dialog.targetHintLabel.text()
    QTimer.singleShot(1500, lambda: finish_import(findings, dialog))


def finish_import(findings, dialog):
    QApplication.processEvents()
    findings["import_screenshot"] = dialog.grab().save(SCREENSHOT.replace(".png", "_import.png"))
    findings["import_undo_enabled"] = dialog.undoButton.isEnabled()
    dialog.close()
    write_and_quit(findings)


def write_and_quit(findings):
    with open(RESULT, "w", encoding="utf-8") as handle:
        json.dump(findings, handle, indent=2)
    QgsProject.instance().setDirty(False)
    QApplication.instance().exit(0)


iface.mainWindow().resize(1920, 1080)  # Xvfb has no window manager to maximise it
QTimer.singleShot(6000, check)
