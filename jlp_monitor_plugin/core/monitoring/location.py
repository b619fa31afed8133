"""Where a completion belongs (DOMAIN.md §4): its tagged site's LPA and policy area; else the
``areas`` piece its geometry lies in; else its permission's (by the permission's geometry); else
``unknown``."""

from typing import Dict, List, NamedTuple, Optional, Tuple

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsSpatialIndex

from ...compat import POINT_GEOMETRY
from .. import schema
from ..store import Store

UNKNOWN = "unknown"

# How a completion's place was found, in the order the rule tries them.
BY_SITE = "site"
BY_AREA = "area"
BY_PERMISSION = "permission"
BY_NOTHING = "unknown"


class Place(NamedTuple):
    lpa: str
    policy_area: str
    placed_by: str


class AreaLocator:
    """The areas pieces, indexed, with prepared geometry engines; geometries given in ``crs``."""

    def __init__(self, crs: QgsCoordinateReferenceSystem, pieces: List[Tuple[str, str, QgsGeometry]]):
        self.crs = crs
        self.pieces = pieces
        self.index = QgsSpatialIndex()
        self.engines = []
        for i, (_lpa, _area, geometry) in enumerate(pieces):
            self.index.addFeature(i, geometry.boundingBox())
            engine = QgsGeometry.createGeometryEngine(geometry.constGet())
            engine.prepareGeometry()
            self.engines.append(engine)

    @classmethod
    def from_store(cls, store: Store) -> "AreaLocator":
        pieces = []
        for _fid, geometry, lpa, area in store.read_rows(schema.AREAS, ["lpa", "policy_area"]):
            if geometry is None or geometry.isEmpty() or not lpa or not area:
                continue
            if not geometry.isGeosValid():
                geometry = geometry.makeValid()  # repaired for the test only, as tagging does
            pieces.append((str(lpa), str(area), geometry))
        return cls(store.layer(schema.AREAS).crs(), pieces)

    def locate(self, geometry: Optional[QgsGeometry]) -> Optional[Tuple[str, str]]:
        """(lpa, policy_area) of the piece the geometry lies in (a boundary counts as inside; on a
        shared edge, the piece stored first); None when in none."""
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            return None
        if geometry.type() != POINT_GEOMETRY:
            geometry = geometry.pointOnSurface()
            if geometry.isNull():
                return None
        for i in sorted(self.index.intersects(geometry.boundingBox())):
            if self.engines[i].intersects(geometry.constGet()):
                return self.pieces[i][0], self.pieces[i][1]
        return None


class Placer:
    """Applies the rule to completions, remembering each permission's place."""

    def __init__(self, locator: AreaLocator, allocations, permissions):
        self.locator = locator
        self.allocations = allocations
        self.permissions = {p.app_ref: p for p in permissions}
        self._permission_places: Dict[str, Optional[Tuple[str, str]]] = {}

    def site_place(self, site_ref: Optional[str]) -> Optional[Tuple[str, str]]:
        site = self.allocations.get(site_ref) if site_ref else None
        if site is None or not site.lpa or not site.policy_area:
            return None
        return site.lpa, site.policy_area

    def permission_place(self, app_ref: Optional[str]) -> Optional[Tuple[str, str]]:
        """A permission's place: its site's when tagged, else its geometry's piece."""
        if not app_ref or app_ref not in self.permissions:
            return None
        if app_ref not in self._permission_places:
            permission = self.permissions[app_ref]
            place = self.site_place(permission.site_ref) or self.locator.locate(permission.geometry)
            self._permission_places[app_ref] = place
        return self._permission_places[app_ref]

    def completion_place(self, completion) -> Place:
        place = self.site_place(completion.site_ref)
        if place is not None:
            return Place(place[0], place[1], BY_SITE)
        place = self.locator.locate(completion.geometry)
        if place is not None:
            return Place(place[0], place[1], BY_AREA)
        permission = self.permissions.get(completion.app_ref) if completion.app_ref else None
        place = self.locator.locate(permission.geometry) if permission is not None else None
        if place is not None:
            return Place(place[0], place[1], BY_PERMISSION)
        return Place(UNKNOWN, UNKNOWN, BY_NOTHING)
