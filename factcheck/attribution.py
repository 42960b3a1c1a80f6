"""Who, what and when a level figure is about: the pairing layer of the relation rules.

The share, sum, cumulative and difference rules pair figures across sentences,
which is only safe when the figures measure the same thing. For every level
figure ("count" or bare number) this module builds a :class:`Record`:

- its *role*: a head (the figure a clause states) or a baseline attached to a
  head ("from 3,259 units a year ago" -> ``yoy``; "from 991 units in March",
  "the previous week's 8,163 units" -> ``prev``);
- its *tags*, one member per family: segment (passenger / commercial),
  powertrain (BEV / PHEV / EREV / HEV / FCEV / petrol / diesel), market
  (domestic / export), buyer (fleet / private / business), body (sedan / SUV /
  MPV), brand (a brand or sub-brand name), region (Europe, USA, China ...);
  the closest cue wins, the words right after the figure first;
- its *metric* (sales, production, registrations, retail, wholesale);
- its *period*, a key of :mod:`factcheck.periods` ("june", "q1", "h1", "ytd:7", "week",
  "fy", "all"), and the company names of its sentence.

Everything is small regex tables over one sentence (or its neighbours), so it
stays linear and needs no model.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from factcheck import periods
from factcheck.context import MONTHS, compatible
from factcheck.document import Document, Sentence
from factcheck.frames import period_before
from factcheck.lexicon import (
    BEV,
    CHANGE_AMOUNT_BEFORE,
    CHANGE_NOUN,
    CLOSED_SETS,
    COMBUSTION_WORDS,
    COMPANY_NOUN,
    ENERGY_UNITS,
    FALL_WORDS,
    INSTALLED,
    LINE_METRIC,
    MADE_LOCALLY,
    MILESTONE_AFTER,
    NOT_MADE_UP,
    OTHER_COUNT_AFTER,
    PASSENGER_UNION,
    POPULATION_OF,
    RISE_WORDS,
    SAME_SPAN,
    SAME_SPAN_YEAR_BACK,
    TITLED_MONTH,
    alt,
)
from factcheck.model import Quantity
from factcheck.names import NOT_NAMES, REPORTERS, REPORTING_BODIES, Names

if TYPE_CHECKING:
    from factcheck.labels import Aligned

# a figure set against the same period a year before ("... against 52,040 in the like month a year before")
_LIKE_PERIOD_AFTER = re.compile(r"\s(?:like|same|corresponding)\s++(?:month|quarter)\b", re.IGNORECASE)
_MONTH_RE = "|".join(MONTHS)

# Tag families: (family, member, pattern). Earlier patterns win on overlap, so the
# longer phrase ("plug-in hybrid electric") is listed before the shorter ("hybrid electric").
_NOT_A_BODY = (
    r"(?!\s+(?:manufacturers?|makers?|associations?|federation|company|corporation|corp|division|group|unit)\b)"
)
_TAGS: tuple[tuple[str, str, str], ...] = (
    ("powertrain", "PHEV", r"plug-?in\s+hybrids?(?:\s+electric)?|phevs?|plug-?in\s+hybrid\s+\w+"),
    ("powertrain", "EREV", r"extended[- ]range(?:\s+electric)?|erevs?|range[- ]extenders?"),
    ("powertrain", "BEV", BEV),
    ("powertrain", "FCEV", r"fuel[- ]cell|fcevs?"),
    (
        "powertrain",
        "HEV",
        r"hybrid[- ]electric|hevs?|(?:full|mild|conventional|self[- ]charging|regular)\s+hybrids?",
    ),
    ("powertrain", "petrol", r"petrol|gasoline"),
    ("powertrain", "diesel", r"diesels?"),
    # "passenger carriers" are buses, commercial vehicles; "the largest passenger vehicle maker"
    # describes the company, not the figure
    (
        "segment",
        "passenger",
        r"passenger(?!\s+(?:carriers?|buses|transport|(?:vehicles?|cars?)\s+(?:manufacturer|maker|producer|company)))"
        r"|(?-i:PVs?)"  # "PV sales", "passenger vehicles (PVs)"
        r"|(?-i:PCs)|(?-i:PC)(?=\s(?:market|sales|segment|registrations))"  # "the PC market" (passenger cars)
        # ("the private vehicle segment": the cars of private use, Morocco's VP or Hong Kong's private cars)
        r"|private\s+(?:cars?|vehicles?)(?=\s+(?:segment|market)\b)"
        r"|motor[- ]?cars?\b",  # ("94,879 motor-cars, 7,823 trucks and 827 buses": the cars of CIS statistics)
    ),
    # India's classes of vehicle beside passenger and commercial ones: "two-wheeler registrations",
    # "three-wheelers", "tractors" (never a total of cars and CVs)
    ("segment", "two-wheeler", r"two[- ]wheelers?"),
    ("segment", "three-wheeler", r"three[- ]wheelers?"),
    ("segment", "tractor", r"tractors?"),
    # trucks by weight are segments of their own beside light commercials ("medium trucks selling 740
    # units and heavy trucks selling 1,681 units")
    ("segment", "medium", r"medium(?:[- ]duty)?\s+(?:commercials?|trucks?)"),
    ("segment", "heavy", r"(?:extra[- ])?heavy(?:[- ]duty)?\s+(?:commercials?|trucks?)(?:\s+and\s+bus(?:es)?)?"),
    (
        "segment",
        "commercial",
        r"(?<!private and )(?<!private & )(?:commercials?|(?-i:L?CVs?))",
    ),  # "light commercials (-8.6% with 17,513 sales)"
    # buses and trucks, where a market is reported as cars, buses and trucks ("Sales of buses
    # dropped 53.5% to 964"); light trucks are the US's pickups and SUVs, and trucks by weight are
    # read above
    # (the words of a body's name, "Truck Manufacturers Association", count nothing)
    # (minibuses count among light commercial vehicles: "vans, pickups and mini-buses")
    ("segment", "bus", rf"(?<!heavy trucks and )(?<!mini-)(?<!mini)bus(?:es)?{_NOT_A_BODY}"),
    (
        "segment",
        "truck",
        # ("sales of cars and trucks": every vehicle, no segment)
        rf"(?<!light )(?<!light-duty )(?<!medium )(?<!heavy )(?<!duty )(?<!pickup )(?<!pick-up )"
        rf"(?<!cars and )(?<!car and )(?<!cars & )trucks?{_NOT_A_BODY}",
    ),
    # vehicles built for a purpose (tankers, cranes, ambulances), a segment of their own beside
    # passenger and commercial vehicles in Vietnamese and Chinese reports
    (
        "segment",
        "special",
        r"special(?:[- ](?:use|purpose))?\s+vehicles?|specialty\s+vehicles?|vehicles?\s+for\s+special\s+purposes?",
    ),
    # where the cars were made: imported and locally assembled cars make up the market
    ("origin", "import", r"import(?:s|ed|ations?)"),
    (
        "origin",
        "local",
        MADE_LOCALLY + r"|"
        r"local(?:ly)?\s+(?:assembled|assembly|production)",
    ),
    # Indian makers report supplies to a partner brand apart from domestic sales and exports
    # ("domestic OEM sales" are those supplies: listed first, it wins over "domestic")
    (
        "market",
        "oem",
        r"(?:sales|supplies)\s+to\s+other\s+(?:oems?|manufacturers|carmakers|brands)|"
        r"(?:domestic\s+)?oem\s+(?:sales|supplies)",
    ),
    (
        "market",
        "export",
        r"exports?|exported|overseas|abroad|(?:foreign|international)\s+(?:markets?|countries)|shipped\s+out|"
        # ("its international scooter business", "international sales")
        r"international(?=\s{1,3}+(?:[\w-]{1,20}+\s{1,3}+){0,2}?(?:business|sales|shipments|volumes?|deliveries)\b)",
    ),
    (
        "market",
        "domestic",
        r"domestic(?:ally)?|home\s+market|at\s+home|local\s+(?:sales|market)"
        r"|home\s+(?:sales|deliveries|shipments|dispatches|registrations)",
    ),
    ("buyer", "fleet", r"fleets?"),
    # ("private and commercial vehicles" are every vehicle: no buyer, no segment)
    ("buyer", "private", r"private(?!\s+(?:and|&|or)\b)"),
    ("buyer", "business", r"business\s+(?:sector|buyers|segment|registrations)|small\s+business"),
    ("body", "sedan", r"sedans?|saloons?"),
    ("body", "SUV", r"suvs?|(?:sport\s+)?utility\s+vehicles?|(?-i:UVs?)"),
    ("body", "MPV", r"mpvs?|minivans?"),
)
_TAG_RE = re.compile("|".join(rf"(?P<t{i}>\b(?:{p})\b)" for i, (_, _, p) in enumerate(_TAGS)), re.IGNORECASE)
_MADE_LOCALLY = re.compile(MADE_LOCALLY, re.IGNORECASE)
_REGIONS = {
    "europe": "Europe",
    "european": "Europe",
    "eu": "EU",
    "european union": "EU",
    "usa": "USA",
    "us": "USA",
    "u.s.": "USA",
    "united states": "USA",
    "america": "USA",
    "north america": "USA",
    "china": "China",
    "germany": "Germany",
    "france": "France",
    "uk": "UK",
    "britain": "UK",
    "japan": "Japan",
    "norway": "Norway",
    "italy": "Italy",
    "spain": "Spain",
    "korea": "Korea",
}
# The markets a region tag stands for: "Europe" is the whole of its countries, never one beside them
REGION_MEMBERS = {
    "Europe": frozenset({"Germany", "France", "UK", "Italy", "Spain", "Norway"}),
    "EU": frozenset({"Germany", "France", "Italy", "Spain"}),
}
_REGION_RE = re.compile(
    r"\b(?:in|of|to)\s+(?:the\s+)?(?:home\s+market\s+of\s+)?(?P<r>"
    + "|".join(sorted((re.escape(k) for k in _REGIONS), key=len, reverse=True))
    + r")\b(?!\s*(?:association|passenger|car\s+association))",
    re.IGNORECASE,
)
_COUNTRY_SUBJECT = re.compile(
    # ("Japan's Toyota Motor Corp." is the company's nationality, not the market of its figure)
    r"\b(?P<r>Europe|EU|Germany|France|UK|Britain|Japan|Norway|Italy|Spain|Korea|United\sStates|USA|US|U\.S\.)"
    r"(?!['’]s\s+[A-Z][a-z])(?:'s)?(?:\b|(?<=\.))(?!\s*[-:])"
)
# A capitalised word right before a country, other than a compass point: the country is part of a name
_NAME_BEFORE = re.compile(r"(?<![\w'’])(?!(?:South|North|East|West|The|In|Of|And)\b)[A-Z][\w&.-]*+\s$")
_FUEL = re.compile(rf"\b{alt(COMBUSTION_WORDS)}\b", re.I)
# "that for other batteries", "those of the rivals": the noun said before, of another member
_THAT_FOR = re.compile(r"\b(?:that|those)\s++(?:for|of)\s++(?:the\s++)?[\w-]++(?:\s++[\w-]++){0,3}?\s*+$", re.I)
_PLUG_IN_NAMED = re.compile(r"\bplug-?in\s++hybrids?\b|\bPHEVs?\b", re.I)
# a hybrid that is not a plug-in one: "hybrid sales", "hybrids"
_BARE_HYBRID = re.compile(r"(?<!plug-in )(?<!plug-in-)(?<!plugin )\bhybrids?\b(?![- ]electric)", re.I)
# a bare "electric" (no hybrid, no "vehicles" umbrella, no maker's name before it): in a
# sentence that also names petrol or diesel cars it is the battery-electric member of a fuel mix
_BARE_ELECTRIC = re.compile(
    r"(?<!battery )(?<!battery-)(?P<before>\b[A-Z][\w-]*+\s++)?\b(?:e|E)lectric\b"
    r"(?![- ]hybrid|\s++(?:vehicles?|and|&|or|motors?|company|group)\b)",
)


def _bare_electric(text: str) -> bool:
    # ("Orla Electric": a capitalised word before it makes it a name)
    return any(m.group("before") is None for m in _BARE_ELECTRIC.finditer(text))


_NEV = re.compile(
    # ("electric and hybrid vehicles", "hybrid and electric cars": the electrified ones together)
    r"\b(?:new[- ]energy|nevs?|xevs?|electrified|plug-?ins?|evs?|electric\s+vehicles?|"
    r"(?:electric|hybrid)\s{1,3}+(?:and|&)\s{1,3}+(?:plug-?in\s{1,3}+)?(?:hybrid|electric)s?)\b",
    re.I,
)

# What is measured. Sales, deliveries and shipments are treated as one metric:
# companies use the words interchangeably for the same figure.
_METRICS: tuple[tuple[str, str], ...] = (
    ("registrations", r"insurance\s+registrations?|registrations?|registered|insured"),
    ("production", r"production|produced|output|built|manufactured|manufacturing"),
    ("retail", r"retail(?:\s+sales)?"),
    ("wholesale", r"wholesales?(?:\s+sales)?"),
    ("orders", r"orders?|bookings?|reservations?"),
    # batteries fitted to vehicles, as battery reports count them beside those sold ("installed
    # capacity" is what was fitted, no capacity to make)
    ("installations", rf"installed\s+capacity|{INSTALLED}"),
    ("capacity", r"(?<!installed )capacity"),
    # (Indian reports' "off-take" and "dispatches": what the maker sold to its dealers)
    (
        "sales",
        r"sales|sold|sell|deliver(?:ed|ies|y|s)?|shipped|shipments?|handed\s+over|shift|transactions?|"
        r"off-?take|dispatch(?:es|ed)?|despatch(?:es|ed)?",
    ),
)
_METRIC_RE = re.compile("|".join(rf"(?P<m{i}>\b(?:{p})\b)" for i, (_, p) in enumerate(_METRICS)), re.IGNORECASE)

_BASE_CONN = re.compile(
    # ("well above the 3,615 sold a year before": "the" makes it a level compared with, where a
    # bare "above 3,600" is a threshold passed)
    r"\b(?:(?:from|compared\s+(?:with|to)|versus|vs\.?|against|ahead\s+of|behind)\s+(?:the\s+|a\s+|an\s+)?"
    r"|(?:above|below|short\s+of)\s+the\s+)(?:(?:previous|prior|last|same)\s+(?:week|month|quarter|year|period)(?:'s)?\s+|"
    rf"(?:{_MONTH_RE})'s\s+|year-?ago\s+|a\s+year\s+earlier\s+|record\s+|"
    # "compared to January (152,666 units)", "compared to the same month last year (132,331)"
    r"[^\d();,]{1,60}?\(\s*|"
    # "compared to a similar period in 2018 when 6,254 units were sold"
    r"(?:[^\d();,.]|\b(?:19|20)\d\d\b){1,60}?,?\s{0,2}\bwhen\s+)?(?:just\s+|only\s+)?$",
    re.IGNORECASE,
)
_YOY = re.compile(
    r"\b(?:year[- ]?ago|a\s+year\s+(?:earlier|before)|year[- ]on[- ]year|year[- ]over[- ]year|"
    rf"{SAME_SPAN_YEAR_BACK}|{SAME_SPAN}\s+(?:of|in)\s+20\d\d|last\s+year|(?:19|20)\d\d|"
    # ("in October of the previous year", "the prior year")
    r"(?:previous|prior|preceding)[- ]year)\b",
    re.IGNORECASE,
)
_SAME_PERIOD = re.compile(rf"\b(?:during|in|over|for)\s+the\s+{SAME_SPAN}", re.IGNORECASE)
_PREV = re.compile(
    rf"\b(?:previous|prior|preceding|last\s+month|a\s+month\s+(?:earlier|before)|the\s+month\s+before|"
    rf"sequential|month[- ]on[- ]month|(?:{_MONTH_RE}))\b",
    re.IGNORECASE,
)

# A level in brackets after a share: "with 21% market share (3,310 units)", "11 per cent (760 units)"
_SHARE_BRACKET = re.compile(
    r"(?:%|\bper\s?cent|\bpercent)\s{0,3}+(?:market\s+share\s{0,3}+|share\s{0,3}+)?\(\s{0,3}+$", re.IGNORECASE
)
_PASSENGER_UNION = re.compile(PASSENGER_UNION, re.IGNORECASE)
# "was up from", "has risen from", "increased 12% from": a comparison whose baseline follows
_GROWTH_BEFORE = re.compile(
    rf"\b(?:up|{alt(RISE_WORDS)}|{alt(FALL_WORDS)})(?:\s{{1,3}}(?:by\s{{1,3}})?[\d.,]{{1,12}}\s{{0,2}}(?:%|percent|per\s+cent))?\s{{0,3}}$",
    re.IGNORECASE,
)
# "from January to May" is a run of months, the figure's own period, not a baseline
_FROM_RUN = periods.FROM_NOT_A_RUN
_BASE_START = re.compile(
    rf"\b(?:{_FROM_RUN}|compared|versus|vs\.?|against|ahead\s+of|behind|than)\b|,\s*(?:up|down)\b", re.I
)
_STOP_AFTER = re.compile(
    r",|;|[.:](?:\s|$)|\(|\)|\s[-–—]\s|\b(?:and|while|whereas|but|up|down|from|to|with|accounting|"
    # ("3,880 are 100% electric": a description, not the next figure)
    r"representing|which|compared|versus|vs|against|ahead|behind|or|a|an|as)\b|(?<![A-Za-z\d.,])(?!100\s?%\s?[a-z])\d",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4096)
def periods_in(text: str) -> frozenset[str]:
    """Period keys named in ``text``: months, quarters, halves, year-to-date spans.

    A month counts only when nothing wider names the period: in "up to the end of June" or
    "since the start of the year (to May)" the month is an end point."""
    found = periods.mentions(text)
    wide = {m.key for m in found if m.kind not in ("month", "days")}
    return frozenset(wide or {m.key for m in found})


@dataclass(eq=False)  # identity: two records are the same only if they are one
class Record:
    """A head figure, its baselines and what it is about."""

    head: Quantity
    sentence: int
    baselines: dict[str, Quantity] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)
    nev: bool = False
    metric: str | None = None
    periods: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    baseline_periods: dict[str, frozenset[str]] = field(default_factory=dict)
    context: str = ""  # the words that describe the head (for messages and matching)
    label_end: int = -1  # end of the words right after the head
    market: bool = False  # a market or industry total ("China's NEV retail sales reached ..."), not one company's
    all_fuels: bool = False  # described with petrol, diesel or gas cars: a total of every powertrain
    of_share: bool = False  # the level in brackets after a share ("13 per cent market share (1,310 units)")
    years: frozenset[str] = frozenset()  # years its own clause names after it ("units in September 2022")


_POPULATION_OF = re.compile(POPULATION_OF, re.IGNORECASE)
_OTHER_COUNT_AFTER = re.compile(OTHER_COUNT_AFTER, re.IGNORECASE)


def _not_vehicles(text: str, q: Quantity) -> bool:
    """A count of people, dealers or countries ("a population of 192 million", "1,200 dealers"): no level."""
    return bool(_POPULATION_OF.search(text, max(0, q.start - 40), q.start) or _OTHER_COUNT_AFTER.match(text, q.end))


def is_level(q: Quantity) -> bool:
    return (q.unit in (None, "count") or q.unit in ENERGY_UNITS) and q.value > 0


def _tags(text: str, prefer_last: bool) -> dict[str, str]:
    """One member per family; the closest match to the figure wins."""
    found: dict[str, tuple[int, str]] = {}
    for m in _TAG_RE.finditer(text):
        idx = int(str(m.lastgroup)[1:])  # the one group that matched (the tables hold no other group)
        fam, member, _ = _TAGS[idx]
        pos = m.start() if not prefer_last else -m.start()
        if fam not in found or pos < found[fam][0]:
            found[fam] = (pos, member)
    return {f: v for f, (_, v) in found.items()}


# Two members of one family joined into one label ("new and used cars", "passenger and commercial
# vehicles", "PHEVs and EREVs combined"): the figure is their union.
_JOIN = re.compile(
    r"\s{0,3}(?:(?:cars?|vehicles?|units|models|sales|deliveries)\s{1,3})?(?:and|&|/|plus|or)\s{0,3}"
    r"(?:(?:light|heavy|small)\s{1,3})?$",
    re.IGNORECASE,
)


def _unions(text: str) -> dict[str, set[str]]:
    """The members of each family ``text`` joins into one label."""
    out: dict[str, set[str]] = {}
    prev: tuple[str, str, int] | None = None
    for m in _TAG_RE.finditer(text):
        fam, member, _ = _TAGS[int(str(m.lastgroup)[1:])]
        if prev is not None and prev[0] == fam and prev[1] != member and _JOIN.search(text, prev[2], m.start()):
            out.setdefault(fam, {prev[1]}).add(member)
        prev = (fam, member, m.end())
    return out


def joined_members(text: str) -> dict[str, set[str]]:
    """The members of each family ``text`` joins into one label ("domestic sales and exports")."""
    return _unions(text)


def _union_tag(fam: str, members: set[str]) -> str | None:
    """The tag of a label joining ``members``: none when they make the whole family ("passenger
    and commercial vehicles"), else one member of its own ("PHEVs and EREVs combined", a part
    beside BEVs)."""
    if members >= CLOSED_SETS.get(fam, frozenset({"-"})):
        return None
    return "+".join(sorted(members))


# New and used cars make up the registrations of a market that counts both. Only an article that
# counts used cars makes "new cars" a part (elsewhere they are the market), so these are read apart.
_CONDITION = re.compile(
    # (in quotes, as statistics offices write them: "'new' motor vehicles", "'used' motor vehicles")
    r"\b(?:(?P<new>new(?=['’\"”]?\s+(?:(?:and|or|&)\s+used\s+)?(?:motor\s+)?(?:passenger\s+)?"
    r"(?:cars?|vehicles?|registrations?)\b)|brand[- ]new)|"
    r"(?P<used>used(?=['’\"”]?\s+(?:motor\s+)?(?:passenger\s+)?(?:cars?|vehicles?|imports?)\b)|second[- ]hand|"
    r"pre-owned))\b",
    re.IGNORECASE,
)


def _condition(pre: str, post: str) -> str | None:
    """ "new" or "used": the nearest before the figure, else the first after it; None for both
    joined ("new and used cars") or neither."""
    for text, pick in ((pre, -1), (post, 0)):
        found = list(_CONDITION.finditer(text))
        if not found:
            continue
        i = pick % len(found)
        m = found[i]
        for j in (i - 1, i + 1):
            if 0 <= j < len(found) and found[j].lastgroup != m.lastgroup:
                a, b = sorted((m, found[j]), key=lambda x: x.start())
                if _JOIN.search(text, a.end(), b.start()):
                    return None
        return str(m.lastgroup)
    return None


_PRIVATE_AND = re.compile(r"\s{1,3}private\s{1,3}(?:and|&)\s", re.IGNORECASE)


def _unique_tags(text: str) -> dict[str, str]:
    seen: dict[str, set[str]] = {}
    for m in _TAG_RE.finditer(text):
        idx = int(str(m.lastgroup)[1:])  # the one group that matched (the tables hold no other group)
        fam, member, _ = _TAGS[idx]
        seen.setdefault(fam, set()).add(member)
    return {f: next(iter(v)) for f, v in seen.items() if len(v) == 1}


# A sentence that opens on a bare metric, up to its first figure: "The number of registrations came
# to", "Their sales rose 4% to", "Registrations of these models reached" (no name, no total)
_BARE_METRIC_OPENING = re.compile(
    r"\W{0,4}+(?:(?:the\s++)?number\s++of\s++|their\s++|its\s++)?(?:new\s++)?"
    r"(?:registrations|sales|deliveries)(?:\s++of\s++(?:these|those|such)\s++(?:cars|models|vehicles))?"
    r"(?:\s++(?:came|rose|fell|grew|dropped|declined|climbed|increased|decreased|reached|totall?ed|stood|amounted)"
    r"(?:\s++(?:by\s{1,3}+)?\d[\d.,]{0,12}+\s?+(?:%|per\s?+cent|percent))?(?:\s++(?:to|at))?)?"
    r"\s++(?:a\s++total\s++of\s++|only\s++|just\s++|some\s++|about\s++|nearly\s++|almost\s++)?",
    re.IGNORECASE,
)
_TOPIC_FAMILIES = ("powertrain", "segment", "body")


def _topic_before(doc: Document, sent: Sentence, q: Quantity) -> dict[str, str]:
    """The one class of vehicle the sentence before names, when that sentence states no figure and
    this one opens on a bare metric: "Plug-in hybrids fared better. Registrations rose to 4,210"."""
    if not _BARE_METRIC_OPENING.fullmatch(doc.norm, sent.start, q.start) or sent.index == 0:
        return {}
    prev = doc.sentences[sent.index - 1]
    if prev.paragraph != sent.paragraph or any(x.sentence == prev.index for x in doc.quantities):
        return {}
    tags = {f: m for f, m in _unique_tags(prev.text).items() if f in _TOPIC_FAMILIES}
    return tags if len(tags) == 1 else {}


# A list line's label: "Toyota: ", "- Isuzu: "
_LIST_LABEL = re.compile(r"(?:[-*•][ \t]*+)?[A-Z][\w .&'’-]{0,30}:[ \t]*+")
_HEADING = re.compile(r"[^\n:]{3,100}:[ \t]*+")
_HEADED = ("segment", "body", "powertrain")


def _heading_tags(text: str, line_start: int) -> dict[str, str]:
    """The tags the heading of a list names ("Commercial vehicle market (including pickup
    trucks):"), read back over the list's other lines (at most a dozen, blank lines between)."""
    end = line_start
    for _ in range(24):
        if end <= 0:
            break
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start : end - 1] if text[end - 1 : end] == "\n" else text[start:end]
        end = start
        if _HEADING.fullmatch(line):  # (a heading ends with its colon; a list line goes on to its figure)
            found = _unique_tags(re.sub(r"\([^()]*\)", " ", line))  # "(including pickup trucks)" is an aside
            return {f: m for f, m in found.items() if f in _HEADED}
        if not line.strip() or _LIST_LABEL.match(line):
            continue
        break
    return {}


