"""The report as a Word document (DOCX) with python-docx, when installed, made the way Word makes its
own: the print HTML read into blocks (``document_blocks``) and written with Word's built-in styles —
Title, Heading 1-3 (the navigation pane and Word's tagged "Save as PDF" read them), Caption with SEQ
fields, a TOC field Word updates (with page numbers), alt text on every picture, a table style whose
header rows repeat on each page, table text of 9 pt, the report's own document properties and the
language en-GB. A4 with a running header and "Page N of M" in the footer."""

import datetime
import io
from typing import Any, Dict, List, Optional

from ..translation import tr
from .document_blocks import (
    KEEP_TOGETHER,
    Block,
    TextWidth,
    document_properties,
    fitted_widths,
    heading_text,
    picture_title,
    plan_pages,
    read_blocks,
    split_caption,
)
from .tables import Image, png_bytes
from .writers import BODY_W, MM, MissingDependencyError

TEXT_PT = 10
TABLE_PT = 9  # the smallest text in the document: table cells, captions
COLOUR = "1F3B57"
HEADER_FILL = "DEE6EF"
TOTAL_FILL = "F1F3F5"
TABLE_STYLE = "Report Table"


def docx_message() -> str:
    return tr(
        "Word (DOCX) needs the python-docx package, which is not installed (Debian: python3-docx; "
        "Windows: pip install python-docx in the OSGeo4W shell). The ODT file opens in Word: choose "
        "the odt format instead."
    )


def write_docx(
    html: str,
    images: Dict[str, Image],
    path: str,
    header_text: str,
    properties: Optional[Dict[str, Any]] = None,
) -> str:
    """The print HTML turned into a Word document; ``properties``: ``document_properties`` (title,
    author, subject, keywords, created, language)."""
    try:
        import docx  # noqa: F401
    except ImportError:
        raise MissingDependencyError(docx_message()) from None
    blocks = read_blocks(html, images)
    properties = dict(properties or document_properties({}, blocks.title))
    properties["title"] = properties.get("title") or " ".join(blocks.title.split())
    builder = _DocxBuilder(images, header_text, properties)
    builder.build(blocks.blocks)
    builder.document.save(path)
    return path


