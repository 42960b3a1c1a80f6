"""A stated percent change must follow from the two figures it compares.

*What it checks*: growth statements such as "up 88.71 percent from 3,259 units
a year ago", "rose 5% to 1,200 from 1,143", "a 12.4 percent decrease from the
previous week's 3,120 units" or "down 22.14 percent from June" (the June figure
stated elsewhere). It recomputes (current - baseline) / baseline and compares
it with the stated figure within the rounding of every figure involved
("34 percent" stands for 33.5-34.5), and checks the direction ("up" with a
computed fall is wrong). A percent said after an amount change ("cut the price
to RMB 189,900 from RMB 229,900, a reduction of RMB 40,000, or 17.4 percent")
is the change on the "from" level, when both levels are stated and differ by
the amount. In a table, a "Change" column after two period columns ("April
2025 | April 2024 | Change") compares the row's two figures, and so does each
group of a header of column groups ("Sep. 2025 Sep. 2024 YoY 2025": the
month, then the year to date, each against a year before); "Q2 FY2025 Q2 FY2024
Year-Over-Year Change" heads a results table the same way. A rate in the text
whose baseline is named by its period and year ("8,400 vans, 40% more than in the
second quarter of 2024") takes the cell of its current's table row under that
period's column ("| 3Q2024 | 2Q2024 |"). A growth figure
whose baseline the article does not give is reported unverifiable, with the
baseline it implies. A rate stated with no figure ("sales fell 4.7 per cent")
whose next paragraph gives the level and how far it moved ("8,390 vehicles, 410
fewer than a year before"; "which is 410 short of"; "down by 410 units") is
judged on the level against the level less the move; one whose next sentences give one level
for its period and then one dated a year back ("During the period, 21,340 cars were registered. A
year earlier, they were 18,720."), or one sentence with the level reached and the one a comparison
word names, dated a year back and of the same period and metric ("Operating income for the
July-September quarter climbed to 742 billion won from 605 billion won a year before"), is
judged on those two, and called wrong only when a slip of a digit explains it; a level
foreseen ("will sell") is none. A yearly and a monthly rate with no figure ("rose 18% year on
year and 3% month on month") take, from the next sentence's one level and two baselines ("41,300,
against 40,100 in April and 35,000 in May last year"), the baseline their basis names. A rate
set against the levels ("..., despite a 9% rise in sales") is not their change, and a change
noun with "in" before its size ("a rise in 105.3%") is read as translated copy writes it.
The baseline may come after its period in a clause ("4%
lower than the same month of 2018, when it delivered 3,318") or after "compared
to", "compares with", "above" or "past"; a rate stated with its baseline but no
current of its own ("The delivery volume slid 28.6 percent compared to 11,790
units in January") is a change of the first level of the nearest earlier sentence
that states one, if that level is the same metric of the same company. A
baseline named only by its month ("up 15.6 percent from October") must be the
same metric of the same company too; "on May last year" of a May figure names no
figure of the article. A rate stated next to the amount of its change ("up 320
cars or 5.2 per cent", "an increase of 3,410 units, or 15.9%") applies to the
level the change leads to ("to 683", the level the sentence states first, or the
one level of the sentence before that "That's" points at), and from the level
less the change when no baseline is stated. When another figure the rate may
refer to would fit, the claim is unverifiable, never inconsistent. In an article
that counts selling days ("25 selling days", "the daily selling rate"), a rate the
two volumes miss by no more than two months' selling days explain (22 to 27) is
unverifiable: the trade press compares daily selling rates. A change may be named by an adverb
("dropped massively by 50%"), a noun of motion ("a 15.6% tumble", "a 24.2% leap", "an uptick
of 17.8 percent") or a basis phrase ("grew on a year-to-date basis by"), and its level
belittled ("to just Rs 572 million"). Figures per share stand for their last digit ("70 agorot
per share, up 34.1% from 52"). A level after "than" is a baseline ("This is somewhat more than
the 9,870 of April, ... (2.1 percent more)"), its current the figure before. A rate of no
basis takes the next sentence's pair when the baseline's one year is the article's latest or the
one before ("... compared to 28,640 vehicles in June 2022"), never 2019 in an article of 2023; a
lead rate takes the levels of a next sentence with a rate of its own only if that rate may be it
said again ("57%" is no copy of "28 per cent"; the economy's rate, "GNP of 5.3%", is none). A
level the next sentence reaches after comparing its own subject with last year ("stayed near
last year's level, falling to 1.9 trillion") is no baseline of the rate before it; rates listed
by basis ("fell year to date and year on year, down 14.2% and 9.6% respectively") each take
only a pair of their own basis. "Over" after a change's noun names the baseline ("a 41 percent
growth over 1,210 vehicles"), a relative clause dated a year back gives it ("to Tk 96 crore,
which had stood at Tk 128 crore in the prior fiscal year"), and a level in brackets after the
current, before the rate, is the prior period's ("318,400 units in the home market (296,100
units), posting a growth of 7.5 per cent"). A verb may govern a period before its "by" ("fell for
the January to April period by 26%"); a colon or a dash may set out the levels ("fell by 26%: from
A to B"), and so may a clause of the rate's own (", having risen from A to B", ", which fell from
A to B", "as revenue climbed from A to B", "when comparing sales of A in 2025 with sales of B in
2024"). A rate in a relative clause is of the level the clause hangs on ("to 36,800 from 26,600 in
2022, which had dropped by 0.1% from 26,630"), even one that is another rate's baseline. A
comparison set off by a comma may follow a level's long description ("as 6,000 vans were shipped
abroad during the first five months, compared with 5,000"); an amount after the rate ("down 4.5%,
or 200 units versus the same month a year before", "up 1.5%, or by 21 units") gives the baseline. A
paragraph that opens on a class's metric ("Vehicle registrations dropped 4.7 per cent in the
first quarter") continues the pair before it, "between January and March" and "the first
quarter" being one period; the next sentence's "While A ..., the number dropped to B" is a pair
dated a year apart; an amount a sentence moved by ("an increase of 80 vehicles") is no level a
next rate points back at, and a "despite ..." clause dates nothing of the rate. A rate pointing
back at a sentence that moved a year back ("A year earlier, it had delivered 3,500 vans. That is
a 20% increase.") takes that level as its baseline and the level before it as its current; the
level in the "when" clause of the period compared with is a baseline ("That is up on May 2024,
when it sold 4,000 vans, a rise of 25%").

*Why it matters*: a transposed digit in a growth rate or in its baseline is the
most common arithmetic error in sales reporting, and readers quote growth
rates more than any other figure.

*Inconsistent*: "It sold 6,150 NEVs in December, up 87.81 percent from 3,259
units a year ago." (6,150 vs 3,259 is +88.71%)

*Consistent*: "It sold 6,150 NEVs in December, up 34 percent from 4,591 units
in November." (+33.96%, stated rounded to a whole percent)
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import replace

from factcheck import arith
from factcheck.changes import Change, shifted
from factcheck.context import (
    BRACKET,
    PERIOD_REF,
    compatible,
    per_share,
    period_index,
    period_key,
)
from factcheck.document import Document
from factcheck.frames import (
    CLASS_GROUPS,
    YEAR_BACK,
    FrameIndex,
    basis_in,
    basis_of,
    conflict,
    other_market,
    other_metric,
    quals_of,
    same_months,
)
from factcheck.growths import MAX_RATIO, MONTH_WORD, PERIOD_AFTER, Growth, same_thing
from factcheck.lexicon import FUEL_LABELS, MONTHS, PROJECTION, SELLING_DAY
from factcheck.model import Evidence, Quantity, Status, Verdict
from factcheck.names import REPORTERS
from factcheck.numbers import HEDGE_WORDS, figure, format_like, format_number, format_percent, written_step
from factcheck.periods import child_keys, half, month_index, months_of, parent_key, quarter, widest
from factcheck.periods import month as month_key
from factcheck.reading import Reading
from factcheck.rules.base import Rule, verdict
from factcheck.tables import Table, column_period
from factcheck.totals import YEAR


def _resolve_period(
    doc: Document, frames: FrameIndex, g: Growth, all_growth: tuple[Growth, ...], periods: dict[str, list[Quantity]]
) -> tuple[Quantity, tuple[Evidence, ...]] | None:
    """A baseline named by its period ("from June"): the figure the article gives for it,
    or one derived from figures it gives (Q1 = first half - Q2)."""
    assert g.period is not None and g.current is not None
    # The same current with an explicit baseline for that period elsewhere (a dek restated in the body).
    same = {
        o.baseline.value
        for o in all_growth
        if o is not g
        and o.baseline is not None
        and o.current is not None
        and o.current.value == g.current.value
        and (pm := PERIOD_AFTER.match(doc.norm[o.baseline.end : o.baseline.end + 40]))
        and period_key(PERIOD_REF.match(pm.group("p"))) == g.period  # type: ignore[arg-type]
    }
    if len(same) == 1:
        value = same.pop()
        base = next(o.baseline for o in all_growth if o.baseline is not None and o.baseline.value == value)
        return base, (Evidence("baseline", base),)
    direct = _figure_for(doc, frames, g.period, g, periods, own_sentence=False) or _said_before_in_clause(g, periods)
    if direct is not None and direct.value and 1 / MAX_RATIO <= g.current.value / direct.value <= MAX_RATIO:
        return direct, (Evidence("baseline", direct),)
    # (a figure of that period too far from the current to be compared with it is another thing's
    # figure: the period's own may still be derived from the article's totals)
    derived = _derived(doc, frames, g, periods) or _total_less_current(doc, frames, g, periods)
    if derived is None and direct is not None:
        return direct, (Evidence("baseline", direct),)
    return derived


def _total_less_current(
    doc: Document, frames: FrameIndex, g: Growth, periods: dict[str, list[Quantity]]
) -> tuple[Quantity, tuple[Evidence, ...]] | None:
    """A period's figure as a total over it and the current's period, less the current: "36,400 in
    February, up 53.1% on January" with "60,300 in the first two months" gives January 23,900;
    Q1 from the first half and Q2, H1 from the year and H2. The total must be about the same
    thing, and larger."""
    assert g.period is not None and g.current is not None
    own = frames.frame(g.current.start, g.current.end).months
    if len(own) == 2 and g.period in own:
        # "exported 19,431 in February, 162.5% above January": the month compared with is not the current's
        own = own - {g.period}
    if len(own) != 1:
        return None
    now, then = months_of(next(iter(own))), months_of(g.period)
    if not now or not then or now & then:
        return None
    cur = g.current
    mine = frames.frame(cur.start, cur.end)
    totals = {}
    for q in doc.quantities:
        if q.sentence == g.stated.sentence or not (q.exact and compatible(q, cur)):
            continue
        fq = frames.frame(q.start, q.end)
        # (the clause may name the last month the total runs to: "26,834 in the first two months,
        # with February's data": the widest period is the total's)
        wide = widest(fq.months)
        inside = all((months_of(k) or frozenset({0})) <= (months_of(wide) or frozenset()) for k in fq.months)
        if wide is not None and inside and months_of(wide) == now | then and not other_metric(mine, fq):
            totals[q.value] = q
    if len(totals) != 1:
        return None
    (total,) = totals.values()
    if total.value <= cur.value:
        return None
    base = Quantity(
        text=f"{total.text.strip()} - {cur.text.strip()}",
        value=total.value - cur.value,
        unit=cur.unit,
        start=total.start,
        end=total.end,
        lo=total.lo - cur.hi,
        hi=total.hi - cur.lo,
        sentence=total.sentence,
    )
    return base, (Evidence("baseline_total", total),)


# A slice named by its powertrain right after a figure: "4,400 electric vehicles", "3,950 PHEVs"
_SLICE_NOUN = re.compile(
    r"\s{1,3}+(?:new\s{1,3}+)?(?:fully\s{1,3}+)?(?:"
    + "|".join(p for k, p in FUEL_LABELS if k in ("PHEV", "BEV", "HEV"))
    + r"|plug-?ins?|nevs?)\b",
    re.IGNORECASE,
)


_MARKET_SUBJECT = re.compile(r"\bthe\s+(?:(?:auto|automotive|car|motor)\s+)?(?:industry|market|sector)\b", re.I)


def _another_company(theirs: frozenset[str], mine: frozenset[str]) -> bool:
    """A figure that names companies, none of them the claim's (or the claim names none: a
    market's figure is no company's)."""
    named = theirs - REPORTERS
    return bool(named) and not named & mine


# "compared to Hyundai's 60,501 units": the baseline said as another company's
_POSSESSOR = re.compile(r"\b(?P<n>[A-Z][\w&-]*+)['’]s\s++(?:[a-z-]++\s++){0,2}?$")
# "19% higher than Hyundai's": a rate that compares two companies, not a change over time
_COMPARATIVE_AFTER = re.compile(
    r"\s{0,3}+(?:more|higher|lower|less|fewer|above|below|ahead|behind|bigger|larger|smaller)\b", re.IGNORECASE
)


def _rivals_baseline(doc: Document, frames: FrameIndex, g: Growth, current: Quantity, baseline: Quantity) -> str | None:
    """The company a change's baseline is said to belong to ("Hyundai's 60,501"), when the
    current's clause names companies and not that one: a change of one company is no
    comparison with another's figure. None when the rate itself compares ("19% higher than")."""
    m = _POSSESSOR.search(doc.norm, max(0, baseline.start - 40), baseline.start)
    if m is None or month_index(m.group("n").lower()) is not None or _COMPARATIVE_AFTER.match(doc.norm, g.stated.end):
        return None
    owner = frames.names.in_text(doc.norm, m.start("n"), m.end("n")) - REPORTERS
    sent = doc.sentences[current.sentence]
    mine = frames.names.in_span(sent.start, current.start) - REPORTERS
    return m.group("n") if owner and mine and not owner & mine else None


