"""Two or three tiers of grouping over a plan's actions: the top titled tier is the area, the next the
objective (CONTRACT 'Which grouping is the area'; normalise/tiers.py).

A city sustainability master plan printed from a spreadsheet numbers its sections ('1. Energy',
'2. Transport'), letters the sub-sections under each ('A. Renewable supply', 'B. Energy efficiency',
the letters starting again under every section) and codes its actions under both ('1.A.1'). The
section is the area (its number the area_ref), the sub-section the objective. The same tiers are
printed as bands across a ruled table (a PDF printed like Excel with its gridlines, the section
bold and the sub-section italic; a Word table; a workbook), as Word headings (Heading 1 over
Heading 2 over each table), as a workbook's 'Theme' and 'Objective' columns, and with outline codes
('2.1 Active travel' under '2. Transport' over '2.1.1'). A plan with one tier reads as before.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import add_word_table, sheet_table_plan, word_table_plan

import planx
from planx.extract.model import Paragraph
from planx.normalise.tiers import TierState, headings_over_areas, outline_title

TITLE = "Greenford City Sustainability Master Plan 2026-2030"
HEAD = ["Ref", "Action", "Lead", "Target date", "Status"]
SECTIONS = [
    ("1", "Energy", [("A", "Renewable supply", ["Install solar panels on council depots",
                                                 "Agree a heat network study for the town centre"]),
                     ("B", "Energy efficiency", ["Retrofit insulation in 400 council homes",
                                                 "Replace street lights with LED units"])]),
    ("2", "Transport", [("A", "Active travel", ["Build a segregated cycle lane on the High Street",
                                                 "Fund school streets at ten primary schools"]),
                        ("B", "Clean vehicles", ["Convert the council fleet to electric vans",
                                                 "Install 60 public charge points"])]),
]
# every action's (area_ref, area, objective), in order
EXPECTED = [(n, title, sub, action) for n, title, subs in SECTIONS for _, sub, actions in subs for action in actions]


def sub_code(n: str, letter: str, outline: bool) -> str:
    """A sub-section's code: its letter ('A'), or its place within the section as an outline ('1.1')."""
    return f"{n}.{ord(letter) - 64}" if outline else letter


def sub_title(n: str, letter: str, title: str, outline: bool | None) -> str:
    """A sub-section's line: lettered, coded as an outline, or (outline None) its title alone."""
    if outline is None:
        return title
    return f"{sub_code(n, letter, outline)} {title}" if outline else f"{letter}. {title}"


Row = tuple[str, str] | list[str]  # ('section' | 'sub', text): a band row; a list: an action's cells


def action_code(n: str, letter: str, i: int, outline: bool | None) -> str:
    """An action's code under both tiers: '1.A.2', or as an outline '1.1.2'; under uncoded sub-sections
    numbered on within the section ('1.3': two actions to a sub-section here)."""
    if outline is None:
        return f"{n}.{2 * (ord(letter) - 65) + i}"
    return f"{n}.{ord(letter) - 64}.{i}" if outline else f"{n}.{letter}.{i}"


def band_rows(outline: bool | None = False) -> list[Row]:
    """The table's rows: a band per section, a band per sub-section, the actions coded under both."""
    rows: list[Row] = []
    for n, title, subs in SECTIONS:
        rows.append(("section", f"{n}. {title}"))
        for letter, sub, actions in subs:
            rows.append(("sub", sub_title(n, letter, sub, outline)))
            for i, action in enumerate(actions, 1):
                rows.append([action_code(n, letter, i, outline), action, "Climate officer", "March 2027",
                             "On track"])
    return rows


