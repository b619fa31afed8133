"""Making an import reversible: every change an import writes is recorded in the store's ``import_log``
(one row a feature: run id, layer, key, what was done, the old and the new values as JSON, source,
who and when), in the import's own transaction; ``undo_import`` puts back exactly the old values,
deletes the rows the import inserted and restores the rows it deleted (replace mode), in one
transaction — and refuses, writing nothing, when any of those rows changed since.

The log's values are JSON: numbers, text, ISO dates, and under ``__geometry__`` the geometry as
hexadecimal WKB (null: none).
"""

import datetime
import decimal
import json
import uuid
from typing import Any, Dict, Iterator, List, NamedTuple, Optional, Sequence, Tuple

from qgis.core import QgsGeometry

from .. import schema
from ..sql import quote_identifier
from ..store import Store
from ..store_base import StoreError
from ..translation import tr
from ..values import comparable
from .field_map import KEYS, OFFICER_FIELDS, TARGET_LAYERS

GEOMETRY_KEY = "__geometry__"
LOG_FIELDS = [f.name for f in schema.LAYERS[schema.IMPORT_LOG].fields]
INSERTED, UPDATED, DELETED, UNDONE = "inserted", "updated", "deleted", "undone"


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if hasattr(value, "isNull") and value.isNull():
        return None
    return str(value)


def _json(values: Optional[Dict[str, Any]]) -> Optional[str]:
    if values is None:
        return None
    return json.dumps({k: _plain(v) for k, v in values.items()}, ensure_ascii=False, sort_keys=True)


class ChangeLog:
    """The changes of one import run, written to ``import_log`` on the run's own connection in batches
    as they come (so a 100,000-row import never holds its log in memory) and committed with it."""

    BATCH = 1000

    def __init__(self, source: str, user: str, con=None):
        self.run_id = "{}-{}".format(datetime.datetime.now().strftime("%Y%m%dT%H%M%S"), uuid.uuid4().hex[:8])
        self.source = source
        self.user = user
        self.at = datetime.datetime.now().isoformat(timespec="seconds")
        self.con = con  # the import's open transaction; rows wait in memory until it is given
        self.count = 0  # changes recorded so far
        self._pending = []  # type: List[Tuple]

    def add(self, layer: str, key: Sequence[Any], action: str, fid: Optional[int], old, new) -> None:
        self._pending.append(
            (
                self.run_id,
                layer,
                json.dumps([_plain(k) for k in key], ensure_ascii=False),
                action,
                fid,
                _json(old),
                _json(new),
                self.source,
                self.user,
                self.at,
            )
        )
        self.count += 1
        if self.con is not None and len(self._pending) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        """Write the changes not yet written (inside the import's transaction)."""
        if self._pending:
            self.con.insert_rows(schema.IMPORT_LOG, LOG_FIELDS, self._pending)
            self._pending = []


def whole_rows(
    con, name: str, key_fields: Sequence[str], geometry_column: Optional[str], fids: Sequence[int]
) -> Iterator[Tuple[int, Tuple, Dict[str, Any]]]:
    """(fid, key values, {column: value, …, __geometry__: WKB}) of rows about to be deleted: every
    column the table has (extra fields of other tools too), so undoing brings the row back whole."""
    columns = _columns(con, name, geometry_column)
    selected = ["fid"] + [quote_identifier(c) for c in columns]
    if geometry_column:
        selected.append(con.geometry_select(geometry_column))
    for start in range(0, len(fids), 500):
        chunk = list(fids[start : start + 500])
        sql = "SELECT {} FROM {} WHERE fid IN ({})".format(
            ", ".join(selected), quote_identifier(name), ", ".join("?" for _ in chunk)
        )
        for row in con.execute(sql, chunk).fetchall():
            values = dict(zip(columns, row[1 : 1 + len(columns)]))
            if geometry_column:
                values[GEOMETRY_KEY] = con.wkb(row[-1])
            yield row[0], tuple(values.get(k) for k in key_fields), values


def _columns(con, name: str, geometry_column: Optional[str]) -> List[str]:
    cursor = con.execute("SELECT * FROM {} WHERE 1 = 0".format(quote_identifier(name)))
    names = [d[0] for d in cursor.description]
    return [n for n in names if n != "fid" and n != geometry_column]


# -- undoing -------------------------------------------------------------------------------------


class ImportRun(NamedTuple):
    run_id: str
    source: str
    user: str
    at: str
    layers: List[str]
    inserted: int
    updated: int
    deleted: int

    def describe(self) -> str:
        return tr(
            "the import of {source} into {layers} on {at} by {user}: {updated} rows changed, "
            "{inserted} inserted, {deleted} deleted"
        ).format(
            source=self.source,
            layers=", ".join(self.layers),
            at=self.at.replace("T", " "),
            user=self.user,
            updated=self.updated,
            inserted=self.inserted,
            deleted=self.deleted,
        )


