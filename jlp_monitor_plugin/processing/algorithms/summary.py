"""jlpmonitor:summary — the five monitoring summary tables of SPEC.md as CSV files."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from ...core import monitoring
from ...core.position_report import position_base_date
from ...core.positions import PositionError, load_position
from ...core.translation import tr
from .base import MonitoringAlgorithm

# Output name for each table (the CSV is named after the table).
OUTPUTS = [
    ("COMPLETIONS_BY_YEAR", "completions_by_year"),
    ("SITE_PROGRESS", "site_progress"),
    ("REQUIREMENT_PROGRESS", "requirement_progress"),
    ("FIVE_YEAR_SUPPLY", "five_year_supply"),
    ("HDT", "hdt"),
]


class SummaryAlgorithm(MonitoringAlgorithm):
    NAME = "summary"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Monitoring summary tables")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Computes the monitoring figures of the store at a base date (a 31 March; empty: the latest "
            "31 March) and writes five CSV tables into the output folder: completions_by_year.csv (net, "
            "gross and affordable completions by monitoring year, LPA, policy area and allocated or "
            "windfall), site_progress.csv (each allocation: capacity, permitted, completed, under "
            "construction, not started, remaining, percentage complete, flags), requirement_progress.csv "
            "(the plan, each policy area and each LPA against its requirement to date), "
            "five_year_supply.csv (the five-year housing land supply, step by step) and hdt.csv (the "
            "Housing Delivery Test and its consequence). Permissions count once per lineage (s73 "
            "variations replace their parent; reserved matters count the larger of outline and reserved "
            "matters); the settings come from the store's plan settings. POSITION (a frozen position's id or "
            "label) writes the tables the position froze instead. Needs pandas."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.add_store_and_base_date()
        self.addParameter(
            QgsProcessingParameterString(
                "POSITION", tr("Frozen position (id or label; empty: the store's figures now)"), optional=True
            )
        )
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", tr("Output folder")))
        self.addOutput(QgsProcessingOutputFile("COMPLETIONS_BY_YEAR", tr("Completions by year (CSV)")))
        self.addOutput(QgsProcessingOutputFile("SITE_PROGRESS", tr("Site progress (CSV)")))
        self.addOutput(QgsProcessingOutputFile("REQUIREMENT_PROGRESS", tr("Requirement progress (CSV)")))
        self.addOutput(QgsProcessingOutputFile("FIVE_YEAR_SUPPLY", tr("Five-year supply (CSV)")))
        self.addOutput(QgsProcessingOutputFile("HDT", tr("Housing Delivery Test (CSV)")))
        self.addOutput(QgsProcessingOutputString("BASE_DATE", tr("Base date used")))
        self.addOutput(QgsProcessingOutputNumber("YEARS_SUPPLY", tr("Years of housing land supply")))
        self.addOutput(QgsProcessingOutputNumber("HDT_PCT", tr("Housing Delivery Test (%)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        ok, message = monitoring.pandas_available()
        if not ok:
            raise QgsProcessingException(message)
        text = self.base_date_text(parameters, context)
        try:
            base_date = monitoring.parse_base_date(text)
        except monitoring.MonitoringError as exc:
            raise QgsProcessingException(str(exc)) from None
        store = self.open_store(parameters, context)
        folder = self.parameterAsFileOutput(parameters, "OUTPUT_FOLDER", context)
        position = (self.parameterAsString(parameters, "POSITION", context) or "").strip()
        try:
            if position:
                frozen = load_position(store, position)
                base_date = monitoring.parse_base_date(position_base_date(frozen, text))
                result = frozen.result()
                feedback.pushInfo(
                    tr("Figures of the frozen position {}, frozen {} by {}.").format(
                        frozen.position.title, frozen.position.frozen_at, frozen.position.frozen_by
                    )
                )
            else:
                result = monitoring.compute_monitoring(store, base_date)
            paths = monitoring.write_summary_csvs(result, folder, store)
        except (monitoring.MonitoringError, PositionError) as exc:
            raise QgsProcessingException(str(exc)) from None
        for warning in result.warnings:
            feedback.pushWarning(warning)
        supply = result.supply
        feedback.pushInfo(
            tr("Base date {}: {:,} net completions in the plan period; {} years of supply; HDT {}.").format(
                base_date.isoformat(),
                supply.completions_to_date,
                "-" if supply.years_supply is None else "{:.2f}".format(supply.years_supply),
                "-" if result.delivery_test.pct is None else "{:.0f}%".format(result.delivery_test.pct),
            )
        )
        outputs = {"OUTPUT_FOLDER": folder, "STORE": store.path, "BASE_DATE": base_date.isoformat()}
        for name, table in OUTPUTS:
            outputs[name] = paths[table]
            feedback.pushInfo(paths[table])
        outputs["YEARS_SUPPLY"] = supply.years_supply
        outputs["HDT_PCT"] = result.delivery_test.pct
        return outputs
