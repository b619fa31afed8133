"""The site_evidence_sheets report (core/reports/evidence_sheets.py, templates/site_evidence_sheets.html.j2)
on the hand-made store of tests/qgis/test_annex2.py, in all six formats; and the five-year statement's list
of homes removed for want of clear evidence."""

import csv
import re
import subprocess
import zipfile

import pytest
from test_annex2 import worked_store

from jlp_monitor_plugin.core import reports

BASE = "2025-03-31"


def pdf_text(path):
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return " ".join(text.replace("\ufb01", "fi").replace("\ufb03", "ffi").split())  # ligatures, line breaks


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture()
def made(qgis_app, tmp_path):
    store = worked_store(str(tmp_path / "sheets.gpkg"))
    formats = ["html", "pdf", "odt", "docx", "xlsx", "csv"]
    return store, reports.make_report(store, BASE, "site_evidence_sheets", formats, str(tmp_path / "out"))


def test_one_sheet_per_allocation_and_major_windfall_site_and_the_small_sites_summary(made):
    _store, report = made
    assert set(report.paths) == {"html", "pdf", "odt", "docx", "xlsx", "csv"}
    html = open(report.paths["html"], encoding="utf-8").read()
    # Six allocations A–F and one major non-allocated site in the supply (W2, outline for 12).
    for key in ("A — Site A", "B — Site B", "C — Site C", "D — Site D", "E — Site E", "F — Site F"):
        assert key in html
    assert html.count('style="page-break-before: always;">') == 8  # 7 sheets + the small-sites summary
    assert "<caption>Homes expected: A</caption>" in html and '<th scope="col"' in html
    assert "category b: developable</b>. category b: allocation without planning permission" in html
    text = pdf_text(report.paths["pdf"])
    assert "Small sites summary" in text and "Removed from the five-year supply" in text
    assert "written agreement on delivery intentions" in text

    csvs = {p.rsplit("/", 1)[-1]: p for p in report.csv_files}
    sheets = {r["key"]: r for r in read_csv(csvs["evidence_sheets.csv"])}
    assert sorted(sheets) == ["A", "B", "C", "D", "E", "F", "W2"]
    # A: officer 20 and 30 in years 1–2, 50 in 2030/31 (year 6); category b, developable.
    assert [sheets["A"][k] for k in ("y1", "y2", "y3", "y6_10", "category", "result")] == [
        "20", "30", "0", "50", "b", "developable",
    ]  # fmt: skip
    # C: default build-out 25 in 2026/27, 15 in 2027/28.
    assert [sheets["C"][k] for k in ("y1", "y2", "y3", "category", "result")] == [
        "0",
        "25",
        "15",
        "a",
        "deliverable",
    ]
    # Small sites: W1 only (5 homes, full, in the five years); the lapsed W3 is in no supply.
    small = read_csv(csvs["small_sites.csv"])
    assert [(r["app_ref"], r["net_units"], r["remaining"], r["five_years"]) for r in small] == [
        ("W1", "5", "5", "5")
    ]
    removed = read_csv(csvs["supply_removed.csv"])
    assert sorted((r["site_ref"] or r["app_ref"], r["units"]) for r in removed) == [
        ("A", "50"), ("F", "10"), ("W2", "12"), ("W3", "8"),
    ]  # fmt: skip
    with zipfile.ZipFile(report.paths["xlsx"]) as book:
        assert "xl/worksheets/sheet4.xml" in book.namelist()
    with zipfile.ZipFile(report.paths["odt"]) as odt:
        assert "Small sites summary" in re.sub("<[^>]+>", "", odt.read("content.xml").decode("utf-8"))
    with zipfile.ZipFile(report.paths["docx"]) as docx:
        assert "Small sites summary" in re.sub("<[^>]+>", "", docx.read("word/document.xml").decode("utf-8"))


def test_the_statement_lists_the_homes_removed_from_the_five_year_supply(qgis_app, tmp_path):
    store = worked_store(str(tmp_path / "statement.gpkg"))
    report = reports.make_report(store, BASE, "five_year_supply_statement", ["html"], str(tmp_path / "out"))
    html = open(report.paths["html"], encoding="utf-8").read()
    assert "Removed from the five-year supply (NPPF Annex 2): 80 homes" in html
    assert "removed from the five-year supply: no clear evidence" in html
