"""Shapes of a SEND written statement of action and of a service plan's task table: an area of
weakness over its actions as a banner row ('Area of weakness 2: … (Area lead: Name (Role))') with
the outcome sought on a row of its own under it, milestones one column per term under one 'Key
milestones' heading, milestones a narrow column wrapped with each closed by its date in brackets,
and a service plan whose objective is printed once over its tasks beside a 'Progress %' column.
Synthetic documents of the same shape (python-docx), no real plan's text."""
from __future__ import annotations

from pathlib import Path

import planx
from planx.normalise.actions import dated_lines, lines_closed_by_dates
from planx.normalise.headers import read_heading, split_area_lead
from planx.normalise.taskheads import share_printed, task_heading


def _docx(path: Path, head: list[list[str]], rows: list[list[str] | str], spans: dict[int, tuple[int, int]]) -> Path:
    """A Word table: heading rows (cells merged where `spans` says: {heading row: (first, last)}),
    then rows of cells or one text merged across the table (a banner)."""
    import docx
    d = docx.Document()
    d.add_heading("Plan of actions", 1)
    t = d.add_table(rows=0, cols=len(head[0]))
    for k, labels in enumerate(head):
        cells = t.add_row().cells
        for c, v in zip(cells, labels, strict=True):
            c.text = v
        if k in spans:
            a, b = spans[k]
            cells[a].merge(cells[b]).text = labels[a]
    for r in rows:
        cells = t.add_row().cells
        if isinstance(r, str):
            cells[0].merge(cells[-1]).text = r
        else:
            for c, v in zip(cells, r, strict=True):
                c.text = v
    d.save(str(path))
    return path


def _wsoa(path: Path) -> Path:
    top = ["No.", "Action", "Success measure", "Key milestones", "", "", "Lead", "Completion date"]
    sub = ["No.", "Action", "Success measure", "Autumn 2024", "Spring 2025", "Summer 2025", "Lead",
           "Completion date"]
    rows: list[list[str] | str] = [
        "Area of weakness 1: Joint commissioning of therapy services   (Area lead: Ann Green (Head of Service))",
        "Outcome: Children wait less for the therapy they need",
        ["1.1", "Agree a joint commissioning plan with health partners", "Plan signed by both boards",
         "Scope of the plan agreed", "Plan in place", "Impact of the plan reviewed", "Tom Hill", "30/06/2025"],
        ["1.2", "Publish waiting times for each therapy every month", "Data published monthly",
         "Data sources agreed", "", "First annual report published", "Sara Khan", "31/07/2025"],
        "Area of weakness 2: Transition to adult services   (Area lead: Joe Bloggs)",
        ["2.1", "Write a joint transitions protocol for young people", "Protocol adopted by partners",
         "Draft protocol shared", "Protocol agreed", "Protocol reviewed", "Amy Lee", "31/08/2025"],
    ]
    return _docx(path, [top, sub], rows, {0: (3, 5)})


def test_an_area_of_weakness_banner_names_the_area_and_its_lead(tmp_path):
    actions = planx.convert_file(str(_wsoa(tmp_path / "wsoa.docx"))).actions
    assert [(a.area_ref, a.area, a.area_lead) for a in actions] == [
        ("1", "Joint commissioning of therapy services", "Ann Green (Head of Service)"),
        ("1", "Joint commissioning of therapy services", "Ann Green (Head of Service)"),
        ("2", "Transition to adult services", "Joe Bloggs")]


def test_an_outcome_row_under_the_banner_is_each_action_s_outcome_in_that_area_only(tmp_path):
    actions = planx.convert_file(str(_wsoa(tmp_path / "wsoa.docx"))).actions
    assert [a.outcome for a in actions] == ["Children wait less for the therapy they need"] * 2 + [""]


def test_milestone_columns_by_term_under_one_heading_are_each_a_milestone(tmp_path):
    actions = planx.convert_file(str(_wsoa(tmp_path / "wsoa.docx"))).actions
    assert [[m.milestone for m in a.milestones] for a in actions] == [
        ["Scope of the plan agreed", "Plan in place", "Impact of the plan reviewed"],
        ["Data sources agreed", "First annual report published"],
        ["Draft protocol shared", "Protocol agreed", "Protocol reviewed"]]


def test_a_lead_label_in_brackets_after_the_title_keeps_the_lead_s_own_brackets():
    assert split_area_lead("Transition (Area lead: Ann Green (Head of Service))") == \
        ("Transition", "Ann Green (Head of Service)")
    assert split_area_lead("Transition - Lead: Ann Green") == ("Transition", "Ann Green")