class UndoRefused(StoreError):  # noqa: N818 - reads as the outcome, like ImportFailed
    """The import cannot be undone (rows changed since, or nothing to undo); nothing was written."""


def _log_rows(con, where: str = "", params: Sequence[Any] = ()) -> List[Dict[str, Any]]:
    columns = ", ".join(quote_identifier(f) for f in ["fid"] + LOG_FIELDS)
    sql = "SELECT {} FROM {} {} ORDER BY fid".format(columns, quote_identifier(schema.IMPORT_LOG), where)
    return [dict(zip(["fid"] + LOG_FIELDS, r)) for r in con.execute(sql, params).fetchall()]


def last_import(store: Store) -> Optional[ImportRun]:
    """The latest import that changed something and is not undone yet (None when there is none)."""
    if schema.IMPORT_LOG not in store.layer_names():
        return None
    # Read only (no write lock on a GeoPackage): the dialog asks this whenever it opens.
    rows = [
        dict(zip(["fid"] + LOG_FIELDS, (r[0],) + tuple(r[2:])))
        for r in store.read_rows(schema.IMPORT_LOG, LOG_FIELDS, with_geometry=False)
    ]
    undone = {r["run_id"] for r in rows if r["action"] == UNDONE}
    runs = []  # type: List[str]
    for row in rows:
        if row["run_id"] not in undone and row["run_id"] not in runs:
            runs.append(row["run_id"])
    if not runs:
        return None
    return _run_of([r for r in rows if r["run_id"] == runs[-1]])


def _run_of(rows: List[Dict[str, Any]]) -> ImportRun:
    first = rows[0]
    layers = []  # type: List[str]
    for row in rows:
        if row["layer"] not in layers:
            layers.append(row["layer"])
    count = {action: sum(1 for r in rows if r["action"] == action) for action in (INSERTED, UPDATED, DELETED)}
    return ImportRun(
        first["run_id"],
        first["source"] or "",
        first["user"] or "",
        first["at"] or "",
        layers,
        count[INSERTED],
        count[UPDATED],
        count[DELETED],
    )


def _geometry(value: Optional[str]) -> Optional[QgsGeometry]:
    if not value:
        return None
    geometry = QgsGeometry()
    geometry.fromWkb(bytes.fromhex(value))
    return None if geometry.isNull() else geometry


def undo_import(store: Store, run_id: Optional[str] = None, user: str = "") -> ImportRun:
    """Undo import ``run_id`` (default: the last one) in one transaction; returns what was undone.
    Raises UndoRefused, writing nothing, when a row it changed, inserted or deleted has changed since."""
    run = last_import(store) if run_id is None else None
    if run_id is None:
        if run is None:
            raise UndoRefused(tr("There is no import to undo in {}.").format(store.name))
        run_id = run.run_id
    with store.transaction() as con:
        rows = _log_rows(con, "WHERE run_id = ?", (run_id,))
        if not rows or any(r["action"] == UNDONE for r in rows):
            raise UndoRefused(tr("Import {} has no changes to undo (undone already?).").format(run_id))
        run = _run_of(rows)
        conflicts = []  # type: List[str]
        plans = []  # type: List[Tuple[Dict[str, Any], Optional[int], Dict[str, Any], Dict[str, Any]]]
        keys_cache = {}  # type: Dict[str, Dict[Tuple, int]]
        for row in rows:
            layer = row["layer"]
            layer_def = schema.LAYERS[layer]
            kinds = {f.name: f.kind for f in layer_def.fields}
            geometry_column = store.geometry_column(layer) if layer_def.geometry else None
            old = json.loads(row["old_values"]) if row["old_values"] else {}
            new = json.loads(row["new_values"]) if row["new_values"] else {}
            key = tuple(json.loads(row["feature_key"] or "[]"))
            if layer not in keys_cache:
                keys_cache[layer] = _fids_by_key(con, layer, row, kinds)
            fid = row["feature_fid"]
            if row["action"] == INSERTED:
                fid = keys_cache[layer].get(_key(kinds, layer, key))
                if fid is None:
                    conflicts.append(tr("{} {} (inserted by the import) is gone").format(layer, _shown(key)))
                    continue
            elif row["action"] == DELETED:
                if _key(kinds, layer, key) in keys_cache[layer]:
                    conflicts.append(tr("{} {} (deleted by the import) is back").format(layer, _shown(key)))
                    continue
                plans.append((row, fid, old, new))
                continue
            checked = {f: v for f, v in new.items() if f not in OFFICER_FIELDS}
            current = _current(con, layer, fid, [f for f in checked if f != GEOMETRY_KEY], geometry_column)
            if current is None:
                conflicts.append(tr("{} {} is gone").format(layer, _shown(key)))
                continue
            for field, value in checked.items():
                if field == GEOMETRY_KEY:
                    now = current.get(GEOMETRY_KEY)
                    then = _geometry(value)
                    same = (now is None) == (then is None) and (now is None or now.equals(then))
                else:
                    same = comparable(kinds.get(field, schema.TEXT), current[field]) == comparable(
                        kinds.get(field, schema.TEXT), value
                    )
                if not same:
                    conflicts.append(
                        tr("{} {}: {} changed since the import").format(layer, _shown(key), field)
                    )
                    break
            else:
                plans.append((row, fid, old, new))
        if conflicts:
            more = len(conflicts) - 5
            raise UndoRefused(
                tr("The import of {} cannot be undone; nothing was changed. {}{}").format(
                    run.source,
                    "; ".join(conflicts[:5]),
                    tr(" (and {} more)").format(more) if more > 0 else "",
                )
            )
        touched = set()
        reinserted = set()
        for row, fid, old, _new in plans:
            layer = row["layer"]
            touched.add(layer)
            geometry_column = store.geometry_column(layer) if schema.LAYERS[layer].geometry else None
            if row["action"] == INSERTED:
                con.execute("DELETE FROM {} WHERE fid = ?".format(quote_identifier(layer)), (fid,))
            elif row["action"] == UPDATED:
                _write(con, layer, geometry_column, old, fid, update=True)
            else:
                _write(con, layer, geometry_column, old, fid, update=False)
                reinserted.add(layer)
        for layer in reinserted:
            con.fids_written(layer)
        for layer in touched:
            con.rows_written(layer)
        marker = ChangeLog(run.source, user, con)  # the undo's own row: the run is not offered again
        marker.run_id = run_id
        marker.add("", (), UNDONE, None, None, None)
        marker.flush()
    return run


