"""The one names module: which capitalised words name a company, for every stage."""

from __future__ import annotations

import ast

import pytest
from test_architecture import PACKAGE

from factcheck.document import build
from factcheck.names import NOT_NAMES, REPORTERS, Names
from factcheck.reading import Reading


def names(text: str) -> Names:
    return Names(build(text))


def test_a_word_used_mid_sentence_is_a_name() -> None:
    n = names("Last month Zentro sold 4,100 cars in Lyon and Orla sold 3,900 of them in Graz.")
    assert {"Zentro", "Orla", "Lyon", "Graz"} <= n.vocab
    assert "Last" not in n.vocab


@pytest.mark.parametrize(
    ("text", "is_name"),
    [
        ("Zentro delivered 4,100 cars in May, its best month so far.", True),  # a reporting verb follows
        ("Imagine that: 4,100 cars found new owners in May, a record.", False),  # met once, no such verb
        ("Demand rose in May, and demand for vans rose too, to 4,100 units.", False),  # written in lower case
        ("Meanwhile the company sold 4,100 cars in May to fleet buyers.", False),  # never a name
        ("  • Sedans (two models): 3,582 of the cars sold in May", False),  # first word after a bullet
        # a participle opening the sentence, however often the article uses it so
        ("Turning to exports, 4,100 cars left the port in May. Turning to imports, 900 came in.", False),
        ("Looking at brands in 2024, Zentro led with 4,100 cars. Looking ahead, it expects more.", False),
        # an appositive that says what the word names, met once
        ("Zentro, the brand that led for a decade, fell to fifth place with 4,100 cars.", True),
        ("Zentro, a Korean carmaker, sold 4,100 cars in May.", True),
        ("However, the market grew 4% in May to 4,100 cars.", False),
    ],
)
def test_a_sentence_initial_word_needs_more_than_its_capital(text: str, is_name: bool) -> None:
    first = text.lstrip(" •").split()[0].rstrip(":,")
    assert (first in names(text).vocab) is is_name


@pytest.mark.parametrize(
    "word",
    [
        "A-class",
        "China-made",
        "Plug-in",
        "Year-on-year",
        "BEVs",
        "NEV",
        "September's",
        "Hybrids",
        "TL",
        "Liras",
        "EPS",
        "EBITDA",
        "GAAP",
    ],
)
def test_descriptors_and_metric_words_are_no_names(word: str) -> None:
    text = f"In May the {word} figure at Zentro rose to 4,100 units, the company said on Monday."
    assert word.removesuffix("'s") not in names(text).vocab
    assert "Zentro" in names(text).vocab


def test_a_hyphenated_company_stays_a_name() -> None:
    n = names("In May the carmaker Mercedes-Benz sold 4,100 cars and Orla sold 3,000 in Spain.")
    assert "Mercedes-Benz" in n.vocab


def test_who_reported_a_figure_is_not_whose_it_is() -> None:
    """Frames keep an agency as evidence that two figures come from one release; attribution,
    which gives a figure its company, does not take it for the company."""
    text = (
        "According to the CPCA, Zentro sold 4,100 cars in May, up 12 percent on the year.\n\n"
        "The figures were released by the Association on Monday, and Orla sold 3,000 in the month."
    )
    r = Reading(build(text))
    assert {"CPCA", "Zentro"} <= r.frames.vocab
    assert r.attribution.sentence_names[0] == frozenset({"zentro"})
    assert "CPCA" in REPORTERS and "CPCA" not in NOT_NAMES


def test_frames_and_attribution_read_the_same_names() -> None:
    text = (
        "Volt sold 6,150 cars in May, ahead of Kessel. Imagine that: 5,200 more were sold in June.\n\n"
        "In June the Volt rival Orla delivered 3,100 vans, the CPCA said."
    )
    r = Reading(build(text))
    for sent in r.doc.sentences:
        framed = {w.lower() for w in r.frames.names_in(sent.start, sent.end)}
        assert r.attribution.sentence_names[sent.index] <= framed
    assert r.attribution.sentence_names[0] == frozenset({"volt"})  # the subject of "sold", not its rival
    assert r.attribution.sentence_names[1] == frozenset()  # "Imagine" is no name
    assert r.attribution.sentence_names[2] == frozenset({"orla"})  # the subject of "delivered"


