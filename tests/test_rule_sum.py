"""FC103 sum: breakdowns against their totals, closed and open lists, pairing guards."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.model import Status


def fc103(text: str):
    return [v for v in factcheck.check_text(text) if v.code == "FC103"]


def only(text: str):
    vs = fc103(text)
    assert len(vs) == 1, [v.message for v in vs]
    return vs[0]


SEGMENTS = (
    "BYD's new energy vehicle sales in July were {total} units.\n\n"
    "BYD sold {pas} units of new energy passenger vehicles and {com} units of commercial vehicles in July."
)


def test_passenger_plus_commercial_adds_up() -> None:
    v = only(SEGMENTS.format(total="50,492", pas="50,057", com="435"))
    assert v.status is Status.CONSISTENT
    assert v.computed == 50492
    assert [(e.role, e.quantity.text) for e in v.evidence] == [
        ("part", "50,057"),
        ("part", "435"),
        ("total", "50,492"),
    ]
    assert v.stated_text == "50,492"


@pytest.mark.parametrize("total", ["50,942", "50,429", "5,0492"])
def test_transposed_total_is_flagged_with_the_right_figure(total: str) -> None:
    vs = fc103(SEGMENTS.format(total=total, pas="50,057", com="435"))
    assert vs and vs[0].status is Status.INCONSISTENT
    assert "50,492" in vs[0].message


def test_transposed_part_is_flagged() -> None:
    v = only(SEGMENTS.format(total="50,492", pas="50,057", com="453"))
    assert v.status is Status.INCONSISTENT
    assert v.computed == 50510


def test_breakdown_with_baselines_checks_each_period() -> None:
    text = (
        "BYD sold 210,295 new energy vehicles in April, up 98.31 percent from 106,042 units in the "
        "same month last year and up 1.55 percent from 207,080 units in March.\n\n"
        "Sales of new energy passenger cars were 209,467 in April, up 98.59 percent from 105,475 units "
        "in the same month last year and up 1.64 percent from 206,089 units in March.\n\n"
        "BYD's new energy commercial vehicles sold 828 units in April, up 46.03 percent from 567 units "
        "in the same month last year, but down 16.45 percent from 919 units in March."
    )
    vs = fc103(text)
    by_total = {v.stated_text: v.status for v in vs}
    assert by_total == {
        "210,295": Status.CONSISTENT,
        "106,042": Status.CONSISTENT,
        "207,080": Status.INCONSISTENT,  # 206,089 + 919 = 207,008
    }


def test_comprising_list_is_closed() -> None:
    text = (
        "Nio delivered 31,305 vehicles in August, comprising 10,525 from the Nio main brand, "
        "16,434 from Onvo, and 4,346 from Firefly."
    )
    assert only(text).status is Status.CONSISTENT
    short = text.replace("16,434", "16,344")  # parts now fall 90 short of the total
    assert only(short).status is Status.INCONSISTENT


def test_total_line_closes_a_list() -> None:
    text = "Sales by model:\n\nES6: 4,939\nES8: 2,782\nEC6: 2,768\nTotal: 10,489\n"
    assert only(text).status is Status.CONSISTENT
    v = only(text.replace("10,489", "10,849"))
    assert v.status is Status.INCONSISTENT and "10,489" in v.message


def test_open_list_falling_short_is_only_unverifiable() -> None:
    # brands may leave out a small one: a shortfall is not proof of an error
    text = (
        "Nio Inc delivered 9,217 vehicles in the week.\n\n"
        "The Nio main brand recorded 4,133 registrations in the week.\n\n"
        "Its sub-brand Onvo registered 3,061 registrations in the week."
    )
    v = only(text)
    assert v.status is Status.UNVERIFIABLE
    # but parts that exceed the total cannot be right
    v = only(text.replace("9,217", "6,217"))
    assert v.status is Status.INCONSISTENT


def test_rounded_total_honours_its_rounding() -> None:
    text = (
        "Wholesale sales of new energy passenger vehicles reached 505,000 units in December.\n\n"
        "This includes 423,200 BEVs and 82,100 PHEVs."
    )
    # 505,300 is within what "505,000" (rounded to thousands: 504,500-505,500) stands for
    assert only(text).status is Status.CONSISTENT
    assert only(text.replace("82,100", "82,700")).status is Status.INCONSISTENT  # 505,900
    assert only(text.replace("423,200", "432,200")).status is Status.INCONSISTENT


def test_narrower_parts_are_not_paired_with_a_wider_total() -> None:
    # passenger BEVs + PHEVs leave out commercial vehicles: no pairing with the NEV total
    text = (
        "BYD sold 300,538 NEVs in November.\n\n"
        "Passenger BEVs were 130,000 units and passenger PHEVs were 160,000 units in November."
    )
    assert fc103(text) == []


def test_other_company_and_period_are_not_paired() -> None:
    text = (
        "Xpeng delivered 30,000 vehicles in October.\n\nNio delivered 8,000 ES6s, 3,000 ES8s and 2,000 EC6s in October."
    )
    assert fc103(text) == []
    text = (
        "Nio delivered 30,000 vehicles in the third quarter.\n\n"
        "Nio delivered 8,000 ES6s, 3,000 ES8s and 2,000 EC6s in October."
    )
    assert fc103(text) == []


def test_distractors_make_no_breakdown() -> None:
    text = (
        "The Seal starts at RMB 179,800 ($24,800), reaches 0-100 km/h in 3.8 seconds on an 800V "
        "platform and carries an 82.5 kWh battery. BYD sold 3,000 Seals and 2,000 Dolphins in 2023."
    )
    assert [v for v in fc103(text) if v.status is Status.INCONSISTENT] == []


def test_wrong_pairing_is_defused_by_a_matching_figure_nearby() -> None:
    # the parts add up to another stated figure: say unverifiable, never inconsistent
    text = (
        "Geely sold 326,024 vehicles in the first quarter.\n\n"
        "Out of that, 47,986 happens to be xEVs (BEVs, PHEVs, HEVs).\n\n"
        "Most of the xEV sales are plug-ins - 39,581 BEVs, 6,719 PHEVs and 1,686 HEVs."
    )
    v = only(text)
    assert v.status is Status.CONSISTENT and v.stated_text == "47,986"


def test_hyphenated_joint_ventures_are_other_companies() -> None:
    text = "SAIC Motor sold 383,000 vehicles in August.\n\nSAIC-GM sold 32,000 sedans and 41,000 SUVs in August."
    assert fc103(text) == []


def test_docstring_examples() -> None:
    assert only("BYD sold 50,492 NEVs in July: 50,057 passenger vehicles and 534 commercial vehicles.").status is (
        Status.INCONSISTENT
    )
    text = "Sales reached 505,000 units in December.\n\nThis includes 423,000 BEVs and 82,000 PHEVs."
    assert only(text).status is Status.CONSISTENT
