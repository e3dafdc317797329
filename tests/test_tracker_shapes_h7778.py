"""Plans kept as trackers whose shape a reader knows without a column headed 'Action': a project tracker
('Project | Description | Urgency | GitHub Page | Status', cells padded with non-breaking spaces), a
table of action items by year ('HHS Open Data Action Items | 2025 | 2026 | …', a footnote marker
after an item), a title a Word author broke over lines by hand, and a ruled PDF table whose last
row the printer left open (no rule under it)."""
from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

import planx
from planx.extract.markdown import inline_text
from planx.extract.pdfrules import edge, merge, open_foot_rules
from planx.normalise.dates import find_dates
from planx.normalise.headers import read_heading
from planx.normalise.yearmilestones import year_run

NBSP = "\u00a0"

_PROJECTS = f"""# Active Projects in Research Computing

## Updated March 3 2024

| Project | Description | Urgency | Wiki Page | Status |
| ------- | ----------- | ------- | --------- | ------ |
| Cluster Patching{NBSP} {NBSP} | Kernel, firmware scan | Medium | https://example.org/a | Completed{NBSP} |{NBSP}
| Backup VMs{NBSP} | or tape when available | Low {NBSP} | | Completed {NBSP} {NBSP} |
| DNS for LAB-CHEM2 | Create DNS entry (Infra Group) | Low | | Completed |
| LAB-PHYS1 | Create DNS entry (Infra Group) | Low | | Investigating cloud setup |
| Storage Grant | Submit grant, track spending | High | | Ongoing till May 2025 |
"""


def test_project_tracker_reads_the_project_cells_as_its_actions(tmp_path: Path) -> None:
    page = tmp_path / "projects.md"
    page.write_text(_PROJECTS, encoding="utf-8")
    actions = planx.convert_file(page).actions
    assert [a.action for a in actions] == ["Cluster Patching", "Backup VMs", "DNS for LAB-CHEM2", "LAB-PHYS1",
                                           "Storage Grant"]
    assert [a.status for a in actions][:3] == ["complete"] * 3
    assert actions[-1].status == "ongoing"
    assert all(not a.rag for a in actions)  # 'Urgency' High / Low is a ranking, not a RAG rating


def test_urgency_names_no_field_but_priority_still_names_an_area() -> None:
    assert read_heading("Urgency")[0].field == ""
    assert read_heading("Importance")[0].field == ""
    assert read_heading("Priority")[0].field == "area"


def test_action_items_named_after_whose_they_are_head_the_actions() -> None:
    for label in ("HHS Open Data Action Items", "Open action items", "Agreed action points"):
        assert read_heading(label)[0].field == "action", label
    # a head word after the phrase still names the column
    assert read_heading("Action Item No.")[0].field == "area_ref"
    assert read_heading("Action point owner")[0].field == "lead"


_BY_YEAR = """## Appendix C: Open Data Action Items with Timeline

| **Agency Open Data Action Items** | **2025** | **2026** | **2027** | **2028** |
|---|---|---|---|---|
| Data Usage Information | July 2025 launch with metrics | Continuous Improvements | Open Metrics | Done |
| Prioritizing Public Data Asset Review | July 2025 launch | Top-10 assets published | Next-10 assets published | TBD |
| Real-World Data for Impact[^7] | Priority | Priority | Continuous Improvements | Continuous Improvements |

[^7]: <https://example.org/press-release>
"""


def test_action_items_by_year_are_read_as_actions(tmp_path: Path) -> None:
    page = tmp_path / "appendix.md"
    page.write_text(_BY_YEAR, encoding="utf-8")
    actions = planx.convert_file(page).actions
    assert [a.action for a in actions] == ["Data Usage Information", "Prioritizing Public Data Asset Review",
                                           "Real-World Data for Impact"]
    # each year's cell a milestone due in its year; 'TBD' says nothing is due
    assert [(m.milestone, m.due_date) for m in actions[1].milestones] == [
        ("July 2025 launch", "2025"), ("Top-10 assets published", "2026"), ("Next-10 assets published", "2027")]
    assert [m.due_date for m in actions[0].milestones] == ["2025", "2026", "2027", "2028"]


def test_figures_by_year_are_no_milestones(tmp_path: Path) -> None:
    page = tmp_path / "targets.md"
    page.write_text("| Action | Lead | 2025 | 2026 | 2027 |\n|---|---|---|---|---|\n"
                    "| Cut missed bin collections | Waste Manager | 120 | 100 | 80 |\n"
                    "| Raise recycling rate | Waste Manager | 45% | 50% | 55% |\n", encoding="utf-8")
    actions = planx.convert_file(page).actions
    assert all(not a.milestones for a in actions)


def test_years_out_of_order_are_no_run() -> None:
    assert year_run({0: "Action items", 1: "2025", 2: "2026", 3: "2027"}) == [1, 2, 3]
    assert year_run({0: "Action items", 1: "2025", 2: "2027", 3: "2026"}) == []
    assert year_run({0: "Action items", 1: "2025", 2: "2026"}) == []


