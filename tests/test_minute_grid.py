"""Minutes set out as a grid (normalise/minute_grid.py) and the action points marked in minute text
(normalise/minutes.py): where the actions sit inside text cells, which cells hold none, and that a
plan's table with a notes column is not taken for minutes.

The shapes are those of real minutes (a school's 'Item | Notes | Action' grid, a committee's
`No | Item | Discussion | Decision / Action | Who | By when`, a group's markdown minutes with
'**Action 4.1: CG to …** _Ongoing_' and an actions list), in our own words; end to end on the
seeded minutes of samples/make_minutes_samples.py in every rendering.
"""
from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import SHARED, needs_shared, truths

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.minute_grid import decision_cell, heading_role, layout_by_headings, split_item
from planx.normalise.minute_marks import agreed_action, lead_of, trailing_status
from planx.normalise.minutes import marked_points


def table(index: int, rows: list[list[str]]) -> Table:
    return Table(index=index, page=1, rows=[Row([Cell(text=t, col=c) for c, t in enumerate(r)], 1, i + 1)
                                    for i, r in enumerate(rows)])


def read(*blocks: Paragraph | Table, name: str = "m.docx"):
    return normalise(RawDocument(name, name, "docx", blocks=list(blocks)))


def rows_of(result) -> list[tuple[str, str, str, str]]:
    return [(a.area, a.action, a.lead, a.due_date) for a in result.actions]


# ---- the pieces -----------------------------------------------------------------------------------

@pytest.mark.parametrize("label, role", [
    ("Discussion / Notes", "discussion"), ("Summary of discussion", "discussion"), ("Notes", "discussion"),
    ("Decision / Action", "action"), ("Decisions and actions", "action"), ("Action points", "action"),
    ("Decision", "decision"), ("Resolved", "decision"), ("Agenda item", "item"), ("No", "ref"),
    ("By whom", "lead"), ("By when", "due"), ("Status", "status"), ("Resources", ""),
])
def test_a_minutes_heading_names_its_role_by_its_parts(label, role):
    assert heading_role(label) == role


def test_minute_items_split_into_number_and_title():
    assert split_item("BM 70/2122 Division of Agenda") == ("BM 70/2122", "Division of Agenda")
    assert split_item("3. Volunteering") == ("3", "Volunteering")
    assert split_item("4.2") == ("4.2", "")
    assert split_item("Finance report") == ("", "Finance report")


def test_a_decisions_cell_sets_tasks_or_none():
    assert decision_cell("Noted")[0] == [] and decision_cell("Approved")[0] == []
    assert decision_cell("The board approved the budget for the year")[0] == []  # a decision, no one to act
    one, _ = decision_cell("Clerk to place the minutes on the website")
    assert [(p.action, p.lead) for p in one] == [("Clerk to place the minutes on the website", "Clerk")]
    listed, _ = decision_cell("1. Draft a volunteer handbook\n2. Book induction training", listed_are_actions=True)
    assert [p.action for p in listed] == ["Draft a volunteer handbook", "Book induction training"]
    # a decisions column (not headed as actions) takes only the items that set a task
    assert [p.action for p in decision_cell("1. Draft a volunteer handbook\n2. Book induction training")[0]] == \
        ["Draft a volunteer handbook"]


@pytest.mark.parametrize("text, action, lead, ref", [
    ("The figures were noted. ACTION: AB to circulate the budget by 30 May 2024",
     "AB to circulate the budget by 30 May 2024", "AB", ""),
    ("Action 2 – Clerk to write to the bank", "Clerk to write to the bank", "Clerk", "2"),
    ("AP3: Book the hall for the annual meeting (Lead: Sarah)", "Book the hall for the annual meeting (Lead: Sarah)",
     "Sarah", "3"),
    ("1. **Action 4.1: CG to contact the data centre about the grids.** _Ongoing_ More was said.",
     "CG to contact the data centre about the grids", "CG", "4.1"),
])
def test_marked_action_points(text, action, lead, ref):
    found, _ = marked_points(text)
    assert [(a.action, a.lead, a.ref) for _, a in found] == [(action, lead, ref)]


def test_what_is_not_an_action_point_stays_text():
    assert marked_points("The Action Plan was discussed. It was agreed that the minutes were a true record.")[0] == []
    assert marked_points("ACTION PLAN: Detail the actions required to achieve a green score")[0] == []
    found, rest = marked_points("Members discussed the options. It was agreed that the Secretary would write to "
                                "the ICB. The meeting closed at 9pm.")
    assert [(a.action, a.lead) for _, a in found] == [("The Secretary would write to the ICB", "Secretary")]
    assert found[0][0] == "Members discussed the options. " and rest.strip() == "The meeting closed at 9pm."
    assert agreed_action("a Policy would be appropriate") is None


