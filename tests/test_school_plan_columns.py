"""A school improvement plan's own column words and layout (the shape of a real infant school's and
federation's improvement plans, 2025-26, reproduced with words of our own): 'Objective | Action Required
| Term | PR | Resources | Success Criteria', the actions a paragraph each in one cell, the school term
set against each in the 'Term' cell ('Ongoing', 'Autumn 1', 'Summer 2 (2025)'), the person responsible
('PR') by initials or role. 'Term' is the timescale, 'PR' the lead where its cells name people (a
tracker's 'PR' over '#123' is a pull request), and each dated paragraph beside one owner is an action of
its own."""
from __future__ import annotations

from pathlib import Path

import pytest

from planx.normalise.dates import due_date
from planx.normalise.draft import Draft
from planx.normalise.headers import read_heading
from planx.normalise.parallel_lists import parallel_items, split_parallel_lists
from planx.normalise.yearmilestones import plan_year_run
from planx.pipeline import convert_file

HEAD = ["Objective", "Action Required", "Term", "PR", "Resources", "Success Criteria"]
ROWS = [
    (["Pupils write letters clearly and quickly"],
     ["Train teachers in teaching letter formation", "Run a fine motor skills group for identified pupils",
      "Write a lesson planning sheet for handwriting", "Check handwriting in books each half term"],
     ["Ongoing", "", "Ongoing", "Autumn 1", "", "Summer 2 (2025)"],  # blank paragraphs line terms up
     ["KT"], ["Handwriting scheme", "Pencil grips"],
     ["Most pupils form letters correctly by the end of Year 1"]),
    (["Spelling"],
     ["Adopt one spelling programme from Nursery to Year 2", "Give pupils word mats in every writing lesson"],
     ["Ongoing", "", "Autumn 2"], ["SLT", "", "Class teachers"], ["Word mats"],
     ["Spelling of taught words is accurate in pupils' writing"]),
]


def _word(path: Path, rows=ROWS, head=HEAD) -> Path:
    import docx
    d = docx.Document()
    d.add_heading("Rosebank Infant School Improvement Plan 2025-2026", 1)
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head, strict=True):
        c.text = h
    for row in rows:
        for c, lines in zip(t.add_row().cells, row, strict=True):
            c.text = "\n".join(lines)  # a paragraph a line, as the plan's writer typed them
    d.save(str(path))
    return path


def test_term_and_pr_head_the_timescale_and_the_person_responsible(tmp_path: Path):
    result = convert_file(_word(tmp_path / "sip.docx"))
    got = [(a.action, a.lead, a.due_raw, a.due_date, a.objective) for a in result.actions]
    assert got == [
        ("Train teachers in teaching letter formation", "KT", "Ongoing", "",
         "Pupils write letters clearly and quickly"),
        ("Run a fine motor skills group for identified pupils", "KT", "Ongoing", "",
         "Pupils write letters clearly and quickly"),
        ("Write a lesson planning sheet for handwriting", "KT", "Autumn 1", "2025-10",
         "Pupils write letters clearly and quickly"),
        ("Check handwriting in books each half term", "KT", "Summer 2 (2025)", "2025-07",
         "Pupils write letters clearly and quickly"),
        ("Adopt one spelling programme from Nursery to Year 2", "SLT", "Ongoing", "", "Spelling"),
        ("Give pupils word mats in every writing lesson", "Class teachers", "Autumn 2", "2025-12", "Spelling"),
    ]
    assert {lo.heading for lo in result.leftovers} == {"Resources"}


def test_a_trackers_pr_column_of_pull_requests_is_no_owner(tmp_path: Path):
    path = tmp_path / "roadmap.md"
    path.write_text("# Roadmap\n\n| Feature | Status | PR |\n|---|---|---|\n"
                    "| Add export to CSV | Done | #123 |\n| Fix login timeout | In progress | #130 |\n"
                    "| Improve search ranking | Planned | #141 |\n", encoding="utf-8")
    result = convert_file(path)
    assert [(a.action, a.lead) for a in result.actions] == [
        ("Add export to CSV", ""), ("Fix login timeout", ""), ("Improve search ranking", "")]
    assert {lo.heading for lo in result.leftovers} == {"PR"}


@pytest.mark.parametrize("label, field", [("Term", "due"), ("Terms", "due"), ("Key term", ""), ("Long term", "")])
def test_only_the_bare_word_term_names_the_timescale(label: str, field: str):
    read = read_heading(label)
    assert (read[0].field if read else "") == field


def test_one_owner_beside_dated_paragraphs_gives_each_paragraph_its_date():
    pieces = {"action": ["Train teachers\nRun a fine motor group\nWrite a planning sheet"], "lead": ["KT"],
              "due": ["Ongoing\n\nAutumn 1\nTermly"]}
    assert parallel_items(pieces) == [
        {"action": "Train teachers", "lead": "KT", "due": "Ongoing"},
        {"action": "Run a fine motor group", "lead": "KT", "due": "Autumn 1"},
        {"action": "Write a planning sheet", "lead": "KT", "due": "Termly"}]


