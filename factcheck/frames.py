"""Frames: what a figure measures, whose it is and when.

One reading of the context of a figure, shared by every rule that must tell whether two
figures are about the same thing: its powertrain (BEV, NEV, ...), what is measured
(revenue, share, exports, ...), qualifiers that exclude each other (wholesale vs retail,
China vs Europe), the companies and models named, its period and its comparison basis
(year-on-year, month-on-month). ``conflict`` is the hard gate (two figures that cannot be
the same metric), ``strength`` the positive evidence that they are.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace

from factcheck import periods
from factcheck.context import COMPARISON_PHRASE, blank_per_share
from factcheck.document import Document, Sentence
from factcheck.lexicon import (
    BEV,
    CHANGE_NOUN,
    COMPANY_NOUN,
    EPS,
    FALL_NOUNS,
    FALL_WORDS,
    INSTALLED,
    MADE_LOCALLY,
    MAKER_NOUN,
    MONTHS,
    OTHER_MARKETS,
    PASSENGER_UNION,
    REGION_PLACES,
    RISE_NOUNS,
    RISE_WORDS,
    SAME_SPAN_YEAR_BACK,
    SOURCE_CUE,
    SUPERLATIVES,
    VEHICLE_NOUN,
    alt,
)
from factcheck.model import Quantity
from factcheck.names import CAP, REPORTERS, Names
from factcheck.respectively import RESPECTIVELY, labels_of, runs

# ----------------------------------------------------------------------------
# What a figure measures, whose it is and when: shared with growth_consistency.

# Powertrains, most specific first; a later pattern never re-reads an earlier match.
_POWERTRAINS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), k)
    for p, k in (
        (rf"\b(?:{BEV})\b", "bev"),
        (r"\bPHEVs?\b|plug-?in hybrid", "phev"),
        (r"\bEREVs?\b|extended[- ]range|range[- ]extend", "erev"),
        (r"\bNEVs?\b|new[- ]energy", "nev"),
        (r"\bHEVs?\b|(?<!plug-in )(?<!plugin )\bhybrids?\b", "hev"),
        (r"\bICEs?\b|petrol|gasoline|diesel|fuel[- ]powered|combustion", "ice"),
        # "alternative(-fuel) vehicles": a category of its own, wider than the electric ones
        (
            r"\b(?:alternative(?:[- ]fuel)?|eco[- ]friendly|environmentally[- ]friendly|green|electrified)\s+"
            r"(?:vehicles?|cars?|powertrains?|drives?|models?)\b",
            "alt",
        ),
        (r"\bEVs?\b|\belectric (?:vehicles?|cars?)\b", "ev"),
    )
)
# What is measured, when it is not a count of vehicles.
_MEASURES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), k)
    for p, k in (
        # a pace projected over a year is not a total of the months so far
        # ("up 40% on an annual basis" is a year-on-year change, not a pace)
        (
            r"\bseasonally[- ]adjusted\b|\bannuali[sz]ed\b|\bSAAR\b|\bannual\s+(?:rate|pace)\b|"
            r"(?<!on\san\s)\bannual\s+basis\b",
            "annualised",
        ),
        (r"\bpenetration\b", "penetration"),
        # (before "share" and "profit": "earnings per share" and "$1.67 a share" are neither)
        (rf"\b{EPS}|\bper\s+(?:diluted\s+)?share\b", "eps"),
        (r"\bmarket share\b|\bshare\b", "share"),
        (r"\brevenues?\b|\bturnover\b", "revenue"),
        (r"\b(?:operating |net )?loss(?:es)?\b", "loss"),
        # (profit after or before tax, in the acronyms of South Asian results: "PAT", "PBT")
        (r"\b(?:net )?profits?\b|\bearnings\b|\b(?-i:N?PAT|PBT)\b", "profit"),
        (r"\bprices?\b|\bASP\b", "price"),
        (r"\bmargins?\b", "margin"),
        (r"\bexport(?:s|ed)?\b|\boverseas\b|\babroad\b", "export"),
        (r"\bcumulative(?:ly)?\b|\bto date\b|\bin total since\b", "cumulative"),
        (rf"\bcapacity\b|\bkWh\b|\bGWh\b|{INSTALLED}", "capacity"),
        (r"\bstores?\b|\bstations?\b|\bchargers?\b|\bemployees?\b|\bstaff\b", "other"),
        # the economy around the market: "Bank credit to the private sector grew 48 percent"
        (r"\bcredit\b|\bloans?\b|\blending\b|\bGDP\b|\bGNP\b|\bCPI\b|\binflation\b", "economy"),
    )
)
_COUNTED = r"(?:sales|registrations|deliveries|exports|imports|production|output)\b"
# "the Chinese company", "German car giant": where the company is from, not the figure's market
_NOT_DESCRIPTOR = rf"(?!\s{{1,3}}(?:[\w-]{{1,20}}\s{{1,3}}){{0,2}}{COMPANY_NOUN}\b)"
# Words of one group that exclude each other ("wholesale" vs "retail").
_QUALIFIERS: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {
    group: tuple(
        (re.compile(f"(?:{p}){_NOT_DESCRIPTOR}" if group == "place" else p, re.IGNORECASE), k) for p, k in pairs
    )
    for group, pairs in {
        "channel": (
            (r"\bwholesales?\b", "wholesale"),
            # (never the economy's "retail sectors", "retail industry"; nor a "retail" the reading window
            # cuts off before the noun it qualifies)
            (
                r"\bretail\b(?!\s++(?:sectors?|industry|industries|spending|trade|prices?|inflation)\b|\s*+$)",
                "retail",
            ),
            (r"\binsurance\b|\bregistrations?\b|\bregistered\b", "registrations"),
        ),
        # who bought: fleet deliveries (rental firms, companies, governments) are a slice of all sales
        "buyer": ((r"\bfleets?\b", "fleet"),),
        # "new car sales" is a segment of "aggregate new vehicle sales"
        "segment": (
            (r"\bpassengers?\b|\b(?:new\s+)?car\s+(?:sales|market|registrations)\b", "passenger"),
            # ("heavy-duty trucks were up 30.7%": a class of its own)
            (r"\bcommercials?\b|\b(?:heavy|light|medium)(?:[- ]duty)?\s+(?:trucks?|vans?|lorries)\b", "commercial"),
            (r"\baggregate\b|\bindustry[- ]wide\b|\ball\s+vehicles\b", "all"),
        ),
        # body types: a sedan count is a part of the total, never a copy of it
        "body": (
            (r"\bsedans?\b|\bsaloons?\b", "sedan"),
            # ("utility vehicles", India's UVs: SUVs and MPVs reported together)
            (r"\bSUVs?\b|\bcrossovers?\b|\butility\s+vehicles?\b|(?-i:\bUVs?\b)", "suv"),
            (r"\bMPVs?\b|\bminivans?\b", "mpv"),
            (r"\bpickups?\b|\bpick-ups?\b", "pickup"),
            (r"\bhatchbacks?\b", "hatchback"),
            # (as what is counted: "Truck sales", "sales of buses"; not "the Truck Manufacturers
            # Association" or "cars, trucks and buses")
            (rf"\btrucks?\s+{_COUNTED}|\b{_COUNTED}\s+of\s+(?:heavy\s+|light\s+)?trucks\b", "truck"),
            (rf"\bbus\s+{_COUNTED}|\b{_COUNTED}\s+of\s+buses\b", "bus"),
            # vehicle classes of markets that report them apart (India, South-East Asia)
            (r"\btwo[- ]wheelers?\b|\bscooters?\b|\bmotorcycles?\b|\bmotorbikes?\b", "two-wheeler"),
            (r"\bthree[- ]wheelers?\b|\brickshaws?\b", "three-wheeler"),
            (r"\btractors?\b", "tractor"),
        ),
        # where the cars were made: "imported cars" are a part of the market, never a copy of it
        "origin": (
            # ("used import registrations", "car arrivals": imports landed at the ports)
            (
                r"\bimport(?:s|ed|ing|ations?)\b|\bimport(?=\s+(?:[a-z]+\s+)?(?:cars?|vehicles?|registrations|sales))|\barrivals\b",
                "import",
            ),
            (rf"\b{MADE_LOCALLY}\b", "local"),
        ),
        # second-hand cars are a market of their own: "used car sales" are no new-car sales
        "condition": (
            (
                r"\bused(?=[- ](?:[a-z]+\s+)?(?:cars?|vehicles?|imports?|market|sales))|\bsecond[- ]hand\b|"
                r"\bpre-owned\b",
                "used",
            ),
        ),
        # where: "58,731 cars in China" is not "85,731 cars in Europe"
        "place": (
            (r"\bChin(?:a|ese)\b", "china"),
            # (the home market of whatever country the report is of, China or India alike)
            (r"\bdomestic(?:ally)?\b", "home"),
            (r"\bEurope(?:an)?\b|\bEU\b", "europe"),
            (r"\bGerman(?:y)?\b", "germany"),
            (r"\bFrance\b|\bFrench\b", "france"),
            (r"\b(?:UK|Britain|British|United\s+Kingdom)\b", "uk"),
            (r"\bNorw(?:ay|egian)\b", "norway"),
            (r"\b(?:(?-i:US\b(?!\s?\$)|U\.S\.(?!\s?\$))|(?:United States|America[n]?)\b)", "us"),
            (r"\bJapan(?:ese)?\b", "japan"),
            (r"\b(?:Korea|Korean)\b", "korea"),
            (r"\bInd(?:ia|ian)\b", "india"),
            (r"\bThai(?:land)?\b", "thailand"),
            (r"\bAustralia(?:n)?\b", "australia"),
            (r"\bglobal(?:ly)?\b|\bworldwide\b|\bthe world\b", "global"),
            *(
                (r"\b(?:" + "|".join(f.replace("_", r"\s+") for f in forms.split()) + r")\b", forms.split()[0].lower())
                for forms in OTHER_MARKETS
            ),
        ),
        # the line of an income statement: "operating profit of 741.9 billion yen" is not "net
        # profit of 682.9 billion yen" (a bare "profit" may be either)
        "line": (
            (r"\boperating\s+(?:profits?|income|loss(?:es)?|earnings|results?|margins?)\b|\bEBIT\b", "operating"),
            (
                r"\bnet\s+(?:profits?|income|loss(?:es)?|earnings)\b|\bbottom\s+line\b|\b(?-i:N?PAT)\b"
                r"|\bprofits?[- ]after[- ]tax",
                "net",
            ),
            (r"\bgross\s+(?:profits?|margins?|income)\b", "gross"),
            (
                r"\bpre-?tax\s+(?:profits?|income|loss(?:es)?)\b|\b(?:profit|income)\s+before\s+tax|\b(?-i:PBT)\b",
                "pretax",
            ),
        ),
        "action": (
            (
                r"\bsold\b|\bsales?\b|\bsell(?:s|ing)?\b|\bdeliver(?:ed|ies|y|s|ing)?\b|"
                # ("used car transactions rose 2.8%": changes of hands are the used market's sales)
                r"\bhand(?:ed|s|ing)?\s+over\b|\bhandovers?\b|\btransactions?\b",
                "sales",
            ),
            # ("manufacturing giant" describes the maker, not what the figure counts)
            (
                r"\bproduc(?:ed|tion|es)\b|\boutput\b|\bbuilt\b|\bbuilds\b|\bbuild\s+(?:rates?|volumes?)\b|\bmanufactured\b|"
                rf"\bmanufacturing\b(?!\s++{MAKER_NOUN}s?\b)",
                "production",
            ),
            (r"\borders?\b|\bbookings?\b", "orders"),
            # batteries fitted to vehicles are no batteries sold: "installations rose 35.9%"
            (INSTALLED, "installations"),
        ),
    }.items()
}
_JOINED = re.compile(
    r"\bpassenger\s++(?:cars?\s++|vehicles?\s++)?(?:and|&)\s++(?:light\s++|heavy\s++)?commercials?\b", re.IGNORECASE
)
_MODEL = re.compile(
    r"\b(?:[A-Z]{1,3}\d{1,3}[A-Za-z+]*|Model [3SXYs]\b|[A-Z][A-Za-z]*-series|"
    # a class or type by its letter or number: "Type C", "Type A/B", "Class 8", "Segment B"
    r"(?:Type|Class|Category|Segment|Grade)\s[A-Z1-9](?:/[A-Z1-9])?\b|"
    r"(?:the|its|flagship|best-selling)\s+[A-Z][A-Za-z0-9]+\s+(?:model|sedan|SUV))|\b(?:model|series)\b"
    # (not "models": "helped by new models", "across all models" name no one model's figure)
)
_QUARTER_OR_HALF = re.compile(r"Q[1-4]|H[12]")
_PERIOD_IN_WORDS = re.compile(r"\b(?:first|second|third|fourth)[- ](?:quarter|half)\b", re.IGNORECASE)
# (a capitalised word of a title-case headline, "Delivered ... During Q3", names no brand)
_BRAND_BEFORE = re.compile(
    r"\b(?!(?:In|During|For|Of|The|And|By|On|At|To|From|Since|Over|Through|Until|Its|Their|With|After|Before"
    r"|Than|Vs|Versus|Per|Each|Every|This|That|Last|Next)\s)[A-Z][\w-]*+\s$"
)
_LAST_YEAR_RE = re.compile(
    # ("in the April-June period last year", "in the corresponding quarter of the prior
    # financial year")
    r"\b(?i:in|of|during)\s+(?:the\s+)?(?:[A-Z][a-z]+(?:[-–][A-Z][a-z]+)?(?:\s+(?i:period|quarter))?|"
    r"first\s+\w+|second\s+\w+|(?i:same|corresponding)\s+\w+)\s+"
    r"(?:of\s+)?(?:last|the\s+previous|the\s+prior)\s+(?:(?i:financial|fiscal)(?:\s+year)?|year)\b",
)
# "on" after a rate or a change word names what it is measured on: "+ 7.7% on 2022", "a rise on 2021"
_ON_AFTER_CHANGE = "|".join(rf"(?<={w}\s)on" for w in ("%", "cent", "up", "down", *RISE_NOUNS, *FALL_NOUNS))
# A period named as the comparison base, not as the figure's own period.
_BASE_BEFORE = re.compile(
    # ("than" of a hedge before a figure is no comparison: "no fewer than 11,000 units in November",
    # unlike "9.95 percent more than the 13,402 of May")
    r"(?:\b(?:from|(?:(?<!more\s)(?<!less\s)(?<!fewer\s)than|than(?!\s\d))|compared\s+(?:with|to)|versus|vs\.?|"
    r"over\s+the|since|" + _ON_AFTER_CHANGE + "|"
    r"against|record\s+of|"
    # ("in the same month for 2014": the baseline's year, whichever preposition names it)
    r"last|previous|prior|earlier)\b[^.;:]{0,28}|\bin\s+(?:the\s+)?same\s+\w+\s+(?:(?:of|for|in)\s+)?)$",
    re.IGNORECASE,
)
_SEG_SPLIT = re.compile(
    r";|,\s*(?:while|whereas|but|and|as well as|including|of which|compared)\b|"
    r"\s(?:while|whereas)\s|\sas well as\s",
    re.IGNORECASE,
)

# The split a clause of comparison opens with: ", compared"
_COMPARED_OPENS = re.compile(r",\s*+compared$")
# ", and" before the last of a list of names ("France, Italy, and Spain"): a serial comma
_SERIAL_AND = re.compile(r",\s*+and\s++[A-Z]")
# "... and light-truck deliveries falling 3.8%": a coordinated clause of a subject of its own
_AND_NEXT_SUBJECT = re.compile(
    rf"\s(?:and|while)\s++(?:[a-z][\w-]*+\s++){{1,4}}?(?:{alt(RISE_WORDS)}|{alt(FALL_WORDS)})\b", re.IGNORECASE
)
_LIST_ITEM_BEFORE = re.compile(r",\s*+[A-Z][\w&.'’-]*+(?:\s++[A-Z][\w&.'’-]*+){0,2}+$")

_CAP = CAP
_HEADLINE_COMMA = re.compile(r"[,;]\s")
# A change's own noun phrase right after its figure: "a 2.2% year-on-year decline in new vehicle sales"
_OWN_NOUN = re.compile(
    r"\s{0,3}+(?:(?:year[- ]on[- ]year|year[- ]over[- ]year|on[- ]year|y-o-y|annual|monthly)\s{1,3}+)?"
    rf"{CHANGE_NOUN}"
    r"\s{1,3}+(?:in|of)\s{1,3}+(?P<np>[^,.;:()]{1,60}+)",
    re.IGNORECASE,
)
_OWN_VEHICLE = re.compile(rf"\b{VEHICLE_NOUN}\b", re.IGNORECASE)


def period_before(doc: Document, sent: Sentence, month: bool = False) -> tuple[set[str], set[str]]:
    """The widest period of the nearest sentence before ``sent`` that names one ("over the period");
    with ``month``, the last single month named ("in the month")."""
    for prev in reversed(doc.sentences[max(0, sent.index - 3) : sent.index]):
        months, years = periods_in(doc.norm, prev.start, prev.end)
        if month:
            single = [m.key for m in periods.mentions(doc.norm, prev.start, prev.end) if m.kind == "month"]
            if single:
                return {single[-1]}, years
        elif months:
            return {periods.widest(months) or ""}, years
    return set(), set()


# The groups of a frame that name a class of vehicles
CLASS_GROUPS = ("segment", "body", "origin")


@dataclass(frozen=True, slots=True)
class Frame:
    """What a figure measures, whose it is and when."""

    powertrain: str | None  # "bev", "nev", ... the nearest one; None if not said
    measure: str | None  # "share", "revenue", "export" ...; None for a plain count
    quals: dict[str, str]  # group -> qualifier ("channel" -> "wholesale")
    names: frozenset[str]
    models: frozenset[str] | None  # None: no model mentioned
    months: frozenset[str]  # period keys (factcheck.periods): "june", "q2", "h1", "ytd:11", "fy", "last:12"
    years: frozenset[str]
    implicit_names: bool = False  # names are the article's main subject, not said here
    near_place: str | None = None  # a market named right by the figure ("13,290 vehicles in China")


# The figure's own noun right after it, past a bracketed conversion: "7.6 trillion yen ($69 billion) in
# sales", "EUR 10.2 billion in revenue" (the noun phrase reader stops at "in")
_SALES_AFTER = re.compile(
    r"\s{0,3}+(?:\([^()]{0,40}+\)\s{0,3}+)?(?:in\s+|of\s+)?(?:net\s+)?(?:sales|revenues?|turnover)\b",
    re.IGNORECASE,
)


# A clause that says what the company makes, not what the figure counts: "The company, which
# primarily makes buses and vans, had sold 3,100 units"
_MAKER_OF = re.compile(
    r",\s{0,3}+(?:which|that|who)\s++(?:(?:mainly|mostly|primarily|largely|chiefly|also)\s++)?"
    r"(?:makes|produces|builds|manufactures|assembles|sells|distributes)\b[^,;.()\d]{0,80}+,"
)


# ... or the class of vehicle a company is known for, before its noun: "two-wheeler major Korvik",
# "truck maker Ashfield", "the scooter manufacturer" (what the company makes, not what is counted)
_CLASS_MAKER = re.compile(
    r"\b(?:(?:two|three)[- ]wheelers?|scooters?|motorcycles?|motorbikes?|trucks?|bus(?:es)?|tractors?|"
    rf"commercial[- ]vehicles?|SUVs?|cars?|auto)\s++(?:(?:manufacturing|making)\s++)?{MAKER_NOUN}s?\b",
    re.IGNORECASE,
)
_MAKER_NOUN = re.compile(MAKER_NOUN, re.IGNORECASE)


def _makers_blanked(text: str) -> str:
    """``text`` with the class a company is known for blanked (most windows name no maker at all)."""
    return _CLASS_MAKER.sub(_blank, text) if _MAKER_NOUN.search(text) else text


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


# What a change is put down to, up to the verb it drives or the end of its phrase: "Demand for
# light trucks drives ...", "..., thanks to strong SUV sales", "driven by hybrids,"
_CAUSE = re.compile(
    r"\b(?:demand\s++for|driven\s++by|thanks\s++to|due\s++to|on\s++the\s++back\s++of|boosted\s++by|helped\s++by|"
    r"despite)\s++[^,;.()\d]{0,40}?(?=\s++(?:drives?|drove|pushe[sd]|push|lifts?|lifted|boosts?|boosted|helps?|helped|"
    r"sends?|sent|propels?|propelled)\b|[,;.(]|$)",
    re.IGNORECASE,
)


# Who a figure comes from ("according to the European makers' association"): its words name no
# market or class of the figure
_SOURCE = re.compile(rf"\b{SOURCE_CUE}\s++[^,;()\d]{{0,80}}+")


_BRACKETED = re.compile(r"\([^()]{0,240}\)")


def segment(doc: Document, sent: Sentence, pos: int) -> tuple[int, int]:
    """The clause of ``sent`` around ``pos``: split at ";", ", while", ", and" ..."""
    start, end = sent.start, sent.end
    # (a split inside brackets opens no clause: "Electrified sales (battery cars and plug-ins, vans,
    # buses) came to 3,910 units")
    inside = [b.span() for b in _BRACKETED.finditer(doc.norm, sent.start, sent.end)]
    for m in _SEG_SPLIT.finditer(doc.norm, sent.start, sent.end):
        if _SERIAL_AND.match(doc.norm, m.start()) and _LIST_ITEM_BEFORE.search(doc.norm, sent.start, m.start()):
            continue  # "the EU, EFTA, and UK markets": the last item of a list of names, no new clause
        if any(a < m.start() < b for a, b in inside) and not (any(a < pos < b for a, b in inside)):
            continue
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


_CHANGE_IN = re.compile(
    r"^\s{0,2}+(?:rise|increase|jump|surge|gain|growth|fall|drop|decline|decrease|slump|dip|plunge)\s{1,3}+in\s{1,3}+",
    re.IGNORECASE,
)
_NP_END = re.compile(
    r"[,;:]|\b(?:in|as|for|from|to|with|after|on|at|by|than|and|while|up|down|amid|during|"
    r"since|compared|year|month|was|were|is|are)\b",
    re.IGNORECASE,
)
_ANAPHORIC = re.compile(
    # (after a time it opens on: "So far this year it has delivered ...", "In May, its share ...")
    r"^\W*(?:(?:so\s+far\s+this\s+year|this\s+year|last\s+month|last\s+year|year[- ]to[- ]date|meanwhile|"
    r"in\s+[A-Z][a-z]++)\s*+,?\s*+)?"
    r"(?:this|that|these|those|it|its|they|their|the\s+(?:figure|total|number|company|brand|carmaker|"
    r"automaker)|of\s+(?:these|them|this|which)|among\s+(?:them|these|which))\b",
    re.IGNORECASE,
)

# The words that name a rival after a sentence's subject: "just behind Kessel", "ahead of", "than"
# (not "followed by Holden with 11,534": that figure is the rival's own)
_COMPARED_TO_RIVAL = re.compile(r"\b(?:behind|ahead\s+of|than|below|above|trailing)\b", re.IGNORECASE)
_RIVALS_OWN = re.compile(r"\b(?:with|at|on)\s++(?:an?\s++|about\s++|some\s++)?$", re.IGNORECASE)

# A clause about a company it does not name: "In 2020 it had sold ...", "the group's registrations".
_COMPANY_REFERENCE = re.compile(rf"\b(?:it|its|their|the\s+{COMPANY_NOUN})\b", re.IGNORECASE)


def _headline(doc: Document, sent: Sentence) -> bool:
    """Whether ``sent`` is a line of its own with no full stop: a headline or a kicker."""
    alone = all(
        not (0 <= i < len(doc.sentences)) or doc.sentences[i].paragraph != sent.paragraph
        for i in (sent.index - 1, sent.index + 1)
    )
    return alone and not sent.text.rstrip().endswith((".", "!", "?", ":"))


def speaks_of_a_company(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` refers to a company by a pronoun or a company noun."""
    return _COMPANY_REFERENCE.search(text, start, end) is not None


