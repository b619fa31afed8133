"""A plan's boundaries and allocations from any layer QGIS reads, checked, then loaded into a store.

Boundaries: a layer of the LPAs (and, when the plan has them, a layer of the policy areas), each
with a field holding the code. A value matches an LPA (policy area) when it equals its code, its GSS
code or its name, ignoring case; or the name without "District Council", "National Park Authority"
and the like, as ONS layers write it ("South Hams"); or through ``values`` ({value: code}). Features
whose value matches nothing are left out (a national layer of every council may be used) and
counted. Each LPA's features are dissolved and transformed to the store's CRS; the store's ``areas``
pieces are every LPA × policy area intersection (policy area ``PLAN`` when the plan has none).
Checked and reported, areas in hectares: an LPA or policy area with no feature (refused), overlaps
between two LPAs or two policy areas, gaps (holes inside the plan area, and land of the LPAs in no
policy area or of a policy area outside the LPAs).

Allocations: any polygon layer with a field map like the importers' (``site_ref=Ref;site_name=Name;
homes_capacity=Homes;lpa='ABC'``); ``lpa`` and ``policy_area`` not mapped are taken from the piece
holding the site's point on surface. A row without a site_ref, with a capacity that is not a whole
number, an LPA or policy area the plan does not have, or no polygon is rejected with the reason.

Both go into the store through ``loading.load_standard`` (one transaction, matched on their keys).
"""

import os
import shutil
import tempfile
from typing import Any, Dict, List, NamedTuple, Optional, Sequence, Tuple, Union

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsVectorLayer,
)

from ..compat import POLYGON_GEOMETRY
from . import schema
from .importing.field_map import TEMPLATE_PART, FieldMapError, parse_field_map
from .importing.source import SourceError, SourceTable
from .loading import LoadReport, load_standard
from .output_guard import written_whole
from .rejects import Rejected, write_rejects
from .store import Store
from .translation import tr
from .values import plain_value

PLAN = "PLAN"
ALLOCATION_FIELDS = [f.name for f in schema.LAYERS[schema.ALLOCATIONS].fields]
SLIVER_HA = 0.0001  # gaps and overlaps smaller than 1 m² are not reported


class PlanLayerError(ValueError):
    """Boundaries or allocations that cannot be used, with every reason."""


class Finding(NamedTuple):
    kind: str  # "overlap" or "gap"
    what: str  # a sentence naming the areas
    hectares: float
    geometry: QgsGeometry


class Boundaries(NamedTuple):
    pieces: List[Tuple[str, str, QgsGeometry]]  # (lpa, policy_area, geometry in the store's CRS)
    findings: List[Finding]
    ignored: int  # features of the layers whose value is none of the plan's codes

    def messages(self) -> List[str]:
        out = ["{} ({:,.4f} ha)".format(f.what, f.hectares) for f in self.findings]
        if self.ignored:
            out.append(
                tr("{} features whose code is not one of the plan's were left out.").format(self.ignored)
            )
        return out


def _layer(source: Union[str, QgsVectorLayer], what: str) -> QgsVectorLayer:
    if isinstance(source, QgsVectorLayer):
        layer = source
    else:
        layer = QgsVectorLayer(str(source), os.path.basename(str(source)), "ogr")
    if not layer.isValid():
        raise PlanLayerError(tr("The {} layer {} cannot be read by QGIS.").format(what, source))
    if layer.geometryType() != POLYGON_GEOMETRY:
        raise PlanLayerError(tr("The {} layer {} has no polygons.").format(what, layer.name()))
    return layer


# What boundary layers leave off a council's name: ONS writes "South Hams" for South Hams District Council.
NAME_ENDINGS = (
    " metropolitan borough council",
    " national park authority",
    " district council",
    " borough council",
    " county council",
    " city council",
    " council",
)


