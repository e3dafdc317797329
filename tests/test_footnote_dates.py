"""Due dates given by a footnote: 'Q2¹' in the due cell, '¹ by 30 September 2026' under the table
(normalise/footnotedates.py). due_raw stays as printed; due_date is the footnote's date."""
from __future__ import annotations

import docx
from conftest import read

import planx
from planx.extract.model import Paragraph
from planx.normalise.footnotedates import footnote_dates

ROWS = [("Recruit four additional coordinators and clear the assessment backlog", "Head of Service", "Q2¹"),
        ("Introduce quality assurance of new plans, sampling ten plans a month", "Quality Lead", "Q3²"),
        ("Report timeliness to the partnership board every month", "Performance Analyst", "Monthly"),
        ("Ensure every plan from Year 9 includes preparation for adulthood outcomes", "Head of Service",
         "Summer term*"),
        ("Hold transition planning clinics with adult social care", "Transitions Manager", "31/10/2026")]
NOTES = ["¹ by 30 September 2026", "² by 31 December 2026", "* end of the summer term, 23 July 2027"]
WANT = ["2026-09-30", "2026-12-31", "", "2027-07-23", "2026-10-31"]


def _dues(out) -> list[tuple[str, str]]:
    return [(a["due_raw"], a["due_date"]) for a in read(out, "actions")]


def test_docx_footnotes_under_the_table_give_the_dates(tmp_path):
    d = docx.Document()
    d.add_paragraph("Local Area Improvement Plan 2026/27 – Priority Action Plan")
    table = d.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Action", "Accountable lead", "When"), strict=True):
        cell.text = text
    for row in ROWS:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    for note in NOTES:
        d.add_paragraph(note)
    path = tmp_path / "plan.docx"
    d.save(str(path))
    planx.convert([path], out=tmp_path / "out")
    assert _dues(tmp_path / "out") == [(r[2], w) for r, w in zip(ROWS, WANT, strict=True)]


def test_text_notes_run_together_and_plain_digit_marks(tmp_path):
    lines = ["Action\tAccountable lead\tWhen"] + ["\t".join(r) for r in ROWS]
    # two notes run into one line, as a PDF's reader may join them; the first mark lost its superscript
    text = "Improvement Plan 2026/27\n\n" + "\n".join(lines) + "\n\nNotes\n1 by 30 September 2026\n" \
        + "² by 31 December 2026 * end of the summer term, 23 July 2027\n"
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    planx.convert([path], out=tmp_path / "out")
    assert _dues(tmp_path / "out") == [(r[2], w) for r, w in zip(ROWS, WANT, strict=True)]


def test_footnote_with_two_dates_or_a_long_text_says_none():
    paragraphs = [Paragraph("¹ between 1 September 2026 and 31 October 2026", 1, 1),
                  Paragraph("² this note runs on for many words about the plan and its partners and what they"
                            " will do by 31 March 2027 together", 1, 2),
                  Paragraph("³ by 31 March 2027", 1, 3)]
    assert footnote_dates(paragraphs) == {"3": "2027-03-31"}


# marks whose superscript the text lost, run into the year of the date they follow ('March 2026¹')
GLUED = [("Recruit two additional educational psychologists", "Head of Service", "March 20261", "2026-03"),
         ("Develop an all-age autism strategy with the ICB", "Deputy Head", "06/11/20252", "2025-11-06"),
         ("Publish a co-produced strategy for 2025 to 2028", "Head of SEND", "February 2025", "2025-02"),
         ("Hold termly listening events with young people", "Participation Lead", "27 July 20273", "2027-07-27")]


def _glued_plan(tmp_path, notes: list[str]):
    d = docx.Document()
    d.add_paragraph("Improvement Plan 2025–2027")
    table = d.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Action", "Lead", "Target date"), strict=True):
        cell.text = text
    for row in GLUED:
        cells = table.add_row().cells
        for cell, text in zip(cells, row[:3], strict=True):
            cell.text = text
    for note in notes:
        d.add_paragraph(note)
    path = tmp_path / "plan.docx"
    d.save(str(path))
    planx.convert([path], out=tmp_path / "out")
    return _dues(tmp_path / "out")


def test_a_mark_run_into_a_year_that_a_note_explains_leaves_the_year_alone(tmp_path):
    # notes 1 and 2 under the table (the second run on after the first, as a PDF's reader joins them);
    # no note 3: '20273' is not read as 2027 and a mark (the note's date is no due either)
    got = _glued_plan(tmp_path, ["1 Interim date pending the recruitment campaign. 2 Target date revised with "
                                 "the agreement of the Improvement Board on 12 December 2024."])
    assert got[:3] == [(r[2], r[3]) for r in GLUED[:3]]
    assert got[3][1] != GLUED[3][3]


def test_digits_after_a_year_with_no_note_are_no_mark(tmp_path):
    got = _glued_plan(tmp_path, ["Next review: Improvement Board, April 2025."])
    assert all(g[1] != r[3] for g, r in zip(got, GLUED, strict=True) if r[2] != "February 2025")
