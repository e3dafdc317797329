"""`make bench`: speed and peak memory of planx, as ratios against a baseline run in the same command.

Text plans: MB/s of input end to end (convert → CSV + SQLite) on one core, against a bare
baseline that only decodes and splits the same files (csv.reader on tabs); peak memory of
a run over N files against a run over one file (flat when we stream document by document).
Other formats add their lines here as their parsers land (scripts/bench_*.py).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def text_inputs(shared: Path) -> list[Path]:
    found = sorted((shared / "seeds").glob("*.txt")) + sorted((shared / "corpus").glob("*.txt"))
    if not found:
        sys.path.insert(0, str(ROOT))
        from samples.make_text_samples import main
        tmp = Path(tempfile.mkdtemp())
        found = main(tmp)
    return found


def replicate(files: list[Path], n: int, folder: Path) -> list[Path]:
    """n distinct files (a counter line appended so each has its own doc_id)."""
    out = []
    for i in range(n):
        src = files[i % len(files)]
        dst = folder / f"{i:04d}_{src.name}"
        dst.write_bytes(src.read_bytes() + f"\nbench copy {i}\n".encode())
        out.append(dst)
    return out


def child(code: str) -> dict:
    """Run code in a fresh interpreter; it prints JSON; add its peak RSS (MiB).

    Python may write its bytecode caches, as it does after any install: with
    PYTHONDONTWRITEBYTECODE set (some sandboxes and CI images set it), every run would compile
    the modules that planx imports only when it needs them (the text parser, the report)
    inside the timed part."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env)
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


CONVERT = """
import json, resource, time, sys
from pathlib import Path
import planx
files = [Path(p) for p in {files!r}]
t, c = time.perf_counter(), time.process_time()
s = planx.convert(files, out={out!r}, jobs={jobs}, keep_results=False, timeout=0, max_memory=0)  # in-process
dt, cpu = time.perf_counter() - t, time.process_time() - c
print(json.dumps({{"seconds": dt, "cpu": cpu, "files": s.files, "actions": s.actions,
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""

BARE = """
import csv, io, json, time
from pathlib import Path
files = [Path(p) for p in {files!r}]
t = time.perf_counter()
rows = 0
for f in files:
    text = f.read_bytes().decode("utf-8", "replace")
    rows += sum(1 for _ in csv.reader(io.StringIO(text), delimiter="\\t"))
print(json.dumps({{"seconds": time.perf_counter() - t, "rows": rows}}))
"""


# the machine's own speed at the moment of each run: a plain Python loop. On a shared host it
# swings (this one ran the same loop in 0.27 s and 0.49 s minutes apart), and every figure
# above swings with it
LOOP = """
import json, time
c = time.process_time()
s = 0
for i in range(3_000_000):
    s += i
print(json.dumps({{"seconds": time.process_time() - c}}))
"""


def median(results: list[dict]) -> dict:
    return sorted(results, key=lambda r: r["seconds"])[len(results) // 2]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--files", type=int, default=200)
    ap.add_argument("--text-only", action="store_true", help="skip the other formats' benches")
    ap.add_argument("--rounds", type=int, default=5, help="text runs (the median is reported)")
    args = ap.parse_args()
    base = text_inputs(args.shared)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        files = replicate(base, args.files, folder)
        mb = sum(f.stat().st_size for f in files) / 1e6
        names = [str(f) for f in files]
        warm = child(CONVERT.format(files=names[:1], out=str(Path(tmp) / "warm"), jobs=1))
        one = child(CONVERT.format(files=names[:1], out=str(Path(tmp) / "one"), jobs=1))
        fifty = child(CONVERT.format(files=names[:50], out=str(Path(tmp) / "fifty"), jobs=1))
        runs, bares, loops = [], [], []  # type: list[dict], list[dict], list[float]
        for i in range(args.rounds):  # interleaved, so a busy spell slows both alike; medians kept
            runs.append(child(CONVERT.format(files=names, out=str(Path(tmp) / f"all{i}"), jobs=1)))
            bares.append(child(BARE.format(files=names)))
            loops.append(child(LOOP.format())["seconds"])
            shutil.rmtree(Path(tmp) / f"all{i}", ignore_errors=True)
        run, bare = median(runs), median(bares)
        del warm
    mbps = mb / run["seconds"]
    print(f"text plans: {len(files)} files, {mb:.2f} MB, {run['actions']} actions; median of {args.rounds} "
          f"runs, load average {os.getloadavg()[0]:.1f} (other work on the machine slows every figure)")
    docs_s = len(files) / run["seconds"]
    print(f"  planx convert (1 core):    {run['seconds']:.2f} s  {mbps:.2f} MB/s  {docs_s:.0f} docs/s (wall clock)")
    print(f"                             {run['cpu']:.2f} s CPU  {mb / run['cpu']:.2f} MB/s  "
          f"{len(files) / run['cpu']:.0f} docs/s (CPU time: steadier on a busy machine)")
    fastest = min(runs, key=lambda r: r["seconds"])
    each = " ".join(f"{mb / r['seconds']:.2f}" for r in runs)
    print(f"  each run, MB/s (wall clock): {each}; a plain Python loop beside each: "
          f"{' '.join(f'{t:.2f}' for t in loops)} s (the machine's speed of the moment)")
    print(f"  fastest run: {mb / fastest['seconds']:.2f} MB/s, {mb / fastest['cpu']:.2f} MB/s of CPU "
          f"(other work only ever slows a run)")
    ratio = bare["seconds"] / run["seconds"]
    print(f"  bare decode+split baseline: {bare['seconds']:.3f} s  ({ratio:.3f}x of planx time)")
    print(f"  peak memory: {one['peak_mib']:.0f} MiB for 1 file, {fifty['peak_mib']:.0f} MiB for 50, "
          f"{run['peak_mib']:.0f} MiB for {len(files)} ({run['peak_mib'] / fifty['peak_mib']:.2f}x of 50)")
    for extra in [] if args.text_only else sorted((ROOT / "scripts").glob("bench_*.py")):
        print(f"--- {extra.name}")
        subprocess.run([sys.executable, str(extra), "--shared", str(args.shared)], cwd=ROOT, check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
