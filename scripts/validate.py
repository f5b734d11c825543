"""Check question pages: each error names the file and line and says how to fix it.

Usage: python scripts/validate.py [--root DIR]   (exit 1 and a list of errors, or "ok")

Rules: front matter (level, topics, summary, title, section), no scaffold placeholder left in
the summary, slugs, the navigation in mkdocs.yml, near-duplicate titles, no script or
event-handler HTML in Markdown, and internal links that resolve to a file and a heading.
``--root`` checks another copy of the repository (the tests use one).
"""

from __future__ import annotations

import argparse
import difflib
import html
import re
import sys
from functools import cache
from pathlib import Path

import markdown
from catalog import LEVELS, ROOT, SECTIONS, Question, load_question, read_mkdocs_config, split_front_matter
from snippets import display_path

SUMMARY_MAX_CHARS = 200
# What scripts/new_question.py writes as the summary; a page must replace it.
SUMMARY_PLACEHOLDER = "TODO"
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TITLE_SIMILARITY = 0.9

FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
INLINE_CODE = re.compile(r"(`+)(.+?)\1")
LINK = re.compile(r"(?<!!)\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+[\"'][^)]*[\"'])?\s*\)")
UNSAFE_HTML = [
    (re.compile(r"<script\b", re.IGNORECASE), "a raw <script> tag"),
    (re.compile(r"<iframe\b", re.IGNORECASE), "a raw <iframe> tag"),
    (re.compile(r"<[a-zA-Z][^>]*\son[a-z]+\s*=", re.IGNORECASE), "an on...= event-handler attribute"),
    # In a link target, a reference definition or an attribute; "unlike JavaScript: ..." in prose is fine.
    (
        re.compile(r"(\]\(\s*<?|^\s*\[[^\]]+\]:\s*<?|=\s*[\"']?\s*)javascript\s*:", re.IGNORECASE),
        "a javascript: link",
    ),
]
NAV_ENTRY = re.compile(r"^\s*-\s+(?:(?:\"[^\"]*\"|'[^']*'|[^:\"']+):\s+)?['\"]?([^'\"\s:]+\.md)['\"]?\s*$")


def _root(root: Path | None) -> Path:
    return Path(root).resolve() if root is not None else ROOT


@cache
def allowed_tags(root: Path | None = None) -> set[str]:
    config = read_mkdocs_config(_root(root) / "mkdocs.yml")
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "tags" in plugin:
            return set(plugin["tags"]["tags_allowed"])
    raise RuntimeError("mkdocs.yml: the tags plugin has no tags_allowed list")


