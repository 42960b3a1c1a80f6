"""``--statistics``: how many claims of each status each rule and each file has (as ruff's
``--statistics``), instead of the claims themselves; as text, or as JSON with ``--format json``.

Every claim checked is counted, whatever ``--show`` says; suppressed claims are not claims.
"""

from __future__ import annotations

import json as _json
from typing import Any, TextIO

from factcheck.engine import FileResult
from factcheck.inputs import display_path, printable
from factcheck.model import Verdict
from factcheck.render import Reporter

COLUMNS = ("inconsistent", "unverifiable", "consistent")


def _row() -> dict[str, int]:
    return dict.fromkeys(COLUMNS, 0)


class StatisticsReporter(Reporter):
    def __init__(self, out: TextIO, *, json: bool = False, **kw: Any) -> None:
        super().__init__(out, **kw)
        self.json = json
        self.rules: dict[str, tuple[str, dict[str, int]]] = {}
        self.files: list[tuple[str, dict[str, int], str | None]] = []

    def file(self, result: FileResult, shown: list[Verdict]) -> None:
        row = _row()
        for v in result.verdicts:
            row[v.status.value] += 1
            self.rules.setdefault(v.code, (v.name, _row()))[1][v.status.value] += 1
        self.files.append((display_path(result.path), row, result.error))

    def finish(self) -> None:
        total = _row()
        for _path, row, _error in self.files:
            for k in COLUMNS:
                total[k] += row[k]
        rules = sorted(self.rules.items())
        if self.json:
            doc = {
                "rules": [{"rule": code, "name": name, **row} for code, (name, row) in rules],
                "files": [
                    {"path": path, **row, "error": error}
                    for path, row, error in self.files
                    if sum(row.values()) or error
                ],
                "total": {"files": len(self.files), **total},
            }
            self.out.write(_json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
            return
        width = 8 + max([len(name) for _c, (name, _r) in rules] + [len("growth-consistency")])

        def counts(row: dict[str, int]) -> str:
            return "  ".join(f"{row[k]:>{len(k)},}" for k in COLUMNS)

        head = "  ".join(COLUMNS)
        lines = [f"{'rule':<{width}}{head}"]
        lines += [f"{code:<7} {name:<{width - 8}}{counts(row)}" for code, (name, row) in rules]
        lines.append(f"{'total':<{width}}{counts(total)}")
        files = [(printable(p), row) for p, row, _e in self.files if sum(row.values())]
        if files:
            pw = max(len("file"), *(len(p) for p, _r in files))
            lines += ["", f"{'file':<{pw}}  {head}"]
            lines += [f"{p:<{pw}}  {counts(row)}" for p, row in files]
        self.out.write("\n".join(lines) + "\n")
