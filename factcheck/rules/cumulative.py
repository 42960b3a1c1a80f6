"""Figures for shorter periods must add up to the figure for the period they make up.

*What it checks*: monthly figures against the quarter, half or year-to-date
figure they make up ("2,284 in June, 2,657 in May and 3,146 in April"
against "8,087 in the second quarter"), quarters against a half
(Q1 + Q2 = H1, "up to the end of June"), January-November plus December
against the full year, "the first N months" and year-to-date figures, and a
year-to-date total plus the month a quarterly guidance implies against the
annual range the article derives from it. The figures must measure the same
thing for the same company (metric, breakdown tags, company names); each
month may be stated anywhere, also as the baseline of a growth rate ("down
3.41% from October's 42,663 units"). Rounded figures count as the interval
they stand for.

*Why it matters*: running totals are copied from one report to the next, and a
stale or mistyped month makes the year-to-date figure wrong.

*Inconsistent*: "Deliveries were 3,146 in April, 2,657 in May and 2,284 in
June, for 8,807 in the second quarter." (the months add up to 8,087)

*Consistent*: "It delivered 71,362 cars in the first quarter and 94,805 in
the second quarter, for 166,167 in the first half." (71,362 + 94,805 = 166,167)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck import arith
from factcheck.attribution import (
    metric_compatible,
    same_company,
)
from factcheck.model import Evidence, Quantity, Status, Verdict
from factcheck.numbers import amount, figure, format_number
from factcheck.reading import Reading
from factcheck.rules.base import Rule, verdict
from factcheck.timeline import Piece
from factcheck.totals import tied_lists

_WINDOW = 12  # sentences around a total searched for its parts
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_OF_WHICH_BEFORE = re.compile(r"\b(?:of\s+which|of\s+them|among\s+them|including)\b[^\d]{0,30}\d", re.I)


def _same_thing(a: Piece, b: Piece, anonymous: bool = False) -> bool:
    """``a`` may stand for a shorter period of ``b``: no tag of its own, none that contradicts."""
    if any(b.rec.tags.get(k) != v for k, v in a.rec.tags.items()):
        return False
    if not a.rec.tags and not b.rec.tags and a.rec.nev != b.rec.nev and not _elided(a, b):
        return False  # NEVs against all vehicles
    if _OF_WHICH_BEFORE.search(b.rec.context) and b.rec.head.end == b.q.end:
        return False  # "of which NEVs were 680,000": a breakdown, not a period total
    if not metric_compatible(a.rec.metric, b.rec.metric):
        return False
    if a.years and b.years and not a.years & b.years:
        return False
    if not anonymous and not (a.rec.names and b.rec.names) and abs(a.rec.sentence - b.rec.sentence) > 3:
        return False  # an unnamed figure far from the total may be another company's (in an article
        # that gives some company's figures; in a report of the market alone, every figure is its)
    return same_company(a.rec.names, b.rec.names) and same_company(a.company, b.company)


def _elided(a: Piece, b: Piece) -> bool:
    """One figure names nothing it counts and shares the other's sentence: "401,770 NEVs, after
    349,460 through September" counts NEVs both times."""
    bare = a if not a.rec.nev else b
    return a.rec.sentence == b.rec.sentence and bare.q.noun is None and bare.rec.metric is None


def _partitions(total: Piece, cands: list[Piece], limit: int = 12) -> list[list[Piece]]:
    """Ways to cover the total's months exactly with shorter figures (at most ``limit`` of them)."""
    found: list[list[Piece]] = []

    def go(left: frozenset[int], chosen: list[Piece]) -> None:
        if len(found) > 8:
            return
        if not left:
            if len(chosen) >= 2:
                found.append(list(chosen))
            return
        if len(chosen) >= limit:
            return
        first = min(left)
        for c in cands:
            if min(c.months) == first and c.months <= left:
                chosen.append(c)
                go(left - c.months, chosen)
                chosen.pop()

    go(total.months, [])
    return found


