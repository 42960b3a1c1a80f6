"""The default report for people: what needs an editor's attention, grouped by sentence.

For each file, its path once; for each sentence with a claim shown, the sentence once (its
first line number, the stated figures and their evidence marked); under it each claim: mark,
location, status, rule, the message in one line, the arithmetic (unless the message already
says it), the figure it should read and the likely slip. Then one line counting every claim
checked and one counting those not shown (``--show all``), or "All N claims consistent".

On a terminal the report is wrapped to its width, every line indented under its claim; into
a pipe or a file (``-o``) nothing is wrapped, so ``path`` and ``line:col`` are never split.
"""

from __future__ import annotations

import bisect
import re
from typing import TextIO

from rich.console import Console
from rich.text import Text

from factcheck.engine import FileResult
from factcheck.inputs import display_path, printable
from factcheck.model import Status, Verdict
from factcheck.render import Reporter
from factcheck.render.common import line_col
from factcheck.severity import DEFAULTS, severity_of

MARK = {
    Status.CONSISTENT: ("✓", "green"),
    Status.INCONSISTENT: ("✗", "bold red"),
    Status.UNVERIFIABLE: ("?", "yellow"),
}
ORDER = ("inconsistent", "unverifiable", "consistent")
_SHOULD_READ = re.compile(r"; it should read ([^;]+)$")
GUTTER = " │ "


def one_line(text: str) -> str:
    """A message as one line: runs of blanks and line breaks become one space."""
    return printable(" ".join(text.split()))


def parts(v: Verdict) -> tuple[str, str, str, str]:
    """(message, arithmetic, figure it should read, likely slip) as the report prints them: the
    figure to write and the slip, which an inconsistent claim's message ends with, each get a
    line of their own, and the arithmetic is left out when the message already says it."""
    message = one_line(v.message)
    slip = suggestion = ""
    if v.diagnosis is not None:
        tail = f"; {one_line(v.diagnosis.line)}"
        if message.endswith(tail):
            message, slip = message[: -len(tail)], one_line(v.diagnosis.line)
    m = _SHOULD_READ.search(message)
    if m and v.status is Status.INCONSISTENT:
        message, suggestion = message[: m.start()], m.group(1)
    arithmetic = one_line(v.arithmetic) if v.arithmetic else ""
    if arithmetic and arithmetic in message:
        arithmetic = ""
    return message, arithmetic, suggestion, slip


def _elsewhere(result: FileResult, v: Verdict) -> str:
    """Where the figures a claim uses from other sentences are (a restatement's first
    statement, a total's parts): ``uses baseline 20,274 at 7:12``."""
    here = _sentence_index(result, v.start)
    out = []
    for ev in v.evidence:
        q = ev.quantity
        if here is not None and _sentence_index(result, q.start) == here:
            continue
        line, col = line_col(result, q.start)
        out.append(f"{ev.role} {one_line(q.text)} at {line}:{col}")
    return f"uses {', '.join(out)}" if out and here is not None else ""


def _sentence_index(result: FileResult, offset: int) -> int | None:
    doc = result.document
    if doc is None or not doc.sentences:
        return None
    i = bisect.bisect_right([s.start for s in doc.sentences], offset) - 1
    if i < 0 or not (doc.sentences[i].start <= offset < doc.sentences[i].end):
        return None
    return i


def _sentence(result: FileResult, index: int, claims: list[Verdict]) -> Text:
    """The sentence as the reader sees it: masked markup (HTML tags, link targets) and line
    breaks become single spaces; each stated figure and its evidence are marked."""
    assert result.document is not None
    doc = result.document
    sent = doc.sentences[index]
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
    text = Text("".join(pieces).rstrip())

    def mark(start: int, end: int, style: str) -> None:
        if sent.start <= start and end <= sent.end:
            text.stylize(style, where[start], where[end])

    for v in claims:
        for ev in v.evidence:
            mark(ev.quantity.start, ev.quantity.end, "underline cyan")
    for v in claims:
        mark(v.start, min(v.end, sent.end), f"bold {MARK[v.status][1].split()[-1]}")
    return text


class _Console(Console):
    def on_broken_pipe(self) -> None:
        """Rich exits with status 1 here; the command line turns a closed pipe into 141."""
        raise BrokenPipeError(32, "Broken pipe")


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def summary_lines(total: dict[str, int], hidden: dict[str, int], n_files: int, errors: int) -> list[Text]:
    """The last lines: every claim checked, problems first, then what is not shown."""
    n_claims = sum(total.values())
    first = Text()
    files = _plural(n_files, "file")
    if n_claims == 0:
        first.append(f"No claims to check in {files}")
    elif total["inconsistent"] == total["unverifiable"] == 0:
        first.append(f"All {_plural(n_claims, 'claim')} consistent", style="green")
        first.append(f" in {files}")
    else:
        first.append(f"{_plural(n_claims, 'claim')} in {files}: ")
        first.append(f"{total['inconsistent']:,} inconsistent", style="bold red" if total["inconsistent"] else "")
        first.append(", ")
        first.append(f"{total['unverifiable']:,} unverifiable", style="yellow" if total["unverifiable"] else "")
        first.append(f", {total['consistent']:,} consistent")
    if errors:
        first.append(f"; {_plural(errors, 'file')} not checked", style="red")
    out = [first]
    kinds = [f"{hidden[s]:,} {s}" for s in ORDER if hidden.get(s)]
    if kinds and (total["inconsistent"] or total["unverifiable"]):  # "All N claims consistent" says it all
        n_hidden = sum(hidden.values())
        words = " and ".join([", ".join(kinds[:-1]), kinds[-1]] if len(kinds) > 1 else kinds)
        out.append(Text(f"{words} claim{'' if n_hidden == 1 else 's'} hidden; --show all", style="dim"))
    return out