class _DocxBuilder:
    def __init__(self, images: Dict[str, Image], header_text: str, properties: Dict[str, Any]):
        import docx
        from docx.enum.section import WD_ORIENT
        from docx.shared import Mm

        self.Mm = Mm
        self.document = docx.Document()
        self.language = properties.get("language") or "en-GB"
        section = self.document.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(20)
        section.top_margin, section.bottom_margin = Mm(22), Mm(20)
        _styles(self.document, self.language)
        section.different_first_page_header_footer = True  # the title page has no running header
        header = section.header.paragraphs[0]
        header.text = header_text
        header.style = self.document.styles["Header"]
        _page_number_footer(section.footer.paragraphs[0])
        _properties(self.document, properties)
        self.images = images
        self.bookmarks: Dict[int, str] = {}
        self.counts = {"Table": 0}
        self.measure = TextWidth(TABLE_PT)

    # -- blocks ----------------------------------------------------------------------------------------
    def build(self, blocks: List[Block]) -> None:
        plan_pages(blocks, self.measure)
        for index, block in enumerate(blocks):
            if block.kind == "heading" and 1 <= block.level <= 3:
                self.bookmarks[index] = "_Toc{:08d}".format(index + 1)
        for index, block in enumerate(blocks):
            self._block(index, block, blocks)

    def _block(self, index: int, block: Block, blocks: List[Block]) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        document = self.document
        paragraph = None
        if block.master:
            self._section(block.master == "landscape")
        if block.kind == "title":
            paragraph = document.add_paragraph(style="Title")
        elif block.kind == "heading":
            paragraph = document.add_paragraph(style="Heading {}".format(min(max(block.level, 1), 3)))
        elif block.kind == "toc-heading":
            paragraph = document.add_paragraph(style="TOC Heading")
        elif block.kind == "caption":
            paragraph = self._caption(block.text, block.page_break)
        elif block.kind in ("paragraph", "bullet"):
            paragraph = document.add_paragraph(style="List Bullet" if block.kind == "bullet" else None)
        elif block.kind == "picture":
            paragraph = self._picture(block)
        elif block.kind == "table":
            self._table(block)
        elif block.kind == "contents":
            self._contents(blocks, block.page_break)
        if paragraph is None or block.kind in ("picture", "caption"):
            return
        if block.page_break:
            paragraph.paragraph_format.page_break_before = True
        if block.align:
            paragraph.alignment = (
                WD_ALIGN_PARAGRAPH.CENTER if block.align == "center" else WD_ALIGN_PARAGRAPH.RIGHT
            )
        size = block.size if block.kind in ("paragraph", "bullet") else None
        if block.space_before:
            paragraph.paragraph_format.space_before = Pt(block.space_before)
        for run in block.runs:
            added = paragraph.add_run(run.text.replace("\n", ""))
            if "\n" in run.text:
                _line_breaks(added, run.text)
            added.bold = run.bold or None
            added.italic = run.italic or None
            if size:
                added.font.size = Pt(size)
        if index in self.bookmarks:
            _bookmark(paragraph, self.bookmarks[index], index + 1)

    def _section(self, landscape: bool) -> None:
        """A new section on a new page, landscape or portrait; its header and footer the same."""
        from docx.enum.section import WD_ORIENT, WD_SECTION

        if len(self.document.element.body) > 1:  # more than the section's properties
            section = self.document.add_section(WD_SECTION.NEW_PAGE)
            section.different_first_page_header_footer = False
        else:
            section = self.document.sections[-1]  # the document starts with this page style
        long, short = self.Mm(297), self.Mm(210)
        if landscape:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = long, short
        else:
            section.orientation = WD_ORIENT.PORTRAIT
            section.page_width, section.page_height = short, long

    def _caption(self, text: str, page_break: bool = False, label: str = "", number: int = 0):
        """A Caption paragraph; "Figure 2: …" gets Word's SEQ field for its number."""
        paragraph = self.document.add_paragraph(style="Caption")
        if page_break:
            paragraph.paragraph_format.page_break_before = True
        parts = split_caption(text)
        if parts and not label:
            label, number, text = parts[0], int(parts[1]), parts[2]
        if label:
            paragraph.add_run(label + " ")
            _field(paragraph, "SEQ {} \\* ARABIC".format(label), str(number))
            paragraph.add_run(": " + text if text else "")
        else:
            paragraph.add_run(text)
        return paragraph

    def _picture(self, block: Block):
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        image = self.images.get(block.name)
        if image is None:
            return None
        width = self.Mm(min(block.width, BODY_W) / MM)
        paragraph = self.document.add_paragraph()
        if block.page_break:
            paragraph.paragraph_format.page_break_before = True
        paragraph.alignment = (
            WD_ALIGN_PARAGRAPH.CENTER if block.align == "center" or block.width > 300 else None
        )
        paragraph.paragraph_format.keep_with_next = True  # with its caption
        shape = paragraph.add_run().add_picture(io.BytesIO(png_bytes(image.image)), width=width)
        doc_pr = shape._inline.docPr
        doc_pr.set("descr", block.alt)
        title = picture_title(image, block.alt)
        if title:
            doc_pr.set("title", title[:250])
        return paragraph

    def _contents(self, blocks: List[Block], page_break: bool) -> None:
        """Word's TOC field (levels 1-3, hyperlinked), its entries written in already, each with a
        PAGEREF to its heading's bookmark; Word updates the lot when it opens the document."""
        entries = [(i, b) for i, b in enumerate(blocks) if i in self.bookmarks]
        first = self.document.add_paragraph(style="toc 1")
        if page_break:
            first.paragraph_format.page_break_before = True
        _field_char(first, "begin", dirty=True)
        _instruction(first, 'TOC \\o "1-3" \\h \\z \\u')
        _field_char(first, "separate")
        paragraph = first
        for n, (index, block) in enumerate(entries):
            if n:
                paragraph = self.document.add_paragraph(style="toc {}".format(block.level))
            else:
                paragraph.style = self.document.styles["toc {}".format(block.level)]
            paragraph.add_run(block.text)
            paragraph.add_run("\t")
            _field(paragraph, "PAGEREF {} \\h".format(self.bookmarks[index]), "")
        if not entries:
            paragraph.add_run(tr("Right-click and choose Update Field to make the contents."))
        _field_char(paragraph, "end")
        _contents_control(first._p, paragraph._p)

    def _table(self, block: Block) -> None:
        from docx.enum.table import WD_TABLE_ALIGNMENT
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        rows = block.rows
        columns = max(len(r) for r in rows)
        self.counts["Table"] += 1
        caption = self._caption(heading_text(block.caption), block.page_break, "Table", self.counts["Table"])
        caption.paragraph_format.keep_with_next = True
        table = self.document.add_table(rows=len(rows), cols=columns)
        table.style = self.document.styles[TABLE_STYLE]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        widths = [self.Mm(w) for w in fitted_widths(block, self.measure)]
        for column, width in zip(table.columns, widths):
            column.width = width  # the grid LibreOffice reads; Word reads the cells' widths
        cells = table._cells  # table.cell(r, c) walks the whole table each time
        text_style = self.document.styles["Table Text"]
        heading_rows = 0
        for r, row in enumerate(rows):
            header = all(c.header for c in row)
            if header and r == heading_rows:
                heading_rows += 1
                _repeat_header(table.rows[r])
            total = not header and all(c.bold for c in row if c.text)
            for c, cell_value in enumerate(row):
                cell = cells[r * columns + c]
                cell.width = widths[c]
                paragraph = cell.paragraphs[0]
                paragraph.style = text_style
                run = paragraph.add_run(cell_value.text)
                if cell_value.bold and not header:
                    run.bold = True
                if cell_value.right:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if len(rows) <= KEEP_TOGETHER and r < len(rows) - 1:
                    paragraph.paragraph_format.keep_with_next = True  # a short table on one page
                if header:
                    _shade(cell, HEADER_FILL)
                elif total and cell_value.bold:
                    _shade(cell, TOTAL_FILL)
        _table_caption(table, heading_text(block.caption))
        self.document.add_paragraph(style="Table Text")  # the space after the table


