"""jlpmonitor:loadplanlayers — a plan's boundaries and allocations from any layers QGIS reads."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ...core.output_guard import OutputRefused, check_output
from ...core.plan_layers import PlanLayerError, load_plan_layers, read_allocations, read_boundaries
from ...core.store_base import StoreError
from ...core.translation import QT_TRANSLATE_NOOP, tr
from .base import JlpAlgorithm


def value_map(text: str) -> dict:
    """``value=code;value=code`` as {value: code}."""
    out = {}
    for item in (text or "").split(";"):
        if item.strip():
            value, equals, code = item.partition("=")
            if not equals or not code.strip():
                raise PlanLayerError(tr("VALUE_MAP item '{}' is not value=code.").format(item.strip()))
            out[value.strip()] = code.strip()
    return out


class LoadPlanLayersAlgorithm(JlpAlgorithm):
    NAME = "loadplanlayers"
    ICON = "load_data"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Load plan boundaries and allocations")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Makes the store's areas (each LPA × policy area piece) from a layer of the LPAs and, when the "
            "plan has policy areas, a layer of them — any polygon layer QGIS reads, in any CRS; choose the "
            "field holding the code (a value may be the LPA's code, GSS code or name; features of other "
            "areas are left out; VALUE_MAP names other values, e.g. New Forest=NFNPA). Gaps inside the "
            "plan area and overlaps between LPAs or between policy "
            "areas are reported with their area in hectares (GAPS_HA, OVERLAPS_HA); with STRICT they stop "
            "the load. ALLOCATIONS: any polygon layer with a field map like the importers' "
            "(site_ref=Ref;site_name=Name;homes_capacity=Homes); lpa and policy_area not mapped are taken "
            "from the area each site lies in. Rows without a site reference, with a capacity that is not a "
            "whole number, or outside the plan are rejected with the reason (REJECTS). One transaction; "
            "loading again changes nothing."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(self.store_parameter())
        polygons = [QgsProcessing.SourceType.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterVectorLayer("LPA_LAYER", tr("LPA boundaries"), polygons))
        self.addParameter(
            QgsProcessingParameterField("LPA_FIELD", tr("Field holding the LPA code"), None, "LPA_LAYER")
        )
        self.addParameter(
            QgsProcessingParameterString(
                "VALUE_MAP", tr("Boundary values to codes (value=code;…)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                "AREA_LAYER", tr("Policy area boundaries"), polygons, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "AREA_FIELD", tr("Field holding the policy area code"), None, "AREA_LAYER", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer("ALLOCATIONS", tr("Allocation sites"), polygons, optional=True)
        )
        self.addParameter(
            QgsProcessingParameterString(
                "FIELD_MAP", tr("Allocations field map"), optional=True, multiLine=True
            )
        )
        self.addParameter(QgsProcessingParameterBoolean("STRICT", tr("Stop on gaps or overlaps"), False))
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
            ("AREAS", QT_TRANSLATE_NOOP("@default", "Area pieces")),
            ("ALLOCATIONS_LOADED", QT_TRANSLATE_NOOP("@default", "Allocation sites loaded")),
            ("REJECTED", QT_TRANSLATE_NOOP("@default", "Rows rejected")),
            ("GAPS_HA", QT_TRANSLATE_NOOP("@default", "Gaps (hectares)")),
            ("OVERLAPS_HA", QT_TRANSLATE_NOOP("@default", "Overlaps (hectares)")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, tr(label)))
        self.addOutput(QgsProcessingOutputString("FINDINGS", tr("Gaps and overlaps found")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        store = self.open_store(parameters, context)
        plan = store.plan_settings().as_dict()
        rejects = self.parameterAsFileOutput(parameters, "REJECTS", context)
        area_layer = self.parameterAsVectorLayer(parameters, "AREA_LAYER", context)
        sites = self.parameterAsVectorLayer(parameters, "ALLOCATIONS", context)
        try:
            check_output(rejects, "REJECTS", store, [])
            crs = store.layer("areas").crs()
            found = read_boundaries(
                plan,
                self.parameterAsVectorLayer(parameters, "LPA_LAYER", context),
                self.parameterAsString(parameters, "LPA_FIELD", context),
                area_layer,
                self.parameterAsString(parameters, "AREA_FIELD", context) or None,
                crs,
                value_map(self.parameterAsString(parameters, "VALUE_MAP", context)),
            )
            for message in found.messages():
                feedback.pushWarning(message)
            if found.findings and self.parameterAsBool(parameters, "STRICT", context):
                raise PlanLayerError(tr("Gaps or overlaps were found (STRICT); nothing was loaded."))
            allocations = None
            if sites is not None:
                field_map = self.parameterAsString(parameters, "FIELD_MAP", context)
                allocations = read_allocations(plan, sites, field_map, found.pieces, crs)
            report = load_plan_layers(store, found, allocations, rejects or None)
        except (PlanLayerError, StoreError, OutputRefused) as exc:
            raise QgsProcessingException(str(exc)) from None
        for item in report.rejected[:20]:
            feedback.reportError(tr("{} row {}: {}").format(item.layer, item.row, item.reason))
        results = {
            "STORE": store.path,
            "AREAS": len(found.pieces),
            "ALLOCATIONS_LOADED": len(allocations.rows) if allocations else 0,
            "REJECTED": len(report.rejected),
            "GAPS_HA": round(sum(f.hectares for f in found.findings if f.kind == "gap"), 4),
            "OVERLAPS_HA": round(sum(f.hectares for f in found.findings if f.kind == "overlap"), 4),
            "FINDINGS": "\n".join(found.messages()),
        }
        if rejects:
            results["REJECTS"] = rejects
        return results
