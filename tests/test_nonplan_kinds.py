"""Documents that say they are something else hold no invented plan (normalise/kinds.py), a
document's version history is no plan (normalise/guard.py), and an agenda's times with durations
are times of day.

Unit tests on what a document calls itself and on which actions carry a plan's marks; then end
to end on generated documents (a guide with and without a plan table, minutes with an action log,
plans whose titles also name a report or an agenda) and on real public documents
(tests/fixtures/real_nonplans/SOURCES.md: OGL and US public domain) that main read as plans.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import convert_text

import planx
from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise.dates import due_date
from planx.normalise.guard import ActionSource, judge
from planx.normalise.kinds import declared_kind, marked, refuse
from planx.normalise.records import Action, Milestone

REAL = Path(__file__).parent / "fixtures" / "real_nonplans"


def raw(*titles: str, name: str = "doc.docx") -> RawDocument:
    blocks = [Paragraph(text=t, page=1, line=k, heading=True) for k, t in enumerate(titles, 1)]
    return RawDocument(name=name, path=name, format="docx", blocks=list(blocks), pages=1)


def acts(n: int, lead: str = "", due: str = "", status: str = "", progress: str = "") -> list[Action]:
    return [Action(action=f"Review the procedure for step {k}", lead=lead, due_raw=due, due_date=due_date(due),
                   status_raw=status, progress=progress, table=1) for k in range(n)]


# ---- what the document calls itself -------------------------------------------------------------------------

@pytest.mark.parametrize("titles, name, other, plan", [
    (["Wellbeing Charter", "Foundation - We care about our staff"], "x.odt", "charter", False),
    # its title calls it a process (before its file name calls it a guide)
    (["Step by step process for approving a flexible working request"], "guide-submit-requests.docx", "process",
     False),
    (["U.S. Multi-Stakeholder Forum Alternatives Analysis"], "x.pdf", "analysis", False),
    (["Annual Report 2010/11"], "x.pdf", "report", False),
    (["Action plan progress report"], "x.pdf", "report", True),
    (["Report: Team Tasks, Roles, and Deliverables"], "x.md", "report", True),
    (["TRANSPARENCY FRAMEWORK", "a forward agenda and priorities for the next 6 months"], "x.pdf", "agenda", True),
    (["Local Public Data Panel", "Terms of Reference"], "x.doc", "reference", False),
    (["School improvement plan 2024-25"], "sip.docx", "", True),
    (["School Improvement Report"], "sir.pdf", "report", True),  # its next steps are a plan
    (["Governors' meeting", "Minutes and actions"], "x.docx", "", True),  # minutes: left to their readers
    (["Transparency Board Minutes 15.09.10"], "x.pdf", "", False),
    # what parties agree to provide: its terms, not a plan's actions (by its file name here)
    (["1. Purpose of Document"], "data_sharing_agreement_v2.docx", "agreement", False),
    # notes of a meeting: its 'Agenda:' heading is the notes' section, no agenda paper
    (["Notes from meeting 2 March 2021", "Agenda:"], "x.md", "", False),
])
def test_what_the_document_calls_itself(titles, name, other, plan):
    kind = declared_kind(raw(*titles, name=name))
    assert (kind.other, kind.plan) == (other, plan)


def test_the_file_name_speaks_when_the_title_does_not():
    kind = declared_kind(raw("Cabinet Office, July 2013", name="130713_Guidance_on_NII_v4.pdf"))
    assert (kind.other, kind.where) == ("guidance", "file name")


def test_headings_that_speak_to_the_reader_make_a_guide_whatever_its_title():
    # a funding notice for applicants: 'Before you begin', 'What You Need to Know' …
    doc = raw("Supporting Communities to Reduce Lead Poisoning", "Before you begin", "Program Summary",
              "Eligibility", "What You Need to Know", "Activities: What are you going to do?", "Budget Narrative",
              name="cdc_prototype.pdf")
    kind = declared_kind(doc)
    assert kind.where == "headings" and kind.other.startswith("3 of 7 headings: 'Before you begin'")
    why = refuse(doc, acts(4))
    assert why.startswith("the document's headings speak to its reader") and "not a plan" in why


def test_a_plan_with_a_heading_or_two_for_its_reader_is_not_a_guide():
    doc = raw("Improving our parks", "What you told us", "Our priorities", "Clean parks", "Safe parks",
              "How you can get involved", "Monitoring")
    assert declared_kind(doc).other == ""
    assert refuse(doc, acts(4)) == ""


# ---- which actions carry a plan's marks ------------------------------------------------------------------------

def test_who_and_when_or_how_it_stands_are_a_plans_marks():
    assert marked(Action(action="Publish the policy", lead="Head", due_raw="March 2026", due_date="2026-03"))
    assert marked(Action(action="Publish the policy", status_raw="In progress"))
    assert marked(Action(action="Publish the policy", rag_raw="Green"))
    assert marked(Action(action="Publish the policy", lead="Head", milestones=[Milestone(milestone="Draft")]))
    assert marked(Action(action="Publish the policy", due_raw="March 2026", due_date="2026-03",
                         progress="Draft shared"))
    assert not marked(Action(action="Publish the policy", lead="Head"))  # who alone: a role's duties
    assert not marked(Action(action="Publish the policy", due_date="2010-12"))  # when alone: a deadline
    assert not marked(Action(action="Advise the board", progress="Published on data.gov.uk"))  # a note alone
    # a procedure's timescale says when to act whenever it happens: no date by which a thing is done
    assert not marked(Action(action="Report allegations made against a staff member", lead="LADO",
                             due_raw="Immediately"))


def test_a_guide_whose_items_say_no_who_and_when_is_refused_with_a_reason():
    why = refuse(raw("Staff guidance"), acts(5))
    assert "calls it 'guidance', not a plan" in why and "0% of the 5 item(s)" in why


def test_a_guide_with_a_plan_table_keeps_it():
    assert refuse(raw("Staff guidance"), acts(5, lead="HR Manager", due="March 2026")) == ""
    assert refuse(raw("Annual report"), acts(4, status="Complete")) == ""


def test_a_plan_by_its_title_or_a_document_calling_itself_nothing_is_not_judged_here():
    assert refuse(raw("Action plan progress report"), acts(5)) == ""
    assert refuse(raw("Improving attendance"), acts(5)) == ""
    assert refuse(raw("Governing board minutes"), acts(5)) == ""  # an action log may name only who


def test_half_the_actions_marked_is_enough():
    assert refuse(raw("Inspection report"), acts(2, lead="Head", due="July 2026") + acts(2)) == ""
    assert refuse(raw("Inspection report"), acts(1, lead="Head", due="July 2026") + acts(3))


def _grid(index: int, *rows: tuple[str, ...]) -> Table:
    return Table(rows=[Row(cells=[Cell(text=t, col=c) for c, t in enumerate(r)], page=28, line=k)
                       for k, r in enumerate(rows)], page=28, index=index)


def test_a_reports_logic_model_headed_by_a_row_set_apart_names_its_activities():
    """A report's logic model (real shape: a business council's one-year-on report, rreal4): the
    conversion sets 'Activity | Outputs | Outcomes | Impact' apart as a one-row table over the rows.
    The heading row still heads the rows under it: the activities stand as the report's actions;
    a one-row table of headings naming no action, or one as wide as nothing below it, heads nothing."""
    head = _grid(28, ("Activity", "Outputs", "Outcomes", "Impact"))
    body = _grid(29, ("Extend the right to request flexible working", "People accessing advice",
                      "Uptake of flexible working", "Gender pay gap"))
    doc = RawDocument(name="council_one_year_on_report_2014.pdf", path="x.pdf", format="pdf",
                      blocks=[Paragraph(text="Maximising women's contribution", page=1, line=1, heading=True),
                              head, body], pages=30)
    rows = [Action(action=f"Extend the right to request step {k}", table=29) for k in range(4)]
    assert refuse(doc, rows) == ""
    other = _grid(28, ("Process", "Outputs", "Outcomes", "Impact"))
    doc.blocks[1] = other
    assert "calls it 'report'" in refuse(doc, rows)
    narrow = _grid(29, ("Extend the right to request flexible working", "People accessing advice"))
    doc.blocks[1:] = [head, narrow]
    assert "calls it 'report'" in refuse(doc, rows)


# ---- a document's version history --------------------------------------------------------------------------

def history(*rows: tuple[str, str, str, str]) -> list[Action]:
    return [Action(ref=v, action=a, lead=who, due_raw=d, due_date=due_date(d), table=1) for v, a, who, d in rows]


VERSIONS = (("0.1", "First Issue.", "Justin Rowles", "10/08/2010"),
            ("0.4", "To align with Beta 1.2", "Peter Parslow", "16/12/2010"),
            ("2.0", "To align with Release 2.0, and incorporate comments", "Peter Parslow", "18/08/2011"),
            ("2.1.1", "Incorporating various comments.", "Michael Gordon", "24/05/2012"))


def test_a_version_history_is_no_plan_however_its_changes_read():
    verdict = judge(history(*VERSIONS), ActionSource("Change Summary", 0.0))
    assert not verdict.plan and "version history" in verdict.why


def test_rows_numbered_as_versions_under_an_action_heading_stay_a_plan():
    assert judge(history(*VERSIONS), ActionSource("Action", 100.0)).plan


def test_changes_whose_dates_do_not_run_forward_are_not_a_history():
    # a plan's 'Change required' column, numbered 1.1, 1.2 …, with target dates in any order
    rows = history(("1.1", "Revise the induction pack", "HR", "March 2026"),
                   ("1.2", "Publish the new rota", "Head", "January 2026"),
                   ("1.3", "Train the office staff", "Bursar", "July 2026"))
    assert judge(rows, ActionSource("Change required", 60.0)).plan


# ---- an agenda's times with durations ------------------------------------------------------------------------

def test_times_of_day_with_durations_are_an_agenda():
    rows = [Action(action=a, lead=who, due_raw=t, table=1) for a, who, t in (
        ("Welcome and Introductions Agree note of previous meeting", "Chair", "11.00 – 11.05 (5 mins)"),
        ("Lessons learnt from release of street level crime data", "MoS HO", "11.05 – 11.30 (25 mins)"),
        ("Open Business platforms", "Kate Marshall", "11.30 – 11.55 (25 mins)"),
        ("AOB", "Chair", "12.40 – 12.50 (10 mins)"))]
    verdict = judge(rows, ActionSource("", 0.0))
    assert not verdict.plan and "times of day" in verdict.why


# ---- end to end ----------------------------------------------------------------------------------------------

GUIDE = """# Guidance for managers: flexible working requests