def _matcher(items: Sequence[Dict[str, Any]], values: Optional[Dict[str, str]]) -> Dict[str, str]:
    out = {}
    for item in items:
        for key in ("code", "gss", "name"):
            if item.get(key):
                out[str(item[key]).strip().lower()] = item["code"]
        name = str(item.get("name") or "").strip().lower()
        for ending in NAME_ENDINGS:
            if name.endswith(ending) and len(name) > len(ending):
                out.setdefault(name[: -len(ending)].strip(), item["code"])
                break
    for value, code in (values or {}).items():
        out[str(value).strip().lower()] = code
    return out


def _dissolved(
    layer: QgsVectorLayer, field: str, items, values, crs: QgsCoordinateReferenceSystem, what: str
) -> Tuple[Dict[str, QgsGeometry], int]:
    if layer.fields().indexOf(field) < 0:
        raise PlanLayerError(
            tr("The {} layer {} has no field '{}'; its fields are {}.").format(
                what, layer.name(), field, ", ".join(layer.fields().names())
            )
        )
    match = _matcher(items, values)
    transform = QgsCoordinateTransform(layer.crs(), crs, QgsCoordinateTransformContext())
    parts: Dict[str, List[QgsGeometry]] = {}
    ignored = 0
    for feature in layer.getFeatures():
        code = match.get(str(plain_value(feature[field]) or "").strip().lower())
        if code is None or not feature.hasGeometry():
            ignored += 1
            continue
        geometry = QgsGeometry(feature.geometry())
        geometry.transform(transform)
        if not geometry.isGeosValid():
            geometry = geometry.makeValid()
        parts.setdefault(code, []).append(geometry)
    missing = [item["code"] for item in items if item["code"] not in parts]
    if missing:
        raise PlanLayerError(
            tr(
                "No feature of the {} layer {} has the code of {} in field '{}' (code, GSS code or name)."
            ).format(what, layer.name(), ", ".join(missing), field)
        )
    return {code: QgsGeometry.unaryUnion(geoms) for code, geoms in parts.items()}, ignored


def _hectares(geometry: QgsGeometry) -> float:
    return geometry.area() / 10000.0 if geometry and not geometry.isEmpty() else 0.0


def _overlaps(shapes: Dict[str, QgsGeometry], what: str) -> List[Finding]:
    out = []
    codes = list(shapes)
    for i, first in enumerate(codes):
        for second in codes[i + 1 :]:
            common = shapes[first].intersection(shapes[second])
            if _hectares(common) >= SLIVER_HA:
                out.append(
                    Finding(
                        "overlap",
                        tr("{} {} and {} overlap").format(what, first, second),
                        _hectares(common),
                        common,
                    )
                )
    return out


def _holes(union: QgsGeometry) -> List[QgsGeometry]:
    holes = []
    for part in union.asGeometryCollection() if union.isMultipart() else [union]:
        polygon = part.asPolygon()
        for ring in polygon[1:]:
            holes.append(QgsGeometry.fromPolygonXY([ring]))
    return holes


