"""Column mappings from a source table to the monitoring data standard.

A mapping is written ``target=source;target=source`` (FIELD_MAP in SPEC.md): the target is a field of
the standard's layer, the source a column heading of the file, spaces included
(``app_ref=Application Number;net_units=Net Units``). A source in quotes is a constant given to every
row (``lpa='PLY'``, ``source='council_tax'``); a source with columns in braces is a template filled from
the row (``app_ref={Year}/{Number}/{Type}``). Headings are matched exactly, then ignoring case,
spaces and punctuation, so ``No. of Units`` and ``NO OF UNITS`` are the same column.

``suggest_mapping`` proposes a mapping from the headings back-office systems (Idox Uniform and
similar), building control and council tax extracts use; named profiles keep a mapping, with the
coordinate columns, CRS and date order, in the QGIS settings as JSON.
"""

import json
import re
from collections import OrderedDict
from typing import Dict, Iterable, List, NamedTuple, Optional, Sequence

from .. import schema, user_settings
from ..translation import tr
from . import evidence

# What an import can fill, by target name (the names of the import algorithms and the dialog).
PERMISSIONS = "permissions"
COMPLETIONS = "completions"
BOUNDARIES = "boundaries"
STARTS = "starts"
TRAJECTORY = "trajectory"
TARGETS = [PERMISSIONS, COMPLETIONS, BOUNDARIES, STARTS, TRAJECTORY] + evidence.TARGETS
TARGET_LAYERS = {
    PERMISSIONS: schema.PERMISSIONS,
    COMPLETIONS: schema.COMPLETIONS,
    BOUNDARIES: schema.PERMISSION_BOUNDARIES,
    STARTS: schema.STARTS,
    TRAJECTORY: schema.TRAJECTORY,
    **evidence.TARGET_LAYERS,
}
# The fields that identify a row of each target: a source row with the key of a stored row updates it.
KEYS = {
    PERMISSIONS: ("app_ref",),
    COMPLETIONS: ("completion_id",),
    BOUNDARIES: ("app_ref",),
    STARTS: ("app_ref", "start_date"),
    TRAJECTORY: ("site_ref", "app_ref", "monitoring_year"),
    **evidence.KEYS,
}
# The officer's tag fields: an import never changes them on existing permissions and completions.
OFFICER_FIELDS = {f.name for f in schema.TAG_FIELDS}
# Results of tagging: never imported. site_ref and tag_locked may be imported, for new rows only.
NOT_IMPORTED = {"tag_method", "tag_overlap", "tag_review", "tag_candidate"}


class FieldMapError(ValueError):
    """A mapping that cannot be used, with a message naming what is wrong."""


def importable_fields(target: str) -> List[str]:
    """The standard's fields an import into ``target`` can fill, in the standard's order."""
    layer_def = schema.LAYERS[TARGET_LAYERS[target]]
    derived = NOT_IMPORTED.union(evidence.DERIVED.get(target, ()))
    return [name for name in layer_def.field_names if name not in derived]


