"""Where an import's rows get their location, and the checks on it: a point from X/Y columns or the
geometry of a layer's feature, in the source CRS; refused when it lies outside the plan CRS's area of
use, looks like swapped coordinates or like the wrong kind of coordinates (degrees for metres);
transformed to the target layer's CRS and fitted to its kind (a point on a polygon's surface for
permissions, the polygon itself for red lines); a warning when it falls more than 10 km outside the
plan's areas and allocations. No QGIS layer is written here: ``writer`` does that.
"""

from functools import partial
from typing import Callable, List, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
    QgsWkbTypes,
)

from ...compat import POINT_GEOMETRY, POLYGON_GEOMETRY
from .. import schema
from ..store import Store
from ..translation import tr
from . import validation as v
from .field_map import BOUNDARIES, PERMISSIONS

PLAN_MARGIN = 10000.0  # metres around the plan's areas and allocations still taken as "in the plan"
WGS84 = "EPSG:4326"


def flat(geometry: QgsGeometry) -> QgsGeometry:
    """The geometry without Z or M values (the standard's layers are 2D)."""
    if QgsWkbTypes.hasZ(geometry.wkbType()) or QgsWkbTypes.hasM(geometry.wkbType()):
        geometry = QgsGeometry(geometry)
        abstract = geometry.get()
        abstract.dropZValue()
        abstract.dropMValue()
    return geometry


# -- writing one layer ---------------------------------------------------------------------------


def _plan_extent(store: Store, crs: QgsCoordinateReferenceSystem) -> Optional[QgsRectangle]:
    """The extent of the store's areas and allocations in ``crs``, 10 km wider; None when empty."""
    extent = None  # type: Optional[QgsRectangle]
    for name in (schema.AREAS, schema.ALLOCATIONS):
        layer = store.layer(name)
        if layer.featureCount() == 0:
            continue
        box = layer.extent()
        if box.isEmpty():
            continue
        if layer.crs().isValid() and layer.crs() != crs:
            try:
                transform = QgsCoordinateTransform(layer.crs(), crs, QgsCoordinateTransformContext())
                box = transform.transformBoundingBox(box)
            except Exception:  # noqa: BLE001 - QgsCsException
                continue
        if extent is None:
            extent = QgsRectangle(box)
        else:
            extent.combineExtentWith(box)
    if extent is None:
        return None
    margin = PLAN_MARGIN if not crs.isGeographic() else PLAN_MARGIN / 111000.0
    return extent.buffered(margin)


def _layer_crs(store: Store, name: str) -> QgsCoordinateReferenceSystem:
    crs = store.layer(name).crs()
    return crs if crs.isValid() else QgsCoordinateReferenceSystem(store.crs_authid())


