"""jlpmonitor:tag — tag permissions and completions to allocation sites (DOMAIN.md §3)."""

from qgis.core import QgsProcessingException, QgsProcessingOutputNumber, QgsProcessingParameterEnum

from ...core.tagging import TARGETS, TaggingCancelledError, tag_store
from ...core.translation import QT_TRANSLATE_NOOP, tr
from .base import JlpAlgorithm


class TagAlgorithm(JlpAlgorithm):
    NAME = "tag"
    ICON = "review"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Tag to allocation sites")

    def group(self):
        return tr("Tagging")

    def groupId(self):  # noqa: N802 - QGIS API
        return "tagging"

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Tags the store's permissions and completions to allocation sites, in place. Locked tags are "
            "never changed. A completion follows its permission (by app_ref); otherwise points are tagged "
            "to the allocation containing them (the smallest, if several) and red-line boundaries to the "
            "site holding at least the overlap threshold of their area. Doubtful cases go to the review "
            "queue: multiple_sites, partial_overlap, near_boundary, location_conflict, no_geometry, with "
            "the candidate site. Every change of site_ref is written to tag_audit. One transaction: a "
            "failure or a cancel leaves the store as it was. Running again changes nothing that is "
            "already right. Outputs: TAGGED, REVIEW and UNTAGGED count the features whose tag changed "
            "(REVIEW: now in the review queue); UNCHANGED those already right, locked ones included."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(self.store_parameter())
        targets = QgsProcessingParameterEnum("TARGETS", tr("Tag"), options=TARGETS, defaultValue="both")
        targets.setUsesStaticStrings(True)
        self.addParameter(targets)
        for name, label in (
            ("TAGGED", QT_TRANSLATE_NOOP("@default", "Features newly tagged")),
            ("REVIEW", QT_TRANSLATE_NOOP("@default", "Features put in the review queue")),
            ("UNTAGGED", QT_TRANSLATE_NOOP("@default", "Features newly untagged (windfall)")),
            ("UNCHANGED", QT_TRANSLATE_NOOP("@default", "Features already right")),
            (
                "HELD",
                QT_TRANSLATE_NOOP(
                    "@default", "Completions left as they were: their permission changed while the run ran"
                ),
            ),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, tr(label)))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        store = self.open_store(parameters, context)
        targets = self.enum_string(parameters, "TARGETS", context) or "both"
        try:
            counts = tag_store(store, targets, feedback)
        except TaggingCancelledError:
            raise QgsProcessingException(tr("Tagging was cancelled; the store is unchanged.")) from None
        feedback.pushInfo(
            tr("Tagged {tagged}, review {review}, untagged {untagged}, unchanged {unchanged}.").format(
                **counts._asdict()
            )
        )
        return {
            "STORE": store.path,
            "TAGGED": counts.tagged,
            "REVIEW": counts.review,
            "UNTAGGED": counts.untagged,
            "UNCHANGED": counts.unchanged,
            "HELD": counts.held,
        }
