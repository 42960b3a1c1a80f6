"""A figure stated twice for the same metric and period must agree both times.

*What it checks*: a headline, dek or lead that restates a body figure ("Zentro delivers record 14,736
vehicles in June" and later "The company delivered 14,736 vehicles in June"; "Over 120k units" and "120,418
units"; "fall 50%" and "a 50.20% year-on-year decline"; "up almost a quarter" and "up 23.9%"). Two
statements are paired by their context, never by their value: the same kind of figure (a count, an amount of
one currency, a change with the same direction and the same comparison, a share), the same metric (BEVs,
PHEVs, NEVs, deliveries, penetration), the same period, no conflicting company or model, and at least two
positive matches. A headline, dek, lead or the list of key points that opens a release against the body
counts as one match; so do the same model named in both places, and a list's total row against the sentence
that introduces the list ("So far this year it sold over 37,000 cars" over "Total: 37,866"). A rounded or
hedged copy ("nearly 19k" for 18,652) is consistent when the exact figure lies inside what it stands for. A
pair is called inconsistent only when the two copies differ the way a typo does (two digits swapped or one
digit wrong at the common precision) and no other statement explains the figure (a figure written the same
elsewhere restates that one); any other mismatch of two similar-looking statements is skipped as possibly a
different statement. One digit changed counts only in a figure of three or more significant digits (15% and
25%, or 12,000 and 15,000, are more often two figures than one mistyped); two swapped digits count in any. A
sure pair is the exception: two growth rates of one level with the same comparison ("12,360 cars, up 60%
year-over-year" and "Total: 12,360 (up 50% year-over-year)"), or copies alike in most of what their frames
name, differ by any one digit only by a slip. A threshold said of a figure in its own sentence ("posted
81,240 units, exceeding 80,000"; "the first time its tally topped 200,000") must be passed, and only just;
said in the next sentence of the one level before it ("This marks the first time it has exceeded the 20,000
unit mark"), a threshold passed is checked only when the figure is above it. Two rates of the same levels,
one way, are one statement whatever each calls the level ("Truck, car sales down 8.3%", "sales ... down 8.3%");
the two levels a rate compares are two figures, never one said twice.

*Why it matters*: headlines and deks are retyped, not computed; a transposed
digit there is read by far more people than the body it summarises.

*Inconsistent*: "Korvel sold 38,671 NEVs in August" (headline) and "Korvel's NEV
sales in August were 38,617 units" (body).

*Consistent*: "Orvane sold over 120k units in November" and "Orvane sold 120,418
units in November".
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from factcheck import arith, items
from factcheck.context import RESTATING_OPENER
from factcheck.document import Document
from factcheck.frames import Frame, FrameIndex, conflict, strength, unsure
from factcheck.items import Item, as_quantity, bare_line, restated_first, thresholds, twins_of, written_alike
from factcheck.lexicon import LEVEL_IN_BRACKETS
from factcheck.model import Evidence, Status, Verdict
from factcheck.numbers import cut_short, format_number, rounded_like
from factcheck.numbers import written_step as step
from factcheck.reading import Reading
from factcheck.rules.base import Rule, verdict
from factcheck.typos import swapped, typo_at, typo_digits, typo_near
from factcheck.wording import what_is_stated

# ----------------------------------------------------------------------------
# Restatement items.


def agree(a: Item, b: Item) -> bool:
    """The two copies can stand for the same figure."""
    same = a.q is not None and b.q is not None and a.kind == b.kind
    sa, sb = (step(a.q), step(b.q)) if same else (0.0, 1.0)  # type: ignore[arg-type]
    return _agree(a.hedge, b.hedge, a.value, b.value, sa, sb, *_bounded(a), *_bounded(b))


def _agree(ha: str | None, hb: str | None, av: float, bv: float, sa: float, sb: float, *bounds: float) -> bool:
    alo, ahi, blo, bhi = bounds
    if ha == hb and math.isclose(sa, sb):
        # "more than 12,900" restated: the bound itself must be the same
        return math.isclose(av, bv, rel_tol=1e-9, abs_tol=1e-9)
    tol = 1e-9 * max(1.0, abs(av), abs(bv))
    if ha and hb:  # "under 118,000" is no copy of "close to 128,000": each holds the other
        return alo - tol <= bv <= ahi + tol and blo - tol <= av <= bhi + tol
    return alo <= bhi + tol and blo <= ahi + tol


def _bounded(i: Item) -> tuple[float, float]:
    """A hedged copy restates a figure close to its bound: "more than 8,000" is not 80,000."""
    mag = abs(i.value)
    if i.kind == "multiple" and i.q is None and i.value >= 2:
        # "more than twice as many" stops short of "three times as many"
        return max(i.lo, i.value - 1), min(i.hi, i.value + 1)
    return max(i.lo, i.value - 0.25 * mag), min(i.hi, i.value + 0.25 * mag)


def comparable(a: Item, b: Item) -> bool:
    if (a.base_of is None) != (b.base_of is None):
        return False  # "from 7,900 the previous week" is another period than "6,300 last week"
    if a.base_of is not None and (a.base_of != b.base_of or a.base_of == "?"):
        return False
    if a.kind == b.kind:
        if a.kind == "change":
            if (a.value > 0) != (b.value > 0):
                return False
            if a.basis and b.basis and a.basis != b.basis:
                return False
        return True
    return {a.kind, b.kind} == {"change", "multiple"}


def _convert(a: Item, b: Item) -> tuple[Item, Item]:
    """Bring a change/multiple pair onto the multiple scale."""

    def to_mult(i: Item) -> Item:
        if i.kind != "change":
            return i
        return replace(i, kind="multiple", value=1 + i.value / 100, lo=1 + i.lo / 100, hi=1 + i.hi / 100)

    return to_mult(a), to_mult(b)


def _same_level(a: Item, b: Item) -> bool:
    """Two rates of one level, or two levels of one rate: "to 1.42 lakh" and "to 1,42,350" are one
    level written at two precisions."""
    if a.attached & b.attached:
        return True
    return a.level is not None and b.level is not None and a.level[0] <= b.level[1] and b.level[0] <= a.level[1]


@dataclass(frozen=True, slots=True)
class Pair:
    a: Item
    b: Item
    score: int  # matches said in both places
    agree: bool
    loose: int  # also counting the article's main subject for an unnamed company
    unsure: bool = False  # may be one statement, not surely: never a mismatch


def _score(a: Item, b: Item, fa: Frame, fb: Frame, implicit: bool = False) -> int:
    s = strength(fa, fb, implicit)
    if a.kind == "change" and a.basis and a.basis == b.basis:
        s += 1
    if _same_level(a, b):
        s += 1  # the same current level behind two growth rates, or the same growth behind two levels
    if fa.quals.get("place") and fa.quals.get("place") == fb.quals.get("place"):
        s += 1  # the same market named in both places ("domestic sales" and "domestic wholesales")
    if a.lead != b.lead or a.summary != b.summary or a.lede != b.lede:
        s += 1  # a headline, dek, lead or opening point restating the body: the commonest restatement
    if (fa.models or frozenset()) & (fb.models or frozenset()) - _GENERIC_MODELS:
        s += 1  # the same model named in both places ("the ES6 is down 3%", "ES6: 2,936 (down 3%)")
    if a.total_of == b.sentence or b.total_of == a.sentence:
        s += 1  # the total row of a list and the sentence that introduces the list
    return s


_GENERIC_MODELS = frozenset({"model", "models", "series"})


def pairs(doc: Document, its: tuple[Item, ...]) -> list[Pair]:
    out: list[Pair] = []
    # Only figures of a comparable kind can restate each other: compare within those groups.
    groups: dict[tuple[str, str | None], list[Item]] = {}
    for i in its:
        kind = "rate" if i.kind in ("change", "multiple") else i.kind
        groups.setdefault((kind, i.base_of), []).append(i)
    for group in groups.values():
        out.extend(_pairs_in(doc, group))
    out.sort(key=lambda p: (p.b.start, p.a.start))
    return out


# Beyond this many figures of one kind, each figure is compared with the first figures of the
# lead and its 30 recent neighbours only, so a very long document stays linear.
_MAX_ALL_PAIRS = 200
_NEIGHBOURS = 30
_MAX_LEAD = 20
# Agreeing pairs kept for each figure: its best few copies.
_KEEP_AGREEING = 4


def _pairs_in(doc: Document, its: list[Item]) -> Iterator[Pair]:
    """The pairs of figures that may be copies of one figure: every disagreeing pair that
    differs like a typo, and of the agreeing ones only the best few for each figure (a figure
    restated many times needs one copy to agree with, and keeping every agreeing pair of a
    long list of "5%" was quadratic in memory)."""
    best: dict[int, list[tuple[tuple[int, int, int], Pair]]] = {}
    for pair in _candidate_pairs(doc, its):
        if not pair.agree:
            yield pair
            continue
        key = (pair.score, pair.loose, -(pair.b.start - pair.a.start))
        for end in (pair.a.start, pair.b.start):
            kept = best.setdefault(end, [])
            kept.append((key, pair))
            if len(kept) > _KEEP_AGREEING:
                kept.sort(key=lambda kp: kp[0], reverse=True)
                del kept[_KEEP_AGREEING:]
    seen: set[tuple[int, int]] = set()
    for kept in best.values():
        for _, pair in kept:
            if (pair.a.start, pair.b.start) not in seen:
                seen.add((pair.a.start, pair.b.start))
                yield pair


def _candidate_pairs(doc: Document, its: list[Item]) -> Iterator[Pair]:
    frames: dict[int, Frame] = {}

    def frame(i: Item) -> Frame:
        f = frames.get(i.start)
        if f is None:
            f = frames[i.start] = i.frame
        return f

    # Each figure's row, once: an exact figure's step and digits (most pairs are two exact counts at
    # one precision, for which agree() is equality and typo_near() a comparison of these digit
    # strings), and a growth rate on the scale of multiples (where a change/multiple pair is compared).
    exact: dict[int, tuple[float, str]] = {}
    for i in its:
        if i.q is not None and i.q.hedge is None:
            st = step(i.q)
            exact[i.start] = (st, str(round(abs(i.q.value) / st)))
    mixed = len({i.kind for i in its}) > 1
    rows = []
    for i in its:
        conv, ex, st = _convert(i, i)[0] if mixed else i, exact.get(i.start), step(i.q) if i.q is not None else 0.0
        rows.append((i, i.start, i.kind, i.value, i.sentence, ex, conv, st, *_bounded(i)))
    lead_rows = [r for r in rows if r[0].lead][:_MAX_LEAD]
    for j, (b, bs, bk, bv, bsent, eb, bm, sb, blo, bhi) in enumerate(rows):
        earlier = (
            rows[:j] if j <= _MAX_ALL_PAIRS else [r for r in lead_rows if r[1] < bs] + rows[max(0, j - _NEIGHBOURS) : j]
        )
        for a, as_, ak, av, asent, ea, am, sa, alo, ahi in earlier:
            if as_ == bs:
                continue
            same_kind = ak == bk
            # Copies and mistyped copies are within a factor of 12 of each other (agree() allows
            # ±25%, typo_near() the same number of digits): the cheap test goes first.
            if same_kind and av and bv and not 1 / 12 <= abs(av / bv) <= 12:
                continue
            if (not same_kind or ak == "change" or a.base_of is not None or b.base_of is not None) and not comparable(
                a, b
            ):
                continue
            if asent == bsent and (same_kind or not _parenthetical(doc, a, b)):
                continue
            if same_kind and ea is not None and eb is not None and ea[0] == eb[0]:
                agreed = math.isclose(av, bv, rel_tol=1e-9, abs_tol=1e-9)
                if not agreed and (len(ea[1]) != len(eb[1]) or not typo_digits(ea[1], eb[1], 1, loose=True)):
                    continue
            elif same_kind and a.q is not None and b.q is not None:  # agree() and typo_near(), on the rows
                agreed = _agree(a.hedge, b.hedge, av, bv, sa, sb, alo, ahi, blo, bhi)
                # (or cut short: "430,000" in a headline for the body's 436,000)
                if (
                    not agreed
                    and not typo_at(a.q, b.q, sa, sb, 2, True)
                    and not (ak == "count" and cut_short(a.q, b.q))
                ):
                    continue
            else:
                agreed = agree(a, b) if same_kind else agree(am, bm)
                if not agreed:
                    continue  # neither a copy nor (a word figure, or two kinds) a mistyped copy
            # (two rates of the very same level are one statement, whatever each calls the level)
            one = a.kind == "change" == b.kind and bool(a.attached & b.attached) and (av < 0) == (bv < 0)
            if a.projected != b.projected or a.former != b.former or (conflict(frame(a), frame(b), True) and not one):
                continue  # (a level foreseen is not the level reached, nor a record beaten the new one)
            if ak == "plevel" and _own_parts_differ(doc.norm, a, b):
                continue  # "Ford with 11% (1,689 units)" and "Holden with 11% (666 units)": two shares
            if a.kind == "change" == b.kind and a.attached and b.attached and not _same_level(a, b):
                # two growth rates of different levels (36,212 and 5,187): different statements,
                # unless the levels themselves differ like a typo
                if a.q is None or b.q is None or not _levels_typo(doc, a, b):
                    continue
            fa, fb = frame(a), frame(b)
            if not agreed and (items.slice_and_total(doc, a, fa, b, fb) or items.slice_and_total(doc, b, fb, a, fa)):
                continue  # "passenger-car sales of 318,000" and "a total of 313,000 vehicles": two figures
            # "... 24% of all new cars. That's one out of every four cars": said again, in other words
            again = b.sentence == a.sentence + 1 and RESTATING_OPENER.match(doc.sentences[b.sentence].text) is not None
            score, implicit = _score(a, b, fa, fb) + again, _score(a, b, fa, fb, implicit=True) + again
            yield Pair(a, b, score, agreed, implicit, unsure(fa, fb))


# The level in brackets a share is stated with: "11% market share (1,689 units)"
_SHARE_PART = re.compile(LEVEL_IN_BRACKETS, re.IGNORECASE)


def _own_parts_differ(text: str, a: Item, b: Item) -> bool:
    """Two percentages each stated with its own level, and the levels differ."""
    if a.q is None or b.q is None:
        return False
    ma, mb = _SHARE_PART.match(text, a.q.end), _SHARE_PART.match(text, b.q.end)
    return ma is not None and mb is not None and ma.group("n") != mb.group("n")


def _own_levels_give(doc: Document, i: Item) -> bool:
    """Two counts of the rate's own sentence change by the rate, as written: "a drop of 39% after
    selling 10,400 units ... after it sold 16,982 in the same period of 2018"."""
    if i.q is None:
        return False
    counts = [q for q in doc.in_sentence(i.sentence) if q.is_amount and q.unit in (None, "count") and q.value > 0]
    said = (abs(i.q.lo), abs(i.q.hi))
    return any(
        (pc := arith.percent_change((x.lo, x.hi), (y.lo, y.hi))) is not None
        and (arith.overlaps(pc, said) or arith.overlaps(pc, (-said[1], -said[0])))
        for x in counts
        for y in counts
        if x is not y
    )


