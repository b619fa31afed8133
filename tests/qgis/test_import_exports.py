"""Standard exports: the Brownfield Land Register CSV (2017, 28 columns) and planning.data.gov.uk's
brownfield-land and local-plan-housing CSVs, from a store filled through the importers."""

import csv
import json
import os
import subprocess

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsRectangle

from jlp_monitor_plugin.core import exports
from jlp_monitor_plugin.core.importing import ImportOptions, import_table

# The Brownfield Land Register data standard (2017): DOMAIN.md section 7, in its order.
BLR_28 = (
    "OrganisationURI,OrganisationLabel,SiteReference,PreviouslyPartOf,SiteNameAddress,SiteplanURL,"
    "CoordinateReferenceSystem,GeoX,GeoY,Hectares,OwnershipStatus,Deliverable,PlanningStatus,PermissionType,"
    "PermissionDate,PlanningHistory,ProposedForPIP,MinNetDwellings,DevelopmentDescription,NonHousingDevelopment,"
    "Part2,NetDwellingsRangeFrom,NetDwellingsRangeTo,HazardousSubstances,SiteInformation,Notes,FirstAddedDate,"
    "LastUpdatedDate"
).split(",")
# digital-land/specification, specification/specification-field.csv (specification brownfield-land).
BROWNFIELD_LAND = (
    "OrganisationURI,SiteReference,SiteNameAddress,GeoX,GeoY,SiteplanURL,Hectares,OwnershipStatus,PlanningStatus,"
    "PermissionType,PermissionDate,PlanningHistory,Deliverable,NetDwellingsRangeFrom,NetDwellingsRangeTo,"
    "HazardousSubstances,Notes,FirstAddedDate,LastUpdatedDate,EndDate"
).split(",")
# digital-land/specification, specification/schema-field.csv (schema local-plan-housing), less the
# platform's own entity and prefix.
LOCAL_PLAN_HOUSING = (
    "allocated-housing,broad-locations-housing,committed-housing,description,documentation-url,document-url,"
    "end-date,entry-date,local-plan,local-planning-authority,notes,organisation,reference,required-housing,"
    "start-date,windfall-housing"
).split(",")


def run(algorithm, params):
    import processing

    return processing.run(algorithm, params)


def write_csv(path, headings, rows):
    with open(path, "w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(headings)
        writer.writerows(rows)
    return path


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return reader.fieldnames, list(reader)


@pytest.fixture()
def filled_store(new_store, tmp_path):
    """Permissions in the three JLP LPAs (two brownfield with red lines), allocations, a trajectory."""
    allocations = new_store.layer("allocations")
    sites = []
    for ref, lpa, area, capacity, rect in (
        ("PLY29", "PLY", "PPA", 742, (246000, 53500, 246400, 53900)),
        ("PLY44", "SHA", "PPA", 2000, (251800, 61300, 252200, 61700)),
        ("TTV21", "SHA", "TTV", 190, (280300, 60300, 280700, 60700)),
    ):
        feature = QgsFeature(allocations.fields())
        feature.setAttributes([None, ref, ref[:5], ref, lpa, area, capacity, None, None])
        geometry = QgsGeometry.fromRect(QgsRectangle(*rect))
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
        sites.append(feature)
    assert allocations.dataProvider().addFeatures(sites)[0]
    permissions = write_csv(
        tmp_path / "permissions.csv",
        ["Application Number", "Site Address", "Proposal", "Application Type", "Decision Date", "Easting",
         "Northing", "Net Units", "Brownfield", "LPA"],
        [
            ["19/01234/FUL", "Millbay Wharf, Plymouth", "42 flats", "Full", "21/01/2019", "246200", "53700",
             "42", "Y", "Plymouth City Council"],
            ["4185/19/OPA", "Baltic Wharf, Totnes", "190 homes", "Outline", "03/04/2019", "", "", "190",
             "yes", "South Hams"],
            ["2001/20/FUL", "Field off Plymouth Road, Tavistock", "20 homes", "Full", "01/06/2020", "248000",
             "74000", "20", "N", "WDE"],
        ],
    )  # fmt: skip
    report = import_table(
        str(permissions), new_store, ImportOptions("permissions", "", "Easting", "Northing")
    )
    assert (report.inserted, report.rejected) == (3, 0), report.messages()
    red_lines = tmp_path / "red_lines.geojson"
    red_lines.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {"app_ref": ref},
                        "geometry": {"type": "Polygon", "coordinates": [ring]},
                    }
                    for ref, ring in (
                        # 100 m × 100 m: one hectare
                        ("19/01234/FUL", [[246100, 53600], [246200, 53600], [246200, 53700], [246100, 53700],
                                          [246100, 53600]]),
                        # 200 m × 250 m: five hectares
                        ("4185/19/OPA", [[280400, 60400], [280600, 60400], [280600, 60650], [280400, 60650],
                                         [280400, 60400]]),
                    )
                ],
            }
        )
    )  # fmt: skip
    shapefile = tmp_path / "red_lines.shp"
    subprocess.run(
        ["ogr2ogr", "-f", "ESRI Shapefile", str(shapefile), str(red_lines), "-a_srs", "EPSG:27700"],
        check=True,
    )
    report = import_table(str(shapefile), new_store, ImportOptions("boundaries"))
    assert (report.inserted, report.points_filled) == (2, 1)
    trajectory = write_csv(
        tmp_path / "trajectory.csv",
        ["Site Ref", "Monitoring Year", "Units", "Deliverable"],
        [["TTV21", "2025/26", "40", "Y"]],
    )
    assert import_table(str(trajectory), new_store, ImportOptions("trajectory")).inserted == 1
    with new_store.transaction() as con:  # tagging put 4185/19/OPA on TTV21
        con.execute(
            "UPDATE permissions SET site_ref = 'TTV21', tag_method = 'spatial' WHERE app_ref = '4185/19/OPA'"
        )
    return new_store


