"""Header recognition by meaning, and numbered cells split into milestones."""
import pytest

from planx.normalise.headers import classify, read_header
from planx.normalise.milestones import leading_number, split_numbered


@pytest.mark.parametrize("label, field", [
    ("Responsibility", "lead"), ("Lead", "lead"), ("Lead Officer", "lead"), ("By whom", "lead"),
    ("Timescale", "due"), ("TARGET DATE", "due"), ("Time", "due"), ("By when", "due"),
    ("ОВЈЕСТІVЕ", "objective"), ("Intended outcome (draft – based on BP KITs & inspection report)", "outcome"),
    ("Lead Strategic/ operational leads & when", "lead"), ("PROGRESS MILESTONES", "milestones"),
    ("Status of milestone", "status"), ("Measured By:", "measure"), ("Success measure(s)", "measure"),
    ("Responsible Officer", "responsible"), ("RAG status", "rag"), ("BRAG status", "rag"),
    ("Progress update", "progress"), ("Action required", "action"), ("No.", "area_ref"),
    ("Resolution for overdue milestones.", "resolution"), ("RAG 03/18", "rating"),
    # Ofsted's curriculum framework, as school plans head their columns
    ("Intent", "objective"), ("Implementation", "action"), ("Impact", "outcome"), ("Implementation date", "due"),
])
def test_headings(label, field):
    assert classify(label)[0] == field


def test_a_priority_heading_carries_its_number():
    assert classify("Priority 1")[:1] == ("area_ref",) and classify("Priority 1")[2] == "1"


def test_a_sentence_is_not_a_header_row():
    cells = [(0, 1, "Review the plan"), (1, 1, "Within three months the service will improve"), (2, 1, "")]
    assert read_header(cells) is None


def test_a_header_row():
    labels = ["Area of Improvement", "Actions", "Outcomes", "Responsibility", "Timescale", "Progress"]
    header = read_header([(i, 1, t) for i, t in enumerate(labels)])
    assert header is not None
    assert header.fields() == ["area", "action", "outcome", "lead", "due", "progress"]


def test_a_repeated_header_row_is_read_afresh_each_time():
    """The walker settles a heading row's fields in place (an unlabelled first column becomes
    area_ref): the same row read again on the next page must not carry that change."""
    cells = [(0, 1, ""), (1, 1, "Action"), (2, 1, "Lead"), (3, 1, "Target date")]
    first = read_header(cells)
    assert first is not None
    first.columns[0].field = "area_ref"
    again = read_header(cells)
    assert again is not None and again.columns[0].field == "" and again.columns[0] is not first.columns[0]
    assert again.derived("n", lambda h: len(h.columns)) == 4


def test_numbered_cells():
    assert split_numbered("1.Project plan signed off 2.Report produced 3.Briefings") == [
        (1, "Project plan signed off"), (2, "Report produced"), (3, "Briefings")]
    assert split_numbered("I.Situation Analysis completed; 2.Consider implications") == [
        (1, "Situation Analysis completed"), (2, "Consider implications")]


def test_numbers_in_brackets():
    """'(1) … (2) …' lists, as a PDF plan prints its milestones, split like '1) … 2) …'."""
    def items(text: str) -> list[tuple[int, str]]:
        return [(n, t.strip()) for n, t in split_numbered(text) or []]
    assert items("(1) Protocol revised\n(2) Guidance issued to managers") == [
        (1, "Protocol revised"), (2, "Guidance issued to managers")]
    assert items("(1) January 16\n(2) March 16") == [(1, "January 16"), (2, "March 16")]
    assert leading_number("(3) Roll out the audit") == ("3", "Roll out the audit")


def test_numbers_inside_a_sentence_do_not_split_it():
    assert split_numbered("informed by analysis of current work (2.1) and the TOM (1.2)") is None
    assert split_numbered("Single item") is None


def test_a_list_with_an_unnumbered_first_item():
    assert split_numbered("To be agreed at Board 2. In progress 3. In progress") == [
        (1, "To be agreed at Board"), (2, "In progress"), (3, "In progress")]


def test_dates_after_list_numbers():
    assert split_numbered("1.31/03/2015 2.15/12/2015") == [(1, "31/03/2015"), (2, "15/12/2015")]
    assert split_numbered("1. Jan 2015 2.15th March") == [(1, "Jan 2015"), (2, "15th March")]


def test_leading_action_numbers():
    assert leading_number("3 .Roll out the audit") == ("3", "Roll out the audit")
    assert leading_number("5.Involve the team") == ("5", "Involve the team")
    assert leading_number("Review 2 plans") == ("", "Review 2 plans")


def test_a_list_with_a_missing_number():
    assert split_numbered("1. March 14 2. April 15 4. April 15 5. May 15") == [
        (1, "March 14"), (2, "April 15"), (4, "April 15"), (5, "May 15")]


def test_an_item_that_starts_with_a_number():
    assert split_numbered("1.Strategy agreed 2.12 month campaign run") == [
        (1, "Strategy agreed"), (2, "12 month campaign run")]
    assert split_numbered("Review section 2.12 of the plan") is None


def test_action_takes_the_numbered_statuses_when_milestones_are_not_numbered():
    """Seed shape: the milestone cell is one sentence, the status cell numbers two statuses
    ('I. complete 2. In progress via CCG …'): the action is in progress, not complete."""
    from planx.normalise.actions import action_status, build_milestones
    from planx.normalise.draft import Draft
    draft = Draft(pieces={"milestones": ["Meeting CSC AD, Head of Co-op Commissioning and CCG"],
                          "due": ["1. February 15 2. Arrangements to form part of 2015/16 CCG cycle"],
                          "status": ["I. complete 2. In progress via CCG independently from PCC"]})
    milestones = build_milestones(draft, 2015)
    assert len(milestones) == 1
    assert action_status(draft.text("status"), milestones) == "in_progress"
    # one status per numbered milestone still pairs them one by one
    two = Draft(pieces={"milestones": ["1. Plan agreed 2. Plan live"], "due": ["1. May 15 2. June 15"],
                        "status": ["1. Complete 2. Complete"]})
    assert action_status(two.text("status"), build_milestones(two, 2015)) == "complete"
    assert action_status("Completed- ongoing work by April 2. Meetings underway. 3. In progress", []) == "in_progress"
