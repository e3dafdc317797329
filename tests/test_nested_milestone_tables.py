"""An audit's management action plan: each action's milestones printed as a small table inside its
'Milestones' cell ('Milestone | By | Status', then a row a step), the action's other cells beside it.
Read as one cell holding a nested table, whatever the rendering: a borderless PDF whose inner table
alone is ruled (pdftables.nested_in_text), the same page as layout text (layouttext._nested_rows),
and the heading over the first sub-column only (subtables: a heading followed by blank-headed
columns spans them)."""
from __future__ import annotations

from typing import Any

from planx.extract.layouttext import _nested_rows, parse_layout
from planx.extract.model import Cell, RawDocument, Row, Table
from planx.extract.pdftables import tables_from_words
from planx.normalise import normalise
from planx.normalise.subtables import fold_subtables

SIZE = 8.0


def words_at(text: str, x: float, top: float) -> list[dict[str, Any]]:
    out = []
    for w in text.split():
        width = 0.5 * SIZE * len(w)
        out.append({"text": w, "x0": x, "x1": x + width, "top": top, "bottom": top + SIZE, "size": SIZE})
        x += width + 0.25 * SIZE
    return out


def ruled_grid(xs: list[float], ys: list[float]) -> list[dict[str, Any]]:
    lines = [{"x0": xs[0], "x1": xs[-1], "top": y, "bottom": y, "orientation": "h"} for y in ys]
    return lines + [{"x0": x, "x1": x, "top": ys[0], "bottom": ys[-1], "orientation": "v"} for x in xs]


INNER_X = [150.0, 290.0, 350.0, 400.0]  # the nested table's column rules


def outer_row(top: float, action: list[str], steps: list[tuple[str, str, str]], lead: str, due: str,
              rag: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]], float]:
    """An action's row: its text left of the nested table, lead, date and RAG right of it; the
    nested table ruled, its heading line level with the action's first line. The words, the
    rulings and the row's bottom."""
    words: list[dict[str, Any]] = []
    for k, line in enumerate(action):
        words += words_at(line, 40, top + 3 + 10 * k)
    words += words_at(lead, 410, top + 3) + words_at(due, 520, top + 3) + words_at(rag, 600, top + 3)
    ys = [top]
    for k, cells in enumerate([("Milestone", "By", "Status"), *steps]):
        y = top + 14 * k
        for x, text in zip(INNER_X, cells, strict=False):
            words += words_at(text, x + 3, y + 3)
        ys.append(y + 14)
    return words, ruled_grid(INNER_X, ys), ys[-1] + 8


def audit_page() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    words = words_at("Action", 40, 80) + words_at("Milestones", 153, 80) + words_at("Lead officer", 410, 80) \
        + words_at("Completion date", 520, 80) + words_at("RAG", 600, 80)
    rules: list[dict[str, Any]] = []
    top = 96.0
    for action, steps, lead, due, rag in [
            (["Digitise all open building", "control case files"],
             [("Scope agreed", "Oct 2026", "Complete"), ("Guidance published", "Jun 2027", "Not due")],
             "Head of Audit", "June 2027", "Green"),
            (["Introduce a completion", "certificate checklist"],
             [("System configured", "Mar 2027", "Complete"), ("Staff briefed", "Aug 2027", "On track")],
             "Head of Planning", "August 2027", "Amber")]:
        w, r, top = outer_row(top, action, steps, lead, due, rag)
        words, rules = words + w, rules + r
    return words, rules


def test_a_ruled_table_of_milestones_beside_a_rows_cells_is_read_with_the_borderless_table() -> None:
    words, rules = audit_page()
    tables = tables_from_words(words, rules, (0.0, 0.0, 700.0, 400.0))
    # one borderless table: the nested tables' cells are its sub-columns, not tables of their own
    assert len(tables) == 1 and not tables[0].ruled
    texts = [" ".join(c.text.split()) for c in tables[0].cells]
    for text in ("Milestone", "Scope agreed", "Staff briefed", "Head of Audit", "August 2027"):
        assert text in texts


