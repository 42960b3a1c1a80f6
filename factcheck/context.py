"""What the words around a figure say about it: direction, baseline, period.

Small, data-driven pattern tables shared by the rules. All patterns are
anchored to short windows of one sentence, so they stay linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck import periods
from factcheck.document import Document
from factcheck.lexicon import (
    BASIS,
    CHANGE_ADJECTIVE,
    CHANGED_OBJECTS,
    FALL_NOUNS,
    FALL_PARTICIPLES,
    FALL_VERBS,
    FALL_WORDS,
    LOWERING_VERBS,
    METRIC_BEFORE_CHANGE,
    MONTH,
    MONTHS,
    PER_SHARE,
    RAISING_VERBS,
    RATE_ADJECTIVES,
    RISE_NOUNS,
    RISE_PARTICIPLES,
    RISE_VERBS,
    RISE_WORDS,
    VERSUS,
    alt,
)
from factcheck.model import Quantity

_UP = (
    # "made up 62%", "took up 30%": a share, not a rise
    r"(?<!made )(?<!make )(?<!makes )(?<!making )(?<!took )(?<!take )(?<!takes )(?<!taking )up|"
    # ("de-growth", "negative growth": a fall)
    + r"(?<!de-)(?<!negative )"
    + alt(RISE_WORDS)
)
_DOWN = alt(FALL_WORDS)
# A word of a rise or of a fall anywhere in a clause ("having risen from", "fell")
RISE_WORD = re.compile(rf"\b{alt(RISE_WORDS)}\b", re.IGNORECASE)
FALL_WORD = re.compile(rf"\b{alt(FALL_WORDS)}\b", re.IGNORECASE)
# Cue right before the percent: "up 5%", "fell by 5%", "an increase of 5%", "growth of about 5%".
_FILLER = (
    # "a growth rate of 11.6%"
    r"(?:\s+(?:by|of|rate|about|around|nearly|almost|roughly|approximately|some|just|a|an|over|more\s+than|only|another|further|a\s+further|an\s+additional"
    # "weakened by an even steeper rate - 5.0 percent"
    r"|even|greater|faster|slower|larger|smaller|steeper"
    r"|sharply|significantly|slightly|\d+\.?\d*\s*(?:%|percent|per\s?cent)\s+and|"
    # any adverb of manner ("dropped massively by 50%", "increasing very rapidly by 255.7 percent")
    r"very|(?!july\b)[a-z]{4,}+(?<=ly)|"
    # ("grew on a year-to-date basis by 2.4 per cent": the basis said as a phrase)
    r"on\s+an?\s+[a-z-]{3,20}+\s+basis|"
    + alt(RATE_ADJECTIVES)
    # ("slipped month-on-month (MoM) by 6 per cent": the basis between the verb and its rate)
    + rf"|{BASIS}|\({BASIS}\)"
    + r")){0,6}"
)  # at most six filler words: an unbounded * is quadratic when searched over long text
CUE_BEFORE = re.compile(rf"\b(?P<up>{_UP})?(?P<down>{_DOWN})?{_FILLER}\s*+[(—:]?\s*$", re.IGNORECASE)
# Cue right after: "a 5% rise", "a 49.90% year-on-year decline", "186% more than".
_PERIODIC = (
    r"(?:\s+(?:(?:year|month|week|quarter)[- ]o(?:n|ver)[- ](?:year|month|week|quarter)|yoy|y/y|mom|m/m|"
    # ("an 11% M-o-M fall")
    r"[ymqw]-o-[ymqw]|"
    r"wow|qoq|sequential|annual|on[- ]year|per\s+(?:year|annum))"
    r"(?:\s*\([^)]{0,20}\))?)?"
)
# "a 7.2% (5,360) rise": the level the rate reached, in brackets between the rate and its noun
_LEVEL_ASIDE = r"(?:\s{0,2}+\(\s{0,2}+\d(?:[\d.]|,(?=\d))*+(?:\s{1,3}+(?:units|vehicles|cars))?\s{0,2}+\))?"
CUE_AFTER = re.compile(
    # ("a 2.35% overall decrease", "a 9% sharp rise": one word may stand before the change noun)
    rf"^{_LEVEL_ASIDE}{_PERIODIC}\s+{CHANGE_ADJECTIVE}{METRIC_BEFORE_CHANGE}"
    rf"(?:(?P<up>{alt(RISE_NOUNS)}|rebound|more|higher|above|"
    # "5.5 percent greater than the monthly average"
    r"greater|larger|bigger)|"
    rf"(?P<down>{alt(FALL_NOUNS)}|reduction|less|fewer|lower|below|smaller)|"
    # "6.5 percent up on the 727,571 of a year before", "3% down on 2024"
    # ("ended the year a disappointing 2.8% down."; "closed the half 4% up;": the direction closing its clause)
    r"(?P<up2>up)(?=\s+(?:on|from|over|against|compared|versus|vs\b|year)|\s{0,2}+(?:[.,;:!?]|[—–]|-\s|\Z))|"
    # "9 per cent over the 4,000 of a year before", "12% over last year": a rise on a baseline
    # (never "5% over the next five years" or "a 9% share over the half")
    r"(?P<up4>over)(?=\s+(?:the\s+)?(?:\d|last\b|previous\b|prior\b|a\s+year\b))|"
    r"(?P<down2>down)(?=\s+(?:on|from|over|against|compared|versus|vs\b|year)|\s{0,2}+(?:[.,;:!?]|[—–]|-\s|\Z))|"
    # "still three per cent ahead of May 2019", "12% behind last year's pace"
    r"(?P<up3>ahead)(?=\s+of\b)|(?P<down3>behind))\b",
    re.IGNORECASE,
)
CONNECTOR = re.compile(
    # (a longer description of the level only before ", down from" or ", up from": "81,240 vans
    # delivered to buyers across the region, down from 90,110")
    # (or before a comparison set off by a comma: "6,000 vans were shipped abroad during the first five
    # months, compared with 5,000")
    r"^(?P<gap>[^.;:%]{0,40}?|[^.;:%\d]{0,80}?,\s{0,3}+(?:(?:up|down)\s{1,3}+|(?=compared?\s|against\s|versus\s)))"
    r"\b(?P<conn>"
    # ("the 4.6 percent fall results from 41,870 ... versus 43,890": a cause, not a baseline)
    + r"(?<!results )(?<!resulted )(?<!resulting )(?<!stems )(?<!stemmed )(?<!derives )(?<!derived )"
    + periods.FROM_NOT_A_RUN  # "from January to August" is a period
    + r"|compared?\s+(?:with|to)|comparing\s+(?:with|to)|in\s+comparison\s+(?:with|to)|versus|vs\.?|against"
    # ("on the strength of 7,306 sales" names the level reached, not the one compared with; "year on
    # year to 41,200" and "month over month" are a basis, the figure after them no baseline)
    + r"|(?:over|on)(?<!year\sover)(?<!month\sover)(?<!year\son)(?<!month\son)(?<!quarter\son)(?<!week\son)"
    + r"(?<!handed\sover)(?<!taken\sover)(?<!took\sover)"  # ("cars handed over to customers": a verb's particle)
    + r"(?!\s+the\s+(?:strength|back)\s+of\b)"
    r"|in\s+relation\s+(?:to|with)|with\s+respect\s+to|relative\s+to"
    r"|than|above|below|ahead\s+of|behind"
    r"|past|beyond)\s+",
    re.IGNORECASE,
)
# "to 1,200" names the new level; "compared to 1,200" and "relative to" name the old one.
# "down 51 per cent, with just 5,374 vehicles": the level the fall left.
# "at", "reaching", "totalling" name it too ("rose 6 per cent at 2.28 lakh units against 2.15
# lakh", "up 12%, reaching 8,100").
# The verbs that reach a level sold ("selling 26,094 units") and the words of what is sold.
SELLING_VERBS = r"(?:registering|recording|posting|selling|delivering|exporting|shipping)"
SALES_WORDS = r"(?:sales|deliveries|registrations|shipments|exports)"
TO_CURRENT = re.compile(
    # (not past a period compared with: in "fell 2% compared to May 2023's sales with 8,120
    # units" the level after "with" is the baseline's)
    r"^(?![^.;:%]{0,45}?\bcompar\w*\s+(?:to|with|from)\s+[^,.;%]{0,30}?['’]s\s+"
    r"(?:sales?|figures?|volume|tally|total)\s+with\b)"
    r"(?P<gap>[^.;:%]{0,45}?)(?:(?<!compared )(?<!compare )(?<!comparing )(?<!relative )(?<!in comparison )"
    r"(?<!equivalent )\bto|"
    r"(?<!rate )(?<!level )(?<!pace )\b(?:at|reaching|to\s+reach|totall?ing|hitting|to\s+hit|standing\s+at|"
    r"coming\s+in\s+at|with\s+(?:sales|deliveries|registrations|shipments|volumes?|revenues?)\s+of|"
    # "dropped by 37%, registering 69,543 units", "recording sales of 12,361", "saw sales of 1,782"
    rf"(?:{SELLING_VERBS}|logging|to\s+record|to\s+register|"
    r"(?<!which )(?<!that )(?<!when )saw)"  # ("June 2023, which saw 82,656": the baseline's clause)
    r"(?:\s+(?:sales|deliveries)\s+of|\s+(?:just|only|a\s+mere))?|"
    # "increased by 70.1% with 842 units sold", "down 51 per cent, with just 5,374 vehicles"
    r"(?<!compared )(?<!comparing )(?<!comparison )(?<!together )(?<!along )with(?:\s+(?:just|only|a\s+mere))?|"
    # "rose 28 percent on the strength of 7,306 sales", "on the back of 4,100 deliveries"
    r"on\s+the\s+(?:strength|back)\s+of(?:\s+(?:just|only))?|"
    # "the 4.6 percent fall results from 41,870 registered this year versus 43,890"
    r"(?:results|resulted|stems|stemmed)\s+from|"
    # "a difference of -4.27% when comparing the 40,118 units versus 41,907": the first level compared
    r"(?:when\s+|by\s+)?comparing(?:\s+the)?|"
    # "when comparing the running total for 2024 of 8,120 units versus 7,340"
    r"(?:when\s+|by\s+)?comparing\s+the\s+(?:[\w-]+\s+){1,5}?of|"
    # "as volumes hit a new high of 9,120", "reached a record high of"
    r"(?:hit|reached|touched)\s+(?:an?\s+)?(?:new\s+|record\s+|all-time\s+)?(?:high|peak|record)\s+of))"
    # ("to the level of 2,581 buses", "to the mark of 1,200")
    # ("fell 49% to just Rs 572 million": a word that belittles the level reached)
    r"\s+(?:a\s+(?:record\s+|total\s+of\s+)?|an?\s+all-time\s+high\s+of\s+|the\s+(?:level|mark)\s+of\s+|"
    r"(?:just|only|a\s+mere)\s+)?$",
    re.IGNORECASE,
)
# "a 41% decline in sales over the first eight months of the fiscal year, with only 46,417 units":
# the clause after the rate's period opens on the level reached, however long the period's words
# (none of which names a baseline or another subject)
# "a decline of 17 per cent in the domestic market in its tractor business selling 26,094 units":
# a verb of selling ends the rate's clause at its level, however long the words of place before it
SELLING_LEVEL = re.compile(
    r"^(?:(?!\b(?:from|compared|compare|against|versus|vs|than|which|when|since|while|whereas|and|but)\b)"
    rf"[^.;:%,\d()]){{0,80}}?\b{SELLING_VERBS}"
    r"(?:\s+(?:sales\s+of|just|only))?\s+$",
    re.IGNORECASE,
)
WITH_LEVEL = re.compile(
    r"^(?:(?!\b(?:from|compared|against|versus|vs|than|which|when|since|while|whereas|as\s+well)\b)[^.;:%\d()]){0,90}?"
    # (", with the company recording 25,592 units", ", with its sales at 8,100")
    rf",\s+with(?:\s+(?:the|its|their)\s+[\w'’-]+(?:\s+sales)?\s+(?:{SELLING_VERBS}|at))?"
    r"(?:\s+(?:just|only|a\s+mere))?\s+$"
    # ... or with no comma, after the words of what grew and where, none of them another clause's:
    # "a 12 per cent rise in deliveries across the light truck category with 9,400 units"
    r"|^(?:(?!\b(?:from|compared|against|versus|vs|than|which|when|since|while|whereas|and|but|as)\b)"
    r"[^.;:%,\d()]){46,90}?\swith(?:\s+(?:just|only|a\s+mere))?\s+$",
    re.IGNORECASE,
)
# A sentence that opens by pointing back at the figure before it.
ANAPHORA = re.compile(
    r"^\s*(?:that|this|it|which|the\s+figure|the\s+number|the\s+result|the\s+total)\b(?:'s|\s+is|\s+was|\s+were|\s+represents|\s+marks|\s+means)?",
    re.IGNORECASE,
)
# A sentence that says the figure before it again, in other words: "That's one out of every four
# cars", "In other words, ...", "This means ..."
RESTATING_OPENER = re.compile(
    r"^\s*(?:(?:that|this)(?:'s|’s|\s+is|\s+was|\s+means|\s+represents|\s+equals)|in\s+other\s+words)\b",
    re.IGNORECASE,
)
# A comparison phrase to its clause's end, figures and all: "compared to 31,619 units sold a year
# ago", "Versus its May figure (11,000)", "up from 9,800 in March" (what it dates is the baseline's)
COMPARISON_PHRASE = re.compile(
    # ("a steep drop from 12,390 units shipped abroad in October last year")
    rf"(?:(?<![\w-]){VERSUS}|\b(?:up|down|fall|drop|rise|increase|decline|decrease|jump|dip|rising|falling)\s+from\b"
    # ("up 310 cars, or 0.6%, from the 51,020 cars counted in June": from a level of its own)
    r"|\bfrom\s+the\s+(?=\d{1,3}(?:,\d{3})++\s+(?:units|vehicles|cars)\b)"
    # ("well above the 3,615 sold a year before": a level of its own, compared with)
    r"|\b(?:above|below|short\s+of)\s+the\s+(?=\d))"
    r"(?:[^,;]|,(?=\d))*+",
    re.IGNORECASE,
)
# Weaker: a sentence that opens with the metric itself ("Sales of ... were up 128%").
# (after the class it counts: "Vehicle registrations dropped ...", "Motor vehicle sales rose ...")
METRIC_OPENING = re.compile(
    rf"^\s*(?:(?:new|used|motor|passenger|vehicle|car|van|truck|commercial)\s++){{0,3}}{SALES_WORDS}\b", re.IGNORECASE
)
SALES_WORD = re.compile(rf"\b{SALES_WORDS}\b", re.IGNORECASE)

_MONTH_RE = "|".join(MONTHS)
_QUARTER_RE = "(?:first|second|third|fourth) quarter|q[1-4]|(?:first|second) half|h[12]"
PERIOD_REF = re.compile(
    # ("7% more than in October": the preposition of a comparative's period)
    rf"^(?:(?:in|during)\s+)?(?:the\s+)?(?:(?P<month>{_MONTH_RE})|(?P<q>(?:the\s+)?(?:{_QUARTER_RE})))\b(?!\s+\d)",
    re.IGNORECASE,
)


def period_key(match: re.Match[str]) -> str:
    """ "June" -> "june", "the second quarter" -> "q2", "first half" -> "h1"."""
    phrase = match.group("month") or match.group("q")
    return periods.key_of(phrase) or phrase.lower()  # PERIOD_REF matches only what the finder reads


@dataclass(frozen=True, slots=True)
class Direction:
    sign: int  # +1, -1, or 0 when no cue


_BY_AFTER = re.compile(r"\s{1,3}+by\b", re.IGNORECASE)


def direction_of(doc: Document, q: Quantity, floor: int) -> Direction:
    """The direction a percent states: the cue before it, or right after it."""
    text = doc.norm
    if q.signed:
        return Direction(1 if q.value > 0 else -1)
    before = text[max(floor, q.start - 60) : q.start]
    m = CUE_BEFORE.search(before)
    if m and (m.group("up") or m.group("down")):
        word = (m.group("up") or m.group("down")).lower()
        # "more"/"less" before a figure is a hedge ("more than 5%"), not a cue; with "by" it is
        # the size of the change ("higher by 11%", "lower by about 4 percent")
        if word not in ("more", "less", "fewer", "higher", "lower") or _BY_AFTER.match(
            before, m.end("up") if m.group("up") else m.end("down")
        ):
            return Direction(1 if m.group("up") else -1)
    m = _CHANGE_NOUN_IN.search(before)
    if m:
        return Direction(1 if m.group("up") else -1)
    after = text[q.end : q.end + 60]
    m = CUE_AFTER.match(after)
    if m:
        return Direction(1 if m.group("up") or m.group("up2") or m.group("up3") or m.group("up4") else -1)
    m = _CHANGE_IN_BY.search(before)
    if m:
        return Direction(1 if m.group("up") else -1)
    m = _VERB_PERIOD_BY.search(text, max(floor, q.start - 120), q.start)
    if m:
        return Direction(1 if m.group("up") else -1)
    m = _VERB_OBJECT_BY.search(text, max(floor, q.start - 80), q.start)
    if m:
        return Direction(1 if m.group("up") else -1)
    if _GROWTH_AT.search(text, max(floor, q.start - 80), q.start):
        return Direction(1)
    m = _CHANGE_WAS_AT.search(text, max(floor, q.start - 80), q.start)
    if m:
        return Direction(1 if m.group("up") else -1)
    return Direction(0)


# "a rise in 105.3%", "an increase in 12%": a change noun with "in" before its own size, as
# translated copy writes it (never "a rise in exports of 12%": a word between is what rose)
_CHANGE_NOUN_IN = re.compile(
    rf"\ban?\s++(?:(?P<up>{alt(RISE_NOUNS)})|(?P<down>{alt(FALL_NOUNS)}))\s++in\s*+$", re.IGNORECASE
)


# The change named as the subject whose size the figure is: "the slide was steeper at 12 per cent",
# "The decline stood at 4%", "the increase was sharper, at 9%" (not a comparison: "a decline
# smaller than 4%", nor a share or a target)
_CHANGE_WAS_AT = re.compile(
    rf"\bthe\s++(?:[a-z]{{1,15}}+\s++)?(?:(?P<up>{alt(RISE_NOUNS)})|(?P<down>{alt(FALL_NOUNS)}))\s++"
    r"(?:was|is|stood|came|amounted)\b"
    r"(?:(?!\b(?:share|penetration|than|from|compared|versus|forecast|target|expected)\b)[^.;:%\d]){0,30}?"
    r"\b(?:at|to)?\s*+(?:about\s++|nearly\s++|around\s++|some\s++)?$",
    re.IGNORECASE,
)


# Growth named as the subject whose rate the figure is: "Growth in Kessel's van exports held at
# 14 percent", "growth in exports was 12%". Not a share's or a penetration's growth, the
# economy's, a forecast of growth, nor a clause of another verb ("growth fell to 5%", "a growth
# trend, with petrol rising to 27%"); "negative growth" is a fall, read elsewhere.
_GROWTH_AT = re.compile(
    r"(?<!negative )(?<!GDP )(?<!economic )(?<!economy )\bgrowth\b"
    rf"(?:(?!\b(?:share|penetration|than|from|compared|versus|forecast|target|{alt(RISE_WORDS)}|{alt(FALL_WORDS)})\b)"
    r"[^.,;:%\d]){0,60}?\b(?:at|was|is|of|reached|hit)\s++(?:about\s++|nearly\s++|around\s++|some\s++)?$",
    re.IGNORECASE,
)


# The words of a period between a verb of change and its "by": "fell over the first five months of
# the year by 21%", "rose in the first half of 2025 by 12%"
_PERIOD_WORD = (
    r"(?:since|until|till|through|to|in|during|over|for|from|and|the|of|a|this|last|previous|year|years|"
    r"beginning|start|end|first|second|third|fourth|half|quarter|month|months|week|weeks|"
    # ("fell for the January to April period by 26%", "rose over the whole review period by 9%")
    r"period|same|whole|entire|full|calendar|fiscal|financial|review|reporting|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|q[1-4]|h[12]|(?:19|20)\d\d|"
    rf"{alt(MONTHS)})"
)
_VERB_PERIOD_BY = re.compile(
    rf"\b(?:(?P<up>{alt(RISE_VERBS + RISE_PARTICIPLES)})|(?P<down>{alt(FALL_VERBS + FALL_PARTICIPLES)}))"
    rf"(?:[\s,]++{_PERIOD_WORD}\b){{1,14}}+[\s,]++by\s++(?:about\s++|nearly\s++|some\s++|around\s++)?$",
    re.IGNORECASE,
)


# "improved deliveries by 4.1%", "increased its sales by 12%", "surpassing last year's record by 2.8%"
_VERB_OBJECT_BY = re.compile(
    rf"\b(?:(?P<up>{alt(RAISING_VERBS)})|(?P<down>{alt(LOWERING_VERBS)}))\s{{1,3}}+"
    r"(?:(?:its|their|the|last\s{1,3}+year['’]s|the\s{1,3}+previous\s{1,3}+year['’]s)\s{1,3}+)?"
    rf"(?:[a-z-]{{2,20}}+\s{{1,3}}+){{0,2}}?{alt(CHANGED_OBJECTS)}\s{{1,3}}+by\s{{1,3}}+"
    r"(?:about\s{1,3}+|nearly\s{1,3}+|some\s{1,3}+|around\s{1,3}+|almost\s{1,3}+)?$",
    re.IGNORECASE,
)


# "a decline in the demand on cars by 30%", "an increase in exports of 12%": the change noun, what
# changed, then the rate
_CHANGE_IN_BY = re.compile(
    rf"\b(?:(?P<up>{alt(RISE_NOUNS)})|(?P<down>{alt(FALL_NOUNS)}))"
    r"\s+in\s+(?:[\w'’-]{1,20}\s+){1,6}?(?:of|by)\s+(?:about\s+|nearly\s+|some\s+|around\s+)?$",
    re.IGNORECASE,
)


def first_quantity_at(quantities: list[Quantity], pos: int, slack: int = 0) -> Quantity | None:
    for q in quantities:
        if pos <= q.start <= pos + slack:
            return q
    return None


def in_parentheses_after_amount(doc: Document, q: Quantity) -> bool:
    """A converted figure: "RMB 250,000 ($39,000)" -> the $39,000."""
    before = doc.norm[max(0, q.start - 3) : q.start]
    if q.is_currency and before.rstrip().endswith("/"):
        # "¥4.86 trillion ($40.2 billion/€36.1 billion)": the second conversion in the bracket
        prev = next((r for r in reversed(doc.in_sentence(q.sentence)) if r.end <= q.start), None)
        return prev is not None and in_parentheses_after_amount(doc, prev)
    if not before.rstrip().endswith("("):
        return False
    # "imports for September (4,344)", "September last year (4,952)": the level of a period named
    # right before the bracket, not a conversion; nor "more than in Lithuania (5.7)", after no amount
    return not _PERIOD_BRACKET.search(doc.norm, max(0, q.start - 30), q.start) and bool(
        _AMOUNT_BRACKET.search(doc.norm, max(0, q.start - 45), q.start)
    )


# an amount, maybe its scale and currency words, then the bracket: "RMB 250,000 (", "2.5 trillion won ("
_AMOUNT_BRACKET = re.compile(r"(?<![\d,.])\d[\d,.]*+%?\s{0,2}+(?:[^\W\d]{1,12}+\.?\s{0,2}+){0,3}\(\s{0,2}+$")
_PERIOD_BRACKET = re.compile(
    rf"(?:\b(?:{alt(MONTHS)})|(?<![\d,.])(?:19|20)\d\d|\blast\s+year|\bperiod)\s{{0,2}}\(\s{{0,2}}$", re.IGNORECASE
)


def compatible(a: Quantity, b: Quantity) -> bool:
    """Two levels that can be compared: the same unit, bare numbers counting as counts."""
    ua = a.unit if a.unit not in (None, "count") else "count"
    ub = b.unit if b.unit not in (None, "count") else "count"
    return ua == ub and a.is_amount and b.is_amount


def period_index(doc: Document) -> dict[str, list[Quantity]]:
    """Figures stated for a period, by period key, in one pass over the document: "41,366 new
    energy vehicles in June", "Over the second half, the maker sold 23,747 trucks", "June sales
    were 41,366 units"."""
    out: dict[str, list[Quantity]] = {}
    for sent in doc.sentences:
        text = doc.norm[sent.start : sent.end]
        mine = doc.in_sentence(sent.index)
        for m in _IN_PERIOD.finditer(text):
            pos = sent.start + m.start()
            # The figure right before "in June", with no other figure between.
            before = [q for q in mine if q.end <= pos and q.is_amount]
            if before:
                q = before[-1]
                gap = doc.norm[q.end : pos]
                if len(gap) <= 45 and (not re.search(r"[,;]|\d", gap) or _APPOSITIVE_GAP.fullmatch(gap)):
                    out.setdefault(period_key(PERIOD_REF.match(m.group(1))), []).append(q)  # type: ignore[arg-type]
        m = _OPENING_PERIOD.match(text)
        if m:
            q = next((q for q in mine if q.start >= sent.start + m.end()), None)
            if q is not None and q.is_amount and q.start - sent.start - m.end() <= 60:
                out.setdefault(period_key(PERIOD_REF.match(m.group(1))), []).append(q)  # type: ignore[arg-type]
        for m in _MONTH_SUBJECT.finditer(text):
            q = first_quantity_at(mine, sent.start + m.end(), 12)
            if q is not None and q.is_amount:
                out.setdefault(m.group(1).lower(), []).append(q)
    return out


