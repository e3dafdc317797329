"""Notes and doubts (normalise/severity.py): a warning that only says how a sure reading was made
(a financial year read from the document's own words, codes read by its key, a column read by what
its cells hold, the file's encoding) leaves the document ok and is listed in documents.notes; a
guess, a loss or a conflict still makes it partial, its doubts first in `error`."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from planx.load.report import doubts as report_doubts
from planx.load.report import render
from planx.normalise.severity import NOTE_KINDS, Note, doubts, note_kind, notes, severity, status_of
from tests.conftest import convert_text
from tests.test_doccodes import LOOKUP_MD, WORKBOOK
from tests.test_financial_years import _TABLE

COUNCIL = ("# Marlbrook Borough Council – Service Delivery Plan 2026/27\n\nReported to Cabinet each quarter "
           "and delivered within the agreed budget.\n\n" + _TABLE)
# a date column whose heading names no field: read by what its cells hold
UNNAMED_DATES = """# Improvement Plan

| Action | Lead | Column |
|---|---|---|
| Publish the housing allocations policy | Head of Housing | 31/03/2026 |
| Launch a new waste collection model | Head of Waste | 30/06/2026 |
| Review the tenancy policy | Head of Housing | 30/09/2026 |
"""
# a RAG column of numbers the plan gives no key for: a doubt
NUMBERED_RAG = """# Improvement Plan