def _contents_control(first, last) -> None:
    """The contents (with its heading) in Word's own "Table of Contents" content control, as Word
    saves it: its Update Table button."""
    from docx.oxml.ns import qn

    previous = first.getprevious()
    style = None if previous is None else previous.find("{}/{}".format(qn("w:pPr"), qn("w:pStyle")))
    if style is not None and style.get(qn("w:val")) == "TOCHeading":
        first = previous
    sdt = _element("w:sdt")
    properties = _element("w:sdtPr")
    part = _element("w:docPartObj")
    part.append(_element("w:docPartGallery", val="Table of Contents"))
    part.append(_element("w:docPartUnique"))
    properties.append(part)
    sdt.append(properties)
    content = _element("w:sdtContent")
    sdt.append(content)
    first.addprevious(sdt)
    element = first
    while element is not None:
        following = element.getnext()
        content.append(element)
        if element is last:
            break
        element = following


# -- styles and properties ----------------------------------------------------------------------------


def _element(tag: str, **attributes: str):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement(tag)
    for key, value in attributes.items():
        element.set(qn("w:" + key) if ":" not in key else qn(key), value)
    return element


def _set_font(style, size: float, bold=None, colour: Optional[str] = None, italic=None) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    font = style.font
    font.name = "Arial"  # what councils' documents use; the template's theme font otherwise
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    for key in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if fonts is not None and fonts.get(qn(key)) is not None:
            del fonts.attrib[qn(key)]
    font.size = Pt(size)
    font.bold = bold
    font.italic = italic
    if colour:
        font.color.rgb = RGBColor.from_string(colour)


def _set_language(rpr, language: str) -> None:
    from docx.oxml.ns import qn

    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    lang = _element("w:lang", val=language, eastAsia=language, bidi="ar-SA")
    # w:lang comes late in rPr; only w:eastAsianLayout, w:specVanish and w:oMath follow it.
    later = [c for c in rpr if c.tag in (qn("w:eastAsianLayout"), qn("w:specVanish"), qn("w:oMath"))]
    if later:
        later[0].addprevious(lang)
    else:
        rpr.append(lang)


