"""A table's black grid drawn over dark fills (a navy heading row, navy band rows with white words)
kept as rules when a scan's reversed fills are drawn dark on white (extract/reverse.py,
_rules_on_fill): drawn by the fill's contrast alone, a black rule on navy (~50 of 255) came out a
light grey, the rule finder lost the rules round a band row, and the band's words were cut at a
column's edge ('Priority' | '2: Improve …'). On a black heading row the grid cannot be seen at
all: the column rules under it are carried up through it between its words
(_hidden_column_rules), or its headings run into one cell."""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest

cv2 = pytest.importorskip("cv2")

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")

NAVY = 50  # navy (#1F3864) scanned to grey


def navy_heading(fill: int = NAVY) -> Any:
    """A grey page: a navy heading row with white words, a black grid drawn over all of it, and
    a body row of black words under it."""
    page = np.full((400, 800), 255, np.uint8)
    page[100:150, 40:760] = fill
    for x, word in ((60, "Ref"), (200, "Action"), (520, "Lead")):
        cv2.putText(page, word, (x, 135), cv2.FONT_HERSHEY_SIMPLEX, 0.9, 255, 2)
    cv2.putText(page, "Sofia Russo", (520, 190), cv2.FONT_HERSHEY_SIMPLEX, 0.9, 0, 2)
    for y in (100, 150, 210):
        page[y - 1:y + 1, 40:760] = 0
    for x in (40, 180, 500, 760):
        page[100:210, x - 1:x + 1] = 0
    return page


def test_black_rules_on_a_reversed_fill_stay_black() -> None:
    from planx.extract.reverse import unreversed
    page = navy_heading()
    out, count = unreversed(page, 200)
    assert count == 1
    assert out[110:140, 179:181].max() < 60  # the column rule through the heading: black, not grey
    assert out[149:151, 60:740].max() < 60  # the rule under the heading, along its length
    letters = page[100:150, 40:760] == 255
    assert out[100:150, 40:760][letters].mean() < 80  # the white words are drawn dark …
    assert np.median(out[105:145, 300:480]) > 200  # … on a light ground


def test_the_column_rules_are_found_through_the_heading() -> None:
    """The rule finder sees each column rule run from the heading's top to the body's foot."""
    from planx.extract import raster
    from planx.extract.reverse import unreversed
    out, _ = unreversed(navy_heading(), 200)
    marks = raster.analyse(out, 200)
    down = [s for s in marks.rules if not s.horizontal]
    for x in (180, 500):
        assert any(abs(s.x0 - x) <= 3 and s.y0 <= 103 and s.y1 >= 205 for s in down), x


def test_column_rules_hidden_on_a_black_heading_are_carried_up_through_it() -> None:
    from planx.extract.reverse import unreversed
    page = navy_heading(fill=0)  # black: the grid over the heading is black on black
    out, count = unreversed(page, 200)
    assert count == 1
    for x in (180, 500):  # between 'Ref' | 'Action' and 'Action' | 'Lead': carried
        assert out[105:145, x - 1:x + 1].max() < 60, x
    assert out[105:145, 600:760].min() > 200  # past the last word, no column is parted


def test_a_band_rows_title_is_not_cut_by_the_rules_under_it() -> None:
    """A black band row's title runs across the column rules under it: where a word crosses a
    rule's line nothing is carried, and past the title's end (no word to the right) neither."""
    from planx.extract.reverse import unreversed
    page = navy_heading(fill=0)
    page[100:150, 41:759] = 0  # the heading's words gone: a band's title across the columns instead
    cv2.putText(page, "Priority 1: Improve practice", (50, 135), cv2.FONT_HERSHEY_SIMPLEX, 0.9, 255, 2)
    out, count = unreversed(page, 200)
    assert count == 1
    assert out[105:145, 499:501].min() > 200  # the title ends before the second rule: no rule there
    crossed = out[105:145, 170:190]
    assert not (crossed < 60).all(axis=0).any()  # at the first, at most the title's letters: no line


def test_light_strokes_on_a_fill_are_no_rules() -> None:
    """Only what is darker than the fill, in a straight run, is kept black: grain and the fill's
    own white words are drawn by contrast as before."""
    from planx.extract.reverse import _rules_on_fill
    rng = np.random.default_rng(0)
    page = np.full((200, 400), 255, np.uint8)
    page[50:150, 20:380] = NAVY
    cv2.putText(page, "Target date", (40, 110), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 255, 2)
    noisy = np.clip(page.astype(np.int16) + rng.normal(0, 8, page.shape), 0, 255).astype(np.uint8)
    fills = np.where(page == 255, 255, NAVY).astype(np.uint8)
    fills[50:150, 20:380] = NAVY
    region = np.zeros(page.shape, bool)
    region[50:150, 20:380] = True
    assert not _rules_on_fill(noisy, fills, region, 200).any()