# A part named after the share it is of an earlier whole: "39,300, or 49.2%, of these SUVs",
# "5,200 (12%) of them were vans", "18,000 of which were pickups"
_OF_THESE = re.compile(
    r"\s{0,2}+(?:,\s{0,2}+or\s{1,2}+[\d.,]{1,8}+\s{0,2}+(?:%|per\s?cent|percent)\s{0,2}+,|"
    r"\(\s{0,2}+[\d.,]{1,8}+\s{0,2}+(?:%|per\s?cent|percent)\s{0,2}+\))?"
    r"\s{0,2}+of\s{1,2}+(?:these|them|which|those)\s{1,2}+(?:were\s{1,2}+|are\s{1,2}+)?"
    r"(?P<np>[A-Za-z][\w-]{0,20}+(?:\s{1,2}+[A-Za-z][\w-]{0,20}+){0,2})",
    re.IGNORECASE,
)
_MODEL_POST = re.compile(r"^\s?(?P<n>[A-Z]{1,3}\d{1,2}[A-Z+]?)s?\b")
# "ES6 (5-seat SUV): 2,493"; a note left over from the line before may open the line: "(new) ES6: ..."
_LABEL_PRE = re.compile(
    r"(?:^|\n)[ \t]*(?:[-*•][ \t]*)?(?:\([^()\n]{0,40}\)[ \t]*)?(?P<n>[A-Z][\w\-+.& ]{0,30}?)[ \t]*"
    rf"(?:\([^()\n]{{0,40}}\))?[ \t]*:[ \t]*(?:{LINE_METRIC})?\s*$",
)


