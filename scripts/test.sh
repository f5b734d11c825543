#!/usr/bin/env bash
# Set up everything the tests need, then run them all:
#   the full pytest suite (snippets, pages, browser, PDFs) on the primary Python,
#   then the snippet suite on every Python the site claims (nox).
# Extra arguments go to the main pytest run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# System packages: Chromium for browser tests and PDFs, poppler-utils to read the PDFs back.
missing=()
command -v chromium >/dev/null 2>&1 || [ -n "${CHROMIUM_PATH:-}" ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
# The snippet runner sandboxes every snippet with bubblewrap and refuses to run without it.
command -v bwrap >/dev/null 2>&1 || missing+=(bubblewrap)
# The cheat sheets are typeset in DejaVu; the tests check the fonts embedded in the PDFs.
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "test: installing ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        echo "test: please install ${missing[*]} (Debian/Ubuntu: sudo apt-get install ${missing[*]})," >&2
        echo "      or point CHROMIUM_PATH at a Chromium binary." >&2
        exit 1
    fi
fi

source scripts/setup.sh
# Python 3.14 for nox: found on PATH, or built once from Debian's packages and cached.
source scripts/python314.sh

echo "test: full suite on $(.venv/bin/python --version)"
.venv/bin/python -m pytest "$@"

echo "test: snippets on every claimed Python (nox)"
.venv/bin/nox --no-color
