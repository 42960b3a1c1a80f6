"""Severities: how much each claim matters, from its status and rule, and what fails a run.

Every inconsistent claim is an ``error`` and every unverifiable one a ``warning``, except a
growth rate with no baseline stated in the article ("up 12% for 5,102"): factcheck can only
say which baseline it implies, so it is ``info``. A consistent claim has no severity
(``none``) and never fails a run. The ``[severity]`` table of a configuration file changes any
of this, by status or by rule and status::

    [severity]
    unverifiable = "info"                       # every rule's unverifiable claims
    FC107 = { inconsistent = "warning" }         # one rule (code, code prefix or name)

``--fail-level`` (or ``fail-level``) is the least severity that fails the run: ``error``,
``warning``, ``info`` or ``never``.

Pure standard library: the command line imports it before it knows what it will check.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factcheck.model import Verdict

LEVELS = ("error", "warning", "info")  # most severe first
FAIL_LEVELS = (*LEVELS, "never")
RANK = {"error": 3, "warning": 2, "info": 1, "none": 0}
DEFAULTS = {"inconsistent": "error", "unverifiable": "warning", "consistent": "none"}
RATED = ("inconsistent", "unverifiable")  # the statuses a configuration may rate

# (rule key, ((status, level), ...)) pairs and (status, level) pairs: hashable and picklable.
Table = tuple[tuple[str, tuple[tuple[str, str], ...]], ...]


def lone_growth(v: Verdict) -> bool:
    """A growth rate the article gives no baseline for: nothing to check it against."""
    return (
        v.type == "percent_change"
        and v.status.value == "unverifiable"
        and not any(e.role == "baseline" for e in v.evidence)
    )


def _matches(key: str, code: str, name: str) -> bool:
    key = key.upper()
    return key == "ALL" or code.upper().startswith(key) or name.upper() == key


class Severities:
    """The severity of each claim under one configuration's ``[severity]`` table."""

    def __init__(self, by_status: Mapping[str, str] | None = None, by_rule: Table = ()) -> None:
        self.by_status = dict(by_status or {})
        # the most specific rule key wins: a code beats its prefix, a prefix beats ALL
        self.by_rule = sorted(by_rule, key=lambda kv: (kv[0].upper() == "ALL", -len(kv[0])))

    def of(self, v: Verdict) -> str:
        status = v.status.value
        for key, levels in self.by_rule:
            if _matches(key, v.code, v.name):
                level = dict(levels).get(status)
                if level is not None:
                    return level
        if status in self.by_status:
            return self.by_status[status]
        if lone_growth(v):
            return "info"
        return DEFAULTS[status]


DEFAULT = Severities()


def severity_of(v: Verdict) -> str:
    """The severity the command line gave ``v`` (kept in ``v.extra``), else its default."""
    level = v.extra.get("severity") if v.extra else None
    return level if isinstance(level, str) else DEFAULT.of(v)


def fails(level: str, fail_level: str) -> bool:
    """Does a claim of severity ``level`` fail a run at ``fail_level``?"""
    if fail_level == "never" or level == "none":
        return False
    return RANK[level] >= RANK[fail_level]


def parse_table(value: Any, fail: Any, is_rule: Any) -> tuple[dict[str, str], Table]:
    """The ``[severity]`` table of a configuration file; ``fail(key, problem)`` makes the error
    and ``is_rule(key)`` tells whether a key names a rule."""
    if not isinstance(value, dict):
        raise fail("severity", 'expected a table such as { unverifiable = "info" }')
    by_status: dict[str, str] = {}
    by_rule: list[tuple[str, tuple[tuple[str, str], ...]]] = []

    def level(key: str, v: Any) -> str:
        if v not in LEVELS:
            raise fail(key, f"expected one of {', '.join(LEVELS)}")
        return str(v)

    for key, v in value.items():
        if key in RATED:
            by_status[key] = level(f"severity.{key}", v)
        elif key == "consistent":
            raise fail("severity.consistent", "a consistent claim has no severity")
        elif is_rule(key):
            if not isinstance(v, dict) or not v:
                raise fail(f"severity.{key}", 'expected a table of status = level ({ inconsistent = "warning" })')
            pairs = []
            for status, lv in v.items():
                if status not in RATED:
                    raise fail(f"severity.{key}.{status}", f"expected a status: {', '.join(RATED)}")
                pairs.append((status, level(f"severity.{key}.{status}", lv)))
            by_rule.append((key, tuple(pairs)))
        else:
            raise fail(f"severity.{key}", f"not a status ({', '.join(RATED)}) or a rule (see factcheck --list-rules)")
    return by_status, tuple(by_rule)


def counts_by_level(levels: Iterable[str]) -> dict[str, int]:
    out = dict.fromkeys(LEVELS, 0)
    for lv in levels:
        if lv in out:
            out[lv] += 1
    return out
