"""Load an article and split it into sentences that respect its layout.

spaCy's sentencizer alone joins a one-line headline or caption to the next
paragraph, so blank lines and short unpunctuated lines are hard boundaries
first, and spaCy's blank English sentencizer splits what lies between.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from factcheck.model import Quantity
from factcheck.numbers import iter_quantities, normalise


class InputError(Exception):
    """A file that cannot be checked; the message is one line for the user."""


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int
    text: str


@dataclass
class Document:
    text: str  # the original text; offsets point here
    path: str | None = None
    # Spans of text that must not be read (code blocks, front matter): blanked in ``norm``.
    masked: tuple[tuple[int, int], ...] = ()
    sentences: list[Sentence] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    # Masked spans that also end a block (HTML </p>, <br>): they read as a blank line.
    breaks: tuple[tuple[int, int], ...] = ()
    # Per-file rule options from the configuration (tolerance, unit-words, currencies).
    options: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def norm(self) -> str:
        src = normalise(self.text)
        # One pass over sorted spans: repeated slicing is quadratic on HTML with many tags.
        spans = sorted([(s, e, " ") for s, e in self.masked] + [(s, e, "\n") for s, e in self.breaks])
        out: list[str] = []
        pos = 0
        for s, e, fill in spans:
            s = max(s, pos)
            if e <= s:
                continue
            out.append(src[pos:s])
            blank = _NOT_NEWLINE.sub(" ", src[s:e])
            if fill == "\n":  # two newlines make a hard boundary; the length stays the same
                blank = "\n" * min(2, e - s) + blank[2:]
            out.append(blank)
            pos = e
        out.append(src[pos:])
        return "".join(out)

    @cached_property
    def _line_starts(self) -> list[int]:
        starts = [0]
        for m in re.finditer(r"\r\n|\r|\n", self.text):
            starts.append(m.end())
        return starts

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        i = bisect.bisect_right(self._line_starts, offset) - 1
        return i + 1, offset - self._line_starts[i] + 1

    def sentence_of(self, q: Quantity) -> Sentence:
        return self.sentences[q.sentence]

    def in_sentence(self, index: int) -> list[Quantity]:
        return [q for q in self.quantities if q.sentence == index]


_nlp: Any = None
_NOT_NEWLINE = re.compile(r"[^\n]")


def _pipeline() -> Any:
    """spaCy blank English with the rule-based sentencizer (no model download)."""
    global _nlp
    if _nlp is None:
        import spacy

        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        _nlp = nlp
    return _nlp


_BLOCK_SPLIT = re.compile(r"(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)\s*")
_LINE_SPLIT = re.compile(r"\r\n|\r|\n")
_LIST_MARK = re.compile(r"\s*(?:[-*+•]\s|\d{1,2}[.)]\s|#|\|)")


def _segments(text: str) -> list[tuple[int, int, int]]:
    """(start, end, paragraph) for each run of text between hard boundaries."""
    out: list[tuple[int, int, int]] = []
    para = 0
    pos = 0
    for m in [*_BLOCK_SPLIT.finditer(text), None]:
        bstart, bend = pos, (m.start() if m else len(text))
        lines: list[tuple[int, int]] = []
        lpos = bstart
        for lm in [*_LINE_SPLIT.finditer(text, bstart, bend), None]:
            lend = lm.start() if lm else bend
            lines.append((lpos, lend))
            if lm:
                lpos = lm.end()
        cur_start: int | None = None
        for i, (ls, le) in enumerate(lines):
            if cur_start is None:
                cur_start = ls
            line = text[ls:le].rstrip()
            nxt = text[lines[i + 1][0] : lines[i + 1][1]] if i + 1 < len(lines) else ""
            hard = (
                i + 1 == len(lines)
                or not line
                or line.endswith((".", ":", "!", "?", '"', "”", ")"))
                or len(line) < 60
                or bool(_LIST_MARK.match(nxt))
                or bool(_LIST_MARK.match(line))
            )
            if hard:
                if text[cur_start:le].strip():
                    out.append((cur_start, le, para))
                cur_start = None
        para += 1
        if m:
            pos = m.end()
    return out


def split_sentences(doc: Document) -> list[Sentence]:
    text = doc.norm
    segs = _segments(text)
    nlp = _pipeline()
    sentences: list[Sentence] = []
    # Only segments long enough to hold two sentences go through spaCy.
    for (s, e, para), sdoc in zip(segs, nlp.pipe(text[s:e] for s, e, _ in segs), strict=True):
        for sent in sdoc.sents:
            a = s + sent.start_char
            b = s + sent.end_char
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a:
                sentences.append(Sentence(len(sentences), a, b, para, text[a:b]))
    return sentences


def build(
    text: str,
    path: str | None = None,
    masked: tuple[tuple[int, int], ...] = (),
    breaks: tuple[tuple[int, int], ...] = (),
    options: dict[str, Any] | None = None,
) -> Document:
    """Sentences and quantities of ``text``."""
    doc = Document(text=text, path=path, masked=masked, breaks=breaks, options=dict(options or {}))
    doc.sentences = split_sentences(doc)
    norm = doc.norm
    doc.quantities = [q for sent in doc.sentences for q in iter_quantities(norm, sent.start, sent.end, sent.index)]
    return doc


def read_text(path: Path) -> str:
    """Decode a file as UTF-8 (a BOM is allowed), or raise a one-line InputError."""
    try:
        if path.is_dir():
            raise InputError("is a directory")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except InputError:
        raise
    except OSError as exc:
        raise InputError(exc.strerror or "cannot be read") from None
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("not valid UTF-16 text") from None
    if b"\x00" in data[:8192]:
        raise InputError("binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
    return text
