"""The plugin's widgets: docks, panels and (later) map tools. Only this layer may use QtWidgets or iface."""

import os

from qgis.PyQt import uic

UI_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ui")


def load_ui(name: str) -> type:
    """The form class of ``ui/<name>``, compiled at runtime so no generated pyuic module goes stale."""
    form_class, _base = uic.loadUiType(os.path.join(UI_DIR, name))
    return form_class


def show_store(label, store) -> None:
    """A dock's store line: the store's full location (the GeoPackage's path, or the PostGIS schema,
    database and server; never a password), so the officer always sees which store the figures are
    from; or what to do when none is open."""
    from ..core.translation import tr

    label.setWordWrap(True)
    if store is None:
        label.setText(tr("No monitoring store open (JLP Monitor ▸ Open monitoring store…)."))
        label.setToolTip("")
        return
    label.setText(tr("Store: {}").format(store.where))
    label.setToolTip(tr("The monitoring store these figures come from: {}").format(store.where))
