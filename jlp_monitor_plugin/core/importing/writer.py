"""Writing one store layer inside an import's transaction, on either backend (GeoPackage or PostGIS,
through the connection ``Store.transaction`` gives).

``LayerWriter`` reads the layer's keys once (one entry a key: the row's fid and 16-byte digests of
its compared values and geometry), then inserts new keys in batches, updates only the values that
changed (never the protected officer fields) and, in replace mode, deletes the rows whose key did not
come back. In a dry run it reads and compares exactly the same way and writes nothing. When given a
``ChangeLog`` it records every change (old and new values) for ``import_log`` and ``undo_import``.
Geometries are written in the layer's CRS through the connection's geometry placeholder (GeoPackage
blob or PostGIS WKB); ``finish`` keeps the row count and extent right.

Also here: ``RedLineParts`` (a red line a file gives as several features, merged into one boundary)
and ``BoundaryPoints`` (permissions with no location given the point of their imported boundary).
"""

import hashlib
from collections import Counter
from typing import Any, Dict, Iterable, List, Optional, Sequence, Set, Tuple

from qgis.core import QgsGeometry, QgsRectangle

from .. import schema
from ..sql import quote_identifier
from ..store import Store
from ..values import comparable
from .undo import GEOMETRY_KEY, ChangeLog, whole_rows

BATCH = 500


def _hash(data: Optional[bytes]) -> Optional[bytes]:
    """A 16-byte digest (what the writer keeps per stored row instead of the values themselves)."""
    return None if data is None else hashlib.blake2b(data, digest_size=16).digest()


