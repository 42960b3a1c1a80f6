"""Read small data tables in an article: rows of periods, columns of years.

News sites export tables either as Markdown pipes or flattened, one cell per
line ("Month", "2024", "2025", then "January", "8,250", "30,350", ...). Both
become a grid of the figures already read from the text, so a rule can look
up the cell next to a stated figure: the same month a year earlier
(year-on-year) or the month before (month-on-month). Column headers name years
or periods of them ("2025", "Q3 2024", "3Q2024", "Q2 FY2025", "Q1 FY26 (Rs bn)", "Sep 2025"); rows
blank-separated under such a header ("Revenue 8,114.2 7,702.9 5.3%") may skip a
line of other cells ("Operating margin 9.1% 8.4% 0.7 ppts"). Rows of one period a
year apart with a row of changes under them ("Jan-Apr/17 17,023", "Jan-Apr/16
13,585", "y/y 25.31%") give each change its two cells.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from factcheck.document import Document
from factcheck.lexicon import MONTH_ABBREVIATIONS, MONTHS, SELLING_DAY
from factcheck.model import Quantity

_YEAR = re.compile(r"^(?:19|20)\d\d$")
# A column header that names a period of a year: "2025", "Q3 2024", "H1 2023", "Jan 2025".
# ("3Q2024", "Q3 2024", "Q2 FY2025", "Sep 2025", "H1 2023")
# ("Q1 FY26 (Rs bn)": a fiscal year of two digits, the column's unit in brackets after it)
_HEADER = re.compile(
    # ("Jan-May 2025", "January–May 2024", "YTD 2025", "9M 2025": the months so far of a year)
    r"^(?:(?P<pre>Q[1-4]|H[12]|FY|YTD|[1-9]M|[A-Z][a-z]{2,8}\.?\s?[-–]\s?[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8})\s+|"
    r"(?P<qn>[1-4])Q\s?)?(?P<fy>FY\s?'?)?"
    r"(?P<year>(?:19|20)\d\d|(?<=FY)\d\d|(?<=FY\s)\d\d|(?<=FY')\d\d)(?:\s{0,2}\([^()\d]{1,12}\))?$"
)


def column_period(label: str) -> tuple[str, bool, int] | None:
    """A period column's label as (its part of the year, fiscal or not, year): "3Q2024" and "Q3
    2024" are ("Q3", False, 2024); "Sep 2025" is ("Sep", False, 2025); "2025" is ("", False, 2025)."""
    m = _HEADER.match(label)
    if m is None:
        return None
    pre = m.group("pre") or (f"Q{m.group('qn')}" if m.group("qn") else "")
    year = int(m.group("year"))
    return pre, bool(m.group("fy")), year + 2000 if year < 100 else year


_LINE = re.compile(r"[^\r\n]*")
# A last column of changes after the period columns: "Change", "YoY", "% change", "+/-".
_CHANGE_HEADER = re.compile(
    # ("PCT CHNG", "Pct chg": a change in percent, abbreviated as wire tables write it)
    r"^(?:(?:%|pct\.?|percent)\s*)?(?:(?:year[- ](?:on|over)[- ]year|yoy|y/y|annual)\s+)?"
    r"(?:change|chng\.?|chg\.?|var\.?|yoy|y/y|growth|difference|diff\.?|\+/-|year[- ]on[- ]year)(?:\s*\(?%\)?)?$",
    re.IGNORECASE,
)
_MAX_CELL = 24


@dataclass(frozen=True, slots=True)
class Table:
    columns: tuple[str, ...]  # column labels: periods ("2025", "April 2024"), then maybe "Change"
    rows: tuple[tuple[str, tuple[Quantity | None, ...]], ...]  # (row label, cells)
    # the column of changes after the period columns ("Change"), if the table has one
    change_column: int | None = None
    # a table of periods as rows with a "YoY" row under them: (change, current, baseline) cells
    row_changes: tuple[tuple[Quantity, Quantity, Quantity], ...] = ()
    title: str = ""  # the words of the header before its period columns ("Car sales in Chile"), if any
    # what the row changes compare, when the header says: "yoy" (Sep-19 vs Sep-18) or "mom"
    row_basis: str | None = None
    # change columns that name the two columns they compare by letter: "NOV 21 (A)", "OCT 21 (B)",
    # "% VARIATION (A / B)" gives (change column, current column, baseline column)
    lettered: tuple[tuple[int, int, int], ...] = ()
    partial: bool = False  # a row of the table was passed over ("Alto 4298"): its columns add up to no total

    def change_of(self, q: Quantity) -> tuple[Quantity, Quantity] | None:
        """(current, baseline) a change cell compares: the row's figure for the one period
        column whose same period a year before is also a column ("April 2025" vs "April 2024"),
        or, in a table of periods as rows, the column's figures in the two period rows above a
        "YoY" row ("Apr-Jun 2025" over "Apr-Jun 2024")."""
        for change, current, baseline in self.row_changes:
            if change is q:
                return current, baseline
        at = self.find(q)
        for change, cur, base in self.lettered if at is not None else ():
            if at[1] == change:
                current, baseline = self.cell(at[0], cur), self.cell(at[0], base)
                return (current, baseline) if current is not None and baseline is not None else None
        if at is None or at[1] != self.change_column:
            return None
        pairs = [(c, b) for c in range(len(self.columns)) if (b := self.year_before(c)) is not None]
        if len(pairs) != 1:
            return None
        current, baseline = self.cell(at[0], pairs[0][0]), self.cell(at[0], pairs[0][1])
        return (current, baseline) if current is not None and baseline is not None else None

    def change_cells(self) -> list[Quantity]:
        """The figures of the change column, if the table has one, or of its "YoY" rows."""
        if self.lettered:
            return [q for r in range(len(self.rows)) for c, _, _ in self.lettered if (q := self.cell(r, c)) is not None]
        if self.change_column is None:
            return [change for change, _, _ in self.row_changes]
        return [q for r in range(len(self.rows)) if (q := self.cell(r, self.change_column)) is not None]

    def cell_of(self, q: Quantity) -> Quantity:
        """The table's reading of the figure ``q`` (its cell), or ``q`` itself."""
        at = self.find(q)
        return (self.cell(*at) or q) if at is not None else q

    def find(self, q: Quantity) -> tuple[int, int] | None:
        for r, (_, cells) in enumerate(self.rows):
            for c, cell in enumerate(cells):
                if cell is not None and cell.start == q.start:
                    return r, c
        return None

    def locate_value(self, value: float, row_label: str | None) -> list[tuple[int, int]]:
        out = []
        for r, (label, cells) in enumerate(self.rows):
            if row_label is not None and label.lower() != row_label:
                continue
            for c, cell in enumerate(cells):
                if cell is not None and cell.value == value:
                    out.append((r, c))
        return out

    def year_before(self, c: int) -> int | None:
        """The column for the same period a year before column ``c``, if the header says so."""
        here = column_period(self.columns[c])
        for k, label in enumerate(self.columns):
            there = column_period(label)
            if here and there and there[:2] == here[:2] and there[2] == here[2] - 1:
                return k
        return None

    def at_period(self, month: str, year: str) -> tuple[int, int] | None:
        """The cell of a table of months by years for ``month`` ("september") of ``year``."""
        c = next((k for k, label in enumerate(self.columns) if label == year), None)
        r = next((k for k, (label, _) in enumerate(self.rows) if label.lower().rstrip(".") == month), None)
        return (r, c) if r is not None and c is not None else None

    def cell(self, r: int, c: int) -> Quantity | None:
        if 0 <= r < len(self.rows) and 0 <= c < len(self.rows[r][1]):
            return self.rows[r][1][c]
        return None

    def previous_period(self, r: int, c: int) -> tuple[int, int] | None:
        """The cell one row up, wrapping to the last row of the previous column for month rows."""
        if r > 0:
            return r - 1, c
        labels = [label.lower() for label, _ in self.rows]
        if labels and labels[0] == "january" and "december" in labels and c > 0:
            return labels.index("december"), c - 1
        return None


