"""Our figure reader, including every case quantulum3 gets wrong out of the box."""

from __future__ import annotations

import math

import pytest

import factcheck
from factcheck.document import build
from factcheck.model import Quantity
from factcheck.numbers import figure, iter_quantities, normalise, rounding_half_width


def read(text: str) -> list[tuple[str, float, str | None]]:
    return [(q.text, q.value, q.unit) for q in iter_quantities(normalise(text))]


def one(text: str):
    qs = list(iter_quantities(normalise(text)))
    assert len(qs) == 1, qs
    return qs[0]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Sokon sold 41,440 NEVs", 41440, "count"),  # quantulum3: newton-electronvolt-seconds
        ("300k units", 300_000, "count"),  # quantulum3: 300 kelvin
        ("RMB900 million", 900e6, "CNY"),  # quantulum3: 1,000,000
        ("RMB 2 billion", 2e9, "CNY"),
        ("CNY 20.6 billion", 20.6e9, "CNY"),
        ("USD 900 million", 900e6, "USD"),
        ("1.5bn yuan", 1.5e9, "CNY"),  # quantulum3: bit-newtons
        ("US$1.2 billion", 1.2e9, "USD"),
        ("€45,000", 45000, "EUR"),
        ("£32,500", 32500, "GBP"),
        ("¥3,000", 3000, "CNY"),
        ("88.71 percent", 88.71, "percent"),
        ("128 per cent", 128, "percent"),
        ("18.79%", 18.79, "percent"),
        ("6.6 percentage points", 6.6, "pp"),  # quantulum3 drops the "percentage points"
        ("9.954 GWh", 9.954, "GWh"),
        ("2.989 million units", 2.989e6, "count"),
        ("210,295 new energy vehicles", 210295, "count"),
        # other dollars are not US dollars, and Gulf and Israeli money is read
        ("S$40,000", 40000, "SGD"),
        ("A$1.2 billion", 1.2e9, "AUD"),
        ("R$ 3 billion", 3e9, "BRL"),
        ("Dh19bn", 19e9, "AED"),
        ("Dhs 757 million", 757e6, "AED"),
        ("4.1 billion dirhams", 4.1e9, "AED"),
        ("NIS 4.1 billion", 4.1e9, "ILS"),
        ("1.5 billion U.S. dollars", 1.5e9, "USD"),
        ("24.3 billion US dollars", 24.3e9, "USD"),
    ],
)
def test_reads_domain_figures(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert q.value == pytest.approx(value)
    assert q.unit == unit


def test_parenthesised_conversion_is_positive() -> None:
    # quantulum3 reads "($39,000)" as -39,000 dollars
    assert read("RMB 250,000 ($39,000)") == [("RMB 250,000", 250000, "CNY"), ("$39,000", 39000, "USD")]


@pytest.mark.parametrize(
    "text",
    [
        "an SUV",  # quantulum3: a unit
        "a year ago",  # quantulum3: a quantity
        "the Model 3 and the ID.4",
        "the M5 and the Li L9",
        "the SU7 and the P7+",
        "its 300,000th delivery",
        "in week 36",
        "on April 20, 2021",
        "on 5/7",
        "in 2021",
        "In December 2020 it had",
        "Since 2019 sales have tripled",
        "(NYSE: NIO, HKG: 9868)",
        "at 10:30",
        "1.234,5",
        # a year cut short after an apostrophe
        "during YTD FY'23",
        "in Nov’25",
        "the class of '22",
        "in the fourth quarter (Q4'22)",
        "from the H1’24 level",
    ],
)
def test_not_quantities(text: str) -> None:
    assert list(iter_quantities(normalise(text))) == []


@pytest.mark.parametrize(
    "text",
    [
        "down from 1,208,330 year-ago",
        "from 2,300 month-earlier",
        "vs 812 year-before",
        # the basis of a change said right after the level it reached
        "grew to 5,040 year-on-year",
        "rose to 5,040 year on year",
        "up to 5,040 year-over-year",
        "fell to 2,300 month-on-month",
        "reached 41,250 year-to-date",
        "at 812 week on week",
    ],
)
def test_a_level_of_a_year_ago_has_no_unit_of_years(text: str) -> None:
    [(_, _, unit)] = read(text)
    assert unit != "yr" and unit != "month"


def test_hedges_are_kept() -> None:
    q = one("more than 11,600 units")
    assert (q.hedge, q.lo, q.hi, q.text) == ("more", 11600, math.inf, "more than 11,600")
    q = one("nearly 22k")
    assert q.hedge == "nearly" and q.hi >= 22000 > q.lo
    q = one("about 92%")
    assert q.hedge == "about" and q.lo < 90 and q.hi > 94


@pytest.mark.parametrize("verb", ["handed", "hands", "hand", "handing", "took", "takes", "turned", "turns"])
def test_over_after_a_phrasal_verb_is_no_hedge(verb: str) -> None:
    q = one(f"Kestrel {verb} over 14,763 vehicles")
    assert (q.hedge, q.lo, q.hi) == (None, 14763, 14763)


def test_rounding_interval_follows_stated_precision() -> None:
    q = one("33.96 percent")
    assert (q.lo, q.hi) == pytest.approx((33.955, 33.965))
    q = one("34 percent")
    assert (q.lo, q.hi) == pytest.approx((33.5, 34.5))
    # a count is exact; a round thousand may stand for anything that rounds to it
    assert rounding_half_width("6,150", 1.0, percent_like=False) == 0.0
    assert rounding_half_width("505,000", 1.0, percent_like=False) == 500.0
    assert rounding_half_width("2.989", 1e6, percent_like=False) == pytest.approx(500.0)


def test_unicode_digits_minus_and_spaces() -> None:
    assert read("１２３ units") == [("123", 123, "count")]  # text is the normalised slice here
    assert read("−3.5%")[0][1] == -3.5
    assert read("1\u00a0234\u00a0567 units")[0][1] == 1234567


def test_offsets_point_at_the_figure() -> None:
    text = "BYD sold 210,295 NEVs, up 98.31 percent."
    qs = list(iter_quantities(normalise(text)))
    assert [text[q.start : q.end] for q in qs] == ["210,295", "98.31 percent"]


def test_quantulum_fallback_names_unknown_units() -> None:
    q = one("a range of 22 kWh/100km")
    assert q.unit == "kilowatt hour"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("sold 1,42,350 units in May", 142_350, "count"),
        ("sold 12,34,567 units in May", 1_234_567, "count"),
        ("sold 1.42 lakh units in May", 142_000, "count"),
        ("revenue of Rs 2,500 crore", 25_000_000_000, "INR"),
        ("up from Rs. 2,232 crore", 22_320_000_000, "INR"),
        ("a profit of ₹1,200 crore", 12_000_000_000, "INR"),
        ("an operating profit of 4.1 trillion won", 4.1e12, "KRW"),
        ("revenue of 2.58 billion USD", 2.58e9, "USD"),
    ],
)
def test_indian_grouping_lakh_crore_and_codes_after_the_figure(text: str, value: float, unit: str) -> None:
    (q,) = [q for q in build(text).quantities]
    assert q.value == pytest.approx(value)
    assert q.unit == unit


