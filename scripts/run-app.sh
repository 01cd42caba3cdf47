#!/usr/bin/env bash
# Installs what is needed, builds, and launches Salon Admin on the embedded default: an SQLite file
# and the built-in Cal.com sandbox, with the incident demo (salon-admin --demo). Extra arguments go to
# salon-admin (e.g. --db sqlite:/path/file.sqlite to open your own file instead of the demo).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
BUILD_DIR=${BUILD_DIR:-build} scripts/build.sh
app=${BUILD_DIR:-build}/app/gui/salon-admin
args=("$@")
((${#args[@]})) || args=(--demo)
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting Salon Admin on a virtual X server (Xvfb) instead." >&2
    echo "On a desktop, run it from a terminal of your session to see the window." >&2
    exec xvfb-run -a -s "-screen 0 1400x900x24" "$app" "${args[@]}"
fi
exec "$app" "${args[@]}"
