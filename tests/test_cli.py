"""The command line: exit codes and levels, what is shown, where it goes, inputs, --jobs, --max-bytes.

Sentences are written for these tests; every figure's verdict is worked out by
hand in the comment next to it. ``--select FC101`` keeps the tests about the
CLI independent of what other rules find.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

# 6,150 vs 3,259 is +88.71%: consistent.
GOOD = "BYD sold 6,150 NEVs in December, up 88.71 percent from 3,259 units a year ago.\n"
# The same figures with the growth digits transposed: inconsistent.
BAD = "BYD sold 6,150 NEVs in December, up 87.81 percent from 3,259 units a year ago.\n"
# No baseline in the text: unverifiable, and only info (it implies a baseline of 20,274).
UNVERIFIABLE = "Sokon sold 41,440 NEVs for the full year, up 104.4 percent year-on-year.\n"
# 5,400 vs 5,000 is +8%, not +9%, unless both round figures were rounded: unverifiable, a warning.
DOUBTFUL = "Orla sold 5,400 trucks in June, up 9 percent from 5,000 a year earlier.\n"


def run(*args: str | Path, input: str | bytes | None = None, env: dict[str, str] | None = None):
    return CliRunner().invoke(app, ["--select", "FC101", *map(str, args)], input=input, env=env, catch_exceptions=False)


def statuses(stdout: str) -> list[str]:
    return [c["status"] for f in json.loads(stdout)["files"] for c in f["claims"]]


@pytest.fixture
def articles(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for name, text in {"good": GOOD, "bad": BAD, "unverifiable": UNVERIFIABLE, "doubtful": DOUBTFUL}.items():
        p = tmp_path / f"{name}.txt"
        p.write_text(text, encoding="utf-8")
        out[name] = p
    mixed = tmp_path / "mixed.txt"
    mixed.write_text(GOOD + "\n" + BAD + "\n" + UNVERIFIABLE, encoding="utf-8")
    out["mixed"] = mixed
    return out


# --------------------------------------------------------------------------- exit codes


@pytest.mark.parametrize(
    ("article", "level", "code"),
    [
        ("good", "error", 0),
        ("bad", "error", 1),
        ("unverifiable", "error", 0),
        ("doubtful", "error", 0),
        ("good", "warning", 0),
        ("bad", "warning", 1),
        ("unverifiable", "warning", 0),  # a lone growth rate is info: a correct article passes
        ("doubtful", "warning", 1),
        ("good", "info", 0),
        ("unverifiable", "info", 1),
        ("doubtful", "info", 1),
        ("good", "never", 0),
        ("bad", "never", 0),
        ("unverifiable", "never", 0),
    ],
)
def test_fail_level(articles: dict[str, Path], article: str, level: str, code: int) -> None:
    r = run("--fail-level", level, "-f", "json", articles[article])
    assert r.exit_code == code, r.stderr
    severities = {"good": "none", "bad": "error", "unverifiable": "info", "doubtful": "warning"}
    assert [c["severity"] for c in json.loads(r.stdout)["files"][0]["claims"]] == [severities[article]]


def test_default_fail_level_is_error(articles: dict[str, Path]) -> None:
    assert run(articles["bad"]).exit_code == 1
    assert run(articles["unverifiable"]).exit_code == 0


def test_exit_zero(articles: dict[str, Path]) -> None:
    r = run("--exit-zero", articles["bad"])
    assert r.exit_code == 0
    assert "inconsistent" in r.stdout
    # ... but a run that failed still says so
    r = run("--exit-zero", articles["bad"], articles["good"].parent / "missing.txt")
    assert r.exit_code == 2


def test_missing_file_is_2_and_others_still_checked(articles: dict[str, Path], tmp_path: Path) -> None:
    r = run("-f", "json", tmp_path / "nope.txt", articles["bad"])
    assert r.exit_code == 2
    assert r.stderr.strip().splitlines() == [f"factcheck: {tmp_path / 'nope.txt'}: no such file"]
    files = json.loads(r.stdout)["files"]
    assert files[0]["error"] == "no such file" and files[0]["claims"] == []
    assert [c["status"] for c in files[1]["claims"]] == ["inconsistent"]


def test_no_files_given() -> None:
    r = run()
    assert r.exit_code == 2
    assert "no files given" in r.stderr


def test_unknown_rule_is_a_usage_error(articles: dict[str, Path]) -> None:
    r = CliRunner().invoke(app, ["--select", "FC999", str(articles["good"])])
    assert r.exit_code == 2
    assert "FC999" in r.stderr


# --------------------------------------------------------------------------- what is shown


def test_show_and_quiet(articles: dict[str, Path]) -> None:
    assert statuses(run("-f", "json", articles["mixed"]).stdout) == [
        "consistent",
        "inconsistent",
        "unverifiable",
    ]
    r = run("-f", "json", "--show", "consistent", articles["mixed"])
    # --show changes what is printed, not what fails the run; a claim that fails it is shown
    assert statuses(r.stdout) == ["consistent", "inconsistent"]
    assert r.exit_code == 1
    r = run("-f", "json", "--show", "unverifiable", "--fail-level", "never", articles["mixed"])
    assert statuses(r.stdout) == ["unverifiable"]
    # -q leaves out the summary lines, not claims
    r = run("-f", "json", "-q", articles["mixed"])
    assert statuses(r.stdout) == ["consistent", "inconsistent", "unverifiable"]


def test_show_rejects_unknown_status(articles: dict[str, Path]) -> None:
    r = run("--show", "wrong", articles["good"])
    assert r.exit_code == 2
    assert "--show" in r.stderr


def test_select_and_ignore(articles: dict[str, Path]) -> None:
    r = CliRunner().invoke(app, ["-f", "json", "--ignore", "FC101", str(articles["bad"])])
    assert all(c["rule"] != "FC101" for c in json.loads(r.stdout)["files"][0]["claims"])
    r = CliRunner().invoke(app, ["-f", "json", "--select", "percent-change", str(articles["bad"])])
    assert {c["rule"] for c in json.loads(r.stdout)["files"][0]["claims"]} == {"FC101"}


# --------------------------------------------------------------------------- output


def test_output_file(articles: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    r = run("-f", "json", "-o", out, articles["bad"])
    assert r.exit_code == 1
    assert r.stdout == ""
    assert statuses(out.read_text(encoding="utf-8")) == ["inconsistent"]
    r = run("--output-file", tmp_path / "no" / "such" / "dir.json", articles["bad"])
    assert r.exit_code == 2 and "cannot write" in r.stderr


def test_output_format_alias(articles: dict[str, Path]) -> None:
    assert run("--output-format", "json", articles["bad"]).stdout == run("--format", "json", articles["bad"]).stdout


ANSI = "\x1b["


@pytest.mark.parametrize(
    ("flag", "env", "coloured"),
    [
        ("auto", {}, False),  # CliRunner's stdout is not a terminal
        ("always", {}, True),
        ("never", {"FORCE_COLOR": "1"}, False),
        ("auto", {"FORCE_COLOR": "1"}, True),
        ("auto", {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
        ("always", {"NO_COLOR": "1"}, True),  # the flag beats the environment
    ],
)
def test_color(articles: dict[str, Path], flag: str, env: dict[str, str], coloured: bool) -> None:
    base = {"NO_COLOR": "", "FORCE_COLOR": ""}
    r = run("--color", flag, articles["bad"], env={**base, **env})
    assert (ANSI in r.stdout) is coloured


@pytest.mark.parametrize("fmt", ["concise", "json", "github", "sarif", "junit"])
def test_machine_formats_never_coloured(articles: dict[str, Path], fmt: str) -> None:
    r = run("--color", "always", "-f", fmt, articles["mixed"], env={"FORCE_COLOR": "1"})
    assert ANSI not in r.stdout


def test_messages_go_to_stderr(articles: dict[str, Path], tmp_path: Path) -> None:
    r = run("-f", "json", articles["good"], tmp_path / "missing.txt")
    json.loads(r.stdout)  # stdout holds the JSON document and nothing else
    assert "missing.txt" in r.stderr


# --------------------------------------------------------------------------- inputs


def test_stdin_with_filename(articles: dict[str, Path]) -> None:
    r = run("-f", "json", "--stdin-filename", "news/today.md", "-", input=BAD)
    assert r.exit_code == 1
    f = json.loads(r.stdout)["files"][0]
    assert f["path"] == "news/today.md"
    assert [c["status"] for c in f["claims"]] == ["inconsistent"]


def test_stdin_filename_suffix_picks_markdown() -> None:
    text = "```\n" + BAD + "```\n"  # the wrong figure is inside a code block
    assert run("-f", "json", "--stdin-filename", "a.md", "-", input=text).exit_code == 0
    assert run("-f", "json", "--stdin-filename", "a.txt", "-", input=text).exit_code == 1


def test_plain_reads_markdown_as_text(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    p.write_text("```\n" + BAD + "```\n", encoding="utf-8")
    assert run(p).exit_code == 0
    assert run("--plain", p).exit_code == 1


def test_directory_glob_and_exclude(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.md").write_text(BAD, encoding="utf-8")
    (tmp_path / "news" / "b.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "news" / "c.rst").write_text(BAD, encoding="utf-8")  # not an article suffix
    (tmp_path / "news" / "drafts").mkdir()
    (tmp_path / "news" / "drafts" / "d.md").write_text(BAD, encoding="utf-8")

    def paths(*args: str | Path) -> list[str]:
        r = run("-f", "json", *args)
        return [Path(f["path"]).relative_to(tmp_path).as_posix() for f in json.loads(r.stdout)["files"]]

    assert paths(tmp_path / "news") == ["news/a.md", "news/b.txt", "news/drafts/d.md"]
    assert paths(tmp_path / "news", "--exclude", "drafts") == ["news/a.md", "news/b.txt"]
    assert paths(str(tmp_path / "news" / "*.md")) == ["news/a.md"]
    assert paths(str(tmp_path / "**" / "*.md")) == ["news/a.md", "news/drafts/d.md"]


def test_glob_matching_nothing_is_an_error(tmp_path: Path) -> None:
    r = run(str(tmp_path / "*.md"))
    assert r.exit_code == 2
    assert "no file matches" in r.stderr


def test_gitignore_respected_when_walking(tmp_path: Path) -> None:
    (tmp_path / ".gitignore").write_text("build/\n*.tmp.md\n", encoding="utf-8")
    (tmp_path / "build").mkdir()
    (tmp_path / "build" / "x.md").write_text(BAD, encoding="utf-8")
    (tmp_path / "y.tmp.md").write_text(BAD, encoding="utf-8")
    (tmp_path / "z.md").write_text(GOOD, encoding="utf-8")
    r = run("-f", "json", tmp_path)
    assert [Path(f["path"]).name for f in json.loads(r.stdout)["files"]] == ["z.md"]
    assert r.exit_code == 0


def test_empty_directory_warns_and_exits_0(tmp_path: Path) -> None:
    r = run(tmp_path)
    assert r.exit_code == 0
    assert "no files to check" in r.stderr
    r = run("-f", "json", tmp_path)
    assert r.exit_code == 0
    assert json.loads(r.stdout)["summary"]["files"] == 0  # machine formats still get a document


# --------------------------------------------------------------------------- --max-bytes, --jobs


def test_max_bytes(articles: dict[str, Path], tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(BAD * 100, encoding="utf-8")  # about 8 KB
    r = run("-f", "json", "--max-bytes", "5k", big, articles["bad"])
    assert r.exit_code == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and str(big) in lines[0] and "max-bytes" in lines[0]
    files = json.loads(r.stdout)["files"]
    assert files[0]["error"] and files[1]["claims"]  # the other file is still checked
    assert run("-f", "json", "--max-bytes", "0", big).exit_code == 1  # 0: no limit
    assert run("-f", "json", big).exit_code == 1  # under the 10 MB default


def test_max_bytes_applies_to_stdin() -> None:
    r = run("--max-bytes", "100", "-", input=BAD * 3)
    assert r.exit_code == 2 and "max-bytes" in r.stderr


def test_max_bytes_rejects_nonsense(articles: dict[str, Path]) -> None:
    assert run("--max-bytes", "lots", articles["good"]).exit_code == 2


@pytest.mark.parametrize("fmt", ["full", "json", "sarif"])
def test_jobs_output_identical(tmp_path: Path, fmt: str) -> None:
    texts = [GOOD, BAD, UNVERIFIABLE, GOOD + BAD, BAD + UNVERIFIABLE, "no figures here\n"]
    files = []
    for i in range(12):
        p = tmp_path / f"a{i:02}.txt"
        p.write_text(texts[i % len(texts)], encoding="utf-8")
        files.append(p)
    files.append(tmp_path / "missing.txt")
    one = run("-j", "1", "-f", fmt, *files)
    two = run("--jobs", "2", "-f", fmt, *files)
    assert one.exit_code == two.exit_code == 2
    assert one.stdout == two.stdout
    assert one.stderr == two.stderr
    if fmt == "json":  # results come in input order
        assert [Path(f["path"]).name for f in json.loads(two.stdout)["files"]] == [p.name for p in files]


def test_jobs_must_be_positive(articles: dict[str, Path]) -> None:
    assert run("--jobs", "0", articles["good"]).exit_code == 2


# --------------------------------------------------------------------------- light start


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["--list-rules"], ["--explain", "FC101"]])
def test_light_commands_do_not_import_heavy_modules(args: list[str]) -> None:
    code = (
        "import sys\n"
        "from factcheck.cli import app\n"
        f"try:\n    app({args!r}, prog_name='factcheck')\n"
        "except SystemExit as e:\n    assert e.code in (0, None), e.code\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'quantulum3', 'thinc', 'pygls', "
        "'lsprotocol', 'cattrs', 'playwright') or m in ('factcheck.render.html', 'factcheck.server'))\n"
        "sys.stderr.write(repr(heavy))\n"
        "sys.exit(1 if heavy else 0)\n"
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr


def test_help_lists_every_format() -> None:
    r = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "200"})
    for fmt in ("full", "concise", "json", "github", "sarif", "junit"):
        assert fmt in r.stdout


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    for i in range(25):
        (tmp_path / f"a{i:02}.txt").write_text(GOOD, encoding="utf-8")
    p = subprocess.run(
        [sys.executable, "-m", "factcheck", "--select", "FC101", "-j", "1", "-f", "json", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "NO_COLOR": ""},
    )
    assert p.returncode == 0
    assert p.stderr == ""
    assert len(json.loads(p.stdout)["files"]) == 25


def _on_terminal(
    tmp_path: Path, args: list[str], stdout_too: bool, color: str
) -> tuple[subprocess.CompletedProcess[bytes], bytes]:
    """Check 25 small files with stderr (and stdout if ``stdout_too``) on a pseudo-terminal:
    the finished process and what the terminal showed."""
    import pty

    for i in range(25):
        (tmp_path / f"a{i:02}.txt").write_text(GOOD, encoding="utf-8")
    master, slave = pty.openpty()
    try:
        p = subprocess.run(
            [sys.executable, "-m", "factcheck", "--select", "FC101", "-j", "1", *args, str(tmp_path)],
            stdout=slave if stdout_too else subprocess.PIPE,
            stderr=slave,
            timeout=300,
            env={**os.environ, "TERM": "xterm", "NO_COLOR": color},
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
    finally:
        os.close(master)
    return p, seen


def test_progress_bar_when_stderr_is_a_terminal(tmp_path: Path) -> None:
    p, seen = _on_terminal(tmp_path, ["-f", "json"], stdout_too=False, color="")
    assert p.returncode == 0
    assert b"checking" in seen  # the bar went to the terminal ...
    assert len(json.loads(p.stdout)["files"]) == 25  # ... and not into the findings


def test_each_worker_loads_spacy_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With --jobs 2 over many files, spaCy's pipeline is built at most once per process."""
    import multiprocessing

    import spacy

    from factcheck import document

    log = tmp_path / "loads.log"
    real_blank = spacy.blank

    def counting_blank(*args: object, **kw: object) -> object:
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(f"{os.getpid()}\n")
        return real_blank(*args, **kw)

    monkeypatch.setattr(spacy, "blank", counting_blank)
    monkeypatch.setattr(document, "_nlp", None)  # forked workers start without a pipeline
    files = []
    for i in range(10):
        p = tmp_path / f"a{i}.txt"
        p.write_text(GOOD, encoding="utf-8")
        files.append(p)
    r = run("--jobs", "2", "-f", "json", *files)
    assert r.exit_code == 0
    pids = [int(pid) for pid in log.read_text(encoding="utf-8").split()]
    assert len(pids) == len(set(pids)) <= 3  # never twice in one process
    if "fork" in multiprocessing.get_all_start_methods():
        assert pids == [os.getpid()]  # loaded once before forking; the workers inherit it


