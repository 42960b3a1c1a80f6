"""Every output format, parsed back and checked against the JSON claims of the same run."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

GOOD = "BYD sold 6,150 NEVs in December, up 88.71 percent from 3,259 units a year ago.\n"
BAD = "BYD sold 6,150 NEVs in December, up 87.81 percent from 3,259 units a year ago.\n"
UNVERIFIABLE = "Sokon sold 41,440 NEVs for the full year, up 104.4 percent year-on-year.\n"
CONTRACT_CLAIM_KEYS = {
    "rule", "name", "type", "status", "message", "stated", "computed",
    "start", "end", "line", "column", "evidence",
}  # fmt: skip
CONTRACT_EVIDENCE_KEYS = {"role", "text", "value", "start", "end", "line", "column"}


def run(*args: str | Path):
    return CliRunner().invoke(app, ["--select", "FC101", *map(str, args)])


@pytest.fixture
def article(tmp_path: Path) -> Path:
    p = tmp_path / "mixed.md"
    # Headline, a CRLF paragraph and a list item: line and column must still be right.
    p.write_bytes(("# Sales\n\n" + GOOD.replace("\n", "\r\n") + "\n- " + BAD + "\n" + UNVERIFIABLE).encode())
    return p


def claims(path: Path) -> list[dict]:
    r = run("-f", "json", path)
    return json.loads(r.stdout)["files"][0]["claims"]


def test_json_contract(article: Path) -> None:
    r = run("-f", "json", article)
    doc = json.loads(r.stdout)
    assert doc["version"] == 1
    assert doc["summary"] == {"files": 1, "consistent": 1, "inconsistent": 1, "unverifiable": 1, "errors": 0}
    text = article.read_bytes().decode("utf-8")
    lines = text.splitlines(keepends=True)
    for c in doc["files"][0]["claims"]:
        assert CONTRACT_CLAIM_KEYS <= set(c)
        assert text[c["start"] : c["end"]] == c["stated_text"]
        # line/column recomputed independently from the raw text
        assert "".join(lines[: c["line"] - 1]) + lines[c["line"] - 1][: c["column"] - 1] == text[: c["start"]]
        for ev in c["evidence"]:
            assert CONTRACT_EVIDENCE_KEYS <= set(ev)
            assert text[ev["start"] : ev["end"]] == ev["text"]
    assert [c["status"] for c in doc["files"][0]["claims"]] == ["consistent", "inconsistent", "unverifiable"]


CONCISE = re.compile(r"^(?P<path>.+):(?P<line>\d+):(?P<col>\d+): (?P<code>FC\d{3}) (?P<status>\w+): (?P<msg>.+)$")


def test_concise(article: Path) -> None:
    r = run("-f", "concise", "--show", "all", article)
    assert r.exit_code == 1
    got = [CONCISE.match(line).groupdict() for line in r.stdout.splitlines()]  # type: ignore[union-attr]
    want = claims(article)
    assert len(got) == len(want)
    for g, c in zip(got, want, strict=True):
        assert (g["path"], int(g["line"]), int(g["col"])) == (str(article), c["line"], c["column"])
        assert (g["code"], g["status"], g["msg"]) == (c["rule"], c["status"], c["message"])


GITHUB = re.compile(r"^::(?P<level>error|warning|notice) (?P<props>[^:]*)::(?P<data>.*)$")


def _unescape(s: str) -> str:
    return s.replace("%0A", "\n").replace("%0D", "\r").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


def test_concise_shows_problems_by_default(article: Path) -> None:
    r = run("-f", "concise", article)
    assert [CONCISE.match(line)["status"] for line in r.stdout.splitlines()] == ["inconsistent"]  # type: ignore[index]


def test_github(article: Path) -> None:
    r = run("-f", "github", "--show", "all", article)
    assert r.exit_code == 1
    parsed = []
    for line in r.stdout.splitlines():
        m = GITHUB.match(line)
        assert m, line
        props = dict(p.split("=", 1) for p in m["props"].split(","))
        parsed.append((m["level"], {k: _unescape(v) for k, v in props.items()}, _unescape(m["data"])))
    want = [c for c in claims(article) if c["status"] != "consistent"]
    # severities: inconsistent is an error; a growth rate with no baseline stated is info
    assert [p[0] for p in parsed] == ["error", "notice"]
    for (_level, props, data), c in zip(parsed, want, strict=True):
        assert props["file"] == str(article)
        assert (int(props["line"]), int(props["col"])) == (c["line"], c["column"])
        assert int(props["endLine"]) == c["line"]
        assert int(props["endColumn"]) == c["column"] + len(c["stated_text"])
        assert props["title"] == "factcheck (FC101)"
        assert data.splitlines()[0] == c["message"]


def test_github_has_errors_only_by_default(article: Path) -> None:
    r = run("-f", "github", article)
    assert [line.split(" ")[0] for line in r.stdout.splitlines()] == ["::error"]


def test_github_escapes_commas_and_colons_in_paths(tmp_path: Path) -> None:
    p = tmp_path / "a,b:c.txt"
    p.write_text(BAD, encoding="utf-8")
    line = run("-f", "github", p).stdout.strip()
    props = GITHUB.match(line)["props"]  # type: ignore[index]
    assert "a%2Cb%3Ac.txt" in props and props.count(",") == 5


def test_junit(article: Path, tmp_path: Path) -> None:
    r = run("-f", "junit", article, tmp_path / "missing.md")
    assert r.exit_code == 2
    root = ET.fromstring(r.stdout)
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [str(article), str(tmp_path / "missing.md")]
    cases = suites[0].findall("testcase")
    assert len(cases) == 3
    assert [bool(c.find("failure") is not None) for c in cases] == [False, True, False]
    assert [bool(c.find("skipped") is not None) for c in cases] == [False, False, True]
    failure = cases[1].find("failure")
    assert failure is not None and failure.get("type") == "FC101" and "87.81" in failure.get("message", "")
    assert suites[1].find("testcase/error") is not None
    assert (root.get("tests"), root.get("failures"), root.get("errors"), root.get("skipped")) == ("4", "1", "1", "1")


def test_full(article: Path) -> None:
    r = run("-f", "full", "--color", "never", "--show", "all", article)
    assert r.exit_code == 1
    assert r.stdout.count(str(article)) == 1  # the path once, as the file's heading
    for c in claims(article):
        assert f" {c['line']}:{c['column']} {c['status']}" in r.stdout
    assert "unverifiable (info)  FC101 percent-change\n" in r.stdout  # a severity other than the status's
    assert "3 claims in 1 file: 1 inconsistent, 1 unverifiable, 1 consistent" in r.stdout


def test_full_quotes_html_sentence_without_markup(tmp_path: Path) -> None:
    p = tmp_path / "a.html"
    p.write_text(f"<html><body><article><p>{BAD.strip().replace('6,150', '<b>6,150</b>')}</p></article></body></html>")
    r = CliRunner().invoke(
        app, ["--select", "FC101", "--color", "never", str(p)], env={"COLUMNS": "200", "NO_COLOR": ""}
    )
    assert f"   1 │ {BAD.strip()}\n" in r.stdout
    assert "<b>" not in r.stdout
