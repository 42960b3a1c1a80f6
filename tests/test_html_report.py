"""--format html: one self-contained page, checked as markup and in a real browser.

The browser tests drive the distribution's Chromium (Debian's ``chromium`` package, which
``.ci/run`` installs) through Playwright with ``executable_path``; Playwright's own browser
download is never used. Without Chromium they are skipped outside CI and fail in CI.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from suggesting import patch_engine
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.engine import FileResult, check_source
from factcheck.render.html import CSP, reading

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"

ARTICLE = (
    "# December sales\n"
    "\n"
    "Sokon sold **6,150** units in December, up 87.81 percent from 3,259 units a year ago, "
    "and up 34 percent from 4,591 units in November.\n"
    "\n"
    "Sokon sold 41,440 NEVs for the full year, up 104.4 percent year-on-year.\n"
)
HOSTILE_NAME = "x\"<img src=y onerror=window.__pwned=3>&amp;'.txt"
HOSTILE = (
    'Tom & Jerry\'s <script>window.__pwned=1</script> "report" <img src=x onerror="window.__pwned=2">\n'
    "\n"
    "Orla sold 2,200 cars in May, up 12.5 percent from 1,200 a year earlier.\n"
)
STORY = (
    "<html><head><script>window.__pwned=4</script><title>t</title></head><body><article>\n"
    "<p>Tessin sold <b>8,000</b>&nbsp;cars, up 60 percent from 5,000.</p>\n"
    "<p>Revenue rose 12% to RMB 2 billion.</p>\n"
    "</article></body></html>\n"
)


def render(*paths: Path, cwd: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    import factcheck.engine

    monkeypatch.setattr(factcheck.engine, "check_source", factcheck.engine.check_source)  # restored after
    patch_engine()  # suggested figures for the FC101 slips
    monkeypatch.chdir(cwd)
    out = cwd / "report.html"
    r = CliRunner().invoke(app, ["-f", "html", "-j", "1", "-o", str(out), *map(str, paths)])
    assert r.exit_code in (1, 2), r.output
    return out.read_text(encoding="utf-8")


@pytest.fixture
def report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "december.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / HOSTILE_NAME).write_text(HOSTILE, encoding="utf-8")
    (tmp_path / "story.html").write_text(STORY, encoding="utf-8")
    render(
        Path("news/december.md"), Path(HOSTILE_NAME), Path("story.html"), Path("missing.md"),
        cwd=tmp_path, monkeypatch=monkeypatch,
    )  # fmt: skip
    return tmp_path / "report.html"


# --------------------------------------------------------------------------- the markup


def test_the_page_is_self_contained_and_escaped(report: Path) -> None:
    page = report.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert page.count("<script>") == 1 and page.count("<style>") == 1  # ours, inline
    assert "window.__pwned" not in page.split("<script>", 1)[1]  # the script is ours alone
    assert "<script>window.__pwned" not in page and "<img src" not in page
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    assert "x&quot;&lt;img src=y onerror=window.__pwned=3&gt;&amp;amp;&#x27;.txt" in page
    # nothing to fetch (the browser tests also count the elements with a URL)
    assert not re.search(r"https?:|//[a-z]", page.replace(CSP, ""))
    assert f'content="{CSP}"'.replace("'", "&#x27;") in page
    assert "default-src 'none'" in CSP and "unsafe-inline" not in CSP


def test_reading_drops_markup_and_keeps_offsets() -> None:
    text = "Sold **6,150** units, [up 5%](https://x.example/a) on &amp; off.\n\nNext one.\n"
    r = check_source(text, "a.md")
    read = reading(r)
    assert read.text.startswith("Sold 6,150 units, up 5% on &amp; off.")
    s = text.index("6,150")
    assert read.text[read.at(s) : read.at(s + 5)] == "6,150"
    html_text = "<p>Tessin sold <b>8,000</b>&nbsp;cars &amp; vans.</p><p>Next.</p>"
    read = reading(check_source(html_text, "a.html"))
    assert "Tessin sold 8,000\xa0cars & vans." in read.text
    assert read.text.count("\n\n") >= 1


def test_crlf_lines_and_a_byte_order_mark(tmp_path: Path) -> None:
    from io import StringIO

    from factcheck.render import reporter

    text = "\ufeffSokon sold 6,150 units,\r\nup 12 percent.\r\n\r\nNext paragraph.\r\n"
    out = StringIO()
    rep = reporter("html", out)
    rep.file(FileResult("a.txt", text, ()), [])
    rep.finish()
    body = re.search(r'<div class="body text">(.*?)</div>', out.getvalue(), re.S).group(1)
    assert body == "<p>Sokon sold 6,150 units,\r\nup 12 percent.</p><p>Next paragraph.</p>"


def test_empty_run_is_still_a_page(tmp_path: Path) -> None:
    from io import StringIO

    from factcheck.render import reporter

    out = StringIO()
    rep = reporter("html", out)
    rep.file(FileResult("a.txt", "No figures here.\n", ()), [])
    rep.finish()
    assert "No figures here." in out.getvalue() and "no problems" in out.getvalue()


# --------------------------------------------------------------------------- in Chromium


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: .ci/run installs Debian's chromium package")
        pytest.skip("Chromium is not installed (apt-get install chromium; .ci/run installs it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install -e '.[test]' installs playwright")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()


class Page:
    """A page of the report with every non-file request blocked and recorded."""

    def __init__(self, browser: Any, path: Path, js: bool = True) -> None:
        self.context = browser.new_context(
            viewport={"width": 1280, "height": 900}, offline=True, java_script_enabled=js
        )
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []

        def route(r: Any) -> None:
            if r.request.url.startswith("file://"):
                r.continue_()
            else:
                self.blocked.append(r.request.url)
                r.abort()

        self.context.route("**/*", route)
        self.page = self.context.new_page()
        self.page.set_default_timeout(5000)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None)
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.as_uri())

    def marks(self, article: int) -> list[tuple[str, str]]:
        found = self.page.eval_on_selector_all(
            f"#a{article} mark.fig",
            "ms => ms.map(m => [m.textContent, m.dataset.status || 'evidence'])",
        )
        return [tuple(m) for m in found]

    def details(self) -> str:
        return self.page.inner_text("#details")

    def active(self) -> str:
        return self.page.evaluate("document.activeElement.textContent")


@pytest.fixture
def page(browser: Any, report: Path) -> Iterator[Page]:
    p = Page(browser, report)
    yield p
    assert p.blocked == []  # the report fetched nothing
    assert p.errors == [] and p.dialogs == []  # no script error, no CSP violation, nothing ran
    p.context.close()


def test_figures_are_marked_by_status(page: Page) -> None:
    assert page.page.evaluate("document.documentElement.classList.contains('js')")  # our script ran (CSP hash)
    linked = "[src], link, object, iframe, [href]:not([href^='#']), [action], [style]"
    assert page.page.eval_on_selector_all(linked, "xs => xs.length") == 0
    assert page.marks(1) == [
        ("6,150", "evidence"),
        ("87.81 percent", "inconsistent"),
        ("3,259", "evidence"),
        ("34 percent", "consistent"),
        ("4,591", "evidence"),
        ("41,440", "evidence"),
        ("104.4 percent", "unverifiable"),
    ]
    # paragraphs kept, Markdown markup gone
    paras = page.page.eval_on_selector_all("#a1 .body p", "ps => ps.map(p => p.textContent)")
    assert paras[0] == "# December sales"
    assert paras[1].startswith("Sokon sold 6,150 units in December, up 87.81 percent")
    assert len(paras) == 3
    # the HTML article: tags and its script gone, &nbsp; read as a space
    assert page.marks(3)[:3] == [("8,000", "evidence"), ("60 percent", "consistent"), ("5,000", "evidence")]
    assert page.page.text_content("#a3 .body").count("window.__pwned") == 0
    # distinguishable without colour: an icon and an underline style of its own
    look = page.page.eval_on_selector_all(
        "#a1 mark.fig[data-status]",
        "ms => ms.map(m => [getComputedStyle(m, '::after').content, getComputedStyle(m).textDecorationStyle])",
    )
    assert look == [['"✗"', "wavy"], ['"✓"', "solid"], ['"?"', "dashed"]]
    # the unreadable file has its own section
    assert "not checked: no such file" in page.page.inner_text("#a4")


def test_summary_counts_by_status_and_rule(page: Page) -> None:
    counts = page.page.eval_on_selector_all(
        "#a1 .counts li", "ls => ls.map(l => [l.dataset.count, l.querySelector('.n').textContent])"
    )
    assert counts == [["inconsistent", "1"], ["unverifiable", "1"], ["consistent", "1"]]
    rows = page.page.eval_on_selector_all(
        "#a1 table.by-rule tbody tr", "rs => rs.map(r => [...r.cells].map(c => c.textContent))"
    )
    assert rows == [["FC101 percent-change", "1", "1", "1"]]
    problems = page.page.eval_on_selector_all("#a1 ol.problems li", "ls => ls.map(l => l.dataset.status)")
    assert problems == ["inconsistent", "unverifiable"]


def test_clicking_a_figure_explains_it(page: Page) -> None:
    assert "Click or focus a marked figure" in page.details()
    page.page.click("#a1 mark.st-inconsistent")
    text = page.details()
    assert "inconsistent" in text and "FC101 percent-change" in text
    assert "news/december.md:3:" in text
    assert "6,150 vs 3,259 is +88.71%, not +87.81%" in text
    assert "(6,150 - 3,259) / 3,259 × 100 = +88.7082%" in text  # the arithmetic
    assert "current 6,150" in text and "baseline 3,259" in text  # the figures used
    assert "diagnosis" in text
    assert page.page.inner_text("#details .v-suggestion ins") == "88.71 percent"
    # the figures it used are highlighted in the text too
    used = page.page.eval_on_selector_all("mark.ev-active", "ms => ms.map(m => m.textContent)")
    assert used == ["6,150", "3,259"]
    assert page.page.eval_on_selector_all("mark.selected", "ms => ms.map(m => m.textContent)") == ["87.81 percent"]
    # another figure: the highlight moves
    page.page.click("#a1 mark.st-consistent")
    assert "6,150 vs 4,591 is +33.96%" in page.details()
    assert page.page.eval_on_selector_all("mark.ev-active", "ms => ms.map(m => m.textContent)") == ["6,150", "4,591"]
    # an evidence figure tells which claims use it
    page.page.click("#a1 mark.fig >> text=6,150")
    assert "A figure used by" in page.details() and "+88.71%" in page.details() and "+33.96%" in page.details()


def test_keyboard_moves_from_problem_to_problem(page: Page) -> None:
    kb = page.page.keyboard
    kb.press("n")
    assert page.active() == "87.81 percent" and "+88.71%" in page.details()
    kb.press("n")
    assert page.active() == "104.4 percent" and "no baseline is stated" in page.details()
    kb.press("n")
    assert page.active() == "12.5 percent"  # the next article
    kb.press("p")
    assert page.active() == "104.4 percent"
    kb.press("Escape")
    assert "Click or focus" in page.details()
    # Tab reaches every figure, and focus alone explains it
    page.page.focus("#a1 mark.st-consistent")
    assert "+33.96%" in page.details()
    # the buttons do what n and p do
    page.page.click("button[data-step='1']")
    assert page.active() == "104.4 percent"


def test_problem_list_jumps_to_the_figure(page: Page) -> None:
    page.page.click("#a1 ol.problems li[data-status='unverifiable'] a")
    assert page.active() == "104.4 percent"
    assert "implies a baseline" in page.details()


def test_filters_by_status_and_rule(page: Page) -> None:
    p = page.page
    p.uncheck("input[data-filter-status='inconsistent']")
    assert p.get_attribute("#a1 mark.fig >> text=87.81 percent", "class").split().count("off") == 1
    assert not p.is_visible("#a1 ol.problems li[data-status='inconsistent']")
    assert p.is_visible("#a1 ol.problems li[data-status='unverifiable']")
    p.keyboard.press("n")
    assert page.active() == "104.4 percent"  # the hidden problem is skipped
    p.check("input[data-filter-status='inconsistent']")
    assert "off" not in p.get_attribute("#a1 mark.fig >> text=87.81 percent", "class").split()
    p.uncheck("input[data-filter-rule='FC101']")
    assert p.eval_on_selector_all("mark.fig[data-verdicts]:not(.off)", "ms => ms.length") == 0
    assert "Click or focus" in page.details()  # the selected claim was filtered away
    p.keyboard.press("n")
    assert page.active() == ""  # nothing left to visit (focus on the body)


def test_hostile_text_and_file_names_render_as_text(page: Page) -> None:
    p = page.page
    assert p.evaluate("typeof window.__pwned") == "undefined"
    assert p.text_content("#a2 h2.path") == HOSTILE_NAME
    first = p.text_content("#a2 .body p")
    assert first == 'Tom & Jerry\'s <script>window.__pwned=1</script> "report" <img src=x onerror="window.__pwned=2">'
    assert p.eval_on_selector_all("main script, main img", "xs => xs.length") == 0
    p.click("#a2 mark.st-inconsistent")
    assert HOSTILE_NAME + ":3:" in page.details()


def test_without_javascript_the_marks_still_read(browser: Any, report: Path) -> None:
    p = Page(browser, report, js=False)
    try:
        assert p.page.is_visible("p.noscript")
        assert p.marks(1)[1] == ("87.81 percent", "inconsistent")
        look = p.page.eval_on_selector("#a1 mark.st-inconsistent", "m => getComputedStyle(m, '::after').content")
        assert look == '"✗"'
        assert p.page.is_visible("#a1 ol.problems")
        assert p.blocked == [] and p.errors == []
    finally:
        p.context.close()


def test_screenshot(page: Page, tmp_path: Path) -> None:
    """A 1280x900 picture of the page with a claim open, for a person to look at; it is written
    to FACTCHECK_SCREENSHOT_DIR when set, else to pytest's temporary directory, never the repo."""
    page.page.click("#a1 mark.st-inconsistent")
    out = Path(os.environ.get("FACTCHECK_SCREENSHOT_DIR") or tmp_path) / "factcheck-html-report.png"
    page.page.screenshot(path=str(out))
    assert out.stat().st_size > 10_000
    size = page.page.evaluate("[innerWidth, innerHeight]")
    assert size == [1280, 900]


