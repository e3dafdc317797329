"""Layout text (`pdftotext -layout`) whose heading row's labels stand several characters left or
right of where their columns' cells start (a PDF's heading cells centred or set with other
padding: 'Actions' at 30 over cells that start at 35, 'Progress milestones' at 58 against 68), so
the columns the body sets out cut the labels apart ('Actions Progress' | 'milestones'). The
labels, one line of as many labels as the table has columns, are the columns' headings in order
(layouttext.heading_by_order)."""
from __future__ import annotations

from planx.extract.layouttext import parse_layout
from planx.extract.model import Table

OFFSET = [
    'Improvement plan 2024',
    '',
    'Objective      Actions                       Progress milestones                   Target date   RAG',
    '                                                                                                 status',
    'Children shape     Undertake a review of letters      (1) Briefings for staff      July 2024     G',
    'services           to children after reviews          delivered',
    'More children      Recruit and train ten new          (1) Recruitment campaign     May 2024      A',
    'contribute         independent visitors               run',
    '                   Roll out the Mind of My Own        (1) Pilot in two teams       Feb 2024      R',
    '                   app to every child                 completed',
    'Reviews on time    Embed the IRO footprint on         (1) Business case            Jun 2024      G',
    '                   case records                       approved',
]


def _heading(doc_lines: list[str]) -> list[str]:
    doc = parse_layout(doc_lines)
    table = next(b for b in doc.blocks if isinstance(b, Table))
    head = next(r for r in table.rows if any("Objective" in c.text for c in r.cells))
    return [c.text.split("\n")[0] for c in sorted(head.cells, key=lambda c: c.col)]


def test_offset_labels_take_their_columns_in_order() -> None:
    assert _heading(OFFSET) == ["Objective", "Actions", "Progress milestones", "Target date", "RAG"]


def test_heading_second_line_stays_under_its_label() -> None:
    doc = parse_layout(OFFSET)
    table = next(b for b in doc.blocks if isinstance(b, Table))
    head = next(r for r in table.rows if any("Objective" in c.text for c in r.cells))
    assert next(c.text for c in head.cells if c.col == 4) == "RAG\nstatus"
    body = [c.text for c in table.rows[-1].cells]
    assert body[1].startswith("Embed the IRO") and body[2].startswith("(1) Business case")


def _line(labels: list[tuple[int, str]]) -> str:
    text = ""
    for at, label in labels:
        text = text.ljust(at) + label
    return text


def test_labels_already_in_place_are_left_alone() -> None:
    aligned = list(OFFSET)
    aligned[2] = _line([(0, "Objective"), (19, "Actions"), (54, "Progress milestones"), (83, "Target date"),
                        (97, "RAG")])
    assert _heading(aligned) == ["Objective", "Actions", "Progress milestones", "Target date", "RAG"]



def test_label_over_the_column_before_takes_the_empty_next_one() -> None:
    """'Target date' printed over the milestones' column (its words placed with 'milestones'), the
    dates' column holding no word of the row: the label is the dates' column's heading."""
    shifted = list(OFFSET)
    shifted[2] = _line([(0, "Objective"), (15, "Actions"), (45, "Progress milestones"), (68, "Target date"),
                        (97, "RAG")])
    assert _heading(shifted) == ["Objective", "Actions", "Progress milestones", "Target date", "RAG"]


LETTERED = [
    'Action plan',
    '',
    '    Area of            Actions                      Lead              Due          Progress',
    '    improvement',
    'A   Independent     Develop and agree child         Simon Ashworth    Aug 2024     Escalations now',
    '    reviewing       protection chairing                                            tracked monthly',
    '                    Introduce midway reviews        Deborah Stone     Dec 2024     Caseloads reduced',
    'B   Family          Hold activity days with         Marcus Iqbal      Oct 2024     Tracking meeting',
    '    finding         neighbouring agencies                                          now monthly',
    '                    Track every child with a        Aisha Khan        Jan 2025     Three children',
    '                    plan for adoption                                              matched',
]


def test_an_unlabelled_first_column_keeps_no_label() -> None:
    """Labels keep to the columns their words overlap: the letters' column, which has no heading,
    takes none of them (order alone would shift every label one column left)."""
    doc = parse_layout(LETTERED)
    table = next(b for b in doc.blocks if isinstance(b, Table))
    head = next(r for r in table.rows if any("Area of" in c.text for c in r.cells))
    texts = {c.col: c.text.split("\n")[0] for c in head.cells if c.text.strip()}
    assert 0 not in texts and texts[1] == "Area of" and list(texts.values())[1:] == \
        ["Actions", "Lead", "Due", "Progress"]


def test_label_over_the_first_column_moves_on_to_one_only_begun() -> None:
    """'Actions' printed beside 'Objective', both over the first column, and 'Progress milestones'
    over the actions' and the milestones' columns: 'Actions' goes on to the second column, which
    no label stands in wholly, and 'Progress milestones' to the third."""
    early = list(OFFSET)
    early[2] = _line([(0, "Objective"), (11, "Actions"), (40, "Progress milestones"), (83, "Target date"),
                      (97, "RAG")])
    assert _heading(early) == ["Objective", "Actions", "Progress milestones", "Target date", "RAG"]


def test_two_labels_over_one_column_only_are_left_as_placed() -> None:
    """More labels than columns can take them in order (two labels wholly over one column, the
    columns right of it each with a label of its own): no order is certain, the row stays."""
    from planx.extract.layouttext import _label_columns
    assert _label_columns([{0}, {1}, {1}, {2}, {3}], 4) is None
    assert _label_columns([{0}, {0}, {1, 2}, {2, 3}, {4}], 5) == [0, 1, 2, 3, 4]
    assert _label_columns([{0}, {1}, {1, 2}, {2}, {4}], 5) == [0, 1, 2, 3, 4]
