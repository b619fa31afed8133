"""Checking and converting the values of one source row to the monitoring data standard.

Each problem is a ``Problem`` whose message names the file, the row, the field (the source column and
the standard's field) and the value, so an officer can find and fix it. A problem is either an
error (the row is rejected and written to the REJECTS file with the reason) or a warning (the row is
loaded as described). The rules:

- a required value missing → error; a key (app_ref, completion_id …) twice in the file → error for the
  second and later rows;
- dates: ISO ``2008-01-21``, UK day-first ``21/01/2008`` (``01/21/2008`` with DAY_FIRST false),
  ``21-Jan-2008``, ``21 January 2008``, date-times, Excel serial numbers; an impossible date
  (``31/02/2020``) or one that is not a date → error;
- units not a whole number → error; a whole number beyond ±2,147,483,647 or a number beyond what a
  real holds (``1e309``) → error, the same on both backends; negative proposed, existing or
  affordable units → error (completions may be negative: losses);
- net_units disagreeing with units_proposed − units_existing → error; net_units missing but proposed
  units given → net_units = proposed − existing;
- completions: completion_date or monitoring_year (``2019/20``) required; a date in another monitoring
  year than the one given → error; without a mapped completion_id a stable id is generated from the
  row's content and its occurrence number, so importing the same file again gives the same ids;
- coordinates that are not numbers, outside the plan CRS's area of use, longitude/latitude in a
  projected CRS (or the reverse), or latitude and longitude swapped → error;
- unknown permission_type → kept as ``other``, warning; unknown completion source → ``other``,
  warning; an LPA that is not one of the plan's → kept, warning; parent_ref pointing to no permission
  → warning (checked by the importer once the whole file is read).
"""

import calendar
import datetime
import hashlib
import math
import re
from typing import Any, Dict, NamedTuple, Optional, Sequence, Tuple

from .. import schema
from ..translation import tr
from ..values import plain_value

ERROR = "error"
WARNING = "warning"

BLANKS = {"", "-", "--", "n/a", "na", "null", "none", "nil"}
MIN_YEAR, MAX_YEAR = 1900, 2100
EXCEL_EPOCH = datetime.date(1899, 12, 30)
EXCEL_SERIALS = (20000, 80000)  # 1954-10-03 .. 2119-01-11: a number in a date column is an Excel date

MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9


class Problem(NamedTuple):
    """Something wrong with one value (or one row) of the source."""

    row: int  # 1-based data row (the header is not counted): row 1 is spreadsheet line 2
    target: str  # the standard's field, or "" for the whole row
    column: str  # the source column, or "" when the value is not from one column
    value: Any
    reason: str
    severity: str = ERROR

    def message(self, source_name: str) -> str:
        """ "demo.csv row 12, Decision Date (decision_date) = '31/02/2020': not a real date …"."""
        where = tr("{name} row {row}").format(name=source_name, row=self.row)
        if self.column and self.target and self.column != self.target:
            field = "{} ({})".format(self.column, self.target)
        else:
            field = self.column or self.target
        if field:
            value = "" if self.value is None else str(self.value)
            where += ", {} = '{}'".format(field, value)
        return "{}: {}".format(where, self.reason)


# -- plain values ---------------------------------------------------------------------------------


def as_text(value: Any) -> Optional[str]:
    """A source value as text (None for NULL and blank); whole floats lose their '.0' (UPRNs)."""
    if value.__class__ is str:  # CSV values: the common case, kept fast
        return value.strip() or None
    value = plain_value(value)
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if value.is_integer():
            return str(int(value))
    text = str(value).strip()
    return text or None


def _is_blank(text: Optional[str]) -> bool:
    return text is None or text.strip().lower() in BLANKS


_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_GROUPED = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")


def parse_number(value: Any) -> Tuple[Optional[float], Optional[str]]:
    """(number, None), (None, None) for blank, or (None, reason)."""
    if value.__class__ is not str:
        value = plain_value(value)
    if isinstance(value, bool):
        return float(value), None
    if isinstance(value, (int, float)):
        if isinstance(value, float) and math.isnan(value):
            return None, None
        try:
            number = float(value)
        except OverflowError:
            return None, tr("too large a number")
        if math.isinf(number):
            return None, tr("too large a number")
        return number, None
    text = as_text(value)
    if _is_blank(text):
        return None, None
    compact = text.replace(" ", "")
    if _GROUPED.match(compact):
        compact = compact.replace(",", "")
    if not _NUMBER.match(compact):
        return None, tr("not a number")
    number = float(compact)
    if math.isinf(number):  # 1e309: beyond what a real number holds
        return None, tr("too large a number")
    return number, None