class FullReporter(Reporter):
    """The report; colour only when asked, wrapped only when ``width`` is given (a terminal)."""

    def __init__(self, out: TextIO, *, color: bool = False, width: int | None = None) -> None:
        super().__init__(out, color=color, width=width)
        self.console = _Console(
            file=out,
            no_color=not color,
            force_terminal=color or None,
            color_system="auto" if color else None,
            width=width or 10_000,
            highlight=False,
            soft_wrap=width is None,
            emoji=False,
            markup=False,
        )
        # Running totals only, so a long run does not hold every verdict.
        self.total = dict.fromkeys(ORDER, 0)
        self.hidden = dict.fromkeys(ORDER, 0)
        self.n_files = self.errors = 0

    # ------------------------------------------------------------------ printing

    def _print(self, text: Text, indent: int, hang: int | None = None) -> None:
        """One logical line at ``indent``; on a terminal wrapped to its width with every
        further line at ``hang`` (default: ``indent``), so a claim stays one block."""
        hang = indent if hang is None else hang
        if self.width is None:
            self.console.print(Text(" " * indent) + text, no_wrap=True, crop=False, soft_wrap=True)
            return
        room = max(20, self.width - hang)
        first_room = max(20, self.width - indent)
        lines = list(text.wrap(self.console, first_room, overflow="fold"))
        if len(lines) > 1 and first_room != room:  # the first line is narrower or wider
            lines = [lines[0], *_wrap_rest(self.console, text, len(lines[0].plain), room)]
        for i, line in enumerate(lines):
            line.rstrip()
            pad = indent if i == 0 else hang
            self.console.print(Text(" " * pad) + line, no_wrap=True, crop=False)

    def _claim(self, result: FileResult, v: Verdict) -> None:
        mark, style = MARK[v.status]
        line, col = line_col(result, v.start)
        head = Text()
        head.append(f"{mark} ", style=style)
        head.append(f"{line}:{col}", style="bold")
        head.append(f" {v.status.value}", style=style)
        level = severity_of(v)
        if level != DEFAULTS[v.status.value]:
            head.append(f" ({level})", style=style)
        head.append(f"  {v.code} {v.name}", style="dim")
        self._print(head, 4)
        message, arithmetic, suggestion, slip = parts(v)
        self._print(Text(message), 6)
        elsewhere = _elsewhere(result, v)
        if elsewhere:
            self._print(Text(elsewhere, style="dim"), 6)
        if arithmetic:
            self._print(Text(arithmetic, style="dim"), 6)
        if suggestion:
            self._print(Text.assemble("it should read ", (suggestion, "bold")), 6)
        if slip:
            self._print(Text(slip), 6)

    def file(self, result: FileResult, shown: list[Verdict]) -> None:
        self.n_files += 1
        self.errors += result.error is not None
        for v in result.verdicts:
            self.total[v.status.value] += 1
            self.hidden[v.status.value] += 1
        for v in shown:
            self.hidden[v.status.value] -= 1
        if result.error or not shown:
            return
        self.console.print(Text(printable(display_path(result.path)), style="bold"), no_wrap=True, crop=False)
        groups: list[tuple[int | None, list[Verdict]]] = []
        for v in shown:
            i = _sentence_index(result, v.start)
            if groups and i is not None and groups[-1][0] == i:
                groups[-1][1].append(v)
            else:
                groups.append((i, [v]))
        for i, claims in groups:
            if i is not None:
                assert result.document is not None
                line = result.document.line_col(result.document.sentences[i].start)[0]
                gutter = Text(f"{line:>4}{GUTTER}", style="dim")
                self._print(gutter + _sentence(result, i, claims), 0, len(gutter.plain))
            for v in claims:
                self._claim(result, v)
        self.console.print()

    def finish(self) -> None:
        if self.quiet:
            return
        for line in summary_lines(self.total, self.hidden, self.n_files, self.errors):
            self._print(line, 0)


def _wrap_rest(console: Console, text: Text, start: int, room: int) -> list[Text]:
    rest = text[start:]
    lead = len(rest.plain) - len(rest.plain.lstrip())
    return list(rest[lead:].wrap(console, room, overflow="fold"))
