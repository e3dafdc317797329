"""A spreadsheet printed to PDF (issue 14; the shape of a US city's 2009 sustainability master plan):
one grid over many pages, its heading row wrapped over several lines ('Status' / '(New, Complete or
Ongoing)') and printed again on each page; a numbered part and lettered sub-areas as rows of one cell
('1. ENVIRONMENT', 'a. Air Quality & Climate Protection'); the same two bands under every sub-area
('Current Efforts' / 'Proposed Efforts'); numbered items wrapping over lines, one a row; an 'X' under
'Short | Middle | Long' saying when; 'Department' and 'Status' empty throughout.
The PDF is drawn here with reportlab in the same shape."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.platypus import PageBreak, SimpleDocTemplate, Table, TableStyle

from planx.normalise.headers import read_header
from planx.normalise.periods import PERIOD_FIELD, run_of_periods

HEAD = ["Sustainable Initiative", "Short", "Middle", "Long", "Department", "Status\n(New,\nComplete or\nOngoing)"]
WHEN = {"Short": 1, "Middle": 2, "Long": 3}
# (band or item text, horizon of its X or '')
PAGE_1 = [("1. ENVIRONMENT & NATURAL RESOURCES", ""), ("a. Air Quality & Climate Protection", ""),
          ("Current Efforts", ""),
          ("1. The city has joined the Clean Cities Coalition and works with the\nregional air team", ""),
          ("2. See 2.c. Transportation", ""),
          ("Proposed Efforts", ""),
          ("1. Adopt model city operations and citywide sustainability and green\nbuilding programs that "
           "incorporate best practices", "Short"),
          ("2. Join and support additional appropriate local, regional and state\nsustainability-related "
           "organizations and partnerships", "Short"),
          ("3. Adopt a program to limit city and commercial vehicle idling time,\nincluding delivery and "
           "construction vehicles, such as", "Middle")]
PAGE_2 = [("4. Develop an urban forestry plan, including parking lot standards, to\nprotect and expand the "
           "city's tree resources", "Long"),
          ("b. Energy Efficiency & Alternate Energy Sources", ""),
          ("Current Efforts", ""),
          ("1. See 4.b Public Works Commission, below", ""),
          ("Proposed Efforts", ""),
          ("1. Adopt minimum energy efficiency standards for all new buildings and\nmodernization projects", "Middle"),
          ("2. Collaborate with local stakeholders to develop an integrated alternate\nfuels strategy for "
           "public and private vehicles", "Long")]


def sheet_plan(path: Path, bands: dict[str, str] | None = None) -> Path:
    """The plan on two pages; bands: other texts for its bands ('Proposed Efforts' → …)."""
    story: list = []
    for k, page in enumerate((PAGE_1, PAGE_2)):
        page = [((bands or {}).get(text, text), when) for text, when in page]
        rows = [HEAD] + [[text] + ["X" if WHEN.get(when) == c else "" for c in range(1, 6)] for text, when in page]
        commands = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (1, 1), (3, -1), "CENTER"), ("FONTSIZE", (0, 0), (-1, -1), 9)]
        # a band's text runs over the empty cells beside it, as a sheet prints it: one cell across the grid
        commands += [("SPAN", (0, r), (-1, r)) for r, (text, _) in enumerate(page, 1) if not text[:1].isdigit()
                     or text.isupper()]
        style = TableStyle(commands)
        story.append(Table(rows, colWidths=[360, 45, 45, 45, 80, 80], style=style))
        if k == 0:
            story.append(PageBreak())
    SimpleDocTemplate(str(path), pagesize=landscape(letter), title="Sustainability Master Plan").build(story)
    return path


def _proposed(page: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(text.split(". ", 1)[1].split()[0], when) for text, when in page if when]


def test_a_printed_spreadsheet_reads_each_numbered_row_under_its_numbered_part_and_lettered_sub_area(
        tmp_path: Path):
    """Three tiers (normalise/tiers.py): the numbered part is the area, the lettered sub-area under it the
    objective; the 'Current / Proposed Efforts' bands under each sub-area say which rows are commitments."""
    import planx
    result = planx.convert_file(str(sheet_plan(tmp_path / "sustainability_master_plan.pdf")))
    got = [(a.area_ref, a.area, a.objective, a.action.split()[0], a.timeframe, a.status, a.lead)
           for a in result.actions]
    part, air, energy = "ENVIRONMENT & NATURAL RESOURCES", "Air Quality & Climate Protection", \
        "Energy Efficiency & Alternate Energy Sources"
    want = [("1", part, air, word, when, "", "") for word, when in _proposed(PAGE_1) + _proposed(PAGE_2)[:1]]
    want += [("1", part, energy, word, when, "", "") for word, when in _proposed(PAGE_2)[1:]]
    assert got == want, got
    # the row at the top of page 2 is its own item, not the rest of the last row of page 1
    assert not any("forestry" in a.action and "idling" in a.action for a in result.actions)
    # the bands printed under each sub-area are no area or objective of their own; the rows under the band
    # of work already in place ('Current Efforts', beside 'Proposed Efforts') are kept aside, not actions
    aside = [lo.text for lo in result.leftovers if "work already in place" in lo.reason]
    assert len(aside) == 3 and any("Clean Cities Coalition" in t for t in aside), aside


def test_without_a_band_of_proposed_work_the_current_rows_are_actions(tmp_path: Path):
    """Only the contrast says the rows under 'Current Efforts' are no commitments: a grid whose only
    band is 'Current Efforts' keeps them as its actions."""
    import planx
    pdf = sheet_plan(tmp_path / "sustainability_master_plan.pdf", {"Proposed Efforts": "Current Efforts"})
    result = planx.convert_file(str(pdf))
    assert any("Clean Cities Coalition" in a.action for a in result.actions)
    assert not any("work already in place" in lo.reason for lo in result.leftovers)


def test_horizons_side_by_side_are_period_columns_over_marks_only():
    """'Short | Middle | Long' over X marks is a timeline of horizons; the same headings over what is
    done in each are columns of words, no timeline."""
    assert run_of_periods(["Initiative", "Short", "Middle", "Long", "Status"]) == [1, 2, 3]
    assert run_of_periods(["Action", "Short-term", "Medium term", "Long Term"]) == [1, 2, 3]
    assert run_of_periods(["Action", "Long", "Long", "Long"]) == []
    cells = [(i, 1, t) for i, t in enumerate(["Sustainable Initiative", "Short", "Middle", "Long", "Department",
                                               "Status (New, Complete or Ongoing)"])]
    marked = [[(0, "1. Adopt model city operations and green building programs"), (2, "X")],
              [(0, "2. Join and support regional sustainability organizations"), (1, "X")]]
    header = read_header(cells, below=marked, evidence=marked)
    assert header is not None and [c.label for c in header.columns if c.field == PERIOD_FIELD] == \
        ["Short", "Middle", "Long"]
    assert header.columns[0].field == "action"
    worded = [[(0, "Housing"), (1, "Survey empty homes across the borough"), (2, "Bring 50 homes back into use"),
               (3, "End long-term empty homes")],
              [(0, "Transport"), (1, "Fit bus stops with real-time signs"), (2, "Open the new cycle route"),
               (3, "Electrify the bus fleet")]]
    words = read_header([(0, 1, "Theme"), (1, 1, "Short term"), (2, 1, "Medium term"), (3, 1, "Long term")],
                        below=worded, evidence=worded)
    assert words is None or not any(c.field == PERIOD_FIELD for c in words.columns)
