"""The five-year supply bridge (issue 11): from the earlier position's years of supply to the later
one's, as contributions that add up exactly.

Years of supply Y = 5 × S ÷ R, with S = K + L − M (deliverable supply, windfall allowance, lapse
discount) and R = (B + F) × (1 + G ÷ 100) (the five years' requirement, the shortfall added, the
buffer). The bridge changes the inputs from the earlier position's values to the later one's one
group at a time, in a fixed order (sequential substitution), and each contribution is the change in
Y that step makes; the steps telescope, so their sum is the difference exactly (worked in exact
fractions of the figures' own binary values):

1. requirement change — B, the requirement to date C, the basis, the shortfall method, the plan
   years remaining (F worked again with the earlier completions);
2. buffer change — G;
3. completions in the year — completions to date D gains the completions of the monitoring years
   after the earlier base date, and the earlier five years' first years that are now past leave K
   (their homes were expected then, and are now counted as completions or not at all);
4. late or corrected completions — the rest of D's change: completions added (notified late),
   removed or re-tagged in years the earlier position already covered;
5. new permissions — permission lineages granted since the earlier base date (none of their
   permissions decided by then): K gains their deliverable homes in the later five years, less any
   the earlier position already counted for them in the years both periods share (an officer's
   rows entered ahead of the decision); a new permission on an allocated site changes the site's
   trajectory instead (step 7);
6. lapses — lineages with a live permission then and none now (lapsed, or gone): K loses their
   deliverable homes the earlier position counted in the years both periods share (less any the
   later one still counts);
7. trajectory revisions — the rest of K's change: officers' revisions, sites' build-out, the new
   fifth year;
8. windfall — L;
9. lapse discount — M.

Shown to two decimals, the contributions are rounded so that they add up to the published
difference (each figure's years to two decimals), the largest remainders taking the odd hundredth.
"""

from fractions import Fraction
from typing import Any, Dict, List, NamedTuple, Optional, Set, Tuple

from .translation import tr

LIVE = ("extant", "implemented")
NOT_GRANTED = "not granted"


class BridgeStep(NamedTuple):
    key: str
    label: str
    years: float  # the exact contribution (as a float)
    shown: float  # rounded to 0.01, the shown steps adding up to the published difference
    supply_homes: float  # the change in total supply (S) the step makes
    requirement_homes: float  # the change in the five-year requirement (R) the step makes


class Bridge(NamedTuple):
    from_years: Optional[float]
    to_years: Optional[float]
    steps: List[BridgeStep]

    def rows(self) -> List[Dict[str, Any]]:
        out = [{"component": tr("Years of supply, earlier position"), "years": self.from_years}]
        out += [
            {
                "component": s.label,
                "years": s.shown,
                "supply_homes": s.supply_homes,
                "requirement_homes": s.requirement_homes,
                "exact_years": s.years,
            }
            for s in self.steps
        ]
        out.append({"component": tr("Years of supply, later position"), "years": self.to_years})
        return out

    def chart_args(self) -> tuple:
        """``core.charts.paint_waterfall``'s arguments after the painter and rectangle."""
        steps = [(s.label, s.shown) for s in self.steps]
        return (
            (tr("Before"), self.from_years),
            steps,
            (tr("After"), self.to_years),
            tr("Five-year supply bridge (years)"),
        )


def labels() -> Dict[str, str]:
    return {
        "requirement": tr("Requirement change"),
        "buffer": tr("Buffer change"),
        "completions_in_year": tr("Completions in the year"),
        "late_completions": tr("Late or corrected completions"),
        "new_permissions": tr("New permissions"),
        "lapses": tr("Lapsed permissions"),
        "trajectory": tr("Trajectory revisions"),
        "windfall": tr("Windfall allowance"),
        "lapse_discount": tr("Lapse discount"),
    }


def _f(value) -> Fraction:
    return Fraction(float(value or 0))


def _component(basis: str, method: str, remaining: int, c: Fraction, d: Fraction) -> Fraction:
    shortfall = max(c - d, Fraction(0)) if basis == "plan" else Fraction(0)
    if method == "liverpool" and remaining > 5:
        return shortfall * 5 / remaining
    return shortfall


def _lineages(result) -> Dict[str, str]:
    """app_ref: lineage root."""
    frame = result.permissions
    return dict(zip(frame["app_ref"], frame["lineage"]))


def _granted_lineages(result) -> Set[str]:
    """Lineages with a permission decided by the base date (the store holds later ones too)."""
    frame = result.permissions
    return {lineage for lineage, status in zip(frame["lineage"], frame["status"]) if status != NOT_GRANTED}


def _live_lineages(result) -> Set[str]:
    frame = result.permissions
    return {lineage for lineage, status in zip(frame["lineage"], frame["status"]) if status in LIVE}


