"""The report as an OpenDocument text (ODT), written the way LibreOffice Writer writes its own: the
print HTML read into blocks (``document_blocks``) and written with Writer's named styles — Title,
Heading 1-3 (outline levels: the Navigator and the tagged PDF export read them), Caption with
number sequences, a table of contents Writer updates (its page numbers are cross-references to the
headings), alt text on every picture (svg:title and svg:desc), tables whose header rows repeat on
each page, table text of 9 pt, the report's own metadata (meta.xml) and the language en-GB. A4 with a
running header and "Page N of M" in the footer. Word opens it too."""

import datetime
import os
import zipfile
from typing import Any, Dict, List, Optional
from xml.sax.saxutils import escape

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
from .writers import BODY_W, MM

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
    'office:version="1.2"'
)
FONTS = (
    '<office:font-face-decls><style:font-face style:name="Arial" svg:font-family="Arial" '
    'style:font-family-generic="swiss"/></office:font-face-decls>'
)
SEQUENCES = ("Illustration", "Table", "Text", "Drawing", "Figure", "Map")


def write_odt(
    html: str,
    images: Dict[str, Image],
    path: str,
    header_text: str = "",
    properties: Optional[Dict[str, Any]] = None,
) -> str:
    """The print HTML as an ODT at ``path``; ``properties``: ``document_properties``."""
    blocks = read_blocks(html, images)
    properties = dict(properties or document_properties({}, blocks.title))
    properties["title"] = properties.get("title") or " ".join(blocks.title.split())
    builder = _OdtBuilder(images)
    body = builder.build(blocks.blocks)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {}>{}'
        "<office:automatic-styles>{}</office:automatic-styles>"
        "<office:body><office:text>{}{}</office:text></office:body></office:document-content>"
    ).format(NS, FONTS, "".join(builder.automatic), _sequence_decls(), body)
    language = properties.get("language") or "en-GB"
    styles = STYLES.format(
        ns=NS,
        fonts=FONTS,
        language=language.split("-")[0],
        country=(language.split("-") + [""])[1],
        header=escape(header_text),
        footer=_footer(),
    )
    part = path + ".part"
    try:
        with zipfile.ZipFile(part, "w") as archive:
            archive.writestr(
                "mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED
            )
            archive.writestr("content.xml", content.encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED)
            archive.writestr("styles.xml", styles.encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED)
            archive.writestr(
                "meta.xml", _meta(properties).encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED
            )
            for name, data in builder.pictures:
                archive.writestr(name, data, compress_type=zipfile.ZIP_STORED)
            archive.writestr(
                "META-INF/manifest.xml", _manifest(builder.pictures), compress_type=zipfile.ZIP_DEFLATED
            )
        os.replace(part, path)
    finally:
        if os.path.exists(part):
            os.remove(part)
    return path


def _cm(px: float) -> str:
    return "{:.3f}cm".format(px / MM / 10)


