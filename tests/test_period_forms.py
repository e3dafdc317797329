"""A permit or grant form filled in once per item chosen ('Brief Description of BMP:', 'Measurable
Goals, including frequencies:', 'Milestones:' over 'Year 1:' … 'Year 5:'), as a scan reads it
(normalise/labelforms.py): the labels numbered in a run that starts again in each record list its
steps by period and never open a record; a label naming the action opens the records when it is
printed more often than any other that would; a scan's line run on into the form's next label is
parted at it; the set phrase 'Measurable goals' names the measure (normalise/headers.py)."""
from __future__ import annotations

import pytest

from planx.extract import extract
from planx.extract.model import Cell, Paragraph, Row, Table
from planx.normalise import normalise
from planx.normalise.headers import classify
from planx.normalise.kinds import scheduled
from planx.normalise.labelforms import Item, lettered_areas, numbered_series, read_label_forms
from planx.normalise.records import Action, Milestone


@pytest.mark.parametrize("label, field", [
    ("Measurable Goals, including frequencies", "measure"),
    ("Measurable goals", "measure"),
    ("Brief Description of BMP", "action"),
    ("Brief description of project", "action"),
    ("Goals", "objective"),  # a goal alone is what the work serves
    ("Action ID", "area_ref"),  # a head word after the set phrase still reads first
    ("Milestone due date", "due"),
])
def test_set_phrase_holding_its_head_word_names_the_field(label, field):
    assert classify(label)[0] == field


@pytest.mark.parametrize("label", ["Risk Description", "Incident description", "Description"])
def test_a_description_of_something_else_names_no_action(label):
    # only 'brief description of …' is a form's box for the item chosen: a risk register's 'Risk
    # Description' beside its 'Recommended Treatment' column describes the risk, not the work
    name, score, _ = classify(label)
    assert name != "action" or score < 60


def _record(n: int, run_on: bool = False) -> list[str]:
    item = f"X.{n} Option number {n} (You may need to go to the next page to fill in this information)"
    task = f"The Township will carry out task number {n} in every ward."
    return ([f"{item} Brief Description of BMP: {task}"] if run_on else [item, "Brief Description of BMP:", task]) + [
        "Measurable Goals, including frequencies:",
        f"The goal of this programme is to reach target {n} each year.",
        "Milestones:",
        "Year 1:", f"Start task {n}.", "Year 2:", "Same as Year 1.", "Year 3:", "Same as Year 1.",
    ]


def _blocks(lines: list[str]) -> list[Paragraph | Table]:
    return [Paragraph(t, 1, i + 1) for i, t in enumerate(lines)]


def test_labels_numbered_in_runs_are_a_series():
    items = [Item(0, f"Year {k}", "", 1, 1) for _ in range(3) for k in (1, 2, 3, 4)]
    assert numbered_series(items) == {"year"}
    once = [Item(0, f"Action {k}", "", 1, 1) for k in (1, 2, 3, 4, 5, 6)]  # numbers its records: no series
    assert numbered_series(once) == set()


def test_records_of_a_yearly_form_open_at_the_description_not_the_years():
    lines = ["A. Public Education"] + _record(1) + _record(2) + ["B. Participation"] + _record(3, run_on=True)
    forms = read_label_forms(_blocks(lines), classify)
    assert forms is not None
    records = [r for rs in forms.records.values() for r in rs]
    assert len(records) == 3
    assert forms.fields[forms.action_key] == "action" and forms.action_key == "brief description of bmp"
    assert "measure" in forms.fields.values()
    first = records[2].items[0]  # the run-on line parted: the label opens the third record
    assert first.label == "Brief Description of BMP"
    assert first.value.startswith("The Township will carry out task number 3")


def test_a_form_with_no_steps_and_no_who_or_when_is_no_plan():
    lines = []
    for n in (1, 2, 3):
        lines += ["Brief Description of BMP:", f"The Township will carry out task number {n} in every ward.",
                  "Measurable Goals, including frequencies:", f"The goal is to reach target {n} each year."]
    assert read_label_forms(_blocks(lines), classify) is None


def test_a_table_printing_the_forms_labels_is_part_of_the_form():
    lines = _record(1) + _record(2) + _record(3)
    blocks = _blocks(lines)
    # (a scan's box around the last years, read as a table of its own: 'Same as Year 1. | 4' / 'Year 4')
    boxed = Table([Row([Cell("Same as Year 1.", 0), Cell("4", 1)], 1, 0),
                   Row([Cell("Year 4", 0), Cell("", 1)], 1, 1)], 1, 1)
    at = [i for i, b in enumerate(blocks) if b.text == "Measurable Goals, including frequencies:"]
    for k in reversed(at):
        blocks.insert(k + 8, boxed)
    assert read_label_forms(blocks, classify) is not None
    plain = Table([Row([Cell("Ward", 0), Cell("Budget", 1)], 1, 0),
                   Row([Cell("North", 0), Cell("£4,000", 1)], 1, 1)], 1, 1)
    blocks = _blocks(lines)
    for k in reversed(at):
        blocks.insert(k + 8, plain)  # a table of its own under every record: the form heads it
    assert read_label_forms(blocks, classify) is None


