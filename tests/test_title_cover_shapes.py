"""How a person finds a title on shapes the title chooser got wrong: a body's name set large over a
modest heading naming the document (the two together), a title in display type with a colon in it,
the kind of year under a title's period, a title line breaking off mid-phrase in the text's own
type, a page's first-rank heading taken as the heading of the first section, a browser tab's name
that is the heading and the site's name."""
from __future__ import annotations

from pathlib import Path

from planx.extract import extract
from planx.extract.model import Paragraph
from planx.normalise import normalise
from planx.normalise.title import pick_title

TEXT = "The service sets out below what it will do over the year, who leads each action and by when."


def _para(text: str, line: int, size: float, bold: bool = False, heading: bool = False,
          page: int = 1) -> Paragraph:
    return Paragraph(text=text, page=page, line=line, heading=heading, size=size, bold=bold)


def _title_of(path: Path, text: str) -> str:
    """The title read from a file written with `text`."""
    path.write_text(text, encoding="utf-8")
    return normalise(extract(path)).title


def _body(first: int = 200) -> list[Paragraph]:
    return [_para(TEXT, first + 20 * i, 10.0) for i in range(6)]


# -- a body's name set large over a modest heading naming the document ----------------------------------

def test_body_name_over_a_modest_document_heading_is_the_title_with_it() -> None:
    paras = [_para("Riverbank Primary School", 50, 20.0, bold=True, heading=True),
             _para("Pupil Attendance Plan 2026–27", 80, 12.5, bold=True, heading=True), *_body()]
    assert pick_title(paras)[0] == "Riverbank Primary School – Pupil Attendance Plan 2026–27"


def test_school_named_by_its_phase_over_the_plan_heading() -> None:
    paras = [_para("Stonegate Church of England Primary", 50, 20.0, heading=True),
             _para("School Development Plan 2026–27", 80, 12.5, bold=True, heading=True), *_body()]
    assert pick_title(paras)[0] == "Stonegate Church of England Primary – School Development Plan 2026–27"


def test_body_name_over_a_document_name_in_display_type_stays_apart() -> None:
    # near miss: the document's own name is in display type, so it is the title alone
    paras = [_para("NORTHFOLD HEALTH PARTNERSHIP", 50, 36.0, bold=True, heading=True),
             _para("THIRD JOINT ACTION PLAN FOR CARERS", 100, 24.0, bold=True, heading=True), *_body()]
    assert pick_title(paras)[0] == "THIRD JOINT ACTION PLAN FOR CARERS"


def test_body_name_over_a_section_heading_is_not_joined() -> None:
    # near miss: the heading under the name is a numbered part, not the document's name
    paras = [_para("Riverbank Primary School", 50, 20.0, bold=True, heading=True),
             _para("Priority 1: Attendance plan", 80, 12.5, bold=True, heading=True), *_body()]
    assert " – " not in pick_title(paras)[0]


# -- a title in display type with a colon ------------------------------------------------------------

def test_display_title_with_a_colon_is_a_title() -> None:
    paras = [_para("Our Pledge: Care Leaver Local Offer 2026-2028", 40, 26.0, heading=True),
             _para("Priority 1: Housing", 90, 14.0, bold=True, heading=True), *_body()]
    assert pick_title(paras)[0] == "Our Pledge: Care Leaver Local Offer 2026-2028"


def test_label_and_value_in_the_text_type_is_still_no_title() -> None:
    # near miss: a field and its value set in the text's own type, under the real title
    paras = [_para("Quarterly Review", 40, 24.0, heading=True),
             _para("Chair: Ms Example Person", 80, 10.0, bold=True), *_body()]
    assert pick_title(paras)[0] == "Quarterly Review"


# -- the kind of year under a title's period ----------------------------------------------------------

def test_academic_year_line_under_the_title_is_its_period() -> None:
    paras = [_para("ANNUAL QUALITY STATEMENT", 200, 44.0, bold=True),
             _para("2026/27 ACADEMIC YEAR", 350, 18.0), *_body(400)]
    assert pick_title(paras)[0] == "ANNUAL QUALITY STATEMENT 2026/27 ACADEMIC YEAR"


def test_a_line_of_words_under_the_title_is_not_its_period() -> None:
    paras = [_para("ANNUAL QUALITY STATEMENT", 200, 44.0, bold=True),
             _para("OUR ACADEMIC YEAR", 350, 18.0), *_body(400)]
    assert pick_title(paras)[0] == "ANNUAL QUALITY STATEMENT"


