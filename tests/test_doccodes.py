"""Codes a document explains itself (normalise/doccodes.py) and RACI matrices (normalise/raci.py).

Shapes, rebuilt as synthetic files (the real ones are held out or unlicensed for fixtures):

- a monitoring workbook whose theme sheets print status codes under 'Status (see lookup)' ('NS',
  'IP', 'C'; or '1' … '6') and whose 'Lookup' sheet explains them ('Code | Meaning' over 'IP | In
  progress'), as the unseen21 'workbook' family and coded trackers print them;
- the Government of Canada (SSC) Accessibility Remediation Roadmap template (holdout22): an 'Issue
  Status Definitions' table 'Status | Description' ('Open | Work has not yet started on resolving
  this issue.') and a sample table whose Status column prints 'Open' (tests/test_key_tables.py
  builds the document);
- a key line ('Key: NS = Not started, IP = In progress …') over a plan table;
- a RACI matrix ('No. | Task | DCS | Commissioning | Health partners | Complete by | Progress', R/A/C/I
  letters under the roles), as the unseen21 'raci' family and the responsibility matrices of
  programme plans print them.
"""
from __future__ import annotations

from pathlib import Path

from conftest import convert_text
from test_key_tables import _roadmap

import planx
from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise.doccodes import printed_codes, rag_by_key, status_by_key, text_key
from planx.normalise.raci import owners, raci_cell, raci_columns


def _table(index: int, rows: list[list[str]]) -> Table:
    return Table(rows=[Row(cells=[Cell(text=t, col=i) for i, t in enumerate(r)], page=1, line=n)
                       for n, r in enumerate(rows)], page=1, index=index)


def _raw(blocks: list) -> RawDocument:
    return RawDocument(path="x.md", name="x.md", format="md", blocks=blocks)


LOOKUP = [["Code", "Meaning"], ["NS", "Not started"], ["IP", "In progress"], ["C", "Complete"],
          ["D", "Delayed"], ["X", "Withdrawn"], ["OG", "Ongoing"]]


def test_a_lookup_table_is_read_as_codes_and_meanings() -> None:
    codes = printed_codes(_raw([_table(1, LOOKUP)]))
    assert codes == {"ns": "Not started", "ip": "In progress", "c": "Complete", "d": "Delayed", "x": "Withdrawn",
                     "og": "Ongoing"}
    # its title in a row of its own over the headings ('Lookup' over 'Code | Meaning', a text file's table)
    titled = printed_codes(_raw([_table(1, [["Lookup", ""], ["Status", "Label"], ["1", "Not started"],
                                            ["2", "In progress"]])]))
    assert titled == {"1": "Not started", "2": "In progress"}
    # the same rows under headings that name no key and no title: no key (a plan's two columns)
    assert printed_codes(_raw([_table(1, [["Ref", "Action"], ["1", "Not started"], ["2", "In progress"]])])) == {}
    # a code printed twice is a column of a plan, not a key
    assert printed_codes(_raw([_table(1, [["Code", "Meaning"], ["NS", "Not started"], ["NS", "Late"]])])) == {}


def test_a_key_line_is_read_as_codes_and_meanings() -> None:
    assert text_key("Key: NS = Not started, IP = In progress | C = Complete") == {
        "NS": "Not started", "IP": "In progress", "C": "Complete"}
    assert text_key("Key: ● = On track   ▲ = Some risk to delivery") == {"●": "On track", "▲": "Some risk to delivery"}
    assert text_key("The target is x = 5 this year.") == {}  # one pair is no key
    # a line labelled as a key may set its pairs apart by dashes or colons
    assert text_key("Status key: NS – Not started; IP – In progress; C – Complete") == {
        "NS": "Not started", "IP": "In progress", "C": "Complete"}
    assert text_key("Legend:  G: on track   A: some risk") == {"G": "on track", "A": "some risk"}
    # … but a line that only opens with the word is no key
    assert text_key("Key dates: 1 May - launch, 2 June - review") == {}
    assert text_key("Key performance indicators") == {}
    # a key printed a pair a line: under a heading naming a key ('Action Status Legend', a GitHub
    # project's actions index), or lines 'NS = Not started' one after another
    legend = printed_codes(_raw([Paragraph(text="Action Status Legend", page=1, line=1, heading=True),
                                 Paragraph(text="Not Started: Action defined but work has not begun", page=1, line=2),
                                 Paragraph(text="Blocked: Cannot proceed due to dependencies", page=1, line=3)]))
    assert legend == {"not started": "Action defined but work has not begun",
                      "blocked": "Cannot proceed due to dependencies"}
    lines = printed_codes(_raw([Paragraph(text="NS = Not started", page=1, line=1),
                                Paragraph(text="IP = In progress", page=1, line=2)]))
    assert lines == {"ns": "Not started", "ip": "In progress"}
    # labelled lines under an ordinary heading are a form's, no key
    form = printed_codes(_raw([Paragraph(text="Contacts", page=1, line=1, heading=True),
                               Paragraph(text="Owner: Jo Bloggs", page=1, line=2),
                               Paragraph(text="Phone: 0123", page=1, line=3)]))
    assert form == {}
    # a key printed in a table's row, a pair a cell
    row = printed_codes(_raw([_table(1, [["● = On track", "▲ = Some risk", "✗ = Off track"]])]))
    assert row == {"●": "On track", "▲": "Some risk", "✗": "Off track"}
    codes = printed_codes(_raw([Paragraph(text="Key: R = Responsible (does the work) | A = Accountable", page=1,
                                          line=1)]))
    assert codes == {"r": "Responsible (does the work)", "a": "Accountable"}