def _levels_typo(doc: Document, a: Item, b: Item) -> bool:
    va, vb = next(iter(a.attached)), next(iter(b.attached))
    qa = next((q for q in doc.quantities if q.value == va and q.sentence == a.sentence), None)
    qb = next((q for q in doc.quantities if q.value == vb and q.sentence == b.sentence), None)
    return qa is not None and qb is not None and typo_near(qa, qb)


def _parenthetical(doc: Document, a: Item, b: Item) -> bool:
    """ "more than twice as many as a year ago (up 152.7%)": a restatement in brackets."""
    gap = doc.norm[a.end : b.start]
    return (
        len(gap) <= 80
        and bool(re.search(r"\(\s*(?:up|down|an?\s+(?:increase|rise|drop|decline)\s+of)?\s*$", gap))
        and not re.search(r"\d", gap)
    )


_SURE_SCORE = 4


def _sure(p: Pair) -> bool:
    """A pair that can only be one figure stated twice: two growth rates of one level with the same
    comparison ("12,360 cars, up 50% year-on-year" and "Total: 12,360 (up 50% year-over-year)"),
    or a pair that matches in most of what a frame names."""
    a, b = p.a, p.b
    same_basis = a.basis == b.basis or a.kind != "change"
    return (_same_level(a, b) and same_basis) or p.score >= _SURE_SCORE


