"""jlpmonitor:freezeposition — freeze the store's figures at a base date as a published position."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterString,
)

from ...core import monitoring
from ...core.positions import PositionError, freeze_position
from ...core.store import DATABASE_ERRORS
from ...core.translation import tr
from .base import MonitoringAlgorithm


class FreezePositionAlgorithm(MonitoringAlgorithm):
    NAME = "freezeposition"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Freeze a housing position")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Freezes the monitoring figures of the store at a base date (a 31 March; empty: the latest 31 "
            "March) as a position kept in the store for good: the five summary tables, the site schedule, "
            "the five-year supply statement, the completions, permissions and trajectory rows the figures "
            "came from and the plan settings in force, with who froze it, when, the counts and a content "
            'hash. LABEL names it (e.g. "Housing Position Statement 2024/25, published"); NOTE says '
            "anything else. A frozen position cannot be changed or deleted (the store refuses it); reports "
            "and summaries made from it (POSITION) stay the same whatever is edited later, and "
            "jlpmonitor:compareposition says what changed since."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.add_store_and_base_date()
        self.addParameter(QgsProcessingParameterString("LABEL", tr("Label"), optional=True))
        self.addParameter(QgsProcessingParameterString("NOTE", tr("Note"), optional=True, multiLine=True))
        self.addOutput(QgsProcessingOutputString("POSITION", tr("Position id")))
        self.addOutput(QgsProcessingOutputString("CONTENT_HASH", tr("Content hash (SHA-256)")))
        self.addOutput(QgsProcessingOutputString("BASE_DATE", tr("Base date used")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        ok, message = monitoring.pandas_available()
        if not ok:
            raise QgsProcessingException(message)
        text = self.base_date_text(parameters, context)
        label = (self.parameterAsString(parameters, "LABEL", context) or "").strip()
        note = self.parameterAsString(parameters, "NOTE", context) or ""
        store = self.open_store(parameters, context)
        try:
            position = freeze_position(store, text, label, note)
        except (monitoring.MonitoringError, PositionError) as exc:
            raise QgsProcessingException(str(exc)) from None
        except DATABASE_ERRORS as exc:
            raise QgsProcessingException(
                tr("The position could not be written to {}: {}; nothing was written.").format(
                    store.where, exc
                )
            ) from None
        feedback.pushInfo(
            tr("Froze position {} at {} ({} figure rows), hash {}.").format(
                position.title,
                position.base_date.isoformat(),
                position.counts.get("figure_rows"),
                position.content_hash,
            )
        )
        return {
            "STORE": store.path,
            "POSITION": position.position_id,
            "CONTENT_HASH": position.content_hash,
            "BASE_DATE": position.base_date.isoformat(),
        }
