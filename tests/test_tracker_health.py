"""Strategic plans and progress trackers read by what their headings and cells mean (issue 14, the
retired held-out set holdout23): Louisville Metro's department plans (tests/fixtures/real, MIT).

The shapes, each read by general evidence rather than by the document:
- a tracker's 'Goal Health' / 'Initiative Health' column (the health of the thing a row tracks, as
  project managers say it) is its rating; a cell that prints a state and its colour ('On Track
  (green)') gives the RAG by the colour and the status by the state; 'Accomplished' is complete;
- 'Check-Step' (Plan-Do-Check-Act's check) over 'Employment, Recidivism' is the measure, not a step;
- a first column of goals, each numbered and printed once over the rows of its initiatives ('26.
  Enact Comprehensive Financial Management: Administer …' over six rows), groups those rows: the
  area, its number the area's reference, however long the goal's wording;
- the table's title printed again over its headings on each page ('PROGRESS REPORT') is the table
  going on, not a new area: rows left blank at the top of the next page stay in the goal in hand;
- 'Goal 1.1 – …' over its table, under no area numbered 1, is the area numbered 1.1 (and 'Strategy
  1.1' under 'Objective 1' stays area 1's);
- a running header that names the document ('Strategic Plan for the Department of …', repeated on
  every page) is its title where the first page's best line names only a part ('Goal Table').
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.codes import state_beside_colour
from planx.normalise.headers import classify
from planx.normalise.title import names_a_part, running_title
from planx.normalise.trackers import numbered_goals

FIXTURES = Path(__file__).parent / "fixtures" / "real"
OMB = "louisville_omb_strategic_plan_progress_2016-01.pdf"
YDS = "louisville_yds_strategic_plan.pdf"
OSHN = "louisville_oshn_strategic_plan.pdf"


def row(texts: list[str], line: int, page: int = 1) -> Row:
    return Row([Cell(t, k) for k, t in enumerate(texts)], page=page, line=line)


@pytest.mark.parametrize("heading, field", [
    ("Initiative Health", "rag"), ("Goal Health", "rag"), ("Project Health", "rag"), ("Overall Health", "rag"),
    ("Check-Step", "measure"), ("Check Step", "measure"), ("How will we check?", "measure"),
])
def test_health_and_check_headings_name_the_rating_and_the_measure(heading, field):
    assert classify(heading)[0] == field


@pytest.mark.parametrize("heading", ["Health", "Health and Safety", "Public health", "Health and wellbeing"])
def test_health_as_a_topic_names_no_rating(heading):
    assert classify(heading)[0] != "rag"


@pytest.mark.parametrize("cell, status", [
    ("On Track (green)", "in_progress"), ("Off Track (red)", "delayed"), ("Complete - Blue", "complete"),
    ("Green", ""), ("Completed", ""), ("Amber - delayed", ""), ("Green - on track", ""),
])
def test_a_state_beside_its_colour_gives_the_status(cell, status):
    assert state_beside_colour(cell) == status


def test_numbered_goals_printed_once_over_their_rows_group_them():
    goal = "26. Enact Comprehensive Financial Management: Administer the city's assets and obligations with fiscal " \
           "integrity, in a reliable, transparent, and consistent manner for fiscal year 2016."
    assert numbered_goals([goal, "", "", "", "27. Increase the Use of Technology: By June 30, 2016, …", ""], 6)
    # a goal on every row groups nothing; unnumbered goals are not this shape
    assert not numbered_goals(["1. Reduce waste", "2. Recycle more", "3. Plant trees"], 3)
    assert not numbered_goals(["Reduce waste", "", "", "Recycle more", ""], 5)


TRACKER_HEADINGS = ["Goal Description", "Risks", "Goal Health", "Initiative", "Progress Description",
                    "Initiative Health"]


def tracker() -> RawDocument:
    """Two pages of a ruled tracker: the title and headings printed again over the second page's
    rows, whose goal cell is left blank there (the goal was printed once, on the page before)."""
    first = Table([row(["PROGRESS REPORT", "", "", "", "", ""], 1),
                   row(TRACKER_HEADINGS, 2),
                   row(["1. Improve Asset Management: By June 30, 2017, implement monitoring tools.", "Staffing",
                        "On Track (green)", "Build the facilities dashboard", "Dashboard in testing.",
                        "On Track (green)"], 3),
                   row(["", "", "", "Inventory the fixed assets", "Inventory done.", "Accomplished"], 4),
                   row(["", "", "", "Tag the fleet vehicles", "Half tagged.", "Off Track (red)"], 5),
                   row(["2. Improve Customer Service: By June 30, 2016, make it easier to do business.", "",
                        "On Track (green)", "Publish the vendor guide", "Drafted.", "Slightly Off Track (yellow)"], 6)],
                  page=1, index=1)
    for r in first.rows[:1]:
        r.cells[0].colspan = 6
    second = Table([row(["PROGRESS REPORT", "", "", "", "", ""], 1, page=2),
                    row(TRACKER_HEADINGS, 2, page=2),
                    row(["", "", "", "Update the purchasing policies", "Guidelines out for review.",
                         "On Track (green)"], 3, page=2),
                    row(["", "", "", "Run two vendor fairs", "First fair held.", "On Track (green)"], 4, page=2)],
                   page=2, index=2)
    second.rows[0].cells[0].colspan = 6
    return RawDocument(path="", name="tracker.pdf", format="pdf", blocks=[first, second])


def test_a_tracker_reads_health_goals_and_pages_as_a_reader_would():
    result = normalise(tracker())
    got = [(a.area_ref, a.action, a.status, a.rag) for a in result.actions]
    assert got == [("1", "Build the facilities dashboard", "in_progress", "green"),
                   ("1", "Inventory the fixed assets", "complete", ""),
                   ("1", "Tag the fleet vehicles", "delayed", "red"),
                   ("2", "Publish the vendor guide", "", "amber"),
                   ("2", "Update the purchasing policies", "in_progress", "green"),
                   ("2", "Run two vendor fairs", "in_progress", "green")]
    assert result.actions[0].area.startswith("Improve Asset Management")
    # nothing lost: the title printed again on page 2 is kept aside, with the reason
    assert any(lo.text == "PROGRESS REPORT" and "printed again" in lo.reason for lo in result.leftovers)


def goal_plan(parent: str = "") -> RawDocument:
    blocks: list = [Paragraph(parent, 1, 1, heading=True)] if parent else []
    goals = [("Goal 1.1 – Reduce the staff turnover rate", "Develop a retention model"),
             ("Goal 1.2 – Increase access to wellness activities", "Start a buddy system")]
    for k, (heading, action) in enumerate(goals):
        blocks.append(Paragraph(heading.replace("Goal", "Strategy") if parent else heading, 1, 10 * k + 2,
                                heading=True))
        blocks.append(Table([row(["What", "Who", "When", "Check-Step"], 1),
                             row([action, "S. Clay", "June 2018", "Retention rate"], 2)], page=1, index=k + 1))
    return RawDocument(path="", name="plan.docx", format="docx", blocks=blocks)


def test_goal_banners_numbered_in_outline_keep_their_number():
    result = normalise(goal_plan())
    assert [(a.area_ref, a.area, a.measure) for a in result.actions] == [
        ("1.1", "Reduce the staff turnover rate", "Retention rate"),
        ("1.2", "Increase access to wellness activities", "Retention rate")]


def test_outline_banners_under_their_numbered_parent_stay_its_area():
    result = normalise(goal_plan("Objective 1: Attract and keep staff"))
    assert [a.area_ref for a in result.actions] == ["1", "1"]


def test_a_running_header_naming_the_document_titles_it():
    aside = [("Strategic Plan for the Department of Youth Detention Services",
              "running header/footer repeated on 6 pages (pages 1-6)", 1, 41),
             ("Updated 1/28/2016 Page 1 of 5", "running header/footer repeated on 5 pages (pages 1-5); printed "
              "with each page's numbers, 'Updated 1/28/2016 Page 1 of 5' to 'Updated 1/28/2016 Page 5 of 5'", 1, 580)]
    assert running_title(aside) == "Strategic Plan for the Department of Youth Detention Services"
    assert running_title(aside[1:]) == ""
    assert names_a_part("Goal Table") and names_a_part("6. Themes and actions")
    assert not names_a_part("Strategic Plan for the Office for Safe and Healthy Neighborhoods")


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import planx
    out = tmp_path_factory.mktemp("louisville")
    planx.convert([FIXTURES / OMB, FIXTURES / YDS, FIXTURES / OSHN], out=out, jobs=1, report=False)
    return out


def actions_of(out: Path, name: str) -> list[dict[str, str]]:
    with open(out / "actions.csv", newline="", encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh) if r["doc"] == name]


def test_the_progress_tracker_reads_goals_over_pages_and_health(converted):
    acts = actions_of(converted, OMB)
    assert len(acts) == 34
    assert [r["area_ref"] for r in acts[-3:]] == ["31", "31", "31"]  # page 5: goal 31 printed on page 4
    assert {r["area_ref"] for r in acts} == {"26", "27", "28", "29", "30", "31"}
    first = acts[0]
    assert (first["status"], first["rag"], first["rag_raw"]) == ("in_progress", "green", "On Track (green)")
    done = next(r for r in acts if r["action"].startswith("Increase diversity of vendors"))
    assert (done["status"], done["rag"]) == ("complete", "")


def test_the_strategic_work_tables_read_check_step_as_the_measure(converted):
    yds = actions_of(converted, YDS)
    assert yds[0]["area_ref"] == "1.1" and yds[0]["measure"].startswith("# of qualified applicants")
    assert {r["area_ref"] for r in yds} >= {"1.1", "1.2", "1.3", "2.1", "3.1", "3.2", "4.1", "4.2"}
    oshn = actions_of(converted, OSHN)
    assert [r["measure"] for r in oshn][:2] == ["Employment, Recidivism",
                                                "Shooting and Homicide Reduction at the Site Level"]
    with open(converted / "documents.csv", newline="", encoding="utf-8") as fh:
        titles = {r["doc"]: r["title"] for r in csv.DictReader(fh)}
    assert titles[YDS] == "Strategic Plan for the Department of Youth Detention Services"
