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
    "All told, the market came to 184,630 units in May.\n\n"
    "Business registrations climbed by 2.9% to 97,412 units, representing {share} of the overall market."
)


@pytest.mark.parametrize(
    ("share", "status"),
    [
        ("52.8%", Status.CONSISTENT),  # 52.76%
        ("53%", Status.CONSISTENT),
        ("52.76%", Status.CONSISTENT),
        ("52.7%", Status.INCONSISTENT),  # rounds to 52.8
        ("25.8%", Status.INCONSISTENT),  # transposed
        ("about 54%", Status.CONSISTENT),  # a hedge widens the stated figure
        ("more than half", Status.CONSISTENT),
    ],
)
def test_share_of_the_overall_market(share: str, status: Status) -> None:
    vs = [v for v in fc102(MARKET.format(share=share)) if v.stated_text.strip() == share]
    assert len(vs) == 1, [v.message for v in fc102(MARKET.format(share=share))]
    assert vs[0].status is status


@pytest.mark.parametrize("verb", ["taking", "capturing", "claiming"])
@pytest.mark.parametrize(("share", "status"), [("52.8%", Status.CONSISTENT), ("58.2%", Status.INCONSISTENT)])
def test_a_share_taken_of_the_market(verb: str, share: str, status: Status) -> None:
    text = MARKET.replace("representing", verb).format(share=share)
    assert only(text).status is status


def test_taking_a_percent_off_is_no_share() -> None:
    assert fc102("Ondra sold 97,412 units in May after taking 12% off its list prices.") == []


def test_inconsistent_message_names_figures_and_right_share() -> None:
    v = only(MARKET.format(share="25.8%"))
    assert "97,412" in v.message and "184,630" in v.message and "52.8%" in v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("part", "97,412"), ("whole", "184,630")]
    assert round(v.computed, 2) == 52.76


def test_part_of_whole_in_one_sentence() -> None:
    v = only(
        "Of Keld's foreign deliveries, 5,386 of the 9,214 EVs were shipped from its Chinese plants, or 58.5 percent."
    )
    assert v.status is Status.CONSISTENT
    v = only(
        "Of Keld's foreign deliveries, 5,386 of the 9,214 EVs were shipped from its Chinese plants, or 55.8 percent."
    )
    assert v.status is Status.INCONSISTENT


def test_respectively_list_uses_the_total_it_breaks_down() -> None:
    text = (
        "Wholesales of new energy passenger vehicles came to 386,000 units in March.\n\n"
        "That total includes 301,000 BEVs and 85,000 PHEVs, making up {a} percent and {b} percent, respectively."
    )
    vs = fc102(text.format(a="78.0", b="22.0"))
    assert [v.status for v in vs] == [Status.CONSISTENT, Status.CONSISTENT]
    vs = fc102(text.format(a="87.0", b="22.0"))
    assert [v.status for v in vs] == [Status.INCONSISTENT, Status.CONSISTENT]


def test_listed_shares_of_parts_stated_earlier() -> None:
    text = (
        "The association said BEV wholesales came to 712,000 units in March.\n\n"
        "EREVs reached 118,000 wholesale units.\n\n"
        "At 395,000 wholesale units, plug-in hybrid vehicles (PHEV) slipped.\n\n"
        "BEVs made up {a} of the March wholesales, while PHEVs accounted for 32.2% and EREVs 9.6%."
    )
    vs = fc102(text.format(a="58.1%"))
    assert [v.status for v in vs] == [Status.CONSISTENT] * 3
    assert fc102(text.format(a="61.8%"))[0].status is Status.INCONSISTENT


def test_whole_named_after_of_must_match_the_metric_and_period() -> None:
    text = (
        "In the first five months, vehicle sales totalled 12.846 million units.\n\n"
        "In the first five months, output and sales of new energy vehicles reached "
        "5.911 million units and 5.843 million units.\n\n"
        "New energy vehicle sales made up {s} of total new vehicle sales over the first five months."
    )
    # 5.843 / 12.846 = 45.49% (the production figure would give 46.01%)
    assert only(text.format(s="45 percent")).status is Status.CONSISTENT
    assert only(text.format(s="54 percent")).status is Status.INCONSISTENT


def test_whole_that_is_not_stated_is_unverifiable() -> None:
    v = only("Keld Motors delivered 58,320 units in the first five months, equal to 81.4 percent of last year's total.")
    assert v.status is Status.UNVERIFIABLE


def test_share_of_a_target() -> None:
    text = (
        "Orvane has sold 742,316 units in the first nine months of the year.\n\n"
        "Orvane expects to meet its full-year sales goal of 1,050,000 units in 2025, "
        "having reached {s} of this target."
    )
    assert only(text.format(s="71%")).status is Status.CONSISTENT
    assert only(text.format(s="77%")).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "text",
    [
        # a penetration rate or margin is not a share of a stated figure
        "NEV retail sales hit 0.97 million in June, a penetration rate of 48.6 percent.",
        "Vehicle margin came in at 17.8% in the third quarter, up from 15.1%.",
        # an old share after "from" is not checked against this period's figures
        "Registrations reached 61,304 units in May, and the market share slipped to 11.7% from 16.3% a year ago.",
        # a growth rate is not a share
        "It sold 35,812 xEVs, which is 142% more than a year earlier.",
        # distractors
        "The Aster hits 100 km/h in 3.9 seconds, has a 90 kWh pack and an 800V platform, "
        "62 percent of buyers picked it.",
    ],
)
def test_no_false_alarm_on_non_shares(text: str) -> None:
    assert [v for v in fc102(text) if v.status is Status.INCONSISTENT] == []


def test_figure_before_the_share_is_the_whole_after_of_which() -> None:
    text = (
        "China's NEV retail sales came to 1.4 million units in April, of which BEVs accounted for 55 percent.\n\n"
        "BEV retail sales were 770,000 units in April."
    )
    v = only(text)
    assert v.status is Status.CONSISTENT
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("part", "770,000"), ("whole", "1.4 million")]


def test_competing_wholes_make_a_mismatch_unverifiable() -> None:
    # the part fits one plausible whole, not the other: no accusation
    text = (
        "The group handed over 248,600 cars in total in the first half.\n\n"
        "It also delivered 196,000 BEVs in the first half.\n\n"
        "In China, 23,912 were sold in the first half, accounting for 12.2% of deliveries."
    )
    v = only(text)
    assert v.status is not Status.INCONSISTENT


def test_explicit_whole_after_of() -> None:
    assert only("Spain registered 21,640 BEVs, 18.3% of its 118,250 new cars.").status is Status.CONSISTENT
    assert only("Spain registered 21,640 BEVs, 13.8% of its 118,250 new cars.").status is Status.INCONSISTENT


def test_of_which_pairs_inside_one_sentence() -> None:
    text = "In the EU, 842,000 cars were registered in May, of which 146,000 were BEVs, a {s} share."
    assert only(text.format(s="17.3 percent")).status is Status.CONSISTENT
    assert only(text.format(s="13.7 percent")).status is Status.INCONSISTENT


def test_regional_market_share_needs_that_region_total() -> None:
    text = (
        "In France, BEV registrations were 27,315 in May, a market share of 19 percent.\n\n"
        "In the EU, 842,000 cars were registered in May."
    )
    assert only(text).status is Status.UNVERIFIABLE


def test_another_company_total_is_no_whole() -> None:
    text = (
        "The Keld Group delivered 248,600 BEVs in the first half of the year.\n\n"
        "In Europe the group delivered 171,530 BEVs, 69.0 percent of the total.\n\n"
        "Orvane delivered 402,770 vehicles in the second quarter."
    )
    v = only(text)
    assert v.status is Status.CONSISTENT
    assert v.evidence[-1].quantity.text == "248,600"


def test_docstring_examples() -> None:
    text = "Business registrations rose to 97,412 units, representing {s} of the overall market of 184,630 units."
    assert only(text.format(s="25.8%")).status is Status.INCONSISTENT
    assert only(text.format(s="52.8%")).status is Status.CONSISTENT


def test_company_share_is_not_checked_against_a_market_total() -> None:
    market = "China's NEV retail sales came to 1.4 million units in April, the association said.\n\n"
    assert only(market + "Orvane sold 455,000 NEVs in April, accounting for 35 percent of its total sales.").status is (
        Status.UNVERIFIABLE
    )
    assert only(market + "Orvane sold 455,000 NEVs in April, accounting for 35 percent of total sales.").status is (
        Status.UNVERIFIABLE
    )
    # a share of the market is checked against the market total
    v = only(market + "Orvane sold 455,000 NEVs in April, a 35 percent share of the market.")
    assert v.status is Status.INCONSISTENT and "32.5%" in v.message


@pytest.mark.parametrize(
    ("text", "share", "pair"),
    [
        # a growth clause of the same figure between it and its share
        (
            "Pure-electric wholesale came to 176,000 units in May. Compact EVs rose to 46,500 units, up 17% "
            "on April, with a {} share.",
            ("26.4%", "24.6%"),
            ("46,500", "176,000"),
        ),
        # "Of a total N, M were ..., or P%"
        (
            "Of a total 23,410 new cars registered in Sweden in April, 19,102 ran on batteries alone, or {}.",
            ("82%", "28%"),
            ("19,102", "23,410"),
        ),
        # progress towards a target named right after the share
        (
            "Orla has sold 702,450 cars since January and has reached {} of the annual goal of 1,320,000 it "
            "set itself.",
            ("53 percent", "35 percent"),
            ("702,450", "1,320,000"),
        ),
    ],
)
def test_share_wordings_read_with_their_figures(text: str, share: tuple[str, str], pair: tuple[str, str]) -> None:
    good, bad = share
    (v,) = [v for v in fc102(text.format(good)) if v.stated_text == good]
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == list(pair)
    (w,) = [v for v in fc102(text.format(bad)) if v.stated_text == bad]
    assert w.status is Status.INCONSISTENT, w.message


def test_a_whole_of_the_parts_own_powertrain_beats_a_wider_total() -> None:
    text = (
        "NEV retail sales came to 206,000 units in May. Pure-electric wholesale came to 176,000 units in May. "
        "Compact pure-electric cars rose to 46,500 units, up 17% on April, with a 23% share."
    )
    (v,) = [v for v in fc102(text) if v.stated_text == "23%"]
    assert [e.quantity.text for e in v.evidence] == ["46,500", "176,000"]
    # a whole found by its category alone, while another total of the article fits the share
    # (46,500 of 206,000 is 22.6%): the pairing, not the article, may be wrong
    assert v.status is Status.UNVERIFIABLE, v.message
    assert "206,000 in place of 176,000" in v.message and "check which figures belong together" in v.message


@pytest.mark.parametrize(("share", "status"), [("20.6%", Status.CONSISTENT), ("26.0%", Status.INCONSISTENT)])
def test_a_word_of_emphasis_leaves_the_share_exact(share: str, status: Status) -> None:
    text = (
        "Across all drive types, registrations rose 3.4% year-on-year to 144,127 units in January. Battery-electric"
        f" registrations increased by 0.1% to 29,654 units. That means BEVs accounted for just {share} of the total.\n"
    )
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC102"]
    assert v.status is status
    assert [e.quantity.text for e in v.evidence] == ["29,654", "144,127"]


@pytest.mark.parametrize("verb", ["hold", "held", "secure", "command"])
def test_verbs_that_take_a_share_of_a_whole(verb: str) -> None:
    text = (
        "A total of 130,700 new cars were registered in April. Electric cars reached 19,870 units"
        f" to {verb} 15.2% of the market.\n"
    )
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC102"]
    assert v.status is Status.CONSISTENT
    assert [e.quantity.text for e in v.evidence] == ["19,870", "130,700"]


# --- ratios in words and shares split across sentences (red-team causes FRACTION-WORDS, SHARE-SPLIT)


@pytest.mark.parametrize(
    ("text", "stated", "status"),
    [
        (
            "Battery electric cars rose 22.0% to 27,400 units out of 165,000 registrations, or one in six new cars.",
            "one in six",
            Status.CONSISTENT,
        ),
        (
            "Every fifth new car sold in Germany last month was battery-electric: 49,300 of 246,100 new registrations.",
            "Every fifth",
            Status.CONSISTENT,
        ),
        (
            "Of the 88,000 cars Orla sold in March, 17,900 were electric, about one in five.",
            "about one in five",
            Status.CONSISTENT,
        ),
        (
            "Nearly one in three vans sold in May was electric, with 4,100 of the 12,900 vans registered running "
            "on batteries.",
            "Nearly one in three",
            Status.CONSISTENT,
        ),
        (
            "Kessel sold 31,000 of its 120,000 cars abroad in April, or one in three.",
            "one in three",
            Status.INCONSISTENT,
        ),
        # an open bound: only a share clearly below it contradicts it
        (
            "Kessel sold 52,400 of its 250,100 cars abroad in April, more than one in five.",
            "more than one in five",
            Status.CONSISTENT,
        ),
        (
            "Kessel sold 42,400 of its 250,100 cars abroad in April, more than one in five.",
            "more than one in five",
            Status.INCONSISTENT,
        ),
    ],
)
def test_a_ratio_in_words_is_a_share_of_the_pair_it_names(text: str, stated: str, status: Status) -> None:
    v = only(text)
    assert (v.stated_text, v.status) == (stated, status), v.message


@pytest.mark.parametrize(
    "text",
    [
        # another clause, another subject
        "One in six buyers chose an SUV, a survey found; Orla sold 8,000 of its 30,000 cars abroad.",
        "One in four cars sold in April was an SUV, and Pella sold 9,000 of the 20,000 hatchbacks.",
        # the ratio of a year before
        "Tarn exported 8,000 of its 30,000 cars in May, up from one in six a year earlier.",
        # a count, not a ratio
        "Orla sold 8,000 of its 30,000 cars abroad; one of six new models was an SUV.",
    ],
)
def test_a_ratio_in_words_with_no_pair_of_its_own_is_no_share(text: str) -> None:
    assert fc102(text) == []


@pytest.mark.parametrize(
    ("text", "pair", "status"),
    [
        (
            "The market share of electric cars rose to 15.2% in April. A total of 130,700 new cars were registered "
            "last month. Registrations of electric cars rose 31.0% to 19,870 units.",
            ("19,870", "130,700"),
            Status.CONSISTENT,
        ),
        (
            "In May, plug-in hybrids took a 9.4% share of the market. The month's registrations totalled 88,200 "
            "new cars. Registrations of plug-in hybrids reached 8,290.",
            ("8,290", "88,200"),
            Status.CONSISTENT,
        ),
        (
            "The share of battery-electric cars reached 21.7% in June. In all, 190,300 new cars were registered "
            "that month. Battery-electric registrations came to 41,300.",
            ("41,300", "190,300"),
            Status.CONSISTENT,
        ),
        (
            "The market share of hybrid cars rose to 30.1% in July. Dealers registered 120,400 new cars in July. "
            "Hybrid registrations came to 25,000.",
            ("25,000", "120,400"),
            Status.INCONSISTENT,
        ),
        # a bare count that is the subject of the share's own clause
        (
            "Registrations grew 9.8% in April to reach 130,700 units. A further 19,870 joined the road during the "
            "month, up 31.0% on April last year to secure a 15.2% market share.",
            ("19,870", "130,700"),
            Status.CONSISTENT,
        ),
    ],
)
def test_share_with_its_part_and_whole_in_other_sentences(text: str, pair: tuple[str, str], status: Status) -> None:
    v = only(text)
    assert v.status is status, v.message
    assert tuple(e.quantity.text for e in v.evidence) == pair


@pytest.mark.parametrize(
    "text",
    [
        # the whole of another month
        "The market share of electric cars rose to 15.2% in April. In March, 130,700 new cars were registered. "
        "Registrations of electric cars rose to 19,870 units in April.",
        # the part of another country
        "The market share of plug-in hybrids rose to 9.4% in May. Dealers registered 88,200 new cars in May. "
        "In France, 8,290 plug-in hybrids were registered.",
        # a forecast
        "The market share of battery-electric cars reached 21.7% in June. In all, 190,300 new cars were "
        "registered that month. Analysts expect battery-electric registrations to reach 50,000 next month.",
        # another metric
        "The market share of hybrid cars rose to 30.1% in July. Dealers registered 120,400 new cars in July. "
        "Hybrid exports came to 25,000.",
    ],
)
def test_split_share_needs_the_same_period_place_and_metric(text: str) -> None:
    assert all(v.status is not Status.INCONSISTENT and len(v.evidence) < 2 for v in fc102(text))


def test_a_share_with_a_verb_takes_the_market_total_of_the_lead_paragraph() -> None:
    text = (
        "Dealers registered 211,400 new cars in June, 9.1 percent more than a year earlier.\n\n"
        "Hybrid cars rose 21.0 percent to 80,150 units, including 20,310 plug-in hybrids. Overall, hybrids "
        "accounted for {share} of new registrations."
    )
    v = only(text.format(share="37.9 percent"))
    assert v.status is Status.CONSISTENT
    assert [e.quantity.text for e in v.evidence] == ["80,150", "211,400"]
    assert only(text.format(share="39.7 percent")).status is Status.INCONSISTENT


def test_two_market_totals_leave_a_split_share_unpaired() -> None:
    text = (
        "Dealers registered 211,400 new cars in June. Private buyers took 161,000 cars.\n\n"
        "Hybrid cars rose 21.0 percent to 80,150 units. Overall, hybrids accounted for 37.9 percent of new "
        "registrations."
    )
    assert all(len(v.evidence) < 2 for v in fc102(text))


@pytest.mark.parametrize(
    ("share", "status"),
    [("about 9%", Status.CONSISTENT), ("about 19%", Status.INCONSISTENT)],
)
def test_share_of_a_target_named_with_a_long_description(share: str, status: Status) -> None:
    text = (
        "Orvane sold 121,450 cars in the first two months, reaching {share} of the group's full-year sales volume "
        "target of 1,350,000 units."
    )
    v = only(text.format(share=share))
    assert v.status is status
    assert [e.quantity.text for e in v.evidence] == ["121,450", "1,350,000"]


def test_a_share_that_leads_takes_its_part_and_whole_from_the_paragraphs_after_it() -> None:
    text = (
        "The market share of electric cars rose to {share} in March.\n\n"
        "A total of 402,150 new cars were registered in the month.\n\n"
        "Registrations of electric cars climbed to 63,900 units."
    )
    v = only(text.format(share="15.9%"))
    assert v.status is Status.CONSISTENT
    assert [e.quantity.text for e in v.evidence] == ["63,900", "402,150"]
    assert only(text.format(share="19.5%")).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "sentence",
    [
        "That's up 350 cars or 6.4 per cent on last year, with a 9.1 per cent market share.",
        "Its sales rose by 350 units, or 6.4%, giving it 9.1% of the market.",
        "That is an increase of 350 cars (6.4 per cent), for a market share of 9.1 per cent.",
    ],
)
def test_the_amount_of_a_change_is_never_the_part_of_a_share(sentence: str) -> None:
    text = f"Registrations totalled 64,200 vehicles in September.\n\nSorell came third with 5,840 sales. {sentence}"
    shares = [v for v in factcheck.check_text(text) if v.code == "FC102"]
    assert all(v.status is not Status.INCONSISTENT for v in shares), [v.message for v in shares]
    assert all("350 of" not in v.message for v in shares)


# "cars running purely on electricity" are battery-electric cars: a sibling's market share is not
# a share of them.
@pytest.mark.parametrize(
    "bev",
    ["cars running purely on electricity", "purely electric cars", "fully-electric cars"],
)
def test_a_siblings_share_is_not_of_the_bev_count(bev: str) -> None:
    text = (
        f"Data from the Calvia trade body show 18,450 {bev} joined the roads in March.\n\n"
        "Plug-in hybrid registrations slipped by 4.1 per cent to 6,320 in March, with the group's market"
        " share easing to 6.9 per cent."
    )
    assert Status.INCONSISTENT not in [v.status for v in factcheck.check_text(text) if v.code == "FC102"]


# A share "of the market" whose whole the article never states: the widest earlier total found by
# its category alone (here the electrified subtotal) is called wrong only when a slip of a digit
# explains the difference; otherwise the claim is unverifiable and says why.
@pytest.mark.parametrize(
    "share",
    [
        "Battery cars grew 52% in March, with 5,000 sales, accounting for 5.7% of the market share in the month.",
        "Battery cars grew 52% in March, with 5,000 registrations, taking 5.7% of the market share in the month.",
        "Battery cars rose 52% in March, with 5,000 sales, making up 5.7% of the market share that month.",
    ],
)
def test_a_whole_found_by_category_alone_needs_a_slip(share: str) -> None:
    text = (
        "Velano electrified sales jump in March\n\n"
        "Against February, March brought a 40% rise, for a total of 9,000 registrations.\n\n"
        "The trade group said a total of 9,000 electrified units changed hands.\n\n"
        "Such cars are 10.2% of sales in the market as a whole.\n\n"
        f"{share}"
    )
    vs = [v for v in factcheck.check_text(text) if v.code == "FC102" and v.stated_text == "5.7%"]
    assert [v.status for v in vs] == [Status.UNVERIFIABLE]


@pytest.mark.parametrize(("part", "status"), [("139,000", Status.CONSISTENT), ("319,000", Status.INCONSISTENT)])
def test_a_transposed_part_is_still_caught(part: str, status: Status) -> None:
    text = (
        "Valdor battery-electric sales hit a record\n\n"
        "Battery-electric wholesales came to 423,000 units in December.\n\n"
        f"Wholesales of the smallest class of BEVs were {part} units, taking 33 percent of all BEVs."
    )
    vs = [v for v in factcheck.check_text(text) if v.code == "FC102"]
    assert [v.status for v in vs] == [status]
    assert [e.quantity.text for e in vs[0].evidence] == [part, "423,000"]
    if status is Status.INCONSISTENT:
        assert vs[0].diagnosis is not None and vs[0].diagnosis.code == "operand-transposed"


_LEADERS = (
    "New Zealand's new vehicle registrations reached {total} in June, a record for the month, the motor"
    " industry association said on Monday.\n\n"
    "Orla remains the overall market leader with {a} market share (3,310 units), followed by Kessel"
    " with 11% (1,689 units) and Drevon with 8% market share (1,352 units)."
)


def test_a_level_in_brackets_after_a_brand_share_is_its_part_of_the_market() -> None:
    vs = fc102(_LEADERS.format(total="15,985", a="21%"))
    assert {(v.status, v.evidence[0].quantity.text, v.evidence[1].quantity.text) for v in vs} == {
        (Status.CONSISTENT, "3,310", "15,985"),
        (Status.CONSISTENT, "1,689", "15,985"),
        (Status.CONSISTENT, "1,352", "15,985"),
    }


def test_a_brand_share_against_a_market_total_its_siblings_confirm_is_inconsistent() -> None:
    # 3,310 of 15,985 is 20.7%, not 26%: the whole was found by its category alone, but the two
    # other shares of the sentence hold with it
    (v,) = [v for v in fc102(_LEADERS.format(total="15,985", a="26%")) if v.evidence[0].quantity.text == "3,310"]
    assert v.status is Status.INCONSISTENT


def test_a_one_digit_share_off_a_whole_found_by_category_alone_is_unverifiable() -> None:
    text = (
        "New vehicle registrations reached 15,985 in June, the industry body said.\n\n"
        "In the commercial sector, Orla was the market leader with 22% (1,299 units), followed by Kessel"
        " with 8% market share (829 units)."
    )
    (v,) = [v for v in fc102(text) if v.stated_text.strip().startswith("8")]
    assert v.status is Status.UNVERIFIABLE
    assert "paired by their category alone" in v.message


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Orla was the market leader with 22.0% (1,299 units)", "Kessel with 5.8% market share (829 units)"),
        ("Orla was the market leader with 22.0% (1,299 units)", "Kessel with 5.8% (829 units)"),
    ],
)
def test_a_slip_is_chance_when_a_sibling_misses_the_same_weak_whole(first: str, second: str) -> None:
    # 829 of 15,985 is 5.2%, a digit away from 5.8%; but 1,299 of the same total is 8.1%, not 22.0%,
    # so the total (found by its category alone) is the likelier mistake
    text = (
        "New vehicle registrations reached 15,985 in June, the industry body said.\n\n"
        f"In the commercial sector, {first}, followed by {second}."
    )
    (v,) = [v for v in fc102(text) if v.stated_text.strip().startswith("5.8")]
    assert v.status is Status.UNVERIFIABLE, v.message
    assert "another claim paired with the same figure misses it" in v.message


