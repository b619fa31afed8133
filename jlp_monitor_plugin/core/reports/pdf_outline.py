"""What Qt's PDF leaves out and a reader needs: the report's title, its language and bookmarks.

The PDF is painted by Qt (``writers.write_pdf``: a QTextDocument on a QPrinter). Qt's PDF engine (Qt 5
and 6 alike) writes no structure tags — the PDF is untagged, for printing; the HTML report, or a PDF
saved from the DOCX by Word, is the accessible one to publish (README "Reports") — and it has no API
for document outlines or the catalog's /Lang. ``finish_pdf`` adds them after Qt has written the file,
as a PDF incremental update (ISO 32000-1, 7.5.6): the file as Qt wrote it, then a new catalog (with
/Lang, /Outlines and the outline shown on opening), a new /Info with the report's title, the outline
items and a cross-reference section pointing back to Qt's. A PDF whose structure it does not
recognise is left exactly as it was.
"""

import re
from typing import List, NamedTuple, Optional

from qgis.PyQt.QtGui import QTextDocument

PX_TO_PT = 72.0 / 96.0  # the document is laid out at 96 dpi; PDF user space is in points


class Heading(NamedTuple):
    level: int  # 1 (the title) to 3
    text: str
    page: int  # 0-based
    top: float  # from the top of the page body, in the document's pixels


