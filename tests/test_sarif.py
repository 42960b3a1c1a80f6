"""--format sarif validates against the SARIF 2.1.0 schema and says what the JSON format says."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from factcheck.cli import app

DATA = Path(__file__).parent / "data"
SCHEMA_SHA256 = "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e"

GOOD = "BYD sold 6,150 NEVs in December, up 88.71 percent from 3,259 units a year ago.\n"
BAD = "BYD sold 6,150 NEVs in December, up 87.81 percent from 3,259 units a year ago.\n"
UNVERIFIABLE = "Sokon sold 41,440 NEVs for the full year, up 104.4 percent year-on-year.\n"


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    raw = (DATA / "sarif-2.1.0.json").read_bytes()
    assert hashlib.sha256(raw).hexdigest() == SCHEMA_SHA256  # the copy noted in tests/data/README.md
    schema = json.loads(raw)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def sarif(*args: str | Path) -> tuple[dict, int]:
    r = CliRunner().invoke(app, ["--select", "FC101", "-f", "sarif", *map(str, args)])
    return json.loads(r.stdout), r.exit_code


def test_validates_with_every_status_and_an_error(tmp_path: Path, validator) -> None:
    a = tmp_path / "my article.md"  # a space: the URI must be encoded
    a.write_text(GOOD + "\n" + BAD + "\n" + UNVERIFIABLE, encoding="utf-8")
    doc, code = sarif("--show", "all", a, tmp_path / "missing.md")
    assert code == 2
    validator.validate(doc)
    run = doc["runs"][0]
    levels = [(r["ruleId"], r["level"], r["kind"]) for r in run["results"]]
    # SARIF 2.1.0 §3.27.10: a level other than none only on a result of kind fail
    assert levels == [("FC101", "none", "pass"), ("FC101", "error", "fail"), ("FC101", "none", "review")]
    assert run["invocations"][0]["executionSuccessful"] is False
    assert "missing.md" in run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]


def test_validates_when_empty(tmp_path: Path, validator) -> None:
    a = tmp_path / "a.txt"
    a.write_text("Nothing to count here.\n", encoding="utf-8")
    doc, code = sarif(a)
    validator.validate(doc)
    assert code == 0 and doc["runs"][0]["results"] == []


def test_rules_have_help_and_results_point_at_the_figure(tmp_path: Path, validator) -> None:
    a = tmp_path / "a.txt"
    a.write_text("Headline\n\n" + BAD, encoding="utf-8")
    doc, _ = sarif(a)
    validator.validate(doc)
    driver = doc["runs"][0]["tool"]["driver"]
    rules = {r["id"]: r for r in driver["rules"]}
    assert "FC101" in rules and rules["FC101"]["help"]["text"].strip()
    (res,) = doc["runs"][0]["results"]
    assert driver["rules"][res["ruleIndex"]]["id"] == "FC101"
    region = res["locations"][0]["physicalLocation"]["region"]
    text = a.read_text(encoding="utf-8")
    stated = text[region["charOffset"] : region["charOffset"] + region["charLength"]]
    assert stated.startswith("87.81")
    # line 3 of the file, column of "87.81" on that line (1-based), end column exclusive
    assert region["startLine"] == region["endLine"] == 3
    assert region["startColumn"] == BAD.index("87.81") + 1
    assert region["endColumn"] == region["startColumn"] + region["charLength"]
    roles = [loc["message"]["text"].split(":")[0] for loc in res["relatedLocations"]]
    assert set(roles) >= {"current", "baseline"}


def test_schema_rejects_a_broken_log(validator) -> None:
    """The validator is not vacuous: a result without a message is invalid SARIF."""
    bad = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"ruleId": "A"}]}]}
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(bad)


DOUBTFUL = "Orla sold 5,400 trucks in June, up 9 percent from 5,000 a year earlier.\n"


def test_default_uploads_problems_only_and_level_is_none_unless_kind_is_fail(tmp_path: Path, validator) -> None:
    a = tmp_path / "a.md"
    a.write_text(GOOD + "\n" + BAD + "\n" + DOUBTFUL + "\n" + UNVERIFIABLE, encoding="utf-8")
    doc, code = sarif(a)
    validator.validate(doc)
    assert code == 1
    results = doc["runs"][0]["results"]
    # no consistent claim (kind pass) by default: only what needs a look
    assert [(r["kind"], r["level"], r["properties"]["severity"]) for r in results] == [
        ("fail", "error", "error"),
        ("review", "none", "warning"),
        ("review", "none", "info"),
    ]
    for r in results:
        assert r["kind"] == "fail" or r["level"] == "none"


def test_an_inconsistent_claim_rated_info_is_a_note(tmp_path: Path, validator) -> None:
    (tmp_path / ".factcheck.toml").write_text('[severity]\nFC101 = { inconsistent = "info" }\n', encoding="utf-8")
    a = tmp_path / "a.md"
    a.write_text(BAD, encoding="utf-8")
    doc, code = sarif(a)
    validator.validate(doc)
    assert code == 0  # info does not fail the default level
    assert [(r["kind"], r["level"]) for r in doc["runs"][0]["results"]] == [("fail", "note")]


def test_every_rule_has_a_help_uri_to_its_section_of_the_rule_reference(tmp_path: Path) -> None:
    a = tmp_path / "a.md"
    a.write_text(BAD, encoding="utf-8")
    doc, _ = sarif(a)
    rules_md = (Path(__file__).resolve().parent.parent / "docs" / "rules.md").read_text(encoding="utf-8")
    driver = doc["runs"][0]["tool"]["driver"]
    assert driver["rules"]
    for rule in driver["rules"]:
        doc_url, anchor = rule["helpUri"].split("#")
        assert doc_url.startswith("https://") and doc_url.endswith("/docs/rules.md")
        # GitHub's anchor for a heading is its text, lower-cased
        assert anchor == rule["id"].lower() and f"\n## {rule['id']}\n" in rules_md
