"""Frozen housing positions (issue 11 item 1): what a position holds, and that it never changes."""

import json
import sqlite3

import pandas as pd
import psycopg2
import pytest
from backends import run_sql
from position_stores import add, make_position_store, trajectory_row
from qgis.core import QgsProcessingException

from jlp_monitor_plugin.core import positions, schema
from jlp_monitor_plugin.core.monitoring import compute_monitoring
from jlp_monitor_plugin.core.position_content import FRAMES
from jlp_monitor_plugin.core.store import StoreError

BOTH_BACKENDS = True


@pytest.fixture()
def store(qgis_app, tmp_path, store_backend, request):
    uri = request.getfixturevalue("postgis_uri") if store_backend == "postgis" else None
    return make_position_store(tmp_path, store_backend, uri)


def test_a_position_holds_the_figures_as_computed_and_reads_back_the_same(store):
    live = compute_monitoring(store, "2024-03-31")
    position = positions.freeze_position(store, "2024-03-31", "HPS 2023/24", "published", user="Officer A")
    assert position.position_id == "2024-03-31-1"
    assert (position.label, position.note, position.frozen_by) == ("HPS 2023/24", "published", "Officer A")
    assert position.counts["completions"] == 4 and position.counts["trajectory"] == 6
    assert position.counts["permissions"] == 2 and position.counts["allocations"] == 1
    assert len(position.content_hash) == 64 and position.previous_hash == ""
    [listed] = positions.list_positions(store)
    assert listed == position
    frozen = positions.load_position(store, "HPS 2023/24")  # by label as well as by id
    result = frozen.result()
    for name in FRAMES:
        pd.testing.assert_frame_equal(getattr(result, name), getattr(live, name))
    assert result.supply == live.supply and result.delivery_test == live.delivery_test
    assert result.sites == live.sites and result.settings == live.settings
    # The worked figures: 5,000 supply − 0.4 lapse discount over (5,000 + 800) × 1.05 / 5 = 1,218.
    assert result.supply.years_supply == 4.10 and result.supply.total_supply == pytest.approx(4999.6)
    # The sources: the store's trajectory rows and plan settings in force.
    assert len(frozen.parts["source_trajectory"]) == 1 + 6
    assert dict(frozen.parts["plan_settings"])["buffer_pct"] == 5


def test_the_second_position_of_a_base_date_and_the_hash_chain(store):
    first = positions.freeze_position(store, "2024-03-31", "draft")
    add(store, "completions", [{"completion_id": "LATE", "units": 7, "completion_date": "2023-05-01"}])
    second = positions.freeze_position(store, "2024-03-31", "published")
    assert second.position_id == "2024-03-31-2" and second.previous_hash == first.content_hash
    assert second.content_hash != first.content_hash
    assert positions.load_position(store, "draft").result().supply.completions_to_date == 3200
    assert positions.load_position(store, "published").result().supply.completions_to_date == 3207


@pytest.mark.parametrize("statement", ["UPDATE {} SET label = 'x'", "DELETE FROM {}"])
def test_the_database_refuses_to_change_or_delete_a_position(store, statement):
    position = positions.freeze_position(store, "2024-03-31", "published")
    for table, column in ((schema.HOUSING_POSITION, "label"), (schema.POSITION_FIGURES, "part")):
        text = statement.format(table).replace("label", column)
        with pytest.raises((sqlite3.DatabaseError, psycopg2.DatabaseError), match="append-only"):
            run_sql(store, text)
    assert positions.load_position(store, position.position_id).position == position


def test_the_stores_api_refuses_to_change_a_position(store):
    positions.freeze_position(store, "2024-03-31")
    with pytest.raises(StoreError, match="frozen positions"):
        with store.transaction() as con:
            con.delete_rows(schema.POSITION_FIGURES, [1])
    with pytest.raises(StoreError, match="frozen positions"):
        with store.transaction() as con:
            con.update_rows(schema.HOUSING_POSITION, ["label"], [("x", 1)])


def _drop_guards(store):
    """What someone editing the file behind the plugin's back would do first."""
    if store.backend == "gpkg":
        for name in schema.FROZEN_LAYERS:
            for op in ("update", "delete"):
                run_sql(store, "DROP TRIGGER {}_no_{}".format(name, op))
    else:
        for name in schema.FROZEN_LAYERS:
            run_sql(store, "DROP TRIGGER {0}_append_only ON {0}".format(name))


def test_a_tampered_position_is_detected(store):
    position = positions.freeze_position(store, "2024-03-31", "published")
    _drop_guards(store)
    [(fid, content)] = run_sql(
        store, "SELECT fid, content FROM position_figures WHERE part = 'five_year_supply' AND row_no = 1"
    )
    row = json.loads(content)
    row[-1] = 5.5  # years_supply
    run_sql(store, "UPDATE position_figures SET content = ? WHERE fid = ?", (json.dumps(row), fid))
    with pytest.raises(
        positions.PositionError, match="altered since it was frozen.*no longer matches its hash"
    ):
        positions.load_position(store, position.position_id)


def test_a_deleted_row_or_position_is_detected(store):
    first = positions.freeze_position(store, "2024-03-31", "first", at="2024-06-01T10:00:00+00:00")
    second = positions.freeze_position(store, "2024-03-31", "second", at="2024-06-02T10:00:00+00:00")
    third = positions.freeze_position(store, "2024-03-31", "third", at="2024-06-03T10:00:00+00:00")
    _drop_guards(store)
    run_sql(
        store,
        "DELETE FROM position_figures WHERE position_id = ? AND part = 'warnings'",
        (first.position_id,),
    )
    run_sql(
        store,
        "DELETE FROM position_figures WHERE position_id = ? AND part = 'completions' AND row_no = 2",
        (third.position_id,),
    )
    with pytest.raises(positions.PositionError, match="figure rows where"):
        positions.load_position(store, third.position_id)
    run_sql(store, "DELETE FROM position_figures WHERE position_id = ?", (second.position_id,))
    run_sql(store, "DELETE FROM housing_position WHERE position_id = ?", (second.position_id,))
    with pytest.raises(positions.PositionError, match="frozen before it has been removed"):
        positions.load_position(store, third.position_id)


def test_an_unknown_position_names_the_ones_there_are(store):
    positions.freeze_position(store, "2024-03-31", "published")
    with pytest.raises(positions.PositionError, match="no position 'nope'.*published \\(2024-03-31-1\\)"):
        positions.load_position(store, "nope")


def test_freezeposition_algorithm(processing_ready, store):
    import processing

    add(store, "trajectory", [trajectory_row(2030, 10)])
    out = processing.run(
        "jlpmonitor:freezeposition",
        {
            "STORE": store.path,
            "BASE_DATE": "2024-03-31",
            "LABEL": "Housing Position Statement 2023/24",
            "NOTE": "n",
        },
    )
    assert out["POSITION"] == "2024-03-31-1" and out["BASE_DATE"] == "2024-03-31"
    [position] = positions.list_positions(store)
    assert (
        position.content_hash == out["CONTENT_HASH"]
        and position.label == "Housing Position Statement 2023/24"
    )
    with pytest.raises(QgsProcessingException, match="31 March"):
        processing.run("jlpmonitor:freezeposition", {"STORE": store.path, "BASE_DATE": "2024-03-30"})
