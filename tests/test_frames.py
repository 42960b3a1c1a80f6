"""Frames: what a figure measures, read from the words around it."""

from __future__ import annotations

import pytest

import factcheck
from factcheck import periods
from factcheck.document import build
from factcheck.frames import conflict, unsure, without_glosses
from factcheck.model import Status
from factcheck.names import REPORTERS
from factcheck.reading import Reading


def frame_of(text: str, figure: str):
    doc = build(text)
    q = next(q for q in doc.quantities if q.text.strip() == figure)
    return Reading(doc).frames.frame(q.start, q.end)


@pytest.mark.parametrize(
    "gloss",
    [
        "(retail sales, fleet sales and exports)",
        "(exports and domestic sales)",
        "(wholesale or retail)",
    ],
)
def test_a_parenthesis_listing_kinds_names_none_of_them(gloss: str) -> None:
    text = f"Tarrow announced its global sales {gloss} for May, a total of 118,240 units."
    f = frame_of(text, "118,240")
    assert f.measure is None and "channel" not in f.quals
    assert len(without_glosses(text)) == len(text)


def test_a_parenthesis_with_figures_is_kept() -> None:
    text = "Tarrow sold 118,240 units in May (exports, up 5%)."
    assert without_glosses(text) == text


def test_a_glossed_total_restates_its_bullet() -> None:
    text = (
        "- 118,240 Tarrow vehicles sold worldwide in May\n\n"
        "Tarrow Motors announced its global sales (retail sales, fleet sales and exports) for May,"
        " recording a total of 118,240 units sold."
    )
    assert any(v.code == "FC107" and v.status is Status.CONSISTENT for v in factcheck.check_text(text))


def test_a_segment_and_its_whole_are_not_one_figure() -> None:
    """ "new car sales" are a segment of "aggregate new vehicle sales": two rates a digit apart
    are two figures, not a typo."""
    text = (
        "Aggregate new vehicle sales for the year to date were 19.3% ahead of the same period a year ago - at"
        " 329,534 units from 276,130 units in 2003.\n\nOctober was strong for every brand. For the year to"
        " date, new car sales stayed 19.9% ahead of the corresponding period in 2003."
    )
    assert not [v for v in factcheck.check_text(text) if v.status is Status.INCONSISTENT]


@pytest.mark.parametrize(
    "pace",
    [
        "on a seasonally adjusted annual basis, sales this year are at 2.74 million units",
        "the seasonally adjusted annual rate (SAAR) stood at 2.74 million units",
        "sales are running at an annualised 2.74 million units",
    ],
)
def test_an_annual_pace_is_not_the_year_to_date_total(pace: str) -> None:
    text = (
        "The year-to-date total is at 2.14 million vehicles, which is a 5.2-percent gain, analyst Marren said."
        f'\n\n"This means that {pace}," Marren added.'
    )
    assert not [v for v in factcheck.check_text(text) if v.status is Status.INCONSISTENT]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("sales in the eighth month of the year", "august"),
        ("during the first month, deliveries slowed", "january"),
        ("in the accumulated figure for the year, they rose", "ytd"),
        ("the seventh month in a row of growth", None),
        ("for the sixth month running", None),
    ],
)
def test_a_month_named_by_its_place_in_the_year(text: str, key: str | None) -> None:
    from factcheck.attribution import periods_in

    found = periods_in(text)
    assert (key in found) if key else not any((p := periods.parse(k)) and p.month for k in found)


def _frame_of(text: str, figure: str):
    doc = build(text)
    q = next(q for q in doc.quantities if q.text.strip().endswith(figure))
    return Reading(doc).frames.frame(q.start, q.end)


# "for the year as a whole", "full-year", "over the whole year": the year is the figure's period.
@pytest.mark.parametrize(
    "sentence",
    [
        "Sales of electric cars for the year as a whole totalled 17,760 units.",
        "Full-year sales of electric cars came to 17,760 units.",
        "Over the whole year, it sold 17,760 electric cars.",
    ],
)
def test_the_whole_year_is_a_period(sentence: str) -> None:
    assert _frame_of(sentence, "17,760").months == {"fy"}


