"""The JSON report is streamed file by file, and is the same document as built at once."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from factcheck.engine import check_file
from factcheck.render import json_

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
FILES = [FIXTURES / "sokon-2021-12.txt", FIXTURES / "pc-table-baselines.md", FIXTURES / "missing.txt"]


@pytest.mark.parametrize("n", [0, 1, 3])
def test_streamed_document_equals_the_whole_document(n: int) -> None:
    out = io.StringIO()
    reporter = json_.JsonReporter(out)
    entries = []
    for path in FILES[:n]:
        result = check_file(path)
        reporter.file(result, list(result.verdicts))
        entries.append(json_.file_entry(result, list(result.verdicts)))
    reporter.finish()
    assert out.getvalue() == json_.document(entries) + "\n"
    doc = json.loads(out.getvalue())
    assert doc["summary"]["files"] == n
    assert doc["summary"]["errors"] == (1 if n == 3 else 0)


def test_reporter_holds_no_entries() -> None:
    reporter = json_.JsonReporter(io.StringIO())
    result = check_file(FILES[0])
    reporter.file(result, list(result.verdicts))
    assert not any(isinstance(v, list) and v and isinstance(v[0], dict) for v in vars(reporter).values())
