"""The one period type: what each key covers, how periods nest, how they read in words."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import periods
from factcheck.attribution import periods_in as record_periods
from factcheck.frames import periods_in as frame_periods
from factcheck.lexicon import SAME_SPAN_YEAR_BACK


@pytest.mark.parametrize(
    ("key", "months"),
    [
        ("june", {6}),
        ("q2", {4, 5, 6}),
        ("h2", set(range(7, 13))),
        ("ytd:3", {1, 2, 3}),
        ("span:3-5", {3, 4, 5}),
        ("fy", set(range(1, 13))),
        ("june 9-15", {6}),
    ],
)
def test_a_key_covers_its_months(key: str, months: set[int]) -> None:
    assert periods.months_of(key) == frozenset(months)


@pytest.mark.parametrize("key", ["ytd", "last:12", "week 36", "week", "all"])
def test_a_key_whose_months_the_text_must_fix_covers_none_by_itself(key: str) -> None:
    assert periods.months_of(key) is None
    assert periods.parse(key) is not None


def test_an_open_year_to_date_runs_through_the_articles_month() -> None:
    assert periods.months_of("ytd", through=4) == frozenset({1, 2, 3, 4})
    assert periods.months_of("june", through=4) == frozenset({6})


@pytest.mark.parametrize("key", ["m:june", "ytd7", "12m", "year", "q5", "span5-3", "june 9"])
def test_keys_no_reader_writes_are_refused(key: str) -> None:
    assert periods.parse(key) is None
    assert periods.words(key) == key


@pytest.mark.parametrize(
    ("key", "parent", "siblings"),
    [
        ("may", "q2", ["april", "may", "june"]),
        ("q3", "h2", ["q3", "q4"]),
        ("h1", "fy", ["h1", "h2"]),
    ],
)
def test_periods_nest(key: str, parent: str, siblings: list[str]) -> None:
    assert periods.parent_key(key) == parent
    assert periods.child_keys(parent) == siblings


@pytest.mark.parametrize(
    ("key", "before", "back"),
    [("may", "april", 0), ("january", "december", 1), ("q1", "q4", 1), ("q3", "q2", 0), ("h2", "h1", 0)],
)
def test_the_period_right_before(key: str, before: str, back: int) -> None:
    p = periods.parse(key)
    assert p is not None and p.previous is not None
    assert (p.previous[0].key, p.previous[1]) == (before, back)


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("june", "June"),
        ("q2", "Q2"),
        ("ytd:11", "January-November"),
        ("fy", "the full year"),
        ("last:12", "the last 12 months"),
    ],
)
def test_a_period_in_words(key: str, words: str) -> None:
    assert periods.words(key) == words


@given(st.integers(1, 12), st.integers(1, 12))
def test_every_key_the_builders_write_parses_back_to_the_same_key(a: int, b: int) -> None:
    lo, hi = min(a, b), max(a, b)
    for key in (periods.month(a), periods.ytd(b), periods.span(lo, hi), periods.last_months(a)):
        p = periods.parse(key)
        assert p is not None and p.key == key
    assert periods.months_of(periods.span(lo, hi)) == frozenset(range(lo, hi + 1))


@pytest.mark.parametrize(
    "text",
    [
        "Registrations reached 8,100 in June.",
        "Across the first three quarters the brand sold 61,200 cars.",
        "January-May deliveries came to 40,020 units.",
        "Over the past 12 months it shipped 90,000 trucks.",
        "Second-quarter revenue was $2.1 billion.",
        "Full-year sales were 310,000.",
    ],
)
def test_both_readers_write_keys_of_the_one_period_type(text: str) -> None:
    keys = set(record_periods(text)) | set(frame_periods(text, 0, len(text))[0])
    assert keys
    assert all(periods.parse(k) is not None for k in keys), keys


def test_both_readers_give_one_key_to_the_same_period() -> None:
    text = "In the first five months the group delivered 52,000 vehicles."
    assert "ytd:5" in record_periods(text)
    assert "ytd:5" in frame_periods(text, 0, len(text))[0]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Deliveries for March-May came to 9,800.", ["span:3-5"]),
        ("Output in March and April rose.", ["span:3-4"]),
        ("Output in March and June rose.", ["march", "june"]),
        ("Over the last three months it shipped 4,000 buses.", ["last:3"]),
        ("Up to the end of June the group sold 41,000 cars.", ["h1"]),
        ("Sales in May rose to 2,300.", ["may"]),
        ("Prices may rise next year.", []),
        ("On June 10 the plant reopened.", []),
        ("Registrations for June 9-15 were 3,120.", ["june 9-15"]),
        ("Week 36 registrations were 1,880.", ["week 36"]),
        ("Deliveries rose 4% week-on-week.", []),
        ("Its sales so far this year total 18,000.", ["ytd"]),
        ("Sales rose for the seventh month in a row.", []),
        ("Revenue in quarter IV was flat.", ["q4"]),
        ("Sales rose in March, the body said in its release of 3 April.", ["march"]),
        ("On the 2nd of June it said May sales rose.", ["may"]),
        # a run whose end is said as the end of a month
        ("Its sales from January to end June came to 41,000.", ["ytd:6"]),
        ("From March to the end of September it built 9,000 vans.", ["span:3-9"]),
        ("Between January and end-May exports fell.", ["ytd:5"]),
        # "at end-September", "as of end-May", "by end-March": the year so far, through that month
        ("Scooter sales reached 1.1 million at end-September.", ["ytd:9"]),
        ("As of end-May the group had built 8,200 buses.", ["ytd:5"]),
        ("It sold 4,400 vans by end-March.", ["ytd:3"]),
        ("Output at end of June stood at 9,800 units.", ["ytd:6"]),
        ("Output in March and the end of June rose.", ["march", "june"]),
    ],
)
def test_the_period_finder(text: str, keys: list[str]) -> None:
    assert [m.key for m in periods.mentions(text)] == keys


def test_year_to_date_is_not_also_a_total_since_launch() -> None:
    assert [m.key for m in periods.mentions("Year to date, it has sold 12,000 vans.")] == ["ytd"]


@pytest.mark.parametrize(
    ("phrase", "key"), [("the second quarter", "q2"), ("june", "june"), ("H1", "h1"), ("Q4", "q4")]
)
def test_a_phrase_that_names_one_period(phrase: str, key: str) -> None:
    assert periods.key_of(phrase) == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("64,950 new cars were sold in Kestria through July.", "ytd:7"),
        ("Deliveries in the year to May came to 41,000 units.", "ytd:5"),
        ("By the end of March it had delivered 28,505 vehicles.", "ytd:3"),
        ("Sales until the end of September reached 96,248 units.", "ytd:9"),
        ("Sales improved by 8.97% at the end of November 2021.", "ytd:11"),
        ("Registrations through July 2024 fell 3%.", "ytd:7"),
        ("Some 14,380 scooters changed hands to the end of March.", "ytd:3"),
        ("Deliveries to the end of June 2024 came to 8,100 units.", "ytd:6"),
        ("A total of 2,881 buses were registered up to September.", "ytd:9"),
        ("Car sales rose to 41,300 units by end of May 2024.", "ytd:5"),
        ("Scooter sales through end of August reached 12,100.", "ytd:8"),
    ],
)
def test_through_a_month_is_the_year_so_far(text: str, key: str) -> None:
    assert [m.key for m in periods.mentions(text)] == [key]


def test_through_a_date_is_no_period_of_months() -> None:
    assert periods.mentions("The offer runs through July 15, the dealer said.") == ()


@pytest.mark.parametrize(
    "phrase", ["from January to December", "January-December sales", "through December", "the first 12 months"]
)
def test_a_year_to_date_through_december_is_the_full_year(phrase: str) -> None:
    # "up 11 pct in 2016" in a headline restates "from January to December ... up 11 pct"
    assert [m.key for m in periods.mentions(phrase)] == ["fy"]
    assert [m.key for m in periods.mentions("January through November")] == ["ytd:11"]


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("sales fell, as revealed by February registration data", {"february"}),
        ("shown by March sales figures released today", {"march"}),
        ("the company had sold 5,000 cars by February this year", {"ytd:2"}),
        ("by March, sales had reached 12,000", {"ytd:3"}),
    ],
)
def test_a_month_that_dates_a_report_is_no_year_to_date(text: str, months: set[str]) -> None:
    from factcheck.frames import periods_in

    assert periods_in(text, 0, len(text))[0] == months


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("sales amounted to 131,637 units as of September 2021", ["ytd:9"]),
        ("the fleet as at the end of March stood at", ["ytd:3"]),
        ("32,747 new registrations since January 2021", ["ytd"]),
        ("since Jan. this year it sold", ["ytd"]),
        # a day, not the start of the year
        ("sold since January 15 this year", []),
    ],
)
def test_as_of_a_month_and_since_january_are_the_year_so_far(text: str, keys: list[str]) -> None:
    assert [m.key for m in periods.mentions(text)] == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Between January and June, it delivered", ["ytd:6"]),
        ("sold between March and May", ["span:3-5"]),
        ("sold 9,000 in March and 8,000 in June", ["march", "june"]),  # two months, no run
    ],
)
def test_between_two_months_is_the_run_of_months_they_bound(text: str, keys: list[str]) -> None:
    assert [m.key for m in periods.mentions(text)] == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Profit rose 9% in the quarter ended June.", ["q2"]),
        ("It earned $1.2 billion in the three months to September 30.", ["q3"]),
        ("Sales fell in the six months ending June 30.", ["ytd:6"]),
        ("Sales fell in the nine months ended September.", ["ytd:9"]),
        # a fiscal quarter across the turn of the year is no span of one year, nor its last month
        ("Profit rose in the quarter ended February.", []),
        # "the December 2024 quarter": the quarter that ends in December
        ("Profit rose 23% for the December 2024 quarter.", ["q4"]),
        ("Revenue fell in the September quarter.", ["q3"]),
        ("Profit rose in the February quarter.", []),
        # "ended in June", "ending in March": the same month said with "in"
        ("Earnings in the three months ended in June climbed.", ["q2"]),
        ("Revenue in the six months ending in June was flat.", ["ytd:6"]),
        ("Output in the quarter ended in March fell.", ["ytd:3"]),
    ],
)
def test_a_period_named_by_the_month_it_ends(text: str, keys: list[str]) -> None:
    # (the three months of a calendar quarter are keyed as that quarter)
    assert [m.key for m in periods.mentions(text)] == keys


@pytest.mark.parametrize(
    ("key", "run", "months"),
    [
        ("ytd:6", True, {1, 2, 3, 4, 5, 6}),
        ("h1", True, {1, 2, 3, 4, 5, 6}),
        ("span:3-6", True, {3, 4, 5, 6}),
        ("ytd", True, None),  # an open year to date is a run whose end the text must fix
        ("june", False, None),
        ("february 1-23", False, None),
    ],
)
def test_a_run_of_whole_months(key: str, run: bool, months: set[int] | None) -> None:
    assert periods.is_run(key) is run
    assert periods.run_months(key) == (frozenset(months) if months else None)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Over the eleven months, the maker sold 81,200 cars", "ytd:11"),
        ("over the 11 months to November", "ytd:11"),
        ("in the eight months ended August", "ytd:8"),
        ("the three months to September 30", "q3"),
    ],
)
def test_a_run_of_months_counted_in_words_or_figures(text: str, key: str) -> None:
    assert [m.key for m in periods.mentions(text)] == [key]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Sales in 2023 rose.", ["2023"]),
        ("Exports during YTD FY'23 fell.", ["2023"]),
        ("Output in FY24 and FY 2022-23 rose.", ["2024", "2023"]),
        ("Revenue for FY2023/24 was flat.", ["2024"]),
        ("It sold 120 units in FY.", []),
    ],
)
def test_years_named_with_fiscal_years_as_the_year_they_end(text: str, years: list[str]) -> None:
    assert [y for _, y in periods.years_named(text)] == years


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a dateline's day is the day of the report, not the period of its figures
        ("SEOUL, July 22 -- Kessel said its second-quarter profit rose.", ["q2"]),
        ("TOKYO, May 9 - Lumea said on Friday its March sales fell.", ["march"]),
        ("OSLO, Oct. 3 — Orla's third-quarter deliveries rose.", ["q3"]),
        # a run of days is still a period of days
        ("Sales on July 22 - 25 rose.", ["july 22-25"]),
    ],
)
def test_a_dateline_day_names_no_period(text: str, keys: list[str]) -> None:
    assert [m.key for m in periods.mentions(text)] == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("The top three brands in July 23 were Orla, Kessel and Tessin.", ["july"]),
        ("During March 24 registrations rose.", ["march"]),
        ("On July 23, Orla said sales rose.", []),  # a day
        ("Sales in July 23, 2024 rose.", []),  # a day of a year
    ],
)
def test_a_month_with_its_year_written_short_is_the_month(text: str, keys: list[str]) -> None:
    assert [m.key for m in periods.mentions(text)] == keys


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Exports grew over the first semester.", "h1"),
        ("In the second semester, exports fell.", "h2"),
    ],
)
def test_a_semester_is_a_half(text: str, key: str) -> None:
    assert [m.key for m in periods.mentions(text)] == [key]


@pytest.mark.parametrize(
    "text",
    [
        "the same month last year",
        "the same quarter of the prior year",
        "the same period in the previous year",
        "the same months of the preceding year",
        "the same week a year",
    ],
)
def test_the_same_span_a_year_back_is_one_lexicon_entry(text: str) -> None:
    assert re.search(rf"\b{SAME_SPAN_YEAR_BACK}\b", text, re.IGNORECASE)


@pytest.mark.parametrize("text", ["the same model last year", "the same month next year", "same-store sales"])
def test_other_sameness_is_no_span_a_year_back(text: str) -> None:
    assert not re.search(rf"\b{SAME_SPAN_YEAR_BACK}\b", text, re.IGNORECASE)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("in the April-to-June quarter", "q2"),
        ("from July to September", "q3"),
        ("in the quarter ended December", "q4"),
        ("from July to December", "span:7-12"),
        ("between March and May", "span:3-5"),
    ],
)
def test_the_three_months_of_a_calendar_quarter_are_that_quarter(text: str, key: str) -> None:
    assert [m.key for m in periods.mentions(text)] == [key]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a run across the turn of a year is that many months, neither of its ends
        ("From July 2024 to February 2025, sales reached 67,000 units.", ["last:8"]),
        ("Sales from October to March came to 41,200.", ["last:6"]),
        ("In the July-February period it sold 9,100.", ["last:8"]),
        ("From March 2023 to May 2024 it sold 120,000.", ["last:15"]),
        # a run within one year, each end with its year, is still that span
        ("From January 2024 to May 2024 it sold 41,200.", ["ytd:5"]),
        # a dated month and another month are two months
        ("It sold 4,100 in March 2024 and 3,900 in June 2024.", ["march", "june"]),
    ],
)
def test_runs_of_months_with_years_and_across_the_turn_of_a_year(text: str, keys: list[str]) -> None:
    assert [m.key for m in periods.mentions(text)] == keys


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("first-half vehicle sales reached 202,415 units", "h1"),
        ("its second-half deliveries", "h2"),
        ("sales in the first-semester of 2024", "h1"),
    ],
)
def test_a_half_said_as_an_adjective(text: str, key: str) -> None:
    assert [m.key for m in periods.mentions(text)] == [key]


@pytest.mark.parametrize(
    ("text", "key"),
    [("registrations grew 14.8% in II quarter 2018", "q2"), ("sales in III quarter", "q3"), ("the IV quarter", "q4")],
)
def test_a_roman_numeral_before_quarter(text: str, key: str) -> None:
    assert [m.key for m in periods.mentions(text)] == [key]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("imports came to 64,310 units in the year ended December", "fy"),
        ("in the year ending December 2025, sales fell", "fy"),
        ("over the year that ended in December", "fy"),
        # (a run that ended in a month, not the year's first months: "the six months that ended in December")
        ("in the six months that ended in December", "span:7-12"),
        # (the year to a month is the year so far; a year ended in June is a fiscal year, no calendar span)
        ("in the year to June", "ytd:6"),
    ],
)
def test_the_year_ended_december_is_the_calendar_year(text: str, key: str) -> None:
    assert [m.key for m in periods.mentions(text)] == [key]


def test_a_year_ended_in_another_month_is_no_calendar_period() -> None:
    assert [m.key for m in periods.mentions("in the year ended June")] == []
