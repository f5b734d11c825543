"""Find and launch headless Chromium for browser tests, PDFs and benchmarks.

Order: $CHROMIUM_PATH, then the system Chromium, then Playwright's own download.
Nothing here downloads a browser.
"""

from __future__ import annotations

import os
import shutil
from contextlib import contextmanager

SYSTEM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# Quiet, offline-safe flags: without the background-networking ones Chromium calls home.
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
]


class BrowserNotFound(RuntimeError):
    pass


def chromium_path() -> str | None:
    """The Chromium to use; None means Playwright's own (if installed)."""
    explicit = os.environ.get("CHROMIUM_PATH")
    if explicit:
        if not os.access(explicit, os.X_OK):
            raise BrowserNotFound(f"CHROMIUM_PATH={explicit} is not an executable file")
        return explicit
    for name in SYSTEM_CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


@contextmanager
def launch():
    """Yield a Playwright Chromium browser, closing everything afterwards."""
    from playwright.sync_api import Error, sync_playwright

    executable = chromium_path()
    with sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(executable_path=executable, args=LAUNCH_ARGS)
        except Error as error:
            raise BrowserNotFound(
                "no Chromium found: install Debian's `chromium` (apt-get install -y chromium), "
                "set CHROMIUM_PATH, or run `playwright install chromium`.\n" + str(error)
            ) from error
        try:
            yield browser
        finally:
            browser.close()