| Action | Lead | Due | RAG |
|---|---|---|---|
| Publish the housing allocations policy | Head of Housing | March 2026 | 4 |
| Launch a new waste collection model | Head of Waste | June 2026 | 2 |
"""


def test_a_financial_year_read_from_the_documents_evidence_is_a_note(tmp_path: Path) -> None:
    result = convert_text(tmp_path, "council.md", COUNCIL)
    assert [a.due_date for a in result.actions] == ["2027-03", "2028-03", "2027-03"]
    said = [w for w in result.warnings if "read as the financial year ending March" in w]
    assert len(said) == 1 and note_kind(said[0]) == "financial_year"
    assert (result.status, result.error) == ("ok", "")


def test_a_column_read_by_its_content_is_a_note(tmp_path: Path) -> None:
    result = convert_text(tmp_path, "unnamed.md", UNNAMED_DATES)
    assert [a.due_date for a in result.actions] == ["2026-03-31", "2026-06-30", "2026-09-30"]
    assert [note_kind(w) for w in result.warnings] == ["column_by_content"]
    assert (result.status, result.error) == ("ok", "")


def test_a_text_file_read_in_its_own_encoding_is_a_note(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_bytes(UNNAMED_DATES.replace("Review the tenancy policy", "Review the tenancy policy – café")
                     .encode("cp1252"))
    import planx
    result = planx.convert_file(str(path))
    encoded = [w for w in result.warnings if "not UTF-8" in w]
    assert encoded and all(note_kind(w) == "encoding" for w in encoded)
    assert result.status == "ok" and "café" in result.actions[2].action


@pytest.mark.parametrize("data, kind", [
    # a true Windows-1252 file: accented letters inside words, pound signs, dashes and curly quotes
    ("Fund the \u00a3200 respite \u2013 short breaks at the caf\u00e9 in S\u00e3o \u201cHouse\u201d".encode("cp1252"),
     "note"),
    # damaged UTF-8: a lead byte before '(' and a stray byte-order mark read as lone accented letters
    (b"Review the \xc3\x28 policy \xff\xfe now", "doubt"),
])
def test_a_legacy_encoding_is_a_note_only_where_its_characters_sit_as_in_text(data: bytes, kind: str) -> None:
    from planx.extract.text import decode, encoding_warning
    text, encoding = decode(data)
    warning = encoding_warning(text, encoding)
    assert encoding == "cp1252" and warning is not None and severity(warning) == kind
    assert ("damaged bytes" in warning) == (kind == "doubt")


def test_a_number_in_the_rag_column_with_no_key_is_still_a_doubt(tmp_path: Path) -> None:
    result = convert_text(tmp_path, "rag.md", NUMBERED_RAG)
    assert [a.rag_raw for a in result.actions] == ["4", "2"]
    assert result.status == "partial" and result.error.startswith("RAG '4' is a number with no RAG key")
    assert not notes(result.warnings)


def test_codes_read_by_the_key_are_a_note_and_the_key_kept_aside_a_doubt(tmp_path: Path) -> None:
    # a document with both: the doubts make it partial and come first in error; the note is only listed
    result = convert_text(tmp_path, "workbook.md", WORKBOOK.format(lookup=LOOKUP_MD))
    keyed = [w for w in result.warnings if "read by the document's own key" in w]
    assert len(keyed) == 1 and note_kind(keyed[0]) == "codes_by_key"
    assert result.status == "partial" and "kept aside" in result.error
    assert keyed[0] not in result.error
    assert set(notes(result.warnings)) >= set(keyed) and doubts(result.warnings)


@pytest.mark.parametrize("warning, kind", [
    ("'2015/16' read as the financial year ending March 2016: the plan speaks of scrutiny, NHS, local authority, "
     "Council (4 signs of a public body's financial year, none of a school's)", "financial_year"),
    ("table 1: 'Column' read as status by its content (a choice of 1 values over 40 rows)", "column_by_content"),
    ("table 1: 'file' read as due by its content (when 100%)", "column_by_content"),
    ("table 1: column 1 has no heading; its sentences beside headed who/when columns read as the actions",
     "unheaded_action_column"),
    ("table 2: its first row names columns of its own (Priority 1 | Outcome | Action | Lead ): not read under the "
     "headings of table 0", "own_heading_row"),
    ("read as cp1252 (not UTF-8)", "encoding"),
    ("7 action(s) printed beside a side panel of labelled lines (Lead, Position, Rating, Target): each read as a "
     "table row, the panel's labels as its column headings", "side_panels"),
    ("page chrome left out (the page's landmarks: everything outside <main>)", "page_chrome"),
    ("13 actions read from lists with no cue by what their items say (…; the document calls itself a plan or "
     "strategy) (confidence 0.95)", "confident_reading"),
    ("action 'Agree the timetable': due 'Spring term' read in the academic year 2025/26 the document states: "
     "2026-03 (not 2025-03)", "school_year"),
])
def test_the_note_kinds_by_their_real_wording(warning: str, kind: str) -> None:
    assert note_kind(warning) == kind and severity(warning) == "note"


@pytest.mark.parametrize("warning", [
    # near misses: a reading kept aside, of low confidence, a guess from a shade, a conflict
    "table 1: 'Target' read as due by its content (when 100%): the column is kept aside",
    "2 more item(s) read as actions for being like them (confidence 0.58)",
    "no numbers confirm them, so read with less confidence (confidence 0.60)",
    "RAG read from the cell fill colour alone: #c00000 (a shade) as red",
    "action 'Publish the policy': RAG text 'Green' disagrees with fill red (#ff0000)",
    "page 2: table read with doubtful structure (confidence 0.95: a ragged row), please check",
    "table 1 has no heading row: read by content (column 1 as action, column 2 as status)",
    "table 1: its own heading row ('Item | Value') names no field of a plan; its rows are kept aside, not read "
    "under the headings before it",
    "5 action(s) read from prose, not a plan table (an item of the list under 'Actions from last meeting:' in "
    "the minutes): lead and date from the text",
    "a first reading found no plan; its lists were read again past its tables and with items named by their "
    "headings",
])
def test_guesses_losses_and_conflicts_stay_doubts(warning: str) -> None:
    assert note_kind(warning) == "" and severity(warning) == "doubt"
    assert status_of([warning]) == ("partial", warning)


def test_a_note_written_by_its_reader_and_the_kinds_are_one_list() -> None:
    assert severity(Note("a reading told for the record")) == "note"
    kinds = [kind for kind, _, _ in NOTE_KINDS]
    assert len(kinds) == len(set(kinds))
    # a Note that says something was kept aside is a doubt all the same
    assert severity(Note("a heading naming the list: its rows kept aside")) == "doubt"


def test_documents_csv_report_and_summary_show_the_split(tmp_path: Path) -> None:
    import planx
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "council.md").write_text(COUNCIL, encoding="utf-8")
    (folder / "rag.md").write_text(NUMBERED_RAG, encoding="utf-8")
    out = tmp_path / "out"
    summary = planx.convert(folder, out=out)
    assert (summary.ok, summary.noted, summary.partial) == (1, 1, 1)
    assert "1 ok (1 with notes), 1 partial" in summary.line()
    rows = {r["doc"]: r for r in csv.DictReader((out / "documents.csv").open(encoding="utf-8"))}
    assert rows["council.md"]["status"] == "ok" and rows["council.md"]["error"] == ""
    assert "financial year ending March" in rows["council.md"]["notes"]
    assert rows["rag.md"]["status"] == "partial" and rows["rag.md"]["notes"] == ""
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "<span>ok with notes: 1</span>" in page
    assert '<span class="noted"><b>Notes:</b> &#x27;2026/27&#x27; read' in page


def test_the_reports_doubts_column_leaves_out_the_notes() -> None:
    doc = {"doc": "a.md", "path": "a.md", "status": "partial", "error": "RAG '4' is a number",
           "warnings": "read as cp1252 (not UTF-8); RAG '4' is a number; table 1: x kept aside",
           "notes": "read as cp1252 (not UTF-8)", "pages": 1, "actions": 2, "milestones": 0, "indicators": 0,
           "text_accounted": 100.0, "seconds": 0.1, "format": "md"}
    assert report_doubts(doc) == "RAG '4' is a number; table 1: x kept aside"
    assert ('<td class="said">RAG &#x27;4&#x27; is a number; table 1: x kept aside<span class="noted"><b>Notes:</b> '
            'read as cp1252 (not UTF-8)</span></td>') in render([doc])
