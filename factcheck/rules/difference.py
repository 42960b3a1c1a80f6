"""A stated difference must equal the gap between the two figures it compares.

*What it checks*: absolute differences in units: "1,800 more than in April"
(the April figure stated elsewhere), "down 727 units from 7,000", "a gap of
1,200 units" between two figures of one sentence, vague gaps ("a few hundred
units fewer than in February (8,652)", read as 100-999), and the arithmetic of
quarterly guidance: "guided third-quarter deliveries between 115,000 and
122,000, so at least 39,402 in September" is 115,000 minus the July and
August figures. The direction must match too ("more" with
a computed shortfall is wrong). The second figure must measure the same thing
for the same company; a named period with no figure, or with two different
figures, is reported unverifiable.

*Why it matters*: differences are computed by hand in the newsroom, and a
wrong one is as visible as a wrong total.

*Inconsistent*: "It delivered 36,905 vehicles in August, 1,878 fewer than
July's 38,693." (38,693 - 36,905 = 1,788)

*Consistent*: "It delivered 36,905 vehicles in August, 1,788 fewer than
July's 38,693."
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck import arith
from factcheck.attribution import (
    MONTHS,
    Attribution,
    Record,
    metric_compatible,
    month_index,
    same_company,
)
from factcheck.lexicon import FALL, RISE
from factcheck.model import Evidence, Quantity, Status, Verdict
from factcheck.numbers import amount, figure, format_number
from factcheck.reading import Reading
from factcheck.rules.base import Rule, judged, verdict
from factcheck.timeline import NUMBER, Guidance

_MONTH_ALT = "|".join(MONTHS)

_MORE_LESS = re.compile(
    r"^\s*(?:(?:units|vehicles|cars|deliveries|sales|registrations|more\s+units)\s+)?(?P<dir>more|fewer|less|higher|lower)\s+than\b",
    re.IGNORECASE,
)
_CHANGE_BEFORE = re.compile(
    rf"\b(?:(?P<up>up|{RISE}|added|an\s+increase\s+of|a\s+rise\s+of|a\s+gain\s+of)|"
    rf"(?P<down>down|{FALL}|lost|a\s+decrease\s+of|a\s+drop\s+of|a\s+decline\s+of)|"
    r"(?P<gap>a\s+(?:gap|difference|shortfall)\s+of|short\s+by|falls?\s+short\s+by))\s+(?:by\s+|of\s+)?$",
    re.IGNORECASE,
)
_VAGUE = re.compile(
    r"\b(?P<amount>(?:just\s+)?(?:a\s+few|several|a\s+couple\s+of)\s+(?P<unit>hundred|thousand))\s+"
    r"(?:units|vehicles|cars|deliveries)?\s*(?P<dir>more|fewer|less)\s+than\b",
    re.IGNORECASE,
)


def _guidance_claims(rd: Reading) -> Iterator[Verdict]:
    att = rd.attribution
    doc = att.doc
    for g in rd.guidance:
        if not g.months_before:
            continue
        month = MONTHS[g.last_month - 1]
        skip = {g.low.start if g.low else -1, g.high.start if g.high else -1}
        for idx in range(g.sentence, min(len(doc.sentences), g.sentence + 3)):
            sent = doc.sentences[idx]
            if not re.search(rf"\b{month}\b", sent.text, re.IGNORECASE):
                continue
            qs = [
                q
                for q in att.quantities_in(idx)
                if q.start not in skip
                and q.unit in (None, "count")
                and q.value > 0
                and not any(q is b for b in g.months_before)
            ]
            # "between 20,326 and 22,326" pairs with the low and high guidance
            pairs: list[tuple[Quantity, Quantity | None, str]] = []
            for rng in re.finditer(rf"(?P<lo>{NUMBER})\s+(?:and|to|-)\s+(?P<hi>{NUMBER})", sent.text):
                a = next((q for q in qs if q.start == sent.start + rng.start("lo")), None)
                b = next((q for q in qs if q.start == sent.start + rng.start("hi")), None)
                if a is not None and b is not None:
                    pairs = [(a, g.low, "low"), (b, g.high, "high")]
                    break
            if not pairs:
                for q in qs:
                    if q.hedge == "atleast" or q.hedge == "more":
                        pairs.append((q, g.low, "low"))
                    elif q.hedge == "less":
                        pairs.append((q, g.high, "high"))
            for stated, bound, _ in pairs:
                if bound is None:
                    continue
                yield _guidance_verdict(g, stated, bound)
            if pairs:
                break


def _guidance_verdict(g: Guidance, stated: Quantity, bound: Quantity) -> Verdict:
    assert g.months_before
    computed = bound.value - g.before_value
    # a guidance bound is a definition, exact as written ("61,000 to 63,000"), not a rounded count
    iv = (bound.value - g.before_hi, bound.value - g.before_lo)
    ev = (Evidence("a", bound), *(Evidence("b", q) for q in g.months_before))
    arithmetic = f"{figure(bound)} - " + " - ".join(figure(q) for q in g.months_before)
    arithmetic += f" = {amount(computed, bound)}"
    head = (
        f"the guidance of {bound.text.strip()} for the quarter minus "
        + " and ".join(q.text.strip() for q in g.months_before)
        + f" already delivered leaves {format_number(computed)} for {MONTHS[g.last_month - 1].title()}"
    )
    return judged(
        RULE,
        arith.overlaps(iv, (stated.lo, stated.hi)),
        stated,
        f"{head}; the article says {stated.text.strip()}",
        f"{head}, but the article says {stated.text.strip()}; it should read {format_number(computed)}",
        ev,
        computed=computed,
        arithmetic=arithmetic,
    )


@dataclass
class Gap:
    stated: Quantity
    sign: int  # +1: a is larger ("more", "up"), -1: smaller, 0: either ("a gap of")
    a: Quantity | None = None
    b: Quantity | None = None
    note: str = ""


def _record_before(att: Attribution, q: Quantity) -> Record | None:
    recs = [r for r in att.records_in(q.sentence) if r.head.end <= q.start and r.head is not q]
    return recs[-1] if recs else None


def _context_names(att: Attribution, sentence: int) -> frozenset[str]:
    """The company a sentence with no name of its own is about: the nearest one named before."""
    return att.context_company(sentence)


def _period_figure(
    rd: Reading, rec: Record | None, month: str, exclude: Quantity, names: frozenset[str] = frozenset()
) -> Quantity | None:
    idx = MONTHS.index(month) + 1
    names = rec.names if rec else names
    vals: dict[float, Quantity] = {}
    for p in rd.pieces_by_month.get(idx, ()):
        if p.q is exclude:
            continue
        if rec is not None and (p.rec.tags != rec.tags or not metric_compatible(p.rec.metric, rec.metric)):
            continue
        if not same_company(p.rec.names, names) or (names and not p.rec.names and rec is None):
            continue
        vals[p.q.value] = p.q
    return next(iter(vals.values())) if len(vals) == 1 else None


_PREVIOUS_MONTH = re.compile(
    r"^\s*(?:in\s+)?(?:the\s+)?(?:previous|prior|preceding)\s+month\b|^\s*(?:a|the)\s+month\s+(?:earlier|ago|before)\b",
    re.IGNORECASE,
)


def _second_figure(rd: Reading, q: Quantity, than_end: int, rec: Record | None) -> tuple[Quantity | None, str]:
    """The figure after "than": stated right there, in parentheses after a period, or elsewhere for that period."""
    att = rd.attribution
    doc = att.doc
    sent = doc.sentences[q.sentence]
    rest = doc.norm[than_end : sent.end]
    later = [r for r in att.quantities_in(q.sentence) if r.start >= than_end and r.unit in (None, "count")]
    pm = re.match(
        rf"^\s*(?:in\s+|during\s+)?(?:the\s+)?(?:[a-z]+\s+){{0,2}}(?P<m>{_MONTH_ALT})(?:'s)?\b", rest, re.IGNORECASE
    )
    if later:
        first = later[0]
        gap = doc.norm[than_end : first.start]
        # the figure right after "than" ("than in the record November (10,878)"), not one after a new clause
        if re.fullmatch(r"[^\d.;,]{0,50}|[^\d.;]{0,40}\(\s*", gap) and not re.search(r"\b(?:but|and|while)\b", gap):
            return first, "stated"
    if pm and rec is not None:
        return _period_figure(rd, rec, pm.group("m").lower(), q), f"no single {pm.group('m').title()} figure is stated"
    # "than the previous month", "than a year earlier": the baseline the article gave for the figure
    if rec is not None:
        if _PREVIOUS_MONTH.match(rest):
            stated = rec.baselines.get("prev")
            if stated is not None:
                return stated, ""
            # "12,345 in June, 1,200 more than the month before": May's figure, stated elsewhere
            months = [i for p in rec.periods if (i := month_index(p)) is not None]
            if len(months) == 1 and months[0] > 1:
                prior = MONTHS[months[0] - 2]
                return _period_figure(rd, rec, prior, q), f"no single {prior.title()} figure is stated"
            return None, "no previous-month figure is stated"
        if re.match(
            r"^\s*(?:a\s+year\s+(?:earlier|ago|before)|(?:in\s+)?the\s+same\s+(?:month|period)\s+(?:of\s+)?last\s+year)",
            rest,
            re.I,
        ):
            return rec.baselines.get("yoy"), "no year-ago figure is stated"
    return None, "no figure for the compared period"


def find(rd: Reading) -> list[Gap]:
    att = rd.attribution
    doc = att.doc
    text = doc.norm
    out: list[Gap] = []
    for sent in doc.sentences:
        for q in att.quantities_in(sent.index):
            if q.unit not in (None, "count") or q.value <= 0 or q.hedge in ("more", "less"):
                continue
            after = text[q.end : min(sent.end, q.end + 40)]
            before = text[max(sent.start, q.start - 40) : q.start]
            mm = _MORE_LESS.match(after)
            if mm:
                sign = 1 if mm.group("dir").lower() in ("more", "higher") else -1
                g = Gap(q, sign)
                rec = _record_before(att, q)
                if rec is None and re.match(r"\s*(?:that|this|it)\b", sent.text, re.I) and sent.index:
                    # "That was 4,451 fewer than the previous month": the figure of the sentence before
                    prev = att.records_in(sent.index - 1)
                    if prev and doc.sentences[sent.index - 1].paragraph == sent.paragraph:
                        rec = prev[0]
                if rec is None:
                    # "The November figure was 1,428 fewer than in October"
                    sm = re.search(rf"\b(?P<m>{_MONTH_ALT})\b", text[sent.start : q.start], re.I)
                    first = (
                        _period_figure(rd, None, sm.group("m").lower(), q, _context_names(att, sent.index))
                        if sm
                        else None
                    )
                    if first is None:
                        continue
                    g.a = first
                    rec = (
                        next((r for r in att.records if r.head is first), None)
                        or att.base_of.get(first.start, (None,))[0]
                    )
                    g.b, g.note = _second_figure(rd, q, q.end + mm.end(), rec)
                    out.append(g)
                    continue
                if rec.head.unit not in (None, "count"):
                    continue
                g.a = rec.head
                g.b, g.note = _second_figure(rd, q, q.end + mm.end(), rec)
                out.append(g)
                continue
            cm = _CHANGE_BEFORE.search(before)
            if cm and q.unit == "count" and q.noun in ("units", "vehicles", "cars", "unit", "vehicle"):
                sign = 1 if cm.group("up") else -1 if cm.group("down") else 0
                g = Gap(q, sign)
                rec = _record_before(att, q)
                fm = re.match(
                    r"^[^\d.;]{0,30}?\b(?:from|compared\s+(?:with|to)|versus)\s+", text[q.end : sent.end], re.I
                )
                tm = re.match(r"^[^\d.;]{0,30}?\bto\s+", text[q.end : sent.end], re.I)
                later = [r for r in att.quantities_in(sent.index) if r.start > q.end and r.unit in (None, "count")]
                if fm and later:
                    g.b = later[0]
                    tm2 = re.match(r"^[^\d.;]{0,30}?\bto\s+", text[g.b.end : sent.end], re.I)
                    if tm2 and len(later) > 1:
                        g.a = later[1]
                    elif rec is not None:
                        g.a = rec.head
                elif fm and rec is not None:
                    # "up 1,500 units from September": the September figure stated elsewhere
                    pm = re.match(rf"^\s*(?:the\s+)?(?P<m>{_MONTH_ALT})\b", text[q.end + fm.end() : sent.end], re.I)
                    if pm:
                        g.a = rec.head
                        g.b = _period_figure(rd, rec, pm.group("m").lower(), rec.head)
                        if g.b is None:
                            g.note = f"the article gives no single {pm.group('m').title()} figure"
                            out.append(g)
                            continue
                elif tm and later and sign == 0:
                    continue
                elif sign == 0:
                    levels = [
                        r for r in att.quantities_in(sent.index) if r is not q and r.unit in (None, "count") and r.exact
                    ]
                    if len(levels) == 2:
                        g.a, g.b = levels
                if g.a is not None and g.b is not None:
                    out.append(g)
    # vague gaps: "only a few hundred units fewer than in its best-ever February (8,652)"
    for m in _VAGUE.finditer(text):
        sent_idx = next((s.index for s in doc.sentences if s.start <= m.start() < s.end), None)
        if sent_idx is None:
            continue
        unit = 100.0 if m.group("unit").lower() == "hundred" else 1000.0
        start = m.start("amount")
        stated = Quantity(
            text=doc.text[start : m.end()],
            value=3 * unit,
            unit="count",
            start=start,
            end=m.end(),
            lo=unit,
            hi=10 * unit - 1,
            hedge="about",
            sentence=sent_idx,
        )
        g = Gap(stated, 1 if m.group("dir").lower() == "more" else -1)
        rec = _record_before(att, stated)
        if rec is None:
            continue
        g.a = rec.head
        g.b, g.note = _second_figure(rd, stated, m.end(), rec)
        out.append(g)
    return out


def judge(g: Gap) -> Verdict | None:
    s = g.stated
    shown = s.text.strip()
    if g.a is None:
        return None
    if g.b is None:
        return verdict(
            RULE,
            Status.UNVERIFIABLE,
            s,
            f"{shown}: {g.note or 'the compared figure is not stated'}",
            (Evidence("a", g.a),),
        )
    a, b = g.a, g.b
    ev = (Evidence("a", a), Evidence("b", b))
    computed = a.value - b.value
    iv = arith.sub((a.lo, a.hi), (b.lo, b.hi))
    want = s.directed(g.sign or (1 if computed >= 0 else -1))
    arithmetic = f"{figure(a)} - {figure(b)} = {amount(computed, a)}"
    head = f"{a.text.strip()} - {b.text.strip()} = {format_number(computed)}"
    ratio = max(a.value, b.value) / max(1.0, min(a.value, b.value))
    if ratio > 20:
        return verdict(
            RULE,
            Status.UNVERIFIABLE,
            s,
            f"{shown}: {a.text.strip()} and {b.text.strip()} are too far apart to be the figures compared",
            ev,
        )
    if arith.overlaps(iv, want):
        return verdict(
            RULE,
            Status.CONSISTENT,
            s,
            f"{head}; the article says {shown}",
            ev,
            computed=abs(computed),
            arithmetic=arithmetic,
            stated_value=s.value,
        )
    if g.sign and (computed > 0) != (g.sign > 0) and arith.overlaps(iv, (-want[1], -want[0])):
        msg = f"{head}: {'more' if computed > 0 else 'fewer'}, but the article says the opposite ({shown})"
    else:
        right = format_number(abs(computed)) if math.isfinite(computed) else "?"
        msg = f"{head}, not {shown}; it should read {right}"
    return verdict(
        RULE, Status.INCONSISTENT, s, msg, ev, computed=abs(computed), arithmetic=arithmetic, stated_value=s.value
    )


def check(rd: Reading) -> Iterator[Verdict]:
    for g in find(rd):
        v = judge(g)
        if v is not None:
            yield v
    yield from _guidance_claims(rd)


RULE = Rule(code="FC105", name="difference", type="difference", check=check, doc=__doc__ or "")
