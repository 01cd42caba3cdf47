#!/usr/bin/env bash
# Fails when a source file in core/ or ui/ has more than 600 lines: split the class (one class, one job).
#   check-file-length.sh SOURCE_DIR [LIMIT]
set -euo pipefail
root=${1:-$(dirname "$0")/..}
limit=${2:-600}
cd "$root"
long=$(find core ui \( -name '*.cpp' -o -name '*.h' \) -exec wc -l {} + | awk -v limit="$limit" '$2 != "total" && $1 > limit')
if [ -n "$long" ]; then
    echo "source files over $limit lines:" >&2
    echo "$long" >&2
    exit 1
fi
echo "no source file in core/ or ui/ is over $limit lines"