def test_a_whole_a_sibling_share_holds_with_is_confirmed() -> None:
    text = (
        "Wholesale sales of electric cars were 176,000 units in March.\n\n"
        "Compact models found 57,000 buyers, taking a share of 32% of the electric market; mid-size models"
        " came to 47,000 units, up 18% on February, with a 23% share."
    )
    vs = {v.stated_text.strip(): v for v in fc102(text)}
    assert vs["32%"].status is Status.CONSISTENT
    assert vs["23%"].status is Status.INCONSISTENT
    assert [e.quantity.text for e in vs["23%"].evidence] == ["47,000", "176,000"]


def test_a_list_of_shares_takes_the_segment_its_sentence_names() -> None:
    text = (
        "New Zealand's registrations reached 15,985 in June: 10,181 passenger cars and 5,804 commercial"
        " vehicles.\n\n"
        "In the commercial sector, Orla was the market leader with 22% (1,299 units), followed by Kessel"
        " with 21% (1,230 units) and Drevon a distant third with 11% market share (666 units)."
    )
    vs = fc102(text)
    assert {(v.status, v.evidence[0].quantity.text, v.evidence[1].quantity.text) for v in vs} == {
        (Status.CONSISTENT, "1,299", "5,804"),
        (Status.CONSISTENT, "1,230", "5,804"),
        (Status.CONSISTENT, "666", "5,804"),
    }


def test_the_first_word_of_a_quotation_is_no_name() -> None:
    text = (
        'Dana Reyes, chief executive of the Motor Dealers Federation, says: "Registration of 15,985 vehicles'
        ' in June is a record."\n\n'
        "Orla led the market with 21% market share (3,310 units), followed by Kessel with 11% (1,689 units)."
    )
    vs = fc102(text)
    assert vs and all(v.status is Status.CONSISTENT for v in vs), [v.message for v in vs]


@pytest.mark.parametrize("noun", ["gain", "jump", "surge", "climb", "fall"])
def test_a_percent_followed_by_a_change_noun_is_no_share(noun: str) -> None:
    text = f"Orla sold 63,489 cars in October, an increase of 19,214 units, representing a 43.4% {noun} in volume."
    assert fc102(text) == []


@pytest.mark.parametrize(
    ("sentence", "share", "status"),
    [
        ("Drevon was third with a market share of 10.4 percent after its sales rose 37.1 percent to 4,707 units.",
         "10.4 percent", Status.CONSISTENT),
        ("Lumea, which commands a 7.6 percent market share, saw its sales grow 3.2 percent to 3,437 cars.",
         "7.6 percent", Status.CONSISTENT),
        ("Lumea, which commands a 6.7 percent market share, saw its sales grow 3.2 percent to 3,437 cars.",
         "6.7 percent", Status.INCONSISTENT),
    ],
)  # fmt: skip
def test_a_market_share_before_its_subjects_level(sentence: str, share: str, status: Status) -> None:
    text = f"New car sales in New Zealand reached 45,430 units last month, the registry said.\n\n{sentence}"
    (v,) = [v for v in fc102(text) if v.stated_text == share]
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence][:1] == [sentence.split(" to ")[-1].split()[0]]


@pytest.mark.parametrize(
    "total",
    [
        "A total of 41,250 new cars were registered in New Zealand in March, the importers' body said.",
        "In total, 41,250 new cars were registered in New Zealand in March, the importers' body said.",
        "Altogether 41,250 new cars were registered in New Zealand in March, the importers' body said.",
    ],
)
@pytest.mark.parametrize(("share", "status"), [("8.4", Status.CONSISTENT), ("4.8", Status.INCONSISTENT)])
def test_a_brands_market_share_of_a_total_no_company_reports(total: str, share: str, status: Status) -> None:
    # an article about a market: the total names no company, so it is the market's
    text = (
        f"Electric cars gained ground, says Pieter van Dam, chairman of the dealers' group. {total}\n\n"
        f"The best-selling brand was Orla, with 3,465 cars and a market share of {share} percent."
    )
    v = only(text)
    assert v.status is status, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("part", "3,465"), ("whole", "41,250")]


@pytest.mark.parametrize(
    "baseline",
    [
        "compared to the same half of 2024 when 6,254 units were sold",
        "against the first half of 2024, when 6,254 units were sold",
        "versus a year earlier when 6,254 units were delivered",
    ],
)
def test_a_baseline_in_a_when_clause_is_no_whole(baseline: str) -> None:
    text = (
        f"New vehicle sales in Kestria slipped to 6,210 units in the first half of 2025, {baseline}.\n\n"
        "Local assemblers sold 3,152 units in the half, a 50.76 percent share."
    )
    v = only(text)
    assert v.status is Status.CONSISTENT, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("part", "3,152"), ("whole", "6,210")]


KENYA_LIKE = (
    "New vehicle sales in Kenya came to 6,210 units in the first half.\n\n"
    "Local assemblers sold 3,152 units in the half, while imports accounted for {imports}.\n\n"
    "By brand, Orla led with 2,411 vehicles, a {orla} percent of total sales, Kessel had 1,494 units"
    " while Drevon managed a {drevon} percent market share with 901 units."
)


@pytest.mark.parametrize(
    "imports", ["2,654 units or {p} percent", "2,654 units, or {p} percent", "some 2,654 cars or {p}%"]
)
@pytest.mark.parametrize(("p", "status"), [("42.7", Status.CONSISTENT), ("42.4", Status.INCONSISTENT)])
def test_a_level_and_its_share_said_both_ways(imports: str, p: str, status: Status) -> None:
    text = KENYA_LIKE.format(imports=imports.format(p=p), orla="38.8", drevon="14.5")
    (v,) = [v for v in fc102(text) if "42." in v.stated_text]
    assert v.status is status, v.message
    assert [(e.role, e.quantity.text.strip()) for e in v.evidence][1:] == [("whole", "6,210")]


@pytest.mark.parametrize(("orla", "drevon"), [("38.8", "14.5"), ("83.8", "14.5"), ("38.8", "41.5")])
def test_a_share_of_total_sales_and_a_share_said_with_its_level(orla: str, drevon: str) -> None:
    text = KENYA_LIKE.format(imports="2,654 units", orla=orla, drevon=drevon)
    got = {v.stated_text: (v.status, [e.quantity.text for e in v.evidence]) for v in fc102(text)}
    assert got[f"{orla} percent"][1] == ["2,411", "6,210"]
    assert got[f"{drevon} percent"][1] == ["901", "6,210"]  # never Kessel's 1,494 before it
    want = {"38.8": Status.CONSISTENT, "14.5": Status.CONSISTENT}
    assert got[f"{orla} percent"][0] is want.get(orla, Status.INCONSISTENT)
    assert got[f"{drevon} percent"][0] is want.get(drevon, Status.INCONSISTENT)


@pytest.mark.parametrize(("p2", "status"), [("12.9", Status.CONSISTENT), ("21.9", Status.INCONSISTENT)])
def test_a_list_of_market_shares_continues_in_the_next_sentence(p2: str, status: Status) -> None:
    text = (
        "The importers' association says 64,948 new cars were sold in Peru through July.\n\n"
        "Orla Motor Corp., the long-time leader, delivered 14,899 units in the first seven months, for a 22.9%"
        f" market share. It was followed by Kessel Motor Co. with 8,389 and a {p2}% share."
    )
    got = {v.stated_text: v for v in fc102(text)}
    assert got["22.9%"].status is Status.CONSISTENT, got["22.9%"].message
    assert got[f"{p2}%"].status is status, got[f"{p2}%"].message
    assert [e.quantity.text for e in got[f"{p2}%"].evidence] == ["8,389", "64,948"]


@pytest.mark.parametrize(
    "share",
    [
        "Orla's market share climbed to {p}% from 11.36%.",
        "Its market share rose to {p}% from 11.36% a year earlier.",
        "Orla's market share stood at {p}% in the month, the researcher added.",
        # the sentence points back at the level just given
        "This is a market share of {p}%.",
        "That gives it a share of {p}% of the market.",
    ],
)
@pytest.mark.parametrize(("p", "status"), [("13.59", Status.CONSISTENT), ("13.95", Status.INCONSISTENT)])
def test_a_companys_share_after_the_sentence_with_its_level(share: str, p: str, status: Status) -> None:
    # the market total names a country and no company; the researcher and the agency are sources
    text = (
        "Hungary's new car registrations came to 3,459 last January, the researcher Kestrel Data told the"
        " Orbis agency.\n\n"
        "Orla led the market in January, with 470 cars registered, up from 316 a year earlier. " + share.format(p=p)
    )
    (v,) = [v for v in fc102(text) if v.stated_text == f"{p}%"]
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["470", "3,459"]


def test_a_companys_market_share_is_no_share_of_its_own_figure() -> None:
    text = (
        "Drevon reported sales of 151,391 cars in July, down 1.1% on a year earlier. Its market share fell"
        " to 13.9% from 14.9%. Over seven months the group's registrations fell 8.1% to 1,192,746 units."
    )
    assert all(v.status is Status.UNVERIFIABLE for v in fc102(text) if v.stated_text == "13.9%")


def test_a_company_share_paired_across_sentences_needs_one_period_on_both_sides() -> None:
    # the part names no period and the total is of eight months: no pairing, and no alarm
    text = (
        "Car sales down 62% in August\n\n"
        "In August 2022 Russian registrations of passenger cars and light commercial vehicles (LCVs) shrank"
        " by 62% on the year to 41,700 units, the importers' body reported.\n\n"
        "In 8M22 overall 0.4mn vehicles were sold, a fall of 61% y/y.\n\n"
        "Helped by the scheme, Orla kept its decline to 7%, selling 18,000 vehicles. The company lifted its"
        " market share to 43% in the month under review.\n"
    )
    assert all(v.status is Status.UNVERIFIABLE for v in fc102(text) if v.stated_text == "43%")


_PRICE_BANDS = (
    "Buyers in Kazakhstan purchased 36,191 new cars worth 304.6 billion tenge from January to August, "
    "the agency said.\n\n"
    "Of these, {a} or 7,146 units were cars priced under five million tenge. Some 21.3 percent of vehicles "
    "(7,700 units) cost from five to seven million tenge. The business and premium classes took 16.1 percent "
    "(5,822 units) and {d} (3,881 units) of the market, respectively.\n"
)


@pytest.mark.parametrize(
    ("a", "d", "bad"),
    [
        ("19.7 percent", "10.7 percent", None),
        ("17.9 percent", "10.7 percent", "17.9"),
        ("19.7 percent", "17.0 percent", "17.0"),
    ],
)
def test_shares_of_the_sentence_befores_total_said_with_their_levels(a: str, d: str, bad: str | None) -> None:
    vs = [v for v in factcheck.check_text(_PRICE_BANDS.format(a=a, d=d)) if v.code == "FC102"]
    got = {v.stated_text.split()[-2] if v.stated_text.startswith("Some") else v.stated_text.split()[0]: v for v in vs}
    assert sorted(got) == sorted([a.split()[0], "21.3", "16.1", d.split()[0]])
    for text, v in got.items():
        assert v.status is (Status.INCONSISTENT if text == bad else Status.CONSISTENT), v.message
        assert [e.quantity.text for e in v.evidence][-1] == "36,191"


@pytest.mark.parametrize(("part", "status"), [("457", Status.CONSISTENT), ("547", Status.INCONSISTENT)])
def test_a_share_of_overall_volume_with_its_level_in_brackets(part: str, status: Status) -> None:
    text = (
        "Dealers registered 11,438 new vehicles in May.\n\n"
        f"Holden fell to ninth place with just 4 per cent of overall volume ({part} units).\n"
    )
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC102"]
    assert v.status is status, v.message


def test_a_narrower_whole_that_fits_puts_the_pairing_in_doubt() -> None:
    text = (
        "New vehicle sales in Chile came to 156,920 units in the first eleven months, the importers said.\n\n"
        "Passenger cars accounted for 137,544 units over the period and light commercial vehicles for "
        "19,376 units.\n\n"
        "Orla kept its lead, with a market share of 29.04%, or 39,940 registrations in the first eleven months.\n"
    )
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC102"]
    # 39,940 / 137,544 = 29.04%; of all 156,920 vehicles it would be 25.45%, and the clause names
    # no segment to choose by
    assert v.status is Status.UNVERIFIABLE, v.message
    assert "137,544" in v.message


@pytest.mark.parametrize(
    "clause",
    [
        "SUVs were 43,511 units, a 14% increase year-over-year and {pct} of total sales.",
        "SUVs were 43,511 units and {pct} of total sales.",
        "SUVs came to 43,511 units, up 14% on the year and {pct} of all sales.",
    ],
)
def test_a_share_coordinated_with_a_rate_is_a_share_not_a_rate(clause: str) -> None:
    text = "Halden reported total October sales of 60,604 units. " + clause
    for pct, status in (("72%", Status.CONSISTENT), ("27%", Status.INCONSISTENT)):
        vs = [v for v in factcheck.check_text(text.format(pct=pct)) if v.stated_text == pct]
        assert [(v.code, v.status) for v in vs] == [("FC102", status)], [v.message for v in vs]
        assert [e.quantity.text for e in vs[0].evidence] == ["43,511", "60,604"]


HEADED_LISTS = (
    "According to Lena Varga, spokeswoman for the Sweden Motor Importers Club, vehicle sales in May reached "
    "52,400 units. The passenger car market grew to 21,800 units, while commercial vehicle sales came to "
    "30,600 units.\n\n"
    "Overall sales of major brands in May:\n\n"
    "Orla: 17,130 units, down 4.0% YoY; market share {overall}.\n\n"
    "Kessel: 10,690 units, up 3.1% YoY; market share 20.4%.\n\n"
    "Passenger car market:\n\n"
    "Orla: 6,930 units, up 43.2% YoY; market share {passenger}\n\n"
    "Drevon: 3,700 units, up 38.4% YoY; market share 17.0%\n\n"
    "Commercial vehicle market (including pickup trucks):\n\n"
    "Kessel: 10,400 units, down 15.6% YoY; market share 34.0%\n\n"
    "Orla: 10,200 units, down 20.6% YoY; market share 33.3%\n"
)


def test_a_list_lines_share_is_of_its_headings_segment() -> None:
    # each brand's "market share" is of the total its heading names: all vehicles, passenger cars,
    # commercial vehicles; never of the brand's own overall figure
    text = HEADED_LISTS.format(overall="32.7%", passenger="31.8%")
    got = {(v.stated_text, v.status, tuple(e.quantity.text for e in v.evidence)) for v in fc102(text)}
    assert got == {
        ("32.7%", Status.CONSISTENT, ("17,130", "52,400")),
        ("20.4%", Status.CONSISTENT, ("10,690", "52,400")),
        ("31.8%", Status.CONSISTENT, ("6,930", "21,800")),
        ("17.0%", Status.CONSISTENT, ("3,700", "21,800")),
        ("34.0%", Status.CONSISTENT, ("10,400", "30,600")),
        ("33.3%", Status.CONSISTENT, ("10,200", "30,600")),
    }


@pytest.mark.parametrize(("overall", "passenger"), [("37.2%", "31.8%"), ("32.7%", "38.1%")])
def test_a_transposed_share_in_a_headed_list_is_flagged(overall: str, passenger: str) -> None:
    text = HEADED_LISTS.format(overall=overall, passenger=passenger)
    bad = [v for v in fc102(text) if v.status is Status.INCONSISTENT]
    assert [v.stated_text for v in bad] == [overall if overall != "32.7%" else passenger]


@pytest.mark.parametrize("share", ["19.5%", "25.4%"])
def test_a_share_whose_segment_is_not_said_is_unverifiable_against_either_segment(share: str) -> None:
    text = (
        "The passenger car market grew to 21,800 units in May, while the commercial vehicle market came to "
        f"30,600 units.\n\nOrla sold 6,930 units in May, for a {share} market share."
    )
    (v,) = fc102(text)
    assert v.status is Status.UNVERIFIABLE, v.message
    assert "another segment" in v.message


@pytest.mark.parametrize(
    ("sentence", "stated"),
    [
        ("Orla led the market, selling 2,410 vehicles ({pct}), followed by Kessel with 1,490.", "2,410"),
        ("Orla led the market with 1,200 units, Kessel had 1,490 units ({pct}) and Drevon 800.", "1,490"),
    ],
)
def test_a_bare_bracketed_percent_after_a_level_in_a_market_ranking_is_its_share(sentence: str, stated: str) -> None:
    text = "New vehicle sales in the market came to 6,210 units in the first half.\n\n" + sentence
    right = f"{int(stated.replace(',', '')) / 6210 * 100:.1f}"
    swapped = right[1] + right[0] + right[2:]  # two digits transposed
    for pct, status in ((f"{right} percent", Status.CONSISTENT), (f"{swapped} percent", Status.INCONSISTENT)):
        vs = [v for v in fc102(text.format(pct=pct)) if v.stated_text == pct]
        assert [v.status for v in vs] == [status], [v.message for v in fc102(text.format(pct=pct))]
        assert [e.quantity.text for e in vs[0].evidence] == [stated, "6,210"]


def test_a_signed_bracketed_percent_after_a_level_stays_a_rate() -> None:
    text = "Sales came to 6,210 units.\n\nOrla led the market, selling 2,410 vehicles (+24.1%), followed by Kessel."
    assert fc102(text) == []


@pytest.mark.parametrize("population", ["a population of 193,392,517", "193,392,517 people"])
def test_a_count_of_people_is_no_whole_of_vehicles(population: str) -> None:
    text = (
        f"Morocco, with {population}, has a total vehicle population of 11,547,236.\n\n"
        "Motorcycles make up the largest group with 6,749,461 units, about 58.4% of the total."
    )
    (v,) = fc102(text)
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence][-1] == "11,547,236"


def test_shares_in_brackets_after_their_levels_of_the_sold_cars() -> None:
    text = (
        "Over the first half, Kazakhstanis bought 25,989 new cars worth KZT 214.3 billion, the union said.\n\n"
        "13,752 (52.9%) of the sold cars were imports, while 12,237 buyers (47.1%) chose locally made ones."
    )
    got = [(v.stated_text, v.status, [e.quantity.text for e in v.evidence]) for v in fc102(text)]
    assert got == [
        ("52.9%", Status.CONSISTENT, ["13,752", "25,989"]),
        ("47.1%", Status.CONSISTENT, ["12,237", "25,989"]),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "This is a {pct} stranglehold on the market or 4,806 of the 6,210 units.",
        "The top three held {pct} of the market, or 4,806 out of 6,210 vehicles.",
        "Locally assembled cars took {pct}, or 4,806 units of the 6,210 sold.",
    ],
)
def test_a_share_followed_by_its_part_and_whole(sentence: str) -> None:
    text = "Sales stood at 6,210 units in the first half.\n\n" + sentence
    for pct, status in (("77.4 percent", Status.CONSISTENT), ("74.7 percent", Status.INCONSISTENT)):
        vs = [v for v in fc102(text.format(pct=pct)) if v.stated_text == pct]
        assert [v.status for v in vs] == [status], [v.message for v in fc102(text.format(pct=pct))]
        assert [e.quantity.text for e in vs[0].evidence] == ["4,806", "6,210"]


LOCAL_MARKET = (
    "Chile car sales fall 3% in 2024\n\n"
    "Car sales in Chile totaled 512,400 units in 2024, down 3.1 percent, although sales of imported cars rose "
    "5 percent to 221,000 units, accounting for {imports} of the total.\n\n"
    "Sorell Motors, the local agent for Japan's Toyota, stayed first in 2024 with sales of 140,950 units and a "
    "{sorell} market share.\n\n"
    "In third place was Kessel, which had a {kessel} share and sales of 44,100, up 9 percent.\n\n"
    "Among imported models, Orla took fifth place, lifting its sales 4 percent to 30,120 units and a {orla} share "
    "of the local market."
)
RIGHT = {"imports": "43.1 percent", "sorell": "27.5 percent", "kessel": "8.6 percent", "orla": "5.9 percent"}


@pytest.mark.parametrize("slip", [None, *RIGHT])
def test_shares_of_a_countrys_total_however_they_name_it(slip: str | None) -> None:
    # "of the total" after the total in the same sentence; a company whose maker is "Japan's"; a bare
    # "share and sales of"; "the local market" is the country's total
    figures = dict(RIGHT)
    if slip is not None:
        figures[slip] = {"imports": "41.3", "sorell": "25.7", "kessel": "6.8", "orla": "9.5"}[slip] + " percent"
    vs = {v.stated_text: v for v in fc102(LOCAL_MARKET.format(**figures))}
    for key, stated in figures.items():
        want = Status.INCONSISTENT if key == slip else Status.CONSISTENT
        assert vs[stated].status is want, vs[stated].message
        assert [e.quantity.text for e in vs[stated].evidence if e.role == "whole"] == ["512,400"]


@pytest.mark.parametrize(
    ("sentence", "share", "part"),
    [
        ("Of the cars sold, imported vehicles came first with {} (447,075).", "67.43 percent", "447,075"),
        ("Imported cars led with {} (447,075 units), ahead of local ones.", "67.43%", "447,075"),
        ("Imported models took 447,075 sales; locally built cars, 215,913. Local cars ended with {} (215,913).",
         "32.57 per cent", "215,913"),
        ("Imported cars made up most of it, {} (215,913) were domestic made vehicles.", "32.57 percent", "215,913"),
    ],
)  # fmt: skip
def test_a_share_with_its_level_in_brackets(sentence: str, share: str, part: str) -> None:
    text = f"Chile's car market sold 662,988 vehicles in the first nine months of 2025. {sentence.format(share)}\n"
    (v,) = [v for v in fc102(text) if v.stated_text == share]
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == [part, "662,988"]
    wrong = share.replace("67.43", "67.34").replace("32.57", "32.75")
    (w,) = [v for v in fc102(text.replace(share, wrong)) if v.stated_text == wrong]
    assert w.status is Status.INCONSISTENT, w.message


@pytest.mark.parametrize("verb", ["increased", "grew", "rose"])
def test_a_change_with_its_amount_in_brackets_is_no_share(verb: str) -> None:
    # "increased with 12.3% (1,234 units)", as translated news often puts it, is a rise
    text = f"Chile's car market sold 11,265 vehicles in May. Registrations {verb} with 12.3% (1,234 units).\n"
    assert fc102(text) == []


@pytest.mark.parametrize(("share", "status"), [("13%", Status.CONSISTENT), ("31%", Status.INCONSISTENT)])
def test_a_share_of_a_channel_takes_that_channels_total(share: str, status: Status) -> None:
    # "of retail" names the retail total, not the wider total sales said first
    text = (
        "Orla reported total October sales of 60,604 units, a 7% increase compared with October 2024.\n\n"
        "Orla's retail sales of 58,315 units represented an 11% year-over-year increase from October 2024."
        f" Orla Green sales of 7,576 represented {share} of retail and an 11% year-over-year increase.\n"
    )
    (v,) = [v for v in fc102(text) if v.stated_text == share]
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["7,576", "58,315"]


def test_a_share_said_of_parts_together_is_not_pinned_on_one_of_them() -> None:
    text = (
        "In May, 25,094 new cars were registered in Chile. BEV registrations were 7,614 and PHEV registrations"
        " were 5,824, together accounting for 53.5% of new vehicle registrations.\n"
    )
    assert [v for v in fc102(text) if v.status is Status.INCONSISTENT] == []


@pytest.mark.parametrize(
    ("text", "part", "whole", "slip"),
    [
        # the sentence opens on its whole, the share's part in brackets is the clause's subject
        (
            "Of the 14,949,795 vehicles due for inspection, 58% (8,606,522) do not comply.",
            "8,606,522",
            "14,949,795",
            "8,066,522",
        ),
        ("Of the 900,000 vehicles sold, 79% (711,000) were motorcycles.", "711,000", "900,000", "171,000"),
        ("Among the 64,000 cars exported, 25% (16,000) were SUVs.", "16,000", "64,000", "61,000"),
        # the whole named by a word of its own next to it ("a fleet of ...")
        (
            "Chile's fleet reached 2,000,000 vehicles in 2022, and 310,000 new cars were sold.\n\n"
            "48% (960,000) of the fleet do not have insurance.",
            "960,000",
            "2,000,000",
            "690,000",
        ),
    ],
)
def test_a_share_with_its_part_in_brackets_takes_the_whole_its_sentence_names(
    text: str, part: str, whole: str, slip: str
) -> None:
    v = only(text)
    assert v.status is Status.CONSISTENT, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("part", part), ("whole", whole)]
    slipped = only(text.replace(part, slip))
    assert slipped.status is Status.INCONSISTENT, slipped.message


