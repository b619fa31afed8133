"""Spreadsheet formula injection: one rule for every CSV and XLSX cell the plugin writes.

A text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is taken by Excel
and LibreOffice as a formula (``=HYPERLINK(…)``, ``@SUM(…)``, ``-2+3+cmd|' /C calc'!A0``). Following
OWASP's rule such a cell is written with a single quote before it, so it shows as the text it is.
Numbers stay numbers: a number, or text that is one (``-5``, ``+3``, ``-0.25``, ``-1e3``), is
written unchanged.
"""

import re
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def safe_cell(value: Any) -> Any:
    """``value`` made safe for a spreadsheet cell: text that would start a formula gets a leading
    ``'``; numbers, and text that is a plain number, are returned unchanged."""
    if not isinstance(value, str) or not value.startswith(FORMULA_STARTS):
        return value
    if _NUMBER.match(value):
        return value
    return "'" + value


def safe_row(values) -> list:
    return [safe_cell(v) for v in values]
