"""A task plan exported from a spreadsheet to PDF: snake_case headings, a 'State (…)' column, extra
dependency columns, and task names clipped at their column's edge (normalise/headers.py
_clipped_titles_yield, vocab HEADING_IMPERATIVES)."""
from __future__ import annotations

from pathlib import Path

import planx
from planx.normalise.headers import _clipped, read_header, read_heading

HEAD = ["Task_ID", "Task_Name", "Task_Description", "Depends_On_Tasks", "Relates_To_Tasks", "Assignee(s)",
        "Earliest_Start_Date", "Latest_Finish_Date", "Depends_On_Arch", "Fulfills_Arch",
        "State (Not started/in progress/complete)"]
# (name as printed, clipped where the column ends; description; assignee; finish)
TASKS = [
    ("Update Website", "Update details and downloads on the website.", "Product Owner", "16/02/20"),
    ("Website Link To Game Executa", "Website link to the game executable and past versions",
     "Product Owner", "16/02/20"),
    ("Change Management: Approac", "Explain the formal approach taken to manage change in all deliverables.",
     "Technical Writer", "14/02/20"),
    ("Change Management Report", "Report on the approach to, and results of, change management",
     "Scrum Master", "14/02/20"),
    ("Implementation Traceabil", "For all components, give traceability back to the requirements.",
     "Development Team", "30/01/20"),
]


def rows(tasks: list[tuple[str, str, str, str]] = TASKS) -> list[list[str]]:
    return [[f"TSK-{k}", name, text, "NULL", "NULL", who, "01/01/20", due, "NULL", "NULL", "Not started"]
            for k, (name, text, who, due) in enumerate(tasks)]


def header(tasks: list[tuple[str, str, str, str]] = TASKS):
    below = [list(enumerate(r)) for r in rows(tasks)]
    return read_header([(k, 1, h) for k, h in enumerate(HEAD)], below, first=True, evidence=below)


def test_a_state_heading_listing_its_values_is_the_status():
    assert read_heading("State (Not started/in progress/complete)")[0].field == "status"
    assert read_heading("State")[0].field == "status"


def test_state_as_an_instruction_names_no_status():
    assert all(r.field != "status" for r in read_heading("State what you will do"))
    assert all(r.field != "status" for r in read_heading("State of play"))


def test_a_clipped_word_is_one_the_text_beside_spells_longer():
    assert _clipped("Website Link To Game Executa", "Website link to the game executable")
    assert not _clipped("Change Management Report", "Report on the results of change management")
    assert not _clipped("Website Link To Testing Plan &", "Website link to the testing plan")


def test_clipped_task_names_yield_the_action_to_the_description():
    h = header()
    assert h is not None
    fields = {c.label: c.field for c in h.columns}
    assert fields["Task_Description"] == "action" and fields["Task_Name"] != "action"
    assert fields["Assignee(s)"] == "lead" and fields["Latest_Finish_Date"] == "due"
    assert fields["State (Not started/in progress/complete)"] == "status"


def test_whole_task_names_stay_the_action():
    whole = [("Update Website", TASKS[0][1], "Product Owner", "16/02/20"),
             ("Link The Game", TASKS[1][1], "Product Owner", "16/02/20"),
             ("Explain Change Approach", TASKS[2][1], "Technical Writer", "14/02/20"),
             ("Change Management Report", TASKS[3][1], "Scrum Master", "14/02/20"),
             ("Implementation Traceability", TASKS[4][1], "Development Team", "30/01/20")]
    h = header(whole)
    assert h is not None
    assert {c.label: c.field for c in h.columns}["Task_Name"] == "action"


def pdf_task_plan(path: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A3, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=7, leading=9)
    grid = [[Paragraph(h, body) for h in HEAD]] + [[Paragraph(v, body) for v in r] for r in rows()]
    table = Table(grid, colWidths=[50, 110, 190, 60, 60, 75, 60, 60, 55, 55, 90])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(path), pagesize=landscape(A3)).build(
        [Paragraph("Assessment 3", ParagraphStyle("t", fontSize=14, leading=18)), table])
    return path


def test_spreadsheet_task_plan_pdf_end_to_end(tmp_path: Path):
    result = planx.convert_file(str(pdf_task_plan(tmp_path / "project_plan_assessment.pdf")))
    assert [a.action for a in result.actions] == [t[1] for t in TASKS]
    assert [a.lead for a in result.actions] == [t[2] for t in TASKS]
    assert result.actions[1].due_date == "2020-02-16"
    assert all(a.status == "not_started" for a in result.actions)
