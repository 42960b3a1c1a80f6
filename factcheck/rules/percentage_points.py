"""A change between two percentages is stated in percentage points, and must add up.

*What it checks*: a share, rate or margin that moves between two stated levels
("market share rose from 12.1% to 14.3%", "fell to 17.3% from 23.1%") and the
change stated with it. Two levels set side by side ("a margin of 14.2%,
compared with 11.9% a year earlier") count only when the second is dated to an
earlier period and the change follows them directly. A level with the earlier
one in brackets ("to 18.7% (prior year: 16.6%)") is a move too, and so is a
level set against another by a comparative ("At 7.8%, the share was 1.6
points below the 9.4% of a year earlier"), whose word gives the direction;
bare "points" before such a comparison are percentage points. A change in percentage
points must equal the difference of the levels (14.3 - 12.1 = 2.2 points)
within their rounding. A
change stated in percent that equals the difference rather than the relative
change ("from 12.1% to 14.3%, up 2.2 percent") confuses the two, and so does a
change in points that equals the relative change ("up 18.2 percentage
points"); both are inconsistent, with the right figure in the message (a
hedged percent, "down almost 11%", that fits the points is unverifiable: loose
talk of the gap as often as a confusion). A
change in points with no stated baseline ("up 3.9 percentage points on a
year earlier") is unverifiable.

*Why it matters*: a share going from 12.1% to 14.3% grew by 18.2 percent but
by only 2.2 percentage points; swapping the two misstates the change by a
factor of eight and is one of the commonest errors in market-share reporting.

*Inconsistent*: "Its market share rose from 12.1% to 14.3%, up 2.2 percent."
(2.2 percentage points; in percent it is +18.2%)

*Consistent*: "Diesel's share slid to 17.3% from 23.1%, down 5.8 percentage points."
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck import arith
from factcheck import frames as fr
from factcheck.context import direction_of
from factcheck.document import Document, Sentence
from factcheck.lexicon import MONTH, SAME_SPAN
from factcheck.model import Evidence, Quantity, Status, Verdict
from factcheck.reading import Reading
from factcheck.rules.base import Rule, verdict

_FROM = re.compile(r"\bfrom\s+(?:a\s+|an\s+)?(?:[a-z\-]+\s+){0,2}$", re.IGNORECASE)
_TO = re.compile(r"\bto\s+(?:a\s+|an\s+)?(?:[a-z\-]+\s+){0,2}$", re.IGNORECASE)
# Words that make the percents levels of a share-like measure.
_SHARE = re.compile(
    r"\b(?:share|penetration|rate|margin|proportion|percentage|ratio|portion|accounted|accounting|"
    r"slice|mix)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Move:
    frm: Quantity
    to: Quantity
    # "14.2%, compared with 11.9% a year earlier": two levels set side by side rather than a
    # move; only a change stated right with them is theirs
    side_by_side: bool = False
    # the direction the comparison word gives ("1.6 points below the 9.4%"), 0 when it gives none
    sign: int = 0


# "compared with 11.9% in the third quarter of 2024": the other level is an earlier period's
_COMPARED = re.compile(
    # the first level may carry its own period: "14.2% in the third quarter, compared with ..."
    # (and what it is a share of: "23.4% of sales in May, compared with ...")
    r"(?:\s{1,3}of\s(?:the\s|all\s|its\s)?[a-z][a-z -]{0,30}?)?"
    r"(?:\s{1,3}(?:in|for|during)\s(?:the\s)?[a-z][a-z -]{0,30}?)?"
    r"\s{0,3},?\s{0,3}(?:compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:a\s+|an\s+)?",
    re.IGNORECASE,
)
_EARLIER = re.compile(
    r"\s{0,3}(?:a\s+(?:year|month|quarter)\s+(?:earlier|ago|before)|last\s+(?:year|month|quarter)|"
    r"the\s+(?:previous|prior|preceding)\s+(?:year|quarter|month)|"
    rf"(?:in|for|during)\s+(?:the\s+)?(?:{SAME_SPAN}|"
    r"(?:first|second|third|fourth)\s+(?:quarter|half)|"
    r"Q[1-4]|H[12]|(?:19|20)\d\d|(?:previous|prior|last)\s+(?:year|quarter|month)|"
    rf"{MONTH})\b)"
    r"(?:\s+(?:of\s+)?(?:19|20)\d\d\b|\s+last\s+year\b)?",
    re.IGNORECASE,
)


# What a share is of, its period, then the level it moved from: " of the market in May, up from "
_SHARE_UP_FROM = re.compile(
    r"\s{1,3}of\s(?:the\s|all\s|its\s)?[a-z][a-z -]{0,30}?(?:\s(?:in|for|during)\s(?:the\s)?[a-z][a-z -]{0,30}?)?"
    r",?\s{1,3}(?:up|down)\s+from\s+(?:a\s+|an\s+|the\s+)?",
    re.IGNORECASE,
)


def _levels(doc: Document, sent: Sentence) -> list[Move]:
    """ "from X% to Y%", "to Y% from X%" in one sentence."""
    text = doc.norm
    pcts = [q for q in doc.in_sentence(sent.index) if q.unit == "percent"]
    moves: list[Move] = []
    for a, b in itertools.pairwise(pcts):
        gap = text[a.end : b.start]
        if len(gap) > 40 or re.search(r"[;]|\d", gap):
            continue
        a_from = _FROM.search(text[max(sent.start, a.start - 30) : a.start])
        a_to = _TO.search(text[max(sent.start, a.start - 30) : a.start])
        if a_from and _TO.search(text[a.end : b.start]):
            moves.append(Move(a, b))
        elif a_to and _FROM.search(text[a.end : b.start]):
            moves.append(Move(b, a))
        elif _COMPARED.fullmatch(gap) and _EARLIER.match(text, b.end, sent.end):
            moves.append(Move(b, a, side_by_side=True))
        elif _PRIOR_IN_BRACKETS.fullmatch(gap):
            moves.append(Move(b, a))  # "to 18.7% (prior year: 16.6%)"
        elif _SHARE_UP_FROM.fullmatch(gap):
            moves.append(Move(b, a))  # "took 23.4% of the market in May, up from 18.1%"
    # "a 17.3% share, down 5.8 percentage points from 23.1%", "a 31.4% share, a 1.3 percentage point
    # drop from 32.7%"; the level may close the sentence before: "... holds 9.2% of the market. Its
    # share gained 0.8 percentage points, up from 8.4%"
    qs = doc.in_sentence(sent.index)
    for i, p in enumerate(qs):
        if p.unit != "pp" or i + 1 >= len(qs):
            continue
        base = qs[i + 1]
        level = qs[i - 1] if i else _level_just_before(doc, sent)
        if level is None or level.unit != "percent" or base.unit != "percent":
            continue
        if i and not re.fullmatch(r"[^.;\d]{0,30}", text[level.end : p.start]):
            continue
        if not _POINTS_FROM.fullmatch(text, p.end, base.start):
            continue
        if all(m.frm is not base and m.to is not level for m in moves):
            moves.append(Move(base, level))
    # "At 7.8%, its share was 1.6 points below the 9.4% of a year earlier": the level of the
    # clause set against the one after the comparative
    for i, p in enumerate(qs):
        if p.unit != "pp" or i + 1 >= len(qs) or qs[i + 1].unit != "percent":
            continue
        cm = _POINTS_COMPARED.fullmatch(text, p.end, qs[i + 1].start)
        levels = [q for q in qs[:i] if q.unit == "percent"]
        if cm is None or not levels or any(q.unit in ("percent", "pp") for q in qs[qs.index(levels[-1]) + 1 : i]):
            continue
        level, base = levels[-1], qs[i + 1]
        if re.search(r"[;]|\d", text[level.end : p.start]) or p.start - level.end > 90:
            continue
        if all(m.frm is not base and m.to is not level for m in moves):
            moves.append(Move(base, level, sign=-1 if cm.group("down") else 1))
    return moves


_POINTS_FROM = re.compile(
    r"\s{0,3},?\s{0,3}(?:(?:increase|decrease|rise|drop|decline|gain|fall|improvement|up|down)\s{1,3})?"
    r"(?:from|compared\s+(?:with|to))\s{1,3}(?:a\s+|an\s+)?",
    re.IGNORECASE,
)
# the subject of a sentence that moves a share: "Orla's share rose by", "Its market share fell by"
_SHARE_MOVED = re.compile(
    r"^\W{0,3}(?:[A-Z][\w&-]{0,20}(?:\s[A-Z][\w&-]{0,20})?['’]s?|(?i:its|their|the))\s(?:market\s)?shares?\s"
    r"(?:[a-z]{2,12}\s){0,2}$"
)


def _level_just_before(doc: Document, sent: Sentence) -> Quantity | None:
    """The share the sentence before closes on, when this sentence moves a share and names no level
    of its own before the move: "Orla ranks fourth, holding 9.2% of the market. Orla's share gained 0.8
    percentage points, up from 8.4%"."""
    qs = doc.in_sentence(sent.index)
    first = next((q for q in qs if q.unit == "pp"), None)
    if first is None or sent.index == 0 or not _SHARE_MOVED.match(doc.norm[sent.start : first.start]):
        return None
    prev = doc.sentences[sent.index - 1]
    pcts = [q for q in doc.in_sentence(prev.index) if q.unit == "percent"]
    if prev.paragraph != sent.paragraph or len(pcts) != 1 or not pcts[0].exact:
        return None
    level = pcts[0]
    if direction_of(doc, level, prev.start).sign or not _SHARE.search(
        doc.norm, level.end, min(prev.end, level.end + 25)
    ):
        return None  # a change, or a percent that is no share
    return level


