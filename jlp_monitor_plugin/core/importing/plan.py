"""The plan of one import, decided before the first row is read, and the checking of each row.

``ImportPlan`` resolves the field map (given, or suggested from the headings) against the source's
headings, refuses a mapping that lacks a required field or uses a heading the file repeats, decides
where geometries come from (``geometry.GeometryRules``) and which fields the import writes (the
mapped ones and those it derives: net_units, generated completion_ids, the trajectory's source).
``convert`` turns one source row into the store's values with its problems: each value parsed by
``validation`` (errors reject the row, warnings load it), then the row's rules (required fields,
not negative, net units, completion period, encoding) and its geometry. Nothing is written here.
"""

from collections import Counter
from typing import Any, Dict, List, NamedTuple, Optional, Set, Tuple, Union

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry

from .. import schema
from ..store import Store
from ..translation import tr
from . import evidence
from . import validation as v
from .field_map import (
    BOUNDARIES,
    COMPLETIONS,
    KEYS,
    OFFICER_FIELDS,
    PERMISSIONS,
    STARTS,
    TARGET_LAYERS,
    TARGETS,
    TEMPLATE_PART,
    TRAJECTORY,
    FieldMap,
    FieldMapError,
    parse_field_map,
    resolve_heading,
    suggest_mapping,
)
from .geometry import GeometryRules
from .source import REPLACEMENT, SourceTable

UPSERT = "upsert"
REPLACE = "replace"
MODES = [UPSERT, REPLACE]

NOT_NEGATIVE = {
    PERMISSIONS: ("units_proposed", "units_existing", "affordable_units"),
    COMPLETIONS: (),
    STARTS: ("units",),
    TRAJECTORY: (),
    BOUNDARIES: (),
}


class ImportFailed(Exception):  # noqa: N818
    """An import that cannot start (mapping, input), with a message an officer can act on; nothing
    was written."""


class ImportOptions(NamedTuple):
    target: str
    field_map: Union[None, str, FieldMap] = None  # None or "": suggested from the headings
    x_field: Optional[str] = None
    y_field: Optional[str] = None
    source_crs: Union[None, str, QgsCoordinateReferenceSystem] = None
    day_first: bool = True
    mode: str = UPSERT


class Converted(NamedTuple):
    values: Dict[str, Any]
    geometry: Optional[QgsGeometry]  # in the target layer's CRS, of the target layer's kind
    boundary: Optional[QgsGeometry]  # permissions from polygons: the red line, in the boundaries' CRS
    problems: List[v.Problem]
    skipped: bool = False  # not evidence of a new home (an EPC lodged for a sale): left out, counted

    @property
    def errors(self) -> List[v.Problem]:
        return [p for p in self.problems if p.severity == v.ERROR]


def _crs(value) -> Optional[QgsCoordinateReferenceSystem]:
    if value is None:
        return None
    if isinstance(value, QgsCoordinateReferenceSystem):
        return value if value.isValid() else None
    text = str(value).strip()
    if not text:
        return None
    crs = QgsCoordinateReferenceSystem(text)
    if not crs.isValid():
        raise ImportFailed(
            tr("SOURCE_CRS '{}' is not a coordinate reference system QGIS knows.").format(text)
        )
    return crs


