"""The default report for people: each claim, its sentence with the figures marked, the arithmetic."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.text import Text

from factcheck.engine import FileResult
from factcheck.model import Status, Verdict
from factcheck.render import Reporter
from factcheck.render.common import counts, line_col

MARK = {
    Status.CONSISTENT: ("✓", "green"),
    Status.INCONSISTENT: ("✗", "bold red"),
    Status.UNVERIFIABLE: ("?", "yellow"),
}


def _sentence(result: FileResult, v: Verdict) -> Text | None:
    doc = result.document
    if doc is None:
        return None
    sent = next((s for s in doc.sentences if s.start <= v.start < s.end), None)
    if sent is None:
        return None
    text = Text(result.text[sent.start : sent.end].replace("\n", " ").replace("\r", " "))
    for ev in v.evidence:
        q = ev.quantity
        if sent.start <= q.start and q.end <= sent.end:
            text.stylize("underline cyan", q.start - sent.start, q.end - sent.start)
    text.stylize(f"bold {MARK[v.status][1].split()[-1]}", v.start - sent.start, min(v.end, sent.end) - sent.start)
    return text


def render_file(console: Console, result: FileResult, shown: list[Verdict]) -> None:
    if result.error:
        return
    if not shown:
        return
    console.print(Text(result.path, style="bold"))
    for v in shown:
        mark, style = MARK[v.status]
        line, col = line_col(result, v.start)
        head = Text()
        head.append(f"  {mark} {v.status.value:<12}", style=style)
        head.append(f" {v.code} {v.name}", style="bold")
        head.append(f"  {result.path}:{line}:{col}", style="dim")
        console.print(head)
        sentence = _sentence(result, v)
        if sentence is not None:
            console.print(Text("      ") + sentence, overflow="fold")
        console.print(Text("      " + v.message))
        if v.arithmetic:
            console.print(Text("      " + v.arithmetic, style="dim"))
    console.print()


def summary_line(results: list[tuple[FileResult, list[Verdict]]]) -> Text:
    total = {"consistent": 0, "inconsistent": 0, "unverifiable": 0}
    errors = 0
    for r, shown in results:
        errors += r.error is not None
        for k, n in counts(shown).items():
            total[k] += n
    n_files = len(results)
    out = Text()
    out.append(f"{sum(total.values())} claims in {n_files} file{'s' if n_files != 1 else ''}: ")
    out.append(f"{total['consistent']} consistent", style="green")
    out.append(", ")
    out.append(f"{total['inconsistent']} inconsistent", style="bold red" if total["inconsistent"] else "")
    out.append(", ")
    out.append(f"{total['unverifiable']} unverifiable", style="yellow")
    if errors:
        out.append(f", {errors} file{'s' if errors != 1 else ''} not checked", style="red")
    return out


class FullReporter(Reporter):
    """The rich report; colour only when asked, never wider than ``width`` when given."""

    def __init__(self, out: TextIO, *, color: bool = False, width: int | None = None) -> None:
        super().__init__(out, color=color, width=width)
        self.console = Console(
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
        self.results: list[tuple[FileResult, list[Verdict]]] = []

    def file(self, result: FileResult, shown: list[Verdict]) -> None:
        render_file(self.console, result, shown)
        # keep only what the summary needs, so a long run does not hold every text
        self.results.append((FileResult(result.path, "", (), result.error), shown))

    def finish(self) -> None:
        self.console.print(summary_line(self.results))