# "alternative-fuel vehicles" are a category wider than electric cars: a May count of them is no
# copy of a full-year count of electric cars.
@pytest.mark.parametrize("alt", ["alternative vehicles", "alternative-fuel vehicles", "alternative fuel cars"])
def test_alternative_vehicles_are_not_electric_ones(alt: str) -> None:
    text = (
        f"Kestrel update for May\n\nSales of {alt} rose in May by 6% from a year earlier, to 17,900 units.\n\n"
        "Sales of electric vehicles for the year as a whole totalled 17,760 units, 40% more than a year before."
    )
    assert [v for v in factcheck.check_text(text) if v.code == "FC107"] == []


@pytest.mark.parametrize(
    "words", ["eco-friendly vehicle", "environmentally friendly car", "green vehicle", "electrified model"]
)
def test_a_green_category_is_a_part_of_all_sales(words: str) -> None:
    """A rate of "eco-friendly vehicle sales" and one of all retail sales are two statements."""
    f = _frame_of(f"Retail {words} sales rose 72% to 4,100 units.", "4,100")
    assert f.powertrain == "alt"
    whole = _frame_of("Retail sales rose 27% to 41,000 units.", "41,000")
    assert conflict(f, whole)


@pytest.mark.parametrize(
    ("text", "figure", "origin"),
    [
        ("Imported cars took 18,200 of the registrations.", "18,200", "import"),
        ("Imports rose to 9,400 units.", "9,400", "import"),
        ("Locally assembled cars came to 30,100 units.", "30,100", "local"),
    ],
)
def test_where_the_cars_were_made_is_a_part_of_the_market(text: str, figure: str, origin: str) -> None:
    f = _frame_of(text, figure)
    assert f.quals.get("origin") == origin
    assert conflict(f, _frame_of("Registrations came to 48,300 units.", "48,300"))


@pytest.mark.parametrize(
    "text",
    [
        "It made a profit of 2.1 trillion yen on 30.2 trillion yen ($200 billion) sales.",
        "Profit was $1.4 billion on $21.7 billion in sales.",
        "Its profit reached EUR 3.0 billion, on EUR 40.5 billion of net sales.",
    ],
)
def test_money_that_sales_are_is_revenue(text: str) -> None:
    second = [q for q in build(text).quantities if q.is_currency][1]
    assert _frame_of(text, second.text.strip()).measure == "revenue"


def test_the_date_of_a_baseline_does_not_date_the_level() -> None:
    # "in March 2024" dates the 3,930 compared with, not the 4,410 the sentence is about
    text = "Kessel shipped 4,410 vans abroad, a rise of 12.2%, compared to the 3,930 vans it shipped in March 2024."
    r = Reading(build(text))
    q = next(q for q in r.doc.quantities if q.text == "4,410")
    assert r.frames.frame(q.start, q.end).months == frozenset()


@pytest.mark.parametrize(
    ("text", "figure", "line"),
    [
        ("Kessel's operating profit rose to 512.4 billion yen.", "512.4 billion yen", "operating"),
        ("Its net income came to 61 million euros.", "61 million euros", "net"),
        ("Drevon's pre-tax profit was $3.1 billion.", "$3.1 billion", "pretax"),
        ("The gross margin reached 21.5%.", "21.5%", "gross"),
    ],
)
def test_the_line_of_an_income_statement(text: str, figure: str, line: str) -> None:
    assert frame_of(text, figure).quals.get("line") == line


def test_operating_and_net_profit_are_two_figures() -> None:
    text = (
        "Kessel's operating profit climbed to 512.4 billion yen in the quarter. Its net profit came to 512.7 "
        "billion yen in the quarter."
    )
    assert conflict(frame_of(text, "512.4 billion yen"), frame_of(text, "512.7 billion yen"))
    vs = factcheck.check_text(text)
    assert all(v.status is not Status.INCONSISTENT for v in vs), [v.message for v in vs]


def test_a_class_named_on_one_side_only_is_no_sure_copy() -> None:
    # "heavy trucks ... +24.9%" may or may not be the market's "+24.6%": never a typo of it
    text = "The market grew 24.62% in the quarter, Febiac said. Heavy trucks saw an increase of 24.9%, Febiac said."
    a, b = frame_of(text, "24.62%"), frame_of(text, "24.9%")
    assert b.quals.get("segment") == "commercial"
    assert unsure(a, b)


