"""The built site: strict build, every question rendered with its stamp, tabs and tags."""

from __future__ import annotations

from pathlib import Path

import pytest
from catalog import PYTHONS, load_questions, pythons_phrase
from snippets import ROOT

QUESTIONS = load_questions()


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: f"{q.section}/{q.slug}")
def test_question_page_is_rendered_with_its_stamp(built_site: Path, question) -> None:
    page = (built_site / question.section / question.slug / "index.html").read_text()
    # Every page is proven on every claimed Python, the newest (3.14) included.
    assert f"Verified on</strong> Python {', '.join(PYTHONS)}" in page
    assert 'class="admonition answer"' in page or 'details class="answer"' in page
    assert f'href="../../tags/#tag:{question.level}"' in page or f"tag:{question.level}" in page
    assert "--8&lt;--" not in page and "--8<--" not in page, "an include was not expanded"


def test_versioned_snippets_render_as_tabs(built_site: Path) -> None:
    page = (built_site / "basics" / "eq-vs-is" / "index.html").read_text()
    assert 'class="tabbed-set tabbed-alternate"' in page
    assert "Python 3.12 – 3.14" in page and ("with &#39;int&#39; literal" in page or "with 'int' literal" in page)


def test_no_page_loads_anything_from_another_host(built_site: Path) -> None:
    offenders = []
    for page in built_site.rglob("*.html"):
        text = page.read_text()
        for marker in ('src="http', "src='http", 'href="https://fonts', "@import url(http"):
            if marker in text:
                offenders.append(f"{page.relative_to(built_site)}: {marker}")
    assert not offenders, "\n".join(offenders[:20])


def test_home_page_and_readme_name_the_tested_pythons(built_site: Path) -> None:
    """Both say what nox runs (catalog.PYTHONS): the home page by the build, the README checked here."""
    assert pythons_phrase() in (built_site / "index.html").read_text()
    assert pythons_phrase() in (ROOT / "README.md").read_text().replace("\n", " ")
