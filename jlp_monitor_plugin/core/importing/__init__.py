"""Importing back-office extracts (CSV, XLSX, GeoJSON, Shapefile, GeoPackage layers) into the store:
column mapping (``field_map``), row checks (``validation``), reading the input (``source``) and the
one-transaction import (``importer``)."""

from .field_map import TARGETS, FieldMap, FieldMapError, parse_field_map, suggest_mapping
from .importer import (
    MODES,
    ImportCancelled,
    ImportFailed,
    ImportOptions,
    ImportReport,
    import_table,
    preview,
)
from .source import SourceError, SourceTable

__all__ = [
    "MODES",
    "TARGETS",
    "FieldMap",
    "FieldMapError",
    "ImportCancelled",
    "ImportFailed",
    "ImportOptions",
    "ImportReport",
    "SourceError",
    "SourceTable",
    "import_table",
    "parse_field_map",
    "preview",
    "suggest_mapping",
]
