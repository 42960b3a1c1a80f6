"""Markdown and HTML: what is masked, and that offsets still point into the original file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.inputs import (
    GitIgnore,
    discover,
    html_spans,
    kind_of,
    markdown_spans,
    path_matches,
)

BAD = "BYD sold 6,150 NEVs in December, up 87.81 percent from 3,259 units a year ago."
GOOD = "BYD sold 6,150 NEVs in December, up 88.71 percent from 3,259 units a year ago."


def masked_text(text: str, spans: list[tuple[int, int]]) -> str:
    out = list(text)
    for s, e in spans:
        for i in range(s, e):
            if out[i] not in "\r\n":
                out[i] = " "
    return "".join(out)


def visible(text: str) -> str:
    return " ".join(masked_text(text, markdown_spans(text)).split())


def check_json(path: Path, *extra: str) -> dict:
    r = CliRunner().invoke(app, ["--select", "FC101", "-f", "json", *extra, str(path)])
    return json.loads(r.stdout)["files"][0]


# --------------------------------------------------------------------------- Markdown


@pytest.mark.parametrize(
    "doc",
    [
        f"---\ntitle: x\nsummary: {BAD}\n---\nIntro.\n",  # YAML front matter
        f"+++\nsummary = '{BAD}'\n+++\nIntro.\n",  # TOML front matter
        f"Intro.\n\n```text\n{BAD}\n```\n",  # backtick fence
        f"Intro.\n\n~~~~\n{BAD}\n~~~~\n",  # tilde fence
        f"Intro.\n\n````\n```\n{BAD}\n```\n````\n",  # a longer fence holds a shorter one
        f"Intro.\n\n```\n{BAD}\n",  # unclosed fence: code to the end
        f"Intro.\n\n    {BAD}\n",  # indented code
        f"Intro.\n\n\t{BAD}\n",  # tab-indented code
        f"Intro `{BAD}` outro.\n",  # inline code
        f"Intro ``a ` {BAD}`` outro.\n",  # inline code with a backtick inside
        f"Intro <!-- {BAD} --> outro.\n",  # HTML comment
        f"Intro <!--\n{BAD}\n--> outro.\n",  # multi-line comment
        f"Intro ![{BAD}](chart.png) outro.\n",  # image with the figures as alt text
    ],
)
def test_markdown_hides_non_prose(tmp_path: Path, doc: str) -> None:
    assert "87.81" not in visible(doc)
    p = tmp_path / "a.md"
    p.write_text(doc, encoding="utf-8")
    assert check_json(p)["claims"] == []
    assert check_json(p, "--plain")["claims"]  # as plain text the wrong figure is read


def test_markdown_keeps_prose_headings_lists_tables() -> None:
    doc = f"# {GOOD}\n\n- {GOOD}\n\n| a | {GOOD} |\n\n1. {GOOD}\n"
    assert visible(doc).count("88.71") == 4


def test_link_text_kept_url_hidden() -> None:
    doc = 'Sales [rose 5% to 1,200](https://example.com/2021/12/03/x?id=6150 "title 7") in May.\n'
    v = visible(doc)
    assert "rose 5% to 1,200" in v
    assert "2021" not in v and "6150" not in v and "title 7" not in v
    assert "example" not in visible("See <https://example.com/2021/5> and https://x.org/a/1,2.\n")


def test_reference_definitions_hidden() -> None:
    assert "2021" not in visible('Text [a][r].\n\n[r]: https://example.com/2021 "t"\n')


def test_list_continuation_is_not_code() -> None:
    doc = f"- first item\n\n    {GOOD}\n"
    assert "88.71" in visible(doc)


def test_thematic_break_is_not_front_matter() -> None:
    doc = f"---\n{GOOD}\n"  # no closing line: not front matter
    assert "88.71" in visible(doc)


def test_markdown_offsets_point_into_original(tmp_path: Path) -> None:
    doc = f"---\ntitle: 1,000\n---\n\n`code 5`\n\n> {BAD}\n"
    p = tmp_path / "a.md"
    p.write_text(doc, encoding="utf-8")
    (c,) = check_json(p)["claims"]
    assert doc[c["start"] : c["end"]].startswith("87.81")
    assert c["line"] == 7 and c["column"] == doc.splitlines()[6].index("87.81") + 1


# --------------------------------------------------------------------------- HTML


HTML = f"""<!DOCTYPE html>
<html><head><title>{BAD}</title>
<script>var s = "{BAD}";</script><style>.a {{ width: 3,259px }}</style></head>
<body><nav>Menu 6,150</nav>
<article><h1>December</h1><p>{BAD}</p><p>Second &amp; last: {GOOD}</p>
<pre>{BAD}</pre><!-- {BAD} --></article>
<footer>{BAD}</footer></body></html>
"""


def test_html_visible_article_text_only(tmp_path: Path) -> None:
    masked, breaks = html_spans(HTML)
    vis = masked_text(HTML, masked + breaks)
    assert vis.count("87.81") == 1 and vis.count("88.71") == 1
    assert "Menu" not in vis and "<p>" not in vis and "var s" not in vis
    p = tmp_path / "a.html"
    p.write_text(HTML, encoding="utf-8")
    cl = check_json(p)["claims"]
    assert [c["status"] for c in cl] == ["inconsistent", "consistent"]
    for c in cl:
        assert HTML[c["start"] : c["end"]] == c["stated_text"]
        assert c["line"] == 5


def test_html_block_tags_end_sentences() -> None:
    from factcheck.document import build

    # Two paragraphs without a full stop between them, on one line.
    doc = "<p>Sales in May: 3,259 units</p><p>Sales in June 6,150 units</p>"
    masked, breaks = html_spans(doc)
    assert breaks, "block tags are sentence boundaries"
    split = build(doc, "a.html", masked=tuple(masked), breaks=tuple(breaks))
    joined = build(doc, "a.html", masked=tuple(masked + breaks))
    assert [s.text.strip() for s in split.sentences] == ["Sales in May: 3,259 units", "Sales in June 6,150 units"]
    assert len(joined.sentences) == 1


def test_html_without_body_uses_everything() -> None:
    masked, _ = html_spans(f"<div>{GOOD}</div>")
    assert "88.71" in masked_text(f"<div>{GOOD}</div>", masked)


def test_kind_of() -> None:
    assert kind_of("a.MD") == "markdown" and kind_of("a.markdown") == "markdown"
    assert kind_of("a.html") == "html" and kind_of("a.htm") == "html"
    assert kind_of("a.txt") == "text" and kind_of("a.md", plain=True) == "text"


# --------------------------------------------------------------------------- discovery


def test_path_matches() -> None:
    assert path_matches("news/drafts/a.md", ["drafts"])
    assert path_matches("news/a.draft.md", ["*.draft.md"])
    assert path_matches("archive/2019/x/a.md", ["archive/2019"])
    assert path_matches("archive/2019/a.md", ["archive/2019/*"])
    assert not path_matches("news/a.md", ["drafts", "archive/*"])


def test_gitignore_rules(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("# comment\n/top.md\nout/\n*.bak.md\n!keep.bak.md\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / ".gitignore").write_text("local.md\n", encoding="utf-8")
    g = GitIgnore()
    assert g.ignored(str(tmp_path / "top.md"), False)
    assert not g.ignored(str(tmp_path / "sub" / "top.md"), False)  # anchored to the root
    assert g.ignored(str(tmp_path / "sub" / "out"), True)
    assert not g.ignored(str(tmp_path / "out"), False)  # dir-only pattern, this is a file
    assert g.ignored(str(tmp_path / "sub" / "x.bak.md"), False)
    assert not g.ignored(str(tmp_path / "keep.bak.md"), False)  # negation
    assert g.ignored(str(tmp_path / "sub" / "local.md"), False)
    assert not g.ignored(str(tmp_path / "local.md"), False)  # only below sub/


def test_discover_order_dedup_stdin(tmp_path: Path) -> None:
    (tmp_path / "b.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.md").write_text(GOOD, encoding="utf-8")
    srcs = discover([str(tmp_path / "b.md"), str(tmp_path), "-"], stdin_filename="x.md")
    assert [Path(s.path).name for s in srcs] == ["b.md", "a.txt", "x.md"]
    assert srcs[-1].stdin and not srcs[0].stdin


def test_explicit_file_named_despite_gitignore(tmp_path: Path) -> None:
    (tmp_path / ".gitignore").write_text("*.md\n", encoding="utf-8")
    (tmp_path / "a.md").write_text(GOOD, encoding="utf-8")
    assert discover([str(tmp_path)]) == []
    assert [s.path for s in discover([str(tmp_path / "a.md")])] == [str(tmp_path / "a.md")]


# --------------------------------------------------------------------------- inline markup


@pytest.mark.parametrize(
    ("name", "doc"),
    [
        ("a.md", "BYD sold **6,150** NEVs in December, up *87.81 percent* from 3,259 units a year ago.\n"),
        ("a.md", "BYD sold 6,150 NEVs in December, up 87.81 percent from [3,259 units](https://x.org/1) a year ago.\n"),
        ("a.md", "BYD sold __6,150__ NEVs in December, up 87.81 percent from 3,259 units a year ago.\n"),
        (
            "a.html",
            "<p>BYD sold <b>6,150</b> NEVs in December, up <em>87.81</em> percent from 3,259 units a year ago.</p>",
        ),
        ("a.html", "<p>BYD sold 6,150 NEVs in December, up 87.81&nbsp;percent from 3,259 units a year ago.</p>"),
    ],
)
def test_inline_markup_does_not_hide_a_wrong_figure(tmp_path: Path, name: str, doc: str) -> None:
    """Markup inside the phrase is read past, and offsets still point at the original figure."""
    p = tmp_path / name
    p.write_text(doc, encoding="utf-8")
    claims = [c for c in check_json(p)["claims"] if c["status"] == "inconsistent"]
    assert len(claims) == 1
    c = claims[0]
    assert doc[c["start"] :].startswith("87.81")
    evidence = {ev["role"]: ev for ev in c["evidence"]}
    for ev in evidence.values():
        assert doc[ev["start"] : ev["end"]] == ev["text"]
    assert {ev["text"] for ev in evidence.values()} >= {"6,150", "3,259"}


def test_compact_maps_offsets_back() -> None:
    from factcheck.inputs import compact

    text = "a <b>bc</b> d<i>e</i>f\n```\ncode\n```\ng"
    tags = [(2, 5), (7, 11), (13, 16), (17, 21)]
    fence = (text.index("```"), text.rindex("```") + 3)
    comp = compact(text, [*tags, fence], breaks=[])
    # Tags go as the browser renders them; the code block leaves its line breaks.
    assert comp.text == "a bc def\n\n\n\ng"
    for i, ch in enumerate(comp.text):
        if ch.isalpha():
            assert text[comp.start(i)] == ch  # every kept letter maps to itself
    assert comp.end(comp.text.index("bc") + 2) == text.index("bc") + 2
    assert compact("a<p>b", [], breaks=[(1, 4)]).text == "a\n\nb"


def test_markdown_block_tags_end_sentences() -> None:
    from factcheck.inputs import compact, prepare

    text = "Sales in May: 3,259 units<br>Sales in June 6,150 units\n"
    prep = prepare(text, "a.md")
    assert compact(text, prep.masked, prep.breaks).text == "Sales in May: 3,259 units\n\nSales in June 6,150 units\n"
    inline = "It sold <b>6,150</b> units\n"
    prep = prepare(inline, "a.md")
    assert compact(inline, prep.masked, prep.breaks).text == "It sold 6,150 units\n"


def test_library_check_file_reads_markdown_like_the_cli(tmp_path: Path) -> None:
    import factcheck

    p = tmp_path / "a.md"
    doc = f"```\n{BAD}\n```\n\n<!-- factcheck-disable-next-line -->\n{BAD}\n\n**{GOOD}**\n"
    p.write_text(doc, encoding="utf-8")
    result = factcheck.check_file(p, select=["FC101"])
    assert [v.status.value for v in result.verdicts] == ["consistent"]
    (v,) = result.verdicts
    assert doc[v.start :].startswith("88.71")


def test_glob_paths_agree_with_glob_where_there_are_no_loops(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import glob

    from factcheck.inputs import glob_paths

    for rel in ["a.md", "b.txt", ".hidden.md", "news/c.md", "news/2024/d.md", "news/.drafts/e.md", "x/y/z/f.md"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(GOOD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    patterns = ["*.md", "**/*.md", "news/**", "news/**/*.md", "*/*.md", "**", "[ab].*", "x/**/f.md", ".*.md", "news/"]
    for pattern in [*patterns, str(tmp_path) + "/**/*.md"]:
        assert glob_paths(pattern) == sorted(glob.glob(pattern, recursive=True)), pattern


def test_directory_walks_pick_up_html(tmp_path: Path) -> None:
    from factcheck.inputs import discover

    for name in ("a.md", "b.html", "c.htm", "d.txt", "e.py", "f.json"):
        (tmp_path / name).write_text("<p>It sold 6,150 cars.</p>\n", encoding="utf-8")
    found = sorted(Path(s.path).name for s in discover([str(tmp_path)]))
    assert found == ["a.md", "b.html", "c.htm", "d.txt"]


def test_an_html_report_in_a_walked_directory_is_not_an_article(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from factcheck.cli import app
    from factcheck.inputs import discover

    (tmp_path / "a.html").write_text("<p>BYD sold 6,150 NEVs, up 87.81 percent from 3,259 units.</p>\n", "utf-8")
    r = CliRunner().invoke(app, ["-f", "html", "-o", str(tmp_path / "report.html"), str(tmp_path)])
    assert r.exit_code == 1 and (tmp_path / "report.html").exists()
    assert [Path(s.path).name for s in discover([str(tmp_path)])] == ["a.html"]
