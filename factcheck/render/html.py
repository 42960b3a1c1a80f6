"""``--format html``: every article of the run, marked up, in one self-contained page.

The page needs nothing but itself: the style sheet and the script are inline, it fetches
nothing (its Content-Security-Policy forbids any request and admits only its own script and
style, by hash), and it works from a ``file://`` URL. Every piece of article text, file name
and message is escaped here; the script never turns text into markup, it only shows and hides
what this module wrote (each verdict's explanation is a ``<template>``).

Each checked figure is a focusable ``<mark>`` whose status shows three ways: colour, an icon
and the underline style (wavy: inconsistent, dashed: unverifiable, solid: consistent).
"""

from __future__ import annotations

import base64
import bisect
import hashlib
import html
import re
from dataclasses import dataclass, field
from typing import Any, TextIO

from factcheck import __version__
from factcheck.engine import FileResult
from factcheck.model import Status, Verdict
from factcheck.render import Reporter

ICON = {Status.INCONSISTENT: "✗", Status.UNVERIFIABLE: "?", Status.CONSISTENT: "✓"}
RANK = {Status.INCONSISTENT: 0, Status.UNVERIFIABLE: 1, Status.CONSISTENT: 2}
ORDER = (Status.INCONSISTENT, Status.UNVERIFIABLE, Status.CONSISTENT)
PROBLEMS = (Status.INCONSISTENT, Status.UNVERIFIABLE)


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


# --------------------------------------------------------------------------- the text as read


_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TAG = re.compile(r"<[^<>]*>")
_NEWLINES = re.compile(r"\r\n|\r|\n")
# A line break, then blank lines: tried only where a line ends, so linear in a run of spaces.
_PARAGRAPH_BREAK = re.compile(r"(?:\r\n|\r(?!\n)|\n)(?:[^\S\r\n]*(?:\r\n|\r(?!\n)|\n))+\s*")


@dataclass
class Reading:
    """The article as a reader sees it: the original text without its masked markup
    (Markdown syntax, HTML tags), and where each original offset lands in it."""

    text: str
    starts: list[int] = field(default_factory=list)  # original start of each piece
    dstarts: list[int] = field(default_factory=list)  # its start in ``text``
    kept: list[bool] = field(default_factory=list)

    def at(self, offset: int) -> int:
        i = bisect.bisect_right(self.starts, offset) - 1
        if i < 0:
            return 0
        if self.kept[i]:
            nxt = self.dstarts[i + 1] if i + 1 < len(self.dstarts) else len(self.text)
            return min(self.dstarts[i] + offset - self.starts[i], nxt)
        return self.dstarts[i]


def reading(result: FileResult) -> Reading:
    text = result.text
    doc = result.document
    masked = doc.masked if doc is not None else ()
    breaks = doc.breaks if doc is not None else ()
    is_html = result.path.lower().endswith((".html", ".htm"))
    spans = sorted([(s, e, False) for s, e in masked] + [(s, e, True) for s, e in breaks])
    if text.startswith("\ufeff"):  # a byte-order mark is no text
        spans.insert(0, (0, 1, False))
    out = Reading("")
    parts: list[str] = []
    size = 0

    def emit(piece: str, origin: int, kept: bool) -> None:
        nonlocal size
        out.starts.append(origin)
        out.dstarts.append(size)
        out.kept.append(kept)
        parts.append(piece)
        size += len(piece)

    pos = 0
    for s, e, is_break in spans:
        s = max(s, pos)
        if e <= s:
            continue
        if s > pos:
            emit(text[pos:s], pos, True)
        if is_break:
            rep = "\n\n"
        else:
            rep = "".join(_NEWLINES.findall(text, s, e))
            if not rep and is_html:  # &nbsp; is a space, &amp; an ampersand
                rep = "".join(html.unescape(m.group()) for m in _ENTITY.finditer(_TAG.sub("", text[s:e])))
        emit(rep, s, False)
        pos = e
    emit(text[pos:], pos, True)
    out.text = "".join(parts)
    return out


# --------------------------------------------------------------------------- one article


@dataclass
class Figure:
    start: int  # in the reading
    end: int
    id: str
    stated: list[int] = field(default_factory=list)  # verdicts stated here
    used: list[int] = field(default_factory=list)  # verdicts that use it as evidence


