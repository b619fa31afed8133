"""The Review dock: the review queue of doubtful tags, worked through on the map."""

from typing import List, Optional

from qgis.gui import QgsMapCanvas, QgsMapTool
from qgis.PyQt.QtWidgets import QWidget

from ..core.translation import tr
from .dock import PluginDock
from .review_panel import ReviewPanel

OBJECT_NAME = "JLPMonitorReviewDock"
MINIMUM_WIDTH = 380


def help_text() -> str:
    return tr(
        "Review: the permissions and completions whose tag to an allocation site is doubtful, grouped by "
        "reason. Select one to see it and its candidate site on the map, then accept the candidate, "
        "confirm the tag as it is, assign it by clicking a site, untag or lock it — each with a reason, "
        "audited and undoable. Tag store runs the automatic tagging in the background."
    )


class ReviewDock(PluginDock):
    def __init__(self, canvas: Optional[QgsMapCanvas], parent: Optional[QWidget] = None):
        super().__init__(OBJECT_NAME, tr("Review"), "review", help_text(), ReviewPanel(canvas), parent)
        self.setMinimumWidth(MINIMUM_WIDTH)

    @property
    def map_tools(self) -> List[QgsMapTool]:
        """The map tools the dock installs, for the plugin to unset at unload."""
        return [self.panel.site_picker] if self.panel.site_picker is not None else []
