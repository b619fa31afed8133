"""Monitoring years, base dates and the plan period (DOMAIN.md §2), as whole years.

A monitoring year is held as the calendar year it starts in: ``2023`` is ``2023/24``, 1 April 2023 to
31 March 2024. A base date is the 31 March a position is taken at; the monitoring year it closes is
``base_year(base_date)``.
"""

import datetime
import re
from typing import Optional, Union

from ..monitoring_year import as_date, latest_base_date, monitoring_year
from ..translation import tr

DateLike = Union[datetime.date, str]
_LABEL = re.compile(r"^\s*(\d{4})(?:\s*[/-]\s*(\d{2}|\d{4}))?\s*$")


class MonitoringError(ValueError):
    """Figures that cannot be computed as asked, with a message an officer can act on."""


def parse_base_date(value: Optional[DateLike] = None, today: Optional[DateLike] = None) -> datetime.date:
    """The base date: ``value`` (a date or ISO text) or, when empty, the latest 31 March on or before
    ``today``. Raises MonitoringError unless it is a real 31 March."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return latest_base_date(today or datetime.date.today())
    try:
        day = as_date(value.strip() if isinstance(value, str) else value)
    except (TypeError, ValueError):
        raise MonitoringError(
            tr("Base date '{}' is not a date; give it as YYYY-MM-DD, e.g. 2025-03-31.").format(value)
        ) from None
    if (day.month, day.day) != (3, 31):
        raise MonitoringError(
            tr(
                "Base date {} is not a 31 March; a position is taken at the end of a monitoring year "
                "(1 April to 31 March), e.g. {}."
            ).format(day.isoformat(), latest_base_date(day).isoformat())
        )
    return day


def base_year(base_date: datetime.date) -> int:
    """The monitoring year a base date closes: 31 March 2025 → 2024 (``2024/25``)."""
    return base_date.year - 1


def year_of(day: datetime.date) -> int:
    """The monitoring year (by its start) a date falls in: 31 March 2024 → 2023, 1 April 2024 → 2024."""
    return day.year if day.month >= 4 else day.year - 1


def label(year: int) -> str:
    """``2023`` → ``2023/24``."""
    return monitoring_year(datetime.date(year, 4, 1))


def year_of_label(text: object) -> Optional[int]:
    """The start year of a written monitoring year: ``2023/24``, ``2023/2024``, ``2023-24`` or ``2023``.

    None when the text is not one, or its two years do not follow each other.
    """
    if text is None:
        return None
    match = _LABEL.match(str(text))
    if not match:
        return None
    start = int(match.group(1))
    end = match.group(2)
    if end is not None and int(end) % (100 if len(end) == 2 else 10000) != (start + 1) % (
        100 if len(end) == 2 else 10000
    ):
        return None
    return start


def year_end(year: int) -> datetime.date:
    """The last day of a monitoring year: 2023 → 31 March 2024."""
    return datetime.date(year + 1, 3, 31)


def add_years(day: datetime.date, years: int) -> datetime.date:
    """The same day ``years`` later (29 February → 28 February in a common year)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
