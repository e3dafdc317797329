"""Fillable PDF forms: the values typed into AcroForm fields read where a viewer shows them, in their
boxes (a form per page, label beside box; a grid of boxes under column headings); the form's name
printed over every page kept as the document's title; a form's rows parted on its page at a tall
box joined again. (Synthetic forms in the shapes of a council's improvement action forms and a
trust's inspection action plan typed into a table of boxes.)"""
from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

import planx
from planx.extract.model import Cell, Row, Table
from planx.extract.pdfforms import TICKED, UNTICKED, field_value, form_chars
from planx.normalise.tableforms import form_parted_on_page

_TITLE = "Housing Services - Improvement Action Form 2025/26"
_FORMS = [("HS-01", "Repairs", "Cut the time taken to complete urgent repairs to under five working days",
           "Head of Repairs", "31/01/2026", "In progress"),
          ("HS-02", "Tenancy", "Visit every new tenant within six weeks of the start of their tenancy",
           "Tenancy Manager", "30/11/2025", "Complete")]
_LABELS = ["Reference", "Service area", "Action to be taken", "Lead officer", "Target completion date",
           "Current status"]


def _form_pages(path: Path, filled: bool, flattened: bool = False) -> None:
    """A form per page: the title on top (repeated on each page), an instruction line, and for each
    label a box beside it; the action's box three times as tall as the others."""
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    for n, values in enumerate(_FORMS, 1):
        c.setFont("Helvetica-Bold", 15)
        c.drawString(50, height - 60, _TITLE)
        c.setFont("Helvetica", 9)
        c.drawString(50, height - 80, f"Complete one form for each action and return it to the team. Form {n} of 2")
        y = height - 120
        for k, (label, value) in enumerate(zip(_LABELS, values, strict=True)):
            tall = 66 if k == 2 else 22
            c.setFont("Helvetica", 10)
            c.drawString(50, y - 15, label)
            if flattened:
                c.rect(200, y - tall, 345, tall)
                c.drawString(203, y - 15, value)
            else:
                kind = c.acroForm.choice if k == 5 and filled else c.acroForm.textfield
                extra = {"options": ["Not started", "In progress", "Complete"]} if k == 5 and filled else \
                    {"fieldFlags": "multiline"} if k == 2 else {}
                kind(name=f"f{n}_{k}", value=value if filled else "", x=200, y=y - tall, width=345, height=tall,
                     fontSize=10, **extra)
            y -= tall + 14
        c.setFont("Helvetica", 8)
        c.drawString(50, 40, "Housing Improvement Board - action form v1.0")
        c.showPage()
    c.save()


@pytest.mark.parametrize("flattened", [False, True])
def test_a_form_per_page_reads_an_action_per_page_with_the_forms_title(tmp_path, flattened):
    path = tmp_path / "forms.pdf"
    _form_pages(path, filled=True, flattened=flattened)
    result = planx.convert_file(str(path))
    assert result.title == _TITLE
    got = [(a.area, a.action, a.lead, a.due_raw, a.status_raw) for a in result.actions]
    assert got == [(area, action, lead, due, status) for _, area, action, lead, due, status in _FORMS]


def test_a_blank_form_is_titled_by_its_name_not_by_a_label(tmp_path):
    path = tmp_path / "blank.pdf"
    _form_pages(path, filled=False)
    result = planx.convert_file(str(path))
    assert result.title == _TITLE
    assert result.actions == []


_ROWS = [("Ensure all staff complete fire safety training", "Head of Estates", "31/12/2025", "In progress"),
         ("Introduce weekly checks of the emergency lighting", "Facilities Lead", "30/09/2025", "Complete"),
         ("Record consent in the patient record for every visit", "Informatics Lead", "31/01/2026", "Not started")]


def test_a_grid_of_form_fields_reads_as_the_table_a_person_sees(tmp_path):
    path = tmp_path / "grid.pdf"
    c = canvas.Canvas(str(path), pagesize=landscape(A4))
    width, height = landscape(A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, height - 50, "Community Services - Inspection Action Plan")
    c.rect(40, height - 120, 760, 20)
    c.setFont("Helvetica-Bold", 10)
    for x, head in ((44, "No."), (74, "Action"), (454, "Lead"), (614, "Target date"), (704, "Status")):
        c.drawString(x, height - 114, head)
    c.setFont("Helvetica", 10)
    for r, values in enumerate(_ROWS):
        top = height - 120 - 34 * r
        c.line(40, top - 34, 800, top - 34)
        c.drawString(48, top - 20, str(r + 1))
        for (x, w), (key, value) in zip(((72, 376), (452, 156), (612, 86), (702, 96)),
                                        zip(("action", "lead", "due", "status"), values, strict=True), strict=True):
            c.acroForm.textfield(name=f"{key}_{r}", value=value, x=x, y=top - 32, width=w, height=30, fontSize=10,
                                 **({"fieldFlags": "multiline"} if key == "action" else {}))
    c.save()
    result = planx.convert_file(str(path))
    assert [(a.action, a.lead, a.due_raw, a.status_raw) for a in result.actions] == _ROWS


