"""Breakdowns and their totals: which figures a list of parts adds up to.

Read by the sum rule (FC103), which judges the addition, and by the share rule (FC102),
which needs the whole a list of shares is of. Nothing here makes a verdict."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factcheck.attribution import (
    Attribution,
    Record,
    metric_compatible,
    period_of,
    same_company,
    same_period,
    tags_of,
)
from factcheck.context import blank_brackets, blank_dates
from factcheck.frames import quals_of
from factcheck.lexicon import (
    ALSO,
    CHANGE_NOUN,
    FALL,
    FALL_PARTICIPLES,
    LINE_METRIC,
    OWN_SHARE_AFTER,
    PRIOR_TIME_OPENER,
    PROJECTION,
    RANKED_AFTER_ONE_BEFORE,
    RISE,
    RISE_PARTICIPLES,
    alt,
)
from factcheck.model import Quantity
from factcheck.periods import Mention
from factcheck.periods import mentions as periods_mentions
from factcheck.words import SMALL

# Words that announce the parts of the figure before them.
CUE_IN = re.compile(
    r"^[^\d.;]{0,70}?\b(?P<cue>comprising|comprised\s+of|consisting\s+of|made\s+up\s+of|split\s+(?:into|between|among)|"
    r"broken\s+down\s+into|divided\s+(?:into|between)|including|(?:which\s+)?includ(?:e|es|ed)|of\s+which|"
    r"among\s+(?:them|which)|with)\b[^\d.;]{0,40}$|"
    r"^\s*(?P<colon>:|[-–—])\s*[^\d.;]{0,30}$",
    re.IGNORECASE,
)
# "..., Germany, with 3.31 million": "with" ties the figure to a subject of its own, not to a total
_OWN_SUBJECT_WITH = re.compile(r"(?:^|[,;]|\band)\s*+(?:the\s+)?[A-Z][\w.&'-]*+(?:\s[A-Z][\w.&'-]*+){0,3},?\s+with\s+$")
CLOSED_CUES = ("comprising", "comprised", "consisting", "made", "split", "broken", "divided", "colon")
CUE_START = re.compile(
    r"^\s*(?:this|these|that|it)\s+(?:includes?|included|comprises?|comprised|consists?\s+of|consisted\s+of)\b|"
    r"^\s*(?:of|out\s+of|among)\s+(?:that|this|these|them|the\s+total|those)\b|^\s*included\s+(?:in|within)\b|"
    r"^\s*(?:by|broken\s+down\s+by)\s+(?:powertrain|segment|brand|model|type)\b",
    re.IGNORECASE,
)
TOTAL_LABEL = re.compile(
    r"(?:^|\n)[ \t]*(?:[-*•][ \t]*)?(?:\([^()\n]{0,40}\)[ \t]*)?(?:total|all\s+models|overall|in\s+total)[ \t]*:"
    rf"[ \t]*(?:{LINE_METRIC})?\s*$",
    re.IGNORECASE,
)
# "analysts' estimates of 1.70 lakh units": a projection is no total of what was sold
_PROJECTED_BEFORE = re.compile(rf"\b{PROJECTION}\b[^.;\d]{{0,30}}$", re.IGNORECASE)
# the word that makes a figure the one compared with: "5.5% more than the 506,800 of a year earlier"
COMPARED_WITH = re.compile(r"\b(?:than|from|compared\s++(?:with|to)|against|versus|vs\.?)\s++(?:the\s++)?$", re.I)
# how a total found by its category alone (no word ties it to the list) is described
BY_CATEGORY = "the total of the same category"
MAX_BACK = 6  # sentences searched back for the total of a breakdown
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A sentence that opens by moving to another time dates all its figures there.
OPENS_SHIFTED = re.compile(rf"^\W*{PRIOR_TIME_OPENER}\b", re.IGNORECASE)


def another_time(att: Attribution, k: int, ref: int) -> bool:
    """Sentence ``k`` is dated at another time than sentence ``ref``: it opens by moving to
    one ("In the previous year, ...", "Last year, ...") that ``ref`` does not open with, or it
    opens with a year ``ref`` does not name ("In 2015, total sales were ..." after a sentence of 2016)."""
    text, other = att.doc.sentences[k].text, att.doc.sentences[ref].text
    m = OPENS_SHIFTED.match(text)
    if m is None:
        return False  # a year named later in the sentence may be a baseline's ("from 5,969 in 2021")
    year = YEAR.search(m.group())
    if year is None:
        n = OPENS_SHIFTED.match(other)
        return n is None or n.group().lower() != m.group().lower()
    ref_years = set(YEAR.findall(other))
    return bool(ref_years) and year.group() not in ref_years


@dataclass
class Group:
    parts: list[Record]
    family: str
    total: Record | None = None
    closed: bool = False
    how: str = ""
    others: list[Record] = field(default_factory=list)  # other figures that could be the total
    sure: bool = True  # the parts are certainly all of the total's parts (else only a match counts)
    wider: bool = False  # the total is wider than the family the parts close (NEV parts of all cars)


def record_tags(att: Attribution | None, r: Record) -> dict[str, str]:
    """A record's tags as the sum rule reads them: an aligned label ("A and B units of
    passenger and commercial vehicles, respectively") or a model named before the figure
    overrides what the words around the figure say."""
    if att is None:
        return r.tags
    return att.overrides.get(id(r), r.tags)


def family(recs: list[Record], att: Attribution | None = None) -> str | None:
    """The tag family the records break down: present in all, with distinct members."""
    tags = [record_tags(att, r) for r in recs]
    fams = set(tags[0])
    for t in tags[1:]:
        fams &= set(t)
    for fam in (
        "model",
        "brand",
        "powertrain",
        "segment",
        "market",
        "buyer",
        "body",
        "origin",
        "condition",
        "region",
        "aligned",
    ):
        if fam in fams and len({t[fam] for t in tags}) == len(recs):
            return fam
    return None


def others_agree(recs: list[Record], fam: str, strict: bool, att: Attribution | None = None) -> bool:
    tags = [record_tags(att, r) for r in recs]
    for other in {k for t in tags for k in t} - {fam}:
        vals = {t.get(other) for t in tags}
        if len(vals) > 1 and (strict or None not in vals or len(vals) > 2):
            return False
    return True


# A figure of every class: "Total exports", "overall sales", "all exports"
_ALL_OF = re.compile(r"\b(?:total|overall|all|combined)\b", re.IGNORECASE)


def compatible_total(att: Attribution, t: Record, parts: list[Record], fam: str, named: bool = False) -> bool:
    """``named``: the parts' sentence names the total ("Among these passenger vehicles, ..."),
    so a part that does not repeat the total's tag still belongs to it."""
    ttags = record_tags(att, t)
    if t in parts or fam in ttags:
        return False
    ptags = [record_tags(att, r) for r in parts]
    for other in {k for p in ptags for k in p} | set(ttags):
        if other == fam:
            continue
        pv = {p.get(other) for p in ptags}
        tv = ttags.get(other)
        if tv is None and pv != {None}:
            return False  # the parts are a narrower slice than the total
        if tv is not None and pv != {tv}:
            if (
                not (other == "segment" and tv == "passenger" and pv == {None})
                and not (named and pv <= {tv, None})
                # "Aggregate domestic sales at 45,537 units" broken down by segment: a segment's
                # sales are the country's own unless they say otherwise
                and not (other == "market" and tv == "domestic" and pv == {None} and fam == "segment")
            ):
                return False
    if any(not metric_compatible(t.metric, r.metric) for r in parts):
        return False
    # a split by market whose parts name a body on one side only is no one breakdown ("At home,
    # scooter sales came to 52,300" beside "Total exports fell to 28,100", rickshaws too)
    # (unless the total names that body too: "Its total scooter sales ... 112,800" over "39,300
    # scooters at home" and "exported 73,500 units"; not "Total exports", every body's)
    bodies = [quals_of(r.context).get("body") for r in parts]
    if (
        fam == "market"
        and any(bodies)
        and not all(bodies)
        and (
            {b for b in bodies if b} != {quals_of(t.context).get("body")}
            or any(not b and _ALL_OF.search(r.context) for b, r in zip(bodies, parts, strict=True))
        )
    ):
        return False
    # a market named after the figure ("20,213 cars in Europe") is not in the tags: the parts must
    # name the same one ("in China" is the scope of most of this news, and may go unsaid)
    t_region = tags_of(t.context).get("region")
    if fam == "region" and (t_region or quals_of(t.context).get("place")) not in (
        None,
        "global",
        "europe",
        "Europe",
        "EU",
    ):
        return False  # "Japan, with 6.06 million, China, with 5.2 million, ...": one country among others
    if t_region not in (None, "China") and any(
        tags_of(att.doc.sentences[r.sentence].text).get("region") != t_region for r in parts
    ):
        return False
    tp = period_of(att, t)
    if any(not same_period(tp, period_of(att, r)) for r in parts):
        return False
    if fam != "brand" and not all(
        same_company(att.context_company(t.sentence), att.context_company(r.sentence)) for r in parts
    ):
        return False
    return fam == "brand" or all(same_company(t.names, r.names) for r in parts)


