"""Progress cells kept as logs of dated entries, newest first ('14/05/25 – Complete: … 02/04/25 –
Underway: …' under 'Progress updates (most recent first)'):

- with no status column, the status is the status phrase of the NEWEST entry by date, wherever it
  is printed (normalise/histories.py: newest_entry); a cell of one dated entry takes the phrase
  opening it (dated_entry_status);
- laid out as text, rows whose log wraps over many lines alone in its column stay rows of one table
  (extract/pdfborderless.py: same_columns reads the block above from its lines with columns);
- a scan's misread reference ('1 ESE' for '1.1') does not stop the number opening the area cell
  ('1. Records and information governance') from numbering the area (walker_new_drafts.ref_allows_area).
"""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from docx import Document

import planx
from planx.normalise.histories import dated_entry_status, history_status, newest_entry

# ---- the newest entry by date ---------------------------------------------------------------------


@pytest.mark.parametrize(("text", "status", "label"), [
    # newest first
    ("14/05/25 – Complete: policy published. 02/04/25 – In progress: draft with legal.", "complete", "14/05/25"),
    ("12/04/25 – On track: dates booked. 21/03/25 – In progress: group set up. 21/02/25 – Not started: scoping.",
     "in_progress", "12/04/25"),
    ("27/02/25 – Delayed: awaiting sign-off. 22/01/25 – Not started: brief being drafted.", "delayed", "27/02/25"),
    # oldest first, as before
    ("3rd March 2024: Complete - delayed by a week. 10 May 2024: In progress: reopened after audit",
     "in_progress", "10 May 2024"),
    # months with years, newest first
    ("June 2024: Complete: approved by Board. May 2024: In progress: first draft.", "complete", "June 2024"),
])
def test_the_newest_entry_by_date_gives_the_status(text: str, status: str, label: str) -> None:
    found = history_status(text)
    assert found is not None and (found[0], found[2]) == (status, label)


def test_labels_without_a_year_keep_the_last_printed_entry() -> None:
    # 'Update Feb' gives no date to order by: the entry printed last is the latest
    assert newest_entry([("Update Apr", "complete"), ("Update Feb", "in progress")]) == 1
    assert newest_entry([("02/04/25", "a"), ("14/05/25", "b"), ("01/01/25", "c")]) == 1
    # entries of one date: the one printed last
    assert newest_entry([("02/04/25", "a"), ("02/04/25", "b")]) == 1


@pytest.mark.parametrize(("text", "status"), [
    ("21/05/25 – Not started: Awaiting confirmation of funding before work begins.", "not_started"),
    ("06/06/25: Complete – report published.", "complete"),
])
def test_one_dated_entry_opening_with_a_status(text: str, status: str) -> None:
    found = dated_entry_status(text)
    assert found is not None and found[0] == status


@pytest.mark.parametrize("text", [
    "21/05/25 – Awaiting confirmation of funding before work begins.",  # no status phrase opens it
    "Update Feb: Complete – report published.",  # a label without a date
    "Not started: awaiting funding.",  # no dated label
])
def test_no_lone_dated_status_where_none_opens_the_entry(text: str) -> None:
    assert dated_entry_status(text) is None


LOG_HEAD = ["Ref", "Action", "Lead", "Due", "Progress updates (most recent first)"]
LOG_ROWS = [
    ["1.1", "Refresh the supervision policy", "Head of Service", "30/06/2025",
     "14/05/25 – Complete: Policy approved and published. 02/04/25 – In progress: Draft shared with managers."],
    ["1.2", "Recruit two family support workers", "Early Help Manager", "31/03/2025",
     "27/02/25 – Delayed: Awaiting sign-off at the next board meeting. 22/01/25 – Not started: Brief drafted."],
    ["1.3", "Translate the key leaflets", "Communications Lead", "31/10/2025",
     "21/05/25 – Not started: Awaiting confirmation of funding before work begins."],
    ["1.4", "Audit the referral forms", "Quality Lead", "31/12/2025",
     "12/04/25 – On track: Training dates booked. 21/03/25 – In progress: Group set up. "
     "21/02/25 – Not started: Scoping meeting arranged."],
]
LOG_STATUSES = ["complete", "delayed", "not_started", "in_progress"]


def _log_docx(path: Path) -> Path:
    d = Document()
    d.add_heading("Improvement Plan – Progress Log", 1)
    t = d.add_table(rows=1, cols=len(LOG_HEAD))
    t.style = "Table Grid"
    for i, h in enumerate(LOG_HEAD):
        t.rows[0].cells[i].text = h
    for r in LOG_ROWS:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.save(str(path))
    return path


def _log_xlsx(path: Path) -> Path:
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.append(["Improvement Plan – Progress Log"])
    ws.append([])
    ws.append(LOG_HEAD)
    for r in LOG_ROWS:
        ws.append(r)
    wb.save(str(path))
    return path


@pytest.mark.parametrize("make", [lambda p: _log_docx(p / "log.docx"), lambda p: _log_xlsx(p / "log.xlsx")])
def test_a_plan_without_a_status_column_takes_the_newest_entrys_status(tmp_path: Path, make) -> None:
    result = planx.convert_file(str(make(tmp_path)))
    assert [a.status for a in result.actions] == LOG_STATUSES
    assert all(a.status_raw == "" for a in result.actions)
    # the due date is the Due column's, never an entry's date
    assert [a.due_date for a in result.actions] == ["2025-06-30", "2025-03-31", "2025-10-31", "2025-12-31"]


# ---- a text rendering: rows with tall logs stay one table -------------------------------------------

_WIDTHS = [5, 38, 20, 16, 56]  # Ref, Action, Lead, Due, Progress; Status after