def test_rs_inside_a_word_is_no_currency() -> None:
    (q,) = build("Li Auto delivers 8,414 vehicles in February.").quantities
    assert (q.text, q.value) == ("8,414", 8414)


def test_rupees_abbreviated_end_no_sentence() -> None:
    doc = build("Revenue rose 12 percent from Rs. 2,232 crore to Rs 2,500 crore. It was a record.")
    assert len(doc.sentences) == 2


@pytest.mark.parametrize(
    ("text", "lo", "hi"), [("sold 100,000 cars", 100_000, 100_000), ("sold 1.2 million cars", 1.15e6, 1.25e6)]
)
def test_a_figure_written_in_full_is_exact_a_scaled_one_stands_for_its_last_digit(
    text: str, lo: float, hi: float
) -> None:
    (q,) = build(text).quantities
    assert (q.lo, q.hi) == (pytest.approx(lo), pytest.approx(hi))


def test_a_misplaced_separator_is_not_a_quantity() -> None:
    # "1,0000" is neither 1,000 nor 10,000: nothing is read, so nothing is judged on it
    assert [q.value for q in build("Orla sold 1,0000 cars in May.").quantities] == []


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009"])
def test_a_space_grouped_figure_before_a_full_stop(space: str) -> None:
    (q,) = build(f"Orla sold 3{space}259. Then it stopped.").quantities
    assert q.value == 3259


def test_wire_copy_abbreviations() -> None:
    from factcheck.numbers import iter_quantities

    def read(text: str) -> list[tuple[str, float, str | None]]:
        return [(q.text, q.value, q.unit) for q in iter_quantities(text)]

    assert read("sales rose 12 pc in April") == [("12 pc", 12.0, "percent")]
    assert read("12 PCs were sold")[0][2] != "percent"  # computers, not per cent
    assert read("a net profit of Rs 21.40 bn") == [("Rs 21.40 bn", 21.40e9, "INR")]
    assert read("a loss of £76.0m") == [("£76.0m", 76.0e6, "GBP")]
    assert read("the mast is 5 m tall")[0][1] == 5.0  # a one-letter scale must be glued


def test_arithmetic_figures_in_the_articles_own_units() -> None:
    from factcheck.numbers import amount, figure, iter_quantities

    qs = {q.text: q for q in iter_quantities("$5.4bn, about RMB 2.1 billion, RMB 189,900, 1.42 lakh and 41,440 cars")}
    assert [figure(q) for q in qs.values()] == ["$5.4bn", "RMB 2.1 billion", "RMB 189,900", "1.42 lakh", "41,440"]
    assert amount(10.2e9, qs["$5.4bn"]) == "$10.20bn"
    assert amount(379_800, qs["RMB 189,900"]) == "RMB 379,800"
    assert amount(82_880, qs["41,440"]) == "82,880"


def test_arithmetic_never_shows_raw_floats() -> None:
    import factcheck

    (v,) = [v for v in factcheck.check_text("Revenue rose 12.5% to $5.4bn from $4.8bn.\n") if v.code == "FC101"]
    assert v.arithmetic.startswith("($5.4bn - $4.8bn) / $4.8bn")


@pytest.mark.parametrize(
    ("text", "value", "decimals", "unit"),
    [
        ("exports rose 71,8% in August", 71.8, 1, "percent"),
        ("a share of 4,4 per cent", 4.4, 1, "percent"),
        ("down 12,50 percent", 12.5, 2, "percent"),
        ("a gain of 2,6 percentage points", 2.6, 1, "pp"),
    ],
)
def test_a_decimal_comma_in_a_percent_is_read(text: str, value: float, decimals: int, unit: str) -> None:
    """A thousands group has three digits: one or two after the comma of a percent are decimals."""
    q = one(text)
    assert (q.value, q.decimals, q.unit) == (value, decimals, unit)
    assert q.text.startswith(str(value).split(".")[0] + ",")


@pytest.mark.parametrize(("text", "value"), [("up 1,250% on 2020", 1250), ("1,234 units", 1234)])
def test_a_three_digit_group_is_still_thousands(text: str, value: float) -> None:
    assert one(text).value == value


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("cars between 1400 and 1800cc", "cc"),
        ("engines from 1.5 to 2.0 litres", "l"),
        ("packs of 60 to 75 kWh", "kWh"),
    ],
)
def test_the_first_figure_of_a_range_takes_the_unit_of_the_second(text: str, unit: str) -> None:
    """Not a count of cars: "1400 of 512,300" must never be read as a share."""
    assert [q.unit for q in iter_quantities(normalise(text))] == [unit, unit]


@pytest.mark.parametrize("text", ["in December 2015 passenger car sales", "since March 2021 cars"])
def test_four_digits_right_after_a_month_are_its_year(text: str) -> None:
    assert list(iter_quantities(normalise(text))) == []


