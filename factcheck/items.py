"""Figures as restatement items: every level, rate, multiple and word figure that may
restate another, read once per document.

The restatement rule (FC107) pairs them; the multiple rule (FC108) reads them to know a
figure's comparison. Nothing here makes a verdict."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from factcheck.context import compatible, in_parentheses_after_amount, range_ends
from factcheck.document import Document, Sentence
from factcheck.frames import Frame, FrameIndex, basis_of, other_metric, segment
from factcheck.growths import Growth, without_description
from factcheck.lexicon import (
    FALL,
    FORMER_RECORD,
    FUTURE_WORDS,
    PLANNING_WORDS,
    PROJECTION,
    RISE,
    TOTAL_AFTER,
    TOTAL_BEFORE,
    VERSUS,
    alt,
)
from factcheck.model import Quantity
from factcheck.numbers import written_step
from factcheck.words import WordFigure, iter_ratio_words, iter_word_figures


@dataclass(frozen=True, slots=True)
class Item:
    kind: str  # "count", a currency code, "change", "plevel", "multiple"
    start: int
    end: int
    text: str
    value: float  # for "change": signed percent; "multiple": the factor
    lo: float
    hi: float
    hedge: str | None
    q: Quantity | None  # None for a word figure
    # Built on first use: only pairs whose values agree or differ like a typo need it.
    frame_src: Callable[[], Frame]
    sentence: int
    basis: str | None = None
    attached: frozenset[float] = frozenset()  # a change's current level, a level's changes
    level: tuple[float, float] | None = None  # a change's current level, as the interval it stands for
    base_of: str | None = None  # a growth rate's baseline: the comparison it is the base of
    lead: bool = False  # in the headline, dek or first paragraph
    headline: bool = False  # the title line, a paragraph of one sentence that opens the article
    lede: bool = False  # in the paragraph right after the title line, the one a headline sums up
    summary: bool = False  # a point of the list that opens the article, before its body
    total_of: int | None = None  # a list's total row: the sentence that introduces the list
    projected: bool = False  # a level its clause expects, plans or forecasts, not one reached
    former: bool = False  # a record an earlier figure set ("the previous best was 3,040")

    @property
    def frame(self) -> Frame:
        return self.frame_src()


_COMPARED_WITH = re.compile(rf"(?<![\w-])(?:from|than|{VERSUS})\s++(?:the\s++|its\s++)?$", re.IGNORECASE)


def items(doc: Document, frames: FrameIndex, growths: tuple[Growth, ...]) -> tuple[Item, ...]:
    """Every figure that may restate another, with the comparison or level it belongs to."""
    text = doc.norm
    out: list[Item] = []
    growth = {g.stated.start: g for g in growths}
    attached_change: dict[int, set[float]] = {}
    bases: dict[int, str] = {}
    # a growth rate's comparison, read once for its baseline and once for itself
    basis_at = functools.cache(lambda q, limit: basis_of(doc, q, limit))
    for g in growth.values():
        # a baseline the rate introduces ("up 5% from 7,900") belongs to that comparison; one stated
        # before the rate or in a sentence of its own ("it sold 271,156 in 2022, and the target
        # implies an 84.4 percent increase") is a level of its own period, and may be restated
        if g.baseline is not None and g.baseline.sentence == g.stated.sentence and g.baseline.start > g.stated.start:
            st = g.stated
            bases[g.baseline.start] = basis_at(st, doc.sentences[st.sentence].end) or "?"
        if g.current is not None:
            attached_change.setdefault(g.current.start, set()).add(g.sign * abs(g.stated.value))
    # a figure a comparison word introduces after a level of its sentence ("at 43,485 units showed a
    # decline from the 43,805 sold in February last year") is that level's baseline, rate or none
    for sent in doc.sentences:
        qs = [q for q in doc.in_sentence(sent.index) if q.is_amount]
        for prev, q in itertools.pairwise(qs):
            if q.start not in bases and _COMPARED_WITH.search(text, max(prev.end, q.start - 40), q.start):
                bases[q.start] = "?"
    lead = functools.cache(lambda index: _in_lead(doc, index))
    headline = _headline(doc)
    lede_paragraph = _lede_paragraph(doc) if headline is not None else None
    points = _opening_points(doc)
    totals = functools.cache(lambda index: _list_intro(doc, index))

    def add(
        kind: str,
        src: Quantity | WordFigure,
        value: float,
        lo: float,
        hi: float,
        fr: Callable[[], Frame],
        sentence: int,
        **kw: Any,
    ) -> None:
        q = src if isinstance(src, Quantity) else None
        if q is not None:
            fr = functools.partial(_described, doc, q, fr)
        out.append(
            Item(
                kind,
                src.start,
                src.end,
                src.text,
                value,
                lo,
                hi,
                src.hedge,
                q,
                fr,
                sentence,
                lead=lead(sentence),
                headline=sentence == headline,
                lede=doc.sentences[sentence].paragraph == lede_paragraph,
                summary=sentence in points,
                total_of=totals(sentence),
                **kw,
            )
        )

    bounds = range_ends(doc)
    for q in doc.quantities:
        sent = doc.sentences[q.sentence]
        nxt = next((r.start for r in doc.in_sentence(q.sentence) if r.start > q.start), sent.end)
        # ("its chief sees the share climbing to 30 per cent": a level foreseen, not one reached; a
        # change foreseen is restated as one seen: "sees sales up 7%" over "expects sales to rise 7%")
        clause = segment(doc, sent, q.start)[0]
        projected = (
            _PROJECTED.search(text, clause, q.start) is not None
            # ("1,620 extra permits to be made available from May": a passive infinitive after it)
            or _TO_BE_DONE.match(text, q.end, min(nxt, segment(doc, sent, q.start)[1])) is not None
        )
        former = FORMER_RECORD.search(text, clause, q.start) is not None
        if q.unit == "percent":
            g = growth.get(q.start)
            if g is not None:
                cur = g.current
                # the level of the rate's own sentence says what it counts: its current, else its
                # baseline ("sold 271,156 in 2022, and the target implies an 84.4 percent increase")
                base = g.baseline
                anchor = (
                    cur
                    if cur is not None and cur.sentence == q.sentence
                    else base
                    if base is not None and base.sentence == q.sentence and base.end <= q.start
                    else q
                )
                fr = (
                    functools.partial(frames.frame, q.start, q.end, nxt)
                    if anchor is q
                    else functools.partial(_level_and_rate, frames, anchor, q, nxt)
                )
                sign = g.sign
                lo, hi = q.directed(sign)
                attached = frozenset({cur.value}) if cur is not None else frozenset()
                level = (cur.lo, cur.hi) if cur is not None else None
                basis = basis_at(q, sent.end)
                add(
                    "change",
                    q,
                    sign * abs(q.value),
                    lo,
                    hi,
                    fr,
                    q.sentence,
                    basis=basis,
                    attached=attached,
                    level=level,
                )
            else:
                fr = functools.partial(frames.frame, q.start, q.end, nxt)
                add("plevel", q, q.value, q.lo, q.hi, fr, q.sentence, projected=projected, former=former)
            continue
        if q.unit == "multiple":
            add("multiple", q, q.value, q.lo, q.hi, functools.partial(frames.frame, q.start, q.end, nxt), q.sentence)
            continue
        if q.unit not in ("count", None) and not q.is_currency:
            continue
        if abs(q.value) < 100 or in_parentheses_after_amount(doc, q):
            continue
        if q.start in bounds:
            continue  # "estimates ranging from 414,000 to 469,000": a bound of a range, no figure stated
        if q.unit is None and q.noun is None and not q.hedge and bare_line(doc, sent) and totals(q.sentence) is None:
            continue  # a table cell: no words to say what it counts (a total row has its list's intro)
        fr = functools.partial(frames.frame, q.start, q.end, nxt)
        kind = q.unit if q.is_currency else "count"
        attached = frozenset(attached_change.get(q.start, ()))
        add(
            kind,
            q,
            q.value,
            q.lo,
            q.hi,
            fr,
            q.sentence,
            attached=attached,
            base_of=bases.get(q.start),
            projected=projected,
            former=former,
        )
    # word figures: "up almost a quarter", "more than twice as many"
    for sent in doc.sentences:
        for w in iter_word_figures(text, sent.start, sent.end):
            fr = functools.partial(frames.frame, w.start, w.end)
            basis = basis_of(doc, _fake(w.start, w.end), sent.end)
            if w.kind != "fraction":
                add("multiple", w, w.value, w.lo, w.hi, fr, sent.index, basis=basis)
                continue
            dm = _FRACTION_DIRECTION.search(text[max(sent.start, w.start - 40) : w.start])
            if not dm:
                continue
            sign = 1 if dm.group("up") else -1
            lo, hi = (w.lo, w.hi) if sign > 0 else (-w.hi, -w.lo)
            add("change", w, sign * w.value, lo, hi, fr, sent.index, basis=basis)
        # "one in four cars", "almost one in every five": a share said in words
        for w in iter_ratio_words(text, sent.start, sent.end):
            add("plevel", w, w.value, w.lo, w.hi, functools.partial(frames.frame, w.start, w.end), sent.index)
    out.sort(key=lambda i: i.start)
    return tuple(out)


# "Analysts were expecting about 295,000", "a target of 1.8 million": a level foreseen, which
# the level reached ("delivered 254,695") does not restate ("than expected" compares with one)
_TO_BE_DONE = re.compile(
    r"[^\d;.]{0,60}?\b(?:is|are)?\s*+to\s++be\s++[a-z]{1,13}?(?:ed|en|wn|ld|de|lt|ut|et)\b", re.IGNORECASE
)
_PROJECTED = re.compile(rf"(?<!than )(?<!as )\b(?:{alt(FUTURE_WORDS + PLANNING_WORDS)}|{PROJECTION})\b", re.IGNORECASE)

# "climbed almost a quarter", "fell by a third": the verb that makes a fraction a change
_FRACTION_DIRECTION = re.compile(
    rf"\b(?:(?P<up>up|{RISE})|(?P<down>down|{FALL}))\b[^.,;\d]{{0,20}}$",
    re.IGNORECASE,
)


def _level_and_rate(frames: FrameIndex, level: Quantity, rate: Quantity, nxt: int | None) -> Frame:
    """A rate's frame is its level's, with the class of vehicle the rate's own clause names when the
    level's words name none ("At 5,120 units, sales of electric cars rose 44%")."""
    own = frames.frame(level.start, level.end)
    if own.powertrain is None:
        said = frames.frame(rate.start, rate.end, nxt).powertrain
        if said is not None:
            return replace(own, powertrain=said)
    return own


