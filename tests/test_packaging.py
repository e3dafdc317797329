"""Packaging: the stages install as planx.extract/normalise/load/audit, so a user's own folders of
those names cannot shadow them (issue 17)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import json, sys, tempfile
import planx
with tempfile.TemporaryDirectory() as out:
    summary = planx.convert(sys.argv[1], out=out, jobs=1)
import planx.audit, planx.extract, planx.normalise, planx.load
print(json.dumps({"actions": sum(len(r.actions) for r in summary.results),
                  "audit_callable": callable(planx.audit),
                  "files": [m.__file__ for m in (planx.extract, planx.normalise, planx.load, planx.audit)]}))
"""


def test_user_folders_named_like_the_stages_break_nothing(tmp_path, text_samples):
    """A working directory holding folders audit/, extract/, normalise/ and load/ (the README's own
    audit example writes audit/), each a package that would fail on import."""
    for name in ("audit", "extract", "normalise", "load"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "__init__.py").write_text("raise ImportError('the user folder was imported')\n")
    (tmp_path / "child.py").write_text(CHILD, encoding="utf-8")
    plan = sorted(text_samples.glob("*.txt"))[0]
    proc = subprocess.run([sys.executable, "child.py", str(plan)], cwd=tmp_path, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    assert got["actions"] > 0 and got["audit_callable"]
    assert all(Path(f).resolve().is_relative_to(ROOT) for f in got["files"]), got["files"]


def test_the_package_is_typed():
    assert (ROOT / "planx" / "py.typed").is_file()


# ---- what `make run` installs ------------------------------------------------------------

DEV_TOOLS = {"pytest", "pytest-timeout", "hypothesis", "mypy", "ruff", "reportlab", "frictionless", "pikepdf"}


def _recipe(target: str) -> list[str]:
    """The commands of a Makefile rule (the lines after `target:` that start with a tab)."""
    lines = (ROOT / "Makefile").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{target}:"))
    body = []
    for line in lines[start + 1:]:
        if not line.startswith("\t"):
            break
        body.append(line.strip())
    return body


def _closure(requirements: list[str]) -> set[str]:
    """The distributions these requirements install, transitively (extras and markers that do not
    apply here left out), read from the metadata of what is installed in this environment."""
    import re
    from importlib import metadata

    from packaging.requirements import Requirement
    seen: set[str] = set()
    todo = [Requirement(r) for r in requirements]
    while todo:
        req = todo.pop()
        if req.marker is not None and not req.marker.evaluate({"extra": ""}):
            continue
        name = re.sub(r"[-_.]+", "-", req.name).lower()
        if name in seen:
            continue
        seen.add(name)
        try:
            todo += [Requirement(r) for r in metadata.requires(req.name) or []]
        except metadata.PackageNotFoundError:
            pass  # a requirement for another platform
    return seen


def test_make_run_installs_no_dev_tools():
    import tomllib
    install = [c for c in _recipe("$(RUN_STAMP)") if "pip install" in c]
    assert install == ["$(BIN)/pip install -q -e ."], install  # planx alone: no [dev] or [batch] extras
    assert "$(RUN_STAMP)" in (ROOT / "Makefile").read_text(encoding="utf-8").split("\nrun:", 1)[1].split("\n")[0]
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    installed = _closure(deps)
    assert "pdfplumber" in installed and "numpy" in installed  # the walk does follow the requirements
    assert not installed & DEV_TOOLS, installed & DEV_TOOLS
    assert not installed & {"dask", "distributed", "pyarrow", "psycopg", "datasette"}


def test_make_test_adds_the_dev_tools():
    install = " ".join(_recipe("$(TEST_STAMP)"))
    assert "'.[dev,batch]'" in install
    assert "$(TEST_STAMP)" in (ROOT / "Makefile").read_text(encoding="utf-8").split("\ntest:", 1)[1].split("\n")[0]


def test_make_serve_takes_db_and_port_and_installs_once():
    make = (ROOT / "Makefile").read_text(encoding="utf-8")
    serve = _recipe("serve")
    assert not any("pip install" in c for c in serve)  # the install is the stamp's, done once
    assert "serve: $(SERVE_STAMP)" in make and any('datasette "$(DB)" --port $(PORT)' in c for c in serve)


def test_samples_hold_pdfs_that_make_run_converts(tmp_path):
    import planx
    pdfs = sorted((ROOT / "samples").glob("*.pdf"))
    assert pdfs
    summary = planx.convert(pdfs, out=tmp_path, jobs=1)
    assert summary.ok == len(pdfs) and summary.actions >= 2 * len(pdfs)


def test_committed_pdf_samples_are_what_the_generator_writes(tmp_path):
    import pytest
    pytest.importorskip("reportlab")
    from samples.make_pdf_samples import committed
    for path in committed(tmp_path):
        assert path.read_bytes() == (ROOT / "samples" / path.name).read_bytes(), path.name


def test_licence():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License") and "planx" in text
    import tomllib
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT" and project["license-files"] == ["LICENSE"]


def test_the_readme_names_every_suffix_a_folder_is_searched_for():
    """A user reads the README to know which files a folder run picks up: a reader added without
    its suffix in that sentence (Markdown was) is a file the user thinks planx skipped."""
    from planx.extract import SUFFIXES
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    sentence = readme.split("folders are searched recursively for", 1)[1].split(")", 1)[0]
    named = set(sentence.replace("`", " ").split())
    assert named == SUFFIXES, (sorted(SUFFIXES - named), sorted(named - SUFFIXES))
