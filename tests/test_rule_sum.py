"""FC103 sum: breakdowns against their totals, closed and open lists, pairing guards."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.model import Status


def fc103(text: str):
    return [v for v in factcheck.check_text(text) if v.code == "FC103"]


def only(text: str):
    vs = fc103(text)
    assert len(vs) == 1, [v.message for v in vs]
    return vs[0]


SEGMENTS = (
    "Orvane's sales of new energy vehicles came to {total} units in May.\n\n"
    "In May Orvane sold {pas} units of new-energy passenger vehicles plus {com} units of commercial vehicles."
)


def test_passenger_plus_commercial_adds_up() -> None:
    v = only(SEGMENTS.format(total="38,881", pas="38,264", com="617"))
    assert v.status is Status.CONSISTENT
    assert v.computed == 38881
    assert [(e.role, e.quantity.text) for e in v.evidence] == [
        ("part", "38,264"),
        ("part", "617"),
        ("total", "38,881"),
    ]
    assert v.stated_text == "38,881"


@pytest.mark.parametrize("total", ["83,881", "38,818"])  # "3,8881" is no longer read as a figure
def test_transposed_total_is_flagged_with_the_right_figure(total: str) -> None:
    vs = fc103(SEGMENTS.format(total=total, pas="38,264", com="617"))
    assert vs and vs[0].status is Status.INCONSISTENT
    assert "38,881" in vs[0].message


def test_transposed_part_is_flagged() -> None:
    v = only(SEGMENTS.format(total="38,881", pas="38,264", com="671"))
    assert v.status is Status.INCONSISTENT
    assert v.computed == 38935


def test_breakdown_with_baselines_checks_each_period() -> None:
    text = (
        "Orvane sold 144,416 new energy vehicles in October, up 48.39 percent from 97,320 units a year "
        "earlier and up 2.32 percent from 141,173 units in September.\n\n"
        "Its new energy passenger car sales were 143,270 in October, up 48.44 percent from 96,518 units "
        "a year earlier and up 2.41 percent from 139,904 units in September.\n\n"
        "Orvane's new energy commercial vehicles sold 1,146 units in October, up 42.89 percent from 802 "
        "units a year earlier, but down 7.06 percent from 1,233 units in September."
    )
    vs = fc103(text)
    by_total = {v.stated_text: v.status for v in vs}
    assert by_total == {
        "144,416": Status.CONSISTENT,
        "97,320": Status.CONSISTENT,
        "141,173": Status.INCONSISTENT,  # 139,904 + 1,233 = 141,137
    }


def test_comprising_list_is_closed() -> None:
    text = (
        "Keld Motors handed over 27,418 cars in May, comprising 9,806 from the Keld main brand, "
        "12,975 from Tarsa, and 4,637 from Vell."
    )
    assert only(text).status is Status.CONSISTENT
    short = text.replace("12,975", "12,795")  # parts now fall 180 short of the total
    assert only(short).status is Status.INCONSISTENT


@pytest.mark.parametrize("main", ["main", "core", "namesake"])
def test_the_groups_own_brand_is_a_part(main: str) -> None:
    text = (
        f"Keld Motors handed over 27,418 cars in May, comprising 9,806 from the Keld {main} brand, "
        "12,975 from Tarsa, and 4,637 from Vell."
    )
    v = only(text)
    assert v.status is Status.CONSISTENT
    assert "9,806" in [e.quantity.text for e in v.evidence]


def test_total_line_closes_a_list() -> None:
    text = "Sales by model:\n\nKX5: 3,852\nKX7: 2,417\nKR3: 1,906\nTotal: 8,175\n"
    assert only(text).status is Status.CONSISTENT
    v = only(text.replace("8,175", "8,715"))
    assert v.status is Status.INCONSISTENT and "8,175" in v.message


def test_open_list_falling_short_is_only_unverifiable() -> None:
    # brands may leave out a small one: a shortfall is not proof of an error
    text = (
        "Orvane Group delivered 7,842 vehicles in the week.\n\n"
        "The Orvane main brand logged 3,516 registrations in the week.\n\n"
        "Its sub-brand Lumo registered 2,689 registrations in the week."
    )
    v = only(text)
    assert v.status is Status.UNVERIFIABLE
    # but parts that exceed the total cannot be right
    v = only(text.replace("7,842", "5,842"))
    assert v.status is Status.INCONSISTENT


def test_round_total_that_holds_only_if_rounded_is_unverifiable() -> None:
    text = (
        "Wholesale volumes of new energy passenger vehicles came to 386,000 units in March.\n\n"
        "This includes 301,400 BEVs and 84,900 PHEVs."
    )
    # 386,300 is within what "386,000" would stand for if rounded to thousands, but a figure
    # written in full is exact: the article does not say which it is.
    v = only(text)
    assert v.status is Status.UNVERIFIABLE
    assert "holds only if 386,000 is itself rounded (to the nearest 1,000)" in v.message
    assert only(text.replace("84,900", "85,400")).status is Status.INCONSISTENT  # 386,800
    assert only(text.replace("301,400", "310,400")).status is Status.INCONSISTENT


def test_narrower_parts_are_not_paired_with_a_wider_total() -> None:
    # passenger BEVs + PHEVs leave out commercial vehicles: no pairing with the NEV total
    text = (
        "Orvane sold 214,760 NEVs in October.\n\n"
        "Passenger BEVs were 90,000 units and passenger PHEVs were 110,000 units in October."
    )
    assert fc103(text) == []


def test_other_company_and_period_are_not_paired() -> None:
    text = "Keld delivered 24,000 vehicles in May.\n\nOrvane delivered 6,000 A7s, 4,000 A9s and 1,000 C3s in May."
    assert fc103(text) == []
    text = (
        "Orvane delivered 24,000 vehicles in the second quarter.\n\n"
        "Orvane delivered 6,000 A7s, 4,000 A9s and 1,000 C3s in May."
    )
    assert fc103(text) == []


def test_distractors_make_no_breakdown() -> None:
    text = (
        "The Aster is priced from RMB 209,900 ($29,000), sprints to 100 km/h in 4.1 seconds on an 800V "
        "architecture and packs a 77.4 kWh battery. Orvane sold 4,000 Asters and 1,500 Corvids in 2024."
    )
    assert [v for v in fc103(text) if v.status is Status.INCONSISTENT] == []


def test_wrong_pairing_is_defused_by_a_matching_figure_nearby() -> None:
    # the parts add up to another stated figure: say unverifiable, never inconsistent
    text = (
        "Keld Motors sold 241,360 vehicles in the first quarter.\n\n"
        "Of that total, 35,812 were xEVs (BEVs, PHEVs, HEVs).\n\n"
        "Plug-ins make up the bulk of its xEV sales - 28,947 BEVs, 5,402 PHEVs and 1,463 HEVs."
    )
    v = only(text)
    assert v.status is Status.CONSISTENT and v.stated_text == "35,812"


def test_hyphenated_joint_ventures_are_other_companies() -> None:
    text = "Dongran Motor sold 297,000 vehicles in May.\n\nDongran-Ford sold 21,000 sedans and 36,000 SUVs in May."
    assert fc103(text) == []


def test_docstring_examples() -> None:
    assert only("Orvane sold 38,881 NEVs in May: 38,264 passenger vehicles and 671 commercial vehicles.").status is (
        Status.INCONSISTENT
    )
    text = "Sales came to 386,000 units in March.\n\nThis includes 301,000 BEVs and 85,000 PHEVs."
    assert only(text).status is Status.CONSISTENT


COMPANIES = "Corvan registered 14,230 vehicles in the week, Belmar 9,870, Tessin 6,140 and Orla 3,985{total}"


@pytest.mark.parametrize(
    ("total", "status"),
    [
        (". Together, the four brands registered 34,225 vehicles.", Status.CONSISTENT),
        (". Together, the four brands registered 34,252 vehicles.", Status.INCONSISTENT),
        (", for a combined 34,225 vehicles.", Status.CONSISTENT),
        (", a total of 34,522 vehicles.", Status.INCONSISTENT),
        (". Together, they registered 34,225 vehicles.", Status.CONSISTENT),
    ],
)
def test_a_figure_per_company_and_their_sum(total: str, status: Status) -> None:
    v = only(COMPANIES.format(total=total))
    assert v.status is status
    assert [e.quantity.text for e in v.evidence if e.role == "part"] == ["14,230", "9,870", "6,140", "3,985"]


@pytest.mark.parametrize(
    "total",
    [
        ". Together, the ten biggest brands registered 54,225 vehicles.",  # not these four
        ". Together, the three brands registered 30,240 vehicles.",  # three is not four
        ". Together, Chinese brands registered 54,225 vehicles.",  # another group
        ". Chinese brands registered 54,225 vehicles.",  # no word that sums the list
    ],
)
def test_a_sum_of_some_other_group_is_not_the_lists(total: str) -> None:
    assert fc103(COMPANIES.format(total=total)) == []


def test_figures_all_written_to_the_thousand_are_read_as_rounded() -> None:
    text = "Wholesale volumes came to 386,000 units in March. This includes 302,000 BEVs and 85,000 PHEVs."
    # 387,000 against 386,000: every figure ends in 000, so each stands for +/-500
    v = only(text)
    assert v.status is Status.CONSISTENT
    assert "rounded to the thousand" in v.message
    assert only(text.replace("85,000", "88,000")).status is Status.INCONSISTENT


def test_a_written_out_part_is_exact() -> None:
    # 30,100 + 18,000 = 48,100: not 48,200 unless 18,000 was itself rounded (issue: a tick that lied)
    text = "Of the 48,200 cars Tessin sold in March, 30,100 were SUVs and 18,000 were sedans."
    v = only(text)
    assert v.status is not Status.CONSISTENT


# --- aligned lists: "respectively" pairs the figures with the labels in order ---------------

RESPECTIVELY = [
    # figures first, then the labels
    "Tessin sold {total} vehicles in April.\n\n"
    "Tessin sold {a}, {b} and {c} sedans, SUVs and MPVs, respectively, in April.",
    # labels first, then the figures
    "Tessin sold {total} vehicles in April.\n\nIn April, Tessin's deliveries of saloons, crossovers (SUVs) "
    "and people carriers (MPVs) came to {a} units, {b} units and {c} units, respectively.",
    # the total in the same sentence
    "Of the {total} vehicles Tessin sold in April, {a}, {b} and {c} were sedans, SUVs and MPVs, respectively.",
]


@pytest.mark.parametrize("text", RESPECTIVELY)
def test_respectively_pairs_figures_with_labels(text: str) -> None:
    v = only(text.format(total="36,145", a="12,410", b="20,615", c="3,120"))
    assert v.status is Status.CONSISTENT and v.stated_text == "36,145"
    assert [(e.role, e.quantity.text) for e in v.evidence] == [
        ("part", "12,410"),
        ("part", "20,615"),
        ("part", "3,120"),
        ("total", "36,145"),
    ]
    # sedans, SUVs and MPVs make the whole: a total above the sum is a slip too
    assert only(text.format(total="36,415", a="12,410", b="20,615", c="3,120")).status is Status.INCONSISTENT
    assert only(text.format(total="36,145", a="12,410", b="26,015", c="3,120")).status is Status.INCONSISTENT


def test_respectively_with_as_well_as_and_a_total_before() -> None:
    text = (
        "Orvane sold a record {total} new energy vehicles (NEVs) in May.\n\n"
        "Orvane's May NEV volume covers passenger models as well as light commercial vans, which accounted "
        "for {a} units and 1,305 units, respectively.\n\n"
        "Among these passenger models, BEVs came to 20,110 units.\n\n"
        "Plug-in hybrids were 28,100 units."
    )
    vs = {v.stated_text: v.status for v in fc103(text.format(total="49,515", a="48,210"))}
    assert vs == {"49,515": Status.CONSISTENT, "48,210": Status.CONSISTENT}
    vs = {v.stated_text: v.status for v in fc103(text.format(total="49,155", a="48,210"))}
    assert vs["49,155"] is Status.INCONSISTENT


def test_respectively_open_list_short_is_unverifiable() -> None:
    text = (
        "Tessin sold 40,000 vehicles in April.\n\n"
        "Tessin sold 12,410, 20,615 and 3,120 hatchbacks, SUVs and pickups, respectively, in April."
    )
    assert only(text).status is Status.UNVERIFIABLE


@pytest.mark.parametrize(
    "text",
    [
        # the labels are months: a cumulative matter, not a breakdown
        "Tessin sold 25,412 vehicles in the first half.\n\n"
        "Tessin sold 12,410 and 13,002 cars in April and May, respectively.",
        # the labels are other companies
        "Tessin sold 25,412 vehicles in April.\n\n"
        "Belmar and Corvan sold 12,410 and 13,002 vehicles, respectively, in April.",
        # the list is of a narrower slice (exports) than the earlier figure
        "Tessin sold 95,412 vehicles in April.\n\n"
        "Its exports of sedans and SUVs were 12,410 and 13,002 units in April, respectively.",
    ],
)
def test_respectively_lists_that_break_down_nothing_here(text: str) -> None:
    assert [v for v in fc103(text) if v.status is not Status.UNVERIFIABLE] == []


def test_respectively_two_candidate_totals_is_unverifiable() -> None:
    # parts above one earlier figure but below another: which total is meant is not certain
    text = (
        "Tessin sold 90,512 vehicles in August.\n\nIts overall sales in August were 84,006 units.\n\n"
        "Tessin sold 31,604, 52,118 and 2,377 hatchbacks, SUVs and pickups, respectively, in August."
    )
    assert [v.status for v in fc103(text)] == [Status.UNVERIFIABLE]


# --- a total after its parts -----------------------------------------------------------------

AFTER = (
    "New car registrations in Norland edged up in June.\n\n"
    "BEV registrations rose 20.1% to {bev} units, a share of 16.2% of all sales.\n\n"
    "Registrations of plug-in hybrids (PHEVs) fell 3.4% to 2,310 units and a 6.4% market share.\n\n"
    "Hybrid electric vehicles (HEVs) climbed 4.0% to 4,005 units and an 11.1% market share.\n\n"
    "These figures translate into {total} electrified cars in June, a penetration of {share}."
)


def test_these_figures_translate_into_the_total_and_shares_add_up() -> None:
    vs = {v.stated_text: v for v in fc103(AFTER.format(bev="5,840", total="12,155", share="33.7%"))}
    assert {k: v.status for k, v in vs.items()} == {"12,155": Status.CONSISTENT, "33.7%": Status.CONSISTENT}
    assert [e.quantity.text for e in vs["12,155"].evidence] == ["5,840", "2,310", "4,005", "12,155"]
    assert [e.role for e in vs["33.7%"].evidence] == ["part", "part", "part", "total"]
    for bev, total, share, bad in [
        ("5,480", "12,155", "33.7%", "12,155"),  # a part mistyped: short of a closed total
        ("5,840", "12,515", "33.7%", "12,515"),
        ("5,840", "11,255", "33.7%", "11,255"),  # parts above the total
        ("5,840", "12,155", "37.3%", "37.3%"),
    ]:
        vs = {v.stated_text: v.status for v in fc103(AFTER.format(bev=bev, total=total, share=share))}
        assert vs[bad] is Status.INCONSISTENT, (bev, total, share)


@pytest.mark.parametrize(
    "text",
    [
        "Corvan sold 5,120 BEVs and 2,310 PHEVs in June, bringing the total to {total} plug-in cars.",
        "Fleet buyers registered 9,120 Corvan cars in March.\n\nPrivate registrations were 6,410 in March, "
        "and business registrations 1,205.\n\nTogether, the three channels registered {total} Corvan cars in March.",
    ],
)
def test_total_that_sums_up_the_parts_before_it(text: str) -> None:
    parts = [int(x.replace(",", "")) for x in ("5,120", "2,310")] if "BEVs" in text else [9120, 6410, 1205]
    right = f"{sum(parts):,}"
    assert only(text.format(total=right)).status is Status.CONSISTENT
    wrong = right[:-2] + right[-1] + right[-2]  # two digits swapped
    assert only(text.format(total=wrong)).status is Status.INCONSISTENT


def test_in_all_without_a_count_only_confirms() -> None:
    # "In all" may sum up more than the figures just before it: a mismatch is not proof
    text = (
        "Corvan sold 5,120 BEVs in June.\n\nIt sold 2,310 PHEVs in June.\n\nIn all, Corvan sold {total} cars in June."
    )
    assert only(text.format(total="7,430")).status is Status.CONSISTENT
    assert only(text.format(total="7,340")).status is Status.UNVERIFIABLE


def test_a_run_of_parts_that_may_reach_further_back_is_not_sure() -> None:
    # another figure just before the named parts may belong to the total
    text = (
        "Corvan sold 1,000 cars to fleet buyers in June.\n\nIt sold 5,120 BEVs in June.\n\n"
        "It sold 2,310 PHEVs in June.\n\nThese figures translate into 11,430 zero-emission cars."
    )
    assert [v for v in fc103(text) if v.status is Status.INCONSISTENT] == []


# --- parts named by channel, country or subset ------------------------------------------------


@pytest.mark.parametrize(
    "home",
    [
        "Its deliveries within China totalled {dom} units in August, 3 percent lower.",
        "In August the group moved {dom} units in the Chinese market.",
    ],
)
def test_home_market_and_exports_make_the_total(home: str) -> None:
    text = (
        "Keld's August sales across all vehicle lines came to {total} units, 12 percent lower than a year ago.\n\n"
        "Keld shipped 6,418 units abroad in August, 2 percent fewer than a year earlier.\n\n" + home
    )
    v = only(text.format(total="86,348", dom="79,930"))
    assert v.status is Status.CONSISTENT
    assert sorted(e.quantity.text for e in v.evidence if e.role == "part") == ["6,418", "79,930"]
    # home market and exports are the whole: a gap either way is a slip
    assert only(text.format(total="86,438", dom="79,930")).status is Status.INCONSISTENT
    assert only(text.format(total="86,348", dom="79,390")).status is Status.INCONSISTENT


def test_sales_in_china_without_exports_nearby_is_no_part() -> None:
    text = (
        "Keld's August sales across all vehicle lines came to 86,348 units.\n\n"
        "Its deliveries within China totalled 79,930 units in August.\n\n"
        "Keld sold 29,792 sedans in August."
    )
    assert [v for v in fc103(text) if v.status is Status.INCONSISTENT] == []


@pytest.mark.parametrize(
    "subset",
    ["including 11,146 units of the premium Vell EVs", "which included 11,146 units of the Vell EV"],
)
def test_an_included_figure_is_a_subset_not_the_total(subset: str) -> None:
    text = (
        "Orvane's passenger plug-in car sales reached {total} units in July, " + subset + ".\n\n"
        "BEVs accounted for 34,783 units, while PHEVs reached 26,322 units."
    )
    v = only(text.format(total="61,105"))
    assert v.status is Status.CONSISTENT and v.stated_text == "61,105"
    assert only(text.format(total="61,015")).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "text",
    [
        "For the week, Keld sold {total} units.\n\n"
        "The Keld K7 logged 4,900 insurance registrations in the week, the Keld K8 3,800, and the Keld K9 3,400.",
        "Keld delivered {total} vehicles in December.\n\nIts K7 accounted for 4,900 units in December, the K8 3,800, "
        "and the K9 3,400.",
    ],
)
def test_a_figure_per_model_after_the_total(text: str) -> None:
    v = only(text.format(total="12,100"))
    assert v.status is Status.CONSISTENT
    assert [e.quantity.text for e in v.evidence] == ["4,900", "3,800", "3,400", "12,100"]
    assert only(text.format(total="11,200")).status is Status.INCONSISTENT  # the models exceed it
    assert only(text.format(total="21,100")).status is Status.UNVERIFIABLE  # a model may be missing


def test_models_of_another_company_are_not_its_parts() -> None:
    text = (
        "Keld delivered 11,200 vehicles in December.\n\n"
        "Belmar's B7 had 4,900 registrations, the B8 3,800, and the B9 3,400."
    )
    assert fc103(text) == []


@pytest.mark.parametrize(
    "lines",
    [
        # notes trail each line, and a copy of the note opens the next one
        "K9 coupe version of the K6: 2,505 (new)\n\n(new) K6 (5-seat SUV): 2,493 (down 2% year-over-year)\n\n"
        "(down 2% year-over-year) K8 (7-seat SUV): 2,009 (up 217% year-over-year)\n\n"
        "(up 217% year-over-year) Total: {total} - (up 121% year-over-year)\n",
        # a bracketed note opens each bullet
        "- (new) K9: 2,505\n- (facelift) K6 (5-seat SUV): 2,493 (down 2% year-over-year)\n"
        "- (7-seat) K8: 2,009 (up 217% year-over-year)\n- (all models) Total: {total} (up 121% year-over-year)\n",
    ],
)
def test_label_lines_with_notes_closed_by_a_total_line(lines: str) -> None:
    text = "Keld's December deliveries by model:\n\n" + lines
    v = only(text.format(total="7,007"))
    assert v.status is Status.CONSISTENT
    assert [e.quantity.text for e in v.evidence] == ["2,505", "2,493", "2,009", "7,007"]
    assert only(text.format(total="7,070")).status is Status.INCONSISTENT  # a closed list
    assert only(text.format(total="7,000")).status is not Status.CONSISTENT


# --- money --------------------------------------------------------------------------------------

MONEY = (
    "In the second quarter, Norda's mobility arm booked total revenue of {total} yuan (1.31 billion USD). "
    "Car sales accounted for 8.7 billion yuan (1.21 billion USD), while its other services contributed "
    "{other} yuan (100 million USD)."
)


def test_money_segments_add_up_in_both_currencies() -> None:
    vs = {v.stated_text: v for v in fc103(MONEY.format(total="9.4 billion", other="700 million"))}
    assert {k: v.status for k, v in vs.items()} == {
        "9.4 billion yuan": Status.CONSISTENT,
        "1.31 billion USD": Status.CONSISTENT,
    }
    assert [e.role for e in vs["9.4 billion yuan"].evidence] == ["part", "part", "total"]
    # "other services" closes the list: a shortfall is a slip as much as an excess
    vs = {v.stated_text: v.status for v in fc103(MONEY.format(total="9.7 billion", other="700 million"))}
    assert vs["9.7 billion yuan"] is Status.INCONSISTENT
    vs = {v.stated_text: v.status for v in fc103(MONEY.format(total="9.4 billion", other="70 million"))}
    assert vs["9.4 billion yuan"] is Status.INCONSISTENT


def test_money_segments_without_a_remainder_are_an_open_list() -> None:
    # net income is not the sum of revenue and costs
    text = "Net income was RMB 1.2 billion. Revenue accounted for RMB 20.2 billion, while costs were RMB 19 billion."
    assert fc103(text) == []
    text = (
        "Revenue in the quarter reached RMB {total}. "
        "Vehicle sales brought in RMB 8.7 billion and services RMB 0.5 billion."
    )
    assert only(text.format(total="9.2 billion")).status is Status.CONSISTENT
    assert only(text.format(total="9.8 billion")).status is Status.UNVERIFIABLE  # a segment may be unnamed
    assert only(text.format(total="8.9 billion")).status is Status.INCONSISTENT  # the segments exceed it


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Hatchbacks made up 12,300 of the June total and SUVs 9,450, so Tessin's passenger cars came to {total}.",
            ["12,300", "9,450"],
        ),
        (
            "Orla's main brand sold 22,410 cars in March, its Pell brand 9,035 and its Vask vans 3,118, which "
            "brought the group total to {total}.",
            ["22,410", "9,035", "3,118"],
        ),
        (
            "In February the main brand had sold 20,904 cars, Pell 8,116 and Vask 2,902. Together, that made {total}.",
            ["20,904", "8,116", "2,902"],
        ),
    ],
)
def test_named_parts_summed_up_in_words(text: str, parts: list[str]) -> None:
    right = f"{sum(int(p.replace(',', '')) for p in parts):,}"
    v = only(text.format(total=right))
    assert v.status is Status.CONSISTENT
    assert [e.quantity.text for e in v.evidence if e.role == "part"] == parts
    for off in (90, -90):  # a slip in the tens either way
        wrong = f"{int(right.replace(',', '')) + off:,}"
        assert only(text.format(total=wrong)).status is Status.INCONSISTENT, wrong


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "Tessin registered {total} cars in Europe in the second quarter. That breaks down into 15,318 for "
            "Germany, 11,927 for France, 8,741 for Italy and 5,306 for Spain.",
            41292,
        ),
        (
            "Orla's order book stood at {total} units in May. "
            "This was split into 5,214 sedans, 3,187 SUVs and 1,253 vans.",
            9654,
        ),
        (
            "By brand, those {total} sales split into 61,243 Orla-badged cars, 17,316 from Pell and 9,921 from Vask.",
            88480,
        ),
        ("Its {total} deliveries were split between 7,412 saloons and 5,257 estates.", 12669),
    ],
)
def test_a_cue_that_closes_the_list_of_parts(text: str, total: int) -> None:
    v = only(text.format(total=f"{total:,}"))
    assert v.status is Status.CONSISTENT and v.stated_text == f"{total:,}"
    for off in (90, -90):
        assert only(text.format(total=f"{total + off:,}")).status is Status.INCONSISTENT


# --- shares that make up a stated share ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Battery-electric models took {a} of Norland's car market in May and plug-in hybrids 16.9%, "
        "for an NEV penetration of {t}.",
        "BEVs accounted for {a} of registrations and PHEVs for 16.9%, giving a combined plug-in share of {t}.",
    ],
)
def test_shares_that_make_up_a_penetration_rate(text: str) -> None:
    v = only(text.format(a="28.4%", t="45.3%"))
    assert v.status is Status.CONSISTENT and v.stated_text == "45.3%"
    assert [(e.role, e.quantity.text) for e in v.evidence] == [("part", "28.4%"), ("part", "16.9%"), ("total", "45.3%")]
    # BEVs and PHEVs make up the plug-ins: a gap either way is a slip
    assert only(text.format(a="28.4%", t="45.8%")).status is Status.INCONSISTENT
    assert only(text.format(a="24.8%", t="45.3%")).status is Status.INCONSISTENT


def test_growth_rates_are_not_shares_that_add_up() -> None:
    text = "BEV sales rose 28.4% and PHEV sales 16.9%, for an NEV penetration of 45.3%."
    assert fc103(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Orvane's passenger plug-in car sales reached 61,105 units in July.\n\n"
        "In total, Orvane sold {total} plug-in vehicles in July, which includes 1,078 light commercial vehicles.",
        "In May, Keld's domestic deliveries were 40,213.\n\n"
        "Keld delivered {total} cars in May, including 8,414 exported.",
    ],
)
def test_a_total_that_names_one_part_of_a_pair(text: str) -> None:
    right = 62183 if "Orvane" in text else 48627
    v = only(text.format(total=f"{right:,}"))
    assert v.status is Status.CONSISTENT
    assert [e.role for e in v.evidence] == ["part", "part", "total"]
    for off in (450, -360):  # passenger + commercial (home + exports) is the whole: either way a slip
        assert only(text.format(total=f"{right + off:,}")).status is Status.INCONSISTENT


def test_the_other_part_of_another_company_is_not_paired() -> None:
    text = (
        "In May, Orla's domestic deliveries were 40,213.\n\nKeld delivered 48,267 cars in May, including 8,414 abroad."
    )
    assert [v for v in fc103(text) if v.status is Status.INCONSISTENT] == []


def test_respectively_nev_parts_of_all_cars() -> None:
    text = (
        "Vell sold {total} cars in September.\n\n"
        "In September, its BEV and PHEV sales were 17,263 and 11,869 respectively."
    )
    assert only(text.format(total="29,132")).status is Status.CONSISTENT
    assert only(text.format(total="28,947")).status is Status.INCONSISTENT  # plug-ins cannot outsell all cars
    assert only(text.format(total="30,947")).status is Status.UNVERIFIABLE  # petrol cars make up the rest


@pytest.mark.parametrize(
    "text",
    [
        # the list is of another market than the total
        "Keld sold 20,213 cars in Europe in May.\n\nKeld sold 30,117 and 10,233 sedans and SUVs in May, respectively.",
        # a metric and its subset are no categories of one breakdown
        "The group sold 560,123 vehicles in the first half.\n\n"
        "Its sales and exports were 480,117 and 100,233 units, respectively, in the first half.",
    ],
)
def test_respectively_lists_of_another_scope_make_no_claim(text: str) -> None:
    assert [v for v in fc103(text) if v.status is Status.INCONSISTENT] == []


@pytest.mark.parametrize(
    "text",
    [
        # profit and loss are no segments of the revenue
        "Revenue reached $3.2 billion in the quarter. Net loss was $1.1 billion and gross profit was $2.6 billion.",
        # the segments are of a year earlier
        "Revenue was 18.6 billion yuan in Q1. A year ago, EV sales accounted for 9.1 billion yuan, "
        "while other businesses contributed 0.6 billion yuan.",
        # the list is of a year earlier than the total
        "Keld sold 52,310 cars in June.\n\n"
        "A year earlier, its sedans and SUVs sold 31,400 and 30,910 units respectively.",
        # one figure per company, but of different months
        "Keld sold 12,013 cars in May and Orla 9,021 in June. Together, they sold 21,500 cars this year.",
    ],
)
def test_parts_of_another_period_or_kind_are_not_summed(text: str) -> None:
    assert [v for v in fc103(text) if v.status is Status.INCONSISTENT] == []


def test_a_total_for_one_market_named_after_its_figure_is_not_the_total_of_all() -> None:
    # "in Europe" after the figure narrows the total: the company-wide parts are not its parts
    text = "Keld sold 20,213 cars in Europe in May. It sold 12,120 sedans and 9,310 SUVs in May."
    assert [v for v in fc103(text) if v.status is Status.INCONSISTENT] == []


@pytest.mark.parametrize(
    "text",
    [
        "Details: Keld said total deliveries rose 12% to {total} vehicles in May.\n\n"
        "- Deliveries of its K7 SUV rose 9% to 6,121 units after falling 3% in April.\n\n"
        "- Its flagship, the K9, added 4,096 units.",
        "Keld delivered {total} cars in May.\n\nThe K7 sold 6,121 units in May.\n\nThe K9 sold 4,096 units in May.",
    ],
)
def test_one_model_per_sentence_after_the_total(text: str) -> None:
    v = only(text.format(total="10,217"))
    assert v.status is Status.CONSISTENT
    assert [e.quantity.text for e in v.evidence] == ["6,121", "4,096", "10,217"]
    assert only(text.format(total="10,127")).status is Status.INCONSISTENT  # the models exceed it
    assert only(text.format(total="10,271")).status is Status.UNVERIFIABLE  # a model may be unnamed


def test_a_model_figure_of_another_month_is_no_part() -> None:
    text = "Keld delivered 10,217 cars in May.\n\nThe K7 sold 6,121 units.\n\nThe K9 sold 5,306 units in April."
    assert fc103(text) == []


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "The carmaker sold a total of 96,300 units last month and it includes 84,500 units domestically and"
            " 11,800 units in exports.",
            ["84,500", "11,800"],
        ),
        (
            "The carmaker sold 96,300 vehicles in May. Domestic sales were 81,400 units and sales to other OEMs"
            " were 3,100 units. It also exported 11,800 units.",
            ["81,400", "3,100", "11,800"],
        ),
    ],
)
def test_markets_named_by_adverbs_and_supplies_to_other_makers(text: str, parts: list[str]) -> None:
    (v,) = [v for v in factcheck.check_text(text + "\n") if v.code == "FC103"]
    assert v.status is Status.CONSISTENT
    assert [e.quantity.text for e in v.evidence] == [*parts, "96,300"]
    mutated = text.replace("11,800", "11,080")  # two adjacent digits swapped
    (m,) = [v for v in factcheck.check_text(mutated + "\n") if v.code == "FC103"]
    assert m.status is Status.INCONSISTENT, mutated


def test_parts_of_a_sentence_that_opens_in_another_period_are_not_summed() -> None:
    text = (
        "The carmaker sold a total of 96,300 units last month. In the same month last year, it sold 84,500"
        " units domestically and 11,800 units in exports.\n"
    )
    assert [v for v in factcheck.check_text(text) if v.code == "FC103"] == []


@pytest.mark.parametrize(("overseas", "status"), [("212,000", Status.CONSISTENT), ("221,000", Status.INCONSISTENT)])
def test_year_ago_parts_when_one_says_during_the_same_period(overseas: str, status: Status) -> None:
    text = (
        "Sorang Motor sold 250,800 vehicles in April, down from 262,000 units a year earlier.\n\n"
        "Domestic sales rose 6 percent to 53,000 units last month from 50,000 a year ago.\n\n"
        f"But overseas sales declined 6.7 percent to 197,800 units from {overseas} during the same period.\n"
    )
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC103" and v.stated_text == "262,000"]
    assert v.status is status
    assert [e.quantity.text for e in v.evidence] == ["50,000", overseas, "262,000"]


# "was up from 14,210 a year earlier": the baseline of a level stated elsewhere is a figure of
# another period, never a part of this month's breakdown.
@pytest.mark.parametrize(
    "comparison",
    [
        "The count of battery-electric cars was up from 14,210 in the same month a year earlier.",
        "Registrations of battery electric cars have risen from 14,210 a year before.",
        "The battery-electric tally was down 3% from 14,210 in March last year.",
    ],
)
def test_a_baseline_stated_alone_is_no_part(comparison: str) -> None:
    text = (
        "Data from the Calvia trade body show 18,450 new cars joined the roads in March.\n\n"
        f"{comparison}\n\n"
        "Hybrid electric cars reached 9,875 last month.\n\n"
        "Plug-in hybrid registrations slipped to 6,320 in March."
    )
    assert Status.INCONSISTENT not in [v.status for v in fc103(text)]


# "(11,790 vs 10,000)": the figure after "vs" is last year's, never the total of the next list.
@pytest.mark.parametrize("versus", ["vs", "vs.", "versus"])
def test_a_baseline_after_vs_is_no_total(versus: str) -> None:
    text = (
        "Plug-in hybrids soar in Calvia\n\n"
        f"Plug-in hybrid sales jumped 250 per cent on a year earlier (3500 {versus} 1000), while conventional"
        f" hybrids kept climbing, up almost 18 per cent year-on-year (11,790 {versus} 10,000).\n\n"
        "Petrol (38,200) and diesel (27,650) still lead, although both slipped slightly."
    )
    assert Status.INCONSISTENT not in [v.status for v in fc103(text)]


# A total found by its category alone (the nearest earlier figure, no word tying it to the list)
# is called wrong only when a slip of a digit explains the difference.
@pytest.mark.parametrize(
    ("earlier", "total", "status"),
    [
        ("Calvia's new-car market came to {} units last month.", "75,333", Status.CONSISTENT),
        ("Calvia's new-car market came to {} units last month.", "57,333", Status.INCONSISTENT),  # 75 -> 57
        ("Calvia's plugless hybrid sales kept climbing, reaching {} last month.", "96,830", Status.UNVERIFIABLE),
    ],
)
def test_a_total_paired_by_category_alone(earlier: str, total: str, status: Status) -> None:
    text = f"{earlier.format(total)}\n\nPetrol cars (43,785) and diesel cars (31,548) are still the kings."
    vs = fc103(text)
    assert [v.status for v in vs] == [status]
    assert [e.quantity.text for e in vs[0].evidence] == ["43,785", "31,548", total]


def test_a_figure_smaller_than_the_parts_is_no_total_by_category() -> None:
    text = (
        "Calvia's plugless hybrid sales kept climbing, reaching 16,830 last month.\n\n"
        "Petrol cars (43,785) and diesel cars (31,548) are still the kings."
    )
    assert fc103(text) == []


# "in Korea and overseas markets, respectively": a country named against "overseas" is the maker's
# home market, so the pair breaks the company's total down into domestic and export sales.
@pytest.mark.parametrize(
    "markets",
    [
        "in Korea and overseas markets respectively",
        "in Japan and abroad, respectively",
        "in India and international markets, respectively",
    ],
)
@pytest.mark.parametrize(("total", "status"), [("4,141,791", Status.CONSISTENT), ("4,114,791", Status.INCONSISTENT)])
def test_home_country_and_overseas(markets: str, total: str, status: Status) -> None:
    text = (
        f"Halla Motor said on Friday it sold {total} vehicles last year, down 1.8 percent on year.\n\n"
        f"The carmaker sold 705,010 and 3,436,781 units {markets}, each down on the year."
    )
    v = only(text)
    assert v.status is status
    assert [e.quantity.text for e in v.evidence] == ["705,010", "3,436,781", total]


# BEVs and PHEVs make up NEVs, not a total of "electrified, hybrid and gas vehicles": the list is
# open, and a shortfall is no error.
@pytest.mark.parametrize("fuels", ["electrified, hybrid and gas vehicles", "petrol, diesel and electrified cars"])
def test_bev_and_phev_do_not_close_a_total_of_every_fuel(fuels: str) -> None:
    text = (
        f"Sales of {fuels} rose by 12 per cent in June, with a total of 24,500 units sold.\n\n"
        "Sales of purely electric cars rose by 18 per cent, with 1,750 units sold in June, while plug-in"
        " hybrid sales grew by 40 per cent, reaching 3,600 units."
    )
    assert Status.INCONSISTENT not in [v.status for v in fc103(text)]


def test_parts_dated_by_a_run_of_months_after_them_belong_to_the_run() -> None:
    # "from January to May" dates the part; it is no baseline of it
    text = (
        "As many as 314,800 vehicles were sold in Kestria in the first five months of the year, the dealers'"
        " association said.\n\n"
        "Passenger cars accounted for 79% of the sales with 247,900 units.\n\n"
        "A total of 66,900 light commercial vehicles were sold from January to May, up 83% on a year earlier."
    )
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC103"]
    assert v.status is Status.CONSISTENT, v.message
    assert sorted(e.quantity.text for e in v.evidence) == ["247,900", "314,800", "66,900"]


@pytest.mark.parametrize(("passenger", "status"), [("10,181", Status.CONSISTENT), ("10,811", Status.INCONSISTENT)])
def test_segments_in_their_own_sentences_after_a_rate_and_its_amount(passenger: str, status: Status) -> None:
    # "(995 units)" after a rate is the amount of its change, and "passenger car and SUV" is the
    # passenger segment: neither breaks the breakdown
    text = (
        "Kestria registered 15,985 new vehicles in June, a record for the month.\n\n"
        f"Passenger car and SUV registrations of {passenger} units were up 10.8% (995 units) on June 2024. There"
        " were 5,804 commercial vehicle registrations in June, up by a massive 28.6% (1,291 units) on June 2024."
    )
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC103"]
    assert v.status is status, v.message
    assert sorted(e.quantity.text for e in v.evidence) == sorted([passenger, "15,985", "5,804"])


def test_domestic_oem_sales_are_supplies_to_other_makers() -> None:
    text = (
        "Orvane India sold 83,792 units in March.\n\n"
        "This includes 76,976 units in the domestic market, 2,104 units of domestic OEM sales and 4,712 units"
        " of exports."
    )
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC103"]
    assert v.status is Status.CONSISTENT, v.message
    assert len(v.evidence) == 4


def test_levels_stated_with_their_market_shares_are_no_segment_breakdown() -> None:
    # the last brand of the passenger list and the first of the commercial list are not passenger
    # and commercial vehicles adding up to the brand figure before them
    text = (
        "New Zealand's new vehicle registrations reached 10,423 in April, the industry body said.\n\n"
        "Registrations of 6,848 passenger cars were down 2.1 per cent (148 units) on April 2017 and"
        " registrations of 3,575 commercial vehicles were down 1.8 per cent (64 units).\n\n"
        "Orla remains the overall market leader with 13 percent market share (1,310 units), followed by"
        " Kessel with 11 per cent (1,115 units) and Drevon with 9 per cent market share (893 units).\n\n"
        "Drevon was the market leader for passenger cars with 11 per cent market share (760 units) followed"
        " by Orla with 10 per cent (712 units) and Lumea with 8 per cent market share (540 units).\n\n"
        "In the commercial sector, Orla led with 22 per cent (803 units), followed by Kessel with 17 per"
        " cent (598 units)."
    )
    assert [
        v.message for v in factcheck.check_text(text) if v.code == "FC103" and v.status is Status.INCONSISTENT
    ] == []


def test_a_baseline_after_ahead_of_is_no_total() -> None:
    text = (
        "Some 14,507 new vehicles were registered in Kestria in September, ahead of the 13,884 registered in"
        " the same month last year.\n\n"
        "Passenger car registrations rose 1.6 per cent to 9,855, while commercial vehicle registrations"
        " jumped 11 per cent to 4,652."
    )
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC103"]
    assert v.status is Status.CONSISTENT, v.message
    assert sorted(e.quantity.text for e in v.evidence) == ["4,652", "9,855", "Some 14,507"]


@pytest.mark.parametrize(("imported", "status"), [("42,621", Status.CONSISTENT), ("42,261", Status.INCONSISTENT)])
def test_locally_assembled_and_imported_cars_make_up_the_market(imported: str, status: Status) -> None:
    text = (
        "Kestrian car sales fell 38% since the beginning of the year, to 96,248 units.\n\n"
        "Demand for locally assembled cars declined by 32.1% to 53,627 units in the first nine months."
        f" Imported car sales dropped by 44% to {imported} units in the same nine months."
    )
    vs = [v for v in factcheck.check_text(text) if v.code == "FC103"]
    assert [v.status for v in vs] == [status], [v.message for v in vs]
    assert sorted(e.quantity.text for e in vs[0].evidence) == sorted(["53,627", imported, "96,248"])


@pytest.mark.parametrize(
    ("parts", "status"),
    [
        ("Of the total, 41,200 were new cars and 96,800 were used cars.", Status.CONSISTENT),
        ("Of the total, 41,200 were new cars and 98,600 were used cars.", Status.INCONSISTENT),
        ("Out of these registrations, brand-new cars made up 41,200 and second-hand cars 96,800.", Status.CONSISTENT),
    ],
)
def test_new_and_used_cars_make_up_a_market_that_counts_both(parts: str, status: Status) -> None:
    # the total names both members ("new and used"), so it is of neither
    text = f"Kestria registered 138,000 new and used passenger cars in the first quarter. {parts}"
    vs = fc103(text)
    assert [v.status for v in vs] == [status], [v.message for v in vs]
    assert [(e.role, e.quantity.text) for e in vs[0].evidence if e.role == "total"] == [("total", "138,000")]


def test_new_cars_are_the_market_where_no_used_car_is_counted() -> None:
    # "new car registrations" is the whole market here, not one member of new and used
    text = (
        "New car registrations in Kestria reached 52,400 in May. Passenger cars accounted for 30,100"
        " units and commercial vehicles for 22,300 units."
    )
    (v,) = fc103(text)
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence if e.role == "total"] == ["52,400"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Local sales amounted to 14,003 units, with 350 units exported to neighbouring markets.",
        "Sales on the local market came to 14,003 units and exports to 350 units.",
    ],
)
def test_local_sales_and_exports_make_up_the_total(sentence: str) -> None:
    text = f"Kestrian assemblers sold 14,353 vehicles in 2024, a record. {sentence}"
    (v,) = fc103(text)
    assert v.status is Status.CONSISTENT, v.message
    assert sorted(e.quantity.text for e in v.evidence) == ["14,003", "14,353", "350"]


def test_a_joined_label_is_one_part_beside_the_other_member() -> None:
    text = (
        "Orla sold 52,400 NEVs in May. Battery-electric cars accounted for 31,000 units, while plug-in hybrids"
        " and range extenders combined for 21,400 units."
    )
    (v,) = fc103(text)
    assert v.status is Status.CONSISTENT, v.message


def test_a_second_baseline_after_and_is_no_total() -> None:
    # 35,420 is a baseline ("compared to A in July and B in August last year"), never a total
    text = (
        "Domestic sales stood at 54,190 vehicles in August, compared to 51,981 units sold in July and"
        " 35,420 vehicles sold in August 2020. Mid-size trucks accounted for 4,627 commercial vehicles"
        " in August. The company sold 850 passenger carriers and 14,855 small commercial vehicles."
    )
    assert not [v for v in fc103(text) if v.status is Status.INCONSISTENT], [v.message for v in fc103(text)]


@pytest.mark.parametrize("noun", ["passenger carriers", "passenger buses"])
def test_passenger_carriers_are_no_passenger_cars(noun: str) -> None:
    from factcheck.document import build
    from factcheck.reading import Reading

    text = f"Orla sold 4,600 light trucks in May and 600 {noun}, the company said."
    (rec,) = [r for r in Reading(build(text)).attribution.records if r.head.text == "600"]
    assert rec.tags.get("segment") != "passenger"


@pytest.mark.parametrize(
    "parts",
    [
        "Total sales in the year include domestic sales of {a} units, sales to other OEMs of 38,326 units"
        " and exports of 96,139 units.",
        "The total consisted of domestic sales (passenger vehicles and light commercial vehicles) of {a}"
        " units, sales to other carmakers of 38,326 units and exports of 96,139 units.",
    ],
)
@pytest.mark.parametrize(("a", "status"), [("1,323,396", Status.CONSISTENT), ("1,332,396", Status.INCONSISTENT)])
def test_labels_of_several_words_before_each_part(parts: str, a: str, status: Status) -> None:
    text = (
        "The country's largest passenger vehicle maker, Orla, sold 1,457,861 units in the last financial"
        " year, analysts' estimates of 1.49 million units notwithstanding. " + parts.format(a=a)
    )
    (v,) = fc103(text)
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == [a, "38,326", "96,139", "1,457,861"]


@pytest.mark.parametrize(
    "text",
    [
        "In May, 25,094 passenger cars were registered in Sweden. Among them, BEV registrations were 7,614"
        " and PHEV registrations 5,824, together 53.5% of the month's total.",
        "Danish registrations of new cars reached 25,094 in May, of which 7,614 were BEVs and 5,824 PHEVs.",
    ],
)
def test_plug_ins_are_not_all_of_a_markets_cars(text: str) -> None:
    # a market's cars also run on petrol and diesel: BEVs and PHEVs leave a part out
    for v in factcheck.check_text(text):
        if v.code == "FC103":
            assert v.status is Status.UNVERIFIABLE, v.message


@pytest.mark.parametrize(("phev", "status"), [("5,824", Status.CONSISTENT), ("5,284", Status.INCONSISTENT)])
def test_a_plug_in_makers_cars_are_its_bevs_and_phevs(phev: str, status: Status) -> None:
    v = only(f"Drevon Auto sold 13,438 cars in May: 7,614 battery-electric cars and {phev} plug-in hybrids.")
    assert v.status is status, v.message


@pytest.mark.parametrize(("cv", "status"), [("3527", Status.CONSISTENT), ("3257", Status.INCONSISTENT)])
def test_a_spokesman_named_after_his_role_is_no_company_of_the_parts(cv: str, status: Status) -> None:
    text = (
        "With 11,438 new vehicles registered in March, the Drevon market fell 2.2 per cent.\n\n"
        '"Passenger cars did well," said association chief executive Tomas Verel.\n\n'
        f"The March market comprised 7911 new passenger registrations along with {cv} new commercial vehicle "
        "registrations.\n"
    )
    v = only(text)
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["7911", cv, "11,438"]


YEAR_BY_YEAR = (
    "Morocco's passenger car and light commercial vehicle market grew by 2.1% in 2024 compared to the year "
    "before, to {total}. {prior_open}, the market came to 69,240.\n\n"
    "Passenger car sales rose by 3.0% in 2024 to {pas}. {prior_open}, passenger car sales were 59,050.\n\n"
    "Light commercial vehicle sales fell by 3.5% in 2024 to {com}. {prior_open}, they were 10,190."
)


@pytest.mark.parametrize("prior_open", ["In 2023", "In the previous year", "Last year"])
def test_parts_each_followed_by_the_year_before_still_add_up(prior_open: str) -> None:
    # each part's sentence is followed by its year-ago figure: that figure is no part of the
    # breakdown, and the year-ago market total is not the total of this year's parts
    v = only(YEAR_BY_YEAR.format(total="70,653", pas="60,821", com="9,832", prior_open=prior_open))
    assert v.status is Status.CONSISTENT
    assert [(e.role, e.quantity.text) for e in v.evidence] == [
        ("part", "60,821"),
        ("part", "9,832"),
        ("total", "70,653"),
    ]


def test_a_transposed_part_between_year_ago_figures_is_flagged() -> None:
    v = only(YEAR_BY_YEAR.format(total="70,653", pas="60,821", com="9,382", prior_open="In 2023"))
    assert v.status is Status.INCONSISTENT
    assert "9,382" in v.message and "70,653" in v.message


@pytest.mark.parametrize("third", ["1,871 buses", "1,871 special-purpose vehicles"])
def test_buses_listed_after_passenger_and_commercial_are_a_third_segment(third: str) -> None:
    # a bus is a segment of its own, and so is a special-purpose vehicle: the three parts are the
    # list, and they add up
    text = (
        "Members' sales totalled 101,309 units in the first four months, including 71,524 passenger cars "
        f"(up 55 percent year-on-year), 27,914 commercial vehicles (up 66 percent), and {third} (up 51 percent)."
    )
    v = only(text)
    assert v.status is Status.CONSISTENT
    assert [e.quantity.text for e in v.evidence] == ["71,524", "27,914", "1,871", "101,309"]


@pytest.mark.parametrize("third", ["1,871 armoured vans", "1,871 amphibious cars"])
def test_a_list_that_runs_on_past_passenger_and_commercial_is_not_closed(third: str) -> None:
    # passenger + commercial make every vehicle only when nothing else is listed with them
    text = (
        "Members' sales totalled 101,309 units in the first four months, including 71,524 passenger cars "
        f"(up 55 percent year-on-year), 27,914 commercial vehicles (up 66 percent), and {third} (up 51 percent)."
    )
    v = only(text)
    assert v.status is Status.UNVERIFIABLE and "may leave a part out" in v.message, v.message


def test_three_wheelers_are_a_class_of_their_own_beside_passenger_and_commercial_vehicles() -> None:
    # a class the reader knows is a part of the list, which then adds up
    text = (
        "Members' sales totalled {t} units in the first four months, including 71,524 passenger cars "
        "(up 55 percent year-on-year), 27,914 commercial vehicles (up 66 percent), and 1,871 three-wheelers."
    )
    v = only(text.format(t="101,309"))
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence if e.role == "part"] == ["71,524", "27,914", "1,871"]
    assert only(text.format(t="101,039")).status is Status.INCONSISTENT


def test_a_total_found_by_category_alone_that_its_parts_overshoot_is_no_mismatch() -> None:
    # the pickups said just before a list of brands are no total of the brands
    text = (
        "Sales of commercial vehicles totalled 30,600 units, while sales of one-ton pickup trucks fell "
        "19.2%, with sales of 21,300 units.\n\n"
        "The brands Orla, Kessel and Drevon led the market.\n\n"
        "Overall sales of major brands in May:\n\n"
        "Orla: 17,130 units, down 4.0% YoY.\n\n"
        "Kessel: 10,690 units, up 3.1% YoY.\n\n"
        "Drevon: 5,230 units, up 33.0% YoY.\n"
    )
    v = only(text)
    assert v.status is Status.UNVERIFIABLE and "paired by their category alone" in v.message, v.message


@pytest.mark.parametrize("lcv", ["light commercials", "light commercial vehicles"])
def test_a_list_that_began_before_passenger_and_commercial_is_not_closed(lcv: str) -> None:
    # SUVs are a segment of their own in this market: passenger + commercial is not all of it
    text = (
        "Figures released on Tuesday show 85,633 vehicles were registered in August.\n\n"
        "All segments were down, including SUVs (-5.4% with 39,040 sales), passenger vehicles "
        f"(-16.7% with 25,783 sales) and {lcv} (-8.6% with 17,513 sales)."
    )
    v = only(text)
    assert v.status is Status.UNVERIFIABLE and "may leave a part out" in v.message, v.message


def test_a_signed_change_after_the_last_part_does_not_open_the_list() -> None:
    text = (
        "Sales of new cars in Morocco amounted to 516,920 units in the first eleven months.\n\n"
        "By segment, registrations of passenger vehicles stood at 137,544 units, up 7.44%, while light "
        "commercial vehicles stood at 19,376 units (+21 , 32%), the association said."
    )
    v = only(text)
    assert v.status is Status.INCONSISTENT and "156,920" in v.message


def test_local_and_imported_cars_add_up_to_the_market_not_to_its_passenger_cars() -> None:
    # "Truck sales" names no company, and the passenger cars are a narrower total than the parts say
    text = (
        "The council's report stated that sales dropped by 38% in the first nine months, registering "
        "96,248 units. Passenger car sales alone dropped by 37%, registering 69,543 units.\n\n"
        "Truck sales also dropped by 38%, to reach 16,984 units. Truck sales had fallen in June too.\n\n"
        "Demand for locally assembled cars declined by 32.1% to 53,627 units in the first nine months. "
        "Imported cars sales also dropped by 44% to 42,621 units."
    )
    # (passenger cars and trucks, with buses not named, are a list that may leave a part out)
    vs = sorted(fc103(text), key=lambda v: [e.quantity.start for e in v.evidence])
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [
        (Status.UNVERIFIABLE, ["69,543", "16,984", "96,248"]),
        (Status.CONSISTENT, ["53,627", "42,621", "96,248"]),
    ]
    assert "may leave a part out" in vs[0].message


WEIGHT_SEGMENTS = (
    "Chile new-vehicle sales slip in August\n\n"
    "Aggregate domestic sales at {total} units reflected a decline of 2,440 units from August last year.\n\n"
    "Passenger cars fell by 2,381 units to 29,075 units compared to a year earlier.\n\n"
    "Sales of {light}commercial vehicles were 14,041 units during August 2019, up 71 units on a year before.\n\n"
    "Medium trucks sold 740 units and heavy trucks sold 1,681 units."
)


@pytest.mark.parametrize(("total", "status"), [("45,537", Status.CONSISTENT), ("45,357", Status.INCONSISTENT)])
def test_a_countrys_segments_by_weight_add_up_to_its_domestic_total(total: str, status: Status) -> None:
    # passenger cars, light commercials, medium and heavy trucks, each in a sentence of its own;
    # the amounts of change ("fell by 2,381 units") are no parts
    v = only(WEIGHT_SEGMENTS.format(total=total, light="light "))
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence if e.role == "part"] == ["29,075", "14,041", "740", "1,681"]


def test_trucks_by_weight_beside_all_commercial_vehicles_are_a_slice_of_them() -> None:
    # "commercial vehicles" (not light ones) already hold the trucks: no breakdown to add up
    assert fc103(WEIGHT_SEGMENTS.format(total="45,537", light="")) == []


@pytest.mark.parametrize(
    "ranking",
    [
        "Japan, with 6.06 million units, China, with 5.2 million, the United States, with 4.89 million,"
        " Germany, with 3.31 million and Korea, with 2.08 million, headed the ranking.",
        "China led with 5.2 million vehicles, ahead of the U.S. with 4.89 million, Germany with 3.31 million"
        " and Korea with 2.08 million.",
        "The US built 4.89 million vehicles, Germany 3.31 million and Korea 2.08 million; Spain followed with"
        " 1.55 million.",
    ],
)
def test_a_ranking_of_countries_has_no_total_among_them(ranking: str) -> None:
    # each country's figure is a peer of the others, never the total of the ones that follow it
    text = f"Output ranking for 2007\n\n{ranking} Spain follows right after, with 1.55 million vehicles.\n"
    assert [v.message for v in factcheck.check_text(text) if v.code == "FC103"] == []


@pytest.mark.parametrize("local", ["domestic made", "domestically produced", "locally assembled", "home-built"])
def test_imported_and_locally_made_cars_make_up_the_market(local: str) -> None:
    text = (
        "Chile's market sold 662,988 vehicles in the first nine months of 2025; of these 215,913 units"
        f" were {local} vehicles and 447,075 units were imported ones.\n"
    )
    (v,) = fc103(text)
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["215,913", "447,075", "662,988"]


@pytest.mark.parametrize(
    "total",
    [
        "Total sales reached 103,000 vehicles, including passenger cars, buses, and trucks.",
        "The market took 103,000 vehicles in 2025, comprising passenger cars, buses and trucks.",
        "Sales across passenger cars, buses and trucks came to 103,000 vehicles in 2025.",
    ],
)
def test_a_total_that_lists_a_category_no_part_is_of_is_no_breakdown(total: str) -> None:
    text = (
        f"Chile's vehicle market grew in 2025. {total} Passenger car sales rose to 81,500 units in 2025."
        " Commercial truck sales also grew, with 13,387 trucks sold in 2025.\n"
    )
    # 81,500 + 13,387 leave the buses out: the shortfall is no error of the article
    assert [v.status for v in fc103(text) if v.status is Status.INCONSISTENT] == []


@pytest.mark.parametrize(("total", "status"), [("27,681", Status.CONSISTENT), ("27,861", Status.INCONSISTENT)])
def test_a_total_naming_its_parts_sums_them_up_across_sentences(total: str, status: Status) -> None:
    # each part's sentence has its year-ago baseline, which is no part; the total's words name both
    text = (
        "Kessel recorded a sales decline of 17 per cent in the domestic market selling 26,094 units as compared"
        " to 31,619 units sold in the same month a year ago. Its exports went up by 43 per cent to 1,587 units"
        " as compared to 1,107 units a year ago. Overall, sales including domestic sales and exports went down"
        f" by 15 per cent to {total} units as compared to 32,726 units a year ago."
    )
    vs = [v for v in factcheck.check_text(text) if v.code == "FC103"]
    # and the year-ago figures of each part add up to the total's
    assert [v.status for v in vs] == [status, Status.CONSISTENT], [v.message for v in vs]
    assert [e.quantity.text for e in vs[0].evidence] == ["26,094", "1,587", total]
    assert [e.quantity.text for e in vs[1].evidence] == ["31,619", "1,107", "32,726"]


def test_total_sales_after_its_parts_that_fall_short_is_unverifiable() -> None:
    text = (
        "Orla's domestic sales stood at 12,000 units in March. Exports were 3,000 units. Total sales were 15,500 units."
    )
    vs = [v for v in factcheck.check_text(text) if v.code == "FC103"]
    assert [v.status for v in vs] == [Status.UNVERIFIABLE], [v.message for v in vs]


@pytest.mark.parametrize("maker", ["GM Korea", "Ford Europe", "Toyota UK"])
def test_a_country_in_a_makers_name_is_no_region_of_the_total(maker: str) -> None:
    """ "... Orla, GM Korea and Kessel sold a combined 76,300": the country belongs to a maker's name,
    so the total is not Korea's, and the domestic and overseas parts after it still add up to it."""
    text = (
        f"Orla, {maker} and Kessel together sold 76,300 vehicles in November, their monthly reports show."
        "\n\nAt home the three sold 14,030 units, their domestic sales down 3.1 percent. Their overseas"
        " sales came to 62,270, a fall of 14 percent."
    )
    v = [c for c in factcheck.check_text(text) if c.code == "FC103"]
    assert len(v) == 1 and v[0].status is Status.CONSISTENT, [c.message for c in v]
    assert [(e.role, e.quantity.text) for e in v[0].evidence] == [
        ("part", "14,030"),
        ("part", "62,270"),
        ("total", "76,300"),
    ]


