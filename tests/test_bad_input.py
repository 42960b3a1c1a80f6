"""Bad input never crashes factcheck: one clear line, the other files still checked.

Each CLI case runs ``factcheck --format json BAD GOOD`` in a fresh process and asserts
the exit code, exactly one line on stderr naming BAD and its problem, no traceback,
GOOD still checked (its claim is in the JSON), and BAD byte-for-byte unchanged.
Inputs factcheck accepts (BOMs, CRLF, odd digits) are checked for offsets that point
at the right characters. Library-level cases call ``check_text`` directly.

Decoding policy under test (see ``document.read_text`` and the README):
UTF-8 with or without BOM and UTF-16/32 with BOM are read; Latin-1/Windows-1252,
NUL bytes and known binary formats are refused (exit 2); an empty or whitespace-only file has no
claims and is not an error (exit 0, as in ruff and markdownlint).
"""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import os
import re
import struct
import subprocess
import sys
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from factcheck.document import InputError, read_text
from factcheck.engine import check_file, check_text
from factcheck.model import Status

# Our own sentence: 6,150 vs 3,259 is +88.708%, so the claim is consistent.
GOOD_TEXT = "Northwind Motors sold 6,150 vehicles in December, up 88.71 percent from 3,259 units a year earlier.\n"
# The same claim with a wrong figure (6,150 vs 3,259 is not +87.81%).
WRONG_TEXT = "Northwind Motors sold 6,150 vehicles in December, up 87.81 percent from 3,259 units a year earlier.\n"
CLI_TIMEOUT = 300  # a hang guard only


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.strip()]

    def data(self) -> dict:
        return json.loads(self.out)

    def entry(self, path: Path) -> dict:
        files = self.data()["files"]
        found = [f for f in files if Path(f["path"]).resolve() == path.resolve()]
        assert found, f"{path} missing from the JSON output: {[f['path'] for f in files]}"
        return found[0]


