"""A currency conversion in parentheses must use a plausible, consistent exchange rate.

*What it checks*: conversions written as "RMB 250,000 ($39,000)", "CNY 17.3
billion (USD 2.37 billion)" or "€45,000 ($48,600)", two in one bracket ("¥4.86
trillion ($40.2 billion/€36.1 billion)"), and an approximate one set
off by a comma at the end of a clause ("RMB 119,800, about $16,800."). When the
article states the rate it converts at, wire-style ("($1 = 10.2089 Swedish
crowns)", "(1 euro = $1.08)") or as a release does ("average rates of JPY
121.9/USD", which makes "¥" yen), each conversion of that pair must use it, within
the rounding of its two figures plus 0.5%. When an article states
three or more conversions of the same currency pair, each one's implied rate
must agree with the article's own consensus (the median of the others' rates)
within the rounding of its two figures plus 1%: an outlier is inconsistent.
Otherwise the implied rate is compared with the yearly average rate for the
article's year (package data ``factcheck/data/fx_rates.csv``: US Federal Reserve
H.10 / IRS yearly averages for CNY, EUR, GBP, JPY, KRW, HKD and INR against USD, and the
UAE dirham's fixed peg),
within that row's tolerance (4% in a calm year, more in volatile ones); the
article's year is the latest plausible year its headline, its lead or a sentence
with figures mentions (a remark about the past, "first set out plans in 2016",
does not date the article). When the text names no
year, a conversion must agree with the article's other conversions of the pair
(then it is consistent) and come near some year's average (a rate outside every
year's range is a slip); two or more others that allow one rate are its reference even when
rounded, so an outlier from them is inconsistent ("19.5 million Hong Kong dollars (US$2.05
million)" beside conversions at 7.8); a lone undated conversion stays unverifiable. A pair the
table has no rate for (the rand, the shilling), dated or not, is checked against
the article's other conversions of the pair: two or more that allow one rate
(leaving out at most one outlier among three or more) are its reference, and a
conversion whose verdict would depend on which of them is the outlier stays
unverifiable; a single other conversion, both precise to better than 2%, vouches for it when the two
allow one rate ("281.2 billion baht ($7.03 billion)" beside "196.8 billion baht ($4.92 billion)"), and
when they do not, the verdict says one of the two is wrong without saying which. A hedge on the
amount ("some R850m ($46m)") leaves the rate between the two figures as written.

*Why it matters*: a converted figure is typed by hand from a calculator; a
slip or a stale rate misstates a price or a loss by the full error, and
readers abroad only see the converted figure.

*Inconsistent*: "sales of CNY 17.3 billion (USD 2.41 billion)" in an article
whose other conversions all use 7.30 yuan per dollar (17.3 / 7.30 = USD 2.37
billion).

*Consistent*: "priced at RMB 250,000 ($34,800)" in a 2024 article (7.18 yuan
per dollar; the 2024 average is 7.19).
"""

from __future__ import annotations

import bisect
import csv
import io
import itertools
import math
import re
import statistics
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from factcheck.document import Document
from factcheck.model import Evidence, Quantity, Status, Verdict
from factcheck.numbers import exact_half_width, format_number, written_digits
from factcheck.reading import Reading
from factcheck.rules.base import Rule, judged, verdict

