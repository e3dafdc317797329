"""Shapes met in heat-health plans and strategies (synthetic documents of the same shape; no third-party
text):

- a national action plan's annex as a ruled table 'No. | Tasks | Means | Execution term | Responsible
  executors': each task printed once (a cell merged down) over its means, numbered under it ('1.1.',
  '1.2.' under task '1.'), each with its own year and executor. The means are the actions, the task
  their area; the means' own numbers are their references, not part of their text. A translated plan's
  word for its measures ('Means') names no action in the heading vocabulary: its cells say it.
- a strategy's table of activities by phase of an emergency ('Phase | Stage | Activities'), rows keyed
  by 'Prevention', 'Preparedness', 'Response', 'Recovery', no who and no when: standing arrangements,
  kept aside. The same table with a lead column is a plan arranged by phase, its rows actions.
- a scale table ('Heatwave type | Warning | Severity | Impact') after a plan table, as wide as its
  headings and with no heading row the reader takes as its own: its column under the action heading
  holds figures and ranges ('0-1', '>1<3'), so it is no more rows of the plan table.
"""
from __future__ import annotations

from planx.extract.model import Cell, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.actions import under_row_ref
from planx.normalise.choose import nested_numbers, parent_and_steps
from planx.normalise.columns import columns_of, holds_no_words, profile
from planx.normalise.headers import Column
from planx.normalise.milestones import leading_number
from planx.normalise.phasetables import phases_table


def table(*rows: list[str], merged: frozenset[tuple[int, int]] = frozenset(), index: int = 1, page: int = 1) -> Table:
    return Table([Row([Cell(t, k, merged_above=(r, k) in merged) for k, t in enumerate(texts)], page=page,
                      line=r + 1) for r, texts in enumerate(rows)], page=page, index=index)


def convert(*tables: Table):
    return normalise(RawDocument(path="", name="d.docx", format="docx", blocks=list(tables)))


MEANS = [["No.", "Tasks", "Means", "Execution term", "Responsible executors"],
         ["1.", "Lower the harm of cold spells to older people living alone",
          "1.1. Draw up advice for care homes on keeping residents warm", "2025",
          "Institute of Public Health"],
         ["", "", "1.2. Train home-care workers to spot the first signs of hypothermia", "2026",
          "Social Services Agency"],
         ["", "", "1.3. Publish a leaflet on heating grants in five languages", "2025-2027", "Regional councils"],
         ["2.", "Improve the exchange of warnings between agencies",
          "2.1. Set up a shared warning mailbox for the weather service and hospitals", "2025",
          "Weather Service"],
         ["", "", "2.2. Hold a yearly exercise of the cold-weather warning chain", "2025-2029",
          "Civil Protection Office"]]
MERGED = frozenset({(2, 0), (3, 0), (2, 1), (3, 1), (5, 0), (5, 1)})


def test_means_numbered_under_their_task_are_its_actions():
    result = convert(table(*MEANS, merged=MERGED))
    assert [(a.area_ref, a.ref, a.area, a.action, a.due_raw, a.lead) for a in result.actions] == [
        ("1", "1.1", MEANS[1][1], "Draw up advice for care homes on keeping residents warm", "2025",
         "Institute of Public Health"),
        ("1", "1.2", MEANS[1][1], "Train home-care workers to spot the first signs of hypothermia", "2026",
         "Social Services Agency"),
        ("1", "1.3", MEANS[1][1], "Publish a leaflet on heating grants in five languages", "2025-2027",
         "Regional councils"),
        ("2", "2.1", MEANS[4][1], "Set up a shared warning mailbox for the weather service and hospitals", "2025",
         "Weather Service"),
        ("2", "2.2", MEANS[4][1], "Hold a yearly exercise of the cold-weather warning chain", "2025-2029",
         "Civil Protection Office")]
    assert any("numbered under its number" in w for w in result.warnings)


def _columns(*specs: tuple[str, str]) -> list[Column]:
    return [Column(col=k, span=1, label=label, field=field, basis="heading" if field else "")
            for k, (label, field) in enumerate(specs)]


def test_nested_numbers_want_each_step_under_its_parents_number():
    cells = [{0: "Improve the warnings", 1: "1.1. Set up a mailbox"}, {1: "1.2. Hold an exercise"},
             {0: "Train the staff", 1: "2.1. Train the crews"}]
    assert nested_numbers(cells, 0, 1, None)
    # numbers running on over the parents ('1.1' … '1.3' across two): not numbered under each
    run_on = [cells[0], cells[1], {0: "Train the staff", 1: "1.3. Train the crews"}]
    assert not nested_numbers(run_on, 0, 1, None)
    # steps of one action numbered '1.', '2.': a sequence, no items of their own
    plain = [{0: "Improve the warnings", 1: "1. Set up a mailbox"}, {1: "2. Hold an exercise"}]
    assert not nested_numbers(plain, 0, 1, None)


