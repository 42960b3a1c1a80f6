"""One period type for every stage: a stretch of the calendar year, its key and its months.

The readers name a figure's period by a short key ("june", "q2", "h1", "ytd:11",
"span:3-5", "last:12", "fy", "week 36", "june 9-15", "ytd", "week", "all"); this module is
the one place that says what a key covers, how periods nest (a month inside its quarter,
the quarter inside its half, everything inside the full year) and how a period is said
in words. Nothing else parses a key.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from factcheck.lexicon import MONTHS

# kinds whose months are fixed by the key alone
_FIXED = frozenset({"month", "days", "quarter", "half", "ytd", "span", "fy"})


@dataclass(frozen=True, slots=True)
class Period:
    """A period a figure is stated for.

    ``first`` and ``last`` are the months it runs through (1-12), 0 when the key alone
    does not fix them: "the year to date" ends at the article's month, "the last 3
    months" at a month the text may not name, a week or "since launch" at none."""

    kind: str  # month, days, quarter, half, ytd, span, last, fy, week, all
    first: int = 0
    last: int = 0
    label: str = ""  # the days of a "june 9-15", the number of a "week 36"

    @property
    def key(self) -> str:
        """The period's key, as the readers write it."""
        if self.kind == "month":
            return MONTHS[self.first - 1]
        if self.kind == "days":
            return f"{MONTHS[self.first - 1]} {self.label}"
        if self.kind == "quarter":
            return f"q{(self.first + 2) // 3}"
        if self.kind == "half":
            return "h1" if self.first == 1 else "h2"
        if self.kind == "ytd":
            return f"ytd:{self.last}" if self.last else "ytd"
        if self.kind == "span":
            return f"span:{self.first}-{self.last}"
        if self.kind == "last":
            return f"last:{self.label}"
        if self.kind == "week":
            return f"week {self.label}" if self.label else "week"
        return self.kind  # "fy", "all"

    @property
    def months(self) -> frozenset[int]:
        """The months the period covers; empty when the key alone does not fix them."""
        if self.kind not in _FIXED or not self.first:
            return frozenset()
        return frozenset(range(self.first, self.last + 1))

    @property
    def length(self) -> int | None:
        """How many months the period spans: 12 for "last:12" too, though its months are open."""
        if self.kind == "last" and self.label.isdigit():
            return int(self.label)
        return len(self.months) or None

    @property
    def month(self) -> int | None:
        """1-12 for a single calendar month ("june" -> 6)."""
        return self.first if self.kind == "month" else None

    @property
    def parent(self) -> Period | None:
        """The period one step up: a month's quarter, a quarter's half, a half's full year."""
        if self.kind == "month":
            q = (self.first - 1) // 3
            return Period("quarter", 3 * q + 1, 3 * q + 3)
        if self.kind == "quarter":
            return Period("half", 1, 6) if self.first <= 6 else Period("half", 7, 12)
        if self.kind == "half":
            return Period("fy", 1, 12)
        return None

    @property
    def children(self) -> tuple[Period, ...]:
        """The periods one step down, in calendar order (the inverse of :attr:`parent`)."""
        if self.kind == "fy":
            return (Period("half", 1, 6), Period("half", 7, 12))
        if self.kind == "half":
            return tuple(Period("quarter", m, m + 2) for m in range(self.first, self.last + 1, 3))
        if self.kind == "quarter":
            return tuple(Period("month", m, m) for m in range(self.first, self.last + 1))
        return ()

    @property
    def previous(self) -> tuple[Period, int] | None:
        """The period of the same kind right before, and how many years back it lies (0 or 1):
        May -> (April, 0), January -> (December, 1), Q1 -> (Q4, 1), H2 -> (H1, 0)."""
        if self.kind not in ("month", "quarter", "half"):
            return None
        n = self.last - self.first + 1
        if self.first > n:
            return Period(self.kind, self.first - n, self.last - n), 0
        return Period(self.kind, 13 - n, 12), 1

    def through(self, month: int) -> Period:
        """An open year-to-date closed at ``month``; any other period unchanged."""
        return Period("ytd", 1, month) if self.kind == "ytd" and not self.last else self

    def words(self) -> str:
        """The period in words: "June", "Q2", "H1", "January-November", "the full year"."""
        names = [m.title() for m in MONTHS]
        if self.kind == "ytd" and self.last:
            return f"January-{names[self.last - 1]}"
        if self.kind == "span":
            return f"{names[self.first - 1]}-{names[self.last - 1]}"
        if self.kind in ("quarter", "half"):
            return self.key.upper()
        if self.kind == "last":
            return f"the last {self.label} months"
        fixed = {"fy": "the full year", "ytd": "the year to date", "all": "all time"}
        return fixed.get(self.kind, self.key.title())


