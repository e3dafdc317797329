"""Designed climate and delivery plans (a council's booklet made in InDesign or Publisher), drawn by
reportlab with invented content in the shapes real ones print their actions in:

- a coloured box per action: a bold title, a sentence, then 'Lead:', 'Timescale:' and 'Measuring
  success:' lines (normalise/pledges.read_bold_titles, the lines confirming the titles);
- a box per action whose first row is a code beside the title ('B1 | Retrofit …') over a column of
  labels and their values (normalise/tableforms.read_vertical_form, _ref_title);
- a bold title over a row of labels ('Lead | Timescale | Measuring success') and a row of values
  (normalise/tableforms._titled_field_row);
- two columns, each a theme's heading, 'What we will do' and bullets, closed by a 'Lead partner(s):'
  line that speaks for the whole list (normalise/lists._labels_whole_list);
- a coloured panel 'By 2030 we will:' over bullets under each theme;
- a report set in two columns over footnotes across the page (extract/pdfcolumns.footnotes);
- and no plan: an annual report's coloured panels of highlights and its past work titled over the
  same field rows give no actions.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import draw_lines, wrap_words

import planx
from planx.normalise.headplans import label_line

REG, BOLD = "Helvetica", "Helvetica-Bold"

THEMES = {
    "Buildings and energy": [
        ("Retrofit the ten largest council buildings with heat pumps", "Estates and Facilities", "2025 to 2027",
         "Gas use in council buildings falls by 60%"),
        ("Install solar panels on every depot and leisure centre roof", "Energy Manager", "By March 2026",
         "2 MW of solar capacity installed"),
        ("Offer free home energy advice to households in fuel poverty", "Housing Services", "Ongoing from 2025",
         "1,500 homes advised each year"),
    ],
    "Transport": [
        ("Expand the public electric vehicle charging network", "Highways and Transport", "2025 to 2028",
         "300 new public charge points"),
        ("Replace the council fleet with electric vans", "Fleet Manager", "By 2030", "All small vans electric"),
        ("Build protected cycle lanes on the three main routes into town", "Transport Planning", "2026 to 2029",
         "Cycle trips up by a quarter"),
    ],
}
ACTIONS = [a for acts in THEMES.values() for a in acts]


def _canvas(path: Path, title: str, intro: str | None = None):
    """An A4 canvas, the title at the top of its first page; with an intro, the intro under the title
    and the page ended (a cover page)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    c.setFont(BOLD, 24)
    c.drawString(50, height - 90, title)
    if intro is not None:
        draw_lines(c, 50, height - 130, intro, 90)
        c.showPage()
    return c, width, height


def _bullets(c, x: float, y: float, texts: list[str], pitch: float = 18) -> float:
    """A bullet per text, one a line; the y under the last."""
    for text in texts:
        c.setFont(REG, 10)
        c.drawString(x, y, "\u2022  " + text)
        y -= pitch
    return y