_MIN_SCORE = 2


def _kept(p: Pair) -> bool:
    return p.score >= _MIN_SCORE or (p.agree and (p.loose >= _MIN_SCORE or (p.score >= 1 and written_alike(p.a, p.b))))


def check(r: Reading) -> Iterator[Verdict]:
    doc = r.doc
    said_of = list(_thresholds(doc, r.frames))
    yield from said_of
    # a threshold passed in its own sentence is said of that figure, and of no other
    said = {v.start for v in said_of}
    # (a level and the level a rate compares it with are two figures: "5,000, up 25% on May 2024's 4,000")
    compared = {frozenset((g.current.start, g.baseline.start)) for g in r.growths if g.current and g.baseline}
    ps = [p for p in pairs(doc, r.items) if _kept(p) and frozenset((p.a.start, p.b.start)) not in compared]
    agreeing: dict[int, int] = {}
    copied_in: dict[int, set[int]] = {}  # the sentences that hold an agreeing copy of a figure
    for p in ps:
        # Support for a copy comes from another copy as precise as itself, not from "more than 13,000".
        if p.agree and p.a.hedge is None and p.b.hedge is None and p.a.q is not None and p.b.q is not None:
            agreeing[p.a.start] = agreeing.get(p.a.start, 0) + 1
            agreeing[p.b.start] = agreeing.get(p.b.start, 0) + 1
            copied_in.setdefault(p.a.start, set()).add(p.b.sentence)
            copied_in.setdefault(p.b.start, set()).add(p.a.sentence)
    seen_b: set[int] = set()
    flagged: set[int] = set()
    twins = twins_of(r.items)
    # The best-scoring pairs first; each later figure is reported consistent with one earlier copy,
    # and each figure is flagged at most once.
    for p in sorted(ps, key=lambda p: (-p.score, not p.agree, p.b.start - p.a.start)):
        a, b = p.a, p.b
        if a.start in said or b.start in said:
            continue
        stated, other = restated_first(a, b)
        ev = (Evidence("first", as_quantity(a)), Evidence("second", as_quantity(b)))
        if p.agree:
            if stated.start in seen_b:
                continue  # one consistent claim per stated figure, with its best-matching copy
            seen_b.add(stated.start)
            yield verdict(
                RULE,
                Status.CONSISTENT,
                as_quantity(stated),
                f"{stated.text.strip()} restates {other.text.strip()} ({_where(doc, other)}), both {_what(a, b)};"
                " they agree",
                ev,
                stated_value=stated.value,
                computed=other.value,
            )
            continue
        # (and a rate said "about 15%" is no copy of an exact "12%" to be mistyped: another statement)
        two_estimates = (a.hedge is not None and b.hedge is not None and a.hedge != b.hedge) or (
            a.kind == "change" and (a.hedge is None) != (b.hedge is None)
        )
        if a.q is None or b.q is None or a.kind != b.kind or p.unsure or two_estimates:
            continue  # ("just under 118,000" and "close to 128,000": two estimates, not one figure mistyped)
        if a.kind != "change" and a.attached and b.attached and not (a.attached & b.attached):
            continue  # levels reached by different changes ("fell 9% to 1.39 lakh", "rose 4% to 1,28,642")
        if a.kind == "change" and all(_own_levels_give(doc, i) for i in (a, b)):
            continue  # rates each of which its own sentence's two levels give: two statements
        sure = _sure(p)
        # Two-digit figures differ "like a typo" by chance too often: ask for more context, and
        # take one digit changed in a round figure ("up 6%" for "up 5%") only from a sure pair.
        near = typo_near(a.q, b.q, 2 if p.score >= 3 else 3) or (sure and typo_near(a.q, b.q, loose=True))
        if not near and not (sure and a.kind == "count" and cut_short(a.q, b.q)):
            continue
        if a.q.unit in ("percent", "pp") and not sure and not swapped(a.q, b.q):
            continue  # shares and rates a digit apart ("12.4%", "12.3%") are two statements as often as one
        if not _same_level(a, b) and any(
            bare_line(doc, doc.sentences[i.sentence], 4) and not i.headline for i in (a, b)
        ):
            continue  # a table row has too little context to call a mismatch, unless it carries the same level
        if (agreeing.get(a.start) and agreeing.get(b.start)) or (a.start in twins and b.start in twins):
            continue  # each agrees with another copy, or is written the same elsewhere: no clear mismatch
        if b.sentence in copied_in.get(a.start, ()) or a.sentence in copied_in.get(b.start, ()):
            # "rose 1.4% to 29,957 (+2.4% in the second quarter)" ... "29,957 (+1.4%)": the copy of
            # one figure sits beside the other, so the other is a statement of its own
            continue
        if any(i.start in twins and (i.headline or i.lead) for i in (a, b)):
            continue  # a headline figure the body writes the same restates that one
        if a.kind == "count" and cut_short(a.q, b.q):
            # "193.3 million" for 193,392,517: cut short, as some writers do, not mistyped
            coarse, fine = (a, b) if step(a.q) > step(b.q) else (b, a)
            if coarse.start in flagged:
                continue
            flagged.add(coarse.start)
            rounded = rounded_like(fine.value, as_quantity(coarse))
            yield verdict(
                RULE,
                Status.UNVERIFIABLE,
                as_quantity(coarse),
                f"{coarse.text.strip()} restates {fine.text.strip()} ({_where(doc, fine)}), both {_what(a, b)}, cut"
                f" short rather than rounded (rounded it reads {rounded}); some writers cut figures short, so check it",
                ev,
                stated_value=coarse.value,
                computed=fine.value,
            )
            continue
        if (
            a.kind == "change"
            and not any(i.headline for i in (a, b))
            and doc.sentences[a.sentence].paragraph == doc.sentences[b.sentence].paragraph
            and a.q is not None
            and b.q is not None
            and not (cut_short(a.q, b.q) or cut_short(b.q, a.q))
        ):
            # two rates of one paragraph a digit apart ("40-100 HP were up 58%", "100+ HP are up
            # 18%") are two statements, of two classes or two periods; a copy cut short stays one
            continue
        if all(items.bare(i) for i in (a, b)):
            continue  # two small bare numbers, nothing said of what either counts: no copy to call mistyped
        # The copy that no other copy supports is the odd one out.
        # With no support either way the earlier copy (a headline or dek restating the body) is named.
        odd, good = (b, a) if agreeing.get(a.start) else (a, b)
        if odd.start in flagged:
            continue
        flagged.add(odd.start)
        yield verdict(
            RULE,
            Status.INCONSISTENT,
            as_quantity(odd),
            f"{odd.text.strip()} restates {good.text.strip()} ({_where(doc, good)}), both {_what(a, b)}, but the"
            " figures differ the way a typo does; one of them is mistyped",
            ev,
            stated_value=odd.value,
            computed=good.value,
        )


