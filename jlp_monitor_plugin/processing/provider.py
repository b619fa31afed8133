"""The Processing provider ``jlpmonitor``: the plugin's public, headless interface."""

import os
import sys

from qgis.core import QgsProcessingProvider

from ..__about__ import __version__
from ..core.postgis import PASSWORD_REFUSED, holds_password
from ..core.translation import tr
from ..resources import icon
from .algorithms.compare_positions import ComparePositionAlgorithm
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
from .algorithms.import_evidence import (
    ImportBuildingControlAlgorithm,
    ImportCouncilTaxAlgorithm,
    ImportEpcAlgorithm,
)
from .algorithms.load_plan_layers import LoadPlanLayersAlgorithm
from .algorithms.load_standard import LoadStandardAlgorithm
from .algorithms.match_evidence import MatchEvidenceAlgorithm
from .algorithms.positions import FreezePositionAlgorithm
from .algorithms.questionnaires import ImportReturnsAlgorithm, QuestionnairesAlgorithm
from .algorithms.report import ReportAlgorithm
from .algorithms.summary import SummaryAlgorithm
from .algorithms.tag import TagAlgorithm

PROVIDER_ID = "jlpmonitor"


def refuse_passwords_on_the_command_line(arguments) -> None:
    """qgis_process prints every parameter of a run ("Inputs", before any algorithm sees them), so a
    STORE holding a password would be shown on the screen and in every log of the job. A run of one of
    our algorithms with a password in a parameter is stopped here, when the provider loads and before
    QGIS prints anything, with a message that shows none of it."""
    if not arguments or not os.path.basename(arguments[0]).startswith("qgis_process"):
        return
    if not any(str(a).startswith(PROVIDER_ID + ":") for a in arguments[1:]):
        return
    for argument in arguments[1:]:
        name, equals, value = str(argument).lstrip("-").partition("=")
        if equals and holds_password(value):
            sys.stderr.write("ERROR:\t{}: {}\n".format(name, PASSWORD_REFUSED))
            sys.stderr.flush()
            os._exit(1)


class JlpMonitorProvider(QgsProcessingProvider):
    def load(self):
        from qgis.PyQt.QtCore import QCoreApplication

        refuse_passwords_on_the_command_line(QCoreApplication.arguments())
        return super().load()

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
            ImportEpcAlgorithm(),
            ImportCouncilTaxAlgorithm(),
            ImportBuildingControlAlgorithm(),
            MatchEvidenceAlgorithm(),
            LoadPlanLayersAlgorithm(),
            QuestionnairesAlgorithm(),
            ImportReturnsAlgorithm(),
            FreezePositionAlgorithm(),
            ComparePositionAlgorithm(),
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
