"""The five-year housing land supply (DOMAIN.md §5), with every step a statement sets out.

- annual requirement: basis ``plan`` (plan requirement / plan years; with a stepped requirement, the
  five years' stepped figures ÷ 5) or ``lhn`` (``lhn_annual``).
- shortfall (plan basis only) = max(requirement to date − completions to date, 0). ``sedgefield``
  adds all of it; ``liverpool`` adds shortfall × 5 / remaining plan years (all of it when five or
  fewer plan years remain, as the whole shortfall then falls due within the five years).
- buffer: ``auto`` is 20% when the HDT is below 85%, else 5%; or the set percentage.
- five_year_requirement = (annual × 5 + shortfall component) × (1 + buffer).
- supply = deliverable trajectory units in the five monitoring years after the base date
  + windfall allowance (units a year × the years 1–5 in ``windfall_years``)
  − lapse discount (``lapse_rate_pct`` of not-started units on small sites — lineages of fewer than
  ``small_site_threshold`` net units — with extant permission).
- years_supply = supply / (five_year_requirement / 5), rounded to two decimals; nothing else rounded.
"""

import datetime
from typing import Dict, List, NamedTuple, Optional

from ..translation import tr
from .hdt import annual_required
from .periods import label
from .settings import PLAN, MonitoringSettings

COLUMNS = [
    "basis",
    "annual_requirement",
    "shortfall",
    "method",
    "buffer_pct",
    "five_year_requirement",
    "deliverable_supply",
    "windfall_allowance",
    "lapse_discount",
    "total_supply",
    "years_supply",
]
EXTRA_COLUMNS = [
    "base_date",
    "five_year_period",
    "shortfall_component",
    "buffer_units",
    "hdt_pct",
    "small_site_not_started",
    "surplus",
]


class FiveYearSupply(NamedTuple):
    base_date: datetime.date
    years: List[int]  # the five monitoring years after the base date
    basis: str
    annual_requirement: float
    five_year_base: float  # annual × 5 (or the five stepped figures)
    requirement_to_date: float
    completions_to_date: int
    shortfall: float
    method: str
    remaining_plan_years: int
    shortfall_component: float
    buffer_pct: float
    buffer_is_auto: bool
    hdt_pct: Optional[float]
    buffer_units: float
    five_year_requirement: float
    deliverable_supply: float
    windfall_per_year: float
    windfall_years: List[int]  # years 1–5 the allowance applies to
    windfall_allowance: float
    small_site_not_started: int
    lapse_rate_pct: float
    lapse_discount: float
    total_supply: float
    years_supply: Optional[float]
    basis_note: str = ""  # the plan's age, when it matters to the basis (plan_age.py)

    @property
    def surplus(self) -> float:
        """Total supply − five-year requirement (negative: a shortfall of deliverable land)."""
        return self.total_supply - self.five_year_requirement

    @property
    def period(self) -> str:
        return "{}-{}".format(label(self.years[0]), label(self.years[-1]))

    def row(self) -> dict:
        return {
            "basis": self.basis,
            "annual_requirement": self.annual_requirement,
            "shortfall": self.shortfall,
            "method": self.method,
            "buffer_pct": self.buffer_pct,
            "five_year_requirement": self.five_year_requirement,
            "deliverable_supply": self.deliverable_supply,
            "windfall_allowance": self.windfall_allowance,
            "lapse_discount": self.lapse_discount,
            "total_supply": self.total_supply,
            "years_supply": self.years_supply,
            "base_date": self.base_date.isoformat(),
            "five_year_period": self.period,
            "shortfall_component": self.shortfall_component,
            "buffer_units": self.buffer_units,
            "hdt_pct": self.hdt_pct,
            "small_site_not_started": self.small_site_not_started,
            "surplus": self.surplus,
        }

    def statement(self) -> List[dict]:
        """The calculation as a statement sets it out: step, label, value, working."""
        basis_working = (
            tr("local housing need, {:,.0f} a year").format(self.annual_requirement)
            if self.basis == "lhn"
            else tr("plan requirement for {}, ÷ 5").format(self.period)
        )
        if self.method == "liverpool":
            component_working = tr("Liverpool: shortfall {:,.1f} × 5 ÷ {} remaining plan years").format(
                self.shortfall, self.remaining_plan_years
            )
        else:
            component_working = tr("Sedgefield: all of the shortfall in the five years")
        if self.buffer_is_auto:
            if self.hdt_pct is None:
                buffer_working = tr("automatic: HDT not measured, so 5%")
            else:
                buffer_working = tr("automatic: HDT {:.1f}% ({} 85%)").format(
                    self.hdt_pct, "<" if self.hdt_pct < 85 else "≥"
                )
        else:
            buffer_working = tr("set in the plan settings")
        steps = [
            ("A", tr("Annual requirement"), self.annual_requirement, basis_working),
            ("B", tr("Five-year requirement before shortfall and buffer"), self.five_year_base, "A × 5"),
            ("C", tr("Requirement to date"), self.requirement_to_date, tr("plan years up to the base date")),
            (
                "D",
                tr("Net completions to date"),
                self.completions_to_date,
                tr("plan years up to the base date"),
            ),
            ("E", tr("Shortfall"), self.shortfall, tr("max(C − D, 0); none on the lhn basis")),
            ("F", tr("Shortfall added to the five years"), self.shortfall_component, component_working),
            ("G", tr("Buffer (%)"), self.buffer_pct, buffer_working),
            ("H", tr("Buffer (homes)"), self.buffer_units, "(B + F) × G ÷ 100"),
            ("I", tr("Five-year requirement"), self.five_year_requirement, "B + F + H"),
            (
                "J",
                tr("Annual requirement with shortfall and buffer"),
                self.five_year_requirement / 5,
                "I ÷ 5",
            ),
            (
                "K",
                tr("Deliverable supply"),
                self.deliverable_supply,
                tr("deliverable trajectory units, {}").format(self.period),
            ),
            (
                "L",
                tr("Small-sites windfall allowance"),
                self.windfall_allowance,
                tr("{:,.0f} a year × {} years ({})").format(
                    self.windfall_per_year,
                    len(self.windfall_years),
                    ", ".join(str(y) for y in self.windfall_years) or "-",
                ),
            ),
            (
                "M",
                tr("Lapse discount"),
                self.lapse_discount,
                tr("{:g}% of {:,} not-started units on small sites").format(
                    self.lapse_rate_pct, self.small_site_not_started
                ),
            ),
            ("N", tr("Total supply"), self.total_supply, "K + L − M"),
            ("O", tr("Years of supply"), self.years_supply, "N ÷ J"),
            ("P", tr("Surplus (shortfall if negative)"), self.surplus, "N − I"),
        ]
        return [
            {"step": s, "label": text, "value": value, "working": working}
            for s, text, value, working in steps
        ]


