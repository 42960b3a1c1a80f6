"""FC101 percent-change: flagged and OK cases, rounding edges, direction, pairing."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.model import Status


def fc101(text: str):
    return [v for v in factcheck.check_text(text) if v.code == "FC101"]


def only(text: str):
    vs = fc101(text)
    assert len(vs) == 1, [v.message for v in vs]
    return vs[0]


SEED_DEC = (
    "Sokon sold 6,150 new energy vehicles (NEVs) in December.\n\n"
    "That's up {yoy} percent from 3,259 units a year ago, and up {mom} percent from 4,591 units in November."
)


def test_seed_december_figures_are_consistent() -> None:
    vs = fc101(SEED_DEC.format(yoy="88.71", mom="34"))
    assert [v.status for v in vs] == [Status.CONSISTENT, Status.CONSISTENT]
    assert [round(v.computed, 2) for v in vs] == [88.71, 33.96]
    assert [e.quantity.text for e in vs[0].evidence] == ["6,150", "3,259"]


def test_transposed_growth_is_inconsistent_and_names_the_right_figure() -> None:
    v = fc101(SEED_DEC.format(yoy="87.81", mom="34"))[0]
    assert v.status is Status.INCONSISTENT
    assert "+88.71%" in v.message and "+87.81%" in v.message


@pytest.mark.parametrize(
    ("stated", "status"),
    [
        ("34", Status.CONSISTENT),  # 33.96 rounds to 34
        ("33.96", Status.CONSISTENT),
        ("33.9", Status.INCONSISTENT),  # 33.96 rounds to 34.0, not 33.9
        # 33.957 cut at hundredths instead of rounded: a slip of the last digit like any other
        ("33.95", Status.INCONSISTENT),
        ("33.94", Status.INCONSISTENT),  # neither rounded nor cut
        ("33", Status.INCONSISTENT),
        ("35", Status.INCONSISTENT),
    ],
)
def test_rounding_edges(stated: str, status: Status) -> None:
    v = only(f"It sold 6,150 cars in May, up {stated} percent from 4,591 units in April.")
    assert v.status is status


def test_direction_counts() -> None:
    v = only("It sold 1,236 units in April, up 16.49 percent from 1,480 units in March.")
    assert v.status is Status.INCONSISTENT
    assert "fall" in v.message
    v = only("It sold 1,236 units in April, down 16.49 percent from 1,480 units in March.")
    assert v.status is Status.CONSISTENT


@pytest.mark.parametrize(
    "sentence",
    [
        "Rellan sold 1,236 units in April, down 16.49 percent from 1,480 units in March.",
        "Rellan sold 1,236 units in April, a 16.49 percent decrease from March's 1,480 units.",
        "Rellan sold 1,236 units in April, a decline of 16.49% compared with 1,480 units in March.",
        "Rellan's sales fell 16.49% to 1,236 units from 1,480 units in March.",
        "Rellan's sales fell by 16.49 per cent, to 1,236 units, from 1,480 in March.",
        "Rellan sold 1,236 units in April, down 16.49% month-on-month from 1,480 units.",
        # a verb of change with its object and no determiner, both levels after the rate
        "Rellan cut units sold by 16.49 percent, from 1,480 to 1,236 units.",
        "Rellan decreased registrations by 16.49 percent to 1,236 units from 1,480 units.",
    ],
)
def test_forms_news_uses(sentence: str) -> None:
    v = only(sentence)
    assert v.status is Status.CONSISTENT, v.message
    assert {e.role: e.quantity.value for e in v.evidence} == {"current": 1236, "baseline": 1480}


@pytest.mark.parametrize("verb", ["shot up", "skyrocketed", "leapt", "rocketed", "zoomed"])
def test_informal_verbs_of_a_rise(verb: str) -> None:
    v = only(f"Orla's registrations {verb} 17.9 per cent to 8,990 from 7,625 in September.")
    assert v.status is Status.CONSISTENT, v.message


@pytest.mark.parametrize("verb", ["nosedived", "tanked", "collapsed"])
def test_informal_verbs_of_a_fall(verb: str) -> None:
    v = only(f"Orla's registrations {verb} 15.2 per cent to 7,625 from 8,990 in September.")
    assert v.status is Status.CONSISTENT, v.message


def test_two_changes_share_one_current() -> None:
    vs = fc101(
        "Marlow shipped 31,560 EVs last month, a rise of 24.3 percent on the 25,390 it shipped a year "
        "before, and 2.05 percent more than the 30,926 it shipped in the previous month."
    )
    assert [v.status for v in vs] == [Status.CONSISTENT, Status.CONSISTENT]
    assert [v.evidence[0].quantity.value for v in vs] == [31560, 31560]


def test_coordinated_figure_inherits_direction() -> None:
    text = "Orla shipped 7,420 cars in May, up 61 percent on last year and 14.6 percent from 6,475 cars in April."
    vs = fc101(text)
    assert [v.status for v in vs] == [Status.UNVERIFIABLE, Status.CONSISTENT]
    assert vs[1].evidence[1].quantity.value == 6475


def test_no_baseline_is_unverifiable_with_implied_baseline() -> None:
    v = only("Sokon sold 41,440 NEVs for the full year 2021, up 104.4 percent year-on-year.")
    assert v.status is Status.UNVERIFIABLE
    assert "20,274" in v.message


def test_period_named_baseline_is_looked_up() -> None:
    text = (
        "Zorin handed over 9,312 cars in October, a fall of 11.85 percent from September.\n\n"
        "Its October total of 9,312 cars was down 11.85 percent from 10,564 in September."
    )
    assert [v.status for v in fc101(text)] == [Status.CONSISTENT, Status.CONSISTENT]
    text = text.replace("11.85 percent from September", "11.58 percent from September")
    assert [v.status for v in fc101(text)] == [Status.INCONSISTENT, Status.CONSISTENT]


def test_ambiguous_period_baseline_stays_unverifiable() -> None:
    text = (
        "Alpha sold 5,000 cars in July, up 10 percent from June.\n\n"
        "Beta sold 4,000 cars in June. Gamma sold 4,600 cars in June."
    )
    assert only(text).status is Status.UNVERIFIABLE


def test_levels_and_shares_are_not_changes() -> None:
    assert fc101("The margin reached 26.4% in the second quarter, up from 23.2% in the first.") == []
    assert fc101("Exports accounted for 45 percent of total sales.") == []
    assert fc101("The share rose 6.6 percentage points to 56.0%.") == []


def test_different_units_are_not_compared() -> None:
    v = only("Revenue was RMB 5 billion, up 12 percent from 41,000 units.")
    assert v.status is Status.UNVERIFIABLE


def test_zero_baseline_is_unverifiable() -> None:
    v = only("It sold 120 units in May, up 50 percent from 0 units a year ago.")
    assert v.status is Status.UNVERIFIABLE


def test_hedged_growth_has_honest_tolerance() -> None:
    assert only("It sold 18,000 cars, up more than 40 percent from 12,500 units.").status is Status.CONSISTENT
    assert only("It sold 18,000 cars, up more than 50 percent from 12,500 units.").status is Status.INCONSISTENT
    assert only("It sold 18,000 cars, up about 45 percent from 12,500 units.").status is Status.CONSISTENT


def test_anaphora_takes_the_figure_of_the_sentence_before() -> None:
    text = "Pellam's dealers took 4,806 orders in March.\n\nThat is up 7.7 percent from 4,462 orders a year ago."
    v = only(text)
    assert v.status is Status.CONSISTENT
    assert v.evidence[0].quantity.value == 4806


def test_other_period_in_next_sentence_is_not_paired() -> None:
    text = "Rusk built 2,204 vans in August. Its output in July was down 3 percent from the month before."
    v = only(text)
    assert v.status is Status.UNVERIFIABLE
    assert not v.evidence


def test_baseline_derived_from_a_containing_period() -> None:
    text = (
        "Keld sold 12,870 trucks in the fourth quarter, up 18.32 percent from the third quarter.\n\n"
        "Over the second half, Keld sold 23,747 trucks in total."
    )
    v = only(text)
    assert v.status is Status.CONSISTENT, v.message
    assert [e.role for e in v.evidence] == ["current", "baseline_total", "baseline_part"]
    assert "10,877" in v.message
    assert only(text.replace("18.32", "13.82")).status is Status.INCONSISTENT


def test_derived_baseline_needs_every_part() -> None:
    text = (
        "Keld sold 4,102 trucks in August, down 6.1 percent from July.\n\nKeld sold 12,930 trucks in the third quarter."
    )
    assert only(text).status is Status.UNVERIFIABLE  # June is missing: April cannot be derived


def test_table_cells_give_year_and_month_baselines() -> None:
    text = (
        "Nordhavn delivered 11,840 vehicles in March, a 17.32% year-on-year decline "
        "and a 19.90% month-on-month increase.\n\n"
        "| Month | 2024 | 2025 |\n| --- | --- | --- |\n"
        "| January | 12,110 | 10,402 |\n| February | 9,120 | 9,875 |\n| March | 14,320 | 11,840 |\n"
    )
    vs = fc101(text)
    assert [(v.status, v.evidence[1].quantity.value) for v in vs] == [
        (Status.CONSISTENT, 14320),
        (Status.CONSISTENT, 9875),
    ]


def test_flattened_table_one_cell_per_line() -> None:
    cells = ["Month", "2024", "2025", "January", "8,250", "30,350", "February", "4,545", "30,453"]
    text = "Xander delivered 30,453 vehicles in February, up 570.03% year-on-year.\n\n" + "\n\n".join(cells) + "\n"
    v = only(text)
    assert v.status is Status.CONSISTENT, v.message
    assert v.evidence[1].quantity.value == 4545


def test_growth_after_a_list_is_never_called_wrong() -> None:
    v = only("It sold 3,000 SUVs and 2,000 sedans, up 15 percent from 4,348 units.")
    assert v.status is Status.UNVERIFIABLE


def test_respectively_pairs_in_order() -> None:
    text = (
        "Production and sales reached 1,243 units and 1,262 units, up 26.3 percent and 27.3 percent "
        "from 984 units and 991 units a year earlier."
    )
    vs = fc101(text)
    assert [v.evidence[0].quantity.value for v in vs] == [1243, 1262]
    assert [v.evidence[1].quantity.value for v in vs] == [984, 991]
    assert [v.status for v in vs] == [Status.CONSISTENT, Status.CONSISTENT]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales rose from 3,982 units to 4,380 units, up 10 percent.",
        "Compared with 3,982 units a year earlier, sales were 4,380 units, up 10 percent.",
        "Sales were 4,380 units, compared with 3,982 units a year earlier, an increase of 10 percent.",
    ],
)
def test_baseline_stated_before_the_current_figure(sentence: str) -> None:
    v = only(sentence)
    assert v.status is Status.CONSISTENT, v.message
    assert {e.role: e.quantity.value for e in v.evidence} == {"current": 4380, "baseline": 3982}
    assert only(sentence.replace("10 percent", "01 percent")).status is Status.INCONSISTENT


def test_implied_baseline_is_written_like_the_current_figure() -> None:
    v = only("Net profit rose 11.5 percent to RMB 11.6 billion.")
    assert v.status is Status.UNVERIFIABLE
    assert "RMB 10.40 billion" in v.message


def test_table_with_period_headers_and_brand_rows() -> None:
    text = (
        "Kestrel's deliveries of 1,134,891 vehicles were up 37.7% year-on-year, "
        "while Harrow's 462,890 were up 6.9% year-on-year.\n\n"
        "| Brand | Q3 2023 | Q3 2024 |\n| --- | --- | --- |\n"
        "| Kestrel | 824,001 | 1,134,891 |\n| Harrow | 435,059 | 462,890 |\n"
    )
    vs = fc101(text)
    assert [v.status for v in vs] == [Status.CONSISTENT, Status.INCONSISTENT]  # Harrow grew 6.4%
    assert [v.evidence[1].quantity.value for v in vs] == [824001, 435059]


PRICE_CUT = "Sorel cut the S6's price to RMB 189,900 from RMB 229,900, a reduction of RMB {amount}, or {pct}."


@pytest.mark.parametrize(
    ("amount", "pct", "status"),
    [
        ("40,000", "about 17.4 percent", Status.CONSISTENT),  # 40,000 / 229,900 = 17.40%
        ("40,000", "17.4%", Status.CONSISTENT),
        ("40,000", "21.1%", Status.INCONSISTENT),  # divided by the new price
        ("40,000", "14.7%", Status.INCONSISTENT),  # transposed digits
    ],
)
def test_percent_said_after_an_amount_change(amount: str, pct: str, status: Status) -> None:
    v = only(PRICE_CUT.format(amount=amount, pct=pct))
    assert v.status is status
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "RMB 189,900"), ("baseline", "RMB 229,900")]


@pytest.mark.parametrize(
    "text",
    [
        PRICE_CUT.format(amount="30,000", pct="17.4%"),  # the amount does not fit the levels: unread
        "Sorel cut the S6's price by RMB 40,000, a reduction of RMB 40,000, or 17.4%.",  # no levels
    ],
)
def test_percent_after_an_amount_change_needs_both_levels_that_fit(text: str) -> None:
    assert fc101(text) == []


@pytest.mark.parametrize(
    ("change", "status"),
    [
        ("-13.1% from 7,045", Status.CONSISTENT),  # the written minus is the direction, once
        ("down 13.1% from 7,045", Status.CONSISTENT),
        ("(-13.1%) from 7,045", Status.CONSISTENT),
        ("-31.1% from 7,045", Status.INCONSISTENT),
        ("+13.1% from 7,045", Status.INCONSISTENT),  # a fall written as a rise
    ],
)
def test_an_explicit_minus_sign_is_the_direction(change: str, status: Status) -> None:
    v = only(f"Italy's registrations came to 6,120 units in April, {change} a year earlier.")
    assert v.status is status


CHANGE_TABLE = """BEV registrations by market

| Market | April 2025 | April 2024 | Change |
| --- | --- | --- | --- |
| Germany | 43,210 | 38,950 | {de} |
| France | 21,430 | 19,870 | +7.9% |
| Italy | 6,120 | 7,045 | -13.1% |
"""


@pytest.mark.parametrize(
    ("de", "status"),
    [("+10.9%", Status.CONSISTENT), ("+19.0%", Status.INCONSISTENT), ("-10.9%", Status.INCONSISTENT)],
)
def test_a_tables_change_column_compares_its_rows_periods(de: str, status: Status) -> None:
    vs = fc101(CHANGE_TABLE.format(de=de))
    assert [(v.stated_text, v.status) for v in vs] == [
        (de, status),
        ("+7.9%", Status.CONSISTENT),
        ("-13.1%", Status.CONSISTENT),
    ]
    assert [(e.role, e.quantity.text) for e in vs[0].evidence] == [("current", "43,210"), ("baseline", "38,950")]


SPACED_TABLE = """Premium registrations in May

MAKE 2024 2025 VAR %

1.Orla 260 246 -5.4%

2. Kessel Motors 48 65 {kessel}

