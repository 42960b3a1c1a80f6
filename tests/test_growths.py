"""Growth statements: which figures a rate is a change of, when the levels sit outside the rate's
own clause (the next sentence, the next paragraph) or the rate changes a named object ("revised
down its target by 9 percent to X from Y"). Each recogniser is tested on several phrasings, and
on what must not pair: another company, another month, another metric, a level in the future."""

from __future__ import annotations

import pytest

from factcheck.document import build
from factcheck.reading import Reading


def growths(text: str) -> list[tuple[str, int, str | None, str | None]]:
    """(rate, sign, current, baseline) of each rate, as the figures are written."""
    r = Reading(build(text))
    return [
        (
            g.stated.text,
            g.sign,
            None if g.current is None else g.current.text,
            None if g.baseline is None else g.baseline.text,
        )
        for g in r.growths
    ]


# --------------------------------------------------------------------------------------------
# A rate with no figure, its two levels in the next sentence (or paragraph, after a lead).


@pytest.mark.parametrize(
    ("text", "current", "baseline"),
    [
        # current first, "down from", with a circumstance that names a pandemic
        (
            "Corvane said on Tuesday its sales fell 5.2 percent last month from a year earlier.\n\n"
            "The carmaker sold 284,400 vehicles in November, down from 300,000 units a year earlier, "
            "amid the COVID-19 pandemic, the company said.",
            "284,400",
            "300,000",
        ),
        # baseline first, each level dated by its own year
        (
            "In October, sales of electric cars rose by 14 percent.\n\n"
            "In October 2023, 8,020 electric cars were sold, rising to 9,310 in October 2024.",
            "9,310",
            "8,020",
        ),
        # "went from X in <month year> to Y in <month year>"
        (
            "Tarvo's deliveries fell 12 percent in March from a year earlier.\n\n"
            "Its deliveries went from 6,000 units in March 2024 to 5,280 units in March 2025.",
            "5,280",
            "6,000",
        ),
        # "climbed to X from Y a year earlier", a reason clause naming a city after it
        (
            "Halden's registrations grew 25% year-on-year in June. Halden registrations climbed to "
            "7,500 cars in June from 6,000 a year earlier, as the Shanghai lockdown faded.",
            "7,500",
            "6,000",
        ),
    ],
)
def test_levels_in_the_next_sentence(text: str, current: str, baseline: str) -> None:
    (g,) = growths(text)
    assert g[2:] == (current, baseline)


@pytest.mark.parametrize(
    "text",
    [
        # another company
        "Vessa's exports climbed 20% in June. Rival Kessel exported 7,200 cars in June, up from 6,000 a year earlier.",
        # another company, named after the figure in its own clause
        "Vessa's sales rose 20% in June. 7,200 cars were sold by Kessel in June, up from 6,000 a year earlier.",
        # another month
        "Halden's registrations grew 25% year-on-year in June. Halden registered 7,500 cars in May, "
        "up from 6,000 a year earlier.",
        # another metric
        "Dorn's sales rose 10% in June. Dorn sold 2,200 SUVs in June, up from 2,000 a year earlier.",
        # a forecast
        "Sorvi's sales rose 20% in June from a year earlier. The company will sell 6,000 cars in June, "
        "up from 5,000 a year earlier.",
        # two years apart
        "Orla's sales rose 14 percent in May.\n\nIn May 2022, Orla sold 8,020 cars, rising to 9,310 in May 2024.",
        # a month-on-month rate
        "Orla's sales rose 14 percent month-on-month in May.\n\nIn May 2023, Orla sold 8,020 cars, "
        "rising to 9,310 in May 2024.",
    ],
)
def test_levels_of_something_else_are_not_paired(text: str) -> None:
    assert all(g[2:] == (None, None) for g in growths(text))


