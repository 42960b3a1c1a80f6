"""factcheck's speed and memory, each figure next to its baseline, measured in one run.

    python benchmarks/run.py                 # everything (a few minutes on 2 cores)
    python benchmarks/run.py --articles 200  # a smaller corpus
    python benchmarks/run.py --keep DIR      # keep the generated corpus in DIR
    python benchmarks/run.py --sizes-only    # only the long inputs (100 KB to 10 MB, repeated figures)

It generates a corpus of realistic auto-news articles (1-10 KB, dense with figures,
sentences written from templates here, seeded so every run sees the same texts) and
prints, for this machine:

- ``factcheck --help`` wall time next to ``python -c "import typer, rich.console"``;
- one article end to end in a cold process;
- articles per second in one process, next to bare ``quantulum3.parser.parse(text)``
  (on a sample: it is quadratic in the text length) and next to spaCy blank English
  with the sentencizer (the floor any spaCy-based splitter pays);
- ``--jobs 2`` against ``--jobs 1`` over the whole corpus, and whether their outputs
  are byte-identical;
- peak resident memory of the process that checked the whole corpus;
- one file of 100 KB, 1 MB and 10 MB, and inputs of one figure repeated: time and peak memory
  (``--skip-sizes`` leaves them out);
- the slowest regular expression on 100 KB adversarial input (tests/test_regex_guard.py).

Run it with the project's interpreter (``.venv/bin/python benchmarks/run.py``); the
``factcheck`` it times is ``python -m factcheck`` of that interpreter.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable

# --------------------------------------------------------------------------- corpus

BRANDS = (
    "BYD",
    "Geely",
    "NIO",
    "Xpeng",
    "Li Auto",
    "Leapmotor",
    "Zeekr",
    "Aito",
    "Changan",
    "Great Wall Motor",
    "Chery",
    "GAC Aion",
    "SAIC-GM-Wuling",
    "Neta",
    "Xiaomi",
    "Deepal",
)
MODELS = ("Seal", "Han", "ES6", "G6", "L7", "C11", "001", "M7", "SU7", "Aion S", "Dolphin")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
NOUNS = ("vehicles", "units", "NEVs", "EVs", "cars")
UP = ("up", "rising", "an increase of", "growing")
DOWN = ("down", "falling", "a decrease of", "declining")
FILLER = (
    "The company did not comment on the figures.",
    "Deliveries were affected by a factory upgrade early in the month.",
    "Analysts expect demand to stay strong through the end of the year.",
    "The automaker said the new model would reach showrooms in the coming weeks.",
    "Price competition in the segment has intensified since the spring.",
    "Its overseas business continued to expand, led by markets in Europe and Southeast Asia.",
    "The figures were released on the company's official account on Weibo.",
    "A spokesperson said supply of battery cells had returned to normal.",
)


def _pct(cur: float, base: float, rng: random.Random) -> str:
    """The growth rate as news states it (1 or 2 decimals), now and then a wrong one."""
    p = (cur - base) / base * 100
    d = rng.choice((1, 2, 2))
    if rng.random() < 0.08:
        p += rng.choice((-1, 1)) * rng.choice((0.9, 1.7, 10.0))  # a typo-sized error
    return f"{abs(p):.{d}f}"


def _growth(cur: float, base: float, rng: random.Random) -> str:
    words = UP if cur >= base else DOWN
    return f"{rng.choice(words)} {_pct(cur, base, rng)} percent"


def _paragraph(rng: random.Random, brand: str, month_i: int) -> str:
    month = MONTHS[month_i]
    prev = MONTHS[month_i - 1]
    cur = rng.randint(2_000, 400_000)
    base = int(cur / rng.uniform(0.5, 2.5))
    prev_m = int(cur / rng.uniform(0.8, 1.25))
    noun = rng.choice(NOUNS)
    s: list[str] = []
    kind = rng.randrange(7)
    if kind == 0:
        s.append(
            f"{brand} sold {cur:,} {noun} in {month}, {_growth(cur, base, rng)} from {base:,} "
            f"units a year earlier and {_growth(cur, prev_m, rng)} from {prev_m:,} units in {prev}."
        )
        bev = int(cur * rng.uniform(0.3, 0.7))
        s.append(
            f"Of the total, {bev:,} were battery electric vehicles and {cur - bev:,} were "
            f"plug-in hybrids, accounting for {bev / cur * 100:.1f}% and "
            f"{(cur - bev) / cur * 100:.1f}% respectively."
        )
    elif kind == 1:
        exp = int(cur * rng.uniform(0.05, 0.4))
        s.append(f"{brand} delivered {cur:,} {noun} in {month}.")
        s.append(
            f"That's {_growth(cur, base, rng)} year-on-year from {base:,} units, and "
            f"exports reached {exp:,} units, {exp / cur * 100:.2f} percent of the total."
        )
    elif kind == 2:
        rev = rng.uniform(5, 180)
        rev0 = rev / rng.uniform(0.7, 1.6)
        s.append(
            f"Revenue was RMB {rev:.2f} billion in the quarter, {_growth(rev, rev0, rng)} from "
            f"RMB {rev0:.2f} billion a year ago, while net loss narrowed to RMB "
            f"{rng.uniform(0.1, 5):.2f} billion."
        )
        gm = round(rng.uniform(5, 25), 1)
        pp = round(rng.uniform(0.1, 4), 1)
        s.append(
            f"The gross margin was {gm:.1f}%, up {pp:.1f} percentage points "
            f"from {gm - pp:.1f}% in the same period last year."
        )
    elif kind == 3:
        cum = cur * (month_i + 1) + rng.randint(0, 9_999)
        cum0 = int(cum / rng.uniform(0.6, 1.9))
        s.append(
            f"From January to {month}, {brand}'s cumulative sales came to {cum:,} units, "
            f"{_growth(cum, cum0, rng)} from {cum0:,} units in the same period of last year."
        )
        s.append(f"The brand has set a target of {rng.choice((1, 2, 3, 4))} million units for the year.")
    elif kind == 4:
        model = rng.choice(MODELS)
        price = rng.randrange(99_800, 359_800, 1_000)
        s.append(
            f"The {model} starts at RMB {price:,} (about ${price / 7.1:,.0f}) and offers a CLTC "
            f"range of {rng.randrange(400, 900, 5)} km with a {rng.choice((60, 72, 80, 100))} kWh battery."
        )
        s.append(
            f"It received more than {rng.randrange(10_000, 120_000, 1_000):,} orders within "
            f"{rng.choice((24, 48, 72))} hours of its launch on {month} {rng.randint(1, 28)}."
        )
    elif kind == 5:
        gwh = rng.uniform(1, 40)
        gwh0 = gwh / rng.uniform(0.7, 1.8)
        s.append(
            f"Battery installations totalled {gwh:.2f} GWh in {month}, {_growth(gwh, gwh0, rng)} "
            f"from {gwh0:.2f} GWh a year earlier, according to the China Automotive Battery "
            f"Innovation Alliance."
        )
    else:
        wk = rng.randint(1_000, 20_000)
        wk0 = int(wk / rng.uniform(0.7, 1.4))
        s.append(
            f"In the week of {month} {rng.randint(1, 21)}-{rng.randint(22, 28)}, {brand} registered "
            f"about {wk:,} insurance registrations, {_growth(wk, wk0, rng)} from {wk0:,} the week "
            f"before."
        )
    if rng.random() < 0.5:
        s.append(rng.choice(FILLER))
    return " ".join(s)


def make_article(rng: random.Random) -> str:
    target = int(1024 * rng.uniform(1.0, 9.6))
    brand = rng.choice(BRANDS)
    month_i = rng.randrange(1, 12)
    parts = [f"{brand} {MONTHS[month_i]} sales: {rng.randint(2_000, 300_000):,} units", ""]
    while sum(len(p) + 1 for p in parts) < target:
        other = brand if rng.random() < 0.6 else rng.choice(BRANDS)
        parts.extend((_paragraph(rng, other, month_i), ""))
    text = "\n".join(parts).rstrip() + "\n"
    if len(text.encode()) > 10 * 1024:  # keep every article inside 1-10 KB
        text = text[: text.rfind("\n\n", 0, 10 * 1024 - 1)].rstrip() + "\n"
    return text


def make_corpus(n: int, seed: int = 20211201) -> list[str]:
    rng = random.Random(seed)
    return [make_article(rng) for _ in range(n)]


# --------------------------------------------------------------------------- timing helpers


@dataclass
class Proc:
    seconds: float  # wall
    cpu: float  # user + system of the child itself: robust when the machine is busy
    code: int
    out: bytes
    err: bytes
    maxrss_mb: float


# A cold process, as an editor's shell starts it: bytecode caches are written and read
# (with PYTHONDONTWRITEBYTECODE every start recompiles factcheck's own modules, ~0.15 s).
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"NO_COLOR": "1"}


def run(cmd: Sequence[str], cwd: Path | None = None) -> Proc:
    """Wall time, output and peak RSS of one child process (os.wait4 gives its rusage)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(
        list(cmd),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=cwd,
        env=_ENV,
    )
    out, err = p.stdout.read(), p.stderr.read()  # type: ignore[union-attr]
    _, status, usage = os.wait4(p.pid, 0)
    seconds = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    return Proc(seconds, cpu, p.returncode, out, err, usage.ru_maxrss / 1024)