def _from_to(van_base: str) -> list:
    text = (
        "In May, Kessel's sales rose 40 per cent, from 30,120 units in May 2024 to 42,180 units.\n\n"
        "Passenger vehicle sales were up 37.1 per cent to 35,700 units in May 2025 from 26,040 units a year"
        f" earlier, while commercial vehicle sales grew 58.8 per cent to 6,480 units from {van_base} units in May"
        " 2024."
    )
    return [v for v in factcheck.check_text(text) if v.code == "FC103" and "year-ago" in v.message]


def test_levels_started_from_add_up_like_the_levels_reached() -> None:
    # "from B to A": B is the baseline of A, so the parts' year-ago figures add up to the total's
    assert [(v.status, [e.quantity.text.strip() for e in v.evidence]) for v in _from_to("4,080")] == [
        (Status.CONSISTENT, ["26,040", "4,080", "30,120"])
    ]


def test_a_mistyped_level_started_from_is_caught() -> None:
    assert [v.status for v in _from_to("4,800")] == [Status.INCONSISTENT]


TWO = "Halden built 45,210 vans in July and its rival Lumea 38,570. The two makers together built {t} vans."
THREE = "Korvik sold 14,230 cars, Belmar 9,870 and Orla 6,140. The three brands combined sold {t} cars."


