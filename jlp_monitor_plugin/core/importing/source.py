"""Reading the INPUT of an import: any table or layer QGIS reads, one row at a time.

CSV files are opened through GDAL's CSV driver with the first line always taken as the headings (a
heading such as ``2019`` would otherwise make GDAL guess there are none) and every value as text;
a UTF-8 byte-order mark and CRLF line ends (Excel's "CSV UTF-8") are handled, and a file that is not
UTF-8 is read as Windows-1252 (Excel's plain "CSV") — unless it is UTF-8 but for a few stray bytes
(a row pasted from another file): it is then read as UTF-8 and the rows holding such a byte are
marked (``mixed_encoding``). A heading that appears twice is noted (``duplicates``) so a field map
using it is refused. ``input_problem`` says what is wrong with an INPUT path that is no table at all
(missing, a folder, a pipe, empty, UTF-16, broken JSON). XLSX/ODS sheets whose cells are all text come
back from GDAL without headings (``Field1``, ``Field2`` …): their first row is taken as the headings.
GeoJSON, Shapefile, GeoPackage (``path|layername=name``) and any layer already in QGIS are read as
they are. Rows are streamed from the provider: the file is never loaded whole.
"""

import codecs
import csv
import json
import os
import re
import stat
from typing import Any, Dict, Iterator, List, NamedTuple, Optional, Tuple, Union

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsProviderRegistry, QgsVectorLayer

from ...compat import POLYGON_GEOMETRY
from ..translation import tr

TEXT_TABLES = {".csv", ".txt", ".tsv", ".tab"}
SHEETS = {".xlsx", ".xls", ".ods"}
_GENERIC = re.compile(r"^Field\d+$")


class SourceError(Exception):
    """An INPUT that cannot be read, with a message an officer can act on."""


class SourceRow(NamedTuple):
    row: int  # 1-based data row
    values: Dict[str, Any]  # heading → value, as the provider gives it
    geometry: Optional[QgsGeometry]


def _path_of(layer: QgsVectorLayer) -> str:
    if layer.providerType() != "ogr":
        return ""
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    return parts.get("path") or ""


