"""normalise/ rules that Word plans brought in (each general: they serve every format)."""
from __future__ import annotations

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.actions import build_milestones, lines_as_items
from planx.normalise.draft import Draft
from planx.normalise.text import clean


def test_a_single_bulleted_item_loses_its_bullet():
    assert clean("• Book every overdue review") == "Book every overdue review"
    assert clean("- 5 cases") == "- 5 cases"  # a hyphen alone may be a minus sign
    assert clean("• one\n• two") == "one; two"


def test_unnumbered_milestone_lines_meet_numbered_dates():
    assert lines_as_items("Template redesigned\nTemplate live", [(1, "June 2016"), (2, "Oct 2016")]) == [
        (1, "Template redesigned"), (2, "Template live")]
    assert lines_as_items("One line only", [(1, "June 2016")]) is None
    assert lines_as_items("A\nB\nC", [(1, "June 2016"), (2, "Oct 2016")]) is None  # counts differ
    draft = Draft(pieces={"milestones": ["Template redesigned\nTemplate live"],
                          "due": ["1) June 2016\n2) October 2016"], "status": ["1) In progress\n2) Not started"]})
    ms = build_milestones(draft, 2016)
    assert [(m.milestone, m.due_date, m.status) for m in ms] == [
        ("Template redesigned", "2016-06", "in_progress"), ("Template live", "2016-10", "not_started")]


def test_banner_merged_across_the_table_keeps_its_lead_apart():
    rows = [Row([Cell("AREA FOR IMPROVEMENT 2: Shorten waits for assessment", 0, colspan=3),
                 Cell("Lorraine Iqbal/Paul Fairbairn", 3)], page=1, line=1, repeated_header=True),
            Row([Cell(t, i) for i, t in enumerate(["Action", "Lead", "Target date", "RAG"])], 1, 2, True),
            Row([Cell(t, i) for i, t in enumerate(["Add a duty worker", "Ann Lee", "May 2016", "G"])], 1, 3)]
    raw = RawDocument(path="x.docx", name="x.docx", format="docx", blocks=[Table(rows=rows, page=1, index=1)])
    [a] = normalise(raw).actions
    assert (a.area_ref, a.area, a.area_lead) == ("2", "Shorten waits for assessment", "Lorraine Iqbal/Paul Fairbairn")


def test_banner_lead_prefixed_and_wrapped_over_two_lines():
    """'Lead: …' in a banner's own cell, the name wrapped (a PDF cell keeps its line break)."""
    heads = ["No.", "Action", "By whom", "Due date", "Status", "RAG status", "Progress update"]
    rows = [Row([Cell(t, i) for i, t in enumerate(heads)], 1, 1),
            Row([Cell("2", 0), Cell("Workforce capacity and caseloads", 1, colspan=5),
                 Cell("Lead: Lorraine Dunmore/Helen\nThackeray", 6)], page=1, line=2),
            Row([Cell(t, i) for i, t in enumerate(["2.1", "Add a duty worker", "Ann Lee", "May 2016", "Underway",
                                                    "G", ""])], 1, 3)]
    raw = RawDocument(path="x.pdf", name="x.pdf", format="pdf", blocks=[Table(rows=rows, page=1, index=1)])
    [a] = normalise(raw).actions
    assert (a.area, " ".join(a.area_lead.split())) == ("Workforce capacity and caseloads",
                                                       "Lorraine Dunmore/Helen Thackeray")


def test_compound_rag_agrees_with_either_colour():
    rows = [Row([Cell(t, i) for i, t in enumerate(["Action", "Lead", "RAG"])], 1, 1),
            Row([Cell("Run the audit", 0), Cell("Ann Lee", 1), Cell("A/G", 2, fill="#c6e0b4")], 1, 2)]
    raw = RawDocument(path="x.docx", name="x.docx", format="docx", blocks=[Table(rows=rows, page=1, index=1)])
    result = normalise(raw)
    assert result.actions[0].rag == "amber_green" and result.status == "ok"


def _plan_with_headings(*headings: str) -> RawDocument:
    blocks: list = [Paragraph("Northfield Early Help Action Plan 2019", 1, 1, heading=True),
                    Paragraph("Agreed by the board in May 2019.", 1, 2)]
    for n, heading in enumerate(headings, 1):
        rows = [Row([Cell(t, i) for i, t in enumerate(["Action", "Lead", "Target date"])], n, 1),
                Row([Cell(t, i) for i, t in enumerate([f"Action {n} text", "Ann Lee", "May 2019"])], n, 2)]
        blocks += [Paragraph(heading, n, 10 * n, heading=True), Table(rows=rows, page=n, index=n)]
    return RawDocument(path="x.docx", name="x.docx", format="docx", blocks=blocks)


def test_a_heading_above_a_table_is_the_area_of_its_actions():
    actions = normalise(_plan_with_headings("1. Front door and thresholds", "Reducing drift")).actions
    assert [(a.area_ref, a.area) for a in actions] == [("1", "Front door and thresholds"), ("", "Reducing drift")]
    # a heading naming the table's kind is not an area, nor a single heading (it may be the title)
    assert [a.area for a in normalise(_plan_with_headings("Action plan", "Monitoring report")).actions] == ["", ""]
    assert [a.area for a in normalise(_plan_with_headings("Fostering service")).actions] == [""]