def buffer_for(settings: MonitoringSettings, hdt_pct: Optional[float]) -> float:
    if settings.buffer_pct == "auto":
        return 20.0 if hdt_pct is not None and hdt_pct < 85 else 5.0
    return float(settings.buffer_pct)


def five_year_supply(
    settings: MonitoringSettings,
    base_date: datetime.date,
    requirement_to_date: float,
    completions_to_date: int,
    hdt_pct: Optional[float],
    deliverable_by_year: Dict[int, float],
    small_site_not_started: int,
) -> FiveYearSupply:
    """``requirement_to_date`` and ``completions_to_date``: the plan's, in plan years to the base date;
    ``deliverable_by_year``: deliverable trajectory units by monitoring year."""
    first = base_date.year  # the monitoring year starting the day after the base date
    years = list(range(first, first + 5))
    five_year_base = float(sum(annual_required(settings, y) or 0.0 for y in years))
    if settings.five_year_basis == "plan" and not settings.stepped.get(PLAN):
        five_year_base = (settings.flat_annual(PLAN) or 0.0) * 5
    annual = five_year_base / 5
    if settings.five_year_basis == "plan":
        shortfall = max(requirement_to_date - completions_to_date, 0.0)
    else:
        shortfall = 0.0  # local housing need already looks forward
    remaining = len([y for y in settings.plan_years if y >= first])
    if settings.shortfall_method == "liverpool" and remaining > 5:
        component = shortfall * 5 / remaining
    else:
        component = shortfall
    buffer_pct = buffer_for(settings, hdt_pct)
    subtotal = five_year_base + component
    buffer_units = subtotal * buffer_pct / 100.0
    requirement = subtotal + buffer_units
    deliverable = float(sum(deliverable_by_year.get(y, 0) for y in years))
    windfall_years = [y for y in settings.windfall_years if 1 <= y <= 5]
    windfall = settings.windfall_allowance_per_year * len(windfall_years)
    lapse = small_site_not_started * settings.lapse_rate_pct / 100.0
    total = deliverable + windfall - lapse
    years_supply = round(total / (requirement / 5), 2) if requirement > 0 else None
    return FiveYearSupply(
        base_date=base_date,
        years=years,
        basis=settings.five_year_basis,
        annual_requirement=annual,
        five_year_base=five_year_base,
        requirement_to_date=requirement_to_date,
        completions_to_date=completions_to_date,
        shortfall=shortfall,
        method=settings.shortfall_method,
        remaining_plan_years=remaining,
        shortfall_component=component,
        buffer_pct=buffer_pct,
        buffer_is_auto=settings.buffer_pct == "auto",
        hdt_pct=hdt_pct,
        buffer_units=buffer_units,
        five_year_requirement=requirement,
        deliverable_supply=deliverable,
        windfall_per_year=settings.windfall_allowance_per_year,
        windfall_years=windfall_years,
        windfall_allowance=windfall,
        small_site_not_started=small_site_not_started,
        lapse_rate_pct=settings.lapse_rate_pct,
        lapse_discount=lapse,
        total_supply=total,
        years_supply=years_supply,
    )
