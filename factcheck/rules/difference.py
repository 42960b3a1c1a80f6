"""A stated difference must equal the gap between the two figures it compares.

*What it checks*: absolute differences in units: "1,800 more than in April"
(the April figure stated elsewhere), "down 727 units from 7,000", "a gap of
1,200 units", "the gap between the two was 6,640 units" or "exports
exceeded imports by 12,380 units, with 15,920 shipped and 3,540 brought in",
"trailing Lumea's 5,300 by 1,200" or "900 ahead of Sorell's 6,900" between two
figures of one sentence, the amount of a change after the two levels its sentence compares
("41,200 cars compared to 38,900 a year earlier, an increase of 2,300 cars", "..., marking a
decrease of 3,170 vehicles", "rose from 2,680 to 2,760, with an increase of 80 vehicles"),
"14,160 fewer than Dunmore" against the one level of the same metric and period stated for that rival, money that
moved by an amount ("net loss narrowed by CNY 412 million to CNY 1.37 billion
from CNY 1.78 billion"), vague gaps ("a few hundred
units fewer than in February (8,652)", read as 100-999), and the arithmetic of
quarterly guidance: "guided third-quarter deliveries between 115,000 and
122,000, so at least 39,402 in September" is 115,000 minus the July and
August figures; a level said to beat or miss a forecast by an amount ("exceeded consensus
estimates by more than 7,000 units. Analysts had projected 89,600") is the level less the
forecast stated in its sentence or the next one of its paragraph. The direction must match too ("more" with
a computed shortfall is wrong). The second figure must measure the same thing
for the same company; a named period with no figure, or with two different
figures, is reported unverifiable. Two forms read across sentences: the gap
to a target or a milestone ("the number remaining until cumulative sales of 50
million is 1.38 million", "70,000 units short of the 2 million mark", "needs
another 87,600 to hit it") is the target minus the one level reached so far
(cumulative, to date, through a month) of the same company and metric, and an
average of that gap over the months named ("in November and December. That is
about 20,700 a month") is checked too; and a hedged gap governed by a change
word ("This represents a decrease of over 1,100 units compared to April, when
6,200 were sold") against the one level of the sentence before. A month of another year ("fewer
than in August 2018") needs that year's figure, and a gap that holds only because an open hedge
("less than 82,000") lets a figure be far from what is written gets no tick. The amount after two
levels a rate compares is their difference ("29,107 vehicles, up 25 percent from 23,315 units
...—an increase of 5,792 vehicles"). A figure in brackets after a dated period is the one compared
with ("73,050 more than in 2024's first half (339,550)"), a rate set off by dashes after the amount
is skipped ("up 310 units – or 0.61% – from June's 50,838"), a gap to a class of vehicles ("270
units fewer than EVs") is measured from the one level of that powertrain in the sentences around
it, and a bare decimal ("35.7 less than") is a rate missing its sign, never a count of vehicles.

*Why it matters*: differences are computed by hand in the newsroom, and a
wrong one is as visible as a wrong total.

*Inconsistent*: "It delivered 36,905 vehicles in August, 1,878 fewer than
July's 38,693." (38,693 - 36,905 = 1,788)

*Consistent*: "It delivered 36,905 vehicles in August, 1,788 fewer than
July's 38,693."
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from factcheck import arith
from factcheck import frames as fr
from factcheck.attribution import (
    MONTHS,
    Attribution,
    Record,
    metric_compatible,
    period_of,
    same_company,
    same_period,
)
from factcheck.context import blank_dates, compatible
from factcheck.lexicon import (
    CHANGE_ADJECTIVE,
    FALL,
    FALL_NOUNS,
    FALL_PARTICIPLES,
    PROJECTION,
    RISE,
    RISE_NOUNS,
    RISE_PARTICIPLES,
    SAME_SPAN_YEAR_BACK,
    alt,
)
from factcheck.model import Evidence, Quantity, Status, Verdict
from factcheck.numbers import amount, figure, format_number
from factcheck.periods import month_index
from factcheck.reading import Reading
from factcheck.rules.base import Rule, judged, verdict
from factcheck.timeline import NUMBER, Guidance
from factcheck.totals import YEAR

_MONTH_ALT = "|".join(MONTHS)

_MORE_LESS = re.compile(
    r"^\s*(?:(?:units|vehicles|cars|deliveries|sales|registrations|more\s+units)\s+)?"
    r"(?:(?P<dir>more|fewer|less|higher|lower|larger|bigger|greater|smaller)\s+than\b|"
    # "put it 900 ahead of Sorell's 6,900", "1,200 behind the 5,300 of Lumea" (not a plan or a schedule)
    r"(?P<dir2>ahead\s+of|behind)\b(?!\s+(?:the\s+)?(?:schedule|plan|target|forecast|expectations)))",
    re.IGNORECASE,
)
_CHANGE_BEFORE = re.compile(
    rf"\b(?:(?P<up>up|{RISE}|{alt(RISE_PARTICIPLES)}|added|an?\s+{CHANGE_ADJECTIVE}{alt(RISE_NOUNS)}\s+of)|"
    rf"(?P<down>down|{FALL}|{alt(FALL_PARTICIPLES)}|lost|an?\s+{CHANGE_ADJECTIVE}{alt(FALL_NOUNS)}\s+of)|"
    r"(?P<gap>a\s+(?:gap|difference|shortfall)\s+of|short\s+by|falls?\s+short\s+by|"
    # "the gap between the two was", "exports exceeded imports by", "outsold its rival by"
    r"the\s+(?:gap|difference)\s+between\s+(?:the\s+two|them|both)(?:\s+\w+){0,2}?\s+(?:was|is|stood\s+at|came\s+to|of)|"
    r"(?:exceeded|outnumbered|outsold|outstripped)\s+(?:[\w'’]+\s+){0,3}?by|"
    # "exceeded imports of 31,500 by", "trailing Lumea's 5,300 by", "beat the 4,000 of May by": the
    # other level named between the verb and "by"
    r"(?:exceed(?:ed|ing|s)?|outnumber(?:ed|ing|s)?|outs(?:old|elling|ells)|outstrip(?:ped|ping|s)?|"
    r"trail(?:ed|ing|s)?|lag(?:ged|ging|s)?|beat(?:ing|s)?|top(?:ped|ping|s)?)"
    r"\s+(?:[\w'’]+\s+){1,3}?[\d,.]+\s+(?:[a-z]+\s+)?by))\s+(?:by\s+|of\s+)?$",
    re.IGNORECASE,
)
# "the gap between Tessin's 14,200 and Zentro's 11,900 was", "the difference between the 8,100 sold
# in May and the 6,900 of April is": both figures inside the phrase
_GAP_BETWEEN = re.compile(
    r"\bthe\s++(?:gap|difference)\s++between\b[^.;:%]{0,100}?\s(?:was|is|stood\s+at|came\s+to|amounted\s+to)\s++$",
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
        rf"^\s*(?:in\s+|during\s+)?(?:the\s+)?(?:[a-z]+\s+){{0,2}}(?P<m>{_MONTH_ALT})(?:'s)?\b"
        r"(?P<y>\s*+,?\s*+(?:19|20)\d\d\b|\s++(?:of\s+)?(?:last|the\s+previous)\s+year\b)?",
        rest,
        re.IGNORECASE,
    )
    if later:
        first = later[0]
        # (a year of the period said is no figure: "than in 2024's first half (339,550)")
        gap = blank_dates(doc.norm, than_end, first.start)
        # the figure right after "than" ("than in the record November (10,878)"), not one after a new clause
        if (
            re.fullmatch(r"[^\d.;,]{0,50}|[^\d.;]{0,40}\(\s*", gap) and not re.search(r"\b(?:but|and|while)\b", gap)
        ) or _RIVAL_CLAUSE.fullmatch(gap):
            return first, "stated"
    if pm and pm.group("y"):
        # "fewer than in August 2018": a month of another year, not the month the article reports
        return None, f"no {pm.group('m').title()}{pm.group('y').rstrip()} figure is stated"
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
            rf"^\s*(?:a\s+year\s+(?:earlier|ago|before)|(?:in\s+)?the\s+{SAME_SPAN_YEAR_BACK})",
            rest,
            re.I,
        ):
            return rec.baselines.get("yoy"), "no year-ago figure is stated"
    cm = _CLASS_THAN.match(rest)
    if cm and rec is not None and (pt := _class_of(fr.powertrain_in(cm.group()))) is not None:
        # "2,870 petrol cars were brought in, only 270 units fewer than EVs": the one level of that
        # powertrain in the sentences around, of the same period, no baseline
        def powertrain(r: Record) -> str | None:
            # (the frame reads the words before a figure, the record's tags those after it as well)
            said = rd.frames.frame(r.head.start, r.head.end).powertrain or r.tags.get("powertrain")
            return _class_of(said.lower() if said else None)

        if powertrain(rec) != pt:
            when = period_of(att, rec)
            found = {
                r.head.value: r.head
                for r in att.records_between(q.sentence - 2, q.sentence + 1)
                if r is not rec
                and r.head.start not in att.base_of
                and r.head.exact
                and compatible(r.head, rec.head)
                and powertrain(r) == pt
                and same_period(period_of(att, r), when)
            }
            if len(found) == 1:
                return next(iter(found.values())), ""
            return None, f"no single figure for {cm.group().strip()}"
    nm = _RIVAL.match(rest)
    if nm and rec is not None and rec.metric is not None:
        # "Rival Faro delivered 31,050 vehicles, 14,160 fewer than Dunmore": the named company's one
        # level of the same metric, tags and period, stated anywhere in the article
        name = nm.group("n").lower()
        when = period_of(att, rec)
        found = {
            r.head.value: r.head
            for r in att.records
            if r.names == {name}
            and r is not rec
            and r.metric == rec.metric
            and r.tags == rec.tags
            and r.periods
            and when
            and r.periods & when
            and r.head.start not in att.base_of
        }
        if any(name in r.names for r in att.records):
            return (next(iter(found.values())), "") if len(found) == 1 else (None, f"no single figure of {nm['n']}")
    return None, "no figure for the compared period"


_BARE_DECIMAL = re.compile(r"\d{1,3}+\.\d{1,2}+")


def _class_of(powertrain: str | None) -> str | None:
    """A powertrain as a gap names its class: "EVs" are the battery cars counted before."""
    return "ev" if powertrain == "bev" else powertrain


# "fewer than EVs", "more than the plug-in hybrids": a class of vehicles after "than", its clause ending
_CLASS_THAN = re.compile(
    r"\s{0,3}+(?:the\s{1,3}+)?[A-Za-z-]{1,25}+(?:\s{1,3}+[A-Za-z-]{1,25}+){0,2}+(?=\s{0,3}+(?:[,.;)]|$))"
)
# "more than Kessel, which delivered", "fewer than rival Orla, who sold": the rival's own level in a
# relative clause right after its name
_RIVAL_CLAUSE = re.compile(
    # (a name starts a word: a search would otherwise rescan a long capitalised run from every letter)
    r"\s{0,3}+(?:(?:its|their)\s++)?(?:rivals?\s++|competitors?\s++)?(?<![\w&-])[A-Z][\w&-]*+(?:\s++[A-Z][\w&-]*+)?"
    r"\s{0,3}+,\s{0,3}+(?:which|who)\s++(?:[a-z]++\s++){1,3}?(?:of\s++|a\s++total\s++of\s++)?"
)
# "fewer than Dunmore", "more than its rival Everly": a company named right after "than"
_RIVAL = re.compile(r"\s{0,3}+(?:(?:its|their)\s++)?(?:rivals?\s++|competitors?\s++)?(?P<n>[A-Z][\w&-]++)(?![\w'’])")


# after one gap's second figure, the next gap of the same comparison: "(1,604 vehicles) and "
_NEXT_GAP = re.compile(r"[^\d.;%]{0,25}?(?:,\s{0,3}|\s)(?:and|while|but)\s{1,3}", re.IGNORECASE)
# "compared to April, when 6,200 cars were sold", "from the 6,200 of April", "over the 4,100 of April"
# What cannot stand between "from" and the figure it names: "(up 9,121 units) from the total,
# whereas commercial vehicles made up 5,553" compares with no figure
# "units to reach ", "units to ": from the amount of a change to the level it reached
_TO_LEVEL = re.compile(r"(?<![^\d])[^\d.;]{0,30}?\bto\s+(?:reach\s+|hit\s+)?", re.IGNORECASE)
# from the level reached to the level it left, with any dates blanked out
_THEN_BASE = re.compile(
    r"^[^\d.;]{0,50}?\b(?:from|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+|a\s+total\s+of\s+)?", re.IGNORECASE
)
_OR_RATE = re.compile(
    # (set off by dashes too: "up 310 units – or 0.61% – from 50,838")
    r"(?:\s{1,3}+(?:units?|vehicles?|cars?))?\s{0,3}+[,–—-]?\s{0,3}+or\s++(?:about\s++)?\d[\d.,]*+\s{0,2}+(?:%|per\s?cent)"
    r"\s{0,3}+[,–—-]?",
    re.IGNORECASE,
)
_BASE_GAP = re.compile(r"[,;]|\b(?:whereas|while|but|and)\b|[^\d]{31}", re.IGNORECASE)
_BASE_CUE = re.compile(
    r"[^\d.;]{0,30}?\b(?:from|compared\s+(?:with|to)|versus|vs\.?|over\s+(?=the\s+\d))\s*",
    re.IGNORECASE,
)
# "This represents a decrease of ...", "That was an increase of ...": the figure the sentence before stated
_ANAPHOR = re.compile(r"\s{0,20}(?:this|that|it|which)\b", re.IGNORECASE)


def _anaphor_record(rd: Reading, index: int, opener: re.Pattern[str] = _ANAPHOR) -> Record | None:
    """The level a sentence opening with "This" or "That" (or ``opener``) is about: the one level
    (one value) of the sentence before, in the same paragraph."""
    doc = rd.attribution.doc
    if index == 0 or not opener.match(doc.sentences[index].text):
        return None
    if doc.sentences[index - 1].paragraph != doc.sentences[index].paragraph:
        return None
    recs = [r for r in rd.attribution.records_in(index - 1) if r.head.unit in (None, "count") and r.head.exact]
    if len({r.head.value for r in recs}) == 1:
        return recs[0]
    # "sales dropped from 5,124 cars in November 2023 to 4,196 in November 2024": the level it went to
    text = doc.norm
    tos = [
        b
        for a, b in itertools.pairwise(recs)
        if re.search(r"\bfrom\s+(?:the\s+)?$", text[max(0, a.head.start - 12) : a.head.start])
        and re.fullmatch(r"[^;%()]{0,60}?\bto\s+", text[a.head.end : b.head.start])
        and not any(a.head.end <= q.start < b.head.start for q in rd.attribution.quantities_in(index - 1))
    ]
    return tos[0] if len(tos) == 1 and len(recs) == 2 else None


def _same_metric(rd: Reading, a: Quantity, b: Quantity) -> bool:
    """Two levels that may measure the same thing for the same company, whatever their periods."""
    fa, fb = rd.frames.frame(a.start, a.end), rd.frames.frame(b.start, b.end)
    return not fr.other_metric(fa, fb)


def find(rd: Reading) -> list[Gap]:
    att = rd.attribution
    doc = att.doc
    text = doc.norm
    out: list[Gap] = []
    for sent in doc.sentences:
        for q in att.quantities_in(sent.index):
            if q.unit not in (None, "count") or q.value <= 0:
                continue
            if q.unit is None and q.decimals and _BARE_DECIMAL.fullmatch(q.text.strip()):
                continue  # "101,015 registrations, 35.7 less than": a fraction of a car is a rate, its "%" left out
            after = text[q.end : min(sent.end, q.end + 40)]
            before = text[max(sent.start, q.start - 40) : q.start]
            # a hedged figure is a gap only when a change word governs it ("a decrease of over
            # 1,100 units"); "more than 8,000 more than" is read by its own cue below
            mm = None if q.hedge in ("more", "less") else _MORE_LESS.match(after)
            if mm:
                word = (mm.group("dir") or mm.group("dir2")).lower()
                sign = (
                    1 if word in ("more", "higher", "larger", "bigger", "greater") or word.startswith("ahead") else -1
                )
                g = Gap(q, sign)
                prior = out[-1] if out and out[-1].stated.sentence == sent.index else None
                if (
                    prior is not None
                    and prior.a is not None
                    and prior.b is not None
                    and _NEXT_GAP.fullmatch(text, prior.b.end, q.start)
                ):
                    # "486 more than the ACT (1,604) and 1,305 more than NT (785)": gaps joined by
                    # "and" are measured from one figure, never from the other's second figure
                    g.a = prior.a
                    g.b, g.note = _second_figure(rd, q, q.end + mm.end(), _record_before(att, prior.stated))
                    out.append(g)
                    continue
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
            gm = None if cm else _GAP_BETWEEN.search(text, max(sent.start, q.start - 130), q.start)
            if gm and q.unit == "count" and q.hedge is None:
                # "the gap between Tessin's 14,200 and Zentro's 11,900 was 2,300 units": the two levels
                # the phrase names, in either order
                inside = [r for r in att.quantities_in(sent.index) if gm.start() < r.start and r.end <= q.start]
                if len(inside) == 2 and all(r.unit in (None, "count") and r.exact for r in inside):
                    g = Gap(q, 0)
                    g.a, g.b = inside
                    out.append(g)
                continue
            # a bare gap ("trailing Lumea's 5,300 by 1,200") counts what its two levels count
            if cm and (
                (q.unit == "count" and q.noun in ("units", "vehicles", "cars", "unit", "vehicle"))
                or (q.unit in (None, "count") and q.noun is None and cm.group("gap") and q.exact)
            ):
                sign = 1 if cm.group("up") else -1 if cm.group("down") else 0
                if q.hedge in ("more", "less") and sign == 0:
                    continue
                g = Gap(q, sign)
                rec = _record_before(att, q) or _anaphor_record(rd, sent.index)
                # ("up by 630 units, or 14%, on last year's 4,500": the same
                # change as a rate is no gap before the figure compared with)
                om = _OR_RATE.match(text, q.end, sent.end)
                fm = _BASE_CUE.match(text, om.end() if om else q.end, sent.end)
                tm = re.match(r"^[^\d.;]{0,30}?\bto\s+", text[q.end : sent.end], re.I)
                later = [r for r in att.quantities_in(sent.index) if r.start > q.end and r.unit in (None, "count")]
                if fm and later and not _BASE_GAP.search(text, fm.end(), later[0].start):
                    g.b = later[0]
                    if re.search(rf"\b{PROJECTION}\b", text[q.end : g.b.start], re.I):
                        continue  # "against the guidance of 17,500 units": a plan, not a level
                    tm2 = re.match(r"^[^\d.;]{0,30}?\bto\s+", text[g.b.end : sent.end], re.I)
                    if tm2 and len(later) > 1:
                        g.a = later[1]
                    elif rec is not None:
                        g.a = rec.head
                elif fm and rec is not None:
                    # "up 1,500 units from September": the September figure stated elsewhere
                    pm = re.match(rf"^\s*(?:the\s+)?(?P<m>{_MONTH_ALT})\b", text[fm.end() : sent.end], re.I)
                    if pm:
                        g.a = rec.head
                        g.b = _period_figure(rd, rec, pm.group("m").lower(), rec.head)
                        if g.b is None:
                            if q.hedge is None:  # a hedged gap is a gap only against a figure of its own metric
                                g.note = f"the article gives no single {pm.group('m').title()} figure"
                                out.append(g)
                            continue
                elif tm and later and sign == 0:
                    continue
                elif tm and len(later) > 1 and _TO_LEVEL.fullmatch(text, q.end, later[0].start):
                    # "surging by 11 896 units to reach 37 064 units in July 2023, compared to the
                    # 25 168 units exported in July 2022": the level reached, then the level left
                    between = blank_dates(text, later[0].end, later[1].start)
                    if _THEN_BASE.fullmatch(between):
                        g.a, g.b = later[0], later[1]
                elif sign == 0:
                    levels = [
                        r for r in att.quantities_in(sent.index) if r is not q and r.unit in (None, "count") and r.exact
                    ]
                    if len(levels) == 2:
                        g.a, g.b = levels
                elif (pair := _compared_before(att, sent.index, q)) is not None:
                    # "1,137,750 vehicles at the end of 2024 compared to 1,031,960 in 2022, an increase
                    # of 105,790": the two levels the sentence compared, then how far apart they are
                    g.a, g.b = pair
                if g.a is not None and g.b is not None:
                    if q.hedge and not _same_metric(rd, g.a, g.b):
                        continue
                    out.append(g)
    out.extend(_money_moves(att))
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


# the two levels a sentence compares, then the amount of the change after them
_COMPARED_GAP = re.compile(
    r"^[^\d;%]{0,60}?\b(?:compared\s++(?:to|with)|against|versus|vs\.?|(?:up|down)\s++from|from)\s++(?:the\s++)?$",
    re.IGNORECASE,
)
# (a participle or "with" may govern it: ", marking a decrease of", ", with an increase of")
_THEN_THE_AMOUNT = re.compile(
    r"^[^\d;%]{0,50}?(?:,|[—–]|\s-)\s*+(?:which\s++is\s++|that\s++is\s++|[a-z]{2,20}ing\s++|with\s++)?(?:an?\s++)?"
    r"[a-z]++\s++of\s*+$",
    re.I,
)


# "climbed from 1,240 to 1,310, with an increase of 70": the baseline first
def _undated(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with its dates and bare years blanked ("in the first half of 2024, marking")."""
    return YEAR.sub(lambda m: " " * len(m.group()), blank_dates(text, start, end))


