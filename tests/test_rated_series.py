"""Sibling columns numbered or dated under one name that hold RAG values are a series of ratings
(headers._rated_series, periods.sibling_series): termly review columns 'Review 1 | Review 2 (Mar) |
Review 3', 'R1 | R2 | R3', '1st review | 2nd review', 'Check-in 1 | Check-in 2', read as the
term-named 'Autumn review | Spring review | Summer review' columns already are (each a rating
labelled by its heading, the latest filled one the action's RAG). The shape is that of a school
development plan's 'Progress (RAG)' block (unseen23 sdp 040, 043, 051, 056); the variants here use
other names, other renderings (Markdown, Word) and letters or words. Columns numbered under one name
whose cells are no RAG values ('Lead 1 | Lead 2') stay what they were."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import grid

import planx
from planx.extract.model import RawDocument
from planx.normalise import normalise
from planx.normalise.headers import read_header
from planx.normalise.periods import series_member, sibling_series


@pytest.mark.parametrize("label, stem", [
    ("Review 1", "review"), ("Review 2 (Mar)", "review"), ("R1", "r"), ("1st review", "review"),
    ("Second review", "review"), ("Check-in 1", "check in"), ("Update 2", "update"), ("RAG Dec 26", "rag"),
])
def test_a_member_of_a_series_is_its_name_and_its_number_or_date(label, stem):
    read = series_member(label)
    assert read is not None and read[0] == stem


@pytest.mark.parametrize("label", ["Review", "RAG", "Action", "2026", "Lead officer"])
def test_a_heading_with_no_number_or_date_is_no_member(label):
    assert series_member(label) is None


def test_series_are_runs_of_neighbours_sharing_a_name():
    assert sibling_series(["Ref", "Action", "Review 1 (Dec)", "Review 2 (Mar)", "Review 3 (Jul)"]) == [[2, 3, 4]]
    assert sibling_series(["R1", "R2", "R3", "Who"]) == [[0, 1, 2]]
    # one name again with the same number is no series; two names are two runs
    assert sibling_series(["Review 1", "Review 1", "Lead"]) == []
    assert sibling_series(["Lead 1", "Lead 2", "Review 1", "Review 2"]) == [[0, 1], [2, 3]]


HEADINGS = [(0, 1, "Ref"), (1, 1, "Actions"), (2, 1, "Who"), (3, 1, "End")]


def test_review_columns_over_rag_letters_are_ratings():
    cells = [*HEADINGS, (4, 1, "Review 1 (Dec)"), (5, 1, "Review 2 (Mar)"), (6, 1, "Review 3 (Jul)")]
    below = [[(0, "1.1"), (1, "Implement vocabulary teaching through staff meetings"), (2, "TW/LB"),
              (3, "October 2026"), (4, "R"), (5, "A")],
             [(0, "1.2"), (1, "Train all staff in daily phonics"), (2, "SBM"), (3, "Jan-27"), (4, "G"), (5, "G")]]
    header = read_header(cells, below, first=True)
    assert header is not None
    assert [c.field for c in header.columns[4:]] == ["rating", "rating", "rating"]


def test_numbered_columns_over_names_are_no_ratings():
    cells = [*HEADINGS, (4, 1, "Review 1"), (5, 1, "Review 2")]
    below = [[(0, "1.1"), (1, "Implement vocabulary teaching through staff meetings"), (2, "TW/LB"),
              (3, "October 2026"), (4, "Head of School"), (5, "Governors")],
             [(0, "1.2"), (1, "Train all staff in daily phonics"), (2, "SBM"), (3, "Jan-27"), (4, "SLT"),
              (5, "Link governor")]]
    header = read_header(cells, below, first=True)
    assert header is not None and "rating" not in header.fields()


def test_the_latest_filled_review_is_the_actions_rag():
    # 'Review 1 | Review 2 | Review 3' under a banner-free heading row: before, the first was read as
    # the RAG by its content (green), the later ones kept aside; the latest filled one is amber
    table = grid(["No.", "Key actions", "Accountable", "By when", "Review 1", "Review 2", "Review 3"],
                 ["1.1", "Review adaptive teaching strategies for pupils with SEND", "TW/LB", "April 2027",
                  "Green", "Amber", ""],
                 ["1.2", "Monitor a reading for pleasure culture through staff meetings", "English Lead",
                  "August 2027", "Red", "", ""])
    result = normalise(RawDocument(path="", name="d.odt", format="odt", blocks=[table]))
    first, second = result.actions
    assert [(r.label, r.rag) for r in first.ratings] == [("Review 1", "green"), ("Review 2", "amber")]
    assert first.rag == "amber" and second.rag == "red"
    assert any("read as a series of ratings" in w for w in result.warnings)


def test_check_ins_in_markdown_are_ratings(tmp_path: Path):
    path = tmp_path / "checkins.md"
    path.write_text(
        "# Riverside Primary School Improvement Plan 2026/27\n\n"
        "| Ref | Action | Lead | By when | Check-in 1 | Check-in 2 | Check-in 3 |\n"
        "|---|---|---|---|---|---|---|\n"
        "| 1.1 | Introduce daily phonics catch-up for Year 2 | English Lead | March 2027 | Green | Amber | |\n"
        "| 1.2 | Train all staff in adaptive teaching | SENCo | July 2027 | Red | | |\n"
        "| 1.3 | Launch the attendance first-day calling routine | DHT | December 2026 | Amber | Green | Blue |\n",
        encoding="utf-8")
    actions = planx.convert_file(str(path)).actions
    assert [a.rag for a in actions] == ["amber", "red", "blue"]
    assert [r.label for r in actions[2].ratings] == ["Check-in 1", "Check-in 2", "Check-in 3"]


def test_ordinal_reviews_in_word_are_ratings(tmp_path: Path):
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_heading("Harbour Academy Development Plan 2026-27", 1)
    rows = [["No.", "Key actions", "Owner", "1st review", "2nd review", "3rd review"],
            ["1", "Embed retrieval practice at the start of lessons", "Deputy Head", "A", "G", ""],
            ["2", "Review the behaviour policy with staff", "Pastoral Lead", "R", "A", ""],
            ["3", "Audit reading books in Key Stage 1", "English Lead", "G", "G", "B"]]
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    path = tmp_path / "ordinals.docx"
    doc.save(str(path))
    actions = planx.convert_file(str(path)).actions
    assert [(a.rag, a.rag_raw) for a in actions] == [("green", "G"), ("amber", "A"), ("blue", "B")]
    assert [(r.label, r.rag_raw) for r in actions[0].ratings] == [("1st review", "A"), ("2nd review", "G")]


def test_numbered_lead_columns_stay_leads(tmp_path: Path):
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_heading("Town Centre Action Plan 2026", 1)
    rows = [["Action", "Lead 1", "Lead 2", "Due"],
            ["Open a new market hall", "Regeneration Manager", "Markets Officer", "March 2027"],
            ["Repaint the bus shelters", "Highways Lead", "Facilities Officer", "June 2026"]]
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    path = tmp_path / "leads.docx"
    doc.save(str(path))
    actions = planx.convert_file(str(path)).actions
    assert [a.lead for a in actions] == ["Regeneration Manager", "Highways Lead"]
    assert all(not a.ratings for a in actions)


# ---- the impact sought beside the aims is the measure (cause 9 of docs/blind_failure_causes2.md) ----

def _plan(heading: str, first: str) -> RawDocument:
    rows = [[first, "Action", "Lead", "By when", heading],
            ["To improve behaviour and attitudes", "Run precision teaching interventions for Year 2", "MW",
             "December 2026", "Fewer behaviour incidents logged"],
            ["To improve behaviour and attitudes", "Monitor subject leader monitoring cycles", "SBM",
             "March 2027", "Moderation confirms judgements are accurate"],
            ["To strengthen the curriculum", "Audit a reading for pleasure culture", "DSL", "July 2027",
             "Pupil voice is positive"]]
    return RawDocument(path="", name="d.docx", format="docx", blocks=[grid(*rows)])


@pytest.mark.parametrize("heading", ["Intended impact", "Expected impact", "Impact we expect"])
def test_the_impact_sought_beside_the_aims_is_the_measure(heading):
    # 'Objective | What we will do | Intended impact | …' (unseen23 sip 003, 054): the aim is in its own
    # column; the impact column, in words with few figures, says how success will show
    result = normalise(_plan(heading, "Objective"))
    assert [a.measure for a in result.actions] == ["Fewer behaviour incidents logged",
                                                   "Moderation confirms judgements are accurate",
                                                   "Pupil voice is positive"]
    assert not any(a.outcome for a in result.actions)
    assert any("beside a column of the aims" in w for w in result.warnings)


def test_the_impact_sought_with_no_aims_beside_it_stays_the_outcome():
    # no column of the aims: 'Expected impact' in words is the outcome the work is for
    result = normalise(_plan("Expected impact", "Ref"))
    assert [a.outcome for a in result.actions][:1] == ["Fewer behaviour incidents logged"]
    assert not any(a.measure for a in result.actions)


def test_an_outcome_named_so_beside_the_aims_stays_the_outcome():
    result = normalise(_plan("Intended outcome", "Objective"))
    assert [a.outcome for a in result.actions][:1] == ["Fewer behaviour incidents logged"]


# ---- a heading stacked a word a line: the year under the month is the heading's (extract/layouttext) ----

STACKED = """Brookfield Council Community Safety Action Plan 2026-2028

