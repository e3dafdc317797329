"""Section headings typed as plain paragraphs (no heading style, the body's font) over a plan's tables
give the area of the rows under them (normalise/block_headings.plain_section_headings); a heading over
a table of figures gives none to a plan table after it (areas_ending_after_figures)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from planx.extract.model import Cell, Paragraph, Row, Table
from planx.normalise.block_headings import plain_section_headings, table_of_figures
from planx.pipeline import convert_file
from samples.make_plain_headings import write_all

HEAD = ["Action", "Responsible", "Timeline", "Status"]


def table(index: int, rows: list[list[str]], head: list[str] = HEAD) -> Table:
    return Table([Row([Cell(t, c) for c, t in enumerate(r)], 1, k) for k, r in enumerate([head, *rows])], 1, index)


def plan(index: int) -> Table:
    return table(index, [[f"Do thing {index}", "Business Manager", "July 2025", "Completed"]])


def para(text: str, bold: bool = False, size: float = 0.0) -> Paragraph:
    return Paragraph(text, 1, 1, bold=bold, size=size)


INTRO = para("The board adopted this plan to restore the fund balance required by policy.")


@pytest.mark.parametrize("texts, bold, want", [
    (["1. Budget Reductions", "2. Revenue Enhancements", "3. Facilities"], False,
     [("1", "Budget Reductions"), ("2", "Revenue Enhancements"), ("3", "Facilities")]),
    (["Phase I – Immediate Actions", "Phase II – Short-Term Actions", "Phase III – Long-Term Actions"], True,
     [("I", "Immediate Actions"), ("II", "Short-Term Actions"), ("III", "Long-Term Actions")]),
    (["A) Staffing", "B) Transport"], False, [("A", "Staffing"), ("B", "Transport")]),
    (["STAFFING", "REVENUE ENHANCEMENTS", "FACILITIES"], False,
     [("", "STAFFING"), ("", "REVENUE ENHANCEMENTS"), ("", "FACILITIES")]),
    (["Staffing", "Revenue Enhancements", "Facilities"], True,
     [("", "Staffing"), ("", "Revenue Enhancements"), ("", "Facilities")]),
    (["Staffing", "Revenue Enhancements", "Facilities"], False,  # alone between tables, set apart by nothing
     [("", "Staffing"), ("", "Revenue Enhancements"), ("", "Facilities")]),
])
def test_plain_paragraphs_set_apart_alike_over_tables_are_section_headings(texts, bold, want):
    blocks: list = [INTRO]
    for k, t in enumerate(texts):
        blocks += [para(t, bold=bold), plan(k + 1)]
    found = plain_section_headings(blocks)
    assert [found.get(i) for i in range(1, len(blocks), 2)] == want


def test_a_larger_line_in_a_pdf_is_set_apart_as_its_siblings_are():
    blocks = [para("Plan", size=11), INTRO, para("Staffing", size=13), plan(1), para("Transport", size=13), plan(2)]
    assert plain_section_headings(blocks, running=11.0) == {2: ("", "Staffing"), 4: ("", "Transport")}


@pytest.mark.parametrize("texts, bold", [
    (["1. Budget Reductions", "3. Facilities"], False),  # numbers out of sequence
    (["This plan is reviewed monthly.", "It is reported to the board."], True),  # sentences
    (["Budget Reductions"], True),  # one alone: as likely the plan's title
    (["Staffing", "FACILITIES"], False),  # not set apart alike
])
def test_lines_not_set_apart_alike_or_in_sequence_head_nothing(texts, bold):
    blocks: list = [INTRO]
    for k, t in enumerate(texts):
        blocks += [para(t, bold=bold), plan(k + 1)]
    assert plain_section_headings(blocks) == {}


def test_unmarked_lines_need_a_table_above_all_but_the_first():
    # plain short lines each after body text (a sentence, then a table): nothing sets them apart
    blocks = [INTRO, para("Staffing"), plan(1), INTRO, para("Transport"), plan(2)]
    assert plain_section_headings(blocks) == {}


def test_a_heading_over_a_table_of_figures_gives_it_no_area():
    figures = table(1, [["2024", "$41,200,000", "$43,900,000"], ["2025", "$42,100,000", "$43,000,000"]],
                    ["Fiscal year", "Revenue", "Expenditure"])
    assert table_of_figures(figures) and not table_of_figures(plan(2))
    blocks = [INTRO, para("General Fund Balance", bold=True), figures, para("Staffing", bold=True), plan(2),
              para("Transport", bold=True), plan(3)]
    assert plain_section_headings(blocks) == {1: ("", ""), 3: ("", "Staffing"), 5: ("", "Transport")}


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed: no PDFs to read")
    out = tmp_path_factory.mktemp("plain_headings")
    return out, write_all(out, pdf=True)


@pytest.mark.parametrize("style", ["bold_phase", "numbered", "caps", "bare", "plain", "one_table_sentence",
                                   "figures_then_plan", "figures_leak"])
@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_word_plans_and_their_pdfs_get_each_action_its_section(printed, style, ext):
    out, truths = printed
    name = f"headings_{style}.{ext}" if f"headings_{style}.{ext}" in truths else f"{style}.{ext}"
    if name not in truths:
        pytest.skip(f"{name} was not printed")
    result = convert_file(out / name)
    got = {a.action: (a.area_ref, a.area) for a in result.actions}
    assert {t["action"]: got.get(t["action"]) for t in truths[name]} == \
        {t["action"]: (t["area_ref"], t["area"]) for t in truths[name]}
