"""The Review dock on the map: the selected features highlighted (with the candidate and current site of
a single one, in the colours the dock's legend names) and the map zoomed to show them."""

import logging
from typing import List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
)
from qgis.gui import QgsMapCanvas, QgsRubberBand
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ..compat import POINT_GEOMETRY, POLYGON_GEOMETRY
from ..core.review import ReviewItem, feature_geometry, site_geometry
from ..core.store import Store
from ..core.store_base import StoreError

LOG = logging.getLogger(__name__)

# Share of the shown extent added around it, and the smallest extent shown around a lone point
# (metres; degrees for a map in a geographic CRS), so the officer sees the feature's surroundings.
ZOOM_MARGIN = 0.2
MINIMUM_EXTENT = 150.0
MINIMUM_EXTENT_DEGREES = 0.002
# Highlights of a multiple selection: enough to see the group without drawing thousands of items.
MAX_HIGHLIGHTS = 200

FEATURE_COLOUR = QColor(227, 26, 28)
CANDIDATE_COLOUR = QColor(255, 127, 0)
SITE_COLOUR = QColor(31, 120, 180)


def remove_highlights(canvas: Optional[QgsMapCanvas], highlights: List[QgsRubberBand]) -> None:
    """Take the rubber bands off the canvas and delete them (also once the panel's Python side is
    gone); the list is emptied in place."""
    for band in highlights:
        if sip.isdeleted(band):
            continue
        if canvas is not None and not sip.isdeleted(canvas):
            canvas.scene().removeItem(band)
        sip.delete(band)
    del highlights[:]


class ReviewHighlights:
    """The rubber bands the Review dock draws on ``canvas`` (none without a canvas); ``bands`` lists
    those shown now."""

    def __init__(self, canvas: Optional[QgsMapCanvas]):
        self.canvas = canvas
        self.bands: List[QgsRubberBand] = []

    def clear(self) -> None:
        remove_highlights(self.canvas, self.bands)

    def _highlight(
        self,
        geometry: QgsGeometry,
        crs: QgsCoordinateReferenceSystem,
        colour: QColor,
        line_style=Qt.PenStyle.SolidLine,
    ) -> None:
        if self.canvas is None or geometry is None or geometry.isEmpty():
            return
        kind = geometry.type()
        band = QgsRubberBand(self.canvas, kind)
        band.setToGeometry(geometry, crs)
        band.setStrokeColor(colour)
        fill = QColor(colour)
        fill.setAlpha(50 if kind == POLYGON_GEOMETRY else 160)
        band.setFillColor(fill)
        band.setWidth(3)
        band.setLineStyle(line_style)
        if kind == POINT_GEOMETRY:
            band.setIcon(QgsRubberBand.IconType.ICON_CIRCLE)
            band.setIconSize(14)
        band.show()
        self.bands.append(band)

    def show(self, store: Optional[Store], selected: List[ReviewItem], zoom: bool) -> None:
        """Highlight the selected features (with the candidate and current site of a single one) and
        zoom the map to a single one."""
        self.clear()
        if store is None or self.canvas is None:
            return
        if not selected:
            return
        try:
            if len(selected) == 1:
                self._show_one(store, selected[0], zoom)
            else:
                for item in selected[:MAX_HIGHLIGHTS]:
                    geometry, crs = feature_geometry(store, item.layer, item.key, item.fid)
                    if geometry is not None:
                        self._highlight(geometry, crs, FEATURE_COLOUR)
        except StoreError as exc:
            LOG.warning("Could not show the selection on the map: %s", exc)
        self.canvas.refresh()

    def _show_one(self, store: Store, item: ReviewItem, zoom: bool) -> None:
        geometry, crs = feature_geometry(store, item.layer, item.key, item.fid)
        candidate, candidate_crs = site_geometry(store, item.tag_candidate)
        site, site_crs = site_geometry(store, item.site_ref)
        if site is not None:
            self._highlight(site, site_crs, SITE_COLOUR, Qt.PenStyle.DashLine)
        if candidate is not None:
            self._highlight(candidate, candidate_crs, CANDIDATE_COLOUR, Qt.PenStyle.DashLine)
        if geometry is not None:
            self._highlight(geometry, crs, FEATURE_COLOUR)
        if not zoom:
            return
        if geometry is None:
            return  # the details below the queue say it has no location, and what to do
        shown = [(geometry.boundingBox(), crs)]
        if candidate is not None:
            shown.append((candidate.boundingBox(), candidate_crs))
        self.zoom_to(shown)

    def zoom_to(self, boxes: Sequence[Tuple[QgsRectangle, QgsCoordinateReferenceSystem]]) -> bool:
        """Zoom the map to the union of the boxes (each in its CRS), with a margin."""
        canvas_crs = self.canvas.mapSettings().destinationCrs()
        extent = QgsRectangle()
        extent.setMinimal()
        for box, crs in boxes:
            if canvas_crs.isValid() and crs is not None and crs.isValid() and crs != canvas_crs:
                try:
                    box = QgsCoordinateTransform(crs, canvas_crs, QgsProject.instance()).transformBoundingBox(
                        box
                    )
                except QgsCsException as exc:
                    LOG.warning("Cannot show the feature in the map's CRS %s: %s", canvas_crs.authid(), exc)
                    return False
            extent.combineExtentWith(box)
        if extent.isEmpty() and extent.width() < 0:
            return False
        smallest = MINIMUM_EXTENT_DEGREES if canvas_crs.isGeographic() else MINIMUM_EXTENT
        size = max(extent.width(), extent.height())
        grow = max(size * ZOOM_MARGIN, (smallest - size) / 2.0, 0.0)
        center = extent.center()
        extent = QgsRectangle(
            extent.xMinimum() - grow,
            extent.yMinimum() - grow,
            extent.xMaximum() + grow,
            extent.yMaximum() + grow,
        )
        if extent.width() <= 0 or extent.height() <= 0:
            self.canvas.setCenter(center)
        else:
            self.canvas.setExtent(extent)
        self.canvas.refresh()
        return True
