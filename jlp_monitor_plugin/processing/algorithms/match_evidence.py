"""jlpmonitor:matchevidence — completion evidence matched to permissions as candidate completions
(core/evidence_matching), for scheduled runs."""

from qgis.core import QgsProcessingException, QgsProcessingOutputNumber, QgsProcessingParameterString

from ...core import schema
from ...core.evidence_matching.run import match_store
from ...core.store_base import StoreError
from ...core.translation import QT_TRANSLATE_NOOP, tr
from .base import JlpAlgorithm

OUTPUTS = (
    ("RECORDS", QT_TRANSLATE_NOOP("@default", "Evidence records matched")),
    ("STRONG", QT_TRANSLATE_NOOP("@default", "New candidate completions: strong")),
    ("MEDIUM", QT_TRANSLATE_NOOP("@default", "New candidate completions: medium")),
    ("WEAK", QT_TRANSLATE_NOOP("@default", "New candidate completions: weak")),
    ("CONFIRMATIONS", QT_TRANSLATE_NOOP("@default", "Candidates that confirm a recorded completion")),
    ("HELD", QT_TRANSLATE_NOOP("@default", "Candidates left out: accepted or rejected before")),
)


def parse_sources(text: str):
    """The SOURCES text as a list of evidence sources (all when empty); ValueError naming a wrong one."""
    sources = [s.strip() for s in str(text or "").replace(";", ",").split(",") if s.strip()]
    wrong = [s for s in sources if s not in schema.EVIDENCE_SOURCES]
    if wrong:
        raise ValueError(
            tr("SOURCES: {wrong} is not an evidence source; choose among {known}.").format(
                wrong=", ".join(wrong), known=", ".join(schema.EVIDENCE_SOURCES)
            )
        )
    return sources or list(schema.EVIDENCE_SOURCES)


class MatchEvidenceAlgorithm(JlpAlgorithm):
    NAME = "matchevidence"
    ICON = "review"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Match completion evidence")

    def group(self):
        return tr("Tagging")

    def groupId(self):  # noqa: N802 - QGIS API
        return "tagging"

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Matches the store's completion evidence (EPC new dwellings, council-tax new properties, "
            "building-control completion certificates) to permissions, by planning reference, then UPRN, "
            "then postcode and address (house number, street, development name), then location in or "
            "near a red line; records of one dwelling from several sources merge into one candidate "
            "completion, strong (two sources, or a planning reference), medium (one source, by UPRN or "
            "address) or weak (by location only, or no permission found), with its explanation in words. "
            "Candidates whose dwelling is already a recorded completion are confirmations. The candidates "
            "are kept in evidence_candidates for the Review dock; those accepted or rejected before are "
            "left as they were (HELD). SOURCES: epc, council_tax, building_control, comma-separated "
            "(empty: all)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(self.store_parameter())
        self.addParameter(
            QgsProcessingParameterString(
                "SOURCES",
                tr("Evidence sources (epc, council_tax, building_control; empty: all)"),
                optional=True,
            )
        )
        for name, label in OUTPUTS:
            self.addOutput(QgsProcessingOutputNumber(name, tr(label)))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        try:
            sources = parse_sources(self.parameterAsString(parameters, "SOURCES", context))
        except ValueError as exc:
            raise QgsProcessingException(str(exc)) from None
        store = self.open_store(parameters, context)
        try:
            result = match_store(store, sources, feedback)
        except StoreError as exc:
            raise QgsProcessingException(str(exc)) from None
        feedback.pushInfo(
            tr(
                "{records} records: {strong} strong, {medium} medium, {weak} weak new candidates; "
                "{confirmations} confirmations; {held} held by earlier decisions."
            ).format(
                records=result.records,
                strong=result.counts["strong"],
                medium=result.counts["medium"],
                weak=result.counts["weak"],
                confirmations=result.confirmations,
                held=result.held,
            )
        )
        return {
            "STORE": store.path,
            "RECORDS": result.records,
            "STRONG": result.counts["strong"],
            "MEDIUM": result.counts["medium"],
            "WEAK": result.counts["weak"],
            "CONFIRMATIONS": result.confirmations,
            "HELD": result.held,
        }