# the words that put the next figure after the one before in a ranking, not inside it
_RANKED_AFTER = re.compile(r"\b(?:followed\s+by|ahead\s+of|trailed\s+by|behind)\b", re.IGNORECASE)
_ALSO = re.compile(ALSO, re.IGNORECASE)
_SET_AGAINST = re.compile(r"\b(?:while|whereas|but)\b", re.IGNORECASE)
_RANKED_AFTER_ONE_BEFORE = re.compile(RANKED_AFTER_ONE_BEFORE, re.IGNORECASE)
_OWN_SHARE = re.compile(OWN_SHARE_AFTER, re.IGNORECASE)


def find_total(att: Attribution, g: Group) -> None:
    doc = att.doc
    first = g.parts[0]
    sent = doc.sentences[first.sentence]
    before = [r for r in att.records_in(first.sentence) if r.head.start < first.head.start]
    # "27,418 cars in May, comprising 9,806 from ..."
    if before:
        t = before[-1]
        gap = doc.norm[t.label_end : first.head.start]
        m = CUE_IN.match(gap)
        if m and m.group("cue") and m.group("cue").lower() == "with" and _OWN_SUBJECT_WITH.search(gap):
            m = None  # "the United States, with 4.89 million, Germany, with 3.31 million": a ranking
        if m and _RANKED_AFTER.search(gap):
            m = None  # "the Netherlands with 381 buses, followed by France with 285": the next in a ranking
        if m and t not in g.parts:
            # The cue governs the list that follows it in its own sentence, not figures of the
            # next sentences that happen to continue the family ("97,212 hybrids, including
            # 27,685 plug-ins. ... 63,047 petrol cars"): those are not its parts.
            own = [r for r in g.parts if r.sentence == first.sentence]
            if len(own) < 2:
                return
            g.parts = own
            g.total, g.how = t, "listed as its parts"
            cue = (m.group("cue") or "colon").split()[0].lower()
            g.closed = cue in CLOSED_CUES
            return
    # "This includes 423,000 BEVs and 82,000 PHEVs": the figure of the sentence before
    if CUE_START.match(sent.text) and not before and first.sentence > 0:
        prev = att.records_in(first.sentence - 1)
        if prev and compatible_total(att, prev[0], g.parts, g.family, named=True):
            g.total, g.how = prev[0], "broken down in the next sentence"
            return
    # "Total: 10,489" closing a list of "Label: figure" lines
    last = g.parts[-1]
    after = [r for r in att.records_between(last.sentence, last.sentence + 1) if r.head.start > last.head.start][:1]
    if after:
        t = after[0]
        line_start = max(doc.norm.rfind("\n", 0, t.head.start) + 1, t.head.start - 120)
        if TOTAL_LABEL.search(doc.norm[line_start : t.head.start]) and t.sentence - last.sentence <= 1:
            g.total, g.how, g.closed = t, "closing the list", True
            return
    # the nearest earlier figure of the parent category; first one that names the same
    # metric and period, then one that at least does not contradict them
    floor = max(0, first.sentence - MAX_BACK)
    biggest = max(r.head.value for r in g.parts)
    part_years = frozenset().union(*(r.years for r in g.parts))
    part_periods = frozenset().union(*(r.periods for r in g.parts))
    cands = [
        r
        for r in att.records_between(floor, first.sentence)
        if r.head.start < first.head.start
        and r.head.exact
        and not _PROJECTED_BEFORE.search(doc.norm, max(0, r.head.start - 40), r.head.start)
        and not COMPARED_WITH.search(doc.norm, max(0, r.head.start - 30), r.head.start)
        # ("4,120 or 71.8 per cent of the total": a part of another whole)
        and not _OWN_SHARE.match(doc.norm, r.head.end)
        and not (r.sentence != first.sentence and another_time(att, r.sentence, first.sentence))
        # a year of its own that no part's is ("421,530 units in September 2022" for parts of 2023)
        and not (r.years and part_years and not r.years & part_years)
        and compatible_total(att, r, g.parts, g.family)
        # a count's total is larger than each of its parts ("691 vans" totals no "26,388 BEVs"); one
        # just below a part may be that part mistyped, so only one far below, in another sentence,
        # is ruled out ("Of the 1,417 cars sold, 5,102 were SUVs, ...": its own total, a digit dropped)
        and not (2 * r.head.value < biggest and r.head.unit in (None, "count") and r.sentence != first.sentence)
        # a peer the first part is set against ("rental vehicles rose to 215, while tractors held at 170")
        and not (r.sentence == first.sentence and _SET_AGAINST.search(doc.norm, r.head.end, first.head.start))
    ]

    # the total of the parts' own period, said after the paragraph moved to it ("Sales in 2024 came to
    # 16,860 ... From January to May 2025 they reached 9,450: cars slipped to 2,240 while vans ..."):
    # an undated figure before it is of the time the article spoke of before
    dated = [r.head.start for r in cands if part_periods and r.periods == part_periods]
    if dated:
        cands = [r for r in cands if r.periods or r.head.start > min(dated)]
    if _ALSO.search(sent.text) or _RANKED_AFTER_ONE_BEFORE.search(sent.text):
        # "There were A cars and B utes also sold": they join figures said before them ("79,900 sold,
        # with 39,300 of these SUVs"), so no earlier figure is their whole alone
        return
    part_tags = {k for r in g.parts for k in record_tags(att, r)}

    def score(t: Record) -> int:
        metrics = {r.metric for r in g.parts} - {None}
        periods = frozenset().union(*(r.periods for r in g.parts))
        return (
            2 * (g.family == "powertrain" and t.nev)
            + (bool(metrics) and metrics == {t.metric})
            + bool(periods & t.periods)
            # a total narrower than the parts say ("69,543 passenger cars" for local and imported cars;
            # BEVs and PHEVs, though, are most often of the passenger NEVs)
            - (g.family != "powertrain" and any(k not in part_tags for k in record_tags(att, t)))
            - 3 * is_subset(att, t)
            - 4 * (t.head.value <= biggest)  # a total is larger than each of its parts
        )

    if cands:
        best = max(score(t) for t in cands)
        g.total = [t for t in cands if score(t) == best][-1]
        g.how = BY_CATEGORY


