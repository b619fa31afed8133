"""The unit of each monitoring figure and how a figure of that unit reads, in one place: on screen (the
user's locale, through ``core.formatting``) and in documents (reports: grouped with commas, fixed
decimals, "–" for a blank).

Units:
- ``TEXT``: codes and names, as they are;
- ``INTEGER``: whole numbers of homes (completions, capacity): screen and documents without decimals;
- ``NUMBER``: homes that may be fractional (requirements, supply): screen whole when whole else one
  decimal; documents without decimals;
- ``DECIMAL``: fractional homes a statement shows to one decimal (a buffer, a lapse discount);
- ``PERCENT``: a share (% complete, the HDT): screen one decimal; documents none;
- ``RATE``: a percentage set in the plan settings (the buffer): screen whole when whole; documents none;
- ``YEARS``: years of supply: two decimals everywhere.
"""

import math
from typing import Any

TEXT = "text"
INTEGER = "integer"
NUMBER = "number"
DECIMAL = "decimal"
PERCENT = "percent"
RATE = "rate"
YEARS = "years"

MISSING = "–"  # a blank figure in a document


def is_blank(value: Any) -> bool:
    """None, NaN, and pandas' NA / NaT (recognised by type, so pandas need not be importable)."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    return type(value).__name__ in ("NAType", "NaTType") or str(value) == "<NA>"


def plain(value: Any) -> Any:
    """A pandas / numpy scalar as plain Python (None for blanks)."""
    if is_blank(value):
        return None
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def screen_text(value: Any, unit: str) -> str:
    """``value`` as the docks show a figure of ``unit`` ("" for a blank)."""
    from ..formatting import format_number, format_percent

    value = plain(value)
    if value is None:
        return ""
    if unit == TEXT:
        return str(value)
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    if unit == INTEGER:
        return format_number(number, 0)
    if unit == PERCENT:
        return format_percent(number, 1)
    if unit == RATE:
        return "{}%".format(format_number(number))
    if unit == YEARS:
        return format_number(number, 2)
    if abs(number - round(number)) < 1e-9:
        return format_number(number, 0)
    return format_number(number, 1)


def screen_whole(value: float) -> str:
    """Homes rounded to whole homes, as a sentence on screen says them ("a shortfall of 1,745 homes")."""
    from ..formatting import format_number

    return format_number(round(value))


def screen_precise(value: Any) -> str:
    """A figure to two decimals, for a tooltip that shows more than the cell."""
    from ..formatting import format_number

    return format_number(value, 2)


def document_text(value: Any, unit: str) -> str:
    """``value`` as a report shows a figure of ``unit`` (MISSING for a blank)."""
    from ..formatting import format_fixed

    if is_blank(value):
        return MISSING
    if unit == TEXT:
        return str(value)
    if unit in (PERCENT, RATE):
        return format_fixed(value, 0, grouped=False) + "%"
    if unit == YEARS:
        return format_fixed(value, 2)
    if unit == DECIMAL:
        return format_fixed(value, 1)
    return format_fixed(value, 0)
