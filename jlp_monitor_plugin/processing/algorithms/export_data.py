"""jlpmonitor:exportbrownfieldregister and jlpmonitor:exportplanningdata — standard CSVs from the store
(core/exports.py)."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ...core.exports import DATASETS, ExportError, export_brownfield_register, export_planning_data
from ...core.translation import tr
from .base import JlpAlgorithm


class ExportAlgorithm(JlpAlgorithm):
    ICON = "export"

    def group(self):
        return tr("Import and export")

    def groupId(self):  # noqa: N802 - QGIS API
        return "importexport"

    def add_common(self) -> None:
        self.addParameter(self.store_parameter())
        self.addParameter(
            QgsProcessingParameterString(
                "LPA", tr("Only this LPA (code, e.g. PLY); empty: all"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "OUTPUT", tr("CSV file"), fileFilter=tr("CSV files (*.csv)")
            )
        )
        self.addOutput(QgsProcessingOutputNumber("ROWS", tr("Rows written")))

    def lpa(self, parameters, context):
        return (self.parameterAsString(parameters, "LPA", context) or "").strip() or None


class ExportBrownfieldRegisterAlgorithm(ExportAlgorithm):
    NAME = "exportbrownfieldregister"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Export Brownfield Land Register (CSV)")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Writes the Brownfield Land Register CSV of the 2017 data standard (its 28 columns, "
            "OrganisationURI to LastUpdatedDate) from the store's permissions with brownfield = 1: one row "
            "per permission, SiteReference its app_ref, GeoX/GeoY its point in WGS84, Hectares the area "
            "of its red line, PlanningStatus permissioned, PermissionType and PermissionDate from the "
            "permission, net dwellings from net_units, the organisation from the plan settings' LPAs "
            "(OrganisationURI on opendatacommunities.org). LPA limits the register to one authority, as "
            "each council publishes its own. Columns the store holds nothing for are left blank."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.add_common()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        store = self.open_store(parameters, context)
        path = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        try:
            rows = export_brownfield_register(store, path, self.lpa(parameters, context))
        except ExportError as exc:
            raise QgsProcessingException(str(exc)) from None
        feedback.pushInfo(tr("{} brownfield sites written to {}").format(rows, path))
        return {"OUTPUT": path, "ROWS": rows}


class ExportPlanningDataAlgorithm(ExportAlgorithm):
    NAME = "exportplanningdata"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Export planning.data.gov.uk CSV")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Writes a CSV for planning.data.gov.uk with exactly the fields of the chosen dataset, as the "
            "digital-land specification lists them: brownfield-land (the brownfield-land data "
            "specification's 20 fields, from the store's brownfield permissions as in the Brownfield Land "
            "Register export) or local-plan-housing (one row per LPA: the plan's required housing from the "
            "plan settings and the allocated housing from the allocations' capacities; the platform's "
            "entity and prefix are left to it). LPA limits the rows to one authority."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        dataset = QgsProcessingParameterEnum(
            "DATASET", tr("Dataset"), options=DATASETS, defaultValue=DATASETS[0]
        )
        dataset.setUsesStaticStrings(True)
        self.addParameter(dataset)
        self.add_common()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        store = self.open_store(parameters, context)
        path = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        dataset = self.enum_string(parameters, "DATASET", context) or DATASETS[0]
        try:
            rows = export_planning_data(store, path, dataset, self.lpa(parameters, context))
        except ExportError as exc:
            raise QgsProcessingException(str(exc)) from None
        feedback.pushInfo(tr("{} rows of {} written to {}").format(rows, dataset, path))
        return {"OUTPUT": path, "ROWS": rows}
