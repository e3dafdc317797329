"""Where the title chooser reads past what is not the title: a page's label run onto the title's
line, a sheet's title merged in its top-left corner beside the column groups' headings, a subject
line set hard over a title in larger type, a section heading set in the type of the document's
other section headings."""
from __future__ import annotations

from pathlib import Path

from planx.extract import extract
from planx.extract.model import Cell, Paragraph, Row, Table
from planx.normalise import normalise
from planx.normalise.title import pick_title, sheet_title_cell, title_rows

BODY_TEXT = "The service sets out below what it will do over the year, who leads each action and by when."


def _para(text: str, line: float, size: float, page: int = 1, bold: bool = False,
          heading: bool = False) -> Paragraph:
    return Paragraph(text=text, page=page, line=int(line), heading=heading, size=size, bold=bold)


# -- a page's label on the title's line ---------------------------------------------------------------

def test_running_header_with_page_label_in_a_text_file(tmp_path: Path) -> None:
    page = ["Priority 1 – Early help", "1.1", "Action: Open a triage desk at the front door",
            "Lead officer: Head of Housing", "Target date: 31/03/2027", ""]
    lines = ["Community Safety Plan 2026/27 – Actions by theme Page 1", "Northfold Borough Council", "",
             *page, "Community Safety Plan 2026/27 – Actions by theme Page 2", *page]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert normalise(extract(path)).title == "Community Safety Plan 2026/27 – Actions by theme"


def test_page_label_at_either_end_of_a_title_line_is_taken_off() -> None:
    for line in ("Annual Delivery Plan (March 2026) Page 2", "Page 3 of 9 Annual Delivery Plan (March 2026)"):
        paras = [_para(line, 560, 7.5, page=2), _para(BODY_TEXT, 600, 9.0, page=2)]
        assert pick_title(paras)[0] == "Annual Delivery Plan (March 2026)"


def test_a_number_ending_a_title_without_the_page_word_stays() -> None:
    # near miss: 'Phase 2' is the title's own, no page's label
    paras = [_para("Estates Strategy Action Plan Phase 2", 40, 20.0, heading=True), _para(BODY_TEXT, 90, 11.0)]
    assert pick_title(paras)[0] == "Estates Strategy Action Plan Phase 2"


# -- a sheet's title in its top-left corner -------------------------------------------------------------

def _sheet(corner: str, colspan: int) -> Table:
    head = Row([Cell(corner, 0, colspan=colspan, rowspan=2, bold=True), Cell("Theme (area of life)", colspan, 3,
                                                                              rowspan=2, bold=True),
                Cell("Characteristics", colspan + 3, 2, bold=True)], page=1, line=1)
    under = Row([Cell(corner, 0, colspan=colspan, merged_above=True),
                 Cell("Theme (area of life)", colspan, 3, merged_above=True),
                 Cell("Age", colspan + 3), Cell("Sex", colspan + 4)], page=1, line=2)
    names = Row([Cell(t, i) for i, t in enumerate(["Dataset", "Description", "Housing", "Health", "Work", "Age",
                                                   "Sex"])], page=1, line=3)
    data = Row([Cell(t, i) for i, t in enumerate(["Tenure survey", "Yearly survey of tenants", "X", "", "", "X",
                                                  "X"])], page=1, line=4)
    return Table([head, under, names, data], page=1, index=1)


def test_sheet_title_merged_in_the_corner_beside_column_groups() -> None:
    title = "A register of county data on housing need and the tenure of homes"
    table = _sheet(title, 2)
    assert sheet_title_cell(table)
    assert [p.text for p in title_rows([table])] == [title]
    assert pick_title(title_rows([table]))[0] == title


def test_a_column_groups_heading_in_the_corner_is_no_title() -> None:
    # near misses: a short group heading merged over the first columns; a long one in a single column
    assert not sheet_title_cell(_sheet("Action plan", 2))
    assert not sheet_title_cell(_sheet("A register of county data on housing need and the tenure of homes", 1))
    assert not sheet_title_cell(_sheet("Details of each dataset held by the team and its owner", 2))


# -- a subject line hard over a title in larger type -----------------------------------------------------

def test_subject_line_hard_over_a_title_naming_no_document() -> None:
    paras = [_para("Regional Transport Office", 250, 18.0), _para("CONCEPT OF OPERATIONS", 278, 54.0, bold=True,
                                                                  heading=True),
             _para("Version 2.0", 440, 18.0), *[_para(BODY_TEXT, 100 + 20 * i, 12.0, page=2) for i in range(5)]]
    assert pick_title(paras)[0] == "Regional Transport Office CONCEPT OF OPERATIONS"


def test_body_name_over_a_title_naming_a_document_stays_apart() -> None:
    # near misses: the title names the document it is (the body's name over it is the publisher's); a
    # line further above the title is apart
    paras = [_para("Northfold Borough Council", 250, 18.0), _para("CORPORATE IMPROVEMENT PLAN", 278, 54.0, bold=True,
                                                                  heading=True),
             *[_para(BODY_TEXT, 100 + 20 * i, 12.0, page=2) for i in range(5)]]
    assert pick_title(paras)[0] == "CORPORATE IMPROVEMENT PLAN"
    paras = [_para("Regional Transport Office", 150, 18.0), _para("CONCEPT OF OPERATIONS", 278, 54.0, bold=True,
                                                                  heading=True),
             *[_para(BODY_TEXT, 100 + 20 * i, 12.0, page=2) for i in range(5)]]
    assert pick_title(paras)[0] == "CONCEPT OF OPERATIONS"


# -- a section heading in the type of the document's other section headings ------------------------------

def _report(later_headings: int) -> list[Paragraph]:
    paras = [_para("Quarterly school inspection report", 31, 11.0), _para("Main findings", 289, 14.0, bold=True,
                                                                          heading=True),
             *[_para(BODY_TEXT, 320 + 20 * i, 12.0) for i in range(6)]]
    for k in range(later_headings):
        paras += [_para(f"Part {k + 2} of the findings in full", 80, 14.0, page=3 + k, bold=True, heading=True),
                  *[_para(BODY_TEXT, 120 + 20 * i, 12.0, page=3 + k) for i in range(6)]]
    return paras


def test_section_heading_in_the_type_of_later_sections_gives_way_to_the_title() -> None:
    assert pick_title(_report(2))[0] == "Quarterly school inspection report"


def test_a_heading_whose_type_no_later_section_repeats_stays_the_title() -> None:
    # near miss: one heading further on in that type is no run of section headings
    assert pick_title(_report(1))[0] == "Main findings"


def test_a_line_naming_its_procedures_is_the_title_under_the_clubs_name_in_the_same_type() -> None:
    # the club's name and the kind of document over two lines in one type: the line naming the document's
    # kind ('procedures', as 'policy') is its title, the name above it the publisher's
    paras = [_para("Westdale Cycling Association", 60, 15.5, bold=True, heading=True),
             _para("Membership Procedures", 85, 15.5, bold=True, heading=True),
             _para("1. Introduction", 120, 11.7, bold=True),
             *[_para(BODY_TEXT, 140 + 20 * i, 11.7) for i in range(5)]]
    assert pick_title(paras)[0] == "Membership Procedures"
