"""Permissions to look at, from the evidence: those with more evidence of homes than they permit, and
those past their expected completion with no evidence at all (issue 13, Review)."""

import datetime
from collections import Counter
from typing import List, NamedTuple, Optional

from .. import schema
from ..store import Store

EXPECTED_YEARS = (
    5  # without a trajectory, a permission is expected complete this many years after its decision
)


class Watched(NamedTuple):
    app_ref: str
    address: Optional[str]
    net_units: Optional[int]
    evidence: int  # candidate completions of it, not rejected
    completions: int  # recorded completion units
    expected_by: Optional[str]  # the date it was expected complete by (ISO), for the second list


def _year_end(monitoring_year: str) -> Optional[datetime.date]:
    """ "2023/24" → 2024-03-31."""
    try:
        return datetime.date(int(str(monitoring_year)[:4]) + 1, 3, 31)
    except ValueError:
        return None


def watch_lists(store: Store, today: Optional[datetime.date] = None):
    """(over, overdue): permissions with more evidence than net units; permissions whose expected
    completion (the end of their last trajectory year with units, else the decision date plus
    EXPECTED_YEARS) is past ``today`` with no evidence and no recorded completion."""
    today = today or datetime.date.today()
    evidence = Counter()
    for row in store.rows(schema.EVIDENCE_CANDIDATES, ["app_ref", "status"]):
        if row["app_ref"] and row["status"] != "rejected":
            evidence[row["app_ref"]] += 1
    done = Counter()
    for row in store.rows(schema.COMPLETIONS, ["app_ref", "units"]):
        if row["app_ref"]:
            done[row["app_ref"]] += int(row["units"] or 0)
    last_year = {}
    for row in store.rows(schema.TRAJECTORY, ["app_ref", "monitoring_year", "units"]):
        if row["app_ref"] and (row["units"] or 0) > 0:
            end = _year_end(row["monitoring_year"])
            if end is not None and (row["app_ref"] not in last_year or end > last_year[row["app_ref"]]):
                last_year[row["app_ref"]] = end
    over: List[Watched] = []
    overdue: List[Watched] = []
    for row in store.rows(schema.PERMISSIONS, ["app_ref", "address", "net_units", "decision_date"]):
        ref, units = row["app_ref"], row["net_units"]
        if not ref:
            continue
        if units is not None and units > 0 and evidence[ref] > units:
            over.append(Watched(ref, row["address"], units, evidence[ref], done[ref], None))
        expected = last_year.get(ref)
        if expected is None and row["decision_date"]:
            try:
                decided = datetime.date.fromisoformat(str(row["decision_date"])[:10])
                expected = decided.replace(year=decided.year + EXPECTED_YEARS)
            except ValueError:
                expected = None
        if (
            expected is not None
            and expected < today
            and (units or 0) > 0
            and evidence[ref] == 0
            and done[ref] == 0
        ):
            overdue.append(Watched(ref, row["address"], units, 0, 0, expected.isoformat()))
    over.sort(key=lambda w: (-(w.evidence - (w.net_units or 0)), w.app_ref))
    overdue.sort(key=lambda w: (w.expected_by or "", w.app_ref))
    return over, overdue
