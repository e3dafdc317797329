"""Lists inside cells as people write them (normalise/milestones.py), and the milestones they
make beside their dates and statuses (normalise/actions.py), from cells to a Word file."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from planx.extract.docx import parse_docx
from planx.extract.model import Cell, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.actions import build_milestones
from planx.normalise.draft import Draft
from planx.normalise.milestones import leading_number, roman_value, split_bullets, split_numbered


@pytest.mark.parametrize("text", [
    "(1) Audit open cases (2) Train the managers (3) Report to the board",
    "1) Audit open cases 2) Train the managers 3) Report to the board",
    "1. Audit open cases 2. Train the managers 3. Report to the board",
    "1. Audit open cases\n2. Train the managers\n3. Report to the board",  # Word's own numbers, one a line
    "a. Audit open cases b. Train the managers c. Report to the board",
    "a) Audit open cases\nb) Train the managers\nc) Report to the board",
    "(a) Audit open cases (b) Train the managers (c) Report to the board",
    "A. Audit open cases B. Train the managers C. Report to the board",
    "i. Audit open cases ii. Train the managers iii. Report to the board",
    "(i) Audit open cases (ii) Train the managers (iii) Report to the board",
    "I. Audit open cases II. Train the managers III. Report to the board",
    "(1)Audit open cases (2)Train the managers (3)Report to the board",
])
def test_numbered_lists_in_every_shape(text):
    assert split_numbered(text) == [(1, "Audit open cases"), (2, "Train the managers"), (3, "Report to the board")]


@pytest.mark.parametrize("text", [
    "Section 1. Introduction",
    "Review by 1.4.2025",
    "Attendance up 2.5% on last year",
    "Reduce the wait to (2) weeks",
    "Plan a. review",  # a letter inside a sentence
    "i.e. the whole service",
    "a. One item only",  # a lettered list needs two items
    "(b) Train the managers (c) Report",  # must start at a / i / 1
    "a. Audit (ii) Train",  # shapes and kinds must agree
    "1. Audit b. Train",
])
def test_no_list_where_none_is_meant(text):
    items = split_numbered(text)
    assert items is None or len(items) == 1


def test_nested_lists_split_at_the_outer_level():
    assert split_numbered("1. Plan a. draft b. agree 2. Deliver") == [(1, "Plan a. draft b. agree"), (2, "Deliver")]
    assert split_numbered("a. Plan (i) draft (ii) agree b. Deliver") == [(1, "Plan (i) draft (ii) agree"),
                                                                        (2, "Deliver")]


def test_roman_numbers():
    assert [roman_value(t) for t in ("i", "iv", "ix", "XIV", "iiv", "vv", "il")] == [1, 4, 9, 14, None, None, None]


def test_a_bracketed_number_starts_an_action_too():
    assert leading_number("(2) Update the policy") == ("2", "Update the policy")


@pytest.mark.parametrize("text, items", [
    ("• Audit open cases\n• Train the managers", ["Audit open cases", "Train the managers"]),
    ("- Audit open cases\n- Train the managers\n  and the leads",
     ["Audit open cases", "Train the managers and the leads"]),
    ("* Audit\n* Train", ["Audit", "Train"]),
    ("▪ Audit\n▪ Train", ["Audit", "Train"]),
    ("o Audit\no Train", ["Audit", "Train"]),  # Word's Courier 'o' bullet, as text
    ("\uf0b7 Audit\n\uf0b7 Train", ["Audit", "Train"]),  # Symbol font bullet left as a private-use character
    ("(cid:127) Audit (cid:127) Train", ["Audit", "Train"]),  # pdfminer's unmapped bullet glyph
    ("• Audit • Train", ["Audit", "Train"]),
    ("Key actions:\n• Audit\n• Train", ["Key actions:", "Audit", "Train"]),
])
def test_bulleted_cells(text, items):
    assert split_bullets(text) == items


@pytest.mark.parametrize("text", ["- 5 cases", "• Audit open cases", "Audit - then train", "Audit • train"])
def test_one_bullet_or_a_dash_in_a_sentence_is_no_list(text):
    assert split_bullets(text) is None


def milestones(**cells: str) -> list[tuple[str, str, str]]:
    draft = Draft(pieces={k: [v] for k, v in cells.items()})
    return [(m.milestone, m.due_date, m.status) for m in build_milestones(draft, 2024)]


def test_a_numbered_action_cell_is_its_milestones_when_no_column_holds_them():
    assert milestones(action="(1) Audit open cases (2) Train the managers",
                      due="(1) Sept 2024 (2) Dec 2024", status="(1) Complete (2) On track") == [
        ("Audit open cases", "2024-09", "complete"), ("Train the managers", "2024-12", "in_progress")]
    # one date for the whole action: the items are milestones, the date stays the action's
    assert milestones(action="a. Audit open cases\nb. Train the managers", due="July 2025") == [
        ("Audit open cases", "", ""), ("Train the managers", "", "")]


def test_bulleted_items_are_milestones_only_with_a_date_or_status_each():
    assert milestones(action="• Audit open cases\n• Train the managers", due="Sept 2024\nDec 2024") == [
        ("Audit open cases", "2024-09", ""), ("Train the managers", "2024-12", "")]
    assert milestones(milestones="• Audit open cases\n• Train the managers", due="• Sept 2024\n• Dec 2024",
                      status="• Achieved\n• Not started") == [
        ("Audit open cases", "2024-09", "complete"), ("Train the managers", "2024-12", "not_started")]
    assert milestones(action="• Audit open cases\n• Train the managers", due="July 2025") == []
    assert milestones(action="Audit open cases", due="July 2025") == []


def test_a_due_cell_numbered_like_the_milestones_pairs_one_by_one():
    assert milestones(milestones="1. Audit open cases 2. Train the managers", due="1. Jan 15 2. March 15") == [
        ("Audit open cases", "2015-01", ""), ("Train the managers", "2015-03", "")]


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NUMBERING = (f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
             '<w:numFmt w:val="decimal"/><w:lvlText w:val="(%1)"/></w:lvl></w:abstractNum>'
             '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
             '<w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
             '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>')


def numbered(num_id: str, *texts: str) -> str:
    return "".join(f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>'
                   f"<w:r><w:t>{t}</w:t></w:r></w:p>" for t in texts)


def test_word_list_numbering_splits_an_action_into_milestones(tmp_path: Path):
    """A school plan in Word: the action cell numbered '(1) (2)' by Word itself, the 'When' cell
    lettered by Word; each item meets its date."""
    def tc(body: str) -> str:
        return f"<w:tc>{body}</w:tc>"

    def p(text: str) -> str:
        return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"
    body = ("<w:tbl><w:tr>" + "".join(tc(p(h)) for h in ("Objective", "Action", "When", "Monitoring")) + "</w:tr>"
            "<w:tr>" + tc(p("Raise attendance")) + tc(numbered("1", "Audit open cases", "Train the managers"))
            + tc(numbered("2", "Sept 2024", "Dec 2024")) + tc(p("Governors")) + "</w:tr></w:tbl>")
    rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'numbering" Target="numbering.xml"/></Relationships>')
    path = tmp_path / "school_plan.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
        z.writestr("word/document.xml", f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>')
        z.writestr("word/numbering.xml", NUMBERING)
        z.writestr("word/_rels/document.xml.rels", rels)
    raw = parse_docx(path)
    table = next(b for b in raw.blocks if isinstance(b, Table))
    assert table.rows[1].cells[1].text == "(1) Audit open cases\n(2) Train the managers"
    assert table.rows[1].cells[2].text == "a. Sept 2024\nb. Dec 2024"
    [action] = normalise(raw).actions
    assert action.due_date == "2024-12"
    assert [(m.milestone, m.due_date) for m in action.milestones] == [("Audit open cases", "2024-09"),
                                                                      ("Train the managers", "2024-12")]


def test_a_plan_table_with_lists_end_to_end():
    rows = [Row([Cell(t, i) for i, t in enumerate(["Action", "Lead", "Target date", "Status"])], 1, 1),
            Row([Cell(t, i) for i, t in enumerate(["i. Audit open cases ii. Train the managers", "Ann Lee",
                                                   "i. 31.03.25 ii. Q1 2025/26", "i. Achieved ii. Some slippage"])],
                1, 2)]
    raw = RawDocument(path="x.txt", name="x.txt", format="txt", blocks=[Table(rows=rows, page=1, index=1)])
    [a] = normalise(raw).actions
    assert a.due_date == "2025-06"
    assert [(m.milestone, m.due_date, m.status) for m in a.milestones] == [
        ("Audit open cases", "2025-03-31", "complete"), ("Train the managers", "2025-06", "delayed")]


def test_the_opening_of_a_cell_before_its_list():
    from planx.normalise.milestones import intro_and_items
    assert intro_and_items("Autumn term\nFirst Half\n• Update the policy\n• Brief the staff") == (
        "Autumn term First Half", ["Update the policy", "Brief the staff"])
    assert intro_and_items("Key actions:\n1. Audit\n2. Train") == ("Key actions:", ["Audit", "Train"])
    assert intro_and_items("• Update the policy\n• Brief the staff") == ("", [])  # no opening
    assert intro_and_items("Autumn term\n• Update the policy") == ("", [])  # one item is no list


def test_bullets_other_tools_leave_are_kept_as_items_in_the_text():
    from planx.normalise.text import clean
    assert clean("\uf0b7 Update the policy\n\uf0b7 Brief the staff") == "Update the policy; Brief the staff"
    assert clean("(cid:127) Update the policy\n(cid:127) Brief the staff") == "Update the policy; Brief the staff"
