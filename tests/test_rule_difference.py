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


# --- the gap to a target or a milestone and hedged gaps (red-team causes DIFF-REMAINING)


@pytest.mark.parametrize(
    ("text", "stated", "status"),
    [
        (
            "Halvor has delivered 212,400 cars so far this year. It set a goal of 300,000 for the year, "
            "so it needs another 87,600 to hit it.",
            "87,600",
            Status.CONSISTENT,
        ),
        (
            "Since its launch, the Pello hatchback has sold 1,930,000 units. That leaves it 70,000 units short "
            "of the 2 million mark.",
            "70,000",
            Status.CONSISTENT,
        ),
        (
            "Brisa had built 640,500 vans through September. It is 59,500 vans away from its full-year "
            "target of 700,000.",
            "59,500",
            Status.CONSISTENT,
        ),
        (
            "The two makes have sold a combined 31,540,000 units since 1982. The number remaining until "
            "cumulative sales of 35 million units is 3.46 million units.",
            "3.46 million",
            Status.CONSISTENT,
        ),
        (
            "Hemra has sold 120,000 cars so far this year. It needs 30,000 more in December to reach its "
            "annual target of 160,000.",
            "30,000",
            Status.INCONSISTENT,
        ),
    ],
)
def test_gap_to_a_target(text: str, stated: str, status: Status) -> None:
    v = only(text)
    assert (v.stated_text, v.status) == (stated, status), v.message


def test_gap_to_a_target_and_its_monthly_average() -> None:
    text = (
        "Cando has sold 450,000 cars in the first nine months. The number remaining until its annual target "
        "of 600,000 is 150,000, or about {avg} units a month in the remaining three months."
    )
    vs = fc105(text.format(avg="50,000"))
    assert [(v.stated_text, v.status) for v in vs] == [
        ("150,000", Status.CONSISTENT),
        ("about 50,000", Status.CONSISTENT),
    ]
    vs = fc105(text.format(avg="75,000"))
    assert vs[1].status is Status.INCONSISTENT and "50,000" in vs[1].message


@pytest.mark.parametrize(
    "text",
    [
        # another company's target
        "Dorvik has delivered 81,000 trucks to date. Rival Ettan needs 19,000 more to reach its target of 100,000.",
        # last year's level is not the level reached towards this year's target
        "Fjell sold 310,000 cars last year. It expects to sell 400,000 this year and needs 80,000 more to reach "
        "that target.",
        # the level is EVs, the target all vehicles
        "Galdo has sold 120,000 EVs so far this year. It needs 40,000 more cars to hit its target of 200,000 vehicles.",
        # two levels reached: which one is meant is a guess
        "Iso has sold 52,000 cars so far this year and Jarl has sold 61,000 to date. It needs 9,000 more to "
        "reach its target of 70,000.",
    ],
)
def test_gap_to_a_target_needs_the_same_company_and_metric(text: str) -> None:
    assert fc105(text) == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Kelvo sold 5,090 cars in May. This represents a decrease of over 1,100 units compared to April, "
            "when 6,200 cars were sold.",
            Status.CONSISTENT,
        ),
        (
            "Orla delivered 4,950 vehicles in June. That was an increase of more than 800 units over the 4,100 "
            "it delivered in May.",
            Status.CONSISTENT,
        ),
        (
            "Tessin shipped 7,300 cars in March. It marks a drop of about 1,100 units from the 8,420 shipped "
            "in February.",
            Status.CONSISTENT,
        ),
        # an increase, stated as a decrease
        (
            "Brask sold 9,000 cars in May. This represents a decrease of over 1,100 units compared to April, "
            "when 6,200 cars were sold.",
            Status.INCONSISTENT,
        ),
    ],
)
def test_hedged_gap_to_the_figure_of_the_sentence_before(text: str, status: Status) -> None:
    assert only(text).status is status


