"""The words of auto-industry figures, written once: every recognizer builds its patterns
from these lists instead of spelling its own copy.

Lists are data (lower-case words or phrases, a space standing for any run of white space);
``alt`` turns one into a regular-expression alternation. Add a word here and every rule
that reads that kind of cue learns it."""

from __future__ import annotations

import re
from collections.abc import Iterable

MONTHS: tuple[str, ...] = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
MONTH_ABBREVIATIONS: tuple[str, ...] = (
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
)
QUARTERS: tuple[str, ...] = ("first quarter", "second quarter", "third quarter", "fourth quarter")
# Nouns a month name qualifies when it dates a report, not a period's end ("February registration
# data", "the March sales figures").
DATA_NOUNS: tuple[str, ...] = (
    "data",
    "figures",
    "numbers",
    "statistics",
    "stats",
    "report",
    "release",
    "registration data",
    "sales data",
    "sales figures",
    "registration figures",
)

# Finite verbs of a rise or a fall, as a sentence states a change ("sales rose 5%").
RISE_VERBS: tuple[str, ...] = (
    "rose",
    "grew",
    "increased",
    "jumped",
    "surged",
    "climbed",
    "gained",
    "soared",
    "advanced",
    "rebounded",
    "improved",
)
FALL_VERBS: tuple[str, ...] = (
    "fell",
    "dropped",
    "declined",
    "decreased",
    "slumped",
    "slid",
    "slipped",
    "plunged",
    "tumbled",
    "sank",
    "shrank",
    "dipped",
    "contracted",
    "softened",
    "weakened",
    # (Indian English: "two-wheeler registration de-grew by 28.71%")
    "de-grew",
    "degrew",
)
# Their participles, as a clause of its own states a change ("registrations increasing by 17.9%").
RISE_PARTICIPLES: tuple[str, ...] = (
    *"rising increasing growing climbing jumping gaining improving surging soaring".split(),
    *"rocketing skyrocketing leaping advancing rebounding expanding".split(),
)
FALL_PARTICIPLES: tuple[str, ...] = (
    *"falling declining decreasing dropping sliding slipping shrinking plunging tumbling slumping".split(),
    *"plummeting sinking sagging contracting dipping".split(),
)

# Every word that says a figure went up or down, before a percent ("up 5%", "growth of 5%").
RISE_WORDS: tuple[str, ...] = (
    *RISE_VERBS,
    *RISE_PARTICIPLES,
    *"rise rises rising risen increase increases increasing grow grows growing grown growth gain gains".split(),
    *"jump jumps surge surges soar climb higher more boosted expanded spiked".split(),
    *"expand expands expanding improve improved improves improving".split(),
    *"skyrocketed rocketed leapt leaped zoomed".split(),
    # (a headline's present tense: "Imports climbs 12.4%", "Exports rebound 8%")
    *"climbs soars rebound rebounds advance advances spikes".split(),
    *"uptick upticks upswing upturn hike hikes".split(),
    "shot up",
    "up by",
    "accelerated by",  # ("sales accelerated by 46.8 percent to ...": rose; never "growth accelerated to 5%")
    "raised",
    "lifted",
    "revised up",
    "revised upward",
)
FALL_WORDS: tuple[str, ...] = (
    *FALL_VERBS,
    *FALL_PARTICIPLES,
    *"plummet plummets plunges tumbles slumps sinks".split(),
    *"down fall falls falling fallen decrease decreases decreasing drop drops dropping decline declines".split(),
    *"declining plummeted plunge slip slide tumble slump contracted lower less fewer dip lost cut".split(),
    *"reduced reduction contraction retreated eased shrunk lowered trimmed".split(),
    *"nosedived tanked collapsed".split(),
    *"slides slips dips shrink shrinks contracts eases retreats".split(),
    *"downturn downtick downswing".split(),
    # ("sales ... narrowing 12.4 percent on the year": shrinking)
    *"narrowed narrowing".split(),
    # (growth below zero: "a de-growth of 44%", "negative growth of 5%")
    "de-growth",
    "degrowth",
    "negative growth",
    "revised down",
    "revised downward",
    # (market English: "retail sales corrected by 14.4% yoy"; never "corrected to", a revision)
    "corrected by",
)

