"""How an inconsistent figure probably came about.

Editors trust an alarm that says how the slip happened. Given an inconsistent verdict
(its stated figure, the figures it used and the formula of its type), each candidate
slip below is tried in turn; the first that reproduces the stated figure at its written
precision names the diagnosis:

- ``transposed-digits`` / ``mistyped-digit``: the stated figure is the right one with two
  adjacent digits swapped, or one digit wrong;
- ``truncated``: the right figure cut off instead of rounded ("4.5%" for 4.58%);
- ``dropped-digit`` / ``extra-digit``: a long figure with one digit left out or added
  ("CNY 1,469" for 11,469);
- ``direction``: the right size, the wrong direction (up for down);
- ``wrong-base``: a change divided by the new figure instead of the old one;
- ``points-for-percent`` / ``percent-for-points``: a change between two percentages given
  in the other unit;
- ``scale``: a scale word off by a thousand;
- ``operand-transposed`` / ``operand-mistyped``: one of the figures used is the slip;
- ``part-left-out`` / ``part-counted-twice``: a sum missing one of its parts, or with one twice;
- ``wrong-figure``: the stated figure follows from another figure of the article in place
  of one the claim names (a figure of the wrong period or metric);
- ``unexplained``: none of the above reproduces it; the diagnosis then says which value of
  each figure the claim names would give the stated one ("+0.64% would need 9.891 GWh in
  place of 8.952 GWh"), so the editor knows what to look up.

Only the first four, ``wrong-base``, the unit mix-ups and ``scale`` name the stated figure as
the culprit, and only then is a corrected figure suggested.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from factcheck.arith import round_half_up
from factcheck.model import Diagnosis, Quantity, Verdict
from factcheck.numbers import amount, figure

Formula = Callable[[dict[str, list[float]]], float | None]


def _pc(r: dict[str, list[float]]) -> float | None:
    (c,), (b,) = r.get("current", [math.nan]), r.get("baseline", [math.nan])
    return None if not b or math.isnan(b) or math.isnan(c) else (c - b) / b * 100.0


def _share(r: dict[str, list[float]]) -> float | None:
    parts, whole = r.get("part"), r.get("whole")
    if not parts or not whole or not whole[0]:
        return None
    return sum(parts) / whole[0] * 100.0


def _sum(r: dict[str, list[float]]) -> float | None:
    parts = r.get("part")
    return None if not parts else sum(parts) - sum(r.get("minus", ()))


def _diff(r: dict[str, list[float]]) -> float | None:
    a, b = r.get("a"), r.get("b")
    return None if not a or not b or len(a) != 1 else a[0] - sum(b)


def _ratio(r: dict[str, list[float]]) -> float | None:
    a, b = r.get("a"), r.get("b")
    return None if not a or not b or not b[0] else a[0] / b[0]


def _pp(r: dict[str, list[float]]) -> float | None:
    a, b = r.get("from"), r.get("to")
    return None if not a or not b else b[0] - a[0]


# The formula of each relation type over its evidence roles (the "total" role is the stated
# figure itself, not an operand).
FORMULAS: dict[str, Formula] = {
    "percent_change": _pc,
    "share": _share,
    "sum": _sum,
    "cumulative": _sum,
    "difference": _diff,
    "multiple": _ratio,
    "percentage_points": _pp,
}
_OPERAND_ROLES = frozenset({"current", "baseline", "part", "whole", "minus", "a", "b", "from", "to"})


def _digits_of(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _digit_variants(digits: str) -> Iterable[tuple[str, str]]:
    """(kind, variant) for every adjacent transposition and every one-digit change."""
    for i in range(len(digits) - 1):
        if digits[i] != digits[i + 1] and not (i == 0 and digits[1] == "0"):
            # (never a figure with a leading zero: "0,441" is no way to write 441)
            yield "transposed", digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :]
    for i in range(len(digits)):
        for d in "0123456789":
            if d != digits[i] and not (i == 0 and d == "0" and len(digits) > 1):
                yield "mistyped", digits[:i] + d + digits[i + 1 :]


@dataclass(frozen=True, slots=True)
class Target:
    """The interval the stated figure stands for, oriented by the claim's direction ("down
    5%" is -5.5..-4.5); growth rates are matched with their sign, other figures by size."""

    lo: float
    hi: float
    signed: bool

    @classmethod
    def of(cls, v: Verdict, stated: Quantity) -> Target:
        lo, hi = stated.lo, stated.hi
        if v.stated is not None and v.stated < 0 and lo >= 0:
            lo, hi = -hi, -lo
        return cls(lo, hi, v.type == "percent_change")


