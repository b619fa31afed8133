"""The Processing provider ``jlpmonitor``: the plugin's public, headless interface."""

from qgis.core import QgsProcessingProvider

from ..__about__ import __version__
from ..core.translation import tr
from ..resources import icon
from .algorithms.copy_store import CopyStoreAlgorithm
from .algorithms.create_store import CreateStoreAlgorithm
from .algorithms.export_data import ExportBrownfieldRegisterAlgorithm, ExportPlanningDataAlgorithm
from .algorithms.import_data import (
    ImportBoundariesAlgorithm,
    ImportCompletionsAlgorithm,
    ImportPermissionsAlgorithm,
    ImportStartsAlgorithm,
    ImportTrajectoryAlgorithm,
)
from .algorithms.load_standard import LoadStandardAlgorithm
from .algorithms.report import ReportAlgorithm
from .algorithms.summary import SummaryAlgorithm
from .algorithms.tag import TagAlgorithm

PROVIDER_ID = "jlpmonitor"


class JlpMonitorProvider(QgsProcessingProvider):
    def loadAlgorithms(self):  # noqa: N802 - QGIS API
        for algorithm in (
            CreateStoreAlgorithm(),
            LoadStandardAlgorithm(),
            TagAlgorithm(),
            ImportPermissionsAlgorithm(),
            ImportCompletionsAlgorithm(),
            ImportBoundariesAlgorithm(),
            ImportStartsAlgorithm(),
            ImportTrajectoryAlgorithm(),
            ExportBrownfieldRegisterAlgorithm(),
            ExportPlanningDataAlgorithm(),
            SummaryAlgorithm(),
            ReportAlgorithm(),
            CopyStoreAlgorithm(),
        ):
            self.addAlgorithm(algorithm)

    def id(self):
        return PROVIDER_ID

    def name(self):
        return tr("JLP Monitor")

    def longName(self):  # noqa: N802 - QGIS API
        return tr("JLP Monitor {}").format(__version__)

    def icon(self):
        return icon("jlp_monitor")

    def versionInfo(self):  # noqa: N802 - QGIS API
        return __version__
