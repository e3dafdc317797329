"""PDF speed: pages/s of the whole planx pipeline against bare pdfplumber `page.extract_tables()`.

Both run in this process on the same files, interleaved file by file (so a busy machine slows
both alike); CPU time is the steadier figure, wall clock is printed too. Then a folder of plans
converted on 1 and on 2 processes (wall clock), and peak memory for one PDF against all of them.

usage: python scripts/bench_pdf.py [--shared ../shared] [--rounds 1]
"""
from __future__ import annotations

import argparse
import json
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


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--rounds", type=int, default=1)
    args = ap.parse_args()
    files = inputs(args.shared)
    ours(files[0])  # warm imports
    totals = {"bare": [0, 0.0, 0.0], "planx": [0, 0.0, 0.0]}
    for rnd in range(args.rounds):
        for i, f in enumerate(files):
            order = [("bare", bare), ("planx", ours)]
            if (i + rnd) % 2:
                order.reverse()
            for name, fn in order:
                pages, wall, cpu = timed(fn, f)
                totals[name][0] += pages
                totals[name][1] += wall
                totals[name][2] += cpu
    print(f"PDF: {len(files)} files, {totals['bare'][0] // args.rounds} pages")
    for name, label in (("bare", "bare pdfplumber extract_tables"), ("planx", "planx convert (whole pipeline)")):
        pages, wall, cpu = totals[name]
        print(f"  {label:32s} {pages / cpu:6.2f} pages/s CPU   {pages / wall:6.2f} pages/s wall")
    ratio_cpu = (totals["planx"][0] / totals["planx"][2]) / (totals["bare"][0] / totals["bare"][2])
    ratio_wall = (totals["planx"][0] / totals["planx"][1]) / (totals["bare"][0] / totals["bare"][1])
    print(f"  planx / bare pdfplumber speed: {ratio_cpu:.2f}x (CPU)  {ratio_wall:.2f}x (wall)")
    plans = sorted((args.shared / "corpus").glob("*.pdf")) or files
    with tempfile.TemporaryDirectory() as tmp:
        one = child(plans, Path(tmp) / "j1", 1)
        two = child(plans, Path(tmp) / "j2", 2)
        single = child(plans[:1], Path(tmp) / "s", 1)
    print(f"  folder of {len(plans)} plans: {one['seconds']:.2f} s on 1 process, {two['seconds']:.2f} s on 2 "
          f"({one['seconds'] / two['seconds']:.2f}x)")
    print(f"  peak memory: {single['peak_mib']:.0f} MiB for 1 PDF, {one['peak_mib']:.0f} MiB for {len(plans)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
