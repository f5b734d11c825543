"""Run the snippet suite on every Python the site claims (catalog.PYTHONS).

Each interpreter gets its own virtual environment with the libraries the
snippets use, pinned by requirements.txt where it has a pin for that Python.
`nox` alone runs them all; `nox -s "snippets-3.12"` runs one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import nox

sys.path.insert(0, str(Path(__file__).parent / "scripts"))
from catalog import PYTHONS, pinned_version  # noqa: E402

# What the snippets import or run with `python -m`, beyond the standard library.
SNIPPET_PACKAGES = ["pytest", "packaging", "numpy", "pandas", "tenacity", "ruff"]

nox.options.sessions = ["snippets"]
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True  # a Python we cannot test is a failure


def _expose_pyenv_versions() -> None:
    """Let `python3.X` shims resolve for every installed pyenv Python, not only the global one."""
    pyenv = shutil.which("pyenv")
    if not pyenv or os.environ.get("PYENV_VERSION"):
        return
    installed = subprocess.run([pyenv, "versions", "--bare"], capture_output=True, text=True).stdout.split()
    current = subprocess.run([pyenv, "version-name"], capture_output=True, text=True).stdout.strip()
    wanted = [current] + [v for p in PYTHONS for v in sorted(installed, reverse=True) if v.startswith(p + ".")]
    os.environ["PYENV_VERSION"] = ":".join(dict.fromkeys(v for v in wanted if v))


_expose_pyenv_versions()


@nox.session(python=list(PYTHONS))
def snippets(session: nox.Session) -> None:
    python = session.python
    packages = [name for name in SNIPPET_PACKAGES if pinned_version(name, python)]
    session.install("-c", "requirements.txt", *packages)
    # Only the snippet suite: its plugin comes from scripts/ via the pytest pythonpath setting.
    session.run("pytest", "snippets", "-p", "no:cacheprovider", "-o", "addopts=-ra", *session.posargs)