def _styles(document, language: str) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    styles = document.styles
    defaults = styles.element.find(qn("w:docDefaults"))
    _set_language(defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")), language)
    normal = styles["Normal"]
    _set_font(normal, TEXT_PT)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    _set_font(styles["Title"], 26, colour=COLOUR)
    styles["Title"].paragraph_format.space_after = Pt(12)
    title_rpr = styles["Title"].element.get_or_add_rPr()
    for spacing in title_rpr.findall(qn("w:spacing")):  # the template spaces its letters out
        title_rpr.remove(spacing)
    ppr = styles["Title"].element.get_or_add_pPr()
    for border in ppr.findall(qn("w:pBdr")):  # and underlines the title
        ppr.remove(border)
    for level, size in ((1, 16), (2, 12.5), (3, 11)):
        style = styles["Heading {}".format(level)]
        _set_font(style, size, bold=True, colour=COLOUR)
        style.paragraph_format.space_before = Pt(14 if level == 1 else 10)
        style.paragraph_format.space_after = Pt(4)
        style.paragraph_format.keep_with_next = True
    _set_font(styles["TOC Heading"], 16, bold=True, colour=COLOUR)
    _set_font(styles["Caption"], TABLE_PT, bold=False, colour="495057")
    styles["Caption"].paragraph_format.space_after = Pt(6)
    for name in ("Header", "Footer"):
        _set_font(styles[name], TABLE_PT, colour="495057")
    table_text = styles.add_style("Table Text", WD_STYLE_TYPE.PARAGRAPH)
    table_text.base_style = normal
    table_text.paragraph_format.space_before = Pt(1)
    table_text.paragraph_format.space_after = Pt(1)
    table_text.paragraph_format.line_spacing = 1.0
    _set_font(table_text, TABLE_PT)
    for level in (1, 2, 3):
        toc = styles.add_style("toc {}".format(level), WD_STYLE_TYPE.PARAGRAPH)
        toc.base_style = normal
        toc.paragraph_format.left_indent = Mm(5 * (level - 1))
        toc.paragraph_format.space_after = Pt(3 if level == 1 else 1)
        toc.paragraph_format.tab_stops.add_tab_stop(Mm(170), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        toc.font.bold = level == 1 or None
        toc.element.set(qn("w:customStyle"), "0")
        toc.unhide_when_used = True
        toc.priority = 39
    _table_style(styles)
    for style in styles:
        font = getattr(style, "font", None)
        if font is not None and font.size is not None and font.size < Pt(TABLE_PT):
            font.size = Pt(TABLE_PT)  # no text smaller, whichever style an officer picks
        if style.type == WD_STYLE_TYPE.PARAGRAPH and style.element.rPr is not None:
            _set_language(style.element.rPr, language)


def _table_style(styles) -> None:
    """ "Report Table": the grid in grey, a shaded bold first row repeated on each page."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml.ns import qn

    style = styles.add_style(TABLE_STYLE, WD_STYLE_TYPE.TABLE)
    style.base_style = styles["Table Grid"]
    element = style.element
    tbl_pr = _element("w:tblPr")
    borders = _element("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(_element("w:" + side, val="single", sz="4", space="0", color="ADB5BD"))
    tbl_pr.append(borders)
    margins = _element("w:tblCellMar")
    for side, width in (("left", "57"), ("right", "57")):  # 1 mm
        margins.append(_element("w:" + side, w=width, type="dxa"))
    tbl_pr.append(margins)
    first = _element("w:tblStylePr", type="firstRow")
    run = _element("w:rPr")
    run.append(_element("w:b"))
    first.append(run)
    row = _element("w:trPr")
    row.append(_element("w:tblHeader"))
    first.append(row)
    cell = _element("w:tcPr")
    cell.append(_element("w:shd", val="clear", color="auto", fill=HEADER_FILL))
    first.append(cell)
    before = element.find(qn("w:rPr"))
    anchor = before if before is not None else element.find(qn("w:pPr"))
    if anchor is not None:
        anchor.addnext(tbl_pr)
    else:
        element.append(tbl_pr)
    element.append(first)


def _properties(document, properties: Dict[str, Any]) -> None:
    """The report's own core properties (not the template's "python-docx" of 2013), the document's
    language and app.xml; the template's thumbnail of an empty page is dropped."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.ns import qn

    core = document.core_properties
    created = properties.get("created") or datetime.datetime.now(datetime.timezone.utc)
    if created.tzinfo is not None:
        created = created.astimezone(datetime.timezone.utc).replace(tzinfo=None)
    core.title = properties.get("title") or ""
    core.author = properties.get("author") or ""
    core.subject = properties.get("subject") or ""
    core.keywords = properties.get("keywords") or ""
    core.comments = properties.get("description") or ""
    core.category = tr("Monitoring report")
    core.last_modified_by = "JLP Monitor"
    core.language = properties.get("language") or "en-GB"
    core.created = core.modified = created
    core.revision = 1
    package = document.part.package
    for key, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[key]
    settings = document.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), core.language)
    # Word updates the fields (the contents' page numbers) when it opens the document.
    update = _element("w:updateFields", val="true")
    followers = ("w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars", "w:rsids")
    for child in settings:
        if child.tag in [qn(t) for t in followers]:
            child.addprevious(update)
            break
    else:
        settings.append(update)
    for part in package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            part._blob = _app_xml(core.title).encode("utf-8")


