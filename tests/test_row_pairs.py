"""Row pairs: an item row across the table over a detail row of its labelled lead, date and status
('| Lead: … | Due: … | Status: …'), or of plain values under labels printed once as a second heading
row: one action each, in Word, PDF and text alike (normalise/rowpairs.py)."""
from __future__ import annotations

import docx
from conftest import grid

import planx
from planx.extract.model import Cell
from planx.normalise.rowpairs import fold_pairs

TITLE = "Young Carers Offer – Action Plan 2026/27"
ITEMS = [
    ("1", "Being heard", [
        ("1.1", "Set up a young carers forum that meets each school term", "Young Carers Lead", "March 2027",
         "On track"),
        ("1.2", "Add a question on caring to every early help assessment", "Early Help Manager", "30/11/2026",
         "Delayed")]),
    ("2", "Time to be young", [
        ("2.1", "Fund two short breaks a year for every young carer known to us", "Short Breaks Coordinator",
         "Ongoing", "Not started"),
        ("2.2", "Give young carers a free leisure card on their first assessment", "Leisure Contracts Manager",
         "1 July 2027", "Complete")]),
]
LABELS = ("Responsible officer", "Deadline", "Progress status")


def _expected() -> list[tuple[str, str, str, str, str, str]]:
    return [(ref, area, a, lead, due, st) for ref, area, acts in ITEMS for _, a, lead, due, st in acts]


def _read(path) -> list[tuple[str, str, str, str, str, str]]:
    result = planx.convert_file(str(path))
    return [(a.area_ref, a.area, a.action, a.lead, a.due_raw, a.status_raw) for a in result.actions]


def _word(path, headed: bool):
    d = docx.Document()
    d.add_heading(TITLE, 1)
    t = d.add_table(rows=2 if headed else 1, cols=4)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "No."
    t.rows[0].cells[1].merge(t.rows[0].cells[3]).text = "Action"
    if headed:  # the labels printed once, under the action's heading
        for cell, label in zip(t.rows[1].cells[1:], LABELS, strict=True):
            cell.text = label
    for ref, area, acts in ITEMS:
        cells = t.add_row().cells
        cells[0].merge(cells[3]).text = f"Priority {ref} – {area}"
        for no, action, *values in acts:
            cells = t.add_row().cells
            cells[0].text = no
            cells[1].merge(cells[3]).text = action
            cells = t.add_row().cells
            for cell, label, value in zip(cells[1:], LABELS, values, strict=True):
                cell.text = value if headed else f"{label}: {value}"
    d.save(str(path))
    return path


def test_word_pairs_of_labelled_cells_are_one_action_each(tmp_path):
    assert _read(_word(tmp_path / "pairs.docx", headed=False)) == _expected()


def test_word_pairs_under_labels_printed_once_are_one_action_each(tmp_path):
    assert _read(_word(tmp_path / "headed.docx", headed=True)) == _expected()


def test_pdf_pairs_of_labelled_cells_are_one_action_each(tmp_path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
    styles = getSampleStyleSheet()
    rows: list[list[str]] = [["No.", "Action", "", ""]]
    spans = [("SPAN", (1, 0), (3, 0))]
    for ref, area, acts in ITEMS:
        spans.append(("SPAN", (0, len(rows)), (3, len(rows))))
        rows.append([f"Priority {ref} – {area}", "", "", ""])
        for no, action, *values in acts:
            spans.append(("SPAN", (1, len(rows)), (3, len(rows))))
            rows.append([no, action, "", ""])
            rows.append(["", *(f"{label}: {value}" for label, value in zip(LABELS, values, strict=True))])
    t = Table(rows, colWidths=[30, 195, 95, 130])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8),
                           *spans]))
    path = tmp_path / "pairs.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph(TITLE, styles["Title"]), t])
    assert _read(path) == _expected()


