"""What monitoring reads from a store: plain records, geometries in the areas' CRS, and what was odd.

Read straight from the GeoPackage (``Store.read_rows``), as tagging does; no pandas here.
"""

import re
from typing import Any, Dict, List, NamedTuple, Optional

from qgis.core import QgsGeometry

from .. import schema
from ..evidence import read_evidence
from ..monitoring_year import date_or_none
from ..store import Store
from ..translation import tr
from .location import AreaLocator
from .periods import year_of, year_of_label
from .records import Allocation, Completion, Permission, Start, TrajectoryEntry


class Inputs(NamedTuple):
    allocations: Dict[str, Allocation]  # by site_ref, in site_ref order
    permissions: List[Permission]
    completions: List[Completion]  # every completion with a monitoring year, whatever its date
    starts: List[Start]
    trajectory: List[TrajectoryEntry]  # officer entries (stored default rows are made afresh)
    locator: AreaLocator
    warnings: List[str]
    evidence: tuple = ()  # annex2.EvidenceRecord rows of site_evidence (NPPF Annex 2)


def _int(value: Any) -> Optional[int]:
    if value is None or value == "":
        return None
    try:
        return int(round(float(value)))
    except (TypeError, ValueError):
        return None


def _text(value: Any) -> Optional[str]:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _geometry(geometry: Optional[QgsGeometry], transform) -> Optional[QgsGeometry]:
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    if transform is not None:
        try:
            geometry.transform(transform)
        except Exception:  # noqa: BLE001 - a point that cannot be transformed is not usable
            return None
    return geometry


def natural_key(text: str):
    """Sort key that puts PLY9 before PLY10 and PLY60.2 before PLY60.10."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text or "")]


def read_inputs(store: Store) -> Inputs:
    warnings: List[str] = []
    locator = AreaLocator.from_store(store)
    crs = locator.crs

    allocations = {}
    for _fid, _g, ref, name, lpa, area, capacity in store.read_rows(
        schema.ALLOCATIONS,
        ["site_ref", "site_name", "lpa", "policy_area", "homes_capacity"],
        with_geometry=False,
    ):
        ref = _text(ref)
        if ref is None:
            continue
        allocations[ref] = Allocation(ref, _text(name), _text(lpa), _text(area), _int(capacity))
    allocations = {ref: allocations[ref] for ref in sorted(allocations, key=natural_key)}

    transform = store.transform_to(schema.PERMISSION_BOUNDARIES, crs)
    red_lines: Dict[str, QgsGeometry] = {}
    for _fid, geometry, app_ref in store.read_rows(schema.PERMISSION_BOUNDARIES, ["app_ref"]):
        geometry = _geometry(geometry, transform)
        if geometry is not None and _text(app_ref) and _text(app_ref) not in red_lines:
            red_lines[_text(app_ref)] = geometry

    transform = store.transform_to(schema.PERMISSIONS, crs)
    permissions, seen = [], set()
    undated = 0
    fields = [
        "app_ref", "lpa", "permission_type", "decision_date", "expiry_date", "parent_ref",
        "net_units", "affordable_units", "site_ref",
    ]  # fmt: skip
    for row in store.read_rows(schema.PERMISSIONS, fields):
        _fid, geometry, app_ref, lpa, ptype, decision, expiry, parent, net, affordable, site = row
        app_ref = _text(app_ref)
        if app_ref is None or app_ref in seen:
            continue
        seen.add(app_ref)
        decision_date = date_or_none(decision)
        if decision_date is None:
            undated += 1
        geometry = _geometry(geometry, transform)
        if geometry is None and app_ref in red_lines:
            geometry = red_lines[app_ref].pointOnSurface()
        site = _text(site)
        permissions.append(
            Permission(
                app_ref,
                _text(lpa),
                (_text(ptype) or "").lower() or None,
                decision_date,
                date_or_none(expiry),
                _text(parent),
                _int(net) or 0,
                _int(affordable) or 0,
                site if site in allocations else None,
                geometry,
            )
        )
    if undated:
        warnings.append(
            tr("{} permissions have no decision date and are not counted as granted.").format(undated)
        )

    transform = store.transform_to(schema.COMPLETIONS, crs)
    completions, no_year = [], 0
    fields = [
        "completion_id",
        "app_ref",
        "completion_date",
        "monitoring_year",
        "units",
        "affordable_units",
        "site_ref",
    ]
    for _fid, geometry, cid, app_ref, day, year_text, units, affordable, site in store.read_rows(
        schema.COMPLETIONS, fields
    ):
        day = date_or_none(day)
        # The date decides the year; a row with only a monitoring year counts in that year.
        year = year_of(day) if day is not None else year_of_label(year_text)
        if year is None:
            no_year += 1
            continue
        site = _text(site)
        completions.append(
            Completion(
                _text(cid) or str(_fid),
                _text(app_ref),
                day,
                year,
                _int(units) or 0,
                _int(affordable) or 0,
                site if site in allocations else None,
                _geometry(geometry, transform),
            )
        )
    if no_year:
        warnings.append(
            tr(
                "{} completions have neither a completion date nor a monitoring year and are left out."
            ).format(no_year)
        )

    starts = []
    for _fid, _g, app_ref, day, units in store.read_rows(
        schema.STARTS, ["app_ref", "start_date", "units"], with_geometry=False
    ):
        day = date_or_none(day)
        if _text(app_ref) and day is not None:
            starts.append(Start(_text(app_ref), day, _int(units) or 0))

    trajectory, bad_years = [], 0
    for _fid, _g, site, app_ref, year_text, units, deliverable, source, evidence in store.read_rows(
        schema.TRAJECTORY,
        ["site_ref", "app_ref", "monitoring_year", "units", "deliverable", "source", "evidence"],
        with_geometry=False,
    ):
        source = (_text(source) or "officer").lower()
        if source == "default":
            continue  # default build-out is recomputed from the settings every time
        year = year_of_label(year_text)
        if year is None:
            bad_years += 1
            continue
        trajectory.append(
            TrajectoryEntry(
                _text(site),
                _text(app_ref),
                year,
                _int(units) or 0,
                _int(deliverable) == 1,
                source,
                _text(evidence),
            )
        )
    if bad_years:
        warnings.append(
            tr("{} trajectory rows have no valid monitoring year and are left out.").format(bad_years)
        )

    return Inputs(
        allocations,
        permissions,
        completions,
        starts,
        trajectory,
        locator,
        warnings,
        tuple(read_evidence(store)),
    )
