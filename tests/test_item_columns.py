"""Numbered items printed over the tables that detail them (normalise/itemcolumns.py): a quality
improvement form's 'Change idea 2 …' line over 'Methods | Process measures | Target for process
measure | Comments' is the action, the row under the headings its measure and notes; whether a PDF
printed the line above the table or read it into the table as a row of its own."""
from __future__ import annotations

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.itemcolumns import item_line, items_over_tables

HEADING = ["Approach", "Process measures", "Target for process measure", "Comments"]


def _rows(rows: list[list[str]], page: int = 1) -> list[Row]:
    return [Row(cells=[Cell(text=t, col=k) for k, t in enumerate(r)], page=page, line=n) for n, r in enumerate(rows)]


def _table(rows: list[list[str]], index: int, page: int = 1) -> Table:
    return Table(rows=_rows(rows, page), page=page, index=index)


FIRST = ["Weekly huddles with the ward teams", "Number of huddles held each month",
         "Four huddles a month", "Led by the charge nurse"]
SECOND = ["Audit tool shared with the night staff", "Percentage of audits returned on time",
          "90% returned within a week", ""]


def test_an_item_line_names_its_label_and_text():
    assert item_line("Change Idea #2 Offer same-day triage to every caller") == \
        ("Change Idea", "Offer same-day triage to every caller")
    assert item_line("Change idea 3: Train the reception team in signposting") == \
        ("Change idea", "Train the reception team in signposting")
    assert item_line("Table 2 Number of huddles held each month") is None  # no label of actions
    assert item_line("Change idea 2 above") is None  # too little to be an item


def test_a_line_over_a_table_naming_no_action_becomes_its_column_of_actions():
    blocks = [Paragraph("Change Idea #1 Run safety huddles on every ward before the day shift", page=1, line=1),
              _table([HEADING, FIRST], 1)]
    out = items_over_tables(RawDocument(path="x", name="x.pdf", format="pdf", blocks=blocks))
    assert len(out.blocks) == 1
    table = out.blocks[0]
    assert isinstance(table, Table)
    assert [r.texts() for r in table.rows] == [
        [*HEADING, "Change Idea"], [*FIRST, "Run safety huddles on every ward before the day shift"]]
    assert any("read as its actions" in w for w in out.warnings)


def test_item_rows_inside_one_table_each_head_their_part():
    """Two ideas read into one table across a page break, the end of the second's line cut into a row."""
    rows = [["Change Idea #1 Run safety huddles on every ward", "", "", ""], HEADING, FIRST,
            ["Change Idea #2 Share the falls audit tool with the night", "", "", ""], ["staff.", "", "", ""],
            HEADING, SECOND]
    out = items_over_tables(RawDocument(path="x", name="x.pdf", format="pdf", blocks=[_table(rows, 1)]))
    table = out.blocks[0]
    assert isinstance(table, Table)
    assert [r.texts()[-1] for r in table.rows] == [
        "Change Idea", "Run safety huddles on every ward", "Change Idea",
        "Share the falls audit tool with the night staff."]


def test_a_table_that_names_its_actions_keeps_its_own_reading():
    blocks = [Paragraph("Change idea 1: Same-day triage for urgent calls", page=1, line=1),
              _table([["What needs to be done", "Who", "When"], ["Draft the script", "Ann Lee", "May 2025"]], 1)]
    raw = RawDocument(path="x", name="x.pdf", format="pdf", blocks=blocks)
    assert items_over_tables(raw) is raw


def test_a_numbered_line_of_no_action_label_is_left_alone():
    blocks = [Paragraph("Table 1 Huddles and audits across the wards", page=1, line=1),
              _table([HEADING, FIRST], 1)]
    raw = RawDocument(path="x", name="x.pdf", format="pdf", blocks=blocks)
    assert items_over_tables(raw) is raw


def test_change_ideas_read_end_to_end_as_actions_with_their_measures():
    blocks = [Paragraph("Change Idea #1 Run safety huddles on every ward before the day shift", page=1, line=1),
              _table([HEADING, FIRST], 1),
              Paragraph("Change Idea #2 Share the falls audit tool with the night staff", page=1, line=3),
              _table([HEADING, SECOND], 2)]
    result = normalise(RawDocument(path="x", name="x.pdf", format="pdf", blocks=blocks))
    assert [(a.action, a.measure) for a in result.actions] == [
        ("Run safety huddles on every ward before the day shift", FIRST[1]),
        ("Share the falls audit tool with the night staff", SECOND[1])]
    assert not any(a.due_date for a in result.actions)


def test_a_heading_naming_the_items_is_their_cue_not_an_area():
    """'Change Ideas' over 'Change Idea #1 …': the list's cue, set aside; the section's heading stays the area."""
    blocks = [Paragraph("Patient safety", page=1, line=1, heading=True, bold=True, size=15.0),
              Paragraph("Change Ideas", page=1, line=2, bold=True, size=12.0),
              Paragraph("Change Idea #1 Run safety huddles on every ward before the day shift", page=1, line=3),
              _table([HEADING, FIRST], 1),
              Paragraph("Staff experience", page=2, line=1, heading=True, bold=True, size=15.0),
              Paragraph("Change Ideas", page=2, line=2, bold=True, size=12.0),
              Paragraph("Change Idea #1 Share the falls audit tool with the night staff", page=2, line=3),
              _table([HEADING, SECOND], 2, page=2)]
    out = items_over_tables(RawDocument(path="x", name="x.pdf", format="pdf", blocks=blocks))
    assert [b.text for b in out.blocks if isinstance(b, Paragraph)] == ["Patient safety", "Staff experience"]
    assert [(t, p) for t, _, p, _ in out.aside] == [("Change Ideas", 1), ("Change Ideas", 2)]
    result = normalise(RawDocument(path="x", name="x.pdf", format="pdf", blocks=blocks))
    assert [a.area for a in result.actions] == ["Patient safety", "Staff experience"]
    assert "Change Ideas" in {lo.text for lo in result.leftovers}


def test_a_table_of_milestones_or_a_cards_labelled_values_keeps_its_own_reading():
    """'Action 2. …' over 'Milestone | Measurement | Target Date' heads its milestones; 'Action card 1: …'
    over 'Owner | name | Deadline | date' is a card's title over its labelled values: neither a column of actions."""
    for line, rows in (("Action 2. Mature data governance",
                        [["Milestone", "Measurement", "Target Date"],
                         ["2.1 Publish a plan", "Plan posted", "Dec. 2021"]]),
                       ("Action card 1: Reduce repeat missing episodes",
                        [["Owner", "Ann Lee", "Deadline", "21/07/2026"],
                         ["Key steps\n1. Agree a standard", "", "", "Red"]])):
        raw = RawDocument(path="x", name="x.pdf", format="pdf",
                          blocks=[Paragraph(line, page=1, line=1), _table(rows, 1)])
        assert items_over_tables(raw) is raw
