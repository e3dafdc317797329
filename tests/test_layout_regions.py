"""Text laid out by spaces (pdftotext -layout, typed pages): the page is parted into regions before
tables are looked for (extract/layouttext.py). A heading, a title, a line of prose or a 'Label: value'
line, one run of text from the left margin, parts the tables around it and keeps its text whole; a
wrapped cell's line (it starts where a column of the rows beside it starts) stays in its table.

The shapes are those pdftotext prints for the repo's generated plans (samples/make_section_shapes.py,
make_outline_shapes.py, make_borderless_shapes.py), written out here in our own words.
"""
from __future__ import annotations

from typing import Any

from planx.extract.layouttext import heading_line, parse_layout, regions
from planx.extract.model import Paragraph, Table


def blocks(text: str) -> list[Any]:
    return parse_layout(text.splitlines()).blocks


def tables(text: str) -> list[list[list[str]]]:
    return [[[c.text for c in r.cells if not c.merged_above] for r in b.rows]
            for b in blocks(text) if isinstance(b, Table)]


def paragraphs(text: str) -> list[Paragraph]:
    return [b for b in blocks(text) if isinstance(b, Paragraph)]


SECTIONS = """\
                                     Open Data Action Plan 2025
Commitment 1 – Improve the quality of the asset register
Deliverable                                                       Date
Sign off the revised guidance                                     28/02/2024
Clear reviews older than twelve months                            30/04/2024

Commitment 2 – Publish how we release datasets on request
Deliverable                                                       Date
Audit the quality of new plans                                    28/02/2024
Report progress to the board                                      30/05/2024
"""


def test_headed_sections_are_small_tables_of_their_own():
    """Each 'Commitment N –' heading parts the page: two tables, each with its header and first column."""
    found = tables(SECTIONS)
    assert found == [[["Deliverable", "Date"], ["Sign off the revised guidance", "28/02/2024"],
                      ["Clear reviews older than twelve months", "30/04/2024"]],
                     [["Deliverable", "Date"], ["Audit the quality of new plans", "28/02/2024"],
                      ["Report progress to the board", "30/05/2024"]]]
    texts = {p.text: p.heading for p in paragraphs(SECTIONS)}
    assert texts == {"Open Data Action Plan 2025": False,
                     "Commitment 1 – Improve the quality of the asset register": True,
                     "Commitment 2 – Publish how we release datasets on request": True}


WHAT_WHO_WHEN = """\
                          Early help strategy action plan
Action 2: Raise attendance of pupils with social workers across the borough this year
Lead: Head of the Virtual School
What we will do                                   Who                 By when
Agree attendance targets with every school        Virtual School      June 2025
Set up a weekly attendance meeting with           Education Welfare   September
social care                                                           2025
"""


def test_heading_and_label_lines_over_a_table_stay_whole_and_out_of_it():
    """The long 'Action 2:' line runs past where the table's gutters fall: it is no row, nor cut
    at a gutter; the 'Lead:' line and the centred title are paragraphs; the wrapped cell's line
    ('social care', starting where the first column starts) stays in its row."""
    found = tables(WHAT_WHO_WHEN)
    assert found == [[["What we will do", "Who", "By when"],
                      ["Agree attendance targets with every school", "Virtual School", "June 2025"],
                      ["Set up a weekly attendance meeting with\nsocial care", "Education Welfare",
                       "September\n2025"]]]
    texts = [p.text for p in paragraphs(WHAT_WHO_WHEN)]
    assert texts == ["Early help strategy action plan",
                     "Action 2: Raise attendance of pupils with social workers across the borough this year",
                     "Lead: Head of the Virtual School"]


