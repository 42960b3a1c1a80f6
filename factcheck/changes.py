"""Changes stated both ways: the amount and the rate of one change, side by side.

"up 320 cars or 5.2 per cent", "an increase of 3,410 units, or 15.9%, from 21,400", "a
decline of 1,020 vehicles (-4.1%) to 23,790", "sales fell by 90 units or 11.6 per cent to
683", "12,410 units (or 3.1%) behind the 400,300 of a year earlier", "14.6% (10,095 units) ahead
of last year with 79,131 registered, compared to 69,134", "8,000 vans, 2,000 more than in May 2024,
up 33%": the figure before "or" (or the bracket, or the comparative)
is the change itself, never the level the rate applies to. Its rate is judged against the level
the change leads to (the current figure) and, when the article gives it, the level it started
from; when it does not, the baseline is the current figure less the change (or the current is
the baseline plus the change), so the rate can still be recomputed.

The current figure is, in this order: the level after "to" / "at" in the same clause; the
level the sentence states before the change ("sales, at 24,810 units, showed an increase
of ..."); or, for a sentence that opens by pointing back ("That's up 320 cars ..."), the one
level of the same kind in the sentence before it. A change that ends its sentence
takes its two levels from the next sentence when they are its only figures,
the level reached, then "as against", "compared with" or "down from" the
other. Anything less certain leaves the rate
without a current figure: unverifiable, never paired by position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.context import ANAPHORA, TO_CURRENT, blank_dates, compatible, direction_of, levels_in_turn
from factcheck.document import Document
from factcheck.lexicon import (
    BRINGING_TO,
    CHANGE_ADJECTIVE,
    FALL_NOUNS,
    FALL_PARTICIPLES,
    FALL_VERBS,
    LEVEL_OF_A_PERIOD,
    NEW_CLAUSE,
    NOT_MADE_UP,
    RATE_ADJECTIVES,
    RISE_NOUNS,
    RISE_PARTICIPLES,
    RISE_VERBS,
    VERSUS,
    alt,
)
from factcheck.model import Quantity

# (the lexicon's change nouns, and a few that name a change only beside its amount: "a loss of 300
# units", "a cut of 12%")
_RISE_NOUN = alt((*RISE_NOUNS, "climb"))
_FALL_NOUN = alt((*FALL_NOUNS, "reduction", "loss", "cut"))
_RISE_VERB = alt(RISE_VERBS + RISE_PARTICIPLES)  # "rose by", "increasing by"
_FALL_VERB = alt(FALL_VERBS + FALL_PARTICIPLES)
# The words before the change: a direction, as a word, a verb or a noun phrase ("an increase of").
_DIRECTION_BEFORE = re.compile(
    # (the noun's "of" may be a dash or colon: "a steep climb – 640 vans or 2.3% – from")
    rf"(?:(?P<up>{NOT_MADE_UP}\bup(?:\s+by)?|\bhigher|\bmore|{_RISE_VERB}(?:\s+by)?|"
    rf"\ban?\s+{CHANGE_ADJECTIVE}{_RISE_NOUN}(?:\s+of|\s*+[–—:]|\s-))"
    rf"|(?P<down>\bdown(?:\s+by)?|\blower|\bfewer|\bless|{_FALL_VERB}(?:\s+by)?|"
    rf"\ban?\s+{CHANGE_ADJECTIVE}{_FALL_NOUN}(?:\s+of|\s*+[–—:]|\s-)))"
    rf"\s+(?:(?:a|an|some|about|around|nearly|almost)\s+)?(?:(?:{alt(RATE_ADJECTIVES)})\s+)?$",
    re.IGNORECASE,
)
# What the amount counts, written after it ("320 cars").
_NOUN = (
    r"(?:(?:new\s+)?(?:units?|vehicles?|cars?|sales|registrations|deliveries|trucks|vans|bikes|motorcycles|"
    r"tractors|buses)\s*+)?"
)
# Between the change and its rate: its noun, then "or", a comma and "or", or a bracket.
_OR_BETWEEN = re.compile(
    # ("186 - or 19.4 per cent - more": a dash before the "or")
    rf"^\s*+{_NOUN}(?:,\s*+|[–—-]\s*+(?=or\b))?(?:or|and|\(\s*+or|\(|–|—|-)\s*+"
    rf"(?:(?:an?\s+{CHANGE_ADJECTIVE}(?:{_RISE_NOUN}|{_FALL_NOUN})\s+of|up|down|by)\s+)?$",
    re.IGNORECASE,
)
# Between a rate and the amount after it: "up 4.4%, or 30,357 vehicles", "(+1,020 units)".
# "an 18.8% rise, or 498 more units": the rate's noun may come between.
_OR_AFTER_RATE = re.compile(
    # ("up 1.5%, or by 21 units")
    rf"^\s*+(?:{_RISE_NOUN}|{_FALL_NOUN})?\s*+,?\s*+(?:or|\()\s*+(?:by\s+)?(?:(?:some|about|around|nearly|almost)\s+)?[+−-]?$",
    re.IGNORECASE,
)
# "up 250% (3,500 vs 1,000)": the bracket holds the two levels, not the amount of the change
_VERSUS_AFTER = re.compile(
    # (not "412 units versus the quarter a year before": the period compared with, after the amount)
    rf"(?<!\s)\s*+(?:units?\s+|vehicles?\s+|cars?\s+)?{VERSUS}\s(?!\s*+(?:the|a|an|last|its|their)\b)",
    re.IGNORECASE,
)
# (matched right after a figure; the look-behinds keep a search over blank runs linear)
_SHARE_AFTER = re.compile(r"(?<!\s)\s*+(?:of|share)\b", re.IGNORECASE)
# After the rate: the level reached, or the level started from.
_TO_AFTER = re.compile(
    # "from 552 227 units in 2018 to 536 626 units in 2019": the baseline may name its year
    rf"^\s*+{_NOUN}\)?\s*+,?\s*+(?:in\s++(?:[a-z]++\s++)?(?:19|20)\d\d\s*+,?\s*+)?"
    r"(?:year[- ]on[- ]year\s*+,?\s*+)?(?:to|at|reaching|totall?ing)\s+"
    r"(?:a\s+(?:record\s+|total\s+of\s+)?)?$",
    re.IGNORECASE,
)
_FROM_AFTER = re.compile(
    # (its period may come first: "19,446 units this year compared to the 23,029")
    # (or a dash closing an aside: "882 units or 1.6% – from 53,940")
    rf"^\s*+{_NOUN}\)?(?:\s*+(?:this|last|in|the|of|so|far|year|month|quarter|period|[a-z]++day)\b){{0,4}}?"
    r"\s*+(?:,|[–—]|-(?=\s))?\s*+"
    r"(?:from|on|over|against|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+|a\s+)?"
    # "over the 2023 figure of 18,410", "on last year's total of", "against the high base of"
    r"(?:(?:(?:19|20)\d\d|last\s+year's|previous\s+year's|year-earlier)\s+(?:figure|total|level)\s+of\s+"
    r"|(?:(?:high|low|strong|weak|record)\s+)?base\s+of\s+)?$",
    re.IGNORECASE,
)
# A direction said after the change and its rate: "5,794 units (10%) more than", "(or 4.8%) behind"
# ("312 units (0.8%) up on the 40,948 sold a year earlier": "up" and "down" only before the comparison)
_DIRECTION_AFTER = re.compile(
    rf"(?<!\s)\s*+{_NOUN}\)?\s*+(?:(?P<up>more|higher|ahead|above|up(?=\s++(?:on|from|over|against)\b))|"
    r"(?P<down>fewer|less|lower|behind|below|down(?=\s++(?:on|from|over|against)\b)))\b",
    re.IGNORECASE,
)
# ... or after a comma or dash: "7,240 units, or 14.2 per cent, ahead of 2023"; a rank ("4,210 units, or 21 per
# cent, ahead of Orla": a share) is ahead of a rival, so "ahead" and "behind" only before a time
_EARLIER = r"(?=\s++(?:of\s++)?(?:the\s++)?(?:(?:19|20)\d\d|last|a\s++year|previous|prior|same|year)\b)"
_DIRECTION_AFTER_COMMA = re.compile(
    # (or a dash: "41,300 vans – 920 vans or 2.3% – above the 40,380 of")
    rf"(?<!\s)\s*+{_NOUN}(?:,|\s*+[–—-](?=\s))\s*+(?:(?P<up>more|higher|(?:ahead|above){_EARLIER}|up(?=\s++(?:on|from|over|against)\b))|"
    rf"(?P<down>fewer|less|lower|(?:behind|below){_EARLIER}|down(?=\s++(?:on|from|over|against)\b)))\b",
    re.IGNORECASE,
)
# From that direction word to the next level: "than that achieved in October, when", "of the",
# "of this time last year with": no other figure, no new clause
# (a dash opens a clause of its own: "8.7% (1,038 units) ahead of 2024 - in all 12,969
# versus 10,721" names both levels anew)
_AFTER_GAP = re.compile(
    r"(?<!\s)\s*+(?:than|of|on|over|from|against|that\s+of|those\s+of)\b(?:(?!\s[-–—]\s)[^\d;:%–—]){0,70}+",
    re.IGNORECASE,
)
# Or what was counted, then the comparison with the earlier period and its level: "more units of
# locally built cars sold in the half, against the first half of 2023, when"
_BRINGING_TO = re.compile(BRINGING_TO, re.IGNORECASE)
_COUNTED_THEN_COMPARED = re.compile(
    r"(?<!\s)\s*+[^\d;:%,]{0,80}?,?\s*+\b(?:compared\s+(?:to|with)|against|versus)\s+[^\d;:%]{0,50}?,?\s+"
    r"(?:when|where|in\s+which|during\s+which)\b[^\d;:%,]{0,30}$",
    re.IGNORECASE,
)
# The change named by its noun: "an increase of 19,214 units"
_NOUN_OF = re.compile(rf"\ban?\s+(?:(?P<up>{_RISE_NOUN})|(?P<down>{_FALL_NOUN}))\s+of\s+(?:some\s+|about\s+)?$", re.I)
# The rate said again after a clause: "..., representing a 43.4% gain", "..., or a 12% rise"
_RATE_LEAD = re.compile(r"(?:,\s*+|\b)(?:representing|amounting\s+to|equal\s+to|or|which\s+is)\s+(?:an?\s+)?$", re.I)
_RATE_AGAIN = re.compile(rf"(?<!\s)\s*+(?:{_RISE_NOUN}|{_FALL_NOUN})\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r",")
_PAIRED = re.compile(r"\(|\bor\b", re.IGNORECASE)
_WITH = re.compile(r"\b(?:with|at)\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Between the level a sentence opens with and its change: no other figure, no new clause.
_SUBJECT_GAP = re.compile(r"^[^;:\d%]{0,80}$")
_GOVERNED = re.compile(
    r"\b(?:from|by|than|against|versus|vs\.?|compared\s+(?:with|to)|over|on)\s+(?:the\s+|a\s+)?$", re.IGNORECASE
)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
# Two levels in a list: "559 units and 1,726 units", "4,100, 3,900 and 2,000"
_LIST_JOIN = re.compile(r"^\s*+(?:[a-z]+\s+)?(?:,|and|&|,\s*+and)\s*+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Change:
    """A rate stated next to the amount of the same change."""

    rate: Quantity
    amount: Quantity
    sign: int  # +1 up, -1 down
    current: Quantity | None
    baseline: Quantity | None  # as stated; None when the article gives only the change
    # the amount in brackets may as well be the level reached: a rate of 100% or more moves a level
    # past its baseline either way ("up 120.0% (2,640) on April last year (1,200)")
    either: bool = False


def shifted(level: Quantity, amount: Quantity, sign: int) -> Quantity:
    """The figure ``level`` moved by ``amount`` up (``sign`` 1) or down (-1): a derived figure the
    article does not write ("8,390 + 410"), within the rounding of both, at the amount's place."""
    up = sign > 0
    return Quantity(
        text=f"{level.text.strip()} {'+' if up else '-'} {amount.text.strip()}",
        value=level.value + sign * amount.value,
        unit=level.unit,
        start=amount.start,
        end=amount.end,
        lo=level.lo + amount.lo if up else level.lo - amount.hi,
        hi=level.hi + amount.hi if up else level.hi - amount.lo,
        sentence=amount.sentence,
    )


