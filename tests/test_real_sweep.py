"""Plans the public sweep of issue 14 refused or misread, and non-plans it read as plans: unit tests on
the three general causes, then end to end on real documents (tests/fixtures/real_sweep/SOURCES.md:
OGL, MIT, US public domain).

- a column of a few labels repeated down the rows is a grouping, not the actions
  (normalise/groupcols.py): a project board's 'Initiative' beside each card's 'Title';
- a document whose title names it an action log has its headerless per-topic tables read by content
  with instructions alone (normalise/logtitle.py, columns.plan_columns declared_log);
- a plan word after 'for'/'on' in a title is the document's subject, and 'meeting' does not hide that
  a document is an agenda, slides or a briefing (normalise/kinds.declared_kind).

Main at eefd881 read the board's 50 labels as its actions (0 of 200 right), refused both logs ("no
plan table found") and read 31 actions from the meeting's slides.
"""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

import planx
from planx.extract.model import Paragraph, RawDocument, Table
from planx.normalise.choose import Choice
from planx.normalise.columns import plan_columns, profile
from planx.normalise.groupcols import action_not_labels, labels, own_text
from planx.normalise.headers import Column
from planx.normalise.kinds import declared_kind
from planx.normalise.logtitle import action_log_title, names_action_log

FIXTURES = Path(__file__).parent / "fixtures" / "real_sweep"
LOGS = ("odug_action_log_2012-09-12.odt", "odug_action_log_2012-08-14.odt")
BOARD = "esdc_itstrategy_board_2021-11-23.csv"
SLIDES = "us_open_gov_public_meeting_slides_2022-05-19.pdf"


