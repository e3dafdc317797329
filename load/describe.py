"""What each output table and column means: one text for datapackage.json and Datasette.

The wording follows CONTRACT.md. A column is looked up by table, then by its name alone
(_COMMON, _COMMON_ENUMS): a column without an entry is described by its name only, so a
new column never breaks the descriptors.
"""
from __future__ import annotations

STATUS_ENUM = ["complete", "in_progress", "not_started", "ongoing", "delayed", "cancelled"]
RAG_ENUM = ["red", "amber", "green", "blue", "red_amber", "amber_green"]
DOC_STATUS_ENUM = ["ok", "partial", "failed", "duplicate"]
# ISO 8601 at the precision printed: 2015, 2015-04 or 2015-04-30
ISO_PARTIAL_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"

TABLE_DOCS = {
    "documents": "One row per input file: its status (ok / partial / failed, or duplicate: the same bytes "
                 "as another input file, not converted again) and why. A duplicate shares its doc_id with "
                 "the file converted: join the other tables to the row whose status is not duplicate.",
    "actions": "One row per action (a logical row of a plan table), continuation rows merged.",
    "milestones": "Numbered sub-items of an action ('1. ... 2. ...'), each with its own date and status.",
    "ratings": "One row per RAG reading when a plan has several dated RAG columns.",
    "indicators": "Performance indicators: name, target, latest value and its period.",
    "indicator_values": "An indicator's figure for each period column of its table (Oct-17, Nov-17 ...): "
                        "its history, one row per period.",
    "leftovers": "Text no contract field took, kept aside with where it came from (nothing is dropped).",
    "recommendations": "Recommendations a report makes to others (an inspection's, a committee's, a review's): "
                       "not actions of the document's own, kept with where they came from.",
    "changes": "The audit of two versions of one plan: one row per difference.",
    "pairs": "Every action paired between two versions of a plan (changed or not).",
    "audits": "One row per audited version pair.",
    "timeline": "Each action's due dates over a series of versions (slippage history).",
    "findings": "Consistency findings within one plan.",
    "actions_latest_rag": "Each action with its latest RAG: the most recent dated reading in ratings, "
                          "else the action's own RAG.",
    "overdue_actions": "Actions whose due period ended before the plan's own date (documents.plan_date) "
                       "and whose status is not complete or cancelled (an empty status counts as open).",
    "slippage_by_area": "Per plan and area: actions, open and overdue actions, and - when an audit has "
                        "compared this plan with an earlier version - how many actions' due dates moved "
                        "later and by how many days in all.",
    "milestones_by_month": "Milestones counted by the month they are due (milestones dated by year only "
                           "are left out), per plan.",
}


def _one_of(values: list[str]) -> str:
    return ", ".join(values) + ", or empty."


# a column's meaning by its name, in every table; COLUMN_DOCS holds the names a table uses its own way
_COMMON = {
    "doc": "The input file's name (basename with extension).",
    "doc_id": "First 16 hex digits of the SHA-256 of the file's bytes.",
    "seq": "Order within its document (1, 2, 3 ...).",
    "action_seq": "The seq of the action this row belongs to.",
    "page": "Page where the row starts (PDF; text split by form feeds; Word as its last layout marked it); "
            "empty when unknown (see table_no).",
    "line": "Provenance: line (text) or row index (tables) in the source.",
    "table_no": "Table number in the document.",
    "due_raw": "The due / target / timescale cell exactly as printed.",
    "due_date": "The latest date the due cell commits to, ISO 8601 at the printed precision "
                "(2015, 2015-04, 2015-04-30).",
    "due_start": "First day of the period due_date covers (2015-04 -> 2015-04-01; a financial year's end "
                 "2026/27 -> 2027-03 starts 2026-04-01), a date.",
    "due_end": "Last day of the period due_date covers (2015-04 -> 2015-04-30), a date.",
    "period_start": "First day of the period, when its heading is a date (Oct-17 -> 2017-10-01).",
    "period_end": "Last day of the period, when its heading is a date (Oct-17 -> 2017-10-31).",
    "value_num": "The value as a number (62.8% -> 62.8), when it states one.",
    "unit": "The unit the figures print: %, days, weeks, £, per 10,000 ...; empty for bare numbers.",
    "indicator_seq": "The seq of the indicator this row belongs to.",
    "col": "Grid column.",
    "status": _one_of(STATUS_ENUM),
    "status_raw": "The status cell as printed.",
    "rag": _one_of(RAG_ENUM),
    "rag_raw": "The RAG cell as printed, or its fill colour as #rrggbb when shown only by colour.",
    "area_ref": "Area / priority / theme number or letter as an id (1, A, 3).",
    "area": "Area / priority / theme title.",
    "action": "The action text.",
}

