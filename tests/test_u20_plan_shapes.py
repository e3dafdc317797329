"""Shapes of plans met in a generated development set (unseen20): a logic model whose headings are
the plain-English questions of the form ('Resources | What we will do | What we will deliver |
Difference it will make | Lead officer | By'), …"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import convert_text

from planx.normalise.headers import read_header, read_heading

LOGIC_HEADINGS = ["Resources", "What we will do", "What we will deliver", "Difference it will make",
                  "Lead officer", "By"]


def test_difference_it_will_make_names_the_outcome():
    """The change the work makes, as a logic model heads its last column: the outcome."""
    best = read_heading("Difference it will make")[0]
    assert (best.field, best.score) == ("outcome", 100.0)
    assert read_heading("The difference we will make")[0].field == "outcome"


def test_a_logic_model_heading_row_reads_as_a_plan():
    """Inputs and outputs name no field, but the activity, the outcome and the lead do: the row is
    a plan's heading row, not a register kept aside."""
    header = read_header([(i, 1, label) for i, label in enumerate(LOGIC_HEADINGS)])
    assert header is not None
    assert [c.field for c in header.columns][:5] == ["", "action", "", "outcome", "lead"]


def test_a_logic_model_in_markdown_reads_its_activities_as_actions(tmp_path: Path):
    head = "| " + " | ".join(LOGIC_HEADINGS) + " |\n|---|---|---|---|---|---|\n"
    rows = {
        "1. Thriving local economy": [
            ("Existing team", "Create 40 supported apprenticeships within the council", "New webpage",
             "Residents can do more online", "Head of Housing Options", "May-26"),
            ("Existing team", "Hold quarterly business breakfasts with the chamber of trade", "Business case",
             "Residents can do more online", "Economic Development Officer", "by end of Nov 26")],
        "2. Healthy and independent lives": [
            ("Grant (£60k)", "Launch the carers' emergency card and register", "Business case approved",
             "Fewer empty units", "Community Safety Manager", "13/07/2027")],
    }
    text = "# Prosperity Fund: Logic Model 2026-2028\n\n" + head + "\n"
    for banner, cells in rows.items():
        text += f"**{banner}**\n\n" + head + "".join("| " + " | ".join(r) + " |\n" for r in cells) + "\n"
    result = convert_text(tmp_path, "logic.md", text)
    got = [(a.area_ref, a.action, a.outcome, a.lead, a.due_raw) for a in result.actions]
    want = [(banner[0], r[1], r[3], r[4], r[5]) for banner, cells in rows.items() for r in cells]
    assert got == want
    # the inputs and outputs are no field: kept as leftovers
    assert any(lo.text == "New webpage" for lo in result.leftovers)


# ---- an improvement plan with leads as initials and RAG as symbols with a key ----------------------

KEY_LINE = "Key: ● = On track   ▲ = Some risk to delivery   ✗ = Off track   ✓ = Complete"
INITIALS_ROWS = [
    ("A", "Net zero council", [
        ("A.1", "Convert the pool car fleet to electric vehicles", "LA", "Q2 26/27", "✓"),
        ("A.2", "Install heat pumps at the three leisure centres", "TE/MH", "Q2 26/27", "▲")]),
    ("B", "Culture, libraries and learning", [
        ("B.1", "Deliver a summer reading challenge in every branch", "MH", "21/06/2027", "●"),
        ("B.2", "Digitise the local studies photograph collection", "NK", "Nov-27", "✗")])]
KEY_TABLE = [("LA", "Lena Aziz", "Climate Officer"), ("TE", "Tom Ellery", "Libraries Manager")]


def test_a_key_of_symbols_rates_each_symbol():
    from planx.normalise.codes import rag_key, rag_of
    key = rag_key(KEY_LINE)
    assert key == {"●": "green", "▲": "amber", "✗": "red", "✓": "blue"}
    assert rag_of("✗", key) == "red" and rag_of("✗") == ""
    assert rag_key("Key: ■ = On target ◆ = At risk ✖ = Not on target ★ = Delivered") == \
        {"■": "green", "◆": "amber", "✖": "red", "★": "blue"}
    # one symbol, or two symbols meaning the same, or no meaning a rating: no key
    assert rag_key("● = On track") == {} and rag_key("● = On track ▲ = On track") == {}
    assert rag_key("x = y + z, a = b") == {}


