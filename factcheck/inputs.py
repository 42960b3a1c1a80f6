"""What to check and which of its characters are article text.

- ``discover``: files, directories (walked for *.md, *.markdown, *.txt, *.html, *.htm with
  ``.gitignore`` honoured), glob patterns and ``-`` for standard input.
- ``prepare``: the spans of a Markdown or HTML file that are not article text
  (front matter, code, comments, link targets, tags). They are masked, never
  removed, so every offset still points into the original file.
- ``Suppressions``: ``<!-- factcheck-disable ... -->`` comments.

Pure standard library: the CLI imports this before it knows whether it will
check anything, and ``--help`` must stay fast.
"""

from __future__ import annotations

import bisect
import fnmatch
import html
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

WALK_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
STDIN = "-"

Span = tuple[int, int]


# --------------------------------------------------------------------------- discovery


@dataclass(frozen=True, slots=True)
class Source:
    """One input: ``path`` is what reports show; ``stdin`` marks standard input."""

    path: str
    stdin: bool = False
    error: str | None = None  # found during discovery (a glob that matches nothing)


def path_matches(rel: str, patterns: Iterable[str]) -> bool:
    """Does a relative POSIX path match an exclude pattern (whole path or any component)?

    ``drafts`` excludes every ``drafts`` directory, ``*.draft.md`` any such file,
    ``archive/2019/*`` everything below that directory.
    """
    parts = [p for p in rel.split("/") if p not in ("", ".")]
    for pat in patterns:
        pat = pat.strip().rstrip("/")
        if pat.startswith("./"):
            pat = pat[2:]
        if not pat:
            continue
        if fnmatch.fnmatchcase(rel, pat) or fnmatch.fnmatchcase(rel, pat + "/*"):
            return True
        if "/" not in pat and any(fnmatch.fnmatchcase(p, pat) for p in parts):
            return True
    return False


def _wild_segment(pat: str, name: str) -> bool:
    """Does one path segment match a glob segment (``*``, ``?``, ``[...]``, ``\\x``)?

    The two-pointer matcher: after a mismatch only the last ``*`` is retried, one character
    further, so the cost is at most len(pat) * len(name), never exponential (a regex for
    ``*a*a*a*a*ab`` backtracks through every way of splitting a long name).
    """
    p = n = 0
    star_p, star_n = -1, 0
    while n < len(name):
        if p < len(pat):
            c = pat[p]
            if c == "*":
                while p < len(pat) and pat[p] == "*":
                    p += 1
                star_p, star_n = p, n
                continue
            step = _one_char(pat, p, name[n])
            if step:
                p += step
                n += 1
                continue
        if star_p < 0:
            return False
        star_n += 1  # the last star swallows one more character
        p, n = star_p, star_n
    while p < len(pat) and pat[p] == "*":
        p += 1
    return p == len(pat)


def _one_char(pat: str, p: int, ch: str) -> int:
    """How much of ``pat`` (from ``p``) matches the single character ``ch``; 0: no match."""
    c = pat[p]
    if c == "?":
        return 1
    if c == "\\" and p + 1 < len(pat):
        return 2 if pat[p + 1] == ch else 0
    if c == "[":
        j = p + 1
        negate = j < len(pat) and pat[j] in "!^"
        j += negate
        first = j
        hit = False
        while j < len(pat) and (pat[j] != "]" or j == first):
            lo = pat[j]
            if lo == "\\" and j + 1 < len(pat):
                j += 1
                lo = pat[j]
            if j + 2 < len(pat) and pat[j + 1] == "-" and pat[j + 2] != "]":
                hi = pat[j + 2]
                hit = hit or lo <= ch <= hi
                j += 3
            else:
                hit = hit or lo == ch
                j += 1
        if j >= len(pat):  # no closing bracket: a literal "["
            return 1 if ch == "[" else 0
        return (j - p + 1) if hit != negate else 0
    return 1 if c == ch else 0


def _wild_path(segs: tuple[str, ...], parts: list[str]) -> bool:
    """Do path ``parts`` match pattern ``segs``? ``**`` is any number of directories (a
    trailing ``**`` at least one entry); memoised over (segment, part): polynomial."""
    memo: dict[tuple[int, int], bool] = {}

    def go(i: int, j: int) -> bool:
        key = (i, j)
        if key in memo:
            return memo[key]
        if i == len(segs):
            ok = j == len(parts)
        elif segs[i] == "**":
            if i == len(segs) - 1:
                ok = j < len(parts)
            else:
                ok = any(go(i + 1, k) for k in range(j, len(parts) + 1))
        else:
            ok = j < len(parts) and _wild_segment(segs[i], parts[j]) and go(i + 1, j + 1)
        memo[key] = ok
        return ok

    return go(0, 0)


@dataclass(frozen=True, slots=True)
class _IgnoreRule:
    base: str  # directory of the .gitignore, absolute
    segs: tuple[str, ...]  # the pattern split at "/", "**/" prepended when it is not anchored
    negate: bool
    dir_only: bool

    def matches(self, rel: str) -> bool:
        return _wild_path(self.segs, rel.split("/"))