def _figure_for(
    doc: Document, frames: FrameIndex, key: str, g: Growth, periods: dict[str, list[Quantity]], own_sentence: bool
) -> Quantity | None:
    """The one figure the article states for a period, for the claim's company; None if unsure."""
    assert g.current is not None
    cands = [
        c
        for c in periods.get(key, ())
        if compatible(c, g.current) and c.exact and (own_sentence or c.sentence != g.stated.sentence)
    ]
    if not own_sentence and cands:
        # Found by its period alone, in another sentence: it must be about the same thing (no
        # other company, metric, channel or market), or "from November" pairs any November figure.
        mine = frames.frame(g.current.start, g.current.end)
        # (imported or used cars on one side only are another market: "used import arrivals were up
        # 28% on February" is no change of February's new-car sales)
        cands = [
            c
            for c in cands
            if not other_metric(mine, fc := frames.frame(c.start, c.end)) and not other_market(mine, fc)
        ]
        # nor a figure of a company the current is not about ("the industry sold 31,240 ... 4.9 percent
        # lower compared with May's total" is no change of a brand's "May total of 15,680"); a current
        # said of the whole market is no company's, whatever the article's main subject
        cur_sent = doc.sentences[g.current.sentence]
        market = _MARKET_SUBJECT.search(doc.norm, max(cur_sent.start, g.current.start - 80), g.current.start)
        own_names = frozenset() if market and mine.implicit_names else mine.names
        cands = [c for c in cands if not _another_company(frames.frame(c.start, c.end).names, own_names)]
        # a slice named by its powertrain ("4,400 electric vehicles") is no baseline of all sales,
        # and a period of another year no baseline of "the first quarter of 2021"
        sent = doc.sentences[g.stated.sentence]
        years = set(YEAR.findall(doc.norm, g.stated.end, sent.end))
        cands = [
            c
            for c in cands
            if not (_SLICE_NOUN.match(doc.norm, c.end) and not mine.powertrain)
            and not (len(years) == 1 and (fy := _years_of(frames, c)) and not years & fy)
            # ("940,000 cars in the half, 6.1% more than in the first half of 2025": an undated
            # figure of that half is the current year's, like the current, not 2025's)
            and not (len(years) == 1 and mine.years and not years & mine.years and not _years_of(frames, c))
        ]
    if not cands:
        return None
    values = {c.value for c in cands}
    if len(values) > 1:
        # Keep the figures stated for the same company as the claim.
        # (who reported a figure is no evidence whose it is)
        sent = doc.sentences[g.stated.sentence]
        names = frames.names.in_span(sent.start, sent.end) - REPORTERS
        scored = [
            (len(names & frames.names.in_span(max(doc.sentences[c.sentence].start, c.start - 80), c.start)), c)
            for c in cands
        ]
        best = max(s for s, _ in scored)
        cands = [c for s, c in scored if s == best and best > 0]
        values = {c.value for c in cands}
    return cands[0] if len(values) == 1 else None


