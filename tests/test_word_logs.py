"""Real Word action logs and reports read as a person reads them (the rukword dev set: the data.gov.uk
library archive's panel and board papers, OGL).

Each test rebuilds the shape of a real document's table with the texts it prints (Crown copyright,
OGL v3.0), so that the rule it pins can fail."""
from __future__ import annotations

from conftest import grid

from planx.extract.model import Cell, Paragraph, RawDocument, Table
from planx.normalise import normalise
from planx.normalise.columns import profile
from planx.normalise.statuscols import chosen_from_list


def convert(*blocks: Table | Paragraph):  # type: ignore[no-untyped-def]
    return normalise(RawDocument(path="", name="d.docx", format="docx", blocks=list(blocks)))


# ---- a status chosen from the log's own list, shaded by RAG, beside a column of notes ---------------

# the Transparency Board's action log as 17 January 2012: 'Progress' rates each action from a list of
# the board's own, each cell shaded (green, amber, red); 'Status progress' holds dated notes
GREEN, AMBER, RED = "#92d050", "#ffc000", "#c00000"
TB_ROWS = [
    ("02/03/2011", "Farah", "Transparency Board members to be kept informed of the progress of the right to data "
     "paper and post legislative scrutiny processes.", "Ongoing", "On track", GREEN,
     "(24 Nov) HoL Second Reading held earlier this month and a number of issues were raised"),
    ("19/05/2011", "Antonio", "URI project team to discuss with the Contract Finder team how URIs can be included "
     "in the information provided", "November", "On track", GREEN,
     "3 Nov: AA still trying to re-schedule a meeting with Contracts Finder team"),
    ("08/06/2011", "Sophia", "Transparency team officials to liaise with CLG, ShEx and CO colleagues in the "
     "first instance to raise the issue of policy ownership of geo spatial addressing.", "August",
     "Plan in place", AMBER, "Sending briefing to MCO on 2nd September; 3 Nov: Cass to hand over work area"),
    ("19/05/2011", "Sophia", "Transparency Board and MCO to convene a meeting with the Information Commissioner "
     "and the Home Office minister", "September", "Initial stages", RED, "No update. Need more information"),
    ("19/07/2011", "Antonio", "Transparency Board to be updated on the position of work relating to business "
     "unique identifiers", "September", "Plan in place", AMBER,
     "Francis Maude has written to Edward Davey (BIS) to ask him to identify a lead policy official"),
    ("11/10/2011", "Tim Kelsey", "BIS to forward the latest Public Data Corporation proposals to the "
     "Transparency Board.", "asap", "Initial stages", RED, "4 Nov: ZH emailed Tim K to lead as complex environment"),
    ("15/11/2011", "ONS", "Office for National Statistics to forward a detailed case study of the microdata "
     "publication to the Transparency Board", "January", "Plan in place", AMBER, ""),
    ("13/12/2011", "OB", "Transparency Board invited to attend the off-site White Paper meeting with officials, "
     "12 January 2012", "December", "Initial stages", RED, "Date being confirmed but looking at February"),
    ("13/12/2011", "PL", "To confirm the financial arrangements to fund the Open Data Institute", "January",
     "Initial stages", RED, ""),
    ("13/12/2011", "IM/TK", "To issue the Transparency Board with a detailed note of the outcomes from the Open "
     "Government Partnership meeting in Brasilia 6-8 December 2011", "December", "Plan in place", AMBER, ""),
]


def tb_log() -> Table:
    title = "Transparency Board Action Log as 17th January 2012"
    rows: list[list[str | Cell]] = [["TB (13)1.ii", "", title, "", "", ""],
                                    ["Meeting date & action number", "Team owner", "Action", "Deadline", "Progress",
                                     "Status progress"]]
    for date, owner, action, due, progress, fill, notes in TB_ROWS:
        rows.append([date, owner, action, due, Cell(progress, 4, fill=fill), notes])
    return grid(*rows)


def test_a_short_list_of_the_logs_own_values_is_a_status_chosen_from_a_list():
    values = [r[4] for r in TB_ROWS]
    assert chosen_from_list(profile(values))
    # sentences are no list; nor are as many values as rows; nor a list with no status word at all
    assert not chosen_from_list(profile([r[6] for r in TB_ROWS if r[6]]))
    assert not chosen_from_list(profile([f"Stage {i}" for i in range(10)]))
    assert not chosen_from_list(profile(["Plan in place", "Initial stages"] * 5))


