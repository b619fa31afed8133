"""The Monitoring & Reports dock: the monitoring figures of the open store at a base date, the trajectory
and plan-settings editors, and (as sections added to it) the reports and exports."""

from typing import Optional

from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtWidgets import QWidget

from ..core.translation import tr
from .dock import PluginDock
from .monitoring_panel import MonitoringPanel, help_text

OBJECT_NAME = "JLPMonitorMonitoringDock"
MINIMUM_WIDTH = 420

__all__ = ["OBJECT_NAME", "MonitoringDock", "help_text"]


class MonitoringDock(PluginDock):
    def __init__(self, canvas: Optional[QgsMapCanvas] = None, parent: Optional[QWidget] = None):
        super().__init__(
            OBJECT_NAME,
            tr("Monitoring & Reports"),
            "monitoring",
            help_text(),
            MonitoringPanel(canvas),
            parent,
        )
        # "&" would underline the next letter in menus; "&&" shows it as itself.
        self.toggleViewAction().setText(tr("Monitoring && Reports"))
        self.setMinimumWidth(MINIMUM_WIDTH)

    def add_section(self, title: str, widget: QWidget) -> int:
        """A tab of the dock (Reports, Exports…) that follows its store and base date."""
        return self.panel.add_section(title, widget)
