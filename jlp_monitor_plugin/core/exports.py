"""Standard exports: the Brownfield Land Register CSV (2017 data standard) and the planning.data.gov.uk
``brownfield-land`` and ``local-plan-housing`` CSVs.

Brownfield rows come from the store's permissions with brownfield = 1, one row per permission:

- OrganisationURI / OrganisationLabel: the permission's LPA (else the ``areas`` piece its point lies
  in) from the plan settings' ``lpas``. The URI is an lpas entry's ``organisation_uri`` when given,
  else Open Data Communities' pattern ``http://opendatacommunities.org/id/<type>/<name>``: type from
  the GSS code (E06 unitary-authority, E07 district-council, E08 metropolitan-district-council, E09
  london-borough-council), name from the LPA name without "City/District/Borough Council", lower
  case, hyphenated (Plymouth City Council, E06000026 → .../unitary-authority/plymouth; South Hams
  District Council, E07000044 → .../district-council/south-hams), as digital-land/organisation-dataset
  collection/opendatacommunities/localgov.csv lists them.
- SiteReference: app_ref; SiteNameAddress: address (app_ref when blank); GeoX/GeoY: the permission's
  point (else a point on its red line) in WGS84, 6 decimals, CoordinateReferenceSystem ``WGS84``;
  Hectares: the red line's area (2 decimals; blank without one).
- PlanningStatus ``permissioned``; PermissionType from permission_type (full → full planning
  permission, outline → outline planning permission, reserved_matters → reserved matters approval,
  pip → permission in principle, technical_details → technical details consent, others → other);
  PermissionDate: decision_date; MinNetDwellings, NetDwellingsRangeFrom/To: net_units;
  DevelopmentDescription: proposal; Deliverable ``yes`` when the trajectory marks the permission (or
  its allocation site) deliverable; Notes: the allocation site, when tagged; FirstAddedDate: the
  decision date; LastUpdatedDate: the export date. Fields the store does not hold are left blank.
"""

import csv
import datetime
import os
import re
from typing import Any, Dict, Iterator, List, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsDistanceArea,
    QgsGeometry,
)

from . import schema
from .output_guard import OutputRefused, check_output, os_error_text, written_whole
from .safe_cells import safe_row
from .store import Store
from .translation import tr

# Brownfield Land Register data standard (2017), its 28 columns in order (DOMAIN.md section 7).
BLR_COLUMNS = [
    "OrganisationURI",
    "OrganisationLabel",
    "SiteReference",
    "PreviouslyPartOf",
    "SiteNameAddress",
    "SiteplanURL",
    "CoordinateReferenceSystem",
    "GeoX",
    "GeoY",
    "Hectares",
    "OwnershipStatus",
    "Deliverable",
    "PlanningStatus",
    "PermissionType",
    "PermissionDate",
    "PlanningHistory",
    "ProposedForPIP",
    "MinNetDwellings",
    "DevelopmentDescription",
    "NonHousingDevelopment",
    "Part2",
    "NetDwellingsRangeFrom",
    "NetDwellingsRangeTo",
    "HazardousSubstances",
    "SiteInformation",
    "Notes",
    "FirstAddedDate",
    "LastUpdatedDate",
]

# planning.data.gov.uk brownfield-land: the fields of the "brownfield-land" data specification, in its
# order, from digital-land/specification (commit 5e802e8eb6f80a76dbcf085b26c74f1fe7b33599),
# specification/specification-field.csv, rows with specification = brownfield-land.
BROWNFIELD_LAND_COLUMNS = [
    "OrganisationURI",
    "SiteReference",
    "SiteNameAddress",
    "GeoX",
    "GeoY",
    "SiteplanURL",
    "Hectares",
    "OwnershipStatus",
    "PlanningStatus",
    "PermissionType",
    "PermissionDate",
    "PlanningHistory",
    "Deliverable",
    "NetDwellingsRangeFrom",
    "NetDwellingsRangeTo",
    "HazardousSubstances",
    "Notes",
    "FirstAddedDate",
    "LastUpdatedDate",
    "EndDate",
]