COLUMN_DOCS: dict[str, dict[str, str]] = {
    "documents": {
        "format": "pdf, docx, doc, txt ...", "title": "The plan's title as printed.",
        "status": "ok, partial (extracted with doubts: a warning that something may be read wrong or lost; "
                  "a note alone leaves it ok), failed, or duplicate (the same bytes as another input file: not "
                  "converted again).",
        "error": "Why it failed or what was partial (for a duplicate: which file it repeats); empty when ok.",
        "duplicate_of": "For a duplicate: the doc_id it repeats (that row holds the actions).",
        "path": "The path the file was read from (each input file has its own row).",
        "plan_date": "The plan's own date (ISO, printed precision).",
        "plan_date_start": "First day of the plan's date (2015-06 -> 2015-06-01).",
        "plan_date_end": "Last day of the plan's date (2015-06 -> 2015-06-30).",
        "pages": "Page count (Word: as Word last saved it; empty when unknown).", "actions": "Actions extracted.",
        "milestones": "Milestones extracted.",
        "indicators": "Indicators extracted.", "leftovers": "Text fragments kept aside.",
        "warnings": "Warnings, '; '-separated: doubts and notes (how a sure reading was made).",
        "text_accounted": "Share (%) of the document's input words found in some output field or leftover.",
        "seconds": "Conversion time.",
        "recommendations": "Recommendations to others read (a report's: not actions).",
        "notes": "The warnings that are notes, '; '-separated: how a sure reading was made (a financial year "
                 "read from the document's evidence, codes read by its key, a column read by its content); "
                 "they leave the document ok (normalise/severity.py).",
    },
    "actions": {
        "area_lead": "Lead named for the whole area.", "timeframe": "Grouping heading such as 'Within three months'.",
        "objective": "Objective text.", "outcome": "Intended outcome(s).", "measure": "Success / performance measure.",
        "lead": "Lead officer(s).", "responsible": "Second owner column (Responsible Officer).",
        "progress": "Progress update / comments.", "ref": "The action's own reference as printed (2a, 3.1).",
    },
    "milestones": {"milestone": "Milestone text.",
                   "ref": "Its own number as printed, where a table numbers the milestones (No. 1, 2, 3)."},
    "ratings": {"label": "The RAG column heading as printed (under a heading that spans several RAG columns, "
                            "the column's own heading: 'Qtr 1').",
                "as_of": "The date the heading names (ISO).",
                "heading_group": "The heading printed over several RAG columns ('RAG status by quarter'), if any."},
    "indicators": {"indicator": "Indicator name.", "target": "Target figure as printed.",
                   "value": "Latest actual figure as printed.", "period": "Period the value is for.",
                   "rag": "The indicator's RAG rating (red, amber, green, blue …), if the table gives one.",
                   "rag_raw": "The RAG cell as printed, or its fill colour as #rrggbb.",
                   "target_num": "The target as a number (85% -> 85), when it states one."},
    "indicator_values": {"indicator": "Indicator name (as in indicators).",
                         "period": "The period's heading as printed.", "value": "The figure as printed."},
    "recommendations": {
        "ref": "Its number as printed (1, 8.1).", "text": "The recommendation's text.",
        "heading": "The heading or box label naming the recommendations ('Recommendations', 'Areas for improvement').",
        "addressee": "Whom it asks, where printed ('The Department should ...' -> 'The Department').",
        "response": "A response's decision label, where printed ('accepted', 'agreed in principle').",
        "timeframe": "A period label over it ('Immediately', 'Within three months')."},
    "leftovers": {"text": "The text kept aside.", "reason": "Why no field took it.", "col": "Grid column.",
                  "heading": "The column heading over the cell, when no contract field took that column."},
    "changes": {"old_doc": "Older version's file name.", "new_doc": "Newer version's file name.",
                "kind": "added, removed, reworded, due_date, status, rag, lead, milestone_* ...",
                "old_seq": "Action seq in the older version.", "new_seq": "Action seq in the newer version.",
                "before": "Value in the older version (normalised).", "after": "Value in the newer version.",
                "similarity": "0-100: how alike the paired action texts are.",
                "days": "Days a due date moved (positive: later)."},
    "actions_latest_rag": {
        "latest_rag": "The latest RAG: newest dated reading in ratings, else the action's RAG.",
        "latest_rag_label": "The ratings column it came from (empty when from the action).",
        "latest_rag_as_of": "The date of that reading, if the heading names one.",
        "rag_source": "'ratings' or 'action'.",
    },
    "overdue_actions": {
        "plan_date": "The plan's own date.", "due_end": "Last day of the due period (2015-04 -> 2015-04-30).",
        "plan_start": "First day of the plan's period (2015-06 -> 2015-06-01).",
        "days_overdue": "Days from the end of the due period to the start of the plan's date.",
    },
    "slippage_by_area": {
        "actions": "Actions in the area.", "open_actions": "Actions not complete or cancelled.",
        "overdue": "Actions in overdue_actions.",
        "slipped": "Actions whose due date an audit found moved later than in the previous version.",
        "days_slipped": "Days those due dates moved, in all.",
    },
    "milestones_by_month": {
        "month": "Due month (YYYY-MM).", "milestones": "Milestones due that month.",
        "complete": "Of which complete.", "open": "Of which not complete or cancelled.",
    },
}


# the values a column may take (a Table Schema enum), looked up as its description is
ENUMS: dict[str, dict[str, list[str]]] = {"documents": {"status": DOC_STATUS_ENUM}}
_COMMON_ENUMS = {"status": STATUS_ENUM, "rag": RAG_ENUM}
# columns holding an ISO 8601 date at the printed precision, in every table
DATE_COLUMNS = {"due_date", "as_of", "plan_date"}


def describe(table: str, column: str) -> str:
    return COLUMN_DOCS.get(table, {}).get(column) or _COMMON.get(column, "")


def enum(table: str, column: str) -> list[str] | None:
    return ENUMS.get(table, {}).get(column) or _COMMON_ENUMS.get(column)
