"""JLP Monitor: housing monitoring for local plans, as a QGIS plugin."""


def classFactory(iface):  # noqa: N802 - the name QGIS looks for
    """Called by QGIS to load the plugin."""
    from .plugin import JlpMonitorPlugin

    return JlpMonitorPlugin(iface)
