"""Importing back-office extracts (core/importing and the jlpmonitor:import* algorithms) on the messy
shapes real data arrives in: Excel CSVs with a BOM and CRLF, day-first dates, lat/long, XLSX written by
GDAL, Shapefiles with invalid polygons; counts that conserve, idempotent re-imports, one transaction."""

import csv
import sqlite3
import subprocess
from pathlib import Path

import pytest
from backends import run_sql
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsRectangle,
)

from jlp_monitor_plugin.core import schema, user_settings
from jlp_monitor_plugin.core.importing import (
    FieldMapError,
    ImportCancelled,
    ImportFailed,
    ImportOptions,
    import_table,
    parse_field_map,
    preview,
    suggest_mapping,
)
from jlp_monitor_plugin.core.importing import field_map as fm
from jlp_monitor_plugin.core.importing import validation as v
from jlp_monitor_plugin.core.store import Store
from jlp_monitor_plugin.core.store_base import StoreError

PERMISSION_HEADINGS = [
    "Application Number",
    "Site Address",
    "Proposal",
    "Application Type",
    "Decision Date",
    "Easting",
    "Northing",
    "No. of Units",
    "Existing Units",
    "Net Units",
    "Parent Application",
]
PERMISSION_MAP = (
    "app_ref=Application Number;address=Site Address;proposal=Proposal;permission_type=Application Type;"
    "decision_date=Decision Date;units_proposed=No. of Units;units_existing=Existing Units;"
    "net_units=Net Units;parent_ref=Parent Application"
)
# An Idox-style extract: good rows, and the mess an officer meets (row numbers are data rows).
PERMISSION_ROWS = [
    # 1: good; day-first date; a comma and quotes in the address
    ["19/01234/FUL", '1 "The Old Bank", High Street, Totnes', "Erection of 12 dwellings", "Full",
     "21/01/2008", "280500", "60500", "12", "1", "11", ""],
    # 2: an impossible date
    ["4185/19/OPA", "Land at Filham, Ivybridge", "Outline: up to 200 homes", "Outline",
     "31/02/2020", "263500", "56000", "200", "0", "200", ""],
    # 3: units not a whole number
    ["4186/19/ARM", "Plot 3, Broom Park, Dartington", "Reserved matters", "Reserved Matters",
     "01/03/2020", "278500", "62500", "3.5", "0", "3", "4185/19/OPA"],
    # 4: the key again
    ["19/01234/FUL", "1 High Street, Totnes", "Duplicate line from a second extract", "Full",
     "21/01/2008", "280500", "60500", "12", "1", "11", ""],
    # 5: net units disagreeing with proposed − existing
    ["20/00001/FUL", "Café £ Corner, Fore Street, Kingsbridge", "Flats over shop", "Full",
     "02/06/2020", "273500", "44000", "5", "0", "4", ""],
    # 6: an unknown application type; a parent that is nowhere
    ["20/00002/HOU", "12 Mill Lane, Plympton", "Annexe to dwelling", "Householder Extension",
     "15/07/2020", "254500", "56000", "1", "0", "1", "9999/19/OPA"],
    # 7: single-digit day and month, no coordinates, parent rejected above (so nowhere in the store)
    ["0456/21/ARM", "Land off Exeter Road, Okehampton", "Reserved matters phase 1", "Reserved Matters",
     "1/4/2021", "", "", "30", "0", "30", "4185/19/OPA"],
    # 8: net units blank: proposed − existing
    ["20/00003/FUL", "The Barn, Bere Alston", "Conversion of barn", "FUL",
     "2020-09-30", "244500", "66500", "6", "2", "", ""],
]  # fmt: skip


def write_csv(path: Path, headings, rows, excel=True, encoding="utf-8"):
    """A CSV as Excel writes 'CSV UTF-8': byte-order mark and CRLF line ends."""
    with open(
        path, "w", newline="", encoding=("utf-8-sig" if excel and encoding == "utf-8" else encoding)
    ) as h:
        writer = csv.writer(h, lineterminator="\r\n" if excel else "\n")
        writer.writerow(headings)
        writer.writerows(rows)
    return path


