"""Narrative plans whose actions are run-in labelled paragraphs ('Action 3: … Lead: … By: …
Status: …' under 'Priority 2: …' headings), in every rendering (Word, PDF, text wrapped at a width),
and a tracker's delimited export saved as a .txt file (normalise/labelforms.py, normalise/headplans.py,
extract/csvfile.py). Each document is built here, in tmp_path."""
from __future__ import annotations

from pathlib import Path

import pytest

from planx.extract.csvfile import export_delimiter
from planx.extract.model import Paragraph, RawDocument
from planx.extract.text import continues
from planx.normalise.headplans import read_labelled_headings, wrapped_lines
from planx.pipeline import convert_file

TITLE = "Eastbrook Council Adult Social Care Improvement Plan 2025-2027"
INTRO = ("This plan sets out what we will do after the peer review. Each action names the officer who "
         "will lead it and the date by which it will be done.")
PRIORITIES = [
    ("Safeguarding adults", [
        ("Publish a revised safeguarding adults procedure for all partner agencies",
         "Maria Lopez, Head of Safeguarding", "30 June 2025", "In progress"),
        ("Audit every section 42 enquiry closed without an outcome recorded",
         "Ben Carter, Principal Social Worker", "31/03/2026", "Not started"),
    ]),
    ("Carers support", [
        ("Offer every unpaid carer a carers assessment within twenty working days",
         "Lena Fry, Service Manager, Carers", "September 2025", "Complete"),
        ("Open two new carers hubs in the north and south localities",
         "Omar Haddad, Commissioning Lead", "31 January 2026", "Delayed"),
        ("Train all front door staff in strengths-based conversations with carers",
         "Ruth Ames, Workforce Lead", "28/02/2026", "Not started"),
    ]),
]


def _actions():
    n = 0
    for area_no, (area, actions) in enumerate(PRIORITIES, 1):
        for action, lead, due, status in actions:
            n += 1
            yield area_no, area, n, action, lead, due, status


def _check(path: Path, with_status: bool = True) -> None:
    result = convert_file(path)
    got = [(a.area_ref, a.area, a.action.rstrip("."), a.lead, a.due_raw, a.status_raw.rstrip("."))
           for a in result.actions]
    want = [(str(area_no), area, action, lead, due, status if with_status else "")
            for area_no, area, _, action, lead, due, status in _actions()]
    assert got == want


def test_bold_run_in_actions_in_word_give_lead_and_date_apart(tmp_path: Path):
    from docx import Document
    d = Document()
    d.add_heading(TITLE, 1)
    d.add_paragraph(INTRO)
    last = 0
    for area_no, area, n, action, lead, due, _status in _actions():
        if area_no != last:
            d.add_heading(f"Priority {area_no}: {area}", 2)
            last = area_no
        p = d.add_paragraph()
        p.add_run(f"Action {n}:").bold = True
        p.add_run(f" {action}. Lead: {lead}. By: {due}.")
    path = tmp_path / "plan.docx"
    d.save(str(path))
    _check(path, with_status=False)


