"""FC104 cumulative: months into quarters, quarters into halves, year-to-date, guided full year."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.model import Status


def fc104(text: str):
    return [v for v in factcheck.check_text(text) if v.code == "FC104"]


def only(text: str):
    vs = fc104(text)
    assert len(vs) == 1, [v.message for v in vs]
    return vs[0]


QUARTER = (
    "In March, Zeekr sales amounted to 1,795, less than in the previous months "
    "(2,916 in February and 3,530 in January).\n\n"
    "During the first quarter, Zeekr delivered {q1} Zeekr 001 electric cars."
)


def test_months_add_up_to_the_quarter() -> None:
    v = only(QUARTER.format(q1="8,241"))
    assert v.status is Status.CONSISTENT
    assert [(e.role, e.quantity.text) for e in v.evidence] == [
        ("part", "3,530"),
        ("part", "2,916"),
        ("part", "1,795"),
        ("total", "8,241"),
    ]


@pytest.mark.parametrize("q1", ["8,421", "8,214", "2,841"])
def test_mistyped_quarter_is_flagged(q1: str) -> None:
    v = only(QUARTER.format(q1=q1))
    assert v.status is Status.INCONSISTENT
    assert "8,241" in v.message


def test_quarters_add_up_to_the_half() -> None:
    text = (
        "Deliveries of {cars} cars in the first half of the year were a record.\n\n"
        "After 59,948 cars had been delivered in the first quarter, "
        "deliveries rose in the second quarter to 110,991 units."
    )
    assert only(text.format(cars="170,939")).status is Status.CONSISTENT
    assert only(text.format(cars="170,993")).status is Status.INCONSISTENT


def test_month_stated_as_a_baseline_counts() -> None:
    text = (
        "Nio delivered 20,176 vehicles in August, down 1.57 percent from 20,498 in July.\n\n"
        "Nio delivered 21,181 vehicles in September.\n\n"
        "In the third quarter Nio delivered 61,855 vehicles."
    )
    v = only(text)
    assert v.status is Status.CONSISTENT and v.computed == 61855


def test_rounded_total_is_compared_as_an_interval() -> None:
    text = (
        "Sales were 1.1 million in September and 1.0 million in August. In July they were 0.9 million. "
        "In the third quarter sales were 3 million."
    )
    # 3.0 (+/- 0.15) against 1.1 + 1.0 + 0.9 (each +/- 0.05)
    assert only(text).status is Status.CONSISTENT


def test_other_company_months_are_not_summed() -> None:
    text = (
        "Xpeng delivered 46,533 vehicles in the third quarter, with 11,145 in July and 14,036 in August.\n\n"
        "Leapmotor delivered 36,677 vehicles in September."
    )
    assert [v for v in fc104(text) if v.status is Status.INCONSISTENT] == []


def test_total_that_matches_another_figure_is_not_accused() -> None:
    text = (
        "In March, sales amounted to 1,795 (2,916 in February and 3,530 in January).\n\n"
        "During the first quarter of 2022, Zeekr delivered 8,241 cars.\n\n"
        "Geely reports 326,024 vehicle sales in the first quarter."
    )
    statuses = {v.stated_text: v.status for v in fc104(text)}
    assert statuses["8,241"] is Status.CONSISTENT
    assert statuses.get("326,024") is not Status.INCONSISTENT


def test_guided_full_year() -> None:
    text = (
        "The company delivered 48,740 vehicles in November, a 5.25% drop from October's 51,443 units. "
        "Year-to-date deliveries totaled 441,995.\n\n"
        "Li Auto has guided fourth-quarter deliveries between 160,000 and 170,000 vehicles. "
        "Annual deliveries are expected to range between {lo} and 511,812 vehicles."
    )
    vs = fc104(text.format(lo="501,812"))
    assert [v.status for v in vs] == [Status.CONSISTENT, Status.CONSISTENT]
    vs = fc104(text.format(lo="510,812"))
    assert [v.status for v in vs] == [Status.INCONSISTENT, Status.CONSISTENT]
    assert "501,812" in vs[0].message


def test_distractors_are_not_periods() -> None:
    text = (
        "The 2024 model year car reaches 0-100 km/h in 3.9 seconds and has a 75 kWh pack. "
        "It sold 3,000 units in January, 2,000 in February and 1,000 in March; the 800V version costs RMB 300,000."
    )
    assert fc104(text) == []


def test_five_months_make_the_year_to_date() -> None:
    text = (
        "Great Wall Motor sold 105,000 vehicles in May, including 25,000 NEVs.\n\n"
        "In the first five months, Great Wall sold {ytd} vehicles. In January it sold 100,000, in February "
        "70,000, in March 90,000 and in April 95,000."
    )
    assert only(text.format(ytd="460,000")).status is Status.CONSISTENT
    assert only(text.format(ytd="640,000")).status is Status.INCONSISTENT


def test_docstring_examples() -> None:
    text = "Deliveries were 3,530 in January, 2,916 in February and 1,795 in March, for 8,421 in the first quarter."
    assert only(text).status is Status.INCONSISTENT
    text = (
        "It delivered 59,948 cars in the first quarter and 110,991 in the second quarter, "
        "for 170,939 in the first half."
    )
    assert only(text).status is Status.CONSISTENT


def test_quarters_make_the_first_three_quarters() -> None:
    text = (
        "In the first three quarters Tesla delivered {t} vehicles. In the first quarter it delivered 386,810, "
        "in the second quarter 443,956 and in the third quarter 462,890."
    )
    assert only(text.format(t="1,294,000")).status is Status.CONSISTENT  # 1,293,656, stated rounded to thousands
    assert only(text.format(t="1,239,656")).status is Status.INCONSISTENT
