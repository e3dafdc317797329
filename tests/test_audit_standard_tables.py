"""Self-assessment audit action plans and trackers with clipped headings.

- An audit's action plan lists the standard it measured against in its first column ('Standard |
  Self-assessed grade | Gap identified | Action | Lead | Date'), numbered ('Standard 1: …', '2. A
  clear …'), merged down beside the actions that meet it: the standard is the action's area, its
  number the area's reference (vocab.HEADING_WORDS 'standard'; walker_new_drafts._NUMBERED_AREA
  reads a title opening with the article 'A').
- A tracker's narrow columns carry clipped headings explained in a key ('Resp. = responsible
  officer'): 'Resp.' is the lead (vocab.HEADING_ABBREVIATIONS).
- A plain-text tracker underlines its heading line with dashes, then a blank line, then the rows:
  the underline's padding adds no gap parting the headings from their table
  (layouttext._underline_padding).

All documents here are synthetic, written for these tests.
"""
from __future__ import annotations

from pathlib import Path

from conftest import read

import planx
from planx.extract.layouttext import _positions, parse_layout
from planx.extract.model import Table
from planx.normalise.headers import read_header, read_heading

HEAD = ["Standard", "Self-assessed grade", "Gap identified", "Action", "Lead", "Date", "Status"]
# (standard cell, grade, gap, [(action, lead, date, status)])
STANDARDS = [
    ("Standard 1: Leaders champion the welfare of children in every service", "Not met",
     "The annual report has not reached the board for two years.",
     [("Present the annual welfare report to the board every spring", "Head of Policy", "31/05/2026",
       "Complete")]),
    ("Standard 4: A named lead for welfare in each service area", "Partially met",
     "Cover for the named leads during leave is informal.",
     [("Name a deputy for every named lead and publish the list each quarter", "Service Manager",
       "Apr-26", "In progress"),
      ("Audit the cover arrangements twice a year and report the gaps", "Audit Officer", "Oct-26",
       "Not started")]),
]


def _word_plan(path: Path, numbered: str = "Standard {n}: {title}") -> Path:
    import docx
    d = docx.Document()
    d.add_heading("Borough Council - Welfare Self-Assessment Action Plan 2025/26", 1)
    t = d.add_table(rows=1, cols=len(HEAD))
    for c, h in zip(t.rows[0].cells, HEAD, strict=True):
        c.text = h
    for standard, grade, gap, actions in STANDARDS:
        n, title = standard.split(": ", 1)[0].split()[-1], standard.split(": ", 1)[1]
        first = len(t.rows)
        for action in actions:
            cells = t.add_row().cells
            for c, v in zip(cells[3:], action, strict=True):
                c.text = v
        top = t.rows[first].cells
        for k, v in enumerate((numbered.format(n=n, title=title), grade, gap)):
            cell = top[k] if len(actions) == 1 else top[k].merge(t.rows[len(t.rows) - 1].cells[k])
            cell.text = v
    d.save(str(path))
    return path


def test_standard_heading_reads_as_the_area() -> None:
    assert read_heading("Standard")[0].field == "area"
    header = read_header([(k, 1, h) for k, h in enumerate(HEAD)],
                         [[(0, "Standard 1: Leaders champion the welfare of children"), (1, "Not met"),
                           (2, "The annual report has not reached the board."),
                           (3, "Present the annual welfare report to the board"), (4, "Head of Policy"),
                           (5, "31/05/2026"), (6, "Complete")]])
    assert header is not None
    assert [c.field for c in header.columns][:1] == ["area"]


def _actions(tmp_path: Path, numbered: str) -> list[dict[str, str]]:
    plan = _word_plan(tmp_path / "welfare_audit_plan.docx", numbered)
    out = tmp_path / "out"
    planx.convert([plan], out=out)
    return read(out, "actions")


def test_numbered_standards_merged_down_are_the_areas(tmp_path: Path) -> None:
    got = _actions(tmp_path, "Standard {n}: {title}")
    assert [a["action"].split()[0] for a in got] == ["Present", "Name", "Audit"]
    assert [a["area_ref"] for a in got] == ["1", "4", "4"]
    assert got[0]["area"] == "Leaders champion the welfare of children in every service"
    assert got[2]["area"] == "A named lead for welfare in each service area"
    assert [a["lead"] for a in got] == ["Head of Policy", "Service Manager", "Audit Officer"]
    assert [a["status"] for a in got] == ["complete", "in_progress", "not_started"]


def test_a_standard_numbered_with_a_stop_before_the_article_a(tmp_path: Path) -> None:
    got = _actions(tmp_path, "{n}. {title}")
    assert [a["area_ref"] for a in got] == ["1", "4", "4"]
    assert got[1]["area"] == "A named lead for welfare in each service area"


def test_resp_heading_is_the_lead() -> None:
    readings = read_heading("Resp.")
    assert {r.field for r in readings} >= {"lead"}
    header = read_header([(0, 1, "Ref"), (1, 1, "Action"), (2, 1, "Resp."), (3, 1, "Tgt date"), (4, 1, "Stat.")],
                         [[(0, "3.1"), (1, "Run a quarterly case file audit with the team managers"),
                           (2, "Ops Mgr"), (3, "Oct-26"), (4, "IP")]])
    assert header is not None
    assert [c.field for c in header.columns] == ["area_ref", "action", "lead", "due", "status"]


UNDERLINED = [
    "RIVERTON PARTNERSHIP - ACTION TRACKER (March 2026)",
    "",
    "Ref   Action                                          Resp.          Tgt date    Stat.",
    "--------------------------------------------------------------------------------------",
    "",
    "1. QUALITY OF PRACTICE",
    "",
    "1.1   Run a quarterly case file audit with the team    Ops Mgr        Oct-26      IP",
    "      managers and share the learning in supervision",
    "",
    "1.2   Refresh the supervision policy so that every     QA Lead        June 2026   C",
    "      worker is supervised each month",
    "",
    "--------------------------------------------------------------------------------------",
    "Stat.: C = complete, IP = in progress, NS = not started.",
]


def test_the_padding_under_a_heading_underline_takes_no_room() -> None:
    at = _positions(UNDERLINED)
    # the blank line under the underline shares the section line's place; the blank line above the
    # closing rule (no underline: nothing right above it) keeps its room
    assert at[5] - at[3] == 1
    assert at[13] - at[11] == 2


def test_underlined_heading_line_heads_its_table() -> None:
    doc = parse_layout(UNDERLINED)
    table = next(b for b in doc.blocks if isinstance(b, Table))
    first = [c.text.strip() for c in table.rows[0].cells if c.text.strip()]
    assert first[:2] == ["Ref", "Action"] and first[-1] == "Stat."


def test_underlined_tracker_reads_its_status_codes(tmp_path: Path) -> None:
    plan = tmp_path / "partnership_tracker.txt"
    plan.write_text("\n".join(UNDERLINED) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    planx.convert([plan], out=out)
    got = read(out, "actions")
    assert [a["status_raw"] for a in got] == ["IP", "C"]
    assert [a["status"] for a in got] == ["in_progress", "complete"]
    assert [a["lead"] for a in got] == ["Ops Mgr", "QA Lead"]
