"""Scaffold a question: its page, its snippet and its entry in the navigation.

Usage:
    .venv/bin/python scripts/new_question.py --section basics --level fresher \\
        --topics syntax --question "What does the walrus operator do?"

Writes docs/<section>/<slug>.md from the house template, snippets/<section>/<slug>.py with a
`key` section, adds `<section>/<slug>.md` as the last entry of that section in the nav of
mkdocs.yml, and prints the next steps. It never overwrites anything: if the page, the snippet or
the nav entry exists, it stops and changes nothing. ``--root DIR`` works on another copy of the
repository (the tests use one).
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path

import yaml
from catalog import LEVELS, ROOT, SECTIONS
from validate import SLUG, SUMMARY_PLACEHOLDER, allowed_tags, nav_entries

MAX_SLUG_WORDS = 5
MAX_TOPICS = 3
# Words that carry no meaning in a slug: "What does the walrus operator do?" -> walrus-operator.
FILLER_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "into",
        "about",
        "as",
        "what",
        "whats",
        "which",
        "who",
        "whom",
        "whose",
        "why",
        "how",
        "when",
        "where",
        "do",
        "does",
        "did",
        "done",
        "doing",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "can",
        "could",
        "should",
        "would",
        "will",
        "shall",
        "may",
        "might",
        "must",
        "you",
        "your",
        "yours",
        "i",
        "me",
        "my",
        "we",
        "our",
        "us",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "their",
        "they",
        "them",
        "python",
        "pythons",
        "explain",
        "describe",
        "tell",
        "mean",
        "means",
        "meaning",
        "difference",
        "between",
        "vs",
        "versus",
        "way",
        "ways",
        "use",
        "using",
        "used",
        "s",
        "t",
    ]
)

PAGE_TEMPLATE = """\
---
summary: "{placeholder}: one sentence, at most 200 characters, that answers the question."
tags:
  - {level}
{topic_lines}
---

# {question}

???+ answer "Short answer"
    At most about 60 words a candidate could say aloud. No code, no lists.

## In depth

Prose built around code blocks, each one idea, at most about 25 lines.

```python
--8<-- "{section}/{slug}.py:key"
```

## Pitfalls

**"A claim people make."** Why it is wrong, then the code that shows it.

## Follow-ups

??? question "A question the interviewer asks next?"
    A one- or two-sentence answer.
"""

SNIPPET_TEMPLATE = """\
# {question_text}
# The `key` section holds the lines that best show the answer: at most 14 non-blank lines of at most
# 64 characters. Other sections (# --8<-- [start:name] ... [end:name]) hold the rest.

# --8<-- [start:key]
answer = "replace with the code that answers the question"
print(answer)
# --8<-- [end:key]
"""


class ScaffoldError(Exception):
    """A problem the contributor can fix; the message says how."""


def make_slug(question: str) -> str:
    """A file name from the question: lowercase ASCII words, filler dropped, at most five, hyphenated."""
    ascii_text = unicodedata.normalize("NFKD", question).encode("ascii", "ignore").decode("ascii").lower()
    words = re.findall(r"[a-z0-9]+", ascii_text.replace("'", ""))
    meaningful = [word for word in words if word not in FILLER_WORDS]
    return "-".join((meaningful or words)[:MAX_SLUG_WORDS])


def section_nav_block(lines: list[str], section: str) -> tuple[int, int, str] | None:
    """(first line index, index after the last entry, entry indent) of the section's block in nav."""
    nav_start = next((i for i, line in enumerate(lines) if line.startswith("nav:")), None)
    if nav_start is None:
        raise ScaffoldError("mkdocs.yml has no 'nav:'; add one before scaffolding a question")
    nav_end = len(lines)
    for index in range(nav_start + 1, len(lines)):
        line = lines[index]
        if line and not line[0].isspace() and not line.startswith(("-", "#")):
            nav_end = index
            break
    # Top-level nav items sit at the smallest indent inside the block.
    items = [i for i in range(nav_start + 1, nav_end) if lines[i].lstrip().startswith("- ")]
    if not items:
        return None
    top_indent = min(len(lines[i]) - len(lines[i].lstrip()) for i in items)
    tops = [i for i in items if len(lines[i]) - len(lines[i].lstrip()) == top_indent]
    for position, start in enumerate(tops):
        end = tops[position + 1] if position + 1 < len(tops) else nav_end
        children = [i for i in items if start < i < end]
        title = lines[start].strip()[2:].rstrip(":").strip().strip("\"'")
        if title == SECTIONS[section] or any(f"{section}/" in lines[i] for i in children):
            last = max([start, *children])
            indent = (
                lines[children[-1]][: len(lines[children[-1]]) - len(lines[children[-1]].lstrip())] if children else ""
            )
            return start, last + 1, indent or " " * (top_indent + 4)
    return None


def nav_with_entry(text: str, section: str, slug: str, root: Path) -> str:
    """mkdocs.yml with ``<section>/<slug>.md`` as the last entry of the section's nav block."""
    lines = text.splitlines()
    target = f"{section}/{slug}.md"
    block = section_nav_block(lines, section)
    if block:
        _, after, indent = block
        lines.insert(after, f"{indent}- {target}")
    else:
        # The section is not in the nav yet: a new block at the end of nav, with its index page.
        nav_start = next(i for i, line in enumerate(lines) if line.startswith("nav:"))
        end = next(
            (
                i
                for i in range(nav_start + 1, len(lines))
                if lines[i] and not lines[i][0].isspace() and lines[i][0] != "-"
            ),
            len(lines),
        )
        while end > nav_start + 1 and not lines[end - 1].strip():
            end -= 1
        new = [f"  - {yaml.safe_dump(SECTIONS[section], default_style=None).splitlines()[0]}:"]
        if (root / "docs" / section / "index.md").is_file():
            new.append(f"      - {section}/index.md")
        new.append(f"      - {target}")
        lines[end:end] = new
    result = "\n".join(lines) + ("\n" if text.endswith("\n") else "")
    nav = yaml.safe_load(result).get("nav")
    if target not in yaml.safe_dump(nav):
        raise ScaffoldError(f"could not add {target} to nav in mkdocs.yml; add it by hand")
    return result


