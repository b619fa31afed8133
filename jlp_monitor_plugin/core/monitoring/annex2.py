"""NPPF Annex 2 at a base date: which trajectory homes in the five years are deliverable (DOMAIN.md §5).

Every allocation, every windfall permission's lineage and every other subject of a trajectory row is
classified:

- **category a**: homes with detailed permission (full, reserved matters, technical details, prior
  approval; an s73 variation is of its parent's kind), and all homes of a non-major lineage (fewer
  than 10 homes) with any permission — while the permission is extant or implemented. They are
  deliverable without further evidence.
- **category b**: everything else in the supply — an allocation's homes beyond those with category-a
  permission, an outline permission for major development, permission in principle. Deliverable only
  with **clear evidence**: a record in ``site_evidence`` of a qualifying type (``QUALIFYING``: PPG
  68-007's list, a developer questionnaire return, a site visit; not an officer's judgement alone
  nor comparable sites' build-out rates, which support a rate, not a start) dated within
  ``evidence_max_age_months`` (default 12) before the base date — on the base date itself counts, a
  day more than the months before it does not, and neither does evidence dated after it.
- A trajectory row for a permission that has lapsed (or is not in the store), not on an allocation,
  is **not counted** in the five years.

The rows of the five monitoring years after the base date flagged deliverable (an officer's flag, or
the default build-out's) then keep, subject by subject and year by year from the first, at most the
subject's category-a homes still to come; the rest of a category-b subject counts only with clear
evidence and otherwise moves to developable: the row is split, the moved homes flagged not
deliverable, and listed ("removed from the five-year supply: no clear evidence") with their units.
A category-b subject with clear evidence has its default build-out rows in the five years counted
as deliverable. Losses (negative rows) always count. The result of each subject: ``deliverable``
(homes count in the five years), ``developable`` (homes to come, none counted in the five years) or
``not counted``, with the reason in words.

Plain Python: no QGIS, no pandas.
"""

import datetime
from typing import Dict, Iterable, List, NamedTuple, Optional, Set, Tuple

from ..schema import EVIDENCE_TYPES
from ..translation import tr
from .lineage import Lineages

MAJOR_DEVELOPMENT = 10  # homes: NPPF's "major development" starts here

CATEGORY_A = "a"
CATEGORY_B = "b"
DELIVERABLE = "deliverable"
DEVELOPABLE = "developable"
NOT_COUNTED = "not counted"

SITE = "site"
PERMISSION = "permission"

# Evidence types that are clear evidence on their own (schema.EVIDENCE_TYPES lists them all).
QUALIFYING = frozenset(t for t in EVIDENCE_TYPES if t not in ("officer_judgement", "comparable_build_out"))

COLUMNS = [
    "subject",
    "site_ref",
    "app_ref",
    "name",
    "category",
    "category_a_units",
    "clear_evidence",
    "evidence_count",
    "latest_evidence",
    "result",
    "units_years_1_5",
    "removed_units",
    "units_later",
    "reason",
    "lpa",
    "policy_area",
]
REMOVED_COLUMNS = ["site_ref", "app_ref", "name", "category", "units", "reason", "lpa", "policy_area"]


class EvidenceRecord(NamedTuple):
    fid: Optional[int]
    site_ref: Optional[str]
    app_ref: Optional[str]
    evidence_type: str
    evidence_date: Optional[datetime.date]
    source: Optional[str] = None
    contact_organisation: Optional[str] = None
    summary: Optional[str] = None
    recorded_by: Optional[str] = None
    recorded_at: Optional[str] = None