def _described(doc: Document, q: Quantity, frame: Callable[[], Frame]) -> Frame:
    return without_description(doc, q, frame())


def _headline(doc: Document) -> int | None:
    """The title line: a short first paragraph of one sentence with a figure or two, no full
    stop, and more text after it (a line that lists five figures is a summary of its own, not
    a headline)."""
    sents = doc.sentences
    if (
        len(sents) >= 2
        and sents[0].paragraph != sents[1].paragraph
        and len(sents[0].text.split()) <= 20
        and len(doc.in_sentence(0)) <= 2
        and not sents[0].text.rstrip().endswith(".")  # a title has no full stop; a one-line lede has
    ):
        return 0
    return None


# A line between a title and its lede that is no text of the story: "Published: 23.02.2021",
# "By Jan Novak", "Updated 4 March 2024, 10:15"
_BYLINE = re.compile(
    r"(?:(?:published|updated|posted|last\s+updated|first\s+published)\b|by\s+[A-Z]|"
    r"\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d\b)",
    re.IGNORECASE,
)


def _lede_paragraph(doc: Document) -> int | None:
    """The paragraph a headline sums up: the one right after the title line, past a byline or a
    dateline of a line of its own."""
    sents = doc.sentences
    for s in sents[1:4]:
        line = s.text.strip()
        if _BYLINE.match(line) and len(line.split()) <= 8 and not line.endswith("."):
            continue
        return s.paragraph
    return sents[1].paragraph if len(sents) > 1 else None


