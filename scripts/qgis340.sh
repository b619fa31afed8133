#!/usr/bin/env bash
# The test suite again on QGIS 3.40 LTR: Debian 13 (trixie) ships QGIS 3.40 with Python 3.13, so a
# Debian 13 chroot made with debootstrap (as root) runs the WHOLE test suite there — the same tests as
# on the machine's QGIS 3.22, PostGIS (PostgreSQL 17) and the desktop under xvfb-run included.
#
#   bash scripts/qgis340.sh [PYTEST ARGS]   build the chroot if needed, then run pytest inside it
#   bash scripts/qgis340.sh --build-only    only build (or check) the chroot
#   bash scripts/qgis340.sh --exec CMD...   one command in the chroot, in the repository (e.g. --exec
#                                           bash scripts/demo.sh: the demo made by QGIS 3.40)
#
# The chroot is built once and cached OUTSIDE the repository, in $JLP_QGIS340_ROOT
# (default /var/cache/jlp-monitor/qgis-3.40-trixie). A stamp file in it records the suite and the
# package list: packages added to the list are installed into it, any other change builds it afresh;
# the venv follows requirements-dev.txt (scripts/setup.sh); when nothing changed this step takes
# seconds. The repository is bind-mounted at /src/jlp-monitor inside (../shared, if there, at
# /src/shared, read-only), with /proc, /sys, /dev and /dev/pts, for the run; everything is unmounted
# (and every process left inside the chroot ended) on the way out, also on failure or Ctrl-C. The
# 3.40 run's desktop screenshots go to tests/artifacts/qgis-3.40/. One run at a time per chroot.
#
# Environment: JLP_QGIS340_ROOT (where the chroot lives), JLP_QGIS340_MIRROR (a Debian mirror URL for
# debootstrap and apt; default: debootstrap's), JLP_QGIS340_REBUILD=1 (build afresh).
set -euo pipefail
{ # the whole script is read before it runs: editing it (a merge, a checkout) cannot upset a running one
cd "$(dirname "$0")/.."
REPO=$(pwd)
CHROOT="${JLP_QGIS340_ROOT:-/var/cache/jlp-monitor/qgis-3.40-trixie}"
SUITE=trixie
MIRROR="${JLP_QGIS340_MIRROR:-}"
INSIDE=/src/jlp-monitor   # where the repository appears inside the chroot
VENV=/opt/jlp-venv        # the chroot's venv (Debian 13's Python 3.13 + PyQGIS 3.40, pinned dev tools)

PACKAGES=(
  qgis python3-qgis qgis-providers           # QGIS 3.40 + PyQGIS, the desktop for the end-to-end test
  python3-venv python3-pip python3-gdal      # Python 3.13 venv; GDAL bindings (demo data)
  python3-pandas python3-jinja2 python3-docx # monitoring and reports
  python3-psycopg2                           # the PostGIS store's SQL
  postgresql-17 postgresql-17-postgis-3      # the PostGIS tests' throw-away server
  pyqt5-dev-tools qttools5-dev-tools         # pylupdate5, lrelease (translations, packaging)
  gdal-bin poppler-utils zip unzip           # ogr2ogr, pdftotext/pdftoppm, packaging
  xvfb xauth imagemagick xdotool             # the desktop under xvfb-run
  ca-certificates locales-all                # pip over https; the tests' locales
  fonts-open-sans                            # QGIS 3.40's default styles' font (else it tries to download it)
)

fail() { echo "qgis340: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "needs root (debootstrap and chroot): run it as root or with sudo"
[ "$(uname -m)" = x86_64 ] || fail "made for amd64 machines (Debian 13 chroot of the same architecture)"

# One run at a time per chroot (a second one would unmount the first one's mounts): wait for it.
mkdir -p "$(dirname "$CHROOT")"
exec 9>"$CHROOT.lock"
if ! flock -n 9; then
  echo "qgis340: another run is using $CHROOT; waiting for it"
  flock 9
fi

STAMP_TEXT="suite=$SUITE variant=minbase mirror=${MIRROR:-default}
packages=${PACKAGES[*]}"

# --- mounts and processes -----------------------------------------------------------------------
mounts_under() {  # the mount points under $1, deepest first
  awk -v p="$1/" 'index($2 "/", p) == 1 {print $2}' /proc/self/mounts | sort -r
}

end_processes_in() {  # ends the processes whose root is the chroot $1 (servers, Xvfb left behind)
  local dir pid root left
  dir=$(readlink -f "$1")
  for signal in TERM KILL; do
    left=0
    for pid in $(ls /proc | grep -E '^[0-9]+$'); do
      root=$(readlink "/proc/$pid/root" 2>/dev/null) || continue
      if [ "$root" = "$dir" ]; then
        kill -s "$signal" "$pid" 2>/dev/null && left=1
      fi
    done
    [ "$left" -eq 0 ] && return 0
    sleep 2
  done
}

unmount_all() {  # everything mounted under $1, even if busy (lazy as a last resort)
  local target
  [ -d "$1" ] || return 0
  end_processes_in "$1"
  for target in $(mounts_under "$(readlink -f "$1")"); do
    umount "$target" 2>/dev/null || umount -l "$target" || echo "qgis340: could not unmount $target" >&2
  done
}

mount_system() {  # mount_system DIR: /proc, /sys, /dev, /dev/pts for apt and the tests
  local d=$1
  mount -t proc proc "$d/proc"
  mount --bind /sys "$d/sys"
  mount --bind /dev "$d/dev"
  mount --bind /dev/pts "$d/dev/pts"
  cp -L /etc/resolv.conf "$d/etc/resolv.conf"
}

in_chroot() {  # in_chroot DIR COMMAND...: a clean environment (only the machine's proxy settings pass)
  local d=$1 proxy=() name; shift
  for name in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY; do
    if [ -n "${!name:-}" ]; then proxy+=("$name=${!name}"); fi
  done
  chroot "$d" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOME=/root LANG=C.UTF-8 LC_ALL=C.UTF-8 DEBIAN_FRONTEND=noninteractive TERM="${TERM:-dumb}" \
    ${proxy[@]+"${proxy[@]}"} "$@"
}

# --- the chroot ---------------------------------------------------------------------------------
build_chroot() {
  local new="$CHROOT.new" started
  started=$(date +%s)
  echo "qgis340: building the Debian 13 chroot with QGIS 3.40 in $CHROOT (once; a few minutes)"
  if ! command -v debootstrap >/dev/null; then
    echo "qgis340: installing debootstrap"
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap \
      || fail "could not install debootstrap"
  fi
  [ -e /usr/share/debootstrap/scripts/$SUITE ] || fail "this debootstrap does not know Debian $SUITE"
  unmount_all "$new"
  [ -z "$(mounts_under "$new")" ] || fail "$new still has mounts; not removing it"
  rm -rf "$new"
  mkdir -p "$(dirname "$CHROOT")"
  trap 'unmount_all "$new"' EXIT
  debootstrap --variant=minbase "$SUITE" "$new" $MIRROR > "$new.log" 2>&1 \
    || { tail -20 "$new.log" >&2; fail "debootstrap $SUITE failed (log: $new.log)"; }
  # No services start inside the chroot while packages install.
  printf '#!/bin/sh\nexit 101\n' > "$new/usr/sbin/policy-rc.d"
  chmod +x "$new/usr/sbin/policy-rc.d"
  mount_system "$new"
  in_chroot "$new" apt-get update -q >> "$new.log" 2>&1 \
    || { tail -20 "$new.log" >&2; fail "apt-get update in the chroot failed (log: $new.log)"; }
  in_chroot "$new" apt-get install -y -q --no-install-recommends "${PACKAGES[@]}" >> "$new.log" 2>&1 \
    || { tail -30 "$new.log" >&2; fail "installing QGIS 3.40 in the chroot failed (log: $new.log)"; }
  in_chroot "$new" apt-get clean
  unmount_all "$new"
  trap - EXIT
  printf '%s\n' "$STAMP_TEXT" > "$new/.jlp-chroot-stamp"
  unmount_all "$CHROOT"
  [ -z "$(mounts_under "$CHROOT")" ] || fail "$CHROOT still has mounts; not replacing it"
  rm -rf "$CHROOT"
  mv "$new" "$CHROOT"
  mv "$new.log" "$CHROOT.log"
  echo "qgis340: chroot built in $(( $(date +%s) - started )) s (log: $CHROOT.log)"
}

add_packages() {  # packages added to the list since the chroot was built: installed into it, no rebuild
  echo "qgis340: installing the packages added to the list: $*"
  trap 'unmount_all "$CHROOT"' EXIT
  mount_system "$CHROOT"
  { in_chroot "$CHROOT" apt-get update -q && in_chroot "$CHROOT" apt-get install -y -q --no-install-recommends "$@" \
    && in_chroot "$CHROOT" apt-get clean; } >> "$CHROOT.log" 2>&1 \
    || { tail -30 "$CHROOT.log" >&2; fail "installing $* in the chroot failed (log: $CHROOT.log)"; }
  unmount_all "$CHROOT"
  trap - EXIT
  printf '%s\n' "$STAMP_TEXT" > "$CHROOT/.jlp-chroot-stamp"
}

STAMP="$CHROOT/.jlp-chroot-stamp"
if [ "${JLP_QGIS340_REBUILD:-0}" = 1 ] || [ ! -f "$STAMP" ] || [ "$(head -1 "$STAMP")" != "$(head -1 <<< "$STAMP_TEXT")" ]; then
  build_chroot
elif [ "$(cat "$STAMP")" != "$STAMP_TEXT" ]; then
  # Same suite; the package list changed. Only additions: install them. Anything removed: build afresh.
  built=" $(sed -n 's/^packages=//p' "$STAMP") "
  added=(); removed=0
  for pkg in "${PACKAGES[@]}"; do [[ "$built" == *" $pkg "* ]] || added+=("$pkg"); done
  for pkg in $built; do [[ " ${PACKAGES[*]} " == *" $pkg "* ]] || removed=1; done
  if [ "$removed" = 1 ] || [ ${#added[@]} -eq 0 ]; then build_chroot; else add_packages "${added[@]}"; fi
fi

# --- the run ------------------------------------------------------------------------------------
unmount_all "$CHROOT"   # left over from a run that was killed
ARTIFACTS="$REPO/tests/artifacts/qgis-3.40"
mkdir -p "$ARTIFACTS" "$CHROOT$INSIDE"
trap 'unmount_all "$CHROOT"' EXIT
trap 'exit 130' INT TERM
mount_system "$CHROOT"
mount --bind "$REPO" "$CHROOT$INSIDE"
mount --bind "$ARTIFACTS" "$CHROOT$INSIDE/tests/artifacts"   # keeps the 3.22 run's screenshots
if [ -d "$REPO/../shared" ]; then  # shared/ beside the repository (real data for the tests), read-only
  mkdir -p "$CHROOT$(dirname "$INSIDE")/shared"
  mount --bind "$REPO/../shared" "$CHROOT$(dirname "$INSIDE")/shared"
  mount -o remount,bind,ro "$CHROOT$(dirname "$INSIDE")/shared"
fi

# The machine's own CA certificates and pip configuration (a proxy's CA, an index) hold in the chroot too.
if [ -n "$(ls -A /usr/local/share/ca-certificates 2>/dev/null)" ] \
   && ! diff -rq /usr/local/share/ca-certificates "$CHROOT/usr/local/share/ca-certificates" >/dev/null 2>&1; then
  cp -r /usr/local/share/ca-certificates/. "$CHROOT/usr/local/share/ca-certificates/"
  in_chroot "$CHROOT" update-ca-certificates >/dev/null
fi
if [ -f /etc/pip.conf ]; then cp /etc/pip.conf "$CHROOT/etc/pip.conf"; fi
# The venv: Debian 13's Python with its PyQGIS, and requirements-dev.txt's pinned pytest, pytest-qgis,
# pytest-timeout and ruff — scripts/setup.sh makes it (again when requirements-dev.txt changes).
in_chroot "$CHROOT" JLP_VENV="$VENV" JLP_SETUP_SKIP_APT=1 QT_QPA_PLATFORM=offscreen \
  bash "$INSIDE/scripts/setup.sh" || fail "scripts/setup.sh could not make the chroot's venv $VENV"
VERSION=$(in_chroot "$CHROOT" env QT_QPA_PLATFORM=offscreen "$VENV/bin/python" -c \
  'from qgis.core import Qgis; print(Qgis.QGIS_VERSION.split("-")[0])') \
  || fail "PyQGIS does not import in the chroot ($CHROOT); rebuild with JLP_QGIS340_REBUILD=1"
echo "qgis340: ready (QGIS $VERSION, $(in_chroot "$CHROOT" python3 --version))"

if [ "${1:-}" = "--build-only" ]; then
  exit 0
fi
RUN_ENV=(QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/runtime-root JLP_VENV="$VENV" JLP_SETUP_SKIP_APT=1)
if [ "${1:-}" = "--exec" ]; then  # --exec COMMAND...: one command in the chroot, in the repository
  shift
  in_chroot "$CHROOT" "${RUN_ENV[@]}" PATH="$VENV/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
    bash -c 'mkdir -p -m 700 "$XDG_RUNTIME_DIR" && cd "$0" && "$@"' "$INSIDE" "$@"
  exit $?
fi

# scripts/setup.sh inside the chroot (the demo calls it) uses this venv and skips Debian 12's packages.
LOG=$(mktemp)
trap 'rm -f "$LOG"; unmount_all "$CHROOT"' EXIT
echo "== pytest on QGIS $VERSION (Debian 13 chroot $CHROOT)"
set +e
in_chroot "$CHROOT" "${RUN_ENV[@]}" \
  bash -c 'mkdir -p -m 700 "$XDG_RUNTIME_DIR" && cd "$0" && exec "$1/bin/python" -m pytest -p no:cacheprovider "${@:2}"' \
  "$INSIDE" "$VENV" "$@" 2>&1 | tee "$LOG"
status=${PIPESTATUS[0]}
set -e
echo "== QGIS $VERSION: $(bash scripts/pytest_summary.sh "$LOG")"
exit "$status"
}
