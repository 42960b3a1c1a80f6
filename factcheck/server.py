"""``factcheck server``: a Language Server Protocol server over stdio (pygls).

Diagnostics are published when a document opens, is saved, and (debounced) when it
changes; each points at the stated figure, with the figures it used as related information.
Hovering a figure shows the arithmetic; a quick fix replaces a wrong figure with the
suggested one. A document is checked as the command line checks the file it stands for:
Markdown and HTML read as such, the closest configuration file (select, ignore,
per-file-ignores, exclude, show, fail-level, tolerance, ...) and inline suppressions obeyed.

Only ``factcheck.cli.main`` (``factcheck server``) and ``python -m factcheck.server``
import this module, so pygls never loads for a check from the command line.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import re
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from factcheck import __version__

if TYPE_CHECKING:
    from factcheck.engine import FileResult
    from factcheck.model import Verdict

log = logging.getLogger("factcheck.server")

DEBOUNCE = 0.3  # seconds of quiet after a change before the document is checked again
SOURCE = "factcheck"
LANGUAGES = ("markdown", "plaintext", "html", "text")


# --------------------------------------------------------------------------- positions


class Lines:
    """Offsets (code points) to LSP positions and back, in the negotiated encoding.

    Lines end at ``\\n``, ``\\r\\n`` or ``\\r``, as LSP says (not at every character that
    ``str.splitlines`` breaks on).
    """

    _BREAK = re.compile(r"\r\n|\r|\n")

    def __init__(self, text: str, encoding: str = "utf-16") -> None:
        self.text = text
        self.encoding = encoding
        self.starts = [0] + [m.end() for m in self._BREAK.finditer(text)]

    def _units(self, s: str) -> int:
        if self.encoding == "utf-8":
            return len(s.encode("utf-8", "surrogatepass"))
        if self.encoding == "utf-32":
            return len(s)
        return len(s.encode("utf-16-le", "surrogatepass")) // 2

    def position(self, offset: int) -> lsp.Position:
        import bisect

        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        return lsp.Position(line=line, character=self._units(self.text[self.starts[line] : offset]))

    def range(self, start: int, end: int) -> lsp.Range:
        return lsp.Range(start=self.position(start), end=self.position(max(start, end)))

    def offset(self, pos: lsp.Position) -> int:
        if pos.line >= len(self.starts):
            return len(self.text)
        start = self.starts[pos.line]
        end = self.starts[pos.line + 1] if pos.line + 1 < len(self.starts) else len(self.text)
        line = self.text[start:end]
        units = 0
        for i, ch in enumerate(line):
            if units >= pos.character or ch in "\r\n":
                return start + i
            units += self._units(ch)
        return end


# --------------------------------------------------------------------------- checking


@dataclass
class Checked:
    version: int | None
    text: str
    result: FileResult
    shown: list[Verdict]
    fail_level: str
    severities: Any = None  # factcheck.severity.Severities of the file's configuration


def _path_of(uri: str, root: str | None) -> str:
    """The file a document stands for; an unsaved one is named after the workspace root."""
    path = to_fs_path(uri) if uri.startswith("file:") else None
    if path:
        return path
    base = root or os.getcwd()
    name = uri.rsplit("/", 1)[-1] or "untitled.md"
    return os.path.join(base, name)


def check(text: str, path: str, language: str | None = None, config: Path | None = None) -> Checked:
    """Check a document's text as ``factcheck`` would check the file at ``path``."""
    from factcheck.config import Resolver
    from factcheck.engine import FileResult, check_source

    resolver = Resolver(config)
    cfg = resolver.for_file(path)
    statuses = cfg.show or ("consistent", "inconsistent", "unverifiable")
    if cfg.excludes(path):
        return Checked(None, text, FileResult(path, text, ()), [], cfg.fail_level or "error", cfg.severities)
    name = path
    if language == "markdown" and not path.lower().endswith((".md", ".markdown")):
        name = path + ".md"  # an unsaved Markdown buffer is read as Markdown
    elif language == "html" and not path.lower().endswith((".html", ".htm")):
        name = path + ".html"
    result = check_source(text, name, options=cfg.options, select=cfg.select, ignore=cfg.ignores_for(path))
    shown = [v for v in result.verdicts if v.status.value in statuses]
    return Checked(None, text, result, shown, cfg.fail_level or "error", cfg.severities)


def severity(v: Verdict, fail_level: str, severities: Any = None) -> lsp.DiagnosticSeverity:
    """Error for what fails the run at the configured ``fail-level``, Warning for the other
    errors and warnings, Information for info, Hint for a consistent claim."""
    from factcheck.severity import DEFAULT, fails

    if v.status.value == "consistent":
        return lsp.DiagnosticSeverity.Hint
    level = (severities or DEFAULT).of(v)
    if fails(level, fail_level):
        return lsp.DiagnosticSeverity.Error
    return lsp.DiagnosticSeverity.Information if level == "info" else lsp.DiagnosticSeverity.Warning