@pytest.mark.parametrize(
    "text",
    [
        "Varo sold 3,300 cars in July. This was a decline of over 1,000 units from the 4,500 electric vans "
        "Corvo sold in June.",
        "Lumen sold 2,000 cars in August. This represents an increase of over 500 units compared to July, "
        "when Lumen's exports were 1,200 units.",
        "Mora sold 2,000 cars in August. This was an increase of over 500 units against its guidance of 1,200 units.",
    ],
)
def test_hedged_gap_needs_the_same_company_and_metric(text: str) -> None:
    assert fc105(text) == []


def test_parts_listed_respectively_are_not_the_level_reached() -> None:
    text = (
        "The two makers had sold a total of 87,440,100 units by last year. Their cumulative sales were "
        "52.30 million and 35.14 million, respectively. The number remaining until cumulative sales of "
        "90 million units is {gap} units."
    )
    v = only(text.format(gap="2.56 million"))
    assert v.status is Status.CONSISTENT
    assert [e.quantity.text for e in v.evidence] == ["90 million", "87,440,100"]
    assert only(text.format(gap="5.26 million")).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    ("gap", "status"),
    [("over 1,500", Status.CONSISTENT), ("over 2,500", Status.INCONSISTENT)],
)
def test_hedged_gap_takes_the_level_a_from_to_sentence_went_to(gap: str, status: Status) -> None:
    text = (
        "Ravel's sales fell from 7,320 cars in May 2024 to 5,810 in May 2025, a drop of about 21 percent. "
        f"This represents a decrease of {gap} units compared to April 2025, when 7,390 cars were sold."
    )
    v = only(text)
    assert v.status is status
    assert [e.quantity.text for e in v.evidence] == ["5,810", "7,390"]


@pytest.mark.parametrize(("gap", "status"), [("1,500", Status.CONSISTENT), ("1,050", Status.INCONSISTENT)])
def test_a_gap_from_a_month_takes_that_months_figure_stated_elsewhere(gap: str, status: Status) -> None:
    text = f"Orla sold 8,300 cars in September.\n\nIt sold 9,800 cars in October, up {gap} units from September."
    v = only(text)
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["9,800", "8,300"]


def test_a_change_in_brackets_is_compared_with_nothing_after_a_clause_break() -> None:
    text = (
        "In total, 48,800 vehicles were sold in March.\n\n"
        "Passenger cars accounted for 43,247 units (up 9,121 units) from the total, whereas commercial"
        " vehicles made up the remaining 5,553 units (up 1,803 units)."
    )
    assert [v.message for v in fc105(text) if "9,121" in v.stated_text] == []
    (total,) = [v for v in factcheck.check_text(text) if v.code == "FC103"]
    assert total.status is Status.CONSISTENT
    assert sorted(e.quantity.text for e in total.evidence) == ["43,247", "48,800", "5,553"]


@pytest.mark.parametrize(("gap", "status"), [("9,997", Status.CONSISTENT), ("10,095", Status.INCONSISTENT)])
def test_the_amount_of_a_change_stated_with_both_levels(gap: str, status: Status) -> None:
    text = (
        f"So far this year the market is 14.5% ({gap} units) ahead of last year, with 79,131 vehicles"
        " registered compared to 69,134."
    )
    v = only(text)
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["79,131", "69,134"]


@pytest.mark.parametrize(("second", "status"), [("1,305", Status.CONSISTENT), ("1,350", Status.INCONSISTENT)])
def test_gaps_joined_by_and_share_their_first_figure(second: str, status: Status) -> None:
    text = (
        "The surprise of the month was Tasmania, where dealers sold 2,090 new vehicles. That is 486 vehicles "
        f"more than the ACT (1,604 vehicles) and {second} more than the Northern Territory"
        " where dealers sold 785 vehicles."
    )
    vs = [v for v in factcheck.check_text(text) if v.code == "FC105"]
    got = {v.stated_text: ([e.quantity.text for e in v.evidence], v.status) for v in vs}
    assert got[second] == (["2,090", "785"], status)
    assert got["486"] == (["2,090", "1,604"], Status.CONSISTENT)


