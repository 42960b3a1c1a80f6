"""FC102 share: part / whole pairing, rounding, hedges, lists and distractors."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.model import Status


def fc102(text: str):
    return [v for v in factcheck.check_text(text) if v.code == "FC102"]


def only(text: str):
    vs = fc102(text)
    assert len(vs) == 1, [v.message for v in vs]
    return vs[0]


MARKET = (
    "Overall the market reached 275,239 units in September.\n\n"
    "Fleet purchases increased by 3.7% to 149,095 units, representing {share} of the overall market."
)


@pytest.mark.parametrize(
    ("share", "status"),
    [
        ("54.2%", Status.CONSISTENT),  # 54.17%
        ("54%", Status.CONSISTENT),
        ("54.17%", Status.CONSISTENT),
        ("54.1%", Status.INCONSISTENT),  # rounds to 54.2
        ("45.2%", Status.INCONSISTENT),  # transposed
        ("about 55%", Status.CONSISTENT),  # a hedge widens the stated figure
        ("more than half", Status.CONSISTENT),
    ],
)
def test_share_of_the_overall_market(share: str, status: Status) -> None:
    vs = [v for v in fc102(MARKET.format(share=share)) if v.stated_text.strip() == share]
    assert len(vs) == 1, [v.message for v in fc102(MARKET.format(share=share))]
    assert vs[0].status is status


def test_inconsistent_message_names_figures_and_right_share() -> None:
    v = only(MARKET.format(share="45.2%"))
    assert "149,095" in v.message and "275,239" in v.message and "54.2%" in v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("part", "149,095"), ("whole", "275,239")]
    assert round(v.computed, 2) == 54.17


def test_part_of_whole_in_one_sentence() -> None:
    v = only("Of its overseas sales, 8,117 of the 14,827 NEVs were exported from China, or 54.7 percent.")
    assert v.status is Status.CONSISTENT
    v = only("Of its overseas sales, 8,117 of the 14,827 NEVs were exported from China, or 57.4 percent.")
    assert v.status is Status.INCONSISTENT


def test_respectively_list_uses_the_total_it_breaks_down() -> None:
    text = (
        "Wholesale sales of new energy passenger vehicles reached 505,000 units in December.\n\n"
        "This includes 423,000 BEVs and 82,000 PHEVs, accounting for {a} percent and {b} percent, respectively."
    )
    vs = fc102(text.format(a="83.8", b="16.2"))
    assert [v.status for v in vs] == [Status.CONSISTENT, Status.CONSISTENT]
    vs = fc102(text.format(a="38.8", b="16.2"))
    assert [v.status for v in vs] == [Status.INCONSISTENT, Status.CONSISTENT]


def test_listed_shares_of_parts_stated_earlier() -> None:
    text = (
        "CPCA said wholesales of BEVs stood at 940,000 units in December.\n\n"
        "EREVs totaled 147,000 wholesale units.\n\n"
        "With 476,000 wholesale units, plug-in hybrid vehicles (PHEV) fell.\n\n"
        "BEVs represented {a} of the December wholesales, whereas PHEVs accounted for 30.4% and EREVs 9.4%."
    )
    vs = fc102(text.format(a="60.2%"))
    assert [v.status for v in vs] == [Status.CONSISTENT] * 3
    assert fc102(text.format(a="62.0%"))[0].status is Status.INCONSISTENT


def test_whole_named_after_of_must_match_the_metric_and_period() -> None:
    text = (
        "In the first seven months, sales of automotive vehicles amounted to 18.269 million units.\n\n"
        "In the first seven months, production and sales of new energy vehicles amounted to "
        "8.232 million units and 8.22 million units.\n\n"
        "Sales of new energy vehicles accounted for {s} of total new vehicle sales in the first seven months."
    )
    assert only(text.format(s="45 percent")).status is Status.CONSISTENT  # 8.22 / 18.269 = 44.99%
    assert only(text.format(s="54 percent")).status is Status.INCONSISTENT


def test_whole_that_is_not_stated_is_unverifiable() -> None:
    v = only("Nio delivered 41,956 units in the first half, reaching 95.9 percent of last year's full-year deliveries.")
    assert v.status is Status.UNVERIFIABLE


def test_share_of_a_target() -> None:
    text = (
        "Geely has sold 1,015,498 units in the first 10 months of the year.\n\n"
        "Geely is on track to achieve its annual sales goal of 1,320,000 units in 2020, "
        "having achieved {s} of this target."
    )
    assert only(text.format(s="77%")).status is Status.CONSISTENT
    assert only(text.format(s="71%")).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "text",
    [
        # a penetration rate or margin is not a share of a stated figure
        "NEV sales were 1.28 million in November, a penetration rate of 52.3 percent.",
        "The gross margin reached 26.4% in the second quarter, up from 23.2%.",
        # an old share after "from" is not checked against this period's figures
        "Sales reached 92,627 units in August, and the market share fell to 14.4% from 21.0% a year ago.",
        # a growth rate is not a share
        "It delivered 47,986 xEVs, which is 186% more than a year ago.",
        # distractors
        "The ET5 reaches 0-100 km/h in 4.3 seconds, has a 100 kWh pack and an 800V platform, "
        "55 percent of buyers chose it.",
    ],
)
def test_no_false_alarm_on_non_shares(text: str) -> None:
    assert [v for v in fc102(text) if v.status is Status.INCONSISTENT] == []


def test_figure_before_the_share_is_the_whole_after_of_which() -> None:
    text = (
        "China's NEV retail sales reached 1.2 million units in October, of which BEVs accounted for 55 percent.\n\n"
        "BEV retail sales were 660,000 units in October."
    )
    v = only(text)
    assert v.status is Status.CONSISTENT
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("part", "660,000"), ("whole", "1.2 million")]


def test_competing_wholes_make_a_mismatch_unverifiable() -> None:
    # the part fits one plausible whole, not the other: no accusation
    text = (
        "In the first half the group delivered 170,939 cars in total.\n\n"
        "It also delivered 150,000 BEVs in the first half.\n\n"
        "In China, 18,285 were sold in the first half, accounting for 12.2% of deliveries."
    )
    v = only(text)
    assert v.status is not Status.INCONSISTENT


def test_explicit_whole_after_of() -> None:
    assert only("The UK registered 56,387 BEVs, 20.5% of its 275,239 new cars.").status is Status.CONSISTENT
    assert only("The UK registered 56,387 BEVs, 25.0% of its 275,239 new cars.").status is Status.INCONSISTENT


def test_of_which_pairs_inside_one_sentence() -> None:
    text = "Across the EU, 1,095,000 cars were registered in September, of which 225,000 were BEVs, a {s} share."
    assert only(text.format(s="20.5 percent")).status is Status.CONSISTENT
    assert only(text.format(s="25.0 percent")).status is Status.INCONSISTENT


def test_regional_market_share_needs_that_region_total() -> None:
    text = (
        "In Germany, BEV registrations were 43,940 in September, a market share of 21 percent.\n\n"
        "Across the EU, 1,095,000 cars were registered in September."
    )
    assert only(text).status is Status.UNVERIFIABLE


def test_another_company_total_is_no_whole() -> None:
    text = (
        "The Volkswagen Group delivered 170,939 BEVs in the first half of the year.\n\n"
        "In Europe the group delivered 128,078 BEVs, 74.9 percent of the total.\n\n"
        "Tesla delivered 466,140 vehicles in the second quarter."
    )
    v = only(text)
    assert v.status is Status.CONSISTENT
    assert v.evidence[-1].quantity.text == "170,939"


def test_docstring_examples() -> None:
    text = "Fleet registrations rose to 149,095 units, representing {s} of the overall market of 275,239 units."
    assert only(text.format(s="45.2%")).status is Status.INCONSISTENT
    assert only(text.format(s="54.2%")).status is Status.CONSISTENT


def test_company_share_is_not_checked_against_a_market_total() -> None:
    market = "China's NEV retail sales reached 1.2 million units in October, the CPCA said.\n\n"
    assert only(market + "BYD sold 500,000 NEVs in October, accounting for 35 percent of its total sales.").status is (
        Status.UNVERIFIABLE
    )
    assert only(market + "BYD sold 500,000 NEVs in October, accounting for 35 percent of total sales.").status is (
        Status.UNVERIFIABLE
    )
    # a share of the market is checked against the market total
    v = only(market + "BYD sold 500,000 NEVs in October, a 35 percent share of the market.")
    assert v.status is Status.INCONSISTENT and "41.7%" in v.message
