# requires: ruff>=0.17
import subprocess
import sys
from pathlib import Path

# --8<-- [start:lint]
Path("billing.py").write_text(
    "import os, sys\n"
    "def TotalPrice(Items):\n"
    "    if Items == None:\n"
    "        return 0\n"
    "    l = lambda item: item * 2\n"
    "    return sum(map(l, Items))\n"
)
ruff = [sys.executable, "-m", "ruff"]
options = ["--isolated", "--no-cache", "--output-format", "concise"]
lint = subprocess.run(
    [*ruff, "check", *options, "--select", "E,F,N", "billing.py"],
    capture_output=True,
    text=True,
)
print(lint.stdout.rstrip())
#> billing.py:1:1: E401 [*] Multiple imports on one line
#> billing.py:1:8: F401 [*] `os` imported but unused
#> billing.py:1:12: F401 [*] `sys` imported but unused
#> billing.py:2:5: N802 Function name `TotalPrice` should be lowercase
#> billing.py:2:16: N803 Argument name `Items` should be lowercase
#> billing.py:3:17: E711 Comparison to `None` should be `cond is None`
#> billing.py:5:5: E741 Ambiguous variable name: `l`
#> billing.py:5:5: E731 Do not assign a `lambda` expression, use a `def`
#> Found 8 errors.
#> [*] 3 fixable with `--fix` (2 unsafe fixes available with `--fix --unsafe-fixes`).
# --8<-- [end:lint]

# --8<-- [start:format]
fixed = subprocess.run(
    [*ruff, "format", "--isolated", "-"],
    input="def total( items ):return sum( items )\nprices=[ 1,2 ]\n",
    capture_output=True,
    text=True,
)
print(fixed.stdout.rstrip())
#> def total(items):
#>     return sum(items)
#>
#>
#> prices = [1, 2]
# --8<-- [end:format]

# --8<-- [start:line-length]
Path("report.py").write_text(f"summary = {'x' * 70!r}\n")  # an 82-character line
for limit in ([], ["--line-length", "79"]):
    result = subprocess.run(
        [*ruff, "check", *options, "--select", "E501", *limit, "report.py"],
        capture_output=True,
        text=True,
    )
    print(limit or "default (88)", "->", result.stdout.splitlines()[0])
#> default (88) -> All checks passed!
#> ['--line-length', '79'] -> report.py:1:80: E501 Line too long (82 > 79)
# --8<-- [end:line-length]