# planning.data.gov.uk local-plan-housing: the dataset's fields (no data specification lists it yet),
# in their order, from digital-land/specification (commit 5e802e8eb6f80a76dbcf085b26c74f1fe7b33599),
# specification/schema-field.csv rows with schema = local-plan-housing (also
# content/dataset/local-plan-housing.md), without ``entity`` and ``prefix``, which the platform assigns.
LOCAL_PLAN_HOUSING_COLUMNS = [
    "allocated-housing",
    "broad-locations-housing",
    "committed-housing",
    "description",
    "documentation-url",
    "document-url",
    "end-date",
    "entry-date",
    "local-plan",
    "local-planning-authority",
    "notes",
    "organisation",
    "reference",
    "required-housing",
    "start-date",
    "windfall-housing",
]

BROWNFIELD_LAND = "brownfield-land"
LOCAL_PLAN_HOUSING = "local-plan-housing"
DATASETS = [BROWNFIELD_LAND, LOCAL_PLAN_HOUSING]

PERMISSION_TYPES_BLR = {
    "full": "full planning permission",
    "outline": "outline planning permission",
    "reserved_matters": "reserved matters approval",
    "pip": "permission in principle",
    "technical_details": "technical details consent",
}
ODC_TYPES = {
    "E06": "unitary-authority",
    "E07": "district-council",
    "E08": "metropolitan-district-council",
    "E09": "london-borough-council",
}
WGS84 = "EPSG:4326"


class ExportError(Exception):
    """An export that cannot be made, with a message an officer can act on."""


def slug(text: str) -> str:
    return "-".join(re.sub(r"[^0-9a-z]+", " ", str(text).lower()).split())


def organisation_uri(lpa: Dict[str, Any]) -> str:
    """The LPA's Open Data Communities URI (see the module's description); '' when unknown."""
    if lpa.get("organisation_uri"):
        return str(lpa["organisation_uri"])
    kind = ODC_TYPES.get(str(lpa.get("gss") or "")[:3])
    name = str(lpa.get("name") or "")
    name = re.sub(r"\b(city|district|borough|county)?\s*council\b", "", name, flags=re.IGNORECASE)
    name = re.sub(r"^(royal borough of|london borough of|city of)\s+", "", name.strip(), flags=re.IGNORECASE)
    if not kind or not name.strip():
        return ""
    return "http://opendatacommunities.org/id/{}/{}".format(kind, slug(name))


def organisation_code(lpa: Dict[str, Any]) -> str:
    """planning.data.gov.uk's organisation reference, e.g. ``local-authority:PLY``."""
    return "local-authority:{}".format(lpa["code"]) if lpa.get("code") else ""


def _iso(value: Any) -> str:
    return str(value)[:10] if value else ""


def _lpas(store: Store) -> Dict[str, Dict[str, Any]]:
    return {str(lpa.get("code")): lpa for lpa in store.plan_settings().get("lpas") or [] if lpa.get("code")}


def _boundaries(store: Store, wanted: set) -> Dict[str, QgsGeometry]:
    out = {}  # type: Dict[str, QgsGeometry]
    for _fid, geometry, app_ref in store.read_rows(schema.PERMISSION_BOUNDARIES, ["app_ref"]):
        if app_ref in wanted and geometry is not None:
            if app_ref in out:
                out[app_ref] = QgsGeometry.collectGeometry([out[app_ref], geometry])
            else:
                out[app_ref] = geometry
    return out


def _deliverable(store: Store) -> set:
    refs = set()
    for row in store.rows(schema.TRAJECTORY, ["site_ref", "app_ref", "deliverable"]):
        if row["deliverable"] == 1:
            refs.update(r for r in (row["site_ref"], row["app_ref"]) if r)
    return refs


def _areas(store: Store):
    return [(geometry, lpa) for _fid, geometry, lpa in store.read_rows(schema.AREAS, ["lpa"]) if geometry]