# "3,692 units of its only model, the L1, in October": a name set off by commas before the period
_APPOSITIVE_GAP = re.compile(r"[^,;\d]{0,30},\s{0,3}(?:the|its|their|a|an)\s[^,;\d]{1,25},\s{0,3}")
_IN_PERIOD = re.compile(rf"\b(?:in|for|during|of)\s+(?:the\s+)?({_MONTH_RE}|{_QUARTER_RE})\b", re.IGNORECASE)
# "Over the second half, the maker sold 23,747 trucks"
_OPENING_PERIOD = re.compile(
    rf"\s{{0,20}}(?:in|during|for|over|across|throughout)\s{{1,5}}(?:the\s{{1,5}})?({_MONTH_RE}|{_QUARTER_RE})\b[^,.;]{{0,25}},",
    re.IGNORECASE,
)
# "June sales were 41,366 units"
_MONTH_SUBJECT = re.compile(
    rf"\b({_MONTH_RE})(?:'s)?\s+(?:[a-z\- ]{{0,40}}?)(?:were|was|of|at|totaled|totalled|reached|stood at)\s+",
    re.IGNORECASE,
)


# "to 248 and 2,079", "at 1,210, 840 and 95 units": the levels a run of rates reached, in turn
# ("climbed 84 and 162.5 percent year on year to 208,000 and 61,000": the rates' basis between)
_TO_RUN = re.compile(
    rf"(?<!\s)(?:\s{{1,3}}+{BASIS})?\s{{0,3}}\)?\s{{0,3}},?\s{{0,3}}(?:to|at|reaching)\s{{1,3}}", re.IGNORECASE
)
_RUN_JOIN = re.compile(r"\s{0,3}(?:[A-Za-z]{1,12}\s{1,3})?(?:,\s{0,3}and|,|and|&)\s{0,3}", re.IGNORECASE)


