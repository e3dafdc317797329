"""School improvement plans that rate each action term by term (synthetic documents):

- term columns ('Autumn | Spring | Summer') whose cells hold the term's update, each shaded by its
  RAG colour: the update stays the progress, and each shade is a rating labelled by the term heading
  as printed, rag_raw the fill; one shade over every cell is the table's style, no rating;
- 'Autumn RAG' broken mid-word by a narrow column ('Autum' / 'n RAG') is the term's rating column,
  as 'Spring RAG' beside it is, not a lone RAG column;
- a date wrapped over two lines of a narrow column ('Dec' / '2025') is a date, not a who over a when;
- a row whose cells open with '(continued)' is the rest of the row above that a page or table break
  cut: every cell goes on with the one above it (a lead's last word too), the note dropped.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import planx
from planx.normalise.columns import who_then_when_lines
from planx.normalise.headers import _read_columns
from planx.normalise.periods import fills_rate_updates

TERMS = ["Autumn", "Spring", "Summer"]
HEX = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0"}
ACTIONS = [  # (ref, action, lead, due, [(update, rating) per term])
    ("1.1", "Embed the phonics programme in Reception", "English Lead", "Dec 2025",
     [("Staff trained", "green"), ("Delivery consistent", "green"), ("Check 84%", "blue")]),
    ("1.2", "Audit home reading books against phonic stages", "Reading Champion", "Feb 2026",
     [("Audit started", "amber"), ("Books banded", "green"), ("Complete", "blue")]),
    ("2.1", "Reduce persistent absence of disadvantaged pupils", "Deputy Head", "July 2026",
     [("PA 21.4%", "red"), ("PA 17.9%", "amber"), ("PA 14.2%", "amber")]),
]


def write_sheet(path: Path, one_colour: str | None = None) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill
    wb = Workbook()
    ws = wb.active
    ws.append(["Oakfield Primary School - School Improvement Plan 2025-26"])
    ws.append(["Ref", "Action", "Lead", "Deadline", *TERMS])
    for ref, action, lead, due, terms in ACTIONS:
        ws.append([ref, action, lead, due, *(u for u, _ in terms)])
        for k, (_, rag) in enumerate(terms):
            colour = one_colour or HEX[rag]
            ws.cell(row=ws.max_row, column=5 + k).fill = PatternFill("solid", start_color=colour, end_color=colour)
    wb.save(path)


def test_updates_shaded_by_their_rag_rate_each_term(tmp_path):
    path = tmp_path / "sip.xlsx"
    write_sheet(path)
    actions = planx.convert_file(str(path)).actions
    assert [a.action for a in actions] == [row[1] for row in ACTIONS]
    for a, (_, _, _, _, terms) in zip(actions, ACTIONS, strict=True):
        assert [(r.label, r.rag, r.rag_raw) for r in a.ratings] == \
            [(term, rag, f"#{HEX[rag].lower()}") for term, (_, rag) in zip(TERMS, terms, strict=True)]
        assert a.progress == terms[-1][0]  # the latest term's update is still the progress


def test_one_shade_over_every_update_is_the_tables_style(tmp_path):
    path = tmp_path / "sip_style.xlsx"
    write_sheet(path, one_colour="00B050")
    actions = planx.convert_file(str(path)).actions
    assert len(actions) == len(ACTIONS)
    assert all(not a.ratings for a in actions)


def test_fills_rate_updates_needs_several_rag_colours_over_most_cells():
    shaded = [("PA 21.4%", "#ff0000"), ("Staff trained", "#00b050"), ("Books banded", "#ffc000")]
    assert fills_rate_updates(shaded)
    assert not fills_rate_updates([(t, "#00b050") for t, _ in shaded])  # one colour: style
    assert not fills_rate_updates(shaded[:2])  # too few to tell
    assert not fills_rate_updates([*shaded, *((f"update {k}", None) for k in range(4))])  # most unshaded
    assert not fills_rate_updates([*shaded, ("Grey note", "#d9d9d9")])  # a grey is no rating


def test_a_term_rag_heading_broken_mid_word_is_that_terms_rating():
    cells = tuple((i, 1, t) for i, t in enumerate(
        ["Ref", "Action", "Lead", "By", "Autumn update", "Autum\nn RAG", "Spring update", "Spring\nRAG",
         "Summer update", "Summ\ner RAG"]))
    read = _read_columns(cells)
    assert read is not None
    fields = {label: field for _, _, field, label, *_ in read[0]}
    assert fields["Autumn RAG"] == fields["Spring RAG"] == fields["Summer RAG"] == "rating"


def test_a_date_wrapped_in_a_narrow_column_is_no_who_and_when():
    assert who_then_when_lines("Dec\n2025") is None
    assert who_then_when_lines("Sarah Whitfield\nSept 2025") == ("Sarah Whitfield", "Sept 2025")
    assert who_then_when_lines("Head of Service\n31 March\n2026") == ("Head of Service", "31 March 2026")


def write_borderless(path: Path) -> None:
    """Narrow columns, no rulings: the term RAG headings and the dates wrap onto a second line."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas
    c = Canvas(str(path), pagesize=landscape(A4))
    height = landscape(A4)[1]
    xs = [40, 70, 250, 340, 380, 480, 515, 615, 650, 750]
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, height - 50, "Oakfield Primary School - School Improvement Plan 2025-26")
    c.setFont("Helvetica-Bold", 8)
    y = height - 90
    heads = [["Ref"], ["Action"], ["Lead"], ["By"], ["Autumn update"], ["Autum", "n RAG"], ["Spring update"],
             ["Spring", "RAG"], ["Summer update"], ["Summ", "er RAG"]]
    for x, lines in zip(xs, heads, strict=True):
        for k, line in enumerate(lines):
            c.drawString(x, y - 10 * k, line)
    y -= 36
    c.setFont("Helvetica", 8)
    for ref, action, lead, due, terms in ACTIONS:
        month, year = due.split()
        cells = [[ref], [action[:34], action[34:]], [lead], [month, year]]
        for update, rag in terms:
            cells += [[update], [rag.capitalize()]]
        for x, lines in zip(xs, cells, strict=True):
            for k, line in enumerate(lines):
                if line:
                    c.drawString(x, y - 10 * k, line.strip())
        y -= 34
    c.save()