def _years_of(frames: FrameIndex, q: Quantity) -> set[str]:
    """The years a figure is dated by, written out ("2025"; not "last-year")."""
    return {y for y in frames.frame(q.start, q.end).years if y.isdigit()}


def _pair_of_a_two_item_list(doc: Document, g: Growth, baseline: Quantity | None) -> bool:
    """A rate after a list of two figures that names one of them as its baseline by its period
    ("5,000 in April and 6,000 in May, a 20% increase from April") is a change of the other."""
    if baseline is None or g.current is None or g.baseline is not None or baseline.sentence != g.stated.sentence:
        return False
    levels = [q for q in doc.in_sentence(g.stated.sentence) if q.is_amount and compatible(q, g.current)]
    return len(levels) == 2 and g.current in levels and baseline in levels


def _said_before_in_clause(g: Growth, periods: dict[str, list[Quantity]]) -> Quantity | None:
    """The one figure the rate's own sentence gives, before the rate, for the period it is measured
    from: "sold 5,000 vans in April and 6,000 in May, a 20% increase from April"."""
    assert g.period is not None and g.current is not None
    own = [
        c
        for c in periods.get(g.period, ())
        if c.sentence == g.stated.sentence
        and c is not g.current
        and c.end <= g.stated.start
        and c.exact
        and compatible(c, g.current)
    ]
    return own[0] if len({c.value for c in own}) == 1 else None


def _derived(
    doc: Document, frames: FrameIndex, g: Growth, periods: dict[str, list[Quantity]]
) -> tuple[Quantity, tuple[Evidence, ...]] | None:
    """A period's figure as its parent period minus the other parts: April = Q2 - May - June."""
    assert g.period is not None and g.current is not None
    parent = parent_key(g.period)
    if parent is None:
        return None
    total = _figure_for(doc, frames, parent, g, periods, own_sentence=True)
    if total is None:
        return None
    parts = []
    for key in child_keys(parent):
        if key != g.period:
            part = _figure_for(doc, frames, key, g, periods, own_sentence=True)
            if part is None or part is total:
                return None
            parts.append(part)
    value = total.value - sum(p.value for p in parts)
    if value <= 0:
        return None
    base = Quantity(
        text=" - ".join(q.text for q in (total, *parts)),
        value=value,
        unit=g.current.unit,
        start=total.start,
        end=total.end,
        lo=total.lo - sum(p.hi for p in parts),
        hi=total.hi - sum(p.lo for p in parts),
        sentence=total.sentence,
    )
    return base, (Evidence("baseline_total", total), *(Evidence("baseline_part", p) for p in parts))


def _derived_text(q: Quantity) -> bool:
    return " - " in q.text or " + " in q.text  # "6,420 - 320": a baseline the article implies


