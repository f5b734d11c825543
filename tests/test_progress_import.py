"""Progress import and saved progress never lose the reader's data (issue 16, finding 6).

An import file is checked whole before anything is stored; a good one is shown as a list of
changes in a modal dialog and stored only if the reader says so; a storage failure (quota) is
reported as a failure. Saved progress that cannot be read is kept, never silently replaced.
Real headless Chromium against the strict build on 127.0.0.1 (tests/conftest.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

KEY = "pia.progress.v1"
MINE = {"basics/eq-vs-is/": "known", "advanced/slots/": "learning"}
SUMMARY = "[data-progress-summary]"
STATUS = ".progress-dashboard__status"
DIALOG = "dialog[data-import-confirm]"


@pytest.fixture
def page(chromium, site_url: str) -> Iterator:
    """A fresh page on the site's origin; any JavaScript error fails the test."""
    context = chromium.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.site_url = site_url
    yield page
    context.close()
    assert not errors, f"JavaScript errors: {errors}"


def home(page, stored: str | None) -> None:
    """Opens the home page with `stored` as the raw saved progress (None: nothing saved)."""
    page.goto(page.site_url + "404.html")
    page.evaluate(
        "([key, value]) => value === null ? localStorage.clear() : localStorage.setItem(key, value)", [KEY, stored]
    )
    page.goto(page.site_url)
    page.locator(".progress-dashboard tr[data-row]").first.wait_for()


def stored(page, key: str = KEY) -> str | None:
    return page.evaluate("key => localStorage.getItem(key)", key)


def choose(page, path: Path) -> None:
    page.evaluate("status => { document.querySelector(status).textContent = '' }", STATUS)
    page.locator("[data-progress-import]").set_input_files(str(path))


def status_after(page, action) -> str:
    action()
    page.wait_for_function(f"() => document.querySelector('{STATUS}').textContent !== ''", timeout=20000)
    return page.locator(STATUS).inner_text()


def export(progress: dict) -> str:
    return json.dumps({"format": "python-interview-progress", "version": 1, "progress": progress})


def axe_problems(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    violations = Axe().run(page).response["violations"]
    serious = [v for v in violations if v["impact"] in ("serious", "critical")]
    return [f"{v['id']}: {[node['target'] for node in v['nodes']][:3]} {v['nodes'][0]['any'][:1]}" for v in serious]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("progress-null.json", '{"progress": null}', 'its "progress" is null, not an object of page: state'),
        ("no-progress-key.json", '{"x": 1}', '"x" is not a page address like basics/eq-vs-is/'),
        ("wrong-state-type.json", export({"basics/eq-vs-is/": 1}), 'basics/eq-vs-is/ is 1, not "learning" or "known"'),
        (
            "one-bad-entry-of-two.json",
            export({"basics/args-kwargs/": "known", "basics/eq-vs-is/": "done"}),
            'basics/eq-vs-is/ is "done", not "learning" or "known"',
        ),
        ("list.json", "[1, 2]", "it holds a list, not a progress export"),
        ("empty-object.json", "{}", "it holds no progress entries"),
        (
            "other-format.json",
            '{"format": "bookmarks", "progress": {}}',
            'its "format" is "bookmarks", not "python-interview-progress"',
        ),
        (
            "newer-version.json",
            '{"format": "python-interview-progress", "version": 2, "progress": {}}',
            'its "version" is 2; this site reads version 1',
        ),
        ("truncated.json", '{"basics/eq-vs-is/": "kno', "it is not JSON ("),
    ],
)
def test_an_invalid_file_changes_nothing_and_says_why(
    page, tmp_path: Path, name: str, content: str, reason: str
) -> None:
    home(page, json.dumps(MINE))
    before = page.locator(SUMMARY).inner_text()
    bad = tmp_path / name
    bad.write_text(content)
    message = status_after(page, lambda: choose(page, bad))
    assert message.startswith(f"Nothing was imported: {name} is not a progress export, because {reason}")
    assert message.endswith(". Your saved progress is unchanged.")
    assert not page.locator(DIALOG).is_visible()
    assert json.loads(stored(page)) == MINE
    assert page.locator(SUMMARY).inner_text() == before


def test_a_good_file_is_shown_and_stored_only_when_the_reader_agrees(page, tmp_path: Path) -> None:
    home(page, json.dumps(MINE))
    theirs = {"basics/eq-vs-is/": "learning", "basics/args-kwargs/": "known"}
    good = tmp_path / "progress.json"
    good.write_text(export(theirs))

    # Escape cancels: nothing stored
    choose(page, good)
    dialog = page.locator(DIALOG)
    dialog.wait_for()
    assert page.evaluate("() => document.activeElement.hasAttribute('data-import-cancel')")
    assert axe_problems(page) == []
    assert dialog.locator("#progress-import-intro").inner_text() == (
        "progress.json has progress for 2 questions. Replacing your saved progress with it will:"
    )
    assert dialog.locator("li").all_inner_texts() == [
        "add 1 question you had not marked (basics/args-kwargs/)",
        "change 1 question (basics/eq-vs-is/: known \u2192 learning)",
        "forget 1 question that the file does not mention (advanced/slots/)",
    ]
    assert (
        status_after(page, lambda: page.keyboard.press("Escape"))
        == "Import cancelled. Your saved progress is unchanged."
    )
    assert not dialog.is_visible()
    assert json.loads(stored(page)) == MINE

    # the Cancel button: nothing stored
    choose(page, good)
    dialog.wait_for()
    assert (
        status_after(page, lambda: page.keyboard.press("Enter"))
        == "Import cancelled. Your saved progress is unchanged."
    )
    assert json.loads(stored(page)) == MINE

    # keyboard to "Replace my progress": stored, and said so
    choose(page, good)
    dialog.wait_for()
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.hasAttribute('data-import-replace')")
    message = status_after(page, lambda: page.keyboard.press("Enter"))
    assert message == "Imported progress for 2 questions from progress.json; it replaced your previous progress."
    assert json.loads(stored(page)) == theirs
    assert page.locator(SUMMARY).inner_text().startswith("1 known, 1 learning, ")


