"""The five-year basis by the plan's age (DOMAIN.md §1; NPPF: a plan more than five years old).

The plan's age is counted from the later of ``plan_adopted`` and ``plan_review_date`` (a review that
found the plan needs no update restarts the five years). At a base date five or more years after it
(on or after the fifth anniversary; 29 February counts from 28 February):

- ``five_year_basis = auto`` uses local housing need (``lhn``) for the five-year requirement and the
  Housing Delivery Test, and refuses, with what to do, when ``lhn_annual`` is not set; before then
  (or with neither date set) it uses the plan requirement;
- ``five_year_basis = plan`` keeps the plan requirement, and the statement and the Monitoring dock say
  prominently that the plan is more than five years old;
- ``lhn`` is used as set.
"""

import datetime
from typing import NamedTuple, Optional, Tuple

from ..translation import tr
from .periods import MonitoringError
from .settings import MonitoringSettings


class PlanAge(NamedTuple):
    since: Optional[datetime.date]  # the later of adoption and review; None when neither is set
    since_key: str  # "plan_adopted" or "plan_review_date"
    five_years_on: Optional[datetime.date]
    over_five: bool  # the base date is on or after five_years_on
    basis_set: str  # the plan setting: plan, lhn or auto
    basis: str  # the basis used: plan or lhn
    note: str  # what the statement and the dock say about it ("" when nothing needs saying)


def anniversary(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def plan_age(settings: MonitoringSettings, base_date: datetime.date) -> PlanAge:
    """How old the plan is at ``base_date`` and the basis the figures use; MonitoringError for auto
    on an old plan without a local housing need figure."""
    dates = [
        (d, k)
        for d, k in ((settings.plan_adopted, "plan_adopted"), (settings.plan_review_date, "plan_review_date"))
        if d
    ]
    since, key = max(dates) if dates else (None, "")
    on = anniversary(since, 5) if since else None
    over = on is not None and base_date >= on
    set_basis = settings.five_year_basis
    basis = ("lhn" if over else "plan") if set_basis == "auto" else set_basis
    what = tr("adopted") if key == "plan_adopted" else tr("reviewed")
    note = ""
    if over and set_basis == "auto":
        if settings.lhn_annual is None:
            raise MonitoringError(
                tr(
                    "The plan was {what} on {since} and is five years old or more at the base date {base} "
                    "(since {on}): the five-year basis 'auto' then uses local housing need, but plan setting "
                    "'lhn_annual' is not set. Enter the local housing need figure (homes a year) in the plan "
                    "settings, or set 'five_year_basis' to plan."
                ).format(what=what, since=since.isoformat(), base=base_date.isoformat(), on=on.isoformat())
            )
        note = tr(
            "Local housing need basis: the plan was {what} on {since} and has been more than five years old "
            "since {on}, so the five-year requirement and the Housing Delivery Test use local housing need "
            "({lhn:,.0f} homes a year)."
        ).format(what=what, since=since.isoformat(), on=on.isoformat(), lhn=settings.lhn_annual)
    elif over and set_basis == "plan":
        note = tr(
            "The plan is more than five years old: it was {what} on {since}, five years on {on}. National "
            "policy then measures the five-year supply and the Housing Delivery Test against local housing "
            "need, but these figures use the plan requirement (plan setting five_year_basis = plan)."
        ).format(what=what, since=since.isoformat(), on=on.isoformat())
    return PlanAge(since, key, on, over, set_basis, basis, note)


def resolved(settings: MonitoringSettings, base_date: datetime.date) -> Tuple[MonitoringSettings, PlanAge]:
    """The settings with the basis the figures use at ``base_date`` (auto resolved), and the plan's age."""
    age = plan_age(settings, base_date)
    return settings._replace(five_year_basis=age.basis), age