def test_status_and_rag_by_key_only_for_codes_the_vocabulary_does_not_read() -> None:
    codes = {"ns": "Not started", "3": "Complete", "open": "Work has not yet started on resolving this issue.",
             "in progress": "Work has started but is not yet complete.", "✓": "Complete", "●": "On track"}
    assert status_by_key("NS", codes) == ("not_started", "Not started")
    assert status_by_key("3", codes) == ("complete", "Complete")
    # the meaning a sentence: the status it names
    assert status_by_key("Open", codes)[0] == "not_started"
    # a code the vocabulary reads keeps its own reading: the key is not asked
    assert status_by_key("In progress", codes) == ("", "")
    assert status_by_key("NS", {}) == ("", "")
    assert status_by_key("Q", codes) == ("", "")  # a code no key explains
    assert rag_by_key("✓", codes) == ("blue", "Complete")
    assert rag_by_key("●", codes) == ("green", "On track")
    assert rag_by_key("Red", codes) == ("", "")


WORKBOOK = """# Aldermoor Council: Service Plan Monitoring Workbook

Status codes are explained on the Lookup sheet.

## Theme 1: Care leavers

| ID | Action | Owner | Target date | Status (see lookup) | RAG | Commentary |
|---|---|---|---|---|---|---|
| C1.1 | Publish a refreshed local offer made with young people | Chief Nurse | 05/11/2026 | NS | Green | Scoped. |
| C1.2 | Set up a care leavers' hub with drop-in health advice | Head of Early Help | May-26 | X | Red | No update. |
| C1.3 | Extend the personal adviser offer to age 25 for care leavers | Head of Housing | TBC | IP | Amber | Late. |
| C1.4 | Carry out monthly practice audits with practitioners present | Chief Nurse | Ongoing | C | Blue | Done. |
{lookup}"""

LOOKUP_MD = """
## Lookup

| Code | Meaning |
|---|---|
| NS | Not started |
| IP | In progress |
| C | Complete |
| X | Withdrawn |
"""


def test_a_workbooks_status_codes_take_the_meaning_its_lookup_gives(tmp_path: Path) -> None:
    result = convert_text(tmp_path, "workbook.md", WORKBOOK.format(lookup=LOOKUP_MD))
    assert [(a.status_raw, a.status) for a in result.actions] == [
        ("NS", "not_started"), ("X", "cancelled"), ("IP", "in_progress"), ("C", "complete")]
    assert any("read by the document's own key" in w for w in result.warnings)
    # the lookup's rows stay out of the actions (kept aside, nothing lost)
    assert len(result.actions) == 4
    # without the lookup, the codes are kept as printed and read as nothing
    bare = convert_text(tmp_path, "bare.md", WORKBOOK.format(lookup=""))
    assert [(a.status_raw, a.status) for a in bare.actions] == [("NS", ""), ("X", ""), ("IP", ""), ("C", "")]


def test_a_status_key_table_explains_open_in_the_roadmap_template(tmp_path: Path) -> None:
    result = planx.convert_file(str(_roadmap(tmp_path / "roadmap.docx")))
    assert [(a.status_raw, a.status) for a in result.actions] == [
        ("Open", "not_started"), ("Open", "not_started"), ("In Progress", "in_progress")]


