"""Every CI recipe in the README works as written: the GitHub workflows' ``run:`` steps (the
install aside, which needs the network) and the other CI commands, run on a scratch content
repository; and the README's example report is what factcheck prints.

The pre-commit recipe is run in tests/test_cli_precommit.py.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

import factcheck

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
BIN = Path(sys.executable).parent
GOOD = "BYD sold 6,150 NEVs in December, up 88.71 percent from 3,259 units a year ago.\n"
BAD = "BYD sold 6,150 NEVs in December, up 87.81 percent from 3,259 units a year ago.\n"
# 5,400 vs 5,000 is +8%, not +9%, unless both round figures were rounded: unverifiable, a warning.
DOUBTFUL = "Orla sold 5,400 trucks in June, up 9 percent from 5,000 a year earlier.\n"

pytestmark = pytest.mark.skipif(shutil.which("git") is None or shutil.which("bash") is None, reason="needs git, bash")


def workflows() -> dict[str, dict]:
    out = {}
    for block in re.findall(r"```yaml\n(.*?)```", README, re.DOTALL):
        m = re.match(r"# \.github/workflows/(\S+)\n", block)
        if m:
            out[m.group(1)] = yaml.safe_load(block)
    return out


def steps(name: str) -> tuple[list[str], list[str]]:
    """(install commands, other run steps) of a README workflow."""
    (job,) = workflows()[name]["jobs"].values()
    runs = [s["run"] for s in job["steps"] if "run" in s]
    installs = [r for r in runs if r.startswith("pip install")]
    return installs, [r for r in runs if not r.startswith("pip install")]


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_") and k not in ("FORCE_COLOR",)}
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"  # factcheck as pip installed it
    env.update(extra)
    return env


def run_step(script: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    # GitHub runs a `run:` step as `bash --noprofile --norc -eo pipefail {0}`
    return subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
        cwd=cwd,
        env=_env(**env),
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_installs_pin_the_release_the_pre_commit_recipe_names() -> None:
    assert set(workflows()) == {"factcheck.yml", "factcheck-sarif.yml"}
    rev = re.search(r"\n    rev: (\S+)", README).group(1)  # type: ignore[union-attr]
    for name in workflows():
        installs, _ = steps(name)
        assert installs == [f'pip install "factcheck @ git+{factcheck.REPOSITORY}@{rev}"'], installs


def _pull_request(tmp_path: Path) -> Path:
    """A content repository on a pull request's branch: one article changed to a wrong figure,
    one added, one deleted, and a wrong article the pull request does not touch."""
    repo = tmp_path / "content"
    (repo / "news").mkdir(parents=True)
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "config", "user.email", "t@example.com")
    _git(repo, "config", "user.name", "t")
    (repo / "news" / "old-wrong.md").write_text(BAD, encoding="utf-8")
    (repo / "news" / "edited.md").write_text(GOOD, encoding="utf-8")
    (repo / "news" / "gone.md").write_text(GOOD, encoding="utf-8")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "base")
    _git(repo, "update-ref", "refs/remotes/origin/main", "HEAD")
    _git(repo, "checkout", "-q", "-b", "pr")
    (repo / "news" / "edited.md").write_text(GOOD + "\n" + BAD, encoding="utf-8")
    (repo / "news" / "new page.html").write_text(f"<article><p>{DOUBTFUL}</p></article>\n", encoding="utf-8")
    (repo / "news" / "gone.md").unlink()
    (repo / "notes.py").write_text("# up 87.81 percent from 3,259\n", encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "pr")
    return repo


def test_pull_request_workflow_checks_only_the_changed_articles(tmp_path: Path) -> None:
    _, (script,) = steps("factcheck.yml")
    repo = _pull_request(tmp_path)
    summary = tmp_path / "summary.md"
    p = run_step(script, repo, GITHUB_BASE_REF="main", GITHUB_STEP_SUMMARY=str(summary))
    # the step fails (xargs exits 123 when factcheck exits 1): a wrong figure
    assert p.returncode == 123, p.stdout + p.stderr
    lines = p.stdout.splitlines()
    assert lines and all(line.startswith("::error file=news/edited.md,line=3,col=37,") for line in lines), p.stdout
    assert "old-wrong" not in p.stdout and "notes.py" not in p.stdout and p.stderr == ""
    text = summary.read_text(encoding="utf-8")
    assert f"claims in 2 files: **{len(lines)} inconsistent**" in text  # edited.md and the new page
    # the unverifiable claim of the new HTML page was checked: it fails at --fail-level warning
    strict = script.replace("--format github", "--format github --fail-level warning")
    p = run_step(strict, repo, GITHUB_BASE_REF="main")
    assert [line.split(" ")[0] for line in p.stdout.splitlines()][-1] == "::warning"
    assert "file=news/new page.html," in p.stdout


def test_pull_request_workflow_passes_when_no_article_changed(tmp_path: Path) -> None:
    _, (script,) = steps("factcheck.yml")
    repo = _pull_request(tmp_path)
    _git(repo, "update-ref", "refs/remotes/origin/main", "HEAD")  # nothing new on the branch
    p = run_step(script, repo, GITHUB_BASE_REF="main")
    assert p.returncode == 0 and p.stdout == "", p.stdout + p.stderr


def _content(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    content.mkdir()
    (content / "good.md").write_text(GOOD, encoding="utf-8")
    (content / "wrong.md").write_text(BAD, encoding="utf-8")
    (content / "doubtful.txt").write_text(DOUBTFUL, encoding="utf-8")
    return tmp_path


def test_sarif_workflow_uploads_problems_only(tmp_path: Path) -> None:
    _, (script,) = steps("factcheck-sarif.yml")
    work = _content(tmp_path)
    p = run_step(script, work)
    assert p.returncode == 0, p.stderr  # --exit-zero: the upload step still runs
    (job,) = workflows()["factcheck-sarif.yml"]["jobs"].values()
    upload = [s for s in job["steps"] if s.get("uses", "").startswith("github/codeql-action/upload-sarif")]
    doc = json.loads((work / upload[0]["with"]["sarif_file"]).read_text(encoding="utf-8"))
    results = doc["runs"][0]["results"]
    assert sorted((r["kind"], r["level"]) for r in results) == [("fail", "error"), ("review", "none")]
    assert all(r["kind"] != "pass" for r in results)  # no consistent claim is uploaded


def test_other_ci_commands(tmp_path: Path) -> None:
    junit = re.search(r"`(factcheck --format junit -o (\S+) content/)`", README)
    assert junit, "README gives a JUnit command"
    work = _content(tmp_path)
    p = run_step(junit.group(1), work)
    assert p.returncode == 1
    root = ET.parse(work / junit.group(2)).getroot()
    assert root.get("failures") == "1" and root.get("tests") == "3"
    assert "`--format concise` for logs" in README
    p = run_step("factcheck --format concise content/", work)
    assert p.stdout.splitlines() == [
        "content/wrong.md:1:37: FC101 inconsistent: 6,150 vs 3,259 is +88.71%, not +87.81%; it should read"
        " +88.71%; likely slip: two adjacent digits of 87.81 percent look transposed"
    ]


def test_the_readme_report_is_what_factcheck_prints() -> None:
    m = re.search(r"```text\n\$ (factcheck [^\n]+)\n(.*?)```", README, re.DOTALL)
    assert m, "README shows a report with its command"
    p = run_step(m.group(1), ROOT)
    assert p.returncode in (0, 1), p.stderr
    want, got = m.group(2).splitlines(), p.stdout.splitlines()
    # the layout is pinned line by line: path, sentences, claim heads (the rules' wording and
    # counts may change; tests/test_render_snapshot.py pins those)
    layout = re.compile(r"^(\S+\.txt|\s+\d+ │ .*|\s+[✗?✓] \d+:\d+ .*)$")
    assert [line for line in want if layout.match(line)] == [line for line in got if layout.match(line)]
    assert len(want) == len(got)
    counts = re.compile(r"^[\d,]+ claims? in 1 file: [\d,]+ inconsistent, [\d,]+ unverifiable, [\d,]+ consistent$")
    assert counts.match(want[-2]) and counts.match(got[-2])
    assert want[-1].endswith("hidden; --show all") and got[-1].endswith("hidden; --show all")


def test_the_install_command_runs_the_shipped_article() -> None:
    cmd = re.search(r"\.venv/bin/(factcheck [^\n`]+)\n```", README)
    assert cmd
    p = run_step(cmd.group(1), ROOT)
    assert p.returncode == 0, p.stdout + p.stderr
    assert re.search(r"consistent", p.stdout)