def _judge(total: Piece, parts: list[Piece], ambiguous: bool, other: Quantity | None = None) -> Verdict:
    t = total.q
    parts = sorted(parts, key=lambda p: min(p.months))
    iv = arith.add((p.q.lo, p.q.hi) for p in parts)
    computed = sum(p.q.value for p in parts)
    evidence = (*(Evidence("part", p.q) for p in parts), Evidence("total", t))
    named = " + ".join(f"{p.q.text.strip()} ({p.label})" for p in parts)
    arithmetic = " + ".join(figure(p.q) for p in parts) + f" = {amount(computed, parts[0].q)}"
    head = f"{named} = {format_number(computed)} for {total.label}"
    if arith.overlaps(iv, (t.lo, t.hi)):
        return verdict(
            RULE,
            Status.CONSISTENT,
            t,
            f"{head}; the article says {t.text.strip()}",
            evidence,
            computed=computed,
            arithmetic=arithmetic,
        )
    if ambiguous:
        return verdict(
            RULE,
            Status.UNVERIFIABLE,
            t,
            f"{head}, not {t.text.strip()}; but the periods can be combined in other ways",
            evidence,
            computed=computed,
            arithmetic=arithmetic,
        )
    biggest = max(p.q.value for p in parts)
    # a total below one of its parts is a typo only when the figures sit together
    near = all(abs(p.rec.sentence - total.rec.sentence) <= 2 for p in parts)
    if (t.value < biggest and not near) or not (0.1 if near else 0.2) <= computed / t.value <= (10 if near else 5):
        return verdict(
            RULE,
            Status.UNVERIFIABLE,
            t,
            f"{head}, not {t.text.strip()}; the figures are too far apart to be one period's parts",
            evidence,
            computed=computed,
            arithmetic=arithmetic,
        )
    if other is not None:
        return verdict(
            RULE,
            Status.UNVERIFIABLE,
            t,
            f"{head}, not {t.text.strip()}; but the article's {other.text.strip()} matches the sum,"
            " so these figures may belong to another total",
            evidence,
            computed=computed,
            arithmetic=arithmetic,
        )
    return verdict(
        RULE,
        Status.INCONSISTENT,
        t,
        f"{head}, but the article says {t.text.strip()}; it should read {format_number(computed)}"
        " (or one of the period figures is wrong)",
        evidence,
        computed=computed,
        arithmetic=arithmetic,
    )


def check(r: Reading) -> Iterator[Verdict]:
    ps = r.pieces
    seen: set[int] = set()
    by_sentence: dict[int, list[Piece]] = {}
    for p in ps:
        by_sentence.setdefault(p.rec.sentence, []).append(p)
    totals_at: dict[frozenset[int], list[Piece]] = {}
    anonymous = not any(rec.names for rec in r.attribution.records)
    for p in ps:
        if len(p.months) >= 2:
            totals_at.setdefault(p.months, []).append(p)
    for total in ps:
        if len(total.months) < 2 or total.q.start in seen:
            continue
        ts = total.rec.sentence
        window = [p for i in range(ts - _WINDOW, ts + _WINDOW + 1) for p in by_sentence.get(i, ())]
        cands = [
            p
            for p in window
            if p.months < total.months
            and _same_thing(p, total, anonymous)
            # "In January, 327 units were exported, giving a total for the first two months of 832":
            # a part said with a total of its own belongs to it, not to another total of those months
            # (a copy of this total, as like it as a typo, is the same total)
            and not (p.rec.sentence != ts and _other_total_with(p, total, totals_at))
        ]
        # one value per period: of two different figures for the same months keep the one stated
        # nearest the total; if they are equally near the pairing is unsafe
        by_months: dict[frozenset[int], list[Piece]] = {}
        for c in cands:
            by_months.setdefault(c.months, []).append(c)
        kept = []
        for group in by_months.values():
            dist = min(abs(c.rec.sentence - total.rec.sentence) for c in group)
            nearest = [c for c in group if abs(c.rec.sentence - total.rec.sentence) == dist]
            if len({c.q.value for c in nearest}) == 1:
                kept.append(nearest[0])
        cands = kept
        uniq: dict[tuple[frozenset[int], float], Piece] = {}
        for c in cands:
            uniq.setdefault((c.months, c.q.value), c)
        parts_sets = [
            ps_
            for ps_ in _partitions(total, list(uniq.values()))
            # a tag of the total ("BEV") must be carried by at least one of its parts
            if all(any(p.rec.tags.get(k) == v for p in ps_) for k, v in total.rec.tags.items())
        ]
        if not parts_sets:
            continue
        sums = {round(sum(p.q.value for p in s), 6) for s in parts_sets}
        # prefer the split into the fewest figures (quarters over months)
        best = min(parts_sets, key=len)
        seen.add(total.q.start)
        iv = arith.add((p.q.lo, p.q.hi) for p in best)
        other = next(
            (
                q
                for i in range(ts - _WINDOW, ts + _WINDOW + 1)
                for q in r.attribution.quantities_in(i)
                if q is not total.q
                and q.exact
                and q.unit in (None, "count")
                and arith.overlaps(iv, (q.lo, q.hi))
                and not any(q is p.q for p in best)
            ),
            None,
        )
        yield _judge(total, best, ambiguous=len(sums) > 1, other=other)
    yield from _guided_year(r)
    yield from _tied(r, seen)