# -- a title breaking off mid-phrase in the text's own type -------------------------------------------

def test_title_line_running_on_in_the_text_type_joins_the_next() -> None:
    paras = [_para("MINUTES OF THE SPECIAL MEETING OF THE", 140, 12.0, bold=True),
             _para("HOUSING COMMITTEE OF THE TOWN OF EASTBRIDGE HELD 6:00 P.M., MAY 3, 2024 TOWN HALL",
                   168, 12.0, bold=True),
             *[_para(TEXT, 260 + 20 * i, 12.0) for i in range(6)]]
    assert pick_title(paras)[0] == "MINUTES OF THE SPECIAL MEETING OF THE HOUSING COMMITTEE OF THE TOWN OF EASTBRIDGE"


def test_whole_title_line_in_the_text_type_stays_alone() -> None:
    # near miss: the line does not break off, so the bold line under it is apart
    paras = [_para("MINUTES OF THE SPECIAL MEETING", 140, 12.0, bold=True),
             _para("HOUSING COMMITTEE", 168, 12.0, bold=True),
             *[_para(TEXT, 260 + 20 * i, 12.0) for i in range(6)]]
    assert pick_title(paras)[0] == "MINUTES OF THE SPECIAL MEETING"


# -- a page's first-rank heading, a browser tab's name --------------------------------------------------

def test_markdown_first_heading_over_sections_is_the_title(tmp_path: Path) -> None:
    assert _title_of(tmp_path / "notes.md",
                     "# Design Forum 03/04/2026\n\n## Previous Actions\n\nSee [Forum 06/03/2026](a.md)\n\n"
                     "| Ref | Owner | Due | Description | Status |\n| --- | --- | --- | --- | --- |\n"
                     "| DF-1 | AB | 10/04 | Publish the agreed naming standard | Open |\n"
                     "| DF-2 | CD | 17/04 | Review the service catalogue entries | Done |\n\n"
                     "## Actions\n\n| Ref | Owner | Due | Description | Status |\n| --- | --- | --- | --- | --- |\n"
                     "| DF-3 | EF | 24/04 | Draft the integration principles | Open |\n") == "Design Forum 03/04/2026"


def test_browser_tab_name_with_the_site_after_a_dash_gives_way_to_the_heading(tmp_path: Path) -> None:
    assert _title_of(tmp_path / "notes.html",
                     "<html><head><title>Design Forum 03/04/2026 - Example Health Board - Architecture</title>"
                     "</head><body><h1>Design Forum 03/04/2026</h1><h2>Previous Actions</h2>"
                     "<p>See Forum 06/03/2026</p><table><tr><th>Ref</th><th>Owner</th><th>Description</th>"
                     "<th>Status</th></tr><tr><td>DF-1</td><td>AB</td><td>Publish the agreed naming standard</td>"
                     "<td>Open</td></tr></table></body></html>") == "Design Forum 03/04/2026"


def test_fuller_browser_tab_name_still_wins(tmp_path: Path) -> None:
    # near miss: the tab's name prints the heading with more before it: the fuller name
    assert _title_of(tmp_path / "plan.html",
                     "<html><head><title>Riverbank School Improvement Plan 2026-27</title></head><body>"
                     "<h1>School Improvement Plan</h1><h2>Priority 1</h2><ul><li>Action: Review phonics teaching"
                     " by March 2027</li></ul></body></html>") == "Riverbank School Improvement Plan 2026-27"


# -- a plain first line standing alone, where no line stands out by its type ---------------------------

def test_plain_first_line_set_apart_is_the_title() -> None:
    paras = [_para("Hearing Services Planning Guidance 2026-27 Summary (Annexe)", 85, 11.0),
             *[_para(TEXT, 130 + 40 * i, 12.0) for i in range(6)]]
    assert pick_title(paras)[0] == "Hearing Services Planning Guidance 2026-27 Summary (Annexe)"


def test_plain_first_line_run_into_the_text_is_no_title() -> None:
    # near miss: the first line sits at the text's own spacing, a line of it, not a title set apart
    paras = [_para("Hearing Services Planning Guidance 2026-27 Summary", 85, 11.0),
             *[_para(TEXT, 100 + 15 * i, 12.0) for i in range(6)]]
    assert pick_title(paras)[0] == ""