def diagnostics(uri: str, checked: Checked, encoding: str) -> list[lsp.Diagnostic]:
    lines = Lines(checked.text, encoding)
    out = []
    for v in checked.shown:
        message = v.message
        if v.diagnosis is not None and v.diagnosis.text and v.diagnosis.text not in message:
            message += f"\n{v.diagnosis.text}"
        related = [
            lsp.DiagnosticRelatedInformation(
                location=lsp.Location(uri=uri, range=lines.range(ev.quantity.start, ev.quantity.end)),
                message=f"{ev.role}: {ev.quantity.text}",
            )
            for ev in v.evidence
        ]
        out.append(
            lsp.Diagnostic(
                range=lines.range(v.start, v.end),
                message=message,
                severity=severity(v, checked.fail_level, checked.severities),
                code=v.code,
                source=SOURCE,
                related_information=related or None,
                data={"status": v.status.value, "name": v.name, "suggestion": v.suggestion or None},
            )
        )
    return out


def hover_text(v: Verdict) -> str:
    mark = {"inconsistent": "✗", "unverifiable": "?", "consistent": "✓"}[v.status.value]
    parts = [f"**{mark} {v.status.value}** · {v.code} {v.name}", v.message]
    if v.arithmetic:
        parts.append(f"```text\n{v.arithmetic}\n```")
    if v.evidence:
        parts.append("Figures used: " + ", ".join(f"{ev.role} `{ev.quantity.text}`" for ev in v.evidence))
    if v.diagnosis is not None:
        parts.append(f"Diagnosis ({v.diagnosis.code}): {v.diagnosis.text}")
    if v.suggestion:
        parts.append(f"Suggested: `{v.suggestion}`")
    return "\n\n".join(parts)


# --------------------------------------------------------------------------- the server


class FactcheckServer(LanguageServer):
    def __init__(self, config: Path | None = None, debounce: float = DEBOUNCE) -> None:
        super().__init__("factcheck", __version__, text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental)
        self.config = config
        self.debounce = debounce
        self.checked: dict[str, Checked] = {}
        self.pending: dict[str, asyncio.Task[None]] = {}
        self.told: set[str] = set()  # error messages shown since the last check that worked
        # One checker thread: spaCy's pipeline is not shared between threads, and the
        # event loop stays free to answer hovers while a long document is checked.
        self.pool = ThreadPoolExecutor(1, thread_name_prefix="factcheck-check")

    @property
    def encoding(self) -> str:
        enc = self.workspace.position_encoding or lsp.PositionEncodingKind.Utf16
        return str(getattr(enc, "value", enc))

    def _root(self) -> str | None:
        try:
            return self.workspace.root_path
        except Exception:  # no workspace yet
            return None

    async def run_check(self, uri: str) -> Checked | None:
        """Check the document as it is now; None if it is gone or changed meanwhile."""
        doc = self.workspace.get_text_document(uri)
        text, version = doc.source, doc.version
        path = _path_of(uri, self._root())
        loop = asyncio.get_running_loop()
        try:
            checked = await loop.run_in_executor(self.pool, check, text, path, doc.language_id, self.config)
        except Exception as exc:  # a configuration error, or a bug: say so once, keep serving
            from factcheck.config import ConfigError

            if isinstance(exc, ConfigError):
                msg = str(exc)
            else:
                log.exception("check failed")
                msg = f"internal error: {type(exc).__name__}: {exc}"
            if msg not in self.told:  # once, not at every keystroke
                self.told.add(msg)
                self.window_show_message(lsp.ShowMessageParams(type=lsp.MessageType.Error, message=f"factcheck: {msg}"))
            return None
        self.told.clear()
        checked.version = version
        current = self.workspace.text_documents.get(uri)
        if current is None or current.version != version or current.source != text:
            return None  # changed meanwhile: the next check publishes
        self.checked[uri] = checked
        return checked

    def schedule(self, uri: str, delay: float) -> None:
        old = self.pending.pop(uri, None)
        if old is not None:
            old.cancel()

        async def later() -> None:
            if delay:
                await asyncio.sleep(delay)
            checked = await self.run_check(uri)
            if checked is not None:
                self.text_document_publish_diagnostics(
                    lsp.PublishDiagnosticsParams(
                        uri=uri, version=checked.version, diagnostics=diagnostics(uri, checked, self.encoding)
                    )
                )

        task = asyncio.get_running_loop().create_task(later())
        self.pending[uri] = task
        task.add_done_callback(lambda t: self.pending.pop(uri, None) if self.pending.get(uri) is t else None)

    async def current(self, uri: str) -> Checked | None:
        """The verdicts for the document as it is now (checked again if it changed)."""
        doc = self.workspace.text_documents.get(uri)
        if doc is None:
            return None
        got = self.checked.get(uri)
        if got is not None and got.version == doc.version and got.text == doc.source:
            return got
        return await self.run_check(uri)


def _at(checked: Checked, offset: int) -> list[Verdict]:
    """Verdicts whose stated figure is at ``offset`` (the cursor on it or just after it)."""
    return [v for v in checked.shown if v.start <= offset <= v.end]


