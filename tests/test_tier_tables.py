"""A logical framework: rows keyed 'Outcome 1' / 'Output 1.1' / 'Activity 1.1.1' in a column of their own,
the outer tiers' rows carrying an indicator's figures, the innermost tier's rows a lead and a date. The
innermost tier is the actions, each under its outcome; the outer tiers' figures are indicators, the value
the latest figure (normalise/tiertables.py). In layout text a tier's statement row holding only its key
and text is a row of its own, not the wrapped end of the row above (extract/layouttext.py _LEVEL_KEY)."""
from __future__ import annotations

from pathlib import Path

from conftest import convert_text, grid

import planx
from planx.extract.model import RawDocument, Table
from planx.normalise.tiertables import tiered_tables

HEADING = ["Level", "Description", "Indicator", "Baseline", "Latest", "Target", "Lead", "By when"]
ROWS = [
    ["Outcome 1", "Residents breathe cleaner air and fewer of them suffer from asthma", "Days of moderate pollution",
     "41", "33", "20", "", ""],
    ["Output 1.1", "Fewer journeys by car", "Share of trips by bus", "12%", "15%", "20%", "", ""],
    ["Activity 1.1.1", "Open two park and ride sites on the ring road", "", "", "", "", "Transport Manager",
     "March 2026"],
    ["Activity 1.1.2", "Extend the evening bus service to the hospital", "", "", "", "", "Bus Contracts Lead",
     "June 2025"],
    ["Output 1.2", "Cleaner council fleet", "", "", "", "", "", ""],
    ["Activity 1.2.1", "Replace twenty diesel vans with electric ones", "", "", "", "", "Fleet Manager",
     "31/12/2025"],
    ["Outcome 2", "Homes are warm and affordable to heat", "Homes below EPC band C", "58%", "54%", "40%", "", ""],
    ["Output 2.1", "Retrofit of council homes", "", "", "", "", "", ""],
    ["Activity 2.1.1", "Insulate the lofts of 400 council homes", "", "", "", "", "Housing Assets Manager",
     "Sep-25"],
    ["Activity 2.1.2", "Fit heat pumps in two sheltered schemes", "", "", "", "", "Energy Officer", "Jan-26"],
]
AIR, HOMES = ROWS[0][1], ROWS[6][1]
ACTIONS = [(r[1], AIR if r[0] < "Activity 2" else HOMES, r[6], r[7]) for r in ROWS if r[0].startswith("Activity")]
INDICATORS = [(r[2], r[5], r[4]) for r in ROWS if r[2]]


def _docx(path: Path) -> None:
    from docx import Document
    doc = Document()
    doc.add_paragraph("Clean Air and Warm Homes Logical Framework 2025/26")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(HEADING))
    for r, texts in enumerate([HEADING, *ROWS]):
        for c, text in enumerate(texts):
            table.cell(r, c).text = text
    doc.save(str(path))


def test_a_logframe_reads_its_activities_as_actions_and_the_tiers_figures_as_indicators(tmp_path):
    path = tmp_path / "logframe.docx"
    _docx(path)
    result = planx.convert_file(str(path))
    assert [(a.action, a.outcome, a.lead, a.due_raw) for a in result.actions] == ACTIONS
    assert [(i.indicator, i.target, i.value) for i in result.indicators] == INDICATORS


def _layout(rows: list[list[str]]) -> str:
    widths = [16, 50, 28, 10, 8, 8, 24, 12]
    lines = ["Clean Air and Warm Homes Logical Framework 2025/26", ""]
    lines.append("   " + "".join(h.ljust(w) for h, w in zip(HEADING, widths, strict=True)).rstrip())
    for texts in rows:
        # (the description wraps at 40 characters, the lead and date at 14, as a PDF-to-text tool prints them)
        parts = [_wrap(t, 40 if k == 1 else 14 if k >= 6 else 99) for k, t in enumerate(texts)]
        for n in range(max(len(p) for p in parts)):
            cells = [p[n] if n < len(p) else "" for p in parts]
            lines.append("   " + "".join(t.ljust(w) for t, w in zip(cells, widths, strict=True)).rstrip())
    return "\n".join(lines) + "\n"


def _wrap(text: str, width: int) -> list[str]:
    out: list[str] = []
    for word in text.split():
        if out and len(out[-1]) + 1 + len(word) <= width:
            out[-1] += " " + word
        else:
            out.append(word)
    return out or [""]


def test_a_tiers_statement_row_in_layout_text_is_a_row_of_its_own(tmp_path):
    result = convert_text(tmp_path, "logframe.txt", _layout(ROWS))
    assert [(a.action, a.outcome, a.lead) for a in result.actions] == [(a, o, lead) for a, o, lead, _ in ACTIONS]


def _doc(table: Table) -> RawDocument:
    return RawDocument(path="x.docx", name="x.docx", format="docx", blocks=[table])


def test_a_key_column_of_one_word_or_codes_out_of_order_is_no_tiers():
    one_word = grid(["Ref", "Action", "Lead"], ["Action 1.1", "Open two sites", "A"], ["Action 1.2", "Extend", "B"],
                    ["Action 1.3", "Replace", "C"])
    assert tiered_tables(_doc(one_word)).blocks[0] is one_word
    orphan = grid(["Level", "Description", "Lead"], ["Outcome 1", "Cleaner air", ""], ["Activity 2.1", "Open", "A"],
                  ["Activity 2.2", "Extend", "B"], ["Activity 2.3", "Fit", "C"])
    assert tiered_tables(_doc(orphan)).blocks[0] is orphan  # (no 'Outcome 2' above '2.1')


def test_tiers_run_on_over_a_table_printed_further_on_under_its_heading_repeated():
    head = ["Level", "Description", "Lead"]
    first = grid(head, ["Outcome 1", "Cleaner air", ""], ["Activity 1.1", "Open two sites", "A"],
                 ["Activity 1.2", "Extend the bus", "B"])
    second = grid(head, ["Activity 1.3", "Replace the vans", "C"])
    read = tiered_tables(RawDocument(path="x.docx", name="x.docx", format="docx", blocks=[first, second]))
    (table,) = read.blocks
    assert isinstance(table, Table)
    assert [[c.text for c in r.cells] for r in table.rows] == [
        ["Outcome", "Action", "Lead"], ["Cleaner air", "Open two sites", "A"], ["Cleaner air", "Extend the bus", "B"],
        ["Cleaner air", "Replace the vans", "C"]]
