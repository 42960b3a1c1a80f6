"""A weekday written next to a date must be that date's weekday.

*What it checks*: "on Monday, March 4, 2024", "Thursday (July 6)", "Friday,
5 January 2024", "Sunday, Sept. 8". The year is the date's own; when the date
omits it, the year stated in the same sentence or paragraph, else the only
year the article mentions (its dateline or text). When the article mentions
several years and they give different weekdays, or none at all, the claim is
unverifiable.

*Why it matters*: a weekday that contradicts its date leaves the reader unsure
which of the two is right (was the event on Thursday, or on the 6th?), and it
is the easiest error to check and the easiest to miss when editing.

*Inconsistent*: "Tesla released the figures on Monday, March 5, 2024." (March
5, 2024 was a Tuesday)

*Consistent*: "The data came out on Thursday (July 6) ... 2023." (July 6, 2023
was a Thursday)
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterator

from factcheck.document import Document, Sentence
from factcheck.lexicon import SAME_SPAN, TITLED_MONTH, VERSUS
from factcheck.model import Evidence, Quantity, Status, Verdict
from factcheck.reading import Reading
from factcheck.rules.base import Rule, verdict

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        (
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sep sept",
            "october oct",
            "november nov",
            "december dec",
        )
    )
    for m in names.split()
}
_DAY = (
    r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?"
)
_MON = rf"(?P<mon>{TITLED_MONTH})\.?"
_D = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?:,?\s+(?P<y>(?:19|20)\d\d))?"
# "Monday, March 4, 2024", "Monday (March 4)", "Monday, 4 March 2024", "Monday 4 March"
_PATTERNS = (
    re.compile(rf"\b{_DAY}\s*(?:,|\()?\s*{_MON}\s+{_D}\b(?!\s*(?:%|percent|,\d))\)?{_Y}"),
    re.compile(rf"\b{_DAY}\s*(?:,|\()?\s*{_D}\s+(?:of\s+)?{_MON}\)?{_Y}"),
)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_NOT_DATE_YEAR = re.compile(r"\b(?:by|until|before|towards?|target(?:s|ed)?\s+for)\s+$", re.IGNORECASE)
# A year a figure is compared with is the year before the article's: "almost 10,000 fewer than in
# August 2018", "up from 9,120 in May 2023", "compared with the same month of 2023", "from 8,400 vans
# delivered in May 2023".
_COMPARED_YEAR = re.compile(
    rf"(?:\b(?:than|from|over)|(?<![\w-]){VERSUS})\s+(?:\d[\d,.]{{0,12}}\s+(?:[a-z]+\s+){{0,3}})?"
    rf"(?:(?:in|during)\s+)?"
    rf"(?:the\s+{SAME_SPAN}\s+(?:of|in)\s+)?(?:(?:{TITLED_MONTH})\.?\s+)?$",
    re.IGNORECASE,
)


def _full_day(abbrev: str) -> str:
    return next(d for d in DAYS if d.lower().startswith(abbrev.lower()[:3]))


def _years_in(text: str, start: int, end: int) -> list[int]:
    out = []
    for m in _YEAR.finditer(text, start, end):
        if _NOT_DATE_YEAR.search(text[max(0, m.start() - 14) : m.start()]):
            continue
        if _COMPARED_YEAR.search(text[max(0, m.start() - 45) : m.start()]):
            continue
        y = int(m.group(1))
        if 1990 <= y <= 2100:
            out.append(y)
    return out


def _quantity(text: str, start: int, end: int, value: float) -> Quantity:
    return Quantity(text=text[start:end], value=value, unit="date", start=start, end=end)


_MON_PLAIN = rf"(?:{TITLED_MONTH})\.?"
_FULL_DATE = re.compile(
    rf"(?:{_MON_PLAIN}\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+|[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON_PLAIN},?\s+)"
    r"(?P<y>(?:19|20)\d\d)\b"
)


def _bare_years(text: str, start: int, end: int) -> set[int]:
    """Years that are not the year of another full date ("June 27, 2024" keeps its 2024)."""
    taken = {m.start("y") for m in _FULL_DATE.finditer(text, start, end)}
    return {
        y
        for m in _YEAR.finditer(text, start, end)
        if m.start() not in taken
        for y in _years_in(text, m.start(), m.end())
    }


def _dateline_year(doc: Document) -> int | None:
    """The year of a full date near the top of the article (its dateline)."""
    m = _FULL_DATE.search(doc.norm, 0, min(len(doc.norm), 400))
    return int(m.group("y")) if m else None


def _candidate_years(doc: Document, sent: Sentence | None, article_years: Callable[[], list[int]]) -> list[int]:
    """Years the date may belong to: the nearest context that names one (the article's own
    years, read once per document by the caller, last)."""
    text = doc.norm
    if sent is not None:
        ys = _bare_years(text, sent.start, sent.end)
        if len(ys) == 1:
            return list(ys)
    dateline = _dateline_year(doc)
    if dateline is not None:
        return [dateline]
    if sent is not None:
        first = last = sent.index
        while first > 0 and doc.sentences[first - 1].paragraph == sent.paragraph:
            first -= 1
        while last + 1 < len(doc.sentences) and doc.sentences[last + 1].paragraph == sent.paragraph:
            last += 1
        ys = _bare_years(text, doc.sentences[first].start, doc.sentences[last].end)
        if len(ys) == 1:
            return list(ys)
    return article_years()


def _weekday(year: int, month: int, day: int) -> str | None:
    try:
        return DAYS[dt.date(year, month, day).weekday()]
    except ValueError:
        return None


def check(r: Reading) -> Iterator[Verdict]:
    doc = r.doc
    text = doc.norm
    seen: set[int] = set()
    starts = [sent.start for sent in doc.sentences]
    memo: list[list[int]] = []

    def article_years() -> list[int]:
        if not memo:
            memo.append(sorted(set(_years_in(text, 0, len(text)))))
        return memo[0]

    def sentence_at(pos: int) -> Sentence | None:
        i = bisect.bisect_right(starts, pos) - 1
        return doc.sentences[i] if i >= 0 and pos < doc.sentences[i].end else None

    for pat in _PATTERNS:
        for m in pat.finditer(text):
            if m.start() in seen:
                continue
            seen.add(m.start())
            wd = _full_day(m.group("wd"))
            month = _MONTHS[m.group("mon").lower().rstrip(".")]
            day = int(m.group("d"))
            stated = _quantity(text, m.start("wd"), m.end("wd"), DAYS.index(wd))
            date_start = m.start("mon") if m.start("mon") < m.start("d") else m.start("d")
            date_end = m.end("y") if m.group("y") else max(m.end("mon"), m.end("d"))
            ev = (Evidence("date", _quantity(text, date_start, date_end, month * 100 + day)),)
            years = (
                [int(m.group("y"))] if m.group("y") else _candidate_years(doc, sentence_at(m.start()), article_years)
            )
            found: dict[str, list[int]] = {}
            for y in years:
                try:
                    found.setdefault(DAYS[dt.date(y, month, day).weekday()], []).append(y)
                except ValueError:
                    continue
            if not found:
                if years:  # February 30: not a date in any year
                    yield verdict(
                        RULE,
                        Status.INCONSISTENT,
                        stated,
                        f"{text[date_start:date_end]} is not a date",
                        ev,
                    )
                else:
                    yield verdict(
                        RULE,
                        Status.UNVERIFIABLE,
                        stated,
                        f"{wd}, {text[date_start:date_end]}: the article names no year to check it against",
                        ev,
                    )
                continue
            date_words = text[date_start:date_end]
            if len(found) == 1:
                actual, ys = next(iter(found.items()))
                year_note = "" if m.group("y") else f" (year {ys[0]} from the article)" if len(ys) == 1 else ""
                if actual == wd:
                    yield verdict(
                        RULE,
                        Status.CONSISTENT,
                        stated,
                        f"{date_words}{year_note} was a {actual}",
                        ev,
                        computed=DAYS.index(actual),
                        year=ys[0],
                    )
                elif not m.group("y") and len(ys) == 1 and _weekday(ys[0] - 1, month, day) == wd:
                    # an inferred year: early in a year, "Friday, December 29" is last December
                    yield verdict(
                        RULE,
                        Status.UNVERIFIABLE,
                        stated,
                        f"{wd}, {date_words}: a {actual} in {ys[0]}, but a {wd} in {ys[0] - 1};"
                        " the article does not say which year",
                        ev,
                    )
                else:
                    yield verdict(
                        RULE,
                        Status.INCONSISTENT,
                        stated,
                        f"{date_words}{year_note} was a {actual}, not a {wd}",
                        ev,
                        computed=DAYS.index(actual),
                        year=ys[0],
                    )
                continue
            yield verdict(
                RULE,
                Status.UNVERIFIABLE,
                stated,
                f"{wd}, {date_words}: the article mentions several years ("
                + ", ".join(str(y) for y in years)
                + ") and the weekday depends on which is meant",
                ev,
            )


RULE = Rule(code="FC110", name="weekday", type="weekday", check=check, doc=__doc__ or "")