def find(doc: Document) -> tuple[Change, ...]:
    text = doc.norm
    found: list[Change] = []
    for sent in doc.sentences:
        qs = doc.in_sentence(sent.index)
        for i, r in enumerate(qs):
            if r.unit != "percent":
                continue
            # "up 320 cars or 5.2 per cent" (the amount first) or "up 4.4%, or 30,357 vehicles"
            if i and _is_amount(qs[i - 1]) and _OR_BETWEEN.match(text[qs[i - 1].end : r.start]):
                d, first, rest = qs[i - 1], i - 1, i + 1
            elif (
                i + 1 < len(qs)
                and _is_amount(qs[i + 1])
                and _OR_AFTER_RATE.match(text[r.end : qs[i + 1].start])
                and not _VERSUS_AFTER.match(text, qs[i + 1].end)
                # ("down 5.5% or 15,725 units sold this June": the level reached, with its period)
                and not LEVEL_OF_A_PERIOD.match(text, qs[i + 1].end)
            ):
                d, first, rest = qs[i + 1], i, i + 2
            else:
                ch = _amount_then_rate(doc, qs, i) or _gap_beside_rate(doc, qs, i)
                if ch is not None:
                    found.append(ch)
                continue
            if _SHARE_AFTER.match(text, r.end):
                continue  # "and 5.2 per cent of buyers": a share, not the rate of the change
            m = _DIRECTION_BEFORE.search(text, max(sent.start, qs[first].start - 40), qs[first].start)
            end = max(r.end, d.end)
            prev = found[-1] if found and found[-1].rate.sentence == sent.index else None
            chained = (
                m is None
                and prev is not None
                and _CHAIN_GAP.fullmatch(text, max(prev.rate.end, prev.amount.end), qs[first].start) is not None
            )
            if m is None and not chained:
                # "5,794 units (10%) more than ...", "12,410 units (or 3.1%) behind that of 400,300"
                after = _DIRECTION_AFTER.match(text, end, sent.end) or _DIRECTION_AFTER_COMMA.match(text, end, sent.end)
                pair = text[min(r.end, d.end) : max(r.start, d.start)]
                if after is None or not _PAIRED.search(pair):
                    continue  # "248,154 units - 29.5% more than": a level and its rate, not a change
                sign = 1 if after.group("up") else -1
                current, baseline = _levels_after(doc, qs, rest, d, after.end())
                if current is None and baseline is not None and level_not_change(d, baseline, sign):
                    continue  # "up 5.1% (63,210) ahead of 2024 (60,140)": the bracket is the level reached
                if current is None:
                    # ("Some 6,420,300 vehicles were registered. That is 76,200 or 1.2% more than ...")
                    current = _level_before(doc, qs, first, d, qs[first].start, sign) or (
                        _level_of_sentence_before(doc, sent.index, qs[first], d, sign) if baseline is None else None
                    )
                found.append(Change(r, d, sign, current, baseline))
                continue
            # "fell by 27.9% (96) and 8% (180)": the second change of a run shares the first's direction
            sign = prev.sign if m is None and prev is not None else 1 if m is not None and m.group("up") else -1
            baseline = None
            either = False
            current = _reached_in_turn(text, qs, r, d)
            nxt = qs[rest] if rest < len(qs) else None
            if current is None and nxt is not None and compatible(nxt, d):
                between = text[end : nxt.start]
                if _TO_AFTER.match(between):
                    current = nxt
                    # "fell by 2,381 units or 7.6% to 29,075 units compared to the 31,456": the level left
                    then = qs[rest + 1] if rest + 1 < len(qs) else None
                    if (
                        then is not None
                        and compatible(then, d)
                        and _FROM_AFTER.match(blank_dates(text, nxt.end, then.start))
                    ):
                        baseline = then
                elif (
                    _BRACKETED_BASELINE.match(between)
                    and _BRACKET_END.match(text, nxt.end)
                    # (a change is smaller than the level it is of, short of doubling: "up 0.7 per
                    # cent (88,410) on the same months of 2024 (87,790)" brackets two levels;
                    # "down 19 per cent (30,620) on 2024 (37,800)": a fall short of half leaves a level
                    # more than half the baseline)
                    and (
                        not level_not_change(d, nxt, sign)
                        # (past doubling either reading moves a level past its baseline, unless the
                        # article's other rates show whose figures its brackets hold)
                        or (r.value >= 100 and not _brackets_hold_levels(doc, r))
                    )
                ):
                    # "up 21.6% (749 units) (3,469 in May 2024)", "up 9% (1,682 units) on 2024
                    # (31,291)": the level compared with, in brackets after the change's
                    baseline = nxt
                    either = level_not_change(d, nxt, sign)
                elif _FROM_AFTER.match(between):
                    baseline = nxt
                    after = qs[rest + 1] if rest + 1 < len(qs) else None
                    if after is not None and compatible(after, d) and _TO_AFTER.match(text[nxt.end : after.start]):
                        current = after
            if (
                current is None
                and baseline is None
                and nxt is not None
                and compatible(nxt, d)
                and _WITH_LEVEL.fullmatch(text, end, nxt.start)
                and _LEVEL_DONE.match(text, nxt.end)
            ):
                # "down 2.4% (283 units) against March 2024, with 11,512 new vehicles
                # registered": the level the month ended on
                current = nxt
            if current is None and baseline is None and nxt is not None and compatible(nxt, d):
                # "rose 12%, or 600 more units, compared with May, when it sold 5,000"
                said = _DIRECTION_AFTER.match(text, end, sent.end)
                if said is not None and (1 if said.group("up") else -1) == sign:
                    current, baseline = _levels_after(doc, qs, rest, d, said.end())
            if current is None and chained:
                continue  # a run whose levels are not listed in turn: its brackets may be levels
            if current is None:
                cue = m.start() if m is not None else qs[first].start
                current = (
                    _level_before(doc, qs, first, d, cue, sign)
                    or _level_of_sentence_before(doc, sent.index, qs[first], d, sign)
                    or _respective_level(doc, qs, r, d)
                )
            if (
                current is None
                and baseline is None
                and first == len(qs) - 2
                # a sentence with levels of its own ("1,870 cars were sold, 9% more than the 1,715 of a
                # year before and 640 more than in 2021") compares those, not the next one's
                and not any(_is_amount(o) and compatible(o, d) for o in qs[:first])
            ):
                current, baseline = _levels_said_next(doc, sent.index, d)
            if current is None and baseline is not None and r.value < 100 and level_not_change(d, baseline, sign):
                continue  # "up 18 per cent (70,210) ahead of the first half of 2024 (59,500)"
            found.append(Change(r, d, sign, current, baseline, either=either and current is None))
    found.extend(_amount_said_next(doc, found))
    return tuple(found)


