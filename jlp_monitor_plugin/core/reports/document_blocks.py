"""The print HTML of a report read into the blocks a word processor's document is made of, for the
DOCX and ODT writers: the title, headings (levels 1-3 under the title), paragraphs, captions,
pictures with their alt text, tables (header rows, caption) and the place of the table of contents.

HTML ``h1`` is the document's Title, ``h2``-``h4`` its Headings 1-3; a table of class ``contents``
is where the word processor's own table-of-contents goes; ``p.caption`` (or ``figcaption``) after a
picture is its caption; a table's caption is its ``<caption>``, else the heading above it.

``document_properties`` gives both writers the report's own title, author, subject and language.
"""

import datetime
import re
from html.parser import HTMLParser
from typing import Any, Dict, List, Optional

from ..translation import tr

LANGUAGE = "en-GB"
PORTRAIT_BODY = 170.0  # mm between the margins of A4 portrait
LANDSCAPE_BODY = 257.0  # and of A4 landscape
CELL_PADDING = 3.2  # mm a column needs beside its text: the cell's margins, its borders, a little room

# Text sizes (points) of the paragraph classes the templates use.
CLASS_SIZES = {"title-plan": 13.0, "lead": 11.0, "caption": 9.0}

# Heading levels in the document, from the HTML tags: h1 is the Title (0).
LEVELS = {"h1": 0, "h2": 1, "h3": 2, "h4": 3}

# "Figure 2: …", "Map 3: …", "Table 1. …": the label and number a caption starts with.
NUMBERED_CAPTION = re.compile(r"^\s*(Figure|Map|Table)\s+(\d+)\s*([:.]?)\s*(.*)$", re.DOTALL)


class Run:
    def __init__(self, text: str, bold: bool = False, italic: bool = False):
        self.text = text
        self.bold = bold
        self.italic = italic


class Block:
    """One paragraph-level piece of the document.

    ``kind``: "title", "heading" (``level`` 1-3), "toc-heading", "paragraph", "caption", "bullet",
    "picture" (``name``, ``width`` in CSS pixels, ``alt``), "table" (``rows``, ``widths``,
    ``caption``), "contents" (the table of contents) or "break" (a page break)."""

    def __init__(self, kind: str, **values: Any):
        self.kind = kind
        self.level = values.get("level", 0)
        self.runs: List[Run] = values.get("runs") or []
        self.page_break = values.get("page_break", False)
        self.align = values.get("align", "")  # "", "center", "right"
        self.css_class = values.get("css_class", "")
        self.name = values.get("name", "")
        self.width = values.get("width", 0.0)
        self.alt = values.get("alt", "")
        self.rows: List[List[Cell]] = values.get("rows") or []
        self.widths: List[str] = values.get("widths") or []
        self.caption = values.get("caption", "")
        self.size = values.get("size")  # points, for a paragraph the template sizes (the title page's)
        self.space_before = values.get("space_before", 0.0)  # points
        self.master = ""  # "landscape" or "portrait": the page style changes here (``plan_pages``)
        self.body = PORTRAIT_BODY  # mm a table may span

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs).strip()


class Cell:
    def __init__(self, text: str, header: bool, bold: bool, right: bool):
        self.text = text
        self.header = header
        self.bold = bold
        self.right = right


def heading_text(text: str) -> str:
    """A heading without the number the template gives it ("3. Housing completions")."""
    return re.sub(r"^\s*\d+(\.\d+)*\.?\s+", "", text).strip()


def split_caption(text: str):
    """(label, number, rest) of a numbered caption ("Figure", "2", "net completions"), else None."""
    match = NUMBERED_CAPTION.match(text)
    if not match:
        return None
    return match.group(1), match.group(2), match.group(4).strip()


def read_blocks(html: str, images: Dict[str, Any]) -> "Blocks":
    parser = _BlockParser(images)
    parser.feed(html)
    parser.close()
    parser.finish_paragraph()
    return Blocks(parser.title, parser.blocks)


