"""Output tables: names, columns and SQL types, in contract order (CONTRACT.md).

One definition serves the CSV and SQLite sinks, so the two can never disagree.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import MISSING, Field, fields
from typing import Any

from planx.normalise.records import DocResult
from planx.normalise.severity import notes

# (column, SQLite type); contract columns first, extra columns after. DATE columns (due_start ...)
# hold ISO days as text: the first and last day of a date printed at a coarser precision.
TABLES: dict[str, list[tuple[str, str]]] = {
    "documents": [("doc", "TEXT"), ("doc_id", "TEXT NOT NULL"), ("format", "TEXT"), ("title", "TEXT"),
                  ("status", "TEXT"), ("error", "TEXT"), ("duplicate_of", "TEXT"),
                  ("path", "TEXT NOT NULL DEFAULT ''"), ("plan_date", "TEXT"),
                  ("plan_date_start", "DATE"), ("plan_date_end", "DATE"),
                  ("pages", "INTEGER"), ("actions", "INTEGER"), ("milestones", "INTEGER"),
                  ("indicators", "INTEGER"), ("leftovers", "INTEGER"), ("warnings", "TEXT"),
                  ("text_accounted", "REAL"), ("seconds", "REAL"), ("recommendations", "INTEGER"),
                  ("notes", "TEXT")],
    "actions": [("doc", "TEXT"), ("seq", "INTEGER"), ("area_ref", "TEXT"), ("area", "TEXT"),
                ("area_lead", "TEXT"), ("timeframe", "TEXT"), ("objective", "TEXT"), ("outcome", "TEXT"),
                ("action", "TEXT"), ("measure", "TEXT"), ("lead", "TEXT"), ("responsible", "TEXT"),
                ("due_raw", "TEXT"), ("due_date", "TEXT"), ("due_start", "DATE"), ("due_end", "DATE"),
                ("status", "TEXT"), ("status_raw", "TEXT"),
                ("rag", "TEXT"), ("rag_raw", "TEXT"), ("progress", "TEXT"), ("page", "INTEGER"),
                ("doc_id", "TEXT"), ("ref", "TEXT"), ("table_no", "INTEGER"), ("line", "INTEGER")],
    "milestones": [("doc", "TEXT"), ("action_seq", "INTEGER"), ("seq", "INTEGER"), ("milestone", "TEXT"),
                   ("due_raw", "TEXT"), ("due_date", "TEXT"), ("due_start", "DATE"), ("due_end", "DATE"),
                   ("status", "TEXT"), ("status_raw", "TEXT"), ("doc_id", "TEXT"), ("ref", "TEXT")],
    "ratings": [("doc", "TEXT"), ("action_seq", "INTEGER"), ("label", "TEXT"), ("as_of", "TEXT"),
                ("rag", "TEXT"), ("rag_raw", "TEXT"), ("doc_id", "TEXT"), ("heading_group", "TEXT")],
    "indicators": [("doc", "TEXT"), ("indicator", "TEXT"), ("target", "TEXT"), ("value", "TEXT"),
                   ("period", "TEXT"), ("rag", "TEXT"), ("rag_raw", "TEXT"), ("target_num", "REAL"),
                   ("value_num", "REAL"), ("unit", "TEXT"), ("doc_id", "TEXT"), ("seq", "INTEGER"), ("page", "INTEGER"),
                   ("table_no", "INTEGER"), ("line", "INTEGER")],
    # an indicator's figure for each period column of its KPI table (Oct-17, Nov-17 ...)
    "indicator_values": [("doc", "TEXT"), ("doc_id", "TEXT"), ("indicator_seq", "INTEGER"), ("seq", "INTEGER"),
                         ("indicator", "TEXT"), ("period", "TEXT"), ("period_start", "DATE"),
                         ("period_end", "DATE"), ("value", "TEXT"), ("value_num", "REAL"), ("unit", "TEXT"),
                         ("page", "INTEGER"), ("table_no", "INTEGER"), ("line", "INTEGER"), ("col", "INTEGER")],
    "leftovers": [("doc", "TEXT"), ("doc_id", "TEXT"), ("seq", "INTEGER"), ("text", "TEXT"),
                  ("reason", "TEXT"), ("page", "INTEGER"), ("table_no", "INTEGER"), ("line", "INTEGER"),
                  ("col", "INTEGER"), ("heading", "TEXT")],
    # a report's recommendations to others: no actions (CONTRACT.md, "Recommendations"), an extra table
    "recommendations": [("doc", "TEXT"), ("doc_id", "TEXT"), ("seq", "INTEGER"), ("ref", "TEXT"), ("text", "TEXT"),
                        ("heading", "TEXT"), ("addressee", "TEXT"), ("response", "TEXT"), ("timeframe", "TEXT"),
                        ("page", "INTEGER"), ("line", "INTEGER")],
}

# Each input file has its documents row: one per path. A file's bytes (doc_id) are converted
# once; another file with the same bytes gets a row of its own, status `duplicate`, naming the
# doc_id in duplicate_of, and no rows in the other tables. So doc_id alone is not a key of
# documents: (doc_id, path) is, and the other tables' rows belong to the one row of their doc_id
# whose status is not `duplicate` (CONTENT_STATUSES).
PRIMARY_KEYS = {"documents": ("doc_id", "path")}
CONTENT_STATUSES = ("ok", "partial", "failed")

# tables whose rows belong to one document (deleted and rewritten on re-runs)
CHILD_TABLES = [t for t in TABLES if t != "documents"]


def columns(table: str) -> list[str]:
    return [name for name, _ in TABLES[table]]


Record = dict[str, Any]


# a record field written under another column name (Action.table → actions.table_no)
COLUMN_OF = {"table": "table_no"}


def column_fields(cls: type) -> list[Field[Any]]:
    """The fields of a record (normalise.records) that are columns of its table; its lists
    (an action's milestones and ratings) are rows of tables of their own."""
    return [f for f in fields(cls) if f.default_factory is MISSING and f.metadata.get("column", True)]


def rows(result: DocResult) -> dict[str, list[Record]]:
    """A document's result as rows per output table.

    Written out field by field, not from column_fields(): this runs for every record
    converted, and the literal dicts are about three times faster (tests/test_load.py
    checks that every record field reaches its column)."""
    doc, doc_id = result.doc, result.doc_id
    out: dict[str, list[Record]] = {t: [] for t in TABLES}
    for seq, a in enumerate(result.actions, 1):
        out["actions"].append({
            "doc": doc, "seq": seq, "area_ref": a.area_ref, "area": a.area, "area_lead": a.area_lead,
            "timeframe": a.timeframe, "objective": a.objective, "outcome": a.outcome, "action": a.action,
            "measure": a.measure, "lead": a.lead, "responsible": a.responsible, "due_raw": a.due_raw,
            "due_date": a.due_date, "due_start": a.due_start, "due_end": a.due_end, "status": a.status,
            "status_raw": a.status_raw, "rag": a.rag, "rag_raw": a.rag_raw, "progress": a.progress,
            "page": a.page or None, "doc_id": doc_id, "ref": a.ref,
            "table_no": a.table or None, "line": a.line or None})
        for mseq, m in enumerate(a.milestones, 1):
            out["milestones"].append({
                "doc": doc, "action_seq": seq, "seq": mseq, "milestone": m.milestone, "due_raw": m.due_raw,
                "due_date": m.due_date, "due_start": m.due_start, "due_end": m.due_end, "status": m.status,
                "status_raw": m.status_raw, "doc_id": doc_id, "ref": m.ref})
        for r in a.ratings:
            out["ratings"].append({"doc": doc, "action_seq": seq, "label": r.label, "as_of": r.as_of,
                                   "rag": r.rag, "rag_raw": r.rag_raw, "doc_id": doc_id,
                                   "heading_group": r.heading_group})
    for seq, i in enumerate(result.indicators, 1):
        out["indicators"].append({"doc": doc, "indicator": i.indicator, "target": i.target, "value": i.value,
                                  "period": i.period, "rag": i.rag, "rag_raw": i.rag_raw,
                                  "target_num": i.target_num, "value_num": i.value_num,
                                  "unit": i.unit, "doc_id": doc_id, "seq": seq, "page": i.page or None,
                                  "table_no": i.table or None, "line": i.line or None})
        for vseq, v in enumerate(i.history, 1):
            out["indicator_values"].append({
                "doc": doc, "doc_id": doc_id, "indicator_seq": seq, "seq": vseq, "indicator": i.indicator,
                "period": v.period, "period_start": v.period_start, "period_end": v.period_end, "value": v.value,
                "value_num": v.value_num, "unit": i.unit, "page": i.page or None, "table_no": i.table or None,
                "line": i.line or None, "col": v.col})
    for seq, lo in enumerate(result.leftovers, 1):
        out["leftovers"].append({"doc": doc, "doc_id": doc_id, "seq": seq, "text": lo.text, "reason": lo.reason,
                                 "page": lo.page or None, "table_no": lo.table or None, "line": lo.line or None,
                                 "col": lo.col, "heading": lo.heading})
    for seq, rec in enumerate(result.recommendations, 1):
        out["recommendations"].append({"doc": doc, "doc_id": doc_id, "seq": seq, "ref": rec.ref, "text": rec.text,
                                       "heading": rec.heading, "addressee": rec.addressee, "response": rec.response,
                                       "timeframe": rec.timeframe, "page": rec.page or None,
                                       "line": rec.line or None})
    out["documents"].append({
        "doc": doc, "doc_id": doc_id, "format": result.format, "title": result.title, "status": result.status,
        "error": result.error, "duplicate_of": result.duplicate_of, "path": result.path,
        "plan_date": result.plan_date, "plan_date_start": result.plan_date_start,
        "plan_date_end": result.plan_date_end, "pages": result.pages or None,
        "actions": len(out["actions"]), "milestones": len(out["milestones"]),
        "indicators": len(out["indicators"]), "leftovers": len(out["leftovers"]),
        "warnings": "; ".join(result.warnings), "text_accounted": result.text_accounted,
        "seconds": round(result.seconds, 3), "recommendations": len(out["recommendations"]),
        "notes": "; ".join(notes(result.warnings))})
    return out


def row_tuples(result: DocResult) -> dict[str, list[tuple]]:
    """rows(), as tuples in column order: what the SQLite sink inserts. Built straight from
    the records (a dict per row, then a getter of its values, cost twice as much; tests/
    test_load.py checks the two agree)."""
    doc, doc_id = result.doc, result.doc_id
    actions: list[tuple] = []
    milestones: list[tuple] = []
    ratings: list[tuple] = []
    for seq, a in enumerate(result.actions, 1):
        actions.append((
            doc, seq, a.area_ref, a.area, a.area_lead, a.timeframe, a.objective, a.outcome, a.action,
            a.measure, a.lead, a.responsible, a.due_raw, a.due_date, a.due_start, a.due_end, a.status,
            a.status_raw, a.rag,
            a.rag_raw, a.progress, a.page or None, doc_id, a.ref, a.table or None, a.line or None))
        if a.milestones:
            milestones += [(doc, seq, mseq, m.milestone, m.due_raw, m.due_date, m.due_start, m.due_end,
                            m.status, m.status_raw, doc_id, m.ref) for mseq, m in enumerate(a.milestones, 1)]
        if a.ratings:
            ratings += [(doc, seq, r.label, r.as_of, r.rag, r.rag_raw, doc_id, r.heading_group) for r in a.ratings]
    indicators: list[tuple] = []
    indicator_values: list[tuple] = []
    for seq, i in enumerate(result.indicators, 1):
        unit, page, table, line = i.unit, i.page or None, i.table or None, i.line or None
        indicators.append((doc, i.indicator, i.target, i.value, i.period, i.rag, i.rag_raw, i.target_num,
                           i.value_num, unit, doc_id, seq, page, table, line))
        indicator_values += [(doc, doc_id, seq, vseq, i.indicator, v.period, v.period_start, v.period_end, v.value,
                              v.value_num, unit, page, table, line, v.col) for vseq, v in enumerate(i.history, 1)]
    leftovers = [(doc, doc_id, seq, lo.text, lo.reason, lo.page or None, lo.table or None, lo.line or None,
                  lo.col, lo.heading) for seq, lo in enumerate(result.leftovers, 1)]
    recommendations = [(doc, doc_id, seq, rec.ref, rec.text, rec.heading, rec.addressee, rec.response,
                        rec.timeframe, rec.page or None, rec.line or None)
                       for seq, rec in enumerate(result.recommendations, 1)]
    documents = [(
        doc, doc_id, result.format, result.title, result.status, result.error, result.duplicate_of, result.path,
        result.plan_date, result.plan_date_start, result.plan_date_end, result.pages or None, len(actions),
        len(milestones), len(indicators), len(leftovers),
        "; ".join(result.warnings), result.text_accounted, round(result.seconds, 3), len(recommendations),
        "; ".join(notes(result.warnings)))]
    return {"documents": documents, "actions": actions, "milestones": milestones, "ratings": ratings,
            "indicators": indicators, "indicator_values": indicator_values, "leftovers": leftovers,
            "recommendations": recommendations}


def iter_tables() -> Iterator[tuple[str, list[str]]]:
    for name in TABLES:
        yield name, columns(name)
