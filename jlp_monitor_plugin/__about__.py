"""Plugin facts read from metadata.txt, so the version lives in one place."""

import configparser
import os

PLUGIN_DIR = os.path.dirname(os.path.abspath(__file__))
# Packaged, metadata.txt sits beside this file; in the source tree it is at the repository root.
_CANDIDATES = [
    os.path.join(PLUGIN_DIR, "metadata.txt"),
    os.path.join(os.path.dirname(PLUGIN_DIR), "metadata.txt"),
]


def _read_metadata():
    parser = configparser.ConfigParser(interpolation=None)
    for path in _CANDIDATES:
        if os.path.isfile(path):
            parser.read(path, encoding="utf-8")
            return dict(parser["general"])
    return {}


METADATA = _read_metadata()
__title__ = METADATA.get("name", "JLP Monitor")
__version__ = METADATA.get("version", "0.0.0")
