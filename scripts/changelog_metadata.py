"""Writes the packaged metadata.txt: the repository's metadata.txt with its ``changelog=`` made from
CHANGELOG.md, the one place changes are written down (scripts/package.sh runs this).

    python3 scripts/changelog_metadata.py metadata.txt CHANGELOG.md > build/jlp_monitor_plugin/metadata.txt

Each version heading (``## 0.1.0 — unreleased``) becomes a line, each section (``### Added``) a line
ending in a colon, and each bullet (wrapped over several lines in the Markdown) one line starting with
"- ", without Markdown's backticks and emphasis ("%" written out). Continuation lines are indented,
as QGIS and the plugin repository read metadata.txt with Python's configparser.
"""

import re
import sys
from typing import List


def changelog_lines(markdown: str) -> List[str]:
    lines: List[str] = []
    for raw in markdown.splitlines():
        text = raw.strip()
        if raw.startswith("## "):
            lines.append(_plain(raw[3:]))
        elif raw.startswith("### "):
            lines.append(_plain(raw[4:]) + ":")
        elif text.startswith("- ") and lines:
            lines.append("- " + _plain(text[2:]))
        elif text and raw.startswith(" ") and lines and lines[-1].startswith("- "):
            lines[-1] += " " + _plain(text)  # a bullet wrapped onto the next line
    return lines


def _plain(text: str) -> str:
    # "%" would break QGIS's reading of metadata.txt (configparser's interpolation)
    return re.sub(r"[`*]", "", text).replace("%", " per cent").strip()


def metadata_with_changelog(metadata: str, markdown: str) -> str:
    """``metadata`` without any changelog it holds, then ``changelog=`` from ``markdown``."""
    kept: List[str] = []
    skipping = False
    for line in metadata.splitlines():
        if line.startswith("changelog"):
            skipping = True
            continue
        if skipping and line[:1] in (" ", "\t"):
            continue
        skipping = False
        kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    entries = changelog_lines(markdown)
    if not entries:
        raise ValueError("CHANGELOG.md has no version heading (## x.y.z)")
    kept.append("changelog=" + entries[0])
    kept.extend("    " + entry for entry in entries[1:])
    return "\n".join(kept) + "\n"


def main(argv: List[str]) -> int:
    if len(argv) != 3:
        sys.stderr.write("usage: changelog_metadata.py METADATA CHANGELOG\n")
        return 2
    with open(argv[1], encoding="utf-8") as handle:
        metadata = handle.read()
    with open(argv[2], encoding="utf-8") as handle:
        markdown = handle.read()
    sys.stdout.write(metadata_with_changelog(metadata, markdown))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
