"""DOCX and ODT reports native to Word and Writer (issue 18 item 2): read in their XML — Title and
Heading 1-3 styles, a table-of-contents field, captions, alt text on every picture, header rows that
repeat, table text of at least 9 pt, the report's own properties, the language en-GB — and opened
by LibreOffice Writer (headless) and made PDF: the headings, the contents' page numbers and the pages
are there. The store is test_reports' small hand-made one."""

import datetime
import os
import re
import shutil
import subprocess
import zipfile
import zlib
from xml.etree import ElementTree

import pytest
from test_reports import BASE, LPA_NAMES, build_store

from jlp_monitor_plugin.core import reports
from jlp_monitor_plugin.core.reports.accessible import title_and_language
from jlp_monitor_plugin.core.reports.document_blocks import (
    Block,
    Cell,
    TextWidth,
    fitted_widths,
    image_alt,
    read_blocks,
)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
NS = {
    "w": W[1:-1],
    "wp": WP[1:-1],
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dcterms": "http://purl.org/dc/terms/",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
}
SECTIONS = [
    "Introduction", "Headline figures", "Housing completions", "Housing trajectory",
    "Progress against the housing requirement", "Five-year housing land supply", "Housing Delivery Test",
    "Allocated sites", "Lapsed and superseded permissions", "Data quality", "Maps",
]  # fmt: skip
TITLE = "Plymouth and South West Devon Joint Local Plan: Housing Monitoring Report 2024/25"


@pytest.fixture(scope="module")
def made(qgis_app, tmp_path_factory):
    pytest.importorskip("docx", reason="python-docx is not installed (Debian: python3-docx)")
    store = build_store(tmp_path_factory.mktemp("documents"))
    folder = tmp_path_factory.mktemp("documents_out")
    started = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    report = reports.make_report(store, BASE, "housing_monitoring_report", "html,docx,odt", str(folder))
    return report, started


def part(path, name):
    with zipfile.ZipFile(path) as archive:
        return ElementTree.fromstring(archive.read(name))


def docx_paragraphs(path):
    """(style id, text) of each body paragraph, in order."""
    body = part(path, "word/document.xml").find("w:body", NS)
    out = []
    for p in body.iter(W + "p"):
        style = p.find("w:pPr/w:pStyle", NS)
        text = "".join(t.text or "" for t in p.iter(W + "t"))
        out.append((style.get(W + "val") if style is not None else "", text))
    return out


# -- DOCX --------------------------------------------------------------------------------------------


def test_docx_has_title_and_heading_styles_and_a_contents_field(made):
    report, _started = made
    path = report.paths["docx"]
    paragraphs = docx_paragraphs(path)
    assert ("Title", "Housing Monitoring Report 2024/25") in paragraphs
    heading1 = [text for style, text in paragraphs if style == "Heading1"]
    assert heading1 == ["{}. {}".format(n, s) for n, s in enumerate(SECTIONS, 1)]
    assert any(style == "Heading2" for style, _text in paragraphs)  # the tables' titles under them
    assert ("TOCHeading", "Contents") in paragraphs
    document = part(path, "word/document.xml")
    instructions = " ".join(t.text for t in document.iter(W + "instrText"))
    assert 'TOC \\o "1-3" \\h' in instructions
    # Its entries are written in already (one a heading), and Word updates them when it opens the file.
    toc = [text for style, text in paragraphs if style.startswith("toc")]
    assert toc[: len(heading1)] != [] and set(heading1) <= set(toc)
    assert part(path, "word/settings.xml").find("w:updateFields", NS).get(W + "val") == "true"
    # In Word's own "Table of Contents" content control, with its heading.
    gallery = document.find(".//w:sdt/w:sdtPr/w:docPartObj/w:docPartGallery", NS)
    assert gallery.get(W + "val") == "Table of Contents"
    assert "".join(document.find(".//w:sdt/w:sdtContent/w:p", NS).itertext()) == "Contents"
    # Each heading is bookmarked, and its contents entry points at it for the page number.
    marks = {b.get(W + "name") for b in document.iter(W + "bookmarkStart")}
    assert len([m for m in marks if m.startswith("_Toc")]) == len(
        [s for s, _t in paragraphs if s.startswith("Heading")]
    )
    assert all("PAGEREF " + m in instructions for m in marks if m.startswith("_Toc"))


