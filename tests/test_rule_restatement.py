"""FC107 restatement: copies paired by context, rounding and hedges, typo-shaped mismatches only."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.model import Status


def fc107(text: str):
    return [v for v in factcheck.check_text(text) if v.code == "FC107"]


def statuses(text: str) -> list[Status]:
    return [v.status for v in fc107(text)]


HEAD_BODY = (
    "Record month for Zentro: {head} vehicles delivered in June\n\n"
    "Zentro said on Monday it had delivered {body} vehicles in June, a monthly high, "
    "as its newest model reached buyers."
)


def test_headline_restating_body_is_consistent() -> None:
    vs = fc107(HEAD_BODY.format(head="14,736", body="14,736"))
    assert [v.status for v in vs] == [Status.CONSISTENT]
    assert [e.role for e in vs[0].evidence] == ["first", "second"]
    assert [e.quantity.text for e in vs[0].evidence] == ["14,736", "14,736"]


@pytest.mark.parametrize("head", ["41,736", "14,763", "13,736", "14,746"])
def test_typo_in_one_copy_is_inconsistent(head: str) -> None:
    vs = fc107(HEAD_BODY.format(head=head, body="14,736"))
    assert [v.status for v in vs] == [Status.INCONSISTENT]
    assert head in vs[0].message and "14,736" in vs[0].message


def test_different_figure_that_is_no_typo_is_skipped() -> None:
    # 10,950 vs 14,736 is not a slip of the keyboard: maybe another statement, so no verdict
    assert statuses(HEAD_BODY.format(head="10,950", body="14,736")) == []


@pytest.mark.parametrize(
    ("head", "status"),
    [
        ("Over 14k", Status.CONSISTENT),
        ("nearly 15k", Status.CONSISTENT),
        ("about 14,700", Status.CONSISTENT),
        ("over 41k", Status.INCONSISTENT),  # 41 vs 14 at the common precision: swapped digits
        ("nearly 17k", None),  # 17k vs 14,736 -> 17 vs 14 is a one-digit slip, but "nearly" 17k
    ],
)
def test_rounded_and_hedged_copies(head: str, status: Status | None) -> None:
    got = statuses(HEAD_BODY.format(head=head, body="14,736"))
    if status is None:
        assert Status.CONSISTENT not in got
    else:
        assert got == [status]


def test_different_periods_are_not_paired() -> None:
    text = (
        "Zentro delivered 14,736 vehicles in June.\n\n"
        "Zentro delivered 14,376 vehicles in May, it said in a statement on Monday."
    )
    assert statuses(text) == []


def test_different_powertrains_are_not_paired() -> None:
    text = (
        "Zentro sold 87,512 BEVs in April and 93,406 PHEVs.\n\n"
        "Its BEV sales were 87,512 units in April, while PHEV sales were 93,046 units in April."
    )
    vs = fc107(text)
    # BEV with BEV (agree), PHEV with PHEV (a typo); never BEV with PHEV
    assert [v.status for v in vs] == [Status.CONSISTENT, Status.INCONSISTENT]
    assert {e.quantity.text for e in vs[0].evidence} == {"87,512"}
    assert [e.quantity.text for e in vs[1].evidence] == ["93,406", "93,046"]
    # with no third copy to tell which is right, the earlier copy is named
    assert vs[1].stated_text == "93,406"


def test_different_companies_are_not_paired() -> None:
    text = (
        "Zentro delivered 14,736 vehicles in June, the company said.\n\n"
        "Rival Orvane delivered 14,763 vehicles in June, the company said on Tuesday."
    )
    assert statuses(text) == []


def test_model_figure_is_not_the_company_figure() -> None:
    text = (
        "Zentro delivered 14,736 vehicles in June.\n\n"
        "In June, its flagship Z9 model delivered 14,376 units, the company said."
    )
    assert statuses(text) == []


def test_growth_rates_pair_by_comparison_and_direction() -> None:
    text = (
        "Korvel sold 38,617 NEVs in August, up 187% on a year earlier\n\n"
        "Korvel's NEV sales in August came to 38,617 units, up 178 percent on a year earlier and 15 percent "
        "on July."
    )
    vs = fc107(text)
    by_text = {v.stated_text: v.status for v in vs}
    assert by_text.get("38,617") is Status.CONSISTENT
    assert Status.INCONSISTENT in by_text.values()
    bad = next(v for v in vs if v.status is Status.INCONSISTENT)
    assert {e.quantity.text for e in bad.evidence} == {"187%", "178 percent"}


def test_month_on_month_and_year_on_year_are_different_statements() -> None:
    text = (
        "Korvel delivered 9,812 vehicles in March, down 50.20% year-on-year.\n\n"
        "Korvel delivered 9,812 vehicles in March, down 18.45% month-on-month, it said on Friday."
    )
    assert Status.INCONSISTENT not in statuses(text)


def test_rounded_headline_growth_is_consistent() -> None:
    text = (
        "Korvel's March deliveries fall 50% after a slow start to spring\n\n"
        "Korvel delivered 9,812 vehicles in March, a 50.20% year-on-year decline."
    )
    assert statuses(text) == [Status.CONSISTENT]


def test_word_figures_restate_percentages() -> None:
    text = (
        "Registrations of PHEVs rose almost a quarter in April, the trade body said.\n\n"
        "PHEV registrations in April were up 23.9% to 31,642 units, the trade body said on Monday."
    )
    assert statuses(text) == [Status.CONSISTENT]


@pytest.mark.parametrize(
    ("verb", "rate", "status"),
    [
        ("climbed", "up 23.9%", Status.CONSISTENT),
        ("slid", "down 24.6%", Status.CONSISTENT),
        ("climbed", "up 32.9%", None),  # not a quarter, and no typo of one: another statement
    ],
)
def test_word_fractions_take_their_direction_from_the_verb(verb: str, rate: str, status: Status | None) -> None:
    text = (
        f"Brisa's PHEV registrations {verb} almost a quarter in April, the trade body said.\n\n"
        f"Brisa's PHEV registrations in April were {rate} to 31,642 units, the trade body said."
    )
    assert statuses(text) == ([status] if status else [])


@pytest.mark.parametrize(
    "distractor",
    [
        "The Z9 sprints from 0-100 km/h in 3.9 seconds on an 800V platform.",
        "Its 100 kWh battery gives 14,736 km of range per year in tests.",
        "The 2024 model year starts in June.",
    ],
)
def test_distractors_are_not_restatements(distractor: str) -> None:
    text = "Zentro delivered 14,736 vehicles in June.\n\n" + distractor
    assert Status.INCONSISTENT not in statuses(text)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("almost 10%", [Status.CONSISTENT]),
        # "almost 20%" is 10 with one digit changed, but two-digit figures that share a digit are
        # far more often two different figures than one mistyped (seen on unseen articles: 15%
        # and 25%, 1.2% and 3.2%): no restatement either way
        ("almost 20%", []),
    ],
)
def test_hedged_copy_compared_the_way_it_rounds(lead: str, expected: list[Status]) -> None:
    # "almost 10%" rounds 9.4 up
    text = (
        f"Zentro said BEV sales decreased {lead} month-on-month in December, while EREV sales rose.\n\n"
        "Zentro's BEV sales stood at 94,000 units in December, falling by 9.4% month-on-month."
    )
    assert statuses(text) == expected


def test_a_three_digit_copy_with_one_digit_changed_is_a_slip() -> None:
    text = (
        "Zentro said BEV sales decreased 12.4% month-on-month in December, while EREV sales rose.\n\n"
        "Zentro's BEV sales stood at 94,000 units in December, falling by 12.7% month-on-month."
    )
    assert statuses(text) == [Status.INCONSISTENT]


def test_different_markets_are_not_paired() -> None:
    text = (
        "Zentro sold 58,731 cars in China in July, the association said on Tuesday.\n\n"
        "Zentro sold 85,731 cars in Europe in July, according to industry data."
    )
    assert statuses(text) == []


def test_unnamed_channel_is_never_a_mismatch() -> None:
    # retail or wholesale? the first copy does not say, so a mismatch is not called
    text = (
        "NEV sales reached 1,121,000 units in September, the association said.\n\n"
        "NEV wholesale sales were 1,211,000 units in September, and retail sales 1,122,000 units."
    )
    assert Status.INCONSISTENT not in statuses(text)


@pytest.mark.parametrize(
    "other",
    [
        "The company delivered 17,436 vehicles in June last year, it said.",  # last June
        "Zentro sold 14,763 vehicles in China in June, the association said.",  # one market only
        "Zentro's retail sales in June were 14,673 units, the association said.",  # one channel only
    ],
)
def test_typo_shaped_figures_of_other_statements_are_not_flagged(other: str) -> None:
    text = (
        "Zentro delivers 14,736 vehicles in June\n\n"
        "Zentro delivered 14,736 vehicles in June, up 21.98 percent year-on-year, the company said.\n\n" + other
    )
    assert Status.INCONSISTENT not in statuses(text)


def test_docstring_examples() -> None:
    bad = "Korvel sold 38,671 NEVs in August\n\nKorvel's NEV sales in August were 38,617 units, it said on Monday."
    assert statuses(bad) == [Status.INCONSISTENT]
    good = (
        "Orvane sold over 120k units in November\n\nOrvane sold 120,418 units in November, the company said on Monday."
    )
    assert statuses(good) == [Status.CONSISTENT]


def test_currency_codes_and_common_words_are_not_company_names() -> None:
    # "The company ..." takes its names from the sentence before, which names only a
    # currency and a sentence-initial common noun
    text = (
        "Halvard delivers 52,184 vehicles in the third quarter\n\n"
        "Halvard reported quarterly revenue of RMB 23.41 billion.\n\n"
        "Vehicle sales revenue was RMB 19.87 billion. The company delivered 52,184 vehicles in the quarter."
    )
    (v,) = [v for v in fc107(text) if v.stated_text == "52,184"]
    assert "RMB" not in v.message and "Vehicle" not in v.message


def test_a_release_date_and_a_months_possessive_do_not_date_the_figure() -> None:
    # "on Monday, November 10" is the release date, and "September's" the baseline's month
    text = (
        "Perla's retail sales climb 10.6% in October\n\n"
        "Perla's retail sales reached 178,200 units in October, up 10.61% from 161,100 units a year "
        "earlier and up 5.13% from September's 169,500, the company said on Monday, November 10."
    )
    assert [(v.stated_text, v.status) for v in fc107(text)] == [("10.6%", Status.CONSISTENT)]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Corvan posted 70,327 units in November, topping 70,000 for a second month.", Status.CONSISTENT),
        ("Corvan posted 69,327 units in November, topping 70,000 for a second month.", Status.INCONSISTENT),
        (
            "Orla sold a record 201,259 cars (NEVs) in May, its fifth record month and the first time its "
            "monthly tally topped 200,000.",
            Status.CONSISTENT,
        ),
        (
            "Orla sold a record 120,259 cars (NEVs) in May, its fifth record month and the first time its "
            "monthly tally topped 200,000.",
            None,  # far below: a slip, but also far from the threshold; no verdict of either kind
        ),
        ("Tessin delivered 50,390 cars, topping 50,000 for the first time.", Status.CONSISTENT),
    ],
)
def test_a_threshold_said_of_the_figure_in_its_own_sentence(text: str, status: Status | None) -> None:
    vs = [v for v in factcheck.check_text(text) if v.code == "FC107"]
    if status is None:
        assert not [v for v in vs if v.status is Status.CONSISTENT]
        return
    (v,) = vs
    assert v.status is status, v.message
    assert [e.role for e in v.evidence] == ["first", "second"]


def test_a_baseline_after_more_than_is_no_threshold() -> None:
    text = "Tessin sold 120,500 cars, more than the 100,000 it sold a year ago."
    assert [v for v in factcheck.check_text(text) if v.code == "FC107"] == []


def test_a_threshold_is_said_of_its_own_figure_only() -> None:
    text = (
        "Pavo delivered 70,327 vehicles in the quarter, exceeding 70,000 for the first time.\n\n"
        "It needs 78,360 more to hit its target."
    )
    assert [v.message for v in fc107(text) if "78,360" in v.message] == []


def test_the_message_says_where_the_other_copy_is_in_plain_words() -> None:
    text = "# Zentro sold 14,763 cars in June\n\nZentro sold 14,736 cars in June, its best month so far.\n"
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC107"]
    assert "(at 3:13), both Zentro's figure for June" in v.message
    assert "(same " not in v.message


# The list of key points that opens a release restates its body the way a headline does.
POINTS = (
    "Velmar's June in numbers\n\n"
    "{m} BEV registrations grow {point} to take an 18.2% share of the market.\n"
    "{m} PHEV registrations grow 41.3% as fleets return.\n\n"
    "Velmar's registrations grew 12.4% in June to reach 48,300 units. BEV registrations rose 41.5% on June "
    "last year to 8,790 units."
)


@pytest.mark.parametrize("marker", ["-", "*", "•", "1."])
def test_opening_point_restates_the_body(marker: str) -> None:
    vs = [v for v in fc107(POINTS.format(m=marker, point="41.5%")) if v.stated_text == "41.5%"]
    assert [v.status for v in vs] == [Status.CONSISTENT]
    assert vs[0].evidence[0].quantity.start < POINTS.index("Velmar's registrations")


def test_mistyped_opening_point_is_inconsistent() -> None:
    vs = fc107(POINTS.format(m="-", point="45.1%"))
    assert [(v.status, v.stated_text) for v in vs if v.status is Status.INCONSISTENT] == [
        (Status.INCONSISTENT, "45.1%")
    ]


def test_opening_point_of_another_powertrain_restates_nothing() -> None:
    """41.3% for PHEVs looks like a typo of the BEVs' 41.5%; it is another metric."""
    vs = fc107(POINTS.format(m="-", point="41.5%"))
    assert [v for v in vs if v.stated_text == "41.3%"] == []


