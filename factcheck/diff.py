"""Suggested corrections as edits: ``--diff`` (a unified diff), SARIF ``fixes``, LSP code actions.

An edit is proposed only for an inconsistent claim whose diagnosis names the stated figure
as the slip (``culprit == "stated"``) and that carries a suggestion: when the arithmetic
cannot tell which figure is wrong, nothing is edited. Files are never written.
"""

from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

from factcheck.inputs import merge_spans
from factcheck.model import Status, Verdict
from factcheck.render import Reporter

if TYPE_CHECKING:
    from collections.abc import Iterable

    from factcheck.engine import FileResult


@dataclass(frozen=True, slots=True)
class Edit:
    start: int
    end: int
    text: str  # the replacement
    verdict: Verdict


def fixable(v: Verdict) -> bool:
    """The claim's suggestion may safely replace its stated figure."""
    return (
        v.status is Status.INCONSISTENT
        and bool(v.suggestion)
        and v.diagnosis is not None
        and v.diagnosis.culprit == "stated"
        and 0 <= v.start < v.end
    )


def edits(
    verdicts: Iterable[Verdict],
    text: str | None = None,
    markup: Iterable[tuple[int, int]] = (),
    html: bool = False,
) -> list[Edit]:
    """The non-overlapping edits for these verdicts, in text order.

    Two rules suggesting the same text for the same span give one edit; two that disagree
    about a span, or overlapping spans, give none for either (no guess between them). An
    edit that would change nothing is dropped. ``markup`` holds the spans the checker did not
    read (Markdown syntax, HTML tags and entities; ``html``: entities stand for characters):
    an edit never deletes any of it. A figure written across markup (``**87.81** percent``)
    is edited where its characters differ (``87.81`` -> ``88.71``) or not at all.
    """
    by_span: dict[tuple[int, int], set[str]] = {}
    first: dict[tuple[int, int], Verdict] = {}
    for v in verdicts:
        if fixable(v) and (text is None or v.end <= len(text)):
            by_span.setdefault((v.start, v.end), set()).add(v.suggestion)
            first.setdefault((v.start, v.end), v)
    spans = sorted(by_span)
    out: list[Edit] = []
    clash: set[tuple[int, int]] = set()
    for i, (s, e) in enumerate(spans):
        j = i + 1
        while j < len(spans) and spans[j][0] < e:  # sorted by start: every later overlap
            clash.update({(s, e), spans[j]})
            j += 1
    marks = merge_spans(markup) if text is not None else []
    ends = [me for _, me in marks]
    for s, e in spans:
        if (s, e) in clash or len(by_span[(s, e)]) != 1:
            continue
        (new,) = by_span[(s, e)]
        if text is None:
            out.append(Edit(s, e, new, first[(s, e)]))
            continue
        k = bisect.bisect_right(ends, s)  # the first markup span ending after s
        inside = []
        while k < len(marks) and marks[k][0] < e:
            inside.append(marks[k])
            k += 1
        edit = _narrowed(text, s, e, new, inside, html) if inside else (s, e, new)
        if edit is None or text[edit[0] : edit[1]] == edit[2]:
            continue
        out.append(Edit(*edit, first[(s, e)]))
    return out


_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TAG = re.compile(r"<[^<>]*>")


def _narrowed(
    text: str, s: int, e: int, new: str, inside: list[tuple[int, int]], html: bool
) -> tuple[int, int, str] | None:
    """The smallest edit of ``text[s:e]`` that makes it read ``new`` without touching markup,
    or None when the characters that differ are not one run of plain text."""
    import html as html_mod

    chars: list[tuple[str, int | None]] = []  # what the checker read, and where it came from
    pos = s
    for ms, me in inside:
        ms, me = max(ms, s), min(me, e)
        chars.extend((text[k], k) for k in range(pos, ms))
        seg = text[ms:me]
        if html:
            read = "".join(html_mod.unescape(m.group()) for m in _ENTITY.finditer(_TAG.sub("", seg)))
        else:
            read = ""
        chars.extend((ch, None) for ch in read)
        pos = me
    chars.extend((text[k], k) for k in range(pos, e))
    n, m = len(chars), len(new)
    p = 0
    while p < min(n, m) and chars[p][0] == new[p]:
        p += 1
    q = 0
    while q < min(n, m) - p and chars[n - 1 - q][0] == new[m - 1 - q]:
        q += 1
    middle = chars[p : n - q]
    if middle:
        origins = [o for _, o in middle]
        if None in origins or origins[-1] - origins[0] != len(origins) - 1:  # type: ignore[operator]
            return None  # the change would run into markup
        at, to = origins[0], origins[-1] + 1  # type: ignore[operator]
    elif p > 0 and chars[p - 1][1] is not None:  # an insertion just after a character read
        at = to = chars[p - 1][1] + 1  # type: ignore[operator]
    elif p < n and chars[p][1] is not None:
        at = to = chars[p][1]  # type: ignore[assignment]
    else:
        return None
    return at, to, new[p : m - q]


def file_edits(result: FileResult) -> list[Edit]:
    """The edits for one checked file, with the markup its document did not read."""
    doc = result.document
    markup = [*doc.masked, *doc.breaks] if doc is not None else []
    return edits(result.verdicts, result.text, markup, html=result.path.lower().endswith((".html", ".htm")))


def apply(text: str, todo: list[Edit]) -> str:
    """``text`` with the (sorted, non-overlapping) edits applied."""
    parts: list[str] = []
    pos = 0
    for ed in todo:
        parts.append(text[pos : ed.start])
        parts.append(ed.text)
        pos = ed.end
    parts.append(text[pos:])
    return "".join(parts)


_LINES = re.compile(r"[^\n]*\n|[^\n]+")


def _lines(text: str) -> list[str]:
    """Lines as ``patch`` sees them: split after each ``\\n`` only (a CR stays in its line)."""
    return _LINES.findall(text)


def unified(path: str, old: str, new: str, context: int = 3) -> str:
    """A unified diff of one file, ``--- path`` / ``+++ path`` as ``ruff --diff`` prints it
    (apply with ``patch -p0`` or ``git apply -p0``)."""
    a, b = _lines(old), _lines(new)
    out: list[str] = []
    for line in difflib.unified_diff(a, b, path, path, n=context):
        if not line.endswith("\n"):  # the file's last line has no newline
            line += "\n\\ No newline at end of file\n"
        out.append(line)
    return "".join(out)


def file_diff(result: FileResult) -> tuple[str, int]:
    """The diff for one checked file and how many edits it applies ("" and 0: nothing to do)."""
    if result.error:
        return "", 0
    todo = file_edits(result)
    if not todo:
        return "", 0
    return unified(result.path, result.text, apply(result.text, todo)), len(todo)


class DiffReporter(Reporter):
    """``--diff``: one unified diff per file with edits, in input order; ``tally["edits"]``
    and ``tally["files"]`` count what there is to apply (the command line's exit code)."""

    def __init__(self, out: TextIO, *, tally: dict[str, int] | None = None, **kw: Any) -> None:
        super().__init__(out, **kw)
        self.tally = tally if tally is not None else {}
        self.tally.setdefault("edits", 0)
        self.tally.setdefault("files", 0)

    def file(self, result: FileResult, shown: list[Verdict]) -> None:
        text, n = file_diff(result)
        if n:
            self.out.write(text)
            self.tally["edits"] += n
            self.tally["files"] += 1

    def finish(self) -> None:
        self.out.flush()
