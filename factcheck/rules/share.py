"""A stated share must equal the part divided by the whole it is a share of.

*What it checks*: shares such as "5,386 of the 9,214 were shipped abroad, or
58.5 percent", "86,140 units, about 91% of its sales", "with 171,530 vehicles
- a share of 69.0%", "24,118 vehicles (share: 17.6%)", "301,000 BEVs and
85,000 PHEVs, making up 78.0 percent and 22.0 percent, respectively", "the
BEV market share slipped to 11.7%" (its sales and the market total stated
nearby), a combined share of two named segments (the two figures added),
"BEVs 58.1%, PHEVs 32.2% and EREVs 9.6%" (the whole being the sum of the
listed parts), brands' market shares with their levels in brackets ("the
market leader with 21% market share (3,310 units), followed by Kessel with
11% (1,689 units)" or "followed by Kessel with 5,805 vehicles and 9.7 percent",
each a share of the market's total whoever reported it),
a name and its verb of holding before a share with its level in brackets ("Kessel has 17.8%
(9,327 sales), Drevon 11.3% (5,921)") in a run of market shares,
brands' levels listed with their market shares in brackets ("GM sold 20,201 units
(a 16.2% market share) ... Ford sold 4,873 units (3.9%)"), each of the one level
stated before the list that all its other shares but one agree on,
a named company's market share said in the sentence after its one level ("Kessel came second
with 61,820 cars. Kessel holds a 14 percent market share."; "These accounted for 41.33% of the
industry's total"), of a country's market total (both dated alike or both undated:
then wrong only when a slip of a digit explains it),
market shares of countries ("Norway took a 41 percent share of the regional
market, ahead of Denmark with 31 percent"), each of the one level the
sentences before gave for that country alone, of the total of the region,
a table's share column under a header such as "Croatia EU share" (each row's
first count of its second),
fraction words ("just over half") and ratios in words ("one
in six", "every fifth", "more than one in five"), each standing for a rounded
denominator and checked only against the part and whole its own clause names.
It recomputes part / whole x 100 within the rounding of every figure and the hedge of the share
("about 91%", "more than 80 percent"). The whole is the total named after
"of" ("of BEV sales", "of the overall market"), found among the figures of
the same metric, period and company: the one that describes the part best (no
segment the part lacks, the part's own powertrain), then one stated before the
share, then the widest; a whole said "about" one stands for that figure within its hedge (but,
found by its category alone, it makes a mismatch a slip only when a digit's slip explains it),
and a share that names no whole, said after shares of its paragraph that name theirs ("Vans make
up 12.4 per cent of the total ... Taxis take 1.5 per cent, with 6,192 cars"), takes their whole.
"Of the total" keeps a company's total over a smaller figure of no company. "Of all sales" or a
market share is never a share of a
narrower total (NEVs, electrified cars, the part's own powertrain). The part is
what the share's own clause names ("30,000 were SUVs and 18,200 sedans, so SUVs
accounted for 62.2%"); "N% of its X" takes X as the whole; "It exported 31,200 of
them, or 60%" takes the one level of the sentence before; "Of the 25,989 cars sold, 13,752 (52.9%)
were imported, while 12,237 (47.1%) ..." and "Of these, 13,752 (52.9%) ..." take
the whole the sentence opens on. "This is a market share of 13.6%" right after
the sentence with a company's one level is that level's share of the market. A share stated before
its part and whole ("The market share of electric cars rose to 15.2%", then the
total and the electric count) takes the one level of its powertrain and the one
level of none (larger than the part) in its paragraph or the one before (and
the next few, for a share that opens its paragraph), same period, place and
plain count. A penetration rate ("the retail penetration of NEVs was 45.5% in
May") is the share of NEVs: the one NEV level of its period and channel in the
ten sentences before, of the market's total; a rate chained to it ("and 41.2%
so far this year") shares its subject and has its own period. A share of a
whole the article does not state ("81.4 percent of last year's total") is
reported unverifiable, and so are the shares of a list that all miss their
whole yet agree with one another on another one (a total the article does not
give), and so is a mismatch
that another equally good whole would fit. "N% of them (LEVEL)" is a share of the one larger level
its sentence gave before ("the fleet counts 38 million cars, 61.2% of them (23.3 million units) ..."),
never of the level another share glosses ("about 240 or 1.5% of them"); a sentence may say when
before opening on its whole ("Over the year, of the 612,400 cars registered, 58.3 percent or
357,030 ..."). A share "of new vehicles sold" takes no passenger-car total for its whole where the
article gives the commercial-vehicle figure beside it. A share said again as its level, then what
it is of ("37.4% or 31,470 of the new cars", "6.1% of all new registrations or 14,640"), is of
the whole those words describe, never the earlier period's baseline a change compares it with
(nor a level compared to without a rate). A share in brackets closing its part's clause ("Of a
total of 52,400 EVs, 41,900 went to fleets (80%)"; "60,250 hybrids were registered: 36,150
company cars (60%)"), a share after its level's own change ("up 4.4 percent for a share of
12.8%", a list line's "(market share 27.2%)") and a ratio in words of a level a sentence points
back at ("Of these, 9,100 were hybrids, or nearly one in four") are read too. A powertrain's
share ("This pushed the EV market share down to 25.2 percent", "That lifts their share to") takes
its part and whole from one-sentence paragraphs before it, never for a goal ("aims to"). A share
beside its level in one bracket ("(24,360 vehicles; 40% share)"), a whole pointed back at by a
quantified opening ("Most of those vans — 9,000, or 75 percent — ...") or by a paragraph of
its own ("Of these, ..." after the paragraph that gave the level), and a fraction word of a whole
its own words state, then its part ("more than half of the region's 2,930 new vehicle sales in
March, with 1,476") are read too.

*Why it matters*: shares are where a reporter divides by the wrong total or
mistypes a figure; the part must also never exceed its whole.

*Inconsistent*: "Business registrations rose to 97,412 units, representing
25.8% of the overall market of 184,630 units." (97,412 / 184,630 = 52.76%)

*Consistent*: "Business registrations rose to 97,412 units, representing
52.8% of the overall market of 184,630 units."
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from factcheck import arith, periods
from factcheck.attribution import (
    Attribution,
    Record,
    level_pointed_at,
    metric_compatible,
    metric_of,
    period_of,
    periods_in,
    same_company,
    same_period,
    tags_of,
)
from factcheck.changes import Change
from factcheck.context import FALL_WORD, RESTATING_OPENER, RISE_WORD, blank_brackets, compatible
from factcheck.document import Document
from factcheck.frames import YEAR_AGO, YEAR_BACK, quals_of, segment, speaks_of_a_company
from factcheck.lexicon import (
    CAR_CLASS,
    CHANGE_ADJECTIVE,
    CHANGE_AMOUNT_BEFORE,
    COMPANY_NOUNS,
    LEVEL_IN_BRACKETS,
    MODEL_RANKING,
    MONTHS,
    OWN_SHARE_AFTER,
    POINTS_BACK_OPENER,
    POINTS_BACK_SOME,
    PROJECTION,
    RANKED_NEXT,
    RANKING,
    REGION_PLACES,
    UNIT_NOUNS,
    VEHICLE_NOUNS,
    VERSUS,
    WHOLE_OPENER,
)
from factcheck.model import Evidence, Quantity, Status, Verdict
from factcheck.numbers import PERCENT_WORDS, amount, format_number, format_percent
from factcheck.reading import Reading
from factcheck.rules.base import Rule, verdict
from factcheck.tables import ratio_rows, share_rows
from factcheck.totals import Group, family, find_total
from factcheck.words import FRACTIONS, iter_ratio_words

# Hedges, and words of emphasis that leave the figure exact ("accounted for just 20.6%")
_HEDGE = (
    r"(?:(?:about|around|roughly|approximately|nearly|almost|over|more\s+than|less\s+than|just\s+(?:over|under)|"
    r"some|slightly\s+(?:more|less)\s+than|close\s+to|just|only|a\s+mere|merely|fully|exactly|still)\s+)?"
)
_TOOK = (
    r"\b(?:took|taking|takes|take|captured|capturing|capture|claimed|claiming|claim|grabbed|grabbing|grab|cornered|cornering|"
    r"secured|securing|secure|held|holding|hold|holds|commanded|commanding|command|"
    # ("covering 27.4% of the market", "comprising 58.2% of truck sales")
    r"covering|covered|covers|comprising|comprised|comprises)"
)
# Cues that make a percent a share only when "of ..." follows ("was 21.3 percent of", "took 32.2% of").
_WEAK = (
    r"\b(?:were|was|is|are|achiev(?:ed|ing)|reach(?:ed|ing)|hit(?:ting)?|complet(?:ed|ing))|"
    + _TOOK
    + r"|,\s*or|\bor\s+about"
)
# The verbs that make the percent after them a share, whatever noun stands before them
_SHARE_VERB = (
    r"\b(?:(?:accounting|accounted|accounts|account)\s+for|represent(?:ed|ing|s)?|making\s+up|made\s+up|make\s+up|"
    r"constitut(?:e|es|ed|ing))"
)
_VERB_OF_A_SHARE = re.compile(_SHARE_VERB, re.IGNORECASE)
# Words right before a percent that make it a share of something.
_CUE_BEFORE = re.compile(
    r"(?:"
    + _SHARE_VERB
    + r"|\bcontribut(?:ing|ed|es)|\bcorresponding\s+to|\bequal(?:ling|led|s)?\s+to|\bequivalent\s+to|"
    r"\bequat(?:ed|ing|es)\s+to|\bshare\s*(?::|of|was|is|stood\s+at|at)|\bshare\s+(?:[\w'’-]+\s+){0,6}?(?:to|at)|"
    # "its market share for the quarter of 21.6 per cent", "a share in May of 9%"
    r"\bshare\s+(?:for|in|during)\s+(?:the\s+)?(?:month|quarter|year|period|half|[A-Z][a-z]{2,8})\s+of|"
    # "with its share in overall sales of 12.5 percent", "a share of the market of 9%"
    r"\bshare\s+(?:in|of)\s+(?:[\w'’-]+\s+){1,4}?of|"
    # "the share of diesel cars was 8.5%", "the share of battery cars slipped to 21.3%"
    r"\bshare\s+of\s+(?:[\w'’-]+\s+){1,5}?(?:was|is|stood\s+at|reached|(?:rose|fell|climbed|dropped|grew|"
    r"increased|decreased|slipped|jumped|amounted)\s+to)|"
    # "Toyota: 21,296 units, down 4.0% YoY; market share 32.7%"
    r"\bmarket\s+share|"
    # "the retail penetration of NEVs was", "its penetration rate in wholesale stood at"
    r"\bpenetration\s+(?:rate\s+)?(?:[\w'’-]+\s+){0,6}?(?:stood\s+at|was|reached|rose\s+to|fell\s+to|of|at|hit)|"
    + _WEAK
    + r")\s+(?:an?\s+)?"
    # ("account for a significant 61.2%", "made up a whopping 94%", "a combined 12%")
    + r"(?:(?:significant|whopping|staggering|sizeable|sizable|substantial|hefty|modest|record|combined)\s+)?"
    + _HEDGE
    + r"$",
    re.IGNORECASE,
)
# A percent followed by "share" ("a 20.5% share of the overall market").
_SHARE_AFTER = re.compile(r"^\s*(?:in\s+)?(?:market\s+)?share\b", re.IGNORECASE)  # ("8.21% in market share")
_OF_AFTER = re.compile(r"^\s*(?:market\s+share\s+|share\s+)?(?:of|in)\s+(?P<desc>[^,;.()%]{1,90})", re.IGNORECASE)
_NOT_SHARE = re.compile(
    r"\b(?:margin|rate|interest|stake|tax|discount|growth|increase|decrease|rise|fall|"
    r"drop|decline|gain|loss|efficiency|probability|chance|capacity\s+utili[sz]ation|utili[sz]ation)\b",
    re.IGNORECASE,
)
_CHANGE_AFTER = re.compile(
    # ("a 2.35% overall decrease": one word may stand before the change noun)
    # (set off by a comma or dash: "920 vans or 2.3% – more than in 2024")
    # (never ", up from 12%": a share's own earlier value)
    rf"^\s*(?:[,–—-]\s*(?=(?:more|less|fewer|higher|lower)\s+than\b))?{CHANGE_ADJECTIVE}"
    r"(?:more|less|fewer|higher|lower|up|down|increase|decrease|rise|drop|decline|growth|gain|jump|surge|"
    r"climb|fall|dip|slump|plunge|slide|hike|improvement|"
    r"year[- ]on[- ]year|year[- ]over[- ]year|yoy|month[- ]on[- ]month|compared|from\s+a\s+year)\b",
    re.IGNORECASE,
)
# ("up from the 58% of 2024": a share of an earlier period)
# The verbs a share's level stands after: "share was", "share stood at"
_SHARE_STANDS = r"(?:was|is|stood\s++at|came\s++to|reached)"
_STAKE_AFTER = re.compile(r"\s{0,3}+(?:market\s++)?stake\b(?!\s++(?:in|of)\b)", re.IGNORECASE)
# A share's own verb before it, and its earlier level after it: "share was 34.1% compared to 35.6%"
_SHARE_WAS = re.compile(rf"\b(?:market\s++)?share\s++(?:{_SHARE_STANDS}|of)\s++" + _HEDGE + r"$", re.IGNORECASE)
_COMPARED_LEVEL = re.compile(
    r"^\s*+,?\s*+(?:compared\s++(?:with|to)|against|versus|vs\.?)\s++(?:the\s++)?(?:about\s++)?\d[\d.]*+\s?(?:%|per\s?cent|percent)",
    re.IGNORECASE,
)
_FROM_BEFORE = re.compile(
    r"\b(?:from|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+)?" + _HEDGE + r"$", re.IGNORECASE
)
# "with" and a hedge right before a percent: "followed by Kessel with 11%", "with about 7.4 percent"
_WITH_SHARE_BEFORE = re.compile(r"\bwith\s++" + _HEDGE + r"$", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"^[^.;]{0,40}?\brespectively\b", re.IGNORECASE)
_COMBINED = re.compile(r"\bcombined\b|\btogether\b|\bjointly\b", re.IGNORECASE)
_NOT_STATED_WHOLE = re.compile(
    r"\b(?:last\s+year|a\s+year\s+(?:ago|earlier)|previous\s+year|prior\s+year|(?:19|20)\d\d|"
    r"target|goal|guidance|forecast|plan|capacity|estimate)",
    re.IGNORECASE,
)
_OF_THE_TOTAL = re.compile(r"(?:of\s+)?(?:the\s+)?total\b", re.IGNORECASE)
# A share of everything counted: "of all deliveries", "of total sales", "of the whole market"
_OF_EVERYTHING = re.compile(r"^\W{0,3}+(?:of\s++)?(?:the\s++)?(?:all|total|overall|whole|entire)\b", re.IGNORECASE)
# A sentence that opens on the total its shares are of, by name and with no figure of its own
_TOTAL_OPENER = re.compile(
    r"\W{0,3}+(?:out\s++of|of|among)\s++(?P<desc>the\s++(?:total|overall)\s++(?:[a-z]++\s++){0,2}?"
    r"(?:sales|registrations|deliveries|market))\b(?=[^,\d]{0,40}+,)",
    re.IGNORECASE,
)
_TOTALISH = re.compile(r"\b(?:total|all|overall|whole|entire|worldwide|global|combined|market)\b", re.I)
_FRACTION = re.compile(
    r"\b(?P<hedge>(?:slightly|just|a\s+little|well|far)\s+(?:more|less|over|under)\s+than|more\s+than|less\s+than|"
    r"over|under|nearly|almost|about|around|roughly|approximately|exactly)?\s*"
    r"(?P<f>half|a\s+half|one\s+half|a\s+third|one[- ]third|two[- ]thirds|a\s+quarter|one[- ]quarter|"
    r"three[- ]quarters|a\s+fifth|one[- ]fifth|a\s+tenth|one[- ]tenth)\s+of\s+(?P<desc>[^,;.()%]{1,90})",
    re.IGNORECASE,
)
_FRACTION_WORD = re.compile(r"half|third|quarter|fifth|tenth", re.IGNORECASE)
# (the whole's own words, then its part: "2,930 new vehicle sales in March, with 1,476")
_WITH_ITS_PART = re.compile(
    r"[^,;.\d%()]{0,60}+,\s{0,3}+(?:with|at)\s++(?:some\s++|about\s++|nearly\s++)?", re.IGNORECASE
)


@dataclass
class ShareClaim:
    stated: Quantity
    parts: list[Quantity] = field(default_factory=list)
    part_records: list[Record] = field(default_factory=list)
    whole: Quantity | None = None
    whole_sum: list[Quantity] = field(default_factory=list)  # the whole is the sum of these
    desc: str = ""
    note: str = ""
    how: str = ""
    listed: bool = False  # a brand's level with its market share in brackets, in an article that lists them


# Two levels joined by "and", each with its own noun: "64,210 electric cars and 18,930"
_COORDINATED = re.compile(r"\s{1,3}+(?:(?!and\b|plus\b)[a-zA-Z][\w-]*+\s{1,3}+){1,4}+(?:and|plus)\s{1,3}+")
# ... and a clause after the second that speaks of them together: ", which represents", ", together",
# ", or", ", accounting for"
_TOGETHER_CLAUSE = re.compile(
    r"[^,;.%\d]{0,60}+,\s{0,3}+(?:which\s++(?:together\s++)?(?:represents?|represented|accounts?|accounted|makes?|made|"
    r"is|was|amounts?|amounted|equals?|equalled)|together|combined|"
    r"jointly|accounting|representing|making\s++up|or)\b",
    re.IGNORECASE,
)


def _bracketed_after_level(text: str, q: Quantity) -> bool:
    """A bare percent in brackets right after a level: "selling 754,276 vehicles (22 percent)";
    not after the amount of a change ("an increase of 350 cars (6.4 per cent)": its rate)."""
    m = _LEVEL_THEN_BRACKET.search(text, max(0, q.start - 40), q.start)
    return (
        not q.signed
        and m is not None
        and re.match(r"\s{0,2}\)", text[q.end : q.end + 3]) is not None
        and not _CHANGE_AMOUNT_BEFORE.search(text, max(0, m.start() - 30), m.start())
    )


# A percent alone in brackets after words that say it roughly: "close to a third (32%) of all sales"
_GLOSSED = re.compile(
    r"\b(?:(?:one|two|three|four|a|an)[\s-])?(?:half|thirds?|quarters?|fifths?|tenths?|majority|minority|most)"
    r"\s{0,2}+\(\s{0,2}+$",
    re.IGNORECASE,
)
_GLOSS_SHUT = re.compile(r"\s{0,2}+\)")
# a percent glossed by a closer one in brackets: "nearly 40% (39.6%) of the class"
_PERCENT_GLOSS = re.compile(
    r"\s{0,2}+\(\s{0,2}+(?P<v>\d[\d.,]{0,8}+)\s?+(?:%|per\s?cent|percent)\s{0,2}+\)", re.IGNORECASE
)
_GLOSSED_PERCENT = re.compile(
    r"(?<![\w.,])(?P<v>\d[\d.,]{0,8}+)\s?+(?:%|per\s?cent|percent)\s{0,2}+\(\s{0,2}+$", re.IGNORECASE
)


_NUMERAL = re.compile(r"\d(?:[\d.]|,(?=\d))*+")


def _said_closer(outer: str, inner: str) -> bool:
    """The bracket's percent says the one before it more exactly (within a unit of its last digit):
    "40% (39.6%)", not last year's share beside this year's ("15.1% (14.2%)")."""
    try:
        a, b = float(outer.replace(",", "")), float(inner.replace(",", ""))
    except ValueError:
        return False
    places = len(outer.partition(".")[2])
    return len(inner.partition(".")[2]) > places and abs(a - b) < 10.0**-places


def _past_gloss_bracket(text: str, q: Quantity) -> int:
    """Where the words after a percent start: past the bracket it glosses a word with."""
    m = _GLOSS_SHUT.match(text, q.end)
    if m is not None and _GLOSSED.search(text, max(0, q.start - 30), q.start):
        return m.end()
    g = _PERCENT_GLOSS.match(text, q.end)
    own = _NUMERAL.search(text, q.start, q.end)
    if g is not None and own is not None and _said_closer(own.group(), g.group("v")):
        return g.end()  # "nearly 40% (39.6%) of ...": the words after the gloss
    o = _GLOSSED_PERCENT.search(text, max(0, q.start - 30), q.start) if m is not None else None
    if o is not None and own is not None and _said_closer(o.group("v"), own.group()):
        return m.end()  # the gloss itself: the words after its bracket
    return q.end


# A name, and the verb of its holding, right before a share: "Kessel has ", "and Drevon ", "Lumea took "
_NAME_HOLDS = re.compile(
    r"(?:^|\band\s++|^\s*+)(?-i:[A-Z][\w'’&.-]*+)(?:\s++(?-i:[A-Z][\w'’&.-]*+)){0,2}?\s++"
    r"(?:(?:has|had|holds|held|took|takes|captured|claimed|secured|commands|commanded)\s++)?" + _HEDGE + r"$"
)


def _among_market_shares(doc: Document, index: int) -> bool:
    """The sentence, or the one before it in its paragraph, speaks of market shares."""
    sents = doc.sentences
    here = [sents[index]] + (
        [sents[index - 1]] if index and sents[index - 1].paragraph == sents[index].paragraph else []
    )
    return any(_SHARE_LIST.search(s.text) for s in here)


# A name, a few words, and the word its percent hangs on, right before it: "Orla topped the list with ",
# "followed by Kessel on ", "Tessin took ", "ahead of Vessa at "
_HANGS_ON_WORD = r"(?:with|on|at|took|takes|had|held|holds|claimed|captured)"
# (every repetition possessive, the small words stopping at the word the percent hangs on: linear time)
_NAME_WITH = re.compile(
    r"(?<![\w'’&.-])(?-i:[A-Z][\w'’&.-]*+)(?:\s++(?-i:[A-Z][\w'’&.-]*+)){0,2}+\s++"
    rf"(?:(?!{_HANGS_ON_WORD}\b)[a-z]++\s++){{0,4}}+{_HANGS_ON_WORD}\s++" + _HEDGE + r"$"
)


def _opened_on(doc: Document, figure: Quantity) -> bool:
    """``figure`` is the whole its sentence opens on: "Of a total of 50,000 imported cars, ...", "Out
    of 60,000 cars sold in June, ..." (the words before it make it the whole)."""
    start = doc.sentences[figure.sentence].start
    return _OPENING_OF.fullmatch(blank_brackets(doc.norm[start : figure.start])) is not None


