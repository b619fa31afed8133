"""Importing back-office extracts (CSV, XLSX, GeoJSON, Shapefile, GeoPackage layers) into the store:
reading the input (``source``), column mapping (``field_map``), the import's plan and the checking of
each row (``plan``, with value checks in ``validation`` and location checks in ``geometry``), writing
the store's layers (``writer``), the one-transaction import and its report (``importer``), and the
import log that makes an import reversible (``undo``).

The names below are loaded from their module when first asked for, so that importing one module of
the package (``validation``, whose value checks run without QGIS) does not import the others.
"""

import importlib

_MODULE_OF = {
    "MODES": "plan",
    "TARGETS": "field_map",
    "FieldMap": "field_map",
    "FieldMapError": "field_map",
    "ImportCancelled": "importer",
    "ImportFailed": "plan",
    "ImportOptions": "plan",
    "ImportReport": "importer",
    "SourceError": "source",
    "SourceTable": "source",
    "import_table": "importer",
    "parse_field_map": "field_map",
    "preview": "importer",
    "suggest_mapping": "field_map",
}

__all__ = sorted(_MODULE_OF)


def __getattr__(name):
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError("module {!r} has no attribute {!r}".format(__name__, name))
    return getattr(importlib.import_module("." + module, __name__), name)
