#!/usr/bin/env bash
# Installs what is needed, builds with warnings as errors and runs every test with CTest:
# - a throw-away PostgreSQL 15 server on loopback (SALON_TEST_PG_URL), so database tests run on both backends;
# - a private D-Bus session with an unlocked gnome-keyring, so the QtKeychain round trip runs for real;
# - an Xvfb display for the tests that take real screenshots (widget tests use the offscreen platform).
# Then a second stage builds salon_core, the sandbox, their tests and the fuzz targets with clang under
# AddressSanitizer + UndefinedBehaviorSanitizer in build-asan/ and runs them (SALON_SKIP_SANITIZERS=1 skips it).
# Extra arguments go to ctest (e.g. -R import, -L db).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
# A full run: a test that cannot run here (no PostgreSQL, no contract validator) fails instead of skipping.
export CI=${CI:-true}

scripts/install-deps.sh
scripts/check-format.sh
build_dir=${BUILD_DIR:-build-tests}
# Line tables only (-g1): stack traces and sanitizer reports keep file and line, while objects are half
# the size and build and link faster; build with scripts/build.sh for a debugger's full information.
debug_flags=-DCMAKE_CXX_FLAGS_DEBUG=-g1
BUILD_DIR=$build_dir BUILD_TYPE=${BUILD_TYPE:-Debug} scripts/build.sh -DSALON_WERROR=ON -DBUILD_TESTING=ON "$debug_flags"

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

run_ctest() {
    xvfb-run -a -s "-screen 0 1400x900x24" \
        dbus-run-session -- bash "$root/scripts/ctest-in-session.sh" "$@"
}
run_ctest "$root/$build_dir" "$@"

if [ "${SALON_SKIP_SANITIZERS:-0}" != 1 ]; then
    echo "== Sanitizer stage: core, sandbox and fuzz targets under ASan + UBSan (clang) =="
    BUILD_DIR=build-asan BUILD_TYPE=Debug scripts/build.sh -DCMAKE_CXX_COMPILER=clang++ -DSALON_SANITIZE=ON \
        -DSALON_FUZZ=ON -DSALON_CORE_ONLY=ON -DBUILD_TESTING=ON "$debug_flags"
    # Leak checking stays off: Qt and libpq keep process-lifetime allocations that LeakSanitizer reports.
    ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:detect_stack_use_after_return=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        run_ctest "$root/build-asan" "$@"
fi