def build(config: Path | None = None, debounce: float = DEBOUNCE) -> FactcheckServer:
    server = FactcheckServer(config, debounce)

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: FactcheckServer, params: lsp.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: FactcheckServer, params: lsp.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, ls.debounce)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: FactcheckServer, params: lsp.DidSaveTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: FactcheckServer, params: lsp.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        task = ls.pending.pop(uri, None)
        if task is not None:
            task.cancel()
        ls.checked.pop(uri, None)
        ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    async def hover(ls: FactcheckServer, params: lsp.HoverParams) -> lsp.Hover | None:
        uri = params.text_document.uri
        checked = await ls.current(uri)
        if checked is None:
            return None
        lines = Lines(checked.text, ls.encoding)
        offset = lines.offset(params.position)
        found = _at(checked, offset)
        if found:
            start, end = min(v.start for v in found), max(v.end for v in found)
            text = "\n\n---\n\n".join(hover_text(v) for v in found)
        else:  # a figure some claim used
            users = [
                (v, ev) for v in checked.shown for ev in v.evidence if ev.quantity.start <= offset <= ev.quantity.end
            ]
            if not users:
                return None
            start, end = users[0][1].quantity.start, users[0][1].quantity.end
            text = "\n\n---\n\n".join(f"Used as the {ev.role} by:\n\n{hover_text(v)}" for v, ev in users)
        return lsp.Hover(
            contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value=text), range=lines.range(start, end)
        )

    @server.feature(
        lsp.TEXT_DOCUMENT_CODE_ACTION,
        lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix, lsp.CodeActionKind.SourceFixAll]),
    )
    async def code_action(ls: FactcheckServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction] | None:
        from factcheck.diff import file_edits

        uri = params.text_document.uri
        checked = await ls.current(uri)
        if checked is None:
            return None
        lines = Lines(checked.text, ls.encoding)
        lo, hi = lines.offset(params.range.start), lines.offset(params.range.end)
        shown = {(v.start, v.end) for v in checked.shown}
        todo = [ed for ed in file_edits(checked.result) if (ed.verdict.start, ed.verdict.end) in shown]
        wanted = params.context.only
        actions: list[lsp.CodeAction] = []
        if not wanted or any(str(k).startswith("quickfix") for k in wanted):
            for ed in todo:
                v = ed.verdict
                if not (v.start <= hi and lo <= v.end):
                    continue
                where = lines.range(v.start, v.end)  # the diagnostic's range: the whole stated figure
                diags = [
                    d
                    for d in params.context.diagnostics
                    if d.source == SOURCE and d.code == v.code and d.range == where
                ]
                stated = v.stated_text or checked.text[v.start : v.end]
                actions.append(
                    lsp.CodeAction(
                        title=f"Replace {stated} with {v.suggestion} ({v.code})",
                        kind=lsp.CodeActionKind.QuickFix,
                        diagnostics=diags or None,
                        is_preferred=True,
                        edit=lsp.WorkspaceEdit(
                            changes={uri: [lsp.TextEdit(range=lines.range(ed.start, ed.end), new_text=ed.text)]}
                        ),
                    )
                )
        if todo and (not wanted or any(str(k).startswith("source") for k in wanted)):
            actions.append(
                lsp.CodeAction(
                    title=f"Apply every suggested figure ({len(todo)})",
                    kind=lsp.CodeActionKind.SourceFixAll,
                    edit=lsp.WorkspaceEdit(
                        changes={
                            uri: [lsp.TextEdit(range=lines.range(ed.start, ed.end), new_text=ed.text) for ed in todo]
                        }
                    ),
                )
            )
        return actions

    @server.feature(lsp.SHUTDOWN)
    def shutdown(ls: FactcheckServer, params: Any) -> None:
        for task in ls.pending.values():
            task.cancel()
        ls.pool.shutdown(wait=False, cancel_futures=True)

    return server


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="factcheck server",
        description="A language server (LSP over stdio) that checks Markdown, plain-text and HTML documents.",
    )
    ap.add_argument("--config", type=Path, metavar="PATH", help="use this configuration file for every document")
    ap.add_argument(
        "--debounce", type=float, default=DEBOUNCE, metavar="SECONDS", help=f"quiet time after a change ({DEBOUNCE})"
    )
    ap.add_argument("--log-file", metavar="PATH", help="write a log here (default: warnings to stderr)")
    args = ap.parse_args(argv)
    logging.basicConfig(
        filename=args.log_file,
        level=logging.INFO if args.log_file else logging.WARNING,
        format="%(asctime)s %(message)s",
    )
    if args.config is not None and not args.config.is_file():
        sys.stderr.write(f"factcheck: {args.config}: config file not found\n")
        return 2
    # The protocol owns stdout: anything else printed there (a library's warning) would
    # corrupt it, so file descriptor 1 becomes stderr and the protocol writes to a copy.
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb", buffering=0)
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    server = build(args.config, args.debounce)
    server.start_io(sys.stdin.buffer, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