# The nouns of a change, by direction: "an increase of 1,500 units", "a decline in exports by 30%".
# ("registered an uptick of 17.8 percent", "a hike of 9%", "a downturn of 12%": a change by any name)
RISE_NOUNS: tuple[str, ...] = (
    *"increase rise growth jump surge gain improvement uptick upswing upturn hike leap boost".split(),
)
FALL_NOUNS: tuple[str, ...] = (
    *"decrease decline drop fall slump dip contraction de-growth degrowth downturn downtick downswing".split(),
    *"tumble plunge slide nosedive".split(),
)
# Cars made in the country itself, as against imported ones ("locally assembled", "domestic made")
MADE_LOCALLY = r"(?:locally|domestic(?:ally)?|home)[- ](?:made|built|produced|assembled|manufactured)"
# Sales in the country itself, as against exports ("its domestic sales", "the home market")
DOMESTIC_MARKET = r"\b(?:domestic(?:ally)?|home[- ]market|local\s+market)\b"
# A segment named with a body as one label ("passenger car and SUV", "passenger cars and SUVs",
# "passenger and light trucks", "cars and SUVs"): the whole passenger market, not a body type
PASSENGER_UNION = (
    r"\b(?:passenger\s{1,3}(?:cars?\s{1,3}|vehicles?\s{1,3})?|cars\s{1,3})(?:and|&|/)\s{0,3}"
    r"(?:SUVs?|crossovers?|off-road(?:ers|\s+vehicles)|light\s+trucks?)\b"
)
# Classes of passenger car a market report talks of without naming the segment: "In the premium
# segment, Audi ...", "among luxury brands", "upmarket makers": a brand's share there is of the
# passenger-car total, not of a total that counts light commercials too (a body type is left out:
# "the SUV segment" may have a total of its own)
CAR_CLASS = r"\b(?:premium|luxury|upmarket)\b"
# The kinds of profit a results story gives a margin of, each with the words of its margin
# ("EBIT margin", "gross margin", "net profit margin") and of the profit itself ("EBIT",
# "gross profit", "operating income"); EBITDA before EBIT, which it starts with
MARGIN_KINDS: tuple[tuple[str, str, str], ...] = (
    ("ebitda", r"EBITDA", r"EBITDA"),
    ("ebit", r"EBIT", r"EBIT"),
    ("gross", r"gross(?:\s+profit)?", r"gross\s+profit"),
    # ("profit from operations", "profit after tax", "net result": the same lines, said otherwise)
    (
        "operating",
        r"operating(?:\s+(?:profit|income|earnings))?",
        r"operating\s+(?:profit|income|result)|profit\s+from\s+operations",
    ),
    ("pretax", r"pre-?tax(?:\s+profit)?", r"pre-?tax\s+(?:profit|income)|profit\s+before\s+tax"),
    # ("the normalized profit margin": a bare profit margin is the net one)
    ("net", r"net(?:\s+(?:profit|income))?|profit", r"net\s+(?:profit|income|earnings|result)|profit\s+after\s+tax"),
)
# What makes a profit or its margin one of the company's own measures, not the reported one
ADJUSTED = r"(?:adjusted|underlying|normali[sz]ed|core)"
# The per-share figure a result is glossed with: "$1.2 billion, or $2.10 a share"; "4,410.5 won per
# diluted share"
PER_SHARE = r"(?:a|per|each)\s{1,2}+(?:(?:diluted|basic|adjusted|ordinary|common)\s{1,2}+)?share\b"
# The measure a per-share figure is of: "earnings per share", "net income per diluted share", "EPS"
EPS = r"(?:(?:earnings|income|profit)\s{1,2}+per\s{1,2}+(?:diluted\s{1,2}+)?share|EPS)\b"
# A change measured on a narrower or restated basis than the reported level: "same-store revenue grew
# 13.7%", "like-for-like sales up 6.2%", "organic growth of 8%", "up 3% at constant currency". Such a
# rate is no change of the reported figures beside it.
SCOPED = (
    r"\b(?:same[- ]store|like[- ]for[- ]like|comparable[- ]store|comparable\s+sales|organic(?:ally)?|"
    r"constant[- ](?:currency|currencies|exchange\s+rates?)|currency[- ]neutral|"
    r"excluding\s+(?:currency|exchange[- ]rate)\s+(?:effects?|movements?|impacts?))\b"
)
# A clause of its own begins between two figures: "and", "while", "whereas" or "but" before a word
# ("and buses rose"; not "and by"), or a semicolon (search it between the figures)
NEW_CLAUSE = r"\b(?:and|while|whereas|but)\s++(?!by\b)[a-z]|;"
# What a margin is a share of: the money the company took in
# (bare "sales" only counts before an amount of money: "sales rose to $18.7 billion")
# (nor the "cost of sales")
REVENUE_WORDS = r"(?:(?:net|total|group|consolidated)\s+)?(?:revenues?|turnover|(?<!cost\sof\s)(?<!costs\sof\s)sales)"
# Nouns that name a class of vehicles ("new vehicle sales", "truck registrations").
VEHICLE_NOUNS: tuple[str, ...] = (
    "vehicle",
    "vehicles",
    "car",
    "cars",
    "truck",
    "trucks",
    "van",
    "vans",
    "bus",
    "buses",
    "motorcycle",
    "motorcycles",
    "two-wheelers",
    "automobiles",
    "autos",
)

# Words that name a category a market total is made of ("including passenger cars, buses and trucks"):
# the classes of vehicles, not the generic nouns
CATEGORY_WORDS: tuple[str, ...] = (
    *(w for w in VEHICLE_NOUNS if w not in ("vehicle", "vehicles", "automobiles", "autos")),
    *"passenger commercial pickup pickups tractor tractors three-wheeler three-wheelers two-wheeler".split(),
)

# Words that make a figure a plan or a projection, never a level reached: "against the
# company's guidance of 17,500 units" is no baseline of a growth rate.
PROJECTION_WORDS: tuple[str, ...] = (
    "guidance",
    "target",
    "targets",
    "forecast",
    "forecasts",
    "estimate",
    "estimates",
    "expectation",
    "expectations",
    "consensus",
    "outlook",
    "goal",
    "plan",
    "projection",
)

