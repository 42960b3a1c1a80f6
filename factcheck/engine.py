"""Run the rules over a document: the library's core, free of any UI."""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
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
    # Notes for the user on how the file was checked: one line each, e.g. that a cap which keeps
    # a long text linear was reached (see ``_rule_caps``). A streamed check (``stream_source``)
    # adds to this list while its verdicts are consumed: it is complete once they all have been.
    notes: list[str] = field(default_factory=list)


class StreamError(Exception):
    """A file whose check failed after its verdicts began to be streamed (``stream_source``):
    the message is the file's error, and the verdicts already given are void."""


def _selected(select: Iterable[str] | None, ignore: Iterable[str] | None) -> tuple[Rule, ...]:
    sel = {s.upper() for s in select} if select else None
    ign = {s.upper() for s in ignore or ()}

    def picked(r: Rule) -> bool:
        keys = {r.code.upper(), r.name.upper()}
        in_sel = sel is None or "ALL" in sel or any(k.startswith(s) for k in keys for s in sel)
        return in_sel and not any(k.startswith(s) for k in keys for s in ign)

    return tuple(r for r in RULES if picked(r))


def _run_rules(doc: Document, rules: tuple[Rule, ...], selected: tuple[Rule, ...] | None = None) -> list[Verdict]:
    """The verdicts of ``selected`` (all ``rules`` when None) on ``doc``; the caps that
    ``rules`` reach are added to ``doc.notes`` either way."""
    verdicts: list[Verdict] = []
    replaced: set[tuple[str, int, int]] = set()
    reading = Reading(doc)  # read once, handed to every rule
    for rule in rules if selected is None else selected:
        for v in rule.check(reading):
            verdicts.append(v)
            replaced.update((code, v.start, v.end) for code in rule.supersedes)
    _add(doc.notes, _rule_caps(reading, rules))
    if replaced:
        verdicts = [
            v for v in verdicts if not (v.status is Status.UNVERIFIABLE and (v.code, v.start, v.end) in replaced)
        ]
    return verdicts


def check_document(doc: Document, rules: Iterable[Rule] = RULES) -> list[Verdict]:
    """The verdicts of the rules on ``doc``, in text order; a cap reached while checking it is
    added to ``doc.notes``, one line for the user."""
    from factcheck.judge import judge

    rules = tuple(rules)

    def rerun(d: Document, codes: frozenset[str]) -> list[Verdict]:
        """Only the rules whose verdicts the judge asks about (every verdict carries its rule's code)."""
        return _run_rules(d, rules, tuple(r for r in rules if r.code in codes))

    verdicts = judge(doc, _run_rules(doc, rules), rerun)
    # Deterministic order: by position, then rule code.
    verdicts.sort(key=lambda v: (v.start, v.end, v.code))
    return verdicts


def _add(notes: list[str], new: Iterable[str]) -> None:
    """Each note once per file, however many sections reach the same cap."""
    for n in new:
        if n not in notes:
            notes.append(n)


def _rule_caps(reading: Reading, rules: tuple[Rule, ...]) -> list[str]:
    """The caps of the rules that the document reached, as notes.

    The caps live in the rules; this reads the same constants and asks whether the document
    has more figures than they let a rule compare in full."""
    out: list[str] = []
    fc107 = next((r for r in rules if r.code == "FC107"), None)
    # The rule's own constants, read through the registered rule (the engine imports no rule
    # module: tests/test_architecture.py); tests/test_cap_notes.py fails if they are renamed.
    cap = fc107.check.__globals__ if fc107 is not None else {}
    most, lead, near = cap.get("_MAX_ALL_PAIRS"), cap.get("_MAX_LEAD"), cap.get("_NEIGHBOURS")
    # Each figure and word figure is at most one item: a document with no more than most + 1
    # of them reaches no cap, and its items need not be read for this (the judge's re-run
    # of a few rules on widened figures does not read them otherwise).
    if most is not None and _most_items(reading.doc) > most + 1:
        # The groups restatement.pairs() compares within: figures of one kind and comparison.
        groups: dict[tuple[str, str | None], int] = {}
        for i in reading.items:
            key = ("rate" if i.kind in ("change", "multiple") else i.kind, i.base_of)
            groups[key] = groups.get(key, 0) + 1
        if groups and max(groups.values()) > most + 1:  # each figure from index most + 1 on
            out.append(
                f"more than {most + 1:,} figures of one kind: FC107 (restatement) compared each figure after"
                f" the first {most + 1:,} only with the lead's first {lead} figures and the {near} before it,"
                " so a copy further back was not compared"
            )
    return out


def _most_items(doc: Document) -> int:
    """An upper bound on the number of ``Reading.items``: one per figure and per word figure."""
    from factcheck.words import iter_word_figures

    text = doc.norm
    words = sum(1 for sent in doc.sentences for _ in iter_word_figures(text, sent.start, sent.end))
    return len(doc.quantities) + words


def _sections_note(n: int) -> str:
    return (
        f"the text is longer than {CHUNK:,} characters: it was checked in {n} sections (cut at"
        " paragraph breaks where it has them), and figures were compared only with figures of their own section"
    )


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
        verdicts = tuple(check_document(doc, rules))
        return FileResult(path, text, verdicts, document=doc, notes=list(doc.notes))
    sentences: list[Sentence] = []
    notes = []
    verdicts = tuple(_in_sections(text, path, masked, breaks, options, rules, sentences, notes=notes))
    whole = Document(
        text=text, path=path, masked=masked, breaks=breaks, sentences=sentences, options=dict(options or {})
    )
    return FileResult(path, text, verdicts, document=whole, notes=notes)


