"""FC104 cumulative: months into quarters, quarters into halves, year-to-date, guided full year."""

from __future__ import annotations

import pytest

import factcheck
from factcheck import periods
from factcheck.model import Status


def fc104(text: str):
    return [v for v in factcheck.check_text(text) if v.code == "FC104"]


def only(text: str):
    vs = fc104(text)
    assert len(vs) == 1, [v.message for v in vs]
    return vs[0]


QUARTER = (
    "Tarsa sold 2,284 cars in June, below either of the two months before it "
    "(2,657 in May and 3,146 in April).\n\n"
    "Over the second quarter, Tarsa delivered {q1} Tarsa T7 electric cars."
)


def test_months_add_up_to_the_quarter() -> None:
    v = only(QUARTER.format(q1="8,087"))
    assert v.status is Status.CONSISTENT
    assert [(e.role, e.quantity.text) for e in v.evidence] == [
        ("part", "3,146"),
        ("part", "2,657"),
        ("part", "2,284"),
        ("total", "8,087"),
    ]


@pytest.mark.parametrize("q1", ["8,807", "8,078", "1,887"])
def test_mistyped_quarter_is_flagged(q1: str) -> None:
    v = only(QUARTER.format(q1=q1))
    assert v.status is Status.INCONSISTENT
    assert "8,087" in v.message


def test_quarters_add_up_to_the_half() -> None:
    text = (
        "A record {cars} cars were handed over in the first half of the year.\n\n"
        "Following 71,362 cars delivered in the first quarter, "
        "deliveries climbed in the second quarter to 94,805 units."
    )
    assert only(text.format(cars="166,167")).status is Status.CONSISTENT
    assert only(text.format(cars="166,176")).status is Status.INCONSISTENT


def test_month_stated_as_a_baseline_counts() -> None:
    text = (
        "Keld Motors delivered 17,642 vehicles in May, up 3.08 percent from 17,115 in April.\n\n"
        "Keld Motors delivered 18,903 vehicles in June.\n\n"
        "In the second quarter Keld Motors delivered 53,660 vehicles."
    )
    v = only(text)
    assert v.status is Status.CONSISTENT and v.computed == 53660


def test_rounded_total_is_compared_as_an_interval() -> None:
    text = (
        "Sales were 1.3 million in June and 1.2 million in May. In April they reached 1.5 million. "
        "Second-quarter sales were 4 million."
    )
    # 4 (stated without decimals) against 1.3 + 1.2 + 1.5 (each +/- 0.05)
    assert only(text).status is Status.CONSISTENT


def test_other_company_months_are_not_summed() -> None:
    text = (
        "Orvane delivered 39,820 vehicles in the second quarter, with 12,406 in April and 13,377 in May.\n\n"
        "Keld Motors delivered 29,314 vehicles in June."
    )
    assert [v for v in fc104(text) if v.status is Status.INCONSISTENT] == []


def test_total_that_matches_another_figure_is_not_accused() -> None:
    text = (
        "In June, sales came to 2,284 (2,657 in May and 3,146 in April).\n\n"
        "In the second quarter of 2024, Tarsa delivered 8,087 cars.\n\n"
        "Keld Motors reports 241,360 vehicle sales in the second quarter."
    )
    statuses = {v.stated_text: v.status for v in fc104(text)}
    assert statuses["8,087"] is Status.CONSISTENT
    assert statuses.get("241,360") is not Status.INCONSISTENT


def test_guided_full_year() -> None:
    text = (
        "Orvane delivered 41,208 vehicles in November, a 3.41% decline from October's 42,663 units. "
        "Deliveries so far this year came to 398,512.\n\n"
        "Orvane has guided fourth-quarter deliveries between 128,000 and 134,000 vehicles. "
        "That puts its full-year deliveries somewhere between {lo} and 448,641 vehicles."
    )
    vs = fc104(text.format(lo="442,641"))
    assert [v.status for v in vs] == [Status.CONSISTENT, Status.CONSISTENT]
    vs = fc104(text.format(lo="442,461"))
    assert [v.status for v in vs] == [Status.INCONSISTENT, Status.CONSISTENT]
    assert "442,641" in vs[0].message


