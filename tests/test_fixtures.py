"""Every fixture article against its hand-checked expected claims.

``NAME.expected.json`` lists, in text order, the claims of every rule it names:

    {"rule": "FC101", "status": "consistent", "stated_text": "88.71 percent", "start": 284,
     "evidence": [["current", "6,150", 195], ["baseline", "3,259", 303]]}

``start`` is the 0-based character offset of the stated figure and each ``evidence`` item is
``[role, text, start]`` of one operand, as ``factcheck --format json`` reports them (the file
read the way the command line reads it). So a consistent verdict built on the wrong figures
fails, not only a wrong verdict.

Each claim is its own test case, keyed by rule and offset. Where factcheck is still wrong, the
entry says what the claim should be and carries ``"xfail": "<the defect>"``: that case is
``xfail(strict=True)``, so it turns into a failure the day a rule gets it right and the mark must
be removed. ``"status": "none"`` means no claim of that rule should be made at that figure.

Per article: a listed rule makes no claim that is not listed, every span is the file's own text,
and no rule that is not listed calls anything in the article inconsistent (a precision guard as
rules are added).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import factcheck
from factcheck.model import Status, Verdict

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
ARTICLES = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".md", ".markdown", ".html"))
CASES = [p for p in ARTICLES if p.with_suffix(".expected.json").exists()]
KEYS = ("rule", "status", "stated_text", "start", "evidence")


def _expected(article: Path) -> list[dict[str, Any]]:
    return json.loads(article.with_suffix(".expected.json").read_text(encoding="utf-8"))


@cache
def _checked(article: Path) -> tuple[Verdict, ...]:
    result = factcheck.check_file(article)
    assert result.error is None, result.error
    return tuple(result.verdicts)


def _as_entry(v: Verdict) -> dict[str, Any]:
    return {
        "rule": v.code,
        "status": v.status.value,
        "stated_text": v.stated_text,
        "start": v.start,
        "evidence": [[e.role, e.quantity.text, e.quantity.start] for e in v.evidence],
    }


def _claim_cases() -> list[Any]:
    cases = []
    for article in CASES:
        groups: dict[tuple[str, int], list[dict[str, Any]]] = {}
        for entry in _expected(article):
            groups.setdefault((entry["rule"], entry["start"]), []).append(entry)
        for (rule, start), entries in groups.items():
            reasons = [e["xfail"] for e in entries if "xfail" in e]
            marks = [pytest.mark.xfail(strict=True, reason="; ".join(reasons))] if reasons else []
            cases.append(pytest.param(article, rule, start, entries, marks=marks, id=f"{article.stem}:{rule}@{start}"))
    return cases


def test_every_fixture_has_expectations() -> None:
    assert len(ARTICLES) >= 7
    missing = [p.name for p in ARTICLES if not p.with_suffix(".expected.json").exists()]
    assert missing == []


@pytest.mark.parametrize("article", CASES, ids=lambda p: p.stem)
def test_expectations_are_well_formed(article: Path) -> None:
    text = article.read_bytes().decode("utf-8")
    expected = _expected(article)
    for entry in expected:
        assert set(entry) - {"xfail"} == set(KEYS), entry
        if entry["status"] != "none":
            assert text[entry["start"] :].startswith(entry["stated_text"]), entry
        for role, figure, start in entry["evidence"]:
            assert text[start : start + len(figure)] == figure, (role, figure, start)
    assert [e["start"] for e in expected] == sorted(e["start"] for e in expected)
    if article.stem.startswith("clean-"):
        # a clean article is correct as published: nothing in it may be expected inconsistent
        assert [e for e in expected if e["status"] == "inconsistent"] == []


@pytest.mark.parametrize(("article", "rule", "start", "entries"), _claim_cases())
def test_fixture_claim(article: Path, rule: str, start: int, entries: list[dict[str, Any]]) -> None:
    got = [_as_entry(v) for v in _checked(article) if (v.code, v.start) == (rule, start)]
    want = [{k: e[k] for k in KEYS} for e in entries if e["status"] != "none"]
    assert got == want


@pytest.mark.parametrize("article", CASES, ids=lambda p: p.stem)
def test_fixture_article(article: Path) -> None:
    text = article.read_bytes().decode("utf-8")
    expected = _expected(article)
    rules = {e["rule"] for e in expected}
    listed = {(e["rule"], e["start"]) for e in expected}
    verdicts = _checked(article)
    unlisted = [_as_entry(v) for v in verdicts if v.code in rules and (v.code, v.start) not in listed]
    assert unlisted == [], "claims of a listed rule missing from the expectations"
    for v in verdicts:
        # the stated text and every operand are the file's own text at their spans
        assert text[v.start : v.end] == v.stated_text
        for e in v.evidence:
            assert text[e.quantity.start : e.quantity.end] == e.quantity.text
        if v.code not in rules:
            assert v.status is not Status.INCONSISTENT, v.message
