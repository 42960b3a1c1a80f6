"""One line per claim shown: ``path:line:col: FC101 status: message`` (editors parse it)."""

from __future__ import annotations

from factcheck.engine import FileResult
from factcheck.inputs import display_path, printable
from factcheck.model import Verdict
from factcheck.render import Reporter
from factcheck.render.common import line_col


def line(result: FileResult, v: Verdict) -> str:
    ln, col = line_col(result, v.start)
    message = " ".join(v.message.split())  # one line, whatever the message holds
    # ... and whatever the file name holds (a newline, an escape, a byte that is not UTF-8)
    path = printable(display_path(result.path))
    return f"{path}:{ln}:{col}: {v.code} {v.status.value}: {printable(message)}"


class ConciseReporter(Reporter):
    def file(self, result: FileResult, shown: list[Verdict]) -> None:
        for v in shown:
            self.out.write(line(result, v) + "\n")
