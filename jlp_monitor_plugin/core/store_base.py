"""What every monitoring store does, whatever holds it: the interface and its dialect-free logic.

A store holds the layers of the monitoring data standard (``core/schema.py``) in a GeoPackage file
(``store_gpkg.GeoPackageStore``) or a schema of a PostGIS database (``store_postgis.PostgisStore``);
``store.Store`` opens the one a path or connection text names. ``StoreBase`` here checks a store
against the standard and completes it, reads plan settings, rows, counts and CRSs through QGIS
layers, and says which methods each backend implements (those raising NotImplementedError): its
tables, layer URIs and descriptions, its geometry columns, whole-layer reads, the write transaction
and its connection (``StoreConnection``: the store's SQL with ``?`` placeholders on both backends).

Also here: the store's errors (StoreError and the two kinds callers catch apart) and
``read_for_update``, the optimistic-concurrency read the writing modules share.
"""

import logging
from contextlib import contextmanager
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..compat import POINT_GEOMETRY, POLYGON_GEOMETRY, UNKNOWN_GEOMETRY
from . import plan_settings as ps
from . import schema
from .sql import quote_identifier
from .values import plain_value

LOG = logging.getLogger(__name__)

_GEOMETRY_FAMILY = {
    schema.POINT: POINT_GEOMETRY,
    schema.MULTIPOLYGON: POLYGON_GEOMETRY,
}


class StoreError(Exception):
    """A store that cannot be opened or written, with a message an officer can act on."""


class NotAStoreError(StoreError):
    """A GeoPackage (or schema) that is not a monitoring store yet: it has allocations but no plan
    settings (plan layers, say). Nothing was changed; ``layers`` and ``fields`` say what making it a
    store (``Store.open(path, upgrade=True)``) would add."""

    def __init__(self, store: "StoreBase", layers: List[str], fields):
        self.path = store.path
        self.layers = list(layers)
        self.fields = [(d.name, [f.name for f in missing]) for d, missing in fields]
        super().__init__(
            "{} is not a monitoring store: it has no plan_settings layer. Nothing was changed. Making it "
            "a store would add {}. Open it with JLP Monitor > Open monitoring store… and confirm to make "
            "it one, or create a store (jlpmonitor:createstore) and load these layers into it "
            "(jlpmonitor:loadstandard).".format(store.path, self.additions_text())
        )

    def additions_text(self) -> str:
        parts = []
        if self.layers:
            parts.append("the empty layers " + ", ".join(self.layers))
        for name, fields in self.fields:
            parts.append("the fields {} to {}".format(", ".join(fields), name))
        return "; ".join(parts) or "nothing"


class StaleEditError(StoreError, ValueError):
    """Someone else changed a feature after it was read for this edit; nothing was written
    (optimistic concurrency: the stored values are checked, in the writing transaction, against
    those the edit was based on)."""


def read_for_update(con, name: str, columns: Sequence[str], fids: Sequence[int]) -> Dict[int, Tuple]:
    """{fid: (columns...)} of the given rows, locked until the transaction ends (PostGIS: FOR
    UPDATE; a GeoPackage transaction holds the whole file already)."""
    out = {}  # type: Dict[int, Tuple]
    wanted = sorted(set(fids))
    names = ", ".join(quote_identifier(c) for c in ["fid"] + list(columns))
    for start in range(0, len(wanted), 500):  # SQLite limits the number of parameters
        chunk = wanted[start : start + 500]
        sql = "SELECT {} FROM {} WHERE fid IN ({}){}".format(
            names, quote_identifier(name), ", ".join("?" for _ in chunk), con.lock_rows()
        )
        for row in con.execute(sql, chunk):
            out[row[0]] = tuple(row[1:])
    return out


def refuse_frozen(name: str) -> None:
    """The store's API never changes a frozen position (issue 11): it is a StoreError to try."""
    if name in schema.FROZEN_LAYERS:
        raise StoreError("{} holds frozen positions: they cannot be changed or deleted.".format(name))


