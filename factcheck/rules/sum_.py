"""A breakdown must add up to the total it breaks down.

*What it checks*: parts that the article presents as the pieces of a stated
total: BEVs + PHEVs = NEVs, passenger + commercial vehicles, domestic + export
sales (also "sales in China" next to an export figure), fleet + private +
business registrations, sedans + SUVs + MPVs, brands and sub-brands, models
("Keld delivered 1,204 K8s, 3,317 K6s and 2,591 K3s in June"; "The K7 had
4,900 registrations, the K8 3,800, and the K9 3,400" after the company's
total, or one model per sentence in consecutive sentences), a "Label: figure"
list closed by "Total: figure" (notes in brackets around the lines are
skipped), and lists a cue closes ("27,418 cars, comprising ...", "those
204,850 sales split into ...", "That breaks down into A for Germany, B for
France ...", "Of the total of 52,400 vehicles sold, 41,900 were cars, while 10,500
were vans", "Of these, ..." after the figure they break down). Figures paired
with their labels in order ("sold A, B and C sedans, SUVs and MPVs, respectively"; "the sales of sedans and SUVs were A
units and B units, respectively") are checked against the total of the same
metric, period and company, often the sentence before. A total may also come
after its parts: "These figures translate into T", "..., which brought the
group total to T", "so passenger cars came to T", "A registered 14,230, B
9,870 and C 6,140. Together, the three brands registered 30,240" (a count in
the sum must match the list), or name one part of a pair ("In total, it sold
T, which includes X commercial vehicles", the passenger figure stated
elsewhere). Money segments add up to the total amount ("total revenue of 18.6
billion yuan. EV sales accounted for 18.1 billion yuan, while other businesses
contributed 500 million yuan"), and so do their bracketed conversions; shares
add up to the share they make up ("BEVs took 31.2% of the market and PHEVs
19.4%, for an NEV penetration of 50.6%"; or the share stated with each part
against the total's).
A total followed, in the next sentence or two, by smaller figures of the same
metric and period under labels of their own (a group's total, then its brands
one by one) is reported only when a run of them adds up to it: consistent, and
never a verdict against the article, since nothing but the arithmetic ties them.
When every part also gives its year-ago or previous-period figure, those must
add up to the total's too (a part's baseline its own words leave undated, "from
88,410 in the period cited", is its sentence's year-ago figure when the
sentence dates its comparisons a year back; wrong then only by a slip), and so must
baselines left undated beside ones dated a year back ("domestic sales rose to 45,810 from
38,200 a year earlier ... exports fell to 6,800 from 17,800 ... total sales declined to
52,610 from 56,000": one comparison). Parts
are paired with a total only when they measure the same thing (metric, period,
company, and every other breakdown tag, and a market named after the total's figure, "in Europe"); parts stated
for another time ("A year earlier, ...") are not summed; a figure "including"
or "of which" is a subset, never the total of a breakdown; figures stated with
rounding ("386,000") are compared as the interval they stand for.

What remains of a whole once a part is taken is the other part of that whole ("Out of the
12,300 SUVs, the K7 accounted for over 8,000 ... the remaining models for less than 4,300";
"Of 12,300 units built, 8,100 were trucks. The remaining 4,200 were buses."): the part and
the rest must add up to the whole, in one sentence or in the next of its paragraph.

"Cumulative sales" set against the like month a year before ("eased to 48,870 units against
52,040 units in the like month a year before") are the month's domestic sales and exports
combined, not a total since launch; "off-take" and "dispatches" are sales.

A sum the article writes out with plus signs is checked as written: "412,350
units (251,120 Vessa + 161,230 Sorell)", "251,120 + 161,230 = 412,350".

A combined figure of the companies a sentence names ("Orla and Kessel sold a combined 1,212,400")
is the sum of each one's own level in the sentences after it, never a baseline. Parts whose
paragraph moved to a period of its own ("From January to May 2025, sales rose to 9,450.
Passenger cars fell to 2,240 but commercial vehicles rose to 7,210") take that period's total,
not an undated figure said before it. Classes ranked after one said before them ("Light
commercials (410), passenger cars (273) and heavy trucks (45) followed", "Then came ...") are its
peers, never its parts, and a figure the first part is set against ("rental vehicles rose to 215,
while road tractors held at 170") is no total of the parts.

A table's "Total" row is checked against the rows above it since the last
total, column by column ("Vans 12,480 ... / Pickups 9,070 ... / Total
21,550"), unless a row above is a part of
another ("of which BEVs").

*Why it matters*: a breakdown that does not add up means one of its figures
was mistyped, and readers reuse breakdowns more than any other figure.

*Inconsistent*: "Orvane sold 38,881 NEVs in May: 38,264 passenger vehicles and
671 commercial vehicles." (38,264 + 671 = 38,935)

*Consistent*: "This includes 301,000 BEVs and 85,000 PHEVs." after "sales
came to 386,000 units in March" (301,000 + 85,000 = 386,000)

A list whose parts fall short of the total is only called inconsistent when
the list is closed ("comprising", "Total:", "breaks down into", a last part
named "other", or a breakdown that names every member, such as passenger and
commercial); otherwise the missing part may simply not have been named, and
the claim is unverifiable. Parts that exceed their total are inconsistent
only when the pairing is certain: when another figure of the same standing
could be the total, or "In all" may sum up more than the figures named just
before it, the claim is unverifiable. A total found by its category alone (the
nearest earlier figure of the same metric and period, with no word tying it to
the list) that is smaller than one of its own parts is called inconsistent only
when a slip of a digit explains the difference.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from factcheck import arith, periods
from factcheck.attribution import (
    INCLUDES_GLOSS,
    REGION_MEMBERS,
    Attribution,
    Record,
    joined_members,
    level_pointed_at,
    metric_compatible,
    period_of,
    periods_in,
    same_period,
    tags_of,
)
from factcheck.context import COMPARISON_PHRASE, blank_brackets, compatible
from factcheck.document import Document
from factcheck.frames import YEAR_BACK
from factcheck.labels import OTHER
from factcheck.lexicon import (
    ALSO,
    CATEGORY_WORDS,
    CLOSED_SETS,
    FALL_VERBS,
    FALL_WORDS,
    FUEL_LABELS,
    OTHER_COUNT_NOUNS,
    POINTS_BACK_OPENER,
    RANKED_AFTER_ONE_BEFORE,
    RISE_VERBS,
    RISE_WORDS,
    SAME_SPAN,
    WHOLE_OPENER,
    alt,
)
from factcheck.model import Evidence, Quantity, Status, Verdict
from factcheck.numbers import amount, figure, format_like, format_number, written_digits
from factcheck.reading import Reading
from factcheck.rules.base import Rule, judged, verdict
from factcheck.totals import (
    BY_CATEGORY,
    COMPARED_WITH,
    OPENS_SHIFTED,
    Group,
    another_time,
    compatible_total,
    family,
    find_total,
    is_subset,
    others_agree,
    record_tags,
    tied_lists,
)
from factcheck.words import SMALL

# The words between two parts of one list: ", ", " and ", ", and a staggering ".
_LIST_GAP = re.compile(
    r"^\s*(?:\)\s*)?(?:,\s*)?(?:and\s+|as\s+well\s+as\s+|plus\s+)?(?:(?:a|an|another|some|just|only|staggering|further)\s+){0,2}"
    # (a label with its figure in brackets: "Lumea (12,400 units, +6.1%), Tessin (9,870 units")
    r"(?:[A-Za-z\-]+\s+){0,5}(?:[A-Z][A-Za-z\-]*+\s*+\()?$",
    re.IGNORECASE,
)


# A member's own change between two members of a list: "6,900 vans, down 4% and 240 buses",
# "6,900 vans (up 4%), and 240 buses"
_RATE_ASIDE = re.compile(
    r"[,(]?+\s{0,3}+(?:[A-Za-z-]{1,15}+\s{1,3}+){0,3}?[+\-−]?\d[\d.,]{0,8}+\s?+(?:%|per\s?cent|percent|pc)"
    r"(?:\s{1,3}+[A-Za-z-]{1,15}+){0,3}?\s{0,3}+\)?(?=\s{0,3}+(?:,|and\b))",
    re.IGNORECASE,
)


_SUB_ITEM = re.compile(r"[ \t]{0,12}(?:[-*•][ \t]{0,4})?(?:including|incl\.|of\s+which|among\s+them)\b", re.IGNORECASE)


def _chains(att: Attribution) -> list[list[Record]]:
    """Runs of neighbouring records that break down one family."""
    doc = att.doc
    # a line of its own under a list item ("  including 1,895 ES7") breaks that item down, not the list
    # nor is a level stated with its market share ("Holden with 8% (540 units)") a part of a segment
    recs = [
        r
        for r in att.records
        if not r.of_share and not _SUB_ITEM.match(doc.norm, doc.norm.rfind("\n", 0, r.head.start) + 1)
    ]
    out: list[list[Record]] = []
    i = 0
    while i < len(recs):
        best: list[Record] = []
        cand = [recs[i]]
        for j in range(i + 1, len(recs)):
            a, b = cand[-1], recs[j]
            if b.sentence != a.sentence and another_time(att, b.sentence, a.sentence):
                # "Passenger car sales rose 4.3% to 756,938. In 2015, the sales were 725,596.
                # Light commercial sales fell 6.5% to 226,782": the year before's figure is no part
                continue
            if b.sentence == a.sentence:
                # (a member's own change between the two is no gap: "6,900 vans, down 4 per cent, and 240")
                gap = _RATE_ASIDE.sub("", doc.norm[a.label_end : b.head.start], count=1)
                listed = bool(_LIST_GAP.match(gap))
                if not listed and not re.search(r"\b(?:while|whereas|and|but)\b|;", gap):
                    break
            elif b.sentence - a.sentence > 2:
                break
            elif _OF_A_CLASS.match(doc.sentences[b.sentence].text):
                break  # "Out of the sales of commercial vehicles, 88,700 were pickups": a part of a part
            fam = family([*cand, b], att)
            if fam is None or not others_agree([*cand, b], fam, strict=b.sentence != a.sentence, att=att):
                break
            if fam == "region" and _nested([*cand, b], att):
                break  # "Germany (94,873) and France ... the EU's more than 348,800": a whole after its members
            cand.append(b)
            best = list(cand)
        if len(best) >= 2:
            out.append(best)
            i = recs.index(best[-1]) + 1
        else:
            i += 1
    return out


def _nested(recs: list[Record], att: Attribution) -> bool:
    """A region and one of the markets it is made of, among one run's members."""
    regions = {record_tags(att, r).get("region") for r in recs}
    return any(regions & members for whole, members in REGION_MEMBERS.items() if whole in regions)


# A sentence that opens on one class of what was sold: its figures break that class down
_OF_A_CLASS = re.compile(
    rf"\W{{0,3}}(?:{POINTS_BACK_OPENER}|(?:of|out\s+of|among)\s+the\s+(?:sales|registrations|deliveries|exports)"
    r"\s+of\s+(?:the\s+)?[a-z][a-z -]{1,40}?,)",
    re.IGNORECASE,
)
_EREV = re.compile(r"\b(?:erevs?|extended[- ]range|range[- ]extender)", re.I)


