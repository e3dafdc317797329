"""`planx.audit(old, new, *more, out=...)`: the function the `planx audit` command mirrors."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planx.audit import store
from planx.audit.diff import Change, PairResult, compare, date_start
from planx.audit.findings import findings
from planx.audit.series import series_name, timeline_rows
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
        return (f"{len(self.versions)} version(s), {n} paired action(s), {len(self.changes)} change(s) "
                f"({kinds}); {len(self.findings)} finding(s)")


def order_versions(versions: list[Version], order: str) -> tuple[list[Version], list[str]]:
    """Versions in the order asked ('given' or 'date'), with a warning when the given order runs back in time."""
    if order == "date":
        return sorted(versions, key=lambda v: v.plan_date or "9999"), []
    warnings = []
    for a, b in zip(versions, versions[1:], strict=False):
        da, db = date_start(a.plan_date) if a.plan_date else None, date_start(b.plan_date) if b.plan_date else None
        if da and db and db < da:
            warnings.append(f"{b.doc} (dated {b.plan_date}) is older than {a.doc} (dated {a.plan_date}); "
                            "versions are compared in the order given (use order='date' / --order date)")
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
    res = AuditResult(versions, results)
    res.warnings += [f"{r.old.doc} → {r.new.doc}: {r.warning}" for r in results if r.warning]
    res.timeline = timeline_rows(versions, results)
    for v in versions:
        res.findings += findings(v)
    return res


def save_conversions(results: list[DocResult], out: Path, csv: bool) -> None:
    """The documents converted for this audit, into the output as `planx convert` writes them."""
    sink = SqliteSink(out / "plans.sqlite")
    try:
        for r in results:
            sink.write(r)
        if csv:
            export_csv(sink, out)
    finally:
        sink.close()


def write(res: AuditResult, out: Path, csv: bool = True, report: bool = True) -> None:
    out.mkdir(parents=True, exist_ok=True)
    db = out / "plans.sqlite"
    converted = [v.result for v in res.versions if v.result is not None]
    if converted:
        save_conversions(converted, out, csv)
    store.save(db, [(r.old.doc, r.new.doc) for r in res.results], [v.doc for v in res.versions],
               series_name(res.versions), {
                   "changes": [c.row() for c in res.changes],
                   "pairs": [row for r in res.results for row in pair_rows(r)],
                   "audits": [audit_row(r) for r in res.results],
                   "timeline": res.timeline, "findings": res.findings})
    if csv:
        store.export_csv(db, out)
    write_descriptors(out)  # datapackage.json + metadata.json now list the audit tables too
    if report:
        from planx.audit.report import write_report
        write_report(db, out / "report.html")
    res.out = out


def audit(old: Spec, new: Spec | None = None, *more: Spec, out: str | Path | None = "out", order: str = "given",
          force: bool = False, minimum: float | None = None, csv: bool = True, report: bool = True) -> AuditResult:
    """Audit two or more versions of a plan; write OUT/changes.csv, findings, timeline, report.html.

    Each input is a plan file (converted on the fly), a folder of plan files, a plans.sqlite or
    output folder (all its documents, oldest plan date first) or 'PATH#DOC' for one document in it.
    order: 'given' or 'date' (by each plan's own date). force: list changes even when the versions
    look like different plans. minimum: the text similarity (0-100) below which actions don't pair.
    out=None: write nothing.
    """
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
    versions, warnings = order_versions(versions, order)
    res = run(versions, force=force, minimum=minimum)
    res.warnings = warnings + res.warnings
    if out is not None:
        write(res, Path(out), csv=csv, report=report)
    return res
