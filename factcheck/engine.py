"""Run the rules over a document: the library's core, free of any UI."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from factcheck.document import Document, InputError, build, read_text
from factcheck.model import Quantity, Status, Verdict
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


def _run_rules(doc: Document, rules: tuple[Rule, ...]) -> list[Verdict]:
    verdicts: list[Verdict] = []
    replaced: set[tuple[str, int, int]] = set()
    for rule in rules:
        for v in rule.check(doc):
            verdicts.append(v)
            replaced.update((code, v.start, v.end) for code in rule.supersedes)
    if replaced:
        verdicts = [
            v for v in verdicts if not (v.status is Status.UNVERIFIABLE and (v.code, v.start, v.end) in replaced)
        ]
    return verdicts


def check_document(doc: Document, rules: Iterable[Rule] = RULES) -> list[Verdict]:
    from factcheck.judge import judge

    rules = tuple(rules)
    verdicts = judge(doc, _run_rules(doc, rules), lambda d: _run_rules(d, rules))
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


def check_source(
    text: str,
    path: str,
    *,
    plain: bool = False,
    inline_config: bool = True,
    options: dict[str, Any] | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
) -> FileResult:
    """Check the text of a file as its name says to read it: Markdown and HTML without their
    markup (offsets still into ``text``), inline ``factcheck-disable`` comments obeyed."""
    from factcheck.inputs import compact, prepare, restore

    prep = prepare(text, path, plain=plain, inline_config=inline_config)
    if prep.masked or prep.breaks:
        comp = compact(text, prep.masked, prep.breaks, entities=prep.kind == "html")
        result = check_loaded(comp.text, path, options=options, select=select, ignore=ignore)
        result = restore(result, text, comp, prep)
    else:
        result = check_loaded(text, path, options=options, select=select, ignore=ignore)
    sup = prep.suppressions
    kept = [v for v in result.verdicts if not sup.suppressed(v.code, v.name, v.start)]
    if options and options.get("tolerance"):
        kept = _apply_tolerance(kept, options["tolerance"])
    return replace(result, verdicts=tuple(kept))


def _apply_tolerance(verdicts: list[Verdict], tolerance: dict[str, float]) -> list[Verdict]:
    """The configured ``tolerance`` (code -> slack, "*" for all): an inconsistent claim within
    it of the computed figure is consistent, and the message says so."""
    out = []
    for v in verdicts:
        tol = tolerance.get(v.code.upper(), tolerance.get("*", 0.0))
        off = None if v.stated is None or v.computed is None else abs(v.stated - v.computed)
        if tol > 0 and v.status is Status.INCONSISTENT and off is not None and off <= tol:
            v = replace(
                v, status=Status.CONSISTENT, message=f"{v.message} (within the configured tolerance of {tol:g})"
            )
        out.append(v)
    return out


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
    return check_source(text, str(path), select=select, ignore=ignore)
