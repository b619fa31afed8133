#!/usr/bin/env bash
# Installs everything JLP Monitor needs on Debian 12: QGIS 3.22 (LTR) from Debian, the build and
# test tools, and a .venv on Debian's Python with the pinned dev tools. Idempotent and quick when
# everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  python3-qgis qgis-providers qgis xvfb      # QGIS 3.22 + PyQGIS, the desktop for end-to-end tests
  python3-venv python3-pip python3-gdal      # Debian's Python 3.11 venv; GDAL bindings (demo data)
  python3-pandas python3-jinja2              # monitoring and reports (also shipped with QGIS on Windows)
  python3-docx                               # Word (DOCX) reports; pure Python, no numpy
  pyqt5-dev-tools qttools5-dev-tools         # pylupdate5 (.ts) and lrelease (.qm)
  gdal-bin poppler-utils zip unzip           # ogr2ogr, pdftotext/pdftoppm, packaging
  imagemagick xdotool                        # screenshots of the desktop under Xvfb
  postgresql-15 postgresql-15-postgis-3      # the PostGIS store: a throw-away test server (pg_test_server.sh)
  python3-psycopg2                           # the PostGIS store's SQL (QGIS ships psycopg2 on Windows too)
)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${missing[@]}"
fi

# The venv sees Debian's PyQGIS through --system-site-packages.
if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c "import qgis.core" 2>/dev/null; then
  rm -rf .venv
  /usr/bin/python3 -m venv --system-site-packages .venv
fi
REQ=requirements-dev.txt
STAMP=.venv/.requirements-dev.sha
if [ ! -f "$STAMP" ] || [ "$(sha1sum "$REQ" | cut -d' ' -f1)" != "$(cat "$STAMP")" ]; then
  echo "setup: installing Python dev tools from $REQ"
  .venv/bin/python -m pip install -q --disable-pip-version-check -r "$REQ"
  sha1sum "$REQ" | cut -d' ' -f1 > "$STAMP"
fi
echo "setup: ready ($(.venv/bin/python -c 'from qgis.core import Qgis; print("QGIS", Qgis.QGIS_VERSION)'))"
