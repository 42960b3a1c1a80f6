"""Configuration discovery (closest file wins), --config, --isolated, and config errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

GOOD = "BYD sold 6,150 NEVs in December, up 88.71 percent from 3,259 units a year ago.\n"
BAD = "BYD sold 6,150 NEVs in December, up 87.81 percent from 3,259 units a year ago.\n"
UNVERIFIABLE = "Sokon sold 41,440 NEVs for the full year, up 104.4 percent year-on-year.\n"


def run(*args: str | Path, cwd: Path | None = None):
    import os

    old = os.getcwd()
    if cwd:
        os.chdir(cwd)
    try:
        return CliRunner().invoke(app, list(map(str, args)))
    finally:
        os.chdir(old)


def rules_seen(stdout: str) -> list[list[str]]:
    return [[c["rule"] for c in f["claims"]] for f in json.loads(stdout)["files"]]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """root/.factcheck.toml ignores nothing; root/legacy/factcheck.toml ignores FC101."""
    (tmp_path / ".factcheck.toml").write_text('select = ["FC101"]\n', encoding="utf-8")
    (tmp_path / "a.md").write_text(BAD, encoding="utf-8")
    (tmp_path / "legacy").mkdir()
    (tmp_path / "legacy" / "factcheck.toml").write_text('ignore = ["FC101"]\n', encoding="utf-8")
    (tmp_path / "legacy" / "b.md").write_text(BAD, encoding="utf-8")
    return tmp_path


def test_closest_config_wins(tree: Path) -> None:
    r = run("-f", "json", tree / "a.md", tree / "legacy" / "b.md")
    seen = rules_seen(r.stdout)
    assert seen[0] == ["FC101"]
    assert "FC101" not in seen[1]


def test_pyproject_tool_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nignore = ["FC101"]\n', encoding="utf-8")
    (tmp_path / "a.md").write_text(BAD, encoding="utf-8")
    assert "FC101" not in rules_seen(run("-f", "json", tmp_path / "a.md").stdout)[0]


def test_pyproject_without_table_is_skipped(tmp_path: Path) -> None:
    (tmp_path / ".factcheck.toml").write_text('ignore = ["FC101"]\n', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    (tmp_path / "sub" / "a.md").write_text(BAD, encoding="utf-8")
    assert "FC101" not in rules_seen(run("-f", "json", tmp_path / "sub" / "a.md").stdout)[0]


def test_dot_file_beats_pyproject_in_same_directory(tmp_path: Path) -> None:
    (tmp_path / ".factcheck.toml").write_text('select = ["FC101"]\n', encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nignore = ["FC101"]\n', encoding="utf-8")
    (tmp_path / "a.md").write_text(BAD, encoding="utf-8")
    assert rules_seen(run("-f", "json", tmp_path / "a.md").stdout)[0] == ["FC101"]


def test_config_option_overrides_discovery(tree: Path) -> None:
    cfg = tree / "other.toml"
    cfg.write_text('select = ["FC101"]\n', encoding="utf-8")
    r = run("-f", "json", "--config", cfg, tree / "legacy" / "b.md")
    assert rules_seen(r.stdout)[0] == ["FC101"]


def test_isolated_ignores_config(tree: Path) -> None:
    r = run("-f", "json", "--isolated", "--select", "FC101", tree / "legacy" / "b.md")
    assert rules_seen(r.stdout)[0] == ["FC101"]


def test_cli_select_overrides_config_ignore_adds(tree: Path) -> None:
    (tree / ".factcheck.toml").write_text('ignore = ["FC101"]\n', encoding="utf-8")
    assert "FC101" not in rules_seen(run("-f", "json", tree / "a.md").stdout)[0]
    r = run("-f", "json", "--select", "FC101", tree / "a.md")
    assert "FC101" not in rules_seen(r.stdout)[0]  # the config's ignore still applies
    (tree / ".factcheck.toml").write_text("", encoding="utf-8")
    r = run("-f", "json", "--select", "FC101", "--ignore", "percent-change", tree / "a.md")
    assert rules_seen(r.stdout)[0] == []


def test_per_file_ignores(tmp_path: Path) -> None:
    (tmp_path / ".factcheck.toml").write_text(
        'select = ["FC101"]\n[per-file-ignores]\n"archive/*" = ["FC101"]\n', encoding="utf-8"
    )
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "old.md").write_text(BAD, encoding="utf-8")
    (tmp_path / "new.md").write_text(BAD, encoding="utf-8")
    r = run("-f", "json", tmp_path / "archive" / "old.md", tmp_path / "new.md")
    assert rules_seen(r.stdout) == [[], ["FC101"]]


def test_exclude_in_config(tmp_path: Path) -> None:
    (tmp_path / ".factcheck.toml").write_text('exclude = ["drafts"]\n', encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "x.md").write_text(BAD, encoding="utf-8")
    (tmp_path / "y.md").write_text(GOOD, encoding="utf-8")
    r = run("-f", "json", "--select", "FC101", tmp_path)
    assert [Path(f["path"]).name for f in json.loads(r.stdout)["files"]] == ["y.md"]
    r = run("-f", "json", "--select", "FC101", "--isolated", tmp_path)
    assert len(json.loads(r.stdout)["files"]) == 2


# 5,400 vs 5,000 is +8%, not +9%, unless both round figures were rounded: unverifiable, a warning.
DOUBTFUL = "Orla sold 5,400 trucks in June, up 9 percent from 5,000 a year earlier.\n"


def test_fail_level_and_show_from_config(tmp_path: Path) -> None:
    (tmp_path / ".factcheck.toml").write_text(
        'select = ["FC101"]\nfail-level = "warning"\nshow = ["unverifiable"]\n', encoding="utf-8"
    )
    (tmp_path / "a.md").write_text(GOOD + "\n" + DOUBTFUL, encoding="utf-8")
    r = run("-f", "json", "a.md", cwd=tmp_path)
    assert r.exit_code == 1
    assert [c["status"] for c in json.loads(r.stdout)["files"][0]["claims"]] == ["unverifiable"]
    r = run("-f", "json", "--fail-level", "error", "--show", "consistent", "a.md", cwd=tmp_path)
    assert r.exit_code == 0
    assert [c["status"] for c in json.loads(r.stdout)["files"][0]["claims"]] == ["consistent"]


def test_fail_level_from_a_files_own_config_directory(tmp_path: Path) -> None:
    """show and fail-level follow one rule: the file's own configuration, as README says."""
    (tmp_path / "strict").mkdir()
    (tmp_path / "strict" / ".factcheck.toml").write_text(
        'select = ["FC101"]\nfail-level = "warning"\nshow = ["inconsistent"]\n', encoding="utf-8"
    )
    (tmp_path / "strict" / "a.md").write_text(DOUBTFUL, encoding="utf-8")
    (tmp_path / "lax.md").write_text(DOUBTFUL, encoding="utf-8")
    # run from the top, where no configuration says anything: the file's own one decides
    r = run("-f", "json", "--isolated", "lax.md", cwd=tmp_path)
    assert r.exit_code == 0
    r = run("-f", "json", "--select", "FC101", "lax.md", cwd=tmp_path)
    assert r.exit_code == 0
    r = run("-f", "json", "strict/a.md", cwd=tmp_path)
    assert r.exit_code == 1
    # ... and what fails the run is shown, whatever show says
    assert [c["status"] for c in json.loads(r.stdout)["files"][0]["claims"]] == ["unverifiable"]
    r = run("-f", "json", "--fail-level", "error", "strict/a.md", cwd=tmp_path)
    assert r.exit_code == 0  # the flag beats every configuration


