"""jlpmonitor:loadstandard — append layers that follow the monitoring data standard to a store."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ...core.loading import load_standard, write_rejects
from ...core.output_guard import OutputRefused, check_output
from ...core.store import StoreError
from ...core.translation import QT_TRANSLATE_NOOP, tr
from .base import JlpAlgorithm


class LoadStandardAlgorithm(JlpAlgorithm):
    NAME = "loadstandard"
    ICON = "load_data"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Load standard layers into store")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Appends the layers of a GeoPackage that already follows the monitoring data standard "
            "(layers named allocations, areas, permissions, permission_boundaries, completions, starts, "
            "trajectory, with the standard's field names) to a monitoring store. Geometries are "
            "transformed to the store's CRS. Rows lacking a required value, or whose key (site_ref, "
            "app_ref, completion_id) is already in the store, are rejected and written with their "
            "reason to the REJECTS file: READ = LOADED + REJECTED. For back-office extracts with other "
            "column names use the import algorithms."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(
            QgsProcessingParameterFile(
                "INPUT",
                tr("Source GeoPackage (standard layers)"),
                behavior=QgsProcessingParameterFile.File,
                extension="gpkg",
            )
        )
        self.addParameter(self.store_parameter())
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
            ("LOADED", QT_TRANSLATE_NOOP("@default", "Rows loaded")),
            ("REJECTED", QT_TRANSLATE_NOOP("@default", "Rows rejected")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, tr(label)))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        store = self.open_store(parameters, context)
        source = self.parameterAsFile(parameters, "INPUT", context)
        rejects = self.parameterAsFileOutput(parameters, "REJECTS", context)
        try:
            check_output(rejects, "REJECTS", store, [source])
        except OutputRefused as exc:
            raise QgsProcessingException(str(exc)) from None
        try:
            report = load_standard(source, store, feedback)
        except StoreError as exc:
            raise QgsProcessingException(str(exc)) from None
        for name in report.read:
            feedback.pushInfo(
                tr("{}: read {}, loaded {}").format(name, report.read[name], report.loaded[name])
            )
        for item in report.rejected[:20]:
            feedback.reportError(tr("{} row {}: {}").format(item.layer, item.row, item.reason))
        results = {
            "STORE": store.path,
            "READ": report.total_read,
            "LOADED": report.total_loaded,
            "REJECTED": len(report.rejected),
        }
        if rejects:
            write_rejects(rejects, report.rejected)
            results["REJECTS"] = rejects
        elif report.rejected:
            feedback.pushWarning(
                tr("{} rows were rejected; set REJECTS to keep them with their reasons.").format(
                    len(report.rejected)
                )
            )
        return results
