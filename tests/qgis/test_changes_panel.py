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