def test_no_other_module_keeps_a_list_of_non_names() -> None:
    """One list, in ``factcheck.names``: the three copies it replaced had drifted apart."""
    offenders = []
    for p in [*PACKAGE.glob("*.py"), *(PACKAGE / "rules").glob("*.py")]:
        if p.name == "names.py":
            continue
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign):
                for t in node.targets:
                    if isinstance(t, ast.Name) and t.id.lstrip("_") == "NOT_NAMES" and not _derived(node.value):
                        offenders.append(f"{p.name}:{node.lineno}")
    assert offenders == []


def _derived(value: ast.expr) -> bool:
    """``NOT_NAMES | REPORTERS | ...``: built on the shared list, not a list of its own."""
    return any(isinstance(n, ast.Name) and n.id == "NOT_NAMES" for n in ast.walk(value))


@pytest.mark.parametrize(
    ("text", "figure", "company"),
    [
        # the body that reports a market's figures, with its acronym, is no company
        ("Member companies of the Chamber of Vehicle Makers of Kestria (CVMK) and the Bus Importers"
         " Association (BIA) reported combined sales of 35,280 units last month.", "35,280", frozenset()),
        # nor the person who speaks for it, nor the town it sits in
        ("Dana Reyes, chief executive of the Motor Dealers Federation, said 15,980 vehicles were sold.",
         "15,980", frozenset()),
        ("According to the Vehicle Licensing Authority (VLA) in Norrberg, 235,500 cars were registered.",
         "235,500", frozenset()),
        # nor the acronym of a body whose name ends on a place of two words
        # a maker's own legal name stays the maker's
        ("Toyota Motor Kestria Corp. (TMK) led the market with 16,130 units.", "16,130", frozenset({"tmk"})),
        # a person addressed by an honorific speaks for the figure; it is not theirs
        ("Mr. Halvorsen said the market reached 98,400 units in 2024.", "98,400", frozenset()),
        ("Ms Ana Dumitru, who heads the dealers' body, expects 61,200 sales this year.", "61,200", frozenset()),
        ("Jonas Brekke said 12,500 cars were sold. Mr Brekke expects more in 2025.", "12,500", frozenset()),
        # a body known by its acronym after ", or"
        ("Of 9,120 cars registered, 7,400 were electric, according to the Road Traffic Federation, or RTF.",
         "9,120", frozenset()),
        # a city where the cars are made or sold is no company
        ("Kessel built 31,500 cars at its Hefei plant in May.", "31,500", frozenset({"kessel"})),
    ],
)  # fmt: skip
def test_reporting_bodies_and_their_spokespeople_are_not_companies(
    text: str, figure: str, company: frozenset[str]
) -> None:
    att = Reading(build(text)).attribution
    (rec,) = [r for r in att.records if r.head.text == figure]
    assert rec.names >= company if company else not rec.names


@pytest.mark.parametrize(
    "word",
    [
        "Taiwan",
        "Malaysian",
        "Brazil",
        "Turkish",
        "Philippines",
        "Middle",
        "East",
        "Asian",
        "Republic",
        "Kingdom",
        "Namibia",
        "Botswana",
        "Lanka",
        "Uruguay",
        "Kuwaiti",
    ],
)
def test_a_market_is_not_a_company(word: str) -> None:
    assert word in NOT_NAMES


def test_a_word_set_in_capitals_is_the_word_it_spells() -> None:
    text = "THE SALES in Kestria of electric cars rose by 14 per cent in July, the registry said on Monday."
    assert "SALES" not in names(text).vocab


@pytest.mark.parametrize("acronym", ["PCs", "LCVs", "CVs", "PVs", "HCVs"])
def test_segment_acronyms_name_no_company(acronym: str) -> None:
    n = names(f"Registrations of {acronym} stood at 137,544 units, while Orla sold 3,900 of them in May.")
    assert acronym not in n.vocab and "Orla" in n.vocab


@pytest.mark.parametrize(("total", "status"), [("156,920", "consistent"), ("165,920", "inconsistent")])
def test_segments_named_by_acronym_add_up(total: str, status: str) -> None:
    text = (
        f"Sales of new cars in Kestria reached {total} units in the first eleven months of the year.\n\n"
        "By segment, registrations of passenger vehicles (PCs) stood at 137,544 units, while those of light "
        "commercial vehicles (LCVs) stood at 19,376 units.\n"
    )
    import factcheck

    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC103"]
    assert v.status.value == status, v.message


