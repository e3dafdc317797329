"""The `planx` command; each sub-command mirrors a function of the Python API."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

from normalise.records import DocResult


def _progress(enabled: bool):
    def wrap(results: Iterator[DocResult], total: int) -> Iterator[DocResult]:
        if not enabled:
            yield from results
            return
        from tqdm import tqdm
        with tqdm(total=total, unit="file", file=sys.stderr, dynamic_ncols=True) as bar:
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
            print(f"{r.status:>7}  {r.doc}: {r.error}", file=sys.stderr)

    summary = convert(args.paths, args.out, jobs=args.jobs, force=args.force, csv=not args.no_csv,
                      keep_results=False, on_result=report, progress=_progress(show))
    print(summary.line())
    if summary.files and summary.failed == summary.files:
        return 1
    if not summary.files and not summary.skipped:
        print("no plan files found in the given paths", file=sys.stderr)
        return 1
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from audit import AuditError, audit
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="planx", description="Action and improvement plans → clean data.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("convert", help="convert plan files/folders into CSV + SQLite")
    p.add_argument("paths", nargs="+", type=Path, help="files or folders (recursing)")
    p.add_argument("-o", "--out", type=Path, default=Path("out"), help="output folder (default: out/)")
    p.add_argument("-j", "--jobs", type=int, default=1, help="processes (0 = all cores; default 1)")
    p.add_argument("--force", action="store_true", help="redo files already in the output")
    p.add_argument("--no-csv", action="store_true", help="write only plans.sqlite")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar (default: when stderr is a terminal)")
    p.add_argument("-q", "--quiet", action="store_true", help="only the summary line")
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
    except KeyboardInterrupt:
        print("interrupted: documents written so far are complete; re-run to resume", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
