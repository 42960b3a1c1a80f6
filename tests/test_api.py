"""The library entry points, free of the CLI."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import factcheck
from factcheck.model import Status, Verdict

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "articles" / "sokon-2021-12.txt"


def test_check_text_returns_verdicts_in_text_order() -> None:
    verdicts = factcheck.check_text(SEED.read_text(encoding="utf-8"))
    assert verdicts and all(isinstance(v, Verdict) for v in verdicts)
    assert [v.start for v in verdicts] == sorted(v.start for v in verdicts)


def test_check_file_reports_errors_instead_of_raising(tmp_path: Path) -> None:
    result = factcheck.check_file(tmp_path / "missing.md")
    assert result.error == "no such file"
    assert result.verdicts == ()


def test_check_file_on_the_seed() -> None:
    result = factcheck.check_file(SEED)
    assert result.error is None
    statuses = [v.status for v in result.verdicts if v.code == "FC101"]
    assert statuses.count(Status.CONSISTENT) == 2


def test_select_and_ignore() -> None:
    text = "It sold 6,150 cars, up 34 percent from 4,591 units."
    assert {v.code for v in factcheck.check_text(text, select=["FC101"])} == {"FC101"}
    assert all(v.code != "FC101" for v in factcheck.check_text(text, ignore=["FC101"]))
    assert all(v.code != "FC101" for v in factcheck.check_text(text, ignore=["percent-change"]))


def test_library_does_not_import_the_cli_stack() -> None:
    # spaCy itself imports typer for its own CLI; what matters is that ours stays out.
    code = (
        "import sys, factcheck; factcheck.check_text('It sold 6,150 cars, up 34 percent from 4,591 units.');"
        "print(sorted(m for m in sys.modules if m.startswith(('factcheck.cli', 'factcheck.render'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    assert out.stderr == ""  # quantulum3 / spaCy must not log or warn to stderr


def test_only_the_cli_layer_uses_typer_and_rich() -> None:
    package = Path(factcheck.__file__).parent
    offenders = []
    for path in package.rglob("*.py"):
        rel = path.relative_to(package).as_posix()
        if rel == "cli.py" or rel.startswith("render/") or rel.startswith("cli_"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{rel}: {n}" for n in names if n.split(".")[0] in ("typer", "rich")]
    assert offenders == []


def test_importing_factcheck_is_light() -> None:
    code = "import sys, factcheck, factcheck.rules; print([m for m in ('spacy', 'quantulum3') if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_later_rule_replaces_the_unverifiable_verdict_it_resolves() -> None:
    text = "Harlan sold 9,870 vans in 2024, up 21.6 percent year-on-year.\n\nHarlan sold 8,117 vans in 2023."
    at_rate = [v for v in factcheck.check_text(text) if v.stated_text == "21.6 percent"]
    assert [(v.code, v.status) for v in at_rate] == [("FC111", Status.CONSISTENT)]
    only_fc101 = factcheck.check_text(text, select=["FC101"])
    assert [(v.code, v.status) for v in only_fc101] == [("FC101", Status.UNVERIFIABLE)]


def test_checking_leaves_spacys_command_line_unloaded_but_importable() -> None:
    # spaCy's __init__ would import its whole CLI (weasel, httpx, requests) just to
    # re-export spacy.info; factcheck loads spaCy without it.
    code = (
        "import sys, factcheck\n"
        "factcheck.check_text('Arden sold 1,200 cars in May. It sold 1,000 in April.')\n"
        "print(sorted(m for m in ('weasel', 'httpx', 'requests', 'spacy.cli') if m in sys.modules))\n"
        "import spacy\n"
        "from spacy.cli.info import info\n"
        "print(info.__module__, callable(spacy.info))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:2] == ["[]", "spacy.cli.info True"]


def test_verdicts_survive_pickling_whole() -> None:
    # --jobs workers pickle verdicts back to the parent
    import pickle

    text = (Path(__file__).parent.parent / "fixtures" / "articles" / "sokon-2021-12.txt").read_text(encoding="utf-8")
    verdicts = factcheck.check_text(text)
    back = pickle.loads(pickle.dumps(verdicts))
    assert back == verdicts
    assert [v.extra for v in back] == [v.extra for v in verdicts]
    assert [e.quantity for v in back for e in v.evidence] == [e.quantity for v in verdicts for e in v.evidence]


# --------------------------------------------------------------------------- issue 11: as the CLI

MARKDOWN = (
    "---\n"
    "summary: Lumen sold 9,100 cars in May, up 30 percent from 8,000.\n"
    "---\n"
    "\n"
    "# May\n"
    "\n"
    "Lumen sold 9,100 cars in May, up 13.75 percent from 8,000 a year earlier.\n"
    "\n"
    "```\n"
    "Example: 9,100 cars, up 30 percent from 8,000.\n"
    "```\n"
    "\n"
    "<!-- factcheck-disable-next-line FC101 -->\n"
    "Its vans rose to 2,200, up 40 percent from 2,000.\n"
)


def _cli_claims(path: Path, *args: str) -> list[tuple[str, int, str]]:
    import json

    from typer.testing import CliRunner

    from factcheck.cli import app

    r = CliRunner().invoke(app, ["-f", "json", *args, str(path)])
    assert r.exit_code in (0, 1), r.stderr
    return [(c["rule"], c["start"], c["status"]) for c in json.loads(r.stdout)["files"][0]["claims"]]


def _claims(verdicts: list[Verdict]) -> list[tuple[str, int, str]]:
    return [(v.code, v.start, v.status.value) for v in verdicts]


def test_check_text_reads_the_text_as_its_path_says(tmp_path: Path) -> None:
    p = tmp_path / "may.md"
    p.write_text(MARKDOWN, encoding="utf-8")
    as_markdown = factcheck.check_text(MARKDOWN, path="may.md")
    assert _claims(as_markdown) == _cli_claims(p)
    # the front matter, the code block and the suppressed line are not read
    assert [MARKDOWN[v.start : v.end] for v in as_markdown if v.code == "FC101"] == ["13.75 percent"]
    as_text = factcheck.check_text(MARKDOWN)  # no path: plain text, every line read
    assert len([v for v in as_text if v.code == "FC101"]) > 1


def test_check_file_uses_the_configuration_the_cli_finds(tmp_path: Path) -> None:
    (tmp_path / ".factcheck.toml").write_text(
        'ignore = ["FC107"]\ntolerance = { FC101 = 0.2 }\n[per-file-ignores]\n"drafts/*" = ["FC101"]\n',
        encoding="utf-8",
    )
    # 1,213 vs 1,143 is +6.12%: "6.3 percent" is within the configured tolerance of 0.2 points
    text = "Nio sold 1,213 cars in May, up 6.3 percent from 1,143 in April.\n"
    (tmp_path / "drafts").mkdir()
    for name in ("a.md", "drafts/b.md"):
        (tmp_path / name).write_text(text, encoding="utf-8")
    a = factcheck.check_file(tmp_path / "a.md")
    assert _claims(list(a.verdicts)) == _cli_claims(tmp_path / "a.md")
    assert [v.status for v in a.verdicts if v.code == "FC101"] == [Status.CONSISTENT]
    assert not any(v.code == "FC101" for v in factcheck.check_file(tmp_path / "drafts" / "b.md").verdicts)
    isolated = factcheck.check_file(tmp_path / "a.md", isolated=True)
    assert [v.status for v in isolated.verdicts if v.code == "FC101"] == [Status.INCONSISTENT]
    other = tmp_path / "other.toml"
    other.write_text('select = ["FC107"]\n', encoding="utf-8")
    assert not any(v.code == "FC101" for v in factcheck.check_file(tmp_path / "a.md", config=other).verdicts)


def test_arguments_are_checked() -> None:
    import pytest

    from factcheck.config import ConfigError

    with pytest.raises(TypeError, match="not bytes"):
        factcheck.check_text(b"It sold 6,150 cars.")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown rule 'FC999' in select"):
        factcheck.check_text("It sold 6,150 cars.", select=["FC999"])
    with pytest.raises(ValueError, match="unknown rule 'nonsense' in ignore"):
        factcheck.check_file(SEED, ignore="nonsense")
    with pytest.raises(TypeError):
        factcheck.check_text("It sold 6,150 cars.", select=[101])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        factcheck.check_file(b"/tmp/a.md")  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="config file not found"):
        factcheck.check_file(SEED, config="/nonexistent/factcheck.toml")
    # a comma-separated string is a list, as on the command line
    text = "It sold 6,150 cars, up 34 percent from 4,591 units."
    assert {v.code for v in factcheck.check_text(text, select="FC101,FC102")} == {"FC101"}


def test_bad_configuration_is_an_error_naming_the_key(tmp_path: Path) -> None:
    import pytest

    (tmp_path / ".factcheck.toml").write_text('fail_level = "error"\n', encoding="utf-8")
    (tmp_path / "a.md").write_text("It sold 6,150 cars.\n", encoding="utf-8")
    with pytest.raises(ValueError, match="key 'fail_level'"):
        factcheck.check_file(tmp_path / "a.md")
