"""Text alternatives of the report's maps and charts: what each picture shows, in words and figures,
made from the same figures the picture is drawn from (WCAG 2.2 1.1.1 "Non-text content" and 1.4.1
"Use of colour": a reader who cannot see the picture, or its colours, learns what it says).

Every <img> of a report takes its ``alt`` from here (``Image.alt``): the trajectory chart gives its
years and headline numbers, the completions chart each council's total, a map the area it shows,
what is shaded and how many sites are in each shade.
"""

from collections import OrderedDict
from typing import Any, Dict, List, Optional, Sequence

from .. import charts, styling
from ..translation import tr
from .tables import homes


def _sum(rows: Sequence[Dict[str, Any]], key: str) -> float:
    return sum(charts.number(r.get(key)) or 0.0 for r in rows)


def _names(names: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    names = [str(n) for n in names]
    if len(names) <= 1:
        return "".join(names)
    return tr("{} and {}").format(", ".join(names[:-1]), names[-1])


def _last(rows: Sequence[Dict[str, Any]], key: str) -> Optional[Dict[str, Any]]:
    return next((r for r in reversed(rows) if charts.number(r.get(key)) is not None), None)


def trajectory_alt(series: Any) -> str:
    """The housing trajectory chart (``charts.paint_trajectory_chart`` of the same series) in words:
    the years it covers, completions and projected delivery with their totals, the annual
    requirement and where cumulative delivery ends against the cumulative requirement."""
    rows = charts.records(series)
    if not rows:
        return tr("Housing trajectory chart: there are no figures to show.")
    years = [str(r.get("monitoring_year", "")) for r in rows]
    parts = [tr("Housing trajectory chart, {} to {}.").format(years[0], years[-1])]
    done = [r for r in rows if charts.number(r.get("completions")) is not None]
    ahead = [r for r in rows if charts.number(r.get("projected")) is not None]
    if done:
        parts.append(
            tr("Bars show net completions in each year from {} to {}: {} homes in all.").format(
                done[0]["monitoring_year"], done[-1]["monitoring_year"], homes(_sum(done, "completions"))
            )
        )
    if ahead:
        deliverable = sum(
            min(
                charts.number(r.get("projected")) or 0.0, charts.number(r.get("projected_deliverable")) or 0.0
            )
            for r in ahead
        )
        parts.append(
            tr(
                "Lighter bars in a shaded area show projected delivery from {} to {}: {} homes, {} of "
                "them deliverable (the darker part of each bar) and the rest developable."
            ).format(
                ahead[0]["monitoring_year"],
                ahead[-1]["monitoring_year"],
                homes(_sum(ahead, "projected")),
                homes(deliverable),
            )  # fmt: skip
        )
    required = [charts.number(r.get("requirement")) for r in rows]
    required = [v for v in required if v is not None]
    if required:
        low, high = min(required), max(required)
        text = (
            tr("A solid line shows the annual requirement of {} homes a year.").format(homes(low))
            if low == high
            else tr("A solid line shows the annual requirement, from {} to {} homes a year.").format(
                homes(low), homes(high)
            )
        )
        parts.append(text)
    end = _last(rows, "cumulative")
    if end is not None:
        text = tr("On the right-hand axis, cumulative delivery reaches {} homes by {}").format(
            homes(end["cumulative"]), end["monitoring_year"]
        )
        if charts.number(end.get("cumulative_requirement")):
            text += tr(" against a cumulative requirement (dashed line) of {}").format(
                homes(end["cumulative_requirement"])
            )
        parts.append(text + ".")
    if done and charts.number(done[-1].get("cumulative_requirement")):
        last = done[-1]
        parts.append(
            tr("At {}, {} homes had been completed against {} required.").format(
                last["monitoring_year"], homes(last["cumulative"]), homes(last["cumulative_requirement"])
            )
        )
    return " ".join(parts)


def stacked_bars_alt(title: str, years: Sequence[str], stacks: "OrderedDict[str, Sequence[float]]") -> str:
    """A stacked bar chart (``charts.paint_stacked_bars``) in words: its years, each stack's total and
    the year with the most."""
    if not years:
        return tr("{}: a bar chart with no figures to show.").format(title)
    totals = [sum(max(0.0, charts.number(v[i]) or 0.0) for v in stacks.values()) for i in range(len(years))]
    best = max(range(len(years)), key=lambda i: totals[i])
    each = [tr("{} {}").format(name, homes(sum(max(0.0, charts.number(v) or 0.0) for v in values)))
            for name, values in stacks.items()]  # fmt: skip
    return " ".join(
        [
            tr("{}: a bar chart with one bar for each monitoring year from {} to {}, divided by {}.").format(
                title, years[0], years[-1], _names(list(stacks))
            ),
            tr("In all: {}; {} homes together.").format("; ".join(each), homes(sum(totals))),
            tr("The most in one year was {} homes, in {}.").format(homes(totals[best]), years[best]),
        ]
    )


def progress_counts(pct_by_site: Dict[str, Optional[float]]) -> List[int]:
    """How many sites fall in each of ``styling.PROGRESS_BANDS``, then how many have no figure."""
    counts = [0] * (len(styling.PROGRESS_BANDS) + 1)
    for pct in pct_by_site.values():
        counts[styling.progress_band(pct)] += 1  # -1, no figure: the last
    return counts


def map_alt(area: str, council_names: Sequence[str], pct_by_site: Dict[str, Optional[float]]) -> str:
    """A progress map (``maps.map_layout``) in words: the area (``area``: "the area of …"), the
    council outlines named (none for one council's map), what is shaded and how many sites are in
    each shade (``pct_by_site``: the sites it shows)."""
    counts = progress_counts(pct_by_site)
    labels = list(styling.progress_band_labels()) + [tr("No figure (hatched grey)")]
    shades = [tr("{}: {}").format(label, count) for label, count in zip(labels, counts) if count]
    parts = [
        tr("Map of {}, with the council areas of {} outlined.").format(area, _names(council_names))
        if council_names
        else tr("Map of {}.").format(area)
    ]
    if not pct_by_site:
        parts.append(tr("No allocated sites are shown."))
    else:
        shading = tr(
            "shaded by how complete it is, from pale grey (not started) through lighter to darker blue "
            "(complete), and labelled with its site reference"
        )
        if len(pct_by_site) > 1:
            shading = tr(
                "shaded by how complete they are, from pale grey (not started) through lighter to darker "
                "blue (complete), and labelled with their site references"
            )
        parts.append(
            tr("The {} allocated sites are {}.").format(homes(len(pct_by_site)), shading)
            if len(pct_by_site) > 1
            else tr("The one allocated site is {}.").format(shading)
        )
        parts.append(tr("Sites in each shade: {}.").format("; ".join(shades)))
    return " ".join(parts)
