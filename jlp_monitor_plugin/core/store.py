"""The monitoring store, opened by its path or connection text: the one name callers use.

A store is a GeoPackage file (``store_gpkg.GeoPackageStore``) or a schema of a PostGIS database
(``store_postgis.PostgisStore``), holding the layers of the monitoring data standard
(``core/schema.py``). ``Store(text)``, ``Store.open(text)`` and ``Store.create(text)`` choose the
backend from the text — a PostgreSQL URI or conninfo (``postgis.is_postgis``), else a file path — and
give that backend's store: both take the same calls (``store_base.StoreBase``, where the shared logic,
the errors and the interface are) and behave the same. ``isinstance(store, Store)`` holds for both.

Any tool may have made a store: opening one checks it against the standard, refuses one whose layer
lacks a required field, and adds missing optional fields and missing layers (other than
``allocations``), empty. A file that is not a store yet (no ``plan_settings``) is left untouched unless
the caller asks to upgrade it.
"""

import abc
from typing import Type

from . import postgis, schema
from .store_base import StoreBase, StoreError
from .store_gpkg import GeoPackageStore
from .store_postgis import PostgisStore

# What a failing database raises on either backend (psycopg2's only when it is installed), so the docks
# can report a locked GeoPackage or a dropped PostgreSQL connection instead of crashing.
DATABASE_ERRORS = (StoreError,) + GeoPackageStore.database_errors + PostgisStore.database_errors


def backend_for(text: str) -> Type[StoreBase]:
    """The store class of the backend a path or connection text names."""
    return PostgisStore if postgis.is_postgis(str(text)) else GeoPackageStore


class Store(abc.ABC):  # noqa: B024 - a virtual base class: both backends are registered with it
    """A monitoring store of either backend: ``Store(text)`` is the store at ``text`` (not checked;
    ``Store.open`` checks and completes it), a GeoPackageStore or a PostgisStore."""

    def __new__(cls, path: str) -> StoreBase:  # type: ignore[misc]
        return backend_for(path)(path)

    @staticmethod
    def open(path: str, upgrade: bool = False) -> StoreBase:
        """The store at ``path``, checked against the standard and completed (StoreBase.open)."""
        return backend_for(path).open(path, upgrade=upgrade)

    @staticmethod
    def create(path: str, preset_name: str = "jlp", crs: str = schema.DEFAULT_CRS) -> StoreBase:
        """A new, empty store at ``path`` with the preset's plan settings (StoreBase.create)."""
        return backend_for(path).create(path, preset_name, crs)


Store.register(GeoPackageStore)
Store.register(PostgisStore)
