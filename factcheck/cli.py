"""The command line: a thin layer over ``factcheck.engine``.

Exceptions become one-line messages and exit codes here and nowhere else.
Nothing heavy is imported at module level, so ``--help``, ``--version`` and
``--list-rules`` never load spaCy or quantulum3.
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Optional

import typer

from factcheck import __version__

EXIT_OK, EXIT_INCONSISTENT, EXIT_ERROR = 0, 1, 2


class Format(StrEnum):
    full = "full"
    json = "json"


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
        from factcheck.rules import lookup

        rule = lookup(value)
        if rule is None:
            _err(f"unknown rule {value!r}; see factcheck --list-rules")
            raise typer.Exit(EXIT_ERROR)
        typer.echo(f"{rule.code} {rule.name} ({rule.type})\n")
        typer.echo(rule.explanation)
        raise typer.Exit(EXIT_OK)


def _color_wanted() -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty()


@app.command()
def check(
    paths: Annotated[list[Path], typer.Argument(help="Article files to check.", show_default=False)] = None,  # type: ignore[assignment]
    output_format: Annotated[
        Format, typer.Option("--format", "-f", help="Output format: full (a report for people) or json.")
    ] = Format.full,
    select: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option("--select", help="Only these rules (code, code prefix or name); repeatable."),
    ] = None,
    ignore: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option("--ignore", help="Skip these rules (code, code prefix or name); repeatable."),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
    list_rules: Annotated[
        bool, typer.Option("--list-rules", callback=_list_rules, is_eager=True, help="List every rule and exit.")
    ] = False,
    explain: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--explain", callback=_explain, is_eager=True, metavar="CODE", help="Explain a rule and exit."),
    ] = None,
) -> None:
    """Check the arithmetic of the numeric claims in auto-news articles.

    Exit status: 0 no inconsistent claim, 1 at least one, 2 usage or input error.
    """
    if not paths:
        _err("no files given; try factcheck --help")
        raise typer.Exit(EXIT_ERROR)
    from rich.console import Console

    from factcheck.engine import FileResult, check_file
    from factcheck.model import Status
    from factcheck.render import full, json_

    console = Console(
        file=sys.stdout,
        no_color=not _color_wanted(),
        force_terminal=_color_wanted() or None,
        highlight=False,
        soft_wrap=False,
    )
    results: list[tuple[FileResult, list]] = []
    entries = []
    exit_code = EXIT_OK
    for path in paths:
        try:
            result = check_file(path, select=select, ignore=ignore)
        except Exception as exc:  # the edge: one bad file must not stop the others
            result = FileResult(str(path), "", (), error=f"internal error: {type(exc).__name__}: {exc}")
        if result.error:
            _err(f"{path}: {result.error}")
            exit_code = EXIT_ERROR
        shown = list(result.verdicts)
        if exit_code != EXIT_ERROR and any(v.status is Status.INCONSISTENT for v in shown):
            exit_code = EXIT_INCONSISTENT
        if output_format is Format.json:
            entries.append(json_.file_entry(result, shown))
        else:
            full.render_file(console, result, shown)
        # keep only what the summary needs, so a long run does not hold every text
        results.append((FileResult(result.path, "", result.verdicts, result.error), shown))
    if output_format is Format.json:
        sys.stdout.write(json_.document(entries) + "\n")
    else:
        console.print(full.summary_line(results))
    raise typer.Exit(exit_code)


def main() -> None:
    app(prog_name="factcheck")
