"""jlpmonitor:loadstandard — load layers that follow the monitoring data standard into a store."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ...core.loading import MODES, UPSERT, LoadCancelledError, load_standard
from ...core.output_guard import OutputRefused, check_output
from ...core.store_base import StoreError
from ...core.translation import QT_TRANSLATE_NOOP, tr
from .base import JlpAlgorithm


class LoadStandardAlgorithm(JlpAlgorithm):
    NAME = "loadstandard"
    ICON = "load_data"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Load standard layers into store")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Loads the layers of a GeoPackage that already follows the monitoring data standard "
            "(layers named allocations, areas, permissions, permission_boundaries, completions, starts, "
            "trajectory, with the standard's field names) into a monitoring store, in one transaction: "
            "all of it or, on a failure or a cancel, nothing. Rows are matched on their natural key "
            "(allocations: site_ref; areas: lpa + policy_area; permissions and boundaries: app_ref; "
            "completions: completion_id; starts: app_ref + start_date; trajectory: site_ref + app_ref + "
            "monitoring_year). MODE upsert (default) inserts new keys and updates matched rows, so loading "
            "the same file again changes nothing; replace also deletes the rows of each loaded layer whose "
            "key did not come back; append adds every row as new. Geometries are transformed to the "
            "store's CRS. Rows lacking a required value, or repeating a key of the same layer, are "
            "rejected and written with their reason to the REJECTS file: READ = LOADED + REJECTED. For "
            "back-office extracts with other column names use the import algorithms."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(
            QgsProcessingParameterFile(
                "INPUT",
                tr("Source GeoPackage (standard layers)"),
                behavior=QgsProcessingParameterFile.Behavior.File,
                extension="gpkg",
            )
        )
        self.addParameter(self.store_parameter())
        mode = QgsProcessingParameterEnum("MODE", tr("Mode"), options=MODES, defaultValue=UPSERT)
        mode.setUsesStaticStrings(True)
        self.addParameter(mode)
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "REJECTS",
                tr("Rejected rows"),
                fileFilter=tr("CSV files (*.csv)"),
                optional=True,
                createByDefault=False,
            )
        )
        for name, label in (
            ("READ", QT_TRANSLATE_NOOP("@default", "Rows read")),
            ("LOADED", QT_TRANSLATE_NOOP("@default", "Rows loaded (inserted, changed or unchanged)")),
            ("REJECTED", QT_TRANSLATE_NOOP("@default", "Rows rejected")),
            ("INSERTED", QT_TRANSLATE_NOOP("@default", "Rows inserted")),
            ("CHANGED", QT_TRANSLATE_NOOP("@default", "Stored rows changed")),
            ("UNCHANGED", QT_TRANSLATE_NOOP("@default", "Stored rows already the same")),
            ("DELETED", QT_TRANSLATE_NOOP("@default", "Stored rows deleted (replace)")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, tr(label)))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        store = self.open_store(parameters, context)
        source = self.parameterAsFile(parameters, "INPUT", context)
        mode = self.enum_string(parameters, "MODE", context) or UPSERT
        rejects = self.parameterAsFileOutput(parameters, "REJECTS", context)
        try:
            check_output(rejects, "REJECTS", store, [source])
        except OutputRefused as exc:
            raise QgsProcessingException(str(exc)) from None
        try:
            report = load_standard(source, store, feedback, mode, rejects or None)
        except (StoreError, LoadCancelledError) as exc:
            raise QgsProcessingException(str(exc)) from None
        for name in report.read:
            feedback.pushInfo(
                tr("{}: read {}, inserted {}, changed {}, unchanged {}, deleted {}").format(
                    name,
                    report.read[name],
                    report.inserted[name],
                    report.changed[name],
                    report.unchanged[name],
                    report.deleted[name],
                )
            )
        for item in report.rejected[:20]:
            feedback.reportError(tr("{} row {}: {}").format(item.layer, item.row, item.reason))
        results = {
            "STORE": store.path,
            "READ": report.total_read,
            "LOADED": report.total_loaded,
            "REJECTED": len(report.rejected),
            "INSERTED": report.total("inserted"),
            "CHANGED": report.total("changed"),
            "UNCHANGED": report.total("unchanged"),
            "DELETED": report.total("deleted"),
        }
        if rejects:
            results["REJECTS"] = rejects
        elif report.rejected:
            feedback.pushWarning(
                tr("{} rows were rejected; set REJECTS to keep them with their reasons.").format(
                    len(report.rejected)
                )
            )
        return results