def _opens_on_a_whole(doc: Document, q: Quantity) -> bool:
    """The sentence opens on a whole before ``q``: its first figure, a whole by its opening words."""
    first = next((r for r in doc.in_sentence(q.sentence) if r.is_amount), None)
    return first is not None and first.end <= q.start and _opened_on(doc, first)


def _is_share(doc: Document, q: Quantity, floor: int, listing: bool = False) -> bool:
    """Whether the percent ``q`` is a share; ``listing``: the article gives levels with their
    market shares in brackets ("20,201 units (a 16.2% market share)"), so a bare "(13.5%)" after
    a level is one too."""
    text = doc.norm
    if q.signed and text[q.start : q.start + 1] == "+":
        return False  # "(679,462, +18.2%)": a share is never written with a plus sign; a change is
    before = text[max(floor, q.start - 60) : q.start]
    after = text[_past_gloss_bracket(text, q) : q.end + 40]
    if (glossed := _GLOSSED.search(before)) is not None and _GLOSS_SHUT.match(text, q.end):
        # "making up close to a third (32%) of all sales": the words before the glossed ones
        before = before[: glossed.start()]
    if _STAKE_AFTER.match(text, q.end) and re.search(r"\bshare\b", doc.sentences[q.sentence].text, re.I):
        # "Nissan with 6,378 for a 9.8% stake" among market shares: the same share by another word
        # (never "a 9.7% stake in Daimler", which is owned)
        return True
    if _SHARE_WAS.search(before) and _COMPARED_LEVEL.match(after):
        return True  # "The share was 28.4% against 30.1%": a share set against its earlier level
    if _FROM_BEFORE.search(before) or _CHANGE_AFTER.match(after):
        return False
    if (
        _WITH_SHARE_BEFORE.search(before)
        and _LEVEL_BRACKET.match(text, q.end, min(len(text), q.end + 60))
        and _SHARE_LIST.search(text, doc.sentences[q.sentence].start, q.start)
    ):
        return True  # "followed by Kessel with 11% (1,689 units)" in a sentence of market shares
    if _WITH_LEVEL_AND.search(before) and _SHARE_CONTEXT.search(doc.sentences[q.sentence].text):
        return True  # "followed by Kessel with 5,805 vehicles and 9.7 percent": a name's level and its share
    if _CLASS_THEN_BRACKET.match(text, q.end) and _OPENS_ON_ANOTHER.fullmatch(
        text, doc.sentences[q.sentence].start, q.start
    ):
        return True  # "Another 14.5 percent were full hybrids (2,677 units)"
    if _ranked_with_level(doc, q, before):
        return True  # "Drevon kept third spot, with 7.4 percent or 1,905 cars"
    if _LEVEL_BRACKET.match(text, q.end, min(len(text), q.end + 60)):
        clause = re.split(r"[,;]\s", text[doc.sentences[q.sentence].start : q.start])[-1]
        unchanged = not RISE_WORD.search(clause) and not FALL_WORD.search(clause)
        if (_WITH_SHARE_BEFORE.search(clause) and unchanged) or (
            re.fullmatch(r"\s*(?:(?:and|while|whereas|but|of\s+which|of\s+them|of\s+these)\s+)?" + _HEDGE, clause, re.I)
            and _BE_AFTER_BRACKET.match(text, q.end)
        ):
            # "imported vehicles with 67.43 percent (447,075)" (no verb of change: "grew with 12% (1,200)"
            # is a rise); ", 32.57 percent (215,913) were locally made": the level and its share
            return True
        if _NAME_HOLDS.search(clause) and _among_market_shares(doc, q.sentence):
            # "Kessel has 17.8% (9,327 sales), Drevon 11.3% (5,921)": a name's share, its level in
            # brackets, in a run of market shares
            return True
    if (
        _LEVEL_IN_BRACKET_WITH.search(before)
        and re.match(r"\s{0,2}\)", after)
        and _SHARE_CONTEXT.search(doc.sentences[q.sentence].text)
    ):
        # "followed by Kessel (6,010, 7.0%), Drevon (5,980, 6.9%)": a name's level and its share
        return True
    if (
        not q.signed
        and _OF_WHOLE_SHUT.match(text, q.end)
        and _LEVEL_THEN_BRACKET.search(text, max(0, q.start - 40), q.start)
        and not _CHANGE_AMOUNT_BEFORE.search(text, max(0, q.start - 70), q.start)
    ):
        return True  # "19,400 units registered (15.8% of the market)": the level, then its share of a whole
    if _bracketed_after_level(text, q) and (
        listing
        or _SHARE_CONTEXT.search(doc.sentences[q.sentence].text)
        or re.match(r"\s{0,2}\)\s+of\s+(?:the|all|its)\b", after)
    ):
        # "Toyota had 1,494 units (24.1 percent)" among the market's leaders; "13,752 (52.9%) of the sold cars"
        return True
    far = text[max(doc.sentences[q.sentence].start, q.start - 90) : q.start]
    if re.search(r"\bshares?\b[^.;%]{0,40}\bfrom\s+[\d.]+\s?(?:%|percent)\s+to\s+$", far, re.I):
        return True  # "lifted its market share from 11.5% to 13.2%"
    cue = _CUE_BEFORE.search(before)
    clause = re.split(r"[,;]\s|\band\b", before)[-1] if not cue else before
    if cue is not None and _VERB_OF_A_SHARE.match(cue.group()):
        # a share's own verb governs the percent: "... on a daily selling rate basis representing 35%"
        clause = before[cue.start() :]
    if (
        _NOT_SHARE.search(clause[-40:])
        and not re.search(r"\bshare\b|\bpenetration\b", clause[-40:], re.I)
        # ("a 9.6 percent rise in sales to 3,020 units, taking a 10.00 percent share": "share" after it,
        # and no change in its own comma's clause)
        and not (_SHARE_AFTER.match(after) and not _NOT_SHARE.search(re.split(r"[,;]\s", before)[-1]))
    ):
        return False
    if (
        _SHARE_AFTER.match(after)
        or _OF_FIGURE.match(after)
        or _OR_N_OF_W.match(text, q.end)
        or _N_OF_W_BRACKET.match(text, q.end)
        # "6.1% of all new registrations or 14,640": the share of a whole, said again as its level
        or _OF_DESC_THEN_OR.match(text, q.end)
    ):
        return True
    om = _OF_AFTER.match(after)
    if (
        om
        and re.search(r"(?:,|\band)\s*(?:an?\s+)?" + _HEDGE + r"$", before)
        and (metric_of(om.group("desc")) or _TOTALISH.search(om.group("desc")) or _TARGET_DESC.match(om.group("desc")))
    ):
        # "sold 41,367 units in March, about 11 percent of BYD's March sales", ", a 38.8 percent of",
        # "43,511 units, a 14% increase and 72% of total sales"
        return True
    om = _OF_AFTER.match(after)
    if (
        om
        and re.match(
            r"(?:the|its|their|the\s+group's|the\s+company's)?\s*(?:total|overall|whole|entire)\b",
            om.group("desc"),
            re.I,
        )
        and re.search(r",\s*(?:an?\s+)?$", before)
    ):
        return True  # "128,078 BEVs, 74.9 percent of the total"
    if _LEVEL_OR.search(before):
        return True  # "taking 3,120 units or 18.6 percent": the level's share, said both ways
    if _OF_THESE_THEN_LEVEL.match(text, q.end):
        return True  # "21 percent of those cars, that is, 9,400, were vans"
    opening = text[doc.sentences[q.sentence].start : q.start]
    # (the clause's last words only: a name and its verb sit right before the percent)
    if _opens_on_a_whole(doc, q) and _NAME_WITH.search(blank_brackets(re.split(r"[,;]\s", opening[-120:])[-1])):
        # "Of a total of 50,000 imported cars, Orla topped the list with 20.0% ..., followed by Kessel on
        # 15.0%": names ranked by their percent of the whole the sentence opens on
        return True
    if (_BARE_LEVEL_OR.search(before) or _bracketed_after_level(text, q)) and _OPENS_ON_WHOLE.match(opening):
        # "Of all 9,640 sales, some 7,150 units or 74.2% went to fleets"; "Of the 25,989 cars sold,
        # 13,752 (52.9%) were imported": a level's share of the whole the sentence opens on
        return True
    if _BARE_LEVEL_OR.search(before) and _OF_THEM_AFTER.match(text, q.end):
        return True  # "about 240 or 1.5% of them were coaches": a share of the figure before
    lo = _BARE_LEVEL_OR.search(before)
    if lo is not None:
        # "Private cars number 412,800 or 80.2 percent, vans 41,300 or 8.0
        # percent": a level said again as its share, in a clause with no word of change ("up 500
        # units or 12%" is the change's rate)
        level_at = max(floor, q.start - 60) + lo.start()
        clause = re.split(r"[,;]\s", text[doc.sentences[q.sentence].start : level_at])[-1]
        if (
            not RISE_WORD.search(clause)
            and not FALL_WORD.search(clause)
            and not _CHANGE_AMOUNT_BEFORE.search(text, max(0, level_at - 30), level_at)
            and not _CHANGE_AFTER.match(after)
            and not re.search(r"\bfrom\b[^,;]{0,40}\bto\s+$", clause, re.I)  # "from 10,863 to 14,042 units, or 29.3%"
        ):
            return True
    if (_bracketed_after_level(text, q) or _BARE_LEVEL_OR.search(before)) and _OF_THESE_OPEN.match(opening):
        # "Of these, 13,752 (52.9%) were imported", "Of the total saloon cars, 7,729 or 34.1% were new"
        return True
    sent_start = doc.sentences[q.sentence].start
    if _OF_THESE.match(text, sent_start, q.start) and _OR_LEVEL.match(text, q.end):
        return True  # "Of these, 19.7 percent or 7,146 units were ...": a share of the figure before
    if _or_level_of_desc(doc, q) is not None:
        return True  # "37.4% or 31,470 of the new cars went to private buyers"
    if _clause_bracket(doc, q) is not None:
        return True  # "Of a total of 8,840 vans sold, 6,630 were bought by businesses (75%)"
    if _OR_LEVEL.match(text, q.end) and q.start - sent_start <= 200:
        bare = re.sub(r"\s?\([^()]{0,40}+\)", "", text[sent_start : q.start])  # (asides: "(excluding imports)")
        whole = _WHOLE_THEN.search(bare) if not re.search(r"[%;]", bare) else None
    else:
        whole = None
    if whole is not None:
        # "Out of total sales of 41,250 vehicles, 85.1 per cent or 35,100 units went through dealers":
        # the sentence opens on the whole, then the share and its level
        return _OPENING_OF.fullmatch(bare, 0, whole.start("n")) is not None
    if (wm := _OF_WHAT.match(after)) and _LEVEL_BRACKET.match(text, q.end + wm.end()):
        return True  # "Some 21.3 percent of vehicles (7,700 units) cost ...": the share, then its level
    if cue:
        # a bare "was 21.3 percent" or "reached 26.4%" is only a share when "of ..." follows
        weak = re.search(
            r"(?:" + _WEAK + r")\s+(?:an?\s+)?" + _HEDGE + r"$",
            before,
            re.I,
        )
        # ("the share of diesel cars was 8.5%": "share" before the weak verb makes it strong)
        if not weak or _OF_AFTER.match(after) or re.search(r"\bshare\b", cue.group(), re.I):
            return True
        # "took 16.1 percent (5,822 units) and 10.7 percent (3,881 units) of the market"
        run = _BRACKETED_RUN.match(text, q.end)
        if run is not None and run.end() > q.end and _OF_AFTER.match(text[run.end() : run.end() + 100]):
            return True
        # ", or 54.7 percent" is a share only after "8,117 of the 14,827"
        sent = doc.sentences[q.sentence]
        head = doc.norm[sent.start : q.start]
        return bool(re.search(r",\s*or\s+" + _HEDGE + r"$", before, re.I)) and bool(
            _PART_OF_WHOLE.search(head)
            or _OF_WHICH.search(head)
            or re.match(r"\s*(?:of|out\s+of|among)\s+(?:the|its|these|those|all|a\s+total(?:\s+of)?)?\s*\d", head, re.I)
            or _OPENS_ON_WHOLE.match(head)
        )
    return False


# After a share and its level: "or 31,470 of the newly registered cars", ", or 1,200, of all buses"
_OF_DESC_AFTER_LEVEL = re.compile(
    r"(?:\s{1,3}+(?:units|vehicles|cars))?(?:\s{0,2}+,)?\s{1,3}+(?:out\s{1,3}+)?of\s{1,3}+(?:the|all|its|their)\s{1,3}+"
    r"(?P<desc>(?!total\b)[a-z][^,;.()%\d]{0,80})",
    re.IGNORECASE,
)


def _or_level_of_desc(doc: Document, q: Quantity) -> tuple[Quantity, str] | None:
    """The level a share is said again as, when a described whole follows it: "37.4% or 31,470
    of the new cars", "8 percent, or 1,200, of all buses sold" (no figure: the whole is found by
    that description)."""
    om = _OR_LEVEL.match(doc.norm, q.end)
    if om is None:
        return None
    level = next((o for o in doc.in_sentence(q.sentence) if o.start == om.end() - 1), None)
    if level is None or not level.is_amount or level.unit not in (None, "count"):
        return None
    dm = _OF_DESC_AFTER_LEVEL.match(doc.norm, level.end)
    # (up to the verb of the part's clause: "of the new cars | were bought by private buyers",
    # "of all vehicles sold | went to fleets")
    return (level, _PARTS_VERB.split(dm.group("desc").strip())[0]) if dm is not None else None


_PARTS_VERB = re.compile(r"\s(?:are|is|were|was|went|go|goes|came|come|ran|run|had|have|has|chose|opted)\s")


def _clause_bracket(doc: Document, q: Quantity) -> tuple[Quantity, Quantity] | None:
    """(part, whole) of a percent in brackets closing a part's clause, in a sentence that opens on
    its whole or lists its parts after a colon: "Of a total of 8,840 vans sold, 6,630 were bought
    by businesses (75%) and 2,210 by private owners (25%)"; "60,250 hybrids were registered: 36,150
    company cars (60%) and 24,100 private cars (40%)"."""
    text = doc.norm
    if q.signed or not _SHUT_AFTER.match(text, q.end):
        return None
    mine = doc.in_sentence(q.sentence)
    levels = [o for o in mine if o.end <= q.start and o.is_amount and o.unit in (None, "count")]
    if len(levels) < 2:
        return None
    part = levels[-1]
    if not _WORDS_THEN_BRACKET.fullmatch(text, part.end, q.start):
        return None
    whole = levels[0]
    if whole.value <= part.value:
        return None
    sent = doc.sentences[q.sentence]
    if _OPENING_OF.fullmatch(blank_brackets(text[sent.start : whole.start])):
        return part, whole  # "Of a total of 8,840 vans sold, ..."
    first = next(o for o in levels if o.start > whole.start)
    if ":" in text[whole.end : first.start] and not re.search(r"[%;]", text[whole.end : first.start]):
        return part, whole  # "60,250 hybrids were registered in 2024: 36,150 company cars (60%)"
    return None


_SHUT_AFTER = re.compile(r"\s{0,2}+\)")
# a part's clause up to its share's bracket: " were registered by enterprises (", " company cars ("
_WORDS_THEN_BRACKET = re.compile(r"(?:\s{1,3}+[a-z][a-z'’-]{0,20}+){1,6}+\s{0,2}+\(\s{0,2}+", re.IGNORECASE)


_RANKING = re.compile(RANKING, re.IGNORECASE)
# A share, then the class it is of, then that class's level in brackets: "14.5 percent were full
# hybrids (2,677 units)" (no word of change between: "14 percent were higher (2,677)" is a rise)
_CLASS_THEN_BRACKET = re.compile(
    r"\s{1,3}+(?:were|was|are|is)\s{1,3}+(?!(?:higher|lower|up|down|more|fewer|less)\b)"
    r"(?:[a-z-]{1,20}+\s{1,3}+){0,2}[a-z-]{1,20}+\s{0,2}+\(\s{0,2}+(?=\d)",
    re.IGNORECASE,
)
# ... that opens its sentence as the next slice of a breakdown
_OPENS_ON_ANOTHER = re.compile(
    r"\W{0,3}+(?:another|a\s++further|the\s++remaining|the\s++other|the\s++rest,?)\s++" + _HEDGE, re.IGNORECASE
)


def _ranked_with_level(doc: Document, q: Quantity, before: str) -> bool:
    """A brand's place in a ranking of market shares, said "with N% or LEVEL": the percent the
    level is said as is its share ("came fourth with 6.1 percent or 2,214 units"). Shares must be
    the ranking's subject in that sentence or the one before, and no word of change may govern
    the percent ("grew with 9.3 percent or 1,140 units" is a rise)."""
    if not _WITH_SHARE_BEFORE.search(before) or not _OR_LEVEL.match(doc.norm, q.end):
        return False
    sent = doc.sentences[q.sentence]
    clause = re.split(r"[,;]\s", doc.norm[sent.start : q.start])[-1]
    if RISE_WORD.search(clause) or FALL_WORD.search(clause) or not _RANKING.search(sent.text):
        return False
    prev = doc.sentences[q.sentence - 1].text if q.sentence else ""
    return bool(_SHARE_LIST.search(sent.text) or _SHARE_LIST.search(prev))


# a share and its level in brackets open the clause, then what they count: "32.57 percent (215,913) were"
# ("58% (8,606,522) do not comply", "48% (8,567,694) of the fleet have no insurance": the pair is the
# subject of its clause, with its verb or the whole it is part of)
_BE_AFTER_BRACKET = re.compile(
    r"\s{0,3}+\([^()]{1,30}+\)\s{1,3}+(?:(?:were|was|are|is|do|does|did|have|has|had|remain(?:ed)?)\b|"
    r"of\s+(?:the|all|its|their)\b)",
    re.IGNORECASE,
)
_BRACKET_CLOSE = re.compile(r"^[^()]{0,20}\)")
# A sentence's opening whole up to the share right after it: "Out of total sales of 49,556 vehicles, "
_WHOLE_THEN = re.compile(
    r"(?<![\d,.])(?P<n>\d(?:[\d,. ]{0,14}\d)?)(?:\s{1,3}+[a-z()]{1,20}+){0,4}?\s{0,3}+,\s{0,3}+$", re.I
)
# "Of these, 19.7 percent or 7,146 units": a sentence that opens on the figure before
_OF_THESE = re.compile(
    r"(?:of|out\s+of|among)\s++(?:these|them|this|that|those|the\s+total)\s*+,?\s*+" + _HEDGE + r"$", re.I
)
# "Of these, 13,752 (52.9%)", "Of the cars sold, ...", "Out of this figure, ...": the sentence opens
# on the figure before
_OF_THESE_OPEN = re.compile(rf"(?:{POINTS_BACK_SOME})?{POINTS_BACK_OPENER}", re.IGNORECASE)
_OR_LEVEL = re.compile(r"\s{0,3},?\s{0,3}or\s+(?:about\s+|some\s+|nearly\s+)?\d")
# the words of a whole, then its part: "of its 10,000 NEV sales, or 6,200 units"
_THEN_OR_LEVEL = re.compile(r"(?:\s{1,3}[A-Za-z-]{1,20}){0,3}\s{0,3},\s{0,3}or\s{1,3}\d")
# "21.3 percent of vehicles (7,700 units)", "14.8 percent of buyers (5,348 units)"
# ("61.2% of them (23.3 million units)": of the figure said before)
_OF_WHAT = re.compile(
    r"\s{1,3}of\s+(?:the\s+)?(?:(?:overall|total)\s+)?"
    r"(?:vehicles|cars|buyers|customers|sales|registrations|deliveries|units|volume|market|them|these|those)\b",
    re.IGNORECASE,
)
# the brackets and further shares after a share, up to the "of" that names their whole
_BRACKETED_RUN = re.compile(
    r"(?:\s{0,3}\([^()%]{1,30}\))?(?:\s{0,3}(?:,|and|,\s*and)\s{1,3}[\d.]{1,6}\s?(?:%|percent|per\s?cent)"
    r"(?:\s{0,3}\([^()%]{1,30}\))?){0,4}",
    re.IGNORECASE,
)
# A level governed by a share verb, then its share: "accounting for 2,654 units or 42.4 percent"
_LEVEL_OR = re.compile(
    r"\b(?:accounting\s+for|accounted\s+for|accounts\s+for|representing|represented|making\s+up|made\s+up|"
    r"taking|took|capturing|captured)\s+(?:about\s+|some\s+|nearly\s+)?\d[\d,.]*+(?:\s+[a-z]+){0,2}?\s*+,?\s*+or\s+"
    + _HEDGE
    + r"$",
    re.IGNORECASE,
)
# A name's level, then its share: "followed by Kessel with 5,805 vehicles and 9.7 percent"
_WITH_LEVEL_AND = re.compile(
    r"\bwith\s++(?:about\s+|some\s+)?\d[\d,.]*+(?:\s++[a-z]++){0,2}?\s++and\s++(?:an?\s++)?" + _HEDGE + r"$",
    re.IGNORECASE,
)
# A level with its market share in brackets: "20,201 units (a 16.2% market share)", "4,100 (12% share)"
_SHARE_IN_BRACKETS = re.compile(
    r"\d\s{0,3}(?:[a-z]{1,12}\s{0,3})?\(\s{0,3}(?:an?\s{1,3})?\d[\d.,]{0,5}\s?(?:%|per\s?cent)\s{1,3}(?:market\s{1,3})?share\s{0,3}\)",
    re.IGNORECASE,
)
_OF_THEM_AFTER = re.compile(r"\s{1,3}of\s{1,3}(?:them|these|those)\b", re.IGNORECASE)