@pytest.fixture(scope="module")
def borderless_actions(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("terms") / "sip_borderless.pdf"
    write_borderless(path)
    return planx.convert_file(str(path)).actions


def test_rag_words_under_broken_term_headings_rate_each_term(borderless_actions):
    assert len(borderless_actions) == len(ACTIONS)
    for a, (_, _, _, _, terms) in zip(borderless_actions, ACTIONS, strict=True):
        assert [(r.label, r.rag) for r in a.ratings] == \
            [(f"{term} RAG", rag) for term, (_, rag) in zip(TERMS, terms, strict=True)]


def test_a_wrapped_month_and_year_under_by_is_the_due_date(borderless_actions):
    assert [(a.due_raw, a.due_date) for a in borderless_actions] == \
        [("Dec 2025", "2025-12"), ("Feb 2026", "2026-02"), ("July 2026", "2026-07")]
    assert [a.lead for a in borderless_actions] == [row[2] for row in ACTIONS]


def write_split_tables(path: Path, marker: str) -> None:
    """A Word plan its author split by hand: a page break, the heading row again, then the rest of
    the last action's row (its action and its lead) in a row that opens with the marker."""
    from docx import Document
    from docx.enum.text import WD_BREAK
    doc = Document()
    doc.add_paragraph("Children's Services Post-Inspection Action Plan 2026-27")
    head = ["Ref", "Action", "Lead", "Deadline", "RAG"]
    first = doc.add_table(rows=1, cols=5)
    for cell, text in zip(first.rows[0].cells, head, strict=True):
        cell.text = text
    for row in [["1.1", "Introduce a supervision audit tool", "Principal Social Worker", "31/03/2027", "Amber"],
                ["1.2", "Introduce dip sampling of child in need plans by the", "Head of Quality", "Ongoing",
                 "Green"]]:
        cells = first.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    second = doc.add_table(rows=1, cols=5)
    for cell, text in zip(second.rows[0].cells, head, strict=True):
        cell.text = text
    for row in [["", f"{marker} Independent Reviewing Service", f"{marker} Assurance", "", ""],
                ["1.3", "Set up a weekly management oversight dashboard", "Head of Performance", "January 2027",
                 "Amber"]]:
        cells = second.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    doc.save(path)


@pytest.mark.parametrize("marker", ["(continued)", "[cont'd]"])
def test_a_row_marked_continued_goes_on_with_the_row_above(tmp_path, marker):
    path = tmp_path / "split.docx"
    write_split_tables(path, marker)
    result = planx.convert_file(str(path))
    actions = result.actions
    assert [a.action for a in actions] == [
        "Introduce a supervision audit tool",
        "Introduce dip sampling of child in need plans by the Independent Reviewing Service",
        "Set up a weekly management oversight dashboard"]
    assert actions[1].lead == "Head of Quality Assurance"
    assert not any("Assurance" in lo.text for lo in result.leftovers)