def _app_xml(title: str) -> str:
    from xml.sax.saxutils import escape

    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        "<Application>JLP Monitor</Application><DocSecurity>0</DocSecurity>"
        '<TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr>{}</vt:lpstr></vt:vector>'
        "</TitlesOfParts><LinksUpToDate>false</LinksUpToDate></Properties>"
    ).format(escape(title))


# -- small pieces of WordprocessingML -----------------------------------------------------------------


def _shade(cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(_element("w:shd", val="clear", color="auto", fill=fill))


def _repeat_header(row) -> None:
    """The heading row repeats at the top of each page the table runs onto; it is not split."""
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(_element("w:cantSplit", val="true"))
    tr_pr.append(_element("w:tblHeader", val="true"))


def _table_caption(table, caption: str) -> None:
    """The table's title for assistive technology (Word's Alt Text of a table)."""
    if caption:
        table._tbl.tblPr.append(_element("w:tblCaption", val=caption[:250]))


def _bookmark(paragraph, name: str, number: int) -> None:
    start = _element("w:bookmarkStart", id=str(number), name=name)
    paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, start)
    paragraph._p.append(_element("w:bookmarkEnd", id=str(number)))


def _line_breaks(run, text: str) -> None:
    """The run's text with <br> as Word's line breaks."""
    run.text = ""
    for n, part in enumerate(text.split("\n")):
        if n:
            run.add_break()
        if part:
            run._r.append(_text(part))


def _text(value: str):
    from docx.oxml.ns import qn

    element = _element("w:t")
    element.set(qn("xml:space"), "preserve")
    element.text = value
    return element


def _field_char(paragraph, kind: str, dirty: bool = False) -> None:
    char = _element("w:fldChar", fldCharType=kind)
    if dirty:
        char.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}dirty", "true")
    paragraph.add_run()._r.append(char)


def _instruction(paragraph, code: str) -> None:
    from docx.oxml.ns import qn

    element = _element("w:instrText")
    element.set(qn("xml:space"), "preserve")
    element.text = " {} ".format(code)
    paragraph.add_run()._r.append(element)


def _field(paragraph, code: str, result: str) -> None:
    """A complex field: ``code``, shown as ``result`` until the word processor updates it."""
    _field_char(paragraph, "begin")
    _instruction(paragraph, code)
    _field_char(paragraph, "separate")
    paragraph.add_run()._r.append(_text(result))
    _field_char(paragraph, "end")


def _page_number_footer(paragraph) -> None:
    """ "Page N of M" with Word fields, so Word numbers the pages it lays out."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    words = tr("Page {} of {}").split("{}")
    paragraph.add_run(words[0])
    _field(paragraph, "PAGE", "1")
    paragraph.add_run(words[1] if len(words) > 1 else " / ")
    _field(paragraph, "NUMPAGES", "1")
    if len(words) > 2:
        paragraph.add_run(words[2])
