"""Reading English addresses as council records write them, for matching (plain Python, no QGIS).

``parse`` splits an address into what matching compares: the flat (``Flat 2``, ``Apartment 3``, ``Unit
B``), the house number with its letter (``14a`` → 14 and ``A``) or range (``12-16``), the street with
its abbreviations written out (``High St`` → HIGH STREET, ``Mill Rd`` → MILL ROAD; ``St`` at the start
of a street is SAINT: ``St Marys Road``), the names of the building or development (``Saltram
Meadow``, ``The Old Bank``), the plot (``Plot 4``), and a postcode found in the text.

A dwelling is told by ``dwelling_key``: postcode, street, house number and the dwelling's own
identifier within the building — its flat or the letter of its number. So ``Flat A, 14 High St`` and
``14a High Street`` (same postcode) are one dwelling, while ``Flat 2, 14 High St`` and ``14a High
Street`` are two dwellings of one building (``building_key``: postcode, street, number 14), which is
what a permission for "14 High Street" covers.
"""

import re
from typing import FrozenSet, NamedTuple, Optional, Tuple

POSTCODE = re.compile(r"\b([A-Z]{1,2}[0-9][0-9A-Z]?)\s*([0-9][A-Z]{2})\b")

STREET_TYPES = {
    "ST": "STREET",
    "STR": "STREET",
    "RD": "ROAD",
    "AVE": "AVENUE",
    "AV": "AVENUE",
    "CL": "CLOSE",
    "CRES": "CRESCENT",
    "CRESC": "CRESCENT",
    "DR": "DRIVE",
    "LN": "LANE",
    "PL": "PLACE",
    "SQ": "SQUARE",
    "TER": "TERRACE",
    "TERR": "TERRACE",
    "GDNS": "GARDENS",
    "GRN": "GREEN",
    "GR": "GROVE",
    "CT": "COURT",
    "PK": "PARK",
    "WY": "WAY",
    "HL": "HILL",
    "MWS": "MEWS",
    "PDE": "PARADE",
    "BLVD": "BOULEVARD",
}
STREET_WORDS = set(STREET_TYPES.values()) | {
    "ROW",
    "WALK",
    "VIEW",
    "RISE",
    "MEADOW",
    "MEADOWS",
    "FIELDS",
    "QUAY",
    "WHARF",
    "CHASE",
    "HEIGHTS",
    "CROFT",
    "END",
    "YARD",
}
FLAT_WORDS = {"FLAT", "FLT", "APARTMENT", "APT", "UNIT", "MAISONETTE", "STUDIO", "ROOM"}
PLOT_WORDS = {"PLOT", "PLT"}
PHASE_WORDS = {"PHASE", "STAGE", "PARCEL"}  # "Phase 10, Land at Plymouth Road": 10 is no house number
# Words of a permission's address that name no place: "Land at the rear of 14 High Street".
NOISE = {
    "LAND",
    "AT",
    "OFF",
    "OF",
    "TO",
    "THE",
    "REAR",
    "ADJACENT",
    "ADJ",
    "ADJOINING",
    "NEAR",
    "FORMER",
    "SITE",
    "SITES",
    "PART",
    "AND",
    "NORTH",
    "SOUTH",
    "EAST",
    "WEST",
    "BETWEEN",
    "BEHIND",
    "OPPOSITE",
    "FRONTING",
}
NUMBER = re.compile(r"^(\d+)([A-Z]?)$")
RANGE = re.compile(r"^(\d+)[A-Z]?-(\d+)[A-Z]?$")
_DASH = re.compile(r"(\d)\s*-\s*(\d)")
_LETTER = re.compile(r"\b(\d+)\s+([A-Z])\b(?=\s+[A-Z]{2,})")
_SPLIT_WORDS = re.compile(r"[^0-9A-Z/-]+")
_SPLIT_PARTS = re.compile(r"[,;\n]+")


class Parsed(NamedTuple):
    flat: Optional[str]
    number: Optional[int]
    suffix: str
    number_range: Optional[Tuple[int, int]]
    street: Optional[str]
    names: FrozenSet[str]  # building / development names, each as normalised words ("SALTRAM MEADOW")
    plot: Optional[str]
    postcode: Optional[str]

    @property
    def unit(self) -> str:
        """The dwelling's own identifier within its building: the flat, else the number's letter."""
        return self.flat or self.suffix


def postcode_of(text: Optional[str]) -> Optional[str]:
    if not text:
        return None
    found = POSTCODE.search(str(text).upper())
    return "{} {}".format(found.group(1), found.group(2)) if found else None


def _words(text: str):
    text = text.upper().replace("&", " AND ").replace("'", "").replace("’", "")
    text = _DASH.sub(r"\1-\2", text)  # "12 - 16" → "12-16"
    text = _LETTER.sub(r"\1\2", text)  # "14 A High St" → "14A High St"
    return [w for w in _SPLIT_WORDS.split(text) if w and w not in {"-", "/"}]


