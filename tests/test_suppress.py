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


# --------------------------------------------------------------------------- issue 11

# One wrong claim hard-wrapped over two lines: the stated figure ("87.81 percent") is on the second.
WRAPPED = "Kessel sold 6,150 cars in December,\nup 87.81 percent from 3,259 units a year earlier."


def test_next_line_covers_a_sentence_hard_wrapped_onto_the_following_line(tmp_path: Path) -> None:
    assert inconsistent(tmp_path, f"{WRAPPED}\n") == [2]  # the claim is on the second line
    assert inconsistent(tmp_path, f"<!-- factcheck-disable-next-line FC101 -->\n{WRAPPED}\n") == []
    # ... but not the next sentence, on the same line or on the next paragraph
    text = f"<!-- factcheck-disable-next-line FC101 -->\n{WRAPPED} {BAD2}\n\n{BAD}\n"
    assert inconsistent(tmp_path, text) == [3, 5]


def test_next_line_stops_at_a_new_block(tmp_path: Path) -> None:
    # a list item after an unfinished line is a block of its own, not the sentence running on
    text = f"<!-- factcheck-disable-next-line -->\n- Sales so far\n- {BAD}\n"
    assert inconsistent(tmp_path, text) == [3]


def test_same_line_form(tmp_path: Path) -> None:
    text = f"{BAD} <!-- factcheck-disable-line FC101 -->\n\n{BAD2}\n"
    assert inconsistent(tmp_path, text) == [3]
    # a code it does not name leaves the claim alone
    assert inconsistent(tmp_path, f"{BAD} <!-- factcheck-disable-line FC102 -->\n") == [1]
    # on the first line of a wrapped sentence it covers the whole sentence
    first, second = WRAPPED.split("\n")
    assert inconsistent(tmp_path, f"{first} <!-- factcheck-disable-line -->\n{second}\n") == []


def test_unknown_codes_in_a_comment_are_a_warning(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    p.write_text(f"<!-- factcheck-disable-next-line FC999 -->\n{BAD}\n\n<!-- factcheck-disable FC101 -->\n", "utf-8")
    r = CliRunner().invoke(app, ["--select", "FC101", "-f", "json", str(p)])
    # nothing switched off: the claim still fails the run, and the typo is named with its place
    assert r.exit_code == 1
    assert r.stderr.splitlines() == [
        f"factcheck: {p}:1:1: warning: unknown rule 'FC999' in a factcheck-disable-next-line comment; "
        "it switches nothing off (see factcheck --list-rules)"
    ]
    # an example in a code block is not an instruction, and is not checked either
    p.write_text(f"```\n<!-- factcheck-disable FC999 -->\n```\n\n{BAD2}\n", "utf-8")
    r = CliRunner().invoke(app, ["--select", "FC101", "-f", "json", str(p)])
    assert r.stderr == ""
    # --no-inline-config reads no comment, so it warns of none
    p.write_text(f"<!-- factcheck-disable FC999 -->\n{BAD2}\n", "utf-8")
    r = CliRunner().invoke(app, ["--select", "FC101", "-f", "json", "--no-inline-config", str(p)])
    assert r.stderr == ""
    r = CliRunner().invoke(app, ["--select", "FC101", "-f", "json", str(p)])
    assert "unknown rule 'FC999'" in r.stderr
