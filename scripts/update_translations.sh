#!/usr/bin/env bash
# Refreshes the i18n/*.ts sources from the code's tr() calls and the .ui files (pylupdate5), keeping
# existing translations. Translate the .ts files with Qt Linguist; scripts/package.sh compiles them.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t SOURCES < <(find jlp_monitor_plugin -name '*.py' -o -name '*.ui' | sort)
for ts in i18n/*.ts; do
  pylupdate5 -noobsolete "${SOURCES[@]}" -ts "$ts" 2>/dev/null
  echo "updated $ts"
done
