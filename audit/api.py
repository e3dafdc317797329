"""`planx.audit(old, new, *more, out=...)`: the function the `planx audit` command mirrors."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planx.audit import store
from planx.audit.advice import option
from planx.audit.diff import Change, PairResult, compare, date_start
from planx.audit.findings import findings
from planx.audit.series import plan_series, series_name, timeline_rows
from planx.audit.versions import AuditError, Version, load
from planx.load import SqliteSink, export_csv
from planx.load.datapackage import write_descriptors
from planx.normalise.records import DocResult

Spec = str | Path | tuple[str | Path, str]


@dataclass
class AuditResult:
    versions: list[Version]
    results: list[PairResult]
    timeline: list[dict[str, Any]] = field(default_factory=list)
    findings: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    out: Path | None = None
    # the plan series audited (one, unless a folder or output held several plans' versions)
    series: list[list[Version]] = field(default_factory=list)
    # documents of an archive that are the only version of their plan: checked, not compared
    single: list[Version] = field(default_factory=list)

    @property
    def changes(self) -> list[Change]:
        return [c for r in self.results for c in r.changes]

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for c in self.changes:
            out[c.kind] = out.get(c.kind, 0) + 1
        return out

    def line(self) -> str:
        n = sum(len(r.pairs) for r in self.results)
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(self.counts().items())) or "none"
        series = f" in {len(self.series)} plan series" if len(self.series) > 1 else ""
        single = f" ({len(self.single)} plan(s) with one version, not compared)" if self.single else ""
        return (f"{len(self.versions)} version(s){series}{single}, {n} paired action(s), {len(self.changes)} "
                f"change(s) ({kinds}); {len(self.findings)} finding(s)")


def order_versions(versions: list[Version], order: str) -> tuple[list[Version], list[str]]:
    """Versions in the order asked ('given' or 'date'), with a warning when the given order runs back in time."""
    if order == "date":
        return sorted(versions, key=lambda v: v.plan_date or "9999"), []
    warnings = []
    for a, b in zip(versions, versions[1:], strict=False):
        da, db = date_start(a.plan_date) if a.plan_date else None, date_start(b.plan_date) if b.plan_date else None
        if da and db and db < da:
            warnings.append(f"{b.doc} (dated {b.plan_date}) is older than {a.doc} (dated {a.plan_date}); "
                            f"versions are compared in the order given (use {option('order_date')})")
    return versions, warnings


def pair_rows(r: PairResult) -> list[dict[str, Any]]:
    rows = []
    for p in r.pairs:
        a, b = r.old.actions[p.old], r.new.actions[p.new]
        rows.append({"old_doc": r.old.doc, "new_doc": r.new.doc, "old_seq": a.seq, "new_seq": b.seq,
                     "similarity": p.similarity, "old_rag": a.rag, "new_rag": b.rag, "old_due_date": a.due_date,
                     "new_due_date": b.due_date, "area_ref": b.area_ref, "area": b.area, "action": b.action})
    return rows


def audit_row(r: PairResult) -> dict[str, Any]:
    return {"old_doc": r.old.doc, "new_doc": r.new.doc, "old_actions": len(r.old.actions),
            "new_actions": len(r.new.actions), "paired": len(r.pairs), "changes": len(r.changes),
            "warning": r.warning, "old_plan_date": r.old.plan_date, "new_plan_date": r.new.plan_date,
            "old_path": r.old.path, "new_path": r.new.path}


def run(versions: list[Version], force: bool = False, minimum: float | None = None) -> AuditResult:
    """Compare consecutive versions, follow actions through the series, check each version."""
    results = [compare(a, b, force=force, minimum=minimum) for a, b in zip(versions, versions[1:], strict=False)]
    res = AuditResult(versions, results, series=[versions])
    res.warnings += [f"{r.old.doc} → {r.new.doc}: {r.warning}" for r in results if r.warning]
    res.timeline = timeline_rows(versions, results)
    for v in versions:
        res.findings += findings(v)
    return res


def run_archive(versions: list[Version], order: str = "date", force: bool = False,
                minimum: float | None = None) -> AuditResult:
    """An archive's documents: each plan series (audit/series.plan_series) audited on its own;
    a plan with one version, or a document without actions (an indicator form: nothing to
    pair), is only checked for consistency (findings)."""
    groups = plan_series([v for v in versions if v.actions], minimum)
    series = [g for g in groups if len(g) >= 2]
    single = [g[0] for g in groups if len(g) == 1] + [v for v in versions if not v.actions]
    if not series:
        raise AuditError(f"no plan has two or more versions among these {len(versions)} documents "
                         "(versions share a file name but for dates and version marks, or a title)")
    res = AuditResult([v for g in series for v in g], [], series=[], single=single)
    for g in series:
        g, warnings = order_versions(g, order)
        part = run(g, force=force, minimum=minimum)
        res.series.append(g)
        res.results += part.results
        res.timeline += part.timeline
        res.findings += part.findings
        res.warnings += warnings + part.warnings
    for v in single:
        res.findings += findings(v)
    return res


def save_conversions(results: list[DocResult], out: Path, csv: bool, csv_bom: bool = False) -> None:
    """The documents converted for this audit, into the output as `planx convert` writes them."""
    sink = SqliteSink(out / "plans.sqlite")
    try:
        for r in results:
            sink.write(r)
        if csv:
            export_csv(sink, out, bom=csv_bom)
    finally:
        sink.close()


REPORT_NAME = "audit.html"  # not report.html: an audit into a conversion's folder keeps that report


def write(res: AuditResult, out: Path, csv: bool = True, report: bool = True, csv_bom: bool = False) -> None:
    out.mkdir(parents=True, exist_ok=True)
    db = out / "plans.sqlite"
    checked = res.versions + res.single
    converted = [v.result for v in checked if v.result is not None]
    if converted:
        save_conversions(converted, out, csv, csv_bom)
    store.save(db, [(r.old.doc, r.new.doc) for r in res.results], [v.doc for v in checked],
               [series_name(g) for g in res.series or [res.versions]], {
                   "changes": [c.row() for c in res.changes],
                   "pairs": [row for r in res.results for row in pair_rows(r)],
                   "audits": [audit_row(r) for r in res.results],
                   "timeline": res.timeline, "findings": res.findings})
    if csv:
        store.export_csv(db, out, bom=csv_bom)
    write_descriptors(out)  # datapackage.json + metadata.json now list the audit tables too
    if report:
        from planx.audit.report import write_report
        write_report(db, out / REPORT_NAME)
    res.out = out


def audit(old: Spec, new: Spec | None = None, *more: Spec, out: str | Path | None = "out", order: str = "given",
          force: bool = False, min_similarity: float | None = None, csv: bool = True, report: bool = True,
          csv_bom: bool = False, minimum: float | None = None) -> AuditResult:
    """Audit two or more versions of a plan; write OUT/changes.csv, findings, timeline, audit.html.

    Each input is a plan file (converted on the fly), a folder of plan files, a plans.sqlite or
    output folder (all its documents, oldest plan date first) or 'PATH#DOC' for one document in it.
    A single folder or output is an archive: its documents are grouped into plan series
    (audit/series.plan_series) and each series is audited, oldest plan date first.
    The keywords are the CLI's flags: order: 'given' or 'date' (by each plan's own date). force:
    list changes even when the versions look like different plans. min_similarity: the text
    similarity (0-100) below which actions don't pair (`minimum`, its older name, is still read).
    csv_bom: CSVs with a UTF-8 byte-order mark. out=None: write nothing.
    """
    minimum = min_similarity if min_similarity is not None else minimum
    specs = [s for s in (old, new, *more) if s is not None]
    versions: list[Version] = []
    for s in specs:
        versions += load(s)
    if len(versions) < 2:
        raise AuditError("an audit needs two or more versions of a plan "
                         f"(got {len(versions)}: {', '.join(v.doc for v in versions) or 'none'})")
    names = [v.doc for v in versions]
    if len(set(names)) < len(names):
        raise AuditError("the same document is named twice: " + ", ".join(sorted({n for n in names
                                                                                 if names.count(n) > 1})))
    if len(specs) == 1:  # a folder or an output: an archive of plans, each in its versions
        res = run_archive(versions, order="date", force=force, minimum=minimum)
    else:
        versions, warnings = order_versions(versions, order)
        res = run(versions, force=force, minimum=minimum)
        res.warnings = warnings + res.warnings
    if out is not None:
        write(res, Path(out), csv=csv, report=report, csv_bom=csv_bom)
    return res