def test_run_in_actions_in_a_pdf_give_lead_date_and_status(tmp_path: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph as Para
    from reportlab.platypus import SimpleDocTemplate, Spacer
    styles = getSampleStyleSheet()
    story = [Para(TITLE, styles["Title"]), Para(INTRO, styles["BodyText"])]
    last = 0
    for area_no, area, n, action, lead, due, status in _actions():
        if area_no != last:
            story.append(Para(f"Priority {area_no}: {area}", styles["Heading2"]))
            last = area_no
        story += [Para(f"<b>Action {n}:</b> {action}. Lead: {lead}. By: {due}. Status: {status}.",
                       styles["BodyText"]), Spacer(1, 6)]
    path = tmp_path / "plan.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    _check(path)


def _wrapped(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + [line]


def test_run_in_actions_wrapped_in_a_text_file_are_read_whole(tmp_path: Path):
    # the text wraps at 72 characters, so labels ('By:', 'Status:') and values fall on the next line,
    # and a line stops mid-sentence after 'Action N: …'
    out = [TITLE, "=" * len(TITLE), "", *_wrapped(INTRO, 72), ""]
    last = 0
    for area_no, area, n, action, lead, due, status in _actions():
        if area_no != last:
            out += [f"Priority {area_no}: {area}", ""]
            last = area_no
        out += [*_wrapped(f"Action {n}: {action}. Lead: {lead}. By: {due}. Status: {status}.", 72), ""]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(out), encoding="utf-8")
    assert any(not line.endswith(".") and line.startswith("Action") for line in out)  # (the shape tested)
    _check(path)


def test_action_lines_apart_from_their_lead_lines_are_no_headings_actions(tmp_path: Path):
    # 'Action 1: …' ends its sentence and 'Lead: …' opens the next line (a PDF's reader parts them so
    # where the first line is all bold): the 'Priority' headings over them group the actions
    out = [TITLE, "", INTRO, ""]
    last = 0
    for area_no, area, n, action, lead, due, status in _actions():
        if area_no != last:
            out += [f"## Priority {area_no}: {area}", ""]
            last = area_no
        body = f"Lead: {lead}. By: {due}. Status: {status}."
        out += [f"Action {n}: {action}.", body, ""] if n % 2 else [f"Action {n}: {action}. {body}", ""]
    path = tmp_path / "plan.md"
    path.write_text("\n".join(out), encoding="utf-8")
    _check(path)


def _heading_doc(lines: list[tuple[str, bool]]) -> RawDocument:
    blocks = [Paragraph(text, 1, k + 1, heading=head, rank=2 if head else 0) for k, (text, head) in enumerate(lines)]
    return RawDocument(path="", name="d.docx", format="docx", blocks=list(blocks))


def test_a_heading_over_two_numbered_actions_is_their_theme_not_an_action():
    # (as a PDF parts them: the first action's 'Lead:' on a line of its own, the second's run in)
    themed = _heading_doc([x for k in (1, 2, 3) for x in (
        (f"Priority {k}: Theme {k}", True), (f"Action {2 * k - 1}: Publish the procedure.", False),
        ("Lead: A Smith, Head of Service. By: May 2025. Status: Delayed.", False),
        (f"Action {2 * k}: Audit the enquiries. Lead: B Jones. By: June 2025.", False))])
    reading = read_labelled_headings(themed)
    assert reading is None or not reading.actions
    # one heading per action over its owner line: each heading is the action (the rule's other side)
    single = _heading_doc([x for k in (1, 2, 3) for x in ((f"Review the policy {k}", True),
                                                          (f"Owner: Officer {k}", False),
                                                          (f"Due: May 202{k}", False))])
    reading = read_labelled_headings(single)
    assert reading is not None and len(reading.actions) == 3


def test_only_long_lines_running_on_are_wrapped_lines():
    lines = ["A long line of prose that runs on to the width the file wraps at, and so", "goes on here.",
             "ACTION 3: Build capacity", "We will train staff in every team this year.",
             "A long line that ends its sentence at the width the file wraps at, right.", "Next sentence."]
    raw = RawDocument(path="", name="d.txt", format="txt",
                      blocks=[Paragraph(t, 1, k + 1) for k, t in enumerate(lines)])
    assert wrapped_lines(raw) == {0}
    raw.format = "docx"  # a Word paragraph holds its wrapped lines already
    assert wrapped_lines(raw) == set()


EXPORT = """Action ID,Theme,Action Description,Action Owner,Target Date,Status,RAG
ACT-201,Carers,Offer every unpaid carer an assessment within twenty days,Lena Fry,2025-09-30T00:00:00,In Progress,A
ACT-202,Carers,"Open two carers hubs, north and south",Omar Haddad,2026-01-31T00:00:00,Delayed,R
ACT-207,Safeguarding,Publish a revised safeguarding adults procedure,Maria Lopez,2025-06-30T00:00:00,Complete,B
"""


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_a_delimited_export_saved_as_text_is_read_as_its_table(tmp_path: Path, delimiter: str):
    path = tmp_path / "export.txt"
    text = EXPORT.replace(",", delimiter).replace("hubs; north", "hubs, north")  # (the quoted cell's own comma)
    path.write_text(text, encoding="utf-8")
    result = convert_file(path)
    assert result.format == "txt"
    got = [(a.action, a.lead, a.due_date, a.status, a.rag) for a in result.actions]
    assert got == [
        ("Offer every unpaid carer an assessment within twenty days", "Lena Fry", "2025-09-30", "in_progress",
         "amber"),
        ("Open two carers hubs, north and south", "Omar Haddad", "2026-01-31", "delayed", "red"),
        ("Publish a revised safeguarding adults procedure", "Maria Lopez", "2025-06-30", "complete", "blue"),
    ]


@pytest.mark.parametrize("text", [
    # prose with commas, a different number of them on each line
    "Our plan, agreed in May, sets out our priorities.\nWe will, with partners, act.\nProgress, reported monthly.\n",
    # a title and lines of two cells only
    "Plan, 2025\nLead, J Smith\nDue, May 2025\n",
    # a tab-separated table: the text reader's own
    "Action\tLead\tDue\nAudit, then report\tJ Smith\tMay 2025\nTrain staff, all\tA Lee\tJune 2025\n",
])
def test_text_that_is_no_delimited_export_is_left_to_the_text_readers(text: str):
    assert export_delimiter(text) == ""


# a plan wrapped at 80 characters whose lines break three ways: mid-sentence before a lower-case word
# (the text reader joins those, so its paragraphs grow wider than the wrap width), inside a label's value
# before a name ('Lead: Owen' / 'Baptiste, …') and inside the action before a capitalised title ('…
# chaired by the Deputy' / 'Principal Social Worker. Lead: …'). The reader that joined the first kind
# once left the other two to a rule measuring the widest paragraph, which the joins had widened: one
# action lost its lead's surname and the next its lead, date and status.
WRAPPED_ACTIONS = [
    ("Publish a revised safeguarding adults procedure so that every partner agency records consent on the file",
     "Maria Lopez, Head of Safeguarding", "30 June 2025", "In progress"),
    ("Introduce audits of closed enquiries each month, chaired by the Deputy Principal Social Worker",
     "Ben Carter, Service Manager", "31/03/2026", "Not started"),
    ("Roll out the model training to all adult care staff",
     "Owen Baptiste, Performance and Data Manager", "28/02/2025", "Complete"),
]


def test_one_rule_joins_wrapped_lines_mid_sentence_and_mid_label_value(tmp_path: Path):
    out = [TITLE, "=" * len(TITLE), "", *_wrapped(INTRO, 80), "", "Priority 1: Safeguarding adults", ""]
    for n, (action, lead, due, status) in enumerate(WRAPPED_ACTIONS, 1):
        out += [*_wrapped(f"Action {n}: {action}. Lead: {lead}. By: {due}. Status: {status}.", 80), ""]
    assert any(line.endswith("Lead: Owen") for line in out)  # (the shapes tested)
    assert any(line.endswith("the Deputy") for line in out)
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(out), encoding="utf-8")
    got = [(a.action.rstrip("."), a.lead, a.due_raw, a.status_raw.rstrip(".")) for a in convert_file(path).actions]
    assert got == WRAPPED_ACTIONS


