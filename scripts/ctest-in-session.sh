#!/usr/bin/env bash
# Runs inside dbus-run-session (see run-tests.sh): unlocks a gnome-keyring for the session, then ctest.
set -euo pipefail
build_dir=$1
shift
if command -v gnome-keyring-daemon >/dev/null; then
    # A throw-away password creates and unlocks the "login" collection in the fresh HOME, so no
    # prompt ever waits for a person.
    eval "$(printf 'salon-test' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
    export SALON_TEST_KEYCHAIN=1
fi
cd "$build_dir"
ctest --output-on-failure --timeout 900 -j"$(nproc)" "$@"