def test_brownfield_land_register_has_the_28_columns_in_order_and_a_row_per_brownfield_permission(
    processing_ready, filled_store, tmp_path
):
    assert exports.BLR_COLUMNS == BLR_28
    path = tmp_path / "brownfield-land-register.csv"
    result = run("jlpmonitor:exportbrownfieldregister", {"STORE": filled_store.path, "OUTPUT": str(path)})
    assert result["ROWS"] == 2
    header, rows = read_csv(path)
    assert header == BLR_28
    ply, sha = rows
    assert ply["SiteReference"] == "19/01234/FUL" and sha["SiteReference"] == "4185/19/OPA"
    assert ply["OrganisationURI"] == "http://opendatacommunities.org/id/unitary-authority/plymouth"
    assert ply["OrganisationLabel"] == "Plymouth City Council"
    assert sha["OrganisationURI"] == "http://opendatacommunities.org/id/district-council/south-hams"
    for row in rows:
        assert row["CoordinateReferenceSystem"] == "WGS84"
        assert -6.5 < float(row["GeoX"]) < 2 and 49.8 < float(row["GeoY"]) < 56  # England, lon/lat
        assert len(row["GeoX"].split(".")[1]) == 6
        assert row["PlanningStatus"] == "permissioned"
    assert -4.17 < float(ply["GeoX"]) < -4.14 and 50.36 < float(ply["GeoY"]) < 50.37  # Millbay, Plymouth
    assert (ply["Hectares"], sha["Hectares"]) == ("1.00", "5.00")
    assert (ply["PermissionType"], sha["PermissionType"]) == (
        "full planning permission",
        "outline planning permission",
    )
    assert (ply["PermissionDate"], sha["PermissionDate"]) == ("2019-01-21", "2019-04-03")
    assert (ply["MinNetDwellings"], ply["NetDwellingsRangeFrom"], ply["NetDwellingsRangeTo"]) == (
        "42",
        "42",
        "42",
    )
    assert (ply["Deliverable"], sha["Deliverable"]) == ("", "yes")  # TTV21 is deliverable in the trajectory
    assert sha["Notes"] == "Allocation site TTV21"
    assert ply["SiteNameAddress"] == "Millbay Wharf, Plymouth" and ply["DevelopmentDescription"] == "42 flats"

    only = tmp_path / "south_hams.csv"
    assert (
        run(
            "jlpmonitor:exportbrownfieldregister",
            {"STORE": filled_store.path, "LPA": "SHA", "OUTPUT": str(only)},
        )["ROWS"]
        == 1
    )
    assert [r["SiteReference"] for r in read_csv(only)[1]] == ["4185/19/OPA"]


