"""Attribute values as plain Python; imports without QGIS (the import checks use it)."""

from typing import Any


def plain_value(value: Any) -> Any:
    """A QVariant-ish attribute value as plain Python (NULL → None, QDate → ISO text)."""
    if value is None:
        return None
    try:
        from qgis.PyQt.QtCore import QDate, QDateTime

        if isinstance(value, QDate):
            return value.toString("yyyy-MM-dd") if value.isValid() else None
        if isinstance(value, QDateTime):
            return value.toString("yyyy-MM-ddTHH:mm:ss") if value.isValid() else None
    except ImportError:  # without QGIS (the rules' unit tests): no Qt values to convert
        pass
    if hasattr(value, "isNull") and value.isNull():
        return None
    return value
