"""A council's plan template filled in (held-out unseen44 F1/F4 shapes, built here):
- each priority's table has a row of guidance in brackets under its heading row ('(what will be
  done) | (name and job title) | (dd/mm/yyyy) | (R/A/G)') and a worked example row ('e.g. Deliver
  briefings … | e.g. Jo Bloggs, Head of Service | e.g. 31/03/2025 | e.g. A'): neither is an action;
- the plan's title sits over a small form of the document's particulars ('Plan owner: | Date
  agreed: | Version:'): the form is the plan's cover, its title the plan's, not an action;
- a content control's placeholder left in ('Enter date', 'Click or tap to enter a date.') is an
  empty cell.
Shapes they must leave alone: a real action that says 'e.g.' inside its text, a bracketed note in
one cell of an action's row, an action form titled over its own fields."""
from __future__ import annotations

from pathlib import Path

import pytest

import planx
from planx.extract.model import Cell
from planx.normalise.columns import is_prompt
from planx.normalise.heading_rows import bracketed_guidance_row, example_row
from planx.normalise.tableforms import particulars_of_the_document

HEAD = ["Action", "Lead officer", "Target date", "RAG", "Progress / evidence"]
GUIDE = ["(what will be done)", "(name and job title)", "(dd/mm/yyyy)", "(R/A/G)", "(brief update and evidence)"]
EXAMPLE = ["e.g. Deliver briefings on the threshold document to all primary schools",
           "e.g. Jo Bloggs, Head of Service", "e.g. 31/03/2025", "e.g. A", "e.g. 3 of 5 briefings delivered"]
PRIORITIES = [
    ("Attendance and inclusion", [
        ["Develop an all-age autism strategy with the care board", "Imran Siddiqui, Head of SEND", "30/06/2026",
         "R", "Delayed by the system upgrade."],
        ["Reduce caseloads to an average of 18 children, e.g. by recruiting", "Dan Achebe, Service Manager",
         "30/04/2025", "G", "Awaiting sign-off (board in May)."]]),
    ("Sufficiency of placements", [
        ["Map alternative provision and set up quality visits", "Helen Marsh, Head of Service", "28/09/2025",
         "A", "Pilot running in two localities."]]),
]


def cells(*texts: str) -> list[Cell]:
    return [Cell(t, i) for i, t in enumerate(texts)]


def _word_template(path: Path) -> Path:
    import docx
    d = docx.Document()
    d.add_paragraph("Eastmere Council")
    d.add_heading("Children in Care Pledge Action Plan", 1)
    form = d.add_table(rows=3, cols=2)
    for r, (label, value) in zip(form.rows, [("Plan owner:", "Director of Children's Services"),
                                             ("Date agreed:", ""), ("Version:", "v0.3 DRAFT")], strict=True):
        r.cells[0].text, r.cells[1].text = label, value
    for n, (area, rows) in enumerate(PRIORITIES, start=1):
        d.add_paragraph(f"Priority area {n}: {area}")
        t = d.add_table(rows=0, cols=len(HEAD))
        for texts in (HEAD, GUIDE, EXAMPLE, *rows):
            for c, text in zip(t.add_row().cells, texts, strict=True):
                c.text = text
    d.save(str(path))
    return path


def _text_template(path: Path) -> Path:
    """The same template as pdftotext -layout prints a ruled PDF of it: each cell wrapped in its
    column, a blank line around the guidance and the example rows."""
    import textwrap
    widths = [46, 28, 16, 10, 34]

    def lines(texts: list[str]) -> list[str]:
        wrapped = [textwrap.wrap(t, w - 3) or [""] for t, w in zip(texts, widths, strict=True)]
        return [" " + "".join((part[k] if k < len(part) else "").ljust(w) for part, w in zip(wrapped, widths,
                                                                                           strict=True)).rstrip()
                for k in range(max(len(part) for part in wrapped))]
    out = ["EASTMERE COUNCIL", "Children in Care Pledge Action Plan", ""]
    for n, (area, rows) in enumerate(PRIORITIES, start=1):
        out += [f"Priority area {n}: {area}", *lines(HEAD), *lines(GUIDE), "", *lines(EXAMPLE), ""]
        for r in rows:
            out += lines(r)
        out += ["", ""]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("name, write", [("template.docx", _word_template), ("template.txt", _text_template)])
def test_guidance_and_example_rows_are_no_actions(tmp_path, name, write):
    result = planx.convert_file(str(write(tmp_path / name)))
    got = [(a.area_ref, a.action, a.lead, a.due_raw, a.rag) for a in result.actions]
    want = [(str(n), r[0], r[1], r[2], {"R": "red", "A": "amber", "G": "green"}[r[3]])
            for n, (_, rows) in enumerate(PRIORITIES, start=1) for r in rows]
    assert got == want
    assert any("worked example" in w for w in result.warnings)


def test_the_title_over_the_documents_particulars_is_the_plans(tmp_path):
    result = planx.convert_file(str(_word_template(tmp_path / "plan.docx")))
    assert result.title == "Children in Care Pledge Action Plan"
    assert all(a.action != "Children in Care Pledge Action Plan" for a in result.actions)


def test_a_row_wholly_in_brackets_is_guidance():
    assert bracketed_guidance_row(cells(*GUIDE))
    assert not bracketed_guidance_row(cells("(1)", "(2)", "(3)"))  # column numbers say nothing more
    assert not bracketed_guidance_row(cells("(what will be done)"))  # one cell: a note, not a row of guidance
    assert not bracketed_guidance_row(cells("Train staff (all)", "(name)", "(date)"))


def test_an_example_row_opens_with_its_mark_in_most_cells():
    assert example_row(cells(*EXAMPLE))
    assert example_row(cells("Example: hold a briefing", "Example: Jo Bloggs", "31/03/2025"))
    # an action that gives an example inside its text, or a lead cell that does
    assert not example_row(cells("Reduce caseloads, e.g. by recruiting", "Dan Achebe", "30/04/2025"))
    assert not example_row(cells("Reduce caseloads", "e.g. Dan Achebe", "30/04/2025"))
    assert not example_row(cells("Egg-free menus in all schools", "Catering lead", "30/04/2025"))
    assert not example_row(cells("e.g. Mastering Number"))  # a wrapped line of the action above


def test_a_form_of_the_documents_particulars():
    assert particulars_of_the_document(["Plan owner:", "Date agreed:", "Version:"])
    assert particulars_of_the_document(["Version", "Review date", "Lead officer"])
    assert not particulars_of_the_document(["Lead officer", "Target date", "Version"])  # one alone: no cover
    assert not particulars_of_the_document(["Lead officer", "Target date", "RAG status"])


@pytest.mark.parametrize("text", ["Enter date", "Enter a date", "Click or tap to enter a date.",
                                  "Click or tap here to enter text."])
def test_a_placeholder_left_in_is_an_empty_cell(text):
    assert is_prompt(text)
