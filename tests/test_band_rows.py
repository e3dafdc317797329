"""Band rows over a first column of group titles (CONTRACT 'Which grouping is the area'), and the line
of a title wrapped onto a row of its own, which is no band.

A band ('Priority 1 – Early Years', across the table or alone in its first column) over a merged
first column of short titles makes two grouping levels: the band is the area, the column the
objective (tests/test_two_group_levels.py). A school plan whose long objective titles wrap ('To raise
standards in reading' / 'and writing across the school') can print each title's last line as a row
of its own, its other cells empty: a Word table typed line by line does, and so does a ruled PDF
whose rows were cut at the line. That row fills one cell too, but it opens mid-sentence: it is no
band, the column stays the area, and the wrapped line is no area or objective of its own. Each shape
is written as a Word table (python-docx) and a ruled PDF (reportlab), then converted end to end;
row_cells.band_rows is tested on the cells themselves.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import test_area_rows as area_rows

import planx
from planx.extract.model import Cell
from planx.normalise.row_cells import band_rows

HEAD = ["", "Action", "Deadline", "Lead", "Measure"]
TITLE = "Harrowfield Primary School Development Plan 2026/27"
# (band, title's first line, its wrapped line, tasks)
GROUPS = [
    ("Priority 1 – Early Years", "To raise standards in reading", "and writing across the school",
     ["Embed the EYFS outdoor provision", "Train staff in early phonics", "Buy decodable reading books"]),
    ("Priority 1 – Early Years", "To improve attendance of pupils", "with a social worker",
     ["Introduce first-day calling", "Reward full attendance each term"]),
    ("Priority 2 – Leadership", "To develop leadership at", "every level of the school",
     ["Share good practice in oracy", "Coach new subject leaders"]),
]

Rows = list[list[str] | str]  # a str: a band row (one cell across the table)


def wrapped_rows() -> Rows:
    """Each title's first line beside its first task, its wrapped line on a row of its own."""
    out: Rows = []
    for _, first, wrap, tasks in GROUPS:
        for i, task in enumerate(tasks):
            out.append([first if i == 0 else "", task, "By end of Nov 2026", "Deputy Head", "Learning walks"])
            if i == 0:
                out.append([wrap, "", "", "", ""])
    return out


def banded_rows() -> Rows:
    """A band over each priority's groups, each title (its first line) beside its first task."""
    out: Rows = []
    for k, (band, first, _wrap, tasks) in enumerate(GROUPS):
        if k == 0 or band != GROUPS[k - 1][0]:
            out.append(band)
        for i, task in enumerate(tasks):
            out.append([first if i == 0 else "", task, "By end of Nov 2026", "Deputy Head",
                        "Learning walks"])
    return out


def word_plan(path: Path, rows: Rows) -> Path:
    """A Word table; a band alone in the first column, the row's other cells empty (not merged)."""
    return area_rows.word_plan(path, rows, merged=False, head=HEAD, title=TITLE)


def pdf_plan(path: Path, rows: Rows) -> Path:
    """A ruled grid on every cell; a band row spans the table."""
    return area_rows.pdf_plan(path, rows, head=HEAD, title=TITLE, widths=(150, 220, 100, 90, 150))


WRITERS = {"docx": word_plan, "pdf": pdf_plan}


def _read(tmp_path: Path, fmt: str, rows: Rows) -> tuple[dict[str, tuple[str, str]], Any]:
    """Each action's (area, objective), and the whole result."""
    result = planx.convert_file(str(WRITERS[fmt](tmp_path / f"plan.{fmt}", rows)))
    got = {a.action: (a.area, a.objective) for a in result.actions}
    assert len(got) == sum(len(tasks) for *_, tasks in GROUPS)
    return got, result


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_a_title_wrapped_onto_a_row_of_its_own_is_no_band(tmp_path: Path, fmt: str) -> None:
    got, result = _read(tmp_path, fmt, wrapped_rows())
    for _, first, _wrap, tasks in GROUPS:
        for task in tasks:
            area, objective = got[task]
            # the column of titles is the area (the PDF joins the wrapped line back to its title);
            # no wrapped line heads the groups as a band, nor becomes an objective
            assert area.startswith(first) and objective == ""
    assert not any("rows across the table that head its groups" in w for w in result.warnings)
    # nothing lost: a wrapped line the title did not take is kept aside
    kept = " ".join(lo.text for lo in result.leftovers) + " ".join(a.area for a in result.actions)
    assert all(wrap in kept for _, _, wrap, _ in GROUPS)


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_bands_over_the_column_of_titles_are_the_areas(tmp_path: Path, fmt: str) -> None:
    got, _ = _read(tmp_path, fmt, banded_rows())
    for band, first, _wrap, tasks in GROUPS:
        for task in tasks:
            assert got[task] == (band.split(" – ")[1], first)


def _row(*texts: str, span: int = 0) -> list[Cell]:
    if span:
        return [Cell(texts[0], 0, colspan=span)]
    return [Cell(t, k) for k, t in enumerate(texts)]


def test_band_rows_reads_the_cells() -> None:
    task = ("", "Train staff in early phonics", "Nov 2026", "Deputy Head")
    # two bands alone in the first column: bands
    assert band_rows([_row("Priority 1 – Early Years", "", "", ""), _row("Title", *task[1:]), _row(*task),
                      _row("Priority 2 – Leadership", "", "", ""), _row("Title", *task[1:])]) == [0, 3]
    # one band across the table as the first row: a band
    assert band_rows([_row("Connected communities", span=4), _row("Title", *task[1:])]) == [0]
    # lines that open mid-sentence, or go on from a title left open ('… in reading and' over 'Writing …'),
    # are wrapped lines: no bands
    assert band_rows([_row("To raise standards", *task[1:]), _row("in reading and", "", "", ""), _row(*task),
                      _row("To improve attendance", *task[1:]), _row("of pupils", "", "", "")]) == []
    assert band_rows([_row("To raise standards in reading and", *task[1:]), _row("Writing across the school"),
                      _row(*task), _row("To develop leaders at all", *task[1:]), _row("Levels of the school")]) == []
    # one row of one cell in the middle of the table recurs nowhere: no band
    assert band_rows([_row("To raise standards", *task[1:]), _row("Reading and writing", "", "", ""),
                      _row(*task)]) == []
    # a paragraph across the table is no band's title
    long = " ".join(["word"] * 25)
    assert band_rows([_row("Intro " + long, span=4), _row("Title", *task[1:]), _row("More " + long, span=4)]) == []
