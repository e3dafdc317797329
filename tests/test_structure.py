"""normalise/structure.py: the walker's rules on the row shapes legacy conversions produce."""
from planx.extract.model import Cell
from planx.extract.text import parse_lines
from planx.normalise import normalise
from planx.normalise.area_titles import split_timeframe
from planx.normalise.banners import area_ref_of, read_banner
from planx.normalise.headers import read_header
from planx.normalise.indicator_rows import split_figure, squashed_indicators
from planx.normalise.row_cells import realign


def plan(*lines: str):
    return normalise(parse_lines(list(lines), name="t.txt"))


def test_area_refs():
    assert [area_ref_of(r) for r in ("2.3", "2a", "В", "I", "A", "12")] == ["2", "2", "B", "1", "A", "12"]


def test_banners_whole_clipped_and_without_a_number():
    assert read_banner("AREA FOR IMPROVEMENT 3: Improve the quality of plans") == ("3", "Improve the quality of plans")
    assert read_banner("EA FOR IMPROVEMENT 16: Ensure that plans") == ("16", "Ensure that plans")
    assert read_banner("EMENT 5: Improve the return interviews") == ("5", "Improve the return interviews")
    assert read_banner("Priority 1: Assessment and planning") == ("1", "Assessment and planning")
    assert read_banner("Review the priority list") is None


def test_timeframes():
    assert split_timeframe("Immediately: Ensure that plans are clear") == ("Immediately", "Ensure that plans are clear")
    assert split_timeframe("Within three months:; Improve the plans") == ("Within three months", "Improve the plans")
    assert split_timeframe("Improve the plans") == ("", "Improve the plans")


def test_figures_without_their_period():
    assert split_figure("547.0 (June 2014) / 547.0 (March 2015)") == ("547.0", "June 2014")
    assert split_figure("85%") == ("85%", "")


def test_squashed_indicator_names():
    assert squashed_indicators("Indicator % Assessments in 45 days Plans graded good at audit %") == [
        "% Assessments in 45 days", "Plans graded good at audit %"]


def test_a_row_that_slid_left_is_realigned():
    header = read_header([(i, 1, t) for i, t in enumerate(
        ["Objective", "Outcomes", "Action", "Progress milestones", "Target date", "Status", "RAG"])])
    row = [Cell("merged objective and outcome", 0), Cell("Agree the plan", 1), Cell("Scope agreed", 2),
           Cell("1. April 15 2. May 15", 3), Cell("1.In progress 2.In progress", 4), Cell("A", 5)]
    fixed = realign(row, header)
    assert [c.col for c in fixed] == [1, 2, 3, 4, 5, 6]
    straight = [Cell("Obj", 0), Cell("Out", 1), Cell("Act", 2), Cell("1.One", 3), Cell("Apr-15", 4),
                Cell("Complete", 5), Cell("G", 6)]
    assert realign(straight, header) == straight


def test_continuation_after_a_page_break_joins_the_action_it_continues():
    r = plan("Plan (May 2014)", "",
             "Action\tLead\tTimescale\tProgress",
             "Hold a placement meeting for every child\tAnn Lee\tMay 2014\tMeetings being",
             "",
             "Action\tLead\tTimescale\tProgress",
             "\t\t\tarranged",
             "Recruit two carers\tBen Cho\tJune 2014\t")
    assert [a.action for a in r.actions] == ["Hold a placement meeting for every child", "Recruit two carers"]
    assert r.actions[0].progress == "Meetings being arranged"


def test_a_lowercase_action_after_a_page_break_continues_the_previous_one():
    r = plan("Action\tLead", "Monitor the escalation procedure for the\tAnn Lee", "",
             "Action\tLead", "conference service\t")
    assert [a.action for a in r.actions] == ["Monitor the escalation procedure for the conference service"]


