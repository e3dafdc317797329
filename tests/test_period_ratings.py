"""A quarterly progress report: an action as a block of lines, then a small table of period columns
holding its RAG rating and update for each period (normalise/period_ratings.py)."""
from __future__ import annotations

from pathlib import Path

import docx

import planx
from planx.extract.model import Cell, Row, Table
from planx.normalise.period_ratings import period_ratings
from planx.normalise.periods import read_period

QUARTERS = ["Q1 May–Jul 2024", "Q2 Aug–Oct 2024", "Q3 Nov–Jan 2025", "Q4 Feb–Apr 2025"]


def _table(rows: list[list[str]], fills: dict[tuple[int, int], str] | None = None) -> Table:
    fills = fills or {}
    return Table(rows=[Row(cells=[Cell(text=t, col=c, fill=fills.get((r, c))) for c, t in enumerate(row)],
                           page=1, line=r + 1) for r, row in enumerate(rows)], page=1, index=1)


def test_a_quarter_named_with_its_months_and_year_is_a_quarter():
    assert read_period("Q3 Nov–Jan 2025") is not None and read_period("Q3 Nov–Jan 2025").kind == "quarter"
    assert read_period("Quarter 2 (Aug-Oct) 2024/25").kind == "quarter"
    assert read_period("Aug–Oct").kind == "span"  # the months alone stay a span


def test_a_labelled_quarter_table_gives_ratings_and_updates():
    found = period_ratings(_table([["", *QUARTERS], ["RAG", "Red", "Amber", "", ""],
                                   ["Update", "Bids invited.", "Panel booked.", "", ""]]))
    assert found is not None
    assert found.ratings == [(QUARTERS[0], "Red", None), (QUARTERS[1], "Amber", None)]
    assert found.updates == [(QUARTERS[0], "Bids invited."), (QUARTERS[1], "Panel booked.")]
    assert found.headings == ["RAG", "Update"]


def test_an_unlabelled_quarter_table_of_letters_and_fills_gives_ratings():
    found = period_ratings(_table([["Quarter 1", "Quarter 2", "Quarter 3", "Quarter 4"],
                                   ["G", "", "", ""], ["Going well.", "", "", ""]],
                                  fills={(1, 1): "#ff0000"}))
    assert found is not None and [r[:2] for r in found.ratings] == [("Quarter 1", "G"), ("Quarter 2", "")]


def test_a_plan_table_with_period_columns_is_not_one_actions_ratings():
    assert period_ratings(_table([["Action", *QUARTERS], ["Hire two wardens", "Red", "", "", ""]])) is None
    assert period_ratings(_table([QUARTERS, ["Bids invited.", "Panel booked.", "", ""]])) is None  # no ratings


def _report(path: Path) -> None:
    d = docx.Document()
    d.add_heading("Libraries Strategy – Quarter 2 Progress Report 2024/25", 0)
    d.add_heading("Theme 1: Reading for pleasure", 1)
    for ref, action, lead, rags, updates in [
            ("1.1", "Extend opening hours at the three busiest branches", "Mina Rahman", ["Amber", "Green"],
             ["Rota consultation open.", "New hours began in June."]),
            ("1.2", "Launch a home delivery service for housebound readers", "Outreach Team", ["Red", ""],
             ["Volunteer recruitment slow.", ""])]:
        d.add_paragraph(f"{ref}  {action}")
        d.add_paragraph(f"Lead: {lead}    Target date: Mar-25    Overall status: In progress")
        t = d.add_table(rows=3, cols=5)
        for c, q in enumerate(QUARTERS, 1):
            t.cell(0, c).text = q
        t.cell(1, 0).text, t.cell(2, 0).text = "RAG", "Update"
        for c, (rag, upd) in enumerate(zip(rags, updates, strict=True), 1):
            t.cell(1, c).text, t.cell(2, c).text = rag, upd
        d.add_paragraph("")
    d.save(str(path))


def test_a_quarterly_report_rates_each_action_by_quarter_end_to_end(tmp_path: Path):
    path = tmp_path / "quarterly.docx"
    _report(path)
    result = planx.convert_file(str(path))
    got = [(a.action, a.rag, a.progress, [(r.label, r.rag) for r in a.ratings]) for a in result.actions]
    assert got == [
        ("Extend opening hours at the three busiest branches", "green", "New hours began in June.",
         [(QUARTERS[0], "amber"), (QUARTERS[1], "green")]),
        ("Launch a home delivery service for housebound readers", "red", "Volunteer recruitment slow.",
         [(QUARTERS[0], "red")])]
    assert "Q1 May–Jul 2024: Rota consultation open." in {lo.text for lo in result.leftovers}
