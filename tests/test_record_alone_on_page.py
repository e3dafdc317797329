"""A commitments tracker whose records are too tall to share a page.

A status report prints '# | Commitment | About the Commitment | Status of Commitment | Original
Timeline' as a ruled grid; a record with two long paragraphs fills a page alone, so that page's grid
is one ruled row. Main took such a row for a frame and read its text as lines (the action lost), and
a row whose status cell is a narrative ('This commitment is IN PROGRESS. … in 2018 …') was shifted
two columns right, its commitment read as the status. extract/pdftables.record_row_alone keeps the
row a table (stitched to the one before); normalise/row_cells._alignment takes no evidence from
paragraphs.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import planx

HEAD = ["#", "Commitment", "About the Commitment", "Status of Commitment", "Original Timeline"]
LONG = ("The parties agreed to this commitment after a long review of the evidence gathered by the "
        "independent panel over the two years before the agreement was signed, and the council asked "
        "for a report on its progress every quarter. ")
STATUS = ("This commitment is {s}. The agreement contemplated a new programme beginning in 2018 after "
          "completion of a study. Instead of financing the work directly the company submitted a request "
          "for funding in 2019 and the fund approved a smaller project in 2020. ")


def _records(wordy: int) -> list[list[str]]:
    return [
        ["1", "Re-establish a grazing system to adjust for lost pasture", LONG, STATUS.format(s="DELAYED"),
         "Plan developed by Q4 2017"],
        ["2", "Request national government to allocate half of the water use fee", LONG * wordy,
         STATUS.format(s="DELAYED") * wordy, "Receive response by Q3 2017"],
        ["3", "Construct new hand wells across four districts", LONG * wordy, STATUS.format(s="IN PROGRESS") * wordy,
         "Begin well construction in 2018"],
        ["4", "Establish a well maintenance team", LONG, STATUS.format(s="COMPLETED"), "2018"],
    ]


def _pdf(path: Path, records: list[list[str]], widths: tuple[int, ...] = (30, 110, 250, 270, 90)) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=11)
    story: list[object] = [Paragraph("Commitments status report 2020", ParagraphStyle("t", fontSize=14, leading=18))]
    style = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    # the first page: the headings and record 1; then a page per tall record; then the last record
    pages = [[HEAD, records[0]], [records[1]], [records[2]], [records[3]]]
    for k, rows in enumerate(pages):
        table = Table([[Paragraph(v, body) for v in r] for r in rows], colWidths=list(widths), repeatRows=0)
        table.setStyle(style)
        story.append(table)
        if k < len(pages) - 1:
            story.append(PageBreak())
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(story)
    return path


@pytest.mark.parametrize("wordy", [1, 2])
def test_a_record_alone_on_its_page_stays_a_row_of_the_table(tmp_path: Path, wordy: int) -> None:
    result = planx.convert_file(str(_pdf(tmp_path / "status.pdf", _records(wordy))))
    got = [(a.action, a.due_raw) for a in result.actions]
    assert [g[0] for g in got] == [r[1] for r in _records(wordy)]
    assert [g[1] for g in got] == [r[4] for r in _records(wordy)]


def test_record_row_alone_needs_several_filled_cells_of_paragraphs() -> None:
    from planx.extract.pdftables import GridCell, record_row_alone

    def cells(texts: list[str]) -> list[GridCell]:
        out = []
        for k, t in enumerate(texts):
            c = GridCell(0, k, 1, 1, bbox=(k * 10.0, 0.0, k * 10.0 + 10, 10.0))
            c.text = t
            out.append(c)
        return out
    record = ["12", "Construct new hand wells", LONG, STATUS.format(s="IN PROGRESS"), "2018"]
    assert record_row_alone(cells(record), 1, 5)
    # near misses: a frame round two paragraphs, a row of short labels, two rows
    assert not record_row_alone(cells([LONG, LONG]), 1, 2)
    assert not record_row_alone(cells(["Name", "Date", "Signed", "Witness"]), 1, 4)
    assert not record_row_alone(cells(["12", "Construct new hand wells", "Some words", "2018"]), 1, 4)
    assert not record_row_alone(cells(record), 2, 5)


def test_a_narrative_status_gives_no_evidence_for_shifting_a_row() -> None:
    from planx.extract.model import Cell
    from planx.normalise.headers import Column, Header
    from planx.normalise.row_cells import realign
    header = Header([Column(0, 1, "area_ref", "#"), Column(1, 1, "action", "Commitment"),
                     Column(2, 1, "", "About the Commitment"), Column(3, 1, "status", "Status of Commitment"),
                     Column(4, 1, "due", "Original Timeline"), Column(5, 1, "", "2019 Status"),
                     Column(6, 1, "", "2020 Status")])
    row = [Cell(text="12", col=0), Cell(text="Construct new hand wells across 4 baghs (see #17)", col=1),
           Cell(text=LONG + " in 2018 and 2019", col=2), Cell(text=STATUS.format(s="IN PROGRESS"), col=3),
           Cell(text="Begin well construction in 2018", col=4)]
    assert [c.col for c in realign(row, header)] == [0, 1, 2, 3, 4]
    # a row that slid left by one, its short status and date under the wrong headings, is still shifted
    slid = [Cell(text="Review the policy", col=1), Cell(text="Complete", col=2), Cell(text="31/03/2025", col=3)]
    assert [c.col for c in realign(slid, header)] == [2, 3, 4]