@pytest.mark.parametrize(
    "later",
    [
        # the levels name no period, so nothing ties them to May's rate
        "Orla sold 8,020 cars a year before, rising to 9,310 now.",
        # another month's levels
        "In April 2023, Orla sold 8,020 cars, rising to 9,310 in April 2024.",
        # another company's
        "In May 2023, Kessel sold 8,020 cars, rising to 9,310 in May 2024.",
    ],
)
def test_levels_two_paragraphs_on_are_not_read_unless_they_name_the_rates_period(later: str) -> None:
    text = f"Orla's sales rose 14 percent in May. Its rivals struggled.\n\n{later}"
    assert growths(text)[0][2:] == (None, None)


def test_levels_two_paragraphs_on_of_the_rates_month_and_company() -> None:
    # (a lead's rate, its levels given after another sentence: both name May and Orla)
    text = (
        "Orla's sales rose 16 percent in May. Its rivals struggled.\n\n"
        "In May 2023, Orla sold 8,020 cars, rising to 9,310 in May 2024."
    )
    assert growths(text)[0][2:] == ("9,310", "8,020")


# --------------------------------------------------------------------------------------------
# A year-on-year rate with its current; the year-ago level in the next sentence or paragraph.


@pytest.mark.parametrize(
    "text",
    [
        # the next paragraph after a one-sentence lead, dated by month and year only
        "Lumo delivered 9,120 cars in May, 152% more than a year ago.\n\n"
        "The jump comes from a low base: in May 2023 Lumo delivered only 3,619 cars.",
        # the same paragraph, past perfect, month and year
        "Orla registered 9,120 cars in April, up 152% year-on-year. Orla had registered 3,619 cars in April 2023.",
        # "last year" in the next sentence, the same month
        "Orla registered 9,120 cars in April, up 152% year-on-year. In April last year it registered 3,619 cars.",
        # the article's own year in its headline
        "Orla's April 2024 sales\n\nOrla registered 9,120 cars in April, up 152% year-on-year.\n\n"
        "In April 2023, Orla registered 3,619 cars.",
    ],
)
def test_year_ago_level_next(text: str) -> None:
    assert [g[2:] for g in growths(text)] == [("9,120", "3,619")]


@pytest.mark.parametrize(
    "text",
    [
        # another month
        "Orla registered 6,000 cars in April, up 20% year-on-year. In March last year it registered 4,000 cars.",
        # a forecast
        "Orla registered 6,000 cars in April, up 20% year-on-year. Orla expects to register 8,000 cars in April 2025.",
        # another company
        "Orla registered 6,000 cars in April, up 20% year-on-year.\n\nBack in April 2023, its rival Kessel "
        "registered 4,000 cars.",
        # the year after is named later in the text: April 2022 is not a year before
        "Orla registered 6,000 cars in April, up 20% year-on-year.\n\nIn April 2022, Orla registered 4,000 cars. "
        "The figure for April 2023 has not been released.",
        # undated month, a rate that does not say year-on-year
        "Orla registered 6,000 cars in April, up 20%.\n\nIn April 2023, Orla registered 4,000 cars.",
        # another metric
        "Orla registered 6,000 cars in April, up 20% year-on-year. In April last year it registered 4,000 SUVs.",
    ],
)
def test_year_ago_level_of_something_else_is_not_paired(text: str) -> None:
    assert [g[3] for g in growths(text)] == [None]


@pytest.mark.parametrize(
    "description",
    ["South Korea's biggest carmaker", "South Korea's second-largest automaker by sales", "Japan's top truck maker"],
)
def test_company_description_is_no_market(description: str) -> None:
    """ "South Korea's biggest carmaker" describes the company; its sales are not Korean sales."""
    text = (
        f"Halla Motor, {description}, said Thursday its sales rose 11 percent last month "
        "from a year earlier.\n\nHalla sold 351,179 vehicles in November, up from 317,181 units a year earlier."
    )
    assert growths(text)[0][2:] == ("351,179", "317,181")


