"""A stated multiple or per-unit figure must follow from the two figures it relates.

*What it checks*: multiples in words or digits ("doubled", "nearly tripled",
"three times as many", "halved", "2.5-fold", "double the 1,500 of June",
"nearly triple last year's Y", "a threefold increase on the Y", "up 1.2-fold" read as +120% or as
x1.2, whichever the figures allow) against the two levels they relate ("187,000
units, up 1.2-fold from 85,000"; "almost tripled from 2024 to 2025, with registrations jumping
from 1,210 to 3,420"; "a fourfold growth at 39,000 units against 9,800") or against a growth rate the article states
for the same statement ("deliveries halved year-on-year" and "down 50.20%
year-on-year"), or, when the sentence states no level, against the two rates it relates ("grew 49.6%, ten
times the 4.8% of the market"); and per-unit figures ("a loss of CNY 600 million for 52,314
vehicles, or about CNY 11,469 per vehicle") as the quotient of a total and a
count stated in the same sentence or, for the same period, just before.
A multiple whose sentence states no level takes the one pair of levels the next
sentence compares ("three times more cars in June than a year earlier. Its
sales jumped from 1,020 to 3,240"), or the sentence before that "That" points
back to, of the same company, metric and period, never for a forecast; one
whose own sentence names only the baseline ("However, total sales rose three
times as against 18,529 units sold in May") takes the one level of the sentence
before that is no baseline, of the same company and metric. An
average per month of a total is the total over the months its period spans ("a
target of 3.6 million for this year, which means an average of 300,000 a
month"); a monthly target ("(an average of 627,000 units)") is the one yearly
target of the two sentences before over 12. "1,807 were imported, which more than
doubled to 4,500" takes the level "which" stands for as the baseline, and a rate
in brackets right after the level reached ("doubled to 3,604 cars (+133.1%)") is
the multiple's own measure. A baseline may be dated by its year, its figure in brackets or
after a dash ("2.4 times more than in 2022 ($633.1 million)", "than the 2023 figure -
23,510"); a multiple said with the amount of the rise ("16,240 cars, up 9,730 cars or
2.5-fold") is of the level less the amount; and a multiple said in a "when" clause of
another period ("a smaller rise than in the first half, when earnings grew sixfold") is
never checked against this period's rate.
Rounded operands keep their rounding ("CNY 500 million" may be anything from
450 to 550 million) and hedges are honest: a bare multiple word allows 5%,
"nearly" up to 15% below, "more than" anything above; a whole multiple of three
or more a quarter either side, and "three times more" its literal x4 as well. A
plain multiple word that the figures exceed by at most a quarter ("tripled" for
x3.7) understates loosely and is reported unverifiable, never inconsistent.

*Why it matters*: multiples and per-unit figures are computed by hand and
quoted in headlines; a quotient off by a digit, or "tripled" for a 2.2x rise,
misleads more than a wrong raw figure.

*Inconsistent*: "a loss of CNY 600 million for 52,314 vehicles, or about CNY
1,469 per vehicle" (600 million / 52,314 is about CNY 11,469).

*Consistent*: "sales of 9,812 cars, down 50.20% year-on-year; deliveries
halved" (x0.498).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from factcheck import arith, periods
from factcheck import frames as fr
from factcheck.changes import shifted
from factcheck.context import compatible, direction_of, in_parentheses_after_amount
from factcheck.document import Document, Sentence
from factcheck.items import Item
from factcheck.lexicon import CHANGE_NOUN, MONTHS, NEW_CLAUSE, PROJECTION, RISE, RISE_NOUNS, RISE_PARTICIPLES, alt
from factcheck.model import Evidence, Quantity, Status, Verdict
from factcheck.numbers import format_number, written_digits
from factcheck.reading import Reading
from factcheck.rules.base import Rule, judged, verdict
from factcheck.words import MULTIPLE_ADJECTIVES, iter_word_figures

_PER_UNIT = re.compile(
    r"\s{0,20}(?:\([^()]{0,40}\)\s{0,20})?(?:(?:per|a|each|for\s+each|on\s+each)\s+"
    r"(?:vehicle|car|unit|EV|NEV|BEV)s?\b|per-(?:vehicle|car|unit)\b)",
    re.IGNORECASE,
)
_BASELINE_CUE = re.compile(
    r"^[^.;\d]{0,60}?\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|over|on|(?:as\s+)?against|as\s+(?:many|much)\s+as"
    r"(?:\s+(?:in|during|the))*|that\s+of)\s+(?:the\s+)?"
    # (the baseline's year, and its figure in brackets or after a dash: "than in 2022 ($633.1
    # million)", "than the 2023 figure - 23,510")
    r"(?:(?:in|during|for)\s+)?(?:(?:19|20)\d\d\b\s*)?(?:(?:(?!\bto\b)[a-z\- ]){0,25}?)?(?:\(\s*)?$",
    re.IGNORECASE,
)
_UP_FOLD = re.compile(rf"\b(?:up|increase|{RISE})\s+(?:by\s+)?(?:about\s+|nearly\s+)?$", re.IGNORECASE)
_FOLD_AFTER = re.compile(r"^\s*(?:increase|rise|growth|jump|surge)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Stated:
    text: str
    start: int
    end: int
    value: float
    lo: float
    hi: float
    alt: tuple[float, float] | None = None  # the other reading of "up 1.2-fold" (x2.2)


def _quantity(s: Stated) -> Quantity:
    return Quantity(text=s.text, value=s.value, unit="multiple", start=s.start, end=s.end, lo=s.lo, hi=s.hi)


def _honest(q: Quantity) -> tuple[float, float]:
    """A round figure with a scale word stands for whatever rounds to it ("500 million": 450-550)."""
    lo, hi = q.lo, q.hi
    d = written_digits(q)
    if d is None:
        return lo, hi
    num, scale = d
    digits = num.replace(",", "")
    if scale >= 1e3 and "." not in digits:
        zeros = len(digits) - len(digits.rstrip("0"))
        if zeros:
            half = 0.5 * 10.0**zeros * scale
            lo, hi = min(lo, q.value - half), max(hi, q.value + half)
    return lo, hi


def _stated_multiples(doc: Document) -> list[tuple[Stated, int]]:
    """(stated multiple, sentence index) for word and digit multiples."""
    text = doc.norm
    out: list[tuple[Stated, int]] = []
    for sent in doc.sentences:
        for w in iter_word_figures(text, sent.start, sent.end):
            if w.kind == "multiple":
                out.append((Stated(w.text, w.start, w.end, w.value, w.lo, w.hi), sent.index))
    for q in doc.quantities:
        if q.unit != "multiple" or q.value <= 0:
            continue
        before = text[max(0, q.start - 25) : q.start]
        after = text[q.end : q.end + 20]
        if "fold" not in q.text.lower() and not re.match(r"\s*(?:as|more|higher|the)\b", after):
            continue  # "3x" as a zoom factor or a model code
        half = 0.5 * 10.0 ** (-q.decimals)
        lo, hi = q.lo, q.hi
        if q.hedge is None:
            lo, hi = q.value - half, q.value + half
        alt = None
        if "fold" in q.text.lower() and (_UP_FOLD.search(before) or _FOLD_AFTER.match(after)):
            alt = (lo + 1, hi + 1)  # "up 1.2-fold": +120% in much Chinese-English reporting
        out.append((Stated(q.text, q.start, q.end, q.value, lo, hi, alt), q.sentence))
    return out


# "counted by both bodies, it would show double its real volume": what would be, no change
_HYPOTHETICAL = re.compile(r"\b(?:would|could|might)\s++(?:have\s++|be\s++)?[^.;,\d]{0,60}+$", re.IGNORECASE)
_OTHER_SUBJECT = re.compile(r"\b(?:while|whereas|but|and)\b", re.IGNORECASE)


def _current(doc: Document, s: Stated, sentence: int) -> Quantity | None:
    """The level the multiple describes: the nearest level before it in its clause."""
    sent = doc.sentences[sentence]
    seg = fr.segment(doc, sent, s.start)
    cands = [
        q
        for q in doc.in_sentence(sentence)
        if q.end <= s.start
        and q.start >= seg[0]
        and q.is_amount
        and q.unit != "multiple"
        and not in_parentheses_after_amount(doc, q)
        # ("twice as many as in Tessin (4.1) and three times the level in Sorell ...": a bracketed figure
        # is the comparison before's baseline, not the subject of this one)
        and not _ALONE_IN_BRACKETS.match(doc.norm[max(0, q.start - 2) : q.end + 2], q.start - max(0, q.start - 2))
    ]
    return cands[-1] if cands else None


_ALONE_IN_BRACKETS = re.compile(r"(?<=\()\s?[^\s()]+\s?(?=\))")


# "doubled to 2,400", "halved, reaching 4,210", "tripled to reach 930", "doubled, at 6,200"
_TO_LEVEL = re.compile(
    # ("a threefold jump at 3,420 units": the change noun before the level)
    rf"(?:\s{{1,3}}+{CHANGE_NOUN})?"
    # ("more than doubled its May sales to 12,400": the verb's object between it and the level)
    r"(?:\s{1,3}+(?:its|their|the)\s{1,3}+(?:[A-Za-z\-]{1,20}+\s{1,3}+){0,4}?[A-Za-z\-]{1,20}+)?"
    r"\s{0,3}+,?\s{0,3}+(?:to\s++reach|to|reaching|hitting|totall?ing|at|(?:rising|climbing|falling|dropping)\s++to)"
    r"\s++(?:a\s++(?:record\s++|total\s++of\s++)?)?",
    re.IGNORECASE,
)


def _to_current(doc: Document, s: Stated, sentence: int) -> Quantity | None:
    """ "doubled to 2,400 units": the level named right after the multiple."""
    for q in doc.in_sentence(sentence):
        if q.start < s.end or not q.is_amount:
            continue
        return q if _TO_LEVEL.fullmatch(doc.norm, s.end, q.start) else None
    return None


# multiples said right before their baseline, with no "from" or "than": "twice the 1,500"
_BEFORE_ITS_BASE = re.compile(rf"(?:twice|{'|'.join(MULTIPLE_ADJECTIVES)})$", re.IGNORECASE)
_THE_BASE = re.compile(r"\s{1,3}+(?:the|its|their|last\s(?:year|month)['’]s)\s{1,3}+", re.IGNORECASE)


# the baseline named, its figure in brackets: "twice as many as in Tessin (4.1)", "three times
# double the level in Latvia (6.9)"
_NAMED_BASE = re.compile(
    r"^[^.;\d()]{0,30}?\b(?:than|the\s+(?:level|figure|rate|number)|that)\s+(?:in|of|for|at)\s+"
    r"(?-i:[A-Z][\w'’-]*+)(?:\s+(?-i:[A-Z][\w'’-]*+))?\s*+\(\s*+$",
    re.IGNORECASE,
)


def _baseline(doc: Document, after: int, sentence: int, times: bool = False) -> Quantity | None:
    for q in doc.in_sentence(sentence):
        if q.start < after or q.start > after + 80 or not q.is_amount:
            continue
        if in_parentheses_after_amount(doc, q):
            # "doubled to 1.98 billion yuan ($276 million) from ...": the conversion, skipped
            after = doc.norm.find(")", q.end) + 1 or q.end
            continue
        # ("almost tripled from 2024 to 2025, with the number jumping from 1,233": the years it spans
        # are no figures)
        gap = _YEARS_SPANNED.sub("", doc.norm[after : q.start])
        # "three times the 4.1 GWh it shipped a year earlier"
        # (or "double last year's 1,500")
        ok = _BASELINE_CUE.match(gap) or (times and _THE_BASE.fullmatch(gap)) or _NAMED_BASE.match(gap)
        return q if ok else None
    return None


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_YEARS_SPANNED = re.compile(r"\s{0,3}+\b(?:from|between)\s++(?:19|20)\d\d\s++(?:to|and)\s++(?:19|20)\d\d\b")
_WHICH_BEFORE = re.compile(r",\s*which\s+(?:have\s+|has\s+|had\s+)?(?:then\s+)?$", re.IGNORECASE)


def _before_which(doc: Document, s: Stated, sentence: int, to: Quantity) -> Quantity | None:
    """ "2,140 vans were sold, which then tripled to 6,600": the level "which" stands for,
    the last one before it in the sentence, is the baseline."""
    if not _WHICH_BEFORE.search(doc.norm, max(0, s.start - 30), s.start):
        return None
    before = [q for q in doc.in_sentence(sentence) if q.end <= s.start and q.is_amount]
    q = before[-1] if before else None
    return q if q is not None and compatible(q, to) and not in_parentheses_after_amount(doc, q) else None


# a level, then the amount it rose by and the multiple that amount makes: "16,240 cars, up 9,730
# cars or 2.5-fold from a year earlier", "an increase of 9,730 units, or 2.5 times"
_UP_BY_AMOUNT = re.compile(
    r"^\s{0,3}+(?:[a-z]++(?:\s++|(?=,))){0,4}?,?\s{0,3}+"
    rf"(?:up|{alt(RISE_PARTICIPLES)}|(?:an?\s++)?{alt(RISE_NOUNS)}\s++of|{RISE}\s++by)\s++$",
    re.IGNORECASE,
)
_OR_THE_MULTIPLE = re.compile(
    r"^\s{0,3}+(?:[a-z]++(?:\s++|(?=,)))?,?\s{0,3}+or\s++(?:by\s++)?(?:about\s++|some\s++)?$", re.I
)


def _level_and_amount(doc: Document, s: Stated, sentence: int) -> tuple[Quantity, Quantity] | None:
    """The level and the baseline of a rise given as its amount and its multiple: the level less
    the amount."""
    qs = [q for q in doc.in_sentence(sentence) if q.end <= s.start and q.is_amount]
    if len(qs) < 2:
        return None
    level, amount = qs[-2], qs[-1]
    text = doc.norm
    if not (
        compatible(level, amount)
        and amount.value < level.value
        and _UP_BY_AMOUNT.match(_YEAR.sub("", text[level.end : amount.start]))
        and _OR_THE_MULTIPLE.match(text[amount.end : s.start])
    ):
        return None
    return level, shifted(level, amount, -1)


def _fmt(v: float) -> str:
    return f"x{v:.3f}".rstrip("0").rstrip(".")


def _judge(s: Stated, iv: tuple[float, float], point: float, ev: list[Evidence], arithmetic: str, what: str) -> Verdict:
    q = _quantity(s)
    readings = [(s.lo, s.hi)] + ([s.alt] if s.alt else [])
    ok = any(arith.overlaps(iv, r) for r in readings)
    if not ok and _understated(s, iv):
        msg = (
            f"{what} is {_fmt(point)}: more than {s.text.strip()} ({_fmt(s.lo)}-{_fmt(s.hi)}) but within a "
            f"quarter of it; a plain multiple word used loosely understates the rise rather than misstates it"
        )
        return verdict(RULE, Status.UNVERIFIABLE, q, msg, ev, computed=point, arithmetic=arithmetic)
    # (a tick whose point falls outside the stated multiple says how far the figures' hedges and
    # rounding let it range)
    within = any(lo <= point <= hi for lo, hi in readings)
    ranged = "" if within else f" ({_fmt(iv[0])} to {_fmt(iv[1])} within the figures' hedges and rounding)"
    return judged(
        RULE,
        ok,
        q,
        f"{what} is {_fmt(point)}{ranged}; the article says {s.text.strip()}",
        f"{what} is {_fmt(point)}, not {s.text.strip()} ({_fmt(s.lo)}-{_fmt(s.hi)})",
        ev,
        computed=point,
        arithmetic=arithmetic,
    )


def _understated(s: Stated, iv: tuple[float, float]) -> bool:
    """ "Tripled" for x3.7: a plain word multiple (no hedge, no digits) that the figures exceed by at
    most a quarter of it. Writers round such rises down to the word they have; the claim is loose,
    not a slip, so it is never called inconsistent ("doubled" for x2.6 still is)."""
    plain = not re.search(r"\d", s.text) and abs((s.hi - s.value) - (s.value - s.lo)) < 1e-9
    return plain and s.value >= 2 and s.hi < iv[0] and iv[1] <= 1.25 * s.value


def _multiples(doc: Document, items: tuple[Item, ...], frames: fr.FrameIndex) -> Iterator[Verdict]:
    for s, sentence in _stated_multiples(doc):
        to = _to_current(doc, s, sentence)
        cur = to or _current(doc, s, sentence)
        times = "times" in s.text.lower() or bool(_BEFORE_ITS_BASE.search(s.text))
        base = _baseline(doc, to.end if to is not None else s.end, sentence, times)
        if to is None and base is not None:
            # "doubled from 1,200 to 2,400 units"
            after = next((q for q in doc.in_sentence(sentence) if q.start >= base.end and q.is_amount), None)
            # "... from 14,200 units sold in April, to 43,900 in May": a plain stretch ending in "to"
            # (a year dates the baseline: "climbing from 212 depots in March 2023 to 487")
            gap = _YEAR.sub("", doc.norm[base.end : after.start]) if after is not None else ""
            if re.fullmatch(r"[^\d;.%()]{0,50}?\bto\s+", gap) and not _OTHER_SUBJECT.search(gap):
                cur = after
        if to is not None and base is None:
            base = _before_which(doc, s, sentence, to)
        if to is None and base is None and (moved := _level_and_amount(doc, s, sentence)) is not None:
            # "imported 16,240 cars, up 9,730 cars or 2.5-fold": the baseline the amount leaves
            cur, base = moved
        if cur is None and base is not None:
            # "Total sales were 57,428 units in June. However, total sales rose three times as against
            # 18,529 units sold in May": the level the sentence before reached
            cur = _previous_current(doc, frames, s, sentence, base)
        if cur is not None and base is not None and compatible(cur, base) and base.value > 0:
            iv = arith.ratio((cur.lo, cur.hi), (base.lo, base.hi))
            if iv is not None and 0.05 <= cur.value / base.value <= 50:
                point = cur.value / base.value
                ev = [Evidence("a", cur), Evidence("b", base)]
                # (a baseline worked out from the amount is bracketed: "16,240 / (16,240 - 9,730)")
                b = f"({base.text})" if " - " in base.text else base.text
                yield _judge(s, iv, point, ev, f"{cur.text} / {b} = {point:.4f}", f"{cur.text} vs {b}")
                continue
        if cur is None and base is None:
            # "Brava sold three times more cars in June than a year earlier. Its sales jumped from
            # 1,020 last year to 3,240 this year": the levels the sentence next to it compares
            pair = _adjacent_pair(doc, frames, s, sentence)
            if pair is not None:
                cur, base = pair
                iv = arith.ratio((cur.lo, cur.hi), (base.lo, base.hi))
                if iv is not None and base.value > 0:
                    point = cur.value / base.value
                    ev = [Evidence("a", cur), Evidence("b", base)]
                    arithmetic = f"{cur.text} / {base.text} = {point:.4f}"
                    yield _judge(s, iv, point, ev, arithmetic, f"{cur.text} vs {base.text}")
                    continue
        if base is not None and base.value == 0:
            # "three times the 0 it sold in April": nothing to take a multiple of, and a growth
            # rate stated elsewhere is not this comparison's (issue 13)
            ev = [Evidence("a", cur)] if cur is not None else []
            msg = f"{s.text.strip()}: its baseline is {base.text.strip()}, and a multiple of zero cannot be checked"
            yield verdict(RULE, Status.UNVERIFIABLE, _quantity(s), msg, [*ev, Evidence("b", base)])
            continue
        if cur is None and base is None and (rates := _rate_pair(doc, s, sentence)) is not None:
            # "EV sales grew 64.2%, ten times faster than the market (+6.2%)": a multiple of two rates
            a, b = rates
            iv = arith.ratio((a.lo, a.hi), (b.lo, b.hi))
            if iv is not None:
                point = a.value / b.value
                ev = [Evidence("a", a), Evidence("b", b)]
                yield _judge(s, iv, point, ev, f"{a.text} / {b.text} = {point:.4f}", f"{a.text} vs {b.text}")
                continue
        # A growth rate stated for the same statement: "halved year-on-year" / "down 50.20% year-on-year".
        mine = next((i for i in items if i.kind == "multiple" and i.start == s.start), None)
        # ("a smaller rise than in the first quarter, when earnings grew sixfold": the multiple is of
        # the period its "when" clause hangs on)
        when = _WHEN_CLAUSE.search(doc.norm, doc.sentences[sentence].start, s.start)
        when_months = _months_of(m.key for m in periods.mentions(when.group("p"))) if when else frozenset()
        if mine is not None and not _HYPOTHETICAL.search(doc.norm, doc.sentences[sentence].start, s.start):
            # ("dropped 2.25-fold": a fall, which no rise measures)
            falls = direction_of(doc, _quantity(s), doc.sentences[sentence].start).sign < 0
            linked = [
                c
                for c in items
                if c.kind == "change"
                and c.q is not None
                and not c.q.hedge
                and not fr.conflict(mine.frame, c.frame)
                # (or a rate of the very level the multiple reached: "doubled to 3,604 cars (+133.1%)")
                and (
                    fr.strength(mine.frame, c.frame) >= 2
                    or (
                        cur is not None
                        and c.start > cur.end
                        and re.fullmatch(r"[^()\d;,]{0,40}\(\s*", doc.norm[cur.end : c.start]) is not None
                    )
                )
                and abs(c.sentence - sentence) <= 3
                # near enough to be the same statement, or the same comparison said in both
                and (abs(c.sentence - sentence) <= 1 or (c.basis is not None and c.basis == mine.basis))
                and (c.value > 0) == (mine.value > 1)
                and not (falls and c.value > 0)
                and not (c.basis and mine.basis and c.basis != mine.basis)
                # a rate of another level ("Q4 deliveries rose 222% to 41,751, and full-year
                # deliveries reached 98,155, 3.6 times ..."): another statement
                and not (cur is not None and c.sentence == sentence and c.attached and cur.value not in c.attached)
                # ... or of another subject's clause with a figure of its own ("vans fell by 612
                # units or 2.25-fold and buses rose by 41 units or 63.5%")
                and not (c.sentence == sentence and _another_clause_between(doc, sentence, s, c.q, cur))
                and not (when_months and (theirs := _months_of(c.frame.months)) and not when_months & theirs)
            ]
            values = {c.value for c in linked}
            if len(values) == 1:
                c = min(linked, key=lambda c: abs(c.sentence - sentence))
                iv = (1 + c.lo / 100, 1 + c.hi / 100)
                point = 1 + c.value / 100
                assert c.q is not None
                ev = [Evidence("b", c.q)]
                yield _judge(s, iv, point, ev, f"1 + ({c.value:+g}%) = {point:.4f}", f"a change of {c.q.text.strip()}")
                continue
        yield verdict(
            RULE,
            Status.UNVERIFIABLE,
            _quantity(s),
            f"{s.text.strip()}: the article does not state both figures it relates",
            [Evidence("a", cur)] if cur is not None else [],
        )


# The rate a multiple follows, with at most a change noun or a short adverbial between: "grew 64.2%,
# ten times", "a 12% rise, double", "by 9% in the half, twice"
_RATE_BEFORE = re.compile(
    rf"\s{{0,3}}+(?:{CHANGE_NOUN}\s{{0,3}}+)?(?:(?:(?!\b(?:and|but|while|whereas)\b)[^\d;:.%(),]){{0,25}}+,)?"
    r"\s{0,3}+(?:or\s{1,3}+|about\s{1,3}+)?$",
    re.IGNORECASE,
)
# ... and the rate it is a multiple of, named by a comparison word: "ten times higher than the market
# (+6.2%)", "double the market's 3.1%", "twice as fast as the 9% of April"
_RATE_BASE = re.compile(
    r"(?:\s{1,3}+(?:higher|more|greater|faster|larger|bigger|stronger|as\s{1,3}+(?:high|fast|much|large|strong)))?"
    r"\s{1,3}+(?:than|as|that\s{1,3}+of|the|over)\b[^\d;:.%()]{0,40}+\(?\s{0,2}+$",
    re.IGNORECASE,
)


def _rate_pair(doc: Document, s: Stated, sentence: int) -> tuple[Quantity, Quantity] | None:
    """The two rates a multiple relates when its sentence states no level: the rate just before it
    and the one its comparison word names just after ("vans grew 64.2% in Europe, ten times faster than
    cars (+6.2%)"; "a 40% rise, twice the 20% of the market"). Both rates of change or both
    shares, both positive."""
    qs = [q for q in doc.in_sentence(sentence) if q.unit not in ("multiple", "year", "ordinal")]
    if any(q.is_amount for q in qs):
        return None
    before = [q for q in qs if q.end <= s.start]
    after = [q for q in qs if q.start >= s.end]
    if not before or not after:
        return None
    a, b = before[-1], after[0]
    text = doc.norm
    if a.unit != "percent" or b.unit != "percent" or a.value <= 0 or b.value <= 0 or a.hedge or b.hedge:
        return None
    if not _RATE_BEFORE.fullmatch(text, a.end, s.start) or not _RATE_BASE.fullmatch(text, s.end, b.start):
        return None
    return a, b


# "from 1,020 cars last year to 3,240 this year", "to 170,939 from 64,462", "8,700, up from 3,100"
_FROM_TO = re.compile(r"[^\d;%()]{0,50}?\bto\s+(?:a\s+(?:record\s+)?)?", re.IGNORECASE)
_TO_FROM = re.compile(
    r"[^\d;%()]{0,50}?(?:\bfrom|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bagainst)\s+(?:the\s+)?", re.IGNORECASE
)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_THAT = re.compile(r"\s{0,20}(?:that|this|it)\b", re.IGNORECASE)
_PLAN = re.compile(rf"\b(?:{PROJECTION}|expects?|expected|will|would|could|aims?|plans?)\b", re.IGNORECASE)


def _level_pair(doc: Document, index: int) -> tuple[Quantity, Quantity] | None:
    """The one (current, baseline) pair a sentence compares, by its governing words."""
    text = doc.norm
    qs = [q for q in doc.in_sentence(index) if q.is_amount and q.unit != "multiple"]
    qs = [q for q in qs if not in_parentheses_after_amount(doc, q)]
    pairs = []
    for a, b in itertools.pairwise(qs):
        if not compatible(a, b):
            continue
        if _FROM_BEFORE.search(text, max(0, a.start - 12), a.start) and _FROM_TO.fullmatch(text, a.end, b.start):
            pairs.append((b, a))  # from A to B
        elif _TO_FROM.fullmatch(text, a.end, b.start) and not _FROM_BEFORE.search(text, max(0, a.start - 12), a.start):
            pairs.append((a, b))  # B to A from ..., A, up from B
    return pairs[0] if len(pairs) == 1 and len(qs) <= 4 else None


def _adjacent_pair(doc: Document, frames: fr.FrameIndex, s: Stated, sentence: int) -> tuple[Quantity, Quantity] | None:
    """The levels of a multiple whose own sentence states none: the one pair the next sentence
    compares (its paragraph, or the next one after a lead sentence), or the one of the sentence
    before when "That" points back to it; of the same company, metric and period."""
    if any(q.is_amount for q in doc.in_sentence(sentence)):
        return None  # its own figures: which ones it relates is its own sentence's business
    seg = fr.segment(doc, doc.sentences[sentence], s.start)
    if _PLAN.search(doc.norm, seg[0], seg[1]):
        return None  # "expects sales to triple": a forecast
    here = doc.sentences[sentence]
    cands = []
    if sentence + 1 < len(doc.sentences):
        nxt = doc.sentences[sentence + 1]
        if nxt.paragraph == here.paragraph or (nxt.paragraph == here.paragraph + 1 and sentence == _first(doc, here)):
            cands.append(sentence + 1)
    if sentence > 0 and _THAT.match(here.text) and doc.sentences[sentence - 1].paragraph == here.paragraph:
        cands.append(sentence - 1)
    mine = frames.frame(s.start, s.end)
    for idx in cands:
        pair = _level_pair(doc, idx)
        if pair is None:
            continue
        theirs = frames.frame(pair[0].start, pair[0].end)
        if fr.other_metric(mine, theirs):
            return None
        if mine.names and theirs.names and not (mine.names & theirs.names):
            return None
        if mine.months and theirs.months and not (mine.months & theirs.months):
            return None
        return pair
    return None


_BASE_BEFORE = re.compile(
    r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|against|over)\s+(?:the\s+|about\s+)?$", re.IGNORECASE
)


def _previous_current(
    doc: Document, frames: fr.FrameIndex, s: Stated, sentence: int, base: Quantity
) -> Quantity | None:
    """The one level (not a baseline) of the sentence before, in the same paragraph, of the same
    company and metric as the baseline the multiple's own sentence names."""
    here = doc.sentences[sentence]
    if sentence == 0 or doc.sentences[sentence - 1].paragraph != here.paragraph:
        return None
    if any(q.is_amount and q.end <= s.start for q in doc.in_sentence(sentence)):
        return None
    seg = fr.segment(doc, here, s.start)
    if _PLAN.search(doc.norm, seg[0], seg[1]):
        return None
    prev = doc.sentences[sentence - 1]
    fb = frames.frame(base.start, base.end)
    cands = [
        q
        for q in doc.in_sentence(prev.index)
        if q.is_amount
        and q.unit != "multiple"
        and compatible(q, base)
        and not in_parentheses_after_amount(doc, q)
        and not _BASE_BEFORE.search(doc.norm, max(prev.start, q.start - 25), q.start)
    ]
    cands = [q for q in cands if not fr.other_metric(frames.frame(q.start, q.end), fb)]
    mine = frames.frame(s.start, s.end)
    cands = [
        q for q in cands if not (mine.names and (n := frames.frame(q.start, q.end).names) and not (mine.names & n))
    ]
    return cands[0] if len({q.value for q in cands}) == 1 else None


def _first(doc: Document, sent: Sentence) -> int:
    """The index of the first sentence of ``sent``'s paragraph."""
    i = sent.index
    while i > 0 and doc.sentences[i - 1].paragraph == sent.paragraph:
        i -= 1
    return i


def _per_unit(doc: Document, frames: fr.FrameIndex) -> Iterator[Verdict]:
    text = doc.norm
    for q in doc.quantities:
        if not q.is_currency or in_parentheses_after_amount(doc, q):
            continue
        m = _PER_UNIT.match(text, q.end)
        if not m:
            continue
        total, count = _operands(doc, frames, q)
        if total is None or count is None:
            continue  # a price per vehicle, not a quotient the article computed
        t_iv = _honest(total)
        iv = arith.ratio(t_iv, (count.lo, count.hi))
        if iv is None:
            continue
        point = total.value / count.value
        ev = [Evidence("a", total), Evidence("b", count)]
        arithmetic = f"{total.text} / {count.text} = {format_number(point, 2)}"
        head = f"{total.text} / {count.text} is {q.unit} {format_number(point)}"
        if arith.overlaps(iv, (q.lo, q.hi)):
            yield verdict(
                RULE,
                Status.CONSISTENT,
                q,
                f"{head}; the article says {q.text}",
                ev,
                computed=point,
                arithmetic=arithmetic,
                computed_range=iv,
            )
        else:
            yield verdict(
                RULE,
                Status.INCONSISTENT,
                q,
                f"{head} (between {format_number(iv[0])} and {format_number(iv[1])} given the rounding), not {q.text}",
                ev,
                computed=point,
                arithmetic=arithmetic,
                computed_range=iv,
            )


def _operands(doc: Document, frames: fr.FrameIndex, q: Quantity) -> tuple[Quantity | None, Quantity | None]:
    """The total and the count a per-unit figure divides: same sentence first, then just before."""
    sent = doc.sentences[q.sentence]
    my = frames.frame(q.start, q.end)
    scope = [sent]
    for prev in reversed(doc.sentences[max(0, sent.index - 3) : sent.index]):
        if sent.paragraph - prev.paragraph > 1:
            break
        scope.append(prev)
    total = count = None
    for s in scope:
        qs = [r for r in doc.in_sentence(s.index) if (s is not sent or r.end <= q.start)]
        if total is None:
            totals = [
                r
                for r in qs
                if r.unit == q.unit
                and r.value >= 50 * q.value
                and not in_parentheses_after_amount(doc, r)
                and not _is_baseline(doc, r)
            ]
            totals = [r for r in totals if not _period_conflict(frames, r, my)]
            if len({r.value for r in totals}) > 1:
                return None, None  # two totals: which one is divided is a guess
            total = totals[-1] if totals else None
        if count is None:
            counts = [r for r in qs if r.unit == "count" and r.noun and not _is_baseline(doc, r)]
            counts = [r for r in counts if not _period_conflict(frames, r, my)]
            if len({r.value for r in counts}) > 1:
                return None, None
            count = counts[-1] if counts else None
        if total is not None and count is not None:
            break
    # How far the quotient may be from the stated figure and still be the one meant: a dropped
    # digit is fine when the figures share the sentence, not when they are gathered from before.
    span = (
        100
        if total is not None and total.sentence == q.sentence and count is not None and count.sentence == q.sentence
        else 5
    )
    if total is not None and count is not None and not (1 / span <= total.value / count.value / q.value <= span):
        return None, None  # not the quotient of these two, whatever the article meant
    return total, count


def _is_baseline(doc: Document, r: Quantity) -> bool:
    return bool(
        re.search(r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?)\s+$", doc.norm[max(0, r.start - 20) : r.start])
    )


def _period_conflict(frames: fr.FrameIndex, r: Quantity, my: fr.Frame) -> bool:
    theirs = frames.frame(r.start, r.end)
    return bool(my.months and theirs.months and my.months != theirs.months) or bool(
        my.years and theirs.years and not (my.years & theirs.years)
    )


# An average per month of a total stated for a longer period: "a target of 3.6 million units,
# which means an average of 300,000 a month", "270,000 vans in the first half, averaging 45,000
# per month", "96,000 cars in the third quarter, or about 32,000 a month".
_A_MONTH = re.compile(
    r"\s{0,20}(?:(?!(?:more|fewer|less|higher|lower|than)\b)[a-z]{1,30}\s+){0,2}?(?:a|per|each|every)\s+month\b"
    r"(?P<avg>\s+on\s+average\b)?",
    re.IGNORECASE,
)
_AVERAGE_LINK = re.compile(
    r"\b(?:an?\s+(?:monthly\s+)?average\s+of|averag(?:e|es|ed|ing)|which\s+means|works?\s+out|that\s+is|"
    r"equivalent\s+to|,\s*or)\b[^\d;]{0,40}$",
    re.IGNORECASE,
)
_YEAR_SPAN = re.compile(
    r"\b(?:this|last|next|the\s+(?:whole|full))\s+year\b|\bannual\b|\bfull[- ]year\b|\byearly\b|"
    r"\bfor\s+the\s+year\b",
    re.IGNORECASE,
)
_MONTH_NAMES = frozenset(MONTHS)


def _months_spanned(doc: Document, index: int, end: int) -> int | None:
    """How many months the period of a total spans: a year, a half, a quarter, the first N months."""
    sent = doc.sentences[index]
    keys, _ = fr.periods_in(doc.norm, sent.start, end)
    # a year, a half, a quarter, the last or first N months: not a single month, nor an open span
    spans = {n for k in keys if (p := periods.parse(k)) and p.kind not in ("month", "days") and (n := p.length)}
    if _YEAR_SPAN.search(doc.norm, sent.start, end):
        spans.add(12)
    if any(k.split()[0] in _MONTH_NAMES for k in keys):
        return None  # a month named too: which span the total covers is unclear
    return spans.pop() if len(spans) == 1 else None


def _averages(doc: Document) -> Iterator[Verdict]:
    text = doc.norm
    for q in doc.quantities:
        if q.unit not in (None, "count") or q.value <= 0:
            continue
        am = _A_MONTH.match(text, q.end)
        sent = doc.sentences[q.sentence]
        seg = fr.segment(doc, sent, q.start)
        if not am:
            # "If both meet their monthly sales target (an average of 627,000 units)": the yearly target
            # of the sentences just before, when this one names the monthly target
            total = _yearly_target(doc, q, seg)
            if total is not None:
                yield _average_verdict(total, q, 12)
            continue
        # the total: the nearest count before it in its sentence, joined by an averaging link and
        # no other figure; or, for "That means ...", the one count of the sentence before
        before = [r for r in doc.in_sentence(q.sentence) if r.end <= q.start and r.unit in (None, "count")]
        total = None
        if before and not any(r.start > before[-1].end and r.end <= q.start for r in doc.in_sentence(q.sentence)):
            link = text[before[-1].end : q.start]
            if _AVERAGE_LINK.search(link) and not re.search(r"[;]|\bwhile\b|\bbut\b", link):
                total = before[-1]
        elif not before and not any(r.end <= q.start for r in doc.in_sentence(q.sentence)) and q.sentence > 0:
            prev = doc.sentences[q.sentence - 1]
            lead = text[sent.start : q.start]
            if _THAT.match(sent.text) and _AVERAGE_LINK.search(lead) and prev.paragraph == sent.paragraph:
                counts = [r for r in doc.in_sentence(prev.index) if r.unit in (None, "count") and r.value > 0]
                if len(counts) == 1:
                    total = counts[0]
        if total is None or total.value <= q.value:
            continue
        said = am.group("avg") or re.search(r"averag", text[seg[0] : q.end], re.I)
        if not said and not _AVERAGE_LINK.search(text[total.end : q.start]):
            continue
        if sum(1 for r in before if r.value > q.value) > 1:
            continue  # "96,000 in the quarter and 40,000 in September": which is averaged is a guess
        end = q.start if total.sentence == q.sentence else doc.sentences[total.sentence].end
        n = _months_spanned(doc, total.sentence, end)
        if n is None or n < 2:
            continue
        yield _average_verdict(total, q, n)


_MONTHLY_TARGET = re.compile(
    rf"\bmonthly\s+(?:[a-z]+\s+){{0,2}}?(?P<kind>{PROJECTION})\b[^.;\d]{{0,40}}\ban?\s+average\s+of\s+$",
    re.IGNORECASE,
)


def _yearly_target(doc: Document, q: Quantity, seg: tuple[int, int]) -> Quantity | None:
    """The one yearly target or goal stated in the two sentences before a monthly one."""
    text = doc.norm
    m = _MONTHLY_TARGET.search(text, seg[0], q.start)
    if m is None or any(r.start < q.start and r.start >= seg[0] for r in doc.in_sentence(q.sentence)):
        return None
    kind = m.group("kind").lower().rstrip("s")
    found = []
    for i in range(max(0, q.sentence - 2), q.sentence):
        s_i = doc.sentences[i]
        for r in doc.in_sentence(i):
            if r.unit not in (None, "count") or not r.exact or r.value <= q.value:
                continue
            clause = fr.segment(doc, s_i, r.start)
            named = re.search(rf"\b{kind}s?\b[^\d;]{{0,40}}$", text[clause[0] : r.start], re.I)
            if named and _months_spanned(doc, i, r.start) == 12:
                found.append(r)
    return found[0] if len({r.value for r in found}) == 1 else None


def _average_verdict(total: Quantity, q: Quantity, n: int) -> Verdict:
    t_lo, t_hi = _honest(total)
    iv = (t_lo / n, t_hi / n)
    point = total.value / n
    head = f"{total.text.strip()} over {n} months is {format_number(point)} a month"
    return judged(
        RULE,
        arith.overlaps(iv, (q.lo, q.hi)),
        q,
        f"{head}; the article says {q.text.strip()}",
        f"{head}, not {q.text.strip()}",
        [Evidence("a", total)],
        computed=point,
        arithmetic=f"{total.text} / {n} = {format_number(point, 1)}",
    )


def check(r: Reading) -> Iterator[Verdict]:
    yield from _multiples(r.doc, r.items, r.frames)
    yield from _per_unit(r.doc, r.frames)
    yield from _averages(r.doc)


# A clause of its own begins between two figures of one sentence
_NEW_CLAUSE = re.compile(NEW_CLAUSE, re.IGNORECASE)


# a period, then a "when" clause the multiple is said in: "than in the first half, when earnings
# grew sixfold", "than in March, when sales tripled"
_WHEN_CLAUSE = re.compile(
    r"\b(?:in|during|for)\s+(?P<p>[^,;.%\d]{3,40}?|(?:19|20)\d\d)\s*,?\s+when\b[^,;.%]{0,60}$", re.I
)


def _months_of(keys: Iterable[str]) -> frozenset[int]:
    """The months a set of period keys covers, those that name their months."""
    return frozenset(m for k in keys for m in (periods.months_of(k) or ()))


def _another_clause_between(doc: Document, sentence: int, a: Stated, b: Quantity, level: Quantity | None) -> bool:
    """Whether a new clause and a figure of its own (not the multiple's level) stand between
    a multiple and a rate of one sentence: each then belongs to its own statement."""
    lo, hi = (a.end, b.start) if a.start < b.start else (b.end, a.start)
    if not _NEW_CLAUSE.search(doc.norm, lo, hi):
        return False
    return any(lo <= q.start and q.end <= hi and q is not level for q in doc.in_sentence(sentence))


RULE = Rule(code="FC106", name="multiple", type="multiple", check=check, doc=__doc__ or "")
