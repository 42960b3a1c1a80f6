"""Test helper: suggested figures for FC101 claims, until every rule fills them in itself.

``with_suggestions`` gives an inconsistent FC101 verdict without a suggestion the diagnosis
"stated" and the computed growth written the way the stated figure was written; verdicts
that already carry a suggestion are left alone. ``patch_engine`` installs it into
``factcheck.engine.check_source`` (for the command line in-process and for a server
subprocess started through ``python tests/suggesting.py server``).
"""

from __future__ import annotations

import dataclasses
import re
import sys
from typing import Any

from factcheck.model import Diagnosis, Status, Verdict

_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def suggest(v: Verdict) -> Verdict:
    if v.status is not Status.INCONSISTENT or v.suggestion or v.code != "FC101" or v.computed is None:
        return v
    m = _NUMBER.search(v.stated_text)
    if m is None:
        return v
    decimals = len(m.group(1) or "")
    figure = f"{abs(v.computed):,.{decimals}f}"
    text = v.stated_text[: m.start()] + figure + v.stated_text[m.end() :]
    return dataclasses.replace(
        v, diagnosis=Diagnosis("miscalculated", "The stated change is off.", "stated"), suggestion=text
    )


def with_suggestions(result: Any) -> Any:
    return dataclasses.replace(result, verdicts=tuple(suggest(v) for v in result.verdicts))


def patch_engine() -> None:
    import factcheck.engine as engine

    real = engine.check_source
    if getattr(real, "suggesting", False):
        return

    def check_source(*args: Any, **kwargs: Any) -> Any:
        return with_suggestions(real(*args, **kwargs))

    check_source.suggesting = True  # type: ignore[attr-defined]
    engine.check_source = check_source


if __name__ == "__main__":  # python tests/suggesting.py server: the language server, suggesting
    patch_engine()
    from factcheck.server import main

    sys.exit(main(sys.argv[2:]))
