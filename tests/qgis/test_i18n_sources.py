"""Strings written as data and passed to tr() later (labels in tables, default arguments) are marked
with QT_TRANSLATE_NOOP, so that pylupdate5 extracts them into the .ts as it does literal tr() calls."""

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from jlp_monitor_plugin.core.translation import CONTEXT, QT_TRANSLATE_NOOP
from jlp_monitor_plugin.processing.algorithms.import_data import OUTPUTS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """The source strings pylupdate5 finds in the plugin's code and .ui files (a fresh .ts)."""
    ts = tmp_path_factory.mktemp("i18n") / "fresh.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS><TS version="2.1" language="cy"></TS>\n'
    )
    code = sorted(str(p) for p in (ROOT / "jlp_monitor_plugin").rglob("*") if p.suffix in (".py", ".ui"))
    subprocess.run(["pylupdate5", "-noobsolete", *code, "-ts", str(ts)], check=True, capture_output=True)
    found = {}
    for context in ET.parse(str(ts)).getroot().iter("context"):
        for message in context.iter("message"):
            found[message.findtext("source")] = context.findtext("name")
    return found


def test_the_marker_gives_the_text_back():
    assert QT_TRANSLATE_NOOP("@default", "Rows read") == "Rows read"


def test_labels_passed_to_tr_as_variables_are_extracted(extracted):
    labels = [
        "Monitoring store (GeoPackage)",
        "Rows loaded (inserted, changed or unchanged)",
        "Features newly tagged",
        "Features already right",
    ]
    labels += [label for _name, label in OUTPUTS]
    assert [label for label in labels if label not in extracted] == []
    assert {extracted[label] for label in labels} == {CONTEXT}


def test_every_label_of_the_processing_provider_is_extracted(processing_ready, extracted):
    """What the Processing toolbox and qgis_process show: names, groups, parameter and output labels."""
    shown = set()
    for algorithm in processing_ready.algorithms():
        shown.update((algorithm.displayName(), algorithm.group()))
        shown.update(d.description() for d in algorithm.parameterDefinitions())
        shown.update(d.description() for d in algorithm.outputDefinitions())
    assert len(shown) > 60
    assert sorted(text for text in shown if text not in extracted) == []
