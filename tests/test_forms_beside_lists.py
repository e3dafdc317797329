"""A plan that gives each action its own form (a table of 'Task | …', 'Actioned by | …' rows) among
pages of narrative whose bullet lists state the strategy's aims (a police force's plan: 'The
national strategy aims to: • Identify victims … • Support victims …'). The forms hold the plan; the
aims are narrative, as they are around a plan table, and give no actions."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import read

import planx

AIMS = ["Proactively identify and recognise victims of exploitation.",
        "Provide victims with appropriate and effective support.",
        "Support the reintegration of victims into society.",
        "Ensure effective safeguards to prevent victims being criminalised."]
FORMS = [("1.1 Problem profiles", "Create bi-monthly problem profiles to drive force activity.",
          "A. Analyst", "Tactical intelligence"),
         ("1.2 Victim experience", "Create and share a profile of the victim experience.",
          "B. Officer", "Assistant Chief Constable"),
         ("1.3 Community engagement", "Engage with community groups to encourage reporting.",
          "Partnership officers", "Coordinator")]


def _plan(path: Path) -> None:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_heading("Liberate: the force plan for tackling exploitation 2025-26", 0)
    d.add_heading("Objective 1: Prepare", 1)
    d.add_paragraph("The national strategy aims to:")
    for aim in AIMS:
        d.add_paragraph(aim, style="List Bullet")
    for title, task, by, owner in FORMS:
        d.add_paragraph(title).runs[0].bold = True
        t = d.add_table(rows=4, cols=2)
        for row, (label, value) in zip(t.rows, [("Task", task), ("Method", "Prepare and share."),
                                                ("Actioned by", by), ("Owned by", owner)], strict=True):
            row.cells[0].text, row.cells[1].text = label, value
    d.save(str(path))


def test_the_forms_hold_the_plan_and_the_aims_around_them_are_narrative(tmp_path: Path):
    src = tmp_path / "forms_plan.docx"
    _plan(src)
    out = tmp_path / "out"
    planx.convert([src], out=out)
    actions = [" ".join(a["action"].split()) for a in read(out, "actions")]
    assert actions == [task for _, task, _, _ in FORMS]
    aside = " ".join(r["text"] for r in read(out, "leftovers"))
    assert all(aim in aside for aim in AIMS)  # nothing lost: the aims are kept aside


def _form(*pairs: tuple[str, str]):
    from planx.extract.model import Cell, Row, Table
    return Table(rows=[Row(cells=[Cell(label, 0), Cell(value, 1)], page=1, line=k)
                       for k, (label, value) in enumerate(pairs, 1)], page=1, index=1)


def _doc(*blocks):
    from planx.extract.model import RawDocument
    return RawDocument(path="x.docx", name="x.docx", format="docx", blocks=list(blocks))


def test_a_form_names_what_is_done_and_who_or_when():
    from planx.normalise.commitments import holds_action_forms, plan_held_in_tables
    assert holds_action_forms(_doc(_form(("Task", FORMS[0][1]), ("Actioned by", "A. Analyst"))))
    assert holds_action_forms(_doc(_form(("Action", FORMS[0][1]), ("Target date", "March 2026"))))
    # labels naming no action (a contact card), or an action with nobody and no date: no form per action
    assert not holds_action_forms(_doc(_form(("Method", "Prepare and share."), ("Contact", "A. Analyst"))))
    assert not holds_action_forms(_doc(_form(("Task", FORMS[0][1]), ("Method", "Prepare and share."))))
    assert not plan_held_in_tables(_doc())
