"""Tick-box status columns and their glyph keys; band rows over repeated headings; totals rows.

Shapes, rebuilt as synthetic files (the set they come from, unseen22, is generated; its 'checklist'
family prints them in eleven renderings):

- a readiness checklist: a first column headed '✓' (or 'Done?', or nothing) whose cells are check
  boxes ('☐', '◐', '☑', '☒'), and a key line 'Key: ☑ done  ◐ in hand  ☐ not yet started  ☒ no longer
  needed' (a glyph, then its meaning: no '=' needed). The glyph is the status as printed
  (status_raw), its status what the document's key says it means, else what the glyph usually
  means (vocab.STATUS_GLYPHS); a 'Notes' column beside it stays notes. The same kind of key of
  symbols rates RAG in unseen20's trackers ('Key: ● = On track ▲ = Some risk …', codes.symbol_key);
- a CSV export printing each group as a line 'Phase 1 – Getting around' over the heading row again:
  the line is the group's area (and its number the area_ref), the first one too, above the first
  heading row;
- a budget table whose groups close on a row 'Subtotal – Safer neighbourhoods | | 2,294 | 1,341':
  a total of the group, kept aside, no action.
"""
from __future__ import annotations

from pathlib import Path

from conftest import convert_text

import planx
from planx.normalise.codes import status_of
from planx.normalise.columns import totals_label
from planx.normalise.doccodes import glyph_by_key, text_key

CHECKLIST_MD = """# Ferndown Borough Council – Corporate Plan launch checklist

{key_top}

### Workstream 1 – Our workforce

| {tick} | Task | Owner | Due | Notes |
|---|---|---|---|---|
| ☐ | Refresh the hybrid working policy after staff consultation | Head of HR | TBC | Linked to budget bid |
| ☒ | Close the gender pay gap report actions for grades 6 to 9 | Licensing Manager | Apr 2026 | Awaiting sign-off |
| ◐ | Launch a new staff wellbeing offer for all staff | Assistant Director Housing | 19/04/2027 | Awaiting sign-off |

### Workstream 2 – Getting around

| {tick} | Task | Owner | Due | Notes |
|---|---|---|---|---|
| ◐ | Consult on a low traffic neighbourhood in the north ward | Head of Revenues | 07/01/2026 | See risk log |
| ☑ | Complete the riverside cycleway to the hospital | Chief Digital Officer | 25/01/2026 | Linked to budget bid |

{key_end}
"""
KEY = "Key: ☑ done   ◐ in hand   ☐ not yet started   ☒ no longer needed"


def _statuses(result) -> list[tuple[str, str]]:
    return [(a.status_raw, a.status) for a in result.actions]


def test_a_glyph_key_needs_no_separator() -> None:
    assert text_key(KEY) == {"☑": "done", "◐": "in hand", "☐": "not yet started", "☒": "no longer needed"}
    assert text_key("Key: ☑ done ◐ in hand ☐ not yet started") == {"☑": "done", "◐": "in hand",
                                                                   "☐": "not yet started"}
    assert text_key("Legend – ✔ – complete, ✘ – dropped") == {"✔": "complete", "✘": "dropped"}
    # unlabelled, a line of glyphs is a key only where each meaning is a status
    assert text_key("✔ Completed  ✘ Dropped  ◑ Under way") == {"✔": "Completed", "✘": "Dropped", "◑": "Under way"}
    assert text_key("☐ Yes ☐ No") == {}  # a form's choice, no key
    assert text_key("☐ Send a poll to parents") == {}
    # the key's meaning decides a glyph before its usual sense; a word no key explains is left alone
    assert glyph_by_key("☒", {"☒": "no longer needed"}) == ("cancelled", "no longer needed")
    assert glyph_by_key("☑", {"☑": "in hand"}) == ("in_progress", "in hand")
    assert glyph_by_key("Done", {"done": "in hand"}) == ("", "")


def test_a_glyph_alone_reads_by_its_usual_sense() -> None:
    assert [status_of(g) for g in ("☐", "◐", "◑", "☑", "✓", "☒", "✗")] == [
        "not_started", "in_progress", "in_progress", "complete", "complete", "", ""]
    assert status_of("● On track") == "in_progress"  # a bullet before words: the words decide


def test_a_tick_box_column_is_the_status_by_the_documents_key(tmp_path: Path) -> None:
    result = convert_text(tmp_path, "checklist.md", CHECKLIST_MD.format(key_top=KEY, tick="✓", key_end=""))
    assert _statuses(result) == [("☐", "not_started"), ("☒", "cancelled"), ("◐", "in_progress"),
                                 ("◐", "in_progress"), ("☑", "complete")]
    # the notes beside the boxes stay notes, not the status
    assert [a.progress for a in result.actions][:2] == ["Linked to budget bid", "Awaiting sign-off"]
    assert not [x for x in result.leftovers if x.reason == "unlabelled column"]
    assert any("read by the document's own key" in w for w in result.warnings)
    # the key printed at the end, the column unheaded: read the same
    end = convert_text(tmp_path, "end.md", CHECKLIST_MD.format(key_top="", tick=" ", key_end=KEY))
    assert _statuses(end) == _statuses(result)


def test_without_a_key_the_glyphs_read_by_their_usual_sense(tmp_path: Path) -> None:
    result = convert_text(tmp_path, "nokey.md", CHECKLIST_MD.format(key_top="", tick="Done?", key_end=""))
    assert _statuses(result) == [("☐", "not_started"), ("☒", ""), ("◐", "in_progress"), ("◐", "in_progress"),
                                 ("☑", "complete")]


