"""Meeting notes that mark their actions as people type them in notes, not as a table: a scribe's
'ACTION: alice to review …' (a lower-case handle before 'to'), task lists tagging who acts with '@'
('- [ ] @bob update docs by 1 May', '- [x] …' done), an arrow pointing at who acts ('… → Erin'),
who in brackets after the label ('**Action (Dave):** …', 'TODO(grace): …'), a short mark in
capitals ('AI: Carol – circulate the budget', a name and a dash before the task), in Markdown, text
and Word. Notes with no action marks give no actions.

Synthetic documents only (normalise/minute_marks.py note_owner, bracket_owner, handle_before_verb;
normalise/minutes.py _LABEL; vocab.MINUTE_ACTION_ABBREVIATIONS; columns._LEADING_MARK).
"""
from __future__ import annotations

from pathlib import Path

from conftest import convert_text

from planx.normalise.columns import opens_with_verb
from planx.normalise.minute_marks import bracket_owner, handle_before_verb, named_before_dash, note_owner


def _rows(result) -> list[tuple[str, str, str, str, str]]:
    return [(a.area, a.action, a.lead, a.due_date, a.status) for a in result.actions]


# ---- the marks, one by one ---------------------------------------------------------------------------

def test_at_handles_opening_or_closing_an_item_name_who_acts():
    assert note_owner("@bob update docs by 2024-05-01") == ("update docs by 2024-05-01", "bob")
    assert note_owner("**@carol** — prepare the demo") == ("prepare the demo", "carol")
    assert note_owner("@alice and @bob: merge the branch") == ("merge the branch", "alice, bob")
    assert note_owner("Update the wiki (@sam)") == ("Update the wiki", "sam")
    # an address or a handle inside the sentence is no owner mark
    assert note_owner("email the list at team@example.org today") == ("email the list at team@example.org today", "")
    assert note_owner("see the thread with @bob about it")[1] == ""


def test_an_arrow_points_the_task_at_who_acts():
    assert note_owner("compress the hero image → Erin (by 10 March 2024)") == \
        ("compress the hero image (by 10 March 2024)", "Erin")
    assert note_owner("check colour contrast -> Ops team") == ("check colour contrast", "Ops team")
    assert note_owner("map x -> y values again")[1] == ""  # an arrow between words names no one


def test_a_name_and_a_dash_before_a_task_name_who_acts():
    assert named_before_dash("Carol – circulate budget (due 3 May 2024)") == \
        ("Carol", "circulate budget (due 3 May 2024)")
    assert named_before_dash("Leonard & Hwang – tabulate the list") == ("Leonard & Hwang", "tabulate the list")
    # a topic before the dash is a heading's word, not who acts
    assert named_before_dash("Budget – approve the figures")[0] == ""
    assert named_before_dash("Website - update the home page")[0] == ""


def test_a_scribes_handle_before_to_and_a_verb():
    assert handle_before_verb("alice to review the draft") == "alice"
    assert handle_before_verb("able to run the tests") == ""  # a common word, no handle
    assert handle_before_verb("how to configure the server") == ""


def test_brackets_after_an_action_label_name_who_acts_unless_a_status():
    assert bracket_owner("Dave") == "Dave"
    assert bracket_owner("grace") == "grace"
    assert bracket_owner("@ops-team") == "ops-team"
    assert bracket_owner("ongoing") == ""
    assert bracket_owner("new") == ""


def test_a_verb_opening_with_o_is_a_verb_not_a_bullet():
    assert opens_with_verb("obtain a third quote")
    assert opens_with_verb("o Obtain a third quote")  # Word's 'o' bullet before it


# ---- whole notes ------------------------------------------------------------------------------------

SCRIBE = """# Data Working Group Teleconference

12 March 2024

## Vocabulary draft

alice: the draft needs another pass.

ACTION: alice to review the draft by 2024-04-02

## Test suite

ACTION: carol to fix the failing tests
ACTION: dave to publish the test report (DONE)
"""