def test_who_acts_before_or_after_a_point():
    assert lead_of("(EF) Update on sea ice developments") == "EF"
    assert lead_of("AA/CG/DS We should work with the coupled model team") == "AA/CG/DS"
    assert lead_of("Obtain three quotes for resurfacing the car park – Chair") == "Chair"
    assert trailing_status("AA to create the repository - done. _Closed._") == ("AA to create the repository", "Closed")
    assert trailing_status("Circulate the draft to members") == ("Circulate the draft to members", "")


# ---- grids ----------------------------------------------------------------------------------------

_GRID = [["No", "Item", "Discussion / Notes", "Decision / Action", "Who", "By when"],
         ["1", "Apologies", "Apologies were received from Mary Long.", "Noted", "", ""],
         ["2", "Finance report", "AB presented the quarter 3 figures. Spending was ahead of budget.",
          "Agreed: the Treasurer will circulate the revised budget", "", "30 May 2024"],
         ["3", "Volunteering", "PP reported that forty new volunteers had joined since January.",
          "1. Draft a volunteer handbook\n2. Book induction training", "1. PP\n2. AB", "June 2024"]]


def test_a_minutes_grid_reads_its_decisions_column_point_by_point():
    result = read(table(1, _GRID))
    assert rows_of(result) == [
        ("Finance report", "The Treasurer will circulate the revised budget", "Treasurer", "2024-05-30"),
        ("Volunteering", "Draft a volunteer handbook", "PP", "2024-06"),
        ("Volunteering", "Book induction training", "AB", "2024-06")]
    assert [a.area_ref for a in result.actions] == ["2", "3", "3"]
    assert any("read as minutes" in w for w in result.warnings)
    kept = " ".join(lo.text for lo in result.leftovers)
    assert "Noted" in kept and "forty new volunteers" in kept  # nothing lost


def test_action_points_marked_in_a_grid_without_headings():
    result = read(table(1, [["1. Apologies", "Apologies were received from Mary Long."],
                            ["2. Finance", "AB presented the figures. ACTION: AB to circulate the budget by 30 May "
                             "2024"],
                            ["3. Volunteering", "PP reported forty new volunteers. Agreed that the Clerk will book the "
                             "hall for the AGM."]]))
    assert rows_of(result) == [("Finance", "AB to circulate the budget by 30 May 2024", "AB", "2024-05-30"),
                               ("Volunteering", "The Clerk will book the hall for the AGM", "Clerk", "")]


def test_minutes_that_set_no_one_a_task_give_no_actions():
    result = read(table(1, [["Item", "Discussion", "Decision"],
                            ["1. Apologies", "Apologies were received from Mary Long.", "Noted"],
                            ["2. Finance report", "AB presented the figures. The action plan was noted.", "Received"],
                            ["3. Grants", "Members discussed the grant applications.", "RESOLVED that the report "
                             "be noted"],
                            ["4. Next meeting", "The next meeting will be on 6 June.", "None"]]))
    assert result.actions == [] and result.status == "failed"


def test_a_plan_with_a_notes_column_is_no_minutes_grid():
    """'Notes' after the actions is a plan's comments column: its numbered action cell keeps its
    items as milestones, as plans read."""
    rows = [["Item", "Action", "Lead", "Due", "Notes"],
            ["1", "Improve attendance\n1. Agree the policy\n2. Train the staff", "HT", "July 2024", "On track"]]
    assert layout_by_headings([[(c, t) for c, t in enumerate(r)] for r in rows]) is None
    result = read(table(1, rows))
    assert len(result.actions) == 1 and len(result.actions[0].milestones) == 2


def test_a_response_to_recommendations_asking_agreed_is_no_minutes_grid():
    """'Ref | Recommendation | Agreed? | Action(s) to be taken | Officer | By when': the question is
    answered in each row ('Accepted'), no minute's decisions; the plan's reading keeps the officer
    column as the lead and each response as an action."""
    assert heading_role("Agreed?") == "" and heading_role("Agreed") == "decision"
    rows = [["Ref", "Recommendation", "Agreed?", "Action(s) to be taken", "Officer", "By when", "Latest position"],
            ["Rec 1", "That the Cabinet increase the supply of leased homes.", "Accepted",
             "Officers will include a commitment to increase the supply in the next service plan.",
             "Head of Housing Needs", "End November 2026", "Working group has met twice."],
            ["Rec 2", "That the council reduce the use of bed and breakfast.", "Accepted in part",
             "The service will review options to reduce the use of bed and breakfast.",
             "Neighbourhood Services Manager", "30/04/2027", "Report scheduled for March."]]
    assert layout_by_headings([[(c, t) for c, t in enumerate(r)] for r in rows]) is None
    result = read(table(1, rows))
    assert [a.lead for a in result.actions] == ["Head of Housing Needs", "Neighbourhood Services Manager"]


