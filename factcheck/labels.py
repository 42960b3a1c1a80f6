"""Labels read across figures: "A, B and C units of X, Y and Z, respectively", models
named before their figures, a domestic total next to exports, "Among these passenger
vehicles, ...". They refine the tags of the attribution's records (``Attribution.overrides``)
and are read once per document. Nothing here makes a verdict."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.attribution import Attribution, Record, metric_of, periods_in, tags_of
from factcheck.document import Document
from factcheck.respectively import RESPECTIVELY, labels_of, runs
from factcheck.totals import CUE_START

MODEL_CODE = re.compile(r"(?<![\w\-])(?!(?:Q[1-4]|H[12]|CO2|FY\d\d|[A-Z]{1,3}0\d)\b)[A-Z]{1,3}\d{1,2}[A-Z+]?(?![\w\-])")
METRIC_WORDS = re.compile(
    r"\b(?:total|overall|sales|deliveries|volumes?|wholesales?|retail|production|output|exports?|imports?|"
    r"registrations|orders|revenues?|shipments)\b",
    re.IGNORECASE,
)
OTHER = re.compile(r"^(?:other|others|the\s+rest|remaining|rest)\b", re.IGNORECASE)
NEVISH = re.compile(r"\b(?:new[- ]energy|nevs?|electrified|plug-?ins?|evs?|electric\s+vehicles?)\b", re.IGNORECASE)
ELECTRIC = {"BEV", "PHEV", "EREV", "HEV", "FCEV"}


def _label_key(label: str) -> str:
    label = re.sub(r"\s*\([^()]*\)", "", label).strip().lower()
    return re.sub(r"^the\s+", "", label)


def _label_family(labels: list[str]) -> tuple[str, list[str]] | None:
    """The family and members that a list of labels names, or None when they are not the
    categories of one breakdown (months, metrics, names of other companies)."""
    if any(periods_in(lab) or re.search(r"\d{4}", lab) for lab in labels):
        return None  # "in July and August": periods, a cumulative matter
    metrics = {metric_of(lab) for lab in labels} - {None}
    if len(metrics) > 1:
        return None  # "production and sales"
    tagged = [tags_of(lab) for lab in labels]
    for fam in ("powertrain", "segment", "market", "buyer", "body"):
        members = [t.get(fam) for t in tagged]
        if None not in members and len(set(members)) == len(members):
            return fam, members  # type: ignore[return-value]
    codes = [MODEL_CODE.findall(lab) for lab in labels]
    if all(len(c) == 1 for c in codes) and len({c[0] for c in codes}) == len(codes):
        return "model", [c[0] for c in codes]
    keys = [_label_key(lab) for lab in labels]
    if len(set(keys)) != len(keys) or any(not METRIC_WORDS.sub("", k).strip() for k in keys):
        return None  # "sales and exports": a metric, not a category of one breakdown
    home = _home_and_abroad(labels, tagged)
    if home is not None:
        return "market", home
    for lab, t in zip(labels, tagged, strict=True):
        if not (lab[:1].islower() or t or OTHER.match(lab)):
            return None  # a capitalised name: another company, a country, not a category
    return "aligned", keys


_PLACE = re.compile(r"(?:the\s+)?(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+")


def _home_and_abroad(labels: list[str], tagged: list[dict[str, str]]) -> list[str] | None:
    """ "in Korea and overseas markets, respectively": a country named against "overseas" is the
    maker's home market, so the two are domestic and export sales."""
    if len(labels) != 2:
        return None
    markets = [t.get("market") for t in tagged]
    if "export" not in markets:
        return None
    other = markets.index("export") ^ 1
    if tagged[other] or not _PLACE.fullmatch(labels[other].strip()):
        return None
    return ["domestic", "export"] if other == 0 else ["export", "domestic"]


@dataclass
class Aligned:
    parts: list[Record]
    family: str
    members: list[str]
    labels: list[str]
    nev: bool
    how: str = "paired in order with the list of labels (respectively)"
    clause_period: bool = False  # a part's period is what its words before the figure say


def _runs(doc: Document, recs: list[Record]) -> list[list[Record]]:
    """Runs of figures written one after another: "29,792, 57,237 and 1,319"."""
    return [[recs[i] for i in run] for run in runs(doc.norm, [(r.head.start, r.head.end) for r in recs])]


def aligned(att: Attribution) -> list[Aligned]:
    """Runs of figures aligned with a list of labels: "respectively", then models named in turn."""
    doc = att.doc
    out: list[Aligned] = []
    for sent in doc.sentences:
        if not RESPECTIVELY.search(sent.text):
            continue
        recs = [r for r in att.records_in(sent.index) if r.head.exact]
        for run in _runs(doc, recs):
            found = labels_of(doc.norm, (sent.start, sent.end), (run[0].head.start, run[-1].head.end), len(run))
            if found is None:
                continue
            labels, listed = found
            rest = sent.text.replace(listed, " ")
            fam = _label_family(labels)
            if fam is None:
                continue
            nev = bool(NEVISH.search(rest)) or (fam[0] == "powertrain" and set(fam[1]) <= ELECTRIC)
            out.append(Aligned(run, fam[0], fam[1], labels, nev))
    out.extend(_named_models(att, {id(r) for a in out for r in a.parts}))
    return out


