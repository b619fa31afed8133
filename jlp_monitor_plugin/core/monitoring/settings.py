"""The plan settings monitoring reads (SPEC.md's plan_settings keys), checked once, with clear errors.

Default build-out of the trajectory (keys added to the ``jlp`` preset for it):

- ``trajectory_size_thresholds``: ``{"medium": 50, "large": 500}`` — a site (or windfall permission)
  holding at least 50 homes is medium, at least 500 large, otherwise small.
- ``trajectory_lead_in_years``: ``{"small": 1, "medium": 2, "large": 3}`` — whole monitoring years
  after the base date before the first completion, for a site where building has not started (a site
  with a start or a completion recorded has no lead-in).
- ``trajectory_build_out_rates``: ``{"small": 25, "medium": 50, "large": 100}`` — homes a year.
"""

import datetime
from typing import Any, Dict, List, NamedTuple, Optional, Union

from ..plan_settings import PlanSettings
from ..translation import tr
from .periods import MonitoringError, as_date, year_of, year_of_label

PLAN = "PLAN"
SIZES = ("small", "medium", "large")
BASES = ("plan", "lhn", "auto")  # auto: chosen by the plan's age at the base date (plan_age.py)
SHORTFALL_METHODS = ("sedgefield", "liverpool")


class Requirement(NamedTuple):
    total: Optional[float]
    affordable: Optional[float]


class MonitoringSettings(NamedTuple):
    plan_start: datetime.date
    plan_end: datetime.date
    first_year: int  # monitoring years of the plan period, by the year they start
    last_year: int
    lpas: List[str]
    policy_areas: List[str]
    requirements: Dict[str, Requirement]
    stepped: Dict[str, Dict[int, float]]
    lhn_annual: Optional[float]
    five_year_basis: str
    shortfall_method: str
    buffer_pct: Union[str, float]  # "auto" or a percentage
    windfall_allowance_per_year: float
    windfall_years: List[int]
    lapse_rate_pct: float
    small_site_threshold: float
    trajectory_defaults: bool
    default_expiry_years: int
    size_thresholds: Dict[str, float]
    lead_in_years: Dict[str, int]
    build_out_rates: Dict[str, float]
    plan_adopted: Optional[datetime.date] = None
    plan_review_date: Optional[datetime.date] = None
    evidence_max_age_months: int = 12  # NPPF Annex 2: how old clear evidence may be at the base date

    @property
    def plan_years(self) -> List[int]:
        return list(range(self.first_year, self.last_year + 1))

    def in_plan(self, year: int) -> bool:
        return self.first_year <= year <= self.last_year

    def areas(self) -> List[str]:
        """PLAN, the policy areas, the LPAs, then any other area a requirement is set for."""
        out = [PLAN] + [a for a in self.policy_areas if a != PLAN]
        out += [a for a in self.lpas if a not in out]
        out += sorted(a for a in self.requirements if a not in out)
        return out

    def flat_annual(self, area: str) -> Optional[float]:
        """The plan requirement spread evenly: total / plan years (26,700 / 20 = 1,335)."""
        requirement = self.requirements.get(area)
        if requirement is None or requirement.total is None:
            return None
        return requirement.total / len(self.plan_years)

    def requirement_for_year(self, area: str, year: int) -> Optional[float]:
        """An area's requirement in one monitoring year: the stepped figure where one is set for that
        year, otherwise the flat annual average."""
        stepped = self.stepped.get(area)
        if stepped and year in stepped:
            return stepped[year]
        return self.flat_annual(area)

    def size(self, homes: float) -> str:
        if homes >= self.size_thresholds["large"]:
            return "large"
        if homes >= self.size_thresholds["medium"]:
            return "medium"
        return "small"


def _number(key: str, value: Any, allow_none: bool = False) -> Optional[float]:
    if value is None or (isinstance(value, str) and not value.strip()):
        if allow_none:
            return None
        raise MonitoringError(tr("Plan setting '{}' is empty; it needs a number.").format(key))
    if isinstance(value, bool):
        raise MonitoringError(tr("Plan setting '{}' is {}; it needs a number.").format(key, value))
    try:
        return float(value)
    except (TypeError, ValueError):
        raise MonitoringError(
            tr("Plan setting '{}' is '{}'; it needs a number.").format(key, value)
        ) from None


def _codes(items: Any) -> List[str]:
    out = []
    for item in items or []:
        code = item.get("code") if isinstance(item, dict) else item
        if code:
            out.append(str(code))
    return out


def _by_size(key: str, value: Any) -> Dict[str, float]:
    if not isinstance(value, dict) or any(size not in value for size in SIZES):
        raise MonitoringError(
            tr("Plan setting '{}' must give small, medium and large, e.g. {}.").format(
                key, '{"small": 25, "medium": 50, "large": 100}'
            )
        )
    return {size: _number(key, value[size]) for size in SIZES}