_FROM_BEFORE = re.compile(r"\bfrom\s++(?:the\s++)?$", re.IGNORECASE)
_TO_BETWEEN = re.compile(r"^\s{0,20}+(?:units\s++|vehicles\s++|cars\s++)?to\s++$", re.IGNORECASE)
# the rate of the change said between the two levels ("29,107, up 25 percent from 23,315")
_RATE_WORDS = re.compile(r"(?<![\d,.])\d{1,4}+(?:\.\d{1,3}+)?\s{0,2}+(?:%|per\s?cent\b|percent\b)", re.I)


def _compared_before(att: Attribution, index: int, q: Quantity) -> tuple[Quantity, Quantity] | None:
    """(current, baseline): the last two levels before ``q`` in its sentence, the second compared
    with the first ("A compared to B", "A, up from B"), with nothing but words and a comma between
    the second and the change ``q`` that follows."""
    text = att.doc.norm
    levels = [r for r in att.quantities_in(index) if r.end <= q.start and r.unit in (None, "count")]
    if len(levels) < 2:
        return None
    a, b = levels[-2], levels[-1]
    if not (a.exact and b.exact and compatible(a, b)):
        return None
    between = _RATE_WORDS.sub(lambda m: " " * len(m.group()), _undated(text, a.end, b.start))
    # (the baseline's own period may end on its year: "in the first half of 2024, marking a decrease of")
    if not _THEN_THE_AMOUNT.match(_undated(text, b.end, q.start)):
        return None
    if _COMPARED_GAP.match(between):
        return a, b
    if _TO_BETWEEN.match(between) and _FROM_BEFORE.search(text, max(0, a.start - 12), a.start):
        return b, a
    return None