def test_tasks_over_unnumbered_steps_stay_an_action_with_milestones():
    # the same shape with steps not numbered under the task: its steps, as before
    columns = _columns(("Action", "action"), ("Tasks", ""), ("Lead", "lead"), ("Due", "due"))
    rows = [["Replace the booking system", "Agree the specification with the team", "Ann Lee", "Sept 2025"],
            ["", "Run the procurement and award the contract", "Bob Marsh", "December 2025"],
            ["", "Migrate the records and go live", "Cy Tan", "July 2026"]]
    data = [[(k, t, None) for k, t in enumerate(r) if t] for r in rows]
    cells = [{k: t for k, t, _ in r} for r in data]
    choice = parent_and_steps(columns, columns_of(data), len(data), None, cells)
    assert choice is not None and choice.fields == {1: "milestones"}


def test_an_items_own_number_under_the_rows_is_its_reference():
    assert under_row_ref("1.2. Train the crews", "1") == ("1.2", "Train the crews")
    assert under_row_ref("2.3 Publish the leaflet", "2") == ("2.3", "Publish the leaflet")
    assert under_row_ref("3.2 Establish the board", "1") is None  # not under row 1: the text's own
    assert under_row_ref("Train the crews", "1") is None
    # '1.' is no list number of '1.1. …': the text keeps its reference whole
    assert leading_number("1.1. Train the crews") == ("", "1.1. Train the crews")
    assert leading_number("3. Roll out the scheme") == ("3", "Roll out the scheme")


PHASES = [["Phase", "Stage", "Activities"],
          ["Prevention", "Prevention",
           "• Review the cold weather plan each spring\n• Add lessons from the last winter"],
          ["Preparedness", "Preparedness",
           "• Brief front-line staff before winter\n• Check the list of people at risk"],
          ["Response", "Alert", "• Share the weather service's warnings with care providers"],
          ["", "Stand down", "• Tell partners the warning has ended"],
          ["Recovery", "Recovery", "• Debrief partners and record what was learned"]]


def test_activities_by_phase_with_no_who_or_when_are_no_actions():
    result = convert(table(*PHASES))
    assert result.actions == []
    assert any("sets out activities by phase" in w for w in result.warnings)
    assert "Share the weather service's warnings with care providers" in " ".join(
        lo.text for lo in result.leftovers).replace("• ", "")


def test_a_plan_by_phase_that_names_who_leads_stays_a_plan():
    rows = [[*r, lead] for r, lead in zip(PHASES, ["Lead", "Planning Manager", "Training Lead", "Duty Officer",
                                                   "Duty Officer", "Head of Resilience"], strict=True)]
    assert phases_table(rows[0], ["area", "", "action", "lead"], rows[1:]) == ""
    assert phases_table(PHASES[0], ["area", "", "action"], PHASES[1:])
    # rows keyed by themes, not phases: no such table
    themes = [["Housing", "", "Insulate council homes"], ["Transport", "", "Add bus shelters"],
              ["Health", "", "Train GPs"]]
    assert phases_table(PHASES[0], ["area", "", "action"], themes) == ""
    # the heading row printed again where the table goes on over a page does not break the keys
    again = [*PHASES[1:3], PHASES[0], *PHASES[3:]]
    assert phases_table(PHASES[0], ["area", "", "action"], again)


PLAN = [["Theme", "Action", "Lead"],
        ["Information", "Publish the heat-health leaflet", "Communications Lead"],
        ["Places to cool", "Open cooling rooms in libraries", "Libraries Manager"],
        ["Care", "Train care home staff on heat illness", "Public Health Nurse"]]
SCALE = [["Heatwave type", "Severity", "Impact"],
         ["Low intensity", "0-1", "Most cope"],
         ["Severe", ">1<3", "Some at risk"],
         ["Extreme", ">3", "Dangerous"]]


def test_a_column_of_figures_under_a_carried_action_heading_is_no_action():
    assert holds_no_words(profile(["Severity", "0-1", ">1<3", ">3"]))
    assert not holds_no_words(profile(["Publish the leaflet", "Open cooling rooms", "Train staff"]))
    result = convert(table(*PLAN), table(*SCALE, index=2, page=2))
    assert [a.action for a in result.actions] == [r[1] for r in PLAN[1:]]
    assert any("'Action' would hold" in w for w in result.warnings)
