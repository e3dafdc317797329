"""Plain-text plans as people and report writers print them (synthetic documents, written for these tests):
- tables drawn as grids of characters ('+----+----+' rules, '|' between cells), a cell wrapped over
  several lines, one grid per area or one grid with an area column (extract/gridtext.py);
- a numbered area cell ('1. Housing and homes') beside its rows' own refs ('1.1'): the number is the
  area_ref, the rest the title (normalise/walker_new_drafts.py);
- labelled lines laid out across the page whose gutters a reader closes up ('RAG: G Direction of
  travel: ↑'): the rating is one word (normalise/lists.py);
- a glossary under its own heading below a table laid out by spaces: read apart, no actions
  (extract/layouttext.py back_matter_apart, normalise/structure.py)."""
from __future__ import annotations

from conftest import convert_text

from planx.extract.gridtext import grid_tables
from planx.extract.model import Table
from planx.extract.text import parse_lines

_RULE = "+------+--------------------------------+--------------+------------+--------+"
_HEAD = "| Ref  | Action                         | Lead         | Due        | RAG    |"

PER_AREA = "\n".join([
    "Community Safety Partnership - Action Plan",
    "",
    "AREA 1: Safer streets",
    "",
    _RULE, _HEAD, _RULE,
    "| 1.1  | Fit new street lights in the   | Highways     | 30/06/2026 | GREEN  |",
    "|      | town centre and the two parks. | Manager      |            |        |",
    _RULE,
    "| 1.2  | Publish the crime figures each | Community    | 31/07/2026 | AMBER  |",
    "|      | quarter on the website.        | Safety Lead  |            |        |",
    "|      |                                | / Police     |            |        |",
    _RULE,
    "",
    "AREA 2: Victims and witnesses",
    "",
    _RULE, _HEAD, _RULE,
    "| 2.1  | Open a victims' hub in the     | Head of      | 31/03/2027 | RED    |",
    "|      | library.                       | Service      |            |        |",
    _RULE,
    "",
])

AREA_COLUMN = "\n".join([
    "Housing Board - Improvement Plan",
    "",
    "+--------------------+-------+--------------------------------+------------+--------------+",
    "| Area               | Ref   | Action                         | Lead       | Due          |",
    "+====================+=======+================================+============+==============+",
    "| 1. Housing and     | 1.1   | Review the allocations policy  | Head of    | 30/06/2026   |",
    "| homes              |       | with tenants.                  | Housing    |              |",
    "+--------------------+-------+--------------------------------+------------+--------------+",
    "|                    | 1.2   | Publish the void figures.      | Voids Lead | 31/07/2026   |",
    "+--------------------+-------+--------------------------------+------------+--------------+",
    "| 2. Safer streets   | 2.1   | Fit new street lights in the   | Highways   | 31/08/2026   |",
    "|                    |       | town centre.                   | Manager    |              |",
    "+--------------------+-------+--------------------------------+------------+--------------+",
    "",
])


def test_a_grid_row_is_the_lines_between_two_rules():
    grids = grid_tables(PER_AREA.split("\n"))
    assert len(grids) == 2
    first = next(iter(grids.values()))
    assert [c.text for c in first.rows[1].cells] == [
        "1.1", "Fit new street lights in the\ntown centre and the two parks.", "Highways\nManager", "30/06/2026",
        "GREEN"]
    assert first.rows[1].line == 8  # the row's first line in the file


def test_grid_tables_per_area_give_one_action_a_row():
    doc = parse_lines(PER_AREA.split("\n"))
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 2 and [len(t.rows) for t in tables] == [3, 2]


def test_grid_plan_reads_whole_cells(tmp_path):
    result = convert_text(tmp_path, "plan.txt", PER_AREA)
    got = [(a.area_ref, a.area, a.action, a.lead, a.due_raw, a.rag_raw) for a in result.actions]
    assert got == [
        ("1", "Safer streets", "Fit new street lights in the town centre and the two parks.", "Highways Manager",
         "30/06/2026", "GREEN"),
        ("1", "Safer streets", "Publish the crime figures each quarter on the website.",
         "Community Safety Lead / Police", "31/07/2026", "AMBER"),
        ("2", "Victims and witnesses", "Open a victims' hub in the library.", "Head of Service", "31/03/2027", "RED"),
    ]


