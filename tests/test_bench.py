"""scripts/bench.py: its verdicts, and a real run of a quick subset (the full run takes ~20 minutes)."""

from __future__ import annotations

import json
import subprocess
import sys

import bench
from snippets import ROOT


def test_calibrated_slowdown_follows_lighthouses_table() -> None:
    # docs/throttling.md in Lighthouse: high-end desktop 4x, low-end desktop or high-end phone 2x,
    # a host in the mid-tier mobile range 1x.
    assert [bench.calibrated_slowdown(index) for index in (2000, 1500, 1499, 1100, 800, 799, 300)] == [
        4, 4, 2, 2, 2, 1, 1,
    ]  # fmt: skip


def test_verdicts_apply_every_budget() -> None:
    results = {
        "build": {"ratio_to_bare": {"warm cache": 1.3}},
        "snippets": {"suite_ratio": 0.8},
        "weight": {"question": {"transfer_bytes_without_search_index": 149 * 1024}},
        "search": {"median_ms": 101},
        "lighthouse": {"home": {"scores": {"performance": 95, "accessibility": 99}}},
        "lighthouse_calibrated": {"home": {"scores": {"performance": 94, "accessibility": 99}}},
    }
    rows = {row[0]: row[3] for row in bench.verdicts(results)}
    assert rows == {
        "build (warm) / bare Material": "FAIL",
        "pytest snippets / exec()": "PASS",
        "question page, no search index": "PASS",
        "keystroke -> first result": "FAIL",
        "Lighthouse home performance": "PASS",
        "Lighthouse home accessibility": "FAIL",
        "Lighthouse home performance (calibrated)": "FAIL",
    }


def test_bench_measures_page_weight_and_search_on_a_built_copy(tmp_path) -> None:
    report = tmp_path / "bench.json"
    result = subprocess.run(
        [sys.executable, "scripts/bench.py", "--repeat", "1", "--only", "weight,search", "--json", str(report)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    data = json.loads(report.read_text())
    question = data["weight"]["question"]
    assert 0 < question["transfer_bytes_without_search_index"] < question["transfer_bytes"]
    assert {"HTML", "CSS", "JS", "search index"} <= set(question["by_kind"])
    assert data["search"]["median_ms"] > 0
    statuses = {row["budget"]: row["status"] for row in data["verdicts"]}
    assert set(statuses) == {"question page, no search index", "keystroke -> first result"}
    for budget in statuses:
        assert budget in result.stdout, f"the printed table lacks {budget!r}"