@pytest.mark.parametrize(
    ("headline", "figure", "company"),
    [
        ("Profits Slip 1% at Orla, Rise 8% at Kessel", "8%", "Kessel"),
        ("Profits Slip 1% at Orla, Rise 8% at Kessel", "1%", "Orla"),
        ("Sales Fall 4% for Drevon; Jump 12% for Lumea", "12%", "Lumea"),
        ("Orla Deliveries Up 6%, Kessel Down 3% in the Quarter", "3%", "Kessel"),
    ],
)
def test_a_headline_s_clauses_each_name_their_own_company(headline: str, figure: str, company: str) -> None:
    body = (
        "Orla Motor said on Tuesday its quarterly results were weaker. Separately, rival Kessel reported "
        "a better quarter than analysts had expected, and Drevon and Lumea published theirs as well."
    )
    assert frame_of(f"{headline}\n\n{body}", figure).names == {company}


@pytest.mark.parametrize("where", ["in the U.S.", "in the US", "in the United States"])
def test_the_united_states_is_a_place(where: str) -> None:
    f = frame_of(f"Kessel's deliveries increased 2% {where} last quarter.", "2%")
    assert f.quals.get("place") == "us"


@pytest.mark.parametrize(
    "market",
    [
        "the world's largest car market",
        "the world’s second-biggest auto market",
        "the world's most important vehicle market",
    ],
)
def test_a_market_the_world_ranks_is_no_global_figure(market: str) -> None:
    f = frame_of(f"Sorell sold 41,200 cars in {market} in May, up from 38,900 a year earlier.", "41,200")
    assert f.quals.get("place") is None


@pytest.mark.parametrize("where", ["around the world", "across the world", "worldwide"])
def test_the_world_itself_is_a_global_figure(where: str) -> None:
    f = frame_of(f"Sorell sold 41,200 cars {where} in May.", "41,200")
    assert f.quals.get("place") == "global"


@pytest.mark.parametrize(
    ("figure", "name"),
    [("2.1%", "Korvik"), ("0.7%", "Lumea"), ("18", "Sorell"), ("41", "Halden")],
)
def test_a_figure_in_brackets_right_after_a_name_is_that_names(figure: str, name: str) -> None:
    text = (
        "By brand, the market leaders were Halden (41 units and a market share of 29.3%), Sorell (18 and"
        " 12.9%), Korvik (3 and 2.1%) and Lumea (1 and 0.7%)."
    )
    assert frame_of(text, figure).names == {name}


@pytest.mark.parametrize(
    "text",
    [
        "In the same period last year, 184,300 BEVs were delivered.",
        "During the same quarter of last year, 184,300 BEVs were delivered.",
        "Sales were 184,300 in the same month last year.",
        "It had delivered 184,300 vehicles in the corresponding quarter of the prior financial year.",
        "It delivered 184,300 vehicles in the April-June quarter of the prior fiscal.",
        "Deliveries reached 184,300 in the April-June period last year.",
    ],
)
def test_a_figure_of_the_same_period_last_year_is_dated_last_year(text: str) -> None:
    # (a sentence may open on it: "In" as well as "in")
    assert "last-year" in frame_of(text, "184,300").years


@pytest.mark.parametrize(
    "text",
    [
        "Two-wheeler manufacturing giant Korvik sold 41,800 units in April, up 8% year on year.",
        "Truck making major Ashfield sold 41,800 units in April, up 8% year on year.",
        "Scooter manufacturing firm Vessa sold 41,800 units in April, up 8% year on year.",
    ],
)
def test_what_a_maker_is_known_for_making_names_no_class_nor_action(text: str) -> None:
    f = frame_of(text, "41,800")
    assert "body" not in f.quals
    assert f.quals.get("action") == "sales"