def brownfield_sites(
    store: Store, lpa: Optional[str] = None, today: Optional[datetime.date] = None
) -> Iterator[Dict[str, str]]:
    """One dict per brownfield permission with every column of both brownfield exports."""
    today = today or datetime.date.today()
    lpas = _lpas(store)
    fields = ["app_ref", "lpa", "address", "proposal", "permission_type", "decision_date", "net_units"]
    fields += ["brownfield", "site_ref"]
    rows = [r for r in store.read_rows(schema.PERMISSIONS, fields) if r[2 + fields.index("brownfield")] == 1]
    boundaries = _boundaries(store, {r[2] for r in rows})
    deliverable = _deliverable(store)
    areas = _areas(store)
    context = QgsCoordinateTransformContext()
    wgs84 = QgsCoordinateReferenceSystem(WGS84)
    permissions_crs = store.layer(schema.PERMISSIONS).crs()
    boundaries_crs = store.layer(schema.PERMISSION_BOUNDARIES).crs()
    areas_crs = store.layer(schema.AREAS).crs()
    to_wgs84 = QgsCoordinateTransform(permissions_crs, wgs84, context)
    boundary_to_wgs84 = QgsCoordinateTransform(boundaries_crs, wgs84, context)
    to_areas = QgsCoordinateTransform(permissions_crs, areas_crs, context)
    measure = QgsDistanceArea()
    measure.setSourceCrs(boundaries_crs, context)
    if boundaries_crs.isGeographic():
        measure.setEllipsoid(boundaries_crs.ellipsoidAcronym() or "EPSG:7030")
    out = []
    for _fid, point, *values in rows:
        row = dict(zip(fields, values))
        app_ref = row["app_ref"]
        boundary = boundaries.get(app_ref)
        code = row["lpa"]
        if not code and point is not None and areas:
            located = QgsGeometry(point)
            located.transform(to_areas)
            code = next((a_lpa for geometry, a_lpa in areas if geometry.intersects(located)), None)
        if lpa and code != lpa:
            continue
        authority = lpas.get(code or "", {"code": code, "name": code or ""})
        geo_x = geo_y = ""
        location = None
        if point is not None:
            location = QgsGeometry(point)
            location.transform(to_wgs84)
        elif boundary is not None:
            repaired = boundary if boundary.isGeosValid() else boundary.makeValid()
            location = repaired.pointOnSurface()
            location.transform(boundary_to_wgs84)
        if location is not None and not location.isEmpty():
            xy = location.asPoint()
            geo_x, geo_y = "{:.6f}".format(xy.x()), "{:.6f}".format(xy.y())
        hectares = ""
        if boundary is not None:
            repaired = boundary if boundary.isGeosValid() else boundary.makeValid()
            hectares = "{:.2f}".format(measure.measureArea(repaired) / 10000.0)
        net = row["net_units"]
        net_text = "" if net is None else str(int(net))
        deliverable_flag = (
            "yes" if app_ref in deliverable or (row["site_ref"] and row["site_ref"] in deliverable) else ""
        )
        notes = tr("Allocation site {}").format(row["site_ref"]) if row["site_ref"] else ""
        out.append(
            {
                "lpa": code or "",
                "OrganisationURI": organisation_uri(authority),
                "OrganisationLabel": authority.get("name") or "",
                "SiteReference": app_ref or "",
                "PreviouslyPartOf": "",
                "SiteNameAddress": row["address"] or app_ref or "",
                "SiteplanURL": "",
                "CoordinateReferenceSystem": "WGS84",
                "GeoX": geo_x,
                "GeoY": geo_y,
                "Hectares": hectares,
                "OwnershipStatus": "",
                "Deliverable": deliverable_flag,
                "PlanningStatus": "permissioned",
                "PermissionType": PERMISSION_TYPES_BLR.get(row["permission_type"], "other")
                if row["permission_type"]
                else "",
                "PermissionDate": _iso(row["decision_date"]),
                "PlanningHistory": "",
                "ProposedForPIP": "",
                "MinNetDwellings": net_text,
                "DevelopmentDescription": row["proposal"] or "",
                "NonHousingDevelopment": "",
                "Part2": "",
                "NetDwellingsRangeFrom": net_text,
                "NetDwellingsRangeTo": net_text,
                "HazardousSubstances": "",
                "SiteInformation": "",
                "Notes": notes,
                "FirstAddedDate": _iso(row["decision_date"]),
                "LastUpdatedDate": today.isoformat(),
                "EndDate": "",
            }
        )
    out.sort(key=lambda r: (r["lpa"], r["SiteReference"]))
    return iter(out)


