"""The command line: a thin layer over ``factcheck.engine``.

Exceptions become one-line messages and exit codes here and nowhere else.
Nothing heavy is imported at module level, so ``--help``, ``--version`` and
``--list-rules`` never load spaCy or quantulum3.

Findings go to stdout (or ``--output-file``), messages and progress to stderr.
Files are checked in worker processes (``--jobs``) but always reported in input
order by this process, so the output does not depend on the number of jobs.
"""

from __future__ import annotations

import dataclasses
import os
import re
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional, TextIO

import typer

from factcheck import __version__

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from factcheck.engine import FileResult
    from factcheck.inputs import Source
    from factcheck.model import Verdict

EXIT_OK, EXIT_INCONSISTENT, EXIT_ERROR = 0, 1, 2
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a tool whose reader went away
EXIT_INTERRUPTED = 130  # 128 + SIGINT
STATUSES = ("consistent", "inconsistent", "unverifiable")
# What each format shows when neither --show nor a configuration says: the reports people read
# show what needs an editor's attention (and, always, whatever fails the run); the JSON
# contract lists every claim; SARIF uploads every problem, never a consistent claim.
DEFAULT_SHOW = {
    "full": ("inconsistent",),
    "concise": ("inconsistent",),
    "github": ("inconsistent",),
    "sarif": ("inconsistent", "unverifiable"),
    "json": STATUSES,
    "junit": STATUSES,
    "html": STATUSES,
}
DEFAULT_MAX_BYTES = 10_000_000
PROGRESS_MIN_FILES = 20  # below this a progress bar is only flicker


class Format(StrEnum):
    full = "full"
    concise = "concise"
    json = "json"
    github = "github"
    sarif = "sarif"
    junit = "junit"
    html = "html"