def _matches(x: float | None, t: Target) -> bool:
    """Whether ``x`` would be written as the stated figure, at its precision."""
    if x is None or not math.isfinite(x):
        return False
    lo, hi = t.lo, t.hi
    if not t.signed:
        x = abs(x)
        lo, hi = (min(abs(lo), abs(hi)), max(abs(lo), abs(hi))) if lo * hi > 0 else (0.0, max(abs(lo), abs(hi)))
    tol = 1e-9 * max(1.0, abs(x))
    return lo - tol <= x <= hi + tol


def _scale_of(q: Quantity) -> float:
    """What one step of the written digits is worth ("1.25 million": 10,000; "6,150": 1)."""
    d = _digits_of(q.text)
    shown = int(d) if d else 0
    return abs(q.value) / shown if shown else 1.0


def _rewrite(text: str, digits: str) -> str:
    """``text`` with its digits replaced, one for one, by ``digits`` (same count)."""
    it = iter(digits)
    return "".join(next(it) if ch.isdigit() else ch for ch in text)


def diagnose(v: Verdict, stated: Quantity | None, others: Sequence[Quantity] = ()) -> Diagnosis | None:
    """The slip that best explains an inconsistent verdict, or None when none does."""
    if stated is None or v.computed is None or v.stated is None:
        return None
    computed = v.computed
    if not (math.isfinite(stated.lo) and math.isfinite(stated.hi)):
        return None  # "more than 70,000": an open bound is met by too much to name a slip
    target = Target.of(v, stated)
    sdigits = _digits_of(stated.text).lstrip("0")
    step = _scale_of(stated)
    steps = abs(computed) / step
    right = str(int(round_half_up(steps, 0)))
    what = stated.text.strip()
    if stated.hedge is None and sdigits and steps % 1 >= 0.5 - 1e-9 and int(steps + 1e-9) == int(sdigits):
        shown = f"{abs(computed):.{stated.decimals + 2}f}" if stated.unit in ("percent", "pp") else "the exact figure"
        if stated.unit in ("percent", "pp") and not shown.startswith(f"{abs(stated.value):.{stated.decimals}f}"):
            # (63.59990 is no "63.600": as many digits as show the cut, "63.5999")
            fine = stated.decimals + 4
            shown = f"{math.floor(abs(computed) * 10**fine) / 10**fine:.{fine}f}"
        return Diagnosis("truncated", f"{shown} looks cut off to {what} instead of rounded", "stated")
    if stated.hedge is None and stated.decimals >= 1 and _digits_of(stated.text).endswith("0"):
        # "23.50%" for 23.535%: rounded to one decimal (23.5), then given a zero it never had
        coarse = round_half_up(abs(computed), stated.decimals - 1)
        if math.isclose(coarse, abs(stated.value), abs_tol=1e-9) and not math.isclose(
            right_value := round_half_up(abs(computed), stated.decimals), abs(stated.value), abs_tol=1e-9
        ):
            shown = f"{abs(computed):.{stated.decimals + 2}f}"
            return Diagnosis(
                "padded-zero",
                f"{shown} looks rounded to {stated.decimals - 1} decimal{'s' if stated.decimals != 2 else ''} and "
                f"padded with a zero, claiming a precision it lacks (at the precision written it is "
                f"{right_value:.{stated.decimals}f})",
                "stated",
            )
    if stated.hedge is None and stated.unit in ("percent", "pp"):
        # "29.1%" for 29.045%: rounded to 29.05 first, then again to one decimal
        once = round_half_up(abs(computed), stated.decimals + 1)
        if math.isclose(round_half_up(once, stated.decimals), abs(stated.value), abs_tol=1e-9) and not math.isclose(
            right_value := round_half_up(abs(computed), stated.decimals), abs(stated.value), abs_tol=1e-9
        ):
            return Diagnosis(
                "rounded-twice",
                f"{abs(computed):.{stated.decimals + 3}f} looks rounded twice, to {once:.{stated.decimals + 1}f} and "
                f"then to {what}; rounded once it is {right_value:.{stated.decimals}f}",
                "stated",
            )
    # One wrong digit in a two-digit figure happens by chance too often to be the first
    # explanation: it is kept for when no other slip explains the figure.
    weak: Diagnosis | None = None
    if stated.hedge is None and sdigits and len(sdigits) == len(right) and sdigits != right:
        for kind, variant in _digit_variants(sdigits):
            if variant == right:
                if kind == "transposed":
                    return Diagnosis("transposed-digits", f"two adjacent digits of {what} look transposed", "stated")
                weak = Diagnosis("mistyped-digit", f"one digit of {what} looks mistyped", "stated")
                if len(sdigits) > 2:
                    return weak
                break
    # A digit dropped or doubled in a long figure ("CNY 1,469" for 11,469) cannot be a chance
    # match: the other digits agree in order. A hedge does not change the digits written.
    if sdigits and len(right) >= 4 and abs(len(sdigits) - len(right)) == 1:
        short, long_ = sorted((sdigits, right), key=len)
        if any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_))):
            code = "dropped-digit" if len(sdigits) < len(right) else "extra-digit"
            how = "a digit dropped" if code == "dropped-digit" else "a digit typed twice or added"
            return Diagnosis(code, f"{what} looks like the right figure with {how}", "stated")
    if v.type == "percent_change" and (v.stated > 0) != (computed > 0) and _matches(-computed, target):
        return Diagnosis("direction", "the size is right but the direction is reversed", "direction")
    roles: dict[str, list[float]] = {}
    operands: list[tuple[str, Quantity]] = []
    for ev in v.evidence:
        if ev.role in _OPERAND_ROLES:
            roles.setdefault(ev.role, []).append(ev.quantity.value)
            operands.append((ev.role, ev.quantity))
    formula = FORMULAS.get(v.type)
    if v.type == "percent_change" and "current" in roles and "baseline" in roles:
        c, b = roles["current"][0], roles["baseline"][0]
        if c and _matches((c - b) / c * 100.0, target):
            return Diagnosis(
                "wrong-base", "the change looks divided by the new figure instead of the old one", "stated"
            )
        if b and not _all_percent(operands) and _matches(math.copysign(c / b * 100.0, v.stated or 1.0), target):
            # "down 51%" where the new level is 51% of the old one
            return Diagnosis(
                "ratio-for-change",
                f"the stated figure is the new level as a percent of the old one ({c / b * 100:.1f}%), not the change",
                "stated",
            )
        if stated.unit == "percent" and _all_percent(operands) and _matches(c - b, target):
            return Diagnosis(
                "points-for-percent", "the change in percentage points is given as a percent change", "stated"
            )
    if v.type == "percentage_points" and "from" in roles and "to" in roles and roles["from"][0]:
        a, b = roles["from"][0], roles["to"][0]
        if _matches((b - a) / a * 100.0, target):
            return Diagnosis(
                "percent-for-points", "the relative change is given where percentage points are meant", "stated"
            )
    if stated.unit not in ("percent", "pp") and computed:
        for k in (1e3, 1e-3):
            if _matches(computed * k, target):
                return Diagnosis("scale", "the figure is off by a factor of a thousand (a scale word)", "stated")
    if formula is None:
        return weak
    found = _operand_slip(formula, roles, operands, target)
    if found is not None and len(sdigits) <= 2:
        # a two-digit target is met by many one-digit changes: another figure of the article
        # that gives it exactly is the better explanation
        return _wrong_figure(formula, roles, operands, target, others) or found
    if found is not None:
        return found
    if v.type in ("sum", "cumulative"):
        for role, oq in operands:
            if role != "part":
                continue
            if _matches(computed - oq.value, target):
                return Diagnosis("part-left-out", f"the total matches the parts without {oq.text.strip()}", "")
            if _matches(computed + oq.value, target):
                return Diagnosis("part-counted-twice", f"the total matches {oq.text.strip()} counted twice", "")
    return (
        _wrong_figure(formula, roles, operands, target, others)
        or weak
        or _unexplained(v, stated, formula, roles, operands)
    )


