"""Differences between the QGIS / Qt versions the plugin supports (tested: 3.22 and 3.40), in one place."""

from qgis.core import Qgis, QgsField, QgsPalLayerSettings
from qgis.PyQt.QtCore import QT_VERSION_STR, QVariant

QT6 = QT_VERSION_STR.startswith("6")
QGIS_VERSION_INT = Qgis.QGIS_VERSION_INT

try:  # Qt6 / QGIS 4: fields are typed with QMetaType
    from qgis.PyQt.QtCore import QMetaType

    _META = {
        "text": QMetaType.Type.QString,
        "integer": QMetaType.Type.Int,
        "real": QMetaType.Type.Double,
        "date": QMetaType.Type.QDate,
    }
except (ImportError, AttributeError):  # pragma: no cover - depends on the Qt build
    _META = {}

# Labels over the point / in the polygon's middle. QGIS 3.26 moved the placements to Qgis.LabelPlacement;
# 3.40's PyQGIS takes only that enum, and its QgsPalLayerSettings.OverPoint is another enum's member.
if hasattr(Qgis, "LabelPlacement"):
    LABEL_OVER_POINT = Qgis.LabelPlacement.OverPoint
else:  # QGIS < 3.26
    LABEL_OVER_POINT = QgsPalLayerSettings.OverPoint

_VARIANT = {
    "text": QVariant.String,
    "integer": QVariant.Int,
    "real": QVariant.Double,
    "date": QVariant.Date,
}


def make_field(name: str, kind: str) -> QgsField:
    """A QgsField of one of the standard's kinds (text, integer, real, date)."""
    if (QT6 or QGIS_VERSION_INT >= 33800) and _META:  # 3.38 takes QMetaType; its QVariant form is deprecated
        return QgsField(name, _META[kind])
    return QgsField(name, _VARIANT[kind])


def field_kind(field: QgsField) -> str:
    """The standard's kind for an existing field, so stores made by other tools can be compared."""
    type_name = field.typeName().lower()
    variant = field.type()
    if variant in (QVariant.Int, QVariant.LongLong, QVariant.UInt, QVariant.ULongLong) or "int" in type_name:
        return "integer"
    if variant == QVariant.Double or type_name in ("real", "double", "float", "numeric"):
        return "real"
    if variant in (QVariant.Date, QVariant.DateTime) or type_name in ("date", "datetime"):
        return "date"
    return "text"


def map_layer_action_single_feature():
    """The target of a QgsMapLayerAction offered for one feature: Qgis.MapLayerActionTarget (QGIS 3.30+),
    QgsMapLayerAction.SingleFeature before."""
    targets = getattr(Qgis, "MapLayerActionTarget", None)
    if targets is not None:
        return targets.SingleFeature
    from qgis.gui import QgsMapLayerAction

    return QgsMapLayerAction.SingleFeature
