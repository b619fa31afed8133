"""Imports that can be checked first and reversed (issue 14, item 2): a dry run counts what the import
would insert, update (per field), delete and reject, writing nothing, and equals what the import then
does; the import records what it changed in ``import_log``; undo puts the store back exactly, on a
GeoPackage and on PostGIS, and refuses (writing nothing) when rows changed since."""

import csv

import pytest

from jlp_monitor_plugin.core import schema
from jlp_monitor_plugin.core.importing import ImportOptions, import_table
from jlp_monitor_plugin.core.importing.undo import UndoRefused, last_import, undo_import

BOTH_BACKENDS = True

HEADINGS = ["Application Number", "Site Address", "Decision Date", "Easting", "Northing", "Net Units", "Type"]
MAP = "app_ref=Application Number;address=Site Address;decision_date=Decision Date;net_units=Net Units;" \
      "permission_type=Type"  # fmt: skip
FIRST = [
    ["A/1", "1 High Street", "21/01/2020", "280500", "60500", "12", "Full"],
    ["A/2", "2 Mill Lane", "01/02/2020", "263500", "56000", "200", "Outline"],
    ["A/3", "3 Fore Street", "02/06/2020", "273500", "44000", "4", "Full"],
    ["A/4", "4 Quay Road", "15/07/2020", "254500", "56000", "1", "Full"],
]
SECOND = [
    ["A/1", "1 High Street", "21/01/2020", "280500", "60500", "12", "Full"],  # unchanged
    ["A/2", "Land at Mill Lane", "01/02/2020", "263600", "56000", "220", "Outline"],  # 3 fields + geometry
    ["A/3", "3 Fore Street", "02/06/2021", "273500", "44000", "4", "Full"],  # the date
    ["B/1", "New Site", "01/01/2024", "250000", "55000", "9", "Full"],  # inserted
    ["B/2", "Bad", "31/02/2024", "250000", "55000", "3", "Full"],  # rejected: no such date
]


def write(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADINGS)
        writer.writerows(rows)
    return str(path)


def options(mode="upsert"):
    return ImportOptions("permissions", MAP, "Easting", "Northing", "EPSG:27700", True, mode)


def snapshot(store):
    """Every row of every layer but the import log: fid, geometry (WKB), values."""
    out = {}
    for name, layer_def in schema.LAYERS.items():
        if name == schema.IMPORT_LOG:
            continue
        rows = []
        for row in store.read_rows(name, layer_def.field_names):
            geometry = None if row[1] is None else bytes(row[1].asWkb())
            rows.append((row[0], geometry) + tuple(row[2:]))
        out[name] = rows
    return out


@pytest.mark.parametrize("mode", ["upsert", "replace"])
def test_dry_run_counts_what_the_import_does_and_undo_restores_the_store(new_store, tmp_path, mode):
    import_table(write(tmp_path / "first.csv", FIRST), new_store, options())
    before = snapshot(new_store)
    second = write(tmp_path / "second.csv", SECOND)

    dry = import_table(second, new_store, options(mode), dry_run=True)
    assert snapshot(new_store) == before  # nothing written
    assert dry.dry_run and not dry.rejects_path and not dry.run_id
    expected_deleted = 1 if mode == "replace" else 0  # A/4 did not come back
    assert (dry.read, dry.inserted, dry.updated, dry.changed, dry.rejected, dry.deleted) == (
        5, 1, 3, 2, 1, expected_deleted,
    )  # fmt: skip
    assert dict(dry.changed_fields) == {"address": 1, "net_units": 1, "geometry": 1, "decision_date": 1}

    done = import_table(second, new_store, options(mode))
    assert done.as_dict() == dry.as_dict()
    assert dict(done.changed_fields) == dict(dry.changed_fields)
    assert done.run_id and snapshot(new_store) != before
    run = last_import(new_store)
    assert run.run_id == done.run_id and run.source == "second.csv"
    assert (run.updated, run.inserted, run.deleted) == (2, 1, expected_deleted)

    undone = undo_import(new_store, user="tester")
    assert undone.run_id == done.run_id
    assert snapshot(new_store) == before  # exactly as it was: values, geometries, fids
    # The first import is the last one now; undoing it empties the store again.
    assert last_import(new_store).source == "first.csv"
    undo_import(new_store)
    assert new_store.count("permissions") == 0
    assert last_import(new_store) is None
    with pytest.raises(UndoRefused, match="no import to undo"):
        undo_import(new_store)