def _tied(r: Reading, seen: set[int]) -> Iterator[Verdict]:
    """Figures of one period each, that their own sentence adds up ("1,020 in March, 1,150 in
    April and 1,300 in May, for a quarterly total of 3,470"; "A in April and B in May, bringing
    the total to T"). Nothing but the sentence's list ties them, so a total that does not match
    is a slip only when a slip of a digit explains it."""
    for tl in tied_lists(r.attribution):
        t = tl.total
        if not tl.by_period or t.start in seen:
            continue
        iv = arith.add((p.lo, p.hi) for p in tl.parts)
        computed = sum(p.value for p in tl.parts)
        evidence = (*(Evidence("part", p) for p in tl.parts), Evidence("total", t))
        arithmetic = " + ".join(figure(p) for p in tl.parts) + f" = {amount(computed, tl.parts[0])}"
        head = " + ".join(p.text.strip() for p in tl.parts) + f" = {format_number(computed)}"
        if arith.overlaps(iv, (t.lo, t.hi)):
            status, message, extra = Status.CONSISTENT, f"{head}; the article says {t.text.strip()}", {}
        else:
            status = Status.INCONSISTENT
            message = (
                f"{head}, but the article says {t.text.strip()}; it should read {format_number(computed)}"
                " (or one of the period figures is wrong)"
            )
            extra = {"pairing": "weak"}
        yield verdict(RULE, status, t, message, evidence, computed=computed, arithmetic=arithmetic, **extra)


def _other_total_with(part: Piece, total: Piece, totals_at: dict[frozenset[int], list[Piece]]) -> bool:
    """Another total of the same months, not a copy of ``total``, stated in ``part``'s sentence."""
    return any(
        o.rec.sentence == part.rec.sentence and o.q.value and not 0.8 <= total.q.value / o.q.value <= 1.25
        for o in totals_at.get(total.months, ())
    )


def _guided_year(r: Reading) -> Iterator[Verdict]:
    """ "full-year deliveries somewhere between 442,641 and 448,641": year-to-date plus
    the last month a quarterly guidance implies."""
    doc = r.doc
    for g in r.guidance:
        if g.months_before is None or g.last_month != 12:
            continue
        ytd = [
            p
            for p in r.pieces
            if p.months == frozenset(range(1, 12))
            and same_company(p.rec.names, g.names)
            and metric_compatible(p.rec.metric, g.metric)
        ]
        if len({p.q.value for p in ytd}) != 1:
            continue
        y = ytd[0].q
        for m in _YEAR_RANGE.finditer(doc.norm):
            lo_q = next((q for q in doc.quantities if q.start == m.start("lo")), None)
            hi_q = next((q for q in doc.quantities if q.start == m.start("hi")), None)
            if lo_q is None or hi_q is None:
                continue
            for stated, bound in ((lo_q, g.low), (hi_q, g.high)):
                if bound is None:
                    continue
                implied = (bound.value - g.before_hi, bound.value - g.before_lo)  # guidance is exact
                iv = (y.lo + implied[0], y.hi + implied[1])
                computed = y.value + bound.value - g.before_value
                ev = (
                    Evidence("part", y),
                    Evidence("part", bound),
                    *(Evidence("minus", q) for q in g.months_before),
                    Evidence("total", stated),
                )
                arithmetic = (
                    f"{format_number(y.value)} + ({format_number(bound.value)} - "
                    + " - ".join(format_number(q.value) for q in g.months_before)
                    + f") = {format_number(computed)}"
                )
                head = (
                    f"year-to-date {y.text.strip()} + the December figure the guidance of {bound.text.strip()} implies "
                    f"({format_number(bound.value - g.before_value)}) = {format_number(computed)}"
                )
                if arith.overlaps(iv, (stated.lo, stated.hi)):
                    yield verdict(
                        RULE,
                        Status.CONSISTENT,
                        stated,
                        f"{head}; the article says {stated.text.strip()}",
                        ev,
                        computed=computed,
                        arithmetic=arithmetic,
                    )
                else:
                    yield verdict(
                        RULE,
                        Status.INCONSISTENT,
                        stated,
                        f"{head}, but the article says {stated.text.strip()}; it should read {format_number(computed)}",
                        ev,
                        computed=computed,
                        arithmetic=arithmetic,
                    )


_YEAR_RANGE = re.compile(
    r"\b(?:annual|full[- ]year|this\s+year's|for\s+the\s+(?:full\s+)?year)\b[^.;\d]{0,60}?"
    r"\b(?:between|of|from)\s+(?P<lo>\d[\d,]*)\s+(?:and|to|-)\s+(?P<hi>\d[\d,]*)",
    re.IGNORECASE,
)


RULE = Rule(code="FC104", name="cumulative", type="cumulative", check=check, doc=__doc__ or "")