def test_planning_data_csvs_have_exactly_the_specifications_fields(processing_ready, filled_store, tmp_path):
    path = tmp_path / "brownfield-land.csv"
    result = run(
        "jlpmonitor:exportplanningdata",
        {"STORE": filled_store.path, "DATASET": "brownfield-land", "OUTPUT": str(path)},
    )
    header, rows = read_csv(path)
    assert header == BROWNFIELD_LAND and result["ROWS"] == len(rows) == 2
    assert rows[1]["Hectares"] == "5.00" and rows[1]["EndDate"] == ""

    path = tmp_path / "local-plan-housing.csv"
    result = run(
        "jlpmonitor:exportplanningdata", {"STORE": filled_store.path, "DATASET": 1, "OUTPUT": str(path)}
    )  # the enum by index, as QGIS users pass it
    header, rows = read_csv(path)
    assert header == LOCAL_PLAN_HOUSING and result["ROWS"] == 3
    by_lpa = {r["local-planning-authority"]: r for r in rows}
    assert set(by_lpa) == {"E06000026", "E07000044", "E07000047"}
    plymouth, south_hams = by_lpa["E06000026"], by_lpa["E07000044"]
    assert (plymouth["required-housing"], plymouth["allocated-housing"]) == ("13200", "742")
    assert (south_hams["required-housing"], south_hams["allocated-housing"]) == ("10300", "2190")
    assert plymouth["organisation"] == "local-authority:PLY"
    assert plymouth["local-plan"] == "plymouth-and-south-west-devon-joint-local-plan"
    assert plymouth["reference"] == "plymouth-and-south-west-devon-joint-local-plan-ply"


def test_organisation_uris_follow_open_data_communities():
    assert exports.organisation_uri(
        {"code": "WDE", "name": "West Devon Borough Council", "gss": "E07000047"}
    ) == ("http://opendatacommunities.org/id/district-council/west-devon")
    assert exports.organisation_uri({"name": "Leeds City Council", "gss": "E08000035"}) == (
        "http://opendatacommunities.org/id/metropolitan-district-council/leeds"
    )
    assert exports.organisation_uri({"name": "London Borough of Camden", "gss": "E09000007"}) == (
        "http://opendatacommunities.org/id/london-borough-council/camden"
    )
    assert (
        exports.organisation_uri({"name": "X", "organisation_uri": "http://example.org/x"})
        == "http://example.org/x"
    )
    assert exports.organisation_uri({"name": "Nowhere"}) == ""


# -- the dock's Exports section --------------------------------------------------------------------


def test_exports_panel_writes_each_export_for_all_or_one_authority(qgis_app, filled_store, tmp_path):
    from jlp_monitor_plugin.core import user_settings
    from jlp_monitor_plugin.gui.exports_panel import BROWNFIELD_REGISTER, ExportsPanel

    user_settings.EXPORT_FOLDER.remove()
    panel = ExportsPanel()
    assert not panel.exportButton.isEnabled()  # no store yet
    panel.set_store(filled_store)
    assert [panel.lpaCombo.itemData(i) for i in range(panel.lpaCombo.count())] == ["", "PLY", "SHA", "WDE"]
    # a file name is suggested beside the store, named after the export and the authority
    assert panel.path() == os.path.join(os.path.dirname(filled_store.path), "brownfield-register.csv")
    panel.set_lpa("SHA")
    assert panel.path().endswith("brownfield-register-SHA.csv")

    register = tmp_path / "register.csv"
    panel.fileEdit.setText(str(register))
    written = []
    panel.exported.connect(lambda path, rows: written.append((path, rows)))
    assert panel.run_export()
    header, rows = read_csv(register)
    assert header == BLR_28 and [r["SiteReference"] for r in rows] == ["4185/19/OPA"]
    assert written == [(str(register), 1)]
    assert "1 rows written to" in panel.resultLabel.text()

    panel.set_kind(exports.LOCAL_PLAN_HOUSING)
    panel.set_lpa(None)
    housing = tmp_path / "housing.csv"
    panel.fileEdit.setText(str(housing))
    assert panel.run_export()
    header, rows = read_csv(housing)
    assert header == exports.LOCAL_PLAN_HOUSING_COLUMNS and len(rows) == 3

    # a folder that does not exist: the reason is shown, nothing is written, the last good file stays
    panel.set_kind(BROWNFIELD_REGISTER)
    panel.fileEdit.setText(str(tmp_path / "no such folder" / "x.csv"))
    assert not panel.run_export()
    assert "does not exist" in panel.resultLabel.text()
    assert read_csv(register)[1][0]["SiteReference"] == "4185/19/OPA"

    # Copy monitoring store…: the plugin asks where to and copies (tests/qgis/test_gui.py)
    asked = []
    panel.copy_store_requested.connect(lambda: asked.append(True))
    panel.copyStoreButton.click()
    assert asked == [True]
    panel.set_store(None)
    assert not panel.copyStoreButton.isEnabled()