@pytest.mark.parametrize("text", ["cars with a 1600-2000cc engine", "cars with 1600–2000cc engines"])
def test_a_range_glued_by_a_dash_gives_its_first_figure_the_unit(text: str) -> None:
    """The reader skips "2000cc" glued to the dash; "1600" is still no count of cars (a rate said of
    "the sales of cars with a 1600-2000cc engine" has no level of 1600)."""
    assert [(q.text, q.unit) for q in iter_quantities(normalise(text))] == [("1600", "cc")]


def test_two_counts_joined_by_and_keep_their_own_units() -> None:
    assert [q.unit for q in iter_quantities(normalise("it sold 2,000 and 2,500 cars"))] == [None, "count"]


@pytest.mark.parametrize(
    "text",
    [
        "SEOUL, 2 June (Kestria Wire) - Sales rose.",
        "On the 2nd of June the plant reopened.",
        "Since 30 Sept sales rose.",
    ],
)
def test_a_day_before_its_month_is_a_date_not_a_figure(text: str) -> None:
    assert [q.text for q in build(text).quantities] == []


@pytest.mark.parametrize(
    ("text", "exact"),
    [
        ("Some 14,507 new cars were registered.", True),
        ("Around 1,234 vans were sold.", True),
        ("About 14,500 cars were sold.", False),  # a round figure: the word says it was rounded
        ("Around 1.72 million cars were sold.", False),
        ("About 4.5% of sales were electric.", False),  # a rate keeps its hedge
    ],
)
def test_a_hedge_word_before_a_figure_written_to_the_unit_adds_no_tolerance(text: str, exact: bool) -> None:
    (q,) = build(text).quantities
    assert (q.lo == q.hi == q.value) is exact


@pytest.mark.parametrize(("word", "unit_like"), [("NIO", False), ("ES", False), ("VAMA", False), ("n/a", False),
                                                 ("kWh", True), ("mpg", True), ("g/km", True)])  # fmt: skip
def test_an_acronym_is_never_a_unit(word: str, unit_like: bool) -> None:
    """Acronyms are brands and models: asking quantulum3 about them costs its two-second load."""
    from factcheck.numbers import _looks_like_unit

    assert _looks_like_unit(word) is unit_like


@pytest.mark.parametrize(
    ("text", "value"),
    [("a 36.2-percent market share", 36.2), ("down 0,9 % on the year", 0.9), ("up 18 % in May", 18.0)],
)
def test_a_percent_written_with_a_hyphen_or_a_space(text: str, value: float) -> None:
    (q,) = build(text).quantities
    assert (q.value, q.unit) == (value, "percent")


@pytest.mark.parametrize(("text", "value"), [("up 24pc in May", 24.0), ("a 12.8pct rise", 12.8), ("fell 3pc.", 3.0)])
def test_per_cent_glued_to_its_digits(text: str, value: float) -> None:
    (q,) = build(text).quantities
    assert (q.unit, q.value) == ("percent", value)


def test_capital_pc_glued_to_digits_is_no_rate() -> None:
    assert build("The lab bought 24PCs.").quantities == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("worth 304.6 billion tenge", "KZT"),
        ("revenue of Rp 6.25 trillion", "IDR"),
        ("a value of 76.6 billion Saudi riyals", "SAR"),
        ("4.5 billion rupees", "INR"),
        ("priced at 500,000 naira", "NGN"),
        ("costing 350 million forints", "HUF"),
    ],
)
def test_local_currencies_named_after_the_figure(text: str, unit: str) -> None:
    (q,) = build(text).quantities
    assert q.unit == unit


@pytest.mark.parametrize("verb", ["moved", "went", "climbed", "edged"])
def test_a_verb_of_motion_before_up_to_reaches_a_level(verb: str) -> None:
    (q,) = build(f"Registrations {verb} up to 21,389 in May.").quantities
    assert (q.hedge, q.lo, q.hi) == (None, 21389, 21389)


def test_up_to_without_a_verb_of_motion_is_a_bound() -> None:
    (q,) = build("Discounts of up to 2,000 were offered.").quantities
    assert q.hedge == "less"


def test_a_derived_figure_is_shown_by_its_value_in_the_arithmetic() -> None:
    # "(552 227 - 15 601 = 536,626) vs 552 227" once printed "(552 227 - 15 601 - 552,227) / ..."
    derived = Quantity(text="552 227 - 15 601", value=536626.0, unit=None, start=0, end=16)
    assert figure(derived) == "536,626"


@pytest.mark.parametrize(
    ("text", "unit"), [("KZT 214.3 billion", "KZT"), ("THB 1.2 million", "THB"), ("PLN 40,000", "PLN")]
)
def test_iso_codes_before_a_figure_are_its_currency(text: str, unit: str) -> None:
    (q,) = iter_quantities(normalise(f"buyers spent {text} on new cars"))
    assert q.unit == unit and q.text == text


def test_an_iso_code_in_lower_case_is_no_currency() -> None:
    # "try 5 cars": only the capitals are the Turkish lira
    assert [q.unit for q in iter_quantities(normalise("dealers try 5 new models"))] == ["count"]


@pytest.mark.parametrize(
    ("text", "value"),
    [("11.084 new cars were registered", 11084), ("sold 104.288 units", 104288), ("it logged 86.764 sales", 86764)],
)
def test_thousands_grouped_by_dots_before_a_count(text: str, value: float) -> None:
    (q,) = iter_quantities(normalise(text))
    assert q.value == value and figure(q) == f"{value:,}"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A total of 206,000 cars were registered.\n\nNew registrations 206.000 7\n", 206000),
        ("Exports came to 338,700 units.\n\nExport 338.700 9\n", 338700),
        ("Output was 442,600 vehicles, up 11 per cent (Production: 442.600).", 442600),
    ],
)
def test_a_dot_grouped_figure_the_text_writes_with_a_comma_too_is_a_count(text: str, value: float) -> None:
    # the table under a text keeps the source's dots: the same count, not 206 with three decimals
    dotted = [q for q in iter_quantities(normalise(text)) if "." in q.text]
    assert [q.value for q in dotted] == [value]
    # (a figure with no such twin stays what it reads as)
    assert [q.value for q in iter_quantities(normalise("New registrations 149.300 8"))][:1] == [149.3]


