"""Check question pages: each error names the file and line and says how to fix it.

Usage: python scripts/validate.py [--root DIR]   (exit 1 and a list of errors, or "ok")

Usage: python scripts/validate.py --site DIR   (check a built site's HTML against the allowlist)

Rules: front matter (valid YAML, level, topics, summary, title, section), titles, summaries and
tags as plain text or `code` spans only, no scaffold placeholder left in the summary, slugs,
the navigation in mkdocs.yml, near-duplicate titles, includes that exist, and internal links
that resolve to a file and a heading.

Markup is checked on HTML, never by regex over Markdown: each page is rendered as MkDocs
renders it and parsed with Python's HTML parser (html.parser, which decodes entities as a
browser does), then every element and attribute must be on an allowlist (CONTENT_ELEMENTS for
what a page writes, PAGE_ELEMENTS for Material's template around it). URLs may only be
relative, http(s): or mailto:, however they are spelled (`JaVaScRiPt&colon;`, `java<newline>script:`).
The build runs the same check (scripts/mkdocs_hooks.py), and the tests run the page check over
every built page. ``--root`` checks another copy of the repository (the tests use one).
"""

from __future__ import annotations

import argparse
import difflib
import html
import html.parser
import re
import sys
from functools import cache
from pathlib import Path

import markdown
from bs4 import BeautifulSoup, Comment
from catalog import (
    LEVELS,
    ROOT,
    SECTIONS,
    FrontMatterError,
    Question,
    load_question,
    page_title,
    parse_includes,
    read_mkdocs_config,
    split_front_matter,
)
from snippets import display_path, named_sections

SUMMARY_MAX_CHARS = 200
# What scripts/new_question.py writes as the summary; a page must replace it.
SUMMARY_PLACEHOLDER = "TODO"
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TITLE_SIMILARITY = 0.9

FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
INLINE_CODE = re.compile(r"(`+)(.+?)\1")
LINK = re.compile(r"(?<!!)\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+[\"'][^)]*[\"'])?\s*\)")
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


