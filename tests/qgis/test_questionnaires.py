"""Developer questionnaires, round trip (core/questionnaires.py, core/returns.py), on the hand-made store
of tests/qgis/test_annex2.py: letters, return workbooks and the manifest; a filled-in workbook, a broken one
and a partly broken one imported together, worked by hand; on a GeoPackage and on PostGIS."""

import csv
import os
import subprocess

import pytest
from backends import new_schema_uri
from test_annex2 import worked_store

from jlp_monitor_plugin.core import evidence
from jlp_monitor_plugin.core.monitoring import compute_monitoring
from jlp_monitor_plugin.core.questionnaires import EVIDENCE_SHEET, TRAJECTORY_SHEET, make_questionnaires
from jlp_monitor_plugin.core.reports import sheet_writers
from jlp_monitor_plugin.core.reports.tables import Column, Table
from jlp_monitor_plugin.core.returns import ReturnsError, _sheet, import_returns

BASE = "2025-03-31"
BOTH_BACKENDS = True


@pytest.fixture()
def location(request, store_backend, tmp_path):
    if store_backend == "postgis":
        return new_schema_uri(request.getfixturevalue("postgis_uri"))
    return str(tmp_path / "questionnaires.gpkg")


def fill(path, out, units=None, answers=None):
    """The developer's return: ``path``'s workbook with your_units changed by year and answers given."""
    rows = _sheet(path, TRAJECTORY_SHEET)
    for row in rows:
        if row["monitoring_year"] in (units or {}):
            row["your_units"] = units[row["monitoring_year"]]
    asked = _sheet(path, EVIDENCE_SHEET)
    for row in asked:
        row["answer"] = (answers or {}).get(row["question_id"], "")
    columns = list(rows[0])
    sheet_writers.write_xlsx(
        [
            Table(TRAJECTORY_SHEET, TRAJECTORY_SHEET, [Column(c, c) for c in columns], rows),
            Table(
                EVIDENCE_SHEET,
                EVIDENCE_SHEET,
                [Column(c, c) for c in ("question_id", "question", "answer")],
                asked,
            ),
        ],
        str(out),
    )
    return str(out)


def test_questionnaires_go_out_to_every_category_b_site(qgis_app, location, tmp_path):
    store = worked_store(location)
    made = make_questionnaires(store, BASE, str(tmp_path / "sent"), formats=["pdf", "odt", "docx"])
    # Category b with homes to come: the allocations A, B, D, E, F and the windfall outline W2.
    assert sorted(made["sites"]) == ["A", "B", "D", "E", "F", "W2"]
    assert len(made["letters"]) == 18 and all(os.path.getsize(p) > 1000 for p in made["letters"])
    with open(made["manifest"], encoding="utf-8-sig") as handle:
        manifest = {r["key"]: r for r in csv.DictReader(handle)}
    assert manifest["A"]["workbook"] == "questionnaire_A.xlsx" and manifest["A"]["result"] == "developable"
    text = subprocess.run(["pdftotext", made["letters"][3], "-"], capture_output=True, text=True).stdout
    assert "Housing land supply questionnaire: A" in " ".join(text.split())
    # The return workbook: A's trajectory by year, pre-filled, and the questions.
    rows = _sheet(os.path.join(str(tmp_path / "sent"), "questionnaire_A.xlsx"), TRAJECTORY_SHEET)
    assert [(r["monitoring_year"], str(r["current_units"]), str(r["your_units"])) for r in rows[:6]] == [
        ("2025/26", "20", "20"), ("2026/27", "30", "30"), ("2027/28", "0", "0"), ("2028/29", "0", "0"),
        ("2029/30", "0", "0"), ("2030/31", "50", "50"),
    ]  # fmt: skip
    assert len(rows) == 15
    # Only the chosen sites when some are chosen.
    chosen = make_questionnaires(store, BASE, str(tmp_path / "one"), sites=["C"], formats=["html"])
    assert chosen["sites"] == ["C"]