def _lines(doc: Document) -> list[tuple[int, int, str]]:
    text = doc.norm
    out = []
    pos = 0
    for m in _LINE.finditer(text):
        if m.start() < pos:
            continue
        if m.end() > m.start():
            out.append((m.start(), m.end(), m.group().strip()))
        pos = m.end() + 1
    return out


def _quantity_in(doc: Document, start: int, end: int) -> Quantity | None:
    for q in doc.quantities:
        if start <= q.start and q.end <= end:
            return q
    return None


def _is_number_cell(cell: str) -> bool:
    return bool(re.fullmatch(r"[\d,.\s%$€£¥+\-]+", cell)) and any(ch.isdigit() for ch in cell) and not _YEAR.match(cell)


def _build(doc: Document, cells: list[tuple[int, int, str]]) -> Table | None:
    """A grid from a flat run of cells: a header of years, then label + figures per row."""
    i = 0
    while i < len(cells) and not _HEADER.match(cells[i][2]):
        i += 1
    years = []
    while i < len(cells) and _HEADER.match(cells[i][2]):
        years.append(cells[i][2])
        i += 1
    if len(years) < 2:
        return None
    change_column = None
    if i < len(cells) and _CHANGE_HEADER.match(cells[i][2]):
        change_column = len(years)
        years.append(cells[i][2])
        i += 1
    rows: list[tuple[str, tuple[Quantity | None, ...]]] = []
    label: str | None = None
    row: list[Quantity | None] = []
    for s, e, cell in cells[i:]:
        if _is_number_cell(cell):
            if label is None or len(row) >= len(years):
                return None  # not the shape we understand: better no table than a wrong one
            row.append(_quantity_in(doc, s, e))
        else:
            if label is not None:
                rows.append((label, tuple(row)))
            label, row = cell, []
    if label is not None:
        rows.append((label, tuple(row)))
    if len(rows) < 2:
        return None
    if change_column is not None and any(
        len(cells) > change_column and cells[change_column] is not None and cells[change_column].unit != "percent"
        for _, cells in rows
    ):
        return None  # a "Change" column of units, not percents: not the shape we understand
    return Table(tuple(years), tuple(rows), change_column)


_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _period_rows(doc: Document, rows: list[list[tuple[int, int, str]]]) -> Table | None:
    """A piped table whose rows are periods ("Apr - Jun, 2024", "Apr - Jun, 2025") and whose last
    row is the change between them ("YoY | +5.0% | -10.0%")."""
    if len(rows) < 4 or not _CHANGE_HEADER.match(rows[-1][0][2]):
        return None
    before, after, change = rows[-3], rows[-2], rows[-1]
    if not (len(before) == len(after) == len(change) == len(rows[0])):
        return None
    years = [_YEAR_IN.findall(r[0][2]) for r in (before, after)]
    if any(len(y) != 1 for y in years) or int(years[1][0]) - int(years[0][0]) not in (1, -1):
        return None
    if _YEAR_IN.sub("", before[0][2]).strip() != _YEAR_IN.sub("", after[0][2]).strip():
        return None  # another period, not the same one a year apart
    old, new = (before, after) if int(years[1][0]) > int(years[0][0]) else (after, before)
    out = []
    for c in range(1, len(change)):
        q, cur, base = (_quantity_in(doc, r[c][0], r[c][1]) for r in (change, new, old))
        if q is not None and cur is not None and base is not None and q.unit == "percent" and cur.unit == base.unit:
            out.append((q, cur, base))
    if not out:
        return None
    return Table(tuple(cell[2] for cell in rows[0]), (), None, tuple(out))


# A table flattened with blanks between its cells: a header "BRAND 2022 2023 VAR %", then rows
# "Orla 260 246 -5.4%" (a label, then one figure per column)
_SPACED_CELL = re.compile(r"[-+−]?\d[\d,.]*%?")
_TOKEN = re.compile(r"\S+")


# ("FY2025", "FY26": a fiscal year of four digits or two)
_FY_YEAR = re.compile(r"^FY(?:(?:19|20)\d\d|\d\d)$")
# a quarter and its year as one token: "1Q2020", "Q3 2024" written "Q32024" never
_QUARTER_YEAR = re.compile(r"^(?:[1-4]Q|Q[1-4])(?:19|20)\d\d$")
# a column's unit in brackets after its period: "Q1 FY26 (Rs bn)", "2025 (units)"
_UNIT_BRACKET = re.compile(r"^\([^()\d]{1,12}\)$")
_PERIOD_PREFIX = re.compile(r"^(?:Q[1-4]|H[12]|9M|FY)$")


# Words a period column's label may end with ("2017 Units"), and a column of shares after a period
# ("2017 % Share", "Share 2016"): a column, never the period's own figures
_HEADER_UNIT = re.compile(r"^(?:units?|sales|regs?\.?|registrations|vehicles|volume|no\.?)$", re.IGNORECASE)
_SHARE_WORDS = (("%", "share"), ("share", "%"), ("mkt", "share"), ("share",))


# a month and a year of two digits as one column label: "Aug-12", "Aug'11", "Sep/25"
_MONTH_YY = re.compile(rf"^(?P<m>{'|'.join(m[:3].title() for m in MONTHS)})[a-z]{{0,6}}\.?[-'’/](?P<y>\d\d)$")


def _month_yy(token: str) -> str | None:
    """ "Aug-12" as the column label "Aug 2012"."""
    m = _MONTH_YY.match(token)
    return f"{m['m']} 20{m['y']}" if m else None


