"""Layout text (`pdftotext -layout`) of a tracker whose actions each have dated update lines under
them ('        14 May 2025     Draft shared with managers'): each update line, its date in a column
the line above leaves empty, starts a row of its own (layouttext._dated_update_lines), as does an
action printed right under an update's last line, and a theme banner right under the heading line
after the document's title lines; the update rows then fold into their action
(normalise/datedupdates.py): the latest its progress."""
from __future__ import annotations

from pathlib import Path

import planx
from planx.extract.layouttext import parse_layout
from planx.extract.model import Table

TRACKER = [
    " Fostering Service Tracker (Anytown)",
    " Each action is followed by its updates.",
    "No.     Date            Action / update                            Lead                Deadline      Status",
    "Area 1 – Recruitment of carers",
    "",
    "A1                      Launch a recruitment campaign aimed at     Joan Patel          June 2025     On track",
    "                        carers for teenagers",
    "        02 Feb 2025     Working group formed",
    "",
    "        09/04/2025      First draft of the campaign shared with",
    "                        the marketing team",
    "A2                      Review the fostering allowances paid to    Tom Birch           March 2026    Delayed",
    "                        kinship carers",
    "        12/03/2025      Benchmarking with neighbours finished",
    "",
    "        01/11/2024      Scope agreed at the board",
    "",
]


def test_update_lines_start_rows_of_their_own() -> None:
    doc = parse_layout(TRACKER)
    table = next(b for b in doc.blocks if isinstance(b, Table))
    firsts = [[" ".join(c.text.split()) for c in r.cells][:3] for r in table.rows]
    assert ["", "02 Feb 2025", "Working group formed"] in firsts
    assert ["", "09/04/2025", "First draft of the campaign shared with the marketing team"] in firsts
    assert any(f[0] == "A2" and f[2].startswith("Review the fostering") for f in firsts)
    assert any(f[0].startswith("Area 1") for f in firsts)


def test_a_laid_out_tracker_reads_one_action_each_with_its_latest_update(tmp_path: Path) -> None:
    path = tmp_path / "tracker_layout.txt"
    path.write_text("\n".join(TRACKER) + "\n", encoding="utf-8")
    result = planx.convert_file(str(path))
    assert [(a.action, a.lead, a.progress) for a in result.actions] == [
        ("Launch a recruitment campaign aimed at carers for teenagers", "Joan Patel",
         "First draft of the campaign shared with the marketing team"),
        ("Review the fostering allowances paid to kinship carers", "Tom Birch",
         "Benchmarking with neighbours finished")]
    assert all(a.area == "Recruitment of carers" for a in result.actions)
