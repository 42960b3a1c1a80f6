"""factcheck: recompute the derived figures an auto-news article states.

Library use::

    import factcheck
    for v in factcheck.check_text("BYD sold 6,150 NEVs, up 88.71 percent from 3,259."):
        print(v.status, v.message)

Heavy modules (spaCy, quantulum3) load on the first check, not on import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
# Where the project is published: the README's install, CI and pre-commit recipes and the
# SARIF rules' helpUri point here.
REPOSITORY = "https://github.com/OWNER/factcheck"
__all__ = ["FileResult", "Status", "Verdict", "__version__", "check_file", "check_text"]

if TYPE_CHECKING:
    from factcheck.api import check_file, check_text
    from factcheck.engine import FileResult
    from factcheck.model import Status, Verdict


def __getattr__(name: str) -> Any:
    if name in ("check_text", "check_file"):
        from factcheck import api

        return getattr(api, name)
    if name == "FileResult":
        from factcheck import engine

        return engine.FileResult
    if name in ("Status", "Verdict", "Quantity", "Evidence"):
        from factcheck import model

        return getattr(model, name)
    raise AttributeError(name)
