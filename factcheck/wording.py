"""A figure's frame in plain words, for messages: "Orla's year-on-year growth rate for June"."""

from __future__ import annotations

from factcheck.frames import Frame
from factcheck.lexicon import MONTHS

_POWERTRAIN_WORDS = {
    "bev": "battery-electric",
    "phev": "plug-in hybrid",
    "erev": "range-extender",
    "hev": "hybrid",
    "ev": "electric",
    "nev": "new-energy",
    "ice": "combustion-engine",
}
_MEASURE_WORDS = {"cumulative": "cumulative total", "ice": "combustion-engine", "other": ""}
_BASIS_WORDS = {"yoy": "year-on-year", "mom": "month-on-month", "qoq": "quarter-on-quarter", "wow": "week-on-week"}
_MONTH_NAMES = [m.title() for m in MONTHS]


def _period_words(key: str) -> str:
    """A frame's period key in words: "june" -> "June", "q2" -> "Q2", "ytd:11" -> "January-November"."""
    if key.startswith("ytd:") and key[4:].isdigit() and 1 <= int(key[4:]) <= 12:
        return f"January-{_MONTH_NAMES[int(key[4:]) - 1]}"
    return {"fy": "the full year", "12m": "the last 12 months", "ytd": "the year to date"}.get(
        key, key.upper() if key[:1] in "qh" and key[1:].isdigit() else key.title()
    )


def what_is_stated(f: Frame, item_kind: str, item_basis: str | None) -> str:
    """What a figure states, in plain words: "Orla's year-on-year growth rate for June"."""
    kind = {"change": "growth rate", "plevel": "percentage", "multiple": "multiple"}.get(item_kind)
    basis = _BASIS_WORDS.get(item_basis or "", "")
    noun = kind or _MEASURE_WORDS.get(f.measure or "", f.measure or "") or "figure"
    adjective = _POWERTRAIN_WORDS.get(f.powertrain or "", "")
    words = " ".join(w for w in (basis if kind == "growth rate" else "", adjective, noun) if w)
    owner = f"{' and '.join(sorted(f.names)[:2])}'s " if f.names and not f.implicit_names else ""
    when = f" for {', '.join(_period_words(k) for k in sorted(f.months))}" if f.months else ""
    return f"{owner}{words}{when}"
