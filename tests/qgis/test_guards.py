"""Nothing lost, nothing leaked (issue 16): outputs that would overwrite the store or an input are
refused, rejects are complete before an import commits, spreadsheet cells cannot start formulas,
templates stay in their folder and their size, and unreadable inputs say what is wrong."""

import csv
import hashlib
import json
import os
import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException

from jlp_monitor_plugin.core import schema
from jlp_monitor_plugin.core.importing import ImportFailed, ImportOptions, import_table
from jlp_monitor_plugin.core.store import Store
from jlp_monitor_plugin.core.store_base import StoreError

STARTS_HEADINGS = ["app_ref", "start_date", "units"]
STARTS_ROWS = [
    ["20/00001/FUL", "2021-05-01", "4"],
    ["20/00002/FUL", "31/02/2021", "2"],  # an impossible date: rejected
    ["20/00003/FUL", "2021-06-01", "six"],  # not a number: rejected
    ["20/00004/FUL", "2021-07-01", "3"],
]


def run(algorithm, params):
    import processing

    return processing.run(algorithm, params)


def digest(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def write_csv(path: Path, headings, rows, encoding="utf-8"):
    with open(path, "w", newline="", encoding=encoding) as handle:
        writer = csv.writer(handle)
        writer.writerow(headings)
        writer.writerows(rows)
    return path


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


@pytest.fixture()
def store(qgis_app, tmp_path):
    store = Store.create(str(tmp_path / "store.gpkg"), "jlp")
    store.write_plan_settings({"five_year_basis": "plan"})  # figures at 2025 without an LHN figure
    return store


@pytest.fixture()
def starts_csv(tmp_path):
    return write_csv(tmp_path / "starts.csv", STARTS_HEADINGS, STARTS_ROWS)


def starts_count(store):
    return len(list(store.rows(schema.STARTS, ["app_ref"])))


# -- 1. outputs that are the store or an input -----------------------------------------------------


def test_rejects_that_is_the_store_is_refused_and_the_store_untouched(processing_ready, store, starts_csv):
    before = digest(store.path)
    with pytest.raises(QgsProcessingException, match=r"REJECTS .*store\.gpkg is the monitoring store"):
        run(
            "jlpmonitor:importstarts",
            {"INPUT": str(starts_csv), "STORE": store.path, "REJECTS": store.path},
        )
    assert digest(store.path) == before
    assert starts_count(Store.open(store.path)) == 0


def test_an_export_onto_the_store_is_refused(processing_ready, store):
    before = digest(store.path)
    for algorithm in ("jlpmonitor:exportbrownfieldregister", "jlpmonitor:exportplanningdata"):
        with pytest.raises(QgsProcessingException, match="OUTPUT .* is the monitoring store"):
            run(algorithm, {"STORE": store.path, "OUTPUT": store.path})
        assert digest(store.path) == before
    # SQLite's own files beside the store are the store too
    with pytest.raises(QgsProcessingException, match="is the monitoring store"):
        run("jlpmonitor:exportbrownfieldregister", {"STORE": store.path, "OUTPUT": store.path + "-wal"})
    assert not os.path.exists(store.path + "-wal")


@pytest.mark.parametrize("spelling", ["same", "symlink", "dotdot", "hardlink"])
def test_rejects_that_is_the_input_is_refused_however_it_is_spelt(
    processing_ready, store, starts_csv, tmp_path, spelling
):
    before = digest(starts_csv)
    if spelling == "same":
        target = str(starts_csv)
    elif spelling == "symlink":
        target = str(tmp_path / "link.csv")
        os.symlink(starts_csv, target)
    elif spelling == "dotdot":
        (tmp_path / "sub").mkdir()
        target = str(tmp_path / "sub" / ".." / "starts.csv")
    else:
        target = str(tmp_path / "hard.csv")
        os.link(starts_csv, target)
    with pytest.raises(QgsProcessingException, match="REJECTS .* is an input of this run"):
        run("jlpmonitor:importstarts", {"INPUT": str(starts_csv), "STORE": store.path, "REJECTS": target})
    assert digest(starts_csv) == before
    assert starts_count(store) == 0


def test_output_folders_that_would_replace_the_store_are_refused(processing_ready, store):
    pytest.importorskip("pandas")
    before = digest(store.path)
    with pytest.raises(QgsProcessingException, match="OUTPUT_FOLDER .* is the monitoring store"):
        run(
            "jlpmonitor:summary",
            {"STORE": store.path, "BASE_DATE": "2025-03-31", "OUTPUT_FOLDER": store.path},
        )
    assert digest(store.path) == before


def test_a_report_folder_whose_file_is_the_store_is_refused(store, tmp_path):
    pytest.importorskip("jinja2")
    from jlp_monitor_plugin.core import reports

    # The folder holds a link named as the report's HTML, to the store: writing it would replace the store.
    out = tmp_path / "out"
    out.mkdir()
    os.symlink(store.path, out / "housing_monitoring_report.html")
    before = digest(store.path)
    with pytest.raises(reports.ReportError, match="would receive housing_monitoring_report.html"):
        reports.make_report(store, "2025-03-31", "housing_monitoring_report", ["html"], str(out))
    assert digest(store.path) == before


def test_loadstandard_rejects_onto_its_input_is_refused(processing_ready, store, tmp_path):
    source = Store.create(str(tmp_path / "standard.gpkg"), "jlp")
    before = digest(source.path)
    with pytest.raises(QgsProcessingException, match="REJECTS .* is an input of this run"):
        run("jlpmonitor:loadstandard", {"INPUT": source.path, "STORE": store.path, "REJECTS": source.path})
    assert digest(source.path) == before


def test_qgis_process_refuses_rejects_onto_the_store(qgis_profile, store, starts_csv):
    before = digest(store.path)
    result = qgis_profile.qgis_process(
        "run",
        "jlpmonitor:importstarts",
        "--INPUT={}".format(starts_csv),
        "--STORE={}".format(store.path),
        "--REJECTS={}".format(store.path),
    )
    assert result.returncode != 0
    assert "is the monitoring store" in result.stdout + result.stderr
    assert digest(store.path) == before
    # an INPUT that is no table: what is wrong, not only "Incorrect parameter value for INPUT"
    folder = Path(store.path).parent
    result = qgis_profile.qgis_process(
        "run", "jlpmonitor:importstarts", "--INPUT={}".format(folder), "--STORE={}".format(store.path)
    )
    assert result.returncode != 0
    assert "{} is a folder, not a file".format(folder) in result.stdout + result.stderr


# -- 4. the rejects file is complete before the import commits -------------------------------------


def test_rejects_in_a_missing_folder_stop_the_import_before_it_starts(store, starts_csv, tmp_path):
    target = tmp_path / "gone" / "rejects.csv"
    options = ImportOptions(target="starts", field_map="")
    with pytest.raises(
        ImportFailed, match=r"rejects file .*rejects\.csv cannot be written: the folder does not"
    ):
        import_table(str(starts_csv), store, options, str(target))
    assert starts_count(store) == 0


def test_rejects_in_a_read_only_folder(store, starts_csv, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    mounted = False
    if os.geteuid() == 0:  # root writes through permissions: a read-only file system instead
        mounted = (
            subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(folder)]).returncode
            == 0
        )
        if not mounted:
            pytest.skip("cannot mount a read-only tmpfs here")
    else:
        folder.chmod(0o555)
    try:
        with pytest.raises(
            ImportFailed, match=r"cannot be written: (permission denied|the disk is read-only)"
        ):
            import_table(str(starts_csv), store, ImportOptions("starts"), str(folder / "rejects.csv"))
    finally:
        if mounted:
            subprocess.run(["umount", str(folder)])
        folder.chmod(0o755)
    assert starts_count(store) == 0