# Whole-number fields hold 32-bit integers on both backends (PostgreSQL's integer; the GeoPackage
# would take more, so the same file imports the same way into either).
MAX_WHOLE = 2**31 - 1


def parse_whole(value: Any) -> Tuple[Optional[int], Optional[str]]:
    """(whole number, None), (None, None) for blank, or (None, reason): 12, '12', '12.0', '1,200';
    beyond −2,147,483,648 … 2,147,483,647 is refused, on every backend."""
    number, error = parse_number(value)
    if error:
        return None, error if error == tr("too large a number") else tr("not a whole number")
    if number is None:
        return None, None
    if not number.is_integer():
        return None, tr("not a whole number")
    if not -MAX_WHOLE - 1 <= number <= MAX_WHOLE:
        return None, tr("too large a whole number (the limit is ±{:,})").format(MAX_WHOLE)
    return int(number), None


_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4}|\d{2})$")
_DAY_MONTH_NAME = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?[-/ .]*([A-Za-z]{3,9})\.?[-/ .,]*(\d{4}|\d{2})$")
_MONTH_NAME_DAY = re.compile(r"^([A-Za-z]{3,9})\.?[ -]+(\d{1,2})(?:st|nd|rd|th)?,?[ -]+(\d{4})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_TIME = re.compile(r"[ T]+\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*([AaPp][Mm])?\s*(Z|[+-]\d{2}:?\d{2})?$")
_SERIAL = re.compile(r"^\d{5}(\.\d+)?$")


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _make_date(year: int, month: int, day: int, original: str) -> Tuple[Optional[str], Optional[str]]:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None, tr("the year {} is out of range").format(year)
    if not 1 <= month <= 12:
        return None, tr("not a real date: there is no month {}").format(month)
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        return None, tr("not a real date: {month} {year} has {days} days").format(
            month=calendar.month_name[month], year=year, days=last
        )
    return datetime.date(year, month, day).isoformat(), None


def parse_date(value: Any, day_first: bool = True) -> Tuple[Optional[str], Optional[str]]:
    """(ISO date, None), (None, None) for blank, or (None, reason).

    Accepts date objects, ISO text, ``21/01/2008`` (day first unless ``day_first`` is false), two-digit
    years (``21/01/08``; 00–69 are 2000s), month names, an optional time, and Excel serial numbers.
    """
    if value.__class__ is not str:
        value = plain_value(value)
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return _make_date(value.year, value.month, value.day, str(value))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        text = as_text(value)
    else:
        text = as_text(value)
    if _is_blank(text):
        return None, None
    original = text
    text = _TIME.sub("", text.strip())
    match = _ISO.match(text) or _COMPACT.match(text)
    if match:
        return _make_date(int(match.group(1)), int(match.group(2)), int(match.group(3)), original)
    match = _NUMERIC.match(text)
    if match:
        first, second, year = int(match.group(1)), int(match.group(2)), _year(match.group(3))
        day, month = (first, second) if day_first else (second, first)
        iso, error = _make_date(year, month, day, original)
        if error and month > 12 and day <= 12:
            error += tr(" (are the dates {}? set DAY_FIRST accordingly)").format(
                tr("month first") if day_first else tr("day first")
            )
        return iso, error
    match = _DAY_MONTH_NAME.match(text)
    if match and match.group(2).lower() in MONTHS:
        return _make_date(
            _year(match.group(3)), MONTHS[match.group(2).lower()], int(match.group(1)), original
        )
    match = _MONTH_NAME_DAY.match(text)
    if match and match.group(1).lower() in MONTHS:
        return _make_date(int(match.group(3)), MONTHS[match.group(1).lower()], int(match.group(2)), original)
    if _SERIAL.match(text):
        serial = float(text)
        if EXCEL_SERIALS[0] <= serial <= EXCEL_SERIALS[1]:
            return (EXCEL_EPOCH + datetime.timedelta(days=int(serial))).isoformat(), None
    return None, tr("not a date (write dates as dd/mm/yyyy or yyyy-mm-dd)")


_YEAR_LABEL = re.compile(r"^(\d{4})\s*[/\-–_]\s*(\d{4}|\d{2})$")
_SHORT_YEAR_LABEL = re.compile(r"^(\d{2})\s*[/\-–_]\s*(\d{2})$")


def parse_monitoring_year(value: Any) -> Tuple[Optional[str], Optional[str]]:
    """(``2019/20``, None), (None, None) for blank, or (None, reason): 2019/20, 2019/2020, 2019-20, 19/20."""
    text = as_text(value)
    if _is_blank(text):
        return None, None
    match = _YEAR_LABEL.match(text)
    if match:
        start = int(match.group(1))
        end = match.group(2)
        end_year = int(end) if len(end) == 4 else (start // 100) * 100 + int(end)
        if len(end) == 2 and end_year < start:
            end_year += 100
    else:
        match = _SHORT_YEAR_LABEL.match(text)
        if not match:
            return None, tr("not a monitoring year (write it as 2019/20)")
        start = _year(match.group(1))
        end_year = _year(match.group(2))
    if end_year != start + 1:
        return None, tr("not a monitoring year: {} is not the year after {}").format(end_year, start)
    if not MIN_YEAR <= start <= MAX_YEAR:
        return None, tr("the year {} is out of range").format(start)
    return "{}/{:02d}".format(start, (start + 1) % 100), None


_TRUE = {
    "1",
    "y",
    "yes",
    "true",
    "t",
    "brownfield",
    "pdl",
    "previously developed land",
    "deliverable",
    "locked",
}
_FALSE = {"0", "n", "no", "false", "f", "greenfield", "not deliverable", "unlocked"}


def parse_flag(value: Any) -> Tuple[Optional[int], Optional[str]]:
    """(1 or 0, None), (None, None) for blank, or (None, reason): 1/0, yes/no, y/n, true/false."""
    text = as_text(value)
    if _is_blank(text):
        return None, None
    key = " ".join(text.lower().replace("_", " ").split())
    if key in _TRUE:
        return 1, None
    if key in _FALSE:
        return 0, None
    return None, tr("not a yes/no value (1/0, yes/no)")


# -- coded values ---------------------------------------------------------------------------------


def _code_key(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.lower()).split())


_PERMISSION_TYPES = {
    "full": ["full", "ful", "fu", "full planning permission", "full permission", "full application", "fp"],
    "outline": ["outline", "out", "opa", "op", "outline planning permission", "outline permission"],
    "reserved_matters": [
        "reserved matters",
        "reserved matters approval",
        "approval of reserved matters",
        "rm",
        "rem",
        "arm",
        "res",
    ],
    "pip": ["pip", "permission in principle", "pip1", "pip2"],
    "technical_details": ["technical details", "technical details consent", "tdc", "td"],
    "prior_approval": [
        "prior approval",
        "prior notification",
        "pa",
        "pn",
        "pnq",
        "paq",
        "pdq",
        "class q",
        "pd",
    ],
    "s73_variation": [
        "s73",
        "s73 variation",
        "s 73",
        "section 73",
        "variation",
        "variation of condition",
        "variation of conditions",
        "removal or variation of conditions",
        "var",
        "mma",
        "minor material amendment",
    ],
    "other": ["other"],
}
_PERMISSION_PREFIXES = [
    ("full", "full"),
    ("outline", "outline"),
    ("reserved matters", "reserved_matters"),
    ("approval of reserved matters", "reserved_matters"),
    ("permission in principle", "pip"),
    ("technical details", "technical_details"),
    ("prior approval", "prior_approval"),
    ("prior notification", "prior_approval"),
    ("section 73", "s73_variation"),
    ("s73", "s73_variation"),
    ("variation of condition", "s73_variation"),
    ("removal of condition", "s73_variation"),
]
PERMISSION_TYPE_CODES = {
    _code_key(alias): code for code, aliases in _PERMISSION_TYPES.items() for alias in aliases + [code]
}

_COMPLETION_SOURCES = {
    "building_control": [
        "building control",
        "bc",
        "labc",
        "approved inspector",
        "nhbc",
        "completion certificate",
    ],
    "council_tax": ["council tax", "ctax", "ct", "council tax register"],
    "site_visit": ["site visit", "site survey", "survey", "visit", "officer survey"],
    "developer": ["developer", "developer return", "housebuilder", "house builder", "agent"],
    "other": ["other"],
}
COMPLETION_SOURCE_CODES = {
    _code_key(alias): code for code, aliases in _COMPLETION_SOURCES.items() for alias in aliases + [code]
}
TRAJECTORY_SOURCE_CODES = {_code_key(code): code for code in schema.TRAJECTORY_SOURCES}


def permission_type(value: Any) -> Tuple[Optional[str], Optional[str]]:
    """(code, None) for a known type, (None, None) for blank, ('other', warning) for an unknown one."""
    text = as_text(value)
    if _is_blank(text):
        return None, None
    key = _code_key(text)
    code = PERMISSION_TYPE_CODES.get(key)
    if code is None:
        for prefix, prefixed in _PERMISSION_PREFIXES:
            if key.startswith(prefix):
                code = prefixed
                break
    if code is not None:
        return code, None
    return "other", tr("not a permission type the standard knows ({}); kept as 'other'").format(
        ", ".join(schema.PERMISSION_TYPES)
    )


def coded(value: Any, codes: Dict[str, str], fallback: Optional[str], field: str, allowed: Sequence[str]):
    """(code, None), (None, None) for blank, or (fallback, warning) for a value not in ``codes``."""
    text = as_text(value)
    if _is_blank(text):
        return None, None
    code = codes.get(_code_key(text))
    if code is not None:
        return code, None
    if fallback is None:
        return None, tr("not a {field} the standard knows ({allowed}); left empty").format(
            field=field, allowed=", ".join(allowed)
        )
    return fallback, tr("not a {field} the standard knows ({allowed}); kept as '{fallback}'").format(
        field=field, allowed=", ".join(allowed), fallback=fallback
    )


class LpaCodes:
    """The plan's LPAs, recognised by code, name (with or without 'Council'), GSS code or
    planning.data.gov.uk organisation (``local-authority:PLY``)."""

    def __init__(self, lpas: Sequence[dict]):
        self.codes = [str(lpa.get("code")) for lpa in lpas if lpa.get("code")]
        self._lookup = {}  # type: Dict[str, str]
        for lpa in lpas:
            code = lpa.get("code")
            if not code:
                continue
            for alias in (code, lpa.get("gss"), lpa.get("name")):
                if alias:
                    self._lookup[_code_key(str(alias))] = code
            name = _code_key(str(lpa.get("name") or ""))
            short = re.sub(r"\b(city|district|borough|county)?\s*council\b", "", name).strip()
            if short:
                self._lookup[short] = code

    def code(self, value: Any) -> Tuple[Optional[str], Optional[str]]:
        text = as_text(value)
        if _is_blank(text):
            return None, None
        code = self._lookup.get(_code_key(text))
        if code is None and ":" in text:  # a planning.data.gov.uk organisation: local-authority-eng:PLY
            code = self._lookup.get(_code_key(text.rsplit(":", 1)[1]))
        if code is not None:
            return code, None
        return text, tr("not one of the plan's LPAs ({}); kept as given").format(", ".join(self.codes))


# -- generated ids --------------------------------------------------------------------------------


def content_digest(values: Sequence[Any]) -> str:
    """A stable digest of a row's values (the same values give the same digest in every run)."""
    text = "\x1f".join("\x00" if v is None else "{}:{}".format(type(v).__name__, v) for v in values)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def generated_completion_id(content: str, occurrence: int) -> str:
    """``gen-`` and 16 hex digits from the row's content digest and its occurrence number in the
    file (the second identical row is occurrence 2): stable across re-imports of the same file."""
    digest = hashlib.sha1("{}#{}".format(content, occurrence).encode("ascii")).hexdigest()
    return "gen-" + digest[:16]


# -- whole-row rules ------------------------------------------------------------------------------


def net_units_problem(values: Dict[str, Any], columns: Dict[str, str], row: int) -> Optional[Problem]:
    """net_units against units_proposed − units_existing, filling net_units when only they are given."""
    proposed = values.get("units_proposed")
    existing = values.get("units_existing")
    net = values.get("net_units")
    if proposed is None:
        return None
    expected = proposed - (existing or 0)
    if net is None:
        values["net_units"] = expected
        return None
    if existing is None and "units_existing" not in columns:
        # No existing units in the source: net may rightly be below proposed (losses not recorded here).
        return None
    if net != expected:
        return Problem(
            row,
            "net_units",
            columns.get("net_units", "net_units"),
            net,
            tr("disagrees with units_proposed − units_existing = {p} − {e} = {x}").format(
                p=proposed, e=existing or 0, x=expected
            ),
        )
    return None


def completion_period_problem(values: Dict[str, Any], columns: Dict[str, str], row: int) -> Optional[Problem]:
    """A completion needs a date or a monitoring year; when both are given they must agree."""
    from ..monitoring_year import monitoring_year

    day = values.get("completion_date")
    year = values.get("monitoring_year")
    if day is None and year is None:
        return Problem(
            row, "completion_date", "", None, tr("neither a completion date nor a monitoring year is given")
        )
    if day is not None and year is not None and monitoring_year(day) != year:
        return Problem(
            row,
            "monitoring_year",
            columns.get("monitoring_year", "monitoring_year"),
            year,
            tr("the completion date {day} is in monitoring year {actual}, not {given}").format(
                day=day, actual=monitoring_year(day), given=year
            ),
        )
    return None
