"""Growth statements as the article makes them: each growth rate with the figures it is a
change of, found once per document.

The percent-change rule (FC101) judges them; the restatement, multiple and growth-consistency
rules read them through the ``Reading`` to know which figures are rates, currents and
baselines. Nothing here makes a verdict."""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass, replace

from factcheck import arith, periods
from factcheck.changes import level_not_change, shifted
from factcheck.context import (
    ANAPHORA,
    BRACKET,
    COMPARISON_PHRASE,
    CONNECTOR,
    CUE_BEFORE,
    FALL_WORD,
    METRIC_OPENING,
    PERIOD_REF,
    RISE_WORD,
    SALES_WORD,
    SELLING_LEVEL,
    TO_CURRENT,
    WITH_LEVEL,
    blank_asides,
    blank_brackets,
    blank_dates,
    blank_per_share,
    compatible,
    direction_of,
    first_quantity_at,
    in_parentheses_after_amount,
    in_per_share_gloss,
    levels_in_turn,
    per_share,
    period_key,
)
from factcheck.document import Document, Sentence
from factcheck.frames import (
    CLASS_GROUPS,
    YEAR_AGO,
    YEAR_BACK,
    Frame,
    FrameIndex,
    bases_in_turn,
    basis_in,
    basis_of,
    other_metric,
    periods_in,
    quals_of,
    same_months,
    segment,
    without_glosses,
)
from factcheck.lexicon import (
    A_BEFORE,
    BASIS,
    BRINGING_TO,
    CHANGE_AMOUNT_AFTER,
    CHANGE_AMOUNT_BEFORE,
    CHANGE_NOUN,
    CHANGE_NOUN_AFTER,
    CHANGED_OBJECTS,
    DOMESTIC_MARKET,
    EPS,
    FALL,
    FALL_NOUNS,
    FALL_WORDS,
    FIGURE_NOUNS,
    FORMER_RECORD,
    FUTURE_WORDS,
    LEVEL_OF_A_PERIOD,
    LOWER_OBJECT_VERBS,
    MILESTONE_AFTER,
    MONTH,
    MONTH_ABBREVIATIONS,
    MONTHS,
    OTHER_COUNT_AFTER,
    PRIOR_TIME_OPENER,
    PROJECTION,
    QUARTERS,
    RAISE_OBJECT_VERBS,
    RISE,
    RISE_NOUNS,
    RISE_WORDS,
    SAME_SPAN,
    SAME_SPAN_YEAR_BACK,
    SCOPED,
    TITLED_MONTH,
    VERSUS,
    alt,
)
from factcheck.model import Quantity
from factcheck.names import REPORTERS
from factcheck.respectively import RESPECTIVELY
from factcheck.typos import typo_near
from factcheck.words import as_rate, iter_word_figures

# Up to this ratio between current and baseline a pairing is plausible.
MAX_RATIO = 60.0
# "a 14% increase year-over-year and 72% of total sales": a share coordinated with a rate
_PART_OF = re.compile(r"\s{1,3}+of\s+(?:the\s+)?(?:total|all|overall|its|their|his|her)\b", re.IGNORECASE)
# "up 61 percent on last year and 14.6 percent from April": the second inherits "up".
_COORD = re.compile(r"^[^.;%\d]{0,45}?(?:\band|\bbut|\bwhile|\bor|,)\s*(?:by\s+)?$", re.IGNORECASE)
_AND_REACHED = re.compile(
    r"\band\s++(?:reached|hit|totall?ed|stood\s+at|came\s+to|amounted\s+to)\s++(?:a\s+)?$", re.IGNORECASE
)


def _to_past_period(text: str, start: int, end: int) -> bool:
    """ "a 7.4% rise in van exports in the first half, to 61,300": the rate's
    clause names its period before "to", however long the period's words."""
    cut = text[start:end]
    if "to" not in cut:
        return False
    for m in reversed(periods.mentions(text, start, end)):
        cut = cut[: m.start - start] + cut[m.end - start :]
    return cut != text[start:end] and bool(TO_CURRENT.match(cut)) and not _BREAK.search(_DATE_TOKEN.sub("", cut))


def _connector_past_period(text: str, start: int, end: int) -> tuple[re.Match[str] | None, int]:
    """``CONNECTOR`` after a level whose period is said before it, however long the period's
    words: the match on the text with those words cut, and how many characters were cut."""
    cut, shift = text[start:end], 0
    found = [m for m in periods.mentions(text, start, min(end, start + 120)) if m.start >= start]
    for m in reversed(found):
        cut = cut[: m.start - start] + cut[m.end - start :]
    # (the period's year, left after its words: "over the first half of 2025, against")
    cm = CONNECTOR.match(_DATE_TOKEN.sub(lambda y: " " * len(y.group()), cut)) if found else None
    if cm is None:
        return None, 0
    # a cut span sits at its start less the spans cut before it; those before the match's end count
    for m in found:
        if m.start - start - shift >= cm.end():
            break
        shift += m.end - m.start
    return cm, shift


def _and_reached(gap: str) -> bool:
    """ "... in comparison to the same month of previous year and reached ": the rate's own clause
    (no figure, no stop, no comma) going on to the level it reached."""
    m = _AND_REACHED.search(gap) if len(gap) <= 90 else None
    return m is not None and not re.search(r"[.;:%\d,]", gap[: m.start()])


