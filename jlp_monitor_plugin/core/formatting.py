"""How figures, dates and counts read in the interface: one place, so every dock says them alike.

- numbers in the user's locale, always grouped ("1,263"), whole numbers without decimals and others
  with one or two ("33.3", never "33.33333333333333");
- one date style: "31 March 2025" (a timestamp adds the time, "31 March 2025 14:05");
- counts with their noun in the right number: "1 site", "2 sites".
"""

import datetime
import math
from typing import Any, Optional, Union

from qgis.PyQt.QtCore import QLocale

from .translation import tr


def _locale() -> QLocale:
    locale = QLocale()
    # QGIS leaves the group separator out by default; figures of thousands of homes need it.
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return locale


def format_number(value: Any, decimals: Optional[int] = None) -> str:
    """``value`` grouped in the user's locale. ``decimals`` None: whole numbers as whole, others with
    at most one decimal (two below 10, so 0.45 stays 0.45); blanks give ""."""
    number = _number(value)
    if not isinstance(number, float):
        return number
    if decimals is None:
        if abs(number - round(number)) < 1e-9:
            return _locale().toString(int(round(number)))
        decimals = 2 if abs(number) < 10 else 1
        text = _locale().toString(number, "f", decimals)
        # 2.50 → 2.5, but keep at least one decimal
        point = _locale().decimalPoint()
        while text.endswith("0") and point in text and not text.endswith(point + "0"):
            text = text[:-1]
        return text
    if decimals == 0:
        return _locale().toString(_half_up(number))
    return _locale().toString(number, "f", decimals)


def _half_up(number: float) -> int:
    """1234.5 → 1235 (Python's round would give the even 1234); -2.5 → -3."""
    return int(math.floor(abs(number) + 0.5)) * (1 if number >= 0 else -1)


def format_percent(value: Any, decimals: int = 1) -> str:
    """A percentage: "85.3%" ("" for blanks)."""
    number = _number(value)
    if not isinstance(number, float):
        return number
    return "{}%".format(format_number(number, decimals))


def _number(value: Any) -> Union[float, str]:
    """``value`` as a float to format, or the text to show instead: "" for a blank (None, NaN), the
    value itself as text when it is not a number."""
    if value is None:
        return ""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    return "" if math.isnan(number) else number


def format_date(value: Any) -> str:
    """The one date style of the interface: "31 March 2025"; a timestamp adds "14:05". Accepts dates,
    datetimes and ISO text; anything else is returned as it is."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        text = value.strip()
        try:
            if len(text) > 10:
                value = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
            else:
                value = datetime.date.fromisoformat(text)
        except ValueError:
            return text
    if isinstance(value, datetime.datetime):
        return "{} {:02d}:{:02d}".format(_day(value.date()), value.hour, value.minute)
    if isinstance(value, datetime.date):
        return _day(value)
    return str(value)


def _day(day: datetime.date) -> str:
    months = [
        tr("January"),
        tr("February"),
        tr("March"),
        tr("April"),
        tr("May"),
        tr("June"),
        tr("July"),
        tr("August"),
        tr("September"),
        tr("October"),
        tr("November"),
        tr("December"),
    ]
    return "{} {} {}".format(day.day, months[day.month - 1], day.year)


def plural(count: Any, one: str, many: str, **values: Any) -> str:
    """``one`` or ``many`` (translated templates with one "{}", and named fields for ``values``) filled
    with the grouped count: plural(1, tr("{} site"), tr("{} sites")) → "1 site"; 1263 → "1,263 sites"."""
    number = int(count)
    return (one if number == 1 else many).format(format_number(number), **values)


def format_fixed(value: Any, decimals: int, grouped: bool = True) -> str:
    """A figure for documents, the same in every locale: ``decimals`` places, thousands grouped with
    commas unless ``grouped`` is False (1,335; 3.76; 85%)."""
    return ("{:,.{}f}" if grouped else "{:.{}f}").format(float(value), decimals)