def _spaced_header(line: str) -> tuple[tuple[str, ...], int | None, str] | None:
    """The columns of a header whose labels are blank-separated: label words, at least two years
    ("2024", "Q2 FY2025", "H1 2025", "2017 Units"), maybe a change column among or after them
    ("VAR %", "% change", "YoY") and shares of a year ("2017 % Share"); then the words before the
    years."""
    tokens = line.split()
    start = next(
        (
            k
            for k, t in enumerate(tokens)
            if _YEAR.match(t)
            or _FY_YEAR.match(t)
            or _QUARTER_YEAR.match(t)
            or _month_yy(t)
            or (_PERIOD_PREFIX.match(t) and k + 1 < len(tokens))
        ),
        None,
    )
    if not start or not any(ch.isalpha() for ch in tokens[start - 1]):
        return None
    columns: list[str] = []
    change = None
    years = 0
    k = start
    while k < len(tokens):
        t = tokens[k]
        if (
            _PERIOD_PREFIX.match(t)
            and k + 1 < len(tokens)
            and (_YEAR.match(tokens[k + 1]) or _FY_YEAR.match(tokens[k + 1]))
        ):
            label, k = f"{t} {tokens[k + 1]}", k + 2
        elif _YEAR.match(t) or _FY_YEAR.match(t) or _QUARTER_YEAR.match(t):
            label, k = t, k + 1
        elif (month_yy := _month_yy(t)) is not None:
            label, k = month_yy, k + 1
        else:
            width = next((w for w in (2, 1) if _CHANGE_HEADER.match(" ".join(tokens[k : k + w]))), 0)
            if not width or change is not None:
                return None
            change, k = len(columns), k + width
            columns.append(" ".join(tokens[k - width : k]))
            continue
        if k < len(tokens) and _HEADER_UNIT.match(tokens[k]):
            k += 1
        unit = next((w for w in (1, 2, 3) if _UNIT_BRACKET.match(" ".join(tokens[k : k + w]))), 0)
        k += unit
        share = next((w for w in _SHARE_WORDS if tuple(x.lower() for x in tokens[k : k + len(w)]) == w), None)
        if share is not None:
            label, k = f"{label} share", k + len(share)
        else:
            years += 1
        columns.append(label)
    if years < 2 or (change is not None and change < 2):
        return None
    return tuple(columns), change, " ".join(tokens[:start])


def _spaced_row(doc: Document, start: int, line_end: int, n: int) -> tuple[str, tuple[Quantity | None, ...]] | None:
    tokens = list(_TOKEN.finditer(doc.norm, start, line_end))
    if len(tokens) <= n or not all(_SPACED_CELL.fullmatch(t.group()) for t in tokens[-n:]):
        return None
    label = doc.norm[tokens[0].start() : tokens[-n - 1].end()]
    if not any(ch.isalpha() for ch in label) or _SPACED_CELL.fullmatch(tokens[-n - 1].group()):
        return None
    return label, tuple(_quantity_in(doc, t.start(), t.end()) for t in tokens[-n:])


def _as_percent(cells: tuple[Quantity | None, ...], c: int) -> tuple[Quantity | None, ...]:
    q = cells[c]
    if q is None or q.unit is not None:
        return cells
    return (*cells[:c], replace(q, unit="percent"), *cells[c + 1 :])


_IN_PERCENT = re.compile(r"%|\bpct\b|\bpercent\b", re.IGNORECASE)
_LAST_DIGIT_ZERO = re.compile(r"\.\d*0\s*%?$")


def _unpadded(
    rows: list[tuple[str, tuple[Quantity | None, ...]]], c: int
) -> list[tuple[str, tuple[Quantity | None, ...]]]:
    """A column whose every decimal cell ends in a zero ("-62.60%", "-37.20%", "-81.50%") was
    written to one decimal fewer and padded: each such cell stands for what its last non-zero
    decimal allows."""
    cells = [cells[c] for _, cells in rows if cells[c] is not None and cells[c].decimals >= 2]  # type: ignore[union-attr]
    if len(cells) < 3 or not all(_LAST_DIGIT_ZERO.search(q.text) for q in cells):
        return rows
    out = []
    for label, row in rows:
        q = row[c]
        if q is not None and q.decimals >= 2:
            half = 0.5 * 10 ** -(q.decimals - 1)
            q = replace(q, decimals=q.decimals - 1, lo=q.value - half, hi=q.value + half)
            row = (*row[:c], q, *row[c + 1 :])
        out.append((label, row))
    return out


_SHORT_ROW = re.compile(r"^[A-Z][^\d\n]{0,40}?\s\d[\d,.]*$")
# A line of a label and figures whose cells are not the table's own (a change in points or words)
_ODD_ROW = re.compile(r"^[A-Z][^\d\n]{1,60}?\s[-+−]?\d[\d,.]*%?\s[^\n]{1,60}$")


def _spaced_tables(doc: Document) -> list[Table]:
    tables = []
    header: tuple[tuple[str, ...], int | None, str] | None = None
    rows: list[tuple[str, tuple[Quantity | None, ...]]] = []
    skipped: list[bool] = []

    def flush() -> None:
        if header is not None and len(rows) >= 2:
            columns, change_column, title = header
            if change_column is not None and _IN_PERCENT.search(columns[change_column]):
                # "% Change" over bare figures ("-11.47"): the header gives the cells their unit
                rows[:] = [(label, _as_percent(cells, change_column)) for label, cells in rows]
            if change_column is not None:
                rows[:] = _unpadded(rows, change_column)
            if change_column is None or all(
                cells[change_column] is not None and cells[change_column].unit == "percent"  # type: ignore[union-attr]
                for _, cells in rows
            ):
                tables.append(Table(columns, tuple(rows), change_column, title=title, partial=any(skipped)))
        rows.clear()
        skipped.clear()

    for s, e, line in _lines(doc):
        if not line:
            continue
        found = _spaced_header(line)
        if found is not None:
            flush()
            header = found
            continue
        row = _spaced_row(doc, s, e, len(header[0])) if header is not None else None
        if row is None and header is not None and rows and (_ODD_ROW.match(line) or _SHORT_ROW.match(line)):
            # "Operating margin 9.1% 8.4% 0.7 ppts": a row of other cells, inside the table; "Alto
            # 4298": a row with one period's figure only (a model new this year)
            skipped.append(bool(_SHORT_ROW.match(line)))
            continue
        if row is None:
            flush()
            header = None
        else:
            rows.append(row)
    flush()
    return tables


# A header of column groups, each two periods and their change: "Sep. 2025 Sep. 2024 YoY 2025"
# (a month a year apart, then the year to date, its columns cut short as pages are often copied)
_PERIOD = r"(?:[A-Z][a-z]{2,8}\.?\s)?(?:19|20)\d\d"
_GROUP_HEADER = re.compile(
    rf"^(?P<a>{_PERIOD})\s+(?P<b>{_PERIOD})\s+(?P<chg>Y-o-Y|YoY|y/y|%\s?change|change|%\s?chg\.?|chg\.?|var\.?\s?%?)"
    rf"(?:\s+(?P<c>(?:19|20)\d\d)(?:\s+(?P<d>(?:19|20)\d\d))?(?:\s+\S+)?)?$",
    re.IGNORECASE,
)
_PERCENT_CELL = re.compile(r"(?<![\d,.])[-+−]?+\d[\d,.]*+%")
_NUMBER_CELL = re.compile(r"\d[\d,.]*+")


