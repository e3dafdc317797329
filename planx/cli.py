"""The `planx` command; each sub-command mirrors a function of the Python API."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

from planx.load.safety import InputError, OutputError
from planx.normalise.records import DocResult


def _progress(enabled: bool):
    def wrap(results: Iterator[DocResult], total: int) -> Iterator[DocResult]:
        if not enabled:
            yield from results
            return
        from tqdm import tqdm
        tqdm.monitor_interval = 0  # no monitor thread: workers can then be forked safely
        # tqdm's default bar shows files/s and the ETA; smoothing=0.1 steadies them on mixed files
        with tqdm(total=total, unit="file", file=sys.stderr, dynamic_ncols=True, smoothing=0.1) as bar:
            for r in results:
                bar.set_postfix_str(f"{r.doc[:30]} {r.status}", refresh=False)
                bar.update(1)
                yield r
    return wrap


def cmd_convert(args: argparse.Namespace) -> int:
    from planx.api import convert
    show = not args.quiet and sys.stderr.isatty() if args.progress is None else args.progress

    def report(r: DocResult) -> None:
        if r.status != "ok" and not args.quiet:
            line = f"{r.status:>9}  {r.path or r.doc}: {r.error}"
            if args.verbose and r.detail:
                line += f"\n{'':>9}  detail: {r.detail}"
            if show:  # above the progress bar, not through it
                from tqdm import tqdm
                tqdm.write(line, file=sys.stderr)
            else:
                print(line, file=sys.stderr)

    if args.executor == "dask" and not args.scheduler:
        print("--executor dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)", file=sys.stderr)
        return 2
    summary = convert(args.paths, args.out, jobs=args.jobs, force=args.force, csv=not args.no_csv,
                      keep_results=False, on_result=report, progress=_progress(show), timeout=args.timeout,
                      max_memory=args.max_memory, executor=args.executor, scheduler=args.scheduler,
                      ship_files=args.ship_files,
                      formats=args.format or (), db=args.db, report=not args.no_report,
                      follow_symlinks=args.follow_symlinks)
    print(summary.line())
    if not summary.files and not summary.skipped:
        print("error: no plan files found in the given paths", file=sys.stderr)
        return EXIT_USAGE
    return summary.exit_status


def cmd_audit(args: argparse.Namespace) -> int:
    from planx.audit import AuditError, audit
    try:
        res = audit(*args.versions, out=args.out, order=args.order, force=args.force,
                    minimum=args.min_similarity, csv=not args.no_csv, report=not args.no_report)
    except AuditError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    for w in res.warnings:
        print(f"warning: {w}", file=sys.stderr)
    print(res.line())
    if not args.quiet:
        print(f"output: {args.out}/changes.csv, findings.csv, timeline.csv, plans.sqlite"
              + ("" if args.no_report else ", report.html"))
    return 0


def cmd_tables(args: argparse.Namespace) -> int:
    from planx.tables import write_tables
    done, failed = write_tables(args.paths, args.out)
    print(f"{done} PDF(s) written to {args.out}, {failed} failed")
    return 1 if failed and not done else 0


EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
EXIT_CODES = """exit status:
  0    every file is ok, partial, a duplicate of another file, or was converted already
  1    at least one file failed (its row in documents.csv says why)
  2    usage error: bad options, a path that does not exist, no plan file in the paths given,
       or an output folder planx cannot or will not write (a link planted in it)
  130  interrupted (Ctrl-C): the documents written so far are complete; run again to resume"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="planx", description="Action and improvement plans → clean data.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("convert", help="convert plan files/folders into CSV + SQLite", epilog=EXIT_CODES,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", type=Path, help="files or folders (recursing)")
    p.add_argument("-o", "--out", type=Path, default=Path("out"), help="output folder (default: out/)")
    p.add_argument("-j", "--jobs", type=int, default=0, help="worker processes (default 0 = one per core)")
    p.add_argument("--timeout", type=float, default=120, metavar="SECONDS",
                   help="per-file CPU time limit: a file that needs more processor time is `failed` (default 120; "
                        "0 = none); a file still running after 10 times as long by the clock is stopped too")
    p.add_argument("--max-memory", type=int, default=2048, metavar="MB",
                   help="per-file memory limit: a file needing more is `failed` (default 2048; 0 = none)")
    p.add_argument("--executor", choices=["local", "dask"], default="local",
                   help="where files are converted: local processes (default) or a Dask cluster")
    p.add_argument("--scheduler", metavar="ADDRESS", help="the Dask scheduler's address (with --executor dask)")
    p.add_argument("--ship-files", action="store_true",
                   help="send each file's bytes to the Dask workers (when they do not share this filesystem)")
    p.add_argument("--format", action="append", choices=["csv", "parquet"],
                   help="also write OUT/*.parquet (repeatable; CSV is always written unless --no-csv)")
    p.add_argument("--db", metavar="URL", help="also load the tables into PostgreSQL (postgresql://user@host/db)")
    p.add_argument("--no-report", action="store_true", help="do not write OUT/report.html")
    p.add_argument("--force", action="store_true", help="redo files already in the output")
    p.add_argument("--no-csv", action="store_true", help="write only plans.sqlite")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar (default: when stderr is a terminal)")
    p.add_argument("--follow-symlinks", action="store_true",
                   help="inside the folders given, follow links that point out of them (default: such a link "
                        "gets a `failed` row saying it was not followed)")
    p.add_argument("-q", "--quiet", action="store_true", help="only the summary line")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="with each file that is not ok, how its failure came about (a library's own words)")
    p.set_defaults(func=cmd_convert)

    a = sub.add_parser("audit", help="what changed between versions of a plan; what is inconsistent in each",
                       description="Pair the actions of two or more versions of a plan and list every change "
                                   "(changes.csv), each action's slips over a series (timeline.csv), consistency "
                                   "findings (findings.csv) and report.html. A version is a plan file, a folder "
                                   "of plan files (each a version, by plan date), a planx output (plans.sqlite "
                                   "or folder: all its documents, by plan date) or PATH#DOC for one document "
                                   "of an output.")
    a.add_argument("versions", nargs="+", help="OLD NEW [MORE...]: oldest first (or use --order date)")
    a.add_argument("-o", "--out", type=Path, default=Path("out"), help="output folder (default: out/)")
    a.add_argument("--order", choices=["given", "date"], default="given",
                   help="compare in the order given (default) or by each plan's own date")
    a.add_argument("--min-similarity", type=float, default=None,
                   help="text similarity 0-100 under which two actions are different actions (default 68)")
    a.add_argument("--force", action="store_true", help="list changes even when the versions look like "
                                                        "different plans")
    a.add_argument("--no-csv", action="store_true", help="write only plans.sqlite (and report.html)")
    a.add_argument("--no-report", action="store_true", help="don't write report.html")
    a.add_argument("-q", "--quiet", action="store_true", help="only the summary line and warnings")
    a.set_defaults(func=cmd_audit)

    t = sub.add_parser("tables", help="the raw tables of PDFs as DIR/NAME.tables.json (what the parser saw)")
    t.add_argument("paths", nargs="+", type=Path, help="PDF files or folders")
    t.add_argument("-o", "--out", type=Path, default=Path("tables"), help="output folder (default: tables/)")
    t.set_defaults(func=cmd_tables)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except (OSError, OutputError, InputError) as e:  # a missing input, an output that cannot be written
        print(f"error: {e}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("interrupted: documents written so far are complete; re-run to resume", file=sys.stderr)
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