@functools.cache
def _any_of(table: tuple[tuple[re.Pattern[str], str], ...]) -> re.Pattern[str] | None:
    """One pattern that matches where any of ``table``'s does: most windows hold none of
    them, and one search rules them all out (None when the flags differ)."""
    flags = {p.flags for p, _ in table}
    if len(flags) != 1:
        return None
    return re.compile("|".join(f"(?:{p.pattern})" for p, _ in table), flags.pop())


# The module's own tables, each with its one pattern, by identity: hashing a table of compiled
# patterns for the cache above costs more than the search it saves.
_ANY: dict[int, re.Pattern[str] | None] = {id(t): _any_of(t) for t in (_POWERTRAINS, _MEASURES, *_QUALIFIERS.values())}
_QUALIFIERS_ANY = tuple((group, pats, _any_of(pats)) for group, pats in _QUALIFIERS.items())


def _hits(table: tuple[tuple[re.Pattern[str], str], ...], text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    anyp = _ANY[id(table)] if id(table) in _ANY else _any_of(table)
    if anyp is not None and not anyp.search(text):
        return out
    for p, k in table:
        for m in p.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e, _ in out):
                out.append((m.start(), m.end(), k))
    return out


# "global sales (retail sales, fleet sales and exports)": a parenthesis that lists several kinds
# says what a total is made of; it names none of them as the figure's metric.
_GLOSS = re.compile(r"\(([^()\d]{3,120}?(?:,|\band\b|\bor\b)[^()\d]{0,120}?)\)")
# ... or between dashes: "93,009 vehicles of all kinds (buses, trucks and saloons)", "—buses, trucks and saloons—"
_DASH_GLOSS = re.compile(r"[—–]([^—–()\d]{3,120}?,[^—–()\d]{0,120}?\band\b[^—–()\d]{0,60}?)[—–]")


