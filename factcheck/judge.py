"""The one judge: the last word on every rule's verdicts, the same ladder for every rule.

Rules pair figures and compute; the judge applies what holds for all of them:

0. **On the half.** A rate whose exact value sits on the half of its last written digit
   ("42%" for 42.504%) may be rounded down as well as up: consistent, saying so.
1. **Round figures.** A figure written out in full ("100,000") is exact. When a claim is
   inconsistent as written but would hold had a round figure itself been rounded
   ("18,000" for 18,240), the claim is unverifiable, and says so: the article does not
   let anyone tell a rounded figure from a slip.
   **Open bounds.** A claim that holds only through the open end of a bound ("more than
   20,000" read as any figure above it, where 32,000 would be needed) is unverifiable too.
2. **One role per figure.** When one stated figure is judged by rules of different kinds
   (a share read as a growth rate too), the reading the sentence's grammar supports wins;
   the other verdicts on that figure are dropped.
3. **Blame.** A restatement that differs like a typo names the copy that no other claim
   supports, not the one another rule has just verified.
4. **Diagnosis.** Every inconsistent verdict is given the slip that explains it, when one
   does (see ``factcheck.diagnosis``), and a corrected figure when the slip is the stated
   figure's own.
5. **House style.** A figure cut off instead of rounded is a slip, unless the article cuts off
   two figures or more and rounds fewer up: then it may be how the article writes, unverifiable.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from factcheck.arith import round_half_up
from factcheck.diagnosis import diagnose, suggestion
from factcheck.document import Document
from factcheck.model import Quantity, Status, Verdict
from factcheck.numbers import format_number
from factcheck.words import as_rate, iter_word_figures

# Re-runs the rules with the given codes on a document (every verdict carries its rule's code).
Run = Callable[[Document, frozenset[str]], list[Verdict]]


def _key(v: Verdict) -> tuple[object, ...]:
    return (v.code, v.start, v.end, tuple((e.role, e.quantity.start, e.quantity.end) for e in v.evidence))


def _round_figures(v: Verdict, by_span: dict[tuple[int, int], Quantity]) -> list[Quantity]:
    spans = [(v.start, v.end), *((e.quantity.start, e.quantity.end) for e in v.evidence)]
    out = []
    for span in spans:
        q = by_span.get(span)
        if q is not None and q.round_half and q not in out:
            out.append(q)
    return out


def _step(q: Quantity) -> str:
    return format_number(2 * q.round_half)


def _evidently_rounded(v: Verdict, by_span: dict[tuple[int, int], Quantity]) -> bool:
    """Every amount of the claim written in full ends in 000, and there are at least two:
    the article itself writes these figures to the thousand (CPCA's "940,000, 476,000 and
    147,000"), which one round milestone ("100,000 cars") does not show."""
    spans = [(v.start, v.end), *((e.quantity.start, e.quantity.end) for e in v.evidence)]
    amounts = [q for q in (by_span.get(sp) for sp in spans) if q is not None and q.is_amount]
    full = [q for q in amounts if q.lo == q.hi]  # written in full, unhedged
    return len(full) >= 2 and all(q.round_half and str(int(abs(q.value))).endswith("000") for q in full)


def _writes_to_the_hundred(doc: Document) -> bool:
    """Every count of a thousand or more the article writes in full ends in 00, and at least five
    of them are not whole thousands: it rounds its figures to the hundred as a house rule ("585,000
    deliveries ... (January to June 2016: 569,400 vehicles)"), though no sentence says so. (Round
    thousands prove nothing: "100,000 cars, up from 80,000" may be exact.)"""
    counts = [
        q for q in doc.quantities if q.is_amount and q.unit in (None, "count") and q.value >= 1000 and q.lo == q.hi
    ]
    if not all(q.value == int(q.value) and int(q.value) % 100 == 0 for q in counts):
        return False
    return sum(1 for q in counts if int(q.value) % 1000) >= 5


def soften_round(doc: Document, verdicts: list[Verdict], run: Run) -> list[Verdict]:
    """Inconsistent verdicts that hold once round figures are read as rounded: consistent
    when the claim's figures are all evidently rounded to the thousand, else unverifiable,
    naming the figures."""
    by_span = {(q.start, q.end): q for q in doc.quantities}
    suspects = {_key(v): v for v in verdicts if v.status is Status.INCONSISTENT and _round_figures(v, by_span)}
    if not suspects:
        return verdicts
    wide = replace(doc, quantities=[q.widened() for q in doc.quantities])
    codes = frozenset(v.code for v in suspects.values())  # the other rules' verdicts are not asked about
    holds = {_key(w): w for w in run(wide, codes) if w.status is Status.CONSISTENT and _key(w) in suspects}
    out = []
    to_the_hundred: dict[tuple[object, ...], Verdict] = {}
    hundreds = _writes_to_the_hundred(doc)
    if hundreds:
        # (each figure to the hundred, not to its own last zero)
        hundred = replace(doc, quantities=[q.widened(at_most=50.0) for q in doc.quantities])
        to_the_hundred = {
            _key(w): w for w in run(hundred, codes) if w.status is Status.CONSISTENT and _key(w) in suspects
        }
    for v in verdicts:
        w = holds.get(_key(v))
        if w is not None and _evidently_rounded(v, by_span):
            v = replace(w, message=f"{w.message} (reading the article's round figures as rounded to the thousand)")
        elif (h := to_the_hundred.get(_key(v))) is not None:
            v = replace(
                h,
                message=f"{h.message} (reading the figures as rounded to the hundred: the article writes every count"
                " that way)",
            )
        elif w is not None and hundreds:
            pass  # (read to the hundred, as the article writes them, the figures do not allow it: a slip)
        elif w is not None:
            rounds = _round_figures(v, by_span)
            names = " and ".join(f"{q.text.strip()} is itself rounded (to the nearest {_step(q)})" for q in rounds)
            v = replace(
                v,
                status=Status.UNVERIFIABLE,
                message=f"{v.message}; it holds only if {names}, which the article does not say",
            )
        out.append(v)
    return out


def open_bounds(doc: Document, verdicts: list[Verdict], run: Run) -> list[Verdict]:
    """A claim that holds only through the open end of a bound ("more than 47,800" read as any
    figure above it) is not verified: unverifiable, naming the bound. The rules are re-run with
    each bound closed where a writer would put it (see ``Quantity.closed``)."""
    by_span = {(q.start, q.end): q for q in doc.quantities}

    def bounds(v: Verdict) -> list[Quantity]:
        spans = [(v.start, v.end), *((e.quantity.start, e.quantity.end) for e in v.evidence)]
        return [q for q in (by_span.get(sp) for sp in spans) if q is not None and q.open_ended]

    suspects = {_key(v): v for v in verdicts if v.status is Status.CONSISTENT and bounds(v)}
    if not suspects:
        return verdicts
    closed = replace(doc, quantities=[q.closed() for q in doc.quantities])
    codes = frozenset(v.code for v in suspects.values())
    fails = {_key(w) for w in run(closed, codes) if w.status is Status.INCONSISTENT and _key(w) in suspects}
    out = []
    for v in verdicts:
        if _key(v) in fails:
            names = " and ".join(
                f"the figure behind '{q.text.strip()}' is far {'above' if q.hi == math.inf else 'below'}"
                f" {format_number(abs(q.value))}"
                for q in bounds(v)
            )
            v = replace(
                v,
                status=Status.UNVERIFIABLE,
                message=f"{v.message}; it holds only if {names}: the article gives a bound, not a figure",
            )
        out.append(v)
    return out


# Which reading of one stated figure wins when several rules claim it, by relation type:
# a figure the sentence calls a share ("accounted for", "of its sales") is not also a growth
# rate, a restatement is the weakest reading of all.
_PRIORITY = {
    "share": 0,
    "percentage_points": 0,
    "sum": 1,
    "cumulative": 1,
    "difference": 1,
    "multiple": 1,
    "currency": 1,
    "percent_change": 2,
    "weekday": 2,
    "restatement": 3,
}


def one_role(verdicts: list[Verdict]) -> list[Verdict]:
    """Keep, for each stated figure, the verdicts of its strongest reading: a figure judged
    as a share (with its operands found) is not also judged as a growth rate."""
    by_span: dict[tuple[int, int], list[Verdict]] = {}
    for v in verdicts:
        by_span.setdefault((v.start, v.end), []).append(v)
    drop: set[int] = set()
    for group in by_span.values():
        types = {v.type for v in group}
        if len(types) < 2:
            continue
        found = [v for v in group if v.status is not Status.UNVERIFIABLE and v.type != "restatement"]
        if not found:
            continue
        best = min(_PRIORITY.get(v.type, 2) for v in found)
        for v in group:
            if v.type != "restatement" and _PRIORITY.get(v.type, 2) > best:
                drop.add(id(v))
    return [v for v in verdicts if id(v) not in drop]


def blame_unsupported(verdicts: list[Verdict]) -> list[Verdict]:
    """A restated figure that differs like a typo: blame the copy the article's own arithmetic
    does not support. When another rule has just verified one copy (it is an operand or the
    stated figure of a consistent claim), the other copy is the likely slip. When each copy is
    the stated figure of a claim its own operands verify ("sales rose 14%" of June's levels, "11
    percent higher" of this year's target against last year's), the two are different figures,
    and the restatement is dropped: no copy is a slip."""
    verified: dict[tuple[int, int], Verdict] = {}
    computed: dict[tuple[int, int], frozenset[tuple[str, float]]] = {}
    for v in verdicts:
        if v.status is Status.CONSISTENT and v.type != "restatement":
            verified.setdefault((v.start, v.end), v)
            for e in v.evidence:
                verified.setdefault((e.quantity.start, e.quantity.end), v)
            if v.evidence:
                # (by value: a dek and its body copy computed from copies of the same levels are one figure)
                computed.setdefault((v.start, v.end), frozenset((e.role, e.quantity.value) for e in v.evidence))
    out = []
    for v in verdicts:
        if v.type == "restatement" and v.status is Status.INCONSISTENT:
            spans = {(e.quantity.start, e.quantity.end) for e in v.evidence} | {(v.start, v.end)}
            if len(spans) == 2 and all(s in computed for s in spans) and len({computed[s] for s in spans}) == 2:
                continue
        if v.type == "restatement" and v.status is Status.INCONSISTENT and (v.start, v.end) in verified:
            other = next(
                (e.quantity for e in v.evidence if (e.quantity.start, e.quantity.end) != (v.start, v.end)), None
            )
            if other is not None and (other.start, other.end) not in verified:
                by = verified[(v.start, v.end)]
                mine = v.stated_text.strip()
                v = replace(
                    v,
                    start=other.start,
                    end=other.end,
                    stated=other.value,
                    computed=v.stated,
                    stated_text=other.text,
                    message=(
                        f"{other.text.strip()} restates {mine} but the figures differ the way a typo does; "
                        f"{mine} agrees with the article's arithmetic ({by.code}: {by.message.split(';')[0]}), "
                        f"so {other.text.strip()} is the likely slip"
                    ),
                )
        out.append(v)
    return out


def explain(doc: Document, verdicts: Iterable[Verdict]) -> list[Verdict]:
    """Give every inconsistent verdict its diagnosis and, where safe, a corrected figure."""
    by_span = {(q.start, q.end): q for q in doc.quantities}
    out = []
    for v in verdicts:
        if v.status is Status.INCONSISTENT and v.diagnosis is None:
            stated = _stated(v, by_span)
            d = diagnose(v, stated, _others(doc, v))
            if d is not None:
                d = replace(d, text=" ".join(d.text.split()))  # one line, as every message
                v = replace(v, diagnosis=d, suggestion=suggestion(v, stated, d), message=f"{v.message}; {d.line}")
        out.append(v)
    return out


def _stated(v: Verdict, by_span: dict[tuple[int, int], Quantity]) -> Quantity | None:
    q = by_span.get((v.start, v.end))
    if q is not None:
        return q
    # A stated span wider than the figure ("up 5%"): the figure inside it.
    inside = [q for (s, e), q in by_span.items() if v.start <= s and e <= v.end]
    if not inside and v.type == "percent_change":
        # a change said as a fraction in words ("fell by half")
        words = [w for w in iter_word_figures(v.stated_text) if w.kind == "fraction"]
        if len(words) == 1:
            w = words[0]
            return as_rate(replace(w, start=v.start + w.start, end=v.start + w.end))
    return inside[0] if len(inside) == 1 else None


def _others(doc: Document, v: Verdict) -> Sequence[Quantity]:
    """Figures of the claim's part of the article: where a wrong figure was taken from."""
    sents = {e.quantity.sentence for e in v.evidence if e.quantity.sentence >= 0}
    if not sents:
        return ()
    lo, hi = max(0, min(sents) - 12), min(len(doc.sentences) - 1, max(sents) + 12)
    return [q for i in range(lo, hi + 1) for q in doc.in_sentence(i)]


def _unexplained(v: Verdict, codes: tuple[str, ...] = ("unexplained",)) -> bool:
    """An inconsistent verdict that no slip of a digit explains."""
    return v.status is Status.INCONSISTENT and (v.diagnosis is None or v.diagnosis.code in codes)


def _lowered(v: Verdict, message: str) -> Verdict:
    return replace(v, status=Status.UNVERIFIABLE, diagnosis=None, message=message)


_TRANSPOSED = ("transposed-digits", "operand-transposed")


def unlisted_remainder(verdicts: Iterable[Verdict]) -> list[Verdict]:
    """Parts that fall short of their total, where only the names of the parts made the list
    look complete ("domestic ... overseas ..."), and no slip explains the gap: a category the
    article does not name (special vehicles, other brands) may make up the rest."""
    out = []
    for v in verdicts:
        short = v.computed is not None and v.stated is not None and v.computed < v.stated
        if (
            v.extra.get("closure") == "inferred"
            and short
            and not (v.status is Status.INCONSISTENT and v.diagnosis is not None and v.diagnosis.code in _TRANSPOSED)
        ):
            head = v.message.split(", but the article's total")[0]
            why = (
                "no slip of a digit explains the gap"
                if _unexplained(v)
                # (one digit mistyped makes a round gap, as round as a part left out)
                else "a gap of one round figure is as likely a part left out as a mistyped digit"
            )
            v = _lowered(
                v,
                f"{head}, {format_number(v.stated - v.computed)} short of the article's total"
                f" {v.stated_text.strip()}; {why}, so a category the article does not list may make up the rest",
            )
        out.append(v)
    return out


def weak_pairing(verdicts: Iterable[Verdict]) -> list[Verdict]:
    """A claim whose figures were paired by their category alone (the nearest earlier total of
    the same metric, no word tying them together) is called inconsistent only when a slip of a
    digit explains the difference: that slip is itself the evidence that the figures belong
    together. Otherwise the pairing may simply be wrong: unverifiable, saying so. Siblings that
    share the weak figure ("Orla with 14.5% (899 units) and Kessel with 8.1% (501 units)", both
    against one total) stand or fall together: when one of them misses with no slip, the figure
    they share is the likelier mistake, and the other's apparent slip is chance."""
    verdicts = list(verdicts)
    refuted = {key for v in verdicts if (key := _weak_key(v)) is not None and _no_digit_slip(v)}
    out = []
    for v in verdicts:
        if v.extra.get("pairing") == "weak" and (_no_digit_slip(v) or _weak_key(v) in refuted):
            head = v.message.split(";")[0].split(", but ")[0].split(": the part is larger")[0]
            against = "" if ", not " in head else f", against {v.stated_text.strip()}"
            # another figure that fits is named: it may be the one the article meant
            other = f"; {v.diagnosis.text}" if v.diagnosis is not None and v.diagnosis.code == "wrong-figure" else ""
            why = (
                "no slip of a digit explains the difference"
                if _no_digit_slip(v)
                else "another claim paired with the same figure misses it with no slip"
            )
            v = _lowered(
                v,
                f"{head}{against}: the figures were paired by their category alone and {why}{other};"
                " check which figures belong together",
            )
        out.append(v)
    return out


def _weak_key(v: Verdict) -> tuple[str, tuple[int, ...]] | None:
    """What a weakly paired claim was paired with: its rule and the figures of the roles its
    siblings share (the whole, the total); None when it is not weak."""
    if v.extra.get("pairing") != "weak" or v.status is not Status.INCONSISTENT:
        return None
    shared = tuple(e.quantity.start for e in v.evidence if e.role in ("whole", "total"))
    return (v.code, shared) if shared else None


def _no_digit_slip(v: Verdict) -> bool:
    """Inconsistent, and no slip explains it: one digit "mistyped" in a one-digit figure (8% for
    5%) is any difference at all, and another figure that fits (the next entry of a list, another
    total) says as much that the weak pairing picked the wrong figure as that the article did."""
    if _unexplained(v):
        return True
    if v.diagnosis is not None and v.diagnosis.code == "wrong-figure":
        return True
    if v.diagnosis is not None and v.diagnosis.culprit == "whole" and v.diagnosis.code == "operand-mistyped":
        # the whole is the very figure the weak pairing chose: one of the many figures a digit
        # away from it fitting says no more than that some figure near it would (two digits
        # swapped, a handful of candidates, still tie them)
        return True
    digits = "".join(ch for ch in v.stated_text if ch.isdigit()).lstrip("0")
    return v.diagnosis is not None and v.diagnosis.code == "mistyped-digit" and len(digits) < 2


_CLOSING = (".", "!", "?", '"', "”", "'", "’")


def _in_headline_line(doc: Document, pos: int) -> bool:
    """Whether ``pos`` is on the article's first line and that line is a headline: no closing stop."""
    end = doc.norm.find("\n")
    line = doc.norm if end < 0 else doc.norm[:end]
    return pos < len(line) and not line.rstrip().endswith(_CLOSING)


def headline_cut(doc: Document, verdicts: Iterable[Verdict]) -> list[Verdict]:
    """A headline that restates a body figure cut short ("up 180%" over a body's 180.7%), or
    computes a rate cut short ("sales drop by 55%" for 55.5%), follows headline style more often
    than it slips: unverifiable, with the rounded figure named. In the body the same cut stays
    inconsistent."""
    first = doc.sentences[0] if doc.sentences else None
    out = []
    for v in verdicts:
        if (
            first is not None
            # (a rate the headline computes itself, only in a headline proper: a line with no
            # closing stop, not a lead sentence)
            and (v.code == "FC107" or (v.code == "FC101" and _in_headline_line(doc, v.start)))
            and v.status is Status.INCONSISTENT
            and v.diagnosis is not None
            and v.diagnosis.code == "truncated"
            and first.start <= v.start < first.end
            and first.paragraph == 0
        ):
            v = replace(
                v,
                status=Status.UNVERIFIABLE,
                message=f"{v.message}; in a headline a figure cut short may be house style, so check it"
                + (f" (rounded it reads {v.suggestion})" if v.suggestion else ""),
            )
        out.append(v)
    return out


def headline_echo(doc: Document, verdicts: list[Verdict]) -> list[Verdict]:
    """A headline that repeats a body figure ("sales up 20.1%" over a body's "a 20.1 percent
    growth") repeats its slip too: the alarm sits once, at the body figure whose own figures it was
    judged against. The headline's is unverifiable and points there (never a tick: its arithmetic
    is just as wrong)."""

    def same_claim(v: Verdict) -> tuple[object, ...]:
        return (v.code, v.stated, tuple((e.quantity.start, e.quantity.end) for e in v.evidence))

    body = {
        same_claim(v): v for v in verdicts if v.status is Status.INCONSISTENT and not _in_headline_line(doc, v.start)
    }
    # ... and a headline figure the body states to the same digits, there consistent with its own
    # figures, was paired with the wrong ones ("Car sales flat; passenger vehicles up 6.38%" over a lead
    # whose passenger vehicles rose 6.38% and whose cars rose 0.46%): the alarm would be the pairing's
    right = {
        (v.code, v.stated): v
        for v in verdicts
        if v.status is Status.CONSISTENT and v.stated is not None and not _in_headline_line(doc, v.start)
    }
    out = []
    for v in verdicts:
        if v.status is Status.INCONSISTENT and _in_headline_line(doc, v.start):
            if (said := body.get(same_claim(v))) is not None:
                line, col = doc.line_col(said.start)
                v = _lowered(v, f"{v.message}; the headline repeats the figure at {line}:{col}, reported there")
            elif (copy := right.get((v.code, v.stated))) is not None and _same_digits(doc, v, copy):
                line, col = doc.line_col(copy.start)
                v = _lowered(
                    v,
                    f"{v.message}; but the body states the same figure at {line}:{col}, where its own figures"
                    " give it, so the headline may be about those",
                )
        out.append(v)
    return out


def _same_digits(doc: Document, a: Verdict, b: Verdict) -> bool:
    """Two stated figures written to the same digits ("6.38%" and "6.38 percent")."""
    return re.sub(r"\D", "", doc.text[a.start : a.end]) == re.sub(r"\D", "", doc.text[b.start : b.end])


def on_the_half(doc: Document, verdicts: list[Verdict]) -> list[Verdict]:
    """A rate whose exact value sits on the half of its last written digit ("+42%" for 42.504%,
    "276pc" for 276.502%) is rounded half down or to even, not cut off: consistent, saying so.
    (A figure cut off well past the half, "7.1%" for 7.165%, stays a slip.) The consistent message
    keeps the rules' own "computed, not stated" wording up to its ", not"."""
    by_span = {(q.start, q.end): q for q in doc.quantities}
    out = []
    for v in verdicts:
        q = by_span.get((v.start, v.end)) if v.status is Status.INCONSISTENT else None
        if q is not None and q.hedge is None and q.unit in ("percent", "pp") and v.computed is not None:
            steps = abs(v.computed) * 10**q.decimals
            head, sep, _ = v.message.partition(", not ")
            if sep and abs(steps % 1 - 0.5) < _HALF_WAY and math.isclose(int(steps), abs(q.value) * 10**q.decimals):
                exact = f"{abs(v.computed):.{q.decimals + 2}f}"
                v = replace(
                    v,
                    status=Status.CONSISTENT,
                    message=f"{head}; the article says {q.text.strip()}, {exact} rounded down from the half",
                )
        out.append(v)
    return out


_HALF_WAY = 0.005  # how near the half, in units of the last written digit ("42.504" to "42")


def _cut_or_rounded(v: Verdict, by_span: dict[tuple[int, int], Quantity]) -> str | None:
    """What a verdict shows of the article's way with its last digit: "cut" for a figure cut
    off ("32%" for 32.98%), "rounded" for a consistent percent rounded up from exact counts
    ("24.1%" for 24.06%, which cutting off would give as 24.0%), else None."""
    q = by_span.get((v.start, v.end))
    if v.diagnosis is not None and v.diagnosis.code == "truncated":
        # (a figure whose digits are right and only its unit word wrong, "6.6 percent" for 6.6
        # points, is cut off from nothing)
        right = q is not None and v.computed is not None and round_half_up(abs(v.computed), q.decimals)
        return "cut" if q is not None and not math.isclose(right, abs(q.value), abs_tol=1e-9) else None
    if (
        v.status is not Status.CONSISTENT
        or q is None
        or q.hedge is not None
        or q.unit not in ("percent", "pp")
        or v.computed is None
        or not all(e.quantity.lo == e.quantity.hi for e in v.evidence if e.quantity.is_amount)
    ):
        return None
    steps = abs(v.computed) * 10**q.decimals
    # (well past the half, so that no rounding of the figures compared could have cut it off)
    if 0.55 <= steps % 1 and math.isclose(math.ceil(steps), abs(q.value) * 10**q.decimals):
        return "rounded"
    return None


def _operands(v: Verdict) -> tuple[object, ...]:
    return (v.code, *((e.quantity.start, e.quantity.end) for e in v.evidence))


def house_rounding(doc: Document, verdicts: list[Verdict]) -> list[Verdict]:
    """Whether a figure cut off instead of rounded is a slip depends on the article's own way
    with its last digit. One figure cut off ("7.1%" for 7.165%) is a slip, the more so when the
    article rounds up elsewhere ("24.1%" for 24.06%): inconsistent. An article that cuts off two
    figures or more, more often than it rounds one up, writes that way: each is unverifiable, with
    the rounded figure named (never a tick: the arithmetic still says otherwise)."""
    by_span = {(q.start, q.end): q for q in doc.quantities}
    seen = [_cut_or_rounded(v, by_span) for v in verdicts]
    # (one figure cut off in the headline and again in the body, of the same operands, is one cut)
    cuts = {_operands(v) for v, way in zip(verdicts, seen, strict=True) if way == "cut"}
    cut, rounded = len(cuts), seen.count("rounded")
    if cut < 2 or rounded >= cut:
        return verdicts
    out = []
    for v, way in zip(verdicts, seen, strict=True):
        if way == "cut" and v.status is Status.INCONSISTENT:
            v = _lowered(
                v,
                f"{v.message}; the article cuts off {cut} figures and rounds {rounded or 'none'} up, so this "
                "may be its house style",
            )
        out.append(v)
    return out


def judge(doc: Document, verdicts: list[Verdict], run: Run) -> list[Verdict]:
    verdicts = on_the_half(doc, verdicts)
    verdicts = soften_round(doc, verdicts, run)
    verdicts = open_bounds(doc, verdicts, run)
    verdicts = one_role(verdicts)
    verdicts = blame_unsupported(verdicts)
    return headline_echo(
        doc, house_rounding(doc, headline_cut(doc, weak_pairing(unlisted_remainder(explain(doc, verdicts)))))
    )
