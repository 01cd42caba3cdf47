#!/usr/bin/env bash
# Fails when ui/ holds SQL text or Qt Sql classes: ui/ is presentation only; queries, writes and table
# definitions live in core/ (tables/, domain/, sync/, eventtypes/...) and run in the DatabaseWorker.
#   check-ui-layer.sh SOURCE_DIR
set -euo pipefail
root=${1:-$(dirname "$0")/..}
cd "$root"
pattern='QSql(Query|Database|Record|Error|Driver|Field|Index)|runSql|\b(SELECT|INSERT INTO|DELETE FROM|CREATE TABLE|ALTER TABLE)\b|\bUPDATE [a-z_]+ SET\b|\b(WHERE|JOIN|ORDER BY|GROUP BY)\b|[a-z_.]+ (=|<|>|<=|>=|<>) \?'
if hits=$(grep -rnE "$pattern" ui --include='*.cpp' --include='*.h' --include='*.ui'); then
    echo "ui/ must not hold SQL or Qt Sql classes (move it into core/):" >&2
    echo "$hits" >&2
    exit 1
fi
echo "ui/ holds no SQL"