# a model name: "Li L7", "ES6", "the Model Y", "Atto 3"
_MODEL_NAME = r"(?P<n>(?:[A-Z][\w\-]*\s+){0,2}[A-Z0-9][\w\-+]*)"
_MODEL_FIRST = re.compile(rf"^\s*(?:(?:the|its)\s+)?{_MODEL_NAME}\s+(?:[a-z]+\s+){{1,3}}$", re.IGNORECASE)
_MODEL_NEXT = re.compile(
    rf"^[^\d;.]{{0,40}}?,\s*(?:and\s+|while\s+)?(?:(?:the|its)\s+)?{_MODEL_NAME}(?:\s+[a-z]+){{0,2}}\s+$"
)


def _named_models(att: Attribution, used: set[int]) -> list[Aligned]:
    """ "The Li L7 had 4,900 registrations last week, the Li L8 3,800, and the Li L9 3,400": one
    figure per model, each named right before it."""
    doc = att.doc
    out = []
    for sent in doc.sentences:
        recs = [r for r in att.records_in(sent.index) if r.head.exact and id(r) not in used]
        if len(recs) < 2:
            continue
        m = _MODEL_FIRST.match(doc.norm[sent.start : recs[0].head.start])
        if m is None:
            continue
        names, parts = [m.group("n")], [recs[0]]
        for r in recs[1:]:
            m = _MODEL_NEXT.match(doc.norm[parts[-1].head.end : r.head.start])
            if m is None:
                break
            names.append(m.group("n"))
            parts.append(r)
        codes = [MODEL_CODE.findall(n) for n in names]
        if len(parts) < 2 or not all(len(c) == 1 for c in codes) or len({c[0] for c in codes}) != len(codes):
            continue
        nev = bool(NEVISH.search(sent.text))
        out.append(Aligned(parts, "model", [c[0] for c in codes], names, nev, "a figure for each model named"))
    out.extend(_model_sentences(att, used | {id(r) for a in out for r in a.parts}))
    return out


def _model_sentences(att: Attribution, used: set[int]) -> list[Aligned]:
    """ "- Deliveries of its ES6 rose 22.7% to 2,537 units." "- The ES8 recovered with 633 units.":
    consecutive sentences of one figure each, each naming one model before its figure."""
    doc = att.doc
    out: list[Aligned] = []
    run: list[tuple[Record, str]] = []

    def flush() -> None:
        if len(run) >= 2 and len({c for _, c in run}) == len(run):
            nev = any(NEVISH.search(doc.sentences[r.sentence].text) for r, _ in run)
            parts, codes = [r for r, _ in run], [c for _, c in run]
            out.append(Aligned(parts, "model", codes, codes, nev, "a figure for each model named", True))
        run.clear()

    for sent in doc.sentences:
        recs = att.records_in(sent.index)
        codes = set(MODEL_CODE.findall(doc.norm[sent.start : recs[0].head.start])) if len(recs) == 1 else set()
        r = recs[0] if recs else None
        if r is None or len(codes) != 1 or not r.head.exact or id(r) in used or "model" in r.tags:
            if recs or (run and sent.index - run[-1][0].sentence > 1):
                flush()
            continue
        if run and sent.index - run[-1][0].sentence > 1:
            flush()
        run.append((r, next(iter(codes))))
    flush()
    return out


def overrides(att: Attribution) -> dict[int, dict[str, str]]:
    out: dict[int, dict[str, str]] = {}
    doc = att.doc
    for sent in doc.sentences:
        # "Among these passenger vehicles, BEV sales were 94,941": "passenger" names the total
        m = CUE_START.match(sent.text)
        recs = att.records_in(sent.index)
        if m is None or not recs:
            continue
        comma = sent.text.find(",", m.end())
        if comma < 0 or sent.start + comma > recs[0].head.start:
            continue
        cue_tags = tags_of(sent.text[:comma])
        for r in recs:
            own = tags_of(doc.norm[sent.start + comma : r.head.start])
            out[id(r)] = {k: v for k, v in r.tags.items() if not (cue_tags.get(k) == v and k not in own)}
    # "total sales in China were 82,123" next to "exported 6,225": the home market of an exporter
    near_exports = {r.sentence + d for r in att.records if r.tags.get("market") == "export" for d in range(-2, 3)}
    for r in att.records:
        if "market" in r.tags or r.sentence not in near_exports:
            continue
        if DOMESTIC.search(r.context[: max(0, len(r.context) - len(r.head.text))]):
            out[id(r)] = {**out.get(id(r), r.tags), "market": "domestic"}
    for a in att.aligned:
        for r, member in zip(a.parts, a.members, strict=True):
            tags = {k: v for k, v in r.tags.items() if k not in ("body", "segment", "powertrain", "market", "buyer")}
            tags[a.family] = member
            out[id(r)] = tags
    return out


DOMESTIC = re.compile(
    r"\b(?:in|within)\s+(?:the\s+)?(?:China|Chinese|domestic|home|local)(?:\s+market)?\b(?![^,;]{0,20}\b(?:export|overseas))|"
    # (not "domestic sales and exports", a label of both)
    r"\bdomestic(?:ally)?\b(?![^,;]{0,20}\b(?:and|&|plus)\s+(?:exports?|overseas)\b)|\bat\s+home\b",
    re.IGNORECASE,
)
