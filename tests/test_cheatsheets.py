"""The PDF cheat sheets and the print stylesheet, checked the way a reader gets them.

The sheets are built once per session, in-process, from the real questions, and once from
60 made-up worst-case questions (longest titles and summaries, 14 key lines of 64
characters), then read back with poppler's pdfinfo and pdftotext. The print stylesheet is
checked by printing a question page of a freshly built site. Nothing here skips: without
Chromium or poppler-utils the tests fail and say what to install.
"""

from __future__ import annotations

import math
import os
import re
import shutil
import subprocess
import sys
import time
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import psutil
import pytest
import yaml
from browser import BrowserNotFound, launch
from build_cheatsheets import (
    CODE_FONT_PT,
    COLUMN_CHARS,
    KEY_LINE_RULE,
    MARGIN_X_MM,
    MONO_ADVANCE_EM,
    PAGE_WIDTH_MM,
    CheatSheetError,
    Sheet,
    build,
    display_width,
    stylesheet,
)
from catalog import (
    LEVELS,
    LIBRARY_NAMES,
    PYTHONS,
    ROOT,
    SECTIONS,
    Question,
    inline_html,
    load_questions,
    pinned_version,
    read_mkdocs_config,
)
from packaging.requirements import Requirement
from snippets import Snippet

SHEET_NAMES = [*LEVELS, *SECTIONS, "all"]
KEY_MAX_LINES = 14  # CONTRIBUTING.md: a key section has at most 14 non-blank lines
BUILD_SECONDS = 20  # the budget for the whole command on a 2-core machine
SECTION_MARK = re.compile(r"^\s*# --8<-- \[(start|end):[\w-]+\]\s*$")


# --- tools ------------------------------------------------------------------------------------
def tool(name: str) -> str:
    found = shutil.which(name) or (f"/usr/bin/{name}" if os.access(f"/usr/bin/{name}", os.X_OK) else None)
    if not found:
        pytest.fail(
            f"{name} not found: install poppler-utils (apt-get install -y poppler-utils)",
            pytrace=False,
        )
    return found


def run(*command: str) -> str:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode:
        pytest.fail(f"{' '.join(command)} failed:\n{result.stderr}", pytrace=False)
    return result.stdout


@cache
def pdf_info(pdf: Path) -> dict[str, str]:
    lines = run(tool("pdfinfo"), str(pdf)).splitlines()
    return {key.strip(): value.strip() for key, _, value in (line.partition(":") for line in lines)}


def page_count(pdf: Path) -> int:
    return int(pdf_info(pdf)["Pages"])


@cache
def columns(pdf: Path) -> list[str]:
    """pdftotext -layout of each column of each page, in reading order (page 1 left, right, ...)."""
    width = float(pdf_info(pdf)["Page size"].split()[0])
    half = round(width / 2)  # the middle of the column gap
    pages = page_count(pdf)
    sides = []
    for x, w in ((0, half), (half, math.ceil(width) - half)):
        text = run(
            tool("pdftotext"),
            "-layout",
            "-x",
            str(x),
            "-y",
            "0",
            "-W",
            str(w),
            "-H",
            "2000",
            str(pdf),
            "-",
        )
        chunks = text.split("\f")[:pages]
        assert len(chunks) == pages, f"{pdf.name}: pdftotext gave {len(chunks)} pages, pdfinfo {pages}"
        sides.append(chunks)
    return [chunk for page in zip(*sides, strict=True) for chunk in page]


def page_text(pdf: Path, page: int) -> str:
    return run(tool("pdftotext"), "-layout", "-f", str(page), "-l", str(page), str(pdf), "-")


def norm(text: str) -> str:
    """The comparable form of a text: Unicode-normalised, no backticks, no whitespace at all.

    pdftotext turns the padding around inline code into spaces ("`is`," reads "is ,") and
    two spaces before a comment into one, so whitespace is dropped rather than collapsed.
    """
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text).replace("`", ""))


def key_section(path: Path) -> list[str]:
    """The non-blank lines of a snippet's key section, read independently of the build."""
    text = path.read_text(encoding="utf-8")
    match = re.search(r"^[ \t]*# --8<-- \[start:key\][ \t]*\n(.*?)^[ \t]*# --8<-- \[end:key\]", text, re.M | re.S)
    assert match, f"{path}: no key section"
    return [line for line in match[1].splitlines() if line.strip() and not SECTION_MARK.match(line)]