def _in_lead(doc: Document, index: int) -> bool:
    """The headline, a dek and the first paragraph of text (the first three blocks at most)."""
    if index >= 5:
        return False
    paras = {s.paragraph for s in doc.sentences[: index + 1]}
    return len(paras) <= 3


# a list point: "- ", "* ", "• ", "1. " at the start of its line
_POINT = re.compile(r"[ \t]{0,20}(?:[-*•–]|\d{1,2}[.)])[ \t]{1,20}(?=\S)")


def _opening_points(doc: Document) -> frozenset[int]:
    """The sentences of the list of key points that opens an article ("- Registrations rise
    12.4% ..." over a body that says "registrations grew 12.4% in June"): list lines before any
    prose but a headline and a dek (a sentence each). A summary restates its body the way a headline does."""
    text = doc.norm
    out: set[int] = set()
    for s in doc.sentences:
        if _POINT.match(text, text.rfind("\n", 0, s.start) + 1):
            out.add(s.index)  # any sentence of a point's line
            continue
        if out:
            break
        if s.index >= 2:
            return frozenset()  # more prose before the list than a headline and a dek
    return frozenset(out)


# "ES6 (5-seat SUV): 2,936 (down 3%)", "- Total: 37,866": a labelled line of a list
# (matched at a line's start; the look-behind keeps a search over blank runs linear)
_ROW = re.compile(r"(?<![ \t])[ \t]*+(?:[-*•][ \t]+)?(?P<label>[A-Za-z][^:\n]{0,49}?):[ \t]*+[^\n]{0,12}?\d")
_TOTAL_ROW = re.compile(r"[ \t]{0,20}(?:[-*•][ \t]+)?(?:total|overall|combined|all\s+models)\b[^:\n\d]{0,20}:", re.I)
_HEADER = re.compile(r"[^\n\d]{1,60}:[ \t]*$")
# An indented line under a row ("    including 2,104 H9"): part of the list
_SUB_ROW = re.compile(r"^[ \t]{2,}+[a-z]")
_MAX_ROWS = 20