## The process

| Step | Task | Notes |
|---|---|---|
| 1 | Acknowledge the request | Within five working days of receiving it |
| 2 | Arrange a meeting with the employee | The employee may bring a colleague |
| 3 | Consider the business case | Look at reasonable alternatives too |
| 4 | Confirm the decision in writing | Within two months of the request |
"""

GUIDE_WITH_PLAN = GUIDE + """
## Our plan to improve the process

| Action | Lead | Target date |
|---|---|---|
| Publish an online application form | HR Manager | March 2026 |
| Train line managers in handling requests | HR Manager | April 2026 |
| Review the decisions made in the first year | Head Teacher | July 2026 |
"""

MINUTES = """# Governors' meeting: minutes

Present: the Chair, the Head Teacher, the Clerk.

## Actions

- Clerk to circulate the revised policy.
- Head Teacher to draft the attendance letter.
- Chair to write to the local authority.
"""


def test_a_guides_table_of_steps_gives_no_actions_and_says_why(tmp_path):
    # main read the four steps as actions: a 'Task' column names them as things to be done
    r = convert_text(tmp_path, "staff_guidance.md", GUIDE)
    assert r.actions == [] and r.status == "failed"
    assert r.error.startswith("no plan table found") and "calls it 'guidance'" in r.error
    assert any("Arrange a meeting with the employee" in lo.text for lo in r.leftovers)  # nothing lost


def test_a_guide_carrying_a_plan_table_keeps_its_actions(tmp_path):
    r = convert_text(tmp_path, "staff_guidance.md", GUIDE_WITH_PLAN)
    assert [a.action for a in r.actions][-3:] == ["Publish an online application form",
                                                  "Train line managers in handling requests",
                                                  "Review the decisions made in the first year"]


def test_minutes_keep_their_action_log(tmp_path):
    r = convert_text(tmp_path, "minutes.md", MINUTES)
    assert len(r.actions) == 3


@pytest.fixture(scope="module")
def real_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, planx.DocResult]:
    return {p.name: planx.convert_file(str(p)) for p in sorted(REAL.iterdir()) if p.suffix != ".md"}


@pytest.mark.parametrize("name, reason", [
    ("dfe_wellbeing_charter.odt", "calls it 'charter'"),
    ("dfe_guide_flexible_working_requests.docx", "calls it 'process'"),
    ("transparency_board_agenda_2011.pdf", "times of day"),
    ("us_msf_alternatives_analysis_2024.pdf", "calls it 'analysis'"),
])
def test_real_non_plans_give_no_actions_and_a_reason(real_run, name, reason):
    r = real_run[name]
    assert r.actions == [] and r.status == "failed", [a.action for a in r.actions]
    assert r.error.startswith("no plan table found") and reason in r.error
    assert r.leftovers  # their text is kept aside


def test_a_real_product_portfolio_register_is_no_plan(real_run):
    # a portfolio list of products with their phase and managers ('name | description | theme |
    # phase | main_benefit | product_man | service_man'): things the department runs, not actions
    r = real_run["moj_digital_portfolio_2018.csv"]
    assert r.actions == [] and r.status == "failed", [a.action for a in r.actions]
    assert r.error.startswith("no plan table found")
    assert any("Correspondence Tool" in left.text for left in r.leftovers)  # kept aside, nothing lost


def test_a_timeline_spreads_its_items_over_its_periods():
    from planx.normalise.kinds import on_timeline
    from planx.normalise.records import Action

    def under(period: str, due: str, n: int) -> list[Action]:
        return [Action(action=f"Step {period} {k}", timeframe=period, due_date=due) for k in range(n)]

    quarters = under("Q1 April - June 2021", "2021-06", 4) + under("Q2 July - September 2021", "2021-09", 3) \
        + under("Q3 October - December 2021", "2021-12", 3)
    assert len(on_timeline(quarters)) == 10
    # twenty themes listed under one phase of a meeting's slides: a list under a date, not a timeline
    slides = under("Phase 2: June 2022", "2022-06", 20) + under("Phase 1: May 2022", "2022-05", 2)
    assert on_timeline(slides) == set()
    assert on_timeline(under("Q1 2025", "2025-03", 5)) == set()  # one period: no timeline
