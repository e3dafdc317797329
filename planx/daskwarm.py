"""Dask helpers for planx (imported only with the `batch` extra: distributed).

WarmUp, a worker plugin that gets each worker ready to convert before its first task.
A Dask worker is a fresh interpreter: without it, its first task imports planx, the
parsers and their libraries and loads the word table (~0.5-1 s), which makes that task look
slow (Dask's duration estimates and work stealing go by it, and the per-file time limit runs
during it). Registered by run_dask on the client, it runs on every worker of the cluster,
those that join later included.

CLUSTER_CONFIG and local_cluster(): the Dask settings for a cluster that runs planx, and a
LocalCluster started with them (see CLUSTER_CONFIG for why); for a cluster started from the
command line (`dask scheduler`, `dask worker`), `python -m planx.daskwarm` prints them as
environment variables.
"""
from __future__ import annotations

from typing import Any

import dask
from distributed import LocalCluster
from distributed.diagnostics.plugin import WorkerPlugin

NAME = "planx-warm-up"

# Dask's defaults suit many short tasks; planx's are few and long (a chunk of files, seconds
# of pure-Python CPU each), and the machinery kept for the short ones runs in the background,
# idle or busy, in every process of the cluster. Measured on 2 cores with a 2-worker
# LocalCluster (whose scheduler shares the client's process): ~0.16 core by default, ~0.02
# with these, i.e. ~7% of the machine handed back to the conversions.
CLUSTER_CONFIG: dict[str, Any] = {
    # the worker's statistical profiler: samples the running task's stack every 10 ms
    "distributed.worker.profile.enabled": False,
    # event-loop health check (it only feeds a warning about a blocked loop): 20 ms by default
    "distributed.admin.tick.interval": "1s",
    # psutil readings of CPU, memory, disk and network for the dashboard: 500 ms by default
    "distributed.admin.system-monitor.interval": "2s",
    # the memory limit is still enforced, checked every 0.5 s instead of 0.1 s
    "distributed.worker.memory.monitor-interval": "500ms",
    # planx sizes and orders its chunks itself (costliest first) and keeps only a few per
    # worker in flight: there is nothing worth stealing, only the periodic check to pay
    "distributed.scheduler.work-stealing": False,
}


def local_cluster(n_workers: int = 2, **kw: Any) -> LocalCluster:
    """A LocalCluster for planx: `n_workers` processes of one thread each (planx's work is
    CPU-bound Python: threads would share one core), no dashboard, CLUSTER_CONFIG applied
    (the scheduler and the nannies read it as they start, and the nannies pass it on to
    their worker processes). Keyword arguments go to LocalCluster."""
    options: dict[str, Any] = {"threads_per_worker": 1, "processes": True, "dashboard_address": None, **kw}
    with dask.config.set(CLUSTER_CONFIG):
        return LocalCluster(n_workers=n_workers, **options)


def environment() -> dict[str, str]:
    """CLUSTER_CONFIG as the DASK_* environment variables that Dask reads as it starts."""
    return {"DASK_" + key.upper().replace(".", "__").replace("-", "_"): str(value)
            for key, value in CLUSTER_CONFIG.items()}


class WarmUp(WorkerPlugin):
    """Import planx's pipeline and the parsers for `suffixes`, load the word table, and move
    what the worker holds then out of the garbage collector's rounds."""

    name = NAME

    def __init__(self, suffixes: tuple[str, ...] = ()):
        self.suffixes = tuple(sorted(set(suffixes)))

    def setup(self, worker: Any) -> None:
        import gc

        import planx.pipeline  # noqa: F401  (the conversion code itself)
        from planx.warmup import warm_up
        warm_up(self.suffixes)
        # What is loaded now (the worker's own state, planx, the parsers, the word table) lives
        # as long as the worker: out of the collector's reach, a conversion's full collections
        # no longer go through it each time (as in planx's forked workers, whose parent freezes
        # before forking). Measured: the conversions' own CPU on Dask workers ~7-9% lower.
        # Only cyclic garbage among these objects would be kept; reference counting still frees.
        gc.freeze()


if __name__ == "__main__":
    print("\n".join(f"export {name}={value}" for name, value in environment().items()))
