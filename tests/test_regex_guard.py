"""Every regular expression in factcheck survives 100 KB of adversarial text.

The patterns are collected by importing the modules and picking up every compiled
``re.Pattern`` at module level (also inside tuples, lists and dicts, and as class
attributes), so a pattern added tomorrow is guarded without editing this file.
Each pattern is run with ``match`` and ``findall`` (which tries every start position,
as ``search`` does) over strings built to make backtracking engines explode (long runs
of what the pattern repeats, followed by what makes it fail). The bound is generous on purpose: it only catches a hang
(catastrophic or quadratic backtracking turns these inputs into minutes); the real
figures are measured by ``benchmarks/run.py``.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import signal
import time
from collections.abc import Iterator
from types import ModuleType

import pytest

import factcheck
import factcheck.rules

SIZE = 100_000
# CPU seconds for one pattern over every adversarial string (36 strings x 2 calls).
# Linear patterns take well under a second; a quadratic one takes minutes.
BOUND = 30.0
# Modules named in the issue plus every other module: all of them, except the CLI
# (typer) which has no patterns worth a separate import cost here.
SKIP_MODULES = {"factcheck.__main__"}


def _modules() -> list[ModuleType]:
    names = {"factcheck.numbers", "factcheck.context", "factcheck.document"}
    for pkg in (factcheck, factcheck.rules):
        for info in pkgutil.iter_modules(pkg.__path__, pkg.__name__ + "."):
            if not info.ispkg:
                names.add(info.name)
    return [importlib.import_module(n) for n in sorted(names - SKIP_MODULES)]


def _walk(obj: object, depth: int = 0) -> Iterator[re.Pattern[str]]:
    if isinstance(obj, re.Pattern):
        if isinstance(obj.pattern, str):
            yield obj
    elif depth < 3 and isinstance(obj, (tuple, list, set, frozenset)):
        for item in obj:
            yield from _walk(item, depth + 1)
    elif depth < 3 and isinstance(obj, dict):
        for item in obj.values():
            yield from _walk(item, depth + 1)


def collect() -> dict[str, re.Pattern[str]]:
    """``module.NAME[i]`` -> pattern, for every compiled pattern in the package."""
    found: dict[str, re.Pattern[str]] = {}
    seen: set[int] = set()
    for mod in _modules():
        for name, value in vars(mod).items():
            holders = [(name, value)]
            if isinstance(value, type) and value.__module__ == mod.__name__:
                holders = [(f"{name}.{k}", v) for k, v in vars(value).items()]
            for hname, hvalue in holders:
                for i, pat in enumerate(_walk(hvalue)):
                    if id(pat) not in seen:
                        seen.add(id(pat))
                        found[f"{mod.__name__}.{hname}[{i}]"] = pat
    return found


PATTERNS = collect()

_WORDS = (
    "up by of about from to the percent per cent million units vehicles year-on-year "
    "compared with a year earlier in June rose fell than more nearly and , ; ( ) RMB $ "
).split(" ")


def adversaries() -> list[str]:
    """Strings of SIZE characters that stress repetition, alternation and anchors."""
    # What patterns repeat (digits, separators, spaces, cue words, markup), each run
    # ending in a character that makes a greedy or end-anchored pattern fail at the very end.
    units = [
        "1", "1,", "1 000 ", "1.", "1.5", " ", "\t ", "\n", "\r\n", "a", "a ", "A", "-",
        "+1", "(", "(1", "$1", "1%", "up ", "by ", "from ", "of the ", "1 percent ",
        "more than ", "<", "<a ", "<!--", "*", "`", "[", "](", "#", "|", "> ", "１",
    ]  # fmt: skip
    out: list[str] = []
    for u in units:
        out.append(u * (SIZE // len(u)) + "!")
    # Words of the domain in a fixed pseudo-random order, no sentence stop.
    rnd = 12345
    parts: list[str] = []
    length = 0
    while length < SIZE:
        rnd = (rnd * 1103515245 + 12345) % 2**31
        parts.append(_WORDS[rnd % len(_WORDS)])
        length += len(parts[-1]) + 1
    out.append(" ".join(parts))
    return out


ADVERSARIES = adversaries()


class _OverBudget(Exception):
    pass


def _over_budget(signum: int, frame: object) -> None:
    raise _OverBudget


def exercise(pattern: re.Pattern[str], budget: float) -> float:
    """CPU seconds ``pattern`` needs for every adversary; raises _OverBudget past ``budget``.

    The budget is CPU time (ITIMER_PROF), not wall time, so a busy machine does not fail
    the test; the regex engine checks for signals, so a runaway match is interrupted.
    """
    old = signal.signal(signal.SIGPROF, _over_budget)
    t0 = time.process_time()
    signal.setitimer(signal.ITIMER_PROF, budget)
    try:
        for s in ADVERSARIES:
            pattern.match(s)
            # Every start position, as search() tries them, in C (the count of matches is
            # not what we time); search() itself would only repeat this work.
            pattern.findall(s)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, old)
    return time.process_time() - t0


def test_patterns_were_found() -> None:
    # The collector itself must work: the figure reader alone has a dozen patterns.
    assert len(PATTERNS) >= 15, sorted(PATTERNS)
    assert any(k.startswith("factcheck.numbers.") for k in PATTERNS)
    assert any(k.startswith("factcheck.context.") for k in PATTERNS)
    assert any(k.startswith("factcheck.rules.") for k in PATTERNS)


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_no_catastrophic_backtracking(name: str) -> None:
    pattern = PATTERNS[name]
    try:
        exercise(pattern, BOUND)
    except _OverBudget:
        pytest.fail(
            f"{name} needs more than {BOUND:.0f} CPU seconds on 100 KB adversarial input "
            f"(quadratic or worse backtracking): {pattern.pattern[:200]!r}"
        )
