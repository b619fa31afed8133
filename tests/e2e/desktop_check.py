"""Run inside the real QGIS desktop (qgis --code): waits for the demo project, checks the plugin and
its docks, saves a screenshot, writes the findings to $JLP_E2E_RESULT as JSON, and quits."""

import json
import os
import sys

import qgis.utils
from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QDockWidget, QTableView, QToolBar
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
            None if dock is None else {"visible": dock.isVisible(), "title": dock.windowTitle()}
        )
    sites = window.findChild(QDockWidget, "JLPMonitorSitesDock")
    table = sites.findChild(QTableView) if sites else None
    # Warnings and errors; QGIS 3.40 also reports its own finished tasks ("Task complete: ...") as successes.
    shown = [(m.level(), "{}: {}".format(m.title(), m.text())) for m in iface.messageBar().items()]
    findings["messages"] = [text for level, text in shown if level in (Qgis.Warning, Qgis.Critical)]
    findings["notices"] = [text for level, text in shown if level not in (Qgis.Warning, Qgis.Critical)]
    findings["sites_rows"] = table.model().rowCount() if table is not None and table.model() else None
    findings["screenshot"] = iface.mainWindow().grab().save(SCREENSHOT)
    findings["overview_extent"] = iface.mapCanvas().extent().toString(0)
    if table is not None and table.model() and table.model().rowCount():
        table.selectRow(0)  # zoom to the first site, as an officer would
    QTimer.singleShot(3000, lambda: finish(findings))


def finish(findings):
    QApplication.processEvents()
    findings["site_screenshot"] = iface.mainWindow().grab().save(SCREENSHOT.replace(".png", "_site.png"))
    findings["site_extent"] = iface.mapCanvas().extent().toString(0)
    # The Monitoring & Reports dock, as an officer opens it: the figures are computed in the background.
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
    with open(RESULT, "w", encoding="utf-8") as handle:
        json.dump(findings, handle, indent=2)
    QgsProject.instance().setDirty(False)
    QApplication.instance().exit(0)


iface.mainWindow().resize(1600, 1000)  # Xvfb has no window manager to maximise it
QTimer.singleShot(6000, check)
