#!/usr/bin/env bash
# Installs everything Salon Admin needs to build, run and test, from Debian 12 packages and the npm
# registry. Idempotent: packages already present are not fetched again. Run as root (or with sudo).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    # Build
    cmake ninja-build g++ pkg-config
    # The formatting check (scripts/check-format.sh, the first step of the tests)
    clang-format
    # Sanitizer and fuzz builds (AddressSanitizer, UBSan, libFuzzer)
    clang libclang-rt-14-dev
    # Qt 6.4: widgets, SQL drivers, HTTP server (the Cal.com sandbox), translations tools
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql qt6-httpserver-dev qt6-websockets-dev libgl-dev
    # API key storage in the desktop keychain
    qtkeychain-qt6-dev
    # The raw SQLite handle under Qt's driver: the main-thread SQL guard traces every statement
    # (sqlite3_trace_v2) and the change watcher counts this process's commits (core/db/SqliteHooks.cpp)
    libsqlite3-dev
    # Tests: PostgreSQL 15 server, a D-Bus session with gnome-keyring, Xvfb for screenshots
    postgresql-15 dbus dbus-x11 gnome-keyring xvfb xauth xdotool imagemagick
    # Tools the scripts use
    python3
    # Packaging (cpack -G DEB, tests/packaging): dpkg-shlibdeps finds the Qt runtime packages the .deb
    # depends on; help2man makes the man pages from --help; appstreamcli and desktop-file-validate check
    # the metainfo and the desktop entry
    dpkg-dev help2man appstream desktop-file-utils
)
# Contract tests run an OpenAPI validator from npm (ajv; Node.js >= 18, so Debian 12's nodejs 18 and npm 9
# do); a machine may already have Node.js from elsewhere.
command -v npm >/dev/null || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ -x scripts/contract-setup.sh ]; then
    scripts/contract-setup.sh
fi
