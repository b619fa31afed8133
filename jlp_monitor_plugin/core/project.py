"""Putting a store's layers into a QGIS project, styled, and remembering the store in the project."""

import os
from typing import Dict, Optional

from qgis.core import QgsLayerMetadata, QgsProject, QgsVectorLayer

from . import schema, styling
from .postgis import is_postgis, same_postgis_table
from .store import Store
from .translation import tr

SCOPE = "JLPMonitor"
STORE_KEY = "store"

# Top of the legend first: points over boundaries over sites over the plan areas.
_SPATIAL_ORDER = [
    schema.COMPLETION_EVIDENCE,
    schema.COMPLETIONS,
    schema.PERMISSIONS,
    schema.PERMISSION_BOUNDARIES,
    schema.ALLOCATIONS,
    schema.AREAS,
]
_TABLES = [
    schema.STARTS,
    schema.TRAJECTORY,
    schema.SITE_EVIDENCE,
    schema.EVIDENCE_CANDIDATES,
    schema.HOUSING_POSITION,
    schema.POSITION_FIGURES,
    schema.TAG_AUDIT,
    schema.IMPORT_LOG,
    schema.PLAN_SETTINGS,
]

# The tag fields: written only by tagging and the officer's audited decisions (Review dock, Retag…),
# never by hand in a form or the attribute table (no audit row, and undone by the next Tag store).
TAGGED_LAYERS = (schema.PERMISSIONS, schema.COMPLETIONS)
TAG_FIELDS = ("site_ref", "tag_method", "tag_overlap", "tag_review", "tag_candidate", "tag_locked")


def display_names() -> Dict[str, str]:
    """Legend names of the store's layers, translated."""
    return {
        schema.ALLOCATIONS: tr("Allocations"),
        schema.AREAS: tr("Plan areas (LPA × policy area)"),
        schema.PERMISSIONS: tr("Permissions"),
        schema.PERMISSION_BOUNDARIES: tr("Permission boundaries"),
        schema.COMPLETIONS: tr("Completions"),
        schema.STARTS: tr("Starts"),
        schema.TRAJECTORY: tr("Trajectory"),
        schema.TAG_AUDIT: tr("Tag audit"),
        schema.PLAN_SETTINGS: tr("Plan settings"),
        schema.IMPORT_LOG: tr("Import log"),
        schema.COMPLETION_EVIDENCE: tr("Completion evidence (EPC, council tax, building control)"),
        schema.EVIDENCE_CANDIDATES: tr("Suggested completions"),
        schema.SITE_EVIDENCE: tr("Site evidence (deliverability)"),
        schema.HOUSING_POSITION: tr("Frozen positions"),
        schema.POSITION_FIGURES: tr("Frozen position figures"),
    }


DOCKS_KEY = "docks/{}"


def write_dock_state(project: QgsProject, visible: Dict[str, bool]) -> None:
    """Record which plugin docks (by objectName) are shown, so the project reopens with them."""
    for object_name, shown in visible.items():
        project.writeEntryBool(SCOPE, DOCKS_KEY.format(object_name), bool(shown))


def read_dock_state(project: QgsProject, object_names) -> Dict[str, Optional[bool]]:
    """The recorded visibility of each dock; None where the project says nothing."""
    state = {}
    for object_name in object_names:
        value, ok = project.readBoolEntry(SCOPE, DOCKS_KEY.format(object_name), False)
        state[object_name] = value if ok else None
    return state


def set_project_store(project: QgsProject, path: str) -> None:
    """Record the store in the project: a PostGIS store's text (without a password), or a GeoPackage's
    path through the project's path resolver, so it is kept relative to the project file when the
    project says so (QGIS's "Save paths" setting, relative by default) and a copied or moved project
    folder opens its own store. A project not saved yet has no folder to be relative to: record the
    store again just before the project is written (the plugin does, on QgsProject.writeProject)."""
    if is_postgis(path):  # a PostGIS store's path: its URI or conninfo without the password
        project.writeEntry(SCOPE, STORE_KEY, path)
        return
    project.writeEntry(SCOPE, STORE_KEY, project.writePath(os.path.abspath(path)))


