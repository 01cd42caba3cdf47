#!/usr/bin/env bash
# Fails when a tr() string in the sources is missing from translations/*.ts or untranslated there: lupdate
# runs over copies of the .ts files with the project's sources (core/, ui/, app/) and any entry it leaves
# "unfinished" is listed. Fix: cmake --build <build> --target salon-admin_lupdate, then translate.
#   translations-up-to-date.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root"/translations/salon-admin_de.ts "$root"/translations/salon-admin_en.ts "$work/"
(cd "$root" && "$lupdate" core ui app/gui app/cli -extensions cpp,h -no-obsolete -locations none \
    -ts "$work/salon-admin_de.ts" "$work/salon-admin_en.ts" >"$work/lupdate.log" 2>&1) || {
    cat "$work/lupdate.log" >&2
    exit 1
}
status=0
for ts in "$work"/*.ts; do
    missing=$(python3 - "$ts" <<'PY'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
for ctx in root.iter("context"):
    name = ctx.findtext("name")
    for msg in ctx.iter("message"):
        tr = msg.find("translation")
        if tr is not None and tr.get("type") == "unfinished":
            print(f"  {name}: {msg.findtext('source')!r}")
PY
)
    if [ -n "$missing" ]; then
        echo "$(basename "$ts"): strings in the sources without a translation:" >&2
        echo "$missing" >&2
        status=1
    fi
done
[ "$status" -eq 0 ] && echo "translations cover every tr() string of core/, ui/ and app/"
exit "$status"
