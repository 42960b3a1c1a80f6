"""FC109 currency: the article's own consensus rate, the yearly table, year inference, tolerance."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.model import Status
from factcheck.rules import currency


def fc109(text: str):
    return [v for v in factcheck.check_text(text) if v.code == "FC109"]


def test_table_is_package_data_with_every_currency_and_year() -> None:
    table = currency.rates()
    for cur in ("CNY", "EUR", "GBP", "JPY", "KRW", "HKD"):
        for year in range(2015, 2027):
            assert (cur, year) in table
    assert 6.0 < table[("CNY", 2024)][0] < 7.5
    assert 100 < table[("JPY", 2024)][0] < 170


CONSENSUS = (
    "In 2025 the division took in CNY 17.3 billion ({usd}) of sales. It lost CNY 900 million "
    "(USD 123 million), which is CNY 14,639 (USD 2,005) for each car. Its mean transaction price climbed "
    "from CNY 214,300 (USD 29,360) to CNY 241,870 (USD 33,130)."
)


def test_outlier_against_article_consensus_is_inconsistent() -> None:
    # 17.3 / 2.41 = 7.18 CNY per USD, 1.7% off the others' 7.30 (more than rounding plus 1%)
    vs = fc109(CONSENSUS.format(usd="USD 2.41 billion"))
    bad = [v for v in vs if v.status is Status.INCONSISTENT]
    assert [v.stated_text for v in bad] == ["USD 2.41 billion"]
    assert "2.37 billion" in bad[0].message  # 17.3 billion at the article's 7.30
    roles = [e.role for e in bad[0].evidence]
    assert roles[:2] == ["amount", "converted"] and "reference" in roles
    assert all(v.status is Status.CONSISTENT for v in vs if v is not bad[0])


def test_consensus_agreeing_conversion_is_consistent() -> None:
    vs = fc109(CONSENSUS.format(usd="USD 2.37 billion"))
    assert vs and all(v.status is Status.CONSISTENT for v in vs)


def test_transposed_converted_figure_is_caught() -> None:
    # 2,050 for 2,005: 14,639 / 2,050 = 7.14 CNY per USD, 2.2% off the article's 7.30
    vs = fc109(CONSENSUS.format(usd="USD 2.37 billion").replace("USD 2,005", "USD 2,050"))
    assert [v.stated_text for v in vs if v.status is Status.INCONSISTENT] == ["USD 2,050"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The 2024 model is priced at RMB 250,000 ($34,800).", Status.CONSISTENT),  # 7.18
        ("The 2024 model is priced at RMB 250,000 ($39,000).", Status.INCONSISTENT),  # 6.41
        ("The 2024 model is priced at RMB 250,000 ($43,800).", Status.INCONSISTENT),  # digits swapped
        ("In 2023 it cost €45,000 ($48,600) in Germany.", Status.CONSISTENT),  # 0.926 EUR/USD
        ("In 2023 it cost €45,000 ($84,600) in Germany.", Status.INCONSISTENT),
        # ¥ is yuan or yen: consistent when either reading fits
        ("In 2024 it sold for ¥5,000,000 ($33,000) in Japan.", Status.CONSISTENT),
        ("In 2024 it sold for ¥230,000 ($32,000) in China.", Status.CONSISTENT),
        ("In 2024 it sold for ¥230,000 ($23,000) in China.", Status.INCONSISTENT),
        ("In 2024 it cost HK$300,000 (US$38,500).", Status.CONSISTENT),
        ("In 2024 it cost KRW 50,000,000 ($36,700).", Status.CONSISTENT),
    ],
)
def test_yearly_table(text: str, status: Status) -> None:
    vs = fc109(text)
    assert [v.status for v in vs] == [status], [v.message for v in vs]


def test_tolerance_edge() -> None:
    # 2024 average 7.189 CNY/USD, 4% tolerance: 7.0 is fine, 6.5 is not
    assert fc109("In 2024 it cost RMB 70,350 ($10,050).")[0].status is Status.CONSISTENT
    assert fc109("In 2024 it cost RMB 65,330 ($10,050).")[0].status is Status.INCONSISTENT


def test_no_year_is_unverifiable() -> None:
    (v,) = fc109("The base version is priced at RMB 67,800 ($9,350).")
    assert v.status is Status.UNVERIFIABLE
    assert "7.251" in v.message  # 67,800 / 9,350


def test_target_years_do_not_date_the_article() -> None:
    (v,) = fc109("It aims to sell a million cars by 2030. The car costs RMB 67,800 ($9,350).")
    assert v.status is Status.UNVERIFIABLE


@pytest.mark.parametrize(
    "text",
    [
        "In 2024 it sold 41,440 NEVs (up 104.4%) and 800V cars (0-100 km/h in 3.9 seconds).",
        "In 2024 the RMB 250,000 car and the $39,000 car were both shown.",
    ],
)
def test_not_conversions(text: str) -> None:
    assert fc109(text) == []


def test_figure_of_another_year_is_not_held_to_the_article_rate() -> None:
    text = (
        "In 2024 it booked CNY 17.3 billion (USD 2.37 billion) of sales, lost CNY 900 million (USD 123 million) "
        "and sold cars at CNY 241,870 (USD 33,130).\n\nBack in 2017 it had earned CNY 6.8 billion (USD 1.0 billion)."
    )
    vs = fc109(text)
    assert all(v.status is not Status.INCONSISTENT for v in vs), [v.message for v in vs]


def test_sentence_year_rate() -> None:
    # 2015 average 6.28 CNY/USD; in 2024 money it would be 7.19
    (v,) = fc109("In 2024 it looked back: in 2015 it had earned CNY 6.28 billion (USD 1.00 billion).")
    assert v.status is Status.CONSISTENT and "2015" in v.message


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The Kaden K3 launched in 2025 at RMB 119,800, about $16,800.", Status.CONSISTENT),
        ("The Kaden K3 launched in 2025 at RMB 119,800, about $18,600.", Status.INCONSISTENT),
        # not set off as an approximation, or followed by another market: maybe another price
        ("The Kaden K3 launched in 2025 at RMB 119,800, $18,600 and €17,000 in other markets.", None),
        ("The Kaden K3 launched in 2025 at RMB 119,800, about $18,600 in the US.", None),
    ],
)
def test_an_approximate_conversion_after_a_comma(text: str, status: Status | None) -> None:
    assert [v.status for v in fc109(text)] == ([status] if status else [])


def test_a_code_after_the_figure_is_its_currency() -> None:
    text = "In the first quarter of 2025 the unit earned 18.6 billion yuan (2.58 billion USD) in revenue."
    (v,) = fc109(text)
    assert v.status is Status.CONSISTENT, v.message
    assert [(e.role, e.quantity.text) for e in v.evidence] == [
        ("amount", "18.6 billion yuan"),
        ("converted", "2.58 billion USD"),
    ]


UNDATED = (
    "Dealers cut the Orla S5 by as much as CNY50,000 (USD{a}), while buyers of the Tessin T3 save "
    "up to CNY15,000 (USD{b}) under the new tax rule."
)


def test_undated_conversions_that_agree_with_each_other_are_consistent() -> None:
    vs = fc109(UNDATED.format(a="6,900", b="2,070"))
    assert [v.status for v in vs] == [Status.CONSISTENT, Status.CONSISTENT]
    assert "names no year" in vs[0].message


def test_an_undated_rate_no_year_comes_near_is_a_slip() -> None:
    vs = fc109(UNDATED.format(a="9,600", b="2,070"))  # 5.2 yuan per dollar
    assert [v.status for v in vs] == [Status.INCONSISTENT, Status.UNVERIFIABLE]


def test_a_lone_undated_conversion_stays_unverifiable() -> None:
    (v,) = fc109("Dealers cut the Orla S5 by as much as CNY50,000 (USD6,900).")
    assert v.status is Status.UNVERIFIABLE


def test_an_undated_euro_rate_near_parity_is_not_a_slip() -> None:
    # 1.047 euros per dollar: autumn 2022, 10% off that year's average, still a real rate
    (v,) = fc109("The Orla S5 costs 38,000 euros ($36,300) in Germany.")
    assert v.status is not Status.INCONSISTENT


@pytest.mark.parametrize(("usd", "status"), [("$256 million", "consistent"), ("$526 million", "inconsistent")])
def test_rupee_conversions_against_the_yearly_average(usd: str, status: str) -> None:
    text = f"Varun Motors posted a net profit of Rs 21.40 billion ({usd}) in 2024.\n"
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC109"]
    assert v.status.value == status


def test_an_undated_article_whose_conversions_agree_on_an_old_rate_is_not_flagged() -> None:
    # 71.5 rupees per pound: no year of the table comes near it, but both conversions use it
    text = (
        "Halden reported a net profit of £238 million (Rs 1,702 crore), compared to a loss of"
        " £60.4 million (Rs {loss} crore) in the year-ago period.\n"
    )
    statuses = {
        v.stated_text: v.status.value for v in factcheck.check_text(text.format(loss="432")) if v.code == "FC109"
    }
    assert statuses == {"Rs 1,702 crore": "unverifiable", "Rs 432 crore": "unverifiable"}
    mutated = {
        v.stated_text: v.status.value for v in factcheck.check_text(text.format(loss="342")) if v.code == "FC109"
    }
    assert "inconsistent" in mutated.values()


# A year named only in a body sentence about the past ("first set out plans in 2016") does not date
# the article: the conversion is checked as undated. In the headline, the lead or the conversion's
# own sentence, the year dates it.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Corvane trims sedan price\n\nCorvane cut the price of its Arden sedan to 215,000 yuan ($30,450)."
            "\n\nThe sedan went on sale in small numbers.\n\nThe state first set out plans in 2016 to end the aid.",
            Status.UNVERIFIABLE,
        ),
        (
            "Corvane trims sedan price in 2016\n\nCorvane cut the price of its Arden sedan to 215,000 yuan ($30,450).",
            Status.INCONSISTENT,
        ),
        (
            "Corvane trims sedan price\n\nThe sedan went on sale in small numbers.\n\nThe maker said more.\n\n"
            "In 2016 Corvane cut the price of its Arden sedan to 215,000 yuan ($30,450).",
            Status.INCONSISTENT,
        ),
    ],
)
def test_a_past_year_in_the_body_does_not_date_the_article(text: str, status: Status) -> None:
    assert [v.status for v in fc109(text)] == [status]


@pytest.mark.parametrize(("usd", "status"), [("$5.2bn", Status.CONSISTENT), ("$2.5bn", Status.INCONSISTENT)])
def test_dirhams_against_the_dollar_peg(usd: str, status: Status) -> None:
    text = f"In 2019 the emirate imported cars worth Dh19bn ({usd}), the customs office said."
    (v,) = [v for v in factcheck.check_text(text) if v.code == "FC109"]
    assert v.status is status, v.message


UNDATED_YEN = (
    "Halden Motor's net income in its fiscal second quarter rose to 438 billion yen ($4.4 billion) from "
    "258 billion yen ($2.6 billion) a year earlier. Revenue expanded 16% to 6.3 trillion yen ({revenue})."
)


def test_rounded_undated_conversions_that_allow_one_rate_vouch_for_each_other() -> None:
    vs = [v for v in factcheck.check_text(UNDATED_YEN.format(revenue="$64 billion")) if v.code == "FC109"]
    assert [v.status for v in vs] == [Status.CONSISTENT] * 3, [v.message for v in vs]
    assert "names no year" in vs[0].message


def test_an_undated_conversion_the_others_do_not_allow_is_not_ticked() -> None:
    vs = [v for v in factcheck.check_text(UNDATED_YEN.format(revenue="$46 billion")) if v.code == "FC109"]
    (odd,) = [v for v in vs if "6.3 trillion" in v.message]
    assert odd.status is not Status.CONSISTENT, odd.message


def test_a_conversion_whose_only_year_is_a_baselines_may_be_of_the_year_after() -> None:
    # the article names 2022 only for an earlier record; the loss of "the third quarter" converted
    # at 2023's rate (7.08 yuan per dollar) misses 2022's (6.73) by 6%
    text = (
        "Orla posted a third-quarter net loss of 4.56 billion yuan (US$639 million).\n\n"
        "It delivered 55,432 cars in the quarter, above its previous high of 40,032 in the fourth quarter of 2022."
    )
    (v,) = fc109(text)
    assert v.status is Status.UNVERIFIABLE, v.message
    assert "2023" in v.message
    # a rate no nearby year fits stays a slip
    (slip,) = fc109(text.replace("US$639 million", "US$539 million"))
    assert slip.status is Status.INCONSISTENT, slip.message


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Kessel earned 10.8 billion Swedish crowns ($1.06 billion) in the quarter.\n\n($1 = 10.2089 Swedish crowns)",
         Status.CONSISTENT),
        ("Kessel earned 10.8 billion Swedish crowns ($1.16 billion) in the quarter.\n\n($1 = 10.2089 Swedish crowns)",
         Status.INCONSISTENT),
        ("Drevon's profit rose to 5.2 billion euros ($5.6 billion).\n\n(1 euro = $1.08)", Status.CONSISTENT),
        ("Drevon's profit rose to 5.2 billion euros ($6.5 billion).\n\n(1 euro = $1.08)", Status.INCONSISTENT),
    ],
)  # fmt: skip
def test_a_conversion_at_the_rate_the_article_states(text: str, status: Status) -> None:
    (v,) = fc109(text)
    assert v.status is status, v.message
    assert [e.role for e in v.evidence] == ["amount", "converted", "reference", "reference"]
    assert "the article states" in v.message


@pytest.mark.parametrize("prefix", ["VNĐ", "VND"])
def test_the_dong_with_its_own_letter(prefix: str) -> None:
    text = (
        f"Revenue reached {prefix}20.3 trillion ($769 million), the loss {prefix}16.6 trillion (US$630 million)"
        f" and costs {prefix}6.8 trillion ($260 million)."
    )
    vs = fc109(text)
    assert [v.status for v in vs] == [Status.CONSISTENT] * 3, [v.message for v in vs]
    assert all("VND per USD" in v.message for v in vs)


def test_yen_written_with_the_yuan_sign_in_brackets_is_no_slip() -> None:
    # no year named: as yuan the rate is no year's, as yen it is
    text = "Kessel's group sales at $180 billion (¥19 trillion) rose 12.4% in the fiscal year."
    (v,) = fc109(text)
    assert v.status is Status.UNVERIFIABLE, v.message
    assert "yen" in v.message
    # a rate no reading allows is still flagged
    (w,) = fc109("Kessel's group sales at $180 billion (¥19 billion) rose 12.4% in the fiscal year.")
    assert w.status is Status.INCONSISTENT, w.message


RELEASE = (
    "Kessel Motor reported half-year net revenue of ¥4.86 trillion ($40.2 billion/€{eur} billion) and operating"
    " profit of ¥312 billion ($2.6 billion / €2.3 billion).\n\n"
    "Figures are based on average exchange rates of JPY 121.0/USD and JPY 134.6/EUR."
)


@pytest.mark.parametrize(("eur", "status"), [("36.1", Status.CONSISTENT), ("63.1", Status.INCONSISTENT)])
def test_two_conversions_in_one_bracket_at_the_rates_the_release_states(eur: str, status: Status) -> None:
    # 4.86 trillion / 121.0 = $40.2 billion; / 134.6 = €36.1 billion; "¥" is yen at a stated yen rate
    vs = {v.stated_text: v for v in fc109(RELEASE.format(eur=eur))}
    assert vs["$40.2 billion"].status is Status.CONSISTENT, vs["$40.2 billion"].message
    assert vs[f"€{eur} billion"].status is status, vs[f"€{eur} billion"].message
    assert "JPY 134.6/EUR" in vs[f"€{eur} billion"].message
    assert {v.status for k, v in vs.items() if k.startswith(("$2.6", "€2.3"))} == {Status.CONSISTENT}


def test_an_exchange_rate_is_no_level_of_a_rate() -> None:
    # the stated rate after the table row is no baseline of the row's growth
    text = "Net income | ¥325.6 billion ($2.7 billion) | +37.4% |\nBased on average rates of JPY 121.9/USD |\n"
    vs = [v for v in factcheck.check_text(text) if v.code == "FC101"]
    assert [e.quantity.text for v in vs for e in v.evidence if e.role == "baseline"] == []


_RAND = (
    "Kessel will invest R3.4bn ($184m) in its plant{year}, the company said on Monday.\n\n"
    "Orla's R1.2bn ($65m) expansion of its engine line opens next year, while Tessin has set aside some"
    " R850m ($46m) for a paint shop.\n\n"
    "Drevon plans to spend R2.1bn ({d}) on a new press line."
)


@pytest.mark.parametrize("year", ["", " this year, starting in 2025"])
def test_a_pair_with_no_yearly_average_is_checked_against_the_articles_own_conversions(year: str) -> None:
    vs = {v.stated_text.strip(): v for v in fc109(_RAND.format(year=year, d="$113.5m"))}
    assert {k: v.status for k, v in vs.items()} == dict.fromkeys(
        ["$184m", "$65m", "$46m", "$113.5m"], Status.CONSISTENT
    ), [v.message for v in vs.values()]
    # Drevon's conversion at 15.97 rand to the dollar, against some 18.5 in the three others
    bad = {v.stated_text.strip(): v for v in fc109(_RAND.format(year=year, d="$131.5m"))}
    assert bad["$131.5m"].status is Status.INCONSISTENT, bad["$131.5m"].message
    assert "should read about USD 113.6 million" in bad["$131.5m"].message
    assert Status.INCONSISTENT not in {v.status for k, v in bad.items() if k != "$131.5m"}


def test_a_hedge_on_the_amount_leaves_the_rate_between_the_two_figures_as_written() -> None:
    # "some R850m ($46m)" converts the same rough amount: 18.48 rand to the dollar, give or take rounding
    (c,) = currency.conversions(factcheck.document.build("Tessin set aside some R850m ($46m) for a paint shop.", "x"))
    lo, hi = c.interval
    assert 18.2 < lo < hi < 18.8


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Moroccan car imports reached 5.1 billion dirhams ($510 million) in 2023.", "MAD"),
        ("Morocco's dealers sold cars worth Dh5.1 billion ($510 million) in 2023.", "MAD"),
        ("Dubai's dealers sold cars worth 5.1 billion dirhams ($1.39 billion) in 2023.", "AED"),
        ("Dealers in Abu Dhabi and Morocco sold cars worth Dh5.1 billion ($1.39 billion) in 2023.", "AED"),
    ],
)
def test_dirhams_are_morocco_s_in_an_article_about_morocco_alone(text: str, code: str) -> None:
    # at the Emirates' pegged rate of 3.67 a dollar, ten dirhams a dollar would be a false alarm
    vs = fc109(text)
    assert len(vs) == 1 and f" {code} per USD" in vs[0].message, [v.message for v in vs]
    assert vs[0].status is not Status.INCONSISTENT, vs[0].message


def test_soums_are_money() -> None:
    # 84.6 / 10.7 = 7,907 and 21.2 / 2.68 = 7,910 soums a dollar: the article's conversions agree
    text = (
        "Uzbek parts suppliers booked 84.6 billion soums ($10.7 million) in profit in 2018; 21.2 billion"
        " soums ($2.68 million) of it was paid out to shareholders."
    )
    vs = fc109(text)
    assert len(vs) == 2 and all("UZS per USD" in v.message for v in vs), [v.message for v in vs]


# --- an undated article's conversions checked against each other, when the ones that agree are
# rounded; dollars named by their country after the figure


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "Korvik reported 41.6 million Hong Kong dollars (US$5.33 million) in net income, up from 812,000 Hong "
            "Kong dollars (US$104,100). Its revenue rose to 19.5 million Hong Kong dollars (US${x} million).",
            "2.50",
            "2.05",
        ),
        (
            "Orla's revenue reached 12.4 billion yuan ($1.7 billion) and its profit 860 million yuan ($120 million), "
            "while its research spending was 3.5 billion yuan (${x} billion).",
            "0.5",
            "0.6",
        ),
        (
            "Drevon posted revenue of Rs 4,150 crore ($0.5 billion) and a profit of Rs 830 crore ($100 million), and "
            "it will invest Rs 2,490 crore (${x} billion).",
            "0.30",
            "0.38",
        ),
    ],
)
def test_an_undated_conversion_against_the_articles_other_conversions(text: str, right: str, wrong: str) -> None:
    def last(x: str):
        return [v for v in factcheck.check_text(text.format(x=x)) if v.code == "FC109"][-1]

    assert last(right).status is Status.CONSISTENT, last(right).message
    v = last(wrong)
    assert v.status is Status.INCONSISTENT, v.message
    assert "other" in v.message and "conversions" in v.message


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("It earned 54.4 million Hong Kong dollars.", "HKD"),
        ("It earned 12.5 billion Pakistani rupees.", "PKR"),
        ("The SUV sells for 2.1 million Mexican pesos.", "MXN"),
        ("It lost 310 million Australian dollars.", "AUD"),
    ],
)
def test_dollars_pesos_and_rupees_named_by_their_country(text: str, unit: str) -> None:
    from factcheck.numbers import iter_quantities

    (q,) = iter_quantities(text)
    assert q.unit == unit


_TWO_CONVERSIONS = [
    (
        "Car exports earned 281.2 billion baht (7.03 billion U.S. dollars); parts brought in another 196.8 billion"
        " baht (4.92 billion U.S. dollars).",
        ("7.03", "3.07"),
    ),
    (
        "Revenue was 51.34 billion ringgit (11.52 billion US dollars), and profit 4.12 billion ringgit (924.4"
        " million US dollars).",
        ("11.52", "15.12"),
    ),
    (
        "Sales reached 1,482.5 billion rupiah (94.61 million US dollars); imports cost 625.3 billion rupiah"
        " (39.91 million US dollars).",
        ("94.61", "49.61"),
    ),
]


@pytest.mark.parametrize(("text", "slip"), _TWO_CONVERSIONS)
def test_two_precise_conversions_of_an_undated_article_vouch_for_each_other(text: str, slip: tuple[str, str]) -> None:
    vs = [v for v in factcheck.check_text(text) if v.code == "FC109"]
    assert [v.status for v in vs] == [Status.CONSISTENT, Status.CONSISTENT], [v.message for v in vs]
    assert all(any(e.role == "reference" for e in v.evidence) for v in vs)
    # two that differ leave open which one slipped: no tick, no alarm
    wrong = [v for v in factcheck.check_text(text.replace(*slip)) if v.code == "FC109"]
    assert [v.status for v in wrong] == [Status.UNVERIFIABLE] * 2, [v.message for v in wrong]
    assert "one of the two is wrong" in wrong[0].message
