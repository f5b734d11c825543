"""Pages and snippets fit together: includes resolve, sections close, nothing is orphaned or untested."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from catalog import DOCS_DIR, KEY_SECTION, ROOT, load_questions, parse_includes, python_label, split_front_matter
from snippets import SNIPPETS_DIR, VARIANT, Snippet, iter_snippet_files, named_sections

KEY_MAX_LINES = 14  # non-blank lines, #> output included
KEY_MAX_CHARS = 64
MARKDOWN_FILES = sorted(DOCS_DIR.rglob("*.md")) + [ROOT / "README.md", ROOT / "CONTRIBUTING.md"]
FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})\s*(?P<lang>[\w+-]*)")
PYTHON_TAB = re.compile(r'^=== "(?P<label>Python[^"]*)"')
SHELL_NOTE = re.compile(r"<!--\s*shell:\s*(?P<why>.+?);\s*tested by (?P<test>[^\s,]+)[^>]*-->")


def rel(path: Path) -> str:
    return str(path.relative_to(ROOT))


def sections_of(path: Path) -> tuple[dict[str, list[str]], list[str]]:
    """Named sections of a snippet and the problems with their markers, as file:line messages."""
    sections, problems = named_sections(path.read_text())
    texts = {name: [line for _, line in lines] for name, lines in sections.items()}
    return texts, [f"{rel(path)}:{number}: {message}" for number, message in problems]


def page_includes() -> dict[Path, list[tuple[int, str, str | None]]]:
    found = {}
    for page in sorted(DOCS_DIR.rglob("*.md")):
        _, body, first_line = split_front_matter(page.read_text(encoding="utf-8"))
        found[page] = parse_includes(body, first_line)
    return found


def test_every_include_resolves_to_a_file_and_section() -> None:
    problems = []
    for page, includes in page_includes().items():
        for line, target, section in includes:
            path = SNIPPETS_DIR / target
            if not path.is_file():
                problems.append(f"{rel(page)}:{line}: includes {target}, which does not exist under snippets/")
            elif section and section not in sections_of(path)[0]:
                problems.append(f"{rel(page)}:{line}: {target} has no section '{section}'")
    assert not problems, "\n".join(problems)


def test_every_named_section_is_closed() -> None:
    problems = [problem for path in iter_snippet_files() for problem in sections_of(path)[1]]
    assert not problems, "\n".join(problems)


def test_no_snippet_is_orphaned() -> None:
    included = {(SNIPPETS_DIR / target).resolve() for items in page_includes().values() for _, target, _ in items}
    orphans = [rel(path) for path in iter_snippet_files() if path.resolve() not in included]
    assert not orphans, "not shown on any page (include it, or delete it): " + ", ".join(orphans)


def test_version_variants_share_a_page_with_their_base() -> None:
    problems = []
    for page, includes in page_includes().items():
        shown = {target for _, target, _ in includes}
        for target in shown:
            match = VARIANT.search(Path(target).stem)
            if match:
                base = str(Path(target).with_name(Path(target).stem[: match.start()] + ".py"))
                if base not in shown:
                    problems.append(f"{rel(page)}: shows the variant {target} but not its base {base}")
    for path in iter_snippet_files():
        if VARIANT.search(path.stem):
            base = path.with_name(path.stem[: VARIANT.search(path.stem).start()] + ".py")
            if not base.exists():
                problems.append(f"{rel(path)}: a variant needs its base file {rel(base)}")
    assert not problems, "\n".join(problems)


def test_version_tabs_name_the_pythons_their_snippet_runs_on() -> None:
    """A tab's title is derived from the tested Pythons its snippet claims, never typed from memory."""
    problems = []
    for page, includes in page_includes().items():
        lines = page.read_text(encoding="utf-8").splitlines()
        for number, text in enumerate(lines, start=1):
            tab = PYTHON_TAB.match(text)
            if not tab:
                continue
            target = next((t for line, t, _ in includes if line > number), None)
            expected = python_label(Snippet.load(SNIPPETS_DIR / target)) if target else "(no snippet)"
            if tab["label"] != expected:
                label = tab["label"]
                problems.append(f'{rel(page)}:{number}: tab "{label}" shows {target}, which runs on "{expected}"')
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("question", load_questions(), ids=lambda q: f"{q.section}/{q.slug}")
def test_question_has_a_printable_key_section(question) -> None:
    path = question.key_snippet
    assert path.is_file(), f"{rel(question.path)}: its main snippet {rel(path)} is missing"
    sections, _ = sections_of(path)
    assert KEY_SECTION in sections, f"{rel(path)}: add a '{KEY_SECTION}' section: the cheat sheets print it"
    lines = [line for line in sections[KEY_SECTION] if line.strip()]
    assert 0 < len(lines) <= KEY_MAX_LINES, (
        f"{rel(path)}: the key section has {len(lines)} non-blank lines (1 to {KEY_MAX_LINES})"
    )
    too_wide = [line for line in lines if len(line) > KEY_MAX_CHARS]
    assert not too_wide, f"{rel(path)}: key lines wider than {KEY_MAX_CHARS} characters: {too_wide}"
    included = {target for _, target, _ in question.includes}
    assert f"{question.section}/{question.slug}.py" in included, f"{rel(question.path)} never shows {rel(path)}"


def fenced_blocks(path: Path):
    """(line, language, code, preceding text) for each fenced block of a Markdown file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    index = 0
    while index < len(lines):
        match = FENCE.match(lines[index])
        if not match:
            index += 1
            continue
        fence, start = match["fence"], index
        index += 1
        body = []
        while index < len(lines) and not lines[index].strip().startswith(fence):
            body.append(lines[index])
            index += 1
        yield start + 1, match["lang"], "\n".join(body), "\n".join(lines[max(0, start - 3) : start])
        index += 1


@pytest.mark.parametrize("path", MARKDOWN_FILES, ids=rel)
def test_no_python_block_is_left_untested(path: Path) -> None:
    problems = []
    for line, lang, code, before in fenced_blocks(path):
        where = f"{rel(path)}:{line}"
        if lang in {"py", "python3", "pycon", "ipython", "py3"}:
            problems.append(f"{where}: write ```python so that the block is tested")
        elif lang == "python":
            code_lines = [text.strip() for text in code.splitlines() if text.strip()]
            includes = [text for text in code_lines if text.startswith("--8<--")]
            if includes and len(includes) != len(code_lines):
                problems.append(f"{where}: a block is either snippet includes only or inline code, not both")
        elif lang in {"shell", "console"}:
            note = SHELL_NOTE.search(before)
            if not note:
                problems.append(
                    f"{where}: a {lang} block is not run; precede it with "
                    "<!-- shell: why it is not run here; tested by tests/<file>.py -->"
                )
            elif not (ROOT / note["test"].split("::")[0]).exists() and not note["test"].startswith(".ci/"):
                problems.append(f"{where}: the note names {note['test']}, which does not exist")
    assert not problems, "\n".join(problems)
