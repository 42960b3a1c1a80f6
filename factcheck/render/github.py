"""GitHub Actions workflow commands: an annotation on the pull request for each problem.

Inconsistent claims are ``::error``, unverifiable ones ``::warning`` (when
shown); consistent claims need no annotation.
"""

from __future__ import annotations

from factcheck.engine import FileResult
from factcheck.inputs import display_path, printable
from factcheck.model import Status, Verdict
from factcheck.render import Reporter
from factcheck.render.common import line_col

LEVEL = {Status.INCONSISTENT: "error", Status.UNVERIFIABLE: "warning"}


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def command(result: FileResult, v: Verdict) -> str | None:
    level = LEVEL.get(v.status)
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


class GithubReporter(Reporter):
    def file(self, result: FileResult, shown: list[Verdict]) -> None:
        for v in shown:
            cmd = command(result, v)
            if cmd is not None:
                self.out.write(cmd + "\n")
