"""The proof pipeline itself: broken and hostile snippets fail loudly, the update mode rewrites only #> lines.

The hostile fixtures under tests/fixtures/snippets/ are issue 16's reproductions: each escaped the
audit-hook guard, hung the suite, or passed while skipping lines. Each now fails with its path, line
and reason, or (for the ones only the sandbox can stop) passes because the sandbox refused it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from snippet_runner import _kept_under_tmp, sandbox_command
from snippets import ROOT

FIXTURES = Path(__file__).parent / "fixtures" / "snippets"
SECRET = "SNIPPET_TEST_SECRET"


def run_pytest(*args: str, cwd: Path = ROOT, env: dict | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "pytest_snippets", *args]
    command += ["--rootdir", str(ROOT), "-c", str(ROOT / "pyproject.toml"), "--snippet-timeout", "2"]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=120, env=env)


def fixture_paths(*names: str) -> list[str]:
    return [str(FIXTURES / name) for name in names]


BROKEN = [
    "wrong_output.py",
    "raises.py",
    "hangs.py",
    "writes_file.py",
    "network.py",
    "escapes_write_guard.py",
    "exits_early.py",
    "os_exit_early.py",
    "huge_output.py",
    "allocates_8gib.py",
    "writes_huge_file.py",
]
# Hostile, but only the sandbox can stop them: they pass when it does.
CONTAINED = ["outlives_suite.py", "network_from_subprocess.py", "sandbox_facts.py"]


@pytest.fixture(scope="module")
def broken_run() -> str:
    env = {**os.environ, SECRET: "must-not-reach-a-snippet"}
    result = run_pytest(*fixture_paths(*BROKEN, *CONTAINED), env=env)
    assert result.returncode == 1, result.stdout + result.stderr
    return result.stdout


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("wrong_output.py:4", "printed output differs from the #> lines"),
        ("wrong_output.py:4", "-#> 8\n+#> 7"),
        ("raises.py:5", "KeyError: 'pears'"),
        ("hangs.py:7", "timed out after 2 s"),
        (
            "writes_file.py:6",
            f"tried to write '{sys.prefix}/snippet-fixture-was-here.txt' outside its working directory",
        ),
        ("network.py:4", "tried to resolve 'example.com'; only loopback is allowed"),
        # Finding 1: relative to the current directory, not the one the snippet started in.
        ("escapes_write_guard.py:12", "tried to write 'snippet-fixture.pth' outside its working directory"),
        ("escapes_write_guard.py:15", "os.symlink on '"),  # the link's location, not its target
        ("escapes_write_guard.py:17", "os.link on '"),
        ("escapes_write_guard.py:19", "os.utime on '"),
        ("escapes_write_guard.py:22", "os.mkdir on 'snippet-fixture-dir' outside its working directory"),
        # Finding 7
        ("exits_early.py:6", "SystemExit(0) before the last line: lines after it never ran"),
        ("os_exit_early.py:6", "os._exit(0) before the last line: lines after it never ran"),
        # Finding 8: each limit names itself, at the snippet's line.
        ("huge_output.py:3", "printed more than 1,048,576 characters (the output limit)"),
        ("allocates_8gib.py:3", "MemoryError\n(hit the memory limit: 3 GiB of address space)"),
        ("writes_huge_file.py:3", "File too large\n(hit the file size limit: 64 MiB per file)"),
    ],
)
def test_broken_snippet_fails_with_path_line_and_reason(broken_run: str, fixture: str, expected: str) -> None:
    name = fixture.split(":")[0]
    # This fixture's failure report: the text between its "___ name ___" header and the next one.
    report = broken_run.split(f" snippet tests/fixtures/snippets/{name} ")[1].split("\n___")[0]
    located = f"tests/fixtures/snippets/{fixture}: "
    if expected.startswith(("-", "MemoryError", "File too large", "KeyError")):  # inside a diff or traceback
        assert located in report and expected in report, report
    else:
        assert located + expected in report, report


def test_broken_snippets_leave_no_trace(broken_run: str) -> None:
    assert f"{len(BROKEN)} failed, {len(CONTAINED)} passed" in broken_run
    prefix = Path(sys.prefix)
    for name in ["was-here.txt", ".pth", "symlink", "hardlink", "dir", "touched", "fifo"]:
        assert not (prefix / f"snippet-fixture-{name}").exists() and not (prefix / f"snippet-fixture{name}").exists()
    # The child started in a session of its own died with the sandbox.
    survivors = [p for p in Path("/proc").glob("[0-9]*/cmdline") if b"86399.25" in _read(p)]
    assert not survivors


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b""  # the process ended while we looked


def test_a_dead_or_frozen_server_fails_fast_and_names_the_culprit(tmp_path: Path) -> None:
    """Finding 3: killing or stopping the server used to hang pytest or bury the culprit in tracebacks."""
    host_tmp = tmp_path / "host-tmp"
    host_tmp.mkdir()
    env = {**os.environ, "TMPDIR": str(host_tmp)}
    started = time.monotonic()
    runs = {
        culprit: subprocess.Popen(
            [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "pytest_snippets", "-o", "addopts="]
            + ["--rootdir", str(ROOT), "-c", str(ROOT / "pyproject.toml"), "--snippet-timeout", "2", "-q"]
            + fixture_paths(culprit, "sandbox_facts.py", "network_from_subprocess.py"),
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for culprit in ["kills_server.py", "stops_server.py"]
    }
    outputs = {culprit: run.communicate(timeout=90)[0] for culprit, run in runs.items()}
    assert time.monotonic() - started < 60
    died = "the snippet server stopped (exit status 137) while running tests/fixtures/snippets/kills_server.py"
    frozen = "the snippet server sent nothing for 12 s (exit status -9) while running tests/fixtures/snippets/stops"
    for culprit, reason in [("kills_server.py", died), ("stops_server.py", frozen)]:
        output = outputs[culprit]
        assert runs[culprit].returncode == 1, output
        assert f"tests/fixtures/snippets/{culprit}:?: {reason}" in output
        assert "Traceback" not in output and len(output.splitlines()) < 40, output
    assert not list(host_tmp.glob("snippets-*"))  # the sandbox's /tmp vanished with it


def test_without_bubblewrap_nothing_runs(tmp_path: Path) -> None:
    """Never silently unsandboxed: a missing bwrap fails every snippet with how to install it."""
    (tmp_path / "git").symlink_to(shutil.which("git"))  # a PATH with git (the tree check) and no bwrap
    result = run_pytest(*fixture_paths("sandbox_facts.py"), env={**os.environ, "PATH": str(tmp_path)})
    assert result.returncode == 1
    assert "sandbox_facts.py:?: the snippet runner needs bubblewrap (bwrap)" in result.stdout
    assert "sudo apt-get install bubblewrap" in result.stdout


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


def test_update_mode_cannot_reach_the_working_tree(tmp_path: Path) -> None:
    """Finding 1: with --update-snippets, chdir to the repository and overwrite a tracked file."""
    target = tmp_path / "snippets" / "overwrites_repo.py"
    target.parent.mkdir()
    readme = ROOT / "README.md"
    before = readme.read_bytes()
    target.write_text(f'import os\n\nos.chdir({str(ROOT)!r})\nopen("README.md", "w").write("gone")\n')
    result = run_pytest(str(target), "--update-snippets", cwd=tmp_path)
    assert result.returncode == 1
    assert "overwrites_repo.py:4: tried to write 'README.md' outside its working directory" in result.stdout
    assert readme.read_bytes() == before


def test_a_checkout_or_interpreter_in_tmp_is_bound_back_into_the_sandbox() -> None:
    # The sandbox's /tmp is empty: a CI clone in /tmp, or a venv whose python links into /tmp,
    # must be bound back, every hop of the link included (pytest's tmp_path need not be in /tmp).
    top = Path(tempfile.mkdtemp(dir="/tmp", prefix="bind-back-"))
    try:
        interpreter = top / "cache" / "root" / "usr" / "bin" / "python3.14"
        interpreter.parent.mkdir(parents=True)
        interpreter.touch()
        (top / "cache" / "bin").mkdir()
        (top / "cache" / "bin" / "python3.14").symlink_to(interpreter)
        outside = "/opt/not-in-tmp/python"  # nothing to bind
        assert _kept_under_tmp([str(top / "cache" / "bin" / "python3.14"), outside]) == [str(top)]
        command = sandbox_command(["true"], keep=[str(interpreter)])
        after_tmpfs = command.index("/tmp") + 1
        assert command[after_tmpfs : after_tmpfs + 3] == ["--ro-bind", str(top), str(top)]
    finally:
        shutil.rmtree(top)
