"""Printable PDF cheat sheets: one per level, one per section, and one with everything.

Usage: python scripts/build_cheatsheets.py [--site-dir site] [--strict]
writes site/pdf/<name>.pdf for every level (fresher, mid, senior, lead), every section
(basics, oop-memory, ...) and ``all``.

Nothing here is written twice: each question contributes its title, level, section and
one-line ``summary`` from its page (catalog.load_questions) and its key code lines, the
``key`` section of its main snippet ``snippets/<section>/<slug>.py``, read from that file:
the same tested code the site shows. A new question lands in its sheets with no other edit.

Layout: A4, two columns, rendered by Chromium (one browser, one page for all sheets). Code
is never wrapped or clipped: the width of a column in monospace characters (COLUMN_CHARS,
66) is computed from the constants the stylesheet is generated from, and the browser checks
that no code block overflows. A key line over the project's 64-character rule is reported;
if it is also wider than the column, its block is set in the size that fits (down to
MIN_CODE_FONT_PT; --strict makes any line over the rule an error).
"""

from __future__ import annotations

import argparse
import html
import math
import os
import re
import sys
import time
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path

import yaml
from catalog import (
    KEY_SECTION,
    LEVELS,
    PYTHONS,
    ROOT,
    SECTIONS,
    Question,
    inline_html,
    load_questions,
    read_mkdocs_config,
    verified_on,
)
from snippets import SNIPPETS_DIR, Snippet, named_sections
from snippets import display_path as display

# --- Page geometry: the stylesheet below is generated from these numbers -------------------
PAGE_WIDTH_MM = 210.0  # A4
MARGIN_X_MM = 6.0
MARGIN_TOP_MM = 11.0  # holds the running header
MARGIN_BOTTOM_MM = 9.0  # holds the footer with "page X of Y"
COLUMN_GAP_MM = 3.6
BODY_FONT_PT = 7.6
TITLE_FONT_PT = 8.2
CODE_FONT_PT = 6.8
CODE_LINE_HEIGHT = 1.2
CODE_PAD_X_MM = 0.8
# A block with a line wider than COLUMN_CHARS (against the 64-character rule) is set in a smaller
# size that fits, never wrapped or clipped, and the build warns (--strict: fails); a line that
# would need less than this size fails the build.
MIN_CODE_FONT_PT = 5.6
# DejaVu Sans Mono: every glyph advances 1233 font units of 2048 per em.
MONO_ADVANCE_EM = 1233 / 2048
KEY_LINE_RULE = 64  # CONTRIBUTING.md: a key line has at most 64 characters
TAB_SIZE = 4

MM_PER_PT = 25.4 / 72
CONTENT_WIDTH_MM = PAGE_WIDTH_MM - 2 * MARGIN_X_MM
COLUMN_WIDTH_MM = (CONTENT_WIDTH_MM - COLUMN_GAP_MM) / 2
CODE_TEXT_WIDTH_MM = COLUMN_WIDTH_MM - 2 * CODE_PAD_X_MM


def column_chars(font_pt: float) -> int:
    """How many monospace characters a code line in one column holds at this size."""
    return math.floor(CODE_TEXT_WIDTH_MM / (font_pt * MONO_ADVANCE_EM * MM_PER_PT) + 1e-9)


def code_font_for(width: int) -> float:
    """The code size for a block whose widest line is ``width`` characters (0.1 pt steps)."""
    size = CODE_FONT_PT
    while column_chars(size) < width and size > MIN_CODE_FONT_PT:
        size = round(size - 0.1, 1)
    return size


COLUMN_CHARS = column_chars(CODE_FONT_PT)
MAX_KEY_CHARS = column_chars(MIN_CODE_FONT_PT)

SITE_NAME_FALLBACK = "Python Interview Answers"
LEVEL_TITLES = {"fresher": "Fresher", "mid": "Mid-level", "senior": "Senior", "lead": "Lead"}


class CheatSheetError(RuntimeError):
    """A question cannot go on a sheet as it is: the message names the file and line."""


