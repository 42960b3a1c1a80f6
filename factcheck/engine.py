"""Run the rules over a document: the library's core, free of any UI."""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from factcheck.document import Document, InputError, Sentence, build, read_text
from factcheck.model import Quantity, Status, Verdict
from factcheck.reading import Reading
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
    reading = Reading(doc)  # read once, handed to every rule
    for rule in rules:
        for v in rule.check(reading):
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
    return list(check_loaded(text, path or "", select=select, ignore=ignore).verdicts)


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
    """Check text already read (and masked: Markdown code, HTML tags) on behalf of ``path``.

    A long text (an archive, a feed of many articles) is checked in sections of about
    ``CHUNK`` characters cut at paragraph breaks, so time and memory grow with the text, not
    with its square: a claim is paired only with figures of its own section."""
    rules = _selected(select, ignore)
    if len(text) <= CHUNK:
        doc = build(text, path=path, masked=masked, breaks=breaks, options=options)
        if options:
            _apply_reading_options(doc)
        return FileResult(path, text, tuple(check_document(doc, rules)), document=doc)
    verdicts: list[Verdict] = []
    sentences: list[Sentence] = []
    for start, end in sections(text):
        doc = build(
            text[start:end],
            path=path,
            masked=_clip(masked, start, end),
            breaks=_clip(breaks, start, end),
            options=options,
        )
        if options:
            _apply_reading_options(doc)
        moved: dict[Quantity, Quantity] = {}  # one copy of a figure however many claims use it
        verdicts.extend(_shifted(v, start, len(sentences), moved) for v in check_document(doc, rules))
        para = sentences[-1].paragraph + 1 if sentences else 0
        sentences.extend(
            replace(
                sent,
                index=len(sentences) + i,
                start=sent.start + start,
                end=sent.end + start,
                paragraph=sent.paragraph + para,
            )
            for i, sent in enumerate(doc.sentences)
        )
        # a section's document and the rules' records refer to each other: free them now, not
        # when the collector next runs, or a long file's sections pile up
        del doc, moved
        gc.collect()
    whole = Document(
        text=text, path=path, masked=masked, breaks=breaks, sentences=sentences, options=dict(options or {})
    )
    return FileResult(path, text, tuple(verdicts), document=whole)


# Texts longer than this are checked in sections (see ``check_loaded``).
CHUNK = 200_000
_PARAGRAPH = re.compile(r"\n[ \t]*\n")


def sections(text: str, size: int = CHUNK) -> list[tuple[int, int]]:
    """(start, end) of sections of about ``size`` characters, cut after a paragraph break (or,
    in a text without one, after a line break or a full stop)."""
    out: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size * 1.5:
        target = start + size
        window = text[target : target + size // 2]
        m = _PARAGRAPH.search(window) or re.search(r"\n", window) or re.search(r"[.!?]\s", window)
        cut = target + m.end() if m else target + size // 2
        out.append((start, cut))
        start = cut
    out.append((start, len(text)))
    return out


def _clip(spans: tuple[tuple[int, int], ...], start: int, end: int) -> tuple[tuple[int, int], ...]:
    return tuple((max(a, start) - start, min(b, end) - start) for a, b in spans if a < end and b > start)


def _shifted(v: Verdict, delta: int, sentences: int, done: dict[Quantity, Quantity]) -> Verdict:
    """A section's verdict with its offsets (and sentence numbers) in the whole text."""

    def moved(q: Quantity) -> Quantity:
        m = done.get(q)
        if m is None:
            m = done[q] = replace(q, start=q.start + delta, end=q.end + delta, sentence=q.sentence + sentences)
        return m

    return replace(
        v,
        start=v.start + delta,
        end=v.end + delta,
        evidence=tuple(replace(e, quantity=moved(e.quantity)) for e in v.evidence),
    )


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
