#!/usr/bin/env bash
# README command 1: JLP Monitor doing its job on realistic demo data, headless.
# Generates the demo data, packages the plugin, installs it into a throw-away QGIS profile, and runs
# the plugin's Processing algorithms under the real qgis_process; writes demo-output/ with the
# store and a styled QGIS project (demo-output/jlp_demo.qgz).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT="${DEMO_OUTPUT:-$ROOT/demo-output}"  # DEMO_OUTPUT lets the tests run it elsewhere

bash scripts/setup.sh
PY="$ROOT/.venv/bin/python"
export QT_QPA_PLATFORM=offscreen

echo "== 1. demo data (deterministic, seed 2014)"
rm -rf "$OUT"
mkdir -p "$OUT/source"
"$PY" scripts/make_demo_data.py --out "$OUT/source"

echo "== 2. package the plugin"
bash scripts/package.sh

echo "== 3. install it into a throw-away QGIS profile"
PROFILE_HOME=$(mktemp -d)
trap 'rm -rf "$PROFILE_HOME"' EXIT
export HOME="$PROFILE_HOME"            # keeps the user's own QGIS profile untouched
export XDG_RUNTIME_DIR="$PROFILE_HOME/run" && mkdir -p -m 700 "$XDG_RUNTIME_DIR"
export QGIS_PLUGINPATH="$PROFILE_HOME/plugins"
export QGIS_CUSTOM_CONFIG_PATH="$PROFILE_HOME/qgis-config"
mkdir -p "$QGIS_PLUGINPATH"
unzip -q dist/jlp_monitor_plugin.zip -d "$QGIS_PLUGINPATH"
# Debian's /usr/bin/qgis_process wrapper passes an option the binary rejects: call the binary.
QP=/usr/bin/qgis_process.bin
"$QP" plugins enable jlp_monitor_plugin >/dev/null

run() {  # run ALGORITHM PARAM=VALUE ...: one qgis_process call, failing loudly
  local alg=$1; shift
  local args=()
  for p in "$@"; do args+=("--$p"); done
  echo "-- qgis_process run $alg"
  "$QP" run "$alg" "${args[@]}" 2>&1 | grep -vE '^(QStandardPaths|Warning: QStandardPaths|<string>:1: DeprecationWarning: setapi)' | sed 's/^/   /'
  return "${PIPESTATUS[0]}"
}

STORE="$OUT/jlp_demo_store.gpkg"
echo "== 4. run the plugin's algorithms"
run jlpmonitor:createstore "STORE=$STORE" "PRESET=jlp"
run jlpmonitor:loadstandard "INPUT=$OUT/source/demo_source.gpkg" "STORE=$STORE" "REJECTS=$OUT/rejects_demo_source.csv"
run jlpmonitor:loadstandard "INPUT=$OUT/source/demo_source_wgs84.gpkg" "STORE=$STORE" "REJECTS=$OUT/rejects_demo_source_wgs84.csv"
run jlpmonitor:tag "STORE=$STORE" "TARGETS=both"

echo "== 5. the QGIS project"
PYTHONPATH="$QGIS_PLUGINPATH" "$PY" scripts/make_demo_project.py --store "$STORE" --project "$OUT/jlp_demo.qgz"

echo
echo "JLP Monitor demo: made in $OUT"
PYTHONPATH="$QGIS_PLUGINPATH" "$PY" scripts/describe_store.py "$STORE"
ls -1sh "$OUT" | sed 's/^/   /'
echo "Open it in QGIS (with the plugin installed from dist/jlp_monitor_plugin.zip):  qgis $OUT/jlp_demo.qgz"
