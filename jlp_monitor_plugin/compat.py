"""Differences between the QGIS / Qt versions the plugin supports (tested: 3.22 and 3.40), in one place."""

from qgis.core import Qgis, QgsField, QgsPalLayerSettings, QgsUnitTypes, QgsWkbTypes
from qgis.PyQt import QtGui
from qgis.PyQt.QtCore import QT_VERSION_STR, QVariant

QT6 = QT_VERSION_STR.startswith("6")

# Qt6 (and QGIS 3.40's qgis.PyQt) keep QAction in QtGui; PyQt5 on QGIS 3.22 has it in QtWidgets only
# (read from there only then, for the plugin's menus: core never uses it).
QAction = getattr(QtGui, "QAction", None)
if QAction is None:  # pragma: no cover - depends on the QGIS version
    from qgis.PyQt.QtWidgets import QAction
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
    LABEL_OVER_POINT = QgsPalLayerSettings.Placement.OverPoint

if QT6:  # pragma: no cover - Qt6 / QGIS 4: QVariant.Type is gone, fields report QMetaType
    _VARIANT = _META
    _INTEGERS = (QMetaType.Type.Int, QMetaType.Type.LongLong, QMetaType.Type.UInt, QMetaType.Type.ULongLong)
    _REALS = (QMetaType.Type.Double,)
    _DATES = (QMetaType.Type.QDate, QMetaType.Type.QDateTime)
else:
    _VARIANT = {
        "text": QVariant.Type.String,
        "integer": QVariant.Type.Int,
        "real": QVariant.Type.Double,
        "date": QVariant.Type.Date,
    }
    _INTEGERS = (QVariant.Type.Int, QVariant.Type.LongLong, QVariant.Type.UInt, QVariant.Type.ULongLong)
    _REALS = (QVariant.Type.Double,)
    _DATES = (QVariant.Type.Date, QVariant.Type.DateTime)


def _moved(new_enum: str, new_name: str, old_enum, old_name: str):
    """An enum member QGIS 3.30 moved into the Qgis namespace (QGIS 4 has only that one)."""
    moved = getattr(Qgis, new_enum, None)
    return getattr(moved, new_name) if moved is not None else getattr(old_enum, old_name)


# Geometry and WKB types, layout and distance units: Qgis.* from 3.30, QgsWkbTypes / QgsUnitTypes before.
POINT_GEOMETRY = _moved("GeometryType", "Point", QgsWkbTypes.GeometryType, "PointGeometry")
POLYGON_GEOMETRY = _moved("GeometryType", "Polygon", QgsWkbTypes.GeometryType, "PolygonGeometry")
UNKNOWN_GEOMETRY = _moved("GeometryType", "Unknown", QgsWkbTypes.GeometryType, "UnknownGeometry")
WKB_POINT = _moved("WkbType", "Point", QgsWkbTypes.Type, "Point")
WKB_MULTIPOLYGON = _moved("WkbType", "MultiPolygon", QgsWkbTypes.Type, "MultiPolygon")
WKB_NO_GEOMETRY = _moved("WkbType", "NoGeometry", QgsWkbTypes.Type, "NoGeometry")
LAYOUT_MILLIMETERS = _moved("LayoutUnit", "Millimeters", QgsUnitTypes.LayoutUnit, "LayoutMillimeters")
DISTANCE_KILOMETERS = _moved("DistanceUnit", "Kilometers", QgsUnitTypes.DistanceUnit, "DistanceKilometers")


def make_field(name: str, kind: str) -> QgsField:
    """A QgsField of one of the standard's kinds (text, integer, real, date)."""
    if (QT6 or QGIS_VERSION_INT >= 33800) and _META:  # 3.38 takes QMetaType; its QVariant form is deprecated
        return QgsField(name, _META[kind])
    return QgsField(name, _VARIANT[kind])


def field_kind(field: QgsField) -> str:
    """The standard's kind for an existing field, so stores made by other tools can be compared."""
    type_name = field.typeName().lower()
    variant = field.type()
    if variant in _INTEGERS or "int" in type_name:
        return "integer"
    if variant in _REALS or type_name in ("real", "double", "float", "numeric"):
        return "real"
    if variant in _DATES or type_name in ("date", "datetime"):
        return "date"
    return "text"


def map_layer_action_single_feature():
    """The target of a QgsMapLayerAction offered for one feature: Qgis.MapLayerActionTarget (QGIS 3.30+),
    QgsMapLayerAction.SingleFeature before."""
    targets = getattr(Qgis, "MapLayerActionTarget", None)
    if targets is not None:
        return targets.SingleFeature
    from qgis.gui import QgsMapLayerAction

    return QgsMapLayerAction.Target.SingleFeature


def polygon_layer_filter():
    """The layer combo box filter for polygon layers: Qgis.LayerFilter from 3.34, before that
    QgsMapLayerProxyModel.Filter (core/gui: read when a combo box is made, not on import)."""
    from qgis.core import QgsMapLayerProxyModel

    return _moved(
        "LayerFilter", "PolygonLayer", getattr(QgsMapLayerProxyModel, "Filter", None), "PolygonLayer"
    )
