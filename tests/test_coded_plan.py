"""A report form printing its plan as coded paragraphs ('1a. …') under a line naming the plan, and
later the progress under the same codes ('1a- …'): normalise/codedplan.py, on synthetic documents."""
from __future__ import annotations

from pathlib import Path

from planx.extract import extract
from planx.extract.model import Paragraph, RawDocument
from planx.normalise import normalise
from planx.normalise.codedplan import read_coded_plan

LINES = [
    "Riverside Academy Annual Report 2024-25",
    "Goal 1",
    "Pupils will read with more confidence by the end of the year.",
    "These were the planned actions.",
    "1a. Staff will run reading clubs twice a week for pupils in years 7 and 8.",
    "1b. The library team will buy new graded readers for the clubs. 2a. Teachers will share a phonics "
    "refresher at the autumn staff meeting.",
    "2b. The literacy lead will track the lowest readers each half term.",
    "Describe how the planned actions were carried out.",
    "1a- Reading clubs ran every Tuesday and Thursday from October.",
    "2b- Tracking sheets were set up and reviewed in each half term.",
    "1a/2a- Attendance at the clubs rose over the year.",
    "Goal 2",
    "Families will be more involved in learning.",
    "These were the planned actions.",
    "1a. The office will send a monthly newsletter to every family.",
    "1a. Form tutors will phone each family once a term.",
    "1b. The school will hold two open evenings on learning at home.",
    "Describe how the planned actions were carried out.",
    "1a- Newsletters went out each month.",
    "1b- One open evening was held in March.",
]


def _raw(lines: list[str]) -> RawDocument:
    return RawDocument("r.pdf", "r.pdf", "pdf", [Paragraph(t, 1, 10 * k, heading=t.startswith("Goal"))
                                                for k, t in enumerate(lines)])


def test_coded_items_are_actions_under_their_goal_with_progress_by_code() -> None:
    reading = read_coded_plan(_raw(LINES))
    assert reading is not None
    got = [(a.context["area_ref"], a.fields["ref"], a.fields["action"][:12], a.fields.get("progress", ""))
           for a in reading.actions]
    assert [g[:2] for g in got] == [("1", "1a"), ("1", "1b"), ("1", "2a"), ("1", "2b"),
                                    ("2", "1a"), ("2", "1a"), ("2", "1b")]
    by = {(g[0], g[1], g[2]): g[3] for g in got}
    assert by[("1", "1a", "Staff will r")].startswith("Reading clubs ran")
    assert by[("1", "2b", "The literacy")].startswith("Tracking sheets")
    assert by[("1", "1b", "The library ")] == ""
    # a code two actions share, or an item under two codes, names no one action: no progress
    assert all(not g[3] for g in got if g[:2] == ("2", "1a"))
    assert by[("2", "1b", "The school w")] == "One open evening was held in March."


def test_items_not_attached_stay_text_of_the_document() -> None:
    reading = read_coded_plan(_raw(LINES))
    assert reading is not None
    joint = LINES.index("1a/2a- Attendance at the clubs rose over the year.")
    assert joint not in reading.blocks  # left to the walker, kept aside


def test_coded_lines_without_a_line_naming_the_plan_are_not_read() -> None:
    lines = [t for t in LINES if "planned actions" not in t]
    assert read_coded_plan(_raw(lines)) is None


def test_a_report_that_names_its_plan_keeps_its_actions(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("\n\n".join(LINES) + "\n", encoding="utf-8")
    result = normalise(extract(path))
    assert len(result.actions) == 7
    assert any("coded paragraphs" in w for w in result.warnings)
