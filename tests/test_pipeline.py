"""The proof pipeline itself: broken snippets fail loudly, the update mode rewrites only #> lines."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from snippets import ROOT

FIXTURES = Path(__file__).parent / "fixtures" / "snippets"


def run_pytest(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "pytest_snippets", *args]
    command += ["--rootdir", str(ROOT), "-c", str(ROOT / "pyproject.toml"), "--snippet-timeout", "2"]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def broken_run() -> str:
    names = ["wrong_output.py", "raises.py", "hangs.py", "writes_file.py", "network.py"]
    result = run_pytest(*(str(FIXTURES / name) for name in names))
    assert result.returncode == 1, result.stdout + result.stderr
    return result.stdout


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("wrong_output.py:4", "printed output differs from the #> lines"),
        ("wrong_output.py:4", "-#> 8\n+#> 7"),
        ("raises.py:5", "KeyError: 'pears'"),
        ("hangs.py:7", "timed out after 2 s"),
        ("writes_file.py:5", "snippet-fixture-was-here.txt' outside its working directory"),
        ("network.py:4", "tried to resolve 'example.com'; only loopback is allowed"),
    ],
)
def test_broken_snippet_fails_with_path_line_and_reason(broken_run: str, fixture: str, expected: str) -> None:
    assert f"tests/fixtures/snippets/{fixture}: " in broken_run
    assert expected in broken_run


def test_broken_snippets_leave_no_trace(broken_run: str) -> None:
    assert "5 failed" in broken_run
    assert not (Path.home() / "snippet-fixture-was-here.txt").exists()


def test_update_mode_rewrites_only_output_lines(tmp_path: Path) -> None:
    target = tmp_path / "snippets" / "stale_output.py"
    target.parent.mkdir()
    shutil.copy(FIXTURES / "stale_output.py", target)
    before = target.read_text()

    failing = run_pytest(str(target), cwd=tmp_path)
    assert failing.returncode == 1 and "-#> ['b', 'a']" in failing.stdout
    assert "pytest --update-snippets" in failing.stdout

    updated = run_pytest(str(target), "--update-snippets", cwd=tmp_path)
    assert updated.returncode == 0, updated.stdout
    after = target.read_text()
    assert after == before.replace("#> ['b', 'a']", "#> ['a', 'b']") + "#> done\n"
    assert run_pytest(str(target), cwd=tmp_path).returncode == 0


def test_update_mode_does_not_write_a_failing_snippet(tmp_path: Path) -> None:
    target = tmp_path / "snippets" / "raises.py"
    target.parent.mkdir()
    shutil.copy(FIXTURES / "raises.py", target)
    result = run_pytest(str(target), "--update-snippets", cwd=tmp_path)
    assert result.returncode == 1
    assert target.read_text() == (FIXTURES / "raises.py").read_text()