class _OdtBuilder:
    def __init__(self, images: Dict[str, Image]):
        self.images = images
        self.automatic: List[str] = list(CELL_STYLES)
        self.paragraph_styles: Dict[tuple, str] = {}
        self.pictures: List[tuple] = []  # (name in the archive, PNG bytes)
        self.picture_names: Dict[str, str] = {}
        self.bookmarks: Dict[int, str] = {}
        self.tables = 0
        self.frames = 0
        self.measure = TextWidth(9)
        self.master = "First_20_Page"  # the master page the next paragraph starts: the title page's

    def build(self, blocks: List[Block]) -> str:
        plan_pages(blocks, self.measure)
        for index, block in enumerate(blocks):
            if block.kind == "heading" and 1 <= block.level <= 3:
                self.bookmarks[index] = "_Toc{:08d}".format(index + 1)
        return "".join(self._block(index, block, blocks) for index, block in enumerate(blocks))

    def style(
        self,
        parent: str,
        page_break: bool = False,
        align: str = "",
        size: Optional[float] = None,
        space: float = 0.0,
    ) -> str:
        """An automatic paragraph style on ``parent``: a page break before, an alignment, a size, a
        space above (points); the first paragraph after a change of page style starts the new
        master page."""
        master, self.master = self.master, ""
        if not (page_break or align or size or master or space):
            return parent
        key = (parent, page_break, align, size, master, space)
        if key not in self.paragraph_styles:
            name = "P{}".format(len(self.paragraph_styles) + 1)
            paragraph = []
            if page_break:
                paragraph.append('fo:break-before="page"')
            if align:
                paragraph.append('fo:text-align="{}"'.format("center" if align == "center" else "end"))
            if space:
                paragraph.append('fo:margin-top="{:.1f}pt"'.format(space))
            text = '<style:text-properties fo:font-size="{}pt"/>'.format(size) if size else ""
            self.automatic.append(
                '<style:style style:name="{}" style:family="paragraph" style:parent-style-name="{}"{}>'
                "<style:paragraph-properties {}/>{}</style:style>".format(
                    name,
                    parent,
                    ' style:master-page-name="{}"'.format(master) if master else "",
                    " ".join(paragraph),
                    text,
                )
            )
            self.paragraph_styles[key] = name
        return self.paragraph_styles[key]

    def _block(self, index: int, block: Block, blocks: List[Block]) -> str:
        kind = block.kind
        if block.master:
            self.master = "Landscape" if block.master == "landscape" else "Standard"
        if kind == "heading":
            level = min(max(block.level, 1), 3)
            name = self.style("Heading_20_{}".format(level), block.page_break)
            text = _runs(block)
            if index in self.bookmarks:
                mark = self.bookmarks[index]
                text = '<text:bookmark-start text:name="{0}"/>{1}<text:bookmark-end text:name="{0}"/>'.format(
                    mark, text
                )
            return '<text:h text:style-name="{}" text:outline-level="{}">{}</text:h>'.format(
                name, level, text
            )
        if kind in ("title", "toc-heading", "paragraph", "bullet"):
            parent = {"title": "Title", "toc-heading": "Contents_20_Heading"}.get(kind, "Standard")
            size = block.size if kind in ("paragraph", "bullet") else None
            prefix = "• " if kind == "bullet" else ""
            return '<text:p text:style-name="{}">{}{}</text:p>'.format(
                self.style(parent, block.page_break, block.align, size, block.space_before),
                prefix,
                _runs(block),
            )
        if kind == "caption":
            return self._caption(block.text, block.page_break)
        if kind == "picture":
            return self._picture(block)
        if kind == "table":
            return self._table(block)
        if kind == "contents":
            return self._contents(blocks, block.page_break)
        return ""

    def _caption(self, text: str, page_break: bool = False, label: str = "", number: int = 0) -> str:
        parts = split_caption(text)
        if parts and not label:
            label, number, text = parts[0], int(parts[1]), parts[2]
        name = self.style("Caption", page_break)
        if not label:
            return '<text:p text:style-name="{}">{}</text:p>'.format(name, escape(text))
        return (
            '<text:p text:style-name="{name}">{label} <text:sequence text:name="{label}" '
            'text:formula="ooow:{label}+1" style:num-format="1">{number}</text:sequence>{rest}</text:p>'
        ).format(name=name, label=escape(label), number=number, rest=escape(": " + text if text else ""))

    def _picture(self, block: Block) -> str:
        image = self.images.get(block.name)
        if image is None:
            return ""
        if block.name not in self.picture_names:
            archive_name = "Pictures/{}.png".format(len(self.pictures) + 1)
            self.pictures.append((archive_name, png_bytes(image.image)))
            self.picture_names[block.name] = archive_name
        qimage = image.image
        width = min(block.width, BODY_W)
        height = width * qimage.height() / max(qimage.width(), 1)
        self.frames += 1
        align = "center" if block.align == "center" or block.width > 300 else ""
        title = picture_title(image, block.alt)
        return (
            '<text:p text:style-name="{style}"><draw:frame draw:style-name="Picture" draw:name="{name}" '
            'text:anchor-type="as-char" svg:width="{w}" svg:height="{h}" draw:z-index="0">'
            '<draw:image xlink:href="{href}" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad" '
            'draw:mime-type="image/png"/>{title}<svg:desc>{alt}</svg:desc>'
            "</draw:frame></text:p>"
        ).format(
            style=self.style("Figure", block.page_break, align),
            name="Image{}".format(self.frames),
            w=_cm(width),
            h=_cm(height),
            href=self.picture_names[block.name],
            title="<svg:title>{}</svg:title>".format(escape(title)) if title else "",
            alt=escape(block.alt),
        )

    def _contents(self, blocks: List[Block], page_break: bool) -> str:
        templates = "".join(
            '<text:table-of-content-entry-template text:outline-level="{0}" '
            'text:style-name="Contents_20_{0}">'
            '<text:index-entry-link-start text:style-name="Index_20_Link"/><text:index-entry-text/>'
            '<text:index-entry-tab-stop style:type="right" style:leader-char="."/>'
            "<text:index-entry-page-number/><text:index-entry-link-end/>"
            "</text:table-of-content-entry-template>".format(level)
            for level in (1, 2, 3)
        )
        entries = []
        for index, block in enumerate(blocks):
            if index in self.bookmarks:
                mark = self.bookmarks[index]
                entries.append(
                    '<text:p text:style-name="{style}"><text:a xlink:type="simple" xlink:href="#{mark}" '
                    'text:style-name="Index_20_Link" text:visited-style-name="Index_20_Link">{text}'
                    '<text:tab/><text:bookmark-ref text:reference-format="page" text:ref-name="{mark}">'
                    "</text:bookmark-ref></text:a></text:p>".format(
                        style=self.style("Contents_20_{}".format(block.level), page_break and not entries),
                        mark=mark,
                        text=escape(block.text),
                    )
                )
        return (
            '<text:table-of-content text:style-name="Contents" text:protected="true" text:name="{name}">'
            '<text:table-of-content-source text:outline-level="3" text:use-index-marks="false">{templates}'
            "</text:table-of-content-source><text:index-body>{entries}</text:index-body>"
            "</text:table-of-content>"
        ).format(name=escape(tr("Contents")), templates=templates, entries="".join(entries))

    def _table(self, block: Block) -> str:
        self.tables += 1
        name = "Table{}".format(self.tables)
        columns = max(len(r) for r in block.rows)
        shares = fitted_widths(block, self.measure)
        parts = [self._caption(heading_text(block.caption), block.page_break, "Table", self.tables)]
        self.automatic.append(
            '<style:style style:name="{}" style:family="table"><style:table-properties '
            'style:width="{:.1f}cm" table:align="margins" fo:margin-bottom="0.25cm" '
            'style:may-break-between-rows="{}"/></style:style>'.format(
                name, block.body / 10, "false" if len(block.rows) <= KEEP_TOGETHER else "true"
            )
        )
        for c, share in enumerate(shares):
            self.automatic.append(
                '<style:style style:name="{}.C{}" style:family="table-column"><style:table-column-properties '
                'style:column-width="{:.3f}cm" style:rel-column-width="{}*"/></style:style>'.format(
                    name, c + 1, share / 10, int(round(share * 100))
                )
            )
        parts.append('<table:table table:name="{0}" table:style-name="{0}">'.format(name))
        parts.extend(
            '<table:table-column table:style-name="{}.C{}"/>'.format(name, c + 1) for c in range(columns)
        )
        header_rows = []
        for row in block.rows:  # the header rows are the first rows, all of whose cells are headings
            if not all(c.header for c in row):
                break
            header_rows.append(row)
        body_rows = block.rows[len(header_rows) :]
        if header_rows:
            parts.append("<table:table-header-rows>")
            parts.extend(self._row(row, columns, True) for row in header_rows)
            parts.append("</table:table-header-rows>")
        parts.extend(self._row(row, columns, False) for row in body_rows)
        parts.append("</table:table>")
        return "".join(parts)

    def _row(self, row, columns: int, header: bool) -> str:
        total = not header and all(c.bold for c in row if c.text)
        cells = []
        for cell in list(row) + [None] * (columns - len(row)):
            if cell is None:
                cells.append(
                    '<table:table-cell table:style-name="CellBody">'
                    '<text:p text:style-name="Table_20_Contents"/></table:table-cell>'
                )
                continue
            style = "CellHead" if header else ("CellTotal" if total and cell.bold else "CellBody")
            paragraph = "Table_20_Heading" if header else "Table_20_Contents"
            if cell.right:
                paragraph = self.style(paragraph, align="right")
            text = escape(cell.text)
            if cell.bold and not header:
                text = '<text:span text:style-name="Strong_20_Emphasis">{}</text:span>'.format(text)
            cells.append(
                '<table:table-cell table:style-name="{}" office:value-type="string">'
                '<text:p text:style-name="{}">{}</text:p></table:table-cell>'.format(style, paragraph, text)
            )
        return "<table:table-row>{}</table:table-row>".format("".join(cells))