def test_a_lone_title_heading_above_the_only_table_is_not_an_area():
    rows = [Row([Cell(t, i) for i, t in enumerate(["Action", "Lead"])], 1, 1),
            Row([Cell(t, i) for i, t in enumerate(["Run the audit", "Ann Lee"])], 1, 2)]
    raw = RawDocument(path="x.docx", name="x.docx", format="docx",
                      blocks=[Paragraph("Westmoor Fostering Improvements", 1, 1, heading=True),
                              Table(rows=rows, page=1, index=1)])
    result = normalise(raw)
    assert result.actions[0].area == "" and result.title == "Westmoor Fostering Improvements"


def test_an_action_form_written_downwards_reads_as_a_plan_table():
    pairs = [("AREA FOR IMPROVEMENT 3: Placement stability", None), ("Action", "Recruit ten foster carers"),
             ("Lead officer", "Sam Reid"), ("Target date", "March 2019"), ("RAG", "A"),
             ("Action", "Open a second residential home"), ("Lead officer", "Ali Khan"), ("Target date", "2020"),
             ("RAG", "G")]
    rows = [Row([Cell(k, 0, colspan=2)] if v is None else [Cell(k, 0), Cell(v, 1)], 1, n)
            for n, (k, v) in enumerate(pairs, 1)]
    raw = RawDocument(path="x.docx", name="x.docx", format="docx", blocks=[Table(rows=rows, page=1, index=1)])
    got = [(a.area_ref, a.action, a.lead, a.due_date, a.rag) for a in normalise(raw).actions]
    assert got == [("3", "Recruit ten foster carers", "Sam Reid", "2019-03", "amber"),
                   ("3", "Open a second residential home", "Ali Khan", "2020", "green")]


def test_an_ordinary_two_column_table_is_not_a_vertical_form():
    from planx.normalise.tableforms import vertical_form_rows
    rows = [Row([Cell("Action", 0), Cell("Lead", 1)], 1, 1), Row([Cell("Review the policy", 0), Cell("Ann", 1)], 1, 2)]
    assert vertical_form_rows(Table(rows=rows, page=1, index=1)) is None


def test_a_marked_heading_row_is_never_an_action():
    rows = [Row([Cell(t, i) for i, t in enumerate(["Action", "Lead", "RAG"])], 1, 1, repeated_header=True),
            Row([Cell("(what we will do)", 0), Cell("(who)", 1)], 1, 2, repeated_header=True),
            Row([Cell("Run the audit", 0), Cell("Ann Lee", 1), Cell("G", 2)], 1, 3)]
    raw = RawDocument(path="x.docx", name="x.docx", format="docx", blocks=[Table(rows=rows, page=1, index=1)])
    assert [a.action for a in normalise(raw).actions] == ["Run the audit"]


def test_rows_under_a_merged_action_cell_are_its_milestones_one_each():
    head = Row([Cell(t, i) for i, t in enumerate(["Action", "Milestones", "Target date", "Status"])], 1, 1)
    first = Row([Cell("Build the tracker", 0, rowspan=2), Cell("Scope agreed", 1), Cell("Jan 18", 2),
                 Cell("Complete", 3)], 1, 2)
    second = Row([Cell("Build the tracker", 0, merged_above=True), Cell("Tracker live with all teams", 1),
                  Cell("Jun 18", 2), Cell("Not started", 3)], 1, 3)
    raw = RawDocument(path="x.docx", name="x.docx", format="docx",
                      blocks=[Table(rows=[head, first, second], page=1, index=1)])
    [a] = normalise(raw).actions
    assert [(m.milestone, m.due_date, m.status) for m in a.milestones] == [
        ("Scope agreed", "2018-01", "complete"), ("Tracker live with all teams", "2018-06", "not_started")]
    assert (a.due_date, a.status) == ("2018-06", "in_progress")


def test_grouped_headings_with_a_second_heading_row():
    head = Row([Cell("Action", 0), Cell("Lead", 1), Cell("RAG rating", 2, colspan=2), Cell("Update", 4)], 1, 1)
    sub = Row([Cell("03/18", 2), Cell("06/18", 3)], 1, 2)
    data = Row([Cell("Run the audit", 0), Cell("Ann Lee", 1), Cell("", 2, fill="#ff0000"),
                Cell("", 3, fill="#00b050"), Cell("Done in May", 4)], 1, 3)
    raw = RawDocument(path="x.docx", name="x.docx", format="docx",
                      blocks=[Table(rows=[head, sub, data], page=1, index=1)])
    [a] = normalise(raw).actions
    # each reading is labelled by its own column's heading; the heading over them is their group
    assert [(r.label, r.as_of, r.rag) for r in a.ratings] == [("03/18", "2018-03", "red"),
                                                               ("06/18", "2018-06", "green")]
    assert {r.heading_group for r in a.ratings} == {"RAG rating"}
    assert (a.rag, a.progress) == ("green", "Done in May")
