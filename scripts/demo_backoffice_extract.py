"""Turns the demo data (scripts/make_demo_data.py's standard GeoPackages) into the files a monitoring
officer actually receives, so the demo loads them through the plugin's importers:

- uniform_permissions.csv: an Idox Uniform-style permissions extract as Excel saves it (UTF-8 with a
  byte-order mark, CRLF), headings such as "Application Number" and "Decision Date", UK day-first
  dates (21/01/2008), application types and LPAs in words, brownfield as Y/N, eastings/northings,
  and three rows the importer rejects (a repeated line, 31/02/2024, 2.5 units);
- red_lines.shp: the red-line boundaries as a Shapefile (APP_REF), invalid rings included;
- building_control_completions.xlsx: completions as an Excel workbook (date cells), with the
  source in words ("Building Control", "Council Tax" …);
- starts.csv and trajectory.csv: starts on site and the officers' trajectory, day-first dates;
- wgs84_permissions.csv (Latitude/Longitude) and wgs84_completions.geojson: the small extract
  from another system, in WGS84;
- plan_layers.gpkg: the allocations and areas, which already follow the standard (loadstandard).

Usage: python3 scripts/demo_backoffice_extract.py --source DIR --out DIR
(DIR as make_demo_data.py's --out). Standard library and GDAL's Python bindings only.
"""

import argparse
import csv
import os
import re
import sys
from typing import Dict, List, Optional

from osgeo import gdal, ogr, osr

gdal.UseExceptions()
ogr.UseExceptions()
gdal.SetConfigOption("OGR_CURRENT_DATE", "2025-04-01T00:00:00.000Z")

MAIN_FILE = "demo_source.gpkg"
WGS84_FILE = "demo_source_wgs84.gpkg"

LPA_NAMES = {
    "PLY": "Plymouth City Council",
    "SHA": "South Hams District Council",
    "WDE": "West Devon Borough Council",
}
APPLICATION_TYPES = {
    "full": "Full Planning Permission",
    "outline": "Outline",
    "reserved_matters": "Reserved Matters",
    "pip": "Permission in Principle",
    "technical_details": "Technical Details Consent",
    "prior_approval": "Prior Approval",
    "s73_variation": "Variation of Condition (S73)",
    "other": "Other",
}
SOURCES = {
    "building_control": "Building Control",
    "council_tax": "Council Tax",
    "site_visit": "Site Visit",
    "developer": "Developer",
    "other": "Other",
}

PERMISSION_HEADINGS = [
    "Application Number", "LPA", "Site Address", "Proposal", "Application Type", "Decision Date",
    "Expiry Date", "Parent Application", "Proposed Units", "Existing Units", "Net Units", "Affordable Units",
    "Brownfield", "Easting", "Northing", "Monitoring Site Ref", "Site Locked",
]  # fmt: skip


def day_first(value: Optional[str]) -> str:
    """An ISO date as the back office prints it: 21/01/2008."""
    if not value:
        return ""
    year, month, day = re.split(r"[-/]", str(value)[:10])
    return "{}/{}/{}".format(day, month, year)


def text(value) -> str:
    return "" if value is None else str(value)


def rows(path: str, layer_name: str) -> List[Dict]:
    ds = gdal.OpenEx(path, gdal.OF_VECTOR)
    layer = ds.GetLayerByName(layer_name)
    out = []
    for feature in layer:
        row = {name: feature.GetField(name) for name in feature.keys()}
        geometry = feature.GetGeometryRef()
        row["_geometry"] = geometry.Clone() if geometry is not None else None
        out.append(row)
    return out


