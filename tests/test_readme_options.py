"""The README documents every option of ``factcheck --help``, and its config example is valid."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.config import parse

README = Path(__file__).resolve().parent.parent / "README.md"


def help_options() -> set[str]:
    r = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "200"})
    assert r.exit_code == 0
    options_part = r.stdout.split("Options:", 1)[1]
    return set(re.findall(r"(?<![\w-])(--?[A-Za-z][\w-]*)", options_part)) - {"-"}


def test_help_has_the_options_we_expect() -> None:
    opts = help_options()
    # A sanity check on the parser above: these must be found, or the next test proves nothing.
    assert {"--format", "-f", "--output-format", "--jobs", "-j", "--max-bytes", "--help"} <= opts


def test_every_help_option_is_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    documented = set(re.findall(r"`(--?[A-Za-z][\w-]*)", text))
    missing = sorted(help_options() - documented)
    assert not missing, f"options in --help but not in README.md: {missing}"


def test_every_format_is_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    for fmt in ("full", "concise", "json", "github", "sarif", "junit"):
        assert f"| `{fmt}` |" in text


def test_readme_config_example_is_valid() -> None:
    text = README.read_text(encoding="utf-8")
    blocks = re.findall(r"```toml\n(.*?)```", text, re.DOTALL)
    assert blocks, "README.md has a TOML configuration example"
    for block in blocks:
        cfg = parse(Path(".factcheck.toml"), tomllib.loads(block))
        assert cfg.fail_level in (None, "error", "warning", "never")