def test_a_clipped_status_heading_is_the_status(tmp_path: Path) -> None:
    text = WORKBOOK.format(lookup=LOOKUP_MD).replace("Status (see lookup)", "Stat.")
    result = convert_text(tmp_path, "stat.md", text)
    assert [a.status for a in result.actions] == ["not_started", "cancelled", "in_progress", "complete"]


def test_raci_cells_and_columns() -> None:
    assert all(raci_cell(t) for t in ("R", "A", "C/I", "R/A", "C/l", "cil"))
    assert not any(raci_cell(t) for t in ("Red", "Green", "G", "Head of Service", "2026"))
    cols = [(0, "No.", "area_ref"), (1, "Task", "action"), (2, "DCS", ""), (3, "HR", ""), (4, "RAG", "rag")]
    cells = {0: ["1.1", "1.2"], 1: ["Do a", "Do b"], 2: ["R", "A"], 3: ["C/I", "R"], 4: ["R", "A"]}
    assert raci_columns(cols, cells) == [2, 3]
    # letters R and A alone (no C or I) are a RAG's, not roles'
    assert raci_columns(cols, {2: ["R", "A"], 3: ["A", "R"]}) == []
    assert owners([("DCS", "A"), ("HR", "R"), ("Finance", "C/I")]) == ("HR", "DCS")
    assert owners([("DCS", "R/A"), ("HR", "I")]) == ("DCS", "")


RACI = """# Ravensholt Council: SEND Improvement Programme – Delivery Responsibilities (RACI)

Key: R = Responsible (does the work) | A = Accountable (signs it off) | C = Consulted | I = Informed

| No. | Task | Team Managers | Commissioning | Health partners | Schools Forum | Complete by | Progress |
|---|---|---|---|---|---|---|---|
| **Strand 1 – Safer communities** |  |  |  |  |  |  |  |
| 1.1 | Set up a multi-agency problem solving group for each locality | I | R |  | A | 25/09/2026 | On hold |
| 1.2 | Run a summer diversion programme for young people at risk | A | I | C/I | R | ongoing | Not started |
| 1.3 | Install improved lighting at five hotspot locations | I |  | R | A | 03/06/2026 | On track |
"""


def test_a_raci_matrix_gives_lead_and_responsible(tmp_path: Path) -> None:
    result = convert_text(tmp_path, "raci.md", RACI)
    assert [(a.lead, a.responsible) for a in result.actions] == [
        ("Commissioning", "Schools Forum"), ("Schools Forum", "Team Managers"), ("Health partners", "Schools Forum")]
    assert any("RACI matrix" in w for w in result.warnings)
    # the letters stay in leftovers with their roles (C and I too: nothing lost)
    kept = [lo for lo in result.leftovers if "RACI letter" in lo.reason]
    assert len(kept) == 10
    # a plan whose own 'Lead' column names the lead keeps it; the letters give the second owner only
    led = RACI.replace("| Complete by |", "| Lead | Complete by |").replace("|---|---|---|---|---|---|---|---|",
                                                                          "|---|---|---|---|---|---|---|---|---|")
    for due in ("| 25/09/2026", "| ongoing", "| 03/06/2026"):
        led = led.replace(due, "| Jo Bloggs " + due)
    led = led.replace("|  |  |  |  |  |  |  |", "|  |  |  |  |  |  |  |  |")
    result = convert_text(tmp_path, "raci_led.md", led)
    assert [a.lead for a in result.actions] == ["Jo Bloggs"] * 3


def test_a_key_in_named_parts_reads_the_glyphs_of_each_part():
    """'Key – Status: … . RAG: …': the RAG's dots (one glyph, told apart by colour) cannot be read, the
    status part's glyphs still are; a glyph the parts explain differently is dropped."""
    from planx.normalise.doccodes import text_key
    line = "Key – Status: ✔ Complete | ◐ In progress | ✘ Not started. RAG: ● On track | ● Some risk | ● Off track"
    assert text_key(line) == {"✔": "Complete", "◐": "In progress", "✘": "Not started"}
    clash = "Key – Status: ✔ Complete | ✘ Not started. RAG: ● On track | ✘ Off track"
    assert text_key(clash) == {"✔": "Complete", "●": "On track"}
    assert text_key("Key: ☑ done  ◐ in hand  ☐ not yet started") == {"☑": "done", "◐": "in hand",
                                                                     "☐": "not yet started"}