# between a change and the level it ended on, said after "with": "(283 units) set against
# March 2024, with"
_WITH_LEVEL = re.compile(
    r"(?:\s{1,3}+[a-z]{2,15}+)?\s{0,2}+\)?(?:[^\d;%()]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60}?,\s{0,2}+with\s{1,3}+",
    re.IGNORECASE,
)
# ... a level of what was done: "11,512 new vehicles registered", "4,210 units sold"
_LEVEL_DONE = re.compile(
    r"(?:\s{1,3}+[a-z-]{2,15}+){0,3}?\s{1,3}+(?:registered|sold|delivered|produced|exported|shipped|made)\b",
    re.IGNORECASE,
)
_DASH_THEN_LEVELS = re.compile(r"[^\d;:%]{0,40}?\s[-–—]\s[^\d;:%–—]{0,50}", re.IGNORECASE)
_VERSUS_GAP = re.compile(rf"\s{{0,3}}+(?:[a-z]{{1,15}}+\s{{1,3}}+)?{VERSUS}\s{{1,3}}+", re.IGNORECASE)


def _brackets_hold_levels(doc: Document, rate: Quantity) -> bool:
    """Whether another rate of the article, short of doubling, has the level it reached in the
    bracket after it and its baseline in the next ("up 11.5% (319) on March 2020 (286)"): the
    article's way of writing its rates, by which a bracket after a rise past doubling is read."""
    text = doc.norm
    for sent in doc.sentences:
        qs = doc.in_sentence(sent.index)
        for i, r in enumerate(qs[:-2]):
            if r is rate or r.unit != "percent" or r.value >= 100:
                continue
            d, nxt = qs[i + 1], qs[i + 2]
            if (
                _OR_AFTER_RATE.match(text[r.end : d.start])
                and text[r.end : d.start].strip().endswith("(")
                and _BRACKETED_BASELINE.match(text[d.end : nxt.start])
                and _BRACKET_END.match(text, nxt.end)
                and compatible(d, nxt)
                and d.is_amount
                and nxt.value > 0
                and 0.5 <= d.value / nxt.value <= 2
            ):
                return True
    return False


