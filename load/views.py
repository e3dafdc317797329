"""SQLite views a dashboard wants, defined once here (descriptions in load/describe.py).

Views are dropped and re-created each time a database is opened, so an output written
by an older planx gets the current definitions. Dates are ISO strings at the precision
printed (2015, 2015-04, 2015-04-30): a due date counts up to the END of its period and
a plan date from the START of its period, so a plan dated June 2015 does not call an
action due "June 2015" overdue. A join of documents on doc_id takes the row that is not a
`duplicate` (a copy of a file has a row of its own with the same doc_id, and no actions).
"""
from __future__ import annotations

import sqlite3

OPEN = "coalesce({s}, '') NOT IN ('complete', 'cancelled')"

# last day of a due period, first day of the plan's period
DUE_END = ("CASE length({d}) WHEN 4 THEN {d} || '-12-31' "
           "WHEN 7 THEN date({d} || '-01', '+1 month', '-1 day') ELSE {d} END")
PERIOD_START = "CASE length({d}) WHEN 4 THEN {d} || '-01-01' WHEN 7 THEN {d} || '-01' ELSE {d} END"

ACTIONS_LATEST_RAG = """
SELECT a.doc, a.doc_id, a.seq, a.area_ref, a.area, a.action, a.lead, a.due_date, a.status,
       coalesce(r.rag, a.rag) AS latest_rag,
       r.label AS latest_rag_label,
       r.as_of AS latest_rag_as_of,
       CASE WHEN r.rag IS NOT NULL THEN 'ratings' WHEN coalesce(a.rag, '') != '' THEN 'action' END
           AS rag_source
FROM actions a
LEFT JOIN (
    SELECT doc_id, action_seq, rag, label, as_of,
           -- newest dated reading first; undated readings in column order, the last one latest
           row_number() OVER (PARTITION BY doc_id, action_seq
                              ORDER BY coalesce(as_of, '') = '', as_of DESC, rowid DESC) AS n
    FROM ratings WHERE coalesce(rag, '') != ''
) r ON r.doc_id = a.doc_id AND r.action_seq = a.seq AND r.n = 1
"""

OVERDUE_ACTIONS = f"""
SELECT * , CAST(julianday(plan_start) - julianday(due_end) AS INTEGER) AS days_overdue FROM (
    SELECT a.doc, a.doc_id, a.seq, a.area_ref, a.area, a.action, a.lead, a.due_raw, a.due_date,
           a.status, a.rag, d.plan_date,
           {DUE_END.format(d="a.due_date")} AS due_end,
           {PERIOD_START.format(d="d.plan_date")} AS plan_start
    FROM actions a JOIN documents d ON d.doc_id = a.doc_id AND d.status IS NOT 'duplicate'
    WHERE coalesce(a.due_date, '') != '' AND coalesce(d.plan_date, '') != ''
      AND {OPEN.format(s="a.status")}
) WHERE due_end < plan_start
"""

# slippage from the audit's changes table (only when an audit has run into this output)
_SLIPS = """
SELECT new_doc AS doc, new_seq AS seq, count(*) AS slips, sum(coalesce(days, 0)) AS days
FROM changes WHERE kind = 'due_date' AND coalesce(before, '') != '' AND after > before
GROUP BY new_doc, new_seq
"""
_NO_SLIPS = "SELECT NULL AS doc, NULL AS seq, 0 AS slips, 0 AS days WHERE 0"

SLIPPAGE_BY_AREA = f"""
SELECT a.doc, a.doc_id, nullif(coalesce(a.area_ref, ''), '') AS area_ref, nullif(coalesce(a.area, ''), '') AS area,
       count(*) AS actions,
       sum({OPEN.format(s="a.status")}) AS open_actions,
       sum(o.seq IS NOT NULL) AS overdue,
       sum(s.slips IS NOT NULL) AS slipped,
       coalesce(sum(s.days), 0) AS days_slipped
FROM actions a
LEFT JOIN overdue_actions o ON o.doc_id = a.doc_id AND o.seq = a.seq
LEFT JOIN ({{slips}}) s ON s.doc = a.doc AND s.seq = a.seq
GROUP BY a.doc, a.doc_id, coalesce(a.area_ref, ''), coalesce(a.area, '')
"""

MILESTONES_BY_MONTH = f"""
SELECT m.doc, m.doc_id, substr(m.due_date, 1, 7) AS month, count(*) AS milestones,
       sum(coalesce(m.status, '') = 'complete') AS complete,
       sum({OPEN.format(s="m.status")}) AS open
FROM milestones m
WHERE length(coalesce(m.due_date, '')) >= 7
GROUP BY m.doc, m.doc_id, substr(m.due_date, 1, 7)
"""

VIEW_NAMES = ["actions_latest_rag", "overdue_actions", "slippage_by_area", "milestones_by_month"]


def _has_table(con: sqlite3.Connection, name: str) -> bool:
    return con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() \
        is not None


def view_sql(con: sqlite3.Connection) -> dict[str, str]:
    slips = _SLIPS if _has_table(con, "changes") else _NO_SLIPS
    return {"actions_latest_rag": ACTIONS_LATEST_RAG, "overdue_actions": OVERDUE_ACTIONS,
            "slippage_by_area": SLIPPAGE_BY_AREA.replace("{slips}", slips),
            "milestones_by_month": MILESTONES_BY_MONTH}


def create_views(con: sqlite3.Connection) -> None:
    """(Re)create the views; call inside a transaction after the tables exist."""
    if not all(_has_table(con, t) for t in ("documents", "actions", "milestones", "ratings")):
        return  # an audit-only database: nothing to view
    for name in reversed(VIEW_NAMES):  # slippage_by_area reads overdue_actions
        con.execute(f'DROP VIEW IF EXISTS "{name}"')
    for name, sql in view_sql(con).items():
        con.execute(f'CREATE VIEW "{name}" AS {sql}')
