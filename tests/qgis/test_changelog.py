"""CHANGELOG.md is the one place changes are written down: the packaged metadata.txt's changelog is
made from it (scripts/changelog_metadata.py, run by scripts/package.sh); the repository's metadata.txt
holds none to go stale."""

import configparser
import importlib.util
import re
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = importlib.util.spec_from_file_location(
    "changelog_metadata", ROOT / "scripts" / "changelog_metadata.py"
)
changelog_metadata = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(changelog_metadata)

MARKDOWN = """# Changelog

All notable changes.

## 0.2.0 — 2026-04-01

### Fixed
- The `summary` of a store with **no** completions; a 20% buffer
  shown right.

## 0.1.0 — 2025-05-01

### Added
- The monitoring store.
"""


def read(text):
    # As QGIS reads it (qgis.utils: configparser with its default interpolation).
    parser = configparser.ConfigParser()
    parser.optionxform = str
    parser.read_string(text)
    return parser["general"]


def test_the_changelog_is_made_from_the_markdown():
    metadata = "[general]\nname=X\nchangelog=stale\n    stale too\nversion=0.2.0\n"
    general = read(changelog_metadata.metadata_with_changelog(metadata, MARKDOWN))
    assert general["version"] == "0.2.0" and general["name"] == "X"
    assert general["changelog"].splitlines() == [
        "0.2.0 — 2026-04-01",
        "Fixed:",
        "- The summary of a store with no completions; a 20 per cent buffer shown right.",
        "0.1.0 — 2025-05-01",
        "Added:",
        "- The monitoring store.",
    ]


def test_the_repository_metadata_has_no_changelog_of_its_own():
    assert not re.search(r"^changelog\s*=", (ROOT / "metadata.txt").read_text(encoding="utf-8"), re.M)


def test_the_packaged_changelog_is_changelog_md(packaged_zip):
    with zipfile.ZipFile(packaged_zip) as archive:
        general = read(archive.read("jlp_monitor_plugin/metadata.txt").decode("utf-8"))
    markdown = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    lines = general["changelog"].splitlines()
    assert lines == changelog_metadata.changelog_lines(markdown)
    # The latest version written down is the plugin's version.
    assert lines[0].split()[0] == general["version"]
    bullets = [line for line in markdown.splitlines() if line.startswith("- ")]
    assert len([line for line in lines if line.startswith("- ")]) == len(bullets) > 10
