"""Translation: one context for the whole plugin, so pylupdate5 and the runtime agree.

Imports without QGIS: the monitoring rules' unit tests (tests/unit) run on plain Python, where tr()
gives the text back as it is.
"""

import os
from typing import Optional

from ..__about__ import PLUGIN_DIR
from . import user_settings

try:
    from qgis.PyQt.QtCore import QCoreApplication
except ImportError:  # plain Python, no QGIS: nothing to translate with
    QCoreApplication = None

# pylupdate5 files calls to a plain tr() function under "@default"; the runtime must use the same.
CONTEXT = "@default"
_translator = None  # the QTranslator installed, if any


def tr(text: str) -> str:
    """Translate a user-facing string (pylupdate5 finds these calls by their name)."""
    if QCoreApplication is None:
        return text
    return QCoreApplication.translate(CONTEXT, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pylupdate5 looks for
    """Mark a string written as data (a label in a table, a default argument) for pylupdate5, to be
    translated by tr() where it is shown: ``QT_TRANSLATE_NOOP("@default", "Rows read")``. The context
    must be the literal "@default" (CONTEXT), as pylupdate5 reads it from the source."""
    return text


def user_locale() -> str:
    """The QGIS user interface locale ('en_GB', 'cy', ...)."""
    from qgis.PyQt.QtCore import QLocale

    value = user_settings.qgis_user_locale()
    if value is None:
        value = QLocale.system().name()
    return value or "en"


def install_translator(locale: Optional[str] = None) -> Optional[str]:
    """Load i18n/jlp_monitor_plugin_<lang>.qm for the locale, if shipped; returns the file used."""
    from qgis.PyQt.QtCore import QTranslator

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
