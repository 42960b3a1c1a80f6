"""Property tests for the interval arithmetic every rule relies on."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck import arith
from factcheck.numbers import apply_hedge, format_percent, rounding_half_width

counts = st.integers(min_value=1, max_value=10_000_000)
decimals = st.integers(min_value=0, max_value=3)


@given(counts, counts, decimals)
def test_correctly_rounded_growth_is_always_consistent(current: int, baseline: int, d: int) -> None:
    exact = arith.point_percent_change(current, baseline)
    stated = arith.round_half_up(exact, d)
    half = rounding_half_width(f"{abs(stated):.{d}f}", 1.0, percent_like=True)
    interval = arith.percent_change((current, current), (baseline, baseline))
    assert interval is not None
    assert arith.overlaps(interval, (stated - half, stated + half))


@given(counts, counts, st.integers(min_value=1, max_value=2))
def test_a_figure_off_by_two_last_digits_is_never_consistent(current: int, baseline: int, d: int) -> None:
    exact = arith.point_percent_change(current, baseline)
    step = 10.0**-d
    wrong = arith.round_half_up(exact, d) + 2 * step
    interval = arith.percent_change((current, current), (baseline, baseline))
    assert interval is not None
    assert not arith.overlaps(interval, (wrong - step / 2, wrong + step / 2))


@given(
    st.floats(min_value=0, max_value=1e9, allow_nan=False),
    st.floats(min_value=0, max_value=1e9, allow_nan=False),
    st.floats(min_value=1e-3, max_value=1e9, allow_nan=False),
    st.floats(min_value=1e-3, max_value=1e9, allow_nan=False),
)
def test_interval_ratio_contains_every_point_ratio(a: float, b: float, c: float, e: float) -> None:
    num = (min(a, b), max(a, b))
    den = (min(c, e), max(c, e))
    r = arith.ratio(num, den)
    assert r is not None
    for x in num:
        for y in den:
            assert r[0] * (1 - 1e-12) <= x / y <= r[1] * (1 + 1e-12)


@given(
    st.floats(min_value=-1e6, max_value=1e6, allow_nan=False),
    st.sampled_from(["about", "nearly", "more", "less", None]),
)
def test_hedged_interval_contains_the_stated_figure(value: float, hedge: str | None) -> None:
    lo, hi = apply_hedge(value, 0.5, hedge)
    assert lo <= value <= hi


@given(st.lists(st.tuples(st.floats(-1e6, 1e6), st.floats(0, 1e3)), min_size=1, max_size=6))
def test_sum_interval_contains_point_sum(items: list[tuple[float, float]]) -> None:
    lo, hi = arith.add((v - w, v + w) for v, w in items)
    total = sum(v for v, _ in items)
    assert lo - 1e-6 <= total <= hi + 1e-6


def test_round_half_up_is_a_reporters_rounding() -> None:
    assert arith.round_half_up(0.125, 2) == 0.13
    assert arith.round_half_up(-16.445, 2) == -16.45
    assert format_percent(88.7082, 2) == "+88.71%"
