"""A minute's action with its status on the line under it, alone: a paragraph 'Secretariat to circulate
the slides to members.' over 'Complete' (an action table whose cells came out one a paragraph), and a
committee's grid cell with '○ ACTION AB: Change the passwords' over '■ Action carried forwards' (a status
naming whose it is, as a sub-bullet). And a minute that narrates a process, closing on what a body 'will
then' do next, sets no task. The shapes of real minutes, in our own words."""
from __future__ import annotations

from test_minute_grid import read, table

from planx.extract.model import Paragraph, RawDocument
from planx.normalise import normalise
from planx.normalise.minute_marks import committed_item, leading_status, status_under_action


def test_a_status_alone_is_read_with_or_without_whose_it_is() -> None:
    assert status_under_action("Complete") == "Complete"
    assert status_under_action("■ Action carried forwards") == "Action carried forwards"
    assert status_under_action("- Action partially complete.") == "Action partially complete"
    assert status_under_action("Members noted the letter.") == ""
    assert status_under_action("Action plan to be completed by March") == ""
    assert leading_status("■ Action Complete\n○ New handover command") == ("Action Complete", "○ New handover command")


def _paragraphs(lines: list[tuple[str, bool]]):
    raw = RawDocument("group_minutes.docx", "group_minutes.docx", "docx",
                      blocks=[Paragraph(t, 1, i, heading=h) for i, (t, h) in enumerate(lines)])
    return normalise(raw)


def test_a_status_line_under_a_minutes_action_is_its_status() -> None:
    result = _paragraphs([
        ("Steering Group Minutes of the 3rd Meeting", True),
        ("2. Minutes and Actions", True),
        ("Secretariat to circulate the slides to members.", False),
        ("Complete", False),
        ("Secretariat to write to the chair of the board.", False),
        ("Members noted the letter from the board.", False),
    ])
    got = [(a.action, a.lead, a.status_raw, a.status) for a in result.actions]
    assert got == [
        ("Secretariat to circulate the slides to members.", "Secretariat", "Complete", "complete"),
        ("Secretariat to write to the chair of the board.", "Secretariat", "", ""),
    ]


CELL = ("● Handover\n○ Handover notes have been passed on\n○ ACTION AB: Update the profile page\n"
        "■ Action Complete\n○ New handover command\n■ Needs a higher role to remove\n"
        "○ Action CD: Change the passwords\n■ Action carried forwards\n○ Action CD: Sort out the repository\n"
        "■ Action partially complete")


def test_a_status_sub_bullet_under_a_marked_point_in_a_grid_is_its_status() -> None:
    result = read(Paragraph("Committee Minutes 9 July", 1, 0, heading=True),
                  table(1, [["No", "Item", "Discussion", "Who"], ["3", "Matters Arising", CELL, "All"]]))
    got = [(a.action, a.lead, a.status_raw, a.status) for a in result.actions]
    assert got == [
        ("Update the profile page", "AB", "Action Complete", "complete"),
        ("Change the passwords", "CD", "Action carried forwards", "ongoing"),
        ("Sort out the repository", "CD", "Action partially complete", "in_progress"),
    ]
    assert any("New handover command" in x.text for x in result.leftovers)


def test_what_a_body_will_then_do_in_a_narrated_process_is_no_task() -> None:
    assert committed_item("The paper is for discussion only. It was published in May and comments are open "
                          "until August. The Bank will then publish a summary of the responses.") is None
    # a task the meeting sets stands on its own, and a list item may open with one
    closing = committed_item("The paper was discussed at length. The Bank will publish a summary.")
    assert closing is not None and closing.lead == "Bank"
    item = committed_item("- Tom will then follow up with the vendor reps")
    assert item is not None and item.lead == "Tom"


def test_an_action_carried_over_from_an_earlier_meeting_is_labelled_so() -> None:
    result = _paragraphs([
        ("Advisory Panel - Fifth Meeting: Minutes and Actions", True),
        ("Item 1: Minutes and Action Points", True),
        ("The Panel approved the minutes of the last meeting and discussed progress on the action points.", False),
        ("Outstanding Action from 12th March meeting: Secretariat will write to the county members to ask "
         "how they could best contribute to the panel's work.", False),
        ("Outstanding action from the May meeting: Jane Smith to set up a working group on procurement.", False),
    ])
    got = [(a.area, a.action, a.lead) for a in result.actions]
    assert got == [
        ("Minutes and Action Points", "Secretariat will write to the county members to ask how they could best "
         "contribute to the panel's work.", "Secretariat"),
        ("Minutes and Action Points", "Jane Smith to set up a working group on procurement.", "Jane Smith"),
    ]