# What a country's population is said as: "with a population of 192 million" counts no vehicles
# (a "vehicle population of 11,547,236" does).
POPULATION_OF = r"(?<!vehicle )(?<!car )(?<!motor )\bpopulation\s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+)?$"
# Nouns that count something other than what sales, output or money measure: "reaching 61
# countries" is no level of an export volume.
OTHER_COUNT_NOUNS: tuple[str, ...] = (
    "countries",
    "markets",
    "regions",
    "cities",
    "provinces",
    "states",
    "dealers",
    "dealerships",
    "stores",
    "showrooms",
    "outlets",
    "employees",
    "people",
    "residents",
    "inhabitants",
    "staff",
    "workers",
    "plants",
    "factories",
    "years",
    "months",
    "days",
    "weeks",
    # ("Among the 27 car companies of the association": the members counted, no level of theirs)
    "companies",
    "firms",
    "members",
    "automakers",
    "carmakers",
    "manufacturers",
    "makers",
    "brands",
)

# Nouns that count vehicles: "12,000 units", "more cars than".
# The nouns that describe a company ("the Chinese automaker", "German car giant"): a nationality
# before one of them says where the company is from, not which market a figure counts.
COMPANY_NOUNS: tuple[str, ...] = (
    "automaker",
    "carmaker",
    "maker",
    "manufacturer",
    "company",
    "firm",
    "giant",
    "group",
    "brand",
    "marque",
    "division",
    "startup",
    "start-up",
    "oem",
)
# Words that add figures to one said before them, as its siblings: "There were 22,600 passenger cars
# and 15,500 utes also sold", "as well", "in addition" (the earlier figure is no whole of theirs).
ALSO = r"\b(?:also|as\s+well|in\s+addition|additionally|besides)\b"
# Words that rank a sentence's figures after one said before them, as the next places: "Light
# commercials (410), passenger cars (273) and trucks (45) followed", "Next came vans with 410 ...",
# "... trailed behind" (that figure is their peer, never their whole).
RANKED_AFTER_ONE_BEFORE = r"\b(?:followed|trailed(?:\s++behind)?|came\s++next)\s*+[.;]|^\W{0,3}+(?:next|then)\s++came\b"
# A level said with its own share of the whole is a part of it, never that whole: "76,800 scooters,
# making up 52% of the market", "67,300 units ... or 45% of the market", "for a 3% share", "(4,100
# or 71.2 per cent of the total)" (matched at the level's end)
OWN_SHARE_AFTER = (
    r"[^\d%;.]{0,60}?\b(?:accounting\s+for|accounted\s+for|representing|or|making\s+up|for\s+an?|with\s+an?)"
    r"\s{1,3}+[\d.]{1,5}+\s{0,2}+(?:%|per\s?cent\b|percent\b)\s{0,3}+"
    r"(?:of\s+(?:the\s+)?(?:total\s+|overall\s+)?(?:market|total)\b|(?:market\s+)?share\b)"
)
# The nouns of what a company is known for making ("two-wheeler major", "truck maker", "car
# manufacturing giant"): a class of vehicle before one of them names the maker, not the figure.
MAKER_NOUNS: tuple[str, ...] = ("major", "maker", "manufacturer", "producer", "giant", "firm", "specialist")
# The labels of a fuel-mix list ("Diesel 34.4%, Petrol 32.6%, Hybrid 16.6%, Electric 6.9% and Plug-in
# Hybrid 7.0%"), where a bare "hybrid" or "electric" is told apart from the others by the list itself;
# the longer label first ("plug-in electric hybrid" before "electric" and "hybrid").
FUEL_LABELS: tuple[tuple[str, str], ...] = (
    ("PHEV", r"plug-?in(?:\s+electric)?\s+hybrids?(?:\s+electric)?(?:\s+vehicles?)?|phevs?"),
    ("BEV", r"(?:battery[- ])?electric(?:\s+vehicles?|\s+cars?)?|evs?|bevs?"),
    ("HEV", r"(?:self[- ]charging\s+)?hybrids?(?:\s+vehicles?)?|hevs?"),
    ("diesel", r"diesels?"),
    ("petrol", r"petrol|gasoline"),
)
# Battery-electric, however an outlet says it ("cars running purely on electricity"); the one list
# both the frames and the breakdown tags read.
BEV_WORDS: tuple[str, ...] = (
    *(
        w
        for base in ("battery electric", "pure electric", "all electric", "fully electric", "purely electric")
        for w in (base, base.replace(" ", "-"))
    ),
    *("bev", "bevs", "pure ev", "pure evs", "electric-only", "battery-powered", "battery powered"),
    # (Nordic statistics' word for battery cars, with the few fuel-cell ones)
    *("zero-emission", "zero emission", "emission-free", "emission free"),
    *("100% electric", "100 percent electric", "100 per cent electric"),
    *(
        f"{how} {by} electricity"
        for how in (
            "running",
            "powered",
            "running purely",
            "powered purely",
            "purely powered",
            "solely powered",
            "powered solely",
        )
        for by in ("on", "by")
    ),
)
# Adjectives a rate may carry after "a": "up a huge 380%", "rose a modest 3%", "down a steep 12%".
RATE_ADJECTIVES: tuple[str, ...] = (
    *"huge massive whopping staggering hefty modest healthy solid strong robust marginal slight".split(),
    *"steep sharp remarkable impressive respectable meagre meager mere".split(),
    *"substantial considerable notable dramatic brilliant fantastic mammoth shy tiny small large big".split(),
)
# Words of the scope of a change: "an overall decrease", "a 12% annual rise".
CHANGE_SCOPES: tuple[str, ...] = ("overall", "total", "annual", "monthly", "yearly")
# An adjective inside the noun phrase of a change: "a modest gain of", "a significant increase of",
# "an overall decrease of"; also between a rate and its change noun ("a 2.35% overall decrease").
CHANGE_ADJECTIVE = rf"(?:(?:{'|'.join((*RATE_ADJECTIVES, *CHANGE_SCOPES))}|significant)\s+)?"
# What changed, named between a rate and its change noun: "a 6.8% LV sales decrease", "a 12% unit
# volume increase", "a 4% retail registrations decline" (at most two such words; an economy's
# "4% GDP growth" is no such change)
METRIC_BEFORE_CHANGE = (
    r"(?:(?:(?-i:(?!GDP|GNP|CPI)[A-Z]{2,4})|sales|unit|volume|retail|wholesale|export|revenue|profit|production|output|"
    r"registrations?|delivery|deliveries|market)\s+){0,2}"
)
# Markets the news is about besides the ones the frames have always told apart, each as the forms
# a text names it by (the first is its key; the words of one form joined by "_", "Middle_East"):
# never a company's name, and a place of its own.
OTHER_MARKETS: tuple[str, ...] = (
    "Taiwan Taiwanese", "Malaysia Malaysian", "Indonesia Indonesian", "Vietnam Vietnamese",
    "Philippines Philippine Filipino", "Singapore", "Brazil Brazilian", "Mexico Mexican", "Canada Canadian",
    "Turkey Turkish", "Spain Spanish", "Italy Italian", "Poland Polish", "Sweden Swedish", "Denmark Danish",
    "Netherlands Dutch", "Belgium Belgian", "Austria Austrian", "Switzerland Swiss", "Russia Russian",
    "Argentina Argentine", "Chile Chilean", "Pakistan Pakistani", "Bangladesh", "Egypt Egyptian",
    "Nigeria Nigerian", "Kenya Kenyan", "Morocco Moroccan", "Saudi", "UAE Emirates Emirati", "Qatar",
    "Israel Israeli", "Iran Iranian", "Zealand", "Ireland Irish", "Portugal Portuguese", "Finland Finnish",
    "Czech", "Hungary Hungarian", "Romania Romanian", "Greece Greek", "Ukraine Ukrainian", "Colombia Colombian",
    "Peru Peruvian", "Slovakia Slovak", "Kazakhstan Kazakhstani Kazakhstanis Kazakh", "Middle_East", "Gulf GCC",
    "Africa African", "Asia Asian ASEAN",
    "Latin_America",
    "Namibia Namibian", "Botswana", "Zambia Zambian", "Zimbabwe Zimbabwean", "Ghana Ghanaian",
    "Tanzania Tanzanian", "Uganda Ugandan", "Ethiopia Ethiopian", "Algeria Algerian", "Tunisia Tunisian",
    "Lanka Lankan", "Nepal Nepalese", "Myanmar", "Cambodia Cambodian", "Mongolia Mongolian",
    "Uzbekistan Uzbek", "Ecuador Ecuadorian", "Venezuela Venezuelan", "Uruguay Uruguayan", "Paraguay",
    "Bolivia Bolivian", "Panama Panamanian", "Slovenia Slovenian", "Croatia Croatian", "Serbia Serbian",
    "Bulgaria Bulgarian", "Lithuania Lithuanian", "Latvia Latvian", "Estonia Estonian", "Iceland Icelandic",
    "Luxembourg", "Jordan Jordanian", "Kuwait Kuwaiti", "Oman Omani", "Bahrain", "Iraq Iraqi", "Belarus",
    "Albania Albanian", "Bosnia Bosnian Herzegovina BiH", "Kosovo", "Montenegro", "Macedonia Macedonian",
    "Moldova Moldovan",
    "Armenia Armenian", "Azerbaijan Azerbaijani", "Kyrgyzstan Kyrgyz", "Tajikistan Tajik", "Turkmenistan",
    "Mauritius Mauritian", "Malta Maltese", "Cyprus Cypriot", "Bhutan Bhutanese", "Brunei", "Trinidad Tobago",
    "Jamaica Jamaican", "Honduras", "Guatemala", "Nicaragua", "Salvador", "Rica", "Dominican", "Senegal",
    "Ivoire Ivorian", "Cameroon", "Rwanda", "Mozambique", "Angola", "Madagascar", "Lebanon Lebanese", "Syria",
    "Laos", "Fiji", "Papua", "Puerto_Rico Puerto Rican", "Hong_Kong", "Macau Macao", "EFTA",
    # the nations of the UK, reported apart from it ("registrations in Scotland", "Welsh dealers")
    "Scotland Scottish", "Wales Welsh",
    # regions of several markets, reported together ("across the Baltic countries")
    "Baltics Baltic", "Nordics Nordic Scandinavia Scandinavian", "Balkans Balkan", "Benelux",
)  # fmt: skip
# What a vehicle is, glued to a figure: "231-plate cars", "7-seater", "8-speed", "5-door" (no count)
VEHICLE_ATTRIBUTES: tuple[str, ...] = (
    "plate", "seat", "seater", "door", "speed", "cylinder", "valve", "inch", "wheel", "wheeler", "star",
)  # fmt: skip
# Words that rank a thing, which a possessive place then describes ("the world's largest car market",
# "Europe's second-biggest carmaker"): the place names no market of the figure
SUPERLATIVES: tuple[str, ...] = (
    "largest", "biggest", "most", "best-selling", "leading", "top", "fastest-growing", "second-largest",
    "second-biggest", "third-largest", "third-biggest", "No.",
)  # fmt: skip
# A model ranked within its maker's range ("the Vessa was its top-selling scooter", "its best-selling
# model stayed the Sorvi", "the K4 had the best sales of the SUV models"): a product, whose share is of
# its maker's total, whatever the model's own name
MODEL_RANKING = (
    r"\b(?:best-?sell(?:er|ing)|top-?sell(?:er|ing)|most\s++(?:popular|sought-after)|hottest|best\s++sales)\b"
    r"[^.;%\d]{0,50}?\b(?:models?|scooters?|motorbikes?|motorcycles?|SUVs?|sedans?|pickups?|hatchbacks?)\b"
)
# The places of frames that hold several markets: a total of one may be a whole of a market in it.
REGION_PLACES = frozenset(
    "europe efta global baltics nordics balkans benelux middle_east gulf africa asia latin_america".split()
)
# Batteries "installed" are a metric; makers "installed in" a named place are only located there
# ("the carmakers installed in the Halden free zone built 52,310 vans"): the participle of place.
# Sales compared per selling day (US and Mexican trade press): a month with fewer selling days is
# compared by its daily rate, not its volume ("the daily selling rate (DSR)", "25 selling days")
SELLING_DAY = r"\bselling[- ]days?\b|\bdaily\s+selling\s+rates?\b|(?-i:\bDSR\b)"
INSTALLED = r"\binstall(?:ed|ations?|s|ing)?\b(?!\s{1,3}+(?:in|at)\s{1,3}+(?:the\s{1,3}+)?(?-i:[A-Z]))"
# The same stretch of time in another year: "the same month", "the same period", "the same months".
# Written once; every stage that dates a figure reads it.
SAME_SPAN = r"same\s{1,3}+(?:months?|period|quarter|week|time)\b"
# ... said a year back: "the same month last year", "the same period of the previous year".
SAME_SPAN_YEAR_BACK = (
    rf"{SAME_SPAN}\s{{1,3}}+(?:(?:of|in|for)\s{{1,3}}+)?"
    r"(?:last|a|the\s{1,3}+(?:previous|prior|preceding))\s{1,3}+year"
)
# A time a sentence opens by moving back to: "In the same month last year, ...", "A year earlier,",
# "In the previous year,", "In 2015,".
PRIOR_TIME_OPENER = (
    rf"(?:(?:in|during|for|by)\s+)?(?:the\s+{SAME_SPAN_YEAR_BACK}|a\s+year\s+(?:earlier|ago|before)|last\s+year|"
    r"the\s+(?:previous|prior)\s+year|(?:19|20)\d\d)"
)
# ISO codes of currencies the figure reader knows only by their code, written in capitals before
# the figure ("KZT 214.3 billion"); never a company's name.
OTHER_CURRENCY_CODES: tuple[str, ...] = tuple(
    "KZT IDR VND THB MYR PHP ZAR NGN KES GHS EGP TRY BRL MXN RUB UAH PLN CZK HUF RON SAR PKR BDT NZD CAD SEK NOK DKK "
    "CHF TWD NPR LKR MMK MNT TZS UGX ZMW ETB AED QAR OMR KWD BHD JOD ILS MAD".split()
)
# The basis a rate is measured on, said as one word: "year-on-year", "quarter-over-quarter", "QoQ".
BASIS = (
    r"(?:(?:year|quarter|month|week)[- ]o(?:n|ver)[- ](?:year|quarter|month|week)|"
    r"yoy|y/y|y-o-y|qoq|q/q|q-o-q|mom|m/m|m-o-m)"
)
# Codes written with a scale letter before them in Nordic and Swiss reports: "MSEK 21,480" is
# SEK 21,480 million, "TSEK 812" SEK 812 thousand.
SCALED_CODES: tuple[str, ...] = ("SEK", "NOK", "DKK", "ISK", "EUR", "CHF", "USD")
SCALED_CODE_LETTERS: dict[str, float] = {"M": 1e6, "T": 1e3}
# The level a share is stated with, in brackets right after it: "21% market share (3,310 units)".
LEVEL_IN_BRACKETS = r"(?<!\s),?\s{0,3}+(?:(?:market\s+)?share\s{0,3}+)?\(\s{0,3}+(?P<n>\d[\d,.]*)"
# Fuels that are no new-energy powertrain: a total described with them counts every car.
COMBUSTION_WORDS: tuple[str, ...] = ("gas", "gasoline", "petrol", "diesel", "combustion", "ice")
# The words that put a baseline against a level: "13,631 versus 10,681", "(3,500 vs 1,000)".
VERSUS_WORDS: tuple[str, ...] = (
    "vs", "vs.", "v.", "versus", "against", "compared with", "compared to", "as opposed to", "as against",
    "vis-a-vis", "vis-à-vis", "in comparison to", "in comparison with",
)  # fmt: skip
# Small numbers in words: "three times", "two (2) units".
NUMBER_WORDS: dict[str, int] = {
    w: i + 1 for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split())
}
# The other cardinals a figure may be spelled with ("twenty percent", "forty-five per cent").
TEEN_WORDS: dict[str, int] = {
    w: i + 13 for i, w in enumerate("thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())
}
TENS_WORDS: dict[str, int] = {
    w: (i + 2) * 10 for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())
}
# The words that say who a figure comes from, not whose it is: "according to", "as per", "citing
# data from", "figures compiled by" (the source's name follows)
SOURCE_CUE = (
    r"(?i:according\s++to|as\s++per|citing\s++(?:data|figures|statistics|numbers)\s++(?:from|by)"
    r"|(?:data|figures|statistics|numbers)\s++(?:(?:compiled|published|released|provided)\s++)?(?:from|by))"
)
# Ordinal words, by number: "the eighth month", "every fifth car".
ORDINALS: dict[str, int] = {
    w: i + 1
    for i, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())
}
# A sentence that goes on with a ranking begun before it: "Kessel holds second place", "came
# third", "followed by", "the runner-up"
_PLACES = "|".join(w for w, n in ORDINALS.items() if 2 <= n <= 10)
RANKED_NEXT = (
    rf"\b(?:(?:{_PLACES})\s{{1,3}}+(?:place|spot|position)|(?:came|ranked|placed|finished)\s{{1,3}}+(?:{_PLACES})|"
    r"followed\s{1,3}+by|runners?[- ]up)\b"
)
# A place in a ranking, the first included: "in first place", "came third", "the No. 2 brand"
RANKING = rf"(?:{RANKED_NEXT}|\b(?:first|top|leading)\s{{1,3}}+(?:place|spot|position)\b|\bNo\.\s?+\d{{1,2}}\b)"
# The nouns a sentence names an earlier figure by ("The December delivery figure was 4% lower").
FIGURE_NOUNS: tuple[str, ...] = ("figure", "total", "tally", "number", "volume", "result", "count")
UNIT_NOUNS: tuple[str, ...] = ("units", "vehicles", "cars", "deliveries")
# A round figure named as a line crossed, not a level of any period: "breaching the 100,000 barrier",
# "above the 20,000-unit mark", "past the 1 million milestone"
MILESTONE_NOUNS: tuple[str, ...] = ("mark", "milestone", "threshold", "barrier", "level")
# A record an earlier figure set: "the previous best was 3,040", "its prior record of 81,200",
# "beating the old peak of 9,100", "still below its pre-pandemic level of 5 million". Such a figure is of
# another time than the record it is beaten by, or the level it is measured against.
PREVIOUS_WORDS: tuple[str, ...] = (
    "previous",
    "prior",
    "former",
    "old",
    "earlier",
    "past",
    "pre-pandemic",
    "pre-covid",
    "pre-crisis",
)
RECORD_NOUNS: tuple[str, ...] = ("record", "best", "high", "peak", "all-time high", "high-water mark", "level")