def test_domestic_rate_is_not_paired_with_total_levels() -> None:
    text = (
        "Halla said its domestic sales rose 11 percent last month from a year earlier.\n\n"
        "Halla sold 351,179 vehicles in November, up from 317,181 units a year earlier."
    )
    assert growths(text)[0][2:] == (None, None)


# --------------------------------------------------------------------------------------------
# "<verb> <object> by N% to X from Y": the rate of change of a named object.


@pytest.mark.parametrize(
    ("text", "sign", "current", "baseline"),
    [
        (
            "Korvan revised down its annual vehicle sales target by 9 percent to 2.73 million units from 3.0 million.",
            -1,
            "2.73 million",
            "3.0 million",
        ),
        (
            "Brekka raised the starting price of the Arden by 5% to RMB 252,000 from RMB 240,000.",
            1,
            "RMB 252,000",
            "RMB 240,000",
        ),
        (
            "Tessin cut its full-year delivery forecast by 12 per cent to 440,000 units from 500,000 units.",
            -1,
            "440,000",
            "500,000",
        ),
        (
            "Velo lowered its capital spending plan by 10 percent from $2.5 billion to $2.25 billion.",
            -1,
            "$2.25 billion",
            "$2.5 billion",
        ),
        (
            "Orla increased its output by 8 percent to 1.3 million vehicles from 1.2 million.",
            1,
            "1.3 million",
            "1.2 million",
        ),
    ],
)
def test_object_changed_by(text: str, sign: int, current: str, baseline: str) -> None:
    (g,) = growths(text)
    assert g[1:] == (sign, current, baseline)


@pytest.mark.parametrize(
    "text",
    [
        "Sorvi cut prices by 9 percent to win buyers from rivals.",
        "Sorvi raised its stake in a battery maker by 5 percent to 20 percent from 15 percent.",
        "Sorvi cut its workforce by 9 percent to 9,100 workers.",
        "Sorvi cut its target by 9 percent to 2.73 million units.",
    ],
)
def test_object_changed_by_needs_both_levels(text: str) -> None:
    assert all(g[2:] == (None, None) for g in growths(text))


# --------------------------------------------------------------------------------------------
# "a 185 per cent year-on-year sales growth": the change noun after the metric it changes; and a
# baseline given in a "when" clause after its period.


@pytest.mark.parametrize(
    ("text", "sign", "current", "baseline"),
    [
        ("Orla posted a 12% sales decline to 8,800 units from 10,000.", -1, "8,800", "10,000"),
        (
            "Orla reported a 9 percent revenue increase to $1.09 billion from $1 billion.",
            1,
            "$1.09 billion",
            "$1 billion",
        ),
        ("Orla saw a 20% year-on-year volume growth, to 6,000 units from 5,000.", 1, "6,000", "5,000"),
    ],
)
def test_change_noun_after_the_metric(text: str, sign: int, current: str, baseline: str) -> None:
    (g,) = growths(text)
    assert g[1:] == (sign, current, baseline)


@pytest.mark.parametrize(
    ("text", "current", "baseline"),
    [
        (
            "Arlo sold 2,310 units in March.\n\nArlo also registered a 185 per cent year-on-year sales growth last "
            "month, as compared to the same month a year ago, when it recorded 810 units.",
            "2,310",
            "810",
        ),
        ("Orla sold 4,600 cars in April, up 12% from March, when the company sold 4,100 cars.", "4,600", "4,100"),
        (
            "Orla delivered 6,000 vehicles in the second quarter, up 20 percent compared with the first quarter, "
            "when Orla delivered 5,000 vehicles.",
            "6,000",
            "5,000",
        ),
        # the earlier period, then its figure in a relative clause of its own
        (
            "Kessel put 116,800 cars on the road in the first quarter, 32.5% above the first quarter of 2020, "
            "in which 88,120 had been registered.",
            "116,800",
            "88,120",
        ),
        ("Orla sold 6,210 cars in May, 3.5% more than in May 2021, during which 6,000 were sold.", "6,210", "6,000"),
    ],
)
def test_baseline_in_a_when_clause(text: str, current: str, baseline: str) -> None:
    assert growths(text)[-1][2:] == (current, baseline)


