"""Import and first-use costs of factcheck's heavy dependencies, each in a fresh process.

    python benchmarks/imports.py
    python benchmarks/imports.py --site /tmp/inflect7/lib/python3.11/site-packages

``--site`` puts another site-packages first on the path (for example one holding
inflect 7) so the same measures can be compared across dependency versions.
Each figure is the minimum over ``--repeat`` cold processes; the ``-X importtime``
column is Python's own cumulative import time for the top-level module.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

CASES: dict[str, str] = {
    "python (nothing)": "pass",
    "typer + rich.console": "import typer, rich.console",
    "factcheck.cli (--help path)": "import factcheck.cli",
    "factcheck.engine": "import factcheck.engine",
    "factcheck.render.html (--format html)": "import factcheck.render.html",
    "factcheck.server (factcheck server)": "import factcheck.server",
    "pygls + lsprotocol": "import pygls.lsp.server, lsprotocol.types",
    "spacy": "import spacy",
    "spacy.blank('en') + sentencizer": (
        "import spacy; n = spacy.blank('en'); n.add_pipe('sentencizer'); n('A b. C d.')"
    ),
    "inflect": "import inflect",
    "quantulum3.parser": "from quantulum3 import parser",
    "quantulum3 first parse": (
        "from quantulum3 import parser; parser.parse('The battery holds 75 kWh and weighs 450 kg.')"
    ),
    "factcheck first check_text": (
        "import factcheck; factcheck.check_text('It sold 6,150 units, up 88.71 percent from 3,259.')"
    ),
}


def cold(code: str, env: dict[str, str], importtime: bool) -> tuple[float, int | None]:
    args = [sys.executable, *(["-X", "importtime"] if importtime else []), "-c", code]
    t0 = time.perf_counter()
    p = subprocess.run(args, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        raise SystemExit(f"{code!r} failed: {p.stderr.strip()[-300:]}")
    cum = None
    if importtime:
        # "import time: self [us] | cumulative | name": the largest top-level entry.
        tops = [
            int(line.split("|")[1])
            for line in p.stderr.splitlines()
            if line.startswith("import time:") and "|" in line
            and not line.rsplit("|", 1)[1].startswith("  ")
            and line.split("|")[1].strip().isdigit()
        ]  # fmt: skip
        cum = max(tops) if tops else None
    return wall, cum


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--site", help="a site-packages to put first on sys.path")
    args = ap.parse_args()
    # as an editor's shell runs it: bytecode caches written and read
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if args.site:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [args.site, env.get("PYTHONPATH")]))
    versions = subprocess.run(
        [sys.executable, "-c", "import importlib.metadata as m; print(' '.join("
         "f'{d} {m.version(d)}' for d in ('spacy', 'quantulum3', 'inflect', 'typer', 'rich')))"],
        capture_output=True, text=True, env=env,
    ).stdout.strip()  # fmt: skip
    print(f"{versions}; load average {'/'.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(f"{'case':36} {'wall (min)':>10} {'importtime':>11}")
    for name, code in CASES.items():
        walls = [cold(code, env, False)[0] for _ in range(args.repeat)]
        _, cum = cold(code, env, True)
        it = f"{cum / 1e6:.3f} s" if cum else ""
        print(f"{name:36} {min(walls):8.3f} s {it:>11}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