def _model(pre: str, tail: str) -> str | None:
    """A model code after the figure ("1,498 ES8s") or a list label before it ("ES6: 4,939")."""
    m = _MODEL_POST.match(tail)
    if m:
        return m.group("n")
    m = _LABEL_PRE.search(pre)
    if m and not re.fullmatch(r"(?i)total|overall|in total|all models|sum", m.group("n").strip()):
        label = m.group("n").strip()
        # ("2. February: 1,181 cars were registered": a month labels the line's period, no model)
        if periods.mentions(label):
            return None
        return label
    return None


def metric_of(text: str, prefer_last: bool = True) -> str | None:
    best: tuple[int, str] | None = None
    # "locally produced cars" were sold: where a car was made names no production figure
    text = _MADE_LOCALLY.sub(lambda m: " " * len(m.group()), text)
    for m in _METRIC_RE.finditer(text):
        idx = int(str(m.lastgroup)[1:])  # the one group that matched (the tables hold no other group)
        pos = -m.start() if prefer_last else m.start()
        if best is None or pos < best[0]:
            best = (pos, _METRICS[idx][0])
    return best[1] if best else None


# "(which include minivans, light and heavy trucks and buses)": what a class includes, in brackets
INCLUDES_GLOSS = re.compile(
    r"\(\s{0,2}+(?:which\s++|that\s++)?(?:includes?|included|including|incl\.|comprising|such\s++as)\b[^()]{0,160}+\)"
    # ... or between commas, before the verb of its figure: "The figure, which includes cars, trucks and
    # buses made abroad, stood at"
    r"|,\s{0,2}+which\s++(?:includes?|included|cover(?:s|ed)?|compris(?:e|es|ed))\b[^()\d;.]{0,160}?,"
    r"(?=\s{0,2}+(?:stood|was|were|reached|came|totall?ed|amounted|rose|fell|climbed|grew)\b)",
    re.IGNORECASE,
)