# A sum of money that moved by an amount, to a level, from another: "net loss narrowed by CNY 412
# million to CNY 1.37 billion from CNY 1.78 billion", "revenue rose by $1.2 billion to $9.8 billion,
# from $8.6 billion"
_MONEY_BY = re.compile(
    rf"\b(?:(?P<down>narrowed|{FALL}|down)|(?P<up>widened|{RISE}|up))\s{{1,3}}(?:by\s{{1,3}})?$", re.IGNORECASE
)
_MONEY_TO = re.compile(r"\s{0,3},?\s{0,3}to\s{1,3}")
# (searched at the end of the words between the level and the figure it left, which hold no figure)
_MONEY_FROM = re.compile(r",?\s{0,3}+(?:from|compared\s+(?:with|to))\s{1,3}+(?:the\s{1,3}+)?$", re.IGNORECASE)


def _money_moves(att: Attribution) -> Iterator[Gap]:
    doc = att.doc
    text = doc.norm
    for sent in doc.sentences:
        money = [q for q in doc.in_sentence(sent.index) if q.unit not in (None, "count", "percent", "pp", "multiple")]
        for q, a, b in zip(money, money[1:], money[2:], strict=False):
            m = _MONEY_BY.search(text, max(sent.start, q.start - 30), q.start)
            if m is None or q.hedge or not (q.unit == a.unit == b.unit):
                continue
            gap = text[a.end : b.start]
            tail = _MONEY_FROM.search(gap) if _MONEY_TO.fullmatch(text, q.end, a.start) else None
            if tail is not None and tail.start() <= 50 and not re.search(r"[\d;,()]", gap[: tail.start()]):
                yield Gap(q, -1 if m.group("down") else 1, a, b)