@pytest.fixture()
def tiny_disk(tmp_path):
    """A 64 KiB tmpfs (as root), to fill up."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mount = tmp_path / "tiny"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here: " + done.stderr.decode(errors="replace"))
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True)


def _fill(folder: Path, leave: int = 0):
    """Fill ``folder``'s disk, leaving about ``leave`` bytes."""
    stats = os.statvfs(folder)
    free = stats.f_bavail * stats.f_frsize
    with open(folder / "filler", "wb") as handle:
        try:
            handle.write(b"x" * max(free - leave, 0))
        except OSError:
            pass


@pytest.mark.parametrize("rejected", [3, 300])
def test_a_full_disk_for_the_rejects_leaves_the_store_as_it_was(store, tmp_path, tiny_disk, rejected):
    """A full disk under the rejects file: a few rejected rows (which fit in the writer's buffer, so
    the disk refuses them only when the file is closed — after the commit, before) or many; nothing
    is committed either way, and the message says the disk is full (no raw OSError)."""
    rows = [["20/{:05d}/FUL".format(i), "2021-05-01", "4"] for i in range(50)]
    rows += [["20/{:05d}/BAD".format(i), "31/02/2021", "x" * 400] for i in range(rejected)]
    source = write_csv(tmp_path / "many.csv", STARTS_HEADINGS, rows)
    _fill(tiny_disk, leave=0)
    before = digest(store.path)
    with pytest.raises(StoreError, match=r"could not be written to .*the disk is full.*Nothing was imported"):
        import_table(str(source), store, ImportOptions("starts"), str(tiny_disk / "rejects.csv"))
    assert starts_count(store) == 0
    assert digest(store.path) == before
    assert not (tiny_disk / "rejects.csv").exists()
    assert not (tiny_disk / "rejects.csv.part").exists()


