"""Tables read from an article's lines: column groups of two periods and their change, and the
"Total" rows a sum is checked against."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.document import build
from factcheck.model import Status
from factcheck.tables import find_tables

GROUPED = """Halden - Production and sales of new vehicles
May 2025 May 2024 YoY 2025
Passenger cars 41,220 38,040 {pc}% 190,310 180,255 5.6%
Light trucks 12,480 13,900 -10.2% 60,115 63,020 -4.6%
Production total {total} 51,940 3.4% 250,425 243,275 2.9%
"""


def claims(text: str, code: str):
    return [v for v in factcheck.check_text(text) if v.code == code]


def test_a_header_of_column_groups_gives_each_group_its_own_table() -> None:
    tables = find_tables(build(GROUPED.format(pc="8.4", total="53,700")))
    assert [t.columns for t in tables] == [("May 2025", "May 2024", "Y-o-Y"), ("2025", "2024", "Y-o-Y")]
    assert [label for label, _ in tables[0].rows] == ["Passenger cars", "Light trucks", "Production total"]
    assert [c.text for c in tables[1].rows[0][1]] == ["190,310", "180,255", "5.6%"]


@pytest.mark.parametrize(("pc", "status"), [("8.4", Status.CONSISTENT), ("4.8", Status.INCONSISTENT)])
def test_a_change_cell_compares_the_two_periods_of_its_group(pc: str, status: Status) -> None:
    text = GROUPED.format(pc=pc, total="53,700")
    (v,) = [v for v in claims(text, "FC101") if v.stated_text == f"{pc}%"]
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["41,220", "38,040"]


@pytest.mark.parametrize(("total", "status"), [("53,700", Status.CONSISTENT), ("53,070", Status.INCONSISTENT)])
def test_a_total_row_sums_the_rows_above_it_column_by_column(total: str, status: Status) -> None:
    text = GROUPED.format(pc="8.4", total=total)
    (v,) = [v for v in claims(text, "FC103") if v.stated_text == total]
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["41,220", "12,480", total]
    ytd = [v for v in claims(text, "FC103") if v.stated_text == "250,425"]
    assert [v.status for v in ytd] == [Status.CONSISTENT]


def test_a_row_that_is_part_of_the_row_above_is_not_summed() -> None:
    text = GROUPED.format(pc="8.4", total="53,700").replace("Light trucks", "of which BEVs")
    assert claims(text, "FC103") == []


@pytest.mark.parametrize(("x", "status"), [("3.4%", Status.CONSISTENT), ("4.3%", Status.INCONSISTENT)])
def test_a_rate_in_the_text_takes_its_baseline_from_the_tables_column_a_year_before(x: str, status: Status) -> None:
    text = f"Halden built 53,700 vehicles in May 2025, {x} more than in May 2024.\n\n" + GROUPED.format(
        pc="8.4", total="53,700"
    )
    v = next(v for v in claims(text, "FC101") if v.stated_text == x and v.start < text.index("\n"))
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["53,700", "51,940"]


RESULTS = """Kessel's results for the quarter, in billions of yen:

Item Q2 FY2025 Q2 FY2024 Year-Over-Year Change
Revenue 8,114.2 7,702.9 {rev}
Units sold 2,480,000 2,391,000 3.7%
Operating margin 9.1% 8.4% 0.7 ppts
Net income 702.5 655.0 7.3%

Source: Kessel Motor."""


def test_a_header_of_fiscal_periods_and_a_change_column() -> None:
    (table,) = find_tables(build(RESULTS.format(rev="5.3%")))
    assert table.columns == ("Q2 FY2025", "Q2 FY2024", "Year-Over-Year Change")
    # the row of a change in points is no row of the table, and does not end it
    assert [label for label, _ in table.rows] == ["Revenue", "Units sold", "Net income"]


@pytest.mark.parametrize(("rev", "status"), [("5.3%", Status.CONSISTENT), ("3.5%", Status.INCONSISTENT)])
def test_a_results_table_row_compares_its_two_fiscal_periods(rev: str, status: Status) -> None:
    vs = claims(RESULTS.format(rev=rev), "FC101")
    assert [(v.stated_text, v.status) for v in vs] == [
        (rev, status),
        ("3.7%", Status.CONSISTENT),
        ("7.3%", Status.CONSISTENT),
    ]
    assert [e.quantity.text for e in vs[0].evidence] == ["8,114.2", "7,702.9"]


QUARTERS = """Orla's deliveries by quarter:
| 3Q2025 | 2Q2025 | 3Q2024 |
Vans | 9,100 | 6,500 | 4,550 |
Trucks | 8,894 | 9,076 | 6,219 |