def _runs(block: Block) -> str:
    out = []
    for run in block.runs:
        text = "<text:line-break/>".join(escape(part) for part in run.text.split("\n"))
        text = text.replace("  ", " <text:s/>")
        if run.italic:
            text = '<text:span text:style-name="Emphasis">{}</text:span>'.format(text)
        if run.bold:
            text = '<text:span text:style-name="Strong_20_Emphasis">{}</text:span>'.format(text)
        out.append(text)
    return "".join(out)


def _sequence_decls() -> str:
    return "<text:sequence-decls>{}</text:sequence-decls>".format(
        "".join(
            '<text:sequence-decl text:display-outline-level="0" text:name="{}"/>'.format(n) for n in SEQUENCES
        )
    )


def _footer() -> str:
    words = [escape(w) for w in tr("Page {} of {}").split("{}")] + ["", "", ""]
    return (
        '{}<text:page-number text:select-page="current">1</text:page-number>{}'
        "<text:page-count>1</text:page-count>{}"
    ).format(*words[:3])


def _meta(properties: Dict[str, Any]) -> str:
    created = properties.get("created") or datetime.datetime.now(datetime.timezone.utc)
    if created.tzinfo is not None:
        created = created.astimezone(datetime.timezone.utc).replace(tzinfo=None)
    stamp = created.strftime("%Y-%m-%dT%H:%M:%S")
    keywords = "".join(
        "<meta:keyword>{}</meta:keyword>".format(escape(k.strip()))
        for k in (properties.get("keywords") or "").split(",")
        if k.strip()
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ns}><office:meta>'
        "<meta:generator>JLP Monitor</meta:generator><dc:title>{title}</dc:title>"
        "<dc:subject>{subject}</dc:subject><dc:description>{description}</dc:description>"
        "<meta:initial-creator>{author}</meta:initial-creator><dc:creator>{author}</dc:creator>"
        "<meta:creation-date>{stamp}</meta:creation-date><dc:date>{stamp}</dc:date>"
        "{keywords}<dc:language>{language}</dc:language>"
        "</office:meta></office:document-meta>"
    ).format(
        ns=NS,
        title=escape(properties.get("title") or ""),
        subject=escape(properties.get("subject") or ""),
        description=escape(properties.get("description") or ""),
        author=escape(properties.get("author") or ""),
        stamp=stamp,
        keywords=keywords,
        language=escape(properties.get("language") or "en-GB"),
    )


