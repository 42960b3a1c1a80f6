"""--diff: a unified diff applying the suggested figures, files untouched; SARIF ``fixes``."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest
from suggesting import patch_engine
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.diff import apply, edits, file_diff, unified
from factcheck.engine import FileResult
from factcheck.model import Diagnosis, Status, Verdict

BAD = "Sokon sold 6,150 units in December, up 87.81 percent from 3,259 units a year ago.\n"
FIXED = "Sokon sold 6,150 units in December, up 88.71 percent from 3,259 units a year ago.\n"
GOOD = FIXED


def verdict(
    start: int, end: int, suggestion: str, *, culprit: str | None = "stated", status=Status.INCONSISTENT, code="FC101"
) -> Verdict:
    return Verdict(
        code=code,
        name="percent-change",
        type="percent_change",
        status=status,
        message="m",
        start=start,
        end=end,
        stated_text="",
        diagnosis=Diagnosis("x", "y", culprit) if culprit is not None else None,
        suggestion=suggestion,
    )


# --------------------------------------------------------------------------- which edits


def test_only_a_stated_culprit_with_a_suggestion_is_edited() -> None:
    text = "a 12 b 34 c 56 d 78 e"
    vs = [
        verdict(2, 4, "21"),  # the stated figure is the slip: edited
        verdict(7, 9, "43", culprit="baseline"),  # an operand is: never edited
        verdict(12, 14, "65", culprit=""),  # unclear which: never edited
        verdict(17, 19, ""),  # no safe suggestion
        verdict(17, 19, "87", status=Status.UNVERIFIABLE),
        verdict(17, 19, "87", culprit=None),  # no diagnosis at all
    ]
    todo = edits(vs, text)
    assert [(e.start, e.end, e.text) for e in todo] == [(2, 4, "21")]
    assert apply(text, todo) == "a 21 b 34 c 56 d 78 e"


def test_agreeing_rules_give_one_edit_disagreeing_or_overlapping_give_none() -> None:
    text = "a 12 b 34 c 56 d"
    agree = [verdict(2, 4, "21"), verdict(2, 4, "21", code="FC107")]
    assert [(e.start, e.text) for e in edits(agree, text)] == [(2, "21")]
    disagree = [verdict(2, 4, "21"), verdict(2, 4, "13", code="FC107")]
    assert edits(disagree, text) == []
    overlap = [verdict(7, 9, "43"), verdict(5, 14, "b 99 c 00"), verdict(12, 14, "65")]
    assert edits(overlap, text) == []
    # a suggestion that is already the text changes nothing; a span past the end is ignored
    assert edits([verdict(2, 4, "12"), verdict(15, 99, "1")], text) == []


def test_a_figure_written_across_markup_is_edited_where_it_differs_or_not_at_all() -> None:
    text = "up **87.81** percent from"
    s, e = text.index("87.81"), text.index(" from")
    markup = [(s - 2, s), (s + 5, s + 7)]  # the two ** the checker does not read
    (ed,) = edits([verdict(s, e, "88.71 percent")], text, markup)
    assert (text[ed.start : ed.end], ed.text) == ("7.8", "8.7")
    assert apply(text, [ed]) == "up **88.71** percent from"
    # a change that would have to cross the markup is not proposed
    text = "up **87**.81 percent"
    s = text.index("87")
    assert edits([verdict(s, len(text), "88.71 percent")], text, [(s + 2, s + 4)]) == []
    # HTML: a tag reads as nothing, an entity as its character
    text = "up <em>87.81</em>&nbsp;percent"
    s = text.index("87.81")
    markup = [(s - 4, s), (s + 5, text.index("percent"))]
    (ed,) = edits([verdict(s, len(text), "88.71\xa0percent")], text, markup, html=True)
    assert apply(text, [ed]) == "up <em>88.71</em>&nbsp;percent"
    assert edits([verdict(s, len(text), "88.71 percent")], text, markup, html=True) == []  # not the same space
    # an insertion goes next to a character the checker read
    text = "a **5** b"
    (ed,) = edits([verdict(4, 9, "5.0 b")], text, [(2, 4), (5, 7)])  # the stated figure reads "5 b"
    assert apply(text, [ed]) == "a **5.0** b"


def test_unified_diff_keeps_crlf_and_a_missing_last_newline() -> None:
    old = "Line one.\r\nup 87.81 percent\r\nlast 1"
    new = "Line one.\r\nup 88.71 percent\r\nlast 2"
    d = unified("a.txt", old, new)
    assert d.splitlines(keepends=True)[:3] == ["--- a.txt\n", "+++ a.txt\n", "@@ -1,3 +1,3 @@\n"]
    assert "-up 87.81 percent\r\n" in d and "+up 88.71 percent\r\n" in d
    assert d.endswith(
        "-last 1\n\\ No newline at end of file\n+up 88.71 percent\r\n+last 2\n\\ No newline at end of file\n"
    )


def test_file_diff_on_a_result() -> None:
    text = "Intro.\n\n" + BAD
    s = text.index("87.81 percent")
    r = FileResult("x.md", text, (verdict(s, s + len("87.81 percent"), "88.71 percent"),))
    d, n = file_diff(r)
    assert n == 1
    assert d == (
        "--- x.md\n+++ x.md\n@@ -1,3 +1,3 @@\n Intro.\n \n-" + BAD.rstrip("\n") + "\n+" + FIXED.rstrip("\n") + "\n"
    )
    assert file_diff(FileResult("x.md", "", (), error="no such file")) == ("", 0)


# --------------------------------------------------------------------------- the command line


@pytest.fixture
def suggesting(monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.engine

    monkeypatch.setattr(factcheck.engine, "check_source", factcheck.engine.check_source)  # restored after
    patch_engine()


def run(*args: str | Path) -> tuple[str, int]:
    r = CliRunner().invoke(app, ["--jobs", "1", *map(str, args)])
    return r.stdout, r.exit_code


def test_diff_prints_the_edit_leaves_the_file_and_exits_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suggesting: None
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("news").mkdir()
    (Path("news") / "bad.md").write_text("# December\n\n" + BAD, encoding="utf-8")
    (Path("news") / "good.md").write_text(GOOD, encoding="utf-8")
    out, code = run("--diff", "news/bad.md", "news/good.md")
    assert code == 1
    assert out.startswith("--- news/bad.md\n+++ news/bad.md\n@@ -1,3 +1,3 @@\n")
    assert "-" + BAD in out and "+" + FIXED in out
    assert (Path("news") / "bad.md").read_text(encoding="utf-8") == "# December\n\n" + BAD  # untouched
    # the diff applies with patch(1) as printed (ruff --diff's layout: patch -p0)
    if shutil.which("patch"):
        subprocess.run(["patch", "-p0", "--quiet"], input=out, text=True, check=True)
        assert (Path("news") / "bad.md").read_text(encoding="utf-8") == "# December\n\n" + FIXED
        out, code = run("--diff", "news/bad.md")
        assert (out, code) == ("", 0)  # nothing left to apply


def test_diff_with_nothing_to_apply_exits_0_even_with_inconsistent_claims(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factcheck.engine

    real = factcheck.engine.check_source
    # the diagnosis blames an operand: inconsistent, but no edit may be proposed
    monkeypatch.setattr(
        factcheck.engine,
        "check_source",
        lambda *a, **k: _blame(real(*a, **k), "baseline"),
    )
    a = tmp_path / "a.txt"
    a.write_text(BAD, encoding="utf-8")
    assert run("--diff", a) == ("", 0)
    assert run(a)[1] == 1  # without --diff the inconsistent claim still fails the run


def _blame(result: FileResult, culprit: str) -> FileResult:
    import dataclasses

    return dataclasses.replace(
        result,
        verdicts=tuple(
            dataclasses.replace(v, diagnosis=Diagnosis("x", "y", culprit), suggestion="99.99 percent")
            for v in result.verdicts
        ),
    )


def test_diff_leaves_markdown_and_html_markup_alone(tmp_path: Path, suggesting: None) -> None:
    md = tmp_path / "a.md"
    md.write_text(BAD.replace("87.81", "**87.81**"), encoding="utf-8")
    page = tmp_path / "a.html"
    page.write_text("<p>" + BAD.replace("87.81", "<em>87.81</em>").rstrip("\n") + "</p>\n", encoding="utf-8")
    out, code = run("--diff", md, page)
    assert code == 1
    assert "+" + FIXED.replace("88.71", "**88.71**") in out
    assert "+<p>" + FIXED.replace("88.71", "<em>88.71</em>").rstrip("\n") + "</p>\n" in out
    doc = json.loads(run("-f", "sarif", md)[0])
    (rep,) = doc["runs"][0]["results"][0]["fixes"][0]["artifactChanges"][0]["replacements"]
    assert rep["insertedContent"] == {"text": "8.7"}  # only what differs, inside the ** markers
    assert rep["deletedRegion"]["charOffset"] == BAD.index("87.81") + 2 + 1


def test_diff_exit_zero_and_errors(tmp_path: Path, suggesting: None) -> None:
    a = tmp_path / "a.txt"
    a.write_text(BAD, encoding="utf-8")
    out, code = run("--diff", "--exit-zero", a)
    assert code == 0 and "+" + FIXED in out
    out, code = run("--diff", a, tmp_path / "missing.txt")
    assert code == 2 and "+" + FIXED in out  # the other files still get their diff


def test_diff_to_an_output_file(tmp_path: Path, suggesting: None) -> None:
    a = tmp_path / "a.txt"
    a.write_text(BAD, encoding="utf-8")
    out, code = run("--diff", "-o", tmp_path / "fix.diff", a)
    assert code == 1 and out == ""
    assert "+" + FIXED in (tmp_path / "fix.diff").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- SARIF fixes


def test_sarif_results_carry_the_same_edits_as_fixes(tmp_path: Path, suggesting: None) -> None:
    data = Path(__file__).parent / "data" / "sarif-2.1.0.json"
    schema = json.loads(data.read_bytes())
    a = tmp_path / "a.txt"
    a.write_text(GOOD + "\n" + BAD, encoding="utf-8")
    out, code = run("-f", "sarif", "--select", "FC101", "--show", "all", a)
    assert code == 1
    doc = json.loads(out)
    jsonschema.validators.validator_for(schema)(schema).validate(doc)
    results = doc["runs"][0]["results"]
    assert [("fixes" in r) for r in results] == [False, True]
    (fix,) = results[1]["fixes"]
    (change,) = fix["artifactChanges"]
    assert change["artifactLocation"] == results[1]["locations"][0]["physicalLocation"]["artifactLocation"]
    (rep,) = change["replacements"]
    start = len(GOOD) + 1 + BAD.index("87.81")
    assert rep["deletedRegion"]["charOffset"] == start
    assert rep["deletedRegion"]["charLength"] == len("87.81 percent")
    assert (rep["deletedRegion"]["startLine"], rep["deletedRegion"]["startColumn"]) == (3, BAD.index("87.81") + 1)
    assert rep["insertedContent"] == {"text": "88.71 percent"}
    assert "88.71 percent" in fix["description"]["text"]
