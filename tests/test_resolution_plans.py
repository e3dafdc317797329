"""An accessibility plan's table: 'Identified issue | Who it may affect | Resolution | Completion
time-frame', no column headed as the action and no owner.

- the resolution column says what will be done about each issue: with no heading naming the
  action, it is the action (headers._resolution_as_action), not the issue column beside it;
- 'Who it may affect' asks who is affected (the people the plan is for), not who acts;
- a compound printed apart or hyphenated ('time-frame', 'time scale') is the heading's head word;
- a time-frame cell that says how the work stands before its date ('Completed May 2019') gives the
  status, the whole cell staying the due as printed (columns.status_then_when).
A risk register's treatment column and a log's one-word outcomes are left as they were.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import read

import planx
from planx.normalise.columns import status_then_when
from planx.normalise.headers import read_header, read_heading

HEAD = ["Issue found", "Who it may affect", "Resolution", "Completion time-frame"]
ROWS = [
    ["Step at the hall entrance is too steep", "Wheelchair users.", "Fit a portable ramp at the hall door",
     "Completed March 2022"],
    ["Glare on the whiteboard in room 4", "Pupils with visual impairment", "Install blinds on the south windows",
     "Done - 14/07/2022"],
    ["Library shelves too high to reach", "Pupils of short stature",
     "Lower the top two shelves and add a kick stool", "September 2023"],
    ["No hearing loop in the office", "Visitors with hearing loss", "Buy and fit a portable hearing loop",
     "As and when the need arises"],
]


def _cells(head: list[str]) -> list[tuple[int, int, str]]:
    return [(k, 1, text) for k, text in enumerate(head)]


def _below(rows: list[list[str]]) -> list[list[tuple[int, str]]]:
    return [list(enumerate(r)) for r in rows]


def test_who_it_affects_names_no_one_who_acts() -> None:
    for label in ("Who it may affect", "Who will benefit", "Who benefits"):
        assert read_heading(label)[0].field == "", label
    assert read_heading("Who")[0].field == "lead"
    assert read_heading("Who will do it")[0].field == "lead"


@pytest.mark.parametrize("label", ["Completion time-frame", "Delivery time frame", "Review time-scale",
                                   "Time-frame"])
def test_a_compound_printed_apart_is_the_head_word(label: str) -> None:
    top = read_heading(label)[0]
    assert top.field == "due" and top.score >= 90, (label, top)


def test_the_resolution_is_the_action_when_no_heading_names_one() -> None:
    header = read_header(_cells(HEAD), _below(ROWS[:3]), first=True, evidence=_below(ROWS))
    assert header is not None
    fields = {c.label: c.field for c in header.columns}
    assert fields["Resolution"] == "action"
    assert fields["Issue found"] != "action"
    assert fields["Completion time-frame"] == "due"
    assert fields["Who it may affect"] not in ("lead", "responsible")


def test_a_resolution_beside_an_action_column_stays_aside() -> None:
    head = ["Action", "Owner", "Due", "Resolution"]
    rows = [["Publish the revised policy", "Head of HR", "May 2025", "Agree a new date with the board"],
            ["Train all managers", "L&D lead", "June 2025", "Move the course online to catch up"]]
    header = read_header(_cells(head), _below(rows), first=True, evidence=_below(rows))
    assert header is not None
    fields = {c.label: c.field for c in header.columns}
    assert fields["Action"] == "action" and fields["Resolution"] == "resolution"


def test_one_word_resolutions_are_no_actions() -> None:
    head = ["Issue", "Resolution", "Date"]
    rows = [["Printer jam", "Resolved", "May 2025"], ["Login fails", "Closed", "June 2025"],
            ["Slow network", "Open", "July 2025"]]
    header = read_header(_cells(head), _below(rows), first=True, evidence=_below(rows))
    assert header is None or {c.label: c.field for c in header.columns}.get("Resolution") != "action"


def test_a_risk_registers_mitigation_is_left_to_the_register_reader() -> None:
    head = ["Risk", "Likelihood", "Mitigation", "Review date"]
    rows = [["Loss of key staff", "High", "Cross-train two members of each team", "May 2025"],
            ["Budget overspend", "Medium", "Monthly review of spend against forecast", "June 2025"]]
    header = read_header(_cells(head), _below(rows), first=True, evidence=_below(rows))
    assert header is None or {c.label: c.field for c in header.columns}.get("Mitigation") != "action"


@pytest.mark.parametrize(("cell", "status"), [
    ("Completed March 2022", "complete"), ("Done - 14/07/2022", "complete"),
    ("Delayed: Autumn 2024", "delayed"), ("Not yet started Sept 2025", "not_started"),
    ("September 2023", ""), ("As and when the need arises", ""), ("Complete", ""),
    ("Review May 2024", ""), ("Completed\nMay 2024", ""),
])
def test_a_status_printed_before_the_date(cell: str, status: str) -> None:
    assert status_then_when(cell) == status


def _word(path: Path) -> None:
    import docx
    doc = docx.Document()
    doc.add_heading("Accessibility Plan 2022-2025", 1)
    doc.add_paragraph("This plan sets out how the school will improve access for disabled pupils, staff "
                      "and visitors over the next three years.")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(HEAD))
    for k, text in enumerate(HEAD):
        table.cell(0, k).text = text
    for r, row in enumerate(ROWS, 1):
        for k, text in enumerate(row):
            table.cell(r, k).text = text
    doc.save(str(path))


def test_an_access_plan_in_word_reads_its_resolutions(tmp_path: Path) -> None:
    src = tmp_path / "access_plan.docx"
    _word(src)
    planx.convert([src], out=tmp_path / "out")
    actions = read(tmp_path / "out", "actions")
    assert [a["action"] for a in actions] == [r[2] for r in ROWS]
    assert [a["due_raw"] for a in actions] == [r[3] for r in ROWS]
    assert [a["due_date"] for a in actions] == ["2022-03", "2022-07-14", "2023-09", ""]
    assert [a["status"] for a in actions] == ["complete", "complete", "", ""]
    assert all(not a["lead"] and not a["responsible"] for a in actions)
    aside = {r["text"] for r in read(tmp_path / "out", "leftovers")}
    assert {r[0] for r in ROWS} <= aside | {a["area"] for a in actions}
    assert {r[1] for r in ROWS} <= aside
    docs = read(tmp_path / "out", "documents")
    assert "before a due cell's date" in docs[0]["warnings"]