def test_entries_for_pages_the_site_does_not_have_are_kept_but_not_counted(page, tmp_path: Path) -> None:
    home(page, None)
    theirs = {"basics/eq-vs-is/": "known", "old/removed-page/": "learning"}
    file = tmp_path / "older-site.json"
    file.write_text(export(theirs))
    choose(page, file)
    page.locator(DIALOG).wait_for()
    assert page.locator(f"{DIALOG} li").all_inner_texts() == [
        "add 2 questions you had not marked (basics/eq-vs-is/, old/removed-page/)",
        "store 1 entry for pages this site does not have (old/removed-page/); they are kept but not counted",
    ]
    status_after(page, lambda: page.locator("[data-import-replace]").click())
    assert json.loads(stored(page)) == theirs
    assert page.locator(SUMMARY).inner_text().startswith("1 known, 0 learning, ")


def test_a_storage_quota_failure_is_reported_and_keeps_the_old_progress(page, tmp_path: Path) -> None:
    home(page, json.dumps(MINE))
    before = page.locator(SUMMARY).inner_text()
    huge = {f"gone/page-{i:06d}-{'x' * 90}/": "known" for i in range(60_000)}
    file = tmp_path / "huge.json"
    file.write_text(export(huge))
    assert file.stat().st_size > 6_500_000
    choose(page, file)
    page.locator(DIALOG).wait_for(timeout=20000)
    message = status_after(page, lambda: page.locator("[data-import-replace]").click())
    assert message == (
        "Import failed: this browser's storage for the site is full, so nothing was stored. "
        "Your saved progress is unchanged."
    )
    assert json.loads(stored(page)) == MINE
    assert page.locator(SUMMARY).inner_text() == before


def test_unreadable_saved_progress_is_kept_and_set_aside_on_the_next_change(page) -> None:
    corrupted = '{"basics/eq-vs-is/": "known", '
    home(page, corrupted)
    assert page.locator("[data-progress-problem]").inner_text() == (
        "Your saved progress could not be read (it is not valid JSON), so it is not shown. It is kept as it was; "
        f"your next change moves it to {KEY}.unreadable in this browser's storage."
    )
    assert page.locator(SUMMARY).inner_text().startswith("0 known, 0 learning, ")
    assert stored(page) == corrupted

    page.goto(page.site_url + "advanced/slots/")
    status = page.locator("[data-progress-status]")
    assert status.inner_text().startswith("Your saved progress could not be read (it is not valid JSON)")
    page.locator('.progress-control button[data-progress="learning"]').click()
    assert status.inner_text() == (
        f"Saved. Your earlier saved progress could not be read; it is kept in this browser as {KEY}.unreadable."
    )
    assert stored(page, KEY + ".unreadable") == corrupted
    assert json.loads(stored(page)) == {"advanced/slots/": "learning"}


def test_hand_edited_entries_are_kept_but_not_counted(page) -> None:
    edited = {"basics/eq-vs-is/": "known", "basics/args-kwargs/": "done", "x": 5}
    home(page, json.dumps(edited))
    assert page.locator("[data-progress-problem]").inner_text() == (
        '2 saved entries could not be read ("basics/args-kwargs/", ...); they are kept as they are but not counted.'
    )
    assert page.locator(SUMMARY).inner_text().startswith("1 known, 0 learning, ")
    page.goto(page.site_url + "all-questions/")
    marks = page.locator("ul.question-list .progress-mark")
    assert marks.count() == 1 and marks.inner_text() == "Known"

    page.goto(page.site_url + "advanced/slots/")
    page.locator('.progress-control button[data-progress="learning"]').click()
    assert json.loads(stored(page)) == {**edited, "advanced/slots/": "learning"}


def test_a_refused_write_on_a_question_page_is_reported(page) -> None:
    page.goto(page.site_url + "advanced/slots/")
    # fill this origin's real quota with another key, so that the next write cannot fit
    page.evaluate(
        """() => {
          localStorage.clear();
          let size = 1 << 24;
          let filler = "";
          while (size >= 1) {
            try { localStorage.setItem("filler", filler + "x".repeat(size)); filler += "x".repeat(size); }
            catch (error) { size = Math.floor(size / 2); }
          }
        }"""
    )
    page.locator('.progress-control button[data-progress="known"]').click()
    assert page.locator("[data-progress-status]").inner_text() == (
        "Not saved: this browser's storage for the site is full. Your saved progress is unchanged."
    )
    assert page.locator('.progress-control button[data-progress="unseen"]').get_attribute("aria-pressed") == "true"
    assert stored(page) is None
    page.evaluate("() => localStorage.clear()")