def level_not_change(amount: Quantity, baseline: Quantity | None, sign: int) -> bool:
    """Whether a figure beside a rate is the level it reached rather than the amount of the change:
    of the baseline's kind, and above it after a rise or more than half of it after a fall ("up 24%
    (27,148) on July 2022 (21,904)", never "down 2% (212 units) on 10,635")."""
    if baseline is None or not compatible(amount, baseline) or baseline.value <= 0:
        return False
    ratio = amount.value / baseline.value
    return ratio > 1 if sign > 0 else 0.5 <= ratio < 1


# From a change in brackets to a bracket that holds the baseline: " units) (", ") on 2011 ("
_BRACKETED_BASELINE = re.compile(
    r"\s{0,2}+(?:[a-z]{1,15}+\s{0,2}+)?\)\s{0,2}+(?:(?:on|over|against|from|versus|(?:compared|in\s+comparison)\s+(?:with|to))"
    r"\s{1,3}+[^\d();%]{0,30}?(?<![\d,.])(?:(?:19|20)\d\d\s{0,2}+)?)?\(\s{0,2}+$",
    re.IGNORECASE,
)
# ... and its close, maybe after the period it is of: "in June 2011)"
_BRACKET_END = re.compile(
    r"\s{0,2}+(?:[a-z]{1,15}+\s{0,2}+)?(?:in\s++[A-Za-z]{3,9}+\s++(?:19|20)\d\d\s{0,2}+)?\)", re.I
)


