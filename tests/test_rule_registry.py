"""The registry, the rule docs and the README agree."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.rules import RULES, lookup

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
TYPES = {
    "percent_change",
    "share",
    "sum",
    "cumulative",
    "multiple",
    "difference",
    "restatement",
    "currency",
    "percentage_points",
    "weekday",
}


def test_codes_are_unique_and_ordered() -> None:
    codes = [r.code for r in RULES]
    assert codes == sorted(set(codes))
    assert len({r.name for r in RULES}) == len(RULES)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_is_documented(rule) -> None:
    text = rule.explanation
    for section in ("*What it checks*", "*Why it matters*", "*Inconsistent*", "*Consistent*"):
        assert section in text, f"{rule.code} docstring lacks {section}"
    assert rule.type in TYPES
    assert f"| {rule.code} | {rule.name} |" in README
    assert lookup(rule.code) is rule and lookup(rule.name) is rule