@pytest.mark.parametrize(
    "text",
    [
        # another company's figure
        "Orla sold 4,600 cars in April, up 12% from March, when Kessel sold 4,100 cars.",
        # another metric
        "Orla sold 4,600 cars in April, up 12% from March, when it sold 4,100 SUVs.",
        # no verb of a level
        "Orla sold 4,600 cars in April, up 12% from March, when it opened 4,100 new dealerships.",
    ],
)
def test_when_clause_of_something_else_is_no_baseline(text: str) -> None:
    assert growths(text)[-1][3] is None


def test_a_baseline_is_not_the_current_of_the_next_rate() -> None:
    text = (
        "Arlo sold 2,310 units in March.\n\nArlo also registered a 185 per cent year-on-year sales growth last "
        "month, as compared to the same month a year ago, when it recorded 810 units. In terms of month-on-month "
        "sales, Arlo registered 36 per cent growth last month, as it sold 1,700 units in February."
    )
    assert [g[2] for g in growths(text)] == ["2,310", None]


@pytest.mark.parametrize(
    "text",
    [
        "Orvane made a 1.92 trillion yen profit for the year, up 41 percent on-year, on 31.05 trillion yen sales.",
        "Net profit was $2.2 billion, up 18% on $40.1 billion of revenue.",
        "Its operating profit came to EUR 900 million, up 12%, against EUR 10.2 billion in revenue.",
    ],
)
def test_the_money_a_profit_was_made_on_is_no_baseline_of_the_profit(text: str) -> None:
    found = growths(text)
    assert found and all(baseline is None for _, _, _, baseline in found)


# A rate with no figure in a lead, its levels in the next sentence under other words.
@pytest.mark.parametrize(
    ("text", "current", "baseline"),
    [
        # registrations for sales, "ahead of the" for "from"
        ("Kestria's new vehicle sales rose 4.5 per cent in September to a record for the month.\n\n"
         "Some 14,507 new vehicles were registered in September, ahead of the 13,884 registered in the"
         " same month last year.", "Some 14,507", "13,884"),
        # the market's country on one side only, a baseline dated by its year
        ("Kestria's vehicle market shrank again in September 2024, with a 6.9 per cent drop in sales.\n\n"
         "Industry data show 88,181 vehicles were sold last month, compared to 94,711 during the same"
         " month in 2023.", "88,181", "94,711"),
        # a conversion in brackets between the two levels
        ("Orvane said its quarterly profit rose 21 percent.\n\n"
         "Its January-March profit totaled 480.8 billion yen ($3.2 billion), up from 398 billion yen a"
         " year earlier.", "480.8 billion yen", "398 billion yen"),
    ],
)  # fmt: skip
def test_a_rate_and_its_levels_in_the_next_sentence_in_other_words(text: str, current: str, baseline: str) -> None:
    assert [(c, b) for _, _, c, b in growths(text)] == [(current, baseline)]


def test_levels_of_a_slice_in_the_next_sentence_are_not_the_rates() -> None:
    text = (
        "Orvane's sales rose 5.2 percent in May.\n\nIt sold 3,100 electric cars in May, up from 2,200 a year earlier."
    )
    assert [(c, b) for _, _, c, b in growths(text) if c is not None and b is not None and "5.2" in _] == []


def test_a_baseline_clause_on_another_basis_is_not_the_rates() -> None:
    text = (
        "Lumea sold 41,500 cars in October. The sales represent a YoY increase of 38%, cooling from the"
        " previous month, when Lumea for the first time sold more than 50,000 cars in a month."
    )
    assert all(b is None for _, _, _, b in growths(text))


def test_a_run_of_months_after_from_is_a_period_not_a_baseline() -> None:
    text = (
        "In the region, 905,000 cars were registered in August, i.e. 20.7 % more year-on-year, and from"
        " January to August 8.52 million, 17.9 % more."
    )
    assert all(b is None for _, _, _, b in growths(text))