def excel_pdf(path: Path, rows: list[Row], merged: bool) -> Path:
    """A sheet as Excel prints it: thin grey gridlines on every cell, small type, the section band bold
    and the sub-section band italic; a band either merged across the row or typed in the first cell
    and running on over the empty cells beside it (Excel draws no gridline under text that runs on:
    the band's row is boxed whole)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph as Para
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=8, leading=10)
    bold = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold")
    fonts = {"section": "Helvetica-Bold", "sub": "Helvetica-Oblique"}
    grid: list[list[object]] = [[Para(h, bold) for h in HEAD]]
    style: list[tuple] = [("GRID", (0, 0), (-1, 0), 0.25, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                          ("FONTSIZE", (0, 0), (-1, -1), 8)]
    for r in rows:
        k = len(grid)
        if isinstance(r, tuple):
            style.append(("FONTNAME", (0, k), (0, k), fonts[r[0]]))
            style.append(("BOX", (0, k), (-1, k), 0.25, colors.grey))
            if merged:
                style.append(("SPAN", (0, k), (-1, k)))
            grid.append([r[1]] + [""] * (len(HEAD) - 1))  # a plain string: drawn on past its cell
        else:
            style.append(("GRID", (0, k), (-1, k), 0.25, colors.grey))
            grid.append([Para(v, body) for v in r])
    table = Table(grid, colWidths=[45, 300, 110, 90, 80])
    table.setStyle(TableStyle(style))
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(
        [Para(TITLE, ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=12, leading=16)), table])
    return path


def _banded(rows: list[Row]) -> list[list[str] | str]:
    """The rows as the shared writers take them: a band its text alone."""
    return [r[1] if isinstance(r, tuple) else r for r in rows]


def word_table(path: Path, rows: list[Row]) -> Path:
    """A Word table: each band merged across its row."""
    return word_table_plan(path, TITLE, HEAD, _banded(rows))


def workbook(path: Path, rows: list[Row]) -> Path:
    """A sheet: each band in the first column, merged across the table's columns."""
    return sheet_table_plan(path, TITLE, HEAD, _banded(rows))


def word_headings(path: Path, section: str = "{n}. {title}", outline: bool | None = False) -> Path:
    """Word headings: 'Heading 1' per section, 'Heading 2' per sub-section, a table under each."""
    import docx
    d = docx.Document()
    d.add_heading(TITLE, 0)
    for n, title, subs in SECTIONS:
        d.add_heading(section.format(n=n, title=title), 1)
        for letter, sub, actions in subs:
            d.add_heading(sub_title(n, letter, sub, outline), 2)
            add_word_table(d, HEAD, [[action_code(n, letter, i, outline), action, "Climate officer", "March 2027",
                                      "On track"] for i, action in enumerate(actions, 1)])
    d.save(str(path))
    return path