class Blocks:
    def __init__(self, title: str, blocks: List[Block]):
        self.title = title  # the HTML <title>
        self.blocks = blocks


def _page_break(attrs: Dict[str, str]) -> bool:
    style = (attrs.get("style") or "").replace(" ", "").lower()
    return "page-break-before:always" in style or "page-break" in (attrs.get("class") or "")


class _BlockParser(HTMLParser):
    def __init__(self, images: Dict[str, Any]):
        super().__init__(convert_charrefs=True)
        self.images = images
        self.blocks: List[Block] = []
        self.title = ""
        self.in_title = False
        self.skip = 0
        self.paragraph: Optional[Block] = None
        self.pending_break = False
        self.bold = 0
        self.italic = 0
        self.table: Optional[Block] = None
        self.table_depth = 0
        self.row: Optional[List[Cell]] = None
        self.row_total = False
        self.in_head = False
        self.cell: Optional[List[str]] = None
        self.cell_attrs: Dict[str, Any] = {}
        self.in_caption = False
        self.caption_text: List[str] = []
        self.last_heading = ""
        self.in_figure = False

    # -- paragraphs ------------------------------------------------------------------------------------
    def start_paragraph(self, kind: str, attrs: Dict[str, str], **values) -> Block:
        self.finish_paragraph()
        css = attrs.get("class") or ""
        if kind == "paragraph" and "caption" in css.split():
            kind = "caption"
        align = (attrs.get("align") or "").lower()
        if "text-align:center" in (attrs.get("style") or "").replace(" ", ""):
            align = "center"
        style = (attrs.get("style") or "").replace(" ", "").lower()
        size = re.search(r"font-size:([\d.]+)pt", style)
        margin = re.search(r"margin-top:([\d.]+)px", style)
        sizes = [CLASS_SIZES[c] for c in css.split() if c in CLASS_SIZES]
        block = Block(
            kind,
            page_break=self.pending_break or _page_break(attrs),
            align=align if align in ("center", "right") else "",
            css_class=css,
            size=float(size.group(1)) if size and kind == "paragraph" else (sizes[0] if sizes else None),
            space_before=float(margin.group(1)) * 0.5 if margin else 0.0,  # px, less the HTML line gaps
            **values,
        )
        self.pending_break = False
        self.paragraph = block
        return block

    def finish_paragraph(self) -> None:
        block = self.paragraph
        self.paragraph = None
        if block is None:
            return
        if block.runs and block.runs[0].text.strip() == "":
            block.runs[0].text = block.runs[0].text.lstrip()
        if block.runs:
            block.runs[-1].text = block.runs[-1].text.rstrip()
        if block.kind == "caption" and not split_caption(block.text):
            if not self.blocks or self.blocks[-1].css_class != "figure":
                block.kind = "paragraph"  # small print, not a figure's caption
        if block.text or block.kind in ("title", "heading"):
            self.blocks.append(block)
            if block.kind in ("title", "heading"):
                self.last_heading = heading_text(block.text)
        elif block.page_break:
            self.pending_break = True  # an empty paragraph that only breaks the page

    def _append(self, block: Block) -> None:
        self.finish_paragraph()
        if self.pending_break:
            block.page_break = True
            self.pending_break = False
        self.blocks.append(block)

    # -- parser callbacks ------------------------------------------------------------------------------
    def handle_starttag(self, tag, attrs):
        attrs = dict((k, v or "") for k, v in attrs)
        if tag == "title":
            self.in_title = True
        elif tag in ("style", "script", "head"):
            self.skip += 1
        elif tag == "table":
            self._start_table(attrs)
        elif self.table is not None:
            self._table_tag(tag, attrs)
        elif tag in LEVELS:
            level = LEVELS[tag]
            self.start_paragraph("title" if level == 0 else "heading", attrs, level=level)
        elif tag in ("p", "div", "figcaption"):
            self.finish_paragraph()
            if _page_break(attrs):
                self.pending_break = True
            if tag != "div":
                self.start_paragraph("caption" if tag == "figcaption" else "paragraph", attrs)
        elif tag == "li":
            self.start_paragraph("bullet", attrs)
        elif tag == "figure":
            self.finish_paragraph()
            self.in_figure = True
        elif tag in ("b", "strong"):
            self.bold += 1
        elif tag in ("i", "em"):
            self.italic += 1
        elif tag == "br" and self.paragraph is not None:
            self._run("\n")
        elif tag == "img":
            self._picture(attrs)

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        elif tag in ("style", "script", "head"):
            self.skip = max(self.skip - 1, 0)
        elif tag == "table":
            self._end_table()
        elif self.table is not None:
            self._table_end_tag(tag)
        elif tag in LEVELS or tag in ("p", "li", "figcaption"):
            self.finish_paragraph()
        elif tag == "figure":
            self.finish_paragraph()
            self.in_figure = False
        elif tag in ("b", "strong"):
            self.bold = max(self.bold - 1, 0)
        elif tag in ("i", "em"):
            self.italic = max(self.italic - 1, 0)

    def handle_data(self, data):
        if self.in_title:
            self.title += data
            return
        if self.skip:
            return
        if self.table is not None:
            if self.in_caption:
                self.caption_text.append(data)
            elif self.cell is not None:
                self.cell.append(data)
            return
        text = re.sub(r"\s+", " ", data)
        if self.paragraph is None:
            if not text.strip():
                return
            self.start_paragraph("paragraph", {})
        self._run(text)

    def _run(self, text: str) -> None:
        runs = self.paragraph.runs
        bold, italic = bool(self.bold), bool(self.italic)
        if runs and runs[-1].bold == bold and runs[-1].italic == italic:
            runs[-1].text += text
        else:
            runs.append(Run(text, bold, italic))

    # -- pictures --------------------------------------------------------------------------------------
    def _picture(self, attrs: Dict[str, str]) -> None:
        src = attrs.get("src") or ""
        name = src.split(":", 1)[1] if src.startswith("jlp-image:") else None
        image = self.images.get(name) if name else None
        if image is None:
            return
        try:
            width = float(attrs.get("width") or image.width)
        except ValueError:
            width = float(image.width)
        holder = self.paragraph
        align = "center" if (holder is not None and holder.align == "center") else ""
        # A figure (<p class="figure"> or <figure>) has its caption after it; a cover picture has none.
        figure = self.in_figure or (holder is not None and "figure" in holder.css_class.split())
        if self.paragraph is not None and not self.paragraph.text:
            self.paragraph = None  # the <p> that only holds the picture
        self._append(
            Block(
                "picture",
                name=name,
                width=width,
                alt=image_alt(image, attrs.get("alt")),
                align=align,
                css_class="figure" if figure else "",
            )
        )

    # -- tables ----------------------------------------------------------------------------------------
    def _start_table(self, attrs: Dict[str, str]) -> None:
        if self.table is not None:
            self.table_depth += 1  # a table in a table: its text joins the cell
            return
        self.finish_paragraph()
        kind = "contents" if "contents" in (attrs.get("class") or "").split() else "table"
        self.table = Block(kind, css_class=attrs.get("class") or "")
        # The caption: <caption>, or data-caption where the print HTML has moved it (accessible.py).
        self.caption_text = [attrs.get("data-caption") or ""]

    def _table_tag(self, tag: str, attrs: Dict[str, str]) -> None:
        if tag == "caption":
            self.in_caption = True
        elif tag == "thead":
            self.in_head = True
        elif tag == "tr":
            self.row = []
            self.cell_ths: List[bool] = []
            self.row_total = "total" in (attrs.get("class") or "")
        elif tag in ("td", "th") and self.row is not None and self.cell is None:
            self.cell = []
            self.cell_attrs = attrs
            self.cell_attrs["_tag"] = tag
            if len(self.table.rows) == 0:
                self.table.widths.append((attrs.get("width") or "").strip())
        elif tag == "br" and self.cell is not None:
            self.cell.append(" ")
        elif tag in ("b", "strong") and self.cell is not None:
            self.cell_attrs["_bold"] = True  # a key figure the template makes bold

    def _table_end_tag(self, tag: str) -> None:
        if tag == "caption":
            self.in_caption = False
        elif tag == "thead":
            self.in_head = False
        elif tag in ("td", "th") and self.cell is not None and self.row is not None:
            attrs = self.cell_attrs
            th = attrs["_tag"] == "th"
            header = th and (self.in_head or attrs.get("scope") == "col")
            right = attrs.get("align") == "right" or "num" in (attrs.get("class") or "").split()
            text = " ".join("".join(self.cell).split())
            row_header = attrs.get("scope") == "row"  # names its row: not a heading to shade
            bold = (th and not row_header) or self.row_total or bool(attrs.get("_bold"))
            self.row.append(Cell(text, header, bold, right))
            self.cell_ths.append(th and not row_header)
            self.cell = None
        elif tag == "tr" and self.row is not None:
            if self.row:
                if not self.table.rows and all(self.cell_ths) and not self.row_total:
                    for cell in self.row:  # a first row of <th> outside <thead> is a header row too
                        cell.header = True
                self.table.rows.append(self.row)
            self.row = None

    def _end_table(self) -> None:
        if self.table_depth:
            self.table_depth -= 1
            return
        table, self.table = self.table, None
        caption = " ".join("".join(self.caption_text).split())
        if table.kind == "contents":
            previous = self.blocks[-1] if self.blocks else None
            if previous is not None and previous.kind == "heading":
                previous.kind = "toc-heading"
            table.rows = []
            self._append(table)
            return
        if not table.rows:
            return
        table.caption = caption or self.last_heading
        self._append(table)