def _list_goes_on(att: Attribution, g: Group) -> bool:
    """The list runs on past the group's parts: "including 71,524 passenger cars, 27,914
    commercial vehicles, and 1,871 special-purpose vehicles" names a third member, and so does
    "6,900 vans (down 4%) and 240 buses"."""
    last, first = g.parts[-1], g.parts[0]
    nxt = next((r for r in att.records_in(last.sentence) if r.head.start > last.head.start), None)
    if (
        nxt is not None
        and nxt not in g.parts
        and nxt is not g.total
        and not nxt.head.signed  # "(+21,32%)": a change, no member
        and _LIST_GAP.match(_RATE_ASIDE.sub("", att.doc.norm[last.label_end : nxt.head.start], count=1))
    ):
        return True
    # ... or began before its first: "including SUVs (39,040 sales), passenger vehicles (25,783)
    # and light commercials (17,513)"
    prev = [r for r in att.records_in(first.sentence) if r.head.start < first.head.start]
    if not prev or prev[-1] is g.total or not prev[-1].tags or prev[-1].head.signed:
        return False
    gap = att.doc.norm[prev[-1].label_end : first.head.start]
    return len(gap) <= 100 and ";" not in gap and bool(re.search(r",|\band\b", gap))


def _names_the_rest(att: Attribution, g: Group) -> bool:
    """The last part is what remains of the total ("and the remaining 15,110", "the rest 4,200"):
    the list is closed by its own words."""
    last = max(g.parts, key=lambda r: r.head.start).head
    sent = att.doc.sentence_of(last)
    return _REST_BEFORE.search(att.doc.norm, max(sent.start, last.start - 70), last.start) is not None


def _is_closed(att: Attribution, g: Group) -> bool:
    if _names_the_rest(att, g):
        return True
    if _list_goes_on(att, g):
        return False
    # a joined label ("PHEVs and EREVs combined") stands for each of its members
    members = {m for r in g.parts for m in record_tags(att, r).get(g.family, "").split("+")}
    want = CLOSED_SETS.get(g.family)
    if want is not None:
        # (a total the article also breaks down another way may be that way's sum: passenger and
        # commercial sales counted at home only, beside exports)
        split = g.total is not None and _split_another_way(att, g.total, g.family, g.total.sentence - _BEFORE_TOTAL)
        return members >= want and not split
    if g.family == "powertrain" and {"BEV", "PHEV"} <= members:
        if g.total is not None and g.total.all_fuels:
            return False  # BEVs and PHEVs make up NEVs, not "electrified, hybrid and gas vehicles"
        if (
            g.total is not None
            and g.total.head.unit != "percent"  # shares add up to the penetration they are said to make
            and not g.total.nev
        ):
            # a market's cars ("25,094 passenger cars were registered in Sweden") also run on petrol
            # and diesel, and so do most makers' ("Korvik built 312,800 vehicles; of these, ..."): a
            # total not said to be of plug-ins is more than its plug-ins (a shortfall is then a part
            # left out, never a slip)
            return False
        # CPCA reports range extenders apart from plug-in hybrids: only closed if none is mentioned
        return "EREV" in members or not att.mentions(_EREV)
    return False


def _fmt(q: Quantity) -> str:
    return q.text.strip()


def _alternatives(att: Attribution, g: Group, iv: tuple[float, float], total: Quantity) -> bool:
    """Another figure of the article than ``total`` equals the sum: the pairing may be the wrong one."""
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


def _part_alternative(att: Attribution, g: Group, total: Quantity) -> tuple[Quantity, Quantity] | None:
    """Another figure of a part's own category, near the total, that would make the parts add up in
    its place ("11,200 in place of 2,010", both passenger cars): paired by category alone, the
    parts may be the wrong ones."""
    heads = [r.head for r in g.parts]
    for r in g.parts:
        member = record_tags(att, r).get(g.family)
        for c in att.records_between(total.sentence - _MAX_BACK_LIST, total.sentence + _MAX_BACK_LIST):
            if c is r or c.head in heads or not c.head.exact or record_tags(att, c).get(g.family) != member:
                continue
            iv = arith.add((p.lo, p.hi) for p in (*(h for h in heads if h is not r.head), c.head))
            if arith.overlaps(iv, (total.lo, total.hi)):
                return r.head, c.head
    return None


def _exact_levels(att: Attribution) -> tuple[list[tuple[float, int]], float]:
    """Exact level figures of the document sorted by value, and their widest rounding half-width."""
    return att.exact_levels


# a part's own share in brackets right after it: "2,154 used electric (62% of all registrations)"
_SHARE_BRACKET = re.compile(r"\s{0,2}+(?:[A-Za-z-]{1,20}+\s{1,2}+){0,3}\(\s{0,2}+$")


def _own_shares(att: Attribution, parts: list[Quantity]) -> list[float] | None:
    """The share of the total each part is said to be, in brackets right after it; None unless
    every part has one."""
    text = att.doc.norm
    said = []
    for p in parts:
        nxt = next((q for q in att.doc.in_sentence(p.sentence) if q.start >= p.end), None)
        if nxt is None or nxt.unit != "percent" or not _SHARE_BRACKET.fullmatch(text, p.end, nxt.start):
            return None
        said.append(abs(nxt.value))
    return said


# words that date a comparison a year back anywhere in its sentence ("grew 4 percent on-year to
# 23,610 from 22,700", "from 61,240 in the year-ago quarter")
_YEAR_BACK_IN_SENTENCE = re.compile(
    # (the frames' own year-back words, and the basis words of a rate: "on-year", "year-on-year")
    YEAR_BACK.pattern + r"|\b(?:on-year|on\s+year|year-on-year|year-over-year|y-o-y|yoy|year-ago|year-earlier)\b",
    re.IGNORECASE,
)


def _dated_by_its_sentence(att: Attribution, r: Record, role: str) -> bool:
    """A part's baseline its own words leave undated ("to 95,120 from 88,410 in the period
    cited"), in a sentence that dates its comparisons a year back: the year-ago figure."""
    return (
        role == "yoy"
        and "base" in r.baselines
        and bool(_YEAR_BACK_IN_SENTENCE.search(att.doc.sentences[r.sentence].text))
    )


def _judge(att: Attribution, g: Group, role: str) -> Verdict | None:
    assert g.total is not None
    if role == "current":
        total = g.total.head
        parts = [r.head for r in g.parts]
    else:
        if role == "base":
            # baselines left undated, beside ones dated a year back only (never a month back): one
            # comparison, the article's ("domestic sales rose to A from B a year earlier ... exports
            # fell to C from D ... total sales declined to E from F")
            group = (*g.parts, g.total)
            if any("prev" in r.baselines for r in group) or not all({"base", "yoy"} & set(r.baselines) for r in group):
                return None
            if all("yoy" in r.baselines for r in group):
                return None  # (the year-ago figures are added up as such)
            total = g.total.baselines.get("base") or g.total.baselines["yoy"]
            parts = [r.baselines.get("base") or r.baselines["yoy"] for r in g.parts]
            elided = [r for r in group if "base" not in r.baselines]  # (a mix of dated and undated: weak)
        else:
            elided = [r for r in g.parts if role not in r.baselines]
            if role not in g.total.baselines or any(not _dated_by_its_sentence(att, r, role) for r in elided):
                return None
            total = g.total.baselines[role]
            parts = [r.baselines.get(role) or r.baselines["base"] for r in g.parts]
    iv = arith.add((p.lo, p.hi) for p in parts)
    computed = round(sum(p.value for p in parts), 9)
    evidence = (*(Evidence("part", p) for p in parts), Evidence("total", total))
    names = " + ".join(_fmt(p) for p in parts)
    dec = max(p.decimals for p in (*parts, total)) if total.unit == "percent" else 0
    arithmetic = " + ".join(figure(p) for p in parts) + f" = {amount(computed, parts[0])}"
    which = {"current": "", "yoy": " (year-ago figures)", "prev": " (previous-period figures)"}.get(
        role, " (baselines)"
    )
    if total.is_currency:
        shown = _money_sum(computed, parts, total)
    elif total.unit == "percent":
        shown = f"{format_number(computed, dec)}%"
    else:
        shown = format_number(computed, dec)
    head = f"{names} = {shown}{which}"
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
    wide = arith.add((p.widened().lo, p.widened().hi) for p in parts)
    rounded = arith.overlaps(wide, (total.widened().lo, total.widened().hi))
    if not g.sure:
        why = (
            "it holds only if the figures are rounded, which the article does not say"
            if rounded
            else "the total may sum up more than the figures named before it"
        )
        return verdict(
            RULE,
            Status.UNVERIFIABLE,
            total,
            f"{head}, not {_fmt(total)}; {why}",
            evidence,
            computed=computed,
            arithmetic=arithmetic,
        )
    if g.others and role == "current":
        return verdict(
            RULE,
            Status.UNVERIFIABLE,
            total,
            f"{head}, not {_fmt(total)}; another figure ({_fmt(g.others[0].head)}) could be the total"
            " these parts break down",
            evidence,
            computed=computed,
            arithmetic=arithmetic,
        )
    said = _own_shares(att, parts) if short and role == "current" else None
    if said is not None and sum(said) + 0.5 * len(said) < 99.5 and total.value > 0:
        # "3,485 registrations: 2,154 used (62%) followed by 649 new (19%)": the parts' own shares
        # add up to 81%, so the list leaves out a fifth of the total, as the figures say
        return verdict(
            RULE,
            Status.UNVERIFIABLE,
            total,
            f"{head}, {format_number(total.value - computed)} short of {_fmt(total)}; the parts' own shares add"
            f" up to {format_number(sum(said), 1)}%, so the list leaves part of the total out",
            evidence,
            computed=computed,
            arithmetic=arithmetic,
        )
    # (a run its own sentence ties to the total, "T, including A, up 2%, and B", falling short is a
    # slip only when a slip of a digit explains it: the judge asks for one below)
    if short and not (g.closed or (_is_closed(att, g) and not g.wider)) and g.how != _TIED:
        return verdict(
            RULE,
            Status.UNVERIFIABLE,
            total,
            f"{head}, {format_number(total.value - computed)} short of {_fmt(total)}; the list may leave a part out",
            evidence,
            computed=computed,
            arithmetic=arithmetic,
        )
    swap = _part_alternative(att, g, total) if g.how == BY_CATEGORY and role == "current" else None
    if swap is not None:
        return verdict(
            RULE,
            Status.UNVERIFIABLE,
            total,
            f"{head}, not {_fmt(total)}, but {_fmt(swap[1])} in place of {_fmt(swap[0])} (the same category) would"
            " make it add up; check which figures belong together",
            evidence,
            computed=computed,
            arithmetic=arithmetic,
        )
    if g.how == BY_CATEGORY and _alternatives(att, g, iv, total):
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
    # Closed only because its members make a known set (domestic and export): a category the
    # article does not name (special vehicles) can still make up a shortfall; the judge decides.
    # Only domestic + export is left open so: sales to other makers, special vehicles and kits
    # are often reported apart; passenger + commercial vehicles are all vehicles.
    inferred = (
        {"closure": "inferred"}
        if short and not (g.closed or _names_the_rest(att, g)) and g.family in ("market", "listed")
        else {}
    )
    if g.how in (_TIED, _BY_SET) or (short and g.how == _OPENED) or (role != "current" and elided):
        inferred["pairing"] = "weak"  # a shortfall is a slip only when a digit's slip explains it
    tc = g.total.names | att.context_company(g.total.sentence)
    if g.how == BY_CATEGORY and (
        total.value < max(p.value for p in parts)
        or all(r.names and not r.names & tc for r in g.parts)
        # a total that lists its categories, one of which no part is of ("103,000 vehicles,
        # including passenger cars, buses and trucks" over cars and trucks alone)
        or _category_left_out(att, g.total, parts)
    ):
        # found by its category alone, and smaller than one of its own parts, or of no company the
        # parts name (three brands' 41,274 are no breakdown of the 27,323 pickups said before the
        # list): the judge asks for a slip of a digit before it calls the figures one breakdown
        inferred["pairing"] = "weak"
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
        **inferred,
    )