@pytest.mark.parametrize(
    ("figure", "measure", "action"),
    [("18.2 percent", None, "production"), ("3.4 percent", None, "sales"), ("25.7 percent", "export", None)],
)
def test_each_rate_of_a_respectively_list_measures_its_own_label(
    figure: str, measure: str | None, action: str | None
) -> None:
    text = (
        "Tessin's vehicle production, domestic sales and exports rose 18.2 percent, 3.4 percent and 25.7"
        " percent in May, respectively."
    )
    f = frame_of(text, figure)
    assert f.measure == measure
    assert f.quals.get("action") == action


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("So far this year private buyers took 51,230 cars, a 36.5% share vs. 38.1% a year ago.", "38.1%"),
        ("Orla sold 4,120 cars in May, against 4,210 units a year earlier.", "4,210"),
        ("Year to date, Kessel sold 14,230 vans, up from 12,910 last year.", "12,910"),
    ],
)
def test_a_figure_dated_a_year_back_by_its_own_words_is_no_copy_of_this_years(text: str, figure: str) -> None:
    # the clause's period ("so far this year", "in May") is this year's; the figure's own words say
    # it is the year before, so it can restate no figure of this year's period
    back = frame_of(text, figure)
    assert "last-year" in back.years
    this_year = frame_of(text, {"38.1%": "36.5%", "4,210": "4,120", "12,910": "14,230"}[figure])
    assert "last-year" not in this_year.years
    assert conflict(back, this_year)


def test_a_dollar_sign_after_us_names_a_currency_not_a_market() -> None:
    text = "Operating profit climbed to 742 billion won (US$551 million) from 629 billion won a year before."
    assert "place" not in frame_of(text, "742 billion won").quals
    assert frame_of("Orla sold 4,120 cars in the US in May.", "4,120").quals.get("place") == "us"


def test_a_change_named_after_its_rate_says_what_it_measures() -> None:
    # "an 18 percent on-year gain in its third-quarter net profit": the noun is past the words read
    # after the figure; a cause after it ("on brisk demand for pickups") names no class
    f = frame_of(
        "Orla reported an 18 percent on-year gain in its third-quarter net profit on brisk demand for pickups.",
        "18 percent",
    )
    assert f.measure == "profit" and f.quals.get("line") == "net" and "body" not in f.quals


@pytest.mark.parametrize(
    ("headline", "figure", "months"),
    [
        ("Norland car sales up 6.2% in May, 9.4% so far in 2024", "6.2%", {"may"}),
        ("Norland car sales up 6.2% in May, 9.4% for the full year", "9.4%", {"fy"}),
        ("Tessin van sales down 3% in the second quarter, up 2% in the first half", "2%", {"h1"}),
    ],
)
def test_a_headline_s_clauses_each_have_their_own_period(headline: str, figure: str, months: set[str]) -> None:
    body = "The association published its figures on Tuesday.\n"
    assert frame_of(f"{headline}\n\n{body}", figure).months == months


def test_a_sentence_s_commas_do_not_part_its_period() -> None:
    # a full sentence, not a headline: "in May" dates the whole of it
    text = "Car sales in Norland rose 6.2% in May, helped by fleet orders, to 12,400 units.\n"
    assert frame_of(text, "12,400").months == {"may"}


def test_an_earlier_figures_per_share_gloss_names_no_measure_of_a_later_one() -> None:
    text = "Kessel said its profit rose 12% to $1.2 billion, or $2.10 per share, from $1.07 billion, or $1.85 a share."
    assert frame_of(text, "$1.07 billion").measure == "profit"


@pytest.mark.parametrize(
    ("text", "glosses"),
    [
        (
            "quarterly profit came to $311 million, or $2.75 per share, up from $205 million, or $1.81 per share.",
            ["$2.75", "$1.81"],
        ),
        (
            "a profit of 912 billion won, or 4,410.5 won per diluted share, against 1.1 trillion won",
            ["4,410.5 won"],
        ),
        ("earnings of $2.10 a share, up from $1.85 a share", []),
    ],
)
def test_a_per_share_gloss_is_the_figure_set_off_by_or(text: str, glosses: list[str]) -> None:
    from factcheck.context import in_per_share_gloss

    doc = build(text)
    assert [q.text.strip() for q in doc.quantities if in_per_share_gloss(doc.norm, q)] == glosses