# Between the figures of a run of changes: "27.9% (96) and 8% (180)", "96 (27.9%) and 180 (8%)"
_CHAIN_GAP = re.compile(r"[\s(),]*+(?:(?:and|or)[\s(),]*+)?", re.IGNORECASE)


def _reached_in_turn(text: str, qs: list[Quantity], rate: Quantity, amount: Quantity) -> Quantity | None:
    """The level one of a run of changes reached, when the levels follow the run in the same
    order: "fell by 27.9% (96) and 8% (180) to 248 and 2,079 respectively"."""
    lo, hi = sorted((qs.index(rate), qs.index(amount)))
    while lo > 0 and _CHAIN_GAP.fullmatch(text, qs[lo - 1].end, qs[lo].start):
        lo -= 1
    while hi + 1 < len(qs) and _CHAIN_GAP.fullmatch(text, qs[hi].end, qs[hi + 1].start):
        hi += 1
    chain = qs[lo : hi + 1]
    if len(chain) < 4 or len(chain) % 2:
        return None
    rate_first = chain[0].unit == "percent"
    if any((q.unit == "percent") != ((k % 2 == 0) == rate_first) for k, q in enumerate(chain)):
        return None  # not a run of (rate, amount) pairs
    rates, amounts = (chain[0::2], chain[1::2]) if rate_first else (chain[1::2], chain[0::2])
    if not all(compatible(a, amounts[0]) for a in amounts):
        return None
    run = levels_in_turn(text, qs, chain[-1].end, len(rates))
    if run is None or not compatible(run[0], amounts[0]):
        return None
    return run[rates.index(rate)]