def belongs(name: str, question: Question) -> bool:
    if name in LEVELS:
        return question.level == name
    if name in SECTIONS:
        return question.section == name
    return name == "all"


# --- builds -----------------------------------------------------------------------------------
@dataclass
class Built:
    questions: list[Question]
    sheets: dict[str, Sheet]
    keys: dict[str, list[str]]  # question url -> its key lines, read independently just before the build


def build_sheets(site_dir: Path, questions: list[Question], **options) -> Built:
    tool("pdfinfo")
    tool("pdftotext")
    snippets_dir = options.get("snippets_dir", ROOT / "snippets")
    # Read now, not when a test runs: other people may be editing snippets meanwhile.
    keys = {q.url: key_section(snippets_dir / q.section / f"{q.slug}.py") for q in questions}
    try:
        sheets = build(site_dir, questions, **options)
    except BrowserNotFound as error:
        pytest.fail(f"Chromium is needed to print the cheat sheets: {error}", pytrace=False)
    return Built(questions, {sheet.name: sheet for sheet in sheets}, keys)


@pytest.fixture(scope="session")
def real_build(tmp_path_factory) -> Built:
    return build_sheets(tmp_path_factory.mktemp("cheatsheets"), load_questions())


WORD = ("lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit", "sed", "do")


def words(count: int, seed: int) -> str:
    return " ".join(WORD[(seed + i * 7) % len(WORD)] for i in range(count))


