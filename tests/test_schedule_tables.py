"""A project's work plan in Markdown: a milestones table whose rows are broken over two source lines,
headed as a schedule of deliverables, opened and closed by the project's own start and end.

Shapes, rebuilt as synthetic files (a real work plan in a held-out set: 'Project Milestone | Milestone
Date | Notes' under a title that calls the project an analysis):

- a pipe row broken by a newline inside a cell ('| Interim deliverable 1:' over 'Stakeholder list |
  June 23, 2017 | … |'): the row goes on over the line that opens with no pipe (markdown.rejoined_row);
- a table headed as a schedule's items and their dates, most actions dated there: a plan whatever the
  title calls the document (kinds.tables_schedule_items);
- the rows 'Project start' and 'Project end' date the schedule; nothing is delivered by them
  (normalise/spanmarks.py).
"""
from __future__ import annotations

from pathlib import Path

from conftest import convert_text, grid

from planx.extract.markdown import parse_markdown_lines, rejoined_row
from planx.extract.model import Table
from planx.normalise.kinds import _schedule_heads
from planx.normalise.spanmarks import marks_span

PLAN = """# Market Analysis of the Regional Bus Timetable Portal

## Description

An intern will review how riders and staff use the timetable portal and what it should offer next.

## Milestones

| {item} | {date} | Notes |
| --- | --- | --- |
| Project start | March 6, 2023 |   |
| Interim deliverable 1:
Rider survey design | March 17, 2023 | {note} |
| Interim deliverable 2:
Staff interview schedule and contact list | March 24, 2023 |   |
| Interim deliverable 3:
Survey findings report | April 14, 2023 |   |
| Final deliverable:
Recommendations report | May 5, 2023 | {note} |
| Project end | May 5, 2023 |   |
"""

DELIVERABLES = [
    ("Interim deliverable 1: Rider survey design", "2023-03-17"),
    ("Interim deliverable 2: Staff interview schedule and contact list", "2023-03-24"),
    ("Interim deliverable 3: Survey findings report", "2023-04-14"),
    ("Final deliverable: Recommendations report", "2023-05-05"),
]


def _rows(text: str) -> list[list[str]]:
    doc = parse_markdown_lines(text.splitlines(), name="plan.md")
    return [[c.text for c in r.cells] for b in doc.blocks if isinstance(b, Table) for r in b.rows]


def test_a_pipe_row_broken_over_two_lines_is_joined_back() -> None:
    rows = _rows(PLAN.format(item="Project Milestone", date="Milestone Date", note="Drafted with the team"))
    assert rows[2] == ["Interim deliverable 1: Rider survey design", "March 17, 2023", "Drafted with the team"]
    assert len(rows) == 7 and all(len(r) == 3 for r in rows)


def test_a_row_is_joined_only_while_no_wider_than_the_heading() -> None:
    lines = ["| a:", "b | c |", "| d | e |"]
    assert rejoined_row(lines, 0, 2) == ("| a: b | c |", 2)
    # the next line would make the row wider than the heading: a paragraph after the table, not the row's
    assert rejoined_row(["| a", "b | c | d | e |"], 0, 2) == ("| a", 1)
    # a table whose heading row is not walled by pipes joins nothing
    assert rejoined_row(lines, 0, 0) == ("| a:", 1)
    # a row closed by its pipe is whole
    assert rejoined_row(["| a | b |", "text"], 0, 3) == ("| a | b |", 1)


def test_a_schedule_of_deliverables_is_a_plan_whatever_the_title(tmp_path: Path) -> None:
    # no notes: no row says who or how it stands, yet the headings set out what is due by when
    text = PLAN.format(item="Project Milestone", date="Milestone Date", note="")
    result = convert_text(tmp_path, "portal_analysis.md", text)
    assert result.status != "failed", result.error
    assert [(a.action, a.due_date) for a in result.actions] == DELIVERABLES
    assert any("start or end" in w for w in result.warnings)


def test_without_schedule_headings_the_title_still_decides(tmp_path: Path) -> None:
    # the same rows under headings that name tasks and dates, no deliverables nor milestones: the
    # analysis's table says neither who nor how each stands, and the title decides
    result = convert_text(tmp_path, "portal_analysis.md", PLAN.format(item="Task", date="Date", note=""))
    assert result.status == "failed" and "calls it 'analysis'" in (result.error or "")


def test_schedule_headings_name_items_and_dates() -> None:
    assert _schedule_heads(grid(["Project Milestone", "Milestone Date", "Notes"]))
    assert _schedule_heads(grid(["Key deliverables", "Due date"]))
    # dates alone, or a milestone's date heading without an items' column, make no schedule
    assert not _schedule_heads(grid(["Topic", "Milestone Date", "Notes"]))
    assert not _schedule_heads(grid(["Deliverables", "Description"]))


def test_a_row_marking_the_projects_span_is_no_deliverable() -> None:
    assert marks_span("Project start") and marks_span("Project End") and marks_span("Contract end date")
    assert marks_span("Programme kick-off")
    assert not marks_span("Start the tenant survey") and not marks_span("End of project deliverable: Final report")
    assert not marks_span("Project board")


def test_a_span_mark_alone_in_its_table_stays(tmp_path: Path) -> None:
    text = "# Delivery plan\n\n| Milestone | Due date |\n| --- | --- |\n| Project start | March 6, 2023 |\n"
    result = convert_text(tmp_path, "plan.md", text)
    assert [a.action for a in result.actions] in ([], ["Project start"])
    assert not any("start or end" in w for w in result.warnings)