def test_docx_pictures_have_alt_text_and_figures_and_tables_captions(made):
    report, _started = made
    path = report.paths["docx"]
    html = open(report.paths["html"], encoding="utf-8").read()
    document = part(path, "word/document.xml")
    pictures = list(document.iter(WP + "docPr"))
    drawings = list(document.iter(W + "drawing"))
    assert len(pictures) == len(drawings) >= 7  # 4 maps, 2 charts, the cover map
    assert all((p.get("descr") or "").strip() for p in pictures)
    # The alt text is the HTML report's, picture for picture.
    html_alts = re.findall(r'<img[^>]*\balt="([^"]+)"', html)
    descrs = [p.get("descr") for p in pictures]
    assert set(descrs) <= {re.sub(r"\s+", " ", a.replace("&amp;", "&")) for a in html_alts}
    paragraphs = docx_paragraphs(path)
    captions = [text for style, text in paragraphs if style == "Caption"]
    assert "Figure 1: net completions by monitoring year and council" in captions
    assert any(c.startswith("Figure 2: housing trajectory") for c in captions)
    assert "Table 1: Headline figures" in captions
    assert not [c for c in captions if c.startswith("Produced with")]  # small print, not a caption
    # Numbers by Word's SEQ fields, one a caption.
    instructions = [t.text.strip() for t in document.iter(W + "instrText")]
    tables = document.findall(".//w:body/w:tbl", NS)
    assert instructions.count("SEQ Table \\* ARABIC") == len(tables)
    assert instructions.count("SEQ Figure \\* ARABIC") == 2 and instructions.count("SEQ Map \\* ARABIC") == 4
    assert all(t.find("w:tblPr/w:tblCaption", NS).get(W + "val") for t in tables)


def test_docx_tables_repeat_their_header_rows_in_9pt_text_or_larger(made):
    report, _started = made
    path = report.paths["docx"]
    document = part(path, "word/document.xml")
    styles = part(path, "word/styles.xml")
    tables = document.findall(".//w:body/w:tbl", NS)
    assert len(tables) >= 10
    for table in tables:
        assert table.find("w:tblPr/w:tblStyle", NS).get(W + "val") == "ReportTable"
        first = table.find("w:tr", NS)
        assert first.find("w:trPr/w:tblHeader", NS) is not None
        assert all(c.find(".//w:pStyle", NS).get(W + "val") == "TableText" for c in table.iter(W + "tc"))
    style_sizes = {
        s.get(W + "styleId"): int(s.find("w:rPr/w:sz", NS).get(W + "val"))
        for s in styles.iter(W + "style")
        if s.find("w:rPr/w:sz", NS) is not None
    }
    assert style_sizes["TableText"] == 18 and style_sizes["Caption"] == 18 and style_sizes["Normal"] == 20
    # No text anywhere below 9 pt (sizes are half-points).
    sizes = [int(e.get(W + "val")) for root in (document, styles) for e in root.iter(W + "sz")]
    assert sizes and min(sizes) >= 18
    # A short table is kept on one page: each row's text keeps with the next, but the last row's.
    headline = tables[0]
    rows = headline.findall("w:tr", NS)
    keeps = [r.find(".//w:pPr/w:keepNext", NS) is not None for r in rows]
    assert len(rows) <= 15 and keeps == [True] * (len(rows) - 1) + [False]
    # Header cells are shaded; the site schedules, too wide for a portrait page, are on landscape ones.
    sections = document.findall(".//w:sectPr", NS)
    orientations = [s.find("w:pgSz", NS).get(W + "orient") for s in sections]
    assert "landscape" in orientations and orientations[-1] != "landscape"


def test_docx_properties_are_the_reports_and_the_language_en_gb(made):
    report, started = made
    path = report.paths["docx"]
    core = part(path, "docProps/core.xml")
    assert core.find("dc:title", NS).text == TITLE
    assert core.find("dc:creator", NS).text == ", ".join(LPA_NAMES)
    assert core.find("dc:subject", NS).text == "Housing monitoring at 31 March 2025"
    assert core.find("dc:language", NS).text == "en-GB"
    created = datetime.datetime.strptime(core.find("dcterms:created", NS).text, "%Y-%m-%dT%H:%M:%SZ")
    created = created.replace(tzinfo=datetime.timezone.utc)
    assert started <= created <= datetime.datetime.now(datetime.timezone.utc)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        properties = b"".join(archive.read(n) for n in names if n.startswith("docProps/"))
        styles_xml = archive.read("word/styles.xml").decode("utf-8")
    assert b"python-docx" not in properties and b"2013-12-23" not in properties
    assert b"<Application>JLP Monitor</Application>" in properties
    assert "docProps/thumbnail.jpeg" not in names  # the template's picture of an empty page
    defaults = part(path, "word/styles.xml").find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS)
    assert defaults.get(W + "val") == "en-GB"
    assert "en-US" not in styles_xml
    assert part(path, "word/settings.xml").find("w:themeFontLang", NS).get(W + "val") == "en-GB"


