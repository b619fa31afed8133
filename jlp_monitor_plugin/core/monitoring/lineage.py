"""Permission lineage and extant permissions at a base date (DOMAIN.md §2 and §4).

- A permission counts at a base date only if its decision date is on or before it.
- ``parent_ref`` links a reserved-matters approval or an s73 variation to its parent; a lineage is a
  permission with no (known) parent and everything linked under it.
- If a parent has s73_variation children, the latest (by decision date) replaces it — the parent and
  earlier variations are superseded — and the rule is applied again to that child. Otherwise a parent
  with other children (reserved matters; technical details of a PiP) counts max(parent units, sum of
  its children's units, each child's own lineage applied).
- Extant: granted, not expired, not superseded. A permission expires at the end of its
  ``expiry_date``, or of the day ``default_expiry_years`` after its decision when none is given.
- A lineage with any start or completion recorded on or before the base date (on any of its
  permissions) is implemented: none of its permissions lapses.

The units a lineage counts are split into parts, each carried by one permission (so a site, or a
kind of permission, can be told apart): under the max rule the children carry their own units and
the parent carries only what is left over, max(parent − children, 0).
"""

import datetime
from typing import Dict, Iterable, List, NamedTuple, Optional, Set

from .periods import add_years
from .records import Permission

S73 = "s73_variation"
OUTLINE_TYPES = {"outline", "pip"}  # permission in principle: deliverable only with clear evidence

# Statuses, one per permission.
NOT_GRANTED = "not granted"  # no decision on or before the base date
SUPERSEDED = "superseded"
IMPLEMENTED = "implemented"
EXTANT = "extant"
LAPSED = "lapsed"


class Part(NamedTuple):
    lineage: str  # app_ref of the lineage's first permission
    app_ref: str  # the permission carrying these units
    site_ref: Optional[str]
    units: int
    detailed: bool  # False for units permitted only in outline or in principle


class Status(NamedTuple):
    app_ref: str
    lineage: str
    status: str
    expiry: Optional[datetime.date]  # the date given, or the default
    counted_units: int  # units this permission carries in its lineage's count


