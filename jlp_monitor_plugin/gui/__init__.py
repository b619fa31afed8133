"""The plugin's widgets: docks, panels and (later) map tools. Only this layer may use QtWidgets or iface."""

import os

from qgis.PyQt import uic

# The docks' one formatter of figures, dates and counts (core.formatting).
from ..core.formatting import format_date, format_number, format_percent, plural  # noqa: F401

UI_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ui")


def load_ui(name: str) -> type:
    """The form class of ``ui/<name>``, compiled at runtime so no generated pyuic module goes stale."""
    form_class, _base = uic.loadUiType(os.path.join(UI_DIR, name))
    return form_class