def column_widths(given_widths: List[str], columns: int, body: float = 170.0) -> List[float]:
    """Column widths in mm from the template's percentages (the rest shared out), across the
    ``body`` (mm between the margins)."""
    given = []
    for text in (given_widths + [""] * columns)[:columns]:
        try:
            given.append(float(text.rstrip("%")) if text.endswith("%") else None)
        except ValueError:
            given.append(None)
    free = [i for i, w in enumerate(given) if w is None]
    rest = max(100.0 - sum(w for w in given if w is not None), 0.0)
    each = rest / len(free) if free and rest > 0 else 100.0 / max(columns, 1)
    shares = [w if w is not None else each for w in given]
    total = sum(shares) or 100.0
    return [body * share / total for share in shares]


class TextWidth:
    """Widths of text in mm in the documents' font (Arial; Liberation Sans where Arial is not),
    measured with Qt's font metrics."""

    def __init__(self, size_pt: float, family: str = "Arial"):
        from qgis.PyQt.QtGui import QFont, QFontMetricsF

        self.scale = size_pt * 25.4 / 72 / 100  # measured at 100 px to the em
        self.metrics = {}
        for bold in (False, True):
            font = QFont(family)
            font.setPixelSize(100)
            font.setBold(bold)
            self.metrics[bold] = QFontMetricsF(font)
        self.cache: Dict[tuple, float] = {}

    def __call__(self, text: str, bold: bool = False) -> float:
        key = (text, bold)
        if key not in self.cache:
            self.cache[key] = self.metrics[bold].horizontalAdvance(text) * self.scale
        return self.cache[key]


