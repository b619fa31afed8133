"""ruff (target Python 3.9, the Python of QGIS on Windows) and the layering rules of SPEC.md."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "jlp_monitor_plugin"


def test_ruff_is_clean():
    result = subprocess.run(
        [str(Path(sys.executable).parent / "ruff"), "check", "--target-version", "py39", "."],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_plugin_code_parses_as_python_39():
    for source in PACKAGE.rglob("*.py"):
        ast.parse(source.read_text(encoding="utf-8"), filename=str(source), feature_version=(3, 9))


def _imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom):
            yield ("." * node.level) + (node.module or "")


def test_core_has_no_widgets_and_imports_only_downwards():
    for source in (PACKAGE / "core").rglob("*.py"):
        for name in _imports(source):
            assert "QtWidgets" not in name and not name.startswith("qgis.gui"), (source.name, name)
            assert "iface" not in name, (source.name, name)
            assert ".gui" not in name and ".processing" not in name, (source.name, name)


def test_qt_is_imported_through_qgis_pyqt_only():
    for source in PACKAGE.rglob("*.py"):
        for name in _imports(source):
            assert not name.startswith(("PyQt5", "PyQt6", "PySide")), (source.name, name)


def test_processing_does_not_import_gui():
    for source in (PACKAGE / "processing").rglob("*.py"):
        for name in _imports(source):
            assert "gui" not in name.split("."), (source.name, name)
