"""``factcheck server``: a real LSP session over a pipe (JSON-RPC with Content-Length framing).

Each test starts the server as a process (``python -m factcheck server``, or the same server
with suggested figures filled in by tests/suggesting.py) and speaks to it as an editor would:
initialize, didOpen, didChange, hover, codeAction, shutdown, exit.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from factcheck.server import Lines

ROOT = Path(__file__).resolve().parent.parent
BAD = "Sokon sold 6,150 units in December, up 87.81 percent from 3,259 units a year ago.\n"
GOOD = "Sokon sold 6,150 units in December, up 88.71 percent from 3,259 units a year ago.\n"
UNVERIFIABLE = "Sokon sold 41,440 NEVs for the full year, up 104.4 percent year-on-year.\n"
CONSISTENT = "Orla sold 2,200 cars in May, up 10 percent from 2,000 a year earlier.\n"
TIMEOUT = 120  # the first check loads spaCy


class Client:
    """A minimal LSP client: requests wait for their response; notifications are queued."""

    def __init__(self, *args: str, cwd: Path) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests")])}
        self.proc = subprocess.Popen(
            [sys.executable, *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=cwd,
            env=env,
        )
        self.next_id = 0
        self.responses: dict[int, Any] = {}
        self.notes: queue.Queue[dict[str, Any]] = queue.Queue()
        self.cond = threading.Condition()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        out = self.proc.stdout
        assert out is not None
        while True:
            headers: dict[str, str] = {}
            while True:
                line = out.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                key, _, value = line.decode("ascii").partition(":")
                headers[key.strip().lower()] = value.strip()
            msg = json.loads(out.read(int(headers["content-length"])).decode("utf-8"))
            if "id" in msg and "method" not in msg:
                with self.cond:
                    self.responses[msg["id"]] = msg
                    self.cond.notify_all()
            elif "id" in msg:  # a request from the server (registerCapability, ...): accept it
                self._send({"jsonrpc": "2.0", "id": msg["id"], "result": None})
            else:
                self.notes.put(msg)

    def _send(self, msg: dict[str, Any]) -> None:
        body = json.dumps(msg).encode("utf-8")
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def request(self, method: str, params: Any) -> Any:
        self.next_id += 1
        rid = self.next_id
        self._send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        with self.cond:
            ok = self.cond.wait_for(lambda: rid in self.responses, timeout=TIMEOUT)
        assert ok, f"no response to {method}"
        msg = self.responses.pop(rid)
        assert "error" not in msg, msg
        return msg["result"]

    def notify(self, method: str, params: Any) -> None:
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def diagnostics(self, uri: str, timeout: float = TIMEOUT) -> dict[str, Any]:
        """The next diagnostics published for ``uri`` (other notifications are dropped)."""
        end = time.monotonic() + timeout
        while True:
            msg = self.notes.get(timeout=max(0.01, end - time.monotonic()))
            if msg["method"] == "window/showMessage":
                raise AssertionError(msg["params"]["message"])
            if msg["method"] == "textDocument/publishDiagnostics" and msg["params"]["uri"] == uri:
                return msg["params"]

    def quiet(self, seconds: float) -> list[dict[str, Any]]:
        """Every notification that arrives within ``seconds``."""
        got = []
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            try:
                got.append(self.notes.get(timeout=left))
            except queue.Empty:
                break
        return got

    def start(self, root: Path, encodings: list[str] | None = None) -> dict[str, Any]:
        caps: dict[str, Any] = {
            "textDocument": {
                "publishDiagnostics": {"relatedInformation": True, "versionSupport": True},
                "hover": {"contentFormat": ["markdown", "plaintext"]},
                "codeAction": {
                    "codeActionLiteralSupport": {"codeActionKind": {"valueSet": ["quickfix", "source.fixAll"]}}
                },
                "synchronization": {"didSave": True},
            }
        }
        if encodings:
            caps["general"] = {"positionEncodings": encodings}
        result = self.request(
            "initialize",
            {"processId": os.getpid(), "rootUri": root.as_uri(), "capabilities": caps, "clientInfo": {"name": "test"}},
        )
        self.notify("initialized", {})
        return result

    def open(self, path: Path, text: str, language: str = "markdown", version: int = 1) -> str:
        uri = path.as_uri()
        self.notify(
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": language, "version": version, "text": text}},
        )
        return uri

    def stop(self) -> int:
        assert self.request("shutdown", None) is None
        self.notify("exit", None)
        try:
            return self.proc.wait(timeout=30)
        finally:
            for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
                if stream:
                    stream.close()

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture
def server(tmp_path: Path) -> Any:
    clients: list[Client] = []

    def start(*args: str, suggesting: bool = False) -> Client:
        prog = [str(ROOT / "tests" / "suggesting.py"), "server"] if suggesting else ["-m", "factcheck", "server"]
        c = Client(*prog, *args, cwd=tmp_path)
        clients.append(c)
        return c

    yield start
    for c in clients:
        c.kill()


def pos(text: str, needle: str, after: int = 0) -> dict[str, int]:
    """The LSP position (UTF-16) of ``needle`` in ``text``."""
    off = text.index(needle)
    line = text.count("\n", 0, off)
    col = off - (text.rfind("\n", 0, off) + 1)
    return {"line": line, "character": len(text[off - col : off + after].encode("utf-16-le")) // 2}


def rng(text: str, needle: str) -> dict[str, Any]:
    return {"start": pos(text, needle), "end": pos(text, needle, len(needle))}


# --------------------------------------------------------------------------- positions


def test_lines_count_utf16_units_and_lsp_line_breaks() -> None:
    text = "a\r\nb🚗 6,150\rc\x0bd\n"
    lines = Lines(text)
    off = text.index("6,150")
    p = lines.position(off)
    assert (p.line, p.character) == (1, 4)  # the car is two UTF-16 units
    assert lines.offset(p) == off
    assert Lines(text, "utf-32").position(off).character == 3
    assert Lines(text, "utf-8").position(off).character == 6
    assert lines.position(text.index("d")).line == 2  # \x0b is no line break in LSP
    assert lines.offset(type(p)(line=9, character=0)) == len(text)
    assert lines.offset(type(p)(line=0, character=99)) == 1  # past the end of a line: its end


# --------------------------------------------------------------------------- a session


def test_session_diagnostics_hover_change_and_exit(tmp_path: Path, server: Any) -> None:
    c = server("--debounce", "1")  # the two edits below arrive well within it, even on a loaded machine
    init = c.start(tmp_path)
    caps = init["capabilities"]
    assert caps["hoverProvider"] and caps["codeActionProvider"] and caps["textDocumentSync"]
    assert init["serverInfo"]["name"] == "factcheck"
    text = "# Sales\n\n" + BAD + "\n" + UNVERIFIABLE + "\n" + CONSISTENT
    uri = c.open(tmp_path / "news.md", text)
    pub = c.diagnostics(uri)
    assert pub["version"] == 1
    diags = sorted(pub["diagnostics"], key=lambda d: (d["range"]["start"]["line"], d["range"]["start"]["character"]))
    assert [(d["code"], d["severity"], d["source"]) for d in diags] == [
        ("FC101", 1, "factcheck"),  # inconsistent: Error
        ("FC101", 3, "factcheck"),  # unverifiable, a growth rate with no baseline (info): Information
        ("FC101", 4, "factcheck"),  # consistent: Hint
    ]
    bad = diags[0]
    assert bad["range"] == rng(text, "87.81 percent")
    assert "6,150 vs 3,259 is +88.71%, not +87.81%" in bad["message"]
    related = [(r["message"], r["location"]["range"], r["location"]["uri"]) for r in bad["relatedInformation"]]
    assert related == [("current: 6,150", rng(text, "6,150"), uri), ("baseline: 3,259", rng(text, "3,259"), uri)]

    # hover on the figure: the arithmetic
    h = c.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": pos(text, "87.81", 2)})
    assert h["contents"]["kind"] == "markdown"
    assert "(6,150 - 3,259) / 3,259 × 100 = +88.7082%" in h["contents"]["value"]
    assert "inconsistent" in h["contents"]["value"] and h["range"] == rng(text, "87.81 percent")
    # hover on an operand: the claims that use it
    h = c.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": pos(text, "3,259", 1)})
    assert "Used as the baseline" in h["contents"]["value"]
    # hover on plain prose: nothing
    assert c.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": pos(text, "Sales")}) is None

    # two quick edits (fix the figure, then add a sentence): checked once, debounced, at the last version
    start = pos(text, "87.81")
    end = pos(text, "87.81", 5)
    c.notify(
        "textDocument/didChange",
        {
            "textDocument": {"uri": uri, "version": 2},
            "contentChanges": [{"range": {"start": start, "end": end}, "text": "88.71"}],
        },
    )
    c.notify(
        "textDocument/didChange",
        {
            "textDocument": {"uri": uri, "version": 3},
            "contentChanges": [{"range": {"start": {"line": 0, "character": 7}, "end": {"line": 0, "character": 7}},
                                "text": " in December"}],
        },
    )  # fmt: skip
    pub = c.diagnostics(uri)
    assert pub["version"] == 3  # version 2 was never published on its own
    assert sorted(d["severity"] for d in pub["diagnostics"]) == [3, 4, 4]  # the wrong figure is gone
    assert c.quiet(0.8) == []  # and nothing more comes
    # the hover follows the edited text
    new_text = text.replace("87.81", "88.71").replace("# Sales", "# Sales in December")
    h = c.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": pos(new_text, "88.71", 1)})
    assert "consistent" in h["contents"]["value"] and h["range"] == rng(new_text, "88.71 percent")

    c.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    assert c.diagnostics(uri)["diagnostics"] == []
    assert c.stop() == 0


def test_code_action_replaces_the_wrong_figure(tmp_path: Path, server: Any) -> None:
    c = server(suggesting=True)
    c.start(tmp_path, encodings=["utf-16"])
    text = "Hello 🚗 world.\n\n" + BAD + "\n" + GOOD.replace("Sokon", "Orla").replace("88.71", "87.81")
    uri = c.open(tmp_path / "a.txt", text, language="plaintext")
    pub = c.diagnostics(uri)
    errors = [d for d in pub["diagnostics"] if d["severity"] == 1]
    assert len(errors) == 2
    first = errors[0]
    assert first["range"] == rng(text, "87.81 percent")
    assert first["data"]["suggestion"] == "88.71 percent"
    actions = c.request(
        "textDocument/codeAction",
        {
            "textDocument": {"uri": uri},
            "range": first["range"],
            "context": {"diagnostics": [first], "triggerKind": 1},
        },
    )
    quick = [a for a in actions if a["kind"] == "quickfix"]
    assert len(quick) == 1
    (fix,) = quick
    assert fix["title"] == "Replace 87.81 percent with 88.71 percent (FC101)"
    assert fix["isPreferred"] is True and fix["diagnostics"] == [first]
    assert fix["edit"]["changes"] == {uri: [{"range": first["range"], "newText": "88.71 percent"}]}
    (fix_all,) = [a for a in actions if a["kind"] == "source.fixAll"]
    assert len(fix_all["edit"]["changes"][uri]) == 2
    # nothing to fix away from the figures, and only what was asked for
    params = {"textDocument": {"uri": uri}, "range": rng(text, "Hello")}
    assert c.request("textDocument/codeAction", {**params, "context": {"diagnostics": [], "only": ["quickfix"]}}) == []
    assert c.stop() == 0


def test_config_file_and_inline_suppressions_apply(tmp_path: Path, server: Any) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.factcheck]\nfail-level = "warning"\nshow = ["inconsistent", "unverifiable"]\n'
        'exclude = ["drafts"]\n\n[tool.factcheck.per-file-ignores]\n"press/*" = ["FC101"]\n',
        encoding="utf-8",
    )
    for d in ("news", "press", "drafts"):
        (tmp_path / d).mkdir()
    c = server()
    c.start(tmp_path)
    text = BAD + "\n" + UNVERIFIABLE + "\n" + CONSISTENT
    uri = c.open(tmp_path / "news" / "a.md", text)
    diags = c.diagnostics(uri)["diagnostics"]
    # fail-level warning: the lone growth rate is info, below it; show: no consistent claims
    assert sorted(d["severity"] for d in diags) == [1, 3]
    # 5,400 vs 5,000 is +8%, not +9%, unless both were rounded: a warning, so it fails the run
    doubtful = c.open(tmp_path / "news" / "d.md", "Orla sold 5,400 trucks in June, up 9 percent from 5,000 before.\n")
    assert [d["severity"] for d in c.diagnostics(doubtful)["diagnostics"]] == [1]
    for sub in ("press", "drafts"):  # per-file-ignores, exclude
        other = c.open(tmp_path / sub / "a.md", text)
        assert c.diagnostics(other)["diagnostics"] == []
    suppressed = "<!-- factcheck-disable-next-line FC101 -->\n" + BAD + "\n" + UNVERIFIABLE
    uri = c.open(tmp_path / "news" / "b.md", suppressed)
    diags = c.diagnostics(uri)["diagnostics"]
    assert [d["range"]["start"]["line"] for d in diags] == [3]  # only the unverifiable claim
    # a nested configuration file is found as on the command line
    (tmp_path / "news" / "sub").mkdir()
    (tmp_path / "news" / "sub" / ".factcheck.toml").write_text('ignore = ["percent-change"]\n', encoding="utf-8")
    uri = c.open(tmp_path / "news" / "sub" / "c.md", text)
    assert c.diagnostics(uri)["diagnostics"] == []
    assert c.stop() == 0


def test_a_broken_config_file_is_reported_not_fatal(tmp_path: Path, server: Any) -> None:
    (tmp_path / ".factcheck.toml").write_text("fail_level = 'x'\n", encoding="utf-8")
    c = server()
    c.start(tmp_path)
    c.open(tmp_path / "a.md", BAD)
    msg = c.notes.get(timeout=TIMEOUT)
    assert msg["method"] == "window/showMessage" and msg["params"]["type"] == 1
    assert "key 'fail_level': unknown key" in msg["params"]["message"]
    c.open(tmp_path / "b.md", BAD)  # the same problem is not shown again for every document
    assert c.quiet(1.5) == []
    (tmp_path / ".factcheck.toml").write_text('fail-level = "warning"\n', encoding="utf-8")  # mended
    uri = c.open(tmp_path / "c.md", BAD)
    assert [d["severity"] for d in c.diagnostics(uri)["diagnostics"]] == [1]
    assert c.stop() == 0


def test_server_help_and_a_missing_config(tmp_path: Path) -> None:
    p = subprocess.run(
        [sys.executable, "-m", "factcheck", "server", "--help"], capture_output=True, text=True, timeout=60
    )
    assert p.returncode == 0 and "--config" in p.stdout and "--debounce" in p.stdout
    p = subprocess.run(
        [sys.executable, "-m", "factcheck", "server", "--config", str(tmp_path / "nope.toml")],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert p.returncode == 2 and "config file not found" in p.stderr


def test_help_through_main_loads_no_server_and_no_html_renderer() -> None:
    """``factcheck --help`` goes through ``main()``, where ``server`` is dispatched: still light."""
    code = (
        "import sys\n"
        "sys.argv = ['factcheck', '--help']\n"
        "from factcheck.cli import main\n"
        "try:\n    main()\nexcept SystemExit as e:\n    assert e.code in (0, None), e.code\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('pygls', 'lsprotocol', 'cattrs', 'spacy',"
        " 'quantulum3') or m in ('factcheck.server', 'factcheck.render.html', 'factcheck.diff'))\n"
        "sys.stderr.write(repr(heavy))\n"
        "sys.exit(1 if heavy else 0)\n"
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    assert "--diff" in p.stdout and "html" in p.stdout


def test_utf8_positions_and_an_unsaved_markdown_buffer(tmp_path: Path, server: Any) -> None:
    (tmp_path / ".factcheck.toml").write_text('show = ["inconsistent"]\n', encoding="utf-8")
    c = server()
    init = c.start(tmp_path, encodings=["utf-8"])
    assert init["capabilities"]["positionEncoding"] == "utf-8"
    text = "Überall **Zahlen** 🚗: " + BAD  # Markdown emphasis, read as Markdown: no file suffix needed
    uri = "untitled:Untitled-1"
    c.notify(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}},
    )
    (d,) = c.diagnostics(uri)["diagnostics"]  # the workspace's configuration applies: inconsistent only
    start = len(text[: text.index("87.81")].encode("utf-8"))
    assert d["range"] == {
        "start": {"line": 0, "character": start},
        "end": {"line": 0, "character": start + len("87.81 percent")},
    }
    assert c.stop() == 0


def test_an_html_document_is_read_for_its_text(tmp_path: Path, server: Any) -> None:
    c = server()
    c.start(tmp_path)
    text = (
        "<html><head><script>var x = '87.81 percent';</script></head><body><article>\n"
        "<p>Sokon sold <b>6,150</b>&nbsp;units in December, up <em>87.81</em> percent from 3,259 units.</p>\n"
        "</article></body></html>\n"
    )
    uri = c.open(tmp_path / "story.html", text, language="html")
    (d,) = [d for d in c.diagnostics(uri)["diagnostics"] if d["severity"] == 1]
    start = pos(text, "87.81</em>")
    assert d["range"]["start"] == start  # in the original markup, past the tags
    assert d["range"]["end"] == pos(text, "percent from", len("percent"))
    used = [r["location"]["range"]["start"] for r in d["relatedInformation"]]
    assert used == [pos(text, "6,150"), pos(text, "3,259")]
    assert c.stop() == 0