def test_distractors_are_not_periods() -> None:
    text = (
        "The 2025 model year SUV hits 100 km/h in 4.4 seconds and carries an 82 kWh battery. "
        "It sold 4,000 units in April, 3,000 in May and 2,000 in June; the 800V trim costs RMB 260,000."
    )
    assert fc104(text) == []


def test_five_months_make_the_year_to_date() -> None:
    text = (
        "Keld Motors sold 88,000 vehicles in May, including 21,000 NEVs.\n\n"
        "In the first five months, Keld Motors sold {ytd} vehicles. In January it sold 81,000, in February "
        "57,000, in March 76,000 and in April 79,000."
    )
    assert only(text.format(ytd="381,000")).status is Status.CONSISTENT
    assert only(text.format(ytd="318,000")).status is Status.INCONSISTENT


def test_docstring_examples() -> None:
    text = "Deliveries were 3,146 in April, 2,657 in May and 2,284 in June, for 8,807 in the second quarter."
    assert only(text).status is Status.INCONSISTENT
    text = (
        "It delivered 71,362 cars in the first quarter and 94,805 in the second quarter, for 166,167 in the first half."
    )
    assert only(text).status is Status.CONSISTENT


def test_quarters_make_the_first_three_quarters() -> None:
    text = (
        "Orvane delivered {t} vehicles in the first three quarters. It delivered 318,442 in the first quarter, "
        "356,917 in the second quarter and 371,605 in the third quarter."
    )
    # 1,046,964: "1,047,000" holds only if it was rounded, which a figure written in full does not say
    rounded = only(text.format(t="1,047,000"))
    assert rounded.status is Status.UNVERIFIABLE
    assert "1,047,000 is itself rounded" in rounded.message
    assert only(text.format(t="1,046,964")).status is Status.CONSISTENT
    assert only(text.format(t="1,064,964")).status is Status.INCONSISTENT


@pytest.mark.parametrize(("total", "status"), [("272,801", Status.CONSISTENT), ("272,081", Status.INCONSISTENT)])
def test_a_month_stated_as_a_bracketed_baseline_adds_up_with_the_next(total: str, status: Status) -> None:
    # "compared to January (142,852)": the January figure is the baseline of a rate, in brackets
    # after its month; "up to" after a rate leads to the level reached; factory output is another metric
    text = (
        "Kestrian plants built 161,181 vehicles in February, the makers' body said.\n\n"
        "Sales were limited to 129,949 in February, a drop of 1.8% compared to February of last year"
        " (132,331) and a decrease of 9.0% compared to January (142,852).\n\n"
        "Accumulated manufacturing in the first two months came to 313,847 vehicles.\n\n"
        f"In the first two months of the year, sales grew by 5.4%, up to {total} units."
    )
    vs = [v for v in factcheck.check_text(text) if v.code == "FC104"]
    assert [v.status for v in vs] == [status], [v.message for v in vs]
    assert sorted(e.quantity.text for e in vs[0].evidence) == sorted(["142,852", "129,949", total])


def test_a_month_said_with_a_total_of_its_own_is_no_part_of_another_total() -> None:
    # January's 327 belongs to the farm-vehicle total of its own sentence, not to the 60,300
    text = (
        "In February, 36,400 cars were exported. For the first two months of the year, a total of 60,300 cars"
        " were exported.\n\n"
        "Farm vehicle exports fell. In February, 505 units were shipped. In January, 327 units were shipped,"
        " giving a total for the first two months of 832 units."
    )
    vs = fc104(text)
    assert all("60,300" not in v.message for v in vs), [v.message for v in vs]