def test_a_dot_before_other_words_stays_a_decimal_point() -> None:
    assert [q.value for q in iter_quantities(normalise("a ratio of 1.125 was reported"))] == [1.125]


@pytest.mark.parametrize(
    "text", ["bus and three (3) wheeler registrations", "the two (2) plants", "its five (5) brands"]
)
def test_digits_in_brackets_that_gloss_a_number_word_are_no_figure(text: str) -> None:
    assert list(iter_quantities(normalise(text))) == []


@pytest.mark.parametrize(
    ("text", "figures"),
    [("the three (4) plants", ["4"]), ("profit of 438 billion yen ($4) fell", ["438 billion yen", "$4"]),
     ("in three (3,000 units)", ["3,000"])],
)  # fmt: skip
def test_digits_in_brackets_after_other_words_stay_figures(text: str, figures: list[str]) -> None:
    assert [q.text.strip() for q in iter_quantities(normalise(text))] == figures


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("sold 43 389 units", [43389]),
        ("Orla 260 246 -5.4%", [260, 246, -5.4]),
        ("a total of 1 204 332 cars", [1204332]),
    ],
)
def test_digits_grouped_by_blanks_unless_another_figure_follows(text: str, values: list[float]) -> None:
    got = [
        (-q.value if q.text.lstrip().startswith("-") and q.value > 0 else q.value)
        for q in iter_quantities(normalise(text))
    ]
    assert got == values


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("total car sales up to 10,095 units as compared to 9,987 units", None),
        ("its exports up to 4,120 units from 3,800", None),
        # a verb with its particle "up" rose to the figure
        ("the supply will be cranked up to 924 pieces, a 35.1 per cent rise", None),
        ("growth in vehicle sales revved up to 22% in February", None),
        ("a range of up to 523 km", "less"),
        ("discounts of up to 5,000 on each car", "less"),
    ],
)
def test_a_metric_up_to_a_figure_rose_to_it(text: str, hedge: str | None) -> None:
    q = next(iter_quantities(normalise(text)))
    assert q.hedge == hedge


@pytest.mark.parametrize(
    ("text", "dots"),
    [
        ("The market fell to 5.347 units in 2015 after 11.788 sales in 2013; in 2017 it ended at 9.150.", True),
        ("Output reached 1.234.567 vehicles, and exports were 310.500.", True),
        ("Sales were 11,788 units; the ratio was 9.150.", False),  # thousands grouped by commas
        ("The exchange rate moved to 1.095 and then 1.102.", False),  # nothing only a separator explains
        # one stray comma among figures grouped by dots
        ("It sold 27.161 units, against 86.764 sales overall; imports went from 22.439 to 19,485.", True),
        ("It sold 27.161 units; imports went from 22,439 to 19,485.", False),  # commas as often as dots
        # rates written with a decimal comma: the dots group thousands
        ("Registrations numbered 4.137, a fall of 0,6%; used cars fell 2,5% to 3.229.", True),
        ("Registrations numbered 4.137, a fall of 0.6%; used cars fell 2,5% to 3.229.", False),
        # two counts that only a dot separator explains, among comma thousands: a text of two hands
        ("Sales hit 61,200 cars: Orla sold 5.805 vehicles and Kessel 4.210 cars (8,100 in 2023).", True),
    ],
)
def test_a_text_groups_thousands_by_dots(text: str, dots: bool) -> None:
    from factcheck.numbers import groups_thousands_by_dots

    assert groups_thousands_by_dots(text) is dots


@pytest.mark.parametrize(("rate", "status"), [("-21.4%", "consistent"), ("-12.4%", "inconsistent")])
def test_every_bare_figure_of_a_dot_grouped_text_is_a_count(rate: str, status: str) -> None:
    # "9.150" at the end of a sentence is 9,150 where the text writes "11.788 sales"
    text = (
        "Lumea's car market shrank to 5.347 units in 2015, after 11.788 sales in 2013. In 2018 the market"
        f" fell again ({rate}), to 7.193 from 9.150 in 2017.\n"
    )
    vs = [v for v in factcheck.check_text(text) if v.stated_text == rate]
    assert [v.status.value for v in vs] == [status], [v.message for v in factcheck.check_text(text)]
    assert [e.quantity.value for e in vs[0].evidence] == [7193, 9150]


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("almost 28 percent", 27.0, 28.5),  # a last digit of its own: within one step of it
        ("nearly 30 percent", 27.0, 30.5),  # a round figure: within a tenth of itself
        ("nearly 19k", 18000.0, 19500.0),
    ],
)
def test_nearly_reaches_down_one_step_of_a_figure_with_its_own_last_digit(text: str, lo: float, hi: float) -> None:
    q = one(text)
    assert q.hedge == "nearly"
    assert (round(q.lo, 6), round(q.hi, 6)) == (lo, hi)


@pytest.mark.parametrize(
    "text",
    ["almost six in 10 new cars", "fewer than four in 10 buyers", "about 1 in 4 buyers", "one out of every 5 cars"],
)
def test_the_counts_of_a_ratio_in_words_are_no_figures(text: str) -> None:
    assert list(iter_quantities(normalise(text))) == []


@pytest.mark.parametrize(("text", "signed"), [("+ 7.7% on 2022", "+ 7.7%"), ("a rise, +7.7%", "+7.7%")])
def test_a_plus_sign_may_stand_apart_from_its_figure(text: str, signed: str) -> None:
    qs = [q for q in iter_quantities(normalise(text)) if q.unit == "percent"]
    assert [(q.text, q.signed) for q in qs] == [(signed, True)]


def test_a_spaced_minus_is_a_dash_not_a_sign() -> None:
    qs = list(iter_quantities(normalise("Sales by region - 5,000 units in the north")))
    assert [(q.text, q.value, q.signed) for q in qs] == [("5,000", 5000.0, False)]


