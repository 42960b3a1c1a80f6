"""The JSON contract (shared/eval/README.md): one document for the whole run."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from json.encoder import encode_basestring as _encode_str  # type: ignore[attr-defined]
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
    return dumps({"version": 1, "files": entries, "summary": total})


def dumps(obj: Any, level: int = 0) -> str:
    """``json.dumps(obj, indent=2, ensure_ascii=False)``, byte for byte, several times faster.

    With ``indent`` the standard library falls back to its pure-Python encoder, and for a
    run over many files the report cost as much as a worker's check of a file.
    """
    if isinstance(obj, str):
        return _encode_str(obj)
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, int):
        return int.__repr__(obj)
    if isinstance(obj, float):
        return _float(obj)
    pad = "\n" + "  " * (level + 1)
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        body = f",{pad}".join(f"{_key(k)}: {dumps(v, level + 1)}" for k, v in obj.items())
        return f"{{{pad}{body}\n{'  ' * level}}}"
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        body = f",{pad}".join(dumps(v, level + 1) for v in obj)
        return f"[{pad}{body}\n{'  ' * level}]"
    return json.dumps(obj, indent=2, ensure_ascii=False)  # anything else: the library's answer


def _key(k: object) -> str:
    # json writes a number, bool or None key as the string of its JSON form
    return _encode_str(k if isinstance(k, str) else json.dumps(k))


def _float(x: float) -> str:  # json.encoder's floatstr with allow_nan
    if x != x:
        return "NaN"
    if x == math.inf:
        return "Infinity"
    if x == -math.inf:
        return "-Infinity"
    return float.__repr__(x)


class JsonReporter(Reporter):
    """Streams the one JSON document: each file's entry is written when it is done, so a
    long run holds no more than one file's claims (the output equals ``document(entries)``)."""

    def __init__(self, out: TextIO, **kw: Any) -> None:
        super().__init__(out, **kw)
        self.total = {"files": 0, "consistent": 0, "inconsistent": 0, "unverifiable": 0, "errors": 0}

    def file(self, result: FileResult, shown: list[Verdict]) -> None:
        entry = file_entry(result, shown)
        self.out.write('{\n  "version": 1,\n  "files": [\n' if self.total["files"] == 0 else ",\n")
        self.out.write(_indent(dumps(entry), "    "))
        self.total["files"] += 1
        for k, n in entry["summary"].items():
            self.total[k] += n
        self.total["errors"] += entry["error"] is not None

    def finish(self) -> None:
        if self.total["files"] == 0:
            self.out.write('{\n  "version": 1,\n  "files": [],\n')
        else:
            self.out.write("\n  ],\n")
        summary = dumps(self.total).replace("\n", "\n  ")
        self.out.write(f'  "summary": {summary}\n}}\n')


def _indent(text: str, prefix: str) -> str:
    return "\n".join(prefix + line for line in text.split("\n"))