@pytest.mark.parametrize(
    ("text", "figure", "origin", "condition"),
    [
        ("Used import registrations reached 7,810 units in March.", "7,810", "import", "used"),
        ("Car arrivals at the port came to 8,210 in March.", "8,210", "import", None),
        ("Second-hand car sales reached 8,210 in March.", "8,210", None, "used"),
        ("The 8,210 cars were used to clear the backlog in March.", "8,210", None, None),
    ],
)
def test_imported_and_second_hand_cars_are_named(
    text: str, figure: str, origin: str | None, condition: str | None
) -> None:
    quals = frame_of(text, figure).quals
    assert (quals.get("origin"), quals.get("condition")) == (origin, condition)


@pytest.mark.parametrize(
    ("text", "figure", "places"),
    [
        ("Combined, the EU, EFTA, and UK markets grew 13.1%, to 12,402,700 cars.", "12,402,700", {"europe", "uk"}),
        ("Together, France, Italy, and Spain registered 3,410,200 cars in 2024.", "3,410,200", {"france", "italy"}),
        (
            "Between them, Thailand, Malaysia, and Vietnam sold 1,204,300 vehicles.",
            "1,204,300",
            {"thailand", "vietnam"},
        ),
    ],
)
def test_a_serial_comma_ends_a_list_of_markets_not_the_clause(text: str, figure: str, places: set[str]) -> None:
    # the figure is of every market listed, the last one after ", and" included
    assert places <= set(frame_of(text, figure).quals["place"].split("+"))


@pytest.mark.parametrize(
    ("union", "one"),
    [
        (
            "Combined, the EU, EFTA, and UK markets sold 12,402,700 cars in 2023.",
            "The EU sold 10,210,400 cars in 2023.",
        ),
        ("France and Italy registered 3,410,200 cars in 2024.", "France registered 1,718,400 cars in 2024."),
        (
            "Sales in Thailand and Malaysia came to 1,204,300 vehicles in 2024.",
            "Thailand sold 572,700 vehicles in 2024.",
        ),
    ],
)
def test_markets_added_up_are_no_copy_of_one_of_them(union: str, one: str) -> None:
    a = frame_of(union, next(w for w in union.split() if w[0].isdigit()))
    b = frame_of(one, next(w for w in one.split() if w[0].isdigit()))
    assert conflict(a, b)


def test_a_market_named_with_its_region_is_still_that_market() -> None:
    a = frame_of("Thailand, the Southeast Asian market, sold 572,700 vehicles in 2024.", "572,700")
    b = frame_of("Thailand sold 572,700 vehicles in 2024.", "572,700")
    assert not conflict(a, b)


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        (
            "EU registrations came to 10,210,400 in 2023, compared with 9,118,300 in 2022.",
            "9,118,300",
            "europe",
        ),
        (
            "Dealers in Brazil sold 2,308,600 cars last year, compared with 2,104,500 a year before.",
            "2,104,500",
            "brazil",
        ),
        ("Sales in Kenya reached 12,310 units, compared to 7,638 in January-September 2020.", "7,638", "kenya"),
    ],
)
def test_a_figure_compared_with_is_of_the_clauses_market(text: str, figure: str, place: str) -> None:
    assert frame_of(text, figure).quals.get("place") == place


@pytest.mark.parametrize(
    ("text", "figure", "months"),
    [
        (
            "New vehicle sales climbed 30.7 percent to 12,310 units in the nine months ended September.\n\n"
            "Dealers including Kessel and Orla had sold 9,420 units a year earlier.",
            "9,420",
            {"ytd:9"},
        ),
        (
            "Drevon delivered 56,180 cars in the second quarter.\n\nIt had delivered 50,300 a year before.",
            "50,300",
            {"q2"},
        ),
        ("Lumea sold 2,386 vans in March.\n\nThe brand sold 1,796 vans a year ago.", "1,796", {"march"}),
    ],
)
def test_a_level_dated_only_a_year_back_takes_the_period_of_the_sentence_before(
    text: str, figure: str, months: set[str]
) -> None:
    f = frame_of(text, figure)
    assert set(f.months) == months and "last-year" in f.years


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The makers installed in the Halden free zone built 52,310 vans in May.", "52,310"),
        ("Foreign brands installed in Mexico produced 30,500 trucks in March.", "30,500"),
        ("The plants installed at the Norvia hub assembled 8,120 cars in June.", "8,120"),
    ],
)
def test_makers_installed_in_a_place_are_located_there_not_counting_installations(text: str, figure: str) -> None:
    f = frame_of(text, figure)
    assert f.measure != "capacity" and f.quals.get("action") != "installations"