def _in_sections(
    text: str,
    path: str,
    masked: tuple[tuple[int, int], ...],
    breaks: tuple[tuple[int, int], ...],
    options: dict[str, Any] | None,
    rules: tuple[Rule, ...],
    sentences: list[Sentence] | None,
    place: Callable[[int, int], tuple[int, int]] | None = None,
    notes: list[str] | None = None,
) -> Iterator[Verdict]:
    """The verdicts of a long text, one section at a time, with offsets in the whole text (or
    where ``place`` moves a span of it). Each section's sentences are appended to
    ``sentences`` (moved the same way) when it is given, and the caps reached to ``notes``
    (the sections themselves first, when there are several). Only one section's document and
    verdicts are alive at a time."""
    count = 0  # sentences before this section
    para = 0  # paragraphs before this section
    cuts = sections(text, CHUNK)
    if notes is not None and len(cuts) > 1:
        _add(notes, [_sections_note(len(cuts))])
    for start, end in cuts:
        doc = build(
            text[start:end],
            path=path,
            masked=_clip(masked, start, end),
            breaks=_clip(breaks, start, end),
            options=options,
        )
        if options:
            _apply_reading_options(doc)
        found = check_document(doc, rules)
        if notes is not None:
            _add(notes, doc.notes)
        moved: dict[Quantity, Quantity] = {}  # one copy of a figure however many claims use it
        shifted = [_shifted(v, start, count, moved, place) for v in found]
        if sentences is not None:
            for i, sent in enumerate(doc.sentences):
                s, e = sent.start + start, sent.end + start
                if place is not None:
                    s, e = place(s, e)
                sentences.append(replace(sent, index=count + i, start=s, end=e, paragraph=sent.paragraph + para))
        if doc.sentences:
            count += len(doc.sentences)
            para += doc.sentences[-1].paragraph + 1
        # a section's document and the rules' records refer to each other: free them now, not
        # when the collector next runs, or a long file's sections pile up
        del doc, found, moved
        gc.collect()
        yield from shifted
        del shifted


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


def _shifted(
    v: Verdict,
    delta: int,
    sentences: int,
    done: dict[Quantity, Quantity],
    place: Callable[[int, int], tuple[int, int]] | None = None,
) -> Verdict:
    """A section's verdict with its offsets (and sentence numbers) in the whole text, or where
    ``place`` moves them."""

    def span(start: int, end: int) -> tuple[int, int]:
        return (start + delta, end + delta) if place is None else place(start + delta, end + delta)

    def moved(q: Quantity) -> Quantity:
        m = done.get(q)
        if m is None:
            start, end = span(q.start, q.end)
            m = done[q] = replace(q, start=start, end=end, sentence=q.sentence + sentences)
        return m

    start, end = span(v.start, v.end)
    return replace(
        v,
        start=start,
        end=end,
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
    result, verdicts = stream_source(
        text, path, plain=plain, inline_config=inline_config, options=options, select=select, ignore=ignore
    )
    return replace(result, verdicts=tuple(verdicts))


def stream_source(
    text: str,
    path: str,
    *,
    plain: bool = False,
    inline_config: bool = True,
    options: dict[str, Any] | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    sentences: bool = True,
) -> tuple[FileResult, Iterator[Verdict]]:
    """``check_source`` for a report written verdict by verdict: the result, with no
    verdicts, and an iterator of the verdicts ``check_source`` gives, in the same order.

    A long text is checked one section at a time as the iterator is consumed, so its
    verdicts (and the sections' documents) are never all held at once; the result's document
    then gains each section's sentences as the iterator passes it (none when ``sentences``
    is false). An error in a later section is raised by the iterator."""
    from factcheck.inputs import compact, prepare, restore

    prep = prepare(text, path, plain=plain, inline_config=inline_config)
    comp = compact(text, prep.masked, prep.breaks, entities=prep.kind == "html") if prep.masked or prep.breaks else None
    read = text if comp is None else comp.text
    found: Iterable[Verdict]
    if len(read) <= CHUNK:
        result = check_loaded(read, path, options=options, select=select, ignore=ignore)
        if comp is not None:
            result = restore(result, text, comp, prep)
        found, result = result.verdicts, replace(result, verdicts=())
    else:
        kept: list[Sentence] = []
        place = None if comp is None else (lambda s, e: (comp.start(s), comp.end(e)))
        rules = _selected(select, ignore)
        notes: list[str] = []
        found = _in_sections(read, path, (), (), options, rules, kept if sentences else None, place, notes)
        doc = Document(
            text=text,
            path=path,
            masked=() if comp is None else prep.masked,
            breaks=() if comp is None else prep.breaks,
            sentences=kept,
            options=dict(options or {}),
        )
        result = FileResult(path, text, (), document=doc, notes=notes)
    return result, _kept(found, prep.suppressions, (options or {}).get("tolerance"))


def _kept(verdicts: Iterable[Verdict], sup: Any, tolerance: dict[str, float] | None) -> Iterator[Verdict]:
    """The verdicts no inline comment suppresses, with the configured tolerance applied."""
    for v in verdicts:
        if not sup.suppressed(v.code, v.name, v.start):
            yield _tolerated(v, tolerance) if tolerance else v


def _tolerated(v: Verdict, tolerance: dict[str, float]) -> Verdict:
    """The configured ``tolerance`` (code -> slack, "*" for all): an inconsistent claim within
    it of the computed figure is consistent, and the message says so."""
    tol = tolerance.get(v.code.upper(), tolerance.get("*", 0.0))
    off = None if v.stated is None or v.computed is None else abs(v.stated - v.computed)
    if tol > 0 and v.status is Status.INCONSISTENT and off is not None and off <= tol:
        v = replace(v, status=Status.CONSISTENT, message=f"{v.message} (within the configured tolerance of {tol:g})")
    return v


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