class FailLevel(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


class Color(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
)


def _err(message: str) -> None:
    sys.stderr.write(f"factcheck: {message}\n")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit(EXIT_OK)


def _list_rules(value: bool) -> None:
    if value:
        from factcheck.rules import RULES

        for r in RULES:
            typer.echo(f"{r.code}  {r.name:<20} {r.summary}")
        raise typer.Exit(EXIT_OK)


def _explain(value: Optional[str]) -> None:  # noqa: UP045 - typer needs Optional here
    if value:
        from factcheck.rules import RULES, lookup

        if value.lower() == "all":  # the whole rule reference, as docs/rules.md holds it
            from factcheck.render.docs import rules_markdown

            typer.echo(rules_markdown(RULES), nl=False)
            raise typer.Exit(EXIT_OK)
        rule = lookup(value)
        if rule is None:
            _err(f"unknown rule {value!r}; see factcheck --list-rules")
            raise typer.Exit(EXIT_ERROR)
        typer.echo(f"{rule.code} {rule.name} ({rule.type})\n")
        typer.echo(rule.explanation)
        raise typer.Exit(EXIT_OK)


_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?", re.IGNORECASE)


def _parse_size(value: str | int) -> int:
    """``10MB``, ``500k``, ``2000000``; 0 means no limit."""
    if isinstance(value, int):
        return value
    m = _SIZE.fullmatch(value.strip())
    if not m:
        raise typer.BadParameter(f"{value!r} is not a size such as 10MB, 500k or 2000000")
    scale = {"": 1, "k": 1_000, "m": 1_000_000, "g": 1_000_000_000}[m.group(2).lower()]
    from decimal import Decimal

    size = Decimal(m.group(1)) * scale  # exact: 1.1k is 1100, not 1100.0000000000002
    if size != int(size):  # 0.5 would round to 0, which means no limit at all
        raise typer.BadParameter(f"{value!r} is not a whole number of bytes")
    return int(size)


def _use_color(choice: Color, stream: TextIO, to_file: bool = False) -> bool:
    """--color wins; then NO_COLOR and FORCE_COLOR (non-empty; FORCE_COLOR never for a file
    written with --output-file); then: is it a terminal?"""
    if choice is Color.always:
        return True
    if choice is Color.never or to_file:
        return False
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return _isatty(stream)


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


# --------------------------------------------------------------------------- one file


@dataclasses.dataclass(frozen=True)
class Task:
    """Everything a worker needs for one file (picklable)."""

    source: Source
    select: tuple[str, ...] | None
    ignore: tuple[str, ...]
    options: dict[str, Any]
    plain: bool
    inline_config: bool
    max_bytes: int | None
    show: frozenset[str]
    stdin_copy: str | None = None  # a temporary file holding what stdin gave
    fail_level: str = "error"  # the least severity that fails the run (the file's own config)
    severities: Any = None  # factcheck.severity.Severities; None: the defaults
    sentences: bool = True  # the renderer quotes each claim's sentence (the full format)
    stream: bool = False  # the report is written claim by claim (JSON, in this process): see _streamed


@dataclasses.dataclass
class Outcome:
    result: FileResult
    shown: list[Verdict]  # an iterator when the task streams (see _streamed)
    counts: dict[str, int]  # every claim not suppressed, shown or not
    failing: int = 0  # claims at or above the file's fail level: decides the exit code
    warnings: tuple[str, ...] = ()  # one line each, for stderr (an unknown code in a comment)


def run_task(task: Task) -> Outcome:
    """Read, mask, check and filter one file; never raises (errors become ``result.error``)."""
    from factcheck.document import InputError, read_text
    from factcheck.engine import FileResult, check_source, stream_source

    path = task.source.path
    streamed: Iterator[Verdict] | None = None
    try:
        if task.source.error:
            raise InputError(task.source.error)
        text = read_text(Path(task.stdin_copy or path), max_bytes=task.max_bytes)
        if task.stream:
            kw = {"options": task.options, "select": task.select, "ignore": task.ignore, "sentences": task.sentences}
            result, streamed = stream_source(text, path, plain=task.plain, inline_config=task.inline_config, **kw)
        else:
            result = check_source(
                text,
                path,
                plain=task.plain,
                inline_config=task.inline_config,
                options=task.options,
                select=task.select,
                ignore=task.ignore,
            )
    except InputError as exc:
        result = FileResult(path, "", (), error=str(exc))
    except Exception as exc:  # the edge: one bad file must not stop the others
        result = FileResult(path, "", (), error=f"internal error: {type(exc).__name__}: {exc}")
    if result.document is not None:
        # Keep what the renderers need (text, sentences, line starts), not the rules' caches:
        # a worker pickles this back to the parent for every file.
        slim = dataclasses.replace(
            result.document, quantities=[], sentences=result.document.sentences if task.sentences else []
        )
        result = dataclasses.replace(result, document=slim)
    warnings: tuple[str, ...] = ()
    if task.inline_config and result.error is None:
        from factcheck.inputs import directive_problems

        warnings = tuple(directive_problems(result.text, path, plain=task.plain))
    outcome = Outcome(result, [], dict.fromkeys(STATUSES, 0), 0, warnings)
    if streamed is not None:
        outcome.shown = _streamed(outcome, _judged(outcome, streamed, task))  # type: ignore[assignment]
        return outcome
    verdicts = []
    for v, show in _judged(outcome, result.verdicts, task):
        verdicts.append(v)
        if show:
            outcome.shown.append(v)
    outcome.result = dataclasses.replace(result, verdicts=tuple(verdicts))
    return outcome


def _judged(outcome: Outcome, verdicts: Iterable[Verdict], task: Task) -> Iterator[tuple[Verdict, bool]]:
    """Each verdict with its severity, and whether it is shown; counted into ``outcome``."""
    from factcheck.severity import DEFAULT, fails

    severities = task.severities or DEFAULT
    shared: dict[str, dict[str, object]] = {}
    for v in verdicts:
        outcome.counts[v.status.value] += 1
        level = severities.of(v)
        # one shared dict per level for the many verdicts with no extra keys (a long input)
        extra = {**v.extra, "severity": level} if v.extra else shared.setdefault(level, {"severity": level})
        v = dataclasses.replace(v, extra=extra)
        fail = fails(level, task.fail_level)
        outcome.failing += fail
        yield v, bool(fail or v.status.value in task.show)  # a claim that fails the run is always shown


def _streamed(outcome: Outcome, judged: Iterator[tuple[Verdict, bool]]) -> Iterator[Verdict]:
    """The shown verdicts of a file checked while its report is written: a long file is checked
    section by section as the report takes them, and ``outcome``'s counts are complete once
    it has. A check that fails midway raises StreamError and leaves the outcome as run_task
    would have made it (the file an error, no claims)."""
    from factcheck.engine import StreamError

    try:
        for v, show in judged:
            if show:
                yield v
    except Exception as exc:  # the edge, as in run_task
        error = f"internal error: {type(exc).__name__}: {exc}"
        outcome.result = dataclasses.replace(outcome.result, verdicts=(), error=error, document=None, notes=[])
        outcome.counts, outcome.failing = dict.fromkeys(STATUSES, 0), 0
        raise StreamError(error) from exc


_WARM_UP = (
    "BYD sold 6,150 NEVs in December, up 88.71 percent from 3,259 a year ago, "
    "and the Seal's 82.5 kWh pack gives 570 km; revenue was RMB 2 billion."
)


def _outcomes(tasks: list[Task], jobs: int) -> Any:
    """Outcomes in input order; worker processes when there is more than one file and job."""
    jobs = min(jobs, len(tasks))
    if jobs <= 1:
        yield from map(run_task, tasks)
        return
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
    if ctx.get_start_method() == "fork":
        # Load spaCy (and whatever the rules load lazily) once, here: forked workers inherit
        # it instead of each paying the import and first-parse cost again.
        from factcheck.engine import check_text

        check_text(_WARM_UP)
        import gc

        # Out of the collector's sight: workers then share these pages instead of copying
        # each one the first time a collection touches it.
        gc.freeze()
    yield from _Pool(tasks, jobs, ctx).outcomes()


# Test hook (tests/test_bad_input.py): a worker process kills itself with SIGKILL when it is
# given a file whose path ends with this value, as the out-of-memory killer would; with
# FACTCHECK_TEST_KILL_ONCE=FLAG only while FLAG does not exist (it is created first).
_KILL_HOOK, _KILL_ONCE = "FACTCHECK_TEST_KILL_WORKER", "FACTCHECK_TEST_KILL_ONCE"
MAX_ATTEMPTS = 2  # a file whose worker dies is retried once, in a fresh worker


def _worker(conn: Any) -> None:
    """A worker process: check the tasks the parent sends, one at a time, until told to stop."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    kill_suffix = os.environ.get(_KILL_HOOK)
    while True:
        try:
            item = conn.recv()
        except (EOFError, OSError):  # the parent is gone
            return
        if item is None:
            return
        index, task = item
        if kill_suffix and task.source.path.endswith(kill_suffix):
            flag = os.environ.get(_KILL_ONCE)
            if not flag or not os.path.exists(flag):
                if flag:
                    open(flag, "w").close()
                os.kill(os.getpid(), signal.SIGKILL)
        conn.send((index, run_task(task)))


class _Pool:
    """Worker processes fed one task at a time, so the parent knows which file each one holds.

    A worker that dies (SIGKILL, the out-of-memory killer) loses only its own file: that file
    is given once more to a fresh worker, and if it kills that one too it is reported as an
    error for that file alone; the other files and the report are unaffected.
    """

    def __init__(self, tasks: list[Task], jobs: int, ctx: Any) -> None:
        from collections import deque

        self.tasks, self.jobs, self.ctx = tasks, jobs, ctx
        self.pending = deque(range(len(tasks)))
        self.attempts = [0] * len(tasks)
        self.done: dict[int, Outcome] = {}
        self.workers: dict[Any, list[Any]] = {}  # connection -> [process, index of the task it holds]

    def _spawn(self, index: int | None = None) -> None:
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_worker, args=(child,), daemon=True)
        proc.start()
        child.close()
        self.workers[parent] = [proc, None]
        self._feed(parent, index)

    def _feed(self, conn: Any, index: int | None = None) -> None:
        if index is None:
            if not self.pending:
                self.workers[conn][1] = None
                return
            index = self.pending.popleft()
        self.attempts[index] += 1
        self.workers[conn][1] = index
        try:
            conn.send((index, self.tasks[index]))
        except OSError:  # the worker died before it could take the task
            self._lost(conn)

    def _lost(self, conn: Any) -> None:
        proc, index = self.workers.pop(conn)
        conn.close()
        proc.join()
        if index is not None:
            if self.attempts[index] < MAX_ATTEMPTS:
                self._spawn(index)  # once more, in a fresh worker
                return
            self.done[index] = _lost_outcome(self.tasks[index], proc.exitcode)
        if self.pending:
            self._spawn()

    def outcomes(self) -> Any:
        from multiprocessing.connection import wait

        try:
            for _ in range(self.jobs):
                self._spawn()
            nxt = 0
            while nxt < len(self.tasks):
                if nxt in self.done:
                    yield self.done.pop(nxt)
                    nxt += 1
                    continue
                if not self.workers:  # cannot happen: every unfinished task is pending or held
                    raise RuntimeError("no worker left with files still to check")
                ready = set(wait([*self.workers, *(w[0].sentinel for w in self.workers.values())]))
                for conn in list(self.workers):
                    if conn not in self.workers:
                        continue
                    proc = self.workers[conn][0]
                    if conn in ready:  # a result, or the end of a worker that died
                        try:
                            index, outcome = conn.recv()
                        except Exception:  # EOF, or half a message from a worker killed mid-send
                            self._lost(conn)
                            continue
                        self.done[index] = outcome
                        self._feed(conn)
                    elif proc.sentinel in ready:
                        self._lost(conn)
        finally:
            for conn, (proc, index) in self.workers.items():
                if index is not None:  # stopped mid-file (Ctrl-C, a closed pipe): no need to wait
                    proc.kill()
                else:
                    try:
                        conn.send(None)
                    except OSError:
                        proc.kill()
                conn.close()
            for proc, _index in self.workers.values():
                proc.join()


def _lost_outcome(task: Task, exitcode: int | None) -> Outcome:
    import signal

    from factcheck.engine import FileResult

    if exitcode is not None and exitcode < 0:
        try:
            how = f"was killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            how = f"was killed by signal {-exitcode}"
    else:
        how = f"exited with status {exitcode}"
    error = f"not checked: the worker process checking it {how}, twice (out of memory?)"
    return Outcome(FileResult(task.source.path, "", (), error=error), [], dict.fromkeys(STATUSES, 0))


def _progress(total: int, enabled: bool) -> Any:
    from contextlib import nullcontext

    if not enabled:
        return nullcontext(None)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    return Progress(
        TextColumn("checking"),
        BarColumn(),
        MofNCompleteColumn(),
        console=Console(file=sys.stderr),
        transient=True,
    )


# --------------------------------------------------------------------------- command


def _rule_list(values: list[str] | None, option: str) -> list[str] | None:
    from factcheck.config import check_rule_keys, split_list

    if values is None:
        return None
    items = split_list(values)
    bad = check_rule_keys(items)
    if bad is not None:
        raise typer.BadParameter(f"unknown rule {bad!r} (see factcheck --list-rules)", param_hint=option)
    return items


@app.command()
def check(
    paths: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Argument(
            help="Files, directories (searched for *.md, *.markdown, *.txt, *.html, *.htm), glob patterns, "
            "or - for standard input.",
            show_default=False,
            metavar="PATH",
        ),
    ] = None,
    output_format: Annotated[
        Format,
        typer.Option(
            "--format",
            "--output-format",
            "-f",
            help="full (a report for people), concise (path:line:col: CODE message), json, "
            "github (Actions annotations), sarif (SARIF 2.1.0), junit (JUnit XML) "
            "or html (the articles marked up, one self-contained page).",
        ),
    ] = Format.full,
    output_file: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--output-file", "-o", metavar="PATH", help="Write the findings to this file instead of stdout."),
    ] = None,
    select: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--select",
            metavar="CODES",
            help="Only these rules (code, code prefix or name; comma-separated or repeated).",
        ),
    ] = None,
    ignore: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--ignore",
            metavar="CODES",
            help="Skip these rules (code, code prefix or name; comma-separated or repeated).",
        ),
    ] = None,
    exclude: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--exclude",
            metavar="PATTERN",
            help="Skip paths matching this glob (whole path or any directory name); repeatable.",
        ),
    ] = None,
    show: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--show",
            metavar="STATUSES",
            help="Which claims to show: consistent, inconsistent, unverifiable or all; comma-separated or repeated "
            "(default: inconsistent for full, concise and github; every problem for sarif; all for json, junit "
            "and html). A claim that fails the run is always shown.",
        ),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print the claims only: no summary lines (full format).")
    ] = False,
    fail_level: Annotated[
        Optional[FailLevel],  # noqa: UP045
        typer.Option(
            "--fail-level",
            help="Exit 1 on a claim of this severity or worse: error (the default), warning, info, or never.",
        ),
    ] = None,
    statistics: Annotated[
        bool,
        typer.Option(
            "--statistics",
            help="Print the number of claims of each status per rule and per file instead of the claims.",
        ),
    ] = False,
    exit_zero: Annotated[
        bool, typer.Option("--exit-zero", help="Exit 0 even with inconsistent claims (2 still means the run failed).")
    ] = False,
    color: Annotated[
        Color,
        typer.Option(
            "--color",
            help="Colour the full report: auto (a terminal, honouring NO_COLOR and FORCE_COLOR), always or never.",
        ),
    ] = Color.auto,
    config: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--config", metavar="PATH", help="Use this configuration file instead of discovering one."),
    ] = None,
    isolated: Annotated[bool, typer.Option("--isolated", help="Ignore every configuration file.")] = False,
    no_inline_config: Annotated[
        bool,
        typer.Option("--no-inline-config", help="Ignore <!-- factcheck-disable ... --> comments in the files."),
    ] = False,
    plain: Annotated[
        bool, typer.Option("--plain", help="Read every file as plain text (no Markdown or HTML handling).")
    ] = False,
    stdin_filename: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--stdin-filename",
            metavar="NAME",
            help="The name to report for standard input (-); its suffix picks Markdown or HTML handling.",
        ),
    ] = None,
    jobs: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            metavar="N",
            help="Check files in this many processes (default: the number of cores).",
        ),
    ] = None,
    diff: Annotated[
        bool,
        typer.Option(
            "--diff",
            help="Print a unified diff applying the suggested figures (files are not changed); "
            "exit 1 when there is something to apply.",
        ),
    ] = False,
    max_bytes: Annotated[
        int,
        typer.Option(
            "--max-bytes",
            parser=_parse_size,
            metavar="SIZE",
            help="Refuse files larger than this (10MB by default; 500k, 2000000; 0: no limit).",
        ),
    ] = DEFAULT_MAX_BYTES,  # type: ignore[assignment]
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
    list_rules: Annotated[
        bool, typer.Option("--list-rules", callback=_list_rules, is_eager=True, help="List every rule and exit.")
    ] = False,
    explain: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--explain",
            callback=_explain,
            is_eager=True,
            metavar="CODE",
            help="Explain a rule (code or name; 'all' for every rule, in Markdown) and exit.",
        ),
    ] = None,
) -> None:
    """Check the arithmetic of the numeric claims in auto-news articles.

    Exit status: 0 nothing at or above --fail-level, 1 a claim at or above it,
    2 usage, configuration or input error (the other files are still checked).

    factcheck server runs the language server (see factcheck server --help).
    """
    if not paths and stdin_filename is not None:
        paths = ["-"]  # like ruff: --stdin-filename alone reads standard input
    if not paths:
        _err("no files given; try factcheck --help")
        raise typer.Exit(EXIT_ERROR)
    sel = _rule_list(select, "--select")
    ign = _rule_list(ignore, "--ignore") or []
    shown_statuses: frozenset[str] | None = None
    if show is not None:
        from factcheck.config import split_list

        items = split_list(show)  # repeated and comma-separated values combine
        bad = [s for s in items if s not in (*STATUSES, "all")]
        if bad or not items:
            raise typer.BadParameter(
                f"{(bad or [''])[0]!r} is not one of {', '.join(STATUSES)}, all", param_hint="--show"
            )
        shown_statuses = frozenset(STATUSES if "all" in items else items)
    if statistics and output_format not in (Format.full, Format.concise, Format.json):
        raise typer.BadParameter("prints text (full, concise) or json", param_hint="--statistics")

    from factcheck.config import ConfigError, Resolver
    from factcheck.inputs import discover

    default_show = frozenset(DEFAULT_SHOW[output_format.value])
    try:
        resolver = Resolver(config, isolated=isolated)
        base = resolver.for_dir(Path.cwd())
        sources = discover(
            paths,
            exclude=exclude or (),
            excluded=None if isolated else resolver.excluder(),
            stdin_filename=stdin_filename,
            avoid=[str(output_file)] if output_file else (),
        )
        if output_file is not None:
            _refuse_output_over_input(output_file, sources)
        tasks = []
        for src in sources:
            cfg = resolver.for_file(src.path if not src.stdin else Path.cwd() / src.path)
            tasks.append(
                Task(
                    source=src,
                    select=tuple(sel) if sel is not None else cfg.select,
                    ignore=(*cfg.ignores_for(src.path), *ign),
                    options=cfg.options,
                    plain=plain,
                    inline_config=not no_inline_config,
                    max_bytes=max_bytes or None,
                    show=shown_statuses or frozenset(cfg.show or base.show or default_show),
                    sentences=output_format.value == "full" and not statistics,
                    # the file's own configuration, as for show; the flag beats both
                    fail_level=fail_level.value if fail_level else (cfg.fail_level or base.fail_level or "error"),
                    severities=cfg.severities if cfg.path is not None else base.severities,
                )
            )
    except ConfigError as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_ERROR) from None
    if not tasks:  # still an (empty) report, so a JSON or SARIF consumer gets a document
        _err("no files to check (directories are searched for *.md, *.markdown, *.txt, *.html and *.htm)")
    tasks, stdin_copy = _with_stdin(tasks, max_bytes or None)
    tally: dict[str, int] = {"edits": 0}  # --diff: the edits printed
    try:
        make = None
        if diff:  # a diff of the suggested figures instead of a report
            from functools import partial

            from factcheck.diff import DiffReporter

            make = partial(DiffReporter, tally=tally)
        elif statistics:
            from functools import partial

            from factcheck.render.statistics import StatisticsReporter

            make = partial(StatisticsReporter, json=output_format is Format.json)
        code = _run(tasks, output_format, output_file, color, jobs or _default_jobs(), make=make, quiet=quiet)
    except BrokenPipeError:
        # the reader stopped reading (`factcheck ... | head`): stop quietly, as a shell tool does;
        # stdout goes to devnull so the interpreter's last flush cannot fail again
        _stdout_to_devnull()
        raise typer.Exit(EXIT_BROKEN_PIPE) from None
    except WriteError as exc:  # a full disk, /dev/full: one plain line
        _err(_printable(str(exc)))
        _stdout_to_devnull()
        raise typer.Exit(EXIT_ERROR) from None
    except KeyboardInterrupt:
        _err("interrupted")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except Exception as exc:  # a bug, not bad input: one line, the traceback on request
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        _err(f"internal error: {type(exc).__name__}: {exc} (FACTCHECK_DEBUG=1 shows the traceback)")
        raise typer.Exit(EXIT_ERROR) from None
    finally:
        if stdin_copy:
            os.unlink(stdin_copy)
    if code is None:
        raise typer.Exit(EXIT_ERROR)
    errors, failing = code
    if errors:
        raise typer.Exit(EXIT_ERROR)
    if diff:  # as ruff --diff: 1 when there is something to apply
        raise typer.Exit(EXIT_INCONSISTENT if tally["edits"] and not exit_zero else EXIT_OK)
    if exit_zero:
        raise typer.Exit(EXIT_OK)
    raise typer.Exit(EXIT_INCONSISTENT if failing else EXIT_OK)


def _stdout_to_devnull() -> None:
    """After a failed write to stdout: the interpreter's last flush must not fail again."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):  # closed, or not a real file (tests)
        pass


def _refuse_output_over_input(output: Path, sources: list[Source]) -> None:
    """Exit 2 if ``--output-file`` is one of the inputs (the same file by any name: a symlink,
    ``./a.txt``): writing the report would destroy the article."""
    real = os.path.realpath(output)
    try:
        st = os.stat(output)
        ident: tuple[int, int] | None = (st.st_dev, st.st_ino)
    except (OSError, ValueError):
        ident = None
    for src in sources:
        if src.stdin or src.error:
            continue
        try:
            st = os.stat(src.path)
            same = ident is not None and (st.st_dev, st.st_ino) == ident
        except (OSError, ValueError):
            same = False
        if same or os.path.realpath(src.path) == real:
            _err(
                f"{_printable(str(output))}: the output file is also an input ({_printable(src.path)}); "
                "refusing to overwrite it"
            )
            raise typer.Exit(EXIT_ERROR)


def _with_stdin(tasks: list[Task], max_bytes: int | None) -> tuple[list[Task], str | None]:
    """Copy standard input to a temporary file once, so workers read it like any file."""
    if not any(t.source.stdin for t in tasks):
        return tasks, None
    import tempfile

    limit = -1 if max_bytes is None else max_bytes + 1  # one byte more tells "too large"
    data = sys.stdin.buffer.read(limit)
    fd, name = tempfile.mkstemp(prefix="factcheck-stdin-")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return [dataclasses.replace(t, stdin_copy=name) if t.source.stdin else t for t in tasks], name


def _run(
    tasks: list[Task],
    fmt: Format,
    output_file: Path | None,
    color: Color,
    jobs: int,
    make: Any = None,
    quiet: bool = False,
) -> tuple[int, int] | None:
    """Check and report every task; (files with errors, claims that fail the run), or None if
    the output could not be written."""
    from factcheck.render import reporter

    if output_file is None and sys.stdout is None:  # started with standard output closed (>&-)
        _err("standard output is closed, nowhere to write the report (see --output-file)")
        return None
    target = _Output(output_file) if output_file else None
    try:
        try:
            if target:
                target.open()
        except OSError as exc:
            _err(f"{target.shown if target else ''}: cannot write ({exc.strerror or exc})")
            return None
        stream = target.fh if target else sys.stdout
        out: TextIO = _Guarded(stream, target.shown if target else "standard output")  # type: ignore[arg-type,assignment]
        # Colour and wrapping only on a terminal; a file written with -o gets neither (FORCE_COLOR
        # is for a terminal that does not say it is one; --color always still colours it).
        colored = fmt is Format.full and _use_color(color, out, to_file=target is not None)
        width = _terminal_width(out) if target is None else None
        rep = make(out) if make is not None else reporter(fmt.value, out, color=colored, width=width)
        if fmt is Format.json and make is None and min(jobs, len(tasks)) <= 1:
            # checked while written: a long file's claims are never all held at once
            tasks = [dataclasses.replace(t, stream=True) for t in tasks]
        if quiet:
            rep.quiet = True
        errors = 0
        failing = 0
        # A bar redraws its line: only when the findings do not stream onto the same terminal.
        show_bar = len(tasks) >= PROGRESS_MIN_FILES and sys.stderr.isatty() and not _isatty(out)
        with _progress(len(tasks), show_bar) as bar:
            job = bar.add_task("check", total=len(tasks)) if bar is not None else None
            for outcome in _outcomes(tasks, jobs):
                result = outcome.result
                if result.error:
                    errors += 1
                    _err(f"{_printable(result.path)}: {result.error}")
                for warning in outcome.warnings:
                    _err(f"{_printable(result.path)}:{warning}")
                if fmt is Format.json and make is None:
                    # JSON holds any character but not a byte that is not UTF-8 (a file name's)
                    from factcheck.inputs import display_path

                    result = dataclasses.replace(result, path=display_path(result.path))
                rep.file(result, outcome.shown)
                if outcome.result.error and not result.error:  # a streamed check that failed midway
                    errors += 1
                    _err(f"{_printable(outcome.result.path)}: {outcome.result.error}")
                # after the report of the file: a streamed check knows its notes only then
                for note in outcome.result.notes:
                    _err(f"{_printable(outcome.result.path)}: note: {note}")
                failing += outcome.failing  # a streamed file's count is complete once reported
                if bar is not None:
                    bar.advance(job)
        rep.finish()
        if target:
            try:
                target.commit()  # only a complete report replaces the old file
            except OSError as exc:
                raise WriteError(target.shown, exc) from None
        else:
            out.flush()
    finally:
        if target:
            target.discard()  # interrupted or failed: the temporary file goes, the old file stays
    return errors, failing


def _terminal_width(stream: TextIO) -> int | None:
    """The width to wrap the full report at: the terminal's, or None (no wrapping) when the
    report does not go to a terminal."""
    if not _isatty(stream):
        return None
    import shutil

    return max(40, shutil.get_terminal_size((80, 24)).columns)


def _printable(path: str) -> str:
    from factcheck.inputs import display_path, printable

    return printable(display_path(path))


class WriteError(Exception):
    """The report could not be written (a full disk, a closed standard output)."""

    def __init__(self, where: str, exc: OSError) -> None:
        super().__init__(f"{where}: cannot write ({exc.strerror or exc})")


class _Guarded:
    """The report's stream: a failed write is a WriteError naming the destination (a closed
    pipe stays a BrokenPipeError), and a character the encoding cannot hold is escaped."""

    def __init__(self, stream: TextIO, where: str) -> None:
        self._stream, self._where = stream, where

    def write(self, text: str) -> int:
        try:
            # In pieces: a single huge write to a pipe whose reader left can end without an
            # error (the system writes part of it), and the run would not notice.
            for i in range(0, len(text), self.PIECE):
                self._write(text[i : i + self.PIECE])
            return len(text)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise WriteError(self._where, exc) from None

    PIECE = 1 << 16

    def _write(self, text: str) -> None:
        try:
            self._stream.write(text)
        except UnicodeEncodeError:
            enc = getattr(self._stream, "encoding", None) or "utf-8"
            self._stream.write(text.encode(enc, "backslashreplace").decode(enc))

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise WriteError(self._where, exc) from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


class _Output:
    """``--output-file``, written atomically: the report goes to a temporary file in the same
    directory, flushed to disk and renamed over the target only when it is complete. A run
    that fails or is interrupted leaves the old file as it was and no temporary file behind.
    A target that is not a regular file (/dev/null, a pipe) is written directly."""

    def __init__(self, path: Path) -> None:
        self.shown = _printable(str(path))
        self.target = os.path.realpath(path)  # through a symlink: the link keeps pointing at it
        self.tmp: str | None = None
        self.fh: TextIO | None = None

    def open(self) -> None:
        import signal
        import stat
        import tempfile

        try:
            st: os.stat_result | None = os.stat(self.target)
        except FileNotFoundError:
            st = None
        if st is not None and stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(21, "is a directory")
        if st is not None and not stat.S_ISREG(st.st_mode):
            self.fh = open(self.target, "w", encoding="utf-8", newline="\n")
            return
        folder, name = os.path.split(self.target)
        # Ctrl-C waits until the temporary file is recorded, so discard() can remove it.
        mask = getattr(signal, "pthread_sigmask", None)  # not on Windows
        blocked = mask(signal.SIG_BLOCK, {signal.SIGINT}) if mask else None
        try:
            fd, self.tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".factcheck-tmp", dir=folder)
            self.fh = open(fd, "w", encoding="utf-8", newline="\n")
        except PermissionError:
            if st is None or not os.access(self.target, os.W_OK):
                raise
            # A writable file in a directory we may not create files in: in place, as before.
            self.fh = open(self.target, "w", encoding="utf-8", newline="\n")
            return
        finally:
            if mask:
                mask(signal.SIG_SETMASK, blocked)
        try:
            if st is not None:
                mode = stat.S_IMODE(st.st_mode)
            else:
                umask = os.umask(0)
                os.umask(umask)
                mode = 0o666 & ~umask
            os.fchmod(fd, mode)  # what writing the file in place would have given it
        except (OSError, AttributeError):  # no fchmod on Windows
            pass

    def commit(self) -> None:
        assert self.fh is not None
        self.fh.flush()
        if self.tmp is None:
            self.fh.close()
            return
        os.fsync(self.fh.fileno())
        self.fh.close()
        os.replace(self.tmp, self.target)
        self.tmp = None
        try:  # the rename itself survives a crash once the directory is on disk too
            fd = os.open(os.path.dirname(self.target), os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError:
            pass

    def discard(self) -> None:
        try:
            if self.fh is not None:
                self.fh.close()
        except (OSError, ValueError):
            pass
        if self.tmp is not None:
            try:
                os.unlink(self.tmp)
            except OSError:
                pass
            self.tmp = None


def main() -> None:
    if sys.argv[1:2] == ["server"]:  # the language server: no typer command, nothing checked here
        from factcheck.server import main as serve

        sys.exit(serve(sys.argv[2:]))
    try:
        app(prog_name="factcheck")
    finally:
        import gc

        # The interpreter's shutdown collections would walk every object spaCy, numpy and
        # pydantic made (a quarter of a second); frozen objects are skipped.
        gc.freeze()