@pytest.mark.parametrize(
    ("whole", "status"),
    [
        # one digit of the whole changed would fit (17,776,944): one of the many figures a digit away
        ("13,776,944", Status.UNVERIFIABLE),
        # two digits of it swapped would (17,920,000): few enough to tie the figures together
        ("17,290,000", Status.INCONSISTENT),
    ],
)
def test_a_whole_paired_by_its_category_alone_is_blamed_only_for_swapped_digits(whole: str, status: Status) -> None:
    text = f"The country had {whole} registered vehicles in 2022.\n\nIn 2022, 52% (9,318,551) were insured."
    v = only(text)
    assert v.status is status, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("part", "9,318,551"), ("whole", whole)]


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "Sales amounted to 131,637 units. Passenger vehicles stood at 115,611 units, while 16,026 light"
            " commercial vehicles were registered.\n\n"
            "Orla leads the passenger car segment with 32,747 units. Kessel holds second place with a 13.43%"
            " market share, having sold 15,527 units.",
            "115,611",
        ),
        (
            "Sales amounted to 131,637 units. Passenger vehicles stood at 115,611 units, while 16,026 light"
            " commercial vehicles were registered.\n\n"
            "As for LCVs, Drevon rebounded by 84% to 3,224 units, a market share of 20.12%.",
            "16,026",
        ),
    ],
)
def test_a_share_takes_the_total_of_the_segment_its_paragraph_talks_of(text: str, whole: str) -> None:
    v = only(text)
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence if e.role == "whole"] == [whole]


def test_a_ratio_in_words_lends_no_count_to_a_share() -> None:
    text = (
        "Fleet uptake rose by 14.2% to 105,868 units, meaning larger operators accounted for almost six in 10"
        " (59.1%) of all 179,263 new cars."
    )
    v = only(text)
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["105,868", "179,263"]


@pytest.mark.parametrize("period", ["over the period", "during that period", "for the period", "in this period"])
def test_a_share_over_the_period_takes_the_whole_of_the_period_just_named(period: str) -> None:
    """ "over the period" dates the share by the widest period the sentence before named (the
    quarter), not by the month a later clause of its own sentence names."""
    text = (
        "Registrations in Chile rose to 8,200 in March, bringing the first-quarter total to 24,900 units."
        f" Kia kept first place {period} with 6,100 sales and a 24.5% share, while its Rio hatchback took"
        " 9.8% with 804 units in March alone."
    )
    v = [c for c in fc102(text) if c.stated_text == "24.5%"]
    assert len(v) == 1 and v[0].status is Status.CONSISTENT, v
    assert [(e.role, e.quantity.text) for e in v[0].evidence] == [("part", "6,100"), ("whole", "24,900")]


def test_the_period_of_a_named_span_is_no_reference_back() -> None:
    """ "the period of March" names its own period: nothing is read from the sentence before."""
    from factcheck import periods

    assert periods.refers_back("sales over the period", 0, 21)
    assert not periods.refers_back("sales over the period of March", 0, 30)
    assert not periods.refers_back("sales in the same period last year", 0, 34)
    assert periods.widest(["march", "q1"]) == "q1"
    assert periods.widest(["february", "ytd"]) == "ytd"


@pytest.mark.parametrize(
    ("listed", "part", "status"),
    [
        ("Kessel (7320, 8.5%)", "7320", Status.CONSISTENT),
        ("Kia (6,010 units, 7.0%)", "6,010", Status.CONSISTENT),
        ("Mazda (7,291 cars, 8.5%)", "7,291", Status.CONSISTENT),
        ("Kessel (7320, 5.8%)", "7320", Status.INCONSISTENT),  # two digits swapped
    ],
)
def test_a_names_level_and_share_in_one_bracket(listed: str, part: str, status: Status) -> None:
    text = (
        "New vehicle registrations in Chile reached 85,633 in August. Orla led with 16,700 sales for a"
        f" 19.5 per cent market share, followed by {listed} and Ford (4916, 5.7%)."
    )
    v = [c for c in fc102(text) if c.evidence and c.evidence[0].quantity.text == part]
    assert len(v) == 1 and v[0].status is status, [c.message for c in fc102(text)]
    assert [(e.role, e.quantity.text) for e in v[0].evidence] == [("part", part), ("whole", "85,633")]


def test_a_total_released_by_a_body_is_the_whole_of_market_shares() -> None:
    """The month's total comes from official figures released by a body named only by its acronym,
    under a dateline: none of those words is a company, so it is the whole of the brands' shares."""
    text = (
        "UPDATE 11/03/2024 10AM: The August count, published by the FCAI from the official VFACTS"
        " sales data, shows 85,633 new vehicles registered.\n\n"
        "Every segment shrank: passenger cars fell to 25,783 sales and utes and vans to 17,513.\n\n"
        "Orla stayed ahead of the field on 16,700 sales for 19.5 per cent market share, followed by"
        " Kessel (7320, 8.5%) and Drevon (4916, 5.7%)."
    )
    got = {c.stated_text: (c.status, [e.quantity.text for e in c.evidence]) for c in fc102(text)}
    assert got["19.5 per cent"] == (Status.CONSISTENT, ["16,700", "85,633"])
    assert got["8.5%"] == (Status.CONSISTENT, ["7320", "85,633"])


def test_a_share_in_brackets_is_never_pinned_on_the_level_before_them() -> None:
    """ "ahead of Kessel (7320, 8.5%)": whatever 7320 is read as, 8.5% is not Orla's share."""
    text = (
        "New registrations reached 85,633 in August. Orla stayed ahead of the field on 16,700 sales for"
        " 19.5 per cent market share, ahead of Kessel (7320, 8.5%) and Drevon (4916, 5.7%)."
    )
    assert all(c.status is not Status.INCONSISTENT for c in fc102(text)), [c.message for c in fc102(text)]
    assert all("16,700" not in c.message for c in fc102(text) if c.stated_text == "8.5%")


@pytest.mark.parametrize("said", ["50.3% of the industry total", "50.3% of total industry sales"])
def test_a_share_of_the_industry_total_takes_the_market_total_that_closes_the_article(said: str) -> None:
    text = (
        "Orla led all brands in May with 16,100 units. So far this year, Orla has sold 124,900 units,"
        f" representing {said}. Kessel ranked second with 4,900 units. Its total for the year so far is"
        " 35,100.\n\nIn third place was Drevon with 2,900 units. Its total for the year is 16,200. Halden"
        " was fourth with 2,200 units. Sorell completed the top five with 1,600 units. Its total for the"
        " year so far is 14,400.\n\nThe chamber expects growth to continue in the second half.\n\n"
        "So far this year, the member companies have sold 248,300 units, 29.5% more than a year before."
    )
    v = [c for c in fc102(text) if c.stated_text == "50.3%"]
    assert len(v) == 1 and v[0].status is Status.CONSISTENT, [c.message for c in fc102(text)]
    assert [e.quantity.text for e in v[0].evidence] == ["124,900", "248,300"]


@pytest.mark.parametrize(
    "text",
    [
        "Out of total sales of 52,310 vehicles in May, dealers sold 41,880 units, or 80.1%.",
        "In all, out of the combined market volume of 52,310 cars, an estimated 41,880 units or 80.1% went to fleets.",
        "Of the 52,310 vehicles sold in May, 41,880 were dealer sales, or 80.1%.",
    ],
)
def test_a_sentence_that_opens_on_its_whole(text: str) -> None:
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC102"]
    assert v.status is Status.CONSISTENT, v.message
    assert [(e.role, e.quantity.text.strip()) for e in v.evidence][-1] == ("whole", "52,310")


def test_a_mistyped_share_of_the_opening_whole_is_caught() -> None:
    text = "Out of total sales of 52,310 vehicles in May, dealers sold 41,880 units, or 81.0%."
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC102"]
    assert v.status is Status.INCONSISTENT


@pytest.mark.parametrize(
    ("text", "share", "status"),
    [
        ("Tessin built 52,000 cars last year. It exported 31,200 of them, or {x}.", "60%", Status.CONSISTENT),
        ("Tessin built 52,000 cars last year. It exported 31,200 of them, or {x}.", "65%", Status.INCONSISTENT),
        ("Korvik registered 8,400 vans in 2024. Fleets bought 2,100 of those, or {x}.", "25%", Status.CONSISTENT),
        ("Orla shipped 14,000 units in May. It sent 9,100 of these abroad, or {x}.", "65%", Status.CONSISTENT),
    ],
)
def test_n_of_them_takes_the_one_level_of_the_sentence_before_as_its_whole(
    text: str, share: str, status: Status
) -> None:
    v = only(text.format(x=share))
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == [
        q for q in ("31,200", "2,100", "9,100", "52,000", "8,400", "14,000") if q in text
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Orla delivered 56,000 cars by June, {x} of the annual target of 350,000 units.",
        "Orla delivered 56,000 cars by June, {x} of its full-year target of 350,000.",
        "Orla delivered 56,000 cars by June, reaching {x} of its full-year sales goal of 350,000 vehicles.",
    ],
)
@pytest.mark.parametrize(("x", "status"), [("16%", Status.CONSISTENT), ("61%", Status.INCONSISTENT)])
def test_a_share_of_a_target_named_after_the_level(text: str, x: str, status: Status) -> None:
    v = only(text.format(x=x))
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["56,000", "350,000"]


@pytest.mark.parametrize(("x", "status"), [("62%", Status.CONSISTENT), ("26%", Status.INCONSISTENT)])
def test_the_part_said_after_its_whole_with_or(x: str, status: Status) -> None:
    v = only(f"Plug-in hybrids made up {x} of its 10,000 new energy vehicles, or 6,200 units.")
    assert v.status is status, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("part", "6,200"), ("whole", "10,000")]


PENETRATION = (
    "Dealers in Halden sold 41,200 new energy vehicles at retail in May, the association said.\n\n"
    "Halden's dealers retailed 90,500 passenger cars of every kind in May.\n\n"
    "The retail penetration of NEVs was {x} in May."
)


@pytest.mark.parametrize(("x", "status"), [("45.5%", Status.CONSISTENT), ("54.5%", Status.INCONSISTENT)])
def test_a_penetration_rate_is_the_nev_share_of_the_market(x: str, status: Status) -> None:
    v = only(PENETRATION.format(x=x))
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["41,200", "90,500"]


def test_a_penetration_rate_with_no_nev_figure_of_its_period_is_not_checked() -> None:
    text = PENETRATION.replace("in May, the association", "in April, the association").format(x="54.5%")
    assert all(v.status is not Status.INCONSISTENT for v in fc102(text))


def test_a_share_chained_to_a_penetration_rate_takes_its_subject_and_its_own_period() -> None:
    text = (
        "So far this year, retail sales of new energy vehicles in Halden totaled 190,400 units.\n\n"
        "Dealers in Halden sold 41,200 new energy vehicles at retail in May.\n\n"
        "So far this year, Halden's dealers retailed 420,300 passenger cars of every kind, a cumulative count.\n\n"
        "Halden's dealers retailed 90,500 passenger cars of every kind in May.\n\n"
        "The retail penetration of NEVs was 45.5% in May and {x} year-to-date."
    )
    for x, status in (("45.3%", Status.CONSISTENT), ("54.3%", Status.INCONSISTENT)):
        v = next(v for v in fc102(text.format(x=x)) if v.stated_text == x)
        assert v.status is status, v.message
        assert [e.quantity.text for e in v.evidence] == ["190,400", "420,300"]


def test_two_shares_of_one_subject_that_add_to_a_hundred_split_nothing() -> None:
    # 45.5 + 54.3 is about 100 by chance: May's share is right and must not be blamed
    text = (
        "So far this year, retail sales of new energy vehicles in Halden totaled 190,400 units.\n\n"
        "Dealers in Halden sold 41,200 new energy vehicles at retail in May.\n\n"
        "So far this year, Halden's dealers retailed 420,300 passenger cars of every kind, a cumulative count.\n\n"
        "Halden's dealers retailed 90,500 passenger cars of every kind in May.\n\n"
        "The retail penetration of NEVs was 45.5% in May and 54.3% year-to-date."
    )
    may = next(v for v in fc102(text) if v.stated_text == "45.5%")
    assert may.status is Status.CONSISTENT, may.message


FEDERATION = (
    "Of a total 8,412 new passenger cars registered in Denmark in May, 6,930 were electric, or 82%, according"
    " to the Danish Car Importers Federation, or DBI.\n\nDrevon accounted for 2,710 of the monthly sales, or {x}"
    " of the total."
)


@pytest.mark.parametrize(("x", "status"), [("32%", Status.CONSISTENT), ("23%", Status.INCONSISTENT)])
def test_a_body_named_by_its_acronym_after_or_reports_the_market_total(x: str, status: Status) -> None:
    v = next(v for v in fc102(FEDERATION.format(x=x)) if v.stated_text == x)
    assert [e.quantity.text for e in v.evidence] == ["2,710", "8,412"]
    assert v.status is status, v.message


def test_a_nev_share_of_the_nev_market_takes_the_nev_total_not_all_passenger_cars() -> None:
    text = (
        "Retail sales of passenger cars in China reached 1,782,000 units in October.\n\n"
        "New energy vehicles accounted for 913,000 of those sales.\n\n"
        "Korvik led with 312,540 NEV retail sales, taking 34.23% of the NEV market."
    )
    v = next(v for v in fc102(text) if v.stated_text == "34.23%")
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["312,540", "913,000"]


def test_a_planned_level_is_no_whole_of_the_levels_reached() -> None:
    text = (
        "Danish dealers registered 64,250 new cars in October, their federation reported.\n\n"
        "Kessel topped the brands with 11,565 sales and an 18% market share.\n\n"
        "The federation still thinks the year can reach its one million sales target."
    )
    v = only(text)
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["11,565", "64,250"]


BRANDS = (
    "Vehicle sales reached 76,040 units in March, the makers' association said. The dealers' own tally"
    " ranks Orla first on 9,120"
    " cars ({a} share), then Kessel on 8,030 cars ({b} share), Drevon on 5,310 cars ({c} share) and"
    " Tessin on 4,770 cars ({d} share)."
)


def test_shares_that_all_miss_one_whole_but_agree_on_another_are_of_a_total_not_stated() -> None:
    # each is about 3% above its share of 76,040: together they say the whole was about 73,600
    vs = fc102(BRANDS.format(a="12.4%", b="10.9%", c="7.2%", d="6.5%"))
    assert len(vs) == 4
    assert all(v.status is Status.UNVERIFIABLE for v in vs), [v.message for v in vs]
    assert "about 73," in vs[1].message


def test_one_mistyped_share_of_a_list_that_holds_is_still_caught() -> None:
    vs = fc102(BRANDS.format(a="12.0%", b="10.6%", c="7.0%", d="3.6%"))
    assert [v.status for v in vs] == [Status.CONSISTENT] * 3 + [Status.INCONSISTENT]


@pytest.mark.parametrize(("x", "status"), [("33.3%", Status.CONSISTENT), ("33.9%", Status.INCONSISTENT)])
def test_a_sentence_that_opens_on_the_market_gives_its_shares_their_whole(x: str, status: Status) -> None:
    text = (
        f"In a market down 2% in 2024 to 61,300 registrations, Drevon held first place on 20,410 cars and a {x} share."
    )
    v = only(text)
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["20,410", "61,300"]


def test_siblings_listed_before_a_share_are_still_no_whole() -> None:
    text = "Orla sold 32,775 cars (share: 19.2%) and Kessel 19,822 (share: 11.6%) in May."
    assert all(v.status is not Status.INCONSISTENT for v in fc102(text))


RIVALS = (
    "Halden's car buyers took 96,400 new vehicles from January to July, the figures of the Car Dealers"
    " Union of Halden (CDUH) show.\n\n"
    "Of these, 85,900 were passenger cars (PC) and 10,500 light commercial vehicles.\n\n"
    "Orla tops the PC market, holding a share of {a}, or 27,020 units, well clear of Kessel"
    " (9,610 cars and a market share of {b}) and Tessin (7,480 cars with a share of 8.7%)."
)


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [("31.46", "11.19%", Status.CONSISTENT), ("31.46", "11.91%", Status.INCONSISTENT)],
)
def test_a_rivals_level_in_brackets_with_its_share_of_the_segment_it_leads(a: str, b: str, status: Status) -> None:
    vs = {v.stated_text: v for v in fc102(RIVALS.format(a=a, b=b))}
    assert vs[b].status is status, vs[b].message
    assert [e.quantity.text for e in vs[b].evidence] == ["9,610", "85,900"]
    # a share written without its sign after "a share of" is a percent all the same
    assert vs[a].status is Status.CONSISTENT, vs[a].message
    assert [e.quantity.text for e in vs[a].evidence] == ["27,020", "85,900"]


def test_the_overall_market_leaders_share_is_of_the_whole_market_not_the_segment_just_discussed() -> None:
    text = (
        "Buyers registered 22,640 vehicles in April: 14,030 passenger cars and 8,610 commercial vehicles."
        " No April had seen as many commercial vehicles registered."
        " Kessel kept its place as the overall market leader with {x} market share (4,710 units)."
    )
    for x, status in (("21%", Status.CONSISTENT), ("12%", Status.INCONSISTENT)):  # 4,710 / 22,640 = 20.8%
        v = only(text.format(x=x))
        assert v.status is status, v.message
        assert [e.quantity.text for e in v.evidence] == ["4,710", "22,640"]


def test_a_share_in_a_paragraph_about_one_segment_is_of_that_segments_total() -> None:
    # "tops the PC market": the passenger total is the whole, whatever the vans' total beside it
    text = RIVALS.format(a="31.46", b="11.19%").replace("a share of 8.7%", "a share of 8.1%")
    (v,) = [v for v in fc102(text) if v.stated_text == "8.1%"]
    assert v.status is Status.INCONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["7,480", "85,900"]


@pytest.mark.parametrize(
    ("text", "shares"),
    [
        # the sentence opens on the whole; each part gives its share in brackets
        ("Of the 25,989 cars sold in May, 13,752 (52.9%) were imports, while 12,237 (47.1%) were built locally.",
         ["52.9%", "47.1%"]),
        # "Of these" points at the whole of the sentence before
        ("Orla sold 25,989 cars in May. Of these, 13,752 (52.9%) were imports, while 12,237 (47.1%) were"
         " built locally.", ["52.9%", "47.1%"]),
        ("Orla sold 25,989 cars in May. Of the cars sold, 13,752 (52.9%) were imports.", ["52.9%"]),
    ],
)  # fmt: skip
def test_a_bracketed_share_of_the_whole_the_sentence_opens_on(text: str, shares: list[str]) -> None:
    vs = fc102(text)
    assert [v.stated_text for v in vs] == shares
    assert all(v.status is Status.CONSISTENT and "25,989" in v.message for v in vs), [v.message for v in vs]


def test_a_bracketed_share_of_an_opened_whole_that_does_not_hold() -> None:
    vs = fc102("Of the 25,989 cars sold in May, 13,752 (52.9%) were imports, while 12,237 (45.1%) were local.")
    assert [v.status for v in vs] == [Status.CONSISTENT, Status.INCONSISTENT]


def test_brand_shares_said_with_their_levels_among_comma_and_dot_thousands() -> None:
    # the market's total names its source, a ministry; two brands' levels are grouped by dots
    text = (
        "Buyers in Croatia took 61,200 new cars last year, the Ministry of Interior's register shows.\n\n"
        "Orla sold the most, 9,180, with a share in total sales of 15.0 percent, followed by Kessel with "
        "5.814 vehicles and 9.5 percent, and Drevon with 5.202 units and {x} percent."
    )
    vs = fc102(text.format(x="8.5"))
    got = {v.stated_text.strip(): (v.status, [e.quantity.text for e in v.evidence]) for v in vs}
    assert got == {
        "15.0 percent": (Status.CONSISTENT, ["9,180", "61,200"]),
        "9.5 percent": (Status.CONSISTENT, ["5.814", "61,200"]),
        "8.5 percent": (Status.CONSISTENT, ["5.202", "61,200"]),
    }
    bad = [v for v in fc102(text.format(x="5.8")) if v.stated_text.strip() == "5.8 percent"]
    assert [v.status for v in bad] == [Status.INCONSISTENT]


NORDIC = (
    "Norway's dealers registered 14,200 new cars in the year, up 12 percent. In Finland, registrations "
    "rose 5 percent to 9,800 cars, while Denmark's market grew to 11,000 cars.\n\n"
    "{total}"
    "Norway took a {x} percent share of the Nordic new car market, followed by Denmark with 31.4 percent "
    "and Finland with 28.0 percent."
)


@pytest.mark.parametrize(("x", "status"), [("40.6", Status.CONSISTENT), ("46.0", Status.INCONSISTENT)])
def test_market_shares_of_countries_take_each_country_s_level(x: str, status: Status) -> None:
    text = NORDIC.format(
        total="Across the three Nordic countries, registrations reached 35,000 cars in the year.\n\n", x=x
    )
    got = {v.stated_text.strip(): (v.status, [e.quantity.text for e in v.evidence]) for v in fc102(text)}
    assert got == {
        f"{x} percent": (status, ["14,200", "35,000"]),
        "31.4 percent": (Status.CONSISTENT, ["11,000", "35,000"]),
        "28.0 percent": (Status.CONSISTENT, ["9,800", "35,000"]),
    }


def test_another_country_s_level_is_never_the_whole() -> None:
    text = NORDIC.format(total="", x="40.6")
    for v in fc102(text):
        assert v.status is not Status.INCONSISTENT, v.message
        assert len(v.evidence) <= 1 or v.evidence[1].quantity.text not in ("14,200", "11,000", "9,800"), v.message


def test_a_share_in_brackets_after_its_subject_and_the_changes_after_it() -> None:
    text = (
        "From January to November, a total of 210 400 new passenger cars was registered in Halden.\n\n"
        "Diesel-driven passenger cars managed to grow (share: {x}%) their sales by 5% to 120,010 "
        "registrations. Petrol-driven cars (share: 40.3%) as well as hybrids (share: 2.1%) reported increases "
        "of 6% and 12.4%, respectively."
    )
    vs = fc102(text.format(x="57"))  # 120,010 / 210,400 = 57.04%
    got = {v.stated_text.strip(): v for v in vs}
    assert got["57%"].status is Status.CONSISTENT
    assert [e.quantity.text for e in got["57%"].evidence] == ["120,010", "210 400"]
    assert not {"5%", "6%", "12.4%"} & set(got)  # changes, never shares
    assert [v.status for v in fc102(text.format(x="75")) if v.stated_text.strip() == "75%"] == [Status.INCONSISTENT]


def test_levels_with_their_shares_of_the_figure_before() -> None:
    text = (
        "In January-June Halden imported 12,000 cars, up 5,100 cars or 1.7-fold from a year earlier.\n\n"
        "Customs data show that some 300 or {x}% of them were buses with 10 or more seats, 10,500 or 87.5% "
        "passenger cars, 1,000 or 8.33% were trucks, and 200 or 1.67% are special vehicles."
    )
    got = {v.stated_text.strip(): v for v in fc102(text.format(x="2.5"))}
    assert {k: (v.status, [e.quantity.text for e in v.evidence]) for k, v in got.items()} == {
        "2.5%": (Status.CONSISTENT, ["some 300", "12,000"]),
        "87.5%": (Status.CONSISTENT, ["10,500", "12,000"]),
        "8.33%": (Status.CONSISTENT, ["1,000", "12,000"]),
        "1.67%": (Status.CONSISTENT, ["200", "12,000"]),
    }
    bad = [v for v in fc102(text.format(x="5.2")) if v.stated_text.strip() == "5.2%"]
    assert [v.status for v in bad] == [Status.INCONSISTENT]


LISTING = (
    "Halden's new car sales fell 6% in May\n\n"
    "The statistics office counted 80,000 new light vehicles sold in May, 6% fewer than a year earlier.\n\n"
    "Orla sold 20,000 units (a 25.0% market share) in May, a decrease of 4.1%.\n\n"
    "Kessel sales of 16,000 units ({x}) in May fell 2.5% from a year earlier.\n\n"
    "Drevon sold 12,000 units (15.0%), a decrease of 7.2%, and Lumea sold 8,000 units (10.0%), up 1.1%.\n\n"
    "Tessin sales increased 3.8% to 4,000 units (5.0%)."
)


@pytest.mark.parametrize(("x", "status"), [("20.0%", Status.CONSISTENT), ("2.00%", Status.INCONSISTENT)])
def test_brands_listed_with_their_market_shares_in_brackets(x: str, status: Status) -> None:
    got = {v.stated_text.strip(): v for v in fc102(LISTING.format(x=x))}
    assert {k: [e.quantity.text for e in v.evidence] for k, v in got.items()} == {
        "25.0%": ["20,000", "80,000"],
        x: ["16,000", "80,000"],
        "15.0%": ["12,000", "80,000"],
        "10.0%": ["8,000", "80,000"],
        "5.0%": ["4,000", "80,000"],
    }
    assert got[x].status is status
    assert all(v.status is Status.CONSISTENT for k, v in got.items() if k != x)