def test_a_heading_like_line_inside_a_later_column_is_that_columns_text():
    """Minutes: 'AP1: …' and 'Action 2 – …' set in the minutes column are the item's text, not headings."""
    text = """\
Agenda item                Minutes
1. Apologies and           There was a discussion about the number of vacancies and the cost of agency staff.
declarations of interest   Two posts had been filled since the last meeting.
2. Staffing                Members noted the update and asked for the figures by quarter.
                           AP1: Arrange a visit to the new premises by 3 January 2023 (Lead: OD)
                           Action 2 – Write to the council about the lease renewal (RS)
3. Policy review           Owen Davies presented the report.
"""
    lines = text.splitlines()
    assert [region for region, _ in regions(lines)] == [list(range(len(lines)))]
    cells = [c for row in tables(text)[0] for c in row]
    assert any("AP1: Arrange a visit" in c and "Action 2 – Write" in c for c in cells)


def test_prose_between_two_tables_parts_them():
    """A paragraph of prose (one run, single spaces) between two tables is neither's row."""
    text = """\
Ref     Action                                      Lead
1.1     Recruit two social workers                  J Smith
1.2     Review the front door                       A Khan

The board agreed that the remaining actions would be reported at its next meeting in the autumn.

Measure                        Target      Actual
Visits within 10 days          90%         84%
Plans reviewed on time         95%         91%
"""
    found = tables(text)
    assert len(found) == 2
    assert found[0][0] == ["Ref", "Action", "Lead"] and found[1][0] == ["Measure", "Target", "Actual"]
    assert [p.text for p in paragraphs(text)] == [
        "The board agreed that the remaining actions would be reported at its next meeting in the autumn."]


def test_a_lone_group_line_between_regions_with_the_same_columns_keeps_one_table():
    """An unnumbered group line between rows with the same columns (and no header again) is a group row."""
    text = """\
Early help and family support

Open two family hubs in the north of the borough    Early Help Manager
                                                    March 2026

Housing and homelessness

Buy fifty homes for temporary accommodation         Housing Supply Manager
                                                    Feb 2026
"""
    assert len(regions(text.splitlines())) == 1 and len(tables(text)) == 1


def test_headings_are_marked_by_their_form_or_being_set_apart():
    lines = ["", "PRIORITY ONE", "", "Priority 1 – Early help", "Our approach", "",
             "Strategic Aims", "", "The plan was agreed by the board in March."]
    assert heading_line(lines, 1) and heading_line(lines, 3) and heading_line(lines, 6)
    assert not heading_line(lines, 4) and not heading_line(lines, 8)


def test_rows_parted_by_blank_lines_stay_one_table_and_cards_stay_apart():
    """Two blank lines part regions, but rows below with the same columns go on the table above;
    a card opening with the same first label again ('Ref') is a record of its own."""
    rows = """\
Ref     Action                                      Lead
1.1     Recruit two social workers                  J Smith


1.2     Review the front door                       A Khan
"""
    assert tables(rows) == [[["Ref", "Action", "Lead"], ["1.1", "Recruit two social workers", "J Smith"],
                             ["1.2", "Review the front door", "A Khan"]]]
    cards = """\
Ref                      1.1

Action                   Extend the advocacy offer for disabled children

Lead officer             Siobhan Murphy


Ref                      1.2

Action                   Review kinship carer support

Lead officer             Amara Okafor
"""
    assert len(regions(cards.splitlines())) == 2


def test_a_short_sections_table_is_read_with_the_columns_of_the_one_above():
    """Two rows under a header whose dates sit right of 'By when': the table above, with the same
    columns, says where its gutters are."""
    text = """\
Action 1.2: Evaluate practice standards for pre-birth assessments
Lead: Principal Social Worker
Key steps                                                           By when              Progress
Agree the scope with partners                                                  May-25                 On track
Launch the new process                                                          Jul-25          In progress
Report findings to the board                                                   Sep-25                 On track


Action 2.1: Refresh the multi-agency threshold document
Lead: Siobhan Murphy
Key steps                                                           By when              Progress
Publish the updated offer                                                      Feb-25                 Delayed
Recruit two senior practitioners                                                Apr-25                On track
"""
    assert tables(text)[1] == [["Key steps", "By when", "Progress"], ["Publish the updated offer", "Feb-25", "Delayed"],
                               ["Recruit two senior practitioners", "Apr-25", "On track"]]