@pytest.mark.parametrize(
    "text",
    [
        "Toyota Announces 2019 Car Sales",
        "a look at 2020 vehicle sales",
        "2020 Domestic Sales Forecast",
        "2024 EV Market",
    ],
)
def test_a_year_before_the_metric_it_dates_is_no_count(text: str) -> None:
    assert list(iter_quantities(normalise(text))) == []


def test_a_count_that_looks_like_a_year_stays_a_count() -> None:
    assert [q.value for q in iter_quantities(normalise("Orla sold 2019 cars in May."))] == [2019.0]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Van sales slipped 6.1% to 1996 from 2126.", [6.1, 1996.0, 2126.0]),
        ("Van sales climbed from 1,840 to 1996 in the year.", [1840.0, 1996.0]),
        # a year stays a year: "from 2019 to 2,100" names no level of 2019
        ("In 2019 sales fell to 2,100 from 2,300 in 2018.", [2100.0, 2300.0]),
        ("Sales rose 4% from 2019 to 2023.", [4.0]),
        ("Sales fell 20% to 2019 levels from 2,300 units.", [20.0, 2300.0]),
        ("Van sales fell to 1996 from 2126.", [1996.0, 2126.0]),
        ("Van sales were 7,540 units in September 2022 from 5,910 a year ago.", [7540.0, 5910.0]),
    ],
)
def test_four_digits_a_change_moves_to_or_from_are_a_level(text: str, values: list[float]) -> None:
    assert [q.value for q in iter_quantities(normalise(text))] == values


def test_a_count_noun_on_the_next_line_is_not_the_figures() -> None:
    """A table heading "Compared to 2018" over a row "Total Sales ...": the year stays a year."""
    qs = list(iter_quantities(normalise("2019 results\nCompared to 2018\nTotal Sales 1,007,552 units")))
    assert [(q.text, q.noun) for q in qs] == [("1,007,552", "units")]


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit", "lo", "hi"),
    [
        ("exports rose seven per cent", "seven per cent", 7.0, "percent", 6.5, 7.5),
        ("a gain of twenty-five percent", "twenty-five percent", 25.0, "percent", 24.5, 25.5),
        ("some forty percent of buyers", "some forty percent", 40.0, "percent", 38.8, 41.2),  # as "some 40 percent"
        ("it sold two million cars", "two million", 2e6, "count", 1.5e6, 2.5e6),
        ("a loss of fifteen billion yen", "fifteen billion yen", 15e9, "JPY", 14.5e9, 15.5e9),
    ],
)
def test_figures_spelled_in_words_are_read_with_the_precision_of_their_words(
    text: str, figure: str, value: float, unit: str, lo: float, hi: float
) -> None:
    q = one(text)
    assert (q.text, q.value, q.unit) == (figure, value, unit)
    assert (q.lo, q.hi) == pytest.approx((lo, hi))
    assert text[q.start : q.end] == figure


@pytest.mark.parametrize(
    "text", ["one of the two plants", "the seven models on sale", "twenty dealers opened", "the first million"]
)
def test_a_bare_number_word_is_no_figure(text: str) -> None:
    assert read(text) == []


def test_spelled_figures_keep_text_order_among_digits() -> None:
    got = [q.text for q in iter_quantities(normalise("It sold 10,700 cars, up seven per cent from 10,000."))]
    assert got == ["10,700", "seven per cent", "10,000"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2.4 k vans were sold", 2400.0),
        ("some 2.4 K vehicles", 2400.0),
        ("size 5 k items", 5.0),
        # (a capital K before a date or the next item of a list: "820 K in 2019 and 540 K in 2020")
        ("exports fell to 910 K in 2008", 910000.0),
        ("exports (910 K, a record)", 910000.0),
        ("630 K and rising", 630000.0),
        ("size 5 k in the box", 5.0),
    ],
)
def test_a_spaced_k_is_a_thousand_only_before_what_is_counted(text: str, value: float) -> None:
    assert one(text).value == value


@pytest.mark.parametrize("attr", ["231-plate cars", "7-seater SUVs", "8-speed gearboxes", "5-door hatchbacks"])
def test_a_figure_that_says_what_a_vehicle_is_is_no_quantity(attr: str) -> None:
    text = normalise(f"Dealers registered 27,364 new {attr} in January.")
    assert [q.text for q in iter_quantities(text)] == ["27,364"]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a figure grouped by spaces, then a clause's comma
        ("Van sales eased from 21 480 units to 20 915, while truck sales grew.", ["21 480", "20 915"]),
    ],
)
def test_space_grouped_figures_before_a_comma(text: str, figures: list[str]) -> None:
    assert [q.text for q in build(text).quantities] == figures


def test_a_decimal_comma_after_space_groups_is_no_clause_comma() -> None:
    assert "31 201" not in [q.text for q in build("Van sales came to 4 120 units and 31 201,5 tonnes.").quantities]


def test_a_registration_periods_name_is_no_figure_wherever_it_is_written() -> None:
    text = (
        "Dealers sold 112 trucks in June. The focus now turns to the 162 registration period, and we are"
        " confident that 162 will deliver."
    )
    assert [q.text for q in build(text).quantities] == ["112"]


@pytest.mark.parametrize("ticker", ["(005380.KS)", "(7203.T)", "(0175.HK)"])
def test_a_stock_ticker_is_no_figure(ticker: str) -> None:
    text = f"Kessel Motor Co {ticker} said net profit climbed 31.2% to 919.3 billion won."
    assert [q.text for q in build(text).quantities] == ["31.2%", "919.3 billion won"]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a cell of a row of figures, though it looks like a year
        ("Westmere 1984 2160 -8.15 11.25%", ["1984", "2160", "-8.15", "11.25%"]),
        ("Ardlow 2011 1802 11.60", ["2011", "1802", "11.60"]),
        # a header of years, and a year in prose before a figure, stay periods
        ("Region 2022 2023 2024", []),
        ("In 2019 14,210 vans were sold.", ["14,210"]),
    ],
)
def test_a_year_like_cell_in_a_row_of_figures(text: str, figures: list[str]) -> None:
    assert [q[0] for q in read(text)] == figures


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("registrations rose 6.0% to 7’743 units", 7743),
        ("a total of 1'204'560 cars", 1_204_560),
        ("prices from CHF 48'900.50", 48_900.5),
    ],
)
def test_thousands_grouped_by_apostrophes(text: str, value: float) -> None:
    assert [q.value for q in iter_quantities(normalise(text)) if q.value >= 1000] == [value]