def _fmt(q: Quantity) -> str:
    if _derived_text(q):
        return f"({q.text} = {format_number(q.value)})"
    return q.text.strip()


# "up 58.7% on May last year", "from June a year earlier": the month named is a year back.
PERIOD_REF_ANYWHERE = re.compile(r"\b" + PERIOD_REF.pattern.removeprefix("^"), PERIOD_REF.flags)
_LAST_YEAR_AFTER = re.compile(
    # (the look-behind and possessive blanks keep a scan over a run of blanks linear)
    r"(?<!\s)\s{0,20}+,?+\s{0,20}+(?:of\s++|in\s++)?(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior)\s+year)\b",
    re.IGNORECASE,
)


def _year_ago(doc: Document, frames: FrameIndex, g: Growth) -> bool:
    """The period a rate is compared with is the current figure's own period a year back ("up
    58.7% on May last year" of a May figure): the article's figures for that month are this
    year's, so none of them is the baseline. ("from December last year" of a January figure is
    the month before, and stays a period reference.)"""
    assert g.current is not None and g.period is not None
    sent = doc.sentences[g.stated.sentence]
    for m in PERIOD_REF_ANYWHERE.finditer(doc.norm, g.stated.end, sent.end):
        if period_key(m) == g.period and _LAST_YEAR_AFTER.match(doc.norm, m.end()):
            return g.period in frames.frame(g.current.start, g.current.end).months
    return False


# A loss, named before its rate with a word of change that names no direction of the loss itself
# ("loss ... plunged by", "deficit fell"; never "narrowed", "widened", "deepened", "shrank")
_A_LOSS_LOOSELY = re.compile(
    r"\b(?:loss(?:es)?|deficit)\b(?![^.;]{0,80}?\b(?:narrow|widen|deepen|shr[iu]nk|trim|reduc|halv|doubl)\w*)"
    r"(?:[^.;%]|\.(?=\d)){0,100}?$",
    re.IGNORECASE,
)


def evaluate(
    doc: Document,
    frames: FrameIndex,
    g: Growth,
    all_growth: tuple[Growth, ...],
    periods: dict[str, list[Quantity]],
) -> Verdict:
    stated = g.stated
    p = abs(stated.value)
    signed_stated = g.sign * p
    shown = format_percent(signed_stated, stated.decimals)
    if stated.hedge:
        shown = f"{HEDGE_WORDS[stated.hedge]} {shown}"
    if not any(ch.isdigit() for ch in stated.text):
        shown = f"{stated.text.strip()} ({shown})"  # "more than a third (more than -33.3%)"
    baseline = g.baseline
    base_evidence: tuple[Evidence, ...] = (Evidence("baseline", baseline),) if baseline is not None else ()
    year_ago = g.period is not None and g.current is not None and _year_ago(doc, frames, g)
    if baseline is None and g.period is not None and g.current is not None and not year_ago:
        resolved = _resolve_period(doc, frames, g, all_growth, periods)
        if resolved is not None:
            baseline, base_evidence = resolved
    current = g.current
    if current is None:
        return verdict(
            RULE,
            Status.UNVERIFIABLE,
            stated,
            f"{shown} with no figure to apply it to; check it against the source",
            stated_value=signed_stated,
        )
    if baseline is None:
        implied = current.value / (1 + signed_stated / 100) if signed_stated != -100 else None
        where = (
            f"the article gives no figure for {g.period.title() if len(g.period) > 2 else g.period.upper()}"
            + (" a year earlier" if year_ago else "")
            if g.period
            else "no baseline is stated"
        )
        hint = (
            f"; it implies a baseline of about {format_like(implied, current)}"
            if implied is not None and current.exact
            else ""
        )
        return verdict(
            RULE,
            Status.UNVERIFIABLE,
            stated,
            f"{shown} for {_fmt(current)}, but {where}{hint}",
            (Evidence("current", current),),
            stated_value=signed_stated,
            implied_baseline=implied,
        )
    evidence = (Evidence("current", current), *base_evidence)
    rival = _rivals_baseline(doc, frames, g, current, baseline)
    if rival is not None:
        return verdict(
            RULE,
            Status.UNVERIFIABLE,
            stated,
            f"{shown} for {_fmt(current)}: {_fmt(baseline)} is {rival}'s figure, and a change is measured on"
            " one company's own figures; check which earlier figure the rate is of",
            evidence,
            stated_value=signed_stated,
        )
    if not compatible(current, baseline) or baseline.value <= 0 or current.value < 0:
        return verdict(
            RULE,
            Status.UNVERIFIABLE,
            stated,
            f"{shown}: {_fmt(current)} and {_fmt(baseline)} cannot be compared (different units or a zero baseline)",
            evidence,
            stated_value=signed_stated,
        )
    ratio = current.value / baseline.value
    # (unless the rate itself says they are that far apart: "-100%" for a model dropped, "05" against
    # 9,576 units a year before)
    said = 1 + signed_stated / 100
    if not (1 / MAX_RATIO <= ratio <= MAX_RATIO) and 1 / MAX_RATIO <= said <= MAX_RATIO:
        return verdict(
            RULE,
            Status.UNVERIFIABLE,
            stated,
            f"{shown}: {_fmt(current)} and {_fmt(baseline)} are too far apart to be the figures compared",
            evidence,
            stated_value=signed_stated,
        )
    if per_share(doc.norm, current) and per_share(doc.norm, baseline):
        # earnings per share are rounded from the profit and share count, and their rates computed
        # before the rounding ("70 agorot per share, up 34.1% from 52"): each stands for its last digit
        current, baseline = _to_its_last_digit(current), _to_its_last_digit(baseline)
    computed = arith.point_percent_change(current.value, baseline.value)
    # a baseline bounded only from above ("from fewer than 40,000") may be as small as its last
    # digit allows: the change is then open upwards, never a crash
    base_lo = baseline.lo if baseline.lo > 0 else min(baseline.hi, max(baseline.value, 1.0)) * 1e-6
    interval = arith.percent_change((current.lo, current.hi), (base_lo, baseline.hi))
    if interval is None:
        return verdict(
            RULE,
            Status.UNVERIFIABLE,
            stated,
            f"{shown}: {_fmt(current)} and {_fmt(baseline)} cannot be compared (a baseline with no lower bound)",
            evidence,
            stated_value=signed_stated,
        )
    stated_iv = stated.directed(g.sign)
    shown_dec = max(stated.decimals, 2)
    fb = f"({baseline.text})" if _derived_text(baseline) else figure(baseline)
    arithmetic = f"({figure(current)} - {fb}) / {fb} × 100 = {format_percent(computed, 4)}"
    head = f"{_fmt(current)} vs {_fmt(baseline)} is {format_percent(computed, shown_dec)}"
    if arith.overlaps(interval, stated_iv):
        said = f"the article says {shown}"
        if not arith.overlaps((computed, computed), stated_iv):
            # "$11.1 billion vs $9.2 billion is +20.65%" next to a stated 19.7%: say why it still holds
            lo, hi = (format_percent(x, shown_dec) for x in interval)
            said = (
                f"{_fmt(current)} and {_fmt(baseline)} as rounded allow {lo} to {hi}, so {shown} holds within"
                " their rounding"
            )
        return verdict(
            RULE,
            Status.CONSISTENT,
            stated,
            f"{head}; {said}",
            evidence,
            stated_value=signed_stated,
            computed=computed,
            arithmetic=arithmetic,
        )
    reversed_size = (computed > 0) != (g.sign > 0) and arith.overlaps(interval, stated.directed(-g.sign))
    if (
        reversed_size
        and current.is_currency
        and _A_LOSS_LOOSELY.search(doc.norm, doc.sentences[stated.sentence].start, stated.start)
    ):
        # "Korvik's pre-tax loss plunged by 50% to £196.4m from £130.9m": of a loss, a fall or a
        # plunge is said of the result, which the deeper loss made worse; only "narrowed" or
        # "widened" would name the loss's own direction
        return verdict(
            RULE,
            Status.CONSISTENT,
            stated,
            f"{head}; the article says {shown} of a loss, whose result fell as the loss grew",
            evidence,
            stated_value=signed_stated,
            computed=computed,
            arithmetic=arithmetic,
        )
    if reversed_size:
        said = f"{'up' if g.sign > 0 else 'down'} {format_percent(p, stated.decimals, signed=False)}"
        msg = f"{head}: a {'rise' if computed > 0 else 'fall'}, but the article says {said}"
    else:
        right = format_percent(arith.round_half_up(computed, stated.decimals), stated.decimals)
        msg = f"{head}, not {shown}; it should read {right}"
    fits = next(
        (
            o
            for o in g.others
            if compatible(o, baseline)
            and (iv := arith.percent_change((o.lo, o.hi), (baseline.lo, baseline.hi))) is not None
            and arith.overlaps(iv, stated_iv)
        ),
        None,
    )
    if fits is not None:
        return verdict(
            RULE,
            Status.UNVERIFIABLE,
            stated,
            f"{msg}; but {_fmt(fits)} would fit as the figure it is a change of, so the pairing is unclear",
            evidence,
            stated_value=signed_stated,
            computed=computed,
            arithmetic=arithmetic,
        )
    if (
        current.unit in (None, "count")
        and baseline.unit in (None, "count")
        # (a change said in units too, "up 10,624 units or 12.1 per cent", is a change in volume)
        and not _derived_text(baseline)
        and _SELLING_DAY.search(doc.norm) is not None
        # (prose: a table's change column beside its own selling-day column is the change in volume)
        and len(re.findall(r"[A-Za-z]{2,}", doc.sentences[stated.sentence].text)) >= 5
        # a month has 22 to 27 selling days: a change per selling day is the change in volume times
        # at most that ratio; a rate further off than that is a slip either way
        and _PER_DAY_SPAN[0] <= (1 + signed_stated / 100) / (current.value / baseline.value) <= _PER_DAY_SPAN[1]
    ):
        # "down 3.0% from 118,650" where the two months had 24 and 25 selling
        # days: the trade press compares daily selling rates, which the volumes as written do not give
        return verdict(
            RULE,
            Status.UNVERIFIABLE,
            stated,
            f"{head} in volume, not {shown}; but the article counts selling days, and a change per selling"
            " day differs from the change in volume by as much as the months' selling days do: check which"
            " one it gives",
            evidence,
            stated_value=signed_stated,
            computed=computed,
            arithmetic=arithmetic,
        )
    if g.uncertain and not _pair_of_a_two_item_list(doc, g, baseline):
        return verdict(
            RULE,
            Status.UNVERIFIABLE,
            stated,
            f"{shown} follows a list of figures and may apply to any of them or to their total; {head}",
            evidence,
            stated_value=signed_stated,
            computed=computed,
            arithmetic=arithmetic,
        )
    return verdict(
        RULE,
        Status.INCONSISTENT,
        stated,
        msg,
        evidence,
        stated_value=signed_stated,
        computed=computed,
        arithmetic=arithmetic,
    )