def _read_gitignore(directory: str) -> list[_IgnoreRule]:
    try:
        with open(os.path.join(directory, ".gitignore"), encoding="utf-8", errors="replace") as fh:
            lines = fh.read().splitlines()
    except OSError:
        return []
    rules: list[_IgnoreRule] = []
    for raw in lines:
        line = raw.rstrip()
        if raw.endswith("\\ "):  # an escaped trailing space is kept
            line = raw[:-2] + " "
        if not line or line.startswith("#"):
            continue
        negate = line.startswith("!")
        if negate:
            line = line[1:]
        elif line.startswith("\\"):
            line = line[1:]
        dir_only = line.endswith("/")
        line = line.rstrip("/")
        if not line:
            continue
        anchored = "/" in line
        segs = [seg for seg in line.lstrip("/").split("/") if seg]
        # "***" and "a**b" are ordinary stars within one name; only a whole "**" spans directories.
        segs = ["**" if seg == "**" else re.sub(r"\*{2,}", "*", seg) for seg in segs]
        if not anchored:
            segs.insert(0, "**")
        collapsed: list[str] = []
        for seg in segs:  # "**/**" is "**"
            if not (seg == "**" and collapsed and collapsed[-1] == "**"):
                collapsed.append(seg)
        rules.append(_IgnoreRule(directory, tuple(collapsed), negate, dir_only))
    return rules


class GitIgnore:
    """The .gitignore files that apply below a directory, read once each."""

    def __init__(self) -> None:
        self._cache: dict[str, list[_IgnoreRule]] = {}
        self._chains: dict[str, list[_IgnoreRule]] = {}

    def _rules(self, directory: str) -> list[_IgnoreRule]:
        if directory not in self._cache:
            self._cache[directory] = _read_gitignore(directory)
        return self._cache[directory]

    def _chain(self, directory: str) -> list[_IgnoreRule]:
        """Rules from the repository root (or filesystem root) down to ``directory``."""
        if directory not in self._chains:
            self._chains[directory] = self._build_chain(directory)
        return self._chains[directory]

    def _build_chain(self, directory: str) -> list[_IgnoreRule]:
        dirs: list[str] = []
        d = directory
        while True:
            dirs.append(d)
            if os.path.exists(os.path.join(d, ".git")):
                break
            parent = os.path.dirname(d)
            if parent == d:
                break
            d = parent
        rules: list[_IgnoreRule] = []
        for d in reversed(dirs):  # shallow first: deeper files take precedence
            rules.extend(self._rules(d))
        return rules

    def ignored(self, path: str, is_dir: bool) -> bool:
        path = os.path.abspath(path)
        verdict = False
        for rule in self._chain(os.path.dirname(path)):
            if rule.dir_only and not is_dir:
                continue
            rel = os.path.relpath(path, rule.base).replace(os.sep, "/")
            if rel.startswith("../"):
                continue
            if rule.matches(rel):
                verdict = not rule.negate
        return verdict


def display_path(path: str) -> str:
    """A file name as valid Unicode: bytes that are not UTF-8 (kept by Python as lone
    surrogates) become visible ``\\xNN`` escapes, so every output format can hold it."""
    try:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a lone surrogate that was never a byte
        return path.encode("utf-8", "backslashreplace").decode("utf-8")


_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str, keep: str = "") -> str:
    """``text`` with control characters (newlines, ESC, BEL, C1), line separators and
    non-characters shown as escapes (``\\n``, ``\\x1b``): one line on a terminal, nothing
    a terminal would obey, nothing an XML document cannot hold. Characters in ``keep`` stay."""

    def esc(m: re.Match[str]) -> str:
        ch = m.group()
        if ch in keep:
            return ch
        if ch in _NAMED:
            return _NAMED[ch]
        return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"

    return _UNPRINTABLE.sub(esc, text)


def _has_magic(arg: str) -> bool:
    return any(c in arg for c in "*?[")


def _rel(path: str) -> str:
    rel = os.path.relpath(path) if os.path.isabs(path) else os.path.normpath(path)
    return rel.replace(os.sep, "/")


