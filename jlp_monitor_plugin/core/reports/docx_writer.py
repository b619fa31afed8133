"""The report as a Word document (DOCX) with python-docx, when installed: the print HTML read by an
HTML parser into headings, paragraphs, tables (header rows repeated, shaded) and pictures, A4 with a
running header and "Page N of M" in the footer."""

import io
import re
from html.parser import HTMLParser
from typing import Dict, List, Optional

from ..translation import tr
from .tables import Image, png_bytes
from .writers import BODY_W, MM, MissingDependencyError


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