def _banner(c, width: float, height: float, theme: str) -> None:
    c.setFillColorRGB(0.1, 0.45, 0.3)
    c.rect(0, height - 110, width, 60, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont(BOLD, 22)
    c.drawString(50, height - 90, theme)
    c.setFillColorRGB(0.1, 0.1, 0.1)


INTRO = "This plan sets out how the council will reach net zero by 2030 and help our communities do the same. " * 3


def boxes(path: Path) -> None:
    c, width, height = _canvas(path, "Climate Emergency Action Plan 2025-2030", INTRO)
    for theme, acts in THEMES.items():
        _banner(c, width, height, theme)
        y = draw_lines(c, 50, height - 140, f"{theme} account for a large share of the district's emissions. "
                       "The actions below are our priorities for the next five years.", 95) - 10
        for action, lead, when, success in acts:
            c.setFillColorRGB(0.88, 0.95, 0.9)
            c.roundRect(45, y - 150, width - 90, 150, 8, fill=1, stroke=0)
            c.setFillColorRGB(0.1, 0.1, 0.1)
            yy = draw_lines(c, 60, y - 22, action, 70, size=13, font=BOLD, pitch=16)
            yy = draw_lines(c, 60, yy - 4, "We will work with partners to deliver this over the life of the plan, "
                            "reporting progress to the climate board every year.", 95)
            for label, value in (("Lead:", lead), ("Timescale:", when), ("Measuring success:", success)):
                c.setFont(BOLD, 10)
                c.drawString(60, yy - 4, label)
                c.setFont(REG, 10)
                c.drawString(60 + c.stringWidth(label + " ", BOLD, 10), yy - 4, value)
                yy -= 15
            y -= 165
        c.showPage()
    c.save()


def coded_boxes(path: Path) -> None:
    c, width, height = _canvas(path, "Climate Action Plan 2025-2030", INTRO)
    n = 0
    for theme, acts in THEMES.items():
        _banner(c, width, height, theme)
        y = height - 140
        for action, lead, when, success in acts:
            n += 1
            c.setFillColorRGB(0.88, 0.95, 0.9)
            c.roundRect(45, y - 110, width - 90, 110, 8, fill=1, stroke=0)
            c.setFillColorRGB(0.1, 0.1, 0.1)
            c.setFont(BOLD, 12)
            c.drawString(60, y - 20, f"{theme[0]}{n}")
            yy = draw_lines(c, 95, y - 20, action, 70, size=12, font=BOLD, pitch=15)
            for label, value in (("Lead", lead), ("Timescale", when), ("Measuring success", success)):
                c.setFont(BOLD, 10)
                c.drawString(60, yy - 6, label)
                c.setFont(REG, 10)
                c.drawString(180, yy - 6, value)
                yy -= 16
            y -= 125
        c.showPage()
    c.save()


def field_rows(path: Path, title: str = "Carbon Reduction Plan", themes: dict | None = None,
               labels: tuple[str, str, str] = ("Lead", "Timescale", "Measuring success")) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    c.setFont(BOLD, 24)
    c.drawString(50, height - 90, title)
    y = height - 130
    for theme, acts in (themes or THEMES).items():
        c.setFont(BOLD, 18)
        c.drawString(50, y, theme)
        y -= 26
        for action, *values in acts:
            c.setFillColorRGB(0.9, 0.93, 0.98)
            c.rect(45, y - 95, width - 90, 108, fill=1, stroke=0)
            c.setFillColorRGB(0, 0, 0)
            c.setFont(BOLD, 12)
            c.drawString(55, y, action)
            y -= 18
            for x, label, value in zip((55, 215, 375), labels, values, strict=True):
                c.setFont(BOLD, 10)
                c.drawString(x, y, label)
                yy = y - 14
                c.setFont(REG, 10)
                for ln in wrap_words(value, 28):
                    c.drawString(x, yy, ln)
                    yy -= 13
            y -= 100
        y -= 10
        if y < 250:
            c.showPage()
            y = height - 80
    c.showPage()
    c.save()


def theme_columns(path: Path) -> None:
    c, width, height = _canvas(path, "Net Zero Delivery Plan", "Our delivery plan for the next three years. " * 4)
    col = (width - 120) / 2
    c.setFont(BOLD, 20)
    c.drawString(50, height - 70, "Our priorities")
    for k, (theme, acts) in enumerate(THEMES.items()):
        x = 50 + k * (col + 20)
        c.setFillColorRGB(0.1, 0.3, 0.5)
        c.rect(x, height - 120, col, 30, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(BOLD, 14)
        c.drawString(x + 8, height - 110, theme)
        c.setFillColorRGB(0.2, 0.2, 0.2)
        y = draw_lines(c, x, height - 140, f"Why it matters: {theme.lower()} produce a large share of our emissions "
                       "and we can act on them directly.", 48)
        c.setFont(BOLD, 12)
        c.drawString(x, y - 8, "What we will do")
        y -= 26
        for action, *_ in acts:
            c.setFont(REG, 10)
            c.drawString(x, y, "\u2022")
            for ln in wrap_words(action, 44):
                c.drawString(x + 12, y, ln)
                y -= 13
            y -= 5
        y -= 6
        for label, value in (("Lead partner(s):", acts[0][1]), ("Target:", "Net zero by 2030")):
            c.setFont(BOLD, 10)
            c.drawString(x, y, label)
            c.setFont(REG, 10)
            c.drawString(x + 85, y, value)
            y -= 14
    c.showPage()
    c.save()


def by_2030(path: Path) -> None:
    c, width, height = _canvas(path, "Sustainability Strategy 2025-2030")
    y = height - 130
    for theme, acts in THEMES.items():
        c.setFont(BOLD, 18)
        c.drawString(50, y, theme)
        y = draw_lines(c, 50, y - 22, f"Where we are now: {theme.lower()} make up much of our footprint.", 95) - 6
        c.setFillColorRGB(0.95, 0.9, 0.75)
        c.rect(45, y - 20 - 18 * len(acts), width - 90, 30 + 18 * len(acts), fill=1, stroke=0)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont(BOLD, 12)
        c.drawString(55, y - 4, "By 2030 we will:")
        y = _bullets(c, 60, y - 22, [action for action, *_ in acts]) - 30
    c.showPage()
    c.save()


def annual_report(path: Path) -> None:
    c, width, height = _canvas(path, "Annual Report 2024/25",
                               "A year of progress for our residents: what the council achieved. " * 3)
    y = height - 80
    for theme in ("Highlights of the year", "Our climate work"):
        c.setFillColorRGB(0.88, 0.92, 0.97)
        c.roundRect(45, y - 140, width - 90, 140, 8, fill=1, stroke=0)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont(BOLD, 14)
        c.drawString(60, y - 22, theme)
        _bullets(c, 60, y - 42, ["Planted 2,000 trees across the district in partnership with schools",
                                 "Opened two new electric vehicle charging hubs in town centres",
                                 "Helped 900 households cut their energy bills",
                                 "Lead: our Climate Team worked with 40 community groups"])
        y -= 160
    c.showPage()
    c.save()


DONE = {"What we did": [
    ("Planted 2,000 trees across the district", "Parks Team", "Completed in 2024", "2,000 trees in the ground"),
    ("Opened two electric vehicle charging hubs", "Highways Team", "Completed in 2024", "12 charge points opened"),
    ("Helped 900 households cut their energy bills", "Housing Services", "Completed in 2025", "900 homes helped"),
]}


def _read(tmp_path: Path, make) -> tuple[list, object]:
    path = tmp_path / f"{make.__name__}.pdf"
    make(path)
    result = planx.convert_file(str(path))
    return list(result.actions), result


@pytest.mark.parametrize("make", [boxes, coded_boxes, field_rows])
def test_a_box_per_action_gives_its_title_lead_timescale_and_measure(tmp_path: Path, make) -> None:
    actions, _ = _read(tmp_path, make)
    assert [a.action for a in actions] == [a[0] for a in ACTIONS]
    assert [a.lead for a in actions] == [a[1] for a in ACTIONS]
    assert [a.due_raw for a in actions] == [a[2] for a in ACTIONS]
    assert [a.measure for a in actions] == [a[3] for a in ACTIONS]
    assert [a.area for a in actions] == [t for t, acts in THEMES.items() for _ in acts]


def test_a_boxes_code_is_the_actions_reference(tmp_path: Path) -> None:
    actions, _ = _read(tmp_path, coded_boxes)
    assert [a.ref for a in actions] == ["B1", "B2", "B3", "T4", "T5", "T6"]


def test_bullets_under_what_we_will_do_keep_their_theme_and_the_lists_closing_lead(tmp_path: Path) -> None:
    actions, _ = _read(tmp_path, theme_columns)
    assert [a.action for a in actions] == [a[0] for a in ACTIONS]
    assert [a.area for a in actions] == [t for t, acts in THEMES.items() for _ in acts]
    # the 'Lead partner(s):' line under each list speaks for the list, not for its last item alone
    assert not any(a.lead for a in actions)


def test_a_by_2030_panel_lists_the_actions(tmp_path: Path) -> None:
    actions, _ = _read(tmp_path, by_2030)
    assert [a.action for a in actions] == [a[0] for a in ACTIONS]
    assert [a.area for a in actions] == [t for t, acts in THEMES.items() for _ in acts]


def test_an_annual_reports_panels_give_no_actions(tmp_path: Path) -> None:
    actions, result = _read(tmp_path, annual_report)
    assert actions == []


def test_past_work_titled_over_field_rows_in_a_report_gives_no_actions(tmp_path: Path) -> None:
    def done_report(path: Path) -> None:
        field_rows(path, title="Annual Report 2024/25", themes=DONE, labels=("Team", "Completed", "Result"))
    actions, _ = _read(tmp_path, done_report)
    assert actions == []


@pytest.mark.parametrize(("line", "fields"), [
    ("Lead partner(s): Highways and Transport", {"lead": "Highways and Transport"}),
    ("Lead officer(s): J Smith; by March 2026", {"lead": "J Smith", "due": "March 2026"}),
    ("Measuring success: 300 new public charge points", {"measure": "300 new public charge points"}),
    ("Key performance indicators: cycle trips", {"measure": "cycle trips"}),
    ("We will name the lead partner(s) in 2024", {}),
])
def test_labels_of_a_designed_plans_lines(line: str, fields: dict) -> None:
    assert label_line(line) == fields


def two_columns_over_notes(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    prose = ("Our approach to the energy transition weighs the risks to our portfolio and the opportunities "
             "it may present, and we review it every year with our board and our investors. ") * 3
    c.setFont(BOLD, 16)
    c.drawString(50, height - 60, "4. Assessing capital alignment")
    y = draw_lines(c, 50, height - 90, prose, 48, size=9, pitch=11)
    draw_lines(c, 50, y - 8, prose, 48, size=9, pitch=11)
    y = draw_lines(c, 310, height - 90, prose, 48, size=9, pitch=11) - 8
    for item in ("Working with suppliers to cut the emissions of our shipping by half",
                 "Publishing our climate policy standards for every member association",
                 "Reviewing our advocacy each year against the Paris Agreement goals"):
        c.setFont(REG, 9)
        c.drawString(312, y, "\u2022")
        for ln in wrap_words(item, 44):
            c.drawString(322, y, ln)
            y -= 11
        y -= 4
    notes = height - 560
    for k in range(1, 4):
        note = (f"{k} The scenario referred to here is described in the climate report published last year, "
                "with its assumptions and the limits of the model used to reach it.")
        notes = draw_lines(c, 50, notes, note, 120, size=7, pitch=8.5) - 2
    c.showPage()
    c.save()


def test_footnotes_across_two_columns_leave_the_columns_read_apart(tmp_path: Path) -> None:
    from planx.extract import extract
    from planx.extract.model import Paragraph
    path = tmp_path / "notes.pdf"
    two_columns_over_notes(path)
    texts = [b.text for b in extract(path).blocks if isinstance(b, Paragraph)]
    bullets = [t for t in texts if t.startswith("\u2022")]
    assert len(bullets) == 3
    # each bullet holds its own words only, none of the left column's beside it
    assert all("portfolio" not in t and "board" not in t for t in bullets)
    assert any(t.startswith("1 The scenario") for t in texts)


def test_footnotes_are_the_smaller_lines_under_white() -> None:
    from planx.extract.pdfcolumns import footnotes
    from planx.extract.pdfgeom import Word, text_lines
    words = []
    for k in range(14):  # running text, 9 pt, every 11 pt
        words.append(Word(f"text line {k}", 50, 250, 100 + 11 * k, 109 + 11 * k, 9.0))
    for k in range(3):  # notes, 7 pt, under a band of white
        words.append(Word(f"{k} note", 50, 500, 300 + 9 * k, 307 + 9 * k, 7.0))
    lines = text_lines(words)
    notes = footnotes(lines)
    assert sorted(ln.top for ln in lines if id(ln) in notes) == [300, 309, 318]
    # smaller type running straight on from the text (no white above it): a caption, no notes
    close = [w for w in words if w.top < 300] + [Word("small", 50, 500, 256 + 9 * k, 263 + 9 * k, 7.0)
                                                 for k in range(3)]
    assert footnotes(text_lines(close)) == set()
