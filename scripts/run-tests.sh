#!/usr/bin/env bash
# Installs what is needed, builds with warnings as errors and runs every test with CTest:
# - a throw-away PostgreSQL 15 server on loopback (SALON_TEST_PG_URL), so database tests run on both backends;
# - a private D-Bus session with an unlocked gnome-keyring, so the QtKeychain round trip runs for real;
# - an Xvfb display for the tests that take real screenshots (widget tests use the offscreen platform).
# Extra arguments go to ctest (e.g. -R import, -L db).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

scripts/install-deps.sh
build_dir=${BUILD_DIR:-build-tests}
BUILD_DIR=$build_dir BUILD_TYPE=${BUILD_TYPE:-Debug} scripts/build.sh -DSALON_WERROR=ON -DBUILD_TESTING=ON

work=$(mktemp -d /tmp/salon-tests.XXXXXX)
chmod 755 "$work"
cleanup() { scripts/test-postgres.sh stop "$work/pg"; rm -rf "$work"; }
trap cleanup EXIT
SALON_TEST_PG_URL=$(scripts/test-postgres.sh start "$work/pg")
export SALON_TEST_PG_URL
echo "PostgreSQL for tests: $SALON_TEST_PG_URL"

# A fresh home for the keyring and settings, so no developer's real keychain or QSettings is touched.
export HOME=$work/home XDG_DATA_HOME=$work/home/.local/share XDG_CONFIG_HOME=$work/home/.config
export XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

xvfb-run -a -s "-screen 0 1400x900x24" \
    dbus-run-session -- bash "$root/scripts/ctest-in-session.sh" "$root/$build_dir" "$@"
