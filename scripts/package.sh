#!/usr/bin/env bash
# Builds dist/jlp_monitor_plugin.zip as the QGIS plugin repository expects: one top folder
# jlp_monitor_plugin/ with __init__.py, metadata.txt, LICENSE, compiled translations and the code;
# no __pycache__, .pyc or tests.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD=$(mktemp -d)
trap 'rm -rf "$BUILD"' EXIT
PKG="$BUILD/jlp_monitor_plugin"

mkdir -p "$PKG"
# Copy the package without caches or editor leftovers.
tar -C jlp_monitor_plugin --exclude='__pycache__' --exclude='*.pyc' --exclude='*.pyo' \
    --exclude='.[A-Za-z0-9_]*' --exclude='*.qm' -cf - . | tar -C "$PKG" -xf -
cp LICENSE "$PKG/"
# metadata.txt with its changelog= made from CHANGELOG.md (the one place changes are written down).
python3 scripts/changelog_metadata.py metadata.txt CHANGELOG.md > "$PKG/metadata.txt"
# The user guide the plugin's Help entry opens (JLP Monitor ▸ User guide).
mkdir -p "$PKG/docs"
cp docs/user_guide.md "$PKG/docs/"
# The plan definition schema and the example plan, for councils setting up their own plan.
cp docs/plan_file.md "$PKG/docs/"
mkdir -p "$PKG/docs/examples"
cp docs/examples/*.json "$PKG/docs/examples/"

# Translations: compile every i18n/*.ts into the package.
mkdir -p "$PKG/i18n"
LRELEASE=$(command -v lrelease || command -v lrelease-qt5 || true)
if [ -z "$LRELEASE" ]; then
  echo "package: lrelease not found (Debian package qttools5-dev-tools); run scripts/setup.sh" >&2
  exit 1
fi
for ts in i18n/*.ts; do
  "$LRELEASE" -silent "$ts" -qm "$PKG/i18n/$(basename "${ts%.ts}").qm"
done

mkdir -p dist
rm -f dist/jlp_monitor_plugin.zip
(cd "$BUILD" && zip -q -r -X "$ROOT/dist/jlp_monitor_plugin.zip" jlp_monitor_plugin)
# The plugin repository file beside the zip (IT hosts both; README "Deploying to a council's officers").
# Its download address: JLP_PLUGIN_BASE_URL/jlp_monitor_plugin.zip, or the zip's file:// address.
python3 scripts/plugins_xml.py "$PKG/metadata.txt" dist/jlp_monitor_plugin.zip dist/plugins.xml
echo "package: dist/plugins.xml (download_url $(sed -n 's:.*<download_url>\(.*\)</download_url>.*:\1:p' dist/plugins.xml))"
echo "package: dist/jlp_monitor_plugin.zip ($(du -h dist/jlp_monitor_plugin.zip | cut -f1), $(unzip -Z1 dist/jlp_monitor_plugin.zip | wc -l) entries)"
