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
    doc, code = sarif(a, tmp_path / "missing.md")
    assert code == 2
    validator.validate(doc)
    run = doc["runs"][0]
    levels = [(r["ruleId"], r["level"], r["kind"]) for r in run["results"]]
    assert levels == [("FC101", "none", "pass"), ("FC101", "error", "fail"), ("FC101", "warning", "review")]
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
