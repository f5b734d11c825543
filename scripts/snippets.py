"""Snippet files: what they expect, and how a real run rewrites them.

A snippet is a whole runnable Python file under ``snippets/``. Under each
top-level statement that prints, its output stands as ``#>`` lines. Checking
and updating use one function, ``render``: it puts the output of a run under
the statements that printed it. A snippet passes when the render of its run
equals the file; the update mode writes the render back, so only ``#>`` lines
ever change. A ``#>`` line is a comment at the start of a line: the same text inside a
string literal is code and stays. Output that a ``#>`` line cannot hold (a line ending in
whitespace, which editors strip) is a failure, never silently changed.
"""

from __future__ import annotations

import ast
import bisect
import difflib
import io
import re
import tokenize
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS_DIR = ROOT / "snippets"

OUTPUT_PREFIX = "#>"
SECTION_MARK = re.compile(r"^\s*# --8<-- \[(start|end):([\w-]+)\]\s*$")
VARIANT = re.compile(r"_py(\d)(\d+)$")
REQUIRES = re.compile(r"^# requires: (.+)$")
# A statement's output is capped so a runaway loop gives a readable failure.
MAX_OUTPUT_CHARS = 20_000
# How check() opens the one problem that the update mode may fix by rewriting #> lines.
OUTPUT_DIFFERS = "printed output differs from the #> lines"


def display_path(path: Path, root: Path = ROOT) -> str:
    """``path`` as error messages show it: relative to the repository when it is inside."""
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


@dataclass
class Snippet:
    path: Path
    source: str

    @classmethod
    def load(cls, path: Path) -> Snippet:
        return cls(path=path, source=path.read_text(encoding="utf-8"))

    @cached_property
    def statement_ends(self) -> list[int]:
        # Parsed only when needed: a variant for a newer Python may not parse on this one.
        return statement_bounds(self.source, str(self.path))[1]

    @cached_property
    def output_lines(self) -> frozenset[int]:
        """Line numbers of the ``#>`` lines, found by tokenizing: never a line inside a string."""
        found = set()
        try:
            for token in tokenize.generate_tokens(io.StringIO(self.source).readline):
                if token.type == tokenize.COMMENT and token.start[1] == 0 and is_output_line(token.string):
                    found.add(token.start[0])
        except (tokenize.TokenError, SyntaxError):
            # Cannot tokenize (the run reports the syntax error): every line that looks like one.
            return frozenset(n for n, line in enumerate(self.source.splitlines(), start=1) if is_output_line(line))
        return frozenset(found)

    @property
    def display_path(self) -> str:
        return display_path(self.path)

    def python_range(self) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
        """Python versions the snippet claims, as [low, high); None means unbounded.

        ``foo_py312.py`` claims 3.12 up to the next variant; the base ``foo.py``
        claims every version below its first variant.
        """
        return self._python_range

    @cached_property
    def _python_range(self) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
        # Looked up once per loaded snippet: the site build asks for every tested Python.
        match = VARIANT.search(self.path.stem)
        base = self.path.stem[: match.start()] if match else self.path.stem
        low = (int(match[1]), int(match[2])) if match else None
        variants = sorted(
            (int(m[1]), int(m[2]))
            for sibling in self.path.parent.glob(f"{base}_py*.py")
            if (m := VARIANT.search(sibling.stem)) and sibling.stem[: m.start()] == base
        )
        high = next((version for version in variants if low is None or version > low), None)
        return low, high

    def claims_python(self, version: tuple[int, int]) -> bool:
        low, high = self.python_range()
        return (low is None or version >= low) and (high is None or version < high)

    def requirements(self) -> list[str]:
        """Libraries the snippet claims, from ``# requires: pandas>=3, numpy>=2``."""
        for line in self.source.splitlines()[:5]:
            match = REQUIRES.match(line)
            if match:
                return [item.strip() for item in match[1].split(",") if item.strip()]
        return []

    def render(self, outputs: dict[int, str]) -> str:
        """The file with its ``#>`` lines replaced by ``outputs``.

        ``outputs`` maps a top-level statement's index to the text it printed.
        """
        lines = self.source.splitlines()
        inserts: dict[int, list[str]] = {}
        for index, text in outputs.items():
            end = self.statement_ends[index]
            inserts[end] = format_output(text)
        rendered: list[str] = []
        for lineno, line in enumerate(lines, start=1):
            if lineno not in self.output_lines:
                rendered.append(line)
            rendered.extend(inserts.get(lineno, []))
        return "\n".join(rendered) + "\n"


