"""Check question pages: each error names the file and line and says how to fix it.

Usage: python scripts/validate.py   (exit 1 and a list of errors, or "ok")
"""

from __future__ import annotations

import sys
from functools import cache

import yaml
from catalog import LEVELS, ROOT, SECTIONS, Question, load_questions

SUMMARY_MAX_CHARS = 200


@cache
def allowed_tags() -> set[str]:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text())
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "tags" in plugin:
            return set(plugin["tags"]["tags_allowed"])
    raise RuntimeError("mkdocs.yml: the tags plugin has no tags_allowed list")


def _front_matter_line(question: Question, key: str) -> int:
    for number, line in enumerate(question.path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith(f"{key}:"):
            return number
    return 1


def front_matter_errors(question: Question) -> list[str]:
    where = question.path.relative_to(ROOT)
    errors = []
    tags = [str(tag) for tag in question.meta.get("tags") or []]
    levels = [tag for tag in tags if tag in LEVELS]
    tags_line = _front_matter_line(question, "tags")
    if len(levels) != 1:
        errors.append(
            f"{where}:{tags_line}: tags must hold exactly one level ({', '.join(LEVELS)}); found {levels or 'none'}"
        )
    unknown = [tag for tag in tags if tag not in allowed_tags()]
    if unknown:
        errors.append(
            f"{where}:{tags_line}: unknown tag(s) {', '.join(unknown)}: use a topic from tags_allowed in "
            "mkdocs.yml, or add a new topic there in the same pull request"
        )
    if not question.topics:
        errors.append(f"{where}:{tags_line}: add at least one topic tag besides the level")
    summary_line = _front_matter_line(question, "summary")
    if not question.summary:
        errors.append(f"{where}:1: add 'summary:', one sentence that answers the question (lists and cheat sheets use it)")
    elif len(question.summary) > SUMMARY_MAX_CHARS or "\n" in question.summary:
        errors.append(
            f"{where}:{summary_line}: summary is {len(question.summary)} characters; keep it to one line of at most "
            f"{SUMMARY_MAX_CHARS}"
        )
    if not question.title:
        errors.append(f"{where}:1: the page needs a '# ' title: the question as an interviewer asks it")
    if question.section not in SECTIONS:
        errors.append(f"{where}:1: pages live in docs/<section>/, with section one of {', '.join(SECTIONS)}")
    return errors


def all_errors() -> list[str]:
    errors: list[str] = []
    for question in load_questions():
        errors.extend(front_matter_errors(question))
    return errors


if __name__ == "__main__":
    problems = all_errors()
    print("\n".join(problems) if problems else "ok")
    sys.exit(1 if problems else 0)