def test_an_apostrophe_grouping_needs_three_digits_after_it() -> None:
    values = [q.value for q in iter_quantities(normalise("Sales in Nov'25 were 4'120 units, and 12'50 in all."))]
    assert 4120 in values and 4 not in values and 120 not in values and 1250 not in values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("used sales of 1,19 million", 1_190_000),
        ("a loss of EUR 2,5 billion", 2_500_000_000),
        ("3,75 mn units", 3_750_000),
    ],
)
def test_a_decimal_comma_before_a_scale_word(text: str, value: float) -> None:
    # a thousands group has three digits: one or two after the comma of a scaled figure are decimals
    (q,) = iter_quantities(normalise(text))
    assert q.value == pytest.approx(value)


def test_a_v_between_two_figures_is_versus_not_volts() -> None:
    assert read("sales (2024) 14,210 V (2023) 13,140") == [("14,210", 14210, None), ("13,140", 13140, None)]
    assert read("a 400 V battery") == [("400 V", 400, "V")]


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("2 percent more than 9,800 the year before", None),
        ("two percent more than 9,800 in 2023", None),
        ("600 units fewer than 9,000 in March", None),
        ("up 9% over 9,400 units a year earlier", None),
        ("4 per cent below 9,500 in May", None),
        ("700 units above 9,100 last year", None),
        ("it sold more than 9,000 units", "more"),
        ("it sold over 9,000 units", "more"),
        ("exports stayed below 9,000 units", "less"),
        ("in March, more than 9,000 units", "more"),
    ],
)
def test_more_than_after_an_amount_compares_and_hedges_nothing(text: str, hedge: str | None) -> None:
    big = [q for q in iter_quantities(normalise(text)) if q.value >= 9000]
    assert [q.hedge for q in big] == [hedge]


def test_a_percent_in_brackets_is_a_fall() -> None:
    # accounts write a negative figure in brackets: "(41.8)%" is a fall of 41.8%
    (q,) = iter_quantities(normalise("Sales were (41.8)% lower."))
    assert (q.text, q.value, q.unit, q.signed) == ("(41.8)%", -41.8, "percent", True)


def test_a_rate_with_a_plus_after_it_is_at_least_that_rate() -> None:
    qs = list(iter_quantities(normalise("a 25%+ jump on the year, or 5%+3% in two steps")))
    assert [(q.text, q.hedge) for q in qs] == [("25%+", "atleast"), ("5%", None), ("+3%", None)]
    assert qs[0].lo == 24.5 and qs[0].hi == math.inf


@pytest.mark.parametrize("noun", ["vans", "tractors", "scooters", "two-wheelers", "minibuses", "coaches"])
def test_a_figure_of_vans_tractors_or_scooters_is_a_count(noun: str) -> None:
    q = one(f"Orla delivered 24,130 {noun} in May.")
    assert (q.unit, q.noun) == ("count", noun)


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("a profit of $A26.1b", "AUD", 26.1e9),
        ("$US1.2 billion", "USD", 1.2e9),
        ("priced at $NZ45,000", "NZD", 45_000),
        ("a rebate of $AU6527", "AUD", 6527),
        ("priced from AU$52,990", "AUD", 52_990),
    ],
)
def test_dollars_with_the_country_after_the_sign(text: str, unit: str, value: float) -> None:
    (q,) = iter_quantities(normalise(text))
    assert (q.unit, q.value) == (unit, pytest.approx(value))


def test_a_line_of_comma_grouped_cells_reads_space_separated_cells_apart() -> None:
    # among "4,210 3,365" cells, "812 604 577 741" is four cells, not one figure of twelve digits;
    # a line with no comma grouping keeps "49 191" whole
    text = "Wagon 812 604 577 741 Alto 4,210 3,365 2,118 2,402\nSales were 49 191 units."
    assert [q.text for q in iter_quantities(normalise(text))] == [
        "812", "604", "577", "741", "4,210", "3,365", "2,118", "2,402", "49 191",
    ]  # fmt: skip


def test_an_amount_and_its_second_conversion_after_a_slash() -> None:
    assert read("¥4.86 trillion ($40.2 billion/€36.1 billion)") == [
        ("¥4.86 trillion", 4.86e12, "CNY"),
        ("$40.2 billion", 40.2e9, "USD"),
        ("€36.1 billion", 36.1e9, "EUR"),
    ]


def test_an_exchange_rate_reads_as_one_currency_to_another() -> None:
    [(text, value, unit)] = read("at average rates of JPY 121.9/USD")
    assert (text, value, unit) == ("JPY 121.9/USD", 121.9, "JPY/USD")


@pytest.mark.parametrize("text", ["The Euro 6 standard", "meets Euro 7 rules"])
def test_an_emission_standard_is_no_amount_of_euros(text: str) -> None:
    assert read(text) == []


def test_euro_written_before_the_figure() -> None:
    assert read("EBIT of Euro 423 million") == [("Euro 423 million", 423e6, "EUR")]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Revenue rose to R41 220 million.", [41_220_000_000.0]),
        ("It earned R1.5 billion.", [1_500_000_000.0]),
        ("The car costs R412 500.", [412_500.0]),
    ],
)
def test_rand_written_against_its_digits(text: str, values: list[float]) -> None:
    qs = list(iter_quantities(normalise(text)))
    assert [q.value for q in qs] == values
    assert {q.unit for q in qs} == {"ZAR"}