def tags_of(text: str, prefer_last: bool = False) -> dict[str, str]:
    """Tags named anywhere in a phrase (for a descriptor such as "of all BEVs")."""
    out = _tags(text, prefer_last=prefer_last)
    rm = _REGION_RE.search(text)
    if rm:
        out["region"] = _REGIONS[rm.group("r").lower()]
    return out


# Not the company a figure belongs to: never a name, who reported the figure, or a market
# (a breakdown by region is read by the region tags, not as a company).
_NOT_NAMES = NOT_NAMES | REPORTERS | frozenset("Europe European USA US UK EU".split())
# "The carmaker, Tessin Group's smaller brand after Tessin Motors, ..."
# The month and year right after a year-ago baseline: "269 in January 2010"
_YEAR_AGO_MONTH = re.compile(
    rf"\s{{0,3}}+(?:[a-z]{{1,12}}+\s{{1,3}}+){{0,2}}?(?:in|during)\s{{1,3}}+(?P<m>(?:{'|'.join(MONTHS)})\s{{1,3}}+(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _dated_by_baseline(text: str, rec: Record, kind: str, baseline: Quantity) -> None:
    """ "third with 418 cars registered, up from 301 in May 2023": a level that names no period of its own
    is of the month its year-ago baseline names."""
    if not rec.periods and kind == "yoy" and (dated := _YEAR_AGO_MONTH.match(text, baseline.end)):
        rec.periods = periods_in(dated.group("m"))


_APPOSITIVE_OF_SUBJECT = re.compile(
    r"^\s*+the\s++(?:company|group|automaker|carmaker|brand|maker|firm),\s++[^,;.\d]{3,90}?,", re.IGNORECASE
)
# A sentence whose subject points back at the company before it, after a short opening adverbial:
# "In the third quarter, the division delivered ...", "In May, it shipped ...", "The brand's ..."
_PRONOUN_START = re.compile(
    r"^\s*+(?:(?:in|for|during|over|by|meanwhile|separately)\b[^,.;]{0,40}+,\s*+)?"
    rf"(?:it|its|they|their|the\s+{COMPANY_NOUN}(?:'s|’s)?)\b",
    re.I,
)


@dataclass
class Attribution:
    doc: Document
    records: list[Record]
    by_start: dict[int, Record]
    base_of: dict[int, tuple[Record, str]]  # baseline start -> (its head record, kind)
    sentence_names: list[frozenset[str]]
    dominant_period: str | None
    subjects: list[str | None] = field(default_factory=list)  # "Nio delivered ..." -> "nio"

    def context_company(self, sentence: int) -> frozenset[str]:
        """The company a sentence is about: its reporting subject, or the nearest one before it
        (never the opening paragraph's, for a sentence after it: "Serbia: market down 2%. Fiat at
        20%" names no company for "Year-to-date sales were 16,663")."""
        sents = self.doc.sentences
        for i in range(sentence, max(-1, sentence - 4), -1):
            if sents[i].paragraph == sents[0].paragraph != sents[sentence].paragraph:
                break
            if i < len(self.subjects) and (subject := self.subjects[i]):
                # (with the other words of its name: "Korvik Moto Works sold" is Korvik's too)
                named = self.sentence_names[i]
                return frozenset({subject}) | (named if subject in named else frozenset())
            if self.sentence_names[i]:
                return self.sentence_names[i]  # the nearest sentence that names anyone
        return frozenset()

    def records_in(self, sentence: int) -> list[Record]:
        return self._by_sentence.get(sentence, [])

    def counts_in(self, sentence: int) -> list[Quantity]:
        """The counts of a sentence: figures of no unit or a count, above zero."""
        return [q for q in self.quantities_in(sentence) if q.unit in (None, "count") and q.value > 0]

    def records_between(self, first: int, last: int) -> list[Record]:
        """Records of sentences ``first``..``last`` (inclusive), in text order."""
        out: list[Record] = []
        for i in range(max(0, first), last + 1):
            out.extend(self._by_sentence.get(i, ()))
        return out

    def quantities_in(self, sentence: int) -> list[Quantity]:
        return self._qs_by_sentence.get(sentence, [])

    @cached_property
    def aligned(self) -> list[Aligned]:
        """Lists of figures aligned with lists of labels ("respectively", models named in turn)."""
        from factcheck.labels import aligned

        return aligned(self)

    @cached_property
    def overrides(self) -> dict[int, dict[str, str]]:
        """Tags of records (by ``id``) that labels read across figures correct."""
        from factcheck.labels import overrides

        return overrides(self)

    def mentions(self, pattern: re.Pattern[str]) -> bool:
        """Whether the article says ``pattern`` anywhere (each pattern searched once)."""
        found = self._mentioned.get(pattern)
        if found is None:
            found = self._mentioned[pattern] = bool(pattern.search(self.doc.norm))
        return found

    @cached_property
    def _mentioned(self) -> dict[re.Pattern[str], bool]:
        return {}

    @cached_property
    def exact_levels(self) -> tuple[list[tuple[float, int]], float]:
        """Exact level figures by value (value, index into the quantities) and their widest
        rounding half-width: finds another figure equal to a sum without a scan."""
        qs = self.doc.quantities
        levels = sorted((q.value, i) for i, q in enumerate(qs) if q.exact and q.unit in (None, "count") and q.value > 0)
        widest = max(((qs[i].hi - qs[i].lo) / 2 for _, i in levels), default=0.0)
        return levels, widest

    @cached_property
    def _by_sentence(self) -> dict[int, list[Record]]:
        out: dict[int, list[Record]] = {}
        for r in self.records:
            out.setdefault(r.sentence, []).append(r)
        return out

    @cached_property
    def _qs_by_sentence(self) -> dict[int, list[Quantity]]:
        out: dict[int, list[Quantity]] = {}
        for q in self.doc.quantities:
            out.setdefault(q.sentence, []).append(q)
        return out


_SUBJECT_VERB = re.compile(
    r"(?:'s)?\s{1,20}(?:[A-Z][\w&]{0,30}\s{1,20})?(?:delivered|sold|reports|reported|recorded|registered|posted|shipped|produced|"
    r"exported|saw|had|has|said|announced|also|unveiled|launched|plans|expects|guided)\b"
)


# A sentence that opens on a maker and its place in a ranking: "Skoda was 2nd, ...", "Volkswagen
# advanced in third with 171 units", "Kia ranked fourth"
_RANKED_SUBJECT = re.compile(
    r"\W{0,3}+(?<![\w&-])([A-Z][\w&]++(?:-[A-Z][\w&]*+)*+)\s++(?:was|is|ranked|came|finished|advanced|remained|"
    r"stayed|moved)\s++(?:(?:in|to|into)\s++)?(?:the\s++)?(?:\d(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|first|top|leader)\b"
)
_SUBJECT = re.compile(
    r"(?<![\w-])([A-Z][\w&]+(?:-[A-Z][\w&]*)*)(?:\s+(?:Inc|Auto|Motors?|Group|Holding))?\s+(?:delivered|sold|reports|"
    r"reported|recorded|"
    r"registered|posted|shipped|dispatched|produced|exported)\b"
)

# the capitalised words of a name right before its last one ("Korvik Moto" of "Korvik Moto Works sold")
_NAME_RUN_BEFORE = re.compile(r"(?:(?<![\w&'’-])[A-Z][\w&]*+\s++){1,3}+$")

# A run of capitalised words, joined by "of", "the", "and" ("Chamber of Automotive Manufacturers
# of the Philippines") or a name's particle ("Bert de Kroon"), with the acronym in brackets after it
_CAPITAL_RUN = re.compile(
    r"[A-Z][\w'’&.-]*+(?:\s++(?:(?:of|the|and|for|&|de|van|der|von|da|del|di|du|le|la|bin|al)\s++){0,2}"
    r"[A-Z][\w'’&.-]*+)*+(?:,?\s++Inc\.?)?"
    r"(?:\s*+\((?P<acronym>[A-Z][A-Za-z]{1,9})\)|\s++[\"“](?P<quoted>[A-Z][A-Za-z-]{1,19})[\"”])?"
    r"(?:\s++in\s++[A-Z][a-z]++)?"
)  # (and the town it sits in: "(KBA) in Flensburg")
# A person named by a role right after the name: "David Kerr, chief executive of ..."
_ROLE = (
    r",\s*+(?:the\s+|its\s+)?(?:CEO|CFO|COO|chief|president|head|director|chair|managing|spokes|analyst|vice|"
    r"general\s+manager|executive|founder)"
)
_ROLE_AFTER = re.compile(_ROLE, re.IGNORECASE)
# ... or by a role right before it: "said MIA chief executive David Crawford"
_ROLE_BEFORE = re.compile(
    r"\b(?:CEO|CFO|COO|chief\s+executive|president|director|chairman|chairwoman|spokesman|spokeswoman|"
    r"spokesperson|analyst|head|manager)\s++$",
    re.IGNORECASE,
)
# Who a figure comes from, named after what it is or whom it told: "auto industry researcher
# Datahouse told MTI", "according to data provider Kestrel", "consultancy Orbis said"
_SOURCE_WORDS = (
    r"\b(?:researcher|research\s+firm|analyst|analysts|consultancy|data\s+provider|news\s+agency|agency|told|"
    # "according to the industry association ANFAC", "the dealers' federation Kessel-Verband"
    r"(?:industry|trade|dealers['’]?|importers['’]?|manufacturers['’]?)\s+(?:association|body|federation|group))"
)
_SOURCE_BEFORE = re.compile(_SOURCE_WORDS + r"\s+$", re.IGNORECASE)
_SOURCE_NOUN_AFTER = re.compile(
    # ("Promocija Plus market research agency": through a word or two of what it studies)
    r"(?<!\s)\s++(?:(?:market|data|industry|auto|automotive)\s++){0,2}"
    r"(?:news\s+agency|agency|consultancy|research\b|correspondent|reporter|report\b)",
    re.IGNORECASE,
)
# Whether an article names any reporting body or spokesperson at all
_BODY_WORD = re.compile(rf"\b(?:{'|'.join(sorted(REPORTING_BODIES))})\b|{_ROLE}|{_SOURCE_WORDS}\s", re.IGNORECASE)


# a reporting body's name before a bracketed acronym, through lower-case words
_BODY_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(REPORTING_BODIES))})\b[^.;()]*+$")


