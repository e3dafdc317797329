"""A memo's requirements tracker is a plan's table, whatever the memo calls itself.

US OMB memos append 'Requirements tracker' tables in Markdown (policy.cio.gov, public domain):
'Number | Action | Deadline | Responsible Party', most deadlines 'Ongoing'; one written without the
'|---|' delimiter row, cells broken by '<br>'. A pipe table without its delimiter row is still a grid
to a reader (extract/markdown.is_bare_table), and a table whose own headings name the actions, who and
by when asks what a plan's does, so a title word such as 'requirements' does not refuse it
(normalise/kinds.tables_head_plan). Synthetic files of the same shape.
"""
from __future__ import annotations

from conftest import convert_text

from planx.extract.markdown import is_bare_table, parse_markdown_lines
from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise.kinds import refuse, tables_head_plan
from planx.normalise.records import Action

BARE = """---
title: Appendix B- Requirements Tracker
---

This Appendix documents specific action items including deadlines and action item owners.

|Action|Deadline|Who is responsible?|
|Identify agency senior officials and the lead office.|January 15, 2017|All agencies|
| Provide a prioritized list of assets to DHS.| January 15, 2017 | All agencies|
|Conduct assessments<br>Conduct risk assessments.<br>Create a remediation plan.|Ongoing|All agencies;<br>DHS|
|Coordinate with OMB for tracking of agency progress.|Ongoing|DHS or other assessor|
"""

TRACKER = """---
title: APPENDIX A:FY 2016-2017 REQUIREMENTS TRACKER
---

This Appendix documents specific action items including deadlines and action item owners.

| Number | Action | Deadline | Responsible Party |
|--------|--------|----------|-------------------|
| #1 | Report agency performance against the annual metrics. | November 10, 2016 | All agencies |
| #2 | Deliver the agency annual report to Congress. | March 1, 2017 | All agencies |
| #3 | Report major incidents to Congress within seven days. | On Going | All agencies |
| #4 | Notify OMB within one hour of notifying DHS of a major incident. | Ongoing | DHS |
| #5 | Notify affected individuals without unreasonable delay. | Ongoing | All agencies |
| #6 | Validate that the data provided is correct and up to date. | 20th day of each quarter | All agencies |
"""


def test_a_pipe_table_without_its_delimiter_row_is_a_table():
    lines = BARE.splitlines()
    at = next(n for n, line in enumerate(lines) if line.startswith("|Action"))
    assert is_bare_table(lines, at)
    assert not is_bare_table(lines, at + 1)  # a row inside the run is no table's start
    doc = parse_markdown_lines(lines, name="b.md")
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 1 and len(tables[0].rows) == 5
    assert [c.text for c in tables[0].rows[0].cells] == ["Action", "Deadline", "Who is responsible?"]
    assert tables[0].rows[0].repeated_header
    assert tables[0].rows[3].cells[0].text.splitlines()[1] == "Conduct risk assessments."


def test_two_walled_lines_or_lines_of_unequal_cells_are_no_bare_table():
    assert not is_bare_table(["|a|b|", "|c|d|", "text"], 0)
    assert not is_bare_table(["|a|b|", "|c|d|e|", "|f|g|"], 0)
    assert not is_bare_table(["a | b", "c | d", "e | f"], 0)  # not walled: prose with pipes


def test_the_bare_table_gives_the_actions(tmp_path):
    r = convert_text(tmp_path, "appendix-b.md", BARE)
    assert len(r.actions) == 4
    assert r.actions[0].due_date == "2017-01-15" and r.actions[0].lead == "All agencies"
    assert r.actions[-1].lead == "DHS or other assessor"


def test_a_requirements_tracker_headed_action_deadline_responsible_is_a_plan(tmp_path):
    # main refused it: "the document's title calls it 'requirements', not a plan", 2 of 6 dated
    r = convert_text(tmp_path, "appendix-a.md", TRACKER)
    assert len(r.actions) == 6
    assert [a.due_date for a in r.actions[:2]] == ["2016-11-10", "2017-03-01"]
    assert r.actions[3].lead == "DHS"


def _doc(title: str, header: list[str]) -> RawDocument:
    rows = [Row([Cell(t, k) for k, t in enumerate(header)], 1, 2)]
    return RawDocument(name="x.md", path="x.md", format="md", pages=1,
                       blocks=[Paragraph(text=title, page=1, line=1, heading=True),
                               Table(rows=rows, page=1, index=1)])


def _acts(n: int) -> list[Action]:
    return [Action(action=f"Review the procedure for step {k}", lead="All agencies", table=1) for k in range(n)]


def test_only_a_table_heading_actions_who_and_when_outweighs_the_title():
    tracker = _doc("Requirements", ["Action", "Deadline", "Responsible Party"])
    assert tables_head_plan(tracker, _acts(4)) and refuse(tracker, _acts(4)) == ""
    # who without when, or no column named as the actions: the guide's table stays refused
    assert refuse(_doc("Requirements", ["Action", "Responsible Party", "Notes"]), _acts(4))
    assert refuse(_doc("Staff guidance", ["Step", "Deadline", "Responsible Party"]), _acts(4))


METRICS = """---
title: Metric Target Values
---

Agencies shall meet the following targets by the end of fiscal year 2018:

| Metric | Definition | Calculation| FYE 2018 Target Value|
|---|---|---|
| Energy Metering | (%) Percent of total gross floor area with power metering. | Metered GFA / Total GFA | 100% |
| Virtualization | (Ratio) Ratio of operating systems to physical servers. | Total OS / Total Physical Servers | 4 |
| Facility Utilization | (%) Portion of floor area actively used for racks. | Active Rack Count * 30 / Total GFA | 80% |
"""


def test_a_delimiter_row_short_of_the_headings_cells_still_makes_a_table():
    # the heading and every row have four cells, the delimiter three (the memo's own source): a table
    lines = METRICS.splitlines()
    doc = parse_markdown_lines(lines, name="targets.md")
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 1 and [len(r.cells) for r in tables[0].rows] == [4, 4, 4, 4]
    # rows of another width under it: no table (prose that happens to hold pipes)
    assert not any(isinstance(b, Table) for b in parse_markdown_lines(
        ["| a | b | c |", "|---|---|", "| x | y |"], name="x.md").blocks)


def test_a_target_value_heading_is_the_target(tmp_path):
    from planx.normalise.headers import indicator_role
    assert indicator_role("FYE 2018 Target Value")[0] == "target"
    assert indicator_role("Baseline value")[0] != "value"  # a baseline is no latest figure
    assert indicator_role("Current value") == ("value", 0.9)  # a qualifier of the same role changes nothing
    r = convert_text(tmp_path, "targets.md", METRICS)
    assert r.actions == []
    assert [(i.indicator, i.target, i.value) for i in r.indicators] == [
        ("Energy Metering", "100%", ""), ("Virtualization", "4", ""), ("Facility Utilization", "80%", "")]
