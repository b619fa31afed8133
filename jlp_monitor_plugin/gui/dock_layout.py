"""Where the plugin's docks stand in QGIS's main window: on first use one tab group on the right (made
again once QGIS has restored its saved window layout, which knows nothing of them yet), wide enough to
read, Review in front; and which docks a project opens with (recorded in the project)."""

from typing import Callable, List

from qgis.core import QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt, QTimer

from ..core import user_settings
from ..core.project import read_dock_state, write_dock_state

DOCK_WIDTH = 560  # px: the review queue's and the figures' key columns readable without scrolling


class DockLayout:
    """Arranges ``docks`` (the first holds the tab group) in ``iface``'s main window; ``front`` is the
    dock brought to the front of the group when it is open."""

    def __init__(self, iface, docks: List[QgsDockWidget], front: QgsDockWidget):
        self.iface = iface
        self.docks = list(docks)
        self.front = front

    def place(self, connect: Callable) -> None:
        """Tab the docks now and, unless QGIS's saved layout already places them, arrange them again once
        QGIS is up; ``connect(signal, slot)`` is the plugin's, so unload disconnects it."""
        self.tabify()
        if not self.in_saved_layout():
            # First use: QGIS restores its saved window layout after loading the plugins, and a layout
            # saved without our docks splits a tab group made now into a column of three docks. They are
            # arranged again once QGIS is up (then QGIS saves them with its layout, and later starts
            # restore them as the officer left them); when the plugin is enabled later, right away.
            QTimer.singleShot(0, self.arrange)
            started = getattr(self.iface, "initializationCompleted", None)
            if started is not None:
                connect(started, self.arrange)

    def clear(self) -> None:
        """Forget the docks (the plugin unloads them): a pending arrangement does nothing."""
        self.docks = []

    def in_saved_layout(self) -> bool:
        """Whether QGIS's saved window layout already places our docks (saved by a previous session)."""
        state = user_settings.qgis_window_state()
        try:
            data = bytes(state) if state is not None else b""
        except TypeError:
            return False
        # QMainWindow.saveState writes each dock's objectName as UTF-16.
        return self.front.objectName().encode("utf-16-be") in data

    def tabify(self) -> None:
        """The docks as tabs of one group on the right: each gets the column's full height."""
        main_window = self.iface.mainWindow()
        for dock in self.docks:
            if main_window.dockWidgetArea(dock) == Qt.DockWidgetArea.NoDockWidgetArea:
                main_window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        for dock in self.docks[1:]:
            main_window.tabifyDockWidget(self.docks[0], dock)

    def arrange(self) -> None:
        """Put the docks in one tab group on the right, wide enough to read, with ``front`` in front."""
        if not self.docks or sip.isdeleted(self.docks[0]):
            return  # unloaded meanwhile
        self.tabify()
        main_window = self.iface.mainWindow()
        main_window.resizeDocks([self.docks[0]], [DOCK_WIDTH], Qt.Orientation.Horizontal)
        self.raise_front()

    def raise_front(self) -> None:
        """Bring ``front`` to the front of the tab group when it is open (the day's work starts there),
        else the first open dock."""
        shown = [dock for dock in self.docks if not dock.isHidden()]
        front = self.front if self.front in shown else (shown[0] if shown else None)
        if front is not None:
            front.raise_()

    def _names(self) -> List[str]:
        return [dock.objectName() for dock in self.docks]

    def restore_visibility(self, project: QgsProject, has_store: bool) -> None:
        """Show the docks the project recorded as open; a project that records nothing about them but has
        a store opens all of them (tabbed)."""
        recorded = read_dock_state(project, self._names())
        for dock in self.docks:
            visible = recorded[dock.objectName()]
            if visible is None:
                visible = has_store
            dock.setVisible(bool(visible))
        self.raise_front()

    def save_visibility(self, project: QgsProject, has_store: bool) -> None:
        """Record in the project which docks are open; a project that never involved JLP Monitor (no
        store, no dock open or recorded) is saved without any of our entries."""
        involved = (
            has_store
            or any(not dock.isHidden() for dock in self.docks)
            or any(v is not None for v in read_dock_state(project, self._names()).values())
        )
        if not involved:
            return
        # isHidden, not isVisible: a dock stays "open" while the main window is minimised or it is a
        # background tab.
        write_dock_state(project, {dock.objectName(): not dock.isHidden() for dock in self.docks})
