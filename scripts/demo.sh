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
PY="${JLP_VENV:-$ROOT/.venv}/bin/python"  # JLP_VENV: the QGIS 3.40 chroot's venv (scripts/qgis340.sh)
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
# The plan's layers follow the standard already; permissions, red lines, completions, starts and the
# trajectory arrive as back-office extracts (CSV with day-first dates, Shapefile, XLSX, WGS84 files).
EX="$OUT/extracts"
"$PY" scripts/demo_backoffice_extract.py --source "$OUT/source" --out "$EX"
PERMISSIONS_MAP="app_ref=Application Number;lpa=LPA;address=Site Address;proposal=Proposal;permission_type=Application Type;decision_date=Decision Date;expiry_date=Expiry Date;parent_ref=Parent Application;units_proposed=Proposed Units;units_existing=Existing Units;net_units=Net Units;affordable_units=Affordable Units;brownfield=Brownfield;site_ref=Monitoring Site Ref;tag_locked=Site Locked"
run jlpmonitor:createstore "STORE=$STORE" "PRESET=jlp"
# The demo's plan area is real ONS boundaries: their attribution goes on every report map.
PYTHONPATH="$QGIS_PLUGINPATH" "$PY" scripts/demo_settings.py "$STORE" | sed 's/^/   /'
run jlpmonitor:loadstandard "INPUT=$EX/plan_layers.gpkg" "STORE=$STORE" "REJECTS=$OUT/rejects_plan_layers.csv"
run jlpmonitor:importpermissions "INPUT=$EX/uniform_permissions.csv" "STORE=$STORE" "FIELD_MAP=$PERMISSIONS_MAP" "X_FIELD=Easting" "Y_FIELD=Northing" "SOURCE_CRS=EPSG:27700" "DAY_FIRST=true" "MODE=upsert" "REJECTS=$OUT/rejects_permissions.csv"
run jlpmonitor:importboundaries "INPUT=$EX/red_lines.shp" "STORE=$STORE" "FIELD_MAP=app_ref=APP_REF" "MODE=upsert" "REJECTS=$OUT/rejects_red_lines.csv"
run jlpmonitor:importcompletions "INPUT=$EX/building_control_completions.xlsx" "STORE=$STORE" "FIELD_MAP=completion_id=Completion Ref;app_ref=Planning Ref;uprn=UPRN;address=Address;completion_date=Completion Date;monitoring_year=Monitoring Year;units=Net Units;affordable_units=Affordable Units;tenure=Tenure;source=Source" "X_FIELD=Easting" "Y_FIELD=Northing" "MODE=upsert" "REJECTS=$OUT/rejects_completions.csv"
run jlpmonitor:importstarts "INPUT=$EX/starts.csv" "STORE=$STORE" "FIELD_MAP=app_ref=Application Number;start_date=Start Date;units=Units Started" "REJECTS=$OUT/rejects_starts.csv"
run jlpmonitor:importtrajectory "INPUT=$EX/trajectory.csv" "STORE=$STORE" "FIELD_MAP=site_ref=Site Ref;app_ref=Application Number;monitoring_year=Monitoring Year;units=Projected Units;deliverable=Deliverable;source=Source;evidence=Evidence" "REJECTS=$OUT/rejects_trajectory.csv"
run jlpmonitor:importpermissions "INPUT=$EX/wgs84_permissions.csv" "STORE=$STORE" "FIELD_MAP=$PERMISSIONS_MAP" "X_FIELD=Longitude" "Y_FIELD=Latitude" "SOURCE_CRS=EPSG:4326" "REJECTS=$OUT/rejects_wgs84_permissions.csv"
run jlpmonitor:importcompletions "INPUT=$EX/wgs84_completions.geojson" "STORE=$STORE" "FIELD_MAP=completion_id=reference;app_ref=planning_ref;address=address;completion_date=completed;units=units;tenure=tenure;source=source" "REJECTS=$OUT/rejects_wgs84_completions.csv"
run jlpmonitor:tag "STORE=$STORE" "TARGETS=both"
# Completion evidence (issue 13): EPC bulk CSV, council-tax new properties, building-control certificates.
"$PY" scripts/demo_evidence_extract.py --source "$OUT/source" --out "$EX"
run jlpmonitor:importepc "INPUT=$EX/epc_certificates.csv" "STORE=$STORE" "REJECTS=$OUT/rejects_epc.csv"
run jlpmonitor:importcounciltax "INPUT=$EX/council_tax_new_properties.csv" "STORE=$STORE" "X_FIELD=Easting" "Y_FIELD=Northing" "REJECTS=$OUT/rejects_council_tax.csv"
run jlpmonitor:importbuildingcontrol "INPUT=$EX/building_control_certificates.csv" "STORE=$STORE" "REJECTS=$OUT/rejects_building_control.csv"
run jlpmonitor:matchevidence "STORE=$STORE"
# The two published positions, with late completions and a trajectory revision between them (issue 11).
PYTHONPATH="$QGIS_PLUGINPATH" "$PY" scripts/demo_positions.py "$STORE" | grep -v QStandardPaths | sed 's/^/   /'
run jlpmonitor:exportbrownfieldregister "STORE=$STORE" "LPA=PLY" "OUTPUT=$OUT/brownfield_land_register_PLY.csv"
run jlpmonitor:exportplanningdata "STORE=$STORE" "DATASET=local-plan-housing" "OUTPUT=$OUT/local-plan-housing.csv"
# NPPF Annex 2 evidence: questionnaires to the category-b sites, and the returns that came back.
# (A batch of six; leave SITES empty for every category-b site.)
run jlpmonitor:questionnaires "STORE=$STORE" "BASE_DATE=2025-03-31" "SITES=PLY36,PLY41,PLY44,PLY45,PLY58.2,TTV14" "FORMATS=pdf" "OUTPUT_FOLDER=$OUT/questionnaires"
run jlpmonitor:importreturns "INPUT=$OUT/source/returns" "STORE=$STORE" "REJECTS=$OUT/rejects_returns.csv"
run jlpmonitor:summary "STORE=$STORE" "BASE_DATE=2025-03-31" "OUTPUT_FOLDER=$OUT/summary"
# Both five-year bases: the store stays on the plan requirement (its statement says the plan is more
# than five years old); a copy on five_year_basis auto uses the demo's local housing need figure.
cp "$STORE" "$OUT/jlp_demo_store_lhn_basis.gpkg"
PYTHONPATH="$QGIS_PLUGINPATH" "$PY" scripts/demo_settings.py --lhn-basis "$OUT/jlp_demo_store_lhn_basis.gpkg" | sed 's/^/   /'
run jlpmonitor:summary "STORE=$OUT/jlp_demo_store_lhn_basis.gpkg" "BASE_DATE=2025-03-31" "OUTPUT_FOLDER=$OUT/summary_lhn_basis"
REPORT_START=$(date +%s%N)
run jlpmonitor:report "STORE=$STORE" "BASE_DATE=2025-03-31" "TEMPLATE=housing_monitoring_report" "FORMATS=html,pdf,odt,docx,xlsx,csv" "OUTPUT_FOLDER=$OUT/report"
REPORT_MS=$(( ($(date +%s%N) - REPORT_START) / 1000000 ))
run jlpmonitor:report "STORE=$STORE" "BASE_DATE=2025-03-31" "TEMPLATE=site_evidence_sheets" "FORMATS=html,pdf,xlsx" "OUTPUT_FOLDER=$OUT/evidence_sheets"
echo "   (the report took $((REPORT_MS / 1000)).$(( (REPORT_MS % 1000) / 100 )) s, qgis_process start-up included)"

run jlpmonitor:compareposition "STORE=$STORE" "FROM=Housing Position Statement 2023/24, published" "TO=Housing Position Statement 2024/25, published" "OUTPUT_FOLDER=$OUT/changes"

echo "== 5. the QGIS project"
PYTHONPATH="$QGIS_PLUGINPATH" "$PY" scripts/make_demo_project.py --store "$STORE" --project "$OUT/jlp_demo.qgz"

echo
echo "JLP Monitor demo: made in $OUT"
PYTHONPATH="$QGIS_PLUGINPATH" "$PY" scripts/describe_store.py "$STORE"
ls -1sh "$OUT" | sed 's/^/   /'
echo "Open it in QGIS (with the plugin installed from dist/jlp_monitor_plugin.zip):  qgis $OUT/jlp_demo.qgz"