def street_name(words) -> Optional[str]:
    """The street from its words, abbreviations written out: ST at the start is SAINT."""
    out = []
    for i, word in enumerate(words):
        if word == "ST" and i == 0 and len(words) > 1:
            out.append("SAINT")
        elif word in STREET_TYPES and (i == len(words) - 1 or i > 0):
            out.append(STREET_TYPES[word])
        else:
            out.append(word)
    return " ".join(out) or None


def _looks_like_street(words) -> bool:
    return bool(words) and (words[-1] in STREET_WORDS or words[-1] in STREET_TYPES)


def _strip_noise(words):
    while len(words) > 1 and words[0] in NOISE:
        words = words[1:]
    return words


def _numbered(words) -> bool:
    return bool(words) and bool(NUMBER.match(words[0]) or RANGE.match(words[0]))


def parse(text: Optional[str], postcode: Optional[str] = None) -> Parsed:
    """The parts of an address; ``postcode`` (a record's own column) wins over one in the text."""
    raw = str(text or "")
    found_postcode = postcode_of(raw)
    raw = POSTCODE.sub(" ", raw.upper())
    flat = plot = street = None
    number = None
    suffix = ""
    number_range = None
    names = set()
    parts = []
    for part in [p for p in _SPLIT_PARTS.split(raw) if p.strip()]:
        words = _strip_noise(_words(part))
        if len(words) >= 2 and words[-1] in FLAT_WORDS and flat is None:  # "Ground Floor Flat"
            flat = " ".join(words[:-1])
            continue
        while words:
            word = words[0]
            if word in FLAT_WORDS and len(words) > 1 and flat is None:
                flat = words[1].lstrip("0") or "0"
                words = _strip_noise(words[2:])
            elif word in PHASE_WORDS and len(words) > 1:
                words = _strip_noise(words[2:])
            elif word in PLOT_WORDS and len(words) > 1 and plot is None:
                plot = words[1].lstrip("0") or "0"
                words = _strip_noise(words[2:])
            elif "/" in word and flat is None:  # "2/14 High Street": flat 2 of number 14
                left, _, right = word.partition("/")
                flat = left or None
                words = [right] + words[1:] if right else words[1:]
            else:
                break
        if words:
            parts.append(words)
    for index, words in enumerate(parts):
        if _numbered(words) and number is None and number_range is None:
            match = NUMBER.match(words[0])
            if match:
                number, suffix = int(match.group(1)), match.group(2)
            else:
                span = RANGE.match(words[0])
                low, high = int(span.group(1)), int(span.group(2))
                number_range = (min(low, high), max(low, high))
            rest = _strip_noise(words[1:]) if len(words) > 1 else []
            if rest and street is None:
                street = street_name(rest)
            continue
        if street is not None:
            continue  # the locality, after the street: not compared
        later_number = any(_numbered(w) for w in parts[index + 1 :])
        # "Harbour View, Quay Road": a building named like a street, before the street itself
        next_street = index + 1 < len(parts) and _looks_like_street(parts[index + 1])
        if not later_number and not next_street and _looks_like_street(words):
            street = street_name(words)
            continue
        meaningful = [w for w in words if w not in NOISE and not w.isdigit()]
        if meaningful:
            names.add(" ".join(meaningful))
    return Parsed(
        flat,
        number,
        suffix,
        number_range,
        street,
        frozenset(names),
        plot,
        (postcode_of(postcode) if postcode else None) or found_postcode,
    )


def last_part(text: Optional[str]) -> Optional[str]:
    """The last part of an address, normalised (its town, mostly: "Millbay, Plymouth" → PLYMOUTH)."""
    parts = [p for p in _SPLIT_PARTS.split(POSTCODE.sub(" ", str(text or "").upper())) if p.strip()]
    return " ".join(_words(parts[-1])) if len(parts) > 1 else None


def dwelling_key(parsed: Parsed) -> Optional[Tuple]:
    """One dwelling: postcode, street, number (or building name) and its own flat or letter; None when
    the address cannot tell a dwelling (no postcode, no street, or neither number nor name)."""
    if not parsed.postcode or not parsed.street:
        return None
    if parsed.number is not None:
        return (parsed.postcode, parsed.street, str(parsed.number), parsed.unit)
    if parsed.names and parsed.flat:
        return (parsed.postcode, parsed.street, min(parsed.names), parsed.flat)
    if parsed.plot:
        return (parsed.postcode, parsed.street, "PLOT", parsed.plot)
    return None


def building_key(parsed: Parsed) -> Optional[Tuple]:
    if not parsed.street or parsed.number is None:
        return None
    return (parsed.postcode or "", parsed.street, parsed.number)
