"""Every file accounted for (issue 16): duplicates get rows, links out of the input are not
followed, two writers share an output, temporary files cannot be hijacked, and the exit
status follows one documented rule."""
from __future__ import annotations

import csv
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import planx
from planx.load.safety import OutputError
from planx.load.sqlite import SqliteSink

ROOT = Path(__file__).resolve().parents[1]
PLAN = ("Improvement plan\nAction\tLead\tTimescale\n"
        "Review the {what} policy\tAnn Lee\tMay 2016\nTrain every {what} manager\tBen Ode\tJune 2016\n")


def plan(folder: Path, name: str, what: str = "housing") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(PLAN.format(what=what), encoding="utf-8")
    return path


def documents(out: Path) -> dict[str, dict[str, str]]:
    """documents.csv by path."""
    with open(out / "documents.csv", newline="", encoding="utf-8") as fh:
        return {r["path"]: r for r in csv.DictReader(fh)}


def count(out: Path, table: str) -> int:
    with open(out / f"{table}.csv", newline="", encoding="utf-8") as fh:
        return sum(1 for _ in csv.DictReader(fh))


def cli(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "planx", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=600, env=env)


# ---------------------------------------------------------------- 1. duplicates

def test_byte_identical_files_each_get_a_row_naming_the_file_converted(tmp_path):
    for name in ("a.docx", "b.pdf", "c.txt"):
        (tmp_path / name).write_bytes(b"")
    out = tmp_path / "out"
    proc = cli("convert", str(tmp_path), "-o", str(out), "--no-progress")
    docs = documents(out)
    assert set(docs) == {str(tmp_path / n) for n in ("a.docx", "b.pdf", "c.txt")}
    first = docs[str(tmp_path / "a.docx")]
    assert first["status"] == "failed" and first["duplicate_of"] == ""
    for copy in ("b.pdf", "c.txt"):
        row = docs[str(tmp_path / copy)]
        assert row["status"] == "duplicate" and row["duplicate_of"] == first["doc_id"] == row["doc_id"]
        assert str(tmp_path / "a.docx") in row["error"]
        assert str(tmp_path / copy) in proc.stdout  # the summary line names them
    assert "2 duplicate(s)" in proc.stdout and "Traceback" not in proc.stderr


def test_a_plan_copied_into_two_folders_is_converted_once_and_both_paths_have_rows(tmp_path):
    original = plan(tmp_path / "archive" / "2016", "plan.txt")
    shutil.copy(original, tmp_path / "archive" / "old_copy.txt")
    plan(tmp_path / "archive" / "2016", "other.txt", what="school")
    out = tmp_path / "out"
    s = planx.convert(tmp_path / "archive", out=out, jobs=1, timeout=0, max_memory=0)
    assert (s.ok, s.duplicates, s.files) == (2, 1, 3)
    docs = documents(out)
    assert len(docs) == 3
    copy = docs[str(tmp_path / "archive" / "old_copy.txt")]
    assert copy["status"] == "duplicate" and copy["actions"] == "0"
    assert count(out, "actions") == 4  # the copy's actions are not repeated
    # the database holds the same rows; the views join each action to its converted document once
    con = sqlite3.connect(out / "plans.sqlite")
    assert con.execute("SELECT count(*) FROM documents WHERE status = 'duplicate'").fetchone() == (1,)
    joined = con.execute("SELECT count(*) FROM actions a JOIN documents d ON d.doc_id = a.doc_id "
                         "AND d.status IS NOT 'duplicate'").fetchone()
    assert joined == (4,)
    con.close()
    report = (out / "report.html").read_text(encoding="utf-8")
    assert "old_copy.txt" in report and "duplicates: 1" in report


