"""SARIF 2.1.0 for code-scanning dashboards: one rule per code, one result per claim shown.

An inconsistent claim is a result of kind ``fail`` whose level is its severity (``error``,
``warning``, or ``note`` for info); an unverifiable claim is of kind ``review`` and a
consistent one of kind ``pass``, and both have level ``none``, as SARIF 2.1.0 (§3.27.10)
requires of every kind but ``fail``. Each rule's ``helpUri`` is its section of docs/rules.md.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from factcheck import REPOSITORY, __version__
from factcheck.diff import Edit, file_edits, fixable
from factcheck.engine import FileResult
from factcheck.inputs import display_path
from factcheck.model import Status, Verdict
from factcheck.render import Reporter
from factcheck.render.common import line_col, number
from factcheck.severity import severity_of

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
KIND = {Status.INCONSISTENT: "fail", Status.UNVERIFIABLE: "review", Status.CONSISTENT: "pass"}
SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
# The rule reference of this version, where the package is published.
RULES_DOC = f"{REPOSITORY}/blob/v{__version__}/docs/rules.md"


def level(v: Verdict) -> str:
    """SARIF's level: the severity for a failed check, ``none`` for any other kind."""
    if KIND[v.status] != "fail":
        return "none"
    return SARIF_LEVEL.get(severity_of(v), "none")


def help_uri(code: str) -> str:
    """The rule's section of docs/rules.md (GitHub's anchor for the heading ``## FC101``)."""
    return f"{RULES_DOC}#{code.lower()}"


def artifact_uri(path: str) -> dict[str, str]:
    """Relative paths stay relative to the checkout (%SRCROOT%), as code scanning expects.

    Percent-encoded from the name's bytes, so any file name (a newline, a byte that is not
    UTF-8) is a valid URI that still names the file."""
    raw = os.fsencode(Path(path).as_posix())
    if os.path.isabs(path):
        return {"uri": "file://" + quote(raw, safe="/")}
    return {"uri": quote(raw, safe="/"), "uriBaseId": "%SRCROOT%"}


def region(result: FileResult, start: int, end: int, snippet: str) -> dict[str, Any]:
    line, col = line_col(result, start)
    end_line, end_col = line_col(result, max(end, start))
    out: dict[str, Any] = {
        "startLine": line,
        "startColumn": col,
        "endLine": end_line,
        "endColumn": end_col,  # the column after the last character, as SARIF defines it
        "charOffset": start,
        "charLength": max(end - start, 0),
    }
    if snippet:
        out["snippet"] = {"text": snippet}
    return out


def fix(result: FileResult, location: dict[str, Any], ed: Edit) -> dict[str, Any]:
    """The suggested figure as a SARIF fix: the edit ``--diff`` makes (only the characters that
    differ when the figure is written across markup)."""
    v = ed.verdict
    return {
        "description": {"text": f"Replace {v.stated_text or 'the stated figure'} with {v.suggestion}"},
        "artifactChanges": [
            {
                **location,
                "replacements": [
                    {
                        "deletedRegion": region(result, ed.start, ed.end, ""),
                        "insertedContent": {"text": ed.text},
                    }
                ],
            }
        ],
    }


def rules_table() -> list[dict[str, Any]]:
    from factcheck.rules import RULES

    return [
        {
            "id": r.code,
            "name": r.name,
            "shortDescription": {"text": r.summary},
            "fullDescription": {"text": r.explanation.split("\n\n")[0].replace("\n", " ")},
            "help": {"text": r.explanation, "markdown": r.explanation},
            "helpUri": help_uri(r.code),
            "defaultConfiguration": {"level": "error"},
            "properties": {"type": r.type},
        }
        for r in RULES
    ]


class SarifReporter(Reporter):
    def __init__(self, out: TextIO, **kw: Any) -> None:
        super().__init__(out, **kw)
        self.rules = rules_table()
        self.index = {r["id"]: i for i, r in enumerate(self.rules)}
        self.results: list[dict[str, Any]] = []
        self.notifications: list[dict[str, Any]] = []

    def file(self, result: FileResult, shown: list[Verdict]) -> None:
        location = {"artifactLocation": artifact_uri(result.path)}
        safe = {(e.verdict.start, e.verdict.end): e for e in file_edits(result)}  # what --diff applies
        if result.error:
            self.notifications.append(
                {
                    "level": "error",
                    "message": {"text": f"{display_path(result.path)}: {result.error}"},
                    "locations": [{"physicalLocation": location}],
                }
            )
        for v in shown:
            res: dict[str, Any] = {
                "ruleId": v.code,
                "level": level(v),
                "kind": KIND[v.status],
                "message": {"text": v.message + (f"\n{v.arithmetic}" if v.arithmetic else "")},
                "locations": [
                    {
                        "physicalLocation": {
                            **location,
                            "region": region(result, v.start, v.end, v.stated_text),
                        }
                    }
                ],
                "properties": {
                    "status": v.status.value,
                    "severity": severity_of(v),
                    "type": v.type,
                    "stated": number(v.stated),
                    "computed": number(v.computed),
                    "arithmetic": v.arithmetic,
                },
            }
            if v.code in self.index:
                res["ruleIndex"] = self.index[v.code]
            related = [
                {
                    "id": i,
                    "message": {"text": f"{ev.role}: {ev.quantity.text}"},
                    "physicalLocation": {
                        **location,
                        "region": region(result, ev.quantity.start, ev.quantity.end, ev.quantity.text),
                    },
                }
                for i, ev in enumerate(v.evidence)
            ]
            if related:
                res["relatedLocations"] = related
            if (v.start, v.end) in safe and fixable(v):
                res["fixes"] = [fix(result, location, safe[(v.start, v.end)])]
            self.results.append(res)
        # after the claims: a file checked while its report is written knows its notes only then
        self.notifications.extend(
            {
                "level": "note",
                "message": {"text": f"{display_path(result.path)}: {note}"},
                "locations": [{"physicalLocation": location}],
            }
            for note in result.notes
        )

    def finish(self) -> None:
        run: dict[str, Any] = {
            "tool": {
                "driver": {
                    "name": "factcheck",
                    "version": __version__,
                    "semanticVersion": __version__,
                    "informationUri": REPOSITORY,
                    "rules": self.rules,
                }
            },
            "invocations": [
                {
                    "executionSuccessful": not any(n["level"] == "error" for n in self.notifications),
                    "toolExecutionNotifications": self.notifications,
                }
            ],
            "columnKind": "unicodeCodePoints",
            "results": self.results,
        }
        doc = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
        self.out.write(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
