"""What a report's tables and pictures are: ``Table`` (the same rows give the HTML/PDF/ODT/DOCX tables
as formatted text and the XLSX sheets and CSV files as raw values), its ``Column``s, and ``Image`` (a
map, chart or logo drawn the first time a template asks for it); and the text filters the report
formats figures and dates with, all through ``core.formatting`` and ``core.monitoring.units``.
"""

import base64
import datetime
from typing import Any, Callable, Dict, List, Optional, Sequence

from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice
from qgis.PyQt.QtGui import QImage

from ..formatting import format_date, format_fixed
from ..monitoring.units import INTEGER, MISSING, YEARS, document_text, is_blank, plain
from ..translation import tr

__all__ = ["MISSING", "Column", "Image", "Table", "plain", "png_bytes"]

# -- text filters ------------------------------------------------------------------------------------


def homes(value: Any) -> str:
    """A number of homes: whole, with thousands separators (1,335)."""
    return document_text(value, INTEGER)


def decimal(value: Any, places: int = 1) -> str:
    return MISSING if is_blank(value) else format_fixed(value, places)


def percent(value: Any, places: int = 1) -> str:
    return MISSING if is_blank(value) else format_fixed(value, places, grouped=False) + "%"


def years_text(value: Any) -> str:
    """Years of supply as the statement gives them: two decimals (3.76)."""
    return document_text(value, YEARS)


def text(value: Any) -> str:
    return "" if is_blank(value) else str(value)


def long_date(day: datetime.date) -> str:
    """31 March 2025."""
    return format_date(day)


# -- tables and images ---------------------------------------------------------------------------------


class Column:
    TEMPLATE_ATTRIBUTES = ("key", "heading", "numeric")

    def __init__(self, key: str, heading: str, fmt: Callable[[Any], str] = text, numeric: bool = False):
        self.key = key
        self.heading = heading
        self.fmt = fmt
        self.numeric = numeric


class Table:
    """A titled table: ``headings`` and ``rows`` (formatted text) for documents, ``records`` (raw
    values by column key) for spreadsheets. ``total`` is an optional last row, formatted."""

    # What a template may read (the sandbox refuses the rest, e.g. the methods that change a table).
    TEMPLATE_ATTRIBUTES = (
        "name", "title", "columns", "records", "total", "widths", "headings", "numeric", "keys", "rows",
        "row_count",
    )  # fmt: skip

    def __init__(self, name: str, title: str, columns: Sequence[Column], records: List[Dict[str, Any]]):
        self.name = name
        self.title = title
        self.columns = list(columns)
        self.records = records
        self.total: Optional[List[str]] = None
        self.widths: Optional[List[int]] = None  # % of the page width a column, for print layouts

    @property
    def headings(self) -> List[str]:
        return [c.heading for c in self.columns]

    @property
    def numeric(self) -> List[bool]:
        return [c.numeric for c in self.columns]

    @property
    def keys(self) -> List[str]:
        return [c.key for c in self.columns]

    @property
    def rows(self) -> List[List[str]]:
        return [[c.fmt(r.get(c.key)) for c in self.columns] for r in self.records]

    @property
    def row_count(self) -> int:
        return len(self.records)

    def __len__(self) -> int:
        return len(self.records)

    def with_widths(self, widths: Sequence[int]) -> "Table":
        self.widths = list(widths)
        return self

    def with_total(self, label: str, sums: Sequence[str]) -> "Table":
        """Adds a total row: ``label`` in the first column, the sum of each column in ``sums``."""
        row = []
        for index, column in enumerate(self.columns):
            if index == 0:
                row.append(label)
            elif column.key in sums:
                row.append(column.fmt(sum(float(plain(r.get(column.key)) or 0) for r in self.records)))
            else:
                row.append("")
        self.total = row
        return self


class Image:
    """A picture for the report, drawn on first use by ``draw`` (returns a QImage).

    ``src`` is what an <img> takes: a data: URI in HTML output; for the documents Qt lays out (PDF,
    ODT) the writers switch ``Image.mode`` to "resource" and register each image under its name.
    ``width`` is the width in CSS pixels the template should give it (the page is about 650 wide).
    ``alt`` is its text alternative: what it shows, in words and figures (``alt_text``), for the
    <img alt> of every format; the title when none is given.
    """

    mode = "data"  # "data" or "resource"; set by the writer before rendering
    TEMPLATE_ATTRIBUTES = ("name", "title", "alt", "src", "width", "height")

    def __init__(self, name: str, title: str, draw: Callable[[], QImage], width: int = 640, alt: str = ""):
        self.name = name
        self.title = title
        self.alt = alt or title
        self._draw = draw
        self._image: Optional[QImage] = None
        self._data_uri: Optional[str] = None
        self.width = width

    @property
    def image(self) -> QImage:
        if self._image is None:
            # Not an AttributeError, ever: jinja2 would take it for a missing attribute and go on.
            try:
                image = self._draw()
            except Exception as exc:  # noqa: BLE001 - reported with the image's name
                from .templates import ReportError

                raise ReportError(tr("The image '{}' could not be drawn: {}").format(self.name, exc)) from exc
            if image is None or image.isNull():
                from .templates import ReportError

                raise ReportError(tr("The image '{}' could not be drawn.").format(self.name))
            self._image = image
        return self._image

    @property
    def drawn(self) -> bool:
        return self._image is not None

    @property
    def height(self) -> int:
        image = self.image
        return int(round(self.width * image.height() / max(image.width(), 1)))

    @property
    def src(self) -> str:
        if self.mode == "resource":
            self.image  # noqa: B018 - drawn now, registered by the writer afterwards
            return "jlp-image:" + self.name
        if self._data_uri is None:
            self._data_uri = "data:image/png;base64," + base64.b64encode(png_bytes(self.image)).decode(
                "ascii"
            )
        return self._data_uri

    def __bool__(self) -> bool:
        return True


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)