def _initials_md(heading: str) -> str:
    head = f"| Ref | Improvement action | Lead | Deadline | {heading} |\n|---|---|---|---|---|\n"
    text = ("# Service Improvement Plan 2026/27\n\nLead officers are shown by their initials.\n\n"
            f"{KEY_LINE}\n\n")
    for code, title, rows in INITIALS_ROWS:
        text += f"**{code}  {title}**\n\n" + head + "".join("| " + " | ".join(r) + " |\n" for r in rows) + "\n"
    text += "## Key to lead officers\n\n| Initials | Name | Role |\n|---|---|---|\n"
    text += "".join("| " + " | ".join(r) + " |\n" for r in KEY_TABLE)
    return text


@pytest.mark.parametrize("heading", ["Progress", "Rating"])
def test_symbols_under_a_progress_heading_are_rated_by_the_key(tmp_path: Path, heading: str):
    """A bold title after a bare letter over rows numbered under that letter ('A Net zero council'
    over 'A.1'): the area and its code. Symbols under 'Progress' or 'Rating' that the key rates
    ('✓ = Complete', '✗ = Off track'): the RAG, not statuses (a tick's usual sense yields to the key)."""
    result = convert_text(tmp_path, "plan.md", _initials_md(heading))
    got = [(a.area_ref, a.area, a.ref, a.lead, a.rag_raw, a.rag) for a in result.actions]
    colours = {"●": "green", "▲": "amber", "✗": "red", "✓": "blue"}
    assert got == [(code, title, r[0], r[2], r[4], colours[r[4]]) for code, title, rows in INITIALS_ROWS for r in rows]
    if heading == "Progress":  # ('Rating' names the RAG itself)
        assert any("the symbols the plan's key rates" in w for w in result.warnings)
    # the key of initials is no action, and its rows are not lost
    assert not any(a.action in {r[1] for r in KEY_TABLE} for a in result.actions)
    assert any(lo.text == "Lena Aziz" for lo in result.leftovers)


def test_a_bare_letter_is_no_code_over_rows_numbered_otherwise():
    from planx.normalise.banners import bare_code_over
    assert bare_code_over("A Net zero council", ["Ref", "A.1", "A.2"]) == ("A", "Net zero council")
    assert bare_code_over("A New Approach", ["Ref", "1.1", "1.2"]) is None
    assert bare_code_over("A New Approach", ["Ref", "Do this", "Do that"]) is None


def test_a_text_rendering_whose_action_column_is_padded_wide_is_one_table(tmp_path: Path):
    """pdftotext -layout of a table whose action column is set wide: a gutter of sixty spaces between
    the actions and 'Lead | Deadline | RAG', whose cells are all short and stand on the actions'
    lines, and banner rows between the rows: one table (pdfborderless.details_beside)."""
    pad = 110
    lines = ["Service Improvement Plan 2026/27", KEY_LINE.replace("   ", " "),
             "Ref          " + "Improvement action".ljust(pad) + "Lead    Deadline        RAG"]
    for code, title, rows in INITIALS_ROWS:
        lines.append(f"{code} {title}")
        lines += [f"{r[0]:<13}{r[1]:<{pad}}{r[2]:<8}{r[3]:<16}{r[4]}" for r in rows]
    lines += ["", "", "Officer initials", "Initials                   Name                 Role"]
    lines += [f"{a:<27}{b:<21}{c}" for a, b, c in KEY_TABLE]
    result = convert_text(tmp_path, "plan.txt", "\n".join(lines) + "\n")
    got = [(a.area_ref, a.area, a.action, a.lead, a.due_raw, a.rag) for a in result.actions]
    colours = {"●": "green", "▲": "amber", "✗": "red", "✓": "blue"}
    assert got == [(code, title, r[1], r[2], r[3], colours[r[4]]) for code, title, rows in INITIALS_ROWS for r in rows]


# ---- actions grouped under date banners -----------------------------------------------------------

DATED_GROUPS = [
    ("30 June 2026", "2026-06-30", [("1", "Set up a landlord accreditation scheme", "Head of Housing"),
                                    ("2", "Train all managers in carbon literacy", "Climate Officer")]),
    ("Deliver by end of March 2027 (Spring 2027)", "2027-03",
     [("3", "Fit solar panels to the depot roof", "Head of Waste")]),
    ("Continuous - no end date", "", [("4", "Roll out food waste collections to all flats", "Head of Waste")])]


