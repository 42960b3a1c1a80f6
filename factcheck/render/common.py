"""Helpers shared by the renderers."""

from __future__ import annotations

import math

from factcheck.engine import FileResult
from factcheck.model import Status, Verdict

STATUSES = (Status.CONSISTENT, Status.INCONSISTENT, Status.UNVERIFIABLE)


def number(value: float | None) -> float | int | None:
    """A JSON-friendly number: integral floats as ints, non-finite as null."""
    if value is None or not math.isfinite(value):
        return None
    if value == int(value) and abs(value) < 2**53:
        return int(value)
    return round(value, 6)


def counts(verdicts: tuple[Verdict, ...] | list[Verdict]) -> dict[str, int]:
    out = {s.value: 0 for s in STATUSES}
    for v in verdicts:
        out[v.status.value] += 1
    return out


def line_col(result: FileResult, offset: int) -> tuple[int, int]:
    if result.document is not None:
        return result.document.line_col(offset)
    before = result.text[:offset]
    line = before.count("\n") + 1
    return line, offset - (before.rfind("\n") + 1) + 1