SUBSET = re.compile(r"\b(?:including|of\s+which|among\s+(?:them|which)|which\s+includ(?:ed|es))\b", re.IGNORECASE)


def is_subset(att: Attribution, r: Record) -> bool:
    """ "261,105 units, including 11,146 Denza EVs": the second figure is a subset of the first,
    never the total of a breakdown of the first."""
    prev = [o for o in att.records_in(r.sentence) if o.head.start < r.head.start]
    return bool(prev) and bool(SUBSET.search(att.doc.norm[prev[-1].head.end : r.head.start]))


# ---------------------------------------------------------------------------------------------
# A run of figures that its own sentence adds up: "A, B and C, for a total of T", "A and B
# together accounted for T", "A in April and B in May, bringing the total to T", "T, with A
# going to Europe, B to Asia and C to Africa". The words tie the run to the total; what the parts
# are called does not matter, so no tag family is asked for.

# the words between the run's last part and the total after it
_TIE_BEFORE = re.compile(
    # ("resulting in a total figure of", "which gives a total of")
    r"(?:\b(?:for|with|giving|making|bringing|taking|pushing|to|at|resulting\s++in|which\s++(?:gives|gave|makes|made))"
    r"\s++(?:a|an|the|its|their)\s++(?:[a-z\-]++\s++){0,2}?(?:total|tally|sum)(?:\s++(?:figure|number|count))?\s++(?:of|to)"
    r"|,\s*+(?:a|the)\s++(?:combined\s++|grand\s++|overall\s++)?total\s++of"
    # (", totalling 9,364", ", adding up to 9,364": a participle that sums up the run before it)
    r"|,\s*+(?:totall?ing|adding\s++up\s++to|amounting\s++to|summing\s++to)"
    r"|\b(?:together|combined|between\s+them)\s*+,?\s*+(?:[a-z\-]++\s++){0,2}?"
    r"(?:accounted\s++for|made\s++up|came\s++to|totall?ed|amounted\s++to|reached|were|was|numbered|"
    r"added\s++up\s++to|represented|sold|registered|delivered))"
    r"\s*+(?:some\s++|exactly\s++|just\s++)?$",
    re.IGNORECASE,
)
# "making 8,000 cars in all": a total whose closing words come after it
# (or a bare comma: "A, B and C, 6,000 vehicles in total", the closing words alone tie it)
_MAKING_BEFORE = re.compile(
    r"(?:(?<![\w,])(?P<word>making|for|or|so)|,)\s{1,3}+(?:some\s{1,3}+|exactly\s{1,3}+)?$", re.IGNORECASE
)
_IN_ALL_AFTER = re.compile(r"\s{0,3}+(?:[a-z\-]{1,20}+\s{1,3}+)?(?:in\s++all|in\s++total|altogether)\b", re.IGNORECASE)
# "A in April, B in May and C in June, or 10,500 for the quarter": the period the parts make up,
# tied only by a word ("or", "making"), and only to parts each dated by a month of its own
_FOR_PERIOD_AFTER = re.compile(
    r"\s{1,3}+(?:(?:units|vehicles|cars)\s{1,3}+)?(?:for|in)\s{1,3}+the\s{1,3}+"
    r"(?:(?:whole|full|entire)\s{1,3}+)?(?:quarter|half|year|period)\b",
    re.IGNORECASE,
)
# what may stand between two parts of one run: a label and a separator, never a comparison
_GLUE_SEPARATOR = re.compile(r",|\band\b|\bplus\b|\bwhile\b|\bwhereas\b|\bas\s+well\s+as\b", re.IGNORECASE)
_GLUE_BREAK = re.compile(
    rf"[\d%;]|\b(?:from|than|compared|versus|vs|against|ahead|behind|ago|earlier|previous|prior|last|"
    rf"respectively|including|of\s+which|share|more|fewer|less|up|down|{RISE}|{FALL}|{CHANGE_NOUN})\b",
    re.IGNORECASE,
)
_MAX_GLUE = 70
_RANKED = re.compile(r"\b(?:followed|ahead|behind|trailed|trailing|next|then|while|whereas|but)\b", re.IGNORECASE)
_ORDINAL = re.compile(r"\bthe\s++(?:first|second|third|fourth)\b(?!\s++(?:quarter|half))", re.IGNORECASE)


