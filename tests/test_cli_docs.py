"""docs/rules.md is generated from the rule docstrings and must be up to date."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.rules import RULES

DOCS = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def test_rules_md_is_up_to_date() -> None:
    r = CliRunner().invoke(app, ["--explain", "all"])
    assert r.exit_code == 0
    assert DOCS.read_text(encoding="utf-8") == r.stdout, (
        "docs/rules.md is stale: run `factcheck --explain all > docs/rules.md`"
    )


def test_rules_md_covers_every_rule() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for rule in RULES:
        assert f"\n## {rule.code}\n" in text
        assert rule.summary in text


def test_explain_unknown_rule() -> None:
    r = CliRunner().invoke(app, ["--explain", "FC999"])
    assert r.exit_code == 2 and "FC999" in r.stderr