def column_needs(table: Block, measure: TextWidth, body: float):
    """Per column: the width its longest word needs (no word broken), and the width its longest
    line below the headings would like (at most 45% of ``body``), in mm."""
    columns = max(len(r) for r in table.rows)
    need = [CELL_PADDING] * columns
    want = [CELL_PADDING] * columns
    for row in table.rows:
        for c, cell in enumerate(row):
            bold = cell.bold or cell.header
            longest = max((measure(w, bold) for w in cell.text.split()), default=0.0)
            need[c] = max(need[c], longest + CELL_PADDING)
            if not cell.header:  # a heading may wrap onto a second line; the rows had better not
                want[c] = max(want[c], min(measure(cell.text, bold) + CELL_PADDING, body * 0.45))
    return need, want


def fitted_widths(table: Block, measure: TextWidth) -> List[float]:
    """Column widths in mm that fill the table's page width (``table.body``): each column at least
    as wide as its longest word where the page allows, the room left shared out toward each
    column's longest line, and what remains after the template's shares."""
    body = table.body
    need, want = column_needs(table, measure, body)
    hints = column_widths(table.widths, len(need), body)
    total = sum(need)
    if total >= body:
        return [body * n / total for n in need]
    widths = list(need)
    spare = body - total
    gaps = [max(w - n, 0.0) for w, n in zip(want, need)]
    if sum(gaps) > 0:
        grant = min(spare, sum(gaps))
        widths = [w + grant * g / sum(gaps) for w, g in zip(widths, gaps)]
        spare -= grant
    if spare > 0:
        widths = [w + spare * h / sum(hints) for w, h in zip(widths, hints)]
    return widths


