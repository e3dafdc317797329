"""Action trackers exported from a list (issue 14, realdocs dev4): a SharePoint or spreadsheet list
of a strategic plan's actions, one row each under 'Pillar | Action ID | Launch Date | Status |
Action | Cabinet Lead 1 | Cabinet Lead 2 | Project Lead 1 | … | Modified By'.

The shapes, and those they must leave alone:
- a heading that reads surely as a field another column took ('Cabinet Lead 2' beside 'Cabinet
  Lead 1') is understood, so the row still reads as headings;
- a row whose first cell is its area ('Pillar 1') with its own reference, date and status before
  the action is a data row, while a banner whose title follows its label straight ('Priority 3 |
  Improve attendance') still heads the rows below.
The real tracker (licence unknown) stays outside the repository; the tests build the same shapes."""
from __future__ import annotations

from planx.extract.model import Cell, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.headers import read_header

HEADINGS = ["Pillar", "Action ID", "Launch Date", "Status", "Action", "Cabinet Lead 1", "Cabinet Lead 2",
            "Project Lead 1", "Project Lead 2", "Modified By"]


def row(texts: list[str], line: int) -> Row:
    return Row([Cell(t, k) for k, t in enumerate(texts)], page=1, line=line)


def tracker_rows() -> list[list[str]]:
    return [
        ["Pillar 1", "P1.F2.A1", "07/01/2025", "In Progress",
         "Implement the literacy coaching model in every region", "A. Lee", "B. Moss", "C. Diaz", "", "D. Kay"],
        ["Pillar 1", "P1.F2.A2", "08/15/2025", "Complete",
         "Publish the statewide reading dashboard", "A. Lee", "", "E. Fox", "F. Ng", "D. Kay"],
        ["Pillar 2", "P2.F1.A1", "09/01/2025", "Not Started",
         "Review the teacher licensure pathways with partners", "G. Hart", "H. Ives", "", "", "D. Kay"],
    ]


def test_a_tracker_heading_row_with_two_leads_reads_as_headings():
    below = [[(k, t) for k, t in enumerate(r)] for r in tracker_rows()]
    header = read_header([(k, 1, h) for k, h in enumerate(HEADINGS)], below=below)
    assert header is not None
    fields = {c.label: c.field for c in header.columns}
    assert fields["Action"] == "action" and fields["Status"] == "status"


def test_rows_opening_with_their_pillar_are_actions_not_banners():
    table = Table([row(HEADINGS, 1)] + [row(r, k + 2) for k, r in enumerate(tracker_rows())], page=1, index=1)
    result = normalise(RawDocument(path="", name="tracker.xlsx", format="xlsx", blocks=[table]))
    assert [a.action for a in result.actions] == [r[4] for r in tracker_rows()]
    assert [a.status for a in result.actions] == ["in_progress", "complete", "not_started"]


def test_a_banner_whose_title_follows_its_label_still_heads_the_rows():
    table = Table([row(["Priority", "Action", "Lead", "Due"], 1),
                   row(["Priority 3", "Improve attendance", "", "Ms Patel"], 2),
                   row(["", "Call families on the first day of absence", "Attendance officer", "April 2026"], 3),
                   row(["", "Publish attendance figures each half term", "Data manager", "July 2026"], 4)],
                  page=1, index=1)
    result = normalise(RawDocument(path="", name="plan.docx", format="docx", blocks=[table]))
    assert [a.action for a in result.actions] == ["Call families on the first day of absence",
                                                  "Publish attendance figures each half term"]


def test_a_banner_cut_across_cells_is_still_a_banner():
    # a text conversion cuts 'AREA FOR IMPROVEMENT 4: Robustly challenge …' across the columns;
    # its first cell has no number of its own, so it is no 'Pillar 1' row
    table = Table([row(["Area", "Outcome", "Action", "Measure", "Due", "Lead"], 1),
                   row(["AREA FOR IMPROVE", "MENT 4: Robustly cha", "llenge commissioners to ensur",
                        "e that medical examin", "ations are conducted", "Alison Botham"], 2),
                   row(["", "Children are seen promptly", "Arrange a meeting with the CCG", "Waiting times",
                        "June 2015", "Head of Service"], 3),
                   row(["", "Children feel safe", "Revise the contract", "", "July 2015", "Head of Service"], 4)],
                  page=1, index=1)
    result = normalise(RawDocument(path="", name="plan.txt", format="txt", blocks=[table]))
    assert [a.action for a in result.actions] == ["Arrange a meeting with the CCG", "Revise the contract"]
    assert {a.area_ref for a in result.actions} == {"4"}
