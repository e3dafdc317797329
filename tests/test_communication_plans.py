"""A communication plan set out as a table in a plan ('Targeted Stakeholder | What to Communicate | How to
Communicate (Channel) | How Often (Frequency) | Who Communicates') lists the messages the plan's owners
send, to whom, how and how often: no actions. Real shape: a youth detention department's strategic plan
(holdout23, louisville_yds), whose communication table after its action tables was read under their
headings ('What | Why | Who | When'), its messages and audiences taken as actions."""
from __future__ import annotations

from conftest import convert_text

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.headers import classify

_PLAN = ["# Strategic Plan for the Parks Department", "", "## Goal 1: Safer parks", "",
         "| What | Why | Who | When | Check-Step |", "|---|---|---|---|---|",
         "| Develop a playground inspection schedule | To reduce injuries | Sam Patel | Start: March 2018 | "
         "Schedule published |",
         "| Train rangers in first aid | To respond faster | Lee Moss | Start/End: TBD | Rangers trained |", "",
         "Simple Communication Plan for the Strategic Plan", ""]


def test_what_and_how_to_communicate_ask_for_a_message_and_a_channel_not_an_action():
    assert classify("What to Communicate")[0] != "action"
    assert classify("How to Communicate (Channel)")[0] != "action"
    assert classify("What to do")[0] == "action"  # the question still asks what is done
    assert classify("How will we deliver this?")[0] == "action"


def test_a_communication_table_after_the_action_tables_gives_no_actions(tmp_path):
    result = convert_text(tmp_path, "parks_strategic_plan.md", "\n".join([*_PLAN,
        "| Targeted Stakeholder | What to Communicate | How to Communicate (Channel) | How Often (Frequency) "
        "| Who Communicates |", "|---|---|---|---|---|",
        "| Park Staff | Strategic Plan Summary | Email and Memo | Once | Dr. Jones |",
        "| Park Staff | Progress Updates | Email and Memo | Quarterly | Dr. Jones |",
        "| Residents | Strategic Plan Performance | Notice Board | Bi-Monthly | Dr. Jones |", ""]))
    assert [a.action for a in result.actions] == ["Develop a playground inspection schedule",
                                                  "Train rangers in first aid"]
    assert any("not read under the headings" in w for w in result.warnings), result.warnings


def _table(index: int, page: int, *rows: tuple[str, ...]) -> Table:
    return Table(rows=[Row(cells=[Cell(text=t, col=c) for c, t in enumerate(r)], page=page, line=k)
                       for k, r in enumerate(rows)], page=page, index=index)


def test_a_pdfs_communication_table_names_columns_of_its_own_though_two_read_as_names():
    """In a PDF the table's first row is not taken for headings by its fields (no action column): it
    names columns of its own all the same, 'Who Communicates' naming who and 'How Often (Frequency)'
    asking a question, though their capitals read as names; so it does not go on under the action
    table's headings."""
    plan = _table(1, 5, ("What", "Why", "Who", "When", "Check-Step", "Funding Needed"),
                  ("Develop a playground inspection schedule", "To reduce injuries", "Sam Patel",
                   "Start: March 2018", "Schedule published", "None"),
                  ("Train rangers in first aid", "To respond faster", "Lee Moss", "Start/End: TBD",
                   "Rangers trained", "TBD"))
    comms = _table(2, 6, ("Targeted Stakeholder", "What to Communicate", "How to Communicate\n(Channel)",
                          "How Often (Frequency)", "Who Communicates"),
                   ("Park Staff", "Strategic Plan Summary", "Email and Memo", "Once", "Dr. Jones"),
                   ("Park Staff", "Progress Updates", "Email and Memo", "Quarterly", "Dr. Jones"),
                   ("Residents", "Strategic Plan Performance", "Notice Board", "Bi-Monthly", "Dr. Jones"))
    raw = RawDocument(path="parks_strategic_plan.pdf", name="parks_strategic_plan.pdf", format="pdf",
                      blocks=[Paragraph(text="Strategic Plan for the Parks Department", page=1, line=1, heading=True),
                              plan, comms], pages=6)
    result = normalise(raw)
    assert [a.action for a in result.actions] == ["Develop a playground inspection schedule",
                                                  "Train rangers in first aid"]
    assert any("table 2: its first row names columns of its own" in w for w in result.warnings), result.warnings


def test_a_channel_is_no_to_do_though_email_can_be_a_verb():
    """'Email and Memo', 'Visual Board' under 'How to Communicate (Channel)' (Louisville Metro's
    communication plan, holdout23): when a table is read by what its columns hold, a column of
    channels is no column of to-dos; 'RC to email the panel' still is one, by its 'X to <verb>'."""
    from planx.normalise.columns import looks_like_action
    assert not looks_like_action("Email and Memo")
    assert not looks_like_action("Visual Board")
    assert looks_like_action("Reach out to the regional partners about the pilot")
