"""FC112 margin: a profit margin against the profit of its kind and the revenue of its period."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.model import Status


def fc112(text: str):
    return [v for v in factcheck.check_text(text) if v.code == "FC112"]


def only(text: str):
    vs = fc112(text)
    assert len(vs) == 1, [v.message for v in vs]
    return vs[0]


REVENUE = "Kessel Group's revenue for the second quarter rose 6% to EUR 3,140 million.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Operating profit was EUR 296 million, an operating margin of {m}%.",
        "Operating income rose 9% to EUR 296 million, for a {m}% operating margin.",
        "EBIT came in at EUR 296 million, giving an EBIT margin of {m}%.",
        "Adjusted EBIT(1) of EUR 296 million, with adjusted EBIT(1) margin of {m}%.",
        # the lines said otherwise, and a margin that moved to its figure
        "Profit from operations reached EUR 296 million, with the operating margin improving to {m}%.",
        "Operating profit grew to EUR 296 million, though its operating margin contracted by 40 basis points to {m}%.",
    ],
)
@pytest.mark.parametrize(("m", "status"), [("9.4", Status.CONSISTENT), ("4.9", Status.INCONSISTENT)])
def test_a_margin_is_its_profit_over_the_revenue(sentence: str, m: str, status: Status) -> None:
    # 296 / 3,140 = 9.43%
    v = only(REVENUE + sentence.format(m=m))
    assert (v.status, [(e.role, e.quantity.text) for e in v.evidence]) == (
        status,
        [("profit", "EUR 296 million"), ("revenue", "EUR 3,140 million")],
    ), v.message


@pytest.mark.parametrize(
    "sentence",
    [
        # an EBITDA margin is no margin of EBIT, nor an adjusted one of the reported profit
        "EBIT was EUR 296 million, and the EBITDA margin reached 14.1%.",
        "Operating profit was EUR 296 million, an adjusted operating margin of 11.2%.",
        # a target is no margin earned
        "Operating profit was EUR 296 million; the group keeps its target of an operating margin of 12%.",
        # a profit compared with is no profit of the period
        "The operating margin was 12.0%, against operating profit of EUR 296 million a year earlier.",
    ],
)
def test_no_margin_of_another_kind_or_time(sentence: str) -> None:
    assert fc112(REVENUE + sentence) == []


def test_a_revenue_of_another_period_is_no_whole_of_the_margin() -> None:
    # the nine months' revenue is the only one stated; the margin is the quarter's
    text = (
        "For the first nine months, revenue totalled EUR 9,180 million.\n\n"
        "In the third quarter, operating profit was EUR 296 million, an operating margin of 9.4%."
    )
    assert [v.status for v in fc112(text) if v.status is not Status.UNVERIFIABLE] == []


def test_two_revenues_of_the_period_leave_a_mismatch_unverifiable() -> None:
    text = (
        REVENUE + "Net revenues from vehicles were EUR 2,870 million.\n\n"
        "Operating profit was EUR 296 million, an operating margin of 4.9%."
    )
    v = only(text)
    assert v.status is Status.UNVERIFIABLE, v.message


@pytest.mark.parametrize("line", ["Profit after tax", "The net result"])
@pytest.mark.parametrize(("m", "status"), [("6.8", Status.CONSISTENT), ("8.6", Status.INCONSISTENT)])
def test_profit_after_tax_is_the_net_line(line: str, m: str, status: Status) -> None:
    # 214 / 3,140 = 6.82%
    v = only(REVENUE + f"{line} was EUR 214 million, a net margin of {m}%.\n")
    assert v.status is status, v.message


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        # the margin moved to its figure from an earlier one, or by a step in per cent
        ("Operating profit was EUR 296 million, while the operating margin widened from 7.1 per cent a year"
         " earlier to {m} per cent.", Status.INCONSISTENT),
        ("Operating profit rose 40% to EUR 296 million and the operating margin improved 2.3 per cent to"
         " {m} per cent.", Status.INCONSISTENT),
        # the ratio, as Japanese results in English name the margin
        ("Operating income was EUR 296 million, lifting the operating income ratio to {m} percent.",
         Status.INCONSISTENT),
        # a bare profit margin is the net one (its profit said in the sentence before: a mismatch
        # is left unverifiable)
        ("Normalized net income was EUR 296 million. The normalized profit margin fell to {m}% from 9.9%.",
         Status.UNVERIFIABLE),
    ],
)  # fmt: skip
@pytest.mark.parametrize("m", ["9.4", "4.9"])
def test_a_margin_said_as_it_moved(sentence: str, wrong: Status, m: str) -> None:
    v = only(REVENUE + sentence.format(m=m))
    assert v.status is (Status.CONSISTENT if m == "9.4" else wrong), v.message
    assert [e.quantity.text for e in v.evidence] == ["EUR 296 million", "EUR 3,140 million"]


@pytest.mark.parametrize(("share", "status"), [("9.4", Status.CONSISTENT), ("4.9", Status.INCONSISTENT)])
@pytest.mark.parametrize("profit", ["Operating income climbed 12% to", "Net income was up 8% to"])
def test_a_profit_said_as_a_share_of_sales(profit: str, share: str, status: Status) -> None:
    text = f"Sales rose 2% to EUR 3,140 million in the half. {profit} EUR 296 million, or {share} percent of sales."
    v = only(text)
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["EUR 296 million", "EUR 3,140 million"]


@pytest.mark.parametrize(("m", "status"), [("9.4", Status.CONSISTENT), ("4.9", Status.UNVERIFIABLE)])
def test_the_one_profit_of_its_kind_said_paragraphs_before_the_margin(m: str, status: Status) -> None:
    text = (
        "Kessel Group booked a profit after tax of EUR 296 million in the period, 12% more.\n\n"
        "Earnings per share came to EUR 1.12. Group revenue grew 8% to EUR 3,140 million.\n\n"
        "Gross profit rose to EUR 612 million. Distribution costs grew 5%.\n\n"
        f"Kessel closed the period on a net profit margin of {m}%."
    )
    v = only(text)
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["EUR 296 million", "EUR 3,140 million"]


def test_two_profits_of_the_kind_said_far_before_leave_no_margin_to_check() -> None:
    text = (
        "Kessel Group booked a profit after tax of EUR 296 million in the period, 12% more.\n\n"
        "Its car unit made a net profit of EUR 210 million. Revenue jumped 8% to EUR 3,140 million.\n\n"
        "Gross profit rose to EUR 612 million. Distribution costs grew 5%.\n\n"
        "Kessel closed the period on a net profit margin of 9.4%."
    )
    assert fc112(text) == []


def test_the_cost_of_sales_is_no_revenue() -> None:
    text = (
        "Revenue rose 11% to EUR 3,140 million, while the cost of sales climbed 9% to EUR 2,512 million; gross"
        " profit came to EUR 628 million, a gross margin of 20.0%."
    )
    v = only(text)
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["EUR 628 million", "EUR 3,140 million"]


@pytest.mark.parametrize(("m", "status"), [("12.0", Status.CONSISTENT), ("21.0", Status.INCONSISTENT)])
@pytest.mark.parametrize(
    "said",
    [
        "Net sales fell to SEK 117.0 billion. Operating income came to SEK 14,074 M, an operating margin of {m}%.",
        "Kessel's revenue was SEK 117.0 billion, and its operating income SEK 14,074 M, for an operating margin"
        " of {m}%.",
        "Revenue amounted to NOK 117.0 billion in the quarter. Operating profit reached NOK 14,074 M, an"
        " operating margin of {m}%.",
    ],
)
def test_a_profit_in_millions_written_with_a_capital_m(m: str, status: Status, said: str) -> None:
    # "SEK 14,074 M" is SEK 14.074 billion: 12.0% of 117.0 billion, never 0.0%
    v = only(said.format(m=m))
    cur = "NOK" if "NOK" in said else "SEK"
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == [f"{cur} 14,074 M", f"{cur} 117.0 billion"], v.message
