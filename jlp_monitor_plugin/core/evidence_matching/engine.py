"""Matching completion evidence to permissions and merging it into candidate completions (issue 13).

Plain Python over plain records, so that it runs the same in QGIS, headless and in the benchmark; the
only spatial input is a ``locate(x, y)`` function (``spatial.RedLines``).

Each evidence record is matched to a permission by the first rule that finds one, in this order:

1. ``reference`` — the record names a planning reference that is a permission's ``app_ref`` (spaces and
   case ignored);
2. ``uprn`` — its UPRN is one a permission lists, or one of a recorded completion of a permission;
3. ``address`` — same street (abbreviations written out) and, where the permission's address gives
   them, the same postcode and a house number it names or spans (``14`` in ``12-16 High Street``);
   or the development's name (``Saltram Meadow``); the postcode or the council must agree;
4. ``location`` — the record's point (its UPRN's coordinates) inside a red line, or within the plan's
   near distance of one (the nearest, a red line it is inside first, the smallest one first).

Records of one dwelling merge into one candidate: the same UPRN (unless their addresses show two
different dwellings: a wrong UPRN), or the same dwelling address (``address.dwelling_key``).
Strength: ``strong`` — two independent sources, or a planning reference; ``medium`` — one source
matched by UPRN or address; ``weak`` — matched by location only, or to no permission (a home that is
not in the store?). Records that point to different permissions make a candidate one step weaker, and
the explanation says so. A candidate whose UPRN or dwelling address is a recorded completion's is a
``confirmation``, not a new completion.
"""

import hashlib
from collections import OrderedDict, defaultdict
from typing import Callable, Dict, Iterable, List, NamedTuple, Optional, Sequence, Tuple

from ..translation import tr
from . import address as ad

REFERENCE, UPRN, ADDRESS, LOCATION = "reference", "uprn", "address", "location"
RULES = [REFERENCE, UPRN, ADDRESS, LOCATION]
STRONG, MEDIUM, WEAK = "strong", "medium", "weak"
STRENGTHS = [STRONG, MEDIUM, WEAK]
NEW, CONFIRMATION = "new", "confirmation"


class Record(NamedTuple):
    source: str
    evidence_id: str
    uprn: Optional[str] = None
    address: Optional[str] = None
    postcode: Optional[str] = None
    app_ref: Optional[str] = None
    lpa: Optional[str] = None
    band: Optional[str] = None
    evidence_date: Optional[str] = None
    x: Optional[float] = None
    y: Optional[float] = None

    @property
    def key(self) -> str:
        return "{}:{}".format(self.source, self.evidence_id)


class Permission(NamedTuple):
    app_ref: str
    lpa: Optional[str] = None
    address: Optional[str] = None
    net_units: Optional[int] = None
    uprns: Tuple[str, ...] = ()
    parent_ref: Optional[str] = None  # an outline's reserved matters name the outline


class Completion(NamedTuple):
    completion_id: str
    app_ref: Optional[str] = None
    uprn: Optional[str] = None
    address: Optional[str] = None


class Match(NamedTuple):
    app_ref: Optional[str]
    rule: Optional[str]
    reason: str  # in words: "UPRN 100040000003 listed for 4567/21/FUL"
    notes: Tuple[str, ...] = ()  # other rules agreeing or disagreeing
    others: Tuple[str, ...] = ()  # permissions the later rules point to instead
    loose: bool = False  # an address match on the street alone (no number, postcode or name)


class Candidate(NamedTuple):
    candidate_id: str
    app_ref: Optional[str]
    strength: str
    status: str  # NEW or CONFIRMATION
    records: Tuple[Record, ...]
    uprn: Optional[str]
    address: Optional[str]
    explanation: str
    rule: Optional[str]
    completion_id: Optional[str] = None  # the recorded completion it confirms

    @property
    def evidence_ids(self) -> List[str]:
        return [r.key for r in self.records]

    @property
    def sources(self) -> List[str]:
        return sorted({r.source for r in self.records})