@pytest.mark.parametrize(
    "text",
    [
        "Output in the Czech Republic fell 4.1% to 98,310 cars in March, the association said.",
        "Registrations in the United Kingdom fell 4.1% to 98,310 cars in March, the society said.",
        "The Market grew 4.1% to 98,310 cars in March, and the Market will grow again, dealers said.",
    ],
)
def test_the_words_of_a_country_or_a_market_name_no_company(text: str) -> None:
    vocab = names(text).vocab
    assert not vocab & {"Republic", "Kingdom", "United", "Market"}


def test_a_title_case_headline_names_only_what_the_article_never_writes_in_lower_case() -> None:
    text = (
        "July Star Model Sales Rise 32.9% at Orla\n\n"
        "Orla sold 7,503 of its star models in July, said Frank Ellis, who runs the Halden Star Center."
    )
    ns = names(text)
    assert "Star" in ns.vocab  # a name in the body ("Halden Star Center") ...
    head = text.index("\n")
    assert ns.in_span(0, head) == frozenset({"Orla"})  # ... but the common noun in the headline
    body = text.index("Frank")
    assert "Star" in ns.in_span(body, len(text))


@pytest.mark.parametrize("text", ["Romania's car market grew 4% in May.", "Morocco’s car market grew 4% in May."])
def test_a_markets_possessive_is_no_name(text: str) -> None:
    assert not names(text + " Sales rose again in June, dealers said.").vocab


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # a wire dateline and its agency name no one
        ("TOKYO (AP) — Orla sold 552,400 cars in April, up 14.5 percent on a year earlier.", {"AP"}, {"Orla"}),
        ("UPDATE 11/03/2024 NOON: New data put Kessel at 85,633 vehicles in August.", {"NOON"}, set()),
        # an acronym that releases figures, or names a series of official data, is a source
        ("Figures released by the FCAI show Orla sold 16,700 cars in August, ahead of Kessel.", {"FCAI"}, {"Orla"}),
        ("Official VFACTS sales figures show Orla sold 16,700 cars in August, ahead of Kessel.", {"VFACTS"}, {"Orla"}),
        # a city and a full stop with a dash, as Spanish-language wires open
        ("Santo Domingo.- Orla led the March imports with 12,400 vehicles.", {"Domingo", "Santo"}, {"Orla"}),
        ("Puerto Plata.- Dealers of Kessel sold 4,210 cars in May, ahead of Orla.", {"Plata"}, {"Kessel", "Orla"}),
        ("Nueva Loja.- In June, Drevon sold 1,204 vans, while Orla sold 870.", {"Loja"}, {"Drevon", "Orla"}),
        # a maker's own name before a colon is still a name
        ("BYD: sales of 300,000 cars in May put it ahead of Kessel and of BYD's own record.", set(), {"BYD"}),
    ],
)
def test_datelines_wires_and_data_series_name_no_one(text: str, absent: set[str], present: set[str]) -> None:
    vocab = Names(build(text)).vocab
    assert not absent & vocab and present <= vocab, sorted(vocab)


def test_the_acronym_of_a_body_named_for_a_place_of_two_words_names_no_company() -> None:
    text = (
        "The National Association of Vehicle Makers of South Kestria (Navmak) released its data on Monday."
        " Exports rose, and Navmak put them at 27,320 cars in May, while Zentro led sales."
    )
    assert "Navmak" not in names(text).vocab and "Zentro" in names(text).vocab


def test_the_words_of_a_bodys_full_name_make_no_main_subject() -> None:
    text = (
        "The National Association of Car Makers said Kessel sold 4,100 cars in May. The National Federation"
        " of Car Dealers said demand held up, and Kessel said it expects more in June."
    )
    assert Names(build(text)).main_subject == "Kessel"


@pytest.mark.parametrize("city", ["Shanghai", "Hefei", "Stuttgart", "Chennai"])
def test_a_city_in_the_story_is_no_company(city: str) -> None:
    text = f"Kessel sold 12,200 cars in May. Sales rose 40% from 8,700 units in May last year, when {city} was shut."
    frame = Reading(build(text)).frames.frame(text.index("8,700"), text.index("8,700") + 5)
    assert city not in frame.names


@pytest.mark.parametrize("body", ["the Ministry of Interior's data", "data from the Ministry of the Interior"])
def test_a_bodys_possessive_names_no_company(body: str) -> None:
    text = f"Last year, 61,200 new cars were sold in Halden, according to {body}, which keeps the register."
    ns = names(text)
    assert ns.in_span(0, len(text)) == frozenset({"Halden"})


