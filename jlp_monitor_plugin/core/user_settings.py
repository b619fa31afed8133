"""The officer's own settings for the plugin: one place, one prefix, typed keys with defaults.

These are per user and per machine, kept by QGIS (``QgsSettings``, under ``jlp_monitor/``): the folders
last used, the report formats and template folder, the saved import profiles, the PostGIS connection
and schema last used. They are not the plan settings, which every officer shares in the store
(``plan_settings.py``). Every key is declared here once; nothing else in the plugin reads or writes
QgsSettings itself. They are shown and changed in QGIS's Options dialog (``gui/options_page.py``).

Values that earlier versions kept under ``JLPMonitor/`` are moved to their new key the first time they
are read. QGIS is imported only when a value is read or written, so this module imports without QGIS.
"""

from typing import Any, List, Optional

PREFIX = "jlp_monitor/"
OLD_PREFIX = "JLPMonitor/"


def _qgs_settings():
    from qgis.core import QgsSettings

    return QgsSettings()


class Setting:
    """One user setting: its key under PREFIX, its type (str, bool, int, float, or list of text kept
    as comma-separated text) and its default; ``old_key`` is where earlier versions kept it."""

    def __init__(self, key: str, default: Any, kind: type = str, old_key: Optional[str] = None):
        self.key = PREFIX + key
        self.default = default
        self.kind = kind
        self.old_key = OLD_PREFIX + old_key if old_key else None

    def __repr__(self) -> str:
        return "Setting({!r})".format(self.key)

    def _migrated(self):
        settings = _qgs_settings()
        if self.old_key and settings.contains(self.old_key):
            if not settings.contains(self.key):
                settings.setValue(self.key, settings.value(self.old_key))
            settings.remove(self.old_key)
        return settings

    def value(self) -> Any:
        """The stored value in the setting's type, or the default when unset or unreadable."""
        settings = self._migrated()
        if not settings.contains(self.key):
            return list(self.default) if self.kind is list else self.default
        return self.convert(settings.value(self.key))

    def convert(self, raw: Any) -> Any:
        """A stored value (text from the settings file, or a Qt value) in the setting's type."""
        if self.kind is list:
            items = raw if isinstance(raw, (list, tuple)) else str(raw or "").split(",")
            return [str(item).strip() for item in items if str(item).strip()]
        if self.kind is bool:
            if isinstance(raw, str):
                return raw.strip().lower() in ("true", "1", "yes")
            return bool(raw)
        if self.kind in (int, float):
            try:
                return self.kind(raw)
            except (TypeError, ValueError):
                return self.default
        return "" if raw is None else str(raw)

    def set_value(self, value: Any) -> None:
        if self.kind is list:
            value = ",".join(str(item) for item in value)
        _qgs_settings().setValue(self.key, value)

    def remove(self) -> None:
        settings = _qgs_settings()
        settings.remove(self.key)
        if self.old_key:
            settings.remove(self.old_key)


STORE_FOLDER = Setting("store/last_folder", "", old_key="lastStoreFolder")
IMPORT_FOLDER = Setting("import/last_folder", "", old_key="lastImportFolder")
IMPORT_PROFILES = Setting("import/profiles", "", old_key="importProfiles")  # JSON: {name: profile}
POSTGIS_CONNECTION = Setting("postgis/connection", "")
POSTGIS_SCHEMA = Setting("postgis/schema", "jlp_monitor")
REPORT_FOLDER = Setting("reports/folder", "")
REPORT_FORMATS = Setting("reports/formats", ["html", "pdf", "xlsx"], list)
TEMPLATE_FOLDER = Setting("reports/template_folder", "")
EXPORT_FOLDER = Setting("exports/folder", "")

ALL: List[Setting] = [
    STORE_FOLDER,
    IMPORT_FOLDER,
    IMPORT_PROFILES,
    POSTGIS_CONNECTION,
    POSTGIS_SCHEMA,
    REPORT_FOLDER,
    REPORT_FORMATS,
    TEMPLATE_FOLDER,
    EXPORT_FOLDER,
]


QGIS_WINDOW_STATE = "UI/state"  # QGIS's own key: its saved window layout (docks and toolbars)


def qgis_window_state():
    """QGIS's saved window layout (QMainWindow.saveState bytes), or None. QGIS's key, not ours."""
    return _qgs_settings().value(QGIS_WINDOW_STATE)


def qgis_user_locale() -> Optional[str]:
    """The user interface locale chosen in QGIS's own options, or None when QGIS follows the system's.
    QGIS's keys, not ours: read here so that every settings read goes through this module."""
    settings = _qgs_settings()
    if settings.value("locale/overrideFlag", False, type=bool):
        return str(settings.value("locale/userLocale", "") or "")
    return None
