"""A cap that keeps a long text linear is never reached silently (issue 13).

A text over ``engine.CHUNK`` characters is checked in sections (figures are compared only
within their section), and past 201 figures of one kind FC107 compares each figure with a
window of others only. When either happens the report says so, once per file: a
``factcheck: PATH: note: ...`` line on stderr in every format, a ``notes`` entry per file in
JSON, a notification in SARIF, a ``::notice`` in GitHub format and a line in the HTML report.
A file that reaches no cap has no note. A line of more than ``MAX_BARE_FIGURES`` figures and no
letter ("12 12 12 ...") is not read at all, and says so the same way.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import engine
from factcheck.cli import app
from factcheck.document import MAX_BARE_FIGURES, build
from factcheck.engine import check_source
from factcheck.rules.restatement import _MAX_ALL_PAIRS

SHORT = "Northwind Motors sold 6,150 vehicles in December, up 88.71 percent from 3,259 units a year earlier.\n"


def many_counts(n: int) -> str:
    """``n`` sales figures of one kind, one paragraph each, none a copy of another."""
    return "\n\n".join(f"Brand{i} sold {1000 + 7 * i:,} cars in May." for i in range(n)) + "\n"


def run(*args: str | Path) -> tuple[int, str, str]:
    r = CliRunner().invoke(app, [*map(str, args)])
    return r.exit_code, r.stdout, r.stderr


def note_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if ": note: " in line]


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    short, long = tmp_path / "short.txt", tmp_path / "many.txt"
    short.write_text(SHORT, encoding="utf-8")
    long.write_text(many_counts(_MAX_ALL_PAIRS + 60), encoding="utf-8")
    return short, long


def test_the_restatement_cap_is_noted_exactly_when_it_is_reached() -> None:
    # every figure after index _MAX_ALL_PAIRS is compared with a window only
    assert check_source(many_counts(_MAX_ALL_PAIRS + 1), "a.txt").notes == []
    (note,) = check_source(many_counts(_MAX_ALL_PAIRS + 2), "a.txt").notes
    assert note.startswith(f"more than {_MAX_ALL_PAIRS + 1} figures of one kind: FC107")
    # a rule left out reaches no cap of its own
    assert check_source(many_counts(_MAX_ALL_PAIRS + 60), "a.txt", ignore=["FC107"]).notes == []


@pytest.mark.parametrize("fmt", ["full", "concise", "json", "github", "sarif", "junit", "html"])
def test_a_cap_reached_is_said_once_per_file_on_stderr(files: tuple[Path, Path], fmt: str) -> None:
    short, long = files
    code, _, err = run("-f", fmt, short, long)
    assert code in (0, 1), err
    (line,) = note_lines(err)
    assert line.startswith(f"factcheck: {long}: note: more than {_MAX_ALL_PAIRS + 1} figures of one kind")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_json_has_the_notes_of_each_file(files: tuple[Path, Path], jobs: str) -> None:
    short, long = files
    code, out, err = run("-f", "json", "--jobs", jobs, short, long)
    assert code in (0, 1), err
    by_name = {Path(f["path"]).name: f["notes"] for f in json.loads(out)["files"]}
    assert by_name["short.txt"] == []
    (note,) = by_name["many.txt"]
    assert note.startswith(f"more than {_MAX_ALL_PAIRS + 1} figures of one kind")
    assert note_lines(err) == [f"factcheck: {long}: note: {note}"]


def test_the_machine_formats_carry_the_note(files: tuple[Path, Path]) -> None:
    short, long = files
    _, out, _ = run("-f", "sarif", short, long)
    inv = json.loads(out)["runs"][0]["invocations"][0]
    notes = [n for n in inv["toolExecutionNotifications"] if n["level"] == "note"]
    assert len(notes) == 1 and "figures of one kind" in notes[0]["message"]["text"]
    assert inv["executionSuccessful"] is True  # a note is no failure
    _, out, _ = run("-f", "github", short, long)
    assert sum(line.startswith("::notice file=") and "figures of one kind" in line for line in out.splitlines()) == 1
    _, out, _ = run("-f", "html", short, long)
    assert out.count('<p class="file-note">note: more than') == 1


def test_a_text_checked_in_sections_says_so_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "CHUNK", 1_000)  # sections of 1,000 characters, not 200,000
    text = "\n\n".join([SHORT.strip()] * 60) + "\n"
    path = tmp_path / "archive.txt"
    path.write_text(text, encoding="utf-8")
    n = len(engine.sections(text, engine.CHUNK))
    assert n > 2
    for args in (("-f", "json", "--jobs", "1"), ("-f", "concise")):  # streamed, and not
        code, out, err = run(*args, path)
        assert code == 0, err
        (line,) = note_lines(err)
        assert line == (
            f"factcheck: {path}: note: the text is longer than 1,000 characters: it was checked in {n}"
            " sections (cut at paragraph breaks where it has them), and figures were compared only with figures"
            " of their own section"
        )
        if args[1] == "json":
            assert json.loads(out)["files"][0]["notes"] == [line.split(": note: ", 1)[1]]
    # short enough for one section: no note
    path.write_text(SHORT, encoding="utf-8")
    code, out, err = run("-f", "json", path)
    assert note_lines(err) == [] and json.loads(out)["files"][0]["notes"] == []


# --------------------------------------------------------------------------- lines of bare figures


def test_a_line_of_bare_figures_is_not_read_and_says_so(tmp_path: Path) -> None:
    # issue 13: 1 MB of "12 " took minutes (each figure read costs the rules about a millisecond)
    path = tmp_path / "twelves.txt"
    path.write_text("12 " * 330_000, encoding="utf-8")
    code, out, err = run("-f", "json", path)
    assert code == 0, err
    (entry,) = json.loads(out)["files"]
    assert entry["claims"] == [] and entry["error"] is None
    # once per file, though each of its sections (1 MB is over engine.CHUNK) has such lines
    sections, bare = entry["notes"]
    n = len(engine.sections("12 " * 330_000, engine.CHUNK))
    assert sections.startswith(f"the text is longer than 200,000 characters: it was checked in {n} sections")
    assert bare.startswith(f"a line of more than {MAX_BARE_FIGURES} figures and no word was not read")
    assert note_lines(err) == [f"factcheck: {path}: note: {n}" for n in (sections, bare)]


def test_rows_of_figures_are_still_read() -> None:
    # a plain-text table ("2,493 2,301 1,998") and a line of exactly MAX_BARE_FIGURES figures are read
    table = "Deliveries by month\n\n" + "\n".join(
        " ".join(f"{2_000 + 97 * r + c:,}" for c in range(12)) for r in range(30)
    )
    doc = build(table + "\n")
    assert len(doc.quantities) == 360 and doc.notes == []
    row = " ".join(["12"] * MAX_BARE_FIGURES)
    assert len(build(row).quantities) == MAX_BARE_FIGURES and build(row).notes == []
    # one more, and the line is a dump of numbers; the lines around it are still read
    text = f"Brava sold 6,150 cars in May.\n{row} 12\nBrava sold 3,259 cars in April.\n"
    doc = build(text)
    assert [q.text for q in doc.quantities] == ["6,150", "3,259"] and len(doc.notes) == 1
    # a word anywhere on the line makes it text: read
    assert len(build(row + " 12 units").quantities) == MAX_BARE_FIGURES + 1
