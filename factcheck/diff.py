"""Suggested corrections as edits: ``--diff`` (a unified diff), SARIF ``fixes``, LSP code actions.

An edit is proposed only for an inconsistent claim whose diagnosis names the stated figure
as the slip (``culprit == "stated"``) and that carries a suggestion: when the arithmetic
cannot tell which figure is wrong, nothing is edited. Files are never written.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

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


def edits(verdicts: Iterable[Verdict], text: str | None = None) -> list[Edit]:
    """The non-overlapping edits for these verdicts, in text order.

    Two rules suggesting the same text for the same span give one edit; two that disagree
    about a span, or overlapping spans, give none for either (no guess between them). An
    edit that would change nothing is dropped.
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
    for s, e in spans:
        if (s, e) in clash or len(by_span[(s, e)]) != 1:
            continue
        (new,) = by_span[(s, e)]
        if text is not None and text[s:e] == new:
            continue
        out.append(Edit(s, e, new, first[(s, e)]))
    return out


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
    todo = edits(result.verdicts, result.text)
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