def test_points_after_the_body_are_no_summary() -> None:
    from factcheck.document import build
    from factcheck.items import _opening_points

    opening = build(POINTS.format(m="-", point="41.5%"))
    assert sorted(_opening_points(opening)) == [1, 2]
    later = build(
        "Velmar's June\n\nVelmar's registrations grew 12.4% in June. Its BEVs did better still.\n\n"
        "- BEVs grew 41.5%.\n- PHEVs grew 9%."
    )
    assert _opening_points(later) == frozenset()


# A list's total row restates the sentence that introduces the list; a model named in prose
# and in its own list line is one figure.
LIST = (
    "Velmar's year so far\n\n"
    "Velmar's sales held up well in the spring, and the Avra did best, down only 3% on a year earlier.\n\n"
    "{intro}\n\n"
    "Avra: 120,400 (down 3% year-over-year)\n\n"
    "Bello: 92,150\n\n"
    "{total}: 212,550 (up 9% year-over-year)"
)


@pytest.mark.parametrize(
    "intro",
    [
        "So far this year, Velmar has sold over 212,000 cars:",
        "Velmar has sold more than 212,000 cars since January.",
        "In the first five months, Velmar sold nearly 213,000 cars.",
    ],
)
def test_total_row_restates_the_list_intro(intro: str) -> None:
    vs = fc107(LIST.format(intro=intro, total="Total"))
    hedged = [v for v in vs if v.stated_text != "3%"]
    assert [(v.status, v.evidence[1].quantity.text) for v in hedged] == [(Status.CONSISTENT, "212,550")]


def test_list_under_a_heading_with_no_figure_is_introduced_by_the_sentence_before_the_heading() -> None:
    from factcheck.document import build
    from factcheck.items import _list_intro

    doc = build("Velmar sold 212,550 cars.\n\nSales by model:\n\nAvra: 120,400\n\nBello: 92,150\n\nTotal: 212,550")
    assert _list_intro(doc, len(doc.sentences) - 1) == 0
    # a heading that opens the article introduces nothing
    doc = build("Sales by model:\n\nAvra: 120,400\n\nBello: 92,150\n\nTotal: 212,550")
    assert _list_intro(doc, len(doc.sentences) - 1) is None
    doc = build("Velmar sold over 212,000 cars:\n\nAvra: 120,400\n\nBello: 92,150\n\nTotal: 212,550")
    assert _list_intro(doc, len(doc.sentences) - 1) == 0


def test_model_named_in_prose_and_in_its_list_line() -> None:
    vs = fc107(LIST.format(intro="So far this year, Velmar has sold over 212,000 cars:", total="Total"))
    assert [(v.status, v.stated_text) for v in vs if v.stated_text == "3%"] == [(Status.CONSISTENT, "3%")]


# A rate restated beside one level written at two precisions ("to 1.42 lakh", "to 1,42,350").
@pytest.mark.parametrize(
    ("head", "body"),
    [
        ("Rovan's June sales rise 12% to 1,42,350 units", "Rovan's sales rose 12 per cent to 1.42 lakh units in June."),
        ("Rovan's June sales rise 12% to 1.42 lakh units", "Rovan's sales rose 12 per cent to 1,42,350 units in June."),
        ("Rovan's June sales up 12% at 142,350 units", "Rovan's sales rose 12 per cent to 0.14 million units in June."),
    ],
)
def test_rate_beside_one_level_at_two_precisions(head: str, body: str) -> None:
    vs = [v for v in fc107(f"# {head}\n\n{body}") if v.stated_text.startswith("12")]
    assert [v.status for v in vs] == [Status.CONSISTENT]


def test_rates_beside_two_different_levels_are_two_statements() -> None:
    text = (
        "# Rovan's June sales rise 12% to 1,18,600 units\n\nRovan's sales rose 12 per cent to 1.42 lakh units in June."
    )
    assert [v for v in fc107(text) if v.stated_text.startswith("12")] == []


# A hedged rate restated in a quote, the same market named in both places.
@pytest.mark.parametrize(
    "quote",
    [
        '"The festive season helped the company achieve more than 7 per cent growth in domestic sales in October,"'
        " its sales head said.",
        '"Domestic demand in October gave the brand over 7% growth," the company said.',
        "Its sales head said domestic sales in October grew by nearly 7.5 per cent.",
    ],
)
def test_hedged_rate_in_a_quote_restates_the_body(quote: str) -> None:
    text = (
        "Domestic wholesales of Rovan rose 7.46 per cent to 61,300 units in October from 57,045 units a year "
        "earlier.\n\n" + quote
    )
    assert [v.status for v in fc107(text)] == [Status.CONSISTENT]


def test_hedged_rate_of_another_market_restates_nothing() -> None:
    text = (
        "Domestic wholesales of Rovan rose 7.46 per cent to 61,300 units in October from 57,045 units a year "
        'earlier.\n\n"Exports in October gave the brand more than 7 per cent growth," the company said.'
    )
    assert fc107(text) == []


# A threshold passed, said in the sentence after the figure: "This marks the first time ...".
@pytest.mark.parametrize(
    "after",
    [
        "This marks a 104 percent rise on a year earlier, making it the first time Orla has exceeded the 20,000 unit"
        " mark in a single month.",
        "It was the first month its deliveries crossed 20,000.",
        "That is the first time the brand has topped 20,000 units in a month.",
        "It has passed 20,000 units for the first time.",
    ],
)
def test_threshold_passed_said_in_the_next_sentence(after: str) -> None:
    text = f"Orla delivered a record 20,462 electric cars in July. {after}"
    vs = [v for v in fc107(text) if v.stated_text.endswith("20,000")]
    assert [(v.status, v.evidence[0].quantity.text) for v in vs] == [(Status.CONSISTENT, "20,462")]


@pytest.mark.parametrize(
    "text",
    [
        # below the threshold: not said of this figure (in the same sentence it would be a slip)
        "Orla delivered 19,462 electric cars in July. It was the first month its deliveries crossed 20,000.",
        # far above: another threshold
        "Orla delivered 29,462 electric cars in July. It was the first month its deliveries crossed 20,000.",
        # another metric
        "Orla delivered 20,462 cars in July. It was the first month its exports crossed 20,000.",
        # no pointing back
        "Orla delivered 20,462 cars in July. Kessel expects to cross 20,000 for the first time next year.",
    ],
)
def test_threshold_in_the_next_sentence_needs_its_figure(text: str) -> None:
    assert [v for v in fc107(text) if v.stated_text.endswith("20,000")] == []