def _front_matter_line(path: Path, key: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
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
    errors = inline_text_errors(question.path, question.meta, question.title, root)
    raw_tags = question.meta.get("tags")
    tags = [str(tag) for tag in raw_tags] if isinstance(raw_tags, list) else []
    levels = [tag for tag in tags if tag in LEVELS]

    def line(key: str) -> int:  # read only for a message: the build runs this on every page
        return _front_matter_line(question.path, key)

    if raw_tags is not None and not isinstance(raw_tags, list):
        errors.append(
            f"{where}:{line('tags')}: tags must be a list, one tag a line ('tags:', then '  - fresher' and "
            f"'  - syntax' below it), not {raw_tags!r}"
        )
    elif len(levels) != 1:
        errors.append(
            f"{where}:{line('tags')}: tags must hold exactly one level ({', '.join(LEVELS)}); found {levels or 'none'}"
        )
    unknown = [tag for tag in tags if tag not in allowed_tags(root)]
    if unknown:
        errors.append(
            f"{where}:{line('tags')}: unknown tag(s) {', '.join(unknown)}: use a topic from tags_allowed in "
            "mkdocs.yml, or add a new topic there in the same pull request"
        )
    if isinstance(raw_tags, list) and not question.topics:
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
    line = _front_matter_line(question.path, "summary")
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
            f"{where}:{_front_matter_line(question.path, 'slug')}: slug '{declared}' differs from the file name "
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
    """One error per near-duplicate pair, on the newer page: the one later in the nav (new pages are
    added as the last of their section, and one missing from the nav is newest of all)."""
    docs = _root(root) / "docs"
    position = {target: index for index, (_, target) in enumerate(nav_entries(root))}

    def age(question: Question) -> int:
        return position.get(question.path.relative_to(docs).as_posix(), len(position))

    errors = []
    seen: list[Question] = []
    for question in sorted(questions, key=age):
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


# --- Markup: an allowlist checked on parsed HTML ------------------------------------------------


# What a page's own content may contain once rendered (Markdown, its extensions, and the
# HTML a page writes). Anything else, <script>, <iframe>, <embed>, <object>, <base>, <style>,
# <form> and <svg> included, is an error.
def _without_attributes(names: str) -> dict[str, set[str]]:
    return {name: set() for name in names.split()}


_GLOBAL_ATTRIBUTES = {"class", "id", "title", "lang", "dir", "role", "hidden", "tabindex", "markdown"}
CONTENT_ELEMENTS: dict[str, set[str]] = {
    **_without_attributes("abbr b blockquote br caption code dd del dl dt em figcaption figure"),
    **_without_attributes("h1 h2 h3 h4 h5 h6 hr i kbd li mark p pre s small span strong sub sup"),
    **_without_attributes("summary table tbody tfoot thead tr u ul div"),
    "a": {"href", "rel", "target", "download", "name"},
    "details": {"open"},
    "img": {"src", "alt", "width", "height", "loading"},
    "input": {"type", "name", "checked"},  # pymdownx.tabbed's radio buttons
    "label": {"for"},
    "ol": {"start", "type"},
    "td": {"style", "colspan", "rowspan", "align"},  # tables: style="text-align: ..."
    "th": {"style", "colspan", "rowspan", "align"},
}
# Material's template around the content, as the built site has it (tests/test_markup.py).
PAGE_ELEMENTS: dict[str, set[str]] = {
    **CONTENT_ELEMENTS,
    **_without_attributes("html head body title header footer main nav article path"),
    "html": {"class"},
    "meta": {"charset", "content", "name", "http-equiv"},
    "link": {"href", "rel", "type", "sizes", "as", "crossorigin"},
    "script": {"src", "type", "id"},
    "style": {"type", "scoped"},
    "form": {"name"},
    "button": {"type"},
    "input": {"type", "name", "checked", "placeholder", "autocapitalize", "autocomplete", "autocorrect"}
    | {"required", "spellcheck"},
    "svg": {"xmlns", "viewbox", "width", "height", "version"},
    "path": {"d", "fill", "fill-rule"},
    "table": {"border"},
    "tr": {"style"},  # nbconvert's DataFrame tables
    "clipboard-copy": {"for", ","},  # nbconvert's copy button (its template writes a stray comma)
}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "cite", "background", "srcset"}
SAFE_SCHEMES = {"http", "https", "mailto"}
URL_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
# What a browser ignores in a URL: tab, newline and carriage return anywhere, and leading
# control characters and spaces (WHATWG URL standard), so "java\\nscript:" is "javascript:".
_URL_IGNORED = re.compile(r"[\t\n\r]")
HOW_TO_FIX = (
    "is not allowed in a page: put behaviour in docs/assets/ (extra_javascript in mkdocs.yml), "
    "and show code in a code block"
)


def url_scheme(url: str) -> str | None:
    """The scheme a browser would see in ``url`` (already entity-decoded), lowercased; None if relative."""
    cleaned = _URL_IGNORED.sub("", url).lstrip("".join(chr(c) for c in range(0x21)))
    match = URL_SCHEME.match(cleaned)
    return match[1].lower() if match else None


class _MarkupChecker(html.parser.HTMLParser):
    """Collects (what is wrong, a piece of its source) for each element and attribute off the allowlist.

    ``page=True`` checks a whole built page: the template's scripts are allowed outside the
    page's <article> and navigation lists, and a notebook page's article may hold nbconvert's.
    """

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self, page: bool = False, notebook: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.allowed = PAGE_ELEMENTS if page else CONTENT_ELEMENTS
        self.page, self.notebook = page, notebook
        self.open: list[tuple[str, bool]] = []  # (element, is it content: <article> or a nav list)
        self.problems: list[tuple[str, str, str]] = []  # (what, start tag, URL)

    def in_content(self) -> bool:
        return not self.page or any(content for _, content in self.open)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        source = self.get_starttag_text() or f"<{tag}"
        classes = (dict(attrs).get("class") or "").split()
        content = tag == "article" or (tag == "nav" and "md-nav" in classes)
        if tag not in self.VOID:
            self.open.append((tag, content))
        self.check(tag, attrs, source)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.check(tag, attrs, self.get_starttag_text() or f"<{tag}")

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.open) - 1, -1, -1):
            if self.open[index][0] == tag:
                del self.open[index:]
                break

    def check(self, tag: str, attrs: list[tuple[str, str | None]], source: str) -> None:
        if tag == "script" and self.page:
            if self.in_content() and not self.notebook:
                self.problems.append(("a raw <script> tag", source, ""))
        elif tag not in self.allowed:
            self.problems.append((f"a raw <{tag}> tag", source, ""))
            return
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append((f"an on...= event-handler attribute ({name})", source, ""))
            elif name in URL_ATTRIBUTES and (scheme := url_scheme(value or "")) and scheme not in SAFE_SCHEMES:
                self.problems.append((f"a {scheme}: link", source, value or ""))
            elif tag == "meta" and name == "http-equiv" and (value or "").lower() != "content-security-policy":
                self.problems.append((f'<meta http-equiv="{value}">', source, ""))
            elif not (
                name in _GLOBAL_ATTRIBUTES
                or name.startswith(("data-", "aria-"))
                or name in self.allowed.get(tag, set())
            ):
                self.problems.append((f"the attribute {name}= on <{tag}>", source, ""))


