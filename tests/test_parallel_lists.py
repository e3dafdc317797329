"""A row whose action, lead and date cells hold parallel lists (normalise/parallel_lists.py): a school
plan's one row per objective, its actions listed in one cell beside who leads each and by when, one
line per item (numbered, lettered, bulleted or plain; a PDF's narrow columns wrap an item)."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import convert_text

import planx
from planx.normalise.draft import Draft
from planx.normalise.parallel_lists import parallel_items, split_parallel_lists


def test_lettered_items_wrapped_in_narrow_columns_pair_by_order():
    # as a PDF's cells print them: an item, an owner and a date each wrapped onto a second line
    pieces = {"objective": ["To embed a consistent\nbehaviour policy"],
              "action": ["a) Review the behaviour policy with staff\nand pupils\nb) Deliver CPD on homework to all\n"
                         "teaching staff\nc) Appoint a lead for spelling"],
              "lead": ["Attendance\nofficer\nJB/HT\nSENCo"],
              "due": ["15th\nSeptember\n2026\nEnd of March\n2027\n01/12/2026"]}
    assert parallel_items(pieces) == [
        {"action": "Review the behaviour policy with staff and pupils", "lead": "Attendance officer",
         "due": "15th September 2026"},
        {"action": "Deliver CPD on homework to all teaching staff", "lead": "JB/HT", "due": "End of March 2027"},
        {"action": "Appoint a lead for spelling", "lead": "SENCo", "due": "01/12/2026"}]


def test_plain_paragraphs_of_a_word_cell_are_items():
    pieces = {"action": ["Visit a partner school\nRun parent workshops on reading"], "lead": ["PW\nPW"],
              "due": ["15-Feb-2028\n1 June 2028"]}
    assert [i["due"] for i in parallel_items(pieces) or []] == ["15-Feb-2028", "1 June 2028"]


@pytest.mark.parametrize("pieces", [
    # numbered steps beside one owner and their dates: one action with its milestones (the contract)
    {"action": ["1. Draft the policy\n2. Consult on it"], "lead": ["Head of Policy"], "due": ["May 2027\nJuly 2027"]},
    # one action wrapped over two lines beside its owner and date, each wrapped too
    {"action": ["Run parent workshops on\nSEND provision"], "lead": ["English\nlead"], "due": ["31-\nDec-2026"]},
    # a paragraph a PDF wrapped beside an owner wrapped as often, no dates: one action
    {"action": ["The government will issue a Local Authorities Data\nTransparency Code requiring councils to "
                "publish data."], "lead": ["Department for\nCommunities and Local\nGovernment"]},
    # a PDF's title-case cells wrapped alike (Louisville YDS strategic plan, holdout23): an action of one
    # word and a label waiting for its value are no items
    {"action": ["Communicate\nChanges to Policy and Procedures"], "lead": ["All Assistant\nDirectors"],
     "due": ["Start:\nMarch 2018 and continuing"]},
    {"action": ["Map the Discharge\nProcess"], "lead": ["Carla Kirby, Monty\nFourte"], "due": ["Start:\n04/01/2018"]},
    # a date wrapped before its year ('Quarter 2' / '2026/27') beside a wrapped action and owner (unseen23 046)
    {"action": ["Roll out the Supported Housing\nImprovement Programme and publish the findings"],
     "lead": ["Public Health\nConsultant / Registered providers"], "due": ["Quarter 2\n2026/27"]},
    # bulleted steps beside bulleted dates, one owner's name wrapped over as many lines (a PDF's narrow
    # column): one action with its milestones, the owner over both
    {"action": ["• Agree a protocol with the police\n• Dip sample ten cases a month"],
     "lead": ["Head of Quality\nAssurance"], "due": ["• May 2025\n• Sept 2025"]},
    # as many owners as items, but the dates do not list as many
    {"action": ["1. Draft the policy\n2. Consult on it\n3. Adopt it"], "lead": ["AB\nCD\nEF"], "due": ["March 2027"]},
])
def test_rows_without_parallel_owners_and_dates_stay_one_action(pieces):
    assert parallel_items(pieces) is None
    d = Draft(pieces=pieces)
    assert split_parallel_lists([d], []) == [d]


HEAD = ["Objective", "Steps we will take", "Owner", "Deadline", "Success criteria"]
ROWS = [
    ["Raise attendance of disadvantaged pupils",
     ["Appoint an attendance champion", "Run parent workshops on punctuality", "Track absence weekly and act early"],
     ["Deputy Head", "SENCo", "Attendance officer"], ["30 September 2026", "Termly", "31 March 2027"],
     "Persistent absence below 12%"],
    ["Improve early reading",
     ["Train all staff in phonics", "Buy decodable books for Reception"],
     ["English lead", "School business manager"], ["31 October 2026", "1 December 2026"],
     "90% pass the phonics check"],
]
EXPECTED = [
    ("Appoint an attendance champion", "Deputy Head", "2026-09-30", "Raise attendance of disadvantaged pupils"),
    ("Run parent workshops on punctuality", "SENCo", "", "Raise attendance of disadvantaged pupils"),
    ("Track absence weekly and act early", "Attendance officer", "2027-03-31",
     "Raise attendance of disadvantaged pupils"),
    ("Train all staff in phonics", "English lead", "2026-10-31", "Improve early reading"),
    ("Buy decodable books for Reception", "School business manager", "2026-12-01", "Improve early reading"),
]
TITLE = "Hillside Primary School Development Plan 2026-27"


def _word(path: Path, first: str = "Objective", rows: list | None = None) -> Path:
    import docx
    d = docx.Document()
    d.add_heading(TITLE, 1)
    t = d.add_table(rows=1, cols=len(HEAD))
    for c, h in zip(t.rows[0].cells, [first, *HEAD[1:]], strict=True):
        c.text = h
    for row in rows or ROWS:
        for c, v in zip(t.add_row().cells, row, strict=True):
            c.text = "\n".join(v) if isinstance(v, list) else v  # plain paragraphs, no marks
    d.save(str(path))
    return path


def _pdf(path: Path) -> Path:
    """Bulleted items in narrow ruled columns: owners ("Attendance / officer") and dates wrap."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=11)
    grid: list[list[object]] = [[Paragraph(h, body) for h in HEAD]]
    for row in ROWS:
        cells = []
        for k, v in enumerate(row):
            text = "<br/>".join(("• " if k == 1 else "") + x for x in v) if isinstance(v, list) else v
            cells.append(Paragraph(text, body))
        grid.append(cells)
    table = Table(grid, colWidths=[130, 250, 85, 60, 150])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(
        [Paragraph(TITLE, ParagraphStyle("t", fontSize=14, leading=18)), table])
    return path


