"""A figure stated twice for the same metric and period must agree both times.

*What it checks*: a headline, dek or lead that restates a body figure
("Zentro delivers record 14,736 vehicles in June" and later "The company
delivered 14,736 vehicles in June"; "Over 120k units" and "120,418 units";
"fall 50%" and "a 50.20% year-on-year decline"; "up almost a quarter" and "up
23.9%"). Two statements are paired by their context, never by their value:
the same kind of figure (a count, an amount of one currency, a change with the
same direction and the same comparison, a share), the same metric (BEVs,
PHEVs, NEVs, deliveries, penetration), the same period, no conflicting company
or model, and at least two positive matches. A rounded or hedged copy
("nearly 19k" for 18,652) is consistent when the exact figure lies inside what
it stands for. A pair is called inconsistent only when the two copies differ
the way a typo does (two digits swapped or one digit wrong at the common
precision) and no other statement explains the figure; any other mismatch of
two similar-looking statements is skipped as possibly a different statement.

*Why it matters*: headlines and deks are retyped, not computed; a transposed
digit there is read by far more people than the body it summarises.

*Inconsistent*: "Korvel sold 38,671 NEVs in August" (headline) and "Korvel's NEV
sales in August were 38,617 units" (body).

*Consistent*: "Orvane sold over 120k units in November" and "Orvane sold 120,418
units in November".
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from factcheck.context import in_parentheses_after_amount
from factcheck.document import Document, Sentence
from factcheck.model import Evidence, Quantity, Status, Verdict
from factcheck.numbers import rounding_half_width
from factcheck.rules.base import Rule, verdict
from factcheck.words import WordFigure, iter_word_figures

# ----------------------------------------------------------------------------
# What a figure measures, whose it is and when: shared with growth_consistency.

# Powertrains, most specific first; a later pattern never re-reads an earlier match.
_POWERTRAINS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), k)
    for p, k in (
        (r"\bBEVs?\b|battery[- ]electric|pure[- ]electric|all[- ]electric", "bev"),
        (r"\bPHEVs?\b|plug-in hybrid", "phev"),
        (r"\bEREVs?\b|extended[- ]range|range[- ]extend", "erev"),
        (r"\bNEVs?\b|new[- ]energy", "nev"),
        (r"\bHEVs?\b|(?<!plug-in )\bhybrids?\b", "hev"),
        (r"\bICEs?\b|petrol|gasoline|diesel|fuel[- ]powered|combustion", "ice"),
        (r"\bEVs?\b|\belectric (?:vehicles?|cars?)\b", "ev"),
    )
)
# What is measured, when it is not a count of vehicles.
_MEASURES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), k)
    for p, k in (
        (r"\bpenetration\b", "penetration"),
        (r"\bmarket share\b|\bshare\b", "share"),
        (r"\brevenues?\b|\bturnover\b", "revenue"),
        (r"\b(?:operating |net )?loss(?:es)?\b", "loss"),
        (r"\b(?:net )?profits?\b|\bearnings\b", "profit"),
        (r"\bprices?\b|\bASP\b", "price"),
        (r"\bmargins?\b", "margin"),
        (r"\bexport(?:s|ed)?\b|\boverseas\b|\babroad\b", "export"),
        (r"\bcumulative(?:ly)?\b|\bto date\b|\bin total since\b", "cumulative"),
        (r"\bcapacity\b|\bkWh\b|\bGWh\b|\binstall(?:ed|ations?)\b", "capacity"),
        (r"\bstores?\b|\bstations?\b|\bchargers?\b|\bemployees?\b|\bstaff\b", "other"),
    )
)
# Words of one group that exclude each other ("wholesale" vs "retail").
_QUALIFIERS: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {
    group: tuple((re.compile(p, re.IGNORECASE), k) for p, k in pairs)
    for group, pairs in {
        "channel": (
            (r"\bwholesales?\b", "wholesale"),
            (r"\bretail\b", "retail"),
            (r"\binsurance\b|\bregistrations?\b|\bregistered\b", "registrations"),
        ),
        "segment": ((r"\bpassenger\b", "passenger"), (r"\bcommercial\b", "commercial")),
        # where: "58,731 cars in China" is not "85,731 cars in Europe"
        "place": (
            (r"\bChin(?:a|ese)\b|\bdomestic(?:ally)?\b", "china"),
            (r"\bEurope(?:an)?\b|\bEU\b", "europe"),
            (r"\bGerman(?:y)?\b", "germany"),
            (r"\bFrance\b|\bFrench\b", "france"),
            (r"\b(?:UK|Britain|British)\b", "uk"),
            (r"\bNorw(?:ay|egian)\b", "norway"),
            (r"\b(?:US|U\.S\.|United States|America[n]?)\b", "us"),
            (r"\bJapan(?:ese)?\b", "japan"),
            (r"\b(?:Korea|Korean)\b", "korea"),
            (r"\bInd(?:ia|ian)\b", "india"),
            (r"\bThai(?:land)?\b", "thailand"),
            (r"\bAustralia(?:n)?\b", "australia"),
            (r"\bglobal(?:ly)?\b|\bworldwide\b|\bthe world\b", "global"),
        ),
        "action": (
            (r"\bsold\b|\bsales?\b|\bsell(?:s|ing)?\b|\bdeliver(?:ed|ies|y|s|ing)?\b", "sales"),
            (r"\bproduc(?:ed|tion|es)\b|\boutput\b|\bbuilt\b|\bmanufactured\b", "production"),
            (r"\borders?\b|\bbookings?\b", "orders"),
        ),
    }.items()
}
_MODEL = re.compile(
    r"\b(?:[A-Z]{1,3}\d{1,3}[A-Za-z+]*|Model [3SXYs]\b|[A-Z][A-Za-z]*-series|"
    r"(?:the|its|flagship|best-selling)\s+[A-Z][A-Za-z0-9]+\s+(?:model|sedan|SUV))|\b(?:models?|series)\b"
)
_MONTHS = "January February March April May June July August September October November December".split()
_MONTH_RE = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?"
)
_QUARTER_RE = re.compile(
    r"\b(?:Q(?P<q>[1-4])|(?P<ord>first|second|third|fourth)[- ]quarter|"
    r"quarter (?P<roman>IV|I{1,3}|[1-4]))\b",
    re.IGNORECASE,
)
_HALF_RE = re.compile(r"\b(?:H(?P<h>[12])|(?P<o>first|second) half)\b", re.IGNORECASE)
_RANGE_RE = re.compile(
    r"\b(?:(?:January|Jan)\s*(?:-|to|through|and)\s*(?P<m>[A-Z][a-z]+)|first (?P<n>\w+) months|"
    r"year[- ]to[- ]date|ytd|(?P<twelve>(?:past|last|recent) 12 months))\b",
    re.IGNORECASE,
)
_LAST_YEAR_RE = re.compile(
    r"\b(?:in|of|during)\s+(?:the\s+)?(?:[A-Z][a-z]+|first\s+\w+|second\s+\w+|same\s+\w+)\s+"
    r"(?:of\s+)?(?:last|the\s+previous|the\s+prior)\s+year\b",
)
_WEEK_RE = re.compile(r"\bweek\s+(\d{1,2})\b", re.IGNORECASE)
_YEAR_RE = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")
# A period named as the comparison base, not as the figure's own period.
_BASE_BEFORE = re.compile(
    r"(?:\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|over\s+the|since|against|record\s+of|"
    r"last|previous|prior|earlier)\b[^.;:]{0,28}|\bin\s+(?:the\s+)?same\s+\w+\s+(?:of\s+)?)$",
    re.IGNORECASE,
)
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_NUMWORD = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11,
}  # fmt: skip
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}

_SEG_SPLIT = re.compile(
    r";|,\s*(?:while|whereas|but|and|as well as|including|of which|compared)\b|"
    r"\s(?:while|whereas)\s|\sas well as\s",
    re.IGNORECASE,
)

_NOT_NAMES = frozenset(
    """The This That These Those It Its In On At For From By And But As Of To A An With Among
    After Before During Since Sales Total Year Month Quarter China Chinese Last Next Meanwhile
    However According Data Units Vehicles Deliveries Demand Up Down Over Under More Less Record
    Company Sold Delivered Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday Monthly Wholesale Retail Including Both Each""".split()
    + _MONTHS
    + "NYSE NASDAQ Nasdaq HKG HKEX HKEx SSE SZSE OTC Inc Co Ltd Corp Group".split()
    + "RMB CNY USD EUR GBP JPY HKD KRW INR Yuan".split()  # currencies, not companies
)
_CAP = re.compile(r"\b[A-Z][A-Za-z&'\-]*[A-Za-z]\b|\b[A-Z]{2,}\b")
_METRIC_ACRONYMS = frozenset("BEV BEVs PHEV PHEVs NEV NEVs EV EVs EREV EREVs HEV HEVs SUV SUVs MPV".split())


@dataclass(frozen=True, slots=True)
class Frame:
    """What a figure measures, whose it is and when."""

    powertrain: str | None  # "bev", "nev", ... the nearest one; None if not said
    measure: str | None  # "share", "revenue", "export" ...; None for a plain count
    quals: dict[str, str]  # group -> qualifier ("channel" -> "wholesale")
    names: frozenset[str]
    models: frozenset[str] | None  # None: no model mentioned
    months: frozenset[str]  # granular period keys: "june", "q2", "h1", "ytd:11", "fy", "12m"
    years: frozenset[str]
    implicit_names: bool = False  # names are the article's main subject, not said here
    near_place: str | None = None  # a market named right by the figure ("13,290 vehicles in China")


def segment(doc: Document, sent: Sentence, pos: int) -> tuple[int, int]:
    """The clause of ``sent`` around ``pos``: split at ";", ", while", ", and" ..."""
    start, end = sent.start, sent.end
    for m in _SEG_SPLIT.finditer(doc.norm, sent.start, sent.end):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def _entity_vocab(doc: Document) -> frozenset[str]:
    """Capitalised words used mid-sentence in ordinary (not title-case) sentences."""
    cached = doc.__dict__.get("_fc_entity_vocab")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    vocab: set[str] = set()
    initial: set[str] = set()
    for s in doc.sentences:
        words = s.text.split()
        if len(words) < 5:
            continue
        caps = sum(1 for w in words if w[:1].isupper())
        if caps > 0.6 * len(words):
            continue  # a title-case headline: every word is capitalised
        for m in _CAP.finditer(s.text):
            w = m.group()
            # "September's" is a month; "China's" stays a name the frames can share
            if w not in _NOT_NAMES and w not in _METRIC_ACRONYMS and w.removesuffix("'s") not in _MONTHS:
                if m.start() == 0:
                    initial.add(w.removesuffix("'s"))
                else:
                    vocab.add(w.removesuffix("'s"))
    # A sentence-initial word is a name when the article never writes it in lower case
    # ("Sokon sold ..."), unlike "Demand" or "Wholesale".
    low = doc.norm.lower()
    lower_words = set(re.findall(r"(?<![A-Za-z])[a-z][a-z\-]+", doc.norm))
    del low
    for w in initial - vocab:
        # "Vehicle margin was ..." is no name when the article writes "vehicles"
        if not {w.lower(), w.lower() + "s"} & lower_words and not w.endswith("ly"):
            vocab.add(w)
    out = frozenset(vocab)
    doc.__dict__["_fc_entity_vocab"] = out
    return out


def main_subject(doc: Document) -> str | None:
    """The company the article is about: the name it mentions most (at least twice)."""
    if "_fc_main_subject" in doc.__dict__:
        return doc.__dict__["_fc_main_subject"]  # type: ignore[no-any-return]
    vocab = _entity_vocab(doc)
    counts: dict[str, int] = {}
    for m in _CAP.finditer(doc.norm):
        w = m.group().removesuffix("'s")
        if w in vocab:
            counts[w] = counts.get(w, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    best = ranked[0][0] if ranked and ranked[0][1] >= 2 else None
    if best is not None and len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        best = None  # two companies equally often: no main subject
    doc.__dict__["_fc_main_subject"] = best
    return best


def names_in(doc: Document, start: int, end: int) -> frozenset[str]:
    cache: dict[tuple[int, int], frozenset[str]] = doc.__dict__.setdefault("_fc_names_in", {})
    found = cache.get((start, end))
    if found is None:
        vocab = _entity_vocab(doc)
        found = frozenset(
            w for m in _CAP.finditer(doc.norm, start, end) if (w := m.group().removesuffix("'s")) in vocab
        )
        cache[(start, end)] = found
    return found


_NP_END = re.compile(
    r"[,;:]|\b(?:in|as|for|from|to|with|after|on|at|by|than|and|while|up|down|amid|during|"
    r"since|compared|year|month|was|were|is|are)\b",
    re.IGNORECASE,
)
_ANAPHORIC = re.compile(
    r"^\W*(?:this|that|these|those|it|they|the\s+(?:figure|total|number|company|brand|carmaker|"
    r"automaker)|of\s+(?:these|them|this|which)|among\s+(?:them|these|which))\b",
    re.IGNORECASE,
)


@functools.cache
def _any_of(table: tuple[tuple[re.Pattern[str], str], ...]) -> re.Pattern[str] | None:
    """One pattern that matches where any of ``table``'s does: most windows hold none of
    them, and one search rules them all out (None when the flags differ)."""
    flags = {p.flags for p, _ in table}
    if len(flags) != 1:
        return None
    return re.compile("|".join(f"(?:{p.pattern})" for p, _ in table), flags.pop())


def _hits(table: tuple[tuple[re.Pattern[str], str], ...], text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    anyp = _any_of(table)
    if anyp is not None and not anyp.search(text):
        return out
    for p, k in table:
        for m in p.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e, _ in out):
                out.append((m.start(), m.end(), k))
    return out


def metric_of(
    doc: Document,
    q_start: int,
    q_end: int,
    seg: tuple[int, int],
    after_limit: int,
    table: tuple[tuple[re.Pattern[str], str], ...],
) -> str | None:
    """The metric right after the figure ("87,512 BEVs"), else the nearest one before it."""
    text = doc.norm
    after = text[q_end : max(q_end, min(after_limit, seg[1], q_end + 45))]
    # only the figure's own noun phrase: "14,736 vehicles in June as demand for its SUVs grew" is vehicles
    after = _NP_END.split(after, maxsplit=1)[0]
    hits = _hits(table, after)
    if hits:
        return min(hits)[2]
    hits = _hits(table, text[seg[0] : q_start])
    return max(hits, key=lambda h: h[1])[2] if hits else None


def quals_of(text: str) -> dict[str, str]:
    return dict(_quals_of(text))


@functools.lru_cache(maxsize=4096)
def _quals_of(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for group, pats in _QUALIFIERS.items():
        anyp = _any_of(pats)
        if anyp is not None and not anyp.search(text):
            continue
        found = {k for p, k in pats if p.search(text)}
        if len(found) == 1:
            out[group] = found.pop()
        elif found:
            out[group] = "+".join(sorted(found))
    return out


def _own(text: str, m: re.Match[str], base: int) -> bool:
    """A period mention that is the figure's own, not a comparison base."""
    return not _BASE_BEFORE.search(text[max(base, m.start() - 40) : m.start()])


