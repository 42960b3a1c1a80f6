"""Immutable records handed from stage to stage: Quantity -> (a rule's claim) -> Verdict.

Each rule pairs quantities into a claim record of its own (FC101's ``Growth``),
which it judges into a Verdict.

Every record keeps its character span (0-based, end exclusive) into the
original text, so renderers can point at the exact figure.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    CONSISTENT = "consistent"
    INCONSISTENT = "inconsistent"
    UNVERIFIABLE = "unverifiable"


# How far a writer's bound ('more than N', 'under N') reaches, as a share of N.
_CLOSED_REACH = 0.15


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure as stated in the text.

    ``value`` is in base units (scale words applied: "2.5 million" -> 2_500_000).
    ``lo``/``hi`` bound what the stated figure can stand for, given its rounding
    and any hedge ("about", "more than"); they may be infinite.
    """

    text: str
    value: float
    unit: str | None  # "count", "percent", "pp", "CNY", "USD", "GWh", ... or None (bare number)
    start: int
    end: int
    decimals: int = 0
    lo: float = -math.inf
    hi: float = math.inf
    hedge: str | None = None  # "about", "more", "less", "nearly", "over-half" ...
    noun: str | None = None  # metric noun following the figure: "NEVs", "vehicles"
    sentence: int = -1  # index of the sentence that holds it
    signed: bool = False  # an explicit sign was written (+5%, −3%)
    # How far a round figure written in full ("176,000") would stretch if the reporter had
    # rounded it; 0 for a figure that does not look rounded. Used only to soften a verdict.
    round_half: float = 0.0

    def __hash__(self) -> int:
        # Rules cache per-figure look-ups; hashing every field made that the hot spot.
        return hash((self.start, self.end, self.value))

    def directed(self, sign: int) -> tuple[float, float]:
        """The interval the figure's size stands for, given the direction the text gives it:
        "down 13.1%" and "-13.1%" both stand for -13.15..-13.05 (the written sign is not
        applied twice)."""
        lo, hi = (self.lo, self.hi) if self.value >= 0 else (-self.hi, -self.lo)
        return (lo, hi) if sign > 0 else (-hi, -lo)

    def widened(self, at_most: float | None = None) -> Quantity:
        """The figure read as rounded: its interval stretched by ``round_half`` (or by ``at_most``,
        when that is less: "45,000" read to the hundred stands for 44,950-45,050)."""
        half = self.round_half if at_most is None else min(at_most, self.round_half)
        if not half:
            return self
        return replace(self, lo=self.lo - half, hi=self.hi + half)

    @property
    def open_ended(self) -> bool:
        """Bounded on one side only: "more than 47,800", "fewer than 40,000"."""
        return math.isinf(self.lo) or math.isinf(self.hi)

    def closed(self) -> Quantity:
        """A bound read as the figure a writer would put it for: "more than 47,800" is some
        47,800-55,000, not any figure at all above it (a writer with 60,000 says "nearly 60,000")."""
        if not self.open_ended:
            return self
        reach = max(4 * self.round_half, _CLOSED_REACH * abs(self.value))
        lo = self.value - reach if math.isinf(self.lo) else self.lo
        hi = self.value + reach if math.isinf(self.hi) else self.hi
        return replace(self, lo=lo, hi=hi)

    @property
    def exact(self) -> bool:
        return self.hedge is None

    @property
    def is_percent(self) -> bool:
        return self.unit == "percent"

    @property
    def is_currency(self) -> bool:
        return self.unit is not None and self.unit.isupper() and len(self.unit) == 3

    @property
    def is_duration(self) -> bool:
        """A span of time ("the first 11 months"), never a level a rate compares."""
        return self.unit in ("month", "week", "day", "yr", "h", "min", "s")

    @property
    def is_amount(self) -> bool:
        """A level that can be compared with another level (count, money, energy); not an exchange
        rate ("JPY 121.9/USD")."""
        return (
            self.unit not in ("percent", "pp", "multiple", "year", "ordinal")
            and not self.is_duration
            and not self.is_exchange_rate
        )

    @property
    def is_exchange_rate(self) -> bool:
        """So many units of one currency to one of another: "JPY 121.9/USD" (unit "JPY/USD")."""
        return self.unit is not None and len(self.unit) == 7 and self.unit[3] == "/" and self.unit.isupper()


@dataclass(frozen=True, slots=True)
class Evidence:
    role: str  # "current", "baseline", "part", "whole", ...
    quantity: Quantity


@dataclass(frozen=True, slots=True)
class Diagnosis:
    """How an inconsistent figure probably came about: a stable ``code`` (``transposed-digits``,
    ``truncated``, ``wrong-base``, ...), a sentence for the editor, and which figure is the
    likely culprit (``stated`` when the derived figure itself is the slip, else the role of the
    operand, or ``""`` when the arithmetic cannot tell). ``unexplained`` names no slip: its text
    says what the figures would have to be instead."""

    code: str
    text: str
    culprit: str = ""

    @property
    def line(self) -> str:
        """The diagnosis as the message ends with it, one line."""
        text = " ".join(self.text.split())
        return text if self.code == "unexplained" else f"likely slip: {text}"


@dataclass(frozen=True, slots=True)
class Verdict:
    code: str
    name: str
    type: str
    status: Status
    message: str
    start: int
    end: int
    stated: float | None = None
    computed: float | None = None
    evidence: tuple[Evidence, ...] = ()
    stated_text: str = ""
    arithmetic: str = ""  # the formula with the figures filled in
    diagnosis: Diagnosis | None = None  # only on inconsistent verdicts
    # The text that should replace the stated figure (its span start..end), when the diagnosis
    # names the stated figure as the wrong one; "" when no safe edit can be proposed.
    suggestion: str = ""
    extra: dict[str, object] = field(default_factory=dict, compare=False, hash=False)


def _pickle_by_fields(cls: type) -> None:
    """Pickle as (class, field values): ``--jobs`` workers send every verdict to the parent,
    and the default for slotted dataclasses is a dict of slots per record."""
    names = [f.name for f in fields(cls)]
    assert len(names) > 1  # attrgetter of one name returns the value, not a tuple
    get: Callable[[Any], tuple[Any, ...]] = operator.attrgetter(*names)

    def reduce(self: Any) -> tuple[type, tuple[Any, ...]]:
        return cls, get(self)

    cls.__reduce__ = reduce  # type: ignore[attr-defined]


for _cls in (Quantity, Evidence, Diagnosis, Verdict):
    _pickle_by_fields(_cls)