def test_check_boxes_and_choices_show_as_a_viewer_shows_them(tmp_path):
    path = tmp_path / "boxes.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.acroForm.checkbox(name="done", checked=True, x=100, y=700, size=14)
    c.acroForm.checkbox(name="late", checked=False, x=100, y=650, size=14)
    c.acroForm.choice(name="rag", value="Amber", options=["Red", "Amber", "Green"], x=100, y=600, width=100,
                      height=20)
    c.drawString(50, 780, "Checks")
    c.showPage()
    c.save()
    import pdfplumber
    with pdfplumber.open(str(path)) as pdf:
        page = pdf.pages[0]
        chars = form_chars(page, float(page.height))
    text = "".join(ch["text"] for ch in sorted(chars, key=lambda ch: (round(ch["top"]), ch["x0"])))
    assert text == f"{TICKED}{UNTICKED}Amber"
    assert all(100 <= ch["x0"] <= 200 for ch in chars)


@pytest.mark.parametrize("widget", [
    {"Subtype": "Widget"},  # no field at all
    {"FT": "Tx", "V": ["not", "a", "string"], "Rect": [0, 0, 10, 10]},
    {"FT": "Btn", "Ff": 1 << 16},  # a push button shows no value
])
def test_odd_widgets_give_no_value_and_no_error(widget):
    from pdfminer.psparser import LIT
    widget = {k: LIT(v) if k == "FT" else v for k, v in widget.items()}
    assert not field_value(widget)


def test_a_broken_annotation_list_reads_as_no_fields():
    class Page:
        page_obj = None  # no page object at all: form_chars must not raise
    assert form_chars(Page(), 800.0) == []


def _rows(*pairs: tuple[str, str], line: int = 1) -> list[Row]:
    return [Row([Cell(label, 0), Cell(value, 1)], 1, line + k) for k, (label, value) in enumerate(pairs)]


def test_a_forms_rows_parted_on_its_page_at_a_tall_box_are_joined():
    top = Table(_rows(("Reference", "HS-01"), ("Service area", "Repairs"),
                      ("Action to be taken", "Cut the time taken to complete urgent repairs")), 1, 1)
    rest = Table(_rows(("Lead officer", "Head of Repairs"), ("Target completion date", "31/01/2026"),
                       ("Current status", "In progress"), line=10), 1, 2)
    whole = form_parted_on_page([top, rest], 0)
    assert whole is not None and len(whole.rows) == 6
    # the next form (its own action), or a table on the next page, stays apart
    again = Table(_rows(("Action to be taken", "Visit every new tenant"), ("Lead officer", "Tenancy Manager"),
                        line=10), 1, 2)
    assert form_parted_on_page([top, again], 0) is None
    assert form_parted_on_page([top, Table([Row(r.cells, 2, r.line) for r in rest.rows], 2, 2)], 0) is None
    # one labelled row is too little evidence
    assert form_parted_on_page([top, Table(rest.rows[:1], 1, 2)], 0) is None


@pytest.mark.parametrize("heading, answers", [
    ("Done?", {"Yes": "complete", "No": "", "In progress": "in_progress"}),
    ("Completed?", {"Y": "complete", "No": "", "In progress": "in_progress"}),
    ("Comments", {"Yes": "", "No": "", "In progress": ""}),  # no question of being done: 'Yes' says nothing
])
def test_a_done_question_column_answered_yes_is_complete(tmp_path, heading, answers):
    from docx import Document
    doc = Document()
    doc.add_heading("Lessons Learned Log 2025/26", 0)
    rows = [("LL01", "Check tenants' phone numbers at every repairs call", "Repairs Manager", "31/10/2025"),
            ("LL02", "Send an acknowledgement when a complaint moves to stage 2", "Relations Lead", "30/11/2025"),
            ("LL03", "Hold a monthly adaptations panel with occupational therapy", "Team Leader", "15/12/2025")]
    table = doc.add_table(rows=1, cols=5)
    for cell, text in zip(table.rows[0].cells, ("Ref", "Action", "Owner", "Deadline", heading), strict=True):
        cell.text = text
    for values, answer in zip(rows, answers, strict=True):
        for cell, text in zip(table.add_row().cells, (*values, answer), strict=True):
            cell.text = text
    doc.save(str(tmp_path / "log.docx"))
    result = planx.convert_file(str(tmp_path / "log.docx"))
    assert [a.action for a in result.actions] == [r[1] for r in rows]
    if heading == "Comments":
        assert all(a.status != "complete" for a in result.actions)
    else:
        assert [a.status for a in result.actions] == list(answers.values())


def test_a_value_the_page_prints_already_in_its_box_is_read_once(tmp_path):
    path = tmp_path / "printed.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(50, 706, "Lead officer")
    c.drawString(203, 706, "Head of Repairs")  # the value drawn into the page, its field kept
    c.acroForm.textfield(name="lead", value="Head of Repairs", x=200, y=700, width=300, height=20, fontSize=10)
    c.acroForm.textfield(name="due", value="31/01/2026", x=200, y=660, width=300, height=20, fontSize=10)
    c.showPage()
    c.save()
    import pdfplumber

    from planx.extract.pdfobjects import page_objects
    with pdfplumber.open(str(path)) as pdf:
        text = "".join(ch["text"] for ch in page_objects(pdf.pages[0]).chars)
    assert text.count("Repairs") == 1
    assert "31/01/2026" in text