# What may not lie between a growth figure and the "to 1,200" it ends at.
_THEN_COMPARED = re.compile(rf"^[^%\d;,()]{{0,50}}?(?<![\w-]){VERSUS}\s+(?:just\s+|only\s+)?", re.IGNORECASE)
_NEW_CLAUSE = re.compile(r",\s*(?:with|while|whereas|and|but)\b", re.IGNORECASE)
# a rate set against what was said before it: "..., despite a 9% increase in sales"
_DESPITE = re.compile(
    r"\b(?:despite|in\s+spite\s+of|notwithstanding)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}$", re.IGNORECASE
)
_BREAK = re.compile(r"\d|\b(?:while|but|whereas|and)\b")
MONTH_WORD = re.compile(rf"\b{MONTH}\b", re.IGNORECASE)
PERIOD_AFTER = re.compile(
    r"^\s{0,20}(?:units|vehicles|cars|NEVs|EVs|BEVs|PHEVs)?\s{0,20}(?:in|for|during)\s+(?:the\s+)?"
    rf"(?P<p>{MONTH}|{alt(QUARTERS)}|q[1-4])\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Growth:
    """A growth statement found in the text, before it is judged."""

    stated: Quantity
    sign: int
    current: Quantity | None
    baseline: Quantity | None
    period: str | None  # "june", "q1": a baseline named by its period, not its figure
    uncertain: bool = False  # the current figure may be another item of a list: never inconsistent
    # other figures the rate may be a change of ("That's up 31%" after a sentence with two
    # levels): if one of them fits, the pairing is in doubt and the claim is unverifiable
    others: tuple[Quantity, ...] = ()


_TOTAL_BEFORE = re.compile(
    r"\b(?:a|the|its|their)\s++(?:combined\s++|overall\s++|grand\s++)?total\s++(?:figure\s++|volume\s++)?(?:of|to|at)\s++"
    r"(?:some\s++|about\s++)?$",
    re.IGNORECASE,
)


# A sentence that opens by moving a year back ("At the same time last year, ...", "A year earlier, ..."),
# never to a year by its number
_OPENS_YEAR_BACK = re.compile(rf"^\W*(?!(?:in\s+)?(?:19|20)\d\d){PRIOR_TIME_OPENER}\s*,", re.IGNORECASE)


def _level_before_a_year_back(
    doc: Document, frames: FrameIndex, sent: Sentence, level: Quantity, rate: Quantity
) -> Quantity | None:
    """The level the sentence before gave, when this sentence's one level, before its rate, is
    dated a year back in so many words ("in the year-ago period", "a year earlier"): exact, unhedged
    and about the same thing."""
    if sent.index == 0 or not level.exact or level.hedge or not level.end < rate.start:
        return None
    if sum(1 for x in doc.in_sentence(sent.index) if x.is_amount) != 1:
        return None  # (the sentence's one level: "fell to 28,529, down 40.7% from 48,122 a year earlier" has two)
    if any(level.end <= x.start < rate.start for x in doc.in_sentence(sent.index)):
        return None  # (the year-back words may date another rate: "1,176,882, up 20% (57% over last year)")
    # (its own words date it, between it and the rate)
    if not YEAR_BACK.search(doc.norm, level.end, rate.start) or _years(doc.norm[sent.start : rate.start]):
        return None
    now = _subject_figure(doc, sent.index)
    if now is None or not compatible(now, level) or now.hedge or not now.exact or now.value == level.value:
        return None
    return now if same_thing(doc, frames, now, level, elided=True) else None


def _year_back_then_now(doc: Document, frames: FrameIndex, index: int, subject: Quantity | None) -> Quantity | None:
    """The current level of a rate that points back at a sentence opening a year back: the level of
    the sentence before that one, about the same thing (both exact and unhedged)."""
    if subject is None or index < 2 or subject.sentence != index - 1:
        return None
    if not _OPENS_YEAR_BACK.match(doc.sentences[index - 1].text):
        return None
    now = _subject_figure(doc, index - 1)
    if now is None or not compatible(now, subject) or now.hedge or subject.hedge or not (now.exact and subject.exact):
        return None
    return now if same_thing(doc, frames, now, subject, elided=True) else None


def _subject_figure(doc: Document, sentence: int) -> Quantity | None:
    """The figure a following "That's up 5%" refers to: the first level of the sentence before."""
    if sentence <= 0:
        return None
    prev = doc.sentences[sentence - 1]
    cur = doc.sentences[sentence]
    if cur.paragraph - prev.paragraph > 1:
        return None
    levels = [
        q
        for q in doc.in_sentence(prev.index)
        if q.is_amount
        and not in_parentheses_after_amount(doc, q)
        and (q.noun or q.is_currency)
        # ("rose from 2,680 to 2,760, an increase of 80 vehicles": how far it moved, no level)
        and not _AMOUNT_BEFORE.search(doc.norm, max(prev.start, q.start - 40), q.start)
        and not _AMOUNT_AFTER.match(doc.norm, q.end)
        # ("Among the 27 car companies, Kessel sold 140,425 units": the members counted, no level)
        and not _OTHER_COUNT.match(doc.norm, q.end)
    ]
    # "It sold A cars and B vans, for a grand total of T. That is 6.1% less than ...":
    # the total the sentence ends on is what "that" points at
    totals = [q for q in levels if _TOTAL_BEFORE.search(doc.norm, max(prev.start, q.start - 40), q.start)]
    if len(totals) == 1 and totals[0] is levels[-1] and len(levels) > 1:
        return totals[0]
    return levels[0] if levels else None


def _levels_in(doc: Document, index: int) -> list[Quantity]:
    return [
        q
        for q in doc.in_sentence(index)
        if q.is_amount and not in_parentheses_after_amount(doc, q) and (q.noun or q.is_currency)
    ]


# the words that make the figure after them a plan or a forecast, not a level reached
_PLANNED_BEFORE = re.compile(
    rf"\b(?:{PROJECTION}|projected|projecting|expected|expecting|estimated|anticipated)\b[^.;\d]{{0,40}}$",
    re.IGNORECASE,
)


def _planned(doc: Document, q: Quantity) -> bool:
    """ "estimates of 439,600 units", "had projected deliveries of 439,600": a forecast."""
    return _PLANNED_BEFORE.search(doc.norm, max(doc.sentences[q.sentence].start, q.start - 60), q.start) is not None


# a subject that stands for each of several figures: "Both categories", "Each brand", "All three"
_DISTRIBUTIVE = re.compile(r"^\W*(?:both|each|either|all\s+(?:two|three|four|five|of\s+them))\b", re.IGNORECASE)


_THE_BEFORE = re.compile(r"\bthe\s++$", re.IGNORECASE)
_CHANGE_NOUN_AFTER = re.compile(rf"\s*+(?:{CHANGE_NOUN})\b", re.IGNORECASE)


# A paragraph that opens on the metric just given, named as known: "The EV sales climbed 41.2 percent",
# "The electric car registrations fell"
_THE_METRIC_OPENING = re.compile(
    r"^\s*+the\s++(?:[\w-]++\s++){0,2}?(?:sales|deliveries|registrations|shipments|exports)\b", re.IGNORECASE
)


# after a level, its noun and a few words, the bracket the rate is alone in: "75,658 sales (", "75,658
# cars up to October ("
_RATE_ALONE_IN_BRACKETS = re.compile(r"(?:\s{1,2}+[A-Za-z-]{1,20}+){0,4}\s{0,2}+\(\s*+")


def _points_back(doc: Document, frames: FrameIndex, index: int, rate: Quantity) -> bool:
    """Whether a sentence with no figure of its own continues the one before it."""
    if index <= 0:
        return False
    until = rate.start
    sent, prev = doc.sentences[index], doc.sentences[index - 1]
    if _DISTRIBUTIVE.match(sent.text):
        return False  # "Both categories saw a 7% decline": a rate of each figure before, not of one
    fig = _subject_figure(doc, index)
    if fig is not None and _planned(doc, fig):
        return False  # ("Analysts had projected deliveries of 451,800": no level reached)
    if ANAPHORA.match(sent.text):
        return True
    # ("The 12% rise was driven by fleets" in a paragraph of its own: "the" names a change just stated)
    definite = bool(_THE_BEFORE.search(doc.norm, max(sent.start, rate.start - 12), rate.start)) and bool(
        _CHANGE_NOUN_AFTER.match(doc.norm, rate.end)
    )
    if (
        sent.paragraph != prev.paragraph
        and not METRIC_OPENING.match(sent.text)
        and not _THE_METRIC_OPENING.match(sent.text)
        and not definite
    ):
        return False
    # "Deliveries in April were down 2 percent" after a sentence about May: another period; the
    # month of a comparison is the baseline's ("Against May (10,000 units), the figure rose 24%")
    own_words = COMPARISON_PHRASE.sub(" ", doc.norm[sent.start : until])
    mine = {m.group().lower() for m in MONTH_WORD.finditer(own_words)}
    if fig is None:
        return False
    theirs = {m.group().lower() for m in MONTH_WORD.finditer(doc.norm, fig.end, min(prev.end, fig.end + 40))}
    if mine and not mine <= theirs:
        return False
    # "sold 862,832 so far this year. Sales rose 6.8% in the month of September": the rate's
    # own period, wherever the sentence names it, is not the figure's
    rf, ff = frames.frame(rate.start, rate.end), frames.frame(fig.start, fig.end)
    if rf.measure is not None and rf.measure != ff.measure:
        return False  # "Exports suffered as well, falling 54.4%" after a sentence of domestic sales
    own_r, own_f = rf.names - REPORTERS, ff.names - REPORTERS
    if own_r and own_f and not rf.names & ff.names and not (rf.implicit_names or ff.implicit_names):
        return False  # "Kessel sales soared 39.9%" after a sentence of the group's or a rival's total
    # ("between January and March" and "in the first quarter" are one stretch of time)
    return not (rf.months and ff.months and not rf.months & ff.months and not same_months(rf.months, ff.months))


# The baseline period described, then its figure in a clause: "than the same period in 2018,
# when it delivered 3,318", "from their September figures, which were 12,020", "from April,
# when it sold 75,842".
# "lower than the outgoing version, which started at RMB 215,800"; "from the same month of
# 2018, when it delivered 3,318"; "than in the first half of 2020, in which 90,471 had been sold"
_BASELINE_CLAUSE = re.compile(
    r"^[^;%\d]{0,50}?,?\s+(?:when|where|(?:in|during|for)\s+which|which\s+(?:were|was|stood|came|started|starts|cost|sold|retailed|"
    r"had\s+been))\b[^;%\d]{0,50}$",
    re.IGNORECASE,
)
# ... whose "when" clause gives that period's own change on the way: "compared with the year-ago
# quarter, when its sales jumped 12% to 603,100", "from March, when deliveries fell 3 per cent with 8,140"
# (one clause, read from both ends: the gap before the baseline, and the rate's tail reaching past
# the earlier period's rate)
_WHEN_CHANGED = rf"[^;%\d]{{0,50}}?,?\s++when\s++[^;%\d]{{0,40}}?\b(?:{RISE}|{FALL})\b[^;%\d]{{0,15}}?"
_WHEN_OWN_RATE = re.compile(
    rf"^{_WHEN_CHANGED}\d{{1,3}}(?:\.\d{{1,2}})?\s?(?:%|per\s?cent|percent)\s++(?:with|to|at)\s++"
    r"(?:a\s++total\s++of\s++)?$",
    re.IGNORECASE,
)
_WHEN_ITS_OWN_CHANGE = re.compile(rf"\b(?:{VERSUS}|from|than)\b{_WHEN_CHANGED}$", re.IGNORECASE)
_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
# The period compared with, then its level after "with": "compared to June last year with 2,310
# units", "as compared from the same month a year ago with 96", "compared to May 2023's sales with
# 8,120 cars" (its year taken out first)
_PERIOD_WITH = re.compile(
    rf"^(?:the\s+)?(?:{SAME_SPAN}\s+(?:of\s+|in\s+)?)?"
    r"(?:last\s+(?:year|month)|a\s+year\s+(?:ago|earlier|before)|the\s+(?:previous|prior)\s+(?:year|month)|"
    rf"(?:{MONTH})"
    r"(?:\s+(?:of\s+)?last\s+year)?)\s*(?:['’]s\s+(?:sales?|figures?|volume|tally|total)\s+)?with\s+$",
    re.IGNORECASE,
)
# The period compared with, then its figure after "i.e.": "up 8.1 per cent on the total for the
# same months of last year, i.e. 402,300 units"
_IE_BASELINE = re.compile(
    r"^[^;%\d]{0,70}?\b(?:period|year|month|quarter|figure|level|total)\b[^;%\d]{0,30}?,\s*+"
    r"(?:ie\b|i\.\s?e\.|that\s+is\b|namely\b)\s*+,?\s*+$",
    re.IGNORECASE,
)
# the bracket a rate is in closes, and a new clause opens: "(a jump of 540.6%), and for ..."
_RATE_BRACKET_THEN_CLAUSE = re.compile(
    r"[^()\d]{0,30}?(?P<close>\))\s{0,3}+(?:;|,\s{0,3}+(?:and|but|while|whereas)\b)", re.IGNORECASE
)
# What dates a figure within the words between figures, taken out before a gap is read for other
# figures: years, quarters and halves ("in Q3 2019 to", "from H1 2024")
# ("2022-23": a fiscal year; "the previous 12-month period": the length of one)
_DATE_TOKEN = re.compile(
    r"\b(?:(?:19|20)\d\d(?:[-/–](?:(?:19|20)?\d\d|\d))?|[QH][1-4]|\d{1,2}-(?:month|year|week|quarter))\b"
)


def _current_before(
    doc: Document, frames: FrameIndex, index: int, baseline: Quantity | None, baselines: frozenset[int]
) -> Quantity | None:
    """The figure a rate with no current of its own is a change of, stated before: "Li Auto
    delivered 8,414 units in February. The delivery volume was down 31.4 percent compared to
    12,268 units in January." The rate's sentence has no figure before the rate; the current is
    the first level of the nearest earlier sentence that states one (up to six sentences back).
    Sentences with no figure,
    or only rates and their own baselines, are passed over; any other figure stops the search,
    since the topic may have moved on. The current must be about the same thing as the
    baseline, whatever their periods, unless the rate's sentence dates its current ("Sales in May
    were down 12% on the 59,440 of May 2019"): then the figure must be of that period."""
    rate_sent = doc.sentences[index]
    rate = next((q for q in doc.in_sentence(index) if q.unit == "percent"), None)
    pre = (rate_sent.start, rate.start if rate is not None else rate_sent.start)
    # (only the period of the subject: "In comparison with June last year, ... the growth was" dates the baseline)
    own = (
        frozenset()
        if _COMPARED_BEFORE.search(doc.norm, *pre)
        else frozenset(m.key for m in periods.mentions(doc.norm, *pre))
    )
    for back in range(1, 7):
        if index - back < 0:
            return None
        prev = doc.sentences[index - back]
        qs = doc.in_sentence(prev.index)
        levels = [
            q
            for q in qs
            if q.is_amount
            and q.start not in baselines
            and not in_parentheses_after_amount(doc, q)
            and not _BASELINE_INTRO.search(doc.norm[max(prev.start, q.start - 40) : q.start])
        ]
        if not levels:
            if any(q.start not in baselines and q.unit not in ("percent", "pp") for q in qs):
                return None
            continue
        q = levels[0]
        if _planned(doc, q):
            return None  # ("Analysts had projected deliveries of 451,800": a forecast, no level reached)
        # a bare figure ("vehicle sales rose 13% to 20.8k") only when its own words name sales and the
        # rate's sentence opens on them ("Sales were up more than 40% ..."; not "dealers numbered 412")
        named = bool(q.noun or q.is_currency)
        if not named and METRIC_OPENING.match(doc.sentences[index].text):
            named = SALES_WORD.search(doc.norm, prev.start, q.start) is not None
        if not q.exact or not named or (baseline is not None and not compatible(q, baseline)):
            return None
        if own and not _same_months(own, frames.frame(q.start, q.end).months):
            return None
        if rate is not None and _earlier_year(frames.frame(q.start, q.end), frames.frame(rate.start, rate.end)):
            return None  # ("Back in 2020 it sold 23,100 ... a 276 per cent growth in 2021": the baseline's year)
        if baseline is not None:
            if other_metric(frames.frame(q.start, q.end), frames.frame(baseline.start, baseline.end)):
                return None
            if not baseline.value or not (1 / MAX_RATIO <= q.value / baseline.value <= MAX_RATIO):
                return None  # a zero baseline has no ratio (found by the deep property run)
        return q
    return None


def _earlier_year(level: Frame, rate: Frame) -> bool:
    """Whether a level is dated by years all before the latest year its rate names."""
    ly = [int(y) for y in level.years if y.isdigit()]
    ry = [int(y) for y in rate.years if y.isdigit()]
    return bool(ly and ry and len(ly) == len(level.years) and max(ly) < max(ry))


_COMPARED_BEFORE = re.compile(
    rf"\b(?:compar\w*+|than|from|{VERSUS}|since|predecessor|previous|prior|earlier|ago|last\s++year)\b", re.I
)


# "The December delivery figure was 4% lower", "Its third-quarter sales total rose 12%": a
# sentence whose subject names an earlier figure by its period and what it counts.
_DESCRIBED = re.compile(
    rf"[\s\-•*]{{0,6}}(?:the|its|their)\s{{1,3}}(?P<what>(?:[\w\-]{{1,20}}\s{{1,3}}){{1,4}}?){alt(FIGURE_NOUNS)}\b",
    re.IGNORECASE,
)


# ... or opens on the period and the metric alone: "Q3 sales increased 72% over ...", "March
# deliveries were 4% lower than ...", "Third-quarter registrations rose 9% on ..."
_PERIOD_METRIC_OPENING = re.compile(
    r"[\s\-•*]{0,6}(?P<what>(?:Q[1-4]|H[12]|(?i:(?:first|second|third|fourth)[- ]quarter|(?:first|second)[- ]half)|"
    rf"{TITLED_MONTH})\s{{1,3}}(?i:sales|deliveries|registrations|shipments|exports|output|production))\b"
    r"(?=[^.;\d%]{0,40}\d)"
)


# ... or names them as the subject of the rate's own clause, after an opening on the baseline:
# "Compared with January, when 11,200 were sold, February sales dropped by 21 per cent"
_PERIOD_METRIC_SUBJECT = re.compile(
    rf"(?P<what>\b(?:{TITLED_MONTH})(?:['’]s)?\s{{1,3}}(?i:sales|deliveries|registrations|shipments|exports|output|"
    r"production))\b[^.;\d%]{0,40}$"
)


def _described_current(
    doc: Document,
    frames: FrameIndex,
    index: int,
    baseline: Quantity | None,
    baselines: frozenset[int],
    rate: Quantity | None = None,
) -> Quantity | None:
    """The figure a rate with no current of its own is a change of. A sentence that names it by its
    period and metric ("The December delivery figure was 4% lower than ...") means the one exact
    level stated earlier for that period, about the same thing (no model of its own, no other
    company or metric), and no figure when there are several; any other sentence means the figure
    stated before it (``_current_before``)."""
    sent = doc.sentences[index]
    m = _DESCRIBED.match(doc.norm, sent.start, sent.end) or _PERIOD_METRIC_OPENING.match(doc.norm, sent.start, sent.end)
    if m is None and rate is not None:
        m = _PERIOD_METRIC_SUBJECT.search(doc.norm, sent.start, rate.start)
    months = periods_in(doc.norm, m.start("what"), m.end("what"))[0] if m else set()
    if m is None or not months:
        return _current_before(doc, frames, index, baseline, baselines)
    mine = frames.frame(m.start("what"), m.end("what"))
    found: dict[float, Quantity] = {}
    for prev in doc.sentences[:index]:
        for q in _levels_in(doc, prev.index):
            if not q.exact or q.start in baselines or (baseline is not None and not compatible(q, baseline)):
                continue
            f = frames.frame(q.start, q.end)
            if f.months == months and f.models is None and not other_metric(f, mine):
                found.setdefault(q.value, q)
    return next(iter(found.values())) if len(found) == 1 else None


# "(3,500 vs 1,000)", "(11,790 versus 10,000 a year earlier)": the current level, then the baseline
# A clause with a verb of change of its own, whose "from" or "than" is not the rate's
_VERB_OF_ITS_OWN = re.compile(rf"\b(?:but|and|while|whereas)\s+(?:[a-z]+\s+)?(?:{RISE}|{FALL})\b", re.IGNORECASE)
# (possessive: the words stop at the bracket, so a scan over long text never backtracks)
# ("compared to 1 year prior (": the one year of a comparison is no figure)
_TO_BRACKET = re.compile(r"(?:[^\d%;()]|(?<![\d,.])(?:19|20)\d\d(?![\d,.])|\b1\s(?=year\b)){0,60}+\(\s{0,3}")
_VERSUS = re.compile(rf"\s{{0,3}}{VERSUS}\s{{1,3}}", re.IGNORECASE)
_BRACKET_END = re.compile(r"(?:[^\d%;()]|(?<![\d,.])(?:19|20)\d\d(?![\d,.])){0,40}+\)")
# "(4,120 units in May 2024 as against sales of 4,800 units in May 2023)": each level
# with its own period, then the comparison word
_DATED_VERSUS = re.compile(
    # ("(13,240 units sold in 2025 vs. 16,720 in 2024)": a year alone dates it too)
    rf"(?:\s{{1,3}}+(?!(?:{VERSUS}|in|during|for|this)\b)[a-z]{{1,12}}+){{0,2}}+"
    r"(?P<now>\s{1,3}+(?:in|during|for)\s{1,3}+(?:the\s{1,3}+)?(?:month\s{1,3}+of\s{1,3}+)?"
    r"(?:[a-z]{3,9}+(?:\s{1,3}+(?:19|20)\d\d)?|(?:19|20)\d\d)|\s{1,3}+this\s{1,3}+(?:year|month|quarter))?\s{0,3}+,?\s{0,3}+"
    rf"{VERSUS}\s{{1,3}}+(?:(?:sales|registrations|deliveries|shipments)\s{{1,3}}+of\s{{1,3}}+)?",
    re.IGNORECASE,
)
_BRACKET_TO = re.compile(r"\s{1,3}(?:to|->|→|–)\s{1,3}")


def _versus_bracket(text: str, q: Quantity, after: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    """The two levels of a rate given in a bracket after it, as (current, baseline): "up 18%
    year-on-year (11,790 vs 10,000)", "(10,000 to 11,790)"."""
    m = _TO_BRACKET.match(text, q.end)
    after = [r for r in after if m is not None and r.start >= m.end()]
    if m is None or len(after) < 2:
        return None
    a, b = after[0], after[1]
    if a.start != m.end() or not _BRACKET_END.match(text, b.end) or not compatible(a, b):
        return None
    if _VERSUS.fullmatch(text, a.end, b.start):
        return a, b
    m = _DATED_VERSUS.fullmatch(text, a.end, b.start)
    if m is not None:
        # (dated on both sides, the level compared with is the earlier one)
        now, then = _years(m.group("now") or ""), _years(text[b.end : text.find(")", b.end)])
        return (a, b) if not (now and then) or min(now) > max(then) else None
    # "rose 11.2% on 1 year earlier (7,410 to 8,240)": from the old level to the new
    return (b, a) if _BRACKET_TO.fullmatch(text, a.end, b.start) else None


# "on sales of", "on revenue of": after "on", what a profit was earned on
_EARNED_ON = re.compile(
    r"^(?:(?:net|total|group|record)\s++)?(?P<what>sales|revenues?|turnover)\s++of\s*+$", re.IGNORECASE
)
# "up 24% (27,148)", "a growth rate of 11.6% (114,765 registrations)": the level a rate reached,
# alone in a bracket right after it
_OWN_RATE_AFTER = re.compile(
    r"\s{0,3}+(?:[A-Za-z-]{1,15}+\s{1,3}+){0,2}\(\s{0,2}+(?:(?:up|down)\s{1,3}+)?[+\-−]?\d[\d.,]{0,8}+\s{0,2}+(?:%|per\s?cent)",
    re.IGNORECASE,
)
_STRONG_CONNECTOR = re.compile(r"compar|versus|vs|against|than", re.IGNORECASE)
_OPEN_BRACKET = re.compile(r"\s{0,2}\(\s{0,2}")
# ... or the period the rate is of, then the level in brackets: "in March (410)", "through the first
# quarter of 2023 (125,140 units)", "year on year in the first half (41,000 vehicles)"
_MONTH_TO_BRACKET = re.compile(
    r"(?:\s{1,3}+(?:year[- ]on[- ]year|year[- ]over[- ]year|y-o-y|yoy))?"
    r"\s{1,3}+(?:in|for|during|through|over)\s{1,3}+(?:the\s{1,3}+(?:month\s{1,3}+of\s{1,3}+)?)?"
    rf"(?:(?-i:{TITLED_MONTH})|(?:first|second|third|fourth)\s{{1,3}}+(?:quarter|half)|(?-i:Q[1-4]|H[12]))"
    r"(?:\s{1,3}+(?:of\s{1,3}+)?(?:19|20)\d\d)?\s{0,2}+\(\s{0,2}+",
    re.IGNORECASE,
)
_RELATIVE_BRACKET = re.compile(r"\(\s{0,2}+(?:which|when|that)\b", re.IGNORECASE)
_BRACKET_CLOSE = re.compile(r"\s{0,2}(?:[A-Za-z]{1,15}\s{0,2}){0,2}\)")


_OR_GAP = re.compile(r"\s{0,3}(?:[a-z]{1,12}\s{0,3})?,?\s{0,3}or\s{1,3}(?:about\s|around\s|nearly\s|roughly\s)?\s{0,3}")


def _rounded_gloss(text: str, exact: Quantity, rounded: Quantity) -> bool:
    """ "12,48,331 or 1.24 million", "1,204,332 units, or about 1.2 million": one figure written
    twice, the second rounded or cut short."""
    return (
        bool(_OR_GAP.fullmatch(text, exact.end, rounded.start))
        and exact.lo == exact.hi
        and rounded.hi > rounded.lo
        and compatible(exact, rounded)
        # rounded, or cut short ("17,59,881 or 1.75 million")
        and rounded.lo <= exact.value <= rounded.value + (rounded.hi - rounded.lo)
    )


# "Compared to August 2014 (96,728 units), the figure fell 6.9%": the baseline in brackets after
# the period it is the figure of
_BRACKET_BASE = re.compile(
    rf"{VERSUS}\s{{1,3}}(?:[^,;()\d]|(?<![\d,.])(?:19|20)\d\d(?![\d,.])){{1,40}}\(\s{{0,3}}$",
    re.IGNORECASE,
)


_MONTH_RUN = rf"(?:{'|'.join(MONTHS)})(?:\s?[-–]\s?(?:{'|'.join(MONTHS)}))?"
_A_MONTH = rf"(?:{alt((*MONTHS, *MONTH_ABBREVIATIONS))})\.?"
# The period a company report dates its prior figure by: "previous year", "2024", "Q2 2024", "H1 2024",
# "June 2024", "January to June 2024", "Jan-Jun 2024", "same period last year"
_PRIOR_LABEL = (
    r"(?:(?:previous|prior|last)\s{1,3}+year|(?:(?:H[12]|Q[1-4]|FY|1?\d(?-i:M)|first\s{1,3}+half|"
    rf"{_A_MONTH}(?:\s{{0,2}}+(?:[-–]|to|through)\s{{0,2}}+{_A_MONTH})?)\s{{1,3}}+)?"
    rf"(?:19|20)\d\d|(?:the\s{{1,3}}+)?{SAME_SPAN_YEAR_BACK}"
    r"|a\s{1,3}+year\s{1,3}+(?:earlier|ago))"
)
# The prior period's figure in brackets right after a level, as company reports print it: "to
# EUR 108.8 billion (EUR 98.8 billion)", "12,300 vehicles (previous year: 11,200)", "(2024: 11,200)"
_PRIOR_OPEN = re.compile(
    r"(?:\s{1,3}+[a-z][a-z-]{1,14}+){0,3}?"
    # ("318,400 scooters in the home market (296,100 units)": the market it is sold in)
    r"(?:\s{1,3}+in\s{1,3}+the\s{1,3}+(?:domestic|local|home|export|overseas)\s{1,3}+markets?)?"
    # ("to 6,240 units during the month (5,910)", "to 2,41,300 units in June (2,20,450)", "in the
    # first six months (2024: ...)", "in the reporting period (Q2 2024: ...)")
    rf"(?:\s{{1,3}}+(?:in|during|for|last)(?:\s{{1,3}}+the)?(?:\s{{1,3}}+(?:first|last|reporting|same)"
    rf"(?:\s{{1,3}}+[a-z]{{3,6}})?)?\s{{1,3}}+(?:months?|quarter|half|period|{_MONTH_RUN})"
    rf"(?:\s{{1,3}}+(?:19|20)\d\d(?:[-–/]\d\d)?)?)?\s{{0,2}}+\(\s{{0,2}}+(?:{_PRIOR_LABEL}\s{{0,2}}+:\s{{0,2}}+)?$",
    re.IGNORECASE,
)
# The same, after the rate rather than the level, only with its period named: "an increase of 2.0
# per cent (June 2024: 51,000 vans)"
_PRIOR_AFTER_RATE = re.compile(
    rf"(?:\s{{1,3}}+[a-z-]{{2,15}}+){{0,3}}?\s{{0,2}}+\(\s{{0,2}}+{_PRIOR_LABEL}\s{{0,2}}+:\s{{0,2}}+$", re.IGNORECASE
)
_PRIOR_CLOSE = re.compile(r"\s{0,2}+\)")
# a count's bracket may name its unit and date itself: "(6.1 lakh units)", "(9,870 units in year-ago period)"
_PRIOR_CLOSE_COUNT = re.compile(
    r"\s{1,2}+(?P<w>[a-z]{2,15}+)(?:\s{1,3}+(?:in\s{1,3}+(?:the\s{1,3}+)?(?:year-ago|previous|prior|corresponding|same)"
    r"\s{1,3}+(?:year\s{1,3}+)?period|last\s{1,3}+year|a\s{1,3}+year\s{1,3}+(?:ago|earlier)))?\s{0,2}+\)",
    re.IGNORECASE,
)
# a currency's bracket may name its scale again: "(EUR 98.8 bn)"
_PRIOR_CLOSE_WORD = re.compile(r"\s{0,2}+(?:[A-Za-z]{1,15}+\s{0,2}+)?\)")


def _prior_in_brackets(
    doc: Document, qs: list[Quantity], current: Quantity, rate: Quantity | None = None
) -> Quantity | None:
    """The previous period's level printed in brackets after the current one, in the same unit
    (a bracket in another currency is a conversion, not a baseline); or, dated, after the
    ``rate``."""
    after = current if rate is None else rate
    nxt = next((r for r in qs if r.start >= after.end), None)
    if nxt is None or not compatible(nxt, current) or nxt.signed:
        return None
    close = _PRIOR_CLOSE_WORD if current.is_currency else _PRIOR_CLOSE
    if not (_PRIOR_OPEN if rate is None else _PRIOR_AFTER_RATE).match(doc.norm, after.end, nxt.start):
        return None
    # the bracket may repeat the words the current is said with: "612 cents per share (2024: 537 cents
    # per share)"
    said = re.match(r"(?:\s{1,3}+[a-z]{2,15}+){1,3}", doc.norm[current.end : nxt.start])
    again = said is not None and re.match(
        r"\s{1,3}+" + r"\s{1,3}+".join(said.group().split()) + r"\s{0,2}+\)", doc.norm[nxt.end : nxt.end + 60]
    )
    if not close.match(doc.norm, nxt.end) and not again:
        # (only the current's own unit, or a generic one: "(11,200 SUVs)" may be a part)
        m = None if current.is_currency else _PRIOR_CLOSE_COUNT.match(doc.norm, nxt.end)
        if m is None or m.group("w").lower() not in {"units", "vehicles", (current.noun or "").lower()}:
            return None
    # a bare count in brackets after a count may be a part ("12,300 cars (11,200 of them SUVs)" is
    # closed by the check above) or the same figure again: only a different figure of its scale counts
    if nxt.value == current.value or not 0.2 <= nxt.value / current.value <= 5:
        return None
    return nxt


# "worth NPR 512.4 million", "valued at $2.1 million": the value of the goods just counted
_WORTH_BEFORE = re.compile(
    r"\b(?:worth|valued\s++at|with\s++a\s++(?:total\s++)?value\s++of)\s++(?:about\s++|some\s++|nearly\s++|around\s++)?$",
    re.IGNORECASE,
)
_WORTH_SPAN = re.compile(
    r"\b(?:worth|valued\s++at)\s++[^,;()\d]{0,12}+\d[\d.,]{0,12}+(?:\s++(?:million|billion|thousand|crore|lakh|bn|m))?",
    re.IGNORECASE,
)


def _worth_of_count(doc: Document, qs: list[Quantity], r: Quantity) -> bool:
    """Whether the amount ``r`` is the value of the count right before it: "4,210 scooters worth
    NPR 512.4 million"."""
    if not r.is_currency or not _WORTH_BEFORE.search(doc.norm, max(0, r.start - 30), r.start):
        return False
    prev = next((p for p in reversed(qs) if p.end <= r.start), None)
    return prev is not None and prev.unit == "count" and prev.sentence == r.sentence


def _is_prior_of(doc: Document, qs: list[Quantity], r: Quantity) -> bool:
    """Whether ``r`` is the bracketed prior-period figure of the level just before it."""
    prev = next((p for p in reversed(qs) if p.end <= r.start), None)
    return prev is not None and prev.is_amount and _prior_in_brackets(doc, qs, prev) is r


def _bracketed_baseline(doc: Document, before: list[Quantity]) -> Quantity | None:
    found = [
        q
        for q in before
        if q.is_amount and _BRACKET_BASE.search(doc.norm, max(doc.sentences[q.sentence].start, q.start - 60), q.start)
    ]
    return found[-1] if len(found) == 1 else None


def _compared_before(
    doc: Document, frames: FrameIndex, found: list[Growth], current: Quantity | None
) -> Quantity | None:
    """The level a sentence compares its first level with ("13,631 units in March versus the
    10,681 units sold in February"), right after it, with no rate of its own."""
    if current is None:
        return None
    qs = doc.in_sentence(current.sentence)
    k = qs.index(current)
    if k + 1 >= len(qs):
        return None
    b = qs[k + 1]
    if any(q.unit == "percent" for q in qs) or not compatible(b, current) or not b.exact or _a_baseline(found, b):
        return None
    if not _BASELINE_INTRO.search(doc.norm, max(current.end, b.start - 40), b.start) or _planned(doc, b):
        return None  # ("came in below estimates of 450,313": a forecast is no baseline)
    # ("15,695 imported cars, compared to 13,890 locally assembled cars": two classes, one time)
    return None if _other_class(frames.frame(current.start, current.end), frames.frame(b.start, b.end)) else b


# A rate in brackets after a label, far from any level: "..., driven by the Kessel K3 (+43%), the K5
# (+12%)" (not "4,000 cars (+12%)", a level's own rate in brackets)
_LABELS_RATE = re.compile(r"[,;][^,;()\d%]{0,60}?[A-Z][\w-]*+\s{0,2}+\(\s{0,2}+[+-]?$")
# year-back words that date a figure, not "last year's record" (a level of last year, named)
_YEAR_BACK_DATES = re.compile("(?:" + YEAR_BACK.pattern + r")(?!['’]s\b)", re.IGNORECASE)
_AND_GAP = re.compile(r"^[^%\d.;]{0,40}?(?:\band\b|,)[^%\d.;]{0,25}$")


def _coordinated(text: str, before: list[Quantity]) -> list[Quantity]:
    """The run of figures joined by "and" or commas that ends with the last one."""
    run = [before[-1]]
    for prev in reversed(before[:-1]):
        if not (compatible(prev, run[0]) and _AND_GAP.match(text[prev.end : run[0].start])):
            break
        run.insert(0, prev)
    return run


_OWN_BASELINE = re.compile(
    rf"\s{{0,3}},?\s{{0,3}}(?:from|on|over|above|below|behind|ahead\s{{1,3}}of|{VERSUS})\s{{1,3}}(?:the\s{{1,3}})?"
    r"(?:(?:19|20)\d\d|previous\s+year|prior\s+year|a\s+year\s+(?:earlier|before|ago)"
    # ("210 percent above the March 2023 figure": a level the rate names but does not give)
    rf"|(?:{alt(MONTHS)})(?:\s{{1,3}}(?:19|20)\d\d)?\s{{1,3}}(?:figure|level|total|tally|volume|result)s?)\b",
    re.IGNORECASE,
)
# "12.7 percent and 12.0 percent", "down 4.2 percent and up 1.0 percent"
# ("117.8 per cent quarter on quarter and 46.7 per cent year on year": each rate with its basis)
_BASIS_WORDS = rf"(?:\s{{1,3}}{BASIS})?"
_RATE_JOIN = re.compile(r"\s{0,3}(?:,|and|, and)\s{0,3}(?:(?:up|down)\s{1,3})?")
_BASES_JOIN = re.compile(_BASIS_WORDS + r"\s{0,3}(?:,|and|, and)\s{0,3}(?:(?:up|down)\s{1,3})?", re.IGNORECASE)
# the one level two rates of different bases reached: "... year on year to 19.1 billion yuan"
_SHARED_TO = re.compile(_BASIS_WORDS + r"\s{0,3},?\s{0,3}(?:to|at|reaching)\s{1,3}", re.IGNORECASE)


def _coordinated_rates(text: str, qs: list[Quantity], i: int, join: re.Pattern[str] = _RATE_JOIN) -> list[Quantity]:
    """The percents joined by "and" around ``qs[i]`` ("12.7 percent and 12.0 percent")."""
    pcts = [r for r in qs if r.unit == "percent"]
    k = pcts.index(qs[i])
    lo = hi = k
    while lo > 0 and join.fullmatch(text[pcts[lo - 1].end : pcts[lo].start]):
        lo -= 1
    while hi + 1 < len(pcts) and join.fullmatch(text[pcts[hi].end : pcts[hi + 1].start]):
        hi += 1
    return pcts[lo : hi + 1]


# "than the 16,404", "than 16,404": the figure a comparison is made with
_THAN_BEFORE = re.compile(r"\bthan\s++(?:the\s++|its\s++|a\s++)?$", re.IGNORECASE)
# a period compared with, then its level in a "when" clause: "down on September 2023, when "
_WHEN_CLAUSE_OF_BASE = re.compile(
    rf"\b(?:on|from|than|below|above|compared\s++(?:to|with)|against|{VERSUS})\s++[^\d;%,]{{0,40}}?,?\s++when\s++"
    r"(?:[a-z]++\s++){0,3}?$",
    re.IGNORECASE,
)
_BASELINE_INTRO = re.compile(
    rf"(?:\b(?:from|compar(?:e|es|ing)\s+(?:with|to)|in\s+comparison\s+(?:with|to)|up\s+from|down\s+from)|(?<![\w-]){VERSUS}"
    # ("56,110 v (2016) 61,295": a bare "v" between two figures)
    r"|(?<=\d\s)v)\s+"
    # (a few words, or the year the baseline is of: "versus 2023 figures of", "v (2016)")
    r"(?:(?:[A-Za-z'’\-]+|\(?(?:19|20)\d\d\)?)\s+){0,4}$",
    re.IGNORECASE,
)


# "whereas the corresponding total for May 2023 stood at 4,000": the same count of the earlier period
_CORRESPONDING = re.compile(
    r"\b(?:the|its|their)\s++(?:corresponding|comparable|equivalent|respective|year-earlier|year-ago)\s++"
    r"(?:figure|number|total|level|tally|count)\b[^\d;%]{0,60}?\b(?:was|were|stood\s+at|came\s+to|amounted\s+to)\s++$",
    re.IGNORECASE,
)
# "fell by more than a third", "grew by half": a fraction in words as the size of a change
_BY_FRACTION = re.compile(rf"\b(?:{RISE}|{FALL}|up|down)\s+(?:by\s+)?$", re.IGNORECASE)


def _word_rates(doc: Document, sent: Sentence) -> list[Quantity]:
    """The changes a sentence states as a fraction in words, read as percents."""
    return [
        as_rate(w, sent.index)
        for w in iter_word_figures(doc.norm, sent.start, sent.end)
        if w.kind == "fraction" and _BY_FRACTION.search(doc.norm, max(sent.start, w.start - 30), w.start)
    ]


def _shared_level(doc: Document, qs: list[Quantity], rates: list[Quantity]) -> Quantity | None:
    """The one level rates of different comparisons reached ("increased 117.8 per cent quarter on
    quarter and 46.7 per cent year on year to 19.1 billion yuan"); rates of one comparison may be
    of several levels, so none there."""
    bases = [basis_of(doc, r, doc.sentences[r.sentence].end) for r in rates]
    if len(rates) < 2 or None in bases or len(set(bases)) != len(bases):
        return None
    m = _SHARED_TO.match(doc.norm, rates[-1].end)
    level = next((r for r in qs if m is not None and r.start == m.end()), None)
    if level is None or not level.is_amount or level.unit == "percent":
        return None
    # "... to 1,210 and 840": a run of levels, one for each rate, is no shared level
    if any(r.start > level.end and _AND_GAP.match(doc.norm[level.end : r.start]) for r in qs if r.is_amount):
        return None
    return level


def _introduced_as_baseline(text: str, prev: Quantity, current: Quantity, floor: int) -> bool:
    """Whether ``prev`` is a baseline stated before the figure it is compared with."""
    if not compatible(prev, current):
        return False
    # "from 6,210 cars in May 2023 to 5,090 in May 2024": each level may carry its own date
    gap = _DATE_TOKEN.sub("", text[prev.end : current.start])
    if len(gap) > 60 or re.search(r"\d|%|;", gap):
        return False
    # ("up from 8,200 in June and 7,100 in May": two baselines in a list, not one level reached)
    if re.search(r"\b(?:and|or|as\s++well\s++as)\s*+$", gap, re.IGNORECASE) and not re.search(
        r"\b(?:to|reach(?:ed|ing)?)\b", gap, re.IGNORECASE
    ):
        return False
    return bool(_BASELINE_INTRO.search(text[max(floor, prev.start - 40) : prev.start]))


# "a reduction of RMB 40,000, or about 17.4 percent": the change as an amount, then as a percent
_AMOUNT_CHANGE = re.compile(
    r"\b(?:(?P<down>reduction|cut|drop|decline|decrease|fall|markdown)|(?P<up>increase|rise|gain|jump|hike))"
    r"\s+of\s+$",
    re.IGNORECASE,
)
_OR = re.compile(r"\s{0,3},\s{0,3}or\s+")
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)


def _percent_of_amount_change(doc: Document, qs: list[Quantity], i: int) -> Growth | None:
    """ "cut the price to RMB 189,900 from RMB 229,900, a reduction of RMB 40,000, or about 17.4
    percent": the percent is the amount's change on the "from" level, to the "to" level.

    Only when both levels are stated in the sentence, in the amount's unit, and differ by the
    amount within its rounding: anything less is left unread.
    """
    text = doc.norm
    q = qs[i]
    if i == 0:
        return None
    amount = qs[i - 1]
    if not amount.is_amount or not _OR.fullmatch(text[amount.end : q.start]):
        return None
    sent = doc.sentences[q.sentence]
    cue = _AMOUNT_CHANGE.search(text[max(sent.start, amount.start - 30) : amount.start])
    if cue is None:
        return None
    levels = [r for r in qs[: i - 1] if r.unit == amount.unit and r.is_amount]
    frm = [r for r in levels if _FROM_BEFORE.search(text[max(sent.start, r.start - 10) : r.start])]
    to = [r for r in levels if _TO_BEFORE.search(text[max(sent.start, r.start - 10) : r.start])]
    if len(frm) != 1 or len(to) != 1:
        return None
    baseline, current = frm[0], to[0]
    change = current.value - baseline.value
    sign = -1 if cue.group("down") else 1
    if (change > 0) != (sign > 0) or not amount.lo <= abs(change) <= amount.hi:
        return None
    return Growth(stated=q, sign=sign, current=current, baseline=baseline, period=None)


# what stands between an amount and the rate that restates it: "vehicle sales or", "units, or"
_OR_AFTER_AMOUNT = re.compile(
    r"\s{0,3}+(?:[a-z-]{1,15}+\s{1,3}+){0,2}?,?\s{0,3}+or\s{1,3}+(?:about\s++|some\s++|nearly\s++|around\s++)?",
    re.IGNORECASE,
)


def _amount_or_direction(doc: Document, qs: list[Quantity], i: int) -> int:
    """The direction of a rate that restates the amount of change right before it ("an increase of
    9,220 vehicle sales or 9.7 per cent"): the amount's own cue; 0 when it has none."""
    text, q = doc.norm, qs[i]
    amount = qs[i - 1] if i else None
    if amount is None or not amount.is_amount or not _OR_AFTER_AMOUNT.fullmatch(text, amount.end, q.start):
        return 0
    m = CUE_BEFORE.search(text, max(0, amount.start - 60), amount.start)
    if m is None or not (m.group("up") or m.group("down")):
        return 0
    sent = doc.sentences[q.sentence]
    # (a level exceeds the change: "by RMB 40,000, a reduction of RMB 40,000" repeats the amount)
    levels = [r for r in qs[: i - 1] if r.unit == amount.unit and r.is_amount and r.value > amount.value]
    if not levels:
        return 0  # ("cut the price by RMB 40,000, a reduction of RMB 40,000, or 17.4%": no level to read)
    if any(_TO_BEFORE.search(text, max(sent.start, r.start - 10), r.start) for r in levels) and any(
        _FROM_BEFORE.search(text, max(sent.start, r.start - 10), r.start) for r in levels
    ):
        return 0  # ("to 189,900 from 229,900, a cut of 30,000, or 17.4%": levels the amount does not fit)
    return 1 if m.group("up") else -1


_WORDS_TO_BRACKET = re.compile(r"[^\d;,.()]{0,30}+\(\s{0,2}+")
_BRACKET_SHUT = re.compile(r"\s{0,2}+\)")
# "from 289,000 units in May to 303,000": the words between the two levels of a from-to pair
_FROM_TO_GAP = re.compile(r"^[^\d;()]{0,40}?\bto\s+$", re.IGNORECASE)
_VERSUS_BEFORE = re.compile(rf"\b{VERSUS}\s+$", re.IGNORECASE)


# "from 10,863 to 14,042 units, or 29.3%": a change said after the levels it joins, with no word of
# direction (the levels give it)
_FROM_TO_OR = re.compile(
    r"\bfrom\s++(?P<a>\S++)\s++to\s++(?P<b>\S++)(?:\s++[a-z]++){0,2}?\s*+,?\s*+"
    r"(?:or|an?\s++(?:change|difference)\s++of|a\s++(?:rise|gain|growth|increase|decrease|drop|fall|decline)\s++of)\s++$",
    re.IGNORECASE,
)


def _after_from_to(doc: Document, qs: list[Quantity], i: int) -> Growth | None:
    """A rate said after "from A to B" with no word of direction: B against A."""
    if i < 2:
        return None
    a, b, q = qs[i - 2], qs[i - 1], qs[i]
    m = _FROM_TO_OR.search(doc.norm, max(0, a.start - 6), q.start)
    if m is None or m.start("a") != a.start or m.start("b") != b.start or not compatible(a, b):
        return None
    if not (a.is_amount and b.is_amount and a.exact and b.exact) or a.value == b.value:
        return None
    return Growth(q, 1 if b.value > a.value else -1, b, a, None)


# A level labelled by its year right before it, as list lines write them: "(2017) 8,869",
# "2024: 3,920" (the year, then the level; nothing else between)
_YEAR_LABEL = re.compile(r"(?:\(\s{0,2}+(?P<y>(?:19|20)\d\d)\s{0,2}+\)|(?P<z>(?:19|20)\d\d)\s{0,2}+:)\s{0,3}+$")
# between the first labelled level and the second label: nothing, a "vs", a comma or semicolon
_LABEL_GAP = re.compile(rf"\s{{0,3}}+(?:[,;/]|(?<![\w-]){VERSUS}|\bv\b)?\s{{0,3}}+", re.IGNORECASE)
# between the second level and the rate: nothing, a separator or an opening bracket
_LEVELS_TO_RATE = re.compile(r"\s{0,3}+[,;:(]?\s{0,3}+")


def _year_labelled(doc: Document, qs: list[Quantity], i: int) -> Growth | None:
    """A rate after two levels each labelled by its year, as list lines and table rows give them:
    "(2025) 8,869 (2024) 10,012 -11.42%", "2025: 4,410; 2024: 3,920; +12.5%". The later year's
    level is the current one; a rate with no sign or word of direction takes the levels' way."""
    if i < 2:
        return None
    text = doc.norm
    a, b, q = qs[i - 2], qs[i - 1], qs[i]
    if not (a.is_amount and b.is_amount and a.exact and b.exact and compatible(a, b)) or a.value <= 0 or b.value <= 0:
        return None
    if not _LEVELS_TO_RATE.fullmatch(text, b.end, q.start):
        return None
    floor = qs[i - 3].end if i >= 3 else doc.sentences[q.sentence].start
    la = _YEAR_LABEL.search(text, max(floor, a.start - 12), a.start)
    lb = _YEAR_LABEL.search(text, max(a.end, b.start - 12), b.start)
    if la is None or lb is None or not _LABEL_GAP.fullmatch(text, a.end, lb.start()):
        return None
    ya, yb = int(la.group("y") or la.group("z")), int(lb.group("y") or lb.group("z"))
    if ya == yb:
        return None
    current, baseline = (a, b) if ya > yb else (b, a)
    d = direction_of(doc, q, b.end).sign
    sign = d or (1 if current.value >= baseline.value else -1)
    return Growth(stated=q, sign=sign, current=current, baseline=baseline, period=None)


def _bracket_after_comparison(doc: Document, qs: list[Quantity], i: int) -> Growth | None:
    """A bare rate in brackets after the two levels it compares: "risen from 289,000 units in May
    to 303,000 units in June (4.8%)", "totaled 1,680,976 units, against 1,385,488 (21.3%) last
    year". The rate's direction is the clause's verb of change; with none, the bracket states a
    size only, and the levels say which way it went."""
    text = doc.norm
    q = qs[i]
    if i >= 2 and _BRACKET_SHUT.match(text, q.end) and (g := _rate_after_its_baseline(doc, qs, i)) is not None:
        return g
    # the bracket follows the second level's own words ("303,000 units in June (4.8%)")
    if i < 2 or not _WORDS_TO_BRACKET.fullmatch(text, qs[i - 1].end, q.start) or not _BRACKET_SHUT.match(text, q.end):
        return None
    a, b = qs[i - 2], qs[i - 1]
    if not (a.is_amount and b.is_amount and compatible(a, b)) or a.value <= 0 or b.value <= 0:
        return None
    sent = doc.sentences[q.sentence]
    floor = qs[i - 3].end if i >= 3 else sent.start
    gap = text[a.end : b.start]
    if _FROM_BEFORE.search(text, max(floor, a.start - 10), a.start) and _FROM_TO_GAP.match(gap):
        baseline, current = a, b  # "from A ... to B (N%)"
    elif _VERSUS_BEFORE.search(text, max(floor, b.start - 20), b.start) and not re.search(r"[\d;()]", gap):
        baseline, current = b, a  # "A, against B (N%)"
    else:
        return None
    clause = text[floor : a.start]
    up, down = bool(RISE_WORD.search(clause)), bool(FALL_WORD.search(clause))
    sign = (1 if up else -1) if up != down else (1 if current.value >= baseline.value else -1)
    return Growth(stated=q, sign=sign, current=current, baseline=baseline, period=None)


# "fell 18% to 4,100 in May and 22% to 19,800 in the year to date, against 5,000 in May 2023
# and 25,380 in the year to date 2023": two rates, each with the
# level it reached, then their baselines in the same turn
_RATE_TO = re.compile(r"\s{1,3}+to\s{1,3}+")
# (each gap read from its end: the words of a period, then "and" or the comparison word)
_THEN_AND = re.compile(r",?\s{0,3}+and\s{1,3}+$")
_THEN_BASES = re.compile(
    rf",?\s{{0,3}}+(?:compared\s{{1,3}}+(?:to|with)|from|{VERSUS})\s{{1,3}}+(?:the\s{{1,3}}+)?$", re.IGNORECASE
)
_A_YEAR = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?!\d|[,.]\d)")


