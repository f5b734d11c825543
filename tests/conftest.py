"""Shared fixtures: the site built once per test session, and served on 127.0.0.1."""

from __future__ import annotations

import functools
import http.server
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from browser import launch
from snippets import ROOT


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`mkdocs build --strict` into a temporary directory; any warning fails the session."""
    site = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**__import__("os").environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    log = result.stdout + result.stderr
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{log}"
    # mkdocs's own warnings (strict turns them into a failure above); the notebook kernel's
    # "[IPKernelApp] WARNING | Kernel is running over TCP" on stderr is not one of them.
    warnings = [line for line in log.splitlines() if line.startswith("WARNING")]
    assert not warnings, log
    return site


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        pass


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """``directory`` over HTTP on 127.0.0.1, as a static host would serve it; yields its URL."""
    handler = functools.partial(QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """The built site over HTTP on 127.0.0.1."""
    with serve(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def serve_directory():
    """serve() for a test's own copy of a site: ``with serve_directory(path) as url: ...``."""
    return serve


# Module scope: Playwright's sync API allows one running instance at a time, and each browser test
# module (and tests/test_search.py, which starts its own) runs after the previous one has closed.
@pytest.fixture(scope="module")
def chromium() -> Iterator:
    """Headless Chromium for one test module; a missing browser fails the tests, never skips them."""
    try:
        with launch() as browser:
            yield browser
    except Exception as error:
        if type(error).__name__ == "BrowserNotFound":
            pytest.fail(f"the browser tests need Chromium: {error}", pytrace=False)
        raise