class GeometryRules:
    """The geometry decisions of one import (made once) and the checks of each row's geometry."""

    def __init__(
        self,
        store: Store,
        target: str,
        layer_name: str,
        source_crs: QgsCoordinateReferenceSystem,
        x_field: Optional[str],
        y_field: Optional[str],
        from_layer: bool,
        with_boundaries: bool,
    ):
        self.target = target
        self.layer_kind = schema.LAYERS[layer_name].geometry
        self.source_crs = source_crs
        self.x_field, self.y_field = x_field, y_field
        self.from_xy = bool(x_field)
        self.from_layer = from_layer
        self.with_boundaries = with_boundaries
        self.plan_crs = QgsCoordinateReferenceSystem(store.crs_authid())
        context = QgsCoordinateTransformContext()
        target_crs = _layer_crs(store, layer_name)
        self.to_target = QgsCoordinateTransform(source_crs, target_crs, context)
        boundaries_crs = _layer_crs(store, schema.PERMISSION_BOUNDARIES)
        self.to_boundaries = QgsCoordinateTransform(source_crs, boundaries_crs, context)
        permissions_crs = _layer_crs(store, schema.PERMISSIONS)
        self.to_permissions = QgsCoordinateTransform(source_crs, permissions_crs, context)
        self.to_wgs84 = QgsCoordinateTransform(source_crs, QgsCoordinateReferenceSystem(WGS84), context)
        self.area = None  # type: Optional[QgsRectangle]
        bounds = self.plan_crs.bounds()
        if not bounds.isEmpty():
            self.area = bounds.buffered(0.01)
        self.geographic = source_crs.isGeographic()
        self.plan_extent = _plan_extent(store, target_crs)

    def row_geometry(self, row) -> Tuple[Optional[QgsGeometry], Optional[QgsGeometry], List[v.Problem]]:
        """(geometry in the target layer's CRS, red line in the boundaries' CRS, problems) of one row;
        no geometry when it has none or it is refused (an error among the problems)."""
        problems = []  # type: List[v.Problem]
        if self.from_xy:
            x_raw, y_raw = row.values.get(self.x_field), row.values.get(self.y_field)
            problem = partial(
                v.Problem,
                row.row,
                "geometry",
                "{} / {}".format(self.x_field, self.y_field),
                "{}, {}".format(v.as_text(x_raw) or "", v.as_text(y_raw) or ""),
            )
            x, x_error = v.parse_number(x_raw)
            y, y_error = v.parse_number(y_raw)
            if x_error or y_error:
                problems.append(problem(tr("the coordinates are not numbers")))
                return None, None, problems
            if x is None and y is None:
                if self.target == PERMISSIONS:
                    problems.append(problem(tr("no coordinates: loaded without a location"), v.WARNING))
                return None, None, problems
            if x is None or y is None:
                problems.append(problem(tr("only one of the two coordinates is given")))
                return None, None, problems
            if x == 0 and y == 0:
                problems.append(problem(tr("0, 0 is not a location: loaded without one"), v.WARNING))
                return None, None, problems
            source = QgsGeometry.fromPointXY(QgsPointXY(x, y))
        else:
            if not self.from_layer:
                return None, None, problems
            if row.geometry is None or row.geometry.isNull() or row.geometry.isEmpty():
                if self.target == BOUNDARIES:
                    problems.append(
                        v.Problem(
                            row.row,
                            "geometry",
                            tr("geometry"),
                            tr("empty") if row.geometry is not None else None,
                            tr("no polygon: the feature's geometry is empty or missing"),
                        )
                    )
                return None, None, problems
            source = flat(row.geometry)
            problem = partial(v.Problem, row.row, "geometry", tr("geometry"), source.asWkt(3)[:60])
        reason = self._location_problem(source)
        if reason:
            problems.append(problem(reason))
            return None, None, problems
        geometry, boundary = self._fit(source, problem, problems)
        if geometry is not None and self.plan_extent is not None:
            reason, severity = self._plan_area_problem(source, geometry)
            if reason:
                problems.append(problem(reason, severity))
                if severity == v.ERROR:
                    return None, None, problems
        return geometry, boundary, problems

    def _plan_area_problem(self, source: QgsGeometry, geometry: QgsGeometry) -> Tuple[Optional[str], str]:
        """A point outside the plan's areas and allocations (10 km around them): an error when its
        coordinates swapped lie inside (they were swapped), else a warning."""
        centre = geometry.boundingBox().center()
        if self.plan_extent.contains(centre):
            return None, v.WARNING
        point = source.boundingBox().center()
        try:
            swapped = self.to_target.transform(QgsPointXY(point.y(), point.x()))
        except Exception:  # noqa: BLE001 - QgsCsException
            swapped = None
        if swapped is not None and self.plan_extent.contains(swapped):
            if self.geographic:
                return tr("latitude and longitude look swapped (the Y column holds the longitude)"), v.ERROR
            return tr("X and Y look swapped (the X column holds the northing)"), v.ERROR
        return tr("outside the plan area (more than 10 km from its areas and allocations); loaded"), v.WARNING

    def _location_problem(self, geometry: QgsGeometry) -> Optional[str]:
        """Why a geometry (in the source CRS) is not in the plan's CRS area, or None."""
        centre = geometry.boundingBox().center()
        x, y = centre.x(), centre.y()
        crs_name = self.source_crs.authid() or self.source_crs.description()
        if self.geographic:
            if abs(x) > 180 or abs(y) > 90:
                return tr(
                    "these look like eastings/northings, not longitude/latitude ({}): "
                    "set SOURCE_CRS (e.g. EPSG:27700)"
                ).format(crs_name)
        elif abs(x) <= 180 and abs(y) <= 90:
            return tr("these look like longitude/latitude, not {}: set SOURCE_CRS to EPSG:4326").format(
                crs_name
            )
        if self.area is None:
            return None
        try:
            lon_lat = self.to_wgs84.transform(centre)
        except Exception:  # noqa: BLE001 - QgsCsException: not transformable, so not in the area
            lon_lat = None
        if lon_lat is not None and self.area.contains(lon_lat):
            return None
        if self.geographic and self.area.contains(QgsPointXY(y, x)):
            return tr("latitude and longitude look swapped (the Y column holds the longitude)")
        if not self.geographic:
            try:
                swapped = self.to_wgs84.transform(QgsPointXY(y, x))
            except Exception:  # noqa: BLE001
                swapped = None
            if swapped is not None and self.area.contains(swapped):
                return tr("X and Y look swapped (the X column holds the northing)")
        return tr("outside the area of use of the plan's CRS {}").format(self.plan_crs.authid())

    def _fit(
        self, source: QgsGeometry, problem: Callable[..., v.Problem], problems: List[v.Problem]
    ) -> Tuple[Optional[QgsGeometry], Optional[QgsGeometry]]:
        """The source geometry in the target layer's CRS and of its kind (and the red line, for
        permissions from polygons); (None, None) when it cannot be, with the reason added to
        ``problems`` (``problem(reason, severity)`` makes one for this row)."""
        kind = source.type()
        target_kind = self.layer_kind
        boundary = None
        try:
            if target_kind == schema.MULTIPOLYGON:
                if kind != POLYGON_GEOMETRY:
                    problems.append(problem(tr("not a polygon")))
                    return None, None
                geometry = QgsGeometry(source)
                geometry.transform(self.to_target)
                geometry.convertToMultiType()
                if not geometry.isGeosValid():
                    problems.append(problem(tr("the polygon is not valid; kept as given"), v.WARNING))
                return geometry, None
            if kind == POINT_GEOMETRY:
                geometry = QgsGeometry(source)
                if geometry.isMultipart():
                    parts = geometry.asMultiPoint()
                    if len(parts) != 1:
                        problems.append(problem(tr("several points, not one")))
                        return None, None
                    geometry = QgsGeometry.fromPointXY(parts[0])
                geometry.transform(self.to_target)
                return geometry, None
            if kind == POLYGON_GEOMETRY:
                valid = source if source.isGeosValid() else source.makeValid()
                if self.with_boundaries:
                    boundary = QgsGeometry(source)
                    boundary.transform(self.to_boundaries)
                    boundary.convertToMultiType()
                    if valid is not source:
                        problems.append(
                            problem(
                                tr(
                                    "the red line is not valid; kept as given, "
                                    "its point taken from the repaired shape"
                                ),
                                v.WARNING,
                            )
                        )
                geometry = valid.pointOnSurface()
                if geometry.isNull() or geometry.isEmpty():
                    problems.append(problem(tr("no point on the polygon's surface")))
                    return None, None
                geometry.transform(self.to_target)
                return geometry, boundary
        except Exception as exc:  # noqa: BLE001 - QgsCsException and GEOS errors, per row
            problems.append(problem(tr("cannot be transformed to the store's CRS ({})").format(exc)))
            return None, None
        problems.append(problem(tr("a line, where a point or polygon is needed")))
        return None, None

    def point_for_permissions(self, source: QgsGeometry) -> Optional[QgsGeometry]:
        """A point on a boundary's surface in the permissions' CRS (for permissions lacking one)."""
        valid = source if source.isGeosValid() else source.makeValid()
        point = valid.pointOnSurface()
        if point.isNull() or point.isEmpty():
            return None
        point.transform(self.to_permissions)
        return point


# -- previews and imports ------------------------------------------------------------------------
