"""The questions as data: read from the pages' front matter and the snippets they include.

One place that knows the sections, levels and tested Python versions, used by
the MkDocs hooks, the cheat sheets, the validator and the tests.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml
from packaging.requirements import Requirement
from snippets import ROOT, SNIPPETS_DIR, Snippet

# libyaml's loader when PyYAML has it (about 10x faster on front matter), else the pure-Python one.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml as plain data: tags MkDocs resolves itself (!ENV, !!python/name:...) load as None."""


_ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def read_mkdocs_config(path: Path | None = None) -> dict:
    path = path or ROOT / "mkdocs.yml"
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_ConfigLoader) or {}


DOCS_DIR = ROOT / "docs"
SECTIONS = {
    "basics": "Basics",
    "oop-memory": "OOP, data structures and memory",
    "data": "Data handling with pandas and NumPy",
    "coding": "Coding problems and patterns",
    "advanced": "Advanced internals",
    "production": "Architecture, optimisation and production scripting",
}
LEVELS = ("fresher", "mid", "senior", "lead")
# The interpreters CI runs every snippet on (noxfile.py reads this too).
PYTHONS = ("3.11", "3.12", "3.13", "3.14")
# Display names of libraries a snippet may claim with "# requires:".
LIBRARY_NAMES = {"pandas": "pandas", "numpy": "NumPy"}
KEY_SECTION = "key"
# Where notebook execution may write (under .cache/jupyter/, git-ignored), never the home directory.
JUPYTER_DIRS = {
    "JUPYTER_RUNTIME_DIR": "runtime",
    "JUPYTER_DATA_DIR": "data",
    "JUPYTER_CONFIG_DIR": "config",
    "IPYTHONDIR": "ipython",
    "MPLCONFIGDIR": "matplotlib",
}

INCLUDE = re.compile(r'^\s*--8<--\s+"([^"]+)"\s*$')
FRONT_MATTER = re.compile(r"\A---\n(.*?\n)---\n", re.DOTALL)


@dataclass
class Question:
    path: Path
    section: str
    slug: str
    title: str
    level: str
    topics: list[str]
    summary: str
    meta: dict
    includes: list[tuple[int, str, str | None]] = field(default_factory=list)  # (line, file, section)

    @property
    def url(self) -> str:
        return f"{self.section}/{self.slug}/"

    @property
    def snippet_paths(self) -> list[Path]:
        seen: dict[Path, None] = {}
        for _, target, _ in self.includes:
            seen[SNIPPETS_DIR / target] = None
        return list(seen)

    @property
    def key_snippet(self) -> Path:
        return SNIPPETS_DIR / self.section / f"{self.slug}.py"


class FrontMatterError(ValueError):
    """Front matter that is not a YAML mapping: ``line`` in the page and a ``message`` that says why."""

    def __init__(self, path: Path | None, line: int, message: str) -> None:
        super().__init__(f"{path or '<page>'}:{line}: {message}")
        self.path, self.line, self.message = path, line, message


