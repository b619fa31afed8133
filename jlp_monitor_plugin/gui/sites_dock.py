"""The Sites dock: the store's allocation sites, filterable and sortable; choosing one zooms the map to it."""

import logging
from typing import Any, List, Optional

from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsMapCanvas, QgsPanelWidget
from qgis.PyQt.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from qgis.PyQt.QtGui import QStandardItem, QStandardItemModel
from qgis.PyQt.QtWidgets import QHeaderView, QLabel, QWidget

from ..core import schema
from ..core.formatting import format_number
from ..core.project import store_layer_in_project
from ..core.store import Store
from ..core.store_base import StoreError
from ..core.translation import tr
from . import load_ui, show_store
from .dock import PluginDock

LOG = logging.getLogger(__name__)

OBJECT_NAME = "JLPMonitorSitesDock"

# Sorting reads this role so that capacities sort as numbers, not as their formatted text.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FID_ROLE = Qt.ItemDataRole.UserRole + 2

# The name comes last so that, in a narrow dock, it is the column that gets cut short.
COLUMNS = ["site_ref", "lpa", "policy_area", "homes_capacity", "site_name"]
NUMERIC_COLUMNS = {"homes_capacity"}
SITE_REF_COLUMN = COLUMNS.index("site_ref")
CAPACITY_COLUMN = COLUMNS.index("homes_capacity")

# Share of the site's size added around it when zooming, so its edges stay visible.
ZOOM_MARGIN = 0.15
MINIMUM_WIDTH = 380

FORM_CLASS = load_ui("sites_panel.ui")


def column_headers() -> List[str]:
    return [tr("Site ref"), tr("LPA"), tr("Policy area"), tr("Capacity"), tr("Name")]


def help_text() -> str:
    return tr(
        "Sites: the allocation sites of the open monitoring store, with their LPA, policy area and "
        "homes capacity. Type in the filter box to narrow the list, click a column header to sort, "
        "and select a site to zoom the map to it (double-click to zoom again)."
    )


