#!/usr/bin/env bash
# Installs everything JLP Monitor needs on Debian 12: QGIS 3.22 (LTR) from Debian, the build and
# test tools, and a .venv on Debian's Python with the pinned dev tools. Idempotent and quick when
# everything is already there. JLP_VENV puts the venv elsewhere; JLP_SETUP_SKIP_APT=1 skips the
# Debian 12 packages (both for the QGIS 3.40 chroot of scripts/qgis340.sh, which brings its own).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${JLP_VENV:-.venv}"

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
  debootstrap                                # the Debian 13 chroot with QGIS 3.40 (scripts/qgis340.sh)
  chromium nodejs                            # the accessibility test: axe-core in headless Chromium (tests only)
  libreoffice-writer-nogui                   # tests only: the DOCX/ODT reports opened and made PDF by Writer
)

missing=()
[ "${JLP_SETUP_SKIP_APT:-0}" = 1 ] && APT_PACKAGES=()
for pkg in ${APT_PACKAGES[@]+"${APT_PACKAGES[@]}"}; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${missing[@]}"
fi

# The accessibility test (tests/qgis/test_report_accessibility.py) runs axe-core from the npm registry in
# Debian's headless Chromium, driven by playwright-core (which downloads no browser of its own). For
# the tests only: the plugin does not use them. Installed into a cache folder outside the repository
# (JLP_A11Y_DIR), again when the pinned versions change. Debian's nodejs brings npm in a package of
# its own; NodeSource's has it inside.
A11Y_DIR="${JLP_A11Y_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/jlp-monitor/a11y}"
A11Y_PACKAGES="axe-core@4.14.1 playwright-core@1.65.1"
if [ "${JLP_SETUP_SKIP_APT:-0}" != 1 ]; then
  if ! command -v npm >/dev/null; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q npm
  fi
  if [ "$(cat "$A11Y_DIR/.packages" 2>/dev/null)" != "$A11Y_PACKAGES" ]; then
    echo "setup: installing $A11Y_PACKAGES into $A11Y_DIR (accessibility test)"
    # shellcheck disable=SC2086  # the list is split into packages on purpose
    npm install --prefix "$A11Y_DIR" --no-audit --no-fund --no-save --loglevel=error $A11Y_PACKAGES
    echo "$A11Y_PACKAGES" > "$A11Y_DIR/.packages"
  fi
fi

# The venv sees Debian's PyQGIS through --system-site-packages.
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import qgis.core" 2>/dev/null; then
  rm -rf "$VENV"
  /usr/bin/python3 -m venv --system-site-packages "$VENV"
fi
REQ=requirements-dev.txt
STAMP="$VENV/.requirements-dev.sha"
if [ ! -f "$STAMP" ] || [ "$(sha1sum "$REQ" | cut -d' ' -f1)" != "$(cat "$STAMP")" ]; then
  echo "setup: installing Python dev tools from $REQ"
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -r "$REQ"
  sha1sum "$REQ" | cut -d' ' -f1 > "$STAMP"
fi
echo "setup: ready ($("$VENV/bin/python" -c 'from qgis.core import Qgis; print("QGIS", Qgis.QGIS_VERSION)'))"
