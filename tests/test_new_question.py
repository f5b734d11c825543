"""scripts/new_question.py: a scaffold that passes its own snippet test and leaves only the summary to write."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import validate
import yaml
from new_question import make_slug, section_nav_block
from snippets import ROOT
from test_validate import copy_repository

SCRIPT = ROOT / "scripts" / "new_question.py"
ARGS = ["--section", "basics", "--level", "fresher", "--topics", "syntax,scope"]
QUESTION = "What does the else clause on a for loop do?"


def scaffold(repo: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--root", str(repo), *args], capture_output=True, text=True, timeout=120
    )


def run_snippet_pytest(repo: Path, *args: str) -> subprocess.CompletedProcess:
    """pytest with the snippet plugin against the copy, as tests/test_pipeline.py runs it."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "scripts"), os.environ.get("PYTHONPATH", "")])}
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "pytest_snippets", *args]
    command += ["--rootdir", str(repo), "-c", str(repo / "pyproject.toml")]
    return subprocess.run(command, cwd=repo, capture_output=True, text=True, timeout=300, env=env)


def section_entries(nav: list, section: str) -> list[str]:
    """The page entries of the nav block that holds ``section``'s pages, whatever its title."""
    for item in nav:
        if isinstance(item, dict):
            (children,) = item.values()
            if isinstance(children, list) and any(str(c).startswith(f"{section}/") for c in children):
                return children
    return []


@pytest.fixture(scope="module")
def scaffolded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str], subprocess.CompletedProcess]:
    repo = copy_repository(tmp_path_factory.mktemp("scaffold") / "repo")
    before = validate.all_errors(repo)
    shutil.copy(repo / "mkdocs.yml", repo.parent / "mkdocs.yml.before")  # the checkout's may change meanwhile
    result = scaffold(repo, *ARGS, "--question", QUESTION)
    return repo, before, result


@pytest.mark.parametrize(
    ("question", "slug"),
    [
        ("What does the else clause on a for loop do?", "else-clause-loop"),
        ("What are *args and **kwargs?", "args-kwargs"),
        ("Why is `256 is 256` true?", "256-256-true"),
        ("Qu'est-ce qu'un générateur en Python, et à quoi sert-il dans une boucle for?", "quest-ce-quun-generateur-en"),
        (
            "How would you design a rate limiter for a public HTTP API with many tenants?",
            "design-rate-limiter-public-http",
        ),
    ],
)
def test_slug_from_question(question: str, slug: str) -> None:
    assert make_slug(question) == slug


def test_creates_page_snippet_and_nav_entry(scaffolded) -> None:
    repo, _, result = scaffolded
    assert result.returncode == 0, result.stderr
    page = repo / "docs" / "basics" / "else-clause-loop.md"
    snippet = repo / "snippets" / "basics" / "else-clause-loop.py"
    meta, body, _ = validate.split_front_matter(page.read_text())
    assert meta["tags"] == ["fresher", "syntax", "scope"]
    assert meta["summary"].startswith("TODO")
    assert f"# {QUESTION}\n" in body
    assert '--8<-- "basics/else-clause-loop.py:key"' in body
    assert "# --8<-- [start:key]" in snippet.read_text() and "# --8<-- [end:key]" in snippet.read_text()

    config = (repo / "mkdocs.yml").read_text()
    original = (repo.parent / "mkdocs.yml.before").read_text()
    assert section_entries(yaml.safe_load(config)["nav"], "basics")[-1] == "basics/else-clause-loop.md"
    # Exactly one line added, at the end of the Basics block; everything else is untouched.
    added = [line for line in config.splitlines() if line not in original.splitlines()]
    assert added == ["      - basics/else-clause-loop.md"]
    assert config.replace("      - basics/else-clause-loop.md\n", "", 1) == original


def test_prints_the_next_steps(scaffolded) -> None:
    _, _, result = scaffolded
    out = result.stdout
    assert "created docs/basics/else-clause-loop.md" in out
    assert "created snippets/basics/else-clause-loop.py" in out
    assert ".venv/bin/pytest snippets/basics/else-clause-loop.py --update-snippets" in out
    assert "Write the page docs/basics/else-clause-loop.md" in out
    assert ".venv/bin/python scripts/validate.py" in out
    assert "bash scripts/serve.sh" in out
    assert out.index("Write the code") < out.index("--update-snippets") < out.index("Write the page")
    assert out.index("Write the page") < out.index("Run the tests") < out.index("serve.sh")


def test_refuses_to_overwrite(scaffolded) -> None:
    repo, _, _ = scaffolded
    files = [
        repo / "mkdocs.yml",
        repo / "docs/basics/else-clause-loop.md",
        repo / "snippets/basics/else-clause-loop.py",
    ]
    before = [path.read_text() for path in files]
    again = scaffold(
        repo, *ARGS, "--question", "What does the else clause on a for loop do, exactly?", "--slug", "else-clause-loop"
    )
    assert again.returncode == 1
    assert "new_question: error: basics/else-clause-loop already exists" in again.stderr
    assert "choose another name with --slug" in again.stderr
    assert [path.read_text() for path in files] == before


