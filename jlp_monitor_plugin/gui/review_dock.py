"""The Review dock: where the review queue of doubtful tags will be worked through on the map."""

from typing import Optional

from qgis.gui import QgsDockWidget, QgsPanelWidget, QgsPanelWidgetStack
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtWidgets import QWidget

from ..core.store import Store
from ..core.translation import tr
from ..resources import icon
from . import load_ui

OBJECT_NAME = "JLPMonitorReviewDock"

FORM_CLASS = load_ui("review_panel.ui")


def help_text() -> str:
    return tr(
        "Review: the permissions and completions whose tag to an allocation site is doubtful, for you to "
        "check on the map and decide."
    )


class ReviewPanel(QgsPanelWidget, FORM_CLASS):
    """Says what the review queue will hold and which store it will read."""

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setupUi(self)
        self.setPanelTitle(tr("Review"))
        font = QFont(self.titleLabel.font())
        font.setBold(True)
        self.titleLabel.setFont(font)
        self.titleLabel.setText(tr("Review queue — coming soon"))
        self.descriptionLabel.setText(
            tr(
                "This panel will hold the review queue of doubtful tags — multiple sites, partial overlaps, "
                "near misses, location conflicts, missing geometry — grouped by reason, for you to accept, "
                "reassign on the map, untag or lock, with every change audited and undoable."
            )
        )
        self.set_store(None)

    def set_store(self, store: Optional[Store]) -> None:
        if store is None:
            self.storeLabel.setText(tr("No monitoring store open (JLP Monitor ▸ Open monitoring store…)."))
            self.storeLabel.setToolTip("")
        else:
            self.storeLabel.setText(tr("Store: {}").format(store.name))
            self.storeLabel.setToolTip(store.path)


class ReviewDock(QgsDockWidget):
    """A thin dock around the Review panel."""

    ICON = "review"

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(tr("Review"), parent)
        self.setObjectName(OBJECT_NAME)
        self.setWhatsThis(help_text())
        self.panel = ReviewPanel()
        self.stack = QgsPanelWidgetStack()
        self.stack.setMainPanel(self.panel)
        self.setWidget(self.stack)
        action = self.toggleViewAction()
        action.setObjectName(OBJECT_NAME + "Toggle")
        action.setIcon(icon(self.ICON))
        action.setToolTip(help_text())
        action.setStatusTip(help_text())

    def set_store(self, store: Optional[Store]) -> None:
        self.panel.set_store(store)
