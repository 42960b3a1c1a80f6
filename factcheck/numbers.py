"""Our own regex layer: read figures the way auto-industry news writes them.

quantulum3 misreads most of this domain ("41,440 NEVs" as newton-electronvolt
seconds, "RMB900 million" as 1,000,000, "300k units" as 300 kelvin), so the
figures news actually uses are read here, with their rounding and hedges, and
only what this layer cannot name is handed to quantulum3 (see ``units.py``).

All patterns are linear: no nested quantifiers, bounded look-arounds.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterator
from dataclasses import replace

from factcheck.lexicon import (
    CHANGE_AMOUNT_BEFORE,
    FALL_NOUNS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORDS,
    OTHER_CURRENCY_CODES,
    RISE_NOUNS,
    SCALED_CODE_LETTERS,
    SCALED_CODES,
    TEEN_WORDS,
    TENS_WORDS,
    VEHICLE_ATTRIBUTES,
    VERSUS,
    alt,
)
from factcheck.model import Quantity

# Same length in, same length out, so offsets stay valid.
_NORMALISE = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},  # full-width digits
        "\u2212": "-",  # minus sign
        "\u2013": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2019": "'",
        "\uff0c": ",",
        "\uff0e": ".",
        "\uff05": "%",
        "\u0110": "D",  # "VNĐ16.6 trillion": the Vietnamese D with a stroke
        "\u0111": "d",
    }
)


def _ungrouped(num: str) -> str:
    """The digits of a written figure without its thousands separators: "41,440", "3 259", "7'743"
    (one or two digits after a lone comma are decimals, as the reader takes them: "545,5 million")."""
    if _DECIMAL_COMMA_DIGITS.fullmatch(num):
        return num.replace(",", ".")
    return num.replace(",", "").replace(" ", "").replace("'", "")


_DECIMAL_COMMA_DIGITS = re.compile(r"\d{1,3},\d{1,2}")


# A count noun glued to its figure as an adjective: "33,900-unit sales", "a 5,000-vehicle order"
_GLUED_COUNT = re.compile(r"(?<=\d)-(?=(?:unit|vehicle|car|truck|bus|van|motorcycle|scooter)\b)", re.IGNORECASE)


def normalise(text: str) -> str:
    """Map look-alike characters to ASCII without changing the length; a count noun glued to its
    figure by a hyphen is read as if a space parted them."""
    return _GLUED_COUNT.sub(" ", text.translate(_NORMALISE))


CURRENCY_PREFIX = {
    "rmb": "CNY",
    "cny": "CNY",
    "usd": "USD",
    "us$": "USD",
    "$": "USD",
    "hk$": "HKD",
    "hkd": "HKD",
    "€": "EUR",
    "eur": "EUR",
    # ("Euro 423 million", as Italian and German releases in English write it)
    "euro": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "¥": "CNY",  # in China-market news ¥ is overwhelmingly yuan
    "jpy": "JPY",
    "krw": "KRW",
    "₩": "KRW",
    "inr": "INR",
    "rs": "INR",
    "rs.": "INR",
    "₹": "INR",
    # dollars of other countries are not US dollars: "S$40,000", "A$1.2 billion"
    "s$": "SGD",
    "sgd": "SGD",
    "a$": "AUD",
    "aud": "AUD",
    "nz$": "NZD",
    "nt$": "TWD",
    "sh": "KES",
    "ksh": "KES",
    "tk": "BDT",
    "tk.": "BDT",
    "n": "NGN",
    # ... or with the country after the sign: "$A26.1b", "$US1.2 billion", "$NZ45,000"
    "$a": "AUD",
    "$au": "AUD",
    "au$": "AUD",
    "$nz": "NZD",
    "$us": "USD",
    "$c": "CAD",
    "$s": "SGD",
    "c$": "CAD",
    "r$": "BRL",
    "r": "ZAR",
    "rp": "IDR",
    "rp.": "IDR",
    "rm": "MYR",
    "bt": "THB",
    "p": "PHP",
    "₱": "PHP",
    "dh": "AED",
    "dhs": "AED",
    "aed": "AED",
    "nis": "ILS",
    "tl": "TRY",  # "TL 1.79 billion": the Turkish lira, as Turkish companies write it
    # other ISO codes written before the figure, in capitals only: "KZT 214.3 billion"
    **{code.lower(): code for code in OTHER_CURRENCY_CODES},
}
# ISO codes read after a figure ("2.58 billion USD") and after a rate's slash ("JPY 121.9/USD")
_CODES_AFTER = ("USD", "CNY", "EUR", "GBP", "JPY", "KRW", "HKD", "INR", "AED", "SGD")
CURRENCY_SUFFIX = {
    "yuan": "CNY",
    "renminbi": "CNY",
    "dollars": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "yen": "JPY",
    "won": "KRW",
    # ISO codes written after the figure: "2.58 billion USD", "4.1 trillion KRW"
    **{code.lower(): code for code in _CODES_AFTER},
    "u.s. dollars": "USD",
    "us dollars": "USD",
    "dirhams": "AED",
    "shekels": "ILS",
    "rmb": "CNY",
    # local currencies named after the figure: "304.6 billion tenge" is money, not a count of cars
    "saudi riyals": "SAR",
    "tenge": "KZT",
    "rupiah": "IDR",
    "rupees": "INR",
    "naira": "NGN",
    "cedis": "GHS",
    "rand": "ZAR",
    "ringgit": "MYR",
    "baht": "THB",
    "riyals": "SAR",
    "lira": "TRY",
    "liras": "TRY",
    "turkish lira": "TRY",
    "turkish liras": "TRY",
    "zlotys": "PLN",
    "zloty": "PLN",
    "forints": "HUF",
    "forint": "HUF",
    "rubles": "RUB",
    "roubles": "RUB",
    "hryvnias": "UAH",
    "hryvnia": "UAH",
    "soums": "UZS",
    "soum": "UZS",
    "lei": "RON",
    # (only names of one currency: "pesos", "crowns" and "francs" are several countries')
    "dong": "VND",
    "reais": "BRL",
    "kronor": "SEK",
    "swedish crowns": "SEK",
    "norwegian crowns": "NOK",
    "danish crowns": "DKK",
    "czech crowns": "CZK",
    "koruna": "CZK",
    "swiss francs": "CHF",
    # dollars, pesos and rupees named by their country: "54.4 million Hong Kong dollars"
    "hong kong dollars": "HKD",
    "singapore dollars": "SGD",
    "australian dollars": "AUD",
    "new zealand dollars": "NZD",
    "canadian dollars": "CAD",
    "taiwan dollars": "TWD",
    "new taiwan dollars": "TWD",
    "mexican pesos": "MXN",
    "philippine pesos": "PHP",
    "chilean pesos": "CLP",
    "argentine pesos": "ARS",
    "colombian pesos": "COP",
    "pakistani rupees": "PKR",
    "indian rupees": "INR",
    "egyptian pounds": "EGP",
}
# The dirham is the Emirates' and Morocco's: "5.1 billion dirhams" (or "Dh") in an article that names
# Morocco and not the Emirates is Morocco's (the reader, which sees one sentence, reads the Emirates')
_MOROCCO = re.compile(r"\bMorocc(?:o|an)\b")
_EMIRATES = re.compile(r"\b(?:UAE|U\.A\.E\.|Emirat(?:es|i)|Dubai|Abu\s+Dhabi|Sharjah)\b")


def resolve_dirhams(norm: str, quantities: list[Quantity]) -> list[Quantity]:
    """``quantities`` with the dirhams of an article about Morocco read as Moroccan dirhams."""
    if not any(q.unit == "AED" for q in quantities) or not _MOROCCO.search(norm) or _EMIRATES.search(norm):
        return quantities
    return [replace(q, unit="MAD") if q.unit == "AED" else q for q in quantities]


SCALE = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    # Indian numbering: a lakh is 100,000, a crore 10 million ("1.42 lakh units", "Rs 2,500 crore")
    "lakh": 1e5,
    "lakhs": 1e5,
    "lac": 1e5,
    "lacs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    "cr": 1e7,
}

# Nouns that make a figure a count of vehicles (or of what news counts about them).
COUNT_NOUNS = frozenset(
    """unit units vehicle vehicles car cars nev nevs ev evs bev bevs phev phevs erev erevs
    hev hevs xev xevs suv suvs mpv mpvs sedan sedans truck trucks bus buses minivan minivans
    pickup pickups coupe coupes hatchback hatchbacks motorcycle motorcycles van vans minibus minibuses
    tractor tractors scooter scooters motorbike motorbikes two-wheeler two-wheelers three-wheeler
    three-wheelers automobile automobiles coach coaches lorry lorries crossover crossovers
    delivery deliveries registration registrations order orders sale sales sold
    model models copy copies""".split()
)
# Physical and other units our layer reads itself; quantulum3 gets the rest.
OWN_UNITS = {
    "gwh": "GWh",
    "mwh": "MWh",
    "kwh": "kWh",
    "kw": "kW",
    "mw": "MW",
    "gw": "GW",
    "hp": "hp",
    "ps": "hp",
    "km": "km",
    "kilometres": "km",
    "kilometers": "km",
    "miles": "mi",
    "mi": "mi",
    "mph": "mph",
    "km/h": "km/h",
    "v": "V",
    "volt": "V",
    "volts": "V",
    "nm": "Nm",
    "kg": "kg",
    "cc": "cc",  # engine displacement: "1800cc"
    "litre": "l",
    "litres": "l",
    "liter": "l",
    "liters": "l",
    "tonnes": "t",
    "tons": "t",
    "seconds": "s",
    "second": "s",
    "sec": "s",
    "s": "s",
    "minutes": "min",
    "min": "min",
    "hours": "h",
    "hour": "h",
    "days": "day",
    "day": "day",
    "weeks": "week",
    "week": "week",
    # what a vehicle holds, not how many were sold: "a capacity of 10 and more seats"
    "seats": "seats",
    "seat": "seats",
    "seater": "seats",
    "seaters": "seats",
    "passengers": "passengers",
    "doors": "doors",
    "cylinders": "cylinders",
    "months": "month",
    "month": "month",
    "years": "yr",
    "year": "yr",
    "stores": "store",
    "cities": "city",
    "countries": "country",
    "stations": "station",
    "chargers": "charger",
    "piles": "pile",
}

_MONTHS = "|".join((*MONTHS, *MONTH_ABBREVIATIONS))

# "12 pc" is per cent in Indian and British wire copy (lower case only: "12 PCs" are computers)
PERCENT_WORDS = r"\s?%|[\s-]?percent\b|[\s-]?per\s?cent\b|\s?pct\b|(?-i:\s?pc\b)"
PP_WORDS = r"\s?(?:percentage|percent)\s+points?\b|\s?pp\b|\s?ppts?\b|\s?pts?\b"

# One figure: optional sign, optional currency prefix, the digits, optional scale.
_NUM = re.compile(
    r"""
    (?P<sign>\+\ ?(?=\d)|-(?=\d))?  # "+7.7%", "+ 7.7%" (a spaced minus is a dash: "2020 - 5")
    (?P<cur>(?:RMB|CNY|USD|US\$|HK\$|HKD|EUR|GBP|JPY|KRW|INR|(?-i:\bRs\.?)|
        (?-i:\b(?:S|A|NZ|C|R|NT)\$)|
        # Kenyan shillings, Bangladeshi taka and Nigerian naira against their digits ("Sh1.2 billion",
        # "Tk 40 lakh", "N148bn"; the naira's N only with a scale, never a model's "N7")
        (?-i:\bK?Sh(?=\s?\d))|(?-i:\bTk\.?(?=\s?\d))|(?-i:\bTL(?=\s?\d{1,3}(?:,\d{3})++\b|\s?\d{1,4}(?:\.\d{1,3})?\s?(?:thousand|million|billion|trillion|bn|mn)\b))|
        (?-i:\bN(?=\d{1,3}(?:,\d{3})*+(?:\.\d+)?\s?(?:trillion|billion|million|bn|mn|tn)\b))|
        (?-i:\$(?:US|NZ|AU|A|C|S)(?=\s?\d))|(?-i:\bAU\$)|SGD|AUD|AED|(?-i:\bDhs?|\bNIS|\bRp\.?|\bEuros?)|\$|€|£|¥|₩|₹|₱|
        # the ringgit, the baht and the Philippine peso against their digits ("RM976.0 million", "Bt1.2
        # billion", "P2.5 billion"; the peso's P only with a scale, never a model's "P7")
        (?-i:\bRM(?=\s?\d))|(?-i:\bBt(?=\s?\d))|
        (?-i:\bP(?=\d{1,3}(?:,\d{3})*+(?:\.\d+)?\s?(?:trillion|billion|million|bn|mn|tn)\b))|
        # South African rand, written against the digits, with a scale or grouped thousands ("R41 220
        # million", "R1.5 billion", "R12 500"; never a model's "R8")
        (?-i:\bR(?=\d{1,3}(?:[ ,]\d{3})+\b|\d{1,4}(?:\.\d{1,3})?\s?(?:thousand|million|billion|trillion|bn|mn|m|k)\b))|
        # a code with its scale letter before it, as Nordic reports write amounts ("MSEK 21,480",
        # "MEUR 1,204", "TSEK 812": millions and thousands)
        (?-i:\b["""
    + "".join(SCALED_CODE_LETTERS)
    + "](?:"
    + "|".join(SCALED_CODES)
    + r""")(?=\s?\d))|
        (?-i:\b(?:"""
    + "|".join(OTHER_CURRENCY_CODES)
    + r""")))\s?)?
    (?P<num>\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])(?:\.\d+)?  # Indian grouping: 1,42,350
        |\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?  # 41,440 (never the 1,000 of "1,0000")
        |\d{1,3}(?:'\d{3})+(?![\d'])(?:\.\d+)?  # 9'083, 67’063: grouped by apostrophes
        |\d{1,3}(?:[ ]\d{3})+(?!\d|,\d|\.\d|[ ][-+−]?\d)  # 3 259 (not "260 246 -5.4%", a table row's cells)
        |\d+(?:\.\d+)?)
    (?P<scale>\s?(?:thousand|million|billion|trillion|lakhs?|lacs?|crores?|bn|mn|mln|tn|cr)\b|(?:k|m|b)\b
        |-(?:thousand|million|billion|trillion)\b)?  # ("1.14-million units", "a 2-billion-dollar plant")
    """,
    re.VERBOSE | re.IGNORECASE,
)
_PP = re.compile(rf"(?:{PP_WORDS})", re.IGNORECASE)
# Bare "points" are percentage points when a comparison follows: "1.6 points below the 9.4%",
# "2.3 points higher than", "0.8 points from a year earlier", "5.3 points to 23.4%" (never "85
# points" of a test score)
_BARE_POINTS = re.compile(
    r"(?P<p>\s?points?)(?=\s{1,3}(?:below|above|lower|higher|ahead\s+of|behind|short\s+of|from|on\s+(?:a|the|last)\b|"
    r"compared|year[- ]on[- ]year|versus|vs\b|"
    # ... or the share it moved to: "climbed 5.3 points to 23.4%"
    r"to\s{1,3}\d{1,2}(?:\.\d{1,2})?\s?(?:%|per\s?cent\b|percent\b)))",
    re.IGNORECASE,
)
_SMALL_FIGURE = re.compile(r"(?<![\d,])\d{1,2}(?:\.\d{1,2})?$")
_DECIMAL_COMMA_PERCENT = re.compile(
    # (spaced about the comma, as machine translations write it: "a drop of 3 , 84%"; English puts
    # no space before a comma of its own)
    r"(?:,|[ \t],[ \t]?)(\d{1,2})(?=\s?(?:%|per\s?cent\b|percent\b|percentage\s+points?\b|pp\b))",
    re.IGNORECASE,
)
_DECIMAL_COMMA_SCALE = re.compile(r",(\d{1,2})\s?(million|billion|trillion|mn|bn|mln)\b", re.IGNORECASE)
_PCT = re.compile(rf"(?:{PERCENT_WORDS})", re.IGNORECASE)
_FOLD = re.compile(r"-?\s?fold\b|x\b", re.IGNORECASE)
_WORD = re.compile(r"[^\S\n]?([A-Za-z][A-Za-z/\-]*)")  # (a noun on the next line is another line's)
# The words of CURRENCY_SUFFIX after a figure; its ISO codes only in capitals ("2.58 billion USD")
_SUFFIX_CODES = sorted({k.upper() for k in CURRENCY_SUFFIX if k.upper() in {*CURRENCY_SUFFIX.values(), "RMB"}})
_SUFFIX_WORDS = sorted((k for k in CURRENCY_SUFFIX if k.upper() not in _SUFFIX_CODES), key=len, reverse=True)
_SUFFIX_ALT = "|".join(re.escape(w).replace(r"\ ", r"\s") for w in _SUFFIX_WORDS)
_CUR_SUFFIX = re.compile(rf"\s({_SUFFIX_ALT}|(?-i:{'|'.join(_SUFFIX_CODES)}))\b", re.IGNORECASE)

# Words that turn the following number into an identifier, not a quantity.
_IDENT_BEFORE = re.compile(
    r"(?:\b(?:models?|week|wk|no\.?|number|level|phase|euro|gen|generation|series|class|type|"
    r"version|quarter|q|page|table|figure|step|round|grade|formula|top|ios|android|covid-?)"
    r"|(?-i:[A-Z]{2,16}):|#)\s?$",
    re.IGNORECASE,
)
_WHOLLY_AFTER = re.compile(r"[\s-]{1,2}(?:electric|battery|owned|renewable|pure|natural|recycled)\b", re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s$", re.IGNORECASE)
# "25%+": a rate and more, never the sign of a figure after it ("5%+3%")
_PLUS_AFTER = re.compile(r"\+(?![\d+])")
# the name of a table column after "%": "% chg.", "% Share", "% change"
_COLUMN_AFTER = re.compile(r"\s{1,2}(?:chg|change|share|growth|var|diff|mkt)\b", re.IGNORECASE)
# (read with .match(text, pos): no "^", which would only ever match at the start of the text)
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s(?:of\s)?(?:{_MONTHS})\b", re.IGNORECASE)

_HEDGES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"\b(?:{words})\s$", re.IGNORECASE), kind)
    for words, kind in (
        (r"slightly more than|just over|just above|a little over|slightly over", "just-over"),
        (
            r"more than|(?<!handed )(?<!hands )(?<!hand )(?<!handing )(?<!taken )(?<!took )(?<!takes )"
            # ("34,890 units in May 2024 over 33,258": after a level or its date, "over" compares)
            r"(?<!turned )(?<!turns )(?<![0-9] )(?<!units )(?<!vehicles )(?<!cars )over"
            r"|above|exceed|exceeding|exceeded|exceeds|surpass|surpassed|surpassing|surpasses"
            # (headlines write the present: "Used car market tops 2mn transactions")
            r"|tops|topped|topping|crosses|crossed|crossing|passes|passed|passing|in excess of|upwards of",
            "more",
        ),
        (r"at least|no fewer than|no less than|a minimum of", "atleast"),
        (r"less than|fewer than|under|below|at most|up to|no more than|a maximum of", "less"),
        (r"nearly|almost|close to|just under|just shy of|near|shy of", "nearly"),
        (r"about|approximately|approx\.|around|roughly|some|an estimated|estimated|circa|~", "about"),
    )
)

# Most figures have no hedge: one search rules all of them out.
_ANY_HEDGE = re.compile("|".join(f"(?:{p.pattern})" for p, _ in _HEDGES), re.IGNORECASE)

_YEAR_BEFORE = re.compile(
    rf"(?:\b(?:{_MONTHS})\.?|\b(?:in|since|during|until|by|of|early|late|mid|fiscal|fy))\s$", re.IGNORECASE
)


# an apostrophe that stands for a year's first two digits: after a letter or a space, never a
# possessive's "s" ("Kessel's 12")
# ("Nov'25", "in '22", "Q4'22", "H1'24": a quarter or half glued to it)
_SHORT_YEAR_BEFORE = re.compile(r"(?:[A-Za-z]|\s|(?<!\w)[QH][1-4])['’‘]$", re.IGNORECASE)


def noun_is_far(text: str, end: int) -> bool:
    """Whether words other than the count noun itself follow the figure ("2020 it had sold")."""
    return not re.match(r"\s?[A-Za-z\-]+\b", text[end : end + 2]) or not _WORD_IS_NOUN.match(text, end)


_WORD_IS_NOUN = re.compile(
    r"\s?(?:[A-Za-z\-]{1,30}\s)?(?:units?|vehicles?|cars?|NEVs?|EVs?|BEVs?|PHEVs?)\b", re.IGNORECASE
)


def _decimals(num: str) -> int:
    return len(num.split(".", 1)[1]) if "." in num else 0


def rounding_half_width(num: str, scale: float, percent_like: bool) -> float:
    """Half the rounding step the written figure could imply, reading trailing zeros as rounding.

    "88.71" stands for [88.705, 88.715); a large integer with trailing zeros
    ("505,000", "6,000") is read as rounded to its last non-zero digit. Restatement uses
    this coarse step to compare two copies at their common precision; a figure's own
    interval uses ``exact_half_width`` and ``round_half_width``.
    """
    digits = _ungrouped(num)
    d = _decimals(digits)
    if d:
        return 0.5 * 10.0 ** (-d) * scale
    if percent_like or scale != 1.0:
        return 0.5 * scale
    stripped = digits.rstrip("0")
    zeros = len(digits) - len(stripped)
    if int(digits or 0) >= 1000 and zeros >= 2 and stripped:
        return 0.5 * 10.0**zeros
    return 0.0  # a count of vehicles is exact


def written_digits(q: Quantity) -> tuple[str, float] | None:
    """The figure's digits as written and what one of them is worth: "1.2 million" is
    ("1.2", 1,000,000), "6,150 units" ("6,150", 1); None for a figure with no digits or zero."""
    m = re.search(r"\d[\d, ]*(?:\.\d+)?", q.text)
    if not m:
        return None
    num = m.group().strip().rstrip(",")
    try:
        base = float(_ungrouped(num))
    except ValueError:
        return None
    if base == 0:
        return None
    scale = abs(q.value) / base
    scale = 10.0 ** round(math.log10(scale)) if scale > 0 else 1.0
    return num, scale


def exact_half_width(num: str, scale: float, percent_like: bool) -> float:
    """Half the rounding step the figure stands for as written.

    A figure written out in full ("100,000", "6,150") is exact; a decimal, a percentage
    or a scaled figure ("1.2 million", "RMB 2 billion", "10k") stands for its last written
    digit.
    """
    digits = _ungrouped(num)
    if _decimals(digits) or percent_like or scale != 1.0:
        return rounding_half_width(num, scale, percent_like)
    return 0.0


def round_half_width(num: str, scale: float, percent_like: bool) -> float:
    """The extra half-width a round figure written out in full would have if the reporter had
    rounded it ("176,000" for 176,213): to its last non-zero digit, but never coarser than
    two significant figures ("100,000" may stand for 95,000..105,000, not 50,000..150,000).
    0 for a figure that does not look rounded. The judge uses it only to soften a verdict."""
    if exact_half_width(num, scale, percent_like):
        return 0.0
    digits = _ungrouped(num)
    stripped = digits.rstrip("0")
    zeros = len(digits) - len(stripped)
    if int(digits or 0) < 1000 or zeros < 2 or not stripped:
        return 0.0
    return 0.5 * 10.0 ** min(zeros, len(digits) - 2)


# "grew by 5.4%, up to 272,801": after a rate, "up to" leads to the level reached, not a bound
_RATE_THEN_UP_TO = re.compile(r"(?:%|\bper\s?cent|\bpercent)\s{0,3},?\s{0,3}up\s+to\s$", re.IGNORECASE)
# "registrations moved up to 21,389", "sales went up to 4,120": a verb of motion before "up to"
_MOVED_UP_TO = re.compile(
    # (any verb in the past with its particle: "revved up to 22%", "picked up to", "ramped up to")
    r"\b(?:[a-z]{2,}ed|moves|move|went|goes|go|gone|shot|rose|risen|crept|"
    # "total car sales up to 10,095 units as compared to 9,987": the metric rose to the figure
    r"sales|deliveries|registrations|exports|shipments|production|output)\s+up\s+to\s$",
    re.IGNORECASE,
)


def hedge_before(text: str, pos: int) -> tuple[str | None, int]:
    """The hedge word right before ``pos`` and where it starts."""
    window = text[max(0, pos - 24) : pos]
    if not window[-1:].isspace() or not _ANY_HEDGE.search(window):
        return None, pos
    for pattern, kind in _HEDGES:
        m = pattern.search(window)
        if m:
            start = pos - len(window) + m.start()
            if _THAN.match(m.group()) and _AMOUNT_THEN_THAN.search(text, max(0, start - 30), start):
                # "2 percent more than 9,800", "600 units fewer than", "up 9% over 286,600",
                # "4 per cent below 51,000": a comparison, no hedge
                return None, pos
            return kind, start
    return None, pos


_THAN = re.compile(r"(?:more|less|fewer)\s+than\b|(?:over|above|below|under)\s$", re.IGNORECASE)
_AMOUNT_THEN_THAN = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))[\d,.]{0,14}+\s?"
    r"(?:%|per\s?cent|percent|pct|units?|vehicles?|cars?|vans?|trucks?)\s{1,3}+"
    # ("a 41 percent growth over 1,210 vehicles": the change's noun between)
    rf"(?:{alt((*RISE_NOUNS, *FALL_NOUNS))}\s{{1,3}}+)?$",
    re.IGNORECASE,
)


def apply_hedge(value: float, half: float, hedge: str | None) -> tuple[float, float]:
    """The interval a hedged, rounded figure stands for."""
    lo, hi = value - half, value + half
    mag = abs(value)
    if hedge is None:
        return lo, hi
    if hedge == "about":
        slack = max(2 * half, 0.03 * mag)
        return value - slack, value + slack
    if hedge == "nearly":
        # "nearly 30%" may stand for 27%, but "almost 28%" for 27-28% only: a figure whose last
        # written digit is not a zero is approached within one step of that digit
        slack = 0.10 * mag
        if half > 0:
            steps = mag / (2 * half)
            if math.isclose(steps, round(steps)) and round(steps) % 10:
                slack = min(slack, 2 * half)
        return value - max(2 * half, slack), hi
    if hedge in ("more", "atleast"):
        return value - (half if hedge == "atleast" else 0.0), math.inf
    if hedge == "just-over":
        return value, value + max(2 * half, 0.15 * mag)
    if hedge == "less":
        return -math.inf, value
    return lo, hi


def _next_noun(text: str, pos: int) -> tuple[str | None, int]:
    """The count noun within three words after ``pos`` ("210,295 new energy vehicles")."""
    cur = pos
    for _ in range(4):
        m = _WORD.match(text, cur)
        if not m:
            return None, pos
        word = m.group(1)
        low = word.lower().strip("-")
        if low in COUNT_NOUNS:
            return low, m.end()
        if low in ("and", "or") and cur > pos:
            # "534,700 powered two- and three-wheelers", "500 new and used cars": the noun the
            # words on either side share, after "and" (never right after the figure: "12,000 and 4,000")
            cur = m.end()
            continue
        if low in _STOP or not (word[0].isalpha()):
            return None, pos
        cur = m.end()
    return None, pos


_STOP = frozenset(
    """a an the in on at of to from for by with and or but as than that which who this
    its their his her our is are was were be been up down year years month months week weeks
    day days last previous same period compared versus vs per each every""".split()
)


# A percent sign glued to the front of a figure, after a space or an opening bracket: " %46.9"
_PERCENT_SIGN_BEFORE = re.compile(r"(?:[\s(]|^)%(?=\d)")


def _unit_after(text: str, end: int) -> tuple[str | None, str | None, int]:
    """(unit, noun, new_end) for the words right after a figure."""
    m = _PP.match(text, end)
    if m:
        return "pp", None, m.end()
    m = _BARE_POINTS.match(text, end)
    if m and _SMALL_FIGURE.search(text, max(0, end - 6), end):
        return "pp", None, m.end("p")
    m = _PCT.match(text, end)
    if m:
        return "percent", None, m.end()
    m = _CUR_SUFFIX.match(text, end)
    if m:
        return CURRENCY_SUFFIX[m.group(1).lower()], None, m.end()
    m = _FOLD.match(text, end)
    if m:
        return "multiple", None, m.end()
    m = _ENERGY_WORDS.match(text, end)
    if m:
        return _ENERGY_UNIT[m.group(1).lower()], None, m.end()  # "12.1 gigawatt-hours" is 12.1 GWh
    noun, noun_end = _next_noun(text, end)
    if noun:
        return "count", noun, noun_end
    m = _DAYS_OF_KIND.match(text, end)
    if m:
        return "day", None, m.end()  # "25 selling days": a span of time, not a level sold
    m = _OR_MORE_UNIT.match(text, end)
    if m and m.group(1).lower() in OWN_UNITS:
        return OWN_UNITS[m.group(1).lower()], None, end  # "10 and more seats": the bound's own unit
    m = _UNIT_WORD.match(text, end)
    if m:
        word = m.group(1)
        if word.lower() == "v" and _VERSUS_FIGURE.match(text, m.end()):
            return None, None, end  # "56,110 v (2016) 61,295": versus, not volts
        unit = OWN_UNITS.get(word.lower())
        if unit in ("yr", "month", "week") and _AGO_AFTER_UNIT.match(text, m.end()):
            return None, None, end  # "1,409,519 year-ago": the level of a year before, no span of years
        if unit:
            return unit, None, m.end()
        if _looks_like_unit(word):
            from factcheck.units import parse_unit  # lazy: quantulum3 only when needed

            found = parse_unit(f"1 {word}")
            if found is not None:
                return found[1], None, m.end()
    return None, None, end


# after a "v", the figure it is set against, maybe after that figure's year: " 61,295", " (2016) 61,295"
_VERSUS_FIGURE = re.compile(r"\s{1,3}(?:\(\s?(?:19|20)\d\d\s?\)\s{1,3})?[-+]?\d")
_PER_CURRENCY = re.compile(rf"\s?/\s?({'|'.join(_CODES_AFTER)})\b")
_OTHER_AMOUNT = re.compile(r"\s?(?:[€$£¥₩₹]|[A-Z]{3}\b)")
# ("1,409,519 year-ago"; "grew to 4,870 year-on-year", "41,250 year to date": the basis of a change or
# a running total said right after the level, no span of years)
_AGO_AFTER_UNIT = re.compile(
    r"-(?:ago|earlier|before)\b|[\s-](?:on|over)[\s-](?:the[\s-])?(?:year|month|week|quarter)\b|[\s-]to[\s-]date\b",
    re.IGNORECASE,
)
_DAYS_OF_KIND = re.compile(r"\s{1,2}(?:selling|working|trading|business|calendar|school|sales)\s{1,2}days?\b", re.I)
_OR_MORE_UNIT = re.compile(r"\s{1,3}(?:and|or)\s{1,3}(?:more|fewer|less|above|over|up)\s{1,3}([a-z]{4,10})\b", re.I)
_ENERGY_WORDS = re.compile(r"\s?(giga|mega|kilo)watt[- ]?hours?\b", re.IGNORECASE)
_ENERGY_UNIT = {"giga": "GWh", "mega": "MWh", "kilo": "kWh"}
_UNIT_WORD = re.compile(r" ?([A-Za-z°µ][A-Za-z/°²³]{0,7})(?![A-Za-z])")


def _looks_like_unit(word: str) -> bool:
    """An abbreviation (kWh, mpg, Nm) rather than an English word (in, vehicles)."""
    low = word.lower()
    if low in _STOP or low in COUNT_NOUNS or low in SCALE or low == "n/a":
        return False
    if word.isupper() and "/" not in word:
        return False  # "NIO", "ES", "VAMA": a brand, a model or a body, never a unit (ours name "kWh", "GWh")
    return "/" in word or (len(word) <= 4 and (any(c.isupper() for c in word[1:]) or low in _ABBREV))


_ABBREV = frozenset("mpg mpge kwh wh lb lbs ft in cc l ml bhp rpm psi mah kph".split())


def _split_spaced(text: str, found: Iterator[re.Match[str]], end: int) -> Iterator[re.Match[str]]:
    """Figures grouped by spaces ("3 259", "1 204 560") are read whole, except a run of three groups
    or more on a line that groups by commas ("Wagon 812 604 577 741" among "4,210 3,365" cells):
    there each group is a cell of its own."""
    for m in found:
        num = m.group("num")
        if num.count(" ") < 2:
            yield m  # ("6,150 ... from 3 259": two groups are one figure written another way)
            continue
        # (its line, bounded: a text of one endless line must not make every figure read all of it)
        line_start = max(text.rfind("\n", max(0, m.start() - 200), m.start()) + 1, m.start() - 200)
        line_end = text.find("\n", m.end(), m.end() + 200)
        line = text[line_start : min(end, m.end() + 200) if line_end < 0 else line_end]
        if not _GROUPED.search(line):
            yield m
            continue
        pos = m.start()
        for g in re.finditer(r"\d+", num):
            cell_end = m.start("num") + g.end()
            n = _NUM.match(text, pos, cell_end)
            if n is not None:
                yield n
            pos = cell_end + 1


def iter_quantities(
    text: str, start: int = 0, end: int | None = None, sentence: int = -1, dots: bool = False
) -> Iterator[Quantity]:
    """Every figure in ``text[start:end]``, with offsets into ``text``; ``dots``: the text groups
    thousands by dots (``groups_thousands_by_dots``).

    ``text`` must already be ``normalise``d.
    """
    qs = list(_figures_read(text, start, end, sentence, dots))
    _listed_rates(text, qs)
    yield from qs


# "climbed 84 and 162.5 percent", "fell 3, 5 and 8 per cent": the rates of a change listed with
# one percent sign, the last; only after the words of a change, as "Kessel with 1,689 and 11%"
# lists a level and its share
_RATE_LIST_JOIN = re.compile(r"\s{0,2}+(?:,\s{0,2}+(?:and\s{1,3}+)?|and\s{1,3}+|&\s{1,3}+)")
_CHANGE_BEFORE_LIST = re.compile(CHANGE_AMOUNT_BEFORE, re.IGNORECASE)


def _listed_rates(text: str, qs: list[Quantity]) -> None:
    for i, q in enumerate(qs):
        if q.unit != "percent":
            continue
        j = i
        while (
            j > 0
            and qs[j - 1].unit is None
            and "," not in qs[j - 1].text  # ("up by 3,000 and 5%": a count is grouped, a rate never)
            and _RATE_LIST_JOIN.fullmatch(text, qs[j - 1].end, qs[j].start)
        ):
            j -= 1
        if j < i and _CHANGE_BEFORE_LIST.search(text, max(0, qs[j].start - 40), qs[j].start):
            for k in range(j, i):
                qs[k] = replace(qs[k], unit="percent")


def _figures_read(text: str, start: int, end: int | None, sentence: int, dots: bool) -> Iterator[Quantity]:
    end = len(text) if end is None else end
    spelled = list(_spelled(text, start, end, sentence))
    prev: Quantity | None = None
    money: Quantity | None = None  # the last sum of money said outside brackets
    for m in _split_spaced(text, _figures(text, start, end), end):
        q = _read(text, m, sentence, dots)
        if q is None or (prev is not None and q.start < prev.end):
            continue  # (or the decimals of the figure before: "3 , 84%")
        q = _bracketed_prior(text, money, _elided_currency(text, money, q))
        if not _IN_BRACKET_BEFORE.search(text, max(0, q.start - 3), q.start) and q.unit not in ("percent", "pp"):
            money = q if q.is_currency else None  # (another figure between: "$3 billion, 2.1 million cars")
        if prev is not None:
            while spelled and spelled[0].start < prev.start:
                yield spelled.pop(0)
            yield _range_unit(text, prev, q)
        prev = q
    while spelled and (prev is None or spelled[0].start < prev.start):
        yield spelled.pop(0)
    if prev is not None:
        yield prev
    yield from spelled


_CARDINALS = {**NUMBER_WORDS, **TEEN_WORDS, **TENS_WORDS}
_UNITS_RE = "|".join(w for w, n in NUMBER_WORDS.items() if n < 10)
_ONE_TO_NINETEEN = "|".join(sorted({**NUMBER_WORDS, **TEEN_WORDS}, key=len, reverse=True))
# A rate or a scaled figure spelled in words: "seven per cent", "twenty-five percent", "two million"
# (a bare number word counts too many things, "one of the two", to be read as a figure)
_SPELLED = re.compile(
    rf"\b(?P<w>(?:{'|'.join(TENS_WORDS)})(?:[\s-](?:{_UNITS_RE}))?|{_ONE_TO_NINETEEN})"
    r"(?=[\s-]?(?:percent|per\s?cent)\b|\s(?:thousand|million|billion|trillion)\b)",
    re.IGNORECASE,
)
_ANY_SPELLED = re.compile(r"per\s?cent|percent|thousand|million|billion|trillion", re.IGNORECASE)


def _spelled(text: str, start: int, end: int, sentence: int) -> Iterator[Quantity]:
    """Figures written in words, read as their digits would be: the words are swapped for the
    digits in a window of the text, and the figure read there is moved back to the words' span."""
    if not _ANY_SPELLED.search(text, start, end):
        return
    for m in _SPELLED.finditer(text, start, end):
        words = re.split(r"[\s-]", m.group("w").lower())
        digits = str(sum(_CARDINALS[w] for w in words))
        lo = max(0, m.start() - 60)
        window = text[lo : m.start()] + digits + text[m.end() : min(len(text), m.end() + 60)]
        n = _NUM.match(window, m.start() - lo)
        q = _read(window, n, sentence) if n is not None else None
        if q is None:
            continue
        shift = len(m.group("w")) - len(digits)
        q_start, q_end = q.start + lo, q.end + lo + (shift if q.end > m.start() - lo else 0)
        yield replace(q, start=q_start, end=q_end, text=text[q_start:q_end])


