"""scripts/validate.py: the real site is clean, and each rule catches a broken copy with file:line and a fix."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import validate
from new_question import nav_with_entry
from snippets import ROOT

COPIED = ["docs", "snippets", "mkdocs.yml", "requirements.txt", "pyproject.toml"]
EXEMPLAR = "docs/basics/eq-vs-is.md"


def copy_repository(target: Path) -> Path:
    """The parts of the repository the validator and the scaffold read, copied under ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints"))
        else:
            shutil.copy(source, target / name)
    return target


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return copy_repository(tmp_path / "repo")


def new_errors(repo: Path, change) -> list[str]:
    """The errors that ``change`` adds to the copy (other pages' work in progress stays out of the way)."""
    before = set(validate.all_errors(repo))
    change()
    return [error for error in validate.all_errors(repo) if error not in before]


def add_page(repo: Path, relative: str, text: str, nav: bool = True) -> Path:
    page = repo / "docs" / relative
    page.write_text(text, encoding="utf-8")
    if nav:
        section, slug = relative.split("/")[0], Path(relative).stem
        config = repo / "mkdocs.yml"
        config.write_text(nav_with_entry(config.read_text(encoding="utf-8"), section, slug, repo), encoding="utf-8")
    return page


def page_text(title: str, body: str = "") -> str:
    return f'---\nsummary: "A real summary."\ntags:\n  - fresher\n  - syntax\n---\n\n# {title}\n\n{body}'


def line_of(path: Path, needle: str) -> int:
    return next(n for n, line in enumerate(path.read_text().splitlines(), start=1) if needle in line)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_real_site_validates_clean() -> None:
    errors = validate.all_errors()
    assert not errors, "\n".join(errors)


def test_the_copy_validates_like_the_real_site(repo: Path) -> None:
    # Guards every test below: all_errors(root) reads the copy, not this checkout.
    assert validate.all_errors(repo) == validate.all_errors()


def test_scaffold_placeholder_summary_is_rejected(repo: Path) -> None:
    page = repo / EXEMPLAR
    errors = new_errors(repo, lambda: edit(page, 'summary: "`==`', 'summary: "TODO: `==`'))
    assert errors == [
        f"{EXEMPLAR}:2: the summary is still the scaffold's TODO placeholder: write it, one sentence of at most "
        "200 characters that answers the question"
    ]


def test_placeholder_summary_does_not_stop_the_build_hook(repo: Path) -> None:
    # The MkDocs hook runs front_matter_errors only, so a draft page still previews with `mkdocs serve`.
    page = repo / EXEMPLAR
    edit(page, 'summary: "`==`', 'summary: "TODO: `==`')
    question = validate.load_question(page)
    assert validate.front_matter_errors(question, repo) == []


def test_file_name_must_be_a_slug(repo: Path) -> None:
    errors = new_errors(repo, lambda: add_page(repo, "basics/Walrus_Operator.md", page_text("What is `:=`?")))
    assert errors == [
        "docs/basics/Walrus_Operator.md:1: the file name 'Walrus_Operator' is not a slug: use lowercase letters, "
        "digits and single hyphens, for example 'walrus-operator.md' (rename its snippet and nav entry too)"
    ]


def test_declared_slug_must_equal_the_file_name(repo: Path) -> None:
    page = repo / EXEMPLAR
    errors = new_errors(repo, lambda: edit(page, "tags:\n", "slug: equality-vs-identity\ntags:\n"))
    assert errors == [
        f"{EXEMPLAR}:3: slug 'equality-vs-identity' differs from the file name 'eq-vs-is': remove 'slug:' or make "
        "it equal to the file name"
    ]


def test_question_missing_from_nav(repo: Path) -> None:
    errors = new_errors(repo, lambda: add_page(repo, "basics/walrus.md", page_text("What is `:=`?"), nav=False))
    assert errors == [
        "docs/basics/walrus.md:1: not in the nav: add '      - basics/walrus.md' as the last line of the 'Basics' "
        "section of nav in mkdocs.yml (scripts/new_question.py does this)"
    ]


def test_question_listed_twice_in_nav(repo: Path) -> None:
    config = repo / "mkdocs.yml"
    first = line_of(config, "- basics/pep8.md")

    def list_twice() -> None:
        edit(config, "      - basics/pep8.md\n", "      - basics/pep8.md\n      - basics/pep8.md\n")

    errors = new_errors(repo, list_twice)
    assert errors == [
        f"mkdocs.yml:{first + 1}: basics/pep8.md is in the nav twice (first at line {first}): remove this entry"
    ]


def test_nav_entry_to_a_missing_page(repo: Path) -> None:
    config = repo / "mkdocs.yml"
    line = line_of(config, "- basics/pep8.md")
    errors = new_errors(repo, lambda: edit(config, "      - basics/pep8.md\n", "      - basics/pep-8.md\n"))
    assert errors == [
        f"mkdocs.yml:{line}: the nav lists basics/pep-8.md, but docs/basics/pep-8.md does not exist: fix or remove it",
        "docs/basics/pep8.md:1: not in the nav: add '      - basics/pep8.md' as the last line of the 'Basics' "
        "section of nav in mkdocs.yml (scripts/new_question.py does this)",
    ]


