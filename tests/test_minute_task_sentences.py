"""Minutes that set their tasks inside the discussion, and resolutions that name who does what.

Three shapes of council and committee papers, in our own words:

- a parish council's narrative minutes, where the clerk's task is a sentence of its own in the middle
  of a paragraph ('… the drain is blocked again. Clerk to write to the district council and ask …'),
  sometimes run on from a line with no full stop ('… read “A Poem for Peace” The Clerk will print
  some posters …'), and several tasks may share one paragraph: each such sentence is an action, who
  opens it its lead, and the paragraph's other sentences stay aside as the minute's text;
- a committee's resolutions naming who does the lettered items under them ('6. RESOLVED the Leader
  to:' / 'a) CREATE …'; '10. RESOLVED to ask the General Counsel to:'): each item is an action of
  theirs, while items that are the meeting's own decisions ('a) NOTE the report', 'b) To AGREE …')
  and a resolution to recommend to another body set no one a task;
- a committee paper's 'Recommendations: Cabinet is asked to consider and agree …': the decision the
  paper seeks from the body it goes to, no action of the paper.
"""
from __future__ import annotations

from planx.extract.model import Paragraph, RawDocument
from planx.normalise import normalise
from planx.normalise.minute_marks import resolved_owner, task_sentences
from planx.normalise.recommendations import decision_sought, read_recommended


