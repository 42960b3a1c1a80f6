"""The rule registry: every rule, listed by hand, in code order."""

from __future__ import annotations

from factcheck.rules import (
    cumulative,
    currency,
    difference,
    growth_consistency,
    margin,
    multiple,
    percent_change,
    percentage_points,
    restatement,
    share,
    sum_,
    weekday,
)
from factcheck.rules.base import Rule

RULES: tuple[Rule, ...] = (
    percent_change.RULE,
    share.RULE,
    sum_.RULE,
    cumulative.RULE,
    difference.RULE,
    multiple.RULE,
    restatement.RULE,
    percentage_points.RULE,
    currency.RULE,
    weekday.RULE,
    growth_consistency.RULE,
    margin.RULE,
)

BY_CODE: dict[str, Rule] = {r.code: r for r in RULES}
BY_NAME: dict[str, Rule] = {r.name: r for r in RULES}


def lookup(key: str) -> Rule | None:
    """A rule by code (FC101) or name (percent-change), case-insensitive."""
    return BY_CODE.get(key.upper()) or BY_NAME.get(key.lower())