class _Balance(HTMLParser):
    """Checks that every element the report opens it closes, in order, and collects the marks."""

    VOID = frozenset({"meta", "br", "input", "img", "hr", "link"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.marks: dict[str, list[str]] = {}  # id -> text
        self.templates: set[str] = set()
        self.current: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            return
        a = dict(attrs)
        assert not (tag == "mark" and "mark" in self.stack), "marks never nest"
        self.stack.append(tag)
        if tag == "mark":
            self.current = []
            self.marks[a["id"] or ""] = self.current
        if tag == "template":
            self.templates.add(a["id"] or "")

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, (self.stack[-3:], tag)
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1] == "mark":
            self.current.append(data)


@pytest.mark.parametrize(
    "name", sorted(p.name for p in FIXTURES.iterdir() if p.suffix in (".txt", ".md", ".html", ".htm"))
)
def test_every_fixture_renders_to_balanced_markup_with_every_claim_marked(name: str) -> None:
    from io import StringIO

    from factcheck.render import reporter

    path = FIXTURES / name
    text = path.read_text(encoding="utf-8")
    result = check_source(text, str(path))
    out = StringIO()
    rep = reporter("html", out)
    rep.file(result, list(result.verdicts))
    rep.finish()
    parser = _Balance()
    parser.feed(out.getvalue())
    parser.close()
    assert parser.stack == []
    assert len(parser.templates) == len(result.verdicts)
    page = out.getvalue()
    read = reading(result)
    for n, v in enumerate(result.verdicts, 1):
        fig = re.search(rf'<template id="v{n}"[^>]*data-figure="(f\d+)"', page)
        assert fig, v
        shown = "".join(parser.marks[fig.group(1)])
        # the mark holds the figure as read (or the longer figure it overlaps)
        assert read.text[read.at(v.start) : read.at(v.end)] in shown, (v.stated_text, shown)


@pytest.mark.parametrize(
    "text",
    [" " * 200_000, "\n " * 100_000, " \t" * 100_000 + "x", "\r" * 200_000, "<" * 200_000, "&a" * 100_000],
    ids=["spaces", "blank-lines", "tabs", "carriage-returns", "angles", "ampersands"],
)
def test_rendering_is_linear_on_adversarial_text(text: str) -> None:
    import time
    from io import StringIO

    from factcheck.render import reporter

    t0 = time.process_time()
    out = StringIO()
    rep = reporter("html", out)
    rep.file(FileResult("a.html", text, ()), [])
    rep.finish()
    assert time.process_time() - t0 < 5.0
