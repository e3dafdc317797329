"""Row-level shapes of real plans that were misread as actions or milestones.

- An action ending in a bracketed aside ('… review the policy (phase 2)', '(see section 2)',
  '(Level 2)') or a sentence ending in a number ('Complete phase 2.') is one item: a list needs a
  real sequence of numbers ('1) … 2) …', '(1) … (2) …', '2. … 3. …' after an unnumbered first
  item), not a lone number closing an aside or a sentence.
- A row holding only a labelled line under an action ('Lead officer: J Smith', 'Owner – Head of
  SEND', 'Target date: March 2026', 'Update: …') fills that field of the action above, or goes
  aside with its place when the field is already filled; it is never an action of its own.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import read

import planx
from planx.extract.model import Cell, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.milestones import split_numbered

# ---- numbered items need a real sequence -------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Review the EHCP quality assurance framework (phase 2)",
    "Agree the escalation protocol (see section 2)",
    "Offer places to one cohort (option 1) or both (option 2)",
    "Train all staff (Level 2)",
    "Review the policy (year 2); update the guidance",
    "Review (phase 2) and report to the board",
    "Complete phase 2.",
    "Deliver training to cohort 2. Evaluate its impact",
])
def test_a_number_closing_an_aside_or_a_sentence_splits_nothing(text):
    assert split_numbered(text) is None


@pytest.mark.parametrize("text, items", [
    ("1) Review policy 2) Publish it (phase 2)", [(1, "Review policy"), (2, "Publish it (phase 2)")]),
    ("(1) Protocol revised (draft 2)\n(2) Guidance issued", [(1, "Protocol revised (draft 2)"),
                                                            (2, "Guidance issued")]),
    ("Draft 2. Consult 3. Sign off", [(1, "Draft"), (2, "Consult"), (3, "Sign off")]),
    ("a. Audit files b. Report to the board", [(1, "Audit files"), (2, "Report to the board")]),
    ("i. Audit files ii. Report", [(1, "Audit files"), (2, "Report")]),
])
def test_real_sequences_still_split(text, items):
    assert [(n, t.strip()) for n, t in split_numbered(text) or []] == items


def test_a_title_over_a_numbered_list_still_splits():
    """Cells are read with their lines run together: '1.' before '2.' makes the sequence."""
    items = split_numbered("Improve attendance 1. Agree the policy 2. Train the staff")
    assert items is not None and [n for n, _ in items] == [1, 2]


def test_a_second_item_on_its_own_line_still_splits():
    """A list whose first item lost its number: '2.' at a line's start is the second item."""
    assert [t.strip() for _, t in split_numbered("Draft the plan\n2. Consult partners") or []] == [
        "Draft the plan", "Consult partners"]


# ---- a lone label row under an action ----------------------------------------------------------

HEAD = ["Ref", "Action", "Lead", "Target date", "Progress update"]


def grid(*rows: list[str]) -> Table:
    return Table([Row([Cell(t, k) for k, t in enumerate(texts)], page=1, line=r + 1)
                  for r, texts in enumerate(rows)], page=1, index=1)


def run(table: Table):
    return normalise(RawDocument(path="", name="d.docx", format="docx", blocks=[table]))


@pytest.mark.parametrize("label, field, value", [
    ("Lead officer: Jane Smith", "lead", "Jane Smith"),
    ("Owner – Communications Manager", "lead", "Communications Manager"),
    ("Target date: September 2026", "due_raw", "September 2026"),
    ("Update: first meeting held 12 May 2025", "progress", "first meeting held 12 May 2025"),
])
def test_a_label_row_fills_the_action_above(label, field, value):
    result = run(grid(HEAD,
                      ["1.1", "Publish the local offer refresh (see Annex B)", "", "", ""],
                      ["", label, "", "", ""],
                      ["1.2", "Train all SENCOs on the graduated approach", "SEND team", "July 2026", "Started"]))
    assert [a.action for a in result.actions] == ["Publish the local offer refresh (see Annex B)",
                                                  "Train all SENCOs on the graduated approach"]
    assert getattr(result.actions[0], field) == value
    assert not result.actions[0].milestones


