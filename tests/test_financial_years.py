"""A bare pair of years ('2026/27') read by the document's own evidence (normalise/schoolyear.py
financial_year_evidence): the financial year ending in March in a council's or public body's plan, the
year's end only in a school's or where the evidence is balanced; a month range printed with one year
('Jun-Aug 2018') ends in that year; a column of what stands in the way ('Anticipated Barriers …') is
the progress where no column is headed as progress (CONTRACT.md "Dates"; vocab.HEADING_WORDS)."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import convert_text

from planx.normalise.dates import FINANCIAL_YEARS, due_date, find_dates
from planx.normalise.records import Action, Milestone
from planx.normalise.schoolyear import bare_year_pair, financial_year_evidence

COUNCIL = ["Oakhurst District Council Service Delivery Plan 2026 to 2027",
           "The actions below were agreed with portfolio holders and will be reported to Cabinet quarterly.",
           "Progress is reported within the agreed budget."]
SCHOOL = ["Larkfield Primary School Improvement Plan 2026/27",
          "Pupils' attendance is reviewed each half term by the headteacher and governors.",
          "Autumn term: phonics training for all staff."]


def test_a_councils_plan_counts_in_financial_years_and_says_why():
    why = financial_year_evidence(COUNCIL, COUNCIL[:1])
    assert "Cabinet" in why and "budget" in why and "none of a school's" in why


def test_a_school_plan_or_a_balance_does_not():
    assert financial_year_evidence(SCHOOL, SCHOOL[:1]) == ""
    # one sign each way: the evidence is balanced, the pair stays the year's end
    assert financial_year_evidence(["The council's plan for pupils."], []) == ""


def test_a_quarter_with_a_pair_and_a_title_period_are_signs():
    texts = ["Housing Strategy Implementation Plan 2026/27", "Reported in Q2 2026/27"]
    assert "Q2 2026/27" in financial_year_evidence(texts, texts[:1])


@pytest.mark.parametrize("raw, financial, iso", [
    ("2026/27", True, "2027-03"), ("2026-27", True, "2027-03"), ("26/27", True, "2027-03"),
    ("2027-2028", True, "2028-03"),
    ("2026/27", False, "2027"),  # a school's year, or a plan that does not say: the year's end only
    ("2026/27 academic year", True, "2027"),  # named an academic year: never the financial one
    ("Summer term 2026/27", True, "2027-07"),
    ("Q3 2026/27", True, "2026-12"),  # a quarter is read as before
    ("2015-2018", True, "2018"),  # a range of years is no financial year
    ("2026-03", True, "2026-03"),  # an ISO month
])
def test_a_bare_pair_in_a_document_that_counts_in_financial_years(raw, financial, iso):
    token = FINANCIAL_YEARS.set(financial)
    try:
        assert due_date(raw) == iso
    finally:
        FINANCIAL_YEARS.reset(token)


@pytest.mark.parametrize("raw, start", [
    ("2026/27", "2026-04-01"), ("FY 2026-27", "2026-04-01"), ("26/27", "2026-04-01"),
    ("Q4 2026/27", "2027-03-01"), ("March 2027", "2027-03-01"),  # a quarter, a month: their own month
])
def test_a_financial_years_due_starts_on_1_april(raw, start):
    assert (Action(due_raw=raw, due_date="2027-03").due_start, Action(due_raw=raw, due_date="2027-03").due_end) \
        == (start, "2027-03-31")
    assert Milestone(due_raw=raw, due_date="2027-03").due_start == start


def test_the_pair_a_warning_names_is_a_bare_one():
    assert bare_year_pair("By end of 2026/27") == "2026/27"
    assert bare_year_pair("Q2 2026/27") == ""
    assert bare_year_pair("FY 2026/27") == ""
    assert bare_year_pair("2026/27 academic year") == ""


@pytest.mark.parametrize("raw, dates", [
    ("Jun-Aug 2018", ["2018-06", "2018-08"]),  # the range's first month is in the printed year
    ("November- December 2018", ["2018-11", "2018-12"]),
    ("June and July 2018", ["2018-06", "2018-07"]),
    ("15 June to 30 August 2018", ["2018-06-15", "2018-08-30"]),
    ("Nov-Feb 2019", ["2018-11", "2019-02"]),  # across the new year: the first month is the year before
    ("June", ["2019-06"]),  # a month alone still takes the plan's year
])
def test_a_month_range_with_one_year_is_in_that_year(raw, dates):
    assert [d.iso() for d in find_dates(raw, 2019)] == dates
    assert due_date(raw, 2019) == dates[-1]


_TABLE = """| Ref | Action | Lead | Timescale |
|---|---|---|---|
| 1.1 | Extend the leisure centre refurbishment | Head of Leisure | 2026/27 |
| 1.2 | Launch a new waste collection model | Head of Waste | 2027-28 |
| 1.3 | Publish the housing allocations policy | Head of Housing | 26/27 |
"""


def test_a_councils_delivery_plan_dates_its_pairs_at_the_financial_years_end(tmp_path: Path):
    text = ("# Marlbrook Borough Council – Service Delivery Plan 2026/27\n\nReported to Cabinet each quarter "
            "and delivered within the agreed budget.\n\n" + _TABLE)
    result = convert_text(tmp_path, "council.md", text)
    assert [a.due_date for a in result.actions] == ["2027-03", "2028-03", "2027-03"]
    # the due covers the whole financial year, as BI tools read it
    assert [(a.due_start, a.due_end) for a in result.actions][:2] == [("2026-04-01", "2027-03-31"),
                                                                     ("2027-04-01", "2028-03-31")]
    said = [w for w in result.warnings if "read as the financial year ending March" in w]
    assert len(said) == 1 and "Cabinet" in said[0]  # once per document, with what it rests on


def test_a_school_plan_keeps_its_pairs_as_the_years_end(tmp_path: Path):
    text = ("# St Bede's Primary School – School Improvement Plan 2026/27\n\nLed by the headteacher; pupils' "
            "progress is reviewed each Autumn term and Summer term by governors.\n\n" + _TABLE)
    result = convert_text(tmp_path, "school.md", text)
    assert [a.due_date for a in result.actions] == ["2027", "2028", "2027"]
    assert not [w for w in result.warnings if "financial year ending" in w]


def test_the_same_council_plan_as_a_word_file(tmp_path: Path):
    import docx

    import planx
    doc = docx.Document()
    doc.add_heading("Ashworth Council Health and Wellbeing Strategy Delivery Plan", 1)
    doc.add_paragraph("Progress is reported to the Health and Wellbeing Board and Cabinet; actions are met "
                      "from the existing budget. Quarter 2 2026/27 monitoring.")
    table = doc.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ["Action", "Lead officer", "Target date", "RAG"], strict=True):
        cell.text = text
    for row in [["Commission a new falls prevention service", "Director of Public Health", "2026-27", "G"],
                ["Review the healthy weight pathway", "Public Health Consultant", "2027/28", "A"]]:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    path = tmp_path / "hwb.docx"
    doc.save(str(path))
    result = planx.convert_file(str(path))
    assert [a.due_date for a in result.actions] == ["2027-03", "2028-03"]


def test_a_column_of_barriers_is_the_progress_where_none_is_headed_so(tmp_path: Path):
    heading = "Anticipated Barriers or Other Issues Related to Milestone Completion"
    text = f"""# Appeals Modernization: Milestone Summary

Updated March 2019

| Key Milestones | Milestone Due Date | Milestone Status | Owner | {heading} |
|---|---|---|---|---|
| Train board staff | Jun-Aug 2018 | In Progress | BVA | Possible delay in developing training resources. |
| Publish the final rule | November- December 2018 | Not Started | OGC | A large volume of public comments to address. |
"""
    result = convert_text(tmp_path, "milestones.md", text)
    assert [(a.due_date, a.progress) for a in result.actions] == [
        ("2018-08", "Possible delay in developing training resources."),
        ("2018-12", "A large volume of public comments to address.")]


def test_a_progress_column_keeps_the_progress_beside_one_of_barriers(tmp_path: Path):
    text = """# Delivery plan

| Action | Owner | Due | Progress update | Barriers to delivery |
|---|---|---|---|---|
| Train board staff | BVA | June 2018 | Two of four sessions held. | Trainer availability. |
"""
    result = convert_text(tmp_path, "two.md", text)
    assert [a.progress for a in result.actions] == ["Two of four sessions held."]
    assert any("Trainer availability" in lo.text for lo in result.leftovers)  # nothing lost
