"""factcheck's sentence tokenizer keeps only the exceptions that can touch a boundary:
it must split exactly where spaCy's full English tokenizer does, but for two deliberate
differences: a stop after a word that closes on a capital after a small letter ("YoY.") ends a
sentence, and the stop of a rank ("No. 2") does not."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import document

FIXTURES = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "articles").glob("*.*[dt]"))
TRICKY = [
    "Halden Inc. sold 4,100 cars. It didn't say why; we'll see. Mr. Orr wasn't there!",
    "Deliveries rose 12% (i.e. 3,300 units) vs. Jan. figures at 9 a.m. on Monday. U.S. sales fell.",
    "Rivo Co. Ltd. said sales were up :) and the CEO's plan isn't new... Really? Yes.",
    "e.g. the second brand sold 1.5m units. 'That's it,' he said. The S.U.V. arrived at 5p.m. today.",
    "Prices in °C. and °F. differ. O.O what's next? I'm sure they'll ship it. Y'all know.",
]


@pytest.fixture(scope="module")
def pipelines() -> tuple[object, object]:
    ours = document._pipeline()
    full = document._import_spacy().blank("en")
    full.add_pipe("sentencizer")
    return ours, full


def _bounds(nlp: object, text: str) -> list[tuple[int, int]]:
    return [(s.start_char, s.end_char) for s in nlp(text).sents]  # type: ignore[operator]


@pytest.mark.parametrize("text", TRICKY + [p.read_text(encoding="utf-8") for p in FIXTURES])
def test_splits_where_the_full_english_tokenizer_does(pipelines: tuple[object, object], text: str) -> None:
    ours, full = pipelines
    assert _bounds(ours, text) == _bounds(full, text)


_words = st.sampled_from(
    "sold rose Inc. Co. Mr. U.S. a.m. p.m. e.g. i.e. vs. Jan. don't isn't it's we'll :) <3 "
    "O.o 1,200 3.5% . ! ? ... ' \" ( ) - the cars units".split()
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_words, min_size=1, max_size=30))
def test_splits_alike_on_arbitrary_word_salad(pipelines: tuple[object, object], words: list[str]) -> None:
    ours, full = pipelines
    text = " ".join(words)
    assert _bounds(ours, text) == _bounds(full, text)


@pytest.mark.parametrize("word", ["YoY", "MoM", "QoQ"])
def test_a_stop_after_a_rate_basis_in_capitals_ends_the_sentence(word: str) -> None:
    # spaCy's English suffixes split a stop off "BYD." but not off "YoY.": the basis words of
    # battery and trade reports end many sentences ("up 34.9% YoY. Exports ...")
    text = f"Shipments rose 4.2% {word}. Exports fell 1.1% {word}. Imports were flat."
    assert [s.text for s in document.build(text).sentences] == [
        f"Shipments rose 4.2% {word}.",
        f"Exports fell 1.1% {word}.",
        "Imports were flat.",
    ]


@pytest.mark.parametrize("rank", ["No. 1", "No. 12", "Nos. 2"])
def test_the_stop_of_a_rank_ends_no_sentence(rank: str) -> None:
    # spaCy's English tokenizer ends a sentence at "No." before a figure: "Orla came in at No.
    # | 1 with 31.5 percent" would cut the share from the words that make it one
    text = f"Orla came in at {rank} with 31.5 percent or 11,420 units. Kessel was next."
    assert [s.text for s in document.build(text).sentences] == [
        f"Orla came in at {rank} with 31.5 percent or 11,420 units.",
        "Kessel was next.",
    ]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("New car licences rose to 2 673, a 28 per cent increase over 2015…Whereas used ones fell.", "2015…"),
        ("Sales held up in May… The June figures were weaker.", "May…"),
        ("Exports rose again…  Imports, though, fell 4%.", "again…"),
    ],
)
def test_an_ellipsis_before_a_capital_ends_a_sentence(text: str, first: str) -> None:
    doc = document.build(text)
    assert doc.sentences[0].text.endswith(first), [s.text for s in doc.sentences]
    assert len(doc.sentences) == 2


def test_an_ellipsis_before_a_small_letter_ends_none() -> None:
    doc = document.build("Sales rose… to 4,100 units in May.")
    assert len(doc.sentences) == 1
