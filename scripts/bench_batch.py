"""Batch bench (run by `make bench` through scripts/bench.py): a folder of mixed plans,
files/s at --jobs 1 and --jobs 2, peak memory of the whole run (the parent and its
workers, summed) against a single-file run, and the same folder on a 2-worker Dask
LocalCluster against --jobs 2.

The folder is made by copying every plan file of ../shared/corpus and samples/ (all
formats: a format whose parser is not there yet shows up as fast `failed` rows, counted
below) with distinct bytes, so every copy has its own doc_id and none is skipped.

The speed figures are ratios of wall clocks on a machine that other work may share, so the
three runs (--jobs 1, --jobs 2, Dask) are repeated `--reps` times, interleaved, each going
first in turn, and the median ratio is reported beside each rep's, with the load average;
beside them, the machine's ceiling measured in the same reps (scripts/bench_pdf.py: a plain
CPU-bound loop on 2 processes against 1), and the CPU time of the parent and of the workers
(steadier than wall clocks: what each way of running costs, whatever else runs).
The Dask cluster is started before the clock (the issue's "an existing cluster"), with
planx's settings (planx.daskwarm.local_cluster; `--dask-config default` for Dask's own).

usage: python scripts/bench_batch.py [--shared ../shared] [--files 200] [--reps 3] [--dask-config planx|default|both]
"""
from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import statistics
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

from bench_pdf import ceiling  # noqa: E402  (the machine's 2-process ceiling, measured alike)

from planx.extract import SUFFIXES  # noqa: E402


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
import json, os, resource, sys, time
from pathlib import Path
import planx

TICK = os.sysconf("SC_CLK_TCK")


def descendants(pid):
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        for task in os.listdir(f"/proc/{{p}}/task") if os.path.isdir(f"/proc/{{p}}/task") else []:
            try:
                with open(f"/proc/{{p}}/task/{{task}}/children") as fh:
                    kids = [int(x) for x in fh.read().split()]
            except OSError:
                continue
            out += kids
            todo += kids
    return out


def cpu_of(pids):
    got = {{}}
    for p in pids:
        try:
            with open(f"/proc/{{p}}/stat") as fh:
                f = fh.read().rsplit(")", 1)[1].split()
            got[p] = (int(f[11]) + int(f[12])) / TICK  # utime + stime
        except OSError:
            pass
    return got


# each conversion's own CPU (its thread's), appended to LOG by the process that ran it: what is
# left of a process's CPU is the cost of the way of running (pipes, pickling, the scheduler...)
def count_conversions():
    import planx.batch
    if getattr(planx.batch, "bench_counted", False):
        return
    real = planx.batch.convert_file

    def counted(*args, **kw):
        t = time.thread_time()
        result = real(*args, **kw)
        with open(LOG, "a") as fh:
            fh.write(f"{{time.thread_time() - t}}\\n")
        return result
    planx.batch.convert_file, planx.batch.bench_counted = counted, True


LOG = {out!r} + ".conversions"
files = [Path(p) for p in {files!r}]
kw = {kw!r}
cluster = None
if kw.pop("dask", False):
    if kw.pop("dask_config") == "planx":
        from planx.daskwarm import local_cluster
        cluster = local_cluster(2)
    else:
        from distributed import LocalCluster
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    kw.update(executor="dask", scheduler=cluster.scheduler_address)
    from distributed import Client
    with Client(cluster) as client:
        client.run(count_conversions)
else:
    count_conversions()  # before planx forks its workers
# CPU of the workers: those alive before and after (Dask's) from /proc, those started and
# reaped inside the run (planx's own) from RUSAGE_CHILDREN
before = cpu_of(descendants(os.getpid()))
kids0 = resource.getrusage(resource.RUSAGE_CHILDREN)
me0 = time.process_time()
t = time.perf_counter()
s = planx.convert(files, out={out!r}, keep_results=False, **kw)
dt = time.perf_counter() - t
me = time.process_time() - me0
after = cpu_of(descendants(os.getpid()))
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
workers = sum(c - before.get(p, 0.0) for p, c in after.items())
workers += kids.ru_utime + kids.ru_stime - kids0.ru_utime - kids0.ru_stime
if cluster is not None:
    cluster.close()
with open(LOG) as fh:
    conversions = sum(float(x) for x in fh)
