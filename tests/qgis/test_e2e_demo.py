"""End to end, as a user meets it: README command 1 (scripts/demo.sh) on the demo data, then the real
QGIS desktop under xvfb-run with the packaged plugin and the demo project."""

import json
import os
import shutil
import sqlite3
import subprocess
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
E2E = ROOT / "tests" / "e2e"
ARTIFACTS = ROOT / "tests" / "artifacts"

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def demo_output(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo-output")
    env = dict(os.environ, DEMO_OUTPUT=str(out))
    env.pop("PYTHONPATH", None)
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / "demo.sh")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return out, result.stdout


def query(path, sql):
    with sqlite3.connect(str(path)) as con:
        return con.execute(sql).fetchall()


def test_demo_command_builds_the_store_through_qgis_process(demo_output):
    out, printed = demo_output
    store = out / "jlp_demo_store.gpkg"
    assert store.is_file() and (out / "jlp_demo.qgz").is_file()
    assert "qgis_process run jlpmonitor:createstore" in printed
    assert "qgis_process run jlpmonitor:loadstandard" in printed
    # Permissions, red lines, completions, starts and trajectory arrive as back-office extracts.
    for name in ("permissions", "boundaries", "completions", "starts", "trajectory"):
        assert "qgis_process run jlpmonitor:import{}".format(name) in printed
    assert (out / "rejects_permissions.csv").is_file()  # the demo extract's three bad rows, with reasons
    # Real JLP sites with their capacities, as DOMAIN.md gives them.
    capacities = dict(query(store, "SELECT site_ref, homes_capacity FROM allocations"))
    assert 55 <= len(capacities) <= 65
    assert capacities["PLY44"] == 2000 and capacities["TTV14"] == 775 and capacities["PLY60.1"] == 190
    counts = {
        n: query(store, "SELECT count(*) FROM {}".format(n))[0][0] for n in ("permissions", "completions")
    }
    assert 1800 <= counts["permissions"] <= 2300 and 14000 <= counts["completions"] <= 16100
    # The WGS84 extract was transformed: every located point lies in British National Grid's range.
    bounds = query(store, "SELECT min(minx), max(maxx), min(miny), max(maxy) FROM rtree_completions_geom")[0]
    assert 200000 < bounds[0] and bounds[1] < 320000 and 30000 < bounds[2] and bounds[3] < 110000
    # Nothing lost: every row read is loaded or in a rejects file.
    for line in printed.splitlines():
        if line.strip().startswith("READ:"):
            break
    description = query(store, "SELECT description FROM gpkg_contents WHERE table_name = 'allocations'")[0][0]
    assert "synthetic" in description.lower()


def test_demo_project_holds_the_styled_store_layers(demo_output):
    out, _ = demo_output
    with zipfile.ZipFile(out / "jlp_demo.qgz") as archive:
        qgs = next(n for n in archive.namelist() if n.endswith(".qgs"))
        text = archive.read(qgs).decode("utf-8")
    for name in ("allocations", "areas", "permissions", "permission_boundaries", "completions"):
        assert "layername={}".format(name) in text
    assert "jlp_demo_store.gpkg" in text
    assert 'fieldName="site_ref"' in text  # allocations labelled by site ref
    assert "JLPMonitorSitesDock" in text  # the docks are remembered with the project
    # The store beside the project, by a relative path: a copied demo-output folder uses its own copy.
    assert '<store type="QString">./jlp_demo_store.gpkg</store>' in text
    assert "synthetic" in text.lower()  # the layers' metadata says the geometry is synthetic


def _profile(home: Path, zip_path: Path) -> dict:
    profile = home / ".local" / "share" / "QGIS" / "QGIS3" / "profiles" / "default"
    # Where the Plugin Manager's "Install from ZIP" puts a plugin: the profile's python/plugins.
    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(profile / "python" / "plugins")
    shutil.copy(E2E / "startup.py", profile / "python" / "startup.py")
    (profile / "QGIS" / "QGIS3.ini").parent.mkdir(parents=True)
    (profile / "QGIS" / "QGIS3.ini").write_text(
        "[PythonPlugins]\njlp_monitor_plugin=true\n\n"
        "[qgis]\ncheckVersion=false\nshowTips322=false\nallowVersionCheck=false\n"
        "\n[core]\nNewsFeed\\enabled=false\n",
        encoding="utf-8",
    )
    runtime = home / "run"
    runtime.mkdir(mode=0o700)
    env = dict(os.environ, HOME=str(home), XDG_RUNTIME_DIR=str(runtime))
    env.pop("QGIS_PLUGINPATH", None)
    env.pop("QT_QPA_PLATFORM", None)  # a real X server (Xvfb) this time
    env.pop("PYTHONPATH", None)
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)  # pytest-qgis's; this desktop uses the profile under HOME
    return env