def write_excel_csv(path: str, headings: List[str], records: List[List]) -> None:
    with open(path, "w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(headings)
        writer.writerows(records)


def permission_record(row: Dict, wgs84: bool = False) -> List:
    geometry = row["_geometry"]
    if geometry is None:
        x = y = ""
    elif wgs84:  # latitude first, as people write it; the importer is told which is which
        x, y = "{:.7f}".format(geometry.GetY()), "{:.7f}".format(geometry.GetX())
    else:
        x, y = repr(round(geometry.GetX(), 3)), repr(round(geometry.GetY(), 3))
    return [
        row["app_ref"],
        LPA_NAMES.get(row["lpa"], text(row["lpa"])),
        text(row["address"]),
        text(row["proposal"]),
        APPLICATION_TYPES.get(row["permission_type"], text(row["permission_type"])),
        day_first(row["decision_date"]),
        day_first(row["expiry_date"]),
        text(row["parent_ref"]),
        text(row["units_proposed"]),
        text(row["units_existing"]),
        text(row["net_units"]),
        text(row["affordable_units"]),
        {1: "Y", 0: "N"}.get(row["brownfield"], ""),
        x,
        y,
        text(row["site_ref"]),
        "Yes" if row["tag_locked"] == 1 else "",
    ]


def mess(records: List[List]) -> List[List]:
    """Three rows the importer must reject, as real extracts carry them: a line repeated by an
    overlapping export, an impossible date typed into the back office, and part of a dwelling."""
    repeated = list(records[0])
    impossible = list(records[1])
    impossible[0] = "24/09999/FUL"
    impossible[5] = "31/02/2024"
    fraction = list(records[2])
    fraction[0] = "24/09998/FUL"
    fraction[8], fraction[9], fraction[10] = "2.5", "0", "2.5"
    return [repeated, impossible, fraction]


def write_red_lines(source: str, path: str) -> int:
    ds = gdal.OpenEx(source, gdal.OF_VECTOR)
    layer = ds.GetLayerByName("permission_boundaries")
    driver = ogr.GetDriverByName("ESRI Shapefile")
    if os.path.exists(path):
        driver.DeleteDataSource(path)
    out = driver.CreateDataSource(path)
    target = out.CreateLayer(
        "red_lines", layer.GetSpatialRef(), ogr.wkbMultiPolygon, options=["ENCODING=UTF-8"]
    )
    target.CreateField(ogr.FieldDefn("APP_REF", ogr.OFTString))
    count = 0
    for feature in layer:
        record = ogr.Feature(target.GetLayerDefn())
        record.SetField("APP_REF", feature.GetField("app_ref"))
        record.SetGeometry(feature.GetGeometryRef())
        target.CreateFeature(record)
        count += 1
    out = None
    return count


def write_completions_xlsx(records: List[Dict], path: str) -> int:
    if os.path.exists(path):
        os.remove(path)
    out = ogr.GetDriverByName("XLSX").CreateDataSource(path)
    layer = out.CreateLayer("Completions", None, ogr.wkbNone)
    fields = [
        ("Completion Ref", ogr.OFTString),
        ("Planning Ref", ogr.OFTString),
        ("UPRN", ogr.OFTString),
        ("Address", ogr.OFTString),
        ("Completion Date", ogr.OFTDate),
        ("Monitoring Year", ogr.OFTString),
        ("Net Units", ogr.OFTInteger),
        ("Affordable Units", ogr.OFTInteger),
        ("Tenure", ogr.OFTString),
        ("Source", ogr.OFTString),
        ("Easting", ogr.OFTReal),
        ("Northing", ogr.OFTReal),
    ]
    for name, kind in fields:
        layer.CreateField(ogr.FieldDefn(name, kind))
    for row in records:
        feature = ogr.Feature(layer.GetLayerDefn())
        values = {
            "Completion Ref": row["completion_id"],
            "Planning Ref": row["app_ref"],
            "UPRN": row["uprn"],
            "Address": row["address"],
            "Monitoring Year": row["monitoring_year"],
            "Net Units": row["units"],
            "Affordable Units": row["affordable_units"],
            "Tenure": row["tenure"],
            "Source": SOURCES.get(row["source"], row["source"]),
        }
        for name, value in values.items():
            if value is not None:
                feature.SetField(name, value)
        if row["completion_date"]:
            year, month, day = (int(p) for p in re.split(r"[-/]", str(row["completion_date"])[:10]))
            feature.SetField("Completion Date", year, month, day, 0, 0, 0, 0)
        if row["_geometry"] is not None:
            feature.SetField("Easting", round(row["_geometry"].GetX(), 1))
            feature.SetField("Northing", round(row["_geometry"].GetY(), 1))
        layer.CreateFeature(feature)
    out = None
    return len(records)


def write_wgs84_completions(records: List[Dict], path: str) -> int:
    if os.path.exists(path):
        os.remove(path)
    out = ogr.GetDriverByName("GeoJSON").CreateDataSource(path)
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = out.CreateLayer("wgs84_completions", wgs84, ogr.wkbPoint, options=["RFC7946=YES"])
    for name in ("reference", "planning_ref", "address", "completed", "units", "tenure", "source"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for row in records:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("reference", row["completion_id"])
        feature.SetField("planning_ref", text(row["app_ref"]))
        feature.SetField("address", text(row["address"]))
        feature.SetField("completed", day_first(row["completion_date"]))
        feature.SetField("units", text(row["units"]))
        feature.SetField("tenure", text(row["tenure"]))
        feature.SetField("source", SOURCES.get(row["source"], text(row["source"])))
        if row["_geometry"] is not None:
            feature.SetGeometry(row["_geometry"])
        layer.CreateFeature(feature)
    out = None
    return len(records)


def copy_plan_layers(source: str, path: str) -> None:
    if os.path.exists(path):
        os.remove(path)
    ds = gdal.OpenEx(source, gdal.OF_VECTOR)
    out = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    for name in ("allocations", "areas", "site_evidence"):
        layer = ds.GetLayerByName(name)
        if layer is None:  # site_evidence: deliverability evidence, when the source has it
            continue
        description = layer.GetMetadataItem("DESCRIPTION") or ""
        out.CopyLayer(layer, name, options=["FID=fid", "DESCRIPTION=" + description])
    out = None


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--source", required=True, help="folder holding demo_source.gpkg and demo_source_wgs84.gpkg"
    )
    parser.add_argument("--out", required=True, help="folder to write the extracts into")
    args = parser.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    main_file = os.path.join(args.source, MAIN_FILE)
    wgs84_file = os.path.join(args.source, WGS84_FILE)

    copy_plan_layers(main_file, os.path.join(args.out, "plan_layers.gpkg"))
    permissions = rows(main_file, "permissions")
    records = [permission_record(r) for r in permissions]
    write_excel_csv(
        os.path.join(args.out, "uniform_permissions.csv"), PERMISSION_HEADINGS, records + mess(records)
    )
    red_lines = write_red_lines(main_file, os.path.join(args.out, "red_lines.shp"))
    completions = rows(main_file, "completions")
    write_completions_xlsx(completions, os.path.join(args.out, "building_control_completions.xlsx"))
    starts = rows(main_file, "starts")
    write_excel_csv(
        os.path.join(args.out, "starts.csv"),
        ["Application Number", "Start Date", "Units Started"],
        [[r["app_ref"], day_first(r["start_date"]), text(r["units"])] for r in starts],
    )
    trajectory = rows(main_file, "trajectory")
    write_excel_csv(
        os.path.join(args.out, "trajectory.csv"),
        ["Site Ref", "Application Number", "Monitoring Year", "Projected Units", "Deliverable", "Source",
         "Evidence"],
        [
            [text(r["site_ref"]), text(r["app_ref"]), r["monitoring_year"], text(r["units"]),
             {1: "Yes", 0: "No"}.get(r["deliverable"], ""), text(r["source"]), text(r["evidence"])]
            for r in trajectory
        ],
    )  # fmt: skip
    wgs84_permissions = rows(wgs84_file, "permissions")
    write_excel_csv(
        os.path.join(args.out, "wgs84_permissions.csv"),
        PERMISSION_HEADINGS[:13] + ["Latitude", "Longitude"] + PERMISSION_HEADINGS[15:],
        [permission_record(r, wgs84=True) for r in wgs84_permissions],
    )
    wgs84_completions = rows(wgs84_file, "completions")
    write_wgs84_completions(wgs84_completions, os.path.join(args.out, "wgs84_completions.geojson"))
    print(
        "Back-office extracts in {}: {:,} permissions (CSV), {:,} red lines (Shapefile), {:,} completions "
        "(XLSX), {:,} starts, {:,} trajectory rows; WGS84: {} permissions, {} completions".format(
            args.out,
            len(permissions),
            red_lines,
            len(completions),
            len(starts),
            len(trajectory),
            len(wgs84_permissions),
            len(wgs84_completions),
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