def _key(kinds: Dict[str, str], layer: str, key: Sequence[Any]) -> Tuple:
    fields = _key_fields(layer)
    return tuple(comparable(kinds.get(f, schema.TEXT), v) for f, v in zip(fields, key))


def _key_fields(layer: str) -> Tuple[str, ...]:
    for target, name in TARGET_LAYERS.items():
        if name == layer:
            return KEYS[target]
    return ("app_ref",)  # permission_boundaries (through a permissions import)


def _fids_by_key(con, layer: str, row, kinds) -> Dict[Tuple, int]:
    fields = _key_fields(layer)
    sql = "SELECT fid, {} FROM {} ORDER BY fid".format(
        ", ".join(quote_identifier(f) for f in fields), quote_identifier(layer)
    )
    out = {}  # type: Dict[Tuple, int]
    for found in con.execute(sql).fetchall():
        out.setdefault(_key(kinds, layer, found[1:]), found[0])
    return out


def _current(con, layer: str, fid: int, fields: List[str], geometry_column: Optional[str]):
    selected = ["fid"] + [quote_identifier(f) for f in fields]
    if geometry_column:
        selected.append(con.geometry_select(geometry_column))
    found = con.execute(
        "SELECT {} FROM {} WHERE fid = ?".format(", ".join(selected), quote_identifier(layer)), (fid,)
    ).fetchone()
    if found is None:
        return None
    values = dict(zip(fields, found[1 : 1 + len(fields)]))
    if geometry_column:
        wkb = con.wkb(found[-1])
        geometry = QgsGeometry()
        if wkb is not None:
            geometry.fromWkb(wkb)
        values[GEOMETRY_KEY] = None if wkb is None or geometry.isNull() else geometry
    return values


def _write(con, layer: str, geometry_column: Optional[str], values: Dict[str, Any], fid: int, update: bool):
    columns = [c for c in values if c != GEOMETRY_KEY]
    params = [values[c] for c in columns]
    marks = ["?" for _ in columns]
    names = [quote_identifier(c) for c in columns]
    if geometry_column and GEOMETRY_KEY in values:
        names.append(quote_identifier(geometry_column))
        marks.append(con.geometry_placeholder(layer))
        params.append(con.geometry_value(_geometry(values[GEOMETRY_KEY]), layer))
    if update:
        if not names:
            return
        assignments = ", ".join("{} = {}".format(n, m) for n, m in zip(names, marks))
        con.execute(
            "UPDATE {} SET {} WHERE fid = ?".format(quote_identifier(layer), assignments), params + [fid]
        )
    else:
        con.execute(
            "INSERT INTO {} (fid, {}) VALUES (?, {})".format(
                quote_identifier(layer), ", ".join(names), ", ".join(marks)
            ),
            [fid] + params,
        )


def _shown(key: Sequence[Any]) -> str:
    return " / ".join("" if k is None else str(k) for k in key)