class ImportPlan:
    """Everything decided before the first row is read: mapping, CRSs, transforms, rules."""

    def __init__(self, table: SourceTable, store: Store, options: ImportOptions):
        if options.target not in TARGETS:
            raise ImportFailed(
                tr("Unknown import target '{}'; choose one of {}.").format(options.target, ", ".join(TARGETS))
            )
        if options.mode not in MODES:
            raise ImportFailed(tr("Unknown MODE '{}'; choose upsert or replace.").format(options.mode))
        self.table = table
        self.store = store
        self.target = options.target
        self.mode = options.mode
        self.day_first = bool(options.day_first)
        self.layer_name = TARGET_LAYERS[self.target]
        self.layer_def = schema.LAYERS[self.layer_name]
        self.kinds = {f.name: f.kind for f in self.layer_def.fields}
        self.key_fields = KEYS[self.target]
        self.notes = []  # type: List[str]

        suggestion = None
        field_map = options.field_map
        try:
            if isinstance(field_map, FieldMap):
                mapping = field_map
            elif field_map and str(field_map).strip():
                mapping = parse_field_map(str(field_map), self.target)
            else:
                suggestion = suggest_mapping(table.headings, self.target)
                mapping = suggestion.field_map
                self.notes.append(
                    tr("No field map given; mapped from the headings: {}").format(mapping.text())
                )
            self.field_map = mapping.resolved(table.headings, table.name)
        except FieldMapError as exc:
            raise ImportFailed(str(exc)) from None
        for target in self.field_map.targets:
            if target not in self.kinds:
                raise ImportFailed(tr("{} is not a field of {}.").format(target, self.layer_name))
        self.columns = dict(self.field_map.columns)

        x_field, y_field = options.x_field or None, options.y_field or None
        source_crs = _crs(options.source_crs)
        if suggestion is not None and not (x_field or y_field):
            x_field, y_field = suggestion.x_field, suggestion.y_field
            if suggestion.source_crs and source_crs is None:
                source_crs = QgsCoordinateReferenceSystem(suggestion.source_crs)
        if bool(x_field) != bool(y_field):
            raise ImportFailed(tr("Give both X_FIELD and Y_FIELD, or neither."))
        self.spatial = self.layer_def.geometry is not None
        if not self.spatial and x_field:
            self.notes.append(
                tr("{} has no geometry: X_FIELD and Y_FIELD are ignored.").format(self.layer_name)
            )
            x_field = y_field = None
        if x_field:
            x_field = self._heading("X_FIELD", x_field)
            y_field = self._heading("Y_FIELD", y_field)
        self.x_field, self.y_field = x_field, y_field

        self._check_mapping()
        self._check_duplicates()

        # Geometry: from X/Y columns, else from the layer; transformed to the target layer's CRS.
        plan_crs = QgsCoordinateReferenceSystem(store.crs_authid())
        self.from_xy = bool(self.x_field)
        self.from_layer = self.spatial and not self.from_xy and table.is_spatial
        self.source_crs = None  # type: Optional[QgsCoordinateReferenceSystem]
        if self.from_xy:
            self.source_crs = source_crs or plan_crs
        elif self.from_layer:
            layer_crs = table.crs()
            self.source_crs = layer_crs if layer_crs.isValid() else source_crs
            if self.source_crs is None:
                raise ImportFailed(tr("{} has no CRS: set SOURCE_CRS.").format(table.name))
            if source_crs is not None and layer_crs.isValid() and source_crs != layer_crs:
                self.notes.append(
                    tr("{name} is in {crs}; SOURCE_CRS applies to X/Y columns only and was not used.").format(
                        name=table.name, crs=layer_crs.authid()
                    )
                )
        if self.target == BOUNDARIES and not (self.from_layer and table.is_polygon):
            raise ImportFailed(
                tr(
                    "Boundaries are imported from a polygon layer (Shapefile, GeoPackage, GeoJSON); "
                    "{} has no polygons."
                ).format(table.name)
            )
        self.with_boundaries = self.target == PERMISSIONS and self.from_layer and table.is_polygon
        # Rows have a geometry to check only when it comes from somewhere (X/Y columns or the layer).
        self.geometry_rules = None  # type: Optional[GeometryRules]
        if self.source_crs is not None:
            self.geometry_rules = GeometryRules(
                store,
                self.target,
                self.layer_name,
                self.source_crs,
                self.x_field,
                self.y_field,
                self.from_layer,
                self.with_boundaries,
            )

        settings = store.plan_settings()
        self.lpas = v.LpaCodes(settings.get("lpas") or [])
        self.evidence = self.target in evidence.TARGETS
        self.id_field = evidence.ID_FIELD if self.evidence else "completion_id"
        self.generate_ids = (
            self.target in [COMPLETIONS] + evidence.TARGETS and self.id_field not in self.field_map
        )
        self.occurrences = Counter()  # type: Counter
        # What the import writes: the mapped fields, and those it derives.
        fields = [f for f in self.layer_def.field_names if f in self.field_map]
        if self.target == PERMISSIONS and "net_units" not in fields and "units_proposed" in fields:
            fields.append("net_units")
        if self.generate_ids:
            fields.insert(0, self.id_field)
        if (self.target == TRAJECTORY or self.evidence) and "source" not in fields:
            fields.append("source")  # imported projections are the officer's
        for key in self.key_fields:
            if key not in fields:
                fields.append(key)
        self.fields = fields
        self.protected = OFFICER_FIELDS if self.target in (PERMISSIONS, COMPLETIONS) else set()

    def _heading(self, parameter: str, wanted: str) -> str:
        heading = resolve_heading(self.table.headings, wanted)
        if heading is None:
            raise ImportFailed(
                tr("{parameter} '{wanted}' is not a column of {name}. Its columns are: {columns}.").format(
                    parameter=parameter,
                    wanted=wanted,
                    name=self.table.name,
                    columns=", ".join(self.table.headings),
                )
            )
        return heading

    def _check_duplicates(self) -> None:
        """A heading the file repeats: refused when the mapping uses it (which column is meant?), a
        note when it does not."""
        duplicates = self.table.duplicates
        if not duplicates:
            return
        used = set(self.columns.values()) | {self.x_field, self.y_field}
        for target in self.field_map.templates:
            used.update(self.field_map.template_columns(target))
        for heading, places in duplicates.items():
            where = ", ".join(str(p) for p in places)
            if heading in used:
                raise ImportFailed(
                    tr(
                        "The column heading '{heading}' appears {count} times in {name} (columns {where}): "
                        "the import cannot tell which one is meant. Rename the columns in the file."
                    ).format(heading=heading, count=len(places), name=self.table.name, where=where)
                )
            self.notes.append(
                tr(
                    "The column heading '{heading}' appears {count} times in {name} (columns {where}); "
                    "it is not imported."
                ).format(heading=heading, count=len(places), name=self.table.name, where=where)
            )

    def _check_mapping(self) -> None:
        mapped = self.field_map
        missing = []
        if self.target == PERMISSIONS:
            if "app_ref" not in mapped.columns and "app_ref" not in mapped.templates:
                missing.append("app_ref")
            if "net_units" not in mapped and "units_proposed" not in mapped:
                missing.append(tr("net_units (or units_proposed)"))
        elif self.target == COMPLETIONS:
            if "units" not in mapped:
                missing.append("units")
            if "completion_date" not in mapped and "monitoring_year" not in mapped:
                missing.append(tr("completion_date or monitoring_year"))
        elif self.target == BOUNDARIES:
            if "app_ref" not in mapped.columns and "app_ref" not in mapped.templates:
                missing.append("app_ref")
        elif self.target == STARTS:
            missing.extend(f for f in ("app_ref", "start_date", "units") if f not in mapped)
        elif self.target == TRAJECTORY:
            missing.extend(f for f in ("monitoring_year", "units") if f not in mapped)
            if "site_ref" not in mapped and "app_ref" not in mapped:
                missing.append(tr("site_ref or app_ref"))
        elif self.target in evidence.TARGETS:
            missing.extend(evidence.missing_mapping(self.target, mapped.targets))
        if missing:
            raise ImportFailed(
                tr(
                    "The field map gives no column for {missing} (required in {layer}). "
                    "{name} has the columns: {columns}."
                ).format(
                    missing=", ".join(missing),
                    layer=self.layer_name,
                    name=self.table.name,
                    columns=", ".join(self.table.headings),
                )
            )

    # converting one row
    def _convert_value(self, target: str, raw: Any) -> Tuple[Any, Optional[str], str]:
        """(value, reason, severity) for one mapped value."""
        kind = self.kinds[target]
        if target == "permission_type":
            value, reason = v.permission_type(raw)
            return value, reason, v.WARNING
        if target == "lpa":
            value, reason = self.lpas.code(raw)
            return value, reason, v.WARNING
        if target == "source" and self.target == COMPLETIONS:
            value, reason = v.coded(
                raw, v.COMPLETION_SOURCE_CODES, "other", tr("completion source"), schema.COMPLETION_SOURCES
            )
            return value, reason, v.WARNING
        if target == "source" and self.target == TRAJECTORY:
            value, reason = v.coded(
                raw, v.TRAJECTORY_SOURCE_CODES, "officer", tr("trajectory source"), schema.TRAJECTORY_SOURCES
            )
            return value, reason, v.WARNING
        if target == "monitoring_year":
            value, reason = v.parse_monitoring_year(raw)
            return value, reason, v.ERROR
        if target in ("brownfield", "deliverable", "tag_locked"):
            value, reason = v.parse_flag(raw)
            return value, (reason + tr("; left empty") if reason else None), v.WARNING
        if kind == schema.INTEGER:
            value, reason = v.parse_whole(raw)
            return value, reason, v.ERROR
        if kind == schema.REAL:
            value, reason = v.parse_number(raw)
            return value, reason, v.ERROR
        if kind == schema.DATE:
            value, reason = v.parse_date(raw, self.day_first)
            return value, reason, v.ERROR
        return v.as_text(raw), None, v.ERROR

    def _field_values(self, row, only: Optional[Set[str]] = None) -> Tuple[Dict[str, Any], List[v.Problem]]:
        """The row's values for the store's fields (all, or ``only`` these), and their problems."""
        values = {}  # type: Dict[str, Any]
        problems = []  # type: List[v.Problem]
        number = row.row
        sources = []  # type: List[Tuple[str, Any, Any]]  (target, raw value, what it came from)
        for target, column in self.columns.items():
            sources.append((target, row.values.get(column), column))
        for target, constant in self.field_map.constants.items():
            sources.append((target, constant, "'{}'".format(constant)))
        for target, template in self.field_map.templates.items():
            parts = {c: v.as_text(row.values.get(c)) for c in self.field_map.template_columns(target)}
            raw = None
            if any(part is not None for part in parts.values()):
                raw = TEMPLATE_PART.sub(lambda m, parts=parts: parts.get(m.group(1)) or "", template)
            sources.append((target, raw, template))
        for target, raw, origin in sources:
            if only is not None and target not in only:
                continue
            value, reason, severity = self._convert_value(target, raw)
            if reason:
                problems.append(v.Problem(number, target, origin, v.as_text(raw), reason, severity))
            values[target] = value if not (reason and severity == v.ERROR) else None
        return values, problems

    def key_values(self, row) -> Dict[str, Any]:
        """Only the key fields of a row, converted as an import converts them."""
        return self._field_values(row, set(self.key_fields))[0]

    def convert(self, row) -> Converted:
        number = row.row
        values, problems = self._field_values(row)
        failed = {p.target for p in problems if p.severity == v.ERROR}

        skipped = self.evidence and not evidence.finish_row(self.target, values)
        for target in NOT_NEGATIVE.get(self.target, ()):
            value = values.get(target)
            if value is not None and value < 0:
                problems.append(
                    v.Problem(
                        number, target, self.columns.get(target, target), value, tr("cannot be negative")
                    )
                )
                failed.add(target)
        if self.target == PERMISSIONS and not failed & {"units_proposed", "units_existing", "net_units"}:
            problem = v.net_units_problem(values, self.columns, number)
            if problem:
                problems.append(problem)
        if self.target == COMPLETIONS and not failed & {"completion_date", "monitoring_year"}:
            problem = v.completion_period_problem(values, self.columns, number)
            if problem:
                problems.append(problem)
        if self.target == TRAJECTORY:
            if values.get("site_ref") is None and values.get("app_ref") is None:
                problems.append(
                    v.Problem(number, "site_ref", "", None, tr("neither site_ref nor app_ref is given"))
                )
            if "source" not in self.field_map:
                values["source"] = "officer"

        required = [f for f in self.layer_def.required_fields if f not in failed]
        if self.generate_ids:
            required = [f for f in required if f != self.id_field]
        if self.target == PERMISSIONS and "net_units" in required and "net_units" not in self.field_map:
            if values.get("net_units") is None and "units_proposed" not in failed:
                problems.append(
                    v.Problem(
                        number,
                        "units_proposed",
                        self.columns.get("units_proposed", ""),
                        None,
                        tr("is empty: net_units is required (from units_proposed − units_existing)"),
                    )
                )
            required.remove("net_units")
        for field in required:
            if values.get(field) is None and field not in failed:
                column = self.columns.get(field, "")
                reason = tr("is empty: {} is required").format(field)
                problems.append(v.Problem(number, field, column, None, reason))

        if self.table.mixed_encoding:
            for column, value in row.values.items():
                if isinstance(value, str) and REPLACEMENT in value:
                    problems.append(
                        v.Problem(
                            number,
                            "",
                            column,
                            value,
                            tr(
                                "holds a byte that is not UTF-8 (shown as \ufffd) in a file that is UTF-8 "
                                "elsewhere: loaded; correct the text, or save the file as CSV UTF-8"
                            ),
                            v.WARNING,
                        )
                    )

        geometry = boundary = None
        if self.geometry_rules is not None:
            geometry, boundary, geometry_problems = self.geometry_rules.row_geometry(row)
            problems.extend(geometry_problems)

        if self.generate_ids and not any(p.severity == v.ERROR for p in problems):
            content = [values.get(f) for f in sorted(self.field_map.targets) if f not in OFFICER_FIELDS]
            if self.from_xy:
                content += [v.as_text(row.values.get(self.x_field)), v.as_text(row.values.get(self.y_field))]
            elif row.geometry is not None:
                content.append(row.geometry.asWkt(6))
            digest = v.content_digest(content)
            self.occurrences[digest] += 1
            values[self.id_field] = v.generated_completion_id(digest, self.occurrences[digest])
        return Converted(values, geometry, boundary, problems, skipped)

    def duplicate_problem(self, key: Tuple, number: int, first: int) -> v.Problem:
        """Row ``number`` brings ``key`` again, which row ``first`` of the file brought already."""
        shown = " / ".join("" if k is None else str(k) for k in key)
        field = " + ".join(self.key_fields)
        column = " + ".join(self.columns.get(f, f) for f in self.key_fields)
        return v.Problem(
            number,
            field,
            column,
            shown,
            tr("the same {} as row {} of this file (a duplicate)").format(field, first),
        )