# --- Data ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Card:
    """One question as a sheet prints it."""

    question: Question
    key_path: Path
    key_lines: tuple[str, ...]
    key_first_line: int  # line number of the first key line in key_path

    @property
    def title(self) -> str:
        return self.question.title

    @property
    def level(self) -> str:
        return self.question.level

    @property
    def section(self) -> str:
        return self.question.section

    @property
    def key_width(self) -> int:
        return max(display_width(line) for line in self.key_lines)

    @property
    def code_font_pt(self) -> float:
        return code_font_for(self.key_width)

    @property
    def column_chars(self) -> int:
        """Characters a line of this card's code block holds."""
        return column_chars(self.code_font_pt)

    def rule_breaches(self) -> list[str]:
        """Key lines longer than the project's 64-character rule, as file:line messages."""
        return [
            f"{display(self.key_path)}:{self.key_first_line + offset}: "
            f"key line is {display_width(line)} "
            f"characters (rule: at most {KEY_LINE_RULE})"
            + (
                f"; its block is printed at {self.code_font_pt} pt instead of {CODE_FONT_PT} pt"
                if self.code_font_pt < CODE_FONT_PT
                else ""
            )
            for offset, line in enumerate(self.key_lines)
            if display_width(line) > KEY_LINE_RULE
        ]


@dataclass
class Sheet:
    name: str  # file name without .pdf
    title: str
    cards: list[Card]
    kind: str  # "level", "section" or "all"
    stamp: str = ""  # "Python 3.11, ... · pandas 3.1.1"
    path: Path | None = None
    pages: int | None = None
    measured_chars: int | None = None  # code characters a column held in the browser


def display_width(line: str) -> int:
    """Columns a line takes in a monospace font (East Asian wide characters take two)."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in line.expandtabs(TAB_SIZE))


def read_key_lines(path: Path) -> tuple[list[str], int]:
    """The ``key`` section of a snippet and the line number of its first line.

    Lines between ``# --8<-- [start:key]`` and ``# --8<-- [end:key]``, marker lines of any
    section removed, ``#>`` output lines kept, blank lines at either end dropped.
    """
    try:
        source = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CheatSheetError(f"{display(path)}: missing; every question needs its main snippet there") from None
    sections, problems = named_sections(source)
    if KEY_SECTION not in sections or any(f"'{KEY_SECTION}'" in message for _, message in problems):
        raise CheatSheetError(
            f"{display(path)}:1: no complete '{KEY_SECTION}' section: "
            "mark the lines that best show the answer "
            f"with '# --8<-- [start:{KEY_SECTION}]' and '# --8<-- [end:{KEY_SECTION}]'"
        )
    body = [(number, line.expandtabs(TAB_SIZE)) for number, line in sections[KEY_SECTION]]
    while body and not body[0][1].strip():
        body.pop(0)
    while body and not body[-1][1].strip():
        body.pop()
    if not body:
        start = next(n for n, line in enumerate(source.splitlines(), 1) if f"[start:{KEY_SECTION}]" in line)
        raise CheatSheetError(f"{display(path)}:{start}: the '{KEY_SECTION}' section is empty")
    for number, line in body:
        if display_width(line) > MAX_KEY_CHARS:
            raise CheatSheetError(
                f"{display(path)}:{number}: key line is {display_width(line)} characters wide; "
                f"the project rule is at most {KEY_LINE_RULE}, and even in the smallest code size "
                "a cheat-sheet column holds "
                f"{MAX_KEY_CHARS}. Shorten or split it."
            )
    return [line for _, line in body], body[0][0]


def make_cards(questions: list[Question], snippets_dir: Path = SNIPPETS_DIR, strict: bool = False) -> list[Card]:
    cards = []
    for question in questions:
        key_path = snippets_dir / question.key_snippet.relative_to(SNIPPETS_DIR)
        lines, first = read_key_lines(key_path)
        cards.append(Card(question, key_path, tuple(lines), first))
    breaches = [message for card in cards for message in card.rule_breaches()]
    if strict and breaches:
        raise CheatSheetError("key lines over the project rule:\n" + "\n".join(breaches))
    return cards


def title_sort_key(text: str) -> str:
    return text.replace("`", "").casefold()


def sheet_order(card: Card) -> tuple:
    sections = list(SECTIONS)
    return (
        sections.index(card.section) if card.section in sections else len(sections),
        LEVELS.index(card.level) if card.level in LEVELS else len(LEVELS),
        title_sort_key(card.title),
    )


def make_sheets(cards: list[Card]) -> list[Sheet]:
    """Every sheet, in file-name order of the issue: levels, sections, then all."""
    ordered = sorted(cards, key=sheet_order)
    sheets = [
        Sheet(
            level,
            f"{LEVEL_TITLES.get(level, level.title())} questions",
            [c for c in ordered if c.level == level],
            "level",
        )
        for level in LEVELS
    ]
    sheets += [
        Sheet(section, title, [c for c in ordered if c.section == section], "section")
        for section, title in SECTIONS.items()
    ]
    sheets.append(Sheet("all", "All questions", ordered, "all"))
    return sheets


def version_stamp(cards: list[Card]) -> str:
    """What the sheet's code was verified on, as the pages' "Verified on" line says it.

    catalog.verified_on derives it from the snippets (their Python claims and libraries)
    and the pins in requirements.txt. Snippets with the same claims add nothing new, so one
    of each kind stands for all: 11 sheets do not parse every snippet 11 times.
    """
    kinds: dict[tuple, Path] = {}
    for card in cards:
        for path in card.question.snippet_paths or [card.key_path]:
            if path.exists():
                kinds.setdefault(snippet_claims(path), path)
    if not kinds:
        return "Python " + ", ".join(PYTHONS)
    return verified_on(list(kinds.values()))


@cache
def snippet_claims(path: Path) -> tuple:
    snippet = Snippet.load(path)
    return snippet.python_range(), tuple(snippet.requirements())


@cache
def site_config() -> dict:
    """site_name and site_url from mkdocs.yml; unknown YAML tags (!!python/name...) are ignored."""
    try:
        config = read_mkdocs_config()
    except (OSError, yaml.YAMLError):
        config = {}
    return {
        "name": config.get("site_name") or SITE_NAME_FALLBACK,
        "url": config.get("site_url") or "",
    }


def build_date() -> date:
    """Today, or SOURCE_DATE_EPOCH for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.fromtimestamp(int(epoch), tz=UTC).date()
    return date.today()