_DAYS = re.compile(r"(\d{1,2}-\d{1,2})")


@functools.lru_cache(maxsize=512)
def parse(key: str) -> Period | None:
    """The period a key names; None for a key no reader writes."""
    word, _, rest = key.partition(" ")
    if word in MONTHS:
        i = MONTHS.index(word) + 1
        if not rest:
            return Period("month", i, i)
        return Period("days", i, i, rest) if _DAYS.fullmatch(rest) else None
    if re.fullmatch(r"q[1-4]", key):
        n = int(key[1])
        return Period("quarter", 3 * n - 2, 3 * n)
    if key in ("h1", "h2"):
        return Period("half", 1, 6) if key == "h1" else Period("half", 7, 12)
    if key == "ytd":
        return Period("ytd", 1, 0)
    m = re.fullmatch(r"ytd:(\d{1,2})", key)
    if m and 1 <= int(m.group(1)) <= 12:
        return Period("ytd", 1, int(m.group(1)))
    m = re.fullmatch(r"span:(\d{1,2})-(\d{1,2})", key)
    if m and 1 <= int(m.group(1)) <= int(m.group(2)) <= 12:
        return Period("span", int(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r"last:(\d{1,2})", key)
    if m:
        return Period("last", 0, 0, m.group(1))
    if word == "week":
        return Period("week", 0, 0, rest) if not rest or rest.isdigit() else None
    if key in ("fy", "all"):
        return Period(key, 1, 12) if key == "fy" else Period("all")
    return None


def month(i: int) -> str:
    """The key of month ``i`` (1-12)."""
    return MONTHS[i - 1]


def ytd(through: int) -> str:
    """The key of January through month ``through``."""
    return f"ytd:{through}"


def span(first: int, last: int) -> str:
    """The key of a run of months; January onwards is a year-to-date."""
    return ytd(last) if first == 1 else f"span:{first}-{last}"


def last_months(n: int) -> str:
    """The key of the last ``n`` months."""
    return f"last:{n}"


def quarter(n: int) -> str:
    return f"q{n}"


def half(n: int) -> str:
    return f"h{n}"


def month_index(key: str) -> int | None:
    """1-12 for a single month's key ("june" -> 6), else None."""
    p = parse(key)
    return p.month if p else None


def months_of(key: str, through: int | None = None) -> frozenset[int] | None:
    """The months a key covers; an open year-to-date runs through ``through`` when given."""
    p = parse(key)
    if p is None:
        return None
    if through is not None:
        p = p.through(through)
    return p.months or None


def parent_key(key: str) -> str | None:
    """The key one step up ("june" -> "q2", "q2" -> "h1")."""
    p = parse(key)
    up = p.parent if p else None
    return up.key if up else None


def child_keys(key: str) -> list[str]:
    """The keys one step down ("h1" -> ["q1", "q2"], "q2" -> ["april", "may", "june"])."""
    p = parse(key)
    return [c.key for c in p.children] if p else []


def words(key: str) -> str:
    """A key in words; a key no reader writes is shown as it is."""
    p = parse(key)
    return p.words() if p else key
