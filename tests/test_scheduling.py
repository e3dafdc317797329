"""Parallel speed: costliest files first, parsers loaded before forking, the audit package
loaded only when used, Dask workers warmed up before their first task."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_child

from planx.batch import Limits, Task, _chunks, estimated_cost, largest_first, run_workers

ROOT = Path(__file__).resolve().parents[1]




def _files(folder: Path, sizes: dict[str, int]) -> list[Task]:
    """Plan files of the given sizes (their content is a text plan padded with a note line)."""
    out = []
    for name, size in sizes.items():
        f = folder / name
        body = b"Action\tOwner\tDue\nReview the plan\tHead of service\tMarch 2020\n"
        f.write_bytes(body + b"note " * max(0, (size - len(body)) // 5))
        out.append(Task(f, ""))
    return out


# ---------------------------------------------------------------- largest first

def test_costliest_files_come_first_and_a_pdf_byte_costs_more_than_a_text_byte(tmp_path):
    tasks = _files(tmp_path, {"a_small.txt": 200, "b_big.txt": 9000, "c.docx": 20000, "d.pdf": 3000,
                              "e_mid.txt": 4000})
    order = [t.path.name for t in largest_first(tasks)]
    assert order == ["d.pdf", "b_big.txt", "e_mid.txt", "c.docx", "a_small.txt"]
    assert estimated_cost(tmp_path / "missing.pdf") == 0.0  # fails at once: no reason to start it early


def test_equal_costs_keep_their_order(tmp_path):
    tasks = _files(tmp_path, {f"{i}.txt": 1000 for i in range(5)})
    assert largest_first(tasks) == tasks


def test_workers_take_the_costliest_file_first(tmp_path):
    tasks = _files(tmp_path, {"a.txt": 300, "b.txt": 5000, "c.txt": 1500})
    # one worker (limits on): results come back in the order the files were sent
    got = [r.doc for r in run_workers(tasks, 1, Limits(timeout=60, max_memory=None))]
    assert got == ["b.txt", "c.txt", "a.txt"]


def test_dask_chunks_hold_every_file_once_costliest_first_and_balance_cost(tmp_path):
    sizes = {f"p{i:02d}.pdf": 4000 for i in range(12)} | {f"t{i:02d}.txt": 500 for i in range(60)}
    tasks = _files(tmp_path, sizes)
    chunks = _chunks(tasks, workers=2)
    flat = [t for c in chunks for t in c]
    assert sorted(flat) == sorted(tasks) and len(flat) == len(tasks)
    assert all(len(c) <= 16 for c in chunks)
    assert chunks[0][0].path.suffix == ".pdf" and chunks[-1][-1].path.suffix == ".txt"
    # a chunk of PDFs holds fewer files than a chunk of cheap text files
    assert len(chunks[0]) < max(len(c) for c in chunks)
    assert _chunks([], workers=2) == []


# ---------------------------------------------------------------- what is loaded when

LAZY_AUDIT = """
import json, sys, tempfile
import planx
with tempfile.TemporaryDirectory() as out:  # a whole conversion, its CSV export and data package too
    planx.convert(sys.argv[1], out=out, jobs=1)
before = sorted(m for m in ("planx.audit.api", "numpy", "scipy") if m in sys.modules)
from planx import AuditError
import planx.audit.api, planx.audit.versions
ok = (callable(planx.audit) and planx.audit is sys.modules["planx.audit"]
      and AuditError is planx.audit.versions.AuditError and planx.AuditResult is planx.audit.api.AuditResult)
try:
    planx.no_such_name
    missing = False
except AttributeError:
    missing = True
print(json.dumps({"before": before, "ok": ok, "missing": missing, "dir": "audit" in dir(planx)}))
"""


def test_converting_leaves_the_audit_code_and_numpy_until_the_audit_is_used(text_samples):
    got = run_child(LAZY_AUDIT, str(sorted(text_samples.glob("*.txt"))[0]))
    assert got == {"before": [], "ok": True, "missing": True, "dir": True}


WARM = """
import json, sys
from planx.warmup import warm_up
warm_up([".txt"])
text_only = {m: m in sys.modules for m in ("planx.extract.text", "pdfplumber", "planx.extract.pdf")}
warm_up([".PDF", ".docx", ".xyz"])
both = {m: m in sys.modules for m in ("planx.extract.pdf", "pdfplumber", "pdfminer.pdfparser", "planx.extract.docx")}
print(json.dumps({"text_only": text_only, "both": both}))
"""


def test_warm_up_loads_the_parsers_of_the_batch_and_no_others():
    got = run_child(WARM)
    assert got["text_only"] == {"planx.extract.text": True, "pdfplumber": False, "planx.extract.pdf": False}
    assert all(got["both"].values()), got["both"]


# ---------------------------------------------------------------- Dask

DASK_WARM = """
import json, sys
from pathlib import Path
import planx
if __name__ == "__main__":
    import distributed
    files = [Path(p) for p in sys.argv[2:]]
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        s = planx.convert(files, out=sys.argv[1], executor="dask", scheduler=c.scheduler_address)
        with distributed.Client(c) as client:
            def state(dask_worker):
                import gc
                return {"plugin": "planx-warm-up" in dask_worker.plugins, "frozen": gc.get_freeze_count() > 0,
                        "loaded": all(m in sys.modules for m in ("planx.pipeline", "planx.extract.text",
                                                                  "planx.normalise.lexicon"))}
            seen = list(client.run(state).values())
            # a worker that joins after the batch started is warmed up too
            c.scale(3)
            client.wait_for_workers(3, timeout=120)
            seen3 = list(client.run(state).values())
    print(json.dumps({"files": s.files, "failed": s.failed, "seen": seen, "seen3": seen3}))
"""


def test_dask_workers_are_warmed_up_by_a_plugin_before_their_first_task(text_samples, tmp_path):
    pytest.importorskip("distributed", reason="dask.distributed not installed (pip install '.[batch]')")
    files = [str(f) for f in sorted(text_samples.glob("*.txt"))]
    got = run_child(DASK_WARM, str(tmp_path / "out"), *files)
    assert got["files"] == len(files) and got["failed"] == 0
    want = {"plugin": True, "frozen": True, "loaded": True}
    assert got["seen"] == [want, want]
    assert got["seen3"] == [want, want, want]