def _all_percent(operands: list[tuple[str, Quantity]]) -> bool:
    return bool(operands) and all(q.unit == "percent" for _, q in operands)


def _operand_slip(
    formula: Formula,
    roles: dict[str, list[float]],
    operands: list[tuple[str, Quantity]],
    target: Target,
) -> Diagnosis | None:
    """One operand with two digits swapped or one mistyped reproduces the stated figure."""
    # a coarse stated figure ("33 percent") is met by too many one-digit changes: only two
    # swapped digits, which are few, may explain it
    coarse = (target.hi - target.lo) > 2.0 * max(1.0, abs(target.lo)) / 100
    for i, (role, oq) in enumerate(operands):
        digits = _digits_of(oq.text)
        if oq.hedge is not None or len(digits) < 2:
            continue
        step = _scale_of(oq)
        sign = oq.value or 1.0
        trial, values, at = _trial(operands, i)
        for kind, variant in _digit_variants(digits):
            if coarse and kind != "transposed":
                continue
            values[at] = math.copysign(int(variant) * step, sign)
            if _matches(formula(trial), target):
                code = "operand-transposed" if kind == "transposed" else "operand-mistyped"
                how = "two adjacent digits transposed" if kind == "transposed" else "one digit mistyped"
                return Diagnosis(
                    code,
                    f"{oq.text.strip()} may be the slip, with {how}: {_rewrite(oq.text.strip(), variant)} "
                    "would give the stated figure",
                    role,
                )
    return None


