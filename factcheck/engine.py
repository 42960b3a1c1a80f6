"""Run the rules over a document: the library's core, free of any UI."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from factcheck.document import Document, InputError, build, read_text
from factcheck.model import Quantity, Verdict
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


_NEXT_WORD = re.compile(r"[ \t]{1,20}([^\W\d_][\w-]*)")


def _apply_reading_options(doc: Document) -> None:
    """Configured ``unit-words`` (extra count nouns) and ``currencies`` (prefix -> ISO code)
    applied to the figures as read, before any rule sees them."""
    words = set(doc.options.get("unit-words", ()))
    currencies = sorted(doc.options.get("currencies", {}).items(), key=lambda kv: -len(kv[0]))
    if not words and not currencies:
        return
    norm = doc.norm
    out: list[Quantity] = []
    for q in doc.quantities:
        if currencies and q.unit not in ("percent", "pp"):
            text = q.text.lower()
            before = norm[max(0, q.start - 8) : q.start].lower().rstrip()
            for prefix, code in currencies:
                # The prefix may be part of the figure as read ("¥300") or just before it ("NT" + "$5").
                if any(before.endswith(prefix[:k]) and text.startswith(prefix[k:]) for k in range(len(prefix) + 1)):
                    q = replace(q, unit=code)
                    break
        if words and q.unit is None:
            m = _NEXT_WORD.match(norm, q.end)
            if m and m.group(1).lower() in words:
                q = replace(q, unit="count", noun=m.group(1))
        out.append(q)
    doc.quantities = out


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
    if options:
        _apply_reading_options(doc)
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
