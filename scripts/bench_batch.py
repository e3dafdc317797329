"""Batch bench (run by `make bench` through scripts/bench.py): a folder of mixed plans,
files/s at --jobs 1 and --jobs 2, peak memory of the whole run (the parent and its
workers, summed) against a single-file run, and the same folder on a 2-worker Dask
LocalCluster against --jobs 2.

The folder is made by copying every plan file of ../shared/corpus and samples/ (all
formats: a format whose parser is not there yet shows up as fast `failed` rows, counted
below) with distinct bytes, so every copy has its own doc_id and none is skipped.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract import SUFFIXES  # noqa: E402


def sources(shared: Path) -> list[Path]:
    found = []
    for folder in (shared / "corpus", ROOT / "samples"):
        if folder.is_dir():
            found += sorted(f for f in folder.iterdir() if f.suffix.lower() in SUFFIXES)
    return found


def distinct_copy(src: Path, dst: Path, i: int) -> None:
    """A copy whose bytes (so doc_id) differ from every other copy, still readable as its format."""
    data = src.read_bytes()
    suffix = src.suffix.lower()
    if suffix == ".docx":  # a zip: change its archive comment, which readers ignore
        buf = io.BytesIO(data)
        with zipfile.ZipFile(buf, "a") as z:
            z.comment = f"bench copy {i}".encode()
        data = buf.getvalue()
    elif suffix == ".pdf":  # a comment line after %%EOF, which readers ignore
        data += f"\n% bench copy {i}\n".encode()
    else:
        data += f"\nbench copy {i}\n".encode()
    dst.write_bytes(data)


def make_folder(shared: Path, n: int, folder: Path) -> list[Path]:
    srcs = sources(shared)
    if not srcs:
        raise SystemExit("no plan files in ../shared/corpus or samples/")
    out = []
    for i in range(n):
        src = srcs[i % len(srcs)]
        dst = folder / f"{i:04d}_{src.name}"
        distinct_copy(src, dst, i)
        out.append(dst)
    return out


RUN = """
import json, resource, sys, time
from pathlib import Path
import planx
files = [Path(p) for p in {files!r}]
kw = {kw!r}
cluster = None
if kw.pop("dask", False):
    from distributed import LocalCluster
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    kw.update(executor="dask", scheduler=cluster.scheduler_address)
t = time.perf_counter()
s = planx.convert(files, out={out!r}, keep_results=False, **kw)
dt = time.perf_counter() - t
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
if cluster is not None:
    cluster.close()
print(json.dumps({{"seconds": dt, "files": s.files, "ok": s.ok, "partial": s.partial, "failed": s.failed,
                  "skipped": s.skipped + s.duplicates, "actions": s.actions,
                  "parent_cpu": me.ru_utime + me.ru_stime, "workers_cpu": kids.ru_utime + kids.ru_stime}}))
"""


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            return [int(x) for x in fh.read().split()]
    except OSError:
        return []


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo += _children(p)
    return out


def _mem_kib(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in KiB; PSS shares pages that forked workers share."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


def run(files: list[Path], out: Path, **kw) -> dict:
    """One conversion in a fresh interpreter; peak of the summed RSS/PSS of its process tree."""
    code = RUN.format(files=[str(f) for f in files], out=str(out), kw=kw)
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=ROOT)
    peak = [0, 0]

    def sample() -> None:
        while proc.poll() is None:
            mem = [_mem_kib(p) for p in _tree(proc.pid)]
            peak[0] = max(peak[0], sum(m[0] for m in mem))
            peak[1] = max(peak[1], sum(m[1] for m in mem))
            time.sleep(0.02)
    t = threading.Thread(target=sample, daemon=True)
    t.start()
    stdout, stderr = proc.communicate()
    t.join()
    if proc.returncode != 0:
        raise SystemExit(f"bench run failed ({kw}):\n{stderr[-3000:]}")
    result = json.loads(stdout.strip().splitlines()[-1])
    result["rss_mib"], result["pss_mib"] = peak[0] / 1024, peak[1] / 1024
    return result


def have_dask() -> bool:
    try:
        import distributed  # noqa: F401
        return True
    except ImportError:
        return False


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--files", type=int, default=200)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        files = make_folder(args.shared, args.files, folder)
        mix = Counter(f.suffix.lower().lstrip(".") for f in files)
        print(f"batch: {len(files)} files ({', '.join(f'{v} {k}' for k, v in sorted(mix.items()))}), "
              f"{sum(f.stat().st_size for f in files) / 1e6:.1f} MB, {os.cpu_count()} cores, "
              f"load average {os.getloadavg()[0]:.1f} (other work on the machine skews the ratios)")
        # the single-file baseline: the biggest file of each format, alone, same settings; the heaviest counts
        biggest = {f.suffix.lower(): f for f in sorted(files, key=lambda f: f.stat().st_size)}
        singles = [run([f], Path(tmp) / f"one{i}", jobs=2) for i, f in enumerate(biggest.values())]
        one = max(singles, key=lambda r: r["pss_mib"])
        j1 = run(files, Path(tmp) / "j1", jobs=1)
        j2 = run(files, Path(tmp) / "j2", jobs=2)
        dk = run(files, Path(tmp) / "dask", dask=True) if have_dask() else None
    print(f"  outcome: {j2['ok']} ok, {j2['partial']} partial, {j2['failed']} failed, {j2['actions']} actions")
    for name, r in (("--jobs 1", j1), ("--jobs 2", j2)):
        print(f"  {name}: {r['seconds']:.2f} s  {r['files'] / r['seconds']:.1f} files/s  "
              f"peak RSS {r['rss_mib']:.0f} MiB (PSS {r['pss_mib']:.0f} MiB)")
    print(f"  speed-up --jobs 2 / --jobs 1: {j1['seconds'] / j2['seconds']:.2f}x (target >= 1.7x)")
    serial = j2["parent_cpu"] / max(1e-9, j2["parent_cpu"] + j2["workers_cpu"])
    print(f"  --jobs 2 CPU: parent {j2['parent_cpu']:.1f} s, workers {j2['workers_cpu']:.1f} s: the serial part is "
          f"{serial:.0%}, so on 2 idle cores the speed-up is bounded by {1 / (serial + (1 - serial) / 2):.2f}x")
    print(f"  single-file run (heaviest of the biggest file per format): peak PSS {one['pss_mib']:.0f} MiB "
          f"(RSS {one['rss_mib']:.0f} MiB)")
    print(f"  whole run / single file, PSS (shared pages of forked workers counted once): "
          f"--jobs 1 {j1['pss_mib'] / one['pss_mib']:.2f}x, --jobs 2 {j2['pss_mib'] / one['pss_mib']:.2f}x "
          f"(target <= 2x); RSS summed over processes: --jobs 1 {j1['rss_mib'] / one['rss_mib']:.2f}x, "
          f"--jobs 2 {j2['rss_mib'] / one['rss_mib']:.2f}x")
    if dk:
        print(f"  dask LocalCluster (2 worker processes): {dk['seconds']:.2f} s  {dk['files'] / dk['seconds']:.1f} "
              f"files/s  = {j2['seconds'] / dk['seconds']:.2f}x of --jobs 2 (target >= 0.8x); "
              f"same outcome: {(dk['ok'], dk['failed'], dk['actions']) == (j2['ok'], j2['failed'], j2['actions'])}")
    else:
        print("  dask: not installed (pip install '.[batch]'), skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