def test_status_words_of_the_logs_own_beside_notes_under_a_status_heading_trade_places():
    """'Progress' (3 values over 10 rows, 'On track' among them, shaded in RAG colours) is the status and
    its shading the RAG; 'Status progress' (dated notes) is the progress, not a status read from a
    note's first words."""
    result = convert(tb_log())
    acts = result.actions
    assert len(acts) == len(TB_ROWS)
    assert [a.status_raw for a in acts] == [r[4] for r in TB_ROWS]
    assert [a.status for a in acts][:2] == ["in_progress", "in_progress"]
    assert acts[0].progress.startswith("(24 Nov) HoL Second Reading")
    assert [a.rag for a in acts][:4] == ["green", "green", "amber", "red"]
    assert any("'Progress' is the status" in w for w in result.warnings)


def test_a_row_whose_deadline_is_a_month_alone_is_not_shifted():
    """The log's last row: a month alone under 'Deadline' and 'Plan in place' under the status: both are
    what those columns hold, so the row stays under its headings (a month alone is a deadline; the
    realigner had shifted the row right, the owner's initials read as the action)."""
    last = convert(tb_log()).actions[-1]
    assert (last.lead, last.due_raw, last.status_raw) == ("IM/TK", "December", "Plan in place")
    assert last.action.startswith("To issue the Transparency Board")


# ---- a panel's actions report: sections, papers and their sub tasks, issue over action ---------------

# the Local Public Data Panel's actions report for its meeting of 4 July 2012 (DCLG): '#' and
# 'ISSUE / ACTION' merged down over a paper's row and its sub-task rows; 'FINISH & STATUS' gives a date
# and, on a line of its own, how the item stands; section rows ('Outputs', 'General Items') between
# blank rows; a general item's cell prints the issue's title, then the action
HEAD = ["#", "ISSUE / ACTION", "SUB TASKS", "START", "FINISH & STATUS", "TASK OWNER", "NOTES"]
BLANK = [""] * 7


def lpdp_report() -> Table:
    paper = "Benefits of Transparency Paper"
    rows: list[list[str | Cell]] = [
        HEAD, BLANK, ["", "Outputs", "", "", "", "", ""], BLANK,
        [Cell("(B)", 0, rowspan=3), Cell(paper, 1, rowspan=3), "", "November 2011", "Summer 2012\n\nONGOING",
         "Janet Hughes", "29/02/12 – Janet Hughes submitted paper “Benefits and Transparency”."],
        [Cell("(B)", 0, merged_above=True), Cell(paper, 1, merged_above=True),
         "Bi) Revision of draft Benefits of Transparency paper\nSecretariat to provide a DCLG Planning official "
         "contact to Janet Hughes.", "01/05/12", "21/05/12\n\nCOMPLETED", "Secretariat", "Update provided 21/05/12"],
        [Cell("(B)", 0, merged_above=True), Cell(paper, 1, merged_above=True),
         "Bii) NAO Implementing Transparency and Benefits of Transparency Paper – Planning use case\nJanet Hughes "
         "to draft a Planning paper in two weeks time following the Mayoral elections", "02/03/12",
         "Summer 2012\n\nONGOING", "Janet Hughes", "Janet has made contact with people through Jos and Roger."],
        BLANK, ["", "General Items", "", "", "", "", ""], BLANK,
        ["1", "Arms Length Body Data update\nOlivia Burman to liaise with ERG in advance of the next Panel meeting "
         "on 04/07/12 and provide an update.", "", "01/05/12", "18/05/12\n\nCOMPLETED", "Olivia Burman",
         "Email update provided - 18/05/12"],
        ["2", "DCLG Board Involvement\ninvite Sue Higgins to future Panel meeting.", "", "02/03/12",
         "End 2012\n\nONGOING", "Secretariat", "Sue Higgins is unfortunately not available for the 4 July Meeting."],
        ["3", "Panel membership and new panel members.\nCandidate profile summary to be circulated and ranked in "
         "order to identify most suitable new Panel members.", "", "1 May 2012",
         "End-June\n(ahead of 4 July Meeting)\n\nCOMPLETED", "Secretariat", "Agenda item 3 to be discussed."],
        ["4", "DCLG Transparency Strategy Paper and research bids.\nResearch briefs to be circulated to all Panel "
         "members.", "", "", "CANCELLED", "Secretariat", "Research bids were rejected."],
        BLANK,
    ]
    return grid(*rows)