_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def not_regular(mode: int) -> str | None:
    """Why a file of this mode is not read (only regular files are), or None."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a directory, not a file"
    kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
    return f"{kind}, not a regular file; only regular files are read"


def read_regular(path: str | os.PathLike[str], max_bytes: int | None) -> bytes:
    """The bytes of a regular file, at most ``max_bytes`` of them.

    Opened without blocking (a FIFO put in a file's place between discovery and reading
    cannot hang the run) and refused unless it is a regular file; the read itself is
    bounded, so a file whose size the system does not know (``/proc``) cannot exhaust memory.
    Raises ``document.InputError`` for what it refuses, OSError for what the system refuses.
    """
    from factcheck.document import InputError

    nonblock = getattr(os, "O_NONBLOCK", 0)  # not on Windows, which has no FIFOs in the file system
    flags = os.O_RDONLY | nonblock | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
        why = not_regular(st.st_mode)
        if why:
            raise InputError(why)
        if max_bytes is not None and st.st_size > max_bytes:
            raise InputError(f"too large ({st.st_size:,} bytes; --max-bytes is {max_bytes:,})")
        if nonblock:
            os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(-1 if max_bytes is None else max_bytes + 1)
    finally:
        os.close(fd)
    if max_bytes is not None and len(data) > max_bytes:
        raise InputError(f"too large (more than {max_bytes:,} bytes; --max-bytes is {max_bytes:,})")
    return data


# The first lines of factcheck's own reports: a report written into a checked directory
# (``-o report.txt``) is not an article for the next run.
_REPORT_HEADS = re.compile(
    rb'\A(?:\{\s*"version": 1,\s*"files": \['  # json
    rb'|\{\s*"\$schema": "[^"]*sarif[^"]*",\s*"version": "2\.1\.0",\s*"runs": \[\s*\{\s*"tool": \{\s*'
    rb'"driver": \{\s*"name": "factcheck"'  # sarif
    rb'|<\?xml [^>]*\?>\s*<testsuites name="factcheck"'  # junit
    rb"|::(?:error|warning) file=[^\n]*title=factcheck"  # github
    rb"|[^\n]*:\d+:\d+: FC\d{3} (?:consistent|inconsistent|unverifiable): "  # concise
    rb"|[^\n]*\n +\d+ \xe2\x94\x82 "  # full: a file's first sentence
    rb"|[^\n]*\n +(?:\xe2\x9c\x93|\xe2\x9c\x97|\?) \d+:\d+ (?:consistent|inconsistent|unverifiable)"  # full
    rb"|(?:All [\d,]+ claims? consistent|No claims to check|[\d,]+ claims?) in [\d,]+ files?\b"  # full, nothing shown
    rb"|rule +inconsistent  unverifiable  consistent\n"  # --statistics
    rb'|\{\s*"rules": \[\s*(?:\{\s*"rule": "FC|\],\s*"files": )'  # --statistics --format json
    rb'|<!DOCTYPE html>\s*<html lang="en"><head><meta charset="utf-8">(?:<meta [^>]*>){0,4}'
    rb'<meta name="generator" content="factcheck )'  # html
)


def looks_like_report(path: str) -> bool:
    """Does the file start like a report factcheck wrote?"""
    try:
        with open(path, "rb") as fh:
            head = fh.read(1024)
    except OSError:
        return False
    return _REPORT_HEADS.match(head) is not None


Identity = tuple[int, int]


def _identity(path: str) -> Identity | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino


def _walk(
    root: str,
    excluded: Callable[[str], bool],
    gitignore: GitIgnore | None,
    seen_dirs: set[Identity],
    errors: list[tuple[str, str]],
) -> Iterator[str]:
    """The article files below ``root``, each directory listed once (by device and inode)."""

    def failed(exc: OSError) -> None:
        errors.append((exc.filename or root, f"cannot list directory ({exc.strerror or exc})"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=failed):
        ident = _identity(dirpath)
        if ident is not None:
            if ident in seen_dirs:
                dirnames[:] = []
                continue
            seen_dirs.add(ident)
        keep = []
        for d in sorted(dirnames):
            full = os.path.join(dirpath, d)
            # Hidden directories (.git, .venv, .github) hold no articles.
            if d.startswith(".") or d in ("node_modules", "__pycache__") or excluded(full):
                continue
            if gitignore is not None and gitignore.ignored(full, True):
                continue
            keep.append(d)
        dirnames[:] = keep
        for f in sorted(filenames):
            if not f.lower().endswith(WALK_SUFFIXES):
                continue
            full = os.path.join(dirpath, f)
            if excluded(full):
                continue
            if gitignore is not None and gitignore.ignored(full, False):
                continue
            yield full


def _is_dir(path: str) -> bool:
    try:
        return os.path.isdir(path)
    except ValueError:
        return False


def glob_paths(pattern: str) -> list[str]:
    """``glob.glob(pattern, recursive=True)``, sorted, except that each directory is searched
    once for each part of the pattern (by device and inode): symlink loops neither hang the
    search nor return the same file under endless names."""
    absolute = pattern.startswith("/")
    parts = [p for p in pattern.split("/") if p]
    seen: set[tuple[int, int, int]] = set()
    out: list[str] = []

    def join(base: str, name: str) -> str:
        if not base:
            return name
        return base + name if base.endswith("/") else f"{base}/{name}"

    def listing(base: str, hidden: bool) -> list[str]:
        try:
            with os.scandir(base or ".") as it:
                return sorted(e.name for e in it if hidden or not e.name.startswith("."))
        except OSError:
            return []

    # (directory, index of the pattern part to match below it, reached by a "**" recursion)
    stack: list[tuple[str, int, bool]] = [("/" if absolute else "", 0, False)]
    while stack:
        base, i, deeper = stack.pop()
        ident = _identity(base or ".")
        if ident is None or (*ident, i) in seen:
            continue
        seen.add((*ident, i))
        if i == len(parts):
            if base:
                out.append(base)
            continue
        part = parts[i]
        last = i + 1 == len(parts)
        todo: list[tuple[str, int, bool]] = []
        if part == "**":
            if not last:
                todo.append((base, i + 1, False))  # no directory at all
            elif base and not deeper:
                out.append(join(base, ""))  # a trailing "**" names the directory itself: "news/"
            for name in listing(base, hidden=False):
                p = join(base, name)
                if last:
                    out.append(p)
                if _is_dir(p):
                    todo.append((p, i, True))
        else:
            if _has_magic(part):
                names = [n for n in listing(base, hidden=part.startswith(".")) if fnmatch.fnmatchcase(n, part)]
            else:
                names = [part] if os.path.lexists(join(base, part)) else []
            for name in names:
                p = join(base, name)
                if last:
                    out.append(p)
                elif _is_dir(p):
                    todo.append((p, i + 1, False))
        stack.extend(reversed(todo))
    if pattern.endswith("/"):
        out = [p if p.endswith("/") else p + "/" for p in out if _is_dir(p)]
    return sorted(set(out))


def discover(
    args: Sequence[str],
    *,
    exclude: Sequence[str] = (),
    excluded: Callable[[str], bool] | None = None,
    respect_gitignore: bool = True,
    stdin_filename: str | None = None,
    avoid: Sequence[str] = (),
) -> list[Source]:
    """The files named by ``args``, each once, in the order given (directories sorted).

    ``exclude`` patterns are matched against paths relative to the working
    directory; ``excluded`` is a further test (the configuration's ``exclude``).
    Both apply to files named explicitly too, so a pre-commit hook that passes
    every staged file still honours them.

    Only regular files are read: anything else (a FIFO, a device, a socket) is a source
    with ``error`` set, and never opened. Directories and glob patterns are searched
    following each directory once, and leave out the files in ``avoid`` (the report being
    written) and files that are reports factcheck wrote earlier; a file met twice under
    different names (a symlink) is checked once.
    """

    def is_excluded(path: str) -> bool:
        return path_matches(_rel(path), exclude) or bool(excluded and excluded(path))

    gitignore = GitIgnore() if respect_gitignore else None
    avoided = {i for i in map(_identity, avoid) if i is not None}
    avoided_names = {os.path.realpath(a) for a in avoid}
    seen: set[str] = set()
    seen_files: set[Identity] = set()
    seen_dirs: set[Identity] = set()
    out: list[Source] = []

    def add(src: Source) -> None:
        key = src.path if src.stdin else os.path.normpath(os.path.abspath(src.path))
        if key not in seen:
            seen.add(key)
            out.append(src)

    def add_found(path: str) -> None:
        """A file a walk or a glob met (not one named on the command line)."""
        try:
            st = os.stat(path)
        except OSError as exc:
            add(Source(path, error=_os_problem(exc)))
            return
        ident = (st.st_dev, st.st_ino)
        if ident in avoided or os.path.realpath(path) in avoided_names or ident in seen_files:
            return
        seen_files.add(ident)
        why = not_regular(st.st_mode)
        if why:
            add(Source(path, error=why))
        elif not looks_like_report(path):
            add(Source(path))

    def walk(root: str) -> None:
        errors: list[tuple[str, str]] = []
        for f in _walk(root, is_excluded, gitignore, seen_dirs, errors):
            while errors:
                where, problem = errors.pop(0)
                add(Source(where, error=problem))
            add_found(f)
        for where, problem in errors:
            add(Source(where, error=problem))

    for arg in args:
        if arg == STDIN:
            add(Source(stdin_filename or STDIN, stdin=True))
        elif _is_dir(arg):
            walk(arg)
        elif os.path.lexists(arg) or not _has_magic(arg):
            if not is_excluded(arg):
                add(Source(arg, error=_named_problem(arg)))  # a missing file is reported when it is read
        else:
            matches = glob_paths(arg)
            if not matches:
                add(Source(arg, error="no file matches this pattern"))
            for m in matches:
                if _is_dir(m):
                    walk(m)
                elif not is_excluded(m):
                    add_found(m)
    return out


def _os_problem(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return f"cannot be read ({exc.strerror or type(exc).__name__})"


def _named_problem(path: str) -> str | None:
    """Why a file named on the command line is refused before it is opened (not a regular
    file); None when it is one, or when reading it will say what is wrong."""
    try:
        return not_regular(os.stat(path).st_mode)
    except (OSError, ValueError):
        return None


# --------------------------------------------------------------------------- masking


def kind_of(path: str, plain: bool = False) -> str:
    """ "markdown", "html" or "text", from the file name."""
    if plain:
        return "text"
    suffix = os.path.splitext(path)[1].lower()
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in HTML_SUFFIXES:
        return "html"
    return "text"


_NEWLINE = re.compile(r"\r\n|\r|\n")


def _lines(text: str) -> list[tuple[int, int, int]]:
    """(start, end of content, start of next line) for every line."""
    out: list[tuple[int, int, int]] = []
    pos = 0
    for m in _NEWLINE.finditer(text):
        out.append((pos, m.start(), m.end()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text), len(text)))
    return out


_FENCE_OPEN = re.compile(r" {0,3}(`{3,}|~{3,})(.*)")
_FENCE_CLOSE = re.compile(r" {0,3}(`{3,}|~{3,})[ \t]*")
_LIST_ITEM = re.compile(r" {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
_REF_DEF = re.compile(r" {0,3}\[[^\]\n]{1,999}\]:[ \t]*\S")
_FRONT = {"---": ("---", "..."), "+++": ("+++",)}


def _markdown_blocks(text: str) -> list[Span]:
    """Front matter, fenced and indented code, link reference definitions."""
    lines = _lines(text)
    spans: list[Span] = []
    i = 0
    if lines:
        first = text[lines[0][0] : lines[0][1]].lstrip("\ufeff").rstrip()
        if first in _FRONT:
            for j in range(1, len(lines)):
                if text[lines[j][0] : lines[j][1]].rstrip() in _FRONT[first]:
                    spans.append((0, lines[j][1]))
                    i = j + 1
                    break
    prev_blank = True
    in_list = False
    while i < len(lines):
        s, ce, _nx = lines[i]
        line = text[s:ce]
        m = _FENCE_OPEN.fullmatch(line)
        if m and not (m.group(1)[0] == "`" and "`" in m.group(2)):
            ch, n = m.group(1)[0], len(m.group(1))
            j = i + 1
            while j < len(lines):
                c = _FENCE_CLOSE.fullmatch(text[lines[j][0] : lines[j][1]])
                if c and c.group(1)[0] == ch and len(c.group(1)) >= n:
                    break
                j += 1
            end = lines[j][1] if j < len(lines) else len(text)  # unclosed: to the end
            spans.append((s, end))
            i, prev_blank = j + 1, False
            continue
        if not line.strip():
            prev_blank = True
            i += 1
            continue
        indented = line.startswith(("    ", "\t"))
        if indented and prev_blank and not in_list:
            last = i
            j = i
            while j < len(lines):
                l2 = text[lines[j][0] : lines[j][1]]
                if l2.strip() and not l2.startswith(("    ", "\t")):
                    break
                if l2.strip():
                    last = j
                j += 1
            spans.append((s, lines[last][1]))
            i, prev_blank = last + 1, False
            continue
        if _REF_DEF.match(line):
            spans.append((s, ce))
        elif _LIST_ITEM.match(line):
            in_list = True
        elif not indented and prev_blank:
            in_list = False  # a new paragraph at the margin ends the list
        prev_blank = False
        i += 1
    return spans


def _blank(text: str, spans: Iterable[Span]) -> str:
    """``text`` with ``spans`` turned into spaces (newlines kept): same length."""
    out: list[str] = []
    pos = 0
    for s, e in sorted(spans):
        s = max(s, pos)
        if e <= s:
            continue
        out.append(text[pos:s])
        out.append(re.sub(r"[^\r\n]", " ", text[s:e]))
        pos = e
    out.append(text[pos:])
    return "".join(out)


def _comments(text: str) -> list[Span]:
    """HTML comments, found with str.find (linear even when one is never closed)."""
    spans: list[Span] = []
    pos = 0
    while True:
        s = text.find("<!--", pos)
        if s < 0:
            return spans
        e = text.find("-->", s + 4)
        e = len(text) if e < 0 else e + 3
        spans.append((s, e))
        pos = e


_PARA_BREAK = re.compile(r"\n[ \t]*\n|\r\n[ \t]*\r\n|\r[ \t]*\r")
_TICKS = re.compile(r"`+")


def _code_spans(text: str) -> list[Span]:
    """Inline code: a backtick run up to the next run of the same length in the paragraph."""
    breaks = [m.start() for m in _PARA_BREAK.finditer(text)]
    runs = [(m.start(), m.end()) for m in _TICKS.finditer(text)]
    by_len: dict[int, list[int]] = {}
    for idx, (s, e) in enumerate(runs):
        by_len.setdefault(e - s, []).append(idx)
    spans: list[Span] = []
    idx = 0
    while idx < len(runs):
        s, e = runs[idx]
        same = by_len[e - s]
        k = bisect.bisect_right(same, idx)
        para_end = breaks[bisect.bisect_left(breaks, e)] if breaks and breaks[-1] >= e else len(text)
        if k < len(same) and runs[same[k]][0] < para_end:
            close = same[k]
            spans.append((s, runs[close][1]))
            idx = close + 1
        else:
            idx += 1
    return spans


_LINK_DEST = (
    r"\((?:<[^>\n]{0,2000}>|[^()\s]{0,2000}(?:\([^()\s]{0,2000}\)[^()\s]{0,2000}){0,5})"
    r"(?:\s+(?:\"[^\"\n]{0,500}\"|'[^'\n]{0,500}'|\([^)\n]{0,500}\)))?\s*\)"
)
_IMAGE = re.compile(r"!\[[^\]\n]{0,1000}\](?:" + _LINK_DEST + r"|\[[^\]\n]{0,1000}\])")
# A link keeps its text; the brackets and the target go ("[sold 6,150](url) units").
_LINK = re.compile(r"(\[)[^\]\n]{0,1000}(\](?:" + _LINK_DEST + r"|\[[^\]\n]{0,1000}\]))")
# Emphasis and strike-through markers hugging a word ("**6,150** units", "_up 5%_").
_EMPHASIS = re.compile(r"(?<![\w*_~\\])(?:[*_]{1,3}|~~)(?=[^\s*_~])|(?<=[^\s*_~\\])(?:[*_]{1,3}|~~)(?![\w*_~])")
_AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]{0,2000}|[^<>\s@]{1,200}@[^<>\s]{1,200})>")
_BARE_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>()\[\]]{1,2000}")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,2000})?/?>")


def markdown_spans(text: str) -> list[Span]:
    """Spans of a Markdown file that are not prose, in the original file's offsets."""
    spans = _markdown_blocks(text)
    work = _blank(text, spans)
    inline = _comments(work)
    work = _blank(work, inline)
    inline += _code_spans(work)
    work = _blank(work, inline)
    for rx in (_IMAGE, _AUTOLINK, _BARE_URL, _TAG):
        inline += [m.span() for m in rx.finditer(work)]
    work = _blank(work, inline)
    for m in _LINK.finditer(work):
        inline += [m.span(1), m.span(2)]
    inline += [m.span() for m in _EMPHASIS.finditer(work)]
    return merge_spans(spans + inline)


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Sorted spans with overlapping or touching ones joined (empty ones dropped)."""
    out: list[Span] = []
    for s, e in sorted(spans):
        if e <= s:
            continue
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


# Elements whose content is never article text.
_DROP = ("script", "style", "noscript", "template", "svg", "head", "nav", "aside", "footer",
         "form", "button", "iframe", "pre", "code", "select", "math", "object")  # fmt: skip
# Attribute runs stop at "<" too: a stray "<a <a <a" must not make every "<" scan 5000 chars.
_DROP_OPEN = re.compile(r"<(" + "|".join(_DROP) + r")(?=[\s/>])[^<>]{0,5000}>", re.IGNORECASE)
# Tags that end a block: they read as a blank line so sentences do not run together.
_BLOCK = frozenset(
    "p div br hr h1 h2 h3 h4 h5 h6 li ul ol dl dt dd tr td th table thead tbody tfoot caption "
    "section article header main blockquote figure figcaption address details summary".split()
)
_ANY_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]{0,30})(?:[\s/][^<>]{0,5000})?>|<![^<>]{0,5000}>|<\?[^<>]{0,5000}>")
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def _body_region(text: str) -> Span:
    """The article body: <article>, else <main>, else <body>, else everything."""
    low = text.lower()
    for tag in ("article", "main", "body"):
        m = re.search(rf"<{tag}(?=[\s>])[^>]{{0,5000}}>", low)
        if m:
            end = low.rfind(f"</{tag}")
            return m.end(), (end if end >= m.end() else len(text))
    return 0, len(text)


def html_spans(text: str) -> tuple[list[Span], list[Span]]:
    """(masked, breaks) for an HTML export: everything but the visible body text is masked;
    block-level tags become sentence boundaries."""
    start, end = _body_region(text)
    masked: list[Span] = [(0, start), (end, len(text))]
    masked += _comments(text)
    work = _blank(text, masked)
    low = work.lower()
    pos = start
    while True:
        m = _DROP_OPEN.search(work, pos, end)
        if not m:
            break
        close = low.find(f"</{m.group(1).lower()}", m.end(), end)
        stop = end if close < 0 else low.find(">", close, end) + 1 or end
        masked.append((m.start(), stop))
        pos = stop
    work = _blank(work, masked)
    breaks: list[Span] = []
    for m in _ANY_TAG.finditer(work, start, end):
        name = (m.group(2) or "").lower()
        (breaks if name in _BLOCK else masked).append(m.span())
    for m in _ENTITY.finditer(work, start, end):
        # Entities between digits (6&#8239;150) are separators; elsewhere a space is right too.
        masked.append(m.span())
    return merge_spans(masked), merge_spans(breaks)


# --------------------------------------------------------------------------- suppression

_DIRECTIVE = re.compile(
    r"<!--[ \t]*factcheck-(disable-next-line|disable-line|disable|enable)\b([^>]{0,500}?)[ \t]*-->",
    re.IGNORECASE,
)
# The end of a sentence on a line: a full stop, question or exclamation mark (and any closing
# quote, bracket or emphasis) before a blank or the end of the line.
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]*_]*(?=\s|$)")
# A line that starts a block of its own (a heading, a list item, a quote, a table row, a tag or
# a comment), so a sentence above it does not run on into it.
_BLOCK_START = re.compile(r"#|[-*+][ \t]|\d{1,9}[.)][ \t]|>|\||<")  # matched after the indent


@dataclass(frozen=True, slots=True)
class Region:
    start: int
    end: int
    codes: frozenset[str] | None  # None: every rule


def _codes(arg: str) -> frozenset[str] | None:
    items = [c.strip().upper() for c in re.split(r"[\s,]+", arg) if c.strip()]
    return frozenset(items) if items else None


def _rule_matches(codes: frozenset[str] | None, code: str, name: str) -> bool:
    if codes is None:
        return True
    code, name = code.upper(), name.upper()
    return any(code.startswith(c) or name == c for c in codes)


@dataclass(frozen=True, slots=True)
class Suppressions:
    """Regions of a file where inline comments switch rules off."""

    regions: tuple[Region, ...] = ()

    def suppressed(self, code: str, name: str, offset: int) -> bool:
        return any(r.start <= offset < r.end and _rule_matches(r.codes, code, name) for r in self.regions)


def parse_suppressions(text: str, skip: Sequence[Span] = ()) -> Suppressions:
    """Read the factcheck-disable/enable comments of ``text``, ignoring those inside ``skip``
    (code blocks, where a directive is an example, not an instruction)."""
    if "factcheck-" not in text:
        return Suppressions()
    work = _blank(text, skip) if skip else text
    lines = _lines(text)
    line_starts = [s for s, _, _ in lines]
    regions: list[Region] = []
    open_: dict[str | None, int] = {}  # code (None: all) -> where its disable began
    for m in _DIRECTIVE.finditer(work):
        kind = m.group(1).lower()
        codes = _codes(m.group(2))
        if kind == "disable-next-line":
            li = bisect.bisect_right(line_starts, m.end() - 1)  # the line after the comment's end
            while li < len(lines) and not text[lines[li][0] : lines[li][1]].strip():
                li += 1
            if li < len(lines):
                regions.append(Region(lines[li][0], _sentence_run(text, lines, li), codes))
        elif kind == "disable-line":
            li = max(0, bisect.bisect_right(line_starts, m.start()) - 1)  # the comment's own line
            if li < len(lines):
                regions.append(Region(lines[li][0], _sentence_run(text, lines, li), codes))
        elif kind == "disable":
            for c in codes or {None}:
                open_.setdefault(c, m.end())
        else:
            keys = list(open_) if codes is None else [c for c in codes if c in open_]
            for c in keys:
                regions.append(Region(open_.pop(c), m.start(), None if c is None else frozenset({c})))
    for c, s in open_.items():  # an unclosed disable runs to the end of the file
        regions.append(Region(s, len(text), None if c is None else frozenset({c})))
    return Suppressions(tuple(regions))


def _sentence_run(text: str, lines: list[tuple[int, int, int]], li: int) -> int:
    """Where a line-scoped directive ends: the end of line ``li``, or, when the sentence that
    line ends in is hard-wrapped onto the next lines, the end of that sentence."""
    start, end, _ = lines[li]
    content = _without_trailing_comments(text[start:end])
    if not content or _ENDS_SENTENCE.search(content):
        return end
    k = li
    while k + 1 < len(lines):
        nstart, nend, _ = lines[k + 1]
        following = text[nstart:nend]
        if not following.strip() or _BLOCK_START.match(following.lstrip(" \t")):
            break
        k += 1
        m = _SENTENCE_END.search(following)
        if m:
            return nstart + m.end()
    return lines[k][1]


def _without_trailing_comments(line: str) -> str:
    """The line without the HTML comments (a directive) at its end, and without end blanks."""
    line = line.rstrip()
    while line.endswith("-->"):
        i = line.rfind("<!--")
        if i < 0:
            break
        line = line[:i].rstrip()
    return line


_ENDS_SENTENCE = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]*_]*$")


def directive_problems(text: str, path: str, *, plain: bool = False) -> list[str]:
    """``:line:col: warning: ...`` for every rule a factcheck comment names that does not
    exist (a typo would otherwise silently switch nothing off); comments in code blocks are
    examples and are not read."""
    if "factcheck-" not in text:
        return []
    from factcheck.config import check_rule_keys

    skip = _markdown_blocks(text) if kind_of(path, plain) == "markdown" else []
    work = _blank(text, skip) if skip else text
    lines = _lines(text)
    line_starts = [s for s, _, _ in lines]
    out = []
    for m in _DIRECTIVE.finditer(work):
        for code in re.split(r"[\s,]+", m.group(2)):
            if code.strip() and check_rule_keys([code.strip()]) is not None:
                li = max(0, bisect.bisect_right(line_starts, m.start()) - 1)
                col = m.start() - line_starts[li] + 1 if lines else 1
                out.append(
                    f"{li + 1}:{col}: warning: unknown rule {printable(code.strip())!r} in a "
                    f"factcheck-{m.group(1).lower()} comment; it switches nothing off (see factcheck --list-rules)"
                )
    return out


# --------------------------------------------------------------------------- prepare


@dataclass(frozen=True, slots=True)
class Prepared:
    kind: str
    masked: tuple[Span, ...] = ()
    breaks: tuple[Span, ...] = ()
    suppressions: Suppressions = field(default_factory=Suppressions)


def prepare(text: str, path: str, *, plain: bool = False, inline_config: bool = True) -> Prepared:
    """Mask what is not prose (Markdown, HTML) and read the suppression comments."""
    kind = kind_of(path, plain)
    masked: list[Span] = []
    breaks: list[Span] = []
    code: list[Span] = []
    if kind == "markdown":
        masked = markdown_spans(text)
        code = _markdown_blocks(text)
        # Raw HTML block tags in Markdown (<br>, <p>, <div>) end a sentence as in HTML.
        breaks = [m.span() for m in _ANY_TAG.finditer(_blank(text, code)) if (m.group(2) or "").lower() in _BLOCK]
    elif kind == "html":
        masked, breaks = html_spans(text)  # directives in HTML are read everywhere
    sup = parse_suppressions(text, code) if inline_config else Suppressions()
    return Prepared(kind, tuple(masked), tuple(breaks), sup)


# --------------------------------------------------------------------------- compaction
#
# Masked spans in the middle of a line ("<b>87.81</b> percent", "**6,150** NEVs",
# "[sold 6,150](url) units") would leave runs of blanks inside a phrase, and the
# figure reader expects a phrase written the usual way, with one space. So the
# checker reads a compact copy without the masked characters, and every offset
# it reports is mapped back into the original file.

_NEWLINES = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class Compacted:
    """The text the checker reads, and where each of its pieces came from."""

    text: str
    cstarts: tuple[int, ...]  # start of each piece in ``text``
    ostarts: tuple[int, ...]  # start of the same piece in the original
    kept: tuple[bool, ...]  # original characters (True) or a stand-in for a masked span

    def start(self, c: int) -> int:
        """Original offset of the character at compact offset ``c``."""
        i = max(bisect.bisect_right(self.cstarts, c) - 1, 0)
        if not self.cstarts:
            return c
        return self.ostarts[i] + (c - self.cstarts[i]) if self.kept[i] else self.ostarts[i]

    def end(self, c: int) -> int:
        """Original offset just after compact offset ``c - 1`` (for end-exclusive spans)."""
        return 0 if c <= 0 else self.start(c - 1) + 1


def compact(text: str, masked: Sequence[Span], breaks: Sequence[Span] = (), *, entities: bool = False) -> Compacted:
    """``text`` without its masked spans: an inline span goes, a span over several lines leaves
    its line breaks, a block break is a blank line."""
    spans = sorted([(s, e, False) for s, e in masked] + [(s, e, True) for s, e in breaks])
    break_starts = sorted(s for s, _ in breaks)
    parts: list[str] = []
    cst: list[int] = []
    ost: list[int] = []
    kept: list[bool] = []
    size = 0

    def emit(piece: str, origin: int, original: bool) -> None:
        nonlocal size
        if piece:
            cst.append(size)
            ost.append(origin)
            kept.append(original)
            parts.append(piece)
            size += len(piece)

    pos = 0
    for s, e, is_break in spans:
        s = max(s, pos)
        if e <= s:
            continue
        emit(text[pos:s], pos, True)
        k = bisect.bisect_left(break_starts, s)
        if is_break or (k < len(break_starts) and break_starts[k] < e):  # a break inside a span
            rep = "\n\n"
        else:
            # Inline markup renders as nothing ("<b>6,150</b>", "6<sup>th</sup>"); a span over
            # several lines keeps its line breaks, so paragraphs stay apart.
            rep = "".join(_NEWLINES.findall(text, s, e))
            if entities and not rep:  # HTML: &nbsp; is a space, &amp; an ampersand
                seg = _ANY_TAG.sub("", text[s:e])
                rep = "".join(html.unescape(m.group()) for m in _ENTITY.finditer(seg))
        emit(rep, s, False)
        pos = e
    emit(text[pos:], pos, True)
    return Compacted("".join(parts), tuple(cst), tuple(ost), tuple(kept))


def restore(result: Any, original: str, comp: Compacted, prep: Prepared) -> Any:
    """A FileResult checked on ``comp.text``, with every offset moved into ``original``."""
    from dataclasses import replace

    from factcheck.document import Document, Sentence
    from factcheck.model import Evidence

    def q_back(q: Any) -> Any:
        return replace(q, start=comp.start(q.start), end=comp.end(q.end))

    verdicts = tuple(
        replace(
            v,
            start=comp.start(v.start),
            end=comp.end(v.end),
            evidence=tuple(Evidence(ev.role, q_back(ev.quantity)) for ev in v.evidence),
        )
        for v in result.verdicts
    )
    doc = result.document
    shown = None
    if doc is not None:
        # The original text with the masked spans blanked: what the report quotes from.
        shown = Document(text=original, path=doc.path, masked=prep.masked, breaks=prep.breaks, options=doc.options)
        shown.sentences = [
            Sentence(s.index, comp.start(s.start), comp.end(s.end), s.paragraph, s.text) for s in doc.sentences
        ]
        shown.quantities = [q_back(q) for q in doc.quantities]
    return replace(result, text=original, verdicts=verdicts, document=shown)
