"""The Changes section of the Monitoring dock (issue 11): the change lists, the bridge as a waterfall
chart, and rows that select and zoom to their features."""

from position_stores import make_bridge_store, year_on
from qgis.core import QgsProject

from jlp_monitor_plugin.core import positions, schema
from jlp_monitor_plugin.core.charts import paint_waterfall, render_image
from jlp_monitor_plugin.gui.changes_panel import ChangesPanel


def test_the_changes_tab_compares_two_positions(qgis_app, qgis_canvas, tmp_path):
    store = make_bridge_store(tmp_path, "gpkg")
    year_on(store)
    positions.freeze_position(store, "2025-03-31", "HPS 2024/25")
    panel = ChangesPanel(qgis_canvas)
    panel.set_store(store)
    assert [panel.fromCombo.itemText(i) for i in range(panel.fromCombo.count())] == [
        "HPS 2024/25 (2025-03-31-1) — 2025-03-31",
        "HPS 2023/24 (2024-03-31-1) — 2024-03-31",
    ]
    panel.fromCombo.setCurrentIndex(1)
    panel.toCombo.setCurrentIndex(1)  # HPS 2024/25 (0 is the store now)
    assert panel.compare()
    assert "Years of supply 4.13 → 3.36" in panel.statusLabel.text()
    bridge = panel.chart.bridge
    assert [s.shown for s in bridge.steps] == [-0.61, -0.44, -0.24, 0.01, 0.03, -0.01, 0.42, 0.07, 0.0]
    names = [panel.listCombo.itemData(i) for i in range(panel.listCombo.count())]
    assert names == ["permission_changes", "completion_changes", "site_changes", "trajectory_changes",
                     "settings_changes", "supply_bridge"]  # fmt: skip
    panel.listCombo.setCurrentIndex(1)
    rows = {r["completion_id"]: r for r in panel.model.rows}
    assert rows["LATE"]["change"] == "notified late" and panel.model.rowCount() == 2
    # A row selects its feature (the project's layer when the store's layer is in the project).
    layer = store.layer(schema.COMPLETIONS, "completions")
    QgsProject.instance().addMapLayer(layer)
    try:
        assert panel.show_features(rows["LATE"]) == 1
        assert [f["completion_id"] for f in layer.selectedFeatures()] == ["LATE"]
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    panel.resize(520, 900)
    panel.listCombo.setCurrentIndex(0)
    assert panel.grab().save(str(tmp_path / "changes_tab.png"))
    image = render_image(1280, 560, paint_waterfall, *bridge.chart_args())
    assert image.save(str(tmp_path / "bridge.png"))
    # The chart is drawn: red (falls) and green (rises) bars are there.
    colours = {image.pixelColor(x, y).name() for x in range(0, 1280, 4) for y in range(0, 560, 4)}
    assert {"#c92a2a", "#2b8a3e", "#1f5f8b"} <= colours


def test_without_positions_the_tab_says_how_to_make_one(qgis_app, tmp_path, new_store):
    panel = ChangesPanel()
    panel.set_store(new_store)
    assert not panel.compareButton.isEnabled()
    assert "jlpmonitor:freezeposition" in panel.statusLabel.text()


def _freeze_from_the_tab(qgis_app, panel, label, note=""):
    """Press Freeze position…, fill the dialog as an officer would, press Freeze, wait for the task."""
    from conftest import wait_until

    panel.freezeButton.click()
    dialog = panel.freeze_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.freezeButton.isEnabled()  # the label is required
    dialog.labelEdit.setText(label)
    dialog.noteEdit.setPlainText(note)
    assert dialog.freezeButton.isEnabled()
    dialog.freezeButton.click()
    assert panel.freezeProgress.isVisibleTo(panel) or panel.freeze_task is None
    wait_until(qgis_app, lambda: panel.freeze_task is None)
    return dialog


def test_the_changes_tab_freezes_a_position_in_the_background(qgis_app, tmp_path):
    import datetime
    from pathlib import Path

    store = make_bridge_store(tmp_path, "gpkg")
    year_on(store)
    panel = ChangesPanel()
    panel.set_store(store)
    panel.set_base_date(datetime.date(2025, 3, 31))
    dialog = _freeze_from_the_tab(
        qgis_app, panel, "Housing Position Statement 2024/25, published", "Published with the AMR."
    )
    assert dialog.baseDateLabel.text() == "2025-03-31"
    assert "can never be changed or deleted" in " ".join(
        w.text() for w in dialog.findChildren(type(dialog.baseDateLabel))
    )
    assert panel.statusLabel.text().startswith(
        "Froze position 2025-03-31-1 “Housing Position Statement 2024/25, published” at base date 2025-03-31"
    )
    frozen = positions.load_position(store, "2025-03-31-1")
    assert frozen.position.label == "Housing Position Statement 2024/25, published"
    assert frozen.position.note == "Published with the AMR."
    assert frozen.position.base_date == datetime.date(2025, 3, 31)
    ids = [panel.fromCombo.itemData(i) for i in range(panel.fromCombo.count())]
    assert ids == ["2025-03-31-1", "2024-03-31-1"]
    assert panel.toCombo.itemData(1) == "2025-03-31-1"
    assert not panel.freezeProgress.isVisibleTo(panel) and panel.freezeButton.isEnabled()
    # The screenshot of the dialog (tests/artifacts/), filled in as above.
    artifacts = Path(__file__).resolve().parents[1] / "artifacts"
    artifacts.mkdir(exist_ok=True)
    dialog.resize(520, dialog.sizeHint().height())
    assert dialog.grab().save(str(artifacts / "freeze_position_dialog.png"))


def test_a_failed_freeze_says_why_and_writes_nothing(qgis_app, tmp_path):
    import datetime

    from backends import refuse_inserts

    store = make_bridge_store(tmp_path, "gpkg")
    # The figures' write fails half-way (after the position's header row), as on a store that refuses writes.
    refuse_inserts(store, schema.POSITION_FIGURES, "attempt to write a readonly database")
    panel = ChangesPanel()
    panel.set_store(store)
    panel.set_base_date(datetime.date(2025, 3, 31))
    _freeze_from_the_tab(qgis_app, panel, "HPS 2024/25")
    message = panel.statusLabel.text()
    assert message.startswith("The position could not be written to ") and "Traceback" not in message
    assert message.endswith("attempt to write a readonly database; nothing was written.")
    assert [p.position_id for p in positions.list_positions(store)] == ["2024-03-31-1"]
    assert panel.freezeButton.isEnabled() and not panel.freezeProgress.isVisibleTo(panel)
