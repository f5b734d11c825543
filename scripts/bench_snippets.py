"""How much does isolation cost? Time the snippet suite three ways in one run.

1. baseline: one process exec()s every snippet in turn (no isolation at all);
2. runner: the fork server (scripts/snippet_runner.py), isolated, as pytest uses it;
3. pytest: `pytest snippets`, the real suite with collection and reporting.

Each is a fresh process timed from the outside, so interpreter start-up and
library imports count on every side. Prints medians and the ratios to the
baseline; --json writes them too.

Usage: python scripts/bench_snippets.py [--repeat 3] [--json FILE]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from snippet_runner import THREAD_LIMITS
from snippets import ROOT, Snippet, iter_snippet_files


def claimed_snippets() -> list[Path]:
    return [p for p in iter_snippet_files() if Snippet.load(p).claims_python(sys.version_info[:2])]


def exec_all(paths: list[str]) -> int:
    """The baseline: exec() each snippet in this process, output to a buffer. Returns failures."""
    failures = 0
    start_dir = os.getcwd()
    for path in paths:
        with tempfile.TemporaryDirectory() as workdir:
            os.chdir(workdir)
            namespace = {"__name__": "__main__", "__file__": path}
            buffer = io.StringIO()
            try:
                with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(buffer):
                    exec(compile(Path(path).read_text(), path, "exec", dont_inherit=True), namespace)
            except BaseException as error:  # noqa: BLE001 - count it, keep going
                failures += 1
                print(f"baseline: {path}: {type(error).__name__}: {error}", file=sys.stderr)
            finally:
                os.chdir(start_dir)
    return failures


def timed(command: list[str]) -> float:
    env = {**os.environ, **{name: "1" for name in THREAD_LIMITS}}
    start = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"bench: {' '.join(command[:4])} ... failed:\n{result.stdout[-3000:]}{result.stderr[-3000:]}")
    return elapsed


def measure(repeat: int) -> dict:
    paths = [str(p) for p in claimed_snippets()]
    python = sys.executable
    commands = {
        "baseline exec()": [python, __file__, "--exec-all", *paths],
        "fork runner": [python, str(ROOT / "scripts" / "snippet_runner.py"), *paths],
        "pytest snippets": [python, "-m", "pytest", "snippets", "-q", "-p", "no:cacheprovider", "-o", "addopts="],
    }
    runs: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, command in commands.items():  # interleaved, so drift hits all sides alike
            runs[name].append(timed(command))
    medians = {name: statistics.median(times) for name, times in runs.items()}
    baseline = medians["baseline exec()"]
    return {
        "snippets": len(paths),
        "python": sys.version.split()[0],
        "repeat": repeat,
        "seconds": runs,
        "median_seconds": medians,
        "ratio_to_baseline": {name: value / baseline for name, value in medians.items()},
    }


def print_table(report: dict) -> None:
    print(f"{report['snippets']} snippets on Python {report['python']}, median of {report['repeat']} runs")
    print(f"{'approach':<18} {'median s':>9} {'x baseline':>11}")
    for name, seconds in report["median_seconds"].items():
        print(f"{name:<18} {seconds:>9.2f} {report['ratio_to_baseline'][name]:>10.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--exec-all", nargs="*", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.exec_all is not None:
        # Without isolation some snippets break each other (that is the point of the runner);
        # the baseline still times every one of them.
        exec_all(options.exec_all)
        return
    report = measure(options.repeat)
    print_table(report)
    if options.json:
        options.json.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