def _level_or(text: str, q: Quantity, floor: int) -> bool:
    """A share said after its level: "14,680 or 89.61%"."""
    return _BARE_LEVEL_OR.search(text, max(floor, q.start - 40), q.start) is not None


def _level_at(text: str, q: Quantity, floor: int) -> bool:
    """A share listed after its level, in a list of shares: "192 hybrid vehicles at 1.7%"."""
    return _BARE_LEVEL_AT.search(text, max(floor, q.start - 40), q.start) is not None


# A level and its share said both ways, with no verb before them: "7,150 units or 74.2%"
_BARE_LEVEL_OR = re.compile(
    r"(?<![\d,.])\d[\d,.]*+(?:\s++[a-z]++){0,2}?\s*+,?\s*+or\s++" + _HEDGE + r"$", re.IGNORECASE
)
# ... or "at" it, after a comma of a list: ", 192 hybrid vehicles at 1.7%", "and 257 diesels at 2.2%"
_BARE_LEVEL_AT = re.compile(
    r"(?:,|\band)\s++(?:and\s++)?(?<![\d,.])\d[\d,.]*+(?:\s++[a-z-]++){0,3}?\s++at\s++" + _HEDGE + r"$", re.IGNORECASE
)
# A sentence that opens on the whole its figures are parts of (matched on the sentence's text from
# its start): "Of the 9,640 cars sold,", "In all, out of the combined market volume of 9,640
# cars,", "Among its 8,200 exports,"
_OPENER = r"^\s*+(?:[A-Za-z]++(?:\s++[A-Za-z]++)?,\s*+)?(?:of|out\s++of|among)\s++(?:the\s++|its\s++|their\s++|a\s++)?"
_OPENS_ON_WHOLE = re.compile(
    _OPENER + r"(?:[\w'’-]++\s++){0,5}?(?:of\s++)?\d[^;]*?,\s*+(?:[a-z]++\s++){0,3}?\d", re.IGNORECASE
)
# ... up to its figure, where words describe it: "In all, out of the combined market volume of"
_OPENING_DESCRIBED = re.compile(_OPENER + r"(?:[\w'’-]++\s++){1,5}?of\s++$", re.IGNORECASE)
# ... or on the opener alone: "Of the ", "Out of these ", "Among a total of " (never "Orla Group sales
# of ": a level's own description, however short)
_OPENING_BARE = re.compile(_OPENER + r"(?:(?:these|those|all|total)\s++)?(?:of\s++)?$", re.IGNORECASE)
_OF_THEM = re.compile(r"\s{1,3}+(?:[a-z]++\s++){0,2}?of\s++(?:them|these|those)\b", re.IGNORECASE)
# a share of the figure before, said again as a level right after: "21 percent of those cars, that is,
# 9,400, were vans", "12% of them, or 3,100 units, went abroad"
_OF_THESE_THEN_LEVEL = re.compile(
    r"\s{1,3}+of\s++(?:these|those|them)\b(?:\s++[a-z-]++){0,2}?\s*+,?\s*+(?:that\s++is|i\.e\.|or|namely)"
    r"\s*+,?\s*+(?:some\s++|about\s++)?(?=\d)",
    re.IGNORECASE,
)
# the whole named after the share, then its level: "11.7% of such total, or 1,178,100 units"
_OF_DESC_THEN_OR = re.compile(
    r"\s{1,3}+of\s++(?:such|the|that|this|its|all)\s++(?:[a-z-]++\s++){0,3}?"
    # ("6.0% of all new registrations or 14,430": the comma may go)
    r"(?:total|market|figure|sales|vehicles|units|cars|registrations|deliveries),?\s++or\s++(?:some\s++|about\s++)?(?=\d)",
    re.IGNORECASE,
)
_DATED_AND = re.compile(r"\s{1,3}(?:in|for|during)\s[^%;,.]{1,40}?\sand\s{1,3}", re.IGNORECASE)
# "8,117 of the 14,827"; "40,100 of them", the whole being the figure the sentence before stated
_PART_OF_WHOLE = re.compile(
    r"\d\s+(?:\w+\s+){0,2}of\s+(?:(?:the|its|all|those|these|a\s+total\s+of)?\s*\d|(?:them|these|those)\b)", re.I
)


# the words that make the figure after them a share's whole: "73% of the total ", "15 percent of all "
_WHOLE_OF_A_SHARE = re.compile(
    r"(?:%|\bper\s?cent|\bpercent)\s++of\s++(?:the\s++)?(?:(?:total|overall|entire|whole)\s++|all\s++)?$",
    re.IGNORECASE,
)


def _levels_before(att: Attribution, q: Quantity) -> list[Record]:
    return [r for r in att.records_in(q.sentence) if r.head.end <= q.start]


def _subject_tags(doc: Document, q: Quantity, floor: int) -> dict[str, str]:
    """What a share with no figure in its clause is a share of ("BEVs represented 60.2%")."""
    before = doc.norm[max(floor, q.start - 90) : q.start]
    return tags_of(before)


def _find_by_tags(att: Attribution, tags: dict[str, str], q: Quantity, fam: str) -> Record | None:
    """The one level figure stated nearby for exactly this category."""
    doc = att.doc
    sp = _share_period(att, q)
    cands = []
    for r in att.records_between(q.sentence - 4, q.sentence + 1):
        if r.tags.get(fam) != tags[fam] or not r.head.exact:
            continue
        if any(k not in ("region",) and k != fam and r.tags.get(k) != v for k, v in tags.items()):
            continue
        if any(k not in tags for k in r.tags if k not in ("region", "segment")):
            continue
        if not same_period(sp, period_of(att, r)):
            continue
        cands.append(r)
    values = {r.head.value for r in cands}
    if len(values) != 1:
        return None
    del doc
    return cands[-1]


def _share_period(att: Attribution, q: Quantity) -> frozenset[str]:
    sent = att.doc.sentences[q.sentence]
    # (up to the next figure: "45.5% in the May 1-21 period and 41.2%
    # year-to-date" dates each rate by its own words)
    nxt = next((o.start for o in att.doc.in_sentence(q.sentence) if o.start > q.end), sent.end)
    own = periods_in(att.doc.norm[sent.start : min(sent.end, q.end + 80, nxt)])
    if own:
        return own
    return frozenset({att.dominant_period}) if att.dominant_period else frozenset()


# from a share in words to the figure that glosses it: "More than half of this year's sales, or "
_GLOSSED_BY = re.compile(r"(?:\s{1,3}+[\w'’-]{1,20}+){0,6}?\s{0,3}+,?\s{0,3}+(?:or|\(|—|–)\s{0,3}+", re.IGNORECASE)


def find(att: Attribution) -> list[ShareClaim]:
    doc = att.doc
    text = doc.norm
    out: list[ShareClaim] = []
    listing = _SHARE_IN_BRACKETS.search(text) is not None
    for sent in doc.sentences:
        qs = att.quantities_in(sent.index)
        shares: list[Quantity] = []
        leads: dict[int, Quantity] = {}  # a chained share's first share, whose subject it shares
        prev_end = sent.start
        for i, q in enumerate(qs):
            if q.unit != "percent" or q.value < 0 or q.value > 100:
                prev_end = q.end
                continue
            # "took 16.1 percent (5,822 units) and 10.7 percent (3,881 units)": past a share's level
            prev_share = shares[-1] if shares else None
            if prev_share is not None and prev_share is not qs[i - 1] and i >= 2 and prev_share is qs[i - 2]:
                br = _LEVEL_BRACKET.match(text, prev_share.end, min(len(text), prev_share.end + 60))
                if br is None and (wm := _OF_WHAT.match(text, prev_share.end)) is not None:
                    # ("took 61.2 percent of registrations (9,540 units), and vans for 18.4 percent")
                    br = _LEVEL_BRACKET.match(text, wm.end(), min(len(text), wm.end() + 60))
                if br is not None and br.start("n") == qs[i - 1].start:
                    prev_share = qs[i - 1]  # (the gap is then measured from the bracketed level)
            chained = (
                shares
                and prev_share is qs[i - 1]
                and (
                    re.fullmatch(
                        r"\s*(?:,\s*|\s)(?:and\s+|while\s+|whereas\s+)?(?:[A-Za-z\-]+\s+){0,4}",
                        _BRACKET_CLOSE.sub("", text[qs[i - 1].end : q.start], count=1),
                    )
                    # "45.5% in the May 1-21 period and 41.2% so far this year"
                    or _DATED_AND.fullmatch(text, qs[i - 1].end, q.start)
                )
                and not re.search(
                    r"\b(?:from|to|than|versus|vs|compared|against|up|down|by)\b", text[shares[-1].end : q.start], re.I
                )
                # "(share: 40.7%) reported increases of 4.3%": a change of the part, no share
                and not RISE_WORD.search(text, shares[-1].end, q.start)
                and not FALL_WORD.search(text, shares[-1].end, q.start)
            )
            if not chained and shares and (_level_or(text, q, sent.start) or _level_at(text, q, sent.start)):
                # "some 110 or 0.67% of them ..., 14,680 or 89.61% passenger cars, 1,507 or 9.2% were trucks"
                chained = not re.search(r"[;.]\s", text[shares[-1].end : q.start])
            if not chained and shares and _NEXT_IN_LIST.search(text, max(shares[-1].end, q.start - 60), q.start):
                chained = True  # "Latvia held a 37.2 percent share ..., followed by Estonia with 36.4 percent"
            if not chained and shares and _bracketed_after_level(text, q) and _bracketed_after_level(text, shares[-1]):
                # "13,752 (52.9%) of the sold cars ..., while 12,237 buyers (47.1%) opted for ...": the same form
                chained = not re.search(r"[;.]", text[shares[-1].end : q.start])
            if not chained and shares and shares[-1] is qs[i - 1] and _past_gloss_bracket(text, q) > q.end:
                chained = True  # "nearly 40% (39.6%) of the class": one share said twice
            if chained or _is_share(doc, q, prev_end if i and qs[i - 1].unit == "percent" else sent.start, listing):
                if chained:
                    leads[q.start] = leads.get(shares[-1].start, shares[-1])
                shares.append(q)
            prev_end = q.end
        if not shares:
            continue
        tail = text[shares[-1].end : sent.end]
        # "... 301,000 BEVs and 85,000 PHEVs, making up 78.0 percent and 22.0 percent, respectively"
        if len(shares) >= 2 and _RESPECTIVELY.match(tail):
            levels = _levels_before(att, shares[0])
            if len(levels) >= len(shares):
                parts = levels[-len(shares) :]
                for s, r in zip(shares, parts, strict=True):
                    out.append(ShareClaim(s, [r.head], [r], how="respectively"))
                _whole_for_list(att, out[-len(shares) :], parts)
                continue
        mine = [_one(att, s, sent.start, leads.get(s.start)) for s in shares]
        if (opener := _TOTAL_OPENER.match(text, sent.start, sent.end)) is not None:
            for c in mine:
                # "Of the total registrations in the quarter, Orla took 70,100 or 38.9 percent":
                # a share of the total the sentence opens on, whatever class is said nearer
                c.desc = c.desc or opener.group("desc")
        for c in mine:
            c.listed = listing and (
                _bracketed_after_level(text, c.stated)
                or any(
                    m.start() < c.stated.start and c.stated.end <= m.end()
                    for m in _SHARE_IN_BRACKETS.finditer(text, max(0, c.stated.start - 30), c.stated.end + 20)
                )
            )
        out.extend(mine)
        _list_of_subjects(att, mine)
    return out