# Hedges with no bound on one side: "less than 82,000" may be any figure below it
_OPEN = ("more", "less", "atleast")


def _open(a: Quantity, b: Quantity) -> str:
    """The open-hedged figure of the two ("less than 82,000")."""
    return (a if a.hedge in _OPEN else b).text.strip()


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
    # (money in the figures' own style: "CNY 1.78 billion - CNY 1.37 billion = CNY 0.410 billion")
    written = amount if a.unit not in (None, "count") else lambda v, _: format_number(v)
    head = f"{a.text.strip()} - {b.text.strip()} = {written(computed, a)}"
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
        status, msg = Status.CONSISTENT, f"{head}; the article says {shown}"
        if not want[0] <= computed <= want[1] and (a.hedge in _OPEN or b.hedge in _OPEN):
            # "less than 82,000 ... almost 10,000 fewer than 85,633": the gap holds only if the hedged
            # figure is far from its written value; no tick next to arithmetic that says otherwise
            status = Status.UNVERIFIABLE
            msg += f": that holds only if {_open(a, b)} is far from its written value"
        return verdict(RULE, status, s, msg, ev, computed=abs(computed), arithmetic=arithmetic, stated_value=s.value)
    if g.sign and (computed > 0) != (g.sign > 0) and arith.overlaps(iv, (-want[1], -want[0])):
        msg = f"{head}: {'more' if computed > 0 else 'fewer'}, but the article says the opposite ({shown})"
    else:
        right = written(abs(computed), a) if math.isfinite(computed) else "?"
        msg = f"{head}, not {shown}; it should read {right}"
    return verdict(
        RULE, Status.INCONSISTENT, s, msg, ev, computed=abs(computed), arithmetic=arithmetic, stated_value=s.value
    )


