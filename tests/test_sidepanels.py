"""Plans that print each numbered action beside a side panel of labelled lines (who / by when / status /
RAG), read as one plan table (normalise/sidepanels.py): a Word file's borderless two-cell tables, one
per action, under heading paragraphs; a PDF whose table engine reads action and panel as two cells of
a row, with theme rows across. Before the reader, both shapes failed: 'no plan table found'."""
from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import SimpleDocTemplate, Spacer, TableStyle
from reportlab.platypus import Table as RLTable

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise.severity import note_kind
from planx.normalise.sidepanels import read_panel, read_side_panels
from planx.pipeline import convert_file

# (theme number, theme, [(ref, action, owner, due, state, rating)]): invented wording
PLAN = [
    ("1", "Safer streets", [
        ("1.1", "We will map every unlit footpath near a school and agree a lighting programme with the "
                "highways team.", "Community Safety Manager", "30/06/2026", "On track", "Green"),
        ("1.2", "We will run a termly walkabout with residents in each ward to hear where people feel unsafe.",
         "Neighbourhood Policing Inspector", "October 2025", "Delayed", "Amber"),
    ]),
    ("2", "Cleaner neighbourhoods", [
        ("2.1", "We will double the number of community litter picks supported with equipment and collection.",
         "Street Scene Officer", "March 2026", "Complete", "Green"),
        ("2.2", "We will publish fly-tipping hotspots each quarter and report what was done about them.",
         "Environmental Enforcement Lead", "TBC", "Not started", "Red"),
    ]),
]
LABELS = ("Owner", "Deadline", "Progress status", "RAG")


def _expected() -> list[tuple[str, ...]]:
    return [(ref_no, theme, action, owner, due, state, rating)
            for ref_no, theme, items in PLAN for _, action, owner, due, state, rating in items]


def _got(result) -> list[tuple[str, ...]]:
    return [(a.area_ref, a.area, a.action, a.lead, a.due_raw, a.status_raw, a.rag_raw) for a in result.actions]


def _shade(cell, fill: str) -> None:
    pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), fill)
    pr.append(shd)


def _word(path: Path, labels: tuple[str, ...] = LABELS, panel_left: bool = False) -> Path:
    d = Document()
    d.add_paragraph().add_run("Westmoor Community Safety Partnership Plan 2025/26").bold = True
    d.add_paragraph("Beside each action, a panel gives its owner, deadline and progress.")
    for ref_no, theme, items in PLAN:
        d.add_paragraph().add_run(f"{ref_no}. {theme}").bold = True
        for ref, action, *values in items:
            t = d.add_table(rows=1, cols=2)
            item, panel = t.rows[0].cells[::-1] if panel_left else t.rows[0].cells
            p = item.paragraphs[0]
            p.add_run(ref + "  ").bold = True
            p.add_run(action)
            for k, (label, value) in enumerate(zip(labels, values, strict=True)):
                pp = panel.paragraphs[0] if k == 0 else panel.add_paragraph()
                pp.add_run(label + ": ").bold = True
                pp.add_run(value)
            _shade(panel, "FBE4D5")
            d.add_paragraph()
    d.add_paragraph("RAG: Green – on track; Amber – at risk; Red – off track.")
    d.save(str(path))
    return path


def _pdf(path: Path) -> Path:
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=1.8 * cm, rightMargin=1.8 * cm)
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
    small = ParagraphStyle("s", fontName="Helvetica", fontSize=8.5, leading=11)
    story = [RLParagraph("Westmoor Community Safety Partnership Plan 2025/26", h1),
             RLParagraph("Beside each action, a panel gives its owner, deadline and progress.", body)]
    for ref_no, theme, items in PLAN:
        story.append(RLParagraph(f"Theme {ref_no}: {theme}", h2))
        for ref, action, *values in items:
            panel = [RLParagraph(f"<b>{label}:</b> {value}", small)
                     for label, value in zip(LABELS, values, strict=True)]
            t = RLTable([[RLParagraph(f"<b>{ref}</b>&nbsp;&nbsp;{action}", body), panel]],
                        colWidths=[16.5 * cm, 7.0 * cm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BOX", (1, 0), (1, 0), 0.7, colors.HexColor("#2F5496")),
                                   ("BACKGROUND", (1, 0), (1, 0), colors.HexColor("#EEF3FA"))]))
            story += [t, Spacer(1, 6)]
    doc.build(story)
    return path


def test_word_actions_beside_shaded_panels_read_as_one_plan_table(tmp_path: Path) -> None:
    result = convert_file(_word(tmp_path / "panels.docx"))
    assert _got(result) == _expected()
    assert [a.ref for a in result.actions] == ["1.1", "1.2", "2.1", "2.2"]
    assert [a.status for a in result.actions] == ["in_progress", "delayed", "complete", "not_started"]
    assert [a.due_date for a in result.actions] == ["2026-06-30", "2025-10", "2026-03", ""]
    said = [w for w in result.warnings if "side panel" in w]
    assert said and note_kind(said[0]) == "side_panels"
    assert result.status == "ok"


def test_a_panel_printed_left_of_its_action_reads_the_same(tmp_path: Path) -> None:
    result = convert_file(_word(tmp_path / "left.docx", panel_left=True))
    assert _got(result) == _expected()


def test_pdf_actions_beside_boxed_panels_read_as_one_plan_table(tmp_path: Path) -> None:
    result = convert_file(_pdf(tmp_path / "panels.pdf"))
    assert _got(result) == _expected()
    assert [a.rag for a in result.actions] == ["green", "amber", "green", "red"]


