"""A plan table grouped by who delivers it: rows across the table naming only an owner ('Lead officer:
Jo Bloggs, Head of Housing', 'Executive lead: Director of Finance (Sam Reid)') over its actions, the
table having no owner column, and the theme each action belongs to printed in a column of its own
('1. Homes for local people', or a letter before the title, 'B Safer roads', beside the row's 'B2').
The banner is each row's lead, not an area (Walker.owner_row, headers.lead_banner); the theme column
is the area (banners.code_beside_item for the letter). Drawn here with python-docx and reportlab."""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from planx.normalise.banners import code_beside_item
from planx.normalise.headers import lead_banner

GROUPS = [
    ("Lead officer: Jo Bloggs, Head of Housing", [
        ("1.1", "1", "Homes for local people", "Open a register of self-build plots and advertise it in every parish",
         "31/01/2026", "On track", "G"),
        ("3.2", "3", "Warm homes", "Fit loft insulation in two hundred council homes with the lowest energy ratings",
         "March 2026", "Delayed", "R")]),
    ("Lead officer: Ravi Shah, Climate Officer", [
        ("3.1", "3", "Warm homes", "Survey the energy ratings of every council home built before 1950",
         "Q2 2025/26", "Complete", "B"),
        ("2.4", "2", "Greener streets", "Plant street trees on the ten streets with the least shade in summer",
         "30 Nov 2025", "In progress", "A")]),
    ("Lead officer: Ann Lee, Parks Manager", [
        ("2.1", "2", "Greener streets", "Replace the bedding plants in the town centre with perennial planting",
         "Ongoing", "Ongoing", "G")]),
]
HEAD = ["Ref", "Council priority", "Action", "Target date", "Status", "RAG"]


def shade(cell, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def owner_docx(path: Path, groups=GROUPS) -> Path:
    d = Document()
    title = "Greenfield District Council Housing and Climate Plan: Actions by Lead Officer"
    d.add_paragraph().add_run(title).bold = True
    d.add_paragraph("Actions are listed under the officer who delivers them; the council priority is in the "
                    "second column.")
    t = d.add_table(rows=1, cols=len(HEAD))
    t.style = "Table Grid"
    for cell, h in zip(t.rows[0].cells, HEAD, strict=True):
        cell.text = h
    for banner, rows in groups:
        merged = t.add_row().cells[0].merge(t.rows[-1].cells[-1])
        merged.text = banner
        shade(merged, "D9E2F3")
        for ref, aref, area, action, due, status, rag in rows:
            for cell, v in zip(t.add_row().cells, [ref, f"{aref}. {area}", action, due, status, rag], strict=True):
                cell.text = v
    d.save(str(path))
    return path


def owner_pdf(path: Path, groups=GROUPS) -> Path:
    """The same plan as a ruled PDF table, themes lettered ('A Homes for local people') and the rows'
    references coded under the letters ('A1')."""
    styles = getSampleStyleSheet()
    letter = {"1": "A", "2": "B", "3": "C"}
    data = [[Paragraph(h, styles["Normal"]) for h in ["No.", "Theme", "What we will do", "Due", "Progress", "RAG"]]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for banner, rows in groups:
        data.append([Paragraph(f"<b>{banner}</b>", styles["Normal"]), "", "", "", "", ""])
        style.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
        for ref, aref, area, action, due, status, rag in rows:
            code = letter[aref] + ref.split(".")[1]
            data.append([Paragraph(v, styles["Normal"]) for v in
                         [code, f"{letter[aref]} {area}", action, due, status, rag]])
    t = Table(data, colWidths=[35, 90, 210, 60, 60, 35])
    t.setStyle(TableStyle(style))
    SimpleDocTemplate(str(path), pagesize=A4, title="Housing and Climate Plan").build(
        [Paragraph("Greenfield District Council Housing and Climate Plan", styles["Title"]),
         Paragraph("Actions by lead officer. Themes: A Homes for local people; B Greener streets; C Warm homes.",
                   styles["Normal"]), t])
    return path


LEADS = ["Jo Bloggs, Head of Housing"] * 2 + ["Ravi Shah, Climate Officer"] * 2 + ["Ann Lee, Parks Manager"]
AREAS = ["Homes for local people", "Warm homes", "Warm homes", "Greener streets", "Greener streets"]


def test_a_row_naming_only_an_owner_is_a_lead_banner():
    assert lead_banner("Lead officer: Jo Bloggs, Head of Housing") == "Jo Bloggs, Head of Housing"
    assert lead_banner("Executive lead: Director of Finance (Sam Reid)") == "Director of Finance (Sam Reid)"
    assert lead_banner("Homes for local people – Lead: Jo Bloggs") == ""  # a title with its lead: an area's
    assert lead_banner("Homes for local people") == ""
    # a table with an owner column of its own: the row's person leads an area, no row
    assert lead_banner("Lead officer: Jo Bloggs", ["action", "lead", "due"]) == ""


def test_a_bare_code_before_a_theme_is_the_area_code_where_the_reference_says_so():
    assert code_beside_item("B Greener streets", "B2") == ("B", "Greener streets")
    assert code_beside_item("B Greener streets", "B.2") == ("B", "Greener streets")
    assert code_beside_item("2 Greener streets", "2.1") == ("2", "Greener streets")
    assert code_beside_item("A Greener streets", "B2") is None
    assert code_beside_item("A Listening service", "") is None


def test_owner_banners_in_a_word_table_give_the_lead_and_the_priority_column_the_area(tmp_path: Path):
    import planx
    result = planx.convert_file(str(owner_docx(tmp_path / "owners.docx")))
    got = [(a.area_ref, a.area, a.lead) for a in result.actions]
    refs = ["1", "3", "3", "2", "2"]
    assert got == list(zip(refs, AREAS, LEADS, strict=True)), got
    assert [a.status for a in result.actions] == ["in_progress", "delayed", "complete", "in_progress", "ongoing"]


def test_owner_banners_in_a_ruled_pdf_with_lettered_themes(tmp_path: Path):
    import planx
    result = planx.convert_file(str(owner_pdf(tmp_path / "owners.pdf")))
    got = [(a.area_ref, a.area, a.lead) for a in result.actions]
    refs = ["A", "C", "C", "B", "B"]
    assert got == list(zip(refs, AREAS, LEADS, strict=True)), got


def test_topic_banners_over_the_same_table_stay_the_area(tmp_path: Path):
    """Banners naming a topic ('Housing'), not an owner: the rows' area as before, no lead invented."""
    import planx
    groups = [(topic, rows) for topic, (_, rows) in zip(("Housing", "Climate", "Parks"), GROUPS, strict=True)]
    result = planx.convert_file(str(owner_docx(tmp_path / "topics.docx", groups)))
    assert len(result.actions) == 5
    assert [a.lead for a in result.actions] == [""] * 5
