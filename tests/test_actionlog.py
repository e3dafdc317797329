"""Action logs in minutes (normalise/actionlog.py): a log table whose columns came apart in a PDF, read
as lists side by side; 'ACTIONS: - a -b' run into one paragraph; the agenda item's title as area.

The shapes are those of real parent-council minutes (an 'Action items | Person responsible |
Deadline' table after each agenda item, the names a list beside the actions, 'Enter deadline here'
left in; an 'ACTIONS:' dash list run into one paragraph under numbered items), written in our own
words; the end-to-end tests read PDFs samples/make_actionlog_samples.py draws.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from planx.extract import extract
from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.actionlog import (
    agenda_title,
    came_apart,
    dash_items,
    heading_role,
    log_columns,
    pairs_in_order,
    read_action_logs,
    rebuild,
    split_run_in_lists,
)
from samples import make_actionlog_samples as samples


def table(*rows: list[tuple[int, str]]) -> Table:
    return Table(rows=[Row(cells=[Cell(t, c) for c, t in r], page=1, line=k) for k, r in enumerate(rows)],
                 page=1, index=1)


def para(text: str, line: int = 0) -> Paragraph:
    return Paragraph(text=text, page=1, line=line)


def doc(*blocks: Paragraph | Table) -> RawDocument:
    return RawDocument(path="m.pdf", name="m.pdf", format="pdf", blocks=list(blocks))


# a log as a PDF's table finder reads it: actions in a column with no heading, names as a list
APART = table([(0, "Action items"), (2, "Person responsible"), (3, "Deadline")],
              [(0, ""), (1, "Book the hall for the quiz\nOrder the raffle prizes"), (2, "Ana\nBen\nCal"),
               (3, "Enter deadline here")],
              [(0, ""), (1, "Ask the head about a second\nnewsletter slot"), (2, ""), (3, "")])


def test_heading_role_reads_a_logs_column_headings():
    assert heading_role("Action items") == "action"
    assert heading_role("Person responsible\nSusan") == "person"  # a name the finder put in the heading cell
    assert heading_role("Deadline") == "due"
    assert heading_role("Discussion") == ""


def test_log_columns_needs_actions_and_who_and_no_other_heading():
    assert log_columns(APART) == {0: "action", 2: "person", 3: "due"}
    assert log_columns(table([(0, "Action"), (1, "Deadline")])) == {}  # no one named
    assert log_columns(table([(0, "Objective"), (1, "Action"), (2, "Lead")])) == {}  # a plan's grid
    grouped = table([(0, "Action"), (1, "Responsibility"), (3, "Timescale")], [(1, "Lead"), (2, "Support")])
    grouped.rows[0].cells[1].colspan = 2
    assert log_columns(grouped) == {}  # grouped headings over sub-headings: a plan's grid
    spanned = table([(0, "Action items"), (2, "Person responsible")], [(1, "Book the hall"), (2, "Ana")])
    spanned.rows[0].cells[0].colspan = 2  # over the column its actions came apart into
    assert log_columns(spanned) == {0: "action", 2: "person"}


def test_came_apart_only_when_the_cells_show_it():
    assert came_apart(APART, log_columns(APART))
    tidy = table([(0, "Actions"), (1, "Who"), (2, "By when")],
                 [(0, "Renew the insurance"), (1, "Treasurer"), (2, "May")])
    assert not came_apart(tidy, log_columns(tidy))
    spans = table([(0, "Action"), (1, "Lead"), (2, "Timescale")], [(2, "From"), (3, "To")],
                  [(0, "Buy fifty homes"), (1, "Housing Manager"), (2, "Jun-25"), (3, "January 2026")])
    assert not came_apart(spans, log_columns(spans))  # a column after the dates: a plan's own
    two_on_one = table([(0, "Actions"), (1, "Who")], [(0, "Repaint the gate"), (1, "Sue\nTom")])
    assert not came_apart(two_on_one, log_columns(two_on_one))
    listed = table([(0, "Actions"), (1, "Who")], [(0, "Repaint the gate\nOil the hinges"), (1, "Sue\nTom")])
    assert came_apart(listed, log_columns(listed))


def test_rebuild_pairs_names_in_order_when_counts_agree_and_wraps_lower_case_lines():
    rebuilt, note = rebuild(APART, log_columns(APART), "Fundraising")
    rows = [r.texts() for r in rebuilt.rows]
    assert rows[0] == ["Area", "Action", "Person responsible", "Deadline", "Not paired"]
    assert rows[1:] == [["Fundraising", "Book the hall for the quiz", "Ana", "Enter deadline here", ""],
                        ["Fundraising", "Order the raffle prizes", "Ben", "", ""],
                        ["Fundraising", "Ask the head about a second newsletter slot", "Cal", "", ""]]
    assert "names paired in order" in note


def test_rebuild_gives_each_action_the_page_its_row_stands_on():
    # a log running over a page break (its two pages' rows read as one table): an action whose line
    # opens the next page is that page's, not the log's first page
    over = table([(0, "Action items"), (2, "Person responsible"), (3, "Deadline")],
                 [(0, ""), (1, "Book the hall for the quiz\nOrder the raffle prizes"), (2, "Ana\nBen\nCal")],
                 [(0, ""), (1, "Ask the head about a second\nnewsletter slot"), (2, "")])
    over.rows[2].page = 2
    rebuilt, _ = rebuild(over, log_columns(over), "")
    assert [(r.texts()[1], r.page) for r in rebuilt.rows[1:]] == [
        ("Book the hall for the quiz", 1), ("Order the raffle prizes", 1),
        ("Ask the head about a second newsletter slot", 2)]


def test_rebuild_pairs_no_names_when_counts_differ_and_keeps_them():
    short = table([(0, "Action items"), (2, "Person responsible\nNina"), (3, "Deadline\nTBC")],
                  [(0, ""), (1, "Submit the licence form\nConfirm the venue\nPrint tickets"), (2, "Jac"), (3, "")])
    rebuilt, note = rebuild(short, log_columns(short), "")
    rows = [r.texts() for r in rebuilt.rows[1:]]
    assert [r[1] for r in rows] == ["Submit the licence form", "Confirm the venue", "Print tickets"]
    assert all(r[2] == "" for r in rows)
    assert rows[-1][4] == "Nina TBC; Jac"  # nothing lost
    assert "not paired" in note


def test_rebuild_reads_a_ticked_box_as_the_actions_status():
    ticked = table([(0, "Actions"), (1, "Owner")],
                   [(0, "\u2611 Renew the insurance\n\u2610 Repaint the gate"), (1, "Sue\nTom")])
    rebuilt, _ = rebuild(ticked, log_columns(ticked), "")
    assert [(r.texts()[1], r.texts()[5]) for r in rebuilt.rows[1:]] == [("Renew the insurance", "\u2611"),
                                                                        ("Repaint the gate", "")]
    statuses = [a.status for a in normalise(doc(ticked)).actions]
    assert statuses == ["complete", ""]


@pytest.mark.parametrize("text, title", [
    ("Agenda item: PVG’s Update Presenter: Sam", "PVG’s Update"),
    ("Agenda Item Fundraising Presenter: Everyone", "Fundraising"),
    ("Item 2: Water supply Led by: Kofi Mensah", "Water supply"),
    ("Items were discussed at length", ""),
    ("The next item is finance.", ""),
])
def test_agenda_title(text, title):
    assert agenda_title(text) == title


def test_read_action_logs_takes_the_area_from_the_agenda_item_above_even_for_a_tidy_log():
    tidy = table([(0, "Actions"), (1, "Who"), (2, "By when")],
                 [(0, "Renew the insurance"), (1, "Treasurer"), (2, "May")])
    out = read_action_logs(doc(para("Agenda item: Finance Presenter: Sue"), tidy))
    assert [r.texts() for r in out.blocks[1].rows] == [["Actions", "Who", "By when", "Area"],
                                                       ["Renew the insurance", "Treasurer", "May", "Finance"]]
    plain = doc(para("Finance"), tidy)
    assert read_action_logs(plain) is plain  # no agenda item named: as printed


def test_dash_items():
    assert dash_items("- Letter to parents. -Correct bank details with DPG") == \
        ["Letter to parents.", "Correct bank details with DPG"]
    assert dash_items("No dashes here") == []
    assert dash_items("Text first - then a dash") == []


def test_split_run_in_lists_reads_the_label_and_its_items_and_numbered_titles():
    raw = doc(para("3. PVG", 1),
              para("Decision made to apply. ACTIONS: - Letter to go out to parents. -Application to be finalised.", 2),
              para("5. Fundraising & Social -P1 reps shared results. -Alcohol is banned on site.", 3))
    texts = [b.text for b in split_run_in_lists(raw).blocks]
    assert texts == ["3. PVG", "Decision made to apply.", "ACTIONS:", "- Letter to go out to parents.",
                     "- Application to be finalised.", "5. Fundraising & Social",
                     "-P1 reps shared results. -Alcohol is banned on site."]


def test_split_run_in_lists_leaves_a_document_without_an_action_label_alone():
    raw = doc(para("1. Improve reading - Year 2 pupils - by July"))
    assert split_run_in_lists(raw) is raw


# ---- end to end on PDFs we draw -------------------------------------------------------------------

@pytest.fixture(scope="module")
def drawn(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("actionlogs")
    return {p.name: p for p in samples.main(folder)}


def _actions(path: Path):
    return normalise(extract(path)).actions


def test_came_apart_log_pdf_gives_each_action_its_name_area_due_and_struck_status(drawn):
    acts = {a.action: a for a in _actions(drawn["allotment_committee_minutes.pdf"])}
    assert len(acts) == 8
    a = acts["Ask the water company to read the meter"]
    assert (a.area, a.lead, a.due_raw, a.due_date, a.status) == ("Water supply", "Kofi", "TBC", "", "complete")
    b = acts["Get a second quote for the standpipe"]
    assert (b.lead, b.due_date, b.status) == ("Priya", "2024-04-30", "")
    c = acts["Book the marquee for the open day"]  # two names for three actions: none paired
    assert (c.area, c.lead) == ("Open day", "")
    assert acts["Ask the school to bring the gardening club"].status == "complete"


def test_run_in_action_lists_pdf_reads_each_item_under_its_numbered_item(drawn):
    acts = [(a.area, a.action, a.status) for a in _actions(drawn["trust_board_minutes.pdf"])]
    assert acts == [
        ("Finance", "Treasurer to circulate the draft reserves policy before the November meeting.", "complete"),
        ("Finance", "Chair to thank the Lottery fund for the second grant payment.", ""),
        ("Volunteering", "Secretary to book first aid training for volunteers.", ""),
        ("Volunteering", "Update the volunteer handbook with the new rota.", "complete"),
        ("Building", "Facilities lead to arrange a boiler service this month.", "complete")]


def test_empty_log_gives_no_actions(drawn):
    result = normalise(extract(drawn["book_club_minutes.pdf"]))
    assert result.actions == []


def test_an_authored_log_is_read_as_lists_side_by_side_only_when_they_pair_up():
    # a Markdown or Word table's rows are its author's: a row listing two steps beside one agency
    # ('Remediate weaknesses<br>Provide reports' | 'Within 30 days' | 'DHS or other assessor') is one
    # action, not lists that came apart; lists that pair up (two steps beside two names) are still read
    # side by side, and a PDF's log is rebuilt as before
    uneven = table([(0, "Action"), (1, "Deadline"), (2, "Responsible")],
                   [(0, "Identify senior officials"), (1, "January 15, 2017"), (2, "All agencies")],
                   [(0, "Conduct assessments\nConduct RVAs\nConduct SAR"), (1, "Ongoing"),
                    (2, "All agencies\nDHS or other assessor")])
    authored = RawDocument(path="t.md", name="t.md", format="md", blocks=[uneven])
    assert came_apart(uneven, log_columns(uneven)) and not pairs_in_order(uneven, log_columns(uneven))
    assert read_action_logs(authored) is authored  # as printed: two actions, their people and dates beside them
    assert read_action_logs(doc(uneven)).blocks[0].rows[0].texts()[1] == "Action"  # a PDF's: rebuilt
    listed = table([(0, "Actions"), (1, "Who")], [(0, "Repaint the gate\nOil the hinges"), (1, "Sue\nTom")])
    paired = read_action_logs(RawDocument(path="t.docx", name="t.docx", format="docx", blocks=[listed]))
    assert [r.texts()[1:3] for r in paired.blocks[0].rows[1:]] == [["Repaint the gate", "Sue"],
                                                                   ["Oil the hinges", "Tom"]]
