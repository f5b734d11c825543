import os
import subprocess
import sys
from pathlib import Path

# --8<-- [start:test-file]
Path("test_settings.py").write_text('''
import os


def data_dir() -> str:
    return os.environ.get("DATA_DIR", "/srv/data")


def test_env_override(monkeypatch):
    monkeypatch.setenv("DATA_DIR", "/tmp/fixture")
    assert data_dir() == "/tmp/fixture"


def test_env_restored():  # runs after the test above
    assert data_dir() == "/srv/data"


def test_attribute(monkeypatch):
    monkeypatch.setattr(os, "cpu_count", lambda: 64)
    assert os.cpu_count() == 64
''')
# --8<-- [end:test-file]

# --8<-- [start:run]
run = subprocess.run(
    [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_settings.py"],
    capture_output=True,
    text=True,
    env={**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"},  # only pytest's own plugins
)
summary = run.stdout.strip().splitlines()[-1]
print(run.returncode, summary.split(" in ")[0])  # drop the timing
#> 0 3 passed
# --8<-- [end:run]
