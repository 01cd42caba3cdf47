#!/usr/bin/env bash
# Builds the .deb with cpack from a build tree, checks its control fields and contents, unpacks it into a
# scratch root and runs the unpacked programs there.
# Usage: check-deb.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/salon-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

if ! (cd "$build" && cpack -G DEB -B "$work/out") >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack -G DEB failed"
fi
deb=$(echo "$work"/out/salon-admin_"$version"_*.deb)
[ -f "$deb" ] || fail "no salon-admin_${version}_*.deb in $work/out"
dpkg-deb --info "$deb"

# Depends: Debian's Qt runtime (found by dpkg-shlibdeps) and the SQL drivers Qt loads as plugins. Every
# package named is a real one, installed here, where the programs are run below.
depends=$(dpkg-deb --field "$deb" Depends)
for package in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6httpserver6 \
    libqt6keychain1 libqt6sql6-sqlite libqt6sql6-psql; do
    grep -Eq "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package: $depends"
done
while read -r package; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || fail "Depends names $package, which is not an installed Debian package"
done < <(tr ',' '\n' <<<"$depends" | sed 's/([^)]*)//g; s/|.*//; s/ //g' | grep -v '^$')

expected=(
    ./usr/bin/salon-admin
    ./usr/bin/salon-admin-cli
    ./usr/share/applications/salon-admin.desktop
    ./usr/share/icons/hicolor/scalable/apps/salon-admin.svg
    ./usr/share/icons/hicolor/32x32/apps/salon-admin.png
    ./usr/share/icons/hicolor/64x64/apps/salon-admin.png
    ./usr/share/icons/hicolor/256x256/apps/salon-admin.png
    ./usr/share/man/man1/salon-admin.1.gz
    ./usr/share/man/man1/salon-admin-cli.1.gz
    ./usr/share/doc/salon-admin/copyright
)
contents=$(dpkg-deb --contents "$deb" | awk '{print $6}')
for path in "${expected[@]}"; do
    grep -qx "$path" <<<"$contents" || fail "the package lacks $path"
done
# Named after its component id; appstreamcli validate-tree below checks that the two agree.
grep -Eq '^\./usr/share/metainfo/[^/]+\.metainfo\.xml$' <<<"$contents" || fail "the package lacks its metainfo"

root=$work/root
dpkg -x "$deb" "$root"
for program in salon-admin salon-admin-cli; do
    if readelf -d "$root/usr/bin/$program" | grep -E 'RUNPATH|RPATH' | grep -q "$build"; then
        fail "$program still looks for libraries in the build tree"
    fi
done
appstreamcli validate-tree --no-net "$root"

# The unpacked programs, on the system's Qt, in English, without a display.
run() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM -u LANGUAGE LC_ALL=C.UTF-8 HOME="$work/home" \
    XDG_CONFIG_HOME="$work/home" "$@"; }
cli_version=$(run "$root/usr/bin/salon-admin-cli" --version)
[ "$cli_version" = "salon-admin-cli $version" ] || fail "salon-admin-cli --version said: $cli_version"
gui_version=$(run "$root/usr/bin/salon-admin" --version)
[ "$gui_version" = "Salon Admin $version" ] || fail "salon-admin --version said: $gui_version"

# The man pages are the programs' --help: the options and commands are there.
man_text() { zcat "$root/usr/share/man/man1/$1.1.gz" | sed 's/\\-/-/g'; }
for word in verify-event-maps --calcom-url --team-id --json "Exit codes"; do
    man_text salon-admin-cli | grep -q -- "$word" || fail "salon-admin-cli.1 lacks \"$word\""
done
for word in --demo --db --screenshot; do
    man_text salon-admin | grep -q -- "$word" || fail "salon-admin.1 lacks \"$word\""
done
echo "$(basename "$deb"): $(du -h "$deb" | cut -f1), installs and runs ($cli_version)"