print(json.dumps({{"seconds": dt, "files": s.files, "ok": s.ok, "partial": s.partial, "failed": s.failed,
                  "skipped": s.skipped + s.duplicates, "actions": s.actions,
                  "parent_cpu": me, "workers_cpu": workers, "conversions_cpu": conversions}}))
"""


def _children(pid: int) -> list[int]:
    """Children started by any thread of pid (Dask's nannies start workers from their loop's)."""
    out: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                out += [int(x) for x in fh.read().split()]
        except OSError:
            pass
    return out


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


MODES = {"j1": "--jobs 1", "j2": "--jobs 2", "dask": "dask", "dask0": "dask (Dask's default settings)"}
DASK = {"dask": "planx", "dask0": "default"}  # the LocalCluster settings of each Dask mode


def reps(files: list[Path], tmp: Path, n: int, dask_config: str | None) -> list[dict[str, dict]]:
    """n interleaved reps of the runs, each going first in turn, and the ceiling."""
    modes = [m for m in MODES if m not in DASK or dask_config in (DASK[m], "both")]
    got = []
    for rep in range(n):
        order = modes[rep % len(modes):] + modes[:rep % len(modes)]
        one: dict[str, dict] = {}
        for mode in order:
            kw: dict = {"dask": True, "dask_config": DASK[mode]} if mode in DASK else {"jobs": int(mode[1:])}
            load = os.getloadavg()[0]
            one[mode] = run(files, tmp / f"{mode}{rep}", **kw)
            one[mode]["load"] = load
            shutil.rmtree(tmp / f"{mode}{rep}", ignore_errors=True)
        one["ceiling"] = {"ratio": ceiling(), "load": os.getloadavg()[0]}
        got.append(one)
    return got


def med(values: list[float]) -> float:
    return statistics.median(values)


def each(values: list[float], fmt: str = "{:.2f}") -> str:
    return " ".join(fmt.format(v) for v in values)


def report_speed(got: list[dict[str, dict]]) -> None:
    for i, r in enumerate(got):
        line = "  ".join(f"{MODES[m]} {r[m]['seconds']:.1f} s (load {r[m]['load']:.1f})" for m in MODES if m in r)
        print(f"  rep {i + 1}: {line}  ceiling {r['ceiling']['ratio']:.2f}x (load {r['ceiling']['load']:.1f})")
    speedup = [r["j1"]["seconds"] / r["j2"]["seconds"] for r in got]
    ceil = [r["ceiling"]["ratio"] for r in got]
    print(f"  speed-up --jobs 2 / --jobs 1: {med(speedup):.2f}x median of {len(got)} interleaved reps "
          f"({each(speedup)}) (target >= 1.7x)")
    print(f"  this machine's ceiling now (a plain CPU loop, 2 processes / 1): {med(ceil):.2f}x median ({each(ceil)}); "
          f"the batch reaches {med(speedup) / med(ceil):.0%} of it")
    for m in (m for m in DASK if m in got[0]):
        ratio = [r["j2"]["seconds"] / r[m]["seconds"] for r in got]
        print(f"  {MODES[m]}, a LocalCluster of 2 worker processes, / --jobs 2: {med(ratio):.2f}x median "
              f"({each(ratio)}) (target >= 0.8x); {med([r[m]['files'] / r[m]['seconds'] for r in got]):.1f} files/s")


def report_cpu(got: list[dict[str, dict]]) -> None:
    """CPU seconds (medians), less moved by other work on the machine than wall clocks; and the
    CPU spent outside the conversions themselves (each conversion's thread CPU is counted):
    the cost of a way of running (pipes, pickling, Dask's scheduler and its background work)."""
    modes = [m for m in MODES if m in got[0]]
    total = {m: [r[m]["parent_cpu"] + r[m]["workers_cpu"] for r in got] for m in modes}
    rest = {m: [t - r[m]["conversions_cpu"] for t, r in zip(total[m], got, strict=True)] for m in modes}
    print("  CPU, median: " + "; ".join(
        f"{MODES[m]} parent {med([r[m]['parent_cpu'] for r in got]):.1f} s + workers "
        f"{med([r[m]['workers_cpu'] for r in got]):.1f} s, of which converting "
        f"{med([r[m]['conversions_cpu'] for r in got]):.1f} s" for m in modes))
    print("  CPU outside the conversions (the cost of the way of running): " + "; ".join(
        f"{MODES[m]} {med(rest[m]):.1f} s ({each(rest[m], '{:.1f}')})" for m in modes))
    p = med([r["j2"]["parent_cpu"] for r in got])
    serial = p / max(1e-9, med(total["j2"]))
    print(f"  --jobs 2: the serial part (parent) is {serial:.0%} of the CPU, so on 2 idle cores the speed-up "
          f"is bounded by {1 / (serial + (1 - serial) / 2):.2f}x")
    for m in (m for m in DASK if m in modes):
        # the same conversions' CPU for both (theirs differ mostly by the other work on the
        # machine), each with its own cost of running; all of it shares the 2 cores (the
        # parent hosts Dask's scheduler)
        conv = [r["j2"]["conversions_cpu"] for r in got]
        ratio = [(c + a) / (c + b) for c, a, b in zip(conv, rest["j2"], rest[m], strict=True)]
        print(f"  {MODES[m]}: from CPU, on 2 idle cores it would run at {med(ratio):.2f}x of --jobs 2's speed "
              f"({each(ratio)}), before waits")


def report_memory(got: list[dict[str, dict]], one: dict) -> None:
    peak = {m: (max(r[m]["pss_mib"] for r in got), max(r[m]["rss_mib"] for r in got)) for m in ("j1", "j2")}
    for m, (pss, rss) in peak.items():
        print(f"  {MODES[m]}: peak RSS {rss:.0f} MiB (PSS {pss:.0f} MiB), the highest of the reps")
    print(f"  single-file run (heaviest of the biggest file per format): peak PSS {one['pss_mib']:.0f} MiB "
          f"(RSS {one['rss_mib']:.0f} MiB)")
    print(f"  whole run / single file, PSS (shared pages of forked workers counted once): "
          f"--jobs 1 {peak['j1'][0] / one['pss_mib']:.2f}x, --jobs 2 {peak['j2'][0] / one['pss_mib']:.2f}x "
          f"(target <= 2x); RSS summed over processes: --jobs 1 {peak['j1'][1] / one['rss_mib']:.2f}x, "
          f"--jobs 2 {peak['j2'][1] / one['rss_mib']:.2f}x")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--files", type=int, default=200)
    ap.add_argument("--reps", type=int, default=3, help="interleaved repetitions of the three runs")
    ap.add_argument("--dask-config", choices=("planx", "default", "both"), default="planx",
                    help="the LocalCluster's settings: planx.daskwarm.local_cluster's, Dask's defaults, or a run "
                         "with each in every rep")
    args = ap.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        files = make_folder(args.shared, args.files, folder)
        mix = Counter(f.suffix.lower().lstrip(".") for f in files)
        print(f"batch: {len(files)} files ({', '.join(f'{v} {k}' for k, v in sorted(mix.items()))}), "
              f"{sum(f.stat().st_size for f in files) / 1e6:.1f} MB, {os.cpu_count()} cores, "
              f"load average {os.getloadavg()[0]:.1f} (other work on the machine skews wall clocks)")
        # the single-file baseline: the biggest file of each format, alone, same settings; the heaviest counts
        biggest = {f.suffix.lower(): f for f in sorted(files, key=lambda f: f.stat().st_size)}
        singles = [run([f], Path(tmp) / f"one{i}", jobs=2) for i, f in enumerate(biggest.values())]
        one = max(singles, key=lambda r: r["pss_mib"])
        got = reps(files, Path(tmp), max(1, args.reps), args.dask_config if have_dask() else None)
    last = got[-1]
    print(f"  outcome: {last['j2']['ok']} ok, {last['j2']['partial']} partial, {last['j2']['failed']} failed, "
          f"{last['j2']['actions']} actions")
    for m in (m for m in DASK if m in last):
        same = all((r[m]["ok"], r[m]["failed"], r[m]["actions"])
                   == (r["j2"]["ok"], r["j2"]["failed"], r["j2"]["actions"]) for r in got)
        print(f"  {MODES[m]} gives the same outcome as --jobs 2: {same}")
    if not any(m in last for m in DASK):
        print("  dask: not installed (pip install '.[batch]'), skipped")
    report_speed(got)
    report_cpu(got)
    report_memory(got, one)
    print(f"  (bench time {time.perf_counter() - started:.0f} s, load average {os.getloadavg()[0]:.1f} at the end)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
