"""The tagging rules of DOMAIN.md section 3 for one feature, shared by both engines: ``tagging`` (the
QGIS engine: GEOS and a spatial index) and ``postgis_tagging`` (the database answers the spatial
questions). Both import from here and neither from the other's rules, so there is no import cycle.

``Sites`` holds the allocations and applies the rules (``tag_point``, ``tag_polygon``,
``tag_by_reference``); an engine only answers its spatial questions (``containing``, ``overlaps``,
``nearest_within``).
"""

import logging
from typing import List, NamedTuple, Optional, Tuple

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsRectangle, QgsSpatialIndex

from ..compat import POINT_GEOMETRY
from . import schema
from .store_base import StoreBase
from .values import plain_value

LOG = logging.getLogger(__name__)

SPATIAL = "spatial"
REFERENCE = "reference"
MANUAL = "manual"
NONE = "none"

MULTIPLE_SITES = "multiple_sites"
PARTIAL_OVERLAP = "partial_overlap"
NEAR_BOUNDARY = "near_boundary"
LOCATION_CONFLICT = "location_conflict"
NO_GEOMETRY = "no_geometry"

OVERLAP_DECIMALS = 6


class Tag(NamedTuple):
    site_ref: Optional[str]
    method: str
    overlap: Optional[float] = None
    review: Optional[str] = None
    candidate: Optional[str] = None

    def as_row(self) -> Tuple:
        overlap = None if self.overlap is None else round(self.overlap, OVERLAP_DECIMALS)
        return (self.site_ref, self.method, overlap, self.review, self.candidate)


UNTAGGED = Tag(None, NONE)


class TagSettings(NamedTuple):
    overlap_threshold: float = 0.5
    minor_overlap: float = 0.1
    near_distance: float = 50.0

    @classmethod
    def from_store(cls, store: StoreBase) -> "TagSettings":
        settings = store.plan_settings()
        return cls(
            float(settings["overlap_threshold"]),
            float(settings["minor_overlap"]),
            float(settings["near_distance"]),
        )


def usable(geometry: Optional[QgsGeometry]) -> Optional[QgsGeometry]:
    """The geometry repaired for testing (make-valid), or None when nothing usable is left."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    # Points are valid when they exist; only lines and polygons can self-intersect.
    if geometry.type() != POINT_GEOMETRY and not geometry.isGeosValid():
        geometry = geometry.makeValid()
        if geometry.isNull() or geometry.isEmpty():
            return None
    return geometry


class Sites:
    """The allocations in their own CRS, indexed, with prepared geometry engines for fast tests."""

    def __init__(self, refs: List[str], geometries: List[QgsGeometry]):
        self.refs = refs
        self.geometries = geometries
        self.areas = [g.area() for g in geometries]
        self.index = QgsSpatialIndex()
        self.engines = []
        for i, geometry in enumerate(geometries):
            self.index.addFeature(i, geometry.boundingBox())
            engine = QgsGeometry.createGeometryEngine(geometry.constGet())
            engine.prepareGeometry()
            self.engines.append(engine)

    @classmethod
    def from_store(cls, store: StoreBase) -> "Sites":
        refs, geometries = [], []
        layer = store.layer(schema.ALLOCATIONS)
        request = QgsFeatureRequest().setSubsetOfAttributes(["site_ref"], layer.fields())
        for feature in layer.getFeatures(request):
            geometry = usable(QgsGeometry(feature.geometry())) if feature.hasGeometry() else None
            ref = plain_value(feature["site_ref"])
            if geometry is None or not ref:
                LOG.warning(
                    "Allocation %s has no usable geometry and is left out of tagging", ref or feature.id()
                )
                continue
            refs.append(str(ref))
            geometries.append(geometry)
        return cls(refs, geometries)

    def focus(self, key) -> None:
        """The target the next questions are about: only the SQL engine's Sites need it."""

    def containing(self, point: QgsGeometry) -> List[int]:
        """Sites the point lies in or on, smallest area first."""
        found = [
            i
            for i in self.index.intersects(point.boundingBox())
            if self.engines[i].intersects(point.constGet())
        ]
        return sorted(found, key=lambda i: (self.areas[i], self.refs[i]))

    def overlaps(self, polygon: QgsGeometry) -> List[Tuple[float, int]]:
        """(fraction of the polygon's area in the site, site), largest first; zero-area contacts too."""
        area = polygon.area()
        out = []
        for i in self.index.intersects(polygon.boundingBox()):
            engine = self.engines[i]
            if not engine.intersects(polygon.constGet()):
                continue
            if engine.contains(polygon.constGet()):  # the common case, and far cheaper than an overlay
                out.append((1.0, i))
                continue
            shared = engine.intersection(polygon.constGet())
            fraction = (shared.area() / area) if (shared is not None and area > 0) else 0.0
            out.append((min(fraction, 1.0), i))
        out.sort(key=lambda pair: (-pair[0], self.areas[pair[1]], self.refs[pair[1]]))
        return out

    def nearest_within(self, geometry: QgsGeometry, distance: float) -> Optional[int]:
        box = QgsRectangle(geometry.boundingBox())
        box.grow(distance)
        best = None
        for i in self.index.intersects(box):
            d = self.geometries[i].distance(geometry)
            if 0 <= d <= distance and (best is None or (d, self.refs[i]) < best[0]):
                best = ((d, self.refs[i]), i)
        return None if best is None else best[1]

    # -- the rules ----------------------------------------------------------------------------------

    def tag_point(self, point: QgsGeometry, settings: TagSettings) -> Tag:
        inside = self.containing(point)
        if len(inside) == 1:
            return Tag(self.refs[inside[0]], SPATIAL, 1.0)
        if inside:
            return Tag(self.refs[inside[0]], SPATIAL, 1.0, MULTIPLE_SITES, self.refs[inside[1]])
        return self._near_or_windfall(point, settings)

    def tag_polygon(self, polygon: QgsGeometry, settings: TagSettings) -> Tag:
        overlaps = self.overlaps(polygon)
        best = overlaps[0] if overlaps else (0.0, None)
        if best[1] is not None and best[0] >= settings.overlap_threshold:
            second = overlaps[1] if len(overlaps) > 1 else None
            if second is not None and second[0] >= settings.minor_overlap:
                return Tag(self.refs[best[1]], SPATIAL, best[0], MULTIPLE_SITES, self.refs[second[1]])
            return Tag(self.refs[best[1]], SPATIAL, best[0])
        if best[1] is not None and best[0] > 0:
            return Tag(None, NONE, best[0], PARTIAL_OVERLAP, self.refs[best[1]])
        return self._near_or_windfall(polygon, settings)

    def _near_or_windfall(self, geometry: QgsGeometry, settings: TagSettings) -> Tag:
        near = self.nearest_within(geometry, settings.near_distance)
        if near is not None:
            return Tag(None, NONE, None, NEAR_BOUNDARY, self.refs[near])
        return UNTAGGED

    def tag_by_reference(self, inherited: Optional[str], point: Optional[QgsGeometry]) -> Tag:
        if point is not None:
            inside = [self.refs[i] for i in self.containing(point)]
            if inside and inherited not in inside:
                return Tag(inherited, REFERENCE, None, LOCATION_CONFLICT, inside[0])
        return Tag(inherited, REFERENCE)
