"""The map side of the Monitoring dock: the allocations coloured by percentage complete (drawn above the
store's points while coloured, their place in the legend given back after) and a site zoomed to,
selected and flashed."""

import logging

from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsCsException,
    QgsExpression,
    QgsFeatureRequest,
    QgsProject,
)

from ..core import schema, styling
from ..core.monitoring.settings import PLAN
from ..core.project import store_layer_in_project
from ..core.store_base import StoreError
from ..core.translation import tr
from .monitoring_models import ROW_ROLE

LOG = logging.getLogger(__name__)
ZOOM_MARGIN = 0.15  # share of the site's size added around it, as the Sites dock does


class MonitoringMapMixin:
    """For the Monitoring panel: uses its ``_store``, ``result``, ``canvas``, ``tell`` and
    ``progressStyleCheck``; keeps ``_moved_layer`` (layer id, index in its group, custom order) while
    the allocations are coloured."""

    _moved_layer = None

    def _allocations_layer(self):
        if self._store is None:
            return None
        return store_layer_in_project(QgsProject.instance(), self._store.path, schema.ALLOCATIONS)

    def show_progress_on_map(self, on: bool) -> bool:
        """Colour the project's allocations layer by percentage complete (``on``) or restore its style."""
        layer = self._allocations_layer()
        if layer is None:
            if on:
                self.tell(
                    tr("The store's allocations are not in the project; open the store to add them."),
                    Qgis.MessageLevel.Warning,
                )
                self.progressStyleCheck.blockSignals(True)
                self.progressStyleCheck.setChecked(False)
                self.progressStyleCheck.blockSignals(False)
            return False
        if on:
            if self.result is None:
                return False
            styling.apply_progress_style(layer, self.result.for_area(PLAN).pct_by_site)
            self._raise_in_layer_order(layer)
        else:
            styling.apply_style(layer, schema.ALLOCATIONS)
            self._restore_layer_order(layer)
        layer.triggerRepaint()
        layer.emitStyleChanged()
        return True

    def _raise_in_layer_order(self, layer) -> None:
        """Draw the shaded allocations above the store's thousands of points (which would hide them):
        the layer goes to the top of its group in the legend, or of the custom drawing order; its
        place is remembered and given back when the colouring is switched off."""
        root = QgsProject.instance().layerTreeRoot()
        node = root.findLayer(layer.id())
        if node is None:
            return
        if self._moved_layer is None:
            parent = node.parent()
            order = list(root.customLayerOrder()) if root.hasCustomLayerOrder() else None
            self._moved_layer = (layer.id(), parent.children().index(node), order)
        if root.hasCustomLayerOrder():
            order = [item for item in root.customLayerOrder() if item.id() != layer.id()]
            root.setCustomLayerOrder([layer] + order)
        node = _move_node(node, 0)
        node.setExpanded(True)  # the bands show in the legend

    def _restore_layer_order(self, layer) -> None:
        if self._moved_layer is None:
            return
        layer_id, index, order = self._moved_layer
        self._moved_layer = None
        root = QgsProject.instance().layerTreeRoot()
        node = root.findLayer(layer_id)
        if node is not None:
            _move_node(node, index)
        if order is not None:
            root.setCustomLayerOrder([item for item in order if QgsProject.instance().mapLayer(item.id())])

    def _on_site_double_clicked(self, index) -> None:
        row = index.data(ROW_ROLE)
        if row:
            self.zoom_to_site(row["site_ref"])

    def zoom_to_site(self, site_ref: str) -> bool:
        """Zoom the map to allocation ``site_ref``, select it in the project's layer and flash it."""
        if self._store is None or self.canvas is None:
            return False
        try:
            layer = self._store.layer(schema.ALLOCATIONS)
        except StoreError as exc:
            self.tell(str(exc), Qgis.MessageLevel.Warning)
            return False
        request = QgsFeatureRequest().setFilterExpression(
            QgsExpression.createFieldEqualityExpression("site_ref", site_ref)
        )
        request.setLimit(1)
        # A list, not next(): an unfinished iterator would keep a read lock on the GeoPackage.
        found = list(layer.getFeatures(request))
        feature = found[0] if found else None
        if feature is None or not feature.hasGeometry() or feature.geometry().isEmpty():
            self.tell(tr("Site {} has no geometry to zoom to.").format(site_ref), Qgis.MessageLevel.Info)
            return False
        geometry = feature.geometry()
        extent = geometry.boundingBox()
        canvas_crs = self.canvas.mapSettings().destinationCrs()
        if canvas_crs.isValid() and layer.crs().isValid() and canvas_crs != layer.crs():
            try:
                extent = QgsCoordinateTransform(
                    layer.crs(), canvas_crs, QgsProject.instance()
                ).transformBoundingBox(extent)
            except QgsCsException as exc:
                LOG.warning("Site %s cannot be shown in the map's CRS: %s", site_ref, exc)
                return False
        if extent.width() > 0 or extent.height() > 0:
            self.canvas.setExtent(extent.buffered(max(extent.width(), extent.height()) * ZOOM_MARGIN))
        else:
            self.canvas.setCenter(extent.center())
        self.canvas.refresh()
        project_layer = self._allocations_layer()
        if project_layer is not None:
            project_layer.selectByIds([feature.id()])
        self.canvas.flashGeometries([geometry], layer.crs())
        return True


def _move_node(node, index: int):
    """Move a layer-tree node to ``index`` among its siblings (a clone is inserted, the node removed);
    the node now in the tree is returned."""
    parent = node.parent()
    if parent.children().index(node) == index:
        return node
    clone = node.clone()
    parent.insertChildNode(index if index < parent.children().index(node) else index + 1, clone)
    parent.removeChildNode(node)
    return clone