def run_cli(
    *args: str | Path,
    cwd: Path | None = None,
    preexec: Callable[[], None] | None = None,
    timeout: float = CLI_TIMEOUT,
    prefix: list[str] | None = None,
) -> Run:
    env = {**os.environ, "NO_COLOR": "1", "PYTHONFAULTHANDLER": "1"}
    env.pop("FORCE_COLOR", None)
    proc = subprocess.Popen(
        [*(prefix or []), sys.executable, "-m", "factcheck", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=cwd,
        preexec_fn=preexec,
        start_new_session=True,  # a hang is ended with its workers, which hold the pipes open
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)
        proc.communicate()
        pytest.fail(f"factcheck {' '.join(map(str, args))} did not end within {timeout} s (it hangs)")
    return Run(proc.returncode, out, err)


def digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


@pytest.fixture
def good(tmp_path: Path) -> Path:
    p = tmp_path / "good.txt"
    p.write_text(GOOD_TEXT, encoding="utf-8")
    return p


def assert_good_checked(run: Run, good: Path) -> None:
    entry = run.entry(good)
    assert entry["error"] is None
    claims = [c for c in entry["claims"] if c["rule"] == "FC101"]
    assert claims and claims[0]["status"] == "consistent", entry


def assert_refused(run: Run, bad: Path, good: Path, problem: str) -> None:
    """Exit 2, one stderr line naming ``bad`` and matching ``problem``, ``good`` still checked."""
    assert "Traceback" not in run.err and "Traceback" not in run.out
    assert run.code == 2, (run.code, run.err)
    lines = run.err_lines
    assert len(lines) == 1, f"expected one line on stderr, got {lines!r}"
    assert str(bad) in lines[0] or bad.name in lines[0], lines[0]
    assert re.search(problem, lines[0], re.IGNORECASE), lines[0]
    assert_good_checked(run, good)
    entry = run.entry(bad)
    assert entry["error"] and entry["claims"] == []


# --------------------------------------------------------------------------- files refused


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 4 for _ in range(4))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _pdf() -> bytes:
    # A tiny PDF whose text stream states a figure; it must still be refused, not read.
    stream = b"BT /F1 12 Tf 72 712 Td (Sales rose 5 percent to 1,200 from 1,000 units.) Tj ET"
    return (
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        b"3 0 obj << /Length "
        + str(len(stream)).encode()
        + b" >> stream\n"
        + stream
        + b"\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    )


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("article.txt", GOOD_TEXT * 20)
    return buf.getvalue()


NOTHING_TO_CHECK = {"empty": b"", "whitespace": b"  \n\t\r\n   \n", "bom-only": b"\xef\xbb\xbf\n"}


@pytest.mark.parametrize("case", sorted(NOTHING_TO_CHECK))
@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_a_file_with_nothing_to_check_is_not_an_error(case: str, suffix: str, tmp_path: Path) -> None:
    p = tmp_path / f"{case}{suffix}"
    p.write_bytes(NOTHING_TO_CHECK[case])
    run = run_cli("--format", "json", p)
    assert run.code == 0 and run.err_lines == []
    entry = run.entry(p)
    assert entry["error"] is None and entry["claims"] == []
    full = run_cli(p)
    assert full.code == 0 and full.out.strip() == "No claims to check in 1 file"
    assert check_file(p).error is None


REFUSED: dict[str, tuple[bytes, str]] = {
    "pdf": (_pdf(), r"binary.*PDF|PDF"),
    "png": (_png(), r"binary.*PNG|PNG"),
    "zip": (_zip(), r"binary.*zip|zip"),
    "random-binary": (bytes((i * 37 + 11) % 256 for i in range(4096)), r"binary|NUL|UTF-8"),
    "latin1": ("Citroën sold 1,200 cars, up 5 percent — café.\n".encode("latin-1", "replace"), r"UTF-8"),
    "cp1252": ("It said \u201cup 5 percent\u201d to 1,050 from 1,000 units.\n".encode("cp1252"), r"UTF-8"),
    "nul-byte": (GOOD_TEXT.encode()[:30] + b"\x00" + GOOD_TEXT.encode()[30:], r"NUL"),
    "utf16-no-bom": (GOOD_TEXT.encode("utf-16-le"), r"UTF-16|NUL|binary"),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_refused_file(case: str, tmp_path: Path, good: Path) -> None:
    data, problem = REFUSED[case]
    bad = tmp_path / f"{case}.txt"
    bad.write_bytes(data)
    before = digest(bad)
    run = run_cli("--format", "json", bad, good)
    assert_refused(run, bad, good, problem)
    assert digest(bad) == before


def test_latin1_message_says_what_to_do(tmp_path: Path) -> None:
    bad = tmp_path / "old.txt"
    bad.write_bytes("line one\nRenault's caf\xe9 sold 12 cars.\n".encode("latin-1"))
    with pytest.raises(InputError) as exc:
        read_text(bad)
    msg = str(exc.value)
    assert "\n" not in msg
    assert "line 2" in msg and "0xe9" in msg and "UTF-8" in msg


def test_missing_file(tmp_path: Path, good: Path) -> None:
    bad = tmp_path / "no-such-article.md"
    run = run_cli("--format", "json", bad, good)
    assert_refused(run, bad, good, r"no such file|not found|does not exist|matches nothing")
    assert not bad.exists()


def test_directory_where_a_file_is_expected(tmp_path: Path, good: Path) -> None:
    # The library never walks: a directory is an error there.
    d = tmp_path / "folder.md"
    d.mkdir()
    result = check_file(d)
    assert result.error and "directory" in result.error and "\n" not in result.error
    # On the command line a directory switches to directory mode (issue 4): an empty one
    # holds nothing to check, which must not be a crash either.
    run = run_cli("--format", "json", d, good)
    assert "Traceback" not in run.err
    assert run.code in (0, 2), run.err
    assert len(run.err_lines) <= 1
    assert_good_checked(run, good)


def _drop_dac_capabilities() -> None:
    """In a child run as root: give up CAP_DAC_OVERRIDE/READ_SEARCH so mode bits apply."""
    import ctypes

    class Header(ctypes.Structure):
        _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]

    class Data(ctypes.Structure):
        _fields_ = [(n, ctypes.c_uint32) for n in ("effective", "permitted", "inheritable")]

    libc = ctypes.CDLL(None, use_errno=True)
    # root regains every capability of the bounding set at exec: drop them from it too.
    for cap in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        if libc.prctl(24, cap, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")
    header = Header(0x20080522, 0)  # _LINUX_CAPABILITY_VERSION_3
    data = (Data * 2)()
    if libc.capget(ctypes.byref(header), data) != 0:
        raise OSError(ctypes.get_errno(), "capget")
    keep = ~((1 << 1) | (1 << 2)) & 0xFFFFFFFF
    for field in ("effective", "permitted", "inheritable"):
        setattr(data[0], field, getattr(data[0], field) & keep)
    if libc.capset(ctypes.byref(header), data) != 0:
        raise OSError(ctypes.get_errno(), "capset")


def test_permission_denied(tmp_path: Path, good: Path) -> None:
    bad = tmp_path / "locked.txt"
    bad.write_text(WRONG_TEXT, encoding="utf-8")
    bad.chmod(0)
    preexec = _drop_dac_capabilities if os.geteuid() == 0 else None
    try:
        probe = subprocess.run(
            [sys.executable, "-c", f"open({str(bad)!r}).read()"],
            capture_output=True,
            preexec_fn=preexec,
            timeout=60,
        )
        if probe.returncode == 0:
            pytest.skip("cannot make a file unreadable here (root with capabilities kept)")
        run = run_cli("--format", "json", bad, good, preexec=preexec)
        assert bad.stat().st_mode & 0o777 == 0
    finally:
        bad.chmod(0o644)
    assert_refused(run, bad, good, r"permission denied")
    assert bad.read_text(encoding="utf-8") == WRONG_TEXT


def test_library_maps_os_errors_to_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "a.txt"
    p.write_text(GOOD_TEXT)

    real_open = os.open

    def denied(path: object, *args: object, **kw: object) -> int:
        if os.fspath(path) == str(p):  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", denied)
    result = check_file(p)
    assert result.error == "permission denied"
    assert result.verdicts == ()


# --------------------------------------------------------------------------- size limits


def test_max_bytes_refuses_a_20_mb_article(tmp_path: Path, good: Path) -> None:
    big = tmp_path / "big.txt"
    block = (GOOD_TEXT + "\n") * 200
    with big.open("w", encoding="utf-8") as f:
        while f.tell() < 20 * 1024 * 1024:
            f.write(block)
    before = digest(big)
    run = run_cli("--format", "json", "--max-bytes", "1000000", big, good)
    assert_refused(run, big, good, r"too large|max-bytes|limit")
    assert digest(big) == before


def test_20_mb_article_refused_by_default(tmp_path: Path, good: Path) -> None:
    # The documented default limit is 10 MB: a 20 MB article is refused, not read.
    big = tmp_path / "big.md"
    with big.open("wb") as f:
        f.truncate(20 * 1024 * 1024 + 1)  # sparse: size is what is refused, not content
    run = run_cli("--format", "json", big, good)
    assert_refused(run, big, good, r"too large.*max-bytes|max-bytes.*too large")


def test_max_bytes_in_the_library(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(GOOD_TEXT * 10)
    with pytest.raises(InputError, match="too large"):
        read_text(p, max_bytes=100)
    assert read_text(p, max_bytes=10_000) == GOOD_TEXT * 10


def test_one_megabyte_line_of_digits(tmp_path: Path, good: Path) -> None:
    bad = tmp_path / "digits.txt"
    bad.write_text("7" * 1_000_000, encoding="utf-8")
    run = run_cli("--format", "json", bad, good)
    assert "Traceback" not in run.err
    assert run.code == 0, run.err
    assert run.entry(bad)["error"] is None
    assert_good_checked(run, good)


def test_long_lines_without_stops_stay_correct() -> None:
    # 300 claims on one line (25 KB) with no full stop: checked (linearly), each one right.
    line = "Northwind sold 6,150 vehicles, up 88.71 percent from 3,259 units a year earlier and "
    text = line * 300
    verdicts = check_text(text)
    assert verdicts
    assert not [v for v in verdicts if v.status is Status.INCONSISTENT]
    for v in verdicts:
        assert 0 <= v.start < v.end <= len(text)


# --------------------------------------------------------------------------- files accepted


def _claim_text(run: Run, path: Path, text: str) -> list[tuple[str, str]]:
    entry = run.entry(path)
    assert entry["error"] is None, entry
    out = []
    for c in entry["claims"]:
        assert 0 <= c["start"] < c["end"] <= len(text)
        out.append((text[c["start"] : c["end"]], c["status"]))
        for ev in c["evidence"]:
            assert text[ev["start"] : ev["end"]] == ev["text"], ev
    return out


ACCEPTED: dict[str, tuple[bytes, Callable[[bytes], str]]] = {
    "utf8-bom": (b"\xef\xbb\xbf" + GOOD_TEXT.encode(), lambda b: b.decode("utf-8")),
    "utf16-le-bom": (b"\xff\xfe" + GOOD_TEXT.encode("utf-16-le"), lambda b: b.decode("utf-16")),
    "utf16-be-bom": (b"\xfe\xff" + GOOD_TEXT.encode("utf-16-be"), lambda b: b.decode("utf-16")),
    "crlf": (
        ("Headline\r\n\r\n" + GOOD_TEXT.replace("\n", "\r\n")).encode(),
        lambda b: b.decode("utf-8"),
    ),
    "lone-cr": (("Headline\r\r" + GOOD_TEXT.replace("\n", "\r")).encode(), lambda b: b.decode("utf-8")),
}


@pytest.mark.parametrize("case", sorted(ACCEPTED))
def test_accepted_file_offsets(case: str, tmp_path: Path, good: Path) -> None:
    data, decode = ACCEPTED[case]
    p = tmp_path / f"{case}.txt"
    p.write_bytes(data)
    run = run_cli("--format", "json", p, good)
    assert "Traceback" not in run.err
    assert run.code == 0, run.err
    assert run.err_lines == []
    text = decode(data)
    claims = _claim_text(run, p, text)
    assert ("88.71 percent", "consistent") in claims, claims
    entry = run.entry(p)
    claim = next(c for c in entry["claims"] if text[c["start"] : c["end"]] == "88.71 percent")
    if case in ("crlf", "lone-cr"):
        assert claim["line"] == 3, claim  # the headline, a blank line, then the sentence
    else:
        assert claim["line"] == 1
    assert p.read_bytes() == data
    assert_good_checked(run, good)


def test_wrong_figure_still_found_next_to_bad_files(tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text(WRONG_TEXT, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.txt"
    run = run_cli("--format", "json", empty, wrong, missing)
    assert "Traceback" not in run.err
    assert run.code == 2  # a run with an input error is an error, whatever else it found
    assert len(run.err_lines) == 1  # the missing file; the empty one has nothing to check
    statuses = [c["status"] for c in run.entry(wrong)["claims"]]
    assert "inconsistent" in statuses


# --------------------------------------------------------------------------- odd numbers


def _verdicts(text: str) -> list[tuple[str, str, str]]:
    out = []
    for v in check_text(text):
        assert 0 <= v.start < v.end <= len(text)
        out.append((v.code, v.status.value, text[v.start : v.end]))
    return out


def test_huge_number_does_not_overflow() -> None:
    text = "Sales reached 1e308 units, then 1" + "0" * 320 + " units, up 5 percent from 1,000 units."
    for _code, status, _span in _verdicts(text):
        assert status != "inconsistent"
    text2 = "It sold 179,769,313,486,231,570 units, up 10 percent from 9 units."
    assert all(s != "inconsistent" for _c, s, _t in _verdicts(text2))


def test_zero_baseline_is_unverifiable() -> None:
    text = "The brand sold 500 units in May, up 5 percent from 0 units a year earlier."
    got = _verdicts(text)
    assert all(s == "unverifiable" for _c, s, _t in got), got


@pytest.mark.parametrize(
    "text",
    [
        # the growth rate of another sentence was taken for the multiple's and "flagged" it
        "It sold 1,500 cars in May, three times the 0 it sold in April. Sales were up 5 percent from April.",
        "Sales were up 5 percent from April. It sold 1,500 cars in May, three times the 0 it sold in April.",
        "Varro shipped 900 vans in June, three times as many as the 0 vans it shipped in May. "
        "Deliveries grew 5 percent from May.",
        "Varro shipped 900 vans in June, three times the 0 vans of May.\n\nIts June deliveries were up 5 percent.",
    ],
)
def test_a_multiple_of_a_zero_baseline_is_unverifiable(text: str) -> None:
    got = _verdicts(text)
    assert ("FC106", "unverifiable", "three times") in got, got
    assert all(s != "inconsistent" for _c, s, _t in got), got


def test_a_zero_baseline_after_a_level_of_the_sentence_before_does_not_raise() -> None:
    # the deep property run (seed 1): the cross-sentence baseline reader divided by the zero
    text = "0 VEHICLE\n\nUP 0 PERCENT<THAN 0"
    assert all(s != "inconsistent" for _c, s, _t in _verdicts(text))


@pytest.mark.parametrize(
    "text",
    [
        '0:UP 0 PERCENt."0:LAST YEAR',  # the deep property run, seed 1, on 759b3f5
        "Sales rose 30 percent to 1,300 units in May. The company had sold 0 units in May last year.",
    ],
)
def test_a_zero_level_of_a_year_ago_in_the_next_sentence_does_not_raise(text: str) -> None:
    # the reader of a year-on-year rate's baseline in the next sentence (growths._year_ago_next)
    # divided by that sentence's zero level: ZeroDivisionError until 74ae2ec
    got = _verdicts(text)
    assert all(s == "unverifiable" for _c, s, _t in got), got


def test_negative_and_zero_growth() -> None:
    down = "Sales fell to 950 units in May, down 5 percent from 1,000 units a year earlier."
    assert ("FC101", "consistent", "5 percent") in _verdicts(down)
    flat = "Sales were 1,000 units in May, up 0 percent from 1,000 units a year earlier."
    assert all(s != "inconsistent" for _c, s, _t in _verdicts(flat))
    minus = "Sales were 950 units in May, a change of -5 percent from 1,000 units a year earlier."
    assert all(s != "inconsistent" for _c, s, _t in _verdicts(minus))


def test_unicode_minus() -> None:
    text = "Sales fell to 950 units in May, down \u22125 percent from 1,000 units a year earlier."
    got = _verdicts(text)
    assert all(s != "inconsistent" for _c, s, _t in got), got
    assert any(span.endswith("5 percent") for _c, _s, span in got), got


def test_full_width_digits() -> None:
    text = "Northwind sold ６,１５０ vehicles, up ８８.７１％ from ３,２５９ units a year earlier."
    got = _verdicts(text)
    assert ("FC101", "consistent", "８８.７１％") in got, got


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009"])
def test_odd_spaces_as_thousands_separators(space: str) -> None:
    text = f"Northwind sold 6{space}150 vehicles, up 88.71 percent from 3{space}259 units a year earlier."
    got = _verdicts(text)
    assert ("FC101", "consistent", "88.71 percent") in got, got


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009"])
def test_a_space_grouped_figure_before_a_full_stop_is_read_whole(space: str) -> None:
    # "3 259." was read as 3, and the right growth rate was no longer checked against 3,259
    for text in (
        f"Northwind sold 6,150 vehicles in December, up 88.71 percent from 3{space}259. Exports rose.",
        f"Northwind sold 6,150 vehicles in December, up 88.71 percent on a year earlier, when it sold 3{space}259.",
    ):
        assert ("FC101", "consistent", "88.71 percent") in _verdicts(text), text


def test_a_misplaced_thousands_separator_is_not_read_as_a_figure() -> None:
    # "1,0000" was read as 1,000, and the right "up 25 percent" (from 8,000) was flagged
    text = "Orla sold 1,0000 cars in May, up 25 percent from 8,000 cars a year earlier."
    got = _verdicts(text)
    assert got and all(s != "inconsistent" for _c, s, _t in got), got
    assert not any("1,0000" in e.quantity.text for v in check_text(text) for e in v.evidence)


def test_european_decimal_comma_never_inconsistent() -> None:
    # 1.234,5 is 1234.5 in German notation; if it is not read, nothing may be flagged.
    text = "Der Absatz stieg auf 1.234,5 Einheiten, up 10 percent from 1.122,3 units."
    assert all(s != "inconsistent" for _c, s, _t in _verdicts(text))


# --------------------------------------------------------------------------- markup


def test_deeply_nested_markdown(tmp_path: Path, good: Path) -> None:
    depth = 5000
    parts = [
        ">" * depth + " " + GOOD_TEXT,
        "".join("  " * i + "- item\n" for i in range(300)),
        "*" * depth + "bold" + "*" * depth + "\n",
        "[" * depth + "link" + "](" * depth + "\n",
        "<div>" * depth + "</div>" * depth + "\n",
        "```\n" * 101,
    ]
    p = tmp_path / "nested.md"
    data = "\n\n".join(parts).encode()
    p.write_bytes(data)
    run = run_cli("--format", "json", p, good)
    assert "Traceback" not in run.err
    assert run.code == 0, run.err
    assert run.entry(p)["error"] is None
    assert p.read_bytes() == data
    assert_good_checked(run, good)


def test_html_with_scripts(tmp_path: Path, good: Path) -> None:
    script = (
        "<script>var s = 'Sales rose 50 percent to 1,000 from 100 units'; if (a < b && c > 5) { x = '</p>'; }</script>"
    )
    html = (
        "<!doctype html><html><head><title>Sales</title>"
        f"{script}<style>p {{ margin: 5px }}</style></head><body>"
        f"<p>{WRONG_TEXT.strip()}</p>{script}<p>More text.</p></body></html>\n"
    )
    p = tmp_path / "article.html"
    p.write_text(html, encoding="utf-8")
    run = run_cli("--format", "json", p, good)
    assert "Traceback" not in run.err
    assert run.code == 1, run.err  # the wrong figure in the body is found
    scripts = [(m.start(), m.end()) for m in re.finditer(r"<script>.*?</script>", html)]
    for c in run.entry(p)["claims"]:
        assert not any(s <= c["start"] < e for s, e in scripts), c  # nothing read inside scripts
    assert "inconsistent" in [c["status"] for c in run.entry(p)["claims"]]
    assert_good_checked(run, good)


# --------------------------------------------------------------------------- the report never destroys an input


def _report_text(run: Run) -> dict:
    assert "Traceback" not in run.err, run.err
    return run.data()


@pytest.mark.parametrize("name", ["a.txt", "./a.txt", "link.txt", "sub/../a.txt"])
def test_output_file_that_is_an_input_is_refused(tmp_path: Path, name: str) -> None:
    a = tmp_path / "a.txt"
    a.write_text(WRONG_TEXT, encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text(GOOD_TEXT, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to("a.txt")
    (tmp_path / "sub").mkdir()
    run = run_cli("-f", "json", "a.txt", "b.txt", "-o", name, cwd=tmp_path)
    assert run.code == 2, run
    assert len(run.err_lines) == 1 and run.err_lines[0].startswith("factcheck: "), run.err
    assert "also an input" in run.err and "Traceback" not in run.err
    assert run.out == ""
    assert a.read_text(encoding="utf-8") == WRONG_TEXT  # the article is untouched
    assert (tmp_path / "link.txt").is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt", "link.txt", "sub"]  # no temp file


def test_earlier_reports_are_left_out_of_directory_walks(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from factcheck.cli import app
    from factcheck.inputs import discover

    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    report = news / "report.txt"
    for _ in range(2):  # the second run does not read the first one's report
        res = CliRunner().invoke(app, ["-f", "json", str(news), "-o", str(report)])
        assert res.exit_code == 0, res.output
        assert [Path(f["path"]).name for f in json.loads(report.read_text(encoding="utf-8"))["files"]] == ["a.txt"]
    # Nor is an earlier report of any format, whatever its name.
    (news / "w.txt").write_text(WRONG_TEXT, encoding="utf-8")
    for fmt in ("concise", "full", "sarif", "junit", "github"):
        res = CliRunner().invoke(app, ["-f", fmt, str(news / "w.txt"), "-o", str(news / f"old-{fmt}.md")])
        assert res.exit_code == 1, res.output
        assert (news / f"old-{fmt}.md").stat().st_size > 0
    report.rename(news / "old-json.txt")
    assert sorted(Path(s.path).name for s in discover([str(news)])) == ["a.txt", "w.txt"]
    assert sorted(Path(s.path).name for s in discover([str(news) + "/*.*"])) == ["a.txt", "w.txt"]


def test_output_file_replaced_whole_keeping_mode_and_symlink(tmp_path: Path, good: Path) -> None:
    real = tmp_path / "reports" / "r.json"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "r.json"
    link.symlink_to(real)
    run = run_cli("-f", "json", good, "-o", link)
    assert run.code == 0, run.err
    assert link.is_symlink() and real.stat().st_mode & 0o777 == 0o640
    assert json.loads(real.read_text(encoding="utf-8"))["files"][0]["error"] is None
    assert sorted(p.name for p in real.parent.iterdir()) == ["r.json"]


def _small_file_limit() -> None:
    import resource
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
    resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000))


def test_failed_write_keeps_the_old_output_file(tmp_path: Path) -> None:
    files = []
    for i in range(6):
        p = tmp_path / f"a{i}.txt"
        p.write_text(GOOD_TEXT, encoding="utf-8")
        files.append(p)
    out = tmp_path / "out.json"
    out.write_text('{"old": "report"}\n', encoding="utf-8")
    run = run_cli("-f", "json", "--jobs", "1", *files, "-o", out, preexec=_small_file_limit)
    assert run.code == 2, run
    assert run.err_lines == [f"factcheck: {out}: cannot write (File too large)"], run.err
    assert out.read_text(encoding="utf-8") == '{"old": "report"}\n'
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("a")) == ["out.json"]


def test_sigint_during_output_keeps_the_old_file(tmp_path: Path) -> None:
    import signal
    import time

    for i in range(60):
        (tmp_path / f"a{i:02}.txt").write_text(GOOD_TEXT * 10, encoding="utf-8")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "report.json"
    old = '{"old": "report"}\n'
    out.write_text(old, encoding="utf-8")
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "-f", "json", "--jobs", "2", str(tmp_path), "-o", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        # Wait until the run is writing its report (a temporary file, or the old code's truncation).
        while time.monotonic() < deadline and proc.poll() is None:
            if len(list(out_dir.iterdir())) > 1 or out.read_text(encoding="utf-8") != old:
                break
            time.sleep(0.002)
        assert proc.poll() is None, "the run ended before it could be interrupted"
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 130, (proc.returncode, err)
    assert err.strip() == "factcheck: interrupted"
    assert out.read_text(encoding="utf-8") == old
    assert [p.name for p in out_dir.iterdir()] == ["report.json"]  # no temporary file left


def _kill_env(tmp_path: Path, once: bool) -> dict[str, str]:
    # Test hook (factcheck/cli.py): a worker SIGKILLs itself when given a file ending in boom.txt.
    env = {"FACTCHECK_TEST_KILL_WORKER": "boom.txt"}
    if once:
        env["FACTCHECK_TEST_KILL_ONCE"] = str(tmp_path / "killed-once")
    return env


def _kill_run(tmp_path: Path, once: bool) -> tuple[subprocess.CompletedProcess[str], list[Path]]:
    files = []
    for name in ("a.txt", "boom.txt", "c.txt", "d.txt", "e.txt"):
        p = tmp_path / name
        p.write_text(WRONG_TEXT if name == "c.txt" else GOOD_TEXT, encoding="utf-8")
        files.append(p)
    proc = subprocess.run(
        [sys.executable, "-m", "factcheck", "-f", "json", "--jobs", "2", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=CLI_TIMEOUT,
        env={**os.environ, **_kill_env(tmp_path, once)},
    )
    return proc, files


def test_a_killed_worker_is_replaced_and_its_file_retried(tmp_path: Path) -> None:
    proc, files = _kill_run(tmp_path, once=True)
    assert (tmp_path / "killed-once").exists()  # the worker really was killed once
    assert proc.returncode == 1, proc.stderr  # c.txt is wrong; nothing else went wrong
    assert proc.stderr == ""
    data = json.loads(proc.stdout)
    assert [f["path"] for f in data["files"]] == [str(f) for f in files]
    assert all(f["error"] is None and f["claims"] for f in data["files"])


def test_a_file_that_kills_its_worker_twice_is_an_error_for_that_file_alone(tmp_path: Path) -> None:
    proc, files = _kill_run(tmp_path, once=False)
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and "boom.txt" in lines[0] and "SIGKILL" in lines[0], lines
    data = json.loads(proc.stdout)  # still one valid document
    assert [f["path"] for f in data["files"]] == [str(f) for f in files]
    by_name = {Path(f["path"]).name: f for f in data["files"]}
    assert "SIGKILL" in by_name["boom.txt"]["error"] and by_name["boom.txt"]["claims"] == []
    assert [c["status"] for c in by_name["c.txt"]["claims"] if c["rule"] == "FC101"] == ["inconsistent"]
    assert all(f["error"] is None for n, f in by_name.items() if n != "boom.txt")


# --------------------------------------------------------------------------- nothing blocks, nothing is read unbounded

HANG_GUARD = 30  # seconds: these runs take about one; the old code never ended


def _assert_one_error(run: Run, name: str, problem: str, code: int = 2) -> None:
    assert "Traceback" not in run.err, run.err
    assert run.code == code, (run.code, run.err)
    assert len(run.err_lines) == 1, run.err_lines
    assert name in run.err_lines[0] and re.search(problem, run.err_lines[0]), run.err_lines[0]


@pytest.mark.parametrize("via", ["fifo", "symlink"])
def test_fifo_named_on_the_command_line_is_refused_without_blocking(tmp_path: Path, good: Path, via: str) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    named = fifo
    if via == "symlink":
        named = tmp_path / "link.md"
        named.symlink_to(fifo)
    run = run_cli("--format", "json", named, good, timeout=HANG_GUARD)
    _assert_one_error(run, named.name, r"named pipe.*not a regular file")
    assert_good_checked(run, good)
    assert run.entry(named)["error"]


def test_fifo_met_in_a_directory_walk_is_refused_without_blocking(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    os.mkfifo(news / "a-pipe.md")
    (news / "b.txt").write_text(GOOD_TEXT, encoding="utf-8")
    for args in ([news], [f"{news}/*"], [f"{news}/**/*.md", news / "b.txt"]):
        run = run_cli("--format", "json", *args, timeout=HANG_GUARD)
        _assert_one_error(run, "a-pipe.md", r"named pipe")
        assert_good_checked(run, news / "b.txt")


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "link"])
def test_devices_are_refused_not_read(tmp_path: Path, good: Path, device: str) -> None:
    path = Path(device)
    if device == "link":
        path = tmp_path / "zero.md"
        path.symlink_to("/dev/zero")
    if not path.exists():
        pytest.skip(f"{device} is missing here")
    # --max-bytes 0 is no limit: before, /dev/zero was read until memory ran out
    run = run_cli("--format", "json", "--max-bytes", "0", path, good, timeout=HANG_GUARD)
    _assert_one_error(run, path.name, r"character device.*not a regular file")
    assert_good_checked(run, good)


def test_the_read_itself_is_bounded_not_the_reported_size(good: Path) -> None:
    # /proc files report a size of 0 whatever they hold: only the read can enforce the limit.
    environ = Path("/proc/self/environ")
    if not environ.exists() or environ.stat().st_size != 0:
        pytest.skip("no /proc here")
    env = {**os.environ, **{f"FACTCHECK_PADDING_{i}": "x" * 100_000 for i in range(3)}}  # 128 KB each at most
    proc = subprocess.run(
        [sys.executable, "-m", "factcheck", "-f", "json", "--max-bytes", "100k", str(environ), str(good)],
        capture_output=True,
        text=True,
        timeout=HANG_GUARD,
        env=env,
    )
    run = Run(proc.returncode, proc.stdout, proc.stderr)
    _assert_one_error(run, "environ", r"too large \(more than 100,000 bytes")
    assert_good_checked(run, good)


def test_gitignore_with_many_stars_is_matched_in_linear_time(tmp_path: Path) -> None:
    # A regex for this pattern backtracks exponentially on a long name of a's (minutes before).
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("*a*a*a*a*a*a*a*ab\n**/*a*a*a*a*a*a*ab/**\n", encoding="utf-8")
    long_name = "a" * 200 + ".md"
    (tmp_path / long_name).write_text(GOOD_TEXT, encoding="utf-8")
    (tmp_path / ("a" * 60 + "b")).mkdir()
    (tmp_path / ("a" * 60 + "b") / "x.md").write_text(GOOD_TEXT, encoding="utf-8")
    code = (
        "import sys; from factcheck.inputs import discover; "
        "print('\\n'.join(s.path.rsplit('/', 1)[-1] for s in discover([sys.argv[1]])))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, timeout=HANG_GUARD
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == [long_name]  # not ignored (no b); the b directory is


def test_gitignore_patterns_keep_their_meaning(tmp_path: Path) -> None:
    from factcheck.inputs import GitIgnore

    (tmp_path / ".git").mkdir()
    rules = "**/drafts\nlogs/**\na/**/z.md\n[ab]?.md\n\\#hash.md\n*.tmp.md\n!keep.tmp.md\n/root-only.md\n"
    (tmp_path / ".gitignore").write_text(rules, encoding="utf-8")
    g = GitIgnore()
    yes = ["drafts", "x/y/drafts", "logs/a.md", "logs/x/b.md", "a/z.md", "a/b/c/z.md", "b1.md", "#hash.md"]
    yes += ["x/q.tmp.md", "root-only.md"]
    no = ["logs", "c1.md", "b12.md", "keep.tmp.md", "x/root-only.md", "a/b/y.md", "draftsman"]
    for rel in yes:
        assert g.ignored(str(tmp_path / rel), rel in ("drafts", "x/y/drafts")), rel
    for rel in no:
        assert not g.ignored(str(tmp_path / rel), rel == "logs"), rel


def test_globs_follow_each_directory_once_through_symlink_loops(tmp_path: Path) -> None:
    g = tmp_path / "g"
    (g / "sub").mkdir(parents=True)
    (g / "a.md").write_text(GOOD_TEXT, encoding="utf-8")
    (g / "sub" / "b.md").write_text(GOOD_TEXT, encoding="utf-8")
    (g / "loop1").symlink_to(g)  # two loops: before, a hang with memory growing
    (g / "sub" / "loop2").symlink_to(g)
    run = run_cli("--format", "json", "g/**/*.md", cwd=tmp_path, timeout=HANG_GUARD)
    assert run.code == 0, run.err
    assert [f["path"] for f in run.data()["files"]] == ["g/a.md", "g/sub/b.md"]  # each file once
    run = run_cli("--format", "json", "g", "g/loop1", "g/sub/loop2/", cwd=tmp_path, timeout=HANG_GUARD)
    assert run.code == 0, run.err
    assert [f["path"] for f in run.data()["files"]] == ["g/a.md", "g/sub/b.md"]


# --------------------------------------------------------------------------- permissions


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A directory an unprivileged user can reach (pytest's own is private to root)."""
    import shutil
    import tempfile

    d = Path(tempfile.mkdtemp(prefix="factcheck-perm-"))
    d.chmod(0o755)
    try:
        yield d
    finally:
        for p in [d, *d.rglob("*")]:
            if not p.is_symlink():
                p.chmod(0o755)
        shutil.rmtree(d)


def _unprivileged() -> list[str]:
    """A command prefix that runs the child as an unprivileged user (nobody, with setpriv) when
    the tests run as root, where mode bits would not apply; empty when already unprivileged."""
    import shutil

    if os.geteuid() != 0:
        return []
    import pwd

    try:
        nobody = pwd.getpwnam("nobody")
    except KeyError:
        pytest.skip("running as root and there is no unprivileged user (nobody) to run as")
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv to become an unprivileged user")
    prefix = [setpriv, f"--reuid={nobody.pw_uid}", f"--regid={nobody.pw_gid}", "--clear-groups"]
    probe = subprocess.run([*prefix, sys.executable, "-c", "import factcheck"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"cannot run factcheck as nobody here: {probe.stderr.decode()[-200:]}")
    return prefix


def test_file_in_a_directory_without_search_permission(shared_tmp: Path) -> None:
    prefix = _unprivileged()
    good = shared_tmp / "good.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    locked = shared_tmp / "locked"
    locked.mkdir()
    inside = locked / "a.txt"
    inside.write_text(WRONG_TEXT, encoding="utf-8")
    locked.chmod(0o644)  # readable, not searchable: config discovery cannot look inside
    run = run_cli("--format", "json", inside, good, prefix=prefix)
    assert_refused(run, inside, good, r"permission denied")


def test_unreadable_directory_in_a_walk_is_an_error(shared_tmp: Path) -> None:
    prefix = _unprivileged()
    news = shared_tmp / "news"
    news.mkdir()
    (news / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    locked = news / "locked"
    locked.mkdir()
    (locked / "wrong.txt").write_text(WRONG_TEXT, encoding="utf-8")
    locked.chmod(0)
    run = run_cli("--format", "json", news, prefix=prefix)
    _assert_one_error(run, "locked", r"cannot list directory \(Permission denied\)")
    assert_good_checked(run, news / "good.txt")
    assert run.entry(locked)["error"]


# --------------------------------------------------------------------------- configuration


@pytest.mark.parametrize("nested", ["[" * 1200 + "]" * 1200, "{a = " * 1200 + "1" + "}" * 1200])
def test_deeply_nested_config_is_one_line(tmp_path: Path, good: Path, nested: str) -> None:
    cfg = tmp_path / "factcheck.toml"
    cfg.write_text(f"select = {nested}\n", encoding="utf-8")
    run = run_cli("--config", cfg, good)
    _assert_one_error(run, "factcheck.toml", r"nested too deeply")


@pytest.mark.parametrize("line", ['fail-level = "{x}"', 'show = ["{x}"]', 'select = ["{x}"]', '"{x}" = 1'])
def test_huge_config_string_is_not_echoed_whole(tmp_path: Path, good: Path, line: str) -> None:
    cfg = tmp_path / "factcheck.toml"
    cfg.write_text(line.replace("{x}", "z" * 5_000_000) + "\n", encoding="utf-8")
    run = run_cli("--config", cfg, good)
    _assert_one_error(run, "factcheck.toml", r"5,000,000 characters")
    assert len(run.err) < 500


# --------------------------------------------------------------------------- where the report goes

FORMATS = ["full", "concise", "json", "github", "sarif", "junit"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_reader_that_stops_reading_gives_141_in_every_format(tmp_path: Path, fmt: str) -> None:
    # A report far larger than a pipe's buffer (64 KB) in every format: long names make it so.
    deep = tmp_path / ("d" * 250) / ("e" * 250)
    deep.mkdir(parents=True)
    for i in range(40):
        (deep / f"{'n' * 200}{i:02}.txt").write_text((WRONG_TEXT + "\n") * 3, encoding="utf-8")
    p = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "-f", fmt, "--jobs", "1", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert p.stdout is not None and p.stderr is not None
    assert p.stdout.read(10)  # `| head -c 10`
    p.stdout.close()
    err = p.stderr.read().decode()
    assert p.wait(timeout=CLI_TIMEOUT) == 141, err
    assert err == ""


def _dev_full() -> Path:
    full = Path("/dev/full")
    if not full.exists():
        pytest.skip("no /dev/full here")
    return full


@pytest.mark.parametrize("fmt", ["full", "json"])
def test_full_disk_on_stdout_is_a_plain_write_error(good: Path, fmt: str) -> None:
    with _dev_full().open("w") as sink:
        proc = subprocess.run(
            [sys.executable, "-m", "factcheck", "-f", fmt, str(good)],
            stdout=sink,
            stderr=subprocess.PIPE,
            text=True,
            timeout=CLI_TIMEOUT,
        )
    assert proc.returncode == 2
    assert proc.stderr == "factcheck: standard output: cannot write (No space left on device)\n"


def test_full_disk_as_output_file_is_a_plain_write_error(good: Path) -> None:
    full = _dev_full()
    run = run_cli("-f", "json", good, "-o", full)
    assert run.code == 2
    assert run.err == "factcheck: /dev/full: cannot write (No space left on device)\n"


def test_closed_stdout_is_a_plain_error(good: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "factcheck", str(good)],
        stderr=subprocess.PIPE,
        text=True,
        timeout=CLI_TIMEOUT,
        preexec_fn=lambda: os.close(1),  # `factcheck ... >&-`
    )
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [
        "factcheck: standard output is closed, nowhere to write the report (see --output-file)"
    ]


# --------------------------------------------------------------------------- odd file names

ODD_NAMES = {
    "newline": ("new\nline.txt", "new\\nline.txt", "new%0Aline.txt"),
    "escape": ("esc\x1b[2J\x07.txt", "esc\\x1b[2J\\x07.txt", "esc%1B%5B2J%07.txt"),
    "not-utf8": (os.fsdecode(b"caf\xe9.txt"), "caf\\xe9.txt", "caf%E9.txt"),
}


@pytest.fixture
def odd_files(tmp_path: Path) -> list[Path]:
    files = []
    for name, _shown, _uri in ODD_NAMES.values():
        p = tmp_path / name
        p.write_text(WRONG_TEXT, encoding="utf-8")
        files.append(p)
    return files


def _odd_run(tmp_path: Path, *args: str) -> Run:
    names = [name for name, _s, _u in ODD_NAMES.values()]
    run = run_cli(*args, *names, cwd=tmp_path)
    assert "Traceback" not in run.err and "internal error" not in run.err, run.err
    assert run.code == 1, run.err
    return run


def _check_concise(run: Run, tmp_path: Path) -> None:
    shown = [s for _n, s, _u in ODD_NAMES.values()]
    assert [line.split(":1:", 1)[0] for line in run.out.splitlines()] == shown  # one line each, escaped


def _check_full(run: Run, tmp_path: Path) -> None:
    shown = [s for _n, s, _u in ODD_NAMES.values()]
    assert "\x1b" not in run.out and "\x07" not in run.out
    assert [line for line in run.out.splitlines() if line and not line.startswith(" ")][:3] == shown


def _check_github(run: Run, tmp_path: Path) -> None:
    files = [re.search(r"file=([^,]*)", line).group(1) for line in run.out.splitlines()]  # type: ignore[union-attr]
    assert files == ["new%0Aline.txt", "esc\\x1b[2J\\x07.txt", "caf\\xe9.txt"]


def _check_sarif(run: Run, tmp_path: Path) -> None:
    sarif = json.loads(run.out)
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]]
    assert [u for u, _ in itertools.groupby(uris)] == [u for _n, _s, u in ODD_NAMES.values()]  # percent-encoded


def _check_junit(run: Run, tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    junit = ET.fromstring(run.out)  # well-formed XML
    names = [n if k == "newline" else s for k, (n, s, _u) in ODD_NAMES.items()]  # XML escapes a newline itself
    assert [s.get("name") for s in junit.iter("testsuite")] == names


def _check_json(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    data = json.loads(out.read_text(encoding="utf-8") if out.exists() else run.out)
    assert [f["path"] for f in data["files"]] == [n if k != "not-utf8" else s for k, (n, s, _u) in ODD_NAMES.items()]


ODD_FORMATS: dict[str, tuple[list[str], Callable[[Run, Path], None]]] = {
    "concise": (["-f", "concise", "--select", "FC101"], _check_concise),
    "full": (["-f", "full", "--select", "FC101", "--color", "never"], _check_full),
    "github": (["-f", "github", "--select", "FC101"], _check_github),
    "sarif": (["-f", "sarif"], _check_sarif),
    "junit": (["-f", "junit"], _check_junit),
    "json": (["-f", "json"], _check_json),
    "json-o": (["-f", "json", "-o", "report.json"], _check_json),
}


@pytest.mark.parametrize("fmt", sorted(ODD_FORMATS))
def test_odd_file_names_keep_every_format_well_formed(tmp_path: Path, odd_files: list[Path], fmt: str) -> None:
    args, check = ODD_FORMATS[fmt]
    run = _odd_run(tmp_path, *args)
    check(run, tmp_path)
    assert len(run.err_lines) == 0


def test_escape_sequences_in_an_article_are_shown_not_obeyed(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(
        "Northwind\x1b]0;owned\x07 Motors\x1b[2J sold 6,150 vehicles in December, up 87.81 percent"
        " from 3,259 units a year earlier.\n",
        encoding="utf-8",
    )
    run = run_cli("-f", "full", "--color", "never", p)
    assert run.code == 1, run.err
    assert "\x1b" not in run.out and "\x07" not in run.out
    assert "Northwind\\x1b]0;owned\\x07 Motors\\x1b[2J sold 6,150" in run.out


# --------------------------------------------------------------------------- small things


@pytest.mark.parametrize("size", ["0.5", "0.0001k", "1.0005k"])
def test_max_bytes_that_is_not_a_whole_number_of_bytes_is_refused(good: Path, size: str) -> None:
    run = run_cli("--max-bytes", size, good)
    assert run.code == 2
    assert "not a whole number of bytes" in run.err and "Traceback" not in run.err


def test_latin1_byte_in_a_cr_only_file_is_on_its_line(tmp_path: Path) -> None:
    p = tmp_path / "old-mac.txt"
    p.write_bytes(b"one\rtwo\r\rfour\rRenault's caf\xe9 sold 12 cars.\r")
    with pytest.raises(InputError, match=r"on line 5 "):
        read_text(p)


def test_output_file_in_a_directory_closed_to_new_files_is_written_in_place(shared_tmp: Path) -> None:
    prefix = _unprivileged()
    good = shared_tmp / "good.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    reports = shared_tmp / "reports"
    reports.mkdir()
    out = reports / "r.json"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o666)
    reports.chmod(0o555)  # no temporary file can be made next to it
    run = run_cli("-f", "json", good, "-o", out, prefix=prefix)
    assert run.code == 0, run.err
    assert json.loads(out.read_text(encoding="utf-8"))["files"][0]["error"] is None
    assert [p.name for p in reports.iterdir()] == ["r.json"]