@pytest.mark.parametrize(("total", "status"), [("93,450", Status.CONSISTENT), ("93,540", Status.INCONSISTENT)])
def test_a_cumulative_years_total_after_the_months_before_it(total: str, status: Status) -> None:
    text = (
        "Tessin sold 11,250 new energy vehicles in June.\n\n"
        f"Cumulative 2025 sales reached {total} NEVs, after 82,200 through May."
    )
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC104"]
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["82,200", "11,250", total]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Cumulative 2025 sales reached", "ytd"),
        ("its cumulative sales this year", "ytd"),
        ("cumulative deliveries since launch", "all"),
        ("its cumulative deliveries passed", "all"),
    ],
)
def test_cumulative_with_a_year_is_the_years_running_total(text: str, key: str) -> None:
    assert {m.key for m in periods.mentions(text)} == {key}


@pytest.mark.parametrize(
    "template",
    [
        "Lumea delivered {a} cars in March, {b} in April and {c} in May, for a quarterly total of {t}.",
        "In March Lumea sold {a}, in April {b} and in May {c}, bringing its tally to {t} units.",
        "Lumea's output was {a} units in the first quarter, {b} in the second and {c} in the third, a total of {t}.",
    ],
)
def test_periods_its_own_sentence_adds_up(template: str) -> None:
    v = only(template.format(a="1,020", b="1,150", c="1,300", t="3,470"))
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["1,020", "1,150", "1,300", "3,470"]
    slip = only(template.format(a="1,020", b="1,150", c="1,300", t="3,740"))
    assert slip.status is Status.INCONSISTENT
    assert slip.diagnosis is not None and slip.diagnosis.code == "transposed-digits"
    assert slip.suggestion == "3,470"
    far = only(template.format(a="1,020", b="1,150", c="1,300", t="3,900"))
    assert far.status is Status.UNVERIFIABLE


@pytest.mark.parametrize(
    "text",
    [
        "Total sales in the first half were 61,200 units: 31,400 in the first quarter and 29,800 in the second.",
        "Tessin sold 31,400 vans in the first quarter and 29,800 in the second, bringing first-half sales to 61,200.",
        "Lumea registered 31,400 cars in the first quarter and 29,800 in the second. First-half registrations"
        " came to 61,200.",
    ],
)
def test_a_quarter_named_by_its_ordinal_alone_after_the_first(text: str) -> None:
    v = only(text)
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence if e.role == "part"] == ["31,400", "29,800"]
    assert only(text.replace("29,800", "28,900")).status is Status.INCONSISTENT


def test_the_second_largest_is_no_quarter() -> None:
    text = "Sales were 31,400 in the first quarter, and Orla ranked in the second tier of makers."
    assert [m.key for m in periods.mentions(text)] == ["q1"]


_FILLER = (
    "Dealers said demand for second-hand cars held up.\n\nThe statistics office gave no breakdown by brand."
    " Port handling times improved over the year. Buyers waited for lower duty rates.\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "Vehicle imports into Ghana fell 7% to 77,300 units in the year ended December.\n\n"
        + _FILLER
        + "Covid restrictions cut imports in the six months to June to 31,900 units. Imports then rose to"
        " 45,400 units in the six months that ended in December.",
        "Ghana imported 77,300 vehicles in the 12 months ending December.\n\n"
        + _FILLER
        + "In the first half, imports dropped to 31,900 units.\n\nIn the second half, imports recovered to 45,400.",
        "Over the year that ended in December, vehicle imports reached 77,300 units.\n\n"
        + _FILLER
        + "First-half imports were 31,900 units and second-half imports were 45,400 units.",
        # (the year the baseline names is not the level's: "compared to 80,410 units in 2024")
        "Vehicle imports fell 7% to 77,300 units in the year ended December, against 80,410 units in 2024.\n\n"
        + _FILLER
        + "Imports in the first half of 2025 fell to 31,900 units, and second-half imports in 2025 rose to 45,400.",
    ],
)
def test_halves_far_from_the_year_of_a_report_on_the_market_alone(text: str) -> None:
    (v,) = [v for v in fc104(text) if v.stated_text.startswith("77,")]
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence if e.role == "part"] == ["31,900", "45,400"]
    (wrong,) = [v for v in fc104(text.replace("77,300", "77,030")) if v.stated_text.startswith("77,")]
    assert wrong.status is Status.INCONSISTENT, wrong.message