def test_a_label_row_for_a_filled_field_goes_aside():
    result = run(grid(HEAD,
                      ["1.1", "Review the EHCP framework", "Head of SEND", "March 2026", ""],
                      ["", "Lead officer: Jane Smith", "", "", ""]))
    assert [a.action for a in result.actions] == ["Review the EHCP framework"]
    assert result.actions[0].lead == "Head of SEND"
    aside = [lo for lo in result.leftovers if lo.text == "Lead officer: Jane Smith"]
    assert aside and aside[0].line == 3 and aside[0].table == 1 and "lead" in aside[0].reason


def test_a_labelled_action_row_is_still_an_action():
    """'Action: …' names an action: a row of it opens a record as any action row does."""
    result = run(grid(HEAD,
                      ["1.1", "Review the EHCP framework", "Head of SEND", "March 2026", ""],
                      ["", "Action: Publish the local offer", "", "", ""]))
    assert len(result.actions) == 2


# ---- end to end: a Word plan with both shapes ------------------------------------------------


def _word_plan(path: Path) -> Path:
    import docx
    d = docx.Document()
    d.add_heading("SEND Improvement Plan 2025-26", 1)
    t = d.add_table(rows=1, cols=5)
    for c, h in zip(t.rows[0].cells, HEAD, strict=True):
        c.text = h
    rows = [
        ["1.1", "Review the EHCP quality assurance framework (phase 2)", "Head of SEND", "March 2026", ""],
        ["", "Lead officer: Jane Smith", "", "", ""],
        ["1.2", "Publish the local offer refresh (see Annex B)", "", "", "On track"],
        ["", "Owner – Communications Manager", "", "", ""],
        ["1.3", "Recruit two educational psychologists (subject to funding)", "Principal EP", "", ""],
        ["", "Target date: September 2026", "", "", ""],
        ["1.4", "Agree a joint commissioning protocol (DfE)", "ICB lead", "June 2026", ""],
        ["2.1", "Train all SENCOs on the graduated approach", "SEND advisory team", "July 2026", "Started"],
    ]
    for r in rows:
        for c, v in zip(t.add_row().cells, r, strict=True):
            c.text = v
    d.save(str(path))
    return path


def test_word_plan_with_asides_and_label_rows(tmp_path):
    plan = _word_plan(tmp_path / "send_plan.docx")
    out = tmp_path / "out"
    planx.convert([plan], out=out)
    actions = read(out, "actions")
    assert [a["action"] for a in actions] == [
        "Review the EHCP quality assurance framework (phase 2)",
        "Publish the local offer refresh (see Annex B)",
        "Recruit two educational psychologists (subject to funding)",
        "Agree a joint commissioning protocol (DfE)",
        "Train all SENCOs on the graduated approach"]
    assert [a["lead"] for a in actions] == ["Head of SEND", "Communications Manager", "Principal EP", "ICB lead",
                                            "SEND advisory team"]
    assert actions[2]["due_date"] == "2026-09"
    assert not read(out, "milestones")
    assert any(lo["text"] == "Lead officer: Jane Smith" for lo in read(out, "leftovers"))


# ---- totals rows and rows that run on -------------------------------------------------------


@pytest.mark.parametrize("text, total", [
    ("Total", True), ("Totals", True), ("Sub total", True),
    ("Total actions: 4", True), ("Total spend £16,940", True), ("Grand total = 12", True),
    ("Total number of actions 12", True), ("Total: 45%", True),
    ("Total transformation of the front door", False), ("Review total spend", False),
    ("Totally new approach 3", False),
])
def test_totals_labels(text, total):
    from planx.normalise.columns import totals_label
    assert totals_label(text) is total


def test_a_totals_row_with_its_figure_is_no_action():
    result = run(grid(HEAD,
                      ["1.1", "Review the EHCP framework", "Head of SEND", "March 2026", ""],
                      ["", "Total actions: 1", "", "", ""]))
    assert [a.action for a in result.actions] == ["Review the EHCP framework"]
    assert any(lo.text == "Total actions: 1" and lo.reason == "totals row" for lo in result.leftovers)


def test_an_unnumbered_row_opening_mid_sentence_goes_on_from_the_action_above():
    result = run(grid(HEAD,
                      ["1", "Set up a family hub in each locality", "Head of EH", "", ""],
                      ["", "so that families can get help close to home", "", "", ""],
                      ["2", "Train partners in the assessment", "Workforce Lead", "", ""]))
    assert [a.action for a in result.actions] == [
        "Set up a family hub in each locality so that families can get help close to home",
        "Train partners in the assessment"]