@pytest.mark.parametrize("year_before", ["in 2018", "in December 2018"])
def test_a_change_from_a_dated_level_to_another_checks_its_amount(year_before: str) -> None:
    text = (
        "New vehicle sales declined by {amount} units, or 2.8 percent, "
        f"from 552,227 units {year_before} to 536,626 units in 2019."
    )
    for amount, status in (("15,601", Status.CONSISTENT), ("16,501", Status.INCONSISTENT)):
        vs = [v for v in factcheck.check_text(text.format(amount=amount)) if v.code == "FC105"]
        assert [v.status for v in vs] == [status], [v.message for v in vs]
        assert sorted(e.quantity.text for e in vs[0].evidence) == ["536,626", "552,227"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # an adjective in the change's noun phrase, then the baseline after "compared to"
        ("Halden's dealers reported 43 389 registrations in July, posting a modest increase of {gap} units "
         "compared to the 42 822 units of July 2022.", ("43 389", "42 822")),
        ("Orla delivered 12 666 vans in July. That was a big jump of {gap} units from the "
         "9 552 vans it delivered a year before.", ("12 666", "9 552")),
        # a participle, the level reached, then the level left (the years between are no figures)
        ("Kessel's shipments abroad climbed, surging by {gap} units to reach 37 064 units in July 2023, "
         "compared to the 25 168 units shipped in July 2022.", ("37 064", "25 168")),
        ("Drevon's truck volumes slipped again, dropping by {gap} units to 683 units in June 2024 from 773 "
         "units in June 2023.", ("683", "773")),
    ],
)  # fmt: skip
def test_the_amount_of_a_change_between_the_level_reached_and_the_level_left(text: str, pair: tuple[str, str]) -> None:
    a, b = (float(x.replace(" ", "")) for x in pair)
    right = f"{abs(a - b):,.0f}".replace(",", " ")
    wrong = right[:-2] + right[-1] + right[-2]  # two digits swapped
    v = only(text.format(gap=right))
    assert v.status is Status.CONSISTENT, v.message
    assert tuple(e.quantity.text for e in v.evidence) == pair
    assert only(text.format(gap=wrong)).status is Status.INCONSISTENT


def test_a_gap_that_holds_only_through_a_hedge_gets_no_tick() -> None:
    """ "less than 5,000" may be anything below it: 2,000 more than 2,400 holds only if the figure
    is far below what is written, so the arithmetic (2,600) and the stated gap disagree in plain sight."""
    v = only("Orla sold less than 5,000 cars in May, 2,000 more than the 2,400 it sold in April.")
    assert v.status is Status.UNVERIFIABLE, v.message
    assert "2,600" in v.message and "less than 5,000" in v.message


@pytest.mark.parametrize("year", ["August 2018", "August last year", "August of the previous year"])
def test_a_month_of_another_year_is_not_the_months_figure(year: str) -> None:
    text = (
        "The final count for August is 85,633 registrations.\n\nAn early estimate had put the month at"
        f" 82,000 new cars registered, some 9,400 fewer than in {year}."
    )
    v = only(text)
    assert v.status is Status.UNVERIFIABLE, v.message
    assert all(e.quantity.text != "85,633" for e in v.evidence), v.message


@pytest.mark.parametrize(
    "text",
    [
        "Orla sold about 5,000 cars in May, 2,400 fewer than the 7,400 it sold in April.",
        "Orla sold about 5,000 cars in May, 2,400 more than the 2,600 it sold in April.",
        "Orla sold more than 5,000 cars in May, 2,400 fewer than the 7,400 it sold in April.",
    ],
)
def test_a_gap_that_agrees_at_the_written_figures_keeps_its_tick(text: str) -> None:
    """Only a gap that needs an open hedge to stretch loses its tick; a fewer-than gap is negative."""
    v = only(text)
    assert v.status is Status.CONSISTENT, v.message


