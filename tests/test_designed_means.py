"""A designed strategy's missions side by side, each a lead-in that announces the means by which
it will be met over bullets (the shape of the Canadian Digital Service's 'Strategic vision
2024-2027', dev_designed, printed by reportlab):

- the missions stand in coloured panels side by side, each panel drawn as several fills of one
  width stacked one on another, the body in two fills that overlap (the second starts 14 pt up
  inside the first): one panel (extract/pdfpanels._stacked);
- the lead-in 'At a whole-of-government level this mission will be accomplished by:' (or '… will
  be accomplished by helping government:') announces what will be done: its bullets are actions
  (vocab.ANNOUNCE_MEANS, read by normalise/minutes.py; not 'Success will be measured by:');
- the bullets are square glyphs ('■') set in a gutter of their own, the item's lines hanging
  beside them: a list, not a two-column table whose first column holds the bullets
  (extract/pdfborderless.NUMBERING: a list's marks of any shape, as vocab.LIST_BULLETS).

Main read the page as one panel of bullets (the left column's bullets a table before any column
headings, the right panel cut short at its second fill) and none of the lead-ins as announcing a
list: 0 of the 17 bullets of the real document's four missions, 17 now.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from planx.extract.pdfborderless import NUMBERING
from planx.extract.pdfcolumns import find_gutter
from planx.extract.pdfgeom import Word, text_lines
from planx.extract.pdfpage import announces as pdf_announces
from planx.extract.pdfpanels import _stacked
from planx.normalise.minutes import _ANNOUNCES

Mission = tuple[str, str, list[str], list[str]]  # heading, subtitle, lead-in lines, bullets ('\n' wraps)

MISSIONS: list[Mission] = [
    ("Mission 1", "Easy access to services\nfor all people and businesses",
     ["At a whole-of-government level this", "mission will be accomplished by:"],
     ["Offering multiple channels for\naccessing services that accommodate\nvarying user preferences",
      "Consolidating access to services\nin one place through a single\nfront door",
      "Ensuring that clients can choose\nto share data between services"]),
    ("Mission 2", "Empowering people\nto deliver",
     ["At a whole-of-government level this", "mission will be accomplished by helping", "government:"],
     ["Embrace experimentation and innovation", "Adopt iterative methods of working",
      "Build client centricity into all steps\nof the service design value chain",
      "Enhance digital skills through targeted\nrecruitment and training programs"]),
]


def print_missions(path: Path, missions: list[Mission]) -> None:
    """One portrait page: a panel per mission side by side, each a heading band, a subtitle band and
    a body drawn in two overlapping fills; in the body a sentence of narrative, the lead-in in bold
    and the bullets, a Zapf Dingbats square in its own gutter and the item's lines hanging beside."""
    pytest.importorskip("reportlab")
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    width, height = letter
    c = canvas.Canvas(str(path), pagesize=letter)
    panel_w, left = 242.0, [54.0, 316.0]
    for i, (heading, subtitle, lead, bullets) in enumerate(missions):
        x = left[i]
        c.setFillColor(HexColor(["#dbeafe", "#fde2e4"][i]))
        # (reportlab's y runs up the page: a fill from y0 up to y1 is drawn as rect(x, y0, w, y1 - y0))
        for top, bottom in ((55, 106), (108, 184), (174, 344), (330, 701)):  # the last two overlap by 14 pt
            c.rect(x, height - bottom, panel_w, bottom - top, fill=1, stroke=0)
        c.setFillColor(HexColor("#000000"))
        c.setFont("Helvetica-Bold", 20)
        c.drawString(x + 40, height - 88, heading)
        c.setFont("Helvetica", 13)
        y = height - 135
        for part in subtitle.split("\n"):
            c.drawString(x + 10, y, part)
            y -= 17
        c.setFont("Times-Roman", 11)
        y = height - 210
        for part in ("The needs of all clients are taken into", "consideration to increase ease of access."):
            c.drawString(x + 10, y, part)
            y -= 16
        y -= 14
        c.setFont("Helvetica-Bold", 11)
        for part in lead:
            c.drawString(x + 10, y, part)
            y -= 16
        y -= 16
        for bullet in bullets:
            c.setFont("ZapfDingbats", 7)
            c.drawString(x + 26, y + 1, "\u25a0")  # written as the code 'n' of the font: read as '■'
            c.setFont("Helvetica", 10.5)
            for part in bullet.split("\n"):
                c.drawString(x + 44, y, part)
                y -= 16
            y -= 18
    c.setFont("Helvetica", 8)
    c.drawString(54, 40, "12    Digital Service | Strategic vision 2024-2027")
    c.showPage()
    c.save()