# "Hyundai Motor, South Korea's biggest carmaker, said ...": the appositive says where the company
# is from, not which market the figure counts.
@pytest.mark.parametrize(
    "body",
    [
        "Halla Motor, South Korea's biggest carmaker, said on Monday its sales fell 3.7 per cent last month.",
        "Tamra Motors, India's largest carmaker, said its sales fell 3.7 per cent in November.",
        "Orvane, China's third-biggest EV maker, said on Tuesday its sales fell 3.7 per cent in November.",
    ],
)
def test_company_description_is_no_market_of_the_figure(body: str) -> None:
    name = body.split(",")[0].split()[0]
    text = f"# {name}'s global sales fall 3.7 pc in November\n\n{body}"
    assert [v.status for v in fc107(text)] == [Status.CONSISTENT]


def test_a_market_named_for_the_figure_still_counts() -> None:
    text = (
        "# Halla's global sales fall 3.7 pc in November\n\n"
        "Halla Motor, the carmaker, said its sales in South Korea fell 3.7 per cent in November."
    )
    assert fc107(text) == []


# "the Chinese automaker", "German car giant Halla": a nationality before a company noun says where
# the company is from; the figure is no less sure a copy of the table's total.
@pytest.mark.parametrize(
    "who",
    ["the Chinese company", "the German carmaker", "Japanese auto giant Halla", "the Korean EV maker"],
)
def test_nationality_of_the_company_leaves_the_pair_sure(who: str) -> None:
    text = (
        f"# Halla's deliveries grow in June\n\nIn June, {who} delivered 10,489 electric cars (up 60% "
        "year-over-year), its best month so far.\n\nDeliveries by model:\n\nHX5: 6,100\n\nHX7: 4,389\n\n"
        "Total: 10,489 (up 50% year-over-year)\n"
    )
    vs = [v for v in fc107(text) if v.status is Status.INCONSISTENT]
    assert [(v.stated_text, [e.quantity.text for e in v.evidence]) for v in vs] == [("60%", ["60%", "50%"])]


# Two growth rates of one level with the same comparison are one figure stated twice: one digit off
# is a slip even in a one-digit rate. With another comparison they are two figures.
@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        ("5% more than a year ago", "up 6% year-over-year", Status.INCONSISTENT),
        ("5% more than a year ago", "up 5% year-over-year", Status.CONSISTENT),
        ("3% higher than a year earlier", "up 4% year-on-year", Status.INCONSISTENT),
        ("5% more than in May", "up 6% year-over-year", None),
    ],
)
def test_two_rates_of_one_level(first: str, second: str, status: Status | None) -> None:
    text = (
        f"Last month, Orla delivered 7,024 cars, which is {first}, its first gain this year.\n\n"
        f"Deliveries by model:\n\nOX3: 4,000\n\nOX5: 3,024\n\nTotal: 7,024 ({second})\n"
    )
    rates = [v.status for v in fc107(text) if v.stated_text.endswith("%")]
    assert rates == ([status] if status else [])
    assert Status.INCONSISTENT not in [v.status for v in fc107(text) if not v.stated_text.endswith("%")]


def test_round_figures_one_digit_apart_are_two_figures_without_a_sure_pair() -> None:
    # the same company, no level, no period in common: 60% and 50% may be two different figures
    text = "# Orla's sales up 60%\n\nOrla's exports rose 50% in the first half, the company said on Friday."
    assert Status.INCONSISTENT not in statuses(text)


# Scooters, three-wheelers and tractors are counted apart: one class's growth is no copy of another's.
@pytest.mark.parametrize(
    ("head", "body"),
    [
        ("scooters lead with 14% growth", "Total three-wheeler sales rose 14% year-on-year"),
        ("two-wheelers up 14%", "Tractor sales rose 14% year-on-year"),
        ("motorcycles climb 14%", "Rickshaw sales rose 14% year-on-year"),
    ],
)
def test_vehicle_classes_are_not_copies(head: str, body: str) -> None:
    text = (
        f"October sales: {head}, cars up 9%\n\n"
        "Car dispatches stood at 2,18,000 units, up 9% from 2,00,000 units a year ago.\n\n"
        f"{body} to 50,500 units in October."
    )
    assert [v.stated_text for v in fc107(text) if v.stated_text == "14%"] == []


# A level stated before the rate that is measured from it ("sold 271,156 in 2024, and the target
# implies an 84.4 percent increase") is still a level of its own period, restated in the body.
@pytest.mark.parametrize(("body", "status"), [("271,156", Status.CONSISTENT), ("217,156", Status.INCONSISTENT)])
def test_a_level_before_its_rate_is_restated(body: str, status: Status) -> None:
    text = (
        "Velora aims to sell 500,000 cars this year\n\n"
        "Velora sold 271,156 cars in the whole of 2024, and its new goal would mean growth of 84.4 percent.\n\n"
        f"In the whole of 2024, Velora sold {body} cars, its filings show."
    )
    assert [v.status for v in fc107(text) if "271,156" in v.stated_text or body in v.stated_text] == [status]


# Two estimates with different hedges are two statements: "just under 118,000" is no copy, and no
# mistyped copy, of "close to 128,000".
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("just under 118,000", "close to 128,000"),
        ("under 118,000", "nearly 128,000"),
        ("over 118,000", "about 128,000"),
    ],
)
def test_two_estimates_are_neither_copies_nor_typos(first: str, second: str) -> None:
    text = (
        f"Dalvik market keeps growing\n\nNovember sales came in at {first} units, up 14 per cent from 2022.\n\n"
        f"Still, November 2019 saw sales of {second} units, so there is room to grow."
    )
    assert fc107(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # two brands' shares, each stated with its own level
        "Orla led with 21% market share (3,310 units), followed by Kessel with 11% (1,689 units).\n\n"
        "Among vans, Drevon was third with 11% market share (666 units).",
        # a forecast for next month is no copy of this month's figure
        "Orla said it sold about 11,303 cars in October.\n\n"
        "It expected sales to reach no fewer than 11,000 units in November.",
        # "100% electric" describes the cars; "the 2022 registrations" dates them
        "Sales of 100% electric vehicles rose in 2022.\n\n"
        "The 2022 EV registrations were up, and 100% of buyers paid cash.",
    ],
)
def test_figures_that_merely_look_alike_are_no_restatement(text: str) -> None:
    assert [v.message for v in factcheck.check_text(text) if v.code == "FC107"] == []


@pytest.mark.parametrize(
    "second",
    [
        "Its market share rose to 11.30% from 8.31%.",
        "Its share of the market climbed to 11.30% from 8.31%.",
        "Their market share went up to 11.30% from 8.31%.",
    ],
)
def test_its_share_is_the_share_of_the_maker_the_sentence_before_names(second: str) -> None:
    # 11.36% is Orla's share a year ago, 11.30% Kessel's now: two makers, no typo
    text = (
        "Orla led the market in January with 470 cars, up from 316 a year earlier. Orla's market share"
        " climbed to 13.59% from 11.36% in the period.\n\n"
        f"Kessel was second in January, with 391 new cars registered, up from 231 a year earlier. {second}"
    )
    assert Status.INCONSISTENT not in statuses(text), [v.message for v in fc107(text)]


@pytest.mark.parametrize("legal", ["Motor Corp.", "Motor Co. Ltd.", "Motors Corporation"])
def test_makers_named_with_their_legal_names_are_told_apart(legal: str) -> None:
    # a maker opening its sentence once, before its legal name, is a name
    text = (
        f"Drevon {legal}, the market leader for years, delivered 14,899 units in the first seven months,"
        f" for a 22.9% market share. It was followed by Lumea {legal} with 8,389 and a 12.9% share."
    )
    assert Status.INCONSISTENT not in statuses(text), [v.message for v in fc107(text)]


@pytest.mark.parametrize(("head", "status"), [("184%", Status.CONSISTENT), ("148%", Status.INCONSISTENT)])
@pytest.mark.parametrize(
    "body",
    [
        "Fully electric car registrations in Kestria were up {r} on September 2024, the registry said.",
        "Registrations of battery-electric cars climbed {r} year on year in September, the registry said.",
    ],
)
def test_electric_cars_in_a_headline_are_the_battery_electric_cars_of_the_body(
    head: str, status: Status, body: str
) -> None:
    text = f"Electric car registrations up {head} in September\n\n" + body.format(r="184%")
    assert statuses(text) == [status], [v.message for v in fc107(text)]


@pytest.mark.parametrize("verb", ["expands", "expanded", "improved"])
def test_expands_and_improved_are_rises(verb: str) -> None:
    (v,) = [
        v for v in factcheck.check_text(f"Orla sales {verb} 25% to 5,000 units from 4,000 in May.") if v.code == "FC101"
    ]
    assert v.status is Status.CONSISTENT, v.message


@pytest.mark.parametrize(("head", "status"), [("7.3%", Status.CONSISTENT), ("3.7%", Status.INCONSISTENT)])
@pytest.mark.parametrize("verb", ["sees car sales up", "expects car sales to improve"])
def test_a_country_and_its_region_named_together_are_one_place(head: str, status: Status, verb: str) -> None:
    text = (
        f"Orla's Thai unit {verb} {head}\n\n"
        "The Thai unit of Orla Motor Corp expects its car sales in the Southeast Asian country to rise 7.3% to"
        " 310,000 vehicles this year, the company said on Thursday."
    )
    assert statuses(text) == [status], [v.message for v in fc107(text)]


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        ("Van output drops {h}", "Van output in Kestria dropped 11.7% y/y to 104,576 units in January."),
        ("Drevon sales up {h} in 2024", "Drevon's new car sales increased by 11.7 per cent in 2024, dealers said."),
        (
            "Truck Sales Fall {h}",
            "Heavy truck sales fell 11.7% in July, the group said.",
        ),
    ],
)
@pytest.mark.parametrize(
    ("h", "status"), [("11.7%", Status.CONSISTENT), ("11.7pc", Status.CONSISTENT), ("17.1%", Status.INCONSISTENT)]
)
def test_a_headline_restates_its_lead(headline: str, body: str, h: str, status: Status) -> None:
    # the headline and the first paragraph are both the lead: the title line is a copy of its own
    vs = [v for v in factcheck.check_text(headline.format(h=h) + "\n\n" + body + "\n") if v.code == "FC107"]
    assert [v.status for v in vs] == [status], [v.message for v in vs]