@pytest.mark.parametrize(
    "text",
    [
        "Halden sold 22,480 cars in March and Sorell 19,310; the gap between the two was {n} units.",
        "In March Korvik's exports outnumbered its imports by {n} units, with 8,200 shipped and 5,030 landed.",
        "Tessin registered 14,300 vans and 11,130 pickups in May; the difference between them was {n} units.",
    ],
)
@pytest.mark.parametrize(("n", "expected"), [("3,170", Status.CONSISTENT), ("3,710", Status.INCONSISTENT)])
def test_a_gap_between_two_figures_of_its_sentence(text: str, n: str, expected: Status) -> None:
    v = only(text.format(n=n))
    assert v.status is expected, v.message
    assert len(v.evidence) == 2


@pytest.mark.parametrize(("n", "expected"), [("9,370", Status.CONSISTENT), ("9,730", Status.INCONSISTENT)])
def test_fewer_than_a_rival_named_after_than_takes_the_rivals_level_of_the_period(n: str, expected: Status) -> None:
    text = (
        "Lumea delivered 41,200 cars in June, its best month.\n\n"
        f"Rival Drevon delivered 31,830 cars in June, {n} fewer than Lumea."
    )
    v = only(text)
    assert v.status is expected, v.message
    assert sorted(e.quantity.text for e in v.evidence) == ["31,830", "41,200"]


def test_a_rival_with_two_figures_of_the_period_is_unverifiable() -> None:
    text = (
        "Lumea delivered 41,200 cars in June, its first count said. A revised count put Lumea's June"
        " deliveries at 40,100 cars.\n\n"
        "Rival Drevon delivered 31,830 cars in June, 9,730 fewer than Lumea."
    )
    assert all(v.status is not Status.INCONSISTENT for v in fc105(text))


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Its net loss narrowed by CNY 412 million to CNY 1.37 billion from CNY 1.78 billion.", Status.CONSISTENT),
        (
            "Halden's net loss narrowed by CNY 142 million to CNY 1.37 billion from CNY 1.78 billion.",
            Status.INCONSISTENT,
        ),
        ("Revenue rose by $1.2 billion to $9.8 billion, from $8.6 billion a year earlier.", Status.CONSISTENT),
        ("Revenue rose by $2.1 billion to $9.8 billion, from $8.6 billion a year earlier.", Status.INCONSISTENT),
    ],
)
def test_money_that_moved_by_an_amount_to_a_level_from_another(text: str, status: Status) -> None:
    v = only(text)
    assert v.status is status, v.message
    assert len(v.evidence) == 2


@pytest.mark.parametrize(("n", "expected"), [("78,360", Status.CONSISTENT), ("87,360", Status.INCONSISTENT)])
def test_the_gap_to_a_target_stated_in_the_same_sentence(n: str, expected: Status) -> None:
    text = f"Its full-year target is 260,000; after 181,640 in the first three quarters, it needs {n} more to hit it."
    v = only(text)
    assert v.status is expected, v.message
    assert [e.quantity.text for e in v.evidence] == ["260,000", "181,640"]


@pytest.mark.parametrize("adjective", ["substantial", "considerable", "dramatic"])
def test_an_adjective_inside_the_change_noun_phrase_keeps_the_gap(adjective: str) -> None:
    text = (
        f"Pickup registrations of 7,340 units marked a {adjective} decline of 1,290 units or 14.9% from the"
        " 8,630 pickups registered a year before."
    )
    v = only(text)
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["7,340", "8,630"]


# A motor body's house style: the rate, the change in brackets, then the level compared with in
# brackets of its own (or after the period it is of).
BRACKETED_LEVELS = (
    "Van registrations of 4,218 were up 21.6% ({d1} units) (3,469 in May 2024). Truck registrations of 1,902"
    " were up 14.2% (237 units) (1,665). Year to date van registrations came to 20,377, up 9% (1,682 units) on"
    " 2024 (18,695).\n"
)


