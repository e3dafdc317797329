"""Reading plans by meaning and content (issue 14): headings read by their words, heading rows by
evidence, columns by what their cells hold, theme rows and section headings as context, indicator
tables and forms by meaning, and documents with no plan left without invented actions.

The wordings here are not in the training set: they check the readers generalise."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import read

import planx
from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.extract.text import parse_lines
from planx.normalise import normalise
from planx.normalise.columns import (
    contradicts,
    field_by_content,
    looks_like_action,
    looks_like_person,
    looks_like_when,
    plan_columns,
    profile,
    when_then_status_lines,
)
from planx.normalise.headers import (
    classify,
    form_label_role,
    indicator_role,
    read_header,
    read_heading,
    read_indicator_header,
)

# ---- one heading --------------------------------------------------------------------------------

@pytest.mark.parametrize("label, field", [
    # who
    ("Led by", "lead"), ("Who?", "lead"), ("Accountable officer", "lead"), ("Responsible lead", "lead"),
    ("Lead officer/s", "lead"), ("Person(s) responsible", "lead"), ("Person accountable", "lead"),
    ("Named lead", "lead"), ("Delivery lead", "lead"), ("Owner(s)", "lead"),
    # when
    ("By when?", "due"), ("Timescale(s)", "due"), ("Deadline", "due"), ("Completion", "due"),
    ("Date for completion", "due"), ("Timeline", "due"), ("Completion deadline", "due"),
    ("Timeframe for delivery", "due"), ("Implementation date", "due"),
    # what
    ("What we have committed to", "action"), ("What will we do?", "action"), ("Activity", "action"),
    ("Intervention", "action"), ("How will we do it?", "action"), ("Steps", "action"),
    ("Planned activities", "action"), ("Key tasks", "action"), ("Our commitments", "action"),
    ("Actions to address the identified learning priorities? Which pupil groups will benefit?", "action"),
    # how we will know
    ("Success criteria", "measure"), ("How we will know", "measure"), ("Evidence of impact", "measure"),
    ("KPI", "measure"), ("Impact measure", "measure"), ("What will success look like?", "measure"),
    ("Measures of impact", "measure"),
    # why, what difference, how it is going
    ("Aim", "objective"), ("Goal", "objective"), ("What difference will it make?", "outcome"),
    ("Expected impact", "outcome"), ("Progress to date", "progress"), ("Evaluation", "progress"),
    ("Latest update (March 2025)", "progress"), ("RAG rating (Q3)", "rag"), ("Workstream", "area"),
    ("Area for improvement", "area"), ("Task Category", "area"), ("Category", "area"), ("#", "area_ref"),
    ("Ref no.", "area_ref"),
])
def test_headings_read_by_meaning(label, field):
    assert classify(label)[0] == field, read_heading(label)


@pytest.mark.parametrize("label", [
    "Resources: Staffing, Time, Money, CPD", "Monitoring", "Budget (£)", "Risks", "Start date", "Strengths",
])
def test_headings_that_name_no_field(label):
    """A heading whose head names something else is read as that, not as a word inside it ('Time')."""
    readings = read_heading(label)
    assert readings and readings[0].field == ""
    assert classify(label)[0] == ""


@pytest.mark.parametrize("text", [
    "Lead: Kieran Dunmore",  # a label and its value
    "Support delivery of programmes for 2025-28 (subject to Government funding)",  # an instruction
    "Review the referral pathway with health partners",
    "Ann Lee", "March 2025", "Ongoing", "2.1",
])
def test_data_is_not_a_heading(text):
    assert classify(text)[0] == ""


def test_each_reading_says_why():
    best = read_heading("Date for completion")[0]
    assert (best.field, best.why) == ("due", "phrase date for completion")
    assert read_heading("Programme owner")[0].why == "head word 'owner'"


# ---- a heading row by evidence ------------------------------------------------------------------

def cells(*labels: str) -> list[tuple[int, int, str]]:
    return [(i, 1, t) for i, t in enumerate(labels)]


def test_a_school_heading_row_with_headings_no_field_takes():
    header = read_header(cells("", "Objective", "Action", "Success Criteria", "When",
                               "Resources: Staffing, Time, Money, CPD", "Monitoring", "Evaluation & Further Action"))
    assert header is not None
    assert [c.field for c in header.columns] == ["", "objective", "action", "measure", "due", "", "", "progress"]
    assert [c.basis for c in header.columns][5:7] == ["other", "other"]
    assert 0.55 <= header.confidence <= 1


def test_rows_that_are_not_heading_rows():
    assert read_header(cells("5", "Family finding and matching", "Lead: Colin Sandhu")) is None
    assert read_header(cells("Holiday Activities and Food Programme",
                             "Support delivery of programmes for 2025-28 (subject to Government funding)")) is None
    assert read_header(cells("Strengths", "Areas for development")) is None
    assert read_header(cells("Judgement", "Grade")) is None


def test_rows_below_and_the_source_flag_are_evidence():
    row = cells("Focus", "Steps", "Champion")
    data = [[(0, "Early help"), (1, "Open a family hub in each district so families get help early"), (2, "Ann Lee")]]
    short = [[(0, "A"), (1, "B"), (2, "C")]]
    plain = read_header(row)
    assert plain is not None
    with_data = read_header(row, below=data)
    with_short = read_header(row, below=short)
    assert with_data is not None and with_data.confidence > plain.confidence
    assert with_short is None or with_short.confidence < plain.confidence
    marked = read_header(row, marked=True)
    assert marked is not None and marked.confidence > plain.confidence


def test_a_styled_first_row_with_one_action_heading():
    """'What we have committed to | Strategies / plans in place to deliver': one field and notes."""
    row = cells("What we have committed to", "Strategies / plans in place to deliver")
    below = [[(0, "Reduce the level of substance misuse among young people"),
              (1, "Support delivery of the county drug and alcohol strategy across all districts")]]
    assert read_header(row, below=below) is None  # not styled, not first: no evidence enough
    header = read_header(row, below=below, styled=True, first=True)
    assert header is not None and [c.field for c in header.columns] == ["action", ""]


def test_the_only_owner_column_is_the_lead():
    header = read_header(cells("Action", "Responsible person", "Deadline"))
    assert header is not None and header.fields() == ["action", "lead", "due"]
    both = read_header(cells("Action", "Lead", "Responsible Officer"))
    assert both is not None and both.fields() == ["action", "lead", "responsible"]


# ---- what columns hold ---------------------------------------------------------------------------

def test_cells_by_content():
    assert all(map(looks_like_when, ["March 2026", "2024/25", "Summer term", "Ongoing", "end of Q3", "Mar\n2026"]))
    assert not looks_like_when("Review the plan with partners")
    assert all(map(looks_like_person, ["Head of Service", "SENCO / DHT", "Ann Lee", "All staff", "HT"]))
    assert not looks_like_person("Improve attendance of pupils in Year 9 by working with families")
    assert all(map(looks_like_action, ["Review the plan for all teams", "Developing a new system", "To ensure that"]))
    assert not looks_like_action("The plan is ok")


def test_a_column_read_by_its_content():
    assert field_by_content(profile(["March 2025", "Nov 2024", "Ongoing", "Summer term 2025"]))[0] == "due"
    assert field_by_content(profile(["Jane Smith", "Head of Early Help", "SENCO", "Tom Fairweather"]))[0] == "lead"
    assert field_by_content(profile(["Red", "G", "Amber", "A/G"]))[0] == "rag"
    assert field_by_content(profile(["1.1", "1.2", "2.1", "2.2"]))[0] == "area_ref"
    assert field_by_content(profile(["Not started", "In progress", "Complete", "On hold"]))[0] == "status"
    # bare letters are as likely references as RAG codes
    assert field_by_content(profile(["A", "B", "C", "A"]))[0] == "area_ref"
    assert field_by_content(profile(["-8,021.0", "45.0", "1,160.2", "0.0"]))[0] == "figure"


def test_a_heading_contradicted_by_its_column():
    assert contradicts("outcome", profile(["1", "3", "2", "4"]))
    assert contradicts("area", profile(["High", "Medium", "Low", "High"]))
    assert not contradicts("outcome", profile(["Fewer children wait", "More families helped", "Better plans"]))


def test_a_table_without_headings_read_by_content():
    rows = [["3.1", "Review the referral pathway with the two hospital trusts", "Maria Gonzalez", "March 2025"],
            ["3.2", "Establish a weekly triage meeting for contacts from schools", "Tom Fairweather", "Nov 2024"],
            ["3.3", "Produce a single leaflet for families explaining the front door", "Priti Shah", "Ongoing"]]
    profiles = {i: profile([r[i] for r in rows]) for i in range(4)}
    assert plan_columns(profiles, 3) == {0: "area_ref", 1: "action", 2: "lead", 3: "due"}
    # the same people beside sentences that instruct nothing and no dates: a narrative table
    story = [["Leaders know their services well", "Ann Lee"], ["Social workers visit children often", "Tom Fry"]]
    assert plan_columns({i: profile([r[i] for r in story]) for i in range(2)}, 2) is None
    # a budget: amounts beside names and descriptions
    budget = [["Increase the commissioning budget for the provision of IT", "Roger Gough", "45.0", "-1,160.2"],
              ["Remove the one-off provision for waste disposal costs", "Peter Oakford", "-500.0", "0.0"]]
    assert plan_columns({i: profile([r[i] for r in budget]) for i in range(4)}, 2) is None


def test_instructions_as_action_logs_word_them():
    # a named body that is to act, as a board's log writes who does what
    assert all(map(looks_like_action, ["Cabinet Office Transparency Team to work with the Home Office",
                                       "ODUG and ODI to deliver joint paper on licensing",
                                       "DCLG to engage the National Association of Local Councils"]))
    # a verb that is only a verb opening a phrase longer than a heading's
    assert all(map(looks_like_action, ["Circulate minutes and actions from eleventh meeting",
                                       "Incorporate Group comments to draft response",
                                       "Propose comms plan for launching reporting tool"]))
    # headings and names are not instructions
    assert not any(map(looks_like_action, ["How to Implement", "How to implement the plan", "Key Actions to Deliver",
                                           "Responsible Officer To Sign Off", "Things to consider", "Propose date"]))


def test_a_due_cell_that_ends_with_its_status():
    """'Finish & status' (a DCLG panel's actions report): the date, then the status on its own line."""
    assert when_then_status_lines("21/05/12\n\nCOMPLETED") == ("21/05/12", "COMPLETED")
    assert when_then_status_lines("Sept 2024\nOn track") == ("Sept 2024", "On track")
    # or after a spaced slash or dash on the date's line ('Summer 2012 / ONGOING')
    assert when_then_status_lines("Summer 2012 / ONGOING") == ("Summer 2012", "ONGOING")
    assert when_then_status_lines("March 2026 – complete") == ("March 2026", "complete")
    # a timescale word that is a status too says how it stands after a date, not after another timescale
    assert when_then_status_lines("March 2025\nOngoing") == ("March 2025", "Ongoing")
    assert when_then_status_lines("Termly / ongoing") is None
    # no separator, a date on both sides of one, or no date above: left as the due cell
    assert when_then_status_lines("06/06/12 COMPLETED") is None
    assert when_then_status_lines("April – June 2025") is None
    assert when_then_status_lines("2025/26") is None
    assert when_then_status_lines("Review the plan\nComplete") is None
    r = normalise(RawDocument(path="p.docx", name="p.docx", format="docx", blocks=[Table(index=1, page=1, rows=[
        Row([Cell(text=t, col=c) for c, t in enumerate(cells)], 1, i + 1) for i, cells in enumerate([
            ["Issue / action", "Task owner", "Finish & status"],
            ["Place the consultation questions online for members", "Janet Hughes", "06/06/12\n\nCOMPLETED"],
            ["Write a cost-benefit paper on the address file", "Tim Allen", "Summer 2012\n\nONGOING"],
            ["Agree the data-sharing protocol", "Tim Allen", "March 2013 / complete"]])])]))
    assert [(a.due_raw, a.due_date, a.status) for a in r.actions] == [
        ("06/06/12", "2012-06-06", "complete"), ("Summer 2012", "2012", "ongoing"),
        ("March 2013", "2013-03", "complete")]


def test_an_action_log_of_instructions_and_statuses_is_a_plan():
    """'action | status' with no who or when: a log, when the status words are beyond doubt."""
    log = [["Circulate minutes and actions from the meeting", "New"],
           ["Develop the benefits case for the register", "Completed"],
           ["Set up a meeting with the Met Office", "Carried forward"],
           ["Review the data requests for quick resolution", "Ongoing"]]
    assert plan_columns({i: profile([r[i] for r in log]) for i in range(2)}, 4) == {0: "action", 1: "status"}
    # a compliance grid: 'Met' / 'Not Met' beside names of datasets, no instructions
    grid = [["Spend data", "Met"], ["GPC data", "Not Met"], ["Organograms", "Met"], ["Contracts over £10k", "Met"]]
    assert plan_columns({i: profile([r[i] for r in grid]) for i in range(2)}, 4) is None


# ---- indicators and forms by meaning ------------------------------------------------------------

def test_indicator_headings():
    assert [r for _, r, _ in read_indicator_header(list(enumerate(
        ["Performance indicator", "Target", "Q1", "Q2", "Q3", "Q4", "RAG"])))] == [
        "indicator", "target", "period", "period", "period", "period", "rag"]
    assert [r for _, r, _ in read_indicator_header(list(enumerate(["KPI", "Latest", "Floor"])))] == [
        "indicator", "value", "target"]
    assert indicator_role("Target 2024/25") == ("target", 1.0)
    assert read_indicator_header(list(enumerate(["Measure", "Lead", "Target date"]))) is None


def test_form_labels_by_meaning():
    assert form_label_role("<p>Indicator Title</p>") == "indicator"
    assert form_label_role("KPI name") == "indicator"
    assert form_label_role("Performance this Period") == "value"
    assert form_label_role("What we will do") == ""


def test_paragraph_forms_and_their_limits():
    r = normalise(parse_lines(["Partnership action log", "", "Action: Agree information sharing rules with police",
                               "Owner: Head of Safeguarding", "Timescale: May 2025", "",
                               "Action: Train duty social workers in the new template",
                               "and the recording guidance", "Owner: Practice Manager", "Timescale: June 2025"],
                              name="log.txt"))
    assert [(a.action, a.lead, a.due_date) for a in r.actions] == [
        ("Agree information sharing rules with police", "Head of Safeguarding", "2025-05"),
        ("Train duty social workers in the new template and the recording guidance", "Practice Manager", "2025-06")]
    # one labelled line is not a form: an inspection report's 'What needs to improve: …'
    r = normalise(parse_lines(["Inspection dates: 4 to 15 March 2024",
                               "What needs to improve: the quality of plans for children in need."], name="i.txt"))
    assert not r.actions and r.status == "failed" and "no plan table found" in r.error


# ---- document structure --------------------------------------------------------------------------

def spanning(text: str, width: int, line: int) -> Row:
    return Row([Cell(text, 0, colspan=width)], page=1, line=line)


def test_theme_rows_and_intro_rows_are_context_never_actions():
    head = Row([Cell("Task", 0), Cell("Accountable officer", 1), Cell("Deadline", 2)], page=1, line=1,
               repeated_header=True)
    rows = [head, spanning("This year we will help families earlier. Key priorities include:-", 3, 2),
            spanning("Early help", 3, 3),
            Row([Cell("Open a family hub in each district", 0), Cell("Head of Early Help", 1),
                 Cell("March 2025", 2)], page=1, line=4),
            spanning("2. Children in care", 3, 5),
            Row([Cell("Recruit twenty more foster carers", 0), Cell("Fostering Manager", 1), Cell("Dec 2025", 2)],
                page=1, line=6)]
    raw = RawDocument(path="", name="p.docx", format="docx", blocks=[Table(rows, page=1, index=1)])
    r = normalise(raw)
    assert [(a.area_ref, a.area, a.action) for a in r.actions] == [
        ("", "Early help", "Open a family hub in each district"),
        ("2", "Children in care", "Recruit twenty more foster carers")]
    assert any(lo.reason == "text across the table" and "Key priorities" in lo.text for lo in r.leftovers)


def test_section_headings_name_the_area_and_theme_rows_its_objectives():
    def table(index: int, theme: str, action: str) -> Table:
        return Table([Row([Cell("What we have committed to", 0), Cell("Led by", 1)], 1, 1),
                      spanning(theme, 2, 2), Row([Cell(action, 0), Cell("Ann Lee", 1)], 1, 3)], page=1, index=index)
    blocks = [Paragraph("Shared outcome 1: Give children the best start in life ~ CYPE input", 1, 1, heading=True),
              Paragraph("We will make sure every child is ready for school.", 1, 2),
              table(1, "Support families so children thrive", "Open family hubs"),
              Paragraph("Shared outcome 2: Tackle the wider determinants of health", 1, 3, heading=True),
              table(2, "Address inequalities", "Fund debt advice")]
    r = normalise(RawDocument(path="", name="p.pdf", format="pdf", blocks=blocks))
    assert [(a.area_ref, a.area, a.objective, a.action) for a in r.actions] == [
        ("1", "Give children the best start in life", "Support families so children thrive", "Open family hubs"),
        ("2", "Tackle the wider determinants of health", "Address inequalities", "Fund debt advice")]


def test_an_empty_action_column_beside_an_unlabelled_column_of_lists():
    """A template whose actions were typed into its unlabelled first column, under a title saying when."""
    rows = [Row([Cell("", 0), Cell("Action(s)", 1), Cell("Action owner", 2), Cell("Date", 3)], 1, 1),
            Row([Cell("Autumn term\nFirst half\n• Update the policy\n• Train all staff", 0), Cell("", 1),
                 Cell("", 2), Cell("", 3)], 1, 2),
            Row([Cell("Spring term\n• Audit the single central record", 0), Cell("", 1), Cell("", 2),
                 Cell("", 3)], 1, 3)]
    r = normalise(RawDocument(path="", name="t.docx", format="docx", blocks=[Table(rows, page=1, index=1)]))
    assert [(a.timeframe, a.action) for a in r.actions] == [
        ("Autumn term First half", "Update the policy; Train all staff"),
        ("Spring term", "Audit the single central record")]
    assert r.status == "partial" and "read as action" in r.error


# ---- end to end on plans worded as real ones are -------------------------------------------------

@pytest.fixture(scope="module")
def meaning_out(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from samples.make_meaning_samples import main
    folder = tmp_path_factory.mktemp("meaning")
    docs = main(folder)
    out = tmp_path_factory.mktemp("meaning_out")
    planx.convert(docs, out=out)
    return folder, out


SAMPLE_DOCS = ["school_development_plan.docx", "directorate_delivery_plan.docx", "front_door_tracker.txt",
               "quarterly_performance.docx", "leaving_care_forms.docx", "partnership_action_log.txt",
               "inspection_report.docx"]


@pytest.mark.parametrize("doc", SAMPLE_DOCS)
def test_plans_worded_as_real_ones_are(meaning_out, doc):
    folder, out = meaning_out
    truth = json.loads((folder / f"{doc}.truth.json").read_text(encoding="utf-8"))
    actions = [a for a in read(out, "actions") if a["doc"] == doc]
    assert len(actions) == len(truth["actions"])
    for want in truth["actions"]:
        got = next((a for a in actions if a["action"] == want["action"]), None)
        assert got is not None, want["action"]
        for name, value in want.items():
            assert got[name] == (value or ""), (doc, want["action"], name)
    indicators = [i for i in read(out, "indicators") if i["doc"] == doc]
    assert len(indicators) == len(truth.get("indicators", []))
    for want in truth.get("indicators", []):
        got = next(i for i in indicators if i["indicator"] == want["indicator"])
        for name, value in want.items():
            assert got[name] == value, (doc, want["indicator"], name)


def test_what_the_documents_say_about_how_they_were_read(meaning_out):
    _, out = meaning_out
    docs = {d["doc"]: d for d in read(out, "documents")}
    assert docs["inspection_report.docx"]["status"] == "failed"
    assert "no plan table found" in docs["inspection_report.docx"]["error"]
    tracker = docs["front_door_tracker.txt"]
    assert tracker["status"] == "partial" and "no heading row: read by content" in tracker["warnings"]
    assert docs["school_development_plan.docx"]["status"] == "ok"
    kept = [lo for lo in read(out, "leftovers") if lo["doc"] == "school_development_plan.docx"]
    resources = [lo for lo in kept if lo["heading"] == "Resources: Staffing, Time, Money, CPD"]
    assert {lo["text"] for lo in resources} >= {"Two staff meetings; £400 for class texts", "Half a day of INSET"}
    assert any(lo["heading"] == "Monitoring" and lo["text"] == "SENCO" for lo in kept)


def test_a_title_merged_across_the_table_above_its_headings_names_the_area():
    rows = [Row([Cell("Teaching\n− High-quality teaching for all\n− Effective diagnostic assessment", 0, colspan=3)],
                1, 1),
            Row([Cell("Desired outcome", 0), Cell("Actions to address the priorities", 1), Cell("Staff lead", 2)],
                1, 2),
            Row([Cell("Pupils settle back into school", 0),
                 Cell("Run a three-day transition with the class teacher", 1), Cell("Literacy Lead", 2)], 1, 3)]
    r = normalise(RawDocument(path="", name="t.pdf", format="pdf", blocks=[Table(rows, page=1, index=1)]))
    assert [(a.area, a.outcome, a.lead) for a in r.actions] == [
        ("Teaching", "Pupils settle back into school", "Literacy Lead")]
    assert {lo.text for lo in r.leftovers if lo.reason == "table title"} == {
        "− High-quality teaching for all", "− Effective diagnostic assessment"}


def test_a_heading_row_wrapped_onto_the_next_row():
    r = normalise(parse_lines([
        "Priority\tAction\tLead\tResponsible\tRAG\tRAG",
        "3\t\t\tOfficer\t04/16\t06/16",
        "\tReview the independent visitor scheme\tAnn Lee\tTom Fry\tA\tG"], name="w.txt"))
    a, = r.actions
    assert (a.area_ref, a.responsible, [x.label for x in a.ratings], a.rag) == (
        "3", "Tom Fry", ["RAG 04/16", "RAG 06/16"], "green")


def test_milestones_without_an_action_column_are_the_actions():
    r = normalise(parse_lines(["Milestone\tMeasurement\tTarget Date",
                               "Publish the open data plan\tCompletion\tDec. 31, 2021"], name="m.txt"))
    assert [(a.action, a.measure, a.due_date, a.milestones) for a in r.actions] == [
        ("Publish the open data plan", "Completion", "2021-12-31", [])]
    # an unlabelled column beside them may hold the actions: the milestones stay milestones
    r = normalise(parse_lines(["Objective\t\tProgress milestones\tTarget date",
                               "Plans are good\tAudit plans\t1. Tool agreed 2. Audit done\t1. May 15 2. Jun 15"],
                              name="n.txt"))
    assert [len(a.milestones) for a in r.actions] == [2]


def test_a_matrix_of_ticks_under_an_actions_heading_is_no_action():
    rows = [Row([Cell("Category", 0), Cell("Practices", 1), Cell("Actions", 2)], 1, 1)]
    rows += [Row([Cell("Culture", 0), Cell(f"{n}. Practice number {n}", 1), Cell("•" if n % 2 else "", 2)], 1, n + 1)
             for n in range(1, 7)]
    r = normalise(RawDocument(path="", name="m.pdf", format="pdf", blocks=[Table(rows, page=1, index=1)]))
    assert not r.actions and "'Actions' holds" in "; ".join(r.warnings)


def test_raw_fields_lose_markup_a_conversion_left():
    r = normalise(parse_lines(["Action\tLead\tTarget date\tStatus", "<p>С</p>",
                               "Review plans\tAnn Lee\t<p>15/01/2013</p>\t<p>Complete</p>"], name="h.txt"))
    a, = r.actions
    assert (a.due_raw, a.due_date, a.status_raw, a.status) == ("15/01/2013", "2013-01-15", "Complete", "complete")


def test_a_table_broken_by_a_page_without_its_headings_goes_on():
    r = normalise(parse_lines([
        "Ref\tAction\tBy when\tUpdate",
        "7.2\tEmbed health assessment arrangements to identify emotional health\tApril 17\tPassport launched",
        "", "",
        "\tneeds earlier, working with the CCG\t\twith care leavers"], name="b.txt"))
    a, = r.actions
    assert a.action == "Embed health assessment arrangements to identify emotional health needs earlier, working " \
                       "with the CCG"


def test_indicator_figures_lose_markup():
    r = normalise(parse_lines(["Indicator\tTarget\tMar-18", "<p>Re-referrals within 12 months</p>\t<p>20%</p>"
                               "\t<p>26.4%</p>"], name="k.txt"))
    ind, = r.indicators
    assert (ind.indicator, ind.target, ind.value, ind.period) == ("Re-referrals within 12 months", "20%", "26.4%",
                                                                  "Mar-18")


def test_several_rag_columns_are_ratings_and_a_why_about_them_is_commentary():
    header = read_header(cells("Project name", "Project status", "Spend RAG rating", "Delivery RAG rating",
                               "Why have you given these ratings? Enter an explanation (100 words max)"))
    assert header is not None
    assert [c.field for c in header.columns] == ["action", "status", "rating", "rating", "progress"]


def test_a_sheet_table_does_not_go_on_under_another_sheets_headings():
    plan = Table([Row([Cell("Action", 0), Cell("Owner", 1), Cell("Deadline", 2)], 1, 1),
                  Row([Cell("Open the family hub", 0), Cell("Ann Lee", 1), Cell("May 2025", 2)], 1, 2)],
                 page=1, index=1)
    lookup = Table([Row([Cell("Bolton", 0), Cell("PF-BOL-001", 1), Cell("Wellsprings hub", 2)], 2, 1),
                    Row([Cell("Crawley", 0), Cell("PF-CRA-002", 1), Cell("Town centre", 2)], 2, 2)], page=2, index=2)
    for fmt, expected in (("xlsx", 1), ("pdf", 3)):
        r = normalise(RawDocument(path="", name=f"s.{fmt}", format=fmt, blocks=[plan, lookup]))
        assert len(r.actions) == expected, fmt


def test_a_totals_row_is_no_action():
    r = normalise(parse_lines(["Action\tCost\tImpact",
                               "Buy playground equipment for lunchtimes\t£2,000\tMore pupils active",
                               "Total\t£2,000\t"], name="t.txt"))
    assert [a.action for a in r.actions] == ["Buy playground equipment for lunchtimes"]
    assert any(lo.reason == "totals row" and lo.text == "Total" for lo in r.leftovers)