def _replaced(
    roles: dict[str, list[float]], operands: list[tuple[str, Quantity]], index: int, value: float
) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}
    for i, (role, q) in enumerate(operands):
        out.setdefault(role, []).append(value if i == index else q.value)
    return out


def _trial(operands: list[tuple[str, Quantity]], index: int) -> tuple[dict[str, list[float]], list[float], int]:
    """The operands' roles dict as ``_replaced`` builds it, with the list and position that hold
    operand ``index``: writing a value there gives ``_replaced(..., index, value)`` without a new
    dict per value tried."""
    out: dict[str, list[float]] = {}
    at = 0
    for i, (role, q) in enumerate(operands):
        values = out.setdefault(role, [])
        if i == index:
            at = len(values)
        values.append(q.value)
    return out, out[operands[index][0]], at


def _wrong_figure(
    formula: Formula,
    roles: dict[str, list[float]],
    operands: list[tuple[str, Quantity]],
    target: Target,
    others: Sequence[Quantity],
) -> Diagnosis | None:
    """Another figure of the article, of the same unit, in place of one operand gives the
    stated figure: the writer probably took the wrong one. Only an unambiguous swap counts."""
    used = {(q.start, q.end) for _, q in operands}
    hits: list[tuple[str, Quantity, Quantity]] = []
    for i, (role, oq) in enumerate(operands):
        trial, values, at = _trial(operands, i)
        for alt in others:
            if (alt.start, alt.end) in used or alt.unit != oq.unit or alt.value == oq.value or alt.value <= 0:
                continue
            values[at] = alt.value
            if _matches(formula(trial), target):
                hits.append((role, oq, alt))
    if len(hits) > 1:
        # the figure compared against (a whole, a baseline) is the one most often taken from the
        # wrong line of a table; the claim's own subject rarely is
        hits = [h for h in hits if h[0] in ("whole", "baseline")]
    if len(hits) != 1:
        return None
    role, oq, alt = hits[0]
    return Diagnosis(
        "wrong-figure",
        f"the stated figure follows from {alt.text.strip()} in place of {oq.text.strip()}: "
        "probably a figure of another period or metric was used",
        role,
    )