def test_brand_shares_of_the_month_and_of_the_year_to_date_totals() -> None:
    text = (
        "Slovenia: car market down 3% in May. Orla at 21% challenged by Kessel.\n\n"
        "The Slovenian car market closed May 2024 with 2.400 sales, down 3.1% from last year. Year to date sales "
        "were 11.500, down 8.0%.\n\n"
        "Orla held its lead. Sales in May were 504 with cumulated volume at 2.415 and 21.0% of share.\n\n"
        "Drevon was 2nd. Sales were 432 with share at {x}. Year-to-date sales were 1.840 with a share of 16.0%."
    )
    got = {v.stated_text.strip(): v for v in fc102(text.format(x="18.0%"))}
    assert [e.quantity.text for e in got["18.0%"].evidence] == ["432", "2.400"]
    assert got["18.0%"].status is Status.CONSISTENT
    assert [e.quantity.text for e in got["16.0%"].evidence] == ["1.840", "11.500"]
    assert got["16.0%"].status is Status.CONSISTENT
    bad = {v.stated_text.strip(): v for v in fc102(text.format(x="81.0%"))}
    assert bad["81.0%"].status is Status.INCONSISTENT


def test_shares_by_origin_before_their_levels() -> None:
    text = (
        "New car sales fell by 12 percent in 2024, with 20,000 private and commercial vehicles registered.\n\n"
        "Japanese makes held {x} percent of the market share, ahead of Korean cars at 25 percent, "
        "European cars at 20 percent, and Chinese cars at five percent.\n\n"
        "Korean car sales dropped 4 percent to 5,000 cars. Japanese car sales decreased 6 percent to 10,000 cars. "
        "European car sales rose 2 percent to 4,000 cars. Chinese car sales rose 9 percent to 1,000 cars."
    )
    got = {v.stated_text.strip(): v for v in fc102(text.format(x="50"))}
    assert {k: [e.quantity.text for e in v.evidence] for k, v in got.items()} == {
        "50 percent": ["10,000", "20,000"],
        "25 percent": ["5,000", "20,000"],
        "20 percent": ["4,000", "20,000"],
        "five percent": ["1,000", "20,000"],
    }
    assert all(v.status is Status.CONSISTENT for v in got.values())
    bad = {v.stated_text.strip(): v for v in fc102(text.format(x="05"))}
    assert bad["05 percent"].status is Status.INCONSISTENT


def test_shares_of_the_total_the_sentence_before_gave() -> None:
    text = (
        "Saloon cars slipped to 18.400 from 21.900 in January-June 2023, a fall of 16,0%. Of the total "
        "saloon cars, 6.440 or {x} were new and 11.960 or 65,0% were second-hand."
    )
    got = {v.stated_text.strip(): v for v in fc102(text.format(x="35,0%"))}
    assert {k: (v.status, [e.quantity.text for e in v.evidence]) for k, v in got.items()} == {
        "35,0%": (Status.CONSISTENT, ["6.440", "18.400"]),
        "65,0%": (Status.CONSISTENT, ["11.960", "18.400"]),
    }
    bad = {v.stated_text.strip(): v for v in fc102(text.format(x="53,0%"))}
    assert bad["53,0%"].status is Status.INCONSISTENT


def test_levels_said_again_as_their_shares_in_a_list() -> None:
    text = (
        "Bosnia and Herzegovina had 1,200,000 road vehicles on its register at the end of 2024.\n\n"
        "The number of passenger vehicles is 960,000 or {x} percent, buses 4,800 or 0.40 percent, trucks "
        "96,000 or 8.00 percent, and work machines 6.000 or 0.50 percent.\n\n"
        "Vehicles older than 27 make up more than half of the total."
    )
    got = {v.stated_text.strip(): v for v in fc102(text.format(x="80.00"))}
    assert {k: (v.status, [e.quantity.text for e in v.evidence]) for k, v in got.items() if "percent" in k} == {
        "80.00 percent": (Status.CONSISTENT, ["960,000", "1,200,000"]),
        "0.40 percent": (Status.CONSISTENT, ["4,800", "1,200,000"]),
        "8.00 percent": (Status.CONSISTENT, ["96,000", "1,200,000"]),
        "0.50 percent": (Status.CONSISTENT, ["6.000", "1,200,000"]),
    }
    assert all(v.status is not Status.INCONSISTENT for v in got.values())  # (27 is an age, no part)
    bad = {v.stated_text.strip(): v for v in fc102(text.format(x="08.00"))}
    assert bad["08.00 percent"].status is Status.INCONSISTENT


def test_a_change_from_one_level_to_another_is_no_share() -> None:
    text = "Production rose from 10,863 to 14,042 units, or 29.3%, while sales reached 19,274 units."
    assert fc102(text) == []


def test_a_share_then_its_level_after_totaling_or_with() -> None:
    text = (
        "Halden's roads carried 120,000 registered vehicles at the end of 2024.\n\n"
        "Of these, {x} of vehicles are registered to private owners, totaling 96,000, while vans "
        "constitute 12.5%, with 15,000 vehicles."
    )
    got = {v.stated_text.strip(): v for v in fc102(text.format(x="80%"))}
    assert {k: (v.status, [e.quantity.text for e in v.evidence]) for k, v in got.items()} == {
        "80%": (Status.CONSISTENT, ["96,000", "120,000"]),
        "12.5%": (Status.CONSISTENT, ["15,000", "120,000"]),
    }
    bad = {v.stated_text.strip(): v for v in fc102(text.format(x="08%"))}
    assert bad["08%"].status is Status.INCONSISTENT


def test_a_share_after_the_change_of_its_own_level() -> None:
    # the change of the same figure stands between the level and its share
    text = (
        "Tessin's registrations for January came to 146,300 passenger cars, 7.3% fewer than a year before."
        "\n\nWith 4,392 units sold, the number of plug-in hybrids rose by +48.5%, and accounted for 3.0% of all new"
        " registrations."
    )
    [v] = [v for v in factcheck.check_text(text) if v.code == "FC102"]
    assert v.status is Status.CONSISTENT
    assert [e.quantity.text for e in v.evidence] == ["4,392", "146,300"]


RANKED_WITH_AND = (
    "Tessin car sales climb\n\n"
    "Orla Motors Tessin Inc. ranked third with a 9.6 percent share and 12,480 units sold, followed closely by"
    " Kessel Cars Tessin Inc. with {k} percent and 8,190 units and Drevon Tessin Corp. with {d} percent and"
    " 5,460 units.\n\nWith a total of 130,000 units sold by all brands in Tessin this year, the market grew."
)


def test_shares_said_with_their_levels_by_and_are_of_the_market() -> None:
    vs = sorted(
        (v for v in factcheck.check_text(RANKED_WITH_AND.format(k="6.3", d="4.2")) if v.code == "FC102"),
        key=lambda v: v.start,
    )
    assert [(v.stated_text.split()[0], v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [
        ("9.6", Status.CONSISTENT, ["12,480", "130,000"]),
        ("6.3", Status.CONSISTENT, ["8,190", "130,000"]),
        ("4.2", Status.CONSISTENT, ["5,460", "130,000"]),
    ]


def test_swapped_shares_in_a_list_of_market_shares_are_flagged() -> None:
    # one sibling holds against the market total, so the others are market shares too: the
    # swapped pair is a mismatch, not a share of each company's own sales
    vs = sorted(
        (v for v in factcheck.check_text(RANKED_WITH_AND.format(k="4.2", d="6.3")) if v.code == "FC102"),
        key=lambda v: v.start,
    )
    assert [v.status for v in vs] == [Status.CONSISTENT, Status.INCONSISTENT, Status.INCONSISTENT]


RATIO_TABLE = (
    "Tessin output and exports\n\n"
    "Production, exports and sales\n\n"
    "2022 2023 2024\n"
    "Output 412,300 455,120 498,760\n"
    "Exports 287,400 {e23} 352,110\n"
    "Domestic sales 201,560 213,870 230,040\n"
    "Exports/Output 69.7% 70.8% 70.6%\n"
)


def test_a_row_named_as_the_ratio_of_two_rows() -> None:
    vs = [v for v in factcheck.check_text(RATIO_TABLE.format(e23="322,230")) if v.code == "FC102"]
    assert [(v.stated_text, v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [
        ("69.7%", Status.CONSISTENT, ["287,400", "412,300"]),
        ("70.8%", Status.CONSISTENT, ["322,230", "455,120"]),
        ("70.6%", Status.CONSISTENT, ["352,110", "498,760"]),
    ]


def test_a_mistyped_cell_under_a_ratio_row_is_flagged() -> None:
    vs = [v for v in factcheck.check_text(RATIO_TABLE.format(e23="232,230")) if v.code == "FC102"]
    assert [v.status for v in vs] == [Status.CONSISTENT, Status.INCONSISTENT, Status.CONSISTENT]


# A market total in the lead, then each brand's level and its market share in later sentences.
BRANDS_AFTER_THE_MARKET = (
    "Portugal's car market came to 81,240 units in the first half, led by Orla, Kessel and Drevon.\n\n"
    "Orla's sales from January to end June were {orla} units, giving it a market share of 22.41%.\n\n"
    "Kessel came second on 11,630 cars in the first half, up by 4.1% with a 14.32% market share.\n\n"
    "Drevon ranked third on 9,870 cars in the first half, up 2.5% on the year. The brand held a 12.15%"
    " market share over the period.\n"
)


@pytest.mark.parametrize(("orla", "status"), [("18,206", Status.CONSISTENT), ("18,260", Status.INCONSISTENT)])
def test_brand_shares_of_the_market_total_in_the_lead(orla: str, status: Status) -> None:
    vs = sorted(fc102(BRANDS_AFTER_THE_MARKET.format(orla=orla)), key=lambda v: v.start)
    assert [(v.stated_text, v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [
        ("22.41%", status, [orla, "81,240"]),
        ("14.32%", Status.CONSISTENT, ["11,630", "81,240"]),
        ("12.15%", Status.CONSISTENT, ["9,870", "81,240"]),
    ]


@pytest.mark.parametrize(("skoda", "status"), [("10.15%", Status.CONSISTENT), ("10.51%", Status.INCONSISTENT)])
def test_a_level_dated_only_by_its_year_ago_baseline(skoda: str, status: Status) -> None:
    # 418 names no period of its own; its baseline's "May 2024" says it is May's
    text = (
        "Hungary's new car registrations came to 4,120 in May, 9% more than a year earlier.\n\n"
        "Lumea ranked third with 418 cars registered, up from 301 in May 2024."
        f" Lumea's market share rose to {skoda} from 9.67%.\n"
    )
    (v,) = fc102(text)
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["418", "4,120"]


def test_a_company_that_took_a_share_in_the_sentence_after_its_level_of_another_period() -> None:
    # the share's period is the first half; the level before it is May's alone
    text = (
        "Portugal's car market came to 81,240 units in the first half.\n\n"
        "Drevon sold 2,010 cars in May. The brand took a 12.15% market share for the half.\n"
    )
    (v,) = fc102(text)
    assert v.status is Status.UNVERIFIABLE, v.message
    assert [e.quantity.text for e in v.evidence] == ["2,010"]


@pytest.mark.parametrize(("share", "status"), [("6.5%", Status.CONSISTENT), ("5.6%", Status.INCONSISTENT)])
def test_a_share_of_all_deliveries_is_of_the_market_not_of_a_brand_said_nearer(share: str, status: Status) -> None:
    text = (
        "Van deliveries held up in Portugal in the first quarter of 2025. 61,220 new vans were delivered in the"
        " first quarter of 2025.\n\n"
        "By brand Orla led in the first quarter of 2025 with 14,380 deliveries.\n\n"
        f"In the first quarter of 2025, 3,950 electric vans were delivered, representing {share} of all deliveries.\n"
    )
    (v,) = fc102(text)
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["3,950", "61,220"]


@pytest.mark.parametrize(
    "text",
    [
        "According to the body's figures, of the total industry sales reported of 41 250 vehicles, an estimated"
        " 35 100 units, or {s}, went through dealers, 8.2% to rental firms.",
        "Out of the total (itemised) reported market sales of 41 250 vehicles (Orla excluded),"
        " {s} or 35 100 units were dealer sales, 7.6 per cent rental sales.",
        "Overall, out of total sales of 41 250 vehicles, {s} or 35 100 units were dealer sales.",
    ],
)
@pytest.mark.parametrize(("s", "status"), [("85.1%", Status.CONSISTENT), ("81.5%", Status.INCONSISTENT)])
def test_a_sentence_that_opens_on_the_whole_after_its_source(text: str, s: str, status: Status) -> None:
    v = next(v for v in fc102(text.format(s=s)) if v.stated_text == s)
    assert v.status is status, v.message
    assert [e.quantity.text.removeprefix("an estimated ") for e in v.evidence] == ["35 100", "41 250"]


@pytest.mark.parametrize("verb", ["captured", "took", "held"])
@pytest.mark.parametrize("where", ["of the market", "of the passenger car market", "of the segment", "in market share"])
@pytest.mark.parametrize(("share", "status"), [("8.22%", Status.CONSISTENT), ("2.82%", Status.INCONSISTENT)])
def test_a_share_of_the_market_said_with_its_level(verb: str, where: str, share: str, status: Status) -> None:
    text = (
        "Passenger car registrations totalled 58,193 units by the end of May.\n\n"
        f"Dorn came second with 9,000 sales, while Halden {verb} {share} {where} with 4,786 cars."
    )
    (v,) = [v for v in fc102(text) if v.stated_text == share]
    assert v.status is status, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("part", "4,786"), ("whole", "58,193")]


@pytest.mark.parametrize(("share", "status"), [("13.0%", Status.CONSISTENT), ("31.0%", Status.INCONSISTENT)])
def test_a_companys_share_of_nothing_named_is_of_the_countrys_total(share: str, status: Status) -> None:
    # no "market" said: a company's share is of the country's figure of no company (whichever
    # company the paragraph of that figure spoke of first)
    text = (
        "Orla improved its share again, on demand for its pickups. In May, US light vehicle sales were"
        " 980,400 units, up 8.2%.\n\n"
        "Halden slipped back this month; Halden shifted 112,750 units with a share of 11.5%.\n\n"
        f"Sorell, maker of the Sorell Vanta, came next, selling 127,450 units with a share of {share}."
    )
    vs = sorted(fc102(text), key=lambda v: v.start)
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [
        (Status.CONSISTENT, ["112,750", "980,400"]),
        (status, ["127,450", "980,400"]),
    ], [v.message for v in vs]


@pytest.mark.parametrize(("share", "status"), [("8.21%", Status.CONSISTENT), ("2.81%", Status.INCONSISTENT)])
def test_a_share_registered_in_market_share(share: str, status: Status) -> None:
    text = (
        "Passenger car sales stood at 96,400 units at the end of September.\n\n"
        f"Halden, for its part, registered {share} in market share with 7,915 cars sold."
    )
    (v,) = fc102(text)
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["7,915", "96,400"]


@pytest.mark.parametrize("words", ["nearly one-fifth", "almost a fifth", "just under a fifth"])
@pytest.mark.parametrize(("share", "status"), [("18%", Status.CONSISTENT), ("81%", Status.INCONSISTENT)])
def test_a_share_in_brackets_glossing_a_fraction(words: str, share: str, status: Status) -> None:
    text = (
        "Electric car sales reached 2,140 last month, making up"
        f" {words} ({share}) of the total of new cars sold, 11,880."
    )
    (v,) = [v for v in fc102(text) if v.stated_text == share]
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["2,140", "11,880"]


@pytest.mark.parametrize("verb", ["was", "rose to", "stood at"])
@pytest.mark.parametrize(("share", "status"), [("3.5%", Status.CONSISTENT), ("5.3%", Status.INCONSISTENT)])
def test_the_share_of_a_named_slice_was(verb: str, share: str, status: Status) -> None:
    text = (
        "New car registrations in Tessin reached 190,000 in January.\n\n"
        "PHEVs numbered 6,650, up 307.7% on a year earlier.\n\n"
        f"The diesel share was 31.0%, the share of PHEVs {verb} {share}."
    )
    (v,) = [v for v in fc102(text) if v.stated_text == share]
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["6,650", "190,000"]


@pytest.mark.parametrize(
    ("share", "status"),
    [
        ("2.0 per cent", Status.CONSISTENT),
        ("2.9 per cent", Status.INCONSISTENT),  # one digit mistyped
        # (paired by category alone, a figure no slip of a digit explains is left unverifiable)
        ("7 per cent", Status.UNVERIFIABLE),
    ],
)
def test_share_of_everything_said_with_its_count(share: str, status: Status) -> None:
    # "of the total" is of everything counted, not of the class of vehicles said just before
    text = (
        "Qatar had 1,420,500 registered vehicles at the end of June.\n\n"
        "Goods vehicles stand at 14.2 per cent of all vehicles with 201,640 units, while hire cars constitute"
        f" {share} of all vehicles, with a count of 28,390."
    )
    vs = {v.stated_text: v for v in fc102(text)}
    assert vs[share].status is status, vs[share].message
    assert [e.quantity.text for e in vs[share].evidence] == ["28,390", "1,420,500"]


def test_a_class_named_by_its_letter_takes_the_whole_of_all_classes() -> None:
    # "Type" is no company: the total of every type is the whole of one type's share, whoever
    # reported it
    text = (
        "Minibus sales in Europe grew 3.1% in 2023, Van Trade Weekly research has found.\n"
        "In the 2023 sales year there was a total of 24,410 minibuses sold, up from 23,676 in 2022.\n"
        "In 2023, Type C minibuses accounted for {s} of the sales, with 17,090 units."
        " Type A/B minibuses were 20% of the sales.\n"
        "In the UK, minibus sales fell in every category except Type D.\n"
    )
    for s, status in (("70%", Status.CONSISTENT), ("79%", Status.INCONSISTENT)):
        v = next(v for v in factcheck.check_text(text.format(s=s)) if v.code == "FC102" and v.stated_text == s)
        assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["17,090", "24,410"]), v.message


@pytest.mark.parametrize(
    ("who", "wrong"),
    [
        # (with "market" beside the whole, a wrong share may be of the company's own sales)
        ("the Sorell market research agency", Status.UNVERIFIABLE),
        ("the Sorell data agency", Status.INCONSISTENT),
    ],
)
@pytest.mark.parametrize("s", ["12%", "21%"])
def test_a_research_agency_that_gives_the_total_owns_none_of_it(who: str, wrong: Status, s: str) -> None:
    text = (
        f"Last year 31,240 new cars were sold in Portugal, down 2.6% on 2022, {who} said on Thursday.\n\n"
        f"Kessel sold the largest number of new cars last year (3,760), accounting for {s} of all sales.\n"
    )
    v = next(v for v in factcheck.check_text(text) if v.code == "FC102" and v.stated_text == s)
    assert [e.quantity.text for e in v.evidence] == ["3,760", "31,240"], v.message
    assert v.status is (Status.CONSISTENT if s == "12%" else wrong), v.message


# Brands with their registrations and market shares in brackets, "(count and share)"
BRAND_BRACKETS = (
    "Coach registrations in Portugal reached 140 units in July.\n\n"
    "Halden led with 41 units and a market share of {h}, followed by Sorell (18 registrations, a market"
    " share of {s}), Orla (15 and {o}), Tessin (8 and 5.7%), Korvik (3 and 2.1%) and Zentro (1 and 0.7%).\n"
)


@pytest.mark.parametrize(("o", "status"), [("10.7%", Status.CONSISTENT), ("17.0%", Status.INCONSISTENT)])
def test_a_brands_count_and_share_in_brackets_joined_by_and(o: str, status: Status) -> None:
    # 15 of 140 = 10.71%
    vs = {v.stated_text: v for v in fc102(BRAND_BRACKETS.format(h="29.3%", s="12.9%", o=o))}
    v = vs[o]
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["15", "140"]), v.message
    assert [e.quantity.text for e in vs["2.1%"].evidence] == ["3", "140"]


def test_shares_of_a_list_cut_off_against_its_stated_whole_are_its_house_style() -> None:
    # 41 / 140 = 29.29% and 18 / 140 = 12.86%, each written cut off and none rounded up: the list
    # agrees on no other whole than the one it states, and the article writes its figures that way
    vs = {v.stated_text: v for v in fc102(BRAND_BRACKETS.format(h="29.2%", s="12.8%", o="10.7%"))}
    for t in ("29.2%", "12.8%"):
        v = vs[t]
        assert v.status is Status.UNVERIFIABLE and "house style" in v.message, v.message
        assert [e.quantity.text for e in v.evidence][-1] == "140", v.message


def test_a_share_cut_off_where_the_list_rounds_up_is_wrong() -> None:
    # 18 / 140 = 12.86% written 12.9%: the list rounds, so 29.2% for 29.29% is a slip
    vs = {v.stated_text: v for v in fc102(BRAND_BRACKETS.format(h="29.2%", s="12.9%", o="10.7%"))}
    v = vs["29.2%"]
    assert (v.status, v.diagnosis and v.diagnosis.code, v.suggestion) == (Status.INCONSISTENT, "truncated", "29.3%")
    assert vs["12.9%"].status is Status.CONSISTENT


@pytest.mark.parametrize("said", ["for the month of", "in May of", "of"])
def test_a_share_said_before_its_figure_then_the_level_with_it(said: str) -> None:
    # "its market share for the month of P with N registrations": N is the share's part
    text = (
        "Used import registrations in May slipped 1.7 per cent, bringing this month's total to 9,310.\n\n"
        f"Kessel stayed first, its market share {said} 21.6 per cent with 2,011 registrations.\n"
    )
    v = only(text)
    assert [(e.role, e.quantity.text) for e in v.evidence][:1] == [("part", "2,011")], v.message


def test_a_rate_that_accounts_for_an_overall_decrease_is_no_share() -> None:
    text = (
        "Car sales came to 8,640 in July, whereas 8,376 cars were sold in August, which accounts for a"
        " 3.06% overall decrease on the month."
    )
    assert fc102(text) == []


@pytest.mark.parametrize("gloss", [", or 56.4 percent,", " (56.4%)", " — 56.4 per cent —"])
def test_a_share_in_words_glossed_by_its_figure_takes_no_part_of_its_own(gloss: str) -> None:
    # the figure after the words is the share; another clause's level is no part of "more than half"
    text = (
        f"Zentro dealers sold 61,240 cars this year. More than half of all sales{gloss} were petrol cars, while"
        " diesel models sold 17,330 units, or 28.3 percent."
    )
    vs = [v for v in factcheck.check_text(text) if v.code == "FC102"]
    assert [(v.stated_text, v.status) for v in vs] == [("28.3 percent", Status.CONSISTENT)], [v.message for v in vs]


ZENTRO_EV = (
    "Dealers in Zentro registered 612 electric cars in August, 19.6 per cent of the 3,120 cars sold that month.\n\n"
    "That took electric registrations for the first eight months of the year to 3,087 cars.\n\n"
    "By brand origin, Korean EV makers led with a share of {r} per cent or 1,140 cars."
)


@pytest.mark.parametrize(("rate", "status"), [("36.9", Status.UNVERIFIABLE), ("36.3", Status.INCONSISTENT)])
def test_a_part_of_no_period_with_a_whole_of_another_period_that_fits(rate: str, status: Status) -> None:
    # 1,140 of the month's 3,120 cars is 36.54%, of the eight months' 3,087 EVs 36.93%: the part
    # names no period, so "36.9" may be of either whole; "36.3" fits neither
    vs = [
        v
        for v in factcheck.check_text(ZENTRO_EV.format(r=rate))
        if v.code == "FC102" and v.stated_text.startswith(rate)
    ]
    assert [v.status for v in vs] == [status], [v.message for v in vs]


def test_the_whole_of_one_share_is_no_part_of_the_next() -> None:
    # "15% of all new cars" has no part stated: 48,210 is the whole of the 71% before it
    text = (
        "Zentro dealers registered 96,400 cars in 2024, of which 14,100 were electric.\n\n"
        "These ten models made up 71% of the total 48,210 new electric cars and 15% of all new cars for the year."
    )
    vs = [v for v in factcheck.check_text(text) if v.code == "FC102" and v.stated_text == "15%"]
    assert [e.quantity.text for v in vs for e in v.evidence if e.role == "part"] == [], [v.message for v in vs]


@pytest.mark.parametrize(
    "other",
    [
        # a brand's figure of the year so far is another part, not a whole
        "So far this year Kessel leads with 245 buses.",
        # a total of another month and year
        "The strongest month before was October 2023, when 14,709 new cars were registered.",
    ],
)
def test_a_part_of_no_period_keeps_its_whole_against_other_parts_and_other_months(other: str) -> None:
    # 1,352 of the month's 15,985 is 8.5%: a mistyped "9%" stays an alarm, as neither other figure
    # could be this month's whole
    text = (
        "Vessa dealers registered 15,985 new cars in June.\n\n"
        f"{other}\n\n"
        "Orla remains the market leader with 21% market share (3,310 units), followed by Drevon with 11% (1,689"
        " units) and Halden with 9% market share (1,352 units)."
    )
    vs = [v for v in factcheck.check_text(text) if v.code == "FC102" and v.stated_text.startswith("9%")]
    assert [v.status for v in vs] == [Status.INCONSISTENT], [v.message for v in vs]


@pytest.mark.parametrize(
    "tail",
    [
        "4,430 units were sports models for a 3% share",
        "while sports models took 4,430 units, or 3% of the market",
    ],
)
def test_a_level_said_with_its_own_share_of_the_market_is_no_whole(tail: str) -> None:
    # the market's total is not stated: each class's share is of a whole the article never gives
    text = (
        "In May, 76,800 scooters were registered, making up 52% of the market. A total of 68,300"
        f" units were step-through models or 45% of the market, {tail}.\n"
    )
    shares = [v for v in fc102(text) if "4,430" in v.message]
    assert shares and all(v.status is Status.UNVERIFIABLE for v in shares), [v.message for v in shares]


MARKET_THEN_SHARES = (
    "Vehicle sales in Thailand fell 9.3 percent to 799,594 units from 881,832 units a year earlier.\n\n"
    "Leading the market is Orla with 266,005 units. {one}\n\n"
    "Kessel finished second with 144,295 unit sales. {two}\n"
)


@pytest.mark.parametrize(
    ("one", "two"),
    [
        (
            "Despite lower volume, Orla still leads with a solid {a}-percent market share.",
            "Kessel holds an {b} percent market share.",
        ),
        ("Orla ended the year with {a}% market share.", "Kessel is Orla's closest rival with a {b}% market share."),
    ],
)
@pytest.mark.parametrize(("a", "status"), [("33.3", Status.CONSISTENT), ("33.8", Status.INCONSISTENT)])
def test_a_named_companys_market_share_said_after_its_level(one: str, two: str, a: str, status: Status) -> None:
    # 266,005 / 799,594 = 33.27%, 144,295 / 799,594 = 18.05%: the share's part is the company's one level
    # in the sentence before, its whole the country's market total
    text = MARKET_THEN_SHARES.format(one=one.format(a=a), two=two.format(b="18"))
    got = {v.stated_text.split("-")[0].rstrip("%").split()[0]: v for v in fc102(text)}
    assert got[a].status is status, got[a].message
    assert [e.quantity.text for e in got[a].evidence] == ["266,005", "799,594"]
    assert got["18"].status is Status.CONSISTENT, got["18"].message


@pytest.mark.parametrize("verb", ["covering", "comprising"])
@pytest.mark.parametrize(("pct", "status"), [("36.1", Status.CONSISTENT), ("31.6", Status.INCONSISTENT)])
def test_covering_or_comprising_a_percent_of_the_market_is_a_share(verb: str, pct: str, status: Status) -> None:
    # 10,984 / 30,425 = 36.1%
    text = (
        "Vehicle sales in Tessin reached 30,425 units in January.\n\n"
        f"Passenger car sales totalled 10,984 units, {verb} {pct}% of the market.\n"
    )
    v = only(text)
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["10,984", "30,425"]


@pytest.mark.parametrize(("pct", "status"), [("41.33", Status.CONSISTENT), ("43.13", Status.INCONSISTENT)])
def test_these_accounted_for_a_share_of_the_level_the_sentence_before_gave(pct: str, status: Status) -> None:
    # 17,305 / 41,870 = 41.33%
    text = (
        "Industry sales climbed to 41,870 units in March, against 36,240 a year before.\n\n"
        f"Orla led the field in March with 17,305 units. These accounted for {pct}% of the"
        " industry's total sales.\n"
    )
    v = only(text)
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["17,305", "41,870"]


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        (
            "Electric SUVs found {whole} buyers by the end of May. The Orla Vento leads them with 506 sales to"
            " the end of May, or 62.3 per cent of sales in the electric SUV segment.",
            "62.3 per cent",
        ),
        (
            "Light trucks found {whole} buyers in June. Kessel's Tamber took 1,204 of them, a 42.1% share"
            " of the light truck class.",
            "42.1%",
        ),
        (
            "Sedan registrations reached {whole} in the quarter. Drevon's Rask, with 907 units, made up 31.7"
            " percent of the sedan segment.",
            "31.7 percent",
        ),
    ],
)
def test_a_share_of_a_named_segment_is_of_that_segments_total(text: str, rate: str) -> None:
    # the model's maker is named, and another maker was the talk just before; the segment's total
    # is nobody's, and is the whole all the same
    text = "Van market report\n\nSorell's new van sold 1,450 units.\n\n" + text
    (v,) = [v for v in fc102(text.format(whole="812" if "506" in text else "2,860")) if v.stated_text == rate]
    assert v.status is Status.CONSISTENT, v.message
    assert v.evidence[-1].quantity.text in ("812", "2,860")


@pytest.mark.parametrize(
    ("share", "gloss"),
    [("close to 50 per cent", "49.7 per cent"), ("about a third", "33.6%"), ("nearly 30%", "29.6%")],
)
def test_a_share_glossed_exactly_in_brackets_is_checked_at_both(share: str, gloss: str) -> None:
    whole, part = {"49.7 per cent": (640, 318), "33.6%": (640, 215), "29.6%": (625, 185)}[gloss]
    text = (
        f"Passenger cars found {whole} buyers to the end of May. The Tessin GT accounted for {part} sales,"
        f" or {share} ({gloss}) of the passenger car segment."
    )
    vs = {v.stated_text: v for v in fc102(text)}
    assert vs[gloss].status is Status.CONSISTENT, vs[gloss].message
    assert [e.quantity.text for e in vs[gloss].evidence][-1] == str(whole)


@pytest.mark.parametrize("shares", ["15.1% (14.2%)", "15% (14%)", "15% (16.2%)"])
def test_last_years_share_in_brackets_is_no_gloss(shares: str) -> None:
    # "15.1% (14.2%)": the bracket is another year's share, not this part's share said again
    text = f"The market reached 60,000 cars in March. Kessel sold 9,060 of them, taking {shares} of the market."
    assert [v.stated_text for v in fc102(text) if v.stated_text in shares.split("(")[1]] == []


@pytest.mark.parametrize(
    ("sentence", "stated"),
    [
        # a class of the breakdown after "followed by", then another after "and"
        (
            "In the fuel mix, petrol cars held a 47 percent share (235,000), followed by hybrids at 27.2 percent"
            " ({hyb}) and electric cars at 17.8 percent (89,000).",
            "27.2 percent",
        ),
        ("Petrol cars took 47% (235,000), followed closely by hybrid cars with 27.2% ({hyb}).", "27.2%"),
        # "cornering N% of": a share verb
        ("Hybrids led with {hyb} registrations, cornering 27.2 per cent of the total car market.", "27.2 per cent"),
    ],
)
def test_a_class_followed_by_its_share_and_a_share_cornered(sentence: str, stated: str) -> None:
    text = "Passenger car sales rose to 500,000 units in Vessa last year.\n\n" + sentence
    (v,) = [v for v in fc102(text.format(hyb="136,000")) if v.stated_text == stated]
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["136,000", "500,000"]
    (w,) = [v for v in fc102(text.format(hyb="163,000")) if v.stated_text == stated]
    assert w.status is Status.INCONSISTENT, w.message


@pytest.mark.parametrize(
    ("line", "part"),
    [
        ("Kessel led with 24.73 GWh, a {s} share of the total.", "24.73 GWh"),
        ("Lithium iron phosphate batteries made up 24.73 GWh, or {s} of the total.", "24.73 GWh"),
        ("Ternary batteries came to 24.73 GWh in the month, accounting for {s} of the total.", "24.73 GWh"),
    ],
)
def test_battery_installations_in_gwh_are_shares_of_the_installed_total(line: str, part: str) -> None:
    head = (
        "Installed power battery capacity in the country reached 54.5 GWh in September, the industry alliance said.\n\n"
    )
    (v,) = fc102(head + line.format(s="45.4 percent"))
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence][:2] == [part, "54.5 GWh"]
    (w,) = fc102(head + line.format(s="54.4 percent"))
    assert w.status is Status.INCONSISTENT, w.message