def test_a_ruled_table_alone_on_its_lines_stays_a_table_of_its_own() -> None:
    # the same steps without the action and its lead beside them: a small ruled table of the page
    words, rules = [], []
    for k, cells in enumerate([("Milestone", "By", "Status"), ("Scope agreed", "Oct 2026", "Complete"),
                               ("Staff briefed", "Aug 2027", "On track")]):
        for x, text in zip(INNER_X, cells, strict=False):
            words += words_at(text, x + 3, 103 + 14 * k)
    rules = ruled_grid(INNER_X, [100.0 + 14 * k for k in range(4)])
    tables = tables_from_words(words, rules, (0.0, 0.0, 700.0, 400.0))
    assert len(tables) == 1 and tables[0].ruled


def _row(cells: list[Cell], line: int) -> Row:
    return Row(cells, page=1, line=line)


def test_a_heading_over_the_first_sub_column_spans_the_blank_headed_ones() -> None:
    """A borderless reading: 'Milestones' over the first sub-column, the next two headed blank."""
    def outer(action: str, lead: str, due: str, rag: str) -> list[Cell]:
        return [Cell(action, 0), Cell("Milestone", 1), Cell("By", 2), Cell("Status", 3), Cell(lead, 4),
                Cell(due, 5), Cell(rag, 6)]

    def step(*texts: str) -> list[Cell]:
        return [Cell("", 0), *(Cell(t, 1 + k) for k, t in enumerate(texts)), Cell("", 4), Cell("", 5), Cell("", 6)]

    rows = [[Cell("Action", 0), Cell("Milestones", 1), Cell("", 2), Cell("", 3), Cell("Lead officer", 4),
             Cell("Completion date", 5), Cell("RAG", 6)],
            [Cell("Finding 1: Building control: records were not kept up to date", 0, colspan=7)],
            outer("Digitise all open building control case files", "Head of Audit", "June 2027", "Green"),
            step("Scope agreed", "Oct 2026", "Complete"),
            step("Guidance published", "June 2027", "Not yet due"),
            outer("Introduce a completion certificate checklist", "Head of Planning", "Aug 2027", "Amber"),
            step("Staff briefed", "Aug 2027", "On track")]
    table = Table([_row(r, k + 1) for k, r in enumerate(rows)], page=1, index=1)
    folded = fold_subtables(table)
    assert folded is not None
    out = folded[0].rows
    assert len(out) == 4
    cell = next(c for c in out[2].cells if c.col == 1)
    assert cell.colspan == 3
    assert cell.text == ("Milestone; By; Status\nScope agreed; Oct 2026; Complete\n"
                         "Guidance published; June 2027; Not yet due")
    doc = normalise(RawDocument(path="x.pdf", name="x.pdf", format="pdf", blocks=[table]), doc_id="t")
    assert [a.action for a in doc.actions] == ["Digitise all open building control case files",
                                               "Introduce a completion certificate checklist"]
    assert [m.milestone for m in doc.actions[0].milestones] == ["Scope agreed", "Guidance published"]
    assert doc.actions[1].milestones[0].status == "in_progress"


def test_blank_headed_columns_of_figures_are_no_nested_table() -> None:
    rows = [[Cell("Action", 0), Cell("Spend", 1), Cell("", 2), Cell("Lead", 3)],
            [Cell("Resurface the high street", 0), Cell("£120k", 1), Cell("£80k", 2), Cell("Head of Highways", 3)],
            [Cell("", 0), Cell("£20k", 1), Cell("£10k", 2), Cell("", 3)]]
    table = Table([_row(r, k + 1) for k, r in enumerate(rows)], page=1, index=1)
    assert fold_subtables(table) is None


