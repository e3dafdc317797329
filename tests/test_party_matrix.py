"""Partnership plans printed as a matrix: priorities down the side, parties across the top.

A multi-agency plan ('Outcome | Council | Fire and Rescue | NHS Trust | Voluntary sector | Target')
gives each party a column and writes, where a priority's row meets it, what that party will do; a
dash or a blank where it does nothing (normalise/partymatrix.py). Each filled cell is an action:
its lead the party's heading, its area and date the row's. A RACI matrix (letters under the roles)
and an ordinary plan with its own action and lead columns are read as before.

Documents are built here in Markdown, Word and reportlab PDF, with wording of their own.
"""
from __future__ import annotations

from pathlib import Path

from conftest import convert_text

import planx
from planx.extract.model import Cell
from planx.normalise.partymatrix import cells_per_party, party_columns, party_heading, states_action

HEAD = ["Ref", "Outcome we want", "Council Housing", "Fire and Rescue", "NHS Trust", "Voluntary sector", "Target"]
ROWS = [
    ("1", "Older residents stay safe at home",
     "Fit smoke alarms in every sheltered housing flat",
     "Carry out home fire safety visits for people over 75",
     "District nurses refer frail patients for a safety visit",
     "-", "March 2026"),
    ("2", "Fewer people are admitted to hospital after a fall",
     "-",
     "Train crews to spot the risk of falls during visits",
     "Run a falls clinic in each locality",
     "Befriending volunteers check on people discharged from hospital", "30/09/2026"),
]


def _markdown() -> str:
    lines = ["# Home Safety Partnership Plan 2025-26", "",
             "| " + " | ".join(HEAD) + " |", "|" + "---|" * len(HEAD)]
    lines += ["| " + " | ".join(r) + " |" for r in ROWS]
    return "\n".join(lines) + "\n"


EXPECTED = [
    ("1", "Older residents stay safe at home", "Fit smoke alarms in every sheltered housing flat",
     "Council Housing", "March 2026"),
    ("1", "Older residents stay safe at home", "Carry out home fire safety visits for people over 75",
     "Fire and Rescue", "March 2026"),
    ("1", "Older residents stay safe at home", "District nurses refer frail patients for a safety visit",
     "NHS Trust", "March 2026"),
    ("2", "Fewer people are admitted to hospital after a fall", "Train crews to spot the risk of falls during visits",
     "Fire and Rescue", "30/09/2026"),
    ("2", "Fewer people are admitted to hospital after a fall", "Run a falls clinic in each locality",
     "NHS Trust", "30/09/2026"),
    ("2", "Fewer people are admitted to hospital after a fall",
     "Befriending volunteers check on people discharged from hospital", "Voluntary sector", "30/09/2026"),
]


def _read(result: object) -> list[tuple[str, str, str, str, str]]:
    return [(a.area_ref, a.area, a.action, a.lead, a.due_raw) for a in result.actions]  # type: ignore[attr-defined]


def test_party_headings_by_their_words_or_as_acronyms() -> None:
    assert party_heading("Police")
    assert party_heading("Health (ICB and providers)")
    assert party_heading("Voluntary sector")
    assert party_heading("CSC")  # an acronym, spelt out in a key elsewhere
    assert not party_heading("Success criteria")
    assert not party_heading("Resources")
    assert not party_heading("What partners will do to make sure every family gets help early on")


def test_a_party_doing_it_in_the_present_states_an_action() -> None:
    assert states_action("Run a falls clinic in each locality")
    assert states_action("District nurses refer frail patients for a safety visit")
    assert states_action("GP practices share a named contact with the hub")
    assert not states_action("Falls were the main cause of admissions last year")


