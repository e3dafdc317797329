"""The `planx` command; each sub-command mirrors a function of the Python API."""
from __future__ import annotations

import argparse
import sqlite3
import sys
import textwrap
import traceback
from collections.abc import Iterator
from pathlib import Path

from planx import __version__
from planx.load.safety import OutputError
from planx.normalise.records import DocResult

# the exit statuses (issue 16's rule), in `planx --help`, `planx convert --help` and the README
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
EXIT_CODES = """exit status:
  0    every file is ok, partial, a duplicate of another file, or was converted already
  1    at least one file failed (its row in documents.csv says why)
  2    usage error: bad options, a path that does not exist, no plan file in the paths given,
       or an output folder planx cannot or will not write (a link planted in it)
  130  interrupted (Ctrl-C): the documents written so far are complete; run again to resume
"""

CONVERT_EXAMPLES = """\
examples:
  planx convert archive/ -o plans-db            every plan file under archive/, recursing
  planx convert "Improvement plan 2015.docx"    one file into out/
  planx convert archive/ --jobs 2 --timeout 300 two workers, five minutes per file at most
  planx convert archive/ --format parquet       Parquet files beside the CSVs
  planx convert archive/ --csv-bom              CSVs that Excel on Windows opens as UTF-8

output: OUT/*.csv, OUT/plans.sqlite, OUT/datapackage.json, OUT/report.html (files worst first)
"""

AUDIT_EXAMPLES = """\
examples:
  planx audit plan_2016-06.docx plan_2016-09.docx     two versions, oldest first
  planx audit archive/monitoring_framework/ --order date
  planx audit archive/                   each plan series of an archive (by title and file name)
  planx audit out/plans.sqlite#plan_a.txt out/plans.sqlite#plan_b.txt

output: OUT/changes.csv, timeline.csv, findings.csv, plans.sqlite, audit.html
(audit.html, not report.html: an audit into a conversion's folder keeps its report)

exit status:
  0    the audit was written (warnings, such as two versions that look like different plans, included)
  2    usage error: bad options, an input that is missing or unreadable, fewer than two versions
"""

TABLES_EXAMPLES = """\
examples:
  planx tables plan.pdf                  tables/plan.tables.json
  planx tables archive/ -o tables/       every PDF under archive/
  planx tables plan.pdf --debug          and tables/plan.pageN.png: what the engine found, drawn

exit status:
  0    every PDF was read
  1    a PDF could not be read, or a file named is not a PDF
  2    usage error
"""


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


def _missing(paths: list[Path]) -> list[Path]:
    return [p for p in paths if not p.exists()]


def file_line(r: DocResult, verbose: int) -> str | None:
    """A file's line on stderr: failed files always (-q too), partial ones unless -q, every file
    with -v."""
    if r.status == "ok":
        return f"{'ok':>7}  {r.doc}: {len(r.actions)} actions, {len(r.indicators)} indicators" if verbose else None
    line = f"{r.status:>7}  {r.doc}: {r.error}"
    if verbose and r.detail:  # how it came about: a library's own words
        line += f"\n{'':>7}  detail: {r.detail}"
    return line


def cmd_convert(args: argparse.Namespace) -> int:
    from planx.api import convert
    missing = _missing(args.paths)
    if missing:  # before anything is written: no empty output for a mistyped name
        print("error: no such file or folder: " + ", ".join(map(str, missing)), file=sys.stderr)
        return EXIT_USAGE
    show = not args.quiet and sys.stderr.isatty() if args.progress is None else args.progress

    def report(r: DocResult) -> None:
        line = file_line(r, args.verbose)
        if line is None or (args.quiet and r.status != "failed"):
            return
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
                      ship_files=args.ship_files, format=args.format or (), db=args.db,
                      report=not args.no_report, csv_bom=args.csv_bom, follow_symlinks=args.follow_symlinks)
    if not summary.files and not summary.skipped and not summary.duplicates:
        print("error: no plan files found in the given paths (looked for "
              f"{' '.join(sorted(_suffixes()))})", file=sys.stderr)
        return EXIT_USAGE
    print(summary.line())
    return EXIT_FAILED if summary.failed else EXIT_OK  # summary.exit_status


def _suffixes() -> set[str]:
    from planx.extract import SUFFIXES
    return set(SUFFIXES)


