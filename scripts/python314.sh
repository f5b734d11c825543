#!/usr/bin/env bash
# Put a working `python3.14` on PATH for nox. Sourced by test.sh.
#
# 1. A python3.14 already on PATH (GitHub's setup-python, pyenv, a distribution package) is used.
# 2. Else the one cached by an earlier run, in $PYTHON314_CACHE.
# 3. Else, as root on Debian: Debian's own python3.14 from its unstable suite, unpacked with
#    debootstrap into the cache. That binary needs a newer C library than Debian 12's, so it is
#    patched (patchelf) to load the unstable root's own loader and libraries: it then runs on the
#    host like any interpreter, with the host's files, pip settings and network namespace, and so
#    do the interpreters and subprocesses it starts.
# Anything else stops the run with what to do: the site never claims a Python that was not run.
set -euo pipefail

PYTHON314_CACHE="${PYTHON314_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/python-interview/python3.14}"

python314_works() { "$1" -c 'import sys, ssl, sqlite3, ctypes; sys.exit(sys.version_info[:2] != (3, 14))' 2>/dev/null; }

python314_fail() {
    echo "python3.14: $1" >&2
    echo "  Put a Python 3.14 on PATH as python3.14 (for example 'pyenv install 3.14' or your" >&2
    echo "  distribution's package), or run scripts/test.sh as root on Debian, which builds one from" >&2
    echo "  Debian's packages into $PYTHON314_CACHE." >&2
    exit 1
}

python314_debian_mirror() {
    # The Debian archive this machine's apt already uses (deb822 or one-line sources).
    grep -rhoE '^(URIs:[[:space:]]*|deb[[:space:]]+(\[[^]]*\][[:space:]]+)?)[^[:space:]]+/debian/?([[:space:]]|$)' \
        /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null | grep -oE '[a-z]+://[^[:space:]]+' | head -n 1 || true
}

python314_build() {
    local root="$PYTHON314_CACHE/root" work="$PYTHON314_CACHE/root.partial" mirror lib
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
        python314_fail "no python3.14 on PATH, and building one needs root on Debian"
    fi
    mirror="$(python314_debian_mirror)"
    [ -n "$mirror" ] || python314_fail "no Debian mirror found in /etc/apt/sources*"
    if ! command -v debootstrap >/dev/null 2>&1 || ! command -v patchelf >/dev/null 2>&1; then
        echo "python3.14: installing debootstrap and patchelf"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap patchelf >/dev/null
    fi
    echo "python3.14: unpacking Debian unstable's python3.14 from $mirror into $PYTHON314_CACHE (about a minute)"
    rm -rf "$work" "$root"
    mkdir -p "$PYTHON314_CACHE"
    if ! debootstrap --variant=minbase --include=python3.14,python3.14-venv sid "$work" "$mirror" \
        >"$PYTHON314_CACHE/debootstrap.log" 2>&1; then
        tail -n 20 "$PYTHON314_CACHE/debootstrap.log" >&2
        python314_fail "debootstrap failed; its log is $PYTHON314_CACHE/debootstrap.log"
    fi
    mv "$work" "$root"
    lib="$(dirname "$(ls "$root"/usr/lib/*-linux-gnu/libc.so.6 | head -n 1)")"
    # DT_RPATH (not RUNPATH) so extension modules' own dependencies also come from the root.
    patchelf --set-interpreter "$(ls "$lib"/ld-linux*.so.* | head -n 1)" --force-rpath --set-rpath "$lib" \
        "$root/usr/bin/python3.14"
    mkdir -p "$PYTHON314_CACHE/bin"
    ln -sfn "$root/usr/bin/python3.14" "$PYTHON314_CACHE/bin/python3.14"
}

if command -v python3.14 >/dev/null 2>&1 && python314_works python3.14; then
    :
elif python314_works "$PYTHON314_CACHE/bin/python3.14"; then
    export PATH="$PYTHON314_CACHE/bin:$PATH"
else
    python314_build
    python314_works "$PYTHON314_CACHE/bin/python3.14" \
        || python314_fail "the python3.14 built in $PYTHON314_CACHE does not run"
    export PATH="$PYTHON314_CACHE/bin:$PATH"
fi
echo "python3.14: $(command -v python3.14) ($(python3.14 -VV | head -n 1))"
