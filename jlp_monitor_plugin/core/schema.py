"""The monitoring data standard (SPEC.md): layers, fields, geometry types and coded values.

This module is plain data so that the store, importers, tests and the demo-data generator
all read the standard from one place.
"""

from collections import OrderedDict
from typing import Dict, List, NamedTuple, Optional

# Field kinds, mapped to QGIS / OGR types by the store module.
TEXT = "text"
INTEGER = "integer"
REAL = "real"
DATE = "date"

# Geometry kinds.
POINT = "Point"
MULTIPOLYGON = "MultiPolygon"
NO_GEOMETRY = None

DEFAULT_CRS = "EPSG:27700"


class FieldDef(NamedTuple):
    name: str
    kind: str
    required: bool = False


class LayerDef(NamedTuple):
    name: str
    geometry: Optional[str]
    fields: List[FieldDef]
    key: Optional[str] = None  # unique key field, if the standard names one
    description: str = ""

    def field(self, name: str) -> Optional[FieldDef]:
        for f in self.fields:
            if f.name == name:
                return f
        return None

    @property
    def required_fields(self) -> List[str]:
        return [f.name for f in self.fields if f.required]

    @property
    def field_names(self) -> List[str]:
        return [f.name for f in self.fields]


TAG_FIELDS = [
    FieldDef("site_ref", TEXT),
    FieldDef("tag_method", TEXT),
    FieldDef("tag_overlap", REAL),
    FieldDef("tag_review", TEXT),
    FieldDef("tag_candidate", TEXT),
    FieldDef("tag_locked", INTEGER),
]

ALLOCATIONS = "allocations"
AREAS = "areas"
PERMISSIONS = "permissions"
PERMISSION_BOUNDARIES = "permission_boundaries"
COMPLETIONS = "completions"
STARTS = "starts"
TRAJECTORY = "trajectory"
TAG_AUDIT = "tag_audit"
PLAN_SETTINGS = "plan_settings"
IMPORT_LOG = "import_log"
COMPLETION_EVIDENCE = "completion_evidence"
EVIDENCE_CANDIDATES = "evidence_candidates"
SITE_EVIDENCE = "site_evidence"
HOUSING_POSITION = "housing_position"
POSITION_FIGURES = "position_figures"
# Layers that take new rows only (UPDATE and DELETE refused by triggers on both backends).
FROZEN_LAYERS = [HOUSING_POSITION, POSITION_FIGURES]

