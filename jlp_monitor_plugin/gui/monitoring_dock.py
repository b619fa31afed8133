"""The Monitoring & Reports dock: where the monitoring figures and the report will be produced."""

from typing import Optional

from qgis.PyQt.QtWidgets import QWidget

from ..core.translation import tr
from .dock import PlaceholderPanel, PluginDock

OBJECT_NAME = "JLPMonitorMonitoringDock"


def help_text() -> str:
    return tr(
        "Monitoring & Reports: the monitoring figures of the open store for a base date, and the annual "
        "monitoring report made from them."
    )


class MonitoringDock(PluginDock):
    def __init__(self, parent: Optional[QWidget] = None):
        panel = PlaceholderPanel(
            tr("Monitoring & Reports"),
            tr("Monitoring & Reports — coming soon"),
            tr(
                "This panel will hold completions by year, site progress, progress against the requirement, "
                "the five-year land supply, the Housing Delivery Test, the trajectory chart, and the "
                "monitoring reports."
            ),
        )
        super().__init__(OBJECT_NAME, tr("Monitoring & Reports"), "monitoring", help_text(), panel, parent)
        # "&" would underline the next letter in menus; "&&" shows it as itself.
        self.toggleViewAction().setText(tr("Monitoring && Reports"))
