"""A breakdown must add up to the total it breaks down.

*What it checks*: parts that the article presents as the pieces of a stated
total: BEVs + PHEVs = NEVs, passenger + commercial vehicles, domestic +
export sales, fleet + private + business registrations, sedans + SUVs + MPVs,
brands and sub-brands, models ("Keld delivered 1,204 K8s, 3,317 K6s and
2,591 K3s in June"), a "Label: figure" list closed by "Total: figure", and
"27,418 cars, comprising 9,806 from A, 12,975 from B and 4,637 from C", and a
figure for each named company followed by their sum ("A registered 14,230, B
9,870 and C 6,140. Together, the three brands registered 30,240"; the sum
must say it is of exactly those: "together", "a combined", "a total of", and a
number word that matches the list).
When every part also gives its year-ago or previous-period figure, those
must add up to the total's too. Parts are paired with a total only when they
measure the same thing (metric, period, company, and every other breakdown
tag); figures stated with rounding ("386,000") are compared as the interval
they stand for.

*Why it matters*: a breakdown that does not add up means one of its figures
was mistyped, and readers reuse breakdowns more than any other figure.

*Inconsistent*: "Orvane sold 38,881 NEVs in May: 38,264 passenger vehicles and
671 commercial vehicles." (38,264 + 671 = 38,935)

*Consistent*: "This includes 301,000 BEVs and 85,000 PHEVs." after "sales
came to 386,000 units in March" (301,000 + 85,000 = 386,000)

A list whose parts fall short of the total is only called inconsistent when
the list is closed ("comprising", "Total:", or a breakdown that names every
member, such as passenger and commercial); otherwise the missing part may
simply not have been named, and the claim is unverifiable.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck import arith
from factcheck.attribution import (
    Attribution,
    Record,
    attribute,
    metric_compatible,
    period_of,
    same_company,
    same_period,
)
from factcheck.document import Document
from factcheck.model import Evidence, Quantity, Status, Verdict
from factcheck.numbers import format_number
from factcheck.rules.base import Rule, verdict
from factcheck.words import SMALL

# The words between two parts of one list: ", ", " and ", ", and a staggering ".
_LIST_GAP = re.compile(
    r"^\s*(?:,\s*)?(?:and\s+|as\s+well\s+as\s+|plus\s+)?(?:(?:a|an|another|some|just|only|staggering|further)\s+){0,2}"
    r"(?:[A-Za-z\-]+\s+){0,3}$",
    re.IGNORECASE,
)
# Words that announce the parts of the figure before them.
_CUE_IN = re.compile(
    r"^[^\d.;]{0,70}?\b(?P<cue>comprising|comprised\s+of|consisting\s+of|made\s+up\s+of|split\s+(?:into|between)|"
    r"broken\s+down\s+into|including|which\s+included?|of\s+which|among\s+(?:them|which)|with)\b[^\d.;]{0,30}$|"
    r"^\s*(?P<colon>:|[-–—])\s*[^\d.;]{0,30}$",
    re.IGNORECASE,
)
_CLOSED_CUES = ("comprising", "comprised", "consisting", "made", "split", "broken", "colon")
_CUE_START = re.compile(
    r"^\s*(?:this|these|that|it)\s+(?:includes?|included|comprises?|comprised|consists?\s+of|consisted\s+of)\b|"
    r"^\s*(?:of|out\s+of|among)\s+(?:that|this|these|them|the\s+total|those)\b|^\s*included\s+(?:in|within)\b|"
    r"^\s*(?:by|broken\s+down\s+by)\s+(?:powertrain|segment|brand|model|type)\b",
    re.IGNORECASE,
)
_TOTAL_LABEL = re.compile(
    r"(?:^|\n)[ \t]*(?:[-*•][ \t]*)?(?:total|all\s+models|overall|in\s+total)[ \t]*:\s*$", re.IGNORECASE
)
# Families whose members, when all named, make the whole.
_CLOSED_SETS = {
    "segment": {"passenger", "commercial"},
    "market": {"domestic", "export"},
    "buyer": {"fleet", "private", "business"},
    "body": {"sedan", "SUV", "MPV"},
}
_MAX_BACK = 6  # sentences searched back for the total of a breakdown


@dataclass
class Group:
    parts: list[Record]
    family: str
    total: Record | None = None
    closed: bool = False
    how: str = ""


def _family(recs: list[Record]) -> str | None:
    """The tag family the records break down: present in all, with distinct members."""
    fams = set(recs[0].tags)
    for r in recs[1:]:
        fams &= set(r.tags)
    for fam in ("model", "brand", "powertrain", "segment", "market", "buyer", "body", "region"):
        if fam in fams and len({r.tags[fam] for r in recs}) == len(recs):
            return fam
    return None


def _others_agree(recs: list[Record], fam: str, strict: bool) -> bool:
    for other in {k for r in recs for k in r.tags} - {fam}:
        vals = {r.tags.get(other) for r in recs}
        if len(vals) > 1 and (strict or None not in vals or len(vals) > 2):
            return False
    return True


def _chains(att: Attribution) -> list[list[Record]]:
    """Runs of neighbouring records that break down one family."""
    doc = att.doc
    recs = att.records
    out: list[list[Record]] = []
    i = 0
    while i < len(recs):
        best: list[Record] = []
        for j in range(i + 1, len(recs)):
            a, b = recs[j - 1], recs[j]
            if b.sentence == a.sentence:
                gap = doc.norm[a.label_end : b.head.start]
                listed = bool(_LIST_GAP.match(gap))
                if not listed and not re.search(r"\b(?:while|whereas|and|but)\b|;", gap):
                    break
            elif b.sentence - a.sentence > 2:
                break
            cand = recs[i : j + 1]
            fam = _family(cand)
            if fam is None or not _others_agree(cand, fam, strict=b.sentence != a.sentence):
                break
            best = cand
        if len(best) >= 2:
            out.append(best)
            i += len(best)
        else:
            i += 1
    return out


def _compatible_total(att: Attribution, t: Record, parts: list[Record], fam: str) -> bool:
    if t in parts or fam in t.tags:
        return False
    for other in {k for r in parts for k in r.tags} | set(t.tags):
        if other == fam:
            continue
        pv = {r.tags.get(other) for r in parts}
        tv = t.tags.get(other)
        if tv is None and pv != {None}:
            return False  # the parts are a narrower slice than the total
        if tv is not None and pv != {tv}:
            if not (other == "segment" and tv == "passenger" and pv == {None}):
                return False
    if any(not metric_compatible(t.metric, r.metric) for r in parts):
        return False
    tp = period_of(att, t)
    if any(not same_period(tp, period_of(att, r)) for r in parts):
        return False
    if fam != "brand" and not all(
        same_company(att.context_company(t.sentence), att.context_company(r.sentence)) for r in parts
    ):
        return False
    return fam == "brand" or all(same_company(t.names, r.names) for r in parts)


def _find_total(att: Attribution, g: Group) -> None:
    doc = att.doc
    first = g.parts[0]
    sent = doc.sentences[first.sentence]
    before = [r for r in att.records_in(first.sentence) if r.head.start < first.head.start]
    # "27,418 cars in May, comprising 9,806 from ..."
    if before:
        t = before[-1]
        m = _CUE_IN.match(doc.norm[t.label_end : first.head.start])
        if m and t not in g.parts:
            # The cue governs the list that follows it in its own sentence, not figures of the
            # next sentences that happen to continue the family ("97,212 hybrids, including
            # 27,685 plug-ins. ... 63,047 petrol cars"): those are not its parts.
            own = [r for r in g.parts if r.sentence == first.sentence]
            if len(own) < 2:
                return
            g.parts = own
            g.total, g.how = t, "listed as its parts"
            cue = (m.group("cue") or "colon").split()[0].lower()
            g.closed = cue in _CLOSED_CUES
            return
    # "This includes 423,000 BEVs and 82,000 PHEVs": the figure of the sentence before
    if _CUE_START.match(sent.text) and not before and first.sentence > 0:
        prev = att.records_in(first.sentence - 1)
        if prev and _compatible_total(att, prev[0], g.parts, g.family):
            g.total, g.how = prev[0], "broken down in the next sentence"
            return
    # "Total: 10,489" closing a list of "Label: figure" lines
    last = g.parts[-1]
    after = [r for r in att.records_between(last.sentence, last.sentence + 1) if r.head.start > last.head.start][:1]
    if after:
        t = after[0]
        line_start = max(doc.norm.rfind("\n", 0, t.head.start) + 1, t.head.start - 120)
        if _TOTAL_LABEL.search(doc.norm[line_start : t.head.start]) and t.sentence - last.sentence <= 1:
            g.total, g.how, g.closed = t, "closing the list", True
            return
    # the nearest earlier figure of the parent category; first one that names the same
    # metric and period, then one that at least does not contradict them
    floor = max(0, first.sentence - _MAX_BACK)
    cands = [
        r
        for r in att.records_between(floor, first.sentence)
        if r.head.start < first.head.start and r.head.exact and _compatible_total(att, r, g.parts, g.family)
    ]

    def score(t: Record) -> int:
        metrics = {r.metric for r in g.parts} - {None}
        periods = frozenset().union(*(r.periods for r in g.parts))
        return (
            2 * (g.family == "powertrain" and t.nev)
            + (bool(metrics) and metrics == {t.metric})
            + bool(periods & t.periods)
        )

    if cands:
        best = max(score(t) for t in cands)
        g.total = [t for t in cands if score(t) == best][-1]
        g.how = "the total of the same category"


_EREV = re.compile(r"\b(?:erevs?|extended[- ]range|range[- ]extender)", re.I)


def _mentions_erev(doc: Document) -> bool:
    hit = _EREV_SEEN.get(id(doc))
    if hit is None or hit[0] is not doc:
        hit = (doc, bool(_EREV.search(doc.norm)))
        if len(_EREV_SEEN) > 64:
            _EREV_SEEN.clear()
        _EREV_SEEN[id(doc)] = hit
    return hit[1]


_EREV_SEEN: dict[int, tuple[Document, bool]] = {}


def _is_closed(doc: Document, g: Group) -> bool:
    members = {r.tags[g.family] for r in g.parts}
    want = _CLOSED_SETS.get(g.family)
    if want is not None:
        return members >= want
    if g.family == "powertrain" and {"BEV", "PHEV"} <= members:
        # CPCA reports range extenders apart from plug-in hybrids: only closed if none is mentioned
        return "EREV" in members or not _mentions_erev(doc)
    return False


def _fmt(q: Quantity) -> str:
    return q.text.strip()


def _alternatives(att: Attribution, g: Group, iv: tuple[float, float], role: str) -> bool:
    """Another figure of the article equals the sum: the pairing may be the wrong one."""
    assert g.total is not None
    total = g.total.head if role == "current" else g.total.baselines[role]
    levels, widest = _exact_levels(att)
    lo = bisect.bisect_left(levels, (iv[0] - widest, -1))
    for value, idx in levels[lo:]:
        if value > iv[1] + widest:
            break
        q = att.doc.quantities[idx]
        if q is total or any(q is r.head for r in g.parts):
            continue
        if arith.overlaps(iv, (q.lo, q.hi)):
            return True
    return False


def _exact_levels(att: Attribution) -> tuple[list[tuple[float, int]], float]:
    """Exact level figures of the document sorted by value, and their widest rounding half-width."""
    hit = att.cache.get("exact_levels")
    if hit is None:
        qs = att.doc.quantities
        levels = sorted((q.value, i) for i, q in enumerate(qs) if q.exact and q.unit in (None, "count") and q.value > 0)
        widest = max(((qs[i].hi - qs[i].lo) / 2 for _, i in levels), default=0.0)
        hit = att.cache["exact_levels"] = (levels, widest)
    return hit  # type: ignore[return-value]


def _judge(att: Attribution, g: Group, role: str) -> Verdict | None:
    assert g.total is not None
    if role == "current":
        total = g.total.head
        parts = [r.head for r in g.parts]
    else:
        if role not in g.total.baselines or any(role not in r.baselines for r in g.parts):
            return None
        total = g.total.baselines[role]
        parts = [r.baselines[role] for r in g.parts]
    iv = arith.add((p.lo, p.hi) for p in parts)
    computed = sum(p.value for p in parts)
    evidence = (*(Evidence("part", p) for p in parts), Evidence("total", total))
    names = " + ".join(_fmt(p) for p in parts)
    arithmetic = " + ".join(format_number(p.value) for p in parts) + f" = {format_number(computed)}"
    which = {"current": "", "yoy": " (year-ago figures)", "prev": " (previous-period figures)"}.get(
        role, " (baselines)"
    )
    head = f"{names} = {format_number(computed)}{which}"
    if arith.overlaps(iv, (total.lo, total.hi)):
        return verdict(
            RULE,
            Status.CONSISTENT,
            total,
            f"{head}; the article's total is {_fmt(total)}",
            evidence,
            computed=computed,
            arithmetic=arithmetic,
            how=g.how,
        )
    short = iv[1] < total.lo
    if short and not (g.closed or _is_closed(att.doc, g)):
        return verdict(
            RULE,
            Status.UNVERIFIABLE,
            total,
            f"{head}, {format_number(total.value - computed)} short of {_fmt(total)}; the list may leave a part out",
            evidence,
            computed=computed,
            arithmetic=arithmetic,
        )
    if g.how == "the total of the same category" and _alternatives(att, g, iv, role):
        return verdict(
            RULE,
            Status.UNVERIFIABLE,
            total,
            f"{head}, not {_fmt(total)}, but another figure nearby matches the sum;"
            " check which total the parts belong to",
            evidence,
            computed=computed,
            arithmetic=arithmetic,
        )
    return verdict(
        RULE,
        Status.INCONSISTENT,
        total,
        f"{head}, but the article's total is {_fmt(total)}; the total should read {format_number(computed)}"
        f" (or one of the parts is wrong)",
        evidence,
        computed=computed,
        arithmetic=arithmetic,
        how=g.how,
    )


def groups(att: Attribution) -> list[Group]:
    out = []
    chained: set[int] = set()
    for chain in _chains(att):
        fam = _family(chain)
        assert fam is not None
        g = Group(chain, fam)
        _find_total(att, g)
        if g.total is not None:
            out.append(g)
            chained.update(r.head.start for r in chain)
    out.extend(g for g in _closed_lists(att) if g.parts[0].head.start not in chained)
    listed = {r.head.start for g in out for r in g.parts}
    out.extend(g for g in _company_lists(att) if not any(r.head.start in listed for r in g.parts))
    return out


_CLOSED_LIST = re.compile(
    r"^[^\d.;]{0,40}?\b(?:comprising|comprised\s+of|consisting\s+of|made\s+up\s+of|split\s+(?:into|between)|"
    r"broken\s+down\s+into)\s+$",
    re.IGNORECASE,
)


def _closed_lists(att: Attribution) -> list[Group]:
    """ "40,397 vehicles, comprising 17,143 Nio, 20,000 Onvo and 3,254 Firefly vehicles": the cue
    itself says the figures that follow are the whole breakdown, whatever they are named."""
    doc = att.doc
    out = []
    for sent in doc.sentences:
        recs = att.records_in(sent.index)
        for i, t in enumerate(recs[:-2]):
            if not _CLOSED_LIST.match(doc.norm[t.label_end : recs[i + 1].head.start]):
                continue
            parts = [recs[i + 1]]
            for r in recs[i + 2 :]:
                if not _LIST_GAP.match(doc.norm[parts[-1].label_end : r.head.start]):
                    break
                parts.append(r)
            if len(parts) >= 2 and all(p.head.exact for p in parts) and t.head.exact:
                out.append(Group(parts, "listed", t, closed=True, how="listed as its parts"))
    return out


# A company or brand name of one or two capitalised words: "Corvan", "Great Wall", "Li's"
_NAME = r"(?P<name>[A-Z][\w&'\-]*(?:\s[A-Z][\w&\-]*)?)"
# "..., for a combined 34,225" / ", a total of 34,225" right after the list
_TOTAL_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:for\s+)?an?\s+(?:combined|total\s+of|combined\s+total\s+of)\s+$", re.IGNORECASE
)
# "Together, the four brands registered 34,225": the next sentence sums the list up
_TOTAL_NEXT = re.compile(
    r"^\s*(?P<cue>together|combined|altogether|in\s+total),?\s+(?:the\s+(?P<n>[a-z]+)\s+[a-z]+|"
    r"(?P<both>both)(?:\s+[a-z]+)?|they)\s+(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)
# between two named figures of one list: ", Belmar ", " and Orla ", ", while Tessin sold "
_NAMED_GAP = re.compile(rf"^\s*(?:,\s*)?(?:and\s+|while\s+)?{_NAME}(?:\s+[a-z]+){{0,2}}\s+$")
# the first figure's subject and verb: "Corvan registered "
_NAMED_FIRST = re.compile(rf"^\s*{_NAME}\s+(?:[a-z]+\s+){{1,3}}$")


def _company_lists(att: Attribution) -> list[Group]:
    """ "Corvan registered 14,230, Belmar 9,870, Tessin 6,140 and Orla 3,985. Together, the four
    brands registered 34,225": one figure per named company, then their sum.

    The sum must say it is of exactly these: "a combined" or "a total of" right after the list,
    or a next sentence that opens with "Together, the four ..." (the number must be the list's).
    """
    doc = att.doc
    text = doc.norm
    out = []
    for sent in doc.sentences:
        recs = [r for r in att.records_in(sent.index) if r.head.exact and r.head.unit in (None, "count")]
        if len(recs) < 2:
            continue
        first = _NAMED_FIRST.match(text[sent.start : recs[0].head.start])
        if first is None:
            continue
        names = [first.group("name")]
        parts = [recs[0]]
        for r in recs[1:]:
            m = _NAMED_GAP.match(text[parts[-1].label_end : r.head.start])
            if m is None:
                break
            names.append(m.group("name"))
            parts.append(r)
        if len(parts) < 2 or len({n.lower() for n in names}) != len(names):
            continue
        total = None
        rest = recs[len(parts) :]
        if rest and _TOTAL_AFTER.match(text[parts[-1].label_end : rest[0].head.start]):
            total = rest[0]
        elif sent.index + 1 < len(doc.sentences):
            nxt = doc.sentences[sent.index + 1]
            later = [r for r in att.records_in(nxt.index) if r.head.exact and r.head.unit in (None, "count")]
            m = _TOTAL_NEXT.match(text[nxt.start : later[0].head.start]) if later else None
            if m and m.group("n"):
                says = SMALL.get(m.group("n").lower())  # "the four brands"
            elif m and m.group("both"):
                says = 2
            else:  # "Together, they ...": only "together" says it is all of them
                says = len(parts) if m and m.group("cue").lower() == "together" else None
            if says == len(parts):
                total = later[0]
        if total is None:
            continue
        if not metric_compatible(total.metric, parts[0].metric) or not same_period(total.periods, parts[0].periods):
            continue
        out.append(Group(parts, "company", total, closed=True, how="a figure for each company named"))
    return out


def check(doc: Document) -> Iterator[Verdict]:
    att = attribute(doc)
    seen: set[tuple[int, ...]] = set()
    for g in groups(att):
        for role in ("current", "yoy", "prev"):
            v = _judge(att, g, role)
            if v is None:
                continue
            key = (v.start, v.end, *(e.quantity.start for e in v.evidence))
            if key not in seen:
                seen.add(key)
                yield v


RULE = Rule(code="FC103", name="sum", type="sum", check=check, doc=__doc__ or "")
