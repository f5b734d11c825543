"""Every file under snippets/ is a test; see scripts/pytest_snippets.py for how."""

pytest_plugins = ["pytest_snippets"]
