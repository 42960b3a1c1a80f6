"""The JSON contract (shared/eval/README.md): one document for the whole run."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from factcheck.engine import FileResult
from factcheck.model import Verdict
from factcheck.render import Reporter
from factcheck.render.common import counts, line_col, number


def claim(result: FileResult, v: Verdict) -> dict[str, Any]:
    line, col = line_col(result, v.start)
    out: dict[str, Any] = {
        "rule": v.code,
        "name": v.name,
        "type": v.type,
        "status": v.status.value,
        "message": v.message,
        "stated": number(v.stated),
        "computed": number(v.computed),
        "start": v.start,
        "end": v.end,
        "line": line,
        "column": col,
        "stated_text": v.stated_text,
        "arithmetic": v.arithmetic,
        "evidence": [],
    }
    for ev in v.evidence:
        q = ev.quantity
        eline, ecol = line_col(result, q.start)
        out["evidence"].append(
            {
                "role": ev.role,
                "text": q.text,
                "value": number(q.value),
                "unit": q.unit,
                "start": q.start,
                "end": q.end,
                "line": eline,
                "column": ecol,
            }
        )
    for k, val in v.extra.items():
        out.setdefault(k, number(val) if isinstance(val, float) else val)
    return out


def file_entry(result: FileResult, shown: Iterable[Verdict]) -> dict[str, Any]:
    shown = list(shown)
    return {
        "path": result.path,
        "error": result.error,
        "claims": [claim(result, v) for v in shown],
        "summary": counts(shown),
    }


def document(entries: list[dict[str, Any]]) -> str:
    total = {"files": len(entries), "consistent": 0, "inconsistent": 0, "unverifiable": 0, "errors": 0}
    for e in entries:
        for k, n in e["summary"].items():
            total[k] += n
        total["errors"] += e["error"] is not None
    return json.dumps({"version": 1, "files": entries, "summary": total}, indent=2, ensure_ascii=False)


class JsonReporter(Reporter):
    """Entries are small dicts; the document is written at the end (it is one JSON value)."""

    def __init__(self, out: TextIO, **kw: Any) -> None:
        super().__init__(out, **kw)
        self.entries: list[dict[str, Any]] = []

    def file(self, result: FileResult, shown: list[Verdict]) -> None:
        self.entries.append(file_entry(result, shown))

    def finish(self) -> None:
        self.out.write(document(self.entries) + "\n")
