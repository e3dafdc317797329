"""A Dask worker plugin that gets each worker ready to convert before its first task.

A Dask worker is a fresh interpreter: without this, its first task imports planx, the
parsers and their libraries and loads the word table (~0.5-1 s), which makes that task look
slow (Dask's duration estimates and work stealing go by it, and the per-file time limit runs
during it). Registered by run_dask on the client, it runs on every worker of the cluster,
those that join later included. Imported only with the `batch` extra (distributed).
"""
from __future__ import annotations

from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

NAME = "planx-warm-up"


class WarmUp(WorkerPlugin):
    """Import planx's pipeline and the parsers for `suffixes`, and load the word table."""

    name = NAME

    def __init__(self, suffixes: tuple[str, ...] = ()):
        self.suffixes = tuple(sorted(set(suffixes)))

    def setup(self, worker: Any) -> None:
        import planx.pipeline  # noqa: F401  (the conversion code itself)
        from planx.batch import warm_up
        warm_up(self.suffixes)