@pytest.mark.parametrize(
    ("text", "total", "mistyped"),
    [(TWO, "83,780", False), (TWO, "83,870", True), (THREE, "30,240", False), (THREE, "30,420", True)],
)
def test_a_sum_of_the_named_companies_said_after_them(text: str, total: str, mistyped: bool) -> None:
    v = only(text.format(t=total))
    assert v.status is (Status.INCONSISTENT if mistyped else Status.CONSISTENT), v.message


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # the sentence opens on the whole, then names its parts, whatever they are called
        ("Of the total of 654,210 vehicles sold in Chile in 2019, 512,330 were passenger cars (-8.2 percent),"
         " while 141,880 were light trucks (-3.5 percent).", ["512,330", "141,880"]),
        ("Out of the 9,120 vans Kessel built in June, 5,430 went to fleets and 3,690 to small firms.",
         ["5,430", "3,690"]),
        # "Of these" and "of the sold cars" point at the whole the article has just given
        ("Drevon sold 25,989 cars in the first half. Of these, 13,752 were imported, whereas 12,237 were"
         " built at its plant in Almaty.", ["13,752", "12,237"]),
        ("Drevon's dealers sold 25,989 cars in the first half.\n\nIn June alone they sold 5,369.\n\n"
         "13,752 (52.9%) of the sold cars were imported, while 12,237 buyers (47.1%) chose local ones.",
         ["13,752", "12,237"]),
    ],
)  # fmt: skip
def test_parts_of_the_whole_a_sentence_opens_on(text: str, parts: list[str]) -> None:
    v = only(text)
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text.strip() for e in v.evidence if e.role == "part"] == parts


