"""Quarters and terms printed without a year ('Q3', 'end of Autumn term'): read in the one period the
document's titles and headings name (a financial or academic year '2024/25', a calendar year), with
a warning; no date where the document names none, or several ('2023–2026', a three-year plan).
Dates keep the contract's precision: a quarter or term is the month it ends in (normalise/dates.py).
End to end on plans drawn by samples/layout_render.py, as Word and as layout text.
"""
from __future__ import annotations

import sys

import pytest
from conftest import ROOT

from planx.extract import extract
from planx.normalise import normalise
from planx.normalise.dates import YearContext, date_in_context, due_date, year_context

sys.path.insert(0, str(ROOT))
from samples.layout_render import C, Doc, Grid, Text, layout_text, write_docx, write_reportlab  # noqa: E402


@pytest.mark.parametrize("texts, context", [
    (["Children's services improvement plan 2024/25"], (2024, True)),
    (["Delivery plan 2024-2025", "Target date", "Updated March 2025"], (2024, True)),  # a lone year of the pair
    (["School development plan 2025"], (2025, False)),
    (["Improvement plan 2023–2026"], None),  # a three-year plan: which year's Q3?
    (["Strategy 2023 to 2026"], None),
    (["Plan 2024/25", "Refreshed for 2025/26"], None),  # two periods
    (["Action plan 2024/25", "Reviewed May 2026"], None),  # a year outside the pair
    (["Improvement plan"], None),
])
def test_the_document_names_one_period_or_none(texts, context):
    found = year_context(texts)
    assert (found.first, found.pair) == context if context else found is None


@pytest.mark.parametrize("raw, fy, calendar", [
    ("Q3", "2024-12", "2025-09"),  # a financial quarter with a financial year, a calendar one with a year
    ("end of Q2", "2024-09", "2025-06"),
    ("Quarter 4", "2025-03", "2025-12"),
    ("Autumn term", "2024-12", "2025-12"),  # the academic year's autumn is in its first year
    ("Summer term", "2025-07", "2025-07"),
    ("Spring 1", "2025-02", "2025-02"),
])
def test_a_quarter_or_term_without_a_year_takes_the_documents(raw, fy, calendar):
    assert due_date(raw) == ""  # by itself, no date
    assert date_in_context(raw, YearContext(2024, True, "2024/25")).iso() == fy
    assert date_in_context(raw, YearContext(2025, False, "2025")).iso() == calendar


@pytest.mark.parametrize("raw", ["Q3 2025", "March 2025", "Ongoing", "Quarterly", "Spring", "Each term", ""])
def test_no_date_is_made_up_from_the_period(raw):
    """A cell with its own year keeps it; a cell with no quarter or term gets nothing from the period."""
    assert date_in_context(raw, YearContext(2024, True, "2024/25")) is None


def _plan(title: str) -> Doc:
    rows = [[C(h, bold=True) for h in ("Action", "Lead", "Target date")],
            [C("Audit the case files of children in need"), C("Jo Smith"), C("Q3")],
            [C("Train staff in the new tools"), C("Ann Cole"), C("Autumn term")],
            [C("Review the early help offer with partners"), C("Sam Lee"), C("March 2025")]]
    return Doc(blocks=[Text(title, "title"), Grid(rows, ruled=False)])


@pytest.mark.parametrize("title, dues, warned", [
    ("Early help improvement plan 2024/25", ["2024-12", "2024-12", "2025-03"], 2),
    ("Early help improvement plan 2023 - 2026", ["", "", "2025-03"], 0),
])
def test_end_to_end_the_plans_period_dates_its_quarters(tmp_path, title, dues, warned):
    docx, pdf, txt = tmp_path / "plan.docx", tmp_path / "plan.pdf", tmp_path / "plan.txt"
    write_docx(_plan(title), docx)
    write_reportlab(_plan(title), pdf)
    paths = [docx, txt] if layout_text(pdf, txt) else [docx]
    for path in paths:
        result = normalise(extract(path))
        assert [a.due_date for a in result.actions] == dues, path.suffix
        assert [a.due_raw for a in result.actions] == ["Q3", "Autumn term", "March 2025"]
        notes = [w for w in result.warnings if "has no year; read in the document's period" in w]
        assert len(notes) == warned, path.suffix