LAYERS: "OrderedDict[str, LayerDef]" = OrderedDict(
    (layer.name, layer)
    for layer in [
        LayerDef(
            ALLOCATIONS,
            MULTIPOLYGON,
            [
                FieldDef("site_ref", TEXT, True),
                FieldDef("policy_ref", TEXT),
                FieldDef("site_name", TEXT),
                FieldDef("lpa", TEXT, True),
                FieldDef("policy_area", TEXT, True),
                FieldDef("homes_capacity", INTEGER),
                FieldDef("employment_sqm", REAL),
                FieldDef("notes", TEXT),
            ],
            key="site_ref",
            description="Allocation sites of the plan",
        ),
        LayerDef(
            AREAS,
            MULTIPOLYGON,
            [FieldDef("lpa", TEXT, True), FieldDef("policy_area", TEXT, True)],
            description="Pieces of the plan area by LPA and policy area",
        ),
        LayerDef(
            PERMISSIONS,
            POINT,
            [
                FieldDef("app_ref", TEXT, True),
                FieldDef("lpa", TEXT),
                FieldDef("address", TEXT),
                FieldDef("proposal", TEXT),
                FieldDef("permission_type", TEXT),
                FieldDef("decision_date", DATE),
                FieldDef("expiry_date", DATE),
                FieldDef("parent_ref", TEXT),
                FieldDef("units_proposed", INTEGER),
                FieldDef("units_existing", INTEGER),
                FieldDef("net_units", INTEGER, True),
                FieldDef("affordable_units", INTEGER),
                FieldDef("brownfield", INTEGER),
            ]
            + TAG_FIELDS,
            key="app_ref",
            description="Planning permissions (point: the site's location)",
        ),
        LayerDef(
            PERMISSION_BOUNDARIES,
            MULTIPOLYGON,
            [FieldDef("app_ref", TEXT, True)],
            description="Red-line boundaries of permissions",
        ),
        LayerDef(
            COMPLETIONS,
            POINT,
            [
                FieldDef("completion_id", TEXT, True),
                FieldDef("app_ref", TEXT),
                FieldDef("uprn", TEXT),
                FieldDef("address", TEXT),
                FieldDef("completion_date", DATE),
                FieldDef("monitoring_year", TEXT),
                FieldDef("units", INTEGER, True),
                FieldDef("affordable_units", INTEGER),
                FieldDef("tenure", TEXT),
                FieldDef("source", TEXT),
            ]
            + TAG_FIELDS,
            key="completion_id",
            description="Dwelling completions (net units; losses negative)",
        ),
        LayerDef(
            STARTS,
            NO_GEOMETRY,
            [
                FieldDef("app_ref", TEXT, True),
                FieldDef("start_date", DATE, True),
                FieldDef("units", INTEGER, True),
            ],
            description="Starts on site",
        ),
        LayerDef(
            TRAJECTORY,
            NO_GEOMETRY,
            [
                FieldDef("site_ref", TEXT),
                FieldDef("app_ref", TEXT),
                FieldDef("monitoring_year", TEXT, True),
                FieldDef("units", INTEGER, True),
                FieldDef("deliverable", INTEGER),
                FieldDef("source", TEXT),
                FieldDef("evidence", TEXT),
            ],
            description="Housing trajectory: projected units per site or permission per year",
        ),
        LayerDef(
            TAG_AUDIT,
            NO_GEOMETRY,
            [
                FieldDef("layer", TEXT),
                FieldDef("feature_key", TEXT),
                FieldDef("old_site_ref", TEXT),
                FieldDef("new_site_ref", TEXT),
                FieldDef("method", TEXT),
                FieldDef("reason", TEXT),
                FieldDef("user", TEXT),
                FieldDef("at", TEXT),
            ],
            description="Append-only audit of every change of site_ref",
        ),
        LayerDef(
            PLAN_SETTINGS,
            NO_GEOMETRY,
            [FieldDef("key", TEXT), FieldDef("value", TEXT)],
            key="key",
            description="Plan settings (JSON values); absent keys fall back to the preset",
        ),
        LayerDef(
            IMPORT_LOG,
            NO_GEOMETRY,
            [
                FieldDef("run_id", TEXT),
                FieldDef("layer", TEXT),
                FieldDef("feature_key", TEXT),
                FieldDef("action", TEXT),
                FieldDef("feature_fid", INTEGER),
                FieldDef("old_values", TEXT),
                FieldDef("new_values", TEXT),
                FieldDef("source", TEXT),
                FieldDef("user", TEXT),
                FieldDef("at", TEXT),
            ],
            description="What each import changed (old and new values as JSON), so it can be undone",
        ),
        LayerDef(
            COMPLETION_EVIDENCE,
            POINT,
            [
                FieldDef("evidence_id", TEXT, True),
                FieldDef("source", TEXT, True),
                FieldDef("uprn", TEXT),
                FieldDef("address", TEXT),
                FieldDef("postcode", TEXT),
                FieldDef("app_ref", TEXT),
                FieldDef("evidence_date", DATE),
                FieldDef("lpa", TEXT),
                FieldDef("property_type", TEXT),
                FieldDef("band", TEXT),
                FieldDef("transaction_type", TEXT),
            ],
            description="Records that a new home exists (EPC, council tax, building control)",
        ),
        LayerDef(
            EVIDENCE_CANDIDATES,
            NO_GEOMETRY,
            [
                FieldDef("candidate_id", TEXT, True),
                FieldDef("app_ref", TEXT),
                FieldDef("strength", TEXT),
                FieldDef("status", TEXT),
                FieldDef("evidence_ids", TEXT),
                FieldDef("uprn", TEXT),
                FieldDef("address", TEXT),
                FieldDef("explanation", TEXT),
                FieldDef("completion_id", TEXT),
                FieldDef("reason", TEXT),
                FieldDef("user", TEXT),
                FieldDef("at", TEXT),
            ],
            key="candidate_id",
            description="Candidate completions matched from the evidence, and the officer's decision on each",
        ),
        LayerDef(
            SITE_EVIDENCE,
            NO_GEOMETRY,
            [
                FieldDef("site_ref", TEXT),
                FieldDef("app_ref", TEXT),
                FieldDef("evidence_type", TEXT, True),
                FieldDef("evidence_date", DATE, True),
                FieldDef("source", TEXT),
                FieldDef("contact_organisation", TEXT),
                FieldDef("summary", TEXT),
                FieldDef("recorded_by", TEXT),
                FieldDef("recorded_at", TEXT),
            ],
            description="Deliverability evidence for a site or permission (NPPF Annex 2, PPG 68-007)",
        ),
        # Frozen positions (issue 11): a published housing position and everything its figures came from.
        LayerDef(
            HOUSING_POSITION,
            NO_GEOMETRY,
            [
                FieldDef("position_id", TEXT, True),
                FieldDef("base_date", DATE, True),
                FieldDef("label", TEXT),
                FieldDef("note", TEXT),
                FieldDef("frozen_by", TEXT),
                FieldDef("frozen_at", TEXT),
                FieldDef("plugin_version", TEXT),
                FieldDef("counts", TEXT),
                FieldDef("previous_hash", TEXT),
                FieldDef("content_hash", TEXT),
            ],
            key="position_id",
            description="Frozen housing positions (append-only): who froze which base date, when, and a hash",
        ),
        LayerDef(
            POSITION_FIGURES,
            NO_GEOMETRY,
            [
                FieldDef("position_id", TEXT, True),
                FieldDef("part", TEXT, True),
                FieldDef("row_no", INTEGER, True),
                FieldDef("content", TEXT),
            ],
            description="The figures and sources of each frozen position, a JSON row each (append-only)",
        ),
    ]
)

