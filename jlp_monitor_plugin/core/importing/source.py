"""Reading the INPUT of an import: any table or layer QGIS reads, one row at a time.

CSV files are opened through GDAL's CSV driver with the first line always taken as the headings (a
heading such as ``2019`` would otherwise make GDAL guess there are none) and every value as text;
a UTF-8 byte-order mark and CRLF line ends (Excel's "CSV UTF-8") are handled, and a file that is not
UTF-8 is read as Windows-1252 (Excel's plain "CSV"). XLSX/ODS sheets whose cells are all text come
back from GDAL without headings (``Field1``, ``Field2`` …): their first row is taken as the headings.
GeoJSON, Shapefile, GeoPackage (``path|layername=name``) and any layer already in QGIS are read as
they are. Rows are streamed from the provider: the file is never loaded whole.
"""

import codecs
import os
import re
from typing import Any, Dict, Iterator, List, NamedTuple, Optional, Union

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsProviderRegistry, QgsVectorLayer, QgsWkbTypes

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


def _open_text_table(path: str, name: str) -> QgsVectorLayer:
    uri = "{}|option:HEADERS=YES|option:AUTODETECT_TYPE=NO".format(path)
    layer = QgsVectorLayer(uri, name, "ogr")
    if layer.isValid() and not is_utf8(path):
        layer.setProviderEncoding("windows-1252")
    return layer


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
        names = self.headings
        if os.path.splitext(path)[1].lower() in SHEETS and names and all(_GENERIC.match(n) for n in names):
            # GDAL found no heading row (every cell is text): the first row holds the headings.
            first = next(
                iter(layer.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry))), None
            )
            if first is not None:
                headings = []
                for index, value in enumerate(first.attributes()):
                    text = (
                        "" if value is None or (hasattr(value, "isNull") and value.isNull()) else str(value)
                    )
                    headings.append(text.strip() or names[index])
                self.headings = _unique(headings)
                self._heading_row = True

    @classmethod
    def open(cls, source: Union[str, QgsVectorLayer]) -> "SourceTable":
        """A SourceTable from a path (``path|layername=…`` for one layer of a GeoPackage) or a layer."""
        if isinstance(source, QgsVectorLayer):
            path = _path_of(source)
            if path and os.path.splitext(path)[1].lower() in TEXT_TABLES:
                # Reopened with the headings and text values forced, whatever options loaded it.
                return cls(_open_text_table(path, source.name()), os.path.basename(path))
            return cls(source)
        text = str(source or "").strip()
        if not text:
            raise SourceError(tr("No input file or layer was given."))
        path = text.split("|", 1)[0]
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
        return self.layer.isSpatial() and self.layer.geometryType() == QgsWkbTypes.PolygonGeometry

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
            request.setFlags(QgsFeatureRequest.NoGeometry)
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