# --- HTML ----------------------------------------------------------------------------------
@cache
def _pygments():
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import PythonLexer
    from pygments.token import STANDARD_TYPES

    formatter = HtmlFormatter(nowrap=True, style="default")
    # Tokens the style leaves unstyled (names, punctuation, whitespace) need no <span>: half the
    # elements of a sheet, and so a good part of Chromium's work, go with them.
    unstyled = {"w"}
    for token, css_class in STANDARD_TYPES.items():
        style = formatter.style.style_for_token(token)
        if css_class and not any(style[key] for key in ("color", "bgcolor", "bold", "italic", "underline", "border")):
            unstyled.add(css_class)
    classes = "|".join(sorted(unstyled))
    plain_span = re.compile(f'<span class="(?:{classes})">([^<]*)</span>')
    return PythonLexer(stripnl=False, ensurenl=True), formatter, plain_span


@cache
def code_html(lines: tuple[str, ...]) -> str:
    """Highlighted code, one output line per key line; ``#>`` lines styled as printed output."""
    from pygments import highlight

    lexer, formatter, plain_span = _pygments()
    highlighted = plain_span.sub(r"\1", highlight("\n".join(lines) + "\n", lexer, formatter)).split("\n")
    if highlighted and highlighted[-1] == "":
        highlighted.pop()
    if len(highlighted) != len(lines):  # never expected: fall back to plain text
        highlighted = [html.escape(line) for line in lines]
    rendered = []
    for raw, marked in zip(lines, highlighted, strict=True):
        if not raw.strip():  # a blank line takes half a line: the gap shows, the space is saved
            rendered.append('<span class="ln blank"></span>')
        elif raw.lstrip().startswith("#>"):
            rendered.append(f'<span class="ln out">{html.escape(raw)}</span>')
        else:
            rendered.append(f'<span class="ln">{marked}</span>')
    # No newline between lines: each is a block, so a newline would add an empty line.
    return "".join(rendered)


