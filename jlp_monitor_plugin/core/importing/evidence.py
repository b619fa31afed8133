"""Completion evidence as import targets: EPC domestic certificates, council-tax new properties and
building-control completion certificates, all into the store's ``completion_evidence`` layer with
``source`` set by the target (``epc``, ``council_tax``, ``building_control``).

The headings suggested are those of the published files: the EPC domestic bulk open-data CSV
(``certificates.csv``: LMK_KEY, ADDRESS1–3, ADDRESS, POSTCODE, UPRN, LODGEMENT_DATE,
TRANSACTION_TYPE, PROPERTY_TYPE, LOCAL_AUTHORITY …) and the usual council-tax and building-control
extracts. An EPC row is evidence of a new home only when its TRANSACTION_TYPE is "new dwelling": the
others (sales, lettings, assessments) are SKIPPED, counted apart from READ, so
READ = INSERTED + UPDATED + REJECTED still holds for the rows taken as evidence.

Rows are keyed on ``source`` + ``evidence_id`` (LMK_KEY, the council-tax property reference, the
certificate number; generated from the row's content when the file has none), so loading a file
again changes nothing and a replace-mode import replaces only its own source's rows.

Plain data and small row rules only; ``field_map`` and ``plan`` call them.
"""

import re
from collections import OrderedDict
from typing import Any, Dict, List, Optional

from .. import schema

EPC = "epc"
COUNCIL_TAX = "council_tax"
BUILDING_CONTROL = "building_control"
TARGETS = [EPC, COUNCIL_TAX, BUILDING_CONTROL]
TARGET_LAYERS = {t: schema.COMPLETION_EVIDENCE for t in TARGETS}
KEYS = {t: ("source", "evidence_id") for t in TARGETS}
ID_FIELD = "evidence_id"
# Set by the target, never mapped.
DERIVED = {t: ("source",) for t in TARGETS}
NEW_DWELLING = "new dwelling"

_DATE = ["date", "effective date", "completion date"]
_UPRN = ["uprn", "unique property reference number", "property uprn"]
_POSTCODE = ["postcode", "post code", "postal code"]
_ADDRESS = ["address", "full address", "property address", "site address"]
_APP_REF = [
    "planning reference",
    "planning ref",
    "planning application",
    "planning application number",
    "application number",
    "app ref",
]

SYNONYMS = {
    EPC: OrderedDict(
        [
            (ID_FIELD, ["lmk key", "certificate number", "certificate hash"]),
            ("uprn", _UPRN),
            ("address", _ADDRESS),
            ("postcode", _POSTCODE),
            ("evidence_date", ["lodgement date", "lodgement datetime", "inspection date"]),
            ("lpa", ["local authority", "local authority label"]),
            ("property_type", ["property type", "built form"]),
            ("transaction_type", ["transaction type"]),
        ]
    ),
    COUNCIL_TAX: OrderedDict(
        [
            (
                ID_FIELD,
                ["property reference", "property ref", "account reference", "ctax ref", "reference", "ref"],
            ),
            ("uprn", _UPRN),
            ("address", _ADDRESS),
            ("postcode", _POSTCODE),
            (
                "evidence_date",
                ["effective date", "band effective date", "date banded", "liability date"] + _DATE,
            ),
            ("lpa", ["council", "billing authority", "authority", "lpa"]),
            ("property_type", ["property type", "type"]),
            ("band", ["band", "council tax band", "ctax band", "valuation band"]),
        ]
    ),
    BUILDING_CONTROL: OrderedDict(
        [
            (
                ID_FIELD,
                [
                    "certificate number",
                    "certificate no",
                    "certificate reference",
                    "bc reference",
                    "bc ref",
                    "building control reference",
                    "reference",
                ],
            ),
            ("uprn", _UPRN),
            ("address", _ADDRESS),
            ("postcode", _POSTCODE),
            ("app_ref", _APP_REF),
            (
                "evidence_date",
                ["completion date", "certificate date", "date of completion", "completion certificate date"]
                + _DATE,
            ),
            ("lpa", ["council", "authority", "lpa"]),
            ("property_type", ["property type", "building type", "type"]),
        ]
    ),
}

# What each target's mapping must give, beyond evidence_id (generated when absent).
REQUIRED_MAPPING = {EPC: ("transaction_type",), COUNCIL_TAX: (), BUILDING_CONTROL: ()}
# At least one of these, or a record cannot be matched to anything.
ONE_OF = ("uprn", "address", "postcode", "app_ref")

_POSTCODE_RE = re.compile(r"^([A-Z]{1,2}[0-9][0-9A-Z]?)\s*([0-9][A-Z]{2})$")


def tidy_postcode(value: Optional[str]) -> Optional[str]:
    """ "pl1  2ab" → "PL1 2AB"; text that is not a postcode is kept in capitals, spaces squeezed."""
    if value is None:
        return None
    text = " ".join(str(value).upper().split())
    found = _POSTCODE_RE.match(text)
    return "{} {}".format(found.group(1), found.group(2)) if found else (text or None)


def tidy_address(value: Optional[str]) -> Optional[str]:
    """An address from joined parts with the empty parts left out: "Flat 2, , 14 High St, " →
    "Flat 2, 14 High St"."""
    if value is None:
        return None
    parts = [" ".join(p.split()) for p in str(value).split(",")]
    return ", ".join(p for p in parts if p) or None


def tidy_uprn(value: Optional[str]) -> Optional[str]:
    """A UPRN as digits without leading zeros ("000100040123456" and "100040123456.0" are one)."""
    if value is None:
        return None
    text = str(value).strip()
    if text.endswith(".0"):
        text = text[:-2]
    if text.isdigit():
        return text.lstrip("0") or None
    return text or None


def is_new_dwelling(value: Any) -> bool:
    return " ".join(str(value or "").lower().replace("_", " ").split()) == NEW_DWELLING


def finish_row(target: str, values: Dict[str, Any]) -> bool:
    """Set the row's source and tidy its address, postcode and UPRN; False when the row is not
    evidence of a new home (an EPC lodged for a sale, a letting …) and is skipped."""
    values["source"] = target
    for field, tidy in (("address", tidy_address), ("postcode", tidy_postcode), ("uprn", tidy_uprn)):
        if field in values:
            values[field] = tidy(values[field])
    if target == EPC:
        return is_new_dwelling(values.get("transaction_type"))
    return True


def missing_mapping(target: str, mapped: List[str]) -> List[str]:
    """The fields a mapping for ``target`` lacks (empty when it will do)."""
    missing = [f for f in REQUIRED_MAPPING.get(target, ()) if f not in mapped]
    if not any(f in mapped for f in ONE_OF):
        missing.append(" / ".join(ONE_OF))
    return missing
