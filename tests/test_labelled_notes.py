"""An item's trailing annotation of a labelled owner and deadline, whatever separates its parts:
'(Action: X – by Y)', '(Owner: X; Deadline: Y)' closing a minutes' action point (normalise/minutes.py
bracketed_note), wrapped over two lines of a text file (extract/text.py bracket_wraps_joined);
'Owner – X; Timescale – Y' under a bullet (normalise/lists.py: a dash after a whole label sets off
that label's value, not an unlabelled 'who – when' part); a PDF's Symbol bullets under 'We will:'
are a list, not the goal's one commitment (normalise/aims.py)."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import convert_text

from planx.extract.model import Paragraph, RawDocument
from planx.extract.text import bracket_wraps_joined, parse_lines
from planx.normalise.aims import read_goal_commitments
from planx.normalise.lists import dashed_fields
from planx.normalise.minute_marks import bracketed_note


@pytest.mark.parametrize("item, lead, due", [
    ("Review the policy (Action: Head of Commissioning – by January 2027)", "Head of Commissioning", "January 2027"),
    ("Review the policy (Action: Service Manager, Safeguarding – by 31st January 2027)",
     "Service Manager, Safeguarding", "31st January 2027"),
    ("Review the policy (Owner: Head of HR; Deadline: 30/09/2026)", "Head of HR", "30/09/2026"),
    ("Review the policy (Owner: Head of HR | by March 2026)", "Head of HR", "March 2026"),
    ("Review the policy (Lead: Head of HR, due 15 Oct 2026).", "Head of HR", "15 Oct 2026"),
    # after a labelled owner, 'by' names when whatever it says
    ("Review the policy (Action: Performance Manager – by the next meeting)", "Performance Manager",
     "the next meeting"),
])
def test_a_labelled_note_gives_lead_and_due_whatever_separates_its_parts(item, lead, due):
    assert bracketed_note(item) == ("Review the policy", lead, due)


@pytest.mark.parametrize("item", [
    "Invite the providers (including schools – by invitation)",  # no owner, no date: part of the action
    "Review the policy (see minute 4 – by agreement)",
    "Review the policy (by the next meeting)",  # no labelled owner: 'by' must name a date
])
def test_a_note_that_is_no_owner_and_date_stays_in_the_action(item):
    assert bracketed_note(item) == (item, "", "")


def test_text_lines_wrapped_inside_a_bracket_are_one_line():
    lines = ["1. Roll out the programme (Action: Head of Commissioning –", "by January 2027)",
             "2. Review the statement (Action: Director of Children's Services", "– by 30th September 2026)",
             "3. Deliver the policy (Action: Performance Manager – by", "the next meeting)"]
    joined, within = bracket_wraps_joined(lines, set())
    assert within == {2, 4, 6}
    assert joined[0] == "1. Roll out the programme (Action: Head of Commissioning – by January 2027)"
    assert joined[2].endswith("(Action: Director of Children's Services – by 30th September 2026)")
    texts = [b.text for b in parse_lines(lines).blocks if isinstance(b, Paragraph)]
    assert len(texts) == 3 and texts[2].endswith("– by the next meeting)")


@pytest.mark.parametrize("lines", [
    ["A note (never closed", "The next paragraph"],  # the bracket never closes: lines as printed
    ["1. Review the policy (Action: Head of HR –", "2. Publish the guide)"],  # the next item is no wrap
    ["Review the policy (Lead:", "", "Head of HR)"],  # a blank line ends the paragraph
    ["Review (a)", "b) second"],  # balanced brackets: nothing open
])
def test_lines_not_wrapped_in_a_bracket_stay_apart(lines):
    assert bracket_wraps_joined(lines, set())[1] == set()


MINUTES = """Minutes of the Improvement Board meeting held on 3 May 2027

1. Welcome and apologies
The Chair welcomed members. Apologies were noted and the meeting was quorate.

2. Risk register
The risk register was reviewed. No new risks were added.

