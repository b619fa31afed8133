"""The one HTML of a report template, made for the print formats.

Templates write accessible HTML (README "Accessible reports"): each table has a ``<caption>`` and
``<th scope>`` for its column headings and for each row's first cell, and text only a screen reader
needs sits in ``class="visually-hidden"``. Qt's rich-text engine (PDF, ODT) knows none of that: it
prints a caption as a paragraph, shades a row header like a column heading and shows hidden text.
``for_print`` turns the HTML into what the print formats lay out: the caption moves into the
table's ``data-caption`` attribute (the DOCX writer may read it), a row header becomes a plain cell,
hidden text goes.
"""

import html as html_lib
import re
from typing import Tuple

_CAPTION = re.compile(r"(<table\b[^>]*?)\s*>\s*<caption\b[^>]*>(.*?)</caption>\s*", re.IGNORECASE | re.DOTALL)
_ROW_HEADER = re.compile(
    r"<th\b([^>]*?)\s+scope\s*=\s*([\"']?)row\2([^>]*)>(.*?)</th\s*>", re.IGNORECASE | re.DOTALL
)
_HIDDEN = re.compile(
    r"<span\b[^>]*\bclass\s*=\s*([\"'])[^\"']*\bvisually-hidden\b[^\"']*\1[^>]*>.*?</span\s*>",
    re.IGNORECASE | re.DOTALL,
)
_TAG = re.compile(r"<[^>]*>")


def for_print(text: str) -> str:
    """``text`` (a rendered template) as the print formats should see it; see the module's doc."""

    def caption(match) -> str:
        title = html_lib.unescape(_TAG.sub("", match.group(2))).strip()
        return '{} data-caption="{}">\n'.format(match.group(1), html_lib.escape(title, quote=True))

    text = _CAPTION.sub(caption, text)
    text = _ROW_HEADER.sub(lambda m: "<td{}{}>{}</td>".format(m.group(1), m.group(3), m.group(4)), text)
    return _HIDDEN.sub("", text)


def title_and_language(text: str) -> Tuple[str, str]:
    """The document's <title> and its <html lang> ("en-GB" when it gives none), for the PDF's and the
    other documents' properties."""
    title = re.search(r"<title\b[^>]*>(.*?)</title\s*>", text, re.IGNORECASE | re.DOTALL)
    lang = re.search(r"<html\b[^>]*?\blang\s*=\s*([\"']?)([A-Za-z0-9-]+)\1", text, re.IGNORECASE)
    plain = " ".join(html_lib.unescape(_TAG.sub("", title.group(1))).split()) if title else ""
    return plain, lang.group(2) if lang else "en-GB"
