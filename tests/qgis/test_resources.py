"""Icons: loaded by path at runtime, listed in resources.qrc for Qt Designer — kept in step."""

import xml.etree.ElementTree as ET
from pathlib import Path

from qgis.PyQt.QtSvg import QSvgRenderer

from jlp_monitor_plugin.resources import ICON_DIR, icon, icon_path

ROOT = Path(__file__).resolve().parents[2]


def test_resources_qrc_lists_exactly_the_shipped_icons():
    qrc = ET.parse(str(ROOT / "resources.qrc")).getroot()
    listed = sorted(f.text for f in qrc.iter("file"))
    shipped = sorted("jlp_monitor_plugin/icons/" + p.name for p in Path(ICON_DIR).iterdir())
    assert listed == shipped
    for entry in listed:
        assert (ROOT / entry).is_file()


def test_every_icon_renders(qgis_app):
    for path in Path(ICON_DIR).iterdir():
        assert QSvgRenderer(str(path)).isValid(), path.name
        assert not icon(path.stem).isNull()
    assert icon_path("sites") == str(Path(ICON_DIR) / "sites.svg")


def test_icons_named_in_code_exist():
    names = set()
    for source in (ROOT / "jlp_monitor_plugin").rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        for marker in ('icon("', 'ICON = "'):
            start = 0
            while True:
                start = text.find(marker, start)
                if start < 0:
                    break
                start += len(marker)
                names.add(text[start : text.index('"', start)])
    assert names, "the code names icons"
    for name in names:
        assert Path(icon_path(name)).is_file(), name