@dataclass(frozen=True)
class TiedList:
    """Parts and the total their own sentence says they add up to."""

    parts: tuple[Quantity, ...]
    total: Quantity
    sentence: int
    closed: bool  # the words close the list: nothing else belongs to the total
    by_period: bool  # each part is a period of its own ("1,020 in March, 1,150 in April")


def _same_kind(a: Quantity, b: Quantity) -> bool:
    if a.is_currency or b.is_currency:
        return a.unit == b.unit
    return a.unit in (None, "count") and b.unit in (None, "count")


# a part's own change, said between it and the next part: "52,300 cars, up 4 percent, and 31,700 vans"
_CHANGE_ASIDE = re.compile(
    r",\s{0,3}+(?:up|down)\s{1,3}+\d{1,3}+(?:[.,]\d{1,2}+)?\s{0,3}+(?:%|percent|per\s++cent)(?=\s{0,3}+,)",
    re.IGNORECASE,
)


# ... or the change that leads to a part: "with vans rising 13.2%, to 9,462 units"
_RATE_TO_PART = re.compile(
    rf"\s{{1,3}}+(?:{alt(RISE_PARTICIPLES)}|{alt(FALL_PARTICIPLES)}|up|down)\s{{1,3}}+(?:by\s{{1,3}}+)?[+-]?"
    r"\d{1,3}+(?:[.,]\d{1,2}+)?\s{0,3}+(?:%|percent|per\s++cent)\s{0,3}+,?\s{0,3}+to\s{1,3}+$",
    re.IGNORECASE,
)


