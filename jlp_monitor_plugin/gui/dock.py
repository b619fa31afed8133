"""What every JLP Monitor dock shares: a thin QgsDockWidget around a panel stack, with its toggle
action named and iconned, the panels' one-message-at-a-time message bar, and a placeholder panel for
docks whose content is still to come."""

import logging
from typing import Optional

from qgis.core import Qgis
from qgis.gui import QgsDockWidget, QgsMessageBar, QgsPanelWidget, QgsPanelWidgetStack
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtWidgets import QLabel, QWidget

from ..core.store import Store
from ..resources import icon
from . import load_ui, show_store

LOG = logging.getLogger(__name__)

MESSAGE_SECONDS = 8  # how long information and success stay in a panel's message bar


def tell(bar: QgsMessageBar, title: str, text: str, level=Qgis.MessageLevel.Info) -> None:
    """One message at a time in a panel's message bar (warnings stay until closed), logged too."""
    bar.clearWidgets()
    duration = MESSAGE_SECONDS if level in (Qgis.MessageLevel.Info, Qgis.MessageLevel.Success) else 0
    bar.pushMessage(title, text, level, duration)
    LOG.info("%s: %s", title, text)


def message_text(bar: QgsMessageBar) -> str:
    """The text of the message ``bar`` shows now ("" when none)."""
    item = bar.currentItem()
    return item.text() if item is not None else ""


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
