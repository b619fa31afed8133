"""The plugin QGIS loads: Processing provider, toolbar, menu and docks — and nothing left after unload."""

import logging
import os
from typing import Any, Callable, List, Optional, Tuple

from qgis.core import QgsApplication, QgsProject
from qgis.gui import QgsDockWidget, QgsMapTool
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QFileDialog, QMenu

from .__about__ import PLUGIN_DIR
from .compat import QAction
from .core import schema, user_settings
from .core.formatting import format_number
from .core.log import setup_logging, teardown_logging
from .core.postgis import is_postgis
from .core.project import load_store_layers, project_store_path, set_project_store
from .core.store import Store
from .core.store_base import NotAStoreError, StoreError
from .core.translation import install_translator, remove_translator, tr
from .gui.dock_layout import DockLayout
from .gui.feature_actions import EVIDENCE, HISTORY, RETAG, FeatureActions
from .gui.monitoring_dock import MonitoringDock
from .gui.options_page import OptionsFactory
from .gui.plan_wizard import PlanWizard
from .gui.review_dock import ReviewDock
from .gui.sites_dock import SitesDock
from .gui.store_context import StoreContext
from .processing.provider import JlpMonitorProvider
from .resources import icon

LOG = logging.getLogger(__name__)

TOOLBAR_NAME = "JLPMonitorToolbar"
# The user guide: packaged beside the plugin's code, in the source tree at the repository root.
GUIDE_CANDIDATES = [
    os.path.join(PLUGIN_DIR, "docs", "user_guide.md"),
    os.path.join(os.path.dirname(PLUGIN_DIR), "docs", "user_guide.md"),
]


