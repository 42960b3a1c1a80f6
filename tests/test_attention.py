"""What needs an editor's attention comes first (issue 11): --show, -q, --fail-level and what
fails the run always shown, --statistics, and GitHub's annotation limits and step summary.

Sentences are written for these tests; each verdict is worked out in the comment beside it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

# 6,150 vs 3,259 is +88.71%: consistent.
GOOD = "BYD sold 6,150 NEVs in December, up 88.71 percent from 3,259 units a year ago.\n"
# The growth digits transposed: inconsistent (an error).
BAD = "BYD sold 6,150 NEVs in December, up 87.81 percent from 3,259 units a year ago.\n"
# No baseline stated: unverifiable, info (it implies a baseline of about 20,274).
LONE = "Sokon sold 41,440 NEVs for the full year, up 104.4 percent year-on-year.\n"
# 5,400 vs 5,000 is +8%, not +9%, unless both round figures were rounded: unverifiable, a warning.
DOUBTFUL = "Orla sold 5,400 trucks in June, up 9 percent from 5,000 a year earlier.\n"


def run(*args: str | Path, env: dict[str, str] | None = None):
    return CliRunner().invoke(app, ["--select", "FC101", *map(str, args)], env=env)


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    p = tmp_path / "mixed.txt"
    p.write_text(GOOD + "\n" + BAD + "\n" + DOUBTFUL + "\n" + LONE, encoding="utf-8")
    return p


def statuses_in_full(stdout: str) -> list[str]:
    return re.findall(r"^    [✓✗?] \d+:\d+ (\w+)", stdout, re.MULTILINE)


def test_default_full_report_shows_inconsistent_claims_and_counts_the_rest(mixed: Path) -> None:
    r = run(mixed)
    assert r.exit_code == 1
    assert statuses_in_full(r.stdout) == ["inconsistent"]
    assert r.stdout.endswith(
        "4 claims in 1 file: 1 inconsistent, 2 unverifiable, 1 consistent\n"
        "2 unverifiable and 1 consistent claims hidden; --show all\n"
    )


def test_repeated_show_values_combine(mixed: Path) -> None:
    r = run("--show", "consistent", "--show", "unverifiable", "--fail-level", "never", mixed)
    assert statuses_in_full(r.stdout) == ["consistent", "unverifiable", "unverifiable"]
    r = run("--show", "consistent,unverifiable", "--fail-level", "never", mixed)
    assert statuses_in_full(r.stdout) == ["consistent", "unverifiable", "unverifiable"]
    r = run("--show", "all", mixed)
    assert statuses_in_full(r.stdout) == ["consistent", "inconsistent", "unverifiable", "unverifiable"]
    assert "hidden" not in r.stdout


def test_quiet_drops_the_summary_not_the_claims(mixed: Path) -> None:
    r = run("-q", "--show", "consistent", "--fail-level", "never", mixed)
    assert statuses_in_full(r.stdout) == ["consistent"]  # -q --show consistent shows them
    assert "claims in" not in r.stdout and "hidden" not in r.stdout


def test_a_claim_that_fails_the_run_is_always_printed(mixed: Path) -> None:
    r = run("--fail-level", "warning", "-q", mixed)
    assert r.exit_code == 1
    # the warning fails the run, so it is printed although only inconsistent claims are shown
    assert statuses_in_full(r.stdout) == ["inconsistent", "unverifiable"]
    assert "5,400 vs 5,000" in r.stdout
    r = run("--fail-level", "info", "-f", "concise", mixed)
    assert [line.split(": ")[1] for line in r.stdout.splitlines()] == [
        "FC101 inconsistent",
        "FC101 unverifiable",
        "FC101 unverifiable",
    ]


def test_fail_level_warning_passes_a_correct_article_with_lone_growth_rates(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    p.write_text(GOOD + "\n" + LONE, encoding="utf-8")
    r = run("--fail-level", "warning", p)
    assert r.exit_code == 0
    assert r.stdout == "2 claims in 1 file: 0 inconsistent, 1 unverifiable, 1 consistent\n" + (
        "1 unverifiable and 1 consistent claims hidden; --show all\n"
    )


def test_statistics_counts_per_rule_and_file(mixed: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.md"
    other.write_text(GOOD, encoding="utf-8")
    r = run("--statistics", mixed, other)
    assert r.exit_code == 1  # what fails the run is unchanged
    lines = r.stdout.splitlines()
    assert re.fullmatch(r"FC101 +percent-change +1 +2 +2", lines[1])
    assert re.fullmatch(r"total +1 +2 +2", lines[2])
    assert re.fullmatch(rf"{re.escape(str(mixed))} +1 +2 +1", lines[5])
    assert re.fullmatch(rf"{re.escape(str(other))} +0 +0 +1", lines[6])
    r = run("--statistics", "-f", "json", mixed, other)
    doc = json.loads(r.stdout)
    assert doc["rules"] == [
        {"rule": "FC101", "name": "percent-change", "inconsistent": 1, "unverifiable": 2, "consistent": 2}
    ]
    assert [(f["path"], f["inconsistent"], f["consistent"]) for f in doc["files"]] == [
        (str(mixed), 1, 1),
        (str(other), 0, 1),
    ]
    assert doc["total"] == {"files": 2, "inconsistent": 1, "unverifiable": 2, "consistent": 2}
    assert run("--statistics", "-f", "sarif", mixed).exit_code == 2


# --------------------------------------------------------------------------- GitHub


def test_github_annotations_stop_at_githubs_limit_and_the_rest_stay_in_the_log(tmp_path: Path) -> None:
    files = []
    for i in range(13):
        p = tmp_path / f"a{i:02}.md"
        p.write_text(BAD, encoding="utf-8")
        files.append(p)
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    r = run("-f", "github", *files, env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert r.exit_code == 1
    lines = r.stdout.splitlines()
    assert sum(line.startswith("::error ") for line in lines) == 10
    assert sum(": FC101 inconsistent: " in line for line in lines) == 3  # in the log, not dropped
    assert lines[-1].startswith("::notice title=factcheck::3 more errors than GitHub shows as annotations")
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n## factcheck\n")  # appended, as the runner expects
    assert "13 claims in 13 files: **13 inconsistent**" in text
    assert sum(line.startswith("| ") and "FC101 percent-change" in line for line in text.splitlines()) == 13


def test_github_step_summary_only_when_set(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    p.write_text(GOOD, encoding="utf-8")
    r = run("-f", "github", p, env={"GITHUB_STEP_SUMMARY": ""})
    assert r.exit_code == 0 and r.stdout == ""
    summary = tmp_path / "s.md"
    r = run("-f", "github", p, env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert "Nothing to fix." in summary.read_text(encoding="utf-8")