def groups(att: Attribution) -> list[Group]:
    # an aligned list is paired with its total there or nowhere: its parts start no other group
    taken = {r.head.start for a in att.aligned for r in a.parts}
    out = _aligned_groups(att)
    paired = {tuple(r.head.start for r in g.parts) for g in out}
    unpaired = {tuple(r.head.start for r in a.parts) for a in att.aligned} - paired

    def add(found: list[Group]) -> None:
        for g in found:
            if not any(r.head.start in taken for r in g.parts):
                out.append(g)
                taken.update(r.head.start for r in g.parts)

    add(_sum_after(att))
    out.extend(_money_groups(att))
    out.extend(_share_lists(att))
    out.extend(_combined_shares(att))
    add(_complements(att))
    # a figure per named brand or company, summed up right after, and lists a cue closes
    # ("comprising", "breaks down into"): explicit, so before the chains
    add(_company_lists(att))
    add(_combined_then_each(att))
    add(_closed_lists(att))
    for chain in _chains(att):
        if any(r.head.start in taken for r in chain):
            continue
        fam = family(chain, att)
        assert fam is not None
        if fam == "segment" and not _weights_complete(att, chain):
            continue
        g = Group(chain, fam)
        find_total(att, g)
        if g.total is not None and _opens_elsewhere(att, chain[0].sentence, g.total.sentence):
            continue  # "In the same month last year, it sold A at home and B abroad": another period
        if g.total is not None:
            out.append(g)
            taken.update(r.head.start for r in chain)
    # a sentence that opens on its whole, whatever its parts are called (after the lists a family
    # of tags reads, which know whether they are closed)
    add(_opened_on_the_whole(att))
    add(_parts_that_follow(att, taken))
    add(_members_after(att, {g.total.head.start for g in out if g.total is not None}))
    add(_division_groups(att))
    # last, a run its own sentence adds up, whatever its parts are called: it takes the place of a
    # total found by its category alone, elsewhere, for the same figures
    for tl in tied_lists(att):
        if tl.by_period:
            continue
        spans = {p.start for p in tl.parts} | {tl.total.start}
        weak = [
            g
            for g in out
            if g.how == BY_CATEGORY
            and g.total is not None
            and g.total.sentence != g.parts[0].sentence
            and spans & {g.total.head.start, *(r.head.start for r in g.parts)}
        ]
        for g in weak:
            out.remove(g)
            taken.difference_update(r.head.start for r in g.parts)
        if any(g.total is not None and g.total.head.start in spans for g in out):
            continue
        parts = [Record(head=p, sentence=tl.sentence) for p in tl.parts]
        if tuple(p.start for p in tl.parts) in unpaired:
            # "sold 4,200, 3,100 and 2,000 vans, pickups and buses, respectively, a total of 9,300":
            # the aligned list found no total before it, and its own sentence adds it up
            taken.difference_update(p.start for p in tl.parts)
        add([Group(parts, "listed", Record(tl.total, tl.sentence), closed=tl.closed, how=_TIED)])
    return out


_TIED = "added up by its own sentence"

# "The Lorne division delivered 21,210 cars in May": a division's level, its name
# before it in its clause
_DIVISION = re.compile(r"\b(?P<name>[A-Z][\w&'’-]*+)\s++division\b[^.;\d]{0,80}+$")
_DIVISIONS = "the divisions' levels of the same period, after the company's total"


def _division_groups(att: Attribution) -> list[Group]:
    """A company's total, then a paragraph per division with that period's level ("the group's
    May deliveries came to 152,630 ... The Vessa division delivered 131,420 in May ... the Lorne
    division's May deliveries were 21,210"). The divisions named may not be all of them: a
    mismatch is only unverifiable."""
    doc, text = att.doc, att.doc.norm
    by_period: dict[tuple[frozenset[str], str | None], list[tuple[str, Record]]] = {}
    for r in att.records:
        if not r.periods or not r.head.exact:
            continue
        sent = doc.sentences[r.sentence]
        # (the pattern admits no digit between the name and the level: no other figure stands there)
        m = _DIVISION.search(text, sent.start, r.head.start)
        if m is None:
            continue
        by_period.setdefault((r.periods, r.metric), []).append((m.group("name"), r))
    out = []
    for (when, metric), listed in by_period.items():
        names = [n for n, _ in listed]
        if len(listed) < 2 or len(set(names)) != len(names):
            continue
        parts = [r for _, r in listed]
        first = parts[0]
        total = next(
            (
                r
                for r in reversed(att.records_between(first.sentence - 8, first.sentence - 1))
                if r.periods == when
                and r.metric == metric
                and r.head.exact
                and r.head.value > max(p.head.value for p in parts)
                and r.head.start not in att.base_of
                and "division" not in doc.sentences[r.sentence].text
            ),
            None,
        )
        if total is not None and all(compatible(p.head, total.head) for p in parts):
            out.append(Group(parts, "division", total, closed=False, how=_DIVISIONS, sure=False))
    return out


_BRAND = re.compile(r"\bbrands?\b", re.IGNORECASE)


def _plain(q: Quantity) -> bool:
    """A figure written out as it is: exact, no hedge, a count or an amount of at least one."""
    return q.exact and q.value >= 1


# "a fall of 6.4 per cent (1,120 units)": the amount of the change, in brackets after its rate
_CHANGE_IN_BRACKETS = re.compile(
    rf"\b(?:{alt(RISE_WORDS)}|{alt(FALL_WORDS)}|up|down)\s++(?:of\s++|by\s++)?\d[\d.,]{{0,8}}+\s{{0,2}}+"
    r"(?:%|per\s?cent|percent)\s{0,2}+\(\s{0,2}+$",
    re.IGNORECASE,
)


_MOVED_BY = re.compile(
    r"\s{0,2}+(?:[a-z]{1,12}+\s{1,3}+)?(?:\([^()]{0,20}+\)\s{0,2}+)?(?:more|fewer|less|higher|lower)\s{1,3}+than\b",
    re.IGNORECASE,
)


def _parts_that_follow(att: Attribution, taken: set[int]) -> list[Group]:
    """A total, then in the next sentence or two a run of smaller figures of the same metric and
    period, each under a label of its own ("the market came to 20,450 vehicles. Cars took 9,120,
    sport utilities 6,230, vans 3,050 and trucks the remaining 2,050"; a group's total, then its
    brands one by one). Nothing but the figures says they make up the total, so only a run that
    adds up to it is reported: consistent, never a verdict against the article."""
    doc = att.doc
    out: list[Group] = []
    for sent in doc.sentences:
        own = [
            r
            for r in att.records_in(sent.index)
            if r.head.start not in att.base_of
            and not _CHANGE_IN_BRACKETS.search(doc.norm, max(sent.start, r.head.start - 80), r.head.start)
        ]
        if len(own) != 1 or not _plain(own[0].head) or own[0].head.start in taken:
            continue
        t = own[0]
        w = t.head.widened()
        if w.hi - w.lo > 0.02 * t.head.value:
            continue  # "one million", "1.1 million": too round a total for a run to be found adding up to it
        run: list[Record] = []
        # the next three sentences with figures; sentences with none (a quote, a comment) between
        # are passed over, a few at most
        last_par, with_figures = sent.paragraph, 0
        for k in range(sent.index + 1, min(sent.index + 9, len(doc.sentences))):
            nxt = doc.sentences[k]
            if all(q.is_duration for q in att.quantities_in(k)):
                last_par = nxt.paragraph
                continue
            if with_figures == 3 or nxt.paragraph - last_par > 1 or another_time(att, k, sent.index):
                break
            last_par = nxt.paragraph
            recs = [r for r in att.records_in(k) if r.head.start not in att.base_of]
            # figures of another period beside them ("105,660 in the nine months, while in September
            # alone 13,186") belong to another total; a sentence with none of the total's is passed over
            of_period = [r for r in recs if not (t.periods and r.periods) or same_period(t.periods, r.periods)]
            if not of_period:
                continue
            recs = of_period
            with_figures += 1
            if any(not (_plain(r.head) and compatible(r.head, t.head) and r.head.value < t.head.value) for r in recs):
                break
            if any(_MOVED_BY.match(doc.norm, r.head.end) for r in recs):
                break  # "5,794 units (10%) more than in October 2020": how far it moved, no part
            if any(r.head.start in taken for r in recs):
                break
            run.extend(recs)
        for n in range(2, len(run) + 1):
            parts = run[:n]
            # (figures rounded to thousands add up within their rounding: 434,000 + 188,000 and 623,000)
            iv = arith.add((p.head.widened().lo, p.head.widened().hi) for p in parts)
            if arith.overlaps(iv, (t.head.widened().lo, t.head.widened().hi)):
                # other companies' figures are no parts of this one's total, unless named as its brands
                # ("Belmar and Corvan sold 12,410 and 13,002" after Tessin's 25,412)
                others = any(p.names and t.names and not p.names & t.names for p in parts)
                branded = _BRAND.search(doc.norm, max(0, parts[0].head.start - 200), parts[-1].head.end) is not None
                if (
                    (not others or branded)
                    # (trucks by weight beside all commercial vehicles are a slice of them)
                    and _weights_complete(att, parts)
                    and all(metric_compatible(t.metric, p.metric) and same_period(t.periods, p.periods) for p in parts)
                ):
                    out.append(Group(parts, "listed", t, how="the figures after it add up to it", sure=False))
                break
    return out


_LIGHT = re.compile(r"\blight\b|\blcvs?\b|\bbakkies\b", re.IGNORECASE)


def _weights_complete(att: Attribution, chain: list[Record]) -> bool:
    """Trucks by weight ("medium trucks 740, heavy trucks 1,681") are parts of the market only beside
    passenger cars and *light* commercials; beside "commercial vehicles" they are a slice of them."""
    members = [record_tags(att, r).get("segment") for r in chain]
    if not {"medium", "heavy"} & set(members):
        return True
    light = [r for r, m in zip(chain, members, strict=True) if m == "commercial"]
    return "passenger" in members and len(light) == 1 and bool(_LIGHT.search(light[0].context))


_INCLUDING_LIST = re.compile(r"\b(?:including|comprising|covering|across)\s+([^.;:]{3,80})", re.IGNORECASE)
_CATEGORY = re.compile(rf"\b{alt(CATEGORY_WORDS)}\b", re.IGNORECASE)


def _category_left_out(att: Attribution, total: Quantity, parts: list[Quantity]) -> bool:
    """The total's own sentence lists categories ("including passenger cars, buses, and trucks"),
    and one of them is named by no part's sentence."""
    doc = att.doc
    m = _INCLUDING_LIST.search(doc.sentences[total.sentence].text)
    if m is None:
        return False
    named = {_singular(w) for w in _CATEGORY.findall(m.group(1))}
    said = {_singular(w) for p in parts for w in _CATEGORY.findall(doc.sentences[p.sentence].text)}
    return bool(named - said)


def _singular(word: str) -> str:
    w = word.lower()
    return w[:-2] if w.endswith("ses") else w.rstrip("s")


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

    def run_from(recs: list[Record], k: int) -> list[Record]:
        parts = [recs[k]]
        for r in recs[k + 1 :]:
            if not _LIST_GAP.match(doc.norm[parts[-1].label_end : r.head.start]):
                break
            parts.append(r)
        return parts

    for sent in doc.sentences:
        recs = att.records_in(sent.index)
        # "That breaks down into 21,470 for Germany, 14,820 for France ...": the figure before
        m = _BREAKS_DOWN.match(sent.text)
        if m and recs and sent.index and not re.search(r"[\d.;]", doc.norm[sent.start + m.end() : recs[0].head.start]):
            parts = run_from(recs, 0)
            prev = [
                r
                for r in att.records_in(sent.index - 1)
                if r.head.exact and r.head.value > max(p.head.value for p in parts)
            ]
            if len(parts) >= 2 and len(prev) == 1 and all(p.head.exact for p in parts):
                out.append(Group(parts, "listed", prev[0], closed=True, how="broken down in the next sentence"))
                continue
        for i, t in enumerate(recs[:-2]):
            # the gap from the figure itself: its label may run into the cue ("204,850 sales split into")
            if not _CLOSED_LIST.match(doc.norm[t.head.end : recs[i + 1].head.start]):
                continue
            parts = run_from(recs, i + 1)
            if len(parts) >= 2 and all(p.head.exact for p in parts) and t.head.exact:
                out.append(Group(parts, "listed", t, closed=True, how="listed as its parts"))
    return out


