"""Every fixture article against its hand-written expected verdicts.

For each rule named in ``NAME.expected.json`` the verdicts of that rule must
match exactly, in text order; and no other rule may call anything in the
article inconsistent (a precision guard as rules are added).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import factcheck
from factcheck.model import Status

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
ARTICLES = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".md", ".markdown", ".html"))
CASES = [p for p in ARTICLES if p.with_suffix(".expected.json").exists()]


def test_every_fixture_has_expectations() -> None:
    assert len(ARTICLES) >= 7
    missing = [p.name for p in ARTICLES if not p.with_suffix(".expected.json").exists()]
    assert missing == []


@pytest.mark.parametrize("article", CASES, ids=lambda p: p.stem)
def test_fixture_verdicts(article: Path) -> None:
    expected = json.loads(article.with_suffix(".expected.json").read_text(encoding="utf-8"))
    text = article.read_bytes().decode("utf-8")
    verdicts = factcheck.check_text(text)
    rules = {e["rule"] for e in expected}
    got = [
        {"rule": v.code, "status": v.status.value, "stated_text": v.stated_text} for v in verdicts if v.code in rules
    ]
    assert got == expected
    for v in verdicts:
        # the stated text is the file's own text at the claim's span
        assert text[v.start : v.end] == v.stated_text
        if v.code not in rules:
            assert v.status is not Status.INCONSISTENT, v.message
