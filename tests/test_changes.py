"""Rates stated next to the amount of the same change ("up 320 cars or 5.2 per cent"): the
amount is the change, never the figure the rate applies to."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.changes import find
from factcheck.document import build
from factcheck.model import Status


def fc101(text: str):
    return [v for v in factcheck.check_text(text) if v.code == "FC101"]


def only(text: str):
    vs = fc101(text)
    assert len(vs) == 1, [v.message for v in vs]
    return vs[0]


@pytest.mark.parametrize(
    ("text", "current", "baseline"),
    [
        # the level reached after "to"
        ("Orla's exports rose by 1,020 units or 4.5 per cent to 23,790 in June.", "23,790", None),
        # the level the sentence states first
        ("Brelt sold 6,420 cars in June, up 320 cars or 5.2 per cent on last year.", "6,420", None),
        ("Van sales, at 24,810 units, showed an increase of 3,410 units, or 15.9%, on a year ago.", "24,810", None),
        # pointing back at the one level of the sentence before
        ("Brelt finished fourth with 6,420 sales. That's up 320 cars or 5.2 per cent on last year.", "6,420", None),
        # both levels stated
        ("Exports, at 35,326 units, showed an increase of 23,425 vehicles, or 196.8%, compared to the 11,901"
         " vehicles exported a year earlier.", "35,326", "11,901"),
        ("Truck sales fell by 90 units or 11.6 per cent from 773 to 683.", "683", "773"),
        # the rate first, the amount after it
        ("Brelt sold 6,420 cars in June, up 5.2 per cent, or 320 cars, on last year.", "6,420", None),
        ("Registrations fell by some 4.4%, or 30,357 vehicles, to 665,309.", "665,309", None),
        ("Nessa sold 5,176 cars, up 1,165 cars and 29.0 per cent on last year.", "5,176", None),
        ("Kessel's 7,070 sales mark a cut of 3,258 sales – 31.5 per cent down.", "7,070", None),
    ],
)  # fmt: skip
def test_the_amount_and_the_rate_of_one_change(text: str, current: str, baseline: str | None) -> None:
    (ch,) = find(build(text))
    assert ch.current is not None and ch.current.text.strip() == current
    assert (ch.baseline.text.strip() if ch.baseline else None) == baseline
    assert only(text).status is Status.CONSISTENT, only(text).message


def test_a_fall_adds_the_change_back() -> None:
    v = only("Kessel registered 8,110 cars in May, down 20 units or 0.2 per cent year on year.")
    assert v.status is Status.CONSISTENT
    assert "8,110 + 20 = 8,130" in v.message
    assert [(e.role, e.quantity.text.strip()) for e in v.evidence] == [("current", "8,110"), ("change", "20")]


def test_a_mistyped_rate_is_caught() -> None:
    v = only("Brelt sold 6,420 cars in June, up 320 cars or 2.5 per cent on last year.")
    assert v.status is Status.INCONSISTENT
    assert "it should read +5.2%" in v.message
    assert "(6,420 - (6,420 - 320)) / (6,420 - 320)" in v.arithmetic


def test_a_mistyped_amount_is_caught() -> None:
    v = only("Brelt sold 6,420 cars in June, up 230 cars or 5.2 per cent on last year.")
    assert v.status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "text",
    [
        # two levels in a list: whose change is it?
        "Medium and heavy trucks, at 559 units and 1,726 units respectively, showed an increase of 256 units,"
        " or 84.5%, for the medium ones.",
        # two levels in the sentence before
        "Brelt sold 6,420 cars and Orla 5,900. That's up 320 cars or 5.2 per cent on last year.",
        # the sentence before is another paragraph
        "Brelt finished fourth with 6,420 sales.\n\nThat's up 320 cars or 5.2 per cent on last year.",
    ],
)
def test_without_a_certain_current_figure_the_rate_is_unverifiable(text: str) -> None:
    for v in fc101(text):
        assert v.status is Status.UNVERIFIABLE, v.message
        assert "6,420 vs" not in v.message and "1,726 vs" not in v.message


@pytest.mark.parametrize(
    "text",
    [
        "Brelt sold 6,420 cars in June, 320 of them SUVs or 5.2 per cent of the total.",  # no direction
        "Brelt sold 6,420 cars in June, up 320 cars and 5.2 per cent of them were SUVs.",  # a share after "and"
        "Brelt's share rose 1.2 points or 5.2 per cent.",  # points are no amount of cars
    ],
)
def test_not_a_change_stated_both_ways(text: str) -> None:
    assert find(build(text)) == ()


# The direction said after the change and its rate: "N units (P%) more than ...", "behind".
@pytest.mark.parametrize(
    ("text", "current", "baseline"),
    [
        ("It sold 382,379 units this year, which is 19,335 units (or 4.8%) behind that of the 401,714"
         " units from the same period of 2024.", "382,379", "401,714"),
        ("Last month's total was 665 units (12%) more than in May 2024, when 5,545 units were sold.",
         None, "5,545"),
        ("So far this year the market is 14.5% (9,997 units) ahead of last year with 79,131 vehicles"
         " registered compared to 69,134.", "79,131", "69,134"),
        # "up on" / "down on" after the pair
        ("Domestic sales of 41,260 units were 312 units (0.8%) up on the 40,948 sold in May last year.",
         "41,260", "40,948"),
        ("Domestic sales of 40,948 units were 312 units (0,8%) down on the 41,260 of a year earlier.",
         "40,948", "41,260"),
        ("Exports came to 9,120 vehicles, 1,140 units or 14.3% up from the 7,980 shipped a year ago.",
         "9,120", "7,980"),
    ],
)  # fmt: skip
def test_a_change_whose_direction_follows_it(text: str, current: str | None, baseline: str) -> None:
    (ch,) = find(build(text))
    assert (ch.current.text.strip() if ch.current else None) == current
    assert ch.baseline is not None and ch.baseline.text.strip() == baseline
    assert only(text).status is Status.CONSISTENT, only(text).message


def test_a_mistyped_rate_of_a_change_whose_direction_follows_it_is_caught() -> None:
    v = only("Last month's total was 665 units (21%) more than in May 2024, when 5,545 units were sold.")
    assert v.status is Status.INCONSISTENT
    assert "5,545 + 665" in v.message


@pytest.mark.parametrize(
    "text",
    [
        # the figures went up, not the change: no direction said after the pair
        "Sales picked 312 units (0.8%) up in the north and rose elsewhere.",
        "They sold 312 units (0.8%) up to May.",
    ],
)
def test_up_after_a_pair_with_no_comparison_is_no_direction(text: str) -> None:
    assert find(build(text)) == ()


def test_a_level_and_its_rate_after_a_dash_are_no_change() -> None:
    # "248,154 units - 29.5% more than ... (191,695)": the level itself, not the amount of a change
    assert find(build("It has sold 190,400 units so far - 29.5% more than the 147,027 of a year earlier.")) == ()


@pytest.mark.parametrize("filler", ["up by", "up by a massive", "down by a modest"])
def test_a_rate_adjective_between_the_direction_and_the_rate(filler: str) -> None:
    sign = "down" not in filler
    base = "4,513" if sign else "7,095"
    text = f"There were 5,804 van registrations in June, {filler} {28.6 if sign else 18.2}% (1,291 units) on June 2024."
    (ch,) = find(build(text))
    assert ch.current is not None and ch.current.text == "5,804"
    assert only(text).status is Status.CONSISTENT, (base, only(text).message)


@pytest.mark.parametrize(("rate", "status"), [("43.4%", Status.CONSISTENT), ("34.4%", Status.INCONSISTENT)])
def test_a_change_named_by_its_noun_and_its_rate_after_a_clause(rate: str, status: Status) -> None:
    text = (
        "Kestria's dealers delivered 63,489 new vehicles last month.\n\n"
        f"This is an increase of 19,214 units from the 44,275 units of September, representing a {rate} gain."
    )
    v = only(text)
    assert v.status is status, v.message
    # the level reached is the baseline plus the change (the level before is another paragraph's)
    assert [e.quantity.text for e in v.evidence] == ["44,275", "19,214"]


@pytest.mark.parametrize(
    ("text", "currents"),
    [
        # rate (amount) pairs, then the levels reached in the same order
        ("Bus and truck registrations fell by 27.9% (96) and 8% (180) to 248 and 2,079 respectively.",
         ["248", "2,079"]),
        # the amount first, then its rate
        ("Van and pickup sales rose by 96 (27.9%) and 180 (8%) to 440 and 2,430, respectively, in May.",
         ["440", "2,430"]),
        # a participle states the change of a clause of its own
        ("Sales rose 4% to 9,100, helped by van registrations increasing by 17.9% (234) to 1,540.",
         [None, "1,540"]),
    ],
)  # fmt: skip
def test_changes_in_a_run_reach_their_levels_in_turn(text: str, currents: list[str | None]) -> None:
    got = {ch.rate.text: ch.current.text if ch.current else None for ch in find(build(text))}
    rates = [q.text for q in build(text).quantities if q.unit == "percent"]
    assert [got.get(r) for r in rates] == currents
    status = {text[v.start : v.end]: v.status for v in fc101(text)}
    assert [status[r] for r, c in zip(rates, currents, strict=True) if c] == [Status.CONSISTENT] * sum(
        map(bool, currents)
    )


def test_a_run_of_changes_without_levels_in_turn_reads_its_brackets_as_nothing() -> None:
    # "grew by 35.9 percent (69,111), 34.2 percent (48,939)": the brackets are levels; the second
    # rate is no change of the first bracket
    text = "Sales in Orla and Drevon grew by 35.9 percent (69,111) and 34.2 percent (48,939), respectively."
    assert [ch.rate.text for ch in find(build(text)) if ch.current is not None and ch.current.text == "69,111"] == []


@pytest.mark.parametrize(
    ("text", "current", "baseline"),
    [
        # the level reached, then the level left after it (a date between them is no figure)
        ("Orla's car sales fell by 2,381 units or a drop of 7.6% to 29,075 units in May 2024 compared to "
         "the 31,456 cars of May 2023.", "29,075", "31,456"),
        # an adjective in the noun phrase of the rate; the level before the change carries a date
        ("Kessel's van sales were 14,041 units during August 2019, a rise of 71 units or a modest gain of "
         "0.5% from the 13,970 vans of a year before.", "14,041", "13,970"),
        ("Exports hit 44,566 vehicles, a significant increase of 12,225 vehicles, or 37.8%, compared to "
         "the 32,341 vehicles of last year.", "44,566", "32,341"),
    ],
)  # fmt: skip
def test_a_change_with_both_levels_around_it(text: str, current: str, baseline: str) -> None:
    (ch,) = find(build(text))
    assert (ch.current.text if ch.current else None, ch.baseline.text if ch.baseline else None) == (current, baseline)
    v = only(text)
    assert v.status is Status.CONSISTENT, v.message
    assert {e.role: e.quantity.text for e in v.evidence} == {"current": current, "baseline": baseline}


def test_a_span_of_years_between_the_level_and_its_change_is_no_figure() -> None:
    text = (
        "Kessel expects to sell 600,000 units over the two-year 2025-2026 period, an increase of roughly "
        "200,000 or 50 percent from the 2023-2024 period."
    )
    (ch,) = find(build(text))
    assert ch.current is not None and ch.current.text == "600,000"
    assert only(text).status is Status.CONSISTENT
    assert only(text.replace("50 percent", "60 percent")).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    ("text", "current", "change"),
    [
        # the gap first, then the rate in a phrase of its own
        ("Orla has sold 52,300 cars this year, 6,100 fewer than in the first half of 2024, a fall of"
         " 10.4%.", "52,300", "6,100"),
        ("Halden sold 8,000 trucks in May, 2,000 more than a year earlier, an increase of 33.3%.", "8,000", "2,000"),
        ("Brelt delivered 6,420 cars, 320 more than last June (up 5.2%).", "6,420", "320"),
        # the rate first, the gap joined after it
        ("Kessel expects about 870,000 registrations, -4.2% on 2024 and 38,000 cars fewer.",
         "about 870,000", "38,000"),
        ("Drevon shipped 5,400 vans, down 10% from a year earlier, or 600 fewer.", "5,400", "600"),
    ],
)  # fmt: skip
def test_a_gap_said_as_a_comparative_beside_its_rate(text: str, current: str, change: str) -> None:
    v = only(text)
    assert v.status is Status.CONSISTENT, v.message
    assert [(e.role, e.quantity.text.strip()) for e in v.evidence] == [("current", current), ("change", change)]


def test_a_mistyped_rate_beside_a_comparative_gap_is_caught() -> None:
    v = only("Sorell sold 9,000 cars in May, 1,000 more than a year earlier, an increase of 21%.")
    assert v.status is Status.INCONSISTENT, v.message
    assert "9,000 - 1,000 = 8,000" in v.message


def test_a_comparative_that_contradicts_the_rate_pairs_nothing() -> None:
    # "fewer" and "an increase": one of the two words is wrong, and the gap cannot say which
    v = only("Tessin sold 4,000 cars in May, 1,000 fewer than a year earlier, an increase of 25%.")
    assert v.status is Status.UNVERIFIABLE
    assert all(e.role != "change" for e in v.evidence)


def test_levels_listed_respectively_are_reached_by_the_changes_in_turn() -> None:
    text = (
        "Van and truck sales came in at 742 units and 1,380 units, respectively, an increase of 42 units or"
        " 6.0% for vans and an increase of 115 units or 9.1% for trucks."
    )
    vs = fc101(text)
    assert [(v.status, [e.quantity.text.strip() for e in v.evidence]) for v in vs] == [
        (Status.CONSISTENT, ["742", "42"]),
        (Status.CONSISTENT, ["1,380", "115"]),
    ]


def test_a_respectively_list_of_another_length_aligns_nothing() -> None:
    # two levels, three rates: which rate is whose cannot be read off the order
    text = (
        "Van and truck sales came in at 742 units and 1,380 units, respectively, an increase of 42 units or"
        " 6.0% for vans, of 115 units or 9.1% for trucks and of 3 units or 2% for buses."
    )
    assert all("742" not in [e.quantity.text.strip() for e in v.evidence] for v in fc101(text))


@pytest.mark.parametrize(
    ("text", "baseline", "change"),
    [
        # the gap first, then the rate and the level it started from
        ("Drevon sold 700 more cars than a year earlier, an increase of 14% on the 5,000 it sold in June 2022.",
         "5,000", "700"),
        ("Tessin sold 900 fewer vans than in 2021, a fall of 10% from the 9,000 it sold then.", "9,000", "900"),
        # the rate first, "or" and the gap, then the earlier period and its level in a clause
        ("Orla's sales rose 12%, or 600 more units, compared with May last year, when it sold 5,000.",
         "5,000", "600"),
        ("There was a 18.76% rise or 498 more units of Kessel cars sold in the first half compared to that"
         " half a year earlier, when 2,654 units were sold.", "2,654", "498"),
        ("Sorell posted a 10% gain, or 300 more vehicles, compared to March, when 3,100 were sold.", "3,100", "300"),
    ],
)  # fmt: skip
def test_a_gap_and_a_rate_from_the_level_started_from(text: str, baseline: str, change: str) -> None:
    v = only(text)
    assert v.status is Status.CONSISTENT, v.message
    used = {e.role: e.quantity.text.strip() for e in v.evidence}
    assert used == {"baseline": baseline, "change": change}


def test_a_gap_that_does_not_give_the_rate_is_inconsistent() -> None:
    # 900 of 9,000 is a 10% fall, not 12%
    v = only("Korvik sold 900 fewer vans than in 2021, a fall of 12% from the 9,000 it sold then.")
    assert v.status is Status.INCONSISTENT, v.message
    assert "9,000 - 900 = 8,100" in v.message


def test_the_amount_of_a_change_is_never_the_level_of_a_rate() -> None:
    # "700 more cars" is how far the level moved; the rate's level is not in the text, and the
    # figure of the paragraph before is another subject's
    text = (
        "Kessel sold 600 buses in May.\n\n"
        "Drevon sold 700 more cars than a year earlier, an increase of 14% on that year, Drevon said."
    )
    v = only(text)
    assert v.status is Status.UNVERIFIABLE, v.message
    assert v.evidence == ()


@pytest.mark.parametrize(
    ("text", "status", "levels"),
    [
        ("Year-to-date sales fell 4.4%, or 30,357 vehicles. So far this year, 665,309 vehicles were sold, down"
         " from 695,666 a year earlier.", Status.CONSISTENT, ["665,309", "695,666"]),
        ("Registrations rose 6.2%, or 1,210 units. In May, 20,730 cars were registered as against 19,520 in May"
         " 2024.", Status.CONSISTENT, ["20,730", "19,520"]),
        ("Registrations rose 2.6%, or 1,210 units. In May, 20,730 cars were registered as against 19,520 in May"
         " 2024.", Status.INCONSISTENT, ["20,730", "19,520"]),
    ],
)  # fmt: skip
def test_a_change_whose_two_levels_the_next_sentence_gives(text: str, status: Status, levels: list[str]) -> None:
    v = only(text)
    assert v.status is status, v.message
    assert [e.quantity.text.strip() for e in v.evidence if e.role in ("current", "baseline")] == levels


@pytest.mark.parametrize(
    ("second", "status"),
    [
        ("That is 76,200 vehicles or 1.2% more than a year earlier.", Status.CONSISTENT),
        ("This was 76,200 or 1.2 per cent more than in the previous year.", Status.CONSISTENT),
        ("That is 76,200 vehicles or 2.1% more than a year earlier.", Status.INCONSISTENT),
        ("It was 76,200 vehicles (1.2%) fewer than a year earlier.", Status.CONSISTENT),
    ],
)
def test_a_change_said_after_the_level_of_the_sentence_before(second: str, status: Status) -> None:
    # 6,420,300 - 76,200 = 6,344,100; 76,200 / 6,344,100 = 1.20% (and 76,200 / 6,496,500 = 1.17%)
    level = "6,496,500" if "fewer" in second else "6,420,300"
    text = f"In all, {level} motor vehicles were registered in Norvia at the end of June. {second}"
    v = only(text)
    assert v.status is status, v.message
    assert v.evidence[0].quantity.text == level


def test_a_hedged_level_in_the_sentence_before_is_not_read() -> None:
    # "some 6,420,300" stands for a range too wide to tell a wrong rate from a right one
    text = (
        "Some 6,420,300 motor vehicles were registered in Norvia at the end of June. "
        "That is 76,200 vehicles or 2.1% more than a year earlier."
    )
    assert [c for c in find(build(text)) if c.current is not None] == []


def test_two_levels_in_the_sentence_before_leave_the_change_unread() -> None:
    text = (
        "In all, 6,420,300 motor vehicles and 4,760,800 cars were registered in Norvia at the end of June. "
        "That is 76,200 vehicles or 1.2% more than a year earlier."
    )
    assert [c for c in find(build(text)) if c.current is not None] == []


@pytest.mark.parametrize(
    ("after", "change"),
    [
        ("ahead of 2023", True),
        ("behind the same months of last year", True),
        ("higher than a year earlier", True),
        ("ahead of Orla", False),
        ("behind its rival Drevon", False),
        ("above the Orla brand", False),
    ],
)
def test_a_rate_set_off_by_commas_is_a_change_before_a_time_not_before_a_rival(after: str, change: bool) -> None:
    # "ahead of" a year dates a change; "ahead of" a rival ranks a brand, whose rate is a share
    doc = build(f"Kessel sold 4,210 units, or 21 per cent, {after}.")
    assert [ch.rate.text.strip() for ch in find(doc)] == (["21 per cent"] if change else [])


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        ("Kessel built 18,900 cars last month, 2,600 more ({r} y/y) than a year before.", "+16.0%", "+61.0%"),
        (
            "Output reached 299,300 cars in 2023, 44,200 more than the year before, which represents a rise of {r}.",
            "17.3%",
            "13.7%",
        ),
        ("Orla built 5,124 buses in 2023, 64 more ({r}) than in the whole of 2022.", "+1.3%", "+3.1%"),
    ],
)
def test_a_gap_said_as_a_comparative_with_its_rate_in_brackets_or_a_clause(text: str, right: str, wrong: str) -> None:
    (v,) = [v for v in factcheck.check_text(text.format(r=right)) if v.code == "FC101"]
    assert v.status is Status.CONSISTENT, v.message
    (v,) = [v for v in factcheck.check_text(text.format(r=wrong)) if v.code == "FC101"]
    assert v.status is Status.INCONSISTENT, v.message


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "Kessel sold 128,410 light vehicles in December, up {r} on a year earlier. This increase of 2,960 "
            "units came from fleet buyers.",
            "2.4%",
            "4.2%",
        ),
        (
            "Orla delivered 58,210 cars in June, down {r} on a year earlier. The drop of 2,810 vehicles came "
            "mostly from exports.",
            "4.6%",
            "6.4%",
        ),
        (
            "Registrations rose {r} in May to 41,300 units. This rise of 4,425 units was the largest this year.",
            "12%",
            "21%",
        ),
    ],
)
def test_the_amount_of_a_change_said_in_the_next_sentence(text: str, right: str, wrong: str) -> None:
    (v,) = [v for v in factcheck.check_text(text.format(r=right)) if v.code == "FC101"]
    assert v.status is Status.CONSISTENT, v.message
    (v,) = [v for v in factcheck.check_text(text.format(r=wrong)) if v.code == "FC101"]
    assert v.status is Status.INCONSISTENT, v.message


@pytest.mark.parametrize(
    "text",
    [
        "Tessin expects to sell 48,600 vans - 1,130 vans or 2.4% - more than the 47,470 it sold in 2024.",
        "Tessin sold 48,600 vans \u2013 1,130 vans or 2.4% \u2013 more than the 47,470 of a year earlier.",
        "Tessin sold 48,600 vans \u2014 1,130 vans, or 2.4% \u2014 more than the 47,470 of 2024.",
    ],
)
def test_an_amount_and_rate_set_off_by_dashes_before_more_than(text: str) -> None:
    vs = factcheck.check_text(text)
    by_code = {v.code: v for v in vs}
    assert "FC102" not in by_code, by_code["FC102"].message  # "or 0.3% - more than" is no share
    v = by_code["FC101"]
    assert v.status is Status.CONSISTENT, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "48,600"), ("baseline", "47,470")]
    wrong = only(text.replace("2.4%", "4.2%"))
    assert wrong.status is Status.INCONSISTENT, wrong.message


@pytest.mark.parametrize(
    "text",
    [
        "The agency is to release 186 - or 19.4 per cent - more permits for vans, taking the total quota for"
        " May to July to 1,145.",
        "Lumea's agency adds 186, or 19.4 per cent, more van permits, taking the total to 1,145.",
        "Halden will issue 186 (or 19.4 per cent) more permits, bringing its pool to 1,145.",
    ],
)
def test_an_amount_and_rate_then_the_total_the_change_brings_it_to(text: str) -> None:
    v = only(text)
    assert v.status is Status.CONSISTENT, v.message
    assert v.evidence[0].quantity.text == "1,145" and "959" in v.message
    wrong = only(text.replace("19.4", "19.9"))
    assert wrong.status is Status.INCONSISTENT, wrong.message


@pytest.mark.parametrize(
    "text",
    [
        "Exports recorded a decline of 3,583 units, or 15.6%, to 19,446 units this year compared to the 23,029"
        " shipped in the same months of 2024.",
        "Exports fell by 3,583 units or 15.6% to 19,446 units in the period, against the 23,029 of a year earlier.",
        "Exports rose by 3,583 units or 18.4% to 23,029 so far this year from 19,446.",
    ],
)
def test_the_level_reached_its_period_then_the_stated_baseline(text: str) -> None:
    (diff,) = [v for v in factcheck.check_text(text) if v.code == "FC105"]
    assert diff.status is Status.CONSISTENT, diff.message
    assert sorted(e.quantity.text for e in diff.evidence if e.role != "stated") == ["19,446", "23,029"]
    wrong = [v for v in factcheck.check_text(text.replace("3,583", "3,853")) if v.code == "FC105"]
    assert [v.status for v in wrong] == [Status.INCONSISTENT], [v.message for v in wrong]


@pytest.mark.parametrize(
    "text",
    [
        "Vans should post a strong gain \u2013 882 vans or 1.6% \u2013 from 53,940 in 2024 to 54,822 this year.",
        "Pickups posted a rise - 882 units or 1.6% - from 53,940 units to 54,822.",
        "Van sales rose by 882 units (1.6%) \u2013 from 53,940 units to 54,822.",
    ],
)
def test_an_amount_and_rate_in_an_aside_then_the_levels_from_and_to(text: str) -> None:
    v = only(text)
    assert v.status is Status.CONSISTENT, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("current", "54,822"), ("baseline", "53,940")]
    wrong = only(text.replace("1.6%", "6.1%"))
    assert wrong.status is Status.INCONSISTENT, wrong.message