def test_section_rows_between_blank_rows_are_areas_not_actions():
    result = convert(lpdp_report())
    assert "Outputs" not in [a.action for a in result.actions]
    assert "General Items" not in [a.action for a in result.actions]
    assert result.actions[0].area == "Outputs"
    assert any("'General Items' alone in a row set apart by blank rows" in w for w in result.warnings)


def test_a_short_title_alone_in_a_row_without_blank_rows_around_it_is_no_section():
    rows = [HEAD, ["1", "Open data strategy", "", "01/05/12", "18/05/12", "Olivia Burman", ""],
            ["2", "Review the licence", "", "01/05/12", "18/05/12", "Secretariat", ""]]
    assert [a.action for a in convert(grid(*rows)).actions] == ["Open data strategy", "Review the licence"]


def test_an_issue_title_over_the_action_is_the_rows_area():
    """'ISSUE / ACTION' over 'Arms Length Body Data update' / 'Olivia Burman to liaise …': the title is
    the area, the rest the action; the paper's cell of its title alone is the action itself."""
    acts = convert(lpdp_report()).actions
    by_area = {a.area: a for a in acts}
    assert by_area["Arms Length Body Data update"].action.startswith("Olivia Burman to liaise with ERG")
    assert by_area["DCLG Board Involvement"].action == "invite Sue Higgins to future Panel meeting."
    assert acts[0].action == "Benefits of Transparency Paper"
    # under a heading that names the action alone, the cell stays one action
    rows = [["#", "Action", "Owner", "Due"],
            ["1", "Arms Length Body Data update\nOlivia Burman to liaise with ERG and provide an update.",
             "Olivia Burman", "18/05/12"],
            ["2", "DCLG Board Involvement\ninvite Sue Higgins to future Panel meeting.", "Secretariat", "End 2012"]]
    plain = convert(grid(*rows)).actions
    assert plain[0].action.startswith("Arms Length Body Data update") and not plain[0].area


def test_sub_task_rows_take_their_own_finish_date_and_status():
    """The paper's sub tasks are its milestones, each with the date and the status its own
    'FINISH & STATUS' cell gives ('21/05/12' / 'COMPLETED'), not the date and the status word run
    together; the paper keeps its own ('Summer 2012' / 'ONGOING')."""
    paper = convert(lpdp_report()).actions[0]
    assert paper.status == "ongoing"
    assert [(m.due_date, m.status) for m in paper.milestones] == [("2012-05-21", "complete"), ("2012", "ongoing")]
    assert paper.milestones[0].due_raw == "21/05/12"


def test_one_sub_task_under_its_papers_own_row_is_read_by_its_row():
    rows = lpdp_report().rows
    one = Table([r for k, r in enumerate(rows) if k != 6], page=1, index=1)  # (B) with Bi only
    one.rows[4].cells[0].rowspan = one.rows[4].cells[1].rowspan = 2
    paper = convert(one).actions[0]
    assert [(m.due_raw, m.due_date, m.status) for m in paper.milestones] == [("21/05/12", "2012-05-21", "complete")]


def test_a_finish_and_status_cell_reads_a_remark_on_the_date_and_a_status_alone():
    acts = {a.area: a for a in convert(lpdp_report()).actions}
    membership = acts["Panel membership and new panel members."]
    assert (membership.due_date, membership.status) == ("2012-06", "complete")
    bids = acts["DCLG Transparency Strategy Paper and research bids."]
    assert (bids.status_raw, bids.status, bids.due_raw) == ("CANCELLED", "cancelled", "")
    # under a heading of the date alone, a status word is no status read from the date's cell
    rows = [["Action", "Owner", "Deadline"], ["Review the licence", "Secretariat", "Completed"],
            ["Publish the data", "Secretariat", "March 2013"]]
    assert convert(grid(*rows)).actions[0].status_raw == ""


# ---- a panel paper's actions as items under numbered period headings ---------------------------------