def test_refuses_when_only_the_snippet_exists(tmp_path: Path) -> None:
    repo = copy_repository(tmp_path / "repo")
    config = (repo / "mkdocs.yml").read_text()
    (repo / "snippets" / "basics" / "else-clause-loop.py").write_text("print('mine')\n")
    result = scaffold(repo, *ARGS, "--question", QUESTION)
    assert result.returncode == 1
    assert "(snippets/basics/else-clause-loop.py)" in result.stderr
    assert not (repo / "docs" / "basics" / "else-clause-loop.md").exists()
    assert (repo / "mkdocs.yml").read_text() == config


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--section", "basic", "--level", "fresher", "--topics", "syntax"], "--section 'basic' is not a section"),
        (["--section", "basics", "--level", "junior", "--topics", "syntax"], "--level 'junior' is not a level"),
        (["--section", "basics", "--level", "fresher", "--topics", "walrus"], "unknown topic(s) walrus"),
        (["--section", "basics", "--level", "fresher", "--topics", "mid"], "unknown topic(s) mid"),
        (["--section", "basics", "--level", "fresher", "--topics", "syntax", "--slug", "Walrus_Op"], "not lowercase"),
    ],
)
def test_rejects_bad_arguments(tmp_path: Path, args: list[str], message: str) -> None:
    repo = copy_repository(tmp_path / "repo")
    config = (repo / "mkdocs.yml").read_text()
    result = scaffold(repo, *args, "--question", QUESTION)
    assert result.returncode == 1
    assert message in result.stderr
    assert (repo / "mkdocs.yml").read_text() == config


def test_new_section_block_when_the_section_is_not_in_nav_yet(tmp_path: Path) -> None:
    repo = copy_repository(tmp_path / "repo")
    config = repo / "mkdocs.yml"
    lines = config.read_text().splitlines()
    block = section_nav_block(lines, "production")
    if block:  # take the section out of the copy's nav, as before its first question
        del lines[block[0] : block[1]]
        config.write_text("\n".join(lines) + "\n")
    nav = yaml.safe_load(config.read_text())["nav"]
    assert not section_entries(nav, "production")
    args = ["--section", "production", "--level", "mid", "--topics", "design", "--question", "A new one?"]
    result = scaffold(repo, *args)
    assert result.returncode == 0, result.stderr
    new_nav = yaml.safe_load(config.read_text())["nav"]
    assert new_nav[:-1] == nav
    assert new_nav[-1] == {validate.SECTIONS["production"]: ["production/index.md", "production/new-one.md"]}


def test_scaffold_passes_its_snippet_test_and_only_the_summary_is_left(scaffolded) -> None:
    repo, before, _ = scaffolded
    snippet = repo / "snippets" / "basics" / "else-clause-loop.py"
    failing = run_snippet_pytest(repo, str(snippet))
    assert failing.returncode == 1, failing.stdout  # no #> lines yet
    assert "printed output differs from the #> lines" in failing.stdout

    updated = run_snippet_pytest(repo, str(snippet), "--update-snippets")
    assert updated.returncode == 0, updated.stdout + updated.stderr
    assert "#> replace with the code that answers the question" in snippet.read_text()
    passing = run_snippet_pytest(repo, str(snippet))
    assert passing.returncode == 0, passing.stdout + passing.stderr

    added = [error for error in validate.all_errors(repo) if error not in before]
    assert added == [
        "docs/basics/else-clause-loop.md:2: the summary is still the scaffold's TODO placeholder: write it, one "
        "sentence of at most 200 characters that answers the question"
    ]


def contributing_commands() -> list[list[str]]:
    """The commands of CONTRIBUTING.md's shell blocks that name this file as their test."""
    text = (ROOT / "CONTRIBUTING.md").read_text()
    blocks = re.findall(r"<!-- shell:[^>]*tested by tests/test_new_question\.py -->\s*```shell\n(.*?)```", text, re.S)
    commands = []
    for block in blocks:
        for line in block.replace("\\\n", " ").splitlines():
            if line.strip():
                commands.append(shlex.split(line))
    return commands


def test_contributing_commands_work_on_a_copy(tmp_path: Path) -> None:
    """CONTRIBUTING.md's five steps, verbatim, against a copy: scaffold, update outputs, test, validate."""
    commands = contributing_commands()
    assert [command[:2] for command in commands] == [
        [".venv/bin/python", "scripts/new_question.py"],
        [".venv/bin/pytest", "snippets/basics/else-clause-loop.py"],
        [".venv/bin/pytest", "snippets/basics/else-clause-loop.py"],
        [".venv/bin/python", "scripts/validate.py"],
    ]
    repo = copy_repository(tmp_path / "repo")
    before = validate.all_errors(repo)
    for program, *args in commands:
        if program == ".venv/bin/python":
            result = subprocess.run(
                [sys.executable, str(ROOT / args[0]), *args[1:], "--root", str(repo)],
                capture_output=True,
                text=True,
                timeout=300,
            )
        else:
            # tests/ checks this checkout, not the copy: the suite runs it anyway.
            paths = [str(repo / arg) for arg in args if not arg.startswith(("-", "tests/"))]
            result = run_snippet_pytest(repo, *paths, *[arg for arg in args if arg.startswith("-")])
        if args[0] == "scripts/validate.py":
            assert result.returncode == 1  # the summary is still the TODO: step 4 says to write it
            added = [line for line in result.stdout.splitlines() if line not in before]
            assert added == [
                "docs/basics/else-clause-loop.md:2: the summary is still the scaffold's TODO placeholder: write it, "
                "one sentence of at most 200 characters that answers the question"
            ]
        else:
            assert result.returncode == 0, " ".join([program, *args]) + "\n" + result.stdout + result.stderr
    assert (repo / "docs/basics/else-clause-loop.md").is_file()