def _group_tables(doc: Document) -> list[Table]:
    """Rows of column groups under a ``_GROUP_HEADER``: "Vans 12,480 13,900 -10.2% 60,115 63,020
    -4.6%" is, for each group, the current period, the one a year before and the change;
    a second group the header names by its year alone is the year to date against the year before."""
    tables: list[Table] = []
    groups: list[tuple[str, str]] = []
    rows: list[tuple[str, list[Quantity | None]]] = []

    def flush() -> None:
        for g, (a, b) in enumerate(groups):
            cells = [(label, tuple(row[3 * g : 3 * g + 3])) for label, row in rows if len(row) >= 3 * g + 3]
            if len(cells) >= 2 and all(c[2] is not None and c[2].unit == "percent" for _, c in cells):
                tables.append(Table((a, b, "Y-o-Y"), tuple(cells), 2))
        rows.clear()

    stacked = False  # the line before was a header too: "2016 2015 % chg." once per group
    idle = 0  # lines since the last row or header
    for s, e, line in _lines(doc):
        m = _GROUP_HEADER.match(line)
        if m is not None:
            a, b = (re.sub(r"\.", "", m.group(k)) for k in ("a", "b"))
            if not stacked:
                flush()
                groups = []
            groups.append((a, b))
            if m.group("c"):
                groups.append((m.group("c"), m.group("d") or str(int(m.group("c")) - 1)))
            stacked, idle = True, 0
            continue
        stacked = False
        if not groups:
            continue
        tokens = list(_TOKEN.finditer(doc.norm, s, e))
        first = next((i for i, t in enumerate(tokens) if _NUMBER_CELL.fullmatch(t.group().lstrip("-+−"))), None)
        if first == 0 and (rows_of := _bare_rows(doc, tokens, len(groups))):
            # a flattened table's rows with their labels in a block of their own: "51,859 51,346 1.0%
            # 52,364 50,911 2.9%", one run of cells a row after another
            rows.extend(("", cells) for cells in rows_of)
            idle = 0
            continue
        if (first is None or _quantity_in(doc, s, e) is None) and idle < 8:
            idle += 1  # a label line ("Light Trucks") or a note between the header and its rows
            continue
        if first is None or first == 0 or not any(ch.isalpha() for ch in doc.norm[s : tokens[first].start()]):
            flush()
            groups = []
            continue
        idle = 0
        cells = tokens[first:]
        triples = []
        for k in range(0, len(cells) - 2, 3):
            a, b, c = cells[k : k + 3]
            if not (_NUMBER_CELL.fullmatch(a.group()) and _NUMBER_CELL.fullmatch(b.group())):
                break
            if not _PERCENT_CELL.fullmatch(c.group()):
                break
            triples += [_quantity_in(doc, t.start(), t.end()) for t in (a, b, c)]
        if not triples:
            flush()
            groups = []
            continue
        rows.append((doc.norm[s : tokens[first].start()].strip(), triples))
    flush()
    return tables


def _bare_rows(doc: Document, tokens: list[re.Match[str]], n: int) -> list[list[Quantity | None]]:
    """A line of nothing but (level, level, change) triples, cut into rows of ``n`` groups; none
    unless every token is a cell of a whole number of rows."""
    if not tokens or len(tokens) % (3 * n):
        return []
    cells: list[Quantity | None] = []
    for k in range(0, len(tokens), 3):
        a, b, c = tokens[k : k + 3]
        if not (
            _NUMBER_CELL.fullmatch(a.group())
            and _NUMBER_CELL.fullmatch(b.group())
            and _PERCENT_CELL.fullmatch(c.group())
        ):
            return []
        cells += [_quantity_in(doc, t.start(), t.end()) for t in (a, b, c)]
    return [cells[k : k + 3 * n] for k in range(0, len(cells), 3 * n)]


# A row of changes under two rows of periods: "y/y 25.31% 4.69% -", "YoY change +5.0% -10.0%"
_CHANGE_ROW = re.compile(
    r"^(?P<label>(?:%\s*)?(?:yoy|y/y|y-o-y|change|chg\.?|var\.?\s*%?|growth|\+/-|"
    r"(?:year[- ](?:on|over)[- ]year|annual|yoy|y/y)\s+(?:change|growth)|year[- ](?:on|over)[- ]year)"
    r"(?:\s*\(%\))?)\s+(?P<cells>[-+−]?\d[^\n]*)$",
    re.IGNORECASE,
)
# The year of a period row's label: "2016", "Jan-Apr/17", "Q1'24", "H1 2025"
_ROW_YEAR = re.compile(r"(?<!\d)(?:(?:19|20)(?P<y4>\d\d)|(?<=[/'’])(?P<y2>\d\d))(?!\d)")


def _row_year(label: str) -> tuple[int, str] | None:
    """(year, the label without it) of a period row: "Jan-Apr/17" is (2017, "Jan-Apr/")."""
    found = list(_ROW_YEAR.finditer(label))
    if len(found) != 1:
        return None
    m = found[0]
    year = 2000 + int(m.group("y2")) if m.group("y2") else int(m.group())
    return year, label[: m.start()] + label[m.end() :]


def _spaced_period_rows(doc: Document) -> list[Table]:
    """Blank-separated rows of one period a year apart, then a row of their changes column by
    column: "Jan-Apr/17 17,023 5,332,854", "Jan-Apr/16 13,585 5,093,943", "y/y 25.31% 4.69%"; a
    cell of another kind ("-" under a share column) is skipped."""
    tables: list[Table] = []
    lines = [(s, e, line) for s, e, line in _lines(doc) if line]
    for k in range(2, len(lines)):
        s, e, line = lines[k]
        m = _CHANGE_ROW.match(line)
        if m is None:
            continue
        raw = doc.norm[s:e]
        changes = list(_TOKEN.finditer(doc.norm, s + len(raw) - len(raw.lstrip()) + m.start("cells"), e))
        rows = []
        for rs, rend, _ in (lines[k - 2], lines[k - 1]):
            tokens = list(_TOKEN.finditer(doc.norm, rs, rend))
            n = len(changes)
            if len(tokens) <= n or not all(_SPACED_CELL.fullmatch(t.group()) for t in tokens[-n:]):
                break
            label = doc.norm[tokens[0].start() : tokens[-n - 1].end()]
            year = _row_year(label)
            if year is None:
                break
            rows.append((year, tokens[-n:]))
        if len(rows) != 2 or rows[0][0][1].strip() != rows[1][0][1].strip() or abs(rows[0][0][0] - rows[1][0][0]) != 1:
            continue
        new, old = (rows[0], rows[1]) if rows[0][0][0] > rows[1][0][0] else (rows[1], rows[0])
        out = []
        for c, t in enumerate(changes):
            q = _quantity_in(doc, t.start(), t.end())
            cur = _quantity_in(doc, new[1][c].start(), new[1][c].end())
            base = _quantity_in(doc, old[1][c].start(), old[1][c].end())
            if q is None or cur is None or base is None or q.unit != "percent":
                continue
            if cur.unit == base.unit and cur.unit != "percent":
                out.append((q, cur, base))
        if out:
            tables.append(Table((), (), None, tuple(out)))
    return tables


# A header whose last column is a share of one column in another: "Croatia EU share"
_SHARE_HEADER = re.compile(r"^(?:[A-Za-z][\w.'’&-]*\s+){2,3}(?:%\s*)?share(?:\s*\(%\))?$", re.IGNORECASE)


def share_rows(doc: Document) -> list[tuple[Quantity, Quantity, Quantity]]:
    """(share, part, whole) of each row under a header that ends in a share column of two count
    columns ("Croatia EU share" over "Jan-Apr/17 17,023 5,332,854 0.32%"): the first count is
    the part of the second."""
    out: list[tuple[Quantity, Quantity, Quantity]] = []
    under = False
    for s, e, line in _lines(doc):
        if not line:
            continue
        if _SHARE_HEADER.match(line):
            under = True
            continue
        if not under:
            continue
        tokens = list(_TOKEN.finditer(doc.norm, s, e))
        if len(tokens) < 4 or not all(_SPACED_CELL.fullmatch(t.group()) for t in tokens[-3:]):
            under = bool(_CHANGE_ROW.match(line))  # ("y/y 25.31% 4.69% -" rows stay in the table)
            continue
        part, whole, pct = (_quantity_in(doc, t.start(), t.end()) for t in tokens[-3:])
        if (
            part is not None
            and whole is not None
            and pct is not None
            and pct.unit == "percent"
            and part.unit in (None, "count")
            and whole.unit in (None, "count")
            and 0 < part.value < whole.value
        ):
            out.append((pct, part, whole))
    return out


