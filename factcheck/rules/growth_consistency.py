"""A growth rate must agree with the prior-period figure the article states elsewhere.

*What it checks*: a growth rate whose sentence gives no baseline ("BYD sold
41,440 NEVs in 2021, up 104.4 percent") against the figure the article states
elsewhere for the period it is measured from ("it sold 20,274 units in 2020").
The prior period follows from the current one and the comparison: the year
before for a full year or a year-on-year rate ("July 2021" -> "July 2020"), the
month or quarter before for a month-on-month or quarter-on-quarter rate. The
prior figure must be stated explicitly for that period, for the same metric
and company (no conflicting powertrain, measure, channel, company or model),
and be the only such figure. A month's rate said in a sentence with no level
("May deliveries were down 0.5% month over month") takes the one figure the
article gives for that month and the one for the month before, each of the
same measure and year. A rate that names no basis ("profit rose 18% to Rs 2,318 crore for
the December 2024 quarter") is taken as year-on-year, against a prior figure dated by its year
or by words ("in the corresponding quarter of the prior financial year", "the same period last
year", of a period as long as the current's); such a pairing rests on the period alone, so it
must say the same thing on both sides and is called inconsistent only when a slip of a digit
explains the difference. Otherwise nothing is reported and the
percent-change rule (FC101) keeps its unverifiable verdict with the implied
baseline.

*Why it matters*: a growth rate and its base year often sit paragraphs apart
and are updated separately; a revised base or a retyped rate leaves the two
contradicting each other with nothing in either sentence to show it.

*Inconsistent*: "BYD sold 41,440 NEVs in 2021, up 140.4 percent." ... "BYD sold
20,274 NEVs in 2020." (41,440 vs 20,274 is +104.40%)

*Consistent*: the same with "up 104.4 percent".
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from factcheck import arith, periods
from factcheck import frames as fr
from factcheck.context import compatible, in_parentheses_after_amount
from factcheck.document import Document
from factcheck.growths import MAX_RATIO, same_thing
from factcheck.lexicon import VERSUS
from factcheck.model import Evidence, Quantity, Verdict
from factcheck.numbers import figure, format_percent
from factcheck.reading import Reading
from factcheck.rules.base import Rule, judged
from factcheck.timeline import Piece

# The prior year of a current figure that names no year: its figure must say "last year".
LAST_YEAR = -1


def _prior(months: frozenset[str], years: frozenset[str], basis: str | None) -> tuple[str, int | None] | None:
    """(period key, year) of the period a growth rate is measured from; None if unclear."""
    # "last-year" ("in October last year") names no year number
    numbered = [int(y) for y in years if y.isdigit()]
    year = numbered[0] if len(years) == 1 and numbered else None
    if len(months) != 1:
        return None
    (m,) = tuple(months)
    if m == "fy":
        return ("fy", year - 1) if year is not None and basis in (None, "yoy") else None
    if basis == "yoy" and year is not None:
        return (m, year - 1)
    if basis == "yoy" and not years:
        return (m, LAST_YEAR)  # "up 20% year on year" ... "4,425 cars in March last year"
    # month on month, quarter on quarter: the period right before, a year back across January
    p = periods.parse(m)
    step = p.previous if p is not None and basis == {"month": "mom", "quarter": "qoq"}.get(p.kind) else None
    if step is not None:
        before, back = step
        if not back:
            return (before.key, year)
        return (before.key, year - 1) if year is not None else None
    return None


def _no_period(f: fr.Frame) -> fr.Frame:
    return dataclasses.replace(f, months=frozenset(), years=frozenset())


def _own_period(doc: Document, q: Quantity) -> tuple[set[str], set[str]]:
    """The periods the figure's own clause names (``periods_in`` remembers recent clauses); of
    several years, the one right after the figure ("peaked at 1.95 million in 2014, then fell to
    1.08 million in 2018")."""
    start, end = fr.segment(doc, doc.sentences[q.sentence], q.start)
    months, years = fr.periods_in(doc.norm, start, end)
    own = fr.year_after(doc.norm, q.end) if len(years) > 1 else None
    if len(years) > 1 and own not in years and (cm := _COMPARED.search(doc.norm, q.end, end)) is not None:
        # "61,220 vans were handed over in January-March 2025, down 9% on the corresponding
        # period of 2021": the year after the comparison word is the baseline's
        before = fr.periods_in(doc.norm, start, cm.start())[1]
        own = next(iter(before)) if len(before) == 1 else None
    return months, ({own} if own in years else years)


_COMPARED = re.compile(rf"\b(?:from|compar(?:ed|ing)|than|over)\b|(?<![\w-]){VERSUS}", re.IGNORECASE)


def _by_period(doc: Document) -> dict[str, list[Quantity]]:
    """The article's levels by the one period their own clause names ("36,300 units in June"),
    once per document: every growth rate looks up its prior period here."""
    out: dict[str, list[Quantity]] = {}
    for q in doc.quantities:
        if q.hedge or not q.is_amount or q.value <= 0 or in_parentheses_after_amount(doc, q):
            continue
        if q.text.isdigit() and len(q.text) == 4 and 1990 <= q.value <= 2100:
            continue  # "In December 2020 it had sold ...": a year, not a count
        own_months, own_years = _own_period(doc, q)
        if len(own_months) == 1:
            out.setdefault(next(iter(own_months)), []).append(q)
        elif not own_months and (
            ("last-year" in own_years and _SAME_PERIOD.search(doc.norm, *_clause(doc, q)))
            or (not own_years and fr.dated_a_year_back(doc.norm, q))
        ):
            # ("had sold 9,420 units a year earlier": of the period of the figure it is compared with)
            out.setdefault(_SAME, []).append(q)
    return out


# "in the same period last year" or "in the corresponding quarter of the prior financial year": a
# figure dated by the period of the figure it is compared with, a year back
_SAME_PERIOD = re.compile(
    r"\b(?:same|corresponding|year-ago|year-earlier)\s++(?P<n>month|period|quarter|half|months|time)\b",
    re.IGNORECASE,
)
_SAME = "same"
# ... and the length of the period it names: "the same month" is no year to date
_LENGTH = {"month": 1, "quarter": 3, "half": 6}


def _same_length(doc: Document, q: Quantity, key: str) -> bool:
    """The period a "same period" figure names by its noun is as long as ``key``'s."""
    m = _SAME_PERIOD.search(doc.norm, *_clause(doc, q))
    want = _LENGTH.get(m.group("n").lower()) if m else None
    p = periods.parse(key)
    return want is None or (p is not None and p.length == want)


def _clause(doc: Document, q: Quantity) -> tuple[int, int]:
    return fr.segment(doc, doc.sentences[q.sentence], q.start)


def _candidates(
    doc: Document,
    frames: fr.FrameIndex,
    current: Quantity,
    key: str,
    year: int | None,
    cur_frame: fr.Frame,
    by_period: dict[str, list[Quantity]],
) -> list[Quantity]:
    out = []
    base_frame = _no_period(cur_frame)
    # (a figure dated "the same period last year" is of the current's period, a year back)
    same = by_period.get(_SAME, ()) if year is not None else ()
    for q in (*by_period.get(key, ()), *same):
        # the prior period must be this figure's own, stated in its clause
        if q.sentence == current.sentence or not compatible(q, current):
            continue
        if not (1 / MAX_RATIO <= current.value / q.value <= MAX_RATIO):
            continue  # "$36.3 million" was not measured from "$354,930"
        f = frames.frame(q.start, q.end)
        _, own_years = _own_period(doc, q)
        if q in same:
            if not _same_length(doc, q, key):
                continue  # dated a year back by its own words, but a period of another length
        elif year == LAST_YEAR:
            if "last-year" not in frames.frame(q.start, q.end).years:
                continue  # this year's figure of the month, not last year's
        elif year is not None and str(year) not in own_years:
            continue
        other = _no_period(f)
        if fr.conflict(base_frame, other):
            continue
        if any(base_frame.quals.get(g) and not other.quals.get(g) for g in fr.CLASS_GROUPS):
            continue  # "Passenger Cars | 358,500" was not measured from last year's total market
        if base_frame.powertrain and not other.powertrain and not base_frame.names:
            continue  # nor a market's "1,538,621 electric cars" from its prior-year total of every car
        if fr.strength(base_frame, other) < 1:
            continue
        if _one_sided_subject(base_frame, other, frames.vocab) and not _refers_to_company(
            doc, q if not other.names else current
        ):
            continue
        out.append(q)
    return out


def _one_sided_subject(a: fr.Frame, b: fr.Frame, vocab: frozenset[str]) -> bool:
    """One figure is a named company's and the other names none, in an article that names
    others too: a brand's "294,000 units, down 22.4%" is not measured from the whole market's
    prior-year total. In an article about one company an unnamed figure is that company's, and
    so is one of the article's main subject, implied."""
    if a.implicit_names or b.implicit_names or bool(a.names) == bool(b.names):
        return False
    return bool(vocab - (a.names | b.names))


def _refers_to_company(doc: Document, q: Quantity) -> bool:
    """The unnamed figure's clause speaks of a company all the same ("In 2020 it had sold ...")."""
    return fr.speaks_of_a_company(doc.norm, *fr.segment(doc, doc.sentences[q.sentence], q.start))


def _month_pair(r: Reading, stated: Quantity, basis: str | None) -> tuple[Quantity, Quantity] | None:
    """ "May deliveries were down 0.5% month over month", in a sentence with no level of its own:
    the one figure the article gives for that month and the one for the month before, each of
    the same measure as the rate's subject and of one year."""
    doc, frames = r.doc, r.frames
    if basis != "mom" or any(q.is_amount for q in doc.in_sentence(stated.sentence)):
        return None
    said = frames.frame(stated.start, stated.end)
    months = [periods.parse(k) for k in said.months]
    if len(months) != 1 or months[0] is None or months[0].kind != "month" or months[0].first < 2:
        return None
    now = months[0].first
    own = _no_period(said)

    def one(month: int) -> Piece | None:
        found = {}
        for p in r.pieces_by_month.get(month, ()):
            if p.months != {month} or p.q.sentence == stated.sentence or not p.q.exact or p.q.hedge:
                continue
            other = _no_period(frames.frame(p.q.start, p.q.end))
            if not fr.conflict(own, other) and fr.strength(own, other) >= 1:
                found[p.q.value] = p
        return next(iter(found.values())) if len(found) == 1 else None

    cur, prev = one(now), one(now - 1)
    if cur is None or prev is None or cur.years != prev.years or not compatible(cur.q, prev.q):
        return None
    return cur.q, prev.q


def check(r: Reading) -> Iterator[Verdict]:
    doc, frames, growths = r.doc, r.frames, r.growths
    # Figures the article gives as another rate's baseline ("from 47,800 in June 2024"): the
    # year-ago figures, which a month-on-month rate is not measured from.
    baselines = {g.baseline.start for g in growths if g.baseline is not None}
    by_period: dict[str, list[Quantity]] | None = None
    # a rate stated next to the amount of its change ("41,300 units or 12.6% higher") is read by
    # its own grammar: its level is no current of a change
    with_amount = {(ch.rate.start, ch.rate.end) for ch in r.changes}
    for g in growths:
        if g.baseline is not None or g.period is not None or (g.stated.start, g.stated.end) in with_amount:
            continue
        stated: Quantity = g.stated
        sign: int = g.sign
        sent = doc.sentences[stated.sentence]
        basis = fr.basis_of(doc, stated, sent.end)
        weak = False
        if g.current is None:
            pair = _month_pair(r, stated, basis)
            if pair is None:
                continue
            current, base = pair
        else:
            current = g.current
            if current.sentence != stated.sentence or not current.exact:
                continue
            frame = frames.frame(current.start, current.end)
            prior = _prior(frame.months, frame.years, basis)
            # a rate that names no basis is most often measured from a year before ("profit rose 23%
            # to 1,556 in the December quarter"); the figure found for it is paired by its period alone
            weak = prior is None and basis is None
            if weak:
                prior = _prior(frame.months, frame.years, "yoy")
            if prior is None:
                continue
            key, year = prior
            if by_period is None:
                by_period = _by_period(doc)
            cands = _candidates(doc, frames, current, key, year, frame, by_period)
            if len({c.value for c in cands}) > 1 and basis != "yoy":
                cands = [c for c in cands if c.start not in baselines]
            if len({c.value for c in cands}) != 1:
                continue
            base = cands[0]
            if weak and not same_thing(doc, frames, current, base):
                continue  # ("domestic sales" against "52,000 units in total, including exports")
        iv = arith.percent_change((current.lo, current.hi), (base.lo, base.hi))
        if iv is None:
            continue
        computed = arith.point_percent_change(current.value, base.value)
        p = abs(stated.value)
        stated_iv = stated.directed(sign)
        shown = format_percent(sign * p, stated.decimals)
        ev = (Evidence("current", current), Evidence("baseline", base))
        arithmetic = f"({figure(current)} - {figure(base)}) / {figure(base)} × 100 = {format_percent(computed, 4)}"
        head = (
            f"{current.text} vs {base.text} (stated elsewhere for the prior period) is"
            f" {format_percent(computed, max(2, stated.decimals))}"
        )
        right = format_percent(arith.round_half_up(computed, stated.decimals), stated.decimals)
        v = judged(
            RULE,
            arith.overlaps(iv, stated_iv),
            stated,
            f"{head}; the article says {shown}",
            f"{head}, not {shown}; it should read {right}",
            ev,
            stated_value=sign * p,
            computed=computed,
            arithmetic=arithmetic,
        )
        yield dataclasses.replace(v, extra={**v.extra, "pairing": "weak"}) if weak else v


RULE = Rule(
    code="FC111",
    name="growth-consistency",
    type="percent_change",
    check=check,
    doc=__doc__ or "",
    supersedes=("FC101",),
)