def comms_paper(medium: bool = True) -> list[Paragraph]:
    """The Local Public Data Panel's 'Communications Update & Action Plan' (1 March 2010): Word's list
    numbering runs on through the paper's paragraphs, so its period headings print '4.' and '5.'."""
    lines = [("Local Public Data Panel", 0, True), ("1 March 2010", 0, True),
             ("Item: Communications Update & Action Plan", 0, True),
             ("Future Direction", 0, True),
             ("3. Actions have been summarised into short term activity up and medium-term actions.", 1, False),
             ("4. Short term activity (March - May)", 1, False),
             ("• Agree core messages to develop supportive resources for events, media and online content (March).",
              2, False),
             ("• Finalisation of local public data communications strategy (March).", 2, False),
             ("• Development of data.gov.uk page to promote the work of Panel and Local Public Data agenda (March).",
              2, False),
             ("• Build engagement via data.gov.uk local public data pages (March – May).", 2, False),
             ("• Developer hack day and innovation incentive offer (May) (See Appendix B).", 2, False)]
    if medium:
        lines += [("5. Medium term activity (June – August)", 1, False),
                  ("• Further events targeting local authorities to promote participation and contribution to the "
                   "agenda.", 2, False),
                  ("• Option for additional hack days to bring together key stakeholder groups and develop tangible "
                   "uses for local public data; and showcase new developments.", 2, False)]
    lines += [("Considerations for the Panel", 0, True),
              ("What messages do the Panel want to convey to local authorities over the next 3-6 months?", 0, False)]
    return [Paragraph(t, page=1, line=k + 1, bold=b, level=lv) for k, (t, lv, b) in enumerate(lines)]


def test_a_numbered_period_heading_is_the_items_timeframe_not_an_area():
    acts = convert(*comms_paper()).actions
    first = acts[0]
    assert first.action.startswith("Agree core messages")
    assert (first.timeframe, first.area_ref) == ("Short term activity (March - May)", "")
    assert (first.due_raw, first.due_date) == ("March", "2010-03")


def test_a_later_periods_items_count_though_none_opens_with_a_verb():
    """'Medium term activity (June – August)' over noun phrases ('Further events targeting …'), after
    the short-term period's list of actions: the plan's next horizon, its items planned then."""
    acts = convert(*comms_paper()).actions
    later = [a for a in acts if a.timeframe.startswith("Medium term")]
    assert [a.action[:14] for a in later] == ["Further events", "Option for add"]
    # without a sibling period of actions, a list of noun phrases under a period heading is no plan
    alone = [Paragraph("Plans", page=1, line=1, bold=True),
             Paragraph("1. Medium term activity (June – August)", page=1, line=2, level=1),
             Paragraph("• Further events targeting local authorities.", page=1, line=3, level=2),
             Paragraph("• Option for additional hack days.", page=1, line=4, level=2)]
    assert not convert(*alone).actions


# ---- an action log kept per topic, its status given only where an action was carried forward --------

def odug_log() -> list[Table | Paragraph]:
    """The Open Data User Group's action log of 12 September 2012 (OpenDocument): a topic paragraph
    over a small 'action | status' table each; 'Carried forward' beside the actions carried forward,
    the other status cells blank."""
    topics = [("Secretariat", [("Circulate membership of each of the Transparency Sector Boards", "Carried forward"),
                               ("Circulate minutes and actions from fourth meeting", ""),
                               ("Publish note and actions from fourth meeting on data.gov.uk", ""),
                               ("Arrange a Doodle for meetings until end of year", "")]),
              ("Business Case process", [("Draft ODUG strategy paper", ""),
                                         ("Draft ODUG’s paper for DSB meeting on 3 October", "")]),
              ("Metrics and Costs of Data Workstream", [("ToR for agreement at next meeting", "Carried forward")]),
              ("Communications Workstream", [
                  ("Set up facility for sentiment monitoring for ODUG and provide a baseline assessment",
                   "Carried forward"),
                  ("Draw up and share key slides on ODUG", "Carried forward"),
                  ("ODUG schedule of comms events", "")])]
    blocks: list[Table | Paragraph] = [Paragraph("ODUG Action Log – 12 September 2012", page=1, line=1),
                                       Paragraph("All actions for next meeting (25 September) unless otherwise "
                                                 "stated", page=1, line=2)]
    for k, (topic, rows) in enumerate(topics):
        blocks.append(Paragraph(topic, page=1, line=10 * k + 3))
        table = grid(*[[a, s] for a, s in rows])
        table.index = k + 1
        blocks.append(table)
    return blocks


