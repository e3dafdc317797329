"""Nothing fetched, nothing left behind (issue 16): LibreOffice converts documents that link to
a local canary server without sending it a single request (in a network namespace, and by its
profile's settings alone where there is none), and no temporary folder outlives a run, even
when a worker or the whole run is killed."""
from __future__ import annotations

import http.server
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import planx.pipeline
from planx.batch import Limits, Task, run_workers
from planx.extract import ExtractError, extract, legacy, scratch
from samples.make_canaries import main as make_canaries

ROOT = Path(__file__).resolve().parents[1]
needs_soffice = pytest.mark.skipif(legacy.find_soffice() is None, reason="LibreOffice is not installed")
# the files LibreOffice converts (the others planx reads itself)
LEGACY = ["linked.odt", "flat.odt", "webpage.doc", "webpage.rtf", "fields.rtf", "word97.doc", "linked.ods",
          "excel97.xls"]


class Canary:
    """A local HTTP server that answers every method and records each request."""

    def __init__(self) -> None:
        hits: list[tuple[str, str]] = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def answer(self) -> None:
                hits.append((self.command, self.path))
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.end_headers()

            do_GET = do_HEAD = do_OPTIONS = do_POST = do_PROPFIND = answer  # noqa: N815 (http.server's names)

            def log_message(self, *args: object) -> None:
                pass

        self.hits = hits
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()


@pytest.fixture(scope="module")
def canary() -> Iterator[Canary]:
    c = Canary()
    yield c
    c.httpd.shutdown()