def _doc(name: str, lines: list[tuple[str, bool]]) -> RawDocument:
    return RawDocument(name, name, "pdf", blocks=[Paragraph(t, 1 + i // 30, i, heading=h)
                                                  for i, (t, h) in enumerate(lines)])


PARISH = [
    ("Hillbrook Parish Council - 3rd May 2022", True),
    ("22.05.4 Village Green", False),
    ("The bench by the pond has rotted through and a resident has offered to repair it. The Chair will "
     "order the timber and pass it to the volunteer, with the Council's thanks.", False),
    ("22.05.5 Remembrance", False),
    ("After the two minutes silence (weather permitting) the Brownies will read “A Poem for Peace” "
     "The Clerk will print some posters and send them to the school and the church", False),
    ("22.05.6 Highways", False),
    ("During the storm the culvert under Mill Lane overflowed, and a cone now marks the hole. Possible "
     "collapse. Clerk to write to the district council and ask whether a grant is available for the "
     "drainage, also to find out when the highways team will clear the gullies by the school. "
     "The Councillors will be at the lane on Saturday to look again.", False),
    ("22.05.7 Finance", False),
    ("A request for a donation was received from the village bus. Councillors resolved to donate £50.",
     False),
]


def test_tasks_set_in_sentences_of_their_own_inside_a_minute_are_actions() -> None:
    result = normalise(_doc("hillbrook_pc_minutes_2022-05-03.pdf", PARISH))
    got = [(a.action, a.lead) for a in result.actions]
    assert got == [
        ("The Chair will order the timber and pass it to the volunteer, with the Council's thanks.", "Chair"),
        ("The Clerk will print some posters and send them to the school and the church", "Clerk"),
        ("Clerk to write to the district council and ask whether a grant is available for the drainage, also "
         "to find out when the highways team will clear the gullies by the school.", "Clerk"),
    ]
    # the discussion around them is kept, not lost
    kept = " ".join(x.text for x in result.leftovers)
    assert "has rotted through" in kept and "Possible collapse" in kept and "A Poem for Peace" in kept


def test_a_sentence_that_reports_or_says_what_will_happen_sets_no_task() -> None:
    assert task_sentences("The hall was busy. Councillors resolved to donate £50 to the bus.") == []
    assert task_sentences("The roof was inspected. The Chair will be away in June.") == []
    assert task_sentences("The report was noted. It will be reviewed again in the autumn.") == []
    # who acts is named as minutes name them, not a sentence's capitalised opening ('Members of …')
    assert task_sentences("Rain fell all week. Members of the public to attend if they wish.") == []
    # what a body will do, told in the minute's narrative, is no task set to an officer
    assert task_sentences("The criteria will be iterative. The Board will consider the lessons learned.") == []
    assert task_sentences("Chairs are needed. Cabinet Office will seek to find chairs for the panels.") == []
    # a long sentence going on about the matter is discussion
    long = "The Clerk will " + " ".join(["consider the many points raised"] * 12) + "."
    assert task_sentences("The matter was discussed. " + long) == []
    # 'Further to', 'Subject to', 'Due to': 'to' a preposition after a sentence's opening word, no one named;
    # and an item's own number is no sentence before it
    assert task_sentences("3. Further to comments and questions from Members it was noted:") == []
    assert task_sentences("The fete was a success. Subject to funding it will run again next year.") == []
    found = task_sentences("The gate is broken. JS to ask for a quote by 1 June. The Chair will sign the order.")
    assert [(a.lead, a.due) for _, _, a in found] == [("JS", "1 June"), ("Chair", "")]


def test_only_minutes_are_read_for_task_sentences() -> None:
    lines = [("Hillbrook Village Plan 2022", True)] + [(t, h) for t, h in PARISH[1:]]
    result = normalise(_doc("hillbrook_village_plan.pdf", lines))
    assert not any("Clerk to write" in a.action for a in result.actions)


RESOLUTIONS = [
    ("Extract from the Policy Committee – 4 June 2024", True),
    ("Item 3 – Review of Committees", False),
    ("1. The review was introduced by the Chair of the working group.", False),
    ("2. RESOLVED Members to:", False),
    ("a) NOTE with thanks the work of the group.", False),
    ("b) NOTE and comment on the options.", False),
    ("3. RESOLVED the Leader to:", False),
    ("a) CREATE a Housing Committee.", False),
    ("b) MERGE the Parks Committee into the Environment Committee.", False),
    ("4. RESOLVED Members to recommend to Full Council:", False),
    ("a) To AGREE the new committee structure.", False),
    ("b) To AMEND the constitution so that questions are published.", False),
    ("5. RESOLVED to ask the Director of Finance to:", False),
    ("a) DRAFT terms of reference for the Housing Committee.", False),
    ("b) PROVIDE a report on remote meetings to the next meeting.", False),
    ("6. RESOLVED to note the update.", False),
]


def test_a_resolution_naming_who_acts_makes_its_lettered_items_their_actions() -> None:
    result = normalise(_doc("policy_committee_extract.pdf", RESOLUTIONS))
    got = [(a.action, a.lead) for a in result.actions]
    assert got == [
        ("CREATE a Housing Committee.", "Leader"),
        ("MERGE the Parks Committee into the Environment Committee.", "Leader"),
        ("DRAFT terms of reference for the Housing Committee.", "Director of Finance"),
        ("PROVIDE a report on remote meetings to the next meeting.", "Director of Finance"),
    ]
    kept = " ".join(x.text for x in result.leftovers)
    assert "NOTE with thanks" in kept and "To AMEND the constitution" in kept


def test_who_a_resolution_names() -> None:
    assert resolved_owner("3. RESOLVED the Leader to:") == "Leader"
    assert resolved_owner("Resolved: that the Town Clerk be asked to:") == "Town Clerk"
    assert resolved_owner("10. RESOLVED to ask the Director of Finance to:") == "Director of Finance"
    assert resolved_owner("4. RESOLVED Members to recommend to Full Council:") == ""
    assert resolved_owner("RESOLVED that the report be noted.") == ""
    assert resolved_owner("The Leader to:") == ""  # no resolution


def test_a_paper_asking_its_committee_for_a_decision_sets_no_action() -> None:
    assert decision_sought("Cabinet is asked to consider and agree to the proposed decision, as attached.")
    assert decision_sought("The Committee is recommended to NOTE the contents of this report.")
    assert decision_sought("Members are invited to approve the revised budget.")
    assert not decision_sought("Ensure the register of risks is updated every month.")
    assert not decision_sought("The Board is asked to nominate a lead for each priority.")
    lines = [("From: Leader of the Council", False), ("To: Cabinet, 3 March 2025", False),
             ("Subject: Health and Wellbeing Delivery Plan", False),
             ("Recommendations: Cabinet is asked to consider and agree to the proposed decision, as "
              "detailed in the attached record.", False),
             ("1. Introduction", True),
             ("The plan is in two parts, set out in the appendices to this paper.", False)]
    assert read_recommended(_doc("cabinet_report.pdf", lines)) is None
    result = normalise(_doc("cabinet_report.pdf", lines))
    assert result.actions == [] and result.recommendations == []
    assert any("Cabinet is asked to consider" in x.text for x in result.leftovers)  # kept, not lost
    # a recommendation that asks for something to be done is still read as one
    labelled = [("Audit of grants", True), ("Finding 1: Supervisory checks", False),
                ("Recommendation - Ensure every grant file holds a signed supervisory check.", False)]
    reading = read_recommended(_doc("grant_audit.pdf", labelled))
    assert reading is not None and [a.fields["action"] for a in reading.actions] == [
        "Ensure every grant file holds a signed supervisory check."]


UPDATE = [
    ("Quarterly Performance Report 2024/25", True),
    ("Corporate Risk Register – Overview", True),
    ("The register was reviewed in February. The table below shows the risks by level.", False),
    ("Mitigating actions", True),
    ("Updates have been provided for 5 actions that were due for completion or review by March.", False),
    ("RR0004: Securing funding for local infrastructure", False),
    ("Regular Review", False),
    ("Use the new role as accountable body for the economic area", False),
    ("Following the first phase of the framework, the role will be used to make the case to government "
     "for funding to tackle barriers to growth.", False),
    ("Complete", False),
    ("Local Cycling Plan approved by the Council", False),
    ("After a public consultation in the summer the final plan was presented to Council in December and "
     "members voted to adopt it.", False),
    ("RR0010: Future financial environment", False),
    ("Partially Complete", False),
    ("Improving financial resilience by closer scrutiny of spending bids and more detailed savings plans. "
     "Initial work done, with the target date revised to the year end.", False),
]


def test_a_progress_updates_status_led_blocks_are_tracked_actions() -> None:
    result = normalise(_doc("quarterly_performance_report.pdf", UPDATE))
    got = [(a.action, a.status_raw) for a in result.actions]
    assert got == [
        ("Use the new role as accountable body for the economic area", "Regular Review"),
        ("Local Cycling Plan approved by the Council", "Complete"),
        ("Improving financial resilience by closer scrutiny of spending bids and more detailed savings plans. "
         "Initial work done, with the target date revised to the year end.", "Partially Complete"),
    ]
    assert result.actions[1].progress.startswith("After a public consultation")
    assert result.actions[1].status == "complete"


def test_a_status_line_over_text_alone_is_no_block() -> None:
    # a status word alone over a paragraph, with no block of status, title and report read before it
    lines = [("Annual Report 2024", True), ("Complete", False),
             ("The year saw the new library opened and the park refurbished, on time and within budget.", False)]
    assert normalise(_doc("annual_report.pdf", lines)).actions == []
    # the document's own state over its title, atop its first page, is no action's
    cover = [("DRAFT VERSION", False), ("CONSULTATION FEEDBACK RESPONSES", False),
             ("This paper sets out the responses to the feedback received during the consultation.", False)]
    assert normalise(_doc("consultation_responses.pdf", cover)).actions == []