def test_a_first_line_listing_many_figures_is_no_headline() -> None:
    text = (
        "Between May 1 and May 24, it sold 12,000 units, then 12,500, 36,400, 60,200 and 180,000 units.\n\n"
        "For the week of May 18 to May 24, Orla sold 12,100 units, the company said.\n"
    )
    assert [v for v in factcheck.check_text(text) if v.code == "FC107" and v.status is Status.INCONSISTENT] == []
    # nor is either bound a copy of it: no tick for "near 408,000" against the low of 412,000
    assert [v.stated_text for v in factcheck.check_text(text) if v.code == "FC107"] == []


@pytest.mark.parametrize(
    ("head", "body"),
    [
        # a year to date through December is the full year the headline names
        (
            "Car registrations up 11 pct in 2016",
            "From January to December, car registrations totaled 128,910, up 11 pct on the year before.",
        ),
        # the reporting body before a colon, and a country's "Republic", name no company
        ("AutoSAP: Car production drops 11.7%", "Car production in the Czech Republic dropped 11.7% y/y to 104,576."),
    ],
)
def test_a_headline_rate_restated_in_the_body(head: str, body: str) -> None:
    vs = fc107(f"{head}\n\n{body}")
    assert [v.status for v in vs] == [Status.CONSISTENT]
    assert [e.quantity.start for e in vs[0].evidence] == [head.index("11"), len(head) + 2 + body.index("11")]


@pytest.mark.parametrize(
    "lede",
    [
        # the change names what it measures after its figure; the vehicle class before it is another clause's
        "A weaker truck sector is the main reason for a 2.2 per cent year-on-year decline in new vehicle sales"
        " shown by the February registration data published today.",
        "Soft demand for commercial vehicles explains a 2.2 per cent annual drop in new vehicle sales,"
        " according to February registration data.",
        "Fleet buyers drove a 2.2 per cent decline in new car sales in February, the data show.",
    ],
)
@pytest.mark.parametrize(("body_rate", "status"), [("2.2", Status.CONSISTENT), ("2.7", None)])
def test_a_lede_rate_restated_in_the_next_paragraph(lede: str, body_rate: str, status: Status | None) -> None:
    text = (
        "Chile's car market slips in February\n\n"
        f"{lede}\n\n"
        f"With 11,438 new vehicles registered in February, the market was down {body_rate} per cent compared"
        " to February 2025.\n"
    )
    vs = [v for v in fc107(text) if v.stated_text.startswith("2.2")]
    assert [v.status for v in vs] == ([status] if status else []), [v.message for v in fc107(text)]


@pytest.mark.parametrize("source", ["SMMT", "CAAM", "ACEA"])
def test_the_body_that_publishes_the_figures_is_no_subject_of_them(source: str) -> None:
    # the reporting body, named most often, is not the company an unnamed figure belongs to: the
    # unnamed headline point may restate the body's figure of a company named once
    text = (
        "- New car registrations rise 16.7% in May.\n\n"
        "- Registrations of vans reach 25,359 units.\n\n"
        "Drevon's registrations grew 16.7% in May to reach 14,204 units.\n\n"
        f"{source} published the figures on Thursday. {source} expects the market to keep growing.\n"
    )
    vs = [v for v in fc107(text) if v.stated_text == "16.7%"]
    assert [v.status for v in vs] == [Status.CONSISTENT], [v.message for v in fc107(text)]


@pytest.mark.parametrize("heading", ["Deliveries by body style:", "Sales by model:", "Breakdown:"])
def test_a_total_row_under_a_heading_restates_the_sentence_before_the_heading(heading: str) -> None:
    text = (
        "Halden posts October deliveries\n\n"
        "Halden delivered 9,412 vehicles in October, the company said.\n\n"
        f"{heading}\n\n"
        "  • SUVs: 5,830\n"
        "      including 2,104 H9\n"
        "  • Sedans: 3,582\n"
        "  • Total: {total}\n\n"
        # a rival named as often: the article has no main subject to lend the total row
        "Korvik, its rival, sold 4,100 vehicles; Korvik sold 3,900 a year ago.\n"
    )
    ok = [v for v in fc107(text.format(total="9,412")) if v.stated_text == "9,412"]
    assert [v.status for v in ok] == [Status.CONSISTENT]
    # a mistyped total row is no copy (a bare row is too little context to call the mismatch here;
    # the sum of its rows does)
    assert [v for v in fc107(text.format(total="9,421")) if v.status is Status.CONSISTENT] == []


@pytest.mark.parametrize(
    "body",
    [
        "Data from the Lumea Automotive Manufacturers Association (LAMA) reveals a 118% year-on-year increase in"
        " car sales to 7,953 units in February 2025.",
        "The Driver and Vehicle Licensing Authority (DVLA) said car sales rose 118% year-on-year to 7,953 units"
        " in February 2025.",
        "According to the Chamber of Automotive Manufacturers of Lumea (CAML), car sales jumped 118% year-on-year"
        " to 7,953 units in February 2025.",
    ],
)
def test_the_body_that_reports_a_figure_names_no_company_of_it(body: str) -> None:
    # the headline's rate is the article's subject's; the body's words for who reports it say no other
    text = (
        "Passenger Car Sales Show a Striking 118% Jump in February\n\n"
        f"{body}\n\n"
        "Orla led the market in February. Orla's Vela model sold best.\n"
    )
    vs = [v for v in fc107(text) if v.stated_text.startswith("118%")]
    assert [v.status for v in vs] == [Status.CONSISTENT], [v.message for v in fc107(text)]


@pytest.mark.parametrize(
    ("text", "copy"),
    [
        (
            "Lumea's fleet tops 11.5 million\n\nFor Lumea, with an estimated population of 193,392,517, a fleet of"
            " 11.5 million cars is small, the council said.\n\nLumea sold 1,200 cars in May.\n\nWith a population of"
            " {copy}, Lumea has one vehicle for every 16.75 people.\n",
            "193.3 million",
        ),
        ("Lumea sold 1,936,517 cars in 2025\n\nLumea's car sales reached {copy} units in 2025.\n", "1.93 million"),
        ("Lumea sales hit {copy} in 2025\n\nLumea sold 1,936,517 cars in 2025, the council said.\n", "1.93 million"),
    ],
)
def test_a_copy_cut_short_is_no_typo(text: str, copy: str) -> None:
    # "1.93 million" for 1,936,517 is cut short rather than rounded, as some writers do: said, with
    # the rounded figure, but not called a typo
    (v,) = [v for v in fc107(text.format(copy=copy)) if v.stated_text == copy]
    assert v.status is Status.UNVERIFIABLE, v.message
    assert "cut short" in v.message and ("1.94 million" in v.message or "193.4 million" in v.message)
    # two digits of the rounded figure swapped (1.49 for 1.94) are a slip
    swapped = copy.replace("1.93", "1.49").replace("193.3", "139.4")
    bad = [v for v in fc107(text.format(copy=swapped)) if v.status is Status.INCONSISTENT]
    # (with no other copy to side with, the rule names the earlier copy as the odd one)
    assert len(bad) == 1, [v.message for v in fc107(text.format(copy=swapped))]
    assert swapped in [e.quantity.text for e in bad[0].evidence]


def test_almost_a_figure_is_no_copy_of_one_two_steps_below_it() -> None:
    text = (
        "Car sales plunge 26 percent year-on-year in January\n\n"
        "Wholesalers sold 69,619 cars last month, marking a 26 percent decline from the 94,270 units sold in"
        " January 2023.\n\n"
        "Sorell keeps its lead despite seeing its wholesales fall almost 28 percent to 20,988 vehicles in January"
        " 2024 from 28,970 a year earlier."
    )
    fc107 = [v for v in factcheck.check_text(text) if v.code == "FC107"]
    assert all("almost 28" not in v.message for v in fc107), [v.message for v in fc107]
    assert [v.status for v in fc107 if v.message.startswith("26 percent restates 26 percent")] == [Status.CONSISTENT]


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        (
            "Electric cars now account for 24% of all new cars in Lumea. That's one out of every four cars.",
            "one out of",
        ),
        (
            "Plug-in cars took 33.6% of Chile's sales in May. In other words, one in three cars sold was electrified.",
            "one in",
        ),
    ],
)
def test_a_share_said_again_in_words_in_the_next_sentence_is_a_restatement(text: str, stated: str) -> None:
    (v,) = fc107(text)
    assert v.status is Status.CONSISTENT, v.message
    assert v.message.startswith(stated), v.message


def test_a_share_in_words_never_calls_a_figure_mistyped() -> None:
    # a word ratio stands for a range: it may disagree, never differ "the way a typo does"
    text = "Electric cars now account for 44% of all new cars in Lumea. That's one out of every four cars."
    assert all(v.status is not Status.INCONSISTENT for v in fc107(text))


@pytest.mark.parametrize("rate", ["up 7.7 per cent on 2022", "+7.7% on 2022", "a 7.7% rise on 2022"])
def test_a_year_a_rate_is_measured_on_does_not_date_the_figure(rate: str) -> None:
    """The 2023 forecast measured "on 2022" is a figure of 2023: it restates no 2022 figure."""
    text = (
        "Orla expects to end 2022 with approximately 1,300,000 registrations. It forecasts 2023 to remain"
        f" weak at 1,400,000 units, {rate}."
    )
    assert fc107(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kessel delivered 254,695 cars in the second quarter. Analysts had been expecting about 295,000.",
        "Orla sold 52,140 vans in 2024. It had set a target of 52,410 for the year.",
        "Halden built 18,350 trucks last year. Its forecast had called for 13,850.",
    ],
)
def test_a_level_foreseen_is_no_copy_of_the_level_reached(text: str) -> None:
    # the two differ the way a typo would, but one was expected and the other achieved
    assert statuses(text) == []