Drevon 14 54 285.7%
"""


@pytest.mark.parametrize(
    ("kessel", "status"),
    [("35.4%", Status.CONSISTENT), ("53.4%", Status.INCONSISTENT), ("-35.4%", Status.INCONSISTENT)],
)
def test_a_table_flattened_with_blanks_between_cells(kessel: str, status: Status) -> None:
    # a label, one figure per year, then the change; an unsigned change is a rise
    vs = fc101(SPACED_TABLE.format(kessel=kessel))
    assert [(v.stated_text, v.status) for v in vs] == [
        ("-5.4%", Status.CONSISTENT),
        (kessel, status),
        ("285.7%", Status.CONSISTENT),
    ]
    assert [(e.role, e.quantity.text) for e in vs[1].evidence] == [("current", "65"), ("baseline", "48")]


def test_a_blank_separated_row_needs_one_figure_per_column() -> None:
    # a row with a figure missing ("N/A") is no row of the table; two rows at least make one
    text = "Premium registrations in May\n\nMAKE 2024 2025 VAR %\n\nOrla 260 -5.4%\n\nKessel 48 65 35.4%\n"
    assert [v for v in fc101(text) if v.stated_text == "35.4%"] == []


def test_a_change_column_of_units_is_not_read_as_percentages() -> None:
    text = CHANGE_TABLE.replace("| {de} |", "| +4,260 |").replace("+7.9%", "+1,560").replace("-13.1%", "-925")
    assert fc101(text) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the current in the sentence before, the rate and its baseline in a sentence of their own
        (
            "Korvel delivered 8,414 cars in February.\n\nDeliveries slid 28.6 percent compared to "
            "11,790 units in January.",
            ("8,414", "11,790"),
        ),
        (
            "Orla sold 12,100 cars last week, the company said.\n\nOrla's registrations were up 7.08 percent "
            "from 11,300 the week before.",
            ("12,100", "11,300"),
        ),
        # a sentence that is a comparison of its own is passed over
        (
            "Tessin delivered 77,695 cars in May.\n\nThat was 2.4% more than in April, when Tessin sold 75,842 "
            "cars.\n\nOn a yearly basis, deliveries rose 142% from 32,165 cars in May last year.",
            ("77,695", "32,165"),
        ),
    ],
)
def test_a_rate_and_its_baseline_take_the_current_from_the_sentence_before(text: str, pair: tuple[str, str]) -> None:
    vs = [v for v in fc101(text) if v.evidence and v.evidence[-1].quantity.text == pair[1]]
    assert len(vs) == 1, [v.message for v in fc101(text)]
    assert vs[0].status is Status.CONSISTENT, vs[0].message
    assert [(e.role, e.quantity.text) for e in vs[0].evidence] == [("current", pair[0]), ("baseline", pair[1])]


def test_the_current_from_the_sentence_before_can_be_flagged() -> None:
    text = (
        "Korvel delivered 8,414 cars in February.\n\nDeliveries slid 26.8 percent compared to 11,790 units in January."
    )
    (v,) = [v for v in fc101(text) if "26.8" in v.stated_text]
    assert v.status is Status.INCONSISTENT


def test_another_metric_is_not_the_current_of_a_rate() -> None:
    text = (
        "Korvel exported 8,414 cars in February.\n\nIts domestic sales slid 28.6 percent compared to "
        "11,790 units in January."
    )
    assert not [v for v in fc101(text) if v.status is not Status.UNVERIFIABLE]


def test_a_figure_in_between_stops_the_search_for_a_current() -> None:
    text = (
        "Korvel delivered 8,414 cars in February.\n\nIts dealers numbered 412 at the end of the month.\n\n"
        "Deliveries slid 28.6 percent compared to 11,790 units in January."
    )
    assert not [v for v in fc101(text) if v.status is not Status.UNVERIFIABLE]


@pytest.mark.parametrize(
    "phrase",
    [
        "{} fewer than in the same month of 2018, when it delivered a record 3,318 cars.",
        "down {} from its September figure, which was 3,318 cars.",
    ],
)
def test_a_baseline_named_in_a_clause_after_its_period(phrase: str) -> None:
    text = "Norda delivered 3,170 cars in December, " + phrase
    (good,) = [v for v in fc101(text.format("4.5%")) if v.stated_text.startswith("4.5")]
    assert good.status is Status.CONSISTENT, good.message
    assert [e.quantity.text for e in good.evidence] == ["3,170", "3,318"]
    (bad,) = [v for v in fc101(text.format("5.4%")) if v.stated_text.startswith("5.4")]
    assert bad.status is Status.INCONSISTENT


@pytest.mark.parametrize(("rate", "status"), [("9%", Status.CONSISTENT), ("29%", Status.INCONSISTENT)])
def test_a_sentence_opening_word_is_not_a_company(rate: str, status: Status) -> None:
    # "Picture" and "We're" open sentences once each: no name, so nothing keeps the figures apart
    text = (
        "Picture this: 13,077 cars found buyers in October.\n\n"
        f"We're looking at a {rate} gain on the September figure, which was 11,996 units."
    )
    (v,) = [v for v in fc101(text) if v.stated_text == rate]
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["13,077", "11,996"]


@pytest.mark.parametrize("word", ["past", "above", "beyond"])
def test_above_and_past_name_the_baseline(word: str) -> None:
    text = (
        f"Norda delivered 13,077 cars in October.\n\nIts October deliveries climbed 40% {word} what it managed "
        "in October of 2022, when it delivered 9,335 cars."
    )
    (v,) = [v for v in fc101(text) if v.stated_text == "40%"]
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["13,077", "9,335"]


def test_above_after_a_rate_is_its_direction() -> None:
    text = "Norda delivered 13,077 cars in October, 40% above the 9,335 it delivered a year earlier."
    (v,) = [v for v in fc101(text) if v.stated_text == "40%"]
    assert v.status is Status.CONSISTENT, v.message


def test_that_after_two_levels_is_unverifiable_when_the_other_one_fits() -> None:
    text = (
        "Pavo kept 41,200 unsold cars at its dealers in May, and shipped 4,870 cars abroad. "
        "That is up 31% from 3,720 a year earlier."
    )
    (v,) = [v for v in fc101(text) if v.stated_text == "31%"]
    assert v.status is Status.UNVERIFIABLE
    assert "4,870 would fit" in v.message


def test_that_after_two_levels_still_catches_a_slip() -> None:
    text = (
        "Pavo shipped 4,870 cars abroad in May and kept 41,200 unsold cars at its dealers. "
        "That is up 13% from 3,720 a year earlier."
    )
    (v,) = [v for v in fc101(text) if v.stated_text == "13%"]
    assert v.status is Status.INCONSISTENT, v.message


def test_compares_with_names_the_baseline() -> None:
    text = (
        "Pavo's sales so far this year came to 171,350, which compares with 139,260 in the first eight "
        "months of 2024, a rise of 23.0%."
    )
    (v,) = [v for v in fc101(text) if v.stated_text == "23.0%"]
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["171,350", "139,260"]


_NEXT = "Halden's total sales rose {rate} per cent to 1.6 lakh units in September. {second}\n"


def _fc101(text: str):
    return [v for v in factcheck.check_text(text) if v.code == "FC101"]


def test_the_next_sentence_gives_the_year_ago_baseline() -> None:
    (v,) = _fc101(_NEXT.format(rate="33.3", second="The company had sold 1.2 lakh units in September last year."))
    assert v.status is Status.CONSISTENT
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "1.6 lakh"), ("baseline", "1.2 lakh")]


def test_a_transposed_rate_against_the_next_sentences_baseline_is_flagged() -> None:
    (v,) = _fc101(_NEXT.format(rate="13.3", second="A year earlier it had sold 1.2 lakh units."))
    assert v.status is Status.INCONSISTENT


def test_the_next_sentence_is_no_baseline_when_undated_or_about_another_company() -> None:
    for second in (
        "The company had sold 1.2 lakh units in August.",  # not a year back
        "Rival Orvane had sold 1.2 lakh units in September last year.",  # another company
        "Exports were 1.2 lakh units last year, up 4 per cent.",  # a statement of its own
    ):
        (v,) = [v for v in _fc101(_NEXT.format(rate="13.3", second=second)) if v.stated_text == "13.3 per cent"]
        assert v.status is Status.UNVERIFIABLE, second


def test_a_plan_is_no_baseline() -> None:
    text = (
        "Deliveries rose 31% year-on-year at 18,400 units in March, against the company's guidance of 17,500 units.\n"
    )
    (v,) = _fc101(text)
    assert v.status is Status.UNVERIFIABLE


def test_the_next_sentence_must_state_the_same_metric_and_scope() -> None:
    for second in (
        "A year earlier, its electric vehicle sales were 3,100 units.",  # another metric
        "In June last year, the company had sold 52,000 units in total, including exports.",  # a wider scope
    ):
        (v,) = _fc101(f"Domestic sales rose 9 per cent to 40,000 units in June. {second}\n")
        assert v.status is Status.UNVERIFIABLE, second


def test_a_count_of_other_things_is_no_current() -> None:
    (v,) = _fc101("Exports rose 18 per cent, reaching 61 countries against 52 a year earlier.\n")
    assert v.status is Status.UNVERIFIABLE


@pytest.mark.parametrize(("rate", "status"), [("12%", Status.CONSISTENT), ("21%", Status.INCONSISTENT)])
def test_a_baseline_in_a_relative_clause(rate: str, status: Status) -> None:
    text = (
        f"The refreshed model is priced at RMB 189,900, {rate} lower than the outgoing version,"
        " which started at RMB 215,800.\n"
    )
    (v,) = _fc101(text)
    assert v.status is status
    assert [e.quantity.text for e in v.evidence] == ["RMB 189,900", "RMB 215,800"]


_LEAD = "Corvane Motor said Monday its sales fell {rate} percent last month from a year earlier.\n\n{body}\n"
_BODY = "The carmaker sold 284,400 vehicles in March, down from 300,000 units a year earlier, the company said."


@pytest.mark.parametrize(("rate", "status"), [("5.2", Status.CONSISTENT), ("2.5", Status.INCONSISTENT)])
def test_a_lead_rate_with_its_levels_in_the_next_sentence(rate: str, status: Status) -> None:
    (v,) = [v for v in _fc101(_LEAD.format(rate=rate, body=_BODY)) if v.stated_text == f"{rate} percent"]
    assert v.status is status
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "284,400"), ("baseline", "300,000")]


def test_the_next_sentences_levels_must_be_the_rates_metric_and_not_rates_of_their_own() -> None:
    for body in (
        "Its electric vehicle sales were 84,400 units in March, down from 90,000 units a year earlier.",
        "The carmaker sold 284,400 vehicles in March, down 5.2% from 300,000 units a year earlier.",
        "The carmaker sold 284,400 vehicles in March, down from 300,000 units in February.",
    ):
        (v,) = [v for v in _fc101(_LEAD.format(rate="2.5", body=body)) if v.stated_text == "2.5 percent"]
        assert v.status is Status.UNVERIFIABLE, body


def test_with_sales_of_names_the_current_and_another_subjects_rate_is_not_its() -> None:
    text = (
        "Retail sales rose 4.0 percent versus 2022, with sales of 130,000 vehicles, while fleet sales fell"
        " 2.0 percent, with 49,000 vehicles sold.\n"
    )
    got = {v.stated_text: [e.quantity.text for e in v.evidence] for v in _fc101(text)}
    # the fleet rate has its own level after it ("with 49,000 vehicles sold"), never the retail one
    assert got == {"4.0 percent": ["130,000"], "2.0 percent": ["49,000"]}


@pytest.mark.parametrize(("rate", "status"), [("45.3", Status.CONSISTENT), ("39.6", Status.INCONSISTENT)])
def test_a_level_dated_a_year_back_is_the_baseline_and_the_current_came_before(rate: str, status: Status) -> None:
    text = (
        "Rellis Motors retailed a total of 61,450 units last month. Rellis retailed 1,12,380 units during the"
        f" corresponding month one year ago, which means a year-on-year volume decline of {rate} per cent.\n"
    )
    (v,) = _fc101(text)
    assert v.status is status
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "61,450"), ("baseline", "1,12,380")]


@pytest.mark.parametrize(("rate", "status"), [("12.5%", Status.CONSISTENT), ("21.5%", Status.INCONSISTENT)])
def test_a_forecast_revised_from_the_previous_forecast(rate: str, status: Status) -> None:
    text = (
        f"The full-year forecast for consolidated net income has decreased {rate}, from the previous forecast"
        " of 2.40 trillion yen to 2.10 trillion yen.\n"
    )
    (v,) = _fc101(text)
    assert v.status is status
    assert [e.quantity.text for e in v.evidence] == ["2.10 trillion yen", "2.40 trillion yen"]


@pytest.mark.parametrize(("rate", "status"), [("18 percent", Status.CONSISTENT), ("81 percent", Status.INCONSISTENT)])
def test_from_and_to_levels_each_with_its_own_date(rate: str, status: Status) -> None:
    text = f"Kelvo's sales dropped from 6,210 cars in May 2023 to 5,090 in May 2024, a decline of {rate}.\n"
    (v,) = _fc101(text)
    assert v.status is status
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "5,090"), ("baseline", "6,210")]


@pytest.mark.parametrize(
    "comparison", ["on May last year", "from May a year earlier", "compared with May of the previous year"]
)
def test_the_same_month_a_year_back_is_not_this_years_figure(comparison: str) -> None:
    """A May figure "up 58.7% on May last year": the article's May figures are this year's, so
    none of them is the baseline (another May figure of the article was taken for it)."""
    text = (
        "The market grew again: 25,359 new vans were registered in May.\n\n"
        f"A further 24,513 electric cars joined the road during May, up 58.7% {comparison}."
    )
    v = only(text)
    assert v.status is Status.UNVERIFIABLE, v.message
    assert "25,359" not in v.message


def test_last_years_december_is_the_month_before_january() -> None:
    text = (
        "Orla sold 4,000 cars in December.\n\nIn January Orla sold 4,400 cars, up 10 percent from December last year."
    )
    v = only(text)
    assert v.status is Status.CONSISTENT, v.message


# A sentence that names an earlier figure by its period and what it counts ("The December delivery
# figure", "Its March sales total") is a change of the one figure stated for that period.
DESCRIBED = (
    "Orla handed over 3,170 cars in December, a sequential gain of a quarter, it said.\n\n"
    "- Its OX5 crossover grew too, to 2,537 units, after a weak November.\n\n"
    "- Referrals brought in more than 45% of its new orders, according to the firm.\n\n"
    "- {subject} came in {rate} below December 2018, when Orla shipped an all-time high of 3,318 cars."
)


@pytest.mark.parametrize(
    ("subject", "rate", "status"),
    [
        ("The December delivery figure", "4%", Status.CONSISTENT),
        ("Its December sales total", "4.5%", Status.CONSISTENT),
        ("The December tally", "40%", Status.INCONSISTENT),
    ],
)
def test_a_figure_named_by_its_period(subject: str, rate: str, status: Status) -> None:
    v = next(v for v in fc101(DESCRIBED.format(subject=subject, rate=rate)) if v.stated_text == rate)
    assert v.status is status
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "3,170"), ("baseline", "3,318")]


def test_a_period_with_two_figures_names_neither() -> None:
    text = DESCRIBED.format(subject="The December delivery figure", rate="4%").replace(
        "- Referrals brought", "- Orla handed over 1,200 cars in Europe in December. Referrals brought"
    )
    v = next(v for v in fc101(text) if v.stated_text == "4%")
    assert v.status is Status.UNVERIFIABLE


# "units of its only model, the Vela, in October": a name set off by commas still dates the figure.
@pytest.mark.parametrize(
    "october",
    [
        "3,600 units of its only model, the Vela, in October",
        "3,600 cars, a monthly record, in October",
        "3,600 vehicles of its sole EV line, the Vela, in October",
    ],
)
@pytest.mark.parametrize(("rate", "status"), [("25%", Status.CONSISTENT), ("52%", Status.INCONSISTENT)])
def test_an_appositive_before_the_period(october: str, rate: str, status: Status) -> None:
    text = (
        f"Vela Auto said it delivered 4,500 vehicles in November, a {rate} gain over October.\n\n"
        f"The carmaker had delivered {october} and 3,400 units in September."
    )
    v = next(v for v in fc101(text) if v.stated_text == rate)
    assert v.status is status
    assert [e.quantity.text for e in v.evidence] == ["4,500", "3,600"]


# "12,48,331 or 1.24 million units, up 10 per cent": one figure written twice; the rate is
# measured from the exact one (the rounded copy may even be cut short).
@pytest.mark.parametrize(
    ("current", "rate", "status"),
    [
        ("12,48,331 or 1.24 million units", "10 per cent", Status.CONSISTENT),
        ("1,248,331 units, or about 1.2 million", "10 per cent", Status.CONSISTENT),
        ("12,48,331 or 1.24 million units", "19 per cent", Status.INCONSISTENT),
    ],
)
def test_a_figure_and_its_rounded_copy(current: str, rate: str, status: Status) -> None:
    text = (
        f"Zentor Motors said its home dispatches for fiscal 2024 came to {current}, up {rate} on the "
        "11,37,900 units it shipped a year earlier."
    )
    vs = [v for v in fc101(text) if v.stated_text == rate]
    assert [v.status for v in vs] == [status]
    current = vs[0].evidence[0]
    assert (current.role, current.quantity.text) in (("current", "12,48,331"), ("current", "1,248,331"))


# "(3,500 vs 1,000)" after a rate: the current level, then the baseline, whatever the words before.
@pytest.mark.parametrize(
    "sentence",
    [
        "Plug-in hybrid sales jumped {rate} on the same month last year (3,500 vs 1,000).",
        "Sales of plug-in hybrids were up {rate} year-on-year (3,500 versus 1,000).",
        "Plug-in hybrids rose {rate} (3,500 compared with 1,000), the best gain of any fuel type.",
    ],
)
@pytest.mark.parametrize(
    ("rate", "status"), [("250 per cent", Status.CONSISTENT), ("205 per cent", Status.INCONSISTENT)]
)
def test_both_levels_in_a_bracket(sentence: str, rate: str, status: Status) -> None:
    v = only(sentence.format(rate=rate))
    assert v.status is status
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "3,500"), ("baseline", "1,000")]


# "up a huge 380.1 per cent compared to March 2024 (6,932 vs 1,444)": an adjective after "a" still
# leaves the direction, and a year before the bracket still leaves the bracket to the rate.
@pytest.mark.parametrize(
    ("sentence", "evidence"),
    [
        ("PHEV sales were up a huge 380.1 per cent compared to March 2024 (6,932 vs 1,444).", ["6,932", "1,444"]),
        ("Hybrid sales rose a modest 3.2% on 2024 (1,032 vs 1,000).", ["1,032", "1,000"]),
        ("Diesel sales were down a steep 12% from 2024 (880 versus 1,000).", ["880", "1,000"]),
    ],
)
def test_a_rate_with_an_adjective(sentence: str, evidence: list[str]) -> None:
    v = only(sentence)
    assert v.status is Status.CONSISTENT
    assert [e.quantity.text for e in v.evidence] == evidence


# "down 51 per cent, with just 5,374 vehicles ... compared to the 10,464": the level the fall left;
# 51% is the new level as a percent of the old one, a slip the message names.
@pytest.mark.parametrize(
    ("rate", "status"), [("48.6 per cent", Status.CONSISTENT), ("51 per cent", Status.INCONSISTENT)]
)
def test_with_just_names_the_level(rate: str, status: Status) -> None:
    v = only(
        f"EV sales were down {rate}, with just 5,374 vehicles registered compared to the 10,464 of March last year."
    )
    assert v.status is status
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "5,374"), ("baseline", "10,464")]
    if status is Status.INCONSISTENT:
        assert v.diagnosis is not None and v.diagnosis.code == "ratio-for-change"
        assert "51.4%" in v.diagnosis.text


# "down 4.2 percent and up 1.0 percent on year, respectively": two rates in turn, one per level.
def test_rates_in_turn_with_their_own_directions() -> None:
    text = (
        "Halla sold 540,010 units at home and 2,543,361 units abroad, down 4.2 percent and up 1.0 percent"
        " on year, respectively."
    )
    pairs = {v.stated_text: v.evidence[0].quantity.text for v in fc101(text)}
    assert pairs == {"4.2 percent": "540,010", "1.0 percent": "2,543,361"}


# "sold 3,089,457 vehicles last year, up 0.1 percent from 2023": "last year" dates the current level
# when the rate names its own baseline.
@pytest.mark.parametrize("baseline", ["from 2023", "on the previous year", "compared with 2023"])
def test_last_year_is_the_current_period(baseline: str) -> None:
    v = only(f"Halla said it sold 3,089,457 vehicles worldwide last year, up 0.1 percent {baseline}.")
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "3,089,457")]


# A target's rate: "the latest target implies an N% increase" after last year's level, with the
# target the article sets; "a target of X would represent an N% increase" after the sentence that
# gives last year's level.
@pytest.mark.parametrize(
    "rest",
    [
        "It sold 200,000 cars in 2024, and the new target implies a {rate} increase.",
        "Velora delivered 200,000 cars last year, and this goal would mean a {rate} rise.",
        "Its 2024 sales came to 200,000 cars; the plan represents a {rate} increase.",
    ],
)
@pytest.mark.parametrize(("rate", "status"), [("50 percent", Status.CONSISTENT), ("5 percent", Status.INCONSISTENT)])
def test_the_target_the_article_sets(rest: str, rate: str, status: Status) -> None:
    text = (
        "Velora aims to sell 300,000 cars this year\n\n"
        "Velora plans to sell 300,000 cars this year and to reach 1,000,000 a year by 2030, it said.\n\n"
        + rest.format(rate=rate)
    )
    v = next(v for v in fc101(text) if v.stated_text == rate)
    assert v.status is status
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "300,000"), ("baseline", "200,000")]


@pytest.mark.parametrize(
    "target",
    [
        "This year's sales target of 300,000 cars would represent a {rate} increase.",
        "Its goal of 300,000 cars for this year would mean a {rate} rise.",
        "The company aims to sell 300,000 cars this year, which would be a {rate} increase.",
    ],
)
@pytest.mark.parametrize(("rate", "status"), [("50 percent", Status.CONSISTENT), ("5 percent", Status.INCONSISTENT)])
def test_a_target_measured_from_the_level_before(target: str, rate: str, status: Status) -> None:
    text = f"For the full year 2024, Velora sold 200,000 cars.\n\n{target.format(rate=rate)}"
    v = only(text)
    assert v.status is status
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "300,000"), ("baseline", "200,000")]


def test_two_targets_said_as_often_name_neither() -> None:
    text = (
        "Velora aims to sell 300,000 cars this year and targets 1,000,000 by 2030.\n\n"
        "It sold 200,000 cars in 2024, and the new target implies a 50 percent increase."
    )
    v = only(text)
    assert "current" not in [e.role for e in v.evidence]


# "from fewer than 40,000": a baseline bounded only from above makes the change open upwards
# (it used to stop the whole file with an internal error).
@pytest.mark.parametrize("hedge", ["fewer than", "under", "less than"])
@pytest.mark.parametrize(("rate", "status"), [("35%", Status.CONSISTENT), ("20%", Status.INCONSISTENT)])
def test_a_baseline_bounded_from_above(hedge: str, rate: str, status: Status) -> None:
    v = only(f"Rivona sales rose {rate} to 54,000 cars, from {hedge} 40,000 cars a year earlier.")
    assert v.status is status
    assert [e.quantity.text for e in v.evidence] == ["54,000", f"{hedge} 40,000"]


# "It sold 13,631 units in March versus 10,681 in February. Overall, sales grew by 27.6%": a rate
# that points back takes the comparison the sentence before made.
@pytest.mark.parametrize(
    "pair",
    [
        "Members sold a total of 13,631 units in March versus the 10,681 units sold in February.",
        "Members sold 13,631 units in March, compared with 10,681 units in February.",
        "Members delivered 13,631 cars in March against 10,681 cars in February.",
    ],
)
@pytest.mark.parametrize(("rate", "status"), [("27.6%", Status.CONSISTENT), ("22%", Status.INCONSISTENT)])
def test_a_rate_after_the_comparison(pair: str, rate: str, status: Status) -> None:
    v = only(f"{pair} Overall, member sales grew by {rate}.")
    assert v.status is status
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "13,631"), ("baseline", "10,681")]


# "Compared to August 2014 (96,728 units), the figure fell 6.9%": the baseline in brackets after its
# period, the current the figure the sentence points back to.
@pytest.mark.parametrize(
    "second",
    [
        "Compared to August 2014 (96,728 units), the figure fell {rate}.",
        "Compared with the same month last year (96,728 units), that was a drop of {rate}.",
        "Against August 2014 (96,728), the figure was down {rate}.",
    ],
)
@pytest.mark.parametrize(("rate", "status"), [("6.9%", Status.CONSISTENT), ("9.6%", Status.INCONSISTENT)])
def test_a_bracketed_baseline_after_its_period(second: str, rate: str, status: Status) -> None:
    text = f"Ruvia car sales reached 90,077 units in August, the trade body said. {second.format(rate=rate)}"
    v = next(v for v in fc101(text) if v.stated_text == rate)
    assert v.status is status
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "90,077"), ("baseline", "96,728")]


@pytest.mark.parametrize("cue", ["comparing with", "comparing to", "in comparison with", "in comparison to"])
def test_a_rate_with_its_own_baseline_after_it_is_not_the_previous_sentences_comparison(cue: str) -> None:
    # the previous sentence compares with a year ago; this rate is month on month, with its own base
    text = (
        "The two associations sold 31,400 vehicles last month, against 25,900 in March 2025.\n"
        f"They added that last month's sales were some 7 percent higher month-on-month, {cue} 29,350 units"
        " sold in February."
    )
    (v,) = [v for v in fc101(text) if v.stated_text == "some 7 percent"]
    assert v.status is Status.CONSISTENT, v.message  # 31,400 vs 29,350: +6.98%
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "31,400"), ("baseline", "29,350")]


@pytest.mark.parametrize("versus", ["as opposed to", "as against", "compared with"])
@pytest.mark.parametrize(("rate", "status"), [("15.63", Status.CONSISTENT), ("16.53", Status.INCONSISTENT)])
def test_a_rate_whose_two_levels_the_next_sentence_gives(versus: str, rate: str, status: Status) -> None:
    text = (
        f"Sales in the fiscal year fell by {rate} percent when compared to the same period of the"
        f" previous year. Dealers sold 81,677 cars during the year {versus} 96,811 units in the same"
        " period of last year."
    )
    (v,) = [v for v in fc101(text) if rate in v.stated_text]
    assert v.status is status, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "81,677"), ("baseline", "96,811")]


@pytest.mark.parametrize(("rate", "status"), [("21%", Status.CONSISTENT), ("12%", Status.INCONSISTENT)])
def test_from_and_to_each_with_its_conversion_in_brackets(rate: str, status: Status) -> None:
    text = (
        "Trade in cars rose by 18% in the half, going from Dh27bn ($7.3bn) to Dh32bn ($8.7bn). "
        f"Imports went up by {rate} from Dh19bn ($5.2bn) to Dh23bn ($6.3bn) in the same half."
    )
    (v,) = [v for v in fc101(text) if v.stated_text == rate]
    assert v.status is status, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "Dh23bn"), ("baseline", "Dh19bn")]


@pytest.mark.parametrize(
    "pair",
    [
        "Registrations totalled 149,730 compared with a total of {b} in 2008, the registry said.",
        "Registrations came to 149,730, against {b} in 2008.",
        "Registrations reached 149,730 versus {b} in 2008, according to the transport authority.",
    ],
)
@pytest.mark.parametrize(("b", "status"), [("218,429", Status.CONSISTENT), ("281,429", Status.INCONSISTENT)])
def test_the_next_sentence_shortens_the_rates_subject(pair: str, b: str, status: Status) -> None:
    # "new car registrations" then "Registrations": the same figures, the subject shortened
    text = "New car registrations in Dubai in 2009 fell 31.5 percent in the downturn. " + pair.format(b=b)
    (v,) = [v for v in fc101(text) if v.stated_text == "31.5 percent"]
    assert v.status is status, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "149,730"), ("baseline", b)]


def test_a_whole_in_the_next_sentence_is_no_level_of_a_slices_rate() -> None:
    text = (
        "New car registrations in Dubai in 2009 fell 31.5 percent in the downturn. "
        "Total vehicle registrations came to 249,730, against 318,429 in 2008."
    )
    assert all(v.status is Status.UNVERIFIABLE for v in fc101(text) if v.stated_text == "31.5 percent")


@pytest.mark.parametrize(
    "then",
    [
        "Whereas in September 2024, this figure was {b} lakh units.",
        "In September 2024, that figure stood at {b} lakh units.",
        "By comparison, in September 2024 the same figure was {b} lakh units.",
    ],
)
@pytest.mark.parametrize(("b", "status"), [("16.56", Status.CONSISTENT), ("16.65", Status.INCONSISTENT)])
def test_the_next_sentence_names_the_very_figure_a_year_before(then: str, b: str, status: Status) -> None:
    # the rate names no basis and the sentence after says "this figure": its year before
    text = "Scooter sales were up by 11.64 percent to 18.49 lakh units in September. " + then.format(b=b)
    (v,) = [v for v in fc101(text) if v.stated_text == "11.64 percent"]
    assert v.status is status, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "18.49 lakh"), ("baseline", f"{b} lakh")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Van registrations in March were up {rate} ({cur}) when set against March 2024 ({base}).",
        "Deliveries so far this year are up {rate} ({cur}) on the same months of 2024 ({base}).",
        "Kessel's exports rose {rate} ({cur} units) compared to the first quarter of last year ({base} units).",
        "The Lumea plant showed a growth rate of {rate} ({cur} cars), compared to {base} cars in 2023.",
    ],
)
@pytest.mark.parametrize(("cur", "status"), [("6,342", Status.CONSISTENT), ("6,432", Status.INCONSISTENT)])
def test_the_level_a_rate_reached_in_brackets_after_it(sentence: str, cur: str, status: Status) -> None:
    # 6,342 / 5,285 = +20.0%; the transposed level is caught at the bracket
    v = only(sentence.format(rate="20.0%", cur=cur, base="5,285"))
    assert v.status is status, v.message
    assert [e.quantity.text.split()[0] for e in v.evidence] == [cur, "5,285"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Registrations of new vans were down 2.1 per cent ({amount} units) on March 2024.",
        "Year to date the market is up by 1.4 per cent ({amount} units) compared to the first quarter of 2024.",
        "Sales slipped 3.0% ({amount} vehicles) compared with 17,530 in the same month of 2024.",
    ],
)
def test_a_bracket_holding_the_amount_of_change_is_no_level(sentence: str) -> None:
    # a change, a fraction of its baseline, never judged as the level reached
    for v in fc101(sentence.format(amount="526")):
        assert v.status is not Status.INCONSISTENT, v.message
        assert "526" not in [e.quantity.text for e in v.evidence if e.role == "current"]


@pytest.mark.parametrize(
    "compared",
    [
        "compared with the same month in 2024 ({base})",
        "compared to sales in the first three months of 2024 of {base} units",
        "when compared to the number of registrations in May last year ({base} vehicles)",
        # (every comparison phrase reaches as far: "in comparison to" is one too)
        "in comparison to the number of registrations in the same quarter of 2024 ({base} cars)",
    ],
)
@pytest.mark.parametrize(("base", "status"), [("9,488", Status.CONSISTENT), ("9,848", Status.INCONSISTENT)])
def test_a_baseline_after_a_dated_comparison(compared: str, base: str, status: Status) -> None:
    # 7,607 / 9,488 = -19.8%
    v = only(f"Orla registered 7,607 cars in the period, down 19.8 percent {compared.format(base=base)}.")
    assert v.status is status, v.message
    assert [e.quantity.text.split()[0] for e in v.evidence] == ["7,607", base]


def test_a_conversion_in_brackets_is_no_gap_before_up_from() -> None:
    v = only("The Drevon market grew by 19.7 per cent in 2024 to $11.1 billion (Dh40.7 billion) up from $9.2 billion.")
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["$11.1 billion", "$9.2 billion"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Cars took {n} registrations, as well as on the vans side (LCV) with 14,094 units, a rise of 11.8%.",
        "Cars took {n} registrations, up 11.8%, as well as on the vans side of the market with 14,094 units.",
        "New sales rose 0.3 per cent compared to the same months of last year with a total of {n} cars sold.",
    ],
)
def test_a_place_or_a_current_after_on_is_no_baseline(sentence: str) -> None:
    for v in fc101(sentence.format(n="104,288")):
        assert v.status is not Status.INCONSISTENT, v.message


@pytest.mark.parametrize(
    "second",
    [
        "The van segment, for its part, climbed by 12.6% with {n} units sold against May last year.",
        "Category II (pickups) increased by 12.6% with {n} units sold.",
        "The island state had a 12.6% increase selling {n} new vehicles.",
    ],
)
def test_a_rate_with_a_level_of_its_own_after_it_is_not_the_sentence_befores(second: str) -> None:
    text = "The car segment grew by 2.3% with 11,499 units sold, 264 more than a year before. " + second
    v = fc101(text.format(n="19,633"))[-1]
    assert v.status is Status.UNVERIFIABLE, v.message
    assert [e.quantity.text for e in v.evidence if e.role == "current"] == ["19,633"]


@pytest.mark.parametrize(("base", "status"), [("495", Status.CONSISTENT), ("459", Status.INCONSISTENT)])
def test_with_units_sold_after_a_rate_is_its_level(base: str, status: Status) -> None:
    v = only(f"Category III (light trucks) increased by 70.1% with 842 units sold from {base} units a year earlier.")
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["842", base]


def test_a_rate_of_its_own_month_is_not_the_year_to_date_pair_before_it() -> None:
    text = (
        "So far this year Kestrian dealers have sold a total of 862,832 vehicles compared to 832,948 a year "
        "ago. Sales have risen by 6.8% in the month of September compared with the month of September, 2024."
    )
    for v in fc101(text):
        assert v.status is not Status.INCONSISTENT, v.message
        assert "862,832" not in v.message


def test_compared_with_after_a_rate_still_names_the_baseline() -> None:
    v = only("Orla reported 33,181 deliveries in May, a drop of 31.92% compared with 48,740 units a year before.")
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["33,181", "48,740"]


@pytest.mark.parametrize(
    "second",
    [
        "Dealers sold {cur} cars in May 2025 while sales stood at 8,312 units in May 2024.",
        "The association said {cur} cars were sold in May 2025, whereas the figure was 8,312 in May 2024.",
    ],
)
@pytest.mark.parametrize(("cur", "status"), [("10,297", Status.CONSISTENT), ("10,927", Status.INCONSISTENT)])
def test_the_next_sentence_gives_two_levels_side_by_side_dated_a_year_apart(
    second: str, cur: str, status: Status
) -> None:
    text = "Kestrian car sales rose 24 percent year on year in May 2025.\n\n" + second.format(cur=cur)
    v = fc101(text)[0]
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == [cur, "8,312"]


@pytest.mark.parametrize(("base", "status"), [("332,852", Status.CONSISTENT), ("323,852", Status.INCONSISTENT)])
def test_a_yoy_rate_with_an_undated_current_and_a_dated_baseline(base: str, status: Status) -> None:
    text = (
        "Sales of new motor vehicles fell 17.07% in October compared with the same month a year earlier. "
        f"Last month, 276,033 units were licensed, compared to {base} sold in October 2024."
    )
    v = fc101(text)[0]
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["276,033", base]


def test_a_reporting_body_named_with_the_levels_is_no_other_company() -> None:
    text = (
        "Drevon's vehicle market opened the year with a 28.72 per cent decline in units sold in January.\n\n"
        "According to the industry, total Industry sales for January 2025 were 752 units compared to 1,055 "
        "units in the same period of 2024."
    )
    v = fc101(text)[0]
    assert v.status is Status.CONSISTENT, v.message


def test_a_level_in_cars_is_no_slice_of_a_rate_said_of_vehicles() -> None:
    text = (
        "Halden's registrations grew 25% year-on-year in April. "
        "Halden registered 7,500 cars in April, up from 6,000 a year earlier."
    )
    assert fc101(text)[0].status is Status.CONSISTENT


@pytest.mark.parametrize(
    "sentence",
    [
        "Lumea's plants assembled a record {cur} light vehicles in the first quarter, 6.5 percent up on the 727,571 "
        "built in the same months of 2024.",
        "Output in March was {cur} units, 6.5 per cent up from the 727,571 of a year before.",
        "Drevon's dealers sold {cur} cars in the quarter vis-a-vis 727,571 a year ago, growing by 6.5%.",
        "Sales improved by 6.5 percent to {cur} vehicles from 727,571 units a year earlier.",
    ],
)
@pytest.mark.parametrize(("cur", "status"), [("774,731", Status.CONSISTENT), ("774,371", Status.INCONSISTENT)])
def test_rate_wordings_of_other_outlets(sentence: str, cur: str, status: Status) -> None:
    v = only(sentence.format(cur=cur))
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == [cur, "727,571"]


@pytest.mark.parametrize(("base", "status"), [("11,400", Status.CONSISTENT), ("14,100", Status.INCONSISTENT)])
def test_recording_just_names_the_level_a_fall_left(base: str, status: Status) -> None:
    v = only(
        f"Kestrian auto sales fell 12 percent in August, recording just 10,000 vehicles, down from {base} in July."
    )
    assert v.status is status, v.message


@pytest.mark.parametrize(("rate", "status"), [("9.33", Status.CONSISTENT), ("9.93", Status.INCONSISTENT)])
def test_a_change_over_a_years_figure(rate: str, status: Status) -> None:
    text = (
        "The licensing office registered 21,567 vehicles in the first week of January. That is an increase of "
        f"1,841 ({rate} per cent) over the 2024 figure of 19,726 vehicles for the same week."
    )
    v = next(v for v in fc101(text) if v.stated_text.startswith(rate))
    assert v.status is status, v.message


@pytest.mark.parametrize(("rate", "status"), [("17.1%", Status.CONSISTENT), ("14.5%", Status.INCONSISTENT)])
def test_the_amount_of_a_change_said_in_the_next_sentence(rate: str, status: Status) -> None:
    text = (
        f"Heavy truck sales in Kestria were up {rate} in May from April, reaching 15,085 vehicles. "
        "The 2,200-vehicle increase was the second largest monthly gain of the year."
    )
    v = only(text)
    assert v.status is status, v.message
    assert "12,885" in v.message


def test_an_amount_of_another_direction_is_no_change_of_the_rate() -> None:
    text = (
        "Heavy truck sales were up 14.5% in May from April, reaching 15,085 vehicles. "
        "The 2,200-vehicle drop in exports was the steepest of the year."
    )
    assert all("2,200" not in v.message for v in fc101(text))


@pytest.mark.parametrize(
    "amount",
    [
        "an improvement of 35,724 vehicle exports or a gain of",
        "an increase of 35,724 vehicle exports or a gain of",
        "a rise of 35,724 units and a gain of",
    ],
)
def test_the_amount_of_a_change_is_no_current_level(amount: str) -> None:
    text = f"Vehicle exports at 386,863 units reflected {amount} 10.2 percent compared to the 351,139 vehicles of 2018."
    vs = [v for v in factcheck.check_text(text) if v.code == "FC101"]
    assert [v.status for v in vs] == [Status.CONSISTENT], [v.message for v in vs]
    assert [e.quantity.text for e in vs[0].evidence] == ["386,863", "351,139"]


@pytest.mark.parametrize("dash", [" – ", " — ", " - "])
def test_a_dash_ends_the_comparison_before_a_clause_of_its_own(dash: str) -> None:
    text = (
        "New vehicle sales came to 536,626 units in 2019, the association said.\n\n"
        "Following the decline in new vehicle sales of 1.0 percent in 2018 compared to 2017"
        f"{dash}new vehicle sales had declined by 15,601 units, or 2.8 percent, from 552,227 units in 2018."
    )
    vs = [v for v in factcheck.check_text(text) if v.code == "FC101" and v.stated_text.startswith("1.0")]
    assert [v.status for v in vs] == [Status.UNVERIFIABLE], [v.message for v in vs]


@pytest.mark.parametrize(
    "opening", ["In the previous year, the sales were", "Last year, sales were", "In 2015, sales were"]
)
def test_a_year_ago_level_said_next_under_the_bare_metric(opening: str) -> None:
    # the next sentence shortens the subject to the metric alone, after the time it moves to
    text = (
        "In 2016, the light commercial vehicle market decreased by 6.45%, in comparison to the previous year, "
        f"to 226,782. {opening} 242,421."
    )
    vs = [v for v in factcheck.check_text(text) if v.code in ("FC101", "FC111")]
    assert [v.status for v in vs] == [Status.CONSISTENT], [v.message for v in vs]
    assert [e.quantity.text for e in vs[0].evidence] == ["226,782", "242,421"]


def test_a_rate_that_holds_only_within_the_rounding_of_its_levels_says_so() -> None:
    # 11.1 / 9.2 is +20.65%, yet $11.05bn against $9.25bn is +19.46%: the tick must not sit next to
    # a bare "+20.65%" that contradicts it
    (v,) = fc101("The market grew by 19.7 per cent in 2010 to $11.1 billion, up from $9.2 billion in 2009.")
    assert v.status is Status.CONSISTENT
    assert "+19.46% to +21.86%" in v.message and "within their rounding" in v.message
    (w,) = fc101("The market grew by 20.7 per cent in 2010 to $11.1 billion, up from $9.2 billion in 2009.")
    assert "rounding" not in w.message


@pytest.mark.parametrize("verb", ["reached", "totalled", "stood at"])
def test_a_rate_whose_clause_goes_on_to_the_level_it_reached(verb: str) -> None:
    text = (
        "In December 2016, passenger car sales went down by 5.51% in comparison to the same month of the "
        f"previous year and {verb} 108,044."
    )
    (v,) = fc101(text)
    assert v.status is Status.UNVERIFIABLE
    assert [e.quantity.text for e in v.evidence] == ["108,044"] and "114,344" in v.message


def test_a_joined_market_total_is_no_prior_figure_of_one_segment() -> None:
    # the passenger cars' rate is not measured from the December total of passenger and light
    # commercial vehicles together
    text = (
        "In comparison to the total number of 156,173 in December 2015 passenger car and light commercial vehicle "
        "market, the sales went down by 9.13%.\n\n"
        "In December 2016, passenger car sales went down by 5.51% in comparison to the same month of the "
        "previous year and reached 108,044."
    )
    vs = factcheck.check_text(text)
    assert Status.INCONSISTENT not in [v.status for v in vs]
    (v,) = [v for v in vs if v.stated_text == "5.51%"]
    assert v.status is Status.UNVERIFIABLE and [e.quantity.text for e in v.evidence] == ["108,044"], v.message


@pytest.mark.parametrize("join", [" and", ", while"])
def test_a_change_in_a_second_clause_takes_its_own_level(join: str) -> None:
    text = (
        "Registrations of 6,848 passenger vehicles were down 2.1 per cent (148 units) on April 2017"
        f"{join} registrations of 3,575 commercial vehicles were down by {{pct}} (64 units) on April 2017."
    )
    for pct, status in (("1.8 per cent", Status.CONSISTENT), ("8.1 per cent", Status.INCONSISTENT)):
        vs = [v for v in fc101(text.format(pct=pct)) if v.stated_text == pct]
        assert [v.status for v in vs] == [status], [v.message for v in fc101(text.format(pct=pct))]
        assert vs[0].evidence[0].quantity.text == "3,575"


_MONTH_TABLE = (
    "Lumea's car market grew again\n\n"
    "{sentence}\n\n"
    "Car sales in Lumea 2024 2025\n"
    "July 7,567 10,673\n"
    "August 7,686 10,423\n"
    "September 8,665 12,135\n"
)


@pytest.mark.parametrize(
    ("sentence", "stated", "slip", "slip_status", "pair"),
    [
        (
            "New car sales for September 2025 represent a year-on-year growth of {} compared to the same month of"
            " 2024.",
            "40%",
            "4.0%",  # no slip of a digit: the pairing may be wrong instead
            Status.UNVERIFIABLE,
            ["12,135", "8,665"],
        ),
        (
            "In September 2025 sales rose {} year-on-year, dealers said.",
            "40.05%",
            "40.50%",
            Status.INCONSISTENT,
            ["12,135", "8,665"],
        ),
        (
            "Sales in September 2025 showed a monthly growth of {} over August.",
            "16%",
            "61%",
            Status.INCONSISTENT,
            ["12,135", "10,423"],
        ),
        (
            "Compared to the previous month, sales in September 2025 grew {}.",
            "16.4%",
            "14.6%",
            Status.INCONSISTENT,
            ["12,135", "10,423"],
        ),
    ],
)
def test_a_rate_of_a_month_is_read_off_a_table_of_months_by_years(
    sentence: str, stated: str, slip: str, slip_status: Status, pair: list[str]
) -> None:
    text = _MONTH_TABLE.format(sentence=sentence.format(stated))
    (v,) = [v for v in fc101(text) if v.stated_text == stated]
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == pair
    # a slip of a digit is an error even for figures paired by their period alone; any other
    # difference may be the pairing's
    (w,) = [v for v in fc101(_MONTH_TABLE.format(sentence=sentence.format(slip))) if v.stated_text == slip]
    assert w.status is slip_status, w.message
    assert [e.quantity.text for e in w.evidence] == pair


@pytest.mark.parametrize(
    "sentence",
    [
        "In September 2025 SUV sales rose 40% year-on-year.",  # a segment is no row of the total
        "In September 2025 electric car sales rose 40% year-on-year.",  # nor is a powertrain
        "In September sales rose 40% year-on-year.",  # no year: which column is not said
    ],
)
def test_a_rate_the_table_does_not_hold_is_left_alone(sentence: str) -> None:
    (v,) = [v for v in fc101(_MONTH_TABLE.format(sentence=sentence)) if v.stated_text == "40%"]
    assert v.status is Status.UNVERIFIABLE


@pytest.mark.parametrize(
    ("sentence", "stated", "pair"),
    [
        ("Output rose from 289,000 units in May to 303,000 units in June ({}).", "4.8%", ["303,000", "289,000"]),
        ("Production has risen from 289,000 units to 303,000 units ({}).", "4.8%", ["303,000", "289,000"]),
        ("Exports fell from 5,000 units in May to 4,000 units in June ({}).", "20%", ["4,000", "5,000"]),
        ("Production totaled 1,680,976 units, against 1,385,488 ({}) last year.", "21.3%", ["1,680,976", "1,385,488"]),
        ("Sales reached 4,000 units, compared with 5,000 ({}) a year earlier.", "20%", ["4,000", "5,000"]),
    ],
)
def test_a_bare_rate_in_brackets_after_the_two_levels_it_compares(sentence: str, stated: str, pair: list[str]) -> None:
    (v,) = [v for v in fc101(sentence.format(stated)) if v.stated_text == stated]
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == pair
    wrong = {"4.8%": "8.4%", "20%": "25%", "21.3%": "12.3%"}[stated]
    (w,) = [v for v in fc101(sentence.format(wrong)) if v.stated_text == wrong]
    assert w.status is Status.INCONSISTENT, w.message


def test_the_next_sentence_of_another_period_gives_no_year_ago_baseline() -> None:
    # "remaining unchanged from the same period last year" dates no figure a year back, and the
    # first seven months are not July
    text = (
        "In Western Europe a total of 1,085,356 new cars were registered in July, a 5.9% increase compared to"
        " the same month in 2024. For the first seven months of the year, registrations reached 7,900,877"
        " units, virtually unchanged from the same period last year.\n"
    )
    (v,) = [v for v in fc101(text) if v.stated_text == "5.9%"]
    assert v.status is Status.UNVERIFIABLE, v.message
    assert "7,900,877" not in v.message


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        (
            "Orla sold 21,384 units last month, plummeting by 46 percent from 39,317 a year ago, while Kessel"
            " posted sales of 8,074, plunging 49 percent from 15,749 in the same period.",
            [["21,384", "39,317"], ["8,074", "15,749"]],
        ),
        ("Halden's exports sank 20 percent to 4,000 units from 5,000.", [["4,000", "5,000"]]),
        ("Drevon's output, skyrocketing 150% to 5,000 units from 2,000, set a record.", [["5,000", "2,000"]]),
    ],
)
def test_a_participle_or_a_verb_of_any_tense_gives_the_direction(sentence: str, pairs: list[list[str]]) -> None:
    vs = fc101(sentence)
    assert [[e.quantity.text for e in v.evidence] for v in vs] == pairs
    assert all(v.status is Status.CONSISTENT for v in vs), [v.message for v in vs]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales showed a 41% decline over the first eight months of the fiscal year, with only 46,417 units sold"
        " compared to 78,575 units in the same period a year earlier.",
        "Registrations fell 41% during the first eight months of the current fiscal year, with 46,417 units"
        " against 78,575 units a year before.",
        "Sorell's car sales fell by 41% on a year-on-year basis in the first eight months, with the company"
        " recording 46,417 units of car sales in the period as against 78,575 units a year earlier.",
    ],
)
def test_a_level_after_a_long_period_opens_its_own_with_clause(sentence: str) -> None:
    v = only(sentence)
    assert v.status is Status.CONSISTENT
    assert [e.quantity.text for e in v.evidence] == ["46,417", "78,575"]
    slipped = only(sentence.replace("46,417", "46,471").replace("41%", "14%"))
    assert slipped.status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "sentence",
    [
        # another subject's level after "as well as", in brackets, or after "with exports"
        "Car sales reached 104,288 units, a rise of 11.8%, as well as the light commercial vehicles (LCV)"
        " with 14,094 units.",
        "The trade surplus grew to 12.5 trillion yen, up 10.3% from 11.3 trillion yen the year before, with"
        " exports totaling 14.2 trillion yen.",
    ],
)
def test_a_long_gap_with_another_subject_gives_no_current(sentence: str) -> None:
    for v in fc101(sentence):
        assert "14,094" not in v.message and "14.2" not in v.message, v.message


def test_rates_of_two_comparisons_share_the_one_level_they_reached() -> None:
    text = (
        "Its loss per share was 2.53 yuan. Revenue increased 117.8 per cent quarter on quarter and 46.7 per cent"
        " year on year to 19.1 billion yuan."
    )
    vs = fc101(text)
    assert [[e.quantity.text for e in v.evidence] for v in vs] == [["19.1 billion yuan"], ["19.1 billion yuan"]]


@pytest.mark.parametrize(
    "text",
    [
        # another metric's sentence before: exports after domestic sales, bank credit after imports
        "Domestic sales fell to 5,228 units, a 54.3% decrease from 11,431 a year earlier. Exports suffered as well,"
        " falling 54.4% from the same month last year.",
        "Port figures showed new car imports increased to 24,158 units in the first six months to June, from 21,024"
        " units in the same period of last year, as lending recovered. Bank credit to the private sector grew 48"
        " percent at the end of June, compared from the same period a year ago.",
    ],
)
def test_a_rate_of_another_metric_takes_no_level_of_the_sentence_before(text: str) -> None:
    v = fc101(text)[-1]
    assert v.status is Status.UNVERIFIABLE, v.message
    assert v.evidence == () or all(e.quantity.text not in ("5,228", "24,158") for e in v.evidence), v.message


@pytest.mark.parametrize("versus", ["compared to", "as against", "as opposed to", "versus"])
def test_after_a_from_baseline_the_level_compared_with_it_is_the_current(versus: str) -> None:
    v = only(f"Exports fell 54.4% from 474 units in March 2019 {versus} 216 units last month.")
    assert v.status is Status.CONSISTENT
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "216"), ("baseline", "474")]


def test_an_earlier_comparisons_baseline_is_no_current_of_a_rate_with_its_own() -> None:
    text = (
        "Car sales rose to 16k vehicles from 12.5k in July and 10.7k in August 2019. Truck sales slipped to 3.2k"
        " vehicles from 3.3k in July, but were up 29.5% from August last year."
    )
    v = fc101(text)[-1]
    assert v.status is Status.UNVERIFIABLE, v.message  # the trucks' August figure is not given
    assert [e.quantity.text for e in v.evidence] == ["3.2k"]


def test_a_span_of_months_is_no_level_a_rate_is_of() -> None:
    v = only("In the first 9 months of the financial year, a decrease of 46 percent was recorded in car sales.")
    assert v.status is Status.UNVERIFIABLE
    assert v.evidence == (), v.message


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        (
            "Kessel recorded a sales decline of 17 per cent in the domestic market in its tractor business selling"
            " 26,094 units as compared to 31,619 units sold in the same month a year ago.",
            ["26,094", "31,619"],
        ),
        (
            "Its exports went up by 43 per cent exporting 1,587 units as compared to 1,107 units a year ago.",
            ["1,587", "1,107"],
        ),
        # "as compare to", as some outlets write it, names the baseline like "compared to"
        (
            "Overall, the company sold 2,63,547 units registering a growth of 11 per cent as compare to 2,38,187"
            " units sold a year ago.",
            ["2,63,547", "2,38,187"],
        ),
    ],
)
def test_a_verb_of_selling_ends_the_rates_clause_at_its_level(sentence: str, pair: list[str]) -> None:
    v = only(sentence)
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == pair


def test_an_improvement_after_a_rate_is_a_rise() -> None:
    v = only("The total market stands at 86,764 sales in nine months, a 14% improvement over the 75,910 units of 2013.")
    assert v.status is Status.CONSISTENT
    assert [e.quantity.text for e in v.evidence] == ["86,764", "75,910"]


def test_a_sentence_naming_its_metric_takes_the_bare_figure_before_it() -> None:
    # "on an annual basis" after a rate is year-on-year, not a pace projected over a year
    text = (
        "Figures show that vehicle sales rose 13% to 20.8k, up from 18.3k in July. Sales were up more than 40% on"
        " an annual basis from 14.6k in August last year."
    )
    v = fc101(text)[-1]
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["20.8k", "14.6k"]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Car sales in Lumea fell by more than a third to 120,000 units from 190,000 in 2021.", Status.CONSISTENT),
        ("Exports grew by a third, from 30,000 to 40,100 units.", Status.CONSISTENT),
        ("Orla's sales fell by half to 2,000 units from 4,100 a year earlier.", Status.CONSISTENT),
        # half is 45-55%: 3,000 from 4,100 is a fall of 27%
        ("Orla's sales fell by half to 3,000 units from 4,100 a year earlier.", Status.INCONSISTENT),
    ],
)
def test_a_change_said_as_a_fraction_in_words(sentence: str, status: Status) -> None:
    v = only(sentence)
    assert v.status is status, v.message
    # the words are quoted with the percent they stand for, and an alarm says how it may have happened
    assert "third (" in v.message or "half (" in v.message, v.message
    assert (v.diagnosis is not None) is (status is Status.INCONSISTENT)


@pytest.mark.parametrize(
    ("second", "baseline", "status"),
    [
        ("Compared to May (10,000 units), the figure rose 24%.", "10,000", Status.CONSISTENT),
        ("Versus its May figure (11,000), Orla's sales grew by 12.7%.", "11,000", Status.CONSISTENT),
        ("Against the March 2024 total (9,920 units), deliveries were up 25%.", "9,920", Status.CONSISTENT),
        # the month of the comparison is the baseline's, not the rate's: the slip is still caught
        ("Compared to May (13,300 units), the figure rose 6.8%.", "13,300", Status.INCONSISTENT),
    ],
)
def test_a_bracketed_baseline_compares_with_the_figure_of_the_sentence_before(
    second: str, baseline: str, status: Status
) -> None:
    v = only(f"Orla sold 12,400 cars in June 2024. {second}")
    assert v.status is status, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "12,400"), ("baseline", baseline)]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Second-hand imports posted a 4.83% (4,409) rise in July against July 2022 (4,206).", Status.CONSISTENT),
        (
            "Truck registrations posted a 12.5% (1,125 units) decline in May from 1,285 a year earlier.",
            Status.CONSISTENT,
        ),
        ("Bus sales recorded a 7.2% (5,360 vehicles) rise in June, against 5,000 in June 2022.", Status.CONSISTENT),
        ("Second-hand imports posted a 8.43% (4,409) rise in July against July 2022 (4,206).", Status.INCONSISTENT),
    ],
)
def test_a_level_in_brackets_between_a_rate_and_its_noun(text: str, status: Status) -> None:
    v = only(text)
    assert v.status is status, v.message
    assert [e.role for e in v.evidence] == ["current", "baseline"]


@pytest.mark.parametrize(
    ("second", "baseline", "status"),
    [
        (
            "But compared with the 16,640 cars made in June 2023, output dropped 5.5%.",
            "16,640",
            Status.CONSISTENT,
        ),
        ("Compared with May 2023, when it built 13,985 vehicles, output was up 12.4%.", "13,985", Status.CONSISTENT),
        ("Versus the 14,500 units of last June, the figure is 8.4% higher.", "14,500", Status.CONSISTENT),
        ("Compared with May 2023, when it built 13,985 vehicles, output was up 21.4%.", "13,985", Status.INCONSISTENT),
    ],
)
def test_a_sentence_opening_on_its_baseline_takes_the_current_before_it(
    second: str, baseline: str, status: Status
) -> None:
    v = [c for c in fc101(f"Orla built 15,721 vehicles in June. {second}") if c.evidence]
    assert len(v) == 1 and v[0].status is status, [c.message for c in v]
    assert [(e.role, e.quantity.text) for e in v[0].evidence] == [("current", "15,721"), ("baseline", baseline)]


def _on_january(rate: str, total: str = "60,290") -> list:
    text = (
        f"In February, Kessel exported 36,410 cars, up {rate} on January.\n\n"
        f"For the first two months of the year, Kessel exported {total} cars, and Orla built 9,880 vans."
    )
    return [v for v in factcheck.check_text(text) if v.code == "FC101"]


def test_a_month_named_as_baseline_is_the_two_month_total_less_the_current() -> None:
    # January = 60,290 - 36,410 = 23,880; 36,410 / 23,880 = +52.47%
    (v,) = _on_january("52.5%")
    assert v.status is Status.CONSISTENT, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "36,410"), ("baseline_total", "60,290")]
    assert "60,290 - 36,410 = 23,880" in v.message


def test_a_mistyped_rate_on_a_derived_month_is_caught() -> None:
    (v,) = _on_january("25.5%")
    assert v.status is Status.INCONSISTENT


def test_a_figure_of_that_month_too_far_from_the_current_gives_way_to_the_derived_one() -> None:
    # "327 tractors in January" is another thing's January: too far from 36,410 to be compared
    text = (
        "In February, Kessel exported 36,410 cars, up 52.5% on January. For the first two months of the"
        " year, Kessel exported 60,290 cars.\n\nIn January, 327 tractors were shipped."
    )
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC101"]
    assert [e.quantity.text for e in v.evidence] == ["36,410", "60,290"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Sorell sold 12,300 vans in 2021, up 56 percent, and 7,885 vans in 2020.", Status.CONSISTENT),
        ("Sorell sold 12,300 vans in 2021, up 65 percent, and 7,885 vans in 2020.", Status.INCONSISTENT),
        ("Sorell delivered 9,100 cars in 2024, a rise of 30%, and 7,000 cars in 2023.", Status.CONSISTENT),
    ],
)
def test_the_year_before_after_the_rate_joined_by_and(text: str, status: Status) -> None:
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC101"]
    assert v.status is status, v.message
    assert [e.role for e in v.evidence] == ["current", "baseline"]


@pytest.mark.parametrize(
    "text",
    [
        "Sorell sold 12,300 vans in 2021, up 56 percent, and 7,885 vans in 2019.",  # two years back
        "Sorell sold 12,300 vans in 2021, up 56 percent, and exported 7,885 cars in 2020.",  # another measure
    ],
)
def test_a_figure_after_and_that_is_no_year_before_is_no_baseline(text: str) -> None:
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC101"]
    assert v.status is Status.UNVERIFIABLE, v.message


@pytest.mark.parametrize(
    ("rate", "status"), [("8%", Status.CONSISTENT), ("about 8%", Status.CONSISTENT), ("18%", Status.INCONSISTENT)]
)
def test_more_than_in_a_month_takes_that_months_figure_of_the_same_measure(rate: str, status: Status) -> None:
    text = (
        "Halden's dealers registered 21,300 vans in March.\n\n"
        f"In April they registered 23,000 vans, {rate} more than in March."
    )
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC101"]
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["23,000", "21,300"]


NEXT_WITH_ITS_OWN = (
    "Kessel's deliveries grew {x} y-o-y in May.\n\n"
    "It delivered 6,720 cars in May, up from 5,600 in May last year, and 5% more than the 6,400 of April"
    " on a monthly basis."
)


@pytest.mark.parametrize(("x", "status"), [("20%", Status.CONSISTENT), ("2%", Status.INCONSISTENT)])
def test_a_yoy_rate_takes_the_year_apart_pair_of_a_next_sentence_whose_own_rate_is_monthly(
    x: str, status: Status
) -> None:
    vs = [v for v in fc101(NEXT_WITH_ITS_OWN.format(x=x)) if v.stated_text == x]
    assert [v.status for v in vs] == [status], [v.message for v in vs]
    assert [e.quantity.text for e in vs[0].evidence] == ["6,720", "5,600"]
    (monthly,) = [v for v in fc101(NEXT_WITH_ITS_OWN.format(x=x)) if v.stated_text == "5%"]
    assert [e.quantity.text for e in monthly.evidence] == ["6,720", "6,400"]


def test_another_subjects_rate_after_while_takes_no_level_of_the_first_clause() -> None:
    text = "It sold 18,300 cars in August, up from 15,900 a year earlier, while its exports rose 3% in July."
    (v,) = [v for v in fc101(text) if v.stated_text == "3%"]
    assert v.status is Status.UNVERIFIABLE, v.message


def test_two_rates_of_two_bases_share_the_level_they_reached() -> None:
    text = "Van sales climbed a steep 27% y-o-y and 9% m-o-m to 6.3k in October."
    vs = fc101(text)
    assert [v.stated_text for v in vs] == ["27%", "9%"]
    assert all([e.quantity.text for e in v.evidence] == ["6.3k"] for v in vs), [v.message for v in vs]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Halden's exports rose by 12% compared with the same month of 2023, going from 8,000 units to 8,960 units.",
         Status.CONSISTENT),
        ("Halden's exports rose by 21% compared with the same month of 2023, going from 8,000 units to 8,960 units.",
         Status.INCONSISTENT),
        ("Its car revenue rose 12% on the same quarter of 2023, moving from CNY 4.0bn ($550m) to CNY 4.48bn ($616m).",
         Status.CONSISTENT),
    ],
)  # fmt: skip
def test_a_rate_whose_clause_closes_on_the_levels_it_moved_between(text: str, status: Status) -> None:
    (v,) = fc101(text)
    assert v.status is status, v.message
    assert [e.role for e in v.evidence] == ["current", "baseline"]


def test_a_rate_with_a_baseline_of_its_own_takes_no_level_another_comparison_set_beside_it() -> None:
    # 5,600 is what 6,720 "compares with"; the 5% is the April comparison's, of 6,720
    text = (
        "Its May deliveries of 6,720 cars compare with 5,600 in May last year, and came in 5% above the 6,400 of April."
    )
    (v,) = fc101(text)
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["6,720", "6,400"]


@pytest.mark.parametrize(
    ("caption", "levels"),
    [
        # a caption line before the lead rate leaves it a paragraph of its own
        ("Traffic on the ring road, Halden\n", "The licensing office says 61,250 vehicles were put on the road "
         "last year, compared with 48,900 in the year before."),
        # the levels' sentence glosses its count with a list between dashes, and dates it at length
        ("", "The licensing office says 61,250 vehicles of every type—coaches, lorries, vans and cars—were put on "
         "the road in the course of last year compared with 48,900 in the year before."),
        ("", "The licensing office says 61,250 vehicles were put on the road during the whole of last year across "
         "the country compared with 48,900 in the year before."),
    ],
)  # fmt: skip
def test_a_lead_rate_takes_the_levels_of_the_next_paragraph(caption: str, levels: str) -> None:
    text = caption + "Halden's roads carry about {x} per cent more new vehicles than a year ago.\n\n" + levels
    ok = only(text.format(x="25"))  # 61,250 / 48,900 is +25.26%
    assert ok.status is Status.CONSISTENT
    assert [e.quantity.text for e in ok.evidence] == ["61,250", "48,900"]
    assert only(text.format(x="52")).status is Status.INCONSISTENT  # transposed


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Small vans grew by {x}% with 1,310 units compared to June last year with 1,020 units.",
         ["1,310", "1,020"]),
        ("Pickups posted a {x}% gain with 1,310 units as compared from the same month a year ago with 1,020.",
         ["1,310", "1,020"]),
        ("Orla delivered 1,310 cars in July. That was {x}% more compared to May 2024's sales with 1,020 cars.",
         ["1,310", "1,020"]),
    ],
)  # fmt: skip
def test_a_baseline_given_after_the_period_it_is_of(sentence: str, pair: list[str]) -> None:
    ok = only(sentence.format(x="28.4"))  # 1,310 / 1,020 = +28.43%
    assert ok.status is Status.CONSISTENT
    assert [e.quantity.text for e in ok.evidence] == pair
    assert only(sentence.format(x="24.8")).status is Status.INCONSISTENT


@pytest.mark.parametrize("fy", [("2023-24", "2022-23"), ("2023/24", "2022/23"), ("2023-2024", "2022-2023")])
def test_levels_dated_by_fiscal_years(fy: tuple[str, str]) -> None:
    text = (
        "Halden's car sales fell by {x} percent in the first five months of the fiscal year, the makers' "
        "body said. Dealers delivered 41,200 cars in July-November {now}, as opposed to 50,800 units in "
        "July-November {then}."
    )
    ok = only(text.format(x="18.9", now=fy[0], then=fy[1]))  # 41,200 / 50,800 = -18.90%
    assert ok.status is Status.CONSISTENT
    assert [e.quantity.text for e in ok.evidence] == ["41,200", "50,800"]
    assert only(text.format(x="19.8", now=fy[0], then=fy[1])).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Deliveries rose {x}% over the nine months against 1 year earlier (7,410 to 8,240).", ["8,240", "7,410"]),
        ("Assembly posted the region's best gain, from 7,410 to 8,240 units, or {x}%.", ["8,240", "7,410"]),
        ("Assembly posted the region's best gain, from 7.410 to 8,240 units, or {x}%.", ["8,240", "7.410"]),
    ],
)
def test_levels_joined_by_to_around_a_rate(sentence: str, pair: list[str]) -> None:
    ok = only(sentence.format(x="11.2"))  # 8,240 / 7,410 = +11.20%
    assert ok.status is Status.CONSISTENT
    assert [e.quantity.text for e in ok.evidence] == pair
    assert only(sentence.format(x="12.1")).status is Status.INCONSISTENT


@pytest.mark.parametrize("ie", ["ie", "i.e.", "that is,", "namely"])
def test_a_baseline_named_after_ie(ie: str) -> None:
    text = (
        "Car sales in Halden over the first nine months reached 435,100 units, up {x} per cent on the total for "
        f"the same months of last year, {ie} 402,300 units."
    )
    ok = only(text.format(x="8.2"))  # 435,100 / 402,300 = +8.15%
    assert ok.status is Status.CONSISTENT
    assert [e.quantity.text for e in ok.evidence] == ["435,100", "402,300"]
    assert only(text.format(x="2.8")).status is Status.INCONSISTENT


def test_a_lead_rate_and_the_levels_up_from_in_the_next_paragraph() -> None:
    text = (
        "OSAKA — Carmaker Orla Motor Co. reported a {x} percent rise in quarterly profit on Tuesday.\n\n"
        "Osaka-based Orla, which builds the Vento hatchback, the Brisa van and a robot, said its second-quarter "
        "profit was 88.4 billion yen ($0.6 billion), up from 71 billion yen."
    )
    ok = only(text.format(x="25"))  # 88.4 / 71 = +24.5%
    assert ok.status is Status.CONSISTENT
    assert [e.quantity.text for e in ok.evidence] == ["88.4 billion yen", "71 billion yen"]
    assert only(text.format(x="52")).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "levels",
    [
        "Dealers reported sales of 8,390 vehicles over January to September 2024, 410 fewer than in the "
        "same months of 2023.",
        "Dealers reported 8,390 deliveries, which is 410 vehicles short of the nine-month tally of 2023.",
        "Dealers reported 8,390 vehicles in the first nine months, down by 410 units.",
    ],
)
def test_a_lead_rate_and_the_next_paragraph_s_level_and_gap(levels: str) -> None:
    text = "Vehicle sales in Halden fell {x} per cent in the first nine months of the year.\n\n" + levels
    ok = only(text.format(x="4.7"))  # 8,390 against 8,800 is -4.66%
    assert ok.status is Status.CONSISTENT, ok.message
    assert [(e.role, e.quantity.text) for e in ok.evidence] == [("current", "8,390"), ("baseline", "8,390 + 410")]
    bad = only(text.format(x="7.4"))
    assert bad.status is Status.INCONSISTENT


def test_a_rate_with_its_period_s_level_after_when_and_the_baseline_next() -> None:
    text = (
        "Car sales in Halden grew {x} percent year over year in May, when 4,120 cars left the showrooms. "
        "That is 610 additional units in comparison to the 3,510 cars of the same month a year ago."
    )
    ok = only(text.format(x="17.4"))  # 4,120 / 3,510 = +17.38%
    assert ok.status is Status.CONSISTENT
    assert [e.quantity.text for e in ok.evidence] == ["4,120", "3,510"]
    assert only(text.format(x="14.7")).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "clause",
    [
        "down 16.4% in relation to March 2019, when 32,790 units were assembled",
        "a fall of 16.4% with respect to March 2019, when 32,790 vehicles had been made",
        "16.4% less compared to March 2019, when 32,790 cars were built",
    ],
)
def test_a_baseline_the_subject_of_its_when_clause(clause: str) -> None:
    # the year-ago figure is the subject of the "when" clause of the period the rate names
    text = f"Tessin's plants turned out 27,410 vehicles in March, {clause}."
    [v] = [v for v in factcheck.check_text(text) if v.code == "FC101"]
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["27,410", "32,790"]


@pytest.mark.parametrize(
    ("headline", "stated"),
    [
        ("Tessin car sales climb 24% in September", "24%"),
        ("Car sales: a 24% increase", "24%"),
        ("Car sales in Tessin up 24 percent on the year", "24 percent"),
    ],
)
def test_a_rate_with_no_figure_takes_the_levels_of_its_twin(headline: str, stated: str) -> None:
    # the headline's rate is the body's, said again: it is judged with the body's two levels
    text = (
        f"{headline}\n\nTessin's car sales grew 24% year on year to 8,530 units in September, against 6,880 a"
        " year before."
    )
    vs = [v for v in factcheck.check_text(text) if v.code == "FC101"]
    head = next(v for v in vs if v.start < text.index("\n"))
    assert head.status is Status.CONSISTENT and head.stated_text == stated
    assert [e.quantity.text for e in head.evidence] == ["8,530", "6,880"]


def test_a_hedged_rate_takes_no_twin() -> None:
    # "over 30%" may sum up two rates; it restates neither
    text = (
        "Output and exports both up over 30%\n\nOutput rose 31.4% to 273,329 from 208,092. Exports rose 33% to"
        " 259,792 from 195,294."
    )
    head = next(v for v in factcheck.check_text(text) if v.code == "FC101" and v.start < text.index("\n"))
    assert head.status is Status.UNVERIFIABLE and not head.evidence


@pytest.mark.parametrize(
    "tail",
    [
        "a 34.1% drop on the same month, bringing its bus registrations for the month to 2,013 units, against"
        " 3,055 units a year earlier",
        "down 34.1%, taking its bus tally for the month to 2,013 units, against 3,055 units a year earlier",
    ],
)
def test_the_level_a_change_brings_its_total_to(tail: str) -> None:
    v = next(v for v in factcheck.check_text(f"Bus sales in Tessin fell in September, {tail}.") if v.code == "FC101")
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["2,013", "3,055"]


@pytest.mark.parametrize("rate", ["That's a fall of 7.9%", "That is down 7.9%"])
def test_that_points_at_the_total_its_sentence_ended_on(rate: str) -> None:
    # the sentence before lists the parts, then ends on their total: "that" is the total
    text = (
        "Dealers handed over 31,450 cars and 4,020 vans in June, for a grand total of 35,470 units."
        f" {rate} compared to the 38,500 of May."
    )
    v = next(v for v in factcheck.check_text(text) if v.code == "FC101")
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["35,470", "38,500"]


def test_a_level_after_the_period_compared_with() -> None:
    text = (
        "Sales so far this year fell 9.3% compared to the same period in the previous year, at 51,420 units"
        " versus 56,700."
    )
    v = next(v for v in factcheck.check_text(text) if v.code == "FC101")
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["51,420", "56,700"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Drevon's deliveries grew by 48% on month, from 6,050 units in May to 8,954 units in June.",
         Status.CONSISTENT),
        ("Drevon's deliveries grew by 84% on month, from 6,050 units in May to 8,954 units in June.",
         Status.INCONSISTENT),
        ("Tessin's output fell 5% on the year, going from 2,000 units in March 2024 to 1,900 units in March 2025.",
         Status.CONSISTENT),
    ],
)  # fmt: skip
def test_the_levels_a_rate_moved_between_may_each_name_their_period(text: str, status: Status) -> None:
    v = next(v for v in factcheck.check_text(text) if v.code == "FC101")
    assert v.status is status, v.message
    assert [e.role for e in v.evidence] == ["current", "baseline"]


@pytest.mark.parametrize(
    ("text", "right", "swapped", "levels"),
    [
        ("Group revenue rose by {} percent to EUR 41.3 billion (EUR 38.9 billion) in the first nine months.",
         "6.2", "2.6", ["EUR 41.3 billion", "EUR 38.9 billion"]),
        ("Orla delivered 18,400 vehicles (previous year: 16,100), up {} percent.", "14.3", "41.3",
         ["18,400", "16,100"]),
        ("Operating profit climbed {} percent to $2.3 billion (2024: $2.0 billion).", "15", "51",
         ["$2.3 billion", "$2.0 billion"]),
        ("Kessel delivered 18,400 vehicles (16,100), an increase of {} percent.", "14.3", "13.4", ["18,400", "16,100"]),
    ],
)  # fmt: skip
def test_the_prior_period_figure_printed_in_brackets_after_the_level(
    text: str, right: str, swapped: str, levels: list[str]
) -> None:
    for rate, status in ((right, Status.CONSISTENT), (swapped, Status.INCONSISTENT)):
        v = next(v for v in factcheck.check_text(text.format(rate)) if v.code == "FC101")
        assert v.status is status, v.message
        assert [e.quantity.text for e in v.evidence] == levels


@pytest.mark.parametrize(
    "text",
    [
        # a conversion into another currency is no prior-year figure
        "Orla's revenue rose 6.2 percent to $41.3 billion (EUR 38.9 billion).",
        # a bracket that names what it counts is a part of the level
        "Kessel delivered 18,400 vehicles (16,100 cars), up 14.3 percent.",
        # a bracket far smaller than the level is no year-earlier figure of it
        "Kessel delivered 18,400 vehicles (2,100), up 14.3 percent.",
    ],
)
def test_a_bracket_after_a_level_that_is_not_its_prior_period(text: str) -> None:
    v = next(v for v in factcheck.check_text(text) if v.code == "FC101")
    assert v.status is Status.UNVERIFIABLE, v.message
    assert [e.role for e in v.evidence] == ["current"]


@pytest.mark.parametrize(("rate", "status"), [("21%", Status.CONSISTENT), ("12%", Status.INCONSISTENT)])
def test_a_lead_rate_said_again_more_exactly_with_its_levels(rate: str, status: Status) -> None:
    # the lead names no level; the next sentence restates the rate to a decimal, with both levels
    text = (
        f"Van registrations in Tessin climbed {rate} in October, the importers' body said.\n\n"
        "Total van registrations came to 5,320 units last month, up 21.4% compared with 4,382 units a year"
        " earlier.\n"
    )
    lead = next(v for v in factcheck.check_text(text) if v.code == "FC101" and v.start < text.index("\n"))
    assert lead.status is status, lead.message
    assert [e.quantity.text for e in lead.evidence] == ["5,320", "4,382"]


@pytest.mark.parametrize(
    "levels",
    [
        # the next sentence is of another period: the first half, not October
        "In the first half, van registrations came to 5,320 units, up 21.4% compared with 4,382 units a year earlier.",
        # of another company
        "Sorell registered 5,320 vans last month, up 21.4% compared with 4,382 units a year earlier.",
    ],
)
def test_a_lead_rate_is_not_said_again_by_another_periods_or_companys_rate(levels: str) -> None:
    text = f"Van registrations in Tessin climbed 21% in October, the importers' body said.\n\n{levels}\n"
    lead = next(v for v in factcheck.check_text(text) if v.code == "FC101" and v.start < text.index("\n"))
    assert lead.status is Status.UNVERIFIABLE, lead.message


@pytest.mark.parametrize(
    "comparison",
    ["in relation to the volume shipped in January", "with respect to January", "compared with the level of January"],
)
def test_a_month_compared_with_through_the_measure_it_names(comparison: str) -> None:
    # January's exports follow from the two months' total less February's
    text = (
        f"Lumea exported 12,640 vehicles in February, an increase of 54.1% {comparison}.\n\n"
        "Lumea's exports over January and February came to 20,842 units, the February count being provisional.\n"
    )
    v = next(v for v in factcheck.check_text(text) if v.code == "FC101")
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["12,640", "20,842"]


@pytest.mark.parametrize(
    "other",
    [
        # a slice named by its powertrain
        "In the first quarter of 2024, 4,150 electric cars were delivered.",
        # the period of another year
        "In the first quarter of 2025, the importers delivered 15,100 cars in all.",
    ],
)
def test_a_figure_found_by_its_period_alone_must_be_of_the_rates_year_and_whole(other: str) -> None:
    text = f"Orla topped the ranking on 17,640 deliveries, 16% more than in the first quarter of 2024.\n\n{other}\n"
    v = next(v for v in factcheck.check_text(text) if v.code == "FC101")
    assert v.status is Status.UNVERIFIABLE, v.message
    assert [e.role for e in v.evidence] == ["current"]


# A wire story: two rates in the lead, their levels a few sentences later, each named by its period.
LEVELS_LATER = (
    "The consultancy says sales of new cars and vans in Tessin fell {rate} per cent in March compared with a"
    " year ago.\n\n"
    "Year-to-date sales, however, rose 4.1 per cent against the same months of 2024.\n\n"
    "It reported sales of new cars and vans in March totalled 48,310 compared with 48,990 in the same month"
    " last year.\n\n"
    "Car sales totalled 20,450 in March, down 2.0 per cent from 20,870 a year before.\n\n"
    "Cars and vans sold came to 121,880 from January to March, against 117,080 a year"
    " earlier.\n"
)


@pytest.mark.parametrize(("rate", "status"), [("1.4", Status.CONSISTENT), ("4.1", Status.INCONSISTENT)])
def test_lead_rates_whose_levels_a_later_sentence_gives_by_their_period(rate: str, status: Status) -> None:
    text = LEVELS_LATER.format(rate=rate)
    vs = sorted((v for v in factcheck.check_text(text) if v.code == "FC101"), key=lambda v: v.start)
    assert [(v.stated_text, v.status, [e.quantity.text for e in v.evidence]) for v in vs[:2]] == [
        (f"{rate} per cent", status, ["48,310", "48,990"]),
        ("4.1 per cent", Status.CONSISTENT, ["121,880", "117,080"]),
    ]


def test_a_lead_rate_takes_no_later_levels_of_another_period() -> None:
    text = (
        "Sales of new vans in Tessin fell 1.4 per cent in March compared with a year ago.\n\n"
        "The union said its members were worried.\n\n"
        "Sales of new vans in February totalled 48,310 compared with 48,990 in the same month last year.\n"
    )
    v = next(v for v in factcheck.check_text(text) if v.code == "FC101" and v.stated_text == "1.4 per cent")
    assert v.status is Status.UNVERIFIABLE, v.message


def test_a_bracket_naming_the_basis_leaves_the_when_clause_the_rates() -> None:
    text = (
        "Cumulatively, Halden's wholesale van sales from January to June totaled 61,240 units. This also shows a"
        " fall of 12.04% against the same months of the previous year (cumulative-on-cumulative), which had"
        " recorded 69,620 units.\n"
    )
    v = next(v for v in factcheck.check_text(text) if v.code == "FC101")
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["61,240", "69,620"]


@pytest.mark.parametrize(("first", "status"), [("+31.6%", Status.CONSISTENT), ("+36.1%", Status.INCONSISTENT)])
def test_rates_in_brackets_after_the_baselines_comparison_words_name(first: str, status: Status) -> None:
    text = (
        f"Van registrations for the year so far stand at 18,360, up on last year's 13,950 ({first}) and on"
        " 16,890 in 2023 (+8.7%)."
    )
    vs = sorted((v for v in factcheck.check_text(text) if v.code == "FC101"), key=lambda v: v.start)
    assert [(v.stated_text, v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [
        (first, status, ["18,360", "13,950"]),
        ("+8.7%", Status.CONSISTENT, ["18,360", "16,890"]),
    ]


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("Imports so far this year are up 5.1% (63,210) ahead of 2024 (60,140).", ["63,210", "60,140"]),
        (
            "Registrations of new cars in the half are up 18 per cent (70,210) ahead of the first half of 2024"
            " (59,500).",
            ["70,210", "59,500"],
        ),
    ],
)
def test_a_level_in_brackets_after_a_rate_is_no_amount_of_change(text: str, levels: list[str]) -> None:
    # (not "63,210 + 60,140 vs 60,140": the bracket is the level reached, the one after "ahead of"
    # the level compared with)
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC101"]
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == levels


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("In all 48,120 vans were registered in the year to date against 39,870 in the same months of 2024 ({r})"
         " and 52,360 in 2023 (-8.1%).", [("48,120", "39,870"), ("48,120", "52,360")]),
        ("6,240 electric vans were registered, in comparison to 4,180 on the same period 2024 ({r}) and 1,930 in"
         " 2023 (+223.3%).", [("6,240", "4,180"), ("6,240", "1,930")]),
    ],
)  # fmt: skip
@pytest.mark.parametrize("r", ["20.7%", "27.0%"])
def test_each_baseline_with_its_rate_in_brackets_after_a_comparison(
    text: str, levels: list[tuple[str, str]], r: str
) -> None:
    vs = sorted((v for v in factcheck.check_text(text.format(r=r)) if v.code == "FC101"), key=lambda v: v.start)
    assert [tuple(e.quantity.text.removeprefix("Some ") for e in v.evidence) for v in vs] == levels
    # 48,120 / 39,870 is +20.69%, 6,240 / 4,180 is +49.28%: only the first text holds 20.7%
    first = vs[0].status
    assert first is (Status.CONSISTENT if r == "20.7%" and "48,120" in text else Status.INCONSISTENT), vs[0].message
    assert vs[1].status is Status.CONSISTENT, vs[1].message


@pytest.mark.parametrize(("rate", "status"), [("12%", Status.CONSISTENT), ("21%", Status.INCONSISTENT)])
def test_behind_the_level_in_brackets_after_a_coordinated_rate(rate: str, status: Status) -> None:
    text = (
        "Van registrations for the year so far are down 1.4% (52,310) on the same period last year (53,050)"
        f" and are {rate} behind (59,440) that of pre-pandemic levels."
    )
    vs = sorted((v for v in factcheck.check_text(text) if v.code == "FC101"), key=lambda v: v.start)
    assert [(v.stated_text, v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [
        ("1.4%", Status.CONSISTENT, ["52,310", "53,050"]),
        (rate, status, ["52,310", "59,440"]),
    ]


@pytest.mark.parametrize(("rate", "status"), [("12%", Status.CONSISTENT), ("21%", Status.INCONSISTENT)])
def test_behind_a_bracket_after_the_level_of_its_clause(rate: str, status: Status) -> None:
    # no rate before to share a level with: "behind" is the rate's direction, the level before it in
    # its clause the current
    text = f"Van registrations reached 52,310 this year and are {rate} behind (59,440) that of pre-pandemic levels."
    assert _rates(text) == [(rate, status, ["52,310", "59,440"])]


def test_behind_a_bracket_with_no_level_before() -> None:
    text = "Imports are 12% behind (59,440) that of pre-pandemic levels."
    assert all(v.status is Status.UNVERIFIABLE for v in factcheck.check_text(text) if v.code == "FC101")


def _rates(text: str) -> list[tuple[str, Status, list[str]]]:
    vs = sorted((v for v in factcheck.check_text(text) if v.code == "FC101"), key=lambda v: v.start)
    return [(v.stated_text, v.status, [e.quantity.text for e in v.evidence]) for v in vs]


@pytest.mark.parametrize(
    ("lead", "levels"),
    [
        # "last month" after the change dates it (the month just ended), it is no month-on-month basis
        (
            "Korvia's van dealers posted a {r} rise in new registrations last month.",
            "Data showed 8,430 new vans were registered to owners in Korvia during November, up from"
            " 7,870 in November a year before.",
        ),
        # a direction word after the rate: "ahead of" a period
        (
            "Van sales in Korvia cooled in November but stayed {r} ahead of November 2017.",
            "New data show 8,430 vans were sold in Korvia in November, up from 7,870 the previous year.",
        ),
        # the figures' source is named in their sentence: no company of theirs
        (
            "Van sales in Kazakhstan rose by {r} year-on-year in November, the analysts at Drevon said.",
            "The market had slumped a year before. Drevon, citing figures from its partner Lumea, said"
            " 8,430 vans were sold in November, compared with 7,870 in November 2017.",
        ),
    ],
)
@pytest.mark.parametrize(("rate", "status"), [("7.1%", Status.CONSISTENT), ("1.7%", Status.INCONSISTENT)])
def test_a_lead_rate_and_its_levels_in_a_later_sentence(lead: str, levels: str, rate: str, status: Status) -> None:
    text = lead.format(r=rate) + "\n\n" + levels + "\n"
    assert _rates(text) == [(rate, status, ["8,430", "7,870"])]


def test_four_per_cent_ahead_in_words() -> None:
    text = "Orders stayed four per cent ahead of last year at 3,120 units, against 3,000."
    assert _rates(text) == [("four per cent", Status.CONSISTENT, ["3,120", "3,000"])]


@pytest.mark.parametrize(("rate", "status"), [("6.7%", Status.CONSISTENT), ("7.6%", Status.INCONSISTENT)])
def test_current_and_baseline_in_brackets_ahead_of_a_year(rate: str, status: Status) -> None:
    text = f"So far this year, second-hand imports are up {rate} (41,560) ahead of 2018 (38,950)."
    assert _rates(text) == [(rate, status, ["41,560", "38,950"])]


@pytest.mark.parametrize(("rate", "status"), [("33.7%", Status.CONSISTENT), ("37.3%", Status.INCONSISTENT)])
def test_a_second_rate_on_another_year_in_brackets(rate: str, status: Status) -> None:
    text = f"In the year so far, van imports are up 22.0% (24,400) on 2020 (20,000) and down {rate} on 2019 (36,800)."
    assert _rates(text) == [
        ("22.0%", Status.CONSISTENT, ["24,400", "20,000"]),
        (rate, status, ["24,400", "36,800"]),
    ]


def test_the_place_right_by_the_rate_is_its_own() -> None:
    # the sentence names two markets; the rate's is the one right before it
    text = (
        "The German numbers followed news that, across the UK, there had been a 2.5 per cent"
        " year-on-year gain for April's new car market.\n\n"
        "In all, 74,600 new cars were registered in the UK last month against 72,780 in April 2018,"
        " the trade body said.\n"
    )
    assert _rates(text) == [("2.5 per cent", Status.CONSISTENT, ["74,600", "72,780"])]


@pytest.mark.parametrize(
    "lead",
    [
        # a descriptor of the company after its name, or before it: where it is from, not what is counted
        "Kessel, the biggest scooter maker in Tessin, posted a YoY gain of {r} for November.",
        "Tessin's biggest scooter maker, Kessel, posted a YoY gain of {r} for November.",
    ],
)
@pytest.mark.parametrize(("rate", "status"), [("12%", Status.CONSISTENT), ("21%", Status.INCONSISTENT)])
def test_levels_in_comparison_to_a_year_ago_after_a_lead_with_a_descriptor(
    lead: str, rate: str, status: Status
) -> None:
    text = lead.format(r=rate) + " In all, 226,500 units were sold in comparison to 202,230 sold in November last year."
    assert _rates(text) == [(rate, status, ["226,500", "202,230"])]


@pytest.mark.parametrize(
    ("rate", "status"), [("25.5 per cent", Status.CONSISTENT), ("52.5 per cent", Status.INCONSISTENT)]
)
def test_a_leads_baseline_in_the_next_paragraph_dated_a_year_back(rate: str, status: Status) -> None:
    text = (
        f"Kessel said on Tuesday its overall sales fell {rate} to 41,800 units in March.\n\n"
        "A year earlier it had delivered 56,100 in March, the carmaker added.\n"
    )
    assert _rates(text) == [(rate, status, ["41,800", "56,100"])]


def test_a_bare_last_year_in_the_next_paragraph_may_be_the_leads_own_year() -> None:
    # one-sentence paragraphs: "last year" there is the year of the lead's figures, not the year before
    text = (
        "Kessel sold 388,000 units at home last year, down 4.2 percent on year.\n\n"
        "Its Arden SUV stayed the top seller, with 401,250 delivered worldwide last year.\n"
    )
    assert [s for _, s, _ in _rates(text)] == [Status.UNVERIFIABLE]


@pytest.mark.parametrize(
    "sentence",
    [
        "Coach registrations showed a decline of {r} for the month of March (205) 2019 when set against the"
        " same month last year (288).",
        "Coach registrations dropped {r} in March (205) when set against the same month last year (288).",
        "Coach registrations dropped {r} during March (205), against March 2018 (288).",
    ],
)
@pytest.mark.parametrize(("rate", "status"), [("29 per cent", Status.CONSISTENT), ("92 per cent", Status.INCONSISTENT)])
def test_a_level_in_brackets_after_the_rates_month(sentence: str, rate: str, status: Status) -> None:
    assert _rates(sentence.format(r=rate)) == [(rate, status, ["205", "288"])]


def test_how_far_a_level_moved_is_no_level_reached() -> None:
    # "with 1,480 fewer vans built": the amount of the change, never the current the rate applies to
    text = "Van output dropped 6.2% in May, with 1,480 fewer vans built than in the same month a year before."
    (v,) = fc101(text)
    assert v.status is Status.UNVERIFIABLE and "1,480" not in v.message, v.message


@pytest.mark.parametrize("back", ["This is up from", "That was up from", "This compares with"])
@pytest.mark.parametrize(
    ("rate", "status"), [("33.9 per cent", Status.CONSISTENT), ("39.3 per cent", Status.INCONSISTENT)]
)
def test_the_next_sentence_points_back_and_names_the_baseline(back: str, rate: str, status: Status) -> None:
    text = (
        f"Truck sales rose {rate} last year as units hit a new peak of 9,616.\n\n"
        f"{back} 7,184 units sold by dealers in 2017, when the market hit a low.\n"
    )
    assert _rates(text) == [(rate, status, ["9,616", "7,184"])]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # the bracket read as the change fits
        ("Van registrations climbed 120.0% (1,440) on April last year (1,200).", Status.CONSISTENT),
        # read as the level reached it fits, as the change it does not: which one it is is not said
        ("Van registrations climbed 120.0% (2,640) on April last year (1,200).", Status.UNVERIFIABLE),
        # neither reading fits
        ("Van registrations climbed 150.0% (2,640) on April last year (1,200).", Status.INCONSISTENT),
    ],
)
def test_a_rise_of_100_per_cent_or_more_with_a_bracket_that_may_be_either(sentence: str, status: Status) -> None:
    (v,) = fc101(sentence)
    assert v.status is status, v.message


@pytest.mark.parametrize(
    ("sentence", "levels", "right", "wrong"),
    [
        (
            "Year to date, tractor sales are up 18.20% (7,540) on last year (6,379) and up just {r} (7,322) on 2022.",
            ["7,540", "7,322"],
            "2.98%",
            "2.89%",
        ),
        (
            "Bus registrations rose 9.66% (318) in comparison to May 2023 (290) and {r} (309) May 2022.",
            ["318", "309"],
            "2.91%",
            "2.19%",
        ),
        (
            "Used imports for May (4,730) show an increase of 6.8% on 2023 (4,429) and a decrease of {r} (4,930)"
            " on May 2022.",
            ["4,730", "4,930"],
            "4.06%",
            "4.60%",
        ),
        (
            "Van registrations are up 7.0% (2,140) compared to May last year (2,000) and down {r} (2,210)"
            " for the same month in 2022.",
            ["2,140", "2,210"],
            "3.17%",
            "3.71%",
        ),
    ],
)
def test_a_second_rate_with_the_earlier_years_level_in_the_bracket_after_it(
    sentence: str, levels: list[str], right: str, wrong: str
) -> None:
    # the level reached is already given in brackets: the bracket after the second rate is the level
    # of the other year it names, not the level reached again
    for rate, status in ((right, Status.CONSISTENT), (wrong, Status.INCONSISTENT)):
        vs = sorted(fc101(sentence.format(r=rate)), key=lambda v: v.start)
        assert vs[0].status is Status.CONSISTENT, vs[0].message
        assert (vs[1].stated_text, vs[1].status, [e.quantity.text for e in vs[1].evidence]) == (rate, status, levels)


def test_a_second_bracket_the_size_of_a_change_is_no_earlier_level() -> None:
    text = "Van registrations are up 7.0% (2,140) compared to May last year (2,000) and down 2.9% (64) on May 2022."
    vs = sorted(fc101(text), key=lambda v: v.start)
    # the bracket is no level of 2022: the second rate is left with no figure to apply it to
    assert [(v.stated_text, v.status, [e.quantity.text for e in v.evidence]) for v in vs][1] == (
        "2.9%",
        Status.UNVERIFIABLE,
        [],
    )


@pytest.mark.parametrize(("rate", "status"), [("110.2%", Status.CONSISTENT), ("101.2%", Status.INCONSISTENT)])
def test_a_rise_past_doubling_reads_its_bracket_as_the_articles_other_rates_do(rate: str, status: Status) -> None:
    # another rate of the article shows its brackets hold levels: "(3,008)" is the level reached
    text = (
        f"Light van registrations rose {rate} (3,008) compared with May last year (1,431).\n\n"
        "Coach registrations rose 11.89% (320) in comparison with May 2023 (286)."
    )
    v = next(v for v in fc101(text) if v.stated_text == rate)
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["3,008", "1,431"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Van prices softened {r} percent as deals went from $31,400 to $29,830.",
        "Van prices weakened by {r} percent, going from $31,400 to $29,830.",
        "Van prices fell by an even steeper rate — {r} percent — as deals went from $31,400 to $29,830.",
        "Van prices slid {r}% — from $31,400 to $29,830.",
    ],
)
@pytest.mark.parametrize(("r", "status"), [("5.0", Status.CONSISTENT), ("0.5", Status.INCONSISTENT)])
def test_a_fall_said_by_softening_or_by_a_rate_set_off_by_dashes(sentence: str, r: str, status: Status) -> None:
    # 29,830 / 31,400 = -5.0%
    v = only(sentence.format(r=r))
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["$29,830", "$31,400"]), v.message


@pytest.mark.parametrize(
    "sentence",
    [
        "Tractor sales year to date (2024) 14,210 V (2023) 13,140 {r}",
        "Tractor sales total April (2024) 14,210 v (2023) 13,140 {r}",
        "Tractor sales this year to date were 14,210 versus 2023 figures of 13,140, a {r} increase.",
        "Tractor sales so far this year came to 14,210 against last year's figure of 13,140, a rise of {r}.",
    ],
)
@pytest.mark.parametrize(("r", "status"), [("+8.14%", Status.CONSISTENT), ("+8.41%", Status.INCONSISTENT)])
def test_a_level_set_against_the_year_befores_then_the_rate(sentence: str, r: str, status: Status) -> None:
    # 14,210 / 13,140 = +8.14%: a bare "v" between two figures is versus, not volts
    text = sentence.format(r=r if "{r}" in sentence.split()[-1] else r.lstrip("+"))
    v = only(text)
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["14,210", "13,140"]), v.message


@pytest.mark.parametrize(
    "sentence",
    [
        "Sorvi sold 5,000 vans in April and 6,000 in May, a {r} increase from April.",
        "Sorvi built 5,000 vans in the first quarter and 6,000 in the second quarter, up {r} from the first quarter.",
    ],
)
@pytest.mark.parametrize(("r", "status"), [("20%", Status.CONSISTENT), ("2%", Status.INCONSISTENT)])
def test_a_baseline_named_by_a_period_its_own_sentence_gave_a_figure(sentence: str, r: str, status: Status) -> None:
    v = only(sentence.format(r=r))
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["6,000", "5,000"]), v.message


@pytest.mark.parametrize(("r", "status"), [("two percent", Status.CONSISTENT), ("three percent", Status.INCONSISTENT)])
def test_a_rate_more_than_its_baseline(r: str, status: Status) -> None:
    v = only(f"Members built 1,024,800 vans from January to September, {r} more than 1,004,700 the year before.")
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["1,024,800", "1,004,700"]), v.message


LEAD_THEN_PAST = (
    "Kessel on Friday reported a {r} percent fall in total sales in May at 41,260 units.\n"
    "The company, which mainly makes vans and minibuses, had sold 52,840 units in May 2023, Kessel said.\n"
)


@pytest.mark.parametrize(("r", "status"), [("21.9", Status.CONSISTENT), ("29.1", Status.INCONSISTENT)])
def test_the_next_sentence_gives_what_had_been_sold_in_that_month_a_year_before(r: str, status: Status) -> None:
    # 41,260 / 52,840 = -21.9%; what the company makes is no class of the figure it had sold
    v = only(LEAD_THEN_PAST.format(r=r))
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["41,260", "52,840"]), v.message


@pytest.mark.parametrize(
    ("head", "status"),
    [
        # a headline line (no closing stop) that cuts its own rate short is left to the editor
        ("Kessel van sales drop by 21% in May to 41,260 units from 52,840\n", Status.UNVERIFIABLE),
        # a lead sentence that does so is wrong like any other
        ("Kessel said its van sales fell by 21% in May to 41,260 units from 52,840.\n", Status.INCONSISTENT),
    ],
)
def test_a_rate_cut_short_in_a_headline_line(head: str, status: Status) -> None:
    text = head + LEAD_THEN_PAST.format(r="21.9")
    v = next(v for v in fc101(text) if v.stated_text == "21%")
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["41,260", "52,840"]


@pytest.mark.parametrize(
    "lead",
    [
        "Van registrations in Tessin dropped by {r} percent last month, but a rebound is expected in September.",
        "Tessin van registrations fall {r}%\nSeptember tally forecast to rise\nVan registrations in Tessin dropped by"
        " {r} percent last month.",
    ],
)
@pytest.mark.parametrize(("r", "status"), [("21", Status.CONSISTENT), ("12", Status.INCONSISTENT)])
def test_the_next_sentence_gives_the_levels_whatever_month_another_clause_names(
    lead: str, r: str, status: Status
) -> None:
    text = lead.format(r=r) + (
        "\nIn August, 5,180 new vans were registered in the state, down from 6,556 in August of last year,"
        " Drevon said.\n"
    )
    vs = fc101(text)
    assert vs and all([e.quantity.text for e in v.evidence] == ["5,180", "6,556"] for v in vs), [v.message for v in vs]
    # a slip the headline repeats is reported once, at the body's rate; the headline's points there
    body = [v for v in vs if v.start > text.index("Van registrations in Tessin")]
    head = [v for v in vs if v not in body]
    assert [v.status for v in body] == [status], [v.message for v in vs]
    want = Status.UNVERIFIABLE if status is Status.INCONSISTENT else status
    assert all(v.status is want for v in head), [v.message for v in head]


@pytest.mark.parametrize(("r", "status"), [("25%+", Status.CONSISTENT), ("27%+", Status.INCONSISTENT)])
def test_a_rate_and_more(r: str, status: Status) -> None:
    # 59,210 / 47,100 = +25.7%: "25%+" is 25% or more
    v = only(f"Sorvi shipped 59,210 vans, a sharp leap from 47,100 in May 2024, that is a {r} year-on-year jump.")
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["59,210", "47,100"]), v.message


@pytest.mark.parametrize(("r", "status"), [("12.9", Status.CONSISTENT), ("12.8", Status.INCONSISTENT)])
def test_car_sales_said_of_the_vehicles_the_next_sentence_counts(r: str, status: Status) -> None:
    # 19,524 / 17,296 = +12.88%: a bare "car sales" is the whole market the next sentence counts in
    # vehicles; a cut-off 12.8 is a slip
    text = (
        f"Portugal's new car sales increased by {r} per cent in 2023, despite high interest rates.\n\n"
        "The dealers' body says 19,524 new vehicles were sold in all last year,"
        " up from 17,296 vehicles in 2022.\n"
    )
    v = only(text)
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["19,524", "17,296"]), v.message


def test_passenger_car_sales_are_no_change_of_all_vehicles() -> None:
    text = (
        "Portugal's new passenger car sales increased by 12.9 per cent in 2023.\n\n"
        "The dealers' body says 19,524 new vehicles were sold in all last year,"
        " up from 17,296 vehicles in 2022.\n"
    )
    assert [e.quantity.text for e in only(text).evidence] != ["19,524", "17,296"]


@pytest.mark.parametrize("opening", ["Q3 sales", "Third-quarter deliveries", "September registrations"])
@pytest.mark.parametrize(("r", "status"), [("72%", Status.CONSISTENT), ("27%", Status.INCONSISTENT)])
def test_a_sentence_that_opens_on_the_period_and_metric_of_an_earlier_figure(
    opening: str, r: str, status: Status
) -> None:
    # 24,130 / 14,000 = +72.4%; the figures between are another period's, an estimate and a model's
    period = "September" if opening.startswith("September") else "the third quarter"
    text = (
        f"Orla said it delivered 24,130 vans in {period}.\n\n"
        "Analysts had expected about 22,090 vans.\n\n"
        "In the previous quarter, Orla delivered 20,125 vans, of which 1,250 were of its Arden model.\n\n"
        "Supply problems eased over the summer, the company added.\n\n"
        f"{opening} rose {r} over the 14,000 deliveries Orla had made in the same stretch a year earlier.\n"
    )
    v = next(v for v in fc101(text) if v.stated_text == r)
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["24,130", "14,000"]), v.message


@pytest.mark.parametrize(("head", "status"), [("10.6%", Status.CONSISTENT), ("11%", Status.CONSISTENT)])
def test_a_headline_that_rounds_the_bodys_rate_takes_its_levels(head: str, status: Status) -> None:
    # 17,820 / 16,110 = +10.61%
    text = (
        f"Tessin van sales climb {head} in October\n\n"
        "Van sales in Tessin reached 17,820 units in October, up 10.61% from 16,110 units a year earlier"
        " and up 5.13% from September's 16,950, the dealers' body said.\n"
    )
    v = next(v for v in fc101(text) if v.stated_text == head)
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["17,820", "16,110"]), v.message


def test_a_headline_rate_the_body_does_not_round_to_stays_unpaired() -> None:
    text = (
        "Tessin van sales climb 16.0% in October\n\n"
        "Van sales in Tessin reached 17,820 units in October, up 10.61% from 16,110 units a year earlier"
        " and up 5.13% from September's 16,950, the dealers' body said.\n"
    )
    v = next(v for v in fc101(text) if v.stated_text == "16.0%")
    assert (v.status, v.evidence) == (Status.UNVERIFIABLE, ()), v.message


@pytest.mark.parametrize(("head", "status"), [("4.2%", Status.CONSISTENT), ("2.4%", Status.UNVERIFIABLE)])
def test_a_year_named_only_in_the_comparison_dates_the_baseline(head: str, status: Status) -> None:
    # "compared with the corresponding month of 2023" dates 21,660 alone: 22,570 is May's, the
    # headline's month, and the headline's rate the body's
    text = (
        f"Van registrations grew {head} in May, the statistics office said.\n\n"
        "In detail, 22,570 vans were newly registered, up 4.2% compared with"
        " the corresponding month of 2023, when the count was 21,660.\n"
    )
    v = next(v for v in fc101(text) if v.start < 40)
    assert v.status is status, v.message
    if status is Status.CONSISTENT:
        assert [e.quantity.text for e in v.evidence] == ["22,570", "21,660"]


def test_a_market_figure_takes_no_companys_month_as_its_baseline() -> None:
    # the month compared with is named, but the only May figure is Kessel's, not the market's
    text = (
        "Kessel sales in Portugal: June report\n\n"
        "In June, the industry sold 31,240 vehicles in all, against 28,600 a year before. Yet this is"
        " 4.9 percent lower compared with May's total.\n\n"
        "Kessel led the market with 14,380 units, 8.3 percent below its May total of 15,680 units.\n\n"
        "Kessel has led the Portuguese market since 2019, Kessel said.\n"
    )
    v = next(v for v in fc101(text) if v.stated_text == "4.9 percent")
    assert v.status is Status.UNVERIFIABLE and "15,680" not in [e.quantity.text for e in v.evidence], v.message


@pytest.mark.parametrize(("r", "status"), [("36", Status.CONSISTENT), ("63", Status.INCONSISTENT)])
def test_an_as_clause_that_gives_the_level_then_its_baseline(r: str, status: Status) -> None:
    # 1,517 / 2,385 = -36.4%
    v = only(
        f"Diesel van clearances fell by {r} per cent, as the count of vans cleared came to 1,517,"
        " compared with 2,385 a year before."
    )
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["1,517", "2,385"]), v.message


def test_an_as_clause_with_no_baseline_gives_no_level() -> None:
    # a cause, not the level the rate reached
    v = only("Kessel van sales fell 5 per cent in May, as 3,000 vans were recalled.")
    assert v.status is Status.UNVERIFIABLE and not v.evidence, v.message


@pytest.mark.parametrize(
    "sentence",
    [
        "Touring bikes led, recording 5,310 sales (4.2 per cent decrease) compared to the trail"
        " segment's 3,980 sales (7.5 per cent decrease).",
        "Touring bikes sold 5,310 units (down 4.2%) versus 3,980 (down 7.5%) for trail bikes.",
        "Orla sold 5,310 cars (-4.2%) against Tessin's 3,980 (-7.5%).",
    ],
)
def test_two_levels_each_with_its_own_bracketed_change(sentence: str) -> None:
    # each rate is its own level's change against an unstated year-ago figure: the level compared
    # with carries a change of its own, so it is no baseline
    vs = {v.stated_text: v for v in fc101(sentence)}
    assert len(vs) == 2 and all(v.status is Status.UNVERIFIABLE for v in vs.values()), [v.message for v in vs.values()]
    assert [[e.quantity.text for e in v.evidence if e.role == "baseline"] for v in vs.values()] == [[], []]


@pytest.mark.parametrize(("base", "status"), [("5,543", Status.CONSISTENT), ("5,453", Status.INCONSISTENT)])
def test_a_bracketed_change_then_the_baseline_it_compares_with(base: str, status: Status) -> None:
    # 5,310 / 5,543 = -4.20%
    v = only(f"Touring bikes recorded 5,310 sales (4.2 per cent decrease) compared to {base} a year earlier.")
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["5,310", base]), v.message


@pytest.mark.parametrize(
    "sentence",
    [
        "Drevon's exports grew {r} per cent to 7,420 units during the month (4,444).",
        "Drevon reported a rise of {r} per cent in its exports to 7,420 units in May (4,444).",
        "Exports at Drevon climbed {r} per cent to 7,420 units in March 2024 (4,444).",
    ],
)
@pytest.mark.parametrize(("r", "status"), [("67", Status.CONSISTENT), ("76", Status.INCONSISTENT)])
def test_the_prior_figure_in_brackets_after_the_levels_period(sentence: str, r: str, status: Status) -> None:
    # 7,420 / 4,444 = +66.97%: the bracket after the level's own period holds the year-ago level
    v = only(sentence.format(r=r))
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["7,420", "4,444"]), v.message


@pytest.mark.parametrize(
    "sentence",
    [
        "At home the slump was sharper still at {r} per cent (3,520 units in May 2024 as against sales of"
        " 4,290 units in May 2023).",
        "Domestic sales fell harder: the decline stood at {r} per cent (3,520 units in May against"
        " 4,290 units a year earlier).",
        "For domestic sales the drop was {r} per cent (3,520 units in May 2024 versus 4,290 units in May 2023).",
    ],
)
@pytest.mark.parametrize(("r", "status"), [("18", Status.CONSISTENT), ("81", Status.INCONSISTENT)])
def test_a_change_noun_as_subject_with_both_levels_dated_in_a_bracket(sentence: str, r: str, status: Status) -> None:
    # 3,520 / 4,290 = -17.95%
    v = only(sentence.format(r=r))
    assert (v.status, v.stated < 0, [e.quantity.text for e in v.evidence]) == (
        status,
        True,
        ["3,520", "4,290"],
    ), v.message


@pytest.mark.parametrize("opening", ["With regard to", "With respect to", "Relative to"])
def test_a_sentence_opening_on_the_period_compared_with_and_its_level(opening: str) -> None:
    # the level of the "when" clause is the baseline; the current is the sentence before's
    text = (
        "Output rose from 47,000 units in February to 51,300 units in March (9.1%). "
        f"{opening} March last year, when 46,200 units were produced, the increase was 11%."
    )
    v = next(v for v in fc101(text) if v.stated_text == "11%")
    assert (v.status, [e.quantity.text for e in v.evidence]) == (Status.CONSISTENT, ["51,300", "46,200"]), v.message


@pytest.mark.parametrize(
    ("sentence", "levels"),
    [
        ("Sorvi posted a {r} per cent rise at 6,870 motorcycles (4,056 units).", ["6,870", "4,056"]),
        ("Vessa scooter sales grew by {r} per cent at 6,870 units (4,056 units).", ["6,870", "4,056"]),
        (
            "Dorn motorcycle sales grew by {r} per cent at 6,870 units during April-January 2024-25 (4,056 units"
            " in year-ago period).",
            ["6,870", "4,056"],
        ),
    ],
)
@pytest.mark.parametrize(("r", "status"), [("69.4", Status.CONSISTENT), ("64.9", Status.INCONSISTENT)])
def test_the_prior_count_in_brackets_naming_its_unit(sentence: str, levels: list[str], r: str, status: Status) -> None:
    # 6,870 / 4,056 = +69.38%
    v = only(sentence.format(r=r))
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, levels), v.message


def test_a_bracket_naming_another_class_is_no_prior_count() -> None:
    # "(4,056 SUVs)" may be a part of the level, not the year before's
    v = only("Sorvi posted a 69.4 per cent rise at 6,870 cars (4,056 SUVs).")
    assert v.status is Status.UNVERIFIABLE and "4,056" not in [e.quantity.text for e in v.evidence], v.message


@pytest.mark.parametrize("worth", ["worth NPR {v} million", "valued at AED {v} million", "worth QAR {v} million"])
@pytest.mark.parametrize(("r", "status"), [("62", Status.CONSISTENT), ("26", Status.INCONSISTENT)])
def test_a_count_and_what_it_is_worth_compared_with_another(worth: str, r: str, status: Status) -> None:
    # the rate is the counts' (4,210 / 2,600 = +61.9%); the values are what the goods were worth
    text = (
        f"Importers brought in 4,210 scooters {worth.format(v='512.4')} in the opening month of the fiscal"
        f" year, compared to 2,600 scooters {worth.format(v='301.9')} a year earlier, representing a {r}"
        " percent increase."
    )
    v = only(text)
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["4,210", "2,600"]), v.message


@pytest.mark.parametrize(
    ("sentence", "levels"),
    [
        (
            "Van sales in March 2025 were 6,310, whereas the number of vans sold in April is 6,150, a"
            " {r}% overall decrease month on month.",
            ["6,150", "6,310"],
        ),
        (
            "In April 2024 van sales were 5,690, while in April 2025 the total is 6,162, which accounts for"
            " an {r2}% overall increase year on year.",
            ["6,162", "5,690"],
        ),
    ],
)
@pytest.mark.parametrize("bad", [False, True])
def test_two_levels_set_side_by_side_then_their_rate(sentence: str, levels: list[str], bad: bool) -> None:
    # 6,150 / 6,310 = -2.54% (a month apart); 6,162 / 5,690 = +8.30% (a year apart)
    v = only(sentence.format(r="5.24" if bad else "2.54", r2="3.80" if bad else "8.30"))
    status = Status.INCONSISTENT if bad else Status.CONSISTENT
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, levels), v.message


def test_two_levels_side_by_side_dated_further_apart_than_the_rate_says_are_no_pair() -> None:
    # January and April are no month apart: a month-on-month rate compares neither with the other
    v = only(
        "Van sales in January 2025 were 6,310, whereas the number of vans sold in April is 6,150, a"
        " 2.54% overall decrease month on month."
    )
    assert [e.quantity.text for e in v.evidence if e.role == "baseline"] == [], v.message


@pytest.mark.parametrize(
    "line",
    [
        "* Van sales year to date (2025) 8,869 (2024) 10,012 {r}",
        "* Van sales year to date (2025) 8,869 v (2024) 10,012 {r}",
        "* Van sales in March: 2025: 8,869; 2024: 10,012; {r}",
        "* Van sales, first quarter: (2024) 10,012 (2025) 8,869 ({r})",
    ],
)
@pytest.mark.parametrize(("rate", "status"), [("-11.42%", Status.CONSISTENT), ("-14.12%", Status.INCONSISTENT)])
def test_a_rate_after_two_levels_each_labelled_by_its_year(line: str, rate: str, status: Status) -> None:
    # 8,869 / 10,012 = -11.42%: the later year's level is the current one, whichever comes first
    v = only("Halden dealer figures\n\n" + line.format(r=rate))
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["8,869", "10,012"]), v.message


def test_two_levels_labelled_by_one_year_are_no_comparison() -> None:
    v = only("Halden dealer figures\n\n* Van sales (2025) 8,869 (2025) 10,012 -11.42%")
    assert [e.role for e in v.evidence if e.role == "baseline"] == [], v.message


@pytest.mark.parametrize(
    "sentence",
    [
        "Korvik's scooter exports saw a de-growth of {r} per cent to 6,120 units, against 9,840 units a year ago.",
        "Sorvi recorded degrowth of {r}% in van shipments, at 6,120 units compared with 9,840 units.",
        "Tessin posted negative growth of {r} percent, selling 6,120 buses against 9,840 in 2024.",
    ],
)
@pytest.mark.parametrize(("rate", "status"), [("37.8", Status.CONSISTENT), ("73.8", Status.INCONSISTENT)])
def test_de_growth_and_negative_growth_are_falls(sentence: str, rate: str, status: Status) -> None:
    # 6,120 / 9,840 = -37.80%: no reversed direction to report
    v = only(sentence.format(r=rate))
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["6,120", "9,840"]), v.message
    assert "direction" not in v.message


@pytest.mark.parametrize("tie", ["on the strength of", "on the back of"])
def test_a_level_a_rate_rests_on_is_its_current_not_its_baseline(tie: str) -> None:
    # the previous sentence's model level is no current of this one, and the level after "on the
    # strength of" is the one reached, not the one compared with
    v = only(f"The Lumea led the range with 9,410 sales. The Halden rose 28 percent {tie} 7,306 sales.")
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "7,306")], v.message
    assert v.status is Status.UNVERIFIABLE


@pytest.mark.parametrize(
    "tail",
    [
        "helped mostly by Drevon, whose sales jumped by nearly half",
        "led by Orla Trucks, whose deliveries rose 48 percent",
    ],
)
def test_a_rate_of_whose_clause_is_not_the_change_of_the_levels_before(tail: str) -> None:
    # 5,210 / 3,940 = +32.2%: the rate belongs to the maker "whose" names
    vs = fc101(f"Van registrations rose to 5,210 units from 3,940 units a year earlier, {tail}.")
    assert [v.status for v in vs if v.status is Status.INCONSISTENT] == [], [v.message for v in vs]


@pytest.mark.parametrize("verb", ["results from", "stems from"])
@pytest.mark.parametrize(("rate", "status"), [("4.6", Status.CONSISTENT), ("6.4", Status.INCONSISTENT)])
def test_a_change_that_results_from_two_levels(verb: str, rate: str, status: Status) -> None:
    # "results from A versus B": a cause, not a baseline; A is the current, B the one compared with
    # (41,870 / 43,890 = -4.60%)
    v = only(
        f"The year-to-date {rate} percent fall in Vessa {verb} 41,870 cars registered this year versus 43,890 in"
        " the same months of 2024."
    )
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["41,870", "43,890"]), v.message


@pytest.mark.parametrize("named", ["the March 2023 figure", "the 2022 level"])
def test_a_rate_that_names_a_baseline_it_does_not_give_pairs_with_no_earlier_figure(named: str) -> None:
    # the earlier figure is the baseline of the bracket's own fall, not of the 210 percent rise
    v = only(
        f"At 31,460 units, Halden's output slipped a little (down from 33,020 units in February), yet it is still"
        f" 210 percent above {named}."
    )
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "31,460")], v.message
    assert v.status is Status.UNVERIFIABLE


@pytest.mark.parametrize(
    "second",
    [
        "Dealers handed over 8,412 vans last month, against the 7,936 handed over in the year-ago month.",
        # the next sentence's shares of the month's level are no rates of its own
        "Dealers handed over 8,412 vans last month, against 7,936 in the year-earlier month; Korean brands took"
        " 3,105, or 36.9 percent of the month's sales.",
    ],
)
@pytest.mark.parametrize(("rate", "status"), [("6", Status.CONSISTENT), ("9", Status.INCONSISTENT)])
def test_a_lead_rate_and_the_year_ago_pair_the_next_sentence_gives(second: str, rate: str, status: Status) -> None:
    # 8,412 / 7,936 = +6.00%; the year-to-date rate of the lead's second clause takes no month's levels
    text = (
        f"Van sales in Vessa climbed {rate} percent in May from a year before,"
        " although year-to-date sales remain 2.1 percent lower than last year, importers said.\n\n" + second
    )
    vs = fc101(text)
    got = {v.stated_text: (v.status, [e.quantity.text for e in v.evidence]) for v in vs}
    assert got[f"{rate} percent"] == (status, ["8,412", "7,936"]), [v.message for v in vs]
    assert got["2.1 percent"] == (Status.UNVERIFIABLE, []), [v.message for v in vs]


@pytest.mark.parametrize(
    "sentence",
    [
        "Drevon posted a {r}% LV sales decrease, to 31,288 in January-November from 33,571 a year earlier.",
        "Drevon reported a {r} percent unit volume decline, to 31,288 vehicles from 33,571.",
        "Van demand reflected a negative difference of -{r}% when comparing the 31,288 units versus 33,571 units"
        " delivered in January-November of the prior year.",
    ],
)
@pytest.mark.parametrize(("rate", "status"), [("6.8", Status.CONSISTENT), ("8.6", Status.INCONSISTENT)])
def test_more_ways_to_say_a_rate_and_its_levels(sentence: str, rate: str, status: Status) -> None:
    # 31,288 / 33,571 = -6.80%
    v = only(sentence.format(r=rate))
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["31,288", "33,571"]), v.message


def test_an_economys_growth_rate_is_no_change_of_a_level() -> None:
    assert fc101("Oil prices passed $70 in the quarter, amid stable 4% GDP growth.") == []


def test_two_classes_side_by_side_are_no_current_and_baseline() -> None:
    # imported against locally built cars of one month; "both" saw the fall, each on its own month before
    vs = fc101(
        "Imported cars reached 12,410 units, compared to 10,980 units of locally built cars. Each"
        " category saw a 6% decline from the previous month."
    )
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [(Status.UNVERIFIABLE, [])], [
        v.message for v in vs
    ]


@pytest.mark.parametrize(("monthly", "status"), [("21", Status.CONSISTENT), ("12", Status.INCONSISTENT)])
def test_an_annual_and_a_monthly_rate_with_a_months_pair_later(monthly: str, status: Status) -> None:
    # 12,100 / 10,000 = +21%: the monthly rate's pair, a month apart; the annual rate has none
    text = (
        f"The 2024 dealer tally showed an annual increase of 9 per cent in sales and a {monthly} per cent monthly"
        " growth in December.\n\n"
        "Total sales came to 98,400 vehicles, including buses and trucks, the report said.\n\n"
        "In December, 12,100 cars were sold, up from 10,000 a month earlier, the highest since March 2022."
    )
    got = {v.stated_text: (v.status, [e.quantity.text for e in v.evidence]) for v in fc101(text)}
    assert got[f"{monthly} per cent"] == (status, ["12,100", "10,000"])
    assert got["9 per cent"] == (Status.UNVERIFIABLE, [])


@pytest.mark.parametrize(
    "text",
    [
        # a company known for a class of vehicle: its total is no count of that class alone
        "Scooter major Korvik Motor posted a {r} per cent fall in overall sales for October, at 3,55,033 units. A"
        " year earlier, it had sold 3,94,724 units.",
        "Truck maker Ashfield posted a {r} per cent fall in overall sales for October, at 3,55,033 units. A year"
        " earlier, it had sold 3,94,724 units.",
        # an aside in brackets before the comparison
        "Ashfield Motors posted a {r} per cent fall in sales with 3,55,033 units sold (home and export sales"
        " together) in October, compared to 3,94,724 units a year earlier.",
    ],
)
@pytest.mark.parametrize(("rate", "status"), [("10", Status.CONSISTENT), ("19", Status.INCONSISTENT)])
def test_a_makers_total_and_its_year_ago_level(text: str, rate: str, status: Status) -> None:
    # 3,55,033 / 3,94,724 = -10.06%
    vs = [v for v in fc101(text.format(r=rate)) if v.stated_text == f"{rate} per cent"]
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [(status, ["3,55,033", "3,94,724"])], [
        v.message for v in vs
    ]


@pytest.mark.parametrize(("rate", "status"), [("33", Status.CONSISTENT), ("38", Status.INCONSISTENT)])
def test_a_change_in_what_changed_at_its_level_then_the_year_ago_level_next(rate: str, status: Status) -> None:
    # 31,420 / 23,600 = +33.1%; "driven by its SUVs" is a cause, no class of the next sentence's level
    text = (
        f"Drevon Motors on Monday reported a {rate} per cent increase in domestic passenger vehicle sales in July at"
        " 31,420 units, driven by its SUVs.\n\n"
        "It had sold 23,600 units a year earlier, Drevon's filing showed."
    )
    v = only(text)
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["31,420", "23,600"]), v.message


@pytest.mark.parametrize(("rate", "status"), [("10.35", Status.CONSISTENT), ("13.05", Status.INCONSISTENT)])
def test_the_same_stands_for_the_figure_a_year_before(rate: str, status: Status) -> None:
    # 21,342.8 / 19,341.2 = +10.35%; "Rs" is a currency, not a company
    text = (
        f"Orla's income from operations grew {rate} per cent to Rs 21,342.8 crore in the September"
        " quarter. For the year-ago quarter the same stood at Rs 19,341.2 crore."
    )
    v = only(text)
    got = (v.status, [e.quantity.text for e in v.evidence])
    assert got == (status, ["Rs 21,342.8 crore", "Rs 19,341.2 crore"]), v.message


def test_a_forecast_is_no_level_a_rate_points_back_at() -> None:
    # the rate is of the deliveries reached (first sentence), not of the analysts' estimate before it
    text = (
        "Zentro delivered 512,300 vehicles in the third quarter, beating estimates.\n\n"
        "Analysts had projected deliveries of 451,800 vehicles for the quarter. The result is a 6.2% increase"
        " compared to the third quarter of 2024, when Zentro delivered 482,400 vehicles."
    )
    vs = fc101(text)
    assert [e.quantity.text for v in vs for e in v.evidence if e.role == "current"] in ([], ["512,300"]), [
        v.message for v in vs
    ]
    assert [v for v in vs if v.status is Status.INCONSISTENT] == []


_SCALED = (
    "Lumea Motor posted revenue of {rev} for the quarter, up {rate} year-on-year.\n\n"
    "| Metric | Q1 FY26 ({unit}) | Q1 FY25 ({unit}) | Change (%) |\n"
    "|---|---|---|---|\n"
    "| Revenue | 58.31 | 40.27 | +45% |\n"
    "| Gross Profit | 9.66 | 5.21 | +85% |\n"
)


@pytest.mark.parametrize(("rev", "unit"), [("Rs. 58.31 billion", "Rs bn"), ("€58.31 million", "€m")])
@pytest.mark.parametrize(("rate", "status"), [("45%", Status.CONSISTENT), ("54%", Status.INCONSISTENT)])
def test_a_rate_in_prose_against_its_row_in_a_table_of_scaled_figures(
    rev: str, unit: str, rate: str, status: Status
) -> None:
    # "58.31" in a column of billions is the prose's 58.31 billion; the row's year-before cell is the baseline
    text = _SCALED.format(rev=rev, unit=unit, rate=rate)
    (v,) = [v for v in _fc101(text) if v.stated_text == rate]
    assert v.status is status, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", rev), ("baseline", "40.27")]


def test_the_change_column_of_a_table_of_fiscal_quarters_with_units() -> None:
    text = _SCALED.format(rev="Rs. 58.31 billion", unit="Rs bn", rate="45%")
    (v,) = [v for v in _fc101(text) if v.stated_text == "+85%"]
    assert v.status is Status.CONSISTENT, v.message  # 9.66 vs 5.21 is +85.4%


def test_a_rate_of_another_sentences_figure_takes_no_table_row() -> None:
    text = _SCALED.format(rev="Rs. 58.31 billion", unit="Rs bn", rate="45%") + (
        "\nGross profit rose to Rs. 9.66 billion. Selling costs were up 6%.\n"
    )
    (v,) = [v for v in _fc101(text) if v.stated_text == "6%"]
    assert v.status is Status.UNVERIFIABLE, v.message


@pytest.mark.parametrize(
    ("line", "status"),
    [
        ("- Revenue up 4%, to R41 220 million (2024: R39 610 million)", Status.CONSISTENT),  # +4.06%
        ("- Revenue up 4%, to R41 220 million (2024: R36 910 million)", Status.INCONSISTENT),  # +11.68%
        ("- Earnings per share up 14%, to 612 cents per share (2024: 537 cents per share)", Status.CONSISTENT),
        ("- Earnings per share up 41%, to 612 cents per share (2024: 537 cents per share)", Status.INCONSISTENT),
    ],
)
def test_the_prior_years_figure_in_brackets_after_the_words_of_the_current(line: str, status: Status) -> None:
    (v,) = _fc101(line + "\n")
    assert v.status is status, v.message
    assert len(v.evidence) == 2


@pytest.mark.parametrize(("rate", "status"), [("2.4%", Status.CONSISTENT), ("4.2%", Status.INCONSISTENT)])
@pytest.mark.parametrize("done", ["new vehicles registered", "units sold", "cars delivered"])
def test_a_change_with_the_level_it_ended_on_said_after_with(rate: str, status: Status, done: str) -> None:
    # 283 / (11,512 + 283) = 2.40%
    text = f"Orla says that March registrations are down {rate} (283 units) against March 2024, with 11,512 {done}.\n"
    (v,) = _fc101(text)
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["11,512", "283"]


def test_a_level_of_something_else_after_with_is_no_current() -> None:
    (v,) = _fc101("Orla sales fell 2.4% (283 units), with exports at 3,100 units.\n")
    assert v.status is Status.UNVERIFIABLE


_AFTER = "Sales of new cars in Lumea rose by {rate} in the six months to June, police data show.\n\n{body}\n"


@pytest.mark.parametrize(
    "body",
    [
        "During the period, 21,340 new cars were registered.\n\nA year earlier, they were {base}.",
        "In all, 21,340 cars were registered. That compares with {base} in the same period last year.",
    ],
)
@pytest.mark.parametrize(
    ("rate", "base", "status"),
    [
        ("14%", "18,720", Status.CONSISTENT),  # +14.0%
        ("14%", "18,270", Status.INCONSISTENT),  # two digits swapped in the year-ago level: +16.8%
        ("14%", "17,000", Status.UNVERIFIABLE),  # +25.5%: no slip explains it, and nothing but the order ties them
    ],
)
def test_a_rate_whose_next_sentences_give_its_level_and_the_level_a_year_before(
    body: str, rate: str, base: str, status: Status
) -> None:
    (v,) = _fc101(_AFTER.format(rate=rate, body=body.format(base=base)))
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["21,340", base]


def test_the_sentences_after_must_count_what_the_rate_counts() -> None:
    # new cars rose 14%; "cars and light vans" are a wider count, so no pairing is made
    body = "During the period, 21,340 cars and light vans were registered.\n\nA year earlier, they were 18,270."
    (v,) = _fc101(_AFTER.format(rate="14%", body=body))
    assert v.status is Status.UNVERIFIABLE
    assert not v.evidence


def test_the_sentences_after_must_date_the_second_level_a_year_back() -> None:
    body = "During the period, 21,340 cars were registered.\n\nIn June alone, 3,920 were registered."
    (v,) = _fc101(_AFTER.format(rate="14%", body=body))
    assert v.status is Status.UNVERIFIABLE
    assert not v.evidence


@pytest.mark.parametrize(
    "text",
    [
        "Orla sold 31,240 cars in April-October, up 9% over 28,660 units in the year-ago period.",
        "Kessel's exports reached 4,360 units, 9 per cent over the 4,000 it shipped a year before.",
        "Drevon delivered 1,090 vans in May, up 9 percent over last year's 1,000.",
    ],
)
def test_a_rate_over_a_figure_compares_with_it(text: str) -> None:
    # "over" right after a rate names the baseline; it is no hedge ("more than") on that figure
    v = only(text)
    assert v.status is Status.CONSISTENT, v.message
    assert [e.role for e in v.evidence] == ["current", "baseline"]


def test_a_change_is_not_measured_on_another_companys_figure() -> None:
    # the rate in brackets is Tessin's own growth; "compared to Zentro's" compares two companies' levels
    v = only("Tessin's first-half sales stood at 51,320 units (up 21 per cent) compared to Zentro's 60,500 units.")
    assert v.status is Status.UNVERIFIABLE
    assert "Zentro's figure" in v.message
    # the same company's figure, or a rate that compares the two companies, is still checked
    v = only("Tessin's first-half sales stood at 51,320 units (up 21 per cent) compared to Tessin's 42,410 units.")
    assert v.status is Status.CONSISTENT, v.message
    v = only("Tessin sold 51,170 cars in the half, 19% higher than Zentro's 43,000.")
    assert v.status is Status.CONSISTENT, v.message


@pytest.mark.parametrize("join", [", and", "; and", ", while"])
def test_a_rate_in_brackets_is_of_the_levels_before_it_not_the_next_clauses(join: str) -> None:
    text = (
        "Orla's electric cars rose from 64 in June 2024 to 410 in June 2025 (a jump of 540.6%)"
        f"{join} for January-June they rose from 290 to 1,515 (a jump of 422.4%)."
    )
    vs = fc101(text)
    assert [[e.quantity.text for e in v.evidence] for v in vs] == [["410", "64"], ["1,515", "290"]]
    assert all(v.status is Status.CONSISTENT for v in vs), [v.message for v in vs]


def test_a_share_over_the_same_period_is_no_rise() -> None:
    # "over the same period" dates the share; "9 per cent over the 4,000" (above) compares
    text = "Year to date, fleet buyers held a 57.4% share vs. 55.9% over the same months of 2024."
    assert [v.stated_text for v in fc101(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Kessel's 12,400 deliveries comprised 7,150 sedans (57.7%) and 2,080 vans (16.8%).",
        "Of the 9,800 cars sold, 4,100 were hybrids (41.8%) and 1,200 were electric (12.2%).",
    ],
)
def test_parts_with_their_shares_in_brackets_are_no_comparison(text: str) -> None:
    # "(41.8%) and 1,200 (12.2%)" joins two parts, not a baseline and its rate to another
    assert fc101(text) == []


LEAD_THEN_LEVELS = [
    (
        "Halden Motor reported an 18 percent on-year gain in its third-quarter operating profit on brisk"
        " demand for pickups. Operating profit for the July-September quarter climbed to 742 billion won"
        " (US$551 million) from {base} billion won a year before, the carmaker said.",
        ("629", "692"),
        "18 percent",
    ),
    (
        "Lumea's profit fell 27 percent in the October-December quarter from the year before. Lumea"
        " booked a profit of 412.6 billion yen ($2.8 billion) in the final quarter, down from {base}"
        " billion yen the previous fiscal year.",
        ("565.2", "556.2"),
        "27 percent",
    ),
    (
        "Drevon said its Canadian sales climbed 14 percent in September compared with a year earlier."
        " Drevon sold 26,790 vehicles in Canada in September, up from {base} units a year ago.",
        ("23,500", "25,300"),
        "14 percent",
    ),
]


@pytest.mark.parametrize(("text", "base", "rate"), LEAD_THEN_LEVELS)
def test_a_lead_rate_is_checked_on_the_level_and_baseline_of_the_next_sentence(
    text: str, base: tuple[str, str], rate: str
) -> None:
    base, slipped = base
    (v,) = [v for v in fc101(text.format(base=base)) if v.stated_text == rate]
    assert v.status is Status.CONSISTENT, v.message
    assert [e.role for e in v.evidence] == ["current", "baseline"]
    assert v.evidence[1].quantity.text.startswith(base)
    # two digits of the baseline swapped: the rate no longer holds, and the slip explains it
    (w,) = [v for v in fc101(text.format(base=slipped)) if v.stated_text == rate]
    assert w.status is Status.INCONSISTENT, w.message


def test_a_lead_rate_is_not_checked_on_levels_foreseen() -> None:
    text = (
        "Sorvi's sales rose 20% in June from a year earlier. The company will sell 6,000 cars in June,"
        " up from 5,000 a year earlier, its chief said."
    )
    (v,) = fc101(text)
    assert v.status is Status.UNVERIFIABLE


@pytest.mark.parametrize(
    ("text", "rate", "levels"),
    [
        # "higher/lower by N%": the size of the change, not a hedge
        (
            "Orla's van deliveries came in higher by 11 per cent at 41,620 units last month, set against 37,495"
            " units in May 2024.",
            "11 per cent",
            ("41,620", "37,495"),
        ),
        (
            "Exports were lower by 8.4% at 12,090 units in March, against 13,200 a year earlier.",
            "8.4%",
            ("12,090", "13,200"),
        ),
        # "have grown by N%"
        (
            "Kessel's truck sales have grown by 20 percent to 3,600 units from 3,000 units a year ago.",
            "20 percent",
            ("3,600", "3,000"),
        ),
        # the level of an "as ..." clause, with no comma before it
        (
            "Its electric car sales have grown by 50 per cent as 6,000 units were registered against"
            " 4,000 units a year before.",
            "50 per cent",
            ("6,000", "4,000"),
        ),
    ],
)
def test_a_rate_said_with_by_finds_its_levels(text: str, rate: str, levels: tuple[str, str]) -> None:
    (v,) = [v for v in fc101(text) if v.stated_text == rate]
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == list(levels)


@pytest.mark.parametrize(
    ("level_words", "status"),
    [
        # the level is dated to a year before the one the sentence is about: not the one "now" compares
        ("81,200 vans found buyers in the opening quarter of 2022", Status.UNVERIFIABLE),
        ("81,200 vans were sold in 2023", Status.UNVERIFIABLE),
        # the level of the sentence's own year is
        ("81,200 vans found buyers in the opening quarter", Status.INCONSISTENT),
        ("84,900 vans found buyers in the opening quarter", Status.CONSISTENT),
    ],
)
def test_a_rate_said_of_now_is_not_applied_to_an_earlier_years_level(level_words: str, status: Status) -> None:
    text = (
        f"The van sector in 2024 had its best first quarter in three years – {level_words} – with"
        " volumes now just 6.1% below 2019's first quarter, when 90,410 units were registered."
    )
    (v,) = fc101(text)
    assert v.status is status, v.message


@pytest.mark.parametrize("noun", ["the sale of", "sales of", "a volume of", "the number of"])
def test_a_lead_rate_is_checked_on_the_next_sentences_level_and_the_sale_it_is_compared_to(noun: str) -> None:
    text = (
        "Car sales in June 2025 surged by 62.5pc on the year, figures from the association showed. The"
        f" figures put June's sales at 13,045 cars, as compared to {noun} {{base}} units a year before."
    )
    (v,) = fc101(text.format(base="8,028"))
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["13,045", "8,028"]
    (w,) = fc101(text.format(base="8,208"))
    assert w.status is Status.INCONSISTENT, w.message


@pytest.mark.parametrize(
    ("comparative", "level", "sign"),
    [("greater", "46,409", 1), ("larger", "46,409", 1), ("bigger", "46,409", 1), ("smaller", "41,571", -1)],
)
def test_a_rate_greater_or_smaller_than_a_level_is_a_change(comparative: str, level: str, sign: int) -> None:
    text = (
        f"Total van output in November came to {level} units. Even so, that total is 5.5 percent {comparative}"
        " than this year's monthly average of 43,990 units."
    )
    (v,) = fc101(text)
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == [level, "43,990"]
    assert (v.computed or 0) * sign > 0


@pytest.mark.parametrize(
    "text",
    [
        # the prior period's figure in brackets after the rate, dated by a label and a colon
        "Kessel handed over 52,020 vans in June, an increase of {r} (June 2024: 51,000 vans).",
        "Orla recorded 46,800 deliveries worldwide in the first half, surpassing last year's record by {r}"
        " (January to June 2024: 45,882 vehicles).",
        # after the level, past a period of several words
        "In Germany, deliveries rose by {r} to 73,440 units in the first six months (2024: 72,000 vehicles).",
        "Operating profit grew by {r} to 2,346 million euros in the reporting quarter (Q3 2024: 2,300 million euros).",
        "The brand improved deliveries by {r} to 183,600 vehicles (Jan-Jun 2024: 180,000 vehicles).",
    ],
)
def test_a_dated_prior_figure_in_brackets_is_the_baseline(text: str) -> None:
    v = only(text.format(r="2.0 per cent"))
    assert v.status is Status.CONSISTENT, v.message
    assert v.evidence[1].role == "baseline"
    assert only(text.format(r="2.9 per cent")).status is not Status.CONSISTENT


@pytest.mark.parametrize(
    "text",
    [
        "Kessel improved deliveries by 12% to 11,200 units from 10,000 a year earlier.",
        "Kessel increased its sales by 12% to 11,200 units, up from 10,000 a year earlier.",
        "Kessel boosted van registrations by 12% to 11,200 units, against 10,000 a year earlier.",
        "Kessel cut its losses by 12% to 8,800 units from 10,000 a year earlier.",
    ],
)
def test_a_verb_with_the_changed_metric_as_its_object_states_a_change(text: str) -> None:
    v = only(text)
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence][:2] in (["11,200", "10,000"], ["8,800", "10,000"])


def test_a_rate_in_brackets_after_a_label_is_not_the_rate_of_an_earlier_level() -> None:
    text = (
        "Quarterly sales grew 29 percent to 195,960 units from 151,907 units, led by the Kessel K3 (+43%),"
        " the Kessel K5 (+12%) and the Drevon 500 (-4%)."
    )
    vs = fc101(text)
    assert [v.status for v in vs if v.stated_text.strip() == "29 percent"] == [Status.CONSISTENT]
    assert all(
        not any(e.quantity.text == "195,960" for e in v.evidence) for v in vs if v.stated_text.strip() != "29 percent"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Kessel's moped deliveries climbed 18.4 percent to 604,210 in the first semester of 2024, up from"
        " 510,312 a year before.",
        "Moped deliveries grew by 18.4 percent to 604,210 units for the first semester of the current year, up"
        " from 510,312.",
    ],
)
def test_a_baseline_after_a_level_dated_by_its_semester(text: str) -> None:
    v = only(text)
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence][:2] == ["604,210", "510,312"]


@pytest.mark.parametrize(("r", "status"), [("18", Status.CONSISTENT), ("81", Status.INCONSISTENT)])
def test_levels_in_the_world_s_largest_market_are_the_lead_s(r: str, status: Status) -> None:
    # 41,230 / 34,950 = +17.97%: "the world's largest auto market" describes the US, named in the
    # lead; it makes no global figure of the next sentence's levels
    text = (
        f"Sorell and its sister brand Vessa reported that their joint sales in the US rose {r} percent"
        " last month against the same month of last year.\n\n"
        "Together the pair sold 41,230 vehicles in the world's largest auto market in June, up from 34,950"
        " units a year ago.\n"
    )
    v = only(text)
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["41,230", "34,950"]), v.message


@pytest.mark.parametrize(("r", "status"), [("31", Status.CONSISTENT), ("13", Status.INCONSISTENT)])
@pytest.mark.parametrize("unit", ["-unit sales", " units", " vehicles sold"])
def test_a_level_after_with_past_a_long_description_of_the_market(r: str, status: Status, unit: str) -> None:
    # 41,230 / 31,470 = +31.0%; the words of what grew and where run past forty characters
    text = (
        f"Sorell booked a {r} per cent rise in deliveries across its light commercial vehicle business"
        f" with 41,230{unit} in May 2024 against 31,470{unit} in May 2023."
    )
    v = only(text)
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["41,230", "31,470"]), v.message


@pytest.mark.parametrize(
    "amount", ["an 8,870 unit increase", "an 8,870-unit rise", "a 1,350 vehicle drop", "a 1,350 car decline"]
)
def test_the_amount_of_a_change_named_by_its_noun_is_no_baseline(amount: str) -> None:
    # the rate's baseline is "pre-pandemic levels", which the article does not give
    text = (
        "Dealers in Norland handed over 182,410 new cars in the spring plate month.\n\n"
        f"That was {amount} on last year, though the month's registrations remained about 21.6 per cent"
        " below their pre-pandemic norm."
    )
    v = only(text)
    assert v.status is Status.UNVERIFIABLE, v.message


def test_a_level_dated_a_year_before_the_rate_is_no_current() -> None:
    text = (
        "Back in May 2023, petrol and electric cars had sold 23,100 units and 420 units, respectively. As"
        " for growth, petrol cars posted a healthy 39 per cent rise, while electric cars posted a striking"
        " 276 per cent gain in sales in May 2024."
    )
    vs = fc101(text)
    assert all("23,100" not in v.message for v in vs), [v.message for v in vs]
    assert all(v.status is Status.UNVERIFIABLE for v in vs), [v.message for v in vs]


def _full_year_headline(r: str) -> str:
    return (
        f"Tessin car registrations climb 7.3% in June, {r}% for full-year 2024\n\n"
        "Dealers reported 2.118 million registrations across 2024, a 5.9% gain on the 2.0 million"
        " recorded in 2023.\n"
    )


def test_a_headline_rate_of_its_own_comma_stretch_takes_the_body_s_levels() -> None:
    # 2.118 million / 2.0 million = +5.9%: the headline's second rate is the full year's, the
    # rate the body gives with its levels
    text = _full_year_headline("5.9")
    v = next(v for v in fc101(text) if v.stated_text == "5.9%" and v.start < text.index("\n"))
    assert (v.status, [e.quantity.text for e in v.evidence]) == (
        Status.CONSISTENT,
        ["2.118 million", "2.0 million"],
    ), v.message


def test_a_headline_rate_that_differs_from_the_body_s_twin_is_a_mistyped_restatement() -> None:
    text = _full_year_headline("9.5")
    vs = [v for v in factcheck.check_text(text) if v.code == "FC107" and v.stated_text in ("9.5%", "5.9%")]
    assert [v.status for v in vs] == [Status.INCONSISTENT], [v.message for v in vs]


@pytest.mark.parametrize(("r", "status"), [("8", Status.CONSISTENT), ("18", Status.INCONSISTENT)])
@pytest.mark.parametrize(
    ("period", "prior"),
    [
        ("in the first half", "versus the first half of 2023"),
        ("year on year in the second quarter", "compared with the same quarter of 2023"),
        ("through the first quarter of 2024", "against the matching months of 2023"),
        ("in Q3", "against Q3 2023"),
    ],
)
def test_a_rate_then_its_period_then_the_level_in_brackets(r: str, status: Status, period: str, prior: str) -> None:
    # 41,000 / 37,960 = +8.01%
    v = only(f"Deliveries at Vessa were up {r}% {period} (41,000 vehicles) {prior} (37,960 units).")
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["41,000", "37,960"]), v.message


@pytest.mark.parametrize(("r", "status"), [("11", Status.CONSISTENT), ("17", Status.INCONSISTENT)])
def test_a_baseline_in_brackets_after_a_period_named_by_its_length(r: str, status: Status) -> None:
    # 94,320 / 85,010 = +10.95%
    text = (
        f"Tessin's dealers registered 94,320 cars over the 12-month stretch to June, {r} pct more than in"
        " the prior 12-month stretch (85,010)."
    )
    v = only(text)
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["94,320", "85,010"]), v.message


@pytest.mark.parametrize(("r", "status"), [("44", Status.CONSISTENT), ("34", Status.INCONSISTENT)])
def test_what_a_company_earned_is_its_net_profit(r: str, status: Status) -> None:
    # 812.4 / 563.9 = +44.1%: "earned" names the net profit the lead's rate is of
    text = (
        f"Drevon reported on Thursday that its net profit climbed {r} percent in the April-June quarter."
        " Drevon earned 812.4 billion won over those three months, according to its quarterly report."
        " It had net profit of 563.9 billion won the year before.\n"
    )
    v = only(text)
    assert (v.status, [e.quantity.text for e in v.evidence]) == (
        status,
        ["812.4 billion won", "563.9 billion won"],
    ), v.message


def test_what_a_company_earned_in_revenue_is_no_net_profit() -> None:
    text = (
        "Drevon reported on Thursday that its net profit climbed 44 percent in the April-June quarter."
        " Drevon earned 812.4 billion won in revenue over those three months."
        " It had revenue of 563.9 billion won the year before.\n"
    )
    assert all(v.status is Status.UNVERIFIABLE for v in fc101(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Halden sold 9,800 cars in July, up from 8,200 in June and 7,100 in May, gains of 19.5% and 38.0%.",
        "Sorvi's exports reached 9,800 units, against 8,200 in 2024 and 7,100 in 2023, rises of 19.5% and 38.0%.",
    ],
)
def test_two_baselines_in_a_list_are_not_a_level_and_its_baseline(sentence: str) -> None:
    # "from A ... and B" names two levels compared with, not "from A to B"; reading B as the level
    # A moved to would flag a correct rate
    assert all(v.status is not Status.INCONSISTENT for v in fc101(sentence)), [v.message for v in fc101(sentence)]


def test_from_a_to_b_then_the_rate() -> None:
    v = only("Tessin's sales rose from 8,200 units in June to 9,800 units in July, up 19.5%.")
    assert v.status is Status.CONSISTENT
    assert [e.quantity.text for e in v.evidence] == ["9,800", "8,200"]


def test_undated_figure_of_the_half_is_not_the_named_earlier_years() -> None:
    # the rate names the first half of 2025; a figure of "the first half of this year" belongs to 2026,
    # the current's year, whatever it counts
    text = (
        "Kessel sold 940,000 cars in January to June 2026 (up 6.1% over the first half of 2025).\n\n"
        "Used-car dealers handled many hybrids too. "
        "Over the first half of this year, their count reached 18,240 units."
    )
    v = only(text)
    assert v.status is Status.UNVERIFIABLE
    assert [e.quantity.text for e in v.evidence] == ["940,000"]


def test_rate_whose_as_clause_gives_its_own_level_is_not_the_sentence_s_earlier_pair() -> None:
    text = (
        "Tessin's van sales totalled 48,200 in the year, versus 40,100 in 2025, with December registering "
        "a 64.2% rise as deliveries reached 5,130."
    )
    assert all(v.status is not Status.INCONSISTENT for v in fc101(text)), [v.message for v in fc101(text)]


@pytest.mark.parametrize(("rate", "status"), [("12%", Status.CONSISTENT), ("21%", Status.INCONSISTENT)])
def test_as_clause_with_its_own_baseline(rate: str, status: Status) -> None:
    v = only(
        f"Orla's December brought a {rate} gain as deliveries climbed to 5,600, compared with 5,000 a year earlier."
    )
    assert v.status is status
    assert [e.quantity.text for e in v.evidence] == ["5,600", "5,000"]


@pytest.mark.parametrize(
    "text",
    [
        # a line crossed is no level, and "behind 2019" names the rate's own baseline
        "So far this year 6,480 vans have been registered.\n\n"
        "Car registrations this year, past the 100,000 barrier in September, are only just ahead of last year, "
        "and are 11% behind 2019.",
        "Zentro built 2,150 buses in the spring.\n\n"
        "Its bus output, which crossed the 40,000 mark in May, is level with last year and 7% ahead of 2019.",
    ],
)
def test_milestone_is_no_level_and_behind_a_year_is_its_own_baseline(text: str) -> None:
    assert all(v.status is not Status.INCONSISTENT for v in fc101(text)), [v.message for v in fc101(text)]


@pytest.mark.parametrize(("rate", "status"), [("1.4%", Status.CONSISTENT), ("4.1%", Status.INCONSISTENT)])
def test_level_in_a_relative_bracket_after_the_period_compared_with_is_the_baseline(rate: str, status: Status) -> None:
    text = (
        "Vessa's wholesale volume for October was 52,380 units. "
        f"This was {rate} higher than September (which was at 51,650 units)."
    )
    v = only(text)
    assert v.status is status
    assert [e.quantity.text for e in v.evidence] == ["52,380", "51,650"]


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        (
            "Korvik reported a {r} per cent jump in light and heavy goods vehicle (LHGV) sales in May at 4,800 units"
            " over last year's count of 4,000 units.",
            ["4,800", "4,000"],
        ),
        (
            "Halden posted a {r}% rise in sport utility vehicle (SUV) exports in June at 960, against 800 a year ago.",
            ["960", "800"],
        ),
        (
            "Zentro saw a {r}% increase in battery-electric (BEV) deliveries to 1,236 units from 1,030 in 2025.",
            ["1,236", "1,030"],
        ),
    ],
)
@pytest.mark.parametrize(("rate", "status"), [("20", Status.CONSISTENT), ("30", Status.INCONSISTENT)])
def test_a_change_in_a_segment_with_its_acronym_in_brackets_then_its_level(
    text: str, levels: list[str], rate: str, status: Status
) -> None:
    v = only(text.format(r=rate))
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, levels), v.message


def test_a_target_is_not_measured_from_a_record_beaten_years_before() -> None:
    # 2.25 / 2.14 = +5.1%; the record of 2018 (2.11 million) is no baseline of "from last year"
    text = (
        "Vessa sold a record 2.14 million vehicles last year. "
        "Its previous best was 2.11 million vehicles in 2018. "
        "Vessa is targeting sales of 2.25 million units in 2026, up 5.1% from last year."
    )
    assert [v for v in fc101(text) if v.status is Status.INCONSISTENT] == []


@pytest.mark.parametrize(
    "text",
    [
        "The market in May 2025 stood at 104,350 new vehicle sales, an increase of 9,220 vehicle sales or {r}"
        " per cent against May 2024 (95,130).",
        "Deliveries reached 104,350 in May, an increase of 9,220 deliveries or {r}% on the 95,130 of May 2024.",
    ],
)
@pytest.mark.parametrize(("rate", "status"), [("9.7", Status.CONSISTENT), ("7.9", Status.INCONSISTENT)])
def test_a_rate_restating_the_amount_of_change_before_it_takes_its_direction(
    text: str, rate: str, status: Status
) -> None:
    # 104,350 / 95,130 = +9.69%
    v = only(text.format(r=rate))
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["104,350", "95,130"]), v.message


@pytest.mark.parametrize(("cell", "status"), [("12.14%", Status.CONSISTENT), ("21.14%", Status.INCONSISTENT)])
def test_a_change_column_names_the_columns_it_compares_by_letter(cell: str, status: Status) -> None:
    # 14,412 / 12,852 = +12.14%; the column compares A with C, not with the column beside it
    text = (
        "Registrations by brand in May.\n\n"
        "POS. | BRAND | MAY 25 (A) | APR 25 (B) | MAY 24 (C) | % VAR. (A / B) | % VAR. (A / C)\n"
        f"1st | ORLA | 14,412 | 13,905 | 12,852 | 3.65% | {cell}\n"
        "2nd | KESSEL | 9,310 | 9,844 | 10,276 | -5.42% | -9.40%\n"
    )
    vs = [v for v in fc101(text) if v.stated_text == cell]
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [(status, ["14,412", "12,852"])]


@pytest.mark.parametrize(
    "second",
    [
        "and fleet sales were down 30% on 37,600 units",
        "and export deliveries fell 30% on 37,600 units",
        ", and retail registrations dropped 30% on 37,600 units",
    ],
)
def test_a_rate_after_and_with_a_subject_of_its_own_takes_no_level_of_the_clause_before(second: str) -> None:
    # the first clause's 150,100 is another channel's level, never the current of the second rate
    text = f"Home-market sales slipped 2% on the year to 150,100 units {second}."
    vs = fc101(text)
    assert all("150,100" not in [e.quantity.text for e in v.evidence] for v in vs if v.stated_text == "30%"), [
        v.message for v in vs
    ]
    assert all(v.status is not Status.INCONSISTENT for v in vs), [v.message for v in vs]


@pytest.mark.parametrize(
    "sentence",
    [
        "Over the year, sales at Orla eased 9.5% on sales of 313,100.",
        "Full-year sales at the Orla brand fell 9.5% on sales of 313,100 vehicles.",
        "Orla's revenue rose 9.5% on revenue of 313,100 million yen.",
    ],
)
def test_a_rate_on_its_own_metric_of_a_level_names_its_current(sentence: str) -> None:
    v = only(sentence)
    assert v.status is Status.UNVERIFIABLE
    assert [e.quantity.text.split()[0] for e in v.evidence] == ["313,100"], v.message
    assert "implies a baseline" in v.message


def test_a_profit_rate_on_sales_of_a_level_takes_no_sales_figure() -> None:
    # what a profit was earned on is neither its current nor its baseline
    vs = fc101("Net profit climbed 19.5% to 2.3 billion euros on sales of 41 billion euros.")
    assert [e.quantity.text.strip() for v in vs for e in v.evidence if e.role == "baseline"] == []


@pytest.mark.parametrize("link", ["At the same time, ", "On the other hand, ", "Meanwhile, ", ""])
@pytest.mark.parametrize(
    ("rate", "status"), [("nearly 8 per cent", Status.CONSISTENT), ("nearly 6 per cent", Status.INCONSISTENT)]
)
def test_a_sentence_opening_on_its_baseline_after_a_link_of_discourse(link: str, rate: str, status: Status) -> None:
    # 10,660 / 9,900 = +7.68%: the current is the level of the sentence before
    text = (
        "Orla's total volumes stood at 10,660 units in May 2021. "
        f"{link}compared to April 2021, when its total sales stood at 9,900 units, Orla has witnessed {rate}"
        " month-on-month growth in May 2021."
    )
    vs = [v for v in fc101(text) if v.stated_text == rate]
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [(status, ["10,660", "9,900"])], [
        v.message for v in fc101(text)
    ]


@pytest.mark.parametrize("basis", ["M-O-M", "M-o-M", "m-o-m"])
def test_a_basis_written_with_dashes_between_the_rate_and_its_noun(basis: str) -> None:
    # 932 / 1,104 = -15.58%; the baseline's year ("in May 2019" before it) is no date of the level
    text = (
        "Orla's exports grew last month, at 932 units, nearly 17 per cent more when compared with the"
        " 798 shipped in June 2020. In turn, compared with the 1,104 units shipped in May 2021, the carmaker"
        f" logged a sharp 16 per cent {basis} fall in June 2021."
    )
    vs = [v for v in fc101(text) if v.stated_text == "16 per cent"]
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [(Status.CONSISTENT, ["932", "1,104"])], [
        v.message for v in fc101(text)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Orla's orders slid {a} to 3,760 in the third quarter and {b} to 7,000 in the first nine months, compared"
        " to 5,300 in the third quarter of 2019 and 15,240 in the first nine months of 2019.",
        "Kessel's exports fell {a} to 3,760 in May and {b} to 7,000 in the year to date, from 5,300 in May 2020,"
        " and 15,240 in the year to date 2020.",
        "Deliveries dropped {a} to 3,760 in March and {b} to 7,000 in the first quarter versus 5,300 in March"
        " 2020 and 15,240 in the first quarter of 2020.",
    ],
)
@pytest.mark.parametrize(
    ("a", "b", "statuses"),
    [
        ("29%", "54%", [Status.CONSISTENT, Status.CONSISTENT]),
        ("92%", "54%", [Status.INCONSISTENT, Status.CONSISTENT]),
        ("29%", "45%", [Status.CONSISTENT, Status.INCONSISTENT]),
    ],
)
def test_two_rates_with_their_levels_then_their_baselines_in_the_same_turn(
    sentence: str, a: str, b: str, statuses: list[Status]
) -> None:
    # 3,760 / 5,300 = -29.06%; 7,000 / 15,240 = -54.07%
    vs = fc101(sentence.format(a=a, b=b))
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [
        (statuses[0], ["3,760", "5,300"]),
        (statuses[1], ["7,000", "15,240"]),
    ], [v.message for v in vs]


def test_two_rates_whose_baselines_name_no_periods_of_their_own_are_not_paired_in_turn() -> None:
    # with no period said of the levels, "in turn" is a guess: never an alarm
    text = "Orla's orders declined 92% to 3,760 and 54% to 7,000, compared to 5,300 and 15,240."
    assert all(v.status is not Status.INCONSISTENT for v in fc101(text))


@pytest.mark.parametrize(
    "source",
    [
        "according to the European carmakers' association",
        "figures compiled by the European Automobile Manufacturers Association show",
        "as per the European makers' body",
    ],
)
@pytest.mark.parametrize(("rate", "status"), [("almost 36%", Status.CONSISTENT), ("almost 38%", Status.INCONSISTENT)])
def test_the_source_of_a_rate_names_no_market_of_its_own(source: str, rate: str, status: Status) -> None:
    # 12,700 / 19,720 = -35.60%: "European" in the source's name is no market of the rate
    text = (
        f"Sales in the first ten months of 2020 fell by {rate} year-on-year, {source}.\n\n"
        "A total of 12,700 new cars were sold in Portugal in January-October, compared with 19,720 in the"
        " first ten months of 2019."
    )
    vs = [v for v in fc101(text) if v.stated_text == rate]
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [(status, ["12,700", "19,720"])], [
        v.message for v in fc101(text)
    ]


@pytest.mark.parametrize("basis", ["year-on-year", "year on year", "year-over-year", "month-on-month"])
@pytest.mark.parametrize(("rate", "status"), [("60.9%", Status.CONSISTENT), ("69.0%", Status.INCONSISTENT)])
def test_the_basis_right_after_the_level_reached_is_no_span_of_years(basis: str, rate: str, status: Status) -> None:
    text = f"Registrations of compact vans grew from 3,133 to 5,040 {basis}, an increase of {rate}."
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC101"]
    assert v.status is status, v.message
    assert [(e.role, e.quantity.text.strip()) for e in v.evidence] == [("current", "5,040"), ("baseline", "3,133")]


@pytest.mark.parametrize(
    ("line", "status"),
    [
        ("• Group revenue grew 12.6 per cent to MSEK 21,480 (19,076)", Status.CONSISTENT),
        ("• Group revenue grew 16.2 per cent to MSEK 21,480 (19,076)", Status.INCONSISTENT),
        ("Net revenue rose 16.9% to EUR 1,544 million (1,320).", Status.CONSISTENT),
        ("Net revenue rose 19.6% to EUR 1,544 million (1,320).", Status.INCONSISTENT),
    ],
)
def test_a_prior_period_figure_in_brackets_after_an_amount(line: str, status: Status) -> None:
    (v,) = [v for v in factcheck.check_text(f"Halden Group, first quarter\n\n{line}\n") if v.code == "FC101"]
    assert v.status is status, v.message
    assert [e.role for e in v.evidence] == ["current", "baseline"]


@pytest.mark.parametrize(
    ("rate", "status"), [("17.7 per cent", Status.CONSISTENT), ("17.1 per cent", Status.INCONSISTENT)]
)
def test_a_quarter_and_its_short_year_are_no_figures(rate: str, status: Status) -> None:
    # 8.12 / 9.87 = 0.8227: down 17.7%
    text = f"Parts imports slipped quarter-on-quarter by {rate} to $8.12 billion in Q2'24 from $9.87 billion in Q1'24."
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC101"]
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["$8.12 billion", "$9.87 billion"]


@pytest.mark.parametrize("basis", ["year-on-year", "quarter-on-quarter (QoQ)", "y-o-y", "month-over-month"])
@pytest.mark.parametrize(("rate", "status"), [("14.3%", Status.CONSISTENT), ("41.3%", Status.INCONSISTENT)])
def test_the_basis_between_the_verb_and_its_rate(basis: str, rate: str, status: Status) -> None:
    text = f"Kessel's exports rose {basis} by {rate} to 9,120 units from 7,980 units."
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC101"]
    assert v.status is status, v.message


@pytest.mark.parametrize(
    "sentence",
    [
        "Overall sales finished the year a sobering {r} down, at 536,626 units against 552,227 in 2018.",
        "Exports closed the half {r} down, coming in at 536,626 units against 552,227 a year earlier.",
    ],
)
@pytest.mark.parametrize(("rate", "want"), [("2.8%", Status.CONSISTENT), ("8.2%", Status.INCONSISTENT)])
def test_a_rate_whose_direction_closes_its_clause(sentence: str, rate: str, want: Status) -> None:
    (v,) = [v for v in factcheck.check_text(sentence.format(r=rate)) if v.code == "FC101"]
    assert v.status is want, v.message
    assert [e.quantity.text.strip() for e in v.evidence] == ["536,626", "552,227"]


@pytest.mark.parametrize(("rate", "status"), [("4.2%", Status.CONSISTENT), ("2.4%", Status.INCONSISTENT)])
@pytest.mark.parametrize("what", ["powered two- and three-wheelers", "new and used motorbikes", "scooters"])
def test_this_represents_a_rise_on_the_level_of_the_sentence_before(rate: str, status: Status, what: str) -> None:
    # 412,300 / 395,680 - 1 = +4.2%
    text = (
        f"In the first half, 412,300 {what} were registered in the region, figures from the makers show."
        f" This represents an increase of {rate} compared with the 395,680 vehicles registered a year earlier."
    )
    vs = [v for v in factcheck.check_text(text) if v.code == "FC101"]
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [(status, ["412,300", "395,680"])], [
        v.message for v in vs
    ]


@pytest.mark.parametrize(
    ("rate", "status"), [("10.4 percent", Status.CONSISTENT), ("14.0 percent", Status.INCONSISTENT)]
)
@pytest.mark.parametrize(
    "before",
    [
        "Norway took 61 percent of the exports, importing 1,961,100 units from Lumea.",
        "Norway, the largest buyer, was importing 1,961,100 units from Lumea by October.",
        "Norway imported 1,961,100 units from Lumea in the ten months.",
    ],
)
def test_a_rate_on_the_level_of_the_sentence_before_against_a_when_clause(
    rate: str, status: Status, before: str
) -> None:
    # 1,961,100 / 1,775,900 - 1 = +10.4%: "importing" and "imported" name the same imports
    text = (
        f"{before} That is an increase of {rate} on the first ten months of 2016, when the country imported 1,775,900."
    )
    vs = [v for v in factcheck.check_text(text) if v.code == "FC101"]
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [(status, ["1,961,100", "1,775,900"])], [
        v.message for v in vs
    ]


@pytest.mark.parametrize(("rate", "status"), [("11%", Status.CONSISTENT), ("17%", Status.INCONSISTENT)])
@pytest.mark.parametrize(
    "said",
    [
        "For scooters, a {rate} rise in sales was seen; going from 41,200 units to 45,730 units in the quarter.",
        "Scooter sales grew by {rate}; rising from 41,200 units to 45,730 units.",
        "Scooters posted a {rate} gain in the quarter; moving from 41,200 units to 45,730 units.",
    ],
)
def test_a_rate_then_the_levels_it_moved_between_after_a_semicolon(rate: str, status: Status, said: str) -> None:
    # 45,730 / 41,200 - 1 = +11.0%
    text = said.format(rate=rate)
    vs = [v for v in factcheck.check_text(text) if v.code == "FC101"]
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [(status, ["45,730", "41,200"])], [
        v.message for v in vs
    ]


@pytest.mark.parametrize(("baseline", "status"), [("1.07", Status.CONSISTENT), ("1.70", Status.INCONSISTENT)])
@pytest.mark.parametrize(
    "said",
    [
        # rate, current with its gloss, baseline with its gloss
        "Orla Group said net income climbed 12% to €1.2 billion, or €2.10 per ordinary share, from €{b}"
        " billion, or €1.85 per ordinary share, a year earlier.",
        "At Orla Group, quarterly profit rose 12% to €1.2 billion, or €2.10 a share, compared with €{b}"
        " billion, or €1.85 a share.",
        # levels with their glosses, then the rate
        "Orla Group earned €1.2 billion, or €2.10 a diluted share, up from €{b} billion, or €1.85 a share,"
        " a 12% increase.",
    ],
)
def test_a_results_per_share_gloss_is_no_level_of_the_rate(baseline: str, status: Status, said: str) -> None:
    # 1.2 / 1.07 - 1 = +12.1%: ", or €2.10 a share" glosses the profit, like a bracket
    vs = fc101(said.format(b=baseline))
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [
        (status, ["€1.2 billion", f"€{baseline} billion"])
    ], [v.message for v in vs]


@pytest.mark.parametrize(("baseline", "status"), [("1.90", Status.CONSISTENT), ("1.09", Status.INCONSISTENT)])
def test_with_one_result_the_figures_per_share_are_the_pair(baseline: str, status: Status) -> None:
    # 3.20 / 1.90 - 1 = +68.4%, within the rounding of +69%: only the per-share figures have two levels
    (v,) = fc101(
        f"Orla Group earned $311 million, or $3.20 a share, compared with ${baseline} a share, a 69% increase."
    )
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["$3.20", f"${baseline}"]), v.message


@pytest.mark.parametrize(("rate", "status"), [("14.2", Status.CONSISTENT), ("12.4", Status.INCONSISTENT)])
@pytest.mark.parametrize(
    ("said", "level"),
    [
        ("Norvia's dealers delivered 58,320 vans last year, 7,240 units, or {r} per cent, ahead of 2023.", "58,320"),
        ("At 58,320, the year's registrations in Lumea were 7,240, or {r}%, higher than in 2023.", "58,320"),
        ("The 43,840 cars Halden sold were 7,240 units, or {r} per cent, behind 2023.", "43,840"),
    ],
)
def test_a_change_and_its_rate_set_off_by_commas_before_the_comparison(
    rate: str, status: Status, said: str, level: str
) -> None:
    # 7,240 / (58,320 - 7,240) = 7,240 / (43,840 + 7,240) = 14.17%: the rate of the change, no share
    vs = [v for v in factcheck.check_text(said.format(r=rate)) if v.code in ("FC101", "FC102")]
    assert [(v.code, v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [
        ("FC101", status, [level, "7,240"])
    ], [v.message for v in vs]


@pytest.mark.parametrize(
    "said",
    [
        "Kessel's quarterly revenue increased to $128.4 million from $104.6 million, and same-store revenue grew 9.2%.",
        "Orla's revenue rose to €3.1 billion from €2.6 billion, with like-for-like sales up 6.4%.",
        "Drevon's revenue reached $7.3 billion against $6.5 billion, while organic revenue growth was 8%.",
        "Vessa's sales came to $7.3 billion from $6.5 billion, up 3% at constant currency.",
    ],
)
def test_a_rate_on_a_narrower_basis_is_no_change_of_the_reported_levels(said: str) -> None:
    # the levels grew 22.8%, 19.2% and 12.3%: the same-store, like-for-like, organic or
    # constant-currency rate is another measure, and the article gives none of its levels
    (v,) = fc101(said)
    assert (v.status, v.evidence) == (Status.UNVERIFIABLE, ()), v.message


@pytest.mark.parametrize(("rate", "status"), [("9.2%", Status.CONSISTENT), ("2.9%", Status.INCONSISTENT)])
def test_levels_said_on_the_rates_basis_are_its_levels(rate: str, status: Status) -> None:
    # 819 / 750 - 1 = +9.2%: the levels are the comparable-store sales themselves
    (v,) = fc101(f"Sorvi's comparable-store sales rose {rate} to $819 million from $750 million.")
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["$819 million", "$750 million"]), v.message


@pytest.mark.parametrize(
    "market",
    ["Used import passenger car arrivals", "Second-hand passenger car sales", "Sales of pre-owned passenger cars"],
)
def test_a_period_named_baseline_is_not_another_markets_figure(market: str) -> None:
    # February's figures are new-car sales: the used or imported cars' change has no baseline here
    text = (
        "# Norvia\n\nDealers had a busy March, with March passenger car sales of 5,120 units ahead of"
        f" February's 4,310 units by 18.8 percent.\n\n{market}, at 8,210, climbed 21 percent on February."
    )
    (v,) = [v for v in fc101(text) if v.stated_text == "21 percent"]
    assert (v.status, [e.quantity.text for e in v.evidence]) == (Status.UNVERIFIABLE, ["8,210"]), v.message


@pytest.mark.parametrize(("rate", "status"), [("28", Status.CONSISTENT), ("82", Status.INCONSISTENT)])
def test_a_period_named_baseline_of_the_same_market_is_found(rate: str, status: Status) -> None:
    # 8,210 / 6,414 - 1 = +28.0%
    text = (
        "# Norvia\n\nUsed car sales reached 6,414 in February, the dealers said.\n\n"
        f"Used car sales in March, at 8,210, were {rate} percent higher than in February."
    )
    (v,) = fc101(text)
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["8,210", "6,414"]), v.message


@pytest.mark.parametrize(("rate", "status"), [("24%", Status.CONSISTENT), ("42%", Status.INCONSISTENT)])
@pytest.mark.parametrize(
    "said",
    [
        "Net income was $16.3 million ($2.07 per diluted share) versus $14.9 million ($1.67 per diluted share) for"
        " the prior-year quarter, a {r} increase in diluted earnings per share.",
        "Orla earned $16.3 million, or $2.07 a share, against $14.9 million, or $1.67 a share, a year earlier, a {r}"
        " rise in EPS.",
        "Profit came to $16.3 million ($2.07 per share) compared with $14.9 million ($1.67 per share) ({r} growth in"
        " earnings per share).",
    ],
)
def test_a_rate_of_earnings_per_share_compares_the_figures_per_share(rate: str, status: Status, said: str) -> None:
    # 2.07 / 1.67 - 1 = +24.0%; the profits themselves grew 9.4%
    vs = fc101(said.format(r=rate))
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [(status, ["$2.07", "$1.67"])], [
        v.message for v in vs
    ]


@pytest.mark.parametrize(("rate", "status"), [("24%", Status.CONSISTENT), ("42%", Status.INCONSISTENT)])
@pytest.mark.parametrize(
    "said",
    [
        "Orla reported a {r} increase in EPS, to $2.07 from $1.67, on revenue of $4.1 billion.",
        "Kessel booked a {r} rise in diluted earnings per share, to $2.07 from $1.67 a year earlier.",
        "Sorvi saw a {r} increase in basic earnings per share, to $2.07 from $1.67 a year earlier.",
    ],
)
def test_an_earnings_per_share_rate_keeps_the_levels_said_after_it(rate: str, status: Status, said: str) -> None:
    # 2.07 / 1.67 - 1 = +24.0%: "to $2.07 from $1.67" are the rate's own levels, per share or not
    vs = fc101(said.format(r=rate))
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [(status, ["$2.07", "$1.67"])], [
        v.message for v in vs
    ]


@pytest.mark.parametrize(
    ("said", "pairs"),
    [
        (
            "Kessel's car and van deliveries climbed 84 and 162.5 percent year-on-year to 208,000 and 61,000"
            " respectively.",
            [("84", "208,000"), ("162.5 percent", "61,000")],
        ),
        (
            "Orla's exports and home sales grew 12% and 30% year on year to 41,200 and 18,900, respectively.",
            [("12%", "41,200"), ("30%", "18,900")],
        ),
        (
            "Sales of Drevon's BEVs and PHEVs rose 40 and 15 percent y-o-y, to 8,100 and 2,300 respectively.",
            [("40", "8,100"), ("15 percent", "2,300")],
        ),
    ],
)
def test_rates_listed_with_their_basis_reach_their_levels_in_turn(said: str, pairs: list[tuple[str, str]]) -> None:
    # No baseline is stated: each rate is unverifiable, but it names its own level, never the level
    # minus the other rate (a bare "84" is a rate of the list, not 84 units) nor the next level as a
    # baseline ("year on year to 41,200": a basis, then the level reached)
    got = _rates(said)
    assert [(t, s, ev) for t, s, ev in got] == [(t, Status.UNVERIFIABLE, [lvl]) for t, lvl in pairs], got


@pytest.mark.parametrize(("r", "status"), [("26%", Status.CONSISTENT), ("62%", Status.INCONSISTENT)])
@pytest.mark.parametrize(
    ("head", "body"),
    [
        (
            "Halden car sales grow {r} in November, close to 2025 goal",
            "November sales alone climbed 25.9 percent to 31,480 units from 25,000 units in the same month for 2024.",
        ),
        (
            "Orla deliveries up {r} in the third quarter of 2025",
            "Third-quarter deliveries rose 25.9 percent to 31,480 from 25,000 in the same quarter for 2024.",
        ),
        (
            "Kessel's June 2025 registrations jump {r}",
            "Registrations in June increased 25.9 percent to 31,480 units, against 25,000 in the same month in 2024.",
        ),
    ],
)
def test_a_headline_rate_dated_by_its_year_reaches_the_body_whose_baseline_names_the_year_before(
    r: str, status: Status, head: str, body: str
) -> None:
    # "in the same month for 2024" dates the baseline, never the body's own level: the headline's
    # 2025 rate is the body's. 31,480 vs 25,000 is +25.92%
    text = f"{head.format(r=r)}\n\n{body}"
    got = [g for g in _rates(text) if g[0] == r]
    assert got == [(r, status, ["31,480", "25,000"])], _rates(text)
    # ... and restates the body's rate, both of the same month or quarter
    same = [v for v in factcheck.check_text(text) if v.code == "FC107"]
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in same] == [(status, [r, "25.9 percent"])], [
        v.message for v in same
    ]


@pytest.mark.parametrize(("r", "status"), [("46.8 percent", Status.CONSISTENT), ("64.8 percent", Status.INCONSISTENT)])
@pytest.mark.parametrize(
    "said",
    [
        "Truck sales accelerated by {r} to 21,993 units from 14,981 units.",
        "Kessel's van deliveries accelerated by {r} year on year, to 21,993 from 14,981.",
        "Exports accelerated by {r} in March to 21,993 vehicles, compared with 14,981 a year earlier.",
    ],
)
def test_sales_accelerated_by_a_rate_rose_by_it(r: str, status: Status, said: str) -> None:
    # 21,993 vs 14,981 is +46.81%
    assert _rates(said.format(r=r)) == [(r, status, ["21,993", "14,981"])]


@pytest.mark.parametrize(
    "bracket",
    [
        "(13,240 units sold in 2025 vs. 16,720 in 2024)",
        "(13,240 units delivered this year vs. 16,720 last year)",
        "(13,240 cars in 2025 versus 16,720 in 2024)",
    ],
)
@pytest.mark.parametrize(("rate", "status"), [("20.81%", Status.CONSISTENT), ("28.01%", Status.INCONSISTENT)])
def test_a_bracket_of_two_levels_each_dated_by_its_year(bracket: str, rate: str, status: Status) -> None:
    text = f"Year to date, Lumea's truck sales show a {rate} decrease {bracket}."
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC101"]
    assert v.status is status, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "13,240"), ("baseline", "16,720")]


@pytest.mark.parametrize(
    "text",
    [
        "Korvik's pre-tax loss plunged by {r} to £196.4m from £130.9m a year earlier.",
        "Its operating loss went from a deficit of $88.2m to $100.5m, a drop of {r}.",
        "The group's net loss fell {r} to €61.0m, from €40.7m in the first half of last year.",
    ],
)
def test_a_fall_said_of_a_loss_that_grew_is_the_result_falling(text: str) -> None:
    right = {"£": "50%", "$": "14%", "€": "50%"}[next(c for c in "£$€" if c in text)]
    (v,) = fc101(text.format(r=right))
    assert v.status is Status.CONSISTENT, v.message
    # a slip of the size is still a slip
    (v,) = fc101(text.format(r="5" + right))
    assert v.status is Status.INCONSISTENT, v.message


@pytest.mark.parametrize(
    "text",
    [
        "Two-wheeler registration de-grew by {r} at 7,14,300 units against 9,90,450 units.",
        "Tractor sales degrew {r} to 7,14,300 units from 9,90,450 units a year earlier.",
        "Scooter dispatches posted a de-growth of {r} at 7,14,300 units against 9,90,450 units.",
    ],
)
@pytest.mark.parametrize(("rate", "status"), [("27.88%", Status.CONSISTENT), ("28.78%", Status.INCONSISTENT)])
def test_indian_englishs_de_grew_is_a_fall(text: str, rate: str, status: Status) -> None:
    (v,) = fc101(text.format(r=rate))
    assert v.status is status, v.message


# A level its words date earlier, then the rate of its clause "to" the later level (and the later
# level with two adjacent digits swapped).
_DATED_BEFORE = [
    (
        "Korvik's shipments abroad came to $612 million in 2019, climbing 0.47% to $614.9 million a year later.",
        "$612 million",
        "$614.9 million",
        "$641.9 million",
    ),
    (
        "Orla sold 10,240 cars in 2023 and then increased its sales by 5% to 10,752 in 2024.",
        "10,240",
        "10,752",
        "10,572",
    ),
    (
        "Drevon's revenue was $1.20 billion in the first quarter of 2023, increasing 10% in the same quarter"
        " this year to $1.32 billion.",
        "$1.20 billion",
        "$1.32 billion",
        "$1.23 billion",
    ),
    (
        "Lumea delivered 2,050 vans in May last year, and the figure grew 20% to 2,460 this May.",
        "2,050",
        "2,460",
        "2,640",
    ),
    ("Tessin exported 5,120 cars in March, falling 20% to 4,096 in April.", "5,120", "4,096", "4,906"),
]


@pytest.mark.parametrize(("text", "baseline", "current", "mistyped"), _DATED_BEFORE)
def test_a_level_dated_earlier_is_the_baseline_of_the_rate_to_a_later_level(
    text: str, baseline: str, current: str, mistyped: str
) -> None:
    v = only(text)
    assert v.status is Status.CONSISTENT
    assert {(e.role, e.quantity.text.strip()) for e in v.evidence} == {("baseline", baseline), ("current", current)}
    assert only(text.replace(current, mistyped)).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "text",
    [
        # another subject's rate: the link names a subject of its own
        "Kessel sold 10,000 cars in 2023, and its EV sales rose 5% to 2,100 in 2024.",
        "Lumea had 900 dealers in 2023, and its sales rose 10% to 9,900 in 2024.",
        "Tessin's revenue was $2.0 billion in 2023, while its profit rose 10% to $220 million in 2024.",
        # nothing dates the later level after a month
        "Orla sold 10,000 cars in May, rising 5% to 10,500.",
    ],
)
def test_a_dated_level_of_another_subject_or_period_is_no_baseline(text: str) -> None:
    v = only(text)
    assert v.status is Status.UNVERIFIABLE and not any(e.role == "baseline" for e in v.evidence)


@pytest.mark.parametrize(
    ("text", "implied"),
    [
        ("Exports rose 0.47 percent to $614,9 million in January.", "$612.02 million"),
        ("Sales rose 5% to 1,19 million units in May.", "1.133 million"),
        ("Output fell 10% to 4,5 billion euros.", "5.00 billion euros"),
    ],
)
def test_an_implied_baseline_reads_a_decimal_comma_as_decimals(text: str, implied: str) -> None:
    assert f"implies a baseline of about {implied}" in only(text).message


@pytest.mark.parametrize(
    "text",
    [
        "Kessel registered 12,660 cars from January to October, a decrease of 22% compared to the same period"
        " in 2019 (almost 3,600 units lost).",
        "Orla's exports reached 12,150 units in 2024, up 8% on the year before (some 900 units gained).",
        "Drevon built 7,310 vans in the first half, 12% fewer than in the same half of 2023 (about 1,000"
        " vehicles shed).",
    ],
)
def test_the_amount_lost_or_gained_in_brackets_is_no_baseline(text: str) -> None:
    v = only(text)
    assert v.status is Status.UNVERIFIABLE and not any(e.role == "baseline" for e in v.evidence)


@pytest.mark.parametrize(
    "second",
    [
        "Kessel's sales soared {r}, albeit on a small base.",
        "Drevon's deliveries climbed {r} in the month.",
        "Sorell's registrations were up {r}.",
    ],
)
@pytest.mark.parametrize("r", ["39.9%", "93.9%"])
def test_a_rate_of_another_company_does_not_point_back_at_the_level_before(second: str, r: str) -> None:
    # the level before is the group's (Orla's) or a rival's: the rate names a company of its own
    text = "Orla Group sales surged 21.1% to 17,150 units in March, led by Orla Cars. " + second.format(r=r)
    v = next(v for v in fc101(text) if r in v.stated_text)
    assert v.status is Status.UNVERIFIABLE, v.message
    assert all(e.quantity.text != "17,150" for e in v.evidence)


@pytest.mark.parametrize(
    ("lead", "other"),
    [
        # exports said beside production: the production levels are none of the exports' rate
        ("Tessin's car output dropped 3.1 percent in May while car exports sank {r}", "exports"),
        # a fleet slice beside the overall sales: the overall levels are none of the fleet rate
        ("Orla posted a 1.7% drop in overall sales in the quarter as fleet deliveries slipped {r}", "fleet"),
        ("Orla's sales eased 1.7% in the quarter, while its fleet sales dropped {r}", "fleet"),
    ],
)
@pytest.mark.parametrize("r", ["23%", "32%"])
def test_a_slice_rate_of_a_lead_takes_no_levels_of_the_whole_said_next(lead: str, other: str, r: str) -> None:
    # (the whole's own rate, 3.1% or 1.7%, is what the levels next give)
    nxt = (
        " The cars built numbered 251,300 in May, down from 259,400 a year earlier."
        if other == "exports"
        else " Orla's dealers moved 512,840 new vehicles in the quarter, compared with 521,630 a year earlier."
    )
    v = next(v for v in fc101(lead.format(r=r) + "." + nxt) if r in v.stated_text)
    assert v.status is Status.UNVERIFIABLE, v.message


@pytest.mark.parametrize(
    "days",
    [
        "The month had 24 selling days, one fewer than a year earlier.",
        "Measured by the daily selling rate, demand held up better.",
        "On a DSR basis the picture was brighter.",
    ],
)
def test_a_change_in_an_article_that_counts_selling_days_may_be_per_day(days: str) -> None:
    # 110,420 vs 118,650 is -6.9% in volume; -3.0% per selling day (24 against 25 days) is what the
    # trade press reports: never an alarm, whichever the article gives
    text = f"Tessin dealers sold 110,420 light vehicles in May, a drop of 3.0% from 118,650 a year earlier. {days}"
    v = only(text)
    assert v.status is Status.UNVERIFIABLE, v.message
    assert "selling day" in v.message
    # the same figures without selling days: the volumes are what the rate compares
    plain = only("Tessin dealers sold 110,420 light vehicles in May, a drop of 3.0% from 118,650 a year earlier.")
    assert plain.status is Status.INCONSISTENT, plain.message
    # a rate further from the volumes than any two months' selling days allow is a slip either way
    far = only(
        f"Tessin dealers sold 110,420 light vehicles in May, a drop of 30.0% from 118,650 a year earlier. {days}"
    )
    assert far.status is Status.INCONSISTENT, far.message


@pytest.mark.parametrize(
    "text",
    [
        "Compared with the 16,640 cars made in June 2023, Tessin's output dropped {r} to 15,725 in June.",
        "Against the 16,640 units of a year earlier, Orla's deliveries fell {r} to 15,725 last month.",
        "Compared to the sales last June of 16,640 units, Kessel's sales decreased by {r} or 15,725 units sold"
        " this June.",
    ],
)
@pytest.mark.parametrize(("r", "expected"), [("5.5%", Status.CONSISTENT), ("55%", Status.INCONSISTENT)])
def test_a_sentence_opening_on_its_baseline_then_the_level_reached(text: str, r: str, expected: Status) -> None:
    # 15,725 vs 16,640 is -5.5%
    v = only(text.format(r=r))
    assert v.status is expected, v.message
    assert [e.quantity.text for e in v.evidence] == ["15,725", "16,640"]


@pytest.mark.parametrize(
    "text",
    [
        "Tessin's car sales rose by {r} or 39,331 units sold this July, from 39,088 in June.",
        "Orla's exports grew {r}, or 39,331 vehicles delivered in July, against 39,088 in June.",
        "Kessel's registrations fell by {r} or 38,845 units registered last month, from 39,088 a month earlier.",
    ],
)
def test_a_level_after_or_with_its_own_period_is_the_level_reached(text: str) -> None:
    # 39,331 vs 39,088 is +0.6%; 38,845 vs 39,088 is -0.6%
    for r, expected in (("0.6%", Status.CONSISTENT), ("6.0%", Status.INCONSISTENT)):
        v = only(text.format(r=r))
        assert v.status is expected, v.message


@pytest.mark.parametrize(
    "body",
    [
        "In the April-to-June quarter Orla sold 612,340 vehicles - including 14,210 battery cars - up from"
        " 2022's second-quarter deliveries of 515,770.",
        "Orla sold 612,340 vehicles in the April-June quarter (including 14,210 vans), up from last year's"
        " second-quarter total of 515,770.",
        "From April to June Orla delivered 612,340 vehicles, including 14,210 pickups, up from 515,770 a year earlier.",
    ],
)
@pytest.mark.parametrize(("r", "expected"), [("19%", Status.CONSISTENT), ("91%", Status.INCONSISTENT)])
def test_a_lead_rate_takes_the_quarters_levels_said_next(body: str, r: str, expected: Status) -> None:
    # 612,340 vs 515,770 is +18.7%: the part the level includes is no level of the comparison, and
    # "April to June" is the second quarter the lead names
    text = f"Orla's sales in the second quarter rose {r} year over year, the company said.\n\n{body}\n"
    v = next(v for v in fc101(text) if v.stated_text == r)
    assert v.status is expected, v.message
    assert [e.quantity.text for e in v.evidence] == ["612,340", "515,770"]


@pytest.mark.parametrize(
    "text",
    [
        "Orla said its first-quarter sales dropped {r} to 512,840 vehicles compared with the year-ago quarter,"
        " when its sales soared 17.6% with 521,630 new vehicles.",
        "Kessel's deliveries fell {r} to 512,840 units from the first quarter of 2023, when they jumped 9 per"
        " cent to 521,630.",
        "Drevon's registrations eased {r} to 512,840 against March last year, when they rose 4.2% to 521,630.",
    ],
)
@pytest.mark.parametrize(("r", "expected"), [("1.7%", Status.CONSISTENT), ("7.1%", Status.INCONSISTENT)])
def test_a_baselines_when_clause_with_its_own_change(text: str, r: str, expected: Status) -> None:
    # 512,840 vs 521,630 is -1.7%; the rate inside the "when" clause is the earlier period's own
    v = next(v for v in fc101(text.format(r=r)) if v.stated_text == r)
    assert v.status is expected, v.message
    assert [e.quantity.text for e in v.evidence] == ["512,840", "521,630"]


@pytest.mark.parametrize(
    "text",
    [
        "Tessin's retail car sales corrected by {r} year on year to 361,240 units, down from 421,980 units.",
        "Wholesales of Orla cars corrected by {r} to 361,240 units in the first half, from 421,980 a year earlier.",
        "Kessel's exports corrected by {r} compared with last year, to 361,240 units from 421,980.",
    ],
)
@pytest.mark.parametrize(("r", "expected"), [("14.4%", Status.CONSISTENT), ("41.4%", Status.INCONSISTENT)])
def test_corrected_by_is_a_fall(text: str, r: str, expected: Status) -> None:
    # 361,240 vs 421,980 is -14.4%
    v = only(text.format(r=r))
    assert v.status is expected, v.message


@pytest.mark.parametrize(
    "text",
    [
        "Orla booked revenues of Rp 21.40 trillion in the half, up by 25.9 percent from Rp 17.00 trillion, and"
        " its operating profit rose by {r} to Rp 2.44 trillion from Rp 1.87 trillion a year before.",
        "Kessel's turnover grew 25.9% to RM21.40 billion from RM17.00 billion, while its net profit climbed {r} to"
        " RM2.44 billion from RM1.87 billion.",
        "Drevon's sales rose 25.9 per cent to EUR 21.40 billion from EUR 17.00 billion, and its operating profit"
        " rose {r} to EUR 2.44 billion from EUR 1.87 billion.",
    ],
)
@pytest.mark.parametrize(("r", "expected"), [("30.8%", Status.CONSISTENT), ("38.0%", Status.INCONSISTENT)])
def test_the_second_clauses_rate_is_its_own_measures(text: str, r: str, expected: Status) -> None:
    # 2.44 vs 1.87 is +30.5% (+29.9% to +31.1% as rounded): the rate of the profit, not of the revenue
    v = next(v for v in fc101(text.format(r=r)) if v.stated_text == r)
    assert v.status is expected, v.message
    current, baseline = (e.quantity.text for e in v.evidence)
    assert "2.44" in current and "1.87" in baseline


@pytest.mark.parametrize(
    "text",
    [
        "In May, Orla's exports fell {r}, with 183,320 vehicles shipped to buyers across the northern border, down"
        " from 205,510 in May 2024.",
        "Kessel's deliveries slipped {r} to 183,320 cars handed over to customers across the country in May, down from"
        " 205,510 a year earlier.",
        "Drevon's van sales rose {r} to 205,510 units sold through its dealer network in the quarter, up from 183,320"
        " a year earlier.",
    ],
)
def test_a_long_description_of_the_level_before_down_from(text: str) -> None:
    # 183,320 vs 205,510 is -10.8%; 205,510 vs 183,320 is +12.1%
    good = "12.1%" if "rose" in text else "10.8%"
    v = only(text.format(r=good))
    assert v.status is Status.CONSISTENT, v.message
    bad = "21.1%" if "rose" in text else "18.0%"
    assert only(text.format(r=bad)).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "second",
    [
        "Even so, the August 2019 tally is {r} below August 2018, in which 65,560 cars were handed"
        " over, a difference of 14,420 cars.",
        "Even so, the August 2019 tally is {r} below August 2018, in which 65,560 cars were handed"
        " over, a gap of 14,420 cars.",
        "Even so, the August 2019 tally is {r} below August 2018, in which 65,560 cars were handed"
        " over, a shortfall of 14,420 cars.",
    ],
)
@pytest.mark.parametrize(("r", "expected"), [("22%", Status.CONSISTENT), ("12%", Status.INCONSISTENT)])
def test_a_gap_after_the_baseline_is_no_level_of_its_own(second: str, r: str, expected: Status) -> None:
    # 51,140 vs 65,560 is -22.0%: "a difference of 14,420" is how far apart, and the July of the
    # comparison before ("from the 50,845 cars it counted in July") does not date the August level
    text = (
        "The trade body said August 2019 saw 51,140 cars handed to buyers over the month, up 295 cars – or 0.58% –"
        " from the 50,845 cars it counted in July. " + second.format(r=r)
    )
    v = next(v for v in fc101(text) if v.stated_text == r)
    assert v.status is expected, v.message
    assert [e.quantity.text for e in v.evidence] == ["51,140", "65,560"]


# --- a country in a company's own name is no market, and exports are no level of domestic sales

_DOMESTIC = (
    "{co} reported a rise of {r} per cent in its domestic sales in May 2024.\n\n"
    "{levels}"
    "However, its exports fell to 5,100 units in May from 9,600 units in May 2023."
)
_DOMESTIC_LEVELS = (
    "Its total domestic dispatches grew to 40,210 units from 34,880 units sold in the same month of last year.\n\n"
)


@pytest.mark.parametrize("co", ["Drevon Motor India", "Kessel Cars India", "Lumea Auto Pakistan"])
def test_a_domestic_rate_takes_the_domestic_levels_whatever_country_the_company_is_named_after(co: str) -> None:
    def rate(r: str):
        (v,) = [v for v in fc101(_DOMESTIC.format(co=co, r=r, levels=_DOMESTIC_LEVELS)) if v.stated_text.startswith(r)]
        return v

    v = rate("15.3")
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["40,210", "34,880"]
    assert rate("13.5").status is Status.INCONSISTENT


@pytest.mark.parametrize("co", ["Drevon Motor India", "Kessel Cars India", "Lumea Auto Pakistan"])
def test_exports_are_no_levels_of_a_domestic_rate(co: str) -> None:
    vs = [v for v in fc101(_DOMESTIC.format(co=co, r="15.3", levels="")) if v.stated_text.startswith("15.3")]
    assert [v.status for v in vs] == [Status.UNVERIFIABLE], [v.message for v in vs]


# --- a rate set against the levels ("despite a 9% rise in sales") is of something else; a month that
# ends a reporting period names that period, so the next sentence's undated levels are of it too


@pytest.mark.parametrize(
    "clause",
    ["despite a 12% increase in revenue", "in spite of an 8% rise in deliveries", "notwithstanding a 5% gain in sales"],
)
def test_a_rate_set_against_the_levels_is_not_their_change(clause: str) -> None:
    text = f"Orla's net profit stood at 41.2 million euros, down from 52.6 million euros, {clause}."
    assert [v.status for v in fc101(text)] == [Status.UNVERIFIABLE]


_RESULTS = (
    "Kessel Motors (Tessin) Limited reported a {r}% drop in profit-after-tax (PAT) for the {period}, against "
    "the same period a year earlier. The company's PAT stood at Rs 412.6 million, down from Rs 527.0 million, "
    "despite a 9% increase in net sales."
)


@pytest.mark.parametrize(
    "period", ["quarter ending June 30, 2024", "half ended June 2024", "year ended March 31, 2024"]
)
def test_a_rate_for_a_period_ending_in_a_month_takes_the_next_sentences_levels(period: str) -> None:
    def rate(r: str):
        (v,) = [v for v in fc101(_RESULTS.format(r=r, period=period)) if v.stated_text.startswith(r)]
        return v

    v = rate("21.7")
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["Rs 412.6 million", "Rs 527.0 million"]
    assert rate("27.1").status is Status.INCONSISTENT
    (nine,) = [v for v in fc101(_RESULTS.format(r="21.7", period=period)) if v.stated_text == "9%"]
    assert nine.status is Status.UNVERIFIABLE, nine.message


# --- a sentence that opens on its baseline and names the current by period and metric as the
# subject of the rate's own clause ("..., March sales dropped by 20.9 per cent"), after a lead whose
# fiscal year-to-date total runs across the turn of a year

_SUBJECT_LEAD = (
    "Tessin car sales up 9 per cent\n\n"
    "Dealers sold 9,140 passenger cars in March 2025, up from 8,390 units in March 2024. From July 2024 to "
    "March 2025, total car sales reached 70,215 units, a rise from the 51,880 units sold in the same period a "
    "year earlier.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "However, compared with February 2025, when 11,560 units were sold, March sales dropped by {r} per cent.",
        "Against February, when dealers sold 11,560 cars, March deliveries fell {r} per cent.",
        "Compared to February 2025, when 11,560 were registered, March's registrations slipped {r}%.",
    ],
)
def test_the_current_named_as_the_subject_of_the_rates_own_clause(sentence: str) -> None:
    def rate(r: str):
        (v,) = [v for v in fc101(_SUBJECT_LEAD + sentence.format(r=r)) if v.stated_text.startswith(r)]
        return v

    v = rate("20.9")
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["9,140", "11,560"]
    assert rate("29.0").status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "text",
    [
        "Van sales rose {r}% to 34,890 units in May 2024 over 33,258 units in May 2023.",
        "Kessel's deliveries grew {r}% to 34,890 units over 33,258 units a year earlier.",
        "Exports climbed {r}% to 34,890 vehicles over 33,258 vehicles in the same month last year.",
    ],
)
def test_over_after_a_level_or_its_date_compares(text: str) -> None:
    # 34,890 / 33,258 = +4.9%: "over" after a level or its date is no hedge of the figure after it
    v = only(text.format(r="4.9"))
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["34,890", "33,258"]
    assert only(text.format(r="9.4")).status is Status.INCONSISTENT


@pytest.mark.parametrize("text", ["Kessel sold over 33,000 cars in May.", "Sales of over 33,000 units were recorded."])
def test_over_before_a_figure_of_its_own_is_still_a_hedge(text: str) -> None:
    from factcheck.numbers import iter_quantities

    (q,) = [q for q in iter_quantities(text) if q.value == 33000]
    assert q.hedge == "more"


# --- a year-on-year and a month-on-month rate, then one level and two baselines, a month back and
# a year back: each rate takes the baseline its basis names ("domestic" there is the home market of
# the country the sentence before names)


@pytest.mark.parametrize(
    "text",
    [
        "In India, car sales rose {y}% on a year-on-year basis and {m}% on a month-on-month basis. Domestic sales "
        "stood at 41,300 vehicles, compared to 40,100 units sold in April and 35,000 vehicles sold in May 2024.",
        "Orla's sales grew {y}% year on year and {m}% month on month. It sold 41,300 cars, against 40,100 in April "
        "and 35,000 in May last year.",
        "Kessel's deliveries rose {y}% from a year earlier and {m}% from the previous month. Deliveries came to "
        "41,300 units, versus 40,100 units a month earlier and 35,000 units a year ago.",
    ],
)
def test_each_rate_takes_the_baseline_its_basis_names(text: str) -> None:
    def operands(y: str, m: str) -> list[tuple[str, Status, list[str]]]:
        return [(v.stated_text, v.status, [e.quantity.text for e in v.evidence]) for v in fc101(text.format(y=y, m=m))]

    assert operands("18", "3") == [
        ("18%", Status.CONSISTENT, ["41,300", "35,000"]),
        ("3%", Status.CONSISTENT, ["41,300", "40,100"]),
    ]
    assert [s for _, s, _ in operands("81", "8")] == [Status.INCONSISTENT, Status.INCONSISTENT]


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "The 12,410 cars sold in May represent a rise in {r} compared to May last year (9,650 cars).",
            "28.6%",
            "26.8%",
        ),
        (
            "Registrations came to 12,410 units, an increase in {r} on the 9,650 units of a year earlier.",
            "28.6%",
            "82.6%",
        ),
        ("Exports slid to 9,650 units in May, a drop in {r} from 12,410 units a year earlier.", "22.2%", "2.22%"),
    ],
)
def test_a_change_noun_with_in_before_its_size(text: str, right: str, wrong: str) -> None:
    # "a rise in 28.6%": translated copy's preposition; the rate is the change's all the same
    v = only(text.format(r=right))
    assert v.status is Status.CONSISTENT, v.message
    assert sorted(e.quantity.text for e in v.evidence) == ["12,410", "9,650"]
    assert only(text.format(r=wrong)).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "text",
    [
        "Van sales narrowed {r}% to 8,130 units from 9,280 units.",
        "Sales totalled 8,130 in the half, narrowing {r} percent from 9,280 a year earlier.",
        "Kessel's net loss narrowed {r}% to 8,130 million yen from 9,280 million yen.",
    ],
)
def test_narrowing_is_a_fall(text: str) -> None:
    v = only(text.format(r="12.4"))
    assert v.status is Status.CONSISTENT and v.computed is not None and v.computed < 0, v.message
    assert only(text.format(r="21.4")).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "Kessel's sales totalled 19,510 in the first half, falling around {r} percent on a yearly basis. Some "
            "36,810 units were sold in the same half of 2023.",
            "47",
            "74",
        ),
        (
            "Sales came to 8,200 units in May, down {r}% on the year. About 9,318 units were sold in the same month "
            "of 2023.",
            "12.0",
            "21.0",
        ),
        (
            "Registrations reached 4,410 in March, up {r}% year on year. Around 4,042 vehicles were registered in "
            "the same month of 2023.",
            "9.1",
            "1.9",
        ),
    ],
)
def test_a_bare_count_of_the_same_period_of_a_named_year_next_is_the_baseline(
    text: str, right: str, wrong: str
) -> None:
    v = only(text.format(r=right))
    assert v.status is Status.CONSISTENT, v.message
    assert "baseline" in [e.role for e in v.evidence]
    assert only(text.format(r=wrong)).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        ("Exports of the Talo fell {r}% to 4 units from 4,120 units.", "99.9", "9.99"),
        ("Drevon's EV sales jumped {r}% to 2,460 units from 40 units a year earlier.", "6,050", "6,500"),
        ("Registrations of the old model dropped to 12 units from 9,576 units, a fall of {r}%.", "99.9", "9.99"),
    ],
)
def test_levels_far_apart_when_the_rate_itself_says_so(text: str, right: str, wrong: str) -> None:
    # a model dropped (-99.9%) or a launch year (+6,050%): the rate itself says the levels are that far apart
    assert only(text.format(r=right)).status is Status.CONSISTENT
    assert only(text.format(r=wrong)).status is not Status.CONSISTENT


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        ("Kessel's net sales dropped massively by {r}% to Rs. 18.10 billion from Rs. 24.30 billion.", "25.5", "52.5"),
        (
            "Orla's deliveries were increasing very rapidly by {r} percent to 9,340 units, from 2,710 units.",
            "244.6",
            "424.6",
        ),
        ("Registrations grew steadily by {r}% to 41,250 compared with 38,600 a year earlier.", "6.9", "9.6"),
    ],
)
def test_an_adverb_of_manner_between_the_verb_and_its_rate(text: str, right: str, wrong: str) -> None:
    assert only(text.format(r=right)).status is Status.CONSISTENT
    assert only(text.format(r=wrong)).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "text",
    [
        "Gross profit dropped by {r}% to just Rs. 612 million compared to Rs. 1.04 billion a year earlier.",
        "Exports slid {r} percent to only 3,180 units from 5,390 units.",
        "Van sales fell {r}% to a mere 1,270 from 2,152 in May 2023.",
    ],
)
def test_a_belittled_level_reached_is_the_current(text: str) -> None:
    assert only(text.format(r="41")).status is Status.CONSISTENT
    assert only(text.format(r="14")).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "text",
    [
        "Van sales registered an uptick of {r} percent to 9,230 units from 8,240 units.",
        "Revenue posted a {r}% upswing to $9.23 billion from $8.24 billion.",
        "Kessel's exports saw a {r}% upturn, reaching 9,230 units against 8,240 a year earlier.",
    ],
)
def test_a_rise_by_any_name(text: str) -> None:
    assert only(text.format(r="12")).status is Status.CONSISTENT
    assert only(text.format(r="21")).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "text",
    [
        "Truck sales suffered a downturn of {r} percent to 8,240 units from 9,230 units.",
        "Orla's output showed an {r}% downtick, at 8,240 units against 9,230 a year earlier.",
        "Registrations recorded an {r}% downswing to 8,240 from 9,230 in May 2023.",
    ],
)
def test_a_fall_by_any_name(text: str) -> None:
    v = only(text.format(r="11"))
    assert v.status is Status.CONSISTENT and v.computed is not None and v.computed < 0, v.message
    assert only(text.format(r="17")).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "lead",
    [
        "Kessel's van sales fell {r}% in May.",
        "Van sales at Kessel slipped {r} percent in May, the company said.",
        "Kessel reported a {r}% drop in van sales for May.",
    ],
)
def test_a_lead_rate_is_the_body_rate_rounded_half_up(lead: str) -> None:
    # the body's "2.5%" (for 1,167 / 1,197 = -2.506%) rounds half up to the lead's "3%"; "2%" may
    # round a 2.5% that was 2.46%, so the lead takes no levels from it
    body = (
        "\n\nIts dealers opened 14 new showrooms.\n\n"
        "Kessel sold 1,167 vans in May, a drop of 2.5% from 1,197 vans a year earlier.\n"
    )
    text = lead.format(r="3") + body
    (v,) = [v for v in fc101(text) if v.start < text.index("\n")]
    assert v.status is Status.CONSISTENT and [e.quantity.text for e in v.evidence] == ["1,167", "1,197"], v.message
    text = lead.format(r="2") + body
    (v,) = [v for v in fc101(text) if v.start < text.index("\n")]
    assert v.status is Status.UNVERIFIABLE and not v.evidence, v.message


@pytest.mark.parametrize(
    "text",
    [
        "Kessel's normalised earnings reached 70 agorot per share, {r}% more than the 52 agorot per share of 2023.",
        "Earnings rose {r} percent to 70 cents a share from 52 cents a share.",
        "Orla's EPS was 70 pence per diluted share, {r}% higher than the 52 pence per diluted share of 2023.",
    ],
)
def test_figures_per_share_stand_for_their_last_digit(text: str) -> None:
    # 70 / 52 = +34.6%; per-share figures are rounded from profit and share count, so 69.5..70.5
    # against 51.5..52.5 allows +32.4% to +36.9%
    assert only(text.format(r="34.1")).status is Status.CONSISTENT
    assert only(text.format(r="43.1")).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "lead",
    [
        "Van registrations rise 28%, exports to Orlavia drive {r} surge in the first quarter\n\n",
        "Kessel's van sales grew 28% in the first quarter, while its exports jumped {r}.\n\n",
        "Registrations up 28% in the first quarter as exports soar {r}\n\n",
    ],
)
def test_a_next_sentence_with_another_rate_gives_its_levels_to_that_rate_only(lead: str) -> None:
    # the body's own "28 per cent" is no copy of the lead's 57%: its levels (+27.9%) are its own
    text = lead.format(r="57%") + (
        "Van registrations grew 28 per cent over January to March, reaching 3,249 units, against 2,540 "
        "in the first three months of last year.\n"
    )
    (v,) = [v for v in fc101(text) if v.stated_text.startswith("57")]
    assert v.status is Status.UNVERIFIABLE and not v.evidence, v.message


@pytest.mark.parametrize(
    "why",
    [
        "reflects an economy that posted GNP growth of 5.3% last year",
        "reflects GDP growth of 5.3% last year",
        "was helped by GDP growth of 5.3% last year",
    ],
)
def test_the_economys_rate_is_no_copy_of_the_lead_rate(why: str) -> None:
    text = (
        "Kessel's new car sales rose {r}% year on year in the first quarter.\n\n"
        "This (40,884 units vs 30,338) " + why + ".\n"
    )
    (v,) = [v for v in fc101(text.format(r="34.8")) if v.stated_text.startswith("34.8")]
    assert v.status is Status.CONSISTENT, v.message
    (v,) = [v for v in fc101(text.format(r="43.8")) if v.stated_text.startswith("43.8")]
    assert v.status is Status.INCONSISTENT, v.message


@pytest.mark.parametrize(
    "text",
    [
        "This (40,884 units vs 30,338) came as GDP grew 5.3% in the year.",
        "Kessel sold 40,884 cars against 30,338 a year earlier, while inflation rose 5.3%.",
        "Registrations reached 40,884 from 30,338 as GNP expanded 5.3%.",
    ],
)
def test_the_economys_rate_takes_no_counts(text: str) -> None:
    assert all(not v.stated_text.startswith("5.3") or not v.evidence for v in fc101(text))


@pytest.mark.parametrize(
    "text",
    [
        "New vehicle sales in Korvia rose {r} percent in June.\n\nIn June, the industry sold 36,110 vehicles "
        "compared to 28,640 vehicles in June 2022.\n",
        "Sales of the Lumea shot up {r} percent. They went from 28,640 units sold in May 2022 to 36,110 this year.\n",
        "Korvian van sales grew {r}% in the first half of 2023, the association said.\n\nLast half, dealers moved a "
        "total of 36,110 vans compared to 28,640 vans in 2022.\n",
    ],
)
def test_a_rate_of_no_basis_takes_the_next_sentences_pair_dated_a_year_back(text: str) -> None:
    # 36,110 / 28,640 = +26.08%: a year before the article's own year is the baseline of a bare rate
    v = only(text.format(r="26"))
    assert v.status is Status.CONSISTENT and [e.quantity.text for e in v.evidence] == ["36,110", "28,640"], v.message
    assert only(text.format(r="62")).status is Status.INCONSISTENT


def test_a_pair_dated_years_before_the_articles_own_is_no_baseline_of_a_bare_rate() -> None:
    # against 2019, before the pandemic, in an article of 2023: not the rate's comparison
    text = (
        "Korvian car sales rose 12 percent in June 2023.\n\nIn June, the industry sold 36,110 vehicles "
        "compared to 28,640 vehicles in June 2019.\n"
    )
    assert only(text).status is Status.UNVERIFIABLE


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Kessel's sales took a {r}% tumble in September, when 8,240 units were sold, compared to 9,230 a "
            "year earlier.",
            -1,
        ),
        ("Output took a dramatic {r}% leap to 9,230 units from 8,240 units.", 1),
        ("Van registrations saw a {r}% nosedive to 8,240 from 9,230 in May 2023.", -1),
    ],
)
def test_a_change_named_by_a_noun_of_motion(text: str, sign: int) -> None:
    right = "10.7" if sign < 0 else "12.0"
    v = only(text.format(r=right))
    assert v.status is Status.CONSISTENT and v.computed is not None and v.computed * sign > 0, v.message
    assert only(text.format(r="17.0" if sign < 0 else "21.0")).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "text",
    [
        "Kessel's registrations grew on a year-to-date basis by {r} per cent, reaching 9,230 cars, against "
        "8,240 cars in the same months of 2014.",
        "Exports grew on a monthly basis by {r}% to 9,230 units from 8,240 units in April.",
        "Rental sales rose {r}% when comparing the running total for 2024 of 9,230 units versus 8,240 units in 2023.",
    ],
)
def test_the_basis_or_the_comparison_said_in_a_phrase(text: str) -> None:
    assert only(text.format(r="12.0")).status is Status.CONSISTENT
    assert only(text.format(r="21.0")).status is Status.INCONSISTENT


@pytest.mark.parametrize("year", ["2004/5", "2004-5", "2004/05"])
def test_a_fiscal_year_between_the_levels_is_a_date_not_a_figure(year: str) -> None:
    text = (
        f"Kessel posted a profit of Rs. 72m for the half-year of {year} in comparison to Rs. 45m in the prior "
        "corresponding half, with an increase of {r}%."
    )
    v = only(text.format(r="60"))
    assert v.status is Status.CONSISTENT and [e.quantity.text for e in v.evidence] == ["Rs. 72m", "Rs. 45m"]
    assert only(text.format(r="06")).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "second",
    [
        "This is somewhat more than the 16,404 recorded in September, and so a small rise ({r} percent more).",
        "That is higher than the 16,404 sold in September, a growth of {r} percent.",
        "Sales were higher in October than the 16,404 of September, marking a rise of {r}%.",
    ],
)
def test_a_level_said_after_than_is_the_baseline_of_the_figure_before(second: str) -> None:
    # 16,565 / 16,404 = +0.98%: the sentence sets the level before against the one after "than"
    text = "In October, 16,565 vehicles were sold in Korvia.\n\n" + second + "\n"
    v = only(text.format(r="0.98"))
    assert v.status is Status.CONSISTENT and [e.quantity.text for e in v.evidence] == ["16,565", "16,404"], v.message
    assert only(text.format(r="9.8")).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "second",
    [
        "Its running costs held close to last year's level, decreasing to 1.9 trillion soums.",
        "Van sales were down on a year ago, falling to 1.9 trillion soums.",
        "Spending on parts beat last year's pace, climbing to 1.9 trillion soums.",
    ],
)
def test_a_level_reached_after_a_comparison_with_last_year_is_no_baseline(second: str) -> None:
    # the next sentence's level is where its own subject moved to, not the year-ago figure of the first
    text = "Korvia Motors said its material costs fell by 4.1 percent, totaling 12.6 trillion soums. " + second + "\n"
    assert all(v.status is not Status.INCONSISTENT and len(v.evidence) < 2 for v in fc101(text)), [
        v.message for v in fc101(text)
    ]


def test_a_level_dated_a_year_back_in_the_next_sentence_is_still_the_baseline() -> None:
    text = (
        "Korvia Motors sold 44,100 cars in June, up {r} percent. Sales had risen to 40,200 in the same "
        "month last year.\n"
    )
    v = only(text.format(r="9.7"))
    assert v.status is Status.CONSISTENT and [e.quantity.text for e in v.evidence] == ["44,100", "40,200"], v.message


@pytest.mark.parametrize(
    ("first", "ytd_rate", "other_rate"),
    [
        ("Van sales fell year to date and year on year, down {a}% and {b}% respectively.", "a", "b"),
        ("Van sales were down {b}% year on year and {a}% year to date, respectively.", "a", "b"),
        ("Month on month and so far this year, van sales were down {b}% and {a}% respectively.", "a", "b"),
    ],
)
def test_rates_listed_by_basis_take_only_the_pair_of_their_own_basis(
    first: str, ytd_rate: str, other_rate: str
) -> None:
    # 6,744 / 8,106 = -16.80%: the year-to-date pair of the next sentence is the year-to-date rate's
    text = first + " Year to date, 6,744 vans have been sold, down from 8,106 in the same period last year.\n"
    rates = {ytd_rate: "16.8", other_rate: "11.3"}
    vs = {v.stated_text.rstrip("%"): v for v in fc101(text.format(**rates))}
    assert vs["16.8"].status is Status.CONSISTENT, vs["16.8"].message
    assert [e.quantity.text for e in vs["16.8"].evidence] == ["6,744", "8,106"]
    assert "11.3" not in vs or vs["11.3"].status is not Status.INCONSISTENT, vs["11.3"].message
    # and a slip in the year-to-date rate is still caught
    vs = {v.stated_text.rstrip("%"): v for v in fc101(text.format(**{ytd_rate: "61.8", other_rate: "11.3"}))}
    assert vs["61.8"].status is Status.INCONSISTENT, vs["61.8"].message


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "Drevon sold 1,648 units in the first quarter, a {r} percent growth over 1,210 vehicles a year before.",
            "36.2",
            "32.6",
        ),
        ("Orla delivered 4,592 cars in May, a {r}% increase over 4,100 units in May 2024.", "12", "21"),
        ("Kessel shipped 2,300 vans last month, an {r} per cent drop over 2,500 vans a year before.", "8", "80"),
    ],
)
def test_over_after_a_change_noun_names_the_baseline_not_a_hedge(text: str, right: str, wrong: str) -> None:
    v = only(text.format(r=right))
    assert v.status is Status.CONSISTENT and len(v.evidence) == 2, v.message
    assert only(text.format(r=wrong)).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "text",
    [
        "Halden's income fell {r}% to Tk 96 crore, which had stood at Tk 128 crore in the prior fiscal year.",
        "Orla's van sales fell {r}% to 96 units, which had been 128 a year earlier.",
        "Kessel's exports dropped {r} percent to 960 cars, which stood at 1,280 a year before.",
    ],
)
def test_a_relative_clause_dated_a_year_back_gives_the_baseline(text: str) -> None:
    # 96 / 128 = -25%
    v = only(text.format(r="25"))
    assert v.status is Status.CONSISTENT and len(v.evidence) == 2, v.message
    assert only(text.format(r="52")).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "text",
    [
        "Kessel shipped 3,18,400 scooters in the domestic market (2,96,100 units), posting a growth of {r} per "
        "cent on the year.",
        "Orla sold 318,400 scooters in the home market (296,100), a rise of {r} per cent.",
        "Drevon shipped 318,400 units in the export market (296,100 units), up {r} percent on the year.",
    ],
)
def test_a_level_before_the_rate_in_brackets_after_the_current_is_the_prior_periods(text: str) -> None:
    # 318,400 / 296,100 = +7.53%
    v = only(text.format(r="7.5"))
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.value for e in v.evidence] == [318400, 296100], v.message
    assert only(text.format(r="5.7")).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "sentence",
    [
        "Registrations fell for the January to April period by {r}: from 82,500 units to 60,225 units.",
        "Output rose over the whole review period by {r}, from 40,000 to 50,800 vans.",
        "Deliveries dropped in the same period by {r}, from 12,000 to 9,480 cars.",
    ],
)
def test_a_rate_after_the_period_its_verb_governs(sentence: str) -> None:
    # 60,225 / 82,500 = -27%; 50,800 / 40,000 = +27%; 9,480 / 12,000 = -21%
    rate = "21%" if "9,480" in sentence else "27%"
    v = only(sentence.format(r=rate))
    assert v.status is Status.CONSISTENT, v.message
    assert only(sentence.format(r=rate[1] + rate[0] + "%")).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales of new cars fell by {r}: from 8,000 units to 6,880 units.",
        "Exports climbed {r} last year: from 5,000 units to 5,700 units.",
        "Truck output slipped by {r} in 2024: from 20,000 units to 17,200.",
    ],
)
def test_the_levels_a_colon_sets_out_after_a_rate(sentence: str) -> None:
    # 6,880 / 8,000 = -14%; 5,700 / 5,000 = +14%; 17,200 / 20,000 = -14%
    v = only(sentence.format(r="14%"))
    assert v.status is Status.CONSISTENT, v.message
    assert only(sentence.format(r="41%")).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    ("sentence", "rate", "levels"),
    [
        (
            "Van registrations climbed 12.5% last year to 13,500 from 12,000 in 2024, which had slipped by {r} "
            "from 13,800 in 2023.",
            "13%",
            ["12,000", "13,800"],
        ),
        (
            "Sales rose 9% to 4,469 units, up from 4,100 in 2023, which itself was up {r} from 3,661 in 2022.",
            "12%",
            ["4,100", "3,661"],
        ),
        (
            "Van output reached 5,750 units, against 4,600 a year earlier, which in turn had climbed {r} from 3,680.",
            "25%",
            ["4,600", "3,680"],
        ),
    ],
)
def test_a_rate_in_a_relative_clause_is_of_the_level_the_clause_hangs_on(
    sentence: str, rate: str, levels: list[str]
) -> None:
    # the level before "which" is the clause's current, even though it is the first rate's baseline
    v = next(v for v in fc101(sentence.format(r=rate)) if v.stated_text == rate)
    assert (
        v.status is Status.CONSISTENT and [e.quantity.text for e in v.evidence if e.role != "stated"][-2:] == levels
    ), v.message
    wrong = rate[1] + rate[0] + rate[2:] if rate[1].isdigit() else rate.replace("0.1", "1.0")
    v = next(v for v in fc101(sentence.format(r=wrong)) if v.stated_text == wrong)
    assert v.status is Status.INCONSISTENT, v.message


@pytest.mark.parametrize(
    "text",
    [
        "Dealers registered 12,300 vehicles from January to March, down from 12,900 in the same months of "
        "2024.\n\nVehicle registrations slid {r} in the first quarter, against the same period a year before.",
        "Dealers delivered 8,460 vans from January to June, against 9,000 a year earlier.\n\nVan deliveries fell "
        "{r} in the first half.",
        "Dealers registered 20,100 new cars in January-March, up from 18,000 a year earlier.\n\nNew car "
        "registrations rose {r} in the first quarter.",
    ],
)
def test_a_rate_opening_a_paragraph_on_the_metric_of_the_pair_before_it(text: str) -> None:
    # 12,300 / 12,900 = -4.7%; 8,460 / 9,000 = -6.0%; 20,100 / 18,000 = +11.7%
    rate = "4.7 per cent" if "12,300" in text else "6%" if "8,460" in text else "11.7%"
    v = only(text.format(r=rate))
    assert v.status is Status.CONSISTENT and len(v.evidence) == 2, v.message
    wrong = {"4.7 per cent": "7.4 per cent", "6%": "9%", "11.7%": "17.1%"}[rate]
    assert only(text.format(r=wrong)).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "text",
    [
        "Van exports slipped {r} last year.\n\nWhereas Kessel shipped 5,000 vans abroad in 2023, the figure fell to "
        "4,400 in 2024.",
        "Sales of used cars rose {r} in 2024. While dealers sold 20,000 used cars in 2023, they sold 22,000 in 2024.",
        "Car imports fell by {r} in January.\n\nWhile 11,890 cars were imported in January 2024, the tally "
        "slid to 8,920 in January 2025.",
    ],
)
def test_the_next_sentence_sets_the_earlier_level_in_a_clause_of_its_own(text: str) -> None:
    # 4,400 / 5,000 = -12%; 22,000 / 20,000 = +10%; 8,920 / 11,890 = -25%
    rate = "12%" if "4,400" in text else "10%" if "22,000" in text else "25%"
    v = only(text.format(r=rate))
    assert v.status is Status.CONSISTENT and len(v.evidence) == 2, v.message
    assert only(text.format(r=rate[::-1].replace("%", "", 1) + "%")).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "text",
    [
        "Petrol car clearances rose from 2,680 to 2,760, an increase of 80 vehicles. Petrol clearances edged up "
        "3 per cent.",
        "Van sales went from 1,000 to 1,120, up by 120 units. Van sales climbed 12 percent.",
        "Diesel registrations fell from 5,000 to 4,600, a drop of 400 cars. Diesel registrations were down 8%.",
    ],
)
def test_the_amount_a_sentence_moved_by_is_no_level_a_next_rate_points_back_at(text: str) -> None:
    assert all(e.quantity.text not in ("80", "120", "400") for v in fc101(text) for e in v.evidence), [
        v.message for v in fc101(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Car registrations slid 4.5 per cent in Q1, despite a rise in March.\n\nDealers "
        "registered 12,256 cars from January to March, down from 12,830 in the same months of 2024.",
        "Van sales fell 10% in the first half, in spite of a strong June.\n\nDealers sold 9,000 vans from January "
        "to June, down from 10,000 in the same months of 2024.",
        "Van sales rose 20% in the third quarter, despite a weak August.\n\nDealers sold 6,000 vans between July "
        "and September, up from 5,000 in the same period of 2024.",
    ],
)
def test_the_month_a_rate_is_set_against_is_no_period_of_its_own(text: str) -> None:
    v = only(text)
    assert v.status is Status.CONSISTENT and len(v.evidence) == 2, v.message


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        (
            "Exports climbed {r}, as 6,000 vans were shipped abroad during the first five months of 2025, compared "
            "with 5,000 in the same period of 2024.",
            "20 per cent",
        ),
        (
            "Sales dropped {r}, as 8,870 SUVs made at the Halden plant were sold to fleet buyers, compared to 10,080 "
            "a year earlier.",
            "12%",
        ),
        (
            "Registrations rose {r}, as 2,500 trucks were registered in the first quarter of 2025, versus 2,000 a "
            "year before.",
            "25 percent",
        ),
    ],
)
def test_a_comparison_set_off_by_a_comma_after_a_level_and_its_long_description(text: str, rate: str) -> None:
    v = only(text.format(r=rate))
    assert v.status is Status.CONSISTENT and len(v.evidence) == 2, v.message
    wrong = rate.replace("20", "02").replace("12%", "21%").replace("25", "52")
    assert only(text.format(r=wrong)).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    ("text", "rate", "wrong"),
    [
        (
            "New car sales were up {r} for the 2024 first quarter, having risen from 4,000 units in 2023 to 4,600 "
            "this year.",
            "15 per cent",
            "51 per cent",
        ),
        (
            "The {r} decline in second-quarter van sales, which fell from 5,000 to 4,500, was blamed on a late show.",
            "10 per cent",
            "01 per cent",
        ),
        (
            "Kessel's revenue grew {r} between 2021 and 2024 as revenue climbed from $2.40 billion to $3.00 billion.",
            "25 percent",
            "52 percent",
        ),
    ],
)
def test_a_clause_of_its_own_says_how_the_rates_figure_moved(text: str, rate: str, wrong: str) -> None:
    v = only(text.format(r=rate))
    assert v.status is Status.CONSISTENT and len(v.evidence) == 2, v.message
    assert only(text.format(r=wrong)).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    ("text", "rate", "wrong"),
    [
        (
            "A decrease of {r} shows when comparing sales of 28,670 units in the third quarter of 2025 with sales "
            "of 32,950 in the third quarter of 2024.",
            "12.99%",
            "12.92%",
        ),
        ("Van sales show a {r} gain when comparing the 5,450 of May with the 5,000 of April.", "9%", "6%"),
        ("Output is up {r} by comparing 1,260 units in 2025 to 1,050 units in 2024.", "20%", "02%"),
    ],
)
def test_a_rate_that_says_what_it_compares(text: str, rate: str, wrong: str) -> None:
    v = only(text.format(r=rate))
    assert v.status is Status.CONSISTENT and len(v.evidence) == 2, v.message
    assert only(text.format(r=wrong)).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    ("text", "rate", "wrong"),
    [
        (
            "About 1,442 fleet cars found buyers in May, up a mere {r}, or by 21 units, on the same month of 2024.",
            "1.5%",
            "5.1%",
        ),
        (
            "Retail deliveries in October came to 4,290 units, down {r}, or 200 units versus the same month a "
            "year before.",
            "4.5%",
            "5.4%",
        ),
        ("Exports reached 2,480 vans, up {r}, or by 80 units, against the same quarter last year.", "3.3%", "3.9%"),
    ],
)
def test_a_rate_then_the_amount_it_moved_by_before_the_period_compared_with(text: str, rate: str, wrong: str) -> None:
    v = only(text.format(r=rate))
    assert v.status is Status.CONSISTENT, v.message
    assert only(text.format(r=wrong)).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    ("text", "rate", "wrong", "levels"),
    [
        (
            "Dealers sold 5,258 new cars so far this year. In the same period last year, 8,156 cars had been sold. "
            "This year's numbers represent a {r} decrease from last year.",
            "35.5%",
            "53.5%",
            ["5,258", "8,156"],
        ),
        (
            "Kessel delivered 4,200 vans in May. A year earlier, it had delivered 3,500 vans. That is a {r} increase.",
            "20%",
            "02%",
            ["4,200", "3,500"],
        ),
        (
            "Orla registered 2,460 vans in June. A year before, 2,000 vans were registered. That is a {r} rise.",
            "23%",
            "32%",
            ["2,460", "2,000"],
        ),
    ],
)
def test_a_rate_pointing_back_at_a_sentence_that_moved_a_year_back(
    text: str, rate: str, wrong: str, levels: list[str]
) -> None:
    # the sentence right before gives last year's level: the baseline; the one before it, the current
    v = only(text.format(r=rate))
    assert v.status is Status.CONSISTENT and [e.quantity.text for e in v.evidence] == levels, v.message
    assert only(text.format(r=wrong)).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    ("text", "rate", "wrong", "levels"),
    [
        (
            "Orla sold 5,000 vans in May. That is up on May 2024, when it sold 4,000 vans, a rise of {r}.",
            "25%",
            "52%",
            ["5,000", "4,000"],
        ),
        (
            "Lumea registered 900 cars in June. That was below June last year, when 1,000 cars were registered, a "
            "fall of {r}.",
            "10%",
            "1%",
            ["900", "1,000"],
        ),
        (
            "Kessel built 7,560 trucks in 2025. That is up from 2024, when it built 6,300 trucks, a gain of {r}.",
            "20%",
            "02%",
            ["7,560", "6,300"],
        ),
    ],
)
def test_the_level_in_the_when_clause_of_the_period_compared_with_is_the_baseline(
    text: str, rate: str, wrong: str, levels: list[str]
) -> None:
    v = only(text.format(r=rate))
    assert v.status is Status.CONSISTENT and [e.quantity.text for e in v.evidence] == levels, v.message
    assert only(text.format(r=wrong)).status is Status.INCONSISTENT
    # the two levels a rate compares are two figures, never one said twice
    assert not [v for v in factcheck.check_text(text.format(r=rate)) if v.code == "FC107"]


@pytest.mark.parametrize(
    "text",
    [
        "Halden's permit pool rises 29.4 per cent, which will take the number of permits it can hand out over the"
        " next quarter from 2,640 to 3,416.",
        "The quota grew 29.4%, which brings the number of permits for the quarter from 2,640 to 3,416.",
        "The quota is 29.4% larger, and will lift the number of permits on offer from 2,640 to 3,416.",
    ],
)
def test_a_rate_then_what_it_does_to_a_total_from_a_to_b(text: str) -> None:
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC101"]
    assert v.status is Status.CONSISTENT, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "3,416"), ("baseline", "2,640")]
    (wrong,) = [v for v in factcheck.check_text(text.replace("29.4", "24.9")) if v.code == "FC101"]
    assert wrong.status is Status.INCONSISTENT, wrong.message


@pytest.mark.parametrize(
    "text",
    [
        "Van sales grew 30.7%, comparing the 11,416 units of the first quarter of 2024 with the 14,918 units of"
        " this year.",
        "Van sales were up 30.7% when comparing the 11,416 units sold in March 2024 to the 14,918 sold in March 2025.",
        "Halden's van sales grew 30.7% when comparing the 11,416 units sold in May with the 14,918 sold in June.",
    ],
)
def test_a_rate_comparing_an_earlier_level_first_takes_it_as_the_baseline(text: str) -> None:
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC101"]
    assert v.status is Status.CONSISTENT, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "14,918"), ("baseline", "11,416")]
    (wrong,) = [v for v in factcheck.check_text(text.replace("30.7", "37.0")) if v.code == "FC101"]
    assert wrong.status is Status.INCONSISTENT, wrong.message


@pytest.mark.parametrize(
    "second",
    [
        "The {r} rise was driven by fleet orders.",
        "Fleet orders drove the {r} increase, the company said.",
        "Most of the {r} gain came from rental fleets.",
    ],
)
def test_the_rate_named_in_a_paragraph_of_its_own_is_of_the_change_just_stated(second: str) -> None:
    first = "Drevon sold 4,200 vans in May, up from 3,750 in May last year.\n\n"
    (v,) = [v for v in factcheck.check_text(first + second.format(r="12%")) if v.code == "FC101"]
    assert v.status is Status.CONSISTENT, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "4,200"), ("baseline", "3,750")]
    (wrong,) = [v for v in factcheck.check_text(first + second.format(r="21%")) if v.code == "FC101"]
    assert wrong.status is Status.INCONSISTENT, wrong.message


@pytest.mark.parametrize(
    "nxt",
    [
        "In May last year, 11,676 units were sold.",
        "Dealers had sold 11,676 vehicles in May last year.",
        "The tally for May of last year was 11,676 units.",
    ],
)
def test_a_lead_rate_takes_its_baseline_from_the_next_paragraphs_month_last_year(nxt: str) -> None:
    lead = "Korvia's vehicle market expanded {r} year on year to 12,400 units in May, the association said.\n\n"
    (v,) = [v for v in factcheck.check_text(lead.format(r="6.2 per cent") + nxt) if v.code == "FC101"]
    assert v.status is Status.CONSISTENT, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "12,400"), ("baseline", "11,676")]
    (wrong,) = [v for v in factcheck.check_text(lead.format(r="2.6 per cent") + nxt) if v.code == "FC101"]
    assert wrong.status is Status.INCONSISTENT, wrong.message


def test_a_next_paragraph_of_another_month_last_year_is_no_baseline() -> None:
    text = (
        "Korvia's vehicle market expanded 6.2 per cent year on year to 12,400 units in May.\n\n"
        "In April last year, 11,676 units were sold."
    )
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC101"]
    assert v.status is Status.UNVERIFIABLE and not any(e.quantity.text == "11,676" for e in v.evidence)


@pytest.mark.parametrize(
    "second",
    [
        "The company had sold 3,750 units in the year-ago period, translating into a {r} growth.",
        "It had delivered 3,750 vans in the year-earlier period, implying growth of {r}.",
        "Sales came to 3,750 units in the year-earlier month, a {r} increase.",
    ],
)
def test_a_sentences_one_level_dated_a_year_back_is_the_baseline_of_the_level_before(second: str) -> None:
    first = "Drevon sold 4,200 vans in May. "
    (v,) = [v for v in factcheck.check_text(first + second.format(r="12%")) if v.code == "FC101"]
    assert v.status is Status.CONSISTENT, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "4,200"), ("baseline", "3,750")]
    (wrong,) = [v for v in factcheck.check_text(first + second.format(r="21%")) if v.code == "FC101"]
    assert wrong.status is Status.INCONSISTENT, wrong.message


@pytest.mark.parametrize(
    "second",
    [
        "Since January it has sold 21,000 vans, up 20% (57% over the year-ago period), but down 19.8% on 2019.",
        "Its year-to-date sales reached 21,000 vans, an increase of 20% (+57% a year earlier), yet 19.8% below 2019.",
        "So far this year 21,000 vans were sold, 20% more (and 57% more than in the year-ago period), though"
        " 19.8% fewer than in 2019.",
    ],
)
def test_year_back_words_of_another_rate_do_not_date_the_level(second: str) -> None:
    # the year-back words belong to the bracketed rate, not to the year's level: it is no baseline
    # of the month's level the sentence before gives
    text = "Drevon sold 4,200 vans in May. " + second
    for v in factcheck.check_text(text):
        if v.code == "FC101":
            assert not {"4,200", "21,000"} <= {e.quantity.text for e in v.evidence}, v.message


@pytest.mark.parametrize(
    "text",
    [
        "In February 2,140 cars were registered, 310 units fewer than in the same month of 2025 when 2,450 were"
        " registered, that is, a fall of {r}.",
        "Kessel sold 2,140 cars in May, 310 fewer than in May last year, when 2,450 were sold, a fall of {r}.",
        "Registrations came to 2,140 in 2026, or 310 units less than in 2025, when 2,450 vehicles were registered:"
        " a drop of {r}.",
    ],
)
def test_an_earlier_periods_when_clause_after_a_gap_gives_the_baseline(text: str) -> None:
    (v,) = [v for v in factcheck.check_text(text.format(r="12.7%")) if v.code == "FC101"]
    assert v.status is Status.CONSISTENT, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "2,140"), ("baseline", "2,450")]
    (wrong,) = [v for v in factcheck.check_text(text.format(r="17.2%")) if v.code == "FC101"]
    assert wrong.status is Status.INCONSISTENT, wrong.message


@pytest.mark.parametrize(
    "second",
    [
        "The EV sales rose by {r} and reached 9.1 percent of new car sales in the quarter.",
        "The electric car registrations grew {r} on the quarter, the association said.",
        "The battery-electric sales climbed {r}, a record for a single quarter.",
    ],
)
def test_a_paragraph_opening_on_the_metric_just_given_points_back(second: str) -> None:
    first = (
        "Buyers registered 26,410 battery-electric cars in the three months to June, up from the 16,180 sold in the"
        " March quarter, the association said.\n\n"
    )
    (v,) = [v for v in factcheck.check_text(first + second.format(r="63.23%")) if v.code == "FC101"]
    assert v.status is Status.CONSISTENT, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "26,410"), ("baseline", "16,180")]
    (wrong,) = [v for v in factcheck.check_text(first + second.format(r="36.23%")) if v.code == "FC101"]
    assert wrong.status is Status.INCONSISTENT, wrong.message


@pytest.mark.parametrize(
    "text",
    [
        "Up to October, the leader is still Orla with 75,658 sales (+24.9%), followed by Kessel in second at 41,534"
        " (+22.8%).",
        "Orla sold 75,658 cars up to October (+24.9%), ahead of Kessel at 41,534 (+22.8%).",
        "Orla registered 75,658 units (+24.9%) in the ten months, then came Kessel at 41,534 (+22.8%).",
    ],
)
def test_a_rate_alone_in_brackets_is_the_level_befores(text: str) -> None:
    vs = {v.stated_text: v for v in factcheck.check_text(text) if v.code == "FC101"}
    assert "for 75,658" in vs["+24.9%"].message, vs["+24.9%"].message
    assert "for 41,534" in vs["+22.8%"].message, vs["+22.8%"].message


@pytest.mark.parametrize(
    ("text", "level", "base"),
    [
        (
            "Among the 31 car companies in the survey, Kessel sold 96,210 units, a 44.2 percent share of all sales."
            " Kessel's sales also registered a 21.3 percent increase than the 79,316 units of the same months in"
            " 2024.",
            "96,210",
            "79,316",
        ),
        (
            "Among the 12 car brands on sale, Orla sold 9,300 units or 31.2 percent share of total sales. Orla's sales"
            " also registered a 12.4 percent increase than the 8,274 units sold in the same period in 2024.",
            "9,300",
            "8,274",
        ),
        (
            "Of the 9 car manufacturers in the survey, Halden sold 5,600 cars or 18 percent share of total sales."
            " Halden's sales also registered a 12 percent increase than the 5,000 units sold in the same period in"
            " 2024.",
            "5,600",
            "5,000",
        ),
    ],
)
def test_the_companies_counted_before_a_level_are_no_level(text: str, level: str, base: str) -> None:
    # "27 car companies" counts members, not cars: the level the next sentence's rate is of is the company's
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC101"]
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == [level, base]