# The gap to a target or a milestone: "the number remaining until cumulative sales of 50 million
# units is 1.38 million", "it needs another 41,000 to hit that", "1.4 million units short of the
# 50 million mark", "leaving 9,000 units to go before its goal of 60,000".
_REMAIN_BEFORE = re.compile(
    r"(?:\b(?:remaining|left|outstanding)\b[^;]{0,80}?\b(?:is|was|are|were|stands\s+at|comes\s+to)|"
    r"\bneeds?\s+(?:to\s+(?:[a-z]+\s+){1,2})?(?:(?:another|a\s+further|an\s+additional)\s+)?|"
    r"\bleaving\s+(?:it\s+|them\s+)?(?:(?:another|a\s+further)\s+)?)\s*$",
    re.IGNORECASE,
)
_REMAIN_AFTER = re.compile(
    r"\s{0,20}(?:more\s+)?(?:[a-z]{1,30}\s+)?(?:more\s+)?"
    r"(?P<cue>short\s+of|shy\s+of|away\s+from|to\s+go\b|left\b|(?:in\s+[a-z ]{0,40}?)?to\s+(?:hit|reach|meet|achieve))",
    re.IGNORECASE,
)
# the target itself, in the gap's sentence: "until ... of T", "short of the T mark", "to reach T"
_TARGET_BEFORE = re.compile(
    r"\b(?:until|till|to\s+(?:hit|reach|meet|achieve)|short\s+of|shy\s+of|away\s+from|before|"
    r"(?:target|goal|mark|milestone)\s+(?:of|is|was|stands\s+at))\b[^.;\d]{0,50}$",
    re.IGNORECASE,
)
# the target named in a sentence before: "aiming for 140,000 deliveries", "a target of 3 million"
_PLAN_BEFORE = re.compile(
    rf"\b(?:{PROJECTION}|aim(?:s|ing|ed)?|plans?\s+to|plans|hopes?\s+to|expects?\s+to)\b[^.;\d]{{0,40}}$",
    re.IGNORECASE,
)
_POINTS_BACK = re.compile(
    r"\b(?:(?:hit|reach|meet|achieve|make)\s+(?:that|it|this)|(?:that|the|its|this)\s+(?:target|goal|mark|milestone))\b",
    re.IGNORECASE,
)
# a level reached so far: "a total of 48,620,000 units since 1975", "cumulative deliveries ... stand at"
_SO_FAR = re.compile(
    r"\b(?:so\s+far|to\s+date|since|cumulative(?:ly)?|a\s+total\s+of|through|year[- ]to[- ]date|"
    r"first\s+\w+\s+(?:months|quarters)|first\s+half|(?:has|have|had)\s+(?:already\s+)?(?:sold|delivered|built|produced|shipped))\b",
    re.IGNORECASE,
)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_MONTH_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_REMAINING_MONTHS = re.compile(
    r"\b(?:remaining|last|final|next|coming)\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+months\b",
    re.IGNORECASE,
)
_EACH_MONTH = re.compile(
    r"\s{0,20}+(?:units?|vehicles?|cars?|deliveries)?\s{0,20}+(?:each|a|per|every)\s+month\b", re.IGNORECASE
)


