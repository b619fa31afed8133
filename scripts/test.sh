#!/usr/bin/env bash
# README command 2: ruff, then the whole test suite in real QGIS (offscreen) twice: on the machine's
# QGIS 3.22 LTR (Debian 12), then on QGIS 3.40 LTR in a Debian 13 chroot (scripts/qgis340.sh; built
# once and cached). Both must pass. Extra arguments go to both pytest runs (e.g. scripts/test.sh -k store).
# JLP_SKIP_QGIS340=1 skips the QGIS 3.40 run (quick local runs; CI always runs it).
set -euo pipefail
{ # read whole before it runs: a checkout or merge during a run cannot change what it does
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
echo "== ruff"
.venv/bin/ruff check .

LOGS=$(mktemp -d)
trap 'rm -rf "$LOGS"' EXIT
V322=$(.venv/bin/python -c 'from qgis.core import Qgis; print(Qgis.QGIS_VERSION.split("-")[0])')
echo "== pytest on QGIS $V322"
set +e
.venv/bin/python -m pytest "$@" 2>&1 | tee "$LOGS/qgis322.log"
status322=${PIPESTATUS[0]}
set -e
summary322="== QGIS $V322: $(bash scripts/pytest_summary.sh "$LOGS/qgis322.log")"
echo "$summary322"

status340=0
if [ "${JLP_SKIP_QGIS340:-0}" = 1 ] && [ -z "${CI:-}" ]; then
  summary340="== QGIS 3.40: not run (JLP_SKIP_QGIS340=1)"
else
  set +e
  bash scripts/qgis340.sh "$@" 2>&1 | tee "$LOGS/qgis340.log"
  status340=${PIPESTATUS[0]}
  set -e
  summary340=$(grep -E '^== QGIS 3\.' "$LOGS/qgis340.log" | tail -1 || true)
  [ -n "$summary340" ] || summary340="== QGIS 3.40: FAILED before the tests ran (see the qgis340 lines above)"
fi

echo
echo "$summary322"
echo "$summary340"
# Both runs' counts on one line (the plain closing line CI reads).
total() { grep -hoE "[0-9]+ $1" "$LOGS"/*.log.counts 2>/dev/null | awk '{s+=$1} END {print s+0}'; }
for log in "$LOGS"/*.log; do bash scripts/pytest_summary.sh "$log" > "$log.counts"; done
echo "total: $(total passed) passed, $(total failed) failed, $(total skipped) skipped"
if [ "$status322" -ne 0 ] || [ "$status340" -ne 0 ]; then
  echo "FAILED: QGIS $V322 exit $status322, QGIS 3.40 exit $status340" >&2
  exit 1
fi
}
