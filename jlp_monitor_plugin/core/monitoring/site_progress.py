"""Site progress at a base date, per allocation (DOMAIN.md §4).

- capacity: the allocation's homes_capacity.
- permitted: net units of extant or implemented permissions tagged to the site, lineage applied.
- completed: net completions tagged to the site, dated on or before the base date (or in a
  monitoring year up to it).
- under_construction: for permissions on the site, units started minus units completed, never
  below 0 (per lineage: starts and completions recorded on its permissions tagged to the site).
- not_started: max(permitted − completed − under_construction, 0).
- remaining: max(capacity − max(permitted, completed), 0); blank when capacity is blank.
- pct_complete: completed / capacity × 100; blank when capacity is blank or 0.
- flags: over_capacity (completed or permitted > capacity); stalled (permitted > 0, no completion —
  a row of positive units — in the two monitoring years up to the base date, and the earliest
  permission counted in ``permitted`` granted at least two years before the base date);
  no_permission (capacity > 0 and nothing permitted).
"""

import datetime
from typing import Dict, Iterable, List, Optional, Tuple

from .lineage import Lineages, Part
from .periods import add_years, base_year
from .records import Allocation, Completion

OVER_CAPACITY = "over_capacity"
STALLED = "stalled"
NO_PERMISSION = "no_permission"

COLUMNS = [
    "site_ref",
    "site_name",
    "lpa",
    "policy_area",
    "capacity",
    "permitted",
    "completed",
    "under_construction",
    "not_started",
    "remaining",
    "pct_complete",
    "flags",
]


def site_rows(
    allocations: Dict[str, Allocation],
    parts: Iterable[Part],
    completions: Iterable[Completion],
    linked: Dict[Tuple[str, Optional[str]], Dict[str, int]],
    lineages: Lineages,
    base_date: datetime.date,
) -> List[dict]:
    """One dict per allocation, in site_ref order, with COLUMNS (flags as a list)."""
    last_two = {base_year(base_date) - 1, base_year(base_date)}
    two_years_before = add_years(base_date, -2)
    permitted: Dict[str, int] = {}
    earliest: Dict[str, datetime.date] = {}
    for part in parts:
        if part.site_ref is None:
            continue
        permitted[part.site_ref] = permitted.get(part.site_ref, 0) + part.units
        day = lineages.by_ref[part.app_ref].decision_date
        if part.site_ref not in earliest or day < earliest[part.site_ref]:
            earliest[part.site_ref] = day
    completed: Dict[str, int] = {}
    recent: Dict[str, bool] = {}
    for completion in completions:
        if completion.site_ref is None:
            continue
        completed[completion.site_ref] = completed.get(completion.site_ref, 0) + completion.units
        if completion.units > 0 and completion.year in last_two:
            recent[completion.site_ref] = True
    building: Dict[str, int] = {}
    for (_lineage, site), figures in linked.items():
        if site is not None:
            building[site] = building.get(site, 0) + max(figures["started"] - figures["completed"], 0)

    rows = []
    for ref, site in allocations.items():
        capacity = site.capacity
        site_permitted = permitted.get(ref, 0)
        site_completed = completed.get(ref, 0)
        under_construction = building.get(ref, 0)
        flags = []
        if capacity is not None and (site_completed > capacity or site_permitted > capacity):
            flags.append(OVER_CAPACITY)
        if (
            site_permitted > 0
            and not recent.get(ref)
            and ref in earliest
            and earliest[ref] <= two_years_before
        ):
            flags.append(STALLED)
        if capacity is not None and capacity > 0 and site_permitted <= 0:
            flags.append(NO_PERMISSION)
        rows.append(
            {
                "site_ref": ref,
                "site_name": site.site_name,
                "lpa": site.lpa,
                "policy_area": site.policy_area,
                "capacity": capacity,
                "permitted": site_permitted,
                "completed": site_completed,
                "under_construction": under_construction,
                "not_started": max(site_permitted - site_completed - under_construction, 0),
                "remaining": None
                if capacity is None
                else max(capacity - max(site_permitted, site_completed), 0),
                "pct_complete": (site_completed / capacity * 100.0) if capacity else None,
                "flags": flags,
            }
        )
    return rows
