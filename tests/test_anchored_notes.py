"""Notes attached to a plan's rows rather than printed in them: a PDF's sticky notes beside the rows,
a Word file's comments on the actions (extract/pdfnotes.py, extract/docxcomments.py,
normalise/anchorednotes.py). The note is the row's progress; the status or RAG it opens with is the
action's; a row without a note keeps none."""
from __future__ import annotations

import docx
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

import planx
from planx.extract.model import AnchoredNote
from planx.normalise.anchorednotes import anchored_action, rating_and_update
from planx.normalise.records import Action

ROWS = [("1", "Introduce a multi-agency panel to agree placements", "Named Nurse", "28/02/2025"),
        ("2", "Map alternative provision and introduce visits", "Head of Commissioning", "05/05/2025"),
        ("3", "Improve the recording of the child's voice", "Named Nurse", "31/05/2025"),
        ("4", "Develop an all-age autism strategy with the ICB", "Head of Virtual School", "13/05/2025")]
NOTES = {0: "Status: Delayed\nRecruitment campaign launched; two offers made.",
         2: "Status: On hold\nScoping meeting held with partners.",
         3: "Status: In progress\nPolicy approved by Cabinet."}


def _pdf_with_sticky_notes(path, notes: dict[int, str]) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    _, height = A4
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, height - 50, "Early Help Improvement Plan 2025-26")
    c.setFont("Helvetica", 9)
    xs = (50, 80, 330, 460)
    y = height - 90
    for x, head in zip(xs, ("No.", "Action", "Lead", "Due"), strict=True):
        c.drawString(x, y, head)
    for k, row in enumerate(ROWS):
        y -= 24
        for x, text in zip(xs, row, strict=True):
            c.drawString(x, y, text)
        if k in notes:  # the icon in the margin, its top at the row's line
            c.textAnnotation(notes[k], Rect=(540, y - 6, 556, y + 10), relative=0, Open=False, Name="Comment")
    c.save()


def test_sticky_notes_beside_rows_give_their_status_and_progress(tmp_path):
    path = tmp_path / "plan.pdf"
    _pdf_with_sticky_notes(path, NOTES)
    result = planx.convert_file(str(path))
    got = [(a.action, a.status, a.progress) for a in result.actions]
    want_status = {0: "delayed", 2: "delayed", 3: "in_progress"}
    assert got == [(r[1], want_status.get(k, ""), NOTES[k].split("\n", 1)[1] if k in NOTES else "")
                   for k, r in enumerate(ROWS)]


def test_word_comments_on_the_actions_give_their_status_and_progress(tmp_path):
    d = docx.Document()
    d.add_paragraph("SEND Improvement Plan 2025")
    table = d.add_table(rows=1, cols=4)
    for cell, head in zip(table.rows[0].cells, ("Ref", "Action", "Lead", "By when"), strict=True):
        cell.text = head
    said = {1: "Complete – Awaiting sign-off from the integrated care board.",
            3: "Ongoing – 12 of 20 audits completed."}
    for k, row in enumerate(ROWS):
        cells = table.add_row().cells
        for j, (cell, text) in enumerate(zip(cells, row, strict=True)):
            run = cell.paragraphs[0].add_run(text)
            if j == 1 and k in said:
                d.add_comment(run, text=said[k], author="Reviewer", initials="RV")
    path = tmp_path / "plan.docx"
    d.save(str(path))
    result = planx.convert_file(str(path))
    got = [(a.action, a.status, a.progress) for a in result.actions]
    want = {1: ("complete", "Awaiting sign-off from the integrated care board."),
            3: ("ongoing", "12 of 20 audits completed.")}
    assert got == [(r[1], *want.get(k, ("", ""))) for k, r in enumerate(ROWS)]


def test_a_note_states_its_rating_by_a_label_or_a_leading_status_phrase():
    assert rating_and_update("RAG: Green. Parent carer forum reviewed the draft.") == \
        ("rag", "Green", "green", "Parent carer forum reviewed the draft.")
    assert rating_and_update("Status: In progress\nPilot running.") == ("status", "In progress", "in_progress",
                                                                         "Pilot running.")
    assert rating_and_update("Not started – Training booked.")[:3] == ("status", "Not started", "not_started")
    # no rating: the whole note is the update ('Note: …' names no rated field)
    assert rating_and_update("Note: check the figures with finance.") == \
        ("", "", "", "Note: check the figures with finance.")


def test_a_note_goes_to_the_row_holding_its_anchor_or_to_none():
    actions = [Action(ref=r[0], action=r[1], lead=r[2], due_raw=r[3], page=1) for r in ROWS]
    anchor = " ".join(ROWS[2])
    assert anchored_action(AnchoredNote(1, anchor, "x"), actions) is actions[2]
    # words two rows share alike: no row is the note's
    assert anchored_action(AnchoredNote(1, "Named Nurse", "x"), actions) is None
    assert anchored_action(AnchoredNote(1, "Appendix B: glossary of terms", "x"), actions) is None
