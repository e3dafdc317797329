"""Minutes set as running text, with no table, that print who acts on an item in the right-hand margin
beside the item's last line ('… write to the highways team.            Clerk') and 'Noted' beside items
that set no task (a community council's minutes, in our own words). The PDF reader gives each margin
note a paragraph of its own after the item's (pdfpage.margin_notes); the minutes reader makes the item
the note's action (ProseReader.margin_owner). Also: an action label that names who acts without 'for'
('Action item Sam: …'), and minutes in Welsh ('Cofnodion', 'Clerc', 'Cyng.')."""
from __future__ import annotations

from planx.extract.model import Paragraph, RawDocument
from planx.extract.pdfgeom import Line, Word
from planx.extract.pdfpage import margin_notes, paragraphs_of
from planx.normalise import normalise
from planx.normalise.minute_marks import is_owner
from planx.normalise.minutes import last_minute_item, margin_note_paragraphs, margin_who, marked_points

CHAR = 5.0


def line(text: str, top: float, note: str = "", note_x: float = 470.0, x0: float = 40.0) -> Line:
    """A line of 10 pt text from x0, with a note set at note_x after a wide gap."""
    words, x = [], x0
    for part in text.split():
        words.append(Word(part, x, x + CHAR * len(part), top, top + 10.0, 10.0))
        x += CHAR * (len(part) + 1)
    x = note_x
    for part in note.split():
        words.append(Word(part, x, x + CHAR * len(part), top, top + 10.0, 10.0))
        x += CHAR * (len(part) + 1)
    return Line(words=words, top=top, bottom=top + 10.0, size=10.0)


LONG = "The members discussed the state of the footpath by the old school and the cost of"


def page() -> list[Line]:
    return [line(LONG, 100),
            line("repairs; the Clerk will write to the highways team.", 112, "Clerk"),
            line("The hedge on the lane to the chapel had been cut back by the landowner as", 124),
            line("agreed at the last meeting.", 136, "Noted"),
            line("The bench by the green was damaged and Cllr. R. Price will ask for a quote for", 148),
            line("mending it before the spring.", 160),
            line("Cllr. R. Price", 172, x0=470.0),
            line("The play area inspection was booked; the Chair and Cllr. T. Owen will meet the", 184),
            line("inspector on site next month.", 196, "Cllr. T. Owen/"),
            line("Chair", 208)]


def test_notes_in_the_margin_are_paragraphs_of_their_own_after_the_item_they_close():
    texts = [t for _, t, *_ in paragraphs_of(page(), 842.0, 10)]
    assert texts == [
        LONG + " repairs; the Clerk will write to the highways team.", "Clerk",
        "The hedge on the lane to the chapel had been cut back by the landowner as agreed at the last meeting.",
        "Noted",
        "The bench by the green was damaged and Cllr. R. Price will ask for a quote for mending it before the "
        "spring.", "Cllr. R. Price",
        "The play area inspection was booked; the Chair and Cllr. T. Owen will meet the inspector on site next "
        "month.", "Cllr. T. Owen/ Chair"]


def test_one_wide_gap_on_a_page_is_no_margin_of_notes():
    lines = [line(LONG, 100), line("repairs to the footpath by the old school.", 112, "Clerk"),
             line(LONG, 124), line("repairs to the wall.", 136)]
    assert margin_notes(lines, 470.0) == {}
    texts = [t for _, t, *_ in paragraphs_of(lines, 842.0, 10)]
    assert "Clerk" not in texts


def test_a_margin_note_names_who_acts_or_no_one():
    for who in ("Clerk", "Cllr. J. Price", "Cllrs .H. Owen/A. Thomas", "Cllr. O. Evans/Clerk", "JS/AB",
                "Cyng. J. Price", "Clerc", "Cadeirydd"):
        assert margin_who(who), who
    for text in ("Noted", "Nodwyd", "Signed by the Chair", "Actions Summary", "AOB", "ACTION", "John Smith"):
        assert not margin_who(text), text
    assert is_owner("Cllr. J. Price") and is_owner("A. Thomas")


def test_the_last_numbered_item_of_a_paragraph_is_the_one_a_note_closes():
    assert last_minute_item("3.2 The bins were emptied. 10. The grant had been received. 11. The Clerk and "
                            "Cllr. Evans were drafting the report.") == (
        "3.2 The bins were emptied. 10. The grant had been received.", "11",
        "The Clerk and Cllr. Evans were drafting the report.")
    assert last_minute_item("4.2. 4.2.2.7ii) The new sign was not yet up.") == ("", "4.2.2.7ii",
                                                                                     "The new sign was not yet up.")
    assert last_minute_item("2019 Accounts were approved.") == ("", "", "2019 Accounts were approved.")


