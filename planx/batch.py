"""Running the per-file work: in this process, in supervised worker processes, or on a Dask cluster.

Every runner takes a list of Tasks and yields one DocResult per task, in completion order
(the loader sorts on export, so order does not matter for the output; completion order keeps
a slow file from holding back the results behind it).

Per-file limits (Limits):
- time: the CPU time a file may take, `timeout` CPU-seconds (RLIMIT_CPU in the worker, set
  afresh before each file: the kernel stops a worker over it with SIGXCPU). CPU time, not the
  clock: on a loaded machine a file takes longer by the clock but needs the same processor
  time, and must not fail for sharing the machine. A much longer wall-clock limit
  (`wall_timeout`, WALL_FACTOR times the CPU limit by default) backs it up, for a file that
  waits rather than computes (a helper program that hangs).
- memory: a worker's address space is capped at its baseline + `max_memory` MB (RLIMIT_AS), so
  a file that needs more gets a MemoryError (or its worker dies) instead of taking the machine
  down.
A file over a limit becomes a `failed` row that names the limit; its worker, and any program the
worker started (LibreOffice, Tesseract), is stopped and replaced, and the batch goes on.
"""
from __future__ import annotations

import gc
import math
import multiprocessing as mp
import os
import resource
import signal
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, NamedTuple

from planx.extract import (
    CSV_SUFFIXES,
    HTML_SUFFIXES,
    LEGACY_SHEET_SUFFIXES,
    LEGACY_SLIDE_SUFFIXES,
    LEGACY_WORD_SUFFIXES,
    PDF_SUFFIXES,
    SHEET_SUFFIXES,
    SLIDE_SUFFIXES,
    TEXT_SUFFIXES,
    WORD_SUFFIXES,
    scratch,
)
from planx.normalise.records import DocResult
from planx.pipeline import convert_file, failed
from planx.warmup import warm_up

# how long a worker may take to exit by itself before it is killed
_GRACE = 2.0
# worker exit code for "hit the memory limit" (after it has sent a result or could not)
_EXIT_MEMORY = 3
# the wall-clock limit, as a multiple of the CPU time limit, unless given
WALL_FACTOR = 10.0


class Task(NamedTuple):
    path: Path
    doc_id: str


@dataclass(frozen=True)
class Limits:
    """Per-file limits; 0 or None switches a limit off."""
    timeout: float | None = 120.0  # CPU-seconds
    max_memory: int | None = 2048  # MB on top of a worker's baseline
    wall_timeout: float | None = None  # seconds by the clock; None: WALL_FACTOR x timeout

    @property
    def active(self) -> bool:
        return bool(self.timeout) or bool(self.max_memory)

    @property
    def wall(self) -> float | None:
        if self.wall_timeout:
            return self.wall_timeout
        return self.timeout * WALL_FACTOR if self.timeout else None

    def timeout_error(self) -> str:
        return (f"time limit exceeded: needed more than {self.timeout:g} CPU-seconds (--timeout); "
                "the worker was stopped")

    def wall_error(self) -> str:
        return (f"wall-clock time limit exceeded: still running after {self.wall:g} s by the clock, though "
                f"within its {self.timeout:g} CPU-seconds (--timeout): it was waiting on something (a helper "
                "program, the disk); the worker was stopped")

    def memory_error(self) -> str:
        return f"memory limit exceeded: needed more than {self.max_memory} MB (--max-memory)"


def resolve_jobs(jobs: int | None) -> int:
    """0 or None: one worker per core."""
    return jobs if jobs and jobs > 0 else (os.cpu_count() or 1)


# ---------------------------------------------------------------- scheduling

# Rough CPU cost per byte of input, by format (µs/B, measured on the corpus): a PDF page is
# laid out character by character, a Word file is mostly compressed boilerplate, a legacy
# file goes through LibreOffice first. Within a format, size stands for pages and rows.
_COST_PER_BYTE = {**{s: 2.0 for s in TEXT_SUFFIXES | CSV_SUFFIXES}, **{s: 0.3 for s in WORD_SUFFIXES},
                  **{s: 50.0 for s in LEGACY_WORD_SUFFIXES | LEGACY_SHEET_SUFFIXES | LEGACY_SLIDE_SUFFIXES},
                  **{s: 10.0 for s in PDF_SUFFIXES},
                  **{s: 1.0 for s in SHEET_SUFFIXES}, **{s: 0.5 for s in HTML_SUFFIXES},
                  **{s: 0.1 for s in SLIDE_SUFFIXES}}  # a deck is mostly pictures, which are never read