def test_a_foreseen_level_said_twice_is_still_a_copy() -> None:
    text = "Lumea Motors is targeting sales of 500,000 cars this year.\n\nLumea Motors plans to sell 500,000 this year."
    assert statuses(text) == [Status.CONSISTENT]


def test_a_count_said_with_its_share_restates_the_same_count() -> None:
    # the share in brackets is said of the count; the count is still a count of sales
    text = (
        "Kessel topped June with 12,480 sales, ahead of Orla with 8,911 (14.2%) and Drevon with 6207 sales"
        " (9.9% market share).\n\nDrevon posted its strongest month yet, third in June on 6,207 sales."
    )
    (v,) = fc107(text)
    assert v.status is Status.CONSISTENT
    assert [e.quantity.text for e in v.evidence] == ["6207", "6,207"]
    # whose figure it is: the company both sentences name, not the first two of a ranking
    assert "Drevon's figure" in v.message and "Kessel" not in v.message


def test_a_rate_spelled_in_words_restates_its_digits() -> None:
    text = "Kessel's May exports up thirty-five percent\n\nKessel's exports rose 35.2% in May to 9,310 units."
    assert statuses(text) == [Status.CONSISTENT]


def test_a_rate_spelled_in_words_is_never_a_mistyped_copy() -> None:
    # 35 and 53 swap two digits, but words have no digits to swap: two different statements
    text = "Kessel's May exports up thirty-five percent\n\nKessel's exports rose 53% in May to 9,310 units."
    assert Status.INCONSISTENT not in statuses(text)


def test_a_headline_saying_ev_restates_the_nevs_of_the_body() -> None:
    text = "Korvik's EV sales reach 18,460 in May\n\nKorvik sold 18,460 new energy vehicles in May."
    assert statuses(text) == [Status.CONSISTENT]


def test_ev_and_nev_figures_that_differ_are_never_called_a_typo() -> None:
    # EVs may be the battery-electric part of the NEVs: the two figures need not be one
    text = "Korvik's EV sales reach 18,640 in May\n\nKorvik sold 18,460 new energy vehicles in May."
    assert Status.INCONSISTENT not in statuses(text)


@pytest.mark.parametrize(
    "byline", ["Published: 23.02.2025", "Updated 4 March 2025, 10:15", "By Jan Novak", "Posted on March 4, 2025"]
)
@pytest.mark.parametrize(("head", "status"), [("11.7%", Status.CONSISTENT), ("17.1%", Status.INCONSISTENT)])
def test_a_byline_between_the_headline_and_its_lede(byline: str, head: str, status: Status) -> None:
    text = (
        f"Kestria: car output drops {head}\n\n{byline}\n\n"
        "Kestria built 104,576 cars in January, 11.7% fewer than a year earlier, the association said.\n"
    )
    assert statuses(text) == [status], [v.message for v in fc107(text)]


def test_a_hedged_rate_is_no_copy_of_an_exact_one_to_be_mistyped() -> None:
    text = "Orla Sales Fall 12% in May\n\nOrla's sales in May fell by about 15% from a year earlier, it said on Monday."
    assert Status.INCONSISTENT not in [v.status for v in factcheck.check_text(text) if v.code == "FC107"]


@pytest.mark.parametrize(
    "headline",
    [
        "Demand for pickups drives Tessin car sales up 9.4pc",
        "Thanks to strong SUV orders, Tessin car sales rise 9.4pc",
        "Strong demand for pickups pushes Tessin car sales up 9.4pc",
    ],
)
def test_a_cause_in_the_headline_is_no_class_of_the_figure(headline: str) -> None:
    # what drove the rise is not what rose: the headline's rate restates the body's
    text = f"{headline}\n\nTessin's car sales grew by 9.4 per cent in 2025 despite higher interest rates.\n"
    [v] = [v for v in factcheck.check_text(text) if v.code == "FC107"]
    assert v.status is Status.CONSISTENT
    assert v.stated_text.strip() == "9.4pc"


KORVIK = (
    "Korvik sales slip\n\nNew vehicle sales in Korvik came to 27 315 units, down from the 27 590 units sold in"
    " March last year.\n\nOf the {second} vehicles sold in all, dealers took about 21 900 units."
)


def test_an_exact_figure_written_alike_twice_in_the_body_is_one_figure() -> None:
    # two body sentences, no headline between them, one match of their frames
    [v] = [v for v in factcheck.check_text(KORVIK.format(second="27 315")) if v.code == "FC107"]
    assert v.status is Status.CONSISTENT
    assert [e.quantity.text for e in v.evidence] == ["27 315", "27 315"]


def test_a_baseline_a_comparison_word_introduces_is_no_copy_of_a_level() -> None:
    # "down from the 27 590 units sold in March last year" is the year-ago figure, not a copy of
    # the 27 510 the next paragraph gives; and one match is not enough to pair the 27 315 with it
    assert [v for v in factcheck.check_text(KORVIK.format(second="27 510")) if v.code == "FC107"] == []


@pytest.mark.parametrize(("head", "status"), [("3.2%", Status.CONSISTENT), ("2.3%", Status.INCONSISTENT)])
def test_a_quarter_in_a_headline_is_no_model(head: str, status: Status) -> None:
    # "Q1" names the quarter the body calls "the first quarter"; "the Audi Q3" would name a model
    text = (
        f"Q1 car sales rise {head} to 190,000 units\n\n"
        "Korvia's new car sales climbed 3.2 percent to 190,000 in the first quarter, against 184,000 a year"
        " earlier.\n"
    )
    vs = [v for v in factcheck.check_text(text) if v.code == "FC107" and v.stated_text == head]
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [(status, [head, "3.2 percent"])]


@pytest.mark.parametrize(("head", "status"), [("232,400", Status.CONSISTENT), ("234,200", Status.INCONSISTENT)])
def test_a_quarter_after_a_capitalised_word_of_a_title_case_headline(head: str, status: Status) -> None:
    text = (
        f"Kessel Delivered {head} Electric Vehicles During Q3\n\n"
        "Kessel said on Saturday that it delivered 232,400 electric vehicles during Q3 of 2021.\n"
    )
    vs = [v for v in factcheck.check_text(text) if v.code == "FC107" and v.stated_text == head]
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [(status, [head, "232,400"])]


@pytest.mark.parametrize(("body", "status"), [("some 730,000", Status.CONSISTENT), ("some 370,000", None)])
def test_the_year_to_date_said_openly_and_through_a_month(body: str, status: Status | None) -> None:
    # "Year-to-date" in a key point and "in the first 10 months" in the body: one stretch of time
    text = (
        "- Year-to-date van output is down 4.2% at 731,560 units.\n\n"
        f"Van output remains 4.2% lower year-to-date, with {body} units built in the first 10 months.\n"
    )
    vs = [v for v in factcheck.check_text(text) if v.code == "FC107" and v.stated_text == body]
    # (a rounded copy that is far off is another figure, never a typo)
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == (
        [(status, ["731,560", body])] if status else []
    )


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # classes told apart by their letter or number are other figures, however alike
        (
            "Minibus sales in Europe grew 3.1% in 2023 compared to 2022, a Drevon survey has shown.\n"
            "Sales in the region's minibus market (EU and UK together) have grown for the past two years running.\n"
            "In the 2023 sales year (Dec. 1, 2022, to Nov. 30, 2023) a total of 24,410 minibuses were sold,"
            " up from 23,676 in 2022.\n"
            "The market has recovered steadily since 2020, when it fell to 16,020 units after four years of decline.\n"
            "In 2023, Type C minibuses, the conventionals, made up 70% of the sales, with 17,090 units."
            " Type A/B, or small minibuses, were 20% of the sales. The last 10% were Type D, the low-floor kind.\n"
            "In the EU alone, minibus sales grew in every category except Type D.",
            None,
        ),
        ("Class 8 trucks took 40% of orders last year, and Class 6 trucks 46% of orders.", None),
        # the same class said twice with figures one slip apart still conflicts, another class's does not
        (
            "Drevon delivered 17,090 Type C vans in 2023, the company said.\n\n"
            "In 2023, Drevon delivered 17,900 Type C vans to dealers.",
            Status.INCONSISTENT,
        ),
        (
            "Drevon delivered 17,090 Type C vans in 2023, the company said.\n\n"
            "In 2023, Drevon delivered 17,900 Type D vans to dealers.",
            None,
        ),
    ],
)
def test_classes_named_by_a_letter_or_number_are_kept_apart(text: str, status: Status | None) -> None:
    assert [v.status for v in fc107(text) if v.status is not Status.UNVERIFIABLE] == ([status] if status else [])


def test_the_coarser_copy_is_the_restatement_wherever_it_stands() -> None:
    # the body's exact figure first, its rounded copy later: the rounded one restates it
    text = (
        "Buyers in Tessin spent EUR 49.1 million on new vans in June, Drevon said.\n\n"
        "In June, the Tessin van market was worth EUR 49 million."
    )
    (v,) = [v for v in fc107(text) if v.status is Status.CONSISTENT]
    assert v.stated_text == "EUR 49 million"
    assert [e.quantity.text for e in v.evidence] == ["EUR 49.1 million", "EUR 49 million"]


def test_a_headline_quarter_after_the_brand_in_an_article_that_names_its_quarters_in_words() -> None:
    # "Kessel Q2" is Kessel's second quarter when the body speaks of "the second quarter": the
    # headline's rate restates the body's
    text = (
        "Kessel Q2 Van Sales Slip 4.7%\n\n"
        "Kessel sold 48,230 vans in the second quarter of 2024, down 4.7% compared with 50,618 vans"
        " a year earlier, its parent said on Monday.\n"
    )
    vs = [v for v in fc107(text) if v.stated_text == "4.7%"]
    assert [(v.status, v.start < 40) for v in vs] == [(Status.CONSISTENT, True)]


