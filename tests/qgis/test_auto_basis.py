"""The jlp preset's five-year basis is auto (issue 11 item 5, DOMAIN.md §5): the JLP, adopted 26 March 2019,
is five years old from 26 March 2024, so its figures at 31 March 2025 use local housing need, and are
refused, saying what to do, while 'lhn_annual' is not set. Through real qgis_process (the packaged
plugin) and in the Monitoring dock."""

import csv
import datetime
import json
import sqlite3
from pathlib import Path

from conftest import wait_until

from jlp_monitor_plugin.core.store import Store

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
REFUSAL = (
    "The plan was adopted on 2019-03-26 and is five years old or more at the base date 2025-03-31 "
    "(since 2024-03-26): the five-year basis 'auto' then uses local housing need, but plan setting "
    "'lhn_annual' is not set. Enter the local housing need figure (homes a year) in the plan settings, "
    "or set 'five_year_basis' to plan."
)


def setting(path, key):
    with sqlite3.connect(str(path)) as con:
        return json.loads(con.execute("SELECT value FROM plan_settings WHERE key = ?", (key,)).fetchone()[0])


def test_a_jlp_store_from_qgis_process_is_on_auto_and_refuses_figures_without_lhn(qgis_profile, tmp_path):
    path = tmp_path / "jlp.gpkg"
    made = qgis_profile.qgis_process(
        "run", "jlpmonitor:createstore", "--STORE={}".format(path), "--PRESET=jlp"
    )
    assert made.returncode == 0, made.stdout + made.stderr
    assert setting(path, "five_year_basis") == "auto" and setting(path, "lhn_annual") is None
    assert setting(path, "plan_adopted") == "2019-03-26"

    out = tmp_path / "summary"
    args = ("run", "jlpmonitor:summary", "--STORE={}".format(path), "--BASE_DATE=2025-03-31")
    refused = qgis_profile.qgis_process(*args, "--OUTPUT_FOLDER={}".format(out))
    assert refused.returncode != 0
    assert REFUSAL in refused.stdout + refused.stderr
    assert not out.exists() or list(out.iterdir()) == []  # no partial outputs

    # With the local housing need figure the five-year requirement and the HDT use it:
    # 1,000 a year × 5 years = 5,000, + 5% buffer = 5,250 (no shortfall on the LHN basis);
    # the HDT requires 3 × 1,000 = 3,000 (not the plan's 1,335 a year).
    Store.open(str(path)).write_plan_settings({"lhn_annual": 1000, "buffer_pct": 5})
    done = qgis_profile.qgis_process(*args, "--OUTPUT_FOLDER={}".format(out))
    assert done.returncode == 0, done.stdout + done.stderr
    with open(out / "five_year_supply.csv", encoding="utf-8-sig") as handle:
        (supply,) = list(csv.DictReader(handle))
    assert supply["basis"] == "lhn" and float(supply["annual_requirement"]) == 1000
    assert float(supply["shortfall"]) == 0
    assert float(supply["five_year_requirement"]) == 5250
    with open(out / "hdt.csv", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert float(rows[-1]["required"]) == 3000


def test_the_monitoring_dock_shows_the_refusal_as_a_message(plugin, tmp_path, qgis_app):
    path = Store.create(str(tmp_path / "jlp.gpkg"), "jlp").path
    plugin.open_store(path)
    panel = plugin.monitoring_dock.panel
    wait_until(qgis_app, lambda: panel.task is None and panel._pending is None)
    panel.set_base_date(datetime.date(2025, 3, 31))
    wait_until(qgis_app, lambda: panel.task is None and panel._pending is None)
    qgis_app.processEvents()
    assert panel.result is None
    assert panel.statusLabel.text() == REFUSAL
    assert panel.message_text() == REFUSAL
    assert "Traceback" not in panel.statusLabel.text()
    dock = plugin.monitoring_dock
    dock.setFloating(True)
    dock.resize(520, 700)
    dock.show()
    qgis_app.processEvents()
    ARTIFACTS.mkdir(exist_ok=True)
    assert dock.grab().save(str(ARTIFACTS / "monitoring_dock_lhn_refused.png"))