class StoreConnection:
    """The connection of a store's write transaction: the store's SQL (``?`` placeholders, unqualified
    table names) on either backend, and the helpers for what the two dialects write differently.
    ``store_gpkg.GpkgConnection`` and ``store_postgis.PgConnection`` implement it."""

    def __init__(self, con, store: "StoreBase"):
        self.con = con
        self.store = store

    def execute(self, text: str, params: Any = ()):
        raise NotImplementedError

    def executemany(self, text: str, rows: Iterable[Sequence[Any]]):
        raise NotImplementedError

    def update_rows(self, name: str, fields: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """UPDATE ``fields`` of layer ``name`` by fid; each row is (value, ..., fid)."""
        refuse_frozen(name)
        self._update_rows(name, fields, rows)

    def _update_rows(self, name: str, fields: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        raise NotImplementedError

    def insert_rows(self, name: str, fields: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """INSERT rows into a table without geometry (e.g. tag_audit)."""
        raise NotImplementedError

    def delete_rows(self, name: str, fids: Iterable[int]) -> None:
        """DELETE rows of a table without geometry by fid (e.g. trajectory rows)."""
        refuse_frozen(name)
        self.executemany("DELETE FROM {} WHERE fid = ?".format(quote_identifier(name)), [(f,) for f in fids])
        self.rows_counted_again(name)

    def geometry_select(self, column: str) -> str:
        """The select-list expression that reads geometry ``column`` (decoded by ``wkb``)."""
        raise NotImplementedError

    def geometry_placeholder(self, name: str) -> str:
        """The placeholder of a geometry value of layer ``name`` (given by ``geometry_value``)."""
        raise NotImplementedError

    def geometry_value(self, geometry, name: str):
        """A QgsGeometry (or None) as the parameter a geometry column of layer ``name`` takes."""
        raise NotImplementedError

    def wkb(self, value) -> Optional[bytes]:
        """The WKB of a geometry read through ``geometry_select`` (None for NULL)."""
        raise NotImplementedError

    def lock_rows(self) -> str:
        """What a SELECT ends with to lock the rows it reads until the transaction ends."""
        raise NotImplementedError

    def describe(self, name: str, text: str) -> None:
        """Set a layer's description inside the transaction."""
        raise NotImplementedError

    def fids_written(self, name: str) -> None:
        """After rows were inserted with their own fids: new rows get fids after the largest."""
        raise NotImplementedError

    def rows_counted_again(self, name: str) -> None:
        """After rows were inserted or deleted by SQL: the layer's cached row count is dropped."""
        raise NotImplementedError

    def rows_written(self, name: str, extent=None) -> None:
        """After rows were written by SQL: the layer's bookkeeping (count, last change, extent) kept right."""
        raise NotImplementedError


class StoreBase:
    """A monitoring store; the backends (GeoPackageStore, PostgisStore) take the same calls and behave
    the same. ``backend`` names the backend; ``provider`` is the QGIS data provider of its layers."""

    backend = ""
    provider = ""
    # What a failing database raises on this backend (besides StoreError): the docks catch it.
    database_errors = ()  # type: Tuple[type, ...]

    def __init__(self, path: str):
        self.path = path
        self._settings_cache = None  # type: Optional[ps.PlanSettings]

    # -- creating and opening -------------------------------------------------------------------

    @classmethod
    def create(cls, path: str, preset_name: str = "jlp", crs: str = schema.DEFAULT_CRS) -> "StoreBase":
        """A new, empty store with every standard layer and the preset's plan settings.

        Refuses to overwrite an existing store: a store holds officers' work.
        """
        raise NotImplementedError

    @classmethod
    def create_whole(cls, destination: str, make, fill) -> Any:
        """``make(destination)`` a new store and ``fill(store)`` it, whole or not at all: on a failure
        or a cancel (an exception from ``fill``) no store is left at ``destination``. Returns ``fill``'s
        result and the finished store."""
        raise NotImplementedError

    @classmethod
    def open(cls, path: str, upgrade: bool = False) -> "StoreBase":
        """Open a store, checking it against the standard and completing what it may lack.

        A store (it has ``allocations`` and ``plan_settings``) made by another tool or by an older
        version is completed: missing optional fields and layers are added. A GeoPackage or schema that
        is not a store yet (no ``plan_settings``: plan layers, say) is refused with NotAStoreError and
        left untouched, unless ``upgrade`` is True (the officer agreed to turn it into a store).
        """
        store = cls(path)
        store.check_and_complete(upgrade=upgrade)
        return store

    def check_and_complete(self, upgrade: bool = False) -> List[str]:
        """Check the store against the standard; add missing optional fields and layers.

        Returns what was added, one line each. Raises StoreError naming the layer and field of the
        first problem that makes the store unusable, and NotAStoreError (nothing written) when it is
        not a store yet and ``upgrade`` is False.
        """
        self._check_exists()
        present = self.layer_names()
        problems = []
        for name in schema.REQUIRED_LAYERS:
            if name not in present:
                problems.append(
                    "Store {} has no '{}' layer; the monitoring data standard requires one.".format(
                        self.path, name
                    )
                )
        layers = {}  # type: Dict[str, QgsVectorLayer]
        for name in present:
            layer_def = schema.LAYERS.get(name)
            if layer_def is None:
                continue  # extra layers are kept untouched
            layers[name] = self.layer(name)
            problems.extend(self._structure_problems(layer_def, layers[name]))
        if problems:
            raise StoreError("\n".join(problems))

        missing_layers = [d for d in schema.LAYERS.values() if d.name not in present]
        missing_fields = []  # type: List[Tuple[schema.LayerDef, List[schema.FieldDef]]]
        for name, layer in layers.items():
            layer_def = schema.LAYERS[name]
            missing = [f for f in layer_def.fields if layer.fields().indexOf(f.name) < 0]
            if missing:
                missing_fields.append((layer_def, missing))
        if schema.PLAN_SETTINGS not in present and not upgrade:
            raise NotAStoreError(self, [d.name for d in missing_layers], missing_fields)

        added = []
        crs = QgsCoordinateReferenceSystem(self.crs_authid())
        for layer_def in missing_layers:
            self._create_layer(layer_def, crs)
            added.append("layer {}".format(layer_def.name))
        for layer_def, missing in missing_fields:
            if not self._add_fields(layer_def, layers[layer_def.name], missing):
                raise StoreError(
                    "Could not add fields {} to layer '{}' of {}.".format(
                        ", ".join(f.name for f in missing), layer_def.name, self.path
                    )
                )
            added.extend("field {}.{}".format(layer_def.name, f.name) for f in missing)
        added.extend("append-only triggers on {}".format(name) for name in self._protect_append_only())
        for line in added:
            LOG.info("Store %s: added missing %s", self.path, line)
        return added

    def _check_exists(self) -> None:
        """Raise StoreError when there is no store to open at ``path``."""
        raise NotImplementedError

    def _structure_problems(self, layer_def: schema.LayerDef, layer: QgsVectorLayer) -> List[str]:
        problems = []
        names = layer.fields().names()
        lower = {n.lower(): n for n in names}
        for field_name in layer_def.required_fields:
            if field_name in names:
                continue
            hint = ""
            if field_name in lower:
                hint = " (it has '{}'; the standard's field names are lower case)".format(lower[field_name])
            problems.append(
                "Layer '{}' of store {} lacks the required field '{}'{}.".format(
                    layer_def.name, self.path, field_name, hint
                )
            )
        family = _GEOMETRY_FAMILY.get(layer_def.geometry)
        if family is not None and layer.geometryType() not in (family, UNKNOWN_GEOMETRY):
            problems.append(
                "Layer '{}' of store {} has {} geometry; the standard needs {}.".format(
                    layer_def.name,
                    self.path,
                    QgsWkbTypes.geometryDisplayString(layer.geometryType()),
                    layer_def.geometry,
                )
            )
        return problems

    def _create_layer(self, layer_def: schema.LayerDef, crs: QgsCoordinateReferenceSystem) -> None:
        raise NotImplementedError

    def _add_fields(self, layer_def: schema.LayerDef, layer: QgsVectorLayer, missing) -> bool:
        """Add the standard's fields ``missing`` to a layer; False when that failed."""
        raise NotImplementedError

    def _protect_append_only(self) -> List[str]:
        """Give the layers of schema.APPEND_ONLY_LAYERS that lack them their append-only triggers;
        the names of those given them."""
        raise NotImplementedError

    # -- reading ----------------------------------------------------------------------------------

    @property
    def name(self) -> str:
        """The store's short name (a file name without its extension, or database.schema)."""
        raise NotImplementedError

    @property
    def where(self) -> str:
        """Where the store is, in full, for officers (never a password): the GeoPackage's absolute path,
        or a PostGIS store's schema, database and server."""
        raise NotImplementedError

    def layer_names(self) -> List[str]:
        """Names of the store's tables (feature and attribute tables)."""
        raise NotImplementedError

    def layer_uri(self, name: str) -> str:
        """The QGIS data source of layer ``name`` for the store's provider."""
        raise NotImplementedError

    def layer(self, name: str, display_name: Optional[str] = None) -> QgsVectorLayer:
        """The store's layer ``name`` as a QgsVectorLayer (the standard's layer names)."""
        layer = QgsVectorLayer(self.layer_uri(name), display_name or name, self.provider)
        if not layer.isValid():
            raise StoreError("Layer '{}' of store {} cannot be opened.".format(name, self.path))
        return layer

    def layer_description(self, name: str) -> str:
        raise NotImplementedError

    def set_layer_description(self, name: str, text: str) -> None:
        """Set a layer's description (carried into the project's layer metadata)."""
        raise NotImplementedError

    def geometry_column(self, name: str) -> Optional[str]:
        raise NotImplementedError

    def srid(self, name: str) -> int:
        """The spatial reference id of layer ``name``'s geometries in the database (0 when none)."""
        raise NotImplementedError

    def read_rows(
        self, name: str, fields: Sequence[str], with_geometry: bool = True
    ) -> Iterator[Tuple[Any, ...]]:
        """(fid, geometry or None, *values) for every row of a layer in fid order, read with SQL.

        Much faster than a feature iterator for whole-layer passes (tagging); values are plain
        Python (dates as ISO text), geometries QgsGeometry in the layer's own CRS.
        """
        columns = ["fid"] + [quote_identifier(f) for f in fields]
        geometry_column = self.geometry_column(name) if with_geometry else None
        if geometry_column:
            columns.insert(1, self._geometry_expression(geometry_column))
        sql = "SELECT {} FROM {} ORDER BY fid".format(", ".join(columns), quote_identifier(name))
        for row in self._select(sql):
            if geometry_column:
                yield (row[0], self._geometry_from(row[1])) + tuple(row[2:])
            else:
                yield (row[0], None) + tuple(row[1:])

    def _select(self, sql: str) -> Iterable[Sequence[Any]]:
        """The rows of a SELECT, read outside any write transaction of another thread."""
        raise NotImplementedError

    def _geometry_expression(self, column: str) -> str:
        """What read_rows selects to read geometry ``column`` (decoded by ``_geometry_from``)."""
        raise NotImplementedError

    def _geometry_from(self, value) -> Optional[QgsGeometry]:
        """A geometry as ``_geometry_expression`` reads it, as a QgsGeometry (None for NULL or empty)."""
        raise NotImplementedError

    def crs_authid(self) -> str:
        """The allocations' CRS: the CRS every spatial test is made in."""
        if schema.ALLOCATIONS in self.layer_names():
            crs = self.layer(schema.ALLOCATIONS).crs()
            if crs.isValid():
                return crs.authid()
        return schema.DEFAULT_CRS

    def transform_to(self, name: str, crs: QgsCoordinateReferenceSystem) -> Optional[QgsCoordinateTransform]:
        """The transform from layer ``name``'s CRS to ``crs``; None when no transform is needed."""
        layer_crs = self.layer(name).crs()
        if crs.isValid() and layer_crs.isValid() and layer_crs != crs:
            return QgsCoordinateTransform(layer_crs, crs, QgsCoordinateTransformContext())
        return None

    def count(self, name: str) -> int:
        return self.layer(name).featureCount()

    def counts(self) -> Dict[str, int]:
        return {name: self.count(name) for name in schema.LAYERS}

    def rows(self, name: str, fields: Optional[Iterable[str]] = None) -> List[Dict[str, Any]]:
        """Attribute rows of a layer as dicts (NULL as None), in fid order."""
        layer = self.layer(name)
        wanted = list(fields) if fields else layer.fields().names()
        out = []
        for feature in layer.getFeatures():
            out.append({f: plain_value(feature[f]) for f in wanted})
        return out

    def plan_settings(self) -> ps.PlanSettings:
        if self._settings_cache is None:
            stored = {}
            for row in self.rows(schema.PLAN_SETTINGS, ["key", "value"]):
                if row["key"]:
                    stored[row["key"]] = ps.decode_value(row["key"], row["value"])
            self._settings_cache = ps.PlanSettings(stored, stored.get("preset") or "jlp")
        return self._settings_cache

    def tagging_engines(self) -> Tuple[str, ...]:
        """The tagging engines that can tag this store, its default first: "qgis" tests geometries in
        QGIS (GEOS, a spatial index); "sql" has the database do the spatial work."""
        return ("qgis",)

    def sql_sites(self, near_distance: float):
        """The allocations with every target's spatial relations computed by the database (the "sql"
        tagging engine's ``tagging_rules.Sites``)."""
        raise NotImplementedError

    # -- writing ----------------------------------------------------------------------------------

    def write_plan_settings(self, values: Dict[str, Any]) -> None:
        """Set plan settings (insert or replace each key) in one edit session."""
        layer = self.layer(schema.PLAN_SETTINGS)
        existing = {f["key"]: f.id() for f in layer.getFeatures()}
        value_idx = layer.fields().indexOf("value")
        changes = {}
        new = []
        for key, text in ps.encode_rows(values):
            if key in existing:
                changes[existing[key]] = {value_idx: text}
            else:
                feature = QgsFeature(layer.fields())
                feature["key"] = key
                feature["value"] = text
                new.append(feature)
        provider = layer.dataProvider()
        if changes and not provider.changeAttributeValues(changes):
            raise StoreError("Could not update plan settings in {}.".format(self.path))
        if new and not provider.addFeatures(new)[0]:
            raise StoreError("Could not write plan settings to {}.".format(self.path))
        self._settings_cache = None

    @contextmanager
    def transaction(self) -> Iterator[StoreConnection]:
        """One write transaction on the store: everything done inside lands, or nothing does.

        Yields a StoreConnection taking the store's SQL on either backend (``?`` placeholders,
        unqualified table names; ``geometry_*`` helpers for geometry columns).
        """
        raise NotImplementedError
        yield  # pragma: no cover - a generator, as the backends' are

    def add_features(self, name: str, features: List[QgsFeature]) -> Tuple[bool, str]:
        """Append features (already in the layer's fields and CRS) in one provider call."""
        layer = self.layer(name)
        provider = layer.dataProvider()
        ok, _ = provider.addFeatures(self._fit_geometries(provider, features))
        if not ok:
            return False, "; ".join(provider.errors()) or "unknown error"
        return True, ""

    def _fit_geometries(self, provider, features: List[QgsFeature]) -> List[QgsFeature]:
        """The features with geometries the provider's geometry column takes (here: as they are)."""
        return features
