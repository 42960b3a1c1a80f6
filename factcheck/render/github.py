"""GitHub Actions workflow commands: an annotation on the pull request for each problem shown.

A claim's severity picks the annotation: ``::error``, ``::warning`` or ``::notice`` (info);
consistent claims get none. GitHub shows at most 10 annotations of each level per step and
drops the rest without a word, so the first 10 of each level are annotations, the others are
printed as plain ``path:line:col: ...`` lines in the log, and a notice says how many there
were. When ``GITHUB_STEP_SUMMARY`` is set, a Markdown summary of every claim shown is added
to the job's summary page.
"""

from __future__ import annotations

import os
from typing import Any, TextIO

from factcheck.engine import FileResult
from factcheck.inputs import display_path, printable
from factcheck.model import Status, Verdict
from factcheck.render import Reporter
from factcheck.render.common import line_col
from factcheck.render.concise import line as concise_line
from factcheck.severity import severity_of

LEVEL = {"error": "error", "warning": "warning", "info": "notice"}
LIMIT = 10  # annotations of each level GitHub shows for one step
SUMMARY_ROWS = 1000  # claims listed in the step summary (its size is limited to 1 MiB)


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def command(result: FileResult, v: Verdict) -> str | None:
    if v.status is Status.CONSISTENT:
        return None
    level = LEVEL.get(severity_of(v))
    if level is None:
        return None
    line, col = line_col(result, v.start)
    end_line, end_col = line_col(result, max(v.end, v.start))
    props = {
        "file": printable(display_path(result.path), keep="\r\n"),  # escape_property takes the newlines
        "line": str(line),
        "col": str(col),
        "endLine": str(end_line),
        "endColumn": str(end_col),
        "title": f"factcheck ({v.code})",
    }
    head = ",".join(f"{k}={escape_property(val)}" for k, val in props.items())
    body = printable(v.message + (f"\n{v.arithmetic}" if v.arithmetic else ""), keep="\r\n")
    return f"::{level} {head}::{escape_data(body)}"


def _cell(text: str) -> str:
    """Text for a Markdown table cell: one line, pipes escaped, no markup."""
    text = printable(" ".join(text.split()))
    for ch in "\\`*_[]<>|":
        text = text.replace(ch, "\\" + ch)
    return text


class GithubReporter(Reporter):
    def __init__(self, out: TextIO, **kw: Any) -> None:
        super().__init__(out, **kw)
        self.annotated = dict.fromkeys(LEVEL.values(), 0)
        self.over = dict.fromkeys(LEVEL.values(), 0)
        self.summary_path = os.environ.get("GITHUB_STEP_SUMMARY") or None
        self.rows: list[str] = []
        self.n_rows = 0
        self.total = {"inconsistent": 0, "unverifiable": 0, "consistent": 0}
        self.n_files = self.errors = 0

    def file(self, result: FileResult, shown: list[Verdict]) -> None:
        self.n_files += 1
        self.errors += result.error is not None
        for v in result.verdicts:
            self.total[v.status.value] += 1
        for v in shown:
            cmd = command(result, v)
            if cmd is None:
                continue
            level = cmd[2 : cmd.index(" ")]
            if self.annotated[level] < LIMIT:
                self.annotated[level] += 1
                self.out.write(cmd + "\n")
            else:  # GitHub would drop it: the log keeps it
                self.over[level] += 1
                self.out.write(concise_line(result, v) + "\n")
            if self.summary_path:
                self.n_rows += 1
                if self.n_rows <= SUMMARY_ROWS:
                    ln, col = line_col(result, v.start)
                    self.rows.append(
                        f"| {_cell(display_path(result.path))}:{ln}:{col} | {level} | {v.code} {v.name} "
                        f"| {_cell(v.message)} |"
                    )
        for note in result.notes:  # a cap reached: some pairs of figures were not compared
            if self.annotated["notice"] < LIMIT:
                self.annotated["notice"] += 1
                where = escape_property(printable(display_path(result.path), keep="\r\n"))
                self.out.write(f"::notice file={where},title=factcheck (note)::{escape_data(printable(note))}\n")
            else:
                self.over["notice"] += 1
                self.out.write(f"{printable(display_path(result.path))}: note: {printable(note)}\n")

    def finish(self) -> None:
        over = {k: n for k, n in self.over.items() if n}
        if over:
            names = {"error": "errors", "warning": "warnings", "notice": "notices"}
            what = " and ".join(f"{n} more {names[k]}" for k, n in over.items())
            where = "; the job summary lists them all" if self.summary_path else ""
            self.out.write(
                f"::notice title=factcheck::{what} than GitHub shows as annotations ({LIMIT} of each per step) "
                f"are printed in this step's log{where}\n"
            )
        if self.summary_path:
            self._write_summary()

    def _write_summary(self) -> None:
        t = self.total
        files = f"{self.n_files} file{'s' if self.n_files != 1 else ''}"
        lines = [
            "## factcheck",
            "",
            f"{sum(t.values())} claims in {files}: **{t['inconsistent']} inconsistent**, "
            f"{t['unverifiable']} unverifiable, {t['consistent']} consistent"
            + (f"; {self.errors} not checked (see the log)" if self.errors else ""),
            "",
        ]
        if self.rows:
            lines += ["| where | level | rule | message |", "| --- | --- | --- | --- |", *self.rows]
            if self.n_rows > len(self.rows):
                lines.append(f"\n{self.n_rows - len(self.rows)} more in the log.")
        else:
            lines.append("Nothing to fix.")
        try:
            with open(self.summary_path or "", "a", encoding="utf-8") as fh:  # the runner expects appending
                fh.write("\n".join(lines) + "\n\n")
        except OSError as exc:  # the annotations are out already: say so, do not fail the run
            import sys

            sys.stderr.write(f"factcheck: GITHUB_STEP_SUMMARY: cannot write ({exc.strerror or exc})\n")
