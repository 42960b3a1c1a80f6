"""A figure's frame in plain words, for messages: "Orla's year-on-year growth rate for June"."""

from __future__ import annotations

from factcheck import periods
from factcheck.frames import Frame

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


def what_is_stated(f: Frame, item_kind: str, item_basis: str | None) -> str:
    """What a figure states, in plain words: "Orla's year-on-year growth rate for June"."""
    kind = {"change": "growth rate", "plevel": "percentage", "multiple": "multiple"}.get(item_kind)
    basis = _BASIS_WORDS.get(item_basis or "", "")
    noun = kind or _MEASURE_WORDS.get(f.measure or "", f.measure or "") or "figure"
    adjective = _POWERTRAIN_WORDS.get(f.powertrain or "", "")
    words = " ".join(w for w in (basis if kind == "growth rate" else "", adjective, noun) if w)
    # (a sentence that names more companies than two does not say whose the figure is)
    owner = f"{' and '.join(sorted(f.names))}'s " if 0 < len(f.names) <= 2 and not f.implicit_names else ""
    when = f" for {', '.join(periods.words(k) for k in sorted(f.months))}" if f.months else ""
    return f"{owner}{words}{when}"
