#!/usr/bin/env bash
# Set up .venv if needed, then serve the site with live reload on http://127.0.0.1:${PORT:-8000}/
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
exec .venv/bin/mkdocs serve --dev-addr "127.0.0.1:${PORT:-8000}" "$@"
