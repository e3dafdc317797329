"""Sections that each print their heading, prose under sub-headings ('Key strengths' and its
bullets), then a sub-heading naming the small table under it ('What we will do next', 'Next
steps') and the table: the section's heading is the area of the table's rows, and in a sheet the
lines between one table and the headings printed again are the next section's text, no actions.
Built as Word (styled headings) and as a workbook (bold cells, larger for the section's)."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import read

import planx

SECTIONS = [
    ("1", "Reading and writing", ["Spelling results rose two years running.", "Most pupils read daily."],
     [("Start a weekly library visit for every class", "Jo Lane", "March 2026", "All classes visit weekly"),
      ("Train teaching assistants in phonics", "Sam Field", "May 2026", "Every assistant trained")]),
    ("2", "Attendance", ["Attendance is above average."],
     [("Call families on the first day of absence", "Ana Ruiz", "January 2026", "Absence below 4%"),
      ("Reward full attendance each half term", "Office Manager", "July 2026", "Fewer late marks")]),
]
HEAD = ["Action", "Lead", "Deadline", "Success criteria"]


def word_sections(path: Path) -> Path:
    import docx
    d = docx.Document()
    d.add_heading("Castle Primary School: Self-Evaluation 2025-26", 0)
    for _, title, strengths, rows in SECTIONS:
        d.add_heading(title, 1)
        d.add_paragraph("Our judgement: Good")
        d.add_heading("Key strengths", 2)
        for s in strengths:
            d.add_paragraph(f"• {s}")
        d.add_heading("What we will do next", 2)
        t = d.add_table(rows=1, cols=len(HEAD))
        for c, h in zip(t.rows[0].cells, HEAD, strict=True):
            c.text = h
        for r in rows:
            for c, v in zip(t.add_row().cells, r, strict=True):
                c.text = v
    d.save(str(path))
    return path


def sheet_sections(path: Path) -> Path:
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Castle Primary School: Self-Evaluation 2025-26"])
    ws.cell(ws.max_row, 1).font = Font(bold=True, size=16)
    for n, title, strengths, rows in SECTIONS:
        ws.append([f"{n}. {title}"])
        ws.cell(ws.max_row, 1).font = Font(bold=True, size=13)
        ws.append(["Our judgement: Good"])
        ws.append(["Strengths"])
        ws.cell(ws.max_row, 1).font = Font(bold=True, size=11)
        for s in strengths:
            ws.append([f"• {s}"])
        ws.append(["Next steps"])
        ws.cell(ws.max_row, 1).font = Font(bold=True, size=11)
        ws.append(HEAD)
        for r in rows:
            ws.append(list(r))
        ws.append([])
    wb.save(path)
    return path


@pytest.mark.parametrize("fmt,writer", [("docx", word_sections), ("xlsx", sheet_sections)])
def test_the_section_heading_is_the_area_of_the_table_under_its_cue(tmp_path: Path, fmt: str, writer):
    plan = writer(tmp_path / f"sef.{fmt}")
    out = tmp_path / "out"
    planx.convert([plan], out=out)
    got = [(a["area"], a["action"], a["lead"]) for a in read(out, "actions")]
    assert got == [(title, r[0], r[1]) for _, title, _, rows in SECTIONS for r in rows]


def test_a_key_table_under_its_caption_below_a_sheet_log_adds_no_actions(tmp_path: Path):
    """A log's sheet that goes on, under a bold caption, with a table of its own headed in bold as the
    log is ('Initials | Name | Role'): another table, its rows no actions of the log."""
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Project Board – Action Log"])
    ws.cell(1, 1).font = Font(bold=True, size=14)
    head = ["Ref", "Raised", "Action", "Owner", "Due", "Status"]
    ws.append(head)
    for k in range(len(head)):
        ws.cell(2, k + 1).font = Font(bold=True)
    actions = ["Book the venue for the spring event", "Send the draft budget to members",
               "Chase the missing survey returns", "Publish the minutes on the website"]
    for n, a in enumerate(actions, 1):
        ws.append([f"B{n}", "3/2/26", a, "JT" if n % 2 else "MK", "Mar-26", "Open"])
    ws.append(["Owners"])
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    ws.append(["Initials", "Name", "Role"])
    for k in range(3):
        ws.cell(ws.max_row, k + 1).font = Font(bold=True)
    ws.append(["JT", "Jane Tate", "Head of Housing Services"])
    ws.append(["MK", "Mo Khan", "Finance Business Partner"])
    wb.save(tmp_path / "log.xlsx")
    out = tmp_path / "out"
    planx.convert([tmp_path / "log.xlsx"], out=out)
    assert [a["action"] for a in read(out, "actions")] == actions


def _layout_section(title: str, judgement: str, strengths: list[str], rows: list[tuple[str, ...]]) -> list[str]:
    """A section as pdftotext -layout prints it: its lines, then its table, each row's cells wrapped
    over two lines."""
    out = [title, judgement, "", "Strengths"] + [f"  • {s}" for s in strengths] + ["", "Next steps"]
    out.append(f"{'Action':<54}{'Success criteria':<41}{'Lead':<17}{'Deadline':<14}RAG")
    for a1, a2, s1, s2, l1, l2, due, rag in rows:
        out.append(f"{a1:<54}{s1:<41}{l1:<17}{due:<14}{rag}")
        out.append(f"{a2:<54}{s2:<41}{l2}")
    return out + ["", "", ""]


LAYOUT_ROWS = [
    ("Reading and writing", "Our judgement: Good",
     ["Spelling results rose two years running.", "Most pupils read every day at home."],
     [("Start a weekly library visit for every", "class in the school", "All classes visit the library", "each week",
       "Deputy", "Headteacher", "Feb-26", "Green"),
      ("Train teaching assistants in phonics", "across both key stages", "Every assistant trained by", "the summer",
       "Head of", "English", "Apr-26", "Red")]),
    ("Attendance", "Current grade: Requires improvement", ["Attendance is above average.", "Lateness is falling."],
     [("Call families on the first day of", "absence every time", "Absence below 4% across", "the year", "Office",
       "Manager", "Mar-26", "Amber"),
      ("Reward full attendance each half", "term in assembly", "Fewer late marks logged on", "the system", "Ana",
       "Ruiz", "Jul-26", "Green")]),
    ("Wider curriculum", "Our judgement: Good", ["Clubs are well attended.", "Trips are planned for every year."],
     [("Add two lunchtime clubs for", "younger pupils", "Club places rise by a", "quarter", "PE", "Lead", "Mar-26",
       "Amber")]),
]


def test_a_text_rendering_of_sections_reads_no_section_line_as_an_action(tmp_path: Path):
    """pdftotext -layout: the lines of one cell between a section's table and the next heading row
    printed again are the next section's text, no actions."""
    lines = ["Castle Primary School: Self-Evaluation 2025-26", "Reviewed by governors: 12/10/2025", ""]
    for section in LAYOUT_ROWS:
        lines += _layout_section(*section)
    (tmp_path / "sef.txt").write_text("\n".join(lines), encoding="utf-8")
    out = tmp_path / "out"
    planx.convert([tmp_path / "sef.txt"], out=out)
    assert [a["action"] for a in read(out, "actions")] == [
        f"{r[0]} {r[1]}" for _, _, _, rows in LAYOUT_ROWS for r in rows]
