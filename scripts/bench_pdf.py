"""PDF speed: pages/s of the planx pipeline and of `planx tables` against bare pdfplumber `extract_tables()`.

Both run in this process on the same files, interleaved file by file (so a busy machine slows
both alike); CPU time is the steadier figure, wall clock is printed too. Then a folder of plans
converted on 1 and on 2 processes (wall clock), and peak memory for one PDF against all of them.

The 1-vs-2-process figure is a ratio of wall clocks on a machine that other work shares, so it
is measured `--reps` times, the two runs interleaved (their order alternating), and the median
is reported, with the load average. Beside it, the same machine's ceiling measured in the same
reps: two copies of a plain CPU-bound Python loop on 1 process, then on 2 (no I/O, nothing
shared): what 2 processes can get here at best. Two folders: the plain one (the corpus PDFs),
and a bigger, more representative one (each of them also re-rendered without rulings, as
borderless plans are, by scripts/make_borderless.py, when pikepdf is there).

Scanned pages (OCR): seconds per page on one core, CPU (this process's and Tesseract's, which
runs in a child process) against the clock, over the training set's pdf-scan documents (the small
scans of samples/make_scan_samples.py without ../shared). `--scan-only` measures just that.

usage: python scripts/bench_pdf.py [--shared ../shared] [--rounds 1] [--reps 5] [--scan-only]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def inputs(shared: Path) -> list[Path]:
    found = sorted((shared / "corpus").glob("*.pdf")) + sorted((shared / "icdar2013").glob("*.pdf"))
    if not found:
        from samples.make_pdf_samples import main
        folder = Path(tempfile.mkdtemp())
        found = [p for p in main(folder) if p.name in ("ruled_tracker.pdf", "borderless_plan.pdf")]
    return found


def bare(path: Path) -> int:
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_tables()
            page.close()
        return len(pdf.pages)


def ours(path: Path) -> int:
    from planx.pipeline import convert_file
    return convert_file(path).pages


def tables(path: Path) -> int:
    """`planx tables`: the raw tables (stitched, spans found), without normalise/; the page
    count is taken from the bare run of the same file."""
    from planx.extract.pdf import pdf_tables
    pdf_tables(path)
    return 0


def timed(fn, path: Path) -> tuple[int, float, float]:  # type: ignore[no-untyped-def]
    t, c = time.perf_counter(), time.process_time()
    pages = fn(path)
    return pages, time.perf_counter() - t, time.process_time() - c


CONVERT = """
import json, resource, time
from pathlib import Path
import planx
files = [Path(p) for p in {files!r}]
t = time.perf_counter()
s = planx.convert(files, out={out!r}, jobs={jobs}, keep_results=False, timeout=0, max_memory=0)  # jobs 1: in-process
print(json.dumps({{"seconds": time.perf_counter() - t, "files": s.files,
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def child(files: list[Path], out: Path, jobs: int) -> dict:
    code = CONVERT.format(files=[str(f) for f in files], out=str(out), jobs=jobs)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    return json.loads(proc.stdout.strip().splitlines()[-1])


CEILING = """
import json, sys, time
from multiprocessing import get_context
def spin(n):
    d, s = {}, 0
    for i in range(n):
        s += hash(str(i)) % 7
        d[i % 5000] = s
    return s
if __name__ == "__main__":
    n = 1_500_000
    t = time.perf_counter(); spin(n); spin(n); one = time.perf_counter() - t
    with get_context("fork").Pool(2) as pool:
        pool.map(spin, [1000, 1000])  # the workers are up before the clock starts
        t = time.perf_counter(); pool.map(spin, [n, n], chunksize=1); two = time.perf_counter() - t
    print(json.dumps({"ratio": one / two}))
"""


def ceiling() -> float:
    """Speed of 2 processes over 1 on a plain CPU-bound loop: this machine's best case now."""
    proc = subprocess.run([sys.executable, "-c", CEILING], capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    return float(json.loads(proc.stdout.strip().splitlines()[-1])["ratio"])


def borderless(corpus: Path, folder: Path) -> list[Path]:
    """The corpus PDFs re-rendered without rulings (none when pikepdf is missing)."""
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_borderless.py"), "--src", str(corpus),
                           "--out", str(folder)], capture_output=True, text=True, cwd=ROOT)
    return sorted(folder.glob("*.pdf")) if proc.returncode == 0 else []


def speedup(folders: dict[str, list[Path]], tmp: Path, reps: int) -> dict[str, list[float]]:
    """Per rep: each folder on 1 then 2 processes (order alternating), and the machine ceiling."""
    got: dict[str, list[float]] = {"ceiling": []}
    for rep in range(reps):
        for name, files in folders.items():
            order = [1, 2] if rep % 2 == 0 else [2, 1]
            secs = {j: child(files, tmp / f"{name}{rep}j{j}", j)["seconds"] for j in order}
            got.setdefault(name, []).append(secs[1] / secs[2])
            got.setdefault(f"{name} j1", []).append(secs[1])
            got.setdefault(f"{name} j2", []).append(secs[2])
        got["ceiling"].append(ceiling())
    return got


def scan_inputs(shared: Path, folder: Path, limit: int = 6) -> list[Path]:
    """The first `limit` image-only PDFs of the training set, or the small scans."""
    manifest = shared / "train" / "manifest.json"
    if manifest.exists():
        docs = json.loads(manifest.read_text(encoding="utf-8"))["documents"]
        return [shared / "train" / d["doc"] for d in docs if d["rendering"] == "pdf-scan"][:limit]
    from samples.make_scan_samples import small_scans
    return small_scans(folder)


def scan_speed(files: list[Path]) -> None:
    """Seconds per scanned page, one page at a time in this process (Tesseract one thread)."""
    from planx.extract.pdf import read_pages

    def children() -> float:
        ru = resource.getrusage(resource.RUSAGE_CHILDREN)
        return ru.ru_utime + ru.ru_stime
    pages, wall, own, ocr = 0, 0.0, 0.0, 0.0
    for f in files:
        t, c, k = time.perf_counter(), time.process_time(), children()
        results, _ = read_pages(f)
        wall += time.perf_counter() - t
        own += time.process_time() - c
        ocr += children() - k
        pages += sum(1 for r in results if r.ocr)
    if not pages:
        print("  scanned pages: none read by OCR (is tesseract installed?)")
        return
    print(f"  scanned pages: {pages} pages of {len(files)} files: {(own + ocr) / pages:.2f} CPU-s/page "
          f"(planx {own / pages:.2f} + Tesseract {ocr / pages:.2f}), {wall / pages:.2f} s/page wall "
          f"(load average {os.getloadavg()[0]:.1f}); target: 5 s on one core")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--reps", type=int, default=5, help="interleaved repetitions of the 1-vs-2-process runs")
    ap.add_argument("--scan-only", action="store_true", help="only the seconds per scanned page")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        scan_speed(scan_inputs(args.shared, Path(tmp)))
    if args.scan_only:
        return 0
    files = inputs(args.shared)
    ours(files[0])  # warm imports
    totals = {"bare": [0, 0.0, 0.0], "planx": [0, 0.0, 0.0], "tables": [0, 0.0, 0.0]}
    for rnd in range(args.rounds):
        for i, f in enumerate(files):
            order = [("bare", bare), ("planx", ours), ("tables", tables)]
            order = order[(i + rnd) % 3:] + order[:(i + rnd) % 3]  # each goes first in turn
            times = {name: timed(fn, f) for name, fn in order}
            for name, (_, wall, cpu) in times.items():
                totals[name][0] += times["bare"][0]  # pages, as bare pdfplumber counts them
                totals[name][1] += wall
                totals[name][2] += cpu
    print(f"PDF: {len(files)} files, {totals['bare'][0] // args.rounds} pages")
    labels = {"bare": "bare pdfplumber extract_tables", "planx": "planx convert (whole pipeline)",
              "tables": "planx tables (raw tables)"}
    for name, label in labels.items():
        pages, wall, cpu = totals[name]
        print(f"  {label:32s} {pages / cpu:6.2f} pages/s CPU   {pages / wall:6.2f} pages/s wall")
    for name in ("planx", "tables"):
        ratio_cpu = totals["bare"][2] / totals[name][2]
        ratio_wall = totals["bare"][1] / totals[name][1]
        print(f"  {labels[name]} / bare pdfplumber speed: {ratio_cpu:.2f}x (CPU)  {ratio_wall:.2f}x (wall)")
    plans = sorted((args.shared / "corpus").glob("*.pdf")) or files
    with tempfile.TemporaryDirectory() as tmp:
        folders = {"plain": plans}
        extra = borderless(args.shared / "corpus", Path(tmp) / "borderless") if plans is not files else []
        if extra:
            folders["with borderless"] = plans + extra
        load = os.getloadavg()[0]
        got = speedup(folders, Path(tmp), max(1, args.reps))
        one = child(plans, Path(tmp) / "m1", 1)
        single = child(plans[:1], Path(tmp) / "s", 1)
    med = {k: statistics.median(v) for k, v in got.items()}
    print(f"  folder of {len(plans)} plans: {med['plain j1']:.2f} s on 1 process, {med['plain j2']:.2f} s on 2 "
          f"({med['plain']:.2f}x, median of {len(got['plain'])} interleaved reps: "
          f"{' '.join(f'{x:.2f}' for x in got['plain'])}; load average {load:.1f} at the start)")
    if extra:
        name = "with borderless"
        print(f"  folder of {len(plans) + len(extra)} plans (the same and their borderless re-renders): "
              f"{med[name + ' j1']:.2f} s on 1 process, {med[name + ' j2']:.2f} s on 2 ({med[name]:.2f}x, median)")
    print(f"  this machine's ceiling now (a plain CPU loop, 2 processes / 1): {med['ceiling']:.2f}x median "
          f"({' '.join(f'{x:.2f}' for x in got['ceiling'])}); the folder reaches {med['plain'] / med['ceiling']:.0%} "
          f"of it")
    print(f"  peak memory: {single['peak_mib']:.0f} MiB for 1 PDF, {one['peak_mib']:.0f} MiB for {len(plans)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
