"""A stated profit margin must equal the profit divided by the revenue it was earned on.

*What it checks*: a margin of a named kind ("an operating margin of 6.1%", "adjusted
EBIT margin of 27.4%", "gross margin was 21.5%", "a 9.8% net profit margin", "the operating
income ratio rose to 6.8 percent", "the operating margin widened from 7.2 per cent a year earlier
to 8.6 per cent"; a bare "profit margin" is the net one) against the profit of that same kind
(operating profit, EBIT, EBITDA, gross profit, pre-tax or net profit) and the revenue
("revenue", "net revenues", "turnover", "sales" of money, never the "cost of sales") the
article states for the same period and in the same currency: profit / revenue x 100,
within the rounding of all three figures; so is a profit said as a share of revenue
("net profit of EUR 412 million, or 6.3 percent of sales"). The profit is the margin's own
kind, adjusted only for an adjusted margin (an EBITDA margin is no EBIT margin); it stands
in the margin's sentence or one of the two before it, or is the one profit of that kind
the article gave before. A figure compared with ("up from",
"versus", a prior year's figure in brackets) is neither profit nor revenue. A margin
that does not match is inconsistent only when its profit is in its own sentence and the
article gives one revenue figure for that period; otherwise the verdict is unverifiable,
with the margin the figures would give.

*Why it matters*: the margin is the headline figure of a results story, and it is
computed by hand from two figures in different paragraphs, the easiest place for a
transposed digit or for a margin taken from another line of the accounts.

*Inconsistent*: "Revenue was EUR 1,544 million. Adjusted EBIT was EUR 423 million, an
adjusted EBIT margin of 24.7%." (423 / 1,544 = 27.4%)

*Consistent*: "Revenue was EUR 1,544 million. Adjusted EBIT was EUR 423 million, an
adjusted EBIT margin of 27.4%."
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck import arith
from factcheck.frames import Frame, FrameIndex, period_before, same_months
from factcheck.lexicon import ADJUSTED, MARGIN_KINDS, PROJECTION, REVENUE_WORDS
from factcheck.model import Evidence, Quantity, Status, Verdict
from factcheck.numbers import format_number
from factcheck.reading import Reading
from factcheck.rules.base import Rule, verdict

_KIND = "|".join(rf"(?P<{key}>{words})" for key, words, _ in MARGIN_KINDS)
_PROFIT = "|".join(rf"(?P<{key}>{words})" for key, _, words in MARGIN_KINDS)
# the period said between a profit or revenue and its verb: "revenue for the third quarter rose to"
_PERIOD_WORDS = r"(?:(?:for|in|during)\s{1,3}+(?:the\s{1,3}+)?[a-z0-9-]++(?:\s{1,3}+[a-z0-9-]++){0,3}?\s{1,3}+)?"
# the margin's own words before its figure: "adjusted EBIT(1) margin of", "gross margin was",
# "an operating profit margin that widened to"
_MARGIN_BEFORE = re.compile(
    rf"\b(?P<adj>{ADJUSTED}\s{{1,3}}+)?(?:{_KIND})\s{{0,2}}+(?:\(\d\)\s{{0,2}}+)?(?:margins?|ratio)\s{{1,3}}+"
    # ("pushing its operating income ratio to 6.8 percent": the verb before the margin)
    r"(?:(?:of|was|is|at|to|stood\s{1,3}+at|came\s{1,3}+in\s{1,3}+at|reached|hit|amounted\s{1,3}+to|"
    r"(?:rose|rising|fell|falling|improved|improving|widened|widening|narrowed|narrowing|declined|declining|"
    r"increased|increasing|decreased|decreasing|grew|growing|slipped|slipping|dropped|dropping|contracted|"
    r"expanded|shrank|eased)\s{1,3}+"
    # ("contracted by 60 basis points to 8.1%", "improved 1.2 per cent to", "widened from 7.2 per
    # cent a year earlier to")
    r"(?:(?:by\s{1,3}+)?[\d.]{1,6}+\s{0,2}+(?:basis\s{1,3}+points|bps|percentage\s{1,3}+points|pp|points|%|"
    r"per\s?cent|percent)\s{1,3}+|from\s{1,3}+-?[\d.]{1,6}+\s{0,2}+(?:%|per\s?cent|percent)"
    r"(?:\s{1,3}+[a-z]{1,12}+){0,4}\s{1,3}+)?to)"
    r"\s{1,3}+)?"
    r"(?:about\s{1,3}+|some\s{1,3}+|around\s{1,3}+|nearly\s{1,3}+)?$",
    re.IGNORECASE,
)
# ... or after it: "a 9.8% net profit margin", "for a 6.1 percent operating margin"
_MARGIN_AFTER = re.compile(
    rf"\s{{1,3}}+(?P<adj>{ADJUSTED}\s{{1,3}}+)?(?:{_KIND})\s{{0,2}}+(?:\(\d\)\s{{0,2}}+)?(?:margins?|ratio)\b",
    re.IGNORECASE,
)
# From a profit's or revenue's noun to its amount: a linking word ("of", "was", "rose 12% to", "was
# up 21.5% versus a year earlier, to"), after at most a clause with no figure but a rate
# (another amount in between is checked apart)
_LINK = (
    r"(?:(?:[^\d;:.]|\d[\d.]{0,6}+\s?+(?:%|per\s?cent|percent)|\.(?=\d)){0,90}?\b"
    r"(?:of|was|were|is|at|to|totall?ed|reached|hit|amounted\s{1,3}+to|came\s{1,3}+in\s{1,3}+at|stood\s{1,3}+at)\s{1,3}+|"
    # ("EBITDA was SEK 6.71 billion and net income SEK 3.92 billion": the verb said once)
    r"(?<=[A-Za-z]\s))"
    r"(?:about\s{1,3}+|some\s{1,3}+|around\s{1,3}+)?$"
)
# the profit's own words before its amount: "Adjusted EBIT(1) of", "operating profit rose 12% to",
# "gross profit was", "net income came in at"
_PROFIT_BEFORE = re.compile(
    rf"\b(?P<adj>{ADJUSTED}\s{{1,3}}+)?(?:{_PROFIT})\s{{0,2}}+(?:\(\d\)\s{{0,2}}+)?{_LINK}", re.IGNORECASE
)
_REVENUE_BEFORE = re.compile(
    rf"\b(?:{REVENUE_WORDS})\s{{1,3}}+(?:from\s{{1,3}}+[a-z]++(?:\s{{1,3}}+[a-z]++)?\s{{1,3}}+)?{_LINK}", re.IGNORECASE
)
# a margin said as a share of revenue, after its profit: "..., representing 6.4% of revenues",
# "€1,620 million, or 7.1% of revenue"
_OF_REVENUE_AFTER = re.compile(
    rf"\s{{0,2}}+of\s{{1,3}}+(?:its\s{{1,3}}+|the\s{{1,3}}+|group\s{{1,3}}+)?(?:{REVENUE_WORDS})\b", re.IGNORECASE
)
_AS_SHARE_BEFORE = re.compile(
    r",?\s{0,2}+(?:representing|equal\s{1,3}+to|equivalent\s{1,3}+to|or|accounting\s{1,3}+for|amounting\s{1,3}+to)\s{1,3}+"
    r"(?:about\s{1,3}+|some\s{1,3}+|around\s{1,3}+)?$",
    re.IGNORECASE,
)
# where a profit's or revenue's words may start
_NOUN = re.compile(rf"\b(?:{'|'.join(words for _, _, words in MARGIN_KINDS)}|{REVENUE_WORDS})", re.IGNORECASE)
_ADJUSTED_BEFORE = re.compile(rf"\b{ADJUSTED}\s{{1,3}}+$", re.IGNORECASE)
# a figure compared with is no profit or revenue of the period: "up from EUR 299 million",
# "versus", "compared with", or an earlier period's figure in brackets right after another
_COMPARED_BEFORE = re.compile(
    r"(?:\b(?:from|versus|vs\.?|against|compared\s{1,3}+(?:with|to))\s{1,3}+(?:the\s{1,3}+)?|\(\s{0,2}+(?:prior\s{1,3}+year:?\s*+)?)$",
    re.IGNORECASE,
)
# a margin aimed at, not earned: "its target of an operating margin of 10%", "expects a margin of"
_PLANNED = re.compile(rf"\b(?:{PROJECTION}|aims?|expects?|expected|sees|will|would)\b", re.IGNORECASE)
_LOOK_BACK = 2  # sentences before the margin's own searched for its profit


@dataclass(frozen=True, slots=True)
class _Margin:
    stated: Quantity
    kind: str
    adjusted: bool


def _kind_of(m: re.Match[str]) -> str:
    return next(key for key, _, _ in MARGIN_KINDS if m.group(key))


def _margins(r: Reading) -> Iterator[_Margin]:
    text = r.doc.norm
    for q in r.doc.quantities:
        if q.unit != "percent" or q.value <= 0 or q.value >= 100:
            continue
        sent = r.doc.sentences[q.sentence]
        m = _MARGIN_BEFORE.search(text, max(sent.start, q.start - 100), q.start) or _MARGIN_AFTER.match(
            text, q.end, min(sent.end, q.end + 50)
        )
        if m is not None and not _PLANNED.search(text, sent.start, q.start):
            yield _Margin(q, _kind_of(m), bool(m.group("adj")))
        elif _OF_REVENUE_AFTER.match(text, q.end) and _AS_SHARE_BEFORE.search(
            text, max(sent.start, q.start - 40), q.start
        ):
            yield _Margin(q, "", False)  # the profit is the amount the share is said of


def _amounts(r: Reading, pattern: re.Pattern[str], first: int, last: int) -> list[tuple[Quantity, re.Match[str]]]:
    """Money figures of sentences ``first``..``last`` named by ``pattern`` right before them, that
    no comparison names as an earlier figure."""
    text = r.doc.norm
    out = []
    baselines = {g.baseline.start for g in r.growths if g.baseline is not None}
    for i in range(max(0, first), min(len(r.doc.sentences), last + 1)):
        sent = r.doc.sentences[i]
        for q in r.doc.in_sentence(i):
            if not q.is_currency or q.value <= 0 or q.start in baselines:
                continue
            if _COMPARED_BEFORE.search(text, max(sent.start, q.start - 25), q.start):
                continue
            # (the nearest noun that leads to the figure: "EBIT margin of 13.1%, while EBITDA of EUR 395
            # million" is EBITDA's, not EBIT's)
            m = next(
                (
                    m
                    for w in reversed(list(_NOUN.finditer(text, max(sent.start, q.start - 120), q.start)))
                    for at in _starts(text, w.start())
                    if (m := pattern.fullmatch(text, at, q.start)) is not None
                ),
                None,
            )
            if m is not None and not any(
                o.is_currency and m.start() < o.start and o.end <= q.start for o in r.doc.in_sentence(i)
            ):
                out.append((q, m))  # (another amount in between is the noun's, not this one)
    return out


def _profits(r: Reading, mg: _Margin, first: int) -> list[Quantity]:
    """The amounts of the margin's own kind of profit, from sentence ``first`` to the margin."""
    s = mg.stated
    return [
        q
        for q, m in _amounts(r, _PROFIT_BEFORE, first, s.sentence)
        if _kind_of(m) == mg.kind and bool(m.group("adj")) == mg.adjusted and q.start < s.start
    ]


