"""Two shapes of plan tables:

- who and when in one cell, under a heading such as 'Owner / date' or 'Who and when': the owner, then the
  date after a spaced slash or dash or a comma ('HoS / Feb 26', 'Monitoring Officer, November 2025'), or
  in brackets ('R. Byrne (31/03/2026)'); the lead is the owner part, the due date the date part as
  printed (normalise/columns.who_then_when_lines);
- a row cut by a page break whose rest, on the next page, says so in its Ref cell ('(continued)',
  '(continued from previous page)', '2.4 (cont.)'), under the area banner repeated with '(continued)':
  the rest joins the action above, in the same area (normalise/walker_data_rows.continued_ref).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import convert_text, word_table_plan

from planx.normalise.columns import who_then_when_lines

# ---- owner and date in one cell --------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("HoS / Feb 26", ("HoS", "Feb 26")),
    ("Principal EP / Nov 25", ("Principal EP", "Nov 25")),
    ("Monitoring Officer, November\n2025", ("Monitoring Officer", "November 2025")),
    ("DCO, May 2025", ("DCO", "May 2025")),
    ("R. Byrne (31/03/2026)", ("R. Byrne", "31/03/2026")),
    ("Head of Service\n(15 October 2025)", ("Head of Service", "15 October 2025")),
    ("Head of Planning / Head of Housing", None),  # two owners, no date
    ("Smith, Jones", None),  # two names
    ("Head of Service (Interim)", None),  # a bracket that is no date
    ("J. Smith (from April 2026)", None),  # a start, no due date
    ("April / May 2026", None),  # a range alone: no one named
    ("Allocation (£)", None),  # a heading's unit in brackets
    ("Complete (Mar 2025)", None),  # a status and when it was reached
    ("On track / Jun 26", None),
    ("Green, May 2026", None),  # a RAG
    # a role after the comma is the owner's own, the date on the line under it (a two-column text file)
    ("M. Patel, Commissioning Manager\nAutumn term 2025", ("M. Patel, Commissioning Manager", "Autumn term 2025")),
    ("A. Khan, Head of Inclusion\nSept 2025", ("A. Khan, Head of Inclusion", "Sept 2025")),
    ("Assistant Director, Education\nend of June 2026", ("Assistant Director, Education", "end of June 2026")),
    ("Head of SEND, End of June 2026", ("Head of SEND", "End of June 2026")),  # a date's lead-in, capitalised
])
def test_owner_and_date_parted_in_one_cell(text, expected):
    assert who_then_when_lines(text) == expected


OWNER_ROWS = [
    "Priority 1 - Early help",
    ["1.1", "Launch a single referral form for partner agencies", "Head of Early Help / Mar 26", "Amber"],
    ["1.2", "Train family workers in motivational interviewing", "Practice Lead, September 2025", "Green"],
    ["1.3", "Publish the early help offer on the council website", "K. Adeyemi (30/11/2025)", "Red"],
    ["1.4", "Review the step-down process from social care", "Service Manager – end of June 2026", "Green"],
]


def test_word_table_owner_date_column(tmp_path: Path):
    import planx
    path = word_table_plan(tmp_path / "early_help.docx", "Early Help Improvement Plan",
                           ["Ref", "Action", "Owner / date", "RAG"], OWNER_ROWS)
    got = [(a.lead, a.due_raw, a.due_date) for a in planx.convert_file(str(path)).actions]
    assert got == [("Head of Early Help", "Mar 26", "2026-03"),
                   ("Practice Lead", "September 2025", "2025-09"),
                   ("K. Adeyemi", "30/11/2025", "2025-11-30"),
                   ("Service Manager", "end of June 2026", "2026-06")]


OWNER_TEXT = """Ashcombe Borough Council - Peer Review Action Plan

Ref     Action                                               Who and when                     RAG

Priority 1 - Housing

1.1     Refresh the homelessness strategy with partners      Head of Housing / Jan 26         Amber

1.2     Open a second hub for rough sleepers in the town     Housing Options Manager,         Green
        centre                                               October 2025

1.3     Survey the condition of all council-owned garages    T. Ncube (31/05/2026)            Red
"""


def test_layout_text_who_and_when_column(tmp_path: Path):
    result = convert_text(tmp_path, "peer_review.txt", OWNER_TEXT)
    got = [(a.lead, a.due_raw, a.due_date) for a in result.actions]
    assert got == [("Head of Housing", "Jan 26", "2026-01"),
                   ("Housing Options Manager", "October 2025", "2025-10"),
                   ("T. Ncube", "31/05/2026", "2026-05-31")]


# ---- a row continued over a page break, marked in its Ref cell -----------------------------------------

HEAD = "Ref            Action                                     Lead officer       Target date     Status"
CONTINUED_TEXT = f"""Fernleigh District Council - Audit Follow-up Action Plan