def test_a_sparse_column_of_status_words_is_the_logs_status():
    acts = convert(*odug_log()).actions
    assert len(acts) == 10
    assert [(a.status_raw, a.status) for a in acts][:2] == [("Carried forward", "ongoing"), ("", "")]
    assert {a.area for a in acts if a.status_raw} == {"Secretariat", "Metrics and Costs of Data Workstream",
                                                      "Communications Workstream"}


# ---- a row naming an issue of its own and no action --------------------------------------------------

def test_a_word_row_with_an_issue_and_no_action_continues_nothing():
    """The panel's actions report of 23 September 2011: 'Capital Asset Mapping' with no action beside
    it, only a note that an update is attached. A Word cell never runs on into the next row, so the
    issue is no more of 'Priorities' above it; the row is kept aside, no action."""
    rows = [["Issue", "Action", "Follow-up"],
            ["Priorities", "DCLG to map thematic policy areas against current data collections.",
             "Ongoing and see attached report."],
            ["Capital Asset Mapping", "", "A further update on next steps for this project is attached for "
             "information only."],
            ["“Public Data / Private Companies”", "Janet Hughes to revise draft position statement.",
             "Ongoing. Revised statement following Panel comments to Janet to be published shortly."]]
    result = convert(grid(*rows))
    assert [a.area for a in result.actions] == ["Priorities", "“Public Data / Private Companies”"]
    assert result.actions[0].progress == "Ongoing and see attached report."
    assert "Capital Asset Mapping" in [left.text for left in result.leftovers]


# ---- a Word note of a meeting: bold item titles, 'Action: …' paragraphs, 'Actions: for …' lists -----

def note(*lines: tuple[str, bool]) -> list[Paragraph]:
    return [Paragraph(t, page=1, line=k + 1, bold=b, lead_bold="Actions:" if t.startswith("Actions: for") else "")
            for k, (t, b) in enumerate(lines)]


def test_bold_item_titles_are_the_areas_of_the_actions_under_them_and_a_date_is_none():
    """The Local Public Data Panel's note of its second meeting (1 March 2010): '1 March 2010' under the
    title is the meeting's date, no minute numbered 1; each agenda item's title is a bold line ending in
    a colon, no heading style, over its 'Action: …' paragraphs."""
    result = convert(*note(
        ("Local Public Data Panel – second meeting", True), ("1 March 2010", True), ("Meeting note - actions", True),
        ("CLG programme update:", True),
        ("The local public data programme led by CLG was considered.", False),
        ("Action:  The Secretariat to coordinate with Cabinet Office to provide an update on the wider Making "
         "Public Data agenda.", False),
        ("Data availability:", True),
        ("The Panel considered a paper discussing the flows of information between central and local "
         "government.", False),
        ("Action:  Cabinet Office to support the Secretariat in adapting guidance for linking data at "
         "data.gov.uk to local context.", False)))
    assert [(a.area, a.area_ref, a.lead) for a in result.actions] == [
        ("CLG programme update", "", "Secretariat"), ("Data availability", "", "Cabinet Office")]


def test_an_actions_label_naming_who_heads_the_list_below_it():
    """The note of the third meeting (1 June 2010): 'Actions: for Secretariat' over bulleted items: the
    Secretariat does each item; the paragraph above the label is no action of an owner-only label."""
    result = convert(*note(
        ("Local Public Data Panel – third meeting", True), ("1 June 2010", True), ("Meeting note - actions", True),
        ("Presentation on LPDP Communications", True),
        ("Vicky Sargent took us through her presentation on communications.", False),
        ("The new requirement to release data means that it is more important than ever to demonstrate how this "
         "is part of a wider agenda.", False),
        ("Actions: for Secretariat", False),
        ("• Consider setting up a CoP for taking forward the project for the publication of expenditure over £500.",
         False),
        ("• Make more use of Info4local", False),
        ("• Need to work closely with Cabinet Office on forward strategy.", False),
        ("Looking Ahead", True)))
    acts = result.actions
    assert [a.action[:14] for a in acts] == ["Consider setti", "Make more use ", "Need to work c"]
    assert {a.lead for a in acts} == {"Secretariat"}
    assert {a.area for a in acts} == {"Presentation on LPDP Communications"}


def test_two_owners_one_named_in_full_lead_the_action():
    """'Chris and Jos Creese to capture the overall learning …' (the note of 1 June 2010): both lead it."""
    from planx.normalise.minute_marks import lead_of
    assert lead_of("Chris and Jos Creese to capture the overall learning and publish via SOCITM") == \
        "Chris and Jos Creese"
    assert lead_of("William to help set up meeting for Chris with BBC election team") == "William"
    assert lead_of("Train and Support Staff to use the new system") == ""  # an instruction, no one named