Ref    Action                            Owner               Due           Rating    Rating    Rating
                                                                           Sep       Jan       Jun
                                                                           2026      2027      2027
{gap}CS1    Extend CCTV in the town centre    Licensing Manager   March 2027    Green     Amber

CS2    Review street lighting            Highways Lead       June 2027     Red

CS3    Run a youth diversion programme   Youth Lead          August 2027   Amber     Green     Blue
"""


def test_a_stacked_heading_keeps_its_year_and_dates_the_ratings(tmp_path: Path):
    # 'Rating' / 'Sep' / '2026' printed a word a line (a text rendering of narrow columns): the year
    # line is the heading's last, not a row; the ratings are dated by month and year (before: 'Rating
    # Sep' dated by the plan's last year, 2028-09)
    path = tmp_path / "stacked.txt"
    path.write_text(STACKED.format(gap="\n"), encoding="utf-8")
    actions = planx.convert_file(str(path)).actions
    assert [(r.label, r.as_of) for r in actions[2].ratings] == [
        ("Rating Sep 2026", "2026-09"), ("Rating Jan 2027", "2027-01"), ("Rating Jun 2027", "2027-06")]
    assert [a.rag for a in actions] == ["amber", "red", "blue"]


def test_a_stacked_heading_over_a_banner_row_keeps_its_year():
    # 'RAG' / 'Dec' / '26' with the banner '1. To improve …' on the next line: the reader put the
    # years in the banner's row; they go back to the headings and the banner stays
    from planx.extract.layouttext import stacked_years
    from planx.extract.model import Cell, Row, Table
    table = Table([Row([Cell("Action", 0), Cell("Who", 1), Cell("RAG\nDec", 2), Cell("RAG\nApr", 3)], page=1, line=1),
                   Row([Cell("1. To improve attendance", 0), Cell("26", 2), Cell("27", 3)], page=1, line=2),
                   Row([Cell("Run the attendance clinic", 0), Cell("DSL", 1), Cell("Green", 2)], page=1, line=3)],
                  page=1, index=1)
    stacked_years(table)
    assert [c.text for c in table.rows[0].cells] == ["Action", "Who", "RAG\nDec\n26", "RAG\nApr\n27"]
    assert [c.text for c in table.rows[1].cells if c.text] == ["1. To improve attendance"]


def test_figures_under_months_on_one_line_stay_data():
    from planx.extract.layouttext import stacked_years
    from planx.extract.model import Cell, Row, Table
    table = Table([Row([Cell("Measure", 0), Cell("Apr", 1), Cell("May", 2)], page=1, line=1),
                   Row([Cell("Referrals", 0), Cell("26", 1), Cell("27", 2)], page=1, line=2),
                   Row([Cell("Assessments", 0), Cell("12", 1), Cell("15", 2)], page=1, line=3)], page=1, index=1)
    stacked_years(table)
    assert [c.text for c in table.rows[1].cells] == ["Referrals", "26", "27"]