def test_a_label_closing_a_line_whose_stop_was_lost_is_parted():
    lines = []
    for n in (1, 2, 3):
        lines += ["Brief Description of BMP:",
                  f"The Township will carry out task number {n} in every ward Measurable Goals, including frequencies:"
                  if n == 3 else f"The Township will carry out task number {n} in every ward.",
                  *([] if n == 3 else ["Measurable Goals, including frequencies:"]),
                  f"The goal is to reach target {n} each year.", "Milestones:",
                  "Year 1:", "Start.", "Year 2:", "Same as Year 1.", "Year 3:", "Same as Year 1."]
    forms = read_label_forms(_blocks(lines), classify)
    assert forms is not None
    last = [r for rs in forms.records.values() for r in rs][-1]
    labels = [it.label for it in last.items if it.label]
    assert labels[:2] == ["Brief Description of BMP", "Measurable Goals, including frequencies"]
    assert last.items[1].value == "The Township will carry out task number 3 in every ward"


def test_lettered_sections_are_the_areas_of_the_records_under_them():
    lines = ["A. Public Education and Outreach", *_record(1), *_record(2),
             "B. Public Participation/Involvement", *_record(3),
             "C.Illicit Discharge Detection", *_record(4)]
    forms = read_label_forms(_blocks(lines), classify)
    assert forms is not None
    assert sorted(forms.areas.values()) == [("A", "Public Education and Outreach"),
                                            ("B", "Public Participation/Involvement"),
                                            ("C", "Illicit Discharge Detection")]
    assert not set(forms.areas) & forms.taken  # the section lines are no record's: the walker reads them


def test_letters_out_of_order_or_inside_one_record_are_no_sections():
    blocks = _blocks(["B. Public Participation", *_record(1), "A. Education", *_record(2),
                      "C. Detection", *_record(3)])
    assert lettered_areas(blocks, [i for i, b in enumerate(blocks) if b.text == "Brief Description of BMP:"]) \
        == {}
    inside = _blocks([*_record(1), "A. Leaflets", "B. Posters", "C. Talks", *_record(2), *_record(3)])
    starts = [i for i, b in enumerate(inside) if b.text == "Brief Description of BMP:"]
    assert lettered_areas(inside, starts) == {}


def test_an_action_set_out_year_by_year_is_scheduled():
    steps = [Milestone(milestone="Start.", due_raw="Year 1"), Milestone(milestone="Again.", due_raw="Year 2"),
             Milestone(milestone="Again.", due_raw="Year 3")]
    assert scheduled(Action(action="Hand out leaflets", milestones=steps))
    assert not scheduled(Action(action="Hand out leaflets", milestones=steps[:2]))
    undated = [Milestone(milestone=m.milestone) for m in steps]
    assert not scheduled(Action(action="Hand out leaflets", milestones=undated))


def test_yearly_permit_form_in_a_notice_is_read_as_its_actions(tmp_path):
    lines = ["Notice of Intent for General Permit", "Part II. Best Management Practices",
             "A. Public Education and Outreach", *_record(1), *_record(2),
             "B. Public Participation", *_record(3), "C. Illicit Discharge Detection", *_record(4)]
    path = tmp_path / "notice.txt"
    path.write_text("\n\n".join(lines), encoding="utf-8")
    result = normalise(extract(path))
    assert [a.action for a in result.actions] == [
        f"The Township will carry out task number {n} in every ward." for n in (1, 2, 3, 4)]
    assert [(a.area_ref, a.area) for a in result.actions] == [
        ("A", "Public Education and Outreach"), ("A", "Public Education and Outreach"), ("B", "Public Participation"),
        ("C", "Illicit Discharge Detection")]
    assert all(a.measure.startswith("The goal of this programme") for a in result.actions)
    assert [m.due_raw for m in result.actions[0].milestones] == ["Year 1", "Year 2", "Year 3"]


def _records_of(lines: list[str]) -> list[list[tuple[str, str]]] | None:
    forms = read_label_forms(_blocks(lines), classify)
    return None if forms is None else [[(it.label, it.value) for it in r.items]
                                       for rs in forms.records.values() for r in rs]


def test_an_action_label_printed_a_little_more_often_opens_the_records():
    # (a record with a second 'Action:' line: five against four 'Lead:' and 'Due:', about as often)
    lines = []
    for n in (1, 2, 3, 4):
        lines += [f"Action: Start task number {n} in every ward.", f"Lead: Officer {n}", f"Due: March 202{n}"]
        lines += ["Action: And a second task."] if n == 2 else []
    records = _records_of(lines)
    assert records is not None and len(records) == 5
    assert all(r[0][0] == "Action" for r in records)


def test_an_action_label_printed_twice_in_each_record_opens_no_extra_records():
    # the word names each record's numbered title as well as its action line ('Action 1.1:' over
    # 'Action: …'): printed twice as often as 'Responsible:', it is not the records' opener
    lines = []
    for n in (1, 2, 3, 4):
        lines += [f"Action 1.{n}:", "Quality of plans", f"Action: Start task number {n} in every ward.",
                  "Responsible: Head of SEND", f"Target date: March 202{n}", "Status: On track"]
    records = _records_of(lines)
    assert records is None or len(records) == 4


def test_a_short_forms_action_label_printed_far_more_often_opens_no_records():
    # three 'Action:' lines over two 'Lead: … By: …' and one 'Owner: …; Due: …': the action's label
    # is printed half as often again as the others, no scan's lost label; no form of records opened
    # at it, its odd line's value cut at the ';' before its next label
    lines = ["Action: Review the register termly.", "Lead: Head of SEND. By: September 2024",
             "Action: Train staff in the new policy.", "Owner: J Smith; Due: March 2026",
             "Action: Introduce first-day calling.", "Lead: Attendance Officer. By: December 2024"]
    records = _records_of(lines)
    assert records is None or not any(value.endswith(";") for r in records for _, value in r)
