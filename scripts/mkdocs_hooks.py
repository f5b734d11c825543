"""MkDocs hooks: what Material does not do for us.

- a question page gets its "Verified on" line, derived from the snippets it
  includes and requirements.txt (never typed by hand);
- ``<!-- tested-pythons -->`` becomes the interpreters the suite runs on (catalog.PYTHONS);
- ``<!-- cheatsheet NAME -->`` becomes a link to that PDF cheat sheet;
- ``<!-- questions ... -->`` in a page becomes a list of questions (title,
  level badge, one-line summary) that the filters in docs/assets work on;
- a question page with broken front matter, a title, summary or tag that is not plain text,
  or an include that names a missing file stops the build with file and line;
- every page's rendered content is checked against validate.CONTENT_ELEMENTS (an allowlist of
  elements, attributes and URL schemes): markup off it stops the build with file and line.
"""

from __future__ import annotations

import html
import os
import re
from pathlib import Path
from urllib.parse import urlencode

from catalog import (
    DOCS_DIR,
    JUPYTER_DIRS,
    LEVELS,
    ROOT,
    SECTIONS,
    FrontMatterError,
    Question,
    inline_html,
    is_question_page,
    load_questions,
    pythons_phrase,
    verified_on,
)
from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url
from snippets import SNIPPETS_DIR, display_path
from validate import content_errors, front_matter_errors, include_errors

CHEATSHEET_MARKER = re.compile(r"<!--\s*cheatsheet\s+(?P<name>[\w-]+)\s*-->")
PYTHONS_MARKER = "<!-- tested-pythons -->"
LIST_MARKER = re.compile(r"<!--\s*questions(?:\s+section=(?P<section>[\w-]+))?\s*-->")
_questions: list[Question] = []


def on_pre_build(config) -> None:
    try:
        _questions[:] = load_questions()
    except FrontMatterError as error:
        raise PluginError(f"{display_path(error.path)}:{error.line}: {error.message}") from None


def on_page_markdown(markdown: str, page, config, files) -> str:
    source = Path(page.file.abs_src_path)
    # Before pymdownx.snippets runs: its missing-file error is a traceback without the page's line.
    errors = include_errors(source) if source.suffix == ".md" else []
    question = next(q for q in _questions if q.path == source) if is_question_page(source) else None
    if question:
        errors += front_matter_errors(question)
    if errors:
        raise PluginError("\n".join(errors))
    if question:
        stamp = verified_on(question.snippet_paths)
        markdown = f"{markdown.rstrip()}\n\n{verified_line(stamp)}\n{page_actions(question, stamp, config)}\n"
    markdown = markdown.replace(PYTHONS_MARKER, pythons_phrase())
    markdown = CHEATSHEET_MARKER.sub(lambda match: cheatsheet_link(match["name"], page.url), markdown)
    return LIST_MARKER.sub(lambda match: question_list(match["section"], page.url), markdown)


def cheatsheet_link(name: str, page_url: str) -> str:
    """A link to a PDF that scripts/build_cheatsheets.py writes into the built site (site/pdf/)."""
    if name != "all" and name not in LEVELS and name not in SECTIONS:
        raise PluginError(f"<!-- cheatsheet {name} -->: no such sheet (all, a level or a section)")
    label = "everything" if name == "all" else SECTIONS.get(name, name)
    href = get_relative_url(f"pdf/{name}.pdf", page_url or ".")
    return f'<a class="md-button cheatsheet-link" href="{href}" download>{html.escape(label)} (PDF)</a>'


def verified_line(stamp: str) -> str:
    return (
        f'<p class="verified-on" markdown>**Verified on** {stamp}: every output on this page '
        "was printed by a test run on each of these interpreters.</p>"
    )


def page_actions(question: Question, stamp: str, config) -> str:
    """'Edit this page' and 'Report a problem' (a pre-filled issue naming the page and Pythons)."""
    repository = config["extra"]["repository"].rstrip("/")
    source = f"docs/{question.section}/{question.slug}.md"
    query = urlencode(
        {
            "template": "wrong-answer.yml",
            "title": f"Wrong answer: {question.section}/{question.slug}",
            "page": source,
            "python": stamp.split(" · ")[0],
        }
    )
    return (
        '<p class="page-actions">'
        f'<a href="{repository}/edit/main/{source}">Edit this page</a> · '
        f'<a href="{repository}/issues/new?{html.escape(query)}">Report a problem</a></p>'
    )


def question_list(section: str | None, page_url: str) -> str:
    chosen = [q for q in _questions if section is None or q.section == section]
    chosen.sort(key=lambda q: (LEVELS.index(q.level) if q.level in LEVELS else 9, q.title.lower()))
    items = []
    for q in chosen:
        href = get_relative_url(q.url, page_url)
        items.append(
            f'<li class="question" data-level="{q.level}" data-section="{q.section}" '
            f'data-topics="{" ".join(q.topics)}">'
            f'<a href="{href}">{inline_html(q.title, entities=True)}</a> '
            f'<span class="level-badge level-{q.level}">{q.level}</span>'
            + ("" if section else f' <span class="section-name">{html.escape(SECTIONS[q.section])}</span>')
            + f'<br><span class="summary">{inline_html(q.summary, entities=True)}</span></li>'
        )
    return '<ul class="question-list" data-search-exclude>\n' + "\n".join(items) + "\n</ul>"


def on_config(config):
    # Snippets live outside docs/: make sure a missing base path is an error, not a silent no-op.
    if not SNIPPETS_DIR.is_dir() or not DOCS_DIR.is_dir():
        raise PluginError("run mkdocs from the repository root (snippets/ and docs/ not found)")
    jupyter_stays_in_the_repository()
    return config


def jupyter_stays_in_the_repository() -> None:
    """Notebook execution writes runtime files; keep them in .cache/, not the user's home."""
    cache = ROOT / ".cache" / "jupyter"
    for variable, folder in JUPYTER_DIRS.items():
        (cache / folder).mkdir(parents=True, exist_ok=True)
        os.environ.setdefault(variable, str(cache / folder))


def on_page_content(html_text: str, page, config, files) -> str:
    # The page as Markdown rendered it, before Material's template: only allowlisted markup.
    # Notebooks are left to tests/test_markup.py's check of the built page (nbconvert adds scripts).
    source = Path(page.file.abs_src_path)
    if source.suffix == ".md":
        errors = content_errors(source, html_text)
        if errors:
            raise PluginError("\n".join(errors))
    return html_text


MATHJAX_SCRIPT = re.compile(r"<script[^>]*>[^<]*MathJax[^<]*</script>|<script[^>]*mathjax[^>]*>\s*</script>", re.I)


def on_post_page(output: str, page, config) -> str:
    # nbconvert's template loads MathJax from a CDN; our notebooks have no maths and the site
    # makes no third-party request.
    if page.file.src_uri.endswith(".ipynb"):
        output = MATHJAX_SCRIPT.sub("", output)
    return output