def _texts(missions: list[Mission]) -> list[str]:
    return [b.replace("\n", " ") for _, _, _, bullets in missions for b in bullets]


def test_the_means_announced_over_bullets_in_panels_are_actions(tmp_path: Path) -> None:
    from planx.api import convert
    path = tmp_path / "vision.pdf"
    print_missions(path, MISSIONS)
    convert([path], out=tmp_path / "out")
    with open(tmp_path / "out" / "actions.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["action"] for r in rows] == _texts(MISSIONS)  # every bullet whole, panel after panel
    assert {r["area"] for r in rows[:3]} == {"Easy access to services for all people and businesses"}
    assert {r["area"] for r in rows[3:]} == {"Empowering people to deliver"}


@pytest.mark.parametrize("sentence, announces", [
    ("At a whole-of-government level this mission will be accomplished by:", True),
    ("At a whole-of-government level this mission will be accomplished by helping government:", True),
    ("This will be achieved through:", True),
    ("Our ambition will be delivered by working with partners to:", True),
    ("The Council will:", True),  # a commitment, as before
    ("Success will be measured by:", False),  # how it is measured: measures, not what will be done
    ("This will be delivered by the team.", False),  # no list announced
])
def test_a_sentence_announcing_the_means_announces_a_list_of_actions(sentence: str, announces: bool) -> None:
    assert bool(_ANNOUNCES.search(sentence)) is announces
    assert pdf_announces(sentence) is announces  # the PDF reader's paragraphs: its bullets each their own


@pytest.mark.parametrize("mark", ["•", "■", "▪", "●", "➢", "►", "›", "\uf0b7", "-", "3.2", "iv.", "b)"])
def test_a_lone_bullet_of_any_shape_before_a_gutter_marks_a_list(mark: str) -> None:
    assert NUMBERING.match(mark)


@pytest.mark.parametrize("text", ["Offering", "■■", "2024", "Q1"])
def test_words_and_figures_before_a_gutter_are_no_list_marks(text: str) -> None:
    assert not NUMBERING.match(text)


def test_fills_of_one_width_stacked_or_overlapping_are_one_panel() -> None:
    # a heading band, a subtitle band 2 pt under it, and a body drawn in two fills overlapping by 14 pt
    parts = {(316.0, 55.0, 558.0, 106.0), (316.0, 108.0, 558.0, 184.0), (316.0, 174.0, 558.0, 344.0),
             (316.0, 330.0, 558.0, 701.0)}
    assert _stacked(parts) == [(316.0, 55.0, 558.0, 701.0)]
    # a box of another width, or one set well apart below, stays a box of its own
    apart = {(54.0, 55.0, 296.0, 300.0), (54.0, 340.0, 296.0, 701.0), (60.0, 710.0, 200.0, 740.0)}
    assert sorted(_stacked(apart)) == sorted(apart)


def _words(x0: float, top: float, text: str) -> list[Word]:
    out, x = [], x0
    for t in text.split():
        out.append(Word(t, x, x + 5.5 * len(t), top, top + 10.0, 10.0))
        x += 5.5 * len(t) + 3.0
    return out


def test_two_columns_last_lines_at_one_height_are_the_columns_not_a_footer() -> None:
    # a designed page's baseline grid: each column's lines at the same heights as the other's, so
    # its last two lines read as lines across the page; no word in the gutter (x 296-316): the
    # columns' own lines, not a banner under them (a footer runs over the gutter and stays one)
    words: list[Word] = []
    for k in range(13):  # (a page of two columns: a dozen lines and more, both sides read as one)
        top = 300.0 + 16.0 * k
        words += _words(60.0, top, "left column item text") + _words(330.0, top, "right column item text")
    footer = _words(60.0, 520.0, "12 Digital Service Strategic vision 2024-2027 a banner across the gutter")
    cols = find_gutter(text_lines(words), 612.0)
    assert cols is not None and cols.bottom == pytest.approx(300.0 + 16.0 * 12 + 10.0)  # the last line theirs
    cols = find_gutter(text_lines(words + footer), 612.0)
    assert cols is not None and cols.bottom == pytest.approx(300.0 + 16.0 * 12 + 10.0)  # the banner under them
