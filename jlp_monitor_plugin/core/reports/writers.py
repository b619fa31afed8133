"""Report writers for the documents Qt lays out: HTML (self-contained) and PDF (QTextDocument painted
page by page on a QPrinter, with a running header and "Page N of M"). DOCX and ODT are
``docx_writer`` and ``odt_writer`` (Word's and Writer's own structure, from the same print HTML);
XLSX and CSV are ``sheet_writers``.

The PDF is laid out by Qt's rich-text engine, which reads a subset of HTML and CSS: the templates keep
to headings, paragraphs, tables and images for it (``print`` is true in the context), and the writer
registers the images as document resources.
"""

import os
from typing import Dict, Sequence

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
)
from qgis.PyQt.QtPrintSupport import QPrinter

from .. import styling
from ..translation import tr
from .tables import Image

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


__all__ = [
    "MissingDependencyError",
    "document",
    "heading_pages",
    "write_html",
    "write_pdf",
]
