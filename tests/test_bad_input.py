"""Bad input: a clear `failed` row, no traceback, and the rest of the batch still converted."""
from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import planx


def statuses(out: Path) -> dict[str, tuple[str, str]]:
    with open(out / "documents.csv", encoding="utf-8") as fh:
        return {r["doc"]: (r["status"], r["error"]) for r in csv.DictReader(fh)}


def make_bad_files(folder: Path) -> None:
    (folder / "empty.txt").write_bytes(b"")
    (folder / "noise.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "letter.txt").write_text("Dear colleague,\nplease find the minutes attached.\n", encoding="utf-8")
    (folder / "notes.xyz").write_text("not a plan", encoding="utf-8")
    (folder / "good.txt").write_text("Action\tLead\tTimescale\nReview the policy\tAnn Lee\tMay 2016\n",
                                     encoding="utf-8")


def test_bad_files_fail_clearly_and_the_batch_goes_on(tmp_path):
    make_bad_files(tmp_path)
    files = sorted(tmp_path.iterdir())
    out = tmp_path / "out"
    summary = planx.convert(files, out=out)
    got = statuses(out)
    assert got["good.txt"][0] == "ok"
    assert got["empty.txt"] == ("failed", "empty file (0 bytes)")
    assert got["noise.txt"][0] == "failed" and "binary" in got["noise.txt"][1]
    assert got["letter.txt"][0] == "failed" and "no plan table" in got["letter.txt"][1]
    assert got["notes.xyz"][0] == "failed" and "unsupported file type" in got["notes.xyz"][1]
    assert summary.failed == 4 and summary.ok == 1


def test_cli_exit_status_and_no_traceback(tmp_path):
    make_bad_files(tmp_path)
    bad = [str(tmp_path / n) for n in ("empty.txt", "noise.txt")]
    proc = subprocess.run([sys.executable, "-m", "planx", "convert", *bad, "-o", str(tmp_path / "o1"),
                           "--no-progress"], capture_output=True, text=True)
    assert proc.returncode == 1  # every file failed
    assert "Traceback" not in proc.stderr and "empty file" in proc.stderr
    mixed = [*bad, str(tmp_path / "good.txt")]
    proc = subprocess.run([sys.executable, "-m", "planx", "convert", *mixed, "-o", str(tmp_path / "o2"),
                           "--no-progress"], capture_output=True, text=True)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr  # some files failed (documented in --help)
    good = subprocess.run([sys.executable, "-m", "planx", "convert", str(tmp_path / "good.txt"), "-o",
                           str(tmp_path / "o3"), "--no-progress"], capture_output=True, text=True)
    assert good.returncode == 0 and "Traceback" not in good.stderr


def test_folders_skip_other_file_types_but_named_files_are_tried(tmp_path):
    make_bad_files(tmp_path)
    summary = planx.convert(tmp_path, out=tmp_path / "out")
    assert "notes.xyz" not in statuses(tmp_path / "out")
    assert summary.files == 4