# "Of the total of 52,400 vehicles sold in 2024, 41,900 were cars, while 10,500 were ...": the
# sentence opens on the whole, then its parts
_OF_THE_WHOLE = re.compile(WHOLE_OPENER, re.IGNORECASE)
# "Of these, ...", "Of the cars sold, ...", "Of this figure, ...": the parts of the figure just given
_OF_THESE = re.compile(POINTS_BACK_OPENER, re.IGNORECASE)
_OF_THOSE_AFTER = re.compile(
    r"(?<!\s)\s*+(?:\([^()]{0,30}\)\s*+)?of\s++(?:these|those|them|this\s+figure|the\s+total|"
    r"the\s+(?:sold|registered|delivered)\s+(?:cars|vehicles|units)|the\s+(?:cars|vehicles|units)\s+"
    r"(?:sold|registered|delivered))\b",
    re.IGNORECASE,
)
# Between two parts after such an opener: a list gap, or a clause of their own ("..., while 100,018 were")
_PART_GAP = re.compile(
    r"^[^\d;:]{0,60}?(?:,\s*+(?:and\s+|while\s+|whereas\s+)?|\s+(?:and|while|whereas)\s+)"
    # ("..., 410 from Belgium, while the balance of 5,204 ...": the last part, what the others leave)
    r"(?:(?:another|a\s+further|some|just|only|the\s+(?:balance|rest|remainder)(?:\s+of)?,?|the\s+remaining)\s+)?$",
    re.IGNORECASE,
)


_OPENED = "listed as the parts of the whole it opens on"
# "Of the total cars sold ...": an opener that names the whole
_NAMES_THE_TOTAL = re.compile(r"\W{0,3}+\w{1,12}+\s{1,3}+the\s{1,3}+total\b", re.IGNORECASE)
_SHARE_OR = re.compile(r"(?<![\d,.])\d[\d.,]{0,6}+\s?+(?:%|per\s?cent)\s*+(?:,\s*+)?or\s++$", re.IGNORECASE)


def _opened_on_the_whole(att: Attribution) -> list[Group]:
    """ "Of the total of 52,400 vehicles sold, 41,900 were cars, while 10,500 were vans"; "Of these,
    13,752 were imported and 12,237 made at home" or "13,752 (52.9%) of the sold cars were imported,
    while 12,237 ..." after the figure they break down. The opener names the whole; the parts
    follow in the same sentence, whatever they are called. Open: a part may be left unnamed, so
    only parts that exceed the whole, or miss it by a slip, are a mismatch."""
    doc = att.doc
    out: list[Group] = []
    for sent in doc.sentences:
        recs = [r for r in att.records_in(sent.index) if r.head.start not in att.base_of]
        if not recs:
            # amounts of money have no records: "Out of the €420 million spent, €310 million went to
            # ... while the balance of €110 million ..." (a bracketed conversion is no part)
            qs = att.quantities_in(sent.index)
            convs = {id(c) for c in (_conversion(doc, qs, o) for o in qs) if c is not None}
            recs = [Record(head=q, sentence=sent.index) for q in qs if q.is_currency and id(q) not in convs]
            if len(recs) < 3 or not _OF_THE_WHOLE.fullmatch(doc.norm, sent.start, recs[0].head.start):
                continue
        total: Record | None = None
        first, near, named = 0, True, None
        if len(recs) >= 3 and _OF_THE_WHOLE.fullmatch(doc.norm, sent.start, recs[0].head.start):
            total, first = recs[0], 1
        elif (
            _OF_THESE.match(sent.text)
            # "13,752 (52.9%) of the sold cars were imported, while 12,237 ...": the first part says it
            or (recs[0].head.start - sent.start < 4 and _OF_THOSE_AFTER.match(doc.norm, recs[0].head.end))
        ) and sent.index:
            # ("Of the total cars sold, ..." names the whole: a part mistyped above it is still its part)
            named = _OF_THESE.match(sent.text) and _NAMES_THE_TOTAL.match(sent.text)
            above = (min if named else max)(r.head.value for r in recs)
            total = level_pointed_at(att, sent.index, above, recs[0].head, reach=4)
            near = total is not None and total.sentence == sent.index - 1
        if total is None or not total.head.exact:
            continue
        parts = [recs[first]]
        for r in recs[first + 1 :]:
            # (a part's rate or share in brackets is no other figure: "13,752 (52.9%) were imports";
            # nor its share before it: "36% or 7,720 were new and 64% or 13,730 ...")
            gap = _SHARE_OR.sub(" ", blank_brackets(doc.norm[parts[-1].head.end : r.head.start]))
            if not _PART_GAP.match(gap):
                break
            parts.append(r)
        if len(parts) < 2 or not all(
            p.head.exact and compatible(p.head, total.head) and (named or p.head.value < total.head.value)
            for p in parts
        ):
            continue
        # a whole further back than the sentence before is paired by its kind alone: a mismatch
        # may mean another whole, so only a match counts
        # (closed only as far as a slip of a digit goes: a shortfall otherwise may be a part not named)
        out.append(Group(parts, "listed", total, closed=True, how=_OPENED, sure=near))
    return out


_BREAKS_DOWN = re.compile(
    r"^\s*(?:that|this|it|the\s+(?:total|figure)|these|those)\s+(?:[a-z]+\s+)?(?:breaks?\s+down|splits?|"
    r"(?:is|was)\s+(?:split|divided|broken\s+down)|divides?)\s+(?:in)?to\b|"
    r"^\s*(?:that|this|it|the\s+total)\s+(?:comprises|comprised|consists\s+of|consisted\s+of|(?:is|was)\s+made\s+up\s+of)\b",
    re.IGNORECASE,
)


