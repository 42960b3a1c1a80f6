"""JUnit XML for CI test reports: a test suite per file, a test case per claim shown.

Inconsistent claims are failures, unverifiable ones are skipped (not checked,
not wrong), a file that cannot be read is an error.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any, TextIO

from factcheck.engine import FileResult
from factcheck.inputs import display_path, printable
from factcheck.model import Status, Verdict
from factcheck.render import Reporter
from factcheck.render.common import line_col


def _x(text: str) -> str:
    """What XML 1.0 can hold: control characters and bytes that are not UTF-8 (in a file
    name) become visible escapes; tab and newlines stay (attributes escape them)."""
    return printable(display_path(text), keep="\t\n\r")


class JunitReporter(Reporter):
    def __init__(self, out: TextIO, **kw: Any) -> None:
        super().__init__(out, **kw)
        self.root = ET.Element("testsuites", name="factcheck")
        self.totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}

    def file(self, result: FileResult, shown: list[Verdict]) -> None:
        path = _x(result.path)
        suite = ET.SubElement(self.root, "testsuite", name=path)
        n = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
        if result.error:
            case = ET.SubElement(suite, "testcase", classname=path, name="read", file=path)
            ET.SubElement(case, "error", message=_x(result.error), type="InputError")
            n["tests"] += 1
            n["errors"] += 1
        for v in shown:
            line, col = line_col(result, v.start)
            case = ET.SubElement(
                suite,
                "testcase",
                classname=path,
                name=_x(f"{v.code} {v.name} {line}:{col} {v.stated_text}".strip()),
                file=path,
                line=str(line),
            )
            n["tests"] += 1
            if v.status is Status.INCONSISTENT:
                failure = ET.SubElement(case, "failure", message=_x(v.message), type=v.code)
                failure.text = _x(v.arithmetic or v.message)
                n["failures"] += 1
            elif v.status is Status.UNVERIFIABLE:
                ET.SubElement(case, "skipped", message=_x(f"unverifiable: {v.message}"))
                n["skipped"] += 1
            else:
                out = ET.SubElement(case, "system-out")
                out.text = _x(v.message + (f"\n{v.arithmetic}" if v.arithmetic else ""))
        for k, val in n.items():
            suite.set(k, str(val))
            self.totals[k] += val

    def finish(self) -> None:
        for k, val in self.totals.items():
            self.root.set(k, str(val))
        ET.indent(self.root)
        self.out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.out.write(ET.tostring(self.root, encoding="unicode") + "\n")
