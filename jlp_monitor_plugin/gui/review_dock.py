"""The Review dock: where the review queue of doubtful tags will be worked through on the map."""

from typing import Optional

from qgis.PyQt.QtWidgets import QWidget

from ..core.translation import tr
from .dock import PlaceholderPanel, PluginDock

OBJECT_NAME = "JLPMonitorReviewDock"


def help_text() -> str:
    return tr(
        "Review: the permissions and completions whose tag to an allocation site is doubtful, for you to "
        "check on the map and decide."
    )


class ReviewDock(PluginDock):
    def __init__(self, parent: Optional[QWidget] = None):
        panel = PlaceholderPanel(
            tr("Review"),
            tr("Review queue — coming soon"),
            tr(
                "This panel will hold the review queue of doubtful tags — multiple sites, partial overlaps, "
                "near misses, location conflicts, missing geometry — grouped by reason, for you to accept, "
                "reassign on the map, untag or lock, with every change audited and undoable."
            ),
        )
        super().__init__(OBJECT_NAME, tr("Review"), "review", help_text(), panel, parent)