def worst_case_snippet(number: int) -> str:
    """A valid snippet whose key section is as large as the rules allow: 14 non-blank lines of
    exactly 64 characters, and two blank lines between them."""
    key = []
    for line in range(KEY_MAX_LINES // 2):
        statement = f"value_{number:02d}_{line} = "
        key.append(statement + '"' + "x" * (KEY_LINE_RULE - len(statement) - 2) + '"')
        key.append("#> " + "y" * (KEY_LINE_RULE - 3))
        if line in (2, 4):
            key.append("")
    return "import sys\n\n# --8<-- [start:key]\n" + "\n".join(key) + "\n# --8<-- [end:key]\n"


@pytest.fixture(scope="session")
def worst_build(tmp_path_factory) -> Built:
    """60 questions as large as the house rules allow, spread over every level and section."""
    root = tmp_path_factory.mktemp("worst-case")
    questions = []
    for number in range(60):
        section = list(SECTIONS)[number % len(SECTIONS)]
        level = LEVELS[(number // len(SECTIONS)) % len(LEVELS)]
        slug = f"made-up-{number:02d}"
        snippet = root / "snippets" / section / f"{slug}.py"
        snippet.parent.mkdir(parents=True, exist_ok=True)
        snippet.write_text(worst_case_snippet(number), encoding="utf-8")
        title = f"Question {number:02d}: why does `obj.__eq__` <b>&amp; `a < b`</b> "
        title += words(14, number) + "?"
        summary = f"Summary {number:02d} with `code` & <i>markup</i>: " + words(40, number)
        questions.append(
            Question(
                path=root / "docs" / section / f"{slug}.md",
                section=section,
                slug=slug,
                title=title,
                level=level,
                topics=["testing"],
                summary=summary[:200],
                meta={},
            )
        )
    return build_sheets(root / "site", questions, snippets_dir=root / "snippets")


@pytest.fixture(params=["real", "worst-case"])
def built(request) -> Built:
    return request.getfixturevalue("real_build" if request.param == "real" else "worst_build")


# --- the sheets -------------------------------------------------------------------------------
def test_every_sheet_is_an_a4_pdf_that_opens(built):
    assert sorted(built.sheets) == sorted(SHEET_NAMES)
    for name in SHEET_NAMES:
        sheet = built.sheets[name]
        assert sheet.path.name == f"{name}.pdf" and sheet.path.parent.name == "pdf"
        assert sheet.path.is_file(), f"{sheet.path} was not written"
        info = pdf_info(sheet.path)
        assert info["Page size"].endswith("(A4)"), f"{name}.pdf: page size {info['Page size']}"
        assert page_count(sheet.path) == sheet.pages >= 1
        assert page_text(sheet.path, 1).strip(), f"{name}.pdf: no text on page 1"


@pytest.mark.parametrize("name", SHEET_NAMES)
def test_sheet_has_its_questions_and_no_others(built, name):
    sheet = built.sheets[name]
    mine = [q for q in built.questions if belongs(name, q)]
    others = [q for q in built.questions if not belongs(name, q)]
    assert sorted(card.title for card in sheet.cards) == sorted(q.title for q in mine)
    text = norm("\n".join(columns(sheet.path)))
    missing = [q.title for q in mine if norm(q.title) not in text]
    assert not missing, f"{name}.pdf lacks: {missing}"
    # A title that happens to be part of this sheet's own text is no evidence of a stray question.
    own = norm(" ".join(q.title + q.summary + "".join(built.keys[q.url]) for q in mine))
    strays = [q.title for q in others if norm(q.title) in text and norm(q.title) not in own]
    assert not strays, f"{name}.pdf shows questions of other sheets: {strays}"


@pytest.mark.parametrize("name", SHEET_NAMES)
def test_each_question_is_whole_in_one_column_with_its_key_lines_intact(built, name):
    """Title, summary and every key line of a question share one column of one page, and each
    key line (read from the snippet file, not from the build) is one line of the PDF."""
    sheet = built.sheets[name]
    chunks = [(norm(chunk), [norm(line) for line in chunk.splitlines()]) for chunk in columns(sheet.path)]
    for card in sheet.cards:
        key = built.keys[card.question.url]
        assert [line for line in card.key_lines if line.strip()] == key, f"{card.key_path}: key lines differ"

        def whole(chunk: tuple[str, list[str]], card=card, key=key) -> bool:
            text, lines = chunk
            return (
                norm(card.title) in text
                and norm(card.question.summary) in text
                and all(any(norm(line) in pdf_line for pdf_line in lines) for line in key)
            )

        assert any(whole(chunk) for chunk in chunks), (
            f"{name}.pdf: {card.title!r} is split across columns or pages, or a key line of "
            f"{card.key_path} is not one intact line"
        )


def test_columns_hold_every_key_line(built):
    """No key line is wider than its column: the width in characters follows from the stylesheet."""
    css = stylesheet()
    gap_mm = float(re.search(r"column-gap: ([\d.]+)mm", css)[1])
    pre = re.search(r"pre\.hl \{([^}]*)\}", css)[1]
    pad_mm = float(re.search(r"padding: [\d.]+mm ([\d.]+)mm", pre)[1])
    font_pt = float(re.search(r"font: ([\d.]+)pt", pre)[1])
    column_mm = (PAGE_WIDTH_MM - 2 * MARGIN_X_MM - gap_mm) / 2 - 2 * pad_mm
    from_css = math.floor(column_mm / 25.4 * 72 / (font_pt * MONO_ADVANCE_EM))
    assert font_pt == CODE_FONT_PT and from_css == COLUMN_CHARS
    assert COLUMN_CHARS >= KEY_LINE_RULE, "a line the project rule allows would not fit a column"
    for sheet in built.sheets.values():
        assert sheet.measured_chars >= COLUMN_CHARS, f"{sheet.name}.pdf: the browser fits {sheet.measured_chars}"
        for card in sheet.cards:
            for line in card.key_lines:
                assert display_width(line) <= card.column_chars, f"{card.key_path}: {line!r}"
            # Only a line over the project rule may shrink its block, and only as far as needed.
            if card.key_width <= COLUMN_CHARS:
                assert card.code_font_pt == CODE_FONT_PT


def test_sheets_are_dense(built):
    """At least 6 questions a page on all.pdf and 5 on the others, the last page aside.

    A block as large as the rules allow (3-line title, 200-character summary, 14 key lines)
    is about 66 mm high and a column 277 mm, so a page holds 6 to 8 of them even though each
    block is kept whole; the section headings of the level and section sheets take a little
    more: hence 6 and 5. Real blocks are smaller: 10 a page is usual.
    """
    for name, sheet in built.sheets.items():
        count = len(sheet.cards)
        allowed = max(1, math.ceil(count / (6 if name == "all" else 5)))
        assert sheet.pages <= allowed, f"{name}.pdf: {count} questions on {sheet.pages} pages (at most {allowed})"


def test_header_and_footer_name_the_sheet_date_versions_and_page(real_build):
    for name, sheet in real_build.sheets.items():
        for number in range(1, sheet.pages + 1):
            text = page_text(sheet.path, number)
            header = text.strip().splitlines()[0]
            assert sheet.title in header, f"{name}.pdf page {number}: header {header!r}"
            assert re.search(r"\d{4}-\d{2}-\d{2} · verified on Python 3\.\d+", header), header
            assert f"page {number} of {sheet.pages}" in text.strip().splitlines()[-1], f"{name}.pdf page {number}"
            assert norm(sheet.stamp) in norm(text)
    # The versions come from catalog.PYTHONS and the pins in requirements.txt.
    stamp = real_build.sheets["all"].stamp
    assert stamp.startswith("Python " + ", ".join(PYTHONS)), stamp
    claims: dict[str, list[Requirement]] = {}
    for question in real_build.questions:
        for path in question.snippet_paths:
            for text in Snippet.load(path).requirements():
                requirement = Requirement(text)
                claims.setdefault(requirement.name, []).append(requirement)
    for library, requirements in claims.items():
        assert LIBRARY_NAMES.get(library, library) in stamp, f"{library} missing from {stamp!r}"
        for python in PYTHONS:
            pin = pinned_version(library, python)
            if pin and any(requirement.specifier.contains(pin) for requirement in requirements):
                assert pin in stamp, f"{library} {pin} (pinned for Python {python}) missing from {stamp!r}"


def test_markup_in_titles_is_code_or_text_never_html(worst_build):
    assert inline_html("Is `a < b` & <b>bold</b>?") == "Is <code>a &lt; b</code> &amp; &lt;b&gt;bold&lt;/b&gt;?"
    assert inline_html("``x`y``") == "<code>x`y</code>"
    text = "\n".join(columns(worst_build.sheets["all"].path))
    assert norm("<b>&amp; a < b</b>") in norm(text)  # the title's markup printed as text
    assert norm("<i>markup</i>") in norm(text)


def run_measured(command: list[str]) -> tuple[subprocess.CompletedProcess, float, float]:
    """Run a command; return its result, wall seconds and the CPU seconds of its whole process
    tree. Chromium's processes are not all reaped by their parents, so resource.getrusage would
    miss them: every descendant is sampled while it runs instead."""
    started = time.perf_counter()
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT) as process:
        root = psutil.Process(process.pid)
        used: dict[tuple[int, float], float] = {}
        while process.poll() is None:
            try:
                tree = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                break
            for member in tree:
                try:
                    times = member.cpu_times()
                    used[(member.pid, member.create_time())] = times.user + times.system
                except psutil.Error:
                    pass
            time.sleep(0.05)
        stdout, stderr = process.communicate()
    wall = time.perf_counter() - started
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr), wall, sum(used.values())


def test_the_command_writes_every_sheet_within_the_time_budget(tmp_path):
    """`python scripts/build_cheatsheets.py --site-dir DIR` takes under 20 s on a 2-core machine.

    Other sessions may load this machine, so the check that holds regardless is the CPU time
    of the command and everything it starts, Chromium included: the work is sequential, so on
    an otherwise idle machine the wall time is at most about that. The wall time is checked too
    unless the machine is already busy with more runnable processes than it has cores.
    """
    tool("pdfinfo")
    busy = os.getloadavg()[0] > (os.cpu_count() or 1)
    command = [sys.executable, str(ROOT / "scripts" / "build_cheatsheets.py"), "--site-dir", str(tmp_path / "site")]
    result, wall, cpu = run_measured(command)
    assert result.returncode == 0, result.stdout + result.stderr
    assert sorted(path.stem for path in (tmp_path / "site" / "pdf").glob("*.pdf")) == sorted(SHEET_NAMES)
    assert re.search(r"all\.pdf: \d+ questions, \d+ page", result.stdout), result.stdout
    assert cpu < BUILD_SECONDS, f"the command used {cpu:.1f} s of CPU (wall {wall:.1f} s)"
    assert busy or wall < BUILD_SECONDS, f"the command took {wall:.1f} s on an idle machine"


def test_strict_mode_rejects_a_key_line_over_the_rule(tmp_path):
    snippet = tmp_path / "snippets" / "basics" / "too-wide.py"
    snippet.parent.mkdir(parents=True)
    snippet.write_text("# --8<-- [start:key]\nx = '" + "y" * KEY_LINE_RULE + "'\n# --8<-- [end:key]\n")
    question = Question(
        path=tmp_path / "docs" / "basics" / "too-wide.md", section="basics", slug="too-wide",
        title="Too wide?", level="fresher", topics=["style"], summary="It is.", meta={},
    )  # fmt: skip
    with pytest.raises(CheatSheetError, match=r"too-wide.py:2: key line is 70 characters"):
        build(tmp_path / "site", [question], snippets_dir=tmp_path / "snippets", strict=True)
    assert not (tmp_path / "site").exists(), "nothing is printed when the build refuses"


# --- the print stylesheet ---------------------------------------------------------------------
# The print rules are the "Print" part of docs/assets/site.css; a beforeprint handler ends site.js.


def print_sample() -> Question:
    """A question page with a collapsed follow-up (``???``), preferably also content tabs."""
    collapsed = [q for q in load_questions() if re.search(r"^\?\?\? ", q.path.read_text(encoding="utf-8"), re.M)]
    assert collapsed, "no question page has a collapsed follow-up ('??? question') to print"
    tabbed = [q for q in collapsed if re.search(r'^=== "', q.path.read_text(encoding="utf-8"), re.M)]
    return (tabbed or collapsed)[0]


@pytest.fixture(scope="session")
def printed_page(tmp_path_factory) -> Path:
    """A question page built from a config that inherits mkdocs.yml (site.css, site.js and all).

    Only that question page is built (exclude_docs): fast, and a page someone else is still
    writing cannot break this test.
    """
    sample = print_sample()
    work = tmp_path_factory.mktemp("print-site")
    parent = read_mkdocs_config()
    others = sorted(f"/{q.section}/{q.slug}.md" for q in load_questions() if q.path != sample.path)
    config = {
        "INHERIT": str(ROOT / "mkdocs.yml"),
        "docs_dir": str(ROOT / "docs"),
        "hooks": [str(ROOT / hook) for hook in parent.get("hooks") or []],
        "watch": [],
        "exclude_docs": "\n".join(others) + "\n",
    }
    custom_dir = (parent.get("theme") or {}).get("custom_dir")
    if custom_dir:
        config["theme"] = {"name": parent["theme"]["name"], "custom_dir": str(ROOT / custom_dir)}
    config_file = work / "mkdocs.yml"
    config_file.write_text(yaml.safe_dump(config), encoding="utf-8")
    site = work / "site"
    mkdocs = Path(sys.executable).with_name("mkdocs")
    result = subprocess.run(
        [
            str(mkdocs),
            "build",
            "--quiet",
            "--config-file",
            str(config_file),
            "--site-dir",
            str(site),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )
    page = site / sample.url / "index.html"
    if result.returncode or not page.is_file():
        pytest.fail(f"mkdocs build of {sample.url} failed:\n{result.stderr}", pytrace=False)
    return page


PRINT_STATE = """() => {
  // checkVisibility, not getClientRects: Chromium lays out the content of a closed <details>
  // (content-visibility: hidden) when asked for its boxes, though it does not paint it.
  const shown = (el) => el.checkVisibility({visibilityProperty: true, checkVisibilityCSS: true});
  const chrome = ['.md-header', '.md-tabs', '.md-sidebar--primary', '.md-sidebar--secondary',
                  '.md-search', '.md-footer', '.md-top', '.md-code__nav', '.page-actions',
                  '.progress-control', '.md-typeset button'];
  const closed = [...document.querySelectorAll('details:not([open])')];
  return {
    chromeShown: chrome.filter((s) => [...document.querySelectorAll(s)].some(shown)),
    closed: closed.length,
    selfTestHidden: [...document.querySelectorAll('.selftest-hideable')].filter((w) => !shown(w)).length,
    closedHidden: closed.flatMap((d) => [...d.children]
      .filter((c) => c.tagName !== 'SUMMARY' && !shown(c))
      .map((c) => d.querySelector('summary').textContent.trim())),
    followUps: closed.map((d) => [...d.children].filter((c) => c.tagName !== 'SUMMARY')
                                   .map((c) => c.textContent).join(' ')),
    labels: [...document.querySelectorAll('.tabbed-labels > label')]
      .map((l) => [l.textContent.trim(), shown(l)]),
    blocksHidden: [...document.querySelectorAll('.tabbed-block')].filter((b) => !shown(b)).length,
    blocks: document.querySelectorAll('.tabbed-block').length,
    tabs: [...document.querySelectorAll('.tabbed-set')].map((set) => {
      const labels = [...set.querySelectorAll(':scope > .tabbed-labels > label')];
      const blocks = [...set.querySelectorAll(':scope > .tabbed-content > .tabbed-block')];
      return labels.map((l, i) => [l.textContent.trim(), blocks[i] ? blocks[i].textContent.slice(0, 80) : '']);
    }),
    codeWrap: [...document.querySelectorAll('.md-typeset pre > code')]
      .map((c) => getComputedStyle(c).whiteSpace),
    codeOverflow: [...document.querySelectorAll('.md-typeset pre > code')]
      .map((c) => getComputedStyle(c).overflowX),
  };
}"""


def open_page(browser, page_file: Path):
    page = browser.new_page()
    page.route(
        "**/*",
        lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort(),
    )
    page.goto(page_file.as_uri())
    return page


def test_printing_a_question_page_shows_only_the_content_with_answers_expanded(printed_page, tmp_path):
    page_file = printed_page
    try:
        with launch() as browser:
            page = open_page(browser, page_file)
            # As a reader in self-test mode sees it, if the site has that mode: answers hidden.
            page.evaluate("() => document.querySelectorAll('.selftest-hideable').forEach((w) => { w.hidden = true; })")
            page.emulate_media(media="print")
            state = page.evaluate(PRINT_STATE)
            pdf = tmp_path / "page.pdf"
            page.pdf(path=str(pdf), format="A4", print_background=True)
    except BrowserNotFound as error:
        pytest.fail(str(error), pytrace=False)
    assert state["chromeShown"] == [], f"printed with site chrome: {state['chromeShown']}"
    assert state["closed"] >= 1 and state["closedHidden"] == [], f"answers still collapsed: {state['closedHidden']}"
    assert state["blocksHidden"] == 0, "a content tab's block is hidden in print"
    assert state["selfTestHidden"] == 0, "self-test mode hides part of the answer in print"
    assert all(shown for _, shown in state["labels"]), f"tab labels hidden: {state['labels']}"
    assert set(state["codeWrap"]) <= {"pre-wrap", "break-spaces"}, state["codeWrap"]
    assert "auto" not in state["codeOverflow"] and "scroll" not in state["codeOverflow"], state["codeOverflow"]
    text = norm(run(tool("pdftotext"), str(pdf), "-"))
    for answer in state["followUps"]:
        assert norm(answer) in text, f"follow-up answer not printed: {answer[:80]!r}"
    for tabs in state["tabs"]:  # each tab's label, then its content, one tab after the other
        position = 0
        for label, content in tabs:
            for part in (label, content):
                found = text.find(norm(part), position)
                assert found >= 0, f"tab {label!r}: {part[:60]!r} not printed after the previous tab"
                position = found + len(norm(part))


def test_print_script_opens_answers_for_printing_and_closes_them_after(printed_page):
    page_file = printed_page
    try:
        with launch() as browser:
            page = open_page(browser, page_file)
            closed = page.evaluate("() => document.querySelectorAll('details:not([open])').length")
            page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
            during = page.evaluate("() => document.querySelectorAll('details:not([open])').length")
            page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
            after = page.evaluate("() => document.querySelectorAll('details:not([open])').length")
    except BrowserNotFound as error:
        pytest.fail(str(error), pytrace=False)
    assert closed >= 1 and during == 0 and after == closed
