"""Run the rules over a document: the library's core, free of any UI."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.document import Document, InputError, build, read_text
from factcheck.model import Verdict
from factcheck.rules import RULES
from factcheck.rules.base import Rule


@dataclass(frozen=True, slots=True)
class FileResult:
    path: str
    text: str
    verdicts: tuple[Verdict, ...]
    error: str | None = None
    document: Document | None = None


def _selected(select: Iterable[str] | None, ignore: Iterable[str] | None) -> tuple[Rule, ...]:
    sel = {s.upper() for s in select} if select else None
    ign = {s.upper() for s in ignore or ()}

    def picked(r: Rule) -> bool:
        keys = {r.code.upper(), r.name.upper()}
        in_sel = sel is None or "ALL" in sel or any(k.startswith(s) for k in keys for s in sel)
        return in_sel and not any(k.startswith(s) for k in keys for s in ign)

    return tuple(r for r in RULES if picked(r))


def check_document(doc: Document, rules: Iterable[Rule] = RULES) -> list[Verdict]:
    verdicts: list[Verdict] = []
    for rule in rules:
        verdicts.extend(rule.check(doc))
    # Deterministic order: by position, then rule code.
    verdicts.sort(key=lambda v: (v.start, v.end, v.code))
    return verdicts


def check_text(
    text: str,
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    path: str | None = None,
) -> list[Verdict]:
    """Every numeric claim in ``text`` that a rule can judge, in text order."""
    doc = build(text, path=path)
    return check_document(doc, _selected(select, ignore))


def check_loaded(
    text: str,
    path: str,
    *,
    masked: tuple[tuple[int, int], ...] = (),
    breaks: tuple[tuple[int, int], ...] = (),
    options: dict[str, Any] | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
) -> FileResult:
    """Check text already read (and masked: Markdown code, HTML tags) on behalf of ``path``."""
    doc = build(text, path=path, masked=masked, breaks=breaks, options=options)
    return FileResult(path, text, tuple(check_document(doc, _selected(select, ignore))), document=doc)


def check_file(
    path: str | Path,
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
) -> FileResult:
    """Check one file; an unreadable file gives a result with ``error`` set, never an exception."""
    p = Path(path)
    try:
        text = read_text(p)
    except InputError as exc:
        return FileResult(str(path), "", (), error=str(exc))
    doc = build(text, path=str(path))
    return FileResult(str(path), text, tuple(check_document(doc, _selected(select, ignore))), document=doc)
