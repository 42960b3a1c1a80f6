"""Our fixtures and tests are written in our own words: none shares a run of 7 consecutive words
with an article of the evaluation corpus (``../shared/eval/dev/*.txt``).

Words are compared lower-cased with punctuation removed ("That's" is "thats", "41,440" is
"41440") and numbers kept. The corpus is for measurement only; a sentence lifted from it would
let a rule be tuned to the very articles it is scored on. Skipped when the corpus is absent.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev"
N = 7

FIXTURES = sorted(
    p for p in (ROOT / "fixtures" / "articles").iterdir() if p.suffix in (".txt", ".md", ".markdown", ".html")
)
TESTS = sorted(
    p for p in (ROOT / "tests").rglob("*") if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc",)
)


# Test files of other owners that still share runs with the corpus (reported to their owners,
# who reword them): expected to fail until then. Not strict, so rewording one never breaks this
# file; take the entry out once it passes. Fixture articles are never listed here: reword them.
KNOWN = {}


def _param(path: Path) -> object:
    rel = str(path.relative_to(ROOT))
    marks = (
        [pytest.mark.xfail(strict=False, reason=f"shares 7-word runs with the dev corpus, in {KNOWN[rel]}")]
        if rel in KNOWN
        else []
    )
    return pytest.param(path, marks=marks, id=rel)


def words(text: str) -> list[str]:
    """Lower-cased words with every punctuation mark removed; digits kept."""
    kept = "".join(
        ch if ch.isalnum() or ch.isspace() else ("" if unicodedata.category(ch)[0] in "PS" else " ")
        for ch in text.lower()
    )
    return kept.split()


def ngrams(text: str) -> dict[tuple[str, ...], int]:
    """Every run of N words, with the index of its first word."""
    w = words(text)
    runs: dict[tuple[str, ...], int] = {}
    for i in range(len(w) - N + 1):
        runs.setdefault(tuple(w[i : i + N]), i)
    return runs


@cache
def corpus() -> dict[tuple[str, ...], str]:
    runs: dict[tuple[str, ...], str] = {}
    for article in sorted(DEV.glob("*.txt")):
        for run in ngrams(article.read_text(encoding="utf-8", errors="replace")):
            runs.setdefault(run, article.name)
    return runs


def test_known_overlaps_are_test_files() -> None:
    assert all(name.startswith("tests/") and (ROOT / name).exists() for name in KNOWN)


def test_words_are_normalised() -> None:
    assert words("That's up 88.71% from 3,259 units -- year-on-year.") == [
        "thats",
        "up",
        "8871",
        "from",
        "3259",
        "units",
        "yearonyear",
    ]


@pytest.mark.skipif(not DEV.is_dir(), reason="the evaluation corpus ../shared/eval/dev is not here")
@pytest.mark.parametrize("path", [_param(p) for p in FIXTURES + TESTS])
def test_no_seven_words_shared_with_the_dev_corpus(path: Path) -> None:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        pytest.skip("not text")
    dev = corpus()
    assert dev, "the corpus directory holds no article"
    shared = sorted((i, " ".join(run), dev[run]) for run, i in ngrams(text).items() if run in dev)
    assert shared == [], f"{path.name} shares word runs with the dev corpus (word index, run, article)"