def read_rejects(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def run(algorithm, params):
    import processing

    return processing.run(algorithm, params)


BOTH_BACKENDS = True  # every test on new_store runs on a GeoPackage and on PostGIS (conftest.py)


def snapshot(store):
    """Every row of every table of the store: layers and, in a GeoPackage, R-trees, GDAL's and SQLite's
    bookkeeping."""
    if getattr(store, "backend", "gpkg") == "postgis":
        return {
            n: sorted(run_sql(store, 'SELECT * FROM "{}"'.format(n)), key=repr) for n in store.layer_names()
        }
    path = getattr(store, "path", store)
    con = sqlite3.connect(str(path))
    try:
        names = [
            r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ]
        return {n: sorted(con.execute('SELECT * FROM "{}"'.format(n)).fetchall(), key=repr) for n in names}
    finally:
        con.close()


def rows_of(store, name, fields):
    return {tuple(r[f] for f in fields) for r in store.rows(name, fields)}


def by_ref(store):
    return {r["app_ref"]: r for r in store.rows(schema.PERMISSIONS)}


@pytest.fixture()
def permissions_csv(tmp_path):
    return write_csv(tmp_path / "Uniform extract.csv", PERMISSION_HEADINGS, PERMISSION_ROWS)


# -- the extract as it comes from the back office -----------------------------------------------------


def test_excel_csv_with_bom_crlf_and_day_first_dates(processing_ready, new_store, permissions_csv, tmp_path):
    raw = permissions_csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw  # what Excel writes
    rejects = tmp_path / "rejects.csv"
    result = run(
        "jlpmonitor:importpermissions",
        {
            "INPUT": str(permissions_csv),
            "STORE": new_store.path,
            "FIELD_MAP": PERMISSION_MAP,
            "X_FIELD": "Easting",
            "Y_FIELD": "Northing",
            "MODE": "upsert",
            "REJECTS": str(rejects),
        },
    )
    assert (result["READ"], result["INSERTED"], result["UPDATED"], result["REJECTED"]) == (8, 4, 0, 4)
    assert result["READ"] == result["INSERTED"] + result["UPDATED"] + result["REJECTED"]
    assert result["WARNINGS"] == 4  # unknown type, parent nowhere (×2), no coordinates

    stored = by_ref(new_store)
    assert set(stored) == {"19/01234/FUL", "20/00002/HOU", "0456/21/ARM", "20/00003/FUL"}
    first = stored["19/01234/FUL"]
    assert first["decision_date"] == "2008-01-21"  # 21/01/2008, day first
    assert first["address"] == '1 "The Old Bank", High Street, Totnes'
    assert (first["units_proposed"], first["units_existing"], first["net_units"]) == (12, 1, 11)
    assert first["permission_type"] == "full"
    assert stored["0456/21/ARM"]["decision_date"] == "2021-04-01"
    assert stored["20/00003/FUL"]["net_units"] == 4  # 6 − 2, filled in
    assert stored["20/00003/FUL"]["permission_type"] == "full"  # FUL
    assert stored["20/00002/HOU"]["permission_type"] == "other"  # kept, with a warning
    assert stored["20/00002/HOU"]["parent_ref"] == "9999/19/OPA"
    points = {f["app_ref"]: f.geometry() for f in new_store.layer("permissions").getFeatures()}
    assert points["19/01234/FUL"].asPoint() == QgsPointXY(280500, 60500)
    assert points["0456/21/ARM"].isNull()  # no coordinates: no location, not rejected

    rejected = read_rejects(rejects)
    assert [r["row"] for r in rejected] == ["2", "3", "4", "5"]
    assert list(rejected[0])[:3] == ["layer", "row", "reason"]
    assert list(rejected[0])[3:] == PERMISSION_HEADINGS  # every original column
    assert (
        rejected[0]["Decision Date"] == "31/02/2020"
        and rejected[0]["Site Address"] == "Land at Filham, Ivybridge"
    )
    assert rejected[0]["reason"] == (
        "Uniform extract.csv row 2, Decision Date (decision_date) = '31/02/2020': "
        "not a real date: February 2020 has 29 days"
    )
    assert "row 3, No. of Units (units_proposed) = '3.5': not a whole number" in rejected[1]["reason"]
    assert (
        "row 4, Application Number (app_ref) = '19/01234/FUL': the same app_ref as row 1"
        in rejected[2]["reason"]
    )
    assert rejected[3]["Site Address"] == "Café £ Corner, Fore Street, Kingsbridge"
    assert (
        "row 5, Net Units (net_units) = '4': disagrees with units_proposed − units_existing = 5 − 0 = 5"
        in (rejected[3]["reason"])
    )


def test_warnings_name_file_row_field_and_value(new_store, permissions_csv):
    report = import_table(
        str(permissions_csv), new_store, ImportOptions("permissions", PERMISSION_MAP, "Easting", "Northing")
    )
    warnings = report.messages(v.WARNING)
    assert (
        "Uniform extract.csv row 6, Application Type (permission_type) = 'Householder Extension': not a "
        "permission type the standard knows" in warnings[0]
    )
    assert "kept as 'other'" in warnings[0]
    assert any(
        w.startswith(
            "Uniform extract.csv row 6, Parent Application (parent_ref) = '9999/19/OPA': no permission"
        )
        for w in warnings
    )
    assert any(
        w.startswith("Uniform extract.csv row 7, Parent Application (parent_ref) = '4185/19/OPA'")
        for w in warnings
    )
    assert any("row 7, Easting / Northing (geometry) = ', ': no coordinates" in w for w in warnings)
    assert report.read == report.inserted + report.updated + report.rejected


def test_a_cp1252_csv_from_excel_is_read(new_store, tmp_path):
    path = write_csv(
        tmp_path / "ansi.csv",
        ["Application Number", "Address", "Net Units"],
        [["21/0001/FUL", "Café £5 Street", "2"]],
        excel=False,
        encoding="cp1252",
    )
    report = import_table(str(path), new_store, ImportOptions("permissions"))
    assert report.inserted == 1
    assert by_ref(new_store)["21/0001/FUL"]["address"] == "Café £5 Street"


# -- mapping --------------------------------------------------------------------------------------


def test_field_map_parses_names_with_spaces_constants_and_templates():
    mapping = parse_field_map(
        " app_ref = Application Number ; net_units=Net Units\nlpa='PLY';address={Street} , {Town};proposal=",
        "permissions",
    )
    assert mapping.columns == {"app_ref": "Application Number", "net_units": "Net Units"}
    assert mapping.constants == {"lpa": "PLY"}
    assert mapping.templates == {"address": "{Street} , {Town}"}
    assert "proposal" not in mapping
    resolved = mapping.resolved(["APPLICATION NUMBER", "Net units", "street", "Town"], "x.csv")
    assert resolved.columns == {"app_ref": "APPLICATION NUMBER", "net_units": "Net units"}
    assert resolved.templates == {"address": "{street} , {Town}"}
    assert parse_field_map(mapping.text(), "permissions") == mapping

    with pytest.raises(
        FieldMapError, match="'units', which is not a field an import into permissions can fill"
    ):
        parse_field_map("units=Units", "permissions")
    with pytest.raises(FieldMapError, match="has no '='"):
        parse_field_map("app_ref Application Number", "permissions")
    with pytest.raises(FieldMapError, match="names app_ref twice"):
        parse_field_map("app_ref=A;app_ref=B", "permissions")
    with pytest.raises(FieldMapError, match="maps app_ref to 'App No', which is not a column of x.csv"):
        parse_field_map("app_ref=App No", "permissions").resolved(["Application Number"], "x.csv")


def test_mapping_is_suggested_from_back_office_headings():
    headings = [
        "Application Ref",
        "Date of Decision",
        "X",
        "Y",
        "Description",
        "No. of Units",
        "Net Units",
        "Existing Units",
        "Address",
        "Application Type",
        "Officer",
    ]
    suggestion = suggest_mapping(headings, "permissions")
    assert suggestion.field_map.columns == {
        "app_ref": "Application Ref",
        "address": "Address",
        "proposal": "Description",
        "permission_type": "Application Type",
        "decision_date": "Date of Decision",
        "units_proposed": "No. of Units",
        "units_existing": "Existing Units",
        "net_units": "Net Units",
    }
    assert (suggestion.x_field, suggestion.y_field, suggestion.source_crs) == ("X", "Y", None)

    completions = suggest_mapping(
        [
            "UPRN",
            "Site Address",
            "Completion Date",
            "Net Units",
            "Tenure",
            "Lat",
            "Long",
            "Application Number",
        ],
        "completions",
    )
    assert completions.field_map.columns == {
        "app_ref": "Application Number",
        "uprn": "UPRN",
        "address": "Site Address",
        "completion_date": "Completion Date",
        "units": "Net Units",
        "tenure": "Tenure",
    }
    assert (completions.x_field, completions.y_field, completions.source_crs) == ("Long", "Lat", "EPSG:4326")
    starts = suggest_mapping(["Planning Ref", "Start Date", "Units Started"], "starts")
    assert starts.field_map.columns == {
        "app_ref": "Planning Ref",
        "start_date": "Start Date",
        "units": "Units Started",
    }


def test_an_unusable_mapping_is_refused_before_anything_is_written(new_store, permissions_csv):
    with pytest.raises(ImportFailed, match=r"gives no column for net_units \(or units_proposed\)"):
        import_table(
            str(permissions_csv), new_store, ImportOptions("permissions", "app_ref=Application Number")
        )
    with pytest.raises(ImportFailed, match="X_FIELD 'Eastings' is not a column of Uniform extract.csv"):
        import_table(
            str(permissions_csv),
            new_store,
            ImportOptions("permissions", PERMISSION_MAP, "Eastings", "Northing"),
        )
    with pytest.raises(ImportFailed, match="MODE"):
        import_table(
            str(permissions_csv), new_store, ImportOptions("permissions", PERMISSION_MAP, mode="merge")
        )
    assert new_store.count("permissions") == 0


def test_named_profiles_are_saved_loaded_and_deleted(qgis_app):
    user_settings.IMPORT_PROFILES.remove()
    profile = fm.Profile("permissions", PERMISSION_MAP, "Easting", "Northing", "EPSG:27700", True)
    fm.save_profile("Uniform (South Hams)", profile)
    fm.save_profile("Building control", fm.Profile("completions", "units=Net Units", day_first=False))
    assert fm.profile_names() == ["Building control", "Uniform (South Hams)"]
    assert fm.load_profile("Uniform (South Hams)") == profile
    assert fm.load_profile("Building control").day_first is False
    with pytest.raises(FieldMapError):
        fm.save_profile("bad", fm.Profile("permissions", "units=Units"))
    assert fm.delete_profile("Building control") and not fm.delete_profile("Building control")
    assert fm.profile_names() == ["Uniform (South Hams)"]
    user_settings.IMPORT_PROFILES.remove()


# -- values ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, day_first, expected",
    [
        ("21/01/2008", True, "2008-01-21"),
        ("01/21/2008", False, "2008-01-21"),
        ("21-01-2008", True, "2008-01-21"),
        ("21.01.08", True, "2008-01-21"),
        ("2008-01-21", True, "2008-01-21"),
        ("2008-01-21T00:00:00", True, "2008-01-21"),
        ("21/01/2008 00:00", True, "2008-01-21"),
        ("21-Jan-2008", True, "2008-01-21"),
        ("21 January 2008", True, "2008-01-21"),
        ("January 21, 2008", True, "2008-01-21"),
        ("39468", True, "2008-01-21"),  # an Excel serial date
        ("29/02/2020", True, "2020-02-29"),
        ("", True, None),
    ],
)
def test_dates(text, day_first, expected):
    assert v.parse_date(text, day_first) == (expected, None)


