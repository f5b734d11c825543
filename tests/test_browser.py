"""The site in a real browser: search, filters, self-test mode, progress, privacy, accessibility.

Chromium comes from scripts/browser.launch(); a missing browser fails these tests, it never
skips them. Every page is the strict build served on 127.0.0.1 (tests/conftest.py).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

QUESTION = "basics/eq-vs-is/"
QUESTION_LEVEL, QUESTION_SECTION = "fresher", "basics"
NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "docs" / "data" / "notebooks").glob("*.ipynb"))


class Visit:
    """A fresh browser context that records every request it makes."""

    def __init__(self, browser, site_url: str, **options) -> None:
        options.setdefault("viewport", {"width": 1280, "height": 900})
        self.context = browser.new_context(accept_downloads=True, **options)
        self.site_url = site_url
        self.requests: list[str] = []
        self.context.on("request", lambda request: self.requests.append(request.url))
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

    def go(self, path: str = "") -> None:
        self.page.goto(self.site_url + path)
        self.page.wait_for_load_state("load")

    def foreign_requests(self) -> list[str]:
        local = ("http://127.0.0.1:", "blob:http://127.0.0.1:", "data:", "about:")
        return [url for url in self.requests if not url.startswith(local)]


@pytest.fixture
def visit(chromium, site_url: str) -> Iterator:
    visits: list[Visit] = []

    def open_context(**options) -> Visit:
        visits.append(Visit(chromium, site_url, **options))
        return visits[-1]

    yield open_context
    for opened in visits:
        assert not opened.errors, f"JavaScript errors: {opened.errors}"
        opened.context.close()


# ---------- search ----------

RESULT_PAGES = """() => [...document.querySelectorAll(".md-search-result__list > .md-search-result__item")]
  .map(item => item.querySelector("a")).filter(Boolean).map(a => new URL(a.href).pathname)"""


def search(page, query: str) -> list[str]:
    box = page.locator("input.md-search__input")
    box.click()
    box.press("Control+a")
    box.press("Backspace")
    box.press_sequentially(query, delay=15)
    deadline, last, stable = time.monotonic() + 6, None, 0
    while time.monotonic() < deadline:
        pages = page.evaluate(RESULT_PAGES)
        stable = stable + 1 if pages == last else 0
        last = pages
        if pages and stable >= 4:
            break
        time.sleep(0.1)
    return [path.lstrip("/") for path in dict.fromkeys(last or [])]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("__slots__", "advanced/slots/"),
        ("dict.get", "production/dict-get-and-mutable-defaults/"),
        ("*args", "basics/args-kwargs/"),
        ("functools.wraps", "oop-memory/decorators/"),
        ("GIL", "oop-memory/gil/"),
    ],
)
def test_search_finds_identifiers_as_typed(visit, query: str, expected: str) -> None:
    v = visit()
    v.go()
    results = search(v.page, query)
    assert expected in results[:3], f"{query!r} -> {results[:5]}"


# ---------- filters ----------


def visible_levels(page) -> list[str]:
    return page.eval_on_selector_all(
        "ul.question-list > li.question:not([hidden])", "items => items.map(i => i.dataset.level)"
    )


def test_level_filter_updates_the_list_and_the_url_and_survives_a_reload(visit) -> None:
    v = visit()
    v.go("all-questions/")
    page = v.page
    total = page.locator("ul.question-list > li.question").count()
    assert total > 20
    assert page.locator(".question-filter__count").inner_text() == f"Showing all {total} questions"

    mid = page.locator('.question-filter button[data-filter="level"][value="mid"]')
    mid.click()
    levels = visible_levels(page)
    assert levels and set(levels) == {"mid"}
    assert mid.get_attribute("aria-pressed") == "true"
    assert parse_qs(urlparse(page.url).query) == {"level": ["mid"]}
    assert page.locator(".question-filter__count").inner_text() == f"Showing {len(levels)} of {total} questions"

    # keyboard: a section and a topic, with Tab focus and Enter / Space
    data = page.locator('.question-filter button[data-filter="section"][value="data"]')
    data.focus()
    page.keyboard.press("Enter")
    pandas = page.locator('.question-filter button[data-filter="topic"][value="pandas"]')
    pandas.focus()
    page.keyboard.press("Space")  # a button activates on key up, after this call returns
    page.wait_for_function("() => location.search.includes('topic=pandas')")
    query = parse_qs(urlparse(page.url).query)
    assert query == {"level": ["mid"], "section": ["data"], "topic": ["pandas"]}
    shown = page.locator("ul.question-list > li.question:not([hidden])")
    count = shown.count()
    assert count >= 1
    for i in range(count):
        item = shown.nth(i)
        assert item.get_attribute("data-level") == "mid"
        assert item.get_attribute("data-section") == "data"
        assert "pandas" in item.get_attribute("data-topics").split()

    # the URL restores the same view, in a new page
    shared = page.url
    v.page.goto(shared)
    assert v.page.locator("ul.question-list > li.question:not([hidden])").count() == count
    for key, value in (("level", "mid"), ("section", "data"), ("topic", "pandas")):
        button = v.page.locator(f'.question-filter button[data-filter="{key}"][value="{value}"]')
        assert button.get_attribute("aria-pressed") == "true"

    # "All levels" and "Clear filters" undo it, and the query is dropped
    v.page.locator(".question-filter__clear").click()
    assert v.page.locator("ul.question-list > li.question:not([hidden])").count() == total
    assert urlparse(v.page.url).query == ""


def test_section_index_has_a_level_filter(visit) -> None:
    v = visit()
    v.go("oop-memory/?level=mid")
    page = v.page
    assert page.locator('.question-filter button[data-filter="section"]').count() == 0
    assert (
        page.locator('.question-filter button[data-filter="level"][value="mid"]').get_attribute("aria-pressed")
        == "true"
    )
    assert set(visible_levels(page)) <= {"mid"}
    page.locator('.question-filter button[data-filter="level"][value=""]').click()
    assert len(visible_levels(page)) == page.locator("ul.question-list > li.question").count()


def test_level_pages_list_their_questions(visit) -> None:
    v = visit()
    v.go("levels/senior/")
    links = v.page.locator(".md-content a[href*='/']").all_inner_texts()
    assert any("GIL" in text or "metaclass" in text for text in links), links


# ---------- self-test mode and progress ----------


def test_self_test_mode_hides_answers_site_wide(visit) -> None:
    v = visit()
    v.go(QUESTION)
    page = v.page
    toggle = page.locator("[data-selftest-toggle]")
    assert toggle.is_visible() and toggle.get_attribute("aria-pressed") == "false"
    assert page.locator("details.answer").get_attribute("open") is not None
    assert page.locator("#in-depth").is_visible()

    toggle.click()
    assert toggle.get_attribute("aria-pressed") == "true"
    assert page.locator("details.answer").get_attribute("open") is None
    assert not page.locator("#in-depth").is_visible()
    assert not page.locator("#pitfalls").is_visible()
    reveal = page.locator("[data-selftest-reveal]")
    assert reveal.is_visible() and reveal.get_attribute("aria-expanded") == "false"
    reveal.click()
    assert page.locator("#in-depth").is_visible() and reveal.get_attribute("aria-expanded") == "true"

    # site-wide and persistent: another question page opens in self-test mode
    v.go("advanced/slots/")
    assert page.locator("[data-selftest-toggle]").get_attribute("aria-pressed") == "true"
    assert page.locator("details.answer").get_attribute("open") is None
    assert not page.locator("#in-depth").is_visible()
    page.locator("[data-selftest-toggle]").click()
    assert page.locator("details.answer").get_attribute("open") is not None
    assert page.locator("#in-depth").is_visible()
    assert not page.locator("[data-selftest-reveal]").is_visible()


def row_counts(page, row: str) -> dict[str, int]:
    cells = page.locator(f'.progress-dashboard tr[data-row="{row}"] td')
    return {cells.nth(i).get_attribute("data-count"): int(cells.nth(i).inner_text()) for i in range(cells.count())}


def test_progress_survives_a_reload_and_shows_on_the_home_page(visit) -> None:
    v = visit()
    v.go(QUESTION)
    page = v.page
    known = page.locator('.progress-control button[data-progress="known"]')
    assert page.locator('.progress-control button[data-progress="unseen"]').get_attribute("aria-pressed") == "true"
    known.click()
    assert known.get_attribute("aria-pressed") == "true"
    page.reload()
    assert page.locator('.progress-control button[data-progress="known"]').get_attribute("aria-pressed") == "true"
    v.go("advanced/slots/")
    page.locator('.progress-control button[data-progress="learning"]').click()

    v.go()
    page.locator(".progress-dashboard tr[data-row]").first.wait_for()
    level = row_counts(page, QUESTION_LEVEL)
    assert level["known"] == 1 and level["unseen"] == level["total"] - 1
    section = row_counts(page, QUESTION_SECTION)
    assert section["known"] == 1
    assert row_counts(page, "advanced")["learning"] == 1
    assert "1 known, 1 learning" in page.locator("[data-progress-summary]").inner_text()

    # the list shows the mark too
    v.go("all-questions/")
    item = page.locator(f'ul.question-list li.question:has(a[href$="{QUESTION}"])')
    assert item.locator(".progress-mark--known").count() == 1


def test_progress_export_reset_and_import(visit, tmp_path: Path) -> None:
    v = visit()
    v.go(QUESTION)
    page = v.page
    page.locator('.progress-control button[data-progress="learning"]').click()
    v.go()
    page.locator(".progress-dashboard tr[data-row]").first.wait_for()
    assert row_counts(page, QUESTION_SECTION)["learning"] == 1

    with page.expect_download() as download_info:
        page.locator("[data-progress-export]").click()
    exported = tmp_path / "progress.json"
    download_info.value.save_as(exported)
    data = json.loads(exported.read_text())
    assert data["progress"] == {QUESTION: "learning"}

    page.once("dialog", lambda dialog: dialog.accept())
    page.locator("[data-progress-reset]").click()
    assert row_counts(page, QUESTION_SECTION)["learning"] == 0

    page.locator("[data-progress-import]").set_input_files(str(exported))
    page.locator("dialog[data-import-confirm] [data-import-replace]").click()
    learning_cell = '.progress-dashboard tr[data-row="basics"] td[data-count="learning"]'
    page.wait_for_function(f"""() => document.querySelector('{learning_cell}')?.textContent === "1" """)
    assert (
        "Imported progress for 1 question from progress.json"
        in page.locator(".progress-dashboard__status").inner_text()
    )

    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]")
    page.locator("[data-progress-import]").set_input_files(str(bad))
    page.wait_for_function(
        """() => document.querySelector('.progress-dashboard__status').textContent.includes('not a progress')"""
    )
    assert row_counts(page, QUESTION_SECTION)["learning"] == 1, "a bad file must change nothing"

    page.reload()
    page.locator(".progress-dashboard tr[data-row]").first.wait_for()
    assert row_counts(page, QUESTION_SECTION)["learning"] == 1


# ---------- privacy and JavaScript off ----------


def test_no_request_leaves_127_0_0_1(visit) -> None:
    v = visit()
    v.go()
    v.page.locator(".progress-dashboard tr[data-row]").first.wait_for()
    v.go(QUESTION)
    v.go("all-questions/?level=senior")
    v.page.locator('.question-filter button[data-filter="section"][value="advanced"]').click()
    search(v.page, "GIL")
    assert NOTEBOOKS, "docs/data/notebooks has notebooks to check"
    for notebook in NOTEBOOKS:
        v.go(f"data/notebooks/{notebook.stem}/")
    v.page.wait_for_timeout(500)
    assert any("search_index.json" in url for url in v.requests), "search should have loaded its index"
    assert v.foreign_requests() == []


def test_pages_work_without_javascript(visit) -> None:
    v = visit(java_script_enabled=False)
    v.go("all-questions/?level=mid")
    page = v.page
    items = page.locator("ul.question-list > li.question")
    assert items.count() > 20
    assert page.locator("ul.question-list > li.question:visible").count() == items.count()
    assert page.locator(".question-filter").count() == 0
    assert not page.locator("[data-selftest-toggle]").is_visible()
    assert page.locator(".md-nav__link").count() > 10

    v.go(QUESTION)
    assert page.locator("details.answer").get_attribute("open") is not None
    assert page.locator("#in-depth").is_visible() and page.locator("#pitfalls").is_visible()
    assert page.locator(".progress-control").count() == 0
    v.go()
    assert "Progress tracking needs JavaScript" in page.locator(".progress-dashboard").inner_text()


# ---------- accessibility ----------


def axe_problems(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    problems = []
    for violation in results.response["violations"]:
        if violation["impact"] in ("serious", "critical"):
            targets = [node["target"] for node in violation["nodes"]][:5]
            problems.append(f"{violation['id']} ({violation['impact']}): {violation['help']} at {targets}")
    return problems


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_violation(visit, scheme: str) -> None:
    v = visit(color_scheme=scheme)
    page = v.page
    found = {}
    expected = "slate" if scheme == "dark" else "default"

    v.go()
    page.locator(".progress-dashboard tr[data-row]").first.wait_for()
    assert page.locator("body").get_attribute("data-md-color-scheme") == expected
    found["home"] = axe_problems(page)

    v.go(QUESTION)
    found["question"] = axe_problems(page)
    page.locator("[data-selftest-toggle]").click()
    found["question in self-test mode"] = axe_problems(page)
    page.locator("[data-selftest-toggle]").click()

    v.go("all-questions/?level=mid&section=data")
    found["filtered list"] = axe_problems(page)

    search(page, "GIL")
    found["search dialog"] = axe_problems(page)

    found = {name: problems for name, problems in found.items() if problems}
    assert not found, json.dumps(found, indent=2)
