"""Repository files around the site: the CI workflow, issue forms, PR template, pre-commit and lint."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from catalog import LEVELS, PYTHONS, SECTIONS
from snippets import ROOT

GITHUB = ROOT / ".github"
WORKFLOW = GITHUB / "workflows" / "site.yml"
ISSUE_FORMS = [GITHUB / "ISSUE_TEMPLATE" / "wrong-answer.yml", GITHUB / "ISSUE_TEMPLATE" / "new-question.yml"]
BIN = Path(sys.executable).parent  # the .venv's tools: ruff, check-jsonschema, pre-commit
LINTED = ["scripts", "tests", "snippets", "noxfile.py", "conftest.py"]
FORMATTED = ["scripts", "tests", "noxfile.py", "conftest.py"]


def run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)


def check_jsonschema(schema: str, *paths: Path) -> None:
    # Schemas vendored inside check-jsonschema: no network.
    result = run(str(BIN / "check-jsonschema"), "--builtin-schema", schema, *map(str, paths))
    assert result.returncode == 0, result.stdout + result.stderr


def workflow() -> dict:
    # PyYAML reads the key `on` as True (YAML 1.1); map it back.
    data = yaml.safe_load(WORKFLOW.read_text())
    data["on"] = data.pop(True, data.get("on"))
    return data


def test_workflow_matches_githubs_schema() -> None:
    check_jsonschema("vendor.github-workflows", WORKFLOW)


def test_workflow_runs_the_test_command_on_every_claimed_python() -> None:
    data = workflow()
    assert set(data["on"]) >= {"pull_request", "push"}
    assert data["on"]["push"]["branches"] == ["main"]
    steps = data["jobs"]["test"]["steps"]
    assert data["jobs"]["test"]["runs-on"] == "ubuntu-latest"
    setup = next(step for step in steps if step.get("uses", "").startswith("actions/setup-python@"))
    assert setup["with"]["python-version"].split() == list(PYTHONS)
    assert any(step.get("run") == "bash scripts/test.sh" for step in steps)


def test_workflow_deploys_pages_from_main_only_after_the_tests() -> None:
    deploy = workflow()["jobs"]["deploy"]
    assert deploy["needs"] == "test"
    assert "refs/heads/main" in deploy["if"] and "push" in deploy["if"]
    assert deploy["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    uses = [step.get("uses", "").split("@")[0] for step in deploy["steps"]]
    assert uses.index("actions/upload-pages-artifact") < uses.index("actions/deploy-pages")
    upload = next(s for s in deploy["steps"] if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "site"
    assert any("mkdocs build --strict" in step.get("run", "") for step in deploy["steps"])
    assert workflow()["permissions"] == {"contents": "read"}  # the test job gets nothing more


def test_issue_forms_match_githubs_schema() -> None:
    check_jsonschema("vendor.github-issue-forms", *ISSUE_FORMS)
    check_jsonschema("vendor.github-issue-config", GITHUB / "ISSUE_TEMPLATE" / "config.yml")


def test_new_question_form_offers_the_real_sections_and_levels() -> None:
    body = yaml.safe_load(ISSUE_FORMS[1].read_text())["body"]
    options = {item["id"]: item["attributes"].get("options") for item in body if "id" in item}
    assert options["section"] == list(SECTIONS)
    assert options["level"] == list(LEVELS)


def test_pull_request_template_has_the_checklist() -> None:
    text = (GITHUB / "PULL_REQUEST_TEMPLATE.md").read_text()
    for needed in ["scripts/new_question.py", "--update-snippets", "scripts/validate.py", "TODO", "serve.sh"]:
        assert needed in text
    assert text.count("- [ ]") >= 6


def test_pre_commit_config_is_valid_and_uses_the_pinned_ruff() -> None:
    config = ROOT / ".pre-commit-config.yaml"
    result = run(str(BIN / "pre-commit"), "validate-config", str(config))
    assert result.returncode == 0, result.stdout + result.stderr
    hooks = {hook["id"]: hook for repo in yaml.safe_load(config.read_text())["repos"] for hook in repo["hooks"]}
    assert hooks["ruff-check"]["entry"].startswith(".venv/bin/ruff check")
    assert hooks["ruff-format"]["entry"].startswith(".venv/bin/ruff format")
    assert "snippets" not in hooks["ruff-format"]["files"]


def test_ruff_check() -> None:
    result = run(str(BIN / "ruff"), "check", "--no-cache", *LINTED)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    result = run(str(BIN / "ruff"), "format", "--check", "--no-cache", *FORMATTED)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("path", ["snippets/basics/eq-vs-is.py", "tests/fixtures/snippets/wrong_output.py"])
def test_ruff_format_leaves_snippets_alone(path: str) -> None:
    # Even named explicitly (as pre-commit does), a snippet is not formatted: "#>" must stay "#>".
    result = run(str(BIN / "ruff"), "format", "--check", "--force-exclude", "--no-cache", path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "would be reformatted" not in result.stdout
