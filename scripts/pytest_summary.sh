#!/usr/bin/env bash
# pytest_summary.sh LOG: the counts of pytest's closing line in LOG, as "N passed, N failed, N skipped"
# (errors count as failed), or "no result (pytest did not finish)" when it has none.
set -euo pipefail
line=$(grep -E '^(=+ )?([0-9]+ (passed|failed|errors?|skipped|deselected|xfailed|xpassed|warnings?|rerun)(, )?)+ in [0-9.]+s|^(=+ )?no tests ran' "$1" | tail -1 || true)
if [ -z "$line" ]; then
  echo "no result (pytest did not finish)"
  exit 0
fi
count() { echo "$line" | grep -oE "[0-9]+ $1" | grep -oE '^[0-9]+' || echo 0; }
echo "$(count passed) passed, $(( $(count failed) + $(count error) )) failed, $(count skipped) skipped"
