"""The housing trajectory: officer entries, and a default build-out where there are none (DOMAIN.md §5).

A site (allocation) or a windfall permission's lineage with no officer entry — none for the site, for
any permission on it, or for any permission of the lineage — gets a default build-out when the plan
setting ``trajectory_defaults`` is true, marked ``source`` = ``default``:

- homes to come: a site's max(capacity, permitted) − completed; a windfall lineage's counted units
  − the completions recorded on its permissions. A loss still to happen is one negative row.
- size band by the site's max(capacity, permitted), or the lineage's units (settings
  ``trajectory_size_thresholds``); lead-in years (``trajectory_lead_in_years``, none once a start or
  a completion is recorded), then ``trajectory_build_out_rates`` homes a year until all are built.
- deliverable (NPPF Annex 2): units with detailed permission, and all units of a non-major
  permission (fewer than 10 homes) — these are built out first; outline, PiP and allocated units
  without permission are not deliverable without evidence, so default rows for them are not.

Default rows are returned with the figures, never written to the store by computing them; rows the
store already holds with source ``default`` are ignored and made afresh.
"""

from typing import Dict, Iterable, List, Optional, Set, Tuple

from ..translation import tr
from .inputs import TrajectoryEntry
from .lineage import Lineages, Part
from .location import UNKNOWN, Placer
from .periods import label
from .settings import MonitoringSettings

MAJOR_DEVELOPMENT = 10  # homes: NPPF's "major development" starts here
OFFICER = "officer"
DEFAULT = "default"

COLUMNS = ["site_ref", "app_ref", "monitoring_year", "units", "deliverable", "source", "evidence"]
EXTRA_COLUMNS = ["year", "lpa", "policy_area"]


def build_out(
    deliverable: int, other: int, first_year: int, rate: int, loss: int = 0
) -> List[Tuple[int, int, bool]]:
    """(year, units, deliverable) rows: ``loss`` (≤ 0) in the first year, then deliverable units, then
    the others, at most ``rate`` a year from ``first_year``."""
    rows: Dict[Tuple[int, bool], int] = {}
    if loss < 0:
        rows[(first_year, True)] = loss
    year, left = first_year, rate
    for units, flag in ((deliverable, True), (other, False)):
        while units > 0:
            take = min(units, left)
            rows[(year, flag)] = rows.get((year, flag), 0) + take
            units -= take
            left -= take
            if left == 0:
                year, left = year + 1, rate
    return [
        (year, units, flag)
        for (year, flag), units in sorted(rows.items(), key=lambda i: (i[0][0], not i[0][1]))
    ]


class TrajectoryBuilder:
    def __init__(
        self,
        settings: MonitoringSettings,
        base_year: int,
        lineages: Lineages,
        linked: Dict[Tuple[str, Optional[str]], Dict[str, int]],
        placer: Placer,
    ):
        self.settings = settings
        self.base_year = base_year
        self.lineages = lineages
        self.linked = linked
        self.placer = placer
        self.totals = lineages.lineage_units()

    def _deliverable_part(self, part: Part) -> bool:
        return part.detailed or self.totals.get(part.lineage, 0) < MAJOR_DEVELOPMENT

    def _plan(self, units_to_come: int, deliverable: int, size_homes: int, started: bool):
        size = self.settings.size(size_homes)
        lead_in = 0 if started else self.settings.lead_in_years[size]
        rate = max(1, int(round(self.settings.build_out_rates[size])))
        first = self.base_year + 1 + lead_in
        if units_to_come < 0:
            rows = build_out(0, 0, first, rate, loss=units_to_come)
        else:
            deliverable = min(max(deliverable, 0), units_to_come)
            rows = build_out(deliverable, units_to_come - deliverable, first, rate)
        evidence = tr("default build-out: {} site, lead-in {} years, {} homes a year").format(
            size, lead_in, rate
        )
        return rows, evidence

    def rows(self, officer: Iterable[TrajectoryEntry], sites: List[dict], parts: List[Part]) -> List[dict]:
        officer = list(officer)
        out = [
            self._row(e.site_ref, e.app_ref, e.year, e.units, e.deliverable, e.source or OFFICER, e.evidence)
            for e in officer
        ]
        if not self.settings.trajectory_defaults:
            return out
        covered_sites: Set[str] = set()
        covered_lineages: Set[str] = set()
        for entry in officer:
            if entry.site_ref:
                covered_sites.add(entry.site_ref)
            if entry.app_ref and entry.app_ref in self.lineages.root_of:
                covered_lineages.add(self.lineages.root_of[entry.app_ref])
                site = self.lineages.by_ref[entry.app_ref].site_ref
                if site:
                    covered_sites.add(site)

        by_site: Dict[str, List[Part]] = {}
        windfall: Dict[str, List[Part]] = {}
        for part in parts:
            if part.site_ref is not None:
                by_site.setdefault(part.site_ref, []).append(part)
            else:
                windfall.setdefault(part.lineage, []).append(part)

        for site in sites:
            ref = site["site_ref"]
            if ref in covered_sites:
                continue
            capacity = site["capacity"] or 0
            permitted, completed = site["permitted"], site["completed"]
            to_come = max(max(capacity, permitted) - completed, 0)
            if to_come <= 0:
                continue
            deliverable = sum(p.units for p in by_site.get(ref, []) if self._deliverable_part(p)) - completed
            started = site["under_construction"] > 0 or completed > 0
            rows, evidence = self._plan(to_come, deliverable, max(capacity, permitted), started)
            for year, units, flag in rows:
                out.append(self._row(ref, None, year, units, flag, DEFAULT, evidence))

        for lineage in sorted(windfall):
            if lineage in covered_lineages:
                continue
            lineage_parts = windfall[lineage]
            units = sum(p.units for p in lineage_parts)
            figures = self.linked.get((lineage, None), {"started": 0, "completed": 0, "rows": 0})
            if units >= 0:
                to_come = max(units - figures["completed"], 0)
            else:  # a loss: what is not yet recorded is still to come
                to_come = min(units - min(figures["completed"], 0), 0)
            if to_come == 0:
                continue
            deliverable = (
                sum(p.units for p in lineage_parts if self._deliverable_part(p)) - figures["completed"]
            )
            started = figures["started"] > 0 or figures["rows"] > 0
            rows, evidence = self._plan(to_come, deliverable, max(units, 0), started)
            current = max(lineage_parts, key=lambda p: (p.units, p.app_ref)).app_ref
            for year, n, flag in rows:
                out.append(self._row(None, current, year, n, flag, DEFAULT, evidence))
        return out

    def _row(self, site_ref, app_ref, year, units, deliverable, source, evidence) -> dict:
        place = (
            self.placer.site_place(site_ref) or self.placer.permission_place(app_ref) or (UNKNOWN, UNKNOWN)
        )
        return {
            "site_ref": site_ref,
            "app_ref": app_ref,
            "monitoring_year": label(year),
            "units": units,
            "deliverable": 1 if deliverable else 0,
            "source": source,
            "evidence": evidence,
            "year": year,
            "lpa": place[0],
            "policy_area": place[1],
        }
