"""The Monitoring and Reports dock: the monitoring figures of the open store at a base date, the trajectory
and plan-settings editors, and (as sections added to it) the reports and exports."""

from typing import Optional

from qgis.core import Qgis
from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtWidgets import QWidget

from ..core.translation import tr
from .changes_panel import ChangesPanel
from .dock import PluginDock
from .evidence_panel import EvidencePanel
from .exports_panel import ExportsPanel
from .monitoring_panel import MonitoringPanel, help_text
from .reports_panel import ReportsPanel

OBJECT_NAME = "JLPMonitorMonitoringDock"
MINIMUM_WIDTH = 420

__all__ = ["OBJECT_NAME", "MonitoringDock", "help_text"]


class MonitoringDock(PluginDock):
    def __init__(self, canvas: Optional[QgsMapCanvas] = None, parent: Optional[QWidget] = None):
        super().__init__(
            OBJECT_NAME,
            tr("Monitoring and Reports"),
            "monitoring",
            help_text(),
            MonitoringPanel(canvas),
            parent,
        )
        # "&" would underline the next letter in menus; "&&" shows it as itself.
        self.toggleViewAction().setText(tr("Monitoring && Reports"))
        self.setMinimumWidth(MINIMUM_WIDTH)
        self.reports_panel = ReportsPanel()
        self.exports_panel = ExportsPanel()
        self.add_section(tr("Reports"), self.reports_panel)
        self.add_section(tr("Exports"), self.exports_panel)
        self.evidence_panel = EvidencePanel()
        self.evidence_index = self.add_section(tr("Evidence"), self.evidence_panel)
        self.evidence_panel.evidence_changed.connect(lambda: self.panel.recompute(reread=True))
        self.evidence_panel.message.connect(
            lambda text, warning: self.panel.tell(
                text, Qgis.MessageLevel.Warning if warning else Qgis.MessageLevel.Info
            )
        )
        self.changes_panel = ChangesPanel(canvas)
        self.add_section(tr("Changes"), self.changes_panel)

    def show_evidence(self, site_ref: Optional[str] = None, app_ref: Optional[str] = None) -> bool:
        """Open the Evidence section at a site (site_ref) or a permission (app_ref), as the map asks."""
        self.setVisible(True)
        self.raise_()
        self.panel.tabs.setCurrentIndex(self.evidence_index)
        return self.evidence_panel.show_subject(site_ref, app_ref)

    def add_section(self, title: str, widget: QWidget) -> int:
        """A tab of the dock (Reports, Exports…) that follows its store and base date."""
        return self.panel.add_section(title, widget)
