"""Configuration files, found the way ruff finds its own.

``.factcheck.toml``, ``factcheck.toml`` or ``[tool.factcheck]`` in
``pyproject.toml``; for each file checked the closest one wins (searching up
from the file's directory; in one directory in that order). ``--config PATH``
uses one file for everything, ``--isolated`` none at all.

Every mistake is a ``ConfigError`` with a one-line message naming the file and
the key: a silently ignored typo in CI is worse than a failed run.
"""

from __future__ import annotations

import math
import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factcheck.severity import Severities

CONFIG_FILES = (".factcheck.toml", "factcheck.toml", "pyproject.toml")
FAIL_LEVELS = ("error", "warning", "info", "never")
STATUSES = ("consistent", "inconsistent", "unverifiable")
KEYS = (
    "select",
    "ignore",
    "per-file-ignores",
    "exclude",
    "fail-level",
    "show",
    "tolerance",
    "unit-words",
    "currencies",
    "severity",
)


class ConfigError(ValueError):
    """A configuration file that cannot be used; the message is one line."""


ECHO_LIMIT = 60  # characters of a bad key or value shown in a message


def _clip(value: Any) -> str:
    """``repr(value)`` for a message, cut short: a 5 MB string must not become a 5 MB line."""
    text = repr(value) if not isinstance(value, str) or len(value) <= ECHO_LIMIT else repr(value[:ECHO_LIMIT])
    if isinstance(value, str) and len(value) > ECHO_LIMIT:
        text = f"{text[:-1]}...{text[-1]} ({len(value):,} characters)"
    elif len(text) > ECHO_LIMIT + 20:
        text = text[: ECHO_LIMIT + 20] + "..."
    return text


@dataclass(frozen=True)
class Config:
    path: Path | None = None  # the file it came from; None: defaults
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    exclude: tuple[str, ...] = ()
    fail_level: str | None = None
    show: tuple[str, ...] | None = None
    # [severity]: (status, level) pairs, and (rule key, ((status, level), ...)) pairs
    severity: tuple[tuple[str, str], ...] = ()
    severity_rules: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()
    # Rule options, handed to the rules as Document.options.
    options: dict[str, Any] = field(default_factory=dict)

    @property
    def severities(self) -> Severities:
        from factcheck.severity import Severities

        return Severities(dict(self.severity), self.severity_rules)

    @property
    def root(self) -> Path:
        """Patterns in the file are relative to its directory."""
        return self.path.parent.resolve() if self.path else Path.cwd()

    def _rel(self, path: str | Path) -> str | None:
        try:
            return Path(os.path.abspath(path)).relative_to(self.root).as_posix()
        except ValueError:
            return None

    def excludes(self, path: str | Path) -> bool:
        from factcheck.inputs import path_matches

        rel = self._rel(path)
        return rel is not None and path_matches(rel, self.exclude)

    def ignores_for(self, path: str | Path) -> tuple[str, ...]:
        """``ignore`` plus the ``per-file-ignores`` whose pattern matches ``path``."""
        from factcheck.inputs import path_matches

        out = list(self.ignore)
        rel = self._rel(path)
        if rel is not None:
            for pattern, codes in self.per_file_ignores:
                if path_matches(rel, [pattern]):
                    out.extend(codes)
        return tuple(out)


def split_list(values: list[str] | tuple[str, ...] | str | None) -> list[str]:
    """``["FC101,FC102", "FC2"]`` -> ``["FC101", "FC102", "FC2"]`` (options may repeat or use commas)."""
    if values is None:
        return []
    if isinstance(values, str):
        values = [values]
    return [p.strip() for v in values for p in v.split(",") if p.strip()]


def check_rule_keys(keys: list[str]) -> str | None:
    """The first key that names no rule (code, code prefix, name or ALL), if any."""
    from factcheck.rules import RULES

    for k in keys:
        up = k.upper()
        if up == "ALL":
            continue
        if not any(r.code.upper().startswith(up) or r.name.upper() == up for r in RULES):
            return k
    return None


class _Reader:
    """Validates one table, with messages that say where the problem is."""

    def __init__(self, path: Path, table: dict[str, Any], prefix: str) -> None:
        self.path, self.table, self.prefix = path, table, prefix

    def fail(self, key: str, problem: str) -> ConfigError:
        shown = key if len(key) <= ECHO_LIMIT else f"{key[:ECHO_LIMIT]}... ({len(key):,} characters)"
        return ConfigError(f"{self.path}: {self.prefix}key '{shown}': {problem}")

    def strings(self, key: str, *, rules: bool = False, comma: bool = False) -> tuple[str, ...]:
        value = self.table[key]
        if comma and isinstance(value, str):
            value = split_list(value)
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(key, "expected a list of non-empty strings")
        if rules:
            bad = check_rule_keys(value)
            if bad is not None:
                raise self.fail(key, f"unknown rule {_clip(bad)} (see factcheck --list-rules)")
        return tuple(v.strip() for v in value)


