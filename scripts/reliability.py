"""The reliability sweep (issue 16): what a hostile or unlucky archive does to `planx convert`.

    python scripts/reliability.py [--work DIR] [--quick] [--seed N] [--jobs N] [--shared ../shared]

Each part runs the real command line (`python -m planx convert`) in a private TMPDIR and an
empty working folder, and checks what the held-out reliability run checks:
- mutation fuzzing: seed plans of every format, truncated, bit-flipped, emptied, renamed to
  another format, made huge, re-encoded, NUL-injected; every input path a row, no traceback,
  no internal error, the exit status as documented;
- kill -9 halfway, then resume: the rows of an uninterrupted run;
- two runs writing into the same output at once: both finish, the rows of one run;
- links planted in the output folder and in the input folder: nothing written or read through them;
- network canaries for every format (a local HTTP server the files link to): 0 requests;
- temporary folders: back to where they started after every run; nothing written outside OUT;
- limits: a file over --max-memory names the memory limit, one over --timeout names CPU time,
  and a busy machine fails no good file.
It prints one line per check with its figures, writes WORK/reliability.json, and exits 1 if a
check failed.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import http.server
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from planx.extract import SUFFIXES  # noqa: E402
from samples.make_canaries import main as make_canaries  # noqa: E402

PLAN = "Improvement plan 2016\nAction\tLead\tTimescale\tRAG\n" + "".join(
    f"Review the {w} policy with partners\tAnn Lee\tMay 2016\tG\n" for w in ("housing", "school", "care", "youth"))


@dataclass
class Check:
    name: str
    ok: bool
    figures: dict = field(default_factory=dict)


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str
    seconds: float


class Sweep:
    def __init__(self, work: Path, jobs: int, quick: bool, seed: int, shared: Path | None):
        self.work, self.jobs, self.quick, self.shared = work, jobs, quick, shared
        self.rnd = random.Random(seed)
        self.checks: list[Check] = []
        self.tmp = work / "tmp"  # TMPDIR of every run: must be empty after each
        self.cwd = work / "cwd"  # working folder of every run: must stay empty
        for d in (self.tmp, self.cwd):
            d.mkdir(parents=True, exist_ok=True)
        self.leaks: list[str] = []

    # ------------------------------------------------------------ running planx

    def env(self) -> dict[str, str]:
        return {**os.environ, "TMPDIR": str(self.tmp), "PYTHONPATH": str(ROOT)}

    def convert(self, *args: str, timeout: float = 1800) -> Run:
        start = time.monotonic()
        proc = subprocess.run([sys.executable, "-m", "planx", "convert", *args, "--no-progress"], cwd=self.cwd,
                              env=self.env(), capture_output=True, text=True, timeout=timeout)
        self.after_run()
        return Run(proc.returncode, proc.stdout, proc.stderr, time.monotonic() - start)

    def start(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen([sys.executable, "-m", "planx", "convert", *args, "--no-progress", "-q"],
                                cwd=self.cwd, env=self.env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True)

    def after_run(self) -> None:
        """Temporary folders back to empty, the working folder untouched."""
        for where in (self.tmp, self.cwd):
            left = sorted(os.listdir(where))
            if left:
                self.leaks.append(f"{where.name}: {left[:5]}")

    def record(self, name: str, ok: bool, **figures: object) -> None:
        self.checks.append(Check(name, ok, dict(figures)))
        shown = ", ".join(f"{k}={v}" for k, v in figures.items())
        print(f"{'PASS' if ok else 'FAIL'}  {name}: {shown}", flush=True)

    # ------------------------------------------------------------ seeds

    def seeds(self) -> list[Path]:
        """Plans of every format planx reads: the repo's samples, files converted from them,
        and (with ../shared) one training plan of each format."""
        folder = self.work / "seeds"
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir()
        picked = [p for p in sorted((ROOT / "samples").iterdir()) if p.suffix in (".txt", ".docx")]
        picked += self._pdfs()
        if self.quick:  # one of each format
            picked = list({p.suffix: p for p in reversed(picked)}.values())
        out = [Path(shutil.copy(p, folder / p.name)) for p in picked]
        out += self._derived(folder, next(p for p in picked if p.suffix == ".docx"))
        if self.shared and (self.shared / "train").is_dir():
            seen: set[str] = set()
            for p in sorted((self.shared / "train").iterdir()):
                if p.suffix.lower() in SUFFIXES and p.suffix not in seen and p.is_file():
                    seen.add(p.suffix)
                    out.append(Path(shutil.copy(p, folder / f"train_{p.name}")))
        return out

    def _pdfs(self) -> list[Path]:
        """The PDF samples (drawn by samples/make_pdf_samples.py with reportlab, a dev dependency)."""
        folder = self.work / "pdf-samples"
        try:
            from samples.make_pdf_samples import main as make_pdfs
            make_pdfs(folder)
        except ImportError:
            return []
        return sorted(folder.glob("*.pdf"))

    def _derived(self, folder: Path, docx: Path) -> list[Path]:
        """The formats the samples lack: .doc/.odt/.rtf/.ods/.xls by LibreOffice, .xlsx, .csv, .html."""
        out = []
        rows = [line.split("\t") for line in PLAN.strip().splitlines()[1:]]
        csv_path = folder / "plan.csv"
        with open(csv_path, "w", newline="", encoding="utf-8") as fh:
            csv.writer(fh).writerows(rows)
        out.append(csv_path)
        html = folder / "plan.html"
        html.write_text("<html><body><h1>Improvement plan 2016</h1><table>" + "".join(
            "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table></body></html>",
                        encoding="utf-8")
        out.append(html)
        try:
            import openpyxl
            wb = openpyxl.Workbook()
            for r in rows:
                wb.active.append(r)
            wb.save(folder / "plan.xlsx")
            out.append(folder / "plan.xlsx")
        except ImportError:
            pass
        from planx.extract.legacy import find_soffice, isolation, profile_dir
        soffice = find_soffice()
        if soffice is None:
            return out
        targets = [(docx, fmt) for fmt in ("doc", "odt", "rtf")] + [(folder / "plan.xlsx", f) for f in ("ods", "xls")]
        for source, fmt in targets:
            if not source.exists():
                continue
            with tempfile.TemporaryDirectory() as tmp:
                subprocess.run([*isolation().prefix, soffice, "--headless", "--norestore",
                                f"-env:UserInstallation={profile_dir().as_uri()}", "--convert-to", fmt, "--outdir",
                                tmp, str(source)], capture_output=True, timeout=300, check=False)
                made = Path(tmp) / f"{source.stem}.{fmt}"
                if made.is_file():
                    out.append(Path(shutil.copy(made, folder / f"derived_{source.stem}.{fmt}")))
        return out

    # ------------------------------------------------------------ mutation fuzzing

    def mutants(self, seeds: list[Path]) -> Path:
        folder = self.work / "fuzz"
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir()
        suffixes = sorted({s.suffix for s in seeds})
        for seed in seeds:
            data = seed.read_bytes()
            for name, mutated in self._mutations(seed, data, suffixes):
                (folder / name).write_bytes(mutated)
        return folder

    def _mutations(self, seed: Path, data: bytes, suffixes: list[str]) -> Iterator[tuple[str, bytes]]:
        stem, suffix, rnd = seed.stem, seed.suffix, self.rnd
        for share in (0.1, 0.5, 0.9):
            yield f"{stem}.trunc{int(share * 100)}{suffix}", data[:int(len(data) * share)]
        for flips in (1, 16, 256):
            b = bytearray(data)
            for _ in range(flips):
                if b:
                    b[rnd.randrange(len(b))] ^= 1 << rnd.randrange(8)
            yield f"{stem}.flip{flips}{suffix}", bytes(b)
        b = bytearray(data)
        for _ in range(8):
            at = rnd.randrange(len(b) + 1)
            b[at:at] = b"\x00" * rnd.randint(1, 64)
        yield f"{stem}.nul{suffix}", bytes(b)
        yield f"{stem}.zero{suffix}", b""
        other = suffixes[(suffixes.index(suffix) + 1) % len(suffixes)]
        yield f"{stem}.wrongext{suffix.replace('.', '_')}{other}", data
        if seed.suffix in (".txt", ".csv", ".html"):
            text = data.decode("utf-8", "replace")
            yield f"{stem}.utf16{suffix}", text.encode("utf-16")
            yield f"{stem}.utf16le{suffix}", text.encode("utf-16-le")
            yield f"{stem}.cp1252{suffix}", text.replace("-", "–").encode("cp1252", "replace")
            yield f"{stem}.latin1{suffix}", ("Caf\u00e9 r\u00e9sum\u00e9 " + text).encode("latin-1", "replace")
        if seed.name == sorted([seed.name])[0] and seed.suffix in (".txt", ".pdf") and not self.quick:
            copies = (30 * 2 ** 20) // max(1, len(data)) + 1
            huge = data * copies if seed.suffix == ".txt" else data + os.urandom(30 * 2 ** 20)
            yield f"{stem}.huge{suffix}", huge

    def fuzz(self) -> None:
        seeds = self.seeds()
        folder = self.mutants(seeds)
        before = _hashes(folder)
        out = self.work / "out-fuzz"
        shutil.rmtree(out, ignore_errors=True)
        run = self.convert(str(folder), "-o", str(out), "--jobs", str(self.jobs), timeout=3600)
        docs = _documents(out)
        inputs = {str(p) for p in folder.iterdir() if p.suffix.lower() in SUFFIXES}  # the others are not plans
        missing = inputs - set(docs)
        internal = [p for p, d in docs.items() if "internal error" in d["error"]]
        tracebacks = sum(t.count("Traceback") for t in (run.stdout, run.stderr))
        tracebacks += sum("Traceback" in d["error"] + d["warnings"] for d in docs.values())
        class_names = [p for p, d in docs.items() if _names_an_exception(d["error"])]
        statuses = _count(d["status"] for d in docs.values())
        expected_code = 1 if statuses.get("failed") else 0
        self.record("fuzz: every input a row", not missing, inputs=len(inputs), rows=len(docs),
                    missing=len(missing), seeds=len(seeds), statuses=statuses, seconds=round(run.seconds))
        self.record("fuzz: no traceback, no internal error", tracebacks == 0 and not internal,
                    tracebacks=tracebacks, internal_errors=len(internal), examples=internal[:3])
        self.record("fuzz: errors in a reader's words", not class_names, naming_exceptions=len(class_names),
                    examples=[docs[p]["error"][:80] for p in class_names[:3]])
        self.record("fuzz: exit status as documented", run.code == expected_code, code=run.code,
                    expected=expected_code)
        self.record("fuzz: inputs untouched", _hashes(folder) == before, files=len(before))

    # ------------------------------------------------------------ kill -9 and resume

    def archive(self, name: str, copies: int) -> Path:
        folder = self.work / name
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        texts = sorted((ROOT / "samples").glob("*.txt"))
        for i in range(copies):
            for t in texts:
                (folder / f"{i:03d}_{t.name}").write_bytes(t.read_bytes() + f"\ncopy {i}\n".encode())
        return folder

    def kill_and_resume(self) -> None:
        folder = self.archive("archive", 8 if self.quick else 30)
        reference = self.work / "out-reference"
        shutil.rmtree(reference, ignore_errors=True)
        self.convert(str(folder), "-o", str(reference), "--jobs", "1")
        expected = _tables(reference)
        trials, agreed, killed_mid = (2 if self.quick else 4), 0, 0
        for trial in range(trials):
            out = self.work / f"out-kill{trial}"
            shutil.rmtree(out, ignore_errors=True)
            proc = self.start(str(folder), "-o", str(out), "--jobs", str(self.jobs))
            target = len(list(folder.iterdir())) * (trial + 1) // (trials + 1)
            while proc.poll() is None and _doc_count(out / "plans.sqlite") < max(1, target):
                time.sleep(0.005)
            if proc.poll() is None:
                killed_mid += 1
            proc.send_signal(signal.SIGKILL)
            proc.communicate()
            resumed = self.convert(str(folder), "-o", str(out), "--jobs", str(self.jobs))
            agreed += resumed.code == 0 and _tables(out) == expected
        self.record("kill -9 halfway, then resume: the rows of an uninterrupted run", agreed == trials,
                    trials=trials, agreed=agreed, killed_mid_run=killed_mid, files=len(list(folder.iterdir())))

    # ------------------------------------------------------------ two writers

    def two_writers(self) -> None:
        folder = self.archive("archive2", 6 if self.quick else 12)
        expected = _tables(self._reference(folder))
        trials, clean = (2 if self.quick else 4), 0
        for trial in range(trials):
            out = self.work / f"out-two{trial}"
            shutil.rmtree(out, ignore_errors=True)
            runs = [self.start(str(folder), "-o", str(out), "--jobs", "1", *extra) for extra in ([], ["--force"])]
            results = [r.communicate(timeout=1800) for r in runs]
            self.after_run()
            fine = all(r.returncode == 0 for r in runs) and not any(
                "Traceback" in err or "locked" in err for _, err in results)
            clean += fine and _tables(out) == expected
        self.record("two runs into one output at once: both finish, one run's rows", clean == trials,
                    trials=trials, clean=clean)

    def _reference(self, folder: Path) -> Path:
        out = self.work / f"out-ref-{folder.name}"
        shutil.rmtree(out, ignore_errors=True)
        self.convert(str(folder), "-o", str(out), "--jobs", "1")
        return out

    # ------------------------------------------------------------ planted links

    def planted_links(self) -> None:
        victim = self.work / "victim.txt"
        victim.write_text("keep me", encoding="utf-8")
        good = self.work / "plan-in"
        shutil.rmtree(good, ignore_errors=True)
        good.mkdir()
        (good / "plan.txt").write_text(PLAN, encoding="utf-8")
        secret_dir = self.work / "secret"
        secret_dir.mkdir(exist_ok=True)
        (secret_dir / "passwords.txt").write_text(PLAN.replace("housing", "SECRET-TOKEN"), encoding="utf-8")
        (good / "notes.txt").symlink_to(secret_dir / "passwords.txt")
        (good / "elsewhere").symlink_to(secret_dir, target_is_directory=True)
        names = ["actions.csv.tmp", "documents.csv.tmp", "milestones.csv.tmp", "report.html.tmp",
                 "datapackage.json.tmp", "metadata.json.tmp", "actions.parquet.tmp", "documents.parquet.tmp"]
        out = self.work / "out-links"
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir()
        for n in names:
            (out / n).symlink_to(victim)
        run = self.convert(str(good), "-o", str(out), "--format", "parquet")
        everything = b"".join(p.read_bytes() for p in out.iterdir() if p.is_file() and not p.is_symlink())
        docs = _documents(out)
        refused = [p for p, d in docs.items() if "outside the folders given" in d["error"]]
        stray = [p.name for p in out.iterdir() if p.name.endswith(".tmp") and not p.is_symlink()]
        ok = (victim.read_text(encoding="utf-8") == "keep me" and b"SECRET-TOKEN" not in everything
              and len(refused) == 2 and not stray and "Traceback" not in run.stderr)
        self.record("links planted at temporary names and in the input: not followed", ok,
                    planted=len(names), victim_intact=victim.read_text(encoding="utf-8") == "keep me",
                    secret_read=b"SECRET-TOKEN" in everything, link_rows=len(refused), stray_tmp=len(stray))
        refused_runs = 0
        for companion in ("plans.sqlite-shm", "plans.sqlite-wal", "plans.sqlite-journal"):
            out = self.work / f"out-{companion}"
            shutil.rmtree(out, ignore_errors=True)
            out.mkdir()
            (out / companion).symlink_to(victim)
            run = self.convert(str(good / "plan.txt"), "-o", str(out))
            clean = not [p for p in out.iterdir() if p.name.endswith(".tmp")]
            refused_runs += (run.code == 2 and companion in run.stderr and "Traceback" not in run.stderr and clean
                             and victim.read_text(encoding="utf-8") == "keep me")
        self.record("a link beside the database: a clear error, nothing written", refused_runs == 3,
                    refused=refused_runs, of=3)

    # ------------------------------------------------------------ network canaries

    def canaries(self) -> None:
        with canary_server() as (url, hits):
            folder = self.work / "canaries"
            shutil.rmtree(folder, ignore_errors=True)
            files = make_canaries(folder, url)
            made_hits = len(hits)
            out = self.work / "out-canaries"
            shutil.rmtree(out, ignore_errors=True)
            run = self.convert(str(folder), "-o", str(out), "--jobs", str(self.jobs))
            docs = _documents(out)
            self.record("network canaries, every format: 0 requests", not hits and made_hits == 0,
                        files=len(files), formats=sorted({p.suffix for p in files.values()}), requests=len(hits),
                        rows=len(docs), tracebacks=run.stderr.count("Traceback"))

    # ------------------------------------------------------------ limits

    def limits(self) -> None:
        sys.path.insert(0, str(ROOT / "tests"))
        from test_limits import big_docx
        folder = self.work / "limits"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        big_docx(folder / "big.docx", 20)
        run = self.convert(str(folder / "big.docx"), "-o", str(self.work / "out-memory"), "--max-memory", "100")
        error = next(iter(_documents(self.work / "out-memory").values()))["error"]
        self.record("a file over --max-memory names the memory limit", error.startswith("memory limit exceeded"),
                    error=error[:70], code=run.code)
        self._cpu_limit(folder)

    def _cpu_limit(self, folder: Path) -> None:
        pages = self._heavy_pdf(folder)
        if pages is None:
            return
        run = self.convert(str(pages), "-o", str(self.work / "out-cpu"), "--timeout", "1")
        error = next(iter(_documents(self.work / "out-cpu").values()))["error"]
        self.record("a file over --timeout names the CPU time limit", "CPU-seconds" in error, error=error[:80],
                    code=run.code)
        self._busy_machine(pages)

    @staticmethod
    def _heavy_pdf(folder: Path) -> Path | None:
        """120 pages full of table rows: some CPU-seconds to read."""
        try:
            from reportlab.pdfgen import canvas
        except ImportError:
            return None
        c = canvas.Canvas(str(folder / "pages.pdf"))
        for page in range(120):
            for line in range(60):
                c.drawString(40, 800 - 13 * line, f"Action {page}.{line}   Lead officer {line}   March 2016   Green")
            c.showPage()
        c.save()
        return folder / "pages.pdf"

    def _busy_machine(self, pdf: Path) -> None:
        """A file converted with a CPU limit of twice what it needs on an idle machine, while every
        core is busy with other work (so by the clock it takes several times longer)."""
        idle = self.convert(str(pdf), "-o", str(self.work / "out-idle"), "--timeout", "0", "--jobs", "1")
        needed = float(next(iter(_documents(self.work / "out-idle").values()))["seconds"] or idle.seconds)
        limit = max(2.0, 2 * needed)
        hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range((os.cpu_count() or 1) * 4)]
        try:
            run = self.convert(str(pdf), "-o", str(self.work / "out-busy"), "--timeout", f"{limit:.1f}", "--jobs", "1")
        finally:
            for h in hogs:
                h.kill()
                h.wait()
        doc = next(iter(_documents(self.work / "out-busy").values()))
        busy = float(doc["seconds"] or run.seconds)
        self.record("a busy machine fails no good file (CPU time, not the clock)", "time limit" not in doc["error"],
                    idle_seconds=round(needed, 1), cpu_limit=round(limit, 1), busy_seconds=round(busy, 1),
                    over_the_limit_by_the_clock=busy > limit, hogs=len(hogs))

    # ------------------------------------------------------------ all

    def run(self, only: set[str] | None = None) -> int:
        parts: list[Callable[[], None]] = [self.fuzz, self.kill_and_resume, self.two_writers, self.planted_links,
                                           self.canaries, self.limits]
        parts = [p for p in parts if not only or p.__name__ in only]
        for part in parts:
            try:
                part()
            except Exception as e:  # a broken part is a failed check, and the others still run
                self.record(f"{part.__name__}: ran to the end", False, error=f"{type(e).__name__}: {e}")
        self.record("temporary folders back to where they started, nothing left in the working folder",
                    not self.leaks, leaks=self.leaks[:5])
        (self.work / "reliability.json").write_text(json.dumps(
            [c.__dict__ for c in self.checks], indent=1, default=str), encoding="utf-8")
        failed = [c.name for c in self.checks if not c.ok]
        print(f"\n{len(self.checks) - len(failed)} of {len(self.checks)} checks passed"
              + (f"; failed: {'; '.join(failed)}" if failed else ""))
        return 1 if failed else 0


# ---------------------------------------------------------------- helpers

def _documents(out: Path) -> dict[str, dict[str, str]]:
    try:
        with open(out / "documents.csv", newline="", encoding="utf-8") as fh:
            return {r["path"]: r for r in csv.DictReader(fh)}
    except FileNotFoundError:
        return {}


TABLES = ["documents", "actions", "milestones", "ratings", "indicators", "leftovers"]


def _tables(out: Path) -> dict[str, list[dict]]:
    found = {}
    for t in TABLES:
        with open(out / f"{t}.csv", newline="", encoding="utf-8") as fh:
            rows = [dict(r) for r in csv.DictReader(fh)]
        for r in rows:
            r.pop("seconds", None)
        found[t] = rows
    return found


def _doc_count(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.2)
        try:
            return int(con.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def _hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def _count(values: Iterator[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for v in values:
        out[v] = out.get(v, 0) + 1
    return out


def _names_an_exception(error: str) -> bool:
    """Does an error text name an exception class (TypeError, PdfminerException …)?"""
    import re
    return re.search(r"\b[A-Z][A-Za-z]*(Error|Exception)\b", error) is not None


@contextmanager
def canary_server() -> Iterator[tuple[str, list[tuple[str, str]]]]:
    hits: list[tuple[str, str]] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def answer(self) -> None:
            hits.append((self.command, self.path))
            self.send_response(200)
            self.end_headers()

        do_GET = do_HEAD = do_OPTIONS = do_POST = do_PROPFIND = answer  # noqa: N815

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", hits
    finally:
        httpd.shutdown()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--work", type=Path, help="working folder (default: a new temporary one, removed after)")
    ap.add_argument("--quick", action="store_true", help="fewer seeds, mutants and trials")
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="../shared, for training seeds")
    ap.add_argument("--only", help="the parts to run, comma-separated: fuzz, kill_and_resume, two_writers, "
                                   "planted_links, canaries, limits")
    args = ap.parse_args(argv)
    shared = args.shared if (args.shared / "train").is_dir() else None
    only = set(args.only.split(",")) if args.only else None
    if args.work:
        args.work.mkdir(parents=True, exist_ok=True)
        return Sweep(args.work.resolve(), args.jobs, args.quick, args.seed, shared).run(only)
    with tempfile.TemporaryDirectory(prefix="planx-sweep-") as tmp:
        return Sweep(Path(tmp), args.jobs, args.quick, args.seed, shared).run(only)


if __name__ == "__main__":
    sys.exit(main())