def test_reruns_resume_and_force_keep_one_row_per_path(tmp_path):
    folder = tmp_path / "in"
    a = plan(folder / "x", "plan.txt")
    shutil.copy(a, folder / "copy.txt")
    out = tmp_path / "out"
    planx.convert(folder, out=out, jobs=1, timeout=0, max_memory=0)
    first = documents(out)
    again = planx.convert(folder, out=out, jobs=1, timeout=0, max_memory=0)
    assert (again.files, again.skipped) == (0, 2)  # nothing to do: both paths hold their rows
    forced = planx.convert(folder, out=out, jobs=1, timeout=0, max_memory=0, force=True)
    assert (forced.ok, forced.duplicates) == (1, 1)
    assert {p: r["status"] for p, r in documents(out).items()} == {p: r["status"] for p, r in first.items()}
    assert count(out, "actions") == 2
    # a new copy, added later, of a file converted already: its own duplicate row, nothing converted
    shutil.copy(a, folder / "late_copy.txt")
    late = planx.convert(folder, out=out, jobs=1, timeout=0, max_memory=0)
    assert (late.duplicates, late.ok, late.skipped) == (1, 0, 2)
    assert documents(out)[str(folder / "late_copy.txt")]["status"] == "duplicate"
    # converting only the copy's folder with --force: the copy converts, the first file is now its duplicate
    only = planx.convert(folder / "copy.txt", out=out, jobs=1, timeout=0, max_memory=0, force=True)
    assert only.ok == 1
    docs = documents(out)
    assert docs[str(folder / "copy.txt")]["status"] == "ok"
    assert docs[str(folder / "x" / "plan.txt")]["status"] == "duplicate"
    assert count(out, "actions") == 2 and len(docs) == 3


def test_parquet_and_datapackage_key_documents_by_doc_id_and_path(tmp_path):
    pytest.importorskip("pyarrow")
    a = plan(tmp_path / "in", "a.txt")
    shutil.copy(a, tmp_path / "in" / "b.txt")
    out = tmp_path / "out"
    planx.convert(tmp_path / "in", out=out, formats=["parquet"], jobs=1, timeout=0, max_memory=0)
    import json

    import pyarrow.parquet as pq
    table = pq.read_table(out / "documents.parquet").to_pydict()
    assert sorted(table["status"]) == ["duplicate", "ok"] and table["duplicate_of"].count(table["doc_id"][0]) == 1
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    docs = next(r for r in package["resources"] if r["name"] == "documents")
    assert docs["schema"]["primaryKey"] == ["doc_id", "path"]
    status = next(f for f in docs["schema"]["fields"] if f["name"] == "status")
    assert "duplicate" in status["constraints"]["enum"]
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(out / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:5]


def test_audit_of_a_converted_folder_ignores_duplicate_rows(tmp_path):
    a = plan(tmp_path / "in", "plan_2016.txt")
    shutil.copy(a, tmp_path / "in" / "plan_2016_copy.txt")
    plan(tmp_path / "in", "plan_2017.txt", what="housing and school")
    out = tmp_path / "out"
    planx.convert(tmp_path / "in", out=out, jobs=1, timeout=0, max_memory=0)
    from planx.audit.versions import load
    for spec in (out, out / "plans.sqlite"):
        versions = load(spec)
        assert sorted(v.doc for v in versions) == ["plan_2016.txt", "plan_2017.txt"]


OLD_SCHEMA = """
CREATE TABLE documents (doc TEXT, doc_id TEXT PRIMARY KEY, format TEXT, title TEXT, status TEXT, error TEXT,
    path TEXT, plan_date TEXT, pages INTEGER, actions INTEGER, milestones INTEGER, indicators INTEGER,
    leftovers INTEGER, warnings TEXT, text_accounted REAL, seconds REAL);
CREATE TABLE actions (doc TEXT, seq INTEGER, action TEXT, doc_id TEXT, UNIQUE (doc_id, seq),
    FOREIGN KEY (doc_id) REFERENCES documents(doc_id) ON DELETE CASCADE);
INSERT INTO documents (doc, doc_id, status, path, actions) VALUES ('old.txt', 'aaaa', 'ok', '/gone/old.txt', 1);
INSERT INTO actions (doc, seq, action, doc_id) VALUES ('old.txt', 1, 'Kept through the upgrade', 'aaaa');
"""


def test_a_database_keyed_the_old_way_is_rekeyed_and_keeps_its_rows(tmp_path):
    db = tmp_path / "plans.sqlite"
    con = sqlite3.connect(db)
    con.executescript(OLD_SCHEMA)
    con.close()
    a = plan(tmp_path / "in", "a.txt")
    shutil.copy(a, tmp_path / "in" / "b.txt")
    s = planx.convert(tmp_path / "in", out=tmp_path, jobs=1, timeout=0, max_memory=0)
    assert (s.ok, s.duplicates) == (1, 1)
    con = sqlite3.connect(db)
    key = [r[1] for r in sorted(con.execute("PRAGMA table_info(documents)"), key=lambda r: r[5]) if r[5]]
    assert key == ["doc_id", "path"]
    assert con.execute("SELECT action FROM actions WHERE doc_id = 'aaaa'").fetchall() == [("Kept through the upgrade",)]
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (3,)
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    with pytest.raises(sqlite3.IntegrityError, match="without its document"):  # rows still need their document
        con.execute("INSERT INTO actions (doc, seq, action, doc_id) VALUES ('x', 1, 'orphan', 'nope')")
    con.close()