class LayerWriter:
    """Inserts, updates (only what changed) and deletes rows of one store layer inside a transaction."""

    def __init__(
        self,
        con,
        store: Store,
        name: str,
        key_fields: Sequence[str],
        fields: Sequence[str],
        protected: Iterable[str] = (),
        geometry: bool = False,
        log: Optional[ChangeLog] = None,
        dry_run: bool = False,
        scope: Optional[Dict[str, Any]] = None,
    ):
        self.con = con
        self.name = name
        # Only the rows with these values are this writer's (one source's evidence): read, matched and,
        # in replace mode, deleted; the layer's other rows are left alone.
        self.scope = dict(scope or {})
        # A dry run reads and compares exactly as an import does but writes nothing; the log (when
        # given) records every change written, for undo_import.
        self.log = log
        self.dry_run = dry_run
        self.changed_fields = Counter()  # type: Counter
        self.layer_def = schema.LAYERS[name]
        self.key_fields = list(key_fields)
        self.fields = [f for f in fields if f not in self.key_fields]  # written on insert
        self.compared = [f for f in self.fields if f not in set(protected)]  # written on update
        self.kinds = {f.name: f.kind for f in self.layer_def.fields}
        self.geometry_column = store.geometry_column(name) if geometry else None
        # The geometry column in SQL on either backend: read as WKB, written from a QgsGeometry.
        self.geometry_mark = con.geometry_placeholder(name) if self.geometry_column else "?"
        self.index = {}  # type: Dict[Tuple, Tuple[Optional[int], str, Optional[bytes]]]
        self.all_fids = set()  # type: Set[int]
        self.matched = set()  # type: Set[int]
        self.pending = []  # type: List[Tuple]
        self.touched = False
        self.extent = None  # type: Optional[QgsRectangle]
        self.table = quote_identifier(name)

    # reading what the layer holds
    def load(self) -> None:
        columns = ["fid"] + [quote_identifier(f) for f in self.key_fields + self.compared]
        if self.geometry_column:
            columns.append(self.con.geometry_select(self.geometry_column))
        where = " AND ".join("{} = ?".format(quote_identifier(f)) for f in self.scope)
        sql = "SELECT {} FROM {}{} ORDER BY fid".format(
            ", ".join(columns), self.table, " WHERE " + where if where else ""
        )
        n_keys = len(self.key_fields)
        for row in self.con.execute(sql, list(self.scope.values())):
            fid = row[0]
            self.all_fids.add(fid)
            key = self._key(row[1 : 1 + n_keys])
            if key in self.index:
                continue  # a key the store holds twice: the first row is the one matched
            values = row[1 + n_keys : 1 + n_keys + len(self.compared)]
            geometry = _hash(self.con.wkb(row[-1])) if self.geometry_column else None
            self.index[key] = (fid, self._digest(values), geometry)

    def _key(self, parts: Sequence[Any]) -> Tuple:
        return tuple(comparable(self.kinds[f], p) for f, p in zip(self.key_fields, parts))

    def _digest(self, values: Sequence[Any]) -> bytes:
        return _hash(
            repr([comparable(self.kinds[f], x) for f, x in zip(self.compared, values)]).encode("utf-8")
        )

    def key_of(self, values: Dict[str, Any]) -> Tuple:
        return self._key([values.get(f) for f in self.key_fields])

    def keys(self) -> Set[Tuple]:
        return set(self.index)

    def first_row(self, key: Tuple) -> Optional[int]:
        """The row of this import's source that brought ``key``, if one did (duplicates are found so:
        the index of stored keys doubles as the record of the keys seen, one entry a key)."""
        found = self.index.get(key)
        if found is None or isinstance(found, int):
            return found
        return found[3] if len(found) > 3 else None

    # writing
    def upsert(self, values: Dict[str, Any], geometry: Optional[QgsGeometry], row: int = 0) -> str:
        """'inserted', 'changed' or 'unchanged'. A None geometry leaves a stored geometry alone. ``row``:
        the source row, remembered against the key (see first_row)."""
        key = self.key_of(values)
        geometry_digest = None
        if geometry is not None and self.geometry_column:
            geometry_digest = _hash(bytes(geometry.asWkb()))
        found = self.index.get(key)
        if found is None:
            self._insert(values, geometry)
            if self.log is not None:
                new = {f: values.get(f) for f in self.key_fields + self.fields}
                if self.geometry_column and geometry is not None:
                    new[GEOMETRY_KEY] = bytes(geometry.asWkb())
                self.log.add(self.name, key, "inserted", None, None, new)
            self.index[key] = row  # inserted by this import: only its row is kept
            return "inserted"
        if isinstance(found, int):
            return "unchanged"  # inserted earlier in this import (a second source row for the key)
        fid, digest, stored_digest = found[:3]
        self.matched.add(fid)
        new_digest = self._digest([values.get(f) for f in self.compared])
        geometry_changed = geometry_digest is not None and geometry_digest != stored_digest
        if new_digest == digest and not geometry_changed:
            self.index[key] = (fid, digest, stored_digest, row)
            return "unchanged"
        changes, old = self._changes(fid, values) if new_digest != digest else ({}, {})
        if geometry_changed:
            stored_wkb = self.con.wkb(
                self.con.execute(
                    "SELECT {} FROM {} WHERE fid = ?".format(
                        self.con.geometry_select(self.geometry_column), self.table
                    ),
                    (fid,),
                ).fetchone()[0]
            )
            stored = QgsGeometry()
            if stored_wkb is not None:
                stored.fromWkb(stored_wkb)
            if stored_wkb is None or not stored.equals(geometry):
                changes[self.geometry_column] = self.con.geometry_value(geometry, self.name)
                old[GEOMETRY_KEY] = stored_wkb
                self._grow(geometry)
            else:
                geometry_digest = stored_digest  # the same shape, written another way: left alone
        if not changes:
            self.index[key] = (fid, digest, stored_digest, row)
            return "unchanged"
        self.changed_fields.update("geometry" if c == self.geometry_column else c for c in changes)
        if self.log is not None:
            new = {c: values.get(c) for c in changes if c != self.geometry_column}
            if self.geometry_column in changes:
                new[GEOMETRY_KEY] = bytes(geometry.asWkb())
            self.log.add(self.name, key, "updated", fid, old, new)
        if not self.dry_run:
            self._flush()
            assignments = ", ".join("{} = {}".format(quote_identifier(c), self._mark(c)) for c in changes)
            self.con.execute(
                "UPDATE {} SET {} WHERE fid = ?".format(self.table, assignments),
                list(changes.values()) + [fid],
            )
        self.index[key] = (fid, new_digest, geometry_digest if geometry_changed else stored_digest, row)
        self.touched = True
        return "changed"

    def _changes(self, fid: int, values: Dict[str, Any]) -> Tuple[Dict[str, Any], Dict[str, Any]]:
        """(new values, old values) of the compared fields that differ."""
        columns = ", ".join(quote_identifier(f) for f in self.compared)
        row = self.con.execute(
            "SELECT {} FROM {} WHERE fid = ?".format(columns, self.table), (fid,)
        ).fetchone()
        changes, old_values = {}, {}
        for field, old in zip(self.compared, row):
            new = values.get(field)
            if comparable(self.kinds[field], old) != comparable(self.kinds[field], new):
                changes[field] = new
                old_values[field] = old
        return changes, old_values

    def _insert(self, values: Dict[str, Any], geometry: Optional[QgsGeometry]) -> None:
        if self.dry_run:
            return
        row = [values.get(f) for f in self.key_fields + self.fields]
        if self.geometry_column:
            row.append(self.con.geometry_value(geometry, self.name))
            if geometry is not None:
                self._grow(geometry)
        self.pending.append(tuple(row))
        if len(self.pending) >= BATCH:
            self._flush()

    def _flush(self) -> None:
        if not self.pending:
            return
        columns = [quote_identifier(f) for f in self.key_fields + self.fields]
        if self.geometry_column:
            columns.append(quote_identifier(self.geometry_column))
        marks = ["?" for _ in self.key_fields + self.fields]
        if self.geometry_column:
            marks.append(self.geometry_mark)
        sql = "INSERT INTO {} ({}) VALUES ({})".format(self.table, ", ".join(columns), ", ".join(marks))
        self.con.executemany(sql, self.pending)
        self.pending = []
        self.touched = True

    def set_geometry(self, fid: int, geometry: QgsGeometry, key: Tuple = ()) -> None:
        """Give row ``fid`` (which has none) a geometry."""
        if self.log is not None:
            self.log.add(
                self.name, key, "updated", fid, {GEOMETRY_KEY: None}, {GEOMETRY_KEY: bytes(geometry.asWkb())}
            )
        if self.dry_run:
            return
        self._flush()
        self.con.execute(
            "UPDATE {} SET {} = {} WHERE fid = ?".format(
                self.table, quote_identifier(self.geometry_column), self.geometry_mark
            ),
            (self.con.geometry_value(geometry, self.name), fid),
        )
        self._grow(geometry)
        self.touched = True

    def delete_unmatched(self, kept_keys: Set[Tuple]) -> int:
        """Replace mode: delete the rows that were not matched, except those whose key is kept."""
        self._flush()
        kept = {self.index[k][0] for k in kept_keys if isinstance(self.index.get(k), tuple)}
        doomed = sorted(self.all_fids - self.matched - kept)
        if self.log is not None:
            for fid, key, old in whole_rows(
                self.con, self.name, self.key_fields, self.geometry_column, doomed
            ):
                self.log.add(self.name, self._key(key), "deleted", fid, old, None)
        if self.dry_run:
            return len(doomed)
        for start in range(0, len(doomed), BATCH):
            chunk = doomed[start : start + BATCH]
            self.con.execute(
                "DELETE FROM {} WHERE fid IN ({})".format(self.table, ", ".join("?" for _ in chunk)), chunk
            )
        if doomed:
            self.touched = True
        return len(doomed)

    def _mark(self, column: str) -> str:
        return self.geometry_mark if column == self.geometry_column else "?"

    def _grow(self, geometry: QgsGeometry) -> None:
        box = geometry.boundingBox()
        if self.extent is None:
            self.extent = QgsRectangle(box)
        else:
            self.extent.combineExtentWith(box)

    def finish(self) -> None:
        """Flush, and keep GDAL's bookkeeping right: row count recounted, layer extent grown."""
        self._flush()
        if not self.touched or self.dry_run:
            return
        self.con.rows_written(self.name, self.extent if self.geometry_column else None)


