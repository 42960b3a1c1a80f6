"""The figures of a "respectively" list and the labels they are paired with in order: "production,
domestic sales and exports rose 21.0 percent, 1.0 percent and 29.1 percent, respectively", "A, B and
C units of X, Y and Z, respectively". One aligner, read by the frames (what each rate measures) and by
the labels of the sum rule's records (which category each level counts)."""

from __future__ import annotations

import re
from collections.abc import Sequence

RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
# between two figures of one run: ", ", " units and ", " units, and "
_FIG_JOIN = re.compile(
    r"^\s*(?:(?:units?|vehicles?|cars?)\s*)?(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+|plus\s+)$", re.IGNORECASE
)
_STOPS = (
    r"of|the|a|an|were|was|are|is|be|been|include|includes|including|included|sold|sells?|delivered|deliver|"
    r"delivers|and|or|as|well|with|in|on|at|for|to|from|by|respectively|units?|they|it|its|their|which|that|"
    r"these|those|while|both|each|reached|totall?ed|stood|came|amounted|accounted|had|has|have|registered|"
    r"recorded|posted|shipped|exported|produced|during|month|year|week|quarter|respective|than|versus|"
    # verbs of change and of what a subject saw: "Orla and Kessel saw output rise 14.6% and 7.2%"
    r"saw|sees?|seen|rose|rise|fell|fall|grew|grow|climbed|dropped|jumped|declined|increased|decreased"
)
_IW = rf"(?<![\w'’\-])(?!(?:{_STOPS})\b)[A-Za-z][\w'’\-]*"
_ITEM = rf"{_IW}(?:\s+{_IW}){{0,3}}(?:\s*\([^()]{{1,30}}\))?"
_SEP = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s+plus\s+)"
_NOUN_LIST = re.compile(rf"(?<![\w'’\-]){_ITEM}(?:{_SEP}{_ITEM})+", re.IGNORECASE)
_ITEM_RE = re.compile(_ITEM, re.IGNORECASE)


def runs(text: str, spans: Sequence[tuple[int, int]]) -> list[list[int]]:
    """The indices of figures written one after another ("29,792, 57,237 and 1,319"), two or more."""
    out: list[list[int]] = []
    run: list[int] = []
    for i, (start, _) in enumerate(spans):
        if run and _FIG_JOIN.match(text[spans[run[-1]][1] : start]):
            run.append(i)
            continue
        if len(run) >= 2:
            out.append(run)
        run = [i]
    if len(run) >= 2:
        out.append(run)
    return out


def labels_of(text: str, sent: tuple[int, int], run: tuple[int, int], n: int) -> tuple[list[str], str] | None:
    """The ``n`` labels a run of figures (from ``run[0]`` to ``run[1]``) is paired with: the first list
    of nouns after it in its sentence, else the last one before it; with that list's text."""
    before, after = text[sent[0] : run[0]], text[run[1] : sent[1]]
    lists = list(_NOUN_LIST.finditer(after))[:1] + list(_NOUN_LIST.finditer(before))[-1:]
    for m in lists:
        items = [i.group() for i in _ITEM_RE.finditer(m.group())]
        if len(items) == n:
            return items, m.group()
    return None