def board_rows() -> list[dict[str, str]]:
    with open(FIXTURES / BOARD, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


# ---- a column of labels is no action column -------------------------------------------------------------

def board_columns(action_heading: str = "Initiative") -> tuple[list[Column], dict, int]:
    """The board's first 40 cards as the walker sees them: 'Initiative' (or another heading) read as
    the action by its heading, 'Title' kept aside, 'Assignees' the lead."""
    cards = board_rows()[:40]
    names = ["Title", "Column", "Labels", "Assignees", action_heading, "Milestone"]
    keys = ["Title", "Column", "Labels", "Assignees", "Initiative", "Milestone"]
    fields = ["", "", "", "lead", "action", ""]
    columns = [Column(k, 1, f, n, basis="heading" if f else "unread")
               for k, (n, f) in enumerate(zip(names, fields, strict=True))]
    profiles = {k: profile([c[key] for c in cards]) for k, key in enumerate(keys)}
    return columns, profiles, len(cards)


def test_labels_repeated_down_a_board_give_way_to_each_cards_title():
    columns, profiles, rows = board_columns()
    choice = action_not_labels(columns, profiles, rows)
    assert isinstance(choice, Choice)
    assert choice.fields == {0: "action", 4: "area"}
    assert "'Initiative'" in choice.why and "'Title'" in choice.why and choice.confidence >= 0.8


def test_a_heading_that_names_the_action_beyond_doubt_is_never_overturned():
    columns, profiles, rows = board_columns("Action")
    assert action_not_labels(columns, profiles, rows) is None


def test_labels_and_own_text_by_their_cells():
    titles = [c["Title"] for c in board_rows()[:40]]
    assert own_text(profile(titles), 40)
    # the same few titles again on every row are labels, not each row's own text
    assert not own_text(profile(titles[:4] * 10), 40)
    assert labels(profile(["initiative:product"] * 20 + ["initiative:hr-process"] * 20), 40)
    # instructions are never labels, however often they repeat
    assert not labels(profile(["Develop benefits case"] * 40), 40)
    # a different value on most rows is no label
    assert not labels(profile([f"team {k}" for k in range(40)]), 40)


# ---- a title that names an action log -----------------------------------------------------------------

@pytest.mark.parametrize("text, named", [
    ("ODUG Action Log – 12 September 2012", True),
    ("Action Log – 14th August 2012", True),
    ("Actions tracker (updated May 2024)", True),
    ("Board action list", True),
    ("Action plan 2024-25", False),  # a plan, said by other words (kinds.KIND_PLAN_WORDS)
    ("Change log", False),
    ("Log of decisions", False),
    ("Risk register", False),
])
def test_names_action_log(text, named):
    assert names_action_log(text) is named


def doc(*lines: str, heading: bool = False) -> RawDocument:
    blocks: list[Paragraph | Table] = [Paragraph(text=t, page=1, line=k, heading=heading)
                                       for k, t in enumerate(lines, 1)]
    blocks.append(Table(index=1, page=1, rows=[]))
    return RawDocument(name="x.odt", path="x.odt", format="odt", blocks=blocks, pages=1)


def test_action_log_title_is_read_from_the_first_lines_before_any_table():
    assert action_log_title(doc("Open Data User Group", "Action Log – 14th August 2012")) \
        == "Action Log – 14th August 2012"
    assert action_log_title(doc("ODUG Action Log – 12 September 2012", "Secretariat")) \
        == "ODUG Action Log – 12 September 2012"
    # a third line, or a line after the first table, names no title
    assert action_log_title(doc("Open Data User Group", "Minutes", "Action log")) == ""


def test_a_declared_log_reads_a_column_of_instructions_and_deliverables_alone():
    # the 25 September 2012 log's first column (OGL): half instructions, half deliverables named
    cells = ['Circulate membership of each of the Transparency Sector Boards',
             'Circulate minutes and actions from fifth meeting',
             'Publish note and actions from fifth meeting on data.gov.uk', 'Draft ODUG strategy paper',
             'Produce .csv file', 'Formalise arrangement for monitoring and responding to incoming requests',
             'ToR for this workstream',
             'Work with OD community to define a set of principles for the release of open data [this action '
             'may fit in Business Case workstream]',
             'Consistent use of benefits categories (growth to be used instead of economic)', 'ToR for workstream',
             'Consider existing signposting to data already released',
             'First draft of paper to set out licensing issues related to the use of open data for group discussion',
             'Review for next meeting',
             'Set up facility for sentiment monitoring for ODUG and provide a baseline assessment', 'ODUG Branding',
             'Draw up and share key slides on ODUG',
             'List of events ODUG members are attending and list of relevant events', 'ODUG schedule of comms events',
             'Stakeholder engagement plan', 'ODUG response to PAF Advisory Board consultation – due 31 October']
    status = ["Carried forward", "", "", "Carried forward", "Carried forward"] + [""] * 15
    rows = [[(0, a, None), (1, s, None)] for a, s in zip(cells, status, strict=True)]
    from planx.normalise.columns import columns_of
    profiles = columns_of(rows)
    assert plan_columns(profiles, len(rows)) is None
    # (its second column, 'Carried forward' beside 3 of the 20 actions and blank beside the rest, is their
    # status however sparse: plan_columns' SPARSE_STATUS)
    assert plan_columns(profiles, len(rows), declared_log=True) == {0: "action", 1: "status"}
    # names are no actions, whatever the title says
    names = [[(0, n, None)] for n in ["Ann Lee, Head of Data", "Bob Ray, Chair of the Group", "Cat Dee, Secretariat",
                                      "Dan Fry, Cabinet Office", "Eve Moss, Member", "Fay Hill, Member"]]
    assert plan_columns(columns_of(names), len(names), declared_log=True) is None


# ---- what a title says the document is -----------------------------------------------------------------

def titled(*titles: str, name: str) -> RawDocument:
    blocks = [Paragraph(text=t, page=1, line=k, heading=True) for k, t in enumerate(titles, 1)]
    return RawDocument(name=name, path=name, format="pdf", blocks=list(blocks), pages=1)


def test_a_plan_named_after_for_is_the_subject_of_a_meetings_slides():
    kind = declared_kind(titled("Public Meeting for the US Open Government National Action Plan", "Agenda",
                                name="2022-05-19-open-gov-public-meeting-slides.pdf"))
    assert (kind.other, kind.plan) == ("agenda", False)


def test_an_agenda_under_past_meetings_is_no_minutes():
    kind = declared_kind(titled("Agenda", "Past Meetings & Engagement Rules", name="2023-09-26-slides.pdf"))
    assert kind.other == "agenda"


@pytest.mark.parametrize("titles, name, other, plan", [
    (["Minutes of the meeting", "Agenda item 1"], "minutes.docx", "", False),  # minutes keep their log
    (["Action Plan for Children's Services", "Report"], "x.docx", "report", True),
    (["Strategy for the Transparency Division and the Panel"], "paper.doc", "", True),
    (["Report on the improvement plan"], "x.docx", "report", False),
    # a clause of its own after a colon names the document again: an inspection's action plan
    (["APPENDIX 1", "Inspection of Services for Children in Need of Help and Protection: Action Plan"], "x.txt",
     "inspection", True),
])
def test_what_the_title_says(titles, name, other, plan):
    kind = declared_kind(titled(*titles, name=name))
    assert (kind.other, kind.plan) == (other, plan)


# ---- end to end -----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("real_sweep")
    planx.convert([FIXTURES / name for name in (*LOGS, BOARD, SLIDES)], out=out, jobs=1, report=False)
    return out


def rows(out: Path, table: str) -> list[dict[str, str]]:
    with open(out / f"{table}.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def words(text: str) -> list[str]:
    """A text's words, its bullets and list marks aside ('form • Incorporate' is 'form; Incorporate')."""
    return re.findall(r"[\w.’'/-]+", text)


def truth(name: str) -> list[dict]:
    return json.loads((FIXTURES / f"{name}.truth.json").read_text(encoding="utf-8"))["actions"]


def test_fixtures_are_small():
    for name in (*LOGS, BOARD, SLIDES):
        assert (FIXTURES / name).stat().st_size < 1_000_000, name


@pytest.mark.parametrize("name", LOGS)
def test_an_action_log_kept_per_topic_without_heading_rows_is_read(converted, name):
    docs = {r["doc"]: r for r in rows(converted, "documents")}
    assert docs[name]["status"] in ("ok", "partial"), docs[name]["error"]
    assert "names it an action log" in docs[name]["warnings"]
    got = [(words(r["action"]), r["area"]) for r in rows(converted, "actions") if r["doc"] == name]
    assert got == [(words(a["action"]), a["area"]) for a in truth(name)]


def test_a_board_export_reads_each_cards_title_its_assignees_and_column(converted):
    got = [r for r in rows(converted, "actions") if r["doc"] == BOARD]
    want = truth(BOARD)
    assert [r["action"] for r in got] == [a["action"] for a in want]
    assert [r["lead"] or None for r in got] == [a["lead"] for a in want]
    for r, a in zip(got, want, strict=True):
        if "status" in a:
            assert r["status"] == a["status"], (r["action"], r["status_raw"])
    assert {r["area"] for r in got} >= {"initiative:product", "initiative:micro-acquisitions"}
    docs = {r["doc"]: r for r in rows(converted, "documents")}
    assert "'Title' a text of its own" in docs[BOARD]["warnings"]


def test_a_public_meetings_slides_about_a_plan_give_no_actions(converted):
    docs = {r["doc"]: r for r in rows(converted, "documents")}
    assert docs[SLIDES]["status"] == "failed", docs[SLIDES]["error"]
    assert not [r for r in rows(converted, "actions") if r["doc"] == SLIDES]


# ---- a status column of notes beside a progress column of status words ---------------------------------

def test_status_words_under_progress_and_notes_under_status_trade_places():
    from planx.normalise.statuscols import status_and_progress_swapped
    # the Transparency Board's action log of 17 January 2012 (OGL), its table of completed actions
    progress = ["Complete", "Complete", "Complete", "Complete / With caveat", "Complete", "Complete"]
    status = ["AA is having ongoing conversations with Tim Moss. Last meeting mid October",
              "This is being built as part of release 1 of DGU; AA will provide a summary",
              "Action points agreed w/c 29 August; ZH sent reminder to the Met Office",
              "Action points agreed w/c 29 August; ZH sent reminder to the Met Office again",
              "Autumn Statement, 29 Nov, announced the release of the data",
              "ZH emailed Karen on 4 Nov. and Rufus on 9 November; Rufus happy with the approach"]
    columns = [Column(0, 1, "action", "Actions completed", basis="heading"),
               Column(1, 1, "progress", "Progress", basis="heading"),
               Column(2, 1, "status", "Status progress", basis="heading")]
    profiles = {0: profile(["Review the licence"] * 6), 1: profile(progress), 2: profile(status)}
    choice = status_and_progress_swapped(columns, profiles)
    assert choice is not None and choice.fields == {1: "status", 2: "progress"}
    # the headings agree with the cells: nothing to change
    columns[1].field, columns[2].field = "status", "progress"
    profiles = {0: profiles[0], 1: profile(progress), 2: profile(status)}
    assert status_and_progress_swapped(columns, profiles) is None
    # a status column of status words beside a progress column of notes stays as headed
    columns = [Column(0, 1, "action", "Action", basis="heading"), Column(1, 1, "status", "Status", basis="heading"),
               Column(2, 1, "progress", "Progress", basis="heading")]
    assert status_and_progress_swapped(columns, {1: profile(progress), 2: profile(status)}) is None