# A company or brand name of one or two capitalised words: "Corvan", "Great Wall", "Li's"
_NAME = r"(?P<name>[A-Z][\w&'\-]*(?:\s[A-Z][\w&\-]*)?)"
# "..., for a combined 34,225" / ", a total of 34,225" right after the list
_TOTAL_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:for\s+)?an?\s+(?:combined|total\s+of|combined\s+total\s+of)\s+$", re.IGNORECASE
)
# "Together, the four brands registered 34,225": the next sentence sums the list up
_TOTAL_NEXT = re.compile(
    r"^\s*(?:(?P<cue>together|combined|altogether|in\s+total),?\s+(?:the\s+(?P<n>[a-z]+)\s+[a-z]+|"
    r"(?P<both>both)(?:\s+[a-z]+)?|they|that|these|those)|"
    # "The two carmakers together delivered", "The three brands combined sold"
    r"the\s+(?P<n2>[a-z]+)\s+[a-z]+\s+(?:together|combined))\s+(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)
# between two named figures of one list: ", Belmar ", " and Orla ", ", while Tessin sold ", ", followed by
# Isuzu with "
_NAMED_GAP = re.compile(
    # (a ranking names them in turn: ", followed by Isuzu with ", " and then Mitsubishi with ")
    rf"^\s*(?:,\s*)?(?:and\s+|while\s+)?(?:(?:followed\s+by|then)\s+)?(?:(?:its|the|their)\s+)?"
    rf"(?:(?:rivals?|competitor|peer)\s+)?{_NAME}"
    r"(?:\s+[a-z]+){0,2}\s+$"
)
# the first figure's subject and verb: "Corvan registered ", "In September the core brand had sold "
_NAMED_FIRST = re.compile(
    r"^\s*(?:(?:In|During|For|By)\s+[A-Z]\w+(?:\s+\d{4})?,?\s+)?(?:(?:the|its)\s+)?"
    rf"(?:{_NAME}|(?P<main>(?:core|main|namesake|parent)\s+brand))\s+(?:[a-z]+\s+){{1,4}}$"
)


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
        names = [first.group("name") or first.group("main")]
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
        gap = text[parts[-1].label_end : rest[0].head.start] if rest else ""
        if rest and (_TOTAL_AFTER.match(gap) or (_SUMS_UP.search(gap) and not re.search(r"[.;]", gap))):
            total = rest[0]  # ", for a combined T", ", which brought the group total to T"
        elif sent.index + 1 < len(doc.sentences):
            nxt = doc.sentences[sent.index + 1]
            later = [r for r in att.records_in(nxt.index) if r.head.exact and r.head.unit in (None, "count")]
            m = _TOTAL_NEXT.match(text[nxt.start : later[0].head.start]) if later else None
            if m and (m.group("n") or m.group("n2")):
                says = SMALL.get((m.group("n") or m.group("n2")).lower())  # "the four brands"
            elif m and m.group("both"):
                says = 2
            else:  # "Together, they ...": only "together" says it is all of them
                says = len(parts) if m and m.group("cue").lower() == "together" else None
            if says == len(parts):
                total = later[0]
        if total is None or not all(same_period(p.periods, parts[0].periods) for p in parts):
            continue  # "12,000 in May and Orla 9,000 in June": no breakdown of one period
        if not metric_compatible(total.metric, parts[0].metric) or not same_period(total.periods, parts[0].periods):
            continue
        out.append(Group(parts, "company", total, closed=True, how="a figure for each company named"))
    return out


# "a combined 1,212,400", "together sold", "jointly delivered", "between them"
_COMBINED = re.compile(r"\b(?:combined|together|jointly|between\s++them|in\s++total|altogether)\b", re.IGNORECASE)


# Companies named together: "Orla and Kessel", "Orla, Kessel and Drevon" (one word each)
_NAMES_JOINED = re.compile(r"\b[A-Z][\w&-]*+(?:\s*+,\s*+[A-Z][\w&-]*+){0,3}+\s++and\s++[A-Z][\w&-]*+(?=['’]s\b|\s)")


def _combined_then_each(att: Attribution) -> list[Group]:
    """ "Orla and Kessel sold a combined 1,212,400 vehicles in 2019. Orla's sales climbed 4.7
    percent to 650,300 units. Kessel's rose 4.4 percent to 562,100": a total the companies it
    names share, then each one's own level in the sentences right after it (the first level of
    each, none a baseline; every company named must have one)."""
    text = att.doc.norm
    out = []
    for total in att.records:
        if not total.head.exact or total.head.unit not in (None, "count"):
            continue
        sent = att.doc.sentences[total.sentence]
        if not _COMBINED.search(text, max(sent.start, total.head.start - 70), min(sent.end, total.head.end + 30)):
            continue
        joined = _NAMES_JOINED.search(text, sent.start, total.head.start)
        if joined is None:
            continue
        after = att.records_between(total.sentence + 1, total.sentence + 3)
        # (the names among the words joined: "Together, Orla, Kessel and Drevon" names three)
        named = {n.lower() for n in re.findall(r"[A-Z][\w&'’-]*+", joined.group())} & {
            n for r in after for n in r.names
        }
        if len(named) < 2:
            continue
        found: dict[str, Record] = {}
        for r in after:
            if len(r.names) != 1 or not r.names < named or next(iter(r.names)) in found:
                continue
            if r.head.start in att.base_of or COMPARED_WITH.search(text, max(0, r.head.start - 30), r.head.start):
                continue  # ("up from 667,944": the year before's, no part of the total)
            if not (r.head.exact and compatible(r.head, total.head)):
                continue
            found[next(iter(r.names))] = r
        if set(found) != named:
            continue
        parts = sorted(found.values(), key=lambda r: r.head.start)
        if not all(same_period(p.periods, total.periods) for p in parts):
            continue
        if not all(metric_compatible(total.metric, p.metric) for p in parts):
            continue
        out.append(Group(parts, "company", total, closed=True, how="the combined figure of the companies it names"))
    return out


# ---------------------------------------------------------------------------------------------
# Aligned lists: "sold 29,792, 57,237 and 1,319 cars, SUVs and MPVs, respectively"; "the sales of
# sedans, SUVs and MPVs were A units, B units and C units, respectively"; "its NEVs include
# passenger cars as well as commercial vehicles, and they sold A units and B units, respectively".

_SHIFT = re.compile(
    r"\b(?:a\s+year\s+(?:ago|earlier|before)|last\s+year|the\s+previous\s+(?:year|month|quarter|week)|"
    rf"the\s+prior\s+(?:year|month|quarter|week)|year-ago|the\s+{SAME_SPAN}|"
    r"a\s+(?:month|quarter|week)\s+(?:ago|earlier|before))\b",
    re.IGNORECASE,
)


_FROM_FIGURE = re.compile(r"\bfrom\s++(?:the\s++)?(?!(?:19|20)\d\d\b)\d(?:[^,;]|,(?=\d))*+", re.IGNORECASE)


def _shifted(att: Attribution, parts_sentence: int, total_sentence: int) -> bool:
    """The parts' sentence moves to another time ("A year earlier, ...", "In 2023, ...") than the
    total's sentence names: the parts may be of another period than the total."""
    if parts_sentence == total_sentence:
        return False
    # (a comparison inside a sentence, "as compared to 31,619 units sold in the same month a year
    # ago", dates its baseline, not the sentence's own figures)
    # ("up 12 per cent from 43,088 units in May last year": a rate's baseline, dated)
    ptext, ttext = (
        _FROM_FIGURE.sub(" ", COMPARISON_PHRASE.sub(" ", att.doc.sentences[i].text))
        for i in (parts_sentence, total_sentence)
    )
    shift = {m.group().lower() for m in _SHIFT.finditer(ptext)}
    if shift - {m.group().lower() for m in _SHIFT.finditer(ttext)}:
        return True
    py, ty = ({y for _, y in periods.years_named(t)} for t in (ptext, ttext))
    return bool(py and ty and not py & ty)  # "In 2023, ..." against a total of 2024


def _opens_elsewhere(att: Attribution, parts_sentence: int, total_sentence: int) -> bool:
    """The parts' sentence opens at another time than the total's ("In the same month last
    year, it sold ..."); a comparison inside it ("up 5% from a year earlier") does not count."""
    if parts_sentence == total_sentence:
        return False
    opens = [OPENS_SHIFTED.match(att.doc.sentences[i].text) for i in (parts_sentence, total_sentence)]
    return opens[0] is not None and (opens[1] is None or opens[0].group().lower() != opens[1].group().lower())


_WHOLE = re.compile(r"\b(?:total|all|overall|combined|altogether|group)\b", re.IGNORECASE)
_MAX_BACK_LIST = 8


def _subject_ok(att: Attribution, t: Record, parts: list[Record]) -> bool:
    """The total and its parts are about one company: the parts' sentence names no other,
    and no sentence between them reports for another."""
    tc = t.names | att.context_company(t.sentence)
    pn = frozenset(n for p in parts for n in p.names if not re.search(r"\d", n))  # "K7" is a model
    if pn and tc and not pn & tc:
        return False
    for i in range(t.sentence + 1, parts[-1].sentence + 1):
        s = att.subjects[i] if i < len(att.subjects) else None
        if s and tc and s not in tc and not re.search(r"\d", s):  # "The K7 sold": a model, not a company
            return False
    return True


def _clause_periods(att: Attribution, r: Record) -> frozenset[str]:
    """Periods named from the start of a figure's sentence to the next figure after it: "rising
    22.7% to 2,537 units after declining 7% in November" names none for 2,537."""
    sent = att.doc.sentences[r.sentence]
    nxt = next((q.start for q in att.quantities_in(r.sentence) if q.start > r.head.end), sent.end)
    return periods_in(att.doc.norm[sent.start : nxt])


def _list_total(
    att: Attribution,
    parts: list[Record],
    fam: str,
    nev: bool | None,
    clause_period: bool = False,
    labels: tuple[str, ...] = (),
) -> tuple[Record | None, list[Record]]:
    """The total an aligned or named list breaks down: an earlier figure of the same metric,
    period and company that is not itself a slice. Returns it and the other candidates."""
    first = parts[0]
    ptags = [record_tags(att, p) for p in parts]
    common = {k: v for k, v in ptags[0].items() if k != fam and all(p.get(k) == v for p in ptags)}
    biggest = max(p.head.value for p in parts)
    ptext = att.doc.sentences[first.sentence].text
    p_region = tags_of(ptext).get("region")
    if p_region and any(p_region.lower() in lab.lower() for lab in labels):
        p_region = None  # "in Korea and overseas markets": the country is a part's label, not the scope
    metrics = {p.metric for p in parts} - {None}
    cands: list[tuple[float, int, Record]] = []
    for t in att.records_between(max(0, first.sentence - _MAX_BACK_LIST), first.sentence):
        if t.head.start >= first.head.start or t in parts or not t.head.exact:
            continue
        if t.head.value <= biggest and not _WHOLE.search(t.context):
            continue  # smaller than a part: a total only if it says it is one ("of all vehicles")
        ttags = record_tags(att, t)
        if fam in ttags or any(common.get(k) != v for k, v in ttags.items() if k != "region"):
            continue
        if any(ttags.get(k) != v for k, v in common.items() if k != "region"):
            continue
        if nev is not None and t.nev and not nev:
            continue  # an NEV total is not the sum of parts of all powertrains
        if not all(metric_compatible(t.metric, p.metric) for p in parts):
            continue
        tp = period_of(att, t)
        if clause_period:
            own = [_clause_periods(att, p) for p in parts]
            if not all(same_period(t.periods, o) for o in own):
                continue
        elif not all(same_period(tp, period_of(att, p)) for p in parts):
            continue
        if not _subject_ok(att, t, parts) or _shifted(att, first.sentence, t.sentence):
            continue
        t_region = tags_of(t.context).get("region")
        if t_region != p_region and not (t_region == "China" and p_region is None):
            continue  # another market than the parts' ("in Europe"), or a wider one
        narrowed = t_region is not None and p_region is None  # "sales in China" against a company-wide list
        dated = bool(t.periods and any(t.periods & p.periods for p in parts))  # the parts' own period, stated
        score = (
            2 * bool(_WHOLE.search(t.context)) - 3 * narrowed + (bool(metrics) and metrics == {t.metric}) + 3 * dated
        )
        if dated or not any(p.periods for p in parts):
            score += 0.5  # only a candidate that names the parts' period can rival the best one
        cands.append((score, t.head.start, t))
    if not cands:
        return None, []
    cands.sort(key=lambda c: (-c[0], -c[1]))
    iv = arith.add((p.head.lo, p.head.hi) for p in parts)
    match = [c for c in cands if arith.overlaps(iv, (c[2].head.lo, c[2].head.hi))]
    if match:
        return match[0][2], []
    best = cands[0]
    # a rival of the same standing, or another figure of a named metric on the other side of the
    # sum (the parts exceed the best total but fit under another): the pairing is not certain
    above = best[2].head.hi < iv[0]
    rivals = [
        c[2]
        for c in cands[1:]
        if c[0] >= best[0]
        or (
            c[2].metric is not None
            and c[0] % 1  # it names the parts' period (or the parts name none)
            and (c[2].head.hi >= iv[0] if above else c[2].head.lo <= iv[1])
        )
    ]
    return best[2], rivals


def _aligned_groups(att: Attribution) -> list[Group]:
    out = []
    for a in att.aligned:
        total, others = _list_total(att, a.parts, a.family, a.nev, a.clause_period, tuple(a.labels))
        if total is None:
            continue
        g = Group(a.parts, a.family, total, how=a.how)
        g.closed = any(OTHER.match(lab) for lab in a.labels)
        g.wider = a.nev and not total.nev  # BEVs and PHEVs of all the cars sold: some may be missing
        g.others = others
        out.append(g)
    return out


# ---------------------------------------------------------------------------------------------
# A total after its parts: "BEVs 10,006 ... PHEVs 3,884 ... HEVs 8,007. These figures translate
# into 21,897 electrified vehicles"; "..., bringing the total to 21,897"; "In all, 21,897".

# words right before the total that say it sums up the figures before it
_SUMS_UP = re.compile(
    r"\b(?:(?:these|those|the(?:se)?\s+(?:three|two|four|five))\s+(?:figures|numbers|volumes|results)\s+"
    r"(?:translate|add|amount|come|sum|bring|take)s?\s+(?:up\s+)?(?:in)?to|"
    r"(?:brought|bringing|brings|took|taking|takes|pushed|pushing|put|putting|puts)\s+(?:the|its|their)\s+"
    r"(?:[a-z\-]+\s+)?(?:total|tally|sum)\s+(?:[a-z\-]+\s+){0,3}?to|"
    r"so\s+(?:[\w'’\-]+\s+){0,4}?(?:came\s+to|totall?ed|amounted\s+to|added\s+up\s+to)|"
    r"for\s+a\s+(?:combined\s+)?total\s+of|add(?:s|ing)?\s+up\s+to)\s+(?:[a-z\-]+\s+){0,2}$",
    re.IGNORECASE,
)
# a sentence that opens by summing up, with a number word that can say how many parts
_SUMS_UP_OPEN = re.compile(
    r"^\s*(?:in\s+all|all\s+told|altogether|together|combined|in\s+total|overall|"
    # "Total sales were 15,500 units", "Total deliveries came to ...", "Its total scooter sales in May
    # fell 69 per cent to ..."
    r"(?:(?:its|their)\s+)?total\s+(?:[a-z\-]+\s+){0,2}?(?:sales|deliveries|registrations|volumes?|shipments)"
    # ("Total sales across categories increased 11 per cent to ...": the total of every segment said)
    r"(?=(?:\s+(?:in|for|during)\s+[A-Za-z]+(?:\s+\d{4})?|\s+across\s+(?:all\s+)?(?:the\s+)?"
    r"(?:categories|segments|the\s+board))?\s+(?:were|was|stood|came|reached|amounted|went|totall?ed|"
    rf"{alt(RISE_VERBS)}|{alt(FALL_VERBS)})\b))\b,?\s*"
    r"(?:(?:the|these|those)\s+(?P<n>[a-z]+)\s+|(?P<both>both)\s+)?",
    re.IGNORECASE,
)
_SUBSET_GAP = re.compile(r"\b(?:including|includ(?:es|ed)|of\s+which|among\s+(?:them|which)|with)\b", re.IGNORECASE)
_FOSSIL = {"petrol", "diesel"}


def _sum_after(att: Attribution) -> list[Group]:
    doc = att.doc
    out = []
    for t in att.records:
        if not t.head.exact:
            continue
        sent = doc.sentences[t.sentence]
        own = att.records_in(t.sentence)
        strong = bool(_SUMS_UP.search(doc.norm[max(sent.start, t.head.start - 160) : t.head.start]))
        opener = _SUMS_UP_OPEN.match(doc.norm[sent.start : t.head.start]) if own[0] is t else None
        if not strong and not opener:
            continue
        after = [r for r in own[own.index(t) + 1 : own.index(t) + 2]]
        if after and _SUBSET_GAP.search(doc.norm[t.label_end : after[0].head.start]):
            continue  # "In total, it sold T, which includes 1,056 commercial vehicles": its own breakdown
        says = None
        if opener and opener.group("n"):
            says = SMALL.get(opener.group("n").lower())
        elif opener and opener.group("both"):
            says = 2
        # (a year-ago baseline said between the parts is no part: "26,094 units as compared to 31,619")
        before = [
            r
            for r in att.records_between(t.sentence - 8, t.sentence)
            if r.head.start < t.head.start and r.head.start not in att.base_of
        ]
        parts: list[Record] = []
        fam = None
        for r in reversed(before):
            if parts and parts[0].sentence - r.sentence > 3:
                break
            if not r.head.exact or r.head.value >= t.head.value:
                break
            cand = [r, *parts]
            f = family(cand, att) if len(cand) > 1 else next(iter(record_tags(att, r)), None)
            if f is None or (len(cand) > 1 and not others_agree(cand, f, strict=False, att=att)):
                break
            parts, fam = cand, f
            if says is not None and len(parts) == says:
                break
        if len(parts) < 2 or fam is None or (says is not None and len(parts) != says):
            continue
        if t.nev and any(record_tags(att, p).get("powertrain") in _FOSSIL for p in parts):
            continue
        if any(_shifted(att, p.sentence, t.sentence) for p in parts):
            continue
        if not compatible_total(att, t, parts, fam):
            continue
        # the shortest run of parts that adds up, when the run reaches further back than the total
        for k in range(len(parts) - 2, -1, -1):
            iv = arith.add((p.head.lo, p.head.hi) for p in parts[k:])
            if arith.overlaps(iv, (t.head.lo, t.head.hi)):
                parts = parts[k:]
                break
        # the run of parts must start cleanly: no other figure just before it that may belong to it
        first = parts[0]
        # a sentence that holds both the parts and the total delimits them itself
        own = all(p.sentence == t.sentence for p in parts) and att.records_in(t.sentence)[0] is first
        clean = own or not any(
            r.head.start < first.head.start and first.sentence - r.sentence <= 3 for r in before if r not in parts
        )
        # "In all, ...": may sum up more than the figures named just before, unless the total's
        # own words name each part ("Overall, sales including domestic sales and exports ...")
        named = {record_tags(att, p).get(fam) for p in parts}
        listed = bool(opener) and named <= joined_members(doc.norm[sent.start : t.head.start]).get(fam, set())
        # "Its total scooter sales ..." after the home and the export figure: a total named as such
        # over every member of a closed split
        whole_split = (
            opener is not None
            and re.search(r"\btotal\b", opener.group(), re.IGNORECASE) is not None
            and fam in CLOSED_SETS
            and named >= CLOSED_SETS[fam]
        )
        sure = (strong or says is not None or listed or whole_split) and (clean or says is not None)
        if not (strong or listed) and (
            sum(p.head.value for p in parts) < 0.5 * t.head.value
            # the same total said before the parts: the list's own total is that one
            or any(r.head.value == t.head.value for r in before if r.head.start < parts[0].head.start)
        ):
            continue  # "Overall, ..." over a few figures that make up less than half of it: another story
        out.append(Group(parts, fam, t, closed=sure, how="summed up after its parts", sure=sure))
    return out


# "a share of 14.5% of all sales", "and a 5.6% market share", "a market penetration of 31.7%"
_SHARE_BEFORE = re.compile(r"\b(?:share|penetration)\s+(?:rate\s+)?(?:of|at|was|reached)\s+$", re.IGNORECASE)
_SHARE_AFTER = re.compile(r"^\s*(?:market\s+share|share|penetration)\b", re.IGNORECASE)


def _share_of(att: Attribution, r: Record) -> Quantity | None:
    """The share of the market stated for a record's figure in its own clause."""
    doc = att.doc
    nxt = next((o.head.start for o in att.records_in(r.sentence) if o.head.start > r.head.start), None)
    end = doc.sentences[r.sentence].end if nxt is None else nxt
    found = []
    for q in att.quantities_in(r.sentence):
        if q.unit != "percent" or not r.head.end < q.start < end:
            continue
        pre = doc.norm[max(r.head.end, q.start - 40) : q.start]
        if _SHARE_BEFORE.search(pre) or _SHARE_AFTER.match(doc.norm[q.end : q.end + 20]):
            found.append(q)
    return found[0] if len(found) == 1 else None


def _judge_shares(att: Attribution, g: Group) -> Verdict | None:
    """Shares of the parts that must add up to the total's share ("14.5% + 5.6% + 11.6% of all
    sales against a penetration of 31.7%")."""
    assert g.total is not None
    total = _share_of(att, g.total)
    parts = [_share_of(att, r) for r in g.parts]
    if total is None or any(p is None for p in parts):
        return None
    ps = [p for p in parts if p is not None]
    iv = arith.add((p.lo, p.hi) for p in ps)
    computed = round(sum(p.value for p in ps), 6)
    dec = max(p.decimals for p in (*ps, total))
    evidence = (*(Evidence("part", p) for p in ps), Evidence("total", total))
    head = " + ".join(_fmt(p) for p in ps) + f" = {format_number(computed, dec)}%"
    arithmetic = " + ".join(format_number(p.value, dec) for p in ps) + f" = {format_number(computed, dec)}"
    if arith.overlaps(iv, (total.lo, total.hi)):
        status, msg = Status.CONSISTENT, f"{head}; the article's total share is {_fmt(total)}"
    elif g.others or not g.sure or (iv[1] < total.lo and not (g.closed or _is_closed(att, g))):
        status, msg = Status.UNVERIFIABLE, f"{head}, not {_fmt(total)}; the parts may not be all of it"
    else:
        status = Status.INCONSISTENT
        msg = f"{head}, but the article's total share is {_fmt(total)} (or one of the shares is wrong)"
    return verdict(RULE, status, total, msg, evidence, computed=computed, arithmetic=arithmetic, how=g.how)


# ---------------------------------------------------------------------------------------------
# Money: "total revenue of 18.6 billion yuan (2.58 billion USD). EV sales accounted for 18.1
# billion yuan (2.51 billion USD), while other businesses contributed 500 million yuan (70 million USD)."

_MONEY_TOTAL = re.compile(
    r"\b(?:revenues?|turnover)\b(?:\s+[a-z\-]+){0,3}?\s+(?:of|was|were|reached|came\s+to|totall?ed|"
    r"stood\s+at|amounted\s+to|hit)\s+(?:about\s+|nearly\s+|some\s+)?$",
    re.IGNORECASE,
)
_MONEY_FIRST = re.compile(
    r"(?:accounted\s+for|contributed|came\s+from|generated|brought\s+in|made\s+up|were|was|totall?ed|reached)"
    r"\s+(?:about\s+)?$",
    re.IGNORECASE,
)
_NOT_REVENUE = re.compile(
    r"\b(?:loss|losses|profits?|costs?|expenses?|spending|margins?|income|ebitda?|cash|capex|debt|r&d|research)\b",
    re.IGNORECASE,
)
_MONEY_NEXT = re.compile(r"^[^\d;]{0,60}?(?:,|\band\b|\bwhile\b|\bwhereas\b)[^\d;]{0,60}$", re.IGNORECASE)


def _conversion(doc: Document, qs: list[Quantity], q: Quantity) -> Quantity | None:
    """The figure in brackets right after ``q``: "18.6 billion yuan (2.58 billion USD)"."""
    for o in qs:
        if o.start > q.end and re.fullmatch(r"\s*\(\s*", doc.norm[q.end : o.start]):
            return o if o.is_currency and o.unit != q.unit else None
    return None


def _money_groups(att: Attribution) -> list[Group]:
    doc = att.doc
    out: list[Group] = []
    for sent in doc.sentences[:-1]:
        qs = att.quantities_in(sent.index)
        for q in qs:
            if not q.is_currency or not q.exact:
                continue
            window = doc.norm[max(sent.start, q.start - 120) : q.start]
            low = window.lower()
            if ("revenue" not in low and "turnover" not in low) or not _MONEY_TOTAL.search(window):
                continue
            nxt = doc.sentences[sent.index + 1]
            if nxt.paragraph - sent.paragraph > 1 or not same_period(periods_in(nxt.text), periods_in(sent.text)):
                continue
            if _shifted(att, nxt.index, sent.index):
                continue  # "A year ago, EV sales accounted for ..."
            nqs = att.quantities_in(nxt.index)
            convs = {id(c) for c in (_conversion(doc, nqs, o) for o in nqs) if c is not None}
            money = [o for o in nqs if o.is_currency and id(o) not in convs]
            if len(money) < 2 or any(o.unit != q.unit or not o.exact or o.value >= q.value for o in money):
                continue
            if not _MONEY_FIRST.search(doc.norm[nxt.start : money[0].start]):
                continue
            ends = [(_conversion(doc, nqs, o) or o).end for o in money]
            if not all(_MONEY_NEXT.match(doc.norm[e : o.start]) for e, o in zip(ends, money[1:], strict=False)):
                continue
            labels = [doc.norm[e : o.start] for e, o in zip([nxt.start, *ends], money, strict=False)]
            if any(_NOT_REVENUE.search(lab) for lab in labels):
                continue  # "net loss was X and gross profit Y": no segments of the revenue
            closed = bool(re.search(r"\b(?:other|others|the\s+rest|remaining)\b", labels[-1], re.IGNORECASE))
            how = "the segments of a total amount"
            out.append(
                Group([Record(head=o, sentence=nxt.index) for o in money], "money", Record(q, sent.index), closed, how)
            )
            # the same sum in the currency of the bracketed conversions
            tc = _conversion(doc, qs, q)
            pcs = [_conversion(doc, nqs, o) for o in money]
            if tc is not None and all(c is not None and c.unit == tc.unit and c.exact for c in pcs):
                parts = [Record(head=c, sentence=nxt.index) for c in pcs if c is not None]
                out.append(Group(parts, "money", Record(tc, sent.index), closed, how))
    return out


# ---------------------------------------------------------------------------------------------
# Shares that make up a stated share: "BEVs took 31.2% of the market and PHEVs 19.4%, for an NEV
# penetration of 50.6%".

_SHARE_TOTAL = re.compile(
    r"\b(?:for|giving|making|with|bringing|taking)\s+(?:it\s+|them\s+)?(?:an?\s+|the\s+|its\s+|their\s+)?"
    r"(?:combined\s+|total\s+|overall\s+|joint\s+)?(?:[\w\-]+\s+){0,2}?(?:penetration|share)(?:\s+rate)?\s+"
    r"(?:of|to)\s+$",
    re.IGNORECASE,
)
_GROWTH_NEAR = re.compile(
    r"\b(?:up|down|rose|rise|fell|fall|grew|growth|increased?|decreased?|jump(?:ed)?|climb(?:ed)?|"
    r"drop(?:ped)?|gain(?:ed)?|slipped|declined?|points?|year|month|from|than)\b",
    re.IGNORECASE,
)
_SHARE_WORD = re.compile(r"\b(?:took|accounted\s+for|made\s+up|represented|share|market|of\s+(?:all|total))\b", re.I)


# "Electric vehicles, plug-in hybrids and hybrids now hold a combined market share of over 30.4%.
# Diesel accounts for 34.4%, petrol 32.6%, hybrid 16.6%, electric 6.9% and plug-in hybrid 7.0%."
_COMBINED_SHARE = re.compile(r"\b(?:combined|joint|together)\s+(?:market\s+)?share\b", re.IGNORECASE)
_FUEL = "|".join(f"(?P<{k.lower()}>{p})" for k, p in FUEL_LABELS)
_FUEL_NAMED = re.compile(rf"\b(?:{_FUEL})\b", re.IGNORECASE)
# a label right before its share: ", Hybrid ", " and plug-in electric hybrid ", "Diesel now accounts for "
_FUEL_BEFORE = re.compile(
    rf"(?:^|[,;:]|\band)\s{{0,3}}+(?:{_FUEL})(?:\s{{1,3}}+(?:now\s+)?(?:accounts?\s+for|at|with|on|makes?\s+up))?\s{{0,3}}+$",
    re.IGNORECASE,
)


def _combined_shares(att: Attribution) -> list[Group]:
    """A combined share of the fuel types a sentence names, against their shares in the fuel-mix
    list that follows (in the same sentence or the next two): one share for each type named."""
    doc = att.doc
    out = []
    for sent in doc.sentences:
        m = _COMBINED_SHARE.search(doc.norm, sent.start, sent.end)
        if m is None:
            continue
        total = next((q for q in att.quantities_in(sent.index) if q.unit == "percent" and q.start > m.end()), None)
        if total is None:
            continue
        named = {
            next(k for k, v in f.groupdict().items() if v)
            for f in _FUEL_NAMED.finditer(doc.norm, sent.start, m.start())
        }
        if len(named) < 2:
            continue
        found: dict[str, list[Quantity]] = {}
        for s2 in doc.sentences[sent.index : sent.index + 3]:
            qs = [q for q in att.quantities_in(s2.index) if q.unit == "percent" and q.start > total.end]
            prev = max(s2.start, total.end) if s2.index == sent.index else s2.start
            for q in qs:
                lab = _FUEL_BEFORE.search(doc.norm[prev : q.start])
                prev = q.end
                if lab is not None:
                    key = next(k for k, v in lab.groupdict().items() if v)
                    found.setdefault(key, []).append(q)
        if not named <= {k.lower() for k in found} or any(len(found[k]) != 1 for k in found if k in named):
            continue
        parts = sorted((found[k][0] for k in named), key=lambda q: q.start)
        recs = [
            Record(head=p, sentence=p.sentence, tags={"powertrain": k}) for k, p in ((k, found[k][0]) for k in named)
        ]
        recs.sort(key=lambda r: r.head.start)
        assert [r.head for r in recs] == parts
        out.append(
            Group(
                recs,
                "powertrain",
                Record(total, sent.index),
                closed=True,
                how="the shares of the fuels a combined share names",
            )
        )
    return out


def _share_lists(att: Attribution) -> list[Group]:
    doc = att.doc
    out = []
    for sent in doc.sentences:
        qs = [q for q in att.quantities_in(sent.index) if q.unit == "percent"]
        for k in range(2, len(qs)):
            t = qs[k]
            if not t.exact or not _SHARE_TOTAL.search(doc.norm[qs[k - 1].end : t.start]):
                continue
            parts = qs[:k]
            if any(not p.exact or p.value >= t.value for p in parts):
                continue
            # growth rates and their baselines are no shares
            near = [doc.norm[max(sent.start, p.start - 25) : p.start] + doc.norm[p.end : p.end + 12] for p in parts]
            if any(_GROWTH_NEAR.search(n) for n in near) or not _SHARE_WORD.search(doc.norm[sent.start : t.start]):
                continue
            starts = [sent.start, *(p.end for p in parts[:-1])]
            members = [tags_of(doc.norm[b : p.start]).get("powertrain") for b, p in zip(starts, parts, strict=True)]
            named = None not in members and len(set(members)) == len(members)
            recs = [
                Record(head=p, sentence=sent.index, tags={"powertrain": m} if named and m else {})
                for p, m in zip(parts, members, strict=True)
            ]
            fam = "powertrain" if named else "shares"
            out.append(Group(recs, fam, Record(t, sent.index), how="shares that make up the total share"))
            break
    return out


# ---------------------------------------------------------------------------------------------
# A total that names one part of a pair, the other part stated elsewhere: "passenger plug-in car
# sales reached 261,105 units" ... "In total, it sold 262,161 plug-in vehicles, which includes
# 1,056 commercial vehicles" (passenger + commercial = total).

_PAIRS = {"segment": ("passenger", "commercial"), "market": ("domestic", "export")}


def _complements(att: Attribution) -> list[Group]:
    out = []
    for s_ in att.records:
        if not s_.head.exact or not is_subset(att, s_):
            continue
        stags = record_tags(att, s_)
        fam = next((f for f in _PAIRS if f in stags), None)
        if fam is None:
            continue
        # the total is the last figure before the part that is no baseline ("Total sales reached T,
        # up 14 per cent from B, while exports rose to E": T, not B)
        before = [o for o in att.records_in(s_.sentence) if o.head.start < s_.head.start]
        t = next((o for o in reversed(before) if o.head.start not in att.base_of), before[-1])
        ttags = record_tags(att, t)
        if fam in ttags or not t.head.exact:
            continue
        other = next(m for m in _PAIRS[fam] if m != stags[fam])
        found = []
        for c in att.records_between(t.sentence - _MAX_BACK_LIST, t.sentence + 2):
            ctags = record_tags(att, c)
            if c.sentence == t.sentence or ctags.get(fam) != other or not c.head.exact or is_subset(att, c):
                continue
            if {k: v for k, v in ctags.items() if k != fam} != ttags or c.nev != t.nev or c.head.value >= t.head.value:
                continue
            if not (c.metric is None or t.metric is None or c.metric == t.metric):
                continue
            if not same_period(period_of(att, c), period_of(att, t)) or _shifted(att, c.sentence, t.sentence):
                continue
            first, last = sorted((c, t), key=lambda r: r.sentence)
            cc, tc = c.names | att.context_company(c.sentence), t.names | att.context_company(t.sentence)
            if not _subject_ok(att, first, [last]) or ((cc or tc) and not cc & tc):
                continue  # a company named on one side only may be another company
            found.append(c)
        if len(found) == 1:
            out.append(
                Group([found[0], s_], fam, t, closed=True, how="one part named with the total, the other elsewhere")
            )
    return out


# A total, then each member of a set that makes a whole in sentences of its own after it:
# "output grew 9 per cent to 84,210 units. ... Passenger car output came to 80,950 units ...
# [its models] ... output of its light commercial pickup reached 3,260".
_AGO_AFTER = re.compile(
    r"[^.;\d]{0,50}?\b(?:last\s+year|a\s+year\s+(?:ago|earlier|before)|the\s+previous\s+year|year-ago)\b",
    re.IGNORECASE,
)
_AFTER_TOTAL = 14  # sentences after a total searched for its members (a section each, in a release)
# and before it, in its own sentence or the two before ("domestic sales of A ... Total sales reached
# T, while exports rose to E")
_BEFORE_TOTAL = 2
# (past an aside and the rate of its change: "Its overall volume, though, slipped 3% to T")
# ("cumulative" too, when its period is the parts' own: "cumulative sales eased to T against B in
# the like month a year before", domestic and exports combined)
_NAMED_WHOLE = re.compile(
    r"\b(?:total|overall|combined|cumulative)\b(?:[^,;.\d%]++|,\s*+(?:however|though|meanwhile|too|also|in\s++turn),"
    r"|\d++(?:\.\d++)?\s*+(?:%|per\s*+cent\b|percent\b))*+$",
    re.IGNORECASE,
)
_BY_SET = "each member of the set that makes the whole, after the total"
_ALSO = re.compile(ALSO, re.IGNORECASE)
_RANKED_AFTER_ONE_BEFORE = re.compile(RANKED_AFTER_ONE_BEFORE, re.IGNORECASE)
_OTHER_CLASSES = re.compile(
    r"\b(?:vans?|bus(?:es)?|coach(?:es)?|commercials?|LCVs?|CVs?|motorcycles?|two-wheelers?)\b", re.IGNORECASE
)
# The sets that make a whole, and whether they surely do: North American figures split a market
# into passenger cars and trucks (pickups, SUVs, vans), but elsewhere "trucks" may be one class
# beside vans and buses, so that pair is reported only when it adds up.
_MEMBER_SETS: tuple[tuple[str, frozenset[str], bool], ...] = (
    *((fam, members, True) for fam, members in CLOSED_SETS.items()),
    ("segment", frozenset({"passenger", "truck"}), False),
)


def _split_another_way(att: Attribution, t: Record, fam: str, first: int) -> bool:
    """The article also breaks ``t`` down by another set that makes a whole (at home and abroad,
    by buyer, by origin): a member of that set, said near ``t`` for no other period."""
    tp, ttags = period_of(att, t), record_tags(att, t)
    seen: dict[str, set[str]] = {}
    for c in att.records_between(first, t.sentence + _AFTER_TOTAL):
        if c is t or c.head.value >= t.head.value:
            continue
        ctags = record_tags(att, c)
        if fam in ctags or not metric_compatible(c.metric, t.metric):
            continue  # ("utility vehicles" of the passenger segment split that segment, not the total;
            # domestic sales and exports split sales, not production)
        cp = period_of(att, c)
        if cp and tp and not same_period(cp, tp):
            continue
        for f, members in CLOSED_SETS.items():
            if f != fam and f not in ttags and ctags.get(f) in members:
                seen.setdefault(f, set()).add(ctags[f])
    # two members of the other set: the total is split that way too ("domestic ... exports ...")
    return any(len(v) >= 2 for v in seen.values())


def _members_after(att: Attribution, totals: set[int]) -> list[Group]:
    out = []
    for t in att.records:
        if not t.head.exact or t.head.start in totals or t.head.start in att.base_of or is_subset(att, t):
            continue
        if COMPARED_WITH.search(att.doc.norm, max(0, t.head.start - 30), t.head.start) and _AGO_AFTER.match(
            att.doc.norm, t.head.end
        ):
            continue  # "Compared to the 10,175 vehicles sold a year ago, ...": the level compared with
        ttags = record_tags(att, t)
        for fam, members, sure in _MEMBER_SETS:
            if fam in ttags:
                continue
            found: dict[str, list[Record]] = {}
            # (members before the total only when its own words call it the whole: "Total sales
            # for the month touched T"; a model's count after two segments' figures is no total)
            first = (
                t.sentence - _BEFORE_TOTAL
                if _NAMED_WHOLE.search(att.doc.norm, max(0, t.head.start - 70), t.head.start)
                else t.sentence + 1
            )
            for c in att.records_between(first, t.sentence + _AFTER_TOTAL):
                if c is t or (c.sentence == t.sentence and c.head.start < t.head.start):
                    continue
                ctags = record_tags(att, c)
                if ctags.get(fam) not in members or not c.head.exact or c.head.start in att.base_of:
                    continue
                if COMPARED_WITH.search(att.doc.norm, max(0, c.head.start - 30), c.head.start) or _AGO_AFTER.match(
                    att.doc.norm, c.head.end
                ):
                    continue  # "a steep drop from 12,390 units shipped in October last year": a level compared with
                if (
                    {k: v for k, v in ctags.items() if k != fam} != ttags
                    or c.nev != t.nev
                    or c.head.value >= t.head.value
                ):
                    continue
                if not metric_compatible(c.metric, t.metric) or (
                    (c.metric is None) != (t.metric is None)
                    # ("export numbers were at 11,093": what is exported is what is sold abroad)
                    and not (ctags[fam] == "export" and c.metric is None and t.metric == "sales")
                ):
                    continue
                if not same_period(period_of(att, c), period_of(att, t)) or _shifted(att, c.sentence, t.sentence):
                    continue
                cc, tc = c.names | att.context_company(c.sentence), t.names | att.context_company(t.sentence)
                if cc and tc and not cc & tc:
                    continue  # another company's
                found.setdefault(ctags[fam], []).append(c)
            # one figure for each member, no more: a second one may be another period's or company's
            if set(found) != members or any(len(v) != 1 for v in found.values()):
                continue
            parts = sorted((v[0] for v in found.values()), key=lambda r: r.head.start)
            said_in = att.doc.sentences[parts[0].sentence].text
            if _ALSO.search(said_in) or _RANKED_AFTER_ONE_BEFORE.search(said_in):
                # "There were A cars and B utes also sold", "Vans (A) and trucks (B) followed": they join
                # a figure said before, no member
                continue
            if sure and _split_another_way(att, t, fam, first):
                # "domestic sales 29,257, exports 307" beside "passenger 13,651, commercial 15,299": the
                # classes may be counted at home only, so they add up to the total only if the article says
                sure = False
            if not sure:
                # cars and trucks beside vans, light commercials or buses: trucks are one class of several
                span = (att.doc.sentences[max(0, first)].start, att.doc.sentences[parts[-1].sentence].end)
                said = INCLUDES_GLOSS.sub(" ", att.doc.norm[span[0] : span[1]])
                if _OTHER_CLASSES.search(said):
                    continue
            out.append(Group(parts, fam, t, closed=sure, how=_BY_SET, sure=sure))
    return out


def check(r: Reading) -> Iterator[Verdict]:
    att = r.attribution
    seen: set[tuple[int, ...]] = set()
    # what remains of a whole, said as such, is its other part: that reading goes before a list
    # found at the same total
    rests = list(_remainders(r))
    ends = {(v.start, v.end) for v in rests}
    found = [
        _judge_shares(att, g) if role == "share" else _judge(att, g, role)
        for g in groups(att)
        for role in ("current", "yoy", "prev", "base", "share")
    ]
    found = [v for v in found if v is None or (v.start, v.end) not in ends]
    # a table's total is added up by its own rows and columns: the text's reading of the same total
    # (parts paired by their category alone) gives way to it
    tabled = list(_table_totals(r))
    by_table = {(v.start, v.end) for v in tabled}
    for v in found:
        if v is None or (v.start, v.end) in by_table:
            continue
        key = (v.start, v.end, *(e.quantity.start for e in v.evidence))
        if key not in seen:
            seen.add(key)
            yield v
    yield from tabled
    spans = {(k[0], k[1]) for k in seen} | by_table
    written = [v for v in _written_sums(r.doc) if (v.start, v.end) not in spans]
    yield from written
    yield from (v for v in rests if (v.start, v.end) not in by_table | {(v.start, v.end) for v in written})


# What is left of a whole once a part is taken: "Out of the 12,300 SUVs delivered, the K7 accounted
# for over 8,000; the remaining models for less than 4,300", "8,100 of the 12,300 were K7s, the rest
# 4,200", "Of 12,300 SUVs, 8,100 were K7s and the other 4,200 older models".
_REST_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:remaining|rest|remainder|other|balance)\b(?:\s+of\s+the)?[^.;\d]{0,60}$", re.IGNORECASE
)
_WHOLE_OPEN = re.compile(r"\b(?:out\s+of|of|among)\s+(?:the\s+|its\s+|a\s+total\s+of\s+|all\s+)?$", re.IGNORECASE)


