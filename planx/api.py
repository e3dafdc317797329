"""The Python API: every CLI option is a keyword argument here."""
from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planx.batch import Limits, Task, resolve_jobs, run_dask, run_inline, run_workers
from planx.extract import scratch
from planx.load import SqliteSink, export_csv
from planx.load.csv import CsvSpool
from planx.load.datapackage import write_descriptors
from planx.load.safety import OutputError, inside
from planx.normalise.records import DocResult
from planx.normalise.severity import notes
from planx.pipeline import Input, convert_file, doc_id_of, duplicate, failed, iter_inputs, readable_input

DB_NAME = "plans.sqlite"
# the summary line names the duplicates up to this many, and counts them beyond
NAMED_DUPLICATES = 5


@dataclass
class Summary:
    ok: int = 0
    partial: int = 0
    noted: int = 0  # of the ok files, those with notes (how a sure reading was made: normalise/severity.py)
    failed: int = 0
    skipped: int = 0
    duplicates: int = 0
    interrupted: bool = False
    seconds: float = 0.0
    actions: int = 0
    milestones: int = 0
    indicators: int = 0
    results: list[DocResult] = field(default_factory=list)
    duplicate_paths: list[str] = field(default_factory=list)

    def add(self, r: DocResult) -> None:
        if r.status == "duplicate":
            self.duplicates += 1
            self.duplicate_paths.append(r.path)
            return
        setattr(self, r.status, getattr(self, r.status) + 1)
        if r.status == "ok" and notes(r.warnings):
            self.noted += 1
        self.actions += len(r.actions)
        self.milestones += sum(len(a.milestones) for a in r.actions)
        self.indicators += len(r.indicators)

    @property
    def files(self) -> int:
        """The files this run wrote a row for (those already converted are `skipped`)."""
        return self.ok + self.partial + self.failed + self.duplicates

    @property
    def exit_status(self) -> int:
        """0 when every file is ok, partial, a duplicate or already converted; 1 when any failed."""
        return 1 if self.failed else 0

    def line(self) -> str:
        return (f"{self.files} file(s): {self.ok} ok" + (f" ({self.noted} with notes)" if self.noted else "")
                + f", {self.partial} partial, {self.failed} failed"
                + self._duplicates()
                + (f", {self.skipped} already converted (skipped)" if self.skipped else "")
                + f"; {self.actions} actions, {self.milestones} milestones, {self.indicators} indicators")

    def _duplicates(self) -> str:
        if not self.duplicates:
            return ""
        named = (", ".join(self.duplicate_paths) if len(self.duplicate_paths) <= NAMED_DUPLICATES
                 else "status duplicate in documents.csv")
        return f", {self.duplicates} duplicate(s) of another file, not converted again ({named})"


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


@dataclass
class Plan:
    """What a run does with each file it accounts for."""
    todo: list[Task] = field(default_factory=list)  # to convert
    ready: list[DocResult] = field(default_factory=list)  # rows known now: refused files, copies of converted bytes
    after: dict[str, list[DocResult]] = field(default_factory=dict)  # doc_id → its copies, written after it


def _plan(inputs: list[Input], sinks: list[Any], force: bool, summary: Summary) -> Plan:
    """Every file found gets a row. Files with the same bytes (doc_id) are converted once: the
    file that holds their conversion in the output already, else the first in sorted order;
    the others are `duplicate` rows. Files every sink holds already (the same bytes at the
    same path) are skipped unless forced."""
    plan = Plan()
    groups: dict[str, list[Path]] = {}
    seen: set[str] = set()
    for found in inputs:
        where = os.path.abspath(found.path)  # one file named twice (a folder and a file in it) is one input
        if where in seen:
            continue
        seen.add(where)
        refused = found.refused or readable_input(found.path).refused
        if refused:
            plan.ready.append(failed(found.path, "", refused))
            continue
        try:
            doc_id = doc_id_of(found.path)
        except OSError as e:
            plan.ready.append(failed(found.path, "", f"cannot read file: {e.strerror or e}"))
            continue
        groups.setdefault(doc_id, []).append(found.path)
    for doc_id, group in groups.items():
        if not force and all(s.known(doc_id) for s in sinks):
            original = sinks[0].converted_path(doc_id) or ""
            for path in group:
                if all(s.done(doc_id, str(path)) for s in sinks):
                    summary.skipped += 1
                else:
                    plan.ready.append(duplicate(path, doc_id, original))
            continue
        converted = sinks[0].converted_path(doc_id)
        first = next((p for p in group if str(p) == converted), group[0])
        plan.todo.append(Task(first, doc_id))
        copies = [duplicate(p, doc_id, str(first)) for p in group if p is not first]
        if copies:
            plan.after[doc_id] = copies
    return plan


def convert(paths: Iterable[str | Path] | str | Path, out: str | Path = "out", *, jobs: int = 0,
            force: bool = False, csv: bool = True, sqlite: bool = True, keep_results: bool = True,
            on_result: Callable[[DocResult], None] | None = None,
            progress: Callable[[Iterator[DocResult], int], Iterator[DocResult]] | None = None,
            timeout: float | None = 120, max_memory: int | None = 2048, executor: str = "local",
            scheduler: Any = None, ship_files: bool = False, format: Iterable[str] = (), db: str | None = None,
            report: bool = True, csv_bom: bool = False, formats: Iterable[str] = (),
            follow_symlinks: bool = False) -> Summary:
    """Convert files and folders into OUT/*.csv and OUT/plans.sqlite; return the summary.

    Every file found gets a documents row: converted (ok, partial, failed), or a `duplicate` of
    another file with the same bytes, or `failed` with the reason it was not read (a link out of
    the folders given, unless follow_symlinks; a pipe).

    The keywords are the CLI's flags (`--max-memory` → max_memory, `--no-csv` → csv=False):
    jobs: worker processes (0 = number of cores). force: redo files already converted (same doc_id).
    keep_results: keep every DocResult in the summary (turn off for huge batches).
    timeout (CPU-seconds) / max_memory (MB): per-file limits, 0 or None = none; a file that breaks
    one is `failed` (a wall-clock limit of batch.WALL_FACTOR times the timeout backs the first up).
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
    missing = [str(p) for p in inputs if not os.path.lexists(p)]
    if missing:
        raise FileNotFoundError(f"no such file or folder: {', '.join(missing)}")
    files = list(iter_inputs(inputs, follow_symlinks))
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
        with scratch.batch():  # made before workers fork, removed after: no temporary folder outlives the run
            if db:
                from planx.load.postgres import PostgresSink
                sinks.append(PostgresSink(db))
            plan = _plan(files, sinks, force, summary)
            limits = Limits(timeout=timeout or None, max_memory=max_memory or None)
            results = _runner(plan.todo, resolve_jobs(jobs), limits, executor, scheduler, ship_files)
            try:
                _load(iter(plan.ready), plan.after, sinks, summary, keep_results, on_result)
                _load(progress(results, len(plan.todo)) if progress else results, plan.after, sinks, summary,
                      keep_results, on_result)
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


def _load(results: Iterator[DocResult], after: dict[str, list[DocResult]], sinks: list[Any], summary: Summary,
          keep_results: bool, on_result: Callable[[DocResult], None] | None) -> None:
    """Write each result, and after a converted file the duplicate rows of its copies."""
    for converted in results:
        for result in [converted, *after.pop(converted.doc_id, [])]:
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