def _when_then(text: str, start: int, end: int, then: re.Pattern[str]) -> str | None:
    """The words of a period before ``then`` in ``text[start:end]``: no figure but a year."""
    gap = text[start:end]
    m = then.search(gap)
    if m is None or m.start() > 50 or re.search(r"[%;()]|\d", _A_YEAR.sub("", gap[: m.start()])):
        return None
    return gap[: m.start()]


def _bases_in_turn(doc: Document, qs: list[Quantity], i: int, sign: int) -> Growth | None:
    """A rate of a pair "R1 to L1 <when> and R2 to L2 <when>, compared to B1 <when> and B2 <when>":
    each rate against the baseline of its own turn, the periods said with them agreeing."""
    text = doc.norm
    for k in (i, i - 2):  # the rate is the first of the pair, or the second
        if k < 0 or k + 5 >= len(qs):
            continue
        r1, l1, r2, l2, b1, b2 = qs[k : k + 6]
        if not (r1.unit == r2.unit == "percent" and all(x.is_amount and x.exact for x in (l1, l2, b1, b2))):
            continue
        if not (_RATE_TO.fullmatch(text, r1.end, l1.start) and _RATE_TO.fullmatch(text, r2.end, l2.start)):
            continue
        w1 = _when_then(text, l1.end, r2.start, _THEN_AND)
        w2 = _when_then(text, l2.end, b1.start, _THEN_BASES)
        w3 = _when_then(text, b1.end, b2.start, _THEN_AND)
        if w1 is None or w2 is None or w3 is None:
            continue
        tail = text[b2.end : min(doc.sentences[qs[i].sentence].end, b2.end + 60)]
        when = [w1, w2, w3, re.split(r"[,;.]", tail)[0]]
        keys = [frozenset(m.key for m in periods.mentions(w)) for w in when]
        # (each level and its baseline of one period, and the two periods apart)
        if not (keys[0] and keys[0] == keys[2] and keys[1] and keys[1] == keys[3] and keys[0] != keys[1]):
            continue
        if not all(compatible(a, b) for a, b in ((l1, b1), (l2, b2))):
            continue
        current, baseline = (l1, b1) if k == i else (l2, b2)
        # (the second rate goes the way the first one's verb says: "declined 29% ... and 54%")
        floor = qs[k - 1].end if k else doc.sentences[r1.sentence].start
        sign = sign or direction_of(doc, r1, floor).sign
        if not sign:
            return None
        return Growth(stated=qs[i], sign=sign, current=current, baseline=baseline, period=None)
    return None


# A baseline named by a comparison word, then its rate in brackets: "up on last year's 12,200
# (+31.6%) and on 14,870 in 2023 (+8%)"
_ON_BASELINE = re.compile(
    rf"(?:\b(?:on|over|(?:in\s{{1,3}}+)?comparison\s{{1,3}}+(?:with|to))|(?<![\w-]){VERSUS})\s{{1,3}}+"
    r"(?:(?:last|the\s{1,3}+previous)\s{1,3}+year['’]s\s{1,3}+|the\s{1,3}+)?$",
    re.IGNORECASE,
)
# ... or joined to the comparison before it: "against 39,870 in the same months of 2024 (20.7%) and"
_AND_ANOTHER = re.compile(r"\)\s{0,2}+,?\s{0,2}+and\s{1,3}+(?:on\s{1,3}+|with\s{1,3}+)?$", re.IGNORECASE)
# from the baseline to its rate's bracket, the period it is of: " in August 2019 (", " for the same period in 2020 ("
_YEAR_TO_BRACKET = re.compile(r"(?:\s{1,3}+(?:[a-z]{1,12}+|(?:19|20)\d\d)){0,7}?\s{0,2}+\(\s{0,2}+", re.IGNORECASE)


def _rate_after_its_baseline(doc: Document, qs: list[Quantity], i: int) -> Growth | None:
    """A rate in brackets right after the level a comparison word names: that level is its baseline,
    and the current the clause's level before the comparisons ("21,814 were registered, an increase on
    last year's 12,200 (+31.6%) and on 14,870 in 2023 (+8%)"); a level with a bracketed rate of
    its own is another comparison's baseline."""
    text = doc.norm
    q, b = qs[i], qs[i - 1]
    if not b.is_amount or not _YEAR_TO_BRACKET.fullmatch(text, b.end, q.start):
        return None
    floor = max(doc.sentences[q.sentence].start, b.start - 30)
    compared = bool(_ON_BASELINE.search(text, floor, b.start))
    if not compared and not _AND_ANOTHER.search(text, floor, b.start):
        return None
    j = i - 2
    while j >= 1 and qs[j].unit == "percent" and qs[j - 1].is_amount and _BRACKET_SHUT.match(text, qs[j].end):
        j -= 2  # skip "15,012 (+45.3%)": an earlier comparison's baseline and its rate
    if j < 0:
        return None
    first = qs[j + 1]
    if not compared and (
        first is b or not _ON_BASELINE.search(text, max(doc.sentences[q.sentence].start, first.start - 30), first.start)
    ):
        # "7,150 sedans (57.7%) and 2,080 vans (16.8%)": parts with their shares, joined by "and"
        # to no comparison word
        return None
    a = qs[j]
    if not (a.is_amount and compatible(a, b)) or a.value <= 0 or b.value <= 0:
        return None
    if re.search(r"[;]", text[a.end : b.start]):
        return None
    clause = text[a.end : b.start]
    up, down = bool(RISE_WORD.search(clause)), bool(FALL_WORD.search(clause))
    sign = (1 if up else -1) if up != down else (1 if a.value >= b.value else -1)
    if q.signed:
        sign = 1 if q.value >= 0 else -1
    return Growth(stated=q, sign=sign, current=a, baseline=b, period=None)


# A rate, a comparative word, then the level it compares with in brackets: "12% behind (59,440)",
# "and 14.5% lower on 2019 (30,120)", "8% ahead of the same months of 2019 (20,140)"
_BEHIND_BRACKET = re.compile(
    r"\s{1,3}+(?:(?P<down>behind|below|short\s{1,3}+of|lower\s{1,3}+than)|(?P<up>ahead\s{1,3}+of|above|higher\s{1,3}+than)"
    rf"|(?P<on>on|over|against|{VERSUS}))"
    # (the period the bracket is of: "2019", "the same period in 2019", "last year")
    r"(?:\s{1,3}+(?:[a-z]{1,10}+|(?:19|20)\d\d)){0,6}?\s{0,3}+\(\s{0,2}+",
    re.IGNORECASE,
)
# ... joined to the rate before it, whose level it shares: "... (53,050) and are 12% behind",
# "(21,400) and down 14.5% on", "(9,100) and a fall of 3.2% (9,400) on"
_AND_ARE = re.compile(
    r"\)?\s{0,3}+,?\s{0,3}+and\s{1,3}+(?:(?:are|is|was|were|it\s{1,3}+is)\s{1,3}+)?(?:still\s{1,3}+)?"
    r"(?:(?:(?:up|down)\s{1,3}+(?:just\s{1,3}+|only\s{1,3}+|by\s{1,3}+)?)"
    r"|(?:an?\s{1,3}+(?:increase|decrease|rise|fall|drop|decline|gain)\s{1,3}+of\s{1,3}+))?$",
    re.I,
)
# The bracket right after the second rate, then the earlier period it is the level of: "... and
# down 1.4% (3,120) on 2019", "(812) for the same month in 2019", "(2,090) March 2019"
_BRACKET_THEN_PERIOD = re.compile(
    r"\s{0,2}+\)\s{0,3}+(?:(?:on|over|against|versus|vs\.?|for|from|when\s{1,3}+compared\s{1,3}+(?:to|with)"
    r"|compared\s{1,3}+(?:to|with)|in\s{1,3}+comparison\s{1,3}+(?:to|with))\s{1,3}+)?"
    rf"(?:the\s{{1,3}}+{SAME_SPAN}\s{{1,3}}+(?:in|of)\s{{1,3}}+)?"
    rf"(?:(?-i:{TITLED_MONTH})\s{{1,3}}+)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def _behind_the_bracket(
    doc: Document, qs: list[Quantity], i: int, found: list[Growth], last_end: int, sign: int
) -> Growth | None:
    """A rate coordinated with the rate before it, then "behind", "ahead of" or "on" the level in
    brackets it is measured from: the same current as the rate before, that bracket the baseline.
    A bare comparison word ("on 2019") takes the direction the rate's own word gives (``sign``)."""
    text = doc.norm
    q = qs[i]
    if i + 1 >= len(qs) or not found or found[-1].stated.sentence != q.sentence or found[-1].current is None:
        return None
    b = qs[i + 1]
    m = _BEHIND_BRACKET.match(text, q.end)
    if m is None or m.end() != b.start or not b.is_amount or not _BRACKET_SHUT.match(text, b.end):
        return _bracket_then_period(doc, qs, i, found, last_end, sign)
    if m.group("on") and not sign:
        return None
    if not _AND_ARE.search(text, max(last_end, found[-1].stated.end), q.start):
        return None
    current = found[-1].current
    if not compatible(current, b) or current is b:
        return None
    said = sign if m.group("on") else -1 if m.group("down") else 1
    return Growth(stated=q, sign=said, current=current, baseline=b, period=None)


def _bracket_then_period(
    doc: Document, qs: list[Quantity], i: int, found: list[Growth], last_end: int, sign: int
) -> Growth | None:
    """The second rate of "up 18.2% (7,540) on last year (6,379) and up 3% (7,322) on 2022":
    the rate before gave the level reached and its baseline in brackets, so the bracket after this
    rate, a figure of the same kind and size but not that level, is the level of the earlier
    period it names."""
    text = doc.norm
    q, b = qs[i], qs[i + 1]
    prev = found[-1]
    current = prev.current
    if (
        not sign
        or current is None
        or prev.baseline is None
        # (the article gives its levels in brackets: "(7,540) on last year (6,379)")
        or not text[max(0, prev.baseline.start - 4) : prev.baseline.start].rstrip().endswith("(")
        or not _OPEN_BRACKET.fullmatch(text, q.end, b.start)
        or not b.is_amount
        or b.signed
        or not _BRACKET_THEN_PERIOD.match(text, b.end)
        or not _AND_ARE.search(text, max(last_end, prev.stated.end), q.start)
        or not compatible(current, b)
        or b.value == current.value
        # (a change in brackets would be far smaller than the level it is of)
        or not 0.5 <= b.value / current.value <= 2
    ):
        return None
    return Growth(stated=q, sign=sign, current=current, baseline=b, period=None)


# "revised down its annual sales target by 9 percent", "raised the price of the Arden by 5%": a
# verb of change, its object (a few words, no figure), then "by" the rate
_OBJECT_CHANGE = re.compile(
    rf"\b(?:(?P<up>{alt(RAISE_OBJECT_VERBS)})|(?P<down>{alt(LOWER_OBJECT_VERBS)}))\s+"
    r"(?:(?:its|the|their|his|her|this|that|a|an)\s+)?(?:[A-Za-z][\w'’\-]*\s+){0,6}?by\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|just\s+)?$",
    re.IGNORECASE,
)
_TO_OR_FROM = re.compile(r"^\s*+,?\s*+(?P<w>to|from)\s+$", re.IGNORECASE)


def _object_changed_by(doc: Document, qs: list[Quantity], i: int, floor: int) -> int:
    """The direction of a rate that changes a named object, when both levels follow it: "revised
    down its annual sales target by 9 percent to 2.73 million units from 3.0 million", "cut its
    delivery forecast by 12% from 500,000 to 440,000". Without both levels the rate is left unread:
    "cut prices by 9 percent to win buyers" states no figure to check."""
    text = doc.norm
    q = qs[i]
    m = _OBJECT_CHANGE.search(text, max(floor, q.start - 90), q.start)
    if m is None or m.end() != q.start:
        return 0
    after = [r for r in qs[i + 1 : i + 3] if r.is_amount]
    if len(after) != 2 or not compatible(*after) or not (after[0].exact and after[1].exact):
        return 0
    first = _TO_OR_FROM.match(text[q.end : after[0].start])
    second = re.match(r"^[^\d;%]{0,30}?\b(?P<w>to|from)\s+$", text[after[0].end : after[1].start], re.IGNORECASE)
    if first is None or second is None or {first.group("w").lower(), second.group("w").lower()} != {"to", "from"}:
        return 0
    return 1 if m.group("up") else -1


# "a 185 per cent year-on-year sales growth", "a 12% volume decline": the change noun after the
# metric it changes
_METRIC_CHANGE_AFTER = re.compile(
    r"\s{1,20}(?:(?:year|month|quarter)[- ]o(?:n|ver)[- ](?:year|month|quarter)\s+|yoy\s+|y-o-y\s+)?"
    r"(?:sales|deliveries|volumes?|registrations?|revenues?|exports?|output|production|wholesales?)\s+"
    r"(?:(?P<up>growth|increase|rise|gain|jump)|(?P<down>decline|decrease|drop|fall|dip|contraction))\b",
    re.IGNORECASE,
)


def _metric_change_after(text: str, q: Quantity) -> int:
    m = _METRIC_CHANGE_AFTER.match(text, q.end)
    return 0 if m is None else 1 if m.group("up") else -1


