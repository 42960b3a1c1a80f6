"""What every rule module provides, and helpers to build verdicts."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from factcheck.model import Evidence, Quantity, Status, Verdict
from factcheck.reading import Reading


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    name: str
    type: str  # the relation type in the JSON contract
    check: Callable[[Reading], Iterable[Verdict]]
    doc: str
    # Codes whose unverifiable verdict on the same figure this rule's verdict replaces
    # (FC111 finds the baseline FC101 could not).
    supersedes: tuple[str, ...] = ()

    @property
    def summary(self) -> str:
        """The first line of the module docstring."""
        return inspect.cleandoc(self.doc).splitlines()[0].strip()

    @property
    def explanation(self) -> str:
        return inspect.cleandoc(self.doc)


def verdict(
    rule: Rule,
    status: Status,
    stated: Quantity,
    message: str,
    evidence: Iterable[Evidence] = (),
    *,
    stated_value: float | None = None,
    computed: float | None = None,
    arithmetic: str = "",
    **extra: object,
) -> Verdict:
    return Verdict(
        code=rule.code,
        name=rule.name,
        type=rule.type,
        status=status,
        # one line, whatever the figures quoted in it span ("34\npercent" wrapped in the article)
        message=" ".join(message.split()),
        start=stated.start,
        end=stated.end,
        stated=stated.value if stated_value is None else stated_value,
        computed=computed,
        evidence=tuple(evidence),
        stated_text=stated.text,
        arithmetic=arithmetic,
        # most verdicts have no extra keys: they share one empty dict (never written to), which
        # a file of 100,000 claims feels
        extra=dict(extra) if extra else _NO_EXTRA,
    )


_NO_EXTRA: dict[str, object] = {}


def judged(
    rule: Rule,
    ok: bool,
    stated: Quantity,
    if_ok: str,
    if_not: str,
    evidence: Iterable[Evidence] = (),
    **kw: Any,
) -> Verdict:
    """Consistent with ``if_ok`` when the figures agree, else inconsistent with ``if_not``:
    the two verdicts of a check differ only in status and message."""
    status = Status.CONSISTENT if ok else Status.INCONSISTENT
    return verdict(rule, status, stated, if_ok if ok else if_not, evidence, **kw)