# A table row named as the ratio of two other rows: "Export/Production 70.5% 74.6% ..."
_RATIO_LABEL = re.compile(r"(?P<a>[A-Za-z][A-Za-z .&-]{0,40}?)\s*/\s*(?P<b>[A-Za-z][A-Za-z .&-]{0,40})")
_ROW_LABEL = re.compile(r"(?P<label>[A-Za-z][A-Za-z .&/-]{0,60}?)\s+(?=[-+−]?\d)")


def _row_named(rows: dict[str, list[Quantity]], name: str) -> list[Quantity] | None:
    """The one row whose label is ``name`` or ends in it ("Sales" is the row "New car sales")."""
    name = name.strip().lower()
    found = [cells for label, cells in rows.items() if label == name or label.endswith(" " + name)]
    return found[0] if len(found) == 1 else None


def ratio_rows(doc: Document) -> list[tuple[Quantity, Quantity, Quantity]]:
    """(share, part, whole) of each cell of a row named as the ratio of two rows of the same block
    of lines ("Export/Production 70.5% ..." under "Production 987,580 ..." and "Export 696,688
    ..."): the cell of the first row's column over the second's."""
    out: list[tuple[Quantity, Quantity, Quantity]] = []
    block: list[tuple[str, list[Quantity]]] = []
    for s, e, line in [*_lines(doc), (0, 0, "")]:
        m = _ROW_LABEL.match(line) if line else None
        if m is None:
            rows = {label: cells for label, cells in block if "/" not in label}
            for label, cells in block:
                rm = _RATIO_LABEL.fullmatch(label)
                if rm is None or not all(c.unit == "percent" for c in cells):
                    continue
                a, b = _row_named(rows, rm.group("a")), _row_named(rows, rm.group("b"))
                if a is None or b is None or not len(a) == len(b) == len(cells):
                    continue
                out.extend(
                    (pct, part, whole)
                    for pct, part, whole in zip(cells, a, b, strict=True)
                    if part.unit in (None, "count") and whole.unit in (None, "count") and 0 < part.value <= whole.value
                )
            block = []
            continue
        cells = [q for t in _TOKEN.finditer(doc.norm, s + m.end(), e) if (q := _quantity_in(doc, t.start(), t.end()))]
        block.append((m.group("label").strip().lower(), cells))
    return out


def find_tables(doc: Document) -> list[Table]:
    """Every table in the document, flattened, piped or blank-separated."""
    tables: list[Table] = []
    run: list[tuple[int, int, str]] = []
    piped: list[list[tuple[int, int, str]]] = []

    def flush() -> None:
        if len(run) >= 8:
            t = _build(doc, run)
            if t is None and piped:
                t = _period_rows(doc, piped)
            if t is not None:
                tables.append(t)
        run.clear()
        piped.clear()

    for s, e, line in _lines(doc):
        if not line:
            continue
        # ("Vans | 8,400 | 6,000 |": pages often drop a row's opening bar)
        if (line.startswith("|") or line.endswith("|")) and line.count("|") >= 2:
            if re.fullmatch(r"\|[\s:|\-]+\|", line):
                continue  # the header rule
            row = _pipe_cells(doc, s + doc.norm[s:e].index("|") if line.startswith("|") else s, line)
            run.extend(row)
            piped.append(row)
            continue
        if len(line) <= _MAX_CELL and not line.endswith((".", ":", "?", "!")):
            run.append((s, e, line))
        else:
            flush()
    flush()
    return (
        tables
        + _labelled_pipes(doc)
        + _spaced_tables(doc)
        + _group_tables(doc)
        + _spaced_period_rows(doc)
        + _change_rows(doc)
        + _stacked_period_rows(doc)
        + _interleaved_changes(doc)
        + _monthly_series(doc)
    )


def _pipe_cells(doc: Document, offset: int, line: str) -> list[tuple[int, int, str]]:
    """The cells of a piped line, (start, end, text) each, its outer bars dropped."""
    row = []
    for part in line.strip("|").split("|"):
        at = doc.norm.index(part, offset) if part else offset
        lead = len(part) - len(part.lstrip())
        row.append((at + lead, at + len(part.rstrip()), part.strip()))
        offset = at + len(part) + 1
    return row


_PIPE_RULE = re.compile(r"\|?[\s:|\-]+\|?")
# a column's letter, "NOV 21 (A)", and a change column's two, "% VARIATION (A / B)", "Var. % A/B"
# (bounded: a header cell is short, and an unbounded gap before "$" is quadratic on a long text)
_LETTER = re.compile(r"\(\s?([A-Z])\s?\)\s{0,4}$")
_LETTER_PAIR = re.compile(
    r"(?:%|var|chg|change|variation)\S{0,12}\s[^()/]{0,30}?\(?\s?([A-Z])\s?/\s?([A-Z])\s?\)?\s{0,4}$", re.I
)


def _lettered(labels: list[str]) -> tuple[tuple[int, int, int], ...]:
    """The change columns of ``labels`` that compare two columns named by letter."""
    letters = {m.group(1): k for k, lbl in enumerate(labels) if (m := _LETTER.search(lbl))}
    out = []
    for k, lbl in enumerate(labels):
        m = _LETTER_PAIR.search(lbl)
        if m and m.group(1) in letters and m.group(2) in letters:
            out.append((k, letters[m.group(1)], letters[m.group(2)]))
    return tuple(out)


def _labelled_pipes(doc: Document) -> list[Table]:
    """A piped table whose header names measures, not periods ("Brand | Total Sales | YOY Change |
    Retail Sales"), its rows a label and one figure per column, bars inside each line only or at its
    ends too: the rows of one column and its "Total" row add up (the change columns, in percent,
    are no parts)."""
    tables: list[Table] = []
    block: list[list[tuple[int, int, str]]] = []

    def flush() -> None:
        if len(block) >= 3:
            head, rows = block[0], block[1:]
            # the leading cells that are words label the row ("1st | FIAT | 395,581 | ...")
            lead = next((k for k, c in enumerate(rows[0]) if _is_number_cell(c[2])), len(head))
            labels = [c[2] for c in head[lead:]]
            width = len(head)
            if (
                0 < lead < width
                and all(len(r) == width for r in rows)
                # (a header of periods is a table of periods, read with its change column elsewhere,
                # unless it names its columns by letter)
                and (sum(bool(_HEADER.match(lbl)) for lbl in labels) < 2 or any(_LETTER.search(x) for x in labels))
                and not any(_is_number_cell(lbl) for lbl in labels)
                and all(
                    not any(_is_number_cell(c[2]) for c in r[:lead]) and all(_is_number_cell(c[2]) for c in r[lead:])
                    for r in rows
                )
            ):
                cells = tuple(
                    (" ".join(c[2] for c in r[:lead]), tuple(_quantity_in(doc, c[0], c[1]) for c in r[lead:]))
                    for r in rows
                )
                tables.append(Table(tuple(labels), cells, None, title=head[0][2], lettered=_lettered(labels)))
        block.clear()

    for s, _e, line in _lines(doc):
        if _PIPE_RULE.fullmatch(line):
            continue  # the header rule of a Markdown table
        if line.count("|") < 2:
            flush()
            continue
        row = _pipe_cells(doc, s, line)
        if block and len(row) != len(block[0]):
            flush()
        block.append(row)
    flush()
    return tables


