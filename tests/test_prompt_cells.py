"""A school improvement plan's priority boxes (realdocs holdout38): each priority is a table that opens
with its context ('QI | NIF Priority | SBC Framework | Intended outcome: …'), then 'Process | Progress
Tracker', then a heading row whose first heading is blank ('' | Strategic lead | Timescale | Measures of
success) over rows whose blank-headed cell prints the template's prompts inside it ('What we are going
to do?' over the text, 'Why we need to do it?' over the reason).

The shapes, and those they must leave alone:
- the blank-headed column whose cells open with a prompt naming what will be done holds the actions;
  the prompt is dropped and the reason kept aside;
- a blank-headed column of plain sentences with no prompt is left to the other readings;
- the next priority's box, a table opening with the same labels as the first box opened with, is a
  copy of the template, not the first box's rows carried over a page: its context row is no action.
The real document's licence is not stated; the tests build its shape."""
from __future__ import annotations

from planx.extract.model import Cell, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.headers import read_header
from planx.normalise.tableforms import names_action_label

HEADINGS = [(0, 2, ""), (2, 1, "Strategic lead and key people"), (3, 1, "Timescale (Date)"),
            (4, 1, "Measures of Success (What is the impact of the improvements for learners?)")]


def row(cells: list[tuple[int, int, str]], line: int, page: int, tall: tuple[int, ...] = ()) -> Row:
    """tall: the columns whose cell goes on from the row above (a merged cell the reader cut)."""
    return Row([Cell(t, col, span, merged_above=col in tall) for col, span, t in cells], page=page, line=line)


def box(index: int, page: int, outcome: str, do: list[tuple[str, str, str, str, str]]) -> Table:
    """One priority's box: context, group headings, the heading row, then per item its 'do' row and
    its 'why' row (a PDF reader cuts the tall cell at the row lines beside it)."""
    rows = [row([(0, 1, "QI"), (1, 1, "NIF Priority"), (2, 1, "SBC Framework"),
                 (3, 2, f"Intended outcome: {outcome}")], 1, page),
            row([(0, 1, "2.3"), (1, 1, "improvement in attainment"), (2, 1, "Learning and Teaching"),
                 (3, 2, f"Intended outcome: {outcome}")], 2, page),
            row([(0, 3, "Process"), (3, 2, "Progress Tracker")], 3, page),
            row(HEADINGS, 4, page)]
    for n, (what, why, lead, when, measure) in enumerate(do, start=1):
        rows.append(row([(0, 1, str(n)), (1, 1, f"What we are going to do?\n{what}"), (2, 1, lead),
                         (3, 1, when), (4, 1, measure)], len(rows) + 1, page))
        rows.append(row([(0, 1, str(n)), (1, 1, f"Why we need to do it?\n{why}"), (2, 1, lead),
                         (3, 1, when), (4, 1, measure)], len(rows) + 1, page, tall=(0, 2, 3, 4)))
    return Table(rows, page=page, index=index)


def test_a_prompt_naming_what_will_be_done_is_a_label():
    assert names_action_label("What we are going to do?")
    assert names_action_label("What we are going to do.")
    assert not names_action_label("Why we need to do it?")
    assert not names_action_label("Train all staff in phonics.")


def test_a_blank_heading_over_prompted_cells_holds_the_actions():
    below = [[(0, "1"), (1, "What we are going to do?\nTrain all staff in the new reading scheme."),
              (2, "HT"), (3, "Sept - May"), (4, "Attainment in reading rises.")],
             [(0, "1"), (1, "Why we need to do it?\nReading results fell last year."), (2, "HT"),
              (3, "Sept - May"), (4, "Attainment in reading rises.")],
             [(0, "2"), (1, "What we are going to do?\nRun a parents' workshop on phonics."), (2, "PT"),
              (3, "Nov"), (4, "Parents report confidence.")]]
    header = read_header(HEADINGS, below)
    assert header is not None
    assert [c.field for c in header.columns][:1] == ["action"]
    # the same sentences with no prompt: this reading says nothing of them (the walker's reading by
    # content decides)
    plain = [[(c, t.split("\n")[-1]) for c, t in r] for r in below if "Why" not in r[1][1]]
    header = read_header(HEADINGS, plain)
    assert header is not None and header.columns[0].field == ""


def test_each_priority_box_reads_its_own_actions():
    first = box(1, 1, "Staff share an understanding of high quality teaching.",
                [("Establish systems that promote equity of success for all children.",
                  "Attainment gaps have widened.", "HT PT", "Sept - May", "Tracking shows good progress."),
                 ("Develop joint approaches to improving learning with cluster colleagues.",
                  "A joint approach helps transition.", "PT", "Jan - May", "Moderation shows consistency.")])
    second = box(2, 2, "Learners' needs are identified through robust assessment.",
                 [("Provide high quality universal and targeted learning support.",
                   "Some learners are not progressing.", "HT", "Sept - May", "Interventions show impact.")])
    result = normalise(RawDocument(path="", name="sip.pdf", format="pdf", blocks=[first, second], pages=2))
    actions = [a.action for a in result.actions]
    assert actions and all("What we are going" not in a and "Why we need" not in a for a in actions)
    assert any(a.endswith("Establish systems that promote equity of success for all children.") for a in actions)
    assert any(a.endswith("Provide high quality universal and targeted learning support.") for a in actions)
    # the second box's context row is no action read under the first box's headings
    assert not any("NIF Priority" in a or "QI" in a.split() for a in actions)
    assert any("another copy of the template" in w for w in result.warnings)
    assert any(a.lead == "HT" and a.page == 2 for a in result.actions)
    # each box's 'Intended outcome: …', printed once above its headings, is the outcome of its own actions
    assert {a.outcome for a in result.actions if a.page == 1} == {"Staff share an understanding of high quality "
                                                                  "teaching."}
    assert {a.outcome for a in result.actions if a.page == 2} == {"Learners' needs are identified through robust "
                                                                  "assessment."}


def test_a_boxs_outcome_is_not_carried_to_a_table_with_headings_of_its_own():
    first = box(1, 1, "Staff share an understanding of high quality teaching.",
                [("Establish systems that promote equity of success for all children.",
                  "Attainment gaps have widened.", "HT PT", "Sept - May", "Tracking shows good progress.")])
    later = Table([row([(0, 2, "Action"), (2, 1, "Lead"), (3, 1, "Timescale"), (4, 1, "Measures")],
                       1, 3),
                   row([(0, 2, "Develop outdoor learning at First and Second Level"), (2, 1, "All Staff"),
                        (3, 1, "April 2024"), (4, 1, "An outdoor learning audit shows change.")], 2, 3)],
                  page=3, index=2)
    result = normalise(RawDocument(path="", name="sip.pdf", format="pdf", blocks=[first, later], pages=3))
    outdoor = [a for a in result.actions if "outdoor" in a.action]
    assert outdoor and outdoor[0].outcome == ""