KEEP_TOGETHER = 15  # rows: a table this short is not split across pages
WIDE_COLUMNS = 8  # a table of this many columns reads better across a landscape page
LEADING = ("title", "heading", "paragraph")  # what goes onto a landscape page with the table it leads to


def plan_pages(blocks: List[Block], measure: TextWidth) -> None:
    """Tables too wide for a portrait page at the documents' table text size, or of ``WIDE_COLUMNS``
    columns or more, go on landscape pages with the headings and text that lead to them since the
    last page break: the first block of such a run gets ``master`` "landscape", the first block
    after it "portrait"."""
    wide = set()
    for index, block in enumerate(blocks):
        if block.kind == "table":
            need, _want = column_needs(block, measure, PORTRAIT_BODY)
            if sum(need) > PORTRAIT_BODY or len(need) >= WIDE_COLUMNS:
                wide.add(index)
    landscape = [False] * len(blocks)
    for index in sorted(wide):
        start = index
        while start > 0 and blocks[start - 1].kind in LEADING and not blocks[start].page_break:
            start -= 1
        for i in range(start, index + 1):
            landscape[i] = True
    for index, block in enumerate(blocks):
        before = landscape[index - 1] if index else False
        if landscape[index] != before:  # at the start: the first page is landscape
            block.master = "landscape" if landscape[index] else "portrait"
            block.page_break = False  # the new page style starts a page
        if landscape[index] and block.kind == "table":
            block.body = LANDSCAPE_BODY


def image_alt(image: Any, alt: Optional[str] = None) -> str:
    """The alt text of a report picture: the template's ``alt`` on its <img>, else the image's own
    description (``alt``, when the context gives one), else its title."""
    for text in (alt, getattr(image, "alt", None), getattr(image, "title", None), getattr(image, "name", "")):
        if text and str(text).strip():
            return " ".join(str(text).split())
    return ""


def picture_title(image: Any, alt: str) -> str:
    """A picture's short title beside its alt text (Word's and Writer's "title"), or "" when the alt
    text already says it: LibreOffice's tagged PDF reads both, one after the other."""
    title = " ".join(str(getattr(image, "title", "") or "").split())
    return "" if not title or title.lower() in (alt or "").lower() else title


def document_properties(context: Dict[str, Any], title: str = "") -> Dict[str, Any]:
    """The report's document properties for DOCX and ODT: ``title`` (the template's <title>, else
    the plan's name), the councils as ``author``, ``subject``, ``keywords``, ``created`` (now, UTC)
    and ``language``."""
    plan = (context.get("plan") or {}).get("name", "")
    councils = context.get("council_names") or []
    subject = tr("Housing monitoring at {}").format(context.get("base_date_text", "")).strip()
    return {
        "title": " ".join((title or plan or "").split()),
        "author": ", ".join(councils),
        "subject": subject,
        "keywords": ", ".join(
            k for k in (plan, tr("housing monitoring"), tr("five-year housing land supply")) if k
        ),
        "description": tr("Produced with JLP Monitor from the monitoring store."),
        "created": datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0),
        "language": LANGUAGE,
    }
