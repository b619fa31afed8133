"""Run by QGIS desktop (qgis --code) in tests/qgis/test_plugins_xml.py: the Plugin Manager's own installer
fetches the repositories of the profile (the council's plugins.xml through file://), lists JLP Monitor,
installs it (experimental: QGIS offers it with "Show also experimental plugins") and loads it. Writes
what it found as JSON to JLP_REPO_RESULT, then quits."""

import json
import os
import time
import traceback

import qgis.utils
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer


def check():
    result = {}
    try:
        import pyplugin_installer
        from pyplugin_installer.installer_data import plugins, repositories

        installer = pyplugin_installer.instance()
        installer.fetchAvailablePlugins(True)
        # QGIS 3.40 reads a repository in the background: wait until it is read and the plugin listed.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and "jlp_monitor_plugin" not in plugins.all():
            QgsApplication.processEvents()
            time.sleep(0.1)
            if not repositories.fetchingInProgress():
                plugins.rebuild()
        result["repositories"] = {
            k: [v["url"], v["state"], v["error"]] for k, v in repositories.all().items()
        }
        listed = plugins.all().get("jlp_monitor_plugin") or {}
        result["listed"] = {
            k: listed.get(k) for k in ("name", "version_available", "download_url", "zip_repository")
        }
        result["status_before"] = listed.get("status_exp")
        installer.installPlugin("jlp_monitor_plugin", quiet=True, stable=False)
        # The profile's plugin folder (qgis.utils.home_plugin_path is gone in QGIS 3.40).
        path = os.path.join(QgsApplication.qgisSettingsDirPath(), "python", "plugins", "jlp_monitor_plugin")
        result["installed_metadata"] = os.path.isfile(os.path.join(path, "metadata.txt"))
        result["active"] = "jlp_monitor_plugin" in qgis.utils.active_plugins
        result["status_after"] = plugins.all()["jlp_monitor_plugin"]["status_exp"]
        result["version_installed"] = plugins.all()["jlp_monitor_plugin"]["version_installed"]
    except Exception:  # noqa: BLE001 - reported to the test
        result["error"] = traceback.format_exc()
    with open(os.environ["JLP_REPO_RESULT"], "w", encoding="utf-8") as handle:
        json.dump(result, handle, indent=1)
    QgsApplication.exit(0)


QTimer.singleShot(3000, check)