# A figure's first digit is at most this many characters into its match ("RMB 5", "US$ 5", "Euros 5").
_LEAD = 6
_DIGIT = re.compile(r"\d")
# a number word, then the bracket a figure opens ("three (")
_WORD_BRACKET = re.compile(r"\b([A-Za-z]{3,6})\s?\($")


def _figures(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``_NUM.finditer(text, start, end)``, each search started a few characters before the next
    digit: ``_NUM`` opens with optional groups, so the regex engine tries it at every position,
    while a bare digit search skips the words between figures quickly. A match in between would
    need a digit within ``_LEAD`` characters of its start, and there is none."""
    pos = start
    while True:
        d = _DIGIT.search(text, pos, end)
        if d is None:
            return
        m = _NUM.search(text, max(pos, d.start() - _LEAD), end)
        if m is None:
            return
        yield m
        pos = m.end()


# "between 1400 and 1800cc", "from 1.5 to 2.0 litres", "1.5-2.0 kWh": the first figure of a
# range is written without the unit of the second.
_RANGE_JOIN = re.compile(r"\s{0,3}(?:and|to|-|–)\s{0,3}$")


# "to 2.61 billion euros ($2.85 billion) from 2.2 billion": the baseline's currency left unsaid
_COMPARED_BEFORE = re.compile(rf"(?:\bfrom|(?<![\w-]){VERSUS})\s{{1,3}}+(?:the\s{{1,3}}+)?$", re.IGNORECASE)
_IN_BRACKET_BEFORE = re.compile(r"\(\s{0,2}+$")
_MONEY_GAP = 90  # how far back the sum of money whose currency a bare figure takes may be


def _elided_currency(text: str, money: Quantity | None, q: Quantity) -> Quantity:
    """A bare figure with a scale, named as a baseline right after a sum of money, is in that money's
    currency: "rose to 1.2 trillion won from 980 billion", "to EUR 2.61 billion from 2.2 billion"."""
    if (
        money is None
        or q.unit is not None
        or not _SCALED.search(q.text)
        or q.start - money.end > _MONEY_GAP
        or not _COMPARED_BEFORE.search(text, max(0, q.start - 30), q.start)
        or re.search(r";|\.\s++[A-Z]", text[money.end : q.start])  # (not past a sentence's end; "vs." is none)
    ):
        return q
    return replace(q, unit=money.unit)


_SCALED = re.compile(r"\d\s?(?:thousand|million|billion|trillion|bn|mn|tn)\b", re.IGNORECASE)
_SCALED_CODE = re.compile(f"([{''.join(SCALED_CODE_LETTERS).lower()}])({'|'.join(SCALED_CODES).lower()})")
_CODE_SCALE = {k.lower(): v for k, v in SCALED_CODE_LETTERS.items()}
# "to EUR 1,544 million (1,320)", "MSEK 21,480 (19,076)": the prior period's figure in brackets right
# after the amount, in its currency and scale
_BRACKET_OPEN = re.compile(r"\s?\(\s?")
_BRACKET_SHUT = re.compile(r"\s?\)")
_DIGITS = re.compile(r"\d[\d,.' ]*")


def _bracketed_prior(text: str, money: Quantity | None, q: Quantity) -> Quantity:
    if (
        money is None
        or q.unit is not None
        or not _BRACKET_OPEN.fullmatch(text, money.end, q.start)
        or not _BRACKET_SHUT.match(text, q.end)
    ):
        return q
    if _SCALED.search(q.text):
        return replace(q, unit=money.unit)
    m = _DIGITS.search(money.text)
    try:
        written = float(_ungrouped(m.group().strip())) if m else 0.0
    except ValueError:
        return q
    factor = money.value / written if written else 0.0
    if not any(math.isclose(factor, f, rel_tol=1e-9) for f in (1.0, 1e3, 1e5, 1e6, 1e7, 1e9, 1e12)):
        return q
    return replace(
        q,
        unit=money.unit,
        value=q.value * factor,
        lo=q.lo * factor,
        hi=q.hi * factor,
        round_half=q.round_half * factor,
    )


def _range_unit(text: str, first: Quantity, second: Quantity) -> Quantity:
    if first.unit is not None or second.unit in (None, "count", "percent", "pp") or second.start - first.end > 6:
        return first
    if not _RANGE_JOIN.match(text, first.end, second.start):
        return first
    return replace(first, unit=second.unit)


_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")
# Thousands grouped by dots, as much of Europe writes them, before what is counted whole.
# What is counted whole, right after its figure: "11.084 new cars", "1.9 k buses"
_COUNTED_WHOLE = r"\s(?:new\s)?(?:units|vehicles|cars|registrations|motorcycles|trucks|buses|vans|sales)\b"
_SPACED_MILLION = re.compile(r" M\b(?![-'’])")
_SPACED_K = re.compile(
    rf"\s[kK](?={_COUNTED_WHOLE})"
    # (a capital K spaced from its figure before a date or the list's next item: "910 K in 2008 and
    # 630 K in 2009", as tables of thousands write it in the text around them)
    r"|\sK(?=\s(?:in|and|or|to|from|a|per)\s|[,;)])"
)
_COUNTED = re.compile(_COUNTED_WHOLE, re.IGNORECASE)
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_SHARE_OF_BEFORE = re.compile(r"\bshare\s(?:of|at|was|is|stood\sat)\s$", re.IGNORECASE)
_PERCENT_AFTER = re.compile(r"\s?(?:%|per\s?cent\b|percent\b)", re.IGNORECASE)
# A count grouped by dots that only a thousands separator explains: two groups ("1.234.567") or
# one before what is counted whole ("11.084 units")
_DOT_COUNT = re.compile(
    rf"(?<![\d.,])\d{{1,3}}\.\d{{3}}\.\d{{3}}(?![\d.,]\d)|(?<![\d.,])\d{{1,3}}\.\d{{3}}(?={_COUNTED_WHOLE})",
    re.IGNORECASE,
)
_COMMA_GROUP = re.compile(r"(?<![\d.,])\d{1,3},\d{3}(?![\d])")
# "work machines 5.608 or 0.49 percent": a level said again as its share is a count
_OR_SHARE_AFTER = re.compile(r"\s{1,3}or\s{1,3}\d{1,2}(?:[.,]\d{1,2})?\s?(?:%|per\s?cent\b|percent\b)", re.I)
_YEAR_NEXT = re.compile(r"\s{1,2}+(?:19|20)\d\d\b")
# "9M 2025": the months-of-a-year label right before a year
_MONTHS_LABEL_BEFORE = re.compile(r"(?<![\w.,])\d{1,2}M\s{1,2}$")
_SPAN_AFTER = re.compile(r"-(?:month|year|week|day|quarter)(?![\w-])", re.IGNORECASE)
_ATTRIBUTE_AFTER = re.compile(rf"-(?:{'|'.join(VEHICLE_ATTRIBUTES)})s?\b", re.IGNORECASE)
_PLATE_NAME = re.compile(r"(?<![\d,.])(\d{3})(?=[\s-](?:registration\s+(?:period|plates?)|plates?|reg)\b)", re.I)


@functools.lru_cache(maxsize=8)
def _plate_names(text: str) -> frozenset[str]:
    """The numbers an article uses as names of registration periods."""
    return frozenset(_PLATE_NAME.findall(text))


_TICKER_AFTER = re.compile(r"\.(?:KS|KQ|T|HK|SS|SZ|TW|TWO|BO|NS|SR|AX|PA|DE|MI|L)\b")
_AGE_BEFORE = re.compile(r"\b(?:older|younger|newer)\s+than\s+$|\baged\s+(?:over\s+|under\s+)?$", re.IGNORECASE)
# "from 10.863 to 14,042 units": a count going to a count grouped by commas is one too
_TO_COMMA_COUNT = re.compile(r"\s{1,3}to\s{1,3}\d{1,3},\d{3}(?![\d,.])")
_COMMA_RATE = re.compile(r"(?<![\d.,])\d{1,3},\d{1,2}\s?(?:%|per\s?cent\b|percent\b)", re.IGNORECASE)
_POINT_RATE = re.compile(r"(?<![\d.,])\d{1,3}\.\d{1,2}\s?(?:%|per\s?cent\b|percent\b)", re.IGNORECASE)
_DOT_THOUSANDS_BARE = re.compile(r"(?<![\d.,])\d{1,3}\.\d{3}(?![\d.,]\d)")


def _written_with_commas(text: str, grouped: str) -> bool:
    """Whether ``text`` writes the count ``grouped`` ("206,000") as a figure of its own, bounded
    by no digit (a plain search: a pattern per figure would be compiled for every one)."""
    at = text.find(grouped)
    while at >= 0:
        end = at + len(grouped)
        before = text[at - 1] if at else " "
        after = text[end : end + 2]
        if not (before.isdigit() or before in ".,") and not (
            after[:1].isdigit() or (after[:1] in ".," and after[1:2].isdigit())
        ):
            return True
        at = text.find(grouped, at + 1)
    return False


def groups_thousands_by_dots(text: str) -> bool:
    """Whether ``text`` writes thousands as "11.788 sales" rather than as "11,788" (at least twice as
    often, a stray comma aside), or does so at least twice among commas (a text typed by two hands,
    "5.805 vehicles" and "32.940 vehicles" beside "60,041"): then every bare "9.150" in it is a
    count, not a figure with three decimals."""
    dots = len(_DOT_COUNT.findall(text))
    if dots >= 2 or (dots > 0 and dots >= 2 * len(_COMMA_GROUP.findall(text))):
        return True
    # a text that writes its rates with a decimal comma ("a fall of 2,5%") and none with a point
    # groups thousands by dots: "numbered 4.137"
    return (
        _COMMA_RATE.search(text) is not None
        and _POINT_RATE.search(text) is None
        and _DOT_THOUSANDS_BARE.search(text) is not None
        and not _COMMA_GROUP.search(text)
    )


# The two counts of a ratio in words: "six in 10", "1 in 4", "one out of every five"
_RATIO_COUNT = rf"(?:{'|'.join(w for w, n in NUMBER_WORDS.items() if n <= 20)}|\d{{1,2}})"
_RATIO_BEFORE = re.compile(rf"\b{_RATIO_COUNT}\s+(?:in|out\s+of)\s+(?:every\s+)?$", re.IGNORECASE)
_RATIO_AFTER = re.compile(
    rf"^\s++(?:in|out\s+of)\s+(?:every\s+)?{_RATIO_COUNT}\b(?!\s*(?:%|per\s?cent|percent|[.,]\d))", re.IGNORECASE
)
_GLUED_RANGE = re.compile(r"[-–]\d[\d.,]{0,12}(?P<glued>[A-Za-z]+)?")


def _glued_range_unit(text: str, e: int) -> str | None:
    """ "1600-2000cc", "40-60 kWh": the unit of a range's second figure, which the reader skips
    (glued to the dash), is the first figure's too; a count stays no unit of its own."""
    m = _GLUED_RANGE.match(text, e)
    if m is None:
        return None
    if m.group("glued"):
        return OWN_UNITS.get(m.group("glued").lower())
    unit = _unit_after(text, m.end())[0]
    return unit if unit not in ("count", "percent", "pp") else None


# The rest of a table row after a cell: two figures or more to the end of the line, at least one of
# them no year ("1980 2311 -14.32 2.17%", never "2016 2017" of a header)
_ROW_OF_FIGURES = re.compile(
    r"(?=(?:[ \t]{1,8}+[-+−]?\d[\d,.]{0,14}+%?){0,11}?[ \t]{1,8}+(?!(?:19|20)\d\d\b)[-+−]?\d[\d,.]{0,14}+%?)"
    r"(?:[ \t]{1,8}+[-+−]?\d[\d,.]{0,14}+%?){2,12}+[ \t]{0,8}+(?:\n|$)"
)
# ... or it is a cell of a piped row whose cells go on with a change: "Vans | 1702 | 1961 | -13.2% |"
# (a header's "| 2024 | 2023 | % chg |" has no figure with its percent sign)
_PIPED_DATA_CELL = re.compile(r"[ \t]{0,4}+\|(?=[^\n]{0,80}?[ \t|][-+−]?\d[\d.,]{0,8}+[ \t]?%[ \t]{0,4}+(?:\||\n|$))")
# Four digits a change moves to or from, against a figure that is no year: "declined 7.8% to 1998 from
# 2,168", "fell to 1998 from 2,168", "up from 1,850 to 1998" (levels, not years; never "in September
# 2022 from 5,969")
_TO_BEFORE = re.compile(r"\bto\s{1,3}+$", re.IGNORECASE)
_LEVEL_BEFORE_CHANGE = re.compile(r"\s{1,3}+from\s{1,3}+(?!(?:19|20)\d\d\b)\d[\d,]{1,12}+\b")
_LEVEL_AFTER_CHANGE = re.compile(
    r"(?:(?:%|\bper\s?cent|\bpercent)\s{1,3}+|\bfrom\s{1,3}+(?!(?:19|20)\d\d\b)\d[\d,]{1,12}+\s{1,3}+)to\s{1,3}+$",
    re.IGNORECASE,
)
# ... unless the four digits date what follows: "fell 20% to 2019 levels"
_LEVELS_OF_A_YEAR = re.compile(r"\s{1,3}+(?:levels?|highs?|lows?|figures?|volumes?)\b", re.IGNORECASE)
# What a year right before it dates: a metric, maybe after the class of vehicles it counts
_YEAR_OF_METRIC = re.compile(
    r"\s(?:(?:new|domestic|local|total|overall|annual|global|retail|wholesale|imported|import|export|used)\s+){0,2}"
    r"(?:(?:passenger\s+)?(?:cars?|vehicles?|autos?|trucks?|EVs?)\s+)?"
    r"(?:sales|deliveries|registrations|orders|models?|market|results|figures|forecast|outlook)\b",
    re.IGNORECASE,
)


def _read(text: str, m: re.Match[str], sentence: int, dots: bool = False) -> Quantity | None:
    s, e = m.start(), m.end()
    num = m.group("num")
    before = text[max(0, s - 30) : s]
    after = text[e : e + 30]
    # Glued to letters or dots on the left: a model name or code (ID.4, M5, SU7, P7+).
    if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "._/,:" or (text[s - 1] == "-" and not m.group("sign"))):
        # (an amount in another currency after a slash: "$48.7 billion/€43.9 billion")
        if not (
            m.group("cur") and (text[s - 1] == " " or (text[s - 1] == "/" and text[max(0, s - 8) : s - 1].strip()))
        ):
            return None
    if after[:1] and (after[0] in "/_" or (after[0] == "." and after[1:2].isdigit())):
        # ("$48.7 billion/€43.9 billion": an amount, then its other conversion)
        if not (after[0] == "/" and m.group("cur") and _OTHER_AMOUNT.match(after, 1)):
            return None  # 5/7 dates, version strings
    comma_scale = ""
    comma = _DECIMAL_COMMA_PERCENT.match(text, e) if num.isdigit() and len(num) <= 3 else None
    if comma:
        # "71,8%", "4,4 per cent": a thousands group has three digits, so one or two after the
        # comma of a percent can only be its decimals
        num, e = f"{num}.{comma.group(1)}", comma.end(1)
        after = text[e : e + 30]
    elif after[:1] == "," and after[1:2].isdigit():
        scaled = _DECIMAL_COMMA_SCALE.match(text, e) if num.isdigit() and len(num) <= 3 else None
        if scaled is None:
            return None  # "1.234,5": a European decimal comma we will not guess at
        # "1,19 million": one or two digits after the comma of a scaled figure are its decimals
        num, e, comma_scale = f"{num}.{scaled.group(1)}", scaled.end(), scaled.group(2).lower()
        after = text[e : e + 30]
    scale_word = comma_scale or (m.group("scale") or "").strip().lstrip("-").lower()
    # A one-letter scale only counts glued to the digits ("300k", "1.5bn"), not "5 m".
    if scale_word in ("m", "b", "k") and m.group("scale").startswith(" "):
        e = m.start("scale")
        scale_word = ""
    if not scale_word and m.group("cur") and (sm := _SPACED_MILLION.match(text, e)):
        e, scale_word = sm.end(), "m"  # "SEK 14,074 M": millions, as financial reports write them
    if not scale_word and (k := _SPACED_K.match(text, e)):
        e, scale_word = k.end(), "k"  # "2.4 k vans": a thousand, before what is counted
    if scale_word == "m" and num.isdigit() and len(num) <= 2 and _YEAR_NEXT.match(text, e):
        return None  # "9M 2024", "6M 2023": the first months of a year, as reports name a period
    # Attached letters that are not a scale: an ordinal or a code (300,000th, 800V, ES8s).
    if text[e : e + 1].isalpha() and not scale_word:
        glued = re.match(r"[A-Za-z]+", text[e : e + 8])
        unit = OWN_UNITS.get(glued.group().lower()) if glued else None
        # "24pc", "12.8pct": per cent glued to the digits (lower case: "24PC" is no rate)
        if glued and glued.group() in ("pc", "pct"):
            unit = "percent"
        if not unit or glued.group().lower() in ("s", "st", "nd", "rd", "th"):
            return None
    # (the regex searches last: most figures are ruled in or out by their digits alone)
    if not m.group("cur") and not _GROUPED.fullmatch(num) and _IDENT_BEFORE.search(before):
        return None  # "Model 3", "week 36", "Q 2"; but "in the second quarter 443,956" is a figure
    if "," not in num and "." not in num and len(num) <= 2 and not m.group("cur"):
        if _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(text, e):
            return None  # a day of the month
    if text[e : e + 1] == ":" and text[e + 1 : e + 2].isdigit():
        return None  # a time of day
    if num.isdigit() and _TICKER_AFTER.match(text, e):
        return None  # "(005380.KS)", "(7203.T)": a stock's ticker
    if _ATTRIBUTE_AFTER.match(text, e) and not m.group("cur"):
        return None  # "231-plate cars", "7-seater", "8-speed": what a vehicle is, not how many
    if _SPAN_AFTER.match(text, e) and not m.group("cur"):
        return None  # "the previous 12-month period", "a 10-year low": how long a period is, not how many
    if num.isdigit() and len(num) == 3 and not m.group("cur") and num in _plate_names(text):
        # "the 162 registration period", "the 241 plate": a registration period's name, wherever the
        # article writes it ("dealers expect 242 to be busy")
        return None
    if _AGE_BEFORE.search(before) and not m.group("cur"):
        return None  # "vehicles older than 27", "cars aged 10 or more": an age, no figure to check
    if before.endswith((" per ", " for every ")) and not m.group("cur"):
        return None  # "16.2 cars per 1,000 people", "6 litres per 100 km": the unit's own denominator
    if (
        text[e : e + 1] == ")"
        and num.isdigit()
        and (w := _WORD_BRACKET.search(before))
        and NUMBER_WORDS.get(w[1].lower()) == int(num)
    ):
        return None  # "three (3) wheelers": the digits only gloss the word before them
    if num.isdigit() and (_RATIO_BEFORE.search(before) or _RATIO_AFTER.match(after)):
        return None  # "almost six in 10", "one out of every 4", "1 in 4": a ratio said in words
    if (
        not scale_word
        and not m.group("cur")
        and _DOT_THOUSANDS.fullmatch(num)
        and (
            _COUNTED.match(text, e)
            or (dots and not _PERCENT_AFTER.match(text, e))
            or _TO_COMMA_COUNT.match(text, e)
            or _OR_SHARE_AFTER.match(text, e)
            # ("New registrations 206.000" in a table under a text that says "206,000": one count)
            or _written_with_commas(text, num.replace(".", ","))
        )
    ):
        # "11.084 new cars were registered": a count has no decimals; in a text that groups
        # thousands by dots, "registrations at 9.150" is a count too
        num = num.replace(".", ",")
    scale = SCALE.get(scale_word, 1.0)
    digits = _ungrouped(num)
    try:
        base = float(digits)
    except ValueError:
        return None
    if not math.isfinite(base):
        return None
    cur = (m.group("cur") or "").strip().lower()
    if (code := _SCALED_CODE.fullmatch(cur)) is not None:
        cur = code.group(2)
        if not scale_word:
            scale = _CODE_SCALE[code.group(1)]
    value = base * scale
    if cur in ("euro", "euros") and not scale_word and len(digits) <= 2:
        return None  # "Euro 6": an emission standard, not six euros
    unit: str | None = CURRENCY_PREFIX.get(cur) if cur else None
    noun = None
    unit_end = e
    # "(41.8)%": a fall, in the brackets accounts put a negative figure in
    bracketed = not m.group("sign") and s > 0 and text[s - 1] == "(" and text[e : e + 2] == ")%"
    if bracketed:
        unit, unit_end = "percent", e + 2
    sign_first = unit is None and not m.group("sign") and bool(_PERCENT_SIGN_BEFORE.match(text, max(0, s - 2)))
    if sign_first:
        # "plummeted %46.9": the sign written before the figure, as Turkish copy does
        unit = "percent"
    if unit is None:
        unit, noun, unit_end = _unit_after(text, e)
        if unit is None and text[e : e + 1] in ("-", "–"):
            unit = _glued_range_unit(text, e)
    else:
        # "$39,000 worth of units": the currency wins, but keep a count noun if any.
        noun, _ = _next_noun(text, e)
    # A bare four-digit year (2021) or a year range is a period, not a quantity, unless a row of
    # figures goes on from it to the end of its line ("Ardlow 2011 1802 11.60 11.41%")
    if (
        unit is None
        and not scale_word
        and "," not in num
        and "." not in num
        and len(num) == 4
        and 1900 <= base <= 2100
        and not _ROW_OF_FIGURES.match(text, e)
        and not (before.rstrip(" \t").endswith("|") and _PIPED_DATA_CELL.match(text, e))
        and (
            not (
                _LEVEL_AFTER_CHANGE.search(text, max(0, s - 40), s)
                or (_TO_BEFORE.search(text, max(0, s - 6), s) and _LEVEL_BEFORE_CHANGE.match(text, e))
            )
            or _LEVELS_OF_A_YEAR.match(text, e)
        )
    ):
        return None
    if (
        unit == "count"
        and not scale_word
        and "," not in num
        and "." not in num
        and len(num) == 4
        and 1900 <= base <= 2100
    ):
        # "in 2021 sales" is rare; "2021 deliveries", "2019 Car Sales", "the 2020 vehicle market" date
        # what they count
        if _YEAR_OF_METRIC.match(text, e, e + 40):
            return None
        # "the 2022 EV registrations", "its 2023 model line-up": a year before what it dates
        if re.search(r"\b(?:the|its|their|his|her)\s$", before):
            return None
        # "in December 2015 passenger car sales": right after a month, four digits are its year
        # (so after "9M", the first nine months)
        if _MONTH_BEFORE.search(before) or _MONTHS_LABEL_BEFORE.search(before):
            return None
        # "In December 2020 it had sold 3,259 NEVs": the noun belongs to the figure after the year
        if _YEAR_BEFORE.search(before) and noun_is_far(text, e):
            return None
    # "FY'23", "Nov’25", "in '22": two digits after an apostrophe are a year cut short
    if len(num) == 2 and not scale_word and unit in (None, "count") and _SHORT_YEAR_BEFORE.search(before):
        return None
    if unit is None and "." in num and not scale_word and value < 100 and _SHARE_OF_BEFORE.search(before):
        unit = "percent"  # "a share of 31.45, or 12,030 units": a share written without its sign
    if (
        unit == "percent"
        and len(num) == 4
        and 1900 <= base <= 2100
        and text[e : e + 1] == " "
        and _COLUMN_AFTER.match(text, unit_end)
    ):
        return None  # "2016 2015 % chg.", "2017 % Share": a header's year and the column after it
    if unit == "percent" and base == 100 and _WHOLLY_AFTER.match(text, unit_end):
        return None  # "100% electric vehicles", "a 100 percent owned unit": a description, not a figure
    sign = m.group("sign")
    if sign == "-" or bracketed:
        value = -value
        sign = "-"
    percent_like = unit in ("percent", "pp", "multiple")
    half = exact_half_width(num, scale, percent_like)
    round_half = round_half_width(num, scale, percent_like)
    hedge, hedge_start = hedge_before(text, s)
    if hedge == "less" and (
        _RATE_THEN_UP_TO.search(text, max(0, hedge_start - 40), hedge_start + 6)
        or _MOVED_UP_TO.search(text, max(0, hedge_start - 20), hedge_start + 6)
    ):
        hedge, hedge_start = None, s  # "sales grew by 5.4%, up to 272,801 units": the level reached
    q_start = hedge_start if hedge else s - 1 if bracketed or sign_first else s
    if hedge is None and unit == "percent" and _PLUS_AFTER.match(text, unit_end):
        hedge, unit_end = "atleast", unit_end + 1  # "a 25%+ jump": 25% or more
    significant = digits.replace(".", "").strip("0")
    if hedge == "about" and not round_half and not percent_like and len(significant) >= 4:
        hedge = None  # "some 14,507": a figure written to the unit is as exact as its digits, whatever the word
    if hedge is not None:
        # "about 1,700": a hedged round figure says itself that it was rounded.
        half, round_half = half + round_half, 0.0
    lo, hi = apply_hedge(value, half, hedge)
    q_end = unit_end if unit in ("percent", "pp", "multiple") or unit not in (None, "count") else e
    if unit in CURRENCY_SUFFIX.values() and not cur:
        q_end = unit_end
    if cur and unit and (per := _PER_CURRENCY.match(text, q_end)) and per.group(1) != unit:
        # "JPY 121.9/USD": an exchange rate, so many of one currency to one of another; no amount
        unit, q_end = f"{unit}/{per.group(1)}", per.end()
    return Quantity(
        text=text[q_start:q_end],
        value=value,
        unit=unit,
        start=q_start,
        end=q_end,
        decimals=_decimals(digits),
        lo=lo,
        hi=hi,
        hedge=hedge,
        noun=noun,
        sentence=sentence,
        signed=sign is not None,
        round_half=round_half,
    )