@pytest.mark.parametrize(
    ("text", "current", "baseline"),
    [
        ("The registry noted a decline in the demand for cars by 30%, recording sales of 12,361 in September,"
         " down from 17,535 a year earlier.", "12,361", "17,535"),
        ("Van sales dropped by 37%, registering 69,543 units, down from 110,201 units a year before.",
         "69,543", "110,201"),
        ("Truck sales also declined by 33.1%, where September saw sales of 1,782, versus 2,664 a year earlier.",
         "1,782", "2,664"),
    ],
)  # fmt: skip
def test_the_level_a_rate_records_after_it(text: str, current: str, baseline: str) -> None:
    assert [(c, b) for _, _, c, b in growths(text)] == [(current, baseline)]


def test_a_level_after_the_rate_keeps_the_sentence_before_out() -> None:
    # the current is this sentence's own level, even where its words are not read
    text = (
        "Sales of buses fell 53.5% to 964 in September.\n\n"
        "Truck sales also declined by 33.1%, as September brought in 1,782, versus 2,664 a year earlier."
    )
    assert ("964", "2,664") not in [(c, b) for _, _, c, b in growths(text)]


def test_coordinated_rates_reach_their_levels_in_turn() -> None:
    text = "Truck and bus sales rose 10% and 5% to 1,210 and 840, respectively, from 1,100 and 800 a year earlier."
    assert growths(text) == [("10%", 1, "1,210", "1,100"), ("5%", 1, "840", "800")]


def test_a_from_after_a_verb_of_its_own_is_not_the_rates_baseline() -> None:
    # "but rose from 2,085 in December to 3,445 in January": the baseline of the rise, not of the fall
    text = "Corolla sales fell by 54% in the period to 15,187 units but rose from 2,085 units in December to 3,445."
    assert [g for g in growths(text) if g[0] == "54%"] == [("54%", -1, "15,187", None)]


@pytest.mark.parametrize(
    "tail",
    [
        "compared to June 2023, which saw 82,656 units sold.",
        "compared with the same month of the previous year, which recorded 82,656 units.",
        "from June last year, when the company sold 82,656 units.",
    ],
)
def test_a_period_then_its_figure_in_a_clause_of_its_own(tail: str) -> None:
    text = f"Orla's wholesales reached 72,936 units in June 2024. This figure represents an 11.76% decrease {tail}"
    assert growths(text) == [("11.76%", -1, "72,936", "82,656")]


@pytest.mark.parametrize(
    "text",
    [
        "Registrations rose to 59,478, an increase of 33.6% compared to the first 11 months of 2022.",
        "Sales fell 22% to 7,612,451 units compared to the first 7 months of last year.",
        "Orla's deliveries jumped 627.9% to 34,953 over almost 60 days of lockdown a year ago.",
    ],
)
def test_a_span_of_time_is_no_baseline(text: str) -> None:
    ((_, _, current, baseline),) = growths(text)
    assert current is not None and baseline is None


@pytest.mark.parametrize(
    ("text", "current", "baseline"),
    [
        ("Used car imports for September (4,344) fell 12 per cent on September last year (4,952).", "4,344", "4,952"),
        ("Van registrations in May 2024 (8,647) were down 13.6% on May 2023 (10,008).", "8,647", "10,008"),
    ],
)
def test_levels_in_brackets_after_their_periods(text: str, current: str, baseline: str) -> None:
    # a bracket after a month or a year holds that period's level, not a conversion
    ((_, _, c, b),) = growths(text)
    assert (c, b) == (current, baseline)


