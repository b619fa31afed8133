"""QGIS 4 (Qt6) readiness, checked on the source: the Qt6 rules QGIS's own migration script
(scripts/pyqt5_to_pyqt6/pyqt5_to_pyqt6.py in QGIS) applies, as a scan that fails on what PyQt6 and
QGIS 4's scoped enums reject. QGIS 4 itself is not installable here; QGIS 3.22 and 3.40 run the suite."""

import ast
import importlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "jlp_monitor_plugin"
COMPAT = PACKAGE / "compat.py"
QT_MODULES = {
    "qgis.PyQt.QtCore",
    "qgis.PyQt.QtGui",
    "qgis.PyQt.QtWidgets",
    "qgis.PyQt.QtPrintSupport",
    "qgis.PyQt.QtXml",
    "qgis.PyQt.QtSvg",
    "qgis.PyQt.QtNetwork",
    "qgis.core",
    "qgis.gui",
}
# Enums QGIS 3.30 moved into the Qgis namespace (QGIS 4 has only that form): compat.py chooses.
MOVED_ENUM_OWNERS = {"QgsWkbTypes", "QgsUnitTypes", "QVariant"}
MOVED_TO_QTGUI = {"QAction", "QActionGroup", "QShortcut"}  # Qt6 moved them from QtWidgets to QtGui


def _classes(tree):
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in QT_MODULES:
            module = importlib.import_module(node.module)
            for alias in node.names:
                value = getattr(module, alias.name, None)
                if isinstance(value, type):
                    names[alias.asname or alias.name] = value
    return names


def short_form(owner: type, member: str):
    """``Enum`` when ``owner.member`` is a member of one of ``owner``'s enums named without the enum
    (``Qt.UserRole``: PyQt6 wants ``Qt.ItemDataRole.UserRole``); None otherwise."""
    try:
        value = getattr(owner, member)
    except Exception:  # noqa: BLE001 - any failure means it is not an enum member
        return None
    kind = type(value)
    if isinstance(value, type) or not issubclass(kind, int) or kind in (int, bool):
        return None
    if getattr(owner, kind.__name__, None) is kind and member != kind.__name__:
        return kind.__name__
    return None


def findings(source: Path):
    tree = ast.parse(source.read_text(encoding="utf-8"))
    classes = _classes(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            owner = node.value.id
            if owner in classes:
                enum = short_form(classes[owner], node.attr)
                if enum:
                    found.append(
                        "{}:{} {}.{} -> {}.{}.{}".format(
                            source.name, node.lineno, owner, node.attr, owner, enum, node.attr
                        )
                    )
                if (
                    owner in MOVED_ENUM_OWNERS
                    and source != COMPAT
                    and not callable(getattr(classes[owner], node.attr, None))
                ):
                    found.append(
                        "{}:{} {}.{}: through compat.py".format(source.name, node.lineno, owner, node.attr)
                    )
        if isinstance(node, ast.Attribute) and node.attr == "exec_":
            found.append("{}:{} exec_() -> exec()".format(source.name, node.lineno))
        if isinstance(node, ast.ImportFrom) and node.module == "qgis.PyQt.QtWidgets" and source != COMPAT:
            for alias in node.names:
                if alias.name in MOVED_TO_QTGUI:
                    found.append(
                        "{}:{} {} from QtWidgets: compat.{}".format(
                            source.name, node.lineno, alias.name, alias.name
                        )
                    )
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PyQt"):
            found.append("{}:{} import from {}: use qgis.PyQt".format(source.name, node.lineno, node.module))
    return found


def test_the_plugin_source_follows_the_qt6_rules(qgis_app):
    problems = [p for source in sorted(PACKAGE.rglob("*.py")) for p in findings(source)]
    assert problems == []


def test_the_scan_finds_what_pyqt6_rejects(qgis_app, tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from qgis.core import Qgis, QgsWkbTypes\n"
        "from qgis.PyQt.QtCore import Qt\n"
        "from qgis.PyQt.QtWidgets import QAction, QDialog, QHeaderView\n"
        "role = Qt.UserRole\n"
        "fine = Qt.ItemDataRole.UserRole\n"
        "mode = QHeaderView.ResizeToContents\n"
        "level = Qgis.Info\n"
        "polygon = QgsWkbTypes.PolygonGeometry\n"
        "text = QgsWkbTypes.geometryDisplayString(polygon)\n"
        "QDialog().exec_()\n",
        encoding="utf-8",
    )
    found = findings(sample)
    assert "sample.py:4 Qt.UserRole -> Qt.ItemDataRole.UserRole" in found
    assert "sample.py:6 QHeaderView.ResizeToContents -> QHeaderView.ResizeMode.ResizeToContents" in found
    assert "sample.py:7 Qgis.Info -> Qgis.MessageLevel.Info" in found
    assert "sample.py:8 QgsWkbTypes.PolygonGeometry: through compat.py" in found
    assert "sample.py:10 exec_() -> exec()" in found
    assert "sample.py:3 QAction from QtWidgets: compat.QAction" in found
    assert not [f for f in found if ":5 " in f or ":9 " in f]


def test_compat_gives_the_moved_enums_qgis_takes(qgis_app):
    from qgis.core import QgsGeometry, QgsWkbTypes

    from jlp_monitor_plugin import compat

    polygon = QgsGeometry.fromWkt("MultiPolygon (((0 0, 1 0, 1 1, 0 0)))")
    assert polygon.type() == compat.POLYGON_GEOMETRY
    assert QgsGeometry.fromWkt("Point (1 2)").type() == compat.POINT_GEOMETRY
    assert polygon.wkbType() == compat.WKB_MULTIPOLYGON
    assert QgsWkbTypes.displayString(compat.WKB_POINT) == "Point"
    assert compat.field_kind(compat.make_field("units", "integer")) == "integer"
    assert compat.field_kind(compat.make_field("day", "date")) == "date"
    assert compat.QAction.__name__ == "QAction"
