"""Rejected rows, kept with their reason: the rejects CSV every importer and ``loadstandard`` write
(the layer, the row, the reason, then the row's original columns), so nothing is silently dropped."""

import csv
import os
from typing import Any, Dict, List, NamedTuple

from .safe_cells import safe_row


class Rejected(NamedTuple):
    layer: str
    row: int  # 1-based position of the row in the source layer
    reason: str
    values: Dict[str, Any]


def write_rejects(path: str, rejected: List[Rejected]) -> None:
    """Rejected rows with their reason and every original column, as CSV (UTF-8 with BOM for Excel)."""
    columns = []  # type: List[str]
    for item in rejected:
        for column in item.values:
            if column not in columns:
                columns.append(column)
    with RejectsWriter(path, columns) as writer:
        for item in rejected:
            writer.write(item)


class RejectsWriter:
    """Rejected rows written as they come (an import streams its input, so they are never all held):
    layer, row, reason, then the given original columns; CSV, UTF-8 with BOM for Excel."""

    def __init__(self, path: str, columns: List[str]):
        self.path = path
        self.columns = list(columns)
        self.count = 0
        self._handle = open(path, "w", newline="", encoding="utf-8-sig")
        self._writer = csv.writer(self._handle)
        self._writer.writerow(safe_row(["layer", "row", "reason"] + self.columns))

    def write(self, item: Rejected) -> None:
        values = [_text(item.values.get(c)) for c in self.columns]
        self._writer.writerow(safe_row([item.layer, item.row, item.reason] + values))
        self.count += 1

    def close(self) -> None:
        """Finish the file: flushed and on the disk (an OSError here means it is not complete)."""
        if self._handle.closed:
            return
        try:
            self._handle.flush()
            os.fsync(self._handle.fileno())
        finally:
            self._handle.close()

    def __enter__(self) -> "RejectsWriter":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def _text(value: Any) -> str:
    return "" if value is None else str(value)