_NOT_UNITS = frozenset({"models", "brands", "variants", "versions", "trims", "nameplates", *OTHER_COUNT_NOUNS})


def _part_of_whole(rd: Reading, index: int, before: int) -> tuple[Quantity, Quantity] | None:
    """The one whole and part a sentence states ("Out of the 12,300 SUVs, the K7 accounted for
    8,000"; "8,100 of the 12,300 were K7s"), looking only before ``before``."""
    att = rd.attribution
    doc = att.doc
    text = doc.norm
    sent = doc.sentences[index]
    qs = [q for q in att.counts_in(index) if q.end <= before]
    pairs = []
    for i, w in enumerate(qs):
        if not _WHOLE_OPEN.search(text, max(sent.start, w.start - 25), w.start):
            continue
        if i and re.fullmatch(
            r"\s*(?:[a-z]+\s+){0,2}(?:out\s+)?of\s+(?:the\s+|its\s+)?", text[qs[i - 1].end : w.start]
        ):
            pairs.append((w, qs[i - 1]))  # "8,100 of the 12,300"
        elif i + 1 < len(qs) and not re.search(r"[;]", text[w.end : qs[i + 1].start]):
            pairs.append((w, qs[i + 1]))  # "Out of the 12,300 SUVs ..., the K7 accounted for 8,000"
    if len(pairs) != 1:
        return None
    w, p = pairs[0]
    return (w, p) if p.value < w.value and w.exact else None


