"""jlpmonitor:compareposition — what changed since a frozen position, and the five-year supply bridge."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from ...core import monitoring
from ...core.output_guard import os_error_text
from ...core.position_compare import compare_positions, write_comparison
from ...core.positions import PositionError
from ...core.translation import tr
from .base import MonitoringAlgorithm


class ComparePositionAlgorithm(MonitoringAlgorithm):
    NAME = "compareposition"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Compare with a frozen position")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Says what changed from a frozen position (FROM, its id or label) to a later position (TO) or, "
            "with TO empty, to the store's figures now at BASE_DATE (empty: the latest 31 March). Writes "
            "into the output folder, each as CSV and XLSX: permission_changes (new, lapsed, superseded, "
            "units changed, re-tagged), completion_changes (in the year, notified late for years the "
            "earlier position covered, removed, re-tagged, with who, when and why from the tag audit), "
            "site_changes, trajectory_changes (by site or permission and year), settings_changes and "
            "supply_bridge: the contributions that take the earlier years of supply to the later ones "
            "(requirement, buffer, completions in the year, late completions, new permissions, lapses, "
            "trajectory revisions, windfall, lapse discount), adding up exactly to the difference."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(self.store_parameter())
        self.addParameter(QgsProcessingParameterString("FROM", tr("Earlier position (id or label)")))
        self.addParameter(
            QgsProcessingParameterString(
                "TO", tr("Later position (id or label; empty: the store's figures now)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "BASE_DATE",
                tr("Base date of the store's figures when TO is empty (empty: the latest 31 March)"),
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", tr("Output folder")))
        self.addOutput(QgsProcessingOutputNumber("YEARS_FROM", tr("Years of supply, earlier")))
        self.addOutput(QgsProcessingOutputNumber("YEARS_TO", tr("Years of supply, later")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        ok, message = monitoring.pandas_available()
        if not ok:
            raise QgsProcessingException(message)
        earlier = (self.parameterAsString(parameters, "FROM", context) or "").strip()
        later = (self.parameterAsString(parameters, "TO", context) or "").strip()
        base_date = self.base_date_text(parameters, context)
        store = self.open_store(parameters, context)
        folder = self.parameterAsFileOutput(parameters, "OUTPUT_FOLDER", context)
        try:
            comparison = compare_positions(store, earlier, later or None, base_date)
            paths = write_comparison(comparison, folder, store)
        except (PositionError, monitoring.MonitoringError) as exc:
            raise QgsProcessingException(str(exc)) from None
        except OSError as exc:
            raise QgsProcessingException(os_error_text(exc) if exc.errno else str(exc)) from None
        for text in comparison.messages:
            feedback.pushWarning(text)
        for name, table in comparison.tables.items():
            feedback.pushInfo(tr("{}: {} rows ({})").format(name, len(table.records), ", ".join(paths[name])))
        bridge = comparison.bridge
        outputs = {"OUTPUT_FOLDER": folder, "STORE": store.path}
        if bridge is not None:
            outputs["YEARS_FROM"], outputs["YEARS_TO"] = bridge.from_years, bridge.to_years
            feedback.pushInfo(
                tr("Years of supply {} → {}: {}").format(
                    bridge.from_years,
                    bridge.to_years,
                    "; ".join("{} {:+.2f}".format(s.label, s.shown) for s in bridge.steps),
                )
            )
        return outputs