@pytest.mark.parametrize(
    "text, day_first, reason",
    [
        ("31/02/2020", True, "not a real date: February 2020 has 29 days"),
        ("29/02/2019", True, "not a real date: February 2019 has 28 days"),
        ("21/01/2008", False, "not a real date: there is no month 21 (are the dates day first?"),
        ("13/13/2020", True, "there is no month 13"),
        ("next week", True, "not a date"),
        ("21/01/1066", True, "the year 1066 is out of range"),
    ],
)
def test_impossible_dates_are_refused_with_the_reason(text, day_first, reason):
    value, error = v.parse_date(text, day_first)
    assert value is None and reason in error


def test_units_monitoring_years_and_coded_values():
    assert v.parse_whole("12") == (12, None) and v.parse_whole("12.0") == (12, None)
    assert v.parse_whole(" 1,200 ") == (1200, None) and v.parse_whole("-3") == (-3, None)
    assert v.parse_whole("3.5") == (None, "not a whole number")
    assert v.parse_whole("twelve") == (None, "not a whole number")
    assert v.parse_whole("n/a") == (None, None)
    for text in ("2019/20", "2019/2020", "2019-20", "19/20", "2019–20"):
        assert v.parse_monitoring_year(text) == ("2019/20", None), text
    assert "2021 is not the year after 2019" in v.parse_monitoring_year("2019/21")[1]
    assert v.permission_type("Reserved Matters") == ("reserved_matters", None)
    assert v.permission_type("OPA") == ("outline", None)
    assert v.permission_type("Variation of Condition 2") == ("s73_variation", None)
    assert v.permission_type("Prior Approval (Class Q)") == ("prior_approval", None)
    assert v.permission_type("Listed Building Consent")[0] == "other"
    lpas = v.LpaCodes([{"code": "PLY", "name": "Plymouth City Council", "gss": "E06000026"}])
    assert [lpas.code(x)[0] for x in ("ply", "Plymouth", "Plymouth City Council", "E06000026")] == ["PLY"] * 4
    assert lpas.code("local-authority-eng:PLY") == ("PLY", None)
    assert lpas.code("Torbay")[0] == "Torbay" and "not one of the plan's LPAs" in lpas.code("Torbay")[1]


# -- coordinates ----------------------------------------------------------------------------------


def _totnes():
    """Totnes in WGS84 and British National Grid."""
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsCoordinateReferenceSystem("EPSG:27700"),
        QgsCoordinateTransformContext(),
    )
    lon, lat = -3.6866, 50.4318
    return (lon, lat), transform.transform(QgsPointXY(lon, lat))