def test_rates_of_classes_by_horsepower_in_one_paragraph_are_two_statements() -> None:
    text = (
        "Tractor sales in the US rose 71% in May from a year earlier, the makers' body said. For the five months,"
        " a total of 93,150 tractors were sold against 61,520 a year before, a 51% rise. For the month, small"
        " two-wheel drive tractors (under 40 HP) gained 87%, while the 40 & under 100 HP class gained 57%."
        " Two-wheel drive 100+ HP sales rose 44%, while 4-wheel drive units rose 6%. For the five months, small"
        " two-wheel drive tractors (under 40 HP) have gained 61%, while the 40 & under 100 HP class has gained"
        " 36%. Two-wheel drive 100+ HP sales have risen 17%, while 4-wheel drive units have risen 9%.\n"
    )
    # (and the month's 71% is no change of the five months' levels)
    assert [v.message for v in factcheck.check_text(text) if v.status is Status.INCONSISTENT] == []


@pytest.mark.parametrize(
    ("head", "body", "paired"),
    [
        # "passenger cars and SUVs" is the whole passenger market, not the SUV body type
        (
            "Vessa registrations climb 7% in May",
            "Dealers in Vessa registered 41,380 passenger cars and SUVs in May, an increase of 7.04% on May 2023.",
            True,
        ),
        (
            "Vessa car market up 7% in May",
            "The Vessa market for passenger cars & SUVs reached 41,380 units in May, which represents growth of 7.04%.",
            True,
        ),
        # ... but SUVs alone are a part of the market
        (
            "Vessa registrations climb 7% in May",
            "Dealers in Vessa registered 11,380 SUVs in May, an increase of 7.04% on May 2023.",
            False,
        ),
        # "at end-September" is the year to the end of September, as "from January to September" is
        (
            "Korvik scooter sales up 7% to 1.3 million at end-September",
            "Korvik dealers sold 1,305,220 scooters from January to September, up 7.04 percent from"
            " 1,219,410 a year earlier.",
            True,
        ),
        (
            "Korvik scooter sales up 7% as of end-September",
            "Korvik dealers sold 1,305,220 scooters in the first nine months, up 7.04 percent from 1,219,410.",
            True,
        ),
        # ... and not September alone
        (
            "Korvik scooter sales up 7% as of end-September",
            "Korvik dealers sold 135,220 scooters in September, up 7.04 percent from 126,310.",
            False,
        ),
    ],
)
def test_a_headline_rate_restates_the_body_rate_of_the_same_market_and_period(
    head: str, body: str, paired: bool
) -> None:
    vs = [v for v in fc107(f"{head}\n\n{body}") if v.evidence[0].quantity.text == "7%"]
    got = [(v.status, v.evidence[1].quantity.text) for v in vs if v.evidence[1].quantity.text.startswith("7.04")]
    assert len(got) == paired and all(status is Status.CONSISTENT for status, _ in got), [v.message for v in vs]


def test_a_copy_beside_the_other_figure_makes_it_a_statement_of_its_own() -> None:
    # "+3.1%" restates the lead's "3.1%"; the quarter's "+4.1%" beside it is another rate, no typo
    text = (
        "Group revenue rose 3.1% to EUR 18,420 million (+4.1% in the second quarter versus +2.0% in the"
        " first quarter).\n\n"
        "Group revenue reached EUR 18,420 million (+3.1%), the company said."
    )
    assert [v for v in fc107(text) if v.status is Status.INCONSISTENT] == []


def test_a_rate_of_a_respectively_list_restated_in_the_body() -> None:
    text = (
        "Tessin's vehicle production, domestic sales and exports rose 18.2 percent, 3.4 percent and 25.7"
        " percent in May, respectively.\n\n"
        "Vehicle output climbed 18.2 percent in May to 311,400 units as chip supplies improved.\n"
    )
    mine = [v for v in factcheck.check_text(text) if v.code == "FC107" and v.stated_text.startswith("18.2")]
    assert mine and all(v.status is Status.CONSISTENT for v in mine), [v.message for v in mine]


@pytest.mark.parametrize("uv", ["utility vehicle", "UV"])
def test_utility_vehicles_do_not_restate_all_passenger_vehicles(uv: str) -> None:
    # India's utility vehicles are SUVs and MPVs, a class of the passenger vehicles
    text = (
        "Orla reports 21% increase in domestic passenger vehicle sales in June\n\n"
        "Orla's domestic passenger vehicle sales rose in June.\n\n"
        f"Domestic {uv} sales during the month stood at 12,000 units, as against 9,836 units a year"
        " earlier, a growth of 22 per cent."
    )
    assert [v.message for v in fc107(text) if v.status is Status.INCONSISTENT] == []


@pytest.mark.parametrize(
    "total",
    [
        "Sorvi expects to sell a total of {t} vehicles in the country next year",
        "Sorvi expects overall sales of {t} in the country next year",
        "Sorvi expects to sell {t} vehicles in all in the country next year",
    ],
)
def test_a_slice_a_digit_off_a_named_total_is_another_figure(total: str) -> None:
    # the market's passenger cars (318,000) and the maker's total (313,000): no copy of one figure
    text = (
        "Sorvi's local chief said the market's passenger-car sales would come to 318,000 units next year,"
        " while commercial-vehicle sales would come to 402,000 units.\n\n"
        f"{total.format(t='313,000')}, with 140,000 passenger cars and 173,000 commercial vehicles."
    )
    assert Status.INCONSISTENT not in statuses(text)


def test_a_slice_a_digit_off_another_slice_is_still_a_slip() -> None:
    text = (
        "Sorvi's passenger-car sales reached 318,000 units this year, its local chief said.\n\n"
        "Sorvi's passenger-car sales of 313,000 units this year were a record."
    )
    assert Status.INCONSISTENT in statuses(text)


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("In its filing, Sorell said last year's revenue totaled 41.2735 trillion won.", Status.CONSISTENT),
        ("In its filing, Sorell said last year's revenue came to 14.2735 trillion won.", Status.INCONSISTENT),
    ],
)
def test_last_year_s_figure_as_the_subject_is_dated_last_year(body: str, status: Status) -> None:
    # "last year's revenue totaled X" dates X by last year, as "revenue of X last year" does
    text = (
        "Sorell posts record revenue\n\n"
        "Sorell booked revenue of more than 41 trillion won last year, its best result yet.\n\n"
        f"{body}\n"
    )
    vs = [v for v in factcheck.check_text(text) if v.code == "FC107"]
    assert [v.status for v in vs] == [status], [v.message for v in vs]


@pytest.mark.parametrize("verb", ["predicted that its share would rise to", "expects the share to reach"])
def test_a_share_foreseen_does_not_restate_the_share_held(verb: str) -> None:
    text = (
        "Kessel keeps top spot in vans\n\n"
        "Kessel led the van market at the end of September with a share of 35 per cent.\n\n"
        f"Its managing director {verb} 53 per cent by the close of the year."
    )
    assert fc107(text) == [], [v.message for v in fc107(text)]


@pytest.mark.parametrize(
    "text",
    [
        "During the previous year Orla sold a record 1.27 million cars worldwide. As per Lumea, the previous best sales"
        " record of Orla was 1.21 million cars in the year 2019.",
        "Kessel delivered 48,800 vans in 2025. That beat the prior record of 48,300 vans, set in 2021.",
        "Halden's exports reached 96,400 units in the year. Halden's former peak was 94,600 units.",
    ],
)
def test_a_record_beaten_is_no_restatement_of_the_new_one(text: str) -> None:
    assert not [v for v in fc107(text) if v.status is Status.INCONSISTENT], [v.message for v in fc107(text)]


def test_batteries_installed_are_not_batteries_sold() -> None:
    text = (
        "In May, Drevon's power battery sales made up 68.2% (41.3 GWh), up 5.1% MoM and 27.4% YoY. Other sales fell."
        "\n\nIn May, Drevon's power battery installations reached 33.9 GWh, up 2.2% MoM and 27.9% YoY."
    )
    assert not [v for v in fc107(text) if v.status is Status.INCONSISTENT], [v.message for v in fc107(text)]


@pytest.mark.parametrize(
    ("headline", "figure"),
    [
        ("Used van market tops 2mn transactions as supply grows", "tops 2mn"),
        ("Used van market passes 2mn sales as supply grows", "passes 2mn"),
    ],
)
def test_a_headline_that_a_figure_tops_restates_the_figure_above_it(headline: str, figure: str) -> None:
    # "tops 2mn" stands for more than 2 million, which 2,021,265 is
    text = (
        f"{headline}\n\n"
        "Second-hand vans changed hands at a faster pace: transactions climbed 2.8% to 2,021,265 in the"
        " quarter, the trade body said."
    )
    vs = fc107(text)
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [
        (Status.CONSISTENT, [figure, "2,021,265"])
    ], [v.message for v in vs]


@pytest.mark.parametrize(
    "measured",
    [
        "the tally stayed short of its pre-pandemic level of 3 million vehicles",
        "sales remained below their pre-COVID level of 3 million",
        "the total stayed under the pre-crisis peak of 3 million cars",
    ],
)
def test_a_level_of_another_time_measured_against_is_no_restatement(measured: str) -> None:
    # 2,810,400 is no restatement of the earlier level it falls short of, right or wrong
    text = (
        "Figures released by the Korvik dealers' association show that 2,810,400 new cars were sold in Korvik"
        f" in 2025, a rise of 9.8% year-on-year. Demand recovered, but {measured}."
    )
    assert [v for v in fc107(text) if "3 million" in v.message] == [], [v.message for v in fc107(text)]