def _own_base_figure(text: str, m: re.Match[str], start: int) -> bool:
    """ "from 31,540 units in the same month last year": the period of a baseline figure."""
    return bool(
        re.search(
            r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?)\s+[^.;:]{0,30}$",
            text[max(start, m.start() - 45) : m.start()],
        )
    )


# "in 2023", "In 2023,", "for the full year 2023": a year named as the period itself
_FULL_YEAR = re.compile(
    r"\b(?:in|for|of|during|throughout)\s+(?:the\s+(?:whole\s+|full\s+)?(?:year\s+)?)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def periods_in(text: str, start: int, end: int) -> tuple[set[str], set[str]]:
    """Period keys ("june", "q2", "ytd:11", "fy") and years named in ``text[start:end]``."""
    months, years = _periods_in(text, start, end)
    return set(months), set(years)


@functools.lru_cache(maxsize=4096)
def _periods_in(text: str, start: int, end: int) -> tuple[frozenset[str], frozenset[str]]:
    months: set[str] = set()
    years: set[str] = set()
    for m in _RANGE_RE.finditer(text, start, end):
        if not _own(text, m, start) and not re.search(
            r"from\s+$", text[max(start, m.start() - 6) : m.start()], re.IGNORECASE
        ):
            continue
        if m.group("m"):
            full = next((x for x in _MONTHS if x.lower().startswith(m.group("m").lower()[:3])), None)
            if full:
                months.add(f"ytd:{_MONTHS.index(full) + 1}")
        elif m.group("n"):
            n = _NUMWORD.get(m.group("n").lower()) or (int(m.group("n")) if m.group("n").isdigit() else 0)
            if n:
                months.add(f"ytd:{n}")
        elif m.group("twelve"):
            months.add("12m")
        else:
            months.add("ytd")
    covered = [(m.start(), m.end()) for m in _RANGE_RE.finditer(text, start, end)]
    for m in _MONTH_RE.finditer(text, start, end):
        if any(s <= m.start() < e for s, e in covered) or not _own(text, m, start):
            continue
        word = m.group(1)
        if word == "May" and text[m.end() : m.end() + 1] == " " and text[m.end() + 1 : m.end() + 2].islower():
            if not re.match(r" (?:sales|deliveries|last|this|and|of|in|to|from)\b", text[m.end() :]):
                continue  # the modal verb
        month = next(x for x in _MONTHS if x.startswith(word[:3])).lower()
        # "the week of September 9-15": a week, not the month
        days = re.match(r"\.?\s+(\d{1,2})\s*-\s*(\d{1,2})\b", text[m.end() : m.end() + 12])
        if days is None and re.match(r"\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*-)", text[m.end() : m.end() + 8]):
            continue  # "on Monday, November 10": a day, not the period of a figure
        months.add(f"{month} {days.group(1)}-{days.group(2)}" if days else month)
    for m in _WEEK_RE.finditer(text, start, end):
        if _own(text, m, start):
            months.add(f"week {m.group(1)}")
    for m in _QUARTER_RE.finditer(text, start, end):
        if not _own(text, m, start):
            continue
        n = (
            int(m.group("q"))
            if m.group("q")
            else _ORD.get((m.group("ord") or "").lower())
            or _ROMAN.get((m.group("roman") or "").upper())
            or int(m.group("roman") or 0)
        )
        months.add(f"q{n}")
    for m in _HALF_RE.finditer(text, start, end):
        if _own(text, m, start):
            months.add("h1" if (m.group("h") == "1" or (m.group("o") or "").lower() == "first") else "h2")
    for m in _YEAR_RE.finditer(text, start, end):
        if _own(text, m, start):
            years.add(m.group())
    # "in June last year": the same month a year before
    if any(
        _own(text, m, start) and not _own_base_figure(text, m, start) for m in _LAST_YEAR_RE.finditer(text, start, end)
    ):
        years.add("last-year")
    if years and not months and _FULL_YEAR.search(text, start, end):
        months.add("fy")
    return frozenset(months), frozenset(years)


def frame_of(doc: Document, q_start: int, q_end: int, after_limit: int | None = None) -> Frame:
    cache: dict[tuple[int, int, int | None], Frame] = doc.__dict__.setdefault("_fc_frames", {})
    key = (q_start, q_end, after_limit)
    if key not in cache:
        cache[key] = _frame_of(doc, q_start, q_end, after_limit)
    return cache[key]


def _frame_of(doc: Document, q_start: int, q_end: int, after_limit: int | None) -> Frame:
    starts = doc.__dict__.get("_fc_sentence_starts")
    if starts is None or len(starts) != len(doc.sentences):
        starts = [s.start for s in doc.sentences]
        doc.__dict__["_fc_sentence_starts"] = starts
    sent = doc.sentences[max(0, bisect.bisect_right(starts, q_start) - 1)]
    seg = segment(doc, sent, q_start)
    limit = sent.end if after_limit is None else after_limit
    powertrain = metric_of(doc, q_start, q_end, seg, limit, _POWERTRAINS)
    measure = metric_of(doc, q_start, q_end, seg, limit, _MEASURES)
    text = doc.norm
    window = text[seg[0] : min(seg[1], max(q_end, limit), q_end + 45)]
    quals = quals_of(window)
    near = quals_of(text[max(seg[0], q_start - 30) : min(seg[1], q_end + 30)]).get("place")
    models = frozenset(m.group() for m in _MODEL.finditer(window))
    months, years = periods_in(text, seg[0], seg[1])
    if not months:
        months, y2 = periods_in(text, sent.start, sent.end)
        years |= y2
    # the company of the figure's own clause ("..., while Orvane registered 3,800"), else the sentence's
    names = names_in(doc, seg[0], seg[1]) or names_in(doc, sent.start, sent.end)
    anaphoric = sent.index > 0 and bool(_ANAPHORIC.match(sent.text))
    if not months:
        # a period set by an earlier sentence of the same paragraph ("In June, ... It sold ..."),
        # or by the sentence a "This includes ..." points back to
        # at most a few sentences back: a long paragraph must not make this quadratic
        for prev in reversed(doc.sentences[max(0, sent.index - 6) : sent.index]):
            if prev.paragraph != sent.paragraph and not anaphoric:
                break
            months, y2 = periods_in(text, prev.start, prev.end)
            if months:
                years |= y2
                break
            if prev.paragraph != sent.paragraph:
                break
    if anaphoric:
        prev = doc.sentences[sent.index - 1]
        ptext = text[prev.start : prev.end]
        for g, k in quals_of(ptext).items():
            quals.setdefault(g, k)
        names = names or names_in(doc, prev.start, prev.end)
    implicit = False
    if not names:
        # "The company delivered ...": the article's own subject
        main = main_subject(doc)
        names, implicit = (frozenset({main}), True) if main else (names, False)
    return Frame(
        implicit_names=implicit,
        near_place=near,
        powertrain=powertrain,
        measure=measure,
        quals=quals,
        names=names,
        models=models or None,
        months=frozenset(months),
        years=frozenset(years),
    )


def conflict(a: Frame, b: Frame) -> bool:
    """Two frames that cannot describe the same figure."""
    if a.powertrain and b.powertrain and a.powertrain != b.powertrain:
        return True
    if (a.powertrain is None) != (b.powertrain is None):
        # "14,736 vehicles" vs "14,736 BEVs": one names a split the other does not
        split = ("bev", "phev", "erev", "hev", "ice") + (() if a.measure in ("penetration", "share") else ("nev",))
        if (a.powertrain or b.powertrain) in split:
            return True
    if a.measure != b.measure:
        return True
    for g in set(a.quals) & set(b.quals):
        if a.quals[g] != b.quals[g]:
            return True

    if (a.models is None) != (b.models is None):
        return True
    if a.models and b.models and not (a.models & b.models):
        return True
    if a.names and b.names and not (a.names & b.names):
        return True
    if a.months and b.months and a.months != b.months:
        return True
    if ("last-year" in a.years) != ("last-year" in b.years):
        return True  # "in June last year" is not this June
    return bool(a.years and b.years and not (a.years & b.years))


def unsure(a: Frame, b: Frame) -> bool:
    """Frames that may describe one figure, but not surely enough to call a mismatch."""
    # retail, wholesale and registrations are different counts; China sales may not be all sales:
    # one named, the other not, may be the same figure or another one
    if ("channel" in a.quals) != ("channel" in b.quals):
        return True
    # "13,290 vehicles in China" against a figure with no market anywhere near it
    return (a.near_place is not None and "place" not in b.quals) or (
        b.near_place is not None and "place" not in a.quals
    )


def strength(a: Frame, b: Frame, implicit: bool = False) -> int:
    """Positive matches between two frames; ``implicit`` also counts the article's main subject."""
    s = 0
    if (a.powertrain and a.powertrain == b.powertrain) or (a.measure and a.measure == b.measure):
        s += 1
    if a.names & b.names and (implicit or not (a.implicit_names and b.implicit_names)):
        s += 1
    if a.months and a.months == b.months:
        s += 1
    if a.quals.get("action") and a.quals.get("action") == b.quals.get("action"):
        s += 1
    if any(a.quals.get(g) and a.quals.get(g) == b.quals.get(g) for g in ("channel", "segment")):
        s += 1
    return s


# ----------------------------------------------------------------------------
# Restatement items.

_BASIS = (
    (re.compile(r"year[- ]on[- ]year|year[- ]over[- ]year|\byoy\b|\by/y\b|on[- ]year|"
                r"(?:a|one|the)\s+year\s+(?:ago|earlier|before)|same\s+(?:month|period|quarter|time)\s+"
                r"(?:of\s+|in\s+)?(?:last|the\s+previous|a)\s+year|prior[- ]year|previous\s+year|"
                r"last\s+year", re.IGNORECASE), "yoy"),
    (re.compile(r"month[- ]on[- ]month|month[- ]over[- ]month|\bmom\b|\bm/m\b|mth/mth|"
                r"sequential(?:ly)?|(?:a|one|the)\s+month\s+(?:ago|earlier|before)|previous\s+month|"
                r"prior\s+month|last\s+month", re.IGNORECASE), "mom"),
    (re.compile(r"quarter[- ]on[- ]quarter|\bqoq\b|\bq/q\b|previous\s+quarter", re.IGNORECASE), "qoq"),
    (re.compile(r"week[- ]on[- ]week|\bwow\b|previous\s+week|last\s+week", re.IGNORECASE), "wow"),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Item:
    kind: str  # "count", a currency code, "change", "plevel", "multiple"
    start: int
    end: int
    text: str
    value: float  # for "change": signed percent; "multiple": the factor
    lo: float
    hi: float
    hedge: str | None
    q: Quantity | None  # None for a word figure
    # Built on first use: only pairs whose values agree or differ like a typo need it.
    frame_src: Callable[[], Frame]
    sentence: int
    basis: str | None = None
    attached: frozenset[float] = frozenset()  # a change's current level, a level's changes
    base_of: str | None = None  # a growth rate's baseline: the comparison it is the base of
    lead: bool = False  # in the headline, dek or first paragraph

    @property
    def frame(self) -> Frame:
        return self.frame_src()


def basis_of(doc: Document, q: Quantity, limit: int) -> str | None:
    text = doc.norm
    window = text[q.end : min(limit, q.end + 70)]
    window = re.split(
        r"[;]|,\s*(?:and|but|while)\b|\band\s+(?:up|down)\b|\d+(?:\.\d+)?\s*(?:%|percent|per cent)", window
    )[0]
    prev_end = (
        max((r.end for r in doc.in_sentence(q.sentence) if r.end <= q.start), default=doc.sentences[q.sentence].start)
        if q.sentence >= 0
        else max((r.end for r in doc.quantities if r.end <= q.start), default=0)
    )
    before = text[max(prev_end, q.start - 30) : q.start]
    for pat, key in _BASIS:
        if pat.search(window) or pat.search(re.split(r"[,;]|\band\b|\bbut\b", before)[-1]):
            return key
    m = re.match(
        r"\s*(?:from|compared\s+(?:with|to)|versus|over)\s+(?:[\d,.]+\s+\w+\s+)?(?:in\s+)?(?:the\s+)?(\w+)", window
    )
    if m and m.group(1).capitalize() in _MONTHS:
        return "vs:" + m.group(1).lower()
    if m and re.match(r"(?:first|second|third|fourth)$|q[1-4]$", m.group(1), re.IGNORECASE):
        return "vs:" + m.group(1).lower()
    return None


def _growths(doc: Document) -> list[object]:
    from factcheck.rules import percent_change  # the lead's growth finder, shared

    return percent_change.find(doc)  # type: ignore[return-value]


def items(doc: Document) -> list[Item]:
    cached = doc.__dict__.get("_fc_restatement_items")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    text = doc.norm
    out: list[Item] = []
    growth = {g.stated.start: g for g in _growths(doc)}  # type: ignore[attr-defined]
    attached_change: dict[int, set[float]] = {}
    bases: dict[int, str] = {}
    for g in growth.values():
        if g.baseline is not None:  # type: ignore[attr-defined]
            st = g.stated  # type: ignore[attr-defined]
            bases[g.baseline.start] = basis_of(doc, st, doc.sentences[st.sentence].end) or "?"  # type: ignore[attr-defined]
        if g.current is not None:  # type: ignore[attr-defined]
            attached_change.setdefault(g.current.start, set()).add(g.sign * abs(g.stated.value))  # type: ignore[attr-defined]
    lead = functools.cache(lambda index: _in_lead(doc, index))

    def add(
        kind: str,
        src: Quantity | WordFigure,
        value: float,
        lo: float,
        hi: float,
        fr: Callable[[], Frame],
        sentence: int,
        **kw: Any,
    ) -> None:
        q = src if isinstance(src, Quantity) else None
        out.append(
            Item(
                kind, src.start, src.end, src.text, value, lo, hi, src.hedge, q, fr, sentence, lead=lead(sentence), **kw
            )
        )

    for q in doc.quantities:
        sent = doc.sentences[q.sentence]
        nxt = next((r.start for r in doc.in_sentence(q.sentence) if r.start > q.start), sent.end)
        if q.unit == "percent":
            g = growth.get(q.start)
            if g is not None:
                cur = g.current  # type: ignore[attr-defined]
                anchor = cur if cur is not None and cur.sentence == q.sentence else q
                fr = functools.partial(frame_of, doc, anchor.start, anchor.end, nxt if anchor is q else None)
                sign = g.sign  # type: ignore[attr-defined]
                lo, hi = q.directed(sign)
                attached = frozenset({cur.value}) if cur is not None else frozenset()
                basis = basis_of(doc, q, sent.end)
                add("change", q, sign * abs(q.value), lo, hi, fr, q.sentence, basis=basis, attached=attached)
            else:
                fr = functools.partial(frame_of, doc, q.start, q.end, nxt)
                add("plevel", q, q.value, q.lo, q.hi, fr, q.sentence)
            continue
        if q.unit == "multiple":
            add("multiple", q, q.value, q.lo, q.hi, functools.partial(frame_of, doc, q.start, q.end, nxt), q.sentence)
            continue
        if q.unit not in ("count", None) and not q.is_currency:
            continue
        if abs(q.value) < 100 or in_parentheses_after_amount(doc, q):
            continue
        if q.unit is None and q.noun is None and not q.hedge and _bare_line(doc, sent):
            continue  # a table cell: no words to say what it counts
        fr = functools.partial(frame_of, doc, q.start, q.end, nxt)
        kind = q.unit if q.is_currency else "count"
        attached = frozenset(attached_change.get(q.start, ()))
        add(kind, q, q.value, q.lo, q.hi, fr, q.sentence, attached=attached, base_of=bases.get(q.start))
    # word figures: "up almost a quarter", "more than twice as many"
    for sent in doc.sentences:
        for w in iter_word_figures(text, sent.start, sent.end):
            fr = functools.partial(frame_of, doc, w.start, w.end)
            basis = basis_of(doc, _fake(w.start, w.end), sent.end)
            if w.kind != "fraction":
                add("multiple", w, w.value, w.lo, w.hi, fr, sent.index, basis=basis)
                continue
            dm = _FRACTION_DIRECTION.search(text[max(sent.start, w.start - 40) : w.start])
            if not dm:
                continue
            sign = 1 if dm.group("up") else -1
            lo, hi = (w.lo, w.hi) if sign > 0 else (-w.hi, -w.lo)
            add("change", w, sign * w.value, lo, hi, fr, sent.index, basis=basis)
    out.sort(key=lambda i: i.start)
    doc.__dict__["_fc_restatement_items"] = out
    return out


# "climbed almost a quarter", "fell by a third": the verb that makes a fraction a change
_FRACTION_DIRECTION = re.compile(
    r"\b(?:(?P<up>up|rose|grew|increased|jumped|surged|climbed|gained|soared|advanced|rebounded)|"
    r"(?P<down>down|fell|dropped|declined|decreased|slumped|slid|slipped|plunged|tumbled|sank|shrank|dipped))"
    r"\b[^.,;\d]{0,20}$",
    re.IGNORECASE,
)


def _in_lead(doc: Document, index: int) -> bool:
    """The headline, a dek and the first paragraph of text (the first three blocks at most)."""
    if index >= 5:
        return False
    paras = {s.paragraph for s in doc.sentences[: index + 1]}
    return len(paras) <= 3


def _fake(start: int, end: int) -> Quantity:
    return Quantity(text="", value=0.0, unit=None, start=start, end=end)


def _bare_line(doc: Document, sent: Sentence, most: int = 2) -> bool:
    """A line that is little more than figures ("Total: 12,734", "27,915")."""
    words = re.findall(r"[A-Za-z]{3,}", sent.text)
    if len(words) <= 2:
        return True
    # a labelled table row ("Total: 12,734 (up 50%)"), not a short headline ("Korvel sold 38,671 NEVs")
    return len(words) <= most and bool(re.search(r"[:|\t]", sent.text))


def _digits(q: Quantity) -> tuple[str, float] | None:
    m = re.search(r"\d[\d, ]*(?:\.\d+)?", q.text)
    if not m:
        return None
    num = m.group().strip().rstrip(",")
    try:
        base = float(num.replace(",", "").replace(" ", ""))
    except ValueError:
        return None
    if base == 0:
        return None
    scale = abs(q.value) / base
    scale = 10.0 ** round(math.log10(scale)) if scale > 0 else 1.0
    return num, scale


@functools.lru_cache(maxsize=4096)
def step(q: Quantity) -> float:
    d = _digits(q)
    if d is None:
        return 1.0
    num, scale = d
    half = rounding_half_width(num, scale, q.unit in ("percent", "pp", "multiple"))
    return 2 * half if half > 0 else 1.0  # an exact count still has a last digit


def typo_near(a: Quantity, b: Quantity, min_digits: int = 2) -> bool:
    """Two figures that differ like a typo at their common precision (≥ ``min_digits`` digits)."""
    st = max(step(a), step(b))
    return _typo_digits(_as_written(a, b, st), _as_written(b, a, st), min_digits)


def _typo_digits(ra: str, rb: str, min_digits: int) -> bool:
    """Digit strings that differ in one digit or in two adjacent ones swapped."""
    if len(ra) != len(rb) or len(ra) < min_digits or ra == rb:
        return False
    diff = [i for i in range(len(ra)) if ra[i] != rb[i]]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and ra[diff[0]] == rb[diff[1]] and ra[diff[1]] == rb[diff[0]]


def _as_written(q: Quantity, other: Quantity, st: float) -> str:
    """The digits of ``q`` at step ``st``, rounded the way ``other``'s hedge rounds.

    "almost 10%" restating 9.4% rounds 9.4 up to 10; "over 120k" restating 120,418 rounds down.
    """
    x = abs(q.value) / st
    if q.hedge is None and other.hedge in ("nearly",):
        return str(math.ceil(x - 1e-9))
    if q.hedge is None and other.hedge in ("more", "atleast", "just-over"):
        return str(math.floor(x + 1e-9))
    return str(round(x))


def _same_precision(a: Quantity, b: Quantity) -> bool:
    return a.hedge == b.hedge and math.isclose(step(a), step(b))


def agree(a: Item, b: Item) -> bool:
    """The two copies can stand for the same figure."""
    if a.q is not None and b.q is not None and a.kind == b.kind:
        if _same_precision(a.q, b.q):
            # "more than 12,900" restated: the bound itself must be the same
            return math.isclose(a.value, b.value, rel_tol=1e-9, abs_tol=1e-9)
    alo, ahi = _bounded(a)
    blo, bhi = _bounded(b)
    tol = 1e-9 * max(1.0, abs(a.value), abs(b.value))
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
        return Item(
            "multiple",
            i.start,
            i.end,
            i.text,
            1 + i.value / 100,
            1 + i.lo / 100,
            1 + i.hi / 100,
            i.hedge,
            i.q,
            i.frame_src,
            i.sentence,
            i.basis,
            i.attached,
        )

    return to_mult(a), to_mult(b)


@dataclass(frozen=True, slots=True)
class Pair:
    a: Item
    b: Item
    score: int  # matches said in both places
    agree: bool
    loose: int  # also counting the article's main subject for an unnamed company
    unsure: bool = False  # may be one statement, not surely: never a mismatch


def _score(a: Item, b: Item, implicit: bool = False) -> int:
    s = strength(a.frame, b.frame, implicit)
    if a.kind == "change" and a.basis and a.basis == b.basis:
        s += 1
    if a.attached & b.attached:
        s += 1  # the same current level behind two growth rates, or the same growth behind two levels
    if a.lead != b.lead:
        s += 1  # a headline, dek or lead restating the body: the commonest restatement
    return s


def pairs(doc: Document) -> list[Pair]:
    its = items(doc)
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


# Beyond this many figures of one kind, each figure is compared with the lead and its recent
# neighbours only, so a very long document stays linear.
_MAX_ALL_PAIRS = 200
_NEIGHBOURS = 60


def _pairs_in(doc: Document, its: list[Item]) -> Iterator[Pair]:
    lead = [i for i in its if i.lead]
    # An exact figure's step and digits, once: most pairs are two exact counts at one precision,
    # for which agree() is equality and typo_near() a comparison of these digit strings.
    exact: dict[int, tuple[float, str]] = {}
    for i in its:
        if i.q is not None and i.q.hedge is None:
            st = step(i.q)
            exact[i.start] = (st, str(round(abs(i.q.value) / st)))
    for j, b in enumerate(its):
        if j <= _MAX_ALL_PAIRS:
            earlier = its[:j]
        else:
            earlier = [i for i in lead if i.start < b.start] + its[max(0, j - _NEIGHBOURS) : j]
        for a in earlier:
            if a.start == b.start:
                continue
            # Copies and mistyped copies are within a factor of 12 of each other (agree() allows
            # ±25%, typo_near() the same number of digits): the cheap test goes first.
            if a.kind == b.kind and a.value and b.value and not 1 / 12 <= abs(a.value / b.value) <= 12:
                continue
            if not comparable(a, b):
                continue
            same_sentence = a.sentence == b.sentence
            if same_sentence and a.kind == b.kind:
                continue
            if same_sentence and not _parenthetical(doc, a, b):
                continue
            ea, eb = exact.get(a.start), exact.get(b.start)
            if a.kind == b.kind and ea is not None and eb is not None and ea[0] == eb[0]:
                agreed = math.isclose(a.value, b.value, rel_tol=1e-9, abs_tol=1e-9)
                if not agreed and not _typo_digits(ea[1], eb[1], 2):
                    continue
            else:
                x, y = _convert(a, b) if a.kind != b.kind else (a, b)
                agreed = agree(x, y)
                if not agreed and not _may_be_typo(a, b):
                    continue  # neither a copy nor a mistyped copy: check() has no use for the pair
            if conflict(a.frame, b.frame):
                continue
            if a.kind == "change" == b.kind and a.attached and b.attached and not (a.attached & b.attached):
                # two growth rates of different levels (36,212 and 5,187): different statements,
                # unless the levels themselves differ like a typo
                if a.q is None or b.q is None or not _levels_typo(doc, a, b):
                    continue
            yield Pair(a, b, _score(a, b), agreed, _score(a, b, implicit=True), unsure(a.frame, b.frame))


def _may_be_typo(a: Item, b: Item) -> bool:
    """The widest test check() applies before it calls a disagreeing pair a mistyped copy."""
    return a.q is not None and b.q is not None and a.kind == b.kind and typo_near(a.q, b.q, 2)


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


def _role_order(a: Item, b: Item) -> tuple[Item, Item]:
    """(stated, other): the rounded or hedged copy is the restatement."""

    def loose(i: Item) -> bool:
        return i.hedge is not None or i.q is None

    if loose(b) and not loose(a):
        return b, a
    return a, b


def _q(i: Item) -> Quantity:
    if i.q is not None and i.q.start == i.start:
        return i.q
    return Quantity(text=i.text, value=i.value, unit=None, start=i.start, end=i.end, hedge=i.hedge)


_MIN_SCORE = 2


def check(doc: Document) -> Iterator[Verdict]:
    ps = [p for p in pairs(doc) if p.score >= _MIN_SCORE or (p.agree and p.loose >= _MIN_SCORE)]
    agreeing: dict[int, int] = {}
    for p in ps:
        # Support for a copy comes from another copy as precise as itself, not from "more than 13,000".
        if p.agree and p.a.hedge is None and p.b.hedge is None and p.a.q is not None and p.b.q is not None:
            agreeing[p.a.start] = agreeing.get(p.a.start, 0) + 1
            agreeing[p.b.start] = agreeing.get(p.b.start, 0) + 1
    seen_b: set[int] = set()
    flagged: set[int] = set()
    # The best-scoring pairs first; each later figure is reported consistent with one earlier copy,
    # and each figure is flagged at most once.
    for p in sorted(ps, key=lambda p: (-p.score, not p.agree, p.b.start - p.a.start)):
        a, b = p.a, p.b
        stated, other = _role_order(a, b)
        ev = (Evidence("first", _q(a)), Evidence("second", _q(b)))
        if p.agree:
            if stated.start in seen_b:
                continue  # one consistent claim per stated figure, with its best-matching copy
            seen_b.add(stated.start)
            yield verdict(
                RULE,
                Status.CONSISTENT,
                _q(stated),
                f"{stated.text.strip()} restates {other.text.strip()} (same {_what(a)}); they agree",
                ev,
                stated_value=stated.value,
                computed=other.value,
            )
            continue
        if a.q is None or b.q is None or a.kind != b.kind or p.unsure:
            continue
        # Two-digit figures differ "like a typo" by chance too often: ask for more context.
        if not typo_near(a.q, b.q, 2 if p.score >= 3 else 3):
            continue
        if _bare_line(doc, doc.sentences[a.sentence], 4) or _bare_line(doc, doc.sentences[b.sentence], 4):
            continue  # a table row has too little context to call a mismatch
        if agreeing.get(a.start) and agreeing.get(b.start):
            continue  # each agrees with another copy: not a clear mismatch
        # The copy that no other copy supports is the odd one out.
        # With no support either way the earlier copy (a headline or dek restating the body) is named.
        odd, good = (b, a) if agreeing.get(a.start) else (a, b)
        if odd.start in flagged:
            continue
        flagged.add(odd.start)
        yield verdict(
            RULE,
            Status.INCONSISTENT,
            _q(odd),
            f"{odd.text.strip()} restates {good.text.strip()} (same {_what(a)}) but the figures"
            f" differ the way a typo does; one of them is mistyped",
            ev,
            stated_value=odd.value,
            computed=good.value,
        )


def _what(i: Item) -> str:
    parts = []
    f = i.frame
    if f.names:
        parts.append("/".join(sorted(f.names)[:2]))
    what = " ".join(x for x in (f.powertrain, f.measure) if x) or "figure"
    parts.append({"change": "growth rate", "plevel": "percentage", "multiple": "multiple"}.get(i.kind, what))
    if f.months:
        parts.append(", ".join(sorted(f.months)))
    return " ".join(parts)


RULE = Rule(code="FC107", name="restatement", type="restatement", check=check, doc=__doc__ or "")
