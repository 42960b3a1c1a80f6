"""The stage boundaries the design rests on, checked on the source itself.

read -> reading (frames, records, growths, items, period figures) -> rules -> judge -> report:
a rule reads its context from the ``Reading`` it is handed, never from another rule's module,
and nothing is stored on the document for a later stage to find."""

from __future__ import annotations

import ast
from pathlib import Path

import factcheck
from factcheck.rules import RULES

PACKAGE = Path(factcheck.__file__).parent
RULE_MODULES = sorted(p for p in (PACKAGE / "rules").glob("*.py") if p.name not in ("__init__.py", "base.py"))


def _imported_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            # "from factcheck.rules import sum_" imports a module by name
            found.update(f"{node.module}.{a.name}" for a in node.names)
    return found


def test_every_rule_module_is_registered() -> None:
    registered = {r.check.__module__ for r in RULES}
    assert {f"factcheck.rules.{p.stem}" for p in RULE_MODULES} == registered


def test_no_rule_imports_another_rule() -> None:
    rule_names = {f"factcheck.rules.{p.stem}" for p in RULE_MODULES}
    offenders = {
        p.name: sorted(m for m in _imported_modules(p) if m in rule_names and m != f"factcheck.rules.{p.stem}")
        for p in RULE_MODULES
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_shared_modules_import_no_rule() -> None:
    """The reading stage sits below the rules: none of its modules may reach up into one."""
    rule_names = {f"factcheck.rules.{p.stem}" for p in RULE_MODULES}
    offenders = {}
    for p in PACKAGE.glob("*.py"):
        bad = sorted(m for m in _imported_modules(p) if m in rule_names)
        if bad:
            offenders[p.name] = bad
    assert offenders == {}


def test_nothing_is_stored_on_a_document_from_outside() -> None:
    """No stage hangs results on the document (``doc.__dict__[...]``) for another to find."""
    offenders = []
    for p in [*PACKAGE.glob("*.py"), *(PACKAGE / "rules").glob("*.py")]:
        if p.name == "document.py":
            continue  # the document's own lazily built index of its figures
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and node.attr == "__dict__"
                and isinstance(node.value, ast.Name)
                and node.value.id in ("doc", "document", "att")
            ):
                offenders.append(f"{p.name}:{node.lineno}")
    assert offenders == []


def test_rules_take_the_reading() -> None:
    import inspect

    for rule in RULES:
        (param,) = inspect.signature(rule.check).parameters.values()
        assert param.annotation in ("Reading", "r: Reading") or "Reading" in str(param.annotation), rule.code


def test_restatement_rule_stays_small() -> None:
    lines = (PACKAGE / "rules" / "restatement.py").read_text(encoding="utf-8").count("\n")
    assert lines < 500