def test_parts_of_an_opened_whole_that_exceed_it() -> None:
    v = only("Of the 25,989 cars sold in May, 13,752 were imported, while 12,327 were built locally.")
    assert v.status is Status.INCONSISTENT, v.message
    assert v.diagnosis is not None


def test_parts_of_an_opened_whole_that_fall_short_may_leave_one_out() -> None:
    v = only("Of the 25,989 cars sold in May, 13,752 were imported, while 9,100 were built locally.")
    assert v.status is Status.UNVERIFIABLE, v.message


def test_parts_of_an_opened_whole_short_by_a_slip_of_a_digit() -> None:
    # 13,752 + 10,237 = 23,989: one digit of 25,989 mistyped
    v = only("Of the 25,989 cars sold in May, 13,752 were imported, while 10,237 were built locally.")
    assert v.status is Status.INCONSISTENT, v.message
    assert v.diagnosis is not None


def test_a_whole_found_further_back_is_only_confirmed_never_contradicted() -> None:
    # two sentences back, the one level may be another total: a mismatch is no verdict of its own
    text = (
        "Drevon's dealers sold 25,989 cars in the first half.\n\nIn June alone they sold 5,369.\n\n"
        "13,752 (52.9%) of the sold cars were imported, while 12,327 buyers chose local ones."
    )
    v = only(text)
    assert v.status is Status.UNVERIFIABLE, v.message
    assert [e.quantity.text.strip() for e in v.evidence] == ["13,752", "12,327", "25,989"]


FOLLOWING = (
    "Portugal's market for light vehicles came to 20,450 units in May, the dealers said. Cars rose 2.1% to"
    " 9,120 units, sport utilities climbed 4.4% to {suv} units, vans added 3.9% to 3,050 units and pickups"
    " slipped 1.2% to 2,050 units."
)


def test_figures_after_a_total_that_add_up_to_it() -> None:
    v = only(FOLLOWING.format(suv="6,230"))
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text.strip() for e in v.evidence] == ["9,120", "6,230", "3,050", "2,050", "20,450"]


def test_figures_after_a_total_that_do_not_add_up_are_no_claim() -> None:
    # nothing but the arithmetic would tie them to the total: a mismatch says nothing
    assert fc103(FOLLOWING.format(suv="6,320")) == []


def test_a_groups_total_then_its_brands_sentence_by_sentence() -> None:
    text = (
        "Kessel Group handed over 412,300 vehicles in the quarter, 5.1% more than a year ago. Its Orla brand grew"
        " 8.2% to 96,410 handovers, and Tessin gained 3.3% to 41,270.\n\nLumea added 2.6%, reaching 251,880,"
        " while Korvik climbed 9.9% to 22,740. The Lumea Sorell pickup led with 61,500."
    )
    v = only(text)
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text.strip() for e in v.evidence if e.role == "part"] == [
        "96,410",
        "41,270",
        "251,880",
        "22,740",
    ]


def test_a_smaller_count_is_never_the_total_of_larger_parts() -> None:
    text = (
        "Battery cars registered 7,229 units in April. Among these, 691 units were vans.\n\n"
        "So far in 2024, BEVs sold 26,388 units, while PHEVs sold 13,921 units."
    )
    for v in factcheck.check_text(text):
        if v.code == "FC103":
            total = next(e.quantity for e in v.evidence if e.role == "total")
            parts = [e.quantity for e in v.evidence if e.role == "part"]
            assert all(p.value < total.value for p in parts), v.message


def test_a_part_mistyped_above_its_total_is_still_caught() -> None:
    # 30,100 + 400 = 30,500; "31,000" (two digits swapped) is above the total and still a slip
    for big, status in (("30,100", Status.CONSISTENT), ("31,000", Status.INCONSISTENT)):
        text = (
            f"Calvia's new-car market came to 30,500 units in May.\n\nPetrol cars ({big}) and diesel cars (400) lead."
        )
        assert [v.status for v in fc103(text)] == [status]


# A run its own sentence adds up: the words tie the parts to the total, whatever the parts are
# called (destinations, fuels, unlabelled technologies), so no family of tags is needed.
TIED = [
    "Exports came to {t} units, with {a} going to Europe, {b} to Asia and {c} to Africa.",
    "Drevon's sales were split between {a} petrol cars, {b} hybrids and {c} electric cars, a total of {t} units.",
    "Drevon sold {a} cars in the north, {b} in the centre and {c} in the south, for a combined total of {t}.",
    "Its three plants built {a}, {b} and {c} cars, making {t} cars in all.",
    "Kilns (a: {a} units), barges ({b} units) and cranes ({c} units) together accounted for {t} orders.",
    # a bare comma, with the closing words after the total
    "Drevon shipped {a} sedans, {b} SUVs and {c} vans, {t} vehicles in total.",
    "The plant built {a} cars for Europe, {b} for Asia and {c} for Africa, {t} in all.",
    "Drevon sold {a} cars in the north, {b} in the centre and {c} in the south, {t} altogether.",
]


