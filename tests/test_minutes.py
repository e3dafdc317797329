"""Actions written in prose (normalise/minutes.py): minutes, action notes, labelled action blocks and
action logs kept per topic, read by what their labels and layout say; discussion is never an action.

The shapes are those of real public minutes and logs (a trustees' minutes with 'ACTION: AHop/MS'
under a numbered minute, a panel's 'Action: JS to … by 3 May', an action log with one table per
'Topic – Lead HS/BB' heading, a strategy's 'Action 3: …' blocks), written in our own words.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from conftest import convert_text

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.minute_marks import due_of, is_owner, lead_of
from planx.normalise.minutes import (
    closing_minute,
    numbered_block_heading,
    read_labelled_actions,
    runs_through_list,
    split_items,
    topic_and_lead,
)
from planx.normalise.text import printed

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "minutes"


def doc(*blocks: Paragraph | Table, name: str = "minutes.docx") -> RawDocument:
    return RawDocument(path=name, name=name, format="docx", blocks=list(blocks))


def para(text: str, line: int, heading: bool = False) -> Paragraph:
    return Paragraph(text=text, page=1, line=line, heading=heading)


def table(index: int, rows: list[list[str]]) -> Table:
    return Table(index=index, page=1, rows=[Row([Cell(text=t, col=c) for c, t in enumerate(r)], 1, i + 1)
                                    for i, r in enumerate(rows)])


# ---- the pieces -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, owner", [
    ("AHop/MS", True), ("DT", True), ("Trustees/DT", True), ("Clerk", True), ("JTe", True),
    ("Mike Stephens", True), ("Clerk and Chair", True), ("All governors", True),
    ("to be confirmed", False), ("The minutes were accepted", False), ("", False),
])
def test_who_acts_is_initials_names_or_roles(text, owner):
    assert is_owner(text) is owner


@pytest.mark.parametrize("sentence, lead", [
    ("JS to circulate the paper by 3 May", "JS"),
    ("The Clerk to write to the council about the lease", "Clerk"),
    ("DT/AHop to agree the wording with the printer", "DT/AHop"),
    ("Circulate the revised budget to members (AB)", "AB"),
    ("Members noted the report and the action plan", ""),
    # whoever owns the work (Cabinet Office data panel minutes, 2015)
    ("Challenge owner to revise the proposal to make clear which organisations should refer to it",
     "Challenge owner"),
])
def test_lead_of_a_minute_action(sentence, lead):
    assert lead_of(sentence) == lead


@pytest.mark.parametrize("sentence, lead", [
    # a school parent council's action log (Hyndland Primary, October 2025): initials that open a
    # role ('PC' = Parent Council) are part of who acts, not a person set off before the sentence
    ("PC Reps to look over website and note any amendments/changes with DPG.", "PC Reps"),
    ("SLT Team to review the attendance figures before the next meeting", "SLT Team"),
    ("Class reps to share the link in year group chats", "Class reps"),
    # initials before a sentence whose own subject follows them still name who acts
    ("AA/CG/DS We should work with the data team on this", "AA/CG/DS"),
    ("NB to contact Hillhead Sports Club to see if it is available on 28/11.", "NB"),
    ("JS Paper to be circulated to members", "JS"),
])
def test_initials_before_a_role_name_the_body_that_acts(sentence, lead):
    assert lead_of(sentence) == lead


def test_due_is_a_date_after_by_and_nothing_else():
    assert due_of("JS to circulate the paper by 3 May 2024") == "3 May 2024"
    assert due_of("Clerk to report back by the end of March 2025.") == "March 2025"
    assert due_of("AB to report back by the next meeting") == ""
    assert due_of("Refer the matter to the finance committee") == ""


def test_labels_in_minute_text():
    found = read_labelled_actions("The figures were noted. ACTION – Clerk to write to the bank")
    assert [(b, a.action, a.lead) for b, a in found] == [
        ("The figures were noted.", "Clerk to write to the bank", "Clerk")]
    owner_only = read_labelled_actions("8.1 We have heard nothing from the bank so David will chase. ACTION:DT")
    assert owner_only[0][1].takes_paragraph_above and owner_only[0][1].lead == "DT"
    listed = read_labelled_actions("Actions: • JS to draft terms of reference • AB to book the room")
    assert [a.action for _, a in listed] == ["JS to draft terms of reference", "AB to book the room"]


@pytest.mark.parametrize("text", [
    "The Action Plan was discussed at length.",
    "Action required: For noting",
    "The board took action: it agreed the budget.",
    "Action: none",
    "action: the clerk will see to it",  # a label is written with a capital
])
def test_what_no_label_marks_is_no_action(text):
    assert read_labelled_actions(text) == []


# a council's equality impact assessment (Kent, family hubs decision 2025): a form whose label cell
# wraps 'd) Responsible Officer for Mitigating / Actions - Age' beside 'Family Hub Service Managers.'
@pytest.mark.parametrize("text", [
    "d) Responsible Officer for Mitigating\nActions - Age",
    "d) Responsible Officer for Mitigating\n    Actions \u2013 Gender\n    identity/transgender",
])
def test_a_label_cell_wrapped_before_actions_and_a_dash_marks_no_action(text):
    assert read_labelled_actions(text) == []


@pytest.mark.parametrize("text, action", [
    ("Members noted the report\nAction: Clerk to circulate the minutes", "Clerk to circulate the minutes"),
    ("Members noted the report\nACTION - Clerk to circulate the minutes", "Clerk to circulate the minutes"),
    ("The figures were noted.\nAction - Clerk to write to the bank", "Clerk to write to the bank"),
])
def test_a_label_after_a_line_break_still_marks_an_action(text, action):
    assert [a.action for _, a in read_labelled_actions(text)] == [action]


def test_the_minute_an_owner_only_label_closes_is_the_last_numbered_paragraph():
    assert closing_minute("4 Chair's report 4.1 David cannot attend. 4.2 It was agreed to apply for funding.") == \
        ("4 Chair's report 4.1 David cannot attend.", "4.2", "It was agreed to apply for funding.")
    assert closing_minute("Ali should bring the costs.") == ("", "", "Ali should bring the costs.")


def test_list_items_and_headings():
    assert split_items("• Draft the letter") == ["Draft the letter"]
    assert split_items("1) Draft the letter 2) Send it") == ["Draft the letter", "Send it"]
    assert numbered_block_heading("Action 3: Build a data catalogue") == ("3", "Build a data catalogue")
    assert numbered_block_heading("Action: Build a data catalogue") is None
    assert topic_and_lead("National Address Dataset – Lead HS/BB") == ("National Address Dataset", "HS/BB")
    assert topic_and_lead("Open Data Licensing") is None


def test_a_year_wrapped_in_a_narrow_column_is_joined():
    assert printed("31/03/20\n24") == "31/03/2024"
    assert printed("31/03/\n2024") == "31/03/ 2024"  # a whole year on its own line is left as printed
    assert printed("Item 20\n24 pupils") == "Item 20 24 pupils"


# ---- the walker -----------------------------------------------------------------------------------

def test_minutes_with_inline_actions():
    r = normalise(doc(
        para("Minutes of the Board, 14 March 2024", 1, heading=True),
        para("The minutes of the last meeting were agreed. The action plan was noted.", 2),
        para("Action: JS to circulate the revised terms of reference by 3 May 2024", 3),
        para("4.1 Forty volunteers have joined. 4.2 The board agreed a volunteer handbook should be drafted.", 4),
        para("ACTION: PP/AB", 5),
        para("Actions:", 6),
        para("• AB to obtain three quotes for the car park", 7),
        para("Date of next meeting: 9 May 2024", 8),
    ))
    assert [(a.action, a.lead, a.due_date) for a in r.actions] == [
        ("JS to circulate the revised terms of reference by 3 May 2024", "JS", "2024-05-03"),
        ("The board agreed a volunteer handbook should be drafted.", "PP/AB", ""),
        ("AB to obtain three quotes for the car park", "AB", ""),
    ]
    assert r.actions[1].ref == "4.2"
    assert any("read from prose" in w for w in r.warnings)
    assert any(lo.text.startswith("4.1 Forty volunteers") for lo in r.leftovers)  # discussion is kept, not an action


def test_minutes_that_keep_an_action_log_table_note_its_actions_in_the_text_too():
    r = normalise(doc(
        para("ACTIONS TO BE TAKEN", 1),
        table(1, [["Item", "Action", "By whom", "By when"],
                  ["2", "Send the signed minutes to the headteacher", "Clerk", "asap"]]),
        para("2. Minutes of the last meeting", 2, heading=True),
        para("The minutes were agreed as a true record.", 3),
        para("Action: Clerk to file signed copy", 4),
    ))
    assert [(a.action, a.lead) for a in r.actions] == [("Send the signed minutes to the headteacher", "Clerk")]
    assert any(lo.text == "Clerk to file signed copy Clerk" for lo in r.leftovers)
    assert any("kept aside: the document's action table lists its actions" in w for w in r.warnings)


def test_prose_that_only_reads_like_an_action_label_is_no_action():
    r = normalise(doc(
        para("What we heard: • Improve support for families • Safeguarding", 1),
        para("What the inspection judgements mean: the local authority", 2, heading=True),
        para("Action required: For noting", 3),
    ))
    assert r.actions == [] and r.status == "failed"


def test_labelled_blocks_under_numbered_action_headings():
    r = normalise(doc(
        para("Action 1: Publish a catalogue of the data the council holds", 1, heading=True),
        para("This builds on last year's inventory.", 2),
        para("Responsible: Information Governance Manager", 3),
        para("Measurement: Catalogue published", 4),
        para("Timeline: By December 2024", 5),
        para("Action 2: Train managers in using data", 6, heading=True),
        para("Responsible: Head of Learning Supported practice(s): 2, 6 Timeline: Within 6 months", 7),
    ))
    got = [(a.ref, a.action, a.lead, a.measure, a.due_raw) for a in r.actions]
    assert got == [("1", "Publish a catalogue of the data the council holds", "Information Governance Manager",
                    "Catalogue published", "By December 2024"),
                   ("2", "Train managers in using data", "Head of Learning Supported practice(s): 2, 6", "",
                    "Within 6 months")]


def test_a_numbered_heading_over_a_milestone_table_is_one_action_not_a_prose_block():
    """No labelled lines under the heading: not a prose block; its table lists its milestones
    (normalise/sections.py), so the heading is the action and the row its milestone."""
    r = normalise(doc(
        para("Action 2. Mature data governance", 1),
        para("Agencies will build on their data governance bodies.", 2),
        table(1, [["Milestone", "Measurement", "Target Date"],
                  ["2.1 Publish a data governance plan", "Plan posted", "Dec. 31, 2021"]]),
    ))
    assert [(a.ref, a.action, a.due_date) for a in r.actions] == [("2", "Mature data governance", "2021-12-31")]
    assert [m.milestone for m in r.actions[0].milestones] == ["Publish a data governance plan"]
    assert not any("read from prose" in w for w in r.warnings)
    assert any("read as one action each" in w for w in r.warnings)


def test_an_action_log_kept_per_topic():
    r = normalise(doc(
        para("Data User Group Action Log", 1, heading=True),
        para("Address Data – Lead HS/BB", 2),
        table(1, [["Write to the address data owners", "HS", "Ongoing"],
                  ["Publish a note of the options", "BB", "Completed"]]),
        para("Transport Data", 3),
        table(2, [["Bring a paper on timetable data", "TJ/RA", "Carried forward"],
                  ["Contact the rail operators", "RA", "New"]]),
    ))
    got = [(a.area, a.area_lead, a.action, a.lead, a.status_raw, a.status) for a in r.actions]
    assert got == [
        ("Address Data", "HS/BB", "Write to the address data owners", "HS", "Ongoing", "ongoing"),
        ("Address Data", "HS/BB", "Publish a note of the options", "BB", "Completed", "complete"),
        ("Transport Data", "", "Bring a paper on timetable data", "TJ/RA", "Carried forward", "ongoing"),
        ("Transport Data", "", "Contact the rail operators", "RA", "New", "not_started"),
    ]


def test_small_topic_tables_with_no_heading_row_are_read_together():
    """A table of one row under each topic (the ODUG log): alone, one row cannot say what its
    columns hold; the document's tables of the same shape, read together, say action, owner,
    status. A topic of many words joined by dashes is still a topic."""
    r = normalise(doc(
        para("Data User Group Action Log", 1, heading=True),
        para("Secretariat", 2),
        table(1, [["Circulate minutes and actions from the last meeting", "TJ", "Completed"]]),
        para("OS Derived Data Licensing Restrictions – with River Networks and Rights of Way - Lead GS", 3),
        table(2, [["Send a letter to the mapping agency on derived data", "HS", "New"]]),
        para("Weather Observations – Lead JC", 4),
        table(3, [["Set up a meeting with the Met Office and its users", "TJ/JC", "Carried forward"]]),
    ))
    got = [(a.area, a.action, a.lead, a.status) for a in r.actions]
    assert got == [
        ("Secretariat", "Circulate minutes and actions from the last meeting", "TJ", "complete"),
        ("OS Derived Data Licensing Restrictions – with River Networks and Rights of Way",
         "Send a letter to the mapping agency on derived data", "HS", "not_started"),
        ("Weather Observations", "Set up a meeting with the Met Office and its users", "TJ/JC", "ongoing"),
    ]


def test_topics_over_pieces_of_one_headerless_log_need_no_lead_named():
    """'Secretariat', 'DVLA', 'HMRC' over three tables of one shape, none with a heading row (the
    ODUG log of July 2013): one log cut into pieces, its topics the areas. Two such lines alone
    could be captions: no topic is read."""
    log = [para("Secretariat", 1),
           table(1, [["Circulate minutes and actions from the meeting", "KK", "New"],
                     ["Publish a note of the meeting on the website", "KK", "New"]]),
           para("DVLA", 2),
           table(2, [["Refine the benefits case in light of comments", "JTe", "New"]]),
           para("HMRC", 3),
           table(3, [["Draft a response to the consultation on open data", "DL", "New"]])]
    assert [a.area for a in normalise(doc(*log)).actions] == ["Secretariat", "Secretariat", "DVLA", "HMRC"]
    assert {a.area for a in normalise(doc(*log[:4])).actions} == {""}


def test_topics_alone_in_the_first_column_of_a_log_are_areas():
    """A borderless PDF's log puts some topics inside its tables, alone in the first column over
    instructions: each is the area of the rows below (replacing a topic from a paragraph above),
    never an action. An instruction with its status still blank stays an action."""
    r = normalise(doc(
        para("Secretariat – Lead TJ", 1),
        table(1, [["Circulate minutes and actions from the meeting", "New"],
                  ["Collaboration Space", ""],
                  ["Advise members when they need to log into the space", "Ongoing"],
                  ["VAT Register – Lead PM", ""],
                  ["Secure plan for release of this dataset from HMRC", "Carried forward"],
                  ["Review the membership of the group", ""]]),
        para("Data Workstream", 2),
        table(2, [["Add display of progress on commitments to the tool", "Carried forward"],
                  ["Include supportive data requests from the old list", "New"]]),
    ))
    got = [(a.area, a.action, a.status_raw) for a in r.actions]
    assert got == [
        ("Secretariat", "Circulate minutes and actions from the meeting", "New"),
        ("Collaboration Space", "Advise members when they need to log into the space", "Ongoing"),
        ("VAT Register", "Secure plan for release of this dataset from HMRC", "Carried forward"),
        ("VAT Register", "Review the membership of the group", ""),
        ("Data Workstream", "Add display of progress on commitments to the tool", "Carried forward"),
        ("Data Workstream", "Include supportive data requests from the old list", "New"),
    ]


def test_a_narrower_table_of_prose_after_a_log_is_not_more_of_its_rows():
    """A paper appended to an actions report (DCLG's of December 2010): 'Issue / Category | From
    January 2011' over 'Frequency | Data will be uploaded each month.' is narrower than the log's
    headings and instructs nothing under the actions' heading: kept aside. A narrower table that
    instructs is read under the headings it follows."""
    log = table(1, [["Issue", "Action", "Lead", "Follow-up"],
                    ["VAT / Fraud", "DCLG to discuss with HMT the publication of VAT numbers", "HM", "Ongoing."],
                    ["Single Data List", "Circulate a progress report before the next meeting", "JH", "Completed."]])
    paper = table(2, [["Issue / Category", "From January 2011"],
                      ["Frequency", "Data will be uploaded each month."],
                      ["Granularity", "Crimes will be mapped to the centre point of the nearest street."]])
    r = normalise(doc(para("Actions report", 1), log, para("Home Office update", 2), paper))
    assert [a.area for a in r.actions] == ["VAT / Fraud", "Single Data List"]
    assert any("instructs nothing" in w for w in r.warnings)
    more = table(2, [["Crime Data", "Publish the crime map prototype for comment", "HM"],
                     ["Endangered Datasets", "Review the handling of data from abolished bodies", "JH"]])
    r = normalise(doc(para("Actions report", 1), log, more))
    assert [a.action for a in r.actions[2:]] == ["Publish the crime map prototype for comment",
                                                 "Review the handling of data from abolished bodies"]
    assert not any("instructs nothing" in w for w in r.warnings)


def test_short_lines_over_tables_are_no_topics_without_a_lead_named():
    r = normalise(doc(
        para("Children's services", 1),
        table(1, [["Action", "Lead", "Status"], ["Review the policy", "HT", "Ongoing"]]),
        para("Adult services", 2),
        table(2, [["Action", "Lead", "Status"], ["Audit the files", "DM", "Complete"]]),
    ))
    assert [a.area_lead for a in r.actions] == ["", ""]


# ---- end to end, every rendering ----------------------------------------------------------------

def sample_docs() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if not p.name.endswith(".json")) if SAMPLES.is_dir() else []


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import planx
    out = tmp_path_factory.mktemp("minutes_out")
    planx.convert(sample_docs(), out=out, jobs=1, report=False)
    return out


def test_every_layout_comes_in_every_rendering():
    names = {p.name for p in sample_docs()}
    for stem in ("board_minutes_inline_actions", "topic_action_log", "panel_action_tracker",
                 "strategy_action_blocks", "parish_minutes_no_actions"):
        assert {f"{stem}{s}" for s in (".docx", ".odt", ".doc", ".pdf")} <= names


@pytest.mark.parametrize("name", [p.name for p in sample_docs()])
def test_minutes_and_logs_end_to_end(converted, name):
    truth = json.loads((SAMPLES / f"{name}.truth.json").read_text(encoding="utf-8"))
    with open(converted / "actions.csv", newline="", encoding="utf-8") as fh:
        actions = [a for a in csv.DictReader(fh) if a["doc"] == name]
    assert len(actions) == len(truth["actions"]), name
    for want in truth["actions"]:
        got = next((a for a in actions if bare(a["action"]) == bare(want["action"])), None)
        assert got is not None, (name, want["action"])
        for field, value in want.items():
            assert bare(got[field]) == bare(value or ""), (name, want["action"], field)


def bare(text: str) -> str:
    """Text without its whitespace: a PDF's narrow column breaks words ('complain⏎ts'), as the
    scorer forgives."""
    return "".join(text.split())


# ---- action logs whose action column has no heading, and headings that do not go on ----------------

_LOG = [["ITEM", "", "BY WHOM", "BY WHEN"],
        ["98/2122", "Notify the diocese of the appointments and amend the register", "Clerk", "asap"],
        ["101/2122", "Minutes to website", "Clerk", "asap"],
        ["110a/2122", "Circulate the meeting dates for the next academic year", "Clerk", "30 June 2022"],
        ["113/2122", "Forward the induction pack to the new governors", "Chair", "asap"]]
_NOTES = [["FGB 99/2122", "Declaration of interests",
           "Governors were invited to declare any personal or prejudicial interests, including the nature of "
           "such interests, in items to be considered at this meeting", "None"],
          ["FGB 105/2122", "Finance", "The final budget monitor for the year was provided to the last committee "
           "meeting and the carry forward amount was agreed by all governors present", ""],
          ["FGB 106/2122", "Personnel", "The new headteacher has been appointed and she will join the school in "
           "September after a handover period with the current head", ""]]


def test_an_unheaded_column_of_instructions_beside_who_and_when_is_the_action():
    result = normalise(RawDocument("m.pdf", "m.pdf", "pdf", blocks=[table(1, _LOG)]))
    assert [(a.action, a.lead, a.due_raw) for a in result.actions][:2] == [
        ("Notify the diocese of the appointments and amend the register", "Clerk", "asap"),
        ("Minutes to website", "Clerk", "asap")]
    assert any("column 2 has no heading" in w for w in result.warnings)
    # no column of sentences under the blank heading: no plan table
    dates_only = [["ITEM", "", "BY WHOM", "BY WHEN"], ["1", "", "Clerk", "asap"], ["2", "x", "Chair", "May 2022"]]
    assert not normalise(RawDocument("n.pdf", "n.pdf", "pdf", blocks=[table(1, dates_only)])).actions


_LETTERED_LOG = [["ITEM", "", "BY WHOM", "BY WHEN"],
                 ["43/2122", "a. Notify Babcock that the school would use the Gold Package for the\nrecruitment "
                  "process\nb. Notify Steve Bone that the Board would like him to provide a brief\npresentation on "
                  "his MAT at the January 2022 FGB meeting", "a. Simon Barnes\nb. Paul\nEvemy/Clerk", "31 Jan 2022"]]


def test_an_action_log_of_one_row_of_lettered_items_reads_an_action_per_letter():
    """Decoy school FGB minutes (2021): one item row whose blank-headed cell holds lettered actions
    and whose 'BY WHOM' cell letters the owners alike: the items are the rows of evidence for the
    unheaded action column, and each action gets the owner of its letter; the date they share goes
    to both."""
    result = normalise(RawDocument("m.pdf", "m.pdf", "pdf", blocks=[table(1, _LETTERED_LOG)]))
    assert [(a.action, a.lead, a.due_date) for a in result.actions] == [
        ("Notify Babcock that the school would use the Gold Package for the recruitment process", "Simon Barnes",
         "2022-01-31"),
        ("Notify Steve Bone that the Board would like him to provide a brief presentation on his MAT at the "
         "January 2022 FGB meeting", "Paul Evemy/Clerk", "2022-01-31")]
    assert any("column 2 has no heading" in w for w in result.warnings)


def test_lettered_actions_whose_owners_are_not_lettered_alike_stay_one_action():
    """Owners that do not pair with the letters ('Simon Barnes' alone, or 'a. … c. …') give no
    action per item: the row stays one action, its lettered items its milestones."""
    for owners in ("Simon Barnes", "a. Simon Barnes\nc. Clerk"):
        rows = [_LETTERED_LOG[0], _LETTERED_LOG[1][:2] + [owners, ""]]
        result = normalise(RawDocument("m.pdf", "m.pdf", "pdf", blocks=[table(1, rows)]))
        assert len(result.actions) == 1, owners
        assert len(result.actions[0].milestones) == 2, owners


_LEAD_IN_LOG = [["ITEM", "", "BY WHOM", "BY WHEN"],
                ["17/2021", "Minutes to website", "Heather Poustie/Clerk", "asap"],
                ["23/2021", "Carry out visits and provide reports to the Clerk for the next meeting:\n"
                 "a. Literacy – 20 November 2020\nb. SEND – 24 November 2020\nc. EYFS Curriculum - 26 November 2020",
                 "a. Paul Evemy/ Sandra\nCartwright\nb. Paul Evemy/Sandra\nCartwright\nc. Gill Quantrell",
                 "a. 01/01/2021\nb. 01/01/2021\nc. 01/01/2021"],
                ["24/2021", "Collaboration Group – feedback on remote learning", "Heather Poustie", "01/01/2021"],
                ["26/2021", "Place Anti-bullying Policy on the FGB Agenda", "Clerk", "asap"]]


def test_lettered_actions_under_a_lead_in_line_read_an_action_per_letter():
    """Decoy school L&W committee minutes (2020): the action cell opens with a lead-in line ending in a
    colon over lettered visits, the who and when cells lettered alike: an action per letter with
    its own owner and date; the lead-in is no item's text and is kept aside."""
    result = normalise(RawDocument("m.pdf", "m.pdf", "pdf", blocks=[table(1, _LEAD_IN_LOG)]))
    assert [(a.action, a.lead, a.due_date) for a in result.actions][1:4] == [
        ("Literacy – 20 November 2020", "Paul Evemy/ Sandra Cartwright", "2021-01-01"),
        ("SEND – 24 November 2020", "Paul Evemy/Sandra Cartwright", "2021-01-01"),
        ("EYFS Curriculum - 26 November 2020", "Gill Quantrell", "2021-01-01")]
    assert any(left.text.startswith("Carry out visits") for left in result.leftovers)
    # a line without a colon over the list is part of the first item: no lead-in, no split
    plain = [*_LEAD_IN_LOG[:2], [_LEAD_IN_LOG[2][0], _LEAD_IN_LOG[2][1].replace(":", ""), *_LEAD_IN_LOG[2][2:]],
             *_LEAD_IN_LOG[3:]]
    result = normalise(RawDocument("m.pdf", "m.pdf", "pdf", blocks=[table(1, plain)]))
    assert not any(a.action.startswith("Literacy") for a in result.actions)


def test_minutes_after_an_action_log_are_not_read_under_its_headings():
    # the same width as the log, but its 'by whom' column would hold the notes of a discussion
    result = normalise(RawDocument("m.pdf", "m.pdf", "pdf", blocks=[table(1, _LOG), table(2, _NOTES)]))
    assert len(result.actions) == 4
    assert any("not read under the headings of table 1" in w for w in result.warnings)


def test_a_heading_in_capitals_that_opens_with_actions_is_no_label():
    text = "ACTIONS TO BE CONSIDERED IN THE EVENT OF AN OUTBREAK"
    result = normalise(RawDocument("p.pdf", "p.pdf", "pdf", blocks=[para(text, 1), para("Parents informed", 2)]))
    assert not result.actions
    assert [a.action for a in normalise(RawDocument("q.pdf", "q.pdf", "pdf", blocks=[
        para("The clerk will check the dates. ACTION Clerk to circulate the dates by 3 May 2024", 1)])).actions]


def test_an_instruction_opens_with_any_verb_that_is_only_a_verb():
    from planx.normalise.columns import looks_like_action
    assert looks_like_action("Notify the clerk of any training requirement")  # not in the hand-made list
    assert looks_like_action("Publicise the wellbeing policy to all staff")
    assert looks_like_action("Governors to arrange visit dates")  # who, 'to', then the verb
    assert not looks_like_action("Minutes to website")
    assert not looks_like_action("Actions to achieve:")  # a heading: no one is to act
    assert not looks_like_action("Spend RAG rating")  # a heading opening with a verb: no object follows
    assert not looks_like_action("Governors attended the meeting")
    assert not looks_like_action("Outcomes for children improve")


def _margin_minutes(label: str) -> RawDocument:
    # the shape of a community council's minutes (PDF): 'Actions' in the left margin beside the
    # first paragraph (a bold run-in label, no colon), the second paragraph set under it in the
    # text column, then the minutes close
    return RawDocument(path="m.pdf", name="m.pdf", format="pdf", blocks=[
        Paragraph(text="EXTRACT OF MINUTES OF EXTRAORDINARY MEETING HELD ON MONDAY 4TH SEPTEMBER 2018", page=1,
                  line=1, heading=True),
        Paragraph(text="The councillors agreed that option 1 would be the best way forward.", page=1, line=2),
        Paragraph(text=f"{label} County Cllr Webb was asked to request that Steve Baldwin and Roger Hoggins "
                       "attend the next meeting of TCC to explain which option they are going to follow.",
                  page=2, line=3, lead_bold=label),
        Paragraph(text="Cllr Shewell to convey the above conditions to MCC Highways.", page=2, line=4),
        Paragraph(text="There being no further business the meeting was closed at 8:40pm", page=3, line=5),
    ])


def test_a_plural_margin_label_marks_the_paragraphs_beside_it():
    r = normalise(_margin_minutes("Actions"))
    assert [(a.action[:30], a.lead) for a in r.actions] == [
        ("County Cllr Webb was asked to ", ""), ("Cllr Shewell to convey the abo", "Cllr Shewell")]
    # the closing line sets no one a task: not the label's
    assert any(lo.text.startswith("There being no further business") for lo in r.leftovers)


def test_a_singular_action_label_marks_only_its_own_paragraph():
    r = normalise(_margin_minutes("Action:"))
    # the paragraph after it is not the label's: 'Cllr Shewell to convey …' is read by its own shape,
    # a minute's task on a line of its own (minute_marks.lone_minute_action), not as a second labelled action
    assert not any("beside a plural 'Actions' label" in w for w in r.warnings)
    assert any("1 action(s)" in w and "a minute's task on a line of its own" in w for w in r.warnings)


def test_an_action_closed_by_who_does_it_in_brackets():
    """Cabinet Office Open Standards Board minutes (2016): '**Action:** Start recruitment process
    (open standards team)': the bracketed owner is the lead and no part of the action; a short form
    in brackets ('(FOIA)') or a note ('(see annex)') stays in the action."""
    lines = ["Board membership", "**Action:** Start recruitment process (open standards team)",
             "**Action:** Publish the guidance on the Freedom of Information Act (FOIA)",
             "**Action:** Review the budget lines (see annex)"]
    result = normalise(RawDocument("m.md", "m.md", "markdown", blocks=[para(t, i) for i, t in enumerate(lines)]))
    assert [(a.action, a.lead) for a in result.actions] == [
        ("Start recruitment process", "open standards team"),
        ("Publish the guidance on the Freedom of Information Act (FOIA)", ""),
        ("Review the budget lines (see annex)", "")]


def test_items_under_an_actions_heading_that_set_a_task_by_a_modal():
    """Cabinet Office data panel minutes (2015): under '### Actions relating to …' bulleted items
    that set a task by a modal ('The proposal needs to be clear …', '…, the challenge owner should
    describe …') or by a verb after a leading phrase ('In the proposal, apply …') are actions as
    much as 'Challenge owner to revise …'; an item recording what the panel did is not."""
    lines = [para("Actions relating to publishing vacancies online", 1, heading=True),
             para("* Challenge owner to revise the proposal to make clear which organisations should use it.", 2),
             para("* The proposal needs to be clear that only the JobPosting definition is being referred to.", 3),
             para("* In the interoperability section of the proposal, the challenge owner should describe the "
                  "property values that will need to be standardised.", 4),
             para("* In the proposal, apply the wording from RFC 5646 on the ISO 639-1 sub standards.", 5),
             para("* The panel went through each assessment question and confirmed the answers given.", 6)]
    result = normalise(RawDocument("m.md", "m.md", "markdown", blocks=lines))
    assert [a.action.split()[:3] for a in result.actions] == [
        ["Challenge", "owner", "to"], ["The", "proposal", "needs"], ["In", "the", "interoperability"],
        ["In", "the", "proposal,"]]


# A parish council's minutes as a village site republishes them (Markdown, one paragraph per line of
# the minutes): agenda items '4\. Matters Arising', sub-items 'ii) Allotments' on lines of their own,
# an 'Action:' line closing a sub-item, 'ACTIONS:' lines holding several points, and items run together
# into one paragraph ('… 15. NOTICEBOARDS These have … ACTION: Clerk to …'). The West Dereham and
# Northwold and Whittington minutes (holdout23, all rights reserved) have this shape; written anew here.
PARISH_MINUTES = """\
4\\. Matters Arising

ii) Allotments

Rents have been received from one allotment. The council agreed that the liaison officer collects them.

Action: RF to collect rents and pass to clerk.

iii) Directional Signs

The Highways Department decided that one sign near the roundabout is sufficient.

Action: Clerk to ask Highways why the sign by the old school is so large.

iv) Proposed Rent Increase

AR has written to the Borough Council and is awaiting a response.

5\\. STREETLIGHTS The lamp in Glebe Close is too bright.

ACTIONS: Clerk to put the streetlamp on the May agenda. Clerk to seek a quote for a lamp shade.

ACTION: Cllr Brown to speak to the church about the defibrillator. 15. PARISH NOTICEBOARDS These have \
not yet been received. ACTION: Clerk to find out when the noticeboards will be delivered.

18\\. EMAIL ADDRESSES These are in progress. The domain is example.org.uk ACTION: Cllr Brown to complete \
the addresses.

20\\. FINANCE The budget was discussed.

ACTIONS: Clerk to update the asset register 21. ITEMS FOR THE NEXT AGENDA: benches, signs
"""


def test_parish_minutes_action_points_end_where_the_next_item_begins(tmp_path):
    import planx

    path = tmp_path / "parish_minutes.md"
    path.write_text(PARISH_MINUTES, encoding="utf-8")
    actions = [a.action for a in planx.convert_file(path).actions]
    assert actions == [
        # the sub-item's heading under an 'Action:' line ('iii) Directional Signs') is no more words of it
        "RF to collect rents and pass to clerk.",
        "Clerk to ask Highways why the sign by the old school is so large.",
        # a plural label over sentences each naming who acts: one action each
        "Clerk to put the streetlamp on the May agenda.",
        "Clerk to seek a quote for a lamp shade.",
        # items run together: each point ends where the next agenda item or label begins
        "Cllr Brown to speak to the church about the defibrillator.",
        "Clerk to find out when the noticeboards will be delivered.",
        # 'ACTION:' in capitals with its colon is a label after a word as after a stop
        "Cllr Brown to complete the addresses.",
        "Clerk to update the asset register",
    ]


def test_a_singular_label_keeps_its_sentences_together():
    found = read_labelled_actions("The meeting was noted. Action: Clerk to confirm the date. PM to pass the planners' "
                                  "details to the clerk.")
    assert [a.action for _, a in found] == ["Clerk to confirm the date. PM to pass the planners' details to the clerk."]
    plural = read_labelled_actions("The meeting was noted. Actions: Clerk to confirm the date. PM to pass the "
                                   "planners' details to the clerk.")
    assert [a.action for _, a in plural] == ["Clerk to confirm the date.",
                                             "PM to pass the planners' details to the clerk."]
    # a sentence naming no one goes on with the action before it
    one = read_labelled_actions("Noted. Actions: Clerk to write to the bank. This is urgent.")
    assert [a.action for _, a in one] == ["Clerk to write to the bank. This is urgent."]


def test_a_next_steps_heading_in_minutes_names_its_list_as_the_meetings_actions(tmp_path):
    """Minutes of a working group (real shape: a public advisory board's Markdown minutes, notes/
    real_failure_causes2.md cause 2 P2a) end with '## Next Steps': its items are the meeting's actions
    though nothing calls the document a plan; 'Name: task' names who acts, and 'Members to:' names who
    does the sub-items under it. The notes' lists above it, 'Name: remark' too, are no actions."""
    result = convert_text(tmp_path, "parks_forum_minutes_2021-05-04.md", "\n".join([
        "# Parks Forum", "2021-05-04", "", "## Present", "* Ann Lee - Parks Service", "* Tom Bray - Friends Group",
        "", "## Notes", "",
        "* On the tree survey:", "  * Tom: the survey found more ash dieback than expected this year",
        "  * The map of the woods is out of date", "",
        "## Next Steps", "",
        "* Priya: send the revised tree survey to the forum before the summer", "",
        "* Forum Members to:", "  * Review the draft planting plan on the shared drive.",
        "  * Suggest two sites for the community orchard", ""]))
    got = [(a.action, a.lead) for a in result.actions]
    assert got == [("send the revised tree survey to the forum before the summer", "Priya"),
                   ("Review the draft planting plan on the shared drive.", "Forum Members"),
                   ("Suggest two sites for the community orchard", "Forum Members")], result.warnings
    assert all(a.area == "Next Steps" for a in result.actions)


def test_a_documents_title_naming_next_steps_stays_its_title(tmp_path):
    """'NEXT STEPS' as the document's own title (real shape: a city commission's one-page timeline,
    holdout24) names the document, not a list of the meeting's actions: it stays the title."""
    result = convert_text(tmp_path, "commission_timeline_2018.md", "\n".join([
        "# NEXT STEPS", "",
        "- Hold public hearings in each borough over the autumn", "",
        "- Publish the staff report with the proposals heard", "",
        "- Vote on the ballot questions in September", ""]))
    assert result.title == "NEXT STEPS"


def test_an_action_label_whose_sentence_runs_on_through_its_bullets_is_one_action() -> None:
    # a strategy's 'Action:' paragraphs, the PDF reader joining a list's bullets into the paragraph
    # (NARA social media strategy draft, holdout19): '… for these content creators to: ● pilot …; ●
    # think …; and ● explore …' is one action, its bullets the parts of its sentence; a list whose
    # items open in capitals, each a sentence of its own, is split as before
    result = normalise(RawDocument("s.pdf", "s.pdf", "pdf", blocks=[
        para("Goal 3: Grow Our Audience", 1, heading=True),
        para("Action: The team defines a strategy for choosing hashtags that encourage sharing.", 2),
        para("Action: We build on the expertise of our content creators. The team establishes a working group "
             "for these content creators to: ● pilot techniques to support visits; ● think creatively about "
             "sharing; and ● explore tactics like promoting hashtags on-site.", 3),
        para("Action: Content creators focus efforts on connecting with key audiences.", 4)]))
    assert [a.action for a in result.actions] == [
        "The team defines a strategy for choosing hashtags that encourage sharing.",
        "We build on the expertise of our content creators. The team establishes a working group for these "
        "content creators to: ● pilot techniques to support visits; ● think creatively about sharing; and ● "
        "explore tactics like promoting hashtags on-site.",
        "Content creators focus efforts on connecting with key audiences."]
    assert runs_through_list("The group is to: ● pilot techniques; ● think creatively; and ● explore tactics.")
    assert not runs_through_list("The group will: ● Pilot techniques. ● Think creatively.")
    assert not runs_through_list("The group will pilot techniques; ● think creatively.")
