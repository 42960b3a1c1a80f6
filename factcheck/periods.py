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
from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.lexicon import DATA_NOUNS, MONTH_ABBREVIATIONS, MONTHS, ORDINALS, alt
from factcheck.words import SMALL

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
    """The key of January through month ``through``: through December is the full year."""
    return "fy" if through == 12 else f"ytd:{through}"


def span(first: int, last: int) -> str:
    """The key of a run of months; January onwards is a year-to-date, and the three months of a
    calendar quarter are that quarter ("the April-to-June quarter", "the quarter ended September")."""
    if first == 1:
        return ytd(last)
    if last == first + 2 and first in (4, 7, 10):
        return f"q{(first + 2) // 3}"
    return f"span:{first}-{last}"


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


def is_run(key: str) -> bool:
    """Whether a key names a run of whole months (the year to date, open or not, a half, a quarter,
    "March-June"): single months and spans of days are no runs."""
    p = parse(key)
    return p is not None and p.kind in ("ytd", "half", "quarter", "span")


def run_months(key: str) -> frozenset[int] | None:
    """The months of a run (None for an open year to date, whose end the text must fix)."""
    return months_of(key) if is_run(key) else None


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


# ---------------------------------------------------------------------------------------------
# Reading periods from text: one finder for every reader.

_CARD = {w: n for w, n in SMALL.items() if n >= 2}
_N = "|".join([*_CARD, *(str(i) for i in range(12, 1, -1))])
_ANY_MONTH = "|".join([*MONTHS, *MONTH_ABBREVIATIONS])
_MONTH_OF = {m: i + 1 for i, m in enumerate(MONTHS)} | {a: 0 for a in MONTH_ABBREVIATIONS}


def _month_number(word: str) -> int:
    """1-12 for a month's name or abbreviation, in any case, with or without its full stop."""
    w = word.lower().rstrip(".")
    return _MONTH_OF.get(w) or _MONTH_OF[next(m for m in MONTHS if m.startswith(w[:3]))]