def test_returns_round_trip_a_good_a_broken_and_a_partly_broken_workbook(qgis_app, location, tmp_path):
    store = worked_store(location)
    sent = tmp_path / "sent"
    make_questionnaires(store, BASE, str(sent), sites=["A", "B", "D"], formats=["html"])
    back = tmp_path / "back"
    back.mkdir()
    fill(
        sent / "questionnaire_A.xlsx",
        back / "A.xlsx",
        {"2025/26": 10, "2026/27": 40},
        {"reply_date": "2025-03-01", "organisation": "A Homes Ltd", "start_on_site": "2025-05"},
    )
    fill(sent / "questionnaire_B.xlsx", back / "B.xlsx", {"2025/26": 45}, {"reply_date": "soon"})
    fill(sent / "questionnaire_D.xlsx", back / "D.xlsx", {"2027/28": "lots", "2028/29": -5},
         {"reply_date": "2025-02-01", "organisation": "D Land plc", "viability": "viable"})  # fmt: skip
    rejects = tmp_path / "rejects.csv"
    report = import_returns(store, [str(back)], str(rejects), user="tester")
    # A: 15 rows, 3 update the officer's (2025/26, 2026/27, 2030/31), 12 are new.
    # B: reply_date "soon" → its 15 rows rejected. D: 2 rows rejected, 13 new (D had only default rows).
    assert (report.read, report.inserted, report.updated, report.rejected) == (45, 25, 3, 17)
    assert report.read == report.inserted + report.updated + report.rejected
    assert sorted(report.replies) == ["A", "D"] and report.evidence_rows == 2
    with open(rejects, encoding="utf-8-sig") as handle:
        reasons = [r["reason"] for r in csv.DictReader(handle)]
    assert reasons.count("B.xlsx: sheet Evidence, reply_date 'soon' is not a date (YYYY-MM-DD)") == 15
    assert "D.xlsx, row 4: your_units 'lots' is not a whole number of homes, 0 or more" in reasons
    assert "D.xlsx, row 5: your_units '-5' is not a whole number of homes, 0 or more" in reasons
    a = evidence.read_evidence(store, "A")[0]
    assert (a.evidence_type, a.evidence_date.isoformat(), a.contact_organisation, a.source) == (
        "developer_questionnaire", "2025-03-01", "A Homes Ltd", "A.xlsx",
    )  # fmt: skip
    assert "start_on_site: 2025-05" in a.summary
    # The figures: A now evidenced, 10 + 40 deliverable; D evidenced, 2029/30 50 in the five years.
    # 235 (test_annex2) + A 50 + D 50 = 335.
    result = compute_monitoring(store, BASE)
    assert result.supply.deliverable_supply == 335
    traj = result.trajectory
    mine = traj[(traj["site_ref"] == "A") & (traj["units"] > 0)]
    assert list(zip(mine["monitoring_year"], mine["units"], mine["source"])) == [
        ("2025/26", 10, "officer"), ("2026/27", 40, "officer"), ("2030/31", 50, "officer"),
    ]  # fmt: skip


def test_a_return_that_cannot_be_read_changes_nothing(qgis_app, location, tmp_path):
    store = worked_store(location)
    bad = tmp_path / "not_a_workbook.xlsx"
    bad.write_text("this is not a spreadsheet")
    before = len(evidence.read_evidence(store))
    with pytest.raises(ReturnsError, match="cannot be read as a workbook"):
        import_returns(store, [str(bad)])
    with pytest.raises(ReturnsError, match="neither a workbook nor a folder"):
        import_returns(store, [str(tmp_path / "missing.xlsx")])
    assert len(evidence.read_evidence(store)) == before


def test_the_algorithms_send_and_take_back_questionnaires(processing_ready, tmp_path):
    import processing

    store = worked_store(str(tmp_path / "algorithms.gpkg"))
    sent = processing.run(
        "jlpmonitor:questionnaires",
        {
            "STORE": store.path,
            "BASE_DATE": BASE,
            "SITES": "A",
            "FORMATS": "pdf",
            "OUTPUT_FOLDER": str(tmp_path / "sent"),
        },
    )
    assert sent["COUNT"] == 1 and os.path.exists(str(tmp_path / "sent" / "questionnaire_A.pdf"))
    filled = fill(tmp_path / "sent" / "questionnaire_A.xlsx", tmp_path / "A_back.xlsx", {"2025/26": 15},
                  {"reply_date": "2025-03-20", "organisation": "A Homes Ltd"})  # fmt: skip
    back = processing.run(
        "jlpmonitor:importreturns",
        {"INPUT": filled, "STORE": store.path, "REJECTS": str(tmp_path / "rejects.csv")},
    )
    assert (back["READ"], back["INSERTED"], back["UPDATED"], back["REJECTED"]) == (15, 12, 3, 0)
    assert back["REPLIES"] == "A" and back["EVIDENCE"] == 1
