"""Board minutes printed in a ruled grid (number | item | Action), the Action column at the right
margin holding initials beside the paragraph that asks them to act (the shape of Suffolk Libraries
IPS board minutes, 2012, in our own words):

- a bulleted point with a dashed sub-list under it ('• Summary of actions to be put in place' over
  '- document management system', …), its initials set in the white above the sub-list's last item:
  the sub-items are parts of the point, and the initials stand for all of it
  (pdftables._list_lead); a note beside a later item of a list that no item leads stays with that item;
- an item cut by the page break whose rest is the only text of the next page's ruled box (its other
  cells empty): the box carries the table on (pdftables.continued_cell), the rest joins the row
  ('… should ensure a' / 'Board presence …'), a later paragraph of that box is a row of its own;
- a long footer ('Registered Office: … registered number 3') on every page is furniture
  (pdf.page_footers), not text that parts a table from its rest on the next page;
- a row opening its own paragraph under one ended, with its own initials, is a row of its own
  (pdf.own_paragraph), not the rest of the row above."""
from __future__ import annotations

from pathlib import Path

from planx.extract.model import Table
from planx.extract.pdfgeom import Word
from planx.extract.pdfrules import edge
from planx.extract.pdftables import FoundTable, layout_from_words
from tests.test_margin_minutes import line  # words placed as a PDF's reader gives them

COLS = [50.0, 80.0, 480.0, 530.0]




def table(words: list[Word], rows: list[float]) -> FoundTable:
    rules = [edge(COLS[0], y, COLS[-1], y) for y in rows] + [edge(x, rows[0], x, rows[-1]) for x in COLS]
    (t,) = layout_from_words(words, rules, (0, 0, 800, 800)).tables
    return t


def texts(t: FoundTable) -> list[list[str]]:
    return [[c.text.replace("\n", " ") for c in row] for row in t.grid()]


def sub_list_item(note_top: float, sub_mark: str = "-") -> list[Word]:
    words = line("Action", 485, 85) + line("3.", 55, 110) + line("Matters arising", 85, 110)
    words += line("• The Chair asked that papers are filed with the minutes.", 85, 124) + line("AW", 485, 124)
    words += line("• Summary of actions to be put in place", 85, 148)
    words += line(f"{sub_mark} document management system", 95, 172)
    words += line(f"{sub_mark} clear naming of documents in the minutes", 95, 184)
    words += line(f"{sub_mark} tracking, decisions and actions log", 95, 196)
    words += line("AW", 485, note_top)
    return words


def test_a_note_beside_a_sub_lists_last_item_stands_for_its_point() -> None:
    t = table(sub_list_item(191), [80, 100, 220])
    rows = texts(t)
    assert ["", "• Summary of actions to be put in place - document management system - clear naming of "
                "documents in the minutes - tracking, decisions and actions log", "AW"] in rows
    assert not any(r[1].startswith("- tracking") for r in rows)


def test_a_note_beside_a_later_bullet_of_a_list_no_item_leads_stays_with_it() -> None:
    """The same bullets with no point over them (each a bullet of the item's list, the same mark):
    the note goes with the item it is set beside."""
    t = table(sub_list_item(191, "•"), [80, 100, 220])
    rows = texts(t)
    assert ["", "• tracking, decisions and actions log", "AW"] in rows


FOOTER = "Registered Office: County Hall, High Street, Anytown AB1 2CD Registered in England, registered number {n}"


