"""The translation pipeline: tr() strings collected into i18n/*.ts by pylupdate5, compiled to .qm by
the package script, and used at runtime."""

import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from jlp_monitor_plugin.core.translation import CONTEXT, tr

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "i18n" / "jlp_monitor_plugin_cy.ts"


def sources(ts_path):
    root = ET.parse(str(ts_path)).getroot()
    found = set()
    for context in root.iter("context"):
        assert context.findtext("name") == CONTEXT
        for message in context.iter("message"):
            if message.find("translation").get("type") != "obsolete":
                found.add(message.findtext("source"))
    return found


def test_ts_holds_every_translatable_string_in_the_code(tmp_path):
    fresh = tmp_path / TS.name
    shutil.copy(TS, fresh)
    code = sorted(str(p) for p in (ROOT / "jlp_monitor_plugin").rglob("*") if p.suffix in (".py", ".ui"))
    subprocess.run(["pylupdate5", "-noobsolete", *code, "-ts", str(fresh)], check=True, capture_output=True)
    assert sources(fresh) == sources(TS), "run scripts/update_translations.sh"
    assert "Create monitoring store" in sources(TS)


def test_welsh_translation_from_the_zip_is_used(qgis_app, packaged_zip, tmp_path):
    with zipfile.ZipFile(packaged_zip) as archive:
        archive.extract("jlp_monitor_plugin/i18n/jlp_monitor_plugin_cy.qm", tmp_path)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "jlp_monitor_plugin" / "i18n" / "jlp_monitor_plugin_cy.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert tr("Sites") == "Safleoedd"
        assert tr("Open monitoring store…") == "Agor storfa fonitro…"
        assert tr("A string nobody translated") == "A string nobody translated"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert tr("Sites") == "Sites"