# Coded values (DOMAIN.md section 2 and SPEC.md).
PERMISSION_TYPES = [
    "full",
    "outline",
    "reserved_matters",
    "pip",
    "technical_details",
    "prior_approval",
    "s73_variation",
    "other",
]
TAG_METHODS = ["spatial", "reference", "manual", "none"]
TAG_REVIEWS = [
    "multiple_sites",
    "partial_overlap",
    "near_boundary",
    "location_conflict",
    "no_geometry",
]
COMPLETION_SOURCES = ["building_control", "council_tax", "site_visit", "developer", "other"]
TRAJECTORY_SOURCES = ["officer", "default"]
EVIDENCE_SOURCES = ["epc", "council_tax", "building_control"]
EVIDENCE_STRENGTHS = ["strong", "medium", "weak"]
CANDIDATE_STATUSES = ["new", "confirmation", "accepted", "rejected"]
# Deliverability evidence (NPPF Annex 2; PPG 68-007 and 68-020), then the plugin's own three kinds.
EVIDENCE_TYPES = [
    "reserved_matters_progress",
    "planning_performance_agreement",
    "written_agreement",
    "application_progress",
    "site_assessment",
    "viability",
    "ownership",
    "infrastructure_funding",
    "comparable_build_out",
    "developer_questionnaire",
    "site_visit",
    "officer_judgement",
]

CODED_VALUES: Dict[str, Dict[str, List[str]]] = {
    PERMISSIONS: {"permission_type": PERMISSION_TYPES, "tag_method": TAG_METHODS, "tag_review": TAG_REVIEWS},
    COMPLETIONS: {"source": COMPLETION_SOURCES, "tag_method": TAG_METHODS, "tag_review": TAG_REVIEWS},
    TRAJECTORY: {"source": TRAJECTORY_SOURCES},
    COMPLETION_EVIDENCE: {"source": EVIDENCE_SOURCES},
    EVIDENCE_CANDIDATES: {"strength": EVIDENCE_STRENGTHS, "status": CANDIDATE_STATUSES},
    SITE_EVIDENCE: {"evidence_type": EVIDENCE_TYPES},
}

# The natural key of every layer, in the domain's words: what makes a row the same row when a file is
# loaded again (loadstandard matches on it, so a second identical load changes nothing). The key fields
# of one layer may be empty (a trajectory row names a site_ref or an app_ref); empty is one value then.
NATURAL_KEYS: Dict[str, tuple] = {
    ALLOCATIONS: ("site_ref",),
    AREAS: ("lpa", "policy_area"),
    PERMISSIONS: ("app_ref",),
    PERMISSION_BOUNDARIES: ("app_ref",),
    COMPLETIONS: ("completion_id",),
    STARTS: ("app_ref", "start_date"),
    TRAJECTORY: ("site_ref", "app_ref", "monitoring_year"),
    PLAN_SETTINGS: ("key",),
    COMPLETION_EVIDENCE: ("source", "evidence_id"),
    EVIDENCE_CANDIDATES: ("candidate_id",),
    SITE_EVIDENCE: ("site_ref", "app_ref", "evidence_type", "evidence_date", "source"),
}

# Layers the plugin may create empty when a store lacks them.
REQUIRED_LAYERS = [ALLOCATIONS]

# Layers that take new rows only (an audit trail): on both backends triggers refuse UPDATE and DELETE,
# made with the layer (and, on a GeoPackage, added when a store without them is opened).
APPEND_ONLY_LAYERS = [TAG_AUDIT] + FROZEN_LAYERS
