"""A tracker exported from a list tool whose action ids letter every level of the plan's outline
('G2.O1.A3': goal 2, objective 1, action 3), its rows in no order of goal, beside a column naming
each row's goal ('Goal 2'): the first level's number is the area's, row by row (banners.area_ref_of,
itemlists.item_code), not the letter every id opens with."""
from __future__ import annotations

from pathlib import Path

from conftest import read

import planx

HEAD = ["Goal", "Action ID", "Status", "Action", "Lead"]
ROWS = [
    ["Goal 1", "G1.O2.A1", "In Progress", "Open two new family hubs in the north of the county", "Ann Baker"],
    ["Goal 3", "G3.O1.A1", "Not Started", "Publish a local offer for care leavers", "Raj Patel"],
    ["Goal 1", "G1.O3.A2", "Complete", "Recruit ten more foster carers", "Ann Baker"],
    ["Goal 2", "G2.O1.A1", "In Progress", "Cut waiting times for speech and language therapy", "Lena Ortiz"],
    ["Goal 3", "G3.O2.A4", "In Progress", "Train staff in trauma-informed practice", "Raj Patel"],
    ["Goal 2", "G2.O2.A2", "Not Started", "Expand the school nursing service to all secondaries", "Lena Ortiz"],
]


def test_each_rows_goal_number_is_its_area(tmp_path: Path) -> None:
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "Actions Tracker"
    ws.append(HEAD)
    for row in ROWS:
        ws.append(row)
    src = tmp_path / "tracker.xlsx"
    wb.save(src)
    planx.convert([src], out=tmp_path / "out")
    actions = read(tmp_path / "out", "actions")
    assert [a["action"] for a in actions] == [r[3] for r in ROWS]
    assert [a["area_ref"] for a in actions] == [r[0].split()[1] for r in ROWS]
    assert [a["ref"] for a in actions] == [r[1] for r in ROWS]
