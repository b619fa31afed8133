"""Report writers, one per format: HTML (self-contained), PDF (QTextDocument painted page by page on
a QPrinter, with a running header and "Page N of M"), ODT (QTextDocumentWriter), DOCX (python-docx,
when installed), XLSX (OGR's XLSX driver, a sheet per table) and CSV (a file per table).

PDF and ODT are laid out by Qt's rich-text engine, which reads a subset of HTML and CSS: the
templates keep to headings, paragraphs, tables and images for them (``print`` is true in the
context), and the writers register the images as document resources.
"""

import csv
import io
import os
import re
from html.parser import HTMLParser
from typing import Dict, List, Optional, Sequence

from qgis.PyQt.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from qgis.PyQt.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPen,
    QTextDocument,
    QTextDocumentWriter,
)
from qgis.PyQt.QtPrintSupport import QPrinter

from .. import styling
from ..safe_cells import safe_cell, safe_row
from ..translation import tr
from .tables import Image, Table, plain, png_bytes

FORMATS = ["html", "pdf", "odt", "docx", "xlsx", "csv"]

# A4 portrait, laid out at 96 dots an inch (CSS pixels): the templates size images for this width.
DPI = 96
MM = DPI / 25.4
PAGE_W, PAGE_H = 210 * MM, 297 * MM
LEFT = RIGHT = 20 * MM
TOP, BOTTOM = 24 * MM, 20 * MM
BODY_W = PAGE_W - LEFT - RIGHT

# What Qt's rich text understands of CSS; the HTML output adds its own richer stylesheet.
PRINT_CSS = """
body { font-size: 9pt; color: #212529; }
h1 { font-size: 18pt; color: #1f3b57; margin-top: 12px; margin-bottom: 8px; }
h2 { font-size: 13pt; color: #1f3b57; margin-top: 14px; margin-bottom: 6px; }
h3 { font-size: 10.5pt; color: #1f3b57; margin-top: 10px; margin-bottom: 4px; }
p { margin-top: 3px; margin-bottom: 5px; }
table { border-collapse: collapse; margin-bottom: 8px; }
th { background-color: #dee6ef; font-weight: bold; padding: 2px; text-align: left; }
td { padding: 2px; }
td.num, th.num { text-align: right; }
tr.total td { font-weight: bold; background-color: #f1f3f5; }
p.caption { font-size: 8pt; color: #495057; }
p.title-plan { font-size: 13pt; color: #495057; }
p.lead { font-size: 11pt; }
"""


class MissingDependencyError(Exception):
    """A format needs something that is not installed; the message names the alternative."""


class _Document(QTextDocument):
    """A QTextDocument that loads nothing from the disk but image files in ``folders`` (the store's,
    the template's): a template's ``<img src="/home/…">``, CSS ``url(…)`` or ``<link>`` cannot pull
    another file into the PDF or ODT."""

    def __init__(self, folders: Sequence[str]):
        super().__init__()
        self._folders = list(folders)

    def loadResource(self, kind, url):  # noqa: N802 - Qt API
        from .templates import allowed_image

        if kind == QTextDocument.ResourceType.ImageResource and (url.isLocalFile() or not url.scheme()):
            path = url.toLocalFile() if url.isLocalFile() else url.path()
            if os.path.isabs(path) and allowed_image(path, self._folders, "") is not None:
                return super().loadResource(kind, url)
        return None


def document(html: str, images: Dict[str, Image], folders: Sequence[str] = ()) -> QTextDocument:
    """The print HTML as a QTextDocument laid out for A4, its images registered as resources; other
    images only from ``folders``."""
    doc = _Document(folders)
    doc.setDocumentMargin(0)
    font = styling.label_font()
    font.setPointSizeF(9)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(PRINT_CSS)
    for image in images.values():
        if image.drawn:
            doc.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl("jlp-image:" + image.name), image.image
            )
    doc.setHtml(html)
    # Laid out for a printer at 96 dpi (whatever the screen's), so pages here are pages in the PDF.
    device = QPrinter(QPrinter.PrinterMode.HighResolution)
    device.setResolution(DPI)
    doc.documentLayout().setPaintDevice(device)
    doc._jlp_device = device  # the layout does not own its paint device
    doc.setPageSize(QSizeF(BODY_W, PAGE_H - TOP - BOTTOM))
    return doc


