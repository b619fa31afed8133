"""Frozen housing positions (issue 11): a published position kept in the store for good.

``freeze_position(store, base_date, label, note)`` computes the figures at the base date and writes,
in one transaction, a ``housing_position`` row (who, when, the counts, a SHA-256 content hash and the
hash of the position frozen before it) and its ``position_figures`` rows: the five summary tables,
the site schedule, the five-year statement steps, the completions, permissions and trajectory rows
the figures came from, the plan settings in force and the store's own trajectory rows.

A frozen position never changes: triggers refuse UPDATE and DELETE on both backends (and TRUNCATE on
PostGIS); the store's API refuses too. Reading a position checks its hash and row counts, and the
chain of previous hashes shows a position deleted from between two others: a position altered behind
the plugin's back is refused (``PositionError``) with what was found.
"""

import datetime
import hashlib
import json
from collections import OrderedDict
from typing import Any, Dict, List, NamedTuple, Optional

from . import schema
from .position_content import canonical, content_lines, read_result, result_parts
from .store import Store
from .translation import tr

FIGURE_FIELDS = ["position_id", "part", "row_no", "content"]
HEADER_FIELDS = [
    "position_id",
    "base_date",
    "label",
    "note",
    "frozen_by",
    "frozen_at",
    "plugin_version",
    "counts",
    "previous_hash",
    "content_hash",
]


class PositionError(ValueError):
    """A position that cannot be frozen, found or trusted, with what to do."""


class Position(NamedTuple):
    position_id: str
    base_date: datetime.date
    label: str
    note: str
    frozen_by: str
    frozen_at: str
    plugin_version: str
    counts: Dict[str, int]
    previous_hash: str
    content_hash: str

    def header(self) -> Dict[str, Any]:
        """What the hash covers of the header (all of it but the hash itself)."""
        values = self._asdict()
        values.pop("content_hash")
        values["base_date"] = self.base_date.isoformat()
        return values

    @property
    def title(self) -> str:
        return "{} ({})".format(self.label, self.position_id) if self.label else self.position_id


class FrozenPosition(NamedTuple):
    position: Position
    parts: Dict[str, List[Any]]

    def review_counts(self) -> Dict[str, int]:
        return OrderedDict((k, v) for k, v in self.parts.get("review_counts", []))

    def evidence_strengths(self) -> List[Dict[str, Any]]:
        """Suggested completions by evidence strength when the position was frozen."""
        return [dict(r) for r in self.parts.get("evidence_strengths", [])]

    def rejected_rows(self) -> List[Dict[str, Any]]:
        return [dict(r) for r in self.parts.get("rejected_rows", [])]

    def rejects_files(self) -> List[str]:
        return list(self.parts.get("rejects_files", []))

    def describe(self) -> Dict[str, Any]:
        """What a report says of the position it shows."""
        p = self.position
        return {
            "id": p.position_id,
            "label": p.label,
            "title": p.title,
            "note": p.note,
            "frozen_by": p.frozen_by,
            "frozen_at": p.frozen_at,
            "frozen_on": p.frozen_at[:10],
            "content_hash": p.content_hash,
        }

    def result(self):
        """The figures as frozen: a MonitoringResult (pandas), with ``position`` set."""
        result = read_result(self.parts, self.position.base_date)
        result.position = self
        return result