def pdf_headings(path: Path, outline: bool | None = False) -> Path:
    """A PDF's headings set apart by size alone (no ranks): sections at 16pt, sub-sections at 12pt, each
    sub-section over its ruled table."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph as Para
    from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=11)
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=16, leading=20)
    h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12, leading=15)
    flow: list[object] = [Para(TITLE, ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=20, leading=24))]
    for n, title, subs in SECTIONS:
        flow.append(Para(f"{n}. {title}", h1))
        for letter, sub, actions in subs:
            flow.append(Para(sub_title(n, letter, sub, outline), h2))
            grid = [[Para(h, body) for h in HEAD]] + [
                [Para(v, body) for v in (action_code(n, letter, i, outline), action, "Climate officer",
                                         "March 2027", "On track")] for i, action in enumerate(actions, 1)]
            table = Table(grid, colWidths=[45, 300, 110, 90, 80])
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
            flow += [table, Spacer(1, 8)]
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(flow)
    return path


def list_plan(path: Path) -> Path:
    """Headings of two ranks over bulleted actions: Markdown ('##' sections, '###' sub-sections) or
    Word ('Heading 1', 'Heading 2', 'List Bullet')."""
    if path.suffix == ".md":
        lines = [f"# {TITLE}", ""]
        for n, title, subs in SECTIONS:
            lines += [f"## {n}. {title}", ""]
            for letter, sub, actions in subs:
                lines += [f"### {letter}. {sub}", ""]
                lines += [f"- {action} (Lead: Climate officer, by March 2027)" for action in actions] + [""]
        path.write_text("\n".join(lines), encoding="utf-8")
        return path
    import docx
    d = docx.Document()
    d.add_heading(TITLE, 0)
    for n, title, subs in SECTIONS:
        d.add_heading(f"{n}. {title}", 1)
        for letter, sub, actions in subs:
            d.add_heading(f"{letter}. {sub}", 2)
            for action in actions:
                d.add_paragraph(f"{action} (Lead: Climate officer, by March 2027)", style="List Bullet")
    d.save(str(path))
    return path


def tiers(path: Path) -> list[tuple[str, str, str, str]]:
    result = planx.convert_file(str(path))
    return [(a.area_ref, a.area, a.objective, a.action) for a in result.actions]


@pytest.mark.parametrize("merged", [True, False], ids=["merged", "run-on"])
@pytest.mark.parametrize("outline", [False, True, None], ids=["lettered", "outline", "uncoded"])
def test_excel_printed_pdf_section_is_area_sub_section_objective(tmp_path: Path, merged: bool,
                                                                 outline: bool | None):
    assert tiers(excel_pdf(tmp_path / "plan.pdf", band_rows(outline), merged)) == EXPECTED


@pytest.mark.parametrize("outline", [False, True, None], ids=["lettered", "outline", "uncoded"])
def test_word_table_bands_section_is_area_sub_section_objective(tmp_path: Path, outline: bool | None):
    assert tiers(word_table(tmp_path / "plan.docx", band_rows(outline))) == EXPECTED


@pytest.mark.parametrize("outline", [False, True, None], ids=["lettered", "outline", "uncoded"])
def test_workbook_bands_section_is_area_sub_section_objective(tmp_path: Path, outline: bool | None):
    assert tiers(workbook(tmp_path / "plan.xlsx", band_rows(outline))) == EXPECTED


@pytest.mark.parametrize("outline", [False, True, None], ids=["lettered", "outline", "uncoded"])
def test_word_heading_levels_section_is_area_sub_section_objective(tmp_path: Path, outline: bool | None):
    assert tiers(word_headings(tmp_path / "plan.docx", outline=outline)) == EXPECTED


@pytest.mark.parametrize("outline", [False, True, None], ids=["lettered", "outline", "uncoded"])
def test_pdf_headings_by_size_section_is_area_sub_section_objective(tmp_path: Path, outline: bool | None):
    assert tiers(pdf_headings(tmp_path / "plan.pdf", outline)) == EXPECTED


@pytest.mark.parametrize("fmt", ["md", "docx"])
def test_ranked_headings_over_lists_section_is_area_sub_section_objective(tmp_path: Path, fmt: str):
    got = tiers(list_plan(tmp_path / f"plan.{fmt}"))
    assert [(ref, area, objective) for ref, area, objective, _ in got] == [e[:3] for e in EXPECTED]


def test_unnumbered_section_headings_leave_the_nearest_heading_the_area(tmp_path: Path):
    """An unnumbered 'Heading 1' over numbered sub-sections: the contract keeps the nearest heading as
    the area where the document only styles the outer one (no number)."""
    got = tiers(word_headings(tmp_path / "plan.docx", section="{title}"))
    assert [(area, objective) for _, area, objective, _ in got] == [(sub, "") for *_, sub, _ in EXPECTED]


def test_theme_and_objective_columns_with_a_coded_reference(tmp_path: Path):
    """A workbook's 'Theme' column ('2. Transport') beside a reference coded within it ('2.A.1'): the
    theme's number is the area_ref, its title the area; the 'Objective' column the objective."""
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([TITLE])
    ws.append([])
    ws.append(["Theme", "Objective", "Ref", "Action", "Lead", "Target date"])
    for n, title, subs in SECTIONS:
        for letter, sub, actions in subs:
            for i, action in enumerate(actions, 1):
                ws.append([f"{n}. {title}", f"{letter}. {sub}", f"{n}.{letter}.{i}", action, "Climate officer",
                           "March 2027"])
    wb.save(tmp_path / "plan.xlsx")
    got = tiers(tmp_path / "plan.xlsx")
    assert [(ref, area) for ref, area, _, _ in got] == [(n, title) for n, title, _, _ in EXPECTED]
    assert [objective for _, _, objective, _ in got] == \
        [f"{letter}. {sub}" for _, _, subs in SECTIONS for letter, sub, actions in subs for _ in actions]


