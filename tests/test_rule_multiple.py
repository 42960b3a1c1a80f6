"""FC106 multiple: word and digit multiples, per-unit quotients, honest rounding and hedges."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.model import Status
from factcheck.words import iter_word_figures


def fc106(text: str):
    return [v for v in factcheck.check_text(text) if v.code == "FC106"]


def only(text: str):
    vs = fc106(text)
    assert len(vs) == 1, [v.message for v in vs]
    return vs[0]


PER_UNIT = (
    "Over the December quarter Korvel booked a loss of CNY 600 million for 52,314 vehicles delivered, "
    "or about CNY {x} per vehicle."
)


@pytest.mark.parametrize(
    ("x", "status"),
    [
        ("11,469", Status.CONSISTENT),  # 600 million / 52,314 = 11,469.2
        ("11,500", Status.CONSISTENT),
        ("1,469", Status.INCONSISTENT),  # a digit dropped
        ("15,469", Status.INCONSISTENT),
        # "600 million" stands for 550-650 million (10,513-12,425 per vehicle): 12,300 is inside that honest range
        ("12,300", Status.CONSISTENT),
    ],
)
def test_per_unit_quotient(x: str, status: Status) -> None:
    v = only(PER_UNIT.format(x=x))
    assert v.status is status, v.message
    assert [e.role for e in v.evidence] == ["a", "b"]
    assert [e.quantity.text for e in v.evidence] == ["CNY 600 million", "52,314"]


def test_per_unit_with_conversion_in_brackets() -> None:
    text = (
        "Losses shrank to CNY 400 million (USD 55 million) in the three months to March, with 61,250 vehicles "
        "handed over, which works out at approximately CNY 6,500 (USD 895) per vehicle."
    )
    v = only(text)
    assert v.status is Status.CONSISTENT
    assert round(v.computed) == 6531  # 400 million / 61,250


def test_per_unit_operands_from_sentences_before() -> None:
    text = (
        "Korvel's car division posted an operating loss of CNY 200 million for the June quarter.\n\n"
        "In the June quarter, the brand handed 58,417 vehicles to customers. That works out at an average "
        "loss of roughly CNY 6,800 per vehicle."
    )
    v = only(text)
    assert v.status is Status.INCONSISTENT  # 200 million / 58,417 = 3,424
    assert "3,424" in v.message


def test_price_per_vehicle_is_not_a_quotient() -> None:
    text = "The average selling price rose to CNY 241,870 per vehicle in the second quarter."
    assert fc106(text) == []


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("doubled", Status.CONSISTENT),  # 2,400 / 1,200 = 2.0
        ("nearly doubled", Status.CONSISTENT),
        ("tripled", Status.INCONSISTENT),
        ("more than doubled", Status.CONSISTENT),
        ("halved", Status.INCONSISTENT),
    ],
)
def test_word_multiples_with_both_levels(word: str, status: Status) -> None:
    text = f"Exports {word} to 2,400 units in June from 1,200 units a year earlier."
    vs = [v for v in fc106(text) if v.status is not Status.UNVERIFIABLE]
    assert [v.status for v in vs] == [status], [v.message for v in fc106(text)]


@pytest.mark.parametrize(
    ("word", "now", "status"),
    [
        ("tripled", "3,700", Status.UNVERIFIABLE),  # x3.7: loose, within a quarter over
        ("tripled", "4,600", Status.INCONSISTENT),  # x4.6: past the next multiple
        ("tripled", "2,200", Status.INCONSISTENT),  # x2.2: overstated, never excused
        ("doubled", "2,400", Status.UNVERIFIABLE),
        ("doubled", "2,600", Status.INCONSISTENT),  # more than a quarter over
        ("nearly tripled", "3,700", Status.INCONSISTENT),  # a hedge has its own band
    ],
)
def test_plain_multiple_word_exceeded(word: str, now: str, status: Status) -> None:
    v = only(f"Korvik's operating profit {word} to {now} million won from 1,000 million won.")
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == [f"{now} million won", "1,000 million won"]


def test_times_as_many_with_baseline() -> None:
    text = "Zentro sold 9,000 EVs in 2023, three times as many as the 3,000 it sold in 2022."
    v = only(text)
    assert v.status is Status.CONSISTENT
    assert [e.quantity.text for e in v.evidence] == ["9,000", "3,000"]


def test_up_fold_reads_either_way() -> None:
    # "up 1.2-fold" is +120% in much reporting (x2.2); x1.2 would be "up 20%"
    ok = "Overseas shipments reached 187,000 units, up 1.2-fold from 85,000 units a year earlier."
    assert only(ok).status is Status.CONSISTENT
    bad = "Overseas shipments reached 187,000 units, up 1.8-fold from 85,000 units a year earlier."
    assert only(bad).status is Status.INCONSISTENT


def test_multiple_linked_to_growth_rate() -> None:
    text = (
        "Korvel delivered 9,812 cars in March, down 50.20% year-on-year.\n\n"
        "Korvel's March deliveries were halved year-on-year, according to the carmaker."
    )
    v = only(text)
    assert v.status is Status.CONSISTENT
    assert round(v.computed, 3) == 0.498


def test_multiple_with_nothing_to_check_is_unverifiable() -> None:
    assert only("Zentro's exports nearly tripled last year.").status is Status.UNVERIFIABLE


@pytest.mark.parametrize(
    "text",
    [
        "The Z9 goes from 0-100 km/h in 3.9 seconds on its 800V platform with a 100 kWh pack.",
        "The 2x zoom camera and the Model 3 were shown in 2024.",
        "Half of the year was lost to the upgrade.",
    ],
)
def test_distractors(text: str) -> None:
    assert [v for v in fc106(text) if v.status is Status.INCONSISTENT] == []


def test_word_figures() -> None:
    got = [(w.text, w.value, w.kind) for w in iter_word_figures("up almost a quarter and more than twice as many")]
    assert got == [("almost a quarter", 25.0, "fraction"), ("more than twice", 2.0, "multiple")]
    nearly = next(iter_word_figures("sales nearly tripled"))
    assert nearly.lo < 3 and nearly.hi > 3 and nearly.lo > 2.4


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("With 120 stores, Zentro's sales doubled from 1,200 units to 2,400 units.", Status.CONSISTENT),
        ("With 120 stores, Zentro's sales tripled from 1,200 units to 2,400 units.", Status.INCONSISTENT),
        # "from a year earlier to 24,400": the figure after "to" is the level, not the baseline
        ("Exports doubled from a year earlier to 24,400 units in June.", Status.UNVERIFIABLE),
    ],
)
def test_from_to_levels(text: str, status: Status) -> None:
    assert only(text).status is status


@pytest.mark.parametrize(
    ("text", "a", "b", "typo"),
    [
        ("Tessin more than doubled its May sales to {a} from {b}.", "12,400", "5,900", "9,500"),
        ("Halden tripled its electric car exports to {a} units, from {b} a year earlier.", "9,300", "3,050", "3,500"),
        ("Lumea doubled the output of its Nardo plant, to {a} cars from {b}.", "8,200", "4,050", "4,500"),
    ],
)
def test_a_multiple_with_its_object_before_the_level(text: str, a: str, b: str, typo: str) -> None:
    # the verb's object stands between the multiple and "to": the level and baseline are still its own
    v = only(text.format(a=a, b=b))
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == [a, b]
    assert only(text.format(a=a, b=typo)).status is Status.INCONSISTENT


@pytest.mark.parametrize(("base", "status"), [("4.1", Status.CONSISTENT), ("3.1", Status.INCONSISTENT)])
def test_times_the_baseline_in_energy_units(base: str, status: Status) -> None:
    text = f"Its supplier shipped 12.3 GWh in the first half, three times the {base} GWh a year earlier."
    assert only(text).status is status


def test_docstring_examples() -> None:
    v = only(PER_UNIT.format(x="1,469"))
    assert v.status is Status.INCONSISTENT
    text = "It sold 9,812 cars in March, down 50.20% year-on-year.\n\nIts March deliveries halved year-on-year."
    assert only(text).status is Status.CONSISTENT


@pytest.mark.parametrize(("base", "status"), [("1.02", Status.CONSISTENT), ("1.32", Status.INCONSISTENT)])
def test_a_conversion_between_the_figures_is_passed_over(base: str, status: Status) -> None:
    text = f"Vantor's net profit nearly doubled to 1.98 billion yuan ($276 million) from {base} billion yuan."
    vs = [v for v in factcheck.check_text(text) if v.code == "FC106"]
    assert [v.status for v in vs] == [status]
    assert [e.quantity.text for e in vs[0].evidence] == ["1.98 billion yuan", f"{base} billion yuan"]


def test_a_rate_of_another_comparison_is_not_the_multiples_change() -> None:
    # the multiple compares with a year ago, the rate with the month before: two statements
    text = (
        "Orvane handed over 20,410 cars in October, crossing the 20,000 mark, nearly a threefold increase"
        " from a year ago and 31% growth from September.\n"
    )
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC106"]
    assert v.status is Status.UNVERIFIABLE
    assert v.evidence == () or all(e.quantity.text != "31%" for e in v.evidence)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Total sales rose three times as against 14,200 units sold in April, to 43,900 units in May.", "consistent"),
        ("Total sales rose three times as against 14,200 units sold in April, to 34,900 units in May.", "inconsistent"),
        ("Sales grew three times from 14,200 units in April to 43,900 units in May.", "consistent"),
    ],
)
def test_a_multiple_with_its_baseline_before_its_current(text: str, status: str) -> None:
    (v,) = [v for v in factcheck.check_text(text + "\n") if v.code == "FC106"]
    assert v.status.value == status
    assert [e.quantity.text for e in v.evidence][1] == "14,200"


@pytest.mark.parametrize(
    ("text", "value", "bounds"),
    [
        ("or one in six new cars", 100 / 6, (100 / 6.5, 100 / 5.5)),
        ("Every fifth new car", 20.0, (100 / 5.5, 100 / 4.5)),
        ("two in five buyers", 40.0, (200 / 5.5, 200 / 4.5)),
        ("more than one in five", 20.0, (20.0, float("inf"))),
    ],
)
def test_ratio_words_stand_for_a_rounded_denominator(text: str, value: float, bounds: tuple[float, float]) -> None:
    from factcheck.words import iter_ratio_words

    (w,) = iter_ratio_words(text)
    assert w.value == pytest.approx(value) and (w.lo, w.hi) == pytest.approx(bounds)


@pytest.mark.parametrize("text", ["one of six new models", "every second day", "in 2024 in 5 markets"])
def test_what_is_no_ratio_in_words(text: str) -> None:
    from factcheck.words import iter_ratio_words

    assert list(iter_ratio_words(text)) == []


# --- multiples whose levels are in the sentence next to them; averages per month (red-team causes)


@pytest.mark.parametrize(
    ("text", "pair", "status"),
    [
        (
            "Brava sold three times more cars in June than a year earlier. Its sales jumped from 1,020 cars last "
            "year to 3,240 this year.",
            ("3,240", "1,020"),
            Status.CONSISTENT,
        ),
        (
            "Deliveries of the group's BEVs more than doubled in the first half.\n\nThe group delivered 170,939 "
            "BEVs, up from 64,462 in the same period last year.",
            ("170,939", "64,462"),
            Status.CONSISTENT,
        ),
        (
            "Corsa sold 3,240 cars in June, up from 1,020 a year earlier. That is more than three times as many.",
            ("3,240", "1,020"),
            Status.CONSISTENT,
        ),
        (
            "Exports from Delmar nearly tripled in May. Shipments abroad rose to 8,700 units from 3,100 a year "
            "earlier.",
            ("8,700", "3,100"),
            Status.CONSISTENT,
        ),
        (
            "Elva's sales doubled in July. They rose to 5,500 cars from 2,100 in July last year.",
            ("5,500", "2,100"),
            Status.INCONSISTENT,
        ),
    ],
)
def test_multiple_with_its_levels_in_the_next_sentence(text: str, pair: tuple[str, str], status: Status) -> None:
    v = only(text)
    assert v.status is status, v.message
    assert tuple(e.quantity.text for e in v.evidence) == pair


@pytest.mark.parametrize(
    "text",
    [
        "Brava's sales tripled in June. Rival Corsa's sales rose from 1,020 to 3,240.",
        "Brava's exports tripled in June. Its domestic sales rose from 1,020 to 3,240.",
        "Brava's sales tripled in June from a year earlier. In May, its sales rose from 1,020 to 3,240.",
        "Brava's sales will double by 2027, the company said. Its sales rose from 1,020 cars last year to 5,240.",
    ],
)
def test_next_sentence_levels_need_the_same_company_metric_and_period(text: str) -> None:
    assert all(not v.evidence for v in fc106(text))


def test_three_times_more_allows_the_literal_reading_and_rounding() -> None:
    assert only("MG sold 3,126 cars in May, three times more than the 956 of May last year.").status is (
        Status.CONSISTENT
    )
    assert only("MG sold 5,526 cars in May, three times more than the 956 of May last year.").status is (
        Status.INCONSISTENT
    )


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Norrin's sales target for this year is 3.6 million units, which means it must sell an average of "
            "300,000 units a month.",
            Status.CONSISTENT,
        ),
        ("Orla delivered 1.2 million cars last year, an average of 100,000 a month.", Status.CONSISTENT),
        ("Pella sold 270,000 vans in the first half, averaging 45,000 units per month.", Status.CONSISTENT),
        ("Kessel sold 96,000 cars in the third quarter, or about 32,000 a month.", Status.CONSISTENT),
        (
            "Tarn's target for the full year is 600,000 vehicles. That works out to 40,000 vehicles a month on "
            "average.",
            Status.INCONSISTENT,
        ),
    ],
)
def test_average_per_month_of_a_total(text: str, status: Status) -> None:
    assert only(text).status is status


@pytest.mark.parametrize(
    "text",
    [
        "Orla sold 1.2 million cars last year; Pella averaged 80,000 a month.",
        "Varn has sold 300,000 cars so far, an average of 30,000 a month.",
        "Kessel sold 96,000 cars in the third quarter and 40,000 in September, or about 32,000 a month.",
        "Orla sold 1.2 million cars last year, or 100,000 more a month than in 2023.",
    ],
)
def test_no_average_without_one_total_and_its_span(text: str) -> None:
    assert fc106(text) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Total sales were 57,428 units in June, down from 1.24 lakh units a year earlier. However, total sales "
            "rose three times as against 18,529 units sold in May.",
            ("57,428", "18,529"),
        ),
        ("Orla delivered 12,400 cars in March. That is twice the 6,150 it delivered in February.", ("12,400", "6,150")),
    ],
)
def test_multiple_with_its_baseline_and_the_level_of_the_sentence_before(text: str, pair: tuple[str, str]) -> None:
    v = only(text)
    assert v.status is Status.CONSISTENT
    assert tuple(e.quantity.text for e in v.evidence) == pair


@pytest.mark.parametrize(
    "text",
    [
        "Corvo sold 57,428 units in June. Pella's sales rose three times as against 18,529 units in May.",
        "Orla delivered 12,400 cars in March and 8,000 vans. That is twice the 6,150 it delivered in February.",
        "Domestic sales reached 9,300 units in May. Exports were up threefold from 3,050 a year earlier.",
    ],
)
def test_the_level_of_the_sentence_before_must_be_the_one_of_that_company_and_metric(text: str) -> None:
    assert all(not v.evidence or len(v.evidence) < 2 for v in fc106(text))


@pytest.mark.parametrize(
    ("avg", "status"),
    [("200,000", Status.CONSISTENT), ("250,000", Status.INCONSISTENT)],
)
def test_monthly_target_against_the_yearly_target_before_it(avg: str, status: Status) -> None:
    text = (
        "Darro's sales target for this year is 2.4 million units. If it meets its monthly sales target "
        f"(an average of {avg} units), it will pass 30 million units in total by May."
    )
    v = only(text)
    assert v.status is status
    assert [e.quantity.text for e in v.evidence] == ["2.4 million"]


def test_a_level_reached_is_no_yearly_target() -> None:
    text = (
        "Darro sold 2.4 million units last year. If it meets its monthly sales target (an average of 250,000 "
        "units), it will pass 30 million units."
    )
    assert fc106(text) == []


@pytest.mark.parametrize(
    "rival",
    [
        "Orla Motor Corporation dropped to fifth after its deliveries halved to 3,100 cars.",
        "Kessel Motor Company Ltd. slipped to fifth place as deliveries were halved to 3,100 cars.",
        "Drevon Auto Group fell to fifth, its deliveries halving to 3,100 cars.",
    ],
)
def test_a_word_multiple_is_not_another_makers_rate(rival: str) -> None:
    # both makers' legal names end in the same words; the rate is Lumea's, the halving the rival's
    text = (
        "In the first half, Lumea Motor Corporation was third with 8,200 deliveries, down 8%, and "
        "Tarsk Motor Company Ltd. fourth with 7,900 deliveries, up 12%. " + rival
    )
    v = only(text)
    assert v.status is Status.UNVERIFIABLE, v.message


def test_a_maker_named_with_its_legal_name_opens_a_sentence() -> None:
    from factcheck.document import build
    from factcheck.names import Names

    text = "Orla Motor Corporation fell to fifth place in the first half. Kessel was sixth."
    assert "Orla" in Names(build(text)).vocab


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Drevon delivered 3,000 cars in June, double the 1,500 of June 2023.", Status.CONSISTENT),
        ("Drevon delivered 3,900 cars in June, double the 1,500 of June 2023.", Status.INCONSISTENT),
        ("Drevon delivered 3,000 cars in June, double last year's 1,500.", Status.CONSISTENT),
        ("Its June deliveries of 3,000 cars were almost triple the 1,050 of a year earlier.", Status.CONSISTENT),
        ("Its June deliveries of 3,000 cars were triple the 1,500 of a year earlier.", Status.INCONSISTENT),
        ("Sorell built 4,500 vans, a threefold increase on the 1,500 of 2023.", Status.CONSISTENT),
        ("Sorell built 4,500 vans, a fourfold increase on the 1,500 of 2023.", Status.INCONSISTENT),
    ],
)
def test_a_multiple_said_before_its_baseline(text: str, status: Status) -> None:
    v = only(text)
    assert v.status is status, v.message
    figures = ("3,000", "3,900", "4,500", "1,500", "1,050")
    assert [e.quantity.text for e in v.evidence] == [q for q in figures if q in text]


def test_double_before_a_noun_that_is_no_baseline_relates_nothing() -> None:
    v = only("Its order book is double the size it was, at 3,000 cars.")
    assert v.status is Status.UNVERIFIABLE, v.message


def test_a_multiple_and_the_rate_in_brackets_after_its_level() -> None:
    ok = only("Registrations of battery cars more than doubled to 2,450 units (+145.0%).")
    assert ok.status is Status.CONSISTENT
    assert [e.quantity.text for e in ok.evidence] == ["+145.0%"]
    assert only("Registrations of battery cars more than doubled to 2,450 units (+45.0%).").status is (
        Status.INCONSISTENT
    )
    # a rate said further on, not glossing the level, is not taken as the multiple's measure
    loose = only("Last year 2,140 vans were sold, which then more than tripled to 7,050, a 70 percent rise.")
    assert loose.status is not Status.INCONSISTENT


def test_multiples_against_named_figures_in_brackets() -> None:
    text = (
        "Halden's buyers top the region for new cars per head, with 15.4 cars per 1,000 people, almost "
        "{a} times more than in Sorell (5.3) and more than {b} the level in Tessin (7.1)."
    )
    got = {v.stated_text.strip(): v for v in fc106(text.format(a="three", b="double"))}
    assert {k: (v.status, [e.quantity.text for e in v.evidence]) for k, v in got.items()} == {
        "almost three times": (Status.CONSISTENT, ["15.4", "5.3"]),  # x2.91
        "more than double": (Status.CONSISTENT, ["15.4", "7.1"]),  # x2.17
    }
    bad = {v.stated_text.strip(): v for v in fc106(text.format(a="four", b="triple"))}
    assert bad["almost four times"].status is Status.INCONSISTENT
    assert bad["more than triple"].status is Status.INCONSISTENT


@pytest.mark.parametrize(
    ("said", "status"), [("more than seven-fold", Status.CONSISTENT), ("more than nine-fold", Status.INCONSISTENT)]
)
def test_a_rise_in_what_the_next_paragraph_gives_both_levels_of(said: str, status: Status) -> None:
    # "a seven-fold rise in quarterly profit": what rose is the profit the next paragraph states twice
    text = (
        f"Kessel posted a {said} rise in quarterly profit on Friday, on strong demand for its pickups.\n\n"
        "Kessel's net profit came to 2.4 trillion won for the July-September period versus 310 billion won a"
        " year before.\n"
    )
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC106"]
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["2.4 trillion won", "310 billion won"]


@pytest.mark.parametrize(
    ("sentence", "levels", "swapped"),
    [
        ("Bus sales also halved, reaching 4,210 buses, down from {b}.", ("4,210", "8,390"), "3,890"),
        ("Van sales doubled to reach 6,200 units, up from {b} a year earlier.", ("6,200", "3,050"), "5,030"),
        ("Exports tripled, rising to 930 units from {b} in 2024.", ("930", "310"), "130"),
    ],
)
def test_a_multiple_then_the_level_it_reached_and_its_baseline(
    sentence: str, levels: tuple[str, str], swapped: str
) -> None:
    cur, base = levels
    (v,) = fc106(sentence.format(b=base))
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == [cur, base]
    # two digits of the baseline swapped: no longer the multiple
    (w,) = fc106(sentence.format(b=swapped))
    assert w.status is Status.INCONSISTENT, w.message


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # 7,710 / 640 = x12.05; 9,380 / 1,420 = x6.6
        ("Sales of the Tessin T3 jumped 12 times (from 640 to 7,710 units) in a year.", Status.CONSISTENT),
        ("Sales of the Tessin T3 jumped 21 times (from 640 to 7,710 units) in a year.", Status.INCONSISTENT),
        ("Sales of the Tessin T3 went up 12 times, from 640 to 7,710 units.", Status.CONSISTENT),
        ("Sales of the Tessin T5 climbed more than 6 times (from 1,420 to 9,380 units).", Status.CONSISTENT),
    ],
)
def test_n_times_then_its_levels_from_and_to(text: str, status: Status) -> None:
    v = only(text)
    assert v.status is status, v.message


@pytest.mark.parametrize(
    ("word", "status"), [("more than doubled", Status.CONSISTENT), ("tripled", Status.INCONSISTENT)]
)
def test_a_multiple_whose_levels_are_dated_by_their_year(word: str, status: Status) -> None:
    # 487 / 212 = x2.30
    v = only(f"Depots with six or more fast chargers have {word} in number, climbing from 212 in March 2023 to 487.")
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["487", "212"]), v.message


@pytest.mark.parametrize(
    "sentence",
    [
        # the years the multiple spans are no figures; the levels come after "with ... from"
        "Sales of hydrogen vans almost tripled from 2024 to 2025, with registrations jumping from 1,210 to {a}.",
        "Tessin's exports nearly tripled between 2023 and 2025 as shipments went from 1,210 units to {a} units.",
        # a change noun between the multiple and the level it reached
        "Orla's scooter sales posted a threefold growth at {a} units against 1,210 units a year earlier.",
    ],
)
@pytest.mark.parametrize(("a", "expected"), [("3,420", Status.CONSISTENT), ("2,430", Status.INCONSISTENT)])
def test_multiple_with_its_levels_after_a_span_of_years_or_a_change_noun(
    sentence: str, a: str, expected: Status
) -> None:
    v = only(sentence.format(a=a))
    assert v.status is expected, v.message
    assert [e.quantity.text for e in v.evidence] == [a, "1,210"]


@pytest.mark.parametrize(
    "text",
    [
        "Against 2017, Norvia's exports of passenger minibuses fell by 31 units or 18.1%, passenger vans by 5,120"
        " units or 2.6-fold, passenger coaches by 612 units or 2.25-fold and passenger trailers rose by 41 units"
        " or 63.5%.",
        "Against 2017, Norvia's exports of passenger coaches grew by 612 units or 2.25-fold, while exports of"
        " passenger trailers rose by 41 units or 63.5%.",
        "Against 2017, Norvia's exports of passenger coaches rose 2.25-fold to 1,507 units, and exports of passenger"
        " trailers increased 63.5% to 85 units.",
    ],
)
def test_a_rate_of_another_clause_is_no_measure_of_the_multiple(text: str) -> None:
    # the rate has its own subject and figure: it says nothing of the 2.25-fold
    vs = [v for v in factcheck.check_text(text) if v.code == "FC106" and "2.25" in v.stated_text]
    assert [v.status for v in vs] == [Status.UNVERIFIABLE], [v.message for v in vs]


@pytest.mark.parametrize("verb", ["dropped", "fell", "shrank"])
def test_a_fall_by_a_multiple_is_no_measure_of_a_rise(verb: str) -> None:
    text = (
        f"Against a year earlier, Halden's registrations of trucks {verb} 2.25-fold and registrations of"
        " tractors rose by 63.5%."
    )
    vs = [v for v in factcheck.check_text(text) if v.code == "FC106"]
    assert [v.status for v in vs] == [Status.UNVERIFIABLE], [v.message for v in vs]


@pytest.mark.parametrize(
    "sentence",
    [
        "In Asia, Drevon's electric deliveries saw growth of {a}, ten times higher than that of all its drive"
        " types (+4.8%).",
        "Sorell's hybrid registrations posted a {a} rise, ten times the 4.8% of the wider market.",
        "Lumea grew its van exports by {a} in the half, ten times more than the 4.8% gain of its car exports.",
    ],
)
@pytest.mark.parametrize(("a", "expected"), [("49.6%", Status.CONSISTENT), ("94.6%", Status.INCONSISTENT)])
def test_a_multiple_of_two_rates(sentence: str, a: str, expected: Status) -> None:
    # 49.6 / 4.8 = 10.3, inside "ten times"; 94.6 / 4.8 = 19.7 is not
    v = only(sentence.format(a=a))
    assert v.status is expected, v.message
    assert [e.quantity.text.lstrip("+") for e in v.evidence] == [a, "4.8%"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a clause of another subject between the rate and the multiple
        "Drevon's electric deliveries grew 49.6% while its diesel sales fell, ten times the 4.8% of its hybrids.",
        # a level in the sentence: the multiple relates levels, not the rates
        "Drevon's electric deliveries grew 49.6% to 5,200 units, ten times the 520 units of its hybrids.",
    ],
)
def test_a_multiple_of_two_rates_needs_the_rate_right_before_it(sentence: str) -> None:
    v = only(sentence)
    assert [e.quantity.text for e in v.evidence] != ["49.6%", "4.8%"], v.message


@pytest.mark.parametrize(
    "text",
    [
        "Orla earned 4.1 billion yuan in the April-June quarter, up 62.5%. That was a smaller rise than in the "
        "first quarter, when earnings grew sixfold.",
        "Kessel's net profit rose 38.0% to 2.2 billion euros in the third quarter. It grew faster during the "
        "second quarter, when profit tripled.",
        "Drevon's deliveries rose 41.3% to 41,200 in May, a slower pace than in March, when they doubled.",
    ],
)
def test_a_multiple_in_a_when_clause_of_another_period_is_not_the_rates(text: str) -> None:
    assert [v.status for v in fc106(text) if v.status is Status.INCONSISTENT] == []


@pytest.mark.parametrize(
    ("text", "right", "wrong", "operands"),
    [
        (
            "Korvik imported 61,240 cars in 2024. This is {m} times more than the 2023 figure - 23,510.",
            "2.6",
            "6.2",
            ["61,240", "23,510"],
        ),
        (
            "Spending on imported cars reached $1.52 billion, which is {m} times more than in 2022 ($633.1 million).",
            "2.4",
            "4.2",
            ["$1.52 billion", "$633.1 million"],
        ),
        (
            "Drevon built 48,300 vans in 2024, {m} times as many as in 2021 (16,050).",
            "3.01",
            "1.30",
            ["48,300", "16,050"],
        ),
    ],
)
def test_a_baseline_dated_by_its_year_with_its_figure_in_brackets_or_after_a_dash(
    text: str, right: str, wrong: str, operands: list[str]
) -> None:
    v = only(text.format(m=right))
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == operands
    assert only(text.format(m=wrong)).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    ("text", "right", "wrong", "level", "baseline"),
    [
        (
            "Korvik imported 16,240 cars in 2024, up 9,730 cars or {m}-fold from the previous year.",
            "2.5",
            "5.2",
            "16,240",
            6510,
        ),
        (
            "Drevon sold 22,700 vans in May, an increase of 12,880 units, or {m} times more than a year earlier.",
            "2.3",
            "3.2",
            "22,700",
            9820,
        ),
        ("Exports rose to 8,400 units, up 5,100 units or {m}-fold on last year.", "2.5", "5.2", "8,400", 3300),
    ],
)
def test_a_multiple_given_with_the_amount_of_the_rise_is_of_the_level_less_the_amount(
    text: str, right: str, wrong: str, level: str, baseline: int
) -> None:
    v = only(text.format(m=right))
    assert v.status is Status.CONSISTENT, v.message
    assert v.evidence[0].quantity.text == level
    assert v.evidence[1].quantity.value == baseline
    assert only(text.format(m=wrong)).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    ("text", "current", "baseline", "slip"),
    [
        (
            "Lumea's home sales more than double to 12,380 in May from 5,940 a year before.",
            "12,380",
            "5,940",
            "11,380",
        ),
        ("Orla exports double to 4,210 units from 2,090", "4,210", "2,090", "2,410"),
        ("Kessel van sales triple from 1,400 to 4,230 in May", "4,230", "1,400", "2,430"),
    ],
)
def test_double_and_triple_as_verbs_with_the_level_reached(text: str, current: str, baseline: str, slip: str) -> None:
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC106"]
    assert v.status is Status.CONSISTENT, v.message
    assert sorted(e.quantity.text for e in v.evidence) == sorted([current, baseline])
    (wrong,) = [v for v in factcheck.check_text(text.replace(current, slip)) if v.code == "FC106"]
    assert wrong.status is Status.INCONSISTENT, wrong.message