def test_wrapped_milestones_each_closed_by_a_bracketed_date():
    lines = ["Draft charter shared with the parent", "carer forum (06/12/2024)", "Charter agreed by the",
             "Board (07/03/2025)", "First review completed", "(28/06/2025)"]
    assert lines_closed_by_dates(lines) == ["Draft charter shared with the parent carer forum (06/12/2024)",
                                            "Charter agreed by the Board (07/03/2025)",
                                            "First review completed (28/06/2025)"]
    assert len(dated_lines("\n".join(lines)) or []) == 3
    # the last line closes on no date: the lines stay as they are (no list of dated items)
    assert lines_closed_by_dates(["Plan agreed (06/12/2024)", "then reviewed"]) == \
        ["Plan agreed (06/12/2024)", "then reviewed"]


def test_a_share_complete_heading_a_narrow_column_broke_mid_word():
    assert task_heading("Progres\ns (%)") is not None
    assert read_heading("Progres\ns (%)")[0].field == "status"
    assert share_printed("45%") and share_printed("100") and share_printed("0") and not share_printed("3")


def test_a_service_plan_objective_printed_once_and_its_share_complete(tmp_path):
    head = ["Service objective", "Key tasks", "Responsible officer", "Start date", "End date", "Resources",
            "Progress %"]
    rows: list[list[str] | str] = [
        ["Keep roads safe", "Resurface the worst roads in the borough", "Tom Hill", "1 Jun 2024",
         "30 Sep 2024", "Capital budget", "90"],
        ["", "Inspect every main road each month", "Sara Khan", "1 Apr 2024", "31 Mar 2025", "Inspectors", "100"],
        ["Encourage active travel", "Install charging points for electric vehicles", "Amy Lee", "1 May 2024",
         "28 Feb 2025", "Grant", "0"],
        ["", "Introduce school streets at five schools", "Joe Bloggs", "1 Jun 2024", "30 Apr 2025", "Officer time",
         "75"],
    ]
    actions = planx.convert_file(str(_docx(tmp_path / "service_plan.docx", [head], rows, {}))).actions
    assert [a.objective for a in actions] == ["Keep roads safe"] * 2 + ["Encourage active travel"] * 2
    assert [a.progress for a in actions] == ["90", "100", "0", "75"]
    assert [a.status for a in actions][:2] == ["in_progress", "complete"]


def test_wrapped_milestones_each_opened_by_their_date():
    lines = ["29/11/2024: Draft strategy shared with the parent", "carer forum",
             "28/03/2025: Strategy agreed by the", "Board", "19/07/2025: First review completed"]
    assert lines_closed_by_dates(lines) == ["29/11/2024: Draft strategy shared with the parent carer forum",
                                            "28/03/2025: Strategy agreed by the Board",
                                            "19/07/2025: First review completed"]
    assert lines_closed_by_dates(["Agree the plan", "29/11/2024: Review"]) == ["Agree the plan", "29/11/2024: Review"]


def test_an_outcome_line_under_an_area_heading_outside_the_table(tmp_path):
    import docx
    d = docx.Document()
    d.add_heading("Written statement of action", 1)
    for n, (title, outcome, acts) in enumerate([
            ("Transition to adult services", "Young people move to adult services smoothly",
             ["Write a joint transitions protocol for young people", "Train social workers in transition planning"]),
            ("The local offer", "", ["Redesign the local offer website with families"])], 1):
        d.add_paragraph(f"Area of weakness {n}: {title}")
        d.add_paragraph("Lead: Ann Green")
        if outcome:
            d.add_paragraph(f"Outcome we want to achieve: {outcome}")
        t = d.add_table(rows=1, cols=3)
        for c, h in zip(t.rows[0].cells, ["Ref", "Actions", "Target date"], strict=True):
            c.text = h
        for k, act in enumerate(acts, 1):
            for c, v in zip(t.add_row().cells, [f"{n}.{k}", act, "31/03/2026"], strict=True):
                c.text = v
    d.save(str(tmp_path / "wsoa.docx"))
    actions = planx.convert_file(str(tmp_path / "wsoa.docx")).actions
    first = ("Transition to adult services", "Young people move to adult services smoothly")
    assert [(a.area, a.outcome) for a in actions] == [first, first, ("The local offer", "")]


def test_a_blank_objective_beside_other_blanks_or_under_a_repeated_objective_is_none(tmp_path):
    head = ["Objective", "Outcomes", "Action description", "Target date"]
    rows: list[list[str] | str] = [
        # the next row leaves the outcome blank too: no objective of its own
        ["Every child has a plan", "Plans are reviewed on time", "Redesign the plan template with social workers",
         "June 2016"],
        ["", "", "Review every plan open for more than nine months", "August 2016"],
        # the objective printed again on the next row where it applies: a blank then means none
        ["Partners apply the thresholds", "Fewer contacts need no action", "Deliver threshold briefings to schools",
         "January 2017"],
        ["Partners apply the thresholds", "", "Agree the step-down guidance with early help", "December 2016"],
        ["", "", "Establish the threshold document for all partners", "November 2016"],
    ]
    actions = planx.convert_file(str(_docx(tmp_path / "plan.docx", [head], rows, {}))).actions
    assert [a.objective for a in actions] == ["Every child has a plan", "", "Partners apply the thresholds",
                                              "Partners apply the thresholds", ""]