@pytest.mark.parametrize(
    "title",
    [
        "What is the difference between `==` and `is`, and why is `256 is 256` true but not always `257 is 257`?",
        "What's the difference between == and is, and why is 256 is 256 true, but not always 257 is 257",
    ],
    ids=["same", "nearly-the-same"],
)
def test_duplicate_titles(repo: Path, title: str) -> None:
    errors = new_errors(repo, lambda: add_page(repo, "basics/eq-vs-is-again.md", page_text(title)))
    # One error per pair, on the newer page (added last to the nav), naming the older one.
    original = validate.load_question(repo / EXEMPLAR).title
    assert errors == [
        "docs/basics/eq-vs-is-again.md:8: the title is the same as or nearly the same as docs/basics/eq-vs-is.md:9 "
        f"({original!r}): improve that page instead, or ask a clearly different question"
    ]


def test_a_different_question_is_not_a_duplicate(repo: Path) -> None:
    title = "What is the difference between `==` and `!=`?"
    assert new_errors(repo, lambda: add_page(repo, "basics/eq-vs-ne.md", page_text(title))) == []


@pytest.mark.parametrize(
    ("markup", "what"),
    [
        ("<script>alert(1)</script>", "a raw <script> tag"),
        ('<iframe src="https://example.com/"></iframe>', "a raw <iframe> tag"),
        ('<img src="x.png" onerror="alert(1)">', "an on...= event-handler attribute (onerror)"),
        ("[click me](javascript:alert(1))", "a javascript: link"),
        ('<a href="javascript:go()">go</a>', "a javascript: link"),
        ("[go]: javascript:alert(1)\n\n[go][]", "a javascript: link"),
        ('<a href="JaVaScRiPt&colon;alert(1)">go</a>', "a javascript: link"),
        ('<base href="https://example.com/">', "a raw <base> tag"),
        ('<embed src="x.swf">', "a raw <embed> tag"),
        ('<object data="x.swf"></object>', "a raw <object> tag"),
    ],
)
def test_unsafe_html_in_a_page(repo: Path, markup: str, what: str) -> None:
    page = repo / EXEMPLAR
    line = len(page.read_text().splitlines()) + 2
    errors = new_errors(repo, lambda: page.write_text(page.read_text() + f"\n{markup}\n"))
    assert errors == [
        f"{EXEMPLAR}:{line}: {what} is not allowed in a page: put behaviour in docs/assets/ (extra_javascript in "
        "mkdocs.yml), and show code in a code block"
    ]


def test_html_shown_as_code_is_allowed(repo: Path) -> None:
    page = repo / EXEMPLAR
    shown = (
        "\nInline `<script>` is fine, and so is JavaScript: the language.\n\n"
        '```html\n<button onclick="go()">Go</button>\n<script></script>\n```\n'
    )
    assert new_errors(repo, lambda: page.write_text(page.read_text() + shown)) == []


def test_link_to_a_missing_page(repo: Path) -> None:
    page = repo / EXEMPLAR
    line = len(page.read_text().splitlines()) + 2
    errors = new_errors(repo, lambda: page.write_text(page.read_text() + "\nSee [PEP 8](pep-8.md).\n"))
    assert errors == [
        f"{EXEMPLAR}:{line}: the link pep-8.md points to docs/basics/pep-8.md, which does not exist: fix the path "
        "(it is relative to this page's folder)"
    ]


def test_link_to_a_missing_anchor(repo: Path) -> None:
    page = repo / EXEMPLAR
    line = len(page.read_text().splitlines()) + 2
    link = "\nSee [the pitfalls](../basics/eq-vs-is.md#pitfall).\n"
    errors = new_errors(repo, lambda: page.write_text(page.read_text() + link))
    assert len(errors) == 1
    assert errors[0].startswith(
        f"{EXEMPLAR}:{line}: the link ../basics/eq-vs-is.md#pitfall: docs/basics/eq-vs-is.md has no heading with "
        "the anchor '#pitfall' (its anchors: "
    )
    assert "follow-ups, in-depth, pitfalls" in errors[0]
    assert errors[0].endswith("): fix the anchor")


def test_links_to_headings_and_attr_list_ids_resolve(repo: Path) -> None:
    page = repo / EXEMPLAR
    extra = (
        "\n## Where `is` helps {#identity-helps}\n\n## In depth\n\n"
        "See [depth](#in-depth), [again](#in-depth_1), [custom](#identity-helps), [other](pep8.md),\n"
        "[pitfalls](eq-vs-is.md#pitfalls) and [the answer](#what-is-the-difference-between-and-is-and-why-is-256-is-256"
        "-true-but-not-always-257-is-257), [external](https://example.com/#x), ![img](missing.png).\n"
    )
    assert new_errors(repo, lambda: page.write_text(page.read_text() + extra)) == []


def test_command_line_exits_1_with_the_list(repo: Path) -> None:
    page = repo / EXEMPLAR
    page.write_text(page.read_text() + "\n<script>alert(1)</script>\n")
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "validate.py"), "--root", str(repo)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert f"{EXEMPLAR}:" in result.stdout and "a raw <script> tag is not allowed" in result.stdout
