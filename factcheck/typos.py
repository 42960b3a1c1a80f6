"""Whether two figures differ the way a typo makes them differ: two adjacent digits swapped, or
one digit changed in a figure of three significant digits or more, at their common precision.
Read by the restatement rule (FC107), which calls such a pair a slip only when its context says
the two are one figure."""

from __future__ import annotations

import math
import re

from factcheck.model import Quantity
from factcheck.numbers import written_digits
from factcheck.numbers import written_step as step


def typo_near(a: Quantity, b: Quantity, min_digits: int = 2, loose: bool = False) -> bool:
    """Two figures that differ like a typo at their common precision (≥ ``min_digits`` digits);
    ``loose`` also counts one digit changed in a figure of one or two significant digits."""
    return typo_at(a, b, step(a), step(b), min_digits, loose)


def typo_at(a: Quantity, b: Quantity, sa: float, sb: float, min_digits: int, loose: bool) -> bool:
    if not (re.search(r"\d", a.text) and re.search(r"\d", b.text)):
        return False  # "thirty percent" is no mistyped "twenty percent": words have no digits to slip
    st = max(sa, sb)
    ra, rb = _as_written(a, b, st), _as_written(b, a, st)
    # one digit changed in a round figure only against a figure written at the same precision
    loose = loose and math.isclose(sa, sb)
    if not math.isclose(sa, sb) and min(sa, sb) == 1 and _in_full(a) and _in_full(b):
        # a count in full against a round one ("44,977" and "45,900"): the copy would have to be
        # rounded and then mistyped; only two digits swapped is one slip at the round figure's step
        # ("17,090" and "17,900": the swap shows in the digits as written, finer than the round step)
        full_a, full_b = (str(round(abs(q.value))) for q in (a, b))
        return swapped_digits(ra, rb) or swapped_digits(full_a, full_b)
    return typo_digits(ra, rb, 1 if loose else min_digits, loose)


def _in_full(q: Quantity) -> bool:
    """A count written out digit by digit ("45,900"), no scale word or decimals ("45.9k")."""
    w = written_digits(q)
    return w is not None and w[1] == 1 and "." not in w[0]


def swapped_digits(ra: str, rb: str) -> bool:
    """Digit strings of one length that differ in two adjacent digits swapped ("1709", "1790")."""
    diff = [i for i in range(len(ra)) if len(ra) == len(rb) and ra[i] != rb[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and ra[diff[0]] == rb[diff[1]] and ra[diff[1]] == rb[diff[0]]


def typo_digits(ra: str, rb: str, min_digits: int, loose: bool = False) -> bool:
    """Digit strings that differ in two adjacent digits swapped, or in one digit when they have
    three or more: two two-digit figures that share a digit (15 and 25, 1.2 and 3.2, 16k and 10k)
    are far more often two different figures than one mistyped."""
    if len(ra) != len(rb) or len(ra) < min_digits or ra == rb:
        return False
    diff = [i for i in range(len(ra)) if ra[i] != rb[i]]
    if len(diff) == 1:
        if loose:
            return True
        # significant digits: "12,000" and "15,000" are two-digit figures
        shared_zeros = min(len(ra) - len(ra.rstrip("0")), len(rb) - len(rb.rstrip("0")))
        return len(ra) - shared_zeros >= 3
    return swapped_digits(ra, rb)


def swapped(a: Quantity, b: Quantity) -> bool:
    """Two figures whose digits differ by two adjacent digits swapped, at their common precision."""
    st = max(step(a), step(b))
    return swapped_digits(_as_written(a, b, st), _as_written(b, a, st))


def _as_written(q: Quantity, other: Quantity, st: float) -> str:
    """The digits of ``q`` at step ``st``, rounded the way ``other``'s hedge rounds.

    "almost 10%" restating 9.4% rounds 9.4 up to 10; "over 120k" restating 120,418 rounds down.
    """
    x = abs(q.value) / st
    if q.hedge is None and other.hedge in ("nearly",):
        return str(math.ceil(x - 1e-9))
    if q.hedge is None and other.hedge in ("more", "atleast", "just-over"):
        return str(math.floor(x + 1e-9))
    return str(round(x))
