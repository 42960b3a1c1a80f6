"""Load an article and split it into sentences that respect its layout.

spaCy's sentencizer alone joins a one-line headline or caption to the next
paragraph, so blank lines and short unpunctuated lines are hard boundaries
first, and spaCy's blank English sentencizer splits what lies between.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from factcheck.model import Quantity
from factcheck.numbers import groups_thousands_by_dots, iter_quantities, normalise, resolve_dirhams


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
    # Notes for the user on how the text was checked: a cap reached (lines of bare figures not
    # read, a rule that compared some figures with a window only). One line each, no repeats.
    notes: list[str] = field(default_factory=list)

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
        # Indexed once per quantities list: a scan per call is quadratic on long documents.
        qs = self.quantities
        cache = self.__dict__.get("_by_sentence")
        if cache is None or cache[0] is not qs or cache[1] != len(qs):
            by: dict[int, list[Quantity]] = {}
            for q in qs:
                by.setdefault(q.sentence, []).append(q)
            cache = (qs, len(qs), by)
            self.__dict__["_by_sentence"] = cache
        return list(cache[2].get(index, ()))


_nlp: Any = None
_NOT_NEWLINE = re.compile(r"[^\n]")


def _import_spacy() -> Any:
    """``import spacy`` without its command line.

    spaCy's ``__init__`` imports ``spacy.cli.info`` only to re-export ``spacy.info``,
    and that pulls in the whole CLI (typer, weasel, httpx, requests): about 0.4 s of
    a 1 s import that a blank pipeline never uses. A placeholder stands in while spaCy
    loads and is removed afterwards, so ``import spacy.cli`` still gets the real one.
    """
    import sys
    import types

    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        import spacy

        return spacy

    def info(*args: Any, **kwargs: Any) -> Any:
        from spacy.cli.info import info as real

        return real(*args, **kwargs)

    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []
    stub = types.ModuleType("spacy.cli.info")
    stub.info = info  # type: ignore[attr-defined]
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, stub
    try:
        import spacy
    finally:
        for name, mod in (("spacy.cli", cli), ("spacy.cli.info", stub)):
            if sys.modules.get(name) is mod:
                del sys.modules[name]
    return spacy


_TOKENIZER = "factcheck.sentence_tokenizer.v1"


def _sentence_tokenizer() -> Any:
    """spaCy's English tokenizer with only the exceptions that can touch a sentence boundary.

    The sentencizer ends a sentence after a token that is one of its punctuation marks, so
    the exceptions that matter are those holding one ("Inc.", "a.m.", "e.g."); loading the
    other 1,200 (contractions, emoticons) was a fifth of a cold start.
    """
    from spacy.pipeline.sentencizer import Sentencizer
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    marks = set(Sentencizer.default_punct_chars)

    def factory(nlp: Any) -> Any:
        from spacy.symbols import ORTH

        d = nlp.Defaults
        rules = {k: v for k, v in d.tokenizer_exceptions.items() if not marks.isdisjoint(k)}
        # Indian rupees before a figure ("from Rs. 2,232 crore") end no sentence, nor does a
        # rank ("the No. 2 carmaker", "came in at No. 1 with ...")
        rules.update({w: [{ORTH: w}] for w in ("Rs.", "rs.", "Re.", "No.", "Nos.")})
        return Tokenizer(
            nlp.vocab,
            rules=rules,
            prefix_search=compile_prefix_regex(d.prefixes).search,
            # ("rose 3% YoY. The rest ...": a stop after a word closing on a capital after a
            # small letter, "YoY", "MoM", "QoQ", ends the sentence as it does after "BYD.")
            suffix_search=compile_suffix_regex([*d.suffixes, r"(?<=[a-z][A-Z])\."]).search,
            infix_finditer=compile_infix_regex(d.infixes).finditer,
            token_match=d.token_match,
            url_match=d.url_match,
        )

    return factory


def _pipeline() -> Any:
    """spaCy blank English with the rule-based sentencizer (no model download)."""
    global _nlp
    if _nlp is None:
        spacy = _import_spacy()
        if _TOKENIZER not in spacy.registry.tokenizers:
            spacy.registry.tokenizers.register(_TOKENIZER, func=_sentence_tokenizer)
        nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": _TOKENIZER}}})
        nlp.add_pipe("sentencizer")
        _lean_lexemes(nlp.vocab)
        _nlp = nlp
    return _nlp


def _lean_lexemes(vocab: Any) -> None:
    """Each word spaCy has not met before (every new figure: "41,440", "RMB5.2bn") becomes a
    lexeme, and spaCy computes some twenty attributes of it (shape, lower case, like_num,
    like_url, ...). The sentencizer reads only the token's text and whether it is punctuation,
    so only that attribute (and the language, which ``vocab.lang`` reads) is computed."""
    from spacy.attrs import IS_PUNCT, LANG

    getters = vocab.lex_attr_getters
    vocab.lex_attr_getters = {k: getters[k] for k in (IS_PUNCT, LANG) if k in getters}


_BLOCK_SPLIT = re.compile(r"(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)\s*")
_LINE_SPLIT = re.compile(r"\r\n|\r|\n")
# Bounded indent: an unbounded \s* is quadratic when searched over a long run of spaces.
_LIST_MARK = re.compile(r"\s{0,40}(?:[-*+•]\s|\d{1,2}[.)]\s|#|\|)")


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


# spaCy's tokenizer is quadratic in the length of one whitespace-free token (a 1 MB line of
# digits, a base64 image) and refuses texts over nlp.max_length, so very long runs get a
# space every _RUN characters (same length, offsets unchanged) and very long segments are
# cut at whitespace into pieces of about _PIECE characters.
_RUN = 64
_PIECE = 50_000
_MAX_SENTENCE = 2_000
_LONG_RUN = re.compile(rf"\S{{{_RUN + 1},}}")


def _break_run(m: re.Match[str]) -> str:
    chars = list(m.group())
    for i in range(_RUN, len(chars), _RUN):
        if chars[i - 1] not in ".!?":  # never invent a sentence end
            chars[i] = " "
    return "".join(chars)


def _pieces(text: str, segs: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    out: list[tuple[int, int, int]] = []
    for s, e, para in segs:
        while e - s > _PIECE:
            cut = text.rfind(" ", s + _PIECE // 2, s + _PIECE)
            cut = cut + 1 if cut > s else s + _PIECE
            out.append((s, cut, para))
            s = cut
        out.append((s, e, para))
    return out


def split_sentences(doc: Document) -> list[Sentence]:
    text = doc.norm
    segs = _segments(text)
    nlp = _pipeline()
    sentences: list[Sentence] = []
    safe = _LONG_RUN.sub(_break_run, text)  # what spaCy sees; `text` keeps the offsets
    segs = _pieces(safe, segs)
    # A forced cut (a piece or an over-long sentence) starts a paragraph two further on, so
    # rules never pair figures across it as if one clause pointed back at the other.
    shift = 0
    prev_end = -1
    # Only segments long enough to hold two sentences go through spaCy.
    for (s, e, para), sdoc in zip(segs, nlp.pipe(safe[s:e] for s, e, _ in segs), strict=True):
        if s == prev_end:
            shift += 2
        prev_end = e
        for sent in sdoc.sents:
            a = s + sent.start_char
            b = s + sent.end_char
            while b > a and text[b - 1].isspace():
                b -= 1
            # A "sentence" longer than _MAX_SENTENCE is a table or list without stops; cut it
            # at whitespace so rules that pair figures within a sentence stay linear.
            while b - a > _MAX_SENTENCE:
                cut = text.rfind(" ", a + _MAX_SENTENCE // 2, a + _MAX_SENTENCE)
                cut = cut if cut > a else a + _MAX_SENTENCE
                sentences.append(Sentence(len(sentences), a, cut, para + shift, text[a:cut]))
                shift += 2
                a = cut
                while a < b and text[a].isspace():
                    a += 1
            # spaCy ends no sentence at a typographic ellipsis; one before a capital ends it as
            # three stops would ("an increase over 2015…Whereas for 2015 we ...")
            for m in _ELLIPSIS_THEN_CAPITAL.finditer(text, a, b):
                sentences.append(Sentence(len(sentences), a, m.start() + 1, para + shift, text[a : m.start() + 1]))
                a = m.end()
            if b > a:
                sentences.append(Sentence(len(sentences), a, b, para + shift, text[a:b]))
    return sentences


_ELLIPSIS_THEN_CAPITAL = re.compile(r"…[ \t]{0,3}+(?=[A-Z])")


# A line of more than MAX_BARE_FIGURES figures and not one letter ("12 12 12 ...", a dump of
# numbers) is no table row a claim can be about: its figures are not read, which keeps such
# input cheap (each figure read costs about a millisecond in the rules), and the report says so.
# A table row of figures ("2,493 2,301 1,998"), even a daily one, has far fewer.
MAX_BARE_FIGURES = 100
_LINE = re.compile(r"[^\r\n]+")
_LETTER = re.compile(r"[^\W\d_]")
_BARE_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


def bare_lines(norm: str) -> list[tuple[int, int]]:
    """(start, end) of each line of ``norm`` with more than MAX_BARE_FIGURES figures and no letter."""
    out: list[tuple[int, int]] = []
    for m in _LINE.finditer(norm):
        # two characters a figure at least ("12 12 ..."); a letter anywhere makes it text
        if m.end() - m.start() > 2 * MAX_BARE_FIGURES and not _LETTER.search(norm, m.start(), m.end()):
            figures = 0
            for _ in _BARE_FIGURE.finditer(norm, m.start(), m.end()):
                figures += 1
                if figures > MAX_BARE_FIGURES:
                    out.append(m.span())
                    break
    return out


def _bare_note() -> str:
    return (
        f"a line of more than {MAX_BARE_FIGURES} figures and no word was not read: its figures are in no claim"
        " (a table row has far fewer)"
    )


def build(
    text: str,
    path: str | None = None,
    masked: tuple[tuple[int, int], ...] = (),
    breaks: tuple[tuple[int, int], ...] = (),
    options: dict[str, Any] | None = None,
) -> Document:
    """Sentences and quantities of ``text`` (none on a line of bare figures: see MAX_BARE_FIGURES)."""
    doc = Document(text=text, path=path, masked=masked, breaks=breaks, options=dict(options or {}))
    doc.sentences = split_sentences(doc)
    norm = doc.norm
    bare = bare_lines(norm)
    if bare:
        doc.notes.append(_bare_note())
        starts = [s for s, _ in bare]

        def unread(start: int, end: int) -> bool:
            i = bisect.bisect_right(starts, start) - 1
            return i >= 0 and end <= bare[i][1]

        sentences = [s for s in doc.sentences if not unread(s.start, s.end)]  # most are wholly inside
    else:
        sentences = doc.sentences
    # Read from the normalised text, but quote the original (full-width digits, NBSPs).
    dots = groups_thousands_by_dots(norm)
    doc.quantities = [
        q if q.text == text[q.start : q.end] else replace(q, text=text[q.start : q.end])
        for sent in sentences
        for q in iter_quantities(norm, sent.start, sent.end, sent.index, dots)
        if not bare or not unread(q.start, q.end)
    ]
    doc.quantities = resolve_dirhams(norm, doc.quantities)
    return doc


# Magic numbers of the binary files people most often pass by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a zip archive (or .docx/.xlsx)"),
    (b"PK\x05\x06", "a zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (.doc/.xls)"),
    (b"\x7fELF", "an executable"),
    (b"{\\rtf", "an RTF document"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Bytes that never occur in text (C0 controls other than tab, newlines, form feed, escape).
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\v\f\r\x1b")


def read_text(path: Path, max_bytes: int | None = None) -> str:
    """The text of ``path``, or a one-line InputError saying why it cannot be checked.

    Decoding policy (documented in the README):
    - UTF-8, with or without a BOM; a BOM is kept as U+FEFF so offsets match
      ``path.read_bytes().decode("utf-8")``, the JSON contract's definition.
    - UTF-16/UTF-32 with a BOM are decoded (offsets then count characters of
      the decoded text, BOM excluded).
    - Anything else that is not UTF-8 (Latin-1, Windows-1252) is refused with
      the line and byte, never guessed: a guessed encoding would silently move
      every offset, and re-saving as UTF-8 is a one-step fix.
    - NUL bytes and known binary formats (PDF, images, archives) are refused; an empty or
      whitespace-only file is read (it has no claims: exit 0, as in ruff and markdownlint).
    - ``max_bytes``: larger files are refused; the read itself stops there.
    - Only regular files are read (a FIFO or a device is refused, never opened blocking).
    """
    from factcheck.inputs import read_regular

    try:
        data = read_regular(path, max_bytes)  # regular files only; the read itself is bounded
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except InputError:
        raise
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or type(exc).__name__})") from None
    except (ValueError, RecursionError) as exc:  # e.g. an embedded NUL in the path itself
        raise InputError(f"cannot be read ({exc})") from None
    if not data:  # nothing to check is not an error (as ruff and markdownlint see it)
        return ""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"binary file ({kind}), not a text article")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"not valid {codec.upper()} text (at byte {exc.start})") from None
            if "\x00" in text:
                at = text.index("\x00")
                raise InputError(f"contains a NUL character (at character {at}); not text")
            return text
    nul = data.find(b"\x00")
    if nul >= 0:
        head = data[:4096]
        if head.count(b"\x00") * 3 > len(head):  # every other byte: UTF-16 that lost its BOM
            raise InputError("looks like UTF-16 without a byte-order mark; save it as UTF-8")
        raise InputError(f"contains a NUL byte (at byte {nul}); binary or corrupted, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        head = data[:8192]
        if sum(head.count(c) for c in _CONTROL) * 20 > len(head):
            raise InputError("binary file (control bytes), not a text article") from None
        line = len(re.findall(rb"\r\n|\r|\n", data[: exc.start])) + 1  # CR-only files too
        raise InputError(
            f"not UTF-8: byte 0x{data[exc.start]:02x} on line {line} (byte {exc.start}); "
            "probably Latin-1/Windows-1252, save it as UTF-8"
        ) from None
    return text