def test_wgs84_lat_long_is_transformed_and_swapped_lat_long_rejected(new_store, tmp_path):
    (lon, lat), bng = _totnes()
    path = write_csv(
        tmp_path / "latlong.csv",
        ["Application Number", "Lat", "Long", "Net Units"],
        [
            ["21/0001/FUL", str(lat), str(lon), "4"],
            ["21/0002/FUL", str(lon), str(lat), "2"],  # swapped
            ["21/0003/FUL", "51.5074", "-0.1278", "1"],  # London: fine for the CRS
            ["21/0004/FUL", "48.85", "2.35", "1"],  # Paris: outside British National Grid's area
            ["21/0005/FUL", "280500", "60500", "1"],  # eastings in a lat/long file
        ],
    )
    report = import_table(str(path), new_store, ImportOptions("permissions"))  # mapping suggested
    assert (report.x_field, report.y_field) == ("Long", "Lat")
    assert (report.read, report.inserted, report.rejected) == (5, 2, 3)
    point = next(f for f in new_store.layer("permissions").getFeatures() if f["app_ref"] == "21/0001/FUL")
    assert point.geometry().asPoint().distance(bng) < 0.01
    assert 280000 < bng.x() < 281500 and 60000 < bng.y() < 61500
    errors = report.messages(v.ERROR)
    assert errors[0] == (
        "latlong.csv row 2, Long / Lat (geometry) = '50.4318, -3.6866': latitude and longitude look swapped "
        "(the Y column holds the longitude)"
    )
    assert "row 4" in errors[1] and "outside the area of use of the plan's CRS EPSG:27700" in errors[1]
    assert "row 5" in errors[2] and "look like eastings/northings, not longitude/latitude" in errors[2]


def test_swapped_eastings_and_lat_long_in_a_projected_file_are_rejected(new_store, tmp_path):
    areas = new_store.layer("areas")
    from qgis.core import QgsFeature

    piece = QgsFeature(areas.fields())
    piece.setAttributes([None, "SHA", "TTV"])
    piece.setGeometry(QgsGeometry.fromRect(QgsRectangle(252000, 40000, 292500, 69000)))
    assert areas.dataProvider().addFeatures([piece])[0]
    path = write_csv(
        tmp_path / "bng.csv",
        ["Application Number", "Easting", "Northing", "Net Units"],
        [
            ["21/0001/FUL", "280500", "60500", "4"],
            ["21/0002/FUL", "60500", "280500", "2"],  # swapped
            ["21/0003/FUL", "-3.68", "50.43", "2"],  # lat/long in a British National Grid file
            ["21/0004/FUL", "530000", "180000", "1"],  # London: far from the plan, loaded with a warning
        ],
    )
    report = import_table(str(path), new_store, ImportOptions("permissions"))
    assert (report.read, report.inserted, report.rejected) == (4, 2, 2)
    errors = report.messages(v.ERROR)
    assert "row 2" in errors[0] and "X and Y look swapped" in errors[0]
    assert (
        "row 3" in errors[1]
        and "look like longitude/latitude, not EPSG:27700: set SOURCE_CRS to EPSG:4326" in errors[1]
    )
    assert any("row 4" in w and "outside the plan area" in w for w in report.messages(v.WARNING))


# -- XLSX ------------------------------------------------------------------------------------------

COMPLETION_HEADINGS = ["UPRN", "Address", "Completion Date", "Monitoring Year", "Net Units", "Tenure",
                       "Source", "Planning Ref", "Easting", "Northing"]  # fmt: skip
COMPLETION_ROWS = [
    ["100040123456", "Plot 1, Filham Park, Ivybridge", "2019-06-01", "", "1", "market", "Building Control",
     "4185/19/OPA", "263500", "56000"],
    ["100040123457", "Plot 2, Filham Park, Ivybridge", "2019-06-01", "", "1", "market", "Building Control",
     "4185/19/OPA", "263510", "56000"],
    ["", "Plot 3, Filham Park, Ivybridge", "", "2019/20", "1", "social_rent", "council tax", "4185/19/OPA",
     "", ""],
    # Two identical rows: two real dwellings an extract cannot tell apart — both kept, with their own ids.
    ["", "Flats, Fore Street, Totnes", "", "2020/21", "2", "market", "site visit", "", "", ""],
    ["", "Flats, Fore Street, Totnes", "", "2020/21", "2", "market", "site visit", "", "", ""],
    ["", "Demolished bungalow, Okehampton", "2021-03-31", "2020/21", "-1", "market", "Other", "", "", ""],
    ["", "No date at all", "", "", "1", "market", "", "", "", ""],
    ["", "Wrong year", "2021-04-01", "2020/21", "1", "market", "", "", "", ""],
]  # fmt: skip


def write_xlsx(tmp_path, name, headings, rows, autodetect=True):
    """An XLSX written by GDAL's XLSX driver (ogr2ogr), from a CSV; typed cells when ``autodetect``."""
    source = write_csv(tmp_path / (name + ".csv"), headings, rows, excel=False)
    target = tmp_path / (name + ".xlsx")
    options = ["-oo", "AUTODETECT_TYPE=YES"] if autodetect else []
    subprocess.run(
        ["ogr2ogr", "-f", "XLSX", str(target), str(source), "-nln", "Sheet1", "-oo", "HEADERS=YES", *options],
        check=True,
    )
    return target


def test_completions_from_an_xlsx_with_generated_stable_ids(processing_ready, new_store, tmp_path):
    path = write_xlsx(tmp_path, "building_control", COMPLETION_HEADINGS, COMPLETION_ROWS)
    params = {
        "INPUT": str(path),
        "STORE": new_store.path,
        "FIELD_MAP": "uprn=UPRN;address=Address;completion_date=Completion Date;"
        "monitoring_year=Monitoring Year;units=Net Units;tenure=Tenure;source=Source;app_ref=Planning Ref",
        "X_FIELD": "Easting",
        "Y_FIELD": "Northing",
        "REJECTS": str(tmp_path / "rejects.csv"),
    }
    result = run("jlpmonitor:importcompletions", params)
    assert (result["READ"], result["INSERTED"], result["UPDATED"], result["REJECTED"]) == (8, 6, 0, 2)
    rows = {r["address"]: r for r in new_store.rows("completions")}
    plot1 = rows["Plot 1, Filham Park, Ivybridge"]
    assert plot1["completion_date"] == "2019-06-01"  # an Excel date cell
    assert plot1["uprn"] == "100040123456"  # a number cell, kept as the reference it is
    assert (
        plot1["source"] == "building_control"
        and rows["Plot 3, Filham Park, Ivybridge"]["source"] == "council_tax"
    )
    assert rows["Plot 3, Filham Park, Ivybridge"]["monitoring_year"] == "2019/20"
    assert rows["Demolished bungalow, Okehampton"]["units"] == -1
    ids = sorted(r["completion_id"] for r in new_store.rows("completions"))
    assert len(set(ids)) == 6 and all(i.startswith("gen-") for i in ids)
    rejected = read_rejects(tmp_path / "rejects.csv")
    assert "neither a completion date nor a monitoring year is given" in rejected[0]["reason"]
    assert (
        "the completion date 2021-04-01 is in monitoring year 2021/22, not 2020/21" in rejected[1]["reason"]
    )

    before = snapshot(new_store)
    again = run("jlpmonitor:importcompletions", params)
    assert (again["INSERTED"], again["UPDATED"], again["CHANGED"], again["REJECTED"]) == (0, 6, 0, 2)
    assert sorted(r["completion_id"] for r in new_store.rows("completions")) == ids
    assert snapshot(new_store) == before