def test_the_panel_values_wrapped_onto_a_line_of_their_own_go_on_with_their_label() -> None:
    assert read_panel("Who: Head of Early\nHelp\nBy when: May 2026\nRAG: Red") == [
        ("Who", "lead", "Head of Early Help"), ("By when", "due", "May 2026"), ("RAG", "rag", "Red")]


def test_several_labels_on_one_panel_line_are_read_apart() -> None:
    assert read_panel("Who: Ann Lee  By when: May 2026\nStatus: On track; RAG: Red") == [
        ("Who", "lead", "Ann Lee"), ("By when", "due", "May 2026"), ("Status", "status", "On track"),
        ("RAG", "rag", "Red")]


@pytest.mark.parametrize("text", [
    "Owner: Head of Housing",  # one field: a note beside a paragraph, not a panel
    "Action: Publish the guide\nOwner: Head of Housing\nDeadline: May 2026",  # names the action: a form
    "Publish the guide\nOwner: Head of Housing\nDeadline: May 2026",  # unlabelled first line: a card
    "Owner: Head of Housing\nOwner: Chief Executive\nDeadline: May 2026",  # a field twice: two records
])
def test_what_is_no_side_panel(text: str) -> None:
    assert read_panel(text) is None


def _raw(*tables: list[list[str]]) -> RawDocument:
    raw = RawDocument(path="x.docx", name="x.docx", format="docx")
    raw.blocks = [Table(rows=[Row(cells=[Cell(text=t, col=c) for c, t in enumerate(cells)], page=0, line=k + 1)
                              for k, cells in enumerate(rows)], page=0, index=n + 1)
                  for n, rows in enumerate(tables)]
    return raw


PANEL_ROWS = [["1.1 Publish the guide to services for carers", "Owner: Carers Lead\nDeadline: May 2026\nRAG: Green"],
              ["1.2 Train every receptionist in the new triage script", "Owner: Practice Manager\nDeadline: June 2026\n"
                                                                        "RAG: Amber"]]


def test_a_run_of_panel_tables_becomes_one_table_with_the_labels_as_headings() -> None:
    raw, warning = read_side_panels(_raw([PANEL_ROWS[0]], [PANEL_ROWS[1]]))
    assert warning.startswith("2 action(s) printed beside a side panel")
    (table,) = raw.blocks
    assert isinstance(table, Table)
    assert [r.texts() for r in table.rows] == [
        ["Ref", "Action", "Owner", "Deadline", "RAG"],
        ["1.1", "Publish the guide to services for carers", "Carers Lead", "May 2026", "Green"],
        ["1.2", "Train every receptionist in the new triage script", "Practice Manager", "June 2026", "Amber"]]


def test_a_banner_row_stays_a_row_across_the_table() -> None:
    raw, _ = read_side_panels(_raw([["Theme 1: Carers", ""], *PANEL_ROWS]))
    table = raw.blocks[0]
    assert isinstance(table, Table)
    assert table.rows[1].texts() == ["Theme 1: Carers"] and table.rows[1].cells[0].colspan == 5


@pytest.mark.parametrize("tables", [
    [[PANEL_ROWS[0]]],  # one panel in the document: a note beside a paragraph
    [[["Action", "Details"], *PANEL_ROWS]],  # a heading row: a plan table already, its own reader's
    [[*PANEL_ROWS, ["1.3 Agree the budget", "Owner: Finance", "June 2026"]]],  # a row of another shape
    [[PANEL_ROWS[0], ["Carers Lead", "Owner: Carers Lead\nDeadline: May 2026\nRAG: Green"]]],  # no action beside
])
def test_tables_that_are_no_run_of_side_panels_stay_as_they_are(tables) -> None:
    raw = _raw(*tables)
    again, warning = read_side_panels(raw)
    assert again is raw and warning == ""


def test_panels_whose_labels_do_not_come_back_are_no_run_of_side_panels() -> None:
    rows = [PANEL_ROWS[0], ["1.2 Train every receptionist in the new triage script",
                            "Who: Practice Manager\nWhen: June 2026\nStatus: Open"]]
    raw = _raw(rows)
    assert read_side_panels(raw) == (raw, "")


def test_the_paragraphs_between_runs_stay_between_them() -> None:
    raw = _raw([PANEL_ROWS[0]], [PANEL_ROWS[1]])
    raw.blocks.insert(1, Paragraph(text="2. Training", page=0, line=5, bold=True))
    again, _ = read_side_panels(raw)
    assert [type(b).__name__ for b in again.blocks] == ["Table", "Paragraph", "Table"]


def test_the_last_panels_lines_left_under_its_table_go_into_it_and_a_key_does_not() -> None:
    rows = [*PANEL_ROWS, ["1.3 Agree a weekend rota with the three surgeries", "Owner: Practice Manager\n"
                                                                               "Deadline: July 2026"]]
    raw = _raw(rows)
    raw.blocks += [Paragraph(text="RAG: Amber", page=0, line=8),
                   Paragraph(text="RAG: Green – on track; Amber – at risk; Red – off track.", page=0, line=9)]
    again, warning = read_side_panels(raw)
    table, key = again.blocks
    assert isinstance(table, Table) and table.rows[-1].texts()[-1] == "Amber"
    assert isinstance(key, Paragraph) and key.text.startswith("RAG: Green")
    assert warning.endswith("; 1 line(s) of the last panel, printed under its table, read into it")
    assert note_kind(warning) == "side_panels"


def test_a_label_the_last_panel_already_prints_is_no_line_of_it() -> None:
    raw = _raw(PANEL_ROWS)
    raw.blocks.append(Paragraph(text="RAG: Red", page=0, line=8))
    again, _ = read_side_panels(raw)
    assert isinstance(again.blocks[-1], Paragraph) and again.blocks[-1].text == "RAG: Red"