def _stepped(value: Any) -> Dict[str, Dict[int, float]]:
    if not value:
        return {}
    if not isinstance(value, dict):
        raise MonitoringError(
            tr("Plan setting 'stepped_requirement' must map areas to {monitoring year: homes}.")
        )
    out = {}
    for area, years in value.items():
        if not years:
            continue
        if not isinstance(years, dict):
            raise MonitoringError(
                tr("Plan setting 'stepped_requirement' for {} must map monitoring years to homes.").format(
                    area
                )
            )
        steps = {}
        for text, units in years.items():
            year = year_of_label(text)
            if year is None:
                raise MonitoringError(
                    tr(
                        "Plan setting 'stepped_requirement' for {}: '{}' is not a monitoring year (2023/24)."
                    ).format(area, text)
                )
            steps[year] = _number("stepped_requirement", units)
        out[str(area)] = steps
    return out


def _buffer(value: Any) -> Union[str, float]:
    if isinstance(value, str) and value.strip().lower() == "auto":
        return "auto"
    return _number("buffer_pct", value)


def _bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes")
    return bool(value)


def read_settings(settings: PlanSettings) -> MonitoringSettings:
    """Monitoring settings from a store's plan settings (absent keys fall back to the preset)."""
    try:
        start = as_date(settings["plan_start"])
        end = as_date(settings["plan_end"])
    except (TypeError, ValueError):
        raise MonitoringError(
            tr("Plan settings 'plan_start' and 'plan_end' must be dates (YYYY-MM-DD).")
        ) from None
    if end <= start:
        raise MonitoringError(tr("Plan setting 'plan_end' must come after 'plan_start'."))
    requirements = {}
    for area, value in (settings.get("requirements") or {}).items():
        value = value if isinstance(value, dict) else {"total": value}
        requirements[str(area)] = Requirement(
            _number("requirements", value.get("total"), allow_none=True),
            _number("requirements", value.get("affordable"), allow_none=True),
        )
    basis = str(settings["five_year_basis"] or "plan").strip().lower()
    if basis not in BASES:
        raise MonitoringError(
            tr("Plan setting 'five_year_basis' is '{}'; use plan, lhn or auto.").format(basis)
        )
    method = str(settings["shortfall_method"] or "sedgefield").strip().lower()
    if method not in SHORTFALL_METHODS:
        raise MonitoringError(
            tr("Plan setting 'shortfall_method' is '{}'; use sedgefield or liverpool.").format(method)
        )
    windfall_years = settings["windfall_years"] or []
    if not isinstance(windfall_years, list):
        windfall_years = [windfall_years]
    thresholds = settings["trajectory_size_thresholds"]
    if not isinstance(thresholds, dict) or "medium" not in thresholds or "large" not in thresholds:
        raise MonitoringError(
            tr("Plan setting 'trajectory_size_thresholds' must give medium and large, e.g. {}.").format(
                '{"medium": 50, "large": 500}'
            )
        )
    return MonitoringSettings(
        plan_start=start,
        plan_end=end,
        first_year=year_of(start),
        last_year=year_of(end),
        lpas=_codes(settings["lpas"]),
        policy_areas=_codes(settings["policy_areas"]),
        requirements=requirements,
        stepped=_stepped(settings["stepped_requirement"]),
        lhn_annual=_number("lhn_annual", settings["lhn_annual"], allow_none=True),
        five_year_basis=basis,
        shortfall_method=method,
        buffer_pct=_buffer(settings["buffer_pct"]),
        windfall_allowance_per_year=_number(
            "windfall_allowance_per_year", settings["windfall_allowance_per_year"]
        ),
        windfall_years=sorted({int(_number("windfall_years", y)) for y in windfall_years}),
        lapse_rate_pct=_number("lapse_rate_pct", settings["lapse_rate_pct"]),
        small_site_threshold=_number("small_site_threshold", settings["small_site_threshold"]),
        trajectory_defaults=_bool(settings["trajectory_defaults"]),
        default_expiry_years=int(_number("default_expiry_years", settings["default_expiry_years"])),
        size_thresholds={
            "medium": _number("trajectory_size_thresholds", thresholds["medium"]),
            "large": _number("trajectory_size_thresholds", thresholds["large"]),
        },
        lead_in_years={
            k: int(v)
            for k, v in _by_size("trajectory_lead_in_years", settings["trajectory_lead_in_years"]).items()
        },
        build_out_rates=_by_size("trajectory_build_out_rates", settings["trajectory_build_out_rates"]),
        plan_adopted=_optional_date("plan_adopted", settings.get("plan_adopted")),
        plan_review_date=_optional_date("plan_review_date", settings.get("plan_review_date")),
        evidence_max_age_months=int(
            _number("evidence_max_age_months", settings.get("evidence_max_age_months", 12))
        ),
    )


def _optional_date(key: str, value: Any) -> Optional[datetime.date]:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return as_date(value)
    except (TypeError, ValueError):
        raise MonitoringError(
            tr("Plan setting '{}' is '{}'; it must be a date (YYYY-MM-DD).").format(key, value)
        ) from None