def test_several_rag_columns_become_ratings_and_the_latest_is_the_actions():
    r = plan("RAG key: 1 = Red 2 = Amber 3 = Green",
             "Action\tLead\tRAG 01/18\tRAG 03/18", "Review plans\tAnn Lee\t1\t3")
    a = r.actions[0]
    assert [(x.label, x.as_of, x.rag) for x in a.ratings] == [("RAG 01/18", "2018-01", "red"),
                                                            ("RAG 03/18", "2018-03", "green")]
    assert (a.rag, a.rag_raw) == ("green", "3")


def test_an_unmapped_rag_number_stays_raw_with_a_warning():
    r = plan("Action\tLead\tRAG", "Review plans\tAnn Lee\t2")
    assert (r.actions[0].rag, r.actions[0].rag_raw) == ("", "2")
    assert r.status == "partial" and "RAG key" in r.error


def test_unmapped_columns_are_kept_aside():
    r = plan("Action\tLead\tResolution for overdue milestones", "Review plans\tAnn Lee\tMeeting moved")
    assert [(lo.text, lo.reason) for lo in r.leftovers] == [
        ("Meeting moved", "column 'Resolution for overdue milestones'")]


def test_a_lowercase_row_with_its_own_date_and_rag_after_a_page_break_is_an_action():
    r = plan("Action\tTime\tRAG", "Ensure recording standards are met\tMar-17\t2", "",
             "Action\tTime\tRAG", "young people due to transition are planned for\tJun-17\t3")
    assert [a.action for a in r.actions] == ["Ensure recording standards are met",
                                             "young people due to transition are planned for"]


def test_a_row_that_goes_on_with_a_numbered_list_after_a_page_break_continues():
    r = plan("Action\tProgress milestones\tTarget date",
             "Commission booking arrangements so that\t1.Plan agreed 2.Draft shared\t1.31/03/2015 2.15/12/2015", "",
             "Action\tProgress milestones\tTarget date",
             "conferences are held in time\t3.Pilot completed\t3.28/01/2016")
    [a] = r.actions
    assert a.action == "Commission booking arrangements so that conferences are held in time"
    assert [m.due_date for m in a.milestones] == ["2015-03-31", "2015-12-15", "2016-01-28"]


# a partnership business plan in Markdown: each priority a heading, a short paragraph and a small table
# under the same headings; the first table's 'By' holds one date in three ('As required', 'TBC'),
# the later ones dates: the headings are read once, so every table's rows are evidence for them
SECTIONS_MD = """# Safeguarding Partnership - Business Plan 2026-2028

### Priority 1: Learning from reviews

| Action | Lead agency | By | Measure of success |
|---|---|---|---|
| Produce seven-minute briefings for front-line staff | Police | As required | Audit shows earlier help |
| Track the actions from every rapid review on a single log | Business Unit | 3rd Mar 2027 | Audit shows earlier help |
| Hold a learning event for each published review | Local Authority | TBC | Practitioners report confidence |

### Priority 2: Neglect

| Action | Lead agency | By | Measure of success |
|---|---|---|---|
| Relaunch the neglect screening tool | Education Subgroup | 25th Apr 2026 | Fewer children go missing |
| Run a multi-agency audit of neglect cases | Business Unit | 6th Oct 2026 | More referrals from schools |
| Publish a practice guide for parents | Business Unit | 23rd Aug 2026 | Reviews closed within six months |
"""


def test_small_tables_under_the_same_headings_are_read_together():
    from planx.extract.markdown import parse_markdown_lines
    result = normalise(parse_markdown_lines(SECTIONS_MD.splitlines(), path="plan.md", name="plan.md"))
    assert [(a.due_raw, a.due_date) for a in result.actions] == [
        ("As required", ""), ("3rd Mar 2027", "2027-03-03"), ("TBC", ""),
        ("25th Apr 2026", "2026-04-25"), ("6th Oct 2026", "2026-10-06"), ("23rd Aug 2026", "2026-08-23")]
    assert any("'By' read as due by its content" in w for w in result.warnings)
    # a table alone under its headings is judged by its own rows: one date in three names no field
    alone = SECTIONS_MD.split("### Priority 2")[0]
    first = normalise(parse_markdown_lines(alone.splitlines(), path="plan.md", name="plan.md"))
    assert [a.due_raw for a in first.actions] == ["", "", ""]
