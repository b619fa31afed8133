"""Translation: one context for the whole plugin, so pylupdate5 and the runtime agree."""

import os
from typing import Optional

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from ..__about__ import PLUGIN_DIR

# pylupdate5 files calls to a plain tr() function under "@default"; the runtime must use the same.
CONTEXT = "@default"
_translator = None  # type: Optional[QTranslator]


def tr(text: str) -> str:
    """Translate a user-facing string (pylupdate5 finds these calls by their name)."""
    return QCoreApplication.translate(CONTEXT, text)


def user_locale() -> str:
    """The QGIS user interface locale ('en_GB', 'cy', ...)."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        value = settings.value("locale/userLocale", "") or ""
    else:
        value = QLocale.system().name()
    return value or "en"


def install_translator(locale: Optional[str] = None) -> Optional[str]:
    """Load i18n/jlp_monitor_plugin_<lang>.qm for the locale, if shipped; returns the file used."""
    global _translator
    locale = locale or user_locale()
    folder = os.path.join(PLUGIN_DIR, "i18n")
    for candidate in (locale, locale[:2]):
        path = os.path.join(folder, "jlp_monitor_plugin_{}.qm".format(candidate))
        if os.path.isfile(path):
            translator = QTranslator()
            if translator.load(path):
                remove_translator()
                QCoreApplication.installTranslator(translator)
                _translator = translator
                return path
    return None


def remove_translator() -> None:
    global _translator
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
        _translator = None