def test_internal_error_is_one_line(articles: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.render

    def broken(*args: object, **kw: object) -> object:
        raise RuntimeError("renderer exploded")

    monkeypatch.setattr(factcheck.render, "reporter", broken)
    r = run(articles["good"])
    assert r.exit_code == 2
    assert r.stderr.strip().splitlines() == [
        "factcheck: internal error: RuntimeError: renderer exploded (FACTCHECK_DEBUG=1 shows the traceback)"
    ]


def _dying_run_task(task):  # type: ignore[no-untyped-def]
    """A worker that the system kills on one file (module level: workers must find it)."""
    from factcheck import cli

    if task.source.path.endswith("boom.txt"):
        os._exit(9)
    return cli._real_run_task(task)  # type: ignore[attr-defined]


def test_killed_worker_fails_its_file_not_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing

    from factcheck import cli

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("needs fork so the workers see the patched function")
    monkeypatch.setattr(cli, "_real_run_task", cli.run_task, raising=False)
    monkeypatch.setattr(cli, "run_task", _dying_run_task)
    files = []
    for name in ("a.txt", "boom.txt", "c.txt"):
        (tmp_path / name).write_text(GOOD, encoding="utf-8")
        files.append(tmp_path / name)
    r = run("--jobs", "2", "-f", "json", *files)
    assert r.exit_code == 2
    assert r.stderr.strip().splitlines() == [
        f"factcheck: {files[1]}: not checked: the worker process checking it exited with status 9, twice"
        " (out of memory?)"
    ]
    entries = json.loads(r.stdout)["files"]
    assert [e["error"] is None for e in entries] == [True, False, True]
    assert [len(e["claims"]) for e in entries] == [1, 0, 1]


def test_no_progress_bar_when_the_report_shares_the_terminal(tmp_path: Path) -> None:
    p, seen = _on_terminal(tmp_path, [], stdout_too=True, color="1")
    assert p.returncode == 0
    assert b"All 25 claims consistent" in seen  # the report reached the terminal ...
    assert b"checking" not in seen  # ... without a bar redrawn over it


def test_a_reader_that_stops_reading_ends_the_run_quietly(tmp_path: Path) -> None:
    # `factcheck ... | head`: no traceback and no "internal error", the shell's SIGPIPE status
    for i in range(40):
        (tmp_path / f"a{i:02}.txt").write_text(GOOD * 20, encoding="utf-8")
    p = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "--format", "json", "--jobs", "1", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert p.stdout is not None and p.stderr is not None
    assert p.stdout.read(10)
    p.stdout.close()
    err = p.stderr.read().decode()
    assert p.wait(timeout=300) == 141
    assert err == ""