def _list_intro(doc: Document, index: int) -> int | None:
    """For the total row of a list ("Total: 37,866 (up 11.8% year-over-year)"), the sentence that
    introduces the list ("So far this year, Orvane sold over 37,000 electric cars:"): the prose
    sentence right before the list's labelled lines. Under a heading with no figure ("Sales by
    model:") it is the sentence right before the heading, when that one ends a paragraph of its
    own and gives figures."""
    text = doc.norm
    sent = doc.sentences[index]
    if not _TOTAL_ROW.match(text, text.rfind("\n", 0, sent.start) + 1):
        return None
    for j in range(index - 1, max(-1, index - _MAX_ROWS), -1):
        prev = doc.sentences[j]
        line = text[text.rfind("\n", 0, prev.start) + 1 : prev.end]
        if _ROW.match(line) or _SUB_ROW.match(line):
            continue
        if _HEADER.match(line):
            return _before_heading(doc, j)
        return j if doc.in_sentence(j) else None
    return None


def _before_heading(doc: Document, j: int) -> int | None:
    """The prose sentence that ends the paragraph right before heading ``j``, if it gives figures."""
    if j == 0:
        return None
    prev = doc.sentences[j - 1]
    line = doc.norm[doc.norm.rfind("\n", 0, prev.start) + 1 : prev.end]
    if _ROW.match(line) or _HEADER.match(line) or prev.paragraph == doc.sentences[j].paragraph:
        return None
    return j - 1 if doc.in_sentence(j - 1) else None


