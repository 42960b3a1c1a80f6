"""FC110 weekday: the date's own year, a year from the text, or unverifiable."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.model import Status


def fc110(text: str):
    return [v for v in factcheck.check_text(text) if v.code == "FC110"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Zentro released the figures on Monday, March 4, 2024.", Status.CONSISTENT),
        ("Zentro released the figures on Tuesday, March 4, 2024.", Status.INCONSISTENT),
        ("Zentro released the figures on Friday, 5 January 2024.", Status.CONSISTENT),
        ("Zentro released the figures on Sat., Jan. 6, 2024.", Status.CONSISTENT),
        ("Zentro released the figures on Sunday, Sept. 8, 2024.", Status.CONSISTENT),
    ],
)
def test_dates_with_years(text: str, status: Status) -> None:
    (v,) = fc110(text)
    assert v.status is status, v.message
    assert v.stated_text in text and v.evidence[0].role == "date"


def test_wrong_weekday_names_the_right_one() -> None:
    (v,) = fc110("The data came out on Monday, March 5, 2024.")
    assert "Tuesday" in v.message


def test_year_from_the_text() -> None:
    text = "Zentro sold 6,150 cars in June 2023.\n\nThe CPCA published the data on Thursday (July 6)."
    (v,) = fc110(text)
    assert v.status is Status.CONSISTENT  # July 6, 2023 was a Thursday
    bad = text.replace("Thursday", "Friday")
    assert fc110(bad)[0].status is Status.INCONSISTENT


def test_no_year_is_unverifiable() -> None:
    (v,) = fc110("The CPCA published the data on Thursday (July 6).")
    assert v.status is Status.UNVERIFIABLE


def test_years_that_disagree_are_unverifiable() -> None:
    text = "Sales in 2022 and 2023 were compared.\n\nThe data came out on Thursday (July 6)."
    (v,) = fc110(text)
    assert v.status is Status.UNVERIFIABLE


def test_impossible_date() -> None:
    (v,) = fc110("The event is on Friday, February 30, 2024.")
    assert v.status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "text",
    [
        "Deliveries rose on Monday, and March sales were 4,200 units in 2024.",
        "On Monday Zentro sold 12 cars; in March 2024 it sold 40.",
    ],
)
def test_weekday_without_date_is_ignored(text: str) -> None:
    assert fc110(text) == []


def test_inferred_year_or_the_year_before() -> None:
    # a January 2024 article: Friday, December 29 was in 2023 (in 2024 it is a Sunday)
    text = "BEIJING, January 2, 2024 -- Zentro said deliveries closed on Friday, December 29."
    (v,) = [v for v in fc110(text) if v.stated_text == "Friday"]
    assert v.status is Status.UNVERIFIABLE
    wrong = text.replace("Friday, December 29", "Saturday, December 29")
    (w,) = [v for v in fc110(wrong) if v.stated_text == "Saturday"]
    assert w.status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "tail",
    [
        "almost 10,000 fewer than in August 2023",
        "down from 91,300 in August 2023",
        "compared with the same month of 2023",
        "up from 74,900 cars registered in August 2023",
        "against 74,900 new vans sold in August 2023",
    ],
)
def test_the_year_of_a_comparison_is_not_the_dates_year(tail: str) -> None:
    # published in 2024: the only year named is the one the figures are compared with
    text = f"Ahead of the official report this Wednesday (September 4), 81,600 cars were registered last month, {tail}."
    (v,) = fc110(text)
    assert v.status is not Status.INCONSISTENT, v.message  # September 4, 2023 was a Monday
    assert "2023" not in v.message.split(":")[0]
