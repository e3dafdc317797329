"""Plans whose print or scan loses a little of what a reader still sees:

- a heading whose words a scan ran together ('Originaldue' for 'Original due date' over two lines):
  parted into two common words, it reads as the heading it is (headers.unglued_heading);
- a speck a scan reads as ':' beside a band's title: the band is still a row of one cell
  (pdfocr.without_speck_cells);
- the last line of a table's last cell carried alone onto the next page (too little for the table
  engine to read as the table going on): joined to the cell it ends (pdf.cells_rejoined);
- a CQC inspection's numbered must-do over the provider's actions answering it ('Must-do 2:
  Medicines management'): the area, its label and number left out of its title;
- a band numbered with no stop ('5 Fire doors') over rows whose first cell opens with references
  under it ('5.1 Three doors …', a scan's reference column run into the next): the area numbered 5.
All the documents are made up here (python-docx, reportlab).
"""
from __future__ import annotations

from pathlib import Path

import test_area_rows as area_rows
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

import planx
from planx.extract.model import Paragraph, Table
from planx.extract.pdf import parse_pdf
from planx.extract.pdfocr import without_speck_cells
from planx.extract.pdftables import FoundTable, GridCell
from planx.normalise.headers import classify, unglued_heading


def test_a_heading_run_together_reads_once_parted() -> None:
    assert unglued_heading("Originaldue") == "Original due"
    assert classify("Originaldue")[0] == "due"
    assert classify("Leadofficer")[0] == "lead"
    # words the lexicon knows stay whole, and a heading that reads already is read as it is
    assert unglued_heading("Resources") is None and classify("Resources")[0] == ""
    assert unglued_heading("Target date") is None


def test_a_cell_of_specks_is_empty() -> None:
    cells = [GridCell(0, 0, 1, 1, "5 Fire doors and compartments"), GridCell(0, 1, 1, 1, ":"),
             GridCell(0, 2, 1, 1, " . "), GridCell(1, 0, 1, 1, "5.1"), GridCell(1, 1, 1, 1, "-"),
             GridCell(1, 2, 1, 1, "M")]
    table = without_speck_cells(FoundTable((0.0, 0.0, 10.0, 10.0), cells, 2, 3, False))
    assert [c.text for c in table.cells] == ["5 Fire doors and compartments", "", "", "5.1", "-", "M"]


COLUMNS = [40, 90, 420, 560, 700]  # Ref | Action | Lead | Due, ruled
ROW_LINES = 4
LEADING = 12.0


def _cell_cut_over_page(path: Path, rest: str) -> Path:
    """A ruled table that fills its page, its last action's last line alone on the next page, at the
    action column's left edge, under the page's running header."""
    c = canvas.Canvas(str(path), pagesize=landscape(A4))
    c.drawString(40, 570, "Ashdown Community Trust - OFFICIAL")
    height = ROW_LINES * LEADING + 6
    y = 540.0
    rows = [["Ref", ["Action"], "Lead", "Due"]]
    rows += [[f"1.{i}", ["Agree with the borough partners how", "referrals are shared and recorded",
                         "in the case record, including"], f"Officer {i}", "May 2027"] for i in range(1, 10)]
    for ref, lines, lead, due in rows:
        for x0, x1 in zip(COLUMNS, COLUMNS[1:], strict=False):
            c.rect(x0, y - height, x1 - x0, height)
        c.drawString(COLUMNS[0] + 3, y - 11, ref)
        for i, line in enumerate(lines):
            c.drawString(COLUMNS[1] + 3, y - 11 - i * LEADING, line)
        c.drawString(COLUMNS[2] + 3, y - 11, lead)
        c.drawString(COLUMNS[3] + 3, y - 11, due)
        y -= height
    c.showPage()
    c.drawString(40, 570, "Ashdown Community Trust - OFFICIAL")
    c.drawString(COLUMNS[1] + 3, 520, rest)
    c.showPage()
    c.save()
    return path


def test_a_cells_last_line_alone_on_the_next_page_joins_it(tmp_path: Path) -> None:
    doc = parse_pdf(_cell_cut_over_page(tmp_path / "cut.pdf", "attendance at the weekly meetings."))
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 1
    last = tables[0].rows[-1]
    action = next(c.text for c in last.cells if c.col == 1)
    assert " ".join(action.split()).endswith("case record, including attendance at the weekly meetings.")
    assert not any(isinstance(b, Paragraph) and "weekly meetings" in b.text for b in doc.blocks)


def test_a_sentence_of_its_own_on_the_next_page_stays_apart(tmp_path: Path) -> None:
    doc = parse_pdf(_cell_cut_over_page(tmp_path / "new.pdf", "Signed on behalf of the board."))
    assert any(isinstance(b, Paragraph) and "Signed on behalf" in b.text for b in doc.blocks)


HEAD = ["Ref", "Action", "Lead", "Original due date", "Revised due date", "Status"]


def _actions(tmp_path: Path, rows: list[list[str] | str], head: list[str]) -> list:
    plan = area_rows.word_plan(tmp_path / "plan.docx", rows, head=head, title="Ward Quality Improvement Plan")
    return planx.convert_file(str(plan)).actions


def test_a_must_do_over_its_actions_is_their_area(tmp_path: Path) -> None:
    rows: list[list[str] | str] = [
        "Must-do 1: Safe staffing on the children's wards",
        ["1.1", "Recruit to the nurse vacancies on the day unit.", "Matron", "Mar-26", "", "In progress"],
        ["1.2", "Review the rota against the acuity tool.", "Ward Manager", "Jan-26", "Apr-26", "Not started"],
        "Should-do 2: Learning from incidents",
        ["2.1", "Share the learning from incidents at each huddle.", "Governance Lead", "Feb-26", "", "Done"],
    ]
    got = [(a.area_ref, a.area) for a in _actions(tmp_path, rows, HEAD)]
    assert got == [("1", "Safe staffing on the children's wards")] * 2 + [("2", "Learning from incidents")]


def test_a_band_numbered_without_a_stop_over_references_run_into_findings(tmp_path: Path) -> None:
    head = ["Ref and finding", "Action required", "By whom", "By when"]
    rows: list[list[str] | str] = [
        "4 Means of escape",
        ["4.1 The corridor by the laundry is partly blocked.", "Clear the corridor and check it daily.",
         "Site Manager", "30/11/2025"],
        ["4.2 The garden exit is locked with a key.", "Fit a thumb-turn lock to the garden exit.",
         "Site Manager", "31/01/2026"],
        "5 Fire doors",
        ["5.1 Two bedroom doors do not close fully.", "Adjust the self-closing devices on both doors.",
         "Facilities", "31/12/2025"],
        ["5.2 Pipes pass through the ceiling unsealed.", "Fire-stop the openings round the pipes.",
         "Facilities", "28/02/2026"],
    ]
    got = [(a.area_ref, a.area) for a in _actions(tmp_path, rows, head)]
    assert got == [("4", "Means of escape")] * 2 + [("5", "Fire doors")] * 2