def _reporters(text: str) -> frozenset[str]:
    """Words of the bodies that report figures and of the people who speak for them: "the
    Chamber of Automotive Manufacturers of the Philippines (CAMPI)", "Motor Industry Association",
    "David Kerr, chief executive". None of them is the company a figure belongs to."""
    out: set[str] = set()
    for m in _CAPITAL_RUN.finditer(text):
        words = re.findall(r"[A-Za-z][\w'’&-]*", m.group())
        if (
            any(w in REPORTING_BODIES for w in words)
            or _ROLE_AFTER.match(text, m.end())
            or _ROLE_BEFORE.search(text, max(0, m.start() - 25), m.start())
            or _SOURCE_BEFORE.search(text, max(0, m.start() - 30), m.start())
            or _SOURCE_NOUN_AFTER.match(text, m.end())
        ):
            out.update(w.lower() for w in words)  # (with its name in quotes: "KazAvtoProm")
        elif m.group("acronym") and _BODY_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            # "the Association of Importers of motor vehicles in Morocco (AIVAM)": the body's name
            # runs through lower-case words, and its acronym is the body's
            out.add(m.group("acronym").lower())
    return frozenset(out)


_VERSUS_NEXT = re.compile(r"(?<!\s)\s*+(?:vs\.?|versus)\s++\d", re.IGNORECASE)


def reporters_of(doc: Document) -> frozenset[str]:
    """The words of the reporting bodies and spokespeople the article names anywhere ("the KBA",
    once "Federal Motor Transport Authority (KBA)" has said what it is), lower case."""
    if not _BODY_WORD.search(doc.norm):
        return frozenset()
    return frozenset().union(*(_reporters(s.text) for s in doc.sentences))


# A company's name with the acronym it goes by after it: "Maruti Suzuki India (MSI)"
_NAMED_ACRONYM = re.compile(r"((?:(?<![\w&'’-])[A-Z][\w&'’-]{0,30}+\s{1,3}+){1,5}+)\(([A-Z]{2,6})\)")


def _acronyms(text: str) -> dict[str, frozenset[str]]:
    """Each acronym the article defines, with the words of the name it stands for: the initials
    of the capitalised words right before it must spell it."""
    out: dict[str, frozenset[str]] = {}
    for m in _NAMED_ACRONYM.finditer(text):
        words = m.group(1).split()
        acr = m.group(2)
        if len(words) >= len(acr) and "".join(w[0] for w in words[-len(acr) :]) == acr:
            out[acr.lower()] = frozenset(w.lower() for w in words[-len(acr) :])
    return out


def _sentence_names(doc: Document, names: Names, reporters: frozenset[str]) -> list[frozenset[str]]:
    """The companies each sentence names (lower case), by the article's one case rule; a
    sentence opening with a pronoun inherits the names of the sentence before it. An acronym the
    article defined names the company it stands for too ("MSI" is Maruti Suzuki India)."""
    out: list[frozenset[str]] = []
    prev: frozenset[str] = frozenset()
    prev_para = -1
    aliases = _acronyms(doc.norm)
    for s in doc.sentences:
        found = frozenset(w.lower() for w in names.in_span(s.start, s.end) if w not in _NOT_NAMES)
        app = _APPOSITIVE_OF_SUBJECT.match(s.text)
        if app is not None and _PRONOUN_START.match(s.text):
            # "The carmaker, Tessin Group's smaller brand, reported it sold ...": the
            # names of the description are not the company; the one "the automaker" points at is
            rest = frozenset(w.lower() for w in names.in_span(s.start + app.end(), s.end) if w not in _NOT_NAMES)
            found = rest
        for w in found & aliases.keys():
            found |= aliases[w] - reporters
        if found and reporters:
            found = frozenset(w for w in found if not set(re.split(r"[-/]", w)) <= reporters)  # "CAMPI-TMA"
        subj = _SUBJECT.search(s.text)
        if subj and subj.group(1) in names.media:
            subj = None  # "the daily El Vessa de Lorne reported ...": the paper, no company
        if subj and subj.group(1) not in _NOT_NAMES and (subj.start() > 0 or subj.group(1).lower() in found):
            # "Halcyon's rival Peregrine delivered": Peregrine; "Korvik Moto Works sold": all three
            # words of its name, as later sentences may call it by any one ("Korvik's exports")
            run = _NAME_RUN_BEFORE.search(s.text, max(0, subj.start(1) - 80), subj.start(1))
            before = {w.lower() for w in run.group().split()} & found if run else set()
            found = frozenset({subj.group(1).lower(), *before})
        if not found and _PRONOUN_START.match(s.text) and s.paragraph - prev_para <= 1:
            found = prev
        out.append(found)
        if found:
            prev = found
        prev_para = s.paragraph
    return out