def read_boundaries(
    plan: Dict[str, Any],
    lpa_layer: Union[str, QgsVectorLayer],
    lpa_field: str,
    area_layer: Union[str, QgsVectorLayer, None] = None,
    area_field: Optional[str] = None,
    crs: Union[str, QgsCoordinateReferenceSystem] = schema.DEFAULT_CRS,
    values: Optional[Dict[str, str]] = None,
) -> Boundaries:
    """The plan's ``areas`` pieces from the boundary layers, with the gaps and overlaps found."""
    crs = crs if isinstance(crs, QgsCoordinateReferenceSystem) else QgsCoordinateReferenceSystem(crs)
    lpas, ignored = _dissolved(_layer(lpa_layer, tr("LPA")), lpa_field, plan["lpas"], values, crs, tr("LPA"))
    findings = _overlaps(lpas, tr("LPAs"))
    union = QgsGeometry.unaryUnion(list(lpas.values()))
    for hole in _holes(union):
        if _hectares(hole) >= SLIVER_HA:
            findings.append(
                Finding("gap", tr("a gap inside the plan area, in no LPA"), _hectares(hole), hole)
            )
    policy = plan.get("policy_areas") or []
    if not policy:
        return Boundaries([(code, PLAN, shape) for code, shape in lpas.items()], findings, ignored)
    if area_layer is None or not area_field:
        raise PlanLayerError(
            tr("The plan has policy areas ({}): give their layer and the field holding their code.").format(
                ", ".join(p["code"] for p in policy)
            )
        )
    areas, more = _dissolved(
        _layer(area_layer, tr("policy area")), area_field, policy, values, crs, tr("policy area")
    )
    findings += _overlaps(areas, tr("Policy areas"))
    covered = QgsGeometry.unaryUnion(list(areas.values()))
    for geometry, what in (
        (union.difference(covered), tr("land of the LPAs in no policy area")),
        (covered.difference(union), tr("policy area land outside the LPAs")),
    ):
        if _hectares(geometry) >= SLIVER_HA:
            findings.append(Finding("gap", what, _hectares(geometry), geometry))
    pieces = []
    for lpa, lpa_shape in lpas.items():
        for code, shape in areas.items():
            piece = lpa_shape.intersection(shape)
            if _hectares(piece) >= SLIVER_HA:
                polygons = QgsGeometry.collectGeometry(
                    [p for p in piece.asGeometryCollection() if p.type() == POLYGON_GEOMETRY]
                )
                pieces.append((lpa, code, polygons))
    return Boundaries(pieces, findings, ignored + more)


class Allocations(NamedTuple):
    rows: List[Tuple[Dict[str, Any], QgsGeometry]]
    rejected: List[Rejected]


def read_allocations(
    plan: Dict[str, Any],
    source: Union[str, QgsVectorLayer],
    field_map: str,
    pieces: Sequence[Tuple[str, str, QgsGeometry]] = (),
    crs: Union[str, QgsCoordinateReferenceSystem] = schema.DEFAULT_CRS,
) -> Allocations:
    """The allocation rows of a polygon layer through a field map, each row checked."""
    crs = crs if isinstance(crs, QgsCoordinateReferenceSystem) else QgsCoordinateReferenceSystem(crs)
    try:
        table = SourceTable.open(source)
        mapping = parse_field_map(field_map).resolved(table.headings, table.name)
    except (SourceError, FieldMapError) as exc:
        raise PlanLayerError(str(exc)) from None
    unknown = [t for t in mapping.targets if t not in ALLOCATION_FIELDS]
    if unknown or "site_ref" not in mapping:
        raise PlanLayerError(
            tr("The allocations' field map must map site_ref and may map only {}; it names {}.").format(
                ", ".join(ALLOCATION_FIELDS), ", ".join(unknown) or tr("no site_ref")
            )
        )
    if not table.is_polygon:
        raise PlanLayerError(tr("The allocations layer {} has no polygons.").format(table.name))
    lpas = {item["code"] for item in plan["lpas"]}
    areas = {item["code"] for item in plan.get("policy_areas") or []} or {PLAN}
    lpa_codes = _matcher(plan["lpas"], None)
    area_codes = _matcher(plan.get("policy_areas") or [], None)
    transform = QgsCoordinateTransform(table.crs(), crs, QgsCoordinateTransformContext())
    rows, rejected = [], []
    for row in table.rows():
        values: Dict[str, Any] = {t: plain_value(row.values.get(c)) for t, c in mapping.columns.items()}
        values.update(mapping.constants)
        for target, template in mapping.templates.items():
            parts = row.values
            values[target] = TEMPLATE_PART.sub(
                lambda m, parts=parts: str(parts.get(m.group(1)) or ""), template
            )
        for key, match in (("lpa", lpa_codes), ("policy_area", area_codes)):
            if values.get(key):  # a name or GSS code as boundary layers give it: the plan's code
                values[key] = match.get(str(values[key]).strip().lower(), str(values[key]).strip())
        geometry = QgsGeometry(row.geometry) if row.geometry is not None else None
        reason = _allocation_problem(values, geometry, lpas, areas)
        if reason is None:
            geometry.transform(transform)
            if not values.get("lpa") or not values.get("policy_area"):
                place = _place(geometry, pieces)
                if place is None:
                    reason = tr("the site lies in none of the plan's areas; map lpa and policy_area")
                else:
                    values["lpa"] = values.get("lpa") or place[0]
                    values["policy_area"] = values.get("policy_area") or place[1]
        if reason is not None:
            rejected.append(Rejected(schema.ALLOCATIONS, row.row, reason, dict(row.values)))
            continue
        geometry.convertToMultiType()
        rows.append((values, geometry))
    return Allocations(rows, rejected)