# ---------------------------------------------------------------- 6. links in an input folder

def test_links_out_of_the_input_folder_are_not_followed_by_default(tmp_path):
    secret = tmp_path / "private" / "passwords.txt"
    plan(secret.parent, "passwords.txt", what="SECRET-TOKEN")
    folder = tmp_path / "in"
    plan(folder, "real.txt")
    (folder / "notes.txt").symlink_to(secret)
    (folder / "elsewhere").symlink_to(secret.parent, target_is_directory=True)
    (folder / "same.txt").symlink_to(folder / "real.txt")  # inside the folder: read (a duplicate)
    out = tmp_path / "out"
    proc = cli("convert", str(folder), "-o", str(out), "--no-progress")
    docs = documents(out)
    for link in ("notes.txt", "elsewhere"):
        row = docs[str(folder / link)]
        assert row["status"] == "failed" and "outside the folders given" in row["error"]
        assert "--follow-symlinks" in row["error"]
    assert docs[str(folder / "same.txt")]["status"] == "duplicate"
    everything = b"".join(p.read_bytes() for p in out.iterdir() if p.is_file())
    assert b"SECRET-TOKEN" not in everything  # the target was never read
    assert proc.returncode == 1  # those links are rows that failed

    followed = tmp_path / "followed"
    proc = cli("convert", str(folder), "-o", str(followed), "--no-progress", "--follow-symlinks")
    docs = documents(followed)
    # the same bytes reached by both links: the first in sorted order converted, the other its copy
    assert docs[str(folder / "elsewhere" / "passwords.txt")]["status"] == "ok"
    assert docs[str(folder / "notes.txt")]["status"] == "duplicate"
    assert proc.returncode == 0


def test_a_pipe_in_the_input_folder_gets_a_row_and_does_not_block(tmp_path):
    folder = tmp_path / "in"
    plan(folder, "real.txt")
    os.mkfifo(folder / "stuck.txt")
    s = planx.convert(folder, out=tmp_path / "out", jobs=1, timeout=0, max_memory=0)
    row = documents(tmp_path / "out")[str(folder / "stuck.txt")]
    assert row["status"] == "failed" and "not a regular file" in row["error"] and s.ok == 1


# ---------------------------------------------------------------- 9. exit status

def test_exit_status_follows_the_documented_rule(tmp_path):
    good = plan(tmp_path / "in", "good.txt")
    bad = tmp_path / "in" / "empty.txt"
    bad.write_bytes(b"")
    out = str(tmp_path / "out")
    assert cli("convert", str(good), "-o", out, "--no-progress").returncode == 0  # all ok
    assert cli("convert", str(good), "-o", out, "--no-progress").returncode == 0  # all done already
    full = cli("convert", str(tmp_path / "in"), "-o", out, "--no-progress")
    assert full.returncode == 1  # a file failed (the good one is done already)
    resumed = cli("convert", str(tmp_path / "in"), "-o", out, "--no-progress")
    assert resumed.returncode == 1 and "already converted" in resumed.stdout  # the failure fails again
    assert cli("convert", str(bad), "-o", str(tmp_path / "o2"), "--no-progress").returncode == 1  # all failed
    shutil.copy(good, tmp_path / "in" / "copy.txt")
    bad.unlink()
    assert cli("convert", str(tmp_path / "in"), "-o", out, "--no-progress").returncode == 0  # ok + a duplicate
    missing = cli("convert", str(tmp_path / "no-such-folder"), "-o", str(tmp_path / "o3"), "--no-progress")
    assert missing.returncode == 2 and "no such file or folder" in missing.stderr and "Traceback" not in missing.stderr
    assert not (tmp_path / "o3").exists()  # a usage error writes nothing
    assert cli("convert", "--jobs", "x", str(good)).returncode == 2
    (tmp_path / "nothing").mkdir()
    assert cli("convert", str(tmp_path / "nothing"), "-o", str(tmp_path / "o4")).returncode == 2
    helptext = cli("convert", "--help").stdout
    assert "exit status" in helptext and "at least one file failed" in helptext