def levels_in_turn(text: str, qs: list[Quantity], after: int, count: int) -> list[Quantity] | None:
    """The ``count`` levels a run of rates ending at ``after`` reached, one each, in order: "fell
    by 27.9% (96) and 8% (180) to 248 and 2,079 respectively", "rose 10% and 5% to 1,210 and 840".
    None unless the list right after "to" has exactly that many levels of one kind."""
    m = _TO_RUN.match(text, after)
    if m is None:
        return None
    rest = [q for q in qs if q.start >= m.end()]
    if not rest or rest[0].start != m.end() or not rest[0].is_amount or rest[0].unit == "percent":
        return None
    run = [rest[0]]
    for q in rest[1:]:
        if not _RUN_JOIN.fullmatch(text, run[-1].end, q.start):
            break
        if not compatible(q, run[0]):
            return None
        run.append(q)
    return run if len(run) == count else None


# A date between two figures: "in August 2019", "during July", "2010-2011"
_DATED = re.compile(
    rf"\b(?:in|during)\s+(?:(?:{MONTH})(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)\b"
    # a year or a span of years ("over the two year 2010-2011 period")
    r"|(?<![\d,.])(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?(?![\d,.%])",
    re.IGNORECASE,
)


def blank_dates(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with its dates blanked, offsets kept ("units in August 2019, compared to"):
    a date between two figures is no other figure."""
    return _DATED.sub(lambda m: " " * len(m.group()), text[start:end])


# A short aside in brackets: a conversion, a rate or a share beside a figure ("($4.4 billion)", "(52.9%)")
BRACKET = re.compile(r"\([^()]{0,40}+\)")


def blank_brackets(text: str) -> str:
    """``text`` with every short bracket blanked out, offsets kept."""
    return BRACKET.sub(lambda m: " " * len(m.group()), text)


# A result's per-share figure set off by "or", an aside like a bracket: "to $1.2 billion, or $2.10 a
# share, from $1.07 billion"; "a profit of 912 billion won, or 4,410.5 won per share"
_PER_SHARE_FIGURE = (
    r"(?:[A-Z]{0,3}[$€£¥₹₩]|Rs\.?\s?|[A-Z]{3}\s)?\.?\d[\d,.]*+(?:\s{1,2}+[a-z]{1,8}+){0,2}?\s{1,2}+" + PER_SHARE
)
# ... or in brackets: "net income of $16.2 million ($1.57 per diluted share)"
PER_SHARE_GLOSS = re.compile(
    r",\s{0,2}+or\s{1,3}+"
    + _PER_SHARE_FIGURE
    + r"(?=\s{0,2}+[,;.)]|\s{1,2}+(?:from|against|compared|versus|vs|up|down|in|a\s+year)\b)"
    + r"|\(\s{0,2}+"
    + _PER_SHARE_FIGURE
    + r"\s{0,2}+\)",
    re.IGNORECASE,
)


_PER_SHARE_AFTER = re.compile(r"(?:\s{1,2}+[a-z]{1,8}+)?\s{1,2}+" + PER_SHARE, re.IGNORECASE)


def per_share(text: str, q: Quantity) -> bool:
    """Whether ``q`` is a figure per share ("$1.90 a share", "612 cents per diluted share")."""
    return _PER_SHARE_AFTER.match(text, q.end) is not None


def in_per_share_gloss(text: str, q: Quantity) -> bool:
    """Whether ``q`` is a per-share figure glossing the result before it ("$311 million, or $2.75
    per share")."""
    return any(
        m.start() <= q.start and q.end <= m.end()
        for m in PER_SHARE_GLOSS.finditer(text, max(0, q.start - 12), min(len(text), q.end + 80))
    )


def blank_per_share(text: str) -> str:
    """``text`` with its per-share glosses blanked out, offsets kept."""
    return PER_SHARE_GLOSS.sub(lambda m: " " * len(m.group()), text)


def blank_asides(text: str) -> str:
    """``text`` with its short brackets and per-share glosses blanked out, offsets kept: neither
    is a gap between a level and its comparison."""
    return blank_per_share(blank_brackets(text))


_RANGE = re.compile(
    r"(?:\b(?:between|range\s+(?:of|from|between)|rang(?:es|ed|ing)\s+from)\s+|(?<!from\s)(?<=\s))(?:[A-Z]{3}\s?|\$)?"
    # (a year is no bound: "from 31,450 units in May 2022 to 40,120 units")
    r"(?!(?:19|20)\d\d\b)(?P<a>\d[\d,.]*)\s*(?:million|billion|units|vehicles)?\s+(?:and|to|-)\s+(?:[A-Z]{3}\s?|\$)?(?P<b>\d[\d,.]*)",
    re.I,
)


# "from a high of 468,000 units to a low of 412,000": a range by its ends
_HIGH_LOW = re.compile(
    r"\b(?:high|low)\s++of\s++(?:[A-Z]{3}\s?|\$)?(?P<a>\d[\d,.]{0,15}+)[^;.\d]{0,30}?\bto\s++(?:an?\s++)?"
    r"(?:low|high)\s++of\s++(?:[A-Z]{3}\s?|\$)?(?P<b>\d[\d,.]{0,15}+)",
    re.I,
)


def range_ends(doc: Document) -> set[int]:
    """Starts of figures that bound a range ("between 160,000 and 170,000", "from a high of 468,000
    to a low of 412,000")."""
    out: set[int] = set()
    for pattern in (_RANGE, _HIGH_LOW):
        for m in pattern.finditer(doc.norm):
            out.add(m.start("a"))
            out.add(m.start("b"))
    return out