def card_html(card: Card, show_level: bool, site_url: str) -> str:
    title = inline_html(card.title)
    if site_url:
        title = f'<a href="{html.escape(site_url.rstrip("/") + "/" + card.question.url)}">{title}</a>'
    size = f' style="font-size: {card.code_font_pt}pt"' if card.code_font_pt != CODE_FONT_PT else ""
    badge = f' <span class="lvl lvl-{html.escape(card.level)}">{html.escape(card.level)}</span>' if show_level else ""
    return (
        f'<article class="q" data-key="{html.escape(display(card.key_path))}">'
        f"<h3>{title}{badge}</h3>"
        f'<p class="sum">{inline_html(card.question.summary)}</p>'
        f'<pre class="hl"{size}><code>{code_html(card.key_lines)}</code></pre>'
        "</article>"
    )


@cache
def stylesheet() -> str:
    from pygments.formatters import HtmlFormatter

    highlight_css = HtmlFormatter(style="default").get_style_defs(".hl")
    return f"""
@page {{ size: A4; }}
* {{ box-sizing: border-box; }}
html {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
body {{
  margin: 0; color: #16181d;
  font: {BODY_FONT_PT}pt/1.24 "DejaVu Sans", sans-serif;
  font-variant-ligatures: none; hyphens: manual; overflow-wrap: break-word;
}}
@media screen {{ body {{ width: {CONTENT_WIDTH_MM}mm; }} }}
a {{ color: inherit; text-decoration: none; }}
code {{ font-family: "DejaVu Sans Mono", monospace; font-size: 0.92em; }}
.banner {{
  display: flex; justify-content: space-between; align-items: baseline; gap: 4mm;
  border-bottom: 0.8pt solid #3f51b5; margin: 0 0 2mm; padding: 0 0 0.8mm;
}}
.banner h1 {{ font-size: 11pt; margin: 0; color: #283593; white-space: nowrap; }}
.banner p {{ margin: 0; color: #555; font-size: 6.8pt; line-height: 1.25; text-align: right; }}
.banner .url {{ white-space: nowrap; }}
.columns {{
  column-count: 2; column-gap: {COLUMN_GAP_MM}mm; column-rule: 0.4pt solid #c5c9d6;
}}
.keep, .q {{ break-inside: avoid; }}
h2 {{
  margin: 0 0 1.4mm; padding: 0.5mm 1.6mm; font-size: 8.6pt; line-height: 1.3;
  color: #fff; background: #3f51b5; border-radius: 0.8mm;
}}
h2.level-fresher {{ background: #2e7d32; }}
h2.level-mid {{ background: #1565c0; }}
h2.level-senior {{ background: #a35200; }}
h2.level-lead {{ background: #7b1f6a; }}
h2 .count {{ font-weight: normal; opacity: 0.85; font-size: 7pt; }}
.q {{ margin: 0 0 2.2mm; }}
.q h3 {{ font-size: {TITLE_FONT_PT}pt; line-height: 1.22; margin: 0 0 0.4mm; color: #1a237e; }}
.q h3 code {{ font-size: 0.9em; background: #e8eaf6; border-radius: 0.5mm; padding: 0 0.3mm; }}
.sum {{ margin: 0 0 0.7mm; color: #2c2f36; }}
.sum code {{ background: #eef0f4; border-radius: 0.5mm; padding: 0 0.3mm; }}
.lvl {{
  display: inline-block; font-size: 6pt; font-weight: bold; padding: 0 0.8mm;
  border-radius: 0.6mm; vertical-align: 0.3pt;
}}
.lvl-fresher {{ background: #dff3e4; color: #1b5e20; }}
.lvl-mid {{ background: #e3ecfb; color: #0d47a1; }}
.lvl-senior {{ background: #fff0d9; color: #7a4100; }}
.lvl-lead {{ background: #f6e1f2; color: #6a1b5a; }}
pre.hl {{
  margin: 0; padding: 0.6mm {CODE_PAD_X_MM}mm; border: 0; border-radius: 0.8mm;
  font: {CODE_FONT_PT}pt/{CODE_LINE_HEIGHT} "DejaVu Sans Mono", monospace;
  white-space: pre; overflow: visible; background: #f5f6f9; color: #111;
}}
pre.hl code {{ font: inherit; background: none; padding: 0; }}
pre.hl .ln {{ display: block; }}
pre.hl .blank {{ height: 0.5em; }}
{highlight_css}
.hl .out {{ color: #5d4037; font-style: normal; }}
.empty {{ color: #555; font-style: italic; }}
"""


