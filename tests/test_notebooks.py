"""Every notebook walkthrough runs top to bottom without an error, and Jupyter stays out of $HOME."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from catalog import DOCS_DIR, JUPYTER_DIRS
from nbclient import NotebookClient

NOTEBOOKS = sorted(DOCS_DIR.rglob("*.ipynb"))
HOME_JUPYTER = [Path.home() / ".local" / "share" / "jupyter", Path.home() / ".ipython", Path.home() / ".jupyter"]


def snapshot() -> set[Path]:
    return {path for folder in HOME_JUPYTER if folder.exists() for path in folder.rglob("*")}


def test_there_are_notebooks() -> None:
    assert len(NOTEBOOKS) >= 3, f"expected at least three walkthroughs, found {NOTEBOOKS}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_executes_cleanly(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for variable, folder in JUPYTER_DIRS.items():
        (tmp_path / "jupyter" / folder).mkdir(parents=True)
        monkeypatch.setenv(variable, str(tmp_path / "jupyter" / folder))
    workdir = tmp_path / "work"
    workdir.mkdir()
    before = snapshot()
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(
        notebook, timeout=60, kernel_name="python3", resources={"metadata": {"path": str(workdir)}}
    ).execute()
    errors = [
        cell for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs if o.output_type == "error"
    ]
    assert not errors
    assert not list(workdir.iterdir()), "the notebook left files behind in its working directory"
    assert snapshot() == before, "Jupyter wrote into the home directory"