# the same plan as pdftotext -layout prints it: the nested headings on the action's first line, a
# milestone's date wrapped onto the next line (at the pitch of the lines, as a new row would be)
LAYOUT = [
    "Action                                    Milestones                                                        Lead officer                Completion date    RAG",  # noqa: E501
    "Finding 1: Information governance: subject access requests exceeded the statutory deadline",
    "",
    "Create a central subject access request    Milestone                          By              Status        Chief Digital Officer       Summer term 2027 Red",  # noqa: E501
    "team",
    "                                           Pilot in one team                  June 2027       Done",
    "                                           Review of the first three months   Summer term     Done",
    "                                                                              2027",
    "",
    "Buy redaction software for the             Milestone                          By              Status        Waste and Recycling Manager September 2027     Green",  # noqa: E501
    "information governance team",
    "                                           Review of the first three months   November        Done",
    "                                                                              2026",
    "                                           Policy approved by Cabinet         September       In progress",
    "                                                                              2027",
    "",
    "Train service leads on searching for       Milestone                          By              Status        Democratic Services Manager November 2027      Green",  # noqa: E501
    "personal data",
    "                                           Scope agreed with service lead     by end of Jan   Not started",
    "                                                                              27",
    "                                           Policy approved by Cabinet         by end of Oct   In progress",
    "                                                                              27",
    "                                           Review of the first three months   November        Not started",
    "                                                                              2027",
]


def test_layout_text_rows_of_a_nested_table_start_rows() -> None:
    assert _nested_rows(LAYOUT) == {5, 6, 11, 13, 18, 20, 22}


def test_layout_text_nested_milestones_read_as_milestones() -> None:
    doc = normalise(parse_layout(LAYOUT, path="plan.txt", name="plan.txt"), doc_id="t")
    assert [a.action for a in doc.actions] == ["Create a central subject access request team",
                                               "Buy redaction software for the information governance team",
                                               "Train service leads on searching for personal data"]
    assert [a.area_ref for a in doc.actions] == ["1", "1", "1"]
    steps = doc.actions[1].milestones
    assert [(m.milestone, m.due_date, m.status) for m in steps] == [
        ("Review of the first three months", "2026-11", "complete"),
        ("Policy approved by Cabinet", "2027-09", "in_progress")]
    # the one space left between the lead and the date parts them (the column starts there on other lines)
    assert doc.actions[1].lead == "Waste and Recycling Manager"
    assert doc.actions[1].due_raw == "September 2027"


def test_a_rows_line_with_cells_left_of_the_labels_is_no_nested_row() -> None:
    lines = [
        "Ref   Action                                 Lead            Date       Status",
        "4.1   Agree the pathway plan template        Head of Care    1st May    Done",
        "4.2   Review the pathway plan template       Head of Early   1st May    InProgress",
    ]
    assert _nested_rows(lines) == set()


# a committee report's appendix as pdftotext -layout prints it: the reference column too narrow for
# 'ACT-1' (broken after its hyphen, the number on the row's next line) and squeezed against the action
APPENDIX = [
    "Ref   Action                                           Responsible officer     Deadline        Status",
    "ACT- Map all council land suitable for tree planting   Assistant Director,     December        Behind",
    "1                                                      Housing                 2026            schedule",
    "ACT- Bring a report on the future of the markets       Service Manager,        by end of Oct   Complete",
    "2    service                                           Licensing               26",
    "ACT- Agree service level agreements with the three     Environmental Health    31/10/2027      Underway",
    "3    leisure trusts                                    Manager",
    "ACT- Report the outcome of the fleet electrification   Parking Services        17/12/2027      Not started",
    "4    pilot to the next meeting                         Manager",
    "ACT- Complete the asset review of community            Democratic Services     March 2027      Ongoing",
    "5    buildings and identify surplus sites              Manager",
]


def test_a_reference_broken_after_its_hyphen_keys_one_row() -> None:
    from planx.extract.pdfgeom import join_lines
    assert join_lines(["ACT-", "1"]) == "ACT-1"
    assert join_lines(["Priority", "1"]) == "Priority\n1"
    doc = normalise(parse_layout(APPENDIX, path="plan.txt", name="plan.txt"), doc_id="t")
    assert [a.action for a in doc.actions] == [
        "Map all council land suitable for tree planting", "Bring a report on the future of the markets service",
        "Agree service level agreements with the three leisure trusts",
        "Report the outcome of the fleet electrification pilot to the next meeting",
        "Complete the asset review of community buildings and identify surplus sites"]
    assert [a.lead for a in doc.actions][:2] == ["Assistant Director, Housing", "Service Manager, Licensing"]
    assert [a.due_raw for a in doc.actions][:2] == ["December 2026", "by end of Oct 26"]