def headings(doc: QTextDocument, deepest: int = 3) -> List[Heading]:
    """The document's headings (h1 to h``deepest``) with the page and place each starts."""
    found = []
    layout = doc.documentLayout()
    body_h = doc.pageSize().height()
    block = doc.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        text = " ".join(block.text().split())
        if 1 <= level <= deepest and text:
            top = layout.blockBoundingRect(block).top()
            page = int(top // body_h)
            found.append(Heading(level, text, page, top - page * body_h))
        block = block.next()
    return found


def pdf_text(text: str) -> bytes:
    """A PDF text string: UTF-16BE with its byte order mark, as hex (any character, no escaping)."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _object(data: bytes, number: int) -> Optional[bytes]:
    """The body of object ``number`` (the last definition in the file), or None."""
    found = None
    for match in re.finditer(rb"(?:^|[\r\n])%d 0 obj\s*(.*?)\s*endobj" % number, data, re.DOTALL):
        found = match.group(1)
    return found


def _dict_body(obj: bytes) -> Optional[bytes]:
    """What is between a dictionary object's outer << and >>."""
    start, end = obj.find(b"<<"), obj.rfind(b">>")
    return obj[start + 2 : end] if 0 <= start < end else None


class _Structure(NamedTuple):
    startxref: bytes
    size: int
    root: int
    info: Optional[int]
    catalog: bytes  # the catalog dictionary's body
    pages: List[int]  # the page objects, in order
    heights: List[float]  # each page's height in points


def _structure(data: bytes) -> Optional[_Structure]:
    """The parts of a PDF as Qt writes it (one cross-reference table, one flat page tree) that the
    update needs; None for any other structure."""
    trailer = data[data.rfind(b"trailer") :]
    startxref = re.search(rb"startxref\s+(\d+)", trailer)
    size = re.search(rb"/Size\s+(\d+)", trailer)
    root = re.search(rb"/Root\s+(\d+)\s+0\s+R", trailer)
    info = re.search(rb"/Info\s+(\d+)\s+0\s+R", trailer)
    if not (startxref and size and root):
        return None
    catalog = _dict_body(_object(data, int(root.group(1))) or b"")
    pages_ref = re.search(rb"/Pages\s+(\d+)\s+0\s+R", catalog or b"")
    if catalog is None or pages_ref is None:
        return None
    kids = re.search(rb"/Kids\s*\[(.*?)\]", _object(data, int(pages_ref.group(1))) or b"", re.DOTALL)
    pages = [int(n) for n in re.findall(rb"(\d+)\s+0\s+R", kids.group(1))] if kids else []
    heights = []
    for number in pages:
        page = _object(data, number) or b""
        if b"/Type /Pages" in page:
            return None  # a nested page tree: not Qt's
        box = re.search(rb"/MediaBox\s*\[\s*[-\d.]+\s+[-\d.]+\s+[-\d.]+\s+([-\d.]+)\s*\]", page)
        heights.append(float(box.group(1)) if box else 842.0)
    if not pages:
        return None
    return _Structure(
        startxref.group(1), int(size.group(1)), int(root.group(1)), int(info.group(1)) if info else None,
        catalog, pages, heights,
    )  # fmt: skip


def _outline(marks: List[Heading], pdf: _Structure, first: int, body_top_px: float) -> dict:
    """The outline's objects by number from ``first`` (the /Outlines dictionary itself): headings
    nested by level (an h3 under the h2 before it), each pointing at its page and place."""
    numbers = list(range(first + 1, first + 1 + len(marks)))
    # Each mark's parent: the nearest mark before it of a higher level (a smaller number).
    parents: List[Optional[int]] = []
    for index, mark in enumerate(marks):
        earlier = [b for b in range(index) if marks[b].level < mark.level]
        parents.append(earlier[-1] if earlier else None)
    children: dict = {None: []}  # parent index (None: the outline's root): its children's indexes
    for index, parent in enumerate(parents):
        children.setdefault(parent, []).append(index)
    objects = {}
    for index, mark in enumerate(marks):
        siblings = children[parents[index]]
        position = siblings.index(index)
        y = pdf.heights[mark.page] - (body_top_px + mark.top) * PX_TO_PT
        entries = [
            b"/Title " + pdf_text(mark.text),
            b"/Parent %d 0 R" % (first if parents[index] is None else numbers[parents[index]]),
            b"/Dest [%d 0 R /XYZ 0 %.2f null]" % (pdf.pages[mark.page], max(y, 0.0)),
        ]
        if position > 0:
            entries.append(b"/Prev %d 0 R" % numbers[siblings[position - 1]])
        if position < len(siblings) - 1:
            entries.append(b"/Next %d 0 R" % numbers[siblings[position + 1]])
        own = children.get(index, [])
        if own:
            # The title opens on its sections; a section's sub-headings start closed (negative count).
            count = len(own) if mark.level == 1 else -len(own)
            entries.append(
                b"/First %d 0 R /Last %d 0 R /Count %d" % (numbers[own[0]], numbers[own[-1]], count)
            )
        objects[numbers[index]] = b"<<\n" + b"\n".join(entries) + b"\n>>"
    top = children[None]
    visible = len(top) + sum(len(children.get(i, [])) for i in top if marks[i].level == 1)
    objects[first] = b"<<\n/Type /Outlines\n/First %d 0 R\n/Last %d 0 R\n/Count %d\n>>" % (
        numbers[top[0]], numbers[top[-1]], visible,
    )  # fmt: skip
    return objects


def finish_pdf(path: str, title: str, lang: str, marks: List[Heading], body_top_px: float) -> bool:
    """Adds the title, the language and the bookmarks ``marks`` to the PDF Qt wrote at ``path``
    (``body_top_px``: where the page body starts, from the top of the page). False when the file's
    structure is not the one Qt writes (nothing is changed then)."""
    with open(path, "rb") as handle:
        data = handle.read()
    pdf = _structure(data)
    if pdf is None:
        return False
    marks = [m for m in marks if 0 <= m.page < len(pdf.pages)]
    next_number = pdf.size
    objects = {}  # number: dictionary
    code = lang if re.fullmatch(r"[A-Za-z0-9-]{1,35}", lang or "") else "en-GB"
    extra = [b"/Lang (%s)" % code.encode("ascii"), b"/ViewerPreferences << /DisplayDocTitle true >>"]
    if marks:
        objects.update(_outline(marks, pdf, next_number, body_top_px))
        extra += [b"/Outlines %d 0 R" % next_number, b"/PageMode /UseOutlines"]
        next_number += 1 + len(marks)
    keys = rb"/(Lang|Outlines|PageMode|ViewerPreferences)\s*(\([^)]*\)|<[^<>]*>|<<.*?>>|/\w+|\d+\s+0\s+R)"
    kept = re.sub(keys, b"", pdf.catalog, flags=re.DOTALL).rstrip()
    objects[pdf.root] = b"<<" + kept + b"\n" + b"\n".join(extra) + b"\n>>"
    info = pdf.info
    if info is None:
        info, next_number = next_number, next_number + 1
    old_info = _dict_body(_object(data, info) or b"") or b""
    old_info = re.sub(rb"/Title\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)", b"", old_info).rstrip()
    objects[info] = b"<<" + old_info + b"\n/Title " + pdf_text(title) + b"\n>>"

    update = bytearray(b"\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(data) + len(update)
        update += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref_at = len(data) + len(update)
    update += b"xref\n"
    for number in sorted(offsets):  # a subsection an object: simple, and valid
        update += b"%d 1\n%010d 00000 n \n" % (number, offsets[number])
    update += b"trailer\n<<\n/Size %d\n/Root %d 0 R\n/Info %d 0 R\n/Prev %s\n>>\nstartxref\n%d\n%%%%EOF\n" % (
        next_number, pdf.root, info, pdf.startxref, xref_at,
    )  # fmt: skip
    with open(path, "ab") as handle:
        handle.write(bytes(update))
    return True
