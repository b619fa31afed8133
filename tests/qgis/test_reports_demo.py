"""The full report of the demo store, every format: every allocation, the councils and the figures
of the monitoring tables are in it."""

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from jlp_monitor_plugin.core import reports
from jlp_monitor_plugin.core.monitoring import compute_monitoring
from jlp_monitor_plugin.core.store import Store

ROOT = Path(__file__).resolve().parents[2]
BASE = "2025-03-31"


@pytest.fixture(scope="module")
def demo_store(demo_master, tmp_path_factory):
    path = tmp_path_factory.mktemp("demo_report") / "demo_store.gpkg"
    shutil.copy(demo_master, path)
    return Store.open(str(path))


def test_the_demo_report_in_every_format(demo_store, tmp_path):
    result = compute_monitoring(demo_store, BASE)
    report = reports.make_report(
        demo_store, BASE, "housing_monitoring_report", reports.FORMATS, str(tmp_path)
    )
    assert list(report.paths) == reports.FORMATS and report.messages == []
    text = subprocess.run(
        ["pdftotext", "-layout", report.paths["pdf"], "-"], check=True, capture_output=True, text=True
    ).stdout
    refs = list(result.site_progress["site_ref"])
    assert len(refs) > 50
    missing = [ref for ref in refs if ref not in text]
    assert missing == []
    for name in ("Plymouth City Council", "South Hams District Council", "West Devon Borough Council"):
        assert name in text
    years = "{:.2f}".format(result.supply.years_supply)
    assert [line for line in text.splitlines() if "Years of supply" in line and years in line]
    plan = result.requirement_progress.set_index("area").loc["PLAN"]
    assert "{:,}".format(int(plan["completions_to_date"])) in text
    with zipfile.ZipFile(report.paths["odt"]) as archive:
        content = archive.read("content.xml").decode("utf-8")
    assert all(ref in content for ref in refs) and years in content
    pages = subprocess.run(["pdfinfo", report.paths["pdf"]], capture_output=True, text=True).stdout
    assert "Page size:       595" in pages  # A4