# The figures an editor looks up first: the one compared against, then the subject.
_LOOKUP_ORDER = {"baseline": 0, "whole": 0, "b": 1, "from": 1, "current": 2, "part": 2, "a": 2, "to": 2}


def _unexplained(
    v: Verdict,
    stated: Quantity,
    formula: Formula,
    roles: dict[str, list[float]],
    operands: list[tuple[str, Quantity]],
) -> Diagnosis | None:
    """No common slip reproduces the stated figure: say what each named figure would have to
    be for it to hold. Solved numerically (every formula is monotonic in each operand), and
    written at the operand's own precision."""
    goal = v.stated
    if goal is None or not math.isfinite(goal) or v.computed is None:
        return None
    needs: list[tuple[int, str]] = []
    for i, (role, oq) in enumerate(operands):
        if role not in _LOOKUP_ORDER or not oq.value or (role == "part" and len(roles.get("part", ())) > 2):
            continue
        x = _solve(lambda x, i=i: formula(_replaced(roles, operands, i, x)), oq.value, goal)
        if x is None or x <= 0 or (oq.value > 0) != (x > 0):
            continue
        shown, was = amount(x, oq), amount(oq.value, oq)
        if shown != was:
            # in the figure's own units and without its hedge: "9.891 GWh in place of 8.952 GWh",
            # "CNY 76.85 million in place of CNY 600 million"
            plain, text = figure(oq), oq.text.strip()
            written = text[text.find(plain) :] if plain in text else plain
            shown, was = written.replace(plain, shown, 1), written
            needs.append((_LOOKUP_ORDER[role], f"{shown} in place of {was}"))
    if not needs:
        return None
    needs.sort(key=lambda n: n[0])
    wanted = ", or ".join(text for _, text in needs[:2])
    what = stated.text.strip()
    return Diagnosis("unexplained", f"no common slip explains {what}: it would need {wanted}", "")


def _solve(f: Callable[[float], float | None], x0: float, goal: float) -> float | None:
    """``x`` with ``f(x) == goal`` by the secant method from ``x0``; None if it does not converge."""
    a, b = x0, x0 * 1.01
    fa, fb = f(a), f(b)
    for _ in range(60):
        if fa is None or fb is None or not (math.isfinite(fa) and math.isfinite(fb)) or fa == fb:
            return None
        c = b - (fb - goal) * (b - a) / (fb - fa)
        if not math.isfinite(c):
            return None
        a, fa, b, fb = b, fb, c, f(c)
        if fb is not None and abs(fb - goal) <= 1e-9 * max(1.0, abs(goal)):
            return b
    return None


def suggestion(v: Verdict, stated: Quantity | None, diagnosis: Diagnosis | None) -> str:
    """The text that should replace the stated figure, when the diagnosis blames the figure
    itself (not its direction or its unit)."""
    if stated is None or diagnosis is None or diagnosis.culprit != "stated" or v.computed is None:
        return ""
    if diagnosis.code in ("points-for-percent", "percent-for-points") or stated.text != v.stated_text:
        return ""
    text = stated.text
    first = next((i for i, ch in enumerate(text) if ch.isdigit()), None)
    if first is None:
        return ""
    last = first
    while last + 1 < len(text) and (
        text[last + 1].isdigit() or (text[last + 1] in ",." and text[last + 2 : last + 3].isdigit())
    ):
        last += 1
    written = text[first : last + 1]
    try:
        shown = float(written.replace(",", ""))
    except ValueError:
        return ""
    unit = abs(stated.value) / shown if shown else 1.0
    dec = stated.decimals
    value = round_half_up(abs(v.computed) / unit, dec)
    new = f"{value:,.{dec}f}" if "," in written else f"{value:.{dec}f}"
    if new == written:
        return ""
    return text[:first] + new + text[last + 1 :]
