"""The default report for people: each claim, its sentence with the figures marked, the arithmetic."""

from __future__ import annotations

import bisect
from typing import TextIO

from rich.console import Console
from rich.text import Text

from factcheck.engine import FileResult
from factcheck.inputs import display_path, printable
from factcheck.model import Status, Verdict
from factcheck.render import Reporter
from factcheck.render.common import counts, line_col

MARK = {
    Status.CONSISTENT: ("✓", "green"),
    Status.INCONSISTENT: ("✗", "bold red"),
    Status.UNVERIFIABLE: ("?", "yellow"),
}


def _sentence(result: FileResult, v: Verdict) -> Text | None:
    """The claim's sentence as the reader sees it: masked markup (HTML tags, link targets) and
    line breaks become single spaces; the stated figure and its evidence are marked."""
    doc = result.document
    if doc is None or not doc.sentences:
        return None
    i = bisect.bisect_right([s.start for s in doc.sentences], v.start) - 1
    if i < 0 or not (doc.sentences[i].start <= v.start < doc.sentences[i].end):
        return None
    sent = doc.sentences[i]
    norm = doc.norm
    pieces: list[str] = []
    size = 0
    where: dict[int, int] = {}  # offset in the file -> offset in the displayed sentence
    for k in range(sent.start, sent.end):
        # A control character (ESC, BEL) is shown as an escape, never sent to the terminal.
        ch = " " if norm[k].isspace() else printable(result.text[k])
        where[k] = size
        if ch == " " and pieces and pieces[-1] == " ":
            continue
        pieces.append(ch)
        size += len(ch)
    where[sent.end] = size
    text = Text("".join(pieces))

    def mark(start: int, end: int, style: str) -> None:
        if sent.start <= start and end <= sent.end:
            text.stylize(style, where[start], where[end])

    for ev in v.evidence:
        mark(ev.quantity.start, ev.quantity.end, "underline cyan")
    mark(v.start, min(v.end, sent.end), f"bold {MARK[v.status][1].split()[-1]}")
    return text


def _indented(console: Console, text: Text, indent: int = 6) -> None:
    """Print wrapped to the console width, every line indented: a narrow terminal still
    shows each claim as one block (and no line ends in padding)."""
    width = max(20, console.width - indent)  # a summary (indent 0) wraps like a claim
    for line in text.wrap(console, width, overflow="fold"):
        line.rstrip()
        console.print(Text(" " * indent) + line, no_wrap=True, crop=False)


def render_file(console: Console, result: FileResult, shown: list[Verdict]) -> None:
    if result.error or not shown:
        return
    path = printable(display_path(result.path))
    console.print(Text(path, style="bold"))
    for v in shown:
        mark, style = MARK[v.status]
        line, col = line_col(result, v.start)
        head = Text()
        head.append(f"  {mark} {v.status.value:<12}", style=style)
        head.append(f" {v.code} {v.name}", style="bold")
        head.append(f"  {path}:{line}:{col}", style="dim")
        console.print(head)
        sentence = _sentence(result, v)
        if sentence is not None:
            _indented(console, sentence)
        _indented(console, Text(printable(v.message)))
        if v.arithmetic:
            _indented(console, Text(printable(v.arithmetic), style="dim"))
    console.print()


def summary_line(total: dict[str, int], n_files: int, errors: int, hidden: int) -> Text:
    """``3 claims in 2 files: 1 consistent, 1 inconsistent, 1 unverifiable``: every claim
    checked (not only those shown, which --show/--quiet pick)."""
    out = Text()
    n_claims = sum(total.values())
    out.append(f"{n_claims} claim{'s' if n_claims != 1 else ''} in {n_files} file{'s' if n_files != 1 else ''}: ")
    out.append(f"{total['consistent']} consistent", style="green")
    out.append(", ")
    out.append(f"{total['inconsistent']} inconsistent", style="bold red" if total["inconsistent"] else "")
    out.append(", ")
    out.append(f"{total['unverifiable']} unverifiable", style="yellow")
    if hidden:
        out.append(f" ({hidden} not shown)", style="dim")
    if errors:
        out.append(f", {errors} file{'s' if errors != 1 else ''} not checked", style="red")
    return out


class _Console(Console):
    def on_broken_pipe(self) -> None:
        """Rich exits with status 1 here; the command line turns a closed pipe into 141."""
        raise BrokenPipeError(32, "Broken pipe")


class FullReporter(Reporter):
    """The rich report; colour only when asked, never wider than ``width`` when given."""

    def __init__(self, out: TextIO, *, color: bool = False, width: int | None = None) -> None:
        super().__init__(out, color=color, width=width)
        self.console = _Console(
            file=out,
            no_color=not color,
            force_terminal=color or None,
            color_system="auto" if color else None,
            width=width,
            highlight=False,
            soft_wrap=False,
            emoji=False,
            markup=False,
        )
        # Running totals only, so a long run does not hold every verdict.
        self.total = {"consistent": 0, "inconsistent": 0, "unverifiable": 0}
        self.n_files = self.errors = self.hidden = 0

    def file(self, result: FileResult, shown: list[Verdict]) -> None:
        render_file(self.console, result, shown)
        self.n_files += 1
        self.errors += result.error is not None
        for k, n in counts(result.verdicts).items():
            self.total[k] += n
        self.hidden += len(result.verdicts) - len(shown)

    def finish(self) -> None:
        _indented(self.console, summary_line(self.total, self.n_files, self.errors, self.hidden), 0)