def parse(path: Path, data: dict[str, Any], prefix: str = "") -> Config:
    """A Config from the table of a config file; ``prefix`` names the table in messages."""
    r = _Reader(path, data, prefix)
    for key in data:
        if key not in KEYS:
            raise r.fail(key, f"unknown key (known: {', '.join(KEYS)})")
    kw: dict[str, Any] = {"path": path}
    options: dict[str, Any] = {}
    if "select" in data:
        kw["select"] = r.strings("select", rules=True, comma=True)
    if "ignore" in data:
        kw["ignore"] = r.strings("ignore", rules=True, comma=True)
    if "exclude" in data:
        kw["exclude"] = r.strings("exclude")
    if "per-file-ignores" in data:
        pfi = data["per-file-ignores"]
        if not isinstance(pfi, dict):
            raise r.fail("per-file-ignores", "expected a table of pattern = [codes]")
        pairs = []
        for pattern in pfi:
            sub = _Reader(path, pfi, f"{prefix}per-file-ignores ")
            pairs.append((pattern, sub.strings(pattern, rules=True, comma=True)))
        kw["per_file_ignores"] = tuple(pairs)
    if "fail-level" in data:
        v = data["fail-level"]
        if v not in FAIL_LEVELS:
            raise r.fail("fail-level", f"expected one of {', '.join(FAIL_LEVELS)}, got {_clip(v)}")
        kw["fail_level"] = v
    if "show" in data:
        show = r.strings("show", comma=True)
        bad = [s for s in show if s not in (*STATUSES, "all")]
        if bad:
            raise r.fail("show", f"unknown status {_clip(bad[0])} (expected {', '.join(STATUSES)} or all)")
        kw["show"] = STATUSES if "all" in show else show
    if "severity" in data:
        from factcheck.severity import parse_table

        by_status, by_rule = parse_table(
            data["severity"], r.fail, lambda k: isinstance(k, str) and check_rule_keys([k]) is None
        )
        kw["severity"] = tuple(by_status.items())
        kw["severity_rules"] = by_rule
    if "tolerance" in data:
        options["tolerance"] = _tolerance(r, data["tolerance"])
    if "unit-words" in data:
        words = r.strings("unit-words")
        if any(not re.fullmatch(r"[^\W\d_][\w-]*", w) for w in words):
            raise r.fail("unit-words", "expected single words such as 'trucks'")
        options["unit-words"] = tuple(w.lower() for w in words)
    if "currencies" in data:
        cur = data["currencies"]
        if not isinstance(cur, dict) or not all(
            isinstance(k, str) and k.strip() and isinstance(v, str) and re.fullmatch(r"[A-Z]{3}", v)
            for k, v in cur.items()
        ):
            raise r.fail("currencies", 'expected a table of prefix = "ISO 4217 code" (RMB = "CNY")')
        options["currencies"] = {k.strip().lower(): v for k, v in cur.items()}
    return Config(options=options, **kw)


def _tolerance(r: _Reader, value: Any) -> dict[str, float]:
    """A number for every rule, or a table code = number; result keyed by code ("*": all)."""

    def number(key: str, v: Any) -> float:
        if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v) or v < 0:
            raise r.fail(key, "expected a number >= 0")
        return float(v)

    if isinstance(value, dict):
        out: dict[str, float] = {}
        for code, v in value.items():
            bad = check_rule_keys([code])
            if bad is not None:
                raise r.fail(f"tolerance.{code}", "unknown rule (see factcheck --list-rules)")
            out[code.upper()] = number(f"tolerance.{code}", v)
        return out
    return {"*": number("tolerance", value)}


def load(path: Path) -> Config | None:
    """Read one config file; None for a pyproject.toml without [tool.factcheck]."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config file ({exc.strerror or exc})") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: config file is not UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except RecursionError:  # tomllib recurses once per nested array or inline table
        raise ConfigError(f"{path}: invalid TOML: arrays or tables nested too deeply") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        if not isinstance(tool, dict) or "factcheck" not in tool:
            return None
        table = tool["factcheck"]
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.factcheck] must be a table")
        return parse(path, table, "[tool.factcheck] ")
    return parse(path, data)


class Resolver:
    """The configuration for each file: one fixed file, none, or the closest one found."""

    def __init__(self, config_path: Path | None = None, isolated: bool = False) -> None:
        self._fixed: Config | None = None
        self._isolated = isolated
        self._by_dir: dict[Path, Config] = {}
        if config_path is not None:
            if not os.path.isfile(config_path):
                raise ConfigError(f"{config_path}: config file not found")
            self._fixed = load(config_path) or Config(path=config_path)

    def for_dir(self, directory: Path) -> Config:
        if self._isolated:
            return Config()
        if self._fixed is not None:
            return self._fixed
        directory = directory.resolve()
        chain: list[Path] = []
        found: Config | None = None
        d = directory
        while True:
            if d in self._by_dir:
                found = self._by_dir[d]
                break
            chain.append(d)
            for name in CONFIG_FILES:
                candidate = d / name
                if os.path.isfile(candidate):  # False, not an error, when the directory cannot be searched
                    found = load(candidate)
                    if found is not None:
                        break
            if found is not None or d.parent == d:
                break
            d = d.parent
        found = found or Config()
        for c in chain:
            self._by_dir[c] = found
        return found

    def for_file(self, path: str | Path) -> Config:
        return self.for_dir(Path(os.path.abspath(path)).parent)

    def excluder(self) -> Callable[[str], bool]:
        """The configuration's ``exclude`` as a test for discovery."""
        return lambda p: self.for_file(p).excludes(p)
