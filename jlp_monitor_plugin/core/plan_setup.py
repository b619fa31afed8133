"""A new monitoring store from a plan: a shipped plan (``jlp``) or a plan definition file.

``create_plan_store`` checks the definition first (core/plan_definition.py: every problem named, by
key), creates the store with every standard layer and writes the plan's settings; a store is never
left behind half made: when the settings cannot be written the new GeoPackage is removed.
"""

import os
from typing import Any, Dict, List, NamedTuple, Optional

from . import plan_definition, schema
from .store import Store
from .store_base import StoreError


class Created(NamedTuple):
    store: Store
    plan_id: str
    warnings: List[str]


def create_plan_store(
    path: str,
    plan: str = "jlp",
    crs: str = schema.DEFAULT_CRS,
    settings: Optional[Dict[str, Any]] = None,
) -> Created:
    """A new store at ``path`` (a GeoPackage or a PostGIS STORE) with the plan's settings: ``plan`` is
    a shipped plan's id or a definition file's path; ``settings``, when given, is a definition
    already read (a dict, as the wizard holds it) and is checked instead. Raises PlanFileError or
    StoreError (nothing is created)."""
    if settings is not None:
        checked = plan_definition.check_definition(settings)
        values, warnings = checked.values, checked.warnings
    else:
        values, warnings = plan_definition.settings_for(plan)
    existed = os.path.exists(path)
    store = Store.create(path, "jlp", crs)
    try:
        store.write_plan_settings(values)
    except Exception:
        if not existed and os.path.isfile(path):
            os.remove(path)
        raise
    if store.plan_settings()["preset"] != values["preset"]:
        raise StoreError("The plan settings of {} were not written.".format(store.path))
    return Created(store, values["preset"], warnings)