def test_scribe_minutes_actions_with_handles(tmp_path: Path):
    rows = _rows(convert_text(tmp_path, "scribe.md", SCRIBE))
    assert rows == [("Vocabulary draft", "alice to review the draft by 2024-04-02", "alice", "2024-04-02", ""),
                    ("Test suite", "carol to fix the failing tests", "carol", "", ""),
                    ("Test suite", "dave to publish the test report", "dave", "", "complete")]


TASKS = """# Team sync notes – 2 May 2024

## Release planning

- We discussed the release timeline.

## Action items

- [ ] @bob update docs by 2024-05-01
- [x] @alice merge the release branch
- [ ] **@carol** — prepare the demo — due 2024-05-20
- [ ] compress the hero image → Erin
"""


def test_task_list_with_handles_ticks_and_arrows(tmp_path: Path):
    rows = _rows(convert_text(tmp_path, "tasks.md", TASKS))
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [
        ("update docs by 2024-05-01", "bob", "2024-05-01", ""),
        ("merge the release branch", "alice", "", "complete"),
        ("prepare the demo — due 2024-05-20", "carol", "2024-05-20", ""),
        ("compress the hero image", "Erin", "", "")]
    assert {r[0] for r in rows} == {"Action items"}


BOLD = """# Steering group minutes, 4 June 2024

## Website

The group discussed the new website layout.

**Action (Dave):** draft the new home page by 30 June 2024

## Funding

**Action (Frank):** submit the grant application by 1 August 2024. Done.
"""


def test_bold_label_with_who_in_brackets(tmp_path: Path):
    rows = _rows(convert_text(tmp_path, "bold.md", BOLD))
    assert rows == [("Website", "draft the new home page by 30 June 2024", "Dave", "2024-06-30", ""),
                    ("Funding", "submit the grant application by 1 August 2024", "Frank", "2024-08-01", "complete")]


TEXT = """Finance Committee - Notes of meeting held 26 April 2024

1. Budget

The committee reviewed the draft budget.
AI: Carol - circulate budget (due Fri 3 May 2024)

2. Premises

TODO(grace): renew the TLS certificates by 30 September 2024
AI: Dave - obtain a third quote by 31 May 2024
"""


def test_text_notes_with_short_marks(tmp_path: Path):
    rows = _rows(convert_text(tmp_path, "notes.txt", TEXT))
    assert [(r[1], r[2], r[3]) for r in rows] == [
        ("circulate budget", "Carol", "2024-05-03"),
        ("renew the TLS certificates by 30 September 2024", "grace", "2024-09-30"),
        ("obtain a third quote by 31 May 2024", "Dave", "2024-05-31")]


def test_short_marks_only_in_capitals_with_a_colon(tmp_path: Path):
    text = ("Technology club notes, 3 May 2024\n\nAI strategy was discussed at length.\n"
            "Ai: the members liked the talk.\nOur todo list is long.\n")
    assert convert_text(tmp_path, "club.txt", text).actions == []


def test_word_notes_with_note_marks(tmp_path: Path):
    import docx
    d = docx.Document()
    d.add_heading("Project board minutes, 9 September 2024", 1)
    d.add_heading("Supplier review", 2)
    d.add_paragraph("The board discussed the supplier's late deliveries.")
    d.add_paragraph("ACTION: Erin to chase the supplier by 20 September 2024 → Erin")
    p = d.add_paragraph()
    p.add_run("Action (Frank):").bold = True
    p.add_run(" update the risk register")
    d.save(str(tmp_path / "board.docx"))
    import planx
    rows = _rows(planx.convert_file(str(tmp_path / "board.docx")))
    assert [(r[1], r[2], r[3]) for r in rows] == [
        ("Erin to chase the supplier by 20 September 2024", "Erin", "2024-09-20"),
        ("update the risk register", "Frank", "")]
    assert {r[0] for r in rows} == {"Supplier review"}


PLAIN = """# Book club notes – 14 May 2024

## Attendees
- Alice
- Bob

## Discussion

- We discussed the novel's ending → most liked it.
- @bob thought the middle dragged.
- Carol – loved the final chapter.
- Alice will host in June.

## Next meeting

- 11 June 2024 at the library
"""


def test_notes_without_action_marks_give_no_actions(tmp_path: Path):
    assert convert_text(tmp_path, "bookclub.md", PLAIN).actions == []