# A run of months, read before the single months inside it ("January-May", "the first five
# months", "the past 12 months", "the first three quarters", "the eighth month").
_RUN = re.compile(
    # ("from January to end June", "January to the end of September", "January-end September")
    # ("July 2024 to February 2025": each end may carry its year)
    rf"\b(?P<a>{_ANY_MONTH})\.?(?:\s++(?P<ya>(?:19|20)\d\d))?\s*+(?P<j>[-–]to[-–]|-|–|to|through|until|and)\s*+"
    r"(?:(?:the\s++)?end(?:\s++of\s++|[- ]))?"
    rf"(?P<b>{_ANY_MONTH})\b(?:\s++(?P<yb>(?:19|20)\d\d)\b)?|"
    rf"\b(?P<which>first|past|last|recent|previous)\s+(?P<n>{_N})\s+months\b|"
    r"\b(?:first|past)\s+(?P<nq>two|three|2|3)\s+quarters\b|"
    # "the quarter ended June", "the three months to September 30", "the six months ending in June"
    # ("the year ended December": the twelve months that end there, the calendar year; "the year to
    # June" is read below as the year so far)
    rf"\b(?P<long>quarter|(?P<ln>{_N})\s+months|half[- ]year|year(?=\s+(?:that\s+)?(?:ended|ending)\b))\s+(?:that\s+)?"
    rf"(?:ended|ending|to|through)\s+(?:on\s+|in\s+)?(?P<end>{_ANY_MONTH})\b|"
    # "the December 2020 quarter", "its September quarter": the quarter that ends in that month
    rf"\bthe\s+(?P<qend>(?-i:{'|'.join(m.title() for m in MONTHS)}))\s+(?:(?:19|20)\d\d\s+)?quarter\b|"
    # "for the eleven months" of a report on the year so far: its first eleven months
    rf"\b(?:for|in|over|during)\s+the\s+(?P<tn>{_N})\s+months\b(?!\s+(?:that\s+)?(?:ended|ending|to|through|of\s+last)\b)|"
    rf"\b(?:in|during|for)\s+the\s+(?P<nth>{'|'.join(ORDINALS)})\s+month\b"
    r"(?!\s+(?:in\s+a\s+row|running|straight|of\s+(?:growth|decline|gains?|loss(?:es)?|increases?|decreases?)))",
    re.IGNORECASE,
)
_BETWEEN = re.compile(r"\bbetween\s{1,3}$", re.IGNORECASE)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_QUARTER = re.compile(
    r"\b(?:q(?P<q>[1-4])|(?P<qq>[1-4])q|(?P<ord>first|second|third|fourth)[- ]quarter|"
    r"quarter\s(?P<roman>iv|i{1,3}|[1-4])|(?-i:(?P<roman_before>IV|III|II))\s+quarter)\b",
    re.IGNORECASE,
)
# The quarter or half named by its ordinal alone after one said in full: "31,400 in the first quarter
# and 29,800 in the second" (the noun elided; never "the second largest")
ELIDED = re.compile(
    r"\b(?:in|for|during|over)\s++the\s++(?P<ord>second|third|fourth)(?=\s*+(?:[,.;)]|and\b|$))", re.IGNORECASE
)
_HALF = re.compile(
    # ("the first semester": a half, as reports from Latin America and Southeast Asia say it)
    r"\b(?:h(?P<h>[12])|(?P<o>first|1st|second|2nd)(?:\s+|-)(?:half|semester)|(?P<hy>half[- ]year)"
    r"|up\s+to\s+the\s+end\s+of\s+june)\b",
    re.IGNORECASE,
)
# Words that name a period by themselves, each with its key.
_WORDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), key)
    for p, key in (
        (
            r"\b(?:year[- ]to[- ]date|so\s+far\s+this\s+year|ytd|(?:from|since)\s+the\s+(?:beginning|start)\s+of\s+"
            r"the\s+year|accumulated\s+(?:figure\s+|total\s+)?(?:of|for)\s+the\s+year|"
            # "32,747 new registrations since January 2021" (not "since January 15", a date)
            r"since\s+(?-i:January\b|Jan\b\.?)(?!\s{0,3}\d{1,2}\b)|"
            # "cumulative 2025 sales", "cumulative sales this year": the year's running total
            r"cumulative(?=\s(?:19|20)\d\d\b|\s[a-z]+\sthis\syear\b)|"
            # "May sales came to 512, with cumulated volume at 2,740": a monthly report's running total
            r"cumulated\s+(?:volume|sales|registrations|deliveries))",
            "ytd",
        ),
        (
            r"\b(?:since\s+(?:its\s+)?(?:inception|launch|founding)|in\s+total\s+since|"
            # (not set against the same month a year before: "cumulative sales eased to 48,870 against
            # 52,040 in the like month a year before" are the month's sales combined)
            r"cumulative(?:ly)?(?!\s(?:19|20)\d\d\b|\s[a-z]+\sthis\syear\b)"
            r"(?![^.;]{0,100}?\s(?:like|same|corresponding)\s(?:month|quarter)\b)|"
            r"(?<!year\s)(?<!year-)to\s+date)\b",
            "all",
        ),
        (
            # not "for the year": a running total for the year is a year-to-date as often as the full year
            r"\b(?:full[- ]year|annual|(?:whole|entire)\s+year|the\s+year\s+as\s+a\s+whole)\b",
            "fy",
        ),
        (r"(?<![- ]on[- ])(?<![- ]over[- ])\bweek(?:ly)?\b(?!\s+\d)(?![- ]o(?:n|ver)[- ]week)", "week"),
    )
)
_WEEK = re.compile(r"\bweek\s+(\d{1,2})\b", re.IGNORECASE)
# "sold through July", "in the year to May", "by (or at) the end of March", "as of end-May", "by end of
# June": the year so far,
# through that month ("by March" alone, too; not "through July 15", a date, nor "revealed by
# February registration data", where the month names the data's period)
_THROUGH = re.compile(
    r"\b(?i:(?:through|thru|until|till|by|as\s+(?:of|at)|(?:in\s+)?the\s+year\s+(?:to|through))\s{1,3}+"
    r"(?:(?:the\s+)?end\s+of\s+|end-)?|"
    # ("at end-September", "at the end of March", "at end of June")
    r"at\s+(?:the\s+)?end(?:\s+of\s+|-)|"
    # ("sold to the end of March"; "up to the end of June" is the first half, read above)
    r"(?<!up\s)to\s{1,3}+the\s{1,3}+end\s{1,3}+of\s{1,3}+|"
    r"up\s{1,3}+to\s{1,3}+)"
    rf"(?P<m>{'|'.join(m.title() for m in MONTHS)})\b(?!\s{{0,3}}+\d{{1,2}}\b)"
    rf"(?!\s{{1,3}}+(?i:{alt(DATA_NOUNS)})\b)"
)
# A month name as written in running text: capitalised ("June", "Sept."), never the verb "may".
_MONTH = re.compile(
    rf"\b({'|'.join(w.title() for w in (*MONTHS, *MONTH_ABBREVIATIONS))}|{'|'.join(m.upper() for m in MONTHS)})\b\.?"
)
_DAY_RANGE = re.compile(r"\.?\s{1,3}+(\d{1,2})\s{0,3}+-\s{0,3}+(\d{1,2})\b")
# (a dash after the day opens a dateline's story, "SEOUL, July 22 -- ...", unless a day follows it)
_DAY = re.compile(r"\.?\s{1,3}+\d{1,2}(?:st|nd|rd|th)?\b(?!\s{0,3}+-\s{0,3}+\d)")
_SHORT_YEAR = re.compile(r"\s{1,2}+\d\d\b(?!\s{0,2}+(?:,|-|st|nd|rd|th)|\.\d)")
_IN_BEFORE = re.compile(r"\b(?i:in|during)\s{1,2}+$")
_DAY_BEFORE = re.compile(r"(?<![\d,.])\b\d{1,2}(?:st|nd|rd|th)?\s{1,2}+(?:of\s+)?$")
_MAY_NOUN = re.compile(r" (?:sales|deliveries|last|this|and|of|in|to|from)\b")
_MAY_AFTER = re.compile(
    r"\b(?:in|of|for|during|since|until|from|to|through|by|and|or|last|this|early|late|mid)\s*$|[,(-]\s*$"
)
# Every pattern above needs one of these in its match: most sentences name no period.
_ANY = re.compile(
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|month|quarter|q[1-4]|[1-4]q|h[12]|half|year|ytd|week|"
    r"cumulative|to\s+date|since|annual|semester",
    re.IGNORECASE,
)