@pytest.mark.parametrize(
    "text",
    [
        "Orla installed 9.95 GWh of batteries in May.",
        "Batteries installed in vehicles reached 9.95 GWh in May.",
        "Its installed capacity was 9.95 GWh in May.",
    ],
)
def test_batteries_installed_are_still_installations(text: str) -> None:
    assert frame_of(text, "9.95 GWh").measure == "capacity"


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        (
            "The makers installed in the Halden free zone built 52,310 vans in May. That was a 12.4% gain"
            " on May a year before, when 46,540 vans were built.",
            "12.4%",
        ),
        (
            "Foreign brands installed in Mexico produced 30,500 trucks in March. The figure was 25% up on the"
            " same month of 2023, when they produced 24,400.",
            "25%",
        ),
    ],
)
def test_a_level_of_makers_installed_in_a_place_is_the_current_of_its_rate(text: str, rate: str) -> None:
    got = {text[v.start : v.end]: v.status for v in factcheck.check_text(text) if v.code == "FC101"}
    assert got[rate] is Status.CONSISTENT
    mutated = text.replace("46,540", "45,640").replace("24,400", "42,400")
    got = {mutated[v.start : v.end]: v.status for v in factcheck.check_text(mutated) if v.code == "FC101"}
    assert got[rate] is Status.INCONSISTENT


@pytest.mark.parametrize(
    "text",
    [
        "In Germany (the largest car market in Europe), 251,400 new cars were registered in January.",
        "Germany, Europe's biggest car market, registered 251,400 new cars in January.",
        "In Germany, the largest vehicle market in Europe, 251,400 new cars were registered in January.",
    ],
)
def test_a_market_ranked_in_its_region_is_that_market_alone(text: str) -> None:
    assert frame_of(text, "251,400").quals.get("place") == "germany"


@pytest.mark.parametrize(
    "text",
    [
        "Germany registered 251,400 new cars in January, according to figures from the KBA.",
        "Spain registered 251,400 new cars in January, ANFAC said.",
        "Italy registered 251,400 new cars in January, according to UNRAE.",
    ],
)
def test_the_national_body_that_counts_registrations_names_no_company(text: str) -> None:
    # (frames keep who reports a figure as evidence; no company of it)
    assert not frame_of(text, "251,400").names - REPORTERS


@pytest.mark.parametrize(
    "text",
    [
        "Halden Mexico and Korvik Mexico saw build rates go up 12.4% and 6.1%, respectively, in March.",
        "Halden Mexico and Korvik Mexico saw their output climb 12.4% and 6.1%, respectively, in March.",
        "Production at Halden Mexico and Korvik Mexico grew 12.4% and 6.1%, respectively, in March.",
    ],
)
def test_a_respectively_rate_is_its_own_labels_company_and_measure(text: str) -> None:
    # each rate is the company its label names, and the verb after the list is no part of a label
    for figure, name in (("12.4%", "Halden"), ("6.1%", "Korvik")):
        f = frame_of("Data on Halden and Korvik came out on Monday. " + text, figure)
        assert f.names == frozenset({name}), (figure, f.names)
        assert f.quals.get("action") == "production", (figure, f.quals)


def test_lv_is_a_vehicle_class_not_a_name() -> None:
    f = frame_of("Total LV sales in Tessin grew 7.2% to 83,454 units, the trade body said. LV demand held.", "83,454")
    assert "LV" not in f.names


def test_fleet_deliveries_are_a_slice_of_all_sales() -> None:
    a = frame_of("Orla's fleet deliveries slipped 23% in the quarter.", "23%")
    b = frame_of("Orla's dealers moved 512,840 new vehicles in the quarter.", "512,840")
    assert a.quals.get("buyer") == "fleet" and "buyer" not in b.quals