def groups(sheet: Sheet) -> list[tuple[str, str, list[Card]]]:
    """(css class, heading, cards): by section, except a section sheet, which goes by level."""
    if sheet.kind == "section":
        keys = [(level, f"level-{level}", LEVEL_TITLES.get(level, level)) for level in LEVELS]
        field = "level"
    else:
        keys = [(section, "", title) for section, title in SECTIONS.items()]
        field = "section"
    found = []
    for key, css, heading in keys:
        cards = [card for card in sheet.cards if getattr(card, field) == key]
        if cards:
            found.append((css, heading, cards))
    return found


def sheet_html(sheet: Sheet, site: dict, today: date) -> str:
    show_level = sheet.kind == "all"  # the other sheets are one level, or grouped by level
    blocks = []
    for css, title, cards in groups(sheet):
        heading = f'<h2 class="{css}">{html.escape(title)} <span class="count">· {len(cards)}</span></h2>'
        # The heading travels with its first question, never alone at the foot of a column.
        blocks.append(f'<div class="keep">{heading}{card_html(cards[0], show_level, site["url"])}</div>')
        blocks.extend(card_html(card, show_level, site["url"]) for card in cards[1:])
    if not blocks:
        blocks.append('<p class="empty">No questions on this sheet yet.</p>')
    count = len(sheet.cards)
    where = f'<br>Full answers: <span class="url">{html.escape(site["url"])}</span>' if site["url"] else ""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{html.escape(sheet.title)} · {html.escape(site["name"])}</title>
