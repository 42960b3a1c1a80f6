"""Inline suppression comments in Markdown and HTML, and --no-inline-config."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.inputs import parse_suppressions

BAD = "BYD sold 6,150 NEVs in December, up 87.81 percent from 3,259 units a year ago."
BAD2 = "Nio sold 1,200 cars in May, up 20 percent from 1,143 in April."  # +4.99%, not +20%


def inconsistent(tmp_path: Path, text: str, name: str = "a.md", *extra: str) -> list[int]:
    """Lines of the inconsistent claims."""
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    r = CliRunner().invoke(app, ["--select", "FC101", "-f", "json", *extra, str(p)])
    return [c["line"] for c in json.loads(r.stdout)["files"][0]["claims"] if c["status"] == "inconsistent"]


def test_both_sentences_are_wrong_without_comments(tmp_path: Path) -> None:
    assert inconsistent(tmp_path, f"{BAD}\n\n{BAD2}\n") == [1, 3]


def test_disable_enable_block(tmp_path: Path) -> None:
    text = f"<!-- factcheck-disable FC101 -->\n{BAD}\n<!-- factcheck-enable -->\n\n{BAD2}\n"
    assert inconsistent(tmp_path, text) == [5]


def test_disable_all_to_end_of_file(tmp_path: Path) -> None:
    assert inconsistent(tmp_path, f"{BAD}\n\n<!-- factcheck-disable -->\n\n{BAD2}\n") == [1]


def test_disable_by_rule_name(tmp_path: Path) -> None:
    text = f"<!-- factcheck-disable percent-change -->\n{BAD}\n"
    assert inconsistent(tmp_path, text) == []


def test_disable_other_rule_does_not_hide(tmp_path: Path) -> None:
    text = f"<!-- factcheck-disable FC999 -->\n{BAD}\n"
    assert inconsistent(tmp_path, text) == [2]


def test_disable_next_line_skips_blank_lines(tmp_path: Path) -> None:
    text = f"<!-- factcheck-disable-next-line FC101 -->\n\n{BAD}\n\n{BAD2}\n"
    assert inconsistent(tmp_path, text) == [5]


def test_enable_with_code_closes_only_that_code() -> None:
    text = "<!-- factcheck-disable FC101, FC102 -->\nA\n<!-- factcheck-enable FC101 -->\nB\n"
    sup = parse_suppressions(text)
    b = text.index("B")
    assert not sup.suppressed("FC101", "percent-change", b)
    assert sup.suppressed("FC102", "x", b)
    assert sup.suppressed("FC101", "percent-change", text.index("A"))


def test_html_comments_work_too(tmp_path: Path) -> None:
    html = (
        "<html><body><article><!-- factcheck-disable-next-line -->\n"
        f"<p>{BAD}</p>\n<p>{BAD2}</p></article></body></html>\n"
    )
    assert inconsistent(tmp_path, html, "a.html") == [3]


def test_directive_inside_code_block_is_an_example(tmp_path: Path) -> None:
    text = f"```\n<!-- factcheck-disable -->\n```\n\n{BAD}\n"
    assert inconsistent(tmp_path, text) == [5]


def test_no_inline_config(tmp_path: Path) -> None:
    text = f"<!-- factcheck-disable -->\n{BAD}\n"
    assert inconsistent(tmp_path, text) == []
    assert inconsistent(tmp_path, text, "a.md", "--no-inline-config") == [2]