def _manifest(pictures: List[tuple]) -> str:
    entries = [
        ("/", "application/vnd.oasis.opendocument.text"),
        ("content.xml", "text/xml"),
        ("styles.xml", "text/xml"),
        ("meta.xml", "text/xml"),
    ] + [(name, "image/png") for name, _data in pictures]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">{}</manifest:manifest>'
    ).format(
        "".join(
            '<manifest:file-entry manifest:full-path="{}" manifest:media-type="{}"{}/>'.format(
                path, kind, ' manifest:version="1.2"' if path == "/" else ""
            )
            for path, kind in entries
        )
    )


# Cells: a grey grid, the header rows and the total row shaded (automatic styles: Writer reads
# table-cell styles only there).
CELL_STYLES = [
    '<style:style style:name="{}" style:family="table-cell"><style:table-cell-properties {}'
    'fo:border="0.5pt solid #adb5bd" fo:padding-left="0.1cm" fo:padding-right="0.1cm" '
    'fo:padding-top="0.04cm" fo:padding-bottom="0.04cm"/></style:style>'.format(
        name, 'fo:background-color="{}" '.format(fill) if fill else ""
    )
    for name, fill in (("CellHead", "#dee6ef"), ("CellBody", ""), ("CellTotal", "#f1f3f5"))
]

