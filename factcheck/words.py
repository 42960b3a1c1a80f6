"""Figures written in words: multiples ("doubled", "three times as many") and fractions.

The regex figure reader in ``numbers.py`` reads digits; news also states
relations in words ("deliveries halved", "almost a quarter", "more than twice
as many"). Each word figure becomes a ``WordFigure`` with the interval it
honestly stands for: a bare word is loose (5% either side for a multiple, and
a quarter either side of a whole multiple of three or more; 1.5 points for a
fraction), and hedges widen it the same way they do digits.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.lexicon import NUMBER_WORDS
from factcheck.lexicon import ORDINALS as LEXICON_ORDINALS
from factcheck.model import Quantity
from factcheck.numbers import hedge_before

SMALL = NUMBER_WORDS

_VERBS = {
    "doubled": 2.0,
    "doubling": 2.0,
    "tripled": 3.0,
    "trebled": 3.0,
    "tripling": 3.0,
    "quadrupled": 4.0,
    "quadrupling": 4.0,
    # (a headline's present tense: "Exports double to 4,200", "sales triples")
    "doubles": 2.0,
    "triples": 3.0,
    "trebles": 3.0,
    "quadruples": 4.0,
    "halved": 0.5,
    "halving": 0.5,
}
FRACTIONS = {
    "half": 50.0,
    "a half": 50.0,
    "one half": 50.0,
    "a third": 100.0 / 3,
    "one third": 100.0 / 3,
    "one-third": 100.0 / 3,
    "two thirds": 200.0 / 3,
    "two-thirds": 200.0 / 3,
    "a quarter": 25.0,
    "one quarter": 25.0,
    "one-quarter": 25.0,
    "three quarters": 75.0,
    "three-quarters": 75.0,
    "a fifth": 20.0,
    "one fifth": 20.0,
    "one-fifth": 20.0,
    "a tenth": 10.0,
    "one tenth": 10.0,
    "one-tenth": 10.0,
}

_SMALL_RE = "|".join(SMALL)
# "twice as many", "three times as much", "three times the", "3 times more"
_TIMES = re.compile(
    rf"\b(?P<n>twice|(?:{_SMALL_RE}|\d+(?:\.\d+)?)[ -]times)"
    r"(?=\s+(?:as\s+(?:many|much|high|large|big|against)|that\s+of|the\b|more\b|higher\b|larger\b|"
    r"over\b|bigger\b|what\b|from\s+[\d,.]+|against\b|compared\b)"
    # "jumped 12 times (from 640 to 7,710)", "went up 6 times, from 1,420 to 9,380"
    r"|\s{0,2}[(,]\s{0,2}(?:rising\s+|up\s+)?from\s+[\d,.]+)",
    re.IGNORECASE,
)
_TIMES_MORE = re.compile(r"\s{1,20}(?:more|higher|larger|bigger|greater|over)\b", re.IGNORECASE)
_VERB = re.compile(rf"\b(?P<v>{'|'.join(_VERBS)})\b", re.IGNORECASE)
# The multiple as an adjective before what it multiplies: "double the 1,500 of a year earlier",
# "nearly triple last year's 1,050", "quadruple its 2023 volume"
MULTIPLE_ADJECTIVES = {"double": 2.0, "triple": 3.0, "treble": 3.0, "quadruple": 4.0}
_ADJECTIVE = re.compile(
    rf"\b(?P<v>{'|'.join(MULTIPLE_ADJECTIVES)})(?=\s+(?:the|that\s+of|what|its|their|last\s+(?:year|month)['’]s)\b"
    # ... or as a verb with the level it reached or started from: "sales more than double to 12,565"
    r"|\s+(?:to|from)\s+(?:about\s+|some\s+|nearly\s+)?[\d$€£¥])",
    re.IGNORECASE,
)
_FOLD_WORD = re.compile(rf"\b(?P<n>{_SMALL_RE})-?fold\b", re.IGNORECASE)
_FRACTION = re.compile(
    r"\b(?P<f>(?:a|one|two|three)[ -](?:half|third|thirds|quarter|quarters|fifth|tenth)|half)\b"
    # "half of the year", "a quarter century" are periods; "a quarter year-on-year" is not
    r"(?!\s*(?:of\s+)?(?:the\s+)?(?:year|month|quarter|century|decade|an?\s+hour|hour)\b"
    r"(?![- ](?:on|over)[- ]))",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class WordFigure:
    text: str
    start: int
    end: int
    value: float  # a multiple (2.0) or a percent (25.0)
    kind: str  # "multiple" or "fraction"
    lo: float
    hi: float
    hedge: str | None


def _interval(value: float, kind: str, hedge: str | None) -> tuple[float, float]:
    half = 0.05 * value if kind == "multiple" else 1.5
    if hedge is None:
        if kind == "multiple" and value >= 3 and value == int(value):
            # "three times" is the nearest half-step a writer has in words ("three and a half
            # times" is the next): 2.75-3.25, never closer than 5%
            half = max(half, 0.25)
        return value - half, value + half
    if hedge == "nearly":
        return value - max(3 * half, 0.15 * value), value + half
    if hedge in ("more", "atleast", "just-over"):
        return value - half / 5, (value + max(3 * half, 0.25 * value) if hedge == "just-over" else math.inf)
    if hedge == "less":
        return -math.inf, value + half / 5
    return value - max(2 * half, 0.1 * value), value + max(2 * half, 0.1 * value)


def _make(text: str, s: int, e: int, value: float, kind: str) -> WordFigure:
    hedge, hstart = hedge_before(text, s)
    # "roughly doubled": hedge_before reads only the word right before
    lo, hi = _interval(value, kind, hedge)
    start = hstart if hedge else s
    return WordFigure(text[start:e], start, e, value, kind, lo, hi, hedge)


# Every word figure holds one of these: most sentences hold none, and one search says so.
_ANY = re.compile(r"twice|times|doubl|tripl|trebl|quadrupl|halv|fold|half|third|quarter|fifth|tenth", re.IGNORECASE)


def iter_word_figures(text: str, start: int = 0, end: int | None = None) -> Iterator[WordFigure]:
    """Word multiples and fractions in ``text[start:end]``, in text order."""
    yield from _word_figures(text, start, len(text) if end is None else end)


@functools.lru_cache(maxsize=1024)
def _word_figures(text: str, start: int, end: int) -> tuple[WordFigure, ...]:
    if not _ANY.search(text, start, end):
        return ()
    found: list[WordFigure] = []
    for m in _TIMES.finditer(text, start, end):
        n = m.group("n").lower()
        if n == "twice":
            v = 2.0
        else:
            head = re.split(r"[ -]", n)[0]
            v = float(SMALL.get(head, 0) or head)
        w = _make(text, m.start(), m.end(), v, "multiple")
        if w.hedge is None and v >= 2 and _TIMES_MORE.match(text, m.end()):
            # "three times more" is x3 to most writers and x4 to a literal reader: either holds
            w = WordFigure(w.text, w.start, w.end, v, "multiple", w.lo, v + 1 + (w.hi - v), None)
        found.append(w)
    for m in _VERB.finditer(text, start, end):
        found.append(_make(text, m.start(), m.end(), _VERBS[m.group("v").lower()], "multiple"))
    for m in _ADJECTIVE.finditer(text, start, end):
        found.append(_make(text, m.start(), m.end(), MULTIPLE_ADJECTIVES[m.group("v").lower()], "multiple"))
    for m in _FOLD_WORD.finditer(text, start, end):
        found.append(_make(text, m.start(), m.end(), float(SMALL[m.group("n").lower()]), "multiple"))
    for m in _FRACTION.finditer(text, start, end):
        key = m.group("f").lower().replace("-", " ")
        key = {"two third": "two thirds", "three quarter": "three quarters"}.get(key, key)
        value = FRACTIONS.get(key) or FRACTIONS.get(key.replace(" ", "-"))
        if value is None:
            continue
        found.append(_make(text, m.start(), m.end(), value, "fraction"))
    found.sort(key=lambda w: w.start)
    return tuple(found)


# Ratios in words: "one in six", "one out of every five", "two in five", "1 in 4", "every fifth".
ORDINALS = {w: n for w, n in LEXICON_ORDINALS.items() if 2 <= n <= 10}
_COUNT_WORD = rf"(?:{_SMALL_RE}|\d{{1,3}})"
_RATIO = re.compile(
    rf"\b(?:(?P<k>{_COUNT_WORD})\s+(?:in|out\s+of|of(?=\s+every))\s+(?:every\s+)?(?P<n>{_COUNT_WORD})"
    rf"|every\s+(?P<ord>{'|'.join(ORDINALS)})(?!\s+(?:day|week|month|year|quarter)\b))\b",
    re.IGNORECASE,
)
_ANY_RATIO = re.compile(r"\b(?:in|of|every)\s", re.IGNORECASE)


def _count(word: str) -> int:
    w = word.lower()
    return SMALL.get(w, 0) or (int(w) if w.isdigit() else 0)


def iter_ratio_words(text: str, start: int = 0, end: int | None = None) -> Iterator[WordFigure]:
    """ "One in six", "two out of five", "every fifth": a share in words, as a percent.

    A ratio in words is rounded to a whole denominator, so "one in six" stands for anything
    that rounds to it: 1/6.5 to 1/5.5 (15.4% to 18.2%); "k in n" for k/(n + 1/2) to
    k/(n - 1/2). Hedges open the bound the way they do for digits ("more than one in five":
    20% or more)."""
    stop = len(text) if end is None else end
    if not _ANY_RATIO.search(text, start, stop):
        return
    for m in _RATIO.finditer(text, start, stop):
        if m.group("ord"):
            k, n = 1, ORDINALS[m.group("ord").lower()]
        else:
            k, n = _count(m.group("k")), _count(m.group("n"))
        if not (0 < k < n <= 100):
            continue
        value = 100.0 * k / n
        lo, hi = 100.0 * k / (n + 0.5), 100.0 * k / (n - 0.5)
        hedge, hstart = hedge_before(text, m.start())
        if hedge in ("more", "atleast", "just-over"):
            lo, hi = value, (hi if hedge == "just-over" else math.inf)
        elif hedge == "less":
            lo, hi = -math.inf, value
        elif hedge == "nearly":
            lo, hi = 100.0 * k / (n + 1), value
        elif hedge is not None:
            lo, hi = 100.0 * k / (n + 1), 100.0 * k / max(n - 1, k)
        s = hstart if hedge else m.start()
        yield WordFigure(text[s : m.end()], s, m.end(), value, "ratio", lo, hi, hedge)


def as_rate(w: WordFigure, sentence: int = -1) -> Quantity:
    """A fraction in words said as the size of a change ("fell by a third"), as a percent figure. It is
    as precise as the nearest fraction a writer has: "a third" for 30-37%, "half" for 45-55%."""
    lo, hi = w.lo, w.hi
    if w.hedge is None:
        slack = max(1.5, 0.1 * w.value)
        lo, hi = w.value - slack, w.value + slack
    return Quantity(w.text, w.value, "percent", w.start, w.end, 1, lo, hi, w.hedge, sentence=sentence)