Summary of actions
1. Roll out the fleet electrification programme and report to the board quarterly (Action: Head of Commissioning –
by January 2027)
2. Review the market sufficiency statement so that decisions are recorded (Action: Director of Children's Services
– by 30th September 2026)
3. Deliver the private rented sector enforcement policy with partners (Action: Performance Manager – by
the next meeting)
4. Embed the corporate parenting training offer to improve outcomes (Action: Head of Early Help –
by 7 November 2026)
"""


def test_minutes_action_points_wrapped_in_a_text_file(tmp_path: Path):
    result = convert_text(tmp_path, "minutes.txt", MINUTES)
    got = [(a.action, a.lead, a.due_raw) for a in result.actions]
    assert got == [
        ("Roll out the fleet electrification programme and report to the board quarterly",
         "Head of Commissioning", "January 2027"),
        ("Review the market sufficiency statement so that decisions are recorded",
         "Director of Children's Services", "30th September 2026"),
        ("Deliver the private rented sector enforcement policy with partners",
         "Performance Manager", "the next meeting"),
        ("Embed the corporate parenting training offer to improve outcomes",
         "Head of Early Help", "7 November 2026"),
    ]


@pytest.mark.parametrize("wording", ["(Action: {l} – by {d})", "(Owner: {l}; Deadline: {d})"])
def test_minutes_action_points_in_a_word_document(tmp_path: Path, wording: str):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("Minutes of the Improvement Board meeting held on 3 May 2027")
    d.add_paragraph("1. Welcome and apologies")
    d.add_paragraph("The Chair welcomed members. Apologies were noted.")
    d.add_paragraph("Summary of actions")
    rows = [("Commission the fleet electrification programme to close the gaps identified in the audit",
             "Workforce Development Lead", "November 2027"),
            ("Review the multi-agency front door arrangements so that families receive help earlier",
             "Service Manager, Safeguarding", "30/11/2027"),
            ("Pilot the local offer website to meet the statutory standard", "Housing Options Manager", "31/12/2027")]
    for k, (text, lead, due) in enumerate(rows, 1):
        d.add_paragraph(f"{k}. {text} " + wording.format(l=lead, d=due))
    path = tmp_path / "minutes.docx"
    d.save(str(path))
    import planx
    result = planx.convert_file(str(path))
    assert [(a.action, a.lead, a.due_raw) for a in result.actions] == rows


@pytest.mark.parametrize("text, fields", [
    # who and when after dashes, unlabelled: read so
    ("Extend CCTV coverage in the town centre - Director of Place - March 2027",
     {"action": "Extend CCTV coverage in the town centre", "lead": "Director of Place", "due": "March 2027"}),
    # a dash after a whole label sets off its value: no unlabelled 'English Lead; Timescale' part
    ("Deliver the behaviour policy so that families receive help earlier. Owner – English Lead; Timescale – "
     "November 2026", {}),
    ("Deliver the behaviour policy so that families receive help earlier. Lead - Head of SEND; Deadline - "
     "March 2026", {}),
])
def test_dashes_after_a_label_are_no_unlabelled_parts(text, fields):
    assert dashed_fields(text) == fields


@pytest.mark.parametrize("label_line", ["Owner – {l}; Timescale – {d}", "Lead - {l}; Deadline - {d}",
                                        "Lead: {l} | By: {d}", "Lead: {l}   By: {d}"])
def test_a_labelled_line_under_each_bullet(tmp_path: Path, label_line: str):
    rows = [("Deliver the behaviour policy and rewards system so that families receive help earlier.",
             "English Lead", "November 2026"),
            ("Evaluate the governor monitoring schedule to reduce repeat referrals.", "Pastoral Lead", "March 2027"),
            ("Commission the reading spine for each year group", "Assistant Head (Inclusion)", "December 2026"),
            ("Pilot the curriculum maps for foundation subjects", "Phase Leaders", "Ongoing")]
    lines = ["Attendance Improvement Plan 2026-27", "", "Improvement area 1 – Behaviour and attitudes", "",
             "What we will do:"]
    for text, lead, due in rows:
        lines += [f"• {text}", label_line.format(l=lead, d=due)]
    result = convert_text(tmp_path, "plan.txt", "\n".join(lines) + "\n")
    assert [(a.action, a.lead, a.due_raw) for a in result.actions] == \
        rows  # (the action as printed, its full stop kept)


GOALS = ["Medicines management", "Digital records", "Safe staffing"]


@pytest.mark.parametrize("bullet", ["\uf0b7", "•", "▪", "-"])
def test_a_list_under_we_will_is_the_list_readers(bullet: str):
    blocks = [Paragraph("Trust Improvement Plan 2025/26", 1, 1, heading=True)]
    for k, goal in enumerate(GOALS, 1):
        blocks += [Paragraph(f"Priority {k}: {goal}", 1, 10 * k, heading=True, rank=2),
                   Paragraph("We will:", 1, 10 * k + 1),
                   Paragraph(f"{bullet} Map the freedom to speak up arrangements.", 1, 10 * k + 2),
                   Paragraph("Lead: Chief Operating Officer | By: 15th September 2025", 1, 10 * k + 3)]
    raw = RawDocument(path="", name="plan.pdf", format="pdf", blocks=list(blocks))
    assert read_goal_commitments(raw) is None
    # near-miss: the commitment in prose under each goal is the goal's action
    prose = [Paragraph("We will train every practitioner in the new toolkit.", 1, 10 * k + 1)
             if isinstance(b, Paragraph) and b.text == "We will:" else b for k, b in enumerate(blocks)]
    prose = [b for b in prose if not b.text.startswith((bullet, "Lead:"))]
    reading = read_goal_commitments(RawDocument(path="", name="plan.pdf", format="pdf", blocks=list(prose)))
    assert reading is not None and len(reading.actions) == 3