def test_footnote_reference_is_no_word_of_the_text() -> None:
    assert inline_text("Real-World Data for Impact[^41]") == "Real-World Data for Impact"
    assert inline_text("Done[^note-a] and more") == "Done and more"
    assert inline_text(r"a \[^1] b") == "a [^1] b"  # escaped: printed as written
    assert inline_text("`x[^1]`") == "x[^1]"  # code: printed as written


def _charter(path: Path, tail: tuple[str, ...]) -> None:
    d = docx.Document()
    first = d.add_paragraph(style="Heading 1")
    for k, line in enumerate(("CHARTER", "for the", "RESEARCH COMPUTING")):
        run = first.add_run(line)
        if k < 2:
            run.add_break(WD_BREAK.LINE)
    for line in tail:
        d.add_paragraph(line, style="Heading 1")
    d.add_paragraph("")
    d.add_paragraph("February 28, 2018")
    d.add_paragraph("Introduction", style="Heading 2")
    d.add_paragraph("The committee advises the college on research computing. " * 3)
    d.save(str(path))


def test_title_broken_over_lines_by_hand_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "charter.docx"
    _charter(path, ("ADVISORY COMMITTEE", "(RCAC)"))
    assert planx.convert_file(path).title == "CHARTER for the RESEARCH COMPUTING ADVISORY COMMITTEE (RCAC)"


def test_heading_in_other_case_after_a_broken_title_is_apart(tmp_path: Path) -> None:
    path = tmp_path / "charter.docx"
    _charter(path, ("Background",))  # a section's heading in the title's style, not in its capitals
    assert planx.convert_file(path).title == "CHARTER for the RESEARCH COMPUTING"


def _goals_pdf(path: Path, close_last_row: bool) -> None:
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, 740, "Hosting Strategy: Our Next Steps")
    rows = [("Our Next Steps: Goals", "Our Measures of Success"),
            ("Roll out a new funding model", "Seek approval to realign delivery costs"),
            ("Support identity management for hybrid cloud", "Establish privileged access management"),
            ("Re-architect the shared file service", "Reduce capital and operating costs")]
    xs, top, height = (72, 280, 560), 700, 40
    c.setFont("Helvetica", 10)
    for k, (goal, measure) in enumerate(rows):
        y = top - k * height
        c.drawString(xs[0] + 5, y - 15, goal)
        c.drawString(xs[1] + 5, y - 15, measure)
    bottom = top - len(rows) * height
    last_rule = len(rows) + (1 if close_last_row else 0)
    for k in range(last_rule):  # the rules across: none under the last row when it is left open
        c.line(xs[0], top - k * height, xs[2], top - k * height)
    for x in xs:  # the column rules run down to the table's foot either way
        c.line(x, top, x, bottom)
    c.line(72, bottom - 50, 216, bottom - 50)  # a footnote's short rule below the table: no rule across it
    c.setFont("Helvetica", 8)
    c.drawString(72, bottom - 60, "1 Led by Enterprise Services")
    c.save()


def test_ruled_table_left_open_at_its_foot_keeps_its_last_row(tmp_path: Path) -> None:
    for closed in (True, False):
        path = tmp_path / f"goals_{closed}.pdf"
        _goals_pdf(path, closed)
        actions = planx.convert_file(path).actions
        assert [a.action for a in actions] == ["Roll out a new funding model",
                                               "Support identity management for hybrid cloud",
                                               "Re-architect the shared file service"], closed
        assert actions[-1].measure == "Reduce capital and operating costs"


def test_only_an_open_foot_is_closed_not_a_row_inside_the_grid() -> None:
    across = [edge(100, y, 500, y) for y in (100, 120, 140)]
    columns = [edge(x, 100, x, 170) for x in (100, 300, 500)]  # past the last rule at 140: an open foot
    assert [e["top"] for e in open_foot_rules(merge(across + columns), [])] == [170]
    # column rules drawn a segment per two rows, ending where no rule runs (a designed table's boxes)
    segments = [edge(x, top, x, top + 30) for x in (100, 300, 500) for top in (100, 140)]
    grid = [edge(100, y, 500, y) for y in (100, 120, 140, 160, 180)]
    assert open_foot_rules(merge(grid + segments), []) == []
    # a rule through a line of text is none
    assert open_foot_rules(merge(across + columns), [(110, 165, 200, 175)]) == []


def test_month_day_and_year_without_a_comma_is_one_date(tmp_path: Path) -> None:
    assert [d.iso() for d in find_dates("Updated September 25 2018")] == ["2018-09-25"]
    assert [d.iso() for d in find_dates("Sept 25 2018")] == ["2018-09-25"]
    assert [d.iso() for d in find_dates("June 18")] == ["2018-06"]  # a month and two digits alone: a year
    page = tmp_path / "projects.md"
    page.write_text(_PROJECTS, encoding="utf-8")  # '## Updated March 3 2024' dates the tracker
    assert planx.convert_file(page).plan_date == "2024-03-03"