def _one(att: Attribution, s: Quantity, floor: int, lead: Quantity | None = None) -> ShareClaim:
    doc = att.doc
    text = doc.norm
    claim = ShareClaim(s)
    after = text[_past_gloss_bracket(text, s) : s.end + 100]
    om = _OF_AFTER.match(after)
    # the whole's own words, up to the verb of the part's clause ("80% of vehicles | are registered
    # to private owners": of vehicles, not of private ones)
    claim.desc = re.split(r"\s(?:are|is|were|was)\s", om.group("desc").strip())[0] if om else ""
    levels = _levels_before(att, s)
    if _TARGET_DESC.match(claim.desc):
        named = next(
            (
                q
                for q in doc.in_sentence(s.sentence)
                if q.start > s.end
                and q.is_amount
                and _TARGET_OF.search(text[s.end : q.start])
                and not re.search(r"\d|;", text[s.end : q.start])
            ),
            None,
        )
        if named is not None and levels and named.exact and levels[-1].head.exact:
            # "It sold 817,860 units ..., and reached 53 percent of its full-year target of 1,530,000"
            claim.parts, claim.part_records, claim.whole = [levels[-1].head], [levels[-1]], named
            claim.how = "progress towards a stated target"
            return claim
        _target(att, claim)
        return claim
    cb = _clause_bracket(doc, s)
    if cb is not None:
        recs = {r.head.start: r for r in att.records_in(s.sentence)}
        if cb[0].start in recs:
            claim.parts, claim.part_records, claim.whole = [cb[0]], [recs[cb[0].start]], cb[1]
            claim.how = "part of the whole its sentence opens on"
            return claim
    # "a 68.5 percent hold on the market or 3,425 of the 5,000 units": the part and its
    # whole said right after the share
    nw = _OR_N_OF_W.match(text, s.end) or _N_OF_W_BRACKET.match(text, s.end)
    if nw is not None:
        recs = {r.head.start: r for r in att.records_in(s.sentence)}
        whole = next((q for q in doc.in_sentence(s.sentence) if q.start == nw.start("w")), None)
        if nw.start("n") in recs and whole is not None:
            part = recs[nw.start("n")]
            claim.parts, claim.part_records, claim.whole = [part.head], [part], whole
            claim.how = "part of whole"
            return claim
    # "21 percent of those cars, that is, 9,400, were vans": the level said after the
    # share is its part, the one level the sentence before stated its whole
    tl = _OF_THESE_THEN_LEVEL.match(text, s.end)
    if tl is not None and s.sentence > 0:
        part = next((r for r in att.records_in(s.sentence) if r.head.start == tl.end()), None)
        if part is not None and part.head.exact:
            whole = level_pointed_at(att, s.sentence, part.head.value, part.head)
            claim.parts, claim.part_records = [part.head], [part]
            claim.whole = whole.head if whole is not None else None
            claim.how = "part of the figure before"
            return claim
    # "Of the 10,106,500 cars sold there, imports made up 11.7% of such total, or 1,178,100 units":
    # the level after "or" is the part, the figure the sentence opens on its whole
    dm = _OF_DESC_THEN_OR.match(text, s.end)
    part = next((r for r in att.records_in(s.sentence) if dm and r.head.start == dm.end()), None)
    if part is not None and part.head.exact:
        sent = doc.sentences[s.sentence]
        first = next((q for q in doc.in_sentence(s.sentence) if q.is_amount), None)
        claim.parts, claim.part_records, claim.how = [part.head], [part], "level after or"
        if (
            first is not None
            and first.start < s.start
            and compatible(first, part.head)
            and first.value > part.head.value
            and _OPENING_OF.fullmatch(blank_brackets(text[sent.start : first.start]))
        ):
            claim.whole = first
        return claim
    # "Kessel (6,010, 7.0%)": the level in the share's own brackets is its part, or none is known
    # (after "ahead of" it is read as a baseline, never as a level of its own)
    bw = _LEVEL_IN_BRACKET_WITH.search(text, max(floor, s.start - 40), s.start)
    if bw is not None and _BRACKET_SHUT_AFTER_SHARE.match(after):
        rec = next((r for r in att.records_in(s.sentence) if bw.start() < r.head.start < s.start), None)
        q = next((q for q in doc.in_sentence(s.sentence) if bw.start() < q.start < s.start), None)
        if rec is None and q is not None and (base := att.base_of.get(q.start)) is not None:
            # "ahead of Kessel (9,610 cars and a market share of 11.2%)": read as the baseline of
            # the level before it, the bracket's figure is the named rival's own level
            owner = base[0]
            rec = Record(head=q, sentence=s.sentence, tags=dict(owner.tags), metric=owner.metric, periods=owner.periods)
        if rec is not None:
            claim.parts, claim.part_records = [rec.head], [rec]
            claim.how = "level in the same brackets"
        return claim
    cm = _CLASS_THEN_BRACKET.match(text, s.end)
    if cm is not None and _OPENS_ON_ANOTHER.fullmatch(text, doc.sentences[s.sentence].start, s.start):
        rec = next((r for r in att.records_in(s.sentence) if r.head.start == cm.end()), None)
        if rec is not None:
            claim.parts, claim.part_records = [rec.head], [rec]
            claim.how = "level of its class in brackets"
            return claim
    # "with 21% market share (3,310 units)", "Ford with 11% (1,689 units)": the level in the
    # bracket right after the share is its part
    bm = _LEVEL_BRACKET.match(text, s.end, min(len(text), s.end + 60))
    if bm:
        rec = next((r for r in att.records_in(s.sentence) if r.head.start == bm.start("n")), None)
        if rec is not None:
            claim.parts, claim.part_records = [rec.head], [rec]
            claim.how = "level in brackets"
            claim.whole = _opening_whole(att, s, rec.head) or _whole_of_which(att, s, rec.head)
            # "48% (8,567,694) of the national fleet": the description after the bracket
            od = _OF_AFTER.match(text[bm.end() : bm.end() + 100])
            claim.desc = od.group("desc").strip() if od else claim.desc
            return claim
    # "Some 21.3 percent of vehicles (7,700 units)": the level in brackets after the share's "of"
    wm = _OF_WHAT.match(text, s.end)
    bm = _LEVEL_BRACKET.match(text, wm.end(), min(len(text), wm.end() + 60)) if wm else None
    # "Of these, 19.7 percent or 7,146 units were ...": the level after "or"
    # ("a market share of 28.19%, or 38,780 new registrations": the same level, said both ways)
    om = _OR_LEVEL.match(text, s.end) if bm is None else None
    if bm is not None or om is not None:
        at = bm.start("n") if bm is not None else om.end() - 1
        rec = next((r for r in att.records_in(s.sentence) if r.head.start == at), None)
        if rec is not None:
            claim.parts, claim.part_records = [rec.head], [rec]
            claim.how = "level in brackets" if bm is not None else "level after or"
            claim.whole = _opening_whole(att, s, rec.head) or _them_said_before(att, s, rec.head)
            if claim.whole is None and not claim.desc and (od := _or_level_of_desc(doc, s)) is not None:
                claim.desc = od[1]  # the whole is found by the words after the level
            return claim
    # "1,095,000 cars were registered, of which 225,000 were BEVs, a 20.5 percent share"
    if (
        len(levels) >= 2
        and _OF_WHICH.search(text[levels[-2].label_end : levels[-1].head.start])
        # ("110 or 0.67% of them were buses, 14,680 or 89.61% cars": two parts, each with its share)
        and not re.search(r"%|\bper\s?cent\b", text[levels[-2].head.end : levels[-1].head.start], re.I)
    ):
        claim.parts, claim.part_records, claim.whole = [levels[-1].head], [levels[-1]], levels[-2].head
        claim.how = "part of whole"
        return claim
    # "56,387 BEVs, 20.5% of its 275,239 new cars"
    fm = _OF_FIGURE.match(after)
    if fm:
        whole = next((q for q in doc.quantities if q.start == s.end + fm.start("n")), None)
        if whole is not None and whole.unit in (None, "count") and levels:
            claim.parts, claim.part_records, claim.whole = [levels[-1].head], [levels[-1]], whole
            claim.how = "part of whole"
            return claim
        if whole is not None and whole.unit in (None, "count"):
            # "BEVs made up 62% of its 10,000 NEV sales": the figure after "of" is the whole;
            # the part is what the subject names, if the article states it elsewhere, or the
            # level said right after the whole ("..., or 6,200 units")
            claim.whole, claim.how = whole, "of the figure that follows"
            om = _THEN_OR_LEVEL.match(text, whole.end)
            said = next((r for r in att.records_in(s.sentence) if om and r.head.start == om.end() - 1), None)
            if said is not None and said.head.value < whole.value:
                claim.parts, claim.part_records, claim.how = [said.head], [said], "the level said after its whole"
                return claim
            tags = tags_of(text[max(floor, s.start - 90) : s.start], prefer_last=True)
            tags.pop("region", None)
            if len(tags) == 1:
                r = _find_by_tags(att, tags, s, next(iter(tags)))
                if r is not None and r.head is not whole and r.head.value < whole.value:
                    claim.parts, claim.part_records = [r.head], [r]
            return claim
    # "It exported 31,200 of them, or 60%": the whole is the one level the sentence before stated
    if levels and _OF_THEM.match(text, levels[-1].head.end) and s.sentence > 0:
        part = levels[-1]
        # (two levels there, "52,000 cars and 9,000 vans", may both be what "them" means)
        whole = level_pointed_at(att, s.sentence, part.head.value, part.head)
        if whole is not None:
            claim.parts, claim.part_records, claim.whole = [part.head], [part], whole.head
            claim.how = "part of the figure before"
            return claim
    # "Of the 48,388 BEVs, 21,530 were bought by fleets, or 44.5 percent" (not "A total of 67,300
    # units were scooters, 4,400 ...": that figure is a part of its own)
    if len(levels) >= 2 and re.search(
        r"(?:^|[.;:]\s*|\b)(?:(?<!total\s)of|out\s+of|among)\s+(?:the|its|these|those|all|a\s+total(?:\s+of)?)?\s*$",
        text[doc.sentences[s.sentence].start : levels[-2].head.start],
        re.I,
    ):
        opening = text[doc.sentences[s.sentence].start : levels[-2].head.start]
        said = tags_of(claim.desc)
        if (
            (_OPENING_BARE.fullmatch(opening) or _OPENING_DESCRIBED.fullmatch(opening))
            and all(levels[-2].tags.get(fam) == v for fam, v in said.items())
            and not _names_the_parts_class(text, levels[-1].head, claim.desc)
        ):
            # (not when the share names a whole of its own: "Of the 215,240 cars it sold, 72,064
            # were hybrids, 73.2 per cent of all hybrids sold in the country")
            claim.parts, claim.part_records, claim.whole = [levels[-1].head], [levels[-1]], levels[-2].head
            claim.how = "part of whole"
            return claim
    # "8,117 of the 14,827 were exported, or 54.7 percent"
    for a, b in itertools.pairwise(levels):
        if re.fullmatch(
            r"\s*(?:[A-Za-z]+\s+){0,2}of\s+(?:the|its|all|those|these|a\s+total\s+of)?\s*",
            text[a.head.end : b.head.start],
        ):
            claim.parts, claim.part_records, claim.whole = [a.head], [a], b.head
            claim.how = "part of whole"
            return claim
    if levels and _OF_WHICH.search(text[levels[-1].label_end : s.start]):
        # "1.2 million units, of which BEVs accounted for 55 percent": the figure is the whole
        r = levels[-1]
        subject = text[levels[-1].label_end : s.start]
        tags = tags_of(subject, prefer_last=True)
        tags.pop("region", None)
        if len(tags) == 1:
            fam = next(iter(tags))
            p = _find_by_tags(att, tags, s, fam)
            # the part must lie inside the whole: every tag of the whole ("exports") it must carry too
            if (
                p is not None
                and p is not r
                and all(p.tags.get(k) == v for k, v in r.tags.items())
                and p.head.value < r.head.value
            ):
                claim.parts, claim.part_records, claim.whole = [p.head], [p], r.head
                claim.how = "of which"
        return claim
    # "Mitsubishi managed a 14.5 percent market share with 901 units": the level the share is said with
    # (not a share listed at its level before it: ", 1,430 petrol cars at 10.0% and 858 ...")
    later = [] if _level_at(text, s, floor) else [r for r in att.records_in(s.sentence) if r.head.start > s.end]
    # "with a 9.6 percent share and 12,480 units sold, then Kessel with 6.3 percent and 8,170
    # units": the level joined to its share by "and"
    am = _SHARE_AND_LEVEL.match(text, s.end)
    if am is not None and later and later[0].head.start == am.end() and later[0].head.exact:
        claim.parts, claim.part_records = [later[0].head], [later[0]]
        claim.how = "the level it is said with"
        return claim
    if later and (
        (later[0].head.exact and _SHARE_WITH.fullmatch(text, s.end, later[0].head.start))
        or (
            # (its clause has no level of its own before it: ", while vans constitute 12.6%, with ...")
            (not levels or re.search(r",\s*(?:while|whereas)\b", text[levels[-1].head.end : s.start]))
            # (a level said "around" keeps its rounding: "61.2% of the fleet, numbering around 0.9
            # million")
            and (later[0].head.exact or later[0].head.hedge == "about")
            and _THEN_ITS_LEVEL.fullmatch(text, s.end, later[0].head.start)
        )
    ):
        claim.parts, claim.part_records = [later[0].head], [later[0]]
        claim.how = "the level it is said with"
        return claim
    if levels and _WHOLE_OF_A_SHARE.search(text, max(0, levels[-1].head.start - 40), levels[-1].head.start):
        # "made up 71% of the total 48,210 ... and 15% of all new cars": the whole of the share
        # before is no part of the next one
        levels = []
    if levels:
        r = levels[-1]
        between = text[r.head.end : s.start]
        # "30,000 were SUVs and 18,200 were sedans, so SUVs accounted for 62.2%": the subject of
        # the share's own clause names the part, whichever figure is nearest.
        named = tags_of(re.split(r"[,;]", between)[-1], prefer_last=True)
        named.pop("region", None)
        if len(named) == 1:
            fam, member = next(iter(named.items()))
            if r.tags.get(fam) != member:
                r = next((x for x in reversed(levels) if x.tags.get(fam) == member), r)
                between = text[r.head.end : s.start] if r is not levels[-1] else between
        # a growth clause of the same figure may stand between it and its share: "47,000 units,
        # up 18% from November, with a 23% share"
        between = _GROWTH_ASIDE.sub(", ", between)
        if (rb := _OWN_RATE_THEN_BRACKET.fullmatch(between)) is not None and (
            RISE_WORD.fullmatch(rb.group("verb")) or FALL_WORD.fullmatch(rb.group("verb"))
        ):
            # "Orla Group sales of 2,630 units decreased 4.0% (26.3% share)": the level's own change,
            # then its share in brackets
            between = " ("
        if _past_gloss_bracket(text, s) > s.end and (o := _GLOSSED_PERCENT.search(between)) is not None:
            between = between[: o.start()]  # "nearly 30% (29.6%)": the gloss's share is the one before it
        # the part's own clause: no other percent, no sentence-level break between
        if not re.search(r"%|\bpercent\b|;|,\s*(?:while|whereas)\b", between) or (
            re.fullmatch(r"[^;]{0,80}", between) and "(" in between[:12]
        ):
            claim.parts, claim.part_records = [r.head], [r]
            claim.how = "figure before"
            if (
                len(levels) >= 2
                and r is levels[-1]
                and _COORDINATED.fullmatch(text, levels[-2].head.end, r.head.start)
                and _TOGETHER_CLAUSE.match(between)
            ):
                # "64,210 electric cars and 18,930 plug-in hybrids, which is 11.7% of its output":
                # the clause after a pair of levels joined by "and" is said of both
                claim.parts, claim.part_records = [levels[-2].head, r.head], [levels[-2], r]
                claim.how = "the figures before, together"
            # "Of the 25,989 cars sold, 13,752 (52.9%) were imported, while 12,237 (47.1%) ...": the
            # whole the sentence opens on
            claim.whole = claim.whole or _opening_whole(att, s, r.head) or _whole_pointed_at(att, s, r.head, lead)
            return claim
    # "Ford was market leader, with 470 cars registered in January. Ford's market share climbed to
    # 13.59%": a company's share said right after the sentence that gave its one level (its whole
    # must then be the market's total, never the company's own figure)
    if not levels and s.sentence > 0:
        sent, prev = doc.sentences[s.sentence], doc.sentences[s.sentence - 1]
        # (a sentence between that gives only how far the level moved, "That's 12 cars more than a
        # year earlier.", leaves the level where it was: the sentence before that)
        if not att.records_in(prev.index) and s.sentence > 1:
            before_prev = doc.sentences[s.sentence - 2]
            if before_prev.paragraph == sent.paragraph and RESTATING_OPENER.match(prev.text):
                prev = before_prev
        who = att.context_company(s.sentence)
        # "This is a market share of 10.4%": the sentence points back at the level just given; so
        # does "That's up 402 cars on last year, with an 8.3 per cent market share"
        pointing = _THIS_IS_A_SHARE.match(text, sent.start, s.start) is not None or (
            RESTATING_OPENER.match(sent.text) is not None
            and _WITH_A.search(text, sent.start, s.start) is not None
            and _SHARE_AFTER.match(text[s.end : s.end + 30]) is not None
        )
        if (
            (who or pointing)
            and prev.paragraph == sent.paragraph
            and (
                pointing
                or _OWN_SHARE.search(text, sent.start, s.start)
                or (
                    (
                        _TOOK_A_SHARE.match(text[sent.start : s.start])
                        # (with no level of its own later in the sentence: "..., having sold 15,527 units")
                        or (
                            _NAMED_WITH_A_SHARE.match(text[sent.start : s.start])
                            and not any(q.is_amount for q in doc.in_sentence(s.sentence) if q.start > s.end)
                        )
                    )
                    and _SHARE_AFTER.match(text[s.end : s.end + 30])
                )
            )
        ):
            mine = [
                r
                for r in att.records_in(prev.index)
                if r.head.start not in att.base_of
                and r.head.exact
                # (a level of no name in a sentence about the same company: "Kessel came second
                # with 7,311 sales")
                and (not who or r.names & who or (not r.names and att.context_company(prev.index) == who))
            ]
            if len(mine) == 1:
                claim.parts, claim.part_records = [mine[0].head], [mine[0]]
                claim.how = _PREVIOUS_LEVEL
                return claim
    # "Van sales slipped 2% to 41,300. Vans made up 12.6% of the market": a class the share's
    # sentence opens on, whose one level the sentence before gave
    if not levels and s.sentence > 0 and (named := _named_level_before(att, s)) is not None:
        claim.parts, claim.part_records = [named.head], [named]
        claim.how = "the level of its class in the sentence before"
        return claim
    # "China Motor was third with a market share of 10.4 percent after its sales rose 37.1 percent
    # to 4,707 units", "Honda, which commands a 7.6 percent market share, saw its sales grow to
    # 3,437 cars": a market share before its subject's one level, later in the sentence
    if not levels and (
        _MARKET_SHARE.search(text, max(floor, s.start - 30), min(len(text), s.end + 20))
        # "which had an 8.9 percent share and sales of 38,822"
        or _SHARE_AND.match(text, s.end)
    ):
        later = [r for r in att.records_in(s.sentence) if r.head.start > s.end and r.head.start not in att.base_of]
        if len(later) == 1 and later[0].head.exact and _level_after(text[s.end : later[0].head.start]):
            claim.parts, claim.part_records = [later[0].head], [later[0]]
            claim.how = "its subject's level after it"
            return claim
    # "Electric cars took a record 6.7% of the market. Buyers took 4,118 of them in March, out of a total
    # of 61,790": a share with no figure of its own sentence, its part and whole given next
    if not levels and (nxt := _part_and_whole_next(att, s)) is not None:
        (claim.parts, claim.part_records), claim.whole = ([nxt[0].head], [nxt[0]]), nxt[1]
        claim.how = "its part and whole said next"
        return claim
    # no figure in the clause: the subject names the part ("the BEV market share fell to 14.4%");
    # a share chained to another that names none of its own takes the first one's ("... 45.5%
    # in May and 41.2% so far this year")
    before = text[max(floor, s.start - 90) : s.start]
    subject = re.split(r"[;]|\bwhile\b|\bwhereas\b", before)[-1]
    if (
        lead is not None
        and not tags_of(text[max(floor, s.start - 40) : s.start])
        and not _NEV_SUBJECT.search(text[max(floor, s.start - 40) : s.start])
    ):
        subject = re.split(r"[;]|\bwhile\b|\bwhereas\b", text[max(floor, lead.start - 90) : lead.start])[-1]
    if _COMBINED.search(subject):
        fams: dict[str, list[str]] = {}
        from factcheck.attribution import _TAG_RE, _TAGS  # local: the tag table is internal

        for m in _TAG_RE.finditer(subject):
            idx = int(next(k for k, v in m.groupdict().items() if v is not None)[1:])
            fam, member, _ = _TAGS[idx]
            if member not in fams.setdefault(fam, []):
                fams[fam].append(member)
        for fam, members in fams.items():
            if len(members) >= 2:
                recs = [_find_by_tags(att, {fam: m}, s, fam) for m in members]
                if all(recs):
                    claim.part_records = [r for r in recs if r]
                    claim.parts = [r.head for r in claim.part_records]
                    claim.how = "combined parts"
                return claim
        return claim
    tags = tags_of(subject, prefer_last=True)
    tags.pop("region", None)
    if len(tags) == 1 or (len(tags) == 2 and "powertrain" in tags):
        # ("the diesel-driven passenger cars (share: 57%)": the powertrain is the slice)
        fam = "powertrain" if "powertrain" in tags else next(iter(tags))
        r = _find_by_tags(att, tags, s, fam)
        if r is not None:
            claim.parts, claim.part_records = [r.head], [r]
            claim.how = "named subject"
    elif not tags and _NEV_SUBJECT.search(subject):
        # "NEV sales made up 45 percent of all new vehicles sold"
        r = _find_nev(att, s, metric_of(subject), back=10 if _PENETRATION.search(subject) else 4)
        if r is not None:
            claim.parts, claim.part_records = [r.head], [r]
            claim.how = "named subject"
    elif not tags and not levels:
        # (its own words: "..., followed by Estonia with"; a share listed after another is of its market)
        r = _level_of_place(att, s, before, lead or s)
        if r is not None:
            claim.parts, claim.part_records = [r.head], [r]
            claim.how = _PLACE_LEVEL
    return claim


# The next name of a list of shares and its share: "followed by Estonia with", "and Drevon at"
_NEXT_IN_LIST = re.compile(
    # ("followed closely by Kessel Cars Tessin Inc. with": a company's full name)
    r"(?:\bfollowed\s+(?:closely\s+|by\s+far\s+)?by|\bahead\s+of|\bthen|,|\band)\s+(?-i:[A-Z][\w'’-]*+)"
    r"(?:\s+(?-i:[A-Z][\w'’.-]*+)){0,3}"
    r"(?:\s+(?:cars|brands|makes|makers|vehicles|models))?\s+(?:with|at|on)\s+(?:an?\s+)?" + _HEDGE + r"$"
    # "..., followed by hybrids at 27.2 percent": a class of the same breakdown
    r"|\bfollowed\s+(?:closely\s+)?by\s+(?:[a-z][\w'’-]*+\s+){0,2}[a-z][\w'’-]*+\s+(?:with|at)\s+(?:an?\s+)?"
    + _HEDGE
    + r"$",
    re.IGNORECASE,
)
_ACCORDING_TO = re.compile(r"\b(?:according\s+to|data\s+from|figures\s+from|said|reported)\b[^,.;]*", re.I)
_PLACE_LEVEL = "the level of the market it names"


def _place_of_clause(att: Attribution, r: Record) -> str | None:
    """The place the clause of a record's figure names ("registrations in Lithuania"), if one."""
    doc = att.doc
    seg = segment(doc, doc.sentences[r.sentence], r.head.start)
    return quals_of(doc.norm[seg[0] : seg[1]]).get("place")


# The clause that names a share's subject: "Latvia held a", ", followed by Estonia with"
_SUBJECT_CLAUSE = re.compile(r"[,;:]|\bfollowed\s+by\b|\bwhile\b|\bwhereas\b|\band\b", re.IGNORECASE)


def _level_of_place(att: Attribution, s: Quantity, subject: str, lead: Quantity) -> Record | None:
    """A market share said of a country or region ("Norway took a 41 percent share of the regional
    market, ahead of Denmark with 31 percent") takes the one level the sentences before gave
    for that place alone ("... deliveries climbed 12 percent to 14,200 cars" in a clause naming
    Latvia): exact, reached (no baseline), its clause naming no other place and no company."""
    doc = att.doc
    text = doc.norm
    if not _MARKET_SHARE.search(text, max(0, lead.start - 40), min(len(text), lead.end + 60)) and not re.match(
        # (or of the region's total: "Lithuania accounted for 41.7% of the total")
        r"\s+(?:(?:market\s+)?share\s+)?of\s+the\s+(?:(?:[\w-]+\s+){0,3}market|(?:regional\s+|overall\s+)?total\b)",
        text[lead.end : lead.end + 60],
        re.I,
    ):
        return None
    clause = _SUBJECT_CLAUSE.split(subject)[-1]
    place = quals_of(clause).get("place")
    if place is None and re.match(r"\s*+(?:it|its)\b", clause, re.I):
        # "With Lithuania now the largest Baltic market, it took 40.2% of the total"
        # (a country named with the region it lies in is that country)
        named = [p for p in (quals_of(subject).get("place") or "").split("+") if p and p not in REGION_PLACES]
        place = named[0] if len(named) == 1 else None
    if place is None or "+" in place:
        return None
    found = []
    # the sentences before, else the few after ("German brands took 44 percent of the market,
    # ahead of French brands at 21 percent. French brand sales slid 3 percent to 6,720 ...")
    before = att.records_between(s.sentence - 6, s.sentence - 1)
    para = doc.sentences[s.sentence].paragraph
    after = [
        r
        for r in att.records_between(s.sentence + 1, s.sentence + 6)
        if doc.sentences[r.sentence].paragraph <= para + 1
    ]
    for r in [*before, *(after if not any(_place_of_clause(att, b) == place for b in before) else [])]:
        if not r.head.exact or r.head.start in att.base_of or r.head.unit not in (None, "count"):
            continue
        sources = " ".join(m.group() for m in _ACCORDING_TO.finditer(doc.sentences[r.sentence].text)).lower()
        if any(n not in sources for n in r.names):
            continue  # a company's level, not the market's (whoever is cited for it)
        if _place_of_clause(att, r) == place:
            found.append(r)
    return found[-1] if found and len({r.head.value for r in found}) == 1 else None


# "Of the 14,949,795 vehicles inspected, 58% (8,606,522) ...", "Among its 900,000 sales, ...": the
# sentence opens on the whole its shares are of
_OPENING_OF = re.compile(WHOLE_OPENER, re.IGNORECASE)


def _whole_pointed_at(att: Attribution, s: Quantity, part: Quantity, lead: Quantity | None = None) -> Quantity | None:
    """The whole "Of these, 1,310 (61.2%) ..." points at: the one level, larger than the part, of
    the sentence before in the same paragraph; or "110 or 0.67% of them" (said of the first share of
    a list), of the sentence before, in this paragraph or the one before."""
    sent = att.doc.sentences[s.sentence]
    first = lead or s
    if (said := _them_said_before(att, first, part)) is not None:
        return said
    if _OF_THEM_AFTER.match(att.doc.norm, first.end):
        whole = level_pointed_at(att, sent.index, part.value, part, reach=2)
        return whole.head if whole is not None else None
    if not _OF_THESE_OPEN.match(att.doc.norm, sent.start, s.start):
        return None
    whole = level_pointed_at(att, sent.index, part.value, part)
    return whole.head if whole is not None else None


def _them_said_before(att: Attribution, s: Quantity, part: Quantity) -> Quantity | None:
    """The whole "of them" points at in the share's own sentence: its one level before the share,
    larger than the part ("the fleet counts 38 million cars, 61.2% of them (23.3 million units) ...",
    "Kessel sold 42,000 cars, 60.5% of them, or 25,410 units, abroad")."""
    if not _OF_THEM_AFTER.match(att.doc.norm, s.end):
        return None
    text = att.doc.norm
    before = [
        r.head
        for r in att.records_in(s.sentence)
        if r.head.end <= s.start and r.head.value > part.value and compatible(r.head, part)
    ]
    # (never the share's own level: "about 240 or 1.5% of them")
    if len(before) != 1 or _ITS_OWN_LEVEL.fullmatch(text, before[0].end, s.start):
        return None
    return before[0]


_ITS_OWN_LEVEL = re.compile(
    r"(?:\s{1,3}+[a-z]++){0,3}\s{0,3}+,?\s{0,3}+(?:or|i\.e\.|\()\s{0,3}+(?:about\s++|some\s++)?", re.I
)


_OUT_OF_TOTAL = re.compile(r"[^.;%\d]{0,50}?\bout\s++of\s++(?:a\s++total\s++of\s++|the\s++)?$", re.I)
_MAKING_UP_OF = re.compile(r"[^.;%\d]{0,80}?\b(?:making\s++up|accounting\s++for|being|were)\s++$", re.IGNORECASE)


def _part_and_whole_next(att: Attribution, s: Quantity) -> tuple[Record, Quantity] | None:
    """The part and whole of a share said in the next sentence, when the share's own sentence
    gives no figure: "4,118 electric cars found buyers, out of a total of 61,790", "In all, 61,790
    vehicles were sold, with battery electric cars making up 4,118 of them". The part must
    be of the class the share's sentence names, if it names one."""
    doc = att.doc
    sent = doc.sentences[s.sentence]
    if any(q.is_amount for q in doc.in_sentence(s.sentence)) or s.sentence + 1 >= len(doc.sentences):
        return None
    nxt = doc.sentences[s.sentence + 1]
    if nxt.paragraph - sent.paragraph > 1:
        return None
    qs = [q for q in doc.in_sentence(nxt.index) if q.is_amount]
    recs = {r.head.start: r for r in att.records_in(nxt.index)}
    if len(qs) != 2 or not compatible(qs[0], qs[1]) or not all(q.exact for q in qs):
        return None
    a, b = qs
    if _OUT_OF_TOTAL.fullmatch(doc.norm, a.end, b.start):
        part, whole = a, b
    elif _MAKING_UP_OF.fullmatch(doc.norm, a.end, b.start) and re.match(r"\s{1,3}+of\s++them\b", doc.norm[b.end :]):
        part, whole = b, a
    else:
        return None
    rec = recs.get(part.start)
    if rec is None or part.value >= whole.value:
        return None
    said = tags_of(doc.norm[sent.start : s.start]).get("powertrain")
    if said is not None and tags_of(doc.norm[nxt.start : min(nxt.end, part.end + 30)]).get("powertrain") != said:
        return None  # the share is of a class its part's words do not name
    return rec, whole


def _stems(text: str) -> set[str]:
    """The words of ``text``, lower-cased, a plural's "s" dropped ("hybrids" is "hybrid")."""
    return {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z][\w-]+", text)}


# The words that say of a part only that it was counted: no class of its own
_GENERIC_CLASS_WORDS = frozenset(_stems("were was are is units unit vehicles vehicle cars car new sold of the them"))


def _names_the_parts_class(text: str, part: Quantity, desc: str) -> bool:
    """The share's description names the class the part's own words give it ("72,064 were
    hybrids, ... 71.8 per cent of all hybrids sold"): a share of that class's total, not of the
    figure the sentence opens on."""
    own = re.split(r"[,;(]", text[part.end : part.end + 60])[0]
    return bool((_stems(own) - _GENERIC_CLASS_WORDS) & _stems(desc))


