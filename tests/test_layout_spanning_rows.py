"""Layout text (`pdftotext -layout`) read by how its text lines up (layouttext):

- a line printed across the table's columns inside a row ('Latest position - …' under each
  action, running over the Lead column's left edge) is a row of its own, and lines that open
  with the same words at the same place are the same kind of row (_spanning_lines);
- a short cell parted from the next column's by one space ('(2) Normal Patel, Anita') parts
  there when the lines around hold both columns' cells apart (_narrow_gutters);
- a table of fields as rows whose rows are one line each keeps each line of a cell the table
  finder merged down (a date in lower case, 'by end of Oct 26', under a lead) in its own row
  (one_line_rows);
- such tables printed one under the other, a banner between, part where the first column's
  labels start again (repeated_labels)."""
from __future__ import annotations

from planx.extract.layouttext import parse_layout
from planx.extract.model import Paragraph, Table

# the shape of a corporate plan tracker: an update line under each action's row
TRACKER = [
    "No.   Action                                                 Lead                       Target    Year      RAG",
    "                                                                                        quarter",
    "1.1   Plant 5,000 trees on council land                      Head of Highways           Q4        2027/28   R",
    "      Latest position - Pilot running in two wards.",
    "",
    "1.2   Switch all street lights to LED                        Building Control Manager   Q3        2027/28   B",
    "      Latest position - Partners engaged and a project board set up.",
    "",
    "1.3   Deliver 200 apprenticeships with local employers       Head of Customer           Q4        2026/27   B",
    "                                                             Services",
    "      Latest position - Slipped because of staff vacancies; recovery plan agreed.",
    "",
    "1.4   Open a business support hub in the old library         Head of Internal Audit     Q4        2027/28   A",
    "      building",
    "      Latest position - Complete and evaluated; report to scrutiny in spring.",
    "",
    "1.5   Move 60 per cent of transactions online                Head of Highways           Q3        2027/28   A",
    "",
]


def _rows(lines: list[str]) -> list[list[str]]:
    tables = [b for b in parse_layout(lines).blocks if isinstance(b, Table)]
    return [[" ".join(c.text.split()) for c in r.cells] for t in tables for r in t.rows]


def test_update_line_across_the_columns_is_a_row_of_its_own() -> None:
    rows = _rows(TRACKER)
    actions = [r[1] for r in rows if len(r) > 1]
    assert "Open a business support hub in the old library building" in actions
    assert "Switch all street lights to LED" in actions
    # the long update runs over the Lead column: neither in the action's cell nor in the lead's
    assert "Latest position - Complete and evaluated; report to scrutiny in spring." in actions
    assert "Head of Internal Audit" in [r[2] for r in rows if len(r) > 2]
    # the short one, the same kind of row by its opening words, is parted too
    assert "Latest position - Pilot running in two wards." in actions
    assert "Plant 5,000 trees on council land" in actions


def test_a_wrapped_cell_inside_its_column_stays_in_its_row() -> None:
    lines = [ln for ln in TRACKER if "Latest position" not in ln]
    actions = [r[1] for r in _rows(lines) if len(r) > 1]
    assert "Open a business support hub in the old library building" in actions
    assert "Deliver 200 apprenticeships with local employers" in actions


# the shape of a task list export: Priority and Assigned To one space apart where the priority
# word is long ('(2) Normal'), two spaces or more where it is short
EXPORT = [
    "ID     Title                                        Priority    Assigned To      Due Date     Status",
    "",
    "1043   Complete cyber essentials plus certification (2) Normal Patel, Anita      4/4/2027     Deferred",
    "",
    "1047   Agree data sharing protocol with the fire    (3) Low     Patel, Anita     8/21/2027    In Progress",
    "       service",
    "",
    "1051   Decommission the legacy payroll server       (3) Low     Okafor, James    6/16/2027    Not Started",
    "",
    "1055   Roll out multi-factor authentication to      (1) High    Clarke, Daniel   3/9/2027     Not Started",
    "       councillors",
    "",
    "1059   Close the archive store at Wharf Road        (2) Normal Ahmed, Yasmin     12/3/2026    Not Started",
    "",
]


def test_short_cell_one_space_from_the_next_column_parts_there() -> None:
    rows = _rows(EXPORT)
    assert ["1043", "Complete cyber essentials plus certification", "(2) Normal", "Patel, Anita", "4/4/2027",
            "Deferred"] in rows
    assert any(r[-4:] == ["(2) Normal", "Ahmed, Yasmin", "12/3/2026", "Not Started"] for r in rows)


# the shape of a transposed plan: one table per area, fields down the first column
TRANSPOSED = [
    "Workstream 1: Licensing enforcement",
    "Action no.       1.1                                                   1.2                                                 1.3",  # noqa: E501
    "Action           Carry out test purchases at premises selling alcohol Update the taxi driver suitability policy after      Train licensing officers in safeguarding",  # noqa: E501
    "                 to under 18s                                         consultation                                         awareness",  # noqa: E501
    "Lead officer     Head of Procurement                                   Head of Legal Services                              Parking Services Manager",  # noqa: E501
    "Target date      Q2 27/28                                              by end of Oct 26                                    Q4 27/28",  # noqa: E501
    "RAG              B                                                     R                                                   G",  # noqa: E501
    "",
    "",
    "Workstream 2: Digital access to services",
    "Action no.       2.1                                                   2.2                                                 2.3",  # noqa: E501
    "Action           Replace the online forms platform with accessible     Launch a resident account for bins, parking and     Provide assisted digital help",  # noqa: E501
    "                 templates                                             council tax                                         in libraries",  # noqa: E501
    "Lead officer     Environmental Health Manager                          Service Manager, Licensing                          Head of Highways",  # noqa: E501
    "Target date      by end of Nov 26                                      by end of Nov 26                                    08/06/2027",  # noqa: E501
    "RAG              R                                                     G                                                   G",  # noqa: E501
]


def test_lower_case_date_under_a_lead_stays_in_its_row() -> None:
    rows = _rows(TRANSPOSED)
    assert ["Lead officer", "Head of Procurement", "Head of Legal Services", "Parking Services Manager"] in rows
    assert ["Target date", "Q2 27/28", "by end of Oct 26", "Q4 27/28"] in rows
    assert ["Target date", "by end of Nov 26", "by end of Nov 26", "08/06/2027"] in rows


def test_stacked_transposed_tables_part_at_the_banner() -> None:
    doc = parse_layout(TRANSPOSED)
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 2
    assert all(t.rows[0].cells[0].text == "Action no." for t in tables)
    assert [t.index for t in tables] == [1, 2]
    texts = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    assert "Workstream 2: Digital access to services" in texts
