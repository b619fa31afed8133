"""The officer's own settings: one module (core/user_settings.py), one prefix, values kept by earlier
versions under JLPMonitor/ moved on first read, and the plugin's page in QGIS's Options dialog."""

import json
import re
from pathlib import Path

import pytest
from conftest import flush_deletes
from qgis.core import QgsSettings

from jlp_monitor_plugin.core import user_settings
from jlp_monitor_plugin.core.importing import field_map as fm

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "jlp_monitor_plugin"


@pytest.fixture()
def clean_settings(qgis_app):
    """No plugin settings before and after the test (old prefix included)."""

    def clear():
        settings = QgsSettings()
        for prefix in (user_settings.PREFIX, user_settings.OLD_PREFIX):
            settings.remove(prefix.rstrip("/"))

    clear()
    yield
    clear()


def test_every_settings_key_is_declared_once_in_user_settings():
    # Nothing else reads or writes QgsSettings, and no key text is spelled out elsewhere.
    offenders = []
    for source in PACKAGE.rglob("*.py"):
        if source.name == "user_settings.py":
            continue
        text = source.read_text(encoding="utf-8")
        if re.search(r"QgsSettings|[\"'](JLPMonitor|jlp_monitor)/", text):
            offenders.append(str(source.relative_to(ROOT)))
    assert offenders == []
    keys = [s.key for s in user_settings.ALL]
    assert len(set(keys)) == len(keys)
    assert all(key.startswith("jlp_monitor/") for key in keys)
    declared = [v for v in vars(user_settings).values() if isinstance(v, user_settings.Setting)]
    assert sorted(s.key for s in declared) == sorted(keys)


def test_values_are_typed_with_defaults(clean_settings):
    assert user_settings.REPORT_FORMATS.value() == ["html", "pdf", "xlsx"]
    assert user_settings.POSTGIS_SCHEMA.value() == "jlp_monitor"
    assert user_settings.EXPORT_FOLDER.value() == ""
    user_settings.REPORT_FORMATS.set_value(["pdf", "odt"])
    assert QgsSettings().value("jlp_monitor/reports/formats") == "pdf,odt"  # as earlier versions kept it
    assert user_settings.REPORT_FORMATS.value() == ["pdf", "odt"]
    # the default list is not shared with callers that change what they got
    user_settings.REPORT_FORMATS.remove()
    user_settings.REPORT_FORMATS.value().append("csv")
    assert user_settings.REPORT_FORMATS.value() == ["html", "pdf", "xlsx"]
    flag = user_settings.Setting("test/flag", False, bool)
    count = user_settings.Setting("test/count", 3, int)
    QgsSettings().setValue(flag.key, "true")
    QgsSettings().setValue(count.key, "not a number")
    assert flag.value() is True and count.value() == 3
    count.set_value(7)
    assert count.value() == 7


def test_values_kept_under_the_old_prefix_are_moved_on_first_read(clean_settings, tmp_path):
    settings = QgsSettings()
    settings.setValue("JLPMonitor/lastStoreFolder", str(tmp_path))
    settings.setValue("JLPMonitor/lastImportFolder", "/old/imports")
    settings.setValue("jlp_monitor/import/last_folder", "/new/imports")  # already set anew: kept
    profile = fm.Profile("permissions", "app_ref=Application Number")
    settings.setValue("JLPMonitor/importProfiles", json.dumps({"Uniform": profile._asdict()}))

    assert user_settings.STORE_FOLDER.value() == str(tmp_path)
    assert settings.value("jlp_monitor/store/last_folder") == str(tmp_path)
    assert not settings.contains("JLPMonitor/lastStoreFolder")
    assert user_settings.IMPORT_FOLDER.value() == "/new/imports"
    assert not settings.contains("JLPMonitor/lastImportFolder")
    # the import profiles an officer saved before are still there
    assert fm.profile_names() == ["Uniform"] and fm.load_profile("Uniform") == profile
    assert not settings.contains("JLPMonitor/importProfiles")


def test_the_options_page_is_registered_shows_and_saves_the_settings(clean_settings, plugin, iface, tmp_path):
    from jlp_monitor_plugin.gui.options_page import OptionsFactory, OptionsPage

    assert iface.options_factories == [plugin.options_factory]
    factory = plugin.options_factory
    assert isinstance(factory, OptionsFactory)
    assert factory.title() == "JLP Monitor" and not factory.icon().isNull()

    templates = tmp_path / "templates"
    templates.mkdir()
    user_settings.TEMPLATE_FOLDER.set_value(str(templates))
    user_settings.REPORT_FORMATS.set_value(["pdf", "docx"])
    user_settings.POSTGIS_SCHEMA.set_value("south_hams")
    fm.save_profile("Uniform", fm.Profile("permissions", "app_ref=Application Number"))
    fm.save_profile("Building control", fm.Profile("completions", "units=Net Units"))

    page = factory.createWidget(None)
    try:
        assert isinstance(page, OptionsPage)
        assert page.templateFolder.filePath() == str(templates)
        assert [f for f, box in page.format_boxes.items() if box.isChecked()] == ["pdf", "docx"]
        assert page.schemaEdit.text() == "south_hams"
        assert page.reportFolder.filePath() == ""
        names = [page.profileList.item(i).text() for i in range(page.profileList.count())]
        assert names == ["Building control", "Uniform"]

        page.reportFolder.setFilePath(str(tmp_path / "reports"))
        page.exportFolder.setFilePath(str(tmp_path / "exports"))
        page.format_boxes["docx"].setChecked(False)
        page.format_boxes["xlsx"].setChecked(True)
        page.schemaEdit.setText("west_devon")
        page.profileList.item(0).setSelected(True)
        page.delete_selected_profiles()
        # nothing is written until QGIS applies the page (OK in the Options dialog)
        assert user_settings.REPORT_FORMATS.value() == ["pdf", "docx"]
        assert fm.profile_names() == ["Building control", "Uniform"]
        page.apply()
    finally:
        page.deleteLater()
    assert user_settings.REPORT_FOLDER.value() == str(tmp_path / "reports")
    assert user_settings.EXPORT_FOLDER.value() == str(tmp_path / "exports")
    assert user_settings.REPORT_FORMATS.value() == ["pdf", "xlsx"]
    assert user_settings.POSTGIS_SCHEMA.value() == "west_devon"
    assert user_settings.TEMPLATE_FOLDER.value() == str(templates)
    assert fm.profile_names() == ["Uniform"]

    # The Reports section starts from what the page saved.
    from jlp_monitor_plugin.gui.reports_panel import ReportsPanel

    panel = ReportsPanel()
    assert panel.formats() == ["pdf", "xlsx"]
    panel.deleteLater()


def test_unload_removes_the_options_page(clean_settings, iface, empty_project):
    from jlp_monitor_plugin import classFactory

    loaded = classFactory(iface)
    loaded.initGui()
    assert len(iface.options_factories) == 1
    loaded.unload()
    flush_deletes()
    assert iface.options_factories == [] and loaded.options_factory is None