@pytest.fixture(scope="module")
def canaries(canary: Canary, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    made = make_canaries(tmp_path_factory.mktemp("canaries"), canary.url)
    assert canary.hits == []  # making them fetched nothing either
    return made


def _convert_each(files: list[Path]) -> None:
    for f in files:
        try:
            extract(f)
        except ExtractError:
            pass  # a canary need not hold a plan: only what it fetched matters


@needs_soffice
def test_the_canaries_make_an_unprotected_libreoffice_fetch(canary, canaries, tmp_path, monkeypatch):
    """The control: with neither the namespace nor the settings, LibreOffice requests the links
    (so the tests below can fail)."""
    bare = tmp_path / "bare-profile"
    monkeypatch.setattr(legacy, "isolation", lambda: legacy.Isolation((), False))
    monkeypatch.setattr(legacy, "profile_dir", lambda: bare)
    canary.hits.clear()
    _convert_each([canaries["linked.odt"], canaries["webpage.doc"]])
    assert {path for _, path in canary.hits} >= {"/odt-image.png", "/html-image.png"}
    canary.hits.clear()


@needs_soffice
@pytest.mark.parametrize("way", ["namespace", "settings"])
def test_libreoffice_fetches_nothing(canary, canaries, way, monkeypatch):
    if way == "namespace" and not legacy.isolation().network:
        pytest.skip("this system allows no network namespace")
    if way == "settings":  # as on a system without unshare: the profile alone
        monkeypatch.setattr(legacy, "isolation", lambda: legacy.Isolation((), False))
    canary.hits.clear()
    _convert_each([canaries[n] for n in LEGACY if n in canaries])
    assert canary.hits == []


@needs_soffice
def test_a_batch_of_canaries_in_every_format_fetches_nothing(canary, canaries, tmp_path):
    canary.hits.clear()
    folder = next(iter(canaries.values())).parent
    proc = subprocess.run([sys.executable, "-m", "planx", "convert", str(folder), "-o", str(tmp_path / "out"),
                           "--jobs", "2", "--no-progress"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode in (0, 1) and "Traceback" not in proc.stderr
    assert f"{len(canaries)} file(s)" in proc.stdout  # every file a row
    assert canary.hits == []


def test_the_namespace_has_no_way_out(canary):
    if not legacy.isolation().network:
        pytest.skip("this system allows no network namespace")
    fetch = f"import urllib.request; urllib.request.urlopen('{canary.url}/direct', timeout=5)"
    canary.hits.clear()
    proc = subprocess.run([*legacy.isolation().prefix, sys.executable, "-c", fetch], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode != 0 and canary.hits == []


def test_a_user_without_root_gets_a_user_namespace(monkeypatch):
    tried: list[tuple[str, ...]] = []
    monkeypatch.setattr(legacy.os, "geteuid", lambda: 1000)
    monkeypatch.setattr(legacy, "_runs", lambda prefix: tried.append(prefix) or "-r" in prefix)
    legacy.isolation.cache_clear()
    try:
        chosen = legacy.isolation()
    finally:
        legacy.isolation.cache_clear()
    assert "-r" in tried[0] and chosen.network and "-r" in chosen.prefix
    if os.geteuid() == 0 and shutil.which("setpriv") and shutil.which("unshare"):
        # and that command does run for an unprivileged user here
        nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"]
        proc = subprocess.run([*nobody, *chosen.prefix, "true"], capture_output=True, text=True, timeout=30)
        if proc.returncode != 0 and "Operation not permitted" in proc.stderr:
            pytest.skip("user namespaces are off on this system")
        assert proc.returncode == 0, proc.stderr


def test_the_profile_blocks_remote_content_and_link_updates():
    xml = legacy.registry_xml()
    for setting in ('"BlockUntrustedRefererLinks"', '"DisableMacrosExecution"', "Writer/Content/Update",
                    "Calc/Content/Update", "ooInetProxyType"):
        assert setting in xml


# ---------------------------------------------------------------- temporary folders

def _private_tmp(tmp_path: Path) -> dict[str, str]:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    return {**os.environ, "TMPDIR": str(tmp)}


@needs_soffice
def test_no_temporary_folder_outlives_a_batch(tmp_path, canaries):
    env = _private_tmp(tmp_path)
    legacy_files = [str(canaries[n]) for n in ("linked.odt", "webpage.doc", "webpage.rtf", "linked.ods", "excel97.xls")
                    if n in canaries]
    proc = subprocess.run([sys.executable, "-m", "planx", "convert", *legacy_files, "-o", str(tmp_path / "out"),
                           "--jobs", "2", "--no-progress"], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=600)
    assert proc.returncode in (0, 1), proc.stderr
    assert os.listdir(env["TMPDIR"]) == []


def test_a_worker_killed_mid_file_leaves_no_folder(tmp_path, monkeypatch):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    real = planx.pipeline.extract

    def dies_holding_a_folder(path: Path):  # type: ignore[no-untyped-def]
        if "dies" in path.name:
            with scratch.scratch_dir("ocr") as folder:
                (folder / "page.png").write_bytes(b"half written")
                os.kill(os.getpid(), signal.SIGKILL)
        return real(path)
    monkeypatch.setattr(planx.pipeline, "extract", dies_holding_a_folder)
    for name in ("a.txt", "b_dies.txt"):
        (tmp_path / name).write_text("Action\tLead\nReview the policy\tAnn Lee\n", encoding="utf-8")
    results = {r.doc: r for r in run_workers([Task(tmp_path / "a.txt", ""), Task(tmp_path / "b_dies.txt", "")],
                                             2, Limits(timeout=60, max_memory=None), start_method="fork")}
    assert results["b_dies.txt"].status == "failed" and "SIGKILL" in results["b_dies.txt"].error
    assert os.listdir(tmp) == []


def test_a_run_killed_outright_is_cleaned_up_by_the_next_one(tmp_path):
    env = _private_tmp(tmp_path)
    for i in range(60):
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / "in" / f"plan_{i:02d}.txt").write_text(
            f"Action\tLead\nReview the policy {i}\tAnn Lee\n" * 200, encoding="utf-8")
    args = [sys.executable, "-m", "planx", "convert", str(tmp_path / "in"), "-o", str(tmp_path / "out"),
            "--jobs", "2", "--no-progress", "-q"]
    proc = subprocess.Popen(args, cwd=ROOT, env=env)
    deadline = time.monotonic() + 60
    while not any(n.startswith(scratch.PREFIX) for n in os.listdir(env["TMPDIR"])) and time.monotonic() < deadline:
        time.sleep(0.01)
    proc.kill()  # kill -9: no atexit, no finally
    proc.wait()
    left = os.listdir(env["TMPDIR"])
    assert any(n.startswith(scratch.PREFIX) for n in left)  # what a killed run leaves …
    done = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert os.listdir(env["TMPDIR"]) == []  # … the next run removes


def test_a_running_runs_folder_is_never_taken_for_stale(tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time, tempfile; tempfile.tempdir = sys.argv[1]\n"
                               "from planx.extract import scratch; print(scratch.run_folder(), flush=True); "
                               "time.sleep(60)", str(tmp_path)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None
    folder = Path(holder.stdout.readline().strip())
    try:
        assert folder.is_dir() and scratch.remove_stale(tmp_path) == [] and folder.is_dir()
    finally:
        holder.kill()
        holder.wait()
    assert scratch.remove_stale(tmp_path) == [folder] and not folder.exists()


def test_libreoffices_own_temporary_files_stay_in_the_conversions_folder(tmp_path, monkeypatch):
    """soffice leaves lu*.tmp folders in $TMPDIR when it ends badly: it is given the conversion's
    own folder as TMPDIR (a stand-in soffice here does what it does)."""
    system_tmp = tmp_path / "system-tmp"
    system_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(system_tmp))
    fake = tmp_path / "soffice"
    fake.write_text('#!/bin/sh\nmktemp -d >/dev/null\nwhile [ $# -gt 0 ]; do [ "$1" = --outdir ] && out="$2"; '
                    'shift; done\nprintf docx > "$out/document.docx"\n', encoding="utf-8")
    fake.chmod(0o755)
    work = tmp_path / "work"
    work.mkdir()
    (tmp_path / "plan.rtf").write_text(r"{\rtf1 plan}", encoding="ascii")
    made = legacy.convert_to_docx(tmp_path / "plan.rtf", work, str(fake))
    assert made.read_text() == "docx"
    assert os.listdir(system_tmp) == []


def test_a_folder_its_maker_never_locked_is_stale_once_the_maker_is_gone(tmp_path):
    """A run killed between making its folder and locking it leaves a folder with no lock: stale at
    once when the process named in it is gone, while a live maker's is left for the grace period."""
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = tmp_path / f"{scratch.PREFIX}{int(gone.stdout)}-abc"
    live = tmp_path / f"{scratch.PREFIX}{os.getpid()}-def"
    dead.mkdir()
    live.mkdir()
    assert scratch.remove_stale(tmp_path) == [dead]
    assert live.is_dir() and not dead.exists()