def test_an_xlsx_whose_cells_are_all_text_still_has_its_headings(new_store, tmp_path):
    path = write_xlsx(tmp_path, "all_text", PERMISSION_HEADINGS, PERMISSION_ROWS[:1], autodetect=False)
    report = import_table(
        str(path), new_store, ImportOptions("permissions", PERMISSION_MAP, "Easting", "Northing")
    )
    assert (report.read, report.inserted, report.rejected) == (1, 1, 0)
    assert by_ref(new_store)["19/01234/FUL"]["decision_date"] == "2008-01-21"


# -- red lines -------------------------------------------------------------------------------------

BOWTIE = [[280000, 60000], [280100, 60100], [280100, 60000], [280000, 60100], [280000, 60000]]
SQUARE = [[281000, 61000], [281100, 61000], [281100, 61100], [281000, 61100], [281000, 61000]]


def write_shapefile(tmp_path, features, name="red_lines"):
    import json

    collection = {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "properties": props, "geometry": {"type": "Polygon", "coordinates": [ring]}}
            for props, ring in features
        ],
    }
    source = tmp_path / (name + ".geojson")
    source.write_text(json.dumps(collection))
    target = tmp_path / (name + ".shp")
    subprocess.run(
        ["ogr2ogr", "-f", "ESRI Shapefile", str(target), str(source), "-a_srs", "EPSG:27700"], check=True
    )
    return target


def test_shapefile_with_an_invalid_polygon_fills_boundaries_and_points(processing_ready, new_store, tmp_path):
    path = write_shapefile(
        tmp_path,
        [({"APP_REF": "21/0001/FUL", "UNITS": 8}, BOWTIE), ({"APP_REF": "21/0002/FUL", "UNITS": 3}, SQUARE)],
    )
    result = run(
        "jlpmonitor:importpermissions",
        {"INPUT": str(path), "STORE": new_store.path, "FIELD_MAP": "app_ref=APP_REF;net_units=UNITS"},
    )
    assert (result["READ"], result["INSERTED"], result["REJECTED"], result["BOUNDARIES"]) == (2, 2, 0, 2)
    boundaries = {f["app_ref"]: f.geometry() for f in new_store.layer("permission_boundaries").getFeatures()}
    assert not boundaries["21/0001/FUL"].isGeosValid()  # kept as given, never rewritten
    assert boundaries["21/0001/FUL"].isMultipart()
    points = {f["app_ref"]: f.geometry() for f in new_store.layer("permissions").getFeatures()}
    assert boundaries["21/0001/FUL"].makeValid().contains(points["21/0001/FUL"])
    assert boundaries["21/0002/FUL"].contains(points["21/0002/FUL"])
    assert result["WARNINGS"] == 1

    report = import_table(
        str(path), new_store, ImportOptions("permissions", "app_ref=APP_REF;net_units=UNITS")
    )
    assert (report.inserted, report.changed, report.boundaries) == (0, 0, 0)
    assert report.messages(v.WARNING) == [
        "red_lines.shp row 1, geometry = 'MultiPolygon (((280000 60000, 280100 60100, 280100 60000, 28': "
        "the red line is not valid; kept as given, its point taken from the repaired shape"
    ]


def test_boundaries_alone_give_a_located_point_to_permissions_without_one(
    processing_ready, new_store, tmp_path
):
    table = write_csv(
        tmp_path / "p.csv", ["Application Number", "Net Units"], [["21/0001/FUL", "8"], ["21/0002/FUL", "3"]]
    )
    import_table(str(table), new_store, ImportOptions("permissions"))
    path = write_shapefile(
        tmp_path, [({"APP_REF": "21/0001/FUL"}, SQUARE), ({"APP_REF": "21/0099/FUL"}, BOWTIE)]
    )
    result = run("jlpmonitor:importboundaries", {"INPUT": str(path), "STORE": new_store.path})
    assert (result["READ"], result["INSERTED"], result["POINTS_FILLED"]) == (2, 2, 1)
    points = {f["app_ref"]: f.geometry() for f in new_store.layer("permissions").getFeatures()}
    assert QgsGeometry.fromPolygonXY([[QgsPointXY(*p) for p in SQUARE]]).contains(points["21/0001/FUL"])
    assert points["21/0002/FUL"].isNull()
    again = run("jlpmonitor:importboundaries", {"INPUT": str(path), "STORE": new_store.path})
    assert (again["INSERTED"], again["UPDATED"], again["CHANGED"], again["POINTS_FILLED"]) == (0, 2, 0, 0)
    with pytest.raises(QgsProcessingException, match="polygon layer"):
        run("jlpmonitor:importboundaries", {"INPUT": str(table), "STORE": new_store.path})


def test_a_red_line_drawn_as_several_features_is_merged_into_one_boundary(
    processing_ready, new_store, tmp_path
):
    far_square = [[x + 500, y] for x, y in SQUARE]  # a second, separate part of the same red line
    touching = [[x + 100, y] for x, y in SQUARE]  # a third part sharing an edge with the first
    path = write_shapefile(
        tmp_path,
        [
            ({"APP_REF": "21/0001/FUL"}, SQUARE),
            ({"APP_REF": "21/0002/FUL"}, BOWTIE),
            ({"APP_REF": "21/0001/FUL"}, far_square),
            ({"APP_REF": "21/0001/FUL"}, touching),
        ],
    )
    result = run("jlpmonitor:importboundaries", {"INPUT": str(path), "STORE": new_store.path})
    # READ 4 = INSERTED 2 (two red lines) + UPDATED 2 (rows 3 and 4 merged into row 1's) + REJECTED 0
    assert (result["READ"], result["INSERTED"], result["UPDATED"], result["REJECTED"]) == (4, 2, 2, 0)
    assert result["MERGED"] == 2
    boundaries = [f for f in new_store.layer("permission_boundaries").getFeatures()]
    assert sorted(f["app_ref"] for f in boundaries) == ["21/0001/FUL", "21/0002/FUL"]
    red_line = next(f.geometry() for f in boundaries if f["app_ref"] == "21/0001/FUL")
    # the touching square dissolves into the first (one 200 m x 100 m part); the far one stays apart
    assert red_line.isMultipart() and red_line.constGet().numGeometries() == 2
    assert red_line.area() == pytest.approx(3 * 100 * 100)
    report = import_table(str(path), new_store, ImportOptions("boundaries"))
    assert [m for m in report.messages(v.WARNING) if "merged" in m] == [
        "red_lines.shp row 3, APP_REF (app_ref) = '21/0001/FUL': the same app_ref as row 1 of this file: "
        "merged into one red line",
        "red_lines.shp row 4, APP_REF (app_ref) = '21/0001/FUL': the same app_ref as row 1 of this file: "
        "merged into one red line",
    ]
    # the same file again changes nothing: the merged red line equals the stored one
    assert (report.inserted, report.updated, report.changed, report.merged) == (0, 4, 0, 2)
    before = snapshot(new_store)
    import_table(str(path), new_store, ImportOptions("boundaries"))
    assert snapshot(new_store) == before


