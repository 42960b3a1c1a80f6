"""The full report, byte for byte: into a pipe (never wrapped, never coloured) and on a terminal
(a pseudo-terminal, and tmux when it is installed) at 80 and 120 columns.

The expected files in tests/data/snapshots/ were read and checked by hand: problems first,
each sentence once with its claims under it, the path once per file, the figure it should read
and the likely slip on lines of their own, then the count of claims not shown. After a
deliberate change (to the report or to what the rules find in fixtures/articles/), regenerate
with FACTCHECK_UPDATE_SNAPSHOTS=1 and review the diff.
"""

from __future__ import annotations

import fcntl
import os
import re
import shutil
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

ROOT = Path(__file__).resolve().parent.parent
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
    "Its rival sold 6,150 NEVs in December, up 87.81 percent from 3,259 units a year ago,\n"
    "and 4,200 vans, up 12 percent from 3,750 vans.\n"
    "\n"
    "Sokon sold 41,440 NEVs for the full year, up 104.4 percent year-on-year.\n"
)


def _check(name: str, got: str) -> None:
    path = SNAPSHOTS / name
    if os.environ.get("FACTCHECK_UPDATE_SNAPSHOTS"):
        path.write_text(got, encoding="utf-8")
    assert got == path.read_text(encoding="utf-8")


def report(tmp_path: Path, *extra: str) -> str:
    (tmp_path / "article.md").write_text(ARTICLE, encoding="utf-8")
    old = os.getcwd()
    os.chdir(tmp_path)
    try:
        # COLUMNS says 40, FORCE_COLOR says colour: neither applies to a report that is not
        # going to a terminal.
        r = CliRunner().invoke(
            app,
            ["--select", "FC101", *extra, "article.md"],
            env={"COLUMNS": "40", "NO_COLOR": "", "FORCE_COLOR": ""},
        )
    finally:
        os.chdir(old)
    assert r.exit_code == 1
    return r.stdout


@pytest.mark.parametrize(
    ("name", "extra"), [("full-pipe", ()), ("full-pipe-show-all", ("--show", "all")), ("full-pipe-quiet", ("-q",))]
)
def test_report_into_a_pipe(tmp_path: Path, name: str, extra: tuple[str, ...]) -> None:
    got = report(tmp_path, *extra)
    _check(f"{name}.txt", got)
    assert "\x1b[" not in got
    # never wrapped: every claim's location and every sentence is on one line
    assert "   9 │ Its rival sold 6,150 NEVs in December, up 87.81 percent from 3,259 units a year ago, and" in got
    assert got.count("article.md") == 1  # the path once, as the file's heading


def test_claims_of_one_sentence_share_it(tmp_path: Path) -> None:
    got = report(tmp_path, "--show", "all")
    assert got.count("Its rival sold") == 1
    block = got.split("Its rival sold", 1)[1].split("\n  12 │", 1)[0]
    assert "9:43 inconsistent" in block and "10:20 consistent" in block


def test_hidden_line_and_all_consistent(tmp_path: Path) -> None:
    got = report(tmp_path)
    assert got.endswith(
        "4 claims in 1 file: 1 inconsistent, 1 unverifiable, 2 consistent\n"
        "1 unverifiable and 2 consistent claims hidden; --show all\n"
    )
    (tmp_path / "ok.md").write_text("It sold 6,150 NEVs, up 88.71 percent from 3,259 units.\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["--select", "FC101", str(tmp_path / "ok.md")])
    assert r.exit_code == 0 and r.stdout == "All 1 claim consistent in 1 file\n"


# --------------------------------------------------------------------------- on a terminal

FIXTURE_ARGS = ["--color", "never", "-j", "1", "fixtures/articles"]


def on_pty(args: list[str], columns: int, env: dict[str, str] | None = None) -> str:
    """What ``factcheck ARGS`` shows on a terminal ``columns`` wide."""
    import pty

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    environ = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "FORCE_COLOR", "NO_COLOR")}
    try:
        p = subprocess.Popen(
            [sys.executable, "-m", "factcheck", *args],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            cwd=ROOT,
            env={**environ, "TERM": "xterm-256color", **(env or {})},
        )
        os.close(slave)
        seen = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the terminal's other end is closed
                break
            if not chunk:
                break
            seen += chunk
        p.wait(timeout=300)
    finally:
        os.close(master)
    return seen.decode("utf-8").replace("\r\n", "\n")