def _clash(rd: Reading, a: Quantity, b: Quantity) -> bool:
    """Two figures that cannot be the same company's count of the same thing (periods aside)."""
    fa, fb = rd.frames.frame(a.start, a.end), rd.frames.frame(b.start, b.end)
    if fa.names and fb.names and not (fa.names & fb.names) and not (fa.implicit_names or fb.implicit_names):
        return True
    if fa.powertrain != fb.powertrain:
        return True  # "212,400 EVs so far" is no part of a target of all vehicles
    return any(
        fa.quals.get(g) != fb.quals.get(g) for g in ("channel", "segment", "place") if g in fa.quals and g in fb.quals
    )


def _target_gaps(rd: Reading) -> Iterator[Verdict]:
    att = rd.attribution
    doc = att.doc
    text = doc.norm
    for sent in doc.sentences:
        for d in att.counts_in(sent.index):
            am = _REMAIN_AFTER.match(text, d.end, sent.end)
            bm = _REMAIN_BEFORE.search(text, sent.start, d.start)
            if not am and not bm:
                continue
            later = [q for q in att.counts_in(sent.index) if q.start > d.end]
            before = [q for q in att.counts_in(sent.index) if q.end <= d.start]
            target = next(
                (
                    q
                    for q in (*later, *reversed(before))
                    if _TARGET_BEFORE.search(text, sent.start, q.start) and q.exact
                ),
                None,
            )
            if target is None and _POINTS_BACK.search(sent.text):
                plans = [
                    q
                    for i in range(max(0, sent.index - 2), sent.index)
                    for q in att.counts_in(i)
                    if q.exact and _PLAN_BEFORE.search(text, doc.sentences[i].start, q.start)
                ]
                if len({q.value for q in plans}) == 1:
                    target = plans[-1]
            if target is None or target is d:
                continue
            # the level reached so far: one figure, stated before the gap, of the same company and metric
            reached = []
            for i in range(max(0, sent.index - 3), sent.index + 1):
                s_i = doc.sentences[i]
                if sent.paragraph - s_i.paragraph > 1 or (i != sent.index and _RESPECTIVELY.search(s_i.text)):
                    continue  # "92.81 million and 54.64 million, respectively": parts, not the level reached
                for q in att.counts_in(i):
                    if q is d or q is target or q.start >= d.start or not q.exact or q.value >= target.value:
                        continue
                    if not _SO_FAR.search(text, s_i.start, s_i.end) or _PLAN_BEFORE.search(text, s_i.start, q.start):
                        continue
                    if _clash(rd, q, target):
                        continue
                    reached.append(q)
            if len({q.value for q in reached}) != 1:
                continue
            level = reached[-1]
            exact_target = replace(target, lo=target.value, hi=target.value)  # a target is exact as written
            v = judge(Gap(d, 1, exact_target, level))
            if v is None:
                continue
            yield replace(v, evidence=(Evidence("a", target), Evidence("b", level)))
            yield from _average_of_gap(rd, d, target, level)


