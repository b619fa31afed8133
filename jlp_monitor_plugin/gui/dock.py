"""What every JLP Monitor dock shares: a thin QgsDockWidget around a panel stack, with its toggle
action named and iconned, and a placeholder panel for docks whose content is still to come."""

from typing import Optional

from qgis.gui import QgsDockWidget, QgsPanelWidget, QgsPanelWidgetStack
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtWidgets import QLabel, QWidget

from ..core.store import Store
from ..resources import icon
from . import load_ui, show_store


def wrap_labels(widget: QWidget) -> None:
    """Every label of ``widget`` wraps: a message never runs off the edge of a narrow dock."""
    for label in widget.findChildren(QLabel):
        if label.pixmap() is None or label.pixmap().isNull():
            label.setWordWrap(True)


class PluginDock(QgsDockWidget):
    """A dock holding one main panel that follows the current store (``panel.set_store``)."""

    def __init__(
        self,
        object_name: str,
        title: str,
        icon_name: str,
        help_text: str,
        panel: QgsPanelWidget,
        parent: Optional[QWidget] = None,
    ):
        super().__init__(title, parent)
        self.setObjectName(object_name)
        self.setWhatsThis(help_text)
        self.panel = panel
        self.stack = QgsPanelWidgetStack()
        self.stack.setMainPanel(self.panel)
        self.setWidget(self.stack)
        wrap_labels(self.panel)
        action = self.toggleViewAction()
        action.setObjectName(object_name + "Toggle")
        action.setIcon(icon(icon_name))
        action.setToolTip(help_text)
        action.setStatusTip(help_text)

    def set_store(self, store: Optional[Store]) -> None:
        self.panel.set_store(store)


class PlaceholderPanel(QgsPanelWidget, load_ui("placeholder_panel.ui")):
    """Says what a dock will hold and which store it will read."""

    def __init__(self, panel_title: str, heading: str, description: str, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setupUi(self)
        self.setPanelTitle(panel_title)
        font = QFont(self.titleLabel.font())
        font.setBold(True)
        self.titleLabel.setFont(font)
        self.titleLabel.setText(heading)
        self.descriptionLabel.setText(description)
        self.set_store(None)

    def set_store(self, store: Optional[Store]) -> None:
        show_store(self.storeLabel, store)