def test_a_date_across_an_action_table_dates_the_rows_below(tmp_path: Path):
    """Rows across the table naming a date ('30 June 2026', a day alone; 'Deliver by end of March
    2027 (Spring 2027)', the season only saying the year again): the rows below are due by then,
    and no area; a sibling row naming no date ('Continuous - no end date') ends the date."""
    rows = ""
    for banner, _, actions in DATED_GROUPS:
        rows += f"<tr><td colspan='4'>{banner}</td></tr>\n"
        rows += "".join(f"<tr><td>{r}</td><td>{a}</td><td>{lead}</td><td>On track</td></tr>\n"
                        for r, a, lead in actions)
    page = ("<html><body><h1>Improvement Milestones Plan 2026-2027</h1>\n<table>\n"
            "<tr><th>Ref</th><th>What we will do</th><th>Lead</th><th>Status</th></tr>\n"
            + rows + "</table></body></html>")
    result = convert_text(tmp_path, "plan.html", page)
    got = [(a.action, a.due_date, a.area) for a in result.actions]
    assert got == [(a, due, "") for _, due, actions in DATED_GROUPS for _, a, _ in actions]


def test_a_season_in_brackets_says_again_the_year_of_the_month_before_it():
    from planx.normalise.dates import due_date
    assert due_date("by end of June 2026 (Summer 2026)") == "2026-06"
    assert due_date("March 2026 (2027)") == "2027"  # a later year: part of the commitment


def test_a_status_line_over_a_note_is_the_status():
    """'Completed' over 'Slipped due to staff vacancies.': the status chosen, the note saying what
    happened (its 'slipped' is no second status); one status a line (a milestone each) is not so."""
    from planx.normalise.actions import status_over_note
    assert status_over_note("Completed\nSlipped due to staff vacancies.") == "complete"
    assert status_over_note("Not started\nConsultation closed; 214 responses.") == "not_started"
    assert status_over_note("Complete\nIn progress") == ""
    assert status_over_note("On track") == ""
    assert status_over_note("Slipped due to staff vacancies.\nCompleted") == ""


def test_dates_alone_as_headings_over_tables_date_their_rows(tmp_path: Path):
    """Days alone as headings ('### 30 June 2026'), each over a table, two or more: deadlines. A
    position column printing a status over a note gives the status."""
    groups = [("30 June 2026", "2026-06-30", [("Train street champions to run litter picks", "Delayed")]),
              ("31 March 2027", "2027-03-31", [("Review the riverside protection order",
                                                "Not yet started<br>Report to Cabinet in the new year.")])]
    text = "# Peer Challenge Response: What we will do and when\n\n"
    for day, _, rows in groups:
        text += (f"### {day}\n\n| Action | Who | Position at November 2026 |\n|---|---|---|\n"
                 + "".join(f"| {a} | Climate Officer | {pos} |\n" for a, pos in rows) + "\n")
    result = convert_text(tmp_path, "plan.md", text)
    assert [(a.action, a.due_date, a.status) for a in result.actions] == [
        ("Train street champions to run litter picks", "2026-06-30", "delayed"),
        ("Review the riverside protection order", "2027-03-31", "not_started")]
    # one day over the tables is the paper's date, no deadline
    one = convert_text(tmp_path, "one.md", text.replace("### 31 March 2027", "### Next steps"))
    assert one.actions[0].due_date == ""


# ---- a bilingual Welsh/English plan -------------------------------------------------------------

WELSH_HEAD = ("| Cyf. / Ref | Cam gweithredu / Action | Targed / Target | Swyddog arweiniol / Lead officer "
              "| Erbyn / By when | Statws / Status |\n|---|---|---|---|---|---|\n")


def _welsh_md(english_first: bool) -> str:
    objectives = [("1", "Cymunedau mwy diogel", "Safer communities",
                   [("1.1", "Review the public spaces protection order", "12 events a year", "Climate Officer",
                     "02/04/2027", "Parhaus / Ongoing"),
                    ("1.2", "Agree a serious violence duty strategy", "90% of residents satisfied", "Lead Officer",
                     "Q3 26/27", "Wedi oedi / Delayed")]),
                  ("2", "Cyngor sero net", "Net zero council",
                   [("2.1", "Install heat pumps at the leisure centres", "All sites by year end", "Climate Officer",
                     "by end of Aug 26", "Heb ddechrau / Not started")])]
    text = "# Cynllun Cyflawni 2026-27 / Delivery Plan 2026-27\n\n"
    for n, welsh, english, rows in objectives:
        heads = [f"## Amcan Llesiant {n}: {welsh}", f"## Well-being Objective {n}: {english}"]
        text += "\n\n".join(heads[::-1] if english_first else heads) + "\n\n" + WELSH_HEAD
        text += "".join("| " + " | ".join(r) + " |\n" for r in rows) + "\n"
    return text


