"""The names of an article: which capitalised words are companies, brands, models or places.

One case rule for every stage. A capitalised word is a name when the article uses it in
the middle of an ordinary sentence (not a title-case headline), or when it opens a sentence,
the article never writes it in lower case, and it is either met twice or is the subject of a
reporting verb ("Zentro delivered ..."). Words in ``NOT_NAMES`` (sentence openers, metric
words, months, exchanges, currencies, agencies) are never names. ``Names`` reads a document
once; frames and attribution both take their names from it.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from factcheck.document import Document
from factcheck.lexicon import (
    COMPANY_NOUNS,
    MONTHS,
    OTHER_CURRENCY_CODES,
    OTHER_MARKETS,
    SCALED_CODE_LETTERS,
    SCALED_CODES,
    SOURCE_CUE,
)

# The words of the markets the news is about ("Middle_East" is two): a market's total belongs to no company.
_MARKET_WORDS = frozenset(word for forms in OTHER_MARKETS for form in forms.split() for word in form.split("_"))

# Capitalised words that are never the company a figure belongs to.
NOT_NAMES = (
    frozenset(
        # sentence openers and function words
        """The This That These Those It Its In On At For From By And But As Of To A An With While Whereas
    Among After Before During Within Since According Including Only Both Each Out Like Much Also
    Meanwhile However Therefore Nevertheless Though Having Despite Similarly Continuing Included Vs VS Versus
    Analysing Analyzing Economists Up Down Over Under More Less Last Next New South North West Central"""
        # what is measured, and how
        """ Sales Total Overall Year Month Quarter Units Vehicles Vehicle Car Cars Deliveries Registrations
    Production Demand Uptake Growth Data Record Company Group Brand Sold Delivered Monthly Wholesale
    Wholesales Retail Domestic Export Exports Premium Private Fleet LV LVs Class Type Category Segment Grade Insurance
    Power Battery HP PS BHP kW kWh MWh GWh LPG CNG LNG Diesel Petrol Gasoline Rp RM Bt
    Electric Plug Hybrid Hybrids Passenger Commercial ICE BEV BEVs PHEV PHEVs EREV EREVs HEV HEVs NEV NEVs
    EV EVs xEV xEVs SUV SUVs MPV MPVs Q1 Q2 Q3 Q4 Figures Figure Numbers Results Tallies Estimates"""
        # the classes a market is reported by ("Light Commercial Vehicle Market", "Used Car Sales",
        # "Truck sales also declined")
        """ Light Heavy Medium Used Small Compact Large Luxury Truck Trucks Bus Buses Van Vans Pickup Pickups
    Motorcycle Motorcycles Scooter Scooters Tractor Tractors Minibus Minibuses Sedan Sedans Saloon Saloons
    Hatchback Hatchbacks Crossover Crossovers Coupe Coupes Wagon Wagons Minivan Minivans Imports Import"""
        # places that are the scope of the news rather than a company (the frames' place
        # qualifier tells markets apart), and people who buy
        """ China Chinese UK Britain British US USA EU Europe European Korea Korean Japan Japanese India
    Indian Germany German France French Norway Norwegian Thailand Thai Australia Australian America
    American Drivers Dealers Buyers Customers Consumers Motorists Republic Kingdom United States Arab Market Markets"""
        # what hit the market ("the impact of Covid on imports"): a cause, never a company
        """ Covid COVID Coronavirus Pandemic Omicron"""
        # cities where cars are made, sold or counted ("its Shanghai factory", "when Shanghai was
        # in lockdown"): a place in the story, never whose figure it is (not markets the frames
        # tell apart: a city's figure is usually its country's)
        """ Shanghai Beijing Shenzhen Guangzhou Hangzhou Chongqing Wuhan Tianjin Hefei Xi'an Changchun
    Tokyo Osaka Nagoya Seoul Busan Ulsan Detroit Stuttgart Munich Wolfsburg Paris London Berlin Madrid
    Rome Turin Milan Mumbai Delhi Chennai Pune Bengaluru Bangalore Gurugram Manesar Bangkok Jakarta Manila
    Hanoi Istanbul Dubai Riyadh Johannesburg Lagos Nairobi Cairo Sydney Melbourne Toronto Moscow
    Warsaw Prague Budapest Bucharest Karachi Lahore Dhaka"""
        # abbreviations of periods and events
        """ YTD YoY MoM QoQ Y-o-Y M-o-M Q-o-Q Y-O-Y M-O-M Q-O-Q COVID Lunar Christmas Easter Diwali Ramadan
    Eid Golden Week Songkran Tet"""
        # job titles, and who makes the cars for whom: people and roles, not companies
        """ CEO CFO COO CTO Chief Executive Officer President Chairman Chairwoman Chairperson Director
    Manager Spokesman Spokeswoman Spokesperson Analyst OEM OEMs Mr Mrs Ms Mx Dr Prof Sir Dame"""
        # corporate suffixes and exchanges
        """ Inc Co Ltd Corp NYSE NASDAQ Nasdaq HKG HKEX HKEx SSE SZSE OTC"""
        # currencies
        # (with the letters of a dollar written before its sign: "NT$30,000", "HK$2 billion")
        """ RMB CNY USD EUR GBP JPY KRW HKD INR Yuan AED AUD SGD Rs Euro Euros TL Lira Liras NT HK NZ"""
        # days and months
        """ Monday Tuesday Wednesday Thursday Friday Saturday Sunday Jan Feb Mar Apr Jun Jul Aug Sep Sept
    Oct Nov Dec""".split()
        + list(OTHER_CURRENCY_CODES)
        + [f"{letter}{code}" for letter in SCALED_CODE_LETTERS for code in SCALED_CODES]
    )
    | _MARKET_WORDS
    | frozenset(m.capitalize() for m in MONTHS)
)

# Who reports a figure rather than whose it is: associations, ministries, wires, and the words
# of a maker's legal name. Two figures from the same release share them, so frames keep them as
# evidence of a restatement; attribution, which gives a figure its company, leaves them out.
# The words that make a capitalised run the name of a body that reports figures, not of a maker.
REPORTING_BODIES = frozenset(
    """Association Associations Manufacturers Union Society Traders Federation Ministry Bureau Statistics
    Chamber Council Institute Agency Authority Department Office Dealers Distributors Importers Club CPCA
    CAAM ACEA SMMT""".split()
)
# Every word that says who reports figures, never whose they are: the bodies above, the words of
# a company's legal or trade name, and the outlets that relay them
REPORTERS = REPORTING_BODIES | frozenset(
    """Information Industry Industries Motor Motors Auto Automobile Automotive Corporation Corp Company Limited
    CnEVPost Reuters Weibo AP AFP Bloomberg Xinhua Yonhap Kyodo Bernama PTI IANS ANI"""
    # the national bodies that count registrations and sales, by their acronyms and names
    """ KBA Kraftfahrt-Bundesamt VDA ANFAC UNRAE ANFIA PFA CCFA AAA OFV FEBIAC RAI BOVAG CSDD AMTEL JAMA JADA
    JAIA KAMA KAIDA KAIA SIAM FADA PAMA NAAMSA FCAI MIA SIMI AMDA AMIA ANFAVEA ADEFA ANAC AMDA GAIKINDO MAA
    TAIA""".split()
)

# the words of a body's full name ("Association", "Authority"), not its acronyms (CAAM, SMMT)
_BODY_WORD = rf"(?:{'|'.join(sorted(w for w in REPORTING_BODIES if not w.isupper()))})\b"
# "the Driver and Vehicle Licensing Authority", "the Chamber of Automotive Manufacturers of Lumea"
# ("the Ministry of Transport, Energy and Mines", "the Department of Roads, Ports and Trade": the
# portfolio a ministry is "of", listed with commas)
_BODY_NAME = re.compile(
    rf"\b(?:(?!{_BODY_WORD})[A-Z][\w'’&-]*+\s++(?:(?:and|of|for|&)\s++)?){{0,6}}+{_BODY_WORD}"
    r"(?:\s++of\s++[A-Z][\w'’&-]*+(?:,\s++[A-Z][\w'’&-]*+){1,4}+,?\s++(?:and|&)\s++[A-Z][\w'’&-]*+"
    r"|(?:\s++(?:(?:of|for|and|&)\s++(?:the\s++)?)?[A-Z][\w'’&-]*+){0,6}+)"
)
_BODY_ACRONYM = re.compile(
    rf"\b{_BODY_WORD}"
    # ("... Manufacturers of South Africa (Naamsa)": a place of two words before the acronym)
    r"(?:\s++(?:(?:of|for|and|in|&)\s++(?:the\s++)?)?[A-Z][\w'’&-]*+)*+"
    # "(Naamsa)", "... Dealers in Halden (ADH)", or "the Road Traffic Federation, or RTF"
    r"(?:\s*+\(\s*+(?P<acr>[A-Z][A-Za-z]{1,7}+)\s*+\)|,\s++or\s++(?P<or>[A-Z]{2,7}+)\b)"
)
# "released by the FCAI", "according to the KBA": an acronym that publishes figures, as a body does
# ("Official VFACTS sales figures", "the official monthly VFACTS report": a series of official data)
_SOURCE_ACRONYM = re.compile(
    r"\b(?:(?:released|published|compiled|issued|reported)\s++by|according\s++to|(?:data|figures)\s++from)"
    r"\s++the\s++(?P<acr>[A-Z]{2,7}+)\b(?!\s*+[A-Z])|"
    r"\b(?i:official)\s++(?:monthly\s++)?(?P<series>[A-Z]{3,8}+)\s++(?:sales\s++)?(?:figures|data|report|statistics)\b"
)
# A wire dateline before the story: "TOKYO (AP) —", "UPDATE 04/09/2019 NOON:" (its words name no one)
# (two capitalised tokens or a bracketed agency at least: "BYD: 300,000 in May" names BYD)
_DATELINE = re.compile(
    r"^[\W\d]*+[A-Z]{2,}+(?:(?:[ ,/.\d]++[A-Z\d]++)++[ ,.]*+|[ ,.]*+\([^()]{1,20}+\)\s*+)[:—–-]\s"
    # ("Puerto Plata.- Imports rose ...": a city, a full stop and a dash)
    r"|^[A-Z][a-z]++(?: [A-Z][a-z]++){0,2}+ ?\. ?[—–-]++\s"
)
# A person addressed by an honorific ("Mr. Sugata", "Ms Lee Ji-won", "Dr. A. Keller"): a speaker,
# never the company a figure belongs to; nor are the other words of the name ("Michinobu Sugata").
_HONORIFIC = re.compile(
    r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sir|Dame)\.?\s++(?:[A-Z]\.\s*+)*+(?P<name>[A-Z][\w'’-]*+)(?:\s++(?P<last>[A-Z][\w'’-]*+))?"
)
# Acronyms of what is measured: never a name, whatever the case rule says.
METRIC_ACRONYMS = frozenset(
    "BEV BEVs PHEV PHEVs NEV NEVs EV EVs EREV EREVs HEV HEVs SUV SUVs MPV MPVs"
    # segments: passenger cars, passenger vehicles, (light, heavy) commercial vehicles
    " PC PCs PV PVs CV CVs LCV LCVs HCV HCVs MHCV MHCVs LMV HMV"
    # the lines and standards of a company's accounts ("EPS of $1.03", "GAAP diluted EPS")
    " EPS GAAP IFRS EBIT EBITDA ROE ROI ROS PAT PBT NPAT"
    # (and of the economy around the market: "GNP of 5.3%")
    " GDP GNP CPI".split()
)

# An acronym in brackets after the lower-case words it abbreviates: "daily selling rate (DSR)"
_TERM_ACRONYM = re.compile(r"(?P<words>(?:\b[a-z][a-z-]*+\s++){2,6}+)\(\s?+(?P<acr>[A-Z]{2,6}+)\s?+\)")
# A capitalised word or an acronym ("Zentro", "Great-Wall", "BYD").
CAP = re.compile(r"\b[A-Z][A-Za-z&'\-]*[A-Za-z]\b|\b[A-Z]{2,}\b")

# Verbs a company is the subject of in auto news: a sentence-initial word met once before one
# of them ("Zentro delivered", "Orla posted") is a name; "Imagine that" is not.
SUBJECT_VERB = (
    r"(?:[a-z]+ed|sold|said|says|sells|has|had|is|was|will|plans|aims|expects|saw|sees|reports|posts|"
    r"delivers|registers|makes|made|built|builds|shipped|ships|led|leads|grew|rose|fell)\b"
)

# The words of a maker's legal name after its own: "Orla Motor Corp.", "Kessel Group"
_LEGAL_WORD = r"(?:Motors?|Corp\b|Corporation|Co\b|Company|Group|Automobiles?|Automotive|Ltd|Limited|Inc|AG)\b"
# The further words of a maker's name before its verb: "Keld Motors delivered", "Orla Motor
# Corporation fell"
_SECOND_WORD = r"(?:[A-Z][\w&.]{0,30}\s+){0,3}"
# An appositive that says what the word names: ", the market leader", ", a Korean carmaker"
_ROLE_APPOSITIVE = (
    r",\s{1,3}(?:the|a|an)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,3}?"
    rf"(?:{'|'.join(COMPANY_NOUNS)}|(?:market\s{{1,3}})?leader|importer|distributor)s?\b"
)

# "Year-on-year growth of 180%" opening a headline: a comparison, not a company; "A-class",
# "China-made", "Plug-in": a capitalised word with a lower-case tail describes, it names nobody
_BASIS_WORD = re.compile(r"(?:year|month|quarter|week)-(?:on|over|to)-", re.IGNORECASE)
_DESCRIPTOR = re.compile(r"[A-Za-z0-9]{1,30}-[a-z]{1,30}(?:'s)?$")
_WORDY = re.compile(r"\w")
_TITLED_MONTHS = frozenset(m.title() for m in MONTHS)
# A participle opening a sentence ("Looking at sales by brand", "Turning to exports"): no name.
_PARTICIPLE_OPENER = re.compile(r"ing\s++(?:at|to|on|into|from|for|with|over|in|by|back|ahead|through|about)\b")
_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z][a-z\-]+")


@functools.lru_cache(maxsize=4096)
def _may_name(w: str) -> bool:
    """Whether the capitalised word ``w`` may be a name at all (the word lists and shapes
    that never are)."""
    # "September's" is a month; "China's" stays a name the frames can share
    return (
        w not in NOT_NAMES
        # "THE SALES in Spain": a word set in capitals for emphasis is the word it spells
        and not (len(w) > 3 and w.isupper() and w.capitalize() in NOT_NAMES)
        and w not in METRIC_ACRONYMS
        and w.removesuffix("'s") not in _TITLED_MONTHS
        and w.removesuffix("'s").removesuffix("’s") not in _MARKET_WORDS  # "Romania's" is the news's market
        and not (w.endswith("s") and w[:-1] in _MARKET_WORDS)  # "Albanians are buying fewer cars"
        and not all(part in _TITLED_MONTHS or part in NOT_NAMES for part in w.split("-"))  # "January-March"
        and not _BASIS_WORD.match(w)
        and not _DESCRIPTOR.match(w)
    )


# Words a title-case headline leaves in lower case ("Profits Dip 2% at Orla, Climb 5% at Kessel")
_TITLE_SMALL = frozenset("a an and as at but by for from in of on or per the to up vs via with".split())


def _title_case(words: list[str]) -> bool:
    """A title-case line ("July Truck Sales Fall 32.9%"): most of its words are capitalised; or, in
    a line that ends in no full stop, every word but figures and the small words titles leave in
    lower case, which it has."""
    if len([w for w in words if w[0].isupper()]) > 0.6 * len(words):  # split() gives no empty word
        return True
    if words[-1][-1] in ".!?":
        return False
    lexical = [w for w in words if w[0].isalpha() and w.strip(",:;").lower() not in _TITLE_SMALL]
    small = any(w.strip(",:;") in _TITLE_SMALL for w in words)  # (a list line, "2) Orla Vento, 1.642", has none)
    return small and len(lexical) >= 3 and all(w[0].isupper() for w in lexical)


def _vocab(doc: Document) -> frozenset[str]:
    """The case rule: capitalised words the article uses as names."""
    vocab: set[str] = set()
    initial: set[str] = set()
    for s in doc.sentences:
        words = s.text.split()
        if len(words) < 5:
            continue
        if _title_case(words):
            continue  # a title-case headline: every word is capitalised
        dateline = _DATELINE.match(s.text)
        opening = dateline.end() if dateline else 0
        for m in CAP.finditer(s.text, opening):
            w = m.group()
            if _may_name(w):
                # first word, after any bullet, quote or dateline; or the first word of a quotation
                # ("says: “Registration of") or after a colon ("NOON: Official figures show")
                if (
                    not _WORDY.search(s.text, opening, m.start())
                    or s.text[m.start() - 1 : m.start()] in ("“", '"', "‘")
                    or s.text[max(0, m.start() - 2) : m.start()] == ": "
                ):
                    if not _PARTICIPLE_OPENER.match(s.text, m.end() - 3):
                        initial.add(w.removesuffix("'s"))
                else:
                    vocab.add(w.removesuffix("'s"))
    # the acronym a reporting body goes by ("... Manufacturers Association (PAMA)") reports figures
    for m in _BODY_ACRONYM.finditer(doc.norm):
        vocab.discard(m.group("acr") or m.group("or"))
        initial.discard(m.group("acr") or m.group("or"))
    for m in _SOURCE_ACRONYM.finditer(doc.norm):
        vocab.discard(m.group("acr") or m.group("series"))
        initial.discard(m.group("acr") or m.group("series"))
    # "the daily selling rate (DSR)": an acronym the article spells out in lower-case words is a
    # term, not a name
    for m in _TERM_ACRONYM.finditer(doc.norm):
        words, acr = m.group("words").split(), m.group("acr")
        if len(words) >= len(acr) and "".join(w[0] for w in words[-len(acr) :]).upper() == acr:
            vocab.discard(acr)
            initial.discard(acr)
    people = _people(doc.norm)
    vocab -= people
    initial -= people
    # A sentence-initial word is a name when the article never writes it in lower case
    # ("Sokon sold ..."), unlike "Demand" or "Wholesale".
    unsure = initial - vocab
    if not unsure:
        return frozenset(vocab)
    lower_words = set(_LOWER_WORD.findall(doc.norm))
    from spacy.lang.en.stop_words import STOP_WORDS  # spaCy is loaded already; this is its word list

    counts = Counter(m.group().removesuffix("'s") for m in CAP.finditer(doc.norm))
    for w in unsure:
        # "Vehicle margin was ..." is no name when the article writes "vehicles"; a word only ever
        # met once, at the start of a sentence ("Imagine that ...", "We're talking about ..."),
        # is not known to be a name; nor is a contraction or a stop word
        if {w.lower(), w.lower() + "s"} & lower_words or w.endswith("ly") or "'" in w or "’" in w:
            continue
        if w.lower() in STOP_WORDS:
            continue
        if counts[w] < 2 and not re.search(
            rf"\b{re.escape(w)}(?:'s\b|\s+{_SECOND_WORD}{SUBJECT_VERB}|\s+{_LEGAL_WORD}|{_ROLE_APPOSITIVE})", doc.norm
        ):
            # once, not the subject of a reporting verb ("Zentro delivered ..."), "Orla Motor Corp."
            # nor described as a company ("Kessel, the market leader for years, ...")
            continue
        vocab.add(w)
    return frozenset(vocab)


def _people(text: str) -> set[str]:
    """The words of the names of people the article addresses by an honorific, with the given
    names it writes before them ("Michinobu Sugata" once "Mr. Sugata" is met)."""
    people: set[str] = set()
    for m in _HONORIFIC.finditer(text):
        people.add(m.group("name").removesuffix("'s").removesuffix("’s"))
        if m.group("last"):
            people.add(m.group("last").removesuffix("'s").removesuffix("’s"))
    if people:
        surnames = "|".join(sorted(map(re.escape, people)))
        people |= set(re.findall(rf"\b([A-Z][a-z]++)\s++(?:{surnames})\b", text))
    return people


_NAME_RUN = r"[A-Z][\w&'’-]*+(?:\s++[A-Z][\w&'’-]*+){0,3}+"
# Who a figure comes from rather than whose it is: "according to Drevon", "as per Lumea", "citing data from its
# partner Lumea", "figures compiled by Sorell", "Drevon said 109,731 cars were sold" (a reporting
# verb whose clause has a subject of its own: not "Kessel said it sold", "Kessel said sales rose")
# A name written as its initials: "M&M", "JLR", "GM"
_INITIALS = re.compile(r"[A-Z](?:&?[A-Z]){1,3}")
# The newspaper, agency or site that reports: "the daily El Vessa de Lorne reported", "the
# business paper Sorvi Tidende wrote", "news agency Anac said" (particles of its name included).
# Its words are never a company's name.
_MEDIA = re.compile(
    r"\b(?i:daily|newspaper|paper|weekly|magazine|tabloid|(?:news\s++)?agency|broadcaster|news\s++site|website)"
    r"\s++(?P<who>[A-Z][\w&'’.-]*+(?:\s++(?:(?:de|del|da|do|dos|di|la|le|el|of|the)\s++)?[A-Z][\w&'’.-]*+){0,5}+)"
    r"(?=\s*+,?\s*+(?:said|says|reported|reports|wrote|writes|quoted|quoting|cited|citing)\b)"
)
# A person quoted, named last after the title: '," said the chief executive of the dealers' body,
# Dana Whitfield.' (a first and last name, capitalised, closing the sentence)
_SPEAKER = re.compile(
    # (a title before the name, never "said Tata Motors.": a company may speak too)
    r"(?:[\"”’]|,)\s*+(?:said|says|added|adds|explained|noted|commented)\s++"
    r"(?:(?:[\w&'’-]++\s++){0,8}?[\w&'’-]++\s*+,\s*+|(?:the\s++)?[a-z][\w'’-]*+\s++(?:[\w&'’-]++\s++){0,6}?)"
    r"(?P<who>[A-Z][a-z]++(?:\s++[A-Z][a-z]++){1,2}+)\s*+[.;]"
)
# ... or named right after the title, before the verb: "chief executive Ana Marsh said"
_TITLED_SPEAKER = re.compile(
    r"\b(?i:chief\s++executive(?:\s++officer)?|ceo|president|chairman|chairwoman|chairperson|managing\s++director"
    r"|director|spokesperson|spokesman|spokeswoman|analyst|economist|head|manager|secretary|minister)\s++"
    r"(?P<who>[A-Z][a-z]++(?:\s++[A-Z][a-z]++){1,2}+)"
    r"(?=\s*+,?\s*+(?:said|says|told|added|adds|noted|explained|commented)\b)"
)

_SOURCES = (
    re.compile(
        rf"\b{SOURCE_CUE}"
        rf"\s++(?:(?:the|its|their|a|an)\s++)?(?:[a-z][\w-]*+\s++){{0,4}}?"
        # ("according to Norvia, the Kestra registry and Anac": every body of a list)
        rf"(?P<who>{_NAME_RUN}(?:\s{{0,3}}+,\s{{0,3}}+(?:and\s++)?{_NAME_RUN}|\s++and\s++{_NAME_RUN}){{0,4}}+)"
    ),
    re.compile(
        # (a name starts a word: findall would otherwise rescan a long capitalised run from every letter)
        rf"(?<![\w&'’-])(?P<who>{_NAME_RUN})(?:\s*+,[^,.;]{{0,80}}+,)?\s++(?:said|says|reported|reports)"
        r"(?:\s++on\s++[A-Z]\w++)?(?:\s++that)?\s++(?=\d|some\s++\d|about\s++\d|(?:a\s++)?total\s++of\s++\d)"
    ),
    _MEDIA,
)


# A headline's last words after a dash or bar, a name of a few capitalised words: the outlet that ran
# it ("... – NL Times", "... | Autocar India", "... - The Korea Herald")
_OUTLET_CLOSING = re.compile(r"\s[–—|-]\s++(?P<who>(?:The\s++)?(?:[A-Z][\w&.]*+\s?){1,4})\s*+$")


class Names:
    """The names of one document, read once (built by the reading stage, never stored on the
    document)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._spans: dict[tuple[int, int], frozenset[str]] = {}

    @functools.cached_property
    def vocab(self) -> frozenset[str]:
        """Capitalised words the article uses as names."""
        return _vocab(self.doc) - self.media - self.speakers

    @functools.cached_property
    def speakers(self) -> frozenset[str]:
        """The words of the people quoted, named after their title ('," said the chief executive of
        the association, David Crawford.'): never a company's name."""
        text = self.doc.norm
        said = [m.group("who") for m in _SPEAKER.finditer(text)]
        said += [m.group("who") for m in _TITLED_SPEAKER.finditer(text)]
        return frozenset(w for who in said for w in CAP.findall(who))

    @functools.cached_property
    def media(self) -> frozenset[str]:
        """The words of the newspapers and agencies that report ("the daily El Vessa de Lorne
        reported"): never a company's name."""
        said = {w.removesuffix("'s") for m in _MEDIA.finditer(self.doc.norm) for w in CAP.findall(m.group("who"))}
        # (the outlet's name closing the headline: "Dutch new car sales fall 13% – NL Times")
        head = self.doc.norm.split("\n", 1)[0]
        if (m := _OUTLET_CLOSING.search(head)) is not None:
            said.update(CAP.findall(m.group("who")))
        return frozenset(said)

    @functools.cached_property
    def main_subject(self) -> str | None:
        """The company the article is about: the name it mentions most (at least twice), unless
        two are mentioned equally often; never a body that publishes the figures."""
        counts: dict[str, int] = {}
        # the words of a body's full name ("the National Association of ...") name no subject
        bodies = [(b.start(), b.end()) for b in _BODY_NAME.finditer(self.doc.norm)]
        for m in CAP.finditer(self.doc.norm):
            w = m.group().removesuffix("'s")
            # a body that publishes the figures (SMMT, CAAM) reports the market, not its own sales
            if w in self.vocab and w not in REPORTERS and not any(a <= m.start() < b for a, b in bodies):
                w = self._one_casing.get(w, w)  # ("KIA" and "Kia" are one name)
                counts[w] = counts.get(w, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        best = ranked[0][0] if ranked and ranked[0][1] >= 2 else None
        if best is not None and len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            best = None
        return best

    def in_span(self, start: int, end: int) -> frozenset[str]:
        """The names written in ``doc.norm[start:end]``."""
        found = self._spans.get((start, end))
        if found is None:
            found = self.in_text(self.doc.norm, start, end)
            if found and self.in_title_case_line(start):
                # "July Truck Sales Fall 32.9%": in a title-case line only a word the article never
                # writes in lower case is a name ("Truck" of "Virginia Truck Center" is not, here)
                found = frozenset(w for w in found if not {w.lower(), w.lower() + "s"} & self._lower_words)
            self._spans[(start, end)] = found
        return found

    @functools.cached_property
    def _one_casing(self) -> dict[str, str]:
        """One spelling for a name written in two casings ("KIA" and "Kia", "INEGI" and "Inegi"): the
        one not in capitals."""
        by_lower: dict[str, list[str]] = {}
        for w in sorted(self.vocab):
            by_lower.setdefault(w.lower(), []).append(w)
        return {
            w: next((f for f in forms if not f.isupper()), forms[0])
            for forms in by_lower.values()
            if len(forms) > 1
            for w in forms
        }

    @functools.cached_property
    def _lower_words(self) -> frozenset[str]:
        return frozenset(_LOWER_WORD.findall(self.doc.norm))

    @functools.cached_property
    def _title_case_lines(self) -> tuple[tuple[int, int], ...]:
        lines = ((s, s.text.split()) for s in self.doc.sentences)
        return tuple((s.start, s.end) for s, words in lines if len(words) >= 3 and _title_case(words))

    def in_title_case_line(self, pos: int) -> bool:
        """Whether ``pos`` is in a title-case line (a headline)."""
        return any(a <= pos < b for a, b in self._title_case_lines)

    def sources(self, start: int, end: int, cited: bool = False) -> frozenset[str]:
        """The names of ``doc.norm[start:end]`` that say where figures come from, not whose they
        are ("according to Drevon", "Drevon said 109,731 cars were sold"); ``cited``: only those a
        word of citing names ("according to Drevon", "the daily Sorvi said"), not a name that
        reports a figure that may be its own ("Orvane reported 14,376 deliveries")."""
        found: set[str] = set()
        for pattern in (_SOURCES[0], _MEDIA) if cited else _SOURCES:
            for m in pattern.finditer(self.doc.norm, start, end):
                stop = m.end("who")
                if cited and m.start() - start <= 3 and (comma := self.doc.norm.find(",", m.start("who"), stop)) > 0:
                    stop = (
                        comma  # ("According to the Federation, Kessel and Orla sold ...": the clause's subject follows)
                    )
                found |= self.in_text(self.doc.norm, m.start("who"), stop)
        return frozenset(found)

    @functools.cached_property
    def _initialisms(self) -> dict[str, frozenset[str]]:
        """A name of initials and the one name they spell in the article: "M&M" is Mahindra &
        Mahindra, "JLR" Jaguar Land Rover (one name, called either way)."""
        out: dict[str, frozenset[str]] = {}
        for w in self.vocab:
            if not _INITIALS.fullmatch(w):
                continue
            letters = w.replace("&", "")
            run = re.compile(r"\b" + r"\s++(?:(?:&|and|of|de)\s++)?".join(rf"({c}[a-z]++)" for c in letters) + r"\b")
            spelled = {m.groups() for m in run.finditer(self.doc.norm)}
            if len(spelled) == 1:
                words = frozenset(x for x in next(iter(spelled)) if x in self.vocab)
                if words:
                    out[w] = words
        return out

    def in_text(self, text: str, start: int = 0, end: int | None = None) -> frozenset[str]:
        """The names written in ``text[start:end]`` (a text of the same document)."""
        vocab, one = self.vocab, self._one_casing
        stop = len(text) if end is None else end
        found = frozenset(
            one.get(w, w) for m in CAP.finditer(text, start, stop) if (w := m.group().removesuffix("'s")) in vocab
        )
        if found & self._initialisms.keys():
            found |= {x for w in found & self._initialisms.keys() for x in self._initialisms[w]}
        if found:
            # the words of a body's full name ("the Driver and Vehicle Licensing Authority", "the
            # Pakistan Automotive Manufacturers Association") say who reports, not whose figure it is
            for m in _BODY_NAME.finditer(text, start, stop):
                # ("the Ministry of Interior's")
                found -= {one.get(w, w) for w in (x.removesuffix("'s") for x in CAP.findall(m.group()))}
        return found