@pytest.mark.parametrize("template", TIED)
def test_a_run_its_sentence_adds_up_is_checked(template: str) -> None:
    text = "Drevon exports grow\n\n" + template.format(t="8,800", a="5,100", b="2,400", c="1,300")
    v = only(text)
    assert v.status is Status.CONSISTENT, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [
        ("part", "5,100"),
        ("part", "2,400"),
        ("part", "1,300"),
        ("total", "8,800"),
    ]


@pytest.mark.parametrize("template", TIED)
def test_a_transposed_part_of_a_tied_run_is_flagged(template: str) -> None:
    text = "Drevon exports grow\n\n" + template.format(t="8,800", a="5,100", b="4,200", c="1,300")
    v = only(text)
    assert v.status is Status.INCONSISTENT, v.message
    assert v.diagnosis is not None and v.diagnosis.code == "operand-transposed"
    assert "4,200" in v.diagnosis.text and "2,400 would give" in v.diagnosis.text


def test_a_tied_run_off_by_no_slip_is_only_unverifiable() -> None:
    # no slip of a digit explains 350: the run may not be all the total's parts
    v = only("Orla sold 4,100 cars in Tessin and 3,200 in Korvik, for a total of 7,650 units.")
    assert v.status is Status.UNVERIFIABLE
    assert "no slip of a digit" in v.message


def test_a_tied_run_stops_at_a_comparison() -> None:
    # 4,800 is a baseline, not a part: "from" breaks the run, which leaves one figure
    assert not fc103("Orla sold 5,400 cars in May, up from 4,800, bringing its total for the year to 21,000.")


def test_a_tied_run_replaces_a_total_found_by_category_elsewhere() -> None:
    text = (
        "Halden's sales were split between 2,200 petrol cars, 900 hybrids and 400 electric cars, a total of"
        " 3,500 units.\n\nBattery-electric cars (1,840 units) and plug-in hybrids (1,060 units) together"
        " accounted for 2,900 registrations."
    )
    vs = sorted(fc103(text), key=lambda v: v.start)
    assert [(v.stated_text, v.status, v.computed) for v in vs] == [
        ("3,500", Status.CONSISTENT, 3500),
        ("2,900", Status.CONSISTENT, 2900),
    ]


def test_cars_buses_and_trucks_in_sentences_of_their_own_add_up() -> None:
    # each category in a sentence of its own, with its own change; the year-ago figures add up too
    text = (
        "Tessin's vehicle market shrank in May\n\n"
        "Sales fell 21% to 8,240 vehicles in May, down from 10,431 in May 2023. Passenger car sales dropped"
        " 19% to 6,510, compared with 8,037 a year earlier.\n\n"
        "Sales of buses slid 30% to 702 sold in May, down from 1,003 units in the same month of 2023. Truck"
        " sales also fell by 25%, where May saw sales of 1,028, versus 1,391 in May 2023."
    )
    vs = sorted((v for v in fc103(text) if v.stated_text in ("8,240", "10,431")), key=lambda v: v.start)
    assert [(v.stated_text, v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [
        ("8,240", Status.CONSISTENT, ["6,510", "702", "1,028", "8,240"]),
        ("10,431", Status.CONSISTENT, ["8,037", "1,003", "1,391", "10,431"]),
    ]


def test_a_body_named_for_trucks_is_no_truck_figure() -> None:
    # "Truck Importers Association" names who reports, not what was counted: the 35,282 is every vehicle
    text = (
        "Members of the Korvik Car Makers Chamber and the Truck Importers Association sold 35,282 units in"
        " September.\n\nOrla led with 16,138 units, or 45.7% of total vehicles sold."
    )
    v = next(v for v in factcheck.check_text(text) if v.stated_text == "45.7%")
    assert v.status is Status.CONSISTENT
    assert [e.quantity.text for e in v.evidence] == ["16,138", "35,282"]


def test_a_total_said_for_that_period_takes_its_own_sentences_period() -> None:
    # "in that period" points back to the months its own sentence named, not to the sentence before
    text = (
        "Drevon sold 41,200 cars in 2023.\n\n"
        "Sales fell from the beginning of the year until the end of September, registering 30,500 units in that"
        " period. Of them, 18,300 were made locally and 12,200 were imported in the first nine months."
    )
    v = only(text)
    assert v.status is Status.CONSISTENT
    assert v.stated_text == "30,500"


@pytest.mark.parametrize(("commercial", "status"), [("3,260", Status.CONSISTENT), ("3,620", Status.INCONSISTENT)])
def test_each_member_of_a_closed_set_after_the_total(commercial: str, status: Status) -> None:
    # passenger and commercial vehicles each in a sentence of their own after the total, with the
    # passenger models between them; the company named by the acronym the article gave it
    text = (
        "Kessel Motor Tessin (KMT) said its overall output in July grew 9 per cent to 84,210 units.\n\n"
        "Passenger car output came to 80,950 units last month. Its small cars accounted for 21,300 units of"
        " that, and its compact cars for 40,120 units. KMT said output of its light commercial Porta"
        f" pickup reached {commercial} units."
    )
    v = only(text)
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["80,950", commercial, "84,210"]


def test_parts_paired_by_category_when_another_figure_of_the_category_fits() -> None:
    # two passenger figures after the total: the nearer one paired with the commercial vehicles
    # falls short, the other would make them add up, so the pairing is in doubt, not the article
    text = (
        "Kessel said its production in August rose to 12,380 units.\n\n"
        "Passenger vehicle production stood at 11,200 units. Passenger vehicle production at its second"
        " plant was 2,010 units. Commercial vehicle production was 1,180 units."
    )
    v = only(text)
    assert v.status is Status.UNVERIFIABLE
    assert "11,200 in place of 2,010" in v.message


@pytest.mark.parametrize(("home", "status"), [("249,600", Status.CONSISTENT), ("294,600", Status.INCONSISTENT)])
def test_sales_in_the_home_country_beside_sales_abroad(home: str, status: Status) -> None:
    # the company described by an appositive that names its group; the figure "in" a named country
    # beside the one "in overseas markets" is the home market's
    text = (
        "Kessel sales flat in 2025\n\n"
        "The carmaker, Tessin Group's smaller brand after Tessin Motors, said it sold 1,264,900 vehicles"
        " around the world last year.\n\n"
        f"Kessel sold {home} units in Korvik and 1,015,300 units in overseas markets."
    )
    v = only(text)
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == [home, "1,015,300", "1,264,900"]


def test_a_month_is_no_home_country() -> None:
    # "96,500 cars in October" is the total, not the home market's figure
    text = "Tessin sold 96,500 cars in October: 30,200 in its home market and 66,300 abroad."
    v = only(text)
    assert v.status is Status.CONSISTENT
    assert [e.quantity.text for e in v.evidence] == ["30,200", "66,300", "96,500"]


@pytest.mark.parametrize(("trucks", "status"), [("46,340", Status.CONSISTENT), ("43,640", Status.INCONSISTENT)])
def test_parts_each_with_its_own_change_after_including(trucks: str, status: Status) -> None:
    # each part's change stands between it and the next part
    text = f"Orla delivered 98,640 vehicles, including 52,300 cars, up 4 percent, and {trucks} pickups, down 3.1%."
    v = only(text)
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["52,300", trucks, "98,640"]


# A motor body's monthly note: the combined share of three fuel types, then the fuel-mix list.
COMBINED_SHARE = (
    "Electric cars, plug-in hybrids and hybrids keep gaining ground, with their combined market share now {t}."
    " Diesel now accounts for 35.12%, Petrol 31.04%, Hybrid 17.33%, Electric 9.26% and Plug-in Electric Hybrid"
    " 7.25%.\n"
)


@pytest.mark.parametrize(
    ("t", "status"),
    [("33.84%", Status.CONSISTENT), ("over 33.84%", Status.CONSISTENT), ("38.34%", Status.INCONSISTENT)],
)
def test_a_combined_share_of_the_fuels_it_names(t: str, status: Status) -> None:
    (v,) = [v for v in factcheck.check_text(COMBINED_SHARE.format(t=t)) if v.code == "FC103"]
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["17.33%", "9.26%", "7.25%", t]


def test_a_combined_share_of_fuels_the_list_does_not_give_each() -> None:
    # the list gives no plug-in hybrids' share: nothing to add up
    text = COMBINED_SHARE.format(t="33.84%").replace(" and Plug-in Electric Hybrid 7.25%", "")
    assert [v for v in factcheck.check_text(text) if v.code == "FC103"] == []


@pytest.mark.parametrize(
    ("passenger", "status", "words"),
    [("371,000", Status.CONSISTENT, "the article's total is 512,000"), ("370,000", Status.UNVERIFIABLE, "rounded")],
)
def test_parts_two_sentences_after_a_total_past_a_comparison_with_another_period(
    passenger: str, status: Status, words: str
) -> None:
    # "comparing with the first eight months" dates a comparison, not the sentence's figures
    text = (
        "For the first nine months, Tessin's car exports reached 512,000 units, up 21.4% year on year. The growth"
        " pace was up 1.2 percentage points, comparing with January-August. By type, passenger cars came to"
        f" {passenger} units, up 30.1% year on year; commercial vehicles were 141,000 units, up 6% year on year.\n"
    )
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC103"]
    assert v.status is status, v.message
    assert words in v.message
    assert [e.quantity.text for e in v.evidence] == [passenger, "141,000", "512,000"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Over the quarter, car and van sales rose 9.8%, to {t} units, with cars increasing 13.2%, to 312,500"
        " units, and vans falling 6.1%, to 58,300.",
        "Group sales rose by 3.8% to {t} vehicles, with cars up 8.8% to 312,500 and vans down 6.1% to 58,300.",
    ],
)
@pytest.mark.parametrize(("t", "status"), [("370,800", Status.CONSISTENT), ("370,080", Status.INCONSISTENT)])
def test_parts_each_reached_by_a_change(sentence: str, t: str, status: Status) -> None:
    # the change said of each part ("increasing 13.2%, to") stands between the parts, not in the list
    v = only(sentence.format(t=t))
    assert v.status is status, v.message
    assert sorted(e.quantity.text for e in v.evidence) == sorted(["312,500", "58,300", t])


@pytest.mark.parametrize("tie", ["resulting in a total figure of", "which gives a total of", "bringing the total to"])
@pytest.mark.parametrize(("t", "status"), [("35,600", Status.CONSISTENT), ("35,060", Status.INCONSISTENT)])
def test_a_total_tied_to_the_parts_before_it(tie: str, t: str, status: Status) -> None:
    text = f"Dealers handed over 31,420 cars and 4,180 vans in June, {tie} {t} units."
    v = only(text)
    assert v.status is status, v.message
    assert sorted(e.quantity.text for e in v.evidence) == sorted(["31,420", "4,180", t])


SECTIONS = (
    "Korvik, the country's largest scooter maker, has reported a year-on-year gain of 9% for October. A total of"
    " {total} units were sold against 231,850 units in October last year. Year-to-date numbers are up too,"
    " with cumulative sales of 2,104,300 units.\n\n"
    "Month-on-month growth was negative, against 301,420 units sold in September. September and October are the"
    " festive months, when most makers run special schemes and finance offers.\n\n"
    "Korvik domestic sales vs. exports\n\n"
    "Korvik still depends mostly on buyers at home. In October, domestic sales were at 246,310 units. Growth is"
    " positive, as compared to 219,460 units sold in October last year. Domestic sales year-to-date came to"
    " 2,011,800 units.\n\n"
    "Korvik exports took a hit in October, as several overseas markets slowed. Inflation is lower at home than in"
    " most of them. Korvik export numbers in October were at 6,870 units, a steep fall from 12,390 units exported"
    " in October last year. Exports year-to-date were 92,500 units.\n"
)


@pytest.mark.parametrize(("total", "status"), [("253,180", Status.CONSISTENT), ("253,810", Status.INCONSISTENT)])
def test_a_total_and_its_members_sections_apart(total: str, status: Status) -> None:
    # the domestic and export figures of the total's month, each in a section of its own further on;
    # the year-ago levels they are compared with are no members of this month's total
    vs = [v for v in fc103(SECTIONS.format(total=total)) if v.stated_text == total]
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [(status, ["246,310", "6,870", total])], [
        v.message for v in vs
    ]


FISCAL = (
    "Korvik's cumulative sales were at {ytd} units during YTD FY{q}25. In comparison, a total of 1,968,200 units"
    " were sold during YTD FY{q}24.\n\n"
    "Domestic sales during YTD FY{q}25 were at 2,011,800 units, as compared to 1,834,500 units during YTD FY{q}24.\n\n"
    "Exports told a similar story, with 92,500 units shipped abroad during YTD FY{q}25. A year before, they had been"
    " 133,700 units during YTD FY{q}24.\n"
)


@pytest.mark.parametrize("q", ["'", "’", ""])
@pytest.mark.parametrize(("ytd", "status"), [("2,104,300", Status.CONSISTENT), ("2,140,300", Status.INCONSISTENT)])
def test_fiscal_years_written_short_tell_a_total_from_last_years(q: str, ytd: str, status: Status) -> None:
    # "FY'25" is a year, not a figure of 25, and last fiscal year's exports are no member of this one's total
    vs = [v for v in fc103(FISCAL.format(ytd=ytd, q=q)) if v.stated_text == ytd]
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [
        (status, ["2,011,800", "92,500", ytd])
    ], [v.message for v in vs]


# A company's release: its home figure first, then the total with its export figure in one sentence
# (each with the level a year before it rose from)
HOME_FIRST = (
    "{lead} domestic sales of 48,210 units in May, up 12 per cent from 43,088 units in May last year.\n\n"
    "{total_words} 53,630 units, up 14 per cent from 47,044 units a year earlier, while exports rose 37 per"
    " cent to {exports} units from 3,956 units a year earlier.\n"
)


@pytest.mark.parametrize(
    ("lead", "total_words"),
    [
        ("Orla Motors posted", "Total sales for the month reached"),
        ("Kessel reported", "Overall sales in May came to"),
        ("Drevon Auto recorded", "Its combined sales climbed to"),
    ],
)
@pytest.mark.parametrize(("exports", "status"), [("5,420", Status.CONSISTENT), ("5,240", Status.INCONSISTENT)])
def test_a_total_between_its_home_and_export_figures(lead: str, total_words: str, exports: str, status: Status) -> None:
    vs = fc103(HOME_FIRST.format(lead=lead, total_words=total_words, exports=exports))
    got = {v.stated_text: (v.status, [e.quantity.text for e in v.evidence]) for v in vs}
    assert got["53,630"] == (status, ["48,210", exports, "53,630"])
    # the levels a year before add up to the year-ago total as well
    assert got["47,044"] == (Status.CONSISTENT, ["43,088", "3,956", "47,044"])


def test_segment_figures_before_a_models_count_are_no_breakdown_of_it() -> None:
    # a passenger model and a commercial brand, each named before the count of another model: no
    # figure here is called a total, so nothing sums the two
    text = (
        "Among passenger models the Lumea led with 508 units.\n\n"
        "In the commercial sector Halden came third with 666 units.\n\n"
        "For the month of June the Sorell pickup topped the model table with 1,178 units.\n"
    )
    assert fc103(text) == []


# A total, a rate with its amount in brackets, quotes with no figure, then the segments one
# sentence each (the last sentence with two)
QUOTED_BETWEEN = (
    "Importers' figures show 18,460 motorcycles, scooters and quad bikes changed hands in the first"
    " quarter, a fall of 6.4 per cent (1,262 units) on the first quarter of last year.\n\n"
    "\u201cBuyers have been cautious since January,\u201d the body's chief said. \u201cThe slowdown began"
    " some 14 months ago.\u201d\n\n"
    "Road bikes led with {road} sales in the first quarter, down 5.1 per cent. Trail bikes accounted for"
    " 5,905 sales in the first quarter, down 8.2 per cent. Quad bike sales came to 2,675 in the first"
    " quarter, down 3.3 per cent, while scooter sales dropped 9.0 per cent to 2,170 units in the first"
    " quarter.\n"
)


def test_segments_after_quotes_that_add_up_to_the_total() -> None:
    v = only(QUOTED_BETWEEN.format(road="7,710"))
    assert (v.status, [e.quantity.text for e in v.evidence]) == (
        Status.CONSISTENT,
        ["7,710", "5,905", "2,675", "2,170", "18,460"],
    ), v.message


def test_segments_after_quotes_that_do_not_add_up_are_no_claim() -> None:
    assert fc103(QUOTED_BETWEEN.format(road="7,170")) == []


def test_a_round_target_is_no_total_of_figures_after_it() -> None:
    # "one million" stands for anything from half a million up: nothing can be found adding up to it
    text = (
        "The industry is on track to reach the one million sales target this year, its chief said.\n\n"
        "Sales so far this year trail last year's by 30,357 vehicles. About 665,309 vehicles were sold so far"
        " this year.\n"
    )
    assert fc103(text) == []


# The year so far and the month, each class in a sentence of its own with both figures
TWO_PERIODS = (
    "From January to September, 127,168 new vehicles were registered in Portugal, 38.4% fewer than a year"
    " earlier. The industry body expects a further fall of 20% to 25% across Europe.\n\n"
    "September alone saw {month} registrations, 9% below the same month of 2019.\n\n"
    "In the first nine months, car registrations totalled 105,660 units, while in September alone 13,186"
    " cars were registered. From January to September, vans came to 18,627 units, while in September"
    " 2,516 vans were registered. Heavy vehicles reached 2,881 units up to September and 702 units in"
    " September.\n"
)


def test_each_periods_total_takes_its_own_periods_figures() -> None:
    vs = {v.stated_text: v for v in fc103(TWO_PERIODS.format(month="16,404"))}
    assert [(t, v.status, [e.quantity.text for e in v.evidence]) for t, v in vs.items()] == [
        ("127,168", Status.CONSISTENT, ["105,660", "18,627", "2,881", "127,168"]),
        ("16,404", Status.CONSISTENT, ["13,186", "2,516", "702", "16,404"]),
    ], [v.message for v in vs.values()]


def test_a_months_figures_that_do_not_add_up_are_no_claim() -> None:
    vs = fc103(TWO_PERIODS.format(month="16,440"))
    assert [v.stated_text for v in vs] == ["127,168"], [v.message for v in vs]


def test_how_far_a_total_moved_is_no_part_of_it() -> None:
    # 4,390 is the rise on a year before, and 43,920 that year's total: their sum is this month's
    # total by arithmetic, not a breakdown of it
    text = (
        "Dealers handed over 48,310 new vehicles in October.\n\n"
        "Compared with a year earlier, October's figure was 4,390 units (10%) higher than in October 2020,"
        " when 43,920 units were sold.\n"
    )
    assert fc103(text) == []


CARS_AND_TRUCKS = (
    "Sales of new motor vehicles rose 3.1% to 97,420 units in December.\n\n"
    "Dealers said demand held up well into the holidays.\n\n"
    "Passenger car sales in December climbed 2.9% to 49,880 units.\n\n"
    "Sales of new trucks{gloss} increased 2.7% to {trucks} units in December.\n"
)


@pytest.mark.parametrize("gloss", ["", " (which include minivans, pickups, heavy trucks, vans and buses)"])
def test_cars_and_trucks_after_the_market_total(gloss: str) -> None:
    # what the trucks include, in brackets, is no class of their own
    v = only(CARS_AND_TRUCKS.format(gloss=gloss, trucks="47,540"))
    assert (v.status, [e.quantity.text for e in v.evidence]) == (
        Status.CONSISTENT,
        ["49,880", "47,540", "97,420"],
    ), v.message


def test_cars_and_trucks_that_do_not_add_up_are_never_called_wrong() -> None:
    # trucks may be one class of several: a shortfall may be a class left out
    v = only(CARS_AND_TRUCKS.format(gloss="", trucks="45,740"))
    assert v.status is Status.UNVERIFIABLE and "may leave a part out" in v.message, v.message


def test_trucks_beside_vans_are_no_complement_of_cars() -> None:
    text = (
        "New vehicle sales came to 41,200 units in May.\n\n"
        "Passenger car sales were 36,000 units in May. Van sales were 3,000 units in May, and truck sales"
        " were 5,200 units in May.\n"
    )
    assert [
        v.stated_text for v in fc103(text) if [e.quantity.text for e in v.evidence] == ["36,000", "5,200", "41,200"]
    ] == []


@pytest.mark.parametrize(
    ("opener", "used", "status"),
    [
        ("Of the total passenger vans sold", "13,730", Status.CONSISTENT),
        ("Of the total vans sold,", "13,730", Status.CONSISTENT),
        ("Of the total passenger vans sold", "23,730", Status.INCONSISTENT),
        ("Of the total vans sold,", "13,370", Status.INCONSISTENT),
    ],
)
def test_parts_each_with_its_share_after_an_opener_that_names_the_total(opener: str, used: str, status: Status) -> None:
    # the opener points back at the total; each part comes after its share ("36% or 7,720"), and a
    # part mistyped above the total is still one of its parts
    text = (
        "Sales of passenger vans rose by 9.1% in 2024 amounting to 21,450 vans compared with 19,660 in"
        f" 2023. {opener} 36% or 7,720 were new and 64% or {used} were second hand, the agency added."
    )
    v = only(text)
    assert (v.status, [e.quantity.text for e in v.evidence]) == (status, ["7,720", used, "21,450"]), v.message


@pytest.mark.parametrize("word", ["followed by", "ahead of"])
def test_the_next_in_a_ranking_is_no_part_of_the_leader(word: str) -> None:
    # a ranking of markets, not a breakdown of the first one's figure
    text = (
        f"The biggest market for electric buses was Vessa with 412 new buses, {word} Korvik with 290 units and"
        " Tessin with 198 new registrations."
    )
    assert fc103(text) == []


@pytest.mark.parametrize(
    "second",
    [
        "There were 21,700 passenger cars and 16,400 light commercial vehicles also sold.",
        "Dealers also sold 21,700 passenger cars and 16,400 light commercial vehicles in the month.",
        "In addition, 21,700 passenger cars and 16,400 light commercial vehicles were sold.",
    ],
)
def test_parts_said_as_well_as_an_earlier_figure_are_not_its_breakdown(second: str) -> None:
    # the two classes join the SUVs said before them: neither the SUVs nor the market is their total
    # (said without "also", they would be the market's breakdown, 38,100 against 80,100)
    text = "Buyers took 80,100 new vehicles in May. SUV sales reached 38,900.\n\n" + second + "\n"
    assert not [v for v in fc103(text) if v.status is Status.INCONSISTENT]


@pytest.mark.parametrize(
    "first",
    [
        "Buyers took 80,100 new vehicles in May, with 38,900, or 48.6%, of these SUVs.",
        "Buyers took 80,100 new vehicles in May, and 38,900 (48.6%) of them were SUVs.",
    ],
)
def test_a_part_named_after_its_share_is_of_that_class(first: str) -> None:
    # 38,900 is the SUVs', not a total of the passenger and commercial classes said next
    text = first + "\n\nPassenger cars came to 21,700 and light commercial vehicles to 16,400.\n"
    assert not [v for v in fc103(text) if "38,900" in v.message]


def test_a_total_also_split_at_home_and_abroad_is_no_sure_sum_of_its_classes() -> None:
    # the classes may be counted at home only: 13,900 + 15,100 = 29,000 falls short of 30,400, but the
    # exports (and other classes) may make the rest
    text = (
        "Sorvi Motors reported total sales of 30,400 vehicles in May, down 12% from 34,545 a year earlier.\n\n"
        "Domestic sales were 29,100 units and exports 420 units.\n\n"
        "In the passenger segment it sold 13,900 vehicles, and in the commercial segment 15,100 vehicles.\n"
    )
    sums = [v for v in fc103(text) if "13,900" in v.message]
    assert sums and all(v.status is Status.UNVERIFIABLE for v in sums), [v.message for v in sums]


def test_a_split_of_sales_says_nothing_of_production() -> None:
    text = (
        "Sorvi Motors produced 98,400 vehicles in May. Passenger vehicle production was 96,200 units and"
        " commercial vehicle production 2,200 units.\n\n"
        "Its domestic sales were 88,100 units and exports 7,300 units.\n"
    )
    (v,) = [v for v in fc103(text) if "96,200" in v.message]
    assert v.status is Status.CONSISTENT, v.message


@pytest.mark.parametrize("prior", ["in May of the previous year", "in the prior-year month"])
@pytest.mark.parametrize(("total", "status"), [("12,640", Status.CONSISTENT), ("12,460", Status.INCONSISTENT)])
def test_year_ago_parts_dated_by_the_previous_year(prior: str, total: str, status: Status) -> None:
    # 11,120 + 1,520 = 12,640 a year before
    text = (
        f"Halden's sales rose 19% to 15,040 units in May, compared to {total} units in May 2024.\n\n"
        f"Passenger car sales rose 16.7% to 12,980 units, compared to 11,120 units {prior}.\n\n"
        "Light commercial vehicle sales reached 2,060 units, compared to 1,520 in May 2024.\n"
    )
    (v,) = [v for v in fc103(text) if "year-ago" in v.message]
    assert v.status is status, v.message


@pytest.mark.parametrize(("total", "status"), [("5,740", Status.CONSISTENT), ("5,470", Status.INCONSISTENT)])
def test_new_and_used_in_quotes_add_up_to_the_total_not_to_a_part_with_its_own_share(
    total: str, status: Status
) -> None:
    # 2,610 + 3,130 = 5,740; the 4,120 passenger cars, "71.8 per cent of the total", are a part
    text = (
        f"New licences issued during the quarter amounted to {total}. Most new licences (4,120 or 71.8 per cent"
        " of the total) went to private cars. The licences for 'new' motor vehicles came to 2,610, while"
        " those for 'used' motor vehicles came to 3,130.\n"
    )
    (v,) = [v for v in fc103(text) if "2,610" in v.message]
    assert v.status is status, v.message
    assert v.evidence[-1].quantity.text == total


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Orla's 4,120 registrations were made up of 2,555 used electric cars (62% of the total)"
            " followed by 783 new electric cars (19%).",
            Status.UNVERIFIABLE,
        ),
        (
            "Kessel's 12,400 deliveries were made up of 7,150 sedans (57.7%) and 2,080 vans (16.8%).",
            Status.UNVERIFIABLE,
        ),
        # the shares cover the whole: a shortfall is then a slip
        (
            "Orla's 4,120 registrations were made up of 2,555 used electric cars (62%) and 1,556 new"
            " electric cars (38%).",
            Status.INCONSISTENT,
        ),
    ],
)
def test_parts_whose_own_shares_fall_short_of_the_whole_leave_part_of_it_out(text: str, status: Status) -> None:
    (v,) = fc103(text)
    assert v.status is status, v.message


