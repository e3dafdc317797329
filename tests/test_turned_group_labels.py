"""A borderless table whose first column holds each group's label turned a quarter ('1  Safer streets'
set sideways in a cell merged down beside its rows), a rule across the table over each group's first
row, the group's objective printed once beside it: the turned labels are the table's first column, each
merged down over the rows between the rules (extract/pdfturned.py), a number and a title each name the
area (normalise/itemlists.py bare_numbered_titles), and labels stacked down one column part where the
next number starts after more than a word space (extract/pdfgeom.py sideways_words)."""
from __future__ import annotations

from pathlib import Path

import pytest

import planx
from planx.normalise.itemlists import bare_numbered_titles

GROUPS = [
    ("1", "Safer streets", "Residents feel safe in the town centre at night", [
        ("Install lighting on the four darkest footpaths", "Highways Manager", "June 2026", "G"),
        ("Fund a warden scheme for weekend evenings", "Community Safety Lead", "March 2027", "A"),
        ("Close the alley behind the market with gates", "Estates Officer", "May 2026", "R"),
    ]),
    ("2", "Cleaner neighbourhoods", "Streets and parks are free of litter", [
        ("Add twelve new litter bins along the promenade", "Waste Services Manager", "April 2026", "G"),
        ("Run a spring clean campaign with local schools", "Volunteer Coordinator", "May 2026", "B"),
    ]),
    ("3", "Active communities", "More residents take part in sport and play", [
        ("Open the refurbished leisure centre pool to clubs", "Leisure Manager", "September 2026", "A"),
        ("Offer free swimming lessons to every year 6 pupil", "Sports Development Officer", "July 2026", "G"),
        ("Mark out walking routes in the three largest parks", "Parks Officer", "October 2026", "G"),
    ]),
]


def _pdf(path: Path) -> None:
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
            return 11, stringWidth(self.text, "Helvetica-Bold", 9)

        def draw(self):
            c = self.canv
            c.saveState()
            c.setFont("Helvetica-Bold", 9)
            c.rotate(90)
            c.drawString(0, -9, self.text)
            c.restoreState()

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    rows = [[""] + [Paragraph(f"<b>{h}</b>", body) for h in ("Objective", "Action", "Lead", "Target date", "RAG")]]
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black)]
    for ref, title, objective, actions in GROUPS:
        first = len(rows)
        for k, (action, lead, due, rag) in enumerate(actions):
            rows.append([Turned(f"{ref}  {title}") if k == 0 else "", Paragraph(objective, body) if k == 0 else "",
                         Paragraph(action, body), Paragraph(lead, body), Paragraph(due, body), rag])
        style += [("SPAN", (0, first), (0, len(rows) - 1)), ("SPAN", (1, first), (1, len(rows) - 1)),
                  ("VALIGN", (0, first), (0, first), "MIDDLE"),
                  ("LINEABOVE", (0, first), (-1, first), 0.6, colors.grey)]
    table = Table(rows, colWidths=[1.2 * cm, 5.5 * cm, 8 * cm, 4.5 * cm, 3 * cm, 1.5 * cm])
    table.setStyle(TableStyle(style))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4))
    doc.build([Paragraph("Neighbourhoods Action Plan 2026", styles["Title"]), table])


def test_turned_group_labels_beside_a_borderless_table_are_the_areas(tmp_path):
    path = tmp_path / "turned.pdf"
    _pdf(path)
    result = planx.convert_file(str(path))
    got = [(a.area_ref, a.area, a.objective, a.action, a.lead, a.due_raw) for a in result.actions]
    want = [(ref, title, objective, action, lead, due) for ref, title, objective, actions in GROUPS
            for action, lead, due, _ in actions]
    assert got == want


@pytest.mark.parametrize(("titles", "rows", "expected"), [
    (["1 Front line services", "2 Workforce stability", "3 Partnership and governance"], 9, True),
    (["1 Front line services", "1 Front line services"], 4, False),  # one number, printed again
    (["3 Partnership and governance", "1 Front line services"], 6, False),  # numbers falling
    (["1 Front line services", "2 Workforce stability"], 2, False),  # a cell a row: no groups
    (["12 homes built", "30 homes built"], 6, False),  # figures, no titles
])
def test_a_number_and_a_title_in_each_cell_name_groups(titles, rows, expected):
    assert bare_numbered_titles(titles, rows) is expected


CUT_ROWS = "\n".join([
    "Action\tLead\tMilestones\tTarget date\tRAG",
    "Report progress against this plan to\tJo Bates\t1. Draft produced – July 2024\tFebruary\tB",
    "Scrutiny Committee every quarter\t\t2. Roll-out across the service – January 2025\t2025\t",
    "\t\t3. Training delivered – February 2025\t\t",
    "Open the new family hub in the east locality\tSam Reid\t1. Site agreed – May 2024\tJune 2025\tG",
    "\t\t2. Hub opened – June 2025\t\t",
]) + "\n"


def test_rows_cut_from_an_action_where_a_step_opens_are_the_rest_of_it(tmp_path):
    # (a table's engine cuts a row where a cell's numbered step opens: the row below finishes the
    # date above with its year, and a step on a row of its own stays under the steps, not the date)
    from conftest import convert_text
    result = convert_text(tmp_path, "cut_rows.txt", CUT_ROWS)
    got = [(a.action, a.lead, a.due_raw, a.rag_raw) for a in result.actions]
    assert got == [
        ("Report progress against this plan to Scrutiny Committee every quarter", "Jo Bates", "February 2025", "B"),
        ("Open the new family hub in the east locality", "Sam Reid", "June 2025", "G"),
    ]
    steps = [[(m.milestone, m.due_raw) for m in a.milestones] for a in result.actions]
    assert steps == [[("Draft produced", "July 2024"), ("Roll-out across the service", "January 2025"),
                      ("Training delivered", "February 2025")],
                     [("Site agreed", "May 2024"), ("Hub opened", "June 2025")]]


def test_a_numbered_step_with_its_date_fits_a_milestones_column():
    from planx.normalise.row_cells import _fits
    assert _fits("milestones", "3. Training delivered – November 2024")
    assert not _fits("milestones", "November 2024")