def test_a_model_named_r_and_a_digit_is_no_money() -> None:
    assert list(iter_quantities(normalise("The Audi R8 and the Yamaha R1 were shown."))) == []


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("NT$5 billion", "TWD", 5e9),
        ("Sh14.2 billion", "KES", 14.2e9),
        ("KSh 3,400,000", "KES", 3.4e6),
        ("Tk 4,200 crore", "BDT", 4.2e10),
        ("N148.28bn", "NGN", 148.28e9),
        ("N1.063 trillion", "NGN", 1.063e12),
    ],
)
def test_local_currency_signs_before_a_figure(text: str, unit: str, value: float) -> None:
    (q,) = iter_quantities(normalise(f"buyers spent {text} on new cars"))
    assert (q.unit, q.text, q.value) == (unit, text, value)


@pytest.mark.parametrize("text", ["the N7 sold 4,500 units", "its N 60 van", "Shanghai sold 12 buses"])
def test_a_letter_before_a_figure_is_no_currency_without_its_scale(text: str) -> None:
    assert all(q.unit in (None, "count") for q in iter_quantities(normalise(text)))


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # a baseline's currency left unsaid after the sum of money it is compared with
        ("earnings climbed to 2.61 billion euros ($2.85 billion), against 2.2 billion", ["EUR", "USD", "EUR"]),
        ("net profit rose to 1.2 trillion won from 980 billion", ["KRW", "KRW"]),
        ("revenue rose to $3 billion, up 12%, compared with 2.68 billion", ["USD", "percent", "USD"]),
        ("revenue of $3 billion vs. 2.7 billion", ["USD", "USD"]),
        ("revenue was $3 billion. Sales rose from 1.9 million", ["USD", None]),
        # not past another figure, nor without a comparison word, nor without a scale
        ("revenue was $3 billion and it sold 2.1 million cars compared with 1.9 million", ["USD", "count", None]),
        ("revenue was $3 billion and 1.9 million cars were sold", ["USD", "count"]),
        ("a price of $39,000, down from 41,000", ["USD", None]),
    ],
)
def test_a_baseline_takes_the_currency_of_the_money_it_is_compared_with(text: str, units: list[str | None]) -> None:
    assert [q.unit for q in iter_quantities(normalise(text))] == units


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("It posted 33,900-unit sales in May.", "unit"),
        ("Drevon won a 5,000-vehicle order from a fleet.", "vehicle"),
        ("Lumea shipped a 1,200-truck batch to Tessin.", "truck"),
    ],
)
def test_a_count_noun_glued_by_a_hyphen_is_the_figure_s_noun(text: str, noun: str) -> None:
    q = one(text)
    assert (q.unit, q.noun) == ("count", noun)


def test_a_hyphen_that_glues_no_count_noun_is_kept() -> None:
    # "7-seater" and "10-year" are what a vehicle or a span is, no count of vehicles
    assert normalise("a 7-seater with a 10-year warranty") == "a 7-seater with a 10-year warranty"


@pytest.mark.parametrize(
    "text", ["the previous 12-month period", "a 10-year low in sales", "a 3-day weekend", "the 4-week window"]
)
def test_the_length_of_a_period_glued_by_a_hyphen_is_no_quantity(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("revenue of MSEK 56,813", 56_813e6, "SEK"),
        ("sales of MEUR 1,204.5", 1_204.5e6, "EUR"),
        ("a loss of TSEK 812", 812e3, "SEK"),
        ("MNOK 3,410 in the quarter", 3_410e6, "NOK"),
        ("MDKK 95", 95e6, "DKK"),
    ],
)
def test_a_currency_code_with_its_scale_letter_before_it(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize("word", ["MSEKS", "XMSEK", "Msek"])
def test_a_word_that_only_looks_like_a_scaled_code_is_no_currency(word: str) -> None:
    assert all(q.unit != "SEK" for q in iter_quantities(normalise(f"the {word} 56,813 line")))


@pytest.mark.parametrize(
    ("text", "prior", "unit"),
    [
        # an interim report's prior-period figure, in brackets right after the amount it compares with
        ("rose to MSEK 56,813 (47,802)", 47_802e6, "SEK"),
        ("rose to EUR 1,544 million (1,320)", 1_320e6, "EUR"),
        ("rose to EUR 1,544 million (1,320 million)", 1_320e6, "EUR"),
        ("rose to SEK 2.1 billion (1.8)", 1.8e9, "SEK"),
    ],
)
def test_a_bare_figure_in_brackets_after_an_amount_is_in_its_currency_and_scale(
    text: str, prior: float, unit: str
) -> None:
    _, q = iter_quantities(normalise(text))
    assert (q.value, q.unit) == (pytest.approx(prior), unit)


@pytest.mark.parametrize("text", ["rose to EUR 1,544 million (12%)", "to EUR 1,544 million (3,400 units)"])
def test_a_bracket_with_a_unit_of_its_own_keeps_it(text: str) -> None:
    _, q = iter_quantities(normalise(text))
    assert q.unit in ("percent", "count")


@pytest.mark.parametrize("label", ["9M 2024", "6M 2023", "3M 2025"])
def test_the_first_months_of_a_year_are_a_period_not_millions(label: str) -> None:
    text = f"Revenue fell 8% to €12.4 billion ({label}: €13.5 billion). In {label} it sold 12,000 trucks."
    assert read(text) == [
        ("8%", 8.0, "percent"),
        ("€12.4 billion", 12.4e9, "EUR"),
        ("€13.5 billion", 13.5e9, "EUR"),
        ("12,000", 12000.0, "count"),
    ]


def test_four_digits_in_a_piped_row_of_figures_are_a_figure_not_a_year() -> None:
    assert [q[0] for q in read("Vans | 1702 | 1961 | -13.2% |")] == ["1702", "1961", "-13.2%"]
    # a header's years, with no figure of a change on their line, stay years
    assert read("| 2024 | 2023 | % chg |") == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("It earned TL 1.79 billion in turnover", 1.79e9, "TRY"),
        ("rent of TL 12,400 a month", 12_400, "TRY"),
        ("a profit of 44.6 billion Turkish liras", 44.6e9, "TRY"),
        ("a loss of 310 million liras", 310e6, "TRY"),
        ("throughput of 12.1 gigawatt-hours", 12.1, "GWh"),
        ("storage of 5.4 megawatt hours", 5.4, "MWh"),
        ("a pack of 82 kilowatt-hours", 82, "kWh"),
    ],
)
def test_the_lira_and_energy_written_in_words(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (math.isclose(q.value, value), q.unit) == (True, unit)


def test_a_model_called_tl_is_no_amount_of_lira() -> None:
    assert read("The TL 5 model and a TL5 trim") == [("5", 5.0, "count")]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("412,300 powered two- and three-wheelers", "three-wheelers"),
        ("500 new and used cars", "cars"),
        ("8,100 electric or hybrid vehicles", "vehicles"),
    ],
)
def test_a_count_noun_shared_by_two_words_joined_by_and(text: str, noun: str) -> None:
    q = one(text)
    assert (q.unit, q.noun) == ("count", noun)