Orla delivered 9,100 vans in the third quarter of 2025, an increase of {qoq} from the second quarter of 2025
and a rise of 100% from the third quarter of 2024."""


@pytest.mark.parametrize(("qoq", "status"), [("40%", Status.CONSISTENT), ("30%", Status.INCONSISTENT)])
def test_a_rate_named_by_its_period_takes_the_rows_cell_under_that_period(qoq: str, status: Status) -> None:
    vs = claims(QUARTERS.format(qoq=qoq), "FC101")
    assert [(v.stated_text, v.status) for v in vs] == [(qoq, status), ("100%", Status.CONSISTENT)]
    assert [[e.quantity.text for e in v.evidence] for v in vs] == [["9,100", "6,500"], ["9,100", "4,550"]]


def test_a_piped_row_without_its_opening_bar_is_read() -> None:
    (table,) = find_tables(build(QUARTERS.format(qoq="40%")))
    assert table.columns == ("3Q2025", "2Q2025", "3Q2024")
    assert [label for label, _ in table.rows] == ["Vans", "Trucks"]


@pytest.mark.parametrize(("eu", "status"), [("4.69%", Status.CONSISTENT), ("4.96%", Status.INCONSISTENT)])
def test_a_change_row_under_two_period_rows_compares_them_column_by_column(eu: str, status: Status) -> None:
    text = (
        "Registrations in Halden grew again this spring, our own table shows.\n\n"
        "Car registrations\n"
        "  Halden EU share\n"
        "Jan-Apr/17 17,023 5,332,854 0.32%\n"
        "Jan-Apr/16 13,585 5,093,943 0.27%\n"
        f"y/y 25.31% {eu} -\n"
    )
    vs = {v.stated_text: v for v in factcheck.check_text(text) if v.code == "FC101"}
    assert vs["25.31%"].status is Status.CONSISTENT
    assert [e.quantity.text for e in vs["25.31%"].evidence] == ["17,023", "13,585"]
    assert vs[eu].status is status
    assert [e.quantity.text for e in vs[eu].evidence] == ["5,332,854", "5,093,943"]


def test_period_rows_that_are_not_a_year_apart_give_no_changes() -> None:
    text = "Sales by period\n2016 43,015 14,641,356\n2014 34,820 13,713,800\ny/y 23.54% 6.76%\n"
    assert not [t for t in find_tables(build(text)) if t.row_changes]


@pytest.mark.parametrize(("share", "status"), [("0.32%", Status.CONSISTENT), ("0.23%", Status.INCONSISTENT)])
def test_a_share_column_is_the_first_count_of_the_second(share: str, status: Status) -> None:
    text = (
        "Halden's registrations keep growing, our own table shows.\n\n"
        "Car registrations\n"
        "  Halden EU share\n"
        f"Jan-Apr/24 17,023 5,332,854 {share}\n"
        "Jan-Apr/23 13,585 5,093,943 0.27%\n"
    )
    vs = {v.stated_text: v for v in factcheck.check_text(text) if v.code == "FC102"}
    assert vs[share].status is status
    assert [e.quantity.text for e in vs[share].evidence] == ["17,023", "5,332,854"]
    assert vs["0.27%"].status is Status.CONSISTENT


ONE_LINE = (
    "Kessel sales by model\n\n"
    "Model Oct-25 Oct-24 % Chg Oct-25 Oct-24 % Chg Month Month Month Year Year Year Arden 8,120 8,140 {arden} "
    "80,447 74,620 7.8% Vanta XR 1,210 2,080 -41.8% 15,360 19,420 -20.9% TOTAL 9,330 10,220 -8.7% "
    "95,807 94,040 1.9%\n"
)
ONE_CELL_A_LINE = (
    "Sep-25\nSep-24\n% Chg\n2025 YTD\n2024 YTD\n% Chg\nOrla\n60,604\n56,761\n{orla}\n588,902\n642,396\n-8 %\n"
)
EARLIER_FIRST = (
    "Sales of some popular models\n\n"
    "Model Units in August 2025 Units in September 2025 %age Difference Lumea\n\n"
    "Corsa 2,400 2,568 {corsa} Tavi 4,100 3,690 -10% Lumen R 1,520 1,519 0% Dune & Dale 2,300 2,852 24%\n"
)

# a data service's layout: each year glued to its months, "Y-o-Y" changes
GLUED = (
    "Lumea sales by class\n\n"
    "2025Mar. 2024Mar. Y-o-Y 2025Jan.-Mar. 2024Jan.-Mar. Y-o-Y\n"
    "Sedans 12,400 10,780 {sedan} 35,210 31,950 10.2%\n"
    "Pickups 8,310 9,020 -7.9% 24,880 25,600 -2.8%\n"
)
# each level with its share, under a second header line; a group's member rows open with a dash
SHARED = (
    "Brand 2025 2024 Y-o-Y 2025 2024 Y-o-Y\n"
    "Mar. Share Mar. Share Jan.-Mar. Share Jan.-Mar. *1 Share\n"
    "Korvik 9,120 24.4% 8,050 23.1% {korvik} 26,400 24.8% 24,150 23.9% 9.3%\n"
    " - Korvik Vans 1,210 3.2% 1,300 3.7% -6.9% 3,420 3.2% 3,610 3.6% -5.3%\n"
)


@pytest.mark.parametrize(
    ("text", "good", "bad", "levels", "rows"),
    [
        (ONE_LINE, "-0.2%", "-2.0%", ["8,120", "8,140"], 6),
        (GLUED, "15.0%", "51.0%", ["12,400", "10,780"], 4),
        (SHARED, "13.3%", "31.3%", ["9,120", "8,050"], 4),
        (ONE_CELL_A_LINE, "+7 %", "+17 %", ["60,604", "56,761"], 2),
        # the header says the earlier month first: the second level is the current
        (EARLIER_FIRST, "7%", "17%", ["2,568", "2,400"], 4),
    ],
)
def test_rows_of_two_periods_and_their_change(text: str, good: str, bad: str, levels: list[str], rows: int) -> None:
    key = next(k for k in ("arden", "orla", "corsa", "sedan", "korvik") if "{" + k + "}" in text)
    for stated, status in ((good, Status.CONSISTENT), (bad, Status.INCONSISTENT)):
        vs = claims(text.format(**{key: stated}), "FC101")
        assert all(v.status is Status.CONSISTENT for v in vs if v.stated_text != stated), [v.message for v in vs]
        (v,) = [v for v in vs if v.stated_text == stated]
        assert v.status is status, v.message
        assert [e.quantity.text for e in v.evidence] == levels
    # every row's change is read, once
    vs = claims(text.format(**{key: good}), "FC101")
    assert len(vs) == len({v.start for v in vs}) == rows


@pytest.mark.parametrize(
    "header",
    [
        "Model Oct-25 Oct-23 % Chg",  # two years apart: not a change the header names
        "Model Oct-25 Oct-24 DSR % Chg",  # adjusted for selling days
    ],
)
def test_a_header_that_names_no_plain_change_reads_no_rows(header: str) -> None:
    text = f"{header} Arden 13,421 13,453 -2.0% Vanta XR 1,385 2,383 -41.9%\n"
    assert [v for v in claims(text, "FC101") if v.status is not Status.UNVERIFIABLE] == []


@pytest.mark.parametrize(("rate", "status"), [("7%", Status.CONSISTENT), ("17%", Status.INCONSISTENT)])
@pytest.mark.parametrize(
    "lead",
    [
        "Orla reported total September sales of 60,604 units, a {r} increase compared with September 2024.",
        "Orla sold 60,604 cars in September, up {r} year on year.",
    ],
)
def test_a_rate_in_the_text_takes_its_baseline_from_the_row_of_its_level(lead: str, rate: str, status: Status) -> None:
    text = lead.format(r=rate) + "\n\n" + ONE_CELL_A_LINE.format(orla="+7 %")
    (v,) = [v for v in claims(text, "FC101") if v.stated_text == rate and v.start < len(lead)]
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["60,604", "56,761"]


def test_a_month_on_month_row_is_no_baseline_of_a_year_on_year_rate() -> None:
    text = "Lumea sold 2,568 Corsas in September, up 7% year on year.\n\n" + EARLIER_FIRST.format(corsa="7%")
    (v,) = [v for v in claims(text, "FC101") if v.start < text.index("\n")]
    assert v.status is Status.UNVERIFIABLE, v.message


@pytest.mark.parametrize(("change", "status"), [("-13%", Status.CONSISTENT), ("-31%", Status.INCONSISTENT)])
def test_fiscal_year_columns_earlier_first(change: str, status: Status) -> None:
    text = (
        "Kessel tractor sales\n\n"
        f"Month Cumulative F24 F25 %Change F24 F25 %Change Domestic 41220 35860 {change} 150100 162108 8%"
        " Exports 1500 1560 4% 7000 7210 3%\n"
    )
    vs = {v.stated_text: v for v in claims(text, "FC101")}
    assert vs[change].status is status, vs[change].message
    assert [e.quantity.text for e in vs[change].evidence] == ["35860", "41220"]
    assert all(v.status is Status.CONSISTENT for k, v in vs.items() if k != change)


@pytest.mark.parametrize(("change", "status"), [("22.0%", Status.CONSISTENT), ("2.20%", Status.INCONSISTENT)])
def test_a_piped_table_of_two_periods_and_their_growth(change: str, status: Status) -> None:
    text = (
        "Orla's November\n\n"
        "| Segment | Nov'25 | Nov'24 | Growth/Decline |\n"
        f"| Cars at home (with EVs) | 41,480 | 34,000 | {change} |\n"
        "| Cars + vans abroad | 1,320 | 1,200 | 10.0% |\n"
    )
    vs = {v.stated_text: v for v in claims(text, "FC101")}
    assert vs[change].status is status, vs[change].message
    assert [e.quantity.text for e in vs[change].evidence] == ["41,480", "34,000"]
    assert vs["10.0%"].status is Status.CONSISTENT


@pytest.mark.parametrize(("change", "status"), [("21.04%", Status.CONSISTENT), ("12.04%", Status.INCONSISTENT)])
def test_stacked_rows_of_a_period_and_the_same_period_a_year_later(change: str, status: Status) -> None:
    text = (
        "Region Month Units Increase Change %\n"
        "North Mar-23 12,400\n"
        f"Mar-24 15,009 2,609 {change}\n"
        "South Mar-23 8,000\n"
        "Mar-24 8,600 600 7.50%\n"
    )
    vs = {v.stated_text: v for v in claims(text, "FC101")}
    assert vs[change].status is status, vs[change].message
    assert [e.quantity.text for e in vs[change].evidence] == ["15,009", "12,400"]
    assert vs["7.50%"].status is Status.CONSISTENT


REGION_TABLE = (
    "Van registrations by region, January to May\n"
    "Region 2024 Units 2023 Units % Change 2024 % Share 2023 % Share\n"
    "Northfold 1604 1750 -8.34 9.10% 9.35%\n"
    "Westmere 1984 2160 {west} 11.25% 11.54%\n"
    "Ardlow 2011 1802 11.60 11.41% 9.63%\n"
)


@pytest.mark.parametrize(("west", "status"), [("-8.15", Status.CONSISTENT), ("-8.51", Status.INCONSISTENT)])
def test_a_header_of_years_with_units_a_change_and_shares(west: str, status: Status) -> None:
    # the change column's header carries the % its cells leave out; a level that looks like a year
    # ("1984", "2011") is still a cell of its row
    (table,) = find_tables(build(REGION_TABLE.format(west=west)))
    assert table.columns == ("2024", "2023", "% Change", "2024 share", "2023 share")
    vs = sorted(
        (v for v in factcheck.check_text(REGION_TABLE.format(west=west)) if v.code == "FC101"), key=lambda v: v.start
    )
    assert [(v.stated_text, v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [
        ("-8.34", Status.CONSISTENT, ["1604", "1750"]),
        (west, status, ["1984", "2160"]),
        ("11.60", Status.CONSISTENT, ["2011", "1802"]),
    ]


FLAT_TABLE = (
    "Tractor registrations in the valley region\n"
    "March\n"
    "Year to date\n"
    "2024 2023 % chg.\n"
    "2024 2023 % chg.\n"
    "All brands\n"
    "4,120 3,980 3.5% 11,480 10,905 5.3%\n"
    "Orla Kessel\n"
    "1,310 1,402 -6.6% 3,622 3,540 2.3% 2,810 2,578 {kessel} 7,858 7,365 6.7%\n"
    "Figures exclude fleet sales; March 2024 is an estimate.\n"
)


@pytest.mark.parametrize(("kessel", "status"), [("9.0%", Status.CONSISTENT), ("0.9%", Status.INCONSISTENT)])
def test_a_flattened_table_with_its_labels_in_a_block_of_their_own(kessel: str, status: Status) -> None:
    # one header line per column group, then lines of nothing but (2024, 2023, change) triples,
    # one row after another; the label lines and the note between do not end the table
    text = FLAT_TABLE.format(kessel=kessel)
    vs = sorted((v for v in factcheck.check_text(text) if v.code == "FC101"), key=lambda v: v.start)
    assert [(v.stated_text, v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [
        ("3.5%", Status.CONSISTENT, ["4,120", "3,980"]),
        ("5.3%", Status.CONSISTENT, ["11,480", "10,905"]),
        ("-6.6%", Status.CONSISTENT, ["1,310", "1,402"]),
        ("2.3%", Status.CONSISTENT, ["3,622", "3,540"]),
        (kessel, status, ["2,810", "2,578"]),
        ("6.7%", Status.CONSISTENT, ["7,858", "7,365"]),
    ]
    # the header's "2023 % chg." is a year and a column name, not a figure of 2,023 per cent
    assert not [v for v in factcheck.check_text(text) if "2023 %" in v.stated_text]


ONE_CELL_DSR = "\n".join(
    [
        "Month-To-Date",
        "Year-To-Date",
        "May",
        "May",
        "YOY %",
        "% MTD",
        "May",
        "May",
        "YOY %",
        "% MTD",
        "2024",
        "2023",
        "Change",
        "DSR",
        "2024",
        "2023",
        "Change",
        "DSR",
        "Arden",
        "1,240",
        "1,600",
        "{arden}",
        "(20.1)%",
        "6,210",
        "6,900",
        "(10.0)%",
        "(10.0)%",
        "Vanta S",
        "610",
        "0",
        "2,050",
        "0",
        "Orvo",
        "3,300",
        "3,000",
        "10.0%",
        "14.2%",
        "14,100",
        "12,000",
        "17.5%",
        "17.5%",
        "",
    ]
)


@pytest.mark.parametrize(("arden", "status"), [("(22.5)%", Status.CONSISTENT), ("(25.2)%", Status.INCONSISTENT)])
def test_a_one_cell_table_with_a_selling_day_column_and_a_new_model(arden: str, status: Status) -> None:
    # each group is this year, last year, the change and the change per selling day (DSR, which the
    # two levels do not give); a model new this year has no change cells and ends no table
    text = ONE_CELL_DSR.format(arden=arden)
    vs = {
        v.stated_text: (v.status, [e.quantity.text for e in v.evidence])
        for v in factcheck.check_text(text)
        if v.code == "FC101" and v.status is not Status.UNVERIFIABLE
    }
    assert vs == {
        arden: (status, ["1,240", "1,600"]),
        "(10.0)%": (Status.CONSISTENT, ["6,210", "6,900"]),
        "10.0%": (Status.CONSISTENT, ["3,300", "3,000"]),
        "17.5%": (Status.CONSISTENT, ["14,100", "12,000"]),
    }


def test_change_columns_each_after_the_column_they_compare_with() -> None:
    text = "Details of the report:\n{h}\nSales 61,240 58,900 +4.0 55,100 {y}\n"
    for y, status in (("+11.1", Status.CONSISTENT), ("+1.11", Status.INCONSISTENT)):
        vs = {
            v.stated_text: (v.status, [e.quantity.text for e in v.evidence])
            for v in factcheck.check_text(text.format(h="May Apr m/m pct May23 y/y pct", y=y))
            if v.code == "FC101"
        }
        assert vs == {"+4.0": (Status.CONSISTENT, ["61,240", "58,900"]), y: (status, ["61,240", "55,100"])}
    # a month-on-month column after a month that is not the one before: a header not understood
    wrong = text.format(h="May Mar m/m pct May23 y/y pct", y="+1.11")
    assert not [v for v in factcheck.check_text(wrong) if v.code == "FC101"]


WIRE = (
    "Orla Motors sales by segment in May\n\n"
    "SEGMENT TOTALS {a} {b} PCT CHNG\n"
    "All vehicles 124,560 111,020 12.2\n"
    "Cars 64,210 50,230 {cars}\n"
    "Light trucks 60,350 60,790 -0.7\n"
)


@pytest.mark.parametrize(("a", "b"), [("May-25", "May-24"), ("May'25", "May'24")])
@pytest.mark.parametrize(("cars", "status"), [("27.8", Status.CONSISTENT), ("28.7", Status.INCONSISTENT)])
def test_a_wire_table_of_two_months_and_a_pct_chng_column(a: str, b: str, cars: str, status: Status) -> None:
    # "May-25 May-24 PCT CHNG": columns of a month a year apart, bare changes in percent
    (t,) = find_tables(build(WIRE.format(a=a, b=b, cars=cars)))
    assert t.columns == ("May 2025", "May 2024", "PCT CHNG")
    vs = {v.stated_text: v for v in claims(WIRE.format(a=a, b=b, cars=cars), "FC101")}
    assert vs[cars].status is status, vs[cars].message
    assert [e.quantity.text for e in vs[cars].evidence] == ["64,210", "50,230"]


def test_a_table_total_of_figures_with_decimals_is_shown_with_them() -> None:
    text = (
        "Annualised sales (millions) May-25 May-24\n"
        "Cars 5.30 4.11\nTrucks 6.28 5.69\nImports 2.94 2.66\nTotal 14.52 12.46\n"
    )
    msgs = [v.message for v in claims(text, "FC103")]
    assert any(m.startswith("5.30 + 6.28 + 2.94 = 14.52;") for m in msgs), msgs


SPACED_FY = """Kessel Motors results at a glance