def _gap(text: str, a: Quantity, b: Quantity) -> str:
    """The words between a figure and the next, less dates and the changes said beside the figures."""
    return _RATE_TO_PART.sub(" ", _CHANGE_ASIDE.sub("", blank_dates(text, a.end, b.start)))


def _glue_joins(text: str, a: Quantity, b: Quantity) -> bool:
    """The words between two figures join them as parts of one list."""
    gap = _gap(text, a, b)
    if len(gap) > _MAX_GLUE or _GLUE_BREAK.search(gap):
        return False
    return bool(_GLUE_SEPARATOR.search(blank_brackets(gap)) or re.search(r"\)\s*+$", gap))


def _run(text: str, qs: list[Quantity], i: int, step: int, total: Quantity) -> list[Quantity]:
    """The figures joined to ``qs[i]`` as one list, walking by ``step``, each smaller than the total."""
    run = [qs[i]]
    j = i + step
    while 0 <= j < len(qs):
        a, b = (qs[j], run[-1]) if step < 0 else (run[-1], qs[j])
        if not _same_kind(qs[j], total) or qs[j].value >= total.value or not _glue_joins(text, a, b):
            break
        run.append(qs[j])
        j += step
    return run if step > 0 else run[::-1]


# "A, B and C units in the three months of the quarter": the parts are its months, in order
_MONTHS_OF = re.compile(
    r"\s{0,3}+(?:[a-z\-]{1,20}+\s{1,3}+)?(?:in|over|during)\s{1,3}+(?:each\s{1,3}+of\s{1,3}+)?the\s{1,3}+"
    r"(?P<n>two|three|four|five|six|[2-6])\s{1,3}+months\s{1,3}+of\s{1,3}+the\s{1,3}+(?:quarter|half|period)\b",
    re.IGNORECASE,
)


