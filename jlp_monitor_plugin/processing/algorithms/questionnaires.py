"""jlpmonitor:questionnaires and jlpmonitor:importreturns — developer questionnaires out and their
returns in (core/questionnaires.py, core/returns.py): NPPF Annex 2 evidence of delivery."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from ...core.questionnaires import QuestionnaireError, make_questionnaires
from ...core.returns import ReturnsError, import_returns
from ...core.translation import tr
from .base import MonitoringAlgorithm


class QuestionnairesAlgorithm(MonitoringAlgorithm):
    NAME = "questionnaires"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Developer questionnaires")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Writes one questionnaire letter per site (from the questionnaire_letter template: the site's "
            "map and what the council holds — permissions, completions, homes remaining, its NPPF Annex 2 "
            "result) and a return workbook (XLSX) pre-filled with the site's trajectory by monitoring year "
            "and the evidence questions, for the SITES given (comma-separated site_refs or app_refs) or, "
            "when empty, for every category-b site with homes to come at the base date; and manifest.csv, "
            "what was sent. FORMATS: pdf, odt, docx, html (comma-separated). Returns come back with "
            "jlpmonitor:importreturns."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.add_store_and_base_date()
        self.addParameter(
            QgsProcessingParameterString(
                "SITES", tr("Sites (comma-separated; empty: every category-b site)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "FORMATS", tr("Letter formats (pdf,odt,docx,html)"), defaultValue="pdf"
            )
        )
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", tr("Output folder")))
        self.addOutput(QgsProcessingOutputFile("MANIFEST", tr("Manifest (CSV)")))
        self.addOutput(QgsProcessingOutputNumber("COUNT", tr("Sites sent a questionnaire")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        store = self.open_store(parameters, context)
        sites = [
            s.strip()
            for s in (self.parameterAsString(parameters, "SITES", context) or "").split(",")
            if s.strip()
        ]
        formats = (self.parameterAsString(parameters, "FORMATS", context) or "pdf").split(",")
        folder = self.parameterAsFileOutput(parameters, "OUTPUT_FOLDER", context)
        try:
            made = make_questionnaires(
                store,
                self.base_date_text(parameters, context),
                folder,
                sites or None,
                formats,
                feedback=feedback,
            )
        except QuestionnaireError as exc:
            raise QgsProcessingException(str(exc)) from None
        feedback.pushInfo(tr("{} questionnaires written to {}.").format(len(made["sites"]), folder))
        return {"OUTPUT_FOLDER": folder, "MANIFEST": made["manifest"], "COUNT": len(made["sites"])}


class ImportReturnsAlgorithm(MonitoringAlgorithm):
    NAME = "importreturns"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Import questionnaire returns")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Reads returned questionnaire workbooks (INPUT: files or folders, separated by ;) and, in one "
            "transaction, updates the officer's trajectory with the homes each return gives by year and adds "
            "a developer_questionnaire evidence row dated on the reply. Rows that cannot be taken are "
            "rejected with the reason (file, row, field, value) into the REJECTS CSV; a workbook without a "
            "valid reply date, or for a site not in the store, is rejected whole. READ = INSERTED + UPDATED "
            "+ REJECTED."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(
            QgsProcessingParameterString("INPUT", tr("Returned workbooks or folders (separated by ;)"))
        )
        self.addParameter(self.store_parameter())
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "REJECTS",
                tr("Rejected rows (CSV)"),
                fileFilter="CSV (*.csv)",
                optional=True,
                createByDefault=False,
            )
        )
        for name, text in (
            ("READ", tr("Rows read")),
            ("INSERTED", tr("Trajectory rows inserted")),
            ("UPDATED", tr("Trajectory rows updated")),
            ("REJECTED", tr("Rows rejected")),
            ("EVIDENCE", tr("Evidence rows added")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, text))
        self.addOutput(QgsProcessingOutputString("REPLIES", tr("Sites that replied")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        store = self.open_store(parameters, context)
        inputs = (self.parameterAsString(parameters, "INPUT", context) or "").split(";")
        rejects = self.parameterAsFileOutput(parameters, "REJECTS", context) or None
        try:
            report = import_returns(store, inputs, rejects)
        except ReturnsError as exc:
            raise QgsProcessingException(str(exc)) from None
        feedback.pushInfo(
            tr("Read {}: {} inserted, {} updated, {} rejected; {} replies.").format(
                report.read, report.inserted, report.updated, report.rejected, len(report.replies)
            )
        )
        if report.rejected:
            feedback.pushWarning(
                tr("{} rows were rejected; see {}.").format(report.rejected, rejects or tr("REJECTS"))
            )
        return {
            "READ": report.read,
            "INSERTED": report.inserted,
            "UPDATED": report.updated,
            "REJECTED": report.rejected,
            "EVIDENCE": report.evidence_rows,
            "REPLIES": ",".join(report.replies),
            "REJECTS": report.rejects_path,
        }