# "..., as compared to the same month a year ago, when it recorded 810 units": the baseline's
# period, then its figure in a "when" clause
# The measure of a period compared with, named before the period: "the volume exported in ",
# "the level recorded during ", "the figure for ", "the sales of "
_MEASURE_OF = re.compile(
    r"(?:the\s{1,3}+)?(?:volume|level|figure|number|total|sales|output|production|exports|result|performance)"
    r"(?:\s{1,3}+[a-z]{2,15}+)?\s{1,3}+(?:(?:of|for)\s{1,3}+|(?=(?:in|during)\s))",
    re.IGNORECASE,
)
_WHEN_BASELINE = re.compile(
    r"^[^.;%\d]{0,60}?\b(?:compared\s+(?:to|with)|from|versus|against|in\s+(?:relation|comparison)\s+(?:to|with)|"
    r"with\s+respect\s+to|relative\s+to)\s+(?:the\s+)?"
    r"(?:[^.;%\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,80}?,?\s+"
    r"(?:(?:when\s+(?:it|they|the\s+(?:[\w\-]+\s+)?(?:company|carmaker|automaker|brand|maker|manufacturer|firm)|[A-Z][\w\-]+)\s+"
    # "compared to June 2023, which saw 82,656 units sold": the period itself as the subject
    r"|(?:which|that)\s+)(?:had\s+)?"
    r"(?:recorded|sold|delivered|registered|posted|reported|shipped|dispatched|saw|produced|built|exported)"
    # "against May 2022, when 12,410 cars were built": the figure is the clause's subject
    r"|when)\s+$",
    re.IGNORECASE,
)
# the verb of a "when" clause whose subject is the figure: "when 12,410 cars were built"
# An earlier period's "when" clause, after a comparison: "than in May of 2024, when",
# "compared with May last year, when", "against 2024, when"
_THAN_WHEN = re.compile(
    r"\b(?:than|compared\s+(?:to|with)|against|from|versus)\s+(?:in\s+)?(?:the\s+)?"
    r"(?:[^.;%\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,50}?,?\s+when\s+$",
    re.IGNORECASE,
)
# An amount of a change, not a level: "367 units less than", "1,200 more than"
_GAP_AMOUNT = re.compile(r"\s{0,3}+(?:units?\s++|vehicles?\s++|cars?\s++)?(?:more|less|fewer)\s++than\b", re.IGNORECASE)
_WHEN_PASSIVE = re.compile(
    r"\s{1,3}+(?:[a-z\-]{1,20}+\s{1,3}+){0,3}?(?:were|was|had\s+been|have\s+been)\s++(?:recorded|sold|delivered|registered|"
    r"produced|built|made|manufactured|shipped|exported|imported|dispatched|assembled)\b",
    re.IGNORECASE,
)


def _when_baseline(doc: Document, frames: FrameIndex, qs: list[Quantity], i: int, end: int) -> Quantity | None:
    """The baseline of a rate named by its period, then given in a "when" clause of its own: "a
    185 per cent growth last month, as compared to the same month a year ago, when it recorded
    810 units"; "up 12% from March, when the company sold 4,100 cars". The clause's subject is the
    rate's own ("it", "the company", or a name said before the rate) and its figure the same metric."""
    q = qs[i]
    nxt = next((r for r in qs[i + 1 :] if r.start < end), None)
    if nxt is None or not nxt.is_amount or not nxt.exact:
        return None
    # (an aside in brackets is no part of the clause: "the first half of 2024
    # (cumulative-to-cumulative), which recorded 506,427 units")
    between = BRACKET.sub("", doc.norm[q.end : nxt.start])
    m = _WHEN_BASELINE.match(between)
    if m is None or (re.search(r"\bwhen\s+$", between, re.I) and not _WHEN_PASSIVE.match(doc.norm, nxt.end)):
        return None
    return nxt if _clause_is_the_rates(doc, frames, q, nxt, between) else None


_CLAUSE_SUBJECT = re.compile(r"\b(?:when|where)\s+(?P<name>[A-Z][\w\-]+)\b")


def _clause_is_the_rates(doc: Document, frames: FrameIndex, q: Quantity, b: Quantity, between: str) -> bool:
    """A baseline read from a clause after its period ("from March, when it sold 4,100 cars") is
    the rate's own: no other company as the clause's subject ("when Kessel sold"), no other metric
    ("4,100 SUVs"), no count of something else ("4,100 new dealerships")."""
    if _OTHER_COUNT.match(doc.norm, b.end) or _NEW_OTHER.match(doc.norm, b.end):
        return False
    mine = _said_of(doc, frames, q)
    m = _CLAUSE_SUBJECT.search(between)
    if m and m.group("name") not in _NOT_SUBJECTS:
        # the rate's company: named before it, else its frame's ("That was 2.4% more" points back)
        own = frames.names_in(doc.sentences[q.sentence].start, q.start) or mine.names | {frames.main_subject}
        if m.group("name") not in own:
            return False
    return not other_metric(mine, frames.frame(b.start, b.end))


_NOT_SUBJECTS = frozenset({"It", "They", "The", "Its", "This", "That"})
# "4,100 new dealerships": a count of something new, not the level of a sale ("521,630 new vehicles" is)
_NEW_OTHER = re.compile(r"\s{1,3}+new\s{1,3}+(?!(?:vehicles?|cars?|units?|registrations|passenger|light)\b)", re.I)


def _other_basis(doc: Document, q: Quantity, limit: int, between: str) -> bool:
    """A baseline clause dated on another basis than the rate states: "a YoY increase of 38%,
    cooling from the previous month, when it sold more than 50,000" is no change from that month."""
    said = basis_of(doc, q, limit)
    if said is None:
        return False
    named = basis_in(between)
    return named is not None and named != said


def _other_measure(a: Frame, b: Frame) -> bool:
    """A level and a baseline right after its rate that measure two things ("a profit of 2.49
    trillion yen, up 36%, on 29.38 trillion yen of sales"); the wider frame of a baseline picks up
    the words of the rest of its sentence, so only the measures are compared."""
    return a.measure is not None and b.measure is not None and a.measure != b.measure


def _said_of(doc: Document, frames: FrameIndex, q: Quantity) -> Frame:
    """The frame of the level a rate is said of, read up to the rate ("Orla sold 4,600 cars in
    April, up"); the rate's own frame when no level comes before it."""
    # (of its own clause: "revenues rose 25.9% from Rp 17.00 trillion, and its operating profit rose
    # 30.8% to ..." says the second rate of the profit, not of the revenue before it)
    floor = segment(doc, doc.sentences[q.sentence], q.start)[0]
    ref = next(
        (r for r in reversed(doc.in_sentence(q.sentence)) if floor <= r.start and r.end <= q.start and r.is_amount),
        None,
    )
    return frames.frame(q.start, q.end) if ref is None else frames.frame(ref.start, ref.end, q.start)


def _a_baseline(found: list[Growth], q: Quantity | None) -> bool:
    """Whether ``q`` is already the baseline of a rate: "when it recorded 810 units" is no figure
    a later "36 per cent growth" is a change of."""
    return q is not None and any(g.baseline is q for g in found)


def find(doc: Document, frames: FrameIndex) -> tuple[Growth, ...]:
    """Every growth rate of the document with what it is a growth of."""
    text = doc.norm
    found: list[Growth] = []
    for sent in doc.sentences:
        qs = doc.in_sentence(sent.index)
        words = _word_rates(doc, sent)
        if words:
            qs = sorted([*qs, *words], key=lambda q: q.start)
        used: set[int] = set()  # starts of figures already taken as baselines or currents
        last_sign = 0
        last_end = sent.start
        for i, q in enumerate(qs):
            if q.unit != "percent":
                continue
            floor = qs[i - 1].end if i else sent.start
            d = direction_of(doc, q, floor)
            sign = d.sign
            if sign == 0 and last_sign and _COORD.match(text[last_end : q.start]) and not _PART_OF.match(text, q.end):
                sign = last_sign  # "up 61 percent on last year and 14.6 percent from April"
            if sign == 0:
                sign = _object_changed_by(doc, qs, i, floor) or _metric_change_after(text, q)
            g = _behind_the_bracket(doc, qs, i, found, last_end, sign)
            if g is not None:
                # "... down 1.4% (52,310) on 2024 (53,050) and are 12% behind (59,440) the 2019
                # figure": the same level, against the level in brackets the comparison word names
                found.append(g)
                used.add(g.baseline.start)  # type: ignore[union-attr]
                last_sign, last_end = g.sign, q.end
                continue
            g = _year_labelled(doc, qs, i) or _bracket_after_comparison(doc, qs, i) or _bases_in_turn(doc, qs, i, sign)
            if g is not None:
                # the two levels before the bracket are the rate's, whatever words precede them
                found.append(replace(g, sign=sign or g.sign))
                last_sign, last_end = sign or g.sign, q.end
                continue
            if sign == 0:
                g = _percent_of_amount_change(doc, qs, i) or _after_from_to(doc, qs, i)
                if g is not None:
                    found.append(g)
                    continue
                # "an increase of 9,220 vehicle sales or 9.7 per cent against May 2024 (95,130)": the
                # rate restates the amount before it, whose cue says the direction
                sign = _amount_or_direction(doc, qs, i)
                if sign == 0:
                    continue
            rates_after = [r for r in qs[i + 1 :] if r.unit in ("percent", "pp")]
            nxt = rates_after[0].start if rates_after else sent.end
            if rates_after and _WHEN_ITS_OWN_CHANGE.search(_DATE_TOKEN.sub("", text[q.end : nxt])):
                # "dropped 1.7% to 512,840 compared with the year-ago quarter, when sales soared 9% with
                # 521,630": the rate in the baseline's "when" clause is that period's own; the clause
                # reaches past it to the baseline
                nxt = rates_after[1].start if len(rates_after) > 1 else sent.end
            tail_end = min(nxt, sent.end, q.end + 140)
            shut = _RATE_BRACKET_THEN_CLAUSE.match(text, q.end, tail_end)
            if shut is not None and "(" in text[floor : q.start] and ")" not in text[floor : q.start]:
                # "rose from 64 to 410 (a jump of 540.6%), and for the half from 290 to 1,515": a
                # rate in brackets is closed; the clause after the bracket has levels of its own
                tail_end = shut.start("close")
            current = baseline = None
            period = None
            as_clause = False  # the current is the level of an "as ..." clause after the rate
            bracketed = False  # the current is the bracket after the rate
            pos = q.end
            after = [r for r in qs[i + 1 :] if r.start < tail_end and r.is_amount and not r.is_duration]
            if (
                after
                and (
                    _OPEN_BRACKET.fullmatch(text, q.end, after[0].start)
                    # "dropped 18 per cent in March (410) set against March of last year (500)"
                    or _MONTH_TO_BRACKET.fullmatch(text, q.end, after[0].start)
                )
                and not after[0].signed
            ):
                # "up 24% (27,148) on July 2022 (21,904)": the level the rate reached, in brackets
                close = _BRACKET_CLOSE.match(text, after[0].end)
                if close is not None:
                    current, pos, bracketed = after[0], close.end(), True
            # "rose 5% to 1,200 (from 1,143)"
            # (a rate alone in brackets after a level is that level's: "Toyota with 75,658 sales (+24.9%),
            # followed by Skoda at 41,534 (+22.8%)" reaches no level after it)
            level_before = next((x for x in reversed(qs[:i]) if x.is_amount), None)
            alone = (
                level_before is not None
                and _RATE_ALONE_IN_BRACKETS.fullmatch(text, level_before.end, q.start) is not None
                and text[q.end : q.end + 1] == ")"
            )
            for r in after if current is None and not alone else ():
                between = text[pos : r.start]
                if (
                    (
                        (
                            TO_CURRENT.match(between)
                            and not _BREAK.search(_DATE_TOKEN.sub("", between))
                            # ("0.1% higher than August (which was at 67,560 units)": the level of the
                            # period compared with, in a relative clause of its own)
                            and not _RELATIVE_BRACKET.search(between)
                        )
                        or _to_past_period(text, pos, r.start)
                        or WITH_LEVEL.match(_DATE_TOKEN.sub("", between))
                        # "grew 20.1 percent in August, when 7,909 units were sold": the period's own level
                        or _WHEN_CURRENT.match(_DATE_TOKEN.sub("", between))
                        # "a 6% fall on last year, bringing the number of vans registered to 3,120"
                        or _BRINGING_TO.match(_DATE_TOKEN.sub("", between))
                        # "an 8.2% gain on the same period a year earlier, at 61,300 units against
                        # 56,650": the period compared with, then the level
                        or _PERIOD_THEN_AT.match(_DATE_TOKEN.sub("", between))
                        or SELLING_LEVEL.match(_DATE_TOKEN.sub("", between))
                        # "a 33 per cent increase in home-market car sales in July at 28,053"; an
                        # acronym in brackets may name the segment ("in heavy truck (HT) sales at")
                        or _CHANGE_IN_THEN_AT.match(_DATE_TOKEN.sub("", between))
                        # "went down by 5.51% in comparison to the same month of previous year and
                        # reached 108,044": the rate's own clause goes on to the level it reached
                        or _and_reached(_DATE_TOKEN.sub("", between))
                        # "fell by 36 per cent, as the count of vans cleared came to 1,517,
                        # compared with 2,385": a clause that gives the level, a baseline after it
                        or (as_clause := bool(_AS_CURRENT.match(_DATE_TOKEN.sub("", between))))
                        # "rose by 2.1 percent or 8,120 units sold this May": after "or", a level said with
                        # its period is the level reached, not how far it moved
                        or (_OR_GAP.fullmatch(between) is not None and LEVEL_OF_A_PERIOD.match(text, r.end) is not None)
                    )
                    and not _OTHER_COUNT.match(text, r.end)
                    and not _AMOUNT_AFTER.match(text, r.end)
                ):
                    # ("with 15,255 fewer units produced": how far it moved, no level reached)
                    current = r
                    pos = r.end
                    break
            vs = _versus_bracket(text, q, after) if current is None else None
            if vs is not None:
                # "jumped 250 per cent on last year (3,500 vs 1,000)": the bracket holds both levels
                current, baseline = vs
                used.update((current.start, baseline.start))
            rates = _coordinated_rates(text, qs, i)
            if len(rates) >= 2 and vs is None and not bracketed:
                # "rose 10% and 5% to 1,210 and 840, respectively": each rate reached its own level
                run = levels_in_turn(text, qs, rates[-1].end, len(rates))
                if run is not None:
                    current = run[rates.index(q)]
            if current is None and vs is None and not bracketed:
                # "increased 117.8 per cent quarter on quarter and 46.7 per cent year on year to 19.1
                # billion yuan": rates of two comparisons, one level reached
                current = _shared_level(doc, qs, _coordinated_rates(text, qs, i, _BASES_JOIN))
                if current is not None:
                    pos = current.end
            cm, shift = None, 0  # (shift: the length of the period words cut from before the connector)
            if vs is None:
                # "to $11.1 billion (Dh40.7 billion) up from $9.2 billion": a conversion or a
                # gloss in brackets is no gap between a level and the baseline after it
                cm = CONNECTOR.match(text[pos:tail_end]) or CONNECTOR.match(blank_asides(text[pos:tail_end]))
                if cm is None and current is not None and (b := BRACKET.search(text, pos, min(tail_end, pos + 70))):
                    # "3,55,033 units sold (home and export sales together) in October, compared to
                    # 13,119": an aside in brackets, however long, is no gap before the comparison
                    cm = CONNECTOR.match(text[pos : b.start()] + text[b.end() : tail_end])
                    shift = b.end() - b.start() if cm is not None and cm.end() > b.start() - pos else 0
                if cm is None and current is not None:
                    # "to 61,300 units in the first half of 2025, against 65,770": the
                    # level's period said before the comparison
                    cm, shift = _connector_past_period(text, pos, tail_end)
                if cm and _VERB_OF_ITS_OWN.search(cm.group("gap")):
                    cm = None  # "fell 54% to 15,187 but rose from 2,085": the baseline is the new verb's
            if len(rates) >= 2:
                # "up 26.3 percent and 27.4 percent from 984 and 991": baselines pair in order
                cm = None
                group_end = rates[-1].end
                after_group = [r for r in qs if r.start >= group_end and r.is_amount]
                m2 = CONNECTOR.match(text[group_end : min(sent.end, group_end + 160)])
                if m2 and after_group:
                    first = first_quantity_at(after_group, group_end + m2.end(), 40)
                    if first is not None:
                        run = [first]
                        for r in after_group[after_group.index(first) + 1 :]:
                            if compatible(r, first) and _AND_GAP.match(text[run[-1].end : r.start]):
                                run.append(r)
                            else:
                                break
                        if len(run) == len(rates):
                            baseline = run[rates.index(q)]
            if cm:
                at = pos + cm.end() + shift
                gap = text[at:tail_end]
                # a comparison word names what follows as a baseline; "on" and "over" may be
                # just a place ("as well as on the light commercial vehicles, with 14,094")
                reach = 60 if _STRONG_CONNECTOR.search(cm.group("conn")) else 40
                b = first_quantity_at(after, at, reach) or first_quantity_at(after, at, 110)
                between = text[at : b.start] if b else ""
                if (
                    b is not None
                    and b is not current
                    # "5,310 sales (4.2 per cent decrease) compared to the trail segment's 3,980
                    # sales (7.5 per cent decrease)": a level with a change of its own is no baseline
                    and not _OWN_RATE_AFTER.match(text, b.end)
                    # "a decrease of 22% compared to 2019 (almost 3,600 units lost)": how far it moved
                    and not _AMOUNT_AFTER.match(text, b.end)
                    # "still below the earlier peak of 21,000 in 2019": a record set before is what
                    # the level falls short of, not what the rate was taken from
                    and not FORMER_RECORD.search(text[pos : b.start])
                    # "net profit climbed 19.5% to 2.3 billion euros on sales of 41 billion euros":
                    # what the profit was earned on, not what it is compared with
                    and not (cm.group("conn").strip().lower() == "on" and _EARNED_ON.match(between))
                    # a plan is no baseline of a level reached, but a forecast revised from the
                    # previous forecast compares two plans
                    and (not _PROJECTED.search(between) or _PROJECTED.search(text[sent.start : q.start]))
                    and (
                        (
                            # "compared with the same month in 2015 (9,488)", "compared to sales in
                            # the first two months of 2022 of 165,144 units": a period may name its year
                            b.start - at <= reach
                            # "with a total of 784,932" names the current, ")" closes the clause
                            # (a dash opens a clause of its own: "compared to 2017 - sales had
                            # declined by 15 601 units" names the amount of a change, no baseline)
                            and not re.search(r"[,;)–—]|\s-\s|\b(?:and|but|with)\b|\d", _DATE_TOKEN.sub("", between))
                            and not _other_measure(_said_of(doc, frames, q), frames.frame(b.start, b.end))
                        )
                        or (
                            (
                                _BASELINE_CLAUSE.match(_DATE_TOKEN.sub("", between))
                                or _WHEN_OWN_RATE.match(_DATE_TOKEN.sub("", between))
                                or _PERIOD_WITH.match(_DATE_TOKEN.sub("", between))
                                or _IE_BASELINE.match(_DATE_TOKEN.sub("", between))
                            )
                            and not _other_basis(doc, q, sent.end, between)
                            and _clause_is_the_rates(doc, frames, q, b, between)
                        )
                    )
                ):
                    baseline = b
                    # "rising 10.9% from CNY 228,644 ... to CNY 253,662"
                    if current is None:
                        for r in after:
                            # "from Dh19bn ($5.2bn) to Dh23bn": a conversion in brackets is no gap
                            gap = blank_brackets(text[b.end : r.start])
                            if (
                                r.start > b.end
                                and TO_CURRENT.match(gap.replace("(", " "))
                                # "from 11.3 trillion the year before, with exports totaling 14.2
                                # trillion": a clause of another subject's level
                                and not _NEW_CLAUSE.search(gap)
                            ):
                                if not in_parentheses_after_amount(doc, r):
                                    current = r
                                    break
                    # "falling 54.4% from 474 units sold in March 2019 compared to 216 units sold last
                    # month": after a "from" baseline, the level compared with it is the current
                    if current is None and re.match(r"\s*from\b", cm.group("conn"), re.IGNORECASE):
                        r = next((r for r in after if r.start > b.end), None)
                        if (
                            r is not None
                            and compatible(r, b)
                            and _THEN_COMPARED.fullmatch(_DATE_TOKEN.sub("", text[b.end : r.start]))
                        ):
                            current = r
                elif (
                    b is not None
                    and current is None
                    and cm.group("conn").strip().lower() == "on"
                    and (em := _EARNED_ON.match(between)) is not None
                    and re.search(
                        rf"\b{em.group('what')}\b[^,;%\d]{{0,30}}+$",
                        text[max(sent.start, q.start - 50) : q.start],
                        re.I,
                    )
                ):
                    # "car sales eased 4.1% on sales of 88,200": what the rate's own metric
                    # came to, its current level
                    current = b
                else:
                    # "compared to January", "in relation to the volume shipped in January"
                    named = _MEASURE_OF.match(gap)
                    pm = PERIOD_REF.match(gap) or (PERIOD_REF.match(gap[named.end() :]) if named else None)
                    if pm:
                        period = period_key(pm)
            if bracketed and not level_not_change(current, baseline, sign):
                # "up by 1.4 per cent (704 units) compared to 2017": the bracket holds the change
                current = None
            named = _when_baseline(doc, frames, qs, i, tail_end) if baseline is None else None
            if named is not None:
                # "compared to the same period in the previous year, which recorded 506,427 units":
                # the period named, then its figure
                baseline, period = named, None
            if current is not None and baseline is None and period is None and current.start > q.end:
                # "Compared with the 16,640 cars made in June 2023, output dropped 5.5% to 15,725": the
                # sentence opens on the baseline, the level reached follows the rate
                opening = [r for r in qs[:i] if r.is_amount and r.start not in used]
                if (
                    len(opening) == 1
                    and compatible(opening[0], current)
                    and _OPENS_ON_BASELINE.match(_DATE_TOKEN.sub("", text[sent.start : opening[0].start]))
                    and not _OWN_BASELINE.match(text, q.end, tail_end)
                ):
                    baseline = opening[0]
            uncertain = False
            others: tuple[Quantity, ...] = ()
            if current is None:
                current = _level_of_its_relative_clause(doc, qs, i)
            if current is None:
                before = [
                    r
                    for r in qs[:i]
                    if r.is_amount
                    and r.start not in used
                    and not in_parentheses_after_amount(doc, r)
                    and not _is_prior_of(doc, qs, r)
                    # "4,210 scooters worth NPR 512.4 million": what the counted goods are worth
                    and not _worth_of_count(doc, qs, r)
                    # "Compared to July 2014 (96,728 units), the figure rose 6.9%": a baseline
                    and not _BRACKET_BASE.search(text, max(sent.start, r.start - 60), r.start)
                    # "breaching the 100,000 barrier": a line crossed, no level of a period
                    and not MILESTONE_AFTER.match(text, r.end)
                ]
                plain = [r for r in before if not in_per_share_gloss(text, r)]
                if len(plain) < len(before) and sum(not per_share(text, r) for r in plain) >= 2:
                    # "$311 million, or $3.20 a share, up from $205 million, or $1.90 a share": the
                    # results are compared, their per-share glosses are asides (with one result only,
                    # "compared with $1.90 a share", the figures per share are the pair)
                    before = plain
                changed_by = None  # the amount of the change the sentence states before the rate
                while before and (
                    _AMOUNT_BEFORE.search(text, max(sent.start, before[-1].start - 40), before[-1].start)
                    or _AMOUNT_AFTER.match(text, before[-1].end)
                    or (
                        _CHANGE_NOUN_AFTER.match(text, before[-1].end)
                        and _A_BEFORE.search(text, max(sent.start, before[-1].start - 4), before[-1].start)
                    )
                ):
                    changed_by = before[-1]
                    # "exports at 386 863 units reflected an improvement of 35 724 vehicles or a gain of
                    # 10,2 percent", "it sold 700 more cars than a year earlier, up 14%": the amount of
                    # the change is no level; the level is the one before it
                    before.pop()
                if before and _OWN_CLAUSE.search(text[before[-1].end : q.start]):
                    before = []  # "..., while fleet sales fell 2.0 percent": another subject's rate
                if before and _LABELS_RATE.search(text, before[-1].end, q.start):
                    before = []  # "..., driven by the Kessel K3 (+43%)": the rate of the label it follows
                if (
                    len(before) == 1
                    and baseline is None
                    and period is None
                    and _OPENS_ON_BASELINE.match(_DATE_TOKEN.sub("", text[sent.start : before[0].start]))
                    and not _OWN_BASELINE.match(text, q.end, tail_end)
                ):
                    # "But compared with the 16,640 cars made in June 2023, output dropped 5.5%", "Compared
                    # with May 2023, when it built 13,985 vehicles, output was up 12.4%": the sentence
                    # opens on the baseline; the current came before
                    baseline, before = before[0], []
                    baselines = frozenset(g.baseline.start for g in found if g.baseline is not None)
                    current = _described_current(doc, frames, sent.index, baseline, baselines, q)
                if (
                    len(before) == 1
                    and baseline is None
                    and period is None
                    # (a bracket's "previous year: 11,200" dates the figure in it, not the level)
                    and _YEAR_BACK_DATES.search(blank_brackets(text[before[0].end : q.start]))
                    and basis_of(doc, q, sent.end) in (None, "yoy")
                    # "sold 3,089,457 last year, up 0.1 percent from 2023": the rate names its own
                    # baseline, so "last year" dates the level before it, the current one
                    and not _OWN_BASELINE.match(text, q.end, tail_end)
                ):
                    # "It registered 1,12,380 units in the same month a year ago, and that is a
                    # decline of 39.6 per cent": the level is the baseline; the current came before
                    baseline, before = before[0], []
                    baselines = frozenset(g.baseline.start for g in found if g.baseline is not None)
                    current = _described_current(doc, frames, sent.index, baseline, baselines)
                if (
                    len(before) == 1
                    and baseline is None
                    and period is None
                    and _WHEN_CLAUSE_OF_BASE.search(
                        _DATE_TOKEN.sub("", text[max(sent.start, before[0].start - 80) : before[0].start])
                    )
                    and not _OWN_BASELINE.match(text, q.end, tail_end)
                ):
                    # "Yet that is down on March 2024, when 9,120 vans were sold - a fall of 11%":
                    # the level of the period compared with, in its "when" clause, is the baseline
                    baseline, before = before[0], []
                    baselines = frozenset(g.baseline.start for g in found if g.baseline is not None)
                    current = _described_current(doc, frames, sent.index, baseline, baselines, q)
                    # ("Still, that is down on ...": the level the sentence before gave)
                    pointed = _subject_figure(doc, sent.index) if ANAPHORA.match(sent.text) else None
                    if current is None and pointed is not None and compatible(pointed, baseline) and pointed.exact:
                        current = pointed if same_thing(doc, frames, pointed, baseline, elided=True) else None
                if (
                    len(before) == 1
                    and baseline is None
                    and period is None
                    and _THAN_BEFORE.search(text, max(sent.start, before[0].start - 12), before[0].start)
                    and not _OWN_BASELINE.match(text, q.end, tail_end)
                ):
                    # "This is somewhat more than the 9,870 sold in April, a modest gain (2.1 percent
                    # more)": what a level is set against is its baseline; the current came before
                    baseline, before = before[0], []
                    baselines = frozenset(g.baseline.start for g in found if g.baseline is not None)
                    current = _described_current(doc, frames, sent.index, baseline, baselines, q)
                targeted = bool(before) and _TARGET_RATE.search(text, before[-1].end, q.start) is not None
                if targeted and baseline is None and period is None:
                    # "sold 271,156 in 2022, and the latest target implies an 84.4 percent increase"
                    # (the level before is the baseline, whether or not the target is clear)
                    baseline, current, before = before[-1], _the_target(doc, before[-1]), []
                if (
                    len(before) >= 2
                    and (period is not None or baseline is not None or _OWN_BASELINE.match(text, q.end, tail_end))
                    and _BASELINE_INTRO.search(text, max(sent.start, before[-1].start - 40), before[-1].start)
                    and compatible(before[-2], before[-1])
                ):
                    # "slipped to 3.2k from 3.3k in July, but were up 29.5% from August last year":
                    # the rate names a baseline of its own, so the earlier comparison's baseline is
                    # no level of it; the level compared with it is
                    before = before[:-1]
                if before and _DESPITE.search(text, before[-1].end, q.start):
                    # "PAT stood at Rs 412.6 million, down from Rs 527.0 million, despite a 9% rise
                    # in sales": a rate set against the levels is of something else
                    before = []
                if before and _dated_before_now(text, sent.start, before[-1], q):
                    # "the sector in 2024 had its best quarter - 81,200 vans found buyers in the opening
                    # quarter of 2022 - with volumes now 6.1% below 2019": the level is an earlier year's
                    before = []
                if (
                    baseline is None
                    and period is None
                    and len(before) >= 2
                    and _THAN_WHEN.search(text, max(sent.start, before[-1].start - 90), before[-1].start)
                    and _WHEN_PASSIVE.match(text, before[-1].end)
                ):
                    # "Lumea sold 2,140 cars, 310 fewer than in June 2024, when 2,450 were
                    # sold, a 12.7% fall": the "when" clause of
                    # the earlier period gives the baseline; the level is the one before the gap
                    levels = [x for x in before[:-1] if not _GAP_AMOUNT.match(text, x.end)]
                    if levels and compatible(levels[-1], before[-1]):
                        baseline, before = before[-1], levels
                if before:
                    current = before[-1]
                    if len(before) >= 2 and _rounded_gloss(text, before[-2], current):
                        # "12,48,331 or 1.24 million units, up 10 per cent": the exact figure counts
                        current, before = before[-2], before[:-1]
                    listed = _coordinated(text, before)
                    if (
                        baseline is None
                        and period is None
                        and len(before) >= 2
                        and _introduced_as_baseline(text, before[-2], current, sent.start)
                    ):
                        # "rose from 4,000 units to 4,400 units, up 10 percent"
                        baseline = before[-2]
                    elif (
                        baseline is None
                        and period is None
                        and len(before) >= 2
                        # ("..., down from B, yet still 210 percent above the March 2023 figure":
                        # the rate names a baseline of its own)
                        and not _OWN_BASELINE.match(text, q.end, tail_end)
                        and (
                            _BASELINE_INTRO.search(text[max(sent.start, current.start - 40) : current.start])
                            or _CORRESPONDING.search(
                                blank_dates(text, max(sent.start, current.start - 110), current.start)
                            )
                        )
                        and compatible(before[-2], current)
                        and not re.search(
                            r"\d|%|;",
                            _DATE_TOKEN.sub(
                                "", _WORTH_SPAN.sub("", blank_per_share(text[before[-2].end : current.start]))
                            ),
                        )
                    ):
                        # "sales were 4,400 units, compared with 4,000 units, an increase of 10%";
                        # "4,400 were new, whereas the corresponding total for May 2023 stood at 4,000"
                        baseline, current = current, before[-2]
                        if _dated_later(text, sent.start, current, baseline):
                            # "in 2022 there were 1,803 ..., compared to 1,884 ... of this year": the
                            # years say which is the current
                            baseline, current = current, baseline
                    elif (
                        baseline is None
                        and period is None
                        and len(before) >= 2
                        and compatible(before[-2], current)
                        and before[-2].exact
                        and current.exact
                        and _WHILE_GAP.match(_DATE_TOKEN.sub("", text[before[-2].end : current.start]))
                        and not re.search(r"[\d;%]", text[current.end : q.start])
                        and (pair := _set_side_by_side(doc, sent, before[-2], current, q)) is not None
                    ):
                        # "6,310 in March 2025, whereas the number sold in April is 6,150, a 2.54%
                        # decrease month on month": two levels side by side,
                        # each dated, as far apart as the rate's basis says
                        current, baseline = pair
                    elif (
                        baseline is None
                        and period is None
                        and len(before) == 1
                        and (now := _level_before_a_year_back(doc, frames, sent, current, q)) is not None
                    ):
                        # "Orla sold 4,200 units in May. It had sold 3,750 units in the year-ago period,
                        # translating into a 12% growth": the sentence's one level is the year before's
                        current, baseline = now, current
                    elif len(listed) >= 2:
                        # "sold 18.235 million and 18.269 million, up 12.7 percent and 12.0
                        # percent": figures and growth rates pair in order; a single rate after
                        # a list may belong to any item or to their total.
                        rates = _coordinated_rates(text, qs, i)
                        if len(rates) == len(listed):
                            current = listed[rates.index(q)]
                        else:
                            uncertain = True
                    if current.hedge in ("more", "atleast", "less") and ANAPHORA.match(sent.text):
                        # "It was the first time it delivered more than 8,000": the exact
                        # figure is the one the sentence before gave.
                        exact = _subject_figure(doc, sent.index)
                        if (
                            exact is not None
                            and exact.exact
                            and compatible(exact, current)
                            and current.lo <= exact.value <= current.hi
                        ):
                            current = exact
                elif (
                    not targeted
                    # a level of the sentence's own after the rate is its current, read or not
                    and not any(baseline is None or r.start < baseline.start for r in after)
                    and _points_back(doc, frames, sent.index, q)
                    and not _a_baseline(found, subject := _subject_figure(doc, sent.index))
                    # ("Back in 2020 it sold 23,100 ... a 276 per cent growth in 2021": the baseline's year)
                    and not (
                        subject is not None
                        and _earlier_year(frames.frame(subject.start, subject.end), frames.frame(q.start, q.end))
                    )
                ):
                    current = subject
                    earlier = _year_back_then_now(doc, frames, sent.index, subject) if baseline is None else None
                    pair = (
                        _bracketed_baseline(doc, qs[:i]) or _compared_before(doc, frames, found, current)
                        if baseline is None and period is None
                        else None
                    )
                    if earlier is not None:
                        # "Dealers sold 4,210 cars this year. A year earlier, 5,030 had been sold. That
                        # is a 16% drop": the level the
                        # sentence before moved back to is the baseline; the current, the one before it
                        current, baseline, pair = earlier, subject, None
                    if pair is not None:
                        # "It sold 13,631 units in March versus 10,681 in February. Overall, sales
                        # grew by 27.6%": the comparison the sentence before made
                        baseline = pair
                    else:
                        # "That's up 31%" after a sentence with two levels may point at either
                        others = tuple(q for q in _levels_in(doc, sent.index - 1) if q is not current and q.exact)
                elif baseline is not None and not before and changed_by is None:
                    # "The delivery volume was down 31.4 percent compared to 12,268 units in
                    # January" after the sentence that gave February's figure (a sentence that
                    # states its own change, "700 more cars than ...", is about its own level)
                    baselines = frozenset(g.baseline.start for g in found if g.baseline is not None)
                    if baseline.end <= q.start and _TARGET_RATE.search(text, baseline.end, q.start):
                        # "sold 271,156 in 2022, and the latest target implies an 84.4 percent increase"
                        current = _the_target(doc, baseline)
                    elif not any(
                        r is not baseline
                        and compatible(r, baseline)
                        # ("..., a difference of 14,420 units": how far it moved, no level of its own)
                        and not _AMOUNT_BEFORE.search(text, max(sent.start, r.start - 40), r.start)
                        for r in after
                    ):
                        # (a level of its own after the rate, "where September saw sales of 1,782,
                        # versus 2,664", is the current even when its words are not read: never
                        # the figure of the sentence before)
                        current = _described_current(doc, frames, sent.index, baseline, baselines, q)
            if baseline is not None:
                used.add(baseline.start)
            if current is not None and baseline is None and not uncertain and current.end <= q.start:
                # "shipped 318,400 units in the home market (296,100 units), posting a growth of 7.5 per
                # cent": the level before the rate is the prior period's, in brackets after the current
                ahead = [r for r in qs if r.end <= current.start and r.is_amount]
                if ahead and _prior_in_brackets(doc, qs, ahead[-1]) is current:
                    current, baseline = ahead[-1], current
            if current is not None and baseline is None and not uncertain:
                prior = _prior_in_brackets(doc, qs, current)
                if prior is None and current.end <= q.start:
                    prior = _prior_in_brackets(doc, qs, current, rate=q)
                if prior is not None:
                    # "Revenue rose 10.1 percent to EUR 108.8 billion (EUR 98.8 billion)"
                    baseline, period = prior, None
            if current is not None and baseline is None and period is None and not uncertain:
                baseline = (
                    _year_ago_next(doc, frames, q, current)
                    or _actual_before_target(doc, frames, current)
                    or _before_the_figure_moved(doc, frames, current, sign)
                    or _and_the_year_before(doc, qs, i, current)
                    or _which_was_before(doc, frames, qs, current)
                    or _level_dated_before(doc, frames, qs, i, current, used)
                )
            if current is None and baseline is None:
                # "rose 12% on the same quarter of 2023, moving from CNY 4.0bn to CNY 4.48bn"
                run = _going_from_to(doc, q, after)
                if run is not None:
                    baseline, current = run
            if baseline is None and (said := _comparing(doc, q, after)) is not None and current in (None, *said):
                # (either level compared may already be read as the one the rate reached)
                baseline, current = said
            if current is None and baseline is None and not before_levels(qs, i):
                # (a baseline named by its month, "compared with April", may be given next:
                # "In April, 3,100 vans were sold, which rose to 5,022 in May")
                nxt_pair = _levels_next(doc, frames, q, period)
                if nxt_pair[1] is not None:
                    (current, baseline), period = nxt_pair, None
                elif period is None and (said := _level_and_gap_next(doc, frames, q, sign)) is not None:
                    current, baseline = said
                elif period is None and (later := _levels_later(doc, frames, q)) is not None:
                    current, baseline = later
                elif period is None and (either := _one_of_two_baselines_next(doc, frames, q)) is not None:
                    current, baseline = either
            if current is not None and current is baseline:
                current = None  # one figure read in both roles: neither reading can be trusted
            if _PER_SHARE_RATE.match(text, q.end) and any(
                lv is not None and lv.end <= q.start and not per_share(text, lv) for lv in (current, baseline)
            ):
                # "$16.3 million ($2.07 per diluted share) versus $14.9 million ($1.67 per diluted
                # share), a 24% increase in diluted earnings per share": the figures per share, not the
                # profits before the rate (levels said after it, "to $2.07 from $1.67", are its own)
                current, baseline = _per_share_pair(doc, qs, q) or (None, None)
                period = None
            if _scoped_apart(text, sent, q, current, baseline):
                # "revenue rose to $110.8 million from $91.8 million, and same-store revenue grew
                # 13.7 percent": a rate on a narrower basis than the levels before it
                current = baseline = None
            if (current is not None or baseline is not None) and frames.frame(q.start, q.end).measure == "economy":
                # "This (40,884 units vs 30,338) came as GDP grew 5.3%": the economy's rate, no change
                # of the counts beside it
                if any(
                    lv is not None and frames.frame(lv.start, lv.end).measure != "economy" for lv in (current, baseline)
                ):
                    current = baseline = None
            if as_clause and (baseline is None or baseline.start < (current.end if current else 0)):
                current = None  # ("fell 5%, as 3,000 vans were recalled": a cause, no level reached)
            found.append(Growth(q, sign, current, baseline, period, uncertain, others))
            last_sign = sign
            last_end = baseline.end if baseline is not None and baseline.end <= nxt else q.end
    return tuple(found)