def ref_key(text: Optional[str]) -> str:
    return "".join(str(text or "").upper().split())


def source_words(record: Record) -> str:
    if record.source == "epc":
        return tr("EPC new dwelling")
    if record.source == "council_tax":
        return tr("council tax band {}").format(record.band) if record.band else tr("council tax")
    if record.source == "building_control":
        return tr("building-control completion certificate")
    return record.source


def _lpa_agrees(a: Optional[str], b: Optional[str]) -> Optional[bool]:
    if not a or not b:
        return None
    return str(a).upper() == str(b).upper()


class Matcher:
    """The store's permissions (and recorded completions) indexed once; ``match`` one record, ``run``
    all of them into candidates."""

    def __init__(
        self,
        permissions: Iterable[Permission],
        completions: Iterable[Completion] = (),
        locate: Optional[Callable[[float, float], Optional[Tuple[str, float]]]] = None,
    ):
        self.permissions = OrderedDict((p.app_ref, p) for p in permissions)
        self.locate = locate
        self.by_ref = {ref_key(p.app_ref): p.app_ref for p in self.permissions.values()}
        self.by_uprn = {}  # type: Dict[str, str]
        self.parsed = {}  # type: Dict[str, ad.Parsed]
        self.by_street = defaultdict(list)  # type: Dict[str, List[str]]
        self.by_name = defaultdict(list)  # type: Dict[str, List[str]]
        for p in self.permissions.values():
            for uprn in p.uprns:
                self.by_uprn.setdefault(uprn, p.app_ref)
            parsed = ad.parse(p.address)
            self.parsed[p.app_ref] = parsed
            if parsed.street:
                self.by_street[parsed.street].append(p.app_ref)
            town = ad.last_part(p.address)
            for name in parsed.names:
                if len(name) >= 6 and name != town:  # "DEPOT" names no development; the town no site
                    self.by_name[name].append(p.app_ref)
        self.completion_by_uprn = {}  # type: Dict[str, Completion]
        self.completion_by_dwelling = {}  # type: Dict[Tuple, Completion]
        for c in completions:
            if c.uprn:
                self.completion_by_uprn.setdefault(c.uprn, c)
                if c.app_ref in self.permissions:
                    self.by_uprn.setdefault(c.uprn, c.app_ref)
            key = ad.dwelling_key(ad.parse(c.address))
            if key is not None:
                self.completion_by_dwelling.setdefault(key, c)
        self._parse_cache = {}  # type: Dict[Tuple, ad.Parsed]

    # -- one record ----------------------------------------------------------------------------
    def parse(self, record: Record) -> ad.Parsed:
        key = (record.address, record.postcode)
        parsed = self._parse_cache.get(key)
        if parsed is None:
            parsed = self._parse_cache[key] = ad.parse(record.address, record.postcode)
        return parsed

    def by_reference(self, record: Record) -> Optional[Match]:
        if not record.app_ref:
            return None
        found = self.by_ref.get(ref_key(record.app_ref))
        if found is None:
            return None
        return Match(
            found,
            REFERENCE,
            tr("planning reference {ref} on the {what}").format(ref=found, what=source_words(record)),
        )

    def by_uprn_rule(self, record: Record) -> Optional[Match]:
        found = self.by_uprn.get(record.uprn) if record.uprn else None
        if found is None:
            return None
        return Match(found, UPRN, tr("UPRN {uprn} listed for {ref}").format(uprn=record.uprn, ref=found))

    def by_address(self, record: Record) -> Optional[Match]:
        parsed = self.parse(record)
        refs = list(self.by_street.get(parsed.street, ())) if parsed.street else []
        for name in parsed.names:
            refs.extend(self.by_name.get(name, ()))
        best = []  # type: List[Tuple[int, str, str]]
        for ref in OrderedDict.fromkeys(refs):
            scored = self._address_score(parsed, record, ref)
            if scored is not None:
                best.append((scored[0], ref, scored[1]))
        if not best:
            return None
        best.sort(key=lambda b: -b[0])
        top = [b for b in best if b[0] == best[0][0]]
        if len(top) > 1:
            roots = {self.root(b[1]) for b in top}
            if len(roots) == 1 and len(top) > 1:  # the phases of one outline: the outline it is
                root = roots.pop()
                return Match(
                    root,
                    ADDRESS,
                    tr(
                        "its address fits {count} permissions under {root} equally ({refs}): taken as {root}"
                    ).format(count=len(top), root=root, refs=", ".join(b[1] for b in top[:4])),
                    loose=True,
                )
            return Match(
                None,
                None,
                "",
                (
                    tr("its address fits {} permissions equally ({}): not matched by address").format(
                        len(top), ", ".join(b[1] for b in top[:4])
                    ),
                ),
            )
        return Match(top[0][1], ADDRESS, top[0][2], loose=top[0][0] <= 2)

    def _address_score(self, parsed: ad.Parsed, record: Record, ref: str) -> Optional[Tuple[int, str]]:
        permission = self.permissions[ref]
        theirs = self.parsed[ref]
        lpa = _lpa_agrees(record.lpa, permission.lpa)
        if lpa is False:
            return None
        score = 1 if lpa else 0
        said = []
        if theirs.postcode and parsed.postcode:
            if theirs.postcode != parsed.postcode:
                return None
            score += 2
            said.append(tr("postcode {}").format(parsed.postcode))
        elif not lpa:
            return None  # a street of this name somewhere: the postcode or the council must agree
        name = next((n for n in parsed.names if n in theirs.names and len(n) >= 6), None)
        if parsed.street and parsed.street == theirs.street:
            if theirs.number is not None or theirs.number_range is not None:
                number = parsed.number
                if number is None:
                    return None
                if theirs.number is not None and number != theirs.number:
                    return None
                if (
                    theirs.number_range is not None
                    and not theirs.number_range[0] <= number <= theirs.number_range[1]
                ):
                    return None
                score += 2
                shown = "{}{}".format(number, parsed.suffix)
                if parsed.flat:
                    shown = tr("{number} (flat {flat})").format(number=shown, flat=parsed.flat)
                said.append(tr("house number {} of {}").format(shown, parsed.street.title()))
            else:
                said.append(tr("street {}").format(parsed.street.title()))
            score += 1
        elif name is None:
            return None
        if name is not None:
            score += 2
            said.append(tr("development name {}").format(name.title()))
        return score, tr("same {} as {}'s address ({})").format(
            ", ".join(said), ref, permission.address or ""
        )

    def by_location(self, record: Record) -> Optional[Match]:
        if self.locate is None or record.x is None or record.y is None:
            return None
        found = self.locate(record.x, record.y)
        if not found:
            return None
        ref, distance = found
        if distance <= 0:
            return Match(ref, LOCATION, tr("inside {}'s red line").format(ref))
        return Match(
            ref, LOCATION, tr("{metres} m from {ref}'s red line").format(metres=int(round(distance)), ref=ref)
        )

    def match(self, record: Record) -> Match:
        """The first rule that finds a permission, with what the later rules say about it."""
        found = []
        notes = []
        for rule in (self.by_reference, self.by_uprn_rule, self.by_address, self.by_location):
            result = rule(record)
            if result is None:
                continue
            notes.extend(result.notes)
            if result.app_ref is not None:
                found.append(result)
        if not found:
            return Match(None, None, tr("no permission found"), tuple(notes))
        first = found[0]
        place = next((m for m in found if m.rule == LOCATION), None)
        if first.loose and place is not None and place.app_ref != first.app_ref:
            # the street alone against the red line the home stands in: the red line is the better evidence
            notes.append(tr("its street is also in {}'s address").format(first.app_ref))
            found = [place]
            first = place
        others = []
        for other in found[1:]:
            if other.app_ref == first.app_ref:
                notes.append(other.reason)
            elif self.within(other.app_ref, first.app_ref):
                # a reserved matters (or variation) of the permission found: the more precise one
                notes.append(
                    tr("{reason}, a permission under {parent}").format(
                        reason=other.reason, parent=first.app_ref
                    )
                )
                first = Match(other.app_ref, first.rule, first.reason)
            elif self.within(first.app_ref, other.app_ref):
                notes.append(other.reason)
            else:
                if first.rule in (REFERENCE, UPRN):
                    notes.append(tr("but {} (a wrong UPRN or reference?)").format(other.reason))
                else:
                    notes.append(tr("but {}").format(other.reason))
                others.append(other.app_ref)
        return Match(first.app_ref, first.rule, first.reason, tuple(notes), tuple(others), first.loose)

    def root(self, ref: str) -> str:
        """The permission ``ref`` descends from at the top (an outline), or ``ref`` itself."""
        seen = {ref}
        current = self.permissions.get(ref)
        while (
            current is not None and current.parent_ref in self.permissions and current.parent_ref not in seen
        ):
            seen.add(current.parent_ref)
            current = self.permissions[current.parent_ref]
        return current.app_ref if current is not None else ref

    def within(self, child: str, parent: str) -> bool:
        """``child`` descends from ``parent`` by parent_ref (a reserved matters of an outline)."""
        seen = set()
        current = self.permissions.get(child)
        while current is not None and current.parent_ref and current.app_ref not in seen:
            seen.add(current.app_ref)
            if current.parent_ref == parent:
                return True
            current = self.permissions.get(current.parent_ref)
        return False

    # -- all records -----------------------------------------------------------------------------
    def run(self, records: Sequence[Record]) -> List[Candidate]:
        records = with_councils(records)
        matches = [self.match(r) for r in records]
        groups = self._merge(records)
        candidates = [self._candidate([records[i] for i in g], [matches[i] for i in g]) for g in groups]
        candidates.sort(key=lambda c: (STRENGTHS.index(c.strength), c.app_ref or "\uffff", c.candidate_id))
        return candidates

    def _merge(self, records: Sequence[Record]) -> List[List[int]]:
        """Groups of record indices, one a dwelling (union-find on UPRN and dwelling address)."""
        parent = list(range(len(records)))

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        def join(i: int, j: int) -> None:
            a, b = root(i), root(j)
            if a != b:
                parent[max(a, b)] = min(a, b)

        keys = [ad.dwelling_key(self.parse(r)) for r in records]
        by_uprn = {}  # type: Dict[str, int]
        by_key = {}  # type: Dict[Tuple, int]
        for i, record in enumerate(records):
            if record.uprn:
                first = by_uprn.get(record.uprn)
                if first is None:
                    by_uprn[record.uprn] = i
                elif keys[i] is None or keys[first] is None or keys[i] == keys[first]:
                    join(first, i)  # the same UPRN, addresses not telling two dwellings apart
            if keys[i] is not None:
                first = by_key.setdefault(keys[i], i)
                if first != i:
                    a, b = records[first].uprn, records[i].uprn
                    if not (a and b and a != b):  # two UPRNs: two dwellings, even at one address
                        join(first, i)
        groups = OrderedDict()  # type: Dict[int, List[int]]
        for i in range(len(records)):
            groups.setdefault(root(i), []).append(i)
        return list(groups.values())

    def _candidate(self, records: List[Record], matches: List[Match]) -> Candidate:
        ranked = sorted((m for m in matches if m.app_ref), key=lambda m: RULES.index(m.rule))
        best = ranked[0] if ranked else None
        loose = set()
        if best is not None and best.loose:  # a street alone: the red line a record stands in is better
            place = next((m for m in ranked if m.rule == LOCATION and m.app_ref != best.app_ref), None)
            if place is not None:
                loose = {m.app_ref for m in ranked if m.loose}
                best = place
        app_ref = best.app_ref if best else None
        for m in ranked:  # a record found the reserved matters under the outline another found
            if app_ref and self.within(m.app_ref, app_ref):
                app_ref = m.app_ref
        conflicting = sorted(
            {
                ref
                for m in ranked
                for ref in (m.app_ref,) + m.others
                if ref != app_ref
                and ref not in loose
                and not self.within(app_ref, ref)
                and not self.within(ref, app_ref)
            }
        )
        sources = sorted({r.source for r in records})
        uprns = sorted({r.uprn for r in records if r.uprn})
        uprn = uprns[0] if uprns else None
        keys = [ad.dwelling_key(self.parse(r)) for r in records]
        key = next((k for k in keys if k is not None), None)
        address = next((r.address for r in records if r.address), None)
        parts = [" + ".join(source_words(r) for r in records)]
        if len(records) > 1:
            parts[0] += ", " + (
                tr("same UPRN") if uprn and all(r.uprn == uprn for r in records) else tr("same address")
            )
        if best is not None:
            parts.append(best.reason)
        notes = []
        for m in matches:
            for note in ((m.reason,) if m is not best and m.app_ref else ()) + m.notes:
                if note and note not in notes and note != (best.reason if best else None):
                    notes.append(note)
        parts.extend(notes)
        if best is None:
            strength = WEAK
        elif best.rule == REFERENCE or len(sources) >= 2:
            strength = STRONG
        elif best.rule in (UPRN, ADDRESS):
            strength = MEDIUM
        else:
            strength = WEAK
        if conflicting:
            strength = STRENGTHS[min(STRENGTHS.index(strength) + 1, len(STRENGTHS) - 1)]
            parts.append(tr("records point to other permissions too: {}").format(", ".join(conflicting)))
        confirmed = (self.completion_by_uprn.get(uprn) if uprn else None) or (
            self.completion_by_dwelling.get(key) if key else None
        )
        status = NEW
        if confirmed is not None:
            status = CONFIRMATION
            parts.append(tr("already recorded as completion {}").format(confirmed.completion_id))
            app_ref = app_ref or confirmed.app_ref
        if uprn:
            candidate_id = "uprn:" + uprn
        elif key is not None:
            candidate_id = "addr:" + "|".join(str(k) for k in key)
        else:
            candidate_id = "ev:" + hashlib.sha1(records[0].key.encode("utf-8")).hexdigest()[:16]
        return Candidate(
            candidate_id,
            app_ref,
            strength,
            status,
            tuple(records),
            uprn,
            address,
            "; ".join(p for p in parts if p),
            best.rule if best else None,
            confirmed.completion_id if confirmed else None,
        )


def _sector(postcode: Optional[str]) -> Optional[str]:
    """ "PL7 1AB" → "PL7 1" (a postcode sector lies in one council, nearly always)."""
    text = ad.postcode_of(postcode) if postcode else None
    return text[:-2] if text else None


def with_councils(records: Sequence[Record]) -> List[Record]:
    """The records, those without a council given the council the other records of their postcode
    sector name (a council-tax list seldom says whose it is; the EPCs of its streets do), when they
    all name one."""
    seen = defaultdict(set)  # type: Dict[str, set]
    for record in records:
        sector = _sector(record.postcode) if record.lpa else None
        if sector:
            seen[sector].add(record.lpa)
    out = []
    for record in records:
        if not record.lpa:
            councils = seen.get(_sector(record.postcode) or "", ())
            if len(councils) == 1:
                record = record._replace(lpa=next(iter(councils)))
        out.append(record)
    return out


def counts_by_strength(candidates: Iterable[Candidate], status: Optional[str] = NEW) -> Dict[str, int]:
    out = OrderedDict((s, 0) for s in STRENGTHS)
    for c in candidates:
        if status is None or c.status == status:
            out[c.strength] += 1
    return out