@pytest.mark.parametrize(
    ("text", "current", "baseline"),
    [
        ("Chile stayed the largest buyer, with a 7.4% rise in van exports in the first half, to 61,300 units"
         " from 57,080 units a year earlier.", "61,300", "57,080"),
        ("Kessel reported a 9.1% fall in exports in the January-March quarter, to 41,200 from 45,300.",
         "41,200", "45,300"),
        ("Orla's van business posted a 15% gain in deliveries during the first half of the year, to 23,000"
         " from 20,000.", "23,000", "20,000"),
    ],
)  # fmt: skip
def test_the_rates_period_before_the_level_it_reached(text: str, current: str, baseline: str) -> None:
    ((_, _, cur, base),) = growths(text)
    assert (cur, base) == (current, baseline)


def test_a_clause_after_the_period_keeps_its_own_level() -> None:
    # "while": the level after the period belongs to another clause, not to the rate
    text = "Kessel's sales rose 9% in the first half, while exports fell to 4,100 units."
    assert [g[2] for g in growths(text)] == [None]


@pytest.mark.parametrize(
    ("text", "sign", "current", "baseline"),
    [
        # the verb of the change, then the period, then "by"
        ("Kessel's sales fell over the first five months of the year by 21%, registering 41,080 units,"
         " compared to 52,000 units a year earlier.", -1, "41,080", "52,000"),
        ("Orla's exports rose in the first half of 2025 by 12%, to 5,600 from 5,000.", 1, "5,600", "5,000"),
        # the level's period said before the comparison with the baseline
        ("Drevon's van sales slipped by 6.8% to 61,300 units in the first half of 2025, against 65,770 units"
         " in 2024.", -1, "61,300", "65,770"),
        ("Halden's output grew 8% to 10,800 units in the January-March quarter, versus 10,000 a year"
         " before.", 1, "10,800", "10,000"),
    ],
)  # fmt: skip
def test_a_period_between_the_words_of_a_comparison(text: str, sign: int, current: str, baseline: str) -> None:
    ((_, s, cur, base),) = growths(text)
    assert (s, cur, base) == (sign, current, baseline)


def test_a_verb_before_another_clause_gives_no_direction() -> None:
    # "rose" belongs to the exports; the share "by" no verb of its own is not a rate of change
    assert growths("Exports rose in June, and the share held by SUVs was 38%.") == []


@pytest.mark.parametrize(
    "text",
    [
        "In 2023 Orla registered 14,200 vans in Chile, and by 2025 the figure had climbed to 19,880, up 40 percent.",
        "In 2023, Kessel sold 14,200 vans; in 2025 the total rose to 19,880, a gain of 40 percent.",
        "Kessel sold 14,200 vans in 2023. In 2025 the number climbed to 19,880, up 40 percent.",
    ],
)
def test_the_figure_said_again_as_it_moved(text: str) -> None:
    ((_, _, cur, base),) = growths(text)
    assert (cur, base) == ("19,880", "14,200")


@pytest.mark.parametrize(
    "text",
    [
        # two levels before "the figure": which one moved is not said
        "In 2023, Kessel sold 14,200 vans and Orla 31,200; in 2025 the figure rose to 19,880, up 40 percent.",
        # the verb says a fall, the rate a rise
        "In 2023, Kessel sold 14,200 vans; in 2025 the number fell to 19,880, a gain of 40 percent.",
    ],
)
def test_the_figure_that_moved_must_be_clear(text: str) -> None:
    assert all(base is None for (_, _, _, base) in growths(text))


@pytest.mark.parametrize(
    "text",
    [
        "Orla's van sales rose by 62% on a monthly basis. In April, Orla's van sales stood at 3,100 units,"
        " which rose to 5,022 units in May.",
        "Orla's van sales in May rose 62% compared with April. In April, Orla sold 3,100 vans, which rose to"
        " 5,022 in May.",
        "Orla's van sales rose 62% month on month. Orla sold 5,022 vans in May, up from 3,100 in April.",
    ],
)
def test_a_month_on_month_rate_takes_levels_a_month_apart_from_the_next_sentence(text: str) -> None:
    ((_, _, cur, base),) = growths(text)
    assert (cur, base) == ("5,022", "3,100")