@pytest.mark.parametrize(
    "headline", ["Orla global sales down 16% at 430,000 in the half", "Orla sells 430,000 cars in the half, down 16%"]
)
def test_a_round_headline_figure_cut_short_from_the_body_is_unverifiable_with_the_rounded_figure(headline: str) -> None:
    # 437,000 rounds to 440,000; "430,000" cuts it short: a slip or a habit, so check it
    text = (
        f"{headline}\n\n"
        "Orla reported its global sales for the first half on Friday. Its sales for the half came to 437,000"
        " units, 16% below the 520,000 of a year earlier."
    )
    vs = [v for v in fc107(text) if v.stated_text.strip() == "430,000"]
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [
        (Status.UNVERIFIABLE, ["430,000", "437,000"])
    ], [v.message for v in fc107(text)]
    assert "rounded it reads 440,000" in vs[0].message


@pytest.mark.parametrize(("head", "status"), [("27.4pc", Status.CONSISTENT), ("24.7pc", Status.INCONSISTENT)])
@pytest.mark.parametrize(
    "body",
    [
        "New car sales rose 27.4 per cent last year as deliveries hit a record 9,862 units.",
        "Dealers' sales of new cars climbed 27.4 per cent last year, to a record 9,862 units.",
    ],
)
def test_an_undated_headline_restates_last_years_figure(head: str, status: Status, body: str) -> None:
    text = f"Norvia dealers cheer as new car sales climb {head}\n\n{body}"
    vs = [v for v in fc107(text) if head in v.message or head in [e.quantity.text for e in v.evidence]]
    assert [v.status for v in vs] == [status], [v.message for v in fc107(text)]


def test_a_headline_dated_this_year_is_no_copy_of_last_years_rate() -> None:
    text = (
        "New car sales in Norvia up 24.7pc in June\n\n"
        "New car sales climbed 27.4 per cent in June last year, the dealers said."
    )
    assert fc107(text) == []


_SHARE_SAID = "Kessel sales of almost 9,500 units made up 31.3 per cent of new-vehicle registrations, figures show."


@pytest.mark.parametrize(
    "since",
    [
        "This is Kessel's largest slice in an ordinary month since the 31.8 per cent it reached in December 2008.",
        "That is the brand's best result since the 31.8% of December 2008.",
        "It is its highest figure since 31.8 per cent in December 2008.",
    ],
)
def test_the_benchmark_a_level_is_the_best_since_is_no_copy_of_it(since: str) -> None:
    # 31.8 and 31.3 differ by one digit, the way a typo does, but "since" dates the second one back
    assert fc107(f"# Kessel's slice\n\n{_SHARE_SAID}\n\n{since}") == []


def test_a_level_after_since_is_still_a_copy_when_no_benchmark() -> None:
    # the same sentence without "since" restates the share, and one digit differs
    slice_ = "This is Kessel's largest slice, with 31.8 per cent of new-vehicle registrations."
    text = f"# Kessel's slice\n\n{_SHARE_SAID}\n\n{slice_}"
    (v,) = fc107(text)
    assert v.status is Status.INCONSISTENT, v.message


@pytest.mark.parametrize(
    ("exact", "round_"),
    [("44,977", "45,900"), ("12,048", "12,900"), ("3,216", "3,900")],
)
def test_a_count_in_full_is_no_mistyped_copy_of_a_round_count_one_digit_off(exact: str, round_: str) -> None:
    """The copy would have to be rounded first and then mistyped: two slips, so two figures."""
    text = (
        "New vehicle sales jump in December\n\n"
        f"Domestic sales of new vehicles grew 62.8 percent from a year earlier to {exact} units last month,"
        " boosted by a tax cut on car purchases.\n\n"
        f"Tessin Motor Corp, the runner-up last year in terms of vehicle sales, distributed {round_} Korviks and"
        " secured a market share of 15.6 percent."
    )
    assert not [v for v in factcheck.check_text(text) if v.code == "FC107" and v.status is Status.INCONSISTENT]


def test_a_round_copy_with_two_digits_swapped_is_still_a_slip() -> None:
    text = "Orla sells 45,900 cars in May\n\nOrla sold 49,500 cars in May, the company said on Monday."
    assert [v.status for v in factcheck.check_text(text) if v.code == "FC107"] == [Status.INCONSISTENT]


@pytest.mark.parametrize(
    "bounds",
    [
        "Estimates revised in March ranged from 412,000 to 468,000 deliveries for the first quarter.",
        "Estimates revised in March sat between 412,000 and 468,000 deliveries for the first quarter.",
        "Estimates revised in March, ranging from 412,000 to 468,000 deliveries for the first quarter, were lower.",
        "Estimates revised in March went from a high of 468,000 deliveries to a low of 412,000 for the first quarter.",
    ],
)
def test_the_bounds_of_a_range_restate_no_figure(bounds: str) -> None:
    # a bound is no figure stated: 468,000 is not a mistyped copy of the 408,000 another analyst expected
    text = (
        "Halden's deliveries in the first quarter fell below even the lowest estimate.\n\nAnalysts had pencilled in"
        f" deliveries of around 455,000 for the period ending March 31. {bounds}\n\nOne researcher, closely watched"
        " by Halden investors, had expected deliveries to land near 408,000.\n"
    )
    assert [v for v in factcheck.check_text(text) if v.code == "FC107" and v.status is Status.INCONSISTENT] == []


def test_a_year_is_no_bound_of_a_range() -> None:
    from factcheck.context import range_ends
    from factcheck.document import build

    doc = build("Sales rose 53 per cent, from 44,220 units in September 2021 to 67,650 units.")
    assert range_ends(doc) == set()


# --- a figure of a coordinated list ("cars rising 14.1% to 54,710 and light-truck deliveries falling
# 3.8%"): the next subject's words, after "and", are not the figure's


_LIST_LEAD = (
    "Kessel sales climb\n\n"
    "Kessel's sales rose 7.2% to 83,450 units, with cars up 14.1% to 54,710 and light trucks down 3.8% to "
    "28,740.\n\nThe company said demand held up well.\n\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "Kessel's total sales last month grew 7.2% to 83,450 units, with car sales rising 14.1% to {x} and "
        "light-truck deliveries falling 3.8% to 28,740.",
        "Kessel's total sales last month grew 7.2% to 83,450 units, with car sales rising 14.1% to {x} while "
        "light-truck sales slipped 3.8% to 28,740.",
        "Kessel's total sales last month grew 7.2% to 83,450 units, car sales climbing 14.1% to {x} and pickup "
        "registrations dropping 3.8% to 28,740.",
    ],
)
def test_a_figure_of_a_coordinated_list_restates_its_lead(body: str) -> None:
    def copy(x: str):
        (v,) = [v for v in fc107(_LIST_LEAD + body.format(x=x)) if x in v.message]
        return v

    assert copy("54,710").status is Status.CONSISTENT
    assert copy("57,410").status is Status.INCONSISTENT


@pytest.mark.parametrize(
    ("head", "body"),
    [
        (
            "Korvian car sales up 7.1% through June",
            "Car sales in Korvia grew 7.1% over the first half to 66,749 units.",
        ),
        ("Kessel sales rise 12.4% in the year to March", "Kessel's first-quarter sales rose 12.4% to 41,200 units."),
        ("Van sales up 3.3% in the first half", "Van sales in the six months to June climbed 3.3% to 9,120 units."),
    ],
)
def test_a_run_from_january_said_two_ways_is_one_period(head: str, body: str) -> None:
    text = head + "\n\n" + body + "\n"
    vs = [v for v in factcheck.check_text(text) if v.code == "FC107"]
    assert [v.status for v in vs] == [Status.CONSISTENT], [v.message for v in vs]


@pytest.mark.parametrize("label", ["cars and SUVs", "passenger cars and SUVs", "cars and off-road vehicles"])
def test_cars_joined_with_suvs_are_the_passenger_market_not_a_body(label: str) -> None:
    text = (
        f"Korvian registrations fell 8.3%\n\nRegistrations of {label} in Korvia fell by 8.3% in June, to 13,051 "
        "units.\n"
    )
    vs = [v for v in factcheck.check_text(text) if v.code == "FC107"]
    assert [v.status for v in vs] == [Status.CONSISTENT], [v.message for v in vs]


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "Truck, car sales down {r} in July, StatsTess says",
            "New motor vehicle sales in Korvia totalled 6,412 units in July, down 8.3 per cent from 6,992 in July "
            "2024.",
        ),
        (
            "Van sales up {r} in May, Orvane says",
            "New van sales in Lumea totalled 2,610 units in May, up 4.6 per cent from 2,495 in May 2024.",
        ),
        (
            "Car registrations slip {r} in March, Halden agency says",
            "New car registrations in Halden came to 9,780 units in March, down 2.2 per cent from 10,000 in March "
            "2024.",
        ),
    ],
)
def test_a_headline_rate_of_the_very_levels_the_body_rate_compares_restates_it(headline: str, body: str) -> None:
    rate = body.split(" per cent")[0].split()[-1] + "%"
    text = f"{headline.format(r=rate)}\n\n{body}\n"
    v = next(v for v in factcheck.check_text(text) if v.code == "FC107" and v.stated_text == rate)
    assert v.status is Status.CONSISTENT, v.message


@pytest.mark.parametrize(
    "headline",
    [
        "Vehicle importation into Korvia rose 12.4% in 2025",
        "Korvia's car importations up 12.4% in 2025",
        "Importation of vehicles climbs 12.4% in Korvia in 2025",
    ],
)
def test_importation_in_a_headline_is_the_imports_the_body_counts(headline: str) -> None:
    text = (
        f"{headline}\n\nKorvia imported 16,411 vehicles through its ports in 2025, up 12.4 percent from 14,601 in"
        " 2024, the statistics office said."
    )
    vs = fc107(text)
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [
        (Status.CONSISTENT, ["12.4%", "12.4 percent"])
    ]
    wrong = fc107(
        text.replace("rose 12.4%", "rose 21.4%").replace("up 12.4%", "up 21.4%").replace("climbs 12.4%", "climbs 21.4%")
    )
    assert [v.status for v in wrong] == [Status.INCONSISTENT]


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "1,614 extra permits to be made available from May to July",
            "Halden's transport office said it will add an extra 1,614 permits to the pool over the next quarter.",
        ),
        (
            "2,000 more vans to be built at Lumea plant",
            "Lumea will build 2,000 more vans at its Tessin plant this year, the company said.",
        ),
        (
            "Korvia: 3,500 electric buses are to be ordered in 2026",
            "Korvia will order 3,500 electric buses in 2026, the transport ministry said.",
        ),
    ],
)
def test_a_headline_level_to_be_done_restates_a_body_level_foreseen(headline: str, body: str) -> None:
    vs = fc107(f"{headline}\n\n{body}")
    assert [v.status for v in vs] == [Status.CONSISTENT], [v.message for v in vs]


