"""Markup checks on rendered HTML (issue 16, findings 2, 5, 9 and 10).

Each page in tests/fixtures/pages/ is named for the error it provokes. It is checked twice:
by the validator in a copy of the repository, and (the ones the build stops) by a strict build
of a small site in a temporary copy. Every page of the real built site passes the page allowlist.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import validate
import yaml
from catalog import FrontMatterError, inline_html, read_mkdocs_config
from snippets import ROOT
from test_validate import copy_repository

PAGES = Path(__file__).parent / "fixtures" / "pages"
HOW = (
    "is not allowed in a page: put behaviour in docs/assets/ (extra_javascript in mkdocs.yml), "
    "and show code in a code block"
)
PLAIN = (
    "titles, summaries and tags are plain text or `code` spans only; put markup in a code span or write it out in words"
)
EXPECTED = {
    "javascript-entity-link": [f"10: a javascript: link {HOW}"],
    "javascript-newline-link": [f"10: a javascript: link {HOW}"],
    "base-element": [f"10: a raw <base> tag {HOW}"],
    "embed-element": [f"10: a raw <embed> tag {HOW}"],
    "object-element": [f"10: a raw <object> tag {HOW}"],
    "iframe-element": [f"10: a raw <iframe> tag {HOW}"],
    "event-handler-attribute": [f"10: an on...= event-handler attribute (onmouseover) {HOW}"],
    "title-markup-in-front-matter": [f"2: 'title:' renders as HTML (<img>): {PLAIN}"],
    "summary-and-heading-markup": [
        f"8: the '# ' title renders as HTML (<em>): {PLAIN}",
        f"2: 'summary:' renders as HTML (<b>): {PLAIN}",
    ],
    "tag-markup": [
        f"3: a tag renders as HTML (<i>): {PLAIN}",
        "3: unknown tag(s) <i>syntax</i>: use a topic from tags_allowed in mkdocs.yml, or add a new topic there "
        "in the same pull request",
    ],
    "tags-as-a-string": [
        "3: tags must be a list, one tag a line ('tags:', then '  - fresher' and '  - syntax' below it), not 'fresher'"
    ],
    "yaml-error-in-front-matter": [
        "6: the front matter is not valid YAML (did not find expected ',' or ']'): quote a value that holds ': ' or '#'"
    ],
    "missing-include": [
        '10: the include "basics/no-such-snippet.py" names a file that is in neither snippets/ nor includes/: '
        "fix the path (it is relative to those folders)"
    ],
    "entity-in-title": [],
}


def test_every_fixture_page_has_an_expectation() -> None:
    assert sorted(path.stem for path in PAGES.glob("*.md")) == sorted(EXPECTED)


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_repository(tmp_path_factory.mktemp("markup") / "repo")


def page_errors(repo: Path, page: Path) -> list[str]:
    """What validate.all_errors reports for one question page (without checking the whole copy)."""
    try:
        errors = validate.front_matter_errors(validate.load_question(page), repo)
    except FrontMatterError as error:
        return [f"{validate._where(page, repo)}:{error.line}: {error.message}"]
    return errors + validate.include_errors(page, repo) + validate.unsafe_html_errors(page, repo)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_validator_names_file_and_line(repo: Path, name: str) -> None:
    page = repo / "docs" / "basics" / f"{name}.md"
    shutil.copy(PAGES / f"{name}.md", page)
    try:
        assert page_errors(repo, page) == [f"docs/basics/{name}.md:{message}" for message in EXPECTED[name]]
    finally:
        page.unlink()


def test_all_errors_reports_a_yaml_error_instead_of_raising(repo: Path) -> None:
    page = repo / "docs" / "basics" / "yaml-error-in-front-matter.md"
    shutil.copy(PAGES / page.name, page)
    try:
        errors = validate.all_errors(repo)
    finally:
        page.unlink()
    assert f"docs/basics/{page.name}:{EXPECTED[page.stem][0]}" in errors


@pytest.mark.parametrize(
    "markup",
    [
        '<a href="JaVaScRiPt&colon;alert(1)">x</a>',
        '<a href="java\nscript:alert(1)">x</a>',
        '<a href="java&#x09;script:alert(1)">x</a>',
        '<a href=" &#x6A;avascript:alert(1)">x</a>',
        '<a href="&#0000106;avascript:alert(1)">x</a>',
        '<img src="vbscript:x">',
        '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    ],
)
def test_url_schemes_in_any_spelling(markup: str) -> None:
    [(what, _, _)] = validate.markup_problems(markup)
    assert what.endswith(": link") and what != "a https: link"


@pytest.mark.parametrize(
    "markup", ['<a href="https://example.com/">x</a>', '<a href="../x/#y">x</a>', '<a href="mailto:a@b.c">x</a>']
)
def test_safe_urls_pass(markup: str) -> None:
    assert validate.markup_problems(markup) == []


def test_code_that_shows_markup_is_allowed(repo: Path) -> None:
    page = repo / "docs" / "basics" / "shows-markup.md"
    shutil.copy(PAGES / "javascript-entity-link.md", page)
    body = (
        '\nInline `<script>` and `<a href="javascript:x">`, and:\n\n'
        '```html\n<base href="x"><iframe onload="go()"></iframe>\n```\n'
    )
    page.write_text(page.read_text().split("Click")[0] + body)
    try:
        assert page_errors(repo, page) == []
    finally:
        page.unlink()


def test_question_lists_do_not_double_escape_entities() -> None:
    # The page shows "&amp;" as "&" and a code span's "&amp;" as typed; the list must show the same.
    assert (
        inline_html("What do &amp; and `&amp;` mean? a < b", entities=True)
        == "What do &amp; and <code>&amp;amp;</code> mean? a &lt; b"
    )
    assert inline_html("&lt;img src=x onerror=alert(1)&gt;", entities=True) == "&lt;img src=x onerror=alert(1)&gt;"


def test_duplicate_title_blames_the_page_later_in_the_nav(repo: Path) -> None:
    questions = [validate.load_question(repo / "docs" / "basics" / name) for name in ("pep8.md", "eq-vs-is.md")]
    later = validate.load_question(repo / "docs" / "basics" / "walrus-operator.md")
    later.title = questions[1].title
    [error] = validate.duplicate_title_errors([later, *questions], repo)
    assert error.startswith("docs/basics/walrus-operator.md:")
    assert "nearly the same as docs/basics/eq-vs-is.md:" in error


# --- The real built site, and pages injected into it ------------------------------------------


def test_every_built_page_passes_the_allowlist(built_site: Path) -> None:
    errors = validate.site_errors(built_site)
    assert not errors, "\n".join(errors[:30])


@pytest.mark.parametrize(
    ("where", "payload", "what"),
    [
        ('<nav class="md-nav', '<img alt="" src="x" onerror="alert(1)">', "an on...= event-handler attribute"),
        ('<nav class="md-nav', "<script>alert(1)</script>", "a raw <script> tag"),
        ('<article class="md-content__inner', "<script>alert(1)</script>", "a raw <script> tag"),
        ('<article class="md-content__inner', '<base href="https://example.com/">', "a raw <base> tag"),
        ("<head>", '<meta http-equiv="refresh" content="0;url=https://example.com/">', '<meta http-equiv="refresh">'),
    ],
)
def test_the_page_check_catches_injected_markup(built_site: Path, tmp_path: Path, where: str, payload, what) -> None:
    text = (built_site / "basics" / "eq-vs-is" / "index.html").read_text(encoding="utf-8")
    start = text.index(where)
    end = text.index(">", start) + 1
    (tmp_path / "page.html").write_text(text[:end] + payload + text[end:], encoding="utf-8")
    [error] = validate.site_errors(tmp_path)
    assert error.startswith(f"page.html: {what}")


# --- A strict build of a small copy: the hooks stop it with file:line -------------------------


@pytest.fixture(scope="module")
def small_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """scripts/, snippets/ and includes/ copied, with a docs/ of one page and a config without notebooks."""
    root = tmp_path_factory.mktemp("small-site")
    for name in ("scripts", "snippets", "includes", "overrides"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "requirements.txt", root / "requirements.txt")
    config = read_mkdocs_config(ROOT / "mkdocs.yml")
    (root / "docs" / "basics").mkdir(parents=True)
    (root / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    small = {
        "site_name": "markup fixtures",
        "theme": {"name": "material", "custom_dir": "overrides"},
        "extra": config["extra"],
        "hooks": ["scripts/mkdocs_hooks.py"],
        "plugins": [p for p in config["plugins"] if isinstance(p, dict) and "tags" in p],
        "markdown_extensions": config["markdown_extensions"],
        "nav": ["index.md", "basics/page.md"],
    }
    (root / "mkdocs.yml").write_text(yaml.safe_dump(small), encoding="utf-8")
    return root


def build(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(root / "site")],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


def test_the_small_site_builds_clean(small_site: Path) -> None:
    shutil.copy(PAGES / "entity-in-title.md", small_site / "docs" / "basics" / "page.md")
    result = build(small_site)
    assert result.returncode == 0, result.stdout + result.stderr
    assert validate.site_errors(small_site / "site") == []


@pytest.mark.parametrize(
    "name", ["title-markup-in-front-matter", "javascript-entity-link", "missing-include", "yaml-error-in-front-matter"]
)
def test_the_build_stops_with_file_and_line(small_site: Path, name: str) -> None:
    shutil.copy(PAGES / f"{name}.md", small_site / "docs" / "basics" / "page.md")
    result = build(small_site)
    log = result.stdout + result.stderr
    assert result.returncode == 1, log
    assert f"docs/basics/page.md:{EXPECTED[name][0]}" in log
    assert "Traceback" not in log