def test_a_bilingual_plan_reads_its_target_as_the_measure_and_its_english_objective(tmp_path: Path):
    """'Targed / Target' beside 'Erbyn / By when' over cells that print no date: the measure. Each
    objective headed in Welsh and in English, in either order: the area is the English title."""
    for english_first in (True, False):
        result = convert_text(tmp_path, f"plan{english_first}.md", _welsh_md(english_first))
        got = [(a.area_ref, a.area, a.measure, a.status) for a in result.actions]
        assert got == [("1", "Safer communities", "12 events a year", "ongoing"),
                       ("1", "Safer communities", "90% of residents satisfied", "delayed"),
                       ("2", "Net zero council", "All sites by year end", "not_started")], english_first


def test_target_beside_a_surer_due_column_over_dates_stays_no_measure():
    from planx.normalise.columns import profile
    from planx.normalise.walker_header_fields import weak_heading_field
    texts = ["March 2026", "June 2026", "Q3 26/27"]
    assert weak_heading_field("Target", profile(texts), texts, {"due", "action"}) is None
    words = ["12 events a year", "Baseline to be set", "200 households"]
    assert weak_heading_field("Target", profile(words), words, {"due", "action"}) == ("measure", "due")
    assert weak_heading_field("Target", profile(words), words, {"action"}) is None


def test_a_lone_numbered_heading_over_a_table_holding_the_next_numbers_is_the_first_area(tmp_path: Path):
    """'1. Healthy lives' in bold above a table whose rows of one cell go on '2. Clean and green'
    (a PDF reads the later headings into the table): the first area of the run."""
    from docx import Document

    import planx
    doc = Document()
    doc.add_paragraph("Community Wellbeing Fund: Logic Model 2026-2028")
    doc.add_paragraph().add_run("1. Healthy and independent lives").bold = True
    rows = [("Activities", "Short-term outcomes", "Who", "When"),
            ("Deliver free swimming sessions for under-16s", "Improved satisfaction", "Head of Care", "Aug-26"),
            ("Recruit ten community connectors", "Improved satisfaction", "Head of Care", "Jul-26"),
            ("2. Clean and green neighbourhoods", "", "", ""),
            ("Introduce a bookable bulky waste collection", "Lower emissions", "Climate Officer", "Dec-26")]
    table = doc.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    banner = table.cell(3, 0).merge(table.cell(3, 3))
    banner.text = rows[3][0]
    path = tmp_path / "logic.docx"
    doc.save(str(path))
    result = planx.convert_file(str(path))
    assert [(a.area_ref, a.area) for a in result.actions] == [
        ("1", "Healthy and independent lives"), ("1", "Healthy and independent lives"),
        ("2", "Clean and green neighbourhoods")]


def test_a_bilingual_prompt_is_a_labelled_line_not_an_area():
    """'Pam mae hyn yn bwysig / Why this matters: …' (a prompt printed in both languages, which a PDF
    may set apart as a heading) is a labelled line, as its English side alone is."""
    from planx.normalise.tableforms import labelled_line
    assert labelled_line("Pam mae hyn yn bwysig / Why this matters: residents told us this was a top priority.") \
        is not None


def test_a_row_s_own_status_line_beats_a_state_heading_over_it(tmp_path: Path):
    """Under 'Ongoing throughout the plan' (a heading that reads as a state), a position column whose
    first line is a status ('Delayed', 'Completed' over a note) gives each row its own status."""
    text = "# Peer Challenge Response: What we will do and when\n\n"
    for day in ("30 June 2026", "31 March 2027"):
        text += (f"### {day}\n\n| Action | Who | Position at November 2026 |\n|---|---|---|\n"
                 f"| Review the order for {day} | Climate Officer | On track |\n\n")
    text += ("### Ongoing throughout the plan\n\n| Action | Who | Position at November 2026 |\n|---|---|---|\n"
             "| Adopt a new allocations policy | Climate Officer | Delayed |\n"
             "| Extend the marshal scheme | Climate Officer | Completed<br>Report to Cabinet in the new year. |\n")
    result = convert_text(tmp_path, "plan.md", text)
    assert [(a.due_date, a.status) for a in result.actions] == [
        ("2026-06-30", "in_progress"), ("2027-03-31", "in_progress"), ("", "delayed"), ("", "complete")]