def _allocation_problem(values, geometry, lpas, areas) -> Optional[str]:
    if not str(values.get("site_ref") or "").strip():
        return tr("site_ref is empty")
    values["site_ref"] = str(values["site_ref"]).strip()
    for field in ("homes_capacity",):
        value = values.get(field)
        if value in (None, ""):
            values[field] = None
            continue
        try:
            number = float(str(value).replace(",", ""))
        except ValueError:
            return tr("{} is '{}', not a number of homes").format(field, value)
        if number != int(number):
            return tr("{} is {}, not a whole number of homes").format(field, value)
        values[field] = int(number)
    if values.get("lpa") and values["lpa"] not in lpas:
        return tr("lpa '{}' is not one of the plan's LPAs ({})").format(
            values["lpa"], ", ".join(sorted(lpas))
        )
    if values.get("policy_area") and values["policy_area"] not in areas:
        return tr("policy_area '{}' is not one of the plan's ({})").format(
            values["policy_area"], ", ".join(sorted(areas))
        )
    if geometry is None or geometry.isEmpty() or geometry.type() != POLYGON_GEOMETRY:
        return tr("the row has no polygon")
    return None


def _place(geometry: QgsGeometry, pieces) -> Optional[Tuple[str, str]]:
    point = geometry.pointOnSurface()
    for lpa, area, shape in pieces:
        if shape.intersects(point):
            return lpa, area
    return None


def load_plan_layers(
    store: Store,
    boundaries: Optional[Boundaries] = None,
    allocations: Optional[Allocations] = None,
    rejects_path: Optional[str] = None,
) -> LoadReport:
    """The pieces and allocation rows written into ``store`` by ``load_standard`` (upsert, one
    transaction). The rows rejected while reading are written to ``rejects_path`` with the load's own."""
    folder = tempfile.mkdtemp(prefix="jlp_plan_layers_")
    try:
        staging = Store.create(
            os.path.join(folder, "plan_layers.gpkg"), crs=store.layer(schema.AREAS).crs().authid()
        )
        if boundaries is not None:
            _add(
                staging,
                schema.AREAS,
                [({"lpa": lpa, "policy_area": a}, g) for lpa, a, g in boundaries.pieces],
            )
        if allocations is not None:
            _add(staging, schema.ALLOCATIONS, allocations.rows)
        # The staging store's other layers are empty: an upsert of them changes nothing.
        report = load_standard(staging.path, store)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if allocations is not None:
        report.rejected[:0] = allocations.rejected
    if rejects_path and report.rejected:
        with written_whole(rejects_path) as part:
            write_rejects(part, report.rejected)
    return report


def _add(store: Store, name: str, rows) -> None:
    layer = store.layer(name)
    features = []
    for values, geometry in rows:
        feature = QgsFeature(layer.fields())
        for key, value in values.items():
            if layer.fields().indexOf(key) >= 0:
                feature[key] = value
        feature.setGeometry(geometry)
        features.append(feature)
    if features and not layer.dataProvider().addFeatures(features)[0]:
        raise PlanLayerError(tr("The {} could not be staged for loading.").format(name))