HEDGE_WORDS = {
    "about": "about",
    "nearly": "nearly",
    "more": "more than",
    "atleast": "at least",
    "less": "less than",
    "just-over": "just over",
}


def format_number(value: float, decimals: int = 0) -> str:
    """1234567.891 -> "1,234,567.89" with the given decimals."""
    if not math.isfinite(value):
        return str(value)
    return f"{value:,.{decimals}f}"


def _written(q: Quantity) -> tuple[str, str, str, float] | None:
    """(prefix without a hedge, digits, suffix, scale) of a currency or scaled figure as written;
    None for a plain number."""
    m = _TEXT_PARTS.match(q.text.strip())
    if m is None or any(c.isdigit() for c in m.group("post")):
        return None  # (a derived figure, "552 227 - 15 601", is no one written figure)
    if _DOT_THOUSANDS.fullmatch(m.group("num")) and float(m.group("num").replace(".", "")) == q.value:
        return None  # "11.084 new cars": a plain count grouped by dots
    try:
        shown = float(_ungrouped(m.group("num")))
    except ValueError:
        return None
    scale = q.value / shown if shown else 1.0
    if not q.is_currency and abs(scale - 1.0) < 1e-9:
        return None
    pre = m.group("pre")
    for word in HEDGE_WORDS.values():  # "about RMB 5 billion": the hedge is no part of the figure
        if pre.lower().startswith(word):
            pre = pre[len(word) :].lstrip()
    # ("1.14-million" is written "1.14 million" in a message)
    post = m.group("post").rstrip()
    return pre, m.group("num"), " " + post[1:] if post.startswith("-") else post, scale