def _average_of_gap(rd: Reading, d: Quantity, target: Quantity, level: Quantity) -> Iterator[Verdict]:
    """ "... over 41,000 more in November and December. That's about 20,700 units each month." """
    doc = rd.attribution.doc
    text = doc.norm
    sent = doc.sentences[d.sentence]
    tail = text[d.end : sent.end]
    n = 0
    rm = _REMAINING_MONTHS.search(tail)
    if rm:
        word = rm.group("n").lower()
        n = _MONTH_WORDS.get(word, 0) or (int(word) if word.isdigit() else 0)
    else:
        named = re.findall(rf"\b(?:{_MONTH_ALT})\b", tail, re.IGNORECASE)
        if len(named) >= 2 and re.search(rf"\b(?:{_MONTH_ALT})\s+and\s+(?:{_MONTH_ALT})\b", tail, re.I):
            n = len(named)
    if n < 2:
        return
    scope = [q for q in rd.attribution.counts_in(d.sentence) if q.start > d.end]
    nxt = d.sentence + 1
    if nxt < len(doc.sentences) and re.match(r"\s*(?:that|this|it)\b", doc.sentences[nxt].text, re.I):
        scope += rd.attribution.counts_in(nxt)
    avg = [q for q in scope if _EACH_MONTH.match(text, q.end)]
    if len(avg) != 1:
        return
    a = avg[0]
    computed = (target.value - level.value) / n
    iv = ((target.value - level.hi) / n, (target.value - level.lo) / n)
    months = f"{n} months"
    arithmetic = f"({figure(target)} - {figure(level)}) / {n} = {format_number(computed, 1)}"
    head = f"({target.text.strip()} - {level.text.strip()}) / {months} = {format_number(computed)} a month"
    yield judged(
        RULE,
        arith.overlaps(iv, (a.lo, a.hi)),
        a,
        f"{head}; the article says {a.text.strip()}",
        f"{head}, not {a.text.strip()}",
        (Evidence("a", target), Evidence("b", level)),
        computed=computed,
        arithmetic=arithmetic,
    )


