"""Interval arithmetic over stated figures.

Every stated figure stands for an interval (its rounding, widened by any
hedge); a derived figure is consistent when the interval computed from its
operands meets the interval the stated figure stands for.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

Interval = tuple[float, float]

# Floating-point slack so that exact decimal edges (33.5 for "34") count as inside.
_EPS = 1e-12


def overlaps(a: Interval, b: Interval) -> bool:
    tol = _EPS * max(1.0, *(abs(x) for x in (*a, *b) if math.isfinite(x)))
    return a[0] <= b[1] + tol and b[0] <= a[1] + tol


def add(intervals: Iterable[Interval]) -> Interval:
    lo = hi = 0.0
    for a, b in intervals:
        lo += a
        hi += b
    return lo, hi


def sub(a: Interval, b: Interval) -> Interval:
    return a[0] - b[1], a[1] - b[0]


def ratio(num: Interval, den: Interval) -> Interval | None:
    """num / den for positive intervals; None when den may be zero or negative."""
    if den[0] <= 0 or num[0] < 0:
        return None
    lo = num[0] / den[1] if math.isfinite(den[1]) else 0.0
    hi = num[1] / den[0]
    return lo, hi


def percent_change(current: Interval, baseline: Interval) -> Interval | None:
    """(current - baseline) / baseline x 100 over intervals."""
    r = ratio(current, baseline)
    if r is None:
        return None
    return (r[0] - 1.0) * 100.0, (r[1] - 1.0) * 100.0


def share(part: Interval, whole: Interval) -> Interval | None:
    r = ratio(part, whole)
    if r is None:
        return None
    return r[0] * 100.0, r[1] * 100.0


def scale(a: Interval, k: float) -> Interval:
    lo, hi = a[0] * k, a[1] * k
    return (lo, hi) if lo <= hi else (hi, lo)


def point_percent_change(current: float, baseline: float) -> float:
    return (current - baseline) / baseline * 100.0


def round_half_up(value: float, decimals: int) -> float:
    """Round as a reporter does (0.125 -> 0.13), not as banks do."""
    q = 10.0**decimals
    return math.floor(abs(value) * q + 0.5 + 1e-9) / q * (1 if value >= 0 else -1)