def _plain_decimals(q: Quantity) -> int:
    return q.decimals if q.unit not in (None, "count") or q.decimals else 0


def figure(q: Quantity) -> str:
    """A figure for the arithmetic line, in the article's own units and without its hedge:
    "$5.4bn", "RMB 189,900", "1.42 lakh", "41,440" (never "5,400,000,000.0")."""
    w = _written(q)
    if w is None:
        return format_number(q.value, _plain_decimals(q))
    pre, num, post, _ = w
    return f"{pre}{num}{post}"


def amount(value: float, like: Quantity) -> str:
    """A computed amount in the units ``like`` is written in: a sum of "RMB 1.2 billion" figures
    reads "RMB 2.5 billion", a sum of counts "41,440"."""
    w = _written(like)
    if w is None or not math.isfinite(value):
        return format_number(value, _plain_decimals(like))
    pre, num, post, scale = w
    if abs(scale - 1.0) > 1e-9:
        return format_like(value, like)  # "RMB 1.2 billion" + ... -> "RMB 2.50 billion"
    return f"{pre}{format_number(value, len(num.split('.')[1]) if '.' in num else 0)}{post}"


def format_percent(value: float, decimals: int = 2, signed: bool = True) -> str:
    sign = "+" if signed and value > 0 else ""
    return f"{sign}{value:.{decimals}f}%"


