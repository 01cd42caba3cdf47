#!/usr/bin/env bash
# The AppStream metadata and the desktop entry as software centres and menus read them.
# Usage: check-metainfo.sh RESOURCES_DIR VERSION
set -euo pipefail
resources=$1
version=$2
fail() { echo "FAIL: $*" >&2; exit 1; }

appstreamcli validate --no-net "$resources/salon-admin.metainfo.xml"
desktop-file-validate "$resources/salon-admin.desktop"
grep -q "<release version=\"$version\"" "$resources/salon-admin.metainfo.xml" \
    || fail "salon-admin.metainfo.xml has no <release version=\"$version\"> (the version in CMakeLists.txt)"
grep -q '<launchable type="desktop-id">salon-admin.desktop</launchable>' "$resources/salon-admin.metainfo.xml" \
    || fail "the metainfo does not launch salon-admin.desktop"
echo "metainfo and desktop entry valid for $version"