@pytest.mark.parametrize(("base", "status"), [("190,260", Status.CONSISTENT), ("192,060", Status.INCONSISTENT)])
def test_a_parts_baseline_left_undated_in_a_sentence_of_year_back_comparisons(base: str, status: Status) -> None:
    # 97,450 + 92,810 = 190,260: "from 92,810 in the period cited" is the year-ago figure its
    # sentence's "a year ago" dates
    text = (
        f"Drevon sold 183,530 vehicles in October, down from {base} units a year ago, the company said.\n\n"
        "Domestic sales slipped 2.4 percent to 95,120 units last month from 97,450 a year ago, while"
        " overseas sales fell 4.7 percent to 88,410 from 92,810 in the period cited.\n"
    )
    v = next(v for v in fc103(text) if v.stated_text == base)
    assert v.status is status, v.message
    assert [e.quantity.text for e in v.evidence] == ["97,450", "92,810", base]


@pytest.mark.parametrize(
    "parts",
    [
        # each member with its own change, the last after "and"
        "Of them, there were 24,100 passenger cars, showing a 12% increase; 6,900 commercial vehicles,"
        " down 4% and 240 special-use vehicles, up 20% month on month.",
        "They were 24,100 passenger cars (up 12%), 6,900 commercial vehicles (down 4%) and 240"
        " special-purpose vehicles.",
        "Sales comprised 24,100 passenger cars, up 12 per cent, 6,900 commercial vehicles, down 4 per cent,"
        " and 240 special vehicles.",
    ],
)
def test_special_purpose_vehicles_are_a_segment_of_the_list(parts: str) -> None:
    text = "In October, Vessa's market sold {total} vehicles.\n\n" + parts
    v = only(text.format(total="31,240"))
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["24,100", "6,900", "240", "31,240"]
    # a transposed total is a slip
    assert only(text.format(total="31,420")).status is Status.INCONSISTENT


def test_a_third_member_after_a_change_is_no_part_left_out_by_the_writer() -> None:
    # the third member has no segment the reader knows: the sum of the two is no slip
    text = (
        "In October, 31,240 vehicles were sold.\n\n"
        "Of them, 24,100 were passenger cars, showing a 12% increase; 6,900 commercial vehicles, down 4%"
        " and 240 were amphibious cars, up 20%."
    )
    assert only(text).status is Status.UNVERIFIABLE


@pytest.mark.parametrize("month_words", ["in the month", "during the month", "for the month"])
def test_parts_dated_by_the_month_just_named_add_up_to_that_months_total(month_words: str) -> None:
    # the article is mostly about the eleven months; "the month" is the month named just before
    text = (
        "Vessa's members delivered 341,210 vehicles in the first 11 months, 4.1% more than a year before."
        " Deliveries in the first 11 months grew on imports.\n\n"
        "In November by itself, members delivered {total} vehicles.\n\n"
        f"Of the vehicles sold {month_words}, 28,410 were passenger cars. Commercial vehicles totalled 10,120"
        " units and special-purpose vehicles 508 units."
    )
    v = only(text.format(total="39,038"))
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["28,410", "10,120", "508", "39,038"]
    w = only(text.format(total="39,308"))
    assert w.status is Status.INCONSISTENT, w.message


@pytest.mark.parametrize(
    "rest",
    [
        "while the balance of {b} came in from other countries",
        "and the remaining {b} from elsewhere",
        "while the rest, {b}, came from other markets",
    ],
)
def test_the_rest_is_the_last_part_of_a_whole_the_sentence_opens_on(rest: str) -> None:
    text = f"Out of the 17,734 cars, 11,490 came in from the US, 630 from Italy, 410 from Belgium {rest}."
    v = only(text.format(b="5,204"))
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["11,490", "630", "410", "5,204", "17,734"]
    # two digits of the rest swapped: a slip
    assert only(text.format(b="5,024")).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "text",
    [
        "Out of the €420 million Kessel spent on parts last year, €310 million went to suppliers in Germany"
        " while the balance of {b} was paid to firms abroad.",
        "The filings show that of the €420 million Kessel spent on parts, €310 million went to German"
        " suppliers, while the remaining {b} was paid abroad.",
        "Of the total €420 million in parts spending, €310 million stayed at home and {b} went abroad.",
    ],
)
def test_amounts_of_money_listed_after_the_whole_they_open_on_add_up(text: str) -> None:
    v = only(text.format(b="€110 million"))
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["€310 million", "€110 million", "€420 million"]
    # the sum is written no finer than its parts
    assert "= €420 million;" in v.message
    w = only(text.format(b="€101 million"))
    assert w.status is Status.INCONSISTENT, w.message


@pytest.mark.parametrize(
    "opener",
    ["Out of the sales of commercial vehicles, 88,700", "Of the commercial vehicles sold, 88,700"],
)
def test_a_sentence_breaking_down_one_class_is_no_part_of_the_breakdown_before_it(opener: str) -> None:
    text = (
        "Sales of cars and trucks in the country fell 21 percent in the first half to 180,400 units.\n\n"
        "The half brought 74,300 units of passenger car and 106,100 units of commercial vehicle (vans, buses"
        f" and trucks), down 11.2 and 30.4 percent respectively. {opener} units were light pickup trucks."
    )
    v = only(text)
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["74,300", "106,100", "180,400"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Car output reached 412,350 units in 2022 (251,120 Vessa + 161,230 Sorell), a record.", Status.CONSISTENT),
        ("Car output reached 412,350 units in 2022 (251,120 Vessa + 116,230 Sorell), a record.", Status.INCONSISTENT),
        ("Car output reached 412,350 units (Vessa 251,120 + Sorell 161,230).", Status.CONSISTENT),
        ("Vessa built 251,120 cars and Sorell the rest: 251,120 + 161,230 = 412,350.", Status.CONSISTENT),
        ("Vessa built 251,120 cars and Sorell the rest: 251,120 + 161,230 = 421,350.", Status.INCONSISTENT),
        ("Revenue was $4.2 billion ($3.1 billion from cars + $1.1 billion from services).", Status.CONSISTENT),
    ],
)
def test_a_sum_written_out_with_plus_signs(text: str, status: Status) -> None:
    vs = [v for v in fc103(text) if v.stated_text in ("412,350", "421,350", "$4.2 billion")]
    assert [v.status for v in vs] == [status], [v.message for v in vs]


