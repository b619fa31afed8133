"""jlpmonitor:copystore — copy a whole store to a new one: GeoPackage ⇄ PostGIS."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterString,
)

from ...core.store_base import StoreError
from ...core.store_copy import CopyCancelledError, copy_store
from ...core.translation import tr
from .base import JlpAlgorithm


class CopyStoreAlgorithm(JlpAlgorithm):
    NAME = "copystore"
    ICON = "create_store"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Copy monitoring store")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Copies every layer of a monitoring store into a new store: a GeoPackage onto a PostGIS "
            "server to share it, or a PostGIS store into a GeoPackage to archive or hand it round. "
            "DESTINATION is a new .gpkg file or a PostGIS store: "
            "postgresql://user@host:port/dbname?schema=NAME "
            "or service=NAME schema=NAME (the schema must not hold tables yet). Rows keep their fid, "
            "attributes, geometry and the tag_audit trail; plan settings are copied as stored. An existing "
            "store is never overwritten; a failure leaves no partial copy behind."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(self.store_parameter())
        self.addParameter(
            QgsProcessingParameterString(
                "DESTINATION", tr("New store (.gpkg path, or PostGIS URI / service with schema)")
            )
        )
        self.addOutput(QgsProcessingOutputString("DESTINATION", tr("New store")))
        self.addOutput(QgsProcessingOutputNumber("ROWS", tr("Rows copied")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        store = self.open_store(parameters, context)
        destination = self.parameterAsString(parameters, "DESTINATION", context).strip()
        if not destination:
            raise QgsProcessingException(
                tr("DESTINATION is empty: give a new .gpkg path or a PostGIS store.")
            )
        try:
            result = copy_store(store, destination, feedback)
        except (StoreError, CopyCancelledError) as exc:
            raise QgsProcessingException(str(exc)) from None
        for name, count in result.counts.items():
            feedback.pushInfo(tr("{}: {} rows copied.").format(name, count))
        if result.left_out:
            feedback.pushWarning(
                tr("Fields outside the standard were not copied: {}").format(", ".join(result.left_out))
            )
        return {
            "STORE": store.path,
            "DESTINATION": result.destination.path,
            "ROWS": sum(result.counts.values()),
        }
