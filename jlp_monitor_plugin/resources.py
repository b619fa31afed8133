"""Icons and other files shipped with the plugin, loaded by path (no compiled Qt resources)."""

import os

from qgis.PyQt.QtGui import QIcon

from .__about__ import PLUGIN_DIR

ICON_DIR = os.path.join(PLUGIN_DIR, "icons")


def icon_path(name: str) -> str:
    """Path of an icon in icons/ ('sites' or 'sites.svg')."""
    if not os.path.splitext(name)[1]:
        name += ".svg"
    return os.path.join(ICON_DIR, name)


def icon(name: str) -> QIcon:
    return QIcon(icon_path(name))
