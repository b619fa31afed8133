"""Writes plugins.xml, the QGIS plugin repository file, for the packaged zip (called by package.sh).

Usage: python3 scripts/plugins_xml.py METADATA ZIP OUTPUT [BASE_URL]

METADATA is the packaged metadata.txt, ZIP the plugin zip, OUTPUT the plugins.xml to write. The zip's
download address is BASE_URL/<zip name>; without BASE_URL (or with JLP_PLUGIN_BASE_URL unset) it is
the zip's own file:// address, for a repository on a shared drive. QGIS reads the file as
pyplugin_installer does: <plugins><pyqgis_plugin name=… version=…> with the metadata as elements.
"""

import configparser
import datetime
import os
import sys
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr


def plugin_xml(metadata: Path, zip_path: Path, base_url: str = "") -> str:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(metadata, encoding="utf-8")
    meta = parser["general"]
    if base_url:
        download = base_url.rstrip("/") + "/" + zip_path.name
    else:
        download = zip_path.resolve().as_uri()
    updated = datetime.datetime.fromtimestamp(zip_path.stat().st_mtime, datetime.timezone.utc).strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )
    folder = zip_path.stem  # the plugin's folder inside the zip: QGIS names the plugin by the file name

    def text(key: str, default: str = "") -> str:
        return escape(meta.get(key, default).strip())

    elements = [
        ("description", text("description")),
        ("about", text("about")),
        ("version", text("version")),
        ("qgis_minimum_version", text("qgisMinimumVersion")),
        ("qgis_maximum_version", text("qgisMaximumVersion")),
        ("homepage", text("homepage")),
        ("file_name", escape(zip_path.name)),
        ("icon", escape(folder + "/" + meta.get("icon", "").strip())),
        ("author_name", text("author")),
        ("author_email", text("email")),
        ("download_url", escape(download)),
        ("uploaded_by", text("author")),
        ("create_date", updated),
        ("update_date", updated),
        ("experimental", text("experimental", "False")),
        ("deprecated", text("deprecated", "False")),
        ("tracker", text("tracker")),
        ("repository", text("repository")),
        ("tags", text("tags")),
        ("category", text("category")),
        ("changelog", text("changelog")),
        ("downloads", "0"),
        ("average_vote", "0"),
        ("rating_votes", "0"),
        ("external_dependencies", ""),
        ("server", "False"),
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<plugins>",
        "  <pyqgis_plugin name={} version={}>".format(
            quoteattr(meta["name"].strip()), quoteattr(meta["version"].strip())
        ),
    ]
    lines += ["    <{0}>{1}</{0}>".format(tag, value) for tag, value in elements]
    lines += ["  </pyqgis_plugin>", "</plugins>", ""]
    return "\n".join(lines)


def main(argv) -> int:
    if len(argv) not in (4, 5):
        sys.stderr.write(__doc__)
        return 2
    base = argv[4] if len(argv) == 5 else os.environ.get("JLP_PLUGIN_BASE_URL", "")
    Path(argv[3]).write_text(plugin_xml(Path(argv[1]), Path(argv[2]), base), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
