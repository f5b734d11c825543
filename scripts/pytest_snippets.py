"""pytest plugin: every file under snippets/ is a test: it runs isolated and must print its #> lines.

No hand-written test per snippet: this plugin collects them, runs them through
the fork server in scripts/snippet_runner.py, and reports a failure as the
snippet's path and line with a diff. ``pytest --update-snippets`` rewrites the
#> lines from a real run instead.
"""

from __future__ import annotations

import os
import sys
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from snippet_runner import SandboxUnavailable, ServerDied, SnippetRunner  # scripts/ is on pythonpath
from snippets import OUTPUT_DIFFERS, ROOT, Snippet, check

CLAIM_SKIP = "snippet claims"  # the one kind of skip allowed: a version the snippet does not claim


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("snippets")
    group.addoption(
        "--update-snippets",
        action="store_true",
        help="rewrite the #> lines of snippets from a real run instead of checking them",
    )
    group.addoption("--snippet-timeout", type=float, default=10.0, help="seconds each snippet may run (10)")


def is_snippet(path: Path) -> bool:
    # snippets/ and the deliberately broken tests/fixtures/snippets/ (collected only when named)
    return path.suffix == ".py" and "snippets" in path.parent.parts


def pytest_collect_file(file_path: Path, parent: pytest.Collector):
    if is_snippet(file_path) and not parent.session.isinitpath(file_path):
        return SnippetFile.from_parent(parent, path=file_path)
    return None


@pytest.hookimpl(tryfirst=True)
def pytest_pycollect_makemodule(module_path: Path, parent: pytest.Collector):
    """A snippet named on the command line must not be imported into pytest as a test module."""
    if is_snippet(module_path):
        return SnippetFile.from_parent(parent, path=module_path)
    return None


def unmet_claim(snippet: Snippet) -> str | None:
    """Why this interpreter cannot run the snippet, or None if it can."""
    if not snippet.claims_python(sys.version_info[:2]):
        low, high = snippet.python_range()
        claimed = f"{'.'.join(map(str, low)) if low else ''}..{'.'.join(map(str, high)) if high else ''}"
        return f"{CLAIM_SKIP} Python [{claimed}), this is {sys.version_info[0]}.{sys.version_info[1]}"
    for text in snippet.requirements():
        requirement = Requirement(text)
        try:
            installed = metadata.version(requirement.name)
        except metadata.PackageNotFoundError:
            return f"{CLAIM_SKIP} {text}, which this interpreter does not have"
        if not requirement.specifier.contains(installed, prereleases=True):
            return f"{CLAIM_SKIP} {text}, this interpreter has {installed}"
    return None


class SnippetFile(pytest.File):
    def collect(self):
        yield SnippetItem.from_parent(self, name="run")


class SnippetError(Exception):
    pass


class SnippetItem(pytest.Item):
    @property
    def snippet(self) -> Snippet:
        if not hasattr(self, "_snippet"):
            self._snippet = Snippet.load(self.path)
        return self._snippet

    def setup(self) -> None:
        reason = unmet_claim(self.snippet)
        if reason:
            pytest.skip(reason)

    def runtest(self) -> None:
        try:
            result = snippet_runner(self.config).result(self.path)
        except (SandboxUnavailable, ServerDied) as error:
            raise SnippetError([(None, str(error))], None) from None
        rendered, problems = check(self.snippet, result)
        update = self.config.getoption("--update-snippets")
        output_only = all(message.startswith(OUTPUT_DIFFERS) for _, message in problems)
        if update and output_only and rendered != self.snippet.source:
            self.path.write_text(rendered, encoding="utf-8")
            return
        if problems:
            raise SnippetError(problems, result)

    def repr_failure(self, excinfo, style=None):
        if not isinstance(excinfo.value, SnippetError):
            return super().repr_failure(excinfo)
        problems, result = excinfo.value.args
        lines = []
        for line, message in problems:
            lines.append(f"{self.snippet.display_path}:{line or '?'}: {message}")
        if any(message.startswith(OUTPUT_DIFFERS) for _, message in problems):
            lines.append(f"If the new output is right: pytest --update-snippets {self.snippet.display_path}")
        if result is not None:
            lines.append(f"(hash seed {snippet_runner(self.config).hash_seed}: sort sets before printing them)")
        return "\n".join(lines)

    def reportinfo(self):
        return self.path, None, f"snippet {self.snippet.display_path}"


def snippet_runner(config: pytest.Config) -> SnippetRunner:
    runner = getattr(config, "_snippet_runner", None)
    if runner is None:
        if getattr(config, "_snippet_sandbox_error", None):
            raise config._snippet_sandbox_error  # once is enough to find out bwrap is missing
        try:
            runner = SnippetRunner(timeout=config.getoption("--snippet-timeout"))
        except SandboxUnavailable as error:
            config._snippet_sandbox_error = error
            raise
        # Run ahead: the server works through every snippet while pytest reads results.
        items = getattr(config, "_snippet_items", [])
        runner.submit(item.path for item in items if unmet_claim(item.snippet) is None)
        config._snippet_runner = runner
    return runner


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    config._snippet_items = [item for item in items if isinstance(item, SnippetItem)]
    # A Markdown block that only includes snippets is proven by the snippet suite, not by pytest-codeblocks.
    include_only = [item for item in items if _is_include_block(item)]
    if include_only:
        config.hook.pytest_deselected(items=include_only)
        items[:] = [item for item in items if not _is_include_block(item)]


def _is_include_block(item: pytest.Item) -> bool:
    block = getattr(item, "obj", None)
    code = getattr(block, "code", None)
    if type(item).__name__ != "TestBlock" or code is None:
        return False
    lines = [line.strip() for line in code.splitlines() if line.strip()]
    return bool(lines) and all(line.startswith("--8<--") for line in lines)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item):
    """Inline Markdown blocks run in a temporary directory, never in the working tree."""
    if type(item).__name__ != "TestBlock":
        return (yield)
    import tempfile

    previous = os.getcwd()
    with tempfile.TemporaryDirectory(prefix="codeblock-") as workdir:
        os.chdir(workdir)
        try:
            return (yield)
        finally:
            os.chdir(previous)


def pytest_unconfigure(config: pytest.Config) -> None:
    runner = getattr(config, "_snippet_runner", None)
    if runner is not None:
        runner.close()


_unexpected_skips: list[str] = []
_tree_before: list[str] = []


def _git_status() -> str:
    import subprocess

    result = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"], cwd=ROOT, capture_output=True, text=True
    )
    return result.stdout if result.returncode == 0 else ""


def pytest_sessionstart(session: pytest.Session) -> None:
    _tree_before[:] = [_git_status()]


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.skipped:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        if CLAIM_SKIP not in reason:
            _unexpected_skips.append(f"{report.nodeid}: {reason}")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    # A test that cannot run is a failure, not a skip.
    if _unexpected_skips and exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    # Tests must leave the working tree as they found it (the update mode is meant to change it).
    if not session.config.getoption("--update-snippets") and _tree_before and _git_status() != _tree_before[0]:
        session.config._tree_changed = True
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter) -> None:
    if getattr(terminalreporter.config, "_tree_changed", False):
        terminalreporter.section("the tests changed the working tree")
        terminalreporter.write_line(_git_status())
    if _unexpected_skips:
        terminalreporter.section("skips are failures here")
        for line in _unexpected_skips:
            terminalreporter.write_line(line)