# A column of a period in a header before a column of changes: "Sep-19", "Oct-22", "Sept/2014",
# "August 2021", "2022 YTD", "YTD 2021"
_MONTH_WORD = "|".join(sorted((*MONTHS, *MONTH_ABBREVIATIONS), key=len, reverse=True))
_COLUMN = (
    rf"(?:(?P<{{m}}>{_MONTH_WORD})\.?[-/ ’']\s?(?P<{{y}}>(?:19|20)?\d\d)"
    rf"|(?:YTD\s)?(?P<{{z}}>(?:19|20)\d\d)(?:\sYTD)?"
    # a year glued to its months, as data services print them: "2015Dec.", "2015Jan.-Dec."
    rf"(?:(?:{_MONTH_WORD})\.?(?:-(?:{_MONTH_WORD})\.?)?)?"
    # a fiscal year: "F19", "FY2019"
    rf"|FY?\s?(?P<{{f}}>(?:19|20)?\d\d)"
    # a quarter or a half: "Q1 2024", "H1 2023"
    rf"|(?P<{{q}}>[QH][1-4])\s?(?P<{{w}}>(?:19|20)\d\d))"
)
# Two period columns, then a column of the change between them ("Sep-19 Sep-18 % Chg",
# "Units in May 2024 Units in June 2024 Month on Month %age Difference"), maybe
# said twice over (the month's columns, then the year to date's)
_CHANGE_HEADER_GROUP = re.compile(
    r"(?<![\w/-])"
    + _COLUMN.format(m="m1", y="y1", z="z1", f="f1", q="q1", w="w1")
    # (cells apart by blanks or by the bars of a piped table: "| Nov'25 | Nov'24 | Growth/Decline |")
    # (the filler only if the column does not begin there: "March 2024 | March 2023")
    + r"[\s|]++(?:(?-i:[A-Z])[a-z]++\s++(?:[a-z]++\s++){0,2}?)??"
    + _COLUMN.format(m="m2", y="y2", z="z2", f="f2", q="q2", w="w2")
    + r"[\s|]++(?:(?:month|year)[- ](?:on|over)[- ](?:month|year)\s++)?"
    r"(?:%\s?(?:age\s)?(?:chg\.?|change|diff(?:erence)?\.?)|(?:%\s)?(?:yoy|y/y|y-o-y|mom|m/m|m-o-m|change|chg\.?|growth))"
    r"(?:\s?/\s?decline)?(?:\s++(?:year|month)[- ](?:on|over)[- ](?:year|month))?(?![\w-])",
    re.IGNORECASE,
)
# Changes adjusted for selling days are no change of the two columns as written.
_ADJUSTED = re.compile(rf"{SELLING_DAY}|adjusted", re.IGNORECASE)
# What may stand between one row and the next: the next row's label ("Wagon R", "City & Civic"),
# a heading of a group of rows ("Toyota IMC"), bars of a piped layout
# (the first row's may follow a second line of the header: "MTD MTD MTD YTD YTD YTD Arden")
# (a row of a group's member may open with a dash: " - Audi 1,516 0.9% ...")
_BETWEEN_ROWS = re.compile(
    # (a label's own dash, sign or glued measure: "Trucks - total", "GVW > 3.5t*", "4x4")
    r"(?<![\w&'’./+()-])(?:[-–•][\s|]++)?"
    r"(?:(?:[A-Za-z&(+][\w&'’./+()*-]*+|[-–<>]|\d[\d.,]{0,8}+[A-Za-z][\w*]{0,12}+)[\s|]++){1,8}+",
    re.IGNORECASE,
)
_CELL_GAP = re.compile(r"[\s|]*+")


def _month_number(word: str) -> int:
    """1-12 for a month's name or its abbreviation ("Sept", "Oct")."""
    return next(i + 1 for i, full in enumerate(MONTHS) if full.startswith(word.lower()[:3]))


def _year_month(year: str, month: str | None = None) -> tuple[int, int]:
    """(year, month) of a column's words: "19" is 2019; month 0 when only the year is said."""
    y = int(year)
    return (y + 2000 if y < 100 else y), _month_number(month) if month else 0


def _header_period(m: re.Match[str], k: int) -> tuple[int, int]:
    """(year, month) of the ``k``-th column of a header: month 0 when only the year is said."""
    if m.group(f"z{k}") or m.group(f"f{k}"):
        return _year_month(m.group(f"z{k}") or m.group(f"f{k}"))
    if m.group(f"q{k}"):
        # a quarter or a half by the month it ends on ("Q1" March, "H2" December)
        part = m.group(f"q{k}").upper()
        return int(m.group(f"w{k}")), int(part[1]) * (3 if part[0] == "Q" else 6)
    return _year_month(m.group(f"y{k}"), m.group(f"m{k}"))


def _change_rows(doc: Document) -> list[Table]:
    """Rows of two period columns and the change between them, under a header that names the
    periods in its own order: "Model Sep-19 Sep-18 % Chg ..." over "Arden 8,120 8,140
    -0.2% 80,447 74,620 7.8% Vanta ...". The later period's cell is each change's current,
    the earlier one's its baseline; the periods must be a month or a year apart."""
    text = doc.norm
    tables: list[Table] = []
    pos = 0
    while (m := _CHANGE_HEADER_GROUP.search(text, pos)) is not None:
        groups = [m]
        pos = m.end()
        extras = [_extra_column(text, pos)]
        pos = extras[-1] or pos
        # the same columns again, for another stretch of time (the year to date)
        while (again := _CHANGE_HEADER_GROUP.match(text, _CELL_GAP.match(text, pos).end())) is not None:
            groups.append(again)
            pos = again.end()
            extras.append(_extra_column(text, pos))
            pos = extras[-1] or pos
        orders, bases = [], set()
        for g in groups:
            a, b = _header_period(g, 1), _header_period(g, 2)
            if a == b:
                break
            months = abs((a[0] * 12 + a[1]) - (b[0] * 12 + b[1]))
            if months not in (1, 12) and not (a[1] == b[1] == 0 and abs(a[0] - b[0]) == 1):
                break
            orders.append(a > b)  # the first column is the later one
            bases.add("mom" if months == 1 else "yoy")
        line = doc.norm[doc.norm.rfind("\n", 0, m.start()) + 1 : pos]
        if len(orders) != len(groups) or (not any(extras) and _ADJUSTED.search(line)):
            continue
        if any(extras) and not all(extras):
            continue  # an extra column after some groups only: not the shape we understand
        # a second header line that gives each period column a share column after it: "Mar.
        # Share Mar. Share Jan.-Mar. Share Jan.-Mar. *1 Share" (its footnote marks are no cells)
        shared = _SHARE_SUBHEADER.match(text, _CELL_GAP.match(text, pos).end())
        if shared is not None and len(re.findall(r"(?i)\bshare\b", shared.group())) == 2 * len(groups):
            pos = shared.end()
        else:
            shared = None
        rows = _rows_of_changes(doc, pos, orders, extra=bool(extras[0]), shares=shared is not None)
        if rows:
            tables.append(Table((), (), None, tuple(rows), row_basis=bases.pop() if len(bases) == 1 else None))
    return tables