def test_a_name_in_two_casings_is_one_name() -> None:
    text = (
        "According to Inegi data, 124,797 new cars were sold in Mexico in November.\n\n"
        "The census bureau (INEGI) counted 124,797 light vehicles sold that month."
    )
    ns = names(text)
    first, second = text.index("Inegi"), text.index("INEGI")
    assert ns.in_span(first, first + 5) == ns.in_span(second, second + 5) == frozenset({"Inegi"})


@pytest.mark.parametrize("people", ["Albanians", "Moldovans", "Canadians"])
def test_a_nations_people_name_no_company(people: str) -> None:
    text = f"In 2024, {people} bought fewer cars than a year before. The favourite brand of {people} is Orla."
    assert people not in names(text).vocab


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "Drevon counts the market. Drevon, citing data from its partner Lumea, said 109,731 cars were sold.",
            {"Drevon", "Lumea"},
        ),
        ("Sales reached 4,100 units in May, according to Drevon, ahead of Orla's 3,900.", {"Drevon"}),
        ("Figures compiled by Sorell show Orla sold 3,900 cars in May.", {"Sorell"}),
        ("As per Sorell, the previous best of Orla was 3,900 cars in May.", {"Sorell"}),
        # the sayer is the seller: "it" is Kessel, so Kessel is whose the figure is
        ("Kessel said it sold 4,100 cars in May, and Orla said sales rose.", set()),
    ],
)
def test_the_names_a_figure_comes_from(text: str, sources: set[str]) -> None:
    n = names(text)
    assert n.sources(0, len(text)) == sources


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the portfolio a ministry is "of", listed with commas, names no one
        ("The Ministry of Transport, Energy and Mines said green car exports reached 28,597.", frozenset()),
        ("The Department of Roads, Ports and Trade put output at 41,200 units.", frozenset()),
        # a list of companies after a body's name, with no "of", is still those companies'
        (
            "According to the Federation, Kessel and Orla sold 5,210 cars.",
            frozenset({"Kessel", "Orla"}),
        ),
    ],
)
def test_a_ministry_of_several_portfolios_names_no_company(text: str, names: frozenset[str]) -> None:
    doc = build(text)
    rd = Reading(doc)
    (q,) = [q for q in doc.quantities if q.is_amount]
    assert rd.frames.frame(q.start, q.end).names == names


def test_an_acronym_spelled_out_in_lower_case_words_is_a_term_not_a_name() -> None:
    text = (
        "Vessa delivered 14,800 vehicles in May; adjusted for the daily selling rate (DSR), that is 3.2 percent more. "
        "Electrified sales rose 9.1 percent on a DSR basis, and Vessa said demand held up."
    )
    n = names(text)
    assert "DSR" not in n.vocab and "Vessa" in n.vocab


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        (
            "Chilean car sales rose 3.1 percent to 1.2 million units in 2024, the daily El Vessa de Lorne "
            "reported Tuesday.",
            {"Vessa", "Lorne"},
        ),
        ("Peruvian sales climbed 9 percent to 189,000 units, the newspaper La Sorvi reported on Monday.", {"Sorvi"}),
        ("Car sales grew 6 percent to 2.5 million, business daily Halden Folha wrote on Friday.", {"Halden", "Folha"}),
    ],
)
def test_a_newspaper_that_reports_is_no_company(text: str, paper: set[str]) -> None:
    reading = Reading(build(text))
    assert not paper & reading.frames.vocab
    assert all(not r.names for r in reading.attribution.records)


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "Quarterly net profit at K&O falls 12 per cent to Rs 162 cr",
            "Kessel & Orla on Tuesday posted a net profit of Rs 161.75 crore for the second quarter.",
        ),
        (
            "First-half revenue at TDM rises to £3.4bn",
            "Tessin Drevon Motors said revenue for the first half came to £3.41bn.",
        ),
        ("Carmaker LH sells 41,200 cars in May", "Lumea Holdings sold 41,200 cars in May, it said on Monday."),
    ],
)
def test_a_name_of_initials_is_the_one_name_they_spell(headline: str, body: str) -> None:
    reading = Reading(build(f"{headline}\n\n{body}\n"))
    first = reading.frames.names_in(0, len(headline))
    second = reading.frames.names_in(len(headline) + 2, len(headline) + 2 + len(body))
    assert first & second, (first, second)


def test_a_company_that_speaks_stays_a_name() -> None:
    from factcheck.document import build
    from factcheck.names import Names

    doc = build('"Demand held up," said Kessel Motors. Kessel Motors sold 4,100 cars in May.\n')
    assert "Kessel" in Names(doc).vocab
