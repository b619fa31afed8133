"""Attribute values as plain Python, and as the store compares them; imports without QGIS (the import
checks use it)."""

from typing import Any

from . import schema


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


def comparable(kind: str, value: Any) -> Any:
    """A stored or imported value of a field of ``kind`` in the form two values are compared in (1 and
    1.0 and "1" alike for an integer field; a date by its first ten characters)."""
    if value is None:
        return None
    if kind == schema.INTEGER:
        try:
            number = float(value)
        except (TypeError, ValueError):
            return str(value)
        return int(number) if number.is_integer() else number
    if kind == schema.REAL:
        try:
            return float(value)
        except (TypeError, ValueError):
            return str(value)
    if kind == schema.DATE:
        return str(value)[:10]
    return str(value)