# A column after a change column that is not the change of the two before it: "DSR" (the change
# adjusted for selling days), "% MTD", a share
_EXTRA_COLUMN = re.compile(r"[\s|]{1,6}+(?:DSR|%\s?MTD|%\s?YTD|%\s?share|share|mix)(?![\w%])", re.IGNORECASE)


_SHARE_SUBHEADER = re.compile(
    rf"(?:(?:{_MONTH_WORD})\.?(?:-(?:{_MONTH_WORD})\.?)?[\s|]++(?:\*\d[\s|]++)?(?i:share)[\s|]++){{2,8}}+",
    re.IGNORECASE,
)


def _extra_column(text: str, pos: int) -> int:
    """The end of an extra column's label right after a change group's header, else 0."""
    m = _EXTRA_COLUMN.match(text, pos)
    return m.end() if m is not None else 0


def _rows_of_changes(
    doc: Document, pos: int, orders: list[bool], extra: bool = False, shares: bool = False
) -> list[tuple[Quantity, Quantity, Quantity]]:
    """The (change, current, baseline) cells of the rows after a header of change groups, each row a
    label then, per group, two levels and a percent (and the percent of an ``extra`` column); the
    first line of other text ends them. A row of another shape between two of this one ("Vanta S
    610 0 2,050 0", a model new this year with no change to show) is passed over."""
    text = doc.norm
    qs = [q for q in doc.quantities if q.start >= pos]
    width = 5 if shares else 4 if extra else 3
    out: list[tuple[Quantity, Quantity, Quantity]] = []
    i = 0
    skipped = False
    while i + width * len(orders) <= len(qs):
        label = _BETWEEN_ROWS.fullmatch(text, _CELL_GAP.match(text, pos).end(), qs[i].start)
        if label is None and not (out and _CELL_GAP.fullmatch(text, pos, qs[i].start)):
            break
        row = _row_of_changes(doc, qs[i : i + width * len(orders)], orders, width, shares)
        if row is None:
            # pass over one odd row, to the next cell that follows a label of its own
            nxt = next(
                (
                    j
                    for j in range(i + 1, len(qs))
                    if _BETWEEN_ROWS.fullmatch(text, _CELL_GAP.match(text, qs[j - 1].end).end(), qs[j].start)
                ),
                None,
            )
            if skipped or not out or nxt is None:
                return out
            skipped, i, pos = True, nxt, qs[nxt - 1].end
            continue
        skipped = False
        out.extend(row)
        i += width * len(orders)
        pos = qs[i - 1].end
    return out


def _row_of_changes(
    doc: Document, cells: list[Quantity], orders: list[bool], width: int, shares: bool = False
) -> list[tuple[Quantity, Quantity, Quantity]] | None:
    text = doc.norm
    row: list[tuple[Quantity, Quantity, Quantity]] = []
    for k, later_first in enumerate(orders):
        group = cells[width * k : width * k + width]
        cells_joined = all(_CELL_GAP.fullmatch(text, x.end, y.start) for x, y in itertools.pairwise(group))
        if shares:
            # level, its share, level, its share, change
            if not (group[1].unit == group[3].unit == "percent"):
                return None
            a, b, c = group[0], group[2], group[4]
            group = [a, b, c]
        else:
            a, b, c = group[:3]
        if k and not _CELL_GAP.fullmatch(text, cells[width * k - 1].end, a.start):
            cells_joined = False
        levels = a.unit in (None, "count") and b.unit in (None, "count") and a.exact and b.exact
        if not (cells_joined and levels and c.unit == "percent" and all(x.unit == "percent" for x in group[3:])):
            return None
        row.append((c, a, b) if later_first else (c, b, a))
    return row


# A row of one period's level, then a row of the next period's level, its increase and its change:
# "North Mar-23 12,400" over "Mar-24 15,009 2,609 21.04%"
_PERIOD_CELL = rf"(?P<m>{_MONTH_WORD})\.?[-/ ’']\s?(?P<y>(?:19|20)?\d\d)"
_EARLIER_ROW = re.compile(rf"^(?:[A-Za-z&][\w&.'’()-]*+\s++){{0,3}}?{_PERIOD_CELL}\s++(?P<n>\d[\d,]*+)$", re.IGNORECASE)
_LATER_ROW = re.compile(
    rf"^{_PERIOD_CELL}\s++(?P<n>\d[\d,]*+)\s++(?P<d>[-+−]?\d[\d,]*+)\s++(?P<c>[-+−]?\d[\d.]*+\s?%)$", re.IGNORECASE
)


def _stacked_period_rows(doc: Document) -> list[Table]:
    """Pairs of lines a year or a month apart, the later one with its change: its change is of its
    level against the line above's."""
    rows: list[tuple[Quantity, Quantity, Quantity]] = []
    bases: set[str] = set()
    lines = [(st, en, line) for st, en, line in _lines(doc) if line]
    for (s0, e0, l0), (s1, e1, l1) in itertools.pairwise(lines):
        a, b = _EARLIER_ROW.match(l0), _LATER_ROW.match(l1)
        if a is None or b is None:
            continue
        (ya, ma), (yb, mb) = _year_month(a.group("y"), a.group("m")), _year_month(b.group("y"), b.group("m"))
        months = (yb * 12 + mb) - (ya * 12 + ma)
        if months not in (1, 12):
            continue
        off0, off1 = (
            s0 + len(doc.norm[s0:e0]) - len(doc.norm[s0:e0].lstrip()),
            s1 + len(doc.norm[s1:e1]) - len(doc.norm[s1:e1].lstrip()),
        )
        base = _quantity_in(doc, off0 + a.start("n"), off0 + a.end("n"))
        cur = _quantity_in(doc, off1 + b.start("n"), off1 + b.end("n"))
        change = _quantity_in(doc, off1 + b.start("c"), off1 + b.end("c"))
        if base is None or cur is None or change is None or change.unit != "percent":
            continue
        rows.append((change, cur, base))
        bases.add("mom" if months == 1 else "yoy")
    return [Table((), (), None, tuple(rows), row_basis=bases.pop() if len(bases) == 1 else None)] if rows else []


# A header of month columns, each change column right after the column it compares the first one
# with: "May Apr m/m pct May23 y/y pct" over "Sales 61,240 58,900 +4.0 55,100 +11.1"
_MONTH_COLUMN = re.compile(rf"^(?P<m>{_MONTH_WORD})\.?(?:\s?['’]?(?P<y>\d\d|(?:19|20)\d\d))?$", re.IGNORECASE)
_BASIS_COLUMN = re.compile(r"^(?P<b>m/m|mom|y/y|yoy)\s(?:pct|%|chg)$", re.IGNORECASE)
_BASES = {"m/m": "mom", "mom": "mom", "y/y": "yoy", "yoy": "yoy"}


