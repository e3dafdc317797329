"""Designed plans whose priorities stand in panels side by side (extract/pdfpanels.py), printed by
reportlab in the shapes of real ones:

- a police and crime plan's priorities as coloured boxes side by side, each a heading, a lead-in
  ('We will:') and bullets of its own lengths, a title across the page above them;
- a one-page plan whose columns have no boxes, set apart by white gutters only, each headed by a
  horizon ('Short term (0-12 months)', 'Medium term', 'Longer term') over its actions;
- a designed leaflet whose boxes hold narrative only (no plan: 0 actions);
- a table whose cells are shaded (touching, a row label beside them): a table, not panels
  (the shape of the Home Office open data strategy's dataset annex, data.gov.uk library).
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from planx.extract.pdfgeom import Word, text_lines
from planx.extract.pdfpanels import boxed_rows, gutter_rows, rows_side_by_side

Panel = tuple[str, str, list[str]]  # heading, lead-in ('' for none), bullets ('\n' wraps)

PRIORITIES: list[Panel] = [
    ("Priority 1:\nSafer neighbourhoods", "We will:",
     ["Recruit 40 more neighbourhood\nofficers by March 2025", "Open two community hubs",
      "Publish crime data for every\nward each month"]),
    ("Priority 2:\nSupporting victims", "We will:",
     ["Commission a new victims'\nadvice service by 2024", "Train all call handlers in\ntrauma-informed practice"]),
    ("Priority 3:\nAn efficient police service", "We will:",
     ["Replace the force's control\nroom system by 2026", "Cut the time taken to\nanswer 101 calls",
      "Share back-office services\nwith neighbouring forces", "Sell the old headquarters"]),
]

HORIZONS: list[Panel] = [
    ("Short term (0-12 months)", "", ["Agree a shared referral form\nwith schools", "Launch the carers' helpline"]),
    ("Medium term (1-3 years)", "", ["Open a second family hub\nin the north of the borough",
                                     "Bring mental health support\ninto every secondary school",
                                     "Review short breaks"]),
    ("Longer term (3-5 years)", "", ["Halve the number of children\nplaced out of area"]),
]

LEAFLET: list[Panel] = [
    ("About us", "", ["The trust runs four hospitals\nand twelve clinics",
                      "Our staff come from more\nthan 80 countries"]),
    ("Our year", "", ["Over 200,000 patients were\nseen in our clinics", "Our new scanner opened\nin the spring"]),
    ("Get involved", "", ["Volunteers help on every ward", "Members elect our governors"]),
]


def print_panels(path: Path, title: str, panels: list[Panel], *, boxes: bool) -> None:
    """One landscape page: a title across the page, then the panels side by side, each a bold
    heading, an italic lead-in and bullets, in a filled box (boxes) or with white between only."""
    pytest.importorskip("reportlab")
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas
    width, height = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(width, height))
    c.setFont("Helvetica-Bold", 20)
    c.drawString(40, height - 50, title)
    gap, n = 16, len(panels)
    box_w = (width - 80 - gap * (n - 1)) / n
    top = height - 90
    for i, (heading, lead, bullets) in enumerate(panels):
        x = 40 + i * (box_w + gap)
        if boxes:
            c.setFillColor(HexColor(["#dbeafe", "#dcfce7", "#fef3c7"][i % 3]))
            c.rect(x, 60, box_w, top - 60, fill=1, stroke=0)
            c.setFillColor(HexColor("#000000"))
        y = top - 22 - 7 * i  # the boxes' text does not line up across them
        c.setFont("Helvetica-Bold", 12)
        for part in heading.split("\n"):
            c.drawString(x + 8, y, part)
            y -= 15
        y -= 6
        if lead:
            c.setFont("Helvetica-Oblique", 10)
            c.drawString(x + 8, y, lead)
            y -= 16
        c.setFont("Helvetica", 9.5)
        for bullet in bullets:
            c.drawString(x + 8, y, "\u2022")
            for part in bullet.split("\n"):
                c.drawString(x + 18, y, part)
                y -= 12
            y -= 5 + 3 * i
    c.showPage()
    c.save()


def _convert(tmp_path: Path, name: str, title: str, panels: list[Panel], *, boxes: bool) -> list[dict[str, str]]:
    from planx.api import convert
    path = tmp_path / name
    print_panels(path, title, panels, boxes=boxes)
    convert([path], out=tmp_path / "out")
    with open(tmp_path / "out" / "actions.csv", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _texts(panels: list[Panel]) -> list[str]:
    return [b.replace("\n", " ") for _, _, bullets in panels for b in bullets]


def test_priorities_in_boxes_side_by_side_read_box_by_box(tmp_path: Path) -> None:
    rows = _convert(tmp_path, "pcp.pdf", "Police and Crime Plan 2024-2028: our priorities", PRIORITIES, boxes=True)
    assert [r["action"] for r in rows] == _texts(PRIORITIES)  # each box's bullets whole, box after box
    assert {r["area"] for r in rows[:3]} == {"Priority 1: Safer neighbourhoods"}
    assert {r["area"] for r in rows[3:5]} == {"Priority 2: Supporting victims"}
    assert rows[0]["due_date"] == "2025-03" and rows[5]["due_date"] == "2026"


def test_horizon_columns_without_boxes_read_column_by_column(tmp_path: Path) -> None:
    rows = _convert(tmp_path, "plan.pdf", "Our plan for children and families", HORIZONS, boxes=False)
    with open(tmp_path / "out" / "leftovers.csv", encoding="utf-8") as f:
        left = [r["text"].lstrip("• ") for r in csv.DictReader(f)]
    read = [r["action"] for r in rows]
    # every bullet whole (no line of one column glued to its neighbour's), column after column;
    # the text reader leaves the 'Medium term (1-3 years)' group to leftovers (still weak)
    assert sorted(read + [t for t in left if t in _texts(HORIZONS)]) == sorted(_texts(HORIZONS))
    assert read == [t for t in _texts(HORIZONS) if t in read] and len(read) >= 3
    assert [r["timeframe"] for r in rows][:2] == ["Short term (0-12 months)"] * 2


def test_leaflet_boxes_of_narrative_give_no_actions(tmp_path: Path) -> None:
    assert _convert(tmp_path, "leaflet.pdf", "Our trust at a glance", LEAFLET, boxes=True) == []


# ---- the evidence, unit by unit --------------------------------------------------------------

def _word(text: str, x0: float, top: float, bold: bool = False) -> Word:
    return Word(text, x0, x0 + 6.0 * len(text), top, top + 10.0, 10.0, bold=bold)


def _column(x0: float, top: float, heading: str, items: list[str], step: float = 14.0,
            bullets: bool = True) -> list[Word]:
    words = [_word(heading, x0, top, bold=True)]
    y = top + 22
    for item in items:
        if bullets:
            words.append(_word("\u2022", x0, y))
        words.append(_word(item, x0 + 10, y))
        y += step
    return words


def _fill(x0: float, top: float, x1: float, bottom: float) -> dict[str, object]:
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom, "colour": "#dbeafe"}


def test_boxes_side_by_side_with_white_between_are_panels() -> None:
    words = _column(50, 100, "Why", ["aaaa", "bbbb", "cccc"]) + _column(300, 100, "How", ["dddd", "eeee"], step=19)
    rows = boxed_rows([_fill(40, 90, 250, 300), _fill(290, 90, 500, 300)], words, 600.0, [])
    assert len(rows) == 1 and len(rows[0].boxes) == 2 and rows[0].why == "boxes"


def test_shaded_cells_that_touch_or_have_a_label_beside_are_a_table() -> None:
    words = _column(50, 100, "Why", ["aaaa", "bbbb", "cccc"]) + _column(300, 100, "How", ["dddd", "eeee"], step=19)
    assert boxed_rows([_fill(40, 90, 290, 300), _fill(290, 90, 500, 300)], words, 600.0, []) == []  # touching
    label = [_word("People", 510, 150), _word("Facts", 550, 150), _word("Monthly", 510, 170)]
    assert boxed_rows([_fill(40, 90, 250, 300), _fill(290, 90, 500, 300)], words + label, 800.0, []) == []


def test_a_narrow_fill_is_shading_not_a_panel() -> None:
    words = _column(50, 100, "Why", ["aaaa", "bbbb", "cccc"]) + _column(130, 100, "How", ["dddd", "eeee"], step=19)
    assert boxed_rows([_fill(40, 90, 110, 300), _fill(125, 90, 200, 300)], words, 800.0, []) == []


def test_headed_columns_apart_by_gutters_are_panels_a_tables_rows_are_not() -> None:
    cols = [_column(40 + 180 * i, 100, f"Head{i}", ["item " * 3] * (2 + i), step=14 + 5 * i) for i in range(3)]
    rows = gutter_rows([w for c in cols for w in c], 600.0, (50.0, 700.0))
    assert len(rows) == 1 and len(rows[0].boxes) == 3 and rows[0].why == "gutters"
    table = [_column(40 + 180 * i, 100, f"Head{i}", ["item " * 3] * 3) for i in range(3)]  # rows side by side
    assert gutter_rows([w for c in table for w in c], 600.0, (50.0, 700.0)) == []
    # a borderless table under its header row: cells of prose, no list in its columns
    prose = [_column(40 + 180 * i, 100, f"Head{i}", ["item " * 3] * (2 + i), step=14 + 5 * i, bullets=False)
             for i in range(3)]
    assert gutter_rows([w for c in prose for w in c], 600.0, (50.0, 700.0)) == []


def test_rows_side_by_side_is_a_tables_mark() -> None:
    aligned = [text_lines(_column(40 + 180 * i, 100, "H", ["x", "y", "z"], step=20)) for i in range(2)]
    assert rows_side_by_side(aligned)
    apart = [text_lines(_column(40 + 180 * i, 100, "H", ["x", "y", "z"], step=20 + 7 * i)) for i in range(2)]
    assert not rows_side_by_side(apart)


def test_two_columns_over_a_banner_across_the_foot_of_the_page() -> None:
    """The FDS framework's practices page (GSA/data-strategy): two columns of numbered practices,
    a banner line set across the page at the foot of its body under them. The banner is read with
    the page's other lines; the columns are still columns."""
    from planx.extract.pdfcolumns import find_gutter
    words = []
    for k in range(12):
        words += [_word("practice" + " text" * 5, 54, 60 + 14 * k), _word("practice" + " more" * 5, 333, 67 + 14 * k)]
    banner = [_word("Mission,", 189, 260), _word("Principles,", 240, 260), _word("Practices,", 309, 260),
              _word("and Actions", 372, 260)]
    cols = find_gutter(text_lines(words + banner), 612.0, (40.0, 700.0))
    assert cols is not None and cols.gutter[0] >= 54 + 6 * 33 and cols.gutter[1] <= 333
    assert cols.bottom < 260  # the banner is not the columns'
    # a line across the gutter among the columns' lines (not at their foot) still ends them above it
    middle = [_word("a" * 50, 54, 123)]
    cut = find_gutter(text_lines(words + middle + banner), 612.0, (40.0, 700.0))
    assert cut is not None and cut.top > 123


