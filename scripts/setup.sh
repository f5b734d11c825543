#!/usr/bin/env bash
# Create .venv (Python 3.11+) and install the pinned requirements. Sourced by serve.sh and test.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# mkdocs-jupyter imports nbconvert, which by default instantiates every installed exporter just to
# list the enabled ones in a help text: about 0.5 s of each build. This documented switch skips
# that; the HTML export the site uses is unchanged.
export NBCONVERT_DISABLE_CONFIG_EXPORTERS=1

PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "setup: need Python 3.11 or newer as \$PYTHON (found: $("$PYTHON" --version 2>&1))" >&2
    exit 1
fi
if [ ! -x .venv/bin/python ]; then
    echo "setup: creating .venv with $("$PYTHON" --version)"
    "$PYTHON" -m venv .venv
fi
# Installing is a quick no-op when requirements.txt has not changed since the last run.
stamp=.venv/.requirements.sha256
wanted=$(sha256sum requirements.txt | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    echo "setup: installing requirements.txt into .venv"
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -r requirements.txt
    .venv/bin/python -m pip check
    echo "$wanted" > "$stamp"
fi