def _changes_with_both_levels(rd: Reading, taken: set[int]) -> Iterator[Gap]:
    """A change stated with its rate and both its levels ("382,379 units, which is 19,335 units (or
    4.8%) behind the 401,714 of a year earlier", "14.6% (10,095 units) ahead of last year with 79,131
    registered, compared to 69,134"): its amount is the gap between them."""
    for ch in rd.changes:
        if ch.current is None or ch.baseline is None or ch.amount.start in taken:
            continue
        if ch.amount.unit not in (None, "count") or not compatible(ch.current, ch.amount):
            continue
        yield Gap(ch.amount, ch.sign, ch.current, ch.baseline)


# "topped the analysts' consensus by more than 7,000 units", "beat forecasts by 4,200",
# "missed analysts' expectations by 3,100": a level against the forecast it beat or missed
_BEAT_BY = re.compile(
    rf"\b(?:(?P<up>exceeded|exceeding|beat|beating|topped|topping|surpassed|surpassing)|"
    rf"(?P<down>missed|missing|fell\s+short\s+of|trailed))\s++(?:[\w'’]++\s++){{0,3}}?"
    rf"(?:{PROJECTION}|expectations?|estimates?|forecasts?)\s++by\s++$",
    re.IGNORECASE,
)
# the forecast said in its own words: "Analysts had pencilled in 89,600 vehicles"
_FORECAST_BEFORE = re.compile(
    rf"\b(?:{PROJECTION}|expectations?|estimates?|forecasts?|projected|expected|forecast)\b[^.;\d%]{{0,40}}$",
    re.IGNORECASE,
)


# "The delivery figure ...", "The sales tally ...": the one level the sentence before gave
_THE_FIGURE = re.compile(r"\W{0,3}+the\s++(?:[a-z]++\s++){0,2}?(?:figure|number|total|tally|result|results)\b", re.I)


def _beats_forecast(rd: Reading) -> Iterator[Gap]:
    """A level said to beat (or miss) a forecast by an amount, the forecast stated in the same or the
    next sentence of the paragraph: the amount is the level less the forecast."""
    att = rd.attribution
    doc = att.doc
    text = doc.norm
    for sent in doc.sentences:
        for q in att.quantities_in(sent.index):
            m = _BEAT_BY.search(text, max(sent.start, q.start - 90), q.start)
            if m is None or q.unit not in (None, "count"):
                continue
            level = (
                _record_before(att, q)
                or _anaphor_record(rd, sent.index)
                or _anaphor_record(rd, sent.index, _THE_FIGURE)
            )
            said: list[Quantity] = []
            # the forecast in the same sentence, else in the next one of the paragraph
            for s in doc.sentences[sent.index : sent.index + 2]:
                if s.paragraph == sent.paragraph and not said:
                    said = [
                        r
                        for r in att.quantities_in(s.index)
                        if r.start > q.end
                        and r.unit in (None, "count")
                        and _FORECAST_BEFORE.search(text, max(s.start, r.start - 60), r.start)
                    ]
            if level is None or len(said) != 1 or level.head.unit not in (None, "count"):
                continue
            g = Gap(q, 1 if m.group("up") else -1)
            g.a, g.b = level.head, said[0]
            yield g


def check(rd: Reading) -> Iterator[Verdict]:
    gaps = [*find(rd)]
    taken = {g.stated.start for g in gaps}
    gaps += [g for g in _beats_forecast(rd) if g.stated.start not in taken]
    for g in (*gaps, *_changes_with_both_levels(rd, {g.stated.start for g in gaps})):
        v = judge(g)
        if v is not None:
            yield v
    yield from _guidance_claims(rd)
    yield from _target_gaps(rd)


RULE = Rule(code="FC105", name="difference", type="difference", check=check, doc=__doc__ or "")