@pytest.mark.parametrize("pieces", [
    # numbered steps beside one owner and their dates stay one action's milestones (the contract)
    {"action": ["1. Draft the policy\n2. Consult on it"], "lead": ["KT"], "due": ["May 2027\nJuly 2027"]},
    # lines beside one owner whose date cell lists no timescale a line: one action
    {"action": ["Train teachers\nRun a fine motor group"], "lead": ["KT"], "due": ["See the CPD\ncalendar"]},
    # one date over both lines
    {"action": ["Train teachers\nRun a fine motor group"], "lead": ["KT"], "due": ["Autumn 1"]},
])
def test_one_owner_without_a_timescale_a_line_stays_one_action(pieces):
    assert parallel_items(pieces) is None
    d = Draft(pieces=pieces)
    assert split_parallel_lists([d], []) == [d]


@pytest.mark.parametrize("raw, iso", [("Summer 2 (2025)", "2025-07"), ("Autumn term (2024/25)", "2024-12"),
                                      ("Autumn 1 (12 pupils)", "")])
def test_a_terms_year_in_brackets(raw: str, iso: str):
    assert due_date(raw) == iso


# ---- a federation's five-year strategy: its own plan years as columns -----------------------------
def _strategy(path: Path) -> Path:
    """'Our priorities | Year 1-2 | Year 3-4 | By the end of Year 5 | Key people' under a banner row,
    sections lettered across the table ('A' | 'We will … by:'), priorities numbered in the first column."""
    import docx
    d = docx.Document()
    t = d.add_table(rows=2, cols=6)
    t.rows[0].cells[0].merge(t.rows[0].cells[5]).text = "Hilltop Federation Five Year Strategy Plan"
    t.rows[1].cells[0].merge(t.rows[1].cells[1]).text = "Our priorities for the Federation:"
    for c, h in zip(t.rows[1].cells[2:], ["Year 1-2", "Year 3-4", "By the end of Year 5", "Key people"], strict=True):
        c.text = h

    def section(letter: str, text: str) -> None:
        cells = t.add_row().cells
        cells[0].text = letter
        cells[1].merge(cells[5]).text = text

    def priority(n: str, *texts: str) -> None:
        for c, v in zip(t.add_row().cells, [n, *texts], strict=True):
            c.text = v

    section("A", "We will deliver educational excellence by:")
    priority("1", "Improving pupil outcomes", "Outcomes in line with national", "Outcomes above county averages",
             "Outcomes above national at greater depth", "Heads of School\nJane Morley")
    priority("2", "Keeping the curriculum under review", "Review each subject's progression",
             "Work with the secondary school on transition", "Plans reviewed each year", "Exec HT\nTom Hale")
    section("B", "Our schools' happiness is a priority: we will keep it by")
    priority("1", "Monitoring staff well-being", "Sign up to the well-being charter",
             "Monitor the actions against the charter", "The school keeps to the charter", "Exec HT")
    d.save(str(path))
    return path


def test_a_strategys_own_years_are_its_priorities_milestones(tmp_path: Path):
    result = convert_file(_strategy(tmp_path / "strategy.docx"))
    got = [(a.objective, a.ref, a.action, a.lead, [(m.milestone, m.due_raw) for m in a.milestones])
           for a in result.actions]
    assert got == [
        ("A We will deliver educational excellence by", "1", "Improving pupil outcomes", "Heads of School Jane Morley",
         [("Outcomes in line with national", "Year 1-2"), ("Outcomes above county averages", "Year 3-4"),
          ("Outcomes above national at greater depth", "By the end of Year 5")]),
        ("A We will deliver educational excellence by", "2", "Keeping the curriculum under review", "Exec HT Tom Hale",
         [("Review each subject's progression", "Year 1-2"),
          ("Work with the secondary school on transition", "Year 3-4"),
          ("Plans reviewed each year", "By the end of Year 5")]),
        ("B Our schools' happiness is a priority: we will keep it by", "1", "Monitoring staff well-being", "Exec HT",
         [("Sign up to the well-being charter", "Year 1-2"), ("Monitor the actions against the charter", "Year 3-4"),
          ("The school keeps to the charter", "By the end of Year 5")]),
    ]
    assert not result.leftovers  # the nested milestones' own heading line ('Milestone; Due') is no text lost


@pytest.mark.parametrize("heads, run", [
    ({0: "Priorities", 1: "Year 1-2", 2: "Year 3-4", 3: "By the end of Year 5"}, [1, 2, 3]),
    ({0: "Objective", 1: "Year 1", 2: "Year 2", 3: "Year 3", 4: "Lead"}, [1, 2, 3]),
    ({0: "Objective", 1: "Years 1 & 2", 2: "Years 3 to 4", 3: "Year 5"}, [1, 2, 3]),
    # pupils' year groups out of a plan's order, or not starting at its first year: no run
    ({0: "Skill", 1: "Year 2", 2: "Year 3", 3: "Year 4"}, []),
    ({0: "Objective", 1: "Year 1", 2: "Year 3", 3: "Year 2"}, []),
    ({0: "Objective", 1: "Year 1", 2: "Year 2"}, []),
])
def test_a_run_of_plan_years(heads: dict[int, str], run: list[int]):
    assert plan_year_run(heads) == run


def test_a_curriculum_map_by_year_group_is_no_plan_by_year(tmp_path: Path):
    # 'Subject | Year 1 | Year 2 | Year 3': what each year group learns, beside no priorities or actions
    path = tmp_path / "map.md"
    path.write_text("| Subject | Year 1 | Year 2 | Year 3 |\n|---|---|---|---|\n"
                    "| History | The Great Fire of London | Castles | Stone Age to Iron Age |\n"
                    "| Geography | Our school | Our town | Rivers |\n", encoding="utf-8")
    assert all(not a.milestones for a in convert_file(path).actions)