# ---- 'How we'll do this': a heading naming actions over sub-headings each over its list -----------

NZ_SHAPE = [
    [("Strategy for a Digital Public Service", 72, "Helvetica-Bold", 18), "",
     ("Foundations", 72, "Helvetica-Bold", 14), "",
     ("Current situation", 72, "Helvetica-Bold", 11),
     ("Currently we create our data and rules so that only one agency can use them.", 72, "Helvetica", 10), "",
     ("How we\u2019ll do this", 72, "Helvetica-Bold", 11), "",
     ("Digital architecture for government", 72, "Helvetica-Bold", 10),
     ("\u203a Co-create a digital architecture future state for government.", 72, "Helvetica", 10),
     ("\u203a Choose to make new systems have reusable data, transactions and rules.", 72, "Helvetica", 10), "",
     ("Digital identity", 72, "Helvetica-Bold", 10),
     ("\u203a Establish a coherent digital identity ecosystem for people and organisations.", 72, "Helvetica", 10),
     "",
     ("Government interoperability", 72, "Helvetica-Bold", 10),
     ("\u203a Accelerate the exposure of government data and business rules.", 72, "Helvetica", 10),
     ("\u203a Support and prioritise the development of key government APIs.", 72, "Helvetica", 10), "",
     ("What great looks like", 72, "Helvetica-Bold", 11),
     ("In five years New Zealanders will see these changes:", 72, "Helvetica", 10),
     ("\u203a Services that fit around people\u2019s lives.", 72, "Helvetica", 10),
     ("\u203a Data that people trust.", 72, "Helvetica", 10)],
]


