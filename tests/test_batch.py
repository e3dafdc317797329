"""Batch conversion: parallel = serial, per-file limits, kill -9 / Ctrl-C and resume,
duplicates, report.html, Parquet, PostgreSQL and a Dask LocalCluster."""
from __future__ import annotations

import csv
import datetime
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import run_child

import planx
import planx.pipeline
from planx.batch import Limits, Task, resolve_jobs, run_workers

ROOT = Path(__file__).resolve().parents[1]
TABLES = ["documents", "actions", "milestones", "ratings", "indicators", "leftovers"]


# ---------------------------------------------------------------- helpers

def archive(text_samples: Path, folder: Path, copies: int) -> Path:
    """`copies` rounds of the text samples, each copy with its own bytes (so its own doc_id)."""
    folder.mkdir(parents=True, exist_ok=True)
    srcs = sorted(text_samples.glob("*.txt"))
    for i in range(copies):
        for src in srcs:
            (folder / f"{i:03d}_{src.name}").write_bytes(src.read_bytes() + f"\ncopy {i}\n".encode())
    return folder


def tables(out: Path) -> dict[str, list[dict]]:
    """Every CSV's rows, without the timing column (the only one that differs between runs)."""
    found = {}
    for t in TABLES:
        with open(out / f"{t}.csv", newline="", encoding="utf-8") as fh:
            rows = [dict(r) for r in csv.DictReader(fh)]
        for r in rows:
            r.pop("seconds", None)
        found[t] = rows
    return found


def db_tables(db: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(db)
    try:
        out = {}
        for t in TABLES:
            cols = [r[1] for r in con.execute(f'PRAGMA table_info("{t}")') if r[1] != "seconds"]
            rows = con.execute(f'SELECT {", ".join(cols)} FROM "{t}"').fetchall()
            # DATE columns come back as dates; SQLite keeps their ISO text
            rows = [tuple(v.isoformat() if isinstance(v, datetime.date) else v for v in r) for r in rows]
            out[t] = sorted(rows, key=repr)
        return out
    finally:
        con.close()


def doc_count(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.2)
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "planx", "convert", *args, "--no-progress", "-q"]