# Which family of period words each hit of _ANY (by its first three letters) opens.
_FAMILY = {
    **{m[:3]: "month" for m in MONTHS},
    "mon": "word",  # "months": "the first five months", "the eighth month"
    "qua": "quarter",
    **{f"q{i}": "quarter" for i in range(1, 5)},
    **{f"{i}q": "quarter" for i in range(1, 5)},
    "h1": "half",
    "h2": "half",
    "hal": "half",
    "sem": "half",
    "yea": "year",
    "ytd": "year",
    "ann": "year",
    "wee": "week",
    "cum": "since",
    "to ": "since",
    "sin": "since",
}


@dataclass(frozen=True, slots=True)
class Mention:
    """A period named in the text: its key, where, and which kind of words named it."""

    key: str
    start: int
    end: int
    kind: str  # "run" (of months), "quarter", "half", "word", "week", "month", "days"


def _hits(text: str, start: int, end: int) -> list[str]:
    return [m.group().lower() for m in _ANY.finditer(text, start, end)]


@functools.lru_cache(maxsize=4096)
def mentions(text: str, start: int = 0, end: int | None = None) -> tuple[Mention, ...]:
    """Every period named in ``text[start:end]``, in reading order; a month inside a wider
    period ("January-May", "up to the end of June") is part of it, not a mention of its own."""
    end = len(text) if end is None else end
    # which families of words the stretch names at all: each pattern below runs only if it may match
    hits = {_FAMILY.get(g[:3]) or ("since" if g[:2] == "to" else "") for g in _hits(text, start, end)}
    if not hits:
        return ()
    out: list[Mention] = []
    runs: list[tuple[int, int]] = []
    blocked: list[tuple[int, int]] = []
    for m in _RUN.finditer(text, start, end) if hits & {"month", "word", "quarter"} else ():
        runs.append(m.span())
        if m.group("a"):
            a, b = _month_number(m.group("a")), _month_number(m.group("b"))
            joined = m.group("j").lower()
            between = _BETWEEN.search(text, max(0, m.start() - 9), m.start()) is not None
            ya, yb = m.group("ya"), m.group("yb")
            if (joined != "and" or between) and ((ya and yb and ya != yb) or b < a):
                # a run across the turn of a year ("from July 2024 to February 2025", a fiscal year so
                # far): no span of one year, nor a mention of either month, but that many months
                years = int(yb) - int(ya) if ya and yb else 1
                out.append(Mention(last_months(12 * years + b - a + 1), m.start(), m.end(), "run"))
                continue
            if ya and not yb:
                runs.pop()  # "March 2024 and June": a dated month, then another
                continue
            if b < a or (joined == "and" and b != a + 1 and not between):
                runs.pop()  # "March and June": two months, not a run ("between March and June" is)
                continue
            key = span(a, b)
        elif m.group("n"):
            n = m.group("n").lower()
            k = int(n) if n.isdigit() else _CARD[n]
            key = ytd(k) if m.group("which").lower() == "first" else last_months(k)
        elif m.group("tn"):
            t = m.group("tn").lower()
            key = ytd(int(t) if t.isdigit() else _CARD[t])
        elif m.group("long"):
            last = _month_number(m.group("end"))
            ln = (m.group("ln") or "").lower()
            n = (
                (int(ln) if ln.isdigit() else _CARD[ln])
                if ln
                else {"qua": 3, "hal": 6, "yea": 12}[m.group("long")[:3].lower()]
            )
            if last < n:
                # a fiscal period across the turn of a year: no span of one year, nor its month
                blocked.append(m.span())
                continue
            key = span(last - n + 1, last)
        elif m.group("qend"):
            last = _month_number(m.group("qend"))
            if last < 3:
                blocked.append(m.span())
                continue
            key = span(last - 2, last)
        elif m.group("nq"):
            key = ytd(3 * {"two": 2, "three": 3, "2": 2, "3": 3}[m.group("nq").lower()])
        else:
            key = month(ORDINALS[m.group("nth").lower()])
        out.append(Mention(key, m.start(), m.end(), "run"))

    def free(s: int) -> bool:
        return not any(a <= s < b for a, b in runs)

    for m in _QUARTER.finditer(text, start, end) if "quarter" in hits else ():
        if free(m.start()):
            ordinal = m.group("ord") and ORDINALS[m.group("ord").lower()]
            roman = m.group("roman") or m.group("roman_before")
            n = int(m.group("q") or m.group("qq") or ordinal or _ROMAN.get((roman or "").lower()) or roman)
            out.append(Mention(quarter(n), m.start(), m.end(), "quarter"))
    named = sorted((x.start, x.kind) for x in out if x.kind in ("quarter", "half"))
    for m in ELIDED.finditer(text, start, end) if named else ():
        # (of the kind said last before it: "the first quarter and ... the second")
        kind = next((k for at, k in reversed(named) if at < m.start()), None)
        n = ORDINALS[m.group("ord").lower()]
        if kind is not None and free(m.start()) and (kind == "quarter" or n == 2):
            out.append(Mention(quarter(n) if kind == "quarter" else half(2), m.start(), m.end(), kind))
    for m in _HALF.finditer(text, start, end) if hits & {"half", "month"} else ():
        if free(m.start()):
            said = m.group("h") or (m.group("o") or "").lower()
            first = said in ("1", "first", "1st") or not said  # "half-year", "up to the end of June"
            out.append(Mention(half(1 if first else 2), m.start(), m.end(), "half"))
    for pattern, key in _WORDS if hits & {"year", "since", "week"} else ():
        for m in pattern.finditer(text, start, end):
            out.append(Mention(key, m.start(), m.end(), "word"))
    if any(x.key == "ytd" for x in out):
        # "Cumulative retail sales ... so far this year": the running total of this year, not all time
        out = [x for x in out if not (x.key == "all" and text[x.start : x.start + 5].lower() == "cumul")]
    for m in _WEEK.finditer(text, start, end) if "week" in hits else ():
        out.append(Mention(f"week {m.group(1)}", m.start(), m.end(), "week"))
    for m in _THROUGH.finditer(text, start, end) if "month" in hits else ():
        if free(m.start()) and free(m.start("m")):
            out.append(Mention(ytd(_month_number(m.group("m"))), m.start(), m.end(), "run"))
    taken = [(x.start, x.end) for x in out] + blocked
    for m in _MONTH.finditer(text, start, end) if "month" in hits else ():
        if any(a <= m.start() < b for a, b in taken):
            continue  # "January-May", "up to the end of June": the month is part of a wider period
        word = m.group(1)
        if word == "May" and text[m.end() : m.end() + 1] == " " and text[m.end() + 1 : m.end() + 2].islower():
            if not _MAY_NOUN.match(text, m.end()) and not _MAY_AFTER.search(
                text, max(start, m.start() - 12), m.start()
            ):
                continue  # the modal verb
        if _DAY_BEFORE.search(text, max(start, m.start() - 8), m.start()):
            continue  # "released today (3 April)", "on 2nd of June": a date, not a period
        i = _month_number(word)
        days = _DAY_RANGE.match(text, m.end(), min(end, m.end() + 12))
        if days:
            out.append(Mention(f"{month(i)} {days.group(1)}-{days.group(2)}", m.start(), days.end(), "days"))
        elif not _DAY.match(text, m.end(), min(end, m.end() + 8)) or (
            _SHORT_YEAR.match(text, m.end(), min(end, m.end() + 12))
            and _IN_BEFORE.search(text, max(start, m.start() - 8), m.start())
        ):
            # ("in July 23", "during March 24": a month of a year written short; a day is "on July 23")
            out.append(Mention(month(i), m.start(), m.end(), "month"))  # "on November 10" is a day
    out.sort(key=lambda x: x.start)
    return tuple(out)