def test_starts_and_trajectory(processing_ready, new_store, tmp_path):
    starts = write_csv(
        tmp_path / "starts.csv",
        ["Application Number", "Start Date", "Units Started"],
        [["21/0001/FUL", "03/05/2021", "8"], ["21/0001/FUL", "01/02/2022", "4"], ["21/0002/FUL", "", "3"]],
    )
    result = run("jlpmonitor:importstarts", {"INPUT": str(starts), "STORE": new_store.path})
    assert (result["READ"], result["INSERTED"], result["REJECTED"]) == (3, 2, 1)
    assert rows_of(new_store, "starts", ["app_ref", "start_date", "units"]) == {
        ("21/0001/FUL", "2021-05-03", 8),
        ("21/0001/FUL", "2022-02-01", 4),
    }
    trajectory = write_csv(
        tmp_path / "trajectory.csv",
        ["Site Ref", "Monitoring Year", "Projected Units", "Deliverable", "Evidence"],
        [["PLY44", "2025/26", "120", "Yes", "Developer pro forma"], ["PLY44", "2026-27", "150", "N", ""]],
    )
    result = run("jlpmonitor:importtrajectory", {"INPUT": str(trajectory), "STORE": new_store.path})
    assert (result["INSERTED"], result["REJECTED"]) == (2, 0)
    assert rows_of(
        new_store, "trajectory", ["site_ref", "monitoring_year", "units", "deliverable", "source"]
    ) == {
        ("PLY44", "2025/26", 120, 1, "officer"),
        ("PLY44", "2026/27", 150, 0, "officer"),
    }


# -- idempotence, tags, what changed --------------------------------------------------------------


def test_importing_the_same_file_twice_changes_nothing_and_tags_survive(new_store, permissions_csv):
    options = ImportOptions("permissions", PERMISSION_MAP, "Easting", "Northing")
    first = import_table(str(permissions_csv), new_store, options)
    with new_store.transaction() as con:  # an officer locks one tag and tagging set another
        con.execute(
            "UPDATE permissions SET site_ref = 'TTV21', tag_method = 'manual', tag_locked = 1 "
            "WHERE app_ref = '19/01234/FUL'"
        )
        con.execute(
            "UPDATE permissions SET site_ref = 'PLY44', tag_method = 'spatial', tag_overlap = 1 "
            "WHERE app_ref = '20/00002/HOU'"
        )
    before = snapshot(new_store)
    again = import_table(str(permissions_csv), new_store, options)
    assert (first.inserted, first.rejected) == (4, 4)
    assert (again.read, again.inserted, again.updated, again.changed, again.unchanged, again.rejected) == (
        8, 0, 4, 0, 4, 4,
    )  # fmt: skip
    assert snapshot(new_store) == before
    stored = by_ref(new_store)
    assert (stored["19/01234/FUL"]["site_ref"], stored["19/01234/FUL"]["tag_locked"]) == ("TTV21", 1)
    assert stored["20/00002/HOU"]["site_ref"] == "PLY44"


def test_an_updated_row_writes_only_what_changed(new_store, permissions_csv, tmp_path):
    options = ImportOptions("permissions", PERMISSION_MAP, "Easting", "Northing")
    import_table(str(permissions_csv), new_store, options)
    fields = [f for f in schema.LAYERS["permissions"].field_names] + ["geom"]
    with new_store.transaction() as con:
        con.execute(
            "UPDATE permissions SET site_ref = 'TTV21', tag_locked = 1 WHERE app_ref = '19/01234/FUL'"
        )
        con.execute("CREATE TABLE test_written (field TEXT, app_ref TEXT)")
        if new_store.backend == "postgis":
            con.execute(
                "CREATE FUNCTION test_log() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                "INSERT INTO test_written VALUES (TG_ARGV[0], NEW.app_ref); RETURN NEW; END $$"
            )
        for field in fields:  # fires when the column is written at all, even with the same value
            if new_store.backend == "postgis":
                con.execute(
                    'CREATE TRIGGER "test_log_{0}" AFTER UPDATE OF "{0}" ON permissions FOR EACH ROW '
                    "EXECUTE FUNCTION test_log('{0}')".format(field)
                )
                continue
            con.execute(
                'CREATE TRIGGER "test_log_{0}" AFTER UPDATE OF "{0}" ON permissions BEGIN '
                "INSERT INTO test_written VALUES ('{0}', NEW.app_ref); END".format(field)
            )
    changed = [list(r) for r in PERMISSION_ROWS]
    changed[0][7], changed[0][9] = "14", "13"  # two more dwellings on 19/01234/FUL
    changed[7][5] = "244600"  # 20/00003/FUL moved 100 m east
    path = write_csv(tmp_path / "changed.csv", PERMISSION_HEADINGS, changed)
    report = import_table(str(path), new_store, options)
    assert (report.inserted, report.updated, report.changed, report.unchanged) == (0, 4, 2, 2)
    written = set(run_sql(new_store, "SELECT field, app_ref FROM test_written"))
    assert written == {
        ("units_proposed", "19/01234/FUL"),
        ("net_units", "19/01234/FUL"),
        ("geom", "20/00003/FUL"),
    }
    stored = by_ref(new_store)
    assert (stored["19/01234/FUL"]["net_units"], stored["19/01234/FUL"]["site_ref"]) == (13, "TTV21")
    point = next(f for f in new_store.layer("permissions").getFeatures() if f["app_ref"] == "20/00003/FUL")
    assert point.geometry().asPoint() == QgsPointXY(244600, 66500)
    assert new_store.layer("permissions").extent().contains(QgsPointXY(244600, 66500))