def test_a_contracted_will_names_actions() -> None:
    from planx.normalise.commitments import names_actions
    assert names_actions("How we\u2019ll do this") and names_actions("How we'll do this")
    assert not names_actions("What great looks like") and not names_actions("Digital identity")


def test_a_heading_band_on_its_box_is_one_panel_and_parallel_boxes_stay_panels() -> None:
    """The CDS strategic vision's missions (HafsaAziz/Data_Avatar): each mission a column of boxes
    set one on another (a band with 'Mission 1', a band with its title, the body), the two columns'
    text set in parallel (lead-in and first bullets side by side)."""
    words = _column(60, 120, "Mission1", ["aaaa", "bbbb", "cccc"], step=20) \
        + _column(320, 120, "Mission2", ["dddd", "eeee", "ffff"], step=20) \
        + [_word("Mission", 60, 60), _word("Mission", 320, 60)]
    fills = [_fill(54, 55, 296, 106), _fill(54, 108, 296, 400), _fill(316, 55, 558, 106), _fill(316, 108, 558, 400)]
    rows = boxed_rows(fills, words, 612.0, [])
    assert len(rows) == 1 and [b[1] for b in rows[0].boxes] == [55, 55]  # the bands are the panels' own


def test_two_headed_columns_of_bullets_are_left_to_the_two_column_reader() -> None:
    """Two columns of bullets (a highlight report's slide, tests/test_slides.py) are no panels by
    gutters: only three or more are (two text columns are extract/pdfcolumns.py's)."""
    cols = [_column(40 + 300 * i, 100, f"Head{i}", ["item " * 5] * (3 + i), step=14 + 5 * i) for i in range(2)]
    assert gutter_rows([w for c in cols for w in c], 612.0, (50.0, 700.0)) == []
    three = [_column(40 + 190 * i, 100, f"Head{i}", ["item " * 3] * (3 + i), step=14 + 5 * i) for i in range(3)]
    assert len(gutter_rows([w for c in three for w in c], 612.0, (50.0, 700.0))) == 1


def test_a_label_naming_its_own_list_closes_the_named_section() -> None:
    """The Intersect open source strategy (dev_roadmaps): under '## Goals & Actions' a goal heading,
    then '#### Metrics:' over its measures: the metrics are not named as actions; the NZ strategy's
    'How we’ll do this' / 'Digital identity' / › … is."""
    from planx.normalise.commitments import lists_of
    from planx.normalise.lists import _Unit

    def unit(k: int, text: str, marker: str = "") -> _Unit:
        return _Unit(text, k, 1, k, heading=not marker, marker=marker, rank=0 if marker else 4)
    units = [unit(0, "Goals & Actions"), unit(1, "Goal 1 - By Q4, 2024, all projects will have been audited"),
             unit(2, "Metrics:"), unit(3, "100% of the projects will audited", "bullet"),
             unit(4, "50% of projects will have a diversified funding model", "bullet"),
             unit(5, "How we\u2019ll do this"), unit(6, "Digital identity"),
             unit(7, "Establish a coherent digital identity ecosystem", "bullet")]
    found = {lst.heading: lst.under_named for lst in lists_of(units)}
    assert found == {"Metrics:": False, "Digital identity": True}