class RedLineParts:
    """The features of one red line that a file gives as several rows with one app_ref."""

    def __init__(self, values: Dict[str, Any], geometries: List[Optional[QgsGeometry]], rows: List[int]):
        self.values = values
        self.geometries = [g for g in geometries if g is not None]
        self.rows = rows

    def add(self, geometry: Optional[QgsGeometry], row: int) -> None:
        if geometry is not None:
            self.geometries.append(geometry)
        self.rows.append(row)

    def merged(self) -> Optional[QgsGeometry]:
        if not self.geometries:
            return None
        merged = QgsGeometry.unaryUnion(self.geometries)
        if merged.isNull():  # GEOS could not union them: keep every part as drawn
            merged = QgsGeometry.collectGeometry(self.geometries)
        merged.convertToMultiType()
        return merged


class BoundaryPoints:
    """Importing red lines: which app_refs the store's permissions have, and a point for those with no
    location yet (each at most once, from its first boundary in the file)."""

    def __init__(self, con, store: Store, log: Optional[ChangeLog] = None, dry_run: bool = False):
        self.writer = LayerWriter(
            con, store, schema.PERMISSIONS, ("app_ref",), (), geometry=True, log=log, dry_run=dry_run
        )
        self.refs = set()  # type: Set[Any]
        self.without_point = {}  # type: Dict[Any, int]
        geometry_column = quote_identifier(self.writer.geometry_column)
        for fid, app_ref, has_point in con.execute(
            "SELECT fid, app_ref, {} IS NOT NULL FROM permissions".format(geometry_column)
        ):
            self.refs.add(app_ref)
            if not has_point and app_ref is not None:
                self.without_point.setdefault(app_ref, fid)

    def take(self, app_ref: Any) -> Optional[int]:
        """The fid of the permission ``app_ref`` when it has no location and none was given yet."""
        return self.without_point.pop(app_ref, None)

    def set_point(self, fid: int, app_ref: Any, point: QgsGeometry) -> None:
        self.writer.set_geometry(fid, point, self.writer.key_of({"app_ref": app_ref}))

    def finish(self) -> None:
        self.writer.finish()
