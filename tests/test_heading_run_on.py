"""A plan's headings printed again at the top of a page, with the rest of a sentence the page broke
right under them: a text layout (pdftotext -layout) joins the line that opens in lower case to the
heading line above ('Action' + 'framework and the tools.'), so the heading row held the sentence's end
and the action lost it. The headings are told by evidence: the same labels, cell for cell, as the
headings in use (normalise/heading_rows.split_repeated_heading); what follows them is a row of its own.
End to end on a plan drawn by samples/layout_render.py, as a PDF and as the text pdftotext makes of it.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import ROOT

from planx.extract import extract
from planx.extract.model import Cell, Row
from planx.normalise import normalise
from planx.normalise.heading_rows import split_repeated_heading

sys.path.insert(0, str(ROOT))
from samples.layout_render import Break, C, Doc, Grid, Text, layout_text, write_reportlab  # noqa: E402

LABELS = {0: "Action", 1: "Lead officer", 2: "Target date", 3: "Progress"}


def row(*texts: str) -> Row:
    return Row([Cell(text=t, col=c) for c, t in enumerate(texts)], 2, 7)


def test_the_headings_printed_again_part_from_the_sentence_run_into_them():
    heads, rest = split_repeated_heading(row("Action\nframework and the tools.", "Lead officer", "Target date",
                                             "Progress\nall teams"), LABELS)
    assert [c.text for c in heads.cells] == ["Action", "Lead officer", "Target date", "Progress"]
    assert heads.repeated_header
    assert [(c.col, c.text) for c in rest.cells] == [(0, "framework and the tools."), (3, "all teams")]


def test_a_heading_wrapped_over_lines_is_one_heading():
    heads, rest = split_repeated_heading(row("Action\nto finish", "Lead\nofficer", "Target date", "Progress"), LABELS)
    assert [c.text for c in heads.cells] == ["Action", "Lead\nofficer", "Target date", "Progress"]
    assert [c.text for c in rest.cells] == ["to finish"]


@pytest.mark.parametrize("cells", [
    ("Action", "Lead officer", "Target date", "Progress"),  # the headings alone: nothing to part
    ("Action\nReview the offer", "Lead officer", "Target date", "Progress"),  # a row of its own (capital)
    ("Action plan\nframework", "Lead officer", "Target date", "Progress"),  # not the heading in use
    ("Action\nframework", "Jo Smith", "", ""),  # one heading only: no evidence of a heading row
])
def test_no_heading_row_is_parted_without_the_evidence(cells):
    assert split_repeated_heading(row(*cells), LABELS) is None


def _plan(folder: Path, rest_of_sentence: str) -> tuple[Path, Path]:
    heads = [C(h, bold=True) for h in LABELS.values()]
    page_one = [heads, [C("Review the early help offer with partners"), C("Jo Smith"), C("March 2025"),
                        C("Offer reviewed")],
                [C("Train staff in the new assessment"), C("Ann Cole"), C("May 2025"), C("Training booked for")]]
    page_two = [heads, [C(rest_of_sentence), C(""), C(""), C("all teams")],
                [C("Audit the case files of children in need"), C("Sam Lee"), C("June 2025"), C("Files audited")]]
    doc = Doc(blocks=[Text("Early help improvement plan 2025", "title"), Grid(page_one, ruled=False), Break(),
                      Grid(page_two, ruled=False)])
    pdf, txt = folder / "plan.pdf", folder / "plan.txt"
    write_reportlab(doc, pdf)
    if not layout_text(pdf, txt):
        pytest.skip("pdftotext is not installed")
    return pdf, txt


@pytest.mark.parametrize("rest_of_sentence", ["framework and the tools.", "framework"])
def test_the_rest_of_a_sentence_under_repeated_headings_goes_on_with_its_action(tmp_path, rest_of_sentence):
    for path in _plan(tmp_path, rest_of_sentence):
        result = normalise(extract(path))
        assert [(a.action, a.progress) for a in result.actions] == [
            ("Review the early help offer with partners", "Offer reviewed"),
            (f"Train staff in the new assessment {rest_of_sentence}", "Training booked for all teams"),
            ("Audit the case files of children in need", "Files audited")], path.suffix


def test_a_note_printed_under_a_heading_stays_part_of_it_on_every_page():
    """'Intended outcome (draft - based on inspection report)': the note opens in lower case under
    its heading on each page; the heading row printed again is the same heading row, not a row of
    data (the headings in use are compared as printed, notes and all)."""
    from planx.extract.model import RawDocument, Table

    heads = ["Action", "Intended outcome\n(draft - based on\ninspection report)", "Lead"]

    def page(n: int, action: str, outcome: str, lead: str) -> Table:
        return Table(index=n, page=n, rows=[Row([Cell(text=t, col=c) for c, t in enumerate(r)], n, i + 1)
                                            for i, r in enumerate([heads, [action, outcome, lead]])])
    result = normalise(RawDocument("p.pdf", "p.pdf", "pdf", blocks=[
        page(1, "Review the threshold guidance", "Fewer contacts need no action", "Jo Smith"),
        page(2, "Audit the case files", "Plans are specific", "Sam Lee")]))
    assert [(a.action, a.outcome) for a in result.actions] == [
        ("Review the threshold guidance", "Fewer contacts need no action"),
        ("Audit the case files", "Plans are specific")]