def test_severity_table(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(BAD + "\n" + DOUBTFUL + "\n" + UNVERIFIABLE, encoding="utf-8")

    def severities(config: str, *flags: str) -> tuple[list[str], int]:
        (tmp_path / ".factcheck.toml").write_text('select = ["FC101"]\n' + config, encoding="utf-8")
        r = run("-f", "json", *flags, "a.md", cwd=tmp_path)
        assert r.exit_code in (0, 1), r.stderr
        return [c["severity"] for c in json.loads(r.stdout)["files"][0]["claims"]], r.exit_code

    assert severities("") == (["error", "warning", "info"], 1)
    # by status: every rule's unverifiable claims
    assert severities('[severity]\nunverifiable = "error"\n') == (["error", "error", "error"], 1)
    # by rule (code, prefix or name) and status; the rule's own setting beats the status's
    cfg = '[severity]\nunverifiable = "info"\npercent-change = { inconsistent = "warning" }\n'
    assert severities(cfg) == (["warning", "info", "info"], 0)
    assert severities(cfg, "--fail-level", "warning") == (["warning", "info", "info"], 1)
    assert severities('[severity]\nFC1 = { unverifiable = "warning" }\n') == (["error", "warning", "warning"], 1)


@pytest.mark.parametrize(
    ("table", "key"),
    [
        ('[severity]\nunverifiable = "fatal"\n', "severity.unverifiable"),
        ('[severity]\nconsistent = "info"\n', "severity.consistent"),
        ('[severity]\nFC999 = { inconsistent = "info" }\n', "severity.FC999"),
        ('[severity]\nFC101 = "info"\n', "severity.FC101"),
        ('[severity]\nFC101 = { wrong = "info" }\n', "severity.FC101.wrong"),
        ('severity = "info"\n', "severity"),
    ],
)
def test_bad_severity_tables(tmp_path: Path, table: str, key: str) -> None:
    (tmp_path / ".factcheck.toml").write_text(table, encoding="utf-8")
    (tmp_path / "a.md").write_text(GOOD, encoding="utf-8")
    r = run("a.md", cwd=tmp_path)
    assert r.exit_code == 2
    assert f"key '{key}'" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_tolerance_option(tmp_path: Path) -> None:
    # 1,213 vs 1,143 is +6.12%; "6.3 percent" is 0.18 points off: inconsistent without tolerance.
    (tmp_path / "a.md").write_text("Nio sold 1,213 cars in May, up 6.3 percent from 1,143 in April.\n")
    r = run("-f", "json", "--select", "FC101", tmp_path / "a.md")
    assert r.exit_code == 1
    (tmp_path / ".factcheck.toml").write_text("tolerance = { FC101 = 0.2 }\n", encoding="utf-8")
    r = run("-f", "json", "--select", "FC101", tmp_path / "a.md")
    (c,) = json.loads(r.stdout)["files"][0]["claims"]
    assert r.exit_code == 0 and c["status"] == "consistent" and "tolerance" in c["message"]
    (tmp_path / ".factcheck.toml").write_text("tolerance = 0.05\n", encoding="utf-8")
    assert run("-f", "json", "--select", "FC101", tmp_path / "a.md").exit_code == 1


@pytest.mark.parametrize(
    ("content", "key"),
    [
        ('selct = ["FC101"]\n', "selct"),
        ('select = ["FC999"]\n', "select"),
        ('select = "FC101"\nignore = 3\n', "ignore"),
        ('fail-level = "sometimes"\n', "fail-level"),
        ('show = ["everything"]\n', "show"),
        ("exclude = [1]\n", "exclude"),
        ('[per-file-ignores]\n"a/*" = ["FC9"]\n', "a/*"),
        ("per-file-ignores = 3\n", "per-file-ignores"),
        ("tolerance = -1\n", "tolerance"),
        ("tolerance = { FC999 = 1 }\n", "tolerance.FC999"),
        ('unit-words = ["two words"]\n', "unit-words"),
        ('currencies = { RMB = "yuan" }\n', "currencies"),
    ],
)
def test_config_errors_name_file_and_key(tmp_path: Path, content: str, key: str) -> None:
    cfg = tmp_path / ".factcheck.toml"
    cfg.write_text(content, encoding="utf-8")
    (tmp_path / "a.md").write_text(GOOD, encoding="utf-8")
    r = run(tmp_path / "a.md")
    assert r.exit_code == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in r.stderr
    assert str(cfg) in lines[0] and f"'{key}'" in lines[0]


def test_pyproject_errors_name_the_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nfail_level = "error"\n', encoding="utf-8")
    (tmp_path / "a.md").write_text(GOOD, encoding="utf-8")
    r = run(tmp_path / "a.md")
    assert r.exit_code == 2 and "[tool.factcheck]" in r.stderr and "'fail_level'" in r.stderr


def test_invalid_toml_and_missing_config(tmp_path: Path) -> None:
    (tmp_path / ".factcheck.toml").write_text("select = [\n", encoding="utf-8")
    (tmp_path / "a.md").write_text(GOOD, encoding="utf-8")
    r = run(tmp_path / "a.md")
    assert r.exit_code == 2 and "invalid TOML" in r.stderr and str(tmp_path / ".factcheck.toml") in r.stderr
    r = run("--config", tmp_path / "nope.toml", tmp_path / "a.md")
    assert r.exit_code == 2 and "nope.toml" in r.stderr


def test_valid_rule_options_accepted(tmp_path: Path) -> None:
    (tmp_path / ".factcheck.toml").write_text(
        'unit-words = ["trucks", "buses"]\n[currencies]\n"NT$" = "TWD"\n', encoding="utf-8"
    )
    (tmp_path / "a.md").write_text(GOOD, encoding="utf-8")
    assert run("--select", "FC101", tmp_path / "a.md").exit_code == 0


def test_unit_words_and_currencies_change_how_figures_read() -> None:
    from factcheck.engine import check_loaded

    text = "It earned ¥300 million and sold 5,000 rickshaws."
    plain = check_loaded(text, "a.md").document
    assert plain is not None
    assert [(q.unit, q.noun) for q in plain.quantities] == [("CNY", None), (None, None)]
    opts = {"unit-words": ("rickshaws",), "currencies": {"¥": "JPY"}}
    doc = check_loaded(text, "a.md", options=opts).document
    assert doc is not None
    assert [(q.unit, q.noun) for q in doc.quantities] == [("JPY", None), ("count", "rickshaws")]