def scaffold(
    section: str, level: str, topics: list[str], question: str, slug: str | None = None, root: Path = ROOT
) -> list[str]:
    """Create the page, the snippet and the nav entry; return the lines to print."""
    root = Path(root).resolve()
    if section not in SECTIONS:
        raise ScaffoldError(f"--section {section!r} is not a section; use one of: {', '.join(SECTIONS)}")
    if level not in LEVELS:
        raise ScaffoldError(f"--level {level!r} is not a level; use one of: {', '.join(LEVELS)}")
    allowed = allowed_tags(root)
    if not topics:
        raise ScaffoldError("--topics needs one to three topics, comma-separated, from tags_allowed in mkdocs.yml")
    if len(topics) > MAX_TOPICS:
        raise ScaffoldError(f"--topics has {len(topics)} topics; pick at most {MAX_TOPICS}")
    bad = [topic for topic in topics if topic not in allowed or topic in LEVELS]
    if bad:
        choices = ", ".join(sorted(allowed - set(LEVELS)))
        raise ScaffoldError(
            f"--topics: unknown topic(s) {', '.join(bad)}; use topics from tags_allowed in mkdocs.yml ({choices}), "
            "or add a new one there first"
        )
    question = " ".join(question.split())
    if not question:
        raise ScaffoldError("--question is empty: give the question as an interviewer would ask it")
    slug = slug or make_slug(question)
    if not SLUG.match(slug):
        raise ScaffoldError(
            f"slug {slug!r} is not lowercase words joined by single hyphens; "
            "pass one with --slug, e.g. --slug walrus-operator"
        )

    page = root / "docs" / section / f"{slug}.md"
    snippet = root / "snippets" / section / f"{slug}.py"
    existing = [path for path in (page, snippet) if path.exists()]
    existing += sorted(snippet.parent.glob(f"{slug}_py*.py"))
    if any(target == f"{section}/{slug}.md" for _, target in nav_entries(root)):
        existing.append(root / "mkdocs.yml")
    if existing:
        names = ", ".join(str(path.relative_to(root)) for path in existing)
        raise ScaffoldError(
            f"{section}/{slug} already exists ({names}); nothing was changed. Edit that question, "
            "or choose another name with --slug"
        )

    config = root / "mkdocs.yml"
    new_config = nav_with_entry(config.read_text(encoding="utf-8"), section, slug, root)
    page.parent.mkdir(parents=True, exist_ok=True)
    snippet.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(
        PAGE_TEMPLATE.format(
            placeholder=SUMMARY_PLACEHOLDER,
            level=level,
            topic_lines="\n".join(f"  - {topic}" for topic in topics),
            question=question,
            section=section,
            slug=slug,
        ),
        encoding="utf-8",
    )
    question_text = question
    snippet.write_text(SNIPPET_TEMPLATE.format(question_text=question_text), encoding="utf-8")
    config.write_text(new_config, encoding="utf-8")

    page_rel, snippet_rel = f"docs/{section}/{slug}.md", f"snippets/{section}/{slug}.py"
    return [
        f"created {page_rel}",
        f"created {snippet_rel}",
        f"added {section}/{slug}.md to the '{SECTIONS[section]}' nav in mkdocs.yml",
        "",
        "Next steps:",
        f"  1. Write the code in {snippet_rel}: a whole runnable file; keep the `key` section"
        " (at most 14 non-blank lines of at most 64 characters).",
        "  2. Generate its outputs from a real run (this rewrites only the #> lines):",
        f"       .venv/bin/pytest {snippet_rel} --update-snippets",
        f"  3. Write the page {page_rel}, starting with the TODO summary (validate.py rejects it until you do).",
        "  4. Run the tests:",
        f"       .venv/bin/pytest {snippet_rel} {page_rel} tests/test_integrity.py",
        "       .venv/bin/python scripts/validate.py",
        "  5. Look at it: bash scripts/serve.sh",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Scaffold a question: page, snippet and nav entry.")
    parser.add_argument("--section", required=True, help=f"one of: {', '.join(SECTIONS)}")
    parser.add_argument("--level", required=True, help=f"one of: {', '.join(LEVELS)}")
    parser.add_argument(
        "--topics", required=True, help="one to three topics from tags_allowed in mkdocs.yml, comma-separated"
    )
    parser.add_argument("--question", required=True, help="the question, as an interviewer would ask it")
    parser.add_argument("--slug", help="the file name without .md (default: made from the question)")
    parser.add_argument("--root", type=Path, default=ROOT, help="repository to change (default: this one)")
    args = parser.parse_args(argv)
    topics = [topic.strip() for topic in args.topics.split(",") if topic.strip()]
    try:
        lines = scaffold(args.section, args.level, topics, args.question, args.slug, args.root)
    except ScaffoldError as error:
        print(f"new_question: error: {error}", file=sys.stderr)
        return 1
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
