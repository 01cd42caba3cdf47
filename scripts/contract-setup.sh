#!/usr/bin/env bash
# Installs the OpenAPI contract-test validator (ajv, pinned by tests/contract/package-lock.json) into
# tests/contract/node_modules. The CTest test tst_sandbox_contract (label `contract`) needs it; without it
# the test is skipped locally and fails under CI=true.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../tests/contract"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "contract-setup: node (>= 18) and npm are required" >&2
    exit 1
fi
npm ci --no-audit --no-fund
echo "contract-setup: validator installed in $(pwd)/node_modules"