def cmd_audit(args: argparse.Namespace) -> int:
    from planx.audit import AuditError, audit
    from planx.audit.advice import speaking
    try:
        with speaking("cli"):
            res = audit(*args.versions, out=args.out, order=args.order, force=args.force,
                        min_similarity=args.min_similarity, csv=not args.no_csv, report=not args.no_report,
                        csv_bom=args.csv_bom)
    except AuditError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    for w in res.warnings:
        print(f"warning: {w}", file=sys.stderr)
    print(res.line())
    if not args.quiet:
        print(f"output: {args.out}/changes.csv, findings.csv, timeline.csv, plans.sqlite"
              + ("" if args.no_report else ", audit.html"))
    return 0


def cmd_tables(args: argparse.Namespace) -> int:
    from planx.tables import write_tables
    named = [p for p in args.paths if p.is_file() and p.suffix.lower() != ".pdf"]
    for p in named:
        print(f"error: {p}: not a PDF (planx tables shows the tables the PDF reader finds; "
              "for other formats use planx convert)", file=sys.stderr)
    done, failed = write_tables([p for p in args.paths if p not in named], args.out, debug=args.debug)
    if done or failed:
        print(f"{done} PDF(s) written to {args.out}, {failed} failed")
    elif not named:
        print("no PDF found in the given paths", file=sys.stderr)
    return 1 if failed or named or not done else 0


def non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    return value