def _thresholds(doc: Document, frames: FrameIndex) -> Iterator[Verdict]:
    """A figure and the threshold said of it ("posted 70,327, exceeding 70,000"; "This marks the
    first time it has topped the 20,000 mark"): the figure must be above it, and near it (within a
    quarter), or it is not the same figure. Said in the next sentence, only a figure above counts."""
    for a, b, own in thresholds(doc, frames):
        bound = b.lo if own else b.value
        if a.value > bound * 1.25 or not (own or a.value > bound):
            continue  # far above: another figure, not the threshold just passed
        head = f"{a.text.strip()}, {b.text.strip()}"
        yield verdict(
            RULE,
            Status.CONSISTENT if a.value > bound else Status.INCONSISTENT,
            b,
            f"{head}: {a.text.strip()} is {'' if a.value > bound else 'not '}above {format_number(bound)}",
            (Evidence("first", a), Evidence("second", b)),
            stated_value=b.value,
            computed=a.value,
        )


def _what(a: Item, b: Item) -> str:
    """What both figures state, named by the companies both are said of."""
    shared = a.frame.names & b.frame.names
    return what_is_stated(replace(a.frame, names=shared) if shared else a.frame, a.kind, a.basis)


def _where(doc: Document, i: Item) -> str:
    line, col = doc.line_col(i.start)
    return f"at {line}:{col}"


RULE = Rule(code="FC107", name="restatement", type="restatement", check=check, doc=__doc__ or "")