def _by_period(text: str, start: int, parts: list[Quantity], end: int) -> bool:
    """Each part is labelled by a period of its own, in the words just before or after it."""
    months = _MONTHS_OF.match(text, parts[-1].end)
    if months:
        n = months.group("n").lower()
        return (int(n) if n.isdigit() else SMALL[n]) == len(parts)
    bounds = [start, *(p.end for p in parts)]
    ends = [*(p.start for p in parts), end]
    glues = [periods_mentions(text, a, b) for a, b in zip(bounds, ends, strict=True)]
    keys = {m.key for g in glues for m in g}
    if any(m.kind in ("quarter", "half") for g in glues for m in g):
        # "in the first quarter, B in the second and C in the third": the period noun said once
        labels = [
            g or tuple(Mention(o.group().lower(), o.start(), o.end(), "elided") for o in _ORDINAL.finditer(text, a, b))
            for g, a, b in zip(glues, bounds, ends, strict=True)
        ]
        keys |= {m.key for g in labels for m in g if m.kind == "elided"}
        glues = labels
    inner = glues[1:-1]
    return all(inner) and bool(glues[0] or glues[-1]) and len(keys) >= len(parts)


def tied_lists(att: Attribution) -> list[TiedList]:
    doc = att.doc
    text = doc.norm
    out: list[TiedList] = []
    for sent in doc.sentences:
        qs = [
            q
            for q in att.quantities_in(sent.index)
            if (q.is_currency or q.unit in (None, "count")) and q.value > 0 and q.start not in att.base_of
        ]
        for i, t in enumerate(qs):
            parts: list[Quantity] = []
            closed = False
            prev_end = qs[i - 1].end if i else sent.start
            before = text[prev_end : t.start]
            making = _MAKING_BEFORE.search(before)
            by_month = bool(making and making.group("word") and _FOR_PERIOD_AFTER.match(text, t.end))
            if i >= 2 and (_TIE_BEFORE.search(before) or (making and _IN_ALL_AFTER.match(text, t.end)) or by_month):
                if _same_kind(qs[i - 1], t) and qs[i - 1].value < t.value:
                    parts = _run(text, qs, i - 1, -1, t)
                    closed = True
            elif i + 2 < len(qs):
                gap = _gap(text, t, qs[i + 1])
                m = CUE_IN.match(gap)
                # "Orla, with 6.1 million, Kessel, with 5.2 million": peers, each with a subject of its own
                own = _OWN_SUBJECT_WITH.search(text[sent.start : t.start]) or _OWN_SUBJECT_WITH.search(gap)
                # "1,420 units, followed by the Kessel K5 with 1,080": a ranking of peers, each named
                peers = _RANKED.search(gap) or (m and m.group("cue") == "with" and re.search(r"\b[A-Z][a-z]", gap))
                if m and not own and not peers:
                    if _same_kind(qs[i + 1], t) and qs[i + 1].value < t.value:
                        parts = _run(text, qs, i + 1, 1, t)
                        # a closing cue ("comprising", ":") says the run is all the total's parts
                        closed = (m.group("cue") or "colon").split()[0].lower() in CLOSED_CUES
            if len(parts) < 2:
                continue
            # a part's period may be named just before the first part or just after the last one
            k0, k1 = qs.index(parts[0]), qs.index(parts[-1])
            start = max(sent.start, parts[0].start - 40, qs[k0 - 1].end if k0 else sent.start)
            end = min(sent.end, parts[-1].end + 40, qs[k1 + 1].start if k1 + 1 < len(qs) else sent.end)
            by_period = _by_period(text, start, parts, end)
            if by_month and not by_period:
                continue  # "or 10,500 for the quarter" after parts that are no months of it
            out.append(TiedList(tuple(parts), t, sent.index, closed, by_period))
    return out