def test_qgis_desktop_opens_the_demo_project_with_the_plugin(demo_output, tmp_path):
    out, _ = demo_output
    env = _profile(tmp_path / "home", ROOT / "dist" / "jlp_monitor_plugin.zip")
    ARTIFACTS.mkdir(exist_ok=True)
    screenshot = ARTIFACTS / "qgis_desktop.png"
    for stale in ARTIFACTS.glob("qgis_desktop*.png"):
        if stale.exists():
            stale.unlink()
    result_path = tmp_path / "result.json"
    log_path = tmp_path / "messages.log"
    env.update(JLP_E2E_RESULT=str(result_path), JLP_E2E_SCREENSHOT=str(screenshot), JLP_E2E_LOG=str(log_path))
    run = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24", "/usr/bin/qgis", "--nologo", "--noversioncheck",
         "--code", str(E2E / "desktop_check.py"), str(out / "jlp_demo.qgz")],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result_path.is_file(), "QGIS did not run the check (exit {}):\n{}".format(
        run.returncode, run.stderr[-3000:]
    )
    findings = json.loads(result_path.read_text())
    messages = log_path.read_text(encoding="utf-8") if log_path.exists() else ""
    python_errors = [line for line in messages.splitlines() if line.startswith("Python error")]
    assert not python_errors, "\n".join(python_errors)
    assert findings["plugin_loaded"], findings
    assert findings["messages"] == [], "the demo project opens without warnings"
    assert "jlp_monitor_plugin" in findings["active_plugins"]
    # Loaded from the zip installed into the profile, not from the source tree.
    assert findings["plugin_file"].startswith(str(tmp_path / "home")), findings["plugin_file"]
    assert findings["toolbar"]
    docks = findings["docks"]
    assert all(docks[name] is not None for name in docks), docks
    # The three docks open tabbed together on the right (issue 14, item 8), the Review dock in front.
    assert all(docks[name]["open"] and docks[name]["area"] == 2 for name in docks), docks
    assert docks["JLPMonitorReviewDock"]["tabified_with"] == [
        "JLPMonitorMonitoringDock",
        "JLPMonitorSitesDock",
    ]
    assert findings["front_dock_tab"] == "Review", findings.get("dock_tabs")
    assert "feature under review" in findings["review_legend"]
    assert findings["review_details"] and findings["review_screenshot"]
    # Tag fields are read-only; Retag… and Tag history are offered on any feature (issue 14, item 3).
    assert findings["tag_fields_read_only"] == {"Permissions": True, "Completions": True}
    for name in ("Permissions", "Completions"):
        assert {"Retag…", "Tag history"} <= set(findings["feature_actions"][name]), findings[
            "feature_actions"
        ]
    assert 55 <= findings["sites_rows"] <= 65
    assert {"Allocations", "Completions", "Permissions", "Permission boundaries"} <= set(
        findings["project_layers"]
    )
    assert findings["screenshot"] and screenshot.stat().st_size > 20000
    assert findings["site_extent"] != findings["overview_extent"], "selecting a site zooms the map"
    # The Monitoring and Reports dock computes the demo's five-year supply at 31 March 2025, as the core does.
    from jlp_monitor_plugin.core.monitoring import compute_monitoring
    from jlp_monitor_plugin.core.store import Store

    years = compute_monitoring(Store.open(str(out / "jlp_demo_store.gpkg")), "2025-03-31").supply.years_supply
    assert 2 < years < 5
    assert findings["monitoring_years"] == "{:.2f} years".format(years), findings.get("monitoring_years")
    assert findings["monitoring_tabs"] == [
        "Figures",
        "Supply",
        "Chart",
        "Trajectory",
        "Settings",
        "Reports",
        "Exports",
        "Evidence",
        "Changes",
    ]
    assert findings["monitoring_screenshot"] and findings["chart_screenshot"]
    # Reports ▸ Open as print layout, then the layout designer on each layout: QGIS draws them and runs on.
    assert findings["print_layouts"][0] == "JLP Monitor: Allocated sites by progress: the plan area"
    assert len(findings["print_layouts"]) == 4, findings["print_layouts"]
    assert findings["layout_designers"] == 4 and findings["layout_screenshot"]
    assert findings["running_after_layouts"]
    # The Import dialog recognises the building-control workbook as completions; Enter does not import.
    assert findings["import_target"] == "completions", findings.get("import_hint")
    assert findings["import_hint"].startswith("Looks like completions: completion_id, uprn, completion_date")
    assert findings["import_running_after_enter"] is False
    assert findings["import_screenshot"]
