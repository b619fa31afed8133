"""The Review dock's "Suggested completions" in real QGIS offscreen (issue 13): grouped and sorted by
strength, shown on the map with its permission, accepted, rejected with a reason, undone; the figures
by strength and the permissions to look at; a screenshot of the queue."""

from pathlib import Path

import pytest
from backends import run_sql
from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle
from qgis.gui import QgsRubberBand
from test_evidence_matching import build

from jlp_monitor_plugin.core.evidence_matching import decisions
from jlp_monitor_plugin.core.evidence_matching.run import match_store
from jlp_monitor_plugin.core.store import Store

ARTIFACTS = Path(__file__).resolve().parents[2] / "tests" / "artifacts"


@pytest.fixture()
def canvas(qgis_canvas, qgis_parent, qgis_app):
    qgis_parent.show()
    qgis_canvas.resize(600, 400)
    qgis_app.processEvents()
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:27700"))
    qgis_canvas.setExtent(QgsRectangle(0, 0, 25000, 25000))
    yield qgis_canvas
    qgis_parent.hide()


@pytest.fixture()
def box(plugin, canvas, tmp_path):
    store = Store.create(str(tmp_path / "evidence.gpkg"), "jlp")
    build(store)
    run_sql(
        store, "INSERT INTO permissions (app_ref, net_units, decision_date) VALUES ('OLD/1', 4, '2015-01-01')"
    )
    match_store(store)
    plugin.open_store(store.path)
    return plugin.review_dock.panel.suggestions


def test_suggestions_are_grouped_by_strength_with_the_figures_and_lists(box):
    assert box.title() == "Suggested completions"
    assert box.group_texts() == [
        "Strong (1)",
        "Medium (1)",
        "Weak (1)",
        "Confirmations (already recorded) (1)",
    ]
    assert box.figuresLabel.text() == (
        "Completions by evidence strength — To decide: 1 strong, 1 medium, 1 weak · confirmations: 1 medium"
    )
    assert "Past expected completion, no evidence" in box.watchLabel.text()
    assert "OLD/1 (4 homes): expected by 2020-01-01" in box.watchLabel.text()


def test_selecting_shows_the_explanation_and_highlights_evidence_and_permission(box, canvas, qgis_app):
    box.select(["uprn:100040000003"])
    qgis_app.processEvents()
    assert box.explanationLabel.text().startswith("EPC new dwelling + council tax band B, same UPRN")
    bands = [i for i in canvas.scene().items() if isinstance(i, QgsRubberBand)]
    assert len(bands) == 2  # the council-tax record's point and 4567/21/FUL's red line
    assert canvas.extent().contains(QgsRectangle(1000, 1000, 1100, 1100))


def test_accept_strong_reject_and_undo_from_the_dock(box):
    change = box.accept_strong()
    assert len(change.items) == 1
    assert box.group_texts()[0] == "Medium (1)"
    assert "accepted: 1 strong" in box.figuresLabel.text()
    completion = decisions.completion_id_for("uprn:100040000003")
    assert run_sql(box.store, "SELECT units FROM completions WHERE completion_id = ?", (completion,)) == [
        (1,)
    ]
    box.select(["addr:PL1 2AB|HIGH STREET|14|2"])
    box.reject_selected("a flat conversion, counted elsewhere")
    assert "rejected: 1 medium" in box.figuresLabel.text()
    box.match()  # the rejection is remembered
    assert "Medium" not in " ".join(box.group_texts())
    box.undo()  # the rejection
    assert box.group_texts()[:2] == ["Medium (1)", "Weak (1)"]
    box.undo()  # the accept
    assert run_sql(box.store, "SELECT count(*) FROM completions WHERE completion_id = ?", (completion,)) == [
        (0,)
    ]
    assert box.group_texts()[0] == "Strong (1)"
    assert not box.undoButton.isEnabled()


def test_screenshot_of_the_review_queue_with_suggestions(plugin, box, qgis_app):
    dock = plugin.review_dock
    dock.setFloating(True)
    dock.resize(560, 1250)
    dock.show()
    box.select(["uprn:100040000003"])
    qgis_app.processEvents()
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / "review_suggested_completions.png"
    assert dock.grab().save(str(path))
    assert path.stat().st_size > 10000


def test_the_reports_data_quality_section_counts_completions_by_evidence_strength(qgis_app, tmp_path):
    from jlp_monitor_plugin.core import reports

    store = Store.create(str(tmp_path / "evidence.gpkg"), "jlp")
    build(store)
    match_store(store)
    decisions.accept(store, ["uprn:100040000003"], "agree", "Jo Officer")
    folder = tmp_path / "report"
    made = reports.make_report(store, "2025-03-31", "housing_monitoring_report", ["html", "pdf"], str(folder))
    page = Path(made.paths["html"]).read_text(encoding="utf-8")
    table = page[page.index("<caption><b>Suggested completions by evidence strength</b></caption>") :]
    table = table[: table.index("</table>")]
    assert '<th scope="col" align="left" width="22%" bgcolor="#dee6ef">Evidence strength</th>' in table
    assert '<th scope="row" align="left">Strong</th><td class="num" align="right">0</td>' in table
    cells = [c.split(">")[-1] for c in table.split("</td>")[:-1]]
    # strong: 0 to decide, 0 confirmations, 1 accepted; medium: 1 to decide, 1 confirmation; weak: 1 to decide
    assert cells[:15] == ["0", "0", "1", "0", "1", "1", "1", "0", "0", "2", "1", "0", "0", "0", "1"]
    ARTIFACTS.mkdir(exist_ok=True)
    import shutil

    shutil.copy(made.paths["pdf"], ARTIFACTS / "report_evidence.pdf")