def markup_problems(text: str, page: bool = False, notebook: bool = False) -> list[tuple[str, str, str]]:
    """(what is not allowed, its start tag as written, the URL if a URL) for each problem in ``text``."""
    checker = _MarkupChecker(page=page, notebook=notebook)
    checker.feed(text)
    checker.close()
    return checker.problems


def _source_line(path: Path, source: str, url: str = "") -> int:
    """Where a problem found in the rendered HTML stands in the Markdown: the first prose line holding
    its URL, else its start tag, else its tag name, else a link; else the body's first line."""
    lines = [(number, line.lower()) for number, line in prose_lines(path)]
    tag = re.match(r"<([\w:-]+)", source)
    needles = [*([url.lower()] if url else []), source.lower(), *([f"<{tag[1].lower()}"] if tag else []), "](", "]:"]
    for needle in needles:
        for number, line in lines:
            if needle in line:
                return number
    return lines[0][0] if lines else 1


def content_errors(path: Path, rendered: str, root: Path | None = None) -> list[str]:
    """Markup in a page's rendered content (``rendered``) that is off the allowlist, as file:line errors."""
    return [
        f"{_where(path, root)}:{_source_line(path, source, url)}: {what} {HOW_TO_FIX}"
        for what, source, url in markup_problems(rendered)
    ]