def _interleaved_changes(doc: Document) -> list[Table]:
    rows: list[tuple[Quantity, Quantity, Quantity]] = []
    header: list[tuple[str, int | None, int | None]] | None = None  # (basis or "", month, year) per column
    for s, e, line in _lines(doc):
        if not line:
            continue
        columns = _interleaved_header(line)
        if columns is not None:
            header = columns
            continue
        if header is None:
            continue
        row = _spaced_row(doc, s, e, len(header))
        if row is None:
            header = None
            continue
        cells = row[1]
        for k, (basis, _, _) in enumerate(header):
            first, before, change = cells[0], cells[k - 1], cells[k]
            if not basis or first is None or before is None or change is None or change.unit not in (None, "percent"):
                continue
            if not (first.exact and before.exact and first.unit == before.unit):
                continue
            rows.append((replace(change, unit="percent"), first, before))
    return [Table((), (), None, tuple(rows))] if rows else []


def _interleaved_header(line: str) -> list[tuple[str, int | None, int | None]] | None:
    """The columns of a header like "May Apr m/m pct May23 y/y pct": each change column's basis
    must fit the month column before it (the month before the first column's, or the same month
    of another year)."""
    tokens = line.split()
    columns: list[tuple[str, int | None, int | None]] = []
    k = 0
    while k < len(tokens):
        pair = " ".join(tokens[k : k + 2])
        if (b := _BASIS_COLUMN.match(pair)) is not None:
            columns.append((_BASES[b.group("b").lower()], None, None))
            k += 2
            continue
        m = _MONTH_COLUMN.match(tokens[k])
        if m is None:
            return None
        columns.append(("", _month_number(m.group("m")), int(m.group("y")) % 100 if m.group("y") else None))
        k += 1
    if len(columns) < 3 or columns[0][0] or not any(c[0] for c in columns):
        return None
    first = columns[0]
    for k, (basis, _, _) in enumerate(columns):
        if not basis:
            continue
        _, month, year = columns[k - 1]
        if basis == "mom" and (month is None or (first[1] - month) % 12 != 1):
            return None
        if basis == "yoy" and (month != first[1] or year is None or year == first[2]):
            return None
    return columns


# A wire service's monthly series: a header naming a volume column and change columns by their
# basis ("Month Volume m/m y/y", "change y/y pct vehicles"), then one row per month, newest or
# oldest first ("March 41,300 +10.1 +12.0"), maybe under a line giving the rows' year
# ("2025*"), and rows of whole years ("2024 +4.3 470,400"). A month's change compares its volume
# with the month before's row (m/m) or the same month's a year before (y/y); a year's, with the
# year before's row.
_SERIES_VOLUME = frozenset({"volume", "vehicles", "units", "sales", "cars"})
_SERIES_WORDS = frozenset({"month", "change", "pct", "(in", "pct)", "%", "(%)", "chg", "year", "period"})
_SERIES_YEAR = re.compile(r"^(?P<y>(?:19|20)\d\d)\*?$")
_SERIES_MONTH = re.compile(rf"^(?P<m>{_MONTH_WORD})\.?$", re.IGNORECASE)
# (a row whose year is not given counts from a year no article names)
_UNDATED = 3000


def _series_header(line: str) -> list[str] | None:
    """The columns of a series header, in order: "volume", "mom" or "yoy"."""
    columns = []
    for token in line.lower().split():
        if token in _SERIES_VOLUME:
            columns.append("volume")
        elif token in _BASES:
            columns.append(_BASES[token])
        elif token not in _SERIES_WORDS:
            return None
    ok = columns.count("volume") == 1 and len(columns) >= 2 and len(set(columns)) == len(columns)
    return columns if ok else None


_Row = tuple[int | None, int | None, tuple[Quantity | None, ...]]  # (month, year, cells)


def _series_body(doc: Document, lines: list[tuple[int, int, str]], k: int, n: int) -> tuple[list[_Row], int]:
    """The rows under a series header, and the index of the first line after them."""
    rows: list[_Row] = []
    year: int | None = None
    skipped = 0
    while k < len(lines):
        s, e, line = lines[k]
        if not line or (not rows and skipped < 2 and not any(ch.isdigit() for ch in line)):
            k += 1  # ("(in pct) (in pct)": the header's second line)
            skipped += bool(line)
            continue
        if (y := _SERIES_YEAR.match(line)) is not None:
            year = int(y.group("y"))
            k += 1
            continue
        tokens = list(_TOKEN.finditer(doc.norm, s, e))
        if len(tokens) != n + 1 or not all(_SPACED_CELL.fullmatch(t.group()) for t in tokens[1:]):
            break
        cells = tuple(_quantity_in(doc, t.start(), t.end()) for t in tokens[1:])
        if (m := _SERIES_MONTH.match(tokens[0].group())) is not None:
            rows.append((_month_number(m.group("m")), year, cells))
        elif (y := _SERIES_YEAR.match(tokens[0].group())) is not None:
            rows.append((None, int(y.group("y")), cells))
        else:
            break
        k += 1
    return rows, k


def _month_indexes(rows: list[_Row]) -> dict[int, int]:
    """Row number -> months since year 0, for the month rows that follow one another month by
    month (a row that breaks the run ends it)."""
    months = [(r, mo, yr) for r, (mo, yr, _) in enumerate(rows) if mo is not None]
    if len(months) < 2:
        return {}
    step = 1 if (months[1][1] - months[0][1]) % 12 == 1 else -1 if (months[0][1] - months[1][1]) % 12 == 1 else 0
    if step == 0:
        return {}
    out: dict[int, int] = {}
    last: int | None = None
    for r, mo, yr in months:
        index = yr * 12 + mo - 1 if yr is not None else None
        if last is not None:
            expected = last + step
            if index is None and (expected % 12) + 1 == mo:
                index = expected
            if index != expected:
                break
        out[r] = index if index is not None else _UNDATED * 12 + mo - 1
        last = out[r]
    return out


def _monthly_series(doc: Document) -> list[Table]:
    tables: list[Table] = []
    lines = _lines(doc)
    k = 0
    while k < len(lines):
        columns = _series_header(lines[k][2])
        k += 1
        if columns is None:
            continue
        rows, k = _series_body(doc, lines, k, len(columns))
        volume = columns.index("volume")
        index_of = _month_indexes(rows)
        at = {index: r for r, index in index_of.items()}
        years = {yr: r for r, (mo, yr, _) in enumerate(rows) if mo is None and yr is not None}
        for c, basis in enumerate(columns):
            if basis == "volume":
                continue
            out = []
            for r, (mo, yr, cells) in enumerate(rows):
                index = index_of.get(r)
                if mo is None:
                    back = years.get(yr - 1) if basis == "yoy" and yr is not None else None
                else:
                    back = at.get(index - (12 if basis == "yoy" else 1)) if index is not None else None
                change, cur = cells[c], cells[volume]
                base = rows[back][2][volume] if back is not None else None
                if change is None or cur is None or base is None or change.unit not in (None, "percent"):
                    continue
                if cur.unit in (None, "count") and base.unit == cur.unit and cur.exact and base.exact:
                    out.append((replace(change, unit="percent"), cur, base))
            if out:
                tables.append(Table((), (), None, tuple(out), row_basis=basis))
    return tables