# "posted 70,327 units, exceeding 70,000 units", "sold 201,259 NEVs ..., the first time the
# number exceeded 200,000": a threshold said of the figure just given, in its own sentence.
_THRESHOLD_GAP = re.compile(
    r"^[^\d;:]{0,100}?(?:,|\band\b)\s*(?:(?:the\s+first|the\s+\w+\s+time|for\s+the\s+\w+\s+time)[^\d;:]{0,40}?"
    r"(?:it|(?:the|its|their)\s+(?:\w+\s+){0,2}(?:number|figure|total|tally|volume|sales|deliveries)|"
    r"sales|deliveries|registrations|volumes?)\s+(?:has\s+|had\s+)?"
    r")?(?:exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|top(?:ped|ping|s)?|cross(?:ed|ing|es)?|pass(?:ed|ing|es)?|"
    r"breaking|broke|over|above|more\s+than)\s+$",
    re.IGNORECASE,
)
_PASSED = r"(?:exceed|surpass|top|cross|pass)(?:ed|ped|es|s)?|broke|went\s+(?:past|over|above)"
# "This marks ..., making it the first time NIO has exceeded the 20,000 unit mark"; "It was the
# first month its deliveries crossed 20,000"; "That is the first time it has topped 20,000 units":
# a threshold passed, said in the sentence after the figure it is said of
_FIRST_TIME_BEFORE = re.compile(
    rf"\bthe\s+first\s+(?:time|month|quarter)\b[^.;:\d]{{0,60}}?\b(?:{_PASSED})\s+(?:the\s+)?$", re.IGNORECASE
)
_FIRST_TIME_AFTER = re.compile(r"[^.;:\d]{0,30}?\bfor\s+the\s+first\s+time\b", re.IGNORECASE)
_PASSED_BEFORE = re.compile(rf"\b(?:has\s+|had\s+)?(?:{_PASSED})\s+(?:the\s+)?$", re.IGNORECASE)
_POINTS_BACK = re.compile(r"^\W*(?:this|that|it|the\s+(?:figure|total|result|tally))\b", re.IGNORECASE)


def thresholds(doc: Document, frames: FrameIndex) -> list[tuple[Quantity, Quantity, bool]]:
    """(figure, threshold, in its own sentence) for every round threshold said to be passed by a
    figure: in its own sentence ("posted 70,327, exceeding 70,000"), or in the next sentence,
    which points back at the one level of its own kind the sentence before gives."""
    text = doc.norm
    out: list[tuple[Quantity, Quantity, bool]] = []
    for sent in doc.sentences:
        qs = doc.in_sentence(sent.index)
        for a, b in itertools.pairwise(qs):
            if a.hedge is not None or b.hedge not in ("more", "just-over") or not (a.is_amount and compatible(a, b)):
                continue
            if a.value <= 0 or (not b.round_half and b.value % 100):
                continue  # a threshold is a round figure
            said = b.text[: next((i for i, ch in enumerate(b.text) if ch.isdigit()), 0)]
            if _THRESHOLD_GAP.match(text[a.end : b.start] + said):
                out.append((a, b, True))
        levels = [q for q in qs if q.unit not in ("percent", "pp")]
        if sent.index == 0 or len(levels) != 1 or not _POINTS_BACK.match(sent.text):
            continue
        b, prev = levels[0], doc.sentences[sent.index - 1]
        if not b.is_amount or b.value % 1000 or prev.paragraph != sent.paragraph:
            continue
        before = text[max(sent.start, b.start - 120) : b.start]
        if not (
            _FIRST_TIME_BEFORE.search(before)
            or (_PASSED_BEFORE.search(before) and _FIRST_TIME_AFTER.match(text, b.end, sent.end))
        ):
            continue
        theirs = [q for q in doc.in_sentence(prev.index) if q.is_amount and not in_parentheses_after_amount(doc, q)]
        if len(theirs) != 1 or not theirs[0].exact or not compatible(theirs[0], b):
            continue
        a = theirs[0]
        if not other_metric(frames.frame(a.start, a.end), frames.frame(b.start, b.end)):
            out.append((a, b, False))
    return out