def _dominant_period(doc: Document) -> str | None:
    """The month an article is mostly about ("December"), to date figures that name none."""
    counts: dict[str, int] = {}
    for s in doc.sentences:
        for p in periods_in(s.text):
            if p != "all":
                counts[p] = counts.get(p, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
        return None
    return ranked[0][0]


_MARKET_LEVEL = re.compile(
    r"\b(?:China's|the\s+country's|nationwide|national|industry|industry-wide|market(?!\s+share)|CPCA|CAAM|ACEA|SMMT|"
    r"Passenger\s+Car\s+Association|Association\s+of\s+Automobile|"
    # ("New vehicle sales dropped 5.5 percent ..., with a total of 94,711 registrations": no
    # company's, the whole market's)
    r"new[- ](?:vehicle|car|motor[- ]vehicle)\s+(?:sales|registrations|deliveries)"
    # (the same, the other way round or said of the home market: "Sales of new cars rose",
    # "Domestic sales of new foreign-made cars came to", "domestic registrations fell")
    r"|(?:sales|registrations|deliveries)\s+of\s+new\s+(?:[a-z-]+\s+){0,2}?(?:vehicles|cars)"
    r"|(?:domestic|local)\s+(?:sales|registrations|deliveries)"
    # ("Total sales of 100,795 cars and vans", "total registrations reached": in a sentence of no
    # company, the market's; "Toyota's total sales" has its subject)
    # ("total imported vehicle sales stood at": the class of the market between)
    r"|(?<!['’]s\s)total\s+(?:(?!of\b)[a-z-]{2,20}+\s++){0,3}?(?:sales|registrations|deliveries)\s+"
    r"(?:of|were|was|reached|came|rose|fell|stood|totall?ed))\b",
    re.IGNORECASE,
)
# "A total of 21,380 new cars were registered": the market's, in an article about no one company
_TOTAL_LEVEL = re.compile(r"\b(?:a\s+total\s+of|in\s+total|altogether|overall)\b", re.IGNORECASE)
_AMOUNT_OF_CHANGE = re.compile(rf"\b{CHANGE_NOUN}\s+of\s+(?:over\s+|about\s+|some\s+)?$", re.IGNORECASE)
_BASE_AND = re.compile(r"[^\d;,.]{0,40}?\band\s+(?:the\s+)?$", re.IGNORECASE)
_GAP_AFTER = re.compile(r"\s{0,20}(?:units\s+|vehicles\s+|cars\s+)?(?:more|fewer|less|lower|higher)\s+than\b", re.I)
# A change's amount in brackets after its level, "(up 9,121 units)", "(a drop of 1,803 units)",
# or after its rate, "up 10.8% (995 units)", "down by 1.8 per cent (64 units)"
_CHANGE_AMOUNT = re.compile(CHANGE_AMOUNT_BEFORE, re.IGNORECASE)
_CHANGE_ASIDE = re.compile(
    r"\(\s{0,2}+(?:up|down|an?\s+(?:increase|decrease|rise|drop|fall|gain|decline)\s+of)\s{1,3}+(?:by\s+)?$|"
    # ("made up 37.5% (30,000 units)": a share and its level, no change)
    rf"\b(?:{NOT_MADE_UP}up|down|{alt(RISE_WORDS)}|{alt(FALL_WORDS)})\s{{1,3}}(?:by\s{{1,3}})?(?:an?\s{{1,3}}\w{{1,12}}\s{{1,3}})?"
    r"[\d.,]{1,8}\s{0,2}(?:%|percent|per\s+cent)\s{0,2}\(\s{0,2}$",
    re.IGNORECASE,
)
_ANAPHORA = re.compile(r"^\s*(?:that|this|it|which|the\s+figure|the\s+number)\b", re.I)


def _first_level(qs: list[Quantity]) -> int:
    return next((i for i, q in enumerate(qs) if is_level(q)), -1)


def _sentence_periods(doc: Document, sent: Sentence) -> frozenset[str]:
    """Periods of a sentence, leaving out those that date its baselines ("from 991 in March")."""
    text = re.sub(r"(?<=\d),(?=\d)", "", doc.norm[sent.start : sent.end])
    text = re.sub(
        rf"(?:\b(?:{_FROM_RUN}|compar(?:ed|ing)\s+(?:with|to)|versus|vs\.?|than|against)|(?<=%\s)(?:on|over)|(?<=percent\s)(?:on|over))\b"
        r"(?:(?!\b(?:from|up|down|and)\b)[^,;]){0,60}",
        " ",
        text,
        flags=re.I,
    )
    return periods_in(text)


# From a level started from to the level reached: "from 31,080 cars in March 2024 to"
_TO_NEXT = re.compile(r"[^\d;:%()]{0,60}?\bto\s++(?:a\s++(?:record\s++|total\s++of\s++)?)?", re.IGNORECASE)


def _reached_next(text: str, qs: list[Quantity], i: int) -> Quantity | None:
    """The level right after ``qs[i]`` that "to" leads to, of the same kind."""
    if i + 1 >= len(qs):
        return None
    q, nxt = qs[i], qs[i + 1]
    gap = re.sub(r"\b(?:19|20)\d\d\b", "    ", text[q.end : nxt.start])
    if not is_level(nxt) or (q.unit != nxt.unit and {q.unit, nxt.unit} != {None, "count"}):
        return None
    if _TO_NEXT.fullmatch(gap) is None:
        return None
    return nxt


def _is_adjective(doc: Document, q: Quantity) -> bool:
    """ "5-seat", "30,000-unit": a figure used as an adjective, not a level."""
    nxt = doc.norm[q.end : q.end + 2]
    return nxt[:1] == "-" and (nxt[1:2].isalpha() or nxt[1:2] == " ")


_PRE_WINDOW = 240


def _build(doc: Document, names_of: Names) -> Attribution:
    text = doc.norm
    records: list[Record] = []
    base_of: dict[int, tuple[Record, str]] = {}
    # a level reached -> the baseline said before it, its kind, and where "from" opens it
    pending: dict[int, tuple[Quantity, str, int]] = {}
    reporters = reporters_of(doc)
    names = _sentence_names(doc, names_of, reporters)
    prev_periods: frozenset[str] = frozenset()
    counts_used = any(m.lastgroup == "used" for m in _CONDITION.finditer(text))
    qs_by_sentence: dict[int, list[Quantity]] = {}
    for q in doc.quantities:
        qs_by_sentence.setdefault(q.sentence, []).append(q)
    for sent in doc.sentences:
        qs = qs_by_sentence.get(sent.index, [])
        clause_start = sent.start
        last: Record | None = None
        sent_periods = _sentence_periods(doc, sent)
        if not sent_periods and periods.refers_to_the_month(text, sent.start, sent.end):
            # "Of the vehicles delivered in the month, 24,100 were cars": the month just named
            sent_periods = frozenset(period_before(doc, sent, month=True)[0])
        if not sent_periods and sent.index and doc.sentences[sent.index - 1].paragraph == sent.paragraph:
            # "Passenger vehicle sales were 22.0 million": dated by the sentence before it
            sent_periods = prev_periods
        prev_periods = sent_periods
        for i, q in enumerate(qs):
            if not is_level(q) or _is_adjective(doc, q) or re.match(r"0\d", q.text) or _not_vehicles(text, q):
                continue
            if MILESTONE_AFTER.match(text, q.end) or _GAP_AFTER.match(text, q.end):
                continue  # "above the 20,000 mark", "1,428 fewer than": not a figure of the period
            if _CHANGE_ASIDE.search(text, max(sent.start, q.start - 60), q.start):
                continue  # "43,247 units (up 9,121 units)": the amount of a change, not a level
            if _CHANGE_AMOUNT.search(text, max(sent.start, q.start - 40), q.start):
                continue  # "fell by 2,381 units ... to 29,075", "a decline of 2,440 units": the change itself
            if (
                text[max(sent.start, q.start - 1) : q.start] == "("
                and i
                and (qs[i - 1].is_currency or q.is_currency)
                and qs[i - 1].end >= q.start - 3
            ):
                continue  # a conversion in parentheses
            before = text[max(clause_start, q.start - 60) : q.start]
            # ("slid 21.8% on a year earlier (68,980 Vs 88,180)": the bracket's first figure
            # is the level now, its second the one compared with)
            versus_pair = before.rstrip().endswith("(") and _VERSUS_NEXT.match(text, q.end) is not None
            bm = (
                None
                if versus_pair
                else _BASE_CONN.search(before)
                or (
                    # "compared to 51,981 units in July and 35,420 in August 2020": both are baselines
                    _BASE_AND.match(before) if i and qs[i - 1].start in base_of else None
                )
            )
            if bm and last is None and i == _first_level(qs) and _ANAPHORA.match(sent.text):
                # "That was up 6.2 percent from 16,580 ...": the baselines of the sentence before
                prev_recs = [r for r in records[-8:] if r.sentence == sent.index - 1]
                if prev_recs and doc.sentences[sent.index - 1].paragraph == sent.paragraph:
                    last = prev_recs[0]
            if (
                bm
                and last is not None
                and bm.group().rstrip().lower().endswith("when")
                and (
                    not last.head.exact or _AMOUNT_OF_CHANGE.search(text, max(0, last.head.start - 30), last.head.start)
                )
            ):
                # "a decrease of 1,500 units compared to April, when 7,390 were sold": the figure of
                # April, which an amount of change is no level to take as its baseline
                bm = None
            if bm and last is None and bm.group().lower().startswith("from") and (to := _reached_next(text, qs, i)):
                # "up 38 per cent, from 31,080 cars in March 2024 to 42,890 cars": the level
                # started from is the baseline of the level reached after it
                around = text[q.start : to.start]
                kind = "yoy" if _YOY.search(around) else "prev" if _PREV.search(around) else "base"
                # (the words before "from" describe the level reached; the baseline's date does not)
                pending[to.start] = (q, kind, max(clause_start, q.start - 60) + bm.start())
                continue
            if bm and last is not None:
                after = text[q.end : min(sent.end, q.end + 50)]
                after = re.split(r"[,;]|\bbut\b|\band\b|\bwhile\b", after, maxsplit=1)[0]
                around = bm.group() + " " + after
                kind = "yoy" if _YOY.search(around) else "prev" if _PREV.search(around) else "base"
                if kind == "base" and _SAME_PERIOD.search(around):
                    # "from 212,000 during the same period": the comparison the sentences before made
                    kinds = {k for r in records[-8:] if sent.index - 2 <= r.sentence < sent.index for k in r.baselines}
                    kind = "yoy" if kinds == {"yoy"} else kind
                if kind not in last.baselines:
                    last.baselines[kind] = q
                    last.baseline_periods[kind] = periods_in(around) if kind == "prev" else frozenset()
                    base_of[q.start] = (last, kind)
                    _dated_by_baseline(text, last, kind, q)
                clause_start = q.end
                continue
            if bm and before[bm.end() :].strip() == "" and _GROWTH_BEFORE.search(before[: bm.start()]):
                # "The number of BEVs was up from 14,210 a year earlier": the baseline of a level
                # stated elsewhere, not a figure of the sentence's own period
                clause_start = q.end
                continue
            # The words right after the figure name it ("423,000 BEVs (battery electric vehicles)").
            tail = text[q.end : min(sent.end, q.end + 70)]
            stop = _STOP_AFTER.search(tail, 1 if tail[:1] == " " else 0)
            # keep a parenthesised expansion: "BEVs (battery electric vehicles)"
            pm = re.match(r"^(\s*[A-Za-z\-]+(?:\s+[A-Za-z\-]+){0,3})\s*\(([^()]{0,40})\)", tail)
            post = tail[: pm.end()] if pm else tail[: stop.start()] if stop else tail
            bp = _BRAND_POST.match(tail)
            if bp:
                post = tail[: bp.end()]
            ot = _OF_THESE.match(tail)
            if ot:
                # "39,300, or 49.2%, of these SUVs", "5,200 (12%) of them were vans": named after its share
                post = " " + ot.group("np")
            # what precedes the figure in its clause, bounded: a sentence of thousands of figures
            # with no stop ("12 12 12 ...") must not make every figure re-read it from its start
            pre_start = max(clause_start, q.start - _PRE_WINDOW)
            pre = text[pre_start : pending[q.start][2] if q.start in pending else q.start]
            # ("Truck sales (which take in pickups, vans and buses) climbed to": what a class
            # includes, in brackets, is no class of the figure)
            pre = INCLUDES_GLOSS.sub(lambda m: " " * len(m.group()), pre)
            tags = _tags(pre, prefer_last=True)
            if pm:
                # "xEVs (BEVs, PHEVs, HEVs)": an expansion naming several members names none
                tags.update(_unique_tags(pm.group(2)))
                tags.update(_tags(pm.group(1), prefer_last=False))
            else:
                tags.update(_tags(post, prefer_last=False))
            if "body" in tags and _PASSENGER_UNION.search(text[max(sent.start, q.start - 200) : q.start] + " " + post):
                del tags["body"]  # "passenger car and SUV registrations": the passenger segment, every body
            # the label of this figure alone: after the level before it (a rate or a year between,
            # "passenger car and light commercial vehicle market increased by 1.62% in 2016, to
            # 983,720", still leaves the label the figure's)
            own_pre = INCLUDES_GLOSS.sub(
                lambda m: " " * len(m.group()),
                text[max([pre_start] + [r.end for r in qs[:i] if r.is_amount and r.end <= q.start]) : q.start],
            )
            for fam, members in _unions(own_pre + " " + post).items():
                if fam in tags:
                    joined = _union_tag(fam, members)
                    if joined is None:
                        del tags[fam]
                    else:
                        tags[fam] = joined
            if (
                "powertrain" not in tags
                and _BARE_HYBRID.search(post)
                and _PLUG_IN_NAMED.search(text, sent.start, sent.end)
                and not _NEV.search(own_pre + " " + post)
            ):
                # "178 plug-in hybrids, ..., 192 hybrid vehicles at 1.7%": beside plug-in hybrids named
                # in its sentence, a bare hybrid is a full hybrid, no total of the fuels listed with it
                tags["powertrain"] = "HEV"
            if (
                "powertrain" not in tags
                and _bare_electric(own_pre[-40:] + " " + post)
                and _FUEL.search(text, sent.start, sent.end)
                and not _NEV.search(own_pre + " " + post)
            ):
                # "Petrol cars took 6,200, diesel 2,100 and electric 4,100": beside the combustion
                # fuels its sentence names, a bare electric is the battery-electric member of the mix
                tags["powertrain"] = "BEV"
            if tags.get("buyer") == "private" and _PRIVATE_AND.match(text, q.end):
                del tags["buyer"]  # "21,991 private and commercial vehicles": every buyer
            if counts_used and (cond := _condition(own_pre, post)) is not None:
                tags["condition"] = cond
            of_share = bool(_SHARE_BRACKET.search(text, max(sent.start, q.start - 40), q.start))
            if "segment" not in tags and of_share:
                # "In the commercial sector, Orla led with 22% (1,299 units), followed by Kessel with 21%
                # (1,230 units)": every level of a list of shares is of the segment the sentence names
                seg = _unique_tags(text[sent.start : q.start]).get("segment")
                if seg is not None:
                    tags["segment"] = seg
            line_start = max(sent.start, text.rfind("\n", max(sent.start, q.start - 200), q.start) + 1)
            if not tags and len(pre.strip()) <= 12:
                # "At 395,000 wholesale units, plug-in hybrid vehicles (PHEV) slipped ...":
                # the subject may follow a figure that opens its sentence
                nxt_fig = next((r.start for r in qs[i + 1 :] if r.start > q.end), sent.end)
                rest = text[q.end + len(post) : nxt_fig]
                if not re.match(r"\s*,?\s*(?:of\s+which|including|among|with)\b", rest, re.I):
                    tags.update(_unique_tags(rest))
            if not tags and (topic := _topic_before(doc, sent, q)):
                # "Fully electric cars were hit hardest. Their registrations came to 7,165": a bare
                # metric that opens its sentence counts the class the sentence before was about
                tags.update(topic)
            if _LIST_LABEL.fullmatch(text, line_start, q.start):
                # "Passenger car market:" over "Toyota: 8,266 units": a list line is of its heading's segment
                for fam, member in _heading_tags(text, line_start).items():
                    tags.setdefault(fam, member)
            model = _model(text[line_start : q.start], tail)
            if model:
                tags["model"] = model
                tags.pop("body", None)  # "ES6 (5-seat SUV): 4,939": the label is the finer name
            brand = _brand(pre, post)
            if brand:
                tags["brand"] = brand
            regions = list(_REGION_RE.finditer(pre))
            rm = regions[-1] if regions else None
            # "in China" is the scope of most of this news, not a breakdown
            if rm is not None and rm.group("r").lower() != "china":
                tags["region"] = _REGIONS[rm.group("r").lower()]
            elif rm is None:
                # "France registered 25,220 BEVs", "Germany's BEV sales"; not the country of a maker's
                # name ("Orla, GM Korea and Kessel sold ...", "Ford Europe")
                cm = next(
                    (c for c in _COUNTRY_SUBJECT.finditer(pre) if not _NAME_BEFORE.search(pre, 0, c.start())), None
                )
                if cm:
                    tags["region"] = _REGIONS[cm.group("r").lower()]
            # "sales of electrified, hybrid and gas vehicles ... 24,500": a total of every powertrain
            all_fuels = bool(_FUEL.search(pre + " " + post))
            nev = bool(_NEV.search(pre) or _NEV.search(post)) and not all_fuels
            last_nev = list(_NEV.finditer(pre))
            if "powertrain" not in tags and _BARE_HYBRID.search(pre, last_nev[-1].end() if last_nev else 0) and nev:
                # "Electrified sales grew: hybrid sales climbed 30% to 107,727": the nearer label
                # names a powertrain of its own, no total of the new-energy ones ("hybrids" alone,
                # with no new-energy word before, may count the plug-in ones too)
                nev = False
                tags["powertrain"] = "HEV"
            metric = metric_of(post, prefer_last=False) or metric_of(pre)
            if metric is None and records and _THAT_FOR.search(pre):
                # "the sales of power batteries totaled 485.5 GWh, and that for other batteries
                # reached 173.5 GWh": "that" is the metric said before
                metric = records[-1].metric
            # the clause of the figure, to the next figure: periods stated after it count too
            nxt = next((r.start for r in qs[i + 1 :] if is_level(r) or r.unit in ("percent", "pp")), sent.end)
            cut = _BASE_START.search(text, q.end, nxt)
            after_txt = re.split(
                r",|;|\band\b|\bwhile\b|\bbut\b|\bwhereas\b", text[q.end : cut.start() if cut else nxt]
            )[0]
            clause_periods = periods_in(after_txt)
            if not clause_periods and periods.ELIDED.search(after_txt):
                # "31,400 in the first quarter and 29,800 in the second": the ordinal's noun is the
                # one its sentence said before it
                clause_periods = frozenset(
                    m.key for m in periods.mentions(text, sent.start, q.end + len(after_txt)) if m.start >= q.end
                )
            # (the year of its own clause: "421,530 units in September 2022" is no total of figures of 2023)
            own_years = frozenset(y for _, y in periods.years_named(after_txt)) if clause_periods else frozenset()
            if not clause_periods and periods.refers_back(text, clause_start, nxt):
                # "sales dropped from January until the end of September, registering 96,248 units in
                # that period": the period its own sentence named first, else the one before
                # ("led over the period with 6,100 sales")
                clause_periods = periods_in(text[sent.start : q.start]) or frozenset(period_before(doc, sent)[0])
            if not clause_periods:
                near = re.split(r"[,;()]", pre)[-1]
                clause_periods = periods_in(near) or periods_in(pre)
                ytd = {p for p in periods_in(pre) if p == "ytd" or p.startswith("ytd:")}
                if not clause_periods and not sent_periods and _YEAR_OF_FIGURE.search(near):
                    # "Total 2017 sales of 2,110,751 units", "sales for 2017 of": a year's figure in an
                    # article of one month is the full year's, not the month's
                    clause_periods = frozenset({"fy"})
                if clause_periods == {"all"} and _LIKE_PERIOD_AFTER.search(text, q.end, sent.end):
                    # "cumulative sales eased to 48,870 against 52,040 in the like month a year
                    # before": the month's sales combined, not all time: the month named before
                    clause_periods = frozenset(period_before(doc, sent, month=True)[0])
                if clause_periods == {"all"} and ytd:
                    # "So far this year, cumulative sales ...", "From January to June, cumulative
                    # sales ...": the months so far, not all time
                    clause_periods = frozenset(ytd)
            rec = Record(
                head=q,
                sentence=sent.index,
                tags=tags,
                nev=nev,
                metric=metric,
                periods=clause_periods or sent_periods,
                names=names[sent.index],
                context=(pre[-60:] + text[q.start : q.end] + post).strip(),
                all_fuels=all_fuels,
                of_share=of_share,
                label_end=q.end + len(post),
                years=own_years,
            )
            if q.start in pending:
                b, kind, _ = pending.pop(q.start)
                rec.baselines[kind] = b
                rec.baseline_periods[kind] = frozenset()
                base_of[b.start] = (rec, kind)
                _dated_by_baseline(text, rec, kind, b)
            records.append(rec)
            last = rec
            clause_start = q.end + len(post)
    _production_and_sales(doc, records)
    _home_market(doc, records)
    subjects = [
        (
            m.group(1).lower()
            if (m := _SUBJECT.search(sn.text) or _RANKED_SUBJECT.match(sn.text))
            and m.group(1) not in _NOT_NAMES
            and m.group(1) not in names_of.media  # ("the daily El Vessa de Lorne reported")
            and not set(re.split(r"[-/]", m.group(1).lower())) <= reporters  # "CAMPI-TMA report ..."
            else None
        )
        for sn in doc.sentences
    ]
    no_subject = names_of.main_subject is None
    for r in records:
        # (a gloss of what the total includes stands between its noun and its verb: "Total imported
        # vehicle sales, which comprise cars and vans built abroad, were ...")
        said = INCLUDES_GLOSS.sub(" ", doc.sentences[r.sentence].text)
        r.market = subjects[r.sentence] is None and bool(
            _MARKET_LEVEL.search(said)
            or (no_subject and not r.names and _TOTAL_LEVEL.search(said))
            # ("Spain's car market grew in May. The ministry counted 98,400 new registrations": a
            # sentence of no one's figure after one about the market goes on with it)
            or (not names[r.sentence] and _follows_the_market(doc, r.sentence, names))
        )
        if r.market and r.names and _MARKET_LEVEL.search(doc.norm, doc.sentences[r.sentence].start, r.head.start):
            # "The country's car market came to 81,240 units, with Orla, Kessel and Drevon on top": the
            # companies named after the market's own figure lead it; the figure is no company's
            if not names_of.in_span(doc.sentences[r.sentence].start, r.head.start):
                r.names = frozenset()
    # the lead figure's period first (news opens with the period it is about), else the most named one
    lead = next((r.periods for r in records[:3] if r.periods), frozenset())
    dominant = next(iter(lead)) if len(lead) == 1 else _dominant_period(doc)
    return Attribution(
        doc=doc,
        records=records,
        by_start={r.head.start: r for r in records},
        base_of=base_of,
        sentence_names=names,
        dominant_period=dominant,
        subjects=subjects,
    )


def _follows_the_market(doc: Document, index: int, names: list[frozenset[str]]) -> bool:
    """The sentence before, in the same paragraph, is about the market and names no company and no
    figure of its own: "Spain's car market grew in May." """
    if index == 0:
        return False
    prev = doc.sentences[index - 1]
    if prev.paragraph != doc.sentences[index].paragraph or names[index - 1] or doc.in_sentence(prev.index):
        return False
    return _MARKET_LEVEL.search(prev.text) is not None


# The group's own brand, by whatever name: "the Keld main brand", "its core brand"
_MAIN = r"(?:main|core|namesake|eponymous|parent)"
_BRAND_PRES = (
    re.compile(rf"\b(?P<main>{_MAIN})\s+brand\b"),
    re.compile(r"\bsub-?brand\s+(?P<n>[A-Z][\w&]+)"),
    re.compile(r"\b(?P<n>[A-Z][\w&]+)\s+(?:sub-?brand|brand)\b"),
)
_BRAND_POST = re.compile(
    r"^\s*(?:units\s+|vehicles\s+|cars\s+)?from\s+(?:the\s+)?(?P<n>[A-Z][\w&]+(?:\s[A-Z][\w&]+)?)"
    rf"(?P<main>\s+{_MAIN}\s+brand)?"
)


def _brand(pre: str, post: str) -> str | None:
    m = _BRAND_POST.match(post)
    if m:
        return "main" if m.group("main") else m.group("n")
    best: tuple[int, str] | None = None
    for pat in _BRAND_PRES:
        for m in pat.finditer(pre):
            name = "main" if m.groupdict().get("main") else m.group("n")
            if name in _NOT_NAMES:
                continue
            if best is None or m.start() > best[0]:
                best = (m.start(), name)
    return best[1] if best else None


_PROD_SALES = re.compile(
    r"\b(?P<first>production|output|sales)\s+and\s+(?P<second>sales|deliveries|production|output)\b", re.I
)


def _production_and_sales(doc: Document, records: list[Record]) -> None:
    """ "production and sales ... 8.232 million units and 8.22 million units": pair in order."""
    by_sent: dict[int, list[Record]] = {}
    for r in records:
        by_sent.setdefault(r.sentence, []).append(r)
    for idx, recs in by_sent.items():
        sent = doc.sentences[idx]
        m = _PROD_SALES.search(sent.text)
        if not m or len(recs) < 2:
            continue
        a, b = recs[0], recs[1]
        gap = doc.norm[a.head.end : b.head.start]
        if not re.fullmatch(r"\s*(?:units|vehicles)?\s*and\s*", gap):
            continue
        kind = {"production": "production", "output": "production", "sales": "sales", "deliveries": "sales"}
        a.metric, b.metric = kind[m.group("first").lower()], kind[m.group("second").lower()]
        b.nev = b.nev or a.nev  # "of NEVs ... 8.232 million units and 8.22 million units"
        b.tags = {**a.tags, **b.tags}


# a figure said "in" a named country: "540,010 units in South Korea"
_IN_A_COUNTRY = re.compile(
    r"\s{1,3}+(?:units?\s{1,3}+|vehicles?\s{1,3}+|cars?\s{1,3}+)?(?:were\s{1,3}+sold\s{1,3}+|sold\s{1,3}+)?"
    rf"(?:in|at)\s{{1,3}}+(?:the\s{{1,3}}+)?(?!(?:{TITLED_MONTH}|Q[1-4])\b)(?-i:[A-Z][a-z]{{1,20}}+)"
    r"(?:\s{1,3}+(?-i:[A-Z][a-z]{1,20}+))?(?!\s{0,3}+(?-i:[A-Z])|-)",
    re.IGNORECASE,
)


def _home_market(doc: Document, records: list[Record]) -> None:
    """ "Orla sold 61,200 cars in Korvik and 148,900 in overseas markets": beside a
    figure sold abroad, the one figure of its sentence said in a named country is the home market's."""
    by_sentence: dict[int, list[Record]] = {}
    for r in records:
        by_sentence.setdefault(r.sentence, []).append(r)
    for recs in by_sentence.values():
        if sum(r.tags.get("market") == "export" for r in recs) != 1:
            continue
        home = [r for r in recs if "market" not in r.tags and _IN_A_COUNTRY.match(doc.norm, r.head.end)]
        if len(home) == 1 and not home[0].tags:
            home[0].tags["market"] = "domestic"


def build(doc: Document, names: Names | None = None) -> Attribution:
    """The records of a document (the reading stage builds them once per document, with the
    names its frames read)."""
    return _build(doc, names or Names(doc))


def level_pointed_at(att: Attribution, index: int, above: float, like: Quantity, reach: int = 1) -> Record | None:
    """The level a sentence that points back means ("Of these, ...", "It exported 31,200 of them"):
    the one level of ``like``'s unit, no baseline, of the nearest of the ``reach`` sentences before
    that states one larger than ``above`` (one sentence back: in the same paragraph or closing the
    one before; further: up to two paragraphs back). A sentence of smaller levels only is passed over; two levels there
    ("52,000 cars and 9,000 vans") leave it open, and so does a rounded one."""
    doc = att.doc
    for back in range(index - 1, max(-1, index - 1 - reach), -1):
        # (the sentence right before may close the paragraph before: wire copy sets "Of these, ..."
        # in a paragraph of its own)
        if doc.sentences[index].paragraph - doc.sentences[back].paragraph > (1 if reach == 1 else 2):
            return None
        cands = [
            r
            for r in att.records_in(back)
            if r.head.start not in att.base_of
            and compatible(r.head, like)
            # ("imported 16,240 cars, up 9,730 cars": the amount of a change is no level)
            and not _CHANGE_AMOUNT.search(doc.norm, max(0, r.head.start - 40), r.head.start)
        ]
        if not cands or all(r.head.value <= above for r in cands):
            continue
        return cands[0] if len(cands) == 1 and cands[0].head.exact else None
    return None


# A bare year that dates the figure after it: "Total 2017 sales of ", "2017 registrations reached ",
# "sales for 2017 of " (the near words of its clause, no month named in its sentence)
_YEAR_OF_FIGURE = re.compile(
    r"(?:\b(?:19|20)\d\d\s++(?:[a-z-]++\s++){0,2}?(?:sales|registrations|deliveries|output|production|exports)\b"
    r"|\b(?:sales|registrations|deliveries|output|production|exports)\s++(?:in|for)\s++(?:19|20)\d\d\b)"
    r"[^,;\d]{0,40}+$",
    re.IGNORECASE,
)


def period_of(att: Attribution, rec: Record) -> frozenset[str]:
    """The record's periods, or the article's main month when it names none."""
    if rec.periods:
        return rec.periods
    return frozenset({att.dominant_period}) if att.dominant_period else frozenset()


def same_period(a: frozenset[str], b: frozenset[str]) -> bool:
    """Unknown on either side counts as the same; two explicit periods must share a key, an open
    year-to-date ("since the beginning of the year") matching one through a month ("ytd:9")."""
    if not a or not b:
        return True
    if a & b:
        return True
    # one stretch of months under two names: "January to June" (ytd:6) and "the first half" (h1)
    # (whole months only: "February 1-16" is not "February 1-23"; nor one month itself again)
    covers = {m for k in a if (m := periods.run_months(k))}
    if covers and covers & {m for k in b if (m := periods.run_months(k))}:
        return True
    # (or a run from January by another name: "year to date" in a report on the first quarter)
    return ("ytd" in a and any(_from_january(k) for k in b)) or ("ytd" in b and any(_from_january(k) for k in a))


def _from_january(key: str) -> bool:
    """A period key that runs from January: "ytd:9", "q1", "h1", "span:1-4"."""
    return key.startswith("ytd:") or 1 in (periods.run_months(key) or ())


def same_company(a: frozenset[str], b: frozenset[str]) -> bool:
    return not a or not b or bool(a & b)


def metric_compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a == b:
        return True
    return {a, b} <= {"sales", "wholesale", "retail", "registrations"} and "sales" in (a, b)


def sentence(doc: Document, idx: int) -> Sentence:
    return doc.sentences[idx]