{HEAD}

Priority 1: Finance

1.1            Close the open audit actions on payroll    Finance Manager    30/06/2025      Ongoing

1.2            Agree a new schedule of fees and charges   Head of Finance    31/03/2026      On track
               for all leisure facilities and the


                                                                                     continued ...
Page 1
\f
{HEAD}

Priority 1: Finance (continued)

(continued     community halls
from
previous
page)

1.3            Reconcile the bank accounts each month     Chief Accountant   Aug 25          Complete

Priority 2: Assets

2.1            Dispose of the surplus depot site          Estates Lead       Dec 25          Not started
"""


def test_text_row_continued_from_previous_page(tmp_path: Path):
    result = convert_text(tmp_path, "audit_follow_up.txt", CONTINUED_TEXT)
    got = [(a.area_ref, a.area, a.action, a.lead, a.due_raw) for a in result.actions]
    assert got == [
        ("1", "Finance", "Close the open audit actions on payroll", "Finance Manager", "30/06/2025"),
        ("1", "Finance", "Agree a new schedule of fees and charges for all leisure facilities and the community "
         "halls", "Head of Finance", "31/03/2026"),
        ("1", "Finance", "Reconcile the bank accounts each month", "Chief Accountant", "Aug 25"),
        ("2", "Assets", "Dispose of the surplus depot site", "Estates Lead", "Dec 25"),
    ]


def _ruled_pdf(path: Path, marker: str) -> Path:
    """A ruled table over two pages (reportlab): row 2.2 cut by the page break, its rest on page 2 under
    the Ref cell's MARKER and the area banner repeated with '(continued)'."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle
    style = getSampleStyleSheet()["Normal"]
    head = ["Ref", "Action", "Lead officer", "Target date", "Status", "Progress update"]

    def table(rows: list[list[str] | str]) -> Table:
        data, spans = [head], []
        for r in rows:
            if isinstance(r, str):
                spans.append(("SPAN", (0, len(data)), (-1, len(data))))
                data.append([r, "", "", "", "", ""])
            else:
                data.append([Paragraph(v, style) for v in r])
        t = Table(data, colWidths=[70, 220, 100, 80, 70, 200])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               *spans]))
        return t

    page1 = table(["Priority 2: Safer streets",
                   ["2.1", "Install new lighting in the three underpasses", "Community Safety Lead", "Sep 25",
                    "Complete", "Lighting installed and tested."],
                   ["2.2", "Set up a joint patrol rota with the police", "Neighbourhood Manager", "Jan 26",
                    "On track", "Rota drafted with the"]])
    page2 = table(["Priority 2: Safer streets (continued)",
                   [marker, "for the evening economy", "", "", "", "local inspector."],
                   ["2.3", "Remove graffiti within five working days", "Street Scene Manager", "Mar 26",
                    "Delayed", "Contract being retendered."]])
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4))
    doc.build([Paragraph("Safer Streets Action Plan", getSampleStyleSheet()["Title"]), page1, PageBreak(), page2])
    return path


@pytest.mark.parametrize("marker", ["(continued)", "2.2 (cont.)"])
def test_ruled_pdf_row_continued_on_the_next_page(tmp_path: Path, marker: str):
    import planx
    result = planx.convert_file(str(_ruled_pdf(tmp_path / "safer_streets.pdf", marker)))
    got = [(a.area_ref, a.area, a.action, a.lead, a.due_raw, a.progress) for a in result.actions]
    assert got == [
        ("2", "Safer streets", "Install new lighting in the three underpasses", "Community Safety Lead", "Sep 25",
         "Lighting installed and tested."),
        ("2", "Safer streets", "Set up a joint patrol rota with the police for the evening economy",
         "Neighbourhood Manager", "Jan 26", "Rota drafted with the local inspector."),
        ("2", "Safer streets", "Remove graffiti within five working days", "Street Scene Manager", "Mar 26",
         "Contract being retendered."),
    ]


def test_a_continued_mark_under_another_reference_is_no_continuation(tmp_path: Path):
    """'2.4 (cont.)' under 2.2 does not say the row above goes on: it is not joined to 2.2."""
    import planx
    path = _ruled_pdf(tmp_path / "safer_streets.pdf", "2.4 (cont.)")
    actions = [a.action for a in planx.convert_file(str(path)).actions]
    assert "Set up a joint patrol rota with the police for the evening economy" not in actions