def _opening_whole(att: Attribution, s: Quantity, part: Quantity) -> Quantity | None:
    """The whole a sentence opens on ("Of the 8.5 million vehicles without insurance, 79% ..."),
    when it is the sentence's first figure and larger than the part."""
    first = next((q for q in att.doc.in_sentence(s.sentence) if q.is_amount), None)
    if first is None or first.start >= s.start or first is part or not compatible(first, part):
        return None
    if not _opened_on(att.doc, first) or first.value <= part.value:
        return None
    # the whole's clause ends before the share, or before the first of the parts the share's list
    # runs through: "Of the 900,000 vehicles sold, 79%"; "Of the 25,989 cars sold, 13,752 (52.9%)
    # were imported, while 12,237 (47.1%) ..."
    nxt = next(q for q in att.doc.in_sentence(s.sentence) if q.start >= first.end)
    gap = blank_brackets(att.doc.norm[first.end : nxt.start])
    if not re.fullmatch(r"[^%;\d]{0,80},\s*(?:an?\s+)?" + _HEDGE, gap, re.I):
        return None
    return first


# A share with its level in brackets, "73% (63,100)", an earlier item of a list of them
_BRACKETED_SHARE = re.compile(r"\d[\d.,]{0,8}+\s?(?:%|per\s?cent|percent)\s{0,3}+\([^()]{1,40}+\)", re.IGNORECASE)
# "..., of which" then the list of shares, up to the share in hand
_OF_WHICH_CUE = re.compile(r"\b(?:of\s++which|of\s++them|of\s++these|among\s++(?:them|which))\b", re.IGNORECASE)


def _whole_of_which(att: Attribution, s: Quantity, part: Quantity) -> Quantity | None:
    """The level "of which" points back at, for a share with its level in brackets: "86,300
    cars were imported, of which 73% (63,100) were used, and 27% (23,200) new"."""
    text = att.doc.norm
    before = [
        q
        for q in att.doc.in_sentence(s.sentence)
        if q.is_amount and q.end <= s.start and q is not part and text[q.start - 1 : q.start] != "("
    ]
    if not before:
        return None
    q = before[-1]  # (the levels of the shares before, in their brackets, skipped)
    gap = _BRACKETED_SHARE.sub(" ", text[q.end : s.start])
    cue = _OF_WHICH_CUE.search(gap)
    if cue is None or cue.start() > 60 or len(gap) > 140 or re.search(r"[\d%;()]", gap):
        return None
    return q if compatible(q, part) and q.exact and q.value > part.value else None