def test_a_written_sum_of_money_is_shown_in_the_total_s_scale() -> None:
    v = only("Its investment came to $7.6bn ($5bn + $2bn + $600mn in grants).")
    assert v.status is Status.CONSISTENT and "= $7.60bn" in v.message, v.message


def test_a_plus_sign_of_a_change_is_no_sum() -> None:
    assert fc103("Sales rose 5% (+1,200 units) to 25,200 units, and exports reached 3,100 units.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Electrified cars had a good month: hybrid sales grew 30% to 52,410, plug-in hybrids gained 2% to 11,230,"
        " and battery-electric cars advanced 40% to 39,870.",
        "EV demand held up in June. Among electrified cars, hybrids reached 21,940, plug-in hybrids 6,120 and"
        " battery-electric models 15,030.",
    ],
)
def test_a_hybrid_listed_among_electrified_cars_is_a_member_not_their_total(text: str) -> None:
    assert [v for v in fc103(text) if v.status is not Status.CONSISTENT] == [], [v.message for v in fc103(text)]


@pytest.mark.parametrize("bars", [("", ""), ("| ", " |")])
@pytest.mark.parametrize(("total", "status"), [("212,192", Status.CONSISTENT), ("221,192", Status.INCONSISTENT)])
def test_a_piped_table_of_measures_adds_up_to_its_total_row(bars: tuple[str, str], total: str, status: Status) -> None:
    a, z = bars
    text = (
        "Halden Group sales by brand in May.\n\n"
        f"{a}Brand, May | All Sales | Change on Year | Retail Sales{z}\n"
        f"{a}Orla | 173,859 | 0.5% | 118,339{z}\n"
        f"{a}Kessel | 38,333 | 11.6% | 31,619{z}\n"
        f"{a}Total Halden | {total} | 6.4% | 149,958{z}\n"
    )
    vs = [v for v in fc103(text) if v.stated_text == total]
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [
        (status, ["173,859", "38,333", total])
    ], [v.message for v in vs]


_DIVISIONS = (
    "Halden Group said its May deliveries in the U.S. came to 152,630 cars, 8.1 percent more than a year ago."
    "\n\nThe Vessa division delivered 131,420 cars in May, a gain of 7.7 percent."
    "\n\nThe Lorne division's May deliveries were {lorne} cars, 10.4 percent more than last year."
)


@pytest.mark.parametrize(
    ("lorne", "status"),
    # (the divisions named may not be all of them: a mismatch is only unverifiable)
    [("21,210", Status.CONSISTENT), ("12,210", Status.UNVERIFIABLE), ("21,920", Status.UNVERIFIABLE)],
)
def test_the_divisions_of_a_company_add_up_to_its_total_before_them(lorne: str, status: Status) -> None:
    vs = fc103(_DIVISIONS.format(lorne=lorne))
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [
        (status, ["131,420", lorne, "152,630"])
    ], [v.message for v in vs]


@pytest.mark.parametrize(("total", "status"), [("361,700", Status.CONSISTENT), ("316,700", Status.INCONSISTENT)])
@pytest.mark.parametrize(
    "abroad",
    [
        "Its international scooter business shrank to 77,800 units in May",
        "International sales of its scooters eased to 77,800 units in May",
    ],
)
def test_international_business_is_the_export_channel_of_a_domestic_split(
    total: str, status: Status, abroad: str
) -> None:
    # 283,900 + 77,800 = 361,700
    text = (
        f"Orla's overall scooter business grew nine per cent in May, with {total} units sold."
        " Domestic scooter sales rose 16 per cent in May, with 283,900 units sold.\n\n"
        f"{abroad}, down from 88,400 units a year ago."
    )
    vs = [v for v in fc103(text) if v.stated_text == total]
    assert [(v.status, sorted(e.quantity.text for e in v.evidence)) for v in vs] == [
        (status, sorted(["283,900", "77,800", total]))
    ], [v.message for v in fc103(text)]


@pytest.mark.parametrize(("total", "status"), [("112,800", Status.CONSISTENT), ("121,800", Status.INCONSISTENT)])
@pytest.mark.parametrize(
    "closing",
    [
        "Its total scooter sales in May fell 69 per cent to {total} units from 365,000 a year ago.",
        "Total scooter sales were {total} units in May, against 365,000 a year ago.",
        "Its total scooter sales came in 69 per cent lower, at {total} units, as against 365,000 a year ago.",
    ],
)
def test_a_total_after_its_domestic_and_export_parts(total: str, status: Status, closing: str) -> None:
    # 39,300 + 73,500 = 112,800; the total names the body ("scooter") the export figure leaves unsaid
    text = (
        "Orla shipped 39,300 scooters in the domestic market in May, down 81 per cent from 205,700 a year"
        " earlier. The company exported 73,500 units in May, a drop of 54 per cent from 159,300. "
        + closing.format(total=total)
    )
    vs = [v for v in fc103(text) if v.stated_text == total]
    assert [(v.status, sorted(e.quantity.text for e in v.evidence)) for v in vs] == [
        (status, sorted(["39,300", "73,500", total]))
    ], [v.message for v in fc103(text)]


def test_a_total_after_a_domestic_and_export_split_and_another_class_is_no_sum_of_the_split() -> None:
    # 39,300 + 73,500 + 14,300 = 127,100: the total counts the commercial vehicles said between
    text = (
        "Orla shipped 39,300 scooters in the domestic market in May. The company exported 73,500 scooters in"
        " May. Its commercial vehicle sales came to 14,300 units. Its total sales in May fell to 127,100 units."
    )
    assert [v for v in fc103(text) if v.status is Status.INCONSISTENT] == []


@pytest.mark.parametrize(("total", "status"), [("436,210", Status.CONSISTENT), ("463,210", Status.INCONSISTENT)])
@pytest.mark.parametrize(
    "maker",
    [
        # the company named in full where it sells, by its first word where it splits its sales
        ("Korvik Moto Works sold", "Korvik's domestic sales rose to"),
        ("Drevon Auto Works dispatched", "Drevon's home sales climbed to"),
        ("Halden Motors reported", "Halden's domestic dispatches improved to"),
    ],
)
def test_a_total_is_the_one_of_its_own_year_not_a_year_earlier(
    total: str, status: Status, maker: tuple[str, str]
) -> None:
    # 420,100 + 16,110 = 436,210; 421,530 is September 2022's total, not this one's
    sold, home = maker
    text = (
        f"{sold} {total} vehicles during September 2023. That beat the 421,530 units it had shipped in"
        " September 2022 by more than 3%.\n\n"
        f"{home} 420,100 units in September 2023 against 410,200 units in September 2022, and exports"
        " climbed to 16,110 units last month, against 11,330 units a year before."
    )
    vs = [v for v in fc103(text) if v.status is not Status.UNVERIFIABLE]
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [
        (status, ["420,100", "16,110", total])
    ], [v.message for v in fc103(text)]


@pytest.mark.parametrize(("total", "status"), [("58,430", Status.CONSISTENT), ("58,340", Status.INCONSISTENT)])
@pytest.mark.parametrize(
    "closing",
    [
        "Its total sales, however, slipped 4% to {total} units in May, with exports halving to 3,210 units.",
        "Its overall sales, meanwhile, eased 2.5 per cent to {total} units in May, with exports at 3,210 units.",
        "Combined sales, though, dropped 6% to {total} units in May as shipments abroad fell to 3,210 units.",
    ],
)
def test_a_named_total_past_an_aside_and_its_rate_takes_the_domestic_figure_before_it(
    total: str, status: Status, closing: str
) -> None:
    # 55,220 + 3,210 = 58,430: the home figure is said in the sentence before the total
    text = "Sorell's home sales edged up 1% to 55,220 units in May. " + closing.format(total=total)
    vs = [v for v in fc103(text) if v.stated_text == total]
    assert [(v.status, sorted(e.quantity.text for e in v.evidence)) for v in vs] == [
        (status, sorted(["55,220", "3,210", total]))
    ], [v.message for v in fc103(text)]


@pytest.mark.parametrize(
    "whole",
    [
        "In the five largest EU markets, motorcycle registrations rose by 8.8% over the five months, to more"
        " than 348,800 units.",
        "Across the EU's five biggest markets (Germany, France, Spain, Italy and the UK), motorcycles gained"
        " 8.8% in the five months, to more than 348,800 units.",
        "Motorcycles did better still: in the EU's five biggest markets they rose 8.8% to 348,800 units.",
    ],
)
def test_a_region_is_never_a_member_beside_its_own_countries(whole: str) -> None:
    # the EU's motorcycles are no part beside Germany's and France's two-wheelers
    text = (
        "In the first five months of the year, 534,700 powered two-wheelers were registered in the EU, figures"
        " from the makers' association show. That is 5.5% more than the 506,800 of a year earlier.\n\n"
        "The main markets all grew, including Italy (103,500 units, +16.8%), Spain (61,700 units, +12.3%),"
        " UK (51,900 units, +8.8%), Germany (94,900 units, +2%) and France (99,600 units, +0.5%).\n\n"
        f"{whole}\n\nItaly did best (+18.5%, 93,700 units), ahead of Spain (+13.1%, 55,800 units)."
    )
    assert [v for v in fc103(text) if v.status is Status.INCONSISTENT] == [], [v.message for v in fc103(text)]


@pytest.mark.parametrize(("total", "status"), [("411,600", Status.CONSISTENT), ("441,600", Status.INCONSISTENT)])
@pytest.mark.parametrize("rate", [", +16.8%", ", up 16.8%", ""])
def test_a_list_of_labels_with_their_figures_in_brackets_is_one_list(total: str, status: Status, rate: str) -> None:
    # 103,500 + 61,700 + 51,900 + 94,900 + 99,600 = 411,600
    text = (
        f"The five largest markets registered {total} units in May: Italy (103,500 units{rate}), Spain"
        " (61,700 units, +12.3%), the UK (51,900 units, +8.8%), Germany (94,900 units, +2%) and France"
        " (99,600 units, +0.5%)."
    )
    vs = [v for v in fc103(text) if v.stated_text == total]
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [
        (status, ["103,500", "61,700", "51,900", "94,900", "99,600", total])
    ], [v.message for v in fc103(text)]


@pytest.mark.parametrize(("total", "status"), [("6,210", Status.CONSISTENT), ("6,120", Status.INCONSISTENT)])
@pytest.mark.parametrize("bev", ["100% electric", "100 per cent electric", "100 percent electric"])
def test_a_part_described_as_100_percent_electric_is_a_battery_car(total: str, status: Status, bev: str) -> None:
    # 3,880 + 2,330 = 6,210: "100%" describes the cars, it is no figure of the breakdown
    text = f"Of these {total} electric cars, 3,880 are {bev} while 2,330 are plug-in hybrids."
    vs = [v for v in fc103(text) if v.stated_text == total]
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [(status, ["3,880", "2,330", total])], [
        v.message for v in fc103(text)
    ]


@pytest.mark.parametrize(("total", "status"), [("98,210", Status.CONSISTENT), ("89,210", Status.INCONSISTENT)])
@pytest.mark.parametrize(
    "said",
    [
        "Norvia imported {t} vehicles in 2014, including 88,120 motor-cars, 8,240 trucks, 1,010 buses and 840"
        " vehicles for special purposes.",
        "Of the {t} vehicles Lumea brought in last year, 88,120 were motorcars, 8,240 trucks, 1,010 buses and 840"
        " special-purpose vehicles.",
        "Halden imported {t} vehicles in 2014, among them 88,120 motor cars, 8,240 trucks, 1,010 buses and 840"
        " vehicles for special purpose.",
    ],
)
def test_motor_cars_and_vehicles_for_special_purposes_are_categories(total: str, status: Status, said: str) -> None:
    # 88,120 + 8,240 + 1,010 + 840 = 98,210
    vs = [v for v in factcheck.check_text(said.format(t=total)) if v.code == "FC103"]
    assert [(v.status, [e.quantity.text for e in v.evidence]) for v in vs] == [
        (status, ["88,120", "8,240", "1,010", "840", total])
    ], [v.message for v in vs]


@pytest.mark.parametrize(
    "text",
    [
        "Output at Korvik's Drevon plant rose 4.1 percent to 312,800 vehicles last year. Of these, 41,270 were "
        "battery-electric cars and 26,940 plug-in hybrids.",
        "Tessin sold 118,200 cars in 2024, including 20,400 BEVs and 9,100 PHEVs.",
        "Lumea's registrations reached 61,000 in March; of them, 7,300 were BEVs and 2,900 PHEVs.",
    ],
)
def test_a_makers_plug_ins_are_no_breakdown_of_all_its_cars(text: str) -> None:
    # a carmaker's total runs on petrol and diesel too: plug-ins short of it leave a part out
    assert all(v.status is not Status.INCONSISTENT for v in fc103(text)), [v.message for v in fc103(text)]


@pytest.mark.parametrize(
    ("total", "status"),
    [("27,845", Status.CONSISTENT), ("27,854", Status.INCONSISTENT)],
)
@pytest.mark.parametrize(
    "template",
    [
        "Registrations of electric and hybrid cars totalled {t} in 2022. Of them, 22,142 were hybrids (HEV), "
        "3,272 battery-electric (BEV) and 2,431 plug-in hybrids (PHEV).",
        "Sales of hybrid and electric vehicles reached {t} last year: 22,142 HEVs, 3,272 BEVs and 2,431 PHEVs.",
        "Hybrid and electric car sales came to {t} units in 2022, with 22,142 HEVs, 3,272 BEVs and 2,431 PHEVs.",
    ],
)
def test_electric_and_hybrid_cars_together_are_closed_by_their_powertrains(
    template: str, total: str, status: Status
) -> None:
    assert only(template.format(t=total)).status is status


@pytest.mark.parametrize(
    "text",
    [
        "Total sales fell 40.1% to 56,746 in October. Car sales plummeted %46.9 to 40,512, while van sales "
        "decreased %11.7 to 16,234.",
        "Total sales came to 56,746 in October. Cars fell %46.9 to 40,512 and vans %11.7 to 16,234.",
    ],
)
def test_a_rate_with_its_sign_written_first_is_no_part(text: str) -> None:
    v = only(text)
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence if e.role == "part"] == ["40,512", "16,234"]


@pytest.mark.parametrize(
    "template",
    [
        "Kessel exported {t} vehicles in 2024, with 9,652 shipped to Chile and 1,669 to Peru.",
        "Orla sold {t} cars in June, with 7,204 going to private buyers and 4,117 to business buyers.",
        "Lumea sold {t} vehicles in March, 9,652 at home and 1,669 abroad.",
    ],
)
@pytest.mark.parametrize(
    ("total", "status"),
    [
        ("11,321", Status.CONSISTENT),
        ("13,121", Status.INCONSISTENT),  # two adjacent digits swapped: a slip, whatever the list leaves out
        ("12,321", Status.UNVERIFIABLE),  # 1,000 short: a part the list leaves out, as likely as a slip
    ],
)
def test_a_list_only_its_members_close_is_short_by_a_slip_only_when_two_digits_are_swapped(
    template: str, total: str, status: Status
) -> None:
    v = only(template.format(t=total))
    assert v.status is status, v.message


@pytest.mark.parametrize(
    "lead",
    [
        "Two-wheeler registrations fell 28.71% to 8,98,775 units",
        "Tractor sales rose 27.8% to 8,98,775 units",
        "Three-wheelers slipped 69.5% to 8,98,775 units",
    ],
)
def test_another_class_of_vehicle_is_no_total_of_passenger_and_commercial_ones(lead: str) -> None:
    text = (
        f"{lead} in August. Commercial vehicles declined by 57.39% at 26,536 units, while passenger "
        "vehicles dropped by 7.12% at 1,78,513 units."
    )
    assert all(v.status is not Status.INCONSISTENT for v in fc103(text)), [v.message for v in fc103(text)]


_TYPE_TABLE = (
    "Registrations of new vehicles by type\n"
    "Type | Dec. 2019 | Y-o-Y | Jan.-Dec. 2019 | Y-o-Y |\n"
    "Passenger cars | 171,208 | -1.2% | 2,004,310 | 3.1% |\n"
    "Light Commercial Vehicles | 36,410 | -2.5% | 421,870 | 5.6% |\n"
    "Total | 207,618 | -1.4% | 2,426,180 | 3.5% |\n"
    "Commercial Vehicles (Over 5t) | 4,120 | 6.1% | 48,905 | 5.6% |\n"
)


