"""The library's entry points (``factcheck.check_text``, ``factcheck.check_file``): the command
line's behaviour, without the command line.

- ``check_text(text, path="x.md")`` reads the text as the command line reads a file of that
  name: Markdown and HTML without their markup, inline ``factcheck-disable`` comments obeyed.
- ``check_file(path)`` also finds the file's configuration (``.factcheck.toml``,
  ``factcheck.toml``, ``[tool.factcheck]``) as the command line does; ``config=`` names one,
  ``isolated=True`` uses none.
- Arguments are checked: text must be ``str`` (``TypeError`` for bytes), every rule named in
  ``select``/``ignore`` must exist (``ValueError``), a bad configuration is a ``ConfigError``
  (a ``ValueError``) naming the file and the key.

Neither imports typer or rich.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factcheck.engine import FileResult
    from factcheck.model import Verdict

DEFAULT_MAX_BYTES = 10_000_000  # as the command line's --max-bytes


def _rules(value: Any, name: str) -> list[str] | None:
    """``select``/``ignore``: None, ``"FC101,FC102"`` or an iterable of codes, prefixes or names."""
    from factcheck.config import check_rule_keys, split_list

    if value is None:
        return None
    if isinstance(value, str):
        items = split_list(value)
    elif isinstance(value, bytes | bytearray) or not isinstance(value, Iterable):
        raise TypeError(f"{name} takes rule codes or names as str or an iterable of str, not {type(value).__name__}")
    else:
        items = list(value)
        bad_type = [v for v in items if not isinstance(v, str)]
        if bad_type:
            raise TypeError(f"{name} takes rule codes or names as str, not {type(bad_type[0]).__name__}")
        items = split_list(items)
    bad = check_rule_keys(items)
    if bad is not None:
        raise ValueError(f"unknown rule {bad!r} in {name} (see factcheck --list-rules)")
    return items


def _text(text: Any) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, bytes | bytearray | memoryview):
        raise TypeError("check_text() takes the article as str, not bytes: decode it first (data.decode('utf-8'))")
    raise TypeError(f"check_text() takes the article as str, not {type(text).__name__}")


def _path(path: Any, what: str) -> str:
    if isinstance(path, str | os.PathLike) and not isinstance(path, bytes):
        out = os.fspath(path)
        if isinstance(out, str):
            return out
    raise TypeError(f"{what} takes a path as str or os.PathLike, not {type(path).__name__}")


def _config(path: str | None, config: Any, isolated: bool) -> Any:
    from factcheck.config import Config, Resolver

    if config is None and (isolated or path is None):
        return Config()
    resolver = Resolver(Path(_path(config, "config=")) if config is not None else None, isolated=isolated)
    return resolver.for_file(path) if path is not None else resolver.for_dir(Path.cwd())


def check_text(
    text: str,
    *,
    select: Iterable[str] | str | None = None,
    ignore: Iterable[str] | str | None = None,
    path: str | os.PathLike[str] | None = None,
    config: str | os.PathLike[str] | None = None,
) -> list[Verdict]:
    """Every numeric claim in ``text`` that a rule can judge, in text order.

    ``path`` names the file the text stands for: its suffix picks the reader (``.md``,
    ``.html``; anything else is plain text), as ``factcheck --stdin-filename`` does. No
    configuration file is read unless ``config`` names one."""
    from factcheck.engine import check_source

    text = _text(text)
    sel, ign = _rules(select, "select"), _rules(ignore, "ignore") or []
    name = _path(path, "path=") if path is not None else ""
    cfg = _config(name or None, config, isolated=config is None)
    result = check_source(
        text,
        name,
        options=cfg.options,
        select=sel if sel is not None else cfg.select,
        ignore=(*cfg.ignores_for(name), *ign) if name else (*cfg.ignore, *ign),
    )
    return list(result.verdicts)


def check_file(
    path: str | os.PathLike[str],
    *,
    select: Iterable[str] | str | None = None,
    ignore: Iterable[str] | str | None = None,
    config: str | os.PathLike[str] | None = None,
    isolated: bool = False,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> FileResult:
    """Check one file as ``factcheck PATH`` would: its configuration found the same way
    (``select`` replaces the configuration's, ``ignore`` adds to it; a file its configuration
    excludes has no claims), Markdown and HTML read without their markup, suppression comments
    obeyed. A file that cannot be read gives a result with ``error`` set, never an exception."""
    from factcheck.document import InputError, read_text
    from factcheck.engine import FileResult, check_source

    name = _path(path, "check_file()")
    sel, ign = _rules(select, "select"), _rules(ignore, "ignore") or []
    if max_bytes is not None and (isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 0):
        raise ValueError("max_bytes takes a whole number of bytes >= 0 (0 or None: no limit)")
    cfg = _config(name, config, isolated)
    if cfg.excludes(name):
        return FileResult(name, "", ())
    try:
        text = read_text(Path(name), max_bytes=max_bytes or None)
    except InputError as exc:
        return FileResult(name, "", (), error=str(exc))
    return check_source(
        text,
        name,
        options=cfg.options,
        select=sel if sel is not None else cfg.select,
        ignore=(*cfg.ignores_for(name), *ign),
    )