def test_and_right_after_a_figure_joins_two_figures_not_two_words() -> None:
    assert [(q[0], q[2]) for q in read("12,000 and 4,000 cars")] == [("12,000", None), ("4,000", "count")]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("operating income of SEK 14,074 M in the quarter", 14_074e6, "SEK"),
        ("a charge of EUR 794 M was excluded", 794e6, "EUR"),
        ("net sales of USD 1,250 M, against", 1_250e6, "USD"),
    ],
)
def test_a_capital_m_after_an_amount_of_money_is_millions(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (math.isclose(q.value, value), q.unit) == (True, unit)


def test_a_capital_m_after_a_bare_figure_is_no_scale() -> None:
    # a length, a model: only money is written in millions this way
    assert [(t, v) for t, v, _ in read("a cabin 5 M long and the 3 M series")] == [("5", 5.0), ("3", 3.0)]


@pytest.mark.parametrize(
    ("text", "rates"),
    [
        ("Car and van sales climbed 84 and 162.5 percent on the year.", ["84", "162.5 percent"]),
        ("Output fell 3, 5 and 8 per cent in the three plants.", ["3", "5", "8 per cent"]),
        ("Exports rose by 12.5 and 4% respectively.", ["12.5", "4%"]),
    ],
)
def test_rates_of_a_change_listed_with_one_percent_sign_are_all_rates(text: str, rates: list[str]) -> None:
    assert [(t, u) for t, _, u in read(text)] == [(r, "percent") for r in rates]


@pytest.mark.parametrize(
    "text",
    [
        "Kessel came second with 1,689 and 11%.",  # a level and its share
        "Registrations were up by 3,000 and 5% on the year.",  # a count is grouped, a rate never
        "The plant built 84 and 162.5 percent more than planned.",  # no change word before the list
    ],
)
def test_a_figure_before_a_percent_is_no_rate_without_a_change_before_it(text: str) -> None:
    assert read(text)[0][2] != "percent"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("sales of 1.14-million units in the year", 1.14e6),
        ("a 2.5-billion-dollar battery plant", 2.5e9),
        ("a fleet some 300-thousand strong", 300e3),
    ],
)
def test_a_scale_word_joined_by_a_hyphen_scales_the_figure(text: str, value: float) -> None:
    assert math.isclose(one(text).value, value)


def test_an_ordinal_after_a_hyphen_is_no_scale() -> None:
    # "the 2-millionth car" is a milestone, not two million of anything
    assert all(v != 2e6 for _, v, _ in read("It built the 2-millionth car last week"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("car sales plummeted %46.9 year-on-year", 46.9),
        ("a market share of %12 in May", 12.0),
        ("exports rose (%3.4) in the period", 3.4),
    ],
)
def test_a_percent_sign_before_the_figure_makes_it_a_percent(text: str, value: float) -> None:
    q = one(text)
    assert (q.value, q.unit) == (value, "percent")
    assert q.text == f"%{value:g}"


@pytest.mark.parametrize("text", ["grew 40%, 41,200 units", "a 100% 2024 target", "code A%12"])
def test_a_percent_sign_after_a_figure_or_a_word_is_no_prefix(text: str) -> None:
    assert all(q.text != "%41,200" and not q.text.startswith("%") for q in iter_quantities(normalise(text)))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("car registrations slid 3 , 84% in May", 3.84),
        ("vans came to 2,140 units (+21 , 32%), the importers said", 21.32),
        ("a market share of 12 ,5 per cent", 12.5),
    ],
)
def test_a_decimal_comma_spaced_out_is_still_the_rates_decimals(text: str, value: float) -> None:
    rates = [q for q in iter_quantities(normalise(text)) if q.unit == "percent"]
    assert [q.value for q in rates] == [value]  # one rate, its decimals no figure of their own


@pytest.mark.parametrize(
    "headline",
    [
        "2017 imported vehicle sales in Norvia highest in 20 years",
        "2023 used car sales hit a record",
        "2024 new import registrations fall",
    ],
)
def test_a_year_before_what_it_counts_is_no_count(headline: str) -> None:
    year = headline.split()[0]
    assert not [q for q in build(headline).quantities if q.text.strip() == year]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("RM976.0 million", "MYR"),
        ("RM 2,450", "MYR"),
        ("Bt1.2 billion", "THB"),
        ("P2.5 billion", "PHP"),
        ("₱1,250,000", "PHP"),
    ],
)
def test_ringgit_baht_and_peso_signs_before_a_figure(text: str, unit: str) -> None:
    (q,) = iter_quantities(normalise(f"the group earned {text} in the quarter"))
    assert q.unit == unit and q.text == text


def test_a_model_code_p_is_no_peso() -> None:
    # the peso's bare P only with a scale word: "the P7 sold 120 units" is a model and a count
    assert [q.unit for q in iter_quantities(normalise("the P7 sold 120 units"))] == ["count"]