# A clause that describes a company, not a figure: ", which makes the Orla sedan and the Tessin
# SUV," (no figure inside; the commas kept)
_ASIDE = re.compile(
    r"(?<=,)\s*+(?:which|who)\s++(?:makes|made|builds|built|produces|owns|sells|also\s+makes)\b"
    # (a list of what it makes: "which builds the Vento hatchback, the Brisa van and a robot,")
    r"(?:[^,;.\d()]{1,120}+,(?=[^,;.\d()]{1,120}?\band\b))*+[^,;.\d()]{1,120}+(?=,)",
    re.IGNORECASE,
)


# A bracket that names the basis of a comparison, not what is counted: "(cumulative-to-cumulative/CTC)",
# "(year-on-year)", "(YoY)"
_BASIS_GLOSS = re.compile(
    r"\((?:[a-z]{2,12}+-(?:to|on|over)-[a-z]{2,12}+|yoy|y-o-y|mom|m-o-m|ctc)(?:\s{0,2}+/\s{0,2}+[A-Za-z]{2,5}+)?\)",
    re.IGNORECASE,
)


# A market or company the world ranks: "the world's largest car market" describes one market (the
# place is the one the article names), so "the world" there makes no global figure
_WORLD_RANKED = re.compile(
    rf"\bthe\s++world['’]s(?=\s{{1,3}}+(?:[\w-]++\s{{1,3}}+)?{alt(SUPERLATIVES)}\b)", re.IGNORECASE
)