def _read(result) -> list[tuple[str, str, str, str]]:
    return [(a.action, a.lead, a.due_date, a.objective) for a in result.actions]


@pytest.mark.parametrize("write", [_word, _pdf], ids=["docx", "pdf"])
def test_each_item_of_the_lists_is_an_action_with_its_owner_and_date(tmp_path: Path, write):
    result = planx.convert_file(str(write(tmp_path / f"plan.{'docx' if write is _word else 'pdf'}")))
    assert _read(result) == EXPECTED
    assert not any(a.milestones for a in result.actions)


def test_a_markdown_table_of_numbered_lists_reads_alike(tmp_path: Path):
    lines = [f"# {TITLE}", "", "| " + " | ".join(HEAD) + " |", "|" + "---|" * len(HEAD)]
    for row in ROWS:
        cells = ["<br>".join(f"{n}. {x}" if k == 1 else x for n, x in enumerate(v, 1)) if isinstance(v, list) else v
                 for k, v in enumerate(row)]
        lines.append("| " + " | ".join(cells) + " |")
    assert _read(convert_text(tmp_path, "plan.md", "\n".join(lines) + "\n")) == EXPECTED



@pytest.mark.parametrize("first", ["What do we want to achieve?", "Target"])
def test_a_school_plans_words_for_its_aims_head_the_objectives(tmp_path: Path, first: str):
    # 'What do we want to achieve?' asks for the aim; 'Target' (beside a 'Deadline' column) over aims
    # stated in the infinitive ('To raise …') holds them too
    aims = {r[0]: "To " + r[0][0].lower() + r[0][1:] for r in ROWS}
    rows = [[aims[r[0]], *r[1:]] for r in ROWS]
    result = planx.convert_file(str(_word(tmp_path / "plan.docx", first, rows)))
    assert [(a.action, a.objective) for a in result.actions] == [(e[0], aims[e[3]]) for e in EXPECTED]


def test_bulleted_steps_beside_bulleted_dates_and_owners_listed_as_items_are_apart():
    """Owners marked as the steps are ('• AB' / '• CD'): each item's own owner, the row split."""
    pieces = {"action": ["• Agree a protocol with the police\n• Dip sample ten cases a month"],
              "lead": ["• Head of Quality\n• Service Manager"], "due": ["• May 2025\n• Sept 2025"]}
    assert [i["lead"] for i in parallel_items(pieces) or []] == ["Head of Quality", "Service Manager"]
