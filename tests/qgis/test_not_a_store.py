"""A GeoPackage that is not a monitoring store (issue 14, item 5): opening it changes nothing unless
the officer agrees to turn it into a store; the plugin says what would be added; Processing
algorithms refuse it with a clear message. A store made by another tool or an older version (it has
allocations and plan settings) is still completed as SPEC.md says."""

import hashlib

import pytest
from qgis.core import Qgis, QgsProcessingException
from qgis.PyQt.QtWidgets import QMessageBox
from test_store import _ogr_store

from jlp_monitor_plugin.core import schema
from jlp_monitor_plugin.core.store import Store
from jlp_monitor_plugin.core.store_base import NotAStoreError, StoreError

ALLOCATION = {"site_ref": '"PLY60.1"', "lpa": '"PLY"', "policy_area": '"PPA"'}


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def plan_layers(tmp_path):
    """Plan layers as a planning team keeps them: allocations and areas, no plan settings."""
    return _ogr_store(
        tmp_path,
        ALLOCATION,
        extra_layers=[("areas", "SELECT 'PLY' AS lpa, 'PPA' AS policy_area, geometry FROM allocations")],
    )


def test_a_plan_layers_file_is_refused_untouched_and_told_what_would_be_added(qgis_app, tmp_path):
    path = plan_layers(tmp_path)
    before = digest(path)
    with pytest.raises(NotAStoreError) as info:
        Store.open(str(path))
    assert digest(path) == before  # byte for byte
    refused = info.value
    assert refused.layers == [
        name for name in schema.LAYERS if name not in (schema.ALLOCATIONS, schema.AREAS)
    ]
    assert refused.fields == [
        ("allocations", ["policy_ref", "site_name", "homes_capacity", "employment_sqm", "notes"])
    ]
    message = str(refused)
    assert "is not a monitoring store: it has no plan_settings layer. Nothing was changed." in message
    assert "the empty layers permissions, permission_boundaries, completions" in message
    assert "jlpmonitor:createstore" in message
    # Asked for, it becomes a store; its own rows are kept.
    store = Store.open(str(path), upgrade=True)
    assert set(schema.LAYERS) <= set(store.layer_names())
    assert store.rows("allocations", ["site_ref"]) == [{"site_ref": "PLY60.1"}]
    assert Store.open(str(path)).check_and_complete() == []  # a store now: opens without asking


def test_a_store_of_an_older_version_is_still_completed(qgis_app, new_store, sql):
    """A store (plan settings and allocations) lacking a layer and a field added since is completed."""
    path = new_store.path
    sql(new_store, "DROP TABLE starts")
    sql(new_store, "DELETE FROM gpkg_contents WHERE table_name = 'starts'")
    sql(new_store, "DELETE FROM gpkg_geometry_columns WHERE table_name = 'starts'")
    store = Store.open(path)
    assert "starts" in store.layer_names()


def test_processing_refuses_a_file_that_is_not_a_store(processing_ready, tmp_path):
    import processing

    path = plan_layers(tmp_path)
    before = digest(path)
    with pytest.raises(QgsProcessingException, match="is not a monitoring store: it has no plan_settings"):
        processing.run(
            "jlpmonitor:summary",
            {"STORE": str(path), "BASE_DATE": "2025-03-31", "OUTPUT_FOLDER": str(tmp_path)},
        )
    assert digest(path) == before


def _answer(monkeypatch, accept, seen):
    def fake_exec(box):
        seen.append((box.windowTitle(), box.text(), box.informativeText()))
        if accept:
            next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "exec_", fake_exec, raising=False)


def test_open_store_asks_before_turning_a_file_into_a_store(plugin, iface, tmp_path, monkeypatch):
    path = plan_layers(tmp_path)
    before = digest(path)
    seen = []
    _answer(monkeypatch, False, seen)
    assert plugin.open_store(str(path)) is None
    assert digest(path) == before
    title, text, details = seen[0]
    assert title == "Make it a monitoring store?"
    assert "is not a monitoring store: it has no plan settings" in text
    assert "empty layers: permissions, permission_boundaries, completions, starts" in details
    assert "fields of allocations: policy_ref, site_name, homes_capacity" in details
    assert any("was left as it was" in m for m in iface.messageBar().get_messages(Qgis.Info))
    assert plugin.context.store is None

    _answer(monkeypatch, True, seen)
    store = plugin.open_store(str(path))
    assert store is not None and plugin.context.store is store
    assert set(schema.LAYERS) <= set(store.layer_names())


def test_a_file_without_allocations_is_still_refused(qgis_app, tmp_path):
    path = _ogr_store(tmp_path, ALLOCATION)
    with pytest.raises(StoreError):
        Store.open(str(tmp_path / "nothing.gpkg"))
    assert path.exists()