<style>{stylesheet()}</style></head>
<body>
<div class="banner"><h1>{html.escape(sheet.title)}</h1>
<p>{count} question{"s" if count != 1 else ""} · key code from the site's tested snippets{where}</p></div>
<main class="columns">
{chr(10).join(blocks)}
</main>
</body></html>"""


TEMPLATE_STYLE = (
    f"width:100%; margin:0 {MARGIN_X_MM}mm; display:flex; justify-content:space-between; gap:3mm;"
    " font:6.4pt 'DejaVu Sans',sans-serif; -webkit-print-color-adjust:exact;"
)


def header_template(sheet: Sheet, site: dict, today: date) -> str:
    """Running header: the sheet, and the date and versions its code was verified with."""
    return (
        f'<div style="{TEMPLATE_STYLE} color:#222;">'
        f"<b>{html.escape(sheet.title)}</b>"
        f'<span style="text-align:right">{today.isoformat()} · '
        f"verified on {html.escape(sheet.stamp)}</span></div>"
    )


def footer_template(sheet: Sheet, site: dict) -> str:
    return (
        f'<div style="{TEMPLATE_STYLE} color:#555;">'
        f"<span>{html.escape(site['name'])} · "
        "cheat sheet generated from the site's tested snippets</span>"
        '<span style="white-space:nowrap">page <span class="pageNumber"></span> of '
        '<span class="totalPages"></span></span></div>'
    )


# Every code block must fit its column; and a probe line of COLUMN_CHARS characters must too.
LAYOUT_CHECK = """(chars) => {
  const overflowing = [];
  for (const pre of document.querySelectorAll('pre.hl')) {
    if (pre.scrollWidth > pre.clientWidth) overflowing.push(pre.closest('article').dataset.key);
  }
  const probe = document.createElement('pre');
  probe.className = 'hl';
  const span = document.createElement('span');
  span.textContent = '0'.repeat(chars);
  probe.appendChild(span);
  document.querySelector('.columns').prepend(probe);
  const style = getComputedStyle(probe);
  const room = probe.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  const perChar = span.getBoundingClientRect().width / chars;
  probe.remove();
  return {overflowing, room, perChar, fits: Math.floor(room / perChar + 1e-6)};
}"""


def count_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", pdf))


def render(sheets: list[Sheet], out_dir: Path, today: date) -> None:
    """Print every sheet with one browser and one page."""
    from browser import launch

    site = site_config()
    out_dir.mkdir(parents=True, exist_ok=True)
    with launch() as browser:
        page = browser.new_page(viewport={"width": 1000, "height": 1200})
        # Self-contained HTML: nothing may be fetched from anywhere.
        page.route("**/*", lambda route: route.abort())
        # all.pdf first: it holds every question, so checking its layout checks every code
        # block (each is the same HTML, in the same column, on every sheet it is on).
        for sheet in sorted(sheets, key=lambda sheet: sheet.kind != "all"):
            page.set_content(sheet_html(sheet, site, today), wait_until="load")
            if sheet.kind == "all":
                layout = page.evaluate(LAYOUT_CHECK, COLUMN_CHARS)
                if layout["overflowing"]:
                    raise CheatSheetError("code wider than its column for " + ", ".join(layout["overflowing"]))
                if layout["fits"] < COLUMN_CHARS:
                    raise CheatSheetError(
                        f"a column holds {layout['fits']} code characters in the browser, not the "
                        f"{COLUMN_CHARS} computed from the stylesheet (is DejaVu Sans Mono installed?)"
                    )
                measured = layout["fits"]
            pdf = page.pdf(
                format="A4",
                print_background=True,
                display_header_footer=True,
                header_template=header_template(sheet, site, today),
                footer_template=footer_template(sheet, site),
                margin={
                    "top": f"{MARGIN_TOP_MM}mm",
                    "bottom": f"{MARGIN_BOTTOM_MM}mm",
                    "left": f"{MARGIN_X_MM}mm",
                    "right": f"{MARGIN_X_MM}mm",
                },
                outline=True,
            )
            sheet.measured_chars = measured
            sheet.path = out_dir / f"{sheet.name}.pdf"
            partial = sheet.path.with_suffix(".pdf.part")
            partial.write_bytes(pdf)
            partial.replace(sheet.path)
            sheet.pages = count_pages(pdf)


def build(
    site_dir: Path,
    questions: list[Question] | None = None,
    *,
    snippets_dir: Path = SNIPPETS_DIR,
    today: date | None = None,
    strict: bool = False,
) -> list[Sheet]:
    """Write site_dir/pdf/<name>.pdf for every sheet and return the sheets.

    ``strict``: a key line over the 64-character rule is an error, not a warning.
    """
    if questions is None:
        questions = load_questions()
    cards = make_cards(questions, snippets_dir, strict)
    sheets = make_sheets(cards)
    for sheet in sheets:
        sheet.stamp = version_stamp(sheet.cards)
    render(sheets, Path(site_dir) / "pdf", today or build_date())
    return sheets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site-dir", type=Path, default=ROOT / "site", help="the built site (default: site)")
    parser.add_argument(
        "--strict",
        action="store_true",
        help=f"fail on a key line over {KEY_LINE_RULE} characters instead of warning",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    from browser import BrowserNotFound

    try:
        sheets = build(args.site_dir, strict=args.strict)
    except (CheatSheetError, BrowserNotFound) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    everything = next(sheet for sheet in sheets if sheet.name == "all")
    for card in everything.cards:
        for message in card.rule_breaches():
            print(f"warning: {message}", file=sys.stderr, flush=True)
    for sheet in sheets:
        per_page = len(sheet.cards) / sheet.pages if sheet.pages else 0
        print(f"{display(sheet.path)}: {len(sheet.cards)} questions, {sheet.pages} page(s), {per_page:.1f} per page")
    print(f"{len(sheets)} PDFs in {time.perf_counter() - started:.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