# A bare percent in brackets right after a level ("selling 754,276 vehicles (22 percent)") is that
# level's share where the sentence ranks the market ("leading", "led with", "followed by", "market share")
_LEVEL_THEN_BRACKET = re.compile(
    r"(?<![\d,.])\d[\d,.]*+(?:\s{1,3}+(?:new\s+|passenger\s+|commercial\s+)?"
    r"(?:units|vehicles|cars|registrations|buyers|customers|trucks|SUVs|vans|pickups))?"
    # ("19,400 units registered (15.8% of the market)": the level's own participle, "were sold" too)
    r"(?:\s{1,3}+(?:(?:were|was)\s{1,3}+)?(?:registered|sold|delivered|shipped))?\s{0,2}+\(\s{0,2}+$"
)
# the whole a bracketed share names before the bracket shuts: "(15.8% of the market)"
_OF_WHOLE_SHUT = re.compile(
    r"\s{1,2}+of\s{1,2}+(?:the\s++|all\s++|its\s++)?(?:[a-z-]++\s++){0,2}?"
    r"(?:market|total|sales|segment|registrations|deliveries)\s{0,2}+\)",
    re.IGNORECASE,
)
# After a share: ", or 4,806 of the 6,210 units", " or 2,403 out of 6,210 vehicles"
_OR_N_OF_W = re.compile(
    r"[^.;%\d]{0,40}?(?:,\s*+|\s)or\s++(?P<n>\d[\d,.]*+)\s++(?:[a-z]++\s++){0,2}?(?:of|out\s++of)\s++"
    r"(?:the\s++|all\s++|its\s++)?(?P<w>\d[\d,.]*+)",
    re.IGNORECASE,
)
# ... or in brackets closing the share's clause: "72 per cent of the coaches registered ran on diesel
# (306 out of 425)", "nearly a third of buyers chose a hybrid (3,120 of 9,870)"
_N_OF_W_BRACKET = re.compile(
    r"[^.;%()]{0,80}+\(\s{0,2}+(?P<n>\d[\d,.]*+)\s{1,3}+(?:[a-z]++\s{1,3}+)?(?:out\s{1,3}+)?of\s{1,3}+"
    r"(?:the\s{1,3}+|all\s{1,3}+)?(?P<w>\d[\d,.]*+)[^()]{0,30}+\)",
    re.IGNORECASE,
)
# The level in the same brackets, before the share: "Kessel (6,010, 7.0%)", "Drevon (5,980 units, 6.9%)"
# the bracket shut right after its share, or after the share's own noun ("38.82% share)")
_BRACKET_SHUT_AFTER_SHARE = re.compile(r"\s{0,2}+(?:(?:market\s{1,3}+)?share\s{0,2}+)?\)", re.IGNORECASE)
_LEVEL_IN_BRACKET_WITH = re.compile(
    r"\(\s{0,2}+\d(?:[\d.]|,(?=\d))*+(?:\s{1,3}+(?:units|vehicles|cars|registrations|sales))?\s{0,2}+"
    # "(6,010, 7.0%)", "(9,610 cars and a market share of 11.2%)", "(7,480 cars with a share of 8.7%)"
    # ("(15 and 10.7%)" in a sentence of market shares)
    # ("(24,360 vehicles; 40% share)")
    r"(?:[,;]|(?<=\s)(?:and|with)\s{1,3}(?:an?\s{1,3})?(?:market\s{1,3})?share\s{1,3}(?:of\s{1,3})?|(?<=\s)and\s)\s{0,2}+$",
    re.IGNORECASE,
)
_CHANGE_AMOUNT_BEFORE = re.compile(CHANGE_AMOUNT_BEFORE, re.IGNORECASE)
_SHARE_CONTEXT = re.compile(
    r"\bmarket\s+(?:share|leader)|\bleading\b|\bled\s+(?:with|the\s+market)\b|\bfollowed\s+by\b|\bof\s+total\b"
    r"|%\s{0,2}+of\s++the\s++(?:market|total|segment)\)"
    # ("Drevon sold 6,000 cars for a 12.0% share, Halden 4,000 (8.0%)": a share said in so many words;
    # "Orla topped the list with 20.1%")
    r"|\d\s?+(?:%|per\s?+cent|percent)\s++share\b|\btopped\s++the\s++(?:list|ranking|chart|table)\b",
    re.IGNORECASE,
)
_SHARE_LIST = re.compile(r"\bmarket\s+(?:share|leader)|\bshare\s+of\s+the\s+market", re.IGNORECASE)
_MARKET_SHARE = re.compile(r"\bmarket\s+share\b", re.IGNORECASE)
_SHARE_AND = re.compile(r"\s{1,3}share\s+and\s", re.IGNORECASE)
# Between a market share and its subject's level: no other figure and no new sentence subject, the
# level reached by a verb ("to 4,707 units", "sold 3,437")
_THIS_IS_A_SHARE = re.compile(
    r"(?:this|that|it)(?:'s|\s++(?:is|was|represents|represented|equals|means|gives\s++it))\s++(?:an?\s++)?"
    r"(?:(?:market|overall)\s++)?share\s++of\s++(?:about\s++|some\s++|nearly\s++|almost\s++)?$"
    # "These accounted for 41.33% of the industry's total", "That made up 12% of the market"
    r"|\W{0,3}+(?:this|that|these|those|it|they)\s++(?:accounted\s++for|account\s++for|made\s++up|make\s++up|"
    r"represented|represent|comprised)\s++(?:about\s++|some\s++|nearly\s++|almost\s++)?$"
    # "That gave it a 33.9% share of the market", "This left the brand with a 12% share"
    # "The share was 28.4% against 30.1%", "Its market share stood at 9.2%": the share of the
    # subject the sentence before gave a level of
    rf"|\W{{0,3}}+(?:the|its|their)\s++(?:market\s++)?share\s++{_SHARE_STANDS}\s++"
    r"(?:about\s++|some\s++|nearly\s++|almost\s++)?$"
    r"|\W{0,3}+(?:this|that)\s++(?:gave|gives|brought|brings|put|puts|left|leaves|lifted|lifts)\s++"
    r"(?:it|them|the\s++(?:brand|company|maker|carmaker|group))\s++(?:with\s++)?(?:an?\s++)?"
    r"(?:about\s++|some\s++|nearly\s++|almost\s++)?$",
    re.IGNORECASE,
)
_OWN_SHARE = re.compile(r"(?:'s|\bits|\btheir)\s+(?:market\s+)?share\b", re.IGNORECASE)
_WITH_A = re.compile(r"\bwith\s++(?:an?\s++)?(?:about\s++|some\s++|nearly\s++|almost\s++)?$", re.IGNORECASE)
# "The brand held a 12.2% market share in the half": the company the sentence before spoke of
# holds a share, said before the figure
_TOOK_A_SHARE = re.compile(
    rf"^\W{{0,3}}+(?:the\s{{1,3}}+(?:{'|'.join(COMPANY_NOUNS)})|it|they)\s{{1,3}}+(?:also\s{{1,3}}+)?"
    r"(?:took|takes|had|has|held|holds|captured|secured|claimed|won|gained|grabbed|commanded|enjoyed)\s{1,3}+"
    r"(?:an?\s{1,3}+)?(?:about\s+|some\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)
# "Orla still leads with a 33.3 percent market share", "Kessel holds an 18 percent market share",
# "Honda ended 2025 with 14-percent market share": a named company's share, said with no figure of its own
_NAMED_WITH_A_SHARE = re.compile(
    # (after an opening clause: "Despite lower volume, Orla still leads with ...")
    r"^\W{0,3}+(?:[^,;%\d]{1,80}+,\s++)?[A-Z][\w&'’-]*+(?:\s++[A-Z][\w&'’-]*+)?\s++"
    r"(?:(?:[A-Za-z'’-]++|(?:19|20)\d\d)\s++){0,8}?"
    r"(?:with|holds?|held|has|had|took|takes|claimed|captured|commanded|secured)\s++(?:an?\s++)?"
    r"(?:(?:notable|healthy|dominant|solid|strong|combined|total|overall|leading)\s++)?(?:about\s++|some\s++|nearly\s++|almost\s++)?$"
)
_PREVIOUS_LEVEL = "its level in the sentence before"
_SHARE_WITH = re.compile(
    # ("won 6.4% of the market with 3,310 units", "took 5.1% of the segment with 2,968")
    # ("a share of 21.6 per cent with 2,011 registrations": the share word before it)
    # ("a market share of 27.3% for 9,904 cars sold", "a 9% share of the market for 2,410 units")
    r"(?:\s{0,3}+(?:in\s{1,3}+)?(?:market\s+)?share)?"
    # ("were 80.9% of the sales with 99,500 units": the whole named by what it counts)
    r"(?:\s{0,3}+of\s{1,3}+the\s{1,3}+(?:[a-z]++\s{1,3}+){0,3}(?:market|segment|sales|registrations|deliveries|total))?"
    r"\s{0,3}+(?:,\s{0,3}+)?(?:with|on|for)\s{1,3}+(?:about\s+|some\s+|just\s+)?"
    # ("a 13.2 percent share with sales of 2,995", "a share of 11.9 percent, with its sales rising 2.2
    # percent to 2,684": the subject's own level, or the level its sales moved to)
    r"(?:(?:its\s++|their\s++)?(?:sales|registrations|deliveries|imports)\s++"
    r"(?:of|(?:rising|falling|growing|climbing|dropping|slipping|sliding|edging\s++(?:up|down))\s++(?:by\s++)?"
    r"\d{1,3}+(?:\.\d{1,2}+)?\s?(?:%|percent|per\s?cent)\s++to)\s++(?:about\s+|some\s+)?)?",
    re.IGNORECASE,
)
# ... or after the words of the share's own clause: "80% of vehicles are private cars, totaling 1.947
# million", "vans make up 12.6%, with 304,600 vehicles"
_THEN_ITS_LEVEL = re.compile(
    r"(?:\s{1,3}+(?:of\s++)?[a-z][\w'’-]*+){0,8}?"
    # (", importing 1,961,100 units", ", selling 4,100 cars": the level its subject moved)
    # (", at 21,330 units": the level the share stands at)
    r"(?:\s{0,3}+,\s{0,3}+(?:totall?ing|numbering|amounting\s+to|with|at|importing|exporting|selling|shipping|"
    r"delivering|registering)|"
    # ("form 3% of all vehicles, with a count of 8,120"; "2.2% with a total of 6,000")
    r"\s{0,3}+,?\s{0,3}+with\s{1,3}+an?\s{1,3}+(?:count|total|tally)\s{1,3}+of)\s{1,3}+"
    r"(?:about\s+|some\s+|nearly\s+|around\s+)?",
    re.IGNORECASE,
)
_LEVEL_VERB_END = re.compile(
    r"\b(?:to|sold|selling|sales\s+of|deliver(?:ed|ing)|registered|registering)\s{1,3}+(?:some\s+|about\s+)?$",
    re.IGNORECASE,
)


def _level_after(gap: str) -> bool:
    """What stands between a market share and its subject's level: one clause ("after its sales
    rose 37.1 percent to"), ending in the verb or "to" that reaches the level."""
    return len(gap) <= 120 and ";" not in gap and ":" not in gap and bool(_LEVEL_VERB_END.search(gap))


_LEVEL_BRACKET = re.compile(
    # ("73% (63.1 thousand)": a level may carry its scale word)
    LEVEL_IN_BRACKETS
    # ("30 percent (3,600 trucks)", "71.6% (94.1 GWh)": any class of vehicle, or a battery's energy)
    + r"\s{0,3}+(?:(?:thousand|million|lakh|crore|mn|k)\b\s{0,3}+)?"
    + rf"(?:units?|sales|registrations|deliveries|{'|'.join(VEHICLE_NOUNS)}|[GMk]Wh\b)?\s{{0,3}}+\)",
    re.IGNORECASE,
)
_SHARE_AND_LEVEL = re.compile(
    # ("and sales of 38,822", "and a record 2,140 cars sold")
    r"\s{0,3}+(?:(?:market\s++)?share\s++)?and\s++(?:(?:sales|registrations|deliveries)\s++of\s++|an?\s++record\s++)?(?=\d)",
    re.IGNORECASE,
)
# the level's own verb and change, then the bracket its share is in: " units decreased 4.0% (",
# " cars had increased by 4.9 per cent (", or the clause that takes the share: " units had increased
# 4.9% compared to the same month a year ago, capturing a market share of "
_OWN_RATE_THEN_BRACKET = re.compile(
    r"(?<![\s\w])\s*+(?:[a-z]++\s++){0,2}?(?:had\s++|has\s++)?(?P<verb>[a-z]++)\s++(?:by\s++)?[+\-]?\d{1,4}+(?:\.\d{1,3}+)?"
    r"\s?(?:%|percent\b|per\s?cent\b)"
    r"(?:\s++(?:compared\s++(?:to|with)|from|on|over|against)\s++(?:[^,;%\d()]|(?<!\d)(?:19|20)\d\d\b){1,40}+)?"
    r"(?:\s*+\(\s*+|\s*+,\s*+(?:capturing|taking|securing|claiming|holding|with|for)\s++(?:a|an)\s++"
    r"(?:(?:market\s++)?share\s++of\s++)?)",
    re.IGNORECASE,
)
_GROWTH_ASIDE = re.compile(
    # ("Selling 2,140 units, hybrids rose by +18.5%, and made up 4.1%": the change of the same
    # figure, its subject said again)
    r",\s*(?:(?:(?:the\s+number\s+of|its|their)\s+)?(?:[a-z\-]+\s+){0,3}?(?:grew|rose|increased|climbed|jumped|fell|"
    r"declined|dropped)\s+(?:by\s+)?[+\-]?|(?:up|down)(?:\s+by)?|rising|falling|"
    # ("..., a yearly drop of 2.6 percent, and a market share of 31.5 percent")
    r"an?\s+(?:annual\s+|yearly\s+|monthly\s+)?(?:rise|drop|increase|decrease|decline|fall|gain|growth)\s+of)\s*[\d.]+\s?"
    r"(?:%|percent)"
    r"(?:\s+(?:from|on|over|year[- ]on[- ]year|year[- ]over[- ]year|month[- ]on[- ]month|yoy|y/y)[^,;%\d]{0,30}?)?"
    # ("..., up 8.1% on volume and up 6.5% on a selling-day basis, which represents ...": one
    # change measured two ways)
    r"(?:\s+and\s+(?:up|down)(?:\s+by)?\s*[\d.]+\s?(?:%|percent)(?:\s+on\s[^,;%\d]{0,30}?)?){0,2}"
    # "..., up 31.0% on April last year to secure a 15.2% market share": the share is the figure's too
    # ("..., up by 4.1% with a 14.3% market share": the share is the figure's too)
    r"(?:\s*,|\s+(?=to\s+(?:secure|take|claim|hold|capture|reach|achieve|gain|give\s+it)\b)|\s+(?=with\s+an?\s)|"
    # ("..., up 4.4 percent for a share of 12.8 percent", "..., and a market share of 31.5 percent")
    r"(?:\s*+,)?\s++(?=(?:and\s++|for\s++)an?\s++(?:[a-z]++\s++)?(?:market\s++)?share\b)|"
    # ("... on a daily basis representing 33.3 percent": the share's participle, its comma left out)
    r"\s+(?=(?:representing|accounting\s+for|making\s+up)\s)|"
    # "Toyota: 21,296 units, down 4.0% YoY; market share 32.7%": a list line's next field, no new subject
    # (or its bracket: "Orla: 8,120 units, up 9.1% on the year (market share 27.2%)")
    r"\s*[;:(](?=\s*(?:a\s+)?(?:market\s+)?share\b))",
    re.IGNORECASE,
)
# "53 percent of its full-year sales target of 1,530,000 units": the whole follows its name
_TARGET_OF = re.compile(r"\b(?:target|goal)\s+of\s+$", re.IGNORECASE)
_TARGET_DESC = re.compile(r"^(?:this|its|the|their|that)\s+(?:[\w'’-]+\s+){0,5}(?:target|goal)\b", re.I)
_TARGET_CTX = re.compile(r"\b(?:target|goal|aims?|aiming|plans?|guidance)\b", re.I)


def _target(att: Attribution, claim: ShareClaim) -> None:
    """ "Having achieved 77% of this target": the year-to-date figure over the stated target."""
    s = claim.stated
    whole = next(
        (
            r
            for r in reversed(att.records_between(s.sentence - 2, s.sentence))
            if s.sentence - 2 <= r.sentence <= s.sentence
            and r.head.end <= s.start
            and _TARGET_CTX.search(r.context)
            and r.head.exact
        ),
        None,
    )
    if whole is None:
        return
    before = [r for r in att.records_in(s.sentence) if whole.head.end <= r.head.start and r.head.end <= s.start]
    if before:
        # "it aims to deliver 350,000 ...; it had delivered 250,000, or 71 percent of the goal"
        claim.parts, claim.part_records, claim.whole = [before[-1].head], [before[-1]], whole.head
        claim.how = "progress towards a stated target"
        return
    part = next(
        (
            r
            for r in reversed(att.records_between(whole.sentence - 3, whole.sentence))
            if whole.sentence - 3 <= r.sentence <= whole.sentence
            and r.head.end <= whole.head.start
            and r.head.exact
            and any(p.startswith("ytd") for p in r.periods)
            and same_company(r.names, whole.names)
        ),
        None,
    )
    if part is None:
        return
    claim.parts, claim.part_records, claim.whole = [part.head], [part], whole.head
    claim.how = "progress towards a stated target"


_OF_FIGURE = re.compile(r"^\s*of\s+(?:its|the|their|all|a\s+total\s+of)?\s*(?P<n>\d[\d,.]*)", re.I)
_OF_WHICH = re.compile(
    r"\b(?:of\s+which|of\s+them|of\s+these|among\s+(?:them|which))\b|"
    r"\bwith\s+(?:the\s+)?[A-Za-z\-]+(?:\s+[A-Za-z\-]+)?\s+(?:accounting|making|representing|taking|contributing)\b",
    re.I,
)
_NEV_SUBJECT = re.compile(r"\b(?:new[- ]energy\s+vehicles?|nevs?)\b", re.I)


_PENETRATION = re.compile(r"\bpenetration\b", re.IGNORECASE)


def _find_nev(att: Attribution, q: Quantity, metric: str | None, back: int) -> Record | None:
    sp = _share_period(att, q)
    # (a penetration rate may close a report whose NEV figures opened it: ten sentences back)
    cands = [
        r
        for r in att.records_between(q.sentence - back, q.sentence)
        if r.nev
        # ("passenger NEV retail sales": passenger cars are the whole market's scope, no split of NEVs)
        and set(r.tags.items()) <= {("segment", "passenger")}
        and r.head.exact
        and q.sentence - back <= r.sentence <= q.sentence
        and (metric is None or r.metric == metric)
        and same_period(sp, period_of(att, r))
        and sp
    ]
    values = {r.head.value for r in cands}
    return cands[-1] if len(values) == 1 else None


def _list_of_subjects(att: Attribution, claims: list[ShareClaim]) -> None:
    """ "BEVs represented 60.2%, PHEVs 30.4% and EREVs 9.4%": shares adding to 100 split a whole
    that is the sum of the parts."""
    found = [c for c in claims if c.how == "named subject" and len(c.parts) == 1]
    if len(found) < 2 or len(found) != len(claims):
        return
    fams = {next(iter(k for k in c.part_records[0].tags if k != "region"), None) for c in found}
    if len(fams) != 1 or None in fams:
        return  # (two shares of one subject, "45.5% in May and 54.3% year-to-date", split nothing)
    if len({period_of(att, r) for c in found for r in c.part_records}) > 1:
        return
    lo = sum(c.stated.lo for c in found)
    hi = sum(c.stated.hi for c in found)
    if not (lo - 6.0 <= 100.0 <= hi + 6.0):  # the listed parts make (about) the whole
        return
    parts = [c.parts[0] for c in found]
    for c in found:
        c.whole_sum = parts
        c.how = "shares of the listed parts"


def _whole_for_list(att: Attribution, claims: list[ShareClaim], parts: list[Record]) -> None:
    fam = family(parts)
    if fam is not None:
        g = Group(parts, fam)
        find_total(att, g)
        if g.total is not None and g.total.head.value > max(r.head.value for r in parts):
            for c in claims:
                c.whole = g.total.head
                c.how = "respectively, of the total they break down"
            return
    lo = sum(c.stated.lo for c in claims)
    hi = sum(c.stated.hi for c in claims)
    if lo <= 100.0 + 1e-9 <= hi + 0.6:
        for c in claims:
            c.whole_sum = [r.head for r in parts]


_WHOLE_BEFORE, _WHOLE_AFTER, _MARKET_AFTER = 40, 6, 12
_PLANNED_AFTER = re.compile(rf"\s{{0,3}}(?:[a-z-]{{1,15}}\s{{1,3}}){{0,2}}{PROJECTION}\b", re.IGNORECASE)
_PLANNED_BEFORE = re.compile(
    rf"\b{PROJECTION}\s{{1,3}}(?:of\s{{1,3}})?(?:about\s{{1,3}}|some\s{{1,3}})?$", re.IGNORECASE
)
_INDUSTRY_TOTAL = re.compile(
    r"\b(?:industry|market)(?:'s)?\s+(?:total|volume|sales)\b|\btotal\s+(?:industry|market)\b", re.IGNORECASE
)
# The part in brackets right after its share: "52% (9,318,551)"
_SHARES_PART = re.compile(r"(?:%|\bper\s?cent)\s{0,2}\(\s{0,2}$", re.IGNORECASE)
_OWN_SHARE_AFTER = re.compile(OWN_SHARE_AFTER, re.IGNORECASE)
_MODEL_RANKING = re.compile(MODEL_RANKING, re.IGNORECASE)


def _a_countrys(att: Attribution, r: Record) -> bool:
    """A figure of a named country's market with no company in sight: "new cars registered in
    Hungary reached 3,459" (not the world, which a group's own deliveries span)."""
    said = att.doc.sentences[r.sentence].text
    return (
        not r.names
        and not speaks_of_a_company(said, 0, len(said))
        and quals_of(said).get("place") not in (None, "global")
    )


def _market_origins(att: Attribution) -> set[str | None]:
    """The origins the article's market totals name: {"import"} when its market is the imported one."""
    return {m.tags.get("origin") for m in att.records if m.market}


def _years_of(text: str) -> set[int]:
    return {int(y) for _, y in periods.years_named(text) if y.isdigit()}


def _latest(att: Attribution, memo: list[int]) -> int:
    """The latest year a level of the article is dated by, by its own words (a year named only as an
    outlook, "a bad omen for 2026", dates none): each sentence up to the figure after its last level."""
    if not memo:
        doc = att.doc
        years = [0]
        for sent in doc.sentences:
            qs = doc.in_sentence(sent.index)
            last = max((i for i, q in enumerate(qs) if q.is_amount), default=None)
            if last is not None:
                end = qs[last + 1].start if last + 1 < len(qs) else sent.end
                years.extend(_years_of(_COMPARED_YEAR.sub(" ", doc.norm[sent.start : end])))
        memo.append(max(years))
    return memo[0]


def _own_years(att: Attribution, q: Quantity) -> set[int]:
    """The years a level's own words name: its sentence up to it, and its clause after it to the
    next figure ("In 2005, auto sales hit 514,626"; not "13,740, up 23% on the 11,176 of 2014")."""
    sent = att.doc.sentences[q.sentence]
    nxt = next((o.start for o in att.doc.in_sentence(q.sentence) if o.start > q.end), sent.end)
    # (a year it is compared with dates no figure of its own: "the best since 2008", "up from 2022")
    return _years_of(_COMPARED_YEAR.sub(" ", att.doc.norm[sent.start : nxt]))


_MONTH_NAMES = "|".join(MONTHS)
_COMPARED_YEAR = re.compile(
    rf"\b(?:since|from|than|on|over|{VERSUS})\s++(?:(?:the|a|late|early|mid)\s++)?"
    # ("marginally down on November 2017": the month compared with, and its year)
    rf"(?:(?:{_MONTH_NAMES})\s++)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def _times_overlap(att: Attribution, a: Record, b: Record) -> bool:
    """Two figures whose periods share a month of one year ("the first seven months" and "July"),
    or whose periods the text leaves open."""
    ya, yb = ({y for _, y in periods.years_named(att.doc.sentences[r.sentence].text)} for r in (a, b))
    if ya and yb and not ya & yb:
        return False
    ma = [periods.months_of(k) for k in period_of(att, a)]
    mb = [periods.months_of(k) for k in period_of(att, b)]
    if not ma or not mb or any(m is None for m in (*ma, *mb)):
        return True
    return bool(frozenset().union(*ma) & frozenset().union(*mb))


_SEGMENT_NOUN = re.compile(r"\b(?:segment|class|category)\b", re.IGNORECASE)
# a share of vehicles of every kind ("74% of new vehicles sold", "of all vehicles")
_ALL_VEHICLES = re.compile(r"\bvehicles\b", re.IGNORECASE)


def _other_segment_of(att: Attribution, r: Record) -> bool:
    """Whether the article states a figure of another segment for the period of ``r`` (a
    passenger-car total beside a commercial-vehicle one): then ``r`` is no total of all vehicles."""
    seg, when = r.tags.get("segment"), period_of(att, r)
    return any(o.tags.get("segment") not in (None, seg) and same_period(when, period_of(att, o)) for o in att.records)


# From a level to a part that hangs on it, with no other figure between: "4,200 vans in May,
# including", "4,200 vans in May, with electric models making up 35.7% (", "..., of which"
_HANGS_ON = re.compile(
    # (no name after the cue: "with Kessel selling 1,500" is a rival's level)
    r"[^\d;:.()%]{0,60}?,\s*+(?:including|of\s++which|among\s++(?:them|which)|with)\b(?-i:[^\d;:.()A-Z]{0,40}?)"
    r"(?:\d[\d.]*+\s?(?:%|per\s?cent|percent)\s*+\(\s*+)?",
    re.IGNORECASE,
)


def _whole_candidates(
    att: Attribution, c: ShareClaim, any_period: bool = False, earlier: Earlier | None = None
) -> list[Record]:
    """The records that may be the share's whole (``any_period``: of whatever period, for a part
    that names none of its own; ``earlier``: each baseline's start, to the starts of the levels
    compared with it)."""
    earlier = earlier or {}
    part = c.part_records[0]
    desc_tags = tags_of(c.desc)
    own = bool(re.match(r"(?:its|their|the\s+(?:company|group|brand|automaker|carmaker)'s)\b", c.desc, re.I))
    near = att.doc.norm[max(0, c.stated.start - 30) : c.stated.end + 30]
    market = bool(re.search(r"\bmarket\b", near + " " + c.desc, re.I))
    # a share of a class of vehicles named as a segment ("of the passenger car segment")
    segment = bool(desc_tags) and bool(_SEGMENT_NOUN.search(c.desc))
    # "Kessel slipped, moving 81,200 cars with a share of 9.6%": a company's share of nothing named
    # may be its share of the market (or of its group's figure: only a country's total will do)
    implied = (
        not market
        and not c.desc.strip()
        # (or the sentence's subject: "Orla came second, with a 13.2% share and sales of 2,995")
        and bool(part.names or att.subjects[part.sentence])
        and not {"brand", "powertrain"} & set(part.tags)
        and bool(re.search(r"\bshare\b", near, re.I))
    )
    # "... market leader with 21%, followed by Kessel with 11% (1,689 units)": a list of market shares
    # (or the sentence before, which the list continues: "... for a 22.9% market share. It was
    # followed by Hyundai with 8,389 and a 12.9% share")
    sents = att.doc.sentences
    here_s = sents[c.stated.sentence]
    first = c.stated.sentence - (
        1 if c.stated.sentence and sents[c.stated.sentence - 1].paragraph == here_s.paragraph else 0
    )
    listed = bool(_SHARE_LIST.search(att.doc.norm, sents[first].start, c.stated.start))
    desc_metric = metric_of(c.desc)
    sp = periods_in(c.desc) or period_of(att, part)
    if not periods_in(c.desc) and part.periods:
        sp = part.periods
    # "The Vessa, its top-selling scooter, found 44,790 buyers, or 24.8 percent": a model's
    # share of its maker's total, said a sentence or two before under the maker's name
    model = not market and bool(_MODEL_RANKING.search(att.doc.norm, here_s.start, part.head.start))
    out = []
    # the places the share's own sentence lists ("Latvia ..., followed by Estonia ... and Lithuania")
    sent_places = quals_of(here_s.text).get("place", "") if c.how == _PLACE_LEVEL else ""
    listed_places = frozenset(sent_places.split("+")) - REGION_PLACES - {""}
    # A share's whole is stated near it: within the article's last stretch before it (a long
    # document's other sections are other stories), or just after it
    here = c.stated.sentence
    # "50.3% of the industry total": the market's total may close the article, further after it
    market_wide = bool(_INDUSTRY_TOTAL.search(c.desc))
    market_origins = _market_origins(att)
    ranked = _RANKING.search(here_s.text) is not None
    share_years = _years_of(here_s.text)
    dated: list[int] = []  # (the latest year, read once, when a candidate names a year of its own)
    for r in att.records_between(here - _WHOLE_BEFORE, here + (_MARKET_AFTER if market_wide else _WHOLE_AFTER)):
        if r.sentence > here + _WHOLE_AFTER and r.names:
            continue  # far after the share, only a figure of no company is the market's total
        # (a whole said "about" one stands for that figure within its hedge: "about 412,800 vehicles")
        if r in c.part_records or r.head.hedge not in (None, "about") or r.head.value <= max(p.value for p in c.parts):
            continue
        if not all(compatible(p, r.head) for p in c.parts):
            continue  # ("24.73 GWh" is no share of a count of cars)
        if _PLANNED_AFTER.match(att.doc.norm, r.head.end) or _PLANNED_BEFORE.search(
            att.doc.norm, max(0, r.head.start - 40), r.head.start
        ):
            continue  # "its 500,000 sales target": a level planned is no whole of the levels reached
        if (
            r.sentence != here
            and _PLAN.search(att.doc.norm, sents[r.sentence].start, r.head.start)
            and not _PLAN.search(here_s.text)
        ):
            continue  # "the company expected ..., with total sales reaching 230,000": a forecast, no whole
        if _SHARES_PART.search(att.doc.norm, max(0, r.head.start - 16), r.head.start):
            continue  # "48% (8,567,694) ..., while 52% (9,318,551) do": another share's part, no whole
        if _OWN_SHARE_AFTER.match(att.doc.norm, r.head.end):
            continue  # "76,800 scooters, making up 52% of the market": a part of the market, no whole
        if r.sentence != here and not share_years and (ry := _own_years(att, r.head)) and max(ry) < _latest(att, dated):
            continue  # "In 2005, auto sales hit 514,626": a figure of a year before the article's, no whole now
        if ranked and not r.market and r.sentence != here and _RANKING.search(sents[r.sentence].text):
            continue  # "Kessel kept the top spot with 6,040 units. Orla came second, ...": a rival's level
        # "Of a total of 227,900 imported cars, Orla led with 20.1%": the whole a sentence opens on is
        # the universe its shares are of, whoever is named after it and whatever class it names, when
        # the share names no whole of its own ("71.8 per cent of every hybrid registered" does)
        opens = not c.desc.strip() and _opened_on(att.doc, r.head)
        if (
            r.sentence == c.stated.sentence
            and r.head.start < c.stated.start
            and not opens
            and not _OF_THE_TOTAL.match(c.desc)
            and not _market_opens(att, r)
            # ("sold 4,200 vans in May, including 1,500 electric ones, a 35.7% share": the part hangs
            # on the level before it, which is its whole)
            and not _HANGS_ON.fullmatch(att.doc.norm, r.head.end, part.head.start)
        ):
            # a sibling listed before the share ("32,775 (share: 19.2%) and 19,822 (share: 11.6%)"),
            # unless the share names a total ("totaled 435,135 ..., imports 197,281, 45.3 percent of
            # the total") or the sentence opens on the market ("In a market down 2% to 61,300, ...")
            continue
        ok = True
        for fam in set(r.tags) | set(desc_tags):
            rv, dv = r.tags.get(fam), desc_tags.get(fam)
            pv = {p.tags.get(fam) for p in c.part_records}
            if dv is not None:
                # "a 6.7 percent share of the local market": a country's total names no company
                ok = rv == dv or (fam == "market" and dv == "domestic" and rv is None and not r.names)
            elif rv is not None:
                # a narrower whole is only fine where the part is as narrow (never the passenger-car
                # total for a share "of new vehicles sold" in an article that gives the commercial one)
                ok = pv == {rv} or (
                    pv == {None}
                    # ("new car registrations" of 24,600 for "3,910 units sold" in a new-car article)
                    and fam in ("powertrain", "segment", "brand", "region", "condition")
                    and not (fam == "segment" and _ALL_VEHICLES.search(c.desc) and _other_segment_of(att, r))
                )
                if not ok and (fam, rv) == ("market", "domestic") and pv == {None} and (market or implied):
                    # ("Domestic sales of new imported vehicles totaled 22,636": a market share is
                    # of the home market, whose word the part need not repeat)
                    ok = True
                if not ok and fam == "origin" and pv == {None} and market_origins == {rv}:
                    # an article whose market is the imported one: every market total it states is of
                    # imports, and a brand's level there is its imports too
                    ok = True
                if not ok and opens and pv == {None} and fam != "brand":
                    ok = True
                if fam == "brand" and rv is not None:
                    ok = False
            if not ok:
                break
        if not ok:
            continue
        if not metric_compatible(desc_metric or part.metric, r.metric):
            continue
        if not any_period and not same_period(sp, period_of(att, r)):
            continue
        # a brand's market share is a share of the market's total, whoever reported it
        # (a figure of no company: "Hotai sold 14,101 cars, a 31 percent market share" is no market total)
        # (or a country's figure of no company: "In May, US light vehicle sales were 1,443,311")
        market_total = (
            (
                # ("Auto sales in Thailand slid to 799,594": a named country's total is its market's)
                ((market or listed) and (r.market or "region" in r.tags or _a_countrys(att, r)))
                or market_wide
                or (implied and "region" in r.tags)
                # "a 41.2% slice of the compact SUV segment": the total of the class the share names
                or (segment and all(r.tags.get(f) == v for f, v in desc_tags.items()))
            )
            and "brand" not in r.tags
            and not r.names
        ) or (opens and "brand" not in r.tags)
        if model and not market_total and not (here - 3 <= r.sentence < here):
            continue  # (its maker's total is said just before it)
        if model and _MODEL_RANKING.search(att.doc.norm, att.doc.sentences[r.sentence].start, r.head.start):
            continue  # another model's own level ("its most popular model, the Vessa, sold 44,790")
        if not market_total and not model and any(not same_company(p.names, r.names) for p in c.part_records):
            continue
        if market and not market_total and r.names and r.names & part.names:
            continue  # a "market share" is no share of the company's own total ("Toyota: 8,266" of "Toyota: 21,296")
        if own and r.market and not part.market:
            continue  # "35 percent of its total sales" is not a share of the market total
        if c.how == _PREVIOUS_LEVEL and not (
            (r.market or _a_countrys(att, r))
            and (
                (part.periods and r.periods and part.periods & r.periods)
                or (not part.periods and not r.periods)
                # (the market's total, undated, opening the article before the part: of the
                # article's own period, "a total of 94,711 registrations" for "17,386 in September")
                or (not r.periods and r.market and r.sentence < part.sentence and r.sentence <= 3)
            )
        ):
            # paired across sentences by the company alone: both must name one period, or neither
            # any (the judge then asks for a slip of a digit before it calls them wrong)
            continue
        if (
            (market or _TOTALISH.search(c.desc))
            and "powertrain" not in desc_tags
            and not _NEV_SUBJECT.search(c.desc)
            and (
                r.tags.get("powertrain") not in (None, part.tags.get("powertrain"))
                or (r.nev and (not part.nev or "powertrain" in part.tags))
            )
        ):
            continue  # "14.5% of all sales", "a 5.6% market share": not a share of the electrified cars
        if market and part.tags.get("powertrain") and r.tags.get("powertrain") == part.tags["powertrain"]:
            continue  # a market share of BEVs is not a share of the BEVs themselves
        if market and part.tags.get("region") and r.tags.get("region") != part.tags["region"] and c.how != _PLACE_LEVEL:
            continue  # "a market share of 21 percent" in Germany is a share of Germany's market
        if c.how == _PLACE_LEVEL and (wp := _place_of_clause(att, r)) is not None and wp in listed_places:
            continue  # another market's own level (Estonia's beside Latvia's), not the total of both
        if (
            not market_total
            and not model
            and not (r.market and not r.names)  # (the market's own total: no company's, whoever the headline names)
            and not same_company(att.context_company(part.sentence), att.context_company(r.sentence))
        ):
            continue  # "Tesla delivered ..." is no whole for the group's figures
        out.append(r)
    if _OF_EVERYTHING.match(c.desc) and not part.names and any(not r.names for r in out):
        # "4,400 EVs, 4.3% of all deliveries": of all of them, not of the one brand's said nearer
        # (a figure of no company smaller than the company's is a slice of it, no market around it)
        widest = max(r.head.value for r in out if not r.names)
        out = [r for r in out if not r.names or r.head.value > widest]
    if _OF_EVERYTHING.match(c.desc):
        # "2 per cent of the total": of everything, not of the class of vehicles said nearer
        # ("Goods vehicles stand at 12.1 per cent of the total with 90,500")
        # (passenger cars are the market itself often enough: only another class is a slice)
        plain = [
            r
            for r in out
            if r.tags.get("segment") in (None, "passenger", part.tags.get("segment"))
            and r.tags.get("powertrain") in (None, part.tags.get("powertrain"))
        ]
        out = plain or out
    # the baseline of a change beside its current level ("84,210 cars, 12.4% fewer than a year
    # before (96,130)") is the earlier period's: the whole is the current one
    currents = {r.head.start for r in out}
    out = [r for r in out if not currents & earlier.get(r.head.start, frozenset())]
    if not sp and len({period_of(att, r) for r in out}) > 1:
        return []  # the part names no period and the candidates differ in theirs
    return out


_MARKET_OPENING = re.compile(
    r"^\W{0,3}+(?:in|with|across)\s++(?:a|the|an)\s++(?:[\w'’-]++\s++){0,2}?(?:market|industry)\b[^;%]{0,60}+$",
    re.IGNORECASE,
)


def _market_opens(att: Attribution, r: Record) -> bool:
    """The sentence opens on the market and its total, the first figure: "In a market down 2% to
    61,300 registrations, Orla ... 20,410 cars and a 33.3% share"."""
    sent = att.doc.sentences[r.sentence]
    first = att.records_in(r.sentence)[0]
    if first is not r:
        return False
    opening = att.doc.norm[sent.start : r.head.start]
    return bool(_MARKET_OPENING.match(re.sub(r"\d[\d.,]*\s?%", "", opening)))


# Words of a share's description that name no particular whole ("of all new vehicles sold").
_GENERIC_DESC = frozenset(
    "that this these those their total overall whole entire national local domestic market markets sales sold"
    " units registered registrations new used year month period country country's industry segment"
    " share period's same first last worldwide global group group's company company's brand brand's"
    " number numbers figure figures count territory".split()
)


_RANKED_NEXT = re.compile(RANKED_NEXT, re.IGNORECASE)


def _segment_named(text: str) -> str | None:
    found = tags_of(text).get("segment")
    if found is None and _CAR_CLASS.search(text):
        # ("Among luxury makes, Lumea came first with a 2.9% share": a class of cars is a slice of
        # the passenger segment, and so is its market)
        found = "passenger"
    return found


def _segment_in_talk(att: Attribution, s: Quantity) -> str | None:
    """The vehicle segment the talk is of: the one the share's sentence names before it, else the
    nearest earlier sentence of its paragraph that names one."""
    sents = att.doc.sentences
    here = sents[s.sentence]
    found = _segment_named(att.doc.norm[here.start : s.start])
    i = s.sentence - 1
    para = here.paragraph
    while found is None and i >= 0:
        if sents[i].paragraph != para:
            # a paragraph that opens on the next place of a ranking ("Kessel holds second place
            # with a 13.4% share") goes on with the segment the ranking was of
            # (before its first figure: "Orla led, followed by Kessel" begins a ranking)
            if not _RANKED_NEXT.search(re.split(r"\d", sents[i + 1].text, maxsplit=1)[0]):
                break
            para = sents[i].paragraph
        found = _segment_named(sents[i].text)
        i -= 1
    return found


_CAR_CLASS = re.compile(CAR_CLASS, re.IGNORECASE)


def _own_words(desc: str) -> frozenset[str]:
    # (the description ends where a clause of the part's own begins: "of the market with 4,786 units")
    desc = re.split(r"\b(?:with|while|whereas|after|selling|having)\b|\d", desc, maxsplit=1)[0]
    words = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", desc)}
    return frozenset(words - _GENERIC_DESC - set(VEHICLE_NOUNS) - {m.lower() for m in MONTHS})


def _named_near(att: Attribution, r: Record, words: frozenset[str]) -> bool:
    """A word of the share's description said next to the candidate whole ("a fleet of 18,082,451")."""
    if not words:
        return False
    sent = att.doc.sentences[r.sentence]
    text = att.doc.norm
    # the words of the figure's own noun phrase: before it, or after it up to the next figure
    before = re.split(r"\d|%|\bpercent\b", text[max(sent.start, r.head.start - 40) : r.head.start])[-1]
    after = re.split(r"\d|%|\bpercent\b|[,;]", text[r.head.end : min(sent.end, r.head.end + 30)])[0]
    near = (before + " " + after).lower()
    return any(re.search(rf"\b{re.escape(w)}\b", near) for w in words)


def _fmt(q: Quantity) -> str:
    return q.text.strip()


# A baseline's start -> the starts of the levels compared with it
Earlier = dict[int, frozenset[int]]


def _earlier(r: Reading) -> Earlier:
    """Each baseline of a growth or a comparison, to the current levels it is the baseline of."""
    out: dict[int, set[int]] = {}
    for g in r.growths:
        if g.baseline is not None and g.current is not None:
            out.setdefault(g.baseline.start, set()).add(g.current.start)
    for start, (head, _kind) in r.attribution.base_of.items():
        out.setdefault(start, set()).add(head.head.start)
    # ("24,600 cars were registered, compared to a figure of 22,900 a year before": no rate, the
    # level compared with is still the earlier one)
    for sent in r.doc.sentences:
        recs = r.attribution.records_in(sent.index)
        for a, b in itertools.pairwise(recs):
            if _COMPARED_TO_A_FIGURE.search(r.doc.norm, a.head.end, b.head.start):
                out.setdefault(b.head.start, set()).add(a.head.start)
    return {k: frozenset(v) for k, v in out.items()}


_COMPARED_TO_A_FIGURE = re.compile(
    rf"(?:\bcompared\s++(?:to|with)|\bagainst|\b{VERSUS})\s++(?:(?:a|the)\s++(?:figure|total|level)\s++of\s++)?$",
    re.IGNORECASE,
)


def judge(
    att: Attribution, c: ShareClaim, market_confirmed: bool = False, earlier: Earlier | None = None
) -> Verdict | None:
    s = c.stated
    shown = s.text.strip()
    if not c.parts and c.whole is not None:
        implied = c.whole.value * s.value / 100.0
        return verdict(
            RULE,
            Status.UNVERIFIABLE,
            s,
            f"{shown} of {_fmt(c.whole)} is about {format_number(implied)}, but the article does not state"
            " that part to check it against",
            (Evidence("whole", c.whole),),
        )
    if not c.parts:
        return None
    best: Record | None = None  # the whole searched for, when the claim names none
    if (
        c.whole is None
        and not c.whole_sum
        and len(c.part_records) == 1
        and (other := _complement(att, c)) is not None
        and not _whole_candidates(att, c, earlier=earlier)
    ):
        # "99,882 fleet registrations, compared to 78,994 private registrations, giving the sector a
        # 55.8% market share": the market is the part and the rest of it, said beside it
        c.whole_sum = [c.parts[0], other]
    if c.whole is None and not c.whole_sum:
        if c.desc and _NOT_STATED_WHOLE.search(c.desc):
            return verdict(
                RULE,
                Status.UNVERIFIABLE,
                s,
                f"{shown} of {c.desc}: the article does not state that whole",
                tuple(Evidence("part", p) for p in c.parts),
            )
        cands = _whole_candidates(att, c, earlier=earlier)
        if not cands:
            return verdict(
                RULE,
                Status.UNVERIFIABLE,
                s,
                f"{shown} for {' + '.join(_fmt(p) for p in c.parts)}, "
                "but no whole of the same metric and period is stated",
                tuple(Evidence("part", p) for p in c.parts),
            )
        # the whole that describes the part best: fewest tags the part does not share, its
        # powertrain
        part_tags = c.part_records[0].tags
        market_origins = _market_origins(att)

        def fit(r: Record) -> tuple[int, int]:
            # the article's topic ("BEV deliveries") does not narrow a whole; a segment does; a
            # whole of the part's own powertrain ("47,000 BEVs ... 23% share" of 176,000 BEVs)
            # describes it better than an untagged total, and a total of another powertrain
            # (hybrids, for petrol and diesel cars) worse
            # (passenger cars are the market a maker's count belongs to, no narrower slice of it)
            narrowing = sum(
                1
                for k, v in r.tags.items()
                if k != "powertrain"
                # (in an article whose market is the imported one, "imported" narrows no total)
                and not (k == "origin" and market_origins == {v})
                and part_tags.get(k) != v
                and (k, v) != ("segment", "passenger")
                # (nor is the home market: a brand's share is of the sales at home, "domestic sales")
                and (k, v) != ("market", "domestic")
                # ("U.S. June sales of 193,120 ... electrified vehicle sales totaled 84,781": a
                # part that names no country is of the country its whole names)
                and not (k == "region" and "region" not in part_tags)
            )
            mine, theirs = part_tags.get("powertrain"), r.tags.get("powertrain")
            # a total of the part's own segment ("in the commercial sector ... 22% (1,299 units)"
            # against the commercial total) describes it better than the whole market
            segment = part_tags.get("segment") is not None and r.tags.get("segment") == part_tags.get("segment")
            # (and a NEV part's share is of the NEV total its words name, "34.23% of the NEV market")
            nev = c.part_records[0].nev and r.nev and bool(_NEV_SUBJECT.search(c.desc))
            # (an export's share that names no whole, "pack exports were 10.5 GWh (35.0% share)", is of the
            # exports' total before the sales' total, as a segment's is of its segment's)
            channel = (
                not c.desc and r.tags.get("market") is not None and r.tags.get("market") == part_tags.get("market")
            )
            return -narrowing, (
                (0 if theirs is None or mine is None else 1 if theirs == mine else -1) + segment + nev + channel
            )

        # then a total the reader has already been given, the widest of those
        # the whole the share's own words name by its channel ("13% of retail" of the retail total) first
        named_metric = metric_of(c.desc) if c.desc else None

        def said(r: Record) -> bool:
            return named_metric in _CHANNELS and r.metric == named_metric

        # then the whole the share's words name by a word of its own ("48% of the fleet" of "a
        # fleet of 18,082,451 vehicles")
        own_words = _own_words(c.desc)
        # the segment its paragraph talks of ("Dacia prevails in the passenger cars segment ...",
        # "As for LCVs, ...") is the whole's, when the part names none
        talked = _segment_in_talk(att, s) if "segment" not in part_tags else None
        # "the overall market leader with 21%": the whole market, whatever segment the talk was of
        sent_s = att.doc.sentences[s.sentence]
        overall = bool(_OVERALL.search(att.doc.norm, sent_s.start, s.start))
        if overall:
            talked = None

        best = max(
            cands,
            key=lambda r: (
                _based_on(att, s, r),
                said(r),
                _named_near(att, r, own_words),
                overall and "segment" not in r.tags,
                talked is not None and r.tags.get("segment") == talked,
                *fit(r),
                r.head.start < s.start,
                r.head.value,
                -abs(r.sentence - s.sentence),
            ),
        )
        c.whole = best.head
        c.how = c.how + _WIDEST
        # a whole that fits as well puts the pairing in doubt, and so does a narrower one the part
        # may belong to ("the private vehicle segment" of the passenger vehicles' 137,544, not of
        # all 156,920 vehicles): no tag of it contradicts the part's
        others = [
            r
            for r in cands
            if fit(r) == fit(best)
            or (
                any(k not in part_tags for k in r.tags)
                and not any(part_tags.get(k) not in (None, v) for k, v in r.tags.items())
                # (a plug-in total is no narrower whole of a battery-electric model's share)
                and r.nev == c.part_records[0].nev
                and r.tags.get("powertrain") == part_tags.get("powertrain")
            )
        ]
        if not c.part_records[0].periods and not periods_in(c.desc):
            # a part that names no period of its own is dated by the article's main period only as a
            # guess: a whole of another period that fits as well or better puts the pairing in doubt
            # (a figure of a company the chosen whole does not name is another part, not a whole)
            others += [
                r
                for r in _whole_candidates(att, c, any_period=True)
                if r not in cands
                and fit(r) >= fit(best)
                and not (r.names - best.names)
                # (nor is a level compared with, of a time before: "down from 14,709 in June last year"),
                # nor one of a time apart from the chosen whole's ("the best month was October 2016")
                and r.head.start not in att.base_of
                and _times_overlap(att, r, best)
            ]
        near = att.doc.norm[max(0, s.start - 60) : s.end + 60] + " " + c.desc
        company_vs_market = (
            best.market
            and not c.part_records[0].market
            and bool(att.subjects[c.part_records[0].sentence] or att.sentence_names[c.part_records[0].sentence])
            and not re.search(r"\b(?:market|industry|nationwide|China's|country's|overall)\b", near, re.I)
            # ("Stellantis registered 42,791 cars in April. The share was 34.1%": a share said of the
            # level before is the company's market share, unless the article gives the company a
            # total of its own for the period to be a share of)
            and (not c.how.startswith(_PREVIOUS_LEVEL) or _own_total_stated(att, c.part_records[0]))
        )
    else:
        company_vs_market = False
        others = []
    part_iv = arith.add((p.lo, p.hi) for p in c.parts)
    part_val = sum(p.value for p in c.parts)
    if c.whole is not None:
        whole_iv = (c.whole.lo, c.whole.hi)
        whole_val = c.whole.value
        whole_ev = (Evidence("whole", c.whole),)
        whole_txt = _fmt(c.whole)
    else:
        whole_iv = arith.add((p.lo, p.hi) for p in c.whole_sum)
        whole_val = sum(p.value for p in c.whole_sum)
        whole_ev = tuple(Evidence("whole", p) for p in c.whole_sum if not any(p is q for q in c.parts))
        whole_txt = " + ".join(_fmt(p) for p in c.whole_sum)
    if whole_val <= 0:
        return None
    evidence = (*(Evidence("part", p) for p in c.parts), *whole_ev)
    iv = arith.share(part_iv, whole_iv)
    if iv is None:
        return None
    computed = part_val / whole_val * 100
    part_txt = " + ".join(_fmt(p) for p in c.parts)
    dec = max(s.decimals, 1)
    arithmetic = (
        f"{amount(part_val, c.parts[0])} / {amount(whole_val, c.whole if c.whole is not None else c.whole_sum[0])}"
        f" × 100 = {format_percent(computed, 4, signed=False)}"
    )
    head = f"{part_txt} of {whole_txt} is {format_percent(computed, dec, signed=False)}"
    if arith.overlaps(iv, (s.lo, s.hi)):
        return verdict(
            RULE,
            Status.CONSISTENT,
            s,
            f"{head}; the article says {shown}",
            evidence,
            computed=computed,
            arithmetic=arithmetic,
            how=c.how,
        )
    if company_vs_market and not market_confirmed:
        # a company's figure against a market total, with no word saying the share is of the market
        return verdict(
            RULE,
            Status.UNVERIFIABLE,
            s,
            f"{head}, not {shown}; but {whole_txt} is a market total and the share may be of the company's own",
            evidence,
            computed=computed,
            arithmetic=arithmetic,
            market_doubt=True,
        )
    # another plausible whole would make the share right: the pairing is in doubt
    for r in others:
        if r.head is c.whole:
            continue
        alt = arith.share(part_iv, (r.head.lo, r.head.hi))
        if alt is not None and arith.overlaps(alt, (s.lo, s.hi)):
            return verdict(
                RULE,
                Status.UNVERIFIABLE,
                s,
                f"{head}, not {shown}; but {_fmt(r.head)} would fit as the whole, so the pairing is unclear",
                evidence,
                computed=computed,
                arithmetic=arithmetic,
            )
    if best is not None:
        # a whole narrower than the part ("Toyota: 21,296 units" against the passenger total) while
        # a total of another member of that family (the commercial one) stands beside it: which
        # segment the part belongs to is not said
        narrow = [k for k in best.tags if k != "powertrain" and c.part_records[0].tags.get(k) is None]
        rival = next((r for r in cands if any(r.tags.get(k) not in (None, best.tags[k]) for k in narrow)), None)
        # (unless the share's own words or its paragraph say the segment: "leads the PC market ...")
        if rival is not None and not ("segment" in best.tags and _segment_in_talk(att, s) == best.tags["segment"]):
            return verdict(
                RULE,
                Status.UNVERIFIABLE,
                s,
                f"{head}, not {shown}; but {_fmt(rival.head)} is a total of another segment, and the article does"
                f" not say which one {part_txt} belongs to",
                evidence,
                computed=computed,
                arithmetic=arithmetic,
            )
    if part_val > whole_val:
        if c.how != "part of whole":
            # a part above its whole means the pairing, not the share, is most likely wrong
            return verdict(
                RULE,
                Status.UNVERIFIABLE,
                s,
                f"{head}: the part is larger than the whole found for it; check which total {shown} refers to",
                evidence,
                computed=computed,
                arithmetic=arithmetic,
            )
        msg = f"{head}: the part is larger than its whole, so {shown} cannot be right"
    else:
        right = format_percent(arith.round_half_up(computed, s.decimals), s.decimals, signed=False)
        msg = f"{head}, not {shown}; it should read {right}"
    # A whole found by its category alone (the widest earlier total), or a part larger than its
    # whole, may be the wrong figure rather than a slip: the judge asks for a slip of a digit.
    # A whole the share's own words name by its powertrain ("14 percent of BEV sales" of the BEV
    # total) is paired by more than its category.
    named = tags_of(c.desc).get("powertrain")
    channel = metric_of(c.desc) if c.desc else None
    described = (
        best is not None
        # ("together accounting for 53.5% of registrations": the parts are more than the one found)
        and not _COMBINED.search(att.doc.norm, max(0, s.start - 40), s.start)
        and (
            (named is not None and best.tags.get("powertrain") == named)
            or (channel in _CHANNELS and best.metric == channel)
        )
    )
    # ("Electric models took 7.1% of the market. The share is calculated from a total of 87,530
    # cars.": the next sentence names the whole the share was worked out on)
    described = described or (best is not None and _based_on(att, s, best))
    # (so is a whole searched for and said "about" one: a round headline figure may be another
    # total than the one the share was worked out on)
    searched = c.how.endswith(_WIDEST) and (not described or (c.whole is not None and c.whole.hedge is not None))
    weak = {"pairing": "weak"} if part_val > whole_val or searched else {}
    return verdict(
        RULE,
        Status.INCONSISTENT,
        s,
        msg,
        evidence,
        computed=computed,
        arithmetic=arithmetic,
        how=c.how,
        **weak,
    )


_BASED_ON_TOTAL = re.compile(
    r"\b(?:based\s++on|calculated\s++(?:on|from)|worked\s++out\s++(?:on|from)|out\s++of)\s++(?:a\s++|the\s++)?"
    r"(?:total|overall|market|whole)\s++(?:[a-z]++\s++){0,2}?(?:of\s++)?(?:about\s++|some\s++)?$",
    re.IGNORECASE,
)


# A share's sentence that opens on a class by its plural noun: "Minicars accounted for", "Imports made up"
_CLASS_OPENS_SHARE = re.compile(
    r"\W{0,3}+(?P<w>[A-Z][a-z]{3,}s)\s++(?:accounted\s++for|made\s++up|represented|comprised|took)\s++"
    r"(?:about\s++|some\s++|nearly\s++|almost\s++|around\s++)?"
)


def _named_level_before(att: Attribution, s: Quantity) -> Record | None:
    """The one level of the sentence before, in the same paragraph, said after the word of the class
    the share's sentence opens on ("Sales of minicars ... to 1,910,346 units")."""
    doc = att.doc
    sent, prev = doc.sentences[s.sentence], doc.sentences[s.sentence - 1]
    m = _CLASS_OPENS_SHARE.fullmatch(doc.norm, sent.start, s.start)
    if m is None or prev.paragraph != sent.paragraph:
        return None
    word = re.compile(rf"\b{re.escape(m.group('w')[:-1])}s?\b", re.IGNORECASE)
    said = list(word.finditer(doc.norm, prev.start, prev.end))
    if len(said) != 1:
        return None
    # ("Buyers took 1,910,346 minicars": the word is the figure's own noun)
    own = [r for r in att.records_in(prev.index) if re.fullmatch(r"\s{1,2}", doc.norm[r.head.end : said[0].start()])]
    if own:
        return own[0] if own[0].head.exact and own[0].head.start not in att.base_of else None
    after = [r for r in att.records_in(prev.index) if r.head.start > said[0].end() and r.head.start not in att.base_of]
    # (the first level after the word, with no other level between: the class's own)
    if (
        not after
        or not after[0].head.exact
        or any(q.is_amount for q in doc.in_sentence(prev.index) if said[0].end() < q.start < after[0].head.start)
    ):
        return None
    return after[0]


# The rest of the market set beside a part, by its own class ("compared to 78,994 private
# registrations"): a comparison word, the level, then a word of its class (no period)
_BESIDE = re.compile(r"^[^\d;]{0,50}?,?\s++(?:compared\s++(?:to|with)|against|versus|vs\.?|while|whereas)\s++$", re.I)
_CLASS_LABEL_AFTER = re.compile(
    r"\s{1,3}+(?P<label>[a-z][a-z-]{0,24}+)\s{1,3}+[a-z]{1,24}+[^\d;.,]{0,20}+,", re.IGNORECASE
)
_MARKET_SHARE_WORDS = re.compile(r"\bmarket\s++share\b|\bshare\s++of\s++the\s++market\b", re.IGNORECASE)


def _complement(att: Attribution, c: ShareClaim) -> Quantity | None:
    """The one other level of the part's sentence set beside it as another class of the same
    market, when the share is a market share: the two together are the market."""
    doc, text = att.doc, att.doc.norm
    part = c.part_records[0]
    sent = doc.sentences[c.stated.sentence]
    if not _MARKET_SHARE_WORDS.search(sent.text) or part.sentence != c.stated.sentence:
        return None
    # (set beside the part, the other class reads as compared with: no record of its own)
    others = [
        q for q in doc.in_sentence(part.sentence) if q is not part.head and q.is_amount and compatible(q, part.head)
    ]
    if len(others) != 1 or not others[0].exact or others[0].start < part.head.end:
        return None
    other = others[0]
    label = _CLASS_LABEL_AFTER.match(text, other.end)
    if (
        not _BESIDE.match(text[part.head.end : other.start])
        or label is None
        or label.group("label").lower() in (*UNIT_NOUNS, "more", "fewer", "less", "in", "a", "an", "the", "last")
        or periods.mentions(text, other.end, label.end())
        or YEAR_BACK.search(text, part.head.end, label.end())
    ):
        return None
    return other


def _own_total_stated(att: Attribution, part: Record) -> bool:
    """The article gives the part's company a larger figure of the same period, which the share
    may be of."""
    who = part.names or att.context_company(part.sentence)
    when = period_of(att, part)
    return any(
        r is not part
        and not r.market
        and r.head.value > part.head.value
        and compatible(r.head, part.head)
        and same_company(r.names or att.context_company(r.sentence), who)
        and same_period(period_of(att, r), when)
        for r in att.records
    )


def _based_on(att: Attribution, s: Quantity, r: Record) -> bool:
    """The sentence right after the share names ``r`` as the total it was worked out on: "... a
    7.1% slice of the market. The share is calculated from a total of 87,530 cars." """
    return r.sentence == s.sentence + 1 and (
        _BASED_ON_TOTAL.search(att.doc.norm, att.doc.sentences[r.sentence].start, r.head.start) is not None
    )


# Counts a market reports apart: a share "of retail" is of the retail total, not of all sales
_CHANNELS = frozenset({"retail", "wholesale", "registrations", "production", "orders"})
_OVERALL = re.compile(r"\boverall\s+market\b|\b(?:total|whole|entire)\s+market\b|\bmarket\s+as\s+a\s+whole\b", re.I)
_WIDEST = ", whole: the widest earlier total of the same metric and period"


def _fraction_claims(att: Attribution) -> list[ShareClaim]:
    """ "Just over half of the group's BEVs ... came from the Keld brand, 126,310 vehicles"."""
    doc = att.doc
    out = []
    for sent in doc.sentences:
        if not _FRACTION_WORD.search(doc.norm, sent.start, sent.end):
            continue  # every fraction _FRACTION reads names one of these words
        for m in _FRACTION.finditer(doc.norm, sent.start, sent.end):
            recs = att.records_in(sent.index)
            whole: Quantity | None = None
            if len(recs) == 2:
                # "more than half of the region's 2,930 new vehicle sales in March, with 1,476": the
                # whole in the fraction's own words, the part said after them
                inside = [r for r in recs if m.start("desc") <= r.head.start < m.end("desc")]
                other = [r for r in recs if r not in inside]
                if (
                    len(inside) == 1
                    and len(other) == 1
                    and _WITH_ITS_PART.fullmatch(doc.norm, inside[0].head.end, other[0].head.start)
                    and other[0].head.exact
                    and inside[0].head.exact
                    and compatible(other[0].head, inside[0].head)
                    and other[0].head.value < inside[0].head.value
                ):
                    whole, recs = inside[0].head, other
            if len(recs) != 1:
                continue
            key = re.sub(r"\s+", " ", m.group("f").lower())
            value = FRACTIONS.get(key) or FRACTIONS[key.replace(" ", "-")]
            hedge = (m.group("hedge") or "").lower()
            lo, hi = value - 0.5, value + 0.5
            if "more" in hedge or "over" in hedge:
                lo, hi = value, (value + 15 if re.match(r"slightly|just|a little", hedge) else math.inf)
            elif "less" in hedge or "under" in hedge:
                lo, hi = (value - 15 if re.match(r"slightly|just|a little", hedge) else -math.inf), value
            elif hedge in ("nearly", "almost"):
                lo, hi = value - 0.1 * value, value
            elif hedge:
                lo, hi = value * 0.9, value * 1.1
            if re.search(
                r"\b(?:first|second|1st|2nd|latter|the|same|this|that|last|previous|prior)\s+$",
                doc.norm[max(0, m.start("f") - 9) : m.start("f")],
            ) or re.match(r"(?:the\s+)?(?:(?:19|20)\d\d|(?:this|last|the)\s+year)\b", m.group("desc"), re.I):
                continue  # "the first half of 2021", "the same half of 2024", "half of last year": a period
            if re.match(r"(?:them|those|these|it|which)\b", m.group("desc"), re.I):
                continue  # "about one-third of them": the figure is the whole, the part is not stated
            if any(
                q.unit == "percent" and _GLOSSED_BY.fullmatch(doc.norm, m.end("f"), q.start)
                for q in doc.in_sentence(sent.index)
                if q.start >= m.end("f")
            ):
                # "More than half of its sales, or 53.2 percent, were ...": the figure glosses the
                # words; it is the share to check, and the words only restate it
                continue
            start = m.start("hedge") if m.group("hedge") else m.start("f")
            q = Quantity(
                text=doc.text[start : m.end("f")],
                value=value,
                unit="percent",
                start=start,
                end=m.end("f"),
                decimals=0,
                lo=lo,
                hi=hi,
                hedge=hedge or None,
                sentence=sent.index,
            )
            c = ShareClaim(q, [recs[0].head], [recs[0]], desc=m.group("desc").strip(), how="fraction word")
            c.whole = whole
            out.append(c)
    return out


# "27,400 units out of 165,000", "49,300 of 246,100 new registrations": a part and its whole
_OUT_OF = re.compile(
    r"\s{0,20}(?:[A-Za-z-]{1,30}\s+){0,3}?(?:out\s+of|of)\s+(?:the\s+|its\s+|all\s+|a\s+total\s+of\s+)?", re.IGNORECASE
)


_OF_THE = re.compile(
    r"(?:[^:\u2014\n]{0,200}+[:\u2014]\s{0,5})?\W{0,10}+(?:out\s+of|of|among)\s+"
    r"(?:the\s+|its\s+|a\s+total\s+of\s+)?",
    re.I,
)
# "up from one in six a year earlier": the ratio of another time, not the share the pair gives
_RATIO_OF_BEFORE = re.compile(
    r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|against|previously|was\s+once)\s+$", re.IGNORECASE
)
_RATIO_OF_AFTER = re.compile(
    r"^[^.;,\d]{0,40}?\b(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|(?:19|20)\d\d|previously|before)\b",
    re.IGNORECASE,
)


def _ratio_claims(att: Attribution) -> list[ShareClaim]:
    """ "27,400 units out of 165,000 registrations, or one in six new cars"; "Every fifth new car was
    battery-electric: 49,300 of 246,100 new registrations". A ratio in words is a share only with
    the one part and whole its sentence states; anywhere else the pairing would be a guess."""
    doc = att.doc
    out = []
    for sent in doc.sentences:
        words = list(iter_ratio_words(doc.norm, sent.start, sent.end))
        if len(words) != 1:
            continue
        w = words[0]
        if _RATIO_OF_BEFORE.search(doc.norm, max(sent.start, w.start - 30), w.start) or _RATIO_OF_AFTER.match(
            doc.norm[w.end : sent.end]
        ):
            continue
        levels = [q for q in att.quantities_in(sent.index) if q.unit in (None, "count") and q.value > 0]
        pairs = [(a, b) for a, b in itertools.pairwise(levels) if _OUT_OF.fullmatch(doc.norm, a.end, b.start)]
        # "Of the 88,000 cars sold, 17,900 were electric, about one in five"
        pairs += [
            (b, a)
            for a, b in itertools.pairwise(levels)
            if _OF_THE.fullmatch(doc.norm[sent.start : a.start]) and not re.search(r"[\d;]", doc.norm[a.end : b.start])
        ]
        if not pairs and len(levels) == 1 and _POINTED_BACK_OPENING.match(doc.norm, sent.start, levels[0].start):
            # "Of these, 9,100 were hybrids, or nearly one in four": the part here, the whole the one
            # level the sentence before stated
            pointed = level_pointed_at(att, sent.index, levels[0].value, levels[0])
            if pointed is not None:
                pairs = [(levels[0], pointed.head)]
        if len(pairs) != 1:
            continue
        part, whole = pairs[0]
        # the ratio word says what the pair says: in the same clause, no other figure between them (of a
        # whole pointed back at, what the part's clause says)
        seg = segment(doc, doc.sentences[sent.index], w.start)
        here = [x for x in (part, whole) if x.sentence == sent.index]
        if not (seg[0] <= min(x.start for x in here) and max(x.end for x in here) <= seg[1]):
            continue
        lo, hi = min(w.start, *(x.start for x in here)), max(w.end, *(x.end for x in here))
        if any(lo < q.start < hi and q is not part and q is not whole for q in att.quantities_in(sent.index)):
            continue
        if part.value >= whole.value or not (part.exact and whole.exact):
            continue
        q = Quantity(
            text=doc.text[w.start : w.end],
            value=w.value,
            unit="percent",
            start=w.start,
            end=w.end,
            decimals=0,
            lo=w.lo,
            hi=w.hi,
            hedge=w.hedge,
            sentence=sent.index,
        )
        out.append(ShareClaim(q, [part], [], whole=whole, how="a ratio in words of the part and whole it names"))
    return out


_BASE_WORD = re.compile(r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:about\s+|some\s+)?$", re.I)
# "Of these, ", "Among them, ", "Out of those, " up to the sentence's one level
_POINTED_BACK_OPENING = re.compile(
    r"\W{0,3}+(?:of|out\s++of|among)\s++(?:these|them|those)\s*+,?\s*+(?:some\s++|about\s++|nearly\s++|almost\s++)?$",
    re.IGNORECASE,
)
_PLAN = re.compile(
    rf"\b(?:{PROJECTION}|expects?|expected|will|would|could|aim(?:s|ed|ing)?\s++(?:to|for|at)|plann?(?:s|ed|ing)?\s++to)\b",
    re.IGNORECASE,
)
_RATE_IN = re.compile(rf"\d(?:{PERCENT_WORDS})", re.IGNORECASE)  # a rate between a level and its year-back words
# a subject that points back at the sentence before: "These EVs", "Those cars", "They"
# ("That lifts their market share to 18.5%": what the sentence before said, of a class)
_POINTS_BACK = re.compile(r"\W{0,3}+(?:These|Those|They|Such|(?:This|That)\s++(?:[a-z]++\s++){1,2}?their)\b")


def _split_share(r: Reading, c: ShareClaim) -> None:
    """ "The market share of electric cars rose to 15.2% in April. A total of 130,700 new cars were
    registered last month. Registrations of electric cars rose 31.0% to 19,870 units." A share that
    names its subject's powertrain, with no figure in its own sentence, and a part and a whole in
    the sentences of its paragraph: the part is the one level of that powertrain, the whole the one
    level of no powertrain, both of the share's company, period and plain count. Anything less
    certain stays unpaired."""
    doc = r.doc
    text = doc.norm
    s = c.stated
    if any(q.unit in (None, "count") for q in doc.in_sentence(s.sentence)):
        return
    if _PLAN.search(doc.sentences[s.sentence].text):
        return  # "aims for EVs to make up 40 percent of its sales by 2030": a goal, no share of levels sold
    mine = r.frames.frame(s.start, s.end)
    back = bool(_POINTS_BACK.match(doc.sentences[s.sentence].text))
    if (mine.powertrain is None and not back) or mine.measure not in (None, "share", "penetration"):
        return
    para = doc.sentences[s.sentence].paragraph
    # a share that opens its paragraph, with no sentence of figures before it there
    lead = s.sentence == 0 or doc.sentences[s.sentence - 1].paragraph != para
    parts: list[Quantity] = []
    wholes: list[Quantity] = []
    # (paragraphs of a sentence or two each, as news writes them, are read as one: "Only 24,310 cars
    # were registered. / EVs fell 21.4%, to 6,120. / This pushed the EV share down to 25.2%.")
    first = para - 1
    window = doc.sentences[max(0, s.sentence - 4) : s.sentence]
    while (
        first > 0
        and sum(1 for x in window if x.paragraph == first) == 1
        and any(x.paragraph == first - 1 for x in window)
    ):
        first -= 1
    for sent in doc.sentences[max(0, s.sentence - 4) : s.sentence + 5]:
        # its paragraph, the one before it (a lead with the market total, then the segments) and,
        # for a share that leads, the few sentences after it
        if sent.index == s.sentence or not first <= sent.paragraph <= para + (3 if lead else 0):
            continue
        for q in doc.in_sentence(sent.index):
            if q.unit not in (None, "count") or not q.exact or q.value <= 0:
                continue
            if _BASE_WORD.search(text, max(sent.start, q.start - 30), q.start):
                continue  # "up from 15,170": a baseline, not a level of the share's period
            seg = segment(doc, sent, q.start)
            ago = YEAR_AGO.search(text, q.end, min(seg[1], q.end + 40))
            # ("10,450 units, up 8% on a year earlier": the year back is the rate's, not the level's)
            if _PLAN.search(text, seg[0], seg[1]) or (ago and not _RATE_IN.search(text, q.end, ago.start())):
                continue
            f = r.frames.frame(q.start, q.end)
            if f.measure is not None or (mine.names and f.names and not (mine.names & f.names)):
                continue
            if (
                f.powertrain is not None
                and f.names
                and not f.implicit_names
                and (mine.implicit_names or not mine.names)
            ):
                continue  # "Kessel registered only 1,057 units": one company's level, no part of the market's share
            if mine.months and f.months and mine.months != f.months:
                continue
            if mine.years and f.years and not (mine.years & f.years):
                continue
            if any(g in f.quals and g in mine.quals and f.quals[g] != mine.quals[g] for g in ("place", "segment")):
                continue
            if (mine.powertrain is not None and f.powertrain == mine.powertrain) or (
                # "Of these, 10,440 were battery cars. These EVs took 35% of the market": the subject
                # points back at the level of the sentence before, whichever powertrain word it uses
                f.powertrain is not None and sent.index == s.sentence - 1 and back
            ):
                parts.append(q)
            elif f.powertrain is None:
                wholes.append(q)
    if len({q.value for q in parts}) != 1:
        return
    wholes = [q for q in wholes if q.value > parts[0].value]  # a whole is larger than its part
    if len({q.value for q in wholes}) != 1:
        return
    pp = r.frames.frame(parts[0].start, parts[0].end).quals.get("place")
    pw = r.frames.frame(wholes[0].start, wholes[0].end).quals.get("place")
    if len({mine.quals.get("place"), pp, pw} - {None}) > 1 or (pp is not None and pp != pw):
        return  # "In France, 19,870 electric cars ..." is no part of the article's own market
    c.parts, c.whole = [parts[0]], wholes[0]
    c.how = "a share of the powertrain it names, its part and whole in the sentences around it"


def check(r: Reading) -> Iterator[Verdict]:
    att = r.attribution
    claims = [*find(att), *_fraction_claims(att), *_ratio_claims(att)]
    for c in claims:
        if not c.parts and c.whole is None and not c.whole_sum:
            _split_share(r, c)
    _listed_market_total(att, claims)
    # "up 350 cars or 6.4 per cent, with a 9.1 per cent market share": the amount of a change
    # is never the part of a share; the level the change leads to is
    changed = {(ch.amount.start, ch.amount.end): ch for ch in r.changes}
    # ("were 7,240 units, or 14.2 per cent, ahead of 2023": the rate of a change is no share of it)
    rates = {(ch.rate.start, ch.rate.end) for ch in r.changes}
    out = []
    judged: list[tuple[ShareClaim, Verdict]] = []
    earlier = _earlier(r)
    for c in claims:
        if (c.stated.start, c.stated.end) in rates:
            continue
        if any((p.start, p.end) in changed for p in c.parts) and not _level_for_change(att, c, changed):
            continue
        v = judge(att, c, earlier=earlier)
        if v is not None and c.how == _PREVIOUS_LEVEL and not c.part_records[0].periods:
            # (a company's level and the market's total, both undated: paired by the company alone)
            v = replace(v, extra={**v.extra, "pairing": "weak"}) if v.status is Status.INCONSISTENT else v
        if v is not None:
            judged.append((c, v))
    judged = _market_shares_of_a_list(att, _whole_of_the_run(att, judged))
    for c, v in _unstated_common_whole(judged):
        out.append((c.stated.sentence, v))
    yield from _confirmed_wholes(out)
    # a table's share column: its row's first count of its second ("17,023 5,332,854 0.32%")
    said = {c.stated.start for c, _ in judged}
    for pct, part, whole in [*share_rows(r.doc), *ratio_rows(r.doc)]:
        if pct.start not in said:
            v = judge(att, ShareClaim(pct, [part], [], whole, how="a table's share column"))
            if v is not None:
                yield v


def _listed_market_total(att: Attribution, claims: list[ShareClaim]) -> None:
    """Brands' levels with their market shares in brackets ("GM sold 20,201 units (a 16.2% market
    share) ... Ford sold 4,873 units (3.9%) ..."): each is a share of the market's total, the one
    level stated before the list that the list's other shares agree on, all but one at most (so a
    share mistyped, or its level, stays a mismatch against its siblings' total)."""
    listed = [c for c in claims if c.listed and len(c.parts) == 1 and c.whole is None and not c.whole_sum]
    if len(listed) < 4:
        return
    first = min(c.stated.start for c in listed)
    levels = [
        r.head
        for r in att.records
        if r.head.end <= first and r.head.exact and r.head.unit in (None, "count") and r.head.start not in att.base_of
    ]

    def agrees(o: ShareClaim, total: float) -> bool:
        if not (math.isfinite(o.stated.hi) and o.stated.lo > 0):
            return False
        return o.parts[0].lo * 100 / o.stated.hi <= total <= o.parts[0].hi * 100 / o.stated.lo

    for c in listed:
        others = [o for o in listed if o is not c]
        # all the other shares but one at most (itself mistyped) agree on the total
        fits = {
            q.value: q
            for q in levels
            if q.value > c.parts[0].value and sum(agrees(o, q.value) for o in others) >= max(3, len(others) - 1)
        }
        if len(fits) == 1:
            c.whole = next(iter(fits.values()))
            c.how = "the market total its list's other shares agree on"


def _cut_off(stated: Quantity, computed: float | None) -> bool:
    """The stated share is the computed one cut off at its written decimals: "18.5%" for 18.571%."""
    if computed is None or stated.decimals > 3:
        return False
    scale = 10**stated.decimals
    return math.floor(computed * scale + 1e-9) == round(stated.value * scale) != round(computed * scale)


def _unstated_common_whole(judged: list[tuple[ShareClaim, Verdict]]) -> list[tuple[ShareClaim, Verdict]]:
    """A list of shares said against one whole ("Orla 9,120 units (12.4% share), Kessel 8,030
    (10.9% share), Drevon 5,310 (7.2% share)") that all miss it, yet agree with one another on
    another whole (about 73,600 here), measures a total the article does not state: each of
    its mismatches is unverifiable, not a typo."""
    groups: dict[tuple[int, int], list[int]] = {}
    for i, (c, v) in enumerate(judged):
        whole = next((e.quantity for e in v.evidence if e.role == "whole"), None)
        if whole is not None and c.parts and len(v.evidence) == len(c.parts) + 1:
            groups.setdefault((c.stated.sentence, whole.start), []).append(i)
    out = list(judged)
    for members in groups.values():
        if len(members) < 3 or sum(judged[i][1].status is Status.INCONSISTENT for i in members) < 2:
            continue
        wrong = [judged[i] for i in members if judged[i][1].status is Status.INCONSISTENT]
        if all(_cut_off(c.stated, v.computed) for c, v in wrong):
            # every miss is the stated whole's share cut off instead of rounded: a slip of the
            # writer's, not a whole the article leaves out
            continue
        lo, hi = 0.0, math.inf
        for i in members:
            c = judged[i][0]
            s_lo, s_hi = max(c.stated.lo, 1e-9), c.stated.hi
            if not math.isfinite(s_hi):
                continue
            part_lo, part_hi = sum(p.lo for p in c.parts), sum(p.hi for p in c.parts)
            lo, hi = max(lo, part_lo * 100 / s_hi), min(hi, part_hi * 100 / s_lo)
        whole = next(e.quantity for e in judged[members[0]][1].evidence if e.role == "whole")
        if lo > hi or lo <= whole.value <= hi:
            continue
        implied = format_number((lo + hi) / 2)
        for i in members:
            c, v = judged[i]
            if v.status is Status.INCONSISTENT:
                msg = (
                    f"{v.message.split(';')[0]}; but the {len(members)} shares said with it agree on a whole"
                    f" of about {implied}, which the article does not state"
                )
                out[i] = (c, replace(v, status=Status.UNVERIFIABLE, message=msg, diagnosis=None, suggestion=""))
    return out


def _whole_of_the_run(att: Attribution, judged: list[tuple[ShareClaim, Verdict]]) -> list[tuple[ShareClaim, Verdict]]:
    """A share that names no whole ("taxis take 1.7 per cent, with 6,120 cars"), said after shares
    of its paragraph that name theirs and hold against it ("Vans make up 12.4 per cent of the
    total, with 44,610"): it goes on with their list, so its whole is theirs, not a figure found
    by its category alone. Nothing but the run ties it there, so a mismatch is a slip only when a
    slip of a digit explains it."""
    doc = att.doc

    def whole_of(v: Verdict) -> Quantity | None:
        return next((e.quantity for e in v.evidence if e.role == "whole"), None)

    out = []
    for c, v in judged:
        sent = c.stated.sentence
        # (the judge names the whole it searched for by its category: _WIDEST)
        if c.desc or not c.how.endswith(_WIDEST) or c.whole_sum or len(c.parts) != 1:
            out.append((c, v))
            continue
        held = {
            w.start: w
            for o, ov in judged
            if o.desc
            and len(o.parts) == 1
            and o.stated.start < c.stated.start
            and sent - 2 <= o.stated.sentence <= sent
            and doc.sentences[o.stated.sentence].paragraph == doc.sentences[sent].paragraph
            and ov.status is Status.CONSISTENT
            and (w := whole_of(ov)) is not None
        }
        mine = whole_of(v)
        if len(held) != 1 or (mine is not None and mine.start in held):
            out.append((c, v))
            continue
        whole = next(iter(held.values()))
        if whole.value <= c.parts[0].value:
            out.append((c, v))
            continue
        run = replace(c, whole=whole, how="the whole its list's shares before it name")
        w = judge(att, run)
        if w is None:
            out.append((c, v))
            continue
        if w.status is Status.INCONSISTENT:
            w = replace(w, extra={**w.extra, "pairing": "weak"})
        out.append((run, w))
    return out


def _market_shares_of_a_list(
    att: Attribution, judged: list[tuple[ShareClaim, Verdict]]
) -> list[tuple[ShareClaim, Verdict]]:
    """Companies' shares listed in one sentence ("Orla came third with a 9.6 percent share and
    12,480 units, then Kessel with 6.3 percent and 8,170 units"): when one of them holds
    against the market's total, the others are shares of that total too, not of each company's own
    sales, and a mismatch is a mismatch. So it is when the sentence goes on with a ranking the
    sentence before began ("Kessel came second, with 9.1 percent or 3,298 cars")."""
    held = {
        (c.stated.sentence, c.whole.start)
        for c, v in judged
        if v.status is Status.CONSISTENT and c.whole is not None and len(c.parts) == 1
    }
    out = []
    for c, v in judged:
        if not v.extra.get("market_doubt") or c.whole is None:
            out.append((c, v))
            continue
        sent = c.stated.sentence
        ranked = sent > 0 and _RANKING.search(att.doc.sentences[sent].text) is not None
        if (sent, c.whole.start) in held or (ranked and (sent - 1, c.whole.start) in held):
            v = judge(att, c, market_confirmed=True) or v
        out.append((c, v))
    return out


def _confirmed_wholes(verdicts: list[tuple[int, Verdict]]) -> list[Verdict]:
    """A whole found by its category alone is confirmed when a sibling share of the same sentence
    holds with it ("A00 cars sold 57,000, a 32% share ...; B-class cars 47,000, a 23% share" of the
    176,000 stated before): a mismatch with a confirmed whole is no longer a weak pairing."""
    held = {
        (sent, e.quantity.start)
        for sent, v in verdicts
        if v.status is Status.CONSISTENT
        for e in v.evidence
        if e.role == "whole"
    }
    out = []
    for sent, v in verdicts:
        wholes = [e.quantity.start for e in v.evidence if e.role == "whole"]
        if (
            v.extra.get("pairing") == "weak"
            and str(v.extra.get("how", "")).endswith(_WIDEST)
            and wholes
            and all((sent, w) in held for w in wholes)
        ):
            v = replace(v, extra={k: x for k, x in v.extra.items() if k != "pairing"})
        out.append(v)
    return out


def _level_for_change(att: Attribution, c: ShareClaim, changed: dict[tuple[int, int], Change]) -> bool:
    """Put the level a change leads to in place of the change's amount among a claim's parts;
    False when a change has no such level (the claim is then not judged)."""
    for i, p in enumerate(c.parts):
        ch = changed.get((p.start, p.end))
        if ch is None:
            continue
        level = ch.current
        rec = att.by_start.get(level.start) if level is not None else None
        if level is None or rec is None or len(c.parts) != len(c.part_records) or level in c.parts:
            return False
        c.parts[i], c.part_records[i] = level, rec
    return True


RULE = Rule(code="FC102", name="share", type="share", check=check, doc=__doc__ or "")