def minutes(*texts: str, name: str = "village_council_minutes_2024-03-05.pdf") -> list[tuple[str, str, str]]:
    blocks = [Paragraph(text=t, page=1, line=10 * k, heading=t[:2] in ("1.", "2.")) for k, t in enumerate(texts)]
    result = normalise(RawDocument(name, name, "pdf", blocks=blocks))
    return [(a.area, a.action, a.lead) for a in result.actions]


def test_an_owner_in_the_margin_makes_the_item_beside_it_an_action():
    got = minutes("VILLAGE COUNCIL MEETING 5 MARCH 2024", "1. MATTERS ARISING",
                  "1.3 The footpath by the old school was in poor repair and would be reported.", "Clerk",
                  "1.4 The hedge on the lane to the chapel had been cut back by the landowner, as agreed at the "
                  "last meeting of the council.", "Noted",
                  "1.5 The bench needs mending. 1.6 Cllr. R. Price would ask for a quote for mending the bench.",
                  "Cllr. R. Price",
                  "2. CORRESPONDENCE", "i) Invitation to the county show in June 2024.", "Chair")
    assert got == [("MATTERS ARISING", "The footpath by the old school was in poor repair and would be reported.",
                    "Clerk"),
                   ("MATTERS ARISING", "Cllr. R. Price would ask for a quote for mending the bench.", "Cllr. R. Price"),
                   ("CORRESPONDENCE", "Invitation to the county show in June 2024.", "Chair")]


def test_an_owner_alone_in_a_document_that_is_no_minutes_is_not_read_so():
    got = minutes("VILLAGE DESIGN STATEMENT", "1. MATTERS ARISING",
                  "1.3 The footpath by the old school was in poor repair and would be reported.", "Clerk",
                  name="village_design_statement.pdf")
    assert got == []


def test_minutes_in_welsh_name_their_offices():
    got = minutes("CYNGOR CYMUNED CYFARFOD 5 MAWRTH 2024", "1. MATERION YN CODI",
                  "1.3 Mae’r llwybr ger yr hen ysgol mewn cyflwr gwael a bydd yn cael ei adrodd.", "Clerc",
                  name="cofnodion_cyngor_2024-03-05.pdf")
    assert [lead for *_, lead in got] == ["Clerc"]


def test_an_action_item_label_names_who_acts_without_for():
    (before, action), = marked_points("Action item Sam: send the notes on licences to the working group")[0]
    assert (action.action, action.lead) == ("send the notes on licences to the working group", "Sam")
    found, _ = marked_points("Action item Update: the notes on licences were sent")
    assert all(a.lead != "Update" for _, a in found)


def test_text_and_margin_notes_read_as_a_table_are_read_as_paragraphs_and_notes():
    rows = [[(0, "iv) Parish newsletter, spring issue."), (1, "Noted")],
            [(0, "v) County Council, consultation on the bus routes through the village and the")],
            [(0, "times of the evening service.\nvi) Invitation to the show in the park."), (1, "Clerk\nChair")],
            [(0, "vii) Letter on the new play area. It was agreed that Cllr. T. Owen would reply on behalf")],
            [(0, "of the council."), (1, "Cllr. T. Owen/")], [(1, "Clerk")]]
    assert margin_note_paragraphs(rows) == [
        (0, "iv) Parish newsletter, spring issue."), (0, "Noted"),
        (2, "v) County Council, consultation on the bus routes through the village and the times of the evening "
            "service."), (2, "Clerk"), (2, "vi) Invitation to the show in the park."), (2, "Chair"),
        (4, "vii) Letter on the new play area. It was agreed that Cllr. T. Owen would reply on behalf of the "
            "council."), (4, "Cllr. T. Owen/"), (5, "Clerk")]
    # a plan's two columns (what is done, and by when) are no margin notes
    assert margin_note_paragraphs([[(0, "Publish the parish plan on the website"), (1, "March 2025")],
                                   [(0, "Survey residents about the bus routes"), (1, "Clerk")]]) is None
    # notes that name no one who acts: no minutes with owners in the margin
    assert margin_note_paragraphs([[(0, "i) Parish newsletter, spring issue."), (1, "Noted")]]) is None


def test_minutes_read_as_a_table_of_text_and_notes_give_the_noted_items_no_action():
    from planx.extract.model import Cell, Row, Table
    table = Table(index=1, page=2, rows=[
        Row([Cell("ix) Parish newsletter, spring issue.", 0), Cell("Noted", 1)], 2, 1),
        Row([Cell("x) Invitation to the county show in the park in June.", 0), Cell("Chair", 1)], 2, 2)])
    name = "village_council_minutes_2024-03-05.pdf"
    blocks = [Paragraph(text="VILLAGE COUNCIL MEETING 5 MARCH 2024", page=1, line=1),
              Paragraph(text="2. CORRESPONDENCE", page=1, line=2, heading=True), table]
    result = normalise(RawDocument(name, name, "pdf", blocks=blocks))
    assert [(a.area, a.action, a.lead) for a in result.actions] == [
        ("CORRESPONDENCE", "Invitation to the county show in the park in June.", "Chair")]