def test_an_amount_of_energy_is_no_share_of_a_count_of_cars() -> None:
    text = (
        "Kessel sold 54,500 cars in September.\n\n"
        "Its battery arm installed 24.73 GWh, a 45.4 percent share of the total."
    )
    assert all(not any(e.quantity.text == "54,500" for e in v.evidence) for v in fc102(text))


@pytest.mark.parametrize(
    "opener",
    ["Out of the total sales for the quarter", "Of the total market in the half", "Among the total registrations"],
)
def test_shares_of_the_total_a_sentence_opens_on_by_name(opener: str) -> None:
    text = (
        "Sales of cars and trucks in the country fell 21 percent in the first half to 180,400 units.\n\n"
        "The first six months included 74,300 passenger cars and 106,100 commercial vehicles.\n\n"
        f"{opener}, Orla sold 70,100 units or {{a}} percent while Kessel came second with 38,200 units or"
        " 21.2 percent."
    )
    vs = fc102(text.format(a="38.9"))
    assert [(v.status, v.evidence[1].quantity.text) for v in vs] == [
        (Status.CONSISTENT, "180,400"),
        (Status.CONSISTENT, "180,400"),
    ], [v.message for v in vs]
    assert fc102(text.format(a="83.9"))[0].status is not Status.CONSISTENT


@pytest.mark.parametrize(
    "text",
    [
        "Electric cars took a record share of {s} of new car sales in March. There were 4,118 electric cars"
        " sold in the month, out of a total of 61,790 vehicles.",
        "Electric cars made up {s} of the overall market last month. In all, 61,790 vehicles were sold, with"
        " battery electric cars making up 4,118 of them.",
    ],
)
def test_a_share_with_its_part_and_whole_said_in_the_next_sentence(text: str) -> None:
    v = only(text.format(s="6.7%"))
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence][:2] == ["4,118", "61,790"]
    assert only(text.format(s="7.6%")).status is Status.INCONSISTENT


def test_a_share_of_another_class_than_the_part_said_next_is_not_paired() -> None:
    text = (
        "Plug-in hybrids took a record share of 6.7% of new car sales in March. There were 4,118 electric cars sold"
        " in the month, out of a total of 61,790 vehicles."
    )
    assert all(not any(e.quantity.text == "4,118" for e in v.evidence) for v in fc102(text))


@pytest.mark.parametrize("body", ["the industry association Norvia", "the trade body Norvia"])
def test_an_association_named_as_the_source_is_no_company_of_the_market_total(body: str) -> None:
    text = (
        "Chile's new-car registrations fell 4 percent in March.\n\n"
        f"Registrations were 41,200 units, according to {body}.\n\n"
        "Sales of diesel cars fell 12 percent to 10,300 units and a 25.0 percent market share, Norvia said.\n\n"
        "Rental companies registered 12,880 cars."
    )
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC102"]
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["10,300", "41,200"]


@pytest.mark.parametrize("sources", ["Anac, Vessa Data and Norvia", "Anac and Norvia"])
def test_every_source_of_a_list_is_no_company_and_lpg_is_no_name(sources: str) -> None:
    text = (
        f"In May, 18,400 new cars were registered in Chile, according to {sources}. "
        "Hybrid registrations rose 9 percent to 9,100. Petrol models came to 2,208 registrations, or 12.0 percent "
        "of the market, with diesel and LPG models at 310 and 22 in turn."
    )
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC102"]
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["2,208", "18,400"]


@pytest.mark.parametrize(("share", "status"), [("73.0%", Status.CONSISTENT), ("37.0%", Status.INCONSISTENT)])
def test_a_share_in_brackets_of_the_cumulative_total_before(share: str, status: Status) -> None:
    # 301.2 / 412.6 = 73.0%; "From January to May, cumulative ..." is the months so far, not all time
    text = (
        "From January to May, cumulative shipments reached 412.6 GWh, up 38.1% YoY. "
        f"Shipments of power batteries totaled 301.2 GWh ({share} share)."
    )
    v = only(text)
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["301.2 GWh", "412.6 GWh"]), v.message


@pytest.mark.parametrize(("share", "status"), [("77.9%", Status.CONSISTENT), ("79.7%", Status.INCONSISTENT)])
def test_installations_are_a_share_of_installations_not_of_sales(share: str, status: Status) -> None:
    # 32.4 / 41.6 = 77.9%; "that for LFP batteries" is the installations said before it
    text = (
        "In May, battery sales in China hit 88.0 GWh, up 6.1% MoM.\n\n"
        "In May, battery installations reached 41.6 GWh, up 3.1% MoM. NCM battery installations totaled"
        f" 9.2 GWh (22.1% share). And that for LFP batteries was 32.4 GWh ({share} share)."
    )
    vs = [v for v in fc102(text) if v.stated_text.startswith(share)]
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [(status, ["32.4 GWh", "41.6 GWh"])]


@pytest.mark.parametrize(
    ("share", "status"), [("6.71 percent", Status.CONSISTENT), ("7.61 percent", Status.INCONSISTENT)]
)
def test_installed_capacity_is_a_share_of_the_installation_volume(share: str, status: Status) -> None:
    # 3.69 / 55.0 = 6.71%
    text = (
        "Battery installation volume in China reached 55.0 GWh in October.\n\n"
        f"Sorvi came third, with an installed capacity of 3.69 GWh in the month and a {share} market share."
    )
    v = only(text)
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["3.69 GWh", "55.0 GWh"]), v.message


@pytest.mark.parametrize(
    ("share", "status"), [("41.4 percent", Status.CONSISTENT), ("14.4 percent", Status.INCONSISTENT)]
)
def test_a_part_that_names_no_country_is_a_share_of_the_country_total_before_it(share: str, status: Status) -> None:
    # 61,420 / 148,260 = 41.4%; the division's own May sales (126,300) are a part, not the whole
    text = (
        "Vessa Group reported U.S. May sales of 148,260 vehicles, down 1.1 percent. May electrified vehicle"
        f" sales came to 61,420, up 52.3 percent, representing {share} of total monthly sales.\n\n"
        "The Vessa division posted May sales of 126,300 vehicles, down 2.0 percent."
    )
    v = only(text)
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["61,420", "148,260"]), v.message


_MARKET_THEN_LEADERS = (
    "New vehicle sales fell 4.1 percent on the same month in 2024, with a total of 88,214 registrations recorded.\n\n"
    "Orla held the top spot again as Orla recorded 15,902 sales for May. That is 12 cars more than a year earlier,"
    " or a 0.1 per cent gain. Its market share was {a} per cent, a strong result.\n\n"
    "Kessel came second with 7,311 sales. That is a gain of 402 cars, or 5.8 per cent, for the brand, with an {b}"
    " per cent market share."
)


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [("18.0", "8.3", Status.CONSISTENT), ("81.0", "3.8", Status.INCONSISTENT)],
)
def test_a_leaders_share_after_a_sentence_of_its_change_is_of_the_market_total(a: str, b: str, status: Status) -> None:
    # 15,902 / 88,214 = 18.0%; 7,311 / 88,214 = 8.3%
    vs = fc102(_MARKET_THEN_LEADERS.format(a=a, b=b))
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [
        (status, ["15,902", "88,214"]),
        (status, ["7,311", "88,214"]),
    ], [v.message for v in vs]


@pytest.mark.parametrize(("share", "status"), [("7.1%", Status.CONSISTENT), ("7.2%", Status.INCONSISTENT)])
def test_a_share_whose_next_sentence_names_the_total_it_was_worked_out_on(share: str, status: Status) -> None:
    # 6,214 / 87,530 = 7.1%
    # (not of the 80,000 EVs on the roads, a wider total said before)
    text = (
        "Figures from the industry body show that total EVs on the roads approach 80,000.\n\n"
        "In April, EVs accounted for 5.4% of all vehicles sold. "
        f"In May, EVs accounted for {share} of all sales, with 6,214 EVs sold during the month. "
        "The share is calculated from a total of 87,530 vehicles."
    )
    vs = [v for v in fc102(text) if v.stated_text == share]
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [(status, ["6,214", "87,530"])]


# Each period's share of "total sales for the period": the total of the same period, not a division's
_PERIOD_TOTALS = (
    "Orla Motors North America booked third-quarter U.S. sales of 512,400 vehicles. Its hybrids came to"
    " 181,900 in the quarter, up 22.0 percent on volume and up 20.1 percent on a per-day selling rate"
    " basis{comma} representing {share} percent of the quarter's total sales.\n\n"
    "The Orla division recorded 140,220 sales in September. In the third quarter, the division shipped"
    " 441,760 vehicles, up 3.1 percent."
)


@pytest.mark.parametrize(
    ("share", "status"),
    [("35.5", Status.CONSISTENT), ("53.5", Status.INCONSISTENT), ("35.6", Status.INCONSISTENT)],
)
@pytest.mark.parametrize("comma", [",", ""])
def test_a_share_after_a_change_said_two_ways_is_of_its_periods_total(share: str, status: Status, comma: str) -> None:
    # 181,900 / 512,400 = 35.50%; "the division" is the Orla division of the sentence before, no
    # whole of the group's hybrids
    vs = fc102(_PERIOD_TOTALS.format(share=share, comma=comma))
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [(status, ["181,900", "512,400"])], [
        v.message for v in vs
    ]


_RANKING_GOES_ON = (
    "Registrations reached 84,200 units by the end of June, with passenger cars at 71,900 and light"
    " commercial vehicles at 12,300.\n\n"
    "Orla leads the passenger car segment with a 24.1% share, or 17,330 registrations.\n\n"
    "{opening} with a {share} market share, having sold 8,960 units so far this year."
)


@pytest.mark.parametrize(
    "opening",
    ["Kessel holds second place", "Kessel came second", "It was followed by Kessel"],
)
@pytest.mark.parametrize(("share", "status"), [("12.46%", Status.CONSISTENT), ("14.26%", Status.INCONSISTENT)])
def test_a_ranking_that_goes_on_in_a_new_paragraph_keeps_its_segment(opening: str, share: str, status: Status) -> None:
    # 8,960 / 71,900 = 12.46% of the passenger cars the ranking is of (10.64% of all 84,200)
    vs = [v for v in fc102(_RANKING_GOES_ON.format(opening=opening, share=share)) if v.stated_text == share]
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [(status, ["8,960", "71,900"])], [
        v.message for v in vs
    ]


def test_a_new_paragraph_without_a_place_in_the_ranking_takes_no_segment_from_before() -> None:
    text = _RANKING_GOES_ON.format(opening="Kessel did well too", share="10.64%")
    vs = [v for v in fc102(text) if v.stated_text == "10.64%"]
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [
        (Status.CONSISTENT, ["8,960", "84,200"])
    ], [v.message for v in vs]


@pytest.mark.parametrize(
    ("used", "new", "levels", "statuses"),
    [
        ("73%", "27%", ("63,100", "23,200", "86,300"), [Status.CONSISTENT, Status.CONSISTENT]),
        ("37%", "27%", ("63,100", "23,200", "86,300"), [Status.INCONSISTENT, Status.CONSISTENT]),
        ("73%", "72%", ("63,100", "23,200", "86,300"), [Status.CONSISTENT, Status.INCONSISTENT]),
        ("73%", "27%", ("63.1 thousand", "23.2 thousand", "86.3 thousand"), [Status.CONSISTENT, Status.CONSISTENT]),
    ],
)
def test_shares_with_their_levels_in_brackets_after_of_which(
    used: str, new: str, levels: tuple[str, str, str], statuses: list[Status]
) -> None:
    # 63,100 / 86,300 = 73.1%; 23,200 / 86,300 = 26.9%
    a, b, whole = levels
    text = (
        f"In May, {whole} cars were imported to Korvik, of which {used} ({a}) were used cars, and {new} ({b}) were new."
    )
    vs = fc102(text)
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [
        (statuses[0], [a, whole]),
        (statuses[1], [b, whole]),
    ], [v.message for v in vs]


@pytest.mark.parametrize(("share", "status"), [("8.01%", Status.CONSISTENT), ("8.10%", Status.INCONSISTENT)])
@pytest.mark.parametrize("tail", [" with 5,120 cars sold", " with 5,120 registrations"])
def test_a_share_of_the_market_with_its_level_after_it_keeps_the_segment_talked_of(
    share: str, status: Status, tail: str
) -> None:
    # 5,120 / 63,900 = 8.01% of the passenger cars the paragraph is about (7.17% of all 71,400); the
    # words of the part's own clause ("with") describe no whole
    text = (
        "The market edged up, with 71,400 vehicles registered through May.\n\n"
        "Passenger car registrations came to 63,900 and light commercial vehicles to 7,500.\n\n"
        "Among passenger cars, Orla stayed on top with 16,800 registrations. Kessel was next on"
        f" 9,900, while Drevon took {share} of the market{tail}."
    )
    vs = [v for v in fc102(text) if v.stated_text == share]
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [(status, ["5,120", "63,900"])], [
        v.message for v in vs
    ]


@pytest.mark.parametrize("verb", ["made up", "took up", "totaled"])
@pytest.mark.parametrize(("share", "status"), [("6.3%", Status.CONSISTENT), ("3.6%", Status.INCONSISTENT)])
def test_a_share_after_made_up_and_its_level(verb: str, share: str, status: Status) -> None:
    # 24,400 / 388,000 = 6.29%: "made up 24,400" is a part of the total, not a rise of 24,400
    text = (
        "Orla delivered 388,000 vehicles in the half. Diesel models accounted for 310,200 units (80%) of the"
        f" total, while battery-electric cars {verb} 24,400 units ({share}) and hybrids came to 53,400 units"
        " (13.8%)."
    )
    vs = [v for v in fc102(text) if v.stated_text == share]
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [(status, ["24,400", "388,000"])], [
        v.message for v in fc102(text)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # the level the share is said for
        "Orla kept the lead with a market share of {s} for 11,420 cars sold.",
        "Orla held a {s} share of the market for 11,420 registrations.",
        # the level joined by "and a record"
        "Orla kept the lead with a market share of {s} and a record 11,420 cars sold.",
        # a ranked brand "with N% or LEVEL", the market share said in the sentence before
        "Orla stayed in first place, with {s} or 11,420 cars sold.",
        "Orla came in at No. 1 with {s} or 11,420 units.",
    ],
)
@pytest.mark.parametrize(
    ("share", "status"), [("31.5 percent", Status.CONSISTENT), ("35.1 percent", Status.INCONSISTENT)]
)
def test_a_ranked_brands_share_and_the_level_it_is_said_with(sentence: str, share: str, status: Status) -> None:
    text = (
        "A total of 36,240 new cars were registered in Norway in March, the importers said.\n\n"
        "Kessel was second with a market share of 9.1 percent or 3,298 cars. " + sentence.format(s=share)
    )
    (v,) = [v for v in fc102(text) if v.stated_text.strip() == share]
    assert v.status is status, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("part", "11,420"), ("whole", "36,240")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Orla's sales rose 10.2 percent or 1,060 units to 11,420.",  # a rise said both ways
        "Orla grew with 10.2 percent or 1,060 units in March.",
    ],
)
def test_a_rate_said_with_its_amount_in_a_ranking_is_no_share(sentence: str) -> None:
    text = (
        "A total of 36,240 new cars were registered in Norway in March, the importers said.\n\n"
        "Kessel was second with a market share of 9.1 percent or 3,298 cars, and Orla stayed in first place. "
        + sentence
    )
    assert not [v for v in fc102(text) if v.stated_text.strip() == "10.2 percent"]


@pytest.mark.parametrize(
    "baseline",
    [
        "growing from the 58% of 2024",
        "up from the 58 percent a year earlier",
        "compared with the 58% recorded in 2024",
        "versus the 58 per cent of the year before",
    ],
)
def test_a_share_the_year_before_said_with_the_is_no_share_of_this_years_figures(baseline: str) -> None:
    text = f"In Norvia, 72 per cent of the coaches registered in 2025 ran on diesel (306 out of 425), {baseline}."
    vs = fc102(text)
    assert [v.stated_text.strip() for v in vs] == ["72 per cent"], [v.message for v in vs]
    assert vs[0].status is Status.CONSISTENT, vs[0].message


