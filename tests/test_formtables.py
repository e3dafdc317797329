"""One table (or box) per action (issue 14, normalise/formtables.py and formgrid.py's fill rows):
a RAG given only as the fill of a form's value cell, several forms over their milestone grids that a
PDF's reader stitched into one table, a banner in a box of its own over its actions' forms, labels
standing over their values in a box, a form's numbered title split into the table's columns.

Unit tests give each rule the real shapes it reads and the ones it must leave alone; the end-to-end
tests convert samples/make_formtable_samples.py's documents (Word, reportlab ruled and borderless,
and LibreOffice's print when it is installed) and compare them with their truth."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import read

import planx
from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.formgrid import read_form_over_grid
from planx.normalise.formtables import (
    banner_over_forms,
    cut_at_banners,
    form_tables,
    restack_box,
    split_forms,
    widen_title_rows,
)

RED, GREEN, BAND = "#ff0000", "#00b050", "#d9e2f3"


def row(*cells: Cell, line: int = 1, page: int = 1) -> Row:
    return Row(list(cells), page, line)


def numbered(rows: list[Row], index: int = 1) -> Table:
    return Table(rows=[Row(r.cells, r.page, k + 1) for k, r in enumerate(rows)], page=rows[0].page, index=index)


def form_rows(title: str, action: str, lead: str, fill: str, milestones: list[tuple[str, str, str]],
              page: int = 1) -> list[Row]:
    """A post-inspection action's form: a title across, label | value rows (the RAG only a fill), then its
    own milestone grid, three columns wide (a value spans the last two)."""
    def pair(label: str, value: str, colour: str | None = None) -> Row:
        return row(Cell(label, 0, fill=BAND), Cell(value, 1, colspan=2, fill=colour), page=page)
    return [row(Cell(title, 0, colspan=3), page=page),
            pair("Recommended action", action), pair("Action owner", lead), pair("Completion date", "December 2025"),
            pair("RAG rating", "", fill), pair("Commentary", "Work started in the autumn."),
            row(Cell("Milestone", 0), Cell("Completion date", 1), Cell("Status", 2), page=page),
            *[row(Cell(m, 0), Cell(d, 1), Cell(s, 2), page=page) for m, d, s in milestones]]


MILESTONES = [("Draft the guidance", "31/03/2026", "Not started"), ("Train team managers", "Jan 2026", "Complete")]


def raw(*blocks: Paragraph | Table, fmt: str = "pdf") -> RawDocument:
    return RawDocument(path="", name=f"forms.{fmt}", format=fmt, blocks=list(blocks))


# ---- a RAG given only by the fill of a form's value cell ----------------------------------------------

def test_a_rating_label_beside_a_shaded_empty_cell_gives_the_form_its_rag_by_colour():
    reading = read_form_over_grid(numbered(form_rows("Action 2.2", "Create supported internships", "Jo Reid", RED,
                                                     MILESTONES)))
    assert reading is not None and reading.fills == {"rag": RED}
    assert "rated by its cell's fill" in reading.why
    result = normalise(raw(numbered(form_rows("Action 2.2", "Create supported internships", "Jo Reid", RED,
                                              MILESTONES))))
    [action] = result.actions
    assert (action.action, action.lead, action.rag, action.rag_raw) == \
        ("Create supported internships", "Jo Reid", "red", RED)
    assert [m.milestone for m in action.milestones] == ["Draft the guidance", "Train team managers"]


def test_a_shaded_empty_cell_beside_a_label_that_rates_nothing_is_no_rag():
    rows = form_rows("Action 2.2", "Create supported internships", "Jo Reid", RED, MILESTONES)
    rows[2] = row(Cell("Action owner", 0, fill=BAND), Cell("", 1, colspan=2, fill=RED))  # a shaded blank owner
    reading = read_form_over_grid(numbered(rows))
    assert reading is None or "lead" not in reading.fills


# ---- several forms over their grids in one table ------------------------------------------------------

def test_forms_a_pdf_stitched_over_a_page_break_are_cut_where_the_opening_label_comes_back():
    first = form_rows("Action 2.2", "Create supported internships", "Jo Reid", GREEN, MILESTONES)
    second = form_rows("Action 2.3", "Map the post-16 options", "Sam Khan", RED, MILESTONES[:1], page=2)
    stitched = numbered(first + second)
    assert read_form_over_grid(stitched) is None  # the next form's labels under the first one's grid
    pieces = split_forms(stitched)
    assert pieces is not None and [len(p.rows) for p in pieces] == [len(first), len(second)]
    result = normalise(raw(stitched))
    assert [(a.action, a.lead, a.rag) for a in result.actions] == \
        [("Create supported internships", "Jo Reid", "green"), ("Map the post-16 options", "Sam Khan", "red")]
    assert [len(a.milestones) for a in result.actions] == [2, 1]
    assert any("read one by one" in w for w in result.warnings)


def test_one_form_or_a_plain_grid_is_not_cut():
    assert split_forms(numbered(form_rows("Action 1.1", "Recruit two psychologists", "Ali Shah", RED,
                                          MILESTONES))) is None
    grid = numbered([row(Cell("Action", 0), Cell("Lead", 1), Cell("Target date", 2))]
                    + [row(Cell(f"Do thing {k}", 0), Cell("Jo", 1), Cell("May 2026", 2)) for k in range(8)])
    assert split_forms(grid) is None


# ---- a banner in a box of its own over the forms --------------------------------------------------------

def _kv_form(action: str, index: int) -> Table:
    return numbered([row(Cell("Action", 0), Cell(action, 1)), row(Cell("Lead officer", 0), Cell("Jo Reid", 1)),
                     row(Cell("Target date", 0), Cell("March 2026", 1)), row(Cell("RAG", 0), Cell("", 1, fill=RED))],
                    index=index)


def test_a_one_cell_recommendation_box_over_forms_naming_their_action_is_their_area():
    banner = numbered([row(Cell("Recommendation 2: Listen to children and act on what they say", 0))], index=1)
    blocks = [banner, _kv_form("Run a termly forum for parent carers", 2)]
    assert banner_over_forms(blocks, 0) == ("2", "Listen to children and act on what they say",
                                            "Recommendation 2: Listen to children and act on what they say")
    result = normalise(raw(*blocks, fmt="docx"))
    [action] = result.actions
    assert (action.area_ref, action.area, action.action, action.rag) == \
        ("2", "Listen to children and act on what they say", "Run a termly forum for parent carers", "red")


def test_a_recommendation_line_over_a_form_without_an_action_label_still_heads_that_action():
    line = Paragraph(text="Recommendation 2: Listen to children", page=1, line=1)
    untitled = numbered([row(Cell("Lead officer", 0), Cell("Jo Reid", 1)),
                         row(Cell("Target date", 0), Cell("March 2026", 1))], index=1)
    assert banner_over_forms([line, untitled], 0) is None
    # a line naming an area ('Priority 2: …') is left to the heading readers
    assert banner_over_forms([Paragraph(text="Priority 2: Listen", page=1, line=1), _kv_form("Run a forum", 1)], 0) \
        is None


# ---- labels standing over their values in a box --------------------------------------------------------

def _box(fill: str) -> Table:
    return numbered([row(Cell("Action", 0, colspan=4, fill=BAND)),
                     row(Cell("Train every early years setting to use the checklist", 0, colspan=4)),
                     row(Cell("Lead officer", 0), Cell("Designated Clinical Officer", 1), Cell("By when", 2),
                         Cell("Sept 2025", 3)),
                     row(Cell("Progress to date", 0, colspan=2), Cell("RAG rating", 2, colspan=2)),
                     row(Cell("Recruitment under way.", 0, colspan=2), Cell("", 2, colspan=2, fill=fill))])


def test_a_box_with_labels_over_their_values_is_read_as_label_value_rows_keeping_the_fill():
    restacked = restack_box(_box(RED))
    assert restacked is not None
    pairs = [(r.cells[0].text, r.cells[1].text, r.cells[1].fill) for r in restacked.rows if len(r.cells) == 2]
    assert ("Action", "Train every early years setting to use the checklist", None) in pairs
    assert ("RAG rating", "", RED) in pairs
    [action] = normalise(raw(_box(RED))).actions
    assert (action.action, action.lead, action.due_date, action.rag) == \
        ("Train every early years setting to use the checklist", "Designated Clinical Officer", "2025-09", "red")


def test_a_grid_heading_row_over_its_rows_is_not_restacked():
    grid = numbered([row(Cell("Action", 0), Cell("Lead officer", 1), Cell("Target date", 2)),
                     row(Cell("Train every setting", 0), Cell("Jo Reid", 1), Cell("Sept 2025", 2)),
                     row(Cell("Audit ten plans", 0), Cell("Sam Khan", 1), Cell("May 2026", 2))])
    assert restack_box(grid) is None


# ---- a form's numbered title split into the table's columns ----------------------------------------------

def test_a_numbered_title_alone_in_the_label_column_is_widened_back_into_a_title_row():
    rows = []
    for n, action in (("1.1", "Start transition planning at every annual review"),
                      ("1.2", "Create supported internships")):
        rows += [row(Cell(f"Action {n}", 0), Cell("", 1)), row(Cell("Action to be taken", 0), Cell(action, 1)),
                 row(Cell("Lead officer", 0), Cell("Jo Reid", 1)), row(Cell("By when", 0), Cell("March 2026", 1)),
                 row(Cell("RAG", 0), Cell("", 1, fill=GREEN))]
    t = numbered(rows)
    widened = widen_title_rows(t)
    assert widened is not None and [r.cells[0].colspan for r in widened.rows].count(2) == 2
    pieces, notes = form_tables(t)
    assert notes and "numbered title" in notes[0] and pieces[0].rows[0].cells[0].colspan == 2
    result = normalise(raw(t))
    assert [(a.action, a.rag) for a in result.actions] == \
        [("Start transition planning at every annual review", "green"), ("Create supported internships", "green")]


def test_a_label_with_an_empty_value_is_no_title():
    t = numbered([row(Cell("Lead officer", 0), Cell("", 1)), row(Cell("Action", 0), Cell("Do it", 1))])
    assert widen_title_rows(t) is None


# ---- end to end: the generated shapes in every rendering ----------------------------------------------

@pytest.fixture(scope="module")
def formtables_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from samples.make_formtable_samples import main
    folder = tmp_path_factory.mktemp("formtables")
    docs = main(folder, [1], office=shutil.which("soffice") is not None)
    out = tmp_path_factory.mktemp("formtables_out")
    planx.convert(docs, out=out, jobs=1, report=False)
    return folder, out


def _truth(folder: Path, doc: str) -> list[dict]:
    return json.loads((folder / f"{doc}.truth.json").read_text(encoding="utf-8"))["actions"]


@pytest.mark.parametrize("shape", ["leftlabels", "banner", "nested", "spanlabels", "pagebreak", "toplabels"])
@pytest.mark.parametrize("rendering", [".docx", "_rl.pdf", "_lo.pdf"])
def test_each_shape_gives_each_action_once_with_its_fill_rag_and_area(formtables_run, shape, rendering):
    folder, out = formtables_run
    doc = f"{shape}_1{rendering}"
    if not (folder / doc).exists():
        pytest.skip("LibreOffice is not installed")
    truth = _truth(folder, doc)
    got = [r for r in read(out, "actions") if r["doc"] == doc]
    assert [r["action"] for r in got] == [t["action"] for t in truth]
    assert [(r["rag"], r["rag_raw"]) for r in got] == [(t["rag"], t["rag_raw"]) for t in truth]
    assert [(r["area_ref"], r["area"]) for r in got] == [(t["area_ref"], t["area"]) for t in truth]
    if shape == "nested":
        milestones = [r for r in read(out, "milestones") if r["doc"] == doc]
        assert len(milestones) == sum(len(t["milestones"]) for t in truth)


@pytest.mark.parametrize("shape", ["leftlabels", "pagebreak", "toplabels"])
def test_borderless_forms_with_fills_only_read_each_action(formtables_run, shape):
    folder, out = formtables_run
    doc = f"{shape}_1_bl.pdf"
    truth = _truth(folder, doc)
    got = [r for r in read(out, "actions") if r["doc"] == doc]
    assert [r["action"] for r in got] == [t["action"] for t in truth]
    assert [r["lead"] for r in got] == [t["lead"] for t in truth]


def test_a_banner_row_between_forms_in_one_table_is_the_area_of_the_forms_below_it():
    def form(n: str, action: str) -> list[Row]:
        return [row(Cell(f"Action {n}", 0, colspan=2)), row(Cell("Action", 0), Cell(action, 1)),
                row(Cell("Responsible officer", 0), Cell("Head of Inclusion", 1)),
                row(Cell("Target date", 0), Cell("Sept 2025", 1)), row(Cell("RAG status", 0), Cell("", 1, fill=RED))]
    joined = numbered(form("1.1", "Recruit two more educational psychologists")
                      + [row(Cell("Recommendation 2: Listen to children and families", 0, colspan=2, fill="#bfbfbf"))]
                      + form("2.1", "Run a termly forum for parent carers"))
    pieces = cut_at_banners(joined)
    assert pieces is not None and [len(p.rows) for p in pieces] == [5, 1, 5]
    result = normalise(raw(Paragraph(text="Recommendation 1: Improve plans", page=1, line=1), joined))
    assert [(a.area_ref, a.action) for a in result.actions] == \
        [("1", "Recruit two more educational psychologists"), ("2", "Run a termly forum for parent carers")]


def test_a_banner_row_over_rows_that_are_no_forms_is_not_cut():
    grid = numbered([row(Cell("Action", 0), Cell("Lead", 1)), row(Cell("Recommendation 2: Listen", 0, colspan=2)),
                     row(Cell("Hold a forum", 0), Cell("Jo Reid", 1)), row(Cell("Publish a guide", 0), Cell("Sam", 1))])
    assert cut_at_banners(grid) is None


# ---- a form's last row carried over a page break (extract/pdftables.py) ----------------------------------

def test_one_ruled_row_of_a_label_beside_a_rag_fill_is_a_table_row_but_a_grey_band_is_not():
    from planx.extract.pdftables import GridCell, rated_label_row
    label = GridCell(0, 0, 1, 1, bbox=(50, 60, 150, 80), text="RAG status", fill="#d9e2f3")
    shaded = GridCell(0, 1, 1, 1, bbox=(150, 60, 500, 80), text="", fill="#ffc000")
    assert rated_label_row([label, shaded], 1)
    grey = GridCell(0, 1, 1, 1, bbox=(150, 60, 500, 80), text="", fill="#bfbfbf")
    assert not rated_label_row([label, grey], 1)  # a grey cell rates nothing
    assert not rated_label_row([label, shaded], 2)  # more rows: the ordinary grid reading
    swatch_first = GridCell(0, 0, 1, 1, bbox=(10, 60, 50, 80), text="", fill="#ff0000")
    assert not rated_label_row([swatch_first, GridCell(0, 1, 1, 1, bbox=(50, 60, 150, 80), text="Red")], 1)


def test_a_lead_in_over_a_grid_is_not_restacked_as_a_box():
    lead_in = numbered([row(Cell("Lead officer", 0), Cell("Jo Reid", 1), Cell("", 2)),
                        row(Cell("Action", 0), Cell("Lead officer", 1), Cell("Target date", 2)),
                        row(Cell("Train every setting", 0), Cell("Jo Reid", 1), Cell("Sept 2025", 2)),
                        row(Cell("Audit ten plans", 0), Cell("Sam Khan", 1), Cell("May 2026", 2))])
    assert restack_box(lead_in) is None


def test_a_forms_last_milestones_carried_onto_the_next_page_are_joined_back():
    from planx.normalise.formtables import grid_over_pages
    form = numbered(form_rows("Action 2.1", "Start transition planning", "Jo Reid", GREEN, MILESTONES[:1]), index=4)
    carried = Table(rows=[row(Cell("Train team managers", 0), Cell("end of June 2026", 1), Cell("In progress", 2),
                              page=2)], page=2, index=5)
    joined = grid_over_pages([form, carried], 0, form)
    assert joined is not None and len(joined.rows) == len(form.rows) + 1
    # the next form on the next page is no continuation of this one's grid
    nxt = numbered(form_rows("Action 2.2", "Create supported internships", "Sam Khan", RED, MILESTONES, page=2),
                   index=5)
    assert grid_over_pages([form, nxt], 0, form) is None
