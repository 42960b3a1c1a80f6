"""The full report, byte for byte, at a fixed width without colour.

The expected files in tests/data/snapshots/ were read and checked by hand:
each claim's mark, status, rule, location, sentence, message and arithmetic.
After a deliberate change, regenerate with FACTCHECK_UPDATE_SNAPSHOTS=1 and
review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

SNAPSHOTS = Path(__file__).parent / "data" / "snapshots"
ARTICLE = (
    "# December sales\n"
    "\n"
    "BYD sold 6,150 NEVs in December, up 88.71 percent from 3,259 units a year ago.\n"
    "\n"
    "```\n"
    "Code is skipped: up 12.5 percent from 3,259.\n"
    "```\n"
    "\n"
    "Its rival sold 6,150 NEVs in December, up 87.81 percent from 3,259 units a year ago.\n"
    "\n"
    "Sokon sold 41,440 NEVs for the full year, up 104.4 percent year-on-year.\n"
)


def report(tmp_path: Path, width: int, *extra: str) -> str:
    (tmp_path / "article.md").write_text(ARTICLE, encoding="utf-8")
    old = os.getcwd()
    os.chdir(tmp_path)
    try:
        r = CliRunner().invoke(
            app,
            ["--select", "FC101", "--color", "never", *extra, "article.md"],
            env={"COLUMNS": str(width), "NO_COLOR": "", "FORCE_COLOR": ""},
        )
    finally:
        os.chdir(old)
    assert r.exit_code == 1
    return r.stdout


@pytest.mark.parametrize(("name", "width", "extra"), [("full-100", 100, ()), ("full-quiet-60", 60, ("-q",))])
def test_full_report_snapshot(tmp_path: Path, name: str, width: int, extra: tuple[str, ...]) -> None:
    got = report(tmp_path, width, *extra)
    path = SNAPSHOTS / f"{name}.txt"
    if os.environ.get("FACTCHECK_UPDATE_SNAPSHOTS"):
        path.write_text(got, encoding="utf-8")
    assert got == path.read_text(encoding="utf-8")
    assert all(len(line) <= width for line in got.splitlines())
    assert "\x1b[" not in got