@pytest.mark.parametrize(
    "second",
    [
        "Another {s} were full hybrids (2,677 units), and only 3.1 percent (572 units) were electric.",
        "A further {s} were self-charging hybrid cars (2,677 units).",
    ],
)
@pytest.mark.parametrize(
    ("share", "status"), [("14.5 percent", Status.CONSISTENT), ("15.4 percent", Status.INCONSISTENT)]
)
def test_a_share_then_its_class_then_its_level_in_brackets(second: str, share: str, status: Status) -> None:
    text = (
        "In the first half, a total of 18,460 new passenger cars were sold in Norway.\n\n"
        "Petrol models accounted for 47.2 percent of sales (8,713 units), and diesel models for 22.6 percent"
        " (4,172 units). " + second.format(s=share)
    )
    got = {v.stated_text.strip(): v for v in fc102(text)}
    v = got[share]
    assert v.status is status, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("part", "2,677"), ("whole", "18,460")]
    # the elided verb of the list's second member
    assert got["22.6 percent"].status is Status.CONSISTENT, got["22.6 percent"].message
    assert [e.quantity.text for e in got["22.6 percent"].evidence] == ["4,172", "18,460"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Another 14.5 percent were higher (2,677 units).",
        "Sales were 14.5 percent up (2,677 units).",
    ],
)
def test_a_rate_then_a_word_of_change_is_no_share_of_its_class(sentence: str) -> None:
    text = "A total of 18,460 new passenger cars were sold in Norway.\n\n" + sentence
    assert not [v for v in fc102(text) if v.stated_text.strip() == "14.5 percent"]


@pytest.mark.parametrize(
    "company",
    [
        "Despite rising electric vehicle sales, Kessel registered only 1,060 units, down from 1,610.",
        "Among the brands, Kessel sold just 1,060 electric vehicles, against 1,610 a year ago.",
        "Among the electric car makers, Drevon delivered 1,060 units in May.",
    ],
)
def test_a_market_share_with_no_figure_is_no_share_of_one_companys_level(company: str) -> None:
    # 1,060 of 30,190 is 3.5%: the share is the market's, not the company's
    text = (
        "A total of 30,190 new passenger cars were registered in May. Electric vehicles took nearly 35%"
        f" of the market. {company}"
    )
    assert [v for v in fc102(text) if v.status is Status.INCONSISTENT] == [], [v.message for v in fc102(text)]


@pytest.mark.parametrize(("stated", "status"), [("nearly 35%", Status.CONSISTENT), ("nearly 53%", Status.INCONSISTENT)])
@pytest.mark.parametrize("subject", ["These EVs took", "Those battery cars took", "They took"])
def test_a_share_whose_subject_points_back_takes_the_level_of_the_sentence_before(
    stated: str, status: Status, subject: str
) -> None:
    # 10,450 of 30,190 is 34.6%
    text = (
        "A total of 30,190 new passenger cars were registered in May. Of these, fully electric cars"
        f" accounted for 10,450 units, up 8% on a year earlier. {subject} {stated} of the market."
    )
    vs = [v for v in fc102(text) if v.stated_text == stated]
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [(status, ["10,450", "30,190"])], [
        v.message for v in fc102(text)
    ]


def _pairs(text: str, stated: str) -> list:
    return [(v.status, [e.quantity.text for e in v.evidence]) for v in fc102(text) if v.stated_text == stated]


@pytest.mark.parametrize(("stated", "status"), [("78.4%", Status.CONSISTENT), ("87.4%", Status.INCONSISTENT)])
@pytest.mark.parametrize(
    "said",
    [
        "Small scooters were {stated} of the sales with 48,230 units.",
        "Entry models took {stated} of the registrations with 48,230 units.",
        "Budget bikes made up {stated} of the total with 48,230 units.",
    ],
)
def test_a_share_of_the_sales_said_with_its_level(stated: str, status: Status, said: str) -> None:
    # 48,230 of 61,540 is 78.4%
    text = "The association says 61,540 motorcycles were registered in June. " + said.format(stated=stated)
    assert _pairs(text, stated) == [(status, ["48,230", "61,540"])], [v.message for v in fc102(text)]


@pytest.mark.parametrize(("stated", "status"), [("18.6%", Status.CONSISTENT), ("16.8%", Status.INCONSISTENT)])
@pytest.mark.parametrize(
    "said",
    [
        "Mid-size models reached 11,450 units registered ({stated} of the market) and large models 2,310 units (3.8%).",
        "Mid-size bikes came to 11,450 units ({stated} of the total), while large ones totalled 2,310 units (3.8%).",
        "Mid-size models sold 11,450 units ({stated} of the segment) and large models 2,310 units (3.8%).",
    ],
)
def test_a_share_in_brackets_that_names_its_whole_after_a_level(stated: str, status: Status, said: str) -> None:
    # 11,450 of 61,540 is 18.6%; 2,310 of 61,540 is 3.8%
    text = "The association says 61,540 motorcycles were registered in June. " + said.format(stated=stated)
    assert _pairs(text, stated) == [(status, ["11,450", "61,540"])], [v.message for v in fc102(text)]
    assert _pairs(text, "3.8%") == [(Status.CONSISTENT, ["2,310", "61,540"])], [v.message for v in fc102(text)]


@pytest.mark.parametrize(
    ("stated", "status"), [("21.4 percent", Status.CONSISTENT), ("24.1 percent", Status.INCONSISTENT)]
)
@pytest.mark.parametrize(
    "said",
    [
        "{stated} of these vehicles, that is, 104,220, were scooters.",
        "Scooters made up {stated} of them, or 104,220 units.",
        "{stated} of those sales, i.e. 104,220, were second-hand vans.",
    ],
)
def test_a_share_of_the_figure_before_said_again_as_a_level(stated: str, status: Status, said: str) -> None:
    # 104,220 of 487,310 is 21.4%
    text = "In August, 487,310 used vehicles changed hands. " + said.format(stated=stated)
    assert _pairs(text, stated) == [(status, ["104,220", "487,310"])], [v.message for v in fc102(text)]


@pytest.mark.parametrize(("stated", "status"), [("12.4%", Status.CONSISTENT), ("14.2%", Status.INCONSISTENT)])
@pytest.mark.parametrize(
    "said",
    [
        "Of the 8,405,120 light vehicles sold in Norvia from January to June, imports represented {stated} of"
        " such total, or 1,042,300 units.",
        "Of the 8,405,120 cars sold in the first half, Lumea-built models took {stated} of the market, or"
        " 1,042,300 vehicles.",
        "Of all 8,405,120 vehicles sold in the half, pickups were {stated} of that figure, or 1,042,300 units.",
    ],
)
def test_a_share_of_the_whole_the_sentence_opens_on_with_its_level_after_or(
    stated: str, status: Status, said: str
) -> None:
    # 1,042,300 of 8,405,120 is 12.4%
    text = said.format(stated=stated)
    assert _pairs(text, stated) == [(status, ["1,042,300", "8,405,120"])], [v.message for v in fc102(text)]


@pytest.mark.parametrize(
    ("stated", "status"), [("76.1 percent", Status.CONSISTENT), ("67.1 percent", Status.INCONSISTENT)]
)
@pytest.mark.parametrize(
    "said",
    [
        "Norway accounted for {stated} of the exports, importing 1,961,100 units from Lumea.",
        "Its home market took {stated} of the exports, registering 1,961,100 of them.",
        "The largest buyer made up {stated} of the exports, shipping 1,961,100 vehicles onward.",
    ],
)
def test_a_share_then_the_level_its_subject_moved(stated: str, status: Status, said: str) -> None:
    # 1,961,100 of 2,575,400 is 76.1%
    text = "Lumea exported 2,575,400 vehicles in the period. " + said.format(stated=stated)
    assert _pairs(text, stated) == [(status, ["1,961,100", "2,575,400"])], [v.message for v in fc102(text)]


@pytest.mark.parametrize(
    ("share", "status"), [("21 per cent", Status.CONSISTENT), ("12 per cent", Status.INCONSISTENT)]
)
@pytest.mark.parametrize(
    "total",
    [
        "Total sales of 64,210 cars and vans were the best since 2008.",
        "Total registrations reached 64,210 last year, the best since 2008.",
        "Across the country, total deliveries came to 64,210 last year.",
    ],
)
def test_a_sentence_of_total_sales_of_no_company_is_the_markets_total(share: str, status: Status, total: str) -> None:
    # 13,480 / 64,210 = 21.0%
    text = (
        "# Halden new-car sales jump\n\nBuyers in the Halden region took nearly 9,000 new cars last year, a fifth"
        f" more than in 2023.\n\n{total}\n\nThe new K4 carried Kessel to total sales of 13,480 units and a {share}"
        " share of the market, ahead of Orla."
    )
    vs = [v for v in factcheck.check_text(text) if v.code == "FC102"]
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [(status, ["13,480", "64,210"])], [
        v.message for v in vs
    ]


@pytest.mark.parametrize(("stated", "status"), [("37.5%", Status.CONSISTENT), ("73.5%", Status.INCONSISTENT)])
@pytest.mark.parametrize(
    "said",
    [
        "Drevon built 80,000 cars in March. Of these, SUVs accounted for 62.5% (50,000 units), while sedans"
        " made up {stated} (30,000 units).",
        "Drevon built 80,000 cars in March. Sedans made up {stated} (30,000 cars) of the total.",
        "Drevon builds 80,000 cars a month. Sedans make up {stated} (30,000 vehicles) of that output.",
    ],
)
def test_a_share_made_up_with_its_level_in_brackets_is_no_change(stated: str, status: Status, said: str) -> None:
    # "made up 37.5% (30,000": the verb is "make up", not a rise of 37.5% whose amount is 30,000
    # 30,000 of 80,000 is 37.5%
    text = said.format(stated=stated)
    assert _pairs(text, stated) == [(status, ["30,000", "80,000"])], [v.message for v in fc102(text)]


@pytest.mark.parametrize(
    ("stated", "status"), [("30.8 percent", Status.CONSISTENT), ("38.0 percent", Status.INCONSISTENT)]
)
@pytest.mark.parametrize(
    "said",
    [
        "Kessel shipped 12,000 trucks in May. Exports accounted for {stated} (3,700 trucks).",
        "Kessel shipped 12,000 buses in May. Exports represented {stated} (3,700 buses) of the total.",
        "Kessel sold 12.0 GWh of battery cells in May. Exports accounted for {stated} (3.7 GWh) of the total.",
    ],
)
def test_a_shares_level_in_brackets_names_any_class_of_vehicle_or_energy(
    stated: str, status: Status, said: str
) -> None:
    # 3,700 of 12,000 (3.7 of 12.0) is 30.8%
    text = said.format(stated=stated)
    part, whole = ("3.7 GWh", "12.0 GWh") if "GWh" in text else ("3,700", "12,000")
    assert _pairs(text, stated) == [(status, [part, whole])], [v.message for v in fc102(text)]


@pytest.mark.parametrize(("stated", "status"), [("35.0%", Status.CONSISTENT), ("53.0%", Status.INCONSISTENT)])
@pytest.mark.parametrize(
    "said",
    [
        "In June, Norvia's battery makers sold 140.0 GWh. In June, Norvia shipped 30.0 GWh abroad as exports."
        " Cell exports came to 19.5 GWh (65.0% share). Pack exports were 10.5 GWh ({stated} share).",
        "Norvia's battery sales reached 140.0 GWh in June, and exports 30.0 GWh in June. Of the exports,"
        " cells were 19.5 GWh (65.0% share). Pack exports amounted to 10.5 GWh ({stated} share).",
        "In June, total battery sales hit 140.0 GWh in Norvia. Exports were 30.0 GWh in June. Cell exports"
        " rose to 19.5 GWh (65.0% share), and pack exports to 10.5 GWh ({stated} share).",
    ],
)
def test_an_exports_share_naming_no_whole_is_of_the_exports(stated: str, status: Status, said: str) -> None:
    # 10.5 of 30.0 is 35.0%; of all sales it would be 7.5%
    text = said.format(stated=stated)
    assert _pairs(text, stated) == [(status, ["10.5 GWh", "30.0 GWh"])], [v.message for v in fc102(text)]


@pytest.mark.parametrize(
    ("stated", "status"), [("24.8 percent", Status.CONSISTENT), ("28.4 percent", Status.INCONSISTENT)]
)
@pytest.mark.parametrize(
    "said",
    [
        "Halden Motor sold 180,600 motorbikes in May. The Vessa was the most popular scooter, with 44,790 units"
        " sold, or {stated}.",
        "Halden Motor sold 180,600 motorbikes in May, down 3% from April. Its best-selling model remained the"
        " Vessa, with 44,790 units, or {stated} of the total.",
        "In May Halden Motor delivered 180,600 motorbikes. The Vessa, the top-selling scooter, found 44,790"
        " buyers, making up {stated} of the total.",
    ],
)
def test_a_ranked_models_share_is_of_its_makers_total(stated: str, status: Status, said: str) -> None:
    # 44,790 of 180,600 is 24.8%: the model's own name is no other company
    text = said.format(stated=stated)
    assert _pairs(text, stated) == [(status, ["44,790", "180,600"])], [v.message for v in fc102(text)]


def test_a_ranked_models_share_is_not_of_another_models_level() -> None:
    # 1,580 of 2,710 cars is 58.3%; the scooter's 44,790 before it is a sibling, no whole
    text = (
        "Halden Motor sold 2,710 cars in May. Its most popular model of all, the Vessa scooter, sold 44,790 units."
        " The Sorvi was the best-selling car model, with 1,580 units, making up 58 percent of the total."
    )
    assert _pairs(text, "58 percent") == [(Status.CONSISTENT, ["1,580", "2,710"])], [v.message for v in fc102(text)]


def test_a_ranked_brands_share_is_no_share_of_a_rivals_total() -> None:
    # a brand, not a model: 5,000 of Orla's 30,000 would be 16.7%, but Kessel's share is of a market
    # whose total the article does not give
    text = "Orla sold 30,000 cars in May. Kessel was the best-selling import brand, with 5,000 units, or 17 percent."
    assert all(ev[1:] != ["30,000"] for _, ev in _pairs(text, "17 percent")), [v.message for v in fc102(text)]


@pytest.mark.parametrize(
    ("stated", "status"), [("32.3 percent", Status.CONSISTENT), ("23.3 percent", Status.INCONSISTENT)]
)
@pytest.mark.parametrize(
    "said",
    [
        "Scooter makers sold 1.14-million units in 2025. Halden's share was {stated}, with 368,270 units.",
        "Norvia's motorbike market reached 1.14-million units in 2025, of which Halden took 368,270, or {stated}.",
        "Of the 1.14-million scooters sold in Norvia in 2025, Halden sold 368,270, a {stated} share.",
    ],
)
def test_a_whole_with_its_scale_joined_by_a_hyphen(stated: str, status: Status, said: str) -> None:
    # 368,270 of 1.14 million is 32.3% (never of 1.14)
    text = said.format(stated=stated)
    assert _pairs(text, stated) == [(status, ["368,270", "1.14-million"])], [v.message for v in fc102(text)]


@pytest.mark.parametrize(
    ("text", "right", "wrong", "parts", "whole"),
    [
        (
            "Korvik built 712,400 cars last year. It built 64,210 electric cars and 18,930 plug-in hybrids, "
            "which represents {p} of that output.",
            "11.7 percent",
            "17.1 percent",
            ["64,210", "18,930"],
            "712,400",
        ),
        (
            "Tessin delivered 50,000 vehicles in 2024. It delivered 6,000 electric cars and 4,000 plug-in hybrids, "
            "or {p} of the total.",
            "20%",
            "2%",
            ["6,000", "4,000"],
            "50,000",
        ),
        (
            "Lumea sold 200,000 cars in March. Lumea sold 30,000 SUVs and 20,000 vans, accounting for {p} of "
            "the month's sales.",
            "25 percent",
            "52 percent",
            ["30,000", "20,000"],
            "200,000",
        ),
    ],
)
def test_a_clause_after_two_levels_joined_by_and_is_said_of_both(
    text: str, right: str, wrong: str, parts: list[str], whole: str
) -> None:
    v = only(text.format(p=right))
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence if e.role == "part"] == parts
    assert [e.quantity.text for e in v.evidence if e.role == "whole"] == [whole]
    # a slip in the rate is never ticked (the second level alone is no part: 2.7% of 712,400)
    assert only(text.format(p=wrong)).status is not Status.CONSISTENT


@pytest.mark.parametrize(
    "segment",
    ["the private vehicle segment", "the private car market", "the PC segment"],
)
def test_a_share_of_the_segment_its_clause_names_takes_that_segments_total(segment: str) -> None:
    text = (
        "New vehicle sales reached 156,920 units in the first eleven months.\n\n"
        "By segment, passenger cars (PCs) stood at 137,544 units, while light commercial vehicles stood "
        "at 19,376 units.\n\n"
        f"Orla still dominates {segment}, with a market share of 29.04%, or 39,940 registrations."
    )
    v = only(text)
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence if e.role == "whole"] == ["137,544"]


@pytest.mark.parametrize(
    "text",
    [
        "SUVs took just under 56% of the market for the year (682,140, +18.2%), up from 53.1% in 2023.",
        "Utes held a 21% share of sales (255,530, +6.9%) in a market of 1,216,780 vehicles.",
        "Light trucks made up 17.4% of sales (211,360, -4.1%), while cars fell further.",
    ],
)
def test_a_signed_rate_in_brackets_beside_a_level_is_no_share(text: str) -> None:
    assert all(v.stated_text.strip()[0] not in "+-" for v in fc102(text)), [v.message for v in fc102(text)]


@pytest.mark.parametrize(
    "own",
    [
        "all hybrids sold in the country last year",
        "every hybrid registered nationally",
        "the hybrid segment across the market",
    ],
)
def test_a_share_that_names_a_whole_of_its_own_is_not_of_the_total_the_sentence_opens_on(own: str) -> None:
    text = (
        "Of the 215,240 new vehicles Kessel sold in 2024, 72,064 were hybrids, a third (33.5 per cent) of "
        f"its deliveries and most (71.8 per cent) of {own}."
    )
    by = {v.stated_text.strip(): v for v in fc102(text)}
    assert by["33.5 per cent"].status is Status.CONSISTENT
    assert by["71.8 per cent"].status is Status.UNVERIFIABLE, by["71.8 per cent"].message


# A brand's level, its own change, then its share in brackets: a share of the month's market.
# The month's market, whose total the shares of the tests below are of.
_MAY_MARKET = (
    "The importers' association said that May new car sales in Portugal of 10,000 units had decreased 0.5%"
    " from the same month one year ago.\n\n"
)
_BRACKET_AFTER_OWN_RATE = (
    _MAY_MARKET + "Orla Group sales of 2,630 units decreased 4.0% (26.3% share) while Drevon Group sales of 1,500 units"
    " increased 15.6% (15.0% share).\n\n"
    "Kessel sales of 1,280 cars had increased by 2.2 per cent (12.8% share)."
)


@pytest.mark.parametrize(("share", "part"), [("26.3%", "2,630"), ("15.0%", "1,500"), ("12.8%", "1,280")])
def test_a_share_in_brackets_after_the_levels_own_change_is_of_the_market(share: str, part: str) -> None:
    text = _BRACKET_AFTER_OWN_RATE
    got = {text[v.start : v.end]: v for v in fc102(text)}
    v = got[share]
    assert v.status is Status.CONSISTENT
    assert {(e.role, e.quantity.text) for e in v.evidence} == {("part", part), ("whole", "10,000")}
    mutated = text.replace(share, share[1] + share[0] + share[2:])
    got = {mutated[v.start : v.end]: v for v in fc102(mutated)}
    assert got[share[1] + share[0] + share[2:]].status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "text",
    [
        "Orla Group sales of 2,630 units fell in May. Drevon Group sales of 1,500 units rose, a 15.0% share.",
        "Orla Group sales of 2,630 units were flat, while Drevon Group sales of 1,500 units made a 15.0% share.",
        "Kessel sales of 2,630 cars were flat and Lumea sales of 1,500 units took a 15.0% share.",
    ],
)
def test_a_brands_level_is_no_whole_of_another_brands_share(text: str) -> None:
    assert not [v for v in fc102(text) if v.status is Status.INCONSISTENT]


@pytest.mark.parametrize(
    "year_total",
    [
        "Total 2017 sales of 1,210,000 units had increased 4.7% from 2016.",
        "Its 2017 registrations reached 1,210,000 units, 4.7% more than in 2016.",
        "Sales for 2017 came to 1,210,000 units.",
    ],
)
def test_a_figure_dated_by_a_bare_year_is_no_whole_of_the_months_shares(year_total: str) -> None:
    text = (
        "Norway flash report, December 2017\n\nDecember new car sales in Norway of 98,000 units fell 0.5% from the"
        f" same month a year ago.\n\n{year_total}\n\nOrla Group sales of 25,774 units fell 4.0% (26.3% share)."
    )
    (v,) = [v for v in fc102(text) if text[v.start : v.end] == "26.3%"]
    assert v.status is Status.CONSISTENT
    assert {(e.role, e.quantity.text) for e in v.evidence} == {("part", "25,774"), ("whole", "98,000")}


@pytest.mark.parametrize(
    ("clause", "part", "share"),
    [
        (
            "Home brand sales of 5,260 units had increased 4.9% compared to the same month a year ago, capturing"
            " a market share of 52.6%.",
            "5,260",
            "52.6%",
        ),
        ("Import brand sales of 4,740 units fell 5.9% from May 2023, taking a share of 47.4%.", "4,740", "47.4%"),
        ("Kessel sales of 1,280 cars rose 2.2 per cent on a year earlier, with a 12.8% share.", "1,280", "12.8%"),
    ],
)
def test_a_share_taken_in_the_clause_after_the_levels_own_change_is_of_the_market(
    clause: str, part: str, share: str
) -> None:
    text = _MAY_MARKET + clause
    (v,) = [v for v in fc102(text) if text[v.start : v.end] == share]
    assert v.status is Status.CONSISTENT and {e.quantity.text for e in v.evidence} == {"10,000", part}
    mistyped = share[1] + share[0] + share[2:]
    mutated = text.replace(share, mistyped)
    (v,) = [v for v in fc102(mutated) if mutated[v.start : v.end] == mistyped]
    assert v.status is Status.INCONSISTENT


@pytest.mark.parametrize(
    ("text", "shares", "mistyped"),
    [
        (
            "Norway registered 11,552 new passenger cars in May. Other registrations in May included 178 plug-in"
            " hybrid cars, which held a 1.5% market share, 192 hybrid vehicles at 1.7%, 63 gasoline cars at 0.5%,"
            " and 257 diesel vehicles at 2.2%.",
            {"1.5%": "178", "1.7%": "192", "0.5%": "63", "2.2%": "257"},
            ("at 1.7%", "at 7.1%"),
        ),
        (
            "Denmark's car market came to 14,300 registrations in March. Diesel cars took a 4.2% share with 600"
            " units, 1,430 petrol cars at 10.0% and 858 plug-in hybrids at 6.0%.",
            {"10.0%": "1,430", "6.0%": "858"},
            ("at 10.0%", "at 1.00%"),
        ),
        (
            "Finland registered 5,000 new cars in April. Electric cars held a 31.0% share at 1,550 units, 900 hybrids"
            " at 18.0% and 350 diesel cars at 7.0%.",
            {"18.0%": "900", "7.0%": "350"},
            ("at 18.0%", "at 81.0%"),
        ),
    ],
)
def test_shares_listed_at_their_levels_after_a_share_are_shares_of_the_market(
    text: str, shares: dict[str, str], mistyped: tuple[str, str]
) -> None:
    got = {text[v.start : v.end]: v for v in fc102(text)}
    for share, part in shares.items():
        v = got[share]
        assert v.status is Status.CONSISTENT, v.message
        assert {e.quantity.text for e in v.evidence if e.role == "part"} == {part}
    mutated = text.replace(*mistyped)
    wrong = mistyped[1].removeprefix("at ")
    got = {mutated[v.start : v.end]: v for v in fc102(mutated)}
    assert got[wrong].status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "line",
    [
        "Other registrations included 178 plug-in hybrid cars, 192 hybrid vehicles, 63 gasoline cars and 257"
        " diesel vehicles.",
        "It also registered 192 hybrids, 63 petrol cars, 257 diesel cars and 178 plug-in hybrids.",
        "PHEVs came to 178 units, while 192 hybrid cars, 63 gasoline cars and 257 diesel cars were registered.",
    ],
)
def test_a_bare_hybrid_beside_plug_in_hybrids_is_no_total_of_the_fuels(line: str) -> None:
    text = f"Norway registered 11,552 new passenger cars in May. {line}"
    assert not [v for v in factcheck.check_text(text) if v.code == "FC103" and text[v.start : v.end] == "192"]


_IMPORT_MARKET = (
    "Imported car sales in Norvia rose 1.0 percent in May\n\n"
    "The Norvia Importers Association said Tuesday that total imported vehicle sales stood at 30,200 units,"
    " with foreign-brand imports amounting to 27,610 units.\n\n"
    "Kessel kept the top spot with 6,040 units, up 2.1 percent from a year earlier, for a 20.00 percent share.\n\n"
    "Orla came second, selling 4,530 units, for a 15.00 percent share.\n\n"
    "Drevon came third with a 9.6 percent rise in sales to 3,020 units, taking a 10.00 percent share.\n"
)


