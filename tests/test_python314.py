"""scripts/python314.sh: which python3.14 it puts on PATH, and that it stops rather than skip.

Each case runs the script with a PATH and cache of its own, so nothing is built or downloaded:
the real build is exercised by scripts/test.sh on a machine without python3.14, and nox then
fails if the interpreter it made cannot run the snippets.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from snippets import ROOT

SCRIPT = ROOT / "scripts" / "python314.sh"


def fake_program(path: Path, body: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(0o755)
    return path


def fake_python314(path: Path) -> Path:
    # Answers the script's two questions: does it run as 3.14 (exit 0), and what version is it.
    return fake_program(path, 'case "$1" in -VV) echo "Python 3.14.0 (fake)";; esac; exit 0')


def source_script(tmp_path: Path, fakes: Path, cache: Path) -> subprocess.CompletedProcess:
    env = {
        "HOME": str(tmp_path),
        "PATH": f"{fakes}:/usr/bin:/bin",
        "PYTHON314_CACHE": str(cache),
    }
    return subprocess.run(
        ["bash", "-c", f'source "{SCRIPT}" && command -v python3.14'],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_python314_on_path_is_used_as_it_is(tmp_path: Path) -> None:
    fakes = tmp_path / "bin"
    fake_python314(fakes / "python3.14")
    result = source_script(tmp_path, fakes, tmp_path / "cache")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == str(fakes / "python3.14")
    assert "Python 3.14.0 (fake)" in result.stdout
    assert not (tmp_path / "cache").exists(), "nothing is built when PATH has one"


def test_the_cached_interpreter_is_put_on_path(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    fake_python314(cache / "bin" / "python3.14")
    result = source_script(tmp_path, tmp_path / "no-fakes", cache)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == str(cache / "bin" / "python3.14")


def test_without_root_it_stops_and_says_what_to_do(tmp_path: Path) -> None:
    fakes = tmp_path / "bin"
    fake_program(fakes / "id", "echo 1000")  # not root, whoever runs the tests
    result = source_script(tmp_path, fakes, tmp_path / "cache")
    assert result.returncode == 1
    assert "python3.14: no python3.14 on PATH, and building one needs root on Debian" in result.stderr
    assert "Put a Python 3.14 on PATH as python3.14" in result.stderr
    assert not (tmp_path / "cache").exists()


def test_a_broken_python314_on_path_is_not_trusted(tmp_path: Path) -> None:
    # A python3.14 that is really another version (or cannot start) falls through to the cache.
    fakes = tmp_path / "bin"
    fake_program(fakes / "python3.14", "exit 1")
    fake_program(fakes / "id", "echo 1000")
    result = source_script(tmp_path, fakes, tmp_path / "cache")
    assert result.returncode == 1
    assert "building one needs root" in result.stderr