_AND_THEN = re.compile(r"\s{0,3},?\s{0,3}and\s{1,3}(?:(?:[a-z]+ed|sold|made|built|had)\s{1,3})?", re.IGNORECASE)
_DATED_YEAR = re.compile(r"(?:\s{1,3}[A-Za-z-]{1,20}){0,3}?\s{1,3}in\s(?P<y>(?:19|20)\d\d)\b")


def _and_the_year_before(doc: Document, qs: list[Quantity], i: int, current: Quantity) -> Quantity | None:
    """ "sold 12,300 NEVs in 2021, up 56 percent, and 7,885 NEVs in 2020": after the rate, "and"
    the same measure dated the year before the current's."""
    text = doc.norm
    q = qs[i]
    nxt = qs[i + 1] if i + 1 < len(qs) else None
    if nxt is None or not nxt.is_amount or not compatible(nxt, current) or nxt.noun not in (None, current.noun):
        return None
    if not _AND_THEN.fullmatch(text, q.end, nxt.start):
        return None
    years = {int(y) for y in _YEAR_IN.findall(text[current.end : q.start])}
    then = _DATED_YEAR.match(text, nxt.end)
    if len(years) != 1 or then is None or int(then["y"]) != next(iter(years)) - 1:
        return None
    return nxt


def _which_was_before(doc: Document, frames: FrameIndex, qs: list[Quantity], current: Quantity) -> Quantity | None:
    """ "income fell 25% to Tk 96 crore, which had stood at Tk 128 crore in the prior fiscal
    year", "rose 9% to 4,100 units, which had been 3,760 a year earlier", "fell to
    812, which stood at 940 a year before": the level right after the current, in a
    relative clause its own words date a year back."""
    text = doc.norm
    nxt = next((r for r in qs if r.start >= current.end), None)
    if nxt is None or not nxt.is_amount or not compatible(nxt, current) or not (nxt.exact and current.exact):
        return None
    if not _WHICH_WAS.fullmatch(text, current.end, nxt.start):
        return None
    sent = doc.sentences[current.sentence]
    tail = re.split(r"[,;()]", text[nxt.end : min(sent.end, nxt.end + 70)])[0]
    if YEAR_AGO.search(tail) is None and _PRIOR_SPAN.search(tail) is None:
        return None
    return nxt if same_thing(doc, frames, nxt, current, elided=True) else None


def _level_of_its_relative_clause(doc: Document, qs: list[Quantity], i: int) -> Quantity | None:
    """The level a rate's relative clause hangs on, even one already read as another rate's
    baseline: "to 13,500 from 12,000 in 2024, which had slipped by 13% from 13,800 in 2023", "up
    from 4,100, which itself was 12% above ...", "against 800 a year earlier, which in turn had
    risen 25% on 640"."""
    q = qs[i]
    prev = next((r for r in reversed(qs[:i]) if r.is_amount), None)
    if prev is None or prev.sentence != q.sentence:
        return None
    return prev if _WHICH_CHANGED.fullmatch(blank_dates(doc.norm, prev.end, q.start)) else None


# ", which was", " which had been", ", that stood at": a relative clause of the level before
_WHICH_WAS = re.compile(
    r"(?:\s{1,3}+[a-z]{1,12}+){0,2}?\s{0,3}+,?\s{0,3}+(?:which|that)\s++(?:was|were|had\s++been|(?:had\s++)?stood\s++at|came\s++to)"
    r"\s++(?:at\s++)?(?:about\s++|some\s++)?",
    re.IGNORECASE,
)
# "at the same time in the previous fiscal year", "in the prior-year quarter"
_PRIOR_SPAN = re.compile(
    r"\b(?:previous|prior|preceding|last)[- ](?:fiscal\s++|financial\s++)?(?:year|quarter|period)\b", re.IGNORECASE
)


# The link from a dated level to the rate of its clause, a verb with no subject of its own or with
# the level's: ", rising", " and then increased its sales by", ", and the figure grew" (never "and
# its exports rose": another subject; never a comparison word: "X, up 5% from Y" names its baseline)
_CHANGE_WORD = alt((*RISE_WORDS, *FALL_WORDS, "up", "down"))
# (the clause's own words up to its rate, its dates blanked: ", which had dropped marginally by ")
_WHICH_CHANGED = re.compile(
    r"(?:\s{1,12}+[a-z]{1,12}+){0,3}?\s{0,12}+,\s{0,3}+(?:which|that)\s++(?:itself\s++|in\s++turn\s++)?"
    r"(?:had\s++|has\s++|was\s++|were\s++)?(?:itself\s++|in\s++turn\s++|also\s++)?"
    rf"(?:{_CHANGE_WORD})(?:\s++[a-z]++){{0,2}}?\s++(?:by\s++)?(?:about\s++|some\s++|nearly\s++)?",
    re.IGNORECASE,
)
_DATED_LEVEL_LINK = re.compile(
    rf"^(?![^\d%;:()]{{0,120}}?\b(?:from|than|compared|over|on|{VERSUS})\b)[^\d%;:(),]{{0,60}}?"
    r"(?:,\s{0,3}+(?:and\s++)?|\s++and\s++)(?:then\s++)?"
    rf"(?:(?:the|this|that)\s++{alt(FIGURE_NOUNS)}\s++|it\s++|they\s++|an?\s++)?{_CHANGE_WORD}"
    r"(?:\s++[a-z]++){0,3}\s*+$",
    re.IGNORECASE,
)
_THIS_SPAN = re.compile(
    rf"\b(?:this|the\s+current)\s+(?:year|{MONTH})\b|\b{SAME_SPAN}\s{{1,3}}+(?:of\s{{1,3}}+)?this\s{{1,3}}+year\b",
    re.IGNORECASE,
)
_ONE_MONTH = re.compile(rf"\b{MONTH}\b", re.IGNORECASE)


def _earlier_side(before: str, after: str) -> bool:
    """Whether the words about a first level date it before the words about a second: years
    ("in 2023" ... "in 2024"), a year back against this one ("in May last year" ... "this May",
    "January 2014" ... "the same month this year"), or two months of one year ("in May" ... "in June")."""
    ys = [int(y) for y in _YEAR_IN.findall(before)]
    ya = [int(y) for y in _YEAR_IN.findall(after)]
    if ys and ya:
        return max(ys) < min(ya)
    if ya:
        return False
    if ys or YEAR_BACK.search(before):
        # (a level of a named year, and one after it that nothing dates: "X in 2014, rising 5% to Y")
        undated = bool(ys) and not YEAR_BACK.search(after) and _ONE_MONTH.search(after) is None
        return undated or bool(_THIS_SPAN.search(after))
    mb = {m.group(0).lower() for m in _ONE_MONTH.finditer(before)}
    ma = {m.group(0).lower() for m in _ONE_MONTH.finditer(after)}
    if len(mb) != 1 or len(ma) != 1 or not all(m in MONTHS for m in (*mb, *ma)):
        return False
    return MONTHS.index(next(iter(mb))) < MONTHS.index(next(iter(ma)))


def _level_dated_before(
    doc: Document, frames: FrameIndex, qs: list[Quantity], i: int, current: Quantity, used: set[int]
) -> Quantity | None:
    """ "Orla's exports were $612 million in March 2019, climbing 0.47% to $614.9 million in March
    2020", "It sold 10,000 cars in 2023 and then increased its sales by 5% to 10,500 in
    2024", "2,000 vans in May last year, and the figure grew 20% to 2,400 this May": a rate that
    reached the level after it, from the one level before it, which its own words date earlier
    (the same thing, with no comparison word or figure between it and the rate)."""
    text = doc.norm
    q = qs[i]
    if current.start < q.end:
        return None
    sent = doc.sentences[q.sentence]
    before = [r for r in qs[:i] if r.unit not in ("percent", "pp")]
    if len(before) != 1 or not before[0].is_amount or before[0].start in used:
        return None
    x = before[0]
    if in_parentheses_after_amount(doc, x) or not compatible(x, current) or not (x.exact and current.exact):
        return None
    if not _DATED_LEVEL_LINK.match(_DATE_TOKEN.sub("", text[x.end : q.start])):
        return None
    if not _earlier_side(text[sent.start : q.start], text[q.end : min(sent.end, current.end + 45)]):
        return None
    # (the link has no subject of its own, so a current its words do not describe is the level's)
    said = frames.frame(current.start, current.end)
    if said.measure is not None and other_metric(frames.frame(x.start, x.end), said):
        return None
    return x if same_thing(doc, frames, x, current, elided=True) else None