def _deliverable(result, years, lineages: Optional[Set[str]] = None) -> Fraction:
    """Deliverable trajectory homes in ``years``, of the rows of ``lineages`` (None: every row)."""
    roots = _lineages(result)
    total = Fraction(0)
    frame = result.trajectory
    for app_ref, year, units, flag in zip(
        frame["app_ref"], frame["year"], frame["units"], frame["deliverable"]
    ):
        if flag != 1 or int(year) not in years:
            continue
        if lineages is not None and roots.get(app_ref) not in lineages:
            continue
        total += int(units)
    return total


def _plan_completions_after(result, year: int) -> Fraction:
    frame = result.completions
    return Fraction(
        sum(
            int(u)
            for u, y, p in zip(frame["units"], frame["year"], frame["in_plan_period"])
            if p and int(y) > year
        )
    )


def _hundredths(exact: List[Fraction], target: int) -> List[int]:
    """Each exact value in whole hundredths, adding up to ``target`` (largest remainders first)."""
    scaled = [x * 100 for x in exact]
    floors = [int(x // 1) for x in scaled]
    left = target - sum(floors)
    order = sorted(range(len(exact)), key=lambda i: scaled[i] - floors[i], reverse=left > 0)
    i = 0
    while left != 0 and order:
        floors[order[i % len(order)]] += 1 if left > 0 else -1
        left += -1 if left > 0 else 1
        i += 1
    return floors


def supply_bridge(earlier, later) -> Bridge:
    """The bridge from ``earlier`` to ``later`` (MonitoringResults). Raises ValueError when either has
    no years of supply (a five-year requirement of nothing)."""
    a, b = earlier.supply, later.supply
    if not a.five_year_requirement or not b.five_year_requirement:
        raise ValueError(tr("The years of supply are not defined at both dates (no five-year requirement)."))
    state = {
        "B": _f(a.five_year_base),
        "C": _f(a.requirement_to_date),
        "D": _f(a.completions_to_date),
        "basis": a.basis,
        "method": a.method,
        "remaining": a.remaining_plan_years,
        "G": _f(a.buffer_pct),
        "K": _f(a.deliverable_supply),
        "L": _f(a.windfall_allowance),
        "M": _f(a.lapse_discount),
    }

    def requirement(s) -> Fraction:
        return (s["B"] + _component(s["basis"], s["method"], s["remaining"], s["C"], s["D"])) * (
            1 + s["G"] / 100
        )

    def supply(s) -> Fraction:
        return s["K"] + s["L"] - s["M"]

    def years(s) -> Fraction:
        return 5 * supply(s) / requirement(s)

    window_a, window_b = set(a.years), set(b.years)
    passed = {y for y in window_a if y < min(window_b)}
    shared = window_a & window_b
    in_year = _plan_completions_after(later, earlier.base_year)
    new_lineages = _granted_lineages(later) - _granted_lineages(earlier)
    lapsed = _live_lineages(earlier) - _live_lineages(later)
    # What the lineages bring to K: their later five years' homes less what the earlier position
    # already counted of them in the years both periods share (its past years left at step 3).
    new_homes = _deliverable(later, window_b, new_lineages) - _deliverable(earlier, shared, new_lineages)
    lapsed_homes = _deliverable(later, window_b, lapsed) - _deliverable(earlier, shared, lapsed)
    changes = [
        (
            "requirement",
            {
                "B": _f(b.five_year_base),
                "C": _f(b.requirement_to_date),
                "basis": b.basis,
                "method": b.method,
                "remaining": b.remaining_plan_years,
            },
        ),
        ("buffer", {"G": _f(b.buffer_pct)}),
        ("completions_in_year", {"D": state["D"] + in_year, "K": state["K"] - _deliverable(earlier, passed)}),
        ("late_completions", {"D": _f(b.completions_to_date)}),
        ("new_permissions", {"K": None}),  # K + new_homes, worked when the step is taken
        ("lapses", {"K": None}),
        ("trajectory", {"K": _f(b.deliverable_supply)}),
        ("windfall", {"L": _f(b.windfall_allowance)}),
        ("lapse_discount", {"M": _f(b.lapse_discount)}),
    ]
    names = labels()
    exact: List[Fraction] = []
    moved: List[Tuple[Fraction, Fraction]] = []
    for key, values in changes:
        before_y, before_s, before_r = years(state), supply(state), requirement(state)
        if key == "new_permissions":
            values = {"K": state["K"] + new_homes}
        elif key == "lapses":
            values = {"K": state["K"] + lapsed_homes}
        state.update(values)
        exact.append(years(state) - before_y)
        moved.append((supply(state) - before_s, requirement(state) - before_r))
    published = round(100 * (b.years_supply or 0)) - round(100 * (a.years_supply or 0))
    shown = _hundredths(exact, published)
    steps = [
        BridgeStep(key, names[key], float(x), s / 100.0, float(m[0]), float(m[1]))
        for (key, _v), x, s, m in zip(changes, exact, shown, moved)
    ]
    return Bridge(a.years_supply, b.years_supply, steps)