@pytest.mark.parametrize("columns", [80, 120])
def test_fixtures_on_a_terminal(columns: int) -> None:
    got = on_pty(FIXTURE_ARGS, columns)
    _check(f"fixtures-terminal-{columns}.txt", got)
    lines = got.splitlines()
    assert all(len(line) <= columns for line in lines), max(lines, key=len)
    # what needs attention comes first: every claim shown is inconsistent, then the counts
    heads = [line for line in lines if re.match(r" {4}[✗?✓] \d+:\d+ ", line)]
    assert heads and all(" inconsistent" in h for h in heads)
    assert re.search(r"\n[\d,]+ claims in [\d,]+ files: [\d,]+ inconsistent", got)
    assert lines[-1].endswith("claims hidden; --show all")


def test_terminal_colour_and_a_file_never_coloured(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text(ARTICLE, encoding="utf-8")
    shown = on_pty(["--select", "FC101", str(article)], 80, env={"FORCE_COLOR": "1"})
    assert "\x1b[" in shown  # a terminal is coloured
    out = tmp_path / "report.txt"
    env = {**os.environ, "FORCE_COLOR": "1", "COLUMNS": "40"}
    subprocess.run([sys.executable, "-m", "factcheck", "--select", "FC101", str(article), "-o", str(out)], env=env)
    written = out.read_text(encoding="utf-8")
    assert "\x1b[" not in written  # FORCE_COLOR is for terminals, not files
    assert "up 87.81 percent from 3,259 units a year ago, and 4,200 vans" in written  # not wrapped
    # --color always is asked for by name: it colours the file too
    subprocess.run(
        [sys.executable, "-m", "factcheck", "--select", "FC101", "--color", "always", str(article), "-o", str(out)]
    )
    assert "\x1b[" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("columns", [80, 120])
def test_fixtures_under_tmux(tmp_path: Path, columns: int) -> None:
    """The same report in a real terminal emulator: tmux shows what the snapshot pins."""
    tmux = shutil.which("tmux")
    if tmux is None:
        if os.environ.get("CI"):
            pytest.fail("tmux is not installed (.ci/run installs it)")
        pytest.skip("tmux is not installed")
    conf = tmp_path / "tmux.conf"
    conf.write_text("set -g history-limit 100000\nset -g status off\n", encoding="utf-8")
    sock = f"factcheck-test-{os.getpid()}-{columns}"
    done = tmp_path / "done"
    environ = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "FORCE_COLOR", "NO_COLOR", "TMUX")}
    command = f"cd {ROOT} && {sys.executable} -m factcheck {' '.join(FIXTURE_ARGS)}; touch {done}; sleep 600"
    base = [tmux, "-L", sock, "-f", str(conf)]
    subprocess.run([*base, "new-session", "-d", "-x", str(columns), "-y", "50", command], check=True, env=environ)
    try:
        deadline = time.monotonic() + 300
        while not done.exists():
            assert time.monotonic() < deadline, "factcheck did not finish under tmux"
            time.sleep(0.2)
        width = subprocess.run([*base, "display", "-p", "#{pane_width}"], capture_output=True, text=True, check=True)
        assert width.stdout.strip() == str(columns)
        pane = subprocess.run([*base, "capture-pane", "-p", "-S", "-", "-E", "-"], capture_output=True, text=True)
    finally:
        subprocess.run([*base, "kill-server"], capture_output=True)
    shown = [line.rstrip() for line in pane.stdout.splitlines()]
    while shown and not shown[-1]:
        shown.pop()
    want = [line.rstrip() for line in (SNAPSHOTS / f"fixtures-terminal-{columns}.txt").read_text().splitlines()]
    assert shown == want
