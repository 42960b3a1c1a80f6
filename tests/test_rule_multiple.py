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
    "In the fourth quarter Zentro recorded a loss of CNY 700 million for 69,697 vehicles delivered, "
    "or about CNY {x} per vehicle."
)


@pytest.mark.parametrize(
    ("x", "status"),
    [
        ("10,043", Status.CONSISTENT),  # 700 million / 69,697 = 10,043.5
        ("10,000", Status.CONSISTENT),
        ("1,043", Status.INCONSISTENT),  # a digit dropped
        ("14,003", Status.INCONSISTENT),
        # "700 million" stands for 650-750 million: 10,700 is inside that honest range
        ("10,700", Status.CONSISTENT),
    ],
)
def test_per_unit_quotient(x: str, status: Status) -> None:
    v = only(PER_UNIT.format(x=x))
    assert v.status is status, v.message
    assert [e.role for e in v.evidence] == ["a", "b"]
    assert [e.quantity.text for e in v.evidence] == ["CNY 700 million", "69,697"]


def test_per_unit_with_conversion_in_brackets() -> None:
    text = (
        "The loss fell to CNY 500 million (USD 68 million) in the first quarter, with 75,869 vehicles "
        "delivered, equivalent to approximately CNY 6,600 (USD 905) per vehicle."
    )
    v = only(text)
    assert v.status is Status.CONSISTENT
    assert round(v.computed) == 6590


def test_per_unit_operands_from_sentences_before() -> None:
    text = (
        "The unit reported an operating loss of CNY 300 million in the second quarter.\n\n"
        "In the second quarter, Zentro delivered 81,302 vehicles. This equates to an average loss of "
        "approximately CNY 7,300 per vehicle."
    )
    v = only(text)
    assert v.status is Status.INCONSISTENT  # 300 million / 81,302 = 3,690
    assert "3,690" in v.message


def test_price_per_vehicle_is_not_a_quotient() -> None:
    text = "The average selling price rose to CNY 253,662 per vehicle in the second quarter."
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


def test_times_as_many_with_baseline() -> None:
    text = "Zentro sold 9,000 EVs in 2023, three times as many as the 3,000 it sold in 2022."
    v = only(text)
    assert v.status is Status.CONSISTENT
    assert [e.quantity.text for e in v.evidence] == ["9,000", "3,000"]


def test_up_fold_reads_either_way() -> None:
    # "up 1.2-fold" is +120% in much reporting (x2.2); x1.2 would be "up 20%"
    ok = "Exports totaled 225,000 units, up 1.2-fold from 102,000 units a year earlier."
    assert only(ok).status is Status.CONSISTENT
    bad = "Exports totaled 225,000 units, up 1.8-fold from 102,000 units a year earlier."
    assert only(bad).status is Status.INCONSISTENT


def test_multiple_linked_to_growth_rate() -> None:
    text = (
        "Zentro delivered 15,256 vehicles in February, down 49.90% year-on-year.\n\n"
        "Zentro saw its February deliveries halved year-on-year, the company said."
    )
    v = only(text)
    assert v.status is Status.CONSISTENT
    assert round(v.computed, 3) == 0.501


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


@pytest.mark.parametrize(("base", "status"), [("4.1", Status.CONSISTENT), ("3.1", Status.INCONSISTENT)])
def test_times_the_baseline_in_energy_units(base: str, status: Status) -> None:
    text = f"Its supplier shipped 12.3 GWh in the first half, three times the {base} GWh a year earlier."
    assert only(text).status is status


def test_docstring_examples() -> None:
    v = only(PER_UNIT.format(x="1,043"))
    assert v.status is Status.INCONSISTENT
    text = (
        "It sold 15,256 vehicles in February, down 49.90% year-on-year.\n\nIts February deliveries halved year-on-year."
    )
    assert only(text).status is Status.CONSISTENT