def percentage(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError(f"must be between 0 and 100, not {value:g}")
    return value


def _common(p: argparse.ArgumentParser, default_out: str,
            quiet: str = "no progress bar and no per-file lines; failed files and the summary line still print"
            ) -> None:
    p.add_argument("-o", "--out", type=Path, default=Path(default_out), metavar="DIR",
                   help=f"output folder (default: {default_out}/)")
    # -v before or after the command (`planx -v convert ...`, `planx convert -v ...`): the command's
    # own -v leaves the count alone unless given
    p.add_argument("-v", "--verbose", action="count", default=argparse.SUPPRESS,
                   help="more detail: a line for every file, and the details of errors")
    p.add_argument("-q", "--quiet", action="store_true", help=quiet)


def _sub(sub: argparse._SubParsersAction, name: str, help: str, description: str,
         epilog: str) -> argparse.ArgumentParser:
    # the description wrapped here: the raw formatter keeps the examples' and exit codes' layout
    return sub.add_parser(name, help=help, description=textwrap.fill(description, 79), epilog=epilog,
                          formatter_class=argparse.RawDescriptionHelpFormatter)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="planx", formatter_class=argparse.RawDescriptionHelpFormatter,
        description=textwrap.fill("Improvement and action plans (PDF, Word, spreadsheets, web pages, text) → "
                                  "clean, typed data: actions, leads, due dates, milestones, RAG ratings and "
                                  "indicators, as CSV + SQLite.", 79),
        epilog="Run `planx COMMAND --help` for a command's options and examples.\n\n" + EXIT_CODES)
    parser.add_argument("--version", action="version", version=f"planx {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0,
                        help="more detail: a line for every file, and the details of errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = _sub(sub, "convert", "convert plan files and folders into CSV + SQLite",
             "Convert plan files (PDF, Word .docx .doc .odt .rtf, spreadsheets .xlsx .ods .xls .csv, slides "
             ".pptx .ppt .odp, web pages .html, text .txt) into the tables of the output "
             "contract: documents, actions, milestones, ratings, indicators, indicator_values and leftovers (and a "
             "report's recommendations to others), "
             "as OUT/*.csv and OUT/plans.sqlite. Folders are searched recursively. A file already in the "
             "output (same bytes) is skipped; a file that cannot be read gets a `failed` row naming why, "
             "and the batch goes on.", CONVERT_EXAMPLES + "\n" + EXIT_CODES)
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="plan files or folders (searched recursively)")
    _common(p, "out")
    p.add_argument("-j", "--jobs", type=non_negative, default=0, metavar="N",
                   help="worker processes (default 0: one per core)")
    p.add_argument("--timeout", type=float, default=120, metavar="SECONDS",
                   help="per-file CPU time limit: a file that needs more processor time is `failed` (default "
                        "120; 0 = none); one still running after 10 times as long by the clock is stopped too")
    p.add_argument("--max-memory", type=non_negative, default=2048, metavar="MB",
                   help="per-file memory limit: a file needing more is `failed` (default 2048; 0 = none)")
    p.add_argument("--executor", choices=["local", "dask"], default="local",
                   help="where files are converted: local processes (default) or a Dask cluster")
    p.add_argument("--scheduler", metavar="ADDRESS", help="the Dask scheduler's address (with --executor dask)")
    p.add_argument("--ship-files", action="store_true",
                   help="send each file's bytes to the Dask workers (when they do not share this filesystem)")
    p.add_argument("--format", action="append", choices=["csv", "parquet"], metavar="FORMAT",
                   help="an output format beside plans.sqlite: csv (the default) or parquet (OUT/*.parquet, "
                        "typed, needs pyarrow); repeat for both")
    p.add_argument("--db", metavar="URL", help="also load the tables into PostgreSQL (postgresql://user@host/db)")
    p.add_argument("--csv-bom", "--excel", action="store_true",
                   help="start each CSV with a UTF-8 byte-order mark, so Excel on Windows reads accents right")
    p.add_argument("--no-report", action="store_true", help="do not write OUT/report.html")
    p.add_argument("--follow-symlinks", action="store_true",
                   help="inside the folders given, follow links that point out of them (default: such a link "
                        "gets a `failed` row saying it was not followed)")
    p.add_argument("--force", action="store_true", help="convert again files already in the output")
    p.add_argument("--no-csv", action="store_true", help="write only plans.sqlite (and any --format)")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar (default: when stderr is a terminal)")
    p.set_defaults(func=cmd_convert)

    a = _sub(sub, "audit", "what changed between versions of a plan; what is inconsistent in each",
             "Pair the actions of two or more versions of a plan (reworded ones too) and list every change "
             "(changes.csv), each action's slips over a series (timeline.csv), consistency findings "
             "(findings.csv) and a report (audit.html). A version is a plan file, a folder of plan files, a "
             "planx output (plans.sqlite or its folder) or PATH#DOC for one document of an output. A single "
             "folder or output is split into plan series (by title and file name), each audited "
             "oldest plan date first.", AUDIT_EXAMPLES)
    a.add_argument("versions", nargs="+", metavar="VERSION",
                   help="OLD NEW [MORE...] oldest first (or --order date), or one folder of plan series")
    _common(a, "out", quiet="only the summary line and warnings")
    a.add_argument("--order", choices=["given", "date"], default="given",
                   help="compare in the order given (default) or by each plan's own date")
    a.add_argument("--min-similarity", type=percentage, default=None, metavar="N",
                   help="text similarity 0-100 under which two actions are different actions (default 68)")
    a.add_argument("--force", action="store_true", help="list changes even when the versions look like "
                                                        "different plans")
    a.add_argument("--csv-bom", "--excel", action="store_true",
                   help="start each CSV with a UTF-8 byte-order mark (for Excel on Windows)")
    a.add_argument("--no-csv", action="store_true", help="write only plans.sqlite (and audit.html)")
    a.add_argument("--no-report", action="store_true", help="don't write audit.html")
    a.set_defaults(func=cmd_audit)

    t = _sub(sub, "tables", "the raw tables of PDFs as DIR/NAME.tables.json (what the parser saw)",
             "Write the tables the PDF reader finds in each PDF (after stitching tables over page breaks and "
             "finding spanning cells), before any plan rules: to see why a plan reads as it does. PDFs only.",
             TABLES_EXAMPLES)
    t.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="PDF files or folders")
    _common(t, "tables", quiet="only the summary line and errors")
    t.add_argument("--debug", action="store_true",
                   help="also DIR/NAME.pageN.png: each page with its rulings, tables, columns, rows and cells drawn")
    t.set_defaults(func=cmd_tables)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:  # bare `planx`: what it does and how to start
        parser.print_help()
        return 0
    try:
        return int(args.func(args))
    except (OSError, OutputError, sqlite3.Error) as e:  # the output cannot be written: one line, no traceback
        print(f"error: {_said(e, args.out)}", file=sys.stderr)
        if args.verbose:
            traceback.print_exc()
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("interrupted: documents written so far are complete; re-run to resume", file=sys.stderr)
        return EXIT_INTERRUPTED


def _said(e: BaseException, out: Path) -> str:
    """An error in a user's words: 'out/x: permission denied' rather than '[Errno 13] ...'."""
    if isinstance(e, OSError) and e.strerror:
        where = e.filename if e.filename is not None else ""
        return f"{where}: {e.strerror.lower()}" if where else e.strerror.lower()
    if isinstance(e, sqlite3.Error):
        return f"{out / 'plans.sqlite'}: the output database cannot be written ({e})"
    return str(e)


if __name__ == "__main__":
    sys.exit(main())