# ---------------------------------------------------------------- 2. two writers at once

def test_two_runs_into_the_same_output_at_once_both_finish(tmp_path):
    folder = tmp_path / "in"
    for i in range(40):
        plan(folder, f"plan_{i:02d}.txt", what=f"service {i}")
    out = tmp_path / "out"
    runs = [subprocess.Popen([sys.executable, "-m", "planx", "convert", str(folder), "-o", str(out), "--jobs", "1",
                              "--no-progress", "-q", *extra], cwd=ROOT, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for extra in ([], ["--force"])]
    done = [r.communicate(timeout=600) for r in runs]
    for r, (_out, err) in zip(runs, done, strict=True):
        assert r.returncode == 0, err
        assert "Traceback" not in err and "locked" not in err
    docs = documents(out)
    assert len(docs) == 40 and {r["status"] for r in docs.values()} == {"ok"}
    assert count(out, "actions") == 80
    con = sqlite3.connect(out / "plans.sqlite")
    assert con.execute("SELECT count(*) FROM actions").fetchone() == (80,)
    con.close()


def test_a_second_sink_waits_for_the_first_ones_transaction(tmp_path):
    first = SqliteSink(tmp_path / "plans.sqlite")
    first.con.execute("BEGIN IMMEDIATE")  # a writer mid-transaction
    code = ("import sys, time; from pathlib import Path; from planx.load.sqlite import SqliteSink\n"
            "print('opening', flush=True); t = time.monotonic(); s = SqliteSink(Path(sys.argv[1])); s.close()\n"
            "print(round(time.monotonic() - t, 1))")
    second = subprocess.Popen([sys.executable, "-c", code, str(tmp_path / "plans.sqlite")], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert second.stdout is not None and second.stdout.readline().strip() == "opening"
    time.sleep(1.5)
    first.con.execute("COMMIT")
    out, err = second.communicate(timeout=60)
    assert second.returncode == 0, err
    assert float(out) >= 1.0  # it waited for the lock instead of failing at once
    first.close()


# ---------------------------------------------------------------- 3. temporary files in OUT

def test_links_planted_at_temporary_names_are_never_written_through(tmp_path):
    out, victim = tmp_path / "out", tmp_path / "victim.txt"
    out.mkdir()
    victim.write_text("keep me", encoding="utf-8")
    for name in ("actions.csv.tmp", "documents.csv.tmp", "report.html.tmp", "datapackage.json.tmp",
                 "documents.parquet.tmp"):
        (out / name).symlink_to(victim)
    good = plan(tmp_path / "in", "good.txt")
    s = planx.convert(good, out=out, formats=["parquet"] if _has("pyarrow") else [], jobs=1, timeout=0,
                      max_memory=0)
    assert s.ok == 1 and victim.read_text(encoding="utf-8") == "keep me"
    assert count(out, "actions") == 2
    leftovers = [p.name for p in out.iterdir() if p.name.endswith(".tmp") and not p.is_symlink()]
    assert leftovers == []


def _has(module: str) -> bool:
    import importlib.util
    return importlib.util.find_spec(module) is not None


@pytest.mark.parametrize("companion", ["plans.sqlite-shm", "plans.sqlite-wal", "plans.sqlite-journal"])
def test_a_link_planted_beside_the_database_is_refused_clearly(tmp_path, companion):
    out, victim = tmp_path / "out", tmp_path / "victim.bin"
    out.mkdir()
    victim.write_bytes(b"keep me")
    (out / companion).symlink_to(victim)
    good = plan(tmp_path / "in", "good.txt")
    proc = cli("convert", str(good), "-o", str(out), "--no-progress")
    assert proc.returncode == 2 and companion in proc.stderr and "Traceback" not in proc.stderr
    assert victim.read_bytes() == b"keep me"
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]  # a refused run leaves nothing behind
    with pytest.raises(OutputError):
        SqliteSink(out / "plans.sqlite")


def test_output_files_get_the_usual_permissions(tmp_path):
    good = plan(tmp_path / "in", "good.txt")
    planx.convert(good, out=tmp_path / "out", jobs=1, timeout=0, max_memory=0)
    umask = os.umask(0)
    os.umask(umask)
    for name in ("actions.csv", "documents.csv", "report.html", "datapackage.json"):
        assert (tmp_path / "out" / name).stat().st_mode & 0o777 == 0o666 & ~umask, name
