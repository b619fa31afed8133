"""Monitoring years (1 April to 31 March, written ``2023/24``) and base dates (DOMAIN.md §2)."""

import datetime
from typing import Any, Optional, Union

DateLike = Union[datetime.date, str]


def as_date(value: DateLike) -> datetime.date:
    """A date from a date or an ISO ``YYYY-MM-DD`` text."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value)[:10])


def date_or_none(value: Any) -> Optional[datetime.date]:
    """``as_date`` of a stored value, or None when it is blank or not a date."""
    if value in (None, ""):
        return None
    try:
        return as_date(value)
    except (TypeError, ValueError):
        return None


def monitoring_year(value: DateLike) -> str:
    """The monitoring year a date falls in: 31 March 2024 → ``2023/24``; 1 April 2024 → ``2024/25``."""
    day = as_date(value)
    start = day.year if day.month >= 4 else day.year - 1
    return "{}/{:02d}".format(start, (start + 1) % 100)


def year_start(label: str) -> int:
    """The calendar year a monitoring year starts in (``2023/24`` → 2023)."""
    return int(label.split("/")[0])


def latest_base_date(today: DateLike) -> datetime.date:
    """The latest 31 March on or before ``today``: the default base date."""
    day = as_date(today)
    year = day.year if (day.month, day.day) >= (3, 31) else day.year - 1
    return datetime.date(year, 3, 31)