def test_party_columns_need_two_parties_of_sentences_and_no_action_or_lead_column() -> None:
    cols = [(0, "Outcome", "area"), (1, "Police", ""), (2, "Schools", ""), (3, "Target", "due")]
    cells = {1: ["Increase patrols in the park at weekends", "-"],
             2: ["Teach road safety in year 6", "Run a walking bus"]}
    assert party_columns(cols, cells) == [1, 2]
    # a column of the plan's own actions beside them: an ordinary plan, its 'Police' a partner's note
    assert party_columns([(4, "Action", "action"), *cols], cells) == []
    # names under the parties, not sentences: who is involved, no actions
    assert party_columns(cols, {1: ["PC Shah", "PC Shah"], 2: ["Head teachers", "All schools"]}) == []
    # RACI letters under the parties: a RACI matrix (normalise/raci.py), not this
    assert party_columns(cols, {1: ["R", "A"], 2: ["C", "I"]}) == []
    # one party alone
    assert party_columns(cols[:2] + cols[3:], {1: ["Increase patrols in the park at weekends"]}) == []


def test_a_row_splits_into_one_row_per_acting_party() -> None:
    row = [Cell("1", 0), Cell("Safer streets", 1), Cell("Patrol the park", 2), Cell("–", 3),
           Cell("Light the path", 4), Cell("May 2026", 5)]
    split = cells_per_party(row, {2, 3, 4})
    assert split is not None
    assert [[c.text for c in r] for r in split] == [["1", "Safer streets", "Patrol the park", "", "", "May 2026"],
                                                    ["1", "Safer streets", "", "", "Light the path", "May 2026"]]
    assert cells_per_party(row, {2, 3}) is None  # one party acts: the row reads as it stands


def test_markdown_partnership_matrix(tmp_path: Path) -> None:
    result = convert_text(tmp_path, "plan.md", _markdown())
    assert _read(result) == EXPECTED
    assert any("partnership matrix" in w for w in result.warnings)


def test_word_partnership_matrix_with_blank_cells(tmp_path: Path) -> None:
    import docx
    doc = docx.Document()
    doc.add_paragraph("Home Safety Partnership Plan 2025-26")
    table = doc.add_table(rows=len(ROWS) + 1, cols=len(HEAD))
    for k, h in enumerate(HEAD):
        table.cell(0, k).text = h
    for i, r in enumerate(ROWS, start=1):
        for k, v in enumerate(r):
            table.cell(i, k).text = "" if v == "-" else v
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    assert _read(planx.convert_file(str(path))) == EXPECTED


def test_pdf_partnership_matrix_under_an_aim_heading(tmp_path: Path) -> None:
    # the rows' label headed as an aim ('What we want to achieve' reads as the objective): with no
    # column of the area, the aim the parties' actions share is their area
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
    styles = getSampleStyleSheet()
    head = ["No.", "What we want to achieve", *HEAD[2:]]
    data = [[Paragraph(h, styles["BodyText"]) for h in head]]
    data += [[Paragraph(v, styles["BodyText"]) for v in r] for r in ROWS]
    table = Table(data, colWidths=[30, 130, 110, 110, 110, 110, 70])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    path = tmp_path / "plan.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(
        [Paragraph("Home Safety Partnership Plan 2025-26", styles["Title"]), table])
    assert _read(planx.convert_file(str(path))) == EXPECTED


def test_an_ordinary_plan_with_a_lead_column_is_not_a_matrix(tmp_path: Path) -> None:
    text = """# Home Safety Plan

| Priority | Action | Lead | Partners | Target |
|---|---|---|---|---|
| Safe at home | Fit smoke alarms in every sheltered housing flat | Housing Manager | Fire and Rescue | March 2026 |
| Fewer falls | Run a falls clinic in each locality | Falls Lead | NHS Trust | June 2026 |
"""
    result = convert_text(tmp_path, "plan.md", text)
    assert [(a.action, a.lead) for a in result.actions] == [
        ("Fit smoke alarms in every sheltered housing flat", "Housing Manager"),
        ("Run a falls clinic in each locality", "Falls Lead")]
    assert not any("partnership matrix" in w for w in result.warnings)