def estimated_cost(path: Path) -> float:
    """A file's expected conversion time, in µs (only its order against others matters)."""
    try:
        size = path.stat().st_size
    except OSError:
        return 0.0  # fails at once
    return size * _COST_PER_BYTE.get(path.suffix.lower(), 1.0)


def largest_first(tasks: list[Task]) -> list[Task]:
    """Longest-processing-time-first: the costliest files start first, so the last ones to
    finish are short and the workers end together instead of one idling while another
    finishes a big file that happened to come last (the order of the output does not change:
    the loader sorts on export)."""
    costs = {t.path: estimated_cost(t.path) for t in tasks}
    return sorted(tasks, key=lambda t: costs[t.path], reverse=True)  # stable: ties keep their order


# ---------------------------------------------------------------- in this process

def run_inline(tasks: list[Task]) -> Iterator[DocResult]:
    """No limits, no processes: the fastest path for small batches that trust their input."""
    with relaxed_gc():
        for t in tasks:
            yield convert_file(t.path, t.doc_id)


@contextmanager
def relaxed_gc() -> Iterator[None]:
    """For the length of a batch, the objects that exist already (modules, caches) are left out
    of garbage collections (gc.freeze), and the youngest generation is collected less often.
    Reading a plan makes many short-lived containers and few cycles: the collector's passes
    over long-lived objects were ~3% of the instructions of converting a text plan. Restored
    afterwards, so a program that calls planx keeps its own settings."""
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(10000, threshold[1], threshold[2])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


# ---------------------------------------------------------------- worker processes