class SitesPanel(QgsPanelWidget, FORM_CLASS):
    """The list of allocation sites of the current store."""

    def __init__(self, canvas: Optional[QgsMapCanvas], parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setupUi(self)
        self.setPanelTitle(tr("Sites"))
        self.canvas = canvas
        self._store: Optional[Store] = None
        self._layer: Optional[QgsVectorLayer] = None

        # Which store the list is from, in full (issue 14): above the list, on both pages.
        self.storeLabel = QLabel(self)
        self.storeLabel.setObjectName("storeLabel")
        self.mainLayout.insertWidget(0, self.storeLabel)
        self.filterEdit.setPlaceholderText(tr("Filter by site ref, name, LPA or policy area"))
        self.filterEdit.setToolTip(tr("Show only the sites whose ref, name, LPA or policy area contain this"))
        self.table.setToolTip(tr("Select a site to zoom the map to it; double-click to zoom again"))

        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)  # every column
        self.proxy.setSourceModel(self.model)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(SITE_REF_COLUMN, Qt.SortOrder.AscendingOrder)
        # The name takes the room the dock has; the short codes and numbers keep their own width.
        header = self.table.horizontalHeader()
        # Every column as wide as its contents (the table scrolls sideways in a narrow dock): no name
        # cut to "Former Ballard Centre, St…" (a stretched last column would take only what is left).
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self._set_headers(self.model)

        self.filterEdit.textChanged.connect(self.proxy.setFilterFixedString)
        self.proxy.rowsInserted.connect(self._update_status)
        self.proxy.rowsRemoved.connect(self._update_status)
        self.proxy.modelReset.connect(self._update_status)
        self.proxy.layoutChanged.connect(self._update_status)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(self._zoom_to_index)
        self.set_store(None)

    # -- store ----------------------------------------------------------------------------------------

    @property
    def store(self) -> Optional[Store]:
        return self._store

    def set_store(self, store: Optional[Store]) -> None:
        """Show the sites of ``store`` (or what to do, when there is none)."""
        self._store = store
        self._layer = None
        show_store(self.storeLabel, store)
        self._fill(self._new_model([]))
        if store is None:
            self.emptyLabel.setText(
                tr(
                    "Open a monitoring store (JLP Monitor ▸ Open monitoring store…) "
                    "to list its allocation sites."
                )
            )
            self.pages.setCurrentWidget(self.emptyPage)
            return
        try:
            layer = store.layer(schema.ALLOCATIONS)
            rows = self._read_rows(layer)
        except StoreError as exc:
            LOG.warning("Sites of store %s could not be listed: %s", store.path, exc)
            self.emptyLabel.setText(tr("The allocation sites could not be read: {}").format(exc))
            self.pages.setCurrentWidget(self.emptyPage)
            return
        self._layer = layer
        self._fill(self._new_model(rows))
        self.pages.setCurrentWidget(self.sitesPage)

    @staticmethod
    def _read_rows(layer: QgsVectorLayer) -> List[List[Any]]:
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        request.setSubsetOfAttributes(COLUMNS, layer.fields())
        rows = []
        for feature in layer.getFeatures(request):
            values = [feature.id()]
            for name in COLUMNS:
                value = feature[name]
                is_null = value is None or (hasattr(value, "isNull") and value.isNull())
                values.append(None if is_null else value)
            rows.append(values)
        return rows

    def _new_model(self, rows: List[List[Any]]) -> QStandardItemModel:
        model = QStandardItemModel(0, len(COLUMNS), self)
        self._set_headers(model)
        for fid, *values in rows:
            items = []
            for name, value in zip(COLUMNS, values):
                item = QStandardItem()
                item.setEditable(False)
                if name in NUMERIC_COLUMNS:
                    number = _whole_number(value)
                    # A store made by another tool may hold text here; show it as it is.
                    item.setText(format_number(number) if number is not None else str(value or ""))
                    # Sites without a capacity sort below every real number.
                    item.setData(-1 if number is None else number, SORT_ROLE)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                else:
                    text = "" if value is None else str(value)
                    item.setText(text)
                    item.setData(text, SORT_ROLE)
                item.setData(fid, FID_ROLE)
                items.append(item)
            model.appendRow(items)
        return model

    @staticmethod
    def _set_headers(model: QStandardItemModel) -> None:
        model.setHorizontalHeaderLabels(column_headers())
        capacity_header = model.horizontalHeaderItem(CAPACITY_COLUMN)
        capacity_header.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _fill(self, model: QStandardItemModel) -> None:
        # A fresh model behind the proxy sorts once, instead of re-sorting after every appended row.
        old = self.model
        self.model = model
        self.proxy.setSourceModel(model)
        if old is not model:
            old.deleteLater()
        self._update_status()

    # -- status ---------------------------------------------------------------------------------------

    def shown_site_refs(self) -> List[str]:
        """Site refs in the order the table shows them."""
        return [self.proxy.index(row, SITE_REF_COLUMN).data() for row in range(self.proxy.rowCount())]

    def _update_status(self, *_args) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        capacity = 0
        for row in range(shown):
            value = self.proxy.index(row, CAPACITY_COLUMN).data(SORT_ROLE)
            if value is not None and value > 0:
                capacity += value
        if total == 0:
            text = tr("No allocation sites in this store yet.") if self._store is not None else ""
        elif shown == total == 1:
            text = tr("1 allocation · capacity {capacity}").format(capacity=format_number(capacity))
        elif shown == total:
            text = tr("{count} allocations · capacity {capacity}").format(
                count=format_number(total), capacity=format_number(capacity)
            )
        else:
            text = tr("{shown} of {count} allocations · capacity {capacity}").format(
                shown=format_number(shown), count=format_number(total), capacity=format_number(capacity)
            )
        self.statusLabel.setText(text)

    # -- zoom -----------------------------------------------------------------------------------------

    def _on_selection_changed(self, *_args) -> None:
        rows = self.table.selectionModel().selectedRows()
        if len(rows) == 1:
            self._zoom_to_index(rows[0])

    def _zoom_to_index(self, index: QModelIndex) -> None:
        fid = index.sibling(index.row(), SITE_REF_COLUMN).data(FID_ROLE)
        if fid is not None:
            self.zoom_to_site(int(fid))

    def zoom_to_site(self, fid: int) -> bool:
        """Zoom the map to allocation ``fid``, select it in the project's layer and flash it."""
        if self._layer is None or self.canvas is None or self._store is None:
            return False
        feature = self._layer.getFeature(fid)
        if not feature.isValid():
            return False
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            self.statusLabel.setText(tr("Site {} has no geometry to zoom to.").format(feature["site_ref"]))
            return False
        layer_crs = self._layer.crs()
        canvas_crs = self.canvas.mapSettings().destinationCrs()
        extent = geometry.boundingBox()
        if canvas_crs.isValid() and layer_crs.isValid() and canvas_crs != layer_crs:
            try:
                transform = QgsCoordinateTransform(layer_crs, canvas_crs, QgsProject.instance())
                extent = transform.transformBoundingBox(extent)
            except QgsCsException as exc:
                LOG.warning("Site %s cannot be shown in the map's CRS %s: %s", fid, canvas_crs.authid(), exc)
                return False
        if extent.width() > 0 or extent.height() > 0:
            self.canvas.setExtent(_with_margin(extent))
        else:  # a single point has no extent to fit: keep the scale
            self.canvas.setCenter(extent.center())
        self.canvas.refresh()

        project_layer = store_layer_in_project(QgsProject.instance(), self._store.path, schema.ALLOCATIONS)
        if project_layer is not None:
            project_layer.selectByIds([fid])
        self.canvas.flashGeometries([geometry], layer_crs)
        return True


def _whole_number(value: Any) -> Optional[int]:
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return None


def _with_margin(extent: QgsRectangle) -> QgsRectangle:
    return extent.buffered(max(extent.width(), extent.height()) * ZOOM_MARGIN)


class SitesDock(PluginDock):
    def __init__(self, canvas: Optional[QgsMapCanvas], parent: Optional[QWidget] = None):
        super().__init__(OBJECT_NAME, tr("Sites"), "sites", help_text(), SitesPanel(canvas), parent)
        # Wide enough for the codes, the capacity and the start of the name side by side.
        self.setMinimumWidth(MINIMUM_WIDTH)
