"""A table whose status cells are set sideways, each turned a quarter in its row, in a ruled and in a
borderless landscape PDF: each turned text is its own row's cell. Turned texts stacked down one column a
row apart are parted where the gap between them is wider than any word space (extract/pdfgeom.py
sideways_words); a ruled table reads each where it falls, a borderless one takes each as a word of its
row, as upright text stands on either side of it (extract/pdfturned.py turned_in_rows)."""
from __future__ import annotations

from pathlib import Path

import pytest

import planx
from planx.extract.pdfgeom import Word
from planx.extract.pdfturned import turned_in_rows

ROWS = [
    ("R1", "Embed consent recording so that the reason for every contact is on the file", "Helen Marsh",
     "30/11/2025", "Ongoing", "Draft agreed with partners."),
    ("R2", "Screen every contact to the front door within 24 hours", "Ayesha Rahman", "28/02/2025", "Delayed",
     "Slipped; revised timetable to Board."),
    ("R3", "Audit the quality of strategy discussions monthly", "Gareth Lloyd", "30/04/2025", "Not started",
     "Awaiting recruitment of project lead."),
    ("R4", "Introduce a fair access protocol agreed by all secondary heads", "Martin Shaw", "31/01/2025",
     "Completed", "Done; evidence held on file."),
    ("R5", "Develop a local offer for care leavers", "Karen Doyle", "31/05/2025", "On track",
     "Work under way; first phase delivered."),
]


def _pdf(path: Path, ruled: bool) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

    class Turned(Flowable):
        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

        def wrap(self, aw, ah):
            from reportlab.pdfbase.pdfmetrics import stringWidth
            return 10, stringWidth(self.text, "Helvetica", 8)

        def draw(self):
            c = self.canv
            c.saveState()
            c.setFont("Helvetica", 8)
            c.rotate(90)
            c.drawString(0, -8, self.text)
            c.restoreState()

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    rows: list[list] = [["Ref", "Recommendation / action", "Lead", "Due", "Status", "Comments"]]
    for ref, action, lead, due, status, comment in ROWS:
        rows.append([ref, Paragraph(action, body), lead, due, Turned(status), Paragraph(comment, body)])
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTSIZE", (0, 0), (-1, -1), 8),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if ruled:
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    table = Table(rows, colWidths=[1.2 * cm, 9 * cm, 3.5 * cm, 2.5 * cm, 1.8 * cm, 7 * cm])
    table.setStyle(TableStyle(style))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4))
    doc.build([Paragraph("Safeguarding Peer Review: Action Plan", styles["Title"]), table])


@pytest.mark.parametrize("ruled", [True, False])
def test_status_cells_set_sideways_are_each_their_rows(tmp_path, ruled):
    path = tmp_path / ("ruled.pdf" if ruled else "borderless.pdf")
    _pdf(path, ruled)
    result = planx.convert_file(str(path))
    got = [(a.action[:20], a.status_raw, a.progress) for a in result.actions]
    assert got == [(action[:20], status, comment) for _, action, _, _, status, comment in ROWS]


def _word(text: str, x0: float, x1: float, top: float, bottom: float) -> Word:
    return Word(text, x0, x1, top, bottom, 8.0)


def test_a_turned_text_with_text_on_both_sides_is_a_word_of_its_row():
    status = _word("Delayed", 545.0, 553.0, 130.0, 160.0)
    row = [_word("31/05/2025", 458.0, 498.0, 130.0, 138.0), _word("Slipped;", 577.0, 610.0, 130.0, 138.0)]
    inner, others = turned_in_rows([status], row, [])
    assert [(w.text, w.top, w.bottom) for w in inner] == [("Delayed", 130.0, 138.0)] and others == []


def test_a_turned_label_beside_a_table_or_inside_a_ruled_one_is_left_alone():
    label = _word("1 Safer streets", 30.0, 38.0, 130.0, 200.0)
    row = [_word("Install", 60.0, 90.0, 130.0, 138.0), _word("June", 300.0, 320.0, 130.0, 138.0)]
    assert turned_in_rows([label], row, []) == ([], [label])  # nothing to its left: a group's label
    status = _word("Delayed", 545.0, 553.0, 130.0, 160.0)
    row = [_word("31/05/2025", 458.0, 498.0, 130.0, 138.0), _word("Slipped;", 577.0, 610.0, 130.0, 138.0)]
    assert turned_in_rows([status], row, [(400.0, 100.0, 700.0, 300.0)]) == ([], [status])
