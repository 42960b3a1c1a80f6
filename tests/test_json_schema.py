"""The JSON report's contract ships in the repository: docs/json.md and a JSON Schema that
every kind of ``--format json`` run is validated against, and the example in docs/json.md is
what factcheck prints."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from factcheck.cli import app

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "docs" / "factcheck-report.schema.json"
DOC = ROOT / "docs" / "json.md"
GOOD = "BYD sold 6,150 NEVs in December, up 88.71 percent from 3,259 units a year ago.\n"
BAD = "BYD sold 6,150 NEVs in December, up 87.81 percent from 3,259 units a year ago.\n"
LONE = "Sokon sold 41,440 NEVs for the full year, up 104.4 percent year-on-year.\n"


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def run_json(*args: str | Path, cwd: Path | None = None, input: str | None = None) -> dict:
    old = os.getcwd()
    if cwd:
        os.chdir(cwd)
    try:
        r = CliRunner().invoke(app, ["-f", "json", *map(str, args)], input=input)
    finally:
        os.chdir(old)
    assert r.exit_code in (0, 1, 2), r.stderr
    return json.loads(r.stdout)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "a.md").write_text("---\ntitle: x\n---\n\n" + GOOD + "\n" + BAD + "\n" + LONE, encoding="utf-8")
    (tmp_path / "b.html").write_text(f"<html><body><article><p>{BAD}</p></article></body></html>", encoding="utf-8")
    (tmp_path / "c.txt").write_text("", encoding="utf-8")
    (tmp_path / "d.txt").write_bytes(b"\x00\x01binary")
    return tmp_path


@pytest.mark.parametrize(
    "args",
    [
        (),
        ("--show", "inconsistent"),
        ("--show", "consistent", "--fail-level", "info"),
        ("--select", "FC101,FC107", "--fail-level", "never"),
        ("--plain",),
    ],
)
def test_every_kind_of_run_validates(tree: Path, validator, args: tuple[str, ...]) -> None:
    doc = run_json(*args, tree, tree / "missing.md")
    validator.validate(doc)
    errors = [f for f in doc["files"] if f["error"]]
    assert {Path(f["path"]).name for f in errors} == {"d.txt", "missing.md"}  # the error case is covered


def test_the_shipped_fixtures_validate(validator) -> None:
    doc = run_json(ROOT / "fixtures" / "articles")
    validator.validate(doc)
    claims = [c for f in doc["files"] for c in f["claims"]]
    # every status, every severity and a diagnosis are exercised, or the validation proves little
    assert {c["status"] for c in claims} == {"consistent", "inconsistent", "unverifiable"}
    assert {c["severity"] for c in claims} == {"error", "warning", "info", "none"}
    assert any(c["diagnosis"] for c in claims) and any(c["suggestion"] for c in claims)


def test_empty_runs_and_stdin_validate(tmp_path: Path, validator) -> None:
    validator.validate(run_json("--exclude", "*", tmp_path))
    validator.validate(run_json("-", "--stdin-filename", "x.md", input=BAD))


def test_the_schema_is_not_vacuous(tree: Path, validator) -> None:
    doc = run_json(tree / "a.md")
    claim = doc["files"][0]["claims"][0]
    for broken in (
        {**claim, "status": "fine"},
        {k: v for k, v in claim.items() if k != "severity"},
        {**claim, "line": 0},
        {**claim, "evidence": [{"role": "current"}]},
    ):
        bad = {**doc, "files": [{**doc["files"][0], "claims": [broken]}]}
        with pytest.raises(jsonschema.ValidationError):
            validator.validate(bad)
    with pytest.raises(jsonschema.ValidationError):  # a file that failed lists no claims
        validator.validate({**doc, "files": [{**doc["files"][0], "error": "no such file"}]})


def test_the_example_in_docs_json_md_is_real(tmp_path: Path, validator) -> None:
    text = DOC.read_text(encoding="utf-8")
    example = json.loads(re.search(r"```json\n(.*?)```", text, re.DOTALL).group(1))  # type: ignore[union-attr]
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "december.md").write_text(BAD, encoding="utf-8")
    assert run_json("news/december.md", cwd=tmp_path) == example
    validator.validate(example)


def test_every_claim_key_is_documented(tree: Path) -> None:
    text = DOC.read_text(encoding="utf-8")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    for key in schema["$defs"]["claim"]["required"]:
        assert f"`{key}`" in text, key
    for key in schema["$defs"]["evidence"]["required"] + schema["properties"]["summary"]["required"]:
        assert f"`{key}`" in text, key


def test_the_license_the_package_declares_is_shipped() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == {"text": "MIT"}
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n") and "Permission is hereby granted, free of charge" in text