@pytest.mark.parametrize(
    "text",
    [
        # month on month, but the levels are a year apart
        "Kessel's sales rose 12% month on month. In March 2024, Kessel sold 5,000 cars, rising to 5,600 in March 2025.",
        # the rate names March as its baseline; the levels are April's and May's
        "Orla's van sales in May rose 62% compared with March. In April, Orla sold 3,100 vans, which rose to"
        " 5,022 in May.",
    ],
)
def test_levels_of_another_interval_are_no_month_on_month_pair(text: str) -> None:
    assert all(base is None or base == "January" for (_, _, _, base) in growths(text))


@pytest.mark.parametrize(
    ("text", "current", "baseline"),
    [
        ("Kessel's US sales declined by 9.3% year over year. Overall sales went from 412,300 vehicles in Q3"
         " 2024 to 374,100 in Q3 2025.", "374,100", "412,300"),
        ("Orla's truck sales fell from 3,150 in H1 2024 to 3,000, a 4.8% drop.", "3,000", "3,150"),
    ],
)  # fmt: skip
def test_a_quarter_or_half_between_levels_is_a_date_not_a_figure(text: str, current: str, baseline: str) -> None:
    ((_, _, cur, base),) = growths(text)
    assert (cur, base) == (current, baseline)


def test_growth_named_as_the_subject_of_its_rate() -> None:
    text = (
        "Growth in Kessel's van exports held at 14 percent year on year in May. Kessel exported 8,550 vans"
        " last month, against 7,500 in May 2024."
    )
    ((_, sign, cur, base),) = growths(text)
    assert (sign, cur, base) == (1, "8,550", "7,500")


@pytest.mark.parametrize(
    "text",
    [
        "Chile's GDP growth slowed to 2.4 percent last year.",
        "The recovery follows a growth forecast of 6.5% for this year.",
        "Fuels show a growth trend, with petrol rising to 27.4% of registrations.",
    ],
)
def test_growth_of_something_else_is_no_rate_of_sales(text: str) -> None:
    assert growths(text) == []


@pytest.mark.parametrize(
    ("text", "current", "baseline"),
    [
        # the earlier level after "compared with", each level dated, the rate at the end
        ("In all, 7,370 new cars were registered in May 2024 compared with 10,407 in May 2023, recording a 29.2%"
         " decrease.", "7,370", "10,407"),
        # the earlier level as "the corresponding figure" of the earlier period
        ("Of those, 2,892 were brand new, and the corresponding figure for May 2023 was 3,190, a 9.3%"
         " decrease.", "2,892", "3,190"),
        ("Orla sold 57,118 cars from January to May, while its comparable total for the same months of 2023"
         " came to 92,863, a decrease of 38.5%.", "57,118", "92,863"),
    ],
)  # fmt: skip
def test_a_level_then_the_earlier_one_then_the_rate(text: str, current: str, baseline: str) -> None:
    assert growths(text)[-1][2:] == (current, baseline)


@pytest.mark.parametrize(
    ("text", "current", "baseline"),
    [
        # the period named by the month it ends in one sentence, by its months in the next
        ("Kessel said its operating profit grew 6.1% on the year in the quarter ended June.\n\n"
         "For the April-June period, the operating profit came to 512.4 billion yen, up from 482.9 billion yen a"
         " year earlier.", "512.4 billion yen", "482.9 billion yen"),
        # an aside about what the company makes names no slice of its profit
        ("Kessel says its profit for the quarter climbed 17 per cent, helped by lower material costs.\n\n"
         "Kessel, which makes the Orla sedan and the Tessin van, earned 352.1 billion yen in January-March, up"
         " from 301 billion yen a year earlier.", "352.1 billion yen", "301 billion yen"),
    ],
)  # fmt: skip
def test_a_rate_whose_two_levels_the_next_sentence_gives(text: str, current: str, baseline: str) -> None:
    assert growths(text)[0][2:] == (current, baseline)