def test_grid_with_an_area_column_numbers_its_areas(tmp_path):
    result = convert_text(tmp_path, "plan.txt", AREA_COLUMN)
    got = [(a.area_ref, a.area, a.action, a.lead) for a in result.actions]
    assert got == [
        ("1", "Housing and homes", "Review the allocations policy with tenants.", "Head of Housing"),
        ("1", "Housing and homes", "Publish the void figures.", "Voids Lead"),
        ("2", "Safer streets", "Fit new street lights in the town centre.", "Highways Manager"),
    ]


def test_a_rule_left_blank_over_a_cell_merges_it_with_the_row_below():
    lines = [
        "+----------+------+------------+",
        "| Area     | Ref  | Action     |",
        "+==========+======+============+",
        "| Housing  | 1.1  | Review     |",
        "|          +------+------------+",
        "|          | 1.2  | Publish    |",
        "+----------+------+------------+",
    ]
    grid = grid_tables(lines)[0]
    rows = grid.rows
    assert rows[1].cells[0].text == "Housing" and rows[1].cells[0].rowspan == 2
    assert rows[2].cells[0].merged_above and rows[2].cells[1].text == "1.2"


def test_a_row_line_without_a_bar_spans_columns():
    lines = [
        "+------+------------+--------+",
        "| Ref  | Action     | Lead   |",
        "+------+------------+--------+",
        "| Theme one: a title spanned |",
        "+------+------------+--------+",
        "| 1.1  | Review     | Ann    |",
        "+------+------------+--------+",
    ]
    rows = grid_tables(lines)[0].rows
    assert [(c.text, c.col, c.colspan) for c in rows[1].cells] == [("Theme one: a title spanned", 0, 3)]


def test_a_box_of_one_column_and_bar_lines_are_no_grid():
    assert grid_tables(["+----------+", "| Lead: A  |", "+----------+"]) == {}
    assert grid_tables(["| a | b |", "| c | d |"]) == {}


def test_a_rating_is_one_word_before_a_run_on_label(tmp_path):
    text = "\n".join([
        "Early Help Plan: Update",
        "",
        "THEME 1: Access to help",
        "",
        "1.1  Open the front door for early help requests with a duty worker each day.",
        "      Lead: Head of Early Help   Due: Q3 2025/26",
        "      Status: 40% - in progress   RAG: G   Direction of travel: ↑",
        "",
        "1.2  Train school leads to complete early help assessments.",
        "      Lead: Schools Adviser   Due: Q4 2025/26",
        "      Status: 10% - delayed   RAG: R   Direction of travel: ↓",
        "",
    ])
    result = convert_text(tmp_path, "plan.txt", text)
    assert [(a.rag_raw, a.rag) for a in result.actions] == [("G", "green"), ("R", "red")]


def test_a_glossary_under_a_laid_out_table_gives_no_actions(tmp_path):
    text = "\n".join([
        "Partnership Delivery Plan",
        "",
        "Ref     What we will do                                  Lead(s)        How we will know",
        "",
        "Priority 1: Safe homes",
        "",
        "1.1     Open a second family hub in the east of the      FH / PH        Registrations rise",
        "        district with evening sessions.                                 to 80%",
        "",
        "1.2     Train the housing officers in spotting           HO / CSC       All officers trained",
        "        neglect.",
        "",
        "Glossary",
        "",
        "CSC       Children's Social Care",
        "FH        Family Hubs",
        "HO        Housing Officers",
        "PH        Public Health",
        "",
    ])
    result = convert_text(tmp_path, "plan.txt", text)
    assert [a.action for a in result.actions] == [
        "Open a second family hub in the east of the district with evening sessions.",
        "Train the housing officers in spotting neglect.",
    ]
    assert result.status == "ok"
