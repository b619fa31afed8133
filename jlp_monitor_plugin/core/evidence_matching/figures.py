"""Completions by evidence strength as a report table (the data-quality section)."""

from typing import Any, Dict, List

from .. import schema
from ..reports.tables import Column, Table, homes
from ..store import Store
from ..translation import tr
from .run import evidence_by_strength


def strength_counts(store: Store) -> List[Dict[str, Any]]:
    """One row per strength: its candidates to decide, confirmations, accepted, rejected and total
    ([] when the store has no candidates): what the table shows, and what a frozen position keeps."""
    rows = []
    present = schema.EVIDENCE_CANDIDATES in store.layer_names()
    for strength, counts in evidence_by_strength(store).items() if present else ():
        row: Dict[str, Any] = {"strength": strength}
        row.update(counts)
        row["total"] = sum(counts.values())
        rows.append(row)
    return rows if any(r["total"] for r in rows) else []


def evidence_table(rows: List[Dict[str, Any]]) -> Table:
    """The data-quality table of ``strength_counts`` rows."""
    labels = {"strong": tr("Strong"), "medium": tr("Medium"), "weak": tr("Weak")}
    records = [dict(r, strength=labels.get(r["strength"], r["strength"])) for r in rows]
    return (
        Table(
            "completion_evidence",
            tr("Suggested completions by evidence strength"),
            [
                Column("strength", tr("Evidence strength")),
                Column("new", tr("To decide"), homes, True),
                Column("confirmation", tr("Confirm a recorded completion"), homes, True),
                Column("accepted", tr("Accepted as completions"), homes, True),
                Column("rejected", tr("Rejected"), homes, True),
                Column("total", tr("Total"), homes, True),
            ],
            records,
        )
        .with_total(tr("Total"), ["new", "confirmation", "accepted", "rejected", "total"])
        .with_widths([22, 14, 22, 18, 12, 12])
    )