def split_front_matter(text: str, path: Path | None = None) -> tuple[dict, str, int]:
    """(metadata, body, line number where the body starts); FrontMatterError names the line."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text, 1
    try:
        meta = yaml.load(match[1], Loader=SafeLoader) or {}
    except yaml.YAMLError as error:
        # Where the broken construct starts (an unclosed quote or bracket), else where parsing stopped.
        mark = getattr(error, "context_mark", None) or getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark else 1  # the mark counts from 0, after the opening ---
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise FrontMatterError(
            path, line, f"the front matter is not valid YAML ({problem}): quote a value that holds ': ' or '#'"
        ) from None
    if not isinstance(meta, dict):
        raise FrontMatterError(path, 2, "the front matter must be 'key: value' lines, such as 'summary: ...'")
    return meta, text[match.end() :], match[0].count("\n") + 1


INLINE_CODE = re.compile(r"(`+)(.+?)\1")


def inline_html(text: str, entities: bool = False) -> str:
    """A title or summary as HTML: escaped, and its Markdown code spans (`x`, ``x``) as <code>.

    Question lists (mkdocs_hooks) and cheat sheets (build_cheatsheets) both show them. With
    ``entities``, "&amp;" outside code shows as "&", as Markdown shows it on the page itself.
    """

    def text_part(part: str) -> str:
        return html.escape(html.unescape(part) if entities else part)

    out, last = [], 0
    for match in INLINE_CODE.finditer(text):
        out.append(text_part(text[last : match.start()]))
        out.append(f"<code>{html.escape(match[2].strip() if len(match[1]) > 1 else match[2])}</code>")
        last = match.end()
    out.append(text_part(text[last:]))
    return "".join(out)


def parse_includes(body: str, first_line: int = 1) -> list[tuple[int, str, str | None]]:
    found = []
    for offset, line in enumerate(body.splitlines()):
        match = INCLUDE.match(line)
        if match:
            target, _, section = match[1].partition(":")
            found.append((first_line + offset, target, section or None))
    return found


def page_title(body: str) -> str:
    for line in body.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return ""


def is_question_page(path: Path) -> bool:
    relative = path.relative_to(DOCS_DIR)
    return (
        len(relative.parts) == 2
        and relative.parts[0] in SECTIONS
        and relative.suffix == ".md"
        and relative.stem != "index"
    )


def load_question(path: Path) -> Question:
    text = path.read_text(encoding="utf-8")
    meta, body, body_line = split_front_matter(text, path)
    # A string ("tags: fresher") is not a list of tags: validate.py says so; no level, no topics here.
    tags = [str(tag) for tag in meta.get("tags") or []] if isinstance(meta.get("tags"), list) else []
    levels = [tag for tag in tags if tag in LEVELS]
    return Question(
        path=path,
        section=path.parent.name,
        slug=path.stem,
        title=page_title(body),
        level=levels[0] if len(levels) == 1 else "",
        topics=[tag for tag in tags if tag not in LEVELS],
        summary=str(meta.get("summary") or "").strip(),
        meta=meta,
        includes=parse_includes(body, body_line),
    )


def load_questions() -> list[Question]:
    """Every question page, in section order, then by file name."""
    order = list(SECTIONS)
    pages = [p for p in DOCS_DIR.glob("*/*.md") if is_question_page(p)]
    pages.sort(key=lambda p: (order.index(p.parent.name), p.name))
    return [load_question(p) for p in pages]


@cache
def pinned_versions() -> dict[str, list[tuple[str, str]]]:
    """Package -> [(pinned version, marker text)] from requirements.txt."""
    pins: dict[str, list[tuple[str, str]]] = {}
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        requirement = Requirement(line)
        version = next(iter(requirement.specifier)).version
        pins.setdefault(requirement.name.lower(), []).append((version, str(requirement.marker or "")))
    return pins


def pinned_version(package: str, python: str) -> str | None:
    """The version requirements.txt pins for ``package`` on Python ``python``."""
    from packaging.markers import Marker

    for version, marker in pinned_versions().get(package.lower(), []):
        environment = {"python_version": python, "python_full_version": f"{python}.0"}
        if not marker or Marker(marker).evaluate(environment):
            return version
    return None


def snippet_pythons(snippet: Snippet) -> list[str]:
    """Tested interpreters on which the snippet runs: its version claim and its library claims."""
    found = []
    for python in PYTHONS:
        version = tuple(int(part) for part in python.split("."))
        if not snippet.claims_python(version):
            continue
        requirements = [Requirement(text) for text in snippet.requirements()]
        if all((pin := pinned_version(r.name, python)) and r.specifier.contains(pin) for r in requirements):
            found.append(python)
    return found


def pythons_phrase() -> str:
    """The interpreters every page is proven on, as prose: "Python 3.11, 3.12, 3.13 and 3.14"."""
    return f"Python {', '.join(PYTHONS[:-1])} and {PYTHONS[-1]}"


def python_label(snippet: Snippet) -> str:
    """The tab title for a version variant: the tested Pythons it claims, as "Python 3.11 – 3.12"."""
    pythons = [p for p in PYTHONS if snippet.claims_python(tuple(int(part) for part in p.split(".")))]
    if not pythons:
        return "Python (none tested)"
    return f"Python {pythons[0]}" if len(pythons) == 1 else f"Python {pythons[0]} – {pythons[-1]}"


def verified_on(snippet_paths: list[Path]) -> str:
    """The 'verified on' line for a page, derived from its snippets and requirements.txt."""
    pythons: set[str] = set()
    libraries: dict[str, set[str]] = {}
    for path in snippet_paths:
        snippet = Snippet.load(path)
        runs_on = snippet_pythons(snippet)
        pythons.update(runs_on)
        for text in snippet.requirements():
            name = Requirement(text).name
            for python in runs_on:
                libraries.setdefault(name, set()).add(pinned_version(name, python))
    ordered = [python for python in PYTHONS if python in pythons]
    parts = ["Python " + ", ".join(ordered)]
    for name, versions in sorted(libraries.items()):
        label = LIBRARY_NAMES.get(name, name)
        parts.append(f"{label} " + " / ".join(sorted(versions, key=lambda v: [int(x) for x in v.split(".")])))
    return " · ".join(parts)