def test_a_headline_that_seems_to_be_going_well_foresees_nothing() -> None:
    text = (
        "Orla delivers a record 13,240 vans in May as its move to electric vans seems to be paying off\n\n"
        "Orla delivered 13,240 vans in May, a monthly record, the company said on Monday."
    )
    assert statuses(text) == [Status.CONSISTENT]


@pytest.mark.parametrize(
    "quote",
    [
        "As for so many retail sectors, it has been a hard year, car sales having fallen 25% year to date.",
        "New car sales are down 25% so far this year, a blow to the whole retail industry.",
        "With sales down 25% year to date, the retail sector has had a difficult year.",
    ],
)
def test_a_year_to_date_rate_restated_in_a_quote_about_retail_sectors(quote: str) -> None:
    text = (
        "Halden car registrations in 2025\n\n"
        "Year-to-date registrations are 25.2% lower (86,870) than in the same months of 2024 (116,124).\n\n"
        f"The dealers' body said: \u201c{quote}\u201d"
    )
    vs = fc107(text)
    assert [(v.status, v.stated_text) for v in vs] == [(Status.CONSISTENT, "25%")], [v.message for v in vs]


def test_a_cumulative_total_at_a_months_end_restates_no_round_milestone() -> None:
    text = (
        "Lumea nears 2 million sales\n\n"
        "Lumea's cumulative sales since its founding in 1994 reached 1,884,000 units at the end of October. Sales"
        " of 2 million units are in sight, the company said."
    )
    assert not [v for v in fc107(text) if v.status is Status.CONSISTENT and "1,884,000" in v.message]


@pytest.mark.parametrize(
    "body",
    [
        "Battery electric cars accounted for {r} of new car sales in Finland last year, up from 29 per cent in 2024.",
        "Electric cars made up {r} of new car sales in Finland last year, against 29 per cent in 2024.",
        "Electric cars represented {r} of all new car sales in Finland last year, compared with 29 per cent in 2024.",
    ],
)
def test_a_share_said_without_the_word_restates_the_headlines_share(body: str) -> None:
    head = "Electric cars lift their share of Finland's new car sales to 42%\n\n"
    vs = [v for v in fc107(head + body.format(r="42 per cent")) if "42%" in v.message]
    assert [v.status for v in vs] == [Status.CONSISTENT], [v.message for v in fc107(head + body)]
    wrong = [v for v in fc107(head + body.format(r="24 per cent")) if v.status is Status.INCONSISTENT]
    assert len(wrong) == 1, [v.message for v in fc107(head + body.format(r="24 per cent"))]


def test_shares_of_two_regions_are_no_copies_of_each_other() -> None:
    text = (
        "Gulf car market to grow\n\n"
        "Saudi Arabia could account for 50 percent of all cars sold across the Gulf states by 2030, the study said.\n\n"
        "Saudi buyers' share of cars sold across Middle East and North African markets may reach about 30 percent"
        " in 2030."
    )
    assert not [v for v in fc107(text) if v.status is Status.INCONSISTENT]


@pytest.mark.parametrize(
    "body",
    [
        "Sales of electrified vehicles (battery cars and plug-in hybrids, counting vans and buses too) came to a"
        " total of {n} units in August.",
        "Electrified vehicle sales (battery-electric cars, plug-in hybrids, and electric vans and buses) reached {n}"
        " units in August.",
        "In August, sales of electrified vehicles (counting cars, quadricycles, and commercial vehicles, as well as"
        " buses) totalled {n}.",
    ],
)
def test_a_subject_glossed_in_brackets_with_commas_keeps_its_class(body: str) -> None:
    head = "Electrified vehicles reach 4,682 sales in August\n\n"
    vs = [v for v in fc107(head + body.format(n="4,682")) if "4,682" in v.message]
    assert [v.status for v in vs] == [Status.CONSISTENT], [v.message for v in fc107(head + body.format(n="4,682"))]
    wrong = [v for v in fc107(head + body.format(n="4,862")) if v.status is Status.INCONSISTENT]
    assert len(wrong) == 1, [v.message for v in fc107(head + body.format(n="4,862"))]


@pytest.mark.parametrize(
    ("head", "body"),
    [
        ("BEVs up 44.6% in January", "On 5,120 new vehicles, the count of electric vehicles grew by {r}."),
        ("Hybrid registrations jump 44.6%", "At 5,120 units, registrations of hybrid cars rose {r} in January."),
        (
            "Electric car registrations up 44.6% in January",
            "With 5,120 units, registrations of electric cars climbed {r} in January.",
        ),
    ],
)
def test_a_rate_whose_level_names_no_class_takes_the_class_of_its_own_clause(head: str, body: str) -> None:
    text = head + "\n\n" + body
    vs = [v for v in fc107(text.format(r="44.6%")) if "44.6%" in v.message]
    assert [v.status for v in vs] == [Status.CONSISTENT], [v.message for v in fc107(text.format(r="44.6%"))]
    wrong = [v for v in fc107(text.format(r="46.4%")) if v.status is Status.INCONSISTENT]
    assert len(wrong) == 1, [v.message for v in fc107(text.format(r="46.4%"))]


@pytest.mark.parametrize("outlet", ["– NL Times", "| Autocar Today", "- The Lowland Herald"])
def test_the_outlet_closing_a_headline_names_no_company(outlet: str) -> None:
    text = (
        f"Dutch car registrations drop 13% in May {outlet}\n\n"
        "In May, just 25,310 new cars were registered across the Netherlands, a fall of {r} from 29,120"
        " registrations in May 2025. Kessel was again the best-selling brand. Kessel sold 2,910 cars."
    )
    vs = [v for v in fc107(text.replace("{r}", "13.1 percent")) if v.stated_text.startswith("13")]
    assert [v.status for v in vs] == [Status.CONSISTENT], [
        v.message for v in fc107(text.replace("{r}", "13.1 percent"))
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "The Turkish car industry, which shrugged off losses in the domestic market, saw exports rise, with more than"
        " 80 percent going to Europe.",
        "Despite a weak home market, Turkey's carmakers sent more than 80 percent of their first-half exports to"
        " Europe.",
        "Turkey's vehicle makers, hit by a shrinking domestic market, shipped more than 80 percent of exports to"
        " Europe in the first half.",
    ],
)
def test_the_home_market_is_the_reports_country(lead: str) -> None:
    body = (
        "Turkey's car exports to Europe grew 15 percent in the first half to $13.6 billion, or 80.5 percent of"
        " Turkey's $16.9 billion of vehicle exports over the first half."
    )
    text = "Turkey's car exports to Europe at a high\n\n" + lead + "\n\n" + body
    vs = [v for v in fc107(text) if "80.5" in v.message]
    assert [v.status for v in vs] == [Status.CONSISTENT], [v.message for v in fc107(text)]


@pytest.mark.parametrize(
    "text",
    [
        'Orla\'s exports climbed 12.4% to 9,100 units in June.\n\n"Exports rose 12.4% in June," spokesperson Lina Hart'
        " told reporters.",
        'Kessel\'s sales rose 12.4 per cent to 40,500 units in May.\n\n"Sales grew by 12.4 per cent in May," chief'
        " executive Ana Marsh said.",
        "Drevon's sales fell 12.4% to 3,200 cars in March.\n\nManaging director Piet Van Dam said sales fell 12.4% in"
        " March.",
    ],
)
def test_a_person_named_after_a_title_is_no_company_of_the_rate_they_repeat(text: str) -> None:
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC107"]
    assert v.status is Status.CONSISTENT, v.message
    assert v.evidence[0].quantity.text.strip().startswith("12.4")
    (w,) = [v for v in factcheck.check_text(text.replace("12.4", "14.2", 1)) if v.code == "FC107"]
    assert w.status is Status.INCONSISTENT, w.message


@pytest.mark.parametrize(
    "aside",
    ["helped by new models", "as its new models sold well", "with demand up for most of its models"],
)
def test_models_in_general_name_no_model_of_the_figure(aside: str) -> None:
    text = (
        f"Tessin's sales rose 7.4% to 2,120 cars in July.\n\nIts sales grew by 7.4% in July, {aside}, the company said."
    )
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC107"]
    assert v.status is Status.CONSISTENT, v.message


@pytest.mark.parametrize(
    ("text", "typo"),
    [
        ("Kessel sold 31,240 cars in India in May.\n\nIts domestic sales of 31,240 units were a record.", "31,420"),
        (
            "Drevon's domestic deliveries were 12,380 units in March.\n\nIn Brazil, Drevon delivered 12,380 cars"
            " in March.",
            "12,830",
        ),
        (
            "Halden registered 5,614 new cars in Kenya in the first half.\n\nIts domestic registrations of 5,614 units"
            " in the first half were a record.",
            "5,164",
        ),
    ],
)
def test_the_home_market_is_the_reports_own_country_not_china(text: str, typo: str) -> None:
    # "domestic" names the market of whatever country the article is of
    (v,) = fc107(text)
    assert v.status is Status.CONSISTENT, v.message
    # (the copy in the second paragraph mistyped)
    second = text.split("\n\n")[0] + "\n\n" + text.split("\n\n")[1].replace(v.evidence[0].quantity.text, typo)
    (w,) = fc107(second)
    assert w.status is Status.INCONSISTENT, w.message


def test_the_home_market_of_a_country_is_no_copy_of_a_regions_figure() -> None:
    text = "Kessel sold 31,240 cars in Europe in May.\n\nIts domestic sales of 31,240 units in Germany were a record."
    assert fc107(text) == []