def test_replace_mode_deletes_what_did_not_come_back_and_keeps_tags(new_store, permissions_csv, tmp_path):
    options = ImportOptions("permissions", PERMISSION_MAP, "Easting", "Northing")
    import_table(str(permissions_csv), new_store, options)
    with new_store.transaction() as con:
        con.execute(
            "UPDATE permissions SET site_ref = 'TTV21', tag_locked = 1 WHERE app_ref = '19/01234/FUL'"
        )
    kept = [list(PERMISSION_ROWS[0]), list(PERMISSION_ROWS[5])]
    kept[1][4] = "31/06/2020"  # 20/00002/HOU's new version is wrong: its stored version stays
    kept.append(["22/00010/FUL", "New site", "", "Full", "01/05/2022", "250000", "55000", "9", "0", "9", ""])
    path = write_csv(tmp_path / "replace.csv", PERMISSION_HEADINGS, kept)
    report = import_table(str(path), new_store, options._replace(mode="replace"))
    assert (report.read, report.inserted, report.updated, report.rejected, report.deleted) == (3, 1, 1, 1, 2)
    stored = by_ref(new_store)
    assert set(stored) == {"19/01234/FUL", "20/00002/HOU", "22/00010/FUL"}
    assert (stored["19/01234/FUL"]["site_ref"], stored["19/01234/FUL"]["tag_locked"]) == ("TTV21", 1)
    assert stored["20/00002/HOU"]["decision_date"] == "2020-07-15"


# -- one transaction ------------------------------------------------------------------------------


def _big_extract(tmp_path, count, name="big.csv"):
    rows = [
        ["22/{:05d}/FUL".format(i), "{} Test Road".format(i), "", "Full", "01/05/2022",
         str(250000 + i), "55000", "2", "0", "2", ""]
        for i in range(count)
    ]  # fmt: skip
    rows[0] = list(PERMISSION_ROWS[0])
    rows[0][2] = "Changed proposal for an existing row"
    return write_csv(tmp_path / name, PERMISSION_HEADINGS, rows)


def test_a_failure_half_way_leaves_the_store_exactly_as_it_was(
    processing_ready, new_store, permissions_csv, tmp_path
):
    options = ImportOptions("permissions", PERMISSION_MAP, "Easting", "Northing")
    import_table(str(permissions_csv), new_store, options)
    before = snapshot(new_store)
    if new_store.backend == "postgis":  # the disk fills up on the 1,500th new row
        run_sql(
            new_store,
            "CREATE FUNCTION test_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF (SELECT count(*) FROM permissions) >= 1504 THEN "
            "RAISE EXCEPTION 'database or disk is full (simulated)'; END IF; RETURN NEW; END $$",
        )
        run_sql(
            new_store,
            "CREATE TRIGGER test_fail BEFORE INSERT ON permissions FOR EACH ROW EXECUTE FUNCTION test_fail()",
        )
    else:
        with sqlite3.connect(new_store.path) as con:  # the disk fills up on the 1,500th new row
            con.execute(
                "CREATE TRIGGER test_fail BEFORE INSERT ON permissions "
                "WHEN (SELECT count(*) FROM permissions) >= 1504 "
                "BEGIN SELECT RAISE(ABORT, 'database or disk is full (simulated)'); END"
            )
    path = _big_extract(tmp_path, 3000)
    rejects = tmp_path / "rejects.csv"
    with pytest.raises(StoreError, match="failed and was undone; the store is as it was.*disk is full"):
        import_table(str(path), new_store, options, str(rejects))
    with pytest.raises(QgsProcessingException, match="undone"):
        run(
            "jlpmonitor:importpermissions",
            {"INPUT": str(path), "STORE": new_store.path, "FIELD_MAP": PERMISSION_MAP, "X_FIELD": "Easting",
             "Y_FIELD": "Northing"},
        )  # fmt: skip
    run_sql(
        new_store, "DROP TRIGGER test_fail" + (" ON permissions" if new_store.backend == "postgis" else "")
    )
    assert snapshot(new_store) == before  # the first 1,500 rows and the changed proposal: all undone
    assert not rejects.exists() and not Path(str(rejects) + ".part").exists()
    assert new_store.count("permissions") == 4
    report = import_table(str(path), new_store, options)  # and it works once the disk has room
    assert (report.inserted, report.changed) == (2999, 1)


class CancelHalfWay(QgsProcessingFeedback):
    def setProgress(self, progress):  # noqa: N802 - QGIS API
        super().setProgress(progress)
        if progress >= 50:
            self.cancel()


def test_a_cancel_leaves_the_store_as_it_was(new_store, permissions_csv, tmp_path):
    options = ImportOptions("permissions", PERMISSION_MAP, "Easting", "Northing")
    import_table(str(permissions_csv), new_store, options)
    before = snapshot(new_store)
    feedback = CancelHalfWay()
    with pytest.raises(ImportCancelled):
        import_table(str(_big_extract(tmp_path, 2000)), new_store, options, feedback=feedback)
    assert feedback.isCanceled()
    assert snapshot(new_store) == before


# -- preview ---------------------------------------------------------------------------------------


def test_preview_marks_the_problems_of_the_first_rows_without_writing(new_store, permissions_csv):
    plan, rows = preview(
        str(permissions_csv),
        new_store,
        ImportOptions("permissions", PERMISSION_MAP, "Easting", "Northing"),
        5,
    )
    assert [r.row for r in rows] == [1, 2, 3, 4, 5]
    assert rows[0].problems == []
    assert [(p.column, p.severity) for p in rows[1].problems] == [("Decision Date", "error")]
    assert [(p.column, p.severity) for p in rows[3].problems] == [("Application Number", "error")]
    assert rows[1].values["Decision Date"] == "31/02/2020"
    assert new_store.count("permissions") == 0
    assert plan.field_map.columns["decision_date"] == "Decision Date"


def test_an_existing_store_is_checked_before_import(processing_ready, tmp_path, permissions_csv):
    bad = tmp_path / "bad.gpkg"
    bad.write_text("not a database")
    with pytest.raises(QgsProcessingException, match="is not a GeoPackage"):
        run("jlpmonitor:importpermissions", {"INPUT": str(permissions_csv), "STORE": str(bad)})
    assert Store  # the store module is what refused it


