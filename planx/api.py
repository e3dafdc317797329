"""The Python API: every CLI option is a keyword argument here."""
from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planx.batch import Limits, Task, resolve_jobs, run_dask, run_inline, run_workers
from planx.load import SqliteSink, export_csv
from planx.load.csv import CsvSpool
from planx.load.datapackage import write_descriptors
from planx.load.safety import OutputError, inside
from planx.normalise.records import DocResult
from planx.pipeline import convert_file, doc_id_of, iter_files

DB_NAME = "plans.sqlite"


@dataclass
class Summary:
    ok: int = 0
    partial: int = 0
    failed: int = 0
    skipped: int = 0
    duplicates: int = 0
    interrupted: bool = False
    seconds: float = 0.0
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
                + (f", {self.duplicates} duplicate(s) of another file (skipped)" if self.duplicates else "")
                + f"; {self.actions} actions, {self.milestones} milestones, {self.indicators} indicators")


def iter_convert(files: list[Path], jobs: int = 1, *, limits: Limits | None = None, executor: str = "local",
                 scheduler: Any = None) -> Iterator[DocResult]:
    """Results as they complete: in this process (jobs 1, no limits), in `jobs` supervised
    worker processes, or on a Dask cluster (executor="dask", scheduler=address or Client)."""
    limits = limits if limits is not None else Limits(timeout=None, max_memory=None)
    tasks = [Task(f, "") for f in files]
    return _runner(tasks, resolve_jobs(jobs), limits, executor, scheduler)


def _runner(tasks: list[Task], jobs: int, limits: Limits, executor: str, scheduler: Any,
            ship: bool = False) -> Iterator[DocResult]:
    if executor == "dask":
        return run_dask(tasks, scheduler, limits, ship=ship)
    if executor != "local":
        raise ValueError(f"unknown executor {executor!r} (local or dask)")
    if jobs == 1 and not limits.active:
        return run_inline(tasks)
    return run_workers(tasks, jobs, limits)


def _plan(paths: Iterable[str | Path], sinks: list[Any], force: bool, summary: Summary) -> list[Task]:
    """The files to convert: skip those every sink already holds (same doc_id) unless forced,
    and second copies of the same bytes in this batch (the first, in sorted order, is kept)."""
    todo: list[Task] = []
    seen: set[str] = set()
    for f in iter_files(paths):
        try:
            doc_id = doc_id_of(f) if f.is_file() else ""
        except OSError:
            doc_id = ""
        if doc_id and doc_id in seen:
            summary.duplicates += 1
            continue
        seen.add(doc_id)
        if doc_id and not force and all(s.known(doc_id) for s in sinks):
            summary.skipped += 1
            continue
        todo.append(Task(f, doc_id))
    return todo