# ... or a region does: "the largest car market in Europe", "Europe's biggest car market" describe the
# market the article names, no European figure
_REGION_RANKED = re.compile(
    rf"\b{alt(SUPERLATIVES)}\s++(?:[\w-]++\s++){{0,2}}?markets?\s++(?P<r>in\s++(?:the\s++)?[A-Z][\w-]++)"
    rf"|(?P<o>\b[A-Z][\w-]++['’]s)(?=\s{{1,3}}+(?:[\w-]++\s{{1,3}}+)?{alt(SUPERLATIVES)}\s{{1,3}}+(?:[\w-]++\s{{1,3}}+)?markets?\b)"
)


def _blank_region(m: re.Match[str]) -> str:
    g = "r" if m.group("r") else "o"
    lo, hi = m.start(g) - m.start(), m.end(g) - m.start()
    return m.group()[:lo] + " " * (hi - lo) + m.group()[hi:]


def without_glosses(text: str) -> str:
    """``text`` with the inside of listing parentheses, of brackets that name a comparison's basis,
    of asides about a company and the world that ranks a market blanked (offsets unchanged)."""
    text = _WORLD_RANKED.sub(lambda m: " " * len(m.group()), text)
    text = _REGION_RANKED.sub(_blank_region, text)
    text = _GLOSS.sub(lambda m: "(" + " " * (len(m.group()) - 2) + ")", text)
    text = _BASIS_GLOSS.sub(lambda m: "(" + " " * (len(m.group()) - 2) + ")", text)
    text = _DASH_GLOSS.sub(lambda m: m.group()[0] + " " * (len(m.group()) - 2) + m.group()[-1], text)
    return _ASIDE.sub(lambda m: " " * len(m.group()), text)


def metric_of(
    text: str,
    q_start: int,
    q_end: int,
    seg: tuple[int, int],
    after_limit: int,
    table: tuple[tuple[re.Pattern[str], str], ...],
) -> str | None:
    """The metric right after the figure ("87,512 BEVs"), else the nearest one before it."""
    after = text[q_end : max(q_end, min(after_limit, seg[1], q_end + 45))]
    # a change's own noun and "in" lead to what changed: "a seven-fold rise in quarterly profit"
    after = _CHANGE_IN.sub(" ", after, count=1)
    # only the figure's own noun phrase: "14,736 vehicles in June as demand for its SUVs grew" is vehicles
    after = _NP_END.split(after, maxsplit=1)[0]
    hits = _hits(table, after)
    if hits:
        return min(hits)[2]
    # (an earlier figure's per-share gloss is that figure's: in "to $1.2 billion, or $2.10 a share,
    # from $1.07 billion" the baseline is a profit, not a share)
    hits = _hits(table, blank_per_share(text[seg[0] : q_start]))
    return max(hits, key=lambda h: h[1])[2] if hits else None


def quals_of(text: str) -> dict[str, str]:
    return dict(_quals_of(text))


# A country in a company's own name is no market it counted in: "Hyundai Motor India", "Honda
# Cars India", "Skoda Auto India", "BMW Group India", "Honda Atlas Cars (Pakistan)".
# (a region stays: "Toyota Motor Europe" sells in Europe)
_COMPANY_OF_A_COUNTRY = re.compile(
    r"\b[A-Z][\w&.-]{0,20}\s+(?:Motors?|Cars|Auto|Automotive|Automobiles?|Group)\s+\(?"
    r"(?P<country>(?!Europe|Asia|America|Africa|Oceania|International|Corporation|Company)[A-Z][a-z]+)\b"
)


@functools.lru_cache(maxsize=4096)
def _quals_of(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    named = _COMPANY_OF_A_COUNTRY.sub(
        lambda m: m.group()[: m.start("country") - m.start()] + " " * len(m["country"]), text
    )
    for group, pats, anyp in _QUALIFIERS_ANY:
        scan = named if group == "place" else text
        if anyp is not None and not anyp.search(scan):
            continue
        found = {k for p, k in pats if p.search(scan)}
        if len(found) == 1:
            out[group] = found.pop()
        elif found:
            out[group] = "+".join(sorted(found))
    if out.get("body") == "suv" and _PASSENGER_UNION.search(text):
        del out["body"]  # "51,907 passenger cars and SUVs": the passenger market, every body
    return out


_PASSENGER_UNION = re.compile(PASSENGER_UNION, re.IGNORECASE)


def _own(text: str, at: int, base: int) -> bool:
    """A period mention at ``at`` that is the figure's own, not a comparison base."""
    return not _BASE_BEFORE.search(text[max(base, at - 40) : at])


def _own_base_figure(text: str, m: re.Match[str], start: int) -> bool:
    """ "from 31,540 units in the same month last year": the period of a baseline figure."""
    return bool(
        re.search(
            r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:[^.;:]|\.(?=\d)){0,30}$",
            text[max(start, m.start() - 45) : m.start()],
        )
    )


