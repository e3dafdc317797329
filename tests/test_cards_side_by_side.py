"""Action cards two a row, each card's labelled lines a row of its own (a PDF's or text's layout
of a grid of cards): folded into a card a cell (normalise/tableforms.cards_side_by_side), and in
a laid-out cell a wrapped line goes on the labelled line above it (cell_form_paragraphs)."""
from __future__ import annotations

import pytest

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.tableforms import cards_side_by_side, cell_form_paragraphs

WORDINGS = [
    ("ACTION {r}", ["Action", "Lead", "Target date", "Success measure", "Progress status"]),
    ("Action {r}", ["We will", "Owner", "Deadline", "Evidence of impact", "Status"]),
    ("ACTION {r}", ["What we will do", "Who", "When", "How we will know", "Status"]),
]
VALUES = [
    ["Pilot the triage protocol to meet\nthe statutory standard.", "Head of HR", "31/03/2027",
     "Outcomes above national\naverage", "Not started"],
    ["Refresh the contact centre hours.", "Climate Officer", "March 2027", "100% of staff trained", "In progress"],
    ["Agree the recruitment strategy", "Head of Early Help", "30/09/2026", "Policy published", "Delayed"],
]


def card_rows(title: str, labels: list[str], refs: list[str]) -> list[list[str]]:
    """Rows of a grid of cards two a row, a labelled line a row (an odd last card alone)."""
    rows: list[list[str]] = []
    for pair in range(0, len(refs), 2):
        cards = [(refs[k], VALUES[k % 3]) for k in range(pair, min(pair + 2, len(refs)))]
        rows.append([title.format(r=ref) for ref, _ in cards] + [""] * (2 - len(cards)))
        for i, label in enumerate(labels):
            rows.append([f"{label}: {values[i]}" for _, values in cards] + [""] * (2 - len(cards)))
    return rows


def table(rows: list[list[str]], index: int = 1) -> Table:
    return Table([Row([Cell(t, k) for k, t in enumerate(texts)], page=1, line=r + 1)
                  for r, texts in enumerate(rows)], page=1, index=index)


@pytest.mark.parametrize("title,labels", WORDINGS)
def test_cards_side_by_side_are_folded_a_card_a_cell(title, labels):
    folded = cards_side_by_side(table(card_rows(title, labels, ["1.1", "1.2", "1.3"])))
    assert folded is not None and len(folded.rows) == 2
    assert folded.rows[0].cells[1].text.split("\n")[:2] == [title.format(r="1.2"), f"{labels[0]}: {VALUES[1][0]}"]
    assert folded.rows[1].cells[1].text == ""  # the odd last card alone


@pytest.mark.parametrize("fmt", ["pdf", "txt"])
@pytest.mark.parametrize("title,labels", WORDINGS)
def test_each_card_of_a_laid_out_grid_is_an_action_of_its_own(fmt, title, labels):
    raw = RawDocument(path="", name=f"d.{fmt}", format=fmt, blocks=[
        Paragraph("Improvement Plan 2026/27", 1, 1), Paragraph("Priority 1: Early help", 1, 2, heading=True),
        table(card_rows(title, labels, ["1.1", "1.2", "1.3"]))])
    result = normalise(raw)
    got = [(a.action, a.lead, a.due_raw, a.measure, a.status_raw) for a in result.actions]
    assert got == [(" ".join(v[0].split("\n")), v[1], v[2], " ".join(v[3].split("\n")), v[4]) for v in VALUES]
    assert all(a.area == "Early help" for a in result.actions)
    assert any("cards side by side" in w for w in result.warnings)


def test_a_wrapped_line_goes_on_its_label_only_in_a_laid_out_cell():
    text = "ACTION 2.4\nAction: Establish the placement policy.\nThis will include staff.\nLead: Climate Officer\n" \
           "Success measure: Waiting times within 18 weeks for\n92% of patients"
    assert cell_form_paragraphs(text, wrapped=True) == [
        "ACTION 2.4", "Action: Establish the placement policy. This will include staff.", "Lead: Climate Officer",
        "Success measure: Waiting times within 18 weeks for 92% of patients"]
    assert cell_form_paragraphs(text, wrapped=False) == [ln for ln in text.split("\n")]


@pytest.mark.parametrize("rows", [
    # a two-column form, one card a table: labels down the first column, values beside them
    [["Action", "Pilot the triage protocol"], ["Lead", "Head of HR"], ["Target date", "31/03/2027"],
     ["Status", "Not started"]],
    # an ordinary plan table
    [["Action", "Lead", "Target date"], ["Pilot the triage protocol", "Head of HR", "31/03/2027"],
     ["Refresh the contact centre hours", "Climate Officer", "March 2027"],
     ["Agree the recruitment strategy", "Head of Early Help", "30/09/2026"]],
    # a grid of cards already a card a cell
    [["ACTION 1.1\nAction: Pilot the protocol\nLead: Head of HR\nTarget date: March 2027",
      "ACTION 1.2\nAction: Refresh the hours\nLead: Climate Officer\nTarget date: May 2027"],
     ["ACTION 1.3\nAction: Agree the strategy\nLead: Head of Early Help\nTarget date: June 2027", ""]],
    # label | value pairs side by side: a form of one action, no column of cards
    [["Action: Pilot the protocol", "Ref: 1.1"], ["Lead: Head of HR", "Support: Finance"],
     ["Target date: March 2027", "Status: Delayed"], ["Measure: fewer referrals", "RAG: Amber"]],
])
def test_near_misses_are_not_folded(rows):
    assert cards_side_by_side(table(rows)) is None
