"""FC108 percentage-points: differences of two levels, and the percent/points confusion both ways."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.model import Status


def fc108(text: str):
    return [v for v in factcheck.check_text(text) if v.code == "FC108"]


@pytest.mark.parametrize(
    ("change", "status", "hint"),
    [
        ("up 2.2 percentage points", Status.CONSISTENT, ""),
        ("up 2.2 pp", Status.CONSISTENT, ""),
        ("up 2.2 percent", Status.INCONSISTENT, "2.2 percentage points"),  # points written as percent
        ("up 18.2 percentage points", Status.INCONSISTENT, "relative"),  # percent written as points
        ("up 3.2 percentage points", Status.INCONSISTENT, "+2.20"),
        ("down 2.2 percentage points", Status.INCONSISTENT, "+2.20"),  # wrong direction
    ],
)
def test_share_move(change: str, status: Status, hint: str) -> None:
    (v,) = fc108(f"Zentro's market share rose from 12.1% to 14.3%, {change}, the data show.")
    assert v.status is status, v.message
    assert hint in v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("from", "12.1%"), ("to", "14.3%")]


def test_correct_relative_change_is_left_to_percent_change() -> None:
    assert fc108("Zentro's market share rose from 12.1% to 14.3%, up 18.2 percent.") == []


def test_to_before_from() -> None:
    (v,) = fc108("The diesel share of registrations slid to 17.3% from 23.1%, down 5.8 percentage points.")
    assert v.status is Status.CONSISTENT
    assert round(v.computed, 2) == -5.8


def test_level_then_points_from_baseline() -> None:
    # 17.3 - 23.1 = -5.8, and the rounding allows only -5.7 to -5.9
    (v,) = fc108("Diesel cars took a 17.3% share, down 6.1 percentage points from 23.1% a year ago.")
    assert v.status is Status.INCONSISTENT
    assert "-5.80" in v.message


def test_rounding_edge() -> None:
    # 14.35 - 12.05 = 2.3 and 14.25 - 12.15 = 2.1: "2.3" and "2.1" fit the rounding, "2.4" does not
    base = "The penetration rate rose from 12.1% to 14.3%, up {} percentage points."
    assert fc108(base.format("2.3"))[0].status is Status.CONSISTENT
    assert fc108(base.format("2.1"))[0].status is Status.CONSISTENT
    assert fc108(base.format("2.4"))[0].status is Status.INCONSISTENT


def test_points_without_baseline_are_unverifiable() -> None:
    (v,) = fc108("Penetration reached 52.7% in October, up 3.9 percentage points on a year earlier.")
    assert v.status is Status.UNVERIFIABLE


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose 18.2% to 41,440 units as the 800V model took 14.3% of orders.",
        "The battery went from 10% to 80% charge in 18 minutes, 20 percent faster.",
        "From 2020 to 2024, output rose 12 percent.",
    ],
)
def test_distractors(text: str) -> None:
    assert [v for v in fc108(text) if v.status is Status.INCONSISTENT] == []


def test_growth_of_something_else_is_not_a_points_confusion() -> None:
    # 2.2% is the sales growth, said of sales, not of the share move
    assert fc108("Sales rose 2.2% as the market share went from 12.1% to 14.3%.") == []


def test_change_before_the_move() -> None:
    (v,) = fc108("Zentro's market share rose 2.2 percent from 12.1% to 14.3%.")
    assert v.status is Status.INCONSISTENT


@pytest.mark.parametrize(
    ("change", "status"),
    [
        ("an improvement of 2.3 percentage points", Status.CONSISTENT),
        ("an improvement of 3.2 percentage points", Status.INCONSISTENT),
        ("up 2.3 percent", Status.INCONSISTENT),  # the difference in points, written as percent
    ],
)
@pytest.mark.parametrize("when", ["in the third quarter of 2024", "a year earlier", "last year"])
def test_level_compared_with_an_earlier_periods(change: str, status: Status, when: str) -> None:
    text = f"Kestrel's vehicle margin was 14.2%, compared with 11.9% {when}, {change}."
    assert [v.status for v in fc108(text)] == [status]
    dated = f"Kestrel's vehicle margin was 14.2% in the quarter, compared with 11.9% {when}, {change}."
    assert [v.status for v in fc108(dated)] == [status]


@pytest.mark.parametrize(
    "text",
    [
        # the other level is a rival's, not an earlier period's
        "Kestrel's share was 14.2%, compared with 11.9% for Rivo, up 1.1 percentage points year-on-year.",
        # the change is another clause's
        "Kestrel's share was 14.2%, compared with 11.9% a year earlier, and rose 1.1 percentage points on the quarter.",
        "Kestrel's share was 14.2%, compared with 11.9% a year earlier, while Rivo gained 1.1 percentage points.",
    ],
)
def test_levels_side_by_side_claim_only_the_change_said_with_them(text: str) -> None:
    assert [v.status for v in fc108(text)] == [Status.UNVERIFIABLE]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("At 7.8%, Orla's van market share was 1.6 points below the 9.4% of a year earlier.", Status.CONSISTENT),
        (
            "At 7.8%, Orla's van market share was 1.6 points above the 9.4% of a year earlier.",
            Status.INCONSISTENT,
        ),
        (
            "At 7.8%, Orla's van market share was 1.9 points below the 9.4% of a year earlier.",
            Status.INCONSISTENT,
        ),
        ("Kessel's share was 12.1% in May, 0.8 points higher than the 11.3% of April.", Status.CONSISTENT),
        ("Halden's margin improved by 2.1 pp to 18.7% (prior year: 16.6%).", Status.CONSISTENT),
        ("Halden's margin improved by 2.1 pp to 18.7% (prior year: 16.9%).", Status.INCONSISTENT),
        ("Halden's margin rose 2.1 percentage points to 18.7% (previous year 16.6%).", Status.CONSISTENT),
    ],
)
def test_points_set_against_a_level_after_a_comparative_or_in_brackets(text: str, status: Status) -> None:
    (v,) = fc108(text)
    assert v.status is status, v.message
    assert len(v.evidence) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Kessel ranked second on a 31.4 percent share, a {c} percentage point drop from 32.7 percent in the"
        " quarter before.",
        "Kessel held 31.4% of the market, a {c} percentage point decline from 32.7% a month earlier.",
        "Kessel stays second, holding a 31.4 percent market share. Kessel's share slid by {c} percentage"
        " points, down from 32.7 percent in May.",
        "Kessel stays second, with a 31.4% share of the cells fitted. Its market share lost {c} percentage"
        " points, from 32.7% in May.",
    ],
)
def test_a_share_and_its_move_from_an_earlier_level(text: str) -> None:
    (v,) = fc108(text.format(c="1.3"))
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text.strip("%").split()[0] for e in v.evidence] == ["32.7", "31.4"]
    (w,) = fc108(text.format(c="3.1"))
    assert w.status is Status.INCONSISTENT, w.message


def test_a_share_of_the_sentence_before_is_no_level_of_another_subject() -> None:
    # the sentence before closes on a change, not on a share: nothing to move from
    text = "Kessel's output rose 31.4 percent. Kessel's share slid by 1.3 percentage points, from 32.7 percent."
    (v,) = fc108(text)
    assert v.status is Status.UNVERIFIABLE


@pytest.mark.parametrize(
    "text",
    [
        "Electric cars took 23.4% of the market in May, up from 18.1% a year earlier, a rise of {pp} percentage"
        " points.",
        "Electric cars accounted for 23.4% of sales in May, compared with 18.1% a year earlier, up {pp} percentage"
        " points.",
        "The electric share climbed {pp} points to 23.4% in May, from 18.1% in May 2024.",
    ],
)
def test_share_levels_said_with_what_they_are_of_or_bare_points_to_the_level(text: str) -> None:
    (v,) = [v for v in factcheck.check_text(text.format(pp="5.3")) if v.code == "FC108"]
    assert v.status is Status.CONSISTENT, v.message
    assert sorted(e.quantity.text for e in v.evidence) == ["18.1%", "23.4%"]
    (wrong,) = [v for v in factcheck.check_text(text.format(pp="3.5")) if v.code == "FC108"]
    assert wrong.status is Status.INCONSISTENT, wrong.message


@pytest.mark.parametrize(
    "text",
    [
        "Over the period, the petrol share of the market declined by almost 11% (down from 84.20% to 73.30%).",
        "Diesel's share fell about 11% in the year, from 84.20% to 73.30%.",
        "The share of imported cars slid nearly 11% to 73.30% from 84.20%.",
    ],
)
def test_a_hedged_percent_that_fits_the_points_is_unverifiable(text: str) -> None:
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC108"]
    assert v.status is Status.UNVERIFIABLE, v.message
    assert "percentage points" in v.message
    # (unhedged, the same figure is the confusion of the two measures)
    for hedge in ("almost ", "about ", "nearly "):
        text = text.replace(hedge, "")
    (v,) = [v for v in factcheck.check_text(text.replace("11%", "10.9%")) if v.code == "FC108"]
    assert v.status is Status.INCONSISTENT, v.message