def best_run(cmd: Sequence[str], n: int) -> Proc:
    """The fastest of ``n`` runs (wall); its CPU time is the fastest CPU time seen."""
    runs = [run(cmd) for _ in range(n)]
    best = min(runs, key=lambda r: r.seconds)
    best.cpu = min(r.cpu for r in runs)
    return best


def rate(fn: Callable[[str], object], texts: Sequence[str]) -> float:
    """Articles per CPU-second of ``fn`` over ``texts``, after one warm-up call.

    CPU time of this process, not wall time: every baseline here is single-threaded,
    and CPU time does not count the time other processes held the core.
    """
    fn(texts[0])
    t0 = time.process_time()
    for t in texts:
        fn(t)
    return len(texts) / (time.process_time() - t0)


# --------------------------------------------------------------------------- report


@dataclass
class Row:
    name: str
    ours: str
    base: str
    ratio: str
    target: str
    ok: bool | None

    def cells(self) -> list[str]:
        mark = "" if self.ok is None else ("ok" if self.ok else "MISSED")
        return [self.name, self.ours, self.base, self.ratio, self.target, mark]


class Rows(list[Row]):
    """The report's rows, each also printed the moment it is measured."""

    def append(self, row: Row) -> None:
        super().append(row)
        print("  " + " | ".join(c for c in row.cells() if c), flush=True)


