"""The Housing Delivery Test (DOMAIN.md §6).

HDT % = net homes delivered in the last three monitoring years up to the base date (those in the plan
period) ÷ homes required in them × 100, the requirement on the same basis as the five-year supply
(``plan``: each year's plan requirement, flat or stepped; ``lhn``: the local housing need figure).

Consequences, thresholds exact and on the unrounded percentage; each includes those above it:
below 95 "action plan", below 85 "20% buffer", below 75 "presumption in favour of sustainable
development"; otherwise "none".
"""

from typing import Dict, List, NamedTuple, Optional

from ..translation import tr
from .periods import MonitoringError, label
from .settings import PLAN, MonitoringSettings

COLUMNS = ["monitoring_years", "required", "delivered", "hdt_pct", "consequence"]

NONE = "none"
ACTION_PLAN = "action plan"
BUFFER_20 = "20% buffer"
PRESUMPTION = "presumption in favour of sustainable development"
NOT_MEASURED = "not measured"


def consequence(pct: Optional[float]) -> str:
    if pct is None:
        return NOT_MEASURED
    if pct < 75:
        return PRESUMPTION
    if pct < 85:
        return BUFFER_20
    if pct < 95:
        return ACTION_PLAN
    return NONE


def annual_required(settings: MonitoringSettings, year: int) -> Optional[float]:
    """The requirement in one year on the five-year supply's basis."""
    if settings.five_year_basis == "lhn":
        if settings.lhn_annual is None:
            raise MonitoringError(
                tr(
                    "Plan setting 'five_year_basis' is lhn but 'lhn_annual' is not set; enter the local "
                    "housing need figure."
                )
            )
        return settings.lhn_annual
    return settings.requirement_for_year(PLAN, year)


class Hdt(NamedTuple):
    years: List[int]
    required_by_year: Dict[int, float]
    delivered_by_year: Dict[int, int]
    required: float
    delivered: int
    pct: Optional[float]
    consequence: str

    @property
    def monitoring_years(self) -> str:
        return ";".join(label(y) for y in self.years)

    def row(self) -> dict:
        return {
            "monitoring_years": self.monitoring_years,
            "required": self.required,
            "delivered": self.delivered,
            "hdt_pct": self.pct,
            "consequence": self.consequence,
        }

    def year_rows(self) -> List[dict]:
        return [
            {
                "monitoring_year": label(y),
                "required": self.required_by_year[y],
                "delivered": self.delivered_by_year.get(y, 0),
            }
            for y in self.years
        ]


def housing_delivery_test(settings: MonitoringSettings, base_year: int, net_by_year: Dict[int, int]) -> Hdt:
    """``net_by_year``: plan-wide net completions by monitoring year."""
    years = [y for y in (base_year - 2, base_year - 1, base_year) if settings.in_plan(y)]
    required_by_year = {y: annual_required(settings, y) for y in years}
    if any(v is None for v in required_by_year.values()):
        raise MonitoringError(
            tr("The plan has no total requirement ('requirements' PLAN) to test delivery against.")
        )
    delivered_by_year = {y: net_by_year.get(y, 0) for y in years}
    required = float(sum(required_by_year.values()))
    delivered = int(sum(delivered_by_year.values()))
    pct = delivered / required * 100.0 if required > 0 else None
    return Hdt(years, required_by_year, delivered_by_year, required, delivered, pct, consequence(pct))