def test_a_form_of_labelled_rows_is_not_read_for_action_points():
    rows = [["Indicator Title", "Looked after children with 3 or more placements"], ["Target", "10%"],
            ["ACTION PLAN: Detail the actions required to achieve a 'green' score", ""],
            ["What (is required)", "Analyse the cohort child by child"],
            ["Who (will be responsible)", "Designated Nurse"]]
    result = read(table(1, rows))
    assert not any("read as minutes" in w for w in result.warnings)


def test_narrative_minutes_take_their_heading_as_the_area():
    result = read(Paragraph("3. Finance report", page=1, line=1, heading=True),
                  Paragraph("AB presented the figures.", page=1, line=2),
                  Paragraph("ACTION: AB to circulate the budget by 30 May 2024", page=1, line=3),
                  Paragraph("4. Volunteering", page=1, line=4, heading=True),
                  Paragraph("It was agreed that the Secretary would draft a handbook.", page=1, line=5))
    assert [(a.area_ref, a.area, a.lead) for a in result.actions] == [("3", "Finance report", "AB"),
                                                                      ("4", "Volunteering", "Secretary")]


# ---- seeded minutes, every shape and rendering ------------------------------------------------------

@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from reportlab import rl_config

    import planx
    from samples.make_minutes_samples import seeded as make
    # the same bytes whatever ran before (make_pdf_samples sets this for the whole process): a
    # narrative minute has no rules to draw, so its ruled and borderless PDFs are then one file,
    # which planx converts once and reports as a duplicate of the other
    rl_config.invariant = 1
    folder = tmp_path_factory.mktemp("seeded_minutes")
    docs = make(folder, seed=7, per_shape=1)
    out = tmp_path_factory.mktemp("seeded_out")
    planx.convert(docs, out=out, jobs=1, report=False)
    return folder, out


def _bare(text: str | None) -> str:
    return "".join((text or "").casefold().split())


