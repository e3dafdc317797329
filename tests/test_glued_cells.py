"""Plan tables in a PDF's plain text whose cells ran together (extract/gluedcells.py): each cell's last
line glued to the next cell's first ('RoutesPlan the …'), the column heading glued and repeated after
each page's running header. Synthetic documents of that shape.
"""
from __future__ import annotations

from pathlib import Path

import planx
from planx.extract.gluedcells import glued_cells_as_tabs

HEADER = "Town Council Parks Plan 2026  |  page"
LINES = [
    "Parks and Open Spaces",
    "Delivery Plan",
    "March 20261  |  Parks and Open Spaces Delivery Plan  |  Green SpacesRefArea Project Task Outcome Deadline",
    "1 Play Safer play",
    "areasReplace worn swings at the",
    "two riverside parks.Fewer injuries",
    "reported.By June",
    "2026.",
    "2 Trees Street trees Plant two hundred",
    "new trees in the north ward.More shade in",
    "summer.Planting done by",
    "December 2026.",
    "3 Paths Towpath Resurface the canal towpath",
    "between the locks. Safer walking and",
    "cycling.By March",
    "2027.",
    "Projects for the wider district",
    "2  |  Parks and Open Spaces Delivery Plan  |  Green SpacesRefArea Project Task Outcome Deadline",
    "4 Water Drainage Review the drainage of",
    "the sports pitches.Fewer",
    "cancelled games.Review by",
    "May 2026.",
]


def test_records_become_rows_parted_where_words_ran_together():
    out, n = glued_cells_as_tabs(LINES)
    assert n == 4
    rows = [line.split("\t") for line in out if "\t" in line]
    assert rows[0] == ["Ref", "Area", "Project", "Task", "Outcome", "Deadline"]
    assert rows[1] == ["1", "Play", "Safer play areas", "Replace worn swings at the two riverside parks.",
                       "Fewer injuries reported.", "By June 2026."]


def test_an_instruction_on_the_record_first_line_is_parted_at_its_verb():
    out, _ = glued_cells_as_tabs(LINES)
    rows = [line.split("\t") for line in out if "\t" in line]
    assert rows[2][:4] == ["2", "Trees", "Street trees", "Plant two hundred new trees in the north ward."]


def test_a_boundary_on_a_space_is_taken_at_the_sentence_end():
    out, _ = glued_cells_as_tabs(LINES)
    row = next(line.split("\t") for line in out if line.startswith("3\t"))
    assert row[-3:] == ["Resurface the canal towpath between the locks.", "Safer walking and cycling.",
                        "By March 2027."]


def test_a_line_over_the_repeated_heading_heads_the_next_part():
    out, _ = glued_cells_as_tabs(LINES)
    assert "Projects for the wider district" in out
    row = next(line.split("\t") for line in out if line.startswith("3\t"))
    assert "district" not in row[-1]


def test_no_repeated_glued_heading_leaves_the_lines_alone():
    lines = ["Annual report", "We met twice.The plan was agreed.", "1 Item one", "2 Item two"]
    assert glued_cells_as_tabs(lines) == (lines, 0)


def test_a_glued_plan_is_read_end_to_end(tmp_path: Path):
    path = tmp_path / "glued_plan.txt"
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    result = planx.convert_file(str(path))
    got = [(a.action, a.due_date) for a in result.actions]
    assert got[0] == ("Replace worn swings at the two riverside parks.", "2026-06")
    assert len(got) == 4
    assert got[-1][1] == "2026-05"


def test_numbered_rows_laid_out_by_spaces_are_left_to_their_own_reader():
    lines = ["Ref   Action   Lead   Deadline",
             "1     Replace worn swings   Parks officer   June 2026",
             "2     Plant street trees    Tree officer    May 2026",
             "Page 2", "Ref   Action   Lead   Deadline",
             "3     Review drainage       Parks officer   July 2026"]
    assert glued_cells_as_tabs(lines) == (lines, 0)
