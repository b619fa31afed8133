"""The Monitoring dock's Supply tab says prominently how the plan's age sets the five-year basis
(issue 11 item 5): the JLP (adopted 26 March 2019) on the plan basis at 31 March 2025, then on auto
with a local housing need figure. Screenshots: tests/artifacts/monitoring_dock_plan_age_*.png."""

import datetime
from pathlib import Path

from conftest import wait_until

from jlp_monitor_plugin.core.store import Store

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def shown_supply(plugin, qgis_app, path, name):
    plugin.open_store(path)
    panel = plugin.monitoring_dock.panel
    wait_until(qgis_app, lambda: panel.task is None and panel._pending is None)
    panel.set_base_date(datetime.date(2025, 3, 31))
    wait_until(qgis_app, lambda: panel.task is None and panel._pending is None)
    qgis_app.processEvents()
    dock = plugin.monitoring_dock
    dock.setFloating(True)
    dock.resize(520, 900)
    dock.show()
    panel.tabs.setCurrentWidget(panel.supplyTab)
    qgis_app.processEvents()
    ARTIFACTS.mkdir(exist_ok=True)
    assert dock.grab().save(str(ARTIFACTS / "monitoring_dock_plan_age_{}.png".format(name)))
    return panel


def test_the_supply_tab_says_how_the_plans_age_sets_the_basis(plugin, demo_copy, qgis_app):
    panel = shown_supply(plugin, qgis_app, demo_copy, "plan")
    label = panel.planAgeLabel
    assert label.isVisibleTo(panel) and label.text().startswith(
        "The plan is more than five years old: it was adopted on 2019-03-26, five years on 2024-03-26."
    )
    assert "plan basis" in panel.supplySubtitle.text()

    Store.open(demo_copy).write_plan_settings({"five_year_basis": "auto", "lhn_annual": 1500})
    panel = shown_supply(plugin, qgis_app, demo_copy, "lhn")
    assert panel.planAgeLabel.text().startswith(
        "Local housing need basis: the plan was adopted on 2019-03-26"
    )
    assert "local housing need basis" in panel.supplySubtitle.text()