_PRIOR_IN_BRACKETS = re.compile(
    r"\s{0,3}\(\s{0,3}(?:(?:prior|previous|last)\s(?:year|quarter|month|period)|a\s(?:year|month)\s(?:earlier|ago)|"
    r"vs\.?|versus)\s{0,3}:?\s{0,3}",
    re.IGNORECASE,
)
_POINTS_COMPARED = re.compile(
    r"\s{1,3}(?:(?P<down>below|under|lower\s+than|short\s+of)|above|over|higher\s+than)\s{1,3}"
    r"(?:(?:the|a|an|its|last\s+year['’]s)\s{1,3})?",
    re.IGNORECASE,
)


def _changes_near(doc: Document, sent: Sentence, move: Move) -> list[Quantity]:
    """Changes stated with the move: in its clause, before or after it."""
    lo = min(move.frm.start, move.to.start)
    hi = max(move.frm.end, move.to.end)
    seg = fr.segment(doc, sent, lo)
    seg_hi = fr.segment(doc, sent, hi)
    out = []
    for q in doc.in_sentence(sent.index):
        if q in (move.frm, move.to) or q.unit not in ("percent", "pp"):
            continue
        if not (seg[0] <= q.start and q.end <= seg_hi[1]):
            continue
        if q.unit == "percent" and direction_of(doc, q, seg[0]).sign == 0:
            continue  # another level, not a change
        if abs(q.start - hi) > 80 and abs(lo - q.end) > 80:
            continue
        out.append(q)
    return out