def minutes_pdf(path: Path) -> None:
    """Three pages of ruled minutes (the grid drawn box by box), the long footer on each."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    height = A4[1]
    c = canvas.Canvas(str(path), pagesize=A4)
    xs = [50.0, 90.0, 470.0, 530.0]

    def box(top: float, bottom: float) -> None:
        for x in xs:
            c.line(x, height - top, x, height - bottom)
        c.line(xs[0], height - top, xs[-1], height - top)
        c.line(xs[0], height - bottom, xs[-1], height - bottom)

    def text(x: float, top: float, s: str) -> None:
        c.drawString(x, height - top - 9, s)

    def footer(n: int) -> None:
        c.setFont("Helvetica", 7)
        text(55, 775, FOOTER.format(n=n))
        c.setFont("Helvetica", 10)

    c.setFont("Helvetica", 10)
    # page 1: items 19 and 21; item 21 ends on a whole sentence at the page's foot
    text(55, 40, "Board minutes")
    box(60, 80)
    text(475, 64, "Action")
    box(80, 200)
    text(55, 84, "19.")
    text(95, 84, "Services")
    text(95, 98, "The Board noted that the quality of the support must be monitored.")
    text(95, 112, "The Board agreed to review the support contract before the renewal.")
    box(200, 740)
    text(55, 204, "21.")
    text(95, 204, "Local group constitution")
    text(95, 218, "It was reported that a model constitution had been requested by a number")
    text(95, 232, "of the groups. The Board considered that most groups can use this model")
    text(95, 246, "constitution with minimal support.")
    footer(1)
    c.showPage()
    # page 2: a paragraph of item 21 of its own, with its own initials; item 22, whose last
    # paragraph runs over the page break
    c.setFont("Helvetica", 10)
    box(40, 120)
    text(95, 44, "The Board accepted the recommendation to have this model constitution")
    text(95, 58, "reviewed by the solicitors to confirm it meets all the legal requirements.")
    text(475, 58, "IB")
    box(120, 740)
    text(55, 124, "22.")
    text(95, 124, "Forward Agenda")
    for k, item in enumerate(["Always include the dates of future meetings", "IT Strategy",
                              "Health and Safety Management Plan", "Working Groups"]):
        text(100, 140 + 14 * k, "• " + item)
    text(475, 713, "AW")
    text(100, 722, "• Forthcoming library events - Agreed that members should ensure a")
    footer(2)
    c.showPage()
    # page 3: the rest of item 22 alone in the page's box, then a later paragraph
    c.setFont("Helvetica", 10)
    box(40, 160)
    text(110, 44, "Board presence at these events where possible. The offer of a member")
    text(110, 58, "to attend should be sent to the library managers.")
    text(95, 84, "Future Board meetings:")
    text(100, 98, "• 26th November")
    text(100, 112, "• 19th December")
    footer(3)
    c.showPage()
    c.save()


def test_an_items_rest_alone_in_the_next_pages_box_joins_its_row(tmp_path: Path) -> None:
    from planx.extract import extract

    path = tmp_path / "minutes.pdf"
    minutes_pdf(path)
    doc = extract(path)
    rows = [[" ".join(c.text.split()) for c in r.cells if c.text.strip()]
            for b in doc.blocks if isinstance(b, Table) for r in b.rows]
    joined = [r for r in rows if any("should ensure a Board presence at these events" in t for t in r)]
    assert joined and "AW" in joined[0]
    assert any(r and r[0].startswith("Future Board meetings") for r in rows)
    assert not any("Future Board meetings" in t and "Forthcoming" in t for r in rows for t in r)
    # the footer is furniture, no paragraph of the minutes
    assert not any("Registered Office" in getattr(b, "text", "") for b in doc.blocks)
    # item 21's paragraph on page 2, with its initials, is a row of its own
    own = [r for r in rows if any(t.startswith("The Board accepted") for t in r)]
    assert own and own[0][-1] == "IB"
    assert not any("minimal support" in t and "The Board accepted" in t for r in rows for t in r)


def test_the_minutes_give_the_joined_and_own_rows_as_actions(tmp_path: Path) -> None:
    from planx.extract import extract
    from planx.normalise import normalise

    path = tmp_path / "minutes.pdf"
    minutes_pdf(path)
    result = normalise(extract(path))
    got = {(a.action.split(" - ")[0][:40], a.lead) for a in result.actions}
    assert ("Forthcoming library events", "AW") in got
    assert ("The Board accepted the recommendation to", "IB") in got
    forthcoming = next(a for a in result.actions if a.action.startswith("Forthcoming"))
    assert "library managers" in forthcoming.action and "Future Board" not in forthcoming.action