class Article:
    """The markup of one file; ``ids`` number figures and verdicts across the whole page."""

    def __init__(self, result: FileResult, shown: list[Verdict], ids: dict[str, int]) -> None:
        self.result, self.shown, self.ids = result, shown, ids
        self.index = ids["article"] = ids.get("article", 0) + 1
        self._starts: list[int] | None = None

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column, as the other formats give them (one index per article)."""
        if self.result.document is not None:
            return self.result.document.line_col(offset)
        if self._starts is None:
            self._starts = [0] + [m.end() for m in _NEWLINES.finditer(self.result.text)]
        i = bisect.bisect_right(self._starts, offset) - 1
        return i + 1, offset - self._starts[i] + 1

    def _next(self, kind: str) -> int:
        self.ids[kind] = self.ids.get(kind, 0) + 1
        return self.ids[kind]

    def render(self) -> str:
        r = self.result
        head = f'<h2 class="path">{esc(r.path)}</h2>'
        if r.error:
            return (
                f'<section class="article error" id="a{self.index}" aria-label="{esc(r.path)}">{head}'
                f'<p class="file-error" role="alert">not checked: {esc(r.error)}</p></section>'
            )
        read = reading(r)
        vids = [self._next("verdict") for _ in self.shown]
        self.by_vid = dict(zip(vids, self.shown, strict=True))
        figures = self._figures(read, vids)
        body = self._body(read, figures)
        templates = "".join(self._template(v, vid, figures) for v, vid in zip(self.shown, vids, strict=True))
        summary = self._summary(vids, figures)
        kind = "html" if r.path.lower().endswith((".html", ".htm")) else "text"
        notes = "".join(f'<p class="file-note">note: {esc(n)}</p>' for n in r.notes)
        return (
            f'<section class="article" id="a{self.index}" aria-label="{esc(r.path)}">{head}{notes}'
            f'<div class="cols"><div class="body {kind}">{body}</div>{summary}</div>{templates}</section>'
        )

    def _figures(self, read: Reading, vids: list[int]) -> dict[tuple[int, int], Figure]:
        """One figure per distinct span (stated or evidence); overlapping spans share the
        first, longer one, so marks never nest."""
        spans: dict[tuple[int, int], tuple[list[int], list[int]]] = {}
        for v, vid in zip(self.shown, vids, strict=True):
            spans.setdefault((v.start, v.end), ([], []))[0].append(vid)
            for ev in v.evidence:
                spans.setdefault((ev.quantity.start, ev.quantity.end), ([], []))[1].append(vid)
        figures: dict[tuple[int, int], Figure] = {}  # original span -> figure
        placed: list[Figure] = []
        for s, e in sorted(spans, key=lambda se: (se[0], -se[1])):
            ds, de = read.at(s), read.at(e)
            if de <= ds:
                de = ds  # a span wholly inside markup: shown as an empty mark
            # In start order, and reading offsets never go back: only the last figure can overlap.
            host = placed[-1] if placed and ds < placed[-1].end else None
            if host is None:
                host = Figure(ds, de, f"f{self._next('figure')}")
                placed.append(host)
            else:
                host.end = max(host.end, de)  # a figure overlapping the last one's end extends it
            stated, used = spans[(s, e)]
            host.stated.extend(x for x in stated if x not in host.stated)
            host.used.extend(x for x in used if x not in host.used)
            figures[(s, e)] = host
        return figures

    def _mark(self, fig: Figure, inner: str) -> str:
        verdicts = [self.by_vid[vid] for vid in fig.stated]
        attrs = [f'id="{fig.id}"', 'tabindex="0"']
        if verdicts:
            worst = min((v.status for v in verdicts), key=RANK.__getitem__)
            label = "; ".join(f"{v.status.value} {v.code} {v.name}" for v in verdicts)
            classes = f"fig st-{worst.value}" + (" problem" if worst in PROBLEMS else "")
            attrs += [
                f'class="{classes}"',
                f'data-status="{worst.value}"',
                f'data-verdicts="{" ".join(f"v{x}" for x in fig.stated)}"',
                f'title="{esc(label)}"',
            ]
        else:
            attrs += ['class="fig evidence-only"', 'title="a figure a claim uses"']
        if fig.used:
            attrs.append(f'data-used-by="{" ".join(f"v{x}" for x in fig.used)}"')
        return f"<mark {' '.join(attrs)}>{inner}</mark>"

    def _body(self, read: Reading, figures: dict[tuple[int, int], Figure]) -> str:
        text = read.text
        # Sorted and disjoint (see _figures), so one pass over them serves every paragraph.
        placed = sorted({id(f): f for f in figures.values()}.values(), key=lambda f: (f.start, f.end))
        # Paragraphs: blank lines in the reading, except inside a figure.
        cuts: list[tuple[int, int]] = []
        k = 0
        for m in _PARAGRAPH_BREAK.finditer(text):
            while k < len(placed) and placed[k].end <= m.start():
                k += 1
            if k < len(placed) and placed[k].start < m.end():
                continue
            cuts.append(m.span())
        out: list[str] = []
        pos = k = 0
        for cs, ce in [*cuts, (len(text), len(text))]:
            para_s, para_e = pos, cs
            pos = ce
            chunk: list[str] = []
            at = para_s
            while k < len(placed) and placed[k].start <= para_e:
                f = placed[k]
                k += 1
                start = max(f.start, at)  # (a figure wholly inside markup between paragraphs: empty)
                chunk.append(esc(text[at:start]))
                chunk.append(self._mark(f, esc(text[start : max(start, f.end)])))
                at = max(start, f.end)
            chunk.append(esc(text[at:para_e]))
            inner = "".join(chunk)
            if inner.strip():
                out.append(f"<p>{inner.strip()}</p>")
        return "".join(out) or '<p class="empty">(no text)</p>'

    def _template(self, v: Verdict, vid: int, figures: dict[tuple[int, int], Figure]) -> str:
        r = self.result
        line, col = self.line_col(v.start)
        fig = figures[(v.start, v.end)]
        evidence = " ".join(dict.fromkeys(figures[(ev.quantity.start, ev.quantity.end)].id for ev in v.evidence))
        rows = [
            f'<div class="v-head"><span class="badge st-{v.status.value}">'
            f'<span aria-hidden="true">{ICON[v.status]}</span> {esc(v.status.value)}</span> '
            f'<span class="rule">{esc(v.code)} {esc(v.name)}</span> '
            f'<span class="where">{esc(r.path)}:{line}:{col}</span></div>',
            f'<p class="v-stated">stated: <q>{esc(v.stated_text or r.text[v.start : v.end])}</q></p>',
            f'<p class="v-message">{esc(v.message)}</p>',
        ]
        if v.arithmetic:
            rows.append(f'<pre class="v-arith">{esc(v.arithmetic)}</pre>')
        if v.evidence:
            items = "".join(
                f'<li><a class="ev-link" href="#{figures[(ev.quantity.start, ev.quantity.end)].id}">'
                f'<span class="role">{esc(ev.role)}</span> <span class="ev-text">{esc(ev.quantity.text)}</span></a>'
                f' <span class="where">{":".join(map(str, self.line_col(ev.quantity.start)))}</span></li>'
                for ev in v.evidence
            )
            rows.append(f'<div class="v-evidence"><h4>figures used</h4><ul>{items}</ul></div>')
        if v.diagnosis is not None:
            rows.append(
                f'<p class="v-diagnosis"><strong>diagnosis</strong> <code>{esc(v.diagnosis.code)}</code> '
                f"{esc(v.diagnosis.text)}</p>"
            )
        if v.suggestion:
            rows.append(
                f'<p class="v-suggestion"><strong>suggested</strong> '
                f"<del>{esc(v.stated_text or r.text[v.start : v.end])}</del> → <ins>{esc(v.suggestion)}</ins></p>"
            )
        return (
            f'<template id="v{vid}" data-status="{v.status.value}" data-rule="{esc(v.code)}" '
            f'data-figure="{fig.id}" data-evidence="{evidence}"><div class="verdict st-{v.status.value}">'
            f"{''.join(rows)}</div></template>"
        )

    def _summary(self, vids: list[int], figures: dict[tuple[int, int], Figure]) -> str:
        r = self.result
        counts = {s: 0 for s in ORDER}
        by_rule: dict[tuple[str, str], dict[Status, int]] = {}
        for v in self.shown:
            counts[v.status] += 1
            by_rule.setdefault((v.code, v.name), {s: 0 for s in ORDER})[v.status] += 1
        status_items = "".join(
            f'<li class="count st-{s.value}" data-count="{s.value}"><span aria-hidden="true">{ICON[s]}</span> '
            f'<span class="n">{counts[s]}</span> {s.value}</li>'
            for s in ORDER
        )
        rule_rows = "".join(
            f'<tr data-rule="{esc(code)}"><th scope="row">{esc(code)} <span class="name">{esc(name)}</span></th>'
            + "".join(f'<td class="st-{s.value}">{n[s] or ""}</td>' for s in ORDER)
            + "</tr>"
            for (code, name), n in sorted(by_rule.items())
        )
        rules = (
            '<table class="by-rule"><thead><tr><th scope="col">rule</th>'
            + "".join(f'<th scope="col" title="{s.value}">{ICON[s]}</th>' for s in ORDER)
            + f"</tr></thead><tbody>{rule_rows}</tbody></table>"
            if rule_rows
            else ""
        )
        problems = []
        for v, vid in zip(self.shown, vids, strict=True):
            if v.status not in PROBLEMS:
                continue
            line, col = self.line_col(v.start)
            problems.append(
                f'<li data-v="v{vid}" data-status="{v.status.value}" data-rule="{esc(v.code)}">'
                f'<a href="#{figures[(v.start, v.end)].id}" class="st-{v.status.value}">'
                f'<span aria-hidden="true">{ICON[v.status]}</span> {line}:{col} {esc(v.code)} '
                f"<q>{esc(v.stated_text)}</q> {esc(v.message)}</a></li>"
            )
        hidden = len(r.verdicts) - len(self.shown)
        note = (
            f'<p class="hidden-note">{hidden} claim{"s" if hidden != 1 else ""} not shown (--show)</p>'
            if hidden
            else ""
        )
        plist = (
            f'<ol class="problems">{"".join(problems)}</ol>' if problems else '<p class="no-problems">no problems</p>'
        )
        return (
            f'<aside class="summary" aria-label="summary of {esc(r.path)}"><h3>summary</h3>'
            f'<ul class="counts">{status_items}</ul>{rules}{note}<h3>problems</h3>{plist}</aside>'
        )


# --------------------------------------------------------------------------- the page

CSS = """
:root { --red: #b3261e; --red-bg: #fde3e1; --amber: #8a5a00; --amber-bg: #fff1c9;
  --green: #1d6b34; --green-bg: #dff3e4; --blue: #1f5fbf; --ink: #1b1b1b; --muted: #5c5c5c; --line: #d8d8d8; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
  background: #f6f6f4; }
header.top { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid var(--line);
  padding: .5rem 1rem; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; align-items: center; }
header.top h1 { font-size: 1.05rem; margin: 0; }
header.top .totals { color: var(--muted); font-size: .9rem; }
fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .2rem .7rem; font-size: .88rem; }
legend { float: left; font-weight: 600; margin-right: .4rem; }
button { font: inherit; font-size: .88rem; padding: .15rem .6rem; border: 1px solid #999; border-radius: 4px;
  background: #fff; cursor: pointer; }
.keys { color: var(--muted); font-size: .8rem; }
kbd { border: 1px solid #bbb; border-radius: 3px; padding: 0 .25rem; font-size: .78rem; background: #f3f3f3; }
main { margin-right: 430px; padding: 1rem 1.2rem 4rem; }
.article { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .6rem 1.1rem 1rem;
  margin-bottom: 1.2rem; }
.article h2.path { font-size: .95rem; font-family: ui-monospace, Menlo, Consolas, monospace; margin: .3rem 0 .6rem;
  word-break: break-all; }
.cols { display: grid; grid-template-columns: minmax(0, 1fr) 250px; gap: 1.2rem; }
.body p { margin: 0 0 .8rem; }
.body.text p { white-space: pre-line; }
.summary { font-size: .85rem; border-left: 1px solid var(--line); padding-left: .9rem; }
.summary h3 { font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted);
  margin: .2rem 0 .3rem; }
.counts { list-style: none; padding: 0; margin: 0 0 .6rem; }
.counts li { font-weight: 600; }
.by-rule { border-collapse: collapse; margin-bottom: .6rem; width: 100%; }
.by-rule th, .by-rule td { text-align: left; padding: .05rem .3rem; border-bottom: 1px solid #eee;
  font-weight: normal; }
.by-rule td { text-align: center; }
.by-rule .name { color: var(--muted); }
.problems { padding-left: 1.1rem; margin: 0; }
.problems li { margin-bottom: .3rem; }
.problems a { color: var(--ink); text-decoration: none; }
.problems a:hover, .problems a:focus { text-decoration: underline; }
.problems q { font-weight: 600; }
.problems li.off, .fig-hidden { display: none; }
.hidden-note, .no-problems, .file-error, .file-note { color: var(--muted); }
.noscript { margin: .6rem 1.2rem 0; color: var(--amber); }
.file-error { color: var(--red); font-weight: 600; }
td.st-inconsistent, .counts .st-inconsistent { color: var(--red); }
td.st-unverifiable, .counts .st-unverifiable { color: var(--amber); }
td.st-consistent, .counts .st-consistent { color: var(--green); }
mark.fig { background: none; color: inherit; border-radius: 2px; padding: 0; cursor: pointer;
  text-decoration-thickness: 2px; text-underline-offset: 3px; }
mark.fig::after { font-size: .72em; vertical-align: super; margin-left: 1px; font-weight: 700; }
mark.st-inconsistent { background: var(--red-bg); text-decoration: underline wavy var(--red); }
mark.st-inconsistent::after { content: "✗"; color: var(--red); }
mark.st-unverifiable { background: var(--amber-bg); text-decoration: underline dashed var(--amber); }
mark.st-unverifiable::after { content: "?"; color: var(--amber); }
mark.st-consistent { background: var(--green-bg); text-decoration: underline solid var(--green);
  text-decoration-thickness: 1px; }
mark.st-consistent::after { content: "✓"; color: var(--green); }
mark.evidence-only { text-decoration: underline dotted var(--muted); }
mark.fig.off { background: none; text-decoration: none; cursor: default; }
mark.fig.off::after { content: none; }
mark.fig:focus, mark.fig.selected { outline: 2px solid var(--blue); outline-offset: 0; }
mark.fig.ev-active { outline: 2px dashed var(--blue); outline-offset: 0; background: #dce8fb; }
#details { position: fixed; top: 0; right: 0; width: 420px; height: 100vh; overflow: auto; background: #fff;
  border-left: 1px solid var(--line); padding: 4.2rem 1rem 1rem; font-size: .92rem; z-index: 1; }
#details .placeholder { color: var(--muted); }
.verdict { border-top: 1px solid var(--line); padding-top: .5rem; margin-bottom: .9rem; }
.verdict:first-of-type { border-top: 0; }
.badge { font-weight: 700; padding: 0 .35rem; border-radius: 3px; }
.badge.st-inconsistent { background: var(--red-bg); color: var(--red); }
.badge.st-unverifiable { background: var(--amber-bg); color: var(--amber); }
.badge.st-consistent { background: var(--green-bg); color: var(--green); }
.rule { font-weight: 600; }
.where { color: var(--muted); font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .82em; }
.v-message { margin: .4rem 0; }
.v-arith { white-space: pre-wrap; background: #f4f4f4; padding: .4rem .5rem; border-radius: 4px; margin: .4rem 0;
  font-size: .85rem; }
.v-evidence h4 { margin: .4rem 0 .1rem; font-size: .78rem; text-transform: uppercase; color: var(--muted); }
.v-evidence ul { margin: 0; padding-left: 1.1rem; }
.role { color: var(--muted); }
.ev-text { font-weight: 600; }
.v-suggestion del { color: var(--red); }
.v-suggestion ins { color: var(--green); font-weight: 700; text-decoration: none;
  border-bottom: 2px solid var(--green); }
@media (max-width: 900px) {
  main { margin-right: 0; }
  .cols { grid-template-columns: 1fr; }
  #details { position: sticky; bottom: 0; top: auto; width: auto; height: 40vh; padding-top: .8rem;
    border-top: 1px solid var(--line); }
}
@media print { #details, header.top fieldset, header.top button { display: none; } main { margin: 0; } }
"""

JS = r"""
(function () {
  "use strict";
  var details = document.getElementById("details");
  var placeholder = details.innerHTML;
  var current = null;
  var byId = function (id) { return document.getElementById(id); };
  var ids = function (s) { return (s || "").split(" ").filter(Boolean); };
  var RANK = { inconsistent: 0, unverifiable: 1, consistent: 2 };

  function visible(v) {
    var t = byId(v);
    if (!t) { return false; }
    var s = document.querySelector('input[data-filter-status="' + t.dataset.status + '"]');
    var r = document.querySelector('input[data-filter-rule="' + t.dataset.rule + '"]');
    return (!s || s.checked) && (!r || r.checked);
  }

  function clear() {
    document.querySelectorAll("mark.selected, mark.ev-active").forEach(function (m) {
      m.classList.remove("selected", "ev-active");
    });
  }

  function show(fig) {
    clear();
    current = fig;
    fig.classList.add("selected");
    var stated = ids(fig.dataset.verdicts).filter(visible);
    var list = stated.length ? stated : ids(fig.dataset.usedBy).filter(visible);
    details.textContent = "";
    var h = document.createElement("p");
    h.className = "d-head";
    h.textContent = stated.length ? "The claim at this figure" + (stated.length > 1 ? "s" : "") + ":"
      : list.length ? "A figure used by:" : "No claim shown for this figure.";
    details.appendChild(h);
    list.forEach(function (v) {
      var t = byId(v);
      details.appendChild(document.importNode(t.content, true));
      ids(t.dataset.evidence).forEach(function (e) {
        var m = byId(e);
        if (m && m !== fig) { m.classList.add("ev-active"); }
      });
    });
  }

  function problems() {
    return Array.prototype.slice.call(document.querySelectorAll("mark.fig.problem:not(.off)"));
  }

  function step(dir) {
    var list = problems();
    if (!list.length) { return; }
    var i = list.indexOf(current), next;
    if (i >= 0) {
      next = (i + dir + list.length) % list.length;
    } else if (current) {  // from a figure that is no problem: the nearest problem that way
      var after = list.filter(function (m) {
        return current.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING;
      });
      next = dir > 0 ? (after.length ? list.indexOf(after[0]) : 0)
        : (list.length - after.length - 1 + list.length) % list.length;
    } else {
      next = dir > 0 ? 0 : list.length - 1;
    }
    go(list[next]);
  }

  function go(fig) {
    fig.scrollIntoView({ block: "center" });
    fig.focus({ preventScroll: true });
    if (document.activeElement !== fig) { show(fig); }
  }

  function filter() {
    document.querySelectorAll("mark.fig[data-verdicts]").forEach(function (m) {
      var vs = ids(m.dataset.verdicts).filter(visible);
      m.classList.remove("st-inconsistent", "st-unverifiable", "st-consistent", "problem");
      if (!vs.length) {
        m.classList.add("off");
        m.setAttribute("tabindex", "-1");
        return;
      }
      m.classList.remove("off");
      m.setAttribute("tabindex", "0");
      var worst = vs.map(function (v) { return byId(v).dataset.status; })
        .sort(function (a, b) { return RANK[a] - RANK[b]; })[0];
      m.dataset.status = worst;
      m.classList.add("st-" + worst);
      if (worst !== "consistent") { m.classList.add("problem"); }
    });
    document.querySelectorAll("ol.problems li[data-v]").forEach(function (li) {
      li.classList.toggle("off", !visible(li.dataset.v));
    });
    if (current && current.classList.contains("off")) {
      clear(); current = null; details.innerHTML = placeholder;
    } else if (current) { show(current); }
  }

  document.addEventListener("focusin", function (e) {
    var fig = e.target.closest && e.target.closest("mark.fig");
    if (fig && !fig.classList.contains("off")) { show(fig); }
  });
  document.addEventListener("click", function (e) {
    var fig = e.target.closest("mark.fig");
    if (fig && !fig.classList.contains("off")) { show(fig); return; }
    var a = e.target.closest("a[href^='#']");
    if (a) {
      var target = byId(a.getAttribute("href").slice(1));
      if (target && target.matches("mark.fig")) {
        e.preventDefault();
        if (a.classList.contains("ev-link")) {
          target.scrollIntoView({ block: "center" });
        } else { go(target); }
      }
    }
    var b = e.target.closest("button[data-step]");
    if (b) { step(Number(b.dataset.step)); }
  });
  document.addEventListener("change", function (e) {
    if (e.target.matches("input[data-filter-status], input[data-filter-rule]")) { filter(); }
  });
  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) { return; }
    var k = e.key;
    if (k === "n" || k === "j") { e.preventDefault(); step(1); }
    else if (k === "p" || k === "k") { e.preventDefault(); step(-1); }
    else if (k === "Escape") {
      clear(); current = null; details.innerHTML = placeholder;
      if (document.activeElement && document.activeElement.blur) { document.activeElement.blur(); }
    } else if ((k === "Enter" || k === " ") && e.target.matches && e.target.matches("mark.fig")) {
      e.preventDefault(); show(e.target);
    }
  });
  document.documentElement.classList.add("js");
})();
"""


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


CSP = f"default-src 'none'; script-src '{_sha256(JS)}'; style-src '{_sha256(CSS)}'; base-uri 'none'; form-action 'none'"


class HtmlReporter(Reporter):
    """Collects each file's markup (not its verdicts) and writes the page at the end, when
    the filters know every rule and status of the run."""

    def __init__(self, out: TextIO, **kw: Any) -> None:
        super().__init__(out, **kw)
        self.sections: list[str] = []
        self.ids: dict[str, int] = {}
        self.rules: dict[str, str] = {}
        self.totals = {s: 0 for s in ORDER}
        self.files = self.errors = 0

    def file(self, result: FileResult, shown: list[Verdict]) -> None:
        self.files += 1
        self.errors += result.error is not None
        for v in shown:
            self.rules.setdefault(v.code, v.name)
            self.totals[v.status] += 1
        self.sections.append(Article(result, shown, self.ids).render())

    def finish(self) -> None:
        t = self.totals
        n = sum(t.values())
        totals = (
            f"{self.files} file{'s' if self.files != 1 else ''}, {n} claim{'s' if n != 1 else ''}: "
            + ", ".join(f"{ICON[s]} {t[s]} {s.value}" for s in ORDER)
            + (f", {self.errors} not checked" if self.errors else "")
        )
        status_boxes = "".join(
            f'<label><input type="checkbox" checked data-filter-status="{s.value}"> '
            f'<span aria-hidden="true">{ICON[s]}</span> {s.value}</label>'
            for s in ORDER
        )
        rule_boxes = "".join(
            f'<label title="{esc(name)}"><input type="checkbox" checked data-filter-rule="{esc(code)}"> '
            f"{esc(code)} {esc(name)}</label>"
            for code, name in sorted(self.rules.items())
        )
        body = "".join(self.sections) or '<p class="empty">No files were checked.</p>'
        self.out.write(
            "<!DOCTYPE html>\n"
            '<html lang="en"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{esc(CSP)}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<meta name="referrer" content="no-referrer">'
            f'<meta name="generator" content="factcheck {esc(__version__)}">'
            f"<title>factcheck report</title><style>{CSS}</style></head><body>"
            '<header class="top"><h1>factcheck report</h1>'
            f'<span class="totals">{esc(totals)}</span>'
            f'<fieldset class="filter-status"><legend>show</legend>{status_boxes}</fieldset>'
            + (f'<fieldset class="filter-rule"><legend>rules</legend>{rule_boxes}</fieldset>' if rule_boxes else "")
            + '<span class="nav"><button type="button" data-step="-1">◀ previous problem</button> '
            '<button type="button" data-step="1">next problem ▶</button></span>'
            '<span class="keys"><kbd>n</kbd>/<kbd>p</kbd> next/previous problem, <kbd>Tab</kbd> every figure, '
            "<kbd>Esc</kbd> close</span></header>"
            '<noscript><p class="noscript">Scripts are off: the figures are marked, but their explanations, '
            "the filters and the keys need JavaScript.</p></noscript>"
            f"<main>{body}</main>"
            '<aside id="details" aria-live="polite" aria-label="the selected claim">'
            '<p class="placeholder">Click or focus a marked figure to see how it was checked.</p></aside>'
            f"<script>{JS}</script></body></html>\n"
        )