# Writer's named styles as Writer itself calls them (Heading_20_1 is "Heading 1", and so on).
STYLES = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {ns}>{fonts}
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties style:tab-stop-distance="1.25cm"/>
   <style:text-properties style:font-name="Arial" fo:font-size="10pt" fo:language="{language}"
    fo:country="{country}" fo:color="#212529"/>
  </style:default-style>
  <style:default-style style:family="table-cell"><style:table-cell-properties
   fo:padding="0.05cm"/></style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:line-height="115%"/>
   <style:text-properties style:font-name="Arial" fo:font-size="10pt" fo:language="{language}"
    fo:country="{country}"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"
   style:class="chapter">
   <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.4cm"/>
   <style:text-properties fo:font-size="26pt" fo:color="#1f3b57"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph"
   style:parent-style-name="Standard" style:class="text">
   <style:paragraph-properties fo:keep-with-next="always" fo:margin-top="0.45cm" fo:margin-bottom="0.15cm"/>
   <style:text-properties fo:color="#1f3b57" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1"
   style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1"
    style:class="text">
   <style:text-properties fo:font-size="16pt"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2"
   style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2"
    style:class="text">
   <style:text-properties fo:font-size="12.5pt"/>
  </style:style>
  <style:style style:name="Heading_20_3" style:display-name="Heading 3"
   style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="3"
    style:class="text">
   <style:text-properties fo:font-size="11pt"/>
  </style:style>
  <style:style style:name="Contents_20_Heading" style:display-name="Contents Heading"
   style:family="paragraph" style:parent-style-name="Heading" style:class="index">
   <style:text-properties fo:font-size="16pt"/>
  </style:style>
  <style:style style:name="Contents_20_1" style:display-name="Contents 1"
   style:family="paragraph" style:parent-style-name="Standard" style:class="index">
   <style:paragraph-properties fo:margin-left="0cm"
    fo:margin-bottom="0.1cm"><style:tab-stops><style:tab-stop style:position="17cm"
     style:type="right" style:leader-style="dotted"
      style:leader-text="."/></style:tab-stops></style:paragraph-properties>
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Contents_20_2" style:display-name="Contents 2"
   style:family="paragraph" style:parent-style-name="Standard" style:class="index">
   <style:paragraph-properties fo:margin-left="0.5cm"
    fo:margin-bottom="0.05cm"><style:tab-stops><style:tab-stop style:position="16.5cm"
     style:type="right" style:leader-style="dotted"
      style:leader-text="."/></style:tab-stops></style:paragraph-properties>
  </style:style>
  <style:style style:name="Contents_20_3" style:display-name="Contents 3"
   style:family="paragraph" style:parent-style-name="Standard" style:class="index">
   <style:paragraph-properties fo:margin-left="1cm"
    fo:margin-bottom="0.05cm"><style:tab-stops><style:tab-stop style:position="16cm"
     style:type="right" style:leader-style="dotted"
      style:leader-text="."/></style:tab-stops></style:paragraph-properties>
  </style:style>
  <style:style style:name="Caption" style:family="paragraph"
   style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-size="9pt" fo:color="#495057"/>
  </style:style>
  <style:style style:name="Figure" style:family="paragraph" style:parent-style-name="Standard"
   style:class="extra">
   <style:paragraph-properties fo:keep-with-next="always" fo:margin-bottom="0.1cm"/>
  </style:style>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents"
   style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:margin-top="0.02cm" fo:margin-bottom="0.02cm" fo:line-height="100%"/>
   <style:text-properties fo:font-size="9pt"/>
  </style:style>
  <style:style style:name="Table_20_Heading" style:display-name="Table Heading"
   style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard"
   style:class="extra">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
   <style:text-properties fo:font-size="9pt" fo:color="#495057"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"
   style:class="extra">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
   <style:text-properties fo:font-size="9pt" fo:color="#495057"/>
  </style:style>
  <style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" style:family="text">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Emphasis" style:family="text">
   <style:text-properties fo:font-style="italic"/>
  </style:style>
  <style:style style:name="Index_20_Link" style:display-name="Index Link" style:family="text"/>
  <style:style style:name="Contents" style:family="section"/>
  <style:style style:name="Picture" style:family="graphic">
   <style:graphic-properties style:vertical-pos="top" style:vertical-rel="baseline" fo:border="none"/>
  </style:style>
  <text:outline-style style:name="Outline">
   <text:outline-level-style text:level="1" style:num-format=""/>
   <text:outline-level-style text:level="2" style:num-format=""/>
   <text:outline-level-style text:level="3" style:num-format=""/>
  </text:outline-style>
 </office:styles>
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
  <style:page-layout style:name="JlpLandscape">
   <style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm"
    style:print-orientation="landscape" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm"
    fo:margin-left="2cm" fo:margin-right="2cm"/>
   <style:header-style>
    <style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/>
   </style:header-style>
   <style:footer-style>
    <style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.6cm"/>
   </style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="JlpPage">
   <style:header><text:p text:style-name="Header">{header}</text:p></style:header>
   <style:footer><text:p text:style-name="Footer">{footer}</text:p></style:footer>
  </style:master-page>
  <style:master-page style:name="First_20_Page" style:display-name="First Page"
   style:page-layout-name="JlpPage" style:next-style-name="Standard"/>
  <style:master-page style:name="Landscape" style:page-layout-name="JlpLandscape">
   <style:header><text:p text:style-name="Header">{header}</text:p></style:header>
   <style:footer><text:p text:style-name="Footer">{footer}</text:p></style:footer>
  </style:master-page>
 </office:master-styles>
</office:document-styles>
"""
