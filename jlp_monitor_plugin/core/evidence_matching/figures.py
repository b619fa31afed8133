"""Completions by evidence strength as a report table (the data-quality section)."""

from .. import schema
from ..reports.tables import Column, Table, homes
from ..store import Store
from ..translation import tr
from .run import evidence_by_strength


def evidence_table(store: Store) -> Table:
    """One row per strength: candidates to decide, confirmations, accepted, rejected."""
    labels = {"strong": tr("Strong"), "medium": tr("Medium"), "weak": tr("Weak")}
    records = []
    present = schema.EVIDENCE_CANDIDATES in store.layer_names()
    for strength, counts in evidence_by_strength(store).items() if present else ():
        record = {"strength": labels[strength]}
        record.update(counts)
        record["total"] = sum(counts.values())
        records.append(record)
    if not any(r["total"] for r in records):
        records = []
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