# How far a conversion may sit from a rate the article states, beyond rounding.
STATED_TOLERANCE = 0.005
# How far a conversion may sit from the article's own consensus rate, beyond rounding.
CONSENSUS_TOLERANCE = 0.01
# Conversions needed before the article's own rate is trusted over the yearly table.
MIN_CONSENSUS = 3
# How many of the nearest other conversions of a pair make up the article's own rate.
_CONSENSUS_POOL = 12
_FIRST_YEAR, _LAST_YEAR = 2015, 2026
_GAP = re.compile(r"^\s*\(\s*(?:or\s+)?$")
_COMMA_GAP = re.compile(r"^\s*,\s*(?:or\s+)?$")
_ENDS = re.compile(r"\s{0,2}(?:[.;)]|$)")
_YEAR = re.compile(r"\b(20[12]\d)\b")
# Years that are targets or history, not the article's date.
_NOT_DATE_YEAR = re.compile(r"\b(?:by|until|before|through|towards?|since|founded\s+in|from)\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def rates() -> dict[tuple[str, int], tuple[float, float]]:
    """(currency, year) -> (units per USD, tolerance in percent)."""
    raw = resources.files("factcheck").joinpath("data/fx_rates.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(io.StringIO("\n".join(ln for ln in raw.splitlines() if not ln.startswith("#"))))
    return {(r["currency"], int(r["year"])): (float(r["per_usd"]), float(r["tolerance_pct"])) for r in rows}


def table_rate(amount_cur: str, converted_cur: str, year: int) -> tuple[float, float] | None:
    """Units of ``amount_cur`` per one unit of ``converted_cur`` in ``year``, and its tolerance."""
    table = rates()

    def per_usd(cur: str) -> tuple[float, float] | None:
        return (1.0, 0.0) if cur == "USD" else table.get((cur, year))

    a, b = per_usd(amount_cur), per_usd(converted_cur)
    if a is None or b is None:
        return None
    return a[0] / b[0], max(a[1], b[1])


def _written(q: Quantity) -> tuple[float, float]:
    if q.hedge is not None and (d := written_digits(q)) is not None:
        # "some R6.9bn ($570m)": the hedge says the amount is rough, and the conversion converts the
        # same rough amount; the rate between the two is as written
        half = exact_half_width(d[0], d[1], False)
        return q.value - half, q.value + half
    if math.isfinite(q.lo) and math.isfinite(q.hi):
        return q.lo, q.hi
    return q.value, q.value


@dataclass(frozen=True, slots=True)
class Conversion:
    amount: Quantity
    converted: Quantity

    @property
    def pair(self) -> tuple[str, str]:
        return str(self.amount.unit), str(self.converted.unit)

    @property
    def rate(self) -> float:
        return self.amount.value / self.converted.value

    @property
    def interval(self) -> tuple[float, float]:
        """The rates the two rounded (or hedged) figures allow. A one-sided hedge ("up to
        CNY15,000 (USD2,070)") bounds the amount, not the conversion: both figures are read as
        written."""
        a_lo, a_hi = _written(self.amount)
        c_lo, c_hi = _written(self.converted)
        lo = a_lo / c_hi if math.isfinite(c_hi) and c_hi > 0 else 0.0
        hi = a_hi / c_lo if c_lo > 0 else math.inf
        return lo, hi

    @property
    def precise(self) -> bool:
        lo, hi = self.interval
        return math.isfinite(hi) and lo > 0 and (hi - lo) / self.rate < 0.02


def conversions(doc: Document) -> list[Conversion]:
    out: list[Conversion] = []
    qs = doc.quantities
    for a, b in itertools.pairwise(qs):
        if a.sentence != b.sentence or not (a.is_currency and b.is_currency) or a.unit == b.unit:
            continue
        gap = doc.norm[a.end : b.start]
        if _GAP.match(gap):
            if doc.norm[b.end : b.end + 2].lstrip()[:1] not in (")", ",", ";", "/"):
                continue  # "(USD 2.87 billion)": the bracket closes on the converted figure
        elif not (_COMMA_GAP.match(gap) and b.hedge == "about" and _ENDS.match(doc.norm, b.end)):
            # "RMB 119,800, about $16,800.": an approximate conversion set off by a comma; a plain
            # "RMB 189,900, $26,670 in the US" may be another market's price
            continue
        if a.value <= 0 or b.value <= 0:
            continue
        out.append(Conversion(a, b))
        # "¥4.86 trillion ($40.2 billion/€36.1 billion)": a second conversion of the same amount
        k = qs.index(b, max(0, qs.index(a)))
        c = qs[k + 1] if k + 1 < len(qs) else None
        if (
            c is not None
            and c.is_currency
            and c.unit not in (a.unit, b.unit)
            and c.value > 0
            and _SECOND_CONVERSION.match(doc.norm[b.end : c.start])
        ):
            out.append(Conversion(a, c))
    return out


_SECOND_CONVERSION = re.compile(r"^\s{0,2}(?:/|;|,|or)\s{0,2}$")


_EQUALS = re.compile(r"^\s*=\s*$")


def _stated_rates(doc: Document) -> dict[tuple[str, str], tuple[float, Quantity, Quantity]]:
    """The exchange rates the article states, wire-style: "($1 = 10.2089 Swedish crowns)", "(1
    euro = $1.08)". For each pair, both ways: the rate (units of the first per unit of the second),
    the one unit and the figure it equals."""
    out: dict[tuple[str, str], tuple[float, Quantity, Quantity]] = {}
    for a in doc.quantities:
        # "average rates of JPY 121.0/USD": so many units of one currency to one of another
        if a.is_exchange_rate and a.value > 0:
            mine, per = str(a.unit).split("/")
            at = a.end - len(per)
            one = Quantity(text=per, value=1.0, unit=per, start=at, end=a.end, sentence=a.sentence)
            out[(mine, per)] = (a.value, one, a)
            out[(per, mine)] = (1 / a.value, one, a)
    for a, b in itertools.pairwise(doc.quantities):
        if not (a.is_currency and b.is_currency) or a.unit == b.unit or a.value != 1 or b.value <= 0:
            continue
        if not _EQUALS.match(doc.norm[a.end : b.start]) or "(" not in doc.norm[max(0, a.start - 3) : a.start]:
            continue
        out[(str(b.unit), str(a.unit))] = (b.value, a, b)
        out[(str(a.unit), str(b.unit))] = (1 / b.value, a, b)
    return out


def article_year(doc: Document, dating: bool = False) -> int | None:
    """The latest plausible year the article mentions (its date, in news); ``dating``: only a year
    of the headline, the lead or a sentence that states figures (a year in a remark about the
    past, "first set out plans in 2016", does not date the article)."""
    years = []
    text = doc.norm
    first = doc.sentences[0].paragraph if doc.sentences else 0
    with_figures = {q.sentence for q in doc.quantities}
    starts = [s.start for s in doc.sentences]
    for m in _YEAR.finditer(text):
        if dating and starts:
            s = doc.sentences[max(0, bisect.bisect_right(starts, m.start()) - 1)]
            if s.paragraph > first + 1 and s.index not in with_figures:
                continue
        y = int(m.group(1))
        if not _FIRST_YEAR <= y <= _LAST_YEAR:
            continue
        if _NOT_DATE_YEAR.search(text[max(0, m.start() - 14) : m.start()]):
            continue
        years.append(y)
    return max(years) if years else None


def _fmt_rate(r: float) -> str:
    return f"{r:.4g}" if r < 100 else f"{r:,.1f}"


def _rate_words(c: Conversion, r: float) -> str:
    a, b = c.pair
    return f"{_fmt_rate(r)} {a} per {b}"


def _expected(c: Conversion, rate: float) -> str:
    value = c.amount.value / rate
    dec = 2 if value < 100 else 0
    if value >= 1e9:
        return f"{c.converted.unit} {value / 1e9:.2f} billion"
    if value >= 1e6:
        return f"{c.converted.unit} {value / 1e6:.1f} million"
    return f"{c.converted.unit} {format_number(value, dec)}"


def check(r: Reading) -> Iterator[Verdict]:
    doc = r.doc
    convs = conversions(doc)
    if not convs:
        return
    year = article_year(doc, dating=True)
    by_pair: dict[tuple[str, str], list[Conversion]] = {}
    for c in convs:
        if c.precise:
            by_pair.setdefault(c.pair, []).append(c)
    sentence_years: dict[int, set[int]] = {}

    def years_of(c: Conversion) -> set[int]:
        if c.amount.sentence not in sentence_years:
            sentence_years[c.amount.sentence] = _years_of(doc, c)
        return sentence_years[c.amount.sentence]

    stated = _stated_rates(doc)
    for c in convs:
        # ("¥" is yen where the article states a yen rate: "JPY 121.9/USD")
        key = c.pair if c.pair in stated else _as_yen(c)
        if key in stated and key is not None:
            if key != c.pair:
                c = Conversion(replace(c.amount, unit=key[0]), replace(c.converted, unit=key[1]))
            # the rate the article states ("($1 = 10.2089 Swedish crowns)") is the one it converts at
            rate, one, other = stated[key]
            lo, hi = c.interval
            ok = lo * (1 - STATED_TOLERANCE) <= rate <= hi * (1 + STATED_TOLERANCE)
            head = (
                f"{c.amount.text} ({c.converted.text}) implies {_rate_words(c, c.rate)}; the article states"
                f" {other.text.strip() if other.is_exchange_rate else f'{one.text.strip()} = {other.text.strip()}'},"
                f" {_rate_words(c, rate)}"
            )
            yield judged(
                RULE,
                ok,
                c.converted,
                f"{head}; they agree",
                f"{head}; at that rate it should read about {_expected(c, rate)}",
                [
                    Evidence("amount", c.amount),
                    Evidence("converted", c.converted),
                    Evidence("reference", other),
                    Evidence("reference", one),
                ],
                computed=c.amount.value / rate,
                arithmetic=f"{c.amount.text} / {c.converted.text} = {_rate_words(c, c.rate)}",
                rate=c.rate,
                reference_rate=rate,
            )
            continue
        # the article's own rate: its other conversions of the pair, the nearest dozen (in a long
        # document, farther ones belong to other stories and other dates)
        pool = by_pair.get(c.pair, [])
        same = sorted((o for o in pool if o is not c), key=lambda o: abs(o.amount.start - c.amount.start))
        same = sorted(same[:_CONSENSUS_POOL], key=lambda o: o.amount.start)
        lo, hi = c.interval
        ev = [Evidence("amount", c.amount), Evidence("converted", c.converted)]
        arithmetic = f"{c.amount.text} / {c.converted.text} = {_rate_words(c, c.rate)}"
        if len(same) >= MIN_CONSENSUS - 1:
            consensus = statistics.median(o.rate for o in same)
            agreeing = [o for o in same if abs(o.rate / consensus - 1) <= CONSENSUS_TOLERANCE]
            mine, theirs = years_of(c), set().union(*(years_of(o) for o in agreeing))
            # A figure of another year may be converted at that year's rate: not an outlier.
            other_year = bool(mine and theirs) and min(abs(a - b) for a in mine for b in theirs) >= 2
            if len(agreeing) >= 2 and not other_year:
                ref = min(agreeing, key=lambda o: abs(o.rate / consensus - 1))
                ev_ref = [*ev, Evidence("reference", ref.amount), Evidence("reference", ref.converted)]
                ok = lo * (1 - CONSENSUS_TOLERANCE) <= consensus <= hi * (1 + CONSENSUS_TOLERANCE)
                head = (
                    f"{c.amount.text} ({c.converted.text}) implies {_rate_words(c, c.rate)}; the article's"
                    f" other {len(same)} {c.pair[0]}/{c.pair[1]} conversions use {_rate_words(c, consensus)}"
                )
                dev = (c.rate / consensus - 1) * 100
                yield judged(
                    RULE,
                    ok,
                    c.converted,
                    f"{head}; they agree",
                    f"{head} ({dev:+.1f}%); at that rate it should read about {_expected(c, consensus)}",
                    ev_ref,
                    computed=c.amount.value / consensus,
                    arithmetic=arithmetic,
                    rate=c.rate,
                    reference_rate=consensus,
                )
                continue
        if year is None and _span(c.pair) is None and (mine := _by_the_article(c, convs, ev, arithmetic)) is not None:
            yield mine  # no table for the pair: the article's own conversions are the reference
            continue
        if year is None:
            # every conversion of the pair, the rounded ones too ("438 billion yen ($4.4 billion)"):
            # several that allow one common rate vouch for each other
            yield _undated(c, _other_conversions(c, convs), ev, arithmetic)
            continue
        # The article's year, and the year before (early-year articles, last year's figures);
        # "¥" is yuan in China news and yen in Japan news: either reading may be meant.
        pairs = [c.pair]
        if (yen := _as_yen(c)) is not None:
            pairs.append(yen)
        # A figure dated in its own sentence ("in 2017 it earned ...") may use that year's rate too.
        years = {year, year - 1} | {y for y in years_of(c) if _FIRST_YEAR <= y <= _LAST_YEAR}
        refs = [(y, r, pair) for pair in pairs for y in sorted(years) if (r := table_rate(*pair, y)) is not None]
        if not refs and (mine := _by_the_article(c, convs, ev, arithmetic)) is not None:
            yield mine  # no table for the pair: the article's own conversions are the reference
            continue
        if not refs:
            yield verdict(
                RULE,
                Status.UNVERIFIABLE,
                c.converted,
                f"{c.amount.text} ({c.converted.text}) implies {_rate_words(c, c.rate)}; no reference"
                f" rate for {c.pair[0]}/{c.pair[1]} in {year}",
                ev,
                arithmetic=arithmetic,
                rate=c.rate,
            )
            continue
        best_y, (best_r, tol), best_pair = min(refs, key=lambda yr: _distance((lo, hi), yr[1][0]))
        ok = lo * (1 - tol / 100) <= best_r <= hi * (1 + tol / 100)
        head = (
            f"{c.amount.text} ({c.converted.text}) implies {_rate_words(c, c.rate)}; the {best_y}"
            f" average was {_fmt_rate(best_r)} {best_pair[0]} per {best_pair[1]}"
        )
        dev = (c.rate / best_r - 1) * 100
        later = _later_year_fits(c, year, pairs) if not ok and not years_of(c) else None
        if later is not None:
            # the latest year the article names may be a baseline's ("above its previous high of
            # the fourth quarter of 2022"): an undated conversion may be of the year after
            yield verdict(
                RULE,
                Status.UNVERIFIABLE,
                c.converted,
                f"{head} ({dev:+.1f}%); but its own sentence names no year, and at the {later} average it"
                " would fit: check the year of the figure",
                ev,
                arithmetic=arithmetic,
                rate=c.rate,
                reference_rate=best_r,
            )
            continue
        yield judged(
            RULE,
            ok,
            c.converted,
            f"{head}, within {tol:g}%",
            f"{head} ({dev:+.1f}%, beyond the {tol:g}% tolerance); at that rate it would read about"
            f" {_expected(c, best_r)}",
            ev,
            computed=c.amount.value / best_r,
            arithmetic=arithmetic,
            rate=c.rate,
            reference_rate=best_r,
        )


# Beyond a yearly average, how far a month's rate may have strayed (the euro at parity in
# autumn 2022 was 10% off that year's average): the margin an undated conversion gets.
UNDATED_MARGIN = 0.12


def _as_yen(c: Conversion) -> tuple[str, str] | None:
    """The pair with "¥" read as yen where it was read as yuan, or None."""
    if "¥" in c.amount.text and c.pair[0] == "CNY":
        return ("JPY", c.pair[1])
    if "¥" in c.converted.text and c.pair[1] == "CNY":
        return (c.pair[0], "JPY")
    return None


def _span(pair: tuple[str, str]) -> tuple[float, float] | None:
    """The lowest and highest rate of the pair over every year of the table, with a margin for
    the months of the most volatile year."""
    found = [r for y in range(_FIRST_YEAR, _LAST_YEAR + 1) if (r := table_rate(*pair, y)) is not None]
    if not found:
        return None
    return min(r for r, _ in found) * (1 - UNDATED_MARGIN), max(r for r, _ in found) * (1 + UNDATED_MARGIN)


def _agree(a: Conversion, b: Conversion) -> bool:
    (alo, ahi), (blo, bhi) = a.interval, b.interval
    return alo * (1 - CONSENSUS_TOLERANCE) <= bhi and blo * (1 - CONSENSUS_TOLERANCE) <= ahi


def _common_rate(c: Conversion, others: list[Conversion]) -> bool:
    """One rate every conversion allows, within the consensus tolerance."""
    ivs = [c.interval, *(o.interval for o in others)]
    return max(lo for lo, _ in ivs) * (1 - CONSENSUS_TOLERANCE) <= min(hi for _, hi in ivs)


def _other_conversions(c: Conversion, convs: list[Conversion]) -> list[Conversion]:
    """The article's other conversions of ``c``'s pair, each once: a copy of the same conversion (a
    headline restated) vouches for nothing."""
    seen, out = {(c.amount.value, c.converted.value)}, []
    for o in convs:
        if o.pair == c.pair and (o.amount.value, o.converted.value) not in seen:
            seen.add((o.amount.value, o.converted.value))
            out.append(o)
    return out


def _vouched(c: Conversion, ref: Conversion, said: str, ev: list[Evidence], arithmetic: str) -> Verdict:
    """Consistent: ``ref``, another conversion of the article, uses the rate ``c`` does."""
    return verdict(
        RULE,
        Status.CONSISTENT,
        c.converted,
        said,
        [*ev, Evidence("reference", ref.amount), Evidence("reference", ref.converted)],
        computed=c.amount.value / ref.rate,
        arithmetic=arithmetic,
        rate=c.rate,
        reference_rate=ref.rate,
    )


def _by_the_article(c: Conversion, convs: list[Conversion], ev: list[Evidence], arithmetic: str) -> Verdict | None:
    """A pair the table has no rate for ("R3bn ($162m)"): two or more other conversions of the
    article that allow one rate are its reference. This one agrees with them, or, disjoint from the
    rate they share, is the outlier; None when they share none."""
    others = _other_conversions(c, convs)
    if len(others) == 1 and c.precise and others[0].precise and _common_rate(c, others):
        # two precise conversions that allow one rate vouch for each other ("281.2 billion baht
        # ($7.03 billion)" and "196.8 billion baht ($4.92 billion)"); two that differ leave open
        # which one slipped
        o = others[0]
        said = (
            f"{c.amount.text} ({c.converted.text}) implies {_rate_words(c, c.rate)}; the article's other"
            f" {c.pair[0]}/{c.pair[1]} conversion ({o.amount.text} = {o.converted.text}) uses the same rate"
        )
        return _vouched(c, o, said, ev, arithmetic)
    if len(others) == 1 and c.precise and others[0].precise:
        o = others[0]
        return verdict(
            RULE,
            Status.UNVERIFIABLE,
            c.converted,
            f"{c.amount.text} ({c.converted.text}) implies {_rate_words(c, c.rate)}, but the article's other"
            f" {c.pair[0]}/{c.pair[1]} conversion ({o.amount.text} = {o.converted.text}) implies"
            f" {_rate_words(o, o.rate)}: one of the two is wrong, and the article names no year to tell which",
            [*ev, Evidence("reference", o.amount), Evidence("reference", o.converted)],
            arithmetic=arithmetic,
            rate=c.rate,
            reference_rate=o.rate,
        )
    if len(others) < 2:
        return None
    # (one outlier among three or more others is left out of their reference)
    pools = [others] + ([[o for o in others if o is not x] for x in others] if len(others) >= 3 else [])

    def spread(pool: list[Conversion]) -> float:
        """How far the pool's rates are from one rate: at most 1 when they share one."""
        return max(o.interval[0] for o in pool) / min(o.interval[1] for o in pool)

    fits = [pool for pool in pools if _common_rate(pool[0], pool[1:])]
    if not fits:
        return None  # the others disagree among themselves: no reference
    fits = [pool for pool in fits if len(pool) == max(len(f) for f in fits)]
    if len({_common_rate(c, pool) for pool in fits}) > 1:
        return None  # which of the others is the outlier decides this one's verdict: no reference
    others = max(fits, key=spread)  # the pool that pins the rate closest
    lo, hi = max(o.interval[0] for o in others), min(o.interval[1] for o in others)
    mid = math.sqrt(lo * hi) if lo <= hi else (lo + hi) / 2
    ref = max(others, key=lambda o: o.precise)
    head = (
        f"{c.amount.text} ({c.converted.text}) implies {_rate_words(c, c.rate)}; the article's other"
        f" {len(others)} {c.pair[0]}/{c.pair[1]} conversions allow {_rate_words(c, mid)}"
    )
    ok = _common_rate(c, others)
    return judged(
        RULE,
        ok,
        c.converted,
        f"{head}; they agree",
        f"{head} ({(c.rate / mid - 1) * 100:+.1f}%); at that rate it should read about {_expected(c, mid)}",
        [*ev, Evidence("reference", ref.amount), Evidence("reference", ref.converted)],
        computed=c.amount.value / mid,
        arithmetic=arithmetic,
        rate=c.rate,
        reference_rate=mid,
    )


def _undated(c: Conversion, convs: list[Conversion], ev: list[Evidence], arithmetic: str) -> Verdict:
    """A conversion in an article that names no year: against the rates of every year the table
    knows (a rate none of them comes near is a slip), and against the article's own other
    conversions of the pair (which must agree with it)."""
    head = f"{c.amount.text} ({c.converted.text}) implies {_rate_words(c, c.rate)}"
    span = _span(c.pair)
    lo, hi = c.interval
    others = [o for o in convs if o is not c and o.pair == c.pair]
    if span is not None and (hi < span[0] or lo > span[1]) and others and all(_agree(c, o) for o in others):
        # the article's conversions agree on a rate no year of the table had: an article from
        # before the table's years, not a slip
        return verdict(
            RULE,
            Status.UNVERIFIABLE,
            c.converted,
            f"{head}, as the article's other {c.pair[0]}/{c.pair[1]} conversions do, but no yearly average of"
            f" {_FIRST_YEAR}-{_LAST_YEAR} comes near it; the article names no year, and may be older",
            ev,
            arithmetic=arithmetic,
            rate=c.rate,
        )
    yen = _as_yen(c)
    if span is not None and (hi < span[0] or lo > span[1]) and yen is not None:
        # "$223 billion (¥22 trillion)": as yen the rate is a year's; "¥" is yuan or yen
        yspan = _span(yen)
        if yspan is not None and not (hi < yspan[0] or lo > yspan[1]):
            return verdict(
                RULE,
                Status.UNVERIFIABLE,
                c.converted,
                f'{head}; read as yen, which "¥" also writes, it is within the yearly averages of'
                f" {_FIRST_YEAR}-{_LAST_YEAR}, and the article names no year to tell",
                ev,
                arithmetic=arithmetic,
                rate=c.rate,
            )
    if span is not None and (hi < span[0] or lo > span[1]):
        mid = math.sqrt(span[0] * span[1])
        return verdict(
            RULE,
            Status.INCONSISTENT,
            c.converted,
            f"{head}, outside every yearly average of {_FIRST_YEAR}-{_LAST_YEAR} ({_fmt_rate(span[0])}"
            f"-{_fmt_rate(span[1])}); at {_fmt_rate(mid)} it would read about {_expected(c, mid)}",
            ev,
            computed=c.amount.value / mid,
            arithmetic=arithmetic,
            rate=c.rate,
        )
    # rounded conversions agree loosely: two or more of them must allow one rate with this one
    enough = bool(others) and (len(others) >= 2 or (c.precise and others[0].precise))
    if span is not None and enough and all(_agree(c, o) for o in others) and _common_rate(c, others):
        ref = max(others, key=lambda o: o.precise)
        said = (
            f"{head}; the article names no year, but its other {c.pair[0]}/{c.pair[1]} conversion"
            f"{'s' if len(others) > 1 else ''} ({ref.amount.text} = {ref.converted.text})"
            f" use{'' if len(others) > 1 else 's'} the same rate,"
            f" within the range of {_FIRST_YEAR}-{_LAST_YEAR}"
        )
        return _vouched(c, ref, said, ev, arithmetic)
    # (two or more of the article's other conversions that allow one rate are its reference: this
    # one agrees with them or is the outlier)
    mine = _by_the_article(c, convs, ev, arithmetic)
    if mine is not None and span is not None:
        return mine
    return verdict(
        RULE,
        Status.UNVERIFIABLE,
        c.converted,
        f"{head}; the article names no year to compare it with",
        ev,
        arithmetic=arithmetic,
        rate=c.rate,
    )


def _later_year_fits(c: Conversion, year: int, pairs: list[tuple[str, str]]) -> int | None:
    """The year after the article's latest, if its average rate fits the conversion."""
    lo, hi = c.interval
    for pair in pairs:
        ref = table_rate(*pair, year + 1)
        if ref is not None and lo * (1 - ref[1] / 100) <= ref[0] <= hi * (1 + ref[1] / 100):
            return year + 1
    return None


def _years_of(doc: Document, c: Conversion) -> set[int]:
    sent = doc.sentences[c.amount.sentence]
    return {int(m.group(1)) for m in _YEAR.finditer(doc.norm, sent.start, sent.end)}


def _distance(iv: tuple[float, float], r: float) -> float:
    lo, hi = iv
    if lo <= r <= hi:
        return 0.0
    return min(abs(r - lo), abs(r - hi)) / r


RULE = Rule(code="FC109", name="currency", type="currency", check=check, doc=__doc__ or "")
