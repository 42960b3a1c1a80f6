"""FC111 growth-consistency: a growth rate against the prior-period figure stated elsewhere."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.model import Status


def claims(text: str, code: str):
    return [v for v in factcheck.check_text(text) if v.code == code]


YEARLY = (
    "Zentro sold 41,440 NEVs in 2021, up {rate} percent, the company said.\n\n"
    "The carmaker had sold {base} NEVs in 2020, when the market was weaker."
)


@pytest.mark.parametrize(
    ("rate", "base", "status"),
    [
        ("104.4", "20,274", Status.CONSISTENT),  # (41,440 - 20,274) / 20,274 = 104.40%
        ("104", "20,274", Status.CONSISTENT),
        ("140.4", "20,274", Status.INCONSISTENT),  # transposed digits
        ("104.4", "20,724", Status.INCONSISTENT),  # transposed digits in the base
        ("104.5", "20,274", Status.INCONSISTENT),  # rounding edge: 104.40 is not 104.5
    ],
)
def test_yearly_rate_against_prior_year(rate: str, base: str, status: Status) -> None:
    (v,) = claims(YEARLY.format(rate=rate, base=base), "FC111")
    assert v.status is status, v.message
    assert v.type == "percent_change"
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "41,440"), ("baseline", base)]


def test_fc101_reports_the_same_span_unverifiable_with_implied_baseline() -> None:
    text = YEARLY.format(rate="104.4", base="20,274")
    (mine,) = claims(text, "FC111")
    lead = [v for v in claims(text, "FC101") if (v.start, v.end) == (mine.start, mine.end)]
    # the overlap the lead resolves by claim span: FC101 speaks unverifiable there
    assert all(v.status is Status.UNVERIFIABLE for v in lead)


def test_same_month_a_year_earlier() -> None:
    text = (
        "Zentro sold 6,150 NEVs in December 2021, up 88.71 percent year-on-year.\n\n"
        "In December 2020 it had sold 3,259 NEVs."
    )
    (v,) = claims(text, "FC111")
    assert v.status is Status.CONSISTENT


@pytest.mark.parametrize("prior", ["In 2023, Harlan sold {n} vans.", "Harlan sold {n} vans in 2023."])
@pytest.mark.parametrize(("n", "status"), [("8,117", Status.CONSISTENT), ("8,171", Status.INCONSISTENT)])
def test_prior_year_named_before_or_after_the_figure(prior: str, n: str, status: Status) -> None:
    text = "Harlan sold 9,870 vans in 2024, up 21.6 percent year-on-year.\n\n" + prior.format(n=n)
    (v,) = claims(text, "FC111")
    assert v.status is status


def test_month_on_month() -> None:
    text = "Zentro sold 6,150 NEVs in December, up 43 percent month-on-month.\n\nZentro sold 4,591 NEVs in November."
    (v,) = claims(text, "FC111")
    assert v.status is Status.INCONSISTENT  # +33.96%
    assert "+34%" in v.message


@pytest.mark.parametrize(
    "other",
    [
        "Rival Orvane sold 20,274 NEVs in 2020.",  # another company
        "Zentro sold 20,274 BEVs in 2020.",  # another metric
        "Zentro sold 20,274 NEVs in 2019.",  # another period
        "Zentro sold 20,274 NEVs in 2020 and 18,100 NEVs in 2020 abroad.",  # two candidates
    ],
)
def test_no_pairing_when_unsure(other: str) -> None:
    text = "Zentro sold 41,440 NEVs in 2021, up 140.4 percent.\n\n" + other
    assert [v for v in claims(text, "FC111") if v.status is Status.INCONSISTENT] == []


def test_docstring_examples() -> None:
    text = "BYD sold 41,440 NEVs in 2021, up {rate} percent.\n\nBYD sold 20,274 NEVs in 2020."
    assert [v.status for v in claims(text.format(rate="140.4"), "FC111")] == [Status.INCONSISTENT]
    assert [v.status for v in claims(text.format(rate="104.4"), "FC111")] == [Status.CONSISTENT]


def test_a_period_dated_only_by_last_year_names_no_prior_year() -> None:
    # the figure's frame has the year key "last-year", which is no year number
    text = (
        "Brava's NEVs came to 913,000 units, a 29.50% increase year-on-year, lifting their "
        "penetration to 51.23%, up from 43.76% in October last year."
    )
    assert claims(text, "FC111") == []
    assert [v.stated_text for v in claims(text, "FC101")] == ["29.50%"]


MONTHLY_RUN = (
    "Tessin's run of declines started in May: it handed over 35,800 cars, 23.7% fewer than the 46,900 of "
    "May last year. June deliveries dropped to 30,212 units, down {mom} month over month. In July, "
    "handovers slid again to 28,047 units, a {rate} month-over-month decrease."
)


@pytest.mark.parametrize(
    ("rate", "status"),
    [
        ("7.2%", Status.CONSISTENT),  # 28,047 vs 30,212: -7.17%
        ("7.1%", Status.INCONSISTENT),  # cut off instead of rounded
        ("7.7%", Status.INCONSISTENT),
    ],
)
def test_month_over_month_rate_against_last_months_figure(rate: str, status: Status) -> None:
    text = MONTHLY_RUN.format(mom="15.6%", rate=rate)
    (v,) = [v for v in claims(text, "FC111") if v.stated_text == rate]
    assert v.status is status, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "28,047"), ("baseline", "30,212")]


def test_month_over_month_is_not_measured_from_a_year_ago_figure() -> None:
    # May has two figures, this year's 35,800 and last year's 46,900 (a baseline): June's rate is
    # measured from this year's
    (v,) = [v for v in claims(MONTHLY_RUN.format(mom="15.6%", rate="7.2%"), "FC111") if v.stated_text == "15.6%"]
    assert v.status is Status.CONSISTENT, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "30,212"), ("baseline", "35,800")]


@pytest.mark.parametrize(("rate", "status"), [("20%", Status.CONSISTENT), ("2%", Status.INCONSISTENT)])
def test_a_yearly_rate_against_the_figure_said_for_last_year(rate: str, status: Status) -> None:
    text = (
        f"Orvane sold 5,310 cars in March, up {rate} year on year.\n\n"
        "The company had sold 4,425 cars in March last year, when supply was tight."
    )
    # (FC101 itself now takes the next paragraph's "in March last year" as the baseline; the rate is
    # judged once, against that figure, whichever rule does it)
    (v,) = [*claims(text, "FC101"), *claims(text, "FC111")]
    assert v.status is status, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "5,310"), ("baseline", "4,425")]


def test_this_years_figure_of_the_month_is_not_last_years() -> None:
    text = "Orvane sold 5,310 cars in March, up 20% year on year.\n\nIn March, Tessin sold 4,425 cars."
    assert claims(text, "FC111") == []


@pytest.mark.parametrize(
    "brands",
    [
        "Looking at sales by brand in 2024, Orla led the market with 210,000 units, down 9.5% year-on-year.",
        "As for sales by brand in 2024, Orla led the market with 210,000 units, down 9.5% year-on-year.",
        "In sales by brand in 2024, Orla led the field with 210,000 units, down 9.5% on the year.",
    ],
)
def test_a_brand_rate_is_not_measured_from_the_market_total(brands: str) -> None:
    # the market's prior-year total names no company; the brand's figure names one
    text = (
        "Across the Gulf states, car sales in 2024 fell 12.0% to 880,000 units. In 2023, "
        "sales had reached 1.00 million units, a four-year high.\n\n" + brands + " Kessel was second with 150,000."
    )
    # the market's rate finds its baseline in the next sentence (FC101) or elsewhere (FC111), once
    rates = [v for v in factcheck.check_text(text) if v.code in ("FC101", "FC111")]
    (market,) = [v for v in rates if v.stated_text == "12.0%"]
    assert [(e.role, e.quantity.text) for e in market.evidence] == [
        ("current", "880,000"),
        ("baseline", "1.00 million"),
    ]
    assert market.status is Status.CONSISTENT
    # the brand's rate is measured from no market figure
    (brand,) = [v for v in rates if v.stated_text == "9.5%"]
    assert [e.role for e in brand.evidence] == ["current"] and brand.status is Status.UNVERIFIABLE


@pytest.mark.parametrize(
    "history",
    [
        "Sales peaked at 2.40 million units in 2019 but slid to 1.60 million units in 2023.",
        "Deliveries reached 2.40 million units in 2019 and fell back to 1.60 million units in 2023.",
        "Sales totalled 2.40 million units in 2019 but had dropped to 1.60 million units in 2023.",
    ],
)
@pytest.mark.parametrize(("rate", "status"), [("12.5", Status.CONSISTENT), ("21.5", Status.INCONSISTENT)])
def test_the_prior_year_of_a_clause_with_two_years_is_the_one_after_its_figure(
    history: str, rate: str, status: Status
) -> None:
    text = f"{history} In 2024 sales recovered to 1.80 million units, up {rate}% from the previous year."
    (v,) = claims(text, "FC111")
    assert v.status is status, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [
        ("current", "1.80 million"),
        ("baseline", "1.60 million"),
    ]


@pytest.mark.parametrize(("rate", "status"), [("down 0.5%", Status.CONSISTENT), ("down 5.0%", Status.INCONSISTENT)])
def test_a_months_rate_said_apart_takes_that_month_and_the_month_before(rate: str, status: Status) -> None:
    text = (
        "Sorell delivered 9,880 vans in April and 9,830 vans in May.\n\n"
        f"May deliveries were {rate} month over month, the company said."
    )
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC111"]
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["9,830", "9,880"]


def test_a_months_rate_with_two_figures_for_that_month_is_left_alone() -> None:
    text = (
        "Sorell delivered 9,880 vans in April and 9,830 vans in May.\n\n"
        "Its rival Drevon delivered 12,400 vans in May.\n\n"
        "May deliveries were down 5.0% month over month."
    )
    assert [v for v in factcheck.check_text(text) if v.code == "FC111"] == []


def test_a_market_total_dated_by_its_own_year_is_no_prior_year_figure() -> None:
    # 61,220 is the first quarter of 2025; "2024" after "from" is its comparison's year, so it is
    # no figure of the year before Kessel's 9,870 (the article names Kessel most, whose figures
    # every unnamed one is then taken to be)
    text = (
        "Van deliveries held up in Tessin in the first quarter of 2025. 61,220 new vans were delivered in the"
        " first quarter of 2025, down 9% from the corresponding period of 2024.\n\n"
        "By brand Orla led in the first quarter of 2025 with 14,380 deliveries, 12% up from the first quarter"
        " of 2024. In second place was Sorell with 10,150 deliveries, and in third place was Kessel with 9,870"
        " deliveries, up 5% from last year.\n\n"
        "Orla, which also owns the Kessel brand, holds 40% of the market. The best seller was the Kessel Tago.\n"
    )
    assert claims(text, "FC111") == []
    kessel = next(v for v in factcheck.check_text(text) if v.code == "FC101" and v.stated_text == "5%")
    assert kessel.status is Status.UNVERIFIABLE, kessel.message


def test_a_class_is_not_measured_from_last_years_whole_market() -> None:
    # the forecast's passenger row names its class; last year's figure for the whole market is no
    # baseline of it (the whole market's own forecast row is)
    text = (
        "Kessel Announces 2024 Car Sales\n"
        'Mr. Orlov said, "In 2024, Vessa’s automotive market reached 912,400 units, which is a 4% decrease'
        ' compared to the previous year."\n'
        "2024 Market Result\n"
        "2024 Sales | Difference Compared to 2023 | |\n"
        "Total Sales | 912,400 units | -4.1% |\n"
        "Passenger Cars | 366,700 units | -1.2% |\n"
        'Looking at 2025, Mr. Orlov said, "Our projection puts the whole market at 860,000 units, a 6%'
        ' decrease from last year."\n'
        "2025 Vessa Sales Forecast\n"
        "2025 Sales Projection | Difference Compared to 2024 | |\n"
        "Total Sales | 860,000 units | -5.7% |\n"
        "Passenger Cars | 331,500 units | -9.6% |\n"
    )
    assert [v.message for v in claims(text, "FC111") if v.stated_text == "-9.6%"] == []


# A rate that names no basis, its prior figure dated by words in another sentence: the quarter a
# month ends, the corresponding quarter of the prior financial year, the same period last year.
UNMARKED = (
    "Korvik Motors posted a {rate} per cent rise in net profit at Rs 2,318 crore for the {period}.\n\n"
    "The carmaker had reported a net profit of Rs {base} crore in {prior}, the company said."
)


@pytest.mark.parametrize(
    ("period", "prior"),
    [
        ("December 2024 quarter", "the corresponding quarter of the prior financial year"),
        ("three months ended June", "the April-June quarter of the prior fiscal"),
        ("second quarter", "the same quarter last year"),
    ],
)
@pytest.mark.parametrize(
    ("rate", "base", "status"),
    [
        ("18", "1,964", Status.CONSISTENT),  # (2,318 - 1,964) / 1,964 = +18.02%
        ("18", "1,694", Status.INCONSISTENT),  # two digits swapped in the prior figure: the slip ties them
        ("81", "1,964", Status.INCONSISTENT),  # ... or in the rate
    ],
)
def test_an_unmarked_rate_against_the_figure_dated_a_year_back(
    period: str, prior: str, rate: str, base: str, status: Status
) -> None:
    text = UNMARKED.format(rate=rate, base=base, period=period, prior=prior)
    at = text.index(rate)
    (v,) = [c for c in factcheck.check_text(text) if c.start == at and c.type == "percent_change"]
    assert v.status is status, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [
        ("current", "Rs 2,318 crore"),
        ("baseline", f"Rs {base} crore"),
    ]


@pytest.mark.parametrize(
    ("period", "prior"),
    [
        ("December 2024 quarter", "the corresponding quarter of the prior financial year"),
        ("three months ended June", "the April-June quarter of the prior fiscal"),
    ],
)
def test_an_unmarked_rate_paired_by_period_alone_is_no_error_without_a_slip(period: str, prior: str) -> None:
    # +25.3%: no slip of a digit explains 18%, and nothing but the period ties the two figures
    text = UNMARKED.format(rate="18", base="1,850", period=period, prior=prior)
    (v,) = [c for c in factcheck.check_text(text) if c.start == text.index("18") and c.type == "percent_change"]
    assert v.status is Status.UNVERIFIABLE, v.message
    assert "paired by their category alone" in v.message


def test_an_unmarked_rate_takes_no_figure_of_this_years_quarter() -> None:
    text = UNMARKED.format(rate="18", base="1,964", period="December 2024 quarter", prior="the September 2024 quarter")
    assert not claims(text, "FC111")


def test_the_same_month_last_year_is_no_prior_figure_of_nine_months() -> None:
    text = (
        "Exports of 35,800 vehicles in September were 2.1% below the 36,570 shipped abroad in the same month last"
        " year.\n\nFor the first nine months, exports rose 12.4% to 297,100 units."
    )
    assert not [v for v in claims(text, "FC111") if "297,100" in v.message]


def test_a_rate_stated_with_the_amount_of_its_change_is_not_read_again() -> None:
    text = (
        "Exports in the same month last year were 36,570 units.\n\n"
        "For the first nine months, exports of 297,100 units were 41,300 units or 12.6% higher than in the"
        " corresponding period last year."
    )
    assert not claims(text, "FC111")


@pytest.mark.parametrize(
    "text",
    [
        "A total of 2,308,600 cars were sold in Brazil in 2024, compared with 2,104,500 in 2023. In Brazil, "
        "61,600 electric cars were sold in 2024, an 85% rise on the year before.",
        "Car sales in Chile came to 301,500 in 2024, compared with 314,100 in 2023. In Chile, 9,800 electric "
        "cars were sold in 2024, an increase of 62% over the year before.",
        "New car sales in Colombia totalled 188,700 in 2024, compared with 190,600 in 2023. In Colombia, 6,900 "
        "electric cars were sold in 2024, 61% more than the year before.",
    ],
)
def test_a_markets_electric_cars_are_not_measured_from_its_prior_total_of_every_car(text: str) -> None:
    assert [v.message for v in factcheck.check_text(text) if v.code == "FC111"] == []


def test_a_baseline_dated_a_year_back_is_no_level_of_the_period_before() -> None:
    text = (
        "Lumea delivered 8,400 vans in June, up 12 percent from 7,500 units a year ago. "
        "It delivered 24,600 vans in the second quarter, up 4.2 percent year on year."
    )
    assert claims(text, "FC111") == []
