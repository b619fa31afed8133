"""jlpmonitor:importpermissions, importcompletions, importboundaries, importstarts, importtrajectory —
back-office extracts into the store, checked row by row, in one transaction (core/importing)."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ...core.importing import MODES, ImportCancelled, ImportFailed, ImportOptions, import_table
from ...core.importing.source import SourceError, SourceTable, input_problem
from ...core.store_base import StoreError
from ...core.translation import QT_TRANSLATE_NOOP, tr
from .base import JlpAlgorithm

SHOWN_PROBLEMS = 200  # problems written to the log one by one; all are counted, rejected rows all kept

OUTPUTS = (
    ("READ", QT_TRANSLATE_NOOP("@default", "Rows read")),
    ("INSERTED", QT_TRANSLATE_NOOP("@default", "Rows inserted (new keys)")),
    ("UPDATED", QT_TRANSLATE_NOOP("@default", "Rows matched to a key already in the store (changed or not)")),
    ("REJECTED", QT_TRANSLATE_NOOP("@default", "Rows rejected (written to REJECTS with the reason)")),
    ("CHANGED", QT_TRANSLATE_NOOP("@default", "Matched rows with a changed value (written)")),
    ("UNCHANGED", QT_TRANSLATE_NOOP("@default", "Matched rows already identical (left alone)")),
    ("DELETED", QT_TRANSLATE_NOOP("@default", "Rows deleted (replace mode: keys that did not come back)")),
    ("WARNINGS", QT_TRANSLATE_NOOP("@default", "Warnings (rows loaded with a remark)")),
    ("BOUNDARIES", QT_TRANSLATE_NOOP("@default", "Red-line boundaries inserted or changed")),
    ("POINTS_FILLED", QT_TRANSLATE_NOOP("@default", "Permissions given the point of their boundary")),
)


class ImportAlgorithm(JlpAlgorithm):
    """Shared parameters and running; subclasses set TARGET, NAME, displayName and shortHelpString."""

    TARGET = ""
    ICON = "import"
    SPATIAL = True

    def group(self):
        return tr("Import and export")

    def groupId(self):  # noqa: N802 - QGIS API
        return "importexport"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                "INPUT",
                tr("Input table or layer (CSV, XLSX, GeoJSON, Shapefile, GeoPackage layer)"),
                types=[QgsProcessing.SourceType.TypeVector],
            )
        )
        self.addParameter(self.store_parameter())
        self.addParameter(
            QgsProcessingParameterString(
                "FIELD_MAP",
                tr("Field map (target=source;…, e.g. app_ref=Application Number); empty: from the headings"),
                optional=True,
            )
        )
        if self.SPATIAL:
            self.addParameter(
                QgsProcessingParameterString("X_FIELD", tr("X / easting / longitude column"), optional=True)
            )
            self.addParameter(
                QgsProcessingParameterString("Y_FIELD", tr("Y / northing / latitude column"), optional=True)
            )
            self.addParameter(
                QgsProcessingParameterCrs(
                    "SOURCE_CRS", tr("CRS of the X/Y columns (default: the store's)"), optional=True
                )
            )
        self.addParameter(
            QgsProcessingParameterBoolean("DAY_FIRST", tr("Dates are day first (21/01/2008)"), True)
        )
        mode = QgsProcessingParameterEnum("MODE", tr("Mode"), options=MODES, defaultValue="upsert")
        mode.setUsesStaticStrings(True)
        self.addParameter(mode)
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "REJECTS",
                tr("Rejected rows (CSV: the original columns and the reason)"),
                fileFilter=tr("CSV files (*.csv)"),
                optional=True,
                createByDefault=False,
            )
        )
        for name, label in OUTPUTS:
            self.addOutput(QgsProcessingOutputNumber(name, tr(label)))
        self.addOutput(QgsProcessingOutputString("FIELD_MAP_USED", tr("Field map used")))

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API
        # Before QGIS opens INPUT (a pipe would hang it; a folder opens as one of its CSVs; an empty,
        # UTF-16 or broken JSON file gets only "Incorrect parameter value for INPUT").
        value = parameters.get("INPUT")
        if isinstance(value, str):
            problem = input_problem(value)
            if problem:
                return False, problem
        return super().checkParameterValues(parameters, context)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        value = parameters.get("INPUT")
        problem = input_problem(value) if isinstance(value, str) else None
        if problem:
            raise QgsProcessingException(problem)
        store = self.open_store(parameters, context)
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        if layer is None:
            raise QgsProcessingException(tr("The input could not be read as a table or layer."))
        try:
            table = SourceTable.open(layer)
        except SourceError as exc:
            raise QgsProcessingException(str(exc)) from None
        options = ImportOptions(
            target=self.TARGET,
            field_map=self.parameterAsString(parameters, "FIELD_MAP", context),
            x_field=self.parameterAsString(parameters, "X_FIELD", context) if self.SPATIAL else None,
            y_field=self.parameterAsString(parameters, "Y_FIELD", context) if self.SPATIAL else None,
            source_crs=self._source_crs(parameters, context),
            day_first=self.parameterAsBoolean(parameters, "DAY_FIRST", context),
            mode=self.enum_string(parameters, "MODE", context) or "upsert",
        )
        rejects = self.parameterAsFileOutput(parameters, "REJECTS", context)
        if not rejects:
            rejects = None
        try:
            report = import_table(table, store, options, rejects, feedback)
        except ImportCancelled:
            raise QgsProcessingException(tr("The import was cancelled; the store is unchanged.")) from None
        except (ImportFailed, StoreError) as exc:
            raise QgsProcessingException(str(exc)) from None
        for note in report.notes:
            feedback.pushInfo(note)
        feedback.pushInfo(tr("Field map: {}").format(report.field_map))
        if report.x_field:
            feedback.pushInfo(tr("Coordinates: X {}, Y {}").format(report.x_field, report.y_field))
        for problem in report.problems[:SHOWN_PROBLEMS]:
            text = problem.message(report.source_name)
            # Warnings, not errors: a rejected row is kept in the rejects file, the import goes on.
            feedback.pushWarning(tr("Rejected: {}").format(text) if problem.severity == "error" else text)
        shown = min(len(report.problems), SHOWN_PROBLEMS)
        total = sum(report.reasons.values())
        if total > shown:
            feedback.pushInfo(
                tr("… and {} more problems; every rejected row is in the rejects file.").format(total - shown)
            )
        feedback.pushInfo(report.summary())
        if report.rejected and not rejects:
            feedback.pushWarning(
                tr("{} rows were rejected; they are in {} (set REJECTS to choose the file).").format(
                    report.rejected, report.rejects_path
                )
            )
        results = {"STORE": store.path, "FIELD_MAP_USED": report.field_map}
        results.update(report.as_dict())
        if report.rejects_path:
            results["REJECTS"] = report.rejects_path
        return results

    def _source_crs(self, parameters, context):
        if not self.SPATIAL or parameters.get("SOURCE_CRS") in (None, ""):
            return None
        crs = self.parameterAsCrs(parameters, "SOURCE_CRS", context)
        return crs if crs.isValid() else None


class ImportPermissionsAlgorithm(ImportAlgorithm):
    NAME = "importpermissions"
    TARGET = "permissions"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Import permissions")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Imports planning permissions from a back-office extract (CSV, XLSX) or a layer (GeoJSON, "
            "Shapefile, GeoPackage layer) into the store's permissions. FIELD_MAP maps the standard's fields "
            "to the file's columns: app_ref=Application Number;decision_date=Decision Date;net_units=Net "
            "Units (empty: suggested from the headings; a value in quotes is a constant, lpa='PLY'). "
            "Locations come from X_FIELD/Y_FIELD in SOURCE_CRS, or from the layer's geometry; a polygon "
            "layer fills permission_boundaries with the red line and permissions with a point on its "
            "surface. Dates are read day first (21/01/2008) unless DAY_FIRST is off. Each row is checked: "
            "required app_ref and net units, real dates, whole units, net units = proposed − existing, "
            "unique app_ref in the file, coordinates in the plan's CRS area and not swapped; rejected rows "
            "go to REJECTS with all their columns and the reason (file, row, field, value). Unknown "
            "permission types are kept as 'other' and parent_ref pointing to nothing is loaded, both "
            "with a warning. MODE upsert inserts new app_refs and updates matched ones, writing only "
            "the values that changed; replace also deletes permissions whose app_ref did not come back "
            "(a row rejected this time keeps its stored version). Officer tags and locks (site_ref, "
            "tag_*) of existing permissions are never touched. One transaction: a failure or cancel "
            "leaves the store as it was. Counts: READ = INSERTED + UPDATED + REJECTED, always. UPDATED "
            "counts the rows whose key was already in the store, changed or not; of them CHANGED had a "
            "value that differed and was written, UNCHANGED were identical and left alone — importing "
            "the same file twice gives INSERTED 0 and CHANGED 0."
        )


class ImportCompletionsAlgorithm(ImportAlgorithm):
    NAME = "importcompletions"
    TARGET = "completions"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Import completions")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Imports dwelling completions (building control, council tax, site visits, developers) from a "
            "CSV, XLSX or layer into the store's completions. FIELD_MAP maps the standard's fields to the "
            "file's columns (empty: suggested from the headings). Each completion needs units (net: "
            "losses negative) and a completion_date or a monitoring_year (2019/20); a location from "
            "X_FIELD/Y_FIELD or the layer is optional. Without a mapped completion_id, stable ids are "
            "generated from each row's content and its occurrence number, so importing the same file "
            "again matches the same rows. Rejected rows (missing or impossible values, a date outside "
            "the monitoring year given, duplicates, coordinates outside the plan's CRS area or swapped) "
            "go to REJECTS with all their columns and the reason. MODE upsert or replace as for "
            "permissions; officer tags are never touched; one transaction. Counts: READ = INSERTED + "
            "UPDATED + REJECTED, always. UPDATED counts the rows whose key was already in the store, "
            "changed or not; of them CHANGED had a value that differed and was written, UNCHANGED were "
            "identical and left alone — importing the same file twice gives INSERTED 0 and CHANGED 0."
        )


class ImportBoundariesAlgorithm(ImportAlgorithm):
    NAME = "importboundaries"
    TARGET = "boundaries"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Import red-line boundaries")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Imports red-line boundaries (polygons with an application reference) from a Shapefile, "
            "GeoPackage or GeoJSON layer into permission_boundaries, transformed to the store's CRS. "
            "FIELD_MAP gives the reference column (app_ref=APP_REF; empty: suggested). A boundary replaces "
            "the stored one of the same app_ref when it differs; invalid polygons are kept as given, with "
            "a warning (tagging repairs them for its tests). A permission without a location gets a point "
            "on its boundary's surface. A boundary whose app_ref is not a permission in the store is "
            "loaded with a warning. One transaction. Counts: READ = INSERTED + UPDATED + REJECTED; "
            "UPDATED = CHANGED + UNCHANGED."
        )


class ImportStartsAlgorithm(ImportAlgorithm):
    NAME = "importstarts"
    TARGET = "starts"
    SPATIAL = False

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Import starts")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Imports starts on site (app_ref, start_date, units) from a CSV, XLSX or table into the store's "
            "starts. A start is identified by its app_ref and start date: importing it again updates its "
            "units. Missing values, impossible dates, units that are not whole or negative, and duplicates "
            "are rejected to REJECTS with the reason. MODE upsert or replace; one transaction. Counts: "
            "READ = INSERTED + UPDATED + REJECTED; UPDATED = CHANGED + UNCHANGED."
        )


class ImportTrajectoryAlgorithm(ImportAlgorithm):
    NAME = "importtrajectory"
    TARGET = "trajectory"
    SPATIAL = False

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Import trajectory")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Imports housing trajectory projections (site_ref or app_ref, monitoring_year such as 2025/26, "
            "units, deliverable, evidence) from a CSV, XLSX or table into the store's trajectory. A "
            "projection is identified by its site_ref, app_ref and monitoring year: importing it again "
            "updates it. Imported projections are the officer's (source 'officer') unless a source is "
            "mapped. Rejected rows go to REJECTS with the reason. MODE upsert or replace; one transaction. "
            "Counts: READ = INSERTED + UPDATED + REJECTED; UPDATED = CHANGED + UNCHANGED."
        )