def table(rows: list[Row]) -> str:
    head = ["measure", "factcheck", "baseline", "ratio", "target", ""]
    body = [head] + [r.cells() for r in rows]
    widths = [max(len(r[i]) for r in body) for i in range(len(head))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in body]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, ValueError, IndexError):
        pass
    load = "/".join(f"{x:.1f}" for x in os.getloadavg())
    return (
        f"{cpu}, {os.cpu_count()} cores{mem}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; load average {load} (other work skews timings)"
    )


def long_inputs(fc: Sequence[str], tmp: Path, rows: Rows, keep: Path | None = None) -> None:
    """One file of generated articles at 100 KB, 1 MB and 10 MB (just under the default
    --max-bytes), and inputs of one figure repeated: time must grow near-linearly (10 MB within
    15x of 1 MB) and peak memory stay under 300 MB. With ``keep``, each report is written there
    (to compare two versions' output with cmp)."""
    corpus = "\n\n".join(make_corpus(400, seed=7))
    inputs = {
        "100 KB of articles": 100_000,
        "1 MB of articles": 1_000_000,
        "10 MB of articles": 9_900_000,
    }
    took: dict[str, tuple[float, float]] = {}  # CPU, wall
    for name, size in inputs.items():
        text = (corpus + "\n\n") * (size // len(corpus) + 1)
        path = tmp / f"size-{size}.txt"
        path.write_text(text[:size], encoding="utf-8")
        p = run([*fc, "--format", "json", "--jobs", "1", str(path)])
        if keep:
            (keep / f"{path.stem}.json").write_bytes(p.out)
        took[name] = (p.cpu, p.seconds)
        rows.append(
            Row(
                f"{name}, one file, wall (CPU)",
                f"{p.seconds:.1f} s ({p.cpu:.1f} s)",
                f"{p.maxrss_mb:.0f} MB peak",
                "",
                "<= 300 MB",
                p.maxrss_mb <= 300,
            )
        )
    growth = took["10 MB of articles"][0] / took["1 MB of articles"][0]
    wall = took["10 MB of articles"][1] / took["1 MB of articles"][1]
    rows.append(Row("10 MB vs 1 MB, CPU (wall) time", f"{growth:.1f}x ({wall:.1f}x)", "", "", "<= 15x", growth <= 15))
    for name, text in (
        ('"5% " x 8,000 (24 KB)', "5% " * 8000),
        ('"12 " x 330,000 (1 MB)', "12 " * 330_000),
    ):
        path = tmp / f"repeat-{len(text)}.txt"
        path.write_text(text, encoding="utf-8")
        p = run([*fc, "--format", "json", "--jobs", "1", str(path)])
        if keep:
            (keep / f"{path.stem}.json").write_bytes(p.out)
        took_s = f"{p.seconds:.1f} s ({p.cpu:.1f} s)"
        rows.append(Row(name, took_s, f"{p.maxrss_mb:.0f} MB peak", "", "<= 300 MB", p.maxrss_mb <= 300))


def slowest_regex() -> tuple[str, float, int] | None:
    """(slowest pattern, its CPU seconds, patterns over budget) on the guard's 100 KB inputs."""
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        import test_regex_guard as guard  # type: ignore[import-not-found]
    except Exception as exc:  # the guard test is optional for the benchmark
        print(f"(regex guard not importable: {exc})", file=sys.stderr)
        return None
    worst = ("", 0.0)
    over = 0
    for name, pat in guard.PATTERNS.items():
        try:
            took = guard.exercise(pat, guard.BOUND)
        except guard._OverBudget:
            took, over = guard.BOUND, over + 1
        if took > worst[1]:
            worst = (name, took)
    return worst[0], worst[1], over


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=500, help="corpus size (default 500)")
    ap.add_argument("--q-sample", type=int, default=40, help="articles for bare quantulum3 (slow)")
    ap.add_argument("--repeat", type=int, default=5, help="runs of each cold-process timing")
    ap.add_argument("--keep", type=Path, help="write the corpus here and keep it (with --sizes-only: the reports)")
    ap.add_argument("--skip-regex", action="store_true", help="skip the regex timing")
    ap.add_argument("--skip-sizes", action="store_true", help="skip the 100 KB / 1 MB / 10 MB inputs (minutes)")
    ap.add_argument("--sizes-only", action="store_true", help="only the 100 KB / 1 MB / 10 MB and repeated inputs")
    args = ap.parse_args(argv)

    print(f"machine: {machine()}")
    if args.sizes_only:
        tmp = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
        rows = Rows()
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
        long_inputs([PY, "-m", "factcheck"], tmp, rows, args.keep)
        print()
        print(f"machine: {machine()}")
        print(table(rows))
        shutil.rmtree(tmp, ignore_errors=True)
        return 0 if all(r.ok is not False for r in rows) else 1
    texts = make_corpus(args.articles)
    sizes = [len(t.encode()) for t in texts]
    print(
        f"corpus: {len(texts)} generated articles, {min(sizes) / 1024:.1f}-{max(sizes) / 1024:.1f} KB "
        f"(mean {statistics.mean(sizes) / 1024:.1f} KB, {sum(sizes) / 1024 / 1024:.1f} MB)"
    )
    tmp = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    corpus = args.keep or tmp / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, t in enumerate(texts):
        p = corpus / f"article-{i:04d}.txt"
        p.write_text(t, encoding="utf-8")
        paths.append(str(p))
    rows = Rows()
    fc = [PY, "-m", "factcheck"]

    # 1. Start-up: --help against importing typer and rich.
    helps = best_run([*fc, "--help"], args.repeat * 2)
    bare = best_run([PY, "-c", "import typer, rich.console"], args.repeat * 2)
    r = helps.seconds / bare.seconds
    rc = helps.cpu / bare.cpu
    rows.append(
        Row(
            "factcheck --help, best wall (CPU)",
            f"{helps.seconds:.3f} s ({helps.cpu:.3f} s)",
            f"{bare.seconds:.3f} s ({bare.cpu:.3f} s) import typer, rich",
            f"{r:.2f}x ({rc:.2f}x)",
            "<= 1.5x",
            r <= 1.5,
        )
    )
    heavy = run([PY, "-X", "importtime", "-m", "factcheck", "--help"]).err.decode(errors="replace")
    names = {line.rsplit("|", 1)[-1].strip().split(".")[0] for line in heavy.splitlines()}
    loaded = [m for m in ("spacy", "quantulum3", "inflect", "thinc", "numpy") if m in names]
    rows.append(Row("heavy modules on --help", ", ".join(loaded) or "none", "", "", "none", not loaded))

    # 2. One article end to end in a cold process.
    mid = sorted(range(len(texts)), key=lambda i: sizes[i])[len(texts) // 2]
    cold = best_run([*fc, paths[mid]], args.repeat)
    rows.append(
        Row(
            f"one article, cold process ({sizes[mid] / 1024:.1f} KB), best wall (CPU)",
            f"{cold.seconds:.2f} s ({cold.cpu:.2f} s)",
            "",
            "",
            "<= 1.5 s",
            cold.seconds <= 1.5 and cold.code in (0, 1),
        )
    )

    # 3. Articles per second in one process.
    from factcheck.engine import check_text

    ours = rate(check_text, texts)
    # quantulum3 is a fallback for units our own reader cannot name: on news it should
    # cost nothing (checked before the baseline below imports it).
    q_loaded = "quantulum3" in sys.modules
    rows.append(Row("quantulum3 loaded by the corpus", "yes" if q_loaded else "no", "", "", "", None))

    import spacy
    from quantulum3 import parser as qparser

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    floor = rate(nlp, texts)
    r = floor / ours
    rows.append(
        Row(
            f"articles per CPU-second, {len(texts)} articles",
            f"{ours:.1f}/s",
            f"{floor:.1f}/s spaCy blank+sentencizer",
            f"{r:.2f}x slower",
            "<= 3x",
            r <= 3,
        )
    )
    step = max(1, len(texts) // args.q_sample)
    sample = texts[::step][: args.q_sample]
    ours_s = rate(check_text, sample)
    q = rate(qparser.parse, sample)
    r = ours_s / q
    rows.append(
        Row(
            f"articles per CPU-second, {len(sample)}-article sample",
            f"{ours_s:.1f}/s",
            f"{q:.2f}/s quantulum3 parse(text)",
            f"{r:.1f}x faster",
            ">= 5x",
            r >= 5,
        )
    )

    # 4. --jobs over the whole corpus, and 5. peak RSS of that process.
    one = run([*fc, "--format", "json", "--jobs", "1", *paths])
    if one.code not in (0, 1):
        print(f"--jobs 1 failed ({one.code}): {one.err.decode(errors='replace').strip()[:300]}")
        rows.append(Row("--jobs 2 vs --jobs 1", "n/a", "", "", ">= 1.7x", False))
        one = run([*fc, "--format", "json", *paths])
    else:
        two = run([*fc, "--format", "json", "--jobs", "2", *paths])
        r = one.seconds / two.seconds
        same = two.out == one.out
        rows.append(
            Row(
                f"--jobs 2 vs --jobs 1, {len(paths)} files",
                f"{two.seconds:.2f} s",
                f"{one.seconds:.2f} s",
                f"{r:.2f}x speed-up",
                ">= 1.7x",
                r >= 1.7,
            )
        )
        rows.append(
            Row(
                "--jobs 2 output == --jobs 1",
                "identical" if same else "DIFFERENT",
                f"{len(one.out):,} bytes",
                "",
                "identical",
                same,
            )
        )
        rows.append(Row("peak RSS, --jobs 2 parent", f"{two.maxrss_mb:.0f} MB", "", "", "", None))
    rows.append(
        Row(
            f"peak RSS, {len(paths)} files in one process",
            f"{one.maxrss_mb:.0f} MB",
            "",
            "",
            "<= 300 MB",
            one.maxrss_mb <= 300,
        )
    )
    rows.append(Row("throughput, CLI --jobs 1", f"{len(paths) / one.seconds:.1f} files/s", "", "", "", None))

    # 6. One long input: time and peak memory at 100 KB, 1 MB and 10 MB of generated articles
    # (as an archive or a feed would be), and the repeated-figure inputs that were quadratic.
    if not args.skip_sizes:
        long_inputs(fc, tmp, rows)

    # 7. The slowest regular expression on 100 KB adversarial input.
    if not args.skip_regex:
        worst = slowest_regex()
        if worst:
            name, took, over = worst
            rows.append(
                Row(
                    "regexes on 100 KB adversarial input, CPU",
                    f"slowest {took:.2f} s" + (" (budget hit)" if over else ""),
                    name,
                    f"{over} over budget",
                    "no hang",
                    over == 0,
                )
            )

    print()
    print(f"machine: {machine()}")
    print(table(rows))
    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0 if all(r.ok is not False for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
