#!/usr/bin/env bash
# The README's test command: from a fresh clone, install what the tests need and pass them.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-test-deps.sh
npm ci
npm test