def _duplicates(out: Path) -> dict[str, str]:
    """Each document planx skipped as a byte-for-byte duplicate → the document it was read as."""
    with open(out / "documents.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    twins = {}
    for row in rows:
        same = re.search(r"the same bytes as (\S+)", row["error"]) if row["status"] == "duplicate" else None
        if same:
            twins[row["doc"]] = Path(same.group(1)).name
    return twins


def test_seeded_minutes_in_every_rendering(seeded):
    """Each truth field right in at least 95 % of the documents' fields, per rendering, and no
    action at all from the minutes that set no one a task (a floor, not the figure reached)."""
    folder, out = seeded
    with open(out / "actions.csv", newline="", encoding="utf-8") as fh:
        actions = list(csv.DictReader(fh))
    twin = _duplicates(out)
    by_rendering: dict[str, list[int]] = {}
    for truth in truths(folder):
        got = [a for a in actions if a["doc"] == twin.get(truth["doc"], truth["doc"])]
        if not truth["actions"]:
            assert got == [], truth["doc"]
            continue
        rendering = truth["doc"].rsplit(".", 1)[1] + ("-borderless" if "_borderless" in truth["doc"] else "")
        tally = by_rendering.setdefault(rendering, [0, 0])
        for want in truth["actions"]:
            match = next((a for a in got if _bare(a["action"]) == _bare(want["action"])), None)
            for name, value in want.items():
                tally[1] += 1
                tally[0] += match is not None and _bare(match[name]) == _bare(value)
    # the text rendering is pdftotext's (poppler-utils, `make system-deps`): absent, there is none
    expected = {"docx", "pdf", "pdf-borderless"} | ({"txt"} if shutil.which("pdftotext") else set())
    assert set(by_rendering) == expected
    for rendering, (right, total) in by_rendering.items():
        assert right / total >= 0.95 if rendering != "txt" else right / total >= 0.85, (rendering, right, total)


def test_headings_run_together_take_the_phrase_they_open_with():
    assert heading_role("Actions agreed Who By when") == "action"  # a borderless table's merged headings
    assert heading_role("Item no") == "ref"


def test_a_lone_action_line_with_its_owner_in_brackets_is_a_minute_action():
    result = read(Paragraph("3. Premises", page=1, line=1, heading=True),
                  Paragraph("ACTION: Arrange a visit to the new premises (Lead: Treasurer)", page=1, line=2))
    assert [(a.area, a.action, a.lead) for a in result.actions] == [
        ("Premises", "Arrange a visit to the new premises (Lead: Treasurer)", "Treasurer")]


def test_pdf_lines_set_without_paragraph_space_end_a_paragraph_where_a_line_stops_short():
    from planx.extract.pdfgeom import Line, Word
    from planx.extract.pdfpage import paragraphs_of

    def line(text: str, top: float, x1: float) -> Line:
        words, x = [], 50.0
        step = (x1 - 50.0) / max(1, len(text.split()))
        for w in text.split():
            words.append(Word(text=w, x0=x, x1=x + step * 0.9, top=top, bottom=top + 10, size=10))
            x += step
        return Line(words=words, top=top, bottom=top + 10, size=10)

    lines = [line("Members discussed the survey results and the response rate, which was lower", 100, 540),
             line("than last year.", 111, 140),
             line("Action: JS to circulate the results by 3 May 2024", 122, 330),
             line("3. Finance report", 133, 160),
             line("AB presented the figures for the quarter and the forecast for the year, which", 144, 545),
             line("were noted by members.", 155, 200)]
    texts = [t for _, t, *_ in paragraphs_of(lines, 842.0, 10)]
    assert texts == ["Members discussed the survey results and the response rate, which was lower than last year.",
                     "Action: JS to circulate the results by 3 May 2024", "3. Finance report",
                     "AB presented the figures for the quarter and the forecast for the year, which were noted by "
                     "members."]


# ---- real minutes (tests/fixtures/real_minutes; source and licence in SOURCES.md there) -------------

REAL = Path(__file__).parent / "fixtures" / "real_minutes"
# field accuracy (%) of each against its hand-written truth, and the share of output actions that are
# truth actions; raise as planx improves, never lower
REAL_FLOORS = {"nodejs_benchmarking_minutes_2016-06-07.txt": (100.0, 0.75),
               "nodejs_benchmarking_minutes_2017-01-12.txt": (100.0, 1.0)}


@needs_shared
def test_real_minutes_score_at_least_their_floor(tmp_path):
    import subprocess
    import sys

    import planx
    planx.convert(sorted(p for p in REAL.iterdir() if p.suffix == ".txt"), out=tmp_path, jobs=1, report=False)
    proc = subprocess.run([sys.executable, str(SHARED / "score.py"), str(tmp_path), str(REAL), "--json"],
                          capture_output=True, text=True)
    report = json.loads(proc.stdout[: proc.stdout.rfind("score:")])
    scored = {d["doc"]: d for d in report["documents"]}
    assert set(scored) == set(REAL_FLOORS)
    for name, (floor, precision) in REAL_FLOORS.items():
        doc = scored[name]
        assert (doc["accuracy"] or 0.0) >= floor, (name, doc)
        assert doc["paired"] / doc["output_actions"] >= precision, (name, doc)


def test_lists_under_a_heading_that_names_actions():
    from planx.normalise.minutes import list_heading
    assert list_heading("## Actions for next meeting") and list_heading("New/Roll over actions")
    assert list_heading("**Actions arising**")
    assert not list_heading("* Actions from last meeting")  # an agenda's bullet
    assert not list_heading("Action plan for the coming year")
    assert not list_heading("Actions")  # 'Actions' alone is a label (read as one)
    result = read(Paragraph("## Actions for next meeting", page=1, line=1),
                  Paragraph("* Michael and Gareth to work on additional benchmarks", page=1, line=2),
                  Paragraph("* we ran out of time, will review next time", page=1, line=3),
                  Paragraph("+ Ali to open an issue on the ignition discussion", page=1, line=4))
    assert [(a.action, a.lead) for a in result.actions] == [
        ("Michael and Gareth to work on additional benchmarks", "Michael and Gareth"),
        ("Ali to open an issue on the ignition discussion", "Ali")]
    assert lead_of("It will be reviewed next time") == ""  # a pronoun is no first name


def test_a_trackers_notes_column_with_no_action_point_marked_is_no_minutes_grid():
    # a task tracker's export ('Status | Date | Subject | Notes | Next Step | Task Owner | Assigned'):
    # the notes hold the to-dos and mark no action point, and no decision or action column stands
    # beside them; a minutes grid would read nothing from it (cio.gov tracker with 'Comments' renamed)
    head = ["Status", "Date", "Subject", "Notes", "Next Step", "Task Owner", "Assigned"]
    body = [["In Progress", "3/24/2020", "Gather intel", "RC to have a virtual coffee with Dana on 3/25",
             "Megan to provide context for the conversation", "Megan Looff", "Rebecca Combs"],
            ["In Progress", "4/10/2020", "Reach out to Pebble", "RC or SS to reach out to Pebble to talk about CM",
             "Meet with Steve to see how to approach this", "Steve Scarano", "Rebecca Combs"]]
    rows = [head, *body]
    assert layout_by_headings([[(c, t) for c, t in enumerate(r)] for r in rows]) is None
    # the same notes marking an action point are a minutes grid's discussion
    marked = [head[:4], ["", "", "Budget", "The board discussed the budget. ACTION: JS to circulate the draft"]]
    assert layout_by_headings([[(c, t) for c, t in enumerate(r)] for r in marked]) is not None