def test_the_rejects_file_is_in_place_when_the_import_commits(store, starts_csv, tmp_path):
    target = tmp_path / "rejects.csv"
    report = import_table(str(starts_csv), store, ImportOptions("starts"), str(target))
    assert (report.inserted, report.rejected) == (2, 2)
    assert [r[1] for r in read_csv(target)[1:]] == ["2", "3"]


def test_a_full_disk_for_the_summary_says_so(processing_ready, store, tiny_disk):
    pytest.importorskip("pandas")
    _fill(tiny_disk, leave=0)
    with pytest.raises(QgsProcessingException, match="the disk is full"):
        run(
            "jlpmonitor:summary",
            {"STORE": store.path, "BASE_DATE": "2025-03-31", "OUTPUT_FOLDER": str(tiny_disk / "summary")},
        )


def test_a_full_disk_for_a_report_says_so(qgis_app, store, tiny_disk):
    pytest.importorskip("jinja2")
    from jlp_monitor_plugin.core import reports

    _fill(tiny_disk, leave=0)
    with pytest.raises(reports.ReportError, match="could not be written to .*the disk is full"):
        reports.make_report(store, "2025-03-31", "site_schedule", ["html", "csv"], str(tiny_disk / "report"))


# -- 6. spreadsheet formulas -------------------------------------------------------------------------

HOSTILE = ['=HYPERLINK("http://evil","x")', "+1+1", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)", "\tx", "\rx"]


def test_safe_cell_rule():
    from jlp_monitor_plugin.core.safe_cells import safe_cell

    for text in HOSTILE:
        assert safe_cell(text) == "'" + text
    for kept in ("-5", "+3", "-0.25", "-1e3", -5, 3.5, None, "plain", "e=mc2"):
        assert safe_cell(kept) == kept


def _first_cells(rows):
    return {cell[:1] for row in rows[1:] for cell in row if cell}


def test_the_rejects_csv_neutralises_formulas(store, tmp_path):
    rows = [[h, "31/02/2021", "1"] for h in HOSTILE] + [["20/1", "2021-01-01", "-5"]]
    source = write_csv(tmp_path / "hostile.csv", STARTS_HEADINGS, rows)
    target = tmp_path / "rejects.csv"
    report = import_table(str(source), store, ImportOptions("starts"), str(target))
    assert report.rejected == len(HOSTILE) + 1  # -5 units: a start cannot be negative
    written = read_csv(target)
    app_refs = [r[3] for r in written[1:]]
    # (GDAL reads a leading CR as a line end: "\rx" arrives as "\nx", which starts no formula)
    assert app_refs[:5] == ["'" + h for h in HOSTILE[:5]]
    assert written[-1][5] == "-5"  # a number stays a number
    assert not _first_cells(written) & set("=+@\t\r")


