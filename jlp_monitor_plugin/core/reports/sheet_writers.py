"""The report's tables as data: an XLSX workbook (OGR's XLSX driver, a sheet per table, numbers as
numbers) and a CSV file per table; raw values, cells that a spreadsheet would run as formulas made safe."""

import csv
import os
import re
from typing import List, Sequence

from ..safe_cells import safe_cell, safe_row
from ..translation import tr
from .tables import Table, plain
from .writers import MissingDependencyError


def _kind(values: Sequence) -> str:
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, bool) or isinstance(v, int) for v in present):
        return "integer"
    if present and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return "real"
    return "text"


def _sheet_name(name: str, used: set) -> str:
    base = re.sub(r"[\[\]:*?/\\]", "_", name)[:31]
    candidate, n = base, 2
    while candidate.lower() in used:
        suffix = "_{}".format(n)
        candidate, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(candidate.lower())
    return candidate


def write_xlsx(tables: Sequence[Table], path: str) -> str:
    """Every table as a sheet (first row: the headings), numbers as numbers, via OGR's XLSX driver."""
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    if os.path.exists(path):
        os.remove(path)
    driver = ogr.GetDriverByName("XLSX")
    if driver is None:
        raise MissingDependencyError(tr("This GDAL has no XLSX driver; choose the csv format instead."))
    source = driver.CreateDataSource(path)
    used: set = set()
    try:
        for table in tables:
            layer = source.CreateLayer(_sheet_name(table.name, used), geom_type=ogr.wkbNone)
            names = []
            kinds = []
            for column in table.columns:
                values = [plain(r.get(column.key)) for r in table.records]
                kind = _kind(values)
                field_type = {"integer": ogr.OFTInteger64, "real": ogr.OFTReal}.get(kind, ogr.OFTString)
                heading = safe_cell(column.heading or column.key)
                while heading in names:
                    heading += "_"
                layer.CreateField(ogr.FieldDefn(heading, field_type))
                names.append(heading)
                kinds.append(kind)
            definition = layer.GetLayerDefn()
            for record in table.records:
                feature = ogr.Feature(definition)
                for index, column in enumerate(table.columns):
                    value = plain(record.get(column.key))
                    if value is None:
                        continue
                    if kinds[index] == "integer":
                        feature.SetField(index, int(value))
                    elif kinds[index] == "real":
                        feature.SetField(index, float(value))
                    else:
                        feature.SetField(index, safe_cell(str(value)))
                layer.CreateFeature(feature)
    except RuntimeError as exc:  # GDAL's errors (a full disk among them) under UseExceptions
        raise OSError(tr("GDAL could not write {}: {}").format(path, exc)) from None
    finally:
        source = None  # noqa: F841 - closing the data source writes the file
    return path


def write_csvs(tables: Sequence[Table], folder: str) -> List[str]:
    """One CSV per table (header: the column keys), UTF-8 with BOM so Excel reads it right."""
    os.makedirs(folder, exist_ok=True)
    paths = []
    for table in tables:
        path = os.path.join(folder, table.name + ".csv")
        with open(path, "w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle)
            writer.writerow(safe_row(table.keys))
            for record in table.records:
                writer.writerow(
                    safe_row("" if plain(record.get(k)) is None else plain(record.get(k)) for k in table.keys)
                )
        paths.append(path)
    return paths