def _said_of(r: Reading, s: Quantity) -> list[Quantity]:
    """The amount a share of revenue is said of: the last money figure before it in its sentence
    that no comparison names as an earlier one ("stood at €1,620 million against €1,480
    million, representing 7.1% of revenue")."""
    text = r.doc.norm
    sent = r.doc.sentences[s.sentence]
    before = [
        q
        for q in r.doc.in_sentence(s.sentence)
        if q.end <= s.start
        and q.is_currency
        and q.value > 0
        and not _COMPARED_BEFORE.search(text, max(sent.start, q.start - 25), q.start)
    ]
    return before[-1:]


def _starts(text: str, at: int) -> tuple[int, ...]:
    """Where a noun's words start: at the word that makes it adjusted, if one stands before it."""
    adj = _ADJUSTED_BEFORE.search(text, max(0, at - 16), at)
    return (adj.start(), at) if adj is not None else (at,)


def _same_time(a: Frame, b: Frame) -> bool:
    if a.months and b.months and not same_months(a.months, b.months):
        return False
    return not (a.years and b.years and not a.years & b.years)


def _fmt(q: Quantity) -> str:
    return q.text.strip()


def check(r: Reading) -> Iterator[Verdict]:
    frames: FrameIndex = r.frames
    for mg in _margins(r):
        s = mg.stated
        mine = frames.frame(s.start, s.end)
        # (a margin's sentence that names no period is of the period the text before it names)
        months = mine.months or frozenset(period_before(r.doc, r.doc.sentences[s.sentence])[0])
        if mg.kind:
            profits = _profits(r, mg, s.sentence - _LOOK_BACK)
            if not profits:
                # the one profit of its kind said before, however far: "booked a profit after tax of
                # ..." paragraphs ahead of "closed the half on a net profit margin of 8.1%"
                profits = _profits(r, mg, 0)
                if len({q.value for q in profits}) != 1:
                    profits = []
        else:
            profits = _said_of(r, s)
        if not profits:
            continue
        profit = profits[-1]  # the nearest before the margin
        revenues = [
            q
            for q, _ in _amounts(r, _REVENUE_BEFORE, 0, len(r.doc.sentences) - 1)
            if q.unit == profit.unit and q.value > profit.value and _same_time(frames.frame(q.start, q.end), mine)
        ]
        if not revenues:
            continue
        values = {q.value for q in revenues}
        # the nearest revenue said before the margin, else the first after it
        before = [q for q in revenues if q.start < s.start]
        revenue = before[-1] if before else revenues[0]
        computed = profit.value / revenue.value * 100
        iv = arith.share((profit.lo, profit.hi), (revenue.lo, revenue.hi))
        if iv is None:
            continue
        shown = s.text.strip()
        dec = max(s.decimals, 1)
        head = f"{_fmt(profit)} of {_fmt(revenue)} is {format_number(computed, dec)}%"
        arithmetic = f"{_fmt(profit)} / {_fmt(revenue)} × 100 = {format_number(computed, 4)}%"
        evidence = (Evidence("profit", profit), Evidence("revenue", revenue))
        if arith.overlaps(iv, (s.lo, s.hi)):
            yield verdict(
                RULE,
                Status.CONSISTENT,
                s,
                f"{head}; the article says a margin of {shown}",
                evidence,
                computed=computed,
                arithmetic=arithmetic,
            )
        elif (
            profit.sentence == s.sentence
            and len(values) == 1
            # (a revenue dated as the margin is: both name the same months, or neither names any)
            and frames.frame(revenue.start, revenue.end).months == months
        ):
            yield verdict(
                RULE,
                Status.INCONSISTENT,
                s,
                f"{head}, not {shown}; the margin should read {format_number(computed, dec)}%",
                evidence,
                computed=computed,
                arithmetic=arithmetic,
            )
        else:
            why = (
                "the article gives other revenue figures for the period"
                if len(values) > 1
                else "the profit is stated apart from the margin"
                if profit.sentence != s.sentence
                else "the revenue may be of another period"
            )
            yield verdict(
                RULE,
                Status.UNVERIFIABLE,
                s,
                f"{head}, not {shown}; but {why}, so which figures the margin divides is unclear",
                evidence,
                computed=computed,
                arithmetic=arithmetic,
            )


RULE = Rule(code="FC112", name="margin", type="share", check=check, doc=__doc__ or "")