def statement_bounds(source: str, filename: str = "<snippet>") -> tuple[list[int], list[int]]:
    """First and last line of each top-level statement (decorators included)."""
    starts, ends = [], []
    for node in ast.parse(source, filename=filename).body:
        decorators = getattr(node, "decorator_list", None)
        starts.append(decorators[0].lineno if decorators else node.lineno)
        ends.append(node.end_lineno)
    return starts, ends


def statement_for(starts: list[int], ends: list[int], line: int | None) -> int:
    """Top-level statement holding ``line``; output with no line goes to the last one."""
    if line is not None:
        index = bisect.bisect_right(starts, line) - 1
        if index >= 0 and line <= ends[index]:
            return index
    return len(starts) - 1


def named_sections(source: str) -> tuple[dict[str, list[tuple[int, str]]], list[tuple[int, str]]]:
    """Each named section's lines as (line number, text), and the problems with the markers.

    Marker lines of any section are left out of every section, as pymdownx.snippets does.
    A section that is never closed still appears, with a problem naming its start.
    """
    sections: dict[str, list[tuple[int, str]]] = {}
    open_sections: dict[str, int] = {}
    problems: list[tuple[int, str]] = []
    for number, line in enumerate(source.splitlines(), start=1):
        mark = SECTION_MARK.match(line)
        if mark:
            kind, name = mark.groups()
            if kind == "start":
                if name in open_sections or name in sections:
                    problems.append((number, f"section '{name}' started twice"))
                open_sections[name] = number
                sections[name] = []
            elif name not in open_sections:
                problems.append((number, f"section '{name}' ends but never started"))
            else:
                del open_sections[name]
            continue
        for name in open_sections:
            sections[name].append((number, line))
    for name, number in open_sections.items():
        problems.append((number, f"section '{name}' is never closed: add '# --8<-- [end:{name}]'"))
    return sections, problems


def is_output_line(line: str) -> bool:
    return line.startswith(OUTPUT_PREFIX)


def trailing_whitespace_problems(snippet: Snippet, outputs: dict[int, str]) -> list[tuple[int, str]]:
    """A printed line that ends in whitespace: a #> line cannot keep it (editors and hooks strip it)."""
    problems = []
    for index, text in sorted(outputs.items()):
        for number, line in enumerate(text.removesuffix("\n").split("\n"), start=1):
            if line != line.rstrip():
                problems.append(
                    (
                        snippet.statement_ends[index],
                        f"line {number} of the printed output ends in whitespace ({line!r}), which a #> line "
                        "cannot keep: strip it, or print its repr()",
                    )
                )
                break
    return problems


def format_output(text: str) -> list[str]:
    if len(text) > MAX_OUTPUT_CHARS:
        text = text[:MAX_OUTPUT_CHARS] + f"\n... (output cut at {MAX_OUTPUT_CHARS} characters)"
    if text.endswith("\n"):
        text = text[:-1]
    return [f"{OUTPUT_PREFIX} {line}".rstrip() for line in text.split("\n")]


def first_difference(expected: str, actual: str) -> int:
    """1-based line number in the file where the run first disagrees."""
    for lineno, (a, b) in enumerate(zip(expected.splitlines(), actual.splitlines(), strict=False), start=1):
        if a != b:
            return lineno
    return min(len(expected.splitlines()), len(actual.splitlines())) + 1


def output_diff(snippet: Snippet, actual: str) -> str:
    """A unified diff from the file as written to the file as the run printed it."""
    diff = difflib.unified_diff(
        snippet.source.splitlines(),
        actual.splitlines(),
        fromfile=f"{snippet.display_path} (as written)",
        tofile=f"{snippet.display_path} (as run)",
        lineterm="",
        n=2,
    )
    return "\n".join(diff)


def iter_snippet_files(root: Path = SNIPPETS_DIR) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def check(snippet: Snippet, result: dict) -> tuple[str, list[tuple[int | None, str]]]:
    """Compare a run with the file: the file as the run printed it, and the problems found."""
    outputs = {int(index): text for index, text in result.get("outputs", {}).items()}
    rendered = snippet.render(outputs)
    problems = [(error.get("line"), error["message"]) for error in result.get("errors", [])]
    problems.extend(trailing_whitespace_problems(snippet, outputs))
    if not problems and rendered != snippet.source:
        line = first_difference(snippet.source, rendered)
        problems.append((line, f"{OUTPUT_DIFFERS}:\n" + output_diff(snippet, rendered)))
    return rendered, problems
