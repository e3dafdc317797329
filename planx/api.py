"""The Python API: every CLI option is a keyword argument here."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from load import SqliteSink, export_csv
from load.datapackage import write_descriptors
from load.safety import inside
from normalise.records import DocResult
from planx.pipeline import convert_file, doc_id_of, iter_files

DB_NAME = "plans.sqlite"


@dataclass
class Summary:
    ok: int = 0
    partial: int = 0
    failed: int = 0
    skipped: int = 0
    actions: int = 0
    milestones: int = 0
    indicators: int = 0
    results: list[DocResult] = field(default_factory=list)

    def add(self, r: DocResult) -> None:
        setattr(self, r.status, getattr(self, r.status) + 1)
        self.actions += len(r.actions)
        self.milestones += sum(len(a.milestones) for a in r.actions)
        self.indicators += len(r.indicators)

    @property
    def files(self) -> int:
        return self.ok + self.partial + self.failed

    def line(self) -> str:
        return (f"{self.files} file(s): {self.ok} ok, {self.partial} partial, {self.failed} failed"
                + (f", {self.skipped} already converted (skipped)" if self.skipped else "")
                + f"; {self.actions} actions, {self.milestones} milestones, {self.indicators} indicators")


def _convert_job(path: Path) -> DocResult:
    return convert_file(path)


def iter_convert(files: list[Path], jobs: int = 1) -> Iterator[DocResult]:
    """Results in input order, converted in `jobs` processes (1: in this process)."""
    if jobs <= 1 or len(files) <= 1:
        for f in files:
            yield convert_file(f)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_convert_job, files, chunksize=1)


def convert(paths: Iterable[str | Path] | str | Path, out: str | Path = "out", *, jobs: int = 1,
            force: bool = False, csv: bool = True, sqlite: bool = True, keep_results: bool = True,
            on_result: Callable[[DocResult], None] | None = None,
            progress: Callable[[Iterator[DocResult], int], Iterator[DocResult]] | None = None) -> Summary:
    """Convert files and folders into OUT/*.csv and OUT/plans.sqlite; return the summary.

    jobs: processes (0 = number of cores). force: redo files already converted (same doc_id).
    keep_results: keep every DocResult in the summary (turn off for huge batches).
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    outdir = Path(out)
    outdir.mkdir(parents=True, exist_ok=True)
    sink = SqliteSink(inside(outdir, DB_NAME))  # never through a link planted in OUT
    summary = Summary()
    try:
        todo = []
        for f in iter_files(paths):
            if not force and f.is_file():
                try:
                    if sink.known(doc_id_of(f)):
                        summary.skipped += 1
                        continue
                except OSError:
                    pass
            todo.append(f)
        results = iter_convert(todo, jobs or os.cpu_count() or 1)
        if progress:
            results = progress(results, len(todo))
        for result in results:
            sink.write(result)
            summary.add(result)
            if keep_results:
                summary.results.append(result)
            if on_result:
                on_result(result)
        if csv:
            export_csv(sink, outdir)
        write_descriptors(outdir)  # datapackage.json (typed CSVs) and metadata.json (Datasette)
    finally:
        sink.close()
    if not sqlite:
        (outdir / DB_NAME).unlink(missing_ok=True)
    return summary


__all__ = ["convert", "convert_file", "iter_convert", "Summary", "DB_NAME"]