def test_a_numbered_minute_point_naming_who_ends_the_numbered_heading_above_it():
    """The Crime and Justice Transparency Sector Panel's minutes of 15 May 2012 (MoJ, OGL): 'Action 1:
    Hit rates for the … site.' names no one (a heading of its own, its status under it), then 'Action 2:
    Simon Denison to provide a contact list of panel members.' and later an 'Action: …' paragraph; the
    numbered point naming who acts ends the heading above it, so what follows is read again."""
    result = convert(*note(
        ("Crime and Justice Transparency Sector Panel", True), ("15 May 2012", False),
        ("2. Minutes and update on action points at last meeting", False),
        ("Action 1: Hit rates for the Making Sense of Criminal Justice/Open Justice site.", False),
        ("Complete. Simon Denison provided this information to the panel.", False),
        ("Action 2: Simon Denison to provide a contact list of panel members.", False),
        ("Complete.", False),
        ("Action: Simon to chase outstanding action points from 13 March meeting and report back to the Panel "
         "after the meeting.", False)))
    assert [a.lead for a in result.actions][-1:] == ["Simon"]
    assert any(a.action.startswith("Simon to chase outstanding action points") for a in result.actions)
    # the numbered point naming who acts is an action itself, its number its reference
    point = next(a for a in result.actions if a.action.startswith("Simon Denison to provide"))
    assert (point.lead, point.ref, point.area, point.area_ref) == (
        "Simon Denison", "2", "Minutes and update on action points at last meeting", "2")


def test_a_numbered_minute_after_the_last_one_heads_its_actions_however_long_its_title():
    long_title = ("3. Update on progress following meetings between HM Courts and Tribunals Service and Central "
                  "News regarding availability of courts listings and results information")
    result = convert(*note(
        ("Crime and Justice Transparency Sector Panel", True), ("15 May 2012", False),
        ("2. Minutes and update on action points at last meeting", False),
        ("Action: Simon to chase outstanding action points from 13 March meeting and report back.", False),
        (long_title, False),
        ("Martin Jones said he had written to HMCTS London cluster managers last year.", False),
        ("Action: Martin Jones agreed to bring a paper to the next meeting setting out the principles of open "
         "courts", False)))
    last = result.actions[-1]
    assert (last.area_ref, last.area[:18], last.lead) == ("3", "Update on progress", "Martin Jones")
    # a long line numbered out of turn is no minute's title ('7. …' after item 2): the area holds
    skipped = [(t.replace("3. Update", "7. Update") if t == long_title else t, b) for t, b in [
        ("2. Minutes and update on action points at last meeting", False), (long_title, False),
        ("Action: Martin Jones agreed to bring a paper to the next meeting setting out the principles", False)]]
    assert convert(*note(*skipped)).actions[-1].area_ref == "2"


def test_a_reviewed_action_point_with_its_status_under_it_is_an_action_of_its_minute():
    """'Action 1: Hit rates for the Making Sense of Criminal Justice/Open Justice site.' names no one;
    'Complete. Simon Denison provided this information to the panel.' under it says how it stands: a
    point of the last meeting's, reviewed, in the minute that reviews it. A numbered heading with only
    a description under it stays no action."""
    result = convert(*note(
        ("Crime and Justice Transparency Sector Panel", True), ("15 May 2012", False),
        ("2. Minutes and update on action points at last meeting", False),
        ("Actions points from 13 December meeting", False),
        ("Action 1: Hit rates for the Making Sense of Criminal Justice/Open Justice site.", False),
        ("Complete. Simon Denison provided this information to the panel.", False),
        ("Action 2: Simon Denison to provide a contact list of panel members.", False),
        ("Action: Simon to chase outstanding action points from 13 March meeting and report back to the Panel.",
         False),
        ("3. Justice outcome information on police.uk", False),
        ("Action 3: Data governance", False),
        ("The panel discussed how data is governed across the criminal justice system.", False)))
    hits = [a for a in result.actions if a.action.startswith("Hit rates")]
    assert [(a.status, a.progress, a.area_ref) for a in hits] == [
        ("complete", "Simon Denison provided this information to the panel.", "2")]
    assert not [a for a in result.actions if a.action.startswith("Data governance")]