@pytest.mark.parametrize(("d1", "status"), [("749", Status.CONSISTENT), ("794", Status.INCONSISTENT)])
def test_a_change_in_brackets_then_the_level_it_is_measured_from(d1: str, status: Status) -> None:
    vs = sorted(fc105(BRACKETED_LEVELS.format(d1=d1)), key=lambda v: v.start)
    assert [(v.stated_text, v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [
        (d1, status, ["4,218", "3,469"]),
        ("237", Status.CONSISTENT, ["1,902", "1,665"]),
        ("1,682", Status.CONSISTENT, ["20,377", "18,695"]),
    ]


def test_two_levels_in_brackets_are_no_change_and_its_baseline() -> None:
    # 40,120 is the level the fall left, not the amount of the fall
    text = "Imports so far this year are down 27 per cent (40,120) on 2024 (54,960)."
    assert fc105(text) == []
    v = next(v for v in factcheck.check_text(text) if v.code == "FC101")
    assert v.status is Status.CONSISTENT, v.message


@pytest.mark.parametrize(("gap", "status"), [("1,038", Status.CONSISTENT), ("1,083", Status.INCONSISTENT)])
def test_after_a_dash_the_levels_a_change_compares(gap: str, status: Status) -> None:
    text = f"Truck sales ran 8.7% ({gap} units) ahead of 2024 - a total of 12,969 versus 11,931."
    (v,) = fc105(text)
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["12,969", "11,931"]


@pytest.mark.parametrize("base", ["the high base of", "a low base of", "the record base of"])
@pytest.mark.parametrize(("amount", "status"), [("1 310", Status.CONSISTENT), ("1 130", Status.INCONSISTENT)])
def test_a_change_compared_to_the_base_it_moved_from(base: str, amount: str, status: Status) -> None:
    # 9 550 - 8 240 = 1 310
    text = (
        f"The May export sales number at 8 240 vehicles reflected a decline of {amount} units, or 13,7%,"
        f" against {base} 9 550 vans shipped abroad a year before."
    )
    v = next(v for v in fc105(text) if v.stated_text == amount)
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["8 240", "9 550"]), v.message


@pytest.mark.parametrize(
    ("text", "status", "operands"),
    [
        (
            "The gap between Tessin's 14,200 and Zentro's 11,900 was 2,300 units.",
            Status.CONSISTENT,
            ["14,200", "11,900"],
        ),
        (
            "The gap between Tessin's 14,200 and Zentro's 11,900 was 2,030 units.",
            Status.INCONSISTENT,
            ["14,200", "11,900"],
        ),
        (
            "The difference between the 8,100 cars sold in May and the 6,900 of April is 1,200 units.",
            Status.CONSISTENT,
            ["8,100", "6,900"],
        ),
        (
            "The gap between the 6,900 sold in April and the 8,100 of May came to 1,200 units.",
            Status.CONSISTENT,
            ["6,900", "8,100"],
        ),
    ],
)
def test_the_gap_between_two_figures_named_inside_the_phrase(text: str, status: Status, operands: list[str]) -> None:
    v = only(text)
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence if e.role != "stated"] == operands


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Orla delivered 22,450 cars in June, 3,150 more than Kessel, which delivered 19,300.", Status.CONSISTENT),
        ("Orla delivered 22,450 cars in June, 3,510 more than Kessel, which delivered 19,300.", Status.INCONSISTENT),
        ("Drevon sold 8,040 vans, 1,160 fewer than its rival Lumea, which sold 9,200.", Status.CONSISTENT),
        ("Drevon sold 8,040 vans, 1,160 fewer than Lumea Motors, who registered a total of 9,200.", Status.CONSISTENT),
    ],
)
def test_a_rivals_level_in_a_relative_clause_after_its_name(text: str, status: Status) -> None:
    v = only(text)
    assert v.status is status, v.message


@pytest.mark.parametrize(
    ("text", "status", "operands"),
    [
        (
            "Orla delivered 97,099 vehicles in the third quarter. The delivery figure exceeded consensus"
            " estimates by more than 7,000 units. Analysts had projected deliveries of 89,600 vehicles.",
            Status.CONSISTENT,
            ["97,099", "89,600"],
        ),
        (
            "Kessel's deliveries totalled 48,166 units, exceeding forecasts by 5,338 vehicles, after analysts"
            " had expected 42,828 units.",
            Status.CONSISTENT,
            ["48,166", "42,828"],
        ),
        (
            "Kessel's deliveries totalled 48,166 units, exceeding forecasts by 5,383 vehicles, after analysts"
            " had expected 42,828 units.",
            Status.INCONSISTENT,
            ["48,166", "42,828"],
        ),
        (
            "Drevon sold 21,300 cars, missing analysts' expectations by 1,200 units; the consensus forecast"
            " was 22,500.",
            Status.CONSISTENT,
            ["21,300", "22,500"],
        ),
    ],
)
def test_a_level_that_beat_or_missed_a_forecast_by_an_amount(text: str, status: Status, operands: list[str]) -> None:
    v = only(text)
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence if e.role != "stated"] == operands