@pytest.mark.parametrize("template", ["five_year_supply_statement", "site_schedule"])
def test_the_other_built_in_templates_are_structured_too(qgis_app, made, template, tmp_path):
    store = build_store(tmp_path)
    made_here = reports.make_report(store, BASE, template, "docx,odt", str(tmp_path / "out"))
    paragraphs = docx_paragraphs(made_here.paths["docx"])
    assert [s for s, _t in paragraphs].count("Title") == 1
    assert any(s == "Heading1" for s, _t in paragraphs)
    document = part(made_here.paths["docx"], "word/document.xml")
    assert all((p.get("descr") or "").strip() for p in document.iter(WP + "docPr"))
    assert all(t.find("w:tr/w:trPr/w:tblHeader", NS) is not None for t in document.iter(W + "tbl"))
    content = part(made_here.paths["odt"], "content.xml")
    assert content.findall(".//text:h", NS)
    assert all(f.find("svg:desc", NS).text for f in content.iter("{%s}frame" % NS["draw"]))


# -- ODT ---------------------------------------------------------------------------------------------


def test_odt_has_headings_contents_captions_alt_text_and_header_rows(made):
    report, _started = made
    path = report.paths["odt"]
    content = part(path, "content.xml")
    text_ns = "{%s}" % NS["text"]
    headings = [
        (h.get(text_ns + "style-name"), h.get(text_ns + "outline-level"), "".join(h.itertext()))
        for h in content.iter(text_ns + "h")
    ]
    level1 = [t for style, level, t in headings if level == "1"]
    assert level1 == ["{}. {}".format(n, s) for n, s in enumerate(SECTIONS, 1)]
    assert all(style.startswith("Heading_20_") or style.startswith("P") for style, _l, _t in headings)
    assert {level for _s, level, _t in headings} == {"1", "2"}
    title = [p for p in content.iter(text_ns + "p") if p.get(text_ns + "style-name") in ("Title",)]
    assert title or any("Title" in s for s in _parents(content, "Title"))
    toc = content.find(".//text:table-of-content", NS)
    assert (
        toc is not None and toc.find("text:table-of-content-source", NS).get(text_ns + "outline-level") == "3"
    )
    entries = ["".join(p.itertext()) for p in toc.find("text:index-body", NS)]
    assert entries == [t for _s, _l, t in headings]
    # Pictures: every frame with a title and a description (the alt text).
    frames = list(content.iter("{%s}frame" % NS["draw"]))
    assert len(frames) >= 7
    assert all(f.find("svg:desc", NS).text.strip() for f in frames)
    # A short title beside it only where the alt text does not already say it (read one after the other).
    for frame in frames:
        title = frame.find("svg:title", NS)
        assert title is None or title.text.lower() not in frame.find("svg:desc", NS).text.lower()
    captions = [
        "".join(p.itertext()) for p in content.iter(text_ns + "p") if "Caption" in _style_of(content, p)
    ]
    assert "Figure 1: net completions by monitoring year and council" in captions
    assert "Table 1: Headline figures" in captions
    tables = list(content.iter("{%s}table" % NS["table"]))
    table_styles = {
        st.get("{%s}name" % NS["style"]): st.find("style:table-properties", NS)
        for st in content.iter("{%s}style" % NS["style"])
        if st.get("{%s}family" % NS["style"]) == "table"
    }
    first = table_styles[tables[0].get("{%s}style-name" % NS["table"])]
    assert first.get("{%s}may-break-between-rows" % NS["style"]) == "false"  # a short table: one page
    assert len(tables) >= 10 and all(t.find("table:table-header-rows", NS) is not None for t in tables)
    meta = part(path, "meta.xml")
    assert meta.find(".//dc:title", NS).text == TITLE
    assert meta.find(".//dc:creator", NS).text == ", ".join(LPA_NAMES)
    assert meta.find(".//dc:language", NS).text == "en-GB"
    assert meta.find(".//meta:creation-date", NS).text.startswith(str(datetime.date.today().year))
    styles = part(path, "styles.xml")
    fo = "{%s}" % NS["fo"]
    default = styles.find(".//style:default-style[@style:family='paragraph']/style:text-properties", NS)
    assert (default.get(fo + "language"), default.get(fo + "country")) == ("en", "GB")
    sizes = [
        float(e.get(fo + "font-size")[:-2])
        for root in (styles, content)
        for e in root.iter()
        if e.get(fo + "font-size")
    ]
    assert min(sizes) >= 9


