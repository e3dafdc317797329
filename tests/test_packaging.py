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
