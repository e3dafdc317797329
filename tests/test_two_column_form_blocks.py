"""Each action printed as a short block of labelled lines ('2.1' over 'Action:' / 'Lead:' / 'By:' /
'Progress:' / 'Status:'), the blocks flowing down two columns: a box drawn round each block keeps the
page's columns (extract/pdfcolumns.py _box_side); a label holding a date's number ('Position at 30
Sept:') is a label (normalise/lists.py _label_before); a numbered banner between the blocks ends the
value above it (normalise/labelforms.py _banner_line); a text saved from pages with no form feed keeps
its running header, page number and all, out of the values (extract/text.py numbered_running_lines)."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import convert_text

import planx
from planx.extract.pdfcolumns import _box_side
from planx.extract.text import numbered_running_lines
from planx.normalise.lists import read_labels

AREAS = [
    ("Priority 1 – Safer streets", [
        ("Install lighting on the four darkest footpaths in the town", "Highways Manager", "30 June 2026",
         "Survey of footpaths finished; works ordered.", "On track"),
        ("Fund a night-time economy warden scheme for the weekend", "Community Safety Lead", "Quarterly",
         "Bid submitted to the police and crime commissioner.", "Not started"),
        ("Close the alley behind the market with lockable gates", "Estates Officer", "March 2027",
         "Consultation with residents under way.", "Delayed"),
    ]),
    ("Priority 2 – Cleaner neighbourhoods", [
        ("Add twelve new litter bins along the seafront promenade", "Waste Services Manager", "31/05/2026",
         "Locations agreed with the parish council.", "Complete"),
        ("Run a spring clean campaign with local schools and groups", "Volunteer Coordinator", "April 2026",
         "Twenty groups signed up so far.", "On track"),
        ("Publish fly-tipping hotspots and enforcement results monthly", "Enforcement Team Leader", "Monthly",
         "First report published in January.", "On track"),
    ]),
]


def _blocks() -> list[tuple[str, list[str]]]:
    """(banner or '', lines) for each block, in reading order."""
    out: list[tuple[str, list[str]]] = []
    for a, (banner, actions) in enumerate(AREAS, 1):
        for n, (action, lead, by, progress, status) in enumerate(actions, 1):
            out.append((banner if n == 1 else "", [f"{a}.{n}", f"Action: {action}", f"Lead: {lead}", f"By: {by}",
                                                   f"Progress: {progress}", f"Status: {status}"]))
    return out


def _boxed_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas
    width, height = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(width, height))
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, height - 50, "Community Safety Plan – Action Summary")
    c.setFont("Helvetica", 10)
    c.drawString(40, height - 68, "Each action is shown with its lead, deadline and latest position.")
    columns = [(40.0, 395.0), (445.0, 800.0)]
    col, y = 0, height - 100
    for banner, lines in _blocks():
        need = (20 if banner else 0) + 14 * len(lines) + 16
        if y - need < 50:
            col, y = col + 1, height - 100
        x0, x1 = columns[col]
        if banner:
            c.setFont("Helvetica-Bold", 11.5)
            c.drawString(x0, y, banner)
            y -= 20
        top = y + 11
        c.setFont("Helvetica", 9)
        for line in lines:
            c.drawString(x0 + 6, y, line)
            y -= 14
        c.rect(x0, y + 6, x1 - x0 + 3, top - y - 6)  # the box round the block, its side near the gutter
        y -= 12
    c.save()


def _check(result) -> None:
    got = [(a.area_ref, a.area, a.action, a.lead, a.due_raw, a.progress, a.status) for a in result.actions]
    statuses = {"On track": "in_progress", "Not started": "not_started", "Delayed": "delayed", "Complete": "complete"}
    want = [(str(k), banner.split("– ")[1], action, lead, by, progress, statuses[status])
            for k, (banner, actions) in enumerate(AREAS, 1)
            for action, lead, by, progress, status in actions]
    assert [g[:5] for g in got] == [w[:5] for w in want]
    assert [g[5].rstrip(".") for g in got] == [w[5].rstrip(".") for w in want]
    assert [g[6] for g in got] == [w[6] for w in want]


def test_boxed_form_blocks_down_two_columns_are_read_column_by_column(tmp_path):
    path = tmp_path / "boxed.pdf"
    _boxed_pdf(path)
    _check(planx.convert_file(str(path)))


def test_form_blocks_in_text_saved_from_pages_with_running_headers(tmp_path):
    lines = ["Community Safety Plan – Action Summary Page 1", "Community Safety Plan – Action Summary",
             "Each action is shown with its lead, deadline and latest position."]
    for k, (banner, block) in enumerate(_blocks()):
        if k == 4:
            lines.append("Community Safety Plan – Action Summary Page 2")
        lines += ([banner] if banner else []) + block
    result = convert_text(tmp_path, "safety_plan.txt", "\n".join(lines) + "\n")
    _check(result)
    kept = " ".join(row.text for row in result.leftovers)
    assert "Action Summary Page 2" in kept


def test_a_running_header_with_the_page_number_in_a_text_without_form_feeds():
    lines = ["Annual Plan 2026 Page 1", "Intro", "Page 2 of 3 – Annual Plan 2026", "More", "Annual Plan 2026 Page 3",
             "Page 4", "See the table on Page 4 for figures"]
    assert numbered_running_lines(lines) == {1, 3, 5}  # (words before or after the number: the same header)
    assert numbered_running_lines(["Report Page 1", "Report Page 1"]) == set()  # one page's number twice


@pytest.mark.parametrize(("text", "field", "value"), [
    ("Position at 30 Sept: Survey of the footpaths under way.", "progress", "Survey of the footpaths under way"),
    ("Update at 31 March: Bid submitted.", "progress", "Bid submitted"),
])
def test_a_label_holding_a_dates_number(text, field, value):
    _, values, _ = read_labels(text)
    assert values == {field: value}


def test_a_time_before_a_colon_is_no_label():
    assert read_labels("Meeting at 10:30 in the hall")[1] == {}


def _h(x0: float, x1: float, y: float) -> dict[str, float]:
    return {"x0": x0, "x1": x1, "top": y, "bottom": y}


def _v(x: float, top: float, bottom: float) -> dict[str, float]:
    return {"x0": x, "x1": x, "top": top, "bottom": bottom}


def test_a_boxes_side_in_the_gutter_is_no_table_rule():
    side = _v(404.0, 100.0, 200.0)
    box = [side, _h(40.0, 404.0, 100.0), _h(40.0, 404.0, 200.0)]
    assert _box_side(side, box)
    grid = [side, _h(40.0, 800.0, 100.0), _h(40.0, 800.0, 200.0)]  # rules across the gutter: a table's
    assert not _box_side(side, grid)
    assert not _box_side(side, [side])  # a rule alone: a column rule
