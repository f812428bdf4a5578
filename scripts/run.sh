#!/usr/bin/env bash
# Installs what is missing, builds, and starts My Network on its default
# SQLite store (created with demo data on first start). Extra arguments go
# to the app, e.g. ./scripts/run.sh --lang de
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
exec ./build/src/app/mynetwork "$@"