@pytest.fixture(scope="module")
def folder(text_samples: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return archive(text_samples, tmp_path_factory.mktemp("archive"), copies=4)


@pytest.fixture(scope="module")
def reference(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An uninterrupted serial in-process run: what every other way must reproduce."""
    out = tmp_path_factory.mktemp("reference")
    summary = planx.convert(folder, out=out, jobs=1, timeout=0, max_memory=0)
    assert summary.files == len(list(folder.iterdir())) and summary.failed == 0
    return out


# ---------------------------------------------------------------- parallel and limits

def test_jobs_default_to_the_number_of_cores():
    assert resolve_jobs(0) == resolve_jobs(None) == (os.cpu_count() or 1)
    assert resolve_jobs(3) == 3


def test_workers_give_the_rows_of_a_serial_run(folder, reference, tmp_path):
    summary = planx.convert(folder, out=tmp_path, jobs=2)
    assert summary.failed == 0
    assert tables(tmp_path) == tables(reference)


def _misbehaving_extract(real):
    """extract() that is slow, greedy or crashes for files so named (workers are forked: they inherit it)."""
    def extract(path: Path):
        if "slow" in path.name:  # waits: uses no CPU time
            time.sleep(60)
        if "spin" in path.name:  # computes: 60 s of CPU time, however busy the machine
            end = time.thread_time() + 60
            while time.thread_time() < end:
                pass
        if "greedy" in path.name:
            hog = bytearray(1 << 30)  # 1 GiB, over a 256 MB limit
            del hog
        if "crash" in path.name:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(path)
    return extract


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork to inherit the patched extract")
def test_a_file_over_a_limit_fails_alone_and_the_batch_goes_on(text_samples, tmp_path, monkeypatch):
    src = sorted(text_samples.glob("*.txt"))[0]
    names = ["a_ok.txt", "b_spin.txt", "c_greedy.txt", "d_crash.txt", "e_ok.txt", "f_ok.txt", "g_slow.txt"]
    for i, n in enumerate(names):
        (tmp_path / n).write_bytes(src.read_bytes() + f"\n{i}\n".encode())
    monkeypatch.setattr(planx.pipeline, "extract", _misbehaving_extract(planx.pipeline.extract))
    tasks = [Task(tmp_path / n, "") for n in names]
    start = time.monotonic()
    limits = Limits(timeout=2, max_memory=256, wall_timeout=6)
    results = {r.doc: r for r in run_workers(tasks, 2, limits, start_method="fork")}
    assert time.monotonic() - start < 30
    assert set(results) == set(names)
    # over the CPU time limit: the kernel stops the worker, the row names the limit
    assert results["b_spin.txt"].status == "failed" and "time limit" in results["b_spin.txt"].error
    assert "CPU-seconds" in results["b_spin.txt"].error and "--timeout" in results["b_spin.txt"].error
    # waiting, not computing: only the wall-clock backstop stops it, and says so
    assert results["g_slow.txt"].status == "failed" and "wall-clock" in results["g_slow.txt"].error
    assert results["c_greedy.txt"].status == "failed" and "memory limit" in results["c_greedy.txt"].error
    assert "256 MB" in results["c_greedy.txt"].error
    assert results["d_crash.txt"].status == "failed" and "SIGKILL" in results["d_crash.txt"].error
    assert all(results[n].status != "failed" and results[n].actions for n in names if "ok" in n)


def test_limits_apply_with_one_job_too(text_samples, tmp_path, monkeypatch):
    src = sorted(text_samples.glob("*.txt"))[0]
    (tmp_path / "spin.txt").write_bytes(src.read_bytes())
    (tmp_path / "fine.txt").write_bytes(src.read_bytes() + b"\n")
    monkeypatch.setattr(planx.pipeline, "extract", _misbehaving_extract(planx.pipeline.extract))
    results = {r.doc: r for r in run_workers([Task(tmp_path / "spin.txt", ""), Task(tmp_path / "fine.txt", "")],
                                             1, Limits(timeout=1, max_memory=None), start_method="fork")}
    assert results["spin.txt"].status == "failed" and "time limit" in results["spin.txt"].error
    assert results["fine.txt"].status != "failed"


def test_identical_files_are_converted_once(text_samples, tmp_path):
    src = sorted(text_samples.glob("*.txt"))[0]
    for n in ("a.txt", "b.txt"):
        shutil.copy(src, tmp_path / n)
    s = planx.convert([tmp_path / "a.txt", tmp_path / "b.txt"], out=tmp_path / "out", jobs=2)
    assert (s.ok + s.partial, s.duplicates, s.files) == (1, 1, 2)  # converted once, both have rows
    assert "duplicate" in s.line() and str(tmp_path / "b.txt") in s.line()


# ---------------------------------------------------------------- interruption and resume

def _start_and_interrupt(folder: Path, out: Path, sig: int) -> tuple[int, int, int]:
    """Start a --jobs 2 run, send `sig` to it once some documents are in; (docs then, total, exit code)."""
    total = len(list(folder.iterdir()))
    # (Ctrl-C as in a terminal: a child inherits an ignored SIGINT from the process that starts it, and
    # Python keeps a signal ignored at its start; a test run earlier in the suite, or a shell starting
    # the suite as a background job, can leave SIGINT ignored in pytest, and the run would ignore it too)
    proc = subprocess.Popen(cli(str(folder), "-o", str(out), "--jobs", "2"), cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    db = out / "plans.sqlite"
    deadline = time.monotonic() + 60
    while proc.poll() is None and doc_count(db) < 3 and time.monotonic() < deadline:
        time.sleep(0.002)
    at = doc_count(db)
    proc.send_signal(sig)
    proc.communicate(timeout=60)
    return at, total, proc.returncode


@pytest.fixture(scope="module")
def big_folder(text_samples: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return archive(text_samples, tmp_path_factory.mktemp("big"), copies=40)


@pytest.fixture(scope="module")
def big_reference(big_folder: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("big_reference")
    planx.convert(big_folder, out=out, jobs=1, timeout=0, max_memory=0, report=False)
    return out


def _consistent(db: Path) -> None:
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        # every document that is in is complete: its actions are all there
        assert con.execute("SELECT count(*) FROM documents d WHERE d.actions != "
                           "(SELECT count(*) FROM actions a WHERE a.doc_id = d.doc_id)").fetchone() == (0,)
    finally:
        con.close()


def test_kill_9_halfway_then_rerun_gives_the_rows_of_an_uninterrupted_run(big_folder, big_reference, tmp_path):
    at, total, code = _start_and_interrupt(big_folder, tmp_path, signal.SIGKILL)
    assert code == -signal.SIGKILL
    assert 0 < at < total, "the run ended before it could be killed halfway"
    _consistent(tmp_path / "plans.sqlite")
    done = doc_count(tmp_path / "plans.sqlite")
    rerun = subprocess.run(cli(str(big_folder), "-o", str(tmp_path), "--jobs", "2"), cwd=ROOT,
                           capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{done} already converted" in rerun.stdout
    assert tables(tmp_path) == tables(big_reference)
    again = subprocess.run(cli(str(big_folder), "-o", str(tmp_path)), cwd=ROOT, capture_output=True, text=True)
    assert f"{total} already converted" in again.stdout  # re-running adds nothing
    assert tables(tmp_path) == tables(big_reference)


def test_ctrl_c_leaves_complete_documents_and_their_csv(big_folder, big_reference, tmp_path):
    at, total, code = _start_and_interrupt(big_folder, tmp_path, signal.SIGINT)
    assert code == 130
    assert at < total
    _consistent(tmp_path / "plans.sqlite")
    # the CSVs were still exported: they hold exactly what the database holds
    with open(tmp_path / "documents.csv", newline="", encoding="utf-8") as fh:
        assert sum(1 for _ in csv.DictReader(fh)) == doc_count(tmp_path / "plans.sqlite")
    assert (tmp_path / "report.html").exists()
    rerun = subprocess.run(cli(str(big_folder), "-o", str(tmp_path), "--jobs", "2"), cwd=ROOT,
                           capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert tables(tmp_path) == tables(big_reference)


def test_no_worker_outlives_a_killed_run(big_folder, tmp_path):
    proc = subprocess.Popen(cli(str(big_folder), "-o", str(tmp_path), "--jobs", "2"), cwd=ROOT)
    while proc.poll() is None and doc_count(tmp_path / "plans.sqlite") < 2:
        time.sleep(0.002)
    kids = _children(proc.pid)
    proc.kill()
    proc.wait()
    deadline = time.monotonic() + 10
    while any(_alive(k) for k in kids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(k) for k in kids)


def _children(pid: int) -> list[int]:
    try:
        return [int(x) for x in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


# ---------------------------------------------------------------- report.html

def test_report_is_self_contained_and_worst_first(text_samples, tmp_path):
    good = sorted(text_samples.glob("*.txt"))
    (tmp_path / "in").mkdir()
    for f in good:
        shutil.copy(f, tmp_path / "in" / f.name)
    (tmp_path / "in" / "broken.txt").write_bytes(b"")
    planx.convert(tmp_path / "in", out=tmp_path / "out", jobs=2)
    page = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "<script" not in page and "<link" not in page and "http" not in page.split("<body>")[1]
    rows = page.split("<tbody>")[1].split("</tbody>")[0].strip().splitlines()
    assert len(rows) == len(good) + 1
    assert 'class="failed"' in rows[0] and "broken.txt" in rows[0]
    statuses = [r.split('class="', 1)[1].split('"', 1)[0] for r in rows]
    order = {"failed": 0, "partial": 1, "ok": 2}
    assert statuses == sorted(statuses, key=order.__getitem__)
    assert "failed: 1" in page


def test_worst_first_puts_the_least_trusted_tables_first():
    """Within a status, a document whose PDF table was read with doubtful structure (its warning
    gives the confidence) comes before one with fewer actions but no doubt, lowest first."""
    from planx.load.report import worst_first

    def doc(name: str, actions: int, warnings: str = "", status: str = "partial") -> dict:
        return {"doc": name, "status": status, "actions": actions, "indicators": 0, "text_accounted": 1.0,
                "warnings": warnings}
    docs = [doc("few.pdf", 1, "page 1: heading unclear"),
            doc("doubt.pdf", 30, "page 2: table read with doubtful structure (confidence 0.41: rows with one "
                                 "cell only), please check"),
            doc("worse.pdf", 30, "page 5: table read with doubtful structure (confidence 0.20: mostly empty), "
                                 "please check"),
            doc("fine.pdf", 0, status="ok")]
    assert [d["doc"] for d in worst_first(docs)] == ["worse.pdf", "doubt.pdf", "few.pdf", "fine.pdf"]


# ---------------------------------------------------------------- Parquet

def test_parquet_beside_csv_holds_the_same_rows(folder, reference, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow not installed (pip install '.[batch]')")
    planx.convert(folder, out=tmp_path, formats=["parquet"], jobs=2)
    for t in TABLES:
        table = pq.read_table(tmp_path / f"{t}.parquet")
        with open(tmp_path / f"{t}.csv", newline="", encoding="utf-8") as fh:
            assert table.num_rows == sum(1 for _ in csv.DictReader(fh))
    docs = pq.read_table(tmp_path / "documents.parquet").to_pylist()
    assert {d["doc"] for d in docs} == {r["doc"] for r in tables(reference)["documents"]}
    assert str(pq.read_table(tmp_path / "actions.parquet").schema.field("seq").type) == "int64"


# ---------------------------------------------------------------- PostgreSQL

def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    for d in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (d / name).exists():
            return str(d / name)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    """A throw-away PostgreSQL server on loopback (initdb + pg_ctl in a temp dir), or
    PLANX_TEST_POSTGRES if set; skipped with the reason when neither is possible."""
    pytest.importorskip("psycopg", reason="psycopg not installed (pip install '.[batch]')")
    if os.environ.get("PLANX_TEST_POSTGRES"):
        yield os.environ["PLANX_TEST_POSTGRES"]
        return
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not initdb or not pg_ctl:
        pytest.skip("PostgreSQL server binaries not found (Debian: apt-get install postgresql)")
    data = Path(tempfile.mkdtemp(prefix="planx-pg-"))
    run_as: list[str] = []
    if os.geteuid() == 0:  # initdb refuses root: run the server as the postgres user
        if not shutil.which("runuser"):
            pytest.skip("running as root without runuser: cannot start PostgreSQL")
        try:
            shutil.chown(data, user="postgres")
        except (LookupError, PermissionError) as e:
            pytest.skip(f"running as root and no postgres user to run the server: {e}")
        run_as = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    init = subprocess.run(run_as + [initdb, "-D", str(data / "db"), "-U", "postgres", "--auth=trust", "-E", "UTF8"],
                          capture_output=True, text=True)
    if init.returncode != 0:
        shutil.rmtree(data, ignore_errors=True)
        pytest.skip(f"initdb failed: {init.stderr.strip()[-300:]}")
    start = subprocess.run(run_as + [pg_ctl, "-D", str(data / "db"), "-l", str(data / "log"), "-w", "-t", "30",
                                     "-o", f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off",
                                     "start"], capture_output=True, text=True)
    if start.returncode != 0:
        shutil.rmtree(data, ignore_errors=True)
        pytest.skip(f"PostgreSQL did not start: {start.stderr.strip()[-300:]}")
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(run_as + [pg_ctl, "-D", str(data / "db"), "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(data, ignore_errors=True)


def _pg_tables(url: str) -> dict[str, list[tuple]]:
    import psycopg
    out = {}
    with psycopg.connect(url) as con:
        for t in TABLES:
            cols = [r[0] for r in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = %s AND column_name != 'seconds' "
                "ORDER BY ordinal_position", (t,))]
            rows = con.execute(f'SELECT {", ".join(cols)} FROM "{t}"').fetchall()
            # DATE columns come back as dates; SQLite keeps their ISO text
            rows = [tuple(v.isoformat() if isinstance(v, datetime.date) else v for v in r) for r in rows]
            out[t] = sorted(rows, key=repr)
    return out


def test_postgres_gets_the_same_rows_and_reruns_add_none(folder, reference, postgres_url, tmp_path):
    import psycopg
    with psycopg.connect(postgres_url, autocommit=True) as con:
        for t in reversed(TABLES):
            con.execute(f'DROP TABLE IF EXISTS "{t}" CASCADE')
    planx.convert(folder, out=tmp_path, db=postgres_url, jobs=2)
    first = _pg_tables(postgres_url)
    assert first == db_tables(reference / "plans.sqlite")
    with psycopg.connect(postgres_url) as con:  # typed dates for BI tools, and no '' for missing (issue 17)
        types = dict(con.execute("SELECT column_name, data_type FROM information_schema.columns "
                                 "WHERE table_name = 'actions'").fetchall())
        assert types["due_start"] == types["due_end"] == "date" and types["due_date"] == "text"
        assert con.execute("SELECT count(*) FROM actions WHERE area = '' OR rag = ''").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM actions WHERE due_start <= due_end").fetchone()[0] > 0
    planx.convert(folder, out=tmp_path, db=postgres_url, jobs=2)  # everything known: skipped
    planx.convert(folder, out=tmp_path, db=postgres_url, jobs=2, force=True)  # redone: replaced, not added
    assert _pg_tables(postgres_url) == first
    # a database that lost documents gets them back on the next run, though SQLite has them
    with psycopg.connect(postgres_url, autocommit=True) as con:
        con.execute("DELETE FROM documents WHERE doc IN (SELECT doc FROM documents ORDER BY doc LIMIT 3)")
    s = planx.convert(folder, out=tmp_path, db=postgres_url, jobs=2)
    assert s.files == 3
    assert _pg_tables(postgres_url) == first


PG_OLD_SCHEMA = [
    "CREATE TABLE documents (doc TEXT, doc_id TEXT PRIMARY KEY, format TEXT, status TEXT, error TEXT, path TEXT)",
    "CREATE TABLE actions (doc TEXT, seq BIGINT, action TEXT, doc_id TEXT, UNIQUE (doc_id, seq), "
    "FOREIGN KEY (doc_id) REFERENCES documents(doc_id) ON DELETE CASCADE)",
    "INSERT INTO documents (doc, doc_id, status, path) VALUES ('old.txt', 'aaaa', 'ok', '/gone/old.txt')",
    "INSERT INTO actions (doc, seq, action, doc_id) VALUES ('old.txt', 1, 'Kept through the upgrade', 'aaaa')",
]


def test_postgres_keeps_a_row_per_copy_like_sqlite(text_samples, postgres_url, tmp_path):
    """Duplicates in PostgreSQL as in SQLite, on a database loaded by an older planx (documents
    keyed on doc_id alone, actions referring to it), which is rekeyed and keeps its rows."""
    import psycopg
    with psycopg.connect(postgres_url, autocommit=True) as con:
        for t in reversed(TABLES):
            con.execute(f'DROP TABLE IF EXISTS "{t}" CASCADE')
        for sql in PG_OLD_SCHEMA:
            con.execute(sql)
    src = sorted(text_samples.glob("*.txt"))[0]
    for name in ("a.txt", "b.txt"):
        shutil.copy(src, tmp_path / name)
    for force in (False, False, True):
        planx.convert(tmp_path, out=tmp_path / "out", db=postgres_url, jobs=1, force=force)
        with psycopg.connect(postgres_url) as con:
            docs = sorted(con.execute("SELECT path, status, duplicate_of = doc_id FROM documents").fetchall())
            kept = con.execute("SELECT action FROM actions WHERE doc_id = 'aaaa'").fetchall()
        assert docs == [("/gone/old.txt", "ok", None), (str(tmp_path / "a.txt"), "ok", None),
                        (str(tmp_path / "b.txt"), "duplicate", True)]
        assert kept == [("Kept through the upgrade",)]
    with psycopg.connect(postgres_url) as con:
        pg = sorted(con.execute("SELECT doc_id, seq, action FROM actions WHERE doc_id != 'aaaa'").fetchall())
    con = sqlite3.connect(tmp_path / "out" / "plans.sqlite")
    assert pg == sorted(con.execute("SELECT doc_id, seq, action FROM actions").fetchall()) and pg
    con.close()


# ---------------------------------------------------------------- Dask

# The Dask tests run their cluster in a child interpreter: a Dask client leaves threads in
# the process that hosts it, and planx forks its workers only from a single-threaded process
# (else it uses a forkserver, which does not see the later tests' monkeypatches).
DASK_RUN = """
import json, sys
from pathlib import Path
import planx
from planx.cli import main
if __name__ == "__main__":
    import distributed
    folder, out = sys.argv[1], Path(sys.argv[2])
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        api = planx.convert(folder, out=out / "api", executor="dask", scheduler=c.scheduler_address)
        code = main(["convert", folder, "-o", str(out / "cli"), "--executor", "dask",
                     "--scheduler", c.scheduler_address, "--no-progress", "-q"])
        shipped = planx.convert(folder, out=out / "shipped", executor="dask", scheduler=c.scheduler_address,
                                ship_files=True)  # the bytes travel: no shared filesystem needed
    print(json.dumps({"files": api.files, "failed": api.failed + shipped.failed, "cli": code}))
"""

DASK_TIMEOUT = """
import json, sys, time
from pathlib import Path
import planx, planx.pipeline
if __name__ == "__main__":
    import distributed
    real = planx.pipeline.extract
    def slow_extract(path):
        if "slow" in path.name:  # computes past the 1 CPU-second limit; the abandoned thread ends soon after
            end = time.thread_time() + 4
            while time.thread_time() < end:
                pass
        return real(path)
    planx.pipeline.extract = slow_extract
    files = [Path(p) for p in sys.argv[2:]]
    # threads, not processes: the workers share this process, so they see the patched extract
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as c:
        s = planx.convert(files, out=sys.argv[1], executor="dask", scheduler=c.scheduler_address, timeout=1)
    print(json.dumps({r.doc: [r.status, r.error] for r in s.results}))
"""




DASK_TUNED = """
import json, sys
from pathlib import Path
import planx
from planx.daskwarm import local_cluster
if __name__ == "__main__":
    import distributed
    folder, out = sys.argv[1], Path(sys.argv[2])
    with local_cluster(2) as c, distributed.Client(c) as client:
        s = planx.convert(folder, out=out, executor="dask", scheduler=client)
        workers = list(client.run(lambda dask_worker: {
            "profiler": "profile" in dask_worker.periodic_callbacks,
            "tick": dask_worker.periodic_callbacks["tick"].callback_time}).values())
        stealing = client.run_on_scheduler(lambda dask_scheduler: "stealing" in dask_scheduler.extensions)
    print(json.dumps({"files": s.files, "failed": s.failed, "workers": workers, "stealing": stealing}))
"""


def test_planx_local_cluster_runs_with_its_settings_and_gives_the_rows_of_a_local_run(folder, reference, tmp_path):
    """planx.daskwarm.local_cluster: its settings (no profiler, a slower tick, no work stealing)
    reach the scheduler and the worker processes, and the rows are those of a local run."""
    pytest.importorskip("distributed", reason="dask.distributed not installed (pip install '.[batch]')")
    got = run_child(DASK_TUNED, str(folder), str(tmp_path / "out"))
    assert got["files"] == len(list(folder.iterdir())) and got["failed"] == 0
    assert got["workers"] == [{"profiler": False, "tick": 1000}] * 2
    assert got["stealing"] is False
    assert tables(tmp_path / "out") == tables(reference)


def test_planx_dask_settings_as_environment_variables_read_back_as_the_same_settings():
    pytest.importorskip("distributed", reason="dask.distributed not installed (pip install '.[batch]')")
    import dask

    from planx.daskwarm import CLUSTER_CONFIG, environment
    config = dask.config.collect_env(environment())
    for key, value in CLUSTER_CONFIG.items():
        assert dask.config.get(key, config=config) == value, key  # "_" in a name reads as "-"


def test_dask_local_cluster_gives_the_rows_of_a_local_run(folder, reference, tmp_path):
    pytest.importorskip("distributed", reason="dask.distributed not installed (pip install '.[batch]')")
    got = run_child(DASK_RUN, str(folder), str(tmp_path))
    assert got == {"files": len(list(folder.iterdir())), "failed": 0, "cli": 0}
    for run in ("api", "cli", "shipped"):
        assert tables(tmp_path / run) == tables(reference), run


def test_cli_dask_needs_a_scheduler(tmp_path):
    from planx.cli import main
    assert main(["convert", str(tmp_path), "-o", str(tmp_path / "o"), "--executor", "dask"]) == 2


def test_dask_time_limit_fails_the_file_and_the_batch_goes_on(text_samples, tmp_path):
    pytest.importorskip("distributed", reason="dask.distributed not installed (pip install '.[batch]')")
    src = sorted(text_samples.glob("*.txt"))[0]
    names = ["a.txt", "b_slow.txt", "c.txt"]
    for i, n in enumerate(names):
        (tmp_path / n).write_bytes(src.read_bytes() + f"\n{i}\n".encode())
    got = run_child(DASK_TIMEOUT, str(tmp_path / "out"), *(str(tmp_path / n) for n in names))
    assert got["b_slow.txt"][0] == "failed" and "time limit" in got["b_slow.txt"][1]
    assert got["a.txt"][0] != "failed" and got["c.txt"][0] != "failed"


def test_workers_see_the_environment_of_the_call_even_from_a_forkserver(text_samples, tmp_path, monkeypatch):
    """A forkserver started earlier has the environment of then; workers take the caller's of now
    (here: PLANX_SOFFICE pointing nowhere must make a legacy file fail with the install hint)."""
    src = sorted(text_samples.glob("*.txt"))[0]
    (tmp_path / "a.txt").write_bytes(src.read_bytes())
    list(run_workers([Task(tmp_path / "a.txt", "")], 1, Limits(), start_method="forkserver"))  # server starts now
    monkeypatch.setenv("PLANX_SOFFICE", str(tmp_path / "no-such-soffice"))
    rtf = tmp_path / "plan.rtf"
    rtf.write_text(r"{\rtf1\ansi Action plan\par}", encoding="ascii")
    [r] = run_workers([Task(rtf, "")], 1, Limits(), start_method="forkserver")
    assert r.status == "failed" and "no-such-soffice" in r.error or "setup-office" in r.error


def test_relaxed_gc_gives_back_the_callers_settings():
    import gc

    from planx.batch import relaxed_gc
    before = gc.get_threshold()
    with relaxed_gc():
        assert gc.get_threshold()[0] == 10000
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