def test_a_far_figure_of_a_report_that_names_companies_is_not_summed() -> None:
    text = (
        "Kessel sold 77,300 cars in the year ended December.\n\n"
        + _FILLER
        + "Orla sold 31,900 cars in the first half and 45,400 cars in the second half."
    )
    assert [v for v in fc104(text) if v.stated_text.startswith("77,")] == []


@pytest.mark.parametrize(
    "lead",
    [
        "The country saw 23,100 new vehicles registered in the first three months, compared to 20,400 vehicles"
        " registered in the same period in 2025.",
        "Registrations reached 23,100 in the first three months, against 20,400 vehicles registered over the same"
        " months of 2025.",
        "In the first three months 23,100 vehicles were registered, up from 20,400 vehicles in the first quarter"
        " of 2025.",
    ],
)
def test_a_baselines_year_far_after_it_does_not_date_the_total(lead: str) -> None:
    text = (
        lead
        + "\n\nMarch saw the most registrations in 2026, at 8,300, followed by January at 7,900. February had 6,900."
    )
    (v,) = [v for v in fc104(text) if v.stated_text == "23,100"]
    assert v.status is Status.CONSISTENT, v.message
    (wrong,) = [v for v in fc104(text.replace("8,300", "8,030")) if v.stated_text == "23,100"]
    assert wrong.status is Status.INCONSISTENT, wrong.message


@pytest.mark.parametrize(
    "lines",
    [
        "1. January: dealers sold 1,094 units.\n\n2. February: 1,181 cars were registered.\n\n3. March: 1,293 vehicles"
        " were registered.",
        "January: 1,094 cars were sold.\n\nFebruary: 1,181 cars were sold.\n\nMarch: 1,293 cars were sold.",
        "- Jan.: dealers sold 1,094 cars\n- Feb.: 1,181 cars were registered\n- Mar.: 1,293 cars were registered",
    ],
)
def test_a_month_labelling_a_list_line_is_its_period_not_a_model(lines: str) -> None:
    text = "Dealers sold 3,568 cars in the first quarter, the association said.\n\n" + lines
    (v,) = [v for v in fc104(text) if v.stated_text == "3,568"]
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence if e.role == "part"] == ["1,094", "1,181", "1,293"]
    (wrong,) = [v for v in fc104(text.replace("3,568", "3,658")) if v.stated_text == "3,658"]
    assert wrong.status is Status.INCONSISTENT, wrong.message


@pytest.mark.parametrize(
    "sentence",
    [
        "Halden's sales were 3,000 in April, 3,500 in May and 4,000 in June, or {t} for the quarter.",
        "Halden sold 3,000 cars in April, 3,500 in May and 4,000 in June, making {t} units in the quarter.",
        "Halden delivered 3,000 vehicles in July, 3,500 in August and 4,000 in September, for {t} in the whole"
        " quarter.",
        # the months named by their count, in order
        "Halden delivered 3,000, 3,500 and 4,000 units in the three months of the quarter, {t} in total.",
        "Halden built 3,000, 3,500 and 4,000 cars over the three months of the period, for a total of {t}.",
        "Halden sold 3,000, 3,500 and 4,000 cars in each of the three months of the quarter, making {t} in all.",
    ],
)
def test_months_closed_by_the_period_they_make_up(sentence: str) -> None:
    (v,) = fc104(sentence.format(t="10,500"))
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence if e.role == "part"] == ["3,000", "3,500", "4,000"]
    (wrong,) = fc104(sentence.format(t="15,000"))
    assert wrong.status is Status.INCONSISTENT, wrong.message


def test_a_period_after_parts_that_are_no_months_ties_nothing() -> None:
    # ("or 12,000 for the year" closes months of it, never a breakdown by body: no sum either way)
    text = "Halden sold 3,000 sedans, 3,500 SUVs and 4,000 vans, or 12,000 for the year."
    assert [v.code for v in factcheck.check_text(text) if v.code in ("FC103", "FC104")] == []