def test_text_pairs_read_a_wrapped_date_as_the_dates_and_other_wraps_as_the_first_value(tmp_path):
    # a text's layout runs the detail row's cells into one, their wraps on the lines below: the year
    # under 'Deadline: 1 July' completes the date; 'Manager' completes the officer's name
    acts = [("1.1", "Set up a young carers forum that meets each school term",
             ["Responsible officer: Young Carers Lead      Deadline: 1 July        Progress status: On track",
              "                                                      2027"]),
            ("1.2", "Add a question on caring to every early help assessment",
             ["Responsible officer: Early Help Service     Deadline: 30/11/2026    Progress status: Delayed",
              "Manager"]),
            ("1.3", "Fund two short breaks a year for every young carer known to us",
             ["Responsible officer: Short Breaks Lead      Deadline: Ongoing       Progress status: Complete"])]
    lines = [TITLE, "", "No.      Action", "", "Priority 1 – Being heard", ""]
    for no, action, detail in acts:
        lines += [f"{no}      {action}", ""]
        lines += ["         " + detail[0]] + ["         " + ln for ln in detail[1:]] + [""]
    path = tmp_path / "pairs.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = [(a[2], a[3], a[4], a[5]) for a in _read(path)]
    assert got == [(acts[0][1], "Young Carers Lead", "1 July 2027", "On track"),
                   (acts[1][1], "Early Help Service Manager", "30/11/2026", "Delayed"),
                   (acts[2][1], "Short Breaks Lead", "Ongoing", "Complete")]


def _banner(text: str) -> Cell:
    return Cell(text, 0, colspan=4)


def test_banner_over_ordinary_rows_is_no_pair():
    # a spanning row followed by data rows: a banner, the table left as it is
    table = grid(["No.", "Action", "Lead", "Due"], [_banner("Priority 1 – Being heard")],
                 ["1.1", "Set up a forum", "Young Carers Lead", "March 2027"],
                 [_banner("Priority 2 – Time to be young")],
                 ["2.1", "Fund short breaks", "Short Breaks Coordinator", "Ongoing"])
    assert fold_pairs(table, laid_out=False) is None


def test_pairs_fold_under_the_heading_and_banners_widen():
    table = grid(["No.", Cell("Action", 1, colspan=3)], [_banner("Priority 1 – Being heard")],
                 ["1.1", Cell("Set up a forum", 1, colspan=3)],
                 ["", "Lead: Young Carers Lead", "Due: March 2027", "Status: On track"],
                 ["1.2", Cell("Add a question on caring", 1, colspan=3)],
                 ["", "Lead: Early Help Manager", "Due: 30/11/2026", "Status: Delayed"])
    folded = fold_pairs(table, laid_out=False)
    assert folded is not None
    assert [r.texts() for r in folded.rows] == [
        ["No.", "Action", "Lead", "Due", "Status"], ["Priority 1 – Being heard"],
        ["1.1", "Set up a forum", "Young Carers Lead", "March 2027", "On track"],
        ["1.2", "Add a question on caring", "Early Help Manager", "30/11/2026", "Delayed"]]
    assert folded.rows[1].cells[0].colspan == 7  # the banner spans the new columns too


def test_one_labelled_row_or_one_field_is_no_pair():
    one = grid(["No.", Cell("Action", 1, colspan=3)], ["1.1", Cell("Set up a forum", 1, colspan=3)],
               ["", "Lead: Young Carers Lead", "Due: March 2027", "Status: On track"],
               ["1.2", Cell("Add a question on caring", 1, colspan=3)])
    assert fold_pairs(one, laid_out=False) is None  # one pair could be a note under a row
    notes = grid(["No.", Cell("Action", 1, colspan=3)], ["1.1", Cell("Set up a forum", 1, colspan=3)],
                 ["", "Lead: Young Carers Lead", "", ""], ["1.2", Cell("Add a question", 1, colspan=3)],
                 ["", "Lead: Early Help Manager", "", ""])
    assert fold_pairs(notes, laid_out=False) is None  # a lead alone: a note, not the item's record


def test_a_wrap_line_of_two_columns_splits_at_the_dates_completion():
    # a layout that ran the detail's cells together also ran their wraps together ('Care 2026'): the
    # words completing the yearless date are its, the words before them the first value's
    table = grid(["No.", "Action"], ["1.1", "Set up a forum"],
                 ["", "Lead officer: Designated Nurse for Children in Target date: End of May Status: Delayed\n"
                      "Care 2026"],
                 ["1.2", "Add a question on caring"],
                 ["", "Lead officer: Revenues Manager Target date: 20/01/2026 Status: On track"])
    folded = fold_pairs(table, laid_out=True)
    assert folded is not None
    assert [r.texts()[-3:] for r in folded.rows[1:]] == [
        ["Designated Nurse for Children in Care", "End of May 2026", "Delayed"],
        ["Revenues Manager", "20/01/2026", "On track"]]