_TEXT_PARTS = re.compile(r"^(?P<pre>\D*?)(?P<num>\d[\d,. ]*\d|\d)(?P<post>.*)$", re.DOTALL)


def format_like(value: float, like: Quantity, decimals: int | None = None) -> str:
    """``value`` written the way ``like`` was: "RMB 11.6 billion" -> "RMB 10.4 billion" (one more
    decimal than ``like`` unless ``decimals`` says how many: a sum of parts is no finer than they are)."""
    w = _written(like)
    if w is None or not math.isfinite(value) or abs(w[3] - 1.0) < 1e-9:
        return format_number(value)
    pre, _, post, scale = w
    dec = max(like.decimals, 1) + 1 if decimals is None else decimals
    return f"{pre}{format_number(value / abs(scale), dec)}{post}"


@functools.lru_cache(maxsize=4096)
def written_step(q: Quantity) -> float:
    """The step of ``q``'s last written digit: 0.1 for "1.2 million" read in millions, 1 for an exact count."""
    d = written_digits(q)
    if d is None:
        return 1.0
    num, scale = d
    half = rounding_half_width(num, scale, q.unit in ("percent", "pp", "multiple"))
    return 2 * half if half > 0 else 1.0  # an exact count still has a last digit


def cut_short(x: Quantity, y: Quantity) -> bool:
    """One copy is the other, finer one truncated at its last digit, not rounded ("193.3 million"
    for 193,392,517)."""
    if math.isclose(written_step(x), written_step(y)):
        return False
    coarse, fine = (x, y) if written_step(x) > written_step(y) else (y, x)
    return 0 < abs(fine.value) - abs(coarse.value) < written_step(coarse)


def rounded_like(value: float, like: Quantity) -> str:
    """``value`` rounded to the digits ``like`` is written with: 1,936,517 like "1.93 million" -> "1.94 million"."""
    text = like.text.strip()
    m = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if m is None:
        return format_number(value)
    shown = float(m.group().replace(",", ""))
    decimals = len(m.group().split(".")[1]) if "." in m.group() else 0
    scale = like.value / shown if shown else 1.0
    if not decimals and (st := written_step(like)) > scale:
        # ("430,000" stands for its tens of thousands: 436,000 like it reads 440,000)
        return text[: m.start()] + format_number(round(value / st) * st / scale, 0) + text[m.end() :]
    return text[: m.start()] + format_number(value / scale, decimals) + text[m.end() :]