def site_errors(site: Path) -> list[str]:
    """Every built page checked with the page allowlist: ``page.html: what (start tag)``."""
    errors = []
    for page in sorted(site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        notebook = "jp-Notebook" in text  # mkdocs-jupyter's pages carry nbconvert's own scripts
        for what, source, _ in markup_problems(text, page=True, notebook=notebook):
            errors.append(f"{page.relative_to(site)}: {what} is not allowed: {source[:120]}")
    return errors


def unsafe_html_errors(path: Path, root: Path | None = None) -> list[str]:
    """The page rendered as the site renders it (includes aside), checked against CONTENT_ELEMENTS."""
    return content_errors(path, _rendered(path, root), root)


_PLAIN_MARKDOWN = markdown.Markdown()  # one instance, reset per text: building one costs more than a title


def _plain_text_problem(text: str) -> str | None:
    """None when ``text`` renders as plain text and `code` spans only; else the first element it makes."""
    soup = BeautifulSoup(_PLAIN_MARKDOWN.reset().convert(text), "html.parser")
    if soup.find(string=lambda node: isinstance(node, Comment)):
        return "an HTML comment"
    other = next((element.name for element in soup.find_all(True) if element.name not in {"p", "code"}), None)
    return f"<{other}>" if other else None


def inline_text_errors(path: Path, meta: dict, title: str, root: Path | None = None) -> list[str]:
    """Titles, summaries and tags are plain text or `code` spans: they go into lists, the nav and PDFs."""
    where = _where(path, root)
    errors = []

    def line(key: str | None) -> int:  # read only for a message: the build runs this on every page
        return _title_line(path) if key is None else _front_matter_line(path, key)

    # (what, its front-matter key or None for the '# ' heading, value)
    checks: list[tuple[str, str | None, object]] = [("the '# ' title", None, title)]
    checks += [(f"'{key}:'", key, meta[key]) for key in ("title", "summary", "description") if key in meta]
    tags = meta.get("tags")
    checks += [("a tag", "tags", tag) for tag in (tags if isinstance(tags, list) else [])]
    for what, key, value in checks:
        if not isinstance(value, str):
            continue
        problem = _plain_text_problem(value)
        if problem:
            errors.append(
                f"{where}:{line(key)}: {what} renders as HTML ({problem}): titles, summaries and tags are plain "
                "text or `code` spans only; put markup in a code span or write it out in words"
            )
        elif what == "'title:'" and re.search(r"[<>&`]", value):
            # MkDocs puts title: into the navigation of every page verbatim, as HTML.
            errors.append(
                f"{where}:{line(key)}: 'title:' is shown as raw HTML in the navigation of every page: drop it "
                "(the '# ' heading is the page's title) or write it without <, >, & and `"
            )
    return errors


def include_errors(path: Path, root: Path | None = None) -> list[str]:
    """Each ``--8<-- "file[:section]"`` names a file in snippets/ or includes/, and a section it has."""
    base = _root(root)
    errors = []
    for number, target, section in parse_includes(path.read_text(encoding="utf-8")):
        named = f"{target}:{section}" if section else target
        found = next(
            (base / folder / target for folder in ("snippets", "includes") if (base / folder / target).is_file()), None
        )
        if found is None:
            errors.append(
                f'{_where(path, root)}:{number}: the include "{named}" names a file that is in neither '
                "snippets/ nor includes/: fix the path (it is relative to those folders)"
            )
        elif section and section not in named_sections(found.read_text(encoding="utf-8"))[0]:
            errors.append(
                f'{_where(path, root)}:{number}: the include "{named}": {_where(found, root)} has no '
                f"section '{section}' (add '# --8<-- [start:{section}]' and '# --8<-- [end:{section}]')"
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
    # Code is escaped either way; Pygments' colouring is most of the render time and adds no ids.
    configs.setdefault("pymdownx.highlight", {})["use_pygments"] = False
    return names, configs


@cache
def _page_markdown(root: Path) -> markdown.Markdown:
    """One converter per repository, reset for each page: building one costs more than a page."""
    names, configs = _markdown_extensions(root)
    return markdown.Markdown(extensions=names, extension_configs=configs)


@cache
def _rendered_cached(path: Path, mtime: float, root: Path) -> str:
    _, body, _ = split_front_matter(path.read_text(encoding="utf-8"), path)
    return _page_markdown(root).reset().convert(body)


def _rendered(path: Path, root: Path | None = None) -> str:
    """The page's body as HTML, rendered with mkdocs.yml's extensions (includes left out)."""
    return _rendered_cached(path, path.stat().st_mtime, _root(root))


@cache
def _anchors_cached(path: Path, mtime: float, root: Path) -> frozenset[str]:
    return frozenset(html.unescape(anchor) for anchor in HTML_ID.findall(_rendered_cached(path, mtime, root)))


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
    errors: list[str] = []
    questions = []
    for page in pages:
        try:
            questions.append(load_question(page))
        except FrontMatterError as error:
            errors.append(f"{_where(page, root)}:{error.line}: {error.message}")
    for question in questions:
        errors.extend(front_matter_errors(question, root))
        errors.extend(placeholder_errors(question, root))
        errors.extend(slug_errors(question, root))
    errors.extend(nav_errors(pages, root))
    errors.extend(duplicate_title_errors(questions, root))
    for markdown_file in sorted((_root(root) / "docs").rglob("*.md")):
        try:
            meta, body, _ = split_front_matter(markdown_file.read_text(encoding="utf-8"), markdown_file)
        except FrontMatterError as error:
            if markdown_file not in pages:
                errors.append(f"{_where(markdown_file, root)}:{error.line}: {error.message}")
            continue
        if markdown_file not in pages:
            errors.extend(inline_text_errors(markdown_file, meta, page_title(body), root))
        errors.extend(include_errors(markdown_file, root))
        errors.extend(unsafe_html_errors(markdown_file, root))
        errors.extend(link_errors(markdown_file, root))
    return errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=None, help="repository to check (default: this one)")
    parser.add_argument("--site", type=Path, default=None, help="check this built site's HTML instead")
    args = parser.parse_args(argv)
    problems = site_errors(args.site) if args.site else all_errors(args.root)
    print("\n".join(problems) if problems else "ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