# "The 2,200-vehicle increase was the second largest this year": the amount of the change the
# sentence before gave as a rate
_AMOUNT_NEXT = re.compile(
    rf"(?:The|This|That)\s++(?:[a-z]+\s++)?(?P<n>\d[\d,]*+)[- ](?:vehicle|unit|car|truck)s?\s++"
    rf"(?:(?P<up>{_RISE_NOUN})|(?P<down>{_FALL_NOUN}))\b"
    # ("This increase of 2,960 units ...", "The drop of 1,120 vehicles ...")
    rf"|(?:The|This|That)\s++(?:(?P<up2>{_RISE_NOUN})|(?P<down2>{_FALL_NOUN}))\s++of\s++(?P<n2>\d[\d,]*+)\s++"
    r"(?:vehicle|unit|car|truck)s?\b"
)
# The level a rate is said of, right before it: "128,410 vehicles sold, up 2.4% on ..."
_LEVEL_THEN_DIRECTION = re.compile(r"[^\d;:%()]{0,60}?,\s*+(?:up|down)\s++$", re.IGNORECASE)


def _amount_said_next(doc: Document, found: list[Change]) -> list[Change]:
    out: list[Change] = []
    taken = {(c.rate.start, c.rate.end) for c in found}
    for sent in doc.sentences[1:]:
        m = _AMOUNT_NEXT.match(sent.text)
        if m is None:
            continue
        prev = doc.sentences[sent.index - 1]
        if prev.paragraph != sent.paragraph and prev.paragraph + 1 != sent.paragraph:
            continue
        rates = [q for q in doc.in_sentence(prev.index) if q.unit == "percent"]
        levels = [q for q in doc.in_sentence(prev.index) if _is_amount(q)]
        n = "n" if m.group("n") else "n2"
        amount = next((q for q in doc.in_sentence(sent.index) if q.start == sent.start + m.start(n)), None)
        if len(rates) != 1 or amount is None or (rates[0].start, rates[0].end) in taken:
            continue
        rate = rates[0]
        sign = direction_of(doc, rate, prev.start).sign
        if sign != (1 if m.group("up") or m.group("up2") else -1):
            continue
        after = [q for q in levels if q.start > rate.end]
        before = [q for q in levels if q.end <= rate.start]
        if len(after) == 1 and compatible(after[0], amount) and TO_CURRENT.match(doc.norm[rate.end : after[0].start]):
            # the level the rate reached, right after it: "up 14.5% in August from July, reaching 15,085"
            out.append(Change(rate, amount, sign, after[0], None))
        elif (
            not after
            and len(before) == 1
            and compatible(before[0], amount)
            and _LEVEL_THEN_DIRECTION.fullmatch(doc.norm, before[0].end, rate.start)
        ):
            # ... or right before it: "128,410 vehicles sold, up 2.4% on a year earlier."
            out.append(Change(rate, amount, sign, before[0], None))
    return out


def _levels_after(
    doc: Document, qs: list[Quantity], rest: int, d: Quantity, start: int
) -> tuple[Quantity | None, Quantity | None]:
    """After "N units (P%) more than" / "behind": (current, baseline). The first level of the same
    kind is the baseline ("more than that of October 2020, when 57,695 units were sold"), or the
    current when "with" or "at" leads to it ("ahead of last year with 79,131 registered, compared
    to 69,134"), and then the level after "compared to" is the baseline."""
    text = doc.norm
    later = [q for q in qs[rest:] if compatible(q, d) and q.start >= start]
    if not later:
        return None, None
    gap = _YEAR.sub("", text[start : later[0].start])
    if (
        len(later) > 1
        and _DASH_THEN_LEVELS.fullmatch(gap)
        and _VERSUS_GAP.fullmatch(text, later[0].end, later[1].start)
    ):
        # "8.7% (1,038 units) ahead of 2024 - a total of 12,969 versus 11,931": after a
        # dash, the two levels compared
        return later[0], later[1]
    if _COUNTED_THEN_COMPARED.fullmatch(gap):
        return None, later[0]
    if _BRINGING_TO.match(gap):
        # "186, or 19.4 per cent, more van permits, taking the total to 1,145": the level reached
        return later[0], None
    if not _AFTER_GAP.fullmatch(gap):
        return None, None
    if not _WITH.search(gap):
        return None, later[0]
    if len(later) > 1 and _FROM_AFTER.match(text[later[0].end : later[1].start].replace("registered", "")):
        return later[0], later[1]
    return later[0], None


def _amount_then_rate(doc: Document, qs: list[Quantity], i: int) -> Change | None:
    """ "an increase of 19,214 units from the 44,275 units of September, representing a 43.4% gain":
    a change named by its noun, the level it started from after "from", and its rate named again
    after a clause; no other figure between the baseline and the rate."""
    text = doc.norm
    r = qs[i]
    if i < 2 or not _RATE_AGAIN.match(text, r.end) or not _RATE_LEAD.search(text, max(0, r.start - 40), r.start):
        return None
    d, base = qs[i - 2], qs[i - 1]
    sent = doc.sentences[r.sentence]
    m = _NOUN_OF.search(text, max(sent.start, d.start - 30), d.start)
    if m is None or not (_is_amount(d) and compatible(base, d)) or not _FROM_AFTER.match(text[d.end : base.start]):
        return None
    if _CLAUSE_BREAK.search(text, base.end, r.start) is None:
        return None  # "representing" opens a clause of its own
    sign = 1 if m.group("up") else -1
    first = i - 2
    current = _level_before(doc, qs, first, d, m.start(), sign) or _level_of_sentence_before(
        doc, sent.index, qs[first], d, sign
    )
    return Change(r, d, sign, current, base)


