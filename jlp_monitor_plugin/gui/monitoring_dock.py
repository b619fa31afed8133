"""The Monitoring & Reports dock: where the monitoring figures and the report will be produced."""

from typing import Optional

from qgis.gui import QgsDockWidget, QgsPanelWidget, QgsPanelWidgetStack
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtWidgets import QWidget

from ..core.store import Store
from ..core.translation import tr
from ..resources import icon
from . import load_ui

OBJECT_NAME = "JLPMonitorMonitoringDock"

FORM_CLASS = load_ui("monitoring_panel.ui")


def help_text() -> str:
    return tr(
        "Monitoring & Reports: the monitoring figures of the open store for a base date, and the annual "
        "monitoring report made from them."
    )


class MonitoringPanel(QgsPanelWidget, FORM_CLASS):
    """Says what the monitoring panel will hold and which store it will read."""

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setupUi(self)
        self.setPanelTitle(tr("Monitoring & Reports"))
        font = QFont(self.titleLabel.font())
        font.setBold(True)
        self.titleLabel.setFont(font)
        self.titleLabel.setText(tr("Monitoring & Reports — coming soon"))
        self.descriptionLabel.setText(
            tr(
                "This panel will hold completions by year, site progress, progress against the requirement, "
                "the five-year land supply, the Housing Delivery Test, the trajectory chart, and the "
                "monitoring reports."
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


class MonitoringDock(QgsDockWidget):
    """A thin dock around the Monitoring & Reports panel."""

    ICON = "monitoring"

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(tr("Monitoring & Reports"), parent)
        self.setObjectName(OBJECT_NAME)
        self.setWhatsThis(help_text())
        self.panel = MonitoringPanel()
        self.stack = QgsPanelWidgetStack()
        self.stack.setMainPanel(self.panel)
        self.setWidget(self.stack)
        action = self.toggleViewAction()
        action.setObjectName(OBJECT_NAME + "Toggle")
        # "&" would underline the next letter in menus; "&&" shows it as itself.
        action.setText(tr("Monitoring && Reports"))
        action.setIcon(icon(self.ICON))
        action.setToolTip(help_text())
        action.setStatusTip(help_text())

    def set_store(self, store: Optional[Store]) -> None:
        self.panel.set_store(store)
