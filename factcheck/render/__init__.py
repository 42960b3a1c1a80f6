"""Renderers: turn file results into text for people (full, concise) or machines.

Every format is a ``Reporter``: ``file()`` is called once per file, in input
order, and ``finish()`` once at the end. Files stream through; only the small
per-claim records a format needs at the end (JSON, SARIF, JUnit) are kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from factcheck.engine import FileResult
    from factcheck.model import Verdict

FORMATS = ("full", "concise", "json", "github", "sarif", "junit", "html")


class Reporter:
    quiet = False  # -q: the claims only, no summary lines

    def __init__(self, out: TextIO, *, color: bool = False, width: int | None = None) -> None:
        self.out = out
        self.color = color
        self.width = width

    def file(self, result: FileResult, shown: list[Verdict]) -> None:  # pragma: no cover
        raise NotImplementedError

    def finish(self) -> None:
        """Called once after the last file."""


def reporter(fmt: str, out: TextIO, *, color: bool = False, width: int | None = None) -> Reporter:
    """The reporter for a format name (one of FORMATS)."""
    if fmt == "full":
        from factcheck.render.full import FullReporter as cls
    elif fmt == "concise":
        from factcheck.render.concise import ConciseReporter as cls
    elif fmt == "json":
        from factcheck.render.json_ import JsonReporter as cls
    elif fmt == "github":
        from factcheck.render.github import GithubReporter as cls
    elif fmt == "sarif":
        from factcheck.render.sarif import SarifReporter as cls
    elif fmt == "junit":
        from factcheck.render.junit import JunitReporter as cls
    elif fmt == "html":
        from factcheck.render.html import HtmlReporter as cls
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return cls(out, color=color, width=width)
