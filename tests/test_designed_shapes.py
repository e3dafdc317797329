"""Designed plans (tests/designed_plans.py draws them with reportlab, invented content) read as their
actions, and the three readings that make the weak ones:

- extract/pdfcolumns.same_blocks: two action blocks side by side (icon, bold title, a paragraph,
  'Lead:' and 'Timescale:' lines) line up as a table's rows do, but each side opens the same labelled
  lines in the same order: two columns of blocks, not a two-column table (and find_gutter counts a
  side's lines, a line each side at one height no longer one line of the page);
- extract/pdfpanels.block_rows: three such blocks a row, their titles of different lengths, that the
  table engine read as a borderless table: each column a panel of its own, read on its own;
- extract/pdfcolumns._filled_spans: an action table drawn with fills only set in one of two text
  columns is that column's, as a ruled one is; pdfcolumns.filled_across: one set across both
  columns, its column gap in line with their gutter, makes the sides its columns (no text columns);
- extract/pdfcolumns.under_filled_table: a fill-only table across both columns ends where its shaded
  rows end: two columns of prose straight under it still read column by column, none of it pulled
  into the table;
- extract/pdfcolumns._box_side (ruled_across): a banner framed a few points out from its text, set in the right
  column, has its left side in the gutter: the side of a box of one column (rules at its corners
  running into that side only), no rule parting a table's columns;
- extract/pdf.running_sections: a running header that names the page's section after the
  document's name ('Plan | Section 2: Active travel') is the heading over the page's rows, where
  nothing else names their area.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import read, words_of

import planx
from planx.extract.pdf import running_sections, stitch
from planx.extract.pdfcolumns import (
    Columns,
    _filled_spans,
    filled_across,
    looks_like_prose_columns,
    ruled_across,
    same_blocks,
    under_filled_table,
)
from planx.extract.pdfgeom import text_lines
from planx.extract.pdfpage import PageResult
from planx.extract.pdfpanels import block_rows
from planx.extract.pdftables import FoundTable, PageLayout

pytest.importorskip("reportlab")
import designed_plans  # noqa: E402


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    src = tmp_path_factory.mktemp("designed")
    designed_plans.write_all(src)
    out = src.parent / (src.name + "_out")
    planx.convert(src, out)
    return src, out


@pytest.mark.parametrize("name", sorted(designed_plans.SHAPES))
def test_each_designed_shape_reads_as_its_actions(converted: tuple[Path, Path], name: str) -> None:
    src, out = converted
    truth = json.loads((src / f"{name}.pdf.truth.json").read_text())
    got = [a for a in read(out, "actions") if a["doc"] == f"{name}.pdf"]
    # (blocks side by side read column by column: the order of a grid of blocks is the reader's choice)
    assert sorted((a["area"], a["action"], a["lead"], a["due_raw"], a["status_raw"]) for a in got) == \
        sorted((t["area"], t["action"], t["lead"], t["due_raw"], t.get("status_raw", "")) for t in truth["actions"])


def test_nothing_is_lost(converted: tuple[Path, Path]) -> None:
    _, out = converted
    assert all(float(d["text_accounted"]) == 100.0 for d in read(out, "documents"))
    kept = " ".join(r["text"] for r in read(out, "leftovers"))
    assert "Healthier Places Plan 2026-2029" in kept  # a running header's common part: furniture, kept aside
    assert "This step builds on work the partnership" in kept  # a block's paragraph


def _block(x: float, top: float, labels: tuple[str, ...]) -> list[tuple[float, float, str]]:
    lines = [(x, top, "Set up a pantry in each ward of high need"), (x, top + 14, "and keep it stocked")]
    lines += [(x, top + 34 + 12 * k, "this step builds on the work begun last year") for k in range(3)]
    return lines + [(x, top + 76 + 13 * k, f"{label}: Food Partnership Coordinator") for k, label in enumerate(labels)]


def test_blocks_side_by_side_with_the_same_labels_are_columns() -> None:
    left = text_lines(words_of(_block(64.0, 120.0, ("Lead", "Timescale"))))
    right = text_lines(words_of(_block(334.0, 120.0, ("Lead", "Timescale"))))
    assert same_blocks(left, right)
    assert looks_like_prose_columns(left, right)
    # a two-column table whose sides hold different things, or one label only, stays a table
    other = text_lines(words_of(_block(334.0, 120.0, ("Progress", "Status"))))
    assert not same_blocks(left, other)
    one = text_lines(words_of(_block(334.0, 120.0, ("Lead",))))
    assert not same_blocks(text_lines(words_of(_block(64.0, 120.0, ("Lead",)))), one)


def test_a_table_whose_columns_are_blocks_is_a_row_of_panels() -> None:
    words = words_of(_block(64.0, 120.0, ("Lead", "Timescale")) + _block(320.0, 120.0, ("Lead", "Timescale"))
                     + _block(576.0, 120.0, ("Lead", "Timescale")))
    table = FoundTable(bbox=(64.0, 120.0, 800.0, 230.0), cells=[], nrows=0, ncols=3, ruled=False,
                       col_edges=[300.0, 560.0])
    rows = block_rows(PageLayout([table], []), words)
    assert len(rows) == 1 and len(rows[0].boxes) == 3
    # a borderless table of an action, a lead and a date column is no row of blocks
    plain = [(64.0, 120.0 + 14 * k, f"Review the policy {k}") for k in range(4)] + \
        [(320.0, 120.0 + 14 * k, "Lead: Head of Service") for k in range(4)] + \
        [(576.0, 120.0 + 14 * k, "Timescale: May 2026") for k in range(4)]
    assert block_rows(PageLayout([table], []), words_of(plain)) == []


def test_a_fill_only_table_in_one_column_is_that_columns() -> None:
    rows = [(40.0, 250.0 + 11 * k, "Offer a free check to every tenant       Housing Lead")
            for k in range(6)]
    side = text_lines(words_of([(36.0, 171.0 + 13 * k, "cold and damp homes make chest illness worse")
                                for k in range(4)] + rows, size=8.0))
    fill = {"x0": 36.0, "x1": 291.0, "top": 246.0, "bottom": 320.0, "colour": "#dde9f5"}
    assert _filled_spans(side, [fill], float("-inf"), 310.0) == [(246.0, 320.0)]
    across = dict(fill, x1=560.0)  # a band across both columns is no column's
    assert _filled_spans(side, [across], float("-inf"), 310.0) == []


def test_shaded_rows_across_the_gutter_are_a_tables() -> None:
    cols = Columns((253.0, 300.0), 60.0, 700.0)
    rows = [(40.0, 200.0 + 20 * k, "Map safe cycle routes") for k in range(3)] + \
        [(304.0, 200.0 + 20 * k, "Transport Planner") for k in range(3)]
    words = words_of(rows, size=9.0)
    bands = [{"x0": 36.0, "x1": 575.0, "top": 196.0 + 20 * k, "bottom": 214.0 + 20 * k, "colour": "#dde9f5"}
             for k in range(3)]
    assert filled_across(bands, cols, words)
    assert not filled_across(bands[:1], cols, words)  # one band: a banner, not a table's rows
    tall = [dict(bands[0], top=60.0, bottom=700.0)]  # a shaded box behind two columns of text
    assert not filled_across(tall * 2, cols, words)
    left_only = [dict(b, x1=250.0) for b in bands]  # a column's own table
    assert not filled_across(left_only, cols, words)


def test_columns_go_on_under_a_shaded_table_across_them() -> None:
    cols = Columns((253.0, 300.0), 100.0, 800.0)
    table = [(40.0, 104.0 + 20 * k, "Map safe cycle routes") for k in range(3)] + \
        [(304.0, 104.0 + 20 * k, "Transport Planner") for k in range(3)]
    prose = [(36.0, 180.0 + 13 * k, "our partners agreed this plan after a year of") for k in range(8)] + \
        [(310.0, 180.0 + 13 * k, "groups run by residents reach the people that") for k in range(7)]
    words = words_of(table + prose, size=9.0)
    bands = [{"x0": 36.0, "x1": 575.0, "top": 100.0 + 20 * k, "bottom": 118.0 + 20 * k, "colour": "#dde9f5"}
             for k in range(3)]
    under = under_filled_table(bands, cols, words, text_lines(words))
    assert under is not None and 158.0 <= under.top <= 181.0 and under.gutter == cols.gutter
    # the table at the page's foot, nothing in columns under it: the sides are its columns alone
    assert under_filled_table(bands, cols, words_of(table, size=9.0), text_lines(words_of(table, size=9.0))) is None


def test_a_framed_banner_in_one_column_is_no_rule_across() -> None:
    cols = Columns((253.0, 310.0), 90.0, 800.0)
    lines = text_lines(words_of([(36.0, 92.0 + 13 * k, "our partners agreed this plan") for k in range(8)]))
    frame = [{"x0": 302.0, "x1": 559.0, "top": 96.0, "bottom": 96.0}, {"x0": 302.0, "x1": 559.0, "top": 120.0,
                                                                        "bottom": 120.0},
             {"x0": 302.0, "x1": 302.0, "top": 96.0, "bottom": 120.0}, {"x0": 559.0, "x1": 559.0, "top": 96.0,
                                                                        "bottom": 120.0}]
    assert not ruled_across(frame, cols, lines, 842.0)
    # a rule down the gutter with rows' rules across it (a table over both columns) parts columns
    rows = [{"x0": 36.0, "x1": 559.0, "top": 96.0 + 24 * k, "bottom": 96.0 + 24 * k} for k in range(3)]
    divider = {"x0": 302.0, "x1": 302.0, "top": 96.0, "bottom": 144.0}
    assert ruled_across([divider, *rows], cols, lines, 842.0)
    assert ruled_across([divider], cols, lines, 842.0)  # a bare rule down the gutter


def _page(number: int, header: str, table_free: bool = True) -> PageResult:
    paragraphs = [(17.0, header, False, 8.0, False, "", 36.0),
                  (90.0, "Body text of the page under its header", False, 10.0, False, "", 36.0)]
    return PageResult(number, paragraphs=paragraphs, height=595.0)


def test_a_running_header_naming_the_section_heads_its_page() -> None:
    pages = [_page(1, "Plan 2026 | Section 1: Healthy homes"), _page(2, "Plan 2026 | Section 1: Healthy homes"),
             _page(3, "Plan 2026 | Section 2: Active travel")]
    found = running_sections(pages)
    assert found[(3, 17.0)] == ("Plan 2026", "Section 2: Active travel")
    dropped: list[tuple[int, float, str, bool]] = []
    blocks = stitch(pages, dropped=dropped)
    heads = [b[2] for b in blocks if isinstance(b, tuple) and b[3]]
    assert heads == ["Section 1: Healthy homes", "Section 2: Active travel"]  # once a section, not each page
    assert ("Plan 2026" in {d[2] for d in dropped}) and (2, 17.0, "Section 1: Healthy homes", True) in dropped
    # the same header over every page, or one whose last part is the page's number: no section
    assert running_sections([_page(n, "Plan 2026 | Delivery") for n in (1, 2, 3)]) == {}
    assert running_sections([_page(n, f"Plan 2026 | Page {n}") for n in (1, 2, 3)]) == {}