def project_store_path(project: QgsProject) -> Optional[str]:
    """The store recorded in the project, as an absolute path or a PostGIS store's text (None when
    there is none)."""
    value, ok = project.readEntry(SCOPE, STORE_KEY, "")
    if not ok or not value:
        return None
    if is_postgis(value):
        return value
    path = project.readPath(value)
    if not os.path.isfile(path):
        # A project saved with an absolute path, then moved: QGIS found its layers again (their paths
        # are relative), so the store is the GeoPackage of the same name its allocations come from.
        moved = _store_of_layers(project, os.path.basename(path))
        if moved:
            return moved
    return path


def _store_of_layers(project: QgsProject, file_name: str) -> Optional[str]:
    for layer in project.mapLayers().values():
        if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr":
            continue
        parts = layer.source().split("|")
        if (
            os.path.basename(parts[0]) == file_name
            and "layername={}".format(schema.ALLOCATIONS) in parts[1:]
            and os.path.isfile(parts[0])
        ):
            return os.path.abspath(parts[0])
    return None


def _same_source(layer: QgsVectorLayer, store_path: str, name: str) -> bool:
    if is_postgis(store_path):
        return layer.providerType() == "postgres" and same_postgis_table(layer.source(), store_path, name)
    parts = layer.source().split("|")
    if not parts or os.path.abspath(parts[0]) != os.path.abspath(store_path):
        return False
    return "layername={}".format(name) in parts[1:]


def store_layer_in_project(project: QgsProject, store_path: str, name: str) -> Optional[QgsVectorLayer]:
    """The project's layer showing standard layer ``name`` of the store, if it is loaded."""
    for layer in project.mapLayers().values():
        if isinstance(layer, QgsVectorLayer) and _same_source(layer, store_path, name):
            return layer
    return None


def load_store_layers(
    store: Store, project: QgsProject, group_name: Optional[str] = None
) -> Dict[str, QgsVectorLayer]:
    """Add the store's layers to the project in one group, styled; reuse layers already loaded."""
    group_name = group_name or tr("JLP Monitor – {}").format(store.name)
    root = project.layerTreeRoot()
    group = root.findGroup(group_name) or root.insertGroup(0, group_name)
    tables = None
    names = display_names()
    layers = {}
    for name in _SPATIAL_ORDER + _TABLES:
        existing = store_layer_in_project(project, store.path, name)
        if existing is not None:
            protect_tag_fields(existing, name)
            layers[name] = existing
            continue
        layer = store.layer(name, names[name])
        _describe(layer, store, name)
        styling.apply_style(layer, name)
        protect_tag_fields(layer, name)
        project.addMapLayer(layer, False)
        if name in _TABLES:
            if tables is None:
                tables = group.findGroup(tr("Tables")) or group.addGroup(tr("Tables"))
                tables.setExpanded(False)
            tables.addLayer(layer)
        else:
            group.addLayer(layer)
        layers[name] = layer
    set_project_store(project, store.path)
    return layers


def protect_tag_fields(layer: QgsVectorLayer, name: str) -> bool:
    """Make the tag fields of a permissions or completions layer read-only in its form and attribute
    table (a change of tag goes through Retag… or the Review dock: reason, audit row, lock). Other
    layers are left alone; returns whether the layer was one to protect."""
    if name not in TAGGED_LAYERS:
        return False
    config = layer.editFormConfig()
    fields = layer.fields()
    for field in TAG_FIELDS:
        index = fields.indexFromName(field)
        if index >= 0:
            config.setReadOnly(index, True)
    layer.setEditFormConfig(config)
    return True


def store_layer_name(layer: QgsVectorLayer, store_path: str) -> Optional[str]:
    """The standard name (permissions, completions…) of the store layer ``layer`` shows; None when it
    is not one of the store's layers."""
    for name in _SPATIAL_ORDER + _TABLES:
        if _same_source(layer, store_path, name):
            return name
    return None


def _describe(layer: QgsVectorLayer, store: Store, name: str) -> None:
    """Carry the store's layer description (e.g. that demo geometry is synthetic) into the metadata."""
    description = store.layer_description(name)
    if not description:
        return
    metadata = QgsLayerMetadata(layer.metadata())
    metadata.setTitle(layer.name())
    metadata.setAbstract(description)
    layer.setMetadata(metadata)