@pytest.mark.parametrize(
    ("total", "parts"), [("207,618", {"171,208", "36,410"}), ("2,426,180", {"2,004,310", "421,870"})]
)
def test_a_tables_total_is_added_up_by_its_rows_not_by_category(total: str, parts: set[str]) -> None:
    """The row after the total ("Commercial Vehicles (Over 5t)") is no part of it, whatever its category."""
    text = _TYPE_TABLE
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC103" and text[v.start : v.end] == total]
    assert v.status is Status.CONSISTENT
    assert {e.quantity.text for e in v.evidence if e.role == "part"} == parts
    mistyped = total[:-2] + total[-1] + total[-2]
    mutated = text.replace(total, mistyped)
    (v,) = [v for v in factcheck.check_text(mutated) if v.code == "FC103" and mutated[v.start : v.end] == mistyped]
    assert v.status is Status.INCONSISTENT


# --- what remains of a whole once a part is taken: the part and the rest add up to the whole

_REST = (
    "Out of the 12,300 SUVs delivered in June, the new K7 accounted for over 8,000 units. "
    "The remaining SUV models collectively accounted for less than {rest} units."
)
_REST_NEXT = (
    "Of the 40,250 trucks Kessel built in the half, 38,610 were heavy trucks. The remaining {rest} units were buses."
)
_REST_LISTED = (
    "Drevon sold 45,210 cars in June, of which 30,150 went abroad and the remaining {rest} were sold at home."
)


@pytest.mark.parametrize(
    ("text", "whole", "status"),
    [
        (_REST.format(rest="4,300"), "12,300", Status.CONSISTENT),
        (
            "Of the 9,500 cars Orla sold in May, 6,100 were sedans; the rest, 3,400 units, were hatchbacks.",
            "9,500",
            Status.CONSISTENT,
        ),
        (
            "The K7 took 8,100 of the 12,300 SUVs sold in July, and older models made up the remaining 4,200.",
            "12,300",
            Status.CONSISTENT,
        ),
        (
            "The K7 took 8,100 of the 12,300 SUVs sold in July, and older models made up the remaining 2,400.",
            "12,300",
            Status.INCONSISTENT,
        ),
        # the rest in the next sentence of the paragraph, and a list closed by "the remaining"
        (_REST_NEXT.format(rest="1,640"), "40,250", Status.CONSISTENT),
        (_REST_NEXT.format(rest="1,460"), "40,250", Status.INCONSISTENT),
        (_REST_LISTED.format(rest="15,060"), "45,210", Status.CONSISTENT),
        (_REST_LISTED.format(rest="15,006"), "45,210", Status.INCONSISTENT),
    ],
)
def test_what_remains_of_a_whole(text: str, whole: str, status: Status) -> None:
    v = only(text)
    assert (v.stated_text.strip(), v.status) == (whole, status), v.message
    # the part and the rest are the operands
    assert [e.role for e in v.evidence] == ["part", "part", "total"]


def test_a_remaining_count_of_models_is_no_remainder() -> None:
    text = "Of the 9,500 cars Orla sold in May, 6,100 were sedans. The remaining 5 models were hatchbacks."
    assert fc103(text) == []


@pytest.mark.parametrize(
    "rest",
    [
        "while the balance of {b} came in from other countries",
        "and the remaining {b} from elsewhere",
        "while the rest, {b}, came from other markets",
    ],
)
def test_the_rest_after_several_parts_is_not_the_whole_less_the_first(rest: str) -> None:
    text = f"Out of the 17,734 cars, 11,490 came in from the US, 630 from Italy, 410 from Belgium {rest}."
    # the rest of all three parts: 17,734 - 11,490 - 630 - 410 = 5,204, never 11,490 and the rest alone
    assert [v.message for v in fc103(text.format(b="5,204")) if v.status is Status.INCONSISTENT] == []


def test_the_rest_after_one_part_adds_up_with_that_part() -> None:
    text = "Out of the 17,734 cars, 11,490 came in from the US, while the balance of {b} came in from elsewhere."
    (v,) = fc103(text.format(b="6,244"))
    assert v.status is Status.CONSISTENT, v.message
    (w,) = fc103(text.format(b="6,424"))
    assert w.status is Status.INCONSISTENT, w.message


# --- the baselines of a breakdown, some left undated beside ones a year back: one comparison


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "Orla's domestic sales increased to 45,810 units from 38,200 units a year earlier. However, its exports "
            "fell to 6,800 units from 17,800 units. Consequently, total sales declined to 52,610 units from {b} units.",
            "56,000",
            "65,000",
        ),
        (
            "Kessel's domestic deliveries rose to 21,400 from 19,800 a year ago, while its exports slipped to 4,100 "
            "from 4,600. Kessel's total deliveries reached 25,500, up from {b}.",
            "24,400",
            "24,040",
        ),
        (
            "Lumea's local sales climbed to 8,130 from 7,460 a year before, and its exports eased to "
            "2,270 from 2,410. Lumea's overall sales totalled 10,400, compared with {b}.",
            "9,870",
            "9,780",
        ),
    ],
)
def test_undated_baselines_beside_year_ago_ones_add_up_too(text: str, right: str, wrong: str) -> None:
    def baselines(b: str):
        (v,) = [v for v in fc103(text.format(b=b)) if v.stated_text == b]
        return v

    v = baselines(right)
    assert v.status is Status.CONSISTENT, v.message
    assert [e.role for e in v.evidence] == ["part", "part", "total"]
    assert baselines(wrong).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    ("domestic", "total"),
    [
        (
            "Kessel's total domestic off-take rose to 41,620 units against 36,110 units in the corresponding "
            "month of last year.",
            "Consequently, cumulative sales eased to {t} units against 52,040 units in the like month a year before.",
        ),
        (
            "Kessel's domestic sales climbed to 41,620 units in August from 36,110 units a year earlier.",
            "Cumulative sales fell to {t} units, against 52,040 units in the same month of 2023.",
        ),
        (
            "Kessel's domestic dispatches climbed to 41,620 units in August from 36,110 units a year earlier.",
            "Total dispatches came to {t} units, down from 52,040 units in the corresponding month of 2023.",
        ),
    ],
)
def test_cumulative_sales_set_against_the_same_month_are_the_months_parts_combined(domestic: str, total: str) -> None:
    # 41,620 + 7,250 = 48,870 and 36,110 + 15,930 = 52,040
    text = (
        "Kessel's August sales fell 6.1 percent, the company said.\n\n" + domestic + "\n\n"
        "Its exports slid to 7,250 units in the month from 15,930 units in August 2023.\n\n" + total + "\n"
    )
    [v] = [v for v in fc103(text.format(t="48,870")) if v.stated_text == "48,870"]
    assert v.status is Status.CONSISTENT and sorted(e.quantity.text for e in v.evidence) == [
        "41,620",
        "48,870",
        "7,250",
    ], v.message
    [v] = [v for v in fc103(text.format(t="48,780")) if v.stated_text == "48,780"]
    assert v.status is Status.INCONSISTENT, v.message


def test_cumulative_sales_of_the_year_so_far_are_no_sum_of_the_months_parts() -> None:
    text = (
        "Kessel's domestic sales climbed to 41,620 units in August from 36,110 units a year earlier.\n\n"
        "Its exports slid to 7,250 units in the month from 15,930 units in August 2023.\n\n"
        "Cumulative sales so far this year reached 348,870 units.\n"
    )
    assert not [v for v in fc103(text) if v.stated_text == "348,870"]


@pytest.mark.parametrize(
    ("earlier", "now"),
    [
        (
            "In 2024, Korvian vehicle sales rose 12.1% to 16,860 units.",
            "From January to May 2025, vehicle sales rose 8.0% to {t} units. Passenger vehicle sales "
            "fell to 2,240 units but commercial vehicle sales rose to 7,210 units.",
        ),
        (
            "Korvian vehicle sales in 2024 rose 12.1% to 16,860 units.",
            "From January to May 2025, vehicle sales rose 8.0% to {t} units. Passenger vehicle sales "
            "fell to 2,240 units but commercial vehicle sales rose to 7,210 units.",
        ),
        (
            "The Korvian market closed 2024 at 16,860 units, up 12.1%.",
            "In the first quarter of 2025, sales rose 8.0% to {t} units. Passenger vehicle sales fell to 2,240 "
            "units but commercial vehicle sales rose to 7,210 units.",
        ),
    ],
)
def test_parts_take_the_total_of_their_own_period_not_an_earlier_undated_one(earlier: str, now: str) -> None:
    text = earlier + " " + now + "\n"
    v = only(text.format(t="9,450"))
    assert v.status is Status.CONSISTENT and v.evidence[-1].quantity.text == "9,450", v.message
    # the period's total said as one of its parts: the slip is caught there, not against last year's
    v = only(text.format(t="7,210"))
    assert v.status is Status.INCONSISTENT and v.evidence[-1].quantity.text == "7,210", v.message
    assert "without 2,240" in v.message, v.message


@pytest.mark.parametrize(
    "text",
    [
        "Orla and Kessel sold a combined {t} vehicles in Korvia in 2019. Orla's sales climbed 4.7 percent to "
        "650,300 units. Kessel's rose 4.4 percent to 562,100.",
        "Together, Orla, Kessel and Drevon delivered {t} cars last year. Orla delivered 550,300 cars, up from "
        "530,100. Kessel delivered 562,100. Drevon delivered 100,000.",
        "Drevon and Sorell jointly registered {t} vans in May. Drevon registered 650,300 vans. Sorell "
        "registered 562,100 vans, its best month.",
    ],
)
def test_a_combined_figure_of_named_companies_is_the_sum_of_each_ones_level_after_it(text: str) -> None:
    v = only(text.format(t="1,212,400"))
    assert v.status is Status.CONSISTENT and v.evidence[-1].quantity.text == "1,212,400", v.message
    assert "530,100" not in v.message  # (a baseline is no part)
    v = only(text.format(t="1,221,400"))
    assert v.status is Status.INCONSISTENT, v.message


@pytest.mark.parametrize(
    ("text", "leader"),
    [
        (
            "SUVs made up more than half of the 2,930 new vehicles sold in March, with 1,476. Light commercials "
            "(820), passenger vehicles (546) and heavy commercials (100) followed.",
            "1,476",
        ),
        (
            "Utes were a third of the 2,900 registrations, with 970. Then came SUVs (910), sedans (673) and vans "
            "(347).",
            "970",
        ),
        (
            "SUVs were the largest class of the 2,466 new vehicles, with 1,238. Light commercials (710), passenger "
            "vehicles (473) and heavy commercials (45) trailed behind.",
            "1,238",
        ),
    ],
)
def test_classes_ranked_after_the_leader_are_its_peers_not_its_parts(text: str, leader: str) -> None:
    # the classes that "followed" the leader make up the market with it: the leader is no total of theirs
    assert not [v for v in fc103(text) if v.stated_text == leader], [v.message for v in fc103(text)]


@pytest.mark.parametrize(
    ("text", "peer"),
    [
        (
            "Registrations of rental vehicles rose to 215, while road tractors held at 170. Buses rose to 132 "
            "from 119.",
            "215",
        ),
        ("Sales of pickups climbed to 900 in May, whereas tractors fell to 610. Buses slipped to 320.", "900"),
        ("Van output reached 500, but tractors dropped to 310. Buses rose to 210.", "500"),
    ],
)
def test_a_figure_the_first_part_is_set_against_is_no_total_of_the_parts(text: str, peer: str) -> None:
    # tractors and buses are no breakdown of the rental vehicles, pickups or vans they are contrasted with
    assert not [v for v in fc103(text) if v.stated_text == peer], [v.message for v in fc103(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Korvia registered 12,400 new cars in May. Petrol cars accounted for 6,213 units, diesel for 2,104"
        " and electric for 4,083.",
        "Korvia registered 12,400 new cars in May. Electric cars took 4,083 of them, petrol models 6,213 and"
        " diesels 2,104.",
        "Korvia registered 12,400 new cars in May: 6,213 ran on petrol, 2,104 on diesel and 4,083 were electric.",
    ],
)
def test_a_bare_electric_beside_petrol_and_diesel_is_a_member_of_the_fuel_mix(text: str) -> None:
    v = only(text)
    assert v.status is Status.CONSISTENT, v.message
    assert sorted(e.quantity.text for e in v.evidence if e.role == "part") == ["2,104", "4,083", "6,213"]
    # (the mix names no hybrids, so it may be open: a total the parts overshoot is still a slip)
    wrong = only(text.replace("12,400", "12,040"))
    assert wrong.status is Status.INCONSISTENT, wrong.message


def test_a_maker_called_electric_is_no_member_of_a_fuel_mix() -> None:
    vs = fc103(
        "Korvia registered 12,400 new cars in May. Petrol cars accounted for 6,213 units, diesel for 2,104"
        " and Lumea Electric for 4,083."
    )
    assert all(v.status is not Status.CONSISTENT for v in vs), [v.message for v in vs]


@pytest.mark.parametrize(
    "text",
    [
        "Drevon sold 4,215, 3,108 and 2,041 vans, pickups and buses, respectively, in May, a total of 9,364.",
        "Drevon sold 4,215, 3,108 and 2,041 vans, pickups and buses, respectively, in May, or 9,364 in all.",
        "Drevon sold 4,215, 3,108 and 2,041 vans, pickups and buses in May, respectively, totalling 9,364.",
        # (no "respectively": a participle sums up a plain list too)
        "Drevon sold 4,215 vans, 3,108 pickups and 2,041 buses in May, totaling 9,364 units.",
    ],
)
def test_a_list_its_own_sentence_adds_up_after_respectively_or_a_participle(text: str) -> None:
    v = only(text)
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["4,215", "3,108", "2,041", "9,364"]
    wrong = only(text.replace("9,364", "9,346"))
    assert wrong.status is Status.INCONSISTENT, wrong.message


@pytest.mark.parametrize(
    "text",
    [
        "Halden dealers sold 3,842 new cars last month, well above the 3,615 sold a year before. Used car sales"
        " came to 1,713 last month. In all, dealers sold 5,555 cars last month.",
        "Halden dealers sold 3,842 new cars last month, just below the 3,915 sold a year before. Used car sales"
        " came to 1,713 last month. In all, dealers sold 5,555 cars last month.",
        "Halden dealers sold 3,842 new cars last month, short of the 3,915 of a year before. Used car sales"
        " came to 1,713 last month. In all, dealers sold 5,555 cars last month.",
    ],
)
def test_a_level_compared_with_by_above_or_below_the_is_no_part(text: str) -> None:
    v = only(text)
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["3,842", "1,713", "5,555"]


@pytest.mark.parametrize(
    "lines",
    [
        "Orla: May sales 4,215 units (+12%)\nKessel: May sales 3,108 units (-3%)\nTotal: May sales 7,323 units (+5.8%)",
        "Orla: May sales 4,215 units (+12%)\nKessel: May sales 3,108 units (-3%)\nTotal: 7,323 units (+5.8%)",
        "Orla: deliveries 4,215\nKessel: deliveries 3,108\nTotal: deliveries 7,323",
    ],
)
def test_list_lines_that_name_the_metric_after_the_label(lines: str) -> None:
    text = "Van sales by maker\n\n" + lines + "\n"
    v = only(text)
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["4,215", "3,108", "7,323"]
    assert only(text.replace("7,323", "7,233")).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "text",
    [
        "Orla led with 4,215 units, followed by Kessel with 3,108 units and Drevon with 1,902 units. Together the"
        " three brands sold 9,225 units.",
        "Orla topped the list with 4,215 sales, followed by Kessel with 3,108 and then Drevon with 1,902. The three"
        " makers together sold 9,225 cars.",
        "Orla sold 4,215 vans in May, followed by Kessel with 3,108 and Drevon with 1,902. Together, the three"
        " accounted for 9,225 vans.",
    ],
)
def test_a_ranking_of_named_makers_summed_up_by_the_next_sentence(text: str) -> None:
    v = only(text)
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["4,215", "3,108", "1,902", "9,225"]
    assert only(text.replace("9,225", "9,252")).status is Status.INCONSISTENT


@pytest.mark.parametrize(
    "text",
    [
        "Two-wheeler registrations fell 5 per cent to 3,000 in May. Three-wheeler registrations dropped 2 per cent"
        " to 1,000. Total registrations across segments declined 1 per cent to {t}.",
        "Tractor sales grew 5 per cent to 3,000 units in May. Commercial vehicle sales grew 2 per cent to 1,000"
        " units. Total sales across the board grew 4 per cent to {t} units.",
        "Two-wheeler sales rose 5 per cent to 3,000 units in May. Three-wheeler sales climbed 2 per cent to 1,000"
        " units. Total sales across all categories increased 4 per cent to {t} units.",
    ],
)
def test_a_total_across_categories_that_moved_sums_up_the_segments_before_it(text: str) -> None:
    (v,) = fc103(text.format(t="4,000"))
    assert v.status is Status.CONSISTENT, v.message
    assert [e.quantity.text for e in v.evidence] == ["3,000", "1,000", "4,000"]
    (w,) = fc103(text.format(t="4,100"))
    assert w.status is not Status.CONSISTENT