# after a rate and its comparison, the run of levels it went through: ", going from A to B"
# (searched at the end of the words between the rate and A, which hold no other figure)
_MOVING = r"(?:going|rising|climbing|growing|increasing|falling|dropping|declining|decreasing|moving)\s{1,3}+"
# (after a semicolon only with its participle: "sales grew 9% this year; rising from A to B"; a colon
# or a dash sets out the levels: "fell by 26%: from A to B", "up 9% – from A to B")
# (or a clause of its own that says how the same figure moved: ", having risen from A to B", ", which
# fell from A to B", "as revenue climbed from A to B")
_MOVED = (
    r"(?:having|which|that|as(?:\s{1,3}+[a-z]++){1,2}?)\s{1,3}+(?:had\s{1,3}+|has\s{1,3}+)?"
    rf"{_CHANGE_WORD}\s{{1,3}}+"
)
# (or what the change does to a total: ", and will lift the pool of permits on offer from A to B",
# ", taking its tally from A to B", ", which brings the quota from A to B")
_TAKEN = (
    r"(?:(?:and|which)\s{1,3}+(?:will\s{1,3}+)?)?(?:take|takes|took|taking|bring|brings|brought|bringing|lift|lifts|"
    r"lifted|lifting|push|pushes|pushed|pushing)\s{1,3}+(?:the|its|their)\s{1,3}+(?:[\w\-]++\s{1,3}+){0,16}?"
)
_GOING_FROM = re.compile(
    rf"(?:[,:–—]\s{{0,3}}+(?:{_MOVING}|{_MOVED}|{_TAKEN})?|;\s{{0,3}}+{_MOVING}|\s{{1,3}}+as(?:\s{{1,3}}+[a-z]++){{1,2}}?\s{{1,3}}+"
    rf"{_CHANGE_WORD}\s{{1,3}}+)from\s{{1,3}}+(?:the\s{{1,3}}+)?$",
    re.IGNORECASE,
)
_THEN_TO = re.compile(
    r"(?:\s{1,3}+(?:[a-z]{2,15}+|(?:19|20)\d\d)){0,4}?(?:\s{0,3}+\([^()]{1,30}+\))?\s{0,3}+to\s{1,3}+(?:a\s{1,3}+)?$",
    re.IGNORECASE,
)