def test_one_tier_of_bands_reads_as_before(tmp_path: Path):
    """Numbered section bands and no sub-sections: each section the area, no objective."""
    rows: list[Row] = [r for r in band_rows() if not (isinstance(r, tuple) and r[0] == "sub")]
    got = tiers(excel_pdf(tmp_path / "plan.pdf", rows, merged=True))
    assert got == [(n, title, "", action) for n, title, _, action in EXPECTED]


def test_lettered_bands_alone_stay_the_areas(tmp_path: Path):
    """Lettered bands with no numbered section over them: the letters are the areas, as before."""
    rows: list[Row] = [r for r in band_rows() if not (isinstance(r, tuple) and r[0] == "section")][:7]
    got = tiers(word_table(tmp_path / "plan.docx", rows))
    assert [(ref, area, objective) for ref, area, objective, _ in got] == \
        [("A", "Renewable supply", ""), ("A", "Renewable supply", ""), ("B", "Energy efficiency", ""),
         ("B", "Energy efficiency", "")]


# the rule on its own


def test_a_letter_right_under_a_numbered_area_opens_a_tier_and_its_siblings_follow():
    state = TierState()
    assert state.sub_tier("1", "Energy", "A", right_under=True)
    assert state.sub_tier("1", "Energy", "B", right_under=False)  # a sibling after the actions
    assert not state.sub_tier("1", "Energy", "2", right_under=False)  # the area's own shape: the next area
    assert not state.sub_tier("2", "Transport", "B", right_under=False)  # under another area: not yet opened


def test_a_letter_after_actions_with_no_tier_opened_is_no_objective():
    assert not TierState().sub_tier("1", "Energy", "A", right_under=False)


def test_an_uncoded_title_right_under_a_numbered_area_opens_a_tier():
    state = TierState()
    assert state.sub_tier("1", "Energy", "", right_under=True)
    assert state.sub_tier("1", "Energy", "", right_under=False)
    assert not TierState().sub_tier("1", "Energy", "", right_under=False)
    assert not TierState().sub_tier("", "Energy", "", right_under=True)  # an unnumbered area: one tier


def test_an_outline_code_within_the_area_is_a_tier_below_it():
    state = TierState()
    assert state.sub_tier("2", "Transport", "2.3", right_under=False)
    assert not state.sub_tier("2", "Transport", "3.1", right_under=False)  # another area's
    assert not state.sub_tier("", "", "2.3", right_under=True)  # no area in hand


def test_outline_title():
    assert outline_title("2.3 Active travel") == ("2.3", "Active travel")
    assert outline_title("1.A Renewable supply") == ("1.A", "Renewable supply")
    assert outline_title("2.3. Cycling") == ("2.3", "Cycling")
    assert outline_title("2.3 million homes") is None  # no capitalised title
    assert outline_title("Energy") is None


def _heading(text: str, rank: int) -> Paragraph:
    return Paragraph(text, page=1, line=0, heading=True, rank=rank)


def test_headings_over_areas_needs_every_area_heading_under_a_numbered_outer_one():
    blocks: list[object] = [_heading("1. Energy", 1), _heading("A. Renewable supply", 2), "table",
                            _heading("B. Energy efficiency", 2), "table"]
    areas = {1: ("A", "Renewable supply"), 3: ("B", "Energy efficiency")}
    outer, inner = headings_over_areas(blocks, areas, lambda b: b.heading)
    assert outer == {0: ("1", "Energy")} and inner == {1: "Renewable supply", 3: "Energy efficiency"}
    # the same shape above is a sibling tier, not an outer one ('1. Energy' over '2. Transport')
    blocks[1] = _heading("2. Renewable supply", 2)
    assert headings_over_areas(blocks, {1: ("2", "Renewable supply"), 3: ("B", "Energy efficiency")},
                               lambda b: b.heading) == ({}, {})
    # an unnumbered heading over them holds nothing
    blocks[0], blocks[1] = _heading("Energy", 1), _heading("A. Renewable supply", 2)
    assert headings_over_areas(blocks, areas, lambda b: b.heading) == ({}, {})
