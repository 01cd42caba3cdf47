#!/usr/bin/env bash
# The GUI refuses a database whose schema is newer than it knows (exit 1, the reason on stderr) and leaves
# it as it was. Arguments: CLI GUI.
set -euo pipefail
cli=$1 gui=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$cli" --db "sqlite:$dir/newer.sqlite" migrate >/dev/null
python3 - "$dir/newer.sqlite" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', '2031-01-01T00:00:00Z')")
c.commit()
PY
if "$gui" --db "sqlite:$dir/newer.sqlite" --screenshot "$dir/shot.png" 2>"$dir/err"; then
    echo "the GUI opened a newer schema" >&2
    exit 1
fi
grep -q "newer than this Salon Admin knows" "$dir/err" || { cat "$dir/err" >&2; exit 1; }
[ ! -e "$dir/shot.png" ]
python3 - "$dir/newer.sqlite" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
assert c.execute("SELECT MAX(version) FROM schema_migrations").fetchone()[0] == 999
PY
