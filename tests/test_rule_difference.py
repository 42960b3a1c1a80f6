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
    "Leapmotor delivered 36,677 vehicles in September.\n\n"
    "Leapmotor delivered 38,177 vehicles in October, {gap} than in September."
)


@pytest.mark.parametrize(
    ("gap", "status"),
    [
        ("1,500 more", Status.CONSISTENT),
        ("1,050 more", Status.INCONSISTENT),
        ("1,500 fewer", Status.INCONSISTENT),  # the direction is wrong
        ("about 1,400 more", Status.CONSISTENT),  # about: +/- 3%... and the rounding of 1,400
    ],
)
def test_more_than_a_named_month(gap: str, status: Status) -> None:
    v = only(MONTHS.format(gap=gap))
    assert v.status is status
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("a", "38,177"), ("b", "36,677")]


def test_wrong_difference_names_the_right_one() -> None:
    v = only(MONTHS.format(gap="1,050 more"))
    assert "1,500" in v.message and "38,177" in v.message and "36,677" in v.message


def test_down_units_from_a_stated_figure() -> None:
    assert only("Sales fell to 4,009 units, down 991 units from 5,000 units.").status is Status.CONSISTENT
    assert only("Sales fell to 4,090 units, down 991 units from 5,081 units.").status is Status.CONSISTENT
    assert only("Sales fell to 4,090 units, down 919 units from 5,081 units.").status is Status.INCONSISTENT


def test_vague_gap() -> None:
    text = (
        "Last month, the company delivered {dec} electric cars, just a few hundred units less than "
        "in the record November (10,878)."
    )
    assert only(text.format(dec="10,489")).status is Status.CONSISTENT
    assert only(text.format(dec="14,089")).status is Status.INCONSISTENT  # more, not less
    assert only(text.format(dec="8,489")).status is Status.INCONSISTENT  # thousands, not hundreds


GUIDE = (
    "Nio delivered 20,176 vehicles in August, down 1.57 percent from 20,498 in July.\n\n"
    "Nio guided for third-quarter vehicle deliveries to be in the range of 61,000 to 63,000 vehicles.\n\n"
    "The guidance means it expected September deliveries to be between {lo} and {hi} vehicles."
)


def test_guidance_leaves_the_last_month() -> None:
    vs = fc105(GUIDE.format(lo="20,326", hi="22,326"))
    assert [v.status for v in vs] == [Status.CONSISTENT, Status.CONSISTENT]
    assert [(e.role, e.quantity.text) for e in vs[0].evidence] == [("a", "61,000"), ("b", "20,498"), ("b", "20,176")]
    vs = fc105(GUIDE.format(lo="20,326", hi="22,236"))
    assert [v.status for v in vs] == [Status.CONSISTENT, Status.INCONSISTENT]
    assert "22,326" in vs[1].message


def test_guidance_with_at_least() -> None:
    text = (
        "The company delivered 48,740 vehicles in November, a 5.25% drop from October's 51,443 units.\n\n"
        "Li Auto has guided fourth-quarter deliveries between 160,000 and 170,000 vehicles, "
        "requiring at least {x} units to be delivered in December."
    )
    assert only(text.format(x="59,817")).status is Status.CONSISTENT
    assert only(text.format(x="95,817")).status is Status.INCONSISTENT


def test_unknown_compared_period_is_unverifiable() -> None:
    v = only("Tesla delivered 484,507 vehicles in the third quarter, 18,000 more than in the second quarter.")
    assert v.status is Status.UNVERIFIABLE


def test_other_company_is_not_the_compared_figure() -> None:
    text = (
        "Nio delivered 21,181 vehicles in September.\n\n"
        "Leapmotor delivered 38,177 vehicles in October, 1,000 more than in September."
    )
    v = only(text)
    assert v.status is Status.UNVERIFIABLE


@pytest.mark.parametrize(
    "text",
    [
        "The Model 3 costs RMB 245,900, 2,000 yuan more than before.",
        "It reaches 0-100 km/h in 3.9 seconds, 0.3 seconds less than the old model.",
        "The 800V pack stores 100 kWh, 10 kWh more than last year's.",
        "Deliveries rose 5 percent to 10,000 units, up 476 from 9,524.",
    ],
)
def test_distractors_raise_no_alarm(text: str) -> None:
    assert [v for v in fc105(text) if v.status is Status.INCONSISTENT] == []


def test_guidance_range_before_the_quarter() -> None:
    text = (
        "Li Auto delivered 51,443 vehicles in October and 48,740 in November.\n\n"
        "The company expects to deliver 160,000 to 170,000 vehicles in the fourth quarter, "
        "which implies December deliveries of {lo} to 69,817."
    )
    assert [v.status for v in fc105(text.format(lo="59,817"))] == [Status.CONSISTENT, Status.CONSISTENT]
    assert [v.status for v in fc105(text.format(lo="58,917"))] == [Status.INCONSISTENT, Status.CONSISTENT]


def test_month_named_as_subject() -> None:
    text = (
        "Halcyon delivered 33,412 vehicles in November, a 4.10% drop from October's 34,840 units.\n\n"
        "The November figure was {gap} fewer than in October."
    )
    assert only(text.format(gap="1,428")).status is Status.CONSISTENT
    assert only(text.format(gap="1,482")).status is Status.INCONSISTENT


def test_gaps_against_the_baselines_of_the_sentence_before() -> None:
    text = (
        "Zeekr delivered 15,655 vehicles in July, down 22.14 percent from 20,106 in June and up 30.04 percent "
        "from 12,039 a year earlier. That was {m} fewer than the previous month and {y} more than a year earlier."
    )
    vs = fc105(text.format(m="4,451", y="3,616"))
    assert [v.status for v in vs] == [Status.CONSISTENT, Status.CONSISTENT]
    vs = fc105(text.format(m="4,541", y="3,616"))
    assert [v.status for v in vs] == [Status.INCONSISTENT, Status.CONSISTENT]


def test_docstring_examples() -> None:
    text = "It delivered 48,740 vehicles in November, {gap} fewer than October's 51,443."
    assert only(text.format(gap="2,073")).status is Status.INCONSISTENT
    assert only(text.format(gap="2,703")).status is Status.CONSISTENT