def _is_share_like(doc: Document, sent: Sentence, move: Move) -> bool:
    window = doc.norm[max(sent.start, min(move.frm.start, move.to.start) - 90) : max(move.frm.end, move.to.end)]
    return bool(_SHARE.search(window))


def _adjacent(doc: Document, ch: Quantity, move: Move) -> bool:
    """The change is said of the move itself: right after it, or right before its "from"."""
    lo = min(move.frm.start, move.to.start)
    hi = max(move.frm.end, move.to.end)
    return _nothing_between(doc.norm[hi : ch.start] if ch.start >= hi else doc.norm[ch.end : lo])


def _nothing_between(gap: str) -> bool:
    """A few words with no figure and no new clause: the change is said of these levels."""
    return len(gap) <= 40 and not re.search(r"\d|\b(?:as|while|when|and|but)\b", gap)


def _said_after(doc: Document, ch: Quantity, move: Move) -> bool:
    """ "14.2%, compared with 11.9% a year earlier, an improvement of 2.3 points": the change
    follows the earlier period's level and its date, with nothing between."""
    after = _EARLIER.match(doc.norm, move.frm.end)
    if after is None or ch.start < after.end():
        return False
    return _nothing_between(doc.norm[after.end() : ch.start])


def check(r: Reading) -> Iterator[Verdict]:
    doc = r.doc
    used: set[int] = set()
    for sent in doc.sentences:
        for move in _levels(doc, sent):
            frm, to = move.frm, move.to
            diff_iv = arith.sub((to.lo, to.hi), (frm.lo, frm.hi))
            diff = to.value - frm.value
            rel_iv = arith.percent_change((to.lo, to.hi), (frm.lo, frm.hi))
            rel = (to.value - frm.value) / frm.value * 100 if frm.value else None
            ev = (Evidence("from", frm), Evidence("to", to))
            for ch in _changes_near(doc, sent, move):
                if move.side_by_side and not (_said_after(doc, ch, move) and _is_share_like(doc, sent, move)):
                    continue
                used.add(ch.start)
                sign = move.sign or direction_of(doc, ch, sent.start).sign or (1 if diff > 0 else -1)
                stated_iv = ch.directed(sign)
                shown = f"{'+' if sign > 0 else '-'}{abs(ch.value):g}"
                arithmetic = f"{to.value:g} - {frm.value:g} = {diff:+.2f} points"
                if ch.unit == "pp":
                    if arith.overlaps(diff_iv, stated_iv):
                        yield verdict(
                            RULE,
                            Status.CONSISTENT,
                            ch,
                            f"{frm.text} to {to.text} is {diff:+.2f} percentage points; the article says {ch.text}",
                            ev,
                            stated_value=sign * abs(ch.value),
                            computed=diff,
                            arithmetic=arithmetic,
                        )
                    elif rel_iv is not None and arith.overlaps(rel_iv, stated_iv):
                        yield verdict(
                            RULE,
                            Status.INCONSISTENT,
                            ch,
                            f"{frm.text} to {to.text} is {diff:+.2f} percentage points; {shown} is the relative"
                            f" change in percent ({rel:+.1f}%), not in points",
                            ev,
                            stated_value=sign * abs(ch.value),
                            computed=diff,
                            arithmetic=arithmetic,
                        )
                    else:
                        yield verdict(
                            RULE,
                            Status.INCONSISTENT,
                            ch,
                            f"{frm.text} to {to.text} is {diff:+.2f} percentage points, not {ch.text}",
                            ev,
                            stated_value=sign * abs(ch.value),
                            computed=diff,
                            arithmetic=arithmetic,
                        )
                    continue
                # A change in percent next to two percentage levels.
                if rel_iv is not None and arith.overlaps(rel_iv, stated_iv):
                    continue  # a correct relative change: the percent-change rule reports it
                said_with = _said_after(doc, ch, move) if move.side_by_side else _adjacent(doc, ch, move)
                if arith.overlaps(diff_iv, stated_iv) and _is_share_like(doc, sent, move) and said_with:
                    # (a round, hedged figure, "declined by almost 11%" from 84.20% to 73.30%, is loose
                    # talk of the gap as often as a confusion of the two measures)
                    advice = (
                        "fits the points, not the percent: say percentage points"
                        if ch.hedge
                        else f"should read {abs(diff):.{max(ch.decimals, 1)}f} percentage points"
                    )
                    yield verdict(
                        RULE,
                        Status.UNVERIFIABLE if ch.hedge else Status.INCONSISTENT,
                        ch,
                        f"{frm.text} to {to.text} is {diff:+.2f} percentage points ({rel:+.1f}% in relative terms);"
                        f" '{ch.text}' {advice}",
                        ev,
                        stated_value=sign * abs(ch.value),
                        computed=diff,
                        arithmetic=arithmetic,
                    )
    # Points with no baseline: "up 3.9 percentage points on a year earlier".
    for q in doc.quantities:
        if q.unit == "pp" and q.start not in used:
            yield verdict(
                RULE,
                Status.UNVERIFIABLE,
                q,
                f"{q.text}: the article does not state both levels it compares",
            )


RULE = Rule(code="FC108", name="percentage-points", type="percentage_points", check=check, doc=__doc__ or "")