def _write(path: str, columns: List[str], rows) -> int:
    """Write the CSV beside ``path`` first and put it in place only when complete: a failed export
    never leaves half a file where the last good one was."""
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise ExportError(tr("Folder {} does not exist.").format(folder))
    count = 0
    try:
        with written_whole(path) as part, open(part, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(safe_row(columns))
            for row in rows:
                writer.writerow(safe_row([row.get(c, "") for c in columns]))
                count += 1
    except OSError as exc:
        raise ExportError(tr("Could not write {}: {}").format(path, os_error_text(exc))) from None
    return count


def _check(store: Store, path: str, parameter: str) -> None:
    try:
        check_output(path, parameter, store)
    except OutputRefused as exc:
        raise ExportError(str(exc)) from None


def export_brownfield_register(
    store: Store,
    path: str,
    lpa: Optional[str] = None,
    today: Optional[datetime.date] = None,
    parameter: str = "OUTPUT",
) -> int:
    """The Brownfield Land Register CSV (2017 standard, 28 columns); returns the number of sites.
    ``path`` may not be the store's file (``parameter`` names it in the refusal)."""
    _check(store, path, parameter)
    return _write(path, BLR_COLUMNS, brownfield_sites(store, lpa, today))


def local_plan_housing(
    store: Store, lpa: Optional[str] = None, today: Optional[datetime.date] = None
) -> List[Dict[str, str]]:
    """One row per LPA of the plan: its required housing and allocated capacity."""
    today = today or datetime.date.today()
    settings = store.plan_settings()
    plan_name = settings.get("plan_name") or ""
    plan_ref = slug(plan_name) or "local-plan"
    requirements = settings.get("requirements") or {}
    capacity = {}  # type: Dict[str, int]
    for row in store.rows(schema.ALLOCATIONS, ["lpa", "homes_capacity"]):
        if row["lpa"]:
            capacity[row["lpa"]] = capacity.get(row["lpa"], 0) + int(row["homes_capacity"] or 0)
    out = []
    for authority in settings.get("lpas") or []:
        code = authority.get("code")
        if not code or (lpa and code != lpa):
            continue
        required = (requirements.get(code) or {}).get("total")
        out.append(
            {
                "reference": "{}-{}".format(plan_ref, slug(code)),
                "local-plan": plan_ref,
                "local-planning-authority": authority.get("gss") or "",
                "required-housing": "" if required is None else str(required),
                "allocated-housing": str(capacity.get(code, 0)),
                "committed-housing": "",
                "broad-locations-housing": "",
                "windfall-housing": "",
                "description": tr("Housing numbers for {lpa} in the {plan}").format(
                    lpa=authority.get("name") or code, plan=plan_name
                ),
                "notes": plan_name,
                "documentation-url": "",
                "document-url": "",
                "organisation": organisation_code(authority),
                "entry-date": today.isoformat(),
                "start-date": "",
                "end-date": "",
            }
        )
    return out


def export_planning_data(
    store: Store,
    path: str,
    dataset: str,
    lpa: Optional[str] = None,
    today: Optional[datetime.date] = None,
    parameter: str = "OUTPUT",
) -> int:
    """A planning.data.gov.uk CSV (``brownfield-land`` or ``local-plan-housing``); returns its rows."""
    _check(store, path, parameter)
    if dataset == BROWNFIELD_LAND:
        return _write(path, BROWNFIELD_LAND_COLUMNS, brownfield_sites(store, lpa, today))
    if dataset == LOCAL_PLAN_HOUSING:
        return _write(path, LOCAL_PLAN_HOUSING_COLUMNS, local_plan_housing(store, lpa, today))
    raise ExportError(tr("Unknown dataset '{}'; choose one of {}.").format(dataset, ", ".join(DATASETS)))
