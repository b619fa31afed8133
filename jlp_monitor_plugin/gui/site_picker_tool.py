"""A map tool for choosing an allocation site by clicking it on the map."""

import logging
from typing import Optional

from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsMapCanvas, QgsMapMouseEvent, QgsMapTool
from qgis.PyQt.QtCore import Qt, pyqtSignal

from ..core.values import plain_value

LOG = logging.getLogger(__name__)

OBJECT_NAME = "JLPMonitorSitePickerTool"


class SitePickerTool(QgsMapTool):
    """Click on the map: the allocation site under the click is emitted as ``sitePicked(site_ref)``.

    Where sites overlap, the smallest one under the click is picked (as tagging does, DOMAIN.md §3
    rule 3); a click just outside a site picks it when within the search radius. Esc cancels.
    """

    sitePicked = pyqtSignal(str)  # noqa: N815 - Qt signal naming
    nothingPicked = pyqtSignal()  # noqa: N815
    canceled = pyqtSignal()

    def __init__(self, canvas: QgsMapCanvas):
        super().__init__(canvas)
        self.setObjectName(OBJECT_NAME)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.layer: Optional[QgsVectorLayer] = None

    def set_layer(self, layer: Optional[QgsVectorLayer]) -> None:
        """The allocations layer to pick from."""
        self.layer = layer

    def canvasReleaseEvent(self, event: QgsMapMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        site_ref = self.site_at(self.toMapCoordinates(event.pos()))
        if site_ref is None:
            self.nothingPicked.emit()
        else:
            self.sitePicked.emit(site_ref)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.canceled.emit()
            return
        event.ignore()

    def site_at(self, point: QgsPointXY) -> Optional[str]:
        """The site_ref of the allocation at ``point`` (in the canvas CRS), or None."""
        layer = self.layer
        if layer is None or not layer.isValid():
            return None
        canvas_crs = self.canvas().mapSettings().destinationCrs()
        radius = self.searchRadiusMU(self.canvas())
        box = QgsRectangle(point.x() - radius, point.y() - radius, point.x() + radius, point.y() + radius)
        if canvas_crs.isValid() and layer.crs().isValid() and canvas_crs != layer.crs():
            try:
                transform = QgsCoordinateTransform(canvas_crs, layer.crs(), QgsProject.instance())
                point = transform.transform(point)
                box = transform.transformBoundingBox(box)
            except QgsCsException as exc:
                LOG.warning("The clicked point cannot be placed in the allocations' CRS: %s", exc)
                return None
        click = QgsGeometry.fromPointXY(point)
        request = QgsFeatureRequest().setFilterRect(box)
        inside, near = [], []
        for feature in layer.getFeatures(request):
            site_ref = plain_value(feature["site_ref"])
            if not site_ref or not feature.hasGeometry():
                continue
            geometry = feature.geometry()
            if geometry.intersects(click):
                inside.append((geometry.area(), str(site_ref)))
            elif geometry.intersects(QgsGeometry.fromRect(box)):
                near.append((geometry.distance(click), str(site_ref)))
        if inside:
            return min(inside)[1]
        if near:
            return min(near)[1]
        return None
