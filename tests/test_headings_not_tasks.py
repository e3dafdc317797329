"""Headings read by meaning, not by their first words: a cell that opens with a heading's word but reads
as a task or a sentence ('Feedback to parents on …', 'Actions from the audit were …', 'Status report to
Cabinet …') is content, and a row is a heading row only when its cells read as headings; a short cell
that is a heading phrase ('For', 'Feedback', 'By when?', 'Who', 'Lead officer(s)') stays a heading.

Synthetic action logs of the shape that once lost actions: small tables with no heading row under topic
paragraphs (`task | owner's initials | status`), the first table's one task opening with a heading word.
Main at 73b7bbe read 'Actions from the audit …' and 'Progress report to the board' as heading rows (a
log's first task lost, or the whole log), and kept 'Feedback …' a task only by a list of such words.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from planx.normalise.headers import DECENT, classify, read_header
from planx.pipeline import convert_file

FIRST_TASKS = [
    "Feedback to parents on the outcome of the admissions consultation",
    "Feedback to parents on admissions",
    "Actions from the audit were shared with every school governing body",
    "Actions from the audit",
    "Lead the review of the attendance policy with head teachers",
    "Owner engagement sessions with tenants in each ward of the borough",
    "Status report to Cabinet on the progress of the savings programme",
    "Progress report to the board",
    "Timescales agreed with partners for the new early help service",
]
OTHER_TASKS = [("Publish the revised admissions arrangements on the website", "PN", "Ongoing"),
               ("Train all designated safeguarding leads in the new procedure", "TA", "New")]


def _log(first: str) -> list[tuple[str, list[tuple[str, str, str]]]]:
    return [("Secretariat", [(first, "HS", "Completed")]), ("Schools", OTHER_TASKS), ("Housing", OTHER_TASKS[::-1])]


def _docx_log(path: Path, first: str) -> Path:
    from docx import Document
    d = Document()
    d.add_heading("Action log 12 March 2025", 1)
    for topic, rows in _log(first):
        d.add_paragraph(topic)
        table = d.add_table(rows=len(rows), cols=3)
        for row, cells in zip(table.rows, rows, strict=True):
            for cell, text in zip(row.cells, cells, strict=True):
                cell.text = text
    d.save(str(path))
    return path


def _text_log(path: Path, first: str) -> Path:
    lines = ["Action log 12 March 2025", ""]
    for topic, rows in _log(first):
        lines += [topic, *("\t".join(r) for r in rows), ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("make", [_docx_log, _text_log], ids=["docx", "txt"])
@pytest.mark.parametrize("first", FIRST_TASKS)
def test_a_first_task_opening_with_a_heading_word_stays_a_task(tmp_path: Path, make, first: str):
    path = make(tmp_path / ("log.docx" if make is _docx_log else "log.txt"), first)
    actions = [(a.action, a.status_raw) for a in convert_file(path).actions]
    assert actions[0] == (first, "Completed")
    assert len(actions) == 5


def test_short_heading_phrases_read_as_headings_and_tasks_opening_so_do_not():
    for heading, name in (("For", "lead"), ("Feedback", "progress"), ("By when?", "due"), ("Who", "lead"),
                          ("Lead officer(s)", "lead"), ("Status", "status"), ("Feedback received", "progress"),
                          ("Target date for completion", "due")):
        assert classify(heading)[0] == name and classify(heading)[1] >= DECENT, heading
    # a preposition governs the words after it; a near spelling of a three-letter word is another word
    for heading in ("For information", "For decision", "Four"):
        assert classify(heading)[0] != "lead", heading
    # a sentence (a finite verb, a full stop) is no heading; a question is a heading's form
    assert classify("Actions from the audit were shared with staff.")[1] < DECENT
    assert classify("Status of the review is agreed with partners")[1] < DECENT
    # a full stop alone makes no sentence: a heading may end in one
    assert classify("Target date for completion.")[0] == "due"
    assert classify("Lead officer for the review.")[0] == "lead"
    assert classify("What will be done?")[0] == "action"
    assert classify("Actions we will take")[0] == "action"
    # many words after the synonym read as a task's, not as a heading qualified
    assert classify("Owner engagement sessions with tenants in each ward")[1] < DECENT


def test_a_long_cell_beside_values_is_no_heading_row_but_beside_headings_it_is():
    assert read_header([(0, 1, "Actions from the audit"), (1, 1, "HS"), (2, 1, "Completed")], first=True) is None
    assert read_header([(0, 1, "Progress report to the board"), (1, 1, "J Smith"), (2, 1, "31/03/2025")],
                       first=True) is None
    header = read_header([(0, 1, "Action to be taken to address the issue"), (1, 1, "Lead"), (2, 1, "Date")],
                         first=True)
    assert header is not None and header.fields() == ["action", "lead", "due"]
    header = read_header([(0, 1, "Issue"), (1, 1, "For"), (2, 1, "Action"), (3, 1, "Feedback")], first=True)
    assert header is not None and {"lead", "action", "progress"} <= set(header.fields())


def test_headings_set_side_by_side_in_a_long_cell_are_a_heading_row():
    # the long cell is two headings parted by a slash, beside headings read less surely ('Purpose',
    # 'Priorities'): a heading row, not a first task beside its owner and status
    header = read_header([(0, 1, "Purpose"), (1, 1, "Priorities"), (2, 1, "Success measures/Performance criteria")],
                         first=True)
    assert header is not None and "measure" in header.fields()
    # a task with a slash in it is no pair of headings: still a task beside values
    assert read_header([(0, 1, "Actions from the audit/review of schools"), (1, 1, "HS"), (2, 1, "Completed")],
                       first=True) is None


@pytest.mark.parametrize("fmt", ["docx", "txt"])
def test_true_heading_rows_stay_headings(tmp_path: Path, fmt: str):
    head = ["Action", "Lead officer(s)", "By when?", "Feedback"]
    rows = [("Feedback to parents on the outcome of the consultation", "Owen Baptiste", "28/02/2025", "Sent"),
            ("Publish the revised admissions arrangements", "Priya Nair", "30/06/2025", "Drafted")]
    path = tmp_path / f"plan.{fmt}"
    if fmt == "docx":
        from docx import Document
        d = Document()
        d.add_heading("Improvement plan 2025", 1)
        table = d.add_table(rows=3, cols=4)
        for row, cells in zip(table.rows, [head, *rows], strict=True):
            for cell, text in zip(row.cells, cells, strict=True):
                cell.text = text
        d.save(str(path))
    else:
        path.write_text("Improvement plan 2025\n\n" + "\n".join("\t".join(r) for r in [head, *rows]) + "\n",
                        encoding="utf-8")
    got = [(a.action, a.lead, a.due_raw, a.progress) for a in convert_file(path).actions]
    assert got == list(rows)