@pytest.mark.parametrize(
    ("share", "part"), [("20.00 percent", "6,040"), ("15.00 percent", "4,530"), ("10.00 percent", "3,020")]
)
def test_a_ranked_brands_share_of_an_import_market_is_of_its_total_not_of_a_rival(share: str, part: str) -> None:
    """The market is the imported one: its total is of imports, a brand's level there is too, and a
    rival ranked before it is no whole of it."""
    text = _IMPORT_MARKET
    (v,) = [v for v in fc102(text) if text[v.start : v.end] == share]
    assert v.status is Status.CONSISTENT, v.message
    assert {(e.role, e.quantity.text) for e in v.evidence} == {("part", part), ("whole", "30,200")}
    mistyped = {"6,040": "6,400", "4,530": "4,350", "3,020": "3,200"}[part]
    mutated = text.replace(part, mistyped)
    (v,) = [v for v in fc102(mutated) if mutated[v.start : v.end] == share]
    assert v.status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "total",
    [
        "The figure for 2023, which includes cars, trucks and buses made abroad by local makers, stood at 84,200"
        " units.",
        "Total imported vehicle sales, which comprise cars and vans built overseas by domestic brands, were 84,200"
        " units.",
        "The total, which included buses and trucks assembled abroad, came to 84,200 units.",
    ],
)
def test_a_gloss_of_what_a_total_includes_names_no_class_of_it(total: str) -> None:
    text = (
        "2023 imported vehicle sales in Norvia highest in 10 years\n\n"
        f"Sales of new imported vehicles in Norvia grew 2.1 percent in 2023. {total}\n\n"
        "Kessel kept the top spot for the third straight year by selling 16,840 units, securing a market share of"
        " 20.00 percent."
    )
    (v,) = [v for v in fc102(text) if "20.00 percent" in text[v.start : v.end]]
    assert v.status is Status.CONSISTENT, v.message
    assert {(e.role, e.quantity.text) for e in v.evidence} == {("part", "16,840"), ("whole", "84,200")}


@pytest.mark.parametrize(
    "history",
    [
        "In 2015, car sales hit a record 412,300 units.",
        "The record of 412,300 units was set in 2015.",
        "Sales had peaked at 412,300 units in 2015 and fell to 371,800 in 2017.",
    ],
)
def test_a_figure_of_an_earlier_year_is_no_whole_of_last_years_shares(history: str) -> None:
    text = (
        "Figures released by the transport ministry on Monday showed sales of new vehicles rose 12.0 percent"
        " last month.\n\nFor the whole of last year, car sales rose 8.0 percent to 302,400 vehicles from 280,000"
        f" in 2018.\n\n{history}\n\nKessel Motor Co kept its place as the market leader last year, selling"
        " 114,912 units, accounting for 38.0 percent of the market.\n\nYang said the company expected total"
        " sales of 250,000 units this year."
    )
    (v,) = [v for v in fc102(text) if text[v.start : v.end] == "38.0 percent"]
    assert v.status is Status.CONSISTENT, v.message
    assert {(e.role, e.quantity.text) for e in v.evidence} == {("part", "114,912"), ("whole", "302,400")}


@pytest.mark.parametrize(
    "text",
    [
        "Buyers registered 41,200 new cars in Denmark in March. Plug-in hybrids fared worst. The number of"
        " registrations came to 6,180, down 12 percent. The share of plug-in hybrids fell to {pct}.",
        "Buyers registered 41,200 new cars in Denmark in March. Plug-in hybrids had a weak month. Registrations"
        " fell 12% to 6,180. As a result, the share of plug-in hybrids dropped to {pct}.",
        "Buyers registered 41,200 new cars in Denmark in March. Plug-in hybrids lost ground. Their sales reached"
        " only 6,180. The plug-in hybrid share slipped to {pct}.",
    ],
)
@pytest.mark.parametrize(
    ("pct", "expected"), [("15.0 percent", Status.CONSISTENT), ("51.0 percent", Status.INCONSISTENT)]
)
def test_a_bare_metric_counts_the_class_the_sentence_before_was_about(text: str, pct: str, expected: Status) -> None:
    # 6,180 / 41,200 = 15.0%: the registrations are the plug-in hybrids' of the sentence before
    v = only(text.format(pct=pct))
    assert v.status is expected, v.message
    assert [e.quantity.text for e in v.evidence] == ["6,180", "41,200"]


@pytest.mark.parametrize(
    "middle",
    [
        # the sentence before names two classes: the bare metric is neither's alone
        "Plug-in hybrids and diesels fared worst.",
        # the sentence before states a figure of its own: no topic handed on
        "Plug-in hybrids fared worst, down 12 percent.",
    ],
)
def test_a_bare_metric_takes_no_class_from_a_sentence_that_is_no_topic(middle: str) -> None:
    text = (
        f"Buyers registered 41,200 new cars in Denmark in March. {middle} Registrations came to 6,180."
        " The plug-in hybrid share slipped to 15.0 percent."
    )
    assert [v.status for v in fc102(text) if v.status is not Status.UNVERIFIABLE] == []


@pytest.mark.parametrize(
    "text",
    [
        "Tessin had 1,620,400 vehicles on its roads in September. Private cars account for a significant"
        " {pct} of all vehicles, numbering around 1.29 million.",
        "Tessin had 1,620,400 vehicles on its roads in September. Private cars made up a whopping {pct}"
        " of all vehicles, numbering around 1.29 million.",
        "Tessin had 1,620,400 vehicles on its roads in September. Private cars represent a hefty {pct}"
        " of the total, totalling about 1.29 million.",
    ],
)
@pytest.mark.parametrize(
    ("pct", "expected"), [("79.6 per cent", Status.CONSISTENT), ("97.6 per cent", Status.INCONSISTENT)]
)
def test_a_share_with_an_adjective_then_its_level(text: str, pct: str, expected: Status) -> None:
    # 1.29 million of 1,620,400 is 79.6%
    v = only(text.format(pct=pct))
    assert v.status is expected, v.message
    assert [e.quantity.value for e in v.evidence] == [1_290_000, 1_620_400]


# --- shares "of the total" of a census-like total: a whole said "about" one, a level after ", at",
# a company's total over a smaller figure of no company, and a share that names no whole going on
# with a run of shares that name theirs

_CENSUS = (
    "Tessin vehicle census\n\n"
    "Tessin's vehicle registrations reached {whole} as of June 2024, the transport ministry said.\n\n"
    "Private cars account for 78.4 per cent of the total, numbering about 1.81 million.\n\n"
    "Commercial vehicles represent {share} per cent of the total with 351,400 vehicles. Rental cars make up 2.1 "
    "per cent of the total, at 48,620 vehicles."
)


@pytest.mark.parametrize("whole", ["about 2.31 million", "around 2,310,000", "some 2.31 million"])
def test_a_whole_said_about_one_stands_for_the_figure_within_its_hedge(whole: str) -> None:
    vs = {v.stated_text: v for v in fc102(_CENSUS.format(whole=whole, share="15.2"))}
    assert [v.status for v in vs.values()] == [Status.CONSISTENT] * 3, [v.message for v in vs.values()]
    assert all(e.quantity.text == whole for v in vs.values() for e in v.evidence if e.role == "whole")
    # a slip of a digit in a share is still caught against the hedged whole
    bad = {v.stated_text: v for v in fc102(_CENSUS.format(whole=whole, share="12.5"))}
    assert bad["12.5 per cent"].status is Status.INCONSISTENT, bad["12.5 per cent"].message


_MAKER = (
    "Tessin car output up 9.6 percent\n\n"
    "Car output in Tessin climbed 9.6 percent to around 1.6 million cars in 2024, the makers' union said.\n\n"
    "{maker}Korvik made 41,200 electric cars and 10,450 plug-in hybrids last year, {clause} {s} percent of total "
    "production."
)
_MAKERS_OWN = (
    "Korvik, the largest maker, lifted its output by 21.5 percent to 512,300 cars. "
    "It sold almost 90 percent of that abroad. "
)


@pytest.mark.parametrize("clause", ["which is a share of", "which amounts to a share of", "which was"])
def test_which_is_after_two_levels_joined_by_and_is_said_of_both(clause: str) -> None:
    # 41,200 + 10,450 = 51,650 of the maker's 512,300 is 10.1%, not the hybrids' 10,450 alone
    v = only(_MAKER.format(maker=_MAKERS_OWN, clause=clause, s="10.1"))
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["41,200", "10,450", "512,300"]
    assert only(_MAKER.format(maker=_MAKERS_OWN, clause=clause, s="11.0")).status is Status.INCONSISTENT


_ROUND_WHOLE = (
    "Tessin car output\n\nCar output in Tessin climbed to around 1.6 million cars in 2024, the makers' union "
    "said.\n\n{share}"
)


@pytest.mark.parametrize(
    "share",
    [
        "The country's plants also built 412,300 electric cars, a share of {p} percent of total production.",
        "Electric cars made up {p} percent of total production, at 412,300 units.",
    ],
)
def test_a_round_whole_found_by_its_category_makes_an_alarm_only_of_a_slip(share: str) -> None:
    # 412,300 of around 1.6 million is 25.8%: a round headline figure may be another total than the one
    # the share was worked out on, so only a slip of a digit (28.5) is a mismatch worth an alarm
    def status(p: str) -> Status:
        (v,) = fc102(_ROUND_WHOLE.format(share=share.format(p=p)))
        assert [e.quantity.text for e in v.evidence if e.role == "whole"] == ["around 1.6 million"]
        return v.status

    assert status("25.8") is Status.CONSISTENT
    assert status("28.5") is Status.INCONSISTENT
    assert status("31.0") is Status.UNVERIFIABLE


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Cars make up {s} per cent of the total, at 59,250.", "59,250"),
        ("Exports were {s} per cent of the total, at 59,250 units.", "59,250"),
        ("Fleet sales accounted for {s} per cent of the total, at 59,250 vehicles.", "59,250"),
    ],
)
def test_a_level_after_the_share_at(sentence: str, part: str) -> None:
    text = "The transport office counted 96,510 new vehicles in March. " + sentence
    v = only(text.format(s="61.4"))
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == [part, "96,510"]
    assert only(text.format(s="16.4")).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "lead",
    [
        "Korvik's transport office counted 96,510 vehicles as of March 2024.",
        "Korvik's vehicle count stood at 96,510 as of March 2024.",
        "Korvik had 96,510 vehicles on its roads as of March 2024.",
    ],
)
def test_of_the_total_is_the_companys_total_not_a_smaller_figure_of_no_company(lead: str) -> None:
    text = (
        f"{lead} Cars make up 61.4 per cent of the total, at 59,250. Commercial vehicles represent {{s}} per cent "
        "of the total with 29,146 vehicles."
    )
    vs = {v.stated_text: v for v in fc102(text.format(s="30.2"))}
    v = vs["30.2 per cent"]
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence if e.role == "whole"] == ["96,510"]
    bad = {v.stated_text: v for v in fc102(text.format(s="32.0"))}
    assert bad["32.0 per cent"].status is Status.INCONSISTENT, bad["32.0 per cent"].message


_RUN = (
    "Tessin vehicle census\n\n"
    "Tessin has recorded a steady rise in vehicle registration, reaching 2.310 million vehicles as of June 2024.\n\n"
    "Private vehicles account for 78.4 per cent of the total, numbering about 1.81 million.\n\n"
    "Commercial vehicles represent 15.2 per cent of the total with 351,400 vehicles. Rental vehicles make up 2.1 "
    "per cent of the total, at 48,620 vehicles. {last}"
)


@pytest.mark.parametrize(
    "last",
    [
        "Meanwhile, taxis, a staple of city transport, account for {s} per cent with a total of 30,150 vehicles.",
        "Taxis, the city's oldest trade, make up {s} per cent, with 30,150 vehicles.",
        "Finally, taxis, mostly in the capital, represent {s} per cent with a count of 30,150 vehicles.",
    ],
)
def test_a_share_naming_no_whole_goes_on_with_the_run_before_it(last: str) -> None:
    vs = {v.stated_text: v for v in fc102(_RUN.format(last=last.format(s="1.3")))}
    v = vs["1.3 per cent"]
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence if e.role == "whole"] == ["2.310 million"]
    bad = {v.stated_text: v for v in fc102(_RUN.format(last=last.format(s="3.1")))}
    assert bad["3.1 per cent"].status is Status.INCONSISTENT, bad["3.1 per cent"].message


# --- brands' market shares with their levels in brackets after a name and its verb of holding, in a
# run of market shares; the leader's share "year to date" of the first quarter's total

_BRANDS_LEAD = (
    "Car sales\n\n"
    "New car sales in the country rose 12.1% year on year to 52,400 units in the January-March quarter. "
    "The figure owes much to GNP growth of 4.1% last year, the central bank said.\n\n"
    "Orla is leading the market with 18,340 vehicles sold year to date and a 35.0% market share. "
)


@pytest.mark.parametrize(
    "brands",
    [
        "Kessel has {k} (9,327 sales), Drevon 11.3% (5,921), Lumea 5.0% (2,620) and Sorell 4.4% (2,306).",
        "Kessel took {k} (9,327 units), Drevon 11.3% (5,921), Lumea 5.0% (2,620) and Sorell 4.4% (2,306).",
        "Kessel holds {k} (9,327 cars), Drevon 11.3% (5,921), Lumea 5.0% (2,620) and Sorell 4.4% (2,306).",
    ],
)
def test_brands_shares_with_their_levels_in_brackets_after_a_name(brands: str) -> None:
    vs = fc102(_BRANDS_LEAD + brands.format(k="17.8%"))
    assert [(v.stated_text, v.status) for v in vs] == [
        (s, Status.CONSISTENT) for s in ("35.0%", "17.8%", "11.3%", "5.0%", "4.4%")
    ], [v.message for v in vs]
    assert {e.quantity.text for v in vs for e in v.evidence if e.role == "whole"} == {"52,400"}
    bad = {v.stated_text: v for v in fc102(_BRANDS_LEAD + brands.format(k="18.7%"))}
    assert bad["18.7%"].status is Status.INCONSISTENT, bad["18.7%"].message


# --- a comparison bracket "(A Vs B)" gives the level now first; a level "were sold" before its
# bracketed share of the market


@pytest.mark.parametrize("pair", ["68,980 Vs 88,180", "68,980 vs. 88,180", "68,980 versus 88,180"])
def test_the_first_figure_of_a_versus_bracket_is_the_level_now(pair: str) -> None:
    text = (
        "Car sales slip\n\nRegistrations in May slid 21.8% on a year earlier ({pair}).\n\n"
        "In May, 17,720 passenger vehicles were sold ({p} of the market), while vans took 22.9% of the market "
        "with 15,790 sales."
    )
    vs = {v.stated_text: v for v in fc102(text.format(pair=pair, p="25.7%"))}
    assert [(s, v.status) for s, v in vs.items()] == [("25.7%", Status.CONSISTENT), ("22.9%", Status.CONSISTENT)]
    assert {e.quantity.text for v in vs.values() for e in v.evidence if e.role == "whole"} == {"68,980"}
    bad = {v.stated_text: v for v in fc102(text.format(pair=pair, p="27.5%"))}
    assert bad["27.5%"].status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "said",
    [
        "accounting for {r} of new vehicles sold",
        "or {r} of all the vehicles sold in the half",
        "a {r} share of the vehicles sold",
    ],
)
def test_a_share_of_all_vehicles_is_no_share_of_the_passenger_car_total(said: str) -> None:
    # 14,470 / 18,400 = 78.6%: the passenger-car total is the whole of "vehicles" only where the
    # article gives no other segment; beside the commercial figure, the whole is not stated
    text = (
        "Importers sold 18,400 new passenger cars in the first half, up 7.5% from 17,110 a year earlier.{c}\n\n"
        "The five largest distributors sold 14,470 new vehicles in the first half, " + said + ".\n"
    )
    commercial = " In parallel, 1,170 commercial vehicles were sold in the half."
    (v,) = [v for v in fc102(text.format(c=commercial, r="74%")) if v.stated_text.startswith("74")]
    assert v.status is Status.UNVERIFIABLE, v.message
    (v,) = [v for v in fc102(text.format(c="", r="74%")) if v.stated_text.startswith("74")]
    assert v.status is Status.INCONSISTENT and v.evidence[-1].quantity.text == "18,400", v.message


@pytest.mark.parametrize(
    "text",
    [
        "Over the year, of the 787,610 vehicles cleared, {r} percent or 500,917 were scooters.",
        "In 2024, out of the 787,610 cars sold, {r} per cent or 500,917 units went through dealers.",
        "Over the 12 months, of 787,610 registrations, {r}% or 500,917 were fleet sales.",
    ],
)
def test_a_sentence_that_opens_on_its_whole_after_saying_when(text: str) -> None:
    # 500,917 / 787,610 = 63.59962%
    (v,) = fc102(text.format(r="63.6"))
    assert v.status is Status.CONSISTENT and [e.quantity.text for e in v.evidence] == ["500,917", "787,610"]
    (v,) = fc102(text.format(r="36.6"))
    assert v.status is Status.INCONSISTENT, v.message
    (v,) = fc102(text.format(r="63.5"))
    # cut off past most of the tenth: the digits shown say so, not "63.600"
    assert v.diagnosis is not None and v.diagnosis.code == "truncated" and "63.5996" in v.message, v.message


@pytest.mark.parametrize(
    "text",
    [
        "The Korvian fleet now counts almost 42 million cars, {r}% of them (25.4 million units) built locally.",
        "Kessel sold 42,000 cars in May, {r}% of them (25,410 units) abroad.",
        "Drevon registered 42,000 vans last year, {r} percent of these (25,410) in the capital.",
    ],
)
def test_a_share_of_them_with_its_level_takes_the_figure_its_sentence_gave_before(text: str) -> None:
    (v,) = fc102(text.format(r="60.5"))
    assert v.status is Status.CONSISTENT, v.message
    (v,) = fc102(text.format(r="65.0"))
    assert v.status is Status.INCONSISTENT, v.message


def test_a_list_of_levels_each_glossed_by_its_share_of_them_keeps_the_whole_before() -> None:
    # "about 240 or 1.47% of them": the level before a share is its own part, never the whole of the next
    text = (
        "Korvia imported 16,382 vehicles last year. About 240 or 1.47% of them were coaches, 14,550 or 88.82% "
        "passenger cars, 1,507 or 9.2% trucks, and 85 or 0.52% special vehicles.\n"
    )
    vs = {v.stated_text: v for v in fc102(text)}
    assert [e.quantity.text for e in vs["0.52%"].evidence][-1] == "16,382", vs["0.52%"].message


@pytest.mark.parametrize(
    "quote",
    [
        "\u201cThe 14,359 registrations in November, slightly down on November 2023, show a steady market,\u201d "
        "said the chief executive of the Korvian Motor Association, Dana Whitfield.",
        "\u201cSales of 14,359 vehicles in November, down on November 2023, show a stable market,\u201d said "
        "spokesperson Ilse Marten.",
        "\u201cThe market took 14,359 vehicles in November,\u201d said the association's director, Piet Holm.",
    ],
)
def test_a_quoted_speakers_name_owns_no_figure_and_a_compared_month_dates_none(quote: str) -> None:
    text = (
        quote + "\n\nKessel topped the market with a {r} per cent market share (3,099 units), ahead of Orla on "
        "10 per cent (1,437 units).\n"
    )
    vs = {v.stated_text: v for v in fc102(text.format(r="22"))}
    v = vs["22 per cent"]
    assert v.status is Status.CONSISTENT and v.evidence[-1].quantity.text == "14,359", v.message
    vs = {v.stated_text: v for v in fc102(text.format(r="29"))}
    assert vs["29 per cent"].status is Status.INCONSISTENT, vs["29 per cent"].message


@pytest.mark.parametrize(
    ("text", "right", "wrong", "operands"),
    [
        (
            "From January to June, 84 210 new cars were registered in Norway, 12.4% fewer than in the same "
            "months of 2023 (96 130). Only {r} or 31 470 of the newly registered cars went to private buyers.",
            "37.4%",
            "34.7%",
            ["31 470", "84 210"],
        ),
        (
            "Halden dealers sold 52,600 vehicles in the first half, against 47,900 in the first half of 2023. "
            "Fleets took {r}, or 21,040, of all vehicles sold.",
            "40.0%",
            "44.0%",
            ["21,040", "52,600"],
        ),
        (
            "Sorell delivered 18,400 cars last quarter, up from 16,100 a year earlier. Some {r} or 5,610 out "
            "of the cars it delivered were hybrids.",
            "30.5%",
            "35.0%",
            ["5,610", "18,400"],
        ),
    ],
)
def test_a_share_said_with_its_level_is_of_the_whole_its_words_describe(
    text: str, right: str, wrong: str, operands: list[str]
) -> None:
    # the level after "or" is the part, and the whole is the current level its words describe,
    # not the earlier period's baseline beside it
    for rate, status in ((right, Status.CONSISTENT), (wrong, Status.INCONSISTENT)):
        v = next(v for v in fc102(text.format(r=rate) + "\n") if v.stated_text.endswith(rate))
        assert v.status is status, v.message
        assert [e.quantity.text for e in v.evidence][-2:] == operands, v.message


@pytest.mark.parametrize(
    "sentence",
    [
        "The share of plug-in hybrids stayed small at {r} of all new registrations or 14 640.",
        "Battery-electric cars reached {r} of the total market, or 14 640 units.",
        "Diesels held on with {r} of all registrations or 14 640.",
    ],
)
def test_a_share_of_a_described_whole_then_its_level_after_or(sentence: str) -> None:
    opening = "In 2024, Korvian dealers registered 240 500 new passenger cars, up 3.1% on 2023 (233 270). "
    for rate, status in (("6.1%", Status.CONSISTENT), ("1.6%", Status.INCONSISTENT)):
        v = next(v for v in fc102(opening + sentence.format(r=rate) + "\n") if v.stated_text.endswith(rate))
        assert v.status is status, v.message
        assert [e.quantity.text for e in v.evidence][-2:] == ["14 640", "240 500"], v.message


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "In March, only 24,310 new cars were registered in Korvia, a fall of 9.2 percent compared with "
            "26,780 in March 2025, according to Lumea, the Kestra registry, and Anac.",
            "Battery-electric cars (EVs) fell 21.4 percent, with 6,120 units registered.",
            "This pushed the EV market share down to {r}.",
        ],
        [
            "Dealers in Korvia registered 24,310 new cars in March, figures from Lumea show.",
            "Electric car registrations came to 6,120 units.",
            "That took the market share of electric cars to {r}, from 29.1 percent a year earlier.",
        ],
        [
            "Korvia's new-car market shrank to 24,310 units in March.",
            "Sales of electric cars slipped to 6,120.",
            "These EVs nonetheless held a market share of {r}.",
        ],
    ],
)
def test_a_powertrains_share_takes_its_part_and_whole_from_short_paragraphs_before(paragraphs: list[str]) -> None:
    # 6,120 / 24,310 = 25.17%: one-sentence paragraphs, as news writes them, are read together, and
    # the body the figures are cited from owns none of them
    text = "\n\n".join(paragraphs) + "\n"
    v = next(v for v in fc102(text.format(r="25.2 percent")) if v.stated_text == "25.2 percent")
    assert v.status is Status.CONSISTENT and [e.quantity.text for e in v.evidence] == ["6,120", "24,310"], v.message
    v = next(v for v in fc102(text.format(r="52.2 percent")) if v.stated_text == "52.2 percent")
    assert v.status is Status.INCONSISTENT, v.message


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "Korvia's dealers registered 19,630 new cars in July.",
            "With 4,080 new battery-electric cars on the road in July, the rise on a year earlier was 18.9%. "
            "That lifts their market share to {r}.",
        ],
        [
            "Korvia's dealers registered 19,630 new cars in July.",
            "Registrations of zero-emission cars rose 11.3% to 4,080. Zero-emission cars thus took a market "
            "share of {r}.",
        ],
        [
            "Korvia's dealers registered 19,630 new cars in July.",
            "Sales of plug-in hybrids climbed to 4,080 units. That lifts their share of the market to {r}.",
        ],
    ],
)
def test_a_share_of_the_class_the_sentence_before_counted(paragraphs: list[str]) -> None:
    # 4,080 / 19,630 = 20.78%: "their" share, or a class named in words of the lexicon
    text = "\n\n".join(paragraphs) + "\n"
    v = next(v for v in fc102(text.format(r="20.8%")) if v.stated_text == "20.8%")
    assert v.status is Status.CONSISTENT and [e.quantity.text for e in v.evidence] == ["4,080", "19,630"], v.message
    v = next(v for v in fc102(text.format(r="28.0%")) if v.stated_text == "28.0%")
    assert v.status is Status.INCONSISTENT, v.message