def is_utf8(path: str, chunk: int = 1 << 20) -> bool:
    """Whether the whole file decodes as UTF-8 (read in chunks, never whole)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with open(path, "rb") as handle:
            while True:
                block = handle.read(chunk)
                if not block:
                    decoder.decode(b"", final=True)
                    return True
                decoder.decode(block)
    except UnicodeDecodeError:
        return False


# A valid UTF-8 sequence of two to four bytes: a file holding them is UTF-8, whatever else it holds.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
REPLACEMENT = "\ufffd"  # what a byte that is not UTF-8 becomes in a UTF-8 file


def text_encoding(path: str, chunk: int = 1 << 20) -> Tuple[str, bool]:
    """(encoding, mixed): "utf-8" for a UTF-8 file; "utf-8" and mixed=True for a UTF-8 file with
    stray bytes that are not (its accented letters are UTF-8); else "windows-1252"."""
    if is_utf8(path, chunk):
        return "utf-8", False
    with open(path, "rb") as handle:
        while True:
            block = handle.read(chunk)
            if not block:
                return "windows-1252", False
            if _UTF8_SEQUENCE.search(block):
                return "utf-8", True


def _open_text_table(path: str, name: str) -> QgsVectorLayer:
    uri = "{}|option:HEADERS=YES|option:AUTODETECT_TYPE=NO".format(path)
    layer = QgsVectorLayer(uri, name, "ogr")
    encoding, mixed = text_encoding(path) if layer.isValid() else ("utf-8", False)
    if encoding != "utf-8":
        layer.setProviderEncoding(encoding)
    layer.setCustomProperty("jlp_mixed_encoding", mixed)
    layer.setCustomProperty("jlp_encoding", encoding)
    return layer


def _csv_headings(path: str, encoding: str) -> List[str]:
    """The heading row of a text table as written (GDAL renames a repeated heading ``units_1``)."""
    with open(
        path, newline="", encoding="utf-8-sig" if encoding == "utf-8" else encoding, errors="replace"
    ) as h:
        sample = h.readline()
    delimiter = (
        "\t"
        if sample.count("\t") > sample.count(",")
        else (";" if sample.count(";") > sample.count(",") else ",")
    )
    row = next(csv.reader([sample], delimiter=delimiter), [])
    return [cell.strip() for cell in row]


def duplicated(headings: List[str]) -> Dict[str, List[int]]:
    """{heading: its column numbers (1-based)} for each heading that appears more than once."""
    places = {}  # type: Dict[str, List[int]]
    for number, heading in enumerate(headings, start=1):
        if heading:
            places.setdefault(heading, []).append(number)
    return {h: p for h, p in places.items() if len(p) > 1}


FILE_EXTENSIONS = (
    TEXT_TABLES | SHEETS | {".json", ".geojson", ".shp", ".gpkg", ".dbf", ".kml", ".gml", ".zip"}
)
JSON_CHECKED = 16 * 1024 * 1024  # a JSON file up to this size is parsed to say where it is broken


def input_problem(text: str) -> Optional[str]:
    """What makes ``text`` (a path, ``path|layername=…``) no table to import, or None (also for
    what is not a file path: a layer of the project, a database URI)."""
    path = str(text or "").split("|", 1)[0].strip()
    if not path:
        return None
    extension = os.path.splitext(path)[1].lower()
    if not os.path.lexists(path):
        if "=" in path or "://" in path:
            return None  # a provider's URI (dbname=… table=…, postgresql://…), not a file
        if os.sep in path or "/" in path or extension in FILE_EXTENSIONS:
            return tr("The input file {} does not exist.").format(path)
        return None
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        return tr("The input file {} cannot be read: {}.").format(path, exc.strerror or exc)
    if stat.S_ISDIR(mode):
        return tr(
            "The input {} is a folder, not a file: give the CSV, XLSX, GeoJSON, Shapefile or GeoPackage "
            "to import."
        ).format(path)
    if not stat.S_ISREG(mode):
        return tr("The input {} is not a regular file (a pipe or a device): give a file to import.").format(
            path
        )
    if not os.access(path, os.R_OK):
        return tr("The input file {} cannot be read: permission denied.").format(path)
    if os.path.getsize(path) == 0:
        return tr("The input file {} is empty: it has no heading row and no rows.").format(path)
    if extension in TEXT_TABLES or extension in (".json", ".geojson"):
        with open(path, "rb") as handle:
            start = handle.read(4096)
        if start[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) or (
            start and start.count(b"\x00") > len(start) // 4
        ):
            return tr(
                'The input file {} is UTF-16 text (Excel\'s "Unicode text"): save it as "CSV UTF-8" '
                "and import that."
            ).format(path)
    if extension in (".json", ".geojson") and os.path.getsize(path) <= JSON_CHECKED:
        try:
            with open(path, encoding="utf-8-sig") as handle:
                json.load(handle)
        except UnicodeDecodeError:
            return tr("The input file {} is not UTF-8 text, as JSON must be.").format(path)
        except ValueError as exc:
            return tr("The input file {} is not valid JSON: {} (line {}, column {}).").format(
                path, getattr(exc, "msg", exc), getattr(exc, "lineno", "?"), getattr(exc, "colno", "?")
            )
    return None


class SourceTable:
    """A table or layer to import, read row by row."""

    def __init__(self, layer: QgsVectorLayer, name: Optional[str] = None):
        if layer is None or not layer.isValid():
            raise SourceError(tr("The input layer is not valid."))
        self.layer = layer
        path = _path_of(layer)
        self.path = path
        self.name = name or (os.path.basename(path) if path else layer.name())
        self.headings = layer.fields().names()  # type: List[str]
        self._heading_row = False
        self.mixed_encoding = bool(layer.customProperty("jlp_mixed_encoding", False))
        self.duplicates = {}  # type: Dict[str, List[int]]
        if path and os.path.splitext(path)[1].lower() in TEXT_TABLES and os.path.isfile(path):
            encoding = layer.customProperty("jlp_encoding", "") or text_encoding(path)[0]
            self.duplicates = duplicated(_csv_headings(path, encoding))
        names = self.headings
        if os.path.splitext(path)[1].lower() in SHEETS and names and all(_GENERIC.match(n) for n in names):
            # GDAL found no heading row (every cell is text): the first row holds the headings.
            first = next(
                iter(layer.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry))), None
            )
            if first is not None:
                headings = []
                for index, value in enumerate(first.attributes()):
                    text = (
                        "" if value is None or (hasattr(value, "isNull") and value.isNull()) else str(value)
                    )
                    headings.append(text.strip() or names[index])
                self.duplicates = duplicated(headings)
                self.headings = _unique(headings)
                self._heading_row = True

    @classmethod
    def open(cls, source: Union[str, QgsVectorLayer]) -> "SourceTable":
        """A SourceTable from a path (``path|layername=…`` for one layer of a GeoPackage) or a layer."""
        if isinstance(source, QgsVectorLayer):
            path = _path_of(source)
            problem = input_problem(path) if path else None
            if problem:
                raise SourceError(problem)
            if path and os.path.splitext(path)[1].lower() in TEXT_TABLES:
                # Reopened with the headings and text values forced, whatever options loaded it.
                return cls(_open_text_table(path, source.name()), os.path.basename(path))
            return cls(source)
        text = str(source or "").strip()
        if not text:
            raise SourceError(tr("No input file or layer was given."))
        path = text.split("|", 1)[0]
        problem = input_problem(text)
        if problem:
            raise SourceError(problem)
        if not os.path.exists(path):
            raise SourceError(tr("The input file {} does not exist.").format(path))
        name = os.path.basename(path)
        if os.path.splitext(path)[1].lower() in TEXT_TABLES:
            layer = _open_text_table(path, name)
        else:
            layer = QgsVectorLayer(text, name, "ogr")
        if not layer.isValid():
            raise SourceError(tr("{} cannot be read as a table or layer.").format(text))
        return cls(layer, name)

    @property
    def is_spatial(self) -> bool:
        return self.layer.isSpatial()

    @property
    def geometry_type(self):
        return self.layer.geometryType()

    @property
    def is_polygon(self) -> bool:
        return self.layer.isSpatial() and self.layer.geometryType() == POLYGON_GEOMETRY

    def crs(self):
        return self.layer.crs()

    def count(self) -> int:
        """Rows to read (−1 if the provider cannot tell without reading)."""
        count = self.layer.featureCount()
        if count is None or count < 0:
            return -1
        return count - 1 if self._heading_row else count

    def rows(self, with_geometry: bool = True, limit: Optional[int] = None) -> Iterator[SourceRow]:
        """The data rows, one at a time."""
        request = QgsFeatureRequest()
        if not (with_geometry and self.layer.isSpatial()):
            request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        headings = self.headings
        iterator = self.layer.getFeatures(request)
        if self._heading_row:
            next(iterator, None)
        number = 0
        for feature in iterator:
            number += 1
            if limit is not None and number > limit:
                break
            attributes = feature.attributes()
            values = {headings[i]: attributes[i] for i in range(min(len(headings), len(attributes)))}
            geometry = None
            if with_geometry and feature.hasGeometry():
                geometry = QgsGeometry(feature.geometry())
            yield SourceRow(number, values, geometry)


def _unique(names: List[str]) -> List[str]:
    seen = {}  # type: Dict[str, int]
    out = []
    for name in names:
        if name in seen:
            seen[name] += 1
            name = "{}_{}".format(name, seen[name])
        else:
            seen[name] = 1
        out.append(name)
    return out
