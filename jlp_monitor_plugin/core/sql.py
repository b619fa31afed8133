"""SQL text shared by both backends of the store (GeoPackage/SQLite and PostGIS); no QGIS here."""


def quote_identifier(name: str) -> str:
    """An SQL identifier, double-quoted (embedded quotes doubled)."""
    return '"{}"'.format(name.replace('"', '""'))