@pytest.mark.parametrize(
    "sentence",
    [
        # the other level named between the verb and "by"
        "Kessel's exports of 52,000 units exceeded its imports of 31,500 by {gap} units.",
        "Drevon delivered 31,500 vans in May, trailing Lumea's 52,000 by {gap}.",
        "Halden shipped 52,000 cars and beat Sorell's 31,500 by {gap} units.",
        # a gap as "ahead of" / "behind" and as "larger than"
        "Orla's 52,000 registrations put it {gap} ahead of Tessin's 31,500.",
        "Vessa's 31,500 registrations left it {gap} behind Korvik's 52,000.",
        "The fleet of 52,000 buses is {gap} larger than the 31,500 it ran last year.",
    ],
)
@pytest.mark.parametrize(("gap", "status"), [("20,500", Status.CONSISTENT), ("25,000", Status.INCONSISTENT)])
def test_gap_with_the_other_level_in_the_phrase(sentence: str, gap: str, status: Status) -> None:
    v = only(sentence.format(gap=gap))
    assert v.status is status
    assert sorted(e.quantity.text for e in v.evidence) == ["31,500", "52,000"]


def test_behind_a_plan_is_not_a_gap_between_levels() -> None:
    assert fc105("Zentro built 31,500 cars in May, 2,000 behind schedule, against 52,000 a year ago.") == []


@pytest.mark.parametrize(("gap", "status"), [("630", Status.CONSISTENT), ("360", Status.INCONSISTENT)])
@pytest.mark.parametrize("versus", ["compared with", "versus"])
def test_amount_of_change_then_its_rate_then_the_level_compared_with(gap: str, status: Status, versus: str) -> None:
    v = only(
        f"Kessel's 5,130 sales total represents a gain of {gap} units, or 14%, {versus} last year's 4,500-unit result."
    )
    assert v.status is status
    assert [e.quantity.text for e in v.evidence] == ["5,130", "4,500"]


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "Kessel sold 41,200 cars in May compared to 38,900 a year earlier, an increase of {x} cars.",
            "2,300",
            "3,200",
        ),
        (
            "Tessin counted 612,480 registered cars at the end of 2024 compared to 540,110 in 2022, an increase of {x} "
            "cars in two years.",
            "72,370",
            "73,270",
        ),
        ("Exports reached 12,480 units against 13,910 units a year before, a decrease of {x} units.", "1,430", "1,340"),
    ],
)
def test_the_amount_of_a_change_after_the_two_levels_it_compares(text: str, right: str, wrong: str) -> None:
    v = only(text.format(x=right))
    assert v.status is Status.CONSISTENT, v.message
    assert [e.role for e in v.evidence] == ["a", "b"]
    assert only(text.format(x=wrong)).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "text",
    [
        "Kessel built 29,107 vehicles in May, up 25 percent from 23,315 units a year earlier, an increase of {d} "
        "vehicles.",
        "Orla reported output of 29,107 units in the month, up 24.8% from 23,315 units in the same month last "
        "year—an increase of {d} units.",
        "Exports reached 29,107 cars, a 24.8 per cent rise against 23,315 a year before - a gain of {d} cars.",
    ],
)
def test_the_amount_after_two_levels_a_rate_compares(text: str) -> None:
    # 29,107 - 23,315 = 5,792
    [v] = [v for v in factcheck.check_text(text.format(d="5,792")) if v.code == "FC105"]
    assert v.status is Status.CONSISTENT and [e.quantity.text for e in v.evidence] == ["29,107", "23,315"], v.message
    [v] = [v for v in factcheck.check_text(text.format(d="5,972")) if v.code == "FC105"]
    assert v.status is Status.INCONSISTENT, v.message