def _front_matter_line(question: Question, key: str) -> int:
    for number, line in enumerate(question.path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith(f"{key}:"):
            return number
    return 1


def _title_line(path: Path) -> int:
    in_front_matter = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip() == "---" and (number == 1 or in_front_matter):
            in_front_matter = number == 1
            continue
        if not in_front_matter and line.startswith("# "):
            return number
    return 1


def _where(path: Path, root: Path | None) -> str:
    return display_path(path, _root(root))


def front_matter_errors(question: Question, root: Path | None = None) -> list[str]:
    where = _where(question.path, root)
    errors = []
    tags = [str(tag) for tag in question.meta.get("tags") or []]
    levels = [tag for tag in tags if tag in LEVELS]

    def line(key: str) -> int:  # read only for a message: the build runs this on every page
        return _front_matter_line(question, key)

    if len(levels) != 1:
        errors.append(
            f"{where}:{line('tags')}: tags must hold exactly one level ({', '.join(LEVELS)}); found {levels or 'none'}"
        )
    unknown = [tag for tag in tags if tag not in allowed_tags(root)]
    if unknown:
        errors.append(
            f"{where}:{line('tags')}: unknown tag(s) {', '.join(unknown)}: use a topic from tags_allowed in "
            "mkdocs.yml, or add a new topic there in the same pull request"
        )
    if not question.topics:
        errors.append(f"{where}:{line('tags')}: add at least one topic tag besides the level")
    if not question.summary:
        errors.append(
            f"{where}:1: add 'summary:', one sentence that answers the question (lists and cheat sheets use it)"
        )
    elif len(question.summary) > SUMMARY_MAX_CHARS or "\n" in question.summary:
        errors.append(
            f"{where}:{line('summary')}: summary is {len(question.summary)} characters; keep it to one line of at most "
            f"{SUMMARY_MAX_CHARS}"
        )
    if not question.title:
        errors.append(f"{where}:1: the page needs a '# ' title: the question as an interviewer asks it")
    if question.section not in SECTIONS:
        errors.append(f"{where}:1: pages live in docs/<section>/, with section one of {', '.join(SECTIONS)}")
    return errors


# Not part of front_matter_errors: the MkDocs hook runs that, and a draft must still preview.
def placeholder_errors(question: Question, root: Path | None = None) -> list[str]:
    if not question.summary.upper().startswith(SUMMARY_PLACEHOLDER):
        return []
    line = _front_matter_line(question, "summary")
    return [
        f"{_where(question.path, root)}:{line}: the summary is still the scaffold's TODO placeholder: write it, "
        f"one sentence of at most {SUMMARY_MAX_CHARS} characters that answers the question"
    ]


def slug_errors(question: Question, root: Path | None = None) -> list[str]:
    where = _where(question.path, root)
    errors = []
    if not SLUG.match(question.slug):
        suggestion = re.sub(r"[^a-z0-9]+", "-", question.slug.lower()).strip("-")
        errors.append(
            f"{where}:1: the file name '{question.slug}' is not a slug: use lowercase letters, digits and single "
            f"hyphens, for example '{suggestion}.md' (rename its snippet and nav entry too)"
        )
    declared = question.meta.get("slug")
    if declared is not None and str(declared) != question.slug:
        errors.append(
            f"{where}:{_front_matter_line(question, 'slug')}: slug '{declared}' differs from the file name "
            f"'{question.slug}': remove 'slug:' or make it equal to the file name"
        )
    return errors


def question_pages(root: Path | None = None) -> list[Path]:
    """Every question page under docs/<section>/ (not index.md), in section order, then by name."""
    docs = _root(root) / "docs"
    order = list(SECTIONS)
    pages = [path for path in docs.glob("*/*.md") if path.stem != "index" and path.parent.name in SECTIONS]
    pages.sort(key=lambda p: (order.index(p.parent.name), p.name))
    return pages


def nav_entries(root: Path | None = None) -> list[tuple[int, str]]:
    """(line in mkdocs.yml, page path relative to docs/) for each page in the nav, in order."""
    lines = (_root(root) / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
    found = []
    in_nav = False
    for number, line in enumerate(lines, start=1):
        if line.startswith("nav:"):
            in_nav = True
            continue
        if in_nav and line and not line[0].isspace() and not line.startswith(("-", "#")):
            break
        if in_nav:
            match = NAV_ENTRY.match(line)
            if match:
                found.append((number, match[1]))
    return found


def nav_errors(pages: list[Path], root: Path | None = None) -> list[str]:
    docs = _root(root) / "docs"
    errors = []
    first_seen: dict[str, int] = {}
    for line, target in nav_entries(root):
        if target in first_seen:
            errors.append(
                f"mkdocs.yml:{line}: {target} is in the nav twice (first at line {first_seen[target]}): "
                "remove this entry"
            )
            continue
        first_seen[target] = line
        if not (docs / target).is_file():
            errors.append(
                f"mkdocs.yml:{line}: the nav lists {target}, but docs/{target} does not exist: fix or remove it"
            )
    sections_in_nav = {target.split("/")[0] for target in first_seen if "/" in target}
    for page in pages:
        target = page.relative_to(docs).as_posix()
        if target in first_seen:
            continue
        title = SECTIONS.get(page.parent.name, page.parent.name)
        if page.parent.name in sections_in_nav:
            how = f"add '      - {target}' as the last line of the '{title}' section of nav in mkdocs.yml"
        else:
            how = f"add a '  - {title}:' section to nav in mkdocs.yml that lists it as '      - {target}'"
        errors.append(f"{_where(page, root)}:1: not in the nav: {how} (scripts/new_question.py does this)")
    return errors


def normalised_title(title: str) -> str:
    text = re.sub(r"[^\w\s]", " ", title.lower())
    return " ".join(text.split())


def duplicate_title_errors(questions: list[Question], root: Path | None = None) -> list[str]:
    errors = []
    seen: list[Question] = []
    for question in questions:
        mine = normalised_title(question.title)
        for earlier in seen:
            ratio = difflib.SequenceMatcher(None, mine, normalised_title(earlier.title)).ratio()
            if mine and ratio >= TITLE_SIMILARITY:
                errors.append(
                    f"{_where(question.path, root)}:{_title_line(question.path)}: the title is the same as or nearly "
                    f"the same as {_where(earlier.path, root)}:{_title_line(earlier.path)} ({earlier.title!r}): "
                    "improve that page instead, or ask a clearly different question"
                )
                break
        seen.append(question)
    return errors


def prose_lines(path: Path) -> list[tuple[int, str]]:
    """(line number, text) outside fenced code blocks, with inline code spans blanked."""
    found = []
    fence = None
    lines = path.read_text(encoding="utf-8").splitlines()
    front_matter_end = 0
    if lines and lines[0] == "---":
        front_matter_end = next((i + 1 for i, line in enumerate(lines[1:], start=1) if line == "---"), 0)
    for number, line in enumerate(lines, start=1):
        if number <= front_matter_end:
            continue
        match = FENCE.match(line)
        if fence:
            if match and match[1][0] == fence[0] and len(match[1]) >= len(fence):
                fence = None
            continue
        if match:
            fence = match[1]
            continue
        found.append((number, INLINE_CODE.sub(lambda m: " " * len(m[0]), line)))
    return found


def unsafe_html_errors(path: Path, root: Path | None = None) -> list[str]:
    errors = []
    for number, line in prose_lines(path):
        for pattern, what in UNSAFE_HTML:
            if pattern.search(line):
                errors.append(
                    f"{_where(path, root)}:{number}: {what} is not allowed in a page: put behaviour in "
                    "docs/assets/ (extra_javascript in mkdocs.yml), and show code in a code block"
                )
    return errors


# Extensions that change which ids a page has; pymdownx.snippets is left out (includes hold no headings).
_SKIPPED_EXTENSIONS = {"pymdownx.snippets"}
HTML_ID = re.compile(r'\bid="([^"]+)"')


@cache
def _markdown_extensions(root: Path) -> tuple[list[str], dict]:
    config = read_mkdocs_config(root / "mkdocs.yml")
    names, configs = [], {}
    for entry in config.get("markdown_extensions") or []:
        name, options = (entry, None) if isinstance(entry, str) else next(iter(entry.items()))
        if name in _SKIPPED_EXTENSIONS:
            continue
        names.append(name)
        if options:
            configs[name] = {k: v for k, v in options.items() if k != "permalink"}
    return names, configs


@cache
def _anchors_cached(path: Path, mtime: float, root: Path) -> frozenset[str]:
    _, body, _ = split_front_matter(path.read_text(encoding="utf-8"))
    names, configs = _markdown_extensions(root)
    rendered = markdown.Markdown(extensions=names, extension_configs=configs).convert(body)
    return frozenset(html.unescape(anchor) for anchor in HTML_ID.findall(rendered))


def anchors(path: Path, root: Path | None = None) -> frozenset[str]:
    """The ids a page defines, from rendering it as MkDocs does: heading anchors (toc's default
    slugify, made unique with _1, _2), attr_list {#id}, and any id="" written in the page."""
    return _anchors_cached(path, path.stat().st_mtime, _root(root))


def link_errors(path: Path, root: Path | None = None) -> list[str]:
    docs = _root(root) / "docs"
    errors = []
    for number, line in prose_lines(path):
        for match in LINK.finditer(line):
            url = match[1]
            if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", url) or url.startswith(("/", "//")):
                continue  # external, mailto: and absolute links are not checked here
            target_text, _, anchor = url.partition("#")
            if target_text and not target_text.endswith(".md"):
                continue  # assets, notebooks and directory URLs: mkdocs --strict checks those
            target = (path.parent / target_text).resolve() if target_text else path
            where = f"{_where(path, root)}:{number}"
            if not target.is_file() or docs.resolve() not in target.parents:
                errors.append(
                    f"{where}: the link {url} points to {_where(target, root)}, which does not exist: "
                    "fix the path (it is relative to this page's folder)"
                )
                continue
            if anchor and anchor not in anchors(target, root):
                known = ", ".join(sorted(anchors(target, root))) or "none"
                errors.append(
                    f"{where}: the link {url}: {_where(target, root)} has no heading with the anchor '#{anchor}' "
                    f"(its anchors: {known}): fix the anchor"
                )
    return errors


def all_errors(root: Path | None = None) -> list[str]:
    pages = question_pages(root)
    questions = [load_question(page) for page in pages]
    errors: list[str] = []
    for question in questions:
        errors.extend(front_matter_errors(question, root))
        errors.extend(placeholder_errors(question, root))
        errors.extend(slug_errors(question, root))
    errors.extend(nav_errors(pages, root))
    errors.extend(duplicate_title_errors(questions, root))
    for markdown_file in sorted((_root(root) / "docs").rglob("*.md")):
        errors.extend(unsafe_html_errors(markdown_file, root))
        errors.extend(link_errors(markdown_file, root))
    return errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=None, help="repository to check (default: this one)")
    args = parser.parse_args(argv)
    problems = all_errors(args.root)
    print("\n".join(problems) if problems else "ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