@pytest.mark.parametrize(
    "sentence",
    [
        "Kessel ranked second with 41,310 units, up 4.4 percent for a share of {r}.",
        "Sales of imported cars reached 41,310 units, a yearly drop of 2.6 percent, and a market share of {r}.",
        "Orla came third with 41,310 units, down 2.2 percent, for a market share of {r}.",
    ],
)
def test_a_share_after_its_levels_own_change(sentence: str) -> None:
    # 41,310 / 288,400 = 14.32%: the change between the level and its share is the level's own
    text = "Korvian dealers sold 288,400 new cars last year, up 2.1 percent. " + sentence + "\n"
    v = next(v for v in fc102(text.format(r="14.32 percent")) if v.stated_text == "14.32 percent")
    assert v.status is Status.CONSISTENT and [e.quantity.text for e in v.evidence] == ["41,310", "288,400"], v.message
    v = next(v for v in fc102(text.format(r="14.23 percent")) if v.stated_text == "14.23 percent")
    assert v.status is Status.INCONSISTENT, v.message


@pytest.mark.parametrize(
    "share",
    [
        "Halden county comes second, with 3,910 units sold, equating to {r} of the total share.",
        "Sorell county follows with 3,910 units, or {r} of the market.",
        "Tessin county sold 3,910 units, equal to a {r} share.",
    ],
)
def test_the_whole_is_the_current_total_not_the_figure_it_is_compared_to(share: str) -> None:
    # 3,910 / 24,600 = 15.9%; 22,900 is the same month a year before, compared to without a rate
    text = (
        "Korvia registered 24,600 new cars last month, compared to a figure of 22,900 in January 2024.\n\n"
        + share
        + "\n"
    )
    v = next(v for v in fc102(text.format(r="15.9%")) if v.stated_text.endswith("15.9%"))
    assert v.status is Status.CONSISTENT and v.evidence[-1].quantity.text == "24,600", v.message
    v = next(v for v in fc102(text.format(r="17.1%")) if v.stated_text.endswith("17.1%"))
    assert v.status is not Status.CONSISTENT or v.evidence[-1].quantity.text != "22,900", v.message


@pytest.mark.parametrize(
    "line",
    [
        "Orla: 8,120 units, up 9.1% on the year (market share {r})",
        "Orla: 8,120 units, down 4.0% (market share {r})",
        "Orla: 8,120 units, up by 17.1% (market share: {r})",
    ],
)
def test_a_list_lines_bracketed_share_after_its_change(line: str) -> None:
    text = (
        "Korvian dealers sold 79,970 vehicles in March. Passenger car sales climbed 0.4% in March to 29,850 "
        "units; commercial vehicles slipped 11.9% to 50,120.\n\nPassenger car market:\n\n"
        + line
        + "\n\nKessel: 6,210 units, down 11.4% on the year (market share 20.8%)\n"
    )
    v = next(v for v in fc102(text.format(r="27.2%")) if v.stated_text == "27.2%")
    assert v.status is Status.CONSISTENT and [e.quantity.text for e in v.evidence] == ["8,120", "29,850"], v.message
    v = next(v for v in fc102(text.format(r="22.7%")) if v.stated_text == "22.7%")
    assert v.status is Status.INCONSISTENT, v.message


@pytest.mark.parametrize(
    ("text", "share", "operands"),
    [
        (
            "Out of all 52,400 battery cars sold, 41,900 went to fleet buyers ({r}) and 10,500 to households (20%).",
            "80%",
            ["41,900", "52,400"],
        ),
        (
            "Korvian dealers delivered 60,250 hybrids last year: 36,150 company cars ({r}) and 24,100 private cars "
            "(40%).",
            "60%",
            ["36,150", "60,250"],
        ),
        (
            "Of a total of 8,840 vans sold, 6,630 were bought by businesses ({r}) and 2,210 by private owners (25%).",
            "75%",
            ["6,630", "8,840"],
        ),
    ],
)
def test_a_share_in_brackets_closing_its_parts_clause(text: str, share: str, operands: list[str]) -> None:
    v = next(v for v in fc102(text.format(r=share)) if v.stated_text == share)
    assert v.status is Status.CONSISTENT and [e.quantity.text for e in v.evidence] == operands, v.message
    wrong = share[::-1].replace("%", "", 1) + "%"  # "80%" -> "08%": digits swapped
    v = next(v for v in fc102(text.format(r=wrong)) if v.stated_text == wrong)
    assert v.status is Status.INCONSISTENT, v.message


@pytest.mark.parametrize(
    "second",
    [
        "Of these, 9,100 were hybrids, or {r}.",
        "Among them, 9,100 were hybrids, {r} sales.",
        "Out of those, 9,100 ran on diesel, {r}.",
    ],
)
def test_a_ratio_in_words_of_the_level_a_sentence_points_back_at(second: str) -> None:
    # 9,100 / 40,000 = 22.75%: "one in four" with a hedge fits, "one in six" does not
    text = "Korvian dealers sold 40,000 cars in May. " + second + "\n"
    v = only(text.format(r="nearly one in four"))
    assert v.status is Status.CONSISTENT and v.evidence[-1].quantity.text == "40,000", v.message
    assert only(text.format(r="about one in six")).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "text",
    [
        "Registrations fell to 60,900 units. Orla led (24,360 vehicles; {r} share), followed by Kessel "
        "(6,090 units; 10%).",
        "Dealers sold 48,000 cars. The top seller was Tessin (9,600 cars; {r} market share), then Lumea (4,800; 10%).",
        "A total of 15,000 vans were registered. Drevon came first (3,750 units; {r} market share) and Zentro "
        "second (1,500 units; 10%).",
    ],
)
def test_a_share_beside_its_level_in_one_bracket_after_a_semicolon(text: str) -> None:
    # 24,360 / 60,900 = 40%; 9,600 / 48,000 = 20%; 3,750 / 15,000 = 25%
    share = {"24,360": "40%", "9,600": "20%", "3,750": "25%"}[
        next(k for k in ("24,360", "9,600", "3,750") if k in text)
    ]
    v = next(v for v in fc102(text.format(r=share)) if v.stated_text == share)
    assert v.status is Status.CONSISTENT, v.message
    wrong = share[::-1].replace("%", "", 1) + "%"  # "40%" -> "04%"
    v = next(v for v in fc102(text.format(r=wrong)) if v.stated_text == wrong)
    assert v.status is Status.INCONSISTENT, v.message


@pytest.mark.parametrize(
    "second",
    [
        "Most of those vehicles — 9,000, or {r} — went to fleet buyers.",
        "Nearly all of these cars, 11,400 or {r}, were sold at home.",
        "The majority of them – 7,200, or {r} – ran on petrol.",
    ],
)
def test_a_share_of_the_figure_a_quantified_opening_points_back_at(second: str) -> None:
    # the whole is the one level of the sentence before: 9,000 / 12,000 = 75%, 11,400 / 12,000 = 95%,
    # 7,200 / 12,000 = 60%
    part = next(p for p in ("9,000", "11,400", "7,200") if p in second)
    share = {"9,000": "75%", "11,400": "95%", "7,200": "60%"}[part]
    text = (
        "The Halden plant shipped 12,000 sport-utility vehicles and vans worth more than $410 million last year. "
        + second
        + "\n"
    )
    v = only(text.format(r=share))
    assert v.status is Status.CONSISTENT and [e.quantity.text for e in v.evidence] == [part, "12,000"], v.message
    wrong = share[::-1].replace("%", "", 1) + "%"
    assert only(text.format(r=wrong)).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "second",
    [
        "Of these, 3,404 ({r}) were bought by fleets, while 3,996 (54 per cent) went to households.",
        "Among them, 3,404 vans, or {r}, were electric, while 3,996, or 54 per cent, ran on diesel.",
        "Out of these, 3,404 ({r}) were leased and 3,996 (54 per cent) bought outright.",
    ],
)
def test_a_paragraph_of_its_own_that_points_back_at_the_paragraph_before(second: str) -> None:
    # 3,404 / 7,400 = 46%: the whole is the level of the sentence right before, not the wider
    # total of the paragraph before that
    text = (
        "A total of 10,050 vehicles were registered from April to June.\n\n"
        "Passenger car registrations slid 7.5 per cent in the quarter, totalling 7,400 against 8,000 a year "
        "earlier.\n\n" + second + "\n"
    )
    v = next(v for v in fc102(text.format(r="46 per cent")) if v.stated_text == "46 per cent")
    assert v.status is Status.CONSISTENT and [e.quantity.text for e in v.evidence] == ["3,404", "7,400"], v.message
    v = next(v for v in fc102(text.format(r="64 per cent")) if v.stated_text == "64 per cent")
    assert v.status is Status.INCONSISTENT, v.message


@pytest.mark.parametrize(
    ("text", "part", "wrong"),
    [
        (
            "Utes accounted for more than half of the region's 2,930 new vehicle sales in March, with {p}.",
            "1,476",
            "1,276",
        ),
        ("SUVs made up nearly a third of the 9,000 cars sold in May, with {p}.", "2,950", "3,950"),
        ("Vans took about a quarter of the 4,000 commercial registrations, at {p}.", "1,010", "1,810"),
    ],
)
def test_a_fraction_word_of_a_whole_its_words_state_then_its_part(text: str, part: str, wrong: str) -> None:
    whole = next(w for w in ("2,930", "9,000", "4,000") if w in text)
    v = only(text.format(p=part))
    assert v.status is Status.CONSISTENT and [e.quantity.text for e in v.evidence] == [part, whole], v.message
    assert only(text.format(p=wrong)).status is Status.INCONSISTENT


_BALTIC = (
    "Registrations in the Baltic states grew 14.8% to 25,493 units in the second quarter.\n\n"
    "Lithuania took first place (+30.2% to 10,640 units).\n\n"
    "Latvia stayed well behind (+8.7% to 5,563 units).\n\n"
    "Estonia slid to second place (+4.3% to 9,290 units).\n\n"
)


@pytest.mark.parametrize(
    "closing",
    [
        "Lithuania accounted for {r} of the total.",
        "As Lithuania grew into the largest market of the Baltic states, it accounted for {r} of the total.",
        "Lithuania made up {r} of the regional total.",
    ],
)
def test_a_countrys_share_of_the_total_takes_the_level_said_of_that_country(closing: str) -> None:
    (v,) = [v for v in factcheck.check_text(_BALTIC + closing.format(r="41.7%")) if v.code == "FC102"]
    assert v.status is Status.CONSISTENT, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("part", "10,640"), ("whole", "25,493")]
    (wrong,) = [v for v in factcheck.check_text(_BALTIC + closing.format(r="47.1%")) if v.code == "FC102"]
    assert wrong.status is Status.INCONSISTENT, wrong.message


@pytest.mark.parametrize(
    "text",
    [
        "Tessin sold 4,200 vans in May, including 1,500 electric ones, a {r} share.",
        "Tessin sold 4,200 vans in May, with electric models making up {r} (1,500 units).",
        "Tessin sold 4,200 vans in May, with electric vans at 1,500 units, a {r} share.",
    ],
)
def test_a_part_that_hangs_on_the_level_before_it_is_a_share_of_that_level(text: str) -> None:
    (v,) = [v for v in factcheck.check_text(text.format(r="35.7%")) if v.code == "FC102"]
    assert v.status is Status.CONSISTENT, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("part", "1,500"), ("whole", "4,200")]
    (wrong,) = [v for v in factcheck.check_text(text.format(r="37.5%")) if v.code == "FC102"]
    assert wrong.status is Status.INCONSISTENT, wrong.message


def test_a_rivals_level_after_with_is_no_part_of_the_level_before() -> None:
    text = "Tessin sold 4,200 vans in May, with Kessel selling 1,500 vans, a 35.7% share."
    assert all(v.status is not Status.CONSISTENT for v in factcheck.check_text(text) if v.code == "FC102")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's new vehicle market reached 12,400 units in May. Toyota sold 4,200 units. That gave it a {r} market"
        " share.",
        "Toyota sold 4,200 units in Kenya in May. That gave it a {r} share of the 12,400-unit market.",
        "Kenya's market reached 12,400 units in May. Toyota sold 4,200 units. That gives the company a {r} market"
        " share.",
    ],
)
def test_a_share_the_sentence_before_gave_a_company(text: str) -> None:
    (v,) = [v for v in factcheck.check_text(text.format(r="33.9%")) if v.code == "FC102"]
    assert v.status is Status.CONSISTENT, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("part", "4,200"), ("whole", "12,400")]
    (wrong,) = [v for v in factcheck.check_text(text.format(r="39.3%")) if v.code == "FC102"]
    assert wrong.status is Status.INCONSISTENT, wrong.message


_SEGMENTS = (
    "New vehicle sales in Portugal reached 66,000 units in the first half, up 4%. Passenger cars accounted for"
    " 60,000 units and light commercial vehicles for 6,000.\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "In the premium segment, Lumea led with a market share of {r}, selling 1,800 cars.",
        "Among luxury brands, Lumea sold 1,800 units, a {r} share of the market.",
        "Upmarket makers had a good half. Lumea came first with 1,800 cars and a {r} market share.",
    ],
)
def test_a_brands_share_among_premium_cars_is_of_the_passenger_car_total(text: str) -> None:
    (v,) = [v for v in factcheck.check_text(_SEGMENTS + text.format(r="3.0%")) if v.code == "FC102"]
    assert v.status is Status.CONSISTENT, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("part", "1,800"), ("whole", "60,000")]
    (wrong,) = [v for v in factcheck.check_text(_SEGMENTS + text.format(r="3.3%")) if v.code == "FC102"]
    assert wrong.status is Status.INCONSISTENT, wrong.message


@pytest.mark.parametrize(
    "total",
    [
        "Domestic sales of new imported vehicles totaled 22,636 units in July.",
        "Sales of new imported cars in Japan came to 22,636 units in July.",
        "Domestic registrations of imported vehicles reached 22,636 units in July.",
    ],
)
def test_the_home_markets_total_is_the_whole_of_a_brands_share(total: str) -> None:
    text = (
        total
        + " Of that total, 19,930 came from foreign makers and 2,706 from Japanese makers' plants abroad.\n\nLumea"
        " stayed on top with a {r} market share after it sold 4,913 cars in July."
    )
    (v,) = [v for v in factcheck.check_text(text.format(r="21.7 percent")) if v.code == "FC102"]
    assert v.status is Status.CONSISTENT, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("part", "4,913"), ("whole", "22,636")]
    (wrong,) = [v for v in factcheck.check_text(text.format(r="27.1 percent")) if v.code == "FC102"]
    assert wrong.status is Status.INCONSISTENT, wrong.message


@pytest.mark.parametrize(
    "said",
    [
        "Orla came second, logging a {r} market share with sales of 3,012 vehicles, down 19.1 percent.",
        "Orla ranked second, claiming a share of {r}, with its sales rising 3.4 percent to 3,012 vehicles.",
        "Orla came second, posting a {r} share, with registrations of 3,012 vehicles.",
    ],
)
def test_a_share_then_the_subjects_own_level(said: str) -> None:
    total = "Domestic sales of new imported vehicles totaled 22,636 units in July.\n\n"
    (v,) = [v for v in factcheck.check_text(total + said.format(r="13.31 percent")) if v.code == "FC102"]
    assert v.status is Status.CONSISTENT, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("part", "3,012"), ("whole", "22,636")]
    (wrong,) = [v for v in factcheck.check_text(total + said.format(r="13.13 percent")) if v.code == "FC102"]
    # (a bare "share" beside a market total may be of the company's own sales: only a market share
    # that misses is an alarm)
    assert wrong.status is (Status.INCONSISTENT if "market share" in said else Status.UNVERIFIABLE), wrong.message


@pytest.mark.parametrize(
    ("market", "share"),
    [
        (
            "The Italian car market grew strongly in April. The ministry counted 125,805 registrations.",
            "The share was {r} compared to 36.2%.",
        ),
        (
            "Spain's car market grew in April. Dealers registered 125,805 cars, the ministry said.",
            "Its market share stood at {r}.",
        ),
        (
            "April was a strong month for the market. In all, 125,805 cars were registered.",
            "The share reached {r}, against 35.6% a year earlier.",
        ),
    ],
)
def test_the_share_of_the_level_before_against_the_markets_figure(market: str, share: str) -> None:
    text = market + " Stellantis registered 42,791 cars in April, 23.4% more than a year before. " + share
    (v,) = [v for v in factcheck.check_text(text.format(r="34.0%")) if v.code == "FC102"]
    assert v.status is Status.CONSISTENT, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("part", "42,791"), ("whole", "125,805")]
    (wrong,) = [v for v in factcheck.check_text(text.format(r="34.1%")) if v.code == "FC102"]
    assert wrong.status is Status.INCONSISTENT, wrong.message


def test_the_share_of_the_level_before_may_be_of_the_companys_own_total() -> None:
    # (the company's own total of the month is given: a miss against the market's is in doubt)
    text = (
        "The Italian car market grew strongly in April. The ministry counted 125,805 registrations."
        " Stellantis sold 61,000 vehicles in April, cars and vans. It registered 42,791 cars in April. The share"
        " was 34.1% compared to 36.2%."
    )
    assert all(v.status is not Status.INCONSISTENT for v in factcheck.check_text(text) if v.code == "FC102")


@pytest.mark.parametrize(
    "said",
    [
        "Orla came second with 8,389 and a 12.9% share, Kessel third with 6,378 for a {r} stake.",
        "Orla had a 12.9% share, while Kessel sold 6,378 units for a {r} stake.",
        "Kessel followed with 6,378 cars, a {r} market stake, just behind Orla's 12.9% share.",
    ],
)
def test_a_stake_among_market_shares_is_a_share(said: str) -> None:
    text = "Dealers in Peru sold 64,948 new cars through July.\n\n" + said
    (v,) = [v for v in factcheck.check_text(text.format(r="9.8%")) if v.code == "FC102" and "9." in v.stated_text]
    assert v.status is Status.CONSISTENT, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("part", "6,378"), ("whole", "64,948")]
    (wrong,) = [v for v in factcheck.check_text(text.format(r="8.9%")) if v.code == "FC102" and "8.9" in v.stated_text]
    assert wrong.status is Status.INCONSISTENT, wrong.message


def test_a_stake_in_a_company_is_owned_not_a_share_of_sales() -> None:
    text = "Dealers sold 64,948 new cars through July, and Orla took a 12.9% share. Kessel holds a 9.8% stake in Orla."
    assert not [v for v in factcheck.check_text(text) if v.code == "FC102" and v.stated_text == "9.8%"]


@pytest.mark.parametrize(
    "text",
    [
        "Japan's new vehicle sales totaled 5,195,216 units in 2025. Sales of minicars fell 0.7% to 1,910,346 units."
        " Minicars accounted for {r} of all vehicle sales.",
        "Japan's new vehicle sales totaled 5,195,216 units in 2025. Minicar sales reached 1,910,346 units, down 0.7%."
        " Minicars made up {r} of the market.",
        "Japan's new vehicle sales totaled 5,195,216 units in 2025. Buyers took 1,910,346 minicars. Minicars"
        " represented {r} of all new vehicles.",
    ],
)
def test_a_share_of_the_class_whose_level_the_sentence_before_gave(text: str) -> None:
    (v,) = [v for v in factcheck.check_text(text.format(r="36.8%")) if v.code == "FC102"]
    assert v.status is Status.CONSISTENT, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("part", "1,910,346"), ("whole", "5,195,216")]
    (wrong,) = [v for v in factcheck.check_text(text.format(r="63.8%")) if v.code == "FC102"]
    assert wrong.status is Status.INCONSISTENT, wrong.message


@pytest.mark.parametrize("spelling", ["plugin hybrids", "Plugin hybrids", "plugin hybrid cars"])
def test_plugin_without_its_hyphen_is_a_plug_in(spelling: str) -> None:
    text = (
        "Electrified sales in France\n\nPlug-in sales reached 45,883 units in September. Battery-electric cars"
        " accounted for 30,213 units and plugin hybrids for 15,670, while hybrids added 41,200. "
        f"{spelling[0].upper() + spelling[1:]} made up {{r}} of plug-in sales."
    )
    (v,) = [v for v in factcheck.check_text(text.format(r="34.2%")) if v.code == "FC102"]
    assert v.status is Status.CONSISTENT, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("part", "15,670"), ("whole", "45,883")]
    (wrong,) = [v for v in factcheck.check_text(text.format(r="43.2%")) if v.code == "FC102"]
    assert wrong.status is Status.INCONSISTENT, wrong.message


@pytest.mark.parametrize(
    "text",
    [
        "Fleet and business registrations came to 98,640 units in November, compared to 77,410 private registrations,"
        " giving the sector a {r} market share.",
        "Imported cars sold 98,640 units in November, against 77,410 locally built cars, for a {r} market share.",
        "Private buyers registered 98,640 cars in November, versus 77,410 fleet cars, giving them a {r} market share.",
    ],
)
def test_a_market_share_of_a_part_and_the_rest_said_beside_it(text: str) -> None:
    (v,) = [v for v in factcheck.check_text(text.format(r="56.0%")) if v.code == "FC102"]
    assert v.status is Status.CONSISTENT, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("part", "98,640"), ("whole", "77,410")]
    (wrong,) = [v for v in factcheck.check_text(text.format(r="65.0%")) if v.code == "FC102"]
    assert wrong.status is Status.INCONSISTENT, wrong.message


@pytest.mark.parametrize(
    "beside",
    [
        "compared to 77,410 a year earlier",
        "compared to 77,410 units in November 2024",
        "against 77,410 private buyers last year",
    ],
)
def test_a_level_compared_with_an_earlier_period_is_no_rest_of_the_market(beside: str) -> None:
    text = f"Fleet registrations came to 98,640 units in November, {beside}, giving the sector a 58.5% market share."
    assert not [v for v in factcheck.check_text(text) if v.code == "FC102" and v.status is Status.INCONSISTENT]


@pytest.mark.parametrize(
    ("text", "whole", "shares"),
    [
        (
            "Of the 50,000 imported cars registered in May, Orla topped the ranking with 20.0%, (10,000) well"
            " ahead of Kessel at 15.0% or 7,500 cars.",
            "50,000",
            {"20.0%": "10,000", "15.0%": "7,500"},
        ),
        (
            "Out of 60,000 cars sold in June, Drevon led with 30.0% (18,000), followed by Halden with 20.0% (12,000).",
            "60,000",
            {"30.0%": "18,000", "20.0%": "12,000"},
        ),
        (
            "Of the 40,000 vehicles registered in July, Tessin took 25.0% (10,000), ahead of Vessa on 12.5% or"
            " 5,000 units.",
            "40,000",
            {"25.0%": "10,000", "12.5%": "5,000"},
        ),
    ],
)
def test_names_ranked_by_their_percent_of_the_whole_the_sentence_opens_on(
    text: str, whole: str, shares: dict[str, str]
) -> None:
    got = {v.stated_text: v for v in fc102(text)}
    for stated, part in shares.items():
        v = got[stated]
        assert v.status is Status.CONSISTENT, v.message
        assert [e.quantity.text for e in v.evidence] == [part, whole]
    # the last share mistyped a digit
    stated = list(shares)[-1]
    typo = stated[0] + str((int(stated[1]) + 3) % 10) + stated[2:]
    (wrong,) = [v for v in fc102(text.replace(stated, typo)) if v.stated_text == typo]
    assert wrong.status is Status.INCONSISTENT, wrong.message


@pytest.mark.parametrize(
    "later",
    [
        "Drevon sold 6,000 cars for a 12.0% share, Halden {h} (8.0%) and Tessin 3,000 (6.0%).",
        "Drevon took a 12.0% share with 6,000 cars, while Halden sold {h} (8.0%) and Tessin 3,000 (6.0%).",
        "In the May tally, Drevon came third with 6,000 cars for a 12.0% share, Halden next with {h} (8.0%);"
        " Tessin 3,000 (6.0%).",
    ],
)
def test_a_list_of_levels_with_bracketed_percents_after_a_share_goes_on_with_it(later: str) -> None:
    text = "Of the 50,000 imported cars registered in May, Orla led with 20.0% (10,000).\n\n" + later
    got = {v.stated_text: v for v in fc102(text.format(h="4,000"))}
    for stated, part in (("8.0%", "4,000"), ("6.0%", "3,000")):
        assert got[stated].status is Status.CONSISTENT, got[stated].message
        assert [e.quantity.text for e in got[stated].evidence] == [part, "50,000"]
    wrong = {v.stated_text: v for v in fc102(text.format(h="4,900"))}
    assert wrong["8.0%"].status is Status.INCONSISTENT, wrong["8.0%"].message