@pytest.mark.parametrize("second", [
    "Agree the protocol with schools",  # a capital: an action of its own, unnumbered
    "a) agree the protocol with schools",  # a lettered item
])
def test_rows_that_do_not_run_on(second):
    result = run(grid(HEAD,
                      ["1", "Set up a family hub in each locality", "Head of EH", "", ""],
                      ["", second, "", "", ""]))
    assert len(result.actions) == 2


# ---- a one- or two-word banner row between action rows -----------------------------------------

BANNER_ROWS = [["Improve attendance", "Introduce first-day calling", "J Smith", "March 2026", "On track"],
               ["Reduce exclusions", "Train all staff on the behaviour policy", "K Brown", "June 2026", ""],
               ["Other business", "", "", "", ""],
               ["Budget unclear", "Agree the new budget with the finance team", "CFO", "April 2026", "Delayed"]]
ACTIONS = ["Introduce first-day calling", "Train all staff on the behaviour policy",
           "Agree the new budget with the finance team"]


@pytest.mark.parametrize("first_heading, group", [("Objective", "area"), ("Ref", "area"),
                                                  # rows that name their own area: the banner groups them
                                                  ("Issue", "objective")])
def test_a_short_banner_in_the_first_column_heads_the_actions_below(first_heading: str, group: str):
    """'Other business' alone in the first column, the row below holding an instruction in the
    action column (its first cell is no instruction: 'Budget unclear'): the group of the rows
    below, never an action nor part of the cell above."""
    r = run(grid([first_heading, "Action", "Lead", "Target date", "Status"], *BANNER_ROWS))
    assert [a.action for a in r.actions] == ACTIONS
    assert "Other business" not in " ".join(a.area + a.objective + a.outcome for a in r.actions[:2])
    assert getattr(r.actions[2], group) == "Other business"



# ---- a list's items printed a row each under the action that opens the list -------------------

# the shape of a council's landscape plan (Kent ICS priorities, 2024, GET page): the action's cell
# ends 'include:', then one row per service, each with only its 'Shared Outcome' codes beside it
LIST_HEAD = ["What we have committed to", "Led by", "Timescale", "Measure", "Shared Outcome"]
LIST_ACTION = ("Work with partners to expand social prescribing. Identify the baseline reach and propose a KPI. "
               "Services involved in this activity include:")


def test_rows_of_a_list_the_action_opens_with_a_colon_are_its_items():
    result = run(grid(LIST_HEAD,
                      [LIST_ACTION, "Business Innovation Manager", "March 25", "Determine a KPI", "SO2,SO3"],
                      ["Green social prescribing network", "", "", "", "SO2,SO3"],
                      ["Positive Wellbeing", "", "", "", "SO2,SO3"],
                      ["Community Wardens", "", "", "", "SO2,SO3,SO4,SO5"],
                      ["Public Transport", "", "", "", "SO2"],
                      ["Carry out risk assessments of KCC Services", "Head of Environment", "March 26", "Risk "
                       "assessments", "SO2"]))
    assert [a.action for a in result.actions] == [
        LIST_ACTION + " Green social prescribing network; Positive Wellbeing; Community Wardens; Public Transport",
        "Carry out risk assessments of KCC Services"]
    assert result.actions[0].lead == "Business Innovation Manager"
    assert result.actions[0].due_date == "2025-03"
    # nothing lost: the items' own codes go aside
    assert any(lo.text == "SO2,SO3,SO4,SO5" for lo in result.leftovers)


@pytest.mark.parametrize("row", [
    ["Green social prescribing network", "Head of Economy", "", "", "SO2"],  # an owner of its own: an action
    ["Ensure that everyone who wants a job can find work through the roll out of supported employment",
     "", "", "", "SO2"],  # too long for an item
])
def test_rows_under_a_colon_that_are_not_list_items(row):
    result = run(grid(LIST_HEAD,
                      [LIST_ACTION, "Business Innovation Manager", "March 25", "Determine a KPI", "SO2,SO3"],
                      row))
    assert len(result.actions) == 2


def test_short_rows_under_an_action_that_opens_no_list_stay_actions():
    result = run(grid(LIST_HEAD,
                      ["Co-develop a health, work & skills strategy", "Head of Economy", "May 2025",
                       "Strategy in place", "SO2"],
                      ["Library Services", "", "", "", "SO2"]))
    assert len(result.actions) == 2
