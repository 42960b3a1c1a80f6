"""The JSON report is streamed file by file, and is the same document as built at once."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from factcheck import engine
from factcheck.engine import check_file
from factcheck.render import json_

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
FILES = [FIXTURES / "sokon-2021-12.txt", FIXTURES / "pc-table-baselines.md", FIXTURES / "missing.txt"]


@pytest.mark.parametrize("n", [0, 1, 3])
def test_streamed_document_equals_the_whole_document(n: int) -> None:
    out = io.StringIO()
    reporter = json_.JsonReporter(out)
    entries = []
    for path in FILES[:n]:
        result = check_file(path)
        reporter.file(result, list(result.verdicts))
        entries.append(json_.file_entry(result, list(result.verdicts)))
    reporter.finish()
    assert out.getvalue() == json_.document(entries) + "\n"
    doc = json.loads(out.getvalue())
    assert doc["summary"]["files"] == n
    assert doc["summary"]["errors"] == (1 if n == 3 else 0)


def test_reporter_holds_no_entries() -> None:
    reporter = json_.JsonReporter(io.StringIO())
    result = check_file(FILES[0])
    reporter.file(result, list(result.verdicts))
    assert not any(isinstance(v, list) and v and isinstance(v[0], dict) for v in vars(reporter).values())


# --------------------------------------------------------------------------- a long file
#
# A text longer than engine.CHUNK is checked in sections; the JSON report streams them (each
# section's verdicts are written, then dropped, before the next section is checked). With a
# small CHUNK the fixture articles make an archive of many sections in a fraction of a second.

ARCHIVE = "\n\n".join(p.read_text(encoding="utf-8").strip() for p in sorted(FIXTURES.glob("*.txt")))[:12_000]


@pytest.fixture
def small_sections(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "CHUNK", 1_000)


def _markdown(text: str) -> str:
    """The archive as Markdown: bold figures, a code block and a suppressed stretch (the
    checker reads a compacted copy and maps every offset back)."""
    paras = text.split("\n\n")
    paras[3] = "```\nsold 100 units, up 50% from 10\n```"
    paras[6] = "<!-- factcheck-disable FC101 -->\n\n" + paras[6] + "\n\n<!-- factcheck-enable -->"
    return "\n\n".join(re.sub(r"(\d[\d,]*) (units|vehicles)", r"**\1** \2", p, count=1) for p in paras)


def test_a_long_text_is_its_sections_checked_one_by_one(small_sections: None) -> None:
    cuts = engine.sections(ARCHIVE, engine.CHUNK)
    assert len(cuts) > 8
    expected = []
    for start, end in cuts:
        for v in engine.check_text(ARCHIVE[start:end]):
            expected.append((v.code, v.status, v.start + start, v.end + start, v.message))
    _, verdicts = engine.stream_source(ARCHIVE, "archive.txt")
    got = [(v.code, v.status, v.start, v.end, v.message) for v in verdicts]
    assert len(got) > 50
    assert got == expected


@pytest.mark.parametrize("name", ["archive.txt", "archive.md"])
def test_streamed_verdicts_and_sentences_equal_check_source(small_sections: None, name: str) -> None:
    text = _markdown(ARCHIVE) if name.endswith(".md") else ARCHIVE
    whole = engine.check_source(text, name)
    result, verdicts = engine.stream_source(text, name)
    assert result.verdicts == () and result.document is not None
    assert list(verdicts) == list(whole.verdicts)
    assert whole.document is not None and len(whole.document.sentences) > 50
    assert result.document.sentences == whole.document.sentences  # filled as the stream ran
    for v in whole.verdicts:
        assert text[v.start : v.end].strip()
        for e in v.evidence:
            assert text[e.quantity.start : e.quantity.end] == e.quantity.text


def test_a_long_text_is_checked_as_its_verdicts_are_taken(small_sections: None, monkeypatch) -> None:
    sections_checked = []
    real = engine.check_document

    def counting(doc, rules=engine.RULES):  # type: ignore[no-untyped-def]
        sections_checked.append(len(doc.text))
        return real(doc, rules)

    monkeypatch.setattr(engine, "check_document", counting)
    _, verdicts = engine.stream_source(ARCHIVE, "archive.txt", sentences=False)
    assert sections_checked == []
    next(verdicts)
    assert len(sections_checked) == 1
    list(verdicts)
    assert len(sections_checked) == len(engine.sections(ARCHIVE, engine.CHUNK))


def _cli(tmp_path: Path, jobs: str, *names: str):  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from factcheck.cli import app

    args = ["-f", "json", "--jobs", jobs, *(str(tmp_path / n) for n in names)]
    return CliRunner().invoke(app, args, catch_exceptions=False)


@pytest.fixture
def long_files(tmp_path: Path) -> Path:
    (tmp_path / "archive.txt").write_text(ARCHIVE, encoding="utf-8")
    (tmp_path / "archive.md").write_text(_markdown(ARCHIVE), encoding="utf-8")
    (tmp_path / "short.txt").write_text((FIXTURES / "sokon-2021-12.txt").read_text(encoding="utf-8"))
    return tmp_path


def test_streamed_report_equals_the_report_of_workers(small_sections: None, long_files: Path) -> None:
    # --jobs 1 streams each file's claims; --jobs 2 workers send each file's claims whole
    names = ("archive.txt", "short.txt", "archive.md", "missing.txt")
    one, two = _cli(long_files, "1", *names), _cli(long_files, "2", *names)
    assert one.exit_code == two.exit_code == 2
    assert one.stdout == two.stdout and one.stderr == two.stderr
    doc = json.loads(one.stdout)
    assert [len(f["claims"]) > 30 for f in doc["files"]] == [True, False, True, False]
    assert doc["summary"]["errors"] == 1


def test_a_check_that_fails_midway_makes_the_file_an_error(
    small_sections: None, long_files: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The third section raises after the first two sections' claims were streamed: the file is
    # reported as an error with no claims, exactly as a file that fails at once, and the other
    # files are still checked.
    real = engine.check_document
    third = engine.sections(ARCHIVE, engine.CHUNK)[2]

    def failing(doc, rules=engine.RULES):  # type: ignore[no-untyped-def]
        if doc.text == ARCHIVE[third[0] : third[1]]:
            raise RuntimeError("boom")
        return real(doc, rules)

    monkeypatch.setattr(engine, "check_document", failing)
    one, two = _cli(long_files, "1", "archive.txt", "short.txt"), _cli(long_files, "2", "archive.txt", "short.txt")
    assert one.exit_code == two.exit_code == 2
    assert one.stdout == two.stdout and one.stderr == two.stderr
    assert "archive.txt: internal error: RuntimeError: boom" in one.stderr
    failed, short = json.loads(one.stdout)["files"]
    assert failed["error"] == "internal error: RuntimeError: boom"
    assert failed["claims"] == [] and set(failed["summary"].values()) == {0}
    assert short["error"] is None and short["claims"]