# How far a change per selling day may stand from the change in volume: the ratio of two months'
# selling days (22 to 27)
_PER_DAY_SPAN = (22 / 27, 27 / 22)
_SELLING_DAY = re.compile(SELLING_DAY, re.IGNORECASE)


def _dec(q: Quantity) -> int:
    return q.decimals if q.unit not in (None, "count") or q.decimals else 0


def _table_baseline(doc: Document, g: Growth, tables: list[Table]) -> Quantity | None:
    """The baseline read off a table that holds the current figure (the cell a year or a month before)."""
    if not tables or g.current is None or not g.current.exact:
        return None
    near = doc.norm[g.stated.end : g.stated.end + 60]
    # the comparison said right after the rate ("up 12% year-on-year", "down 3% from the previous month")
    basis = basis_in(near.lstrip()[:45])
    sent = doc.sentences[g.stated.sentence]
    # the current written again in a row of two periods and their change ("sales of 41,210 units, a 7%
    # rise on March 2024" over "Mar-25 Mar-24 % Chg ... 41,210 38,520 +7 %")
    said = basis or basis_of(doc, g.stated, sent.end)
    if said and said.startswith("vs:") and said[3:] in doc.norm[sent.start : g.stated.start].lower():
        said = "yoy"  # "March sales of 41,210 units, a 7% rise compared with March 2024"
    rows = [
        base
        for t in tables
        if t.row_basis is not None and said in (None, t.row_basis)
        for _, cur, base in t.row_changes
        if cur is not g.current and cur.value == g.current.value and compatible(cur, g.current)
    ]
    if rows:
        return rows[0] if len(rows) == 1 else None
    # the prose's "Rs. 61.74 billion" written "61.74" in a table of "(Rs bn)" columns: the row's
    # cell a year before, in the prose figure's unit and scale
    if said in (None, "yoy") and g.current.sentence == g.stated.sentence:
        pairs = [(cur, base) for t in tables for _, cur, base in t.row_changes] + [
            (cur, base)
            for t in tables
            for r in range(len(t.rows))
            for c in range(len(t.columns))
            if (b := t.year_before(c)) is not None
            and (cur := t.cell(r, c)) is not None
            and (base := t.cell(r, b)) is not None
        ]
        scaled = [
            replace(base, value=base.value * k, lo=base.lo * k, hi=base.hi * k, unit=g.current.unit)
            for cur, base in pairs
            if (k := _scale_of(g.current, cur)) is not None and base.unit in (None, "count")
        ]
        if len(scaled) == 1:
            return scaled[0]
    if basis not in ("yoy", "mom"):
        # "sales of 109,418 units in June 2024 represented a 6.0% decrease over June 2023": one month
        # named for two years a year apart
        dated = {(m.group("m").lower(), int(m.group("y"))) for m in _MONTH_OF_YEAR.finditer(sent.text)}
        if (
            len(dated) != 2
            or len({m for m, _ in dated}) != 1
            or abs(max(y for _, y in dated) - min(y for _, y in dated)) != 1
        ):
            return None
        basis = "yoy"
    months = {m.group().lower() for m in MONTH_WORD.finditer(sent.text)}
    month = months.pop() if len(months) == 1 else None
    hits = [(t, rc) for t in tables for rc in t.locate_value(g.current.value, month)]
    if not hits and month is not None:
        # a table whose rows are not months ("Sales Total"), the month being its column's
        hits = [(t, rc) for t in tables for rc in t.locate_value(g.current.value, None)]
    if len(hits) != 1:
        return None
    table, (r, c) = hits[0]
    if basis == "yoy":
        before = table.year_before(c)
        return table.cell(r, before) if before is not None else None
    prev = table.previous_period(r, c)
    return table.cell(*prev) if prev else None


