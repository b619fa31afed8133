"""The records monitoring works on, as ``inputs`` reads them from a store: plain values (geometries
aside), so that the rules (lineage, site progress) import and run without QGIS."""

import datetime
from typing import TYPE_CHECKING, NamedTuple, Optional

if TYPE_CHECKING:  # the geometry is only carried here; QGIS is not needed to import the records
    from qgis.core import QgsGeometry


class Allocation(NamedTuple):
    site_ref: str
    site_name: Optional[str]
    lpa: Optional[str]
    policy_area: Optional[str]
    capacity: Optional[int]


class Permission(NamedTuple):
    app_ref: str
    lpa: Optional[str]
    permission_type: Optional[str]
    decision_date: Optional[datetime.date]
    expiry_date: Optional[datetime.date]
    parent_ref: Optional[str]
    net_units: int
    affordable_units: int
    site_ref: Optional[str]  # only when it names an allocation; otherwise windfall (None)
    geometry: Optional["QgsGeometry"]  # its point, or a point on its red line; areas' CRS


class Completion(NamedTuple):
    completion_id: str
    app_ref: Optional[str]
    completion_date: Optional[datetime.date]
    year: int  # monitoring year, by its start
    units: int
    affordable_units: int
    site_ref: Optional[str]  # only when it names an allocation
    geometry: Optional["QgsGeometry"]


class Start(NamedTuple):
    app_ref: str
    start_date: datetime.date
    units: int


class TrajectoryEntry(NamedTuple):
    site_ref: Optional[str]
    app_ref: Optional[str]
    year: int
    units: int
    deliverable: bool
    source: str
    evidence: Optional[str]