def test_exports_neutralise_formulas_and_keep_numbers(store, tmp_path):
    from jlp_monitor_plugin.core import exports

    headings = ["app_ref", "address", "proposal", "decision_date", "net_units", "brownfield", "lpa"]
    rows = [
        ["=cmd|'/C calc'!A0", "@SUM(1)", "+evil()", "2020-01-01", "-5", "1", "PLY"],
        ["20/0002/FUL", "-1 High St", "ok", "2020-01-02", "3", "1", "PLY"],
    ]
    source = write_csv(tmp_path / "perms.csv", headings, rows)
    report = import_table(str(source), store, ImportOptions("permissions"))
    assert report.inserted == 2, report.messages()
    blr = tmp_path / "blr.csv"
    exports.export_brownfield_register(store, str(blr))
    register = {r["SiteReference"]: r for r in csv.DictReader(open(blr, encoding="utf-8"))}
    hostile = register["'=cmd|'/C calc'!A0"]
    assert hostile["SiteNameAddress"] == "'@SUM(1)"
    assert hostile["DevelopmentDescription"] == "'+evil()"
    assert hostile["MinNetDwellings"] == "-5"
    assert register["20/0002/FUL"]["SiteNameAddress"] == "'-1 High St"
    planning = tmp_path / "bl.csv"
    exports.export_planning_data(store, str(planning), "brownfield-land")
    assert not _first_cells(read_csv(planning)) & set("=+@\t\r")
    assert {r["SiteReference"] for r in csv.DictReader(open(planning, encoding="utf-8"))} >= {
        "'=cmd|'/C calc'!A0"
    }


def test_report_tables_neutralise_formulas(qgis_app, tmp_path):
    from jlp_monitor_plugin.core.reports import sheet_writers as writers
    from jlp_monitor_plugin.core.reports.context import Column, Table

    table = Table(
        "sites",
        "Sites",
        [Column("site_ref", "=Site"), Column("units", "Units")],
        [{"site_ref": "=1+1", "units": -5}, {"site_ref": "-3", "units": 4}, {"site_ref": "@x", "units": 0}],
    )
    paths = writers.write_csvs([table], str(tmp_path / "csv"))
    assert read_csv(paths[0]) == [["site_ref", "units"], ["'=1+1", "-5"], ["-3", "4"], ["'@x", "0"]]
    from osgeo import ogr

    xlsx = writers.write_xlsx([table], str(tmp_path / "t.xlsx"))
    source = ogr.Open(xlsx)
    layer = source.GetLayer(0)
    names = [layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(2)]
    assert names == ["'=Site", "Units"]
    values = [(f.GetField(0), f.GetField(1)) for f in layer]
    assert values == [("'=1+1", -5), ("-3", 4), ("'@x", 0)]


def test_summary_csvs_neutralise_formulas(tmp_path):
    pd = pytest.importorskip("pandas")
    from jlp_monitor_plugin.core.monitoring.summary_csv import write_summary_csvs

    class Result:  # what write_summary_csvs reads of a MonitoringResult: its tables
        @staticmethod
        def tables():
            return {
                "site_progress": pd.DataFrame({"site_ref": ["=1+1", "-3", "A"], "remaining": [-5, 2.5, 0]})
            }

    paths = write_summary_csvs(Result(), str(tmp_path / "summary"))
    assert read_csv(paths["site_progress"]) == [
        ["site_ref", "remaining"],
        ["'=1+1", "-5"],
        ["-3", "2.5"],
        ["A", "0"],
    ]


# -- 11. inputs that are not a readable table -------------------------------------------------------


def _import_message(store, path, algorithm="jlpmonitor:importstarts"):
    with pytest.raises(QgsProcessingException) as caught:
        run(algorithm, {"INPUT": str(path), "STORE": store.path})
    return str(caught.value)


def test_a_folder_as_input_is_refused(processing_ready, store, starts_csv, tmp_path):
    message = _import_message(store, tmp_path)
    assert "is a folder" in message and str(tmp_path) in message
    assert starts_count(store) == 0


def test_a_pipe_as_input_is_refused_without_hanging(processing_ready, store, tmp_path):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    message = _import_message(store, fifo)
    assert "not a regular file" in message