def convert(paths: Iterable[str | Path] | str | Path, out: str | Path = "out", *, jobs: int = 0,
            force: bool = False, csv: bool = True, sqlite: bool = True, keep_results: bool = True,
            on_result: Callable[[DocResult], None] | None = None,
            progress: Callable[[Iterator[DocResult], int], Iterator[DocResult]] | None = None,
            timeout: float | None = 120, max_memory: int | None = 2048, executor: str = "local",
            scheduler: Any = None, ship_files: bool = False, format: Iterable[str] = (), db: str | None = None,
            report: bool = True, csv_bom: bool = False, formats: Iterable[str] = ()) -> Summary:
    """Convert files and folders into OUT/*.csv and OUT/plans.sqlite; return the summary.

    The keywords are the CLI's flags (`--max-memory` → max_memory, `--no-csv` → csv=False):
    jobs: worker processes (0 = number of cores). force: redo files already converted (same doc_id).
    keep_results: keep every DocResult in the summary (turn off for huge batches).
    timeout (s) / max_memory (MB): per-file limits, 0 or None = none; a file that breaks one is `failed`.
    executor: "local" or "dask" (scheduler = address or a distributed.Client; ship_files: send the
    files' bytes to the workers, for a cluster that does not share this filesystem).
    format: outputs beside plans.sqlite: "csv" (written unless csv=False), "parquet" (`formats`, its
    older name, is still read). db: a postgresql:// URL loaded with the same tables.
    report: write OUT/report.html. csv_bom: CSVs start with a UTF-8 byte-order mark (Excel on Windows).
    Ctrl-C (KeyboardInterrupt) stops after the documents written so far, still exports, and re-raises.
    A path that does not exist is a FileNotFoundError before anything is written; an output folder
    that cannot be written, an OutputError. Paths that hold no plan file write nothing.
    """
    inputs = [Path(p) for p in ([paths] if isinstance(paths, (str, Path)) else paths)]
    outputs = {*format, *formats}
    unknown = outputs - {"csv", "parquet"}
    if unknown:
        raise ValueError(f"unknown output format(s): {', '.join(sorted(unknown))} (csv, parquet)")
    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        raise FileNotFoundError(f"no such file or folder: {', '.join(missing)}")
    files = list(iter_files(inputs))
    if not files:
        return Summary()
    outdir = prepare_output(out)
    sink = SqliteSink(inside(outdir, DB_NAME))  # never through a link planted in OUT
    csv = csv or "csv" in outputs
    if csv:
        sink.spool = CsvSpool(outdir, bom=csv_bom)  # the CSV lines, written as the documents are
    sinks: list[Any] = [sink]
    summary = Summary()
    started = time.perf_counter()
    try:
        if db:
            from planx.load.postgres import PostgresSink
            sinks.append(PostgresSink(db))
        todo = _plan(files, sinks, force, summary)
        limits = Limits(timeout=timeout or None, max_memory=max_memory or None)
        results = _runner(todo, resolve_jobs(jobs), limits, executor, scheduler, ship_files)
        try:
            _load(progress(results, len(todo)) if progress else results, sinks, summary, keep_results, on_result)
        except KeyboardInterrupt:
            summary.interrupted = True
        finally:
            close = getattr(results, "close", None)
            if close:
                close()  # stops the workers
        summary.seconds = time.perf_counter() - started
        _export(sink, outdir, csv, "parquet" in outputs, report, summary, csv_bom)
    finally:
        if isinstance(sink.spool, CsvSpool):  # not exported (an error): its files are no output
            sink.spool.discard()
        for s in sinks:
            s.close()
    if not sqlite:
        (outdir / DB_NAME).unlink(missing_ok=True)
    if summary.interrupted:
        raise KeyboardInterrupt
    return summary


def _load(results: Iterator[DocResult], sinks: list[Any], summary: Summary, keep_results: bool,
          on_result: Callable[[DocResult], None] | None) -> None:
    for result in results:
        for s in sinks:
            s.write(result)  # one transaction per document and sink
        summary.add(result)
        if keep_results:
            summary.results.append(result)
        if on_result:
            on_result(result)


def _export(sink: SqliteSink, outdir: Path, csv: bool, parquet: bool, report: bool, summary: Summary,
            csv_bom: bool = False) -> None:
    """Whole-table outputs, rewritten from the database (so they always match it)."""
    if csv:
        export_csv(sink, outdir, bom=csv_bom)
        write_descriptors(outdir)  # datapackage.json (typed CSVs) and metadata.json (Datasette)
    if parquet:
        from planx.load.parquet import export_parquet
        export_parquet(sink, outdir)
    if report:
        from planx.load.report import write_report
        write_report(sink, outdir, run=summary.line() + f" in {summary.seconds:.1f} s")


def prepare_output(out: str | Path) -> Path:
    """The output folder, made if need be; an OutputError in plain words when it cannot be
    made or written in (before any work is done, and before any database is opened)."""
    outdir = Path(out)
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(f"{outdir}: is a file; -o names the output folder") from None
    except OSError as e:
        raise OutputError(f"cannot create the output folder {outdir}: {_reason(e)}") from None
    try:  # write access, as the database will need it (os.access says yes to root on a read-only disk)
        with tempfile.TemporaryFile(dir=outdir, prefix=".planx-probe-"):
            pass
    except OSError as e:
        raise OutputError(f"cannot write in the output folder {outdir}: {_reason(e)}") from None
    return outdir


def _reason(e: OSError) -> str:
    return (e.strerror or str(e)).lower()


__all__ = ["convert", "convert_file", "iter_convert", "prepare_output", "Summary", "DB_NAME"]
