"""The pre-commit hook (.pre-commit-hooks.yaml) and the README's pre-commit recipe, run for real
on a scratch content repository, offline.

pre-commit installs the hook into a fresh virtual environment with ``pip install .``. The test
keeps that offline: no package index (``PIP_NO_INDEX``), setuptools for the build from the
wheels virtualenv carries (``PIP_FIND_LINKS``), and the hook's dependencies (spaCy, typer, ...)
from this test's own environment (``PYTHONPATH``), so the hook's factcheck is the one pip built
from the repository, and nothing is downloaded.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
import yaml  # comes with pre-commit

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
GOOD = "BYD sold 6,150 NEVs in December, up 88.71 percent from 3,259 units a year ago.\n"
BAD = "BYD sold 6,150 NEVs in December, up 87.81 percent from 3,259 units a year ago.\n"
PAGE = "<article><p>Nio sold 1,200 cars in May, up 20 percent from 1,143 in April.</p></article>\n"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def test_hook_definition() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = hooks
    assert hook["id"] == "factcheck"
    assert hook["types_or"] == ["markdown", "plain-text", "html"]  # every kind of file it reads
    assert hook["entry"] == "factcheck"
    assert hook["language"] == "python"
    assert hook["args"] == ["--format", "concise"]  # problems only: concise shows what fails


def readme_recipe() -> dict:
    """The .pre-commit-config.yaml the README gives."""
    text = README.read_text(encoding="utf-8")
    blocks = [b for b in re.findall(r"```yaml\n(.*?)```", text, re.DOTALL) if ".pre-commit-config.yaml" in b]
    assert len(blocks) == 1, "README.md has one pre-commit recipe"
    return yaml.safe_load(blocks[0])


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout


def _offline_env(tmp_path: Path) -> dict[str, str]:
    import virtualenv

    wheels = Path(virtualenv.__file__).parent / "seed" / "wheels" / "embed"
    assert any(wheels.glob("setuptools-*.whl")), wheels
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "PRE_COMMIT", "VIRTUAL_ENV"))}
    env.update(
        {
            "PRE_COMMIT_HOME": str(tmp_path / "cache"),
            "NO_COLOR": "1",
            "PIP_NO_INDEX": "1",
            "PIP_FIND_LINKS": str(wheels),
            "PYTHONPATH": sysconfig.get_paths()["purelib"],
        }
    )
    return env


def _content_repo(tmp_path: Path) -> Path:
    repo = tmp_path / "content"
    repo.mkdir()
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "t@example.com")
    _git(repo, "config", "user.name", "t")
    (repo / "good.md").write_text(GOOD, encoding="utf-8")
    (repo / "wrong.md").write_text(BAD, encoding="utf-8")
    (repo / "page.html").write_text(PAGE, encoding="utf-8")
    (repo / "empty.md").write_text("", encoding="utf-8")
    (repo / "notes.py").write_text("# up 87.81 percent from 3,259: not an article\n", encoding="utf-8")
    _git(repo, "add", ".")
    return repo


def _published(tmp_path: Path, rev: str) -> Path:
    """This working tree as a repository that has published ``rev`` (a tag)."""
    pub = tmp_path / "factcheck"
    files = _git(ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard").split("\0")
    for name in filter(None, files):
        src = ROOT / name
        if src.is_file():
            (pub / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, pub / name)
    _git(pub, "init", "-q")
    _git(pub, "add", "-A")
    _git(pub, "-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-q", "-m", "release")
    _git(pub, "tag", rev)
    return pub


def _check_outcome(p: subprocess.CompletedProcess[str]) -> None:
    out = p.stdout + p.stderr
    assert p.returncode == 1, out
    assert "wrong.md:1:37: FC101 inconsistent" in out
    assert re.search(r"page\.html:1:\d+: FC101 inconsistent", out)  # HTML reaches the hook
    assert "good.md" not in out  # checked and right: problems only
    assert "notes.py" not in out  # types_or: only articles reach the hook
    assert "empty" not in out  # an empty article is not an error


def test_readme_recipe_works_as_written(tmp_path: Path) -> None:
    pre_commit = Path(sys.executable).with_name("pre-commit")
    if not pre_commit.exists():
        pytest.skip("pre-commit is not installed (pip install -e '.[test]')")
    recipe = readme_recipe()
    (repo_cfg,) = recipe["repos"]
    assert repo_cfg["repo"].startswith("https://") and [h["id"] for h in repo_cfg["hooks"]] == ["factcheck"]
    repo = _content_repo(tmp_path)
    # the recipe as written, but for where the repository is: a copy that has published the README's rev
    repo_cfg["repo"] = str(_published(tmp_path, repo_cfg["rev"]))
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(recipe), encoding="utf-8")
    env = _offline_env(tmp_path)

    def run(*files: str) -> subprocess.CompletedProcess[str]:
        args = ["--files", *files] if files else ["--all-files"]
        return subprocess.run(
            [str(pre_commit), "run", *args], cwd=repo, env=env, capture_output=True, text=True, timeout=1200
        )

    _check_outcome(run())
    p = run("good.md", "empty.md")
    assert p.returncode == 0, p.stdout + p.stderr


def test_readme_rev_is_a_tag_of_this_repository() -> None:
    """The README's ``rev`` must exist: pre-commit fails on a rev the repository does not have."""
    rev = readme_recipe()["repos"][0]["rev"]
    inside = subprocess.run(["git", "rev-parse", "--is-inside-work-tree"], cwd=ROOT, capture_output=True, text=True)
    if inside.returncode != 0:
        pytest.skip("not a git checkout")
    tags = _git(ROOT, "tag", "--list").split()
    if not tags:
        pytest.skip("this checkout has no tags (a CI clone without them)")
    assert rev in tags, f"README's pre-commit rev {rev!r} is not a tag here: {tags}"


def test_pre_commit_try_repo(tmp_path: Path) -> None:
    """``pre-commit try-repo`` on this checkout, uncommitted changes included."""
    pre_commit = Path(sys.executable).with_name("pre-commit")
    if not pre_commit.exists():
        pytest.skip("pre-commit is not installed (pip install -e '.[test]')")
    inside = subprocess.run(["git", "rev-parse", "--is-inside-work-tree"], cwd=ROOT, capture_output=True, text=True)
    if inside.returncode != 0:
        pytest.skip("try-repo needs a git checkout")
    repo = _content_repo(tmp_path)
    p = subprocess.run(
        [str(pre_commit), "try-repo", str(_published(tmp_path, "try")), "factcheck", "--verbose", "--all-files"],
        cwd=repo,
        env=_offline_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=1200,
    )
    _check_outcome(p)