# "from" that opens a run of months ("from January to May"): the figure's own period, never a
# baseline. Readers of baselines write FROM_NOT_A_RUN where they would write "from".
FROM_NOT_A_RUN = rf"from(?!\s{{1,3}}(?:the\s{{1,3}})?(?:{'|'.join(MONTHS)})\s{{1,3}}(?:to|through|until|till)\s)"


# "over the period", "during that period": the period the text before has just named, whatever a
# later clause of the sentence dates ("... with 6,100 sales, while its hatchback took 804 in March alone")
_THE_PERIOD = re.compile(
    r"\b(?:over|in|during|for|throughout|across)\s++(?:the|that|this)\s++period\b(?!\s*+(?:of|from|to|last|a\s))",
    re.IGNORECASE,
)


# A year as written: "2023", or a fiscal year cut short, "FY23", "FY'23", "FY2023-24" (the year
# it ends in, as "FY24" names the same year)
_YEAR_WRITTEN = re.compile(
    r"\b(?:19[5-9]\d|20\d\d)\b|\bFY\s?['’]?(?P<fy>\d\d(?:\d\d)?)(?:\s?[-–/]\s?(?P<to>\d\d(?:\d\d)?))?\b",
    re.IGNORECASE,
)


def years_named(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    """Every year named in ``text[start:end]`` with where it starts, as four digits."""
    out = []
    for m in _YEAR_WRITTEN.finditer(text, start, len(text) if end is None else end):
        y = m.group("to") or m.group("fy")
        if y is None:
            out.append((m.start(), m.group()))
        elif len(y) in (2, 4):
            out.append((m.start(), y if len(y) == 4 else f"20{y}"))
    return out


def refers_back(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` dates itself by "the period" just named, naming none of its own."""
    return bool(_THE_PERIOD.search(text, start, end))


# "Of the cars sold in the month, 28,100 were ...": the month just named
_THE_MONTH = re.compile(
    r"\b(?:in|during|for|over|throughout)\s++(?:the|that)\s++month\b(?!\s*+(?:of|before|earlier|ago|prior|a\s))",
    re.IGNORECASE,
)


def refers_to_the_month(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` dates itself by "the month" just named, naming none of its own."""
    return bool(_THE_MONTH.search(text, start, end))


def widest(keys: Iterable[str]) -> str | None:
    """The key of the longest period among ``keys`` (a run of months or the year to date rather than
    one of its months); a bare "ytd" counts as reaching any month."""
    return max(keys, key=lambda k: (len(months_of(k, through=12) or ()), k), default=None)


def key_of(phrase: str) -> str | None:
    """The key of a phrase that names one period ("the second quarter" -> "q2", "june" -> "june")."""
    found = mentions(phrase.title())
    return found[0].key if len(found) == 1 else None