def _hash(header: Dict[str, Any], rows) -> str:
    digest = hashlib.sha256()
    for line in content_lines(header, rows):
        digest.update(line.encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()


def list_positions(store: Store) -> List[Position]:
    """The store's positions in the order they were frozen (none when the store has no positions layer
    yet): the order of the hash chain."""
    if schema.HOUSING_POSITION not in store.layer_names():
        return []
    out = []
    for row in store.read_rows(schema.HOUSING_POSITION, HEADER_FIELDS, with_geometry=False):
        values = dict(zip(HEADER_FIELDS, row[2:]))
        values["base_date"] = datetime.date.fromisoformat(str(values["base_date"])[:10])
        values["counts"] = json.loads(values["counts"] or "{}")
        values = {k: ("" if v is None else v) for k, v in values.items()}
        out.append(Position(**values))
    return out  # read in fid order: the order they were written


def find_position(store: Store, text: str) -> Position:
    """The position named by its id or, when unique, its label."""
    text = (text or "").strip()
    positions = list_positions(store)
    for position in positions:
        if position.position_id == text:
            return position
    matching = [p for p in positions if p.label == text]
    if len(matching) == 1:
        return matching[0]
    known = "; ".join(p.title for p in positions) or tr(
        "none yet (freeze one with jlpmonitor:freezeposition)"
    )
    if matching:
        raise PositionError(
            tr("{} positions of {} have the label '{}'; name one by its id: {}").format(
                len(matching), store.where, text, known
            )
        )
    raise PositionError(
        tr("Store {} has no position '{}'. Its positions: {}").format(store.where, text, known)
    )


def _figure_rows(store: Store, position_id: str):
    with store.transaction() as con:
        cursor = con.execute(
            "SELECT part, row_no, content FROM position_figures WHERE position_id = ? ORDER BY part, row_no",
            (position_id,),
        )
        return [(r[0], int(r[1]), r[2]) for r in cursor.fetchall()]


def load_position(store: Store, text: str) -> FrozenPosition:
    """A frozen position, checked: its hash, its row counts and the hash chain before it. Raises
    PositionError naming what does not match when it was changed behind the plugin's back."""
    position = find_position(store, text)
    rows = _figure_rows(store, position.position_id)
    problems = []
    if position.counts.get("figure_rows") != len(rows):
        problems.append(
            tr("it has {} figure rows where {} were frozen").format(
                len(rows), position.counts.get("figure_rows")
            )
        )
    if _hash(position.header(), rows) != position.content_hash:
        problems.append(tr("its content no longer matches its hash {}").format(position.content_hash))
    positions = list_positions(store)
    index = [p.position_id for p in positions].index(position.position_id)
    expected_previous = positions[index - 1].content_hash if index else ""
    if position.previous_hash != expected_previous:
        problems.append(tr("the position frozen before it has been removed or changed"))
    if problems:
        raise PositionError(
            tr("Position {} of {} has been altered since it was frozen: {}. Do not use it; restore the store "
               "from a backup.").format(position.title, store.where, "; ".join(problems))
        )  # fmt: skip
    parts: Dict[str, List[Any]] = OrderedDict()
    for part, _row_no, text_ in rows:
        parts.setdefault(part, []).append(json.loads(text_))
    return FrozenPosition(position, parts)


def freeze_position(
    store: Store,
    base_date=None,
    label: str = "",
    note: str = "",
    user: Optional[str] = None,
    at: Optional[str] = None,
) -> Position:
    """Freeze the store's figures at ``base_date`` as a new position; returns it. Raises
    MonitoringError (bad base date or settings) or StoreError (the write failed: nothing written)."""
    from ..__about__ import __version__
    from .monitoring import compute_monitoring
    from .tagging import current_user

    result = compute_monitoring(store, base_date)
    parts = result_parts(result, store)
    earlier = list_positions(store)
    base = result.base_date.isoformat()
    same_date = [p for p in earlier if p.base_date == result.base_date]
    position_id = "{}-{}".format(base, len(same_date) + 1)
    rows = []
    for part, values in parts.items():
        rows.extend((part, row_no, canonical(value)) for row_no, value in enumerate(values))
    counts = {
        name: int(store.count(name))
        for name in (schema.PERMISSIONS, schema.COMPLETIONS, schema.TRAJECTORY, schema.ALLOCATIONS)
    }
    counts["figure_rows"] = len(rows)
    counts["parts"] = len(parts)
    position = Position(
        position_id=position_id,
        base_date=result.base_date,
        label=label or "",
        note=note or "",
        frozen_by=user or current_user(),
        frozen_at=at or datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat(),
        plugin_version=__version__,
        counts=counts,
        previous_hash=earlier[-1].content_hash if earlier else "",
        content_hash="",
    )
    position = position._replace(content_hash=_hash(position.header(), rows))
    header = position.header()
    header["counts"] = canonical(counts)
    header["content_hash"] = position.content_hash
    with store.transaction() as con:
        con.insert_rows(schema.HOUSING_POSITION, HEADER_FIELDS, [tuple(header[f] for f in HEADER_FIELDS)])
        con.insert_rows(schema.POSITION_FIGURES, FIGURE_FIELDS, [(position_id,) + r for r in rows])
    return position
