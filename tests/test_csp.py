"""The Content-Security-Policy (scripts/mkdocs_csp.py): on every page, silent on real pages, fatal to injected markup.

Evidence is Chromium's own: a `securitypolicyviolation` listener installed before any page
script records every refusal. A real page must record none; a page of a temporary copy of the
build, with the hostile markup of issue 16 written into its HTML, must run none of it and
record one refusal per payload.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

QUESTION = "basics/eq-vs-is/"
NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "docs" / "data" / "notebooks").glob("*.ipynb"))
# One page of each kind the build makes: home, lists, a section index, a level, a question,
# every notebook, the tags index, and the 404 page (a theme template, not a page).
REAL_PAGES = [
    "",
    "all-questions/",
    "basics/",
    "levels/senior/",
    QUESTION,
    "production/logging/",
    *(f"data/notebooks/{notebook.stem}/" for notebook in NOTEBOOKS),
    "404.html",
]
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", event => window.__violations.push(
  {directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample}));
"""
OTHER_ORIGIN = "http://other-origin.invalid/"
# Each payload of issue 16, calling alert(NAME) if it ever runs.
PAYLOADS = {
    "title": "Pass<img alt='' src=x onerror=alert('title')>",
    "js-mixed-case": "<a id='js-mixed-case' href=\"JaVaScRiPt&colon;alert('js-mixed-case')\">a</a>",
    "js-newline": "<a id='js-newline' href=\"java\nscript:alert('js-newline')\">b</a>",
    "js-entities": "<a id='js-entities' href=\"&#x6A;ava&#x09;script&#58;alert('js-entities')\">c</a>",
    "base": f"<base href='{OTHER_ORIGIN}'>",
    "embed": "<embed id='embed' type='text/html' src='/embedded.html'>",
    "script": "<script>alert('script')</script>",
    "handler": "<p id='handler' onclick=\"alert('handler')\">click me</p>",
}


class Visit:
    """A fresh context that records violations, dialogs, JavaScript errors and requests."""

    def __init__(self, browser) -> None:
        self.context = browser.new_context()
        self.context.add_init_script(RECORD_VIOLATIONS)
        self.page = self.context.new_page()
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.context.on("request", lambda request: self.requests.append(request.url))

    def go(self, url: str) -> None:
        self.page.goto(url)
        self.page.wait_for_load_state("load")
        self.page.wait_for_timeout(200)  # reports are queued as tasks after the refusal

    def violations(self) -> list[dict]:
        return self.page.evaluate("window.__violations")


@pytest.fixture
def visit(chromium) -> Iterator:
    opened: list[Visit] = []

    def open_visit() -> Visit:
        opened.append(Visit(chromium))
        return opened[-1]

    yield open_visit
    for each in opened:
        each.context.close()


def test_every_page_has_the_policy_before_any_script(built_site: Path) -> None:
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 70
    for path in pages:
        head = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").head
        metas = head.find_all("meta", attrs={"http-equiv": "Content-Security-Policy"})
        assert len(metas) == 1, path
        policy = metas[0]["content"]
        for directive in ("default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'none'"):
            assert directive in policy, (path, policy)
        assert "worker-src 'self'" in policy and "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
        first = head.find(["meta", "script"], attrs={"charset": False})
        assert first is metas[0], f"{path}: {first} comes before the Content-Security-Policy"


@pytest.mark.parametrize("path", REAL_PAGES)
def test_real_pages_report_no_violation(visit, site_url: str, path: str) -> None:
    page = visit()
    page.go(site_url + path)
    assert page.violations() == [] and page.errors == []
    # Material's inline scripts ran: they define the storage helpers its bundle uses.
    assert page.page.evaluate("typeof __md_get") == "function"
    if path.startswith("data/notebooks/"):
        # The notebook's copy buttons, mkdocs-jupyter's inline script, and its inline styles.
        assert page.page.evaluate("!!customElements.get('clipboard-copy')")
        wrapper = page.page.locator(".jupyter-wrapper").first
        assert wrapper.evaluate("e => getComputedStyle(e).getPropertyValue('--jp-ui-font-size1')").strip()


def test_search_and_palette_work_under_the_policy(visit, site_url: str) -> None:
    page = visit()
    page.go(site_url)
    page.page.locator("input.md-search__input").click()
    page.page.keyboard.type("slots")
    page.page.locator(".md-search-result__item").first.wait_for()  # answered by the search worker
    page.page.keyboard.press("Enter")  # the search form never submits (form-action 'none')
    page.page.wait_for_url("**/advanced/slots/**")
    schemes = []
    for _ in range(3):  # auto -> light -> dark -> auto, each remembered across a reload
        page.page.locator("form[data-md-component=palette] label:visible").click()
        page.page.reload()
        schemes.append(page.page.evaluate("document.body.dataset.mdColorScheme"))
    assert schemes[:2] == ["default", "slate"]
    assert page.violations() == [] and page.errors == []


def test_injected_markup_does_not_run(visit, built_site: Path, tmp_path: Path, serve_directory) -> None:
    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    (site / "embedded.html").write_text("<script>parent.alert('embed')</script>", encoding="utf-8")
    target = site / QUESTION / "index.html"
    html = target.read_text(encoding="utf-8")
    nav, article = '<nav class="md-nav md-nav--primary"', '<article class="md-content__inner md-typeset">'
    assert html.count(nav) == 1 and html.count(article) == 1
    rest = "\n".join(markup for name, markup in PAYLOADS.items() if name != "title")
    html = html.replace(nav, PAYLOADS["title"] + nav).replace(article, article + rest)
    target.write_text(html, encoding="utf-8")

    with serve_directory(site) as url:
        page = visit()
        page.go(url + QUESTION)
        for element in ("js-mixed-case", "js-newline", "js-entities", "handler"):
            page.page.click(f"#{element}")
        page.page.wait_for_timeout(300)
        assert page.dialogs == [], "injected markup ran"
        assert page.page.url == url + QUESTION
        assert not [request for request in page.requests if request.startswith(OTHER_ORIGIN)]
        found = {(v["directive"], v["sample"] or v["blocked"]) for v in page.violations()}
        assert found == {
            ("script-src-attr", "alert('title')"),
            ("script-src-elem", "javascript:alert('js-mixed-case')"),
            ("script-src-elem", "javascript:alert('js-newline')"),
            ("script-src-elem", "javascript:alert('js-entities')"),
            ("base-uri", OTHER_ORIGIN),
            ("object-src", url + "embedded.html"),
            ("script-src-elem", "alert('script')"),
            ("script-src-attr", "alert('handler')"),
        }
        # The page still works: Material's scripts and ours ran.
        assert page.page.evaluate("typeof __md_get") == "function"