_WRITTEN = re.compile(r"\d[\d,]*+(?:\.\d++)?")


def _scale_of(q: Quantity, cell: Quantity) -> float | None:
    """The scale a prose figure ("Rs. 61.74 billion") has over the table cell that writes its
    digits alone ("61.74"); None when the cell is not that figure written short."""
    if cell.unit not in (None, "count") or q.value == cell.value or cell.value <= 0 or not q.exact:
        return None
    m = _WRITTEN.search(q.text)
    if m is None or float(m.group().replace(",", "")) != cell.value or m.group().count(".") != cell.text.count("."):
        return None
    k = q.value / cell.value
    return k if k >= 1000 and math.isclose(k, 10 ** round(math.log10(k))) else None


# the year the rate's named period belongs to, said right after it: "from the second quarter of 2024"
_PERIOD_YEAR = re.compile(r"[^,;%\d]{0,50}?\b(?:of|in)\s++(?P<y>(?:19|20)\d\d)\b")


def _table_period_baseline(doc: Document, g: Growth, tables: list[Table]) -> Quantity | None:
    """The baseline of a rate named by its period and year ("8,400 vans, 40% more than in the second
    quarter of 2024"), its current a figure of one table row: that row's cell under the column of
    that period ("| 3Q2024 | 2Q2024 | 3Q2023 |"). Quarters, halves and months, one table cell or none."""
    if g.current is None or not g.current.exact or g.period is None:
        return None
    ym = _PERIOD_YEAR.match(doc.norm, g.stated.end, doc.sentences[g.stated.sentence].end)
    if ym is None:
        return None
    year = int(ym.group("y"))
    hits = []
    for t in tables:
        cols = [k for k, label in enumerate(t.columns) if _column_key(label) == (g.period, year)]
        for r, c in t.locate_value(g.current.value, None):
            hits.extend(cell for k in cols if k != c and (cell := t.cell(r, k)) is not None)
    return hits[0] if len(hits) == 1 else None


def _column_key(label: str) -> tuple[str, int] | None:
    """A period column's label as the period key of the text's reader: ("q2", 2024) for "2Q2024"."""
    p = column_period(label)
    if p is None or p[1]:
        return None  # (a fiscal period is not the calendar's)
    pre = p[0].lower().rstrip(".")
    if pre[:1] in ("q", "h") and pre[1:].isdigit():
        n = int(pre[1:])
        return (quarter(n) if pre[0] == "q" else half(n)), p[2]
    i = next((i for i, m in enumerate(MONTHS, 1) if pre and m.startswith(pre)), None)
    return (month_key(i), p[2]) if i is not None else None