Item Q2 FY27 (Rs bn) Q2 FY26 (Rs bn) Change (%)
Net sales 48.30 40.25 +{r}%
Gross profit 7.12 5.90 +21%
Operating profit 4.40 3.10 +42%
"""


def test_spaced_header_with_two_digit_fiscal_years_and_unit_brackets() -> None:
    (table,) = [t for t in find_tables(build(SPACED_FY.format(r="20"))) if t.change_column is not None]
    assert table.columns == ("Q2 FY27", "Q2 FY26", "Change (%)")
    assert [label for label, _ in table.rows] == ["Net sales", "Gross profit", "Operating profit"]


@pytest.mark.parametrize(("r", "status"), [("20", Status.CONSISTENT), ("02", Status.INCONSISTENT)])
def test_change_column_of_a_fiscal_table_compares_the_later_year_with_the_earlier(r: str, status: Status) -> None:
    (v,) = [v for v in claims(SPACED_FY.format(r=r), "FC101") if v.stated_text.startswith("+" + r)]
    assert v.status is status
    assert [e.quantity.text for e in v.evidence] == ["48.30", "40.25"]


@pytest.mark.parametrize(("rate", "status"), [("8%", Status.CONSISTENT), ("18%", Status.INCONSISTENT)])
@pytest.mark.parametrize("label", ["9M 2024", "6M 2024", "H1 2024"])
def test_a_prior_figure_in_brackets_dated_by_its_first_months(rate: str, status: Status, label: str) -> None:
    # 12.4 / 13.5 - 1 = -8.1%
    text = f"Lorne's revenue declined by {rate} to €12.4 billion ({label}: €13.5 billion), mainly on weaker demand."
    vs = claims(text, "FC101")
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [
        (status, ["€12.4 billion", "€13.5 billion"])
    ], [v.message for v in vs]


PIPED = """Registrations of heavy vehicles
{first} | {second} | % change year-on-year | Q2 2025 | Q2 2024 | % change year-on-year | |
Rigid trucks - total | 2765 | 3415 | {pc}% | 7226 | 8598 | -16% |
Rigid trucks over 3.5t* | 612 | 770 | -20.5% | 1702 | 1961 | -13.2% |
"""


@pytest.mark.parametrize(("pc", "status"), [("-19", Status.CONSISTENT), ("-91", Status.INCONSISTENT)])
@pytest.mark.parametrize(("first", "second"), [("June 2025", "June 2024"), ("Jun 2025", "Jun 2024")])
def test_a_piped_table_of_month_and_quarter_columns_with_their_changes(
    pc: str, status: Status, first: str, second: str
) -> None:
    # 2765 / 3415 - 1 = -19.0%; each quarter's change against the quarter a year before
    vs = claims(PIPED.format(pc=pc, first=first, second=second), "FC101")
    got = {v.stated_text: (v.status, [e.quantity.text for e in v.evidence]) for v in vs}
    assert got[f"{pc}%"] == (status, ["2765", "3415"]), [v.message for v in vs]
    assert got["-16%"] == (Status.CONSISTENT, ["7226", "8598"])
    assert got["-20.5%"] == (Status.CONSISTENT, ["612", "770"])
    assert got["-13.2%"] == (Status.CONSISTENT, ["1702", "1961"])


@pytest.mark.parametrize(("rate", "status"), [("45%", Status.CONSISTENT), ("54%", Status.INCONSISTENT)])
@pytest.mark.parametrize("to", ["to the level of", "to the mark of"])
def test_a_level_reached_named_as_a_level(rate: str, status: Status, to: str) -> None:
    # 2,581 / 1,780 - 1 = +45.0%
    text = f"Electric bus sales in the half grew by {rate} from 1,780 vehicles {to} 2,581 buses."
    vs = claims(text, "FC101")
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [(status, ["2,581", "1,780"])], [
        v.message for v in vs
    ]


@pytest.mark.parametrize(("change", "status"), [("-39.9%", Status.CONSISTENT), ("-93.9%", Status.INCONSISTENT)])
@pytest.mark.parametrize(
    ("before", "after"),
    [("Jan-May 2024", "Jan-May 2025"), ("January–May 2024", "January–May 2025"), ("YTD 2024", "YTD 2025")],
)
def test_a_change_column_after_two_columns_of_the_months_so_far(
    change: str, status: Status, before: str, after: str
) -> None:
    # 6,974 / 11,610 - 1 = -39.9%: the months so far of one year against the same months a year before
    text = (
        "# Kessel\n\nKessel sold fewer cars so far this year.\n\n"
        f"Brand | {before} | {after} | Change |\nK3 | 7,410 | 2,210 | -70.2% |\nK5 | 11,610 | 6,974 | {change} |\n"
    )
    vs = [v for v in claims(text, "FC101") if v.stated_text == change]
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [(status, ["6,974", "11,610"])], [
        v.message for v in vs
    ]


@pytest.mark.parametrize(("rate", "status"), [("48%", Status.CONSISTENT), ("84%", Status.INCONSISTENT)])
@pytest.mark.parametrize(
    "basis",
    [
        "compared with the same period a year ago",
        "against the same months of the year before",
        "from the same period a year earlier",
    ],
)
def test_a_rate_with_a_long_comparison_takes_its_baseline_from_the_table(rate: str, status: Status, basis: str) -> None:
    # 9,557 / 18,433 - 1 = -48.2%: the prose's level is the table's total, a year after its baseline
    text = (
        f"# Kessel\n\nBy the end of May, Kessel had sold 9,557 cars in Norvia, down {rate} {basis}.\n\n"
        "Brand | Jan-May 2024 | Jan-May 2025 |\nK3 | 7,410 | 2,210 |\nK5 | 11,023 | 7,347 |\nTotal | 18,433 | 9,557 |\n"
    )
    vs = [v for v in claims(text, "FC101") if v.stated_text == rate]
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [(status, ["9,557", "18,433"])], [
        v.message for v in vs
    ]


# --- a header of quarters written "1Q2025" with a "Difference" column; a change column padded to
# two decimals; a row with one period's figure only


_QUARTERS = (
    "Kessel's first quarter\n\n"
    "Models 1Q2025 (Jan-Mar) 1Q2024 (Jan-Mar)  Difference\n\n"
    "Vessa 512 1240   {vessa}\n\n"
    "Orvo 3840 6120   -37.30%\n\n"
    "Talo 1494 8300   -82.00%\n\n"
    "Nira 4120\n\n"
    "Brisk 1650 5410   -69.50%\n\n"
    "Total 11,616 21,070   -44.9%\n"
)


def test_a_header_of_quarters_and_a_difference_column() -> None:
    (t,) = find_tables(build(_QUARTERS.format(vessa="-58.70%")))
    assert t.columns == ("1Q2025", "1Q2024", "Difference") and t.change_column == 2
    assert [label for label, _ in t.rows] == ["Vessa", "Orvo", "Talo", "Brisk", "Total"]


@pytest.mark.parametrize(("vessa", "status"), [("-58.70%", Status.CONSISTENT), ("-85.70%", Status.INCONSISTENT)])
def test_a_change_column_padded_to_two_decimals_stands_for_one(vessa: str, status: Status) -> None:
    # 512 / 1240 is -58.71%: "-58.70%" in a column whose every cell ends in a zero was written to one
    # decimal (-58.7%) and padded, as were -37.25% ("-37.30%"), -82.00% ("-82.00%"), -69.50%
    vs = {v.stated_text.strip(): v for v in factcheck.check_text(_QUARTERS.format(vessa=vessa)) if v.code == "FC101"}
    assert vs[vessa].status is status, vs[vessa].message
    assert all(vs[s].status is Status.CONSISTENT for s in ("-37.30%", "-82.00%", "-69.50%", "-44.9%"))


def test_a_row_passed_over_leaves_the_total_row_unsummed() -> None:
    # "Nira 4120" has this year's figure only: the rows above the total are not all of it
    assert [v for v in factcheck.check_text(_QUARTERS.format(vessa="-58.70%")) if v.code == "FC103"] == []


# A wire service's monthly series: a volume column and change columns named by their basis, one row
# per month, newest or oldest first, maybe under a line giving the year.
SERIES = [
    # newest first, the year on a line of its own, m/m and y/y columns
    "Lumea car sales, monthly:\nMonth Volume m/m y/y\n(in pct) (in pct)\n2025*\nMarch 41,300 +{m} +12.0\n"
    "February 37,500 -6.3 +4.1\nJanuary 40,020 +5.0 -2.2\n2024*\nDecember 38,115 -1.9 +3.0\n"
    "November 38,850 +2.2 +1.4\n",
    # change first, then the volume, the months abbreviated with no year
    "KEY DATA\nchange m/m pct vehicles\nMar +{m} 41,300\nFeb -6.3 37,500\nJan +5.0 40,020\nDec -1.9 38,115\n",
    # oldest first, in units
    "Monthly registrations\nMonth Units m/m\nDec 38,115 -1.9\nJan 40,020 +5.0\nFeb 37,500 -6.3\nMar 41,300 +{m}\n",
]


@pytest.mark.parametrize("table", SERIES)
def test_a_monthly_series_checks_each_change_against_the_month_before(table: str) -> None:
    text = "Lumea's sales rose in March, the association said.\n\n" + table
    by_cell = {v.stated_text: v for v in claims(text.format(m="10.1"), "FC101")}
    # 41,300 / 37,500 - 1 = +10.13%; 37,500 / 40,020 - 1 = -6.30%; 40,020 / 38,115 - 1 = +5.00%
    assert by_cell["+10.1"].status is Status.CONSISTENT, by_cell["+10.1"].message
    assert [e.quantity.text for e in by_cell["+10.1"].evidence] == ["41,300", "37,500"]
    assert by_cell["-6.3"].status is Status.CONSISTENT
    assert by_cell["+5.0"].status is Status.CONSISTENT
    wrong = {v.stated_text: v for v in claims(text.format(m="1.01"), "FC101")}
    assert wrong["+1.01"].status is Status.INCONSISTENT


def test_a_monthly_series_compares_the_same_month_and_whole_years_a_year_apart() -> None:
    text = (
        "Orla annual sales\n\nchange y/y pct vehicles\nJan -2.2 40,020\nDec +3.0 38,115\n"
        "2024 {y} 470,400\n2023 +3.8 451,000\n"
    )
    (v,) = [v for v in claims(text.format(y="+4.3"), "FC101") if v.stated_text == "+4.3"]
    assert v.status is Status.CONSISTENT, v.message  # 470,400 / 451,000 - 1 = +4.30%
    (w,) = [v for v in claims(text.format(y="+3.4"), "FC101") if v.stated_text == "+3.4"]
    assert w.status is Status.INCONSISTENT
    # no row a year before January or December: their changes are left unread
    assert not [v for v in claims(text.format(y="+4.3"), "FC101") if v.stated_text in ("-2.2", "+3.0")]


def test_a_series_whose_months_do_not_follow_one_another_pairs_nothing() -> None:
    text = "Orla sales\n\nMonth Volume m/m\nMarch 41,300 +10.1\nJanuary 37,500 -6.3\nDecember 40,020 +5.0\n"
    assert claims(text, "FC101") == []