def _text_row(cells: list[str], status: str) -> list[str]:
    """A row as a plain-text report prints it: each cell wrapped in its column, each progress entry
    on lines of its own."""
    ref, action, lead, due, progress = cells
    entries = [e.strip() for e in progress.split("||")]
    columns = [[ref], textwrap.wrap(action, 36), textwrap.wrap(lead, 18), textwrap.wrap(due, 14),
               [ln for e in entries for ln in textwrap.wrap(e, 54)]]
    height = max(len(c) for c in columns)
    lines = []
    for k in range(height):
        parts = [(c[k] if k < len(c) else "").ljust(w) for c, w in zip(columns, _WIDTHS, strict=True)]
        lines.append("".join(parts) + (status if k == 0 else ""))  # (padded to the status column)
    return [*lines, "-" * 150]


TXT_ROWS = [
    ("PRIORITY 1: Preparing for adulthood", [
        (["1.1", "Ensure all care plans from Year 9 include preparing-for-adulthood outcomes",
          "Designated Clinical Officer", "End of June 2025",
          "06/05/25 – Delayed: Training dates booked; first cohort attended in the autumn."
          "||03/03/25 – Not started: Scoping meeting arranged with partners."], "Delayed"),
        (["1.2", "Agree a joint transition protocol between children's and adult social care",
          "Principal Educational Psychologist", "October 2025",
          "24/01/25 – Delayed: Audit completed; findings reported to the leadership team."
          "||17/01/25 – Not started: Scoping meeting arranged with partners."], "Delayed"),
        (["1.3", "Create supported internship places with three local employers", "Parent Forum Chair",
          "16/12/2025", "06/05/25 – Not started: Awaiting confirmation of funding before work begins."],
         "Not started"),
    ]),
    ("PRIORITY 2: Identification and assessment", [
        (["2.1", "Train health visitors to identify speech and language needs at the two-year check",
          "Tom Adebayo", "31 May 2025", "30/05/25 – Complete: Working group established and terms of reference "
          "agreed.||19/01/25 – Not started: Lead officer identified; project brief being drafted."], "Complete"),
        (["2.2", "Complete needs assessments within the 20-week statutory timescale",
          "Preparing for Adulthood Lead", "30/04/2025",
          "02/06/25 – On track: Training dates booked; first cohort attended in the autumn."
          "||16/02/25 – On track: Draft prepared and shared with the working group for comment."
          "||07/01/25 – Not started: Awaiting confirmation of funding before work begins."], "On track"),
    ]),
    ("PRIORITY 3: Health and joint commissioning", [
        (["3.1", "Jointly commission a speech and language therapy service with the ICB", "Head of SEND",
          "End of June 2025", "28/05/25 – Complete: Working group established and terms of reference agreed."
          "||20/04/25 – On track: Policy approved and published on the website."], "Complete"),
        # the action's second line runs to two spaces of the lead column: the gutter narrows here
        (["3.2", "Develop a shared dashboard of SEND performance data for the partnership board",
          "Preparing for Adulthood Lead", "31/05/2025", "15/03/25 – On track: Policy approved and published on "
          "the website.||16/02/25 – Not started: Scoping meeting arranged with partners."], "On track"),
    ]),
]


def _log_txt(path: Path) -> Path:
    head = "".join(h.ljust(w) for h, w in zip(["Ref", "Action", "Lead", "Due", "Progress updates (most recent first)"],
                                              _WIDTHS, strict=True)) + "Status"
    lines = ["Monitoring Log (June 2025)", "Calder Vale Partnership", "", head, "=" * 150, ""]
    for banner, rows in TXT_ROWS:
        lines += [banner, ""]
        for cells, status in rows:
            lines += _text_row(cells, status)
        lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_text_rows_with_tall_progress_logs_stay_one_table(tmp_path: Path) -> None:
    result = planx.convert_file(str(_log_txt(tmp_path / "log.txt")))
    acts = result.actions
    assert [a.action.split()[0] for a in acts] == ["Ensure", "Agree", "Create", "Train", "Complete", "Jointly",
                                                   "Develop"]
    assert [a.area_ref for a in acts] == ["1", "1", "1", "2", "2", "3", "3"]
    assert acts[-1].lead == "Preparing for Adulthood Lead" and acts[-1].due_date == "2025-05-31"
    assert acts[-1].status_raw == "On track"
    assert acts[-1].progress.endswith("Scoping meeting arranged with partners.")


# ---- an area cell's number beside a reference that reads as no code ---------------------------------


def _area_docx(path: Path, first_ref: str) -> Path:
    d = Document()
    d.add_heading("Safeguarding Improvement Plan", 1)
    d.add_paragraph("3. Action plan")
    rows = [["Ref", "Priority", "Action", "Lead officer", "Timescale"],
            [first_ref, "1. Records and information governance", "Ensure all staff complete annual training",
             "Clinical Lead", "31/08/2025"],
            ["", "", "Complete the migration of paper records", "Chief Pharmacist", "31/12/2025"],
            ["2.1", "2. Medicines management", "Review the policy for medicines reconciliation", "Matron",
             "23/07/2026"],
            ["2.2", "", "Carry out a monthly controlled drugs audit", "Matron", "Sep-25"]]
    t = d.add_table(rows=0, cols=5)
    t.style = "Table Grid"
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph("4. Governance and monitoring")
    d.save(str(path))
    return path


@pytest.mark.parametrize("first_ref", ["1 ESE", "1.1", ""])
def test_the_area_cells_number_stands_beside_an_unreadable_reference(tmp_path: Path, first_ref: str) -> None:
    result = planx.convert_file(str(_area_docx(tmp_path / "plan.docx", first_ref)))
    assert [(a.area_ref, a.area) for a in result.actions] == \
        [("1", "Records and information governance")] * 2 + [("2", "Medicines management")] * 2