def test_unreadable_inputs_say_what_is_wrong(processing_ready, store, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert "is empty" in _import_message(store, empty)
    utf16 = tmp_path / "utf16.csv"
    utf16.write_bytes("app_ref,start_date,units\r\n20/1,2021-01-01,3\r\n".encode("utf-16"))
    assert "UTF-16" in _import_message(store, utf16)
    missing = tmp_path / "missing.csv"
    assert "does not exist" in _import_message(store, missing)
    broken = tmp_path / "broken.geojson"
    broken.write_text('{"type": "FeatureCollection", "features": [')
    message = _import_message(store, broken, "jlpmonitor:importboundaries")
    assert "not valid JSON" in message and "broken.geojson" in message


def test_a_stray_cp1252_byte_in_a_utf8_file_is_a_warning_naming_the_row(store, tmp_path):
    source = tmp_path / "mixed.csv"
    lines = ["app_ref,start_date,units"] + ["Café {},2021-01-0{},1".format(i, i) for i in range(1, 5)]
    data = "\r\n".join(lines).encode("utf-8") + b"\r\nCaf\xe9 5,2021-01-05,1\r\n"
    source.write_bytes(data)
    report = import_table(str(source), store, ImportOptions("starts"))
    refs = sorted(r["app_ref"] for r in store.rows(schema.STARTS, ["app_ref"]))
    assert refs[:4] == ["Café 1", "Café 2", "Café 3", "Café 4"]  # not "CafÃ©"
    warnings = [p for p in report.problems if p.row == 5 and p.severity == "warning"]
    assert warnings and "UTF-8" in warnings[0].reason


def test_a_duplicated_heading_that_is_mapped_is_refused(store, tmp_path):
    source = write_csv(
        tmp_path / "dup.csv", ["app_ref", "units", "start_date", "units"], [["20/1", "3", "2021-01-01", "9"]]
    )
    with pytest.raises(ImportFailed, match=r"'units' appears 2 times in dup.csv \(columns 2, 4\)"):
        import_table(
            str(source),
            store,
            ImportOptions("starts", field_map="app_ref=app_ref;units=units;start_date=start_date"),
        )
    assert starts_count(store) == 0
    # a repeated heading the mapping does not use is only noted
    source = write_csv(
        tmp_path / "dup2.csv",
        ["app_ref", "units", "start_date", "Notes", "Notes"],
        [["20/1", "3", "2021-01-01", "a", "b"]],
    )
    report = import_table(str(source), store, ImportOptions("starts"))
    assert report.inserted == 1
    assert any("'Notes' appears 2 times in dup2.csv (columns 4, 5)" in note for note in report.notes)


def test_empty_and_null_polygons_are_rejected_from_boundaries(store, tmp_path):
    features = [
        {"type": "Feature", "properties": {"app_ref": "A"}, "geometry": None},
        {
            "type": "Feature",
            "properties": {"app_ref": "B"},
            "geometry": {"type": "Polygon", "coordinates": []},
        },
        {
            "type": "Feature",
            "properties": {"app_ref": "C"},
            "geometry": {
                "type": "Polygon",
                "coordinates": [[[-4.14, 50.37], [-4.13, 50.37], [-4.13, 50.38], [-4.14, 50.37]]],
            },
        },
    ]
    source = tmp_path / "lines.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    report = import_table(str(source), store, ImportOptions("boundaries", field_map="app_ref=app_ref"))
    stored = {r["app_ref"] for r in store.rows(schema.PERMISSION_BOUNDARIES, ["app_ref"])}
    assert stored == {"C"}
    assert report.rejected == 2
    assert all("no polygon" in p.reason for p in report.problems if p.severity == "error")


# -- 11. keys with quotes and backslashes in filter expressions --------------------------------------


@pytest.mark.parametrize("app_ref", ["20\\00577\\FUL", "O'Brien's \"Yard\"", "ends\\", "\\'"])
def test_an_app_ref_with_backslashes_or_quotes_has_its_history_and_geometry(store, tmp_path, app_ref):
    from jlp_monitor_plugin.core.review import feature_geometry
    from jlp_monitor_plugin.core.review_decisions import set_locked
    from jlp_monitor_plugin.core.review_history import history

    source = write_csv(
        tmp_path / "perms.csv",
        ["app_ref", "decision_date", "net_units", "x", "y"],
        [
            [app_ref, "2020-01-01", "3", "248000", "55000"],
            ["20/00577/FUL", "2020-01-01", "2", "249000", "56000"],
        ],
    )
    report = import_table(str(source), store, ImportOptions("permissions", x_field="x", y_field="y"))
    assert report.inserted == 2, report.messages()
    set_locked(store, [("permissions", app_ref)], True, "checked on site")
    trail = history(store, "permissions", app_ref)
    assert [row["feature_key"] for row in trail] == [app_ref]
    geometry, _crs = feature_geometry(store, "permissions", app_ref)
    assert geometry is not None and geometry.asPoint().x() == 248000
    assert history(store, "permissions", "20/00577/FUL") == []