@pytest.mark.parametrize(
    "text",
    [
        "Car output in Korvia came to 412,600 units, {d} more than in 2024's first half (339,550).",
        "Orla built 412,600 cars in the first half, or {d} more than during January-June 2024 (339,550 units).",
        "Exports reached 412,600 vehicles, {d} more than in March 2024 (339,550).",
    ],
)
def test_the_figure_in_brackets_after_a_dated_period_is_the_one_compared_with(text: str) -> None:
    v = only(text.format(d="73,050"))
    assert v.status is Status.CONSISTENT and [e.quantity.text for e in v.evidence][-1] == "339,550", v.message
    assert only(text.format(d="73,500")).status is Status.INCONSISTENT


@pytest.mark.parametrize("dash", ["–", "—", ","])
def test_a_rate_set_off_by_dashes_after_the_amount(dash: str) -> None:
    text = (
        f"Dealers in Korvia handed over 51,148 cars last month, up {{d}} units {dash} or 0.61% {dash} from "
        "June's 50,838.\n"
    )
    v = only(text.format(d="310"))
    assert v.status is Status.CONSISTENT, v.message
    assert only(text.format(d="301")).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "text",
    [
        "Korvia logged 88,240 new registrations, 21.4 less than in May 2021 (112,260).",
        "Orla sold 12,400 cars, 8.2 more than a year before (11,460).",
        "Kessel delivered 9,310 vans in May, 12.5 fewer than in May 2024 (10,640).",
    ],
)
def test_a_bare_decimal_is_no_count_of_vehicles_more_or_less(text: str) -> None:
    # a rate whose "%" was left out: never read as a difference of counts
    assert not fc105(text), [v.message for v in fc105(text)]


@pytest.mark.parametrize(
    "text",
    [
        "In total, 3,140 electric cars were imported in the quarter.\n\nImporters brought in 2,870 petrol cars, "
        "only {d} units fewer than EVs.",
        "Dealers sold 4,150 plug-in hybrids in May. Sales of diesel cars came to 3,310, some {d} fewer than the "
        "plug-in hybrids.",
        "Orla delivered 1,870 battery-electric cars last month. Its petrol models found 2,410 buyers, {d} more "
        "than its EVs.",
    ],
)
def test_a_gap_to_a_class_of_vehicles_is_measured_from_that_class_level_nearby(text: str) -> None:
    right = {"3,140": "270", "4,150": "840", "1,870": "540"}[next(k for k in ("3,140", "4,150", "1,870") if k in text)]
    v = only(text.format(d=right) + "\n")
    assert v.status is Status.CONSISTENT and len(v.evidence) >= 2, v.message
    wrong = right[::-1] if right[::-1] != right else right + "0"
    assert only(text.format(d=wrong) + "\n").status is Status.INCONSISTENT


@pytest.mark.parametrize(
    ("text", "amount", "wrong"),
    [
        (
            "Dealers cleared 30,780 vans in the first half, down from 33,950 in the first half of 2024, recording a "
            "decrease of {r} vehicles.",
            "3,170",
            "3,710",
        ),
        (
            "Clearances of hybrids fell by 17 per cent, with 18,820 units processed compared with 22,600 a year "
            "earlier, marking a decrease of {r} vehicles.",
            "3,780",
            "3,870",
        ),
        ("The number of petrol cars cleared rose from 2,680 to 2,760, with an increase of {r} vehicles.", "80", "08"),
    ],
)
def test_the_amount_a_participle_or_with_names_after_two_levels(text: str, amount: str, wrong: str) -> None:
    v = next(v for v in fc105(text.format(r=amount)) if v.stated_text == amount)
    assert v.status is Status.CONSISTENT, v.message
    v = next(v for v in fc105(text.format(r=wrong)) if v.stated_text == wrong)
    assert v.status is Status.INCONSISTENT, v.message
