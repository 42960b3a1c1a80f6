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
