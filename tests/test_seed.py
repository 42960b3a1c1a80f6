"""The user's sample article, end to end through the CLI (issue 2's done-when)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from factcheck.cli import app

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "articles" / "sokon-2021-12.txt"


def fc101(doc: dict) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for c in doc["files"][0]["claims"]:
        if c["rule"] == "FC101":
            out.setdefault(c["status"], []).append(SEED.read_text(encoding="utf-8")[c["start"] : c["end"]])
    return out


def test_seed_article_is_consistent_where_it_can_be_checked() -> None:
    r = CliRunner().invoke(app, ["--format", "json", str(SEED)])
    assert r.exit_code == 0, r.output
    got = fc101(json.loads(r.stdout))
    assert got["consistent"] == ["88.71 percent", "34 percent"]
    assert sorted(got["unverifiable"]) == ["104.4 percent", "104.4 percent", "115.4 percent", "162.2 percent"]
    messages = [c["message"] for c in json.loads(r.stdout)["files"][0]["claims"] if c["status"] == "unverifiable"]
    assert any("20,274" in m for m in messages)


def test_transposed_growth_in_the_seed_fails_the_run(tmp_path: Path) -> None:
    bad = tmp_path / "sokon.txt"
    bad.write_text(SEED.read_text(encoding="utf-8").replace("88.71 percent", "87.81 percent"), encoding="utf-8")
    r = CliRunner().invoke(app, ["--format", "json", str(bad)])
    assert r.exit_code == 1
    wrong = [c for c in json.loads(r.stdout)["files"][0]["claims"] if c["status"] == "inconsistent"]
    assert len(wrong) == 1 and "+88.71%" in wrong[0]["message"]
    assert [e["text"] for e in wrong[0]["evidence"]] == ["6,150", "3,259"]