# A gap said as a comparative, the rate in its own phrase beside it: "52,300 cars, 6,100 fewer
# than in the first half of 2024, a fall of 10.4%" (the gap first: from it to the rate, the
# comparison and the rate's lead-in, no other figure) or "about 870,000, down 4.2% on 2024 and
# 38,000 cars fewer" (the rate first: from it to the gap, its comparison and a join).
_GAP_THEN_RATE = re.compile(
    rf"^\s*+{_NOUN}(?:(?P<up>more|higher|above)|(?P<down>fewer|less|lower|below))\s*+{_NOUN}"
    rf"(?:(?:(?:in|at|on|for)\s+[A-Z][\w\-]*+\s+)?than\b[^\d;:%()]{{0,60}}?"
    rf"(?:,\s*+(?:or\s+|which\s+(?:is|was|represents|represented|means|marks)\s+|representing\s+)?|\s+with\s+|"
    r"\s+and\s+|\s*+\(\s*+)"
    # ("2,600 more (+16.0% y/y) than a year before": the rate in brackets before the comparison)
    r"|\(\s*+)"
    rf"(?:an?\s+{CHANGE_ADJECTIVE}(?:(?P<rup>{_RISE_NOUN})|(?P<rdown>{_FALL_NOUN}))\s+of\s+|(?P<wup>up)\s+|(?P<wdown>down)\s+)?"
    r"[+−-]?$",
    re.IGNORECASE,
)
_RATE_THEN_GAP = re.compile(
    r"^\s*+(?:(?:on|from|over|against|compared\s+(?:with|to)|versus)\b[^\d;:%()]{0,40}?)?"
    r"(?:,\s*+(?:or|and)?|\s+(?:or|and))\s*+(?:some\s+|about\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)
_COMPARATIVE_AFTER = re.compile(
    rf"(?<!\s)\s*+{_NOUN}(?:(?P<up>more|higher)|(?P<down>fewer|less|lower))\b(?!\s+than\s+\d)", re.IGNORECASE
)


def _gap_beside_rate(doc: Document, qs: list[Quantity], i: int) -> Change | None:
    """A rate and the gap of the same change, each in its own phrase after the level reached:
    "delivered 8,000 vans, 2,000 more than in May 2024, up 33%"; "about 870,000, down 4.2% on
    2024 and 38,000 cars fewer". The gap's comparative gives the direction; a rate's own word
    for it must agree. The level is the one right before, as ``_level_before`` reads it."""
    text = doc.norm
    r = qs[i]
    if r.unit != "percent":
        return None
    m = _GAP_THEN_RATE.match(_YEAR.sub("    ", text[qs[i - 1].end : r.start])) if i >= 1 else None
    if m is not None and _is_amount(qs[i - 1]):
        d, first = qs[i - 1], i - 1
        sign = 1 if m.group("up") else -1
        said = 1 if m.group("rup") or m.group("wup") else -1 if m.group("rdown") or m.group("wdown") else 0
        if (said and said != sign) or (r.signed and (r.value > 0) != (sign > 0)):
            return None
    elif i >= 1 and i + 1 < len(qs) and _is_amount(qs[i + 1]):
        d, first = qs[i + 1], i
        after = _COMPARATIVE_AFTER.match(text, d.end)
        if after is None or not _RATE_THEN_GAP.match(_YEAR.sub("    ", text[r.end : d.start])):
            return None
        sign = 1 if after.group("up") else -1
        word = direction_of(doc, r, doc.sentences[r.sentence].start).sign
        if word and word != sign:
            return None
    else:
        return None
    current = _level_before(doc, qs, first, d, qs[first].start, sign)
    if current is None:
        # "sold 700 more cars than a year earlier, an increase of 14% on the 5,000 of June 2022":
        # no level reached, but the level started from follows the rate
        nxt = next((q for q in qs if q.start >= r.end), None)
        if nxt is not None and nxt is not d and compatible(nxt, d) and _FROM_AFTER.match(text[r.end : nxt.start]):
            return Change(r, d, sign, None, nxt)
        return None
    if not compatible(current, d):
        return None
    return Change(r, d, sign, current, None)


# A clause of its own begins: the figures before it are another subject's.
_NEW_CLAUSE = re.compile(NEW_CLAUSE, re.IGNORECASE)


def _is_amount(q: Quantity) -> bool:
    return q.is_amount and q.unit != "percent"


def _level_before(doc: Document, qs: list[Quantity], first: int, d: Quantity, cue: int, sign: int) -> Quantity | None:
    """The level the sentence states right before its change ("Brelt sold 6,420 cars, up 320
    or 5.2%"), with no other figure and no clause break between them."""
    if first == 0:
        return None
    level = qs[first - 1]
    if not compatible(level, d) or (sign > 0 and level.value <= d.value):
        return None
    earlier = qs[: first - 1]
    if earlier and _NEW_CLAUSE.search(doc.norm, earlier[-1].end, level.start):
        earlier = []  # "... (148 units) on April 2017 and registrations of 3,575 ... down by 1.8 per cent (64 units)"
    if any(compatible(q, level) for q in earlier):
        return None  # "cut the price to RMB 189,900 from RMB 229,900, a reduction of ...": the levels' reader
    sent = doc.sentences[d.sentence]
    if _GOVERNED.search(doc.norm, max(sent.start, level.start - 30), level.start):
        return None  # "by RMB 40,000", "from 773": a change or a baseline itself, not the level reached
    # ("14,041 units during August 2019, an increase of 71 units": a date is no other figure)
    if not _SUBJECT_GAP.match(blank_dates(doc.norm, level.end, cue)) or _RESPECTIVELY.search(doc.norm, level.end, cue):
        return None
    if first >= 2 and compatible(qs[first - 2], level) and _LIST_JOIN.match(doc.norm[qs[first - 2].end : level.start]):
        return None  # "at 559 units and 1,726 units, ... an increase of 256 units": whose is it?
    return level


def _respective_level(doc: Document, qs: list[Quantity], rate: Quantity, d: Quantity) -> Quantity | None:
    """ "came to 412 vans and 2,305 trucks, respectively, a gain of 31 units or 8.1% for vans and a
    gain of 140 units or 6.5% for trucks": the levels listed before "respectively" are
    reached, in turn, by the changes after it; as many rates after it as levels before it."""
    text = doc.norm
    sent = doc.sentences[rate.sentence]
    resp = None
    for m in _RESPECTIVELY.finditer(text, sent.start, rate.start):
        resp = m
    if resp is None:
        return None
    before = [q for q in qs if q.end <= resp.start()]
    if not before or not _is_amount(before[-1]) or not compatible(before[-1], d):
        return None
    if not re.fullmatch(rf"\s*+{_NOUN},?\s*+", text[before[-1].end : resp.start()]):
        return None
    run = [before[-1]]
    for q in reversed(before[:-1]):
        joint = text[q.end : run[0].start]
        if not (_is_amount(q) and compatible(q, d) and _LIST_JOIN.match(re.sub(rf"^\s*+{_NOUN}", " ", joint))):
            break
        run.insert(0, q)
    rates = [q for q in qs if q.start > resp.end() and q.unit == "percent"]
    if len(run) < 2 or len(rates) != len(run) or rate not in rates:
        return None
    return run[rates.index(rate)]


# Between the two levels of the sentence after a change: "665,309 ... as against 695,666", "down
# from", "compared with" (the level reached first)
_AGAINST = re.compile(
    r"^[^\d;%]{0,60}?\b(?:as\s+against|against|compared\s+(?:with|to)|versus|vs\.?|(?:up|down)\s+from)\s++"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def _levels_said_next(doc: Document, index: int, d: Quantity) -> tuple[Quantity | None, Quantity | None]:
    """ "Sales fell 4.4%, or 3,035 vehicles. So far this year 66,530 were sold, as against 69,565 a
    year earlier": a change that ends its sentence, its two levels the next
    sentence's only figures, the level reached, then the one it is compared with, in the change's
    unit, and no rate of their own."""
    if index + 1 >= len(doc.sentences):
        return None, None
    nxt = doc.sentences[index + 1]
    if nxt.paragraph - doc.sentences[index].paragraph > 1:
        return None, None
    qs = doc.in_sentence(nxt.index)
    if len(qs) != 2 or not all(_is_amount(q) and q.exact and compatible(q, d) for q in qs):
        return None, None
    if not _AGAINST.match(blank_dates(doc.norm, qs[0].end, qs[1].start)):
        return None, None
    return qs[0], qs[1]


def _level_of_sentence_before(doc: Document, index: int, lead: Quantity, d: Quantity, sign: int) -> Quantity | None:
    """ "That's up 320 cars or 5.2 per cent": the one level of the same kind in the sentence
    before, in the same paragraph. Two candidates leave it open."""
    sent = doc.sentences[index]
    if index == 0 or not ANAPHORA.match(sent.text) or doc.in_sentence(index)[0] is not lead:
        return None
    prev = doc.sentences[index - 1]
    if prev.paragraph != sent.paragraph:
        return None
    levels = [
        q for q in doc.in_sentence(prev.index) if compatible(q, d) and q.exact and (sign < 0 or q.value > d.value)
    ]
    return levels[0] if len(levels) == 1 else None
