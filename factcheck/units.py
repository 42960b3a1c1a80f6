"""quantulum3, taught the domain, as the fallback for units our own layer cannot name.

``numbers.py`` reads the figures news uses (counts of vehicles, percentages,
currencies, scale words); only a figure followed by an unknown unit-like word
("5 mpg", "22 kWh/100km") is handed to quantulum3, one short snippet at a time,
because its cost grows with the square of the text it is given. Loading it is
lazy: ``factcheck --help`` never pays for it.
"""

from __future__ import annotations

import logging
import warnings
from functools import lru_cache
from importlib import resources
from typing import Any

_parser: Any = None


def _load() -> Any:
    global _parser
    if _parser is None:
        # quantulum3 calls logging.basicConfig on every parse: configure first so
        # its messages do not leak to stderr.
        logging.getLogger("quantulum3").setLevel(logging.ERROR)
        if not logging.getLogger().handlers:
            logging.basicConfig(level=logging.WARNING, handlers=[logging.NullHandler()])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "classifier dependencies not installed"
            import quantulum3.classifier as clf
            from quantulum3 import load, parser

        # The optional classifier crashes with recent scikit-learn on ambiguous units.
        clf.USE_CLF = False
        path = resources.files("factcheck") / "data" / "quantulum_units.json"
        with resources.as_file(path) as p:
            load.load_custom_units([str(p)], use_general_units=True, use_language_units=True)
        load.clear_caches()  # or the unit patterns are not rebuilt
        _parser = parser
    return _parser


@lru_cache(maxsize=2048)
def parse_unit(snippet: str) -> tuple[float, str] | None:
    """(value, unit name) of the first quantity quantulum3 reads in ``snippet``."""
    parser = _load()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            found = parser.parse(snippet, lang="en_US")
        except Exception:  # quantulum3 raises on odd input; an unknown unit is fine
            return None
    for q in found:
        name = q.unit.name
        if name and name not in ("dimensionless",):
            return float(q.value), name
    return None