def _comparing(doc: Document, rate: Quantity, after: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    """(baseline, current) of a rate whose clause goes on to say what it compares: "a decrease of 13%
    is reflected when comparing sales of 28,670 units in 2024 with sales of 32,950 in 2023", "a 9%
    gain, comparing the 5,450 of May with the 5,000 of April", "up 20% by comparing 1,200 to 1,000"."""
    levels = [r for r in after if not in_parentheses_after_amount(doc, r)]
    if len(levels) < 2:
        return None
    a, b = levels[0], levels[1]
    text = doc.norm
    if not _COMPARING.fullmatch(blank_dates(text, rate.end, a.start)):
        return None
    if not _COMPARED_WITH.fullmatch(blank_dates(text, a.end, b.start)):
        return None
    if not (compatible(a, b) and a.exact and b.exact):
        return None
    # the level compared comes first ("comparing 1,200 to 1,000"), unless the words date it before the
    # other ("comparing the 11,416 units of 2024 with the 14,918 units of this year")
    end = _CLAUSE_END.search(text, b.end, doc.sentences[b.sentence].end)
    return (a, b) if _earlier_side(text[a.end : b.start], text[b.end : end.start() if end else b.end + 60]) else (b, a)


_COMPARING = re.compile(r"[^\d;%.]{0,40}?\bcomparing\s++(?:the\s++)?(?:[a-z-]++\s++){0,3}?(?:of\s++)?", re.IGNORECASE)
# (a blanked date is a run of spaces: "sales of A in the third quarter of      with", "sold              to")
_COMPARED_WITH = re.compile(
    r"(?:\s{1,24}+[a-z-]++){0,8}?\s{1,24}+(?:with|to|against)\s++(?:the\s++)?(?:[a-z-]++\s++){0,3}?(?:of\s++)?",
    re.IGNORECASE,
)


def _going_from_to(doc: Document, rate: Quantity, after: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    """(baseline, current) of a rate whose clause closes on the levels it moved between: "rose by
    12% on the same quarter of 2023, moving from CNY 4.0bn ($550m) to CNY 4.48bn ($616m)"."""
    levels = [r for r in after if not in_parentheses_after_amount(doc, r)]
    if len(levels) < 2:
        return None
    a, b = levels[0], levels[1]
    text = doc.norm
    gap = text[rate.end : a.start]
    going = _GOING_FROM.search(gap)
    if len(gap) > 100 or going is None or re.search(r"[.;%]|\d", _DATE_TOKEN.sub("", gap[: going.start()])):
        return None
    if not _THEN_TO.fullmatch(text, a.end, b.start):
        return None
    return (a, b) if compatible(a, b) else None


# A sentence that opens on what it compares with, up to the one figure before its rate: "But compared
# with the ", "Compared with May , when it built " (years taken out)
_OPENS_ON_BASELINE = re.compile(
    # (after a short link of discourse: "Meanwhile, compared with the 7,410 cars built in
    # April, ...", "In turn, against ...")
    r"^\W*+(?:[A-Za-z]++(?:\s++[a-z]++){0,3},\s*+)?"
    rf"(?:(?:but|and|yet)\s++)?(?:{VERSUS}|compar(?:ed|ing)\s+(?:with|to)|in\s+comparison\s+(?:with|to)|"
    # ("With regard to March last year, when 51,000 units were built, the rise was 9%")
    r"with\s+(?:regard|respect|reference)\s+to|relative\s+to|in\s+relation\s+to)"
    r"\s[^;%\d]{0,70}+$",
    re.IGNORECASE,
)
# The amount a level changed by: "an improvement of 35 724 vehicles", "declined by 15 601 units".
_AMOUNT_BEFORE = re.compile(CHANGE_AMOUNT_BEFORE, re.IGNORECASE)
_AMOUNT_AFTER = re.compile(CHANGE_AMOUNT_AFTER, re.IGNORECASE)
_CHANGE_NOUN_AFTER = re.compile(CHANGE_NOUN_AFTER, re.IGNORECASE)
_A_BEFORE = re.compile(A_BEFORE, re.IGNORECASE)
# A clause with a subject of its own between a level and a rate: the rate is not that level's.
# a rate's change noun, what changed, then the level it reached: "increase in domestic sales at ",
# "decline in its exports for the month to "
_CHANGE_IN_THEN_AT = re.compile(
    rf"^\s{{0,2}}+(?:{alt(RISE_NOUNS)}|{alt(FALL_NOUNS)})\s++in\s++(?:[^.;:%\d()]|\([A-Za-z&/\-]{{2,12}}\)){{0,70}}?\b(?:at|to)\s++$",
    re.IGNORECASE,
)
_OWN_CLAUSE = re.compile(
    r"[,;]\s*(?:while|whereas|but)\s+(?:its\s+|their\s+|the\s+)?(?:[a-z\-]+\s+)?"
    r"(?:sales|deliveries|registrations|exports|imports|production|output|shipments)\b"
    # ("..., helped mostly by Drevon, whose sales jumped by nearly half": the rate is of
    # whoever "whose" names, not of the levels before)
    r"|,\s*whose\s+(?:[a-z\-]+\s+)?(?:sales|deliveries|registrations|exports|imports|production|output|"
    r"shipments|volumes?|revenues?|profits?)\b"
    # ("... to 150,100 units and fleet sales were down 30%": "and" then a subject of its own, a
    # channel or class of the metric, with its verb)
    r"|\band\s{1,3}+(?!(?:its|their|total|overall|combined|group|company|brand|annual|monthly)\b)[a-z\-]{1,20}+\s{1,3}+"
    r"(?:sales|deliveries|registrations|exports|imports|production|output|shipments)\s{1,3}+"
    r"(?:were|was|are|is|fell|rose|grew|dropped|declined|increased|decreased|climbed|slipped|jumped|slid)\b",
    re.IGNORECASE,
)
_PROJECTED = re.compile(rf"\b{PROJECTION}\b", re.IGNORECASE)
# "the latest target implies an", "this goal would represent a"
_TARGET_RATE = re.compile(
    r"\b(?:the|this|its|that|their)\s{1,3}(?:[\w\-]{1,20}\s{1,3}){0,2}(?:target|goal|plan|guidance)\s{1,3}"
    r"(?:implies|would\s{1,3}(?:mean|represent|be|imply)|represents|means)\s{1,3}(?:an?\s{1,3})?"
    r"(?:[\w\-]{1,20}\s{1,3}){0,2}$",
    re.IGNORECASE,
)
# "aims to sell 500,000", "a sales target of 500,000", "targeting sales of 500,000"
_TARGET_BEFORE = re.compile(
    rf"\b(?:aims?|aiming|plans|planning|targeting|{PROJECTION})\b[^.;\d]{{0,40}}$", re.IGNORECASE
)


# The figure said again as it moved: "by 2025 the figure had climbed to", "the number fell to"
_FIGURE_MOVED_TO = re.compile(
    rf"\b(?:the|this|that)\s++{alt(FIGURE_NOUNS)}\s++(?:had\s++|has\s++|then\s++)?"
    rf"(?:(?P<up>{RISE}|risen)|(?P<down>{FALL}|fallen))\s++to\s++(?:a\s++(?:record\s++)?)?$",
    re.IGNORECASE,
)


def _before_the_figure_moved(doc: Document, frames: FrameIndex, current: Quantity, sign: int) -> Quantity | None:
    """ "In 2023 Orla registered 14,200 vans, and by 2025 the figure had climbed to 19,880, up 40
    percent": "the figure" is the one level said before it, in its
    own sentence or, failing one there, in the sentence before (same paragraph), and about the
    same thing; the verb's direction must be the rate's."""
    text = doc.norm
    sent = doc.sentences[current.sentence]
    m = _FIGURE_MOVED_TO.search(text, max(sent.start, current.start - 60), current.start)
    if m is None or (1 if m.group("up") else -1) != sign:
        return None
    levels = [r for r in doc.in_sentence(sent.index) if r.end <= m.start() and r.is_amount and compatible(r, current)]
    if not levels and sent.index and doc.sentences[sent.index - 1].paragraph == sent.paragraph:
        levels = [r for r in doc.in_sentence(sent.index - 1) if r.is_amount and compatible(r, current)]
    if len(levels) != 1 or not same_thing(doc, frames, current, levels[0], elided=True):
        return None
    return levels[0]


def _is_target(doc: Document, q: Quantity) -> bool:
    sent = doc.sentences[q.sentence]
    return bool(_TARGET_BEFORE.search(doc.norm, max(sent.start, q.start - 50), q.start))


def _the_target(doc: Document, like: Quantity) -> Quantity | None:
    """The target the article sets ("aims to sell 500,000 vehicles this year"): the one it states,
    or the one it repeats more often than any other (a longer-term goal, "1 million by 2025",
    is said in passing); None when that is not clear."""
    found = [q for q in doc.quantities if q.exact and q.hedge is None and compatible(q, like) and _is_target(doc, q)]
    counts = Counter(q.value for q in found).most_common(2)
    if not counts or (len(counts) == 2 and (counts[0][1] == counts[1][1] or counts[0][1] < 2)):
        return None
    return next(q for q in found if q.value == counts[0][0])


def _actual_before_target(doc: Document, frames: FrameIndex, current: Quantity) -> Quantity | None:
    """ "For the full year 2022, it sold 271,156 vehicles. This year's sales target of 500,000
    vehicles would represent an 84.4 percent increase": a target's rate is measured from the
    one level the sentence before states, about the same thing."""
    if not _is_target(doc, current) or current.sentence == 0:
        return None
    sent, prev = doc.sentences[current.sentence], doc.sentences[current.sentence - 1]
    if sent.paragraph - prev.paragraph > 1:
        return None
    levels = [q for q in _levels_in(doc, prev.index) if q.exact and compatible(q, current)]
    if len(levels) != 1 or FORMER_RECORD.search(doc.norm, prev.start, levels[0].start) is not None:
        return None  # ("the previous best was 3.04 million in 2014": a record of another year)
    if other_metric(frames.frame(current.start, current.end), frames.frame(levels[0].start, levels[0].end)):
        return None
    return levels[0]


_OTHER_COUNT = re.compile(OTHER_COUNT_AFTER, re.IGNORECASE)


_THIS_YEAR = re.compile(r"\b(?:this|the\s+current)\s+year\b", re.IGNORECASE)


_NOW = re.compile(r"\b(?:now|currently|today)\b", re.IGNORECASE)


def _dated_before_now(text: str, start: int, level: Quantity, rate: Quantity) -> bool:
    """A rate said of "now", after a level its own words date to a year before one its sentence
    names ahead of it: the level is the earlier year's, not the one the rate compares."""
    between = text[level.end : rate.start]
    own = [int(y) for y in _YEAR_IN.findall(between)]
    ahead = [int(y) for y in _YEAR_IN.findall(text, start, level.start)]
    return bool(own and ahead and _NOW.search(between) and max(own) < max(ahead))


def _dated_later(text: str, start: int, first: Quantity, second: Quantity) -> bool:
    """The second of two levels compared is dated after the first: a year named before the first
    and "this year" (or a later year) by the second, before the words that follow it end."""
    mine = [int(y) for y in _YEAR_IN.findall(text, start, first.end)]
    if len(mine) != 1:
        return False
    theirs = text[first.end : min(len(text), second.end + 45)]
    later = [int(y) for y in _YEAR_IN.findall(theirs)]
    return (bool(_THIS_YEAR.search(theirs)) and not later) or (len(later) == 1 and later[0] > mine[0])


def before_levels(qs: list[Quantity], i: int) -> bool:
    return any(r.is_amount for r in qs if r is not qs[i])


# "sold 284,400 vehicles in March, down from 300,000 units a year earlier": current, then baseline
_FROM_GAP = re.compile(
    # (a longer stretch only with no comma: "61,250 cars of every class were licensed over the
    # whole of last year against 48,900" is one clause)
    # (or a long clause closed by a comma: "12,407 cars were registered to addresses in the
    # region during November, up from")
    r"^(?:[^\d;%,]{0,110}?(?:,\s{0,3}+)?|[^\d;%]{0,60}?)(?:\b(?:up|down|rising|falling|climbing|dropping)\s+from|\b(?:"
    + VERSUS
    + r")|\bahead\s+of|\bbehind|\bdown\s+on|\bup\s+on)\s+(?:the\s+|a\s+total\s+of\s+)?"
    # (the baseline described, its year taken out: "down from 2023's first-half deliveries of")
    r"(?:(?:['’]s\s+)?(?:[\w'’-]+\s+){0,3}?(?:sales|deliveries|registrations|exports|output|production|total|tally|"
    r"figure|level|volume)\s+of\s+)?$",
    re.IGNORECASE,
)
# "compared to 94,711 during the same month in 2018", "for the first six months of 2014": the
# baseline dated to a named year's same period
_SAME_IN_YEAR = re.compile(
    rf"\b(?:{SAME_SPAN}|first\s+\w+\s+months|"
    r"(?:first|second|third|fourth)\s+quarter|"
    r"first\s+half)\s+(?:of|in)\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
# "sold in September while sales stood at", "whereas a year before it was": two levels side by side
_WHILE_GAP = re.compile(r"^[^\d;%]{0,60}?\b(?:while|whereas)\b[^\d;%]{0,70}$", re.IGNORECASE)
_OPENS_ON_WHILE = re.compile(r"\W{0,3}+(?:while|whereas)\b[^\d;%,]{0,40}+", re.IGNORECASE)
_CLAUSE_GAP = re.compile(r"[^\d;%,]{0,60}+,[^\d;%,]{0,60}+")
# "8,020 cars were sold, rising to 9,310", "went from 8,020 a year earlier to 9,310": baseline, then
# current; a bare "to" only after a "from" that opens the baseline
_RISING_TO = re.compile(
    r"^[^\d;%]{0,40}?\b(?:ris|climb|increas|grow|jump|fall|dropp|declin|slipp|slid|shrink)ing\s+to\s+$", re.I
)
_BARE_TO = re.compile(r"^[^\d;%]{0,40}?\bto\s+$", re.IGNORECASE)
# ("moved up to 21,389 for the period from an earlier 16,007")
_BARE_FROM = re.compile(r"^[^\d;%]{0,40}?\bfrom\s+(?:an\s+earlier\s+)?$", re.IGNORECASE)
_OPENS_WITH = (re.compile(r"\bfrom\s+$", re.IGNORECASE), re.compile(r"\bto\s+$", re.IGNORECASE))
_MONTH_NAME = re.compile(rf"\b(?:{'|'.join(m.title() for m in MONTHS)})\b")
_PERIOD_ENDING = re.compile(
    rf"\b(?:quarter|half|half-year|year|period|months)\s+(?:end(?:ed|ing)|to)\s+(?:{TITLED_MONTH})\b"
)
# a level said of the future is no level reached
_FUTURE = re.compile(rf"\b(?:{PROJECTION}|{alt(FUTURE_WORDS)})\b", re.IGNORECASE)
_NOT_ALL = re.compile(r"\bin\s+total\b|\bincluding\b|\bof\s+which\b", re.IGNORECASE)
# where a figure's own clause ends: a reason or circumstance after it names no company of its own
_CLAUSE_END = re.compile(
    r"[,;(]|\b(?:amid|due\s+to|because|as|thanks\s+to|helped\s+by|driven\s+by|despite|while|whereas)\b", re.I
)


# a rate of the earnings per share: "a 24% increase in diluted earnings per share", "(40.4% rise in EPS)"
_PER_SHARE_RATE = re.compile(
    rf"\s{{0,2}}+(?:{CHANGE_NOUN})\s{{1,2}}+in\s{{1,2}}+(?:(?:fully\s+)?(?:diluted|basic)\s{{1,2}}+)?{EPS}",
    re.IGNORECASE,
)
_PER_SHARE_BASE = re.compile(rf"(?:\b(?:from|compared\s+(?:with|to)|against)|(?<![\w-]){VERSUS})\s", re.IGNORECASE)


def _per_share_pair(doc: Document, qs: list[Quantity], rate: Quantity) -> tuple[Quantity, Quantity] | None:
    """The two figures per share a rate of earnings per share compares, said before it and set
    against each other ("$1.57 per diluted share) versus $14.2 million ($1.26 per diluted share)")."""
    text = doc.norm
    two = [r for r in qs if r.end <= rate.start and r.is_amount and per_share(text, r)]
    if len(two) != 2 or not compatible(*two) or not _PER_SHARE_BASE.search(text, two[0].end, two[1].start):
        return None
    return two[0], two[1]


_SCOPED = re.compile(SCOPED, re.IGNORECASE)
_FIGURE = re.compile(r"\d")


def _scoped_apart(text: str, sent: Sentence, rate: Quantity, *levels: Quantity | None) -> bool:
    """Whether a rate is said on a basis of its own (same-store, like-for-like, organic, at constant
    currency) that the levels of its sentence before it are not said on."""
    before = [lv for lv in levels if lv is not None and lv.sentence == rate.sentence and lv.end <= rate.start]
    if not before:
        return False
    last = max(before, key=lambda lv: lv.end)
    # the rate's own words: from the last level to the rate, and right after it up to any figure
    tail = text[rate.end : min(sent.end, rate.end + 40)]
    tail = tail[: m.start()] if (m := _FIGURE.search(tail)) else tail
    if not (_SCOPED.search(text, last.end, rate.start) or _SCOPED.search(tail)):
        return False
    first = min(before, key=lambda lv: lv.start)
    return not _SCOPED.search(text, sent.start, first.end)


def _levels_later(doc: Document, frames: FrameIndex, rate: Quantity) -> tuple[Quantity, Quantity] | None:
    """A rate stated with no figure whose two levels a later sentence gives, named by the same
    period: "sales slipped 1.4 per cent in March from a year ago" ... "March sales of cars and vans
    came to 48,310 against 48,990 a year before". That sentence states no
    rate of its own and one pair a year apart, of the rate's period and of the same thing, and no
    other sentence near gives such a pair."""
    said = frames.frame(rate.start, rate.end)
    rb = basis_of(doc, rate, doc.sentences[rate.sentence].end)
    if not said.months or rb not in (None, "yoy", "mom"):
        return None
    found = []
    for sent in doc.sentences[rate.sentence + 2 : rate.sentence + 8]:
        qs = doc.in_sentence(sent.index)
        rates = [r for r in qs if r.unit in ("percent", "pp", "multiple")]
        if any(_same_months(said.months, frames.frame(r.start, r.end).months) for r in rates):
            break  # a rate of the same period in between: the levels after it are its own
        if rates or _FUTURE.search(sent.text):
            continue
        levels = [r for r in qs if r.is_amount and not in_parentheses_after_amount(doc, r)]
        # (a monthly rate's levels are a month apart: "up from 10,000 a month earlier")
        pair = _month_before(doc, sent, levels) if rb == "mom" else _level_pair(doc, sent, levels, None, yoy=True)
        if pair is None or not _same_months(said.months, frames.frame(pair[0].start, pair[0].end).months):
            continue
        # (so far from the rate, the pair names no company the rate's sentence does not; who the
        # figures come from, "Drevon said 109,731 cars were sold", is no company of theirs)
        named = frames.frame(pair[0].start, pair[0].end).names - frames.names.sources(sent.start, sent.end)
        if named <= said.names and same_thing(doc, frames, rate, pair[0]):
            found.append(pair)
    return found[0] if len(found) == 1 else None


# "Deliveries came to 41,300, versus 40,100 units a month earlier and 35,000 a year ago":
# one level, then two baselines, a month back and a year back
_AGAINST_TWO = re.compile(r"^[^\d;%]{0,40}?\b(?:compared\s++(?:to|with)|against|versus|vs\.?)\s++$", re.IGNORECASE)
_AND_THE_OTHER = re.compile(r"^[^\d;%]{0,40}?\band\s++(?:[a-z]++\s++)?$", re.IGNORECASE)
_MONTH_BACK = re.compile(
    rf"\b(?:{MONTH})\b|\b(?:last|previous|prior|preceding)\s++month\b|\ba\s++month\s++(?:earlier|ago|before)\b",
    re.IGNORECASE,
)


def _one_of_two_baselines_next(doc: Document, frames: FrameIndex, rate: Quantity) -> tuple[Quantity, Quantity] | None:
    """A year-on-year or month-on-month rate with no figure, whose next sentence gives one level
    and two baselines joined by "and", one dated a month back and one a year back: the rate's
    basis says which is its own ("grew 18% year on year and 3% month on month. It sold 41,300,
    against 40,100 in April and 35,000 in May last year")."""
    sent = doc.sentences[rate.sentence]
    basis = basis_of(doc, rate, sent.end)
    nxt = _next_sentence(doc, rate.sentence)
    if basis not in ("yoy", "mom") or nxt is None or nxt.paragraph != sent.paragraph:
        return None
    qs = doc.in_sentence(nxt.index)
    levels = [r for r in qs if r.is_amount]
    if len(levels) != 3 or len(qs) != 3 or not all(r.exact for r in levels):
        return None
    cur, b1, b2 = levels
    text = doc.norm
    if not (
        compatible(cur, b1)
        and compatible(cur, b2)
        and _AGAINST_TWO.match(text[cur.end : b1.start])
        and _AND_THE_OTHER.match(text[b1.end : b2.start])
    ):
        return None

    def back(words: str) -> str | None:
        if _YEAR_IN.search(words) or YEAR_AGO.search(words):
            return "yoy"
        return "mom" if _MONTH_BACK.search(words) else None

    dated = {back(text[b1.end : b2.start]): b1, back(text[b2.end : nxt.end]): b2}
    if set(dated) != {"yoy", "mom"} or not same_thing(doc, frames, rate, cur):
        return None
    return cur, dated[basis]


def _month_before(doc: Document, sent: Sentence, levels: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    """The one (current, baseline) pair of a sentence a month apart: "12,100 cars were sold, up
    from 10,000 a month earlier", "4,120 units against 3,870 the previous month"."""
    found = [
        (a, b)
        for a, b in itertools.pairwise(levels)
        if compatible(a, b)
        and a.exact
        and b.exact
        and _FROM_GAP.match(_DATE_TOKEN.sub("", BRACKET.sub("", doc.norm[a.end : b.start])))
        and basis_of(doc, b, sent.end) == "mom"
    ]
    return found[0] if len(found) == 1 else None


def _same_months(a: frozenset[str], b: frozenset[str]) -> bool:
    """One period named on both sides: "September" twice, or "the year to date" and "the first
    nine months"."""
    a, b = _widest_only(a), _widest_only(b)
    return bool(a and b) and same_months(a, b)


def _widest_only(keys: frozenset[str]) -> frozenset[str]:
    """The keys not inside another one: "The September figures bring the total for the first nine
    months to ..." is of the nine months."""
    spans = {k: periods.months_of(k) for k in keys}
    return frozenset(k for k, m in spans.items() if not (m and any(o != k and n and m < n for o, n in spans.items())))


def _next_sentence(doc: Document, index: int) -> Sentence | None:
    """The sentence that continues ``index``: the next of its paragraph, or the first of the
    next paragraph when ``index`` is a paragraph of its own (a lead)."""
    if index + 1 >= len(doc.sentences):
        return None
    sent, nxt = doc.sentences[index], doc.sentences[index + 1]
    if nxt.paragraph == sent.paragraph:
        return nxt
    # (a line before it with no figure and no full stop, a caption or a kicker, leaves it alone)
    first = index
    while first > 0 and doc.sentences[first - 1].paragraph == sent.paragraph and _caption(doc, first - 1):
        first -= 1
    alone = first == 0 or doc.sentences[first - 1].paragraph != sent.paragraph
    return nxt if alone and nxt.paragraph == sent.paragraph + 1 else None


def _caption(doc: Document, index: int) -> bool:
    s = doc.sentences[index]
    return not doc.in_sentence(index) and not s.text.rstrip().endswith((".", "!", "?", ":"))


def _whose(doc: Document, frames: FrameIndex, q: Quantity) -> frozenset[str]:
    """The companies a figure is said of: the names of its sentence up to the end of the figure's
    own clause. "The carmaker sold 284,400 vehicles, ... amid the COVID-19 pandemic" names none;
    "3,619 cars were delivered by rival Kessel" names Kessel."""
    sent = doc.sentences[q.sentence]
    if frames.names.in_title_case_line(sent.start):
        own = frames.frame(q.start, q.end)  # a headline's clauses, set apart by commas alone
        return frozenset() if own.implicit_names else own.names
    m = _CLAUSE_END.search(doc.norm, q.end, sent.end)
    return frames.names_in(sent.start, m.start() if m else sent.end)


_CAR_NOUNS = frozenset({"car", "cars"})


_DOMESTIC = re.compile(DOMESTIC_MARKET, re.IGNORECASE)
_CHINA = re.compile(r"\bChin(?:a|ese)\b")


def same_thing(doc: Document, frames: FrameIndex, a: Quantity, b: Quantity, elided: bool = False) -> bool:
    """Figures paired across sentences by position must say the same thing: nothing said on both
    sides may differ (another powertrain, measure, channel or market: "domestic sales" is not
    "52,000 units in total, including exports"), no other company, and a figure named as a slice
    ("14,736 BEVs", "18,200 imported cars") is no level of a rate said of the whole."""
    fa, fb = frames.frame(a.start, a.end), frames.frame(b.start, b.end)
    qa, qb = dict(_quals(doc, a, fa.quals)), dict(_quals(doc, b, fb.quals))  # (copies: frames are shared)
    for f, quals in ((fa, qa), (fb, qb)):
        # of two places in a sentence, the one right by the figure is its own ("The Scottish
        # figures follow word that, across Britain, sales had risen 1.4%")
        if f.near_place and f.near_place in quals.get("place", "").split("+"):
            quals["place"] = f.near_place
    # "car sales rose 24%" and "10,297 cars were sold": a level counted in cars is of the car segment
    for q, quals, other in ((a, qa, qb), (b, qb, qa)):
        if q.noun in _CAR_NOUNS and "segment" not in quals and other.get("segment") == "passenger":
            quals["segment"] = "passenger"
    # "Portugal's new car sales increased 12.9%" and "19,524 new vehicles were sold": a bare "car" is
    # the whole market as often as its passenger segment when the other figure counts vehicles
    for q, quals, o, other in ((a, qa, b, qb), (b, qb, a, qa)):
        if (
            quals.get("segment") == "passenger"
            and "segment" not in other
            and o.noun in _GENERIC_COUNT_NOUNS
            and not _PASSENGER_WORD.search(doc.sentences[q.sentence].text)
        ):
            del quals["segment"]
    # (the home market is the one place the other side names: "In India, sales rose" and "Domestic
    # sales stood at")
    if any(
        qa[g] != qb[g] and not (g == "place" and "home" in (qa[g], qb[g]) and "+" not in qa[g] + qb[g])
        for g in set(qa) & set(qb)
        if g != "action"
    ):
        return False
    if fa.measure != fb.measure and fa.measure is not None and fb.measure is not None:
        return False
    if "production" in (qa.get("action"), qb.get("action")) and "export" in (fa.measure, fb.measure):
        return False  # "exports sank 4.2 percent" is no change of "251,300 cars built"
    if "export" in (fa.measure, fb.measure) and fa.measure != fb.measure:
        home = b if fa.measure == "export" else a
        sent = doc.sentences[home.sentence]
        if _DOMESTIC.search(doc.norm, sent.start, min(sent.end, home.end + 40)):
            return False  # "domestic sales rose 12.4 per cent" is no change of exports
    if fa.powertrain != fb.powertrain:
        # the rate names a powertrain the level does not, or the level's own words name one
        if fa.powertrain is not None or _SLICE_BEFORE.search(doc.norm, max(0, b.start - 30), b.end + 25):
            return False
    # a qualifier said on one side only names a slice ("domestic sales rose 11%" against all sales,
    # "passenger car sales" against all vehicles), except a channel ("sales rose" and "were
    # registered") and the country the article is about ("Kestria's sales rose" and "It sold ...").
    # ``elided``: b's sentence follows a's and shortens its subject ("New car registrations fell
    # 31.5 percent. Registrations totalled 149,730 ..."), so a's qualifiers may go unsaid in b,
    # unless b names a whole ("Total sales were ...")
    # (each side with the figure whose own qualifiers are the other ones)
    sides = ((qa, qb, b), (qb, qa, a))
    if elided and not _WHOLE_WORD.search(doc.norm, doc.sentences[b.sentence].start, b.start):
        sides = ((qb, qa, a),)
    for one, other, q in sides:
        if any(
            g not in other
            and g not in ("action", "channel")
            and not (g == "place" and k not in ("china", "home"))
            # ("Drevon earned 812.4 billion won": what a company earned is a profit of the line the other names)
            and not (g == "line" and _EARNED.search(doc.norm, doc.sentences[q.sentence].start, q.start))
            for g, k in one.items()
        ):
            return False
    # who reports a figure ("total Industry sales", "the Motor Industry Association") is no company
    na, nb = _whose(doc, frames, a) - REPORTERS, _whose(doc, frames, b) - REPORTERS
    return not (na and nb and not na & nb)


_EARNED = re.compile(r"\bearn(?:ed|s)\s++(?:(?:a|an|about|some|nearly|almost)\s++)?$", re.IGNORECASE)
_GENERIC_COUNT_NOUNS = frozenset({"vehicles", "vehicle", "units"})
_PASSENGER_WORD = re.compile(r"\bpassenger\b|\bPV\b|\bPCs?\b", re.IGNORECASE)
# A sentence whose subject is the bare metric, the rate's subject shortened: "Registrations totalled ..."
_BARE_SUBJECT = re.compile(
    # (after the time it moves to: "In the previous year, the sales were 242,421", "Last year, sales were")
    rf"\W{{0,3}}(?:{PRIOR_TIME_OPENER},?\s+)?"
    r"(?:(?:the\s+)?(?:registrations|sales|deliveries|shipments|exports|imports|production|output|volumes?)\b"
    # ("Some 36,810 units were sold in the same half of 2023": a bare count of vehicles, its
    # subject the sentence before's)
    r"|(?:some\s++|about\s++|around\s++)?(?<![\d,.])\d[\d,.]*+\s++(?:units|vehicles)\s++(?:were|had\s++been)\s++"
    r"(?:sold|registered|delivered)\b)",
    re.IGNORECASE,
)
_WHOLE_WORD = re.compile(r"\b(?:total|overall|combined|all|whole|entire|industry|market)\b", re.IGNORECASE)
# A slice named right by a level: its powertrain or body ("14,736 BEVs", "electric cars: 3,000")
_SLICE_BEFORE = re.compile(
    r"\b(?:BEVs?|PHEVs?|EVs?|NEVs?|HEVs?|electric|plug-?in|hybrids?|battery|SUVs?|sedans?)\b", re.IGNORECASE
)


# "Hyundai Motor Co., South Korea's biggest carmaker, said ...": a description of the company
# ("Kessel, the largest scooter maker in Tessin, said"; "Tessin's largest scooter maker, Kessel, ...")
_APPOSITIVE = re.compile(
    r"(?:^\W{0,3}+|,\s+)(?:[^,;\d]{0,40}?['’]s\s+|(?:the|a|an)\s+)(?:[\w\-]+\s+){0,3}?(?:carmaker|automaker|maker|"
    r"manufacturer|company|brand|group|firm|rival|subsidiary|unit|arm|seller|player)"
    r"(?:\s+(?:by\s+[\w\-]+|in\s+(?-i:[A-Z])[\w\-]+))?\s*,",
    re.IGNORECASE,
)


def _quals(doc: Document, q: Quantity, quals: dict[str, str]) -> dict[str, str]:
    """A figure's qualifiers less those only an appositive of its company gave ("South Korea's
    biggest carmaker" says where the company is from, not what was counted)."""
    sent = doc.sentences[q.sentence]
    text = doc.norm
    places = quals.get("place", "").split("+")
    if "china" in places and not _CHINA.search(sent.text) and _DOMESTIC.search(sent.text):
        # "domestic sales" in a sentence that names no China: the home market of whatever country
        # the article is about, no Chinese market
        quals = quals | {"place": "+".join(p if p != "china" else "home" for p in places)}
    # (on the sentence's own text, so "^" is where it starts)
    app = next(reversed(list(_APPOSITIVE.finditer(text[sent.start : q.start]))), None) if quals else None
    if app is None:
        return quals
    start, end = sent.start + app.start(), sent.start + app.end()
    rest = quals_of(text[sent.start : start] + text[end : min(sent.end, q.end + 45)])
    said = quals_of(app.group())
    return {g: k for g, k in quals.items() if g in rest or g not in said}


# "a year earlier", "the same month last year": the rate's own period, a year back
_SAME_PERIOD_BACK = re.compile(
    rf"\b(?:(?:a|one|the)\s+year\s+(?:ago|earlier|before)|{SAME_SPAN}|year[- ](?:ago|earlier)"
    r"|(?:month|period|quarter)\s+(?:of\s+)?(?:last|the\s+previous)\s+year)\b",
    re.IGNORECASE,
)


def without_description(doc: Document, q: Quantity, frame: Frame) -> Frame:
    """``frame`` less the qualifiers only an appositive of the company gave it ("Hyundai Motor,
    South Korea's biggest carmaker, said its sales fell 3.7 per cent" is no Korean figure)."""
    quals = _quals(doc, q, frame.quals)
    return frame if quals == frame.quals else replace(frame, quals=quals)


def _year_so_far(text: str) -> bool:
    """Whether a sentence speaks of the year so far in words that name no month ("year-to-date",
    "so far this year")."""
    return any(m.key == "ytd" for m in periods.mentions(text))


def _month_periods(text: str) -> frozenset[str]:
    """The months and runs of months a sentence names, as period keys."""
    return frozenset(m.key for m in periods.mentions(text) if m.kind in ("month", "run"))


# Where the rate's clause ends and another statement begins: "..., but a rebound is expected in September"
# (", despite a rise in March": what the rate is set against is no period of it)
_CLAUSE_BREAK = re.compile(
    r",\s++(?:but|while|although|though|whereas|yet|despite|in\s++spite\s++of)\b|;", re.IGNORECASE
)


def _rate_clause(doc: Document, rate: Quantity) -> Sentence:
    """The rate's sentence up to the end of its clause: the months another clause names after it
    ("..., but registrations should rise in September") are no period of the rate."""
    sent = doc.sentences[rate.sentence]
    m = _CLAUSE_BREAK.search(doc.norm, rate.end, sent.end)
    end = sent.end if m is None else m.start()
    # (a headline run into the lead, a line of its own, is no part of the clause either; nor is
    # the clause before a "but" or "although" the rate comes after: "rose 6 percent in May,
    # although year-to-date sales are 2.1 percent below" dates the second rate by its own words)
    start = max(sent.start, doc.norm.rfind("\n", sent.start, rate.start) + 1)
    start = max([start] + [b.end() for b in _CLAUSE_BREAK.finditer(doc.norm, start, rate.start)])
    if (start, end) == (sent.start, sent.end):
        return sent
    return replace(sent, start=start, end=end, text=doc.norm[start:end])


def _same_period(a: Sentence, b: Sentence, more: bool = False) -> bool:
    """Two sentences about one month: the same month names ("in May" and "in May 2023"), or none
    named in either; a month named only in ``a`` needs ``b`` to say "a year earlier" or "the
    same month": "in 2020" after "In December 2021, ..." is another period. ``more``: ``b`` may
    name other months too (those of a comparison of its own, "from the 6,420 of April")."""
    ka, kb = _month_periods(a.text), _month_periods(b.text)
    if ka and ka == kb:
        return True  # "for the quarter ended June" and "for the April-June period": one period
    if _year_so_far(a.text) != _year_so_far(b.text):
        return False  # "year-to-date sales are 2.1 percent below" is no rate of a month's two levels
    # (a month that ends a reporting period names that period, no month: "for the quarter ending
    # September 30", "in the half ended June")
    ma = set(_MONTH_NAME.findall(_PERIOD_ENDING.sub(" ", a.text)))
    mb = set(_MONTH_NAME.findall(_PERIOD_ENDING.sub(" ", b.text)))
    if ma and not mb:
        return _SAME_PERIOD_BACK.search(b.text) is not None
    return not ma or not mb or ma == mb or (more and ma < mb)


# A year, or a fiscal year by its first ("2023-24", "2023/2024")
_YEAR_OR_FY = re.compile(r"\b((?:19|20)\d\d)(?:[-/–](?:(?:19|20)\d\d|\d\d))?\b")


def _set_side_by_side(
    doc: Document, sent: Sentence, first: Quantity, second: Quantity, rate: Quantity
) -> tuple[Quantity, Quantity] | None:
    """(current, baseline) of two levels set side by side ("A in July, whereas in August B"),
    when each is dated and the dates are as far apart as the rate's basis says: a month for a
    month-on-month rate, a year for a year-on-year one. The later level is the current."""
    basis = basis_of(doc, rate, sent.end)
    if basis == "yoy":
        years = _dated_apart(doc, sent, first, second)
        if years is None or abs(years[0] - years[1]) != 1:
            return None
        return (first, second) if years[0] > years[1] else (second, first)
    if basis != "mom":
        return None
    months = [_MONTH_NAME.findall(doc.norm, a, b) for a, b in ((sent.start, first.start), (first.end, second.start))]
    if not (months[0] and len(months[1]) == 1):
        return None
    now, then = periods.month_index(months[1][0].lower()), periods.month_index(months[0][-1].lower())
    if now is None or then is None or (now - then) % 12 != 1:
        return None
    return second, first


def _dated_apart(doc: Document, sent: Sentence, first: Quantity, second: Quantity) -> tuple[int, int] | None:
    """The years of two levels of one sentence, each the year nearest after or before it in its
    own stretch ("In October 2023, 8,020 ..., rising to 9,310 in October 2024"): the first year
    named goes with the first level, the second with the second; None unless exactly two years."""
    years = [(m.start(), int(m.group(1))) for m in _YEAR_OR_FY.finditer(doc.norm, sent.start, sent.end)]
    if len(years) != 2 or years[0][1] == years[1][1]:
        return None
    if not (years[0][0] < second.start and years[1][0] > first.end):
        return None
    return years[0][1], years[1][1]


def _blank_glosses(gap: str) -> str:
    """A gap between two levels without the lists that gloss a figure ("—buses, trucks and vans—")."""
    return re.sub(r"\s{2,}", " ", without_glosses(gap))


_UP_FROM = re.compile(
    r"^[^\d;%]{0,30}?\b(?:up|down|rising|falling|climbing|dropping|increasing|decreasing)\s+from\s+$", re.I
)


def _level_pair(
    doc: Document, sent: Sentence, levels: list[Quantity], year: int | None = None, yoy: bool = False
) -> tuple[Quantity, Quantity] | None:
    """The one (current, baseline) pair of a sentence, dated a year apart: "sold 284,400, down
    from 300,000 a year earlier"; "climbed to 9,310 from 8,020 a year earlier"; "In October
    2023, 8,020 were sold, rising to 9,310 in October 2024"; "from 8,020 in May 2023 to 9,310
    in May 2024"."""
    text = doc.norm
    found = []
    # (a result's per-share gloss is an aside: "$311 million, or $2.75 a share, up from $205 million";
    # so is a part the level includes: "612,340 vehicles - including 14,210 EVs - up from 515,770")
    levels = [q for q in _outside_asides(doc, sent, levels) if not in_per_share_gloss(text, q)]
    for a, b in itertools.pairwise(levels):
        if not (compatible(a, b) and a.exact and b.exact):
            continue
        # (a conversion in brackets is no part of the gap: "480.8 billion yen ($4.4 billion), up from")
        gap = _INCLUDING_ASIDE.sub(lambda m: " " * len(m.group()), text[a.end : b.start])
        gap = _DATE_TOKEN.sub("", BRACKET.sub("", _blank_glosses(blank_asides(gap))))
        opening = text[max(sent.start, a.start - 12) : a.start]
        if _FROM_GAP.match(gap) or (_OPENS_WITH[1].search(opening) and _BARE_FROM.match(gap)):
            found.append((a, b, a))  # current first
        elif _RISING_TO.match(gap) or (_OPENS_WITH[0].search(opening) and _BARE_TO.match(gap)):
            found.append((b, a, a))  # baseline first
        elif (
            _WHILE_GAP.match(gap)
            # "While 6,400 vans were exported in May 2024, the total fell to 5,900 in ...": the
            # clause the sentence opens on, set against the next
            or (_OPENS_ON_WHILE.fullmatch(text, sent.start, a.start) and _CLAUSE_GAP.fullmatch(gap))
        ) and (years := _dated_apart(doc, sent, a, b)) is not None:
            # "10,297 cars were sold in September 2024 while sales stood at 8,312 in September
            # 2023": two levels side by side, ordered by their years
            found.append((a, b, a) if years[0] > years[1] else (b, a, a))
    if len(found) != 1:
        return None
    current, baseline, first = found[0]
    if yoy and basis_of(doc, baseline, sent.end) == "mom":
        return None  # "up from 10,000 a month earlier": a month apart, not a year
    later = current if first is baseline else baseline
    if first is current:
        # (the baseline's own words stop at the next level: "against 40,100 in April and 35,000 a
        # year ago" dates the second baseline, not the first)
        stop = next((q.start for q in levels if q.start > baseline.end), sent.end)
        ago = (
            YEAR_AGO.search(text, baseline.end, stop)
            or _SAME_IN_YEAR.search(text, baseline.end, stop)
            # (or in the baseline's own words: "up from last year's second-quarter total of 515,770")
            or _LAST_YEARS.search(text, current.end, baseline.start)
        )
    else:
        ago = YEAR_AGO.search(text, sent.start, current.start)
    if ago is None:
        years = _dated_apart(doc, sent, first, later)
        if years is None and not _YEAR_IN.search(doc.norm, sent.start, sent.end) and first is current:
            # "its second-quarter profit was 88.4 billion yen, up from 71 billion yen": the one
            # comparison, said by its own words, with no year to put them apart
            # (a baseline dated apart, "down from 300,000 in February", is another comparison)
            gap = _DATE_TOKEN.sub("", BRACKET.sub("", text[current.end : baseline.start]))
            if _UP_FROM.match(gap) and not periods_in(text, current.end, sent.end)[0]:
                return current, baseline
        if years is None:
            # "Registrations totalled 149,730 compared with a total of 218,429 in 2008" after a rate
            # of 2009: the one year named, after the baseline, is a year before the rate's
            named = [(m.start(), int(m.group())) for m in _YEAR_IN.finditer(doc.norm, sent.start, sent.end)]
            # (or in the baseline's own words, after the comparison word: "down from 2023's first-half
            # deliveries of 48,100")
            if len(named) != 1 or not (named[0][0] > baseline.end or current.end < named[0][0] < baseline.start):
                return None
            # "276,033 were licensed last month, compared to 332,852 in October 2020" after a rate
            # "compared to the same month last year": the year named is the baseline's
            if not (named[0][1] == year - 1 if year is not None else yoy):
                return None
            return current, baseline
        now, then = years if first is current else years[::-1]
        if now - then != 1:
            return None
    return current, baseline


_LAST_YEARS = re.compile(r"\b(?:last|the\s++(?:previous|prior))\s++year['’]s\s", re.IGNORECASE)
# A part a level includes, set off by dashes or brackets: "- including 14,210 EVs -", "(of which 2,100 vans)"
# ("..., including 14,210 pickups, up from": a comma ends it only before a space)
_INCLUDING_ASIDE = re.compile(
    r"(?:[—–(,]|\s-)\s{0,2}+(?:including|of\s++which|among\s++them)\b(?:(?!\s-\s|,\s)[^—–()\n;]){0,80}+"
    r"(?:[—–)]|,(?=\s)|\s-(?=\s))",
    re.IGNORECASE,
)


def _outside_asides(doc: Document, sent: Sentence, qs: list[Quantity]) -> list[Quantity]:
    """The figures of ``sent`` that stand in no aside naming a part a level includes."""
    parts = [m.span() for m in _INCLUDING_ASIDE.finditer(doc.norm, sent.start, sent.end)]
    return [q for q in qs if not any(a <= q.start < b for a, b in parts)]


def _months_on_its_side(doc: Document, sent: Sentence, pair: list[Quantity], q: Quantity) -> set[str]:
    """The months that date one of two levels of a sentence: for the first, those before the
    second ("In April, ... 3,100 vans, which rose to"; "5,022 vans in May, up from"); for the
    second, those from it on ("5,022 in May", "3,100 in April")."""
    lo, hi = (sent.start, pair[1].start) if q is pair[0] else (q.start, sent.end)
    return {m.key for m in periods.mentions(doc.norm, lo, hi) if periods.month_index(m.key)}


# "3,100 vans, which rose to", "5,000 cars and then fell to": the level that followed
_MOVED_TO = re.compile(
    rf"^[^\d;%]{{0,40}}?\b(?:which|that|and|then|and\s+then)\s++(?:had\s++|has\s++)?(?:{RISE}|{FALL}|risen|fallen)"
    r"\s++to\s++$",
    re.IGNORECASE,
)


def _month_apart(
    doc: Document, frames: FrameIndex, sent: Sentence, levels: list[Quantity]
) -> tuple[Quantity, Quantity] | None:
    """(current, baseline) of two levels of ``sent`` joined as a change ("3,100 vans, which
    rose to 5,022", "5,022, up from 3,100") and each dated by one month, the current the month
    after the baseline's."""
    if len(levels) != 2 or not all(q.exact for q in levels) or not compatible(*levels):
        return None
    a, b = levels
    gap = _DATE_TOKEN.sub("", BRACKET.sub("", doc.norm[a.end : b.start]))  # (levels in order)
    if _RISING_TO.match(gap) or _MOVED_TO.match(gap):
        current, baseline = b, a
    elif _FROM_GAP.match(gap):
        current, baseline = a, b
    else:
        return None
    months = [_months_on_its_side(doc, sent, levels, q) for q in (current, baseline)]
    if not all(len(m) == 1 for m in months):
        return None
    now, then = (periods.month_index(next(iter(m))) for m in months)
    if now is None or then is None or (now - then) % 12 != 1:
        return None
    return current, baseline


def _rate_between(
    doc: Document, current: Quantity, rate: Quantity, baseline: Quantity
) -> tuple[Quantity, Quantity] | None:
    """(current, baseline) of a clause "CURRENT ..., up RATE compared with BASELINE"."""
    text = doc.norm
    if not (current.end <= rate.start and rate.end <= baseline.start) or not compatible(current, baseline):
        return None
    if re.search(r"[\d;]", _DATE_TOKEN.sub("", text[current.end : rate.start])):
        return None
    cm = CONNECTOR.match(text[rate.end : baseline.start])  # (anchored at the start of its string)
    if cm is None or re.search(r"[\d;,]", _DATE_TOKEN.sub("", text[rate.end + cm.end() : baseline.start])):
        return None
    return current, baseline


# a percent that glosses the level before it ("5,404, or 51.5 percent", "(2,512, or 23.9 percent)"),
# or says what it is a part of ("51.5 percent of November sales", "a 12 percent share")
_GLOSS_OF_LEVEL = re.compile(r"\d\s{0,2}+,?\s{0,2}+(?:or|i\.e\.)\s{1,3}+(?:about\s+|some\s+)?$", re.IGNORECASE)
_PART_OF_AFTER = re.compile(r"\s{0,3}+(?:of\b|(?:market\s+)?share\b)", re.IGNORECASE)


def _share_of_level(text: str, q: Quantity) -> bool:
    return bool(_GLOSS_OF_LEVEL.search(text, max(0, q.start - 20), q.start) or _PART_OF_AFTER.match(text, q.end))


def _other_class(a: Frame, b: Frame) -> bool:
    """Two figures of different classes of vehicle (imported and local, cars and trucks, BEVs and
    PHEVs): set side by side, they are no current and baseline of one rate."""
    if a.powertrain and b.powertrain and a.powertrain != b.powertrain:
        return True
    return any(a.quals.get(g) and b.quals.get(g) and a.quals[g] != b.quals[g] for g in CLASS_GROUPS)


def _only_last_year(doc: Document, sent: Sentence) -> bool:
    """Whether ``sent`` names one year, the article's latest or the one before: the year of a
    baseline whose current is of the article's own year (never 2019 in an article of 2023)."""
    named = {int(m.group()) for m in _YEAR_IN.finditer(doc.norm, sent.start, sent.end)}
    return len(named) == 1 and _latest_year(doc.norm) - min(named) <= 1


@functools.lru_cache(maxsize=8)
def _latest_year(text: str) -> int:
    """The latest year a text names (read once per text, not once per rate)."""
    return max((int(m.group()) for m in _YEAR_IN.finditer(text)), default=0)


def _a_copy(rate: Quantity, other: Quantity) -> bool:
    """Whether ``rate`` may be ``other`` said again: within its rounding or hedge, cut short ("15%"
    for 15.6%) or mistyped ("21%" for 12.4%); never "57%" for 28%."""
    a, b = (abs(rate.lo), abs(rate.hi)), (abs(other.lo), abs(other.hi))
    if arith.overlaps((min(a), max(a)), (min(b), max(b))):
        return True
    cut = math.floor(abs(other.value) * 10**rate.decimals + 1e-9) / 10**rate.decimals
    return math.isclose(cut, abs(rate.value)) or typo_near(rate, other, loose=True)


def _levels_next(
    doc: Document, frames: FrameIndex, rate: Quantity, period: str | None = None
) -> tuple[Quantity | None, Quantity | None]:
    """A rate stated with no figure ("its sales fell 5.2 percent last month from a year earlier")
    whose two levels the next sentence gives ("It sold 284,400 vehicles, down from 300,000 a year
    earlier"; "In October 2023, 8,020 cars were sold, rising to 9,310 in October 2024"): that
    sentence states no rate of its own, one such pair, a year apart for a year-on-year rate, the
    rate's month if both name one, and the same metric of the same company. A rate that names
    its baseline's month (``period``) takes only a pair a month apart whose baseline is of it."""
    sent = doc.sentences[rate.sentence]
    nxt = _next_sentence(doc, rate.sentence)
    if nxt is None:
        return None, None
    in_turn = _listed_basis(doc, rate)
    if in_turn == "?" or (in_turn is not None and (in_turn == "ytd") != _running_total(doc, nxt)):
        # "fell year to date and year on year, down 14.2% and 9.6% respectively. Year to date,
        # 6,744 were sold, down from 8,106": the year-to-date pair is the first rate's alone
        return None, None
    qs = doc.in_sentence(nxt.index)
    basis: list[str | None] = []  # the rate's basis, read once and only when needed
    # (shares of a level are no rates of their own: "3,105, or 36.9 percent of the month's sales")
    # (nor is a rate set against the levels: "..., despite a 9% rise in sales")
    own = [
        r
        for r in qs
        if r.unit in ("percent", "pp", "multiple")
        and not _share_of_level(doc.norm, r)
        and not _DESPITE.search(doc.norm, nxt.start, r.start)
        # (nor the economy's: "helped by GNP growth of 4.1% last year")
        and frames.frame(r.start, r.end).measure != "economy"
    ]
    restated = False
    if own:
        # a next sentence with rates of its own gives a year-on-year rate its levels only when its
        # rates all compare with another period ("..., up from 5,600 in May 2024, and 4% more than
        # the 6,420 of April on a monthly basis")
        basis.append(basis_of(doc, rate, sent.end))
        # "Van sales rose 21% in October. Van sales came to 5,320 units, up 21.4% on 4,382 a
        # year earlier": a lead's rate said again, more exactly, with its levels, one comparison
        # (as far as a rate rounded or mistyped may be from its copy: "57%" is no copy of "28 per cent")
        restated = (
            len(own) == 1 and {basis[0], basis_of(doc, own[0], nxt.end)} <= {None, "yoy"} and _a_copy(rate, own[0])
        )
        if not restated and (basis[0] != "yoy" or any(basis_of(doc, r, nxt.end) in (None, "yoy") for r in own)):
            return None, None
    levels = _outside_asides(doc, nxt, [r for r in qs if r.is_amount and not in_parentheses_after_amount(doc, r)])
    rate_years = {int(m.group()) for m in _YEAR_IN.finditer(doc.norm, sent.start, sent.end)}
    year = next(iter(rate_years)) if len(rate_years) == 1 else None
    if period is not None:
        pair = _month_apart(doc, frames, nxt, levels)
        if pair is None or _months_on_its_side(doc, nxt, levels, pair[1]) != {period}:
            return None, None
    else:
        pair = _level_pair(doc, nxt, levels, year)
    if pair is None and year is None and (len(levels) == 2 or own):
        if not basis:
            basis.append(basis_of(doc, rate, sent.end))
        # ("rose 26 percent in June. In June, 36,110 vehicles were sold, compared to 28,640 in June
        # 2022": a rate of no basis, its baseline dated by the one year the article names, so the
        # year before the current's; never where a later year is named, a baseline of 2019 then)
        yearly = basis[0] == "yoy" or (basis[0] is None and _only_last_year(doc, nxt))
        pair = _level_pair(doc, nxt, levels, None, yoy=yearly)
    if pair is None and restated and len(levels) == 2:
        # the restating rate's own levels: "came to 5,320 units, up 21.4% compared with 4,382"
        pair = _rate_between(doc, levels[0], own[0], levels[1])
        rate_months = frames.frame(rate.start, rate.end).months
        if pair is not None and not frames.frame(pair[0].start, pair[0].end).months <= rate_months:
            pair = None  # (the rate said again is of the same period: "in November" and "last month")
    if pair is None and len(levels) == 2 and _month_apart(doc, frames, nxt, levels):
        # "up 62% on a monthly basis. In April, 3,100 vans were sold, which rose to 5,022 in May":
        # a month-on-month rate's two levels, a month apart
        basis.append(basis_of(doc, rate, sent.end))
        if basis[-1] == "mom":
            pair = _month_apart(doc, frames, nxt, levels)
    if pair is None or not _same_period(_rate_clause(doc, rate), nxt, more=bool(own)) or _FUTURE.search(nxt.text):
        return None, None
    # read last: the cheap tests rule most out
    said = basis[-1] if basis else basis_of(doc, rate, sent.end)
    monthly = said == "mom" or (period is not None and said == f"vs:{period}")
    if said not in (None, "yoy") and not monthly:
        return None, None
    if monthly and pair != _month_apart(doc, frames, nxt, levels):
        return None, None  # (a month-on-month rate compares levels a month apart, never a year)
    current, baseline = pair
    fc, fb = frames.frame(current.start, current.end), frames.frame(baseline.start, baseline.end)
    if _other_class(fc, fb):
        return None, None  # "15,695 imported cars, compared to 13,890 locally assembled": two classes, one time
    if said in (None, "yoy") and basis_of(doc, baseline, nxt.end) == "mom":
        return None, None  # "up from 10,000 a month earlier" is no pair of a yearly rate
    level_years = {int(m.group()) for m in _YEAR_IN.finditer(doc.norm, nxt.start, nxt.end)}
    if rate_years and level_years:
        # "In May 2022, sales rose 17.6%" is no change of May 2023's levels against May 2022's (one
        # year named alone may be the baseline's: "compared with a total of 218,429 in 2008")
        now = max(rate_years)
        if max(level_years) != now and not (len(level_years) == 1 and now - 1 in level_years):
            return None, None
    rate_months, level_months = (
        frames.frame(rate.start, rate.end).months,
        frames.frame(current.start, current.end).months,
    )
    # (the rate's own clause: "rose 5 percent during November ..., although year-to-date sales are
    # 1.2 percent below" dates the first rate by November alone)
    clause_runs = any(periods.is_run(m.key) for m in periods.mentions(_rate_clause(doc, rate).text))
    runs = (any(map(periods.is_run, rate_months)) and clause_runs, any(map(periods.is_run, level_months)))
    if rate_months and level_months and runs[0] != runs[1]:
        return None, None  # a rate "for the year so far" is no change of March's levels
    elided = bool(_BARE_SUBJECT.match(nxt.text))
    # (a pair joined as one series, "978 cars, which increased to 5,628", says what it counts once)
    said_of = list(pair) if monthly else [current]
    if not any(same_thing(doc, frames, rate, q, elided=elided) for q in said_of):
        return None, None
    return current, baseline


# A level, then how far it moved, with no rate: "8,389 vehicles in the first nine months, 401 fewer
# than in the same period of 2017", "261,160 deliveries, which is 41,700 vehicles short of its tally
# in 2017", "70,105 vehicles, down by 14,124 units"
_GAP_AFTER_LEVEL = re.compile(
    r"(?:\s{1,3}+(?:[a-z][\w'’-]*+|(?:19|20)\d\d)){0,10}?\s{0,3}+[,–—-]\s{0,3}+(?:which\s+is\s+|or\s+)?"
    r"(?:(?P<dir>up|down)\s+by\s+)?"
    # (a figure's digits are bounded: a run of "1,1,1,..." read whole from every comma is quadratic)
    r"(?P<n>\d[\d,.]{0,24}+)(?:\s+(?:units|vehicles|cars))?"
    r"(?(dir)|\s+(?P<word>fewer|less|more|short)\s+(?:than|of)\b)",
    re.IGNORECASE,
)


def _level_and_gap_next(
    doc: Document, frames: FrameIndex, rate: Quantity, sign: int
) -> tuple[Quantity, Quantity] | None:
    """A rate stated with no figure ("sales fell 4.7 per cent"), then, in the next sentence,
    the one level of the same thing and how far it moved, with no rate of its own: the level is
    the current figure and the baseline the level less the move (its sign must be the rate's)."""
    nxt = _next_sentence(doc, rate.sentence)
    if nxt is None:
        return None
    qs = doc.in_sentence(nxt.index)
    if any(r.unit in ("percent", "pp", "multiple") for r in qs):
        return None
    levels = [r for r in qs if r.is_amount and not in_parentheses_after_amount(doc, r)]
    if len(levels) != 2:
        return None
    level, gap = levels
    m = _GAP_AFTER_LEVEL.match(doc.norm, level.end)
    if m is None or m.start("n") != gap.start or not compatible(level, gap) or not (level.exact and gap.exact):
        return None
    moved = -1 if (m.group("dir") or m.group("word") or "").lower() in ("down", "fewer", "less", "short") else 1
    if moved != sign or not same_thing(doc, frames, rate, level):
        return None
    return level, shifted(level, gap, -moved)


# The level a change brings its total to, said after the change: ", bringing the total sales in the
# nine-month period to", ", taking its tally to"
_BRINGING_TO = re.compile(BRINGING_TO, re.IGNORECASE)
_PERIOD_THEN_AT = re.compile(
    r"^\s*+(?:[a-z]++\s++)?(?:compared\s++(?:to|with)|on|over|from|against)\s++the\s++(?:same|corresponding)\s++"
    r"(?:period|month|quarter)[^.;:%\d,]{0,40}+,\s*+at\s++$",
    re.IGNORECASE,
)
_AS_CURRENT = re.compile(
    # ("a 64% rise on the year as deliveries reached 5,130": the change noun and its basis before "as")
    rf"^(?:\s{{0,3}}+(?:year[- ]on[- ]year|yoy|y/y|month[- ]on[- ]month))?(?:\s{{1,3}}+{CHANGE_NOUN})?"
    r"\s{0,3}+,?\s{0,3}+as\s++(?:a\s++total\s++of\s++|the\s++(?:number|count|total)\s++of\s++(?:[a-z-]++\s++){0,3}?"
    r"(?:reached|stood\s++at|was|came\s++to|totall?ed)\s++|"
    r"(?:(?:its|their|the|total|overall)\s++)?(?:[a-z-]++\s++){0,2}?"
    rf"{alt(CHANGED_OBJECTS)}\s++"
    r"(?:hit|reached|climbed\s++to|rose\s++to|grew\s++to|fell\s++to|dropped\s++to|totall?ed|stood\s++at)\s++)?$",
    re.IGNORECASE,
)
_WHEN_CURRENT = re.compile(
    r"^(?:(?!\b(?:from|compared|compare|comparison|relation|respect|relative|against|versus|vs|than|since)\b)[^.;:%\d()]){0,60}?"
    r"\b(?:in|during|for)\s+(?!(?:relation|respect|comparison)\b)(?:the\s+)?[a-z][\w\s-]{0,25}?,\s+when\s+$",
    re.IGNORECASE,
)


_SAME_SPAN_OF_A_YEAR = re.compile(
    r"\b(?:the\s++)?same\s++(?:period|month|quarter|half|months)\s++(?:of|in)\s++(?:19|20)\d\d\b", re.IGNORECASE
)


def _year_ago_next(doc: Document, frames: FrameIndex, rate: Quantity, current: Quantity) -> Quantity | None:
    """A year-on-year rate whose baseline the next sentence gives: "sales rose 30.8 per cent to
    1.6 lakh units in September. The company had sold 1.2 lakh units in September last year."
    (or the next paragraph, after a lead of one sentence: "Lumo delivered 9,120 cars in May, 152%
    more than a year ago." / "... in May 2023 only 3,619 Lumo cars were delivered.")
    The next sentence must date its one figure a year back, state no rate of its own and be
    about the same metric and company, in the same month if both name one."""
    sent = doc.sentences[rate.sentence]
    if current.sentence != rate.sentence:
        return None
    nxt = _next_sentence(doc, rate.sentence)
    if nxt is None:
        return None
    qs = doc.in_sentence(nxt.index)
    if any(r.unit in ("percent", "pp", "multiple") for r in qs):
        return None  # a statement of its own
    levels = [
        r
        for r in qs
        if r.is_amount
        and compatible(r, current)
        and not in_parentheses_after_amount(doc, r)
        # ("That was 1,347 more units than the 6,562 sold a year earlier": the move, no level)
        and not _AMOUNT_AFTER.match(doc.norm, r.end)
    ]
    if len(levels) != 1 or not levels[0].exact or not _same_period(_rate_clause(doc, rate), nxt):
        return None
    base = levels[0]
    if not base.value or not (1 / MAX_RATIO <= current.value / base.value <= MAX_RATIO):
        return None
    basis = basis_of(doc, rate, sent.end)
    if basis not in (None, "yoy"):
        return None
    if _UP_FROM_BACK.match(doc.norm, nxt.start, base.start + 1):
        # "This is up from 7,184 vans sold in 2017": the sentence points back at the level the rate
        # reached and names the one it rose from
        dated = True
    elif nxt.paragraph == sent.paragraph:
        # (or "in the same half of 2023" after a yearly rate: the same stretch, a named year back)
        dated = (
            YEAR_AGO.search(nxt.text) is not None
            or _year_named_before(sent, nxt)
            or _SAME_SPAN_OF_A_YEAR.search(nxt.text) is not None
        )
    else:
        # the next paragraph after a lead of one sentence (the only one _next_sentence gives), when
        # it dates its figure a year back in so many words ("It had shipped 41,200 in the same
        # month a year before"; a bare "last year" may be the very year of the lead's figure)
        dated = _SAME_PERIOD_BACK.search(nxt.text) is not None or _month_last_year(sent, nxt, basis)
    if not (dated or _month_of_the_year_before(doc, sent, nxt, basis)):
        return None
    if _reached_after_compared(doc, nxt, base):
        return None
    # "this figure was 16.56 lakh": the next sentence names the very figure, whose words it need not repeat
    this = _THIS_FIGURE.search(nxt.text) is not None
    fc, fb = frames.frame(current.start, current.end), frames.frame(base.start, base.end)
    if not this and other_metric(fc, fb):
        return None
    if fc.months and fb.months and fc.months != fb.months and "fy" not in fc.months | fb.months:
        # "1,085,356 in July ... For the first seven months, 7,900,877": another period (a bare
        # year, "the 2022 registrations", may be any part of it)
        return None
    if not same_thing(doc, frames, current, base, elided=this or bool(_BARE_SUBJECT.match(nxt.text))):
        return None
    if _FUTURE.search(nxt.text) or _NOT_ALL.search(nxt.text):
        return None
    return base


def _reached_after_compared(doc: Document, sent: Sentence, level: Quantity) -> bool:
    """Whether ``sent`` compares its own subject with a year before, then names the level it moved
    to: "Overheads held close to last year's level, falling to 1.9 trillion", "Vans were
    down on a year ago, falling to 812", "Exports beat last year's pace, climbing to 9,300" (a level
    reached now, no baseline of the sentence before; "had risen to 41,200 in the same month last
    year" dates its level a year back)."""
    clause = doc.norm[sent.start : level.start]
    verb = _CHANGED_TO.search(clause)
    if verb is None:
        return False
    said = YEAR_AGO.search(clause, 0, verb.start())
    return said is not None and (RISE_WORD.search(verb.group()) or FALL_WORD.search(verb.group())) is not None


# A verb of change and the "to" of the level it reached, right before that level
_CHANGED_TO = re.compile(r"\b[a-z-]{3,20}+\s{1,3}+to\s{1,3}+(?:just\s++|only\s++|about\s++|some\s++)?$", re.IGNORECASE)


def _listed_basis(doc: Document, rate: Quantity) -> str | None:
    """The basis a rate of a "respectively" list takes from the bases its sentence lists in turn
    ("fell year to date and year on year, down 14.2% and 9.6% respectively");
    "?" when the sentence lists rates of several bases that cannot be told apart; None when the
    rate is in no such list."""
    sent = doc.sentences[rate.sentence]
    said = RESPECTIVELY.search(doc.norm, rate.end, sent.end)
    if said is None:
        return None
    rates = [q for q in doc.in_sentence(sent.index) if q.unit == "percent" and q.end <= said.start()]
    if len(rates) < 2 or rate not in rates:
        return None
    # each rate's own words after it ("down 11.3% year on year and 16.8% year to date, respectively")
    ends = [q.start for q in rates[1:]] + [said.start()]
    own = [bases_in_turn(doc.norm[q.end : end]) for q, end in zip(rates, ends, strict=True)]
    if all(len(o) == 1 for o in own) and len({o[0] for o in own}) >= 2:
        return own[rates.index(rate)][0]
    bases = bases_in_turn(doc.norm[sent.start : rates[0].start] + " " + doc.norm[said.end() : sent.end])
    if len(set(bases)) < 2:
        return None  # one basis for all, or none named: the rates differ by what they measure
    return bases[rates.index(rate)] if len(bases) == len(rates) else "?"


def _running_total(doc: Document, sent: Sentence) -> bool:
    """Whether ``sent`` dates its figures as the year so far ("Year to date, 6,744 were sold")."""
    return "ytd" in bases_in_turn(sent.text) or any(m.key == "ytd" for m in periods.mentions(sent.text))


def _years(text: str) -> set[int]:
    return {int(y) for y in _YEAR_IN.findall(text)}


def _year_named_before(sent: Sentence, nxt: Sentence) -> bool:
    """Whether ``nxt`` names the year before the one ``sent`` names: "in 2024" after "in 2025"."""
    now, then = _years(sent.text), _years(nxt.text)
    return len(now) == 1 and len(then) == 1 and now == {y + 1 for y in then}


# "This is up from", "That was down from", "This compares with": a level before named as the current
_UP_FROM_BACK = re.compile(
    r"\W{0,3}+(?:this|that|it)\s++(?:is|was|'s|’s)\s++(?:(?:up|down)\s++from|(?:higher|lower)\s++than)\s++"
    r"(?:the\s++)?(?=\d)|\W{0,3}+(?:this|that)\s++compares\s++with\s++(?:the\s++)?(?=\d)",
    re.IGNORECASE,
)
_THIS_FIGURE = re.compile(
    rf"\b(?:this|that|the\s+same)\s+{alt(FIGURE_NOUNS)}\b"
    # ("For the year-ago quarter the same stood at Rs 19,341.2 crore": "the same" standing for it)
    r"|\bthe\s+same\s+(?:stood|was|were|came|amounted|totall?ed)\b",
    re.IGNORECASE,
)


_HAD_DONE = re.compile(
    r"\bhad\s++(?:sold|delivered|registered|shipped|dispatched|produced|built|exported|recorded)\b", re.I
)


_MONTH_LAST_YEAR = re.compile(rf"\b(?P<m>{MONTH})\s++(?:of\s++)?last\s++year\b", re.IGNORECASE)


def _month_last_year(sent: Sentence, nxt: Sentence, basis: str | None) -> bool:
    """For a year-on-year rate of one undated month ("rose 6.2% year on year to 12,400 in May"), the
    next paragraph's "In May last year, 11,676 ..." is that month a year back: the lead's month names
    no year, so "last year" cannot be its own."""
    m = _MONTH_LAST_YEAR.search(nxt.text)
    if basis != "yoy" or m is None or _years(sent.text):
        return False
    months = {x.lower() for x in _MONTH_NAME.findall(sent.text)}
    return months == {m.group("m").lower()}


def _month_of_the_year_before(doc: Document, sent: Sentence, nxt: Sentence, basis: str | None) -> bool:
    """For a year-on-year rate of an undated month ("in May, 152% more than a year ago"), a
    figure of that month of one year ("in May 2023") when the article names no other year but
    the next one, and that one not after the rate: nothing else dates the two figures apart."""
    then = _years(nxt.text)
    # an undated rate ("increased 26.45 percent to 2.72 lakh units") takes the year before when the
    # next sentence names the very figure ("Whereas in September 2019, this figure was 2.15 lakh")
    if (
        (
            basis != "yoy"
            # ("The company had sold 3,10,550 units in March 2019": a past before the rate's month)
            and not (basis is None and (_THIS_FIGURE.search(nxt.text) or _HAD_DONE.search(nxt.text)))
        )
        or _years(sent.text)
        or len(then) != 1
    ):
        return False
    (y,) = then
    months = set(_MONTH_NAME.findall(sent.text))
    if not months or not months <= set(_MONTH_NAME.findall(nxt.text)):
        return False
    # the year after may date the article (its headline, its lead), never a later figure
    later = _years(doc.norm[sent.end : nxt.start]) | _years(doc.norm[nxt.end :])
    return _years(doc.norm) <= {y, y + 1} and y + 1 not in later