def test_a_tick_column_in_word_with_its_key_as_a_table(tmp_path: Path) -> None:
    """Other glyphs (✔ ◑ ○ ✘), headed 'Done?', the key a table 'Symbol | Meaning' after the plan."""
    import docx
    doc = docx.Document()
    doc.add_heading("Riverside Parish Council – Play area action checklist", 1)
    rows = [("Done?", "Action", "Lead", "By when"),
            ("✔", "Replace the swings at Mill Lane play area", "Clerk", "March 2026"),
            ("◑", "Resurface the path to the pavilion", "Facilities Officer", "June 2026"),
            ("○", "Consult parents on a new zip wire", "Clerk", "September 2026"),
            ("✘", "Install a drinking fountain by the gate", "Facilities Officer", "December 2026")]
    table = doc.add_table(rows=len(rows), cols=4)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    doc.add_paragraph("Key")
    key = doc.add_table(rows=5, cols=2)
    for r, values in enumerate([("Symbol", "Meaning"), ("✔", "Completed"), ("◑", "Under way"),
                                ("○", "Not started"), ("✘", "Dropped")]):
        for c, value in enumerate(values):
            key.cell(r, c).text = value
    path = tmp_path / "play.docx"
    doc.save(str(path))
    result = planx.convert_file(str(path))
    assert _statuses(result) == [("✔", "complete"), ("◑", "in_progress"), ("○", "not_started"),
                                 ("✘", "cancelled")]


BANDED_CSV = """Durnford Borough Council – Council Plan delivery checklist
Key: ☑ = done; ◐ = in hand; ☐ = not yet started
Stage 1: Getting around
Done,Task,Owner,Due
☐,Install 120 on-street electric vehicle chargers,Head of Transport,Oct-26
☑,Consult on a low traffic neighbourhood in the north ward,Head of Finance,TBC
Stage 2: Our workforce
Done,Task,Owner,Due
◐,Deliver management development to every team leader,Head of HR,Oct-27
☐,Introduce exit interviews for all leavers,Director of Place,20 February 2026
"""


def test_a_csv_band_over_repeated_headings_is_the_area(tmp_path: Path) -> None:
    result = convert_text(tmp_path, "banded.csv", BANDED_CSV)
    assert [(a.area_ref, a.area) for a in result.actions] == [
        ("1", "Getting around"), ("1", "Getting around"), ("2", "Our workforce"), ("2", "Our workforce")]
    assert _statuses(result) == [("☐", "not_started"), ("☑", "complete"), ("◐", "in_progress"),
                                 ("☐", "not_started")]
    # the repeated heading row is no action
    assert [a.action for a in result.actions if a.action in ("Task", "Done")] == []


def test_totals_of_a_group_are_no_actions(tmp_path: Path) -> None:
    assert totals_label("Subtotal – Safer neighbourhoods")
    assert totals_label("Sub-total (Capital)")
    assert totals_label("Total for Theme 2")
    assert not totals_label("Total transformation of the front door")
    assert not totals_label("Total – deliver a new approach to housing allocations for all tenants in the borough")
    text = """# Capital programme 2026/27

| Action | Budget £k | Lead officer | Deadline |
|---|---|---|---|
| Extend CCTV coverage to the four transport interchanges | 829 | Head of Community Safety | Nov-27 |
| Review street lighting on routes in the women's safety survey | 439 | Head of Highways | Apr-26 |
| Total for Safer neighbourhoods | 1,268 | | |
| Train frontline staff in accessible communication | 835 | Head of Finance | Mar-26 |
| Sub-total (Customer access) | 835 | | |
"""
    result = convert_text(tmp_path, "budget.md", text)
    assert [a.action[:20] for a in result.actions] == ["Extend CCTV coverage", "Review street lighti",
                                                       "Train frontline staf"]
    assert {x.text for x in result.leftovers if x.reason == "totals row"} >= {"Total for Safer neighbourhoods",
                                                                              "Sub-total (Customer access)"}


def test_a_heading_row_printed_again_in_a_table_read_by_its_cells() -> None:
    """A scanned checklist whose first heading row OCR lost ('V | Task | Owner | Due' read as no
    headings): its columns are read by their cells, and the heading row the table prints again over
    each group ('Task | Owner | Due') names exactly the fields those columns hold: no action 'Task'."""
    from types import SimpleNamespace

    from planx.extract.model import Cell
    from planx.normalise.headers import Column, Header
    from planx.normalise.walker_state import WalkerState

    header = Header(columns=[Column(0, 1, "area_ref", "", basis="content"),
                             Column(1, 1, "action", "Complete the riverside cycleway", basis="content"),
                             Column(2, 1, "lead", "Planning Policy Manager", basis="content"),
                             Column(3, 1, "due", "by end of Aug 27", basis="content")])
    walker = SimpleNamespace(header=header)
    again = [Cell(text="V", col=0), Cell(text="Task", col=1), Cell(text="Owner", col=2), Cell(text="Due", col=3)]
    assert WalkerState.reprints_headings(walker, again)  # type: ignore[arg-type]
    data = [Cell(text="O", col=0), Cell(text="Install 120 chargers", col=1), Cell(text="Head of Transport", col=2),
            Cell(text="Oct-26", col=3)]
    assert not WalkerState.reprints_headings(walker, data)  # type: ignore[arg-type]
    # under headings read as printed, a row naming the fields is not thereby a heading row again
    printed = Header(columns=[Column(c.col, 1, c.field, c.label, basis="heading") for c in header.columns])
    assert not WalkerState.reprints_headings(SimpleNamespace(header=printed), again)  # type: ignore[arg-type]
