"""What every jlpmonitor algorithm shares: names, help, and opening the STORE parameter."""

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ...core.store import Store
from ...core.store_base import StoreError
from ...core.translation import QT_TRANSLATE_NOOP, tr
from ...resources import icon


class JlpAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses set NAME and ICON and give displayName() and shortHelpString()
    as literal tr() calls, so pylupdate5 finds them."""

    NAME = ""
    ICON = "jlp_monitor"

    def createInstance(self):  # noqa: N802 - QGIS API
        return type(self)()

    def name(self):
        return self.NAME

    def group(self):
        return tr("Monitoring store")

    def groupId(self):  # noqa: N802 - QGIS API
        return "store"

    def icon(self):
        return icon(self.ICON)

    # Enum parameters use static strings (TARGETS=both reads naturally in scripts) and still accept
    # the option's index, as QGIS users are used to: the index is turned into the option's name.
    def normalised(self, parameters):
        out = dict(parameters)
        for definition in self.parameterDefinitions():
            if not isinstance(definition, QgsProcessingParameterEnum) or not definition.usesStaticStrings():
                continue
            value = out.get(definition.name())
            options = definition.options()
            if isinstance(value, bool) or value in options:
                continue
            if isinstance(value, int) or (isinstance(value, str) and value.strip().isdigit()):
                index = int(value)
                if 0 <= index < len(options):
                    out[definition.name()] = options[index]
        return out

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API
        return super().checkParameterValues(self.normalised(parameters), context)

    def enum_string(self, parameters, name, context) -> str:
        return self.parameterAsEnumString(self.normalised(parameters), name, context)

    @staticmethod
    def store_parameter(
        description: str = QT_TRANSLATE_NOOP("@default", "Monitoring store (GeoPackage)"),
    ) -> QgsProcessingParameterFile:
        # No file extension: STORE may also be a PostGIS URI or conninfo (postgresql://…?schema=…,
        # service=… schema=…), which QGIS would refuse for not ending in .gpkg.
        return QgsProcessingParameterFile(
            "STORE",
            tr(description),
            behavior=QgsProcessingParameterFile.Behavior.File,
            fileFilter="GeoPackage (*.gpkg *.GPKG);;All files (*)",
        )

    def open_store(self, parameters, context) -> Store:
        path = self.parameterAsFile(parameters, "STORE", context)
        try:
            return Store.open(path)
        except StoreError as exc:
            raise QgsProcessingException(str(exc)) from None


class MonitoringAlgorithm(JlpAlgorithm):
    """The algorithms of the Monitoring group (summary, report): the store's figures at a base date."""

    ICON = "monitoring"

    def group(self):
        return tr("Monitoring")

    def groupId(self):  # noqa: N802 - QGIS API
        return "monitoring"

    def add_store_and_base_date(self) -> None:
        self.addParameter(self.store_parameter())
        self.addParameter(
            QgsProcessingParameterString(
                "BASE_DATE",
                tr("Base date (YYYY-MM-DD, a 31 March; empty: the latest 31 March)"),
                optional=True,
            )
        )

    def base_date_text(self, parameters, context):
        """BASE_DATE as given, or None when empty (the latest 31 March)."""
        return (self.parameterAsString(parameters, "BASE_DATE", context) or "").strip() or None
