"""FC105 difference: more/fewer than, unit changes, vague gaps and guidance arithmetic."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.model import Status


def fc105(text: str):
    return [v for v in factcheck.check_text(text) if v.code == "FC105"]


def only(text: str):
    vs = fc105(text)
    assert len(vs) == 1, [v.message for v in vs]
    return vs[0]


MONTHS = (
    "Keld Motors delivered 29,314 vehicles in April.\n\n"
    "Keld Motors delivered 31,114 vehicles in May, {gap} than in April."
)


@pytest.mark.parametrize(
    ("gap", "status"),
    [
        ("1,800 more", Status.CONSISTENT),
        ("1,080 more", Status.INCONSISTENT),
        ("1,800 fewer", Status.INCONSISTENT),  # the direction is wrong
        ("about 1,700 more", Status.CONSISTENT),  # about: +/- twice the rounding of 1,700, so 1,800 is the edge
    ],
)
def test_more_than_a_named_month(gap: str, status: Status) -> None:
    v = only(MONTHS.format(gap=gap))
    assert v.status is status
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("a", "31,114"), ("b", "29,314")]


def test_wrong_difference_names_the_right_one() -> None:
    v = only(MONTHS.format(gap="1,080 more"))
    assert "1,800" in v.message and "31,114" in v.message and "29,314" in v.message


def test_down_units_from_a_stated_figure() -> None:
    assert only("Sales slipped to 6,273 units, down 727 units from 7,000 units.").status is Status.CONSISTENT
    assert only("Sales slipped to 6,318 units, down 727 units from 7,045 units.").status is Status.CONSISTENT
    assert only("Sales slipped to 6,318 units, down 772 units from 7,045 units.").status is Status.INCONSISTENT


def test_vague_gap() -> None:
    text = (
        "In March the carmaker handed over {m} EVs, only a few hundred units fewer than in its "
        "best-ever February (8,652)."
    )
    assert only(text.format(m="8,117")).status is Status.CONSISTENT
    assert only(text.format(m="9,117")).status is Status.INCONSISTENT  # more, not fewer
    assert only(text.format(m="6,117")).status is Status.INCONSISTENT  # thousands, not hundreds


GUIDE = (
    "Keld Motors delivered 17,642 vehicles in May, up 3.08 percent from 17,115 in April.\n\n"
    "Keld Motors guided for second-quarter deliveries in a range of 52,000 to 55,000 vehicles.\n\n"
    "That outlook implies June deliveries of between {lo} and {hi} vehicles."
)


def test_guidance_leaves_the_last_month() -> None:
    vs = fc105(GUIDE.format(lo="17,243", hi="20,243"))
    assert [v.status for v in vs] == [Status.CONSISTENT, Status.CONSISTENT]
    assert [(e.role, e.quantity.text) for e in vs[0].evidence] == [("a", "52,000"), ("b", "17,115"), ("b", "17,642")]
    vs = fc105(GUIDE.format(lo="17,243", hi="20,234"))
    assert [v.status for v in vs] == [Status.CONSISTENT, Status.INCONSISTENT]
    assert "20,243" in vs[1].message


def test_guidance_with_at_least() -> None:
    text = (
        "Orvane delivered 36,905 vehicles in August, a 4.62% decline from July's 38,693 units.\n\n"
        "Orvane has guided third-quarter deliveries between 115,000 and 122,000 vehicles, "
        "so it needs at least {x} units in September."
    )
    assert only(text.format(x="39,402")).status is Status.CONSISTENT
    assert only(text.format(x="93,402")).status is Status.INCONSISTENT


@pytest.mark.parametrize("before", ["the month before", "the previous month", "a month earlier"])
@pytest.mark.parametrize(("may", "status"), [("29,314", Status.CONSISTENT), ("29,134", Status.INCONSISTENT)])
def test_the_month_before_is_the_previous_months_figure(before: str, may: str, status: Status) -> None:
    text = (
        f"Keld Motors delivered {may} vehicles in April.\n\n"
        f"Keld Motors delivered 31,114 vehicles in May, 1,800 more than {before}."
    )
    v = only(text)
    assert v.status is status
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("a", "31,114"), ("b", may)]


def test_the_month_before_without_its_figure_says_which_is_missing() -> None:
    v = only("Keld Motors delivered 31,114 vehicles in May, 1,800 more than the month before.")
    assert v.status is Status.UNVERIFIABLE
    assert "April" in v.message


def test_unknown_compared_period_is_unverifiable() -> None:
    v = only("Orvane delivered 312,460 vehicles in the third quarter, 14,000 more than in the second quarter.")
    assert v.status is Status.UNVERIFIABLE


def test_other_company_is_not_the_compared_figure() -> None:
    text = (
        "Tarsa delivered 18,240 vehicles in April.\n\n"
        "Keld Motors delivered 31,114 vehicles in May, 1,000 more than in April."
    )
    v = only(text)
    assert v.status is Status.UNVERIFIABLE


@pytest.mark.parametrize(
    "text",
    [
        "The Aster is priced at RMB 219,900, 3,000 yuan more than before.",
        "It sprints to 100 km/h in 4.2 seconds, 0.4 seconds less than the outgoing model.",
        "The 800V battery holds 90 kWh, 8 kWh more than last year's.",
        "Deliveries rose 4 percent to 13,000 units, up 500 from 12,500.",
    ],
)
def test_distractors_raise_no_alarm(text: str) -> None:
    assert [v for v in fc105(text) if v.status is Status.INCONSISTENT] == []


def test_guidance_range_before_the_quarter() -> None:
    text = (
        "Orvane delivered 38,693 vehicles in July and 36,905 in August.\n\n"
        "The company expects to deliver 115,000 to 122,000 vehicles in the third quarter, "
        "which points to September deliveries of {lo} to 46,402."
    )
    assert [v.status for v in fc105(text.format(lo="39,402"))] == [Status.CONSISTENT, Status.CONSISTENT]
    assert [v.status for v in fc105(text.format(lo="39,042"))] == [Status.INCONSISTENT, Status.CONSISTENT]


def test_month_named_as_subject() -> None:
    text = (
        "Brightway delivered 27,506 vehicles in June, a 3.62% decline from May's 28,540 units.\n\n"
        "The June figure was {gap} fewer than in May."
    )
    assert only(text.format(gap="1,034")).status is Status.CONSISTENT
    assert only(text.format(gap="1,043")).status is Status.INCONSISTENT


def test_gaps_against_the_baselines_of_the_sentence_before() -> None:
    text = (
        "Tarsa delivered 13,208 vehicles in October, down 9.87 percent from 14,654 in September and up 41.26 "
        "percent from 9,350 a year before. That was {m} fewer than the previous month and {y} more than a year before."
    )
    vs = fc105(text.format(m="1,446", y="3,858"))
    assert [v.status for v in vs] == [Status.CONSISTENT, Status.CONSISTENT]
    vs = fc105(text.format(m="1,464", y="3,858"))
    assert [v.status for v in vs] == [Status.INCONSISTENT, Status.CONSISTENT]


def test_docstring_examples() -> None:
    text = "It delivered 36,905 vehicles in August, {gap} fewer than July's 38,693."
    assert only(text.format(gap="1,878")).status is Status.INCONSISTENT
    assert only(text.format(gap="1,788")).status is Status.CONSISTENT