def _vm_size_bytes() -> int:
    """This process's current virtual size (VmSize), the baseline the memory limit adds to."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _cap_memory(max_memory_mb: int | None) -> None:
    if not max_memory_mb:
        return
    limit = _vm_size_bytes() + max_memory_mb * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _cap_cpu(timeout: float | None) -> None:
    """The next file may use `timeout` more CPU-seconds: past that the kernel sends SIGXCPU,
    whose default action ends this worker (the parent then names the limit). Programs this
    worker starts inherit the limit, so LibreOffice or Tesseract are bounded too."""
    if not timeout:
        return
    _soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    limit = math.ceil(_cpu_seconds() + timeout)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (limit, hard))


def _no_core_files() -> None:
    """A worker stopped by SIGXCPU would dump core: into the current folder, outside OUT."""
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, resource.getrlimit(resource.RLIMIT_CORE)[1]))
    except (ValueError, OSError):
        pass


def _worker_main(conn: Connection, limits: Limits, parent_end: Connection | None = None,
                 env: dict[str, str] | None = None) -> None:
    """A worker: convert the files it is sent, one at a time, until told to stop or orphaned."""
    if parent_end is not None:  # a forked worker holds a copy of the parent's end: close it, or
        parent_end.close()      # it would never see EOF when the parent is killed
    if env is not None:  # from a forkserver started earlier: take the caller's environment of now
        os.environ.clear()
        os.environ.update(env)
    # Ctrl-C is the parent's to handle: it stops the workers itself after a clean write
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    _no_core_files()
    _cap_memory(limits.max_memory)
    with relaxed_gc():
        _serve(conn, limits)


def _serve(conn: Connection, limits: Limits) -> None:
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):  # the parent is gone
            return
        if task is None:
            return
        _cap_cpu(limits.timeout)
        result = convert_file(task.path, task.doc_id)
        hit_memory = (bool(limits.max_memory) and result.status == "failed"
                      and result.error.startswith("ran out of memory"))
        if hit_memory:
            result.error = limits.memory_error()
        try:
            conn.send((result, hit_memory))  # True: this worker retires after this file
        except MemoryError:
            os._exit(_EXIT_MEMORY)
        except (BrokenPipeError, OSError):
            return
        if hit_memory:  # a heap that hit the cap may be fragmented: start the next file afresh
            os._exit(_EXIT_MEMORY)


def _die_with_parent() -> None:
    """Linux: be killed when the parent dies (kill -9 included) instead of finishing the file
    in hand first (EOF on the pipe stops a worker too, but only once it is idle)."""
    try:
        import ctypes
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:  # the parent died before prctl took effect
            os._exit(0)
    except (OSError, AttributeError):
        pass


def _context() -> Any:
    """fork while this process has one thread: instant, planx already loaded, and no
    `if __name__ == "__main__"` needed in callers' scripts. With other threads about (a
    caller's, a Dask client's) forking is unsafe: forkserver then, with planx preloaded."""
    methods = mp.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return mp.get_context("fork")
    if "forkserver" in methods:
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["planx.pipeline", "planx.extract.text", "planx.normalise",
                                    "planx.normalise.lexicon"])
        return ctx
    return mp.get_context("spawn")


class _Worker:
    def __init__(self, ctx: Any, limits: Limits):
        self.conn, child = ctx.Pipe()
        forked = ctx.get_start_method() == "fork"
        # not forked: the worker is told the caller's environment, and the run's scratch folder in it
        extra = (self.conn, None) if forked else (None, scratch.worker_environment(dict(os.environ)))
        self.proc = ctx.Process(target=_worker_main, args=(child, limits, *extra), daemon=True)
        self.proc.start()
        child.close()
        self.task: Task | None = None
        self.started = 0.0
        self.retiring = False  # it said it will exit after its last result: do not reuse it

    def send(self, task: Task) -> None:
        self.task, self.started = task, time.monotonic()
        self.conn.send(task)

    def stop(self) -> None:
        """Ask politely (finish nothing new), then kill if it lingers."""
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.proc.join(_GRACE if self.task is None else 0)
        self.kill()

    def kill(self) -> None:
        if self.proc.is_alive():
            kill_tree(self.proc)
        self.proc.join()
        self.conn.close()


def _descendants(pid: int) -> list[int]:
    """The processes a process started, and theirs (Linux /proc; [] elsewhere)."""
    out: list[int] = []
    todo = [pid]
    while todo:
        parent = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{parent}/task")
        except OSError:
            continue
        for tid in tasks:
            try:
                with open(f"/proc/{parent}/task/{tid}/children") as fh:
                    kids = [int(k) for k in fh.read().split()]
            except (OSError, ValueError):
                continue
            out += kids
            todo += kids
    return out


def kill_tree(proc: Any) -> None:
    """Kill a worker and the programs it started (LibreOffice runs in a session of its own:
    killing the worker alone would leave it converting, orphaned)."""
    kids = _descendants(proc.pid)
    proc.kill()
    for pid in kids:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


def _died(task: Task, proc: Any, limits: Limits, seconds: float) -> DocResult:
    code = proc.exitcode
    if code == _EXIT_MEMORY:
        why = limits.memory_error()
    elif code == -signal.SIGXCPU and limits.timeout:
        why = limits.timeout_error()
    else:
        if code is not None and code < 0:
            try:
                how = f"signal {-code}, {signal.Signals(-code).name}"
            except ValueError:
                how = f"signal {-code}"
        else:
            how = f"exit code {code}"
        why = f"the worker process died ({how}) while reading this file"
        if limits.max_memory:  # C code that cannot allocate under the cap tends to abort or crash
            why += f"; possibly over the memory limit ({limits.max_memory} MB, --max-memory)"
    r = failed(task.path, task.doc_id, why)
    r.seconds = seconds
    return r


def run_workers(tasks: list[Task], jobs: int, limits: Limits, start_method: str | None = None) -> Iterator[DocResult]:
    """Supervised workers, one file at a time each: a file that breaks a limit costs only
    its worker, which is replaced; results come back as they complete."""
    if not tasks:
        return
    with scratch.batch():  # made before the workers fork: their temporary folders go with it
        yield from _run_workers(tasks, jobs, limits, start_method)


def _run_workers(tasks: list[Task], jobs: int, limits: Limits, start_method: str | None) -> Iterator[DocResult]:
    ctx = mp.get_context(start_method) if start_method else _context()
    pending = deque(largest_first(tasks))
    idle: list[_Worker] = []
    busy: list[_Worker] = []
    n = max(1, min(jobs, len(tasks)))
    forked = ctx.get_start_method() == "fork"
    if n > 1 and forked:
        warm_up(t.path.suffix for t in tasks)  # loaded once here, shared by the forked workers
    if forked:
        # objects that exist now are never collected in the workers: their garbage collector
        # then does not write to (and so copy) the pages they share with this process
        gc.freeze()
    try:
        while pending or busy:
            while pending and len(busy) < n:
                w = idle.pop() if idle else _Worker(ctx, limits)
                w.send(pending.popleft())
                busy.append(w)
            ready = set(wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], _next_wait(busy, limits)))
            now = time.monotonic()
            for w in list(busy):
                result = _collect(w, ready, now, limits)
                if result is None:
                    continue
                busy.remove(w)
                if w.task is None and not w.retiring and w.proc.is_alive():
                    idle.append(w)
                else:
                    w.kill()
                yield result
    finally:
        for w in busy + idle:
            w.stop() if w.task is None else w.kill()
        if forked:
            gc.unfreeze()


def _next_wait(busy: list[_Worker], limits: Limits) -> float | None:
    """Until the first busy worker reaches the wall-clock limit (the CPU limit is the kernel's)."""
    wall = limits.wall
    if not wall:
        return None
    first = min(w.started for w in busy)
    return max(0.0, first + wall - time.monotonic())


def _collect(w: _Worker, ready: set, now: float, limits: Limits) -> DocResult | None:
    """The worker's result if it has one, or the failure that ended it; None while it works."""
    task = w.task
    assert task is not None
    elapsed = now - w.started
    if w.conn in ready or w.proc.sentinel in ready:
        try:
            if w.conn.poll():
                result, retiring = w.conn.recv()
                w.task = None
                if retiring:
                    w.retiring = True
                return result
        except (EOFError, OSError):
            pass
        w.proc.join(_GRACE)
        if not w.proc.is_alive():
            w.task = None
            w.conn.close()
            return _died(task, w.proc, limits, elapsed)
    wall = limits.wall
    if wall and elapsed >= wall:
        kill_tree(w.proc)
        w.proc.join()
        w.task = None
        r = failed(task.path, task.doc_id, limits.wall_error() if limits.timeout else
                   f"time limit exceeded: still running after {wall:g} s; the worker was stopped")
        r.seconds = elapsed
        return r
    return None


# ---------------------------------------------------------------- Dask

Shipped = tuple[str, str, bytes | None]  # path, doc_id, the file's bytes when shipped


def _dask_convert(files: list[Shipped], timeout: float | None) -> tuple[list[DocResult], str]:
    """On a Dask worker: a chunk of files' results and the worker's address. The time limit
    runs each file in a thread that is abandoned when late (a thread cannot be killed: the
    client then restarts that worker, which ends it)."""
    from distributed import get_worker
    return [_convert_shipped(p, doc_id, data, timeout) for p, doc_id, data in files], get_worker().address


def _convert_shipped(path: str, doc_id: str, data: bytes | None, timeout: float | None) -> DocResult:
    """Convert the file at `path`, or, when its bytes were shipped (no shared filesystem),
    a temporary copy under the same name; the result names the original path either way."""
    if data is None:
        return _convert_with_timeout(Path(path), doc_id, timeout)
    from planx.extract.scratch import scratch_dir
    with scratch_dir("shipped") as tmp:
        local = tmp / Path(path).name
        local.write_bytes(data)
        result = _convert_with_timeout(local, doc_id, timeout)
    result.path = path
    return result


def _convert_with_timeout(path: Path, doc_id: str, timeout: float | None) -> DocResult:
    """Convert in a thread that is abandoned when it has used `timeout` CPU-seconds (its own
    CPU clock), or WALL_FACTOR times that by the clock."""
    if not timeout:
        return convert_file(path, doc_id)
    limits = Limits(timeout=timeout)
    box: list[DocResult] = []
    t = threading.Thread(target=lambda: box.append(convert_file(path, doc_id)), daemon=True)
    start = time.monotonic()
    t.start()
    clock = _thread_clock(t)
    while t.is_alive():
        t.join(min(1.0, timeout))
        if box or not t.is_alive():
            break
        elapsed = time.monotonic() - start
        if clock is None:  # no CPU clock for threads here: the clock it is
            if elapsed >= timeout:
                return _late(path, doc_id, f"time limit exceeded: still running after {timeout:g} s", start)
        elif _thread_cpu(clock) >= timeout:
            return _late(path, doc_id, limits.timeout_error(), start)
        elif elapsed >= (limits.wall or math.inf):
            return _late(path, doc_id, limits.wall_error(), start)
    return box[0] if box else failed(path, doc_id, "the conversion thread ended without a result")


def _thread_clock(t: threading.Thread) -> int | None:
    """The CPU-time clock of a thread (POSIX), or None where there is none: the clock it is then."""
    try:
        return time.pthread_getcpuclockid(t.ident or 0)
    except (AttributeError, OSError):
        return None


def _thread_cpu(clock: int) -> float:
    try:
        return time.clock_gettime(clock)
    except OSError:  # the thread ended
        return 0.0


def _late(path: Path, doc_id: str, why: str, start: float) -> DocResult:
    r = failed(path, doc_id, why)
    r.seconds = time.monotonic() - start
    return r


def _chunks(tasks: list[Task], workers: int) -> list[list[Task]]:
    """Several files per Dask task (a task costs milliseconds of scheduling, a text plan about
    as much to convert), costliest first; a chunk holds about 1/8 of a worker's share of the
    estimated work, and at most 16 files: ~8 tasks per worker still balance uneven files, a
    chunk of PDFs is not many times longer than one of text files, and the last chunks,
    of the cheapest files, end close together."""
    ordered = largest_first(tasks)
    costs = [estimated_cost(t.path) for t in ordered]
    budget = sum(costs) / max(1, workers * 8)
    out: list[list[Task]] = []
    chunk: list[Task] = []
    spent = 0.0
    for t, cost in zip(ordered, costs, strict=True):
        if chunk and (len(chunk) >= 16 or spent + cost > budget):
            out.append(chunk)
            chunk, spent = [], 0.0
        chunk.append(t)
        spent += cost
    if chunk:
        out.append(chunk)
    return out


def _warm_dask_workers(client: Any, tasks: list[Task]) -> None:
    """Register the warm-up plugin: every worker (and any that joins later) imports planx and
    the parsers this batch needs and loads the word table now, before its first task; this
    waits for the workers present."""
    try:
        from planx.daskwarm import NAME, WarmUp
        client.register_plugin(WarmUp(tuple({t.path.suffix.lower() for t in tasks})), name=NAME)
    except Exception:  # only an optimisation: a cold worker still converts, only later
        pass


def run_dask(tasks: list[Task], scheduler: Any, limits: Limits, ship: bool = False) -> Iterator[DocResult]:
    """The per-file work on a dask.distributed cluster; results come back to this process,
    which writes them through the same loader. The workers read the files at the same path
    (a shared filesystem, or a LocalCluster), or, with `ship`, are sent their bytes.
    A window of a few chunks per worker is in flight at a time, so shipped bytes and
    pending results never pile up here.

    Limits: the time limit as above; memory is the cluster's own (Dask's per-worker memory
    limit): a file whose worker is killed again and again becomes `failed`."""
    try:
        from distributed import Client, as_completed
    except ImportError as e:  # optional extra
        raise RuntimeError("--executor dask needs dask.distributed: pip install 'planx[batch]'") from e
    own = not isinstance(scheduler, Client)
    client = Client(scheduler, set_as_default=False) if own else scheduler
    futures: dict[Any, list[Task]] = {}
    try:
        _warm_dask_workers(client, tasks)
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        chunks = deque(_chunks(tasks, workers))
        running = as_completed(loop=client.loop)
        unreadable: list[DocResult] = []

        def submit() -> None:
            chunk, payload = chunks.popleft(), []
            for t in chunk:
                try:
                    payload.append((str(t.path), t.doc_id, t.path.read_bytes() if ship else None))
                except OSError as e:
                    unreadable.append(failed(t.path, t.doc_id, f"cannot read file: {e.strerror or e}"))
            if payload:
                fut = client.submit(_dask_convert, payload, limits.timeout or None, pure=False,
                                    key=f"planx-{len(chunks)}-{chunk[0].doc_id}")
                futures[fut] = [t for t in chunk if any(p[0] == str(t.path) for p in payload)]
                running.add(fut)

        while chunks and len(futures) < workers * 4:
            submit()
        yield from unreadable
        for fut in running:
            unreadable.clear()
            yield from _dask_outcome(client, fut, futures.pop(fut), limits)
            while chunks and len(futures) < workers * 4:
                submit()
            yield from unreadable
    finally:
        if futures:
            client.cancel(list(futures))
        if own:
            client.close()


def _dask_outcome(client: Any, fut: Any, chunk: list[Task], limits: Limits) -> list[DocResult]:
    try:
        results, address = fut.result()
    except Exception as e:  # the worker died or was killed, the task could not run
        why = f"the Dask worker failed on this file ({type(e).__name__}: {e})"
        return [failed(t.path, t.doc_id, why) for t in chunk]
    stopped = {limits.timeout_error(), limits.wall_error()} if limits.timeout else set()
    if any(r.status == "failed" and r.error in stopped for r in results):
        _restart(client, address)
    return results


def _restart(client: Any, address: str) -> None:
    """End a runaway conversion thread by restarting its worker (Dask reruns its other tasks)."""
    try:
        client.restart_workers([address])
    except Exception:  # no nanny (threads-only cluster): the thread runs on, the batch still goes on
        pass