def months_before(day: datetime.date, months: int) -> datetime.date:
    """The same day ``months`` earlier (the month's last day when it is shorter): 31 March 2025 − 1 → 28
    February 2025; − 12 → 31 March 2024; − 13 → 29 February 2024."""
    total = day.year * 12 + (day.month - 1) - months
    year, month = divmod(total, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return datetime.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover - every month has a 28th


def counts_as_clear(record: EvidenceRecord, base_date: datetime.date, max_age_months: int) -> bool:
    """A qualifying type, dated from ``max_age_months`` before the base date up to the base date."""
    if record.evidence_type not in QUALIFYING or record.evidence_date is None:
        return False
    return months_before(base_date, max_age_months) <= record.evidence_date <= base_date


class Subject:
    """What one trajectory row is about: an allocation (``site``) or a windfall lineage (``permission``)."""

    def __init__(self, kind: str, key: str, name: Optional[str]):
        self.kind = kind
        self.key = key  # site_ref, or the lineage's first app_ref (or an unknown app_ref)
        self.name = name
        self.app_ref: Optional[str] = None  # the permission shown for a lineage
        self.refs: Set[str] = set()  # app_refs whose evidence is this subject's
        self.a_units = 0
        self.b_reason = ""  # why homes beyond a_units are category b; empty: there are none
        self.lapsed = ""  # why nothing counts (lapsed / unknown permission), empty otherwise
        self.evidence: List[EvidenceRecord] = []
        self.clear: List[EvidenceRecord] = []
        self.units_1_5 = 0
        self.removed = 0
        self.later = 0
        self.place: Tuple[str, str] = ("unknown", "unknown")


def _type_words(part_type: Optional[str]) -> str:
    return {
        "full": tr("full permission"),
        "outline": tr("outline permission"),
        "reserved_matters": tr("reserved matters"),
        "pip": tr("permission in principle"),
        "technical_details": tr("technical details consent"),
        "prior_approval": tr("prior approval"),
        "s73_variation": tr("s73 variation"),
    }.get(part_type or "", tr("permission"))


class Annex2:
    """Classify the subjects of a trajectory and decide its deliverable homes in the five years."""

    def __init__(
        self,
        base_date: datetime.date,
        base_year: int,
        max_age_months: int,
        lineages: Lineages,
        allocations: Dict[str, object],
        sites: List[dict],
        linked: Dict[Tuple[str, Optional[str]], Dict[str, int]],
        evidence: Iterable[EvidenceRecord],
        placer=None,
    ):
        self.base_date = base_date
        self.base_year = base_year
        self.max_age = max_age_months
        self.lineages = lineages
        self.allocations = allocations
        self.placer = placer
        self.totals = lineages.lineage_units()
        self.subjects: Dict[Tuple[str, str], Subject] = {}
        for site in sites:
            self._site(site)
        windfall: Dict[str, list] = {}
        for part in lineages.parts:
            if part.site_ref is None:
                windfall.setdefault(part.lineage, []).append(part)
        for root, parts in sorted(windfall.items()):
            subject = self._subject(PERMISSION, root)
            units = self.totals.get(root, 0)
            built = sum(v["completed"] for (r, s), v in linked.items() if r == root and s is None)
            a_parts = [p for p in parts if self._category_a(p)]
            subject.a_units = max(sum(p.units for p in a_parts) - built, 0)
            current = max(parts, key=lambda p: (p.units, p.app_ref))
            subject.app_ref = current.app_ref
            kind = _type_words(lineages.by_ref[current.app_ref].permission_type)
            if len(a_parts) == len(parts):
                subject.b_reason = ""
            elif units >= MAJOR_DEVELOPMENT:
                subject.b_reason = tr("{} for major development ({} homes)").format(kind, units)
            else:
                subject.b_reason = tr("{} ({} homes)").format(kind, units)
        for record in evidence:
            for subject in self._subjects_of(record.site_ref, record.app_ref):
                subject.evidence.append(record)
                if counts_as_clear(record, base_date, max_age_months):
                    subject.clear.append(record)

    # -- subjects ------------------------------------------------------------------------------

    def _category_a(self, part) -> bool:
        return part.units > 0 and (part.detailed or self.totals.get(part.lineage, 0) < MAJOR_DEVELOPMENT)

    def _subject(self, kind: str, key: str) -> Subject:
        found = self.subjects.get((kind, key))
        if found is None:
            name = None
            if kind == SITE and key in self.allocations:
                name = getattr(self.allocations[key], "site_name", None)
            elif kind == PERMISSION and key in self.lineages.by_ref:
                name = getattr(self.lineages.by_ref[key], "address", None)
            found = self.subjects[(kind, key)] = Subject(kind, key, name)
            if kind == PERMISSION:
                found.app_ref = key
                found.refs = set(self.lineages.members.get(key, [key]))
            if self.placer is not None:
                place = self.placer.site_place(key) if kind == SITE else self.placer.permission_place(key)
                found.place = place or found.place
        return found

    def _site(self, site: dict) -> None:
        ref = site["site_ref"]
        subject = self._subject(SITE, ref)
        parts = [p for p in self.lineages.parts if p.site_ref == ref]
        subject.refs = {p.app_ref for p in parts} | {
            r for r, p in self.lineages.by_ref.items() if p.site_ref == ref
        }
        a_units = sum(p.units for p in parts if self._category_a(p))
        subject.a_units = max(a_units - (site.get("completed") or 0), 0)
        capacity = site.get("capacity") or 0
        to_come = max(max(capacity, site.get("permitted") or 0) - (site.get("completed") or 0), 0)
        outline = [p for p in parts if p.units > 0 and not self._category_a(p)]
        if outline:
            biggest = max(outline, key=lambda p: (p.units, p.app_ref))
            subject.b_reason = tr("allocation; {} {} for major development ({} homes)").format(
                _type_words(self.lineages.by_ref[biggest.app_ref].permission_type),
                biggest.app_ref,
                self.totals.get(biggest.lineage, biggest.units),
            )
        elif to_come > subject.a_units:
            if subject.a_units:
                subject.b_reason = tr("allocation; {} homes have detailed permission, the rest none").format(
                    subject.a_units
                )
            else:
                subject.b_reason = tr("allocation without planning permission")

    def _subjects_of(self, site_ref: Optional[str], app_ref: Optional[str]) -> List[Subject]:
        """The subjects a trajectory row or an evidence record belongs to."""
        if site_ref:
            subject = self._subject(SITE, site_ref)
            if site_ref not in self.allocations:
                subject.lapsed = subject.lapsed or tr("{} is not an allocation in the store").format(site_ref)
            return [subject]
        if not app_ref:
            return []
        permission = self.lineages.by_ref.get(app_ref)
        if permission is not None and permission.site_ref:
            return [self._subject(SITE, permission.site_ref)]
        root = self.lineages.root_of.get(app_ref, app_ref)
        subject = self._subject(PERMISSION, root)
        if permission is None:
            subject.lapsed = subject.lapsed or tr("permission {} is not in the store").format(app_ref)
        elif not any(p.lineage == root for p in self.lineages.parts):
            status = self.lineages.status[app_ref]
            subject.lapsed = subject.lapsed or tr("permission {} is {} at the base date").format(
                app_ref, status.status
            )
        return [subject]

    # -- the five years ------------------------------------------------------------------------

    def apply(self, rows: List[dict]) -> Tuple[List[dict], List[dict], List[dict]]:
        """(trajectory rows with deliverability decided, classification rows, removed rows).

        ``rows``: the trajectory (TrajectoryBuilder.rows), in any order; rows of the five years may be
        split in two (deliverable, and moved to developable)."""
        first, last = self.base_year + 1, self.base_year + 5
        out: List[dict] = []
        left: Dict[Tuple[str, str], int] = {}
        ordered = sorted(enumerate(rows), key=lambda i: (i[1]["year"], i[0]))
        for _index, row in ordered:
            subjects = self._subjects_of(row.get("site_ref"), row.get("app_ref"))
            if not subjects:
                out.append(row)
                continue
            subject = subjects[0]
            key = (subject.kind, subject.key)
            units = int(row["units"])
            if row["year"] > last:
                subject.later += max(units, 0)
                out.append(row)
                continue
            if row["year"] < first:
                out.append(row)
                continue
            evidenced = bool(subject.clear) and not subject.lapsed
            flagged = bool(row["deliverable"]) or (evidenced and row.get("source") == "default")
            if not flagged or units <= 0:
                if units > 0:
                    subject.later += units
                else:
                    subject.units_1_5 += units if flagged else 0
                out.append(row)
                continue
            if subject.lapsed:
                keep = 0
            elif evidenced:
                keep = units
            else:
                allowance = left.setdefault(key, subject.a_units)
                keep = min(units, allowance)
                left[key] = allowance - keep
            moved = units - keep
            subject.units_1_5 += keep
            subject.removed += moved
            subject.later += moved
            if keep:
                out.append(dict(row, units=keep, deliverable=1))
            if moved:
                out.append(dict(row, units=moved, deliverable=0, evidence=self._removed_words(subject)))
        out.sort(key=lambda r: (r["year"], r.get("site_ref") or "", r.get("app_ref") or ""))
        return out, self.classification(), self.removed_rows()

    def _removed_words(self, subject: Subject) -> str:
        if subject.lapsed:
            return tr("not counted in the five-year supply: {}").format(subject.lapsed)
        return tr("removed from the five-year supply: no clear evidence")

    # -- results -------------------------------------------------------------------------------

    def category(self, subject: Subject) -> Optional[str]:
        if subject.lapsed:
            return None
        return CATEGORY_B if subject.b_reason else CATEGORY_A

    def result(self, subject: Subject) -> Tuple[str, str]:
        """(result, reason in words)."""
        if subject.lapsed:
            return NOT_COUNTED, subject.lapsed
        category = self.category(subject)
        clear = sorted(subject.clear, key=lambda r: r.evidence_date, reverse=True)
        if category == CATEGORY_A:
            why = tr("category a: detailed permission, or a non-major site with permission")
            if subject.units_1_5 > 0:
                return DELIVERABLE, why
            if subject.later > 0:
                return DEVELOPABLE, why + tr("; no homes expected in the five years")
            return NOT_COUNTED, why + tr("; nothing left to build")
        why = tr("category b: {}").format(subject.b_reason)
        if clear:
            evidence = tr("clear evidence: {} dated {}").format(
                evidence_type_label(clear[0].evidence_type), clear[0].evidence_date.isoformat()
            )
        else:
            stale = [r for r in subject.evidence if r.evidence_type in QUALIFYING]
            evidence = tr("no clear evidence dated within {} months before the base date").format(
                self.max_age
            )
            if stale:
                evidence += tr(" (latest {})").format(
                    max((r.evidence_date for r in stale if r.evidence_date), default=None) or "-"
                )
        if subject.units_1_5 > 0:
            if subject.removed:
                return DELIVERABLE, tr("{}; {}; only the {} homes of category a count").format(
                    why, evidence, subject.units_1_5
                )
            return DELIVERABLE, "{}; {}".format(why, evidence)
        if subject.later > 0:
            return DEVELOPABLE, "{}; {}".format(why, evidence)
        return NOT_COUNTED, tr("{}; nothing left to build").format(why)

    def classification(self) -> List[dict]:
        out = []
        for (kind, key), subject in sorted(self.subjects.items()):
            result, reason = self.result(subject)
            dates = [r.evidence_date for r in subject.evidence if r.evidence_date]
            out.append(
                {
                    "subject": kind,
                    "site_ref": key if kind == SITE else None,
                    "app_ref": subject.app_ref if kind == PERMISSION else None,
                    "name": subject.name,
                    "category": self.category(subject),
                    "category_a_units": subject.a_units,
                    "clear_evidence": bool(subject.clear),
                    "evidence_count": len(subject.evidence),
                    "latest_evidence": max(dates).isoformat() if dates else None,
                    "result": result,
                    "units_years_1_5": subject.units_1_5,
                    "removed_units": subject.removed,
                    "units_later": subject.later,
                    "reason": reason,
                    "lpa": subject.place[0],
                    "policy_area": subject.place[1],
                }
            )
        return out

    def removed_rows(self) -> List[dict]:
        return [
            {
                "site_ref": key if kind == SITE else None,
                "app_ref": s.app_ref if kind == PERMISSION else None,
                "name": s.name,
                "category": self.category(s),
                "units": s.removed,
                "reason": self._removed_words(s),
                "lpa": s.place[0],
                "policy_area": s.place[1],
            }
            for (kind, key), s in sorted(self.subjects.items(), key=lambda i: (i[0][0] != SITE, i[0][1]))
            if s.removed
        ]


def evidence_type_label(code: str) -> str:
    """The evidence type in words (PPG 68-007 / 68-020), translated."""
    return {
        "reserved_matters_progress": tr("progress towards reserved matters"),
        "planning_performance_agreement": tr("planning performance agreement"),
        "written_agreement": tr("written agreement on delivery intentions"),
        "application_progress": tr("firm progress towards an application"),
        "site_assessment": tr("firm progress with site assessment work"),
        "viability": tr("information on viability"),
        "ownership": tr("information on ownership constraints"),
        "infrastructure_funding": tr("infrastructure funding"),
        "comparable_build_out": tr("build-out rates of comparable sites"),
        "developer_questionnaire": tr("developer questionnaire return"),
        "site_visit": tr("site visit"),
        "officer_judgement": tr("officer's judgement"),
    }.get(code, code)
