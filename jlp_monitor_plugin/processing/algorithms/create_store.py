"""jlpmonitor:createstore — a new, empty monitoring store with the schema and plan settings."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ...core import plan_settings, schema
from ...core.plan_definition import PlanFileError
from ...core.plan_setup import create_plan_store
from ...core.store_base import StoreError
from ...core.translation import tr
from .base import JlpAlgorithm


class CreateStoreAlgorithm(JlpAlgorithm):
    NAME = "createstore"
    ICON = "create_store"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Create monitoring store")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Creates an empty monitoring store (GeoPackage) holding every layer of the monitoring data "
            "standard — allocations, areas, permissions, permission_boundaries, completions, starts, "
            "trajectory, tag_audit and plan_settings — and writes the chosen preset's plan settings "
            "(requirement, plan period, LPAs, five-year supply and tagging settings). An existing file "
            "is never overwritten.\n\nPLAN_FILE: a plan definition file (JSON; docs/plan_file.md) for "
            "any plan, used instead of the preset; it is checked first and every problem is named."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "STORE", tr("New monitoring store"), fileFilter=tr("GeoPackage (*.gpkg *.GPKG)")
            )
        )
        presets = sorted(plan_settings.PRESETS)
        preset = QgsProcessingParameterEnum(
            "PRESET", tr("Plan settings preset"), options=presets, defaultValue=presets.index("jlp")
        )
        preset.setUsesStaticStrings(True)
        preset.setDefaultValue("jlp")
        self.addParameter(preset)
        self.addParameter(
            QgsProcessingParameterFile(
                "PLAN_FILE",
                tr("Plan definition file (instead of the preset)"),
                behavior=QgsProcessingParameterFile.Behavior.File,
                fileFilter=tr("Plan definition (*.json *.JSON)"),
                optional=True,
            )
        )
        self.addOutput(QgsProcessingOutputFile("OUTPUT", tr("Monitoring store")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        path = self.parameterAsFileOutput(parameters, "STORE", context)
        preset = self.enum_string(parameters, "PRESET", context) or "jlp"
        plan_file = self.parameterAsFile(parameters, "PLAN_FILE", context)
        try:
            created = create_plan_store(path, plan_file or preset)
        except (StoreError, PlanFileError, KeyError) as exc:
            raise QgsProcessingException(str(exc).strip("'\"")) from None
        store, preset = created.store, created.plan_id
        for warning in created.warnings:
            feedback.pushWarning(warning)
        feedback.pushInfo(
            tr("Created {} with layers {} and the '{}' plan settings.").format(
                store.path, ", ".join(schema.LAYERS), preset
            )
        )
        return {"STORE": store.path, "OUTPUT": store.path}
