"""jlpmonitor:importepc, importcounciltax, importbuildingcontrol — completion evidence (EPC domestic
certificates, council-tax new properties, building-control completion certificates) into the store's
completion_evidence layer, through the same importer as the other extracts (core/importing/evidence)."""

from qgis.core import QgsProcessingOutputNumber

from ...core.translation import QT_TRANSLATE_NOOP, tr
from .import_data import ImportAlgorithm

_COMMON = QT_TRANSLATE_NOOP(
    "@default",
    "Rows are keyed on their source and evidence_id (mapped, or generated from the row's content), so "
    "importing the same file again changes nothing; MODE replace replaces only this source's rows. A "
    "location comes from X_FIELD/Y_FIELD (the UPRN's coordinates) when the file has them, else none. "
    "Rejected rows go to REJECTS with the reason. One transaction. Counts: READ = INSERTED + UPDATED + "
    "REJECTED; jlpmonitor:matchevidence then proposes completions from the evidence.",
)


class _EvidenceAlgorithm(ImportAlgorithm):
    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        super().initAlgorithm(config)
        self.addOutput(
            QgsProcessingOutputNumber("SKIPPED", tr("Rows skipped: not evidence of a new home (not READ)"))
        )


class ImportEpcAlgorithm(_EvidenceAlgorithm):
    NAME = "importepc"
    TARGET = "epc"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Import EPC certificates (completion evidence)")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Imports domestic Energy Performance Certificates from the bulk open-data CSV "
            "(certificates.csv: LMK_KEY, ADDRESS, POSTCODE, UPRN, LODGEMENT_DATE, TRANSACTION_TYPE, "
            "PROPERTY_TYPE, LOCAL_AUTHORITY …; empty FIELD_MAP: mapped from these headings) into "
            "completion_evidence with source 'epc'. Only lodgements whose TRANSACTION_TYPE is 'new "
            "dwelling' are evidence of a completion: the others are SKIPPED and counted apart. "
        ) + tr(_COMMON)


class ImportCouncilTaxAlgorithm(_EvidenceAlgorithm):
    NAME = "importcounciltax"
    TARGET = "council_tax"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Import council-tax new properties (completion evidence)")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Imports the council tax list of new properties (property reference, address, postcode, UPRN, "
            "band, effective date) into completion_evidence with source 'council_tax'. "
        ) + tr(_COMMON)


class ImportBuildingControlAlgorithm(_EvidenceAlgorithm):
    NAME = "importbuildingcontrol"
    TARGET = "building_control"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Import building-control completion certificates (completion evidence)")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Imports building-control completion certificates (certificate number, address, postcode, "
            "UPRN, planning reference, date) into completion_evidence with source 'building_control'. "
        ) + tr(_COMMON)