def _style_of(content, paragraph):
    """The paragraph's style and, for an automatic one, its parent."""
    text_ns = "{%s}" % NS["text"]
    name = paragraph.get(text_ns + "style-name") or ""
    return name + " " + " ".join(_parents(content, name))


def _parents(content, name):
    style_ns = "{%s}" % NS["style"]
    for style in content.iter(style_ns + "style"):
        if style.get(style_ns + "name") == name:
            yield style.get(style_ns + "parent-style-name") or ""


# -- LibreOffice ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def soffice():
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        pytest.skip("LibreOffice is not installed (scripts/setup.sh installs libreoffice-writer-nogui)")
    return path


TAGGED_PDF = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'


def to_pdf(soffice, path, folder):
    """The document opened by LibreOffice Writer, headless, and exported as a tagged PDF, as an
    officer would to publish it (its own profile, so that runs side by side do not share one)."""
    profile = folder / "lo_profile"
    subprocess.run(
        [soffice, "-env:UserInstallation=" + profile.as_uri(), "--headless", "--convert-to", TAGGED_PDF,
         "--outdir", str(folder), str(path)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    pdf = folder / (os.path.splitext(os.path.basename(path))[0] + ".pdf")
    assert pdf.exists(), "LibreOffice made no PDF of " + str(path)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return info, text


@pytest.mark.parametrize("fmt", ["docx", "odt"])
def test_libreoffice_opens_the_document_and_makes_a_pdf_with_its_headings(made, soffice, fmt, tmp_path):
    report, _started = made
    info, text = to_pdf(soffice, report.paths[fmt], tmp_path)
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert pages >= 8
    assert re.search(r"Title:\s+" + re.escape(TITLE), info)
    for n, section in enumerate(SECTIONS, 1):
        assert text.count("{}. {}".format(n, section)) >= 2  # in the contents and as the heading
    for name in LPA_NAMES:
        assert name in text
    assert "Page 2 of {}".format(pages) in text
    # The tagged PDF: the headings as H1/H2, each picture a Figure with its alt text.
    pdf = tmp_path / (os.path.splitext(os.path.basename(report.paths[fmt]))[0] + ".pdf")
    assert re.search(r"Tagged:\s+yes", info)
    structure = subprocess.run(["pdfinfo", "-struct", str(pdf)], capture_output=True, text=True).stdout
    tags = re.findall(r"^\s*(H1|H2|Figure)\b", structure, re.MULTILINE)
    assert tags.count("H1") == len(SECTIONS) and tags.count("H2") >= 5
    alts = pdf_alt_texts(pdf)
    assert len(alts) == 7 <= tags.count("Figure") and all(a.strip() for a in alts)  # 5 maps, 2 charts
    assert any("trajectory" in a.lower() for a in alts)
    if fmt == "odt":
        # Writer fills the contents' page numbers in as it lays the pages out.
        numbers = [int(m) for m in re.findall(r"^\s*\d+\. [^\n]*?\.{3,}\s*(\d+)\s*$", text, re.MULTILINE)]
        assert (
            len(numbers) == len(SECTIONS)
            and numbers == sorted(numbers)
            and 2 <= numbers[0] <= numbers[-1] <= pages
        )


def pdf_alt_texts(path):
    """The /Alt texts of a PDF's structure elements (read from its streams, inflated)."""
    data = path.read_bytes()
    chunks = [data]
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.DOTALL):
        try:
            chunks.append(zlib.decompress(match.group(1)))
        except zlib.error:
            pass
    texts = []
    for chunk in chunks:
        for raw in re.findall(rb"/Alt\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]+>)", chunk):
            if raw.startswith(b"<"):
                value = bytes.fromhex(raw[1:-1].decode("ascii"))
                texts.append(
                    value[2:].decode("utf-16-be") if value[:2] == b"\xfe\xff" else value.decode("latin-1")
                )
            else:
                texts.append(raw[1:-1].decode("latin-1"))
    return texts


# -- the blocks both writers read ------------------------------------------------------------------------


def test_the_html_is_read_into_title_headings_contents_captions_and_header_rows(qgis_app):
    class Picture:
        title, width, alt = "Map: the plan area", 640, ""

    html = (
        "<html><head><title>The &amp; title</title></head><body><h1>Report</h1>"
        '<h2 style="page-break-before: always;">Contents</h2>'
        '<table class="contents"><tr><td>1.</td></tr></table>'
        "<h2>1. First</h2><h3>Sites</h3>"
        '<table><tr><th>Site</th><th class="num">Homes</th></tr><tr><td>A</td><td align="right">5</td></tr>'
        '<tr><td>B</td><td><b>6</b></td></tr><tr class="total"><td><b>Total</b></td><td>5</td></tr></table>'
        '<p class="figure"><img src="jlp-image:map" width="640"></p><p class="caption">Map 1: the plan</p>'
        '<p style="page-break-before: always;"></p><h4>Deep</h4><p>Some <b>bold</b> text</p>'
        '<table data-caption="Moved caption"><thead><tr><th scope="col">Area</th><th scope="col">Homes</th>'
        '</tr></thead><tr><th scope="row">Plan area</th><td>7</td></tr></table>'
        '<figure><img src="jlp-image:map" alt="Homes by year"><figcaption>Chart of homes</figcaption>'
        "</figure>"
        '<p class="caption">Small print</p></body></html>'
    )
    blocks = read_blocks(html, {"map": Picture()})
    assert blocks.title == "The & title" == title_and_language(html)[0]
    kinds = [(b.kind, b.level, b.text) for b in blocks.blocks]
    assert kinds[:5] == [
        ("title", 0, "Report"), ("toc-heading", 1, "Contents"), ("contents", 0, ""),
        ("heading", 1, "1. First"), ("heading", 2, "Sites"),
    ]  # fmt: skip
    table = blocks.blocks[5]
    assert table.kind == "table" and table.caption == "Sites"
    assert [c.header for c in table.rows[0]] == [True, True] and not any(c.header for c in table.rows[1])
    assert table.rows[1][1].right and table.rows[3][0].bold and table.rows[3][1].bold  # the total row
    assert [c.bold for c in table.rows[2]] == [False, True]  # a figure the template makes bold
    picture, caption, deep = blocks.blocks[6], blocks.blocks[7], blocks.blocks[8]
    assert (picture.kind, picture.alt) == ("picture", "Map: the plan area")  # no alt: the image's title
    assert (caption.kind, caption.text) == ("caption", "Map 1: the plan")
    assert (deep.kind, deep.level, deep.page_break) == ("heading", 3, True)
    assert [(r.text, r.bold) for r in blocks.blocks[9].runs] == [
        ("Some ", False),
        ("bold", True),
        (" text", False),
    ]
    # A caption the print HTML moved into data-caption; a row header is a plain, unshaded cell.
    moved = blocks.blocks[10]
    assert moved.caption == "Moved caption" and [c.header for c in moved.rows[0]] == [True, True]
    assert not moved.rows[1][0].header and not moved.rows[1][0].bold
    # <figure> and <figcaption>; a "caption" paragraph after no figure is small print.
    tail = [(b.kind, b.text or b.alt, b.size) for b in blocks.blocks[11:]]
    assert tail == [
        ("picture", "Homes by year", None),
        ("caption", "Chart of homes", None),
        ("paragraph", "Small print", 9),
    ]


def test_alt_text_comes_from_the_img_then_the_images_alt_then_its_title():
    class Picture:
        title, alt = "Chart", "Bars of completions, 2015/16 to 2024/25"

    assert image_alt(Picture(), " Trajectory:  1,200 homes ") == "Trajectory: 1,200 homes"
    assert image_alt(Picture(), "") == "Bars of completions, 2015/16 to 2024/25"
    Picture.alt = None
    assert image_alt(Picture(), None) == "Chart"


def test_columns_are_at_least_as_wide_as_their_longest_word(qgis_app):
    measure = TextWidth(9)
    table = Block("table", widths=["80%", "10%", "10%"])
    head, body = (True, True), (False, False)
    table.rows = [
        [Cell("Site", *head, False), Cell("Under construction", *head, True), Cell("Total", *head, True)],
        [Cell("A long site name", *body, False), Cell("1,234,567", *body, True), Cell("9", *body, True)],
    ]
    widths = fitted_widths(table, measure)
    assert sum(widths) == pytest.approx(170.0)
    assert widths[1] >= measure("construction", True) + 3 and widths[2] >= measure("Total", True) + 3
    assert widths[0] > widths[1]  # the room left follows the template's shares
