"""Search finds a question by what a reader types: identifiers as written, and plain phrases.

Runs Material's real search (its web worker, lunr and the `separator` set in mkdocs.yml) in
Chromium against the strict build, typing key by key as a reader does.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from browser import launch

# (what a reader types, the question page that must be among the first three results)
QUERIES = [
    ("__slots__", "advanced/slots/"),
    ("dict.get", "production/dict-get-and-mutable-defaults/"),
    ("*args", "basics/args-kwargs/"),
    ("**kwargs", "basics/args-kwargs/"),
    ("functools.wraps", "oop-memory/decorators/"),
    ("GIL", "oop-memory/gil/"),
    ("lru_cache", "coding/lru-cache/"),
    ("snake_case", "basics/pep8/"),
    ("sys.intern", "basics/eq-vs-is/"),
    ("257 is 257", "basics/eq-vs-is/"),
    ("copy.deepcopy", "oop-memory/shallow-vs-deep-copy/"),
    ("__init__", "oop-memory/classes-and-self/"),
    ("@staticmethod", "oop-memory/static-class-instance-methods/"),
    ("super()", "oop-memory/inheritance-mro-basics/"),
    ("OrderedDict", "oop-memory/dict-insertion-order/"),
    ("LEGB", "oop-memory/namespaces-legb/"),
    ("nonlocal", "oop-memory/namespaces-legb/"),
    ("mutable default", "production/dict-get-and-mutable-defaults/"),
    ("metaclass", "advanced/metaclasses/"),
    ("C3 linearization", "advanced/mro-c3/"),
    ("asyncio", "advanced/async-vs-threads/"),
    ("multiprocessing", "advanced/multiprocessing-vs-threading/"),
    ("contextmanager", "advanced/context-managers/"),
    ("duck typing", "advanced/duck-typing/"),
    ("lambda loop", "advanced/late-binding-closures/"),
    ("reindex", "data/reindexing/"),
    ("pd.merge", "data/merge-join-concat/"),
    ("isin", "data/series-set-difference/"),
    ("np.delete", "data/numpy-replace-column/"),
    ("np.loadtxt", "data/numpy-load-large-csv/"),
    ("google sheet", "data/read-public-google-sheet/"),
    ("anagram", "coding/group-anagrams/"),
    ("two sum", "coding/two-sum/"),
    ("balanced brackets", "coding/valid-parentheses/"),
    ("exponential backoff", "production/retry-backoff/"),
    ("unittest.mock", "production/unit-testing/"),
    ("shebang", "production/executable-scripts/"),
    ("argparse", "production/executable-scripts/"),
    ("Singleton", "production/design-patterns/"),
    ("cProfile", "production/optimize-slow-script/"),
    ("tracemalloc", "production/memory-leaks/"),
    ("PEP 8", "basics/pep8/"),
]

# The page of each result group, in order: the first link of a group is its page (or a
# section of it when only a section matched).
RESULT_PAGES = """() => {
  const pages = [];
  for (const item of document.querySelectorAll(".md-search-result__list > .md-search-result__item")) {
    const link = item.querySelector("a");
    if (!link) continue;
    const path = new URL(link.href).pathname;
    if (!pages.includes(path)) pages.push(path);
  }
  return pages;
}"""


# Module scope: Playwright's sync API allows one running instance at a time (see test_browser.py).
@pytest.fixture(scope="module")
def search_page(site_url: str) -> Iterator:
    try:
        with launch() as browser:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(site_url)
            yield page
    except Exception as error:  # never skip: no browser is a failure with a clear message
        if type(error).__name__ == "BrowserNotFound":
            pytest.fail(f"the search tests need Chromium: {error}", pytrace=False)
        raise


def search(page, base: str, query: str) -> list[str]:
    """Type the query key by key and return the result pages, relative to the site root."""
    box = page.locator("input.md-search__input")
    box.click()
    box.press("Control+a")
    box.press("Backspace")
    box.press_sequentially(query, delay=15)
    deadline = time.monotonic() + 6
    last, stable = None, 0
    while time.monotonic() < deadline:
        pages = page.evaluate(RESULT_PAGES)
        stable = stable + 1 if pages == last else 0
        last = pages
        if pages and stable >= 4:  # the same non-empty list for 0.4 s: the worker is done
            break
        time.sleep(0.1)
    page.keyboard.press("Escape")
    root = "/" + base.split("/", 3)[3] if base.count("/") > 3 else "/"
    return [path[len(root) :] if path.startswith(root) else path for path in last or []]


@pytest.mark.parametrize(("query", "expected"), QUERIES, ids=[q for q, _ in QUERIES])
def test_query_finds_its_question_in_the_top_three(search_page, site_url: str, query: str, expected: str) -> None:
    results = search(search_page, site_url, query)
    assert expected in results[:3], f"{query!r}: expected {expected} in the top 3, got {results[:5]}"


def test_there_are_enough_queries() -> None:
    assert len(QUERIES) >= 25
    assert len({expected for _, expected in QUERIES}) >= 25, "queries should cover many pages"