def _fake(start: int, end: int) -> Quantity:
    return Quantity(text="", value=0.0, unit=None, start=start, end=end)


def bare_line(doc: Document, sent: Sentence, most: int = 2) -> bool:
    """A line that is little more than figures ("Total: 12,734", "27,915")."""
    words = re.findall(r"[A-Za-z]{3,}", sent.text)
    if len(words) <= 2:
        return True
    # a labelled table row ("Total: 12,734 (up 50%)"), not a short headline ("Korvel sold 38,671 NEVs")
    return len(words) <= most and bool(re.search(r"[:|\t]", sent.text))


def twins_of(its: tuple[Item, ...]) -> set[int]:
    """The figures written identically, of the same kind, in another sentence too: a headline's
    "drop 33 percent" over the body's "dropped by 33 percent" restates that one, whatever its
    frames make of it, not a "36 percent" of another subject."""
    seen: dict[tuple[str, str, float], set[int]] = {}
    for i in its:
        if i.q is not None and i.hedge is None:
            seen.setdefault((i.kind, i.q.text.strip().lower(), i.value), set()).add(i.sentence)
    return {
        i.start
        for i in its
        if i.q is not None and i.hedge is None and len(seen[(i.kind, i.q.text.strip().lower(), i.value)]) > 1
    }


def written_alike(a: Item, b: Item) -> bool:
    """Two exact figures of four significant digits or more, written alike ("43 485" twice): one
    match of their frames is enough to call them one figure said twice. Only an agreeing pair is
    read so; two such figures that differ still need the full evidence to be called a slip."""
    qa, qb = a.q, b.q
    if qa is None or qb is None or qa.hedge or qb.hedge or qa.value != qb.value or not qa.exact or not qb.exact:
        return False
    return len(str(int(abs(qa.value))).rstrip("0")) >= 4


def restated_first(a: Item, b: Item) -> tuple[Item, Item]:
    """(stated, other) of two copies of one figure: the rounded or hedged copy is the restatement."""

    def loose(i: Item) -> bool:
        return i.hedge is not None or i.q is None

    if loose(b) and not loose(a):
        return b, a
    if not loose(a) and not loose(b) and a.q is not None and b.q is not None and a.q.unit == b.q.unit:
        # "KZT 49 billion" after "KZT 49.1 billion": the copy written to a coarser step restates
        # the finer one, wherever it stands
        if written_step(b.q) > written_step(a.q):
            return b, a
    return a, b


def as_quantity(i: Item) -> Quantity:
    """The item's figure as a quantity (a word figure, "nearly doubled", gets one of its own)."""
    if i.q is not None and i.q.start == i.start:
        return i.q
    return Quantity(text=i.text, value=i.value, unit=None, start=i.start, end=i.end, hedge=i.hedge)


_TOTAL_BEFORE = re.compile(TOTAL_BEFORE, re.IGNORECASE)
_TOTAL_AFTER = re.compile(TOTAL_AFTER, re.IGNORECASE)


def bare(i: Item) -> bool:
    """A small figure with no unit, no noun and no metric of its own ("went up to 619", "it was
    119"): such numbers count anything, and two of them alike are no evidence of one figure."""
    f = i.frame
    return (
        i.q is not None
        and i.q.unit is None
        and i.q.noun is None
        and abs(i.q.value) < 1000
        and not f.quals
        and f.measure is None
    )


def slice_and_total(doc: Document, a: Item, fa: Frame, b: Item, fb: Frame) -> bool:
    """``a`` counts one class of vehicles (a segment or powertrain) and ``b`` is named as the total
    of every class: a figure a digit apart is another figure, not a mistyped copy."""
    if not (fa.quals.get("segment") and not fb.quals.get("segment")) and not (fa.powertrain and not fb.powertrain):
        return False
    return bool(_TOTAL_BEFORE.search(doc.norm, max(0, b.start - 40), b.start) or _TOTAL_AFTER.match(doc.norm, b.end))
