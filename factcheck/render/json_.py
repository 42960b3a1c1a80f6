"""The JSON contract (shared/eval/README.md): one document for the whole run."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable
from dataclasses import replace
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
        "diagnosis": None if v.diagnosis is None else {"code": v.diagnosis.code, "text": v.diagnosis.text},
        "suggestion": v.suggestion or None,
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
        "notes": list(result.notes),
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
    """Streams the one JSON document: each file's entry is written when it is done, so a
    long run holds no more than one file's claims (the output equals ``document(entries)``)."""

    def __init__(self, out: TextIO, **kw: Any) -> None:
        super().__init__(out, **kw)
        self.total = {"files": 0, "consistent": 0, "inconsistent": 0, "unverifiable": 0, "errors": 0}

    def file(self, result: FileResult, shown: list[Verdict]) -> None:
        # The entry is written claim by claim, byte for byte as json.dumps(entry, indent=2) would
        # write it: an archive of 100,000 claims never has them all as dicts and text at once.
        if not isinstance(shown, list | tuple):  # checked while it is written (cli._streamed)
            self._streamed(result, shown)
            return
        self._head(result)
        if shown:
            self.out.write('      "claims": [\n')
            for i, v in enumerate(shown):
                self.out.write(self._claim(result, v) + (",\n" if i + 1 < len(shown) else "\n"))
            self.out.write("      ],\n")
        else:
            self.out.write('      "claims": [],\n')
        self._tail(result, counts(shown))

    def _streamed(self, result: FileResult, shown: Iterable[Verdict]) -> None:
        """An entry whose claims come from an iterator that checks the file as it goes: they are
        spooled (to disk past a few MB) until it ends, since the entry's ``error`` comes first
        and a check that fails midway (StreamError) makes the file an error with no claims."""
        import tempfile

        from factcheck.engine import StreamError

        summary = counts(())
        spooled = tempfile.SpooledTemporaryFile(4 << 20, "w+", encoding="utf-8", errors="surrogatepass", newline="")
        with spooled as spool:
            try:
                for v in shown:
                    spool.write(",\n" if spool.tell() else '      "claims": [\n')
                    spool.write(self._claim(result, v))
                    summary[v.status.value] += 1
            except StreamError as exc:
                result = replace(result, error=str(exc), notes=[])
                spool.seek(0)
                spool.truncate()
                summary = counts(())
            self._head(result)
            if spool.tell():
                spool.write("\n      ],\n")
                spool.seek(0)
                shutil.copyfileobj(spool, self.out)
            else:
                self.out.write('      "claims": [],\n')
        self._tail(result, summary)

    def _head(self, result: FileResult) -> None:
        self.out.write('{\n  "version": 1,\n  "files": [\n' if self.total["files"] == 0 else ",\n")
        head = {"path": result.path, "error": result.error}
        lines = [f"      {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in head.items()]
        self.out.write("    {\n" + "\n".join(lines) + "\n")

    @staticmethod
    def _claim(result: FileResult, v: Verdict) -> str:
        return _indent(json.dumps(claim(result, v), indent=2, ensure_ascii=False), "        ")

    def _tail(self, result: FileResult, summary: dict[str, int]) -> None:
        notes = json.dumps(list(result.notes), indent=2, ensure_ascii=False)
        self.out.write('      "notes": ' + _indent(notes, "      ").lstrip() + ",\n")
        self.out.write('      "summary": ' + _indent(json.dumps(summary, indent=2), "      ").lstrip() + "\n    }")
        self.total["files"] += 1
        for k, n in summary.items():
            self.total[k] += n
        self.total["errors"] += result.error is not None

    def finish(self) -> None:
        if self.total["files"] == 0:
            self.out.write('{\n  "version": 1,\n  "files": [],\n')
        else:
            self.out.write("\n  ],\n")
        summary = json.dumps(self.total, indent=2, ensure_ascii=False).replace("\n", "\n  ")
        self.out.write(f'  "summary": {summary}\n}}\n')


def _indent(text: str, prefix: str) -> str:
    return "\n".join(prefix + line for line in text.split("\n"))
