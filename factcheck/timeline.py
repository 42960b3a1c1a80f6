"""Figures dated by their period, and quarterly guidance: read once per document.

The cumulative rule (FC104) adds period figures up; the difference rule
finds a month's figure by its month; both read the guidance ranges. Nothing here makes a
verdict."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.attribution import (
    Attribution,
    Record,
    metric_compatible,
    metric_of,
    same_company,
)
from factcheck.context import range_ends
from factcheck.model import Quantity
from factcheck.periods import month_index, months_of

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# the year a baseline names right after it: "92,120 units in 2019", "48,839 in the 2019 period"
_YEAR_AFTER = re.compile(r"[^\d;,.]{0,60}?\b((?:19|20)\d\d)\b")


@dataclass(frozen=True)
class Piece:
    """A figure and the months it covers."""

    q: Quantity
    months: frozenset[int]
    rec: Record  # the record whose tags, metric and company the figure shares
    years: frozenset[str]
    label: str
    company: frozenset[str] = frozenset()  # the reporting subject of its sentence or the one before


def _label(months: frozenset[int]) -> str:
    names = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    lo, hi = min(months), max(months)
    return names[lo - 1] if lo == hi else f"{names[lo - 1]}-{names[hi - 1]}"


def pieces(att: Attribution) -> tuple[Piece, ...]:
    """Every figure dated by exactly one explicit period."""
    doc = att.doc
    dom = month_index(att.dominant_period) if att.dominant_period else None
    out: list[Piece] = []
    ranges = range_ends(doc)
    for r in att.records:
        if r.head.start in ranges:
            continue
        sent = doc.sentences[r.sentence]
        # the years of the sentence, but not a baseline's own ("to 85,624 ... compared to 92,120
        # units in 2019": the level is of the year after)
        theirs = {
            m.start(1)
            for b in r.baselines.values()
            if b.sentence == r.sentence and (m := _YEAR_AFTER.match(doc.norm, b.end, sent.end))
        }
        years = frozenset(m.group() for m in _YEAR.finditer(doc.norm, sent.start, sent.end) if m.start() not in theirs)
        if len(r.periods) == 1 and r.head.exact:
            ms = months_of(next(iter(r.periods)), dom)
            if ms:
                out.append(Piece(r.head, ms, r, years, _label(ms), att.context_company(r.sentence)))
        for kind, q in r.baselines.items():
            ps = r.baseline_periods.get(kind, frozenset())
            if kind == "prev" and len(ps) == 1 and q.exact:
                ms = months_of(next(iter(ps)), dom)
                if ms and len(ms) == 1:
                    out.append(Piece(q, ms, r, years, _label(ms), att.context_company(r.sentence)))
    return tuple(out)


def by_month(ps: tuple[Piece, ...]) -> dict[int, list[Piece]]:
    """The figures of single months, by month number."""
    out: dict[int, list[Piece]] = {}
    for p in ps:
        if len(p.months) == 1:
            out.setdefault(next(iter(p.months)), []).append(p)
    return out


NUMBER = r"\d[\d,]*(?:\.\d+)?"
_TRIGGER = r"\b(?:guid(?:ed|es|ance|ing)|forecast|expect(?:s|ed)?|outlook)\b"
_QUARTER = r"\b(?P<q>first|second|third|fourth|q[1-4])(?:[- ]quarter\b|\b)"
_GUIDANCE = re.compile(
    # "guided third-quarter deliveries between 115,000 and 122,000"
    _TRIGGER + r"[^.;\d]{0,60}?" + _QUARTER + r"[^.;\d]{0,60}?"
    r"(?:between|range\s+of|from|of|at)\s+(?P<lo>" + NUMBER + r")\s+(?:and|to|-)\s+(?P<hi>" + NUMBER + r")",
    re.IGNORECASE,
)
_GUIDANCE_LATE = re.compile(
    # "expects to deliver 115,000 to 122,000 vehicles in the third quarter"
    _TRIGGER + r"[^.;\d]{0,40}?(?P<lo>" + NUMBER + r")\s+(?:and|to|-)\s+(?P<hi>" + NUMBER + r")"
    r"[^.;\d]{0,40}?" + _QUARTER,
    re.IGNORECASE,
)
_QN = {"first": 1, "second": 2, "third": 3, "fourth": 4}


@dataclass
class Guidance:
    sentence: int
    quarter: int
    low: Quantity | None
    high: Quantity | None
    names: frozenset[str]
    metric: str | None
    months_before: list[Quantity] | None  # figures for the quarter's months before the last one

    @property
    def last_month(self) -> int:
        return 3 * self.quarter

    @property
    def before_value(self) -> float:
        return sum(q.value for q in self.months_before or [])

    @property
    def before_lo(self) -> float:
        return sum(q.lo for q in self.months_before or [])

    @property
    def before_hi(self) -> float:
        return sum(q.hi for q in self.months_before or [])


def guidance(att: Attribution, ps: tuple[Piece, ...]) -> tuple[Guidance, ...]:
    """Quarterly delivery guidance ranges and the monthly figures already known for the quarter."""
    doc = att.doc
    out: list[Guidance] = []
    for sent in doc.sentences:
        for m in [
            *_GUIDANCE.finditer(doc.norm, sent.start, sent.end),
            *_GUIDANCE_LATE.finditer(doc.norm, sent.start, sent.end),
        ]:
            qk = m.group("q").lower()
            quarter = _QN.get(qk) or int(qk[1])
            lo = next((q for q in doc.quantities if q.start == m.start("lo")), None)
            hi = next((q for q in doc.quantities if q.start == m.start("hi")), None)
            if lo is None or hi is None or not lo.exact or not hi.exact:
                continue
            names = att.sentence_names[sent.index]
            metric = metric_of(sent.text)
            before: list[Quantity] = []
            for month in range(3 * quarter - 2, 3 * quarter):
                vals = {
                    p.q.value: p.q
                    for p in ps
                    if p.months == frozenset({month})
                    and same_company(p.rec.names, names)
                    and metric_compatible(p.rec.metric, metric)
                    and not p.rec.tags
                }
                if len(vals) != 1:
                    before = []
                    break
                before.append(next(iter(vals.values())))
            out.append(Guidance(sent.index, quarter, lo, hi, names, metric, before or None))
    return tuple(out)