class JlpMonitorPlugin:
    """Entry point created by ``classFactory``."""

    def __init__(self, iface):
        self.iface = iface
        self.provider: Optional[JlpMonitorProvider] = None
        self.context: Optional[StoreContext] = None
        self.toolbar = None
        self.menu_name = ""
        self.actions: List[QAction] = []
        self.menu_actions: List[QAction] = []
        self.sites_dock: Optional[SitesDock] = None
        self.review_dock: Optional[ReviewDock] = None
        self.monitoring_dock: Optional[MonitoringDock] = None
        self.dock_layout: Optional[DockLayout] = None
        self.feature_actions: Optional[FeatureActions] = None
        self.copy_task = None  # the last copy started (kept referenced while QGIS runs it)
        self.options_factory: Optional[OptionsFactory] = None  # our page in Settings ▸ Options…
        # Map tools the docks install (e.g. reassigning a tag by clicking a site); unset on unload.
        self.map_tools: List[QgsMapTool] = []
        self._connections: List[Tuple[Any, Callable]] = []

    @property
    def docks(self) -> List[QgsDockWidget]:
        return [d for d in (self.sites_dock, self.review_dock, self.monitoring_dock) if d is not None]

    # -- loading and unloading ---------------------------------------------------------------------

    def initProcessing(self):
        """Register the Processing provider: all qgis_process (no GUI) asks for; initGui starts with it."""
        setup_logging()
        install_translator()
        if self.provider is not None:
            return
        provider = JlpMonitorProvider()
        # The registry refuses (and deletes) a second provider with our id; then there is nothing of ours
        # to remove at unload.
        if QgsApplication.processingRegistry().addProvider(provider):
            self.provider = provider
        else:
            LOG.warning("A Processing provider with id 'jlpmonitor' was already registered; kept that one.")

    def initGui(self):
        self.initProcessing()

        self.context = StoreContext()
        self._add_docks()
        self._add_toolbar_and_menu()
        self.options_factory = OptionsFactory()
        self.iface.registerOptionsWidgetFactory(self.options_factory)

        project = QgsProject.instance()
        # Retag… and History on any permission or completion from the map (identify, attribute table).
        self.feature_actions = FeatureActions(self._on_feature_action, self.iface.mainWindow())
        self._connect(self.context.storeChanged, self.feature_actions.set_store)
        self._connect(project.layersAdded, self.feature_actions.update)
        self._connect(project.layersRemoved, self.feature_actions.update)
        self._connect(project.readProject, self._on_project_read)
        self._connect(project.writeProject, self._on_project_write)
        self._connect(project.cleared, self._on_project_cleared)
        # Enabling the plugin with a project already open must look as if that project had just been read.
        self._on_project_read()

    def _add_docks(self) -> None:
        main_window = self.iface.mainWindow()
        self.sites_dock = SitesDock(self.iface.mapCanvas(), main_window)
        self.review_dock = ReviewDock(self.iface.mapCanvas(), main_window)
        self.map_tools.extend(self.review_dock.map_tools)
        self.monitoring_dock = MonitoringDock(self.iface.mapCanvas(), main_window)
        self._connect(self.monitoring_dock.exports_panel.copy_store_requested, self.copy_store)
        for dock in self.docks:
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.set_store(self.context.store)
            self._connect(self.context.storeChanged, dock.set_store)
        self.dock_layout = DockLayout(self.iface, self.docks, self.review_dock)
        self.dock_layout.place(self._connect)

    def _add_toolbar_and_menu(self) -> None:
        self.menu_name = tr("&JLP Monitor")
        open_action = self._new_action(
            "open_store",
            tr("Open monitoring store…"),
            "JLPMonitorOpenStoreAction",
            tr("Open a monitoring store (GeoPackage): add its layers to the project and list its sites"),
            self.choose_store,
        )
        create_action = self._new_action(
            "create_store",
            tr("Create monitoring store…"),
            "JLPMonitorCreateStoreAction",
            tr("Set up a plan and create its monitoring store (the new-plan wizard), then open it"),
            self.create_store,
        )
        import_action = self._new_action(
            "import",
            tr("Import data…"),
            "JLPMonitorImportAction",
            tr("Import permissions, completions, red lines, starts or a trajectory from a file or layer"),
            self.import_data,
        )
        open_postgis_action = self._new_action(
            "open_store",
            tr("Open monitoring store on PostGIS…"),
            "JLPMonitorOpenPostgisAction",
            tr("Open a store shared on a PostgreSQL/PostGIS server, through a connection saved in QGIS"),
            self.choose_postgis_store,
        )
        create_postgis_action = self._new_action(
            "create_store",
            tr("Create monitoring store on PostGIS…"),
            "JLPMonitorCreatePostgisAction",
            tr("Create an empty store in a new schema of a PostGIS database, then open it"),
            self.create_postgis_store,
        )
        copy_action = self._new_action(
            "export",
            tr("Copy monitoring store…"),
            "JLPMonitorCopyStoreAction",
            tr("Copy the open store, audit trail and settings included, to a new GeoPackage or PostGIS"),
            self.copy_store,
        )
        self.toolbar = self.iface.addToolBar(tr("JLP Monitor"))
        self.toolbar.setObjectName(TOOLBAR_NAME)
        self.toolbar.setToolTip(tr("JLP Monitor"))
        for action in (open_action, create_action, import_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for dock in self.docks:
            self.toolbar.addAction(dock.toggleViewAction())
        self.menu_actions = [
            open_action,
            create_action,
            open_postgis_action,
            create_postgis_action,
            copy_action,
            import_action,
        ]
        self.menu_actions += [dock.toggleViewAction() for dock in self.docks]
        help_action = QAction(
            QgsApplication.getThemeIcon("/mActionHelpContents.svg"), tr("User guide"), self.iface.mainWindow()
        )
        help_action.setObjectName("JLPMonitorHelpAction")
        help_action.setToolTip(
            tr("Open the JLP Monitor user guide: the annual monitoring cycle step by step")
        )
        self._connect(help_action.triggered, lambda _checked=False: self.open_user_guide())
        self.actions.append(help_action)
        self.menu_actions.append(help_action)
        for action in self.menu_actions:
            self.iface.addPluginToMenu(self.menu_name, action)

    def _new_action(
        self, icon_name: str, text: str, object_name: str, tip: str, handler: Callable
    ) -> QAction:
        action = QAction(icon(icon_name), text, self.iface.mainWindow())
        action.setObjectName(object_name)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        self._connect(action.triggered, lambda _checked=False: handler())
        self.actions.append(action)
        return action

    def _connect(self, signal: Any, slot: Callable) -> None:
        signal.connect(slot)
        self._connections.append((signal, slot))

    def unload(self):
        """Remove everything initGui added, so the plugin can be reloaded or uninstalled cleanly."""
        for signal, slot in reversed(self._connections):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):  # already gone with its object
                pass
        self._connections = []

        if self.feature_actions is not None:
            self.feature_actions.clear()
            self.feature_actions.deleteLater()
            self.feature_actions = None

        for tool in self.map_tools:
            self.iface.mapCanvas().unsetMapTool(tool)
        self.map_tools = []

        for action in self.menu_actions:
            self.iface.removePluginMenu(self.menu_name, action)
        self.menu_actions = []
        self._delete_emptied_plugin_menu()
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        for action in self.actions:
            action.deleteLater()
        self.actions = []

        for dock in self.docks:
            self.iface.removeDockWidget(dock)
            dock.deleteLater()
        self.sites_dock = self.review_dock = self.monitoring_dock = None
        if self.dock_layout is not None:
            self.dock_layout.clear()
            self.dock_layout = None
        self.context = None
        if self.options_factory is not None:
            self.iface.unregisterOptionsWidgetFactory(self.options_factory)
            self.options_factory = None

        if self.provider is not None:
            # The registry owns (and deletes) the provider once removed.
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None

        remove_translator()
        teardown_logging()

    def _delete_emptied_plugin_menu(self) -> None:
        # QGIS takes our emptied submenu out of the Plugins menu but keeps the QMenu, and makes a new one
        # on the next load: without this every reload would leave one more behind.
        title = self.menu_name.replace("&", "")
        for menu in self.iface.mainWindow().findChildren(QMenu):
            if (
                menu.title().replace("&", "") == title
                and not menu.actions()
                and not menu.menuAction().associatedWidgets()
            ):
                menu.deleteLater()

    # -- actions -------------------------------------------------------------------------------------

    def user_guide_path(self) -> Optional[str]:
        for path in GUIDE_CANDIDATES:
            if os.path.isfile(path):
                return path
        return None

    def open_user_guide(self) -> bool:
        """Open the user guide (docs/user_guide.md) in the system's viewer for it."""
        path = self.user_guide_path()
        if path is None or not QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
            self.iface.messageBar().pushWarning(
                tr("JLP Monitor"),
                tr("The user guide could not be opened ({}).").format(path or GUIDE_CANDIDATES[0]),
            )
            return False
        return True

    def _on_feature_action(self, kind: str, layer_name: str, key: str) -> None:
        """Retag… or History chosen for a feature on the map: done in the Review dock; Site evidence… in
        the Monitoring dock's Evidence section."""
        if kind == EVIDENCE:
            if self.monitoring_dock is not None:
                site = key if layer_name == "allocations" else None
                self.monitoring_dock.show_evidence(site, None if site else key)
            return
        dock = self.review_dock
        if dock is None:
            return
        dock.setVisible(True)
        dock.raise_()
        if kind == RETAG:
            dock.panel.retag(layer_name, key)
        elif kind == HISTORY:
            dock.panel.show_history_of(layer_name, key)

    def choose_store(self) -> Optional[Store]:
        """Ask for a GeoPackage and open it as the monitoring store."""
        folder = user_settings.STORE_FOLDER.value()
        path, _filter = QFileDialog.getOpenFileName(
            self.iface.mainWindow(), tr("Open monitoring store"), folder, tr("GeoPackage (*.gpkg *.GPKG)")
        )
        if not path:
            return None
        user_settings.STORE_FOLDER.set_value(os.path.dirname(path))
        return self.open_store(path)

    def open_store(self, path: str) -> Optional[Store]:
        """Open the store at ``path``, add its layers to the project and make it the docks' store.

        A store that cannot be opened is reported in the message bar and leaves the current one in place.
        """
        try:
            try:
                store = Store.open(path)
            except NotAStoreError as refused:
                if not self.confirm_upgrade(refused):
                    self.iface.messageBar().pushInfo(
                        tr("JLP Monitor"),
                        tr("{} was left as it was; it is not a monitoring store.").format(path),
                    )
                    return None
                store = Store.open(path, upgrade=True)
            layers = load_store_layers(store, QgsProject.instance())
        except (StoreError, OSError) as exc:
            LOG.error("Could not open monitoring store %s: %s", path, exc)
            self.iface.messageBar().pushCritical(
                tr("JLP Monitor"), tr("Could not open the monitoring store. {}").format(exc)
            )
            return None
        self.context.set_store(store)
        if all(dock.isHidden() for dock in self.docks):
            for dock in self.docks:
                dock.setVisible(True)
            self.dock_layout.raise_front()

        def count(name: str) -> str:
            layer = layers.get(name)
            return format_number(max(layer.featureCount(), 0) if layer is not None else 0)

        message = tr(
            "Loaded store {name}: {allocations} allocations, {permissions} permissions, "
            "{completions} completions."
        ).format(
            name=store.name,
            allocations=count(schema.ALLOCATIONS),
            permissions=count(schema.PERMISSIONS),
            completions=count(schema.COMPLETIONS),
        )
        LOG.info("%s (%s)", message, store.path)
        self.iface.messageBar().pushSuccess(tr("JLP Monitor"), message)
        return store

    def confirm_upgrade(self, refused: NotAStoreError) -> bool:
        """Ask before turning a GeoPackage (or schema) that is not a store into one, saying what is added."""
        from qgis.PyQt.QtWidgets import QMessageBox

        lines = []
        if refused.layers:
            lines.append(tr("empty layers: {}").format(", ".join(refused.layers)))
        for name, fields in refused.fields:
            lines.append(tr("fields of {}: {}").format(name, ", ".join(fields)))
        box = QMessageBox(self.iface.mainWindow())
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Make it a monitoring store?"))
        box.setText(
            tr("{} is not a monitoring store: it has no plan settings. Turn it into one?").format(
                refused.path
            )
        )
        box.setInformativeText(
            tr("JLP Monitor would add to it:\n{}\nIts own layers, fields and rows are kept.").format(
                "\n".join("• " + line for line in lines)
            )
        )
        make = box.addButton(tr("Make it a store"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is make

    def choose_postgis_store(self) -> Optional[Store]:
        """Ask for a saved PostgreSQL connection and schema, and open the store there."""
        from .gui.postgis_dialog import OPEN, PostgisDialog

        dialog = PostgisDialog(OPEN, self.iface.mainWindow())
        if not dialog.exec():
            return None
        return self.open_store(dialog.text)

    def create_postgis_store(self) -> Optional[Store]:
        """Create a store in a new schema of a saved PostgreSQL connection, then open it."""
        from .gui.postgis_dialog import CREATE, PostgisDialog

        dialog = PostgisDialog(CREATE, self.iface.mainWindow())
        if not dialog.exec():
            return None
        try:
            Store.create(dialog.text, dialog.preset())
        except (StoreError, ValueError) as exc:
            self.iface.messageBar().pushCritical(
                tr("JLP Monitor"), tr("Could not create the monitoring store. {}").format(exc)
            )
            return None
        return self.open_store(dialog.text)

    def copy_store(self, destination: Optional[str] = None):
        """Copy the open store to a new GeoPackage or PostGIS schema in the background; offer to open
        the copy. ``destination`` given: no question asked (scripts, tests)."""
        from qgis.PyQt.QtWidgets import QMessageBox

        from .gui.copy_task import CopyTask
        from .gui.postgis_dialog import COPY, PostgisDialog

        store = self.context.store if self.context is not None else None
        if store is None:
            self.iface.messageBar().pushWarning(
                tr("JLP Monitor"), tr("Open a monitoring store first, then copy it.")
            )
            return None
        if destination is None:
            box = QMessageBox(self.iface.mainWindow())
            box.setWindowTitle(tr("Copy monitoring store"))
            box.setText(
                tr("Copy {} to a new GeoPackage file or to a schema on a PostGIS server?").format(store.name)
            )
            to_file = box.addButton(tr("GeoPackage…"), QMessageBox.ButtonRole.AcceptRole)
            to_postgis = box.addButton(tr("PostGIS…"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is to_file:
                destination, _filter = QFileDialog.getSaveFileName(
                    self.iface.mainWindow(),
                    tr("Copy monitoring store to"),
                    "",
                    tr("GeoPackage (*.gpkg *.GPKG)"),
                )
                if destination and not destination.lower().endswith(".gpkg"):
                    destination += ".gpkg"
            elif box.clickedButton() is to_postgis:
                dialog = PostgisDialog(COPY, self.iface.mainWindow())
                destination = dialog.text if dialog.exec() else None
            if not destination:
                return None
        task = CopyTask(store, destination)

        def done(ok: bool, copied: str, message: str) -> None:
            if ok:
                self.iface.messageBar().pushSuccess(tr("JLP Monitor"), message)
            else:
                self.iface.messageBar().pushCritical(tr("JLP Monitor"), message)

        task.copied.connect(done)
        self.copy_task = task
        QgsApplication.taskManager().addTask(task)
        return task

    def import_data(self):
        """The import dialog for the current store (a message when no store is open)."""
        from .gui.import_dialog import ImportDialog

        store = self.context.store if self.context is not None else None
        if store is None:
            self.iface.messageBar().pushWarning(
                tr("JLP Monitor"), tr("Open or create a monitoring store first, then import data into it.")
            )
            return None
        dialog = ImportDialog(store, self.iface.mainWindow())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # The docks read the store again once data has landed.
        dialog.imported.connect(lambda _report: self.context and self.context.set_store(self.context.store))
        dialog.show()
        return dialog

    def create_store(self) -> Optional[Store]:
        """The new-plan wizard (gui/plan_wizard.py), then open the store it made."""
        wizard = PlanWizard(self.iface.mainWindow())
        self.plan_wizard = wizard  # kept for the tests and while it shows
        if not wizard.exec() or not wizard.created_path:
            return None
        for message in wizard.messages:
            self.iface.messageBar().pushWarning(tr("JLP Monitor"), message)
        return self.open_store(wizard.created_path)

    # -- the project -------------------------------------------------------------------------------

    def _on_project_read(self, *_args) -> None:
        project = QgsProject.instance()
        path = project_store_path(project)
        store = None
        if path:
            store = self._open_project_store(path)
        self.context.set_store(store)
        self.dock_layout.restore_visibility(project, has_store=bool(path))

    def _open_project_store(self, path: str) -> Optional[Store]:
        if not is_postgis(path) and not os.path.isfile(path):
            message = tr(
                "This project's monitoring store {} was not found. Open it again with "
                "JLP Monitor ▸ Open monitoring store…"
            ).format(path)
        else:
            try:
                return Store.open(path)
            except (StoreError, OSError) as exc:
                message = tr("This project's monitoring store could not be opened. {}").format(exc)
        LOG.warning(message)
        self.iface.messageBar().pushWarning(tr("JLP Monitor"), message)
        return None

    def _on_project_write(self, *_args) -> None:
        project = QgsProject.instance()
        store = self.context.store if self.context is not None else None
        if store is not None:
            # Written now, when the project's file name is known: relative to where it is saved.
            set_project_store(project, store.path)
        self.dock_layout.save_visibility(project, has_store=project_store_path(project) is not None)

    def _on_project_cleared(self) -> None:
        self.context.clear()
