#!/usr/bin/env bash
# Fails when a C++ file of the repository is not formatted with the root .clang-format (CI runs it first).
# `scripts/check-format.sh --fix` formats them instead.
set -euo pipefail
cd "$(dirname "$0")/.."
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files --cached --others --exclude-standard '*.cpp' '*.h')
else
    mapfile -t files < <(find app core sandbox tests ui -name '*.cpp' -o -name '*.h' | grep -v node_modules)
fi
if [ "${1:-}" = "--fix" ]; then
    clang-format -i "${files[@]}"
    exit 0
fi
if ! clang-format --dry-run -Werror "${files[@]}" 2>/tmp/clang-format.$$; then
    grep -E '^[^ ].*: (error|warning):' /tmp/clang-format.$$ | cut -d: -f1 | sort -u | sed 's/^/not formatted: /' >&2
    rm -f /tmp/clang-format.$$
    echo "Run scripts/check-format.sh --fix (clang-format $(clang-format --version | grep -o '[0-9.]*' | head -1))." >&2
    exit 1
fi
rm -f /tmp/clang-format.$$
echo "clang-format: ${#files[@]} files formatted"