def test_undo_refuses_when_rows_changed_since_and_writes_nothing(new_store, tmp_path, sql):
    import_table(write(tmp_path / "first.csv", FIRST), new_store, options())
    import_table(write(tmp_path / "second.csv", SECOND), new_store, options())
    sql(new_store, "UPDATE permissions SET net_units = 230 WHERE app_ref = 'A/2'")  # an officer's edit
    after_edit = snapshot(new_store)
    with pytest.raises(UndoRefused) as info:
        undo_import(new_store)
    assert "cannot be undone; nothing was changed" in str(info.value)
    assert "permissions A/2: net_units changed since the import" in str(info.value)
    assert snapshot(new_store) == after_edit
    # A tag given by a tagging run since does not stop the undo (tags are the officers', not the import's).
    sql(new_store, "UPDATE permissions SET net_units = 220 WHERE app_ref = 'A/2'")
    sql(new_store, "UPDATE permissions SET site_ref = 'X1', tag_method = 'spatial' WHERE app_ref = 'B/1'")
    undo_import(new_store)
    assert sorted(r["app_ref"] for r in new_store.rows("permissions", ["app_ref"])) == [
        "A/1",
        "A/2",
        "A/3",
        "A/4",
    ]


def polygons(path, features):
    """A GeoJSON of red lines in British National Grid: (app_ref, net_units, x, y) squares of 100 m."""
    import json

    data = {
        "type": "FeatureCollection",
        "crs": {"type": "name", "properties": {"name": "EPSG:27700"}},
        "features": [
            {
                "type": "Feature",
                "properties": {"app_ref": ref, "net_units": units},
                "geometry": {
                    "type": "Polygon",
                    "coordinates": [[[x, y], [x + 100, y], [x + 100, y + 100], [x, y + 100], [x, y]]],
                },
            }
            for ref, units, x, y in features
        ],
    }
    path.write_text(json.dumps(data))
    return str(path)


def test_undo_takes_back_red_lines_and_the_points_they_gave(new_store, tmp_path):
    """A permissions import from polygons writes red lines too; a boundaries import gives permissions
    without a location the point of their red line: undone, both layers are as they were."""
    import_table(write(tmp_path / "first.csv", FIRST), new_store, options())
    before_red_lines = snapshot(new_store)
    source = polygons(tmp_path / "red_lines.geojson", [("A/1", 12, 280400, 60400), ("C/1", 5, 250000, 55000)])
    done = import_table(
        source, new_store, ImportOptions("permissions", "app_ref=app_ref;net_units=net_units")
    )
    assert done.inserted == 1 and done.boundaries == 2
    assert new_store.count("permission_boundaries") == 2
    undo_import(new_store)
    assert snapshot(new_store) == before_red_lines

    # Boundaries for permissions with no location yet: their point comes from the red line.
    rows_without_xy = [r[:3] + ["", ""] + r[5:] for r in FIRST]
    undo_import(new_store)  # the first import
    import_table(write(tmp_path / "no_xy.csv", rows_without_xy), new_store, options())
    before = snapshot(new_store)
    assert all(row[1] is None for row in before["permissions"])
    lines = polygons(tmp_path / "lines.geojson", [("A/1", 0, 280400, 60400), ("A/2", 0, 263400, 55900)])
    filled = import_table(lines, new_store, ImportOptions("boundaries", "app_ref=app_ref"))
    assert filled.points_filled == 2
    undo_import(new_store)
    assert snapshot(new_store) == before