# ---- end to end ----------------------------------------------------------------------------------
HEAD = ["Ref", "Action", "Lead officer", "Target date", "Progress", "RAG"]
ROWS = [("1.1", "Open a single front door for short break requests", "Sofia Russo", "31/05/2019", "On track", "Green"),
        ("1.2", "Publish the local offer on the council website", "Tariq Hussain", "30/06/2019", "Drafted", "Amber"),
        ("2.1", "Audit twenty case files every quarter with partners", "Nadia Osei", "30/09/2019", "Not begun", "Red"),
        ("2.2", "Train all social workers in the new assessment model", "Ben Clarke", "31/12/2019", "Booked", "Green")]
BANDS = {0: "Priority 1: Improve the quality of practice", 2: "Priority 2: Improve the quality of practice"}


def navy_plan(path: Path, fill: str = "#1F3864", bands: bool = True, head: list[str] = HEAD,
              widths: tuple[int, ...] = (40, 220, 100, 80, 160, 60)) -> None:
    """A ruled plan: a navy heading row and navy band rows (one per priority, spanning the
    table) with white bold words, the black grid drawn over them, as Word prints it."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
    navy = colors.HexColor(fill)
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize, body.leading = 9, 11
    style: list[Any] = [("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("GRID", (0, 0), (-1, -1), 0.75, colors.black),
                        ("VALIGN", (0, 0), (-1, -1), "TOP")]
    rows: list[list[Any]] = []

    def dark(r: int) -> None:
        style.extend([("BACKGROUND", (0, r), (-1, r), navy), ("TEXTCOLOR", (0, r), (-1, r), colors.white),
                      ("FONT", (0, r), (-1, r), "Helvetica-Bold", 9)])
    rows.append(list(head))
    dark(0)
    for i, (ref, action, lead, due, progress, rag) in enumerate(ROWS):
        if bands and i in BANDS:
            rows.append([BANDS[i]] + [""] * 5)
            style.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
            dark(len(rows) - 1)
        rows.append([ref, Paragraph(action, body), lead, due, progress, rag])
    table = Table(rows, colWidths=list(widths))
    table.setStyle(TableStyle(style))
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build([Paragraph("Improvement Plan 2019", ss["Title"]), table])


@needs_tesseract
@pytest.mark.parametrize("seed", [2, 3])
def test_navy_heading_and_band_rows_read_in_their_columns(tmp_path: Path, seed: int) -> None:
    pytest.importorskip("reportlab")
    from planx.extract.pdf import pdf_tables
    from samples.make_scan_samples import Look, scan_pdf
    src, scan = tmp_path / "plan.pdf", tmp_path / "plan_scan.pdf"
    navy_plan(src)
    scan_pdf(src, scan, Look(dpi=150, jpeg=85), seed=seed)
    tables = pdf_tables(scan)
    assert len(tables) == 1 and tables[0]["evidence"].get("reversed_areas")
    rows = [[c["text"] if isinstance(c, dict) else (c or "") for c in r] for r in tables[0]["rows"]]
    assert rows[0] == HEAD  # the heading's words, one to a column
    bands = [r for r in rows if r[0].startswith("Priority")]
    assert [r[0] for r in bands] == list(BANDS.values())  # each band row whole in its first cell …
    assert all(not any(r[1:]) for r in bands)  # … none of its words cut off into the next column
    body = [r for r in rows[1:] if r not in bands]
    assert [(r[2], r[3], r[5]) for r in body] == [(lead, due, rag) for _, _, lead, due, _, rag in ROWS]


LONG_HEAD = ["Ref", "Action to be taken", "Responsible officer", "Completion date", "Progress update", "RAG status"]


@needs_tesseract
def test_a_black_heading_rows_words_read_one_to_a_column(tmp_path: Path) -> None:
    """Headings that nearly fill their cells on a black row: with its rules hidden they ran into
    one cell; carried up from the body, each heading is its column's."""
    pytest.importorskip("reportlab")
    from planx.extract.pdf import pdf_tables
    from samples.make_scan_samples import Look, scan_pdf
    src, scan = tmp_path / "plan.pdf", tmp_path / "plan_scan.pdf"
    navy_plan(src, fill="#000000", bands=False, head=LONG_HEAD, widths=(30, 200, 92, 80, 150, 56))
    scan_pdf(src, scan, Look(dpi=150, jpeg=85), seed=1)
    tables = pdf_tables(scan)
    assert len(tables) == 1
    rows = [[c["text"] if isinstance(c, dict) else (c or "") for c in r] for r in tables[0]["rows"]]
    assert rows[0] == LONG_HEAD
    assert [(r[2], r[3], r[5]) for r in rows[1:]] == [(lead, due, rag) for _, _, lead, due, _, rag in ROWS]