def alt(words: Iterable[str]) -> str:
    """A non-capturing alternation of ``words``, longest first, spaces matching any white space."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


MONTH = alt(MONTHS)
# Right after a figure: one of those nouns, maybe after one word of its own ("27 car companies", "61
# export markets"; never "5,000 units in markets", whose preposition ties the markets to the units)
OTHER_COUNT_AFTER = (
    r"\s{1,3}+(?:(?!(?:in|of|for|to|from|at|on|across|into|and|or|units|vehicles|cars)\b)[a-z\-]{2,15}+\s{1,3}+)?"
    + alt(OTHER_COUNT_NOUNS)
    + r"\b"
)
# A level's own verb and period right after its figure: "(8,120) units sold this May", "vehicles
# delivered in June": after "or", the level reached, never how far it moved
LEVEL_OF_A_PERIOD = re.compile(
    r"\s{1,3}+(?:(?:new\s++)?(?:units|vehicles|cars)\s++)?(?:sold|delivered|registered)\s++"
    rf"(?:this|last|in|during)\s++(?:the\s++)?(?:month|year|quarter|{MONTH})\b",
    re.IGNORECASE,
)
# Capitalised month names then their abbreviations, for case-sensitive patterns (full names
# first, so "Jan" never cuts "January" short).
TITLED_MONTH = "|".join(w.title() for w in (*MONTHS, *MONTH_ABBREVIATIONS))
RISE = alt(RISE_VERBS)
PROJECTION = alt(PROJECTION_WORDS)
FALL = alt(FALL_VERBS)
COMPANY_NOUN = alt(COMPANY_NOUNS)
MAKER_NOUN = alt(MAKER_NOUNS)
CHANGE_NOUN = alt((*RISE_NOUNS, *FALL_NOUNS))
FORMER_RECORD = re.compile(
    rf"\b{alt(PREVIOUS_WORDS)}\s++(?:[\w-]++\s++){{0,3}}?{alt(RECORD_NOUNS)}\b[^.;\d]{{0,60}}$"
    # ... or the benchmark a level is the best "since": "its biggest share since the 24.8% of
    # 2008", "the most since 1.2 million in 2017", "its best month since the 12,400 of May 2019"
    r"|\bsince\s++(?:(?:the|its|their|a|an)\s++)?$",
    re.IGNORECASE,
)
MILESTONE_AFTER = re.compile(rf"\s{{0,20}}(?:-?units?\s+|-?vehicles?\s+)?{alt(MILESTONE_NOUNS)}\b", re.IGNORECASE)
VEHICLE_NOUN = alt(VEHICLE_NOUNS)
# What comes right before the amount of a change, never a level: "an improvement of 35 724",
# "declined by 15 601", "up 350" (search it in the text that ends at the figure).
# ("made up 52,310 of the total" is a part, not a rise)
NOT_MADE_UP = "(?<!made )(?<!make )(?<!makes )(?<!making )(?<!took )(?<!takes )(?<!taking )"
CHANGE_AMOUNT_BEFORE = (
    # ("a difference of 14,420 units", "a shortfall of 2,100": how far apart, never a level)
    rf"\b(?:(?:{CHANGE_NOUN}|difference|gap|shortfall)\s+of|(?:{RISE}|{FALL}|{NOT_MADE_UP}up|down)(?:\s+by)?)\s+"
    r"(?:about\s+|some\s+|over\s+)?$"
)
# What comes right after the amount of a change, never a level: "700 more cars than", "498 more
# units", "1,200 fewer", "300 additional", "3,600 units lost" (match it at the figure's end; "5,000 or
# more" is a level).
CHANGE_AMOUNT_AFTER = (
    r"(?<!\s)\s*+(?:(?<![\w\-])(?!or\b)[a-z\-]++\s++)?(?:more|fewer|less|extra|additional|lost|gained|shed)\b"
)
# ... or the noun of the change itself, after a figure an article opens ("an 8,900 unit increase",
# "a 1,200-car drop": match it at the figure's end, with A_BEFORE at its start)
CHANGE_NOUN_AFTER = rf"\s{{1,3}}+(?:(?:units?|vehicles?|cars?)\s{{1,3}}+)?{CHANGE_NOUN}\b"
A_BEFORE = r"\b(?:a|an)\s{1,3}+$"
# A sentence that opens on the whole its figures are parts of, up to that whole's figure: "Of the
# 9,640 cars sold", "Out of a total of", "Among its" (matched from the sentence's start)
# (after a source or an opening adverb: "According to the body, of the total reported industry sales
# of", "Overall, out of total sales of")
WHOLE_OPENER = (
    # ("During the 12 months, of the ...", "In 2024, out of the ...": when, before the whole)
    r"\s{0,3}+(?:(?:according\s++to\s++[^,;.\d]{1,60}+|overall|in\s++all|in\s++total|"
    r"(?:during|in|over|for|throughout)\s++(?:[^,;.\d]|(?<![\d,.])\d{1,4}+(?!\d|[,.]\d)){1,40}+)\s{0,2}+,\s{0,3}+)?"
    # ("The filings show that of the ...", "A closer look revealed that out of the ...")
    r"(?:[A-Z][^,;.\d]{0,50}?\b(?:show(?:s|ed)?|reveal(?:s|ed)?|indicated?|indicates)\s++that\s++)?"
    r"(?:of|out\s+of|among)\s++(?:(?:the|its|these|those|all|their|a)\s++)?"
    r"(?:(?:total|overall)\s++(?:(?:reported|detailed|[a-z]{1,15}+(?:-[a-z]{1,15}+)?)\s++){0,3}?"
    r"(?:(?:sales|registrations|deliveries|volume|output|production|exports)\s++)?(?:of\s++)?)?$"
)
# A sentence that opens on the figure just given, whose parts it then names: "Of these, ...", "Of the
# cars sold, ...", "Out of this figure, ..." (matched at the sentence's first word)
POINTS_BACK_OPENER = (
    # ("Of the total passenger saloon cars, 7,729 or 34.1% were new")
    # ("Of those vans — 9,000 ...")
    r"(?:of|out\s+of|among)\s++(?:them|(?:these|those)(?:\s++(?:cars|vehicles|units|sales|registrations|deliveries))?|"
    r"this\s+(?:figure|total|number)|"
    r"the\s+total(?:\s++[a-z\-]++){0,3}?(?:\s++(?:cars|vehicles|units|sales|registrations))?|"
    r"the\s+(?:[a-z\-]+\s+){0,2}?(?:cars|vehicles|units)\s+(?:sold|registered|delivered|produced))"
    # (the comma may be left out before the first figure: "Of the total vans sold 36% or 7,720 were new")
    # (a spaced hyphen is a dash the reader has normalised: "Most of them - 7,200 ...")
    r"(?:\s*+[,–—]|\s++-(?=\s)|\s++(?=\d))"
)
# How much of that figure a sentence opening so speaks of: "Most of those vans — 9,000, or 75%"
POINTS_BACK_SOME = r"(?:most|many|some|half|(?:nearly\s++|almost\s++)?all|the\s++(?:bulk|majority))\s++"
VERSUS = alt(VERSUS_WORDS)
BEV = alt(BEV_WORDS)

# Words that put a level in the future, beside the plan nouns above: "expects to deliver 3,600
# cars in May 2025" is no year-ago level.
FUTURE_WORDS: tuple[str, ...] = (
    "will",
    "would",
    "expects",
    "expected",
    "expecting",
    "plans",
    "planned",
    "aims",
    "intends",
    "projected",
    "predicts",
    "predicted",
    "hopes",
)

# The forms of those verbs that say a level is being planned or foreseen, not reached: "is
# targeting sales of 500,000", "analysts were anticipating 295,000"
PLANNING_WORDS: tuple[str, ...] = (
    *"targeting aiming forecasting projecting planning anticipates anticipated anticipating".split(),
)

# Verbs that change an object by a percentage, the object between them and "by": "revised down
# its annual sales target by 9 percent to 2.73 million from 3.0 million", "raised the price of
# the Arden by 5% to RMB 250,000 from RMB 238,000".
RAISE_OBJECT_VERBS: tuple[str, ...] = (
    "raised",
    "raises",
    "lifted",
    "lifts",
    "increased",
    "increases",
    "boosted",
    "boosts",
    "hiked",
    "hikes",
    "upped",
    "expanded",
    "grew",
    "revised up",
    "revised upward",
    "revised upwards",
)
LOWER_OBJECT_VERBS: tuple[str, ...] = (
    "cut",
    "cuts",
    "lowered",
    "lowers",
    "reduced",
    "reduces",
    "trimmed",
    "trims",
    "slashed",
    "slashes",
    "decreased",
    "pared",
    "scaled back",
    "marked down",
    "revised down",
    "revised downward",
    "revised downwards",
)

# Breakdown families whose members, when all named, make the whole (the tags of attribution).
CLOSED_SETS: dict[str, frozenset[str]] = {
    "segment": frozenset({"passenger", "commercial"}),
    "market": frozenset({"domestic", "export"}),
    "buyer": frozenset({"fleet", "private", "business"}),
    "body": frozenset({"sedan", "SUV", "MPV"}),
    "origin": frozenset({"import", "local"}),
    "condition": frozenset({"new", "used"}),
}


# A figure named as a total of everything it counts: "a total of 313,000 vehicles", "total sales of",
# "overall deliveries of" (matched at the figure's start) or "313,000 vehicles in all" (at its end)
TOTAL_BEFORE = (
    r"\b(?:(?:a|the)\s{1,3}+)?(?:total|overall|combined)\s{1,3}+(?:(?:sales|deliveries|registrations|volume|output)\s{1,3}+)?"
    r"of\s{1,3}+(?:some\s{1,3}+|about\s{1,3}+)?$"
)
TOTAL_AFTER = r"\s{1,3}+(?:(?:units|vehicles|cars)\s{1,3}+)?(?:in\s{1,3}+(?:total|all)|altogether|combined)\b"

# Verbs that take what changed as their object, its change then said with "by": "improved deliveries
# by 4.1%", "increased its sales by 12%", "boosted revenue by 9%", "surpassing last year's record by
# 2.8%", "cut its losses by 20%"
RAISING_VERBS: tuple[str, ...] = (
    *"improved improving increased increasing grew growing boosted boosting lifted lifting raised raising".split(),
    *"expanded expanding surpassed surpassing exceeded exceeding beat beating outpaced outpacing".split(),
)
LOWERING_VERBS: tuple[str, ...] = (
    *"cut cutting reduced reducing lowered lowering trimmed trimming decreased decreasing narrowed".split(),
    "narrowing",
)
# What such a verb's object is: a metric, a level or a record ("last year's record", "the target")
CHANGED_OBJECTS: tuple[str, ...] = (
    *"sales deliveries registrations shipments exports output production revenue revenues turnover".split(),
    *"volume volumes record result results figure total profit profits loss losses earnings".split(),
)

# Units of energy a battery report counts installations in: levels like counts of vehicles
ENERGY_UNITS = frozenset({"GWh", "MWh"})

# The level a change brings its total to, said after the change: ", bringing the total sales in the
# nine-month period to", ", taking its tally to" (the gap from the change to that level)
BRINGING_TO = (
    r"^[^.;:%\d]{0,60}?,\s*+(?:bringing|taking|pushing|lifting)\s++(?:the|its|their)\s++(?:[\w\-]++\s++){0,8}?to\s++$"
)

# What a list line may say between its label's colon and its figure: "Orla: May sales 4,200 units",
# "Total: deliveries 7,300" (a month, then the metric)
LINE_METRIC = (
    r"(?i:(?:(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*+\.?|monthly|annual|total|new)[ \t]++){0,2}"
    r"(?:sales|deliveries|registrations|exports|output|production|volume)[ \t]++)"
)
