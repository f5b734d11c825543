"""scripts/snippets.py (issue 16, finding 10): the update mode rewrites only real #> comments,
and output a #> line cannot hold (trailing whitespace) fails instead of being dropped."""

from __future__ import annotations

from pathlib import Path

from snippets import Snippet, check

IN_A_STRING = '''text = """
#> this line is part of the string
"""
print(text.strip())
#> old output
'''


def test_update_keeps_output_marks_inside_a_string() -> None:
    snippet = Snippet(path=Path("snippets/in_a_string.py"), source=IN_A_STRING)
    rendered, problems = check(snippet, {"outputs": {"1": "#> this line is part of the string\n"}})
    assert rendered == IN_A_STRING.replace("#> old output", "#> #> this line is part of the string")
    assert len(problems) == 1 and problems[0][1].startswith("printed output differs from the #> lines")


def test_trailing_whitespace_in_output_fails_with_the_line() -> None:
    source = 'print("a")\n#> a\nprint("b  ")\n#> b\n'
    snippet = Snippet(path=Path("snippets/trailing.py"), source=source)
    rendered, problems = check(snippet, {"outputs": {"0": "a\n", "1": "b  \n"}})
    assert problems == [
        (
            3,
            "line 1 of the printed output ends in whitespace ('b  '), which a #> line cannot keep: strip it, "
            "or print its repr()",
        )
    ]


def test_output_without_trailing_whitespace_passes() -> None:
    source = 'print("a\\n\\nb")\n#> a\n#>\n#> b\n'
    snippet = Snippet(path=Path("snippets/blank_line.py"), source=source)
    assert check(snippet, {"outputs": {"0": "a\n\nb\n"}}) == (source, [])