def heading_pages(doc: QTextDocument, level: int = 2) -> Dict[str, int]:
    """The page each heading of ``level`` starts on: {heading text: page number}."""
    pages: Dict[str, int] = {}
    layout = doc.documentLayout()
    body_h = doc.pageSize().height()
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == level:
            pages.setdefault(block.text().strip(), int(layout.blockBoundingRect(block).top() // body_h) + 1)
        block = block.next()
    return pages


def write_html(html: str, path: str) -> str:
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(html)
    return path


def write_pdf(doc: QTextDocument, path: str, header_left: str, header_right: str, feedback=None) -> str:
    """Paints the document page by page: running header (not on the title page), body, footer."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(path)
    printer.setFullPage(True)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    printer.setResolution(DPI)
    printer.setCreator("JLP Monitor")
    printer.setDocName(header_left)
    body_h = PAGE_H - TOP - BOTTOM
    doc.setPageSize(QSizeF(BODY_W, body_h))
    pages = doc.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(tr("Cannot write the PDF {}").format(path))
    try:
        small = styling.label_font()
        small.setPointSizeF(7.5)
        for index in range(pages):
            if feedback is not None and feedback.isCanceled():
                break
            if index:
                printer.newPage()
            painter.save()
            painter.setFont(small)
            painter.setPen(QColor("#495057"))
            if index:
                top = QRectF(LEFT, 10 * MM, BODY_W, 6 * MM)
                painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, header_left)
                painter.drawText(
                    top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, header_right
                )
                painter.setPen(QPen(QColor("#adb5bd"), 0.8))
                painter.drawLine(int(LEFT), int(16.5 * MM), int(LEFT + BODY_W), int(16.5 * MM))
                painter.setPen(QColor("#495057"))
            bottom = QRectF(LEFT, PAGE_H - 13 * MM, BODY_W, 6 * MM)
            painter.drawText(
                bottom,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                tr("Page {} of {}").format(index + 1, pages),
            )
            painter.restore()

            painter.save()
            painter.translate(LEFT, TOP - index * body_h)
            clip = QRectF(0, index * body_h, BODY_W, body_h)
            painter.setClipRect(clip)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = clip
            context.palette.setColor(QPalette.ColorRole.Text, QColor("#212529"))
            doc.documentLayout().draw(painter, context)
            painter.restore()
    finally:
        painter.end()
    return path


def write_odt(doc: QTextDocument, path: str, header_text: str = "") -> str:
    """Qt's OpenDocument writer, then what it leaves out: an A4 page with a running header and
    "Page N of M" (styles.xml), and table widths Word and LibreOffice read (Qt writes a 100% wide
    table as 100 points and column shares as percentages, which ODF does not have)."""
    writer = QTextDocumentWriter(path, b"odf")
    if not writer.write(doc):
        raise OSError(tr("Cannot write the ODT {}").format(path))
    _finish_odt(path, header_text)
    return path


def _finish_odt(path: str, header_text: str) -> None:
    import zipfile
    from xml.sax.saxutils import escape

    with zipfile.ZipFile(path) as archive:
        entries = [(info, archive.read(info.filename)) for info in archive.infolist()]
    words = [escape(w) for w in tr("Page {} of {}").split("{}")] + ["", "", ""]
    footer = (
        '{}<text:page-number text:select-page="current">1</text:page-number>{}'
        "<text:page-count>1</text:page-count>{}"
    ).format(*words[:3])
    styles = ODT_STYLES.format(header=escape(header_text), footer=footer).encode("utf-8")
    out = path + ".part"
    with zipfile.ZipFile(out, "w") as archive:
        for info, data in entries:
            if info.filename == "content.xml":
                text = data.decode("utf-8")
                text = re.sub(
                    r'(<style:table-properties[^>]*?)style:width="[^"]*"', r'\1table:align="margins"', text
                )
                text = re.sub(
                    r'style:column-width="([\d.]+)%"',
                    lambda m: 'style:rel-column-width="{}*"'.format(int(round(float(m.group(1)) * 100))),
                    text,
                )
                data = text.encode("utf-8")
            elif info.filename == "META-INF/manifest.xml":
                data = data.replace(
                    b"</manifest:manifest>",
                    b' <manifest:file-entry manifest:media-type="text/xml"'
                    b' manifest:full-path="styles.xml"/>\n</manifest:manifest>',
                )
            compress = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(info.filename, data, compress_type=compress)
            if info.filename == "content.xml":
                archive.writestr("styles.xml", styles, compress_type=zipfile.ZIP_DEFLATED)
    os.replace(out, path)


ODT_STYLES = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2">
 <office:automatic-styles>
  <style:page-layout style:name="JlpPage">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
    style:print-orientation="portrait" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm"
    fo:margin-left="2cm" fo:margin-right="2cm"/>
   <style:header-style>
    <style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/>
   </style:header-style>
   <style:footer-style>
    <style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.6cm"/>
   </style:footer-style>
  </style:page-layout>
  <style:style style:name="JlpHeaderFooter" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-size="8pt" fo:color="#495057"/>
  </style:style>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="JlpPage">
   <style:header><text:p text:style-name="JlpHeaderFooter">{header}</text:p></style:header>
   <style:footer><text:p text:style-name="JlpHeaderFooter">{footer}</text:p></style:footer>
  </style:master-page>
 </office:master-styles>
</office:document-styles>
"""


def docx_available() -> bool:
    try:
        import docx  # noqa: F401
    except ImportError:
        return False
    return True


def docx_message() -> str:
    return tr(
        "Word (DOCX) needs the python-docx package, which is not installed (Debian: python3-docx; "
        "Windows: pip install python-docx in the OSGeo4W shell). The ODT file opens in Word: choose "
        "the odt format instead."
    )


def write_docx(html: str, images: Dict[str, Image], path: str, header_text: str) -> str:
    """The print HTML turned into a Word document: headings, paragraphs, tables, pictures, page
    breaks; a running header and "Page N of M" in the footer."""
    try:
        import docx  # noqa: F401
    except ImportError:
        raise MissingDependencyError(docx_message()) from None
    builder = _DocxBuilder(images, header_text)
    builder.feed(html)
    builder.close()
    builder.document.save(path)
    return path


class _DocxBuilder(HTMLParser):
    HEADINGS = {"h1": 1, "h2": 2, "h3": 3}

    def __init__(self, images: Dict[str, Image], header_text: str):
        super().__init__(convert_charrefs=True)
        import docx
        from docx.enum.section import WD_ORIENT
        from docx.shared import Mm, Pt

        self.Mm = Mm
        self.document = docx.Document()
        section = self.document.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(20)
        section.top_margin, section.bottom_margin = Mm(22), Mm(20)
        self.Pt = Pt
        style = self.document.styles["Normal"]
        style.font.size = Pt(9)
        style.font.name = "Arial"  # what councils' documents use; Word's default theme font otherwise
        section.header.paragraphs[0].text = header_text
        _page_number_footer(section.footer.paragraphs[0])
        self.images = images
        self.paragraph = None
        self.bold = 0
        self.table_rows: Optional[List[List[tuple]]] = None
        self.table_widths: List[str] = []
        self.table_small = False
        self.row_total = False
        self.cell_bold = False
        self.cell_right = False
        self.cell: Optional[List[str]] = None
        self.cell_header = False
        self.skip = 0
        self.caption = False

    # -- text -----------------------------------------------------------------------------------------
    def _para(self, style=None):
        if self.paragraph is None:
            self.paragraph = self.document.add_paragraph(style=style)
        return self.paragraph

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("style", "script", "head", "title"):
            self.skip += 1
        elif tag in self.HEADINGS:
            if "page-break-before" in (attrs.get("style") or ""):
                self.document.add_page_break()
            self.paragraph = self.document.add_heading(level=self.HEADINGS[tag])
        elif tag in ("p", "li", "div") and self.table_rows is None:
            if "page-break" in (attrs.get("class") or "") or "page-break-before" in (
                attrs.get("style") or ""
            ):
                self.document.add_page_break()
            self.paragraph = None
            if tag != "div":
                self.paragraph = self.document.add_paragraph(style="List Bullet" if tag == "li" else None)
        elif tag in ("b", "strong"):
            self.bold += 1
        elif tag == "br" and self.paragraph is not None and self.cell is None:
            self.paragraph.add_run().add_break()
        elif tag == "table":
            self.table_rows = []
            self.table_widths = []
            self.table_small = "small" in (attrs.get("class") or "")
        elif tag == "tr" and self.table_rows is not None:
            self.table_rows.append([])
            self.row_total = "total" in (attrs.get("class") or "")
        elif tag in ("td", "th") and self.table_rows is not None:
            self.cell = []
            self.cell_header = tag == "th"
            self.cell_bold = tag == "th" or self.row_total
            self.cell_right = attrs.get("align") == "right" or "num" in (attrs.get("class") or "")
            width = (attrs.get("width") or "").strip()
            if len(self.table_rows) == 1:
                self.table_widths.append(width)
        elif tag == "img":
            self._picture(attrs)

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head", "title"):
            self.skip = max(self.skip - 1, 0)
        elif tag in self.HEADINGS or tag in ("p", "li"):
            self.paragraph = None
        elif tag in ("b", "strong"):
            self.bold = max(self.bold - 1, 0)
        elif tag in ("td", "th") and self.cell is not None and self.table_rows:
            text = " ".join("".join(self.cell).split())
            self.table_rows[-1].append((text, self.cell_header, self.cell_bold, self.cell_right))
            self.cell = None
        elif tag == "table" and self.table_rows is not None:
            self._table(self.table_rows)
            self.table_rows = None

    def handle_data(self, data):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(data)
            return
        if self.table_rows is not None:
            return
        text = re.sub(r"\s+", " ", data)
        if not text.strip() and self.paragraph is None:
            return
        run = self._para().add_run(text)
        run.bold = bool(self.bold)

    def _picture(self, attrs):
        src = attrs.get("src") or ""
        name = src.split(":", 1)[1] if src.startswith("jlp-image:") else None
        image = self.images.get(name) if name else None
        if image is None:
            return
        width = float(attrs.get("width") or image.width)
        self.document.add_picture(io.BytesIO(png_bytes(image.image)), width=self.Mm(min(width, BODY_W) / MM))
        self.paragraph = None

    def _table(self, rows):
        from docx.enum.table import WD_TABLE_ALIGNMENT
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        rows = [r for r in rows if r]
        if not rows:
            return
        columns = max(len(r) for r in rows)
        table = self.document.add_table(rows=len(rows), cols=columns)
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        widths = self._column_widths(columns)
        for column, width in zip(table.columns, widths):
            column.width = width  # the grid LibreOffice reads; Word reads the cells' widths
        size = self.Pt(7.5 if self.table_small else 8.5)
        # table.cell(r, c) walks the whole table each time: take the cells once (python-docx's own list).
        cells = table._cells
        for r, row in enumerate(rows):
            for c, (value, header, bold, right) in enumerate(row):
                cell = cells[r * columns + c]
                cell.width = widths[c]
                paragraph = cell.paragraphs[0]
                run = paragraph.add_run(value)
                run.bold = bold
                run.font.size = size
                if right:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if header:
                    _shade(cell, "DEE6EF")
            if any(header for _v, header, _b, _r in row):
                _repeat_header(table.rows[r])
        self.document.add_paragraph()

    def _column_widths(self, columns: int):
        """Column widths from the template's percentages (the rest shared out), across the page."""
        body = 170.0  # mm between the margins
        given = []
        for text in (self.table_widths + [""] * columns)[:columns]:
            try:
                given.append(float(text.rstrip("%")) if text.endswith("%") else None)
            except ValueError:
                given.append(None)
        free = [i for i, w in enumerate(given) if w is None]
        rest = max(100.0 - sum(w for w in given if w is not None), 0.0)
        shares = [w if w is not None else (rest / len(free) if free else 0) for w in given]
        total = sum(shares) or 100.0
        return [self.Mm(body * share / total) for share in shares]


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _repeat_header(row) -> None:
    """The heading row repeats at the top of each page the table runs onto."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(header)


def _page_number_footer(paragraph) -> None:
    """ "Page N of M" with Word fields, so Word numbers the pages it lays out."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def field(code: str) -> None:
        run = paragraph.add_run()
        for kind, text in (("begin", None), (None, code), ("separate", None), (None, "1"), ("end", None)):
            if kind:
                element = OxmlElement("w:fldChar")
                element.set(qn("w:fldCharType"), kind)
            elif text == code:
                element = OxmlElement("w:instrText")
                element.set(qn("xml:space"), "preserve")
                element.text = code
            else:
                element = OxmlElement("w:t")
                element.text = text
            run._r.append(element)

    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    words = tr("Page {} of {}").split("{}")
    paragraph.add_run(words[0])
    field("PAGE")
    paragraph.add_run(words[1] if len(words) > 1 else " / ")
    field("NUMPAGES")
    if len(words) > 2:
        paragraph.add_run(words[2])


# -- tables ------------------------------------------------------------------------------------------


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


__all__ = [
    "FORMATS",
    "MissingDependencyError",
    "document",
    "docx_available",
    "write_csvs",
    "write_docx",
    "write_html",
    "write_odt",
    "write_pdf",
    "write_xlsx",
]