_CLAUSE_CUT = re.compile(r",|;|\band\b")
_MONTH_OF_YEAR = re.compile(rf"\b(?P<m>{'|'.join(MONTHS)})\s{{1,3}}+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE)


def _table_levels(
    doc: Document, frames: FrameIndex, g: Growth, tables: list[Table]
) -> tuple[Quantity, Quantity] | None:
    """A rate with no figure of its own in a sentence that names its month and year ("sales for
    September 2021 represent a year-on-year growth of 40%"), read off a table of months by years:
    that month's cell, and the cell of the same month a year before (or, month-on-month, the
    month before). A rate of a powertrain, or of a segment the table's title does not name, is no
    rate of the table's figures."""
    sent = doc.sentences[g.stated.sentence]
    text = doc.norm
    own = doc.in_sentence(sent.index)
    prev_end = max((q.end for q in own if q.end <= g.stated.start), default=sent.start)
    next_start = min((q.start for q in own if q.start >= g.stated.end), default=sent.end)
    if sum(q.unit == "percent" for q in own) == 1:
        clause = text[sent.start : sent.end]  # the sentence's only rate: its comparison may be said anywhere in it
    else:
        before = _CLAUSE_CUT.split(text[prev_end : g.stated.start])[-1]
        clause = before + " " + _CLAUSE_CUT.split(text[g.stated.end : next_start])[0]
    basis = basis_in(clause) or ("mom" if re.search(r"\bmonthly\b", clause, re.IGNORECASE) else None)
    named = list(_MONTH_OF_YEAR.finditer(text, sent.start, g.stated.start))
    if basis not in ("yoy", "mom") or len(named) != 1:
        return None
    month, year = named[0].group("m").lower(), named[0].group("y")
    hits = [(t, rc) for t in tables if (rc := t.at_period(month, year)) is not None]
    if len(hits) != 1:
        return None
    table, (r, c) = hits[0]
    fr, title = frames.frame(g.stated.start, g.stated.end), quals_of(table.title)
    if fr.powertrain or fr.measure or any(fr.quals[k] != title.get(k) for k in CLASS_GROUPS if k in fr.quals):
        return None
    current = table.cell(r, c)
    if basis == "yoy":
        before = table.year_before(c)
        baseline = table.cell(r, before) if before is not None else None
    else:
        prev = table.previous_period(r, c)
        baseline = table.cell(*prev) if prev else None
    return (current, baseline) if current is not None and baseline is not None else None


def _from_change(ch: Change) -> tuple[Growth, tuple[Evidence, ...] | None]:
    """A rate stated next to its amount ("up 320 cars or 5.2 per cent"): the growth it states,
    and, when the article gives no baseline, the evidence the baseline is derived from (the
    current figure less the change)."""
    if ch.current is None and ch.baseline is not None:
        # "12,410 units (or 3.1%) behind the 400,300 of a year earlier": the level reached is the
        # baseline plus the change
        b, d = ch.baseline, ch.amount
        return Growth(ch.rate, ch.sign, shifted(b, d, ch.sign), b, None), (
            Evidence("baseline", b),
            Evidence("change", d),
        )
    if ch.baseline is not None or ch.current is None:
        return Growth(ch.rate, ch.sign, ch.current, ch.baseline, None), None
    c, d = ch.current, ch.amount
    return Growth(ch.rate, ch.sign, c, shifted(c, d, -ch.sign), None), (Evidence("current", c), Evidence("change", d))


def check(r: Reading) -> Iterator[Verdict]:
    doc, growth = r.doc, r.growths
    tables = list(r.tables)  # (a change column's cells are read even when no rate is)
    periods = period_index(doc) if any(g.period is not None for g in growth) else {}
    # A rate stated next to the amount of its change is read by its own grammar: the amount
    # is never the figure the rate applies to.
    changes = {(ch.rate.start, ch.rate.end): ch for ch in r.changes}
    for g in growth:
        ch = changes.pop((g.stated.start, g.stated.end), None)
        if ch is not None and (
            ch.current is not None
            or ch.baseline is not None
            # unless the growth reader found the bracket to be the level reached, with its baseline
            or (g.current is ch.amount and g.baseline is None)
        ):
            yield _judge_change(doc, r.frames, ch, growth, periods)
            continue
        # a cell of a table's change column compares its row's two period columns
        pair, table = next(((p, t) for t in tables if (p := t.change_of(g.stated)) is not None), (None, None))
        if pair is not None and table is not None:
            # (the table's own reading of the cell: a padded column stands for one decimal fewer)
            g = replace(
                g, stated=table.cell_of(g.stated), current=pair[0], baseline=pair[1], period=None, uncertain=False
            )
        elif g.baseline is None and g.period is None and tables:
            base = _table_baseline(doc, g, tables)
            if base is not None:
                g = replace(g, baseline=base)
        elif g.baseline is None and g.period is not None and tables:
            base = _table_period_baseline(doc, g, tables)
            if base is not None:
                g = replace(g, baseline=base, period=None)
        if g.current is None and g.baseline is None and tables:
            levels = _table_levels(doc, r.frames, g, tables)
            if levels is not None:
                v = evaluate(doc, r.frames, replace(g, current=levels[0], baseline=levels[1], period=None), growth, {})
                # paired by its period alone: only a slip of a digit makes it an error
                yield replace(v, extra={**v.extra, "pairing": "weak"}) if v.status is Status.INCONSISTENT else v
                continue
        if g.current is None and g.baseline is None:
            levels = _levels_said_after(doc, r.frames, g)
            if levels is not None:
                v = evaluate(doc, r.frames, replace(g, current=levels[0], baseline=levels[1], period=None), growth, {})
                # paired by what the sentences after say, not by the rate's own words: only a slip of a
                # digit makes it an error
                yield replace(v, extra={**v.extra, "pairing": "weak"}) if v.status is Status.INCONSISTENT else v
                continue
        twin = _twin_with_levels(r.frames, g, growth) if g.current is None and g.baseline is None else None
        if twin is not None:
            # "Car sales rise 24% in September" over "sales increased 24% to 17,051 cars, compared
            # to 13,734": the same rate, said again with its levels
            said = replace(g, current=twin.current, baseline=twin.baseline, period=None)
            v = evaluate(doc, r.frames, said, growth, {})
            yield replace(v, extra={**v.extra, "how": _SAID_AGAIN})
            continue
        yield evaluate(doc, r.frames, g, growth, periods)
    for ch in changes.values():
        if ch.current is not None or ch.baseline is not None:  # a rate with neither level stays unread
            yield _judge_change(doc, r.frames, ch, growth, periods)
    # a change column's cell says its direction by its sign alone ("VOLVO 48 65 35.4%")
    read = {g.stated.start for g in growth}
    for t in tables:
        for cell in t.change_cells():
            pair = t.change_of(cell)
            if cell.start not in read and pair is not None:
                read.add(cell.start)  # (two readings of one table give a cell one verdict)
                sign = -1 if cell.value < 0 or cell.text.lstrip().startswith(("-", "−")) else 1
                yield evaluate(doc, r.frames, Growth(cell, sign, pair[0], pair[1], None), growth, periods)


_SAID_AGAIN = "the levels of the same rate said in another sentence"
# the words that date a level a year back in its own sentence: "A year earlier, they were 17,460",
# "That compares with 17,460 in the same period last year"
_BACK_WORDS = re.compile(
    YEAR_BACK.pattern + r"|\byear-(?:ago|earlier)\b|\bcorresponding\s+(?:period|month|quarter)\b", re.IGNORECASE
)
_AFTER_SENTENCES = 3


def _levels_said_after(doc: Document, frames: FrameIndex, g: Growth) -> tuple[Quantity, Quantity] | None:
    """A rate said with no figure ("Sales rose 14% in the first half"), whose next sentences give one
    level for the period ("During the period, 21,340 cars were registered.") and then one dated a
    year back ("A year earlier, they were 18,720."): the two levels it compares, of one metric."""
    sent = doc.sentences[g.stated.sentence]
    if any(q.is_amount for q in doc.in_sentence(sent.index)):
        return None
    if basis_of(doc, g.stated, sent.end) not in (None, "yoy"):
        return None
    current: Quantity | None = None
    last = sent
    for nxt in doc.sentences[sent.index + 1 : sent.index + 1 + _AFTER_SENTENCES]:
        if nxt.paragraph - last.paragraph > 1 or any(q.unit == "percent" for q in doc.in_sentence(nxt.index)):
            return None  # a new section, or a sentence of rates of its own
        last = nxt
        amounts = [q for q in doc.in_sentence(nxt.index) if q.is_amount and not _in_brackets(doc, q)]
        if not amounts:
            continue
        if current is None and len(amounts) == 2:
            # "Operating income climbed to 742 billion won from 605 billion won a year before": one sentence
            # gives both levels, the earlier one named by its comparison word and dated a year back
            pair = _level_and_its_baseline(doc, amounts)
            ok = pair is not None and bool(_BACK_WORDS.search(nxt.text)) and not _FUTURE.search(nxt.text)
            # (one rate in its sentence, and no period of the rate's that the levels' is not)
            lone = sum(q.unit == "percent" for q in doc.in_sentence(sent.index)) == 1
            if ok and pair is not None and lone and _same_period(frames, g.stated, pair[0]):
                cur, base = pair
                if not same_thing(doc, frames, g.stated, cur):
                    return None
                return pair if base.value > 0 and 1 / MAX_RATIO <= cur.value / base.value <= MAX_RATIO else None
            return None
        if len(amounts) != 1 or not amounts[0].exact:
            return None
        q = amounts[0]
        fq = frames.frame(q.start, q.end)
        back = bool(_BACK_WORDS.search(nxt.text)) or "last-year" in fq.years
        if current is None:
            # (figures paired across sentences by position say the same thing as the rate)
            if back or not same_thing(doc, frames, g.stated, q):
                return None
            current = q
            continue
        if not back or not compatible(q, current) or not same_thing(doc, frames, current, q):
            return None
        return (current, q) if q.value > 0 and 1 / MAX_RATIO <= current.value / q.value <= MAX_RATIO else None
    return None


# the word that names a level as the one compared with: "from 605 billion won", "up from", "against",
# "as compared to the sale of 8,000 units"
_BASELINE_WORD = re.compile(
    r"\b(?:from|compared\s++(?:with|to)|against|versus|vs\.?|than)\s++(?:(?:the|last\s++year['’]s|a)\s++)?"
    r"(?:(?:figure|total|level|sales?|volume|number)\s++of\s++)?$",
    re.IGNORECASE,
)
# a level foreseen, not reached: "The company will sell 6,000 cars in June, up from 5,000"
_FUTURE = re.compile(
    rf"\b(?:will|would|shall|expects?|plans?|aims?|intends?|hopes?|{PROJECTION}|projected|forecasts?)\b",
    re.IGNORECASE,
)
_TO_WORD = re.compile(r"\b(?:to|at|reaching|of)\s++(?:a\s++(?:record\s++)?)?$", re.IGNORECASE)


def _same_period(frames: FrameIndex, a: Quantity, b: Quantity) -> bool:
    """No period named for one figure that the other's is not ("in March" and "in February")."""
    fa, fb = frames.frame(a.start, a.end), frames.frame(b.start, b.end)
    if not (fa.months and fb.months) or same_months(fa.months, fb.months):
        return True
    # ("the third quarter" and "the July-September quarter" are one stretch of months)
    ma, mb = (set().union(*(months_of(k) or {k} for k in f.months)) for f in (fa, fb))
    return ma == mb


def _in_brackets(doc: Document, q: Quantity) -> bool:
    """A figure inside brackets: a conversion or a gloss ("(US$849 million)"), not a level of the clause."""
    return any(
        m.start() < q.start and q.end < m.end() for m in BRACKET.finditer(doc.norm, max(0, q.start - 40), q.end + 40)
    )


def _level_and_its_baseline(doc: Document, two: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    """Of two compatible levels of a sentence, the level reached and the one a comparison word names
    ("climbed to 742 billion won from 605 billion won", "From 61,563, it rose to 71,348")."""
    a, b = two
    if not compatible(a, b) or not (a.exact or a.decimals) or not (b.exact or b.decimals):
        return None
    text, start = doc.norm, doc.sentences[a.sentence].start
    if _BASELINE_WORD.search(text, max(start, b.start - 30), b.start) and not _BASELINE_WORD.search(
        text, max(start, a.start - 30), a.start
    ):
        return a, b
    if _BASELINE_WORD.search(text, max(start, a.start - 30), a.start) and _TO_WORD.search(
        text, max(a.end, b.start - 20), b.start
    ):
        return b, a
    return None


def _to_its_last_digit(q: Quantity) -> Quantity:
    """``q`` read as rounded at its last written digit (an exact figure only)."""
    if q.lo != q.hi:
        return q
    half = written_step(q) / 2
    return replace(q, lo=q.value - half, hi=q.value + half)


def _twin_with_levels(frames: FrameIndex, g: Growth, growth: tuple[Growth, ...]) -> Growth | None:
    """The one rate written the same, in the same direction, in another sentence, that is stated
    with both its levels and describes the same thing: a rate said with no figure (a headline's,
    a summary's) restates it. A hedged rate ("over 30%") may sum up several; it takes none."""
    if g.period is not None or g.stated.hedge is not None:
        return None
    mine = frames.frame(g.stated.start, g.stated.end)
    twins = [
        h
        for h in growth
        if h.current is not None
        and h.baseline is not None
        and h.stated.sentence != g.stated.sentence
        and h.sign == g.sign
        and h.stated.hedge is None
        and (
            (h.stated.value == g.stated.value and h.stated.decimals == g.stated.decimals)
            # a lead that rounds the body's rate ("climb 10.6%" over "up 10.61%")
            or (
                h.stated.decimals > g.stated.decimals
                # (rounded half up, as figures are: "2%" is no rounding of 2.5%)
                and math.isclose(arith.round_half_up(h.stated.value, g.stated.decimals), g.stated.value)
            )
        )
        and not conflict(mine, frames.frame(h.stated.start, h.stated.end))
    ]
    return twins[0] if len(twins) == 1 else None


def _judge_change(
    doc: Document, frames: FrameIndex, ch: Change, growth: tuple[Growth, ...], periods: dict[str, list[Quantity]]
) -> Verdict:
    g, evidence = _from_change(ch)
    v = evaluate(doc, frames, g, growth, periods)
    if v.status is Status.INCONSISTENT and ch.either and ch.baseline is not None:
        # read as the level reached, the bracket may fit: which one it holds is not said
        alt = evaluate(doc, frames, Growth(ch.rate, ch.sign, ch.amount, ch.baseline, None), growth, periods)
        if alt.status is Status.CONSISTENT:
            return replace(
                alt,
                status=Status.UNVERIFIABLE,
                message=f"{ch.amount.text.strip()} may be the level reached or the amount of the change: as the"
                f" level, {alt.message}; as the change it does not fit, so check which the bracket holds",
                diagnosis=None,
            )
    return replace(v, evidence=evidence) if evidence is not None and v.evidence else v


RULE = Rule(code="FC101", name="percent-change", type="percent_change", check=check, doc=__doc__ or "")
