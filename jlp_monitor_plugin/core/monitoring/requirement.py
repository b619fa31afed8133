"""Progress against the requirement, for the plan, each policy area and each LPA (DOMAIN.md §4).

requirement_to_date = the area's requirement in each plan monitoring year up to the base date, summed:
the flat annual average (total / plan years) times the years elapsed, or the stepped figures where
``stepped_requirement`` sets them. completions_to_date counts net completions in those plan years
(``PLAN``: every completion, wherever it belongs). difference = completions − requirement to date.
"""

from typing import Dict, List, Optional

from .settings import MonitoringSettings

COLUMNS = [
    "area",
    "requirement_total",
    "requirement_to_date",
    "completions_to_date",
    "difference",
    "affordable_requirement_total",
    "affordable_to_date",
]
EXTRA_COLUMNS = ["years_elapsed"]


def years_elapsed(settings: MonitoringSettings, base_year: int) -> List[int]:
    """The plan's monitoring years ending on or before the base date."""
    return [y for y in settings.plan_years if y <= base_year]


def requirement_to_date(settings: MonitoringSettings, area: str, base_year: int) -> Optional[float]:
    figures = [settings.requirement_for_year(area, y) for y in years_elapsed(settings, base_year)]
    if any(f is None for f in figures):
        return None
    return float(sum(figures))


def requirement_rows(
    settings: MonitoringSettings,
    base_year: int,
    net_by_area: Dict[str, int],
    affordable_by_area: Dict[str, int],
) -> List[dict]:
    """One dict per area; ``net_by_area``/``affordable_by_area`` hold plan-period figures to date,
    keyed by PLAN, policy area and LPA codes."""
    rows = []
    elapsed = len(years_elapsed(settings, base_year))
    for area in settings.areas():
        requirement = settings.requirements.get(area)
        total = requirement.total if requirement else None
        to_date = requirement_to_date(settings, area, base_year)
        done = net_by_area.get(area, 0)
        rows.append(
            {
                "area": area,
                "requirement_total": total,
                "requirement_to_date": to_date,
                "completions_to_date": done,
                "difference": None if to_date is None else done - to_date,
                "affordable_requirement_total": requirement.affordable if requirement else None,
                "affordable_to_date": affordable_by_area.get(area, 0),
                "years_elapsed": elapsed,
            }
        )
    return rows