def normalise_heading(text: str) -> str:
    """A heading reduced for matching: lower case, punctuation and repeated spaces removed."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", str(text).lower()).split())


def resolve_heading(headings: Sequence[str], wanted: str) -> Optional[str]:
    """The heading ``wanted`` names: itself, else the one heading equal to it ignoring case,
    spaces and punctuation; None when there is no such heading (or several)."""
    if wanted in headings:
        return wanted
    key = normalise_heading(wanted)
    matches = [h for h in headings if normalise_heading(h) == key]
    return matches[0] if len(matches) == 1 else None


TEMPLATE_PART = re.compile(r"\{([^{}]+)\}")


class FieldMap:
    """target field → source column heading; target → constant text; target → template."""

    def __init__(
        self,
        columns: Optional[Dict[str, str]] = None,
        constants: Optional[Dict[str, str]] = None,
        templates: Optional[Dict[str, str]] = None,
    ):
        self.columns = OrderedDict(columns or {})  # type: Dict[str, str]
        self.constants = OrderedDict(constants or {})  # type: Dict[str, str]
        self.templates = OrderedDict(templates or {})  # type: Dict[str, str]

    def __contains__(self, target: str) -> bool:
        return target in self.columns or target in self.constants or target in self.templates

    def __eq__(self, other) -> bool:
        return (
            isinstance(other, FieldMap)
            and dict(self.columns) == dict(other.columns)
            and dict(self.constants) == dict(other.constants)
            and dict(self.templates) == dict(other.templates)
        )

    def __repr__(self) -> str:
        return "FieldMap({!r})".format(self.text())

    @property
    def targets(self) -> List[str]:
        return list(self.columns) + list(self.constants) + list(self.templates)

    def text(self) -> str:
        """The mapping as FIELD_MAP text (``target=source;…``)."""
        parts = ["{}={}".format(t, s) for t, s in self.columns.items()]
        parts += ["{}='{}'".format(t, v) for t, v in self.constants.items()]
        parts += ["{}={}".format(t, v) for t, v in self.templates.items()]
        return ";".join(parts)

    def template_columns(self, target: str) -> List[str]:
        return TEMPLATE_PART.findall(self.templates.get(target, ""))

    def resolved(self, headings: Sequence[str], source_name: str = "") -> "FieldMap":
        """The mapping with each source column matched to one of ``headings`` (exactly, else ignoring
        case and punctuation); raises FieldMapError naming a column the source lacks."""
        columns = OrderedDict()
        for target, source in self.columns.items():
            heading = resolve_heading(headings, source)
            if heading is not None:
                columns[target] = heading
                continue
            raise _not_a_column(target, source, headings, source_name)
        templates = OrderedDict()
        for target, template in self.templates.items():

            def heading(match, target=target):
                found = resolve_heading(headings, match.group(1))
                if found is None:
                    raise _not_a_column(target, match.group(1), headings, source_name)
                return "{" + found + "}"

            templates[target] = TEMPLATE_PART.sub(heading, template)
        return FieldMap(columns, self.constants, templates)


def _not_a_column(target: str, source: str, headings: Sequence[str], source_name: str) -> FieldMapError:
    return FieldMapError(
        tr(
            "The field map maps {target} to '{source}', which is not a column of {name}. "
            "Its columns are: {columns}."
        ).format(
            target=target, source=source, name=source_name or tr("the source"), columns=", ".join(headings)
        )
    )


def parse_field_map(text: Optional[str], target: Optional[str] = None) -> FieldMap:
    """A FieldMap from FIELD_MAP text: ``target=source`` items separated by ``;`` or new lines.

    Spaces inside a source heading are kept; spaces around names are not. ``target=`` (nothing
    after the equals sign) leaves the target unmapped. With ``target`` given, every target field must
    be one the import can fill.
    """
    columns = OrderedDict()  # type: Dict[str, str]
    constants = OrderedDict()  # type: Dict[str, str]
    templates = OrderedDict()  # type: Dict[str, str]
    allowed = importable_fields(target) if target else None
    for item in re.split(r"[;\n\r]+", text or ""):
        if not item.strip():
            continue
        if "=" not in item:
            raise FieldMapError(
                tr(
                    "'{}' in the field map has no '=': write target=source, e.g. app_ref=Application Number."
                ).format(item.strip())
            )
        name, source = item.split("=", 1)
        name = name.strip()
        source = source.strip()
        if not name:
            raise FieldMapError(tr("'{}' in the field map names no target field.").format(item.strip()))
        if allowed is not None and name not in allowed:
            raise FieldMapError(
                tr(
                    "The field map names '{name}', which is not a field an import into {target} "
                    "can fill ({fields})."
                ).format(name=name, target=target, fields=", ".join(allowed))
            )
        if name in columns or name in constants or name in templates:
            raise FieldMapError(tr("The field map names {} twice.").format(name))
        if not source:
            continue
        if len(source) >= 2 and source[0] == source[-1] and source[0] in "'\"":
            constants[name] = source[1:-1]
        elif TEMPLATE_PART.search(source):
            templates[name] = source
        else:
            columns[name] = source
    return FieldMap(columns, constants, templates)


# -- suggesting a mapping from common headings --------------------------------------------------

_APP_REF = [
    "application number",
    "application no",
    "application ref",
    "application reference",
    "app ref",
    "app no",
    "app number",
    "planning reference",
    "planning ref",
    "planning application",
    "planning application number",
    "planning application reference",
    "planning app ref",
    "pa ref",
    "case reference",
    "case ref",
]
_AFFORDABLE = [
    "affordable units",
    "affordable",
    "affordable dwellings",
    "affordable homes",
    "no of affordable units",
    "number of affordable units",
    "affordable housing units",
]
_SITE_REF = [
    "site ref",
    "site reference",
    "allocation",
    "allocation ref",
    "allocation site",
    "monitoring site ref",
]
_MONITORING_YEAR = ["monitoring year", "financial year", "monitoring period", "year"]

SYNONYMS = {
    PERMISSIONS: OrderedDict(
        [
            ("app_ref", _APP_REF + ["reference", "ref"]),
            ("lpa", ["lpa", "lpa code", "local planning authority", "authority", "council", "district"]),
            (
                "address",
                ["site address", "address", "location", "site location", "full address", "site name address"],
            ),
            (
                "proposal",
                ["proposal", "description", "development description", "description of development"],
            ),
            (
                "permission_type",
                ["permission type", "application type", "app type", "type of application", "type"],
            ),
            (
                "decision_date",
                [
                    "decision date",
                    "date of decision",
                    "decision issued date",
                    "date decision issued",
                    "decision issued",
                    "decided date",
                    "date decided",
                    "permission date",
                    "date of permission",
                    "approval date",
                ],
            ),
            (
                "expiry_date",
                ["expiry date", "date of expiry", "permission expiry date", "expiry", "lapse date"],
            ),
            (
                "parent_ref",
                [
                    "parent ref",
                    "parent reference",
                    "parent application",
                    "parent app ref",
                    "related application",
                    "linked application",
                    "original application",
                    "outline reference",
                ],
            ),
            (
                "units_proposed",
                [
                    "proposed units",
                    "units proposed",
                    "no of units",
                    "number of units",
                    "no of dwellings",
                    "number of dwellings",
                    "proposed dwellings",
                    "dwellings proposed",
                    "gross units",
                    "total units",
                    "units",
                    "dwellings",
                ],
            ),
            (
                "units_existing",
                [
                    "existing units",
                    "units existing",
                    "existing dwellings",
                    "units lost",
                    "dwellings lost",
                    "losses",
                ],
            ),
            (
                "net_units",
                [
                    "net units",
                    "net dwellings",
                    "net gain",
                    "net additional dwellings",
                    "net units gained",
                    "net",
                ],
            ),
            ("affordable_units", _AFFORDABLE),
            (
                "brownfield",
                [
                    "brownfield",
                    "pdl",
                    "previously developed land",
                    "brownfield greenfield",
                    "greenfield brownfield",
                ],
            ),
            ("site_ref", _SITE_REF),
            ("tag_locked", ["tag locked", "site locked", "locked"]),
        ]
    ),
    COMPLETIONS: OrderedDict(
        [
            (
                "completion_id",
                [
                    "completion id",
                    "completion ref",
                    "completion reference",
                    "completion no",
                    "bc reference",
                    "bc ref",
                    "building control reference",
                    "building control ref",
                    "record id",
                    "id",
                ],
            ),
            ("app_ref", _APP_REF),
            ("uprn", ["uprn", "unique property reference number", "property reference"]),
            ("address", ["address", "site address", "property address", "full address", "location"]),
            (
                "completion_date",
                [
                    "completion date",
                    "date completed",
                    "completed date",
                    "date of completion",
                    "completed",
                    "completion",
                    "occupation date",
                    "date occupied",
                ],
            ),
            ("monitoring_year", _MONITORING_YEAR),
            (
                "units",
                [
                    "units",
                    "net units",
                    "net dwellings",
                    "net completions",
                    "completions",
                    "dwellings",
                    "no of units",
                    "number of units",
                    "net gain",
                ],
            ),
            ("affordable_units", _AFFORDABLE),
            ("tenure", ["tenure", "tenure type"]),
            ("source", ["source", "data source", "information source"]),
            ("site_ref", _SITE_REF),
            ("tag_locked", ["tag locked", "site locked", "locked"]),
        ]
    ),
    BOUNDARIES: OrderedDict([("app_ref", _APP_REF + ["reference", "ref", "app_ref"])]),
    STARTS: OrderedDict(
        [
            ("app_ref", _APP_REF + ["reference", "ref"]),
            (
                "start_date",
                [
                    "start date",
                    "date started",
                    "started",
                    "commencement date",
                    "date of commencement",
                    "commenced",
                    "start",
                ],
            ),
            (
                "units",
                [
                    "units",
                    "units started",
                    "dwellings started",
                    "no of units",
                    "number of units",
                    "net units",
                ],
            ),
        ]
    ),
    TRAJECTORY: OrderedDict(
        [
            ("site_ref", _SITE_REF + ["site"]),
            ("app_ref", _APP_REF),
            ("monitoring_year", _MONITORING_YEAR),
            ("units", ["units", "projected units", "projected completions", "dwellings", "net units"]),
            ("deliverable", ["deliverable", "in five year supply", "five year supply", "5yls", "5yr supply"]),
            ("source", ["source"]),
            ("evidence", ["evidence", "commentary", "comments", "notes"]),
        ]
    ),
    **evidence.SYNONYMS,
}

X_HEADINGS = ["easting", "eastings", "x", "x coordinate", "x coord", "xcoord", "east", "grid easting"]
Y_HEADINGS = ["northing", "northings", "y", "y coordinate", "y coord", "ycoord", "north", "grid northing"]
LON_HEADINGS = ["longitude", "long", "lon", "lng", "geox", "geo x"]
LAT_HEADINGS = ["latitude", "lat", "geoy", "geo y"]


class Suggestion(NamedTuple):
    field_map: FieldMap
    x_field: Optional[str]
    y_field: Optional[str]
    source_crs: Optional[str]  # EPSG:4326 for longitude/latitude columns; None: the store's CRS


def _pick(headings: Sequence[str], wanted: Iterable[str], used: set) -> Optional[str]:
    by_norm = OrderedDict()  # type: Dict[str, str]
    for heading in headings:
        by_norm.setdefault(normalise_heading(heading), heading)
    for name in wanted:
        heading = by_norm.get(name)
        if heading is not None and heading not in used:
            return heading
    return None


def suggest_mapping(headings: Sequence[str], target: str) -> Suggestion:
    """A mapping proposed from the headings: the standard's own field names first, then the
    headings back-office extracts use; the coordinate columns and their CRS likewise."""
    used = set()  # type: set
    columns = OrderedDict()  # type: Dict[str, str]
    synonyms = SYNONYMS[target]
    fields = importable_fields(target)
    for field in fields:  # a column already named after the standard wins
        heading = _pick(headings, [normalise_heading(field)], used)
        if heading is not None:
            columns[field] = heading
            used.add(heading)
    for field, names in synonyms.items():
        if field in columns:
            continue
        heading = _pick(headings, names, used)
        if heading is not None:
            columns[field] = heading
            used.add(heading)
    ordered = OrderedDict((f, columns[f]) for f in fields if f in columns)
    x_field = y_field = crs = None
    if target in [PERMISSIONS, COMPLETIONS] + evidence.TARGETS:
        x_field = _pick(headings, X_HEADINGS, used)
        y_field = _pick(headings, Y_HEADINGS, used)
        if x_field is None or y_field is None:
            lon = _pick(headings, LON_HEADINGS, used)
            lat = _pick(headings, LAT_HEADINGS, used)
            if lon is not None and lat is not None:
                x_field, y_field, crs = lon, lat, "EPSG:4326"
            else:
                x_field = y_field = None
    return Suggestion(FieldMap(ordered), x_field, y_field, crs)


class TargetGuess(NamedTuple):
    """What a file most likely holds, from its headings: the target, the fields its headings map to
    (for every target), and a sentence saying why."""

    target: str
    fields: Dict[str, List[str]]
    reason: str


def suggest_target(headings: Sequence[str], polygons: bool = False) -> TargetGuess:
    """The import target whose fields the headings fill best (each target scored by how many of its
    fields the suggested mapping fills, its required ones counting double); red lines only for a
    polygon source. The reason names the fields that tell it apart from the runner-up."""
    fields = {}  # type: Dict[str, List[str]]
    scores = {}  # type: Dict[str, float]
    for target in TARGETS:
        if target == BOUNDARIES and not polygons:
            continue
        mapped = suggest_mapping(headings, target).field_map.targets
        required = set(schema.LAYERS[TARGET_LAYERS[target]].required_fields)
        fields[target] = mapped
        scores[target] = len(mapped) + sum(1 for f in mapped if f in required)
    ranked = sorted(scores, key=lambda t: (-scores[t], TARGETS.index(t)))
    best = ranked[0]
    if not fields[best]:
        return TargetGuess(PERMISSIONS, fields, "")
    others = set(fields[ranked[1]]) if len(ranked) > 1 else set()
    telling = [f for f in fields[best] if f not in others] or fields[best]
    reason = tr("Looks like {target}: {fields} ({count} of its fields found in the columns).").format(
        target=best, fields=", ".join(telling[:6]), count=len(fields[best])
    )
    return TargetGuess(best, fields, reason)


# -- named profiles ------------------------------------------------------------------------------


class Profile(NamedTuple):
    """A saved mapping: target, FIELD_MAP text, coordinates, CRS and the date order."""

    target: str
    field_map: str
    x_field: str = ""
    y_field: str = ""
    source_crs: str = ""
    day_first: bool = True


def _read_profiles() -> Dict[str, dict]:
    text = user_settings.IMPORT_PROFILES.value()
    try:
        data = json.loads(text) if text else {}
    except (TypeError, ValueError):
        data = {}
    return data if isinstance(data, dict) else {}


def _write_profiles(data: Dict[str, dict]) -> None:
    user_settings.IMPORT_PROFILES.set_value(json.dumps(data, sort_keys=True))


def profile_names() -> List[str]:
    return sorted(_read_profiles(), key=str.lower)


def load_profile(name: str) -> Optional[Profile]:
    raw = _read_profiles().get(name)
    if not isinstance(raw, dict) or raw.get("target") not in TARGETS:
        return None
    return Profile(
        raw["target"],
        str(raw.get("field_map") or ""),
        str(raw.get("x_field") or ""),
        str(raw.get("y_field") or ""),
        str(raw.get("source_crs") or ""),
        bool(raw.get("day_first", True)),
    )


def save_profile(name: str, profile: Profile) -> None:
    name = name.strip()
    if not name:
        raise FieldMapError(tr("A profile needs a name."))
    parse_field_map(profile.field_map, profile.target)  # refuses a mapping that cannot be used
    data = _read_profiles()
    data[name] = profile._asdict()
    _write_profiles(data)


def delete_profile(name: str) -> bool:
    data = _read_profiles()
    if name not in data:
        return False
    del data[name]
    _write_profiles(data)
    return True