def _remainders(rd: Reading) -> Iterator[Verdict]:
    """A part of a whole and what remains of it, against the whole."""
    att = rd.attribution
    doc = att.doc
    text = doc.norm
    for sent in doc.sentences:
        for r in att.counts_in(sent.index):
            clause = text[max(sent.start, r.start - 70) : r.start]
            if not _REST_BEFORE.search(clause) or (r.noun or "").lower() in _NOT_UNITS:
                continue  # "the remaining 5 models": a count of models, not of cars
            found = _part_of_whole(rd, sent.index, r.start)
            if found is None and sent.index and doc.sentences[sent.index - 1].paragraph == sent.paragraph:
                if not any(q.end <= r.start for q in att.counts_in(sent.index)):
                    found = _part_of_whole(rd, sent.index - 1, doc.sentences[sent.index - 1].end)
            if found is None:
                continue
            whole, part = found
            own = rd.frames.frame(r.start, r.end).powertrain
            if own is not None and own != rd.frames.frame(whole.start, whole.end).powertrain:
                continue  # "the remaining 2,400 EVs" is no rest of all the cars
            # "11,490 from one market, 630 and 410 from two more, while the balance of 5,204": the rest of
            # every part listed, which the sum rule adds up, not of the first alone
            if any(
                part.end <= q.start and q.end <= r.start and q.start != whole.start and compatible(q, r)
                for q in doc.quantities
            ):
                continue
            yield _added([part, r], whole, format_number(part.value + r.value), "article's", "parts")


