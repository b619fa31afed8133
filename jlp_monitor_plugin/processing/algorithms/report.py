"""jlpmonitor:report — the monitoring report from a template, in the formats asked for."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputFolder,
    QgsProcessingOutputString,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from ...core import reports
from ...core.position_report import position_report
from ...core.positions import PositionError
from ...core.translation import tr
from .base import MonitoringAlgorithm

# Output name for each format that makes one file.
FILE_OUTPUTS = [("HTML", "html"), ("PDF", "pdf"), ("ODT", "odt"), ("DOCX", "docx"), ("XLSX", "xlsx")]


class ReportAlgorithm(MonitoringAlgorithm):
    NAME = "report"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Monitoring report")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Writes the monitoring report of the store at a base date (a 31 March; empty: the latest 31 "
            "March) from a template: housing_monitoring_report (the housing chapter of the Authority "
            "Monitoring Report: headline figures, completions, trajectory, requirement, five-year supply, "
            "HDT, site schedules, lapsed permissions, data quality, maps), site_schedule or "
            "five_year_supply_statement; or the name of a template in the plugin's template folder, or "
            "the path of a .html.j2 file. FORMATS is a comma-separated list of html, pdf, odt, docx, "
            "xlsx and csv: HTML is self-contained, PDF has page numbers, ODT opens in Word and "
            "LibreOffice, DOCX needs the python-docx package, XLSX holds every table as a sheet, CSV "
            "writes a file per table into a folder. Maps are drawn by QGIS (no basemap). Templates are "
            "rendered in jinja2's sandbox. POSITION (a frozen position's id or label) makes the report from "
            "that position's figures, the same whatever was edited since, and says which position it shows. "
            "Needs pandas and jinja2."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.add_store_and_base_date()
        self.addParameter(
            QgsProcessingParameterString(
                "TEMPLATE",
                tr("Template (name, or path of a .html.j2 file)"),
                defaultValue=reports.BUILT_IN[0],
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "FORMATS",
                tr("Formats (comma-separated: html,pdf,odt,docx,xlsx,csv)"),
                defaultValue="html,pdf",
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "POSITION", tr("Frozen position (id or label; empty: the store's figures now)"), optional=True
            )
        )
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", tr("Output folder")))
        self.addOutput(QgsProcessingOutputFile("HTML", tr("Report (HTML)")))
        self.addOutput(QgsProcessingOutputFile("PDF", tr("Report (PDF)")))
        self.addOutput(QgsProcessingOutputFile("ODT", tr("Report (ODT)")))
        self.addOutput(QgsProcessingOutputFile("DOCX", tr("Report (DOCX)")))
        self.addOutput(QgsProcessingOutputFile("XLSX", tr("Report tables (XLSX)")))
        self.addOutput(QgsProcessingOutputFolder("CSV_FOLDER", tr("Report tables (CSV folder)")))
        self.addOutput(QgsProcessingOutputString("BASE_DATE", tr("Base date used")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        text = self.base_date_text(parameters, context)
        template = (self.parameterAsString(parameters, "TEMPLATE", context) or "").strip()
        formats = self.parameterAsString(parameters, "FORMATS", context) or ""
        store = self.open_store(parameters, context)
        folder = self.parameterAsFileOutput(parameters, "OUTPUT_FOLDER", context)
        position = (self.parameterAsString(parameters, "POSITION", context) or "").strip()
        try:
            if position:
                report = position_report(
                    store,
                    position,
                    text,
                    template=template,
                    formats=formats,
                    folder=folder,
                    feedback=feedback,
                )
            else:
                report = reports.make_report(store, text, template, formats, folder, feedback=feedback)
        except PositionError as exc:
            raise QgsProcessingException(str(exc)) from None
        except reports.ReportCancelledError:
            feedback.reportError(tr("The report was cancelled."))
            return {"OUTPUT_FOLDER": folder, "STORE": store.path}
        except reports.ReportError as exc:
            raise QgsProcessingException(str(exc)) from None
        for message in report.messages:
            feedback.pushWarning(message)
        outputs = {"OUTPUT_FOLDER": folder, "STORE": store.path, "BASE_DATE": report.base_date}
        for name, fmt in FILE_OUTPUTS:
            if fmt in report.paths:
                outputs[name] = report.paths[fmt]
                feedback.pushInfo(report.paths[fmt])
        if "csv" in report.paths:
            outputs["CSV_FOLDER"] = report.paths["csv"]
            feedback.pushInfo(report.paths["csv"])
        feedback.pushInfo(
            tr("Report {} at {} written in {:.1f} s.").format(
                report.template, report.base_date, report.seconds
            )
        )
        return outputs