# "in 2023", "In 2023,", "for the full year 2023": a year named as the period itself
_FULL_YEAR = re.compile(
    r"\b(?:in|for|of|during|throughout)\s+(?:the\s+(?:whole\s+|full\s+)?(?:year\s+)?)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)


# "1.08 million units in 2018": the year a figure's own words date it by, right after it
_YEAR_AFTER = re.compile(
    r"(?<!\s)\s{0,2}+(?:[a-z]{1,15}\s{1,2}+){0,2}(?:in|during|for|of)\s{1,2}+(?:the\s+(?:full\s+)?year\s+)?"
    r"(?P<y>(?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)",
)


def year_after(text: str, q_end: int) -> str | None:
    """The year named right after the figure ending at ``q_end`` ("... units in 2018"), if any."""
    m = _YEAR_AFTER.match(text, q_end)
    return m.group("y") if m else None


# an open bracket right after a capitalised word, with nothing closing it before the figure
_NAME_BRACKET = re.compile(r"(?<=[A-Za-z])\s{0,2}+\((?=[^()]{0,38}+$)")
_NAME_BEFORE_BRACKET = re.compile(r"(?:[A-Z][\w&'’-]{0,20}+\s{1,2}+){0,2}[A-Z][\w&'’-]{0,20}+\s{0,2}+$")


def periods_in(text: str, start: int, end: int) -> tuple[set[str], set[str]]:
    """Period keys ("june", "q2", "ytd:11", "fy") and years named in ``text[start:end]``."""
    months, years = _periods_in(text, start, end)
    return set(months), set(years)


# What every period pattern below needs in its match (a month's first three letters, "months",
# "year", "ytd", "week", "Q1", "quarter", "H1", "half", a year): most clauses name none.
_PERIOD_WORD = re.compile(
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|months|year|ytd|week|q[1-4]|quarter|h[12]|half|semester|"
    r"(?:19|20)\d\d|\bfy",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4096)
def _periods_in(text: str, start: int, end: int) -> tuple[frozenset[str], frozenset[str]]:
    if not _PERIOD_WORD.search(text, start, end):
        return frozenset(), frozenset()  # no pattern below matches without one of these words
    months: set[str] = set()
    years: set[str] = set()
    named = periods.mentions(text, start, end)
    for p in named:
        if p.kind == "word" and p.key != "ytd":
            continue  # "full-year" is read below; "cumulative" and "weekly" are not periods of a month
        # "from January to May" is the figure's own run of months, not a base
        if _own(text, p.start, start) or (
            p.kind == "run" and text[max(start, p.start - 6) : p.start].rstrip().lower().endswith("from")
        ):
            months.add(p.key)
    for at, year in periods.years_named(text, start, end):
        # (the year of "November 2019" is its month's: a base's when the month is)
        lead = next((p.start for p in named if p.start < at and 0 <= at - p.end <= 2), at)
        if _own(text, lead, start):
            years.add(year)
    # "in June last year": the same month a year before
    if any(
        _own(text, m.start(), start) and not _own_base_figure(text, m, start)
        for m in _LAST_YEAR_RE.finditer(text, start, end)
    ):
        years.add("last-year")
    # "in 2023", "full-year sales", "for the year as a whole": the year, when nothing narrower is named
    whole = any(p.key == "fy" for p in named)
    if not months and ((years and _FULL_YEAR.search(text, start, end)) or whole):
        months.add("fy")
    return frozenset(months), frozenset(years)


class FrameIndex:
    """The frames of one document's figures, each read on first use.

    Built once per document by the reading stage and handed to the rules inside the
    ``Reading``: nothing is stored on the document itself."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._frames: dict[tuple[int, int, int | None], Frame] = {}
        self._starts = [s.start for s in doc.sentences]
        self.names = Names(doc)
        self._respective: dict[int, tuple[str, str]] | None = None

    def _label(self, q_start: int) -> tuple[str, str] | None:
        """The label a rate of a "respectively" list is paired with, and the list's text."""
        if self._respective is None:
            self._respective = {}
            doc = self.doc
            for sent in doc.sentences:
                if not RESPECTIVELY.search(sent.text):
                    continue
                rates = [q for q in doc.in_sentence(sent.index) if q.unit == "percent"]
                for run in runs(doc.norm, [(q.start, q.end) for q in rates]):
                    first, last = rates[run[0]], rates[run[-1]]
                    found = labels_of(doc.norm, (sent.start, sent.end), (first.start, last.end), len(run))
                    if found is not None:
                        for i, label in zip(run, found[0], strict=True):
                            self._respective[rates[i].start] = (label, found[1])
        return self._respective.get(q_start)

    @property
    def vocab(self) -> frozenset[str]:
        """Capitalised words the article uses as names."""
        return self.names.vocab

    @property
    def main_subject(self) -> str | None:
        return self.names.main_subject

    def names_in(self, start: int, end: int) -> frozenset[str]:
        return self.names.in_span(start, end)

    @functools.cached_property
    def _glossless(self) -> str:
        return without_glosses(self.doc.norm)

    def frame(self, q_start: int, q_end: int, after_limit: int | None = None) -> Frame:
        """The frame of the figure at ``q_start:q_end``; ``after_limit`` ends the words read after it."""
        key = (q_start, q_end, after_limit)
        found = self._frames.get(key)
        if found is None:
            found = self._frames[key] = self._read(q_start, q_end, after_limit)
        return found

    def _count_at(self, start: int) -> bool:
        """Whether the figure at ``start`` is a count (no percent, no money)."""
        q = next((q for q in self.doc.quantities if q.start == start), None)
        return q is not None and q.is_amount and q.unit in (None, "count")

    def _read(self, q_start: int, q_end: int, after_limit: int | None) -> Frame:
        doc = self.doc
        sent = doc.sentences[max(0, bisect.bisect_right(self._starts, q_start) - 1)]
        seg = segment(doc, sent, q_start)
        limit = sent.end if after_limit is None else after_limit
        glossless = self._glossless
        powertrain = metric_of(glossless, q_start, q_end, seg, limit, _POWERTRAINS)
        measure = metric_of(glossless, q_start, q_end, seg, limit, _MEASURES)
        if measure in ("share", "penetration") and self._count_at(q_start):
            # "Drevon with 9,138 sales (10.4% market share)": the share is said of the count, which
            # stays a count
            measure = None
        if measure != "revenue" and _SALES_AFTER.match(glossless, q_end, min(limit, q_end + 60)):
            # "on 29.38 trillion yen ($268 billion) sales": money that sales are is revenue, whatever
            # the nearest measure before it says
            if any(q.start == q_start and q.is_currency for q in doc.in_sentence(sent.index)):
                measure = "revenue"
        text = doc.norm
        end = min(seg[1], max(q_end, limit), q_end + 45)
        # ("cars rising 12.6% to 41,380 and light-truck deliveries falling 2.1%": the next subject's
        # words, after "and", are not this figure's)
        if (nxt := _AND_NEXT_SUBJECT.search(glossless, q_end, end)) is not None:
            end = nxt.start()
        # "156,173 in December 2015 passenger car and light commercial vehicle market": a joined label
        # cut by the window is read whole (passenger and commercial together are every vehicle)
        stop = min(seg[1], max(q_end, limit))
        joined = next(
            (
                j
                for j in _JOINED.finditer(glossless, max(seg[0], end - 50), min(stop, end + 50))
                if j.start() < end < j.end()
            ),
            None,
        )
        window = glossless[seg[0] : joined.end() if joined else end]
        # "Demand for pickups lifts car sales 9.4pc": a cause names no class of the figure
        quals = quals_of(_makers_blanked(_MAKER_OF.sub(_blank, _CAUSE.sub(_blank, _SOURCE.sub(_blank, window)))))
        own = _OWN_NOUN.match(glossless, q_end, stop)
        if own and measure is None:
            # "an 18 percent on-year gain in its third-quarter operating profit": the change names what it
            # measures, past the words read after the figure
            np = _CAUSE.sub(_blank, own.group("np"))  # ("operating profit on brisk demand for pickups")
            measure = next((k for pat, k in _MEASURES if pat.search(np)), None)
            # (only a noun that names a measure adds what qualifies it: "a 2.2 per cent decline in new
            # vehicle sales shown by the registration data" keeps its frame)
            for g, k in quals_of(np).items() if measure is not None else ():
                quals.setdefault(g, k)
        if own and _OWN_VEHICLE.search(own.group("np")):
            # "X is the reason for a 2.2% decline in new vehicle sales": the change names what it
            # measures, and the vehicle class before it belongs to another clause
            said = quals_of(own.group("np"))
            for g in CLASS_GROUPS:
                quals.pop(g, None)
                if g in said:
                    quals[g] = said[g]
        if seg[0] > sent.start and (cmp := _COMPARED_OPENS.search(text, sent.start, seg[0])):
            # "EU registrations came to 10,210,400 in 2023, compared with 9,118,300 in 2022": the figure
            # compared with is of the market, class and channel of the clause it is compared with
            before = segment(doc, sent, cmp.start() - 1)
            for g, k in quals_of(_makers_blanked(glossless[before[0] : cmp.start()])).items():
                quals.setdefault(g, k)
        said = self._label(q_start)
        if said is not None:
            # "production, domestic sales and exports rose 21.0%, 1.0% and 29.1%, respectively": the
            # rate's own label says what it measures; the rest of the sentence before the run says
            # whose and where
            label, listed = said
            before = glossless[sent.start : q_start].replace(listed, " " * len(listed))
            powertrain = next((k for pat, k in _POWERTRAINS if pat.search(label)), None)
            measure = next((k for pat, k in _MEASURES if pat.search(label)), None)
            quals = {**quals_of(before), **quals_of(label)}
        near = quals_of(glossless[max(seg[0], q_start - 30) : min(seg[1], q_end + 30)]).get("place")
        models = frozenset(
            m.group()
            for m in _MODEL.finditer(window)
            # "Q1 car sales rise" names a quarter; "the Audi Q3" a model; "Kessel Q2 Sales Fall" a
            # quarter in an article that speaks of its quarters in words ("in the second quarter")
            if not (
                _QUARTER_OR_HALF.fullmatch(m.group())
                and (not _BRAND_BEFORE.search(window, 0, m.start()) or _PERIOD_IN_WORDS.search(text))
            )
        )
        months, years = periods_in(text, seg[0], seg[1])
        if months and (
            compared := [
                m for m in COMPARISON_PHRASE.finditer(text, seg[0], seg[1]) if not m.start() <= q_start < m.end()
            ]
        ):
            # a period named only in the comparison the clause makes ("a rise of 4.2% compared
            # with the same month of 2023") dates the baseline, not the figure
            own_seg = list(text[seg[0] : seg[1]])
            for m in compared:
                own_seg[m.start() - seg[0] : m.end() - seg[0]] = " " * (m.end() - m.start())
            mine, my_years = periods_in("".join(own_seg), 0, seg[1] - seg[0])
            if mine != months:
                months, years = mine, my_years
        if months and _HEADLINE_COMMA.search(text, seg[0], seg[1]) and _headline(doc, sent):
            # a headline sets its clauses apart by commas alone: "registrations climb 7.3% in June,
            # 5.9% for the full year"; the period of the figure's own stretch is its period
            a = max((m.end() for m in _HEADLINE_COMMA.finditer(text, seg[0], q_start)), default=seg[0])
            b = next((m.start() for m in _HEADLINE_COMMA.finditer(text, q_end, seg[1])), seg[1])
            mine, my_years = periods_in(text, a, b)
            if mine:
                months, years = mine, my_years or years
        if not months and periods.refers_back(text, seg[0], seg[1]):
            months, years = period_before(doc, sent)  # "led over the period with 6,100 sales"
        elif not months and periods.refers_to_the_month(text, sent.start, seg[1]):
            months, years = period_before(doc, sent, month=True)  # "Of the vehicles delivered in the month, 24,100 ..."
        if not months:
            # the sentence's own periods, not the date of what it compares with ("..., compared to
            # the 16,303 exported in January 2020" dates the baseline only)
            own = COMPARISON_PHRASE.sub(lambda m: " " * len(m.group()), text[sent.start : sent.end])
            months, y2 = periods_in(own, 0, len(own))
            years |= y2
        # the company of the figure's own clause ("..., while Orvane registered 3,800"), else the sentence's
        names = self.names_in(seg[0], seg[1]) or self.names_in(sent.start, sent.end)
        if names and (sources := self.names.sources(sent.start, sent.end, cited=True)):
            # ("..., according to Lumea and the Kestra registry": who reports the figure, not whose it is)
            names = names - sources
        if len(names) > 1 and (bracket := _NAME_BRACKET.search(text, max(sent.start, q_start - 40), q_start)):
            # "..., Otokar (27 and 2.1%), Solaris (9 and 0.7%)": a figure in the brackets right after
            # a name is that name's
            own = _NAME_BEFORE_BRACKET.search(text, max(sent.start, bracket.start() - 40), bracket.start())
            names = (own and self.names_in(own.start(), own.end())) or names
        if (
            len(names) > 1
            and (cut := _COMPARED_TO_RIVAL.search(text, sent.start, q_start)) is not None
            and not _RIVALS_OWN.search(text, cut.end(), q_start)
        ):
            # "Drevon ended just behind Kessel, selling 179,137 units": the rival is no company of the figure
            names = self.names_in(sent.start, cut.start()) or names
        if len(names) > 1 and said is not None and (own := self.names.in_text(said[0])) and own < names:
            # "Orla and Kessel saw output rise 14.6% and 7.2%, respectively": each rate is its label's
            names = own
        if len(names) > 1 and self.names.in_title_case_line(sent.start):
            # a headline sets its clauses apart by commas alone: "Earnings Slip 1% at Hyundai, Rise
            # 8% at Kia"; the name of the figure's own stretch is its company
            a = max((m.end() for m in _HEADLINE_COMMA.finditer(text, seg[0], q_start)), default=seg[0])
            b = next((m.start() for m in _HEADLINE_COMMA.finditer(text, q_end, seg[1])), seg[1])
            names = self.names_in(a, b) or names
        anaphoric = sent.index > 0 and bool(_ANAPHORIC.match(sent.text))
        if not months:
            # a period set by an earlier sentence of the same paragraph ("In June, ... It sold ..."),
            # or by the sentence a "This includes ..." points back to
            # at most a few sentences back: a long paragraph must not make this quadratic
            # (a figure dated only "a year earlier" is of the period the sentence before spoke of,
            # a paragraph break between them or not: "... to 12,310 in the nine months. / Dealers
            # had sold 9,420 a year earlier.")
            a_year_back = bool(_A_YEAR_BACK_AFTER.match(text, q_end, min(seg[1], q_end + 40)))
            for k, prev in enumerate(reversed(doc.sentences[max(0, sent.index - 6) : sent.index])):
                if prev.paragraph != sent.paragraph and not anaphoric and not (a_year_back and k == 0):
                    break
                months, y2 = periods_in(text, prev.start, prev.end)
                if months:
                    years |= y2
                    break
                if prev.paragraph != sent.paragraph:
                    break
        if anaphoric:
            prev = doc.sentences[sent.index - 1]
            # (what the sentence before says of causes and makers names no class, as in its own frames)
            ptext = _makers_blanked(_MAKER_OF.sub(_blank, _CAUSE.sub(_blank, glossless[prev.start : prev.end])))
            for g, k in quals_of(ptext).items():
                quals.setdefault(g, k)
            # ("Drevon ended just behind Kessel ... Its share was ...": "its" is Drevon's, not the rival's)
            cut = _COMPARED_TO_RIVAL.search(text, prev.start, prev.end)
            names = names or (cut and self.names_in(prev.start, cut.start())) or self.names_in(prev.start, prev.end)
        if _A_YEAR_BACK_AFTER.match(text, q_end, min(seg[1], q_end + 40)) or _LAST_YEARS_SUBJECT.search(
            text, max(seg[0], q_start - 80), q_start
        ):
            # "41.2% share vs. 43.5% a year ago": the figure's own words date it a year back, whatever
            # period its clause or the sentence before names
            years = {*years, "last-year"}
        implicit = False
        if not names:
            # "The company delivered ...": the article's own subject
            main = self.main_subject
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


# "Electric cars" is what one writer calls the battery-electric cars another counts.
_SAME_POWERTRAIN = frozenset({frozenset({"ev", "bev"})})
# ... and "EV sales" in one headline are the "new energy vehicles" of its body: the same figure said
# loosely, or a narrower one (a copy with other digits is then unsure, never a typo)
_LOOSE_POWERTRAIN = frozenset({"ev", "nev"})


def conflict(a: Frame, b: Frame, loose: bool = False) -> bool:
    """Two frames that cannot describe the same figure (``loose``: EVs may be NEVs, and an undated
    copy may be last year's)."""
    if a.powertrain and b.powertrain and a.powertrain != b.powertrain:
        pair = frozenset({a.powertrain, b.powertrain})
        if pair not in _SAME_POWERTRAIN and not (loose and pair == _LOOSE_POWERTRAIN):
            return True
    if (a.powertrain is None) != (b.powertrain is None):
        # "14,736 vehicles" vs "14,736 BEVs": one names a split the other does not
        split = ("bev", "phev", "erev", "hev", "ice", "alt") + (
            () if a.measure in ("penetration", "share") else ("nev",)
        )
        if (a.powertrain or b.powertrain) in split:
            return True
    if a.measure != b.measure and not (
        # ("cumulative registrations ... year to date" and "sales down 25% year to date": a year to date
        # is cumulative whether or not the word says so)
        ({a.measure, b.measure} == {"cumulative", None} and _year_to_date(a.months) and _year_to_date(b.months))
        # (loosely, a percent said of a class is its share whether or not the word says so: "EVs took
        # a 27% share" and "electric cars made up 27 per cent of the cars sold")
        or (loose and {a.measure, b.measure} == {"share", None})
    ):
        return True
    for g in set(a.quals) & set(b.quals):
        if a.quals[g] != b.quals[g]:
            # places named together ("Thailand, the Southeast Asian country") overlap, but markets
            # added up ("the EU, EFTA and UK markets") are more than one of them
            if (
                g == "place"
                and _same_markets(a.quals[g], b.quals[g])
                # (a share's region is its whole: "half the Gulf's sales" is no copy of "a third
                # of the Arab world's sales", whatever country both are of)
                and "share" not in (a.measure, b.measure)
            ):
                continue
            return True
    if ("body" in a.quals) != ("body" in b.quals) or ("origin" in a.quals) != ("origin" in b.quals):
        return True  # "48,020 sedans" or "18,200 imported cars" is a part of "48,200 vehicles", not a copy

    if (a.models is None) != (b.models is None):
        return True
    if a.models and b.models and not (a.models & b.models):
        return True
    # (the words of who reports the figures name no company of them: "Data from the Pakistan
    # Automotive Manufacturers Association reveals ...")
    own_a, own_b = a.names - REPORTERS, b.names - REPORTERS
    if own_a and own_b and not (a.names & b.names):
        return True
    if own_a and own_b and not (own_a & own_b) and not (a.implicit_names or b.implicit_names):
        return True  # "Toyota Motor Corporation" and "Mazda Motor Corporation" share no maker
    if a.months and b.months and not same_months(a.months, b.months):
        return True
    if ("last-year" in a.years) != ("last-year" in b.years) and not (
        # (loosely, an undated copy may be last year's: a headline's "sales jump 33.9pc" over the
        # body's "jumped 33.9 per cent last year")
        loose and not ((a.months or a.years) and (b.months or b.years))
    ):
        return True  # "in June last year" is not this June
    return bool(a.years and b.years and not (a.years & b.years))


def _year_to_date(months: frozenset[str]) -> bool:
    # (said in so many words, "year to date", "so far this year": "cumulative sales ... at the end of
    # October" may be of all time)
    return months == frozenset({"ytd"})


def _same_markets(a: str, b: str) -> bool:
    """Two place qualifiers name one market: they share a place, and the countries either names
    beside a region it lies in are the same."""
    x, y = set(a.split("+")), set(b.split("+"))
    # (the home market is the country the report is of: "losses in the domestic market" beside Turkey,
    # "domestic sales" beside "sales in China")
    if {"home"} in (x, y):
        other = y if x == {"home"} else x
        return len(other - {"home"}) <= 1 and not other & REGION_PLACES
    return bool(x & y) and x - REGION_PLACES - {"home"} == y - REGION_PLACES - {"home"}


def same_months(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two frames' periods name one stretch of time: the same keys, or the year to date said openly
    on one side ("year-to-date") and through a month on the other ("in the first 10 months")."""
    a, b = _through_a_month(a), _through_a_month(b)
    return (
        a == b
        or (a == {"ytd"} and all(k.startswith("ytd:") for k in b))
        or (b == {"ytd"} and all(k.startswith("ytd:") for k in a))
        # ("through June" and "the first half", "the year to March" and "the first quarter")
        or (len(a) == len(b) == 1 and _run_months(next(iter(a))) == _run_months(next(iter(b))) is not None)
    )


@functools.cache
def _run_months(key: str) -> frozenset[int] | None:
    """The months a run from January covers (Q1, H1, "ytd:6"), or None for any other key."""
    return periods.months_of(key) if key.startswith(("ytd:", "q1", "h1")) else None


def _through_a_month(keys: frozenset[str]) -> frozenset[str]:
    """The keys less an open "ytd" that a year to date through a month makes exact."""
    return keys - {"ytd"} if "ytd" in keys and any(k.startswith("ytd:") for k in keys) else keys


def other_metric(a: Frame, b: Frame) -> bool:
    """Two frames that cannot describe the same metric of the same company, whatever their
    periods: what pairs a figure with its baseline in another period ("up 22% from June")."""
    undated = dict(months=frozenset(), years=frozenset())
    # A passing "model" is weak: only two sets of named models that differ exclude each other.
    models = (a.models, b.models) if a.models and b.models else (None, None)
    return conflict(replace(a, models=models[0], **undated), replace(b, models=models[1], **undated))


def other_market(a: Frame, b: Frame) -> bool:
    """Imported or second-hand cars named on one side only: a part of the market, or another
    market, against all of it ("used import arrivals" against "passenger car sales")."""
    return any((g in a.quals) != (g in b.quals) for g in ("origin", "condition"))


def unsure(a: Frame, b: Frame) -> bool:
    """Frames that may describe one figure, but not surely enough to call a mismatch."""
    # retail, wholesale and registrations are different counts; China sales may not be all sales:
    # one named, the other not, may be the same figure or another one
    if ("channel" in a.quals) != ("channel" in b.quals):
        return True
    if other_market(a, b):
        return True
    # "heavy trucks ... +30.7%" against a market's "+30.26%": one names the commercial class, the
    # other no class at all (nor the same body: "Truck sales" is "heavy truck sales")
    sa, sb = a.quals.get("segment"), b.quals.get("segment")
    if (sa is None) != (sb is None) and "commercial" in (sa, sb):
        bare, named = (a, b) if sa is None else (b, a)
        if not (bare.quals.get("body") and bare.quals.get("body") == named.quals.get("body")):
            return True
    if frozenset({a.powertrain, b.powertrain}) == _LOOSE_POWERTRAIN:
        return True
    # "13,290 vehicles in China" against a figure with no market anywhere near it
    # (a company's "global" figure is the one a bare figure gives)
    return (a.near_place not in (None, "global") and "place" not in b.quals) or (
        b.near_place not in (None, "global") and "place" not in a.quals
    )


def strength(a: Frame, b: Frame, implicit: bool = False) -> int:
    """Positive matches between two frames; ``implicit`` also counts the article's main subject."""
    s = 0
    if (
        (a.powertrain and a.powertrain == b.powertrain)
        # ("BEVs up 44%" and "electric car sales rose 44%": one class by two names)
        or (a.powertrain and b.powertrain and frozenset({a.powertrain, b.powertrain}) in _SAME_POWERTRAIN)
        or (a.measure and a.measure == b.measure)
    ):
        s += 1
    # words of a legal name ("Motor Corporation") said with two makers' names are no match
    shared = a.names & b.names
    if not (a.implicit_names or b.implicit_names):
        shared -= REPORTERS
    if shared and (implicit or not (a.implicit_names and b.implicit_names)):
        s += 1
    if a.months and a.months == b.months:
        s += 1
    if a.quals.get("action") and a.quals.get("action") == b.quals.get("action"):
        s += 1
    if any(a.quals.get(g) and a.quals.get(g) == b.quals.get(g) for g in ("channel", "segment")):
        s += 1
    return s


_BASIS = (
    (re.compile(r"year[- ]on[- ]year|year[- ]over[- ]year|\byoy\b|\by/y\b|\by-o-y\b|on[- ]year|"
                rf"(?:a|one|the)\s+year\s+(?:ago|earlier|before)|{SAME_SPAN_YEAR_BACK}|prior[- ]year|previous\s+year|"
                # ("the year-ago month", "the year-earlier quarter")
                r"\byear-(?:ago|earlier)\b|"
                r"last\s+year", re.IGNORECASE), "yoy"),
    (re.compile(r"month[- ]on[- ]month|month[- ]over[- ]month|\bmom\b|\bm/m\b|\bm-o-m\b|mth/mth|"
                r"sequential(?:ly)?|(?:a|one|the)\s+month\s+(?:ago|earlier|before)|previous\s+month|"
                # ("up 4% from last month"; "a 7% rise last month" is of the month just ended)
                r"prior\s+month|(?:from|on|over|than|with|to|versus|vs\.?|against|period|time)\s+last\s+month",
                re.IGNORECASE), "mom"),
    (re.compile(r"quarter[- ]on[- ]quarter|\bqoq\b|\bq/q\b|\bq-o-q\b|previous\s+quarter", re.IGNORECASE), "qoq"),
    (re.compile(r"week[- ]on[- ]week|\bwow\b|previous\s+week|last\s+week", re.IGNORECASE), "wow"),
    # "up 475% on a monthly basis", "down 46% on an annual basis" (last: they date no figure)
    (re.compile(r"\bon\s+an?\s+monthly\s+basis", re.IGNORECASE), "mom"),
    (re.compile(r"\bon\s+an?\s+(?:annual|yearly)\s+basis", re.IGNORECASE), "yoy"),
    # "a 21 per cent monthly growth", "an annual increase of 9 per cent" (the change noun's own word)
    (re.compile(r"^\s*+monthly\s++(?:growth|increase|rise|gain|decline|decrease|drop|fall)\b"
                r"|\bmonthly\s++(?:growth|increase|rise|gain|decline|decrease|drop|fall)\s++of\s*+$",
                re.IGNORECASE), "mom"),
    (re.compile(r"^\s*+(?:annual|yearly)\s++(?:growth|increase|rise|gain|decline|decrease|drop|fall)\b"
                r"|\b(?:annual|yearly)\s++(?:growth|increase|rise|gain|decline|decrease|drop|fall)\s++of\s*+$",
                re.IGNORECASE), "yoy"),
)  # fmt: skip


# The words that date a figure a year back ("in September last year", "a year earlier"), or
# name the basis of a rate ("year-on-year").
YEAR_AGO = _BASIS[0][0]
# Only the words that date a figure a year back: "a YoY increase of 44 percent" after a level
# names the rate's basis and leaves the level where it was.
YEAR_BACK = re.compile(
    rf"(?:a|one|the)\s+year\s+(?:ago|earlier|before)|{SAME_SPAN_YEAR_BACK}|"
    # ("the previous fiscal year", "the prior financial year")
    r"(?:previous|prior|last)\s+(?:(?:fiscal|financial)\s+)?year|"
    # ("in the year-ago period", "the year-earlier month")
    r"year[- ](?:ago|earlier)\s+(?:period|month|quarter|half)",
    re.IGNORECASE,
)
# right after a figure (and its noun): "43.5% a year ago", "4,210 units a year earlier", "(9,120) last year"
# (the year-back words above, said right there)
# ... or the clause's subject is last year's figure: "last year's revenue totaled 41.1 trillion won"
_LAST_YEARS_SUBJECT = re.compile(
    r"\b(?:last|the\s+(?:previous|prior))\s+year['’]s\s++(?:[\w-]++\s++){0,3}?"
    r"(?:was|were|totall?ed|came\s+to|reached|stood\s+at|amounted\s+to|hit)\s++"
    r"(?:(?:a|an)\s++(?:record\s++)?)?(?:about\s++|some\s++|nearly\s++|almost\s++|over\s++)?$",
    re.IGNORECASE,
)
_A_YEAR_BACK_AFTER = re.compile(
    rf"\)?\s{{0,2}}+(?:(?:units|share|{VEHICLE_NOUN})\s{{1,2}}+)?,?\s{{0,2}}+(?:in\s++)?(?:"
    + YEAR_BACK.pattern
    + r")\b",
    re.IGNORECASE,
)


def dated_a_year_back(text: str, q: Quantity) -> bool:
    """A level of its own clause that its words date a year back, naming no period: "dealers had
    sold 9,420 units a year earlier" (not the baseline of a rate: "up 17% from 11,300 a year ago")."""
    return bool(_A_YEAR_BACK_AFTER.match(text, q.end, q.end + 40)) and not _COMPARED_BEFORE.search(
        text, max(0, q.start - 40), q.start
    )


_COMPARED_BEFORE = re.compile(
    r"\b(?:from|than|compared\s++(?:with|to)|versus|vs\.?|against|over|on|with)\s++[^.;:\d]{0,25}+$", re.IGNORECASE
)


def powertrain_in(text: str) -> str | None:
    """The powertrain a phrase names ("EVs" -> "ev", "the plug-in hybrids" -> "phev"), if any."""
    return next((k for pat, k in _POWERTRAINS if pat.search(text)), None)


def basis_in(text: str) -> str | None:
    """The comparison basis a phrase names ("the previous month" -> "mom"), if any."""
    return next((key for pat, key in _BASIS if pat.search(text)), None)


# A running total's own words, set beside the bases of rates ("fell year to date and year on year")
_TO_DATE = re.compile(r"\byear[- ]to[- ]date\b|\bso\s++far\s++this\s++year\b", re.IGNORECASE)


def bases_in_turn(text: str) -> list[str]:
    """The bases a phrase names, in reading order ("fell year to date and year on year" ->
    ["ytd", "yoy"]; "month on month and year on year" -> ["mom", "yoy"])."""
    found = [(m.start(), m.end(), "ytd") for m in _TO_DATE.finditer(text)]
    for pat, key in _BASIS:
        found += [(m.start(), m.end(), key) for m in pat.finditer(text)]
    out: list[tuple[int, int, str]] = []
    for start, end, key in sorted(found):
        if not out or start >= out[-1][1]:  # (one stretch of words names one basis)
            out.append((start, end, key))
    return [key for _, _, key in out]


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
    # (the clause's subject may name it: "month-on-month figures posted gains of close to 40%")
    before = re.split(
        r"[,;:.]|\b(?:and|but|while|whereas|though|although)\b", text[max(prev_end, q.start - 80) : q.start]
    )
    for pat, key in _BASIS:
        if pat.search(window) or pat.search(before[-1]):
            return key
    # "from June", "a 31% rise from September", "growth compared with Q1"
    m = re.match(
        r"\s*(?:(?:growth|increase|rise|gain|jump|decline|drop|fall|decrease|dip)\s+)?"
        r"(?:from|compared\s+(?:with|to)|versus|over)\s+(?:[\d,.]+\s+\w+\s+)?(?:in\s+)?(?:the\s+)?(\w+)",
        window,
    )
    if m and m.group(1).lower() in MONTHS:
        month = m.group(1)
        sent = doc.sentences[q.sentence] if q.sentence >= 0 else None
        own = rf"\b(?:in|during|for)\s+(?:the\s+month\s+of\s+)?{month}\b"
        if sent is not None and re.search(own, text[sent.start : q.start]):
            return "yoy"  # "in February ... down 2.2% compared to February 2025": the same month a year back
        return "vs:" + month.lower()
    if m and re.match(r"(?:first|second|third|fourth)$|q[1-4]$", m.group(1), re.IGNORECASE):
        return "vs:" + m.group(1).lower()
    return None