class Lineages:
    def __init__(
        self, permissions: Iterable[Permission], base_date: datetime.date, expiry_years: int, events: Set[str]
    ):
        """``events``: app_refs with a start or a completion recorded on or before the base date."""
        self.base_date = base_date
        self.expiry_years = expiry_years
        self.by_ref: Dict[str, Permission] = {}
        for permission in permissions:
            self.by_ref.setdefault(permission.app_ref, permission)
        self.children: Dict[str, List[str]] = {ref: [] for ref in self.by_ref}
        self.root_of: Dict[str, str] = {}
        self.members: Dict[str, List[str]] = {}
        self._link()
        self.implemented = {root: any(ref in events for ref in refs) for root, refs in self.members.items()}
        self.parts: List[Part] = []
        for root in self.members:
            self.parts.extend(self._contribute(root, root, set()))
        carried: Dict[str, int] = {}
        for part in self.parts:
            carried[part.app_ref] = carried.get(part.app_ref, 0) + part.units
        self.status = {ref: self._status(ref, carried.get(ref, 0)) for ref in self.by_ref}

    # -- structure -----------------------------------------------------------------------------

    def _link(self) -> None:
        parent_of = {}
        for ref, permission in self.by_ref.items():
            parent = permission.parent_ref
            if parent and parent != ref and parent in self.by_ref:
                parent_of[ref] = parent
        # Follow each chain up; a loop (bad data) is broken at its earliest permission.
        for ref in self.by_ref:
            chain, seen = [ref], {ref}
            while chain[-1] in parent_of and parent_of[chain[-1]] not in seen:
                chain.append(parent_of[chain[-1]])
                seen.add(chain[-1])
            if chain[-1] in parent_of:  # the loop closes
                loop = chain[chain.index(parent_of[chain[-1]]) :]
                first = min(loop, key=self._order)
                parent_of.pop(first, None)
        for ref, parent in parent_of.items():
            self.children[parent].append(ref)
        for ref in sorted(self.by_ref):
            if ref in parent_of:
                continue
            stack, refs = [ref], []
            while stack:
                current = stack.pop()
                refs.append(current)
                self.root_of[current] = ref
                stack.extend(self.children[current])
            self.members[ref] = refs

    def _order(self, ref: str):
        day = self.by_ref[ref].decision_date
        return (day or datetime.date.max, ref)

    # -- status --------------------------------------------------------------------------------

    def decided(self, ref: str) -> bool:
        day = self.by_ref[ref].decision_date
        return day is not None and day <= self.base_date

    def expiry(self, ref: str) -> Optional[datetime.date]:
        permission = self.by_ref[ref]
        if permission.expiry_date is not None:
            return permission.expiry_date
        if permission.decision_date is None:
            return None
        return add_years(permission.decision_date, self.expiry_years)

    def superseded(self, ref: str) -> bool:
        """Replaced by a later s73 variation granted by the base date (of it, or of a sibling)."""
        permission = self.by_ref[ref]
        if self._latest_s73(ref) is not None:
            return True
        parent = permission.parent_ref if ref in self.children.get(permission.parent_ref or "", []) else None
        if permission.permission_type == S73 and parent is not None:
            return self._latest_s73(parent) != ref
        return False

    def _latest_s73(self, ref: str) -> Optional[str]:
        variations = [
            c for c in self.children[ref] if self.by_ref[c].permission_type == S73 and self.decided(c)
        ]
        return max(variations, key=self._order) if variations else None

    def counts(self, ref: str) -> bool:
        """Granted, not superseded, and extant or implemented at the base date."""
        if not self.decided(ref) or self.superseded(ref):
            return False
        if self.implemented[self.root_of[ref]]:
            return True
        return self.base_date <= self.expiry(ref)

    def _status(self, ref: str, carried: int) -> Status:
        root = self.root_of[ref]
        if not self.decided(ref):
            status = NOT_GRANTED
        elif self.superseded(ref):
            status = SUPERSEDED
        elif self.implemented[root]:
            status = IMPLEMENTED
        elif self.base_date <= self.expiry(ref):
            status = EXTANT
        else:
            status = LAPSED
        return Status(ref, root, status, self.expiry(ref), carried)

    def detailed(self, ref: str) -> bool:
        """Detailed permission: not outline or PiP; an s73 variation is of its parent's kind."""
        seen = set()
        while ref not in seen:
            seen.add(ref)
            permission = self.by_ref[ref]
            if permission.permission_type != S73:
                return permission.permission_type not in OUTLINE_TYPES
            if ref not in self.root_of or self.root_of[ref] == ref:
                return True
            ref = permission.parent_ref
        return True

    # -- counting ------------------------------------------------------------------------------

    def _contribute(self, ref: str, root: str, seen: Set[str]) -> List[Part]:
        if ref in seen:
            return []
        seen.add(ref)
        latest = self._latest_s73(ref)
        if latest is not None:
            return self._contribute(latest, root, seen)  # the variation replaces the parent
        parts: List[Part] = []
        children = [
            c for c in self.children[ref] if self.by_ref[c].permission_type != S73 and self.decided(c)
        ]
        for child in sorted(children, key=self._order):
            parts.extend(self._contribute(child, root, seen))
        if self.counts(ref):
            own = self.by_ref[ref].net_units
            if children:
                own = max(own - sum(p.units for p in parts), 0)  # max(parent, sum of children)
            if own or not children:
                parts.append(Part(root, ref, self.by_ref[ref].site_ref, own, self.detailed(ref)))
        return parts

    # -- per lineage ---------------------------------------------------------------------------

    def lineage_units(self) -> Dict[str, int]:
        totals: Dict[str, int] = {}
        for part in self.parts:
            totals[part.lineage] = totals.get(part.lineage, 0) + part.units
        return totals
