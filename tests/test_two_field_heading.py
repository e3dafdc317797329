"""A heading cell that names two fields ('Owner  Timescale': a word left behind when a column was
added to a Word table) beside a column headed by one of them alone ('Timescale'): each column is read
as the field its cells hold, with a warning (the shape of a partnership's communication plan)."""
from __future__ import annotations

from pathlib import Path

from conftest import read
from docx import Document

import planx

ROWS = [("Raise awareness of modern slavery at the county show", "Key partnership members", "April 2016", "Green"),
        ("Develop and publish a county-wide awareness leaflet", "Communications lead", "Sept 2016", "Green"),
        ("Run a training week for frontline staff", "Training sub-group", "Nov 2016", "Amber"),
        ("Launch a business pledge on supply chains", "Key partnership members", "March 2017", "Red")]


def _plan(path: Path, headings: tuple[str, ...]) -> None:
    doc = Document()
    doc.add_heading("Communication Strategy: Action Plan 2016-17", 1)
    table = doc.add_table(rows=1 + len(ROWS), cols=4)
    for c, text in enumerate(headings):
        table.cell(0, c).text = text
    for r, row in enumerate(ROWS, start=1):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.save(str(path))


def test_a_heading_naming_owner_and_timescale_over_owners_beside_a_timescale_column(tmp_path: Path):
    path = tmp_path / "comms_plan.docx"
    _plan(path, ("Action 2016-17", "Owner  Timescale", "Timescale", "RAG Status"))
    out = tmp_path / "out"
    planx.convert([path], out=out)
    got = {a["action"]: a for a in read(out, "actions")}
    assert len(got) == len(ROWS)
    for action, lead, due, _ in ROWS:
        assert (got[action]["lead"], got[action]["due_raw"]) == (lead, due)
    warnings = read(out, "documents")[0]["warnings"]
    assert "'Owner Timescale' names lead and due" in warnings


def test_when_the_cells_agree_with_the_two_field_heading_nothing_moves(tmp_path: Path):
    """'Owner  Timescale' over dates and 'Timescale' over names: the headings' reading holds (the
    cells give no reason to move), so the dates stay the due dates."""
    path = tmp_path / "comms_plan.docx"
    doc = Document()
    table = doc.add_table(rows=1 + len(ROWS), cols=4)
    for c, text in enumerate(("Action", "Owner  Timescale", "Timescale", "RAG Status")):
        table.cell(0, c).text = text
    for r, (action, lead, due, rag) in enumerate(ROWS, start=1):
        for c, text in enumerate((action, due, lead, rag)):
            table.cell(r, c).text = text
    doc.save(str(path))
    out = tmp_path / "out"
    planx.convert([path], out=out)
    got = {a["action"]: a for a in read(out, "actions")}
    for action, _, due, _ in ROWS:
        assert got[action]["due_raw"] == due
    assert "names lead and due" not in read(out, "documents")[0]["warnings"]