# A sum the article writes out with "+": "509,465 units (314,228 Vessa + 195,237 Sorell)", "Vessa
# 314,228 + Sorell 195,237 = 509,465". Each part may carry a label of a few words on either side.
_LABEL = r"(?:[A-Za-z][\w'’&.-]{0,30}+\s{1,3}+){0,3}?"
_PLUS = re.compile(rf"\s{{0,3}}+(?:[A-Za-z][\w'’&.-]{{0,30}}+\s{{1,3}}+){{0,3}}?\+\s{{1,3}}+{_LABEL}")
_TOTAL_TO_BRACKET = re.compile(
    rf"\s{{0,3}}+(?:(?:[A-Za-z][\w-]{{0,30}}+|(?:19|20)\d\d)\s{{1,3}}+){{0,3}}?\(\s{{0,2}}+{_LABEL}"
)
# (a "+" glued to the figure after it is read with it: "251,120 Vessa +161,230 Sorell")
_SIGNED_NEXT = re.compile(rf"\s{{0,3}}+{_LABEL}")
_BRACKET_SHUTS = re.compile(
    r"\s{0,3}+(?:[A-Za-z][\w'’&.-]{0,30}+\s{1,3}+){0,2}?(?:[A-Za-z][\w'’&.-]{0,30}+)?\s{0,3}+\)"
)
_EQUALS = re.compile(r"\s{0,3}+(?:[A-Za-z][\w'’&.-]{0,30}+\s{1,3}+){0,3}?=\s{0,3}+")


def _written_sums(doc: Document) -> Iterator[Verdict]:
    """Each addition the article writes out, against the total it writes with it: the writer
    names the parts and the total, so no pairing is guessed."""
    text = doc.norm
    for sent in doc.sentences:
        qs = [q for q in doc.in_sentence(sent.index) if q.is_amount]
        i = 0
        while i < len(qs) - 1:
            run = [qs[i]]
            while len(run) + i < len(qs) and (
                _PLUS.fullmatch(text, run[-1].end, (nxt := qs[i + len(run)]).start)
                or (text.startswith("+", nxt.start) and _SIGNED_NEXT.fullmatch(text, run[-1].end, nxt.start))
            ):
                run.append(nxt)
            if len(run) < 2:
                i += 1
                continue
            total = None
            k = i + len(run)
            if i > 0 and _TOTAL_TO_BRACKET.fullmatch(text, qs[i - 1].end, run[0].start):
                if _BRACKET_SHUTS.match(text, run[-1].end):
                    total = qs[i - 1]  # "T (A + B)"
            elif k < len(qs) and _EQUALS.fullmatch(text, run[-1].end, qs[k].start):
                total = qs[k]  # "A + B = T"
            i = k
            if total is None or not all(compatible(p, total) for p in run):
                continue
            computed = sum(p.value for p in run)
            shown = (
                _money_sum(computed, run, total)
                if total.is_currency
                else format_number(computed, max(p.decimals for p in (*run, total)))
            )
            yield _added(run, total, shown, "article's", "parts")


def _money_sum(computed: float, parts: list[Quantity], total: Quantity) -> str:
    """A sum of money written like its total (parts written in the total's own scale add up to no
    finer a figure than they are)."""
    scale = {w[1] if (w := written_digits(q)) else None for q in (*parts, total)}
    return format_like(computed, total, max(p.decimals for p in parts) if len(scale) == 1 else None)


def _added(parts: list[Quantity], total: Quantity, shown: str, whose: str, what: str) -> Verdict:
    """The verdict on parts a text or a table adds up itself (``whose`` total, ``what`` may be wrong)."""
    computed = sum(p.value for p in parts)
    head = " + ".join(_fmt(p).lstrip("+ ") for p in parts) + f" = {shown}"
    return judged(
        RULE,
        arith.overlaps(arith.add((p.lo, p.hi) for p in parts), (total.lo, total.hi)),
        total,
        f"{head}; the {whose} total is {_fmt(total)}",
        f"{head}, but the {whose} total is {_fmt(total)}; the total should read {shown}"
        f" (or one of the {what} is wrong)",
        (*(Evidence("part", p) for p in parts), Evidence("total", total)),
        computed=computed,
        arithmetic=" + ".join(figure(p) for p in parts) + f" = {amount(computed, parts[0])}",
    )


_TOTAL_ROW = re.compile(r"\btotal\b", re.IGNORECASE)
# rows that are a part of the row above, not one more part: "of which BEVs", "incl. exports", "- BEV"
_SUB_ROW = re.compile(r"^\s*(?:of\s+which|incl(?:uding|\.)?|thereof|[-–•]\s)", re.IGNORECASE)


def _table_totals(r: Reading) -> Iterator[Verdict]:
    """A table's "Total" row against the rows above it since the last total, column by column:
    "Vans 12,480 ... / Pickups 9,070 ... / Total 21,550"."""
    for t in r.tables:
        if t.partial:
            continue  # (a row passed over is missing from every column's sum)
        start = 0
        for i, (label, cells) in enumerate(t.rows):
            if not _TOTAL_ROW.search(label):
                continue
            above, start = t.rows[start:i], i + 1
            if len(above) < 2 or any(_SUB_ROW.match(lbl) or _TOTAL_ROW.search(lbl) for lbl, _ in above):
                continue
            for c, total in enumerate(cells):
                parts = [row[c] if c < len(row) else None for _, row in above]
                if c == t.change_column or total is None or not total.exact or total.unit not in (None, "count"):
                    continue
                if any(p is None or p.unit not in (None, "count") for p in parts):
                    continue
                qs = [p for p in parts if p is not None]
                # ("5.30 + 6.28 + 2.08 + 0.86 = 14.52": cells with decimals keep them)
                shown = format_number(sum(p.value for p in qs), max(p.decimals for p in (*qs, total)))
                yield _added(qs, total, shown, "table's", "rows")


RULE = Rule(code="FC103", name="sum", type="sum", check=check, doc=__doc__ or "")