def test_qgis_process_imports_a_csv_by_its_path(
    qgis_profile, new_store, store_location, permissions_csv, tmp_path
):
    """Headless, from the packaged plugin: the INPUT a file path, FIELD_MAP with spaces, enums by name."""
    import json

    rejects = tmp_path / "rejects.csv"
    result = qgis_profile.qgis_process(
        "run",
        "jlpmonitor:importpermissions",
        "--json",
        "--INPUT={}".format(permissions_csv),
        "--STORE={}".format(store_location),  # on PostGIS: the URI with its password (another process)
        "--FIELD_MAP={}".format(PERMISSION_MAP),
        "--X_FIELD=Easting",
        "--Y_FIELD=Northing",
        "--SOURCE_CRS=EPSG:27700",
        "--DAY_FIRST=true",
        "--MODE=upsert",
        "--REJECTS={}".format(rejects),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    outputs = json.loads(result.stdout[result.stdout.index("{") :])["results"]
    assert (outputs["READ"], outputs["INSERTED"], outputs["UPDATED"], outputs["REJECTED"]) == (8, 4, 0, 4)
    assert len(read_rejects(rejects)) == 4
    assert by_ref(new_store)["19/01234/FUL"]["decision_date"] == "2008-01-21"


def test_a_geopackage_layer_and_a_wgs84_geojson_are_read_with_their_geometry(
    processing_ready, new_store, tmp_path
):
    import json

    (lon, lat), bng = _totnes()
    collection = {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "properties": {"ref": "BC/1", "done": "02/03/2021", "units": 1},
             "geometry": {"type": "Point", "coordinates": [lon, lat]}},
            {"type": "Feature", "properties": {"ref": "BC/2", "done": "2021-03-02", "units": 1},
             "geometry": None},
        ],
    }  # fmt: skip
    geojson = tmp_path / "completions.geojson"
    geojson.write_text(json.dumps(collection))
    gpkg = tmp_path / "council.gpkg"
    for update, name in (([], "Other layer"), (["-update"], "Building control")):
        subprocess.run(["ogr2ogr", "-f", "GPKG", *update, str(gpkg), str(geojson), "-nln", name], check=True)
    field_map = "completion_id=ref;completion_date=done;units=units"
    for source in (str(geojson), "{}|layername=Building control".format(gpkg)):
        result = run(
            "jlpmonitor:importcompletions", {"INPUT": source, "STORE": new_store.path, "FIELD_MAP": field_map}
        )
        assert result["READ"] == result["INSERTED"] + result["UPDATED"] == 2
    located = {f["completion_id"]: f.geometry() for f in new_store.layer("completions").getFeatures()}
    assert located["BC/1"].asPoint().distance(bng) < 0.01  # WGS84 → British National Grid
    assert located["BC/2"].isNull()
    assert rows_of(new_store, "completions", ["completion_id", "completion_date"]) == {
        ("BC/1", "2021-03-02"),
        ("BC/2", "2021-03-02"),
    }


def test_tag_columns_in_a_file_fill_new_rows_but_never_change_an_officers_tag(new_store, tmp_path):
    headings = ["Application Number", "Net Units", "Monitoring Site Ref", "Site Locked"]
    options = ImportOptions("permissions", "app_ref=Application Number;net_units=Net Units;"
                            "site_ref=Monitoring Site Ref;tag_locked=Site Locked")  # fmt: skip
    first = write_csv(
        tmp_path / "first.csv", headings, [["21/0001/FUL", "5", "PLY44", "Yes"], ["21/0002/FUL", "3", "", ""]]
    )
    assert import_table(str(first), new_store, options).inserted == 2
    assert rows_of(new_store, "permissions", ["app_ref", "site_ref", "tag_locked"]) == {
        ("21/0001/FUL", "PLY44", 1),  # a new row takes the file's tag
        ("21/0002/FUL", None, None),
    }
    with new_store.transaction() as con:  # the officer moves 21/0002/FUL to TTV21 and locks it
        con.execute("UPDATE permissions SET site_ref = 'TTV21', tag_locked = 1 WHERE app_ref = '21/0002/FUL'")
    second = write_csv(
        tmp_path / "second.csv", headings, [["21/0001/FUL", "6", "", ""], ["21/0002/FUL", "3", "PLY99", "No"]]
    )
    report = import_table(str(second), new_store, options)
    assert (report.updated, report.changed) == (2, 1)  # only 21/0001/FUL's units changed
    assert rows_of(new_store, "permissions", ["app_ref", "net_units", "site_ref", "tag_locked"]) == {
        ("21/0001/FUL", 6, "PLY44", 1),
        ("21/0002/FUL", 3, "TTV21", 1),
    }


def test_an_oversized_number_rejects_its_row_not_the_import(new_store, tmp_path):
    """99999999999999999999 and 1e308 overflowed SQLite, 3,000,000,000 PostgreSQL's integer: each is
    now its row's rejection (file, row, field, value), with the same limit on both backends."""
    headings = ["app_ref", "decision_date", "net_units"]
    rows = [
        ["21/0001/FUL", "2021-01-01", "12"],
        ["21/0002/FUL", "2021-01-02", "99999999999999999999"],
        ["21/0003/FUL", "2021-01-03", "1e308"],
        ["21/0004/FUL", "2021-01-04", "3000000000"],
        ["21/0005/FUL", "2021-01-05", "1e309"],
        ["21/0006/FUL", "2021-01-06", "-2147483649"],
        ["21/0007/FUL", "2021-01-07", "2147483647"],
    ]
    source = write_csv(tmp_path / "big numbers.csv", headings, rows)
    rejects = tmp_path / "rejects.csv"
    report = import_table(str(source), new_store, ImportOptions("permissions"), str(rejects))
    assert (report.read, report.inserted, report.rejected) == (7, 2, 5)
    assert set(by_ref(new_store)) == {"21/0001/FUL", "21/0007/FUL"}
    assert by_ref(new_store)["21/0007/FUL"]["net_units"] == 2147483647
    reasons = {r["row"]: r["reason"] for r in read_rejects(rejects)}
    assert reasons["2"] == (
        "big numbers.csv row 2, net_units = '99999999999999999999': "
        "too large a whole number (the limit is ±2,147,483,647)"
    )
    assert "row 4, net_units = '3000000000': too large a whole number" in reasons["4"]
    assert "row 5, net_units = '1e309': too large a number" in reasons["5"]
    assert "row 6, net_units = '-2147483649': too large a whole number" in reasons["6"]