def test_a_wrapped_line_goes_on_inside_a_label_value_but_not_after_an_ended_line():
    from planx.extract.text import continues
    line = "Action 3: Roll out the model training to all adult care staff. Lead: Owen"
    assert continues(line, "Baptiste, Performance and Data Manager. By: 28/02/2025.", 80)
    # a label's value that ended with its stop, or a line with no label: a capital opens a line of its own
    assert not continues("Action 3: Roll out the model training to all adult care staff in 2025.",
                         "Baptiste will lead it.", 80)
    assert not continues("Improve attendance at secondary schools across the whole of the county area",
                         "Reduce exclusions", 80)
    # a next line that opens a label of its own, or a line with room left for the next word
    assert not continues(line, "By: 28/02/2025.", 80)
    assert not continues("Action 3: Roll out training. Lead: Owen", "Baptiste", 80)
    # a label run in at a full line's end: its value is the next line ('… Head of Safeguarding. By:')
    assert continues("agency records consent on the file. Lead: Maria Lopez, Head of Safeguarding. By:",
                     "30 June 2025. Status: In progress.", 80)
    assert not continues("The actions below answer the findings of the inspection, which were these:",
                         "Leaders do not know the quality of practice well enough.", 80)


def test_a_label_alone_on_its_line_opens_its_own_line():
    # labels over their values ('What:' over the action): a heading line as wide as the text's widest,
    # its own label's value still open ('Priority 2: Improve …'), does not run on into the label under it
    head = "Priority 2: Improve the quality and timeliness of education, health and care plans"
    assert not continues(head, "What:", len(head))
    assert not continues(head, "Who is responsible:", len(head))
    # a label's value running on over the break still goes on ('Lead: Owen' / 'Baptiste, …')
    line = "Action 4: Roll out the training to every team. Lead: Owen"
    assert continues(line, "Baptiste, Head of HR. By: 28/02/2025.", len(line))
